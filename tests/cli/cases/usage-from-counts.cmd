framing compare -L lex --from-counts
