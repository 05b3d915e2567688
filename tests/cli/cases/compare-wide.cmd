framing compare -L lex -g bias,topic --wide --keep source --csv articles meta.jsonl
framing compare -q -L lex --period year --wide -o "$OUT" meta.jsonl
cat "$OUT/articles.csv"
framing compare -L lex --keep bias --from-counts x.counts
