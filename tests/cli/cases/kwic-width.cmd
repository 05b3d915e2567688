framing kwic -q -L lex --width 12 --group red corpus
