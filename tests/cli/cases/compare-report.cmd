framing compare -L lex corpus
