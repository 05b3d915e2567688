#!/bin/sh
# manlint.sh - the manual pages are clean under mandoc -Tlint.
set -u
[ -n "${MANDOC:-}" ] || { echo "no mandoc: skipped"; exit 77; }
status=0
for page in "$top_srcdir"/man/*.[1-9]; do
  "$MANDOC" -Tlint -W warning "$page" || status=1
done
exit $status
