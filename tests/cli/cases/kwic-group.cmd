# --group with a name that is no group of the articles: exit 1, naming
# the groups there are, and nothing written.
framing kwic -q -L lex --csv --group red corpus | sed -n 2p
framing kwic -q -L lex --group red --group Green corpus
