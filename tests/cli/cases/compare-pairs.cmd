# The ratios between groups: pairs.csv by -g bias with each article its
# own cluster (intervals; unbounded above where B's resamples can lose
# every hit), the same numbers for the lines read in reverse order and
# for any -j; then the default clusters (one outlet a group: no
# interval); then the report's tables of the same ratios.
framing compare -q -L lex -g bias --cluster article --csv pairs meta.jsonl >"$OUT/a.csv"
cat "$OUT/a.csv"
tac meta.jsonl | framing compare -q -L lex -g bias --cluster article --jsonl -j 3 --csv pairs - | cmp - "$OUT/a.csv" && echo same in reverse order
framing compare -q -L lex -g bias --csv pairs meta.jsonl
framing compare -q -L lex -g bias --cluster article meta.jsonl | sed -n '/^Ratios between/,/^3\./p'
