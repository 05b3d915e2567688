#!/bin/sh
# split-manifest.sh - contrib/split-manifest, which the Slurm and GNU
# parallel recipes (contrib/) shard a corpus with: every shard has the
# header and a contiguous block of rows, the blocks as even as can be and
# in order; quoted cells with line breaks, CRLF line ends and a byte
# order mark come through unchanged; empty lines are dropped; a shard
# with no row is still a manifest.  The shards of the bundled example,
# scored one by one and merged in shard order, give the tables of one
# run over its manifest, byte for byte.
set -u
work=$(mktemp -d "${TMPDIR:-/tmp}/framing-split.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
split=$top_srcdir/contrib/split-manifest
fail=0

# rows FILE: the data rows of a manifest of one-line records.
rows() { tail -n +2 "$1"; }

# The example in 5 shards: 12 rows as 3, 2, 3, 2, 2, in order.
mkdir "$work/ex" && cp -R "$top_srcdir/examples"/. "$work/ex/" || exit 99
sh "$split" "$work/ex/manifest.csv" 5 || { echo "split-manifest failed"; exit 1; }
sizes=
for k in 1 2 3 4 5; do
  [ "$(head -n 1 "$work/ex/manifest-$k.csv")" = "path,outlet,date,title" ] \
    || { echo "shard $k: not the manifest's header"; fail=1; }
  sizes="$sizes $(rows "$work/ex/manifest-$k.csv" | wc -l)"
  rows "$work/ex/manifest-$k.csv" >>"$work/all-rows"
done
[ "$sizes" = " 3 2 3 2 2" ] || { echo "example: shard sizes$sizes, expected 3 2 3 2 2"; fail=1; }
rows "$work/ex/manifest.csv" | cmp -s - "$work/all-rows" \
  || { echo "example: the shards' rows, in order, are not the manifest's"; fail=1; }
[ ! -e "$work/ex/manifest-6.csv" ] || { echo "example: a sixth shard"; fail=1; }

# Scored shard by shard and merged: the tables of one run.
"$FRAMING" compare -q -o "$work/whole" -m "$work/ex/manifest.csv" || fail=1
for k in 1 2 3 4 5; do
  "$FRAMING" score -q --counts -m "$work/ex/manifest-$k.csv" -o "$work/c$k" || fail=1
done
"$FRAMING" compare -q -o "$work/merged" --from-counts \
  "$work"/c1/counts.csv "$work"/c2/counts.csv "$work"/c3/counts.csv \
  "$work"/c4/counts.csv "$work"/c5/counts.csv || fail=1
for t in articles profiles terms distances balance; do
  cmp -s "$work/whole/$t.csv" "$work/merged/$t.csv" || { echo "example: $t.csv differs"; fail=1; }
done

# More shards than rows: the last ones are the header alone, and score
# to counts files with no article.
sh "$split" "$work/ex/manifest.csv" 14 "$work/ex/many" || fail=1
[ "$(cat "$work/ex/many-14.csv")" = "path,outlet,date,title" ] \
  || { echo "14 shards of 12 rows: shard 14 is not the header alone"; fail=1; }
"$FRAMING" score -q --counts -m "$work/ex/many-14.csv" >/dev/null \
  || { echo "a shard of the header alone does not score"; fail=1; }

# Records: a byte order mark, CRLF, a quoted title over two lines with
# doubled quotes, an empty line; 3 rows in 2 shards of 2 and 1.
bom=$(printf '\357\273\277')
printf '%s\r\n' "${bom}path,outlet,title" 'a.txt,A,"one' 'two ""quoted"""' '' \
  'b.txt,B,plain' 'c.txt,"C, Ltd",x' >"$work/m.csv"
for f in a b c; do echo "An article called $f." >"$work/$f.txt"; done
sh "$split" "$work/m.csv" 2 || fail=1
printf '%s\r\n' "${bom}path,outlet,title" 'a.txt,A,"one' 'two ""quoted"""' 'b.txt,B,plain' \
  >"$work/expect-1.csv"
printf '%s\r\n' "${bom}path,outlet,title" 'c.txt,"C, Ltd",x' >"$work/expect-2.csv"
for k in 1 2; do
  cmp "$work/expect-$k.csv" "$work/m-$k.csv" || { echo "records: shard $k differs"; fail=1; }
done
# framing reads the shards as it reads the manifest.
"$FRAMING" score -q -m "$work/m.csv" >"$work/m.out" || fail=1
{ "$FRAMING" score -q -m "$work/m-1.csv" && "$FRAMING" score -q -m "$work/m-2.csv" | tail -n +2; } \
  >"$work/m-shards.out" || fail=1
cmp -s "$work/m.out" "$work/m-shards.out" || { echo "records: the shards score otherwise"; fail=1; }

# Refusals.
sh "$split" "$work/m.csv" 0 2>/dev/null; [ $? -eq 2 ] || { echo "N of 0 accepted"; fail=1; }
sh "$split" "$work/m.csv" 2x 2>/dev/null; [ $? -eq 2 ] || { echo "N of 2x accepted"; fail=1; }
sh "$split" "$work/none.csv" 2 2>/dev/null; [ $? -eq 1 ] || { echo "a missing manifest accepted"; fail=1; }
printf '\n\n' >"$work/empty.csv"
sh "$split" "$work/empty.csv" 2 2>"$work/err"; [ $? -eq 1 ] || { echo "a manifest with no header accepted"; fail=1; }
grep -q "empty.csv: no header line" "$work/err" || { cat "$work/err"; fail=1; }
exit $fail
