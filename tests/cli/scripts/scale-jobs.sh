#!/bin/sh
# scale-jobs.sh - every output is byte-identical for -j 1, 2 and 7: the
# five tables, the report, the counts file, kwic (text and CSV) and the
# messages on standard error, on the CLI fixtures (which hold an empty
# article, a bad JSON line and a formula-like title, read once and with
# files, folders and texts met twice) and on the bundled example.  -j 1 scores in the main thread; -j 2 and -j 7 in worker
# threads (7 workers for 12 articles: most of them idle or racing).
# Gzipped JSON Lines are inflated in a thread of their own when -j > 1.
set -u
work=$(mktemp -d "${TMPDIR:-/tmp}/framing-jobs.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
fail=0
cd "$top_srcdir/tests/cli/fixtures" || exit 99

# run NAME ARGS...: run framing ARGS at each -j into NAME.J.{out,err}.
run() {
  name=$1; shift
  for j in 1 2 7; do
    "$FRAMING" "$@" -j "$j" >"$work/$name.$j.raw" 2>"$work/$name.$j.err"
    echo $? >>"$work/$name.$j.raw"
    # A report ends with its command line, the -j in it.
    sed "s/^  framing \(.*\) -j $j\$/  framing \1 -j N/" "$work/$name.$j.raw" \
      >"$work/$name.$j.out"
  done
  for j in 2 7; do
    for s in out err; do
      cmp "$work/$name.1.$s" "$work/$name.$j.$s" \
        || { echo "$name: -j $j standard ${s%out}${s%err} differs from -j 1"; fail=1; }
    done
  done
}

run fx-report compare -L lex corpus articles.jsonl
run fx-articles compare -L lex --csv articles corpus articles.jsonl
run fx-terms compare -L lex --csv terms corpus articles.jsonl
run fx-score score -L lex corpus articles.jsonl
run fx-counts score -L lex --counts corpus articles.jsonl
run fx-kwic kwic -L lex corpus articles.jsonl
run fx-kwic-csv kwic -L lex --csv --width 0 corpus articles.jsonl
run fx-strict score -L lex --strict corpus articles.jsonl
# Duplicates are found by the reading thread: the same articles are left
# out, with the same notes, for every -j.
cp corpus/red/one.txt "$work/copy.txt"
run fx-dupes score -L lex corpus articles.jsonl ./corpus/red corpus/blue/one.txt \
  articles.jsonl "$work/copy.txt"
run fx-dupes-kwic kwic -L lex --csv --width 0 corpus "$work/copy.txt" corpus articles.jsonl
run ex-report compare
run ex-profiles compare --csv profiles
run ex-articles compare --csv articles
run ex-kwic kwic --csv

# Gzipped JSON Lines, inflated in a thread of their own when -j > 1:
# whole, cut short, and damaged in the middle (the same bytes, counts and
# messages as with -j 1, where the reading thread inflates).
gzip -c articles.jsonl >"$work/whole.jsonl.gz"
size=$(wc -c <"$work/whole.jsonl.gz")
head -c $((size / 2)) "$work/whole.jsonl.gz" >"$work/short.jsonl.gz"
{ head -c 40 "$work/whole.jsonl.gz"; printf 'XXXXXXXXXXXXXXXX'; tail -c +57 "$work/whole.jsonl.gz"; } \
  >"$work/damaged.jsonl.gz"
run gz-whole score -L lex "$work/whole.jsonl.gz"
run gz-short score -L lex "$work/short.jsonl.gz" "$work/whole.jsonl.gz"
run gz-damaged score -L lex "$work/damaged.jsonl.gz" "$work/whole.jsonl.gz"

for j in 1 2 7; do
  "$FRAMING" compare -q -j "$j" -o "$work/dir$j" || fail=1
done
for f in articles.csv profiles.csv terms.csv distances.csv balance.csv pairs.csv report.txt \
    articles.html worksheet.html; do
  for j in 1 2 7; do
    # The report ends with the command line, which names -j and the
    # folder: compare what comes before it.
    sed '/^Made by framing /,$d' "$work/dir$j/$f" >"$work/dir$j/$f.cut"
  done
  for j in 2 7; do
    cmp "$work/dir1/$f.cut" "$work/dir$j/$f.cut" || { echo "-o: $f differs at -j $j"; fail=1; }
  done
done
grep -q '^Made by framing ' "$work/dir1/report.txt" \
  || { echo "-o: report.txt has no closing paragraph"; fail=1; }

# The runs did something: 6 articles x 2 topics + a header, and --strict
# stopped at the first skipped input with status 1.
[ "$(head -n -1 "$work/fx-score.1.out" | wc -l)" -eq 13 ] || { echo "fx-score: expected 13 lines"; fail=1; }
[ "$(tail -n 1 "$work/fx-strict.1.out")" = 1 ] || { echo "fx-strict: expected status 1"; fail=1; }
cmp -s "$work/fx-score.1.out" "$work/fx-dupes.1.out" \
  || { echo "fx-dupes: expected the rows of fx-score"; fail=1; }
[ "$(grep -c 'same f' "$work/fx-dupes.1.err")" -eq 3 ] \
  || { echo "fx-dupes: expected three notes on files and folders met twice"; fail=1; }
grep -q 'copy.txt: same text as corpus/red/one.txt; counted once' "$work/fx-dupes.1.err" \
  || { echo "fx-dupes: expected a note on the copied text"; fail=1; }
cmp -s "$work/fx-kwic-csv.1.out" "$work/fx-dupes-kwic.1.out" \
  || { echo "fx-dupes-kwic: expected the lines of fx-kwic-csv"; fail=1; }
grep -q 'short.jsonl.gz: truncated gzip data; skipped' "$work/gz-short.1.err" \
  || { echo "gz-short: expected the truncated gzip message"; fail=1; }
grep -q 'damaged.jsonl.gz: .*; skipped' "$work/gz-damaged.1.err" \
  || { echo "gz-damaged: expected a skipped input"; fail=1; }
[ "$(head -n -1 "$work/gz-whole.1.out" | wc -l)" -gt 1 ] \
  || { echo "gz-whole: expected rows"; fail=1; }
exit $fail
