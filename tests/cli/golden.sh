#!/bin/sh
# golden.sh - run one CLI golden test.
#
# Usage: golden.sh tests/cli/NAME.cmd
# NAME.cmd is a shell snippet run in tests/cli/fixtures, where `framing`
# runs the program under test and $OUT is an empty scratch directory.  Its
# standard output, standard error and exit status must equal NAME.out,
# NAME.err (if present; else stderr must be empty) and NAME.status (if
# present; else 0).  With FRAMING_UPDATE_GOLDEN=1 the expected files are
# rewritten from the actual run instead.
set -u
case_file=$1
: "${FRAMING:?FRAMING must name the program under test}"
# The case may be named relative to the build tree (VPATH builds): find it
# in the source tree by its name.
name=$(basename "$case_file" .cmd)
base=$top_srcdir/tests/cli/cases/$name
fixtures=$top_srcdir/tests/cli/fixtures
work=$(mktemp -d "${TMPDIR:-/tmp}/framing-golden.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
mkdir "$work/out"

framing() { "$FRAMING" "$@"; }
OUT=$work/out
export OUT LC_ALL="${GOLDEN_LC_ALL:-C.UTF-8}"

( cd "$fixtures" && . "$base.cmd" ) >"$work/stdout" 2>"$work/stderr"
status=$?

if [ "${FRAMING_UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$work/stdout" "$base.out"
  if [ -s "$work/stderr" ]; then cp "$work/stderr" "$base.err"; else rm -f "$base.err"; fi
  if [ "$status" -ne 0 ]; then echo "$status" >"$base.status"; else rm -f "$base.status"; fi
  echo "$name: expected files updated"
  exit 0
fi

fail=0
expected_status=0
[ -f "$base.status" ] && expected_status=$(cat "$base.status")
if [ "$status" -ne "$expected_status" ]; then
  echo "$name: exit status $status, expected $expected_status"
  fail=1
fi
if ! diff -u "$base.out" "$work/stdout"; then
  echo "$name: standard output differs"
  fail=1
fi
if [ -f "$base.err" ]; then
  diff -u "$base.err" "$work/stderr" || { echo "$name: standard error differs"; fail=1; }
elif [ -s "$work/stderr" ]; then
  echo "$name: unexpected standard error:"; cat "$work/stderr"
  fail=1
fi
exit $fail
