framing compare -q -L lex --csv terms corpus
