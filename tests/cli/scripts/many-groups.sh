#!/bin/sh
# many-groups.sh - past PROFILE_ALL_PAIRS (1,000) groups the tables that
# grow with the square of the groups, or with groups times entries, are
# cut by the rule of framing-report(5), MANY GROUPS, and the report shows
# the REPORT_GROUPS_MAX (50) groups with the most articles.
#
# The corpus: groups g0001 ... gN of one article each, the last 50 with
# two; by its number a group's text has escalation words only, peace
# words only, both, or none.  So the groups of one kind share one mix of
# topics (divergence 0) and each group's 10 nearest are the 10 other
# groups of its kind that come first by name: for a kind of K groups
# (more than 11), the pairs among the first 11 (55) and each later
# group's pairs with the first 10, 55 + (K - 11) * 10 rows.
set -u
work=$(mktemp -d "${TMPDIR:-/tmp}/framing-many.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
fail=0

# corpus N: the corpus of N groups, as JSON Lines.
corpus() {
  awk -v n="$1" 'BEGIN {
    text[0] = "The missile strike and the attack escalated the war."
    text[1] = "The ceasefire talks brought hopes of peace negotiations."
    text[2] = "The missile strike came as ceasefire talks began."
    text[3] = "The weather was mild and the market opened late."
    for (i = 1; i <= n; i++) {
      printf "{\"id\":\"a%04d\",\"outlet\":\"g%04d\",\"text\":\"%s Filed as a%04d.\"}\n", i, i, text[i % 4], i
      if (i > n - 50)
        printf "{\"id\":\"b%04d\",\"outlet\":\"g%04d\",\"text\":\"%s Filed as b%04d.\"}\n", i, i, text[i % 4], i
    }
  }'
}

corpus 1100 >"$work/many.jsonl"
"$FRAMING" compare -g outlet -o "$work/out" "$work/many.jsonl" 2>"$work/err" \
  || { cat "$work/err"; echo "compare over 1,100 groups failed"; exit 1; }
grep -q "note: 1100 groups: the distances table holds each group's 10 nearest, and the terms table each group's entries with hits" "$work/err" \
  || { cat "$work/err"; echo "no note on the cut tables"; fail=1; }

# distances.csv: each kind's rows (275 groups a kind, 3 kinds with hits),
# every divergence 0, every pair of one kind, in order, each once.
d=$work/out/distances.csv
[ "$(head -n 1 "$d")" = "group_a,group_b,jsd" ] || { echo "distances.csv: header"; fail=1; }
rows=$(tail -n +2 "$d" | wc -l)
[ "$rows" -eq $((3 * (55 + (275 - 11) * 10))) ] \
  || { echo "distances.csv: $rows rows, expected 8085"; fail=1; }
tail -n +2 "$d" | awk -F, '
  { a = substr ($1, 2) + 0; b = substr ($2, 2) + 0 }
  $3 != 0 { print "not 0: " $0; bad = 1 }
  a % 4 != b % 4 || a % 4 == 3 { print "not one kind: " $0; bad = 1 }
  $1 >= $2 { print "not in name order: " $0; bad = 1 }
  prev != "" && prev >= $1 "," $2 { print "out of order or twice: " $0; bad = 1 }
  { prev = $1 "," $2 }
  END { exit bad }' || fail=1
# the last group of the escalation kind pairs with the first ten only
last=$(awk -F, '$1 == "g1100" || $2 == "g1100"' "$d" | cut -d, -f1 | tr '\n' ' ')
[ "$last" = "g0004 g0008 g0012 g0016 g0020 g0024 g0028 g0032 g0036 g0040 " ] \
  || { echo "g1100's nearest: $last"; fail=1; }

# terms.csv: each group's entries with hits only.
awk -F, 'NR > 1 && $5 == 0 { print "terms.csv: a row without hits: " $0; exit 1 }' \
  "$work/out/terms.csv" || fail=1
[ "$(awk -F, 'NR > 1 && $1 == "g0003"' "$work/out/terms.csv" | wc -l)" -eq 0 ] \
  || { echo "terms.csv: rows of a group without hits"; fail=1; }

# The report: the 50 groups with two articles, numbered as in the tables.
r=$work/out/report.txt
grep -q "There are 1,100 groups; this report shows the 50 with the most" "$r" \
  || { echo "report.txt: no note on the groups left out"; fail=1; }
tr '\n' ' ' <"$r" | grep -q "It leaves out 1,050 groups with 1,050 articles in all" \
  || { echo "report.txt: not the groups left out"; fail=1; }
grep -q "^  1051  g1051 (2 articles" "$r" || { echo "report.txt: g1051 is not 1051"; fail=1; }
! grep -q "g1050" "$r" || { echo "report.txt: shows g1050"; fail=1; }
grep -q "There are 1,100 groups" "$work/out/report.html" \
  || { echo "report.html: no note on the groups left out"; fail=1; }
# the page's numbered lists say the numbers of the tables too
grep -q '<li value="1051">g1051 (2 articles' "$work/out/report.html" \
  || { echo "report.html: g1051 is not 1051 in the legend"; fail=1; }
grep -q '<li value="1052">g1052: most alike 1056. g1056' "$work/out/report.html" \
  || { echo "report.html: g1052 is not 1052 among the nearest"; fail=1; }
! grep -q '<li>g10' "$work/out/report.html" \
  || { echo "report.html: a group numbered by its place in the report"; fail=1; }

# Up to 1,000 groups the tables are whole: every pair, and rows without
# hits in terms.csv.
corpus 1000 >"$work/thousand.jsonl"
pairs=$("$FRAMING" compare -q -g outlet --csv distances "$work/thousand.jsonl" | tail -n +2 | wc -l)
[ "$pairs" -eq 499500 ] || { echo "1,000 groups: $pairs pairs, expected 499,500"; fail=1; }
"$FRAMING" compare -q -g outlet --csv terms "$work/thousand.jsonl" \
  | awk -F, 'NR > 1 && $5 == 0 { zero = 1 } END { exit !zero }' \
  || { echo "1,000 groups: terms.csv without the rows of no hits"; fail=1; }

exit $fail
