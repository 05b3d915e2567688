#!/bin/sh
# tests/hostile/options.sh - bad option values are usage errors: status 2,
# one line naming the option and what it takes, and the pointer to --help.
. "$top_srcdir/tests/hostile/lib.sh"
printf 'peace war\n' >a.txt

# usage NAME 'MESSAGE' ARGS...: "framing score ARGS a.txt" fails with
# status 2, MESSAGE and the pointer to 'framing score --help'.
usage() {
  name=$1 msg=$2
  shift 2
  hcase "$name" 2 "framing: $msg
Try 'framing score --help' for more information." framing score -L t.lex "$@" a.txt
  check_stdout "$name" ''
}
usage jobs-negative 'bad value for --jobs: -1 (a whole number from 1 to 1024, or 0 for one per core)' -j -1
usage jobs-huge 'bad value for --jobs: 1025 (a whole number from 1 to 1024, or 0 for one per core)' -j 1025
usage jobs-text 'Cannot parse integer value “many” for -j' -j many
usage jobs-overflow 'Integer value “99999999999” for -j out of range' -j 99999999999
usage window-negative 'bad value for --negation-window: -1 (a whole number from 0 to 1000)' \
  --negation-window -1
usage window-fraction 'Cannot parse integer value “2.5” for --negation-window' \
  --negation-window 2.5
usage progress-bad "bad value for --progress: 'sometimes' (auto, always or never)" \
  --progress sometimes
usage group-by-empty '--group-by needs a field name' -g ''
usage unknown-option 'Unknown option --frobnicate' --frobnicate
usage csv-table "framing score prints only the articles table, not 'terms'" --csv terms
usage language-empty "unknown language '' (run 'framing stem --list' for the names)" -l ''

hcase compare-presence 2 "framing: bad value for --presence: 0 (a whole number from 1 to 1000000)
Try 'framing compare --help' for more information." framing compare -L t.lex --presence 0 a.txt
hcase kwic-width 2 "framing: bad value for --width: 2 (0, or a whole number from 4 to 1000)
Try 'framing kwic --help' for more information." framing kwic -L t.lex --width 2 a.txt
hcase compare-balance 2 "framing: bad value for --balance: 't:t' (two different topics of the lexicons, as A:B)
Try 'framing compare --help' for more information." framing compare -L t.lex --balance t:t a.txt
hcase no-command 2 "framing: a command is needed
Try 'framing --help' for more information." framing

hdone
