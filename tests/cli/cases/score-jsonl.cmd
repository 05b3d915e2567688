framing score -L lex/conflict.lex -L lex/calm.lex articles.jsonl
