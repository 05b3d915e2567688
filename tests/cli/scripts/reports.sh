#!/bin/sh
# reports.sh - reports/ holds what "framing compare -o reports" writes for
# the bundled example; fail when it is stale ("make reports" renews it).
# run.json names the folders of the machine that wrote it (the working
# directory, the program, paths outside it) and the stemmer's version
# found there: those lines are left out of the comparison.  So does the
# About sheet of framing.xlsx, whose bytes also depend on libxlsxwriter's
# version: the workbooks are compared cell by cell (xlsx-dump.py) where
# a Python with openpyxl is at hand, else only for being there.
set -u
work=$(mktemp -d "${TMPDIR:-/tmp}/framing-reports.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
# As "make reports" runs it.
(cd "$work" && SOURCE_DATE_EPOCH=0 "$FRAMING" compare -q -o reports) || exit 1
stale() {
  echo "reports/ is stale: run 'make reports' and commit the result"
  exit 1
}
diff -r -x run.json -x framing.xlsx "$top_srcdir/reports" "$work/reports" || stale
[ -f "$top_srcdir/reports/framing.xlsx" ] || stale
for py in python3 /usr/bin/python3; do
  "$py" "$top_srcdir/tests/cli/scripts/xlsx-dump.py" --portable \
    "$top_srcdir/reports/framing.xlsx" >"$work/expected.cells" 2>/dev/null || continue
  "$py" "$top_srcdir/tests/cli/scripts/xlsx-dump.py" --portable \
    "$work/reports/framing.xlsx" >"$work/actual.cells" || exit 1
  diff -u "$work/expected.cells" "$work/actual.cells" || stale
  break
done
portable() {
  sed -e '/"working_directory"/d' -e '/"path"/d' \
    -e '/"argv" : \[/{' -e 'n' -e 'd' -e '}' \
    -e '/"stemmer"/,/}/{' -e '/"version/d' -e '}' "$1"
}
[ -f "$top_srcdir/reports/run.json" ] || stale
portable "$top_srcdir/reports/run.json" >"$work/expected.json"
portable "$work/reports/run.json" >"$work/actual.json"
diff -u "$work/expected.json" "$work/actual.json" || stale
