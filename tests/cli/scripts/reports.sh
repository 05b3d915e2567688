#!/bin/sh
# reports.sh - reports/ holds what "framing compare -o reports" writes for
# the bundled example; fail when it is stale ("make reports" renews it).
# run.json names the folders of the machine that wrote it (the working
# directory, the program, paths outside it) and the stemmer's version
# found there: those lines are left out of the comparison.
set -u
work=$(mktemp -d "${TMPDIR:-/tmp}/framing-reports.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
# As "make reports" runs it.
(cd "$work" && SOURCE_DATE_EPOCH=0 "$FRAMING" compare -q -o reports) || exit 1
stale() {
  echo "reports/ is stale: run 'make reports' and commit the result"
  exit 1
}
diff -r -x run.json "$top_srcdir/reports" "$work/reports" || stale
portable() {
  sed -e '/"working_directory"/d' -e '/"path"/d' \
    -e '/"argv" : \[/{' -e 'n' -e 'd' -e '}' \
    -e '/"stemmer"/,/}/{' -e '/"version/d' -e '}' "$1"
}
[ -f "$top_srcdir/reports/run.json" ] || stale
portable "$top_srcdir/reports/run.json" >"$work/expected.json"
portable "$work/reports/run.json" >"$work/actual.json"
diff -u "$work/expected.json" "$work/actual.json" || stale
