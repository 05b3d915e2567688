framing compare -L lex -g bias,Topic meta.jsonl --csv profiles
framing compare -L lex -g 'bias, topic' meta.jsonl | sed -n '/^The corpus/,/^2\./p'
framing score -L lex -g bias,,topic meta.jsonl
