framing kwic -q -L lex --csv --topic calm corpus articles.jsonl
