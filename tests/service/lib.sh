# lib.sh - what the service tests (tests/service/*.sh, run by .ci/run)
# share: finding the program and the real corpus, skipping, cutting the
# corpus into files listed in a manifest, the one run that the sharded
# runs must reproduce, and the comparison of their tables.
#
# Sourced by bash scripts after they set "top" (the source tree);
# FRAMING names the program (default: the one built in the tree).

FRAMING=${FRAMING:-$top/framing}
export FRAMING
corpus=${SERVICE_CORPUS:-$top/../shared/corpora/allsides-dev.jsonl.gz}
tables="articles profiles terms distances balance"

# skip WHY: the test cannot run here; say so and exit 77.
skip() {
  echo "SKIP: $*"
  exit 77
}

# need_commands CMD...: skip unless every CMD is installed.
need_commands() {
  local cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || skip "$cmd is not installed (Debian: $(package_of "$cmd"))"
  done
}

# package_of CMD: the Debian package that brings CMD.
package_of() {
  case $1 in
    munged | munge | mungekey | unmunge) echo munge ;;
    slurmctld) echo slurmctld ;;
    slurmd) echo slurmd ;;
    parallel) echo parallel ;;
    s*) echo slurm-client ;;
    *) echo "$1" ;;
  esac
}

# need_basics: the program, and the corpus in ../shared.
need_basics() {
  [ -x "$FRAMING" ] || { echo "FAIL: no program $FRAMING (build first, or set FRAMING)"; exit 99; }
  [ -f "$corpus" ] || skip "no $corpus"
}

# cut_corpus DIR ROWS: cut the corpus (JSON Lines, gzipped) into files of
# ROWS lines, DIR/part-00.jsonl.gz and on, and list them, in order, in
# DIR/manifest.csv.  A manifest row names a whole file, not a line of
# one, so a corpus that is one JSON Lines file is sharded this way.
cut_corpus() {
  local dir=$1 rows=$2
  mkdir -p "$dir" || return 1
  gzip -dc "$corpus" | (cd "$dir" && split -l "$rows" -d --additional-suffix=.jsonl \
    --filter='gzip -1 >"$FILE.gz"' - part-) || return 1
  { echo path; (cd "$dir" && ls part-*.jsonl.gz); } >"$dir/manifest.csv"
}

# whole_run DIR OPTION...: the one run over the corpus, into DIR.
whole_run() {
  local dir=$1
  shift
  "$FRAMING" compare -q -o "$dir" "$@" "$corpus"
}

# same_tables WHOLE MERGED WHAT: the five tables are byte-identical; says
# which differ.
same_tables() {
  local t ok=0
  for t in $tables; do
    if [ ! -f "$2/$t.csv" ]; then
      echo "$3: no $t.csv"; ok=1
    elif ! cmp -s "$1/$t.csv" "$2/$t.csv"; then
      echo "$3: $t.csv differs from one run's"; ok=1
    fi
  done
  return $ok
}
