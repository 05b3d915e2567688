# tests/hostile/lib.sh - the table runner of the hostile-input catalogue,
# sourced by tests/hostile/*.sh.
#
# Each case runs `framing` (the program under test, $FRAMING) in a fresh
# scratch directory $T and checks the exact exit status and the exact
# standard error (one line "framing: FILE[:LINE]: why" for every failure
# the catalogue lists); the check_* helpers then look at what was written.
#   hcase NAME STATUS 'EXPECTED STDERR' framing ARGS...
#   check_stdout NAME 'EXPECTED STDOUT'   (exact; '' for nothing)
#   check_line NAME 'LINE'                (stdout holds this exact line)
#   snapshot DIR >FILE; check_untouched NAME DIR FILE   (DIR is as it was)
# The script ends with hdone, which exits 1 when a case failed.
set -u
: "${FRAMING:?FRAMING must name the program under test}"
: "${top_srcdir:?top_srcdir must name the source tree}"
LC_ALL=C.UTF-8
export LC_ALL
T=$(mktemp -d "${TMPDIR:-/tmp}/framing-hostile.XXXXXX") || exit 99
hcleanup() { rm -rf "$T"; }
trap 'hcleanup' EXIT
trap 'exit 1' HUP INT TERM
cd "$T" || exit 99
mkdir -p .out
failures=0
cases=0

framing() { "$FRAMING" "$@"; }

# Report a failed check of case $1 with message $2.
hfail() {
  echo "FAIL: $1: $2"
  failures=$((failures + 1))
}

# hcase NAME STATUS STDERR COMMAND...: run COMMAND, check status and stderr.
hcase() {
  name=$1 want_status=$2 want_err=$3
  shift 3
  cases=$((cases + 1))
  "$@" >".out/$name.stdout" 2>".out/$name.stderr"
  status=$?
  printf '%s\n' "$want_err" | sed '/^$/d' >".out/$name.want"
  if [ "$status" -ne "$want_status" ]; then
    hfail "$name" "exit status $status, expected $want_status"
  fi
  if ! cmp -s ".out/$name.want" ".out/$name.stderr"; then
    hfail "$name" "standard error differs:"
    diff ".out/$name.want" ".out/$name.stderr" | head -n 10
  else
    echo "ok: $name (status $status)"
  fi
}

# check_stdout NAME TEXT: the case's standard output is exactly TEXT.
check_stdout() {
  printf '%s\n' "$2" | sed '/^$/d' >".out/$1.want_out"
  if ! cmp -s ".out/$1.want_out" ".out/$1.stdout"; then
    hfail "$1" "standard output differs:"
    diff ".out/$1.want_out" ".out/$1.stdout" | head -n 10
  fi
}

# check_line NAME LINE: the case's standard output holds LINE.
check_line() {
  grep -qxF -- "$2" ".out/$1.stdout" || hfail "$1" "no line '$2' in standard output"
}

# snapshot DIR: one line per file of DIR (hidden ones included) with its
# checksum, to compare before and after a failed run.
snapshot() {
  (cd "$1" && for f in .[!.]* ..?* *; do
     [ -e "$f" ] && { printf '%s ' "$f"; cksum <"$f"; }
   done)
}
# check_untouched NAME DIR BEFORE: DIR holds exactly what BEFORE lists.
check_untouched() {
  snapshot "$2" >".out/$1.after"
  cmp -s "$3" ".out/$1.after" || { hfail "$1" "$2 changed:"; diff "$3" ".out/$1.after"; }
}

# The lexicon most cases use: 'peace' weighs 1, 'war' 2.
printf '@topic t\npeace\nwar | 2\n' >t.lex

hdone() {
  echo "$cases cases, $failures failed checks"
  [ "$failures" -eq 0 ]
  exit $?
}
