echo keep >"$OUT/other.txt"; framing compare -q -L lex -o "$OUT" corpus && ls -A "$OUT" && cat "$OUT/distances.csv"
