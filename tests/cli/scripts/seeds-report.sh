#!/bin/sh
# seeds-report.sh - the classroom case on the five real seed articles of
# ../shared/seeds (skipped when absent): one article from each of five
# outlets, dated over ten months.  The reports must say that they
# describe these articles, not the outlets, with no interval, mark or
# p-value anywhere; list each headline with its date; warn that the
# dates are far apart; and compare the outlets in plain words.
set -u
shared=$top_srcdir/../shared/seeds
[ -f "$shared/manifest.csv" ] || { echo "no $shared: skipped"; exit 77; }
work=$(mktemp -d "${TMPDIR:-/tmp}/framing-seeds.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
"$FRAMING" compare -q -m "$shared/manifest.csv" -o "$work/out" || exit 1
fail=0
# The text report and the page's text, each on one line.
flat=$(tr '\n' ' ' <"$work/out/report.txt" | tr -s ' ')
page=$(tr '\n' ' ' <"$work/out/report.html" | tr -s ' ')
has() {
  case $flat in *"$1"*) ;; *) echo "report.txt lacks: $1"; fail=1 ;; esac
  case $page in *"$1"*) ;; *) echo "report.html lacks: $1"; fail=1 ;; esac
}
lacks() {
  case $flat in *"$1"*) echo "report.txt has: $1"; fail=1 ;; esac
}
has 'Every group here has fewer than 5 articles.'
has 'So this report describes these articles, not the outlets'
has 'The articles are dated from 2022-04-05 to 2023-02-14, 315 days apart: articles so far apart may not report the same event'
has '2023-02-13: NATO says Russian offensive has begun as Putin shows no sign of peace (000_f57aa7b7dcca77b1.txt)'
has '2023-02-14: NATO Musters More Arms for Ukraine, Says New Russian Offensive Has Started (001_d51376cf106bc642.txt)'
has '2023-01-02: West must brace for new Russian offensive - Stoltenberg (002_b4b2ce16cedb27a1.txt)'
has '2023-01-30: NATO sees Putin preparing for new offensive in Ukraine'
has '2022-04-05: NATO warns Russia is preparing'
has 'uses casualties words most: 10 hits, 19.80 per 1000 tokens; the others 0 to 1 hits, 0.00 to 2.02 per 1000.'
has 'Every group has the largest share of its lexicon hits in escalation'
has 'Nothing is marked: a handful of articles cannot show whether a difference is more than chance.'
# One number of decimals per table: 0.92 needs two, so 19.80 and 12.20.
case $flat in *'News aggregator (tr… 1 19.80 41.7%'*) ;;
  *) echo "report.txt: casualties table not in two decimals"; fail=1 ;; esac
lacks '95%'
lacks '(n/a)'
lacks 'leans to'
lacks 'the dominant frame is'
case $page in *'95% interval</th>'*) echo "report.html has an interval column"; fail=1 ;; esac
# profiles.csv: no interval, p or adjusted p for a group of one article.
awk -F, 'NR > 1 && ($11 != "" || $12 != "" || $15 != "" || $16 != "") { bad = 1; print "profiles.csv: " $0 }
  END { exit bad }' "$work/out/profiles.csv" || fail=1
exit $fail
