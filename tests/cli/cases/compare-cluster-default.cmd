# The cluster the group tests take by default, as run.json records it:
# each article when the groups are the outlets; the outlet when they are
# anything else (-g bias, --period alone, outlets merged by a group map);
# --cluster names another field or the article.
printf 'from,to\nDaily Left,Left\nRight Times,Right\n' >"$OUT/map.csv"
for opts in '' '-g bias' '-g bias,outlet' '--period year' "--group-map $OUT/map.csv" \
    '-g bias --cluster article' '-g outlet --cluster bias'; do
  rm -rf "$OUT/o"
  # shellcheck disable=SC2086
  framing compare -q -L lex $opts -o "$OUT/o" meta.jsonl 2>/dev/null
  printf '%s: ' "$(echo "${opts:-(default)}" | sed "s|$OUT/||")"
  grep '"cluster"' "$OUT/o/run.json" | tr -d ' ,'
done
