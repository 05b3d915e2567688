printf "from,to\nblue,Colours\nred,Colours\n" >"$OUT/map.csv"; framing compare -q -L lex --group-map "$OUT/map.csv" --csv profiles corpus
