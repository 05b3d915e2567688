# Counts record the cluster field; a merge under another is refused.
framing score -q -L lex -g bias --counts --cluster article meta.jsonl >"$OUT/c.counts"
framing compare -q -L lex -g bias --from-counts --cluster article --csv profiles "$OUT/c.counts"
framing compare -q -L lex -g bias --from-counts --csv profiles "$OUT/c.counts" 2>&1 | sed "s|$OUT|OUT|"
