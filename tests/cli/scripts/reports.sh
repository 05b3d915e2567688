#!/bin/sh
# reports.sh - reports/ holds what "framing compare -o reports" writes for
# the bundled example; fail when it is stale ("make reports" renews it).
set -u
work=$(mktemp -d "${TMPDIR:-/tmp}/framing-reports.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
"$FRAMING" compare -q -o "$work/reports" || exit 1
if ! diff -r "$top_srcdir/reports" "$work/reports"; then
  echo "reports/ is stale: run 'make reports' and commit the result"
  exit 1
fi
