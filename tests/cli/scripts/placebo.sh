#!/bin/sh
# placebo.sh - the group tests on groups drawn at random, where there is
# nothing to find: the first 8,000 articles of the AllSides dev corpus
# (../shared, skipped when absent) dealt into three groups at random ten
# times article by article (a field added to each line) and ten times
# outlet by outlet (a group map).  Across each design at most 10% of the
# cells of profiles.csv may have p < 0.05, and at most 10% may be marked
# (adjusted p < 0.05); the nominal rate is 5%.  The same holds for the
# rows of terms.csv, the test per entry, checked on the first five draws
# of each design.  Then a difference planted in one random group must be
# marked: one escalation sentence added to every article of an
# article-level group, three to every article of an outlet-level group
# (outlets differ more among themselves than articles of one outlet, so
# a difference between outlets must be larger to show); the planted
# entry of the article-level group must be marked in terms.csv too.
# awk's srand () makes each draw the same on every run.
set -u
corpus=$top_srcdir/../shared/corpora/allsides-dev.jsonl.gz
[ -f "$corpus" ] || { echo "no $corpus: skipped"; exit 77; }
work=$(mktemp -d "${TMPDIR:-/tmp}/framing-placebo.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
fail=0
gzip -dc "$corpus" | head -n 8000 >"$work/base.jsonl" || exit 99

# Random group g0, g1 or g2 for each line (SEED), as field "rg"; with
# PLANT, that text starts every article of g0.
deal_articles() {
  awk -v s="$1" -v plant="${2:-}" 'BEGIN { srand(s) }
    { g = int(rand() * 3); sub(/^\{/, "{\"rg\": \"g" g "\", ")
      if (g == 0 && plant != "") sub(/"text": "/, "&" plant " ")
      print }' "$work/base.jsonl"
}

# A group map dealing every outlet to g0, g1 or g2 at random (SEED).
deal_outlets() {
  grep -o '"source": "[^"]*"' "$work/base.jsonl" | sed 's/^"source": "//; s/"$//' \
    | LC_ALL=C sort -u \
    | awk -v s="$1" 'BEGIN { srand(s); print "from,to" }
        { gsub(/"/, "\"\""); print "\"" $0 "\",g" int(rand() * 3) }'
}

# Cells, cells with p < 0.05 and marked cells of a profiles table, or
# with TERMS of a terms table (entries have no comma in the shipped
# lexicons, so the columns can be counted; found by the header's names).
count() {
  awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "p") cp = i; if ($i == "p_adj") ca = i }
                     next }
    { n++; if ($cp != "" && $cp < 0.05) p++
      if ($ca != "" && $ca < 0.05) m++ }
    END { print n + 0, p + 0, m + 0 }'
}

# The share check of one design: NAME, then the counts of its runs.
check_rates() {
  awk -v name="$1" '{ n += $1; p += $2; m += $3 }
    END { printf "%s: %d cells, %d with p < 0.05, %d marked\n", name, n, p, m
          exit !(n > 0 && p <= 0.10 * n && m <= 0.10 * n) }' || {
    echo "FAIL: $1: more than 10% of the cells below 0.05"; fail=1; }
}

for seed in 1 2 3 4 5 6 7 8 9 10; do
  deal_articles "$seed" >"$work/a.jsonl" || exit 99
  "$FRAMING" compare -q -g rg --csv profiles "$work/a.jsonl" | count
  [ "$seed" -gt 5 ] \
    || "$FRAMING" compare -q -g rg --csv terms "$work/a.jsonl" | count terms >>"$work/articles.terms"
done >"$work/articles.counts" || fail=1
check_rates "article by article" <"$work/articles.counts"
check_rates "article by article, entries" <"$work/articles.terms"

for seed in 1 2 3 4 5 6 7 8 9 10; do
  deal_outlets "$seed" >"$work/map.csv" || exit 99
  "$FRAMING" compare -q --group-map "$work/map.csv" --csv profiles "$work/base.jsonl" | count
  [ "$seed" -gt 5 ] \
    || "$FRAMING" compare -q --group-map "$work/map.csv" --csv terms "$work/base.jsonl" \
         | count terms >>"$work/outlets.terms"
done >"$work/outlets.counts" || fail=1
check_rates "outlet by outlet" <"$work/outlets.counts"
check_rates "outlet by outlet, entries" <"$work/outlets.terms"

# Whether g0's escalation is marked in the profiles table on stdin.
g0_marked() {
  awk -F, '$1 == "g0" && $2 == "escalation" { found = 1; ok = $16 != "" && $16 < 0.05 }
    END { exit !(found && ok) }'
}

deal_articles 7 "Troops began an offensive." >"$work/planted.jsonl" || exit 99
"$FRAMING" compare -q -g rg --csv profiles "$work/planted.jsonl" | g0_marked \
  || { echo "FAIL: a planted difference between articles is not marked"; fail=1; }
"$FRAMING" compare -q -g rg --csv terms "$work/planted.jsonl" \
  | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "p_adj") ca = i; next }
      $1 == "g0" && $3 == "an offensive" { found = 1; ok = $ca != "" && $ca < 0.05 }
      END { exit !(found && ok) }' \
  || { echo "FAIL: a planted entry is not marked in terms.csv"; fail=1; }

deal_outlets 7 >"$work/map.csv" || exit 99
grep ',g0$' "$work/map.csv" | sed 's/,g0$//; s/^"//; s/"$//; s/""/"/g' >"$work/g0.txt"
awk 'NR == FNR { want["\"source\": \"" $0 "\""] = 1; next }
  { for (w in want) if (index($0, w)) {
      sub(/"text": "/, "&Troops began an offensive. Missiles struck the city. The army shelled the town. ")
      break }
    print }' "$work/g0.txt" "$work/base.jsonl" >"$work/planted.jsonl" || exit 99
"$FRAMING" compare -q --group-map "$work/map.csv" --csv profiles "$work/planted.jsonl" \
  | g0_marked \
  || { echo "FAIL: a planted difference between outlets is not marked"; fail=1; }
exit $fail
