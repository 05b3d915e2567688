framing kwic -q -L lex corpus
