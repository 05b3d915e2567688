# More groups than the report shows ratios for: the report says where
# they are, pairs.csv has all of them.  Beyond 50 groups the table holds
# the pairs among the 50 with the most articles (ties by name): of g01 to
# g52, g52 has two articles, so g50 and g51 are left out, with a note.
framing compare -q -L lex -g id meta.jsonl | sed -n '/^Ratios between/,/^3\./p'
framing compare -q -L lex -g id --csv pairs meta.jsonl | wc -l
i=1
while [ $i -le 52 ]; do
  printf '{"id": "a%02d", "g": "g%02d", "text": "An attack on day %d, then talks."}\n' $i $i $i
  i=$((i + 1))
done >"$OUT/many.jsonl"
echo '{"id": "b52", "g": "g52", "text": "Peace talks."}' >>"$OUT/many.jsonl"
framing compare -L lex -g g --resamples 0 --csv pairs "$OUT/many.jsonl" >"$OUT/p.csv" 2>"$OUT/err"
cat "$OUT/err"
wc -l <"$OUT/p.csv"
tail -n +2 "$OUT/p.csv" | cut -d, -f1,2 | tr , '\n' | sort -u | sed -n '1p;$p'
grep -c 'g5[01]' "$OUT/p.csv"
grep -c '^g49,g52,' "$OUT/p.csv"
framing compare -q -L lex -g g --resamples 0 "$OUT/many.jsonl" | sed -n '/^Ratios between/,/^3\./p'
