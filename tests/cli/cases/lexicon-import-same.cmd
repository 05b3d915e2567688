# Three dictionaries in other tools' formats, import/dict.dic (LIWC),
# import/dict.yml (quanteda YAML, "fight" with the nested key "air") and
# import/dict.lc3 (Lexicoder), give the same hits as the hand-written
# lexicons of import/lex on import/text.txt: "ceasefire" but not
# "ceasefires" (a word without '*' is matched as written), "Mediators"
# (mediat*), "peace talks" but not "peace talk", "de-escalation" and
# "no-fly zone" (one exact word per token), "air strike", "jets",
# "bombed".  Each dictionary has one pattern framing cannot say, left out
# with a warning.
framing kwic --csv -q -L import/lex import/text.txt >"$OUT/lex.csv"
framing score -q -L import/lex import/text.txt >"$OUT/lex.score"
cat "$OUT/lex.csv" "$OUT/lex.score"
for d in dic yml lc3; do
  framing kwic --csv -L "import/dict.$d" import/text.txt >"$OUT/$d.csv"
  framing score -q -L "import/dict.$d" import/text.txt >"$OUT/$d.score"
  if cmp -s "$OUT/lex.csv" "$OUT/$d.csv" && cmp -s "$OUT/lex.score" "$OUT/$d.score"
  then echo "$d: the same hits"
  else diff "$OUT/lex.csv" "$OUT/$d.csv"; diff "$OUT/lex.score" "$OUT/$d.score"
  fi
done
