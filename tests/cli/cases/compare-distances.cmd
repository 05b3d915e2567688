framing compare -q -L lex --csv distances corpus articles.jsonl
