framing compare -L lex --csv everything corpus
