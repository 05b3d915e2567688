#!/bin/sh
# scale-merge.sh - a corpus split in four shards, each scored with
# `framing score --counts`, merged with `framing compare --from-counts`,
# must give the same five tables, byte for byte, as one run over the
# whole corpus, duplicates across shards counted once: the bundled example (12 articles, 4 outlets, split 3 rows
# a shard from its manifest, so every shard holds articles of one outlet
# and the merge must bring the groups back together) and the CLI fixtures
# (text files, JSON Lines, an empty article and a bad line, whose skip
# notes must add up).  Also checks the refusals: counts made with other
# lexicons, and a counts file cut short.
set -u
work=$(mktemp -d "${TMPDIR:-/tmp}/framing-merge.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
fail=0
ex=$top_srcdir/examples
fx=$top_srcdir/tests/cli/fixtures

# The example: a copy of it, with one manifest per shard beside the
# articles (ids are the manifest's path cells, the same in both runs).
mkdir "$work/ex" && cp -R "$ex"/. "$work/ex/" || exit 99
head -1 "$ex/manifest.csv" >"$work/header"
tail -n +2 "$ex/manifest.csv" | split -l 3 - "$work/ex/rows." || exit 99
n=0
for rows in "$work"/ex/rows.*; do
  n=$((n + 1))
  cat "$work/header" "$rows" >"$work/ex/shard$n.csv"
  "$FRAMING" score -q --counts -m "$work/ex/shard$n.csv" >"$work/ex$n.counts" || fail=1
done
[ "$n" -eq 4 ] || { echo "expected 4 shards of the example, got $n"; exit 1; }
"$FRAMING" compare -q -o "$work/whole" -m "$work/ex/manifest.csv" || fail=1
"$FRAMING" compare -q -o "$work/merged" --from-counts "$work"/ex[1-4].counts || fail=1
for t in articles profiles terms distances balance pairs; do
  cmp "$work/whole/$t.csv" "$work/merged/$t.csv" || { echo "example: $t.csv differs"; fail=1; }
done
[ "$(wc -l <"$work/merged/articles.csv")" -eq 49 ] \
  || { echo "example: expected 12 articles x 4 topics + a header"; fail=1; }

# The fixtures, shard by shard as named on the command line.
cd "$fx" || exit 99
i=0
for input in corpus/blue corpus/red/one.txt corpus/red/two.md articles.jsonl; do
  i=$((i + 1))
  "$FRAMING" score -q -L lex --counts -o "$work/fx$i" "$input" || fail=1
done
"$FRAMING" compare -q -L lex -o "$work/fwhole" corpus/blue corpus/red/one.txt \
  corpus/red/two.md articles.jsonl || fail=1
"$FRAMING" compare -q -L lex -o "$work/fmerged" --from-counts \
  "$work"/fx1/counts.csv "$work"/fx2/counts.csv "$work"/fx3/counts.csv "$work"/fx4/counts.csv || fail=1
for t in articles profiles terms distances balance pairs; do
  cmp "$work/fwhole/$t.csv" "$work/fmerged/$t.csv" || { echo "fixtures: $t.csv differs"; fail=1; }
done
# Both runs skipped the empty article and the bad JSON line, and the
# merged report names them as the single run's does.
for skipped in "corpus/blue/empty.txt: empty article" "articles.jsonl:3: not a JSON object"; do
  grep -q "  - $skipped" "$work/fmerged/report.txt" \
    || { echo "fixtures: the merged report does not name $skipped"; fail=1; }
done
grep -q "No example sentences: this comparison was merged" "$work/fmerged/report.txt" \
  || { echo "fixtures: the merged report does not say why it has no examples"; fail=1; }

# The same text in two shards (a wire story two outlets ran) is counted
# once by one run, so by the merge too, and the merge says so.
mkdir -p "$work/dup/a" "$work/dup/b" || exit 99
printf 'The army launched an attack.\n' >"$work/dup/a/1.txt"
printf 'Calm returned.\n' >"$work/dup/a/2.txt"
printf 'The army launched an attack.\n' >"$work/dup/b/1.txt"
"$FRAMING" score -q -L lex --counts "$work/dup/a" >"$work/dup1.counts" || fail=1
"$FRAMING" score -q -L lex --counts "$work/dup/b" >"$work/dup2.counts" || fail=1
"$FRAMING" compare -q -L lex --csv profiles "$work/dup/a" "$work/dup/b" >"$work/dup-whole.csv" || fail=1
"$FRAMING" compare -L lex --csv profiles --from-counts "$work/dup1.counts" "$work/dup2.counts" \
  >"$work/dup-merged.csv" 2>"$work/err" || fail=1
cmp "$work/dup-whole.csv" "$work/dup-merged.csv" || { echo "duplicates: the merge differs"; fail=1; }
grep -q "same text as .*a/1.txt; counted once" "$work/err" \
  || { cat "$work/err"; echo "duplicates: the merge does not say so"; fail=1; }

# Refusals: other lexicons, a file cut short.
if "$FRAMING" compare -q -L lex/calm.lex --from-counts "$work/fx1/counts.csv" >/dev/null 2>"$work/err"; then
  echo "counts made with other lexicons were merged"; fail=1
fi
grep -q "counts made with other lexicons" "$work/err" || { cat "$work/err"; fail=1; }
head -n 3 "$work/fx1/counts.csv" >"$work/cut.csv"
if "$FRAMING" compare -q -L lex --from-counts "$work/cut.csv" >/dev/null 2>"$work/err"; then
  echo "a counts file cut short was merged"; fail=1
fi
grep -q "cut short (no end row)" "$work/err" || { cat "$work/err"; fail=1; }
exit $fail
