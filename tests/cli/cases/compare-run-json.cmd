# run.json of -o, with the start time fixed and the paths of this machine
# (the fixtures, the program, the scratch folder, the stemmer's version)
# put in words.
export SOURCE_DATE_EPOCH=1700000000
printf "from,to\nblue,Colours\n" >"$OUT/map.csv"
framing compare -q -L lex/conflict.lex -L lex/calm.lex --group-map "$OUT/map.csv" \
  --presence 2 --negation-window 4 --balance conflict:calm -j 2 -o "$OUT/o" corpus articles.jsonl \
  && sed -e "s|$PWD|FIXTURES|" -e "s|$FRAMING|framing|" -e "s|$OUT|OUT|" \
    -e '/"stemmer"/,/}/s/"version\(_from\)*" : ".*"/"version\1" : "BUILD"/' "$OUT/o/run.json"
