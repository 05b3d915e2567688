framing compare -q -L lex --csv profiles corpus
