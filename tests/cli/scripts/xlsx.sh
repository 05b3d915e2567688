#!/bin/sh
# xlsx.sh - framing.xlsx and datapackage.json say what the CSV tables
# say (tables-check.py): for the bundled example (compare -o, score -o,
# kwic --xlsx) and for hostile names that a spreadsheet or a data-frame
# reader would turn into something else: an id and an outlet 007 (a
# number), NA (a missing value), a formula, non-ASCII letters, and a
# title longer than a cell of Excel holds.  Skipped (77) without a Python
# that has openpyxl.
set -u
py=
for p in python3 /usr/bin/python3; do
  "$p" -c 'import openpyxl' 2>/dev/null && { py=$p; break; }
done
[ -n "$py" ] || { echo "no Python with openpyxl: skipped"; exit 77; }
check="$py $top_srcdir/tests/cli/scripts/tables-check.py"
work=$(mktemp -d "${TMPDIR:-/tmp}/framing-xlsx.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 99
fail=0

"$FRAMING" compare -q -o ex || exit 1
$check ex || fail=1
"$FRAMING" score -q --keep all -o sc || exit 1
$check sc || fail=1
"$FRAMING" kwic -q --csv >k.csv && "$FRAMING" kwic -q --xlsx k.xlsx || exit 1
$check . k.xlsx kwic=k.csv || fail=1

# Hostile names, from a manifest.
mkdir h
printf 'The army launched an offensive; peace talks failed.\n' >h/a.txt
printf 'Peace talks and a ceasefire were agreed.\n' >h/b.txt
printf 'Shelling killed civilians despite the truce.\n' >h/c.txt
printf 'Aid convoys reached the city.\n' >h/d.txt
long=$(head -c 40000 /dev/zero | tr '\0' 'x')
{
  echo 'path,outlet,title,date'
  echo 'a.txt,007,NA,2024-01-02'
  echo 'b.txt,NA,007,'
  echo 'c.txt,"=HYPERLINK(""http://x"")",-1,2024'
  echo "d.txt,Süddeutsche,$long,1.5"
} >h/m.csv
err=$("$FRAMING" compare -o ho -m h/m.csv --keep all 2>&1) || { echo "$err"; exit 1; }
case $err in
  *"ho/framing.xlsx: sheet articles: 4 texts cut to Excel's 32767 characters"*) ;;
  *) echo "no note of the cut title: $err"; fail=1 ;;
esac
$check ho 2>&1 | grep -v "^articles!C" >ho.out
# The long title is cut in the workbook, so it differs there alone.
[ -s ho.out ] && { cat ho.out; fail=1; }
"$py" - "$work/ho/framing.xlsx" <<'PY' || fail=1
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["articles"]
groups = {r[1] for r in ws.iter_rows(min_row=2, values_only=True)}
want = {"007", "NA", '=HYPERLINK("http://x")', "Süddeutsche"}
if groups != want:
    print("groups:", groups); sys.exit(1)
titles = [r[2] for r in ws.iter_rows(min_row=2, values_only=True)]
if "NA" not in titles or "007" not in titles or "-1" not in titles:
    print("titles:", [t[:10] for t in titles if t]); sys.exit(1)
if max(len(t) for t in titles if t) != 32767:
    print("the long title is not cut to 32767 characters"); sys.exit(1)
about = [r[0] for r in wb["About"].iter_rows(values_only=True)]
if "cut" not in about:
    print("the About sheet does not say what was cut"); sys.exit(1)
PY
exit $fail
