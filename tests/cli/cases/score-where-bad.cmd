framing score -L lex --where bias meta.jsonl
framing score -L lex --where date=2020..2019 meta.jsonl
framing compare --from-counts --where bias=left x.counts
