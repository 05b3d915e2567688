framing compare -q --ascii -L lex -m manifest.csv
