framing compare -q -L lex --balance conflict:calm --balance calm:conflict --csv balance corpus
