framing score -L lex --keep bias,Topic --keep url --where bias=right meta.jsonl
framing score -L lex --keep all --where bias=left meta.jsonl
framing score -L lex -m manifest.csv --keep outlet,nosuch
framing score -L lex --keep title meta.jsonl
framing score -L lex --keep all,bias meta.jsonl
