#!/bin/sh
# tests/fuzz/run.sh - run each fuzz target (built by "make fuzz") for
# SECONDS seconds, one after the other.
#
#   tests/fuzz/run.sh [-b BUILDDIR] SECONDS [TARGET...]
#
# Each target starts from its seed corpus (tests/fuzz/corpus/TARGET, left
# as it is: new inputs go to a scratch copy) and stops at the first crash,
# leak, sanitizer report or timeout, leaving the input in
# $FUZZ_ARTIFACTS (default: ./fuzz-artifacts/TARGET/).  Prints one line
# per target, "PASS: TARGET ..." or "FAIL: TARGET ...", with libFuzzer's
# executions, cov: and ft: numbers; exits 1 when a target failed.
set -u
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
builddir=.
if [ "${1:-}" = -b ]; then builddir=$2; shift 2; fi
seconds=${1:?usage: run.sh [-b BUILDDIR] SECONDS [TARGET...]}
shift
targets=${*:-tokenize lexicon manifest article jsonl jsonline}
artifacts=${FUZZ_ARTIFACTS:-$PWD/fuzz-artifacts}
work=$(mktemp -d "${TMPDIR:-/tmp}/framing-fuzz.XXXXXX")
# The targets write their input to files: memory is faster than a disk.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  TMPDIR=/dev/shm
  export TMPDIR
fi
trap 'rm -rf "$work"' EXIT

status=0
for t in $targets; do
  prog=$builddir/tests/fuzz/fuzz-$t
  if [ ! -x "$prog" ]; then
    echo "FAIL: $t: $prog not built (make fuzz)"
    status=1
    continue
  fi
  mkdir -p "$work/$t" "$artifacts/$t"
  log=$work/$t.log
  # One process, bounded memory and time per input; leaks are findings.
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
  "$prog" "$work/$t" "$srcdir/tests/fuzz/corpus/$t" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
    -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$t/" >"$log" 2>&1
  rc=$?
  stats=$(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$log" | tail -n 1 |
          sed -E 's/^#([0-9]+)[[:space:]]+[A-Z]+[[:space:]]+/\1 execs, /')
  if [ $rc -eq 0 ]; then
    echo "PASS: $t: $stats"
  else
    echo "FAIL: $t (exit $rc): $stats"
    grep -E 'ERROR|SUMMARY|Test unit written|assertion|ERROR:' "$log" | head -n 8
    status=1
  fi
done
exit $status
