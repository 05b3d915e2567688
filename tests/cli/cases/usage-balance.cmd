framing compare -L lex --balance conflict:nothing corpus
