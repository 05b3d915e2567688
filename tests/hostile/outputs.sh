#!/bin/sh
# tests/hostile/outputs.sh - outputs that cannot be written: an output
# directory that is a file or read-only, a full disk (/dev/full, a file
# size limit midway), a closed pipe; -o is all or nothing and leaves no
# temporary behind, even when the run is killed.  And the CSV formula
# guard on outlet names, titles, ids and lexicon entries, through the
# program.
. "$top_srcdir/tests/hostile/lib.sh"
# One group only: -q keeps its warning out of the messages looked at.
printf 'peace war\n' >a.txt
TABLES='articles.csv profiles.csv terms.csv distances.csv balance.csv pairs.csv report.txt'

# --- The output directory is not usable -------------------------------
printf 'keep\n' >file
hcase output-dir-is-file 1 'framing: file: cannot use as output directory: Not a directory' \
  framing compare -q -L t.lex -o file a.txt
check_stdout output-dir-is-file ''
[ "$(cat file)" = keep ] || hfail output-dir-is-file 'the file was changed'
hcase output-dir-under-file 1 'framing: file/sub: cannot use as output directory: Not a directory' \
  framing score -L t.lex -o file/sub a.txt

# A read-only directory keeps its files.  Root ignores permissions: a
# read-only bind mount (or the immutable attribute) stands in for them.
mkdir ro
printf 'old report\n' >ro/report.txt
snapshot ro >.out/ro.before
how=
if [ "$(id -u)" -ne 0 ]; then
  chmod 555 ro && how='Permission denied'
elif mount --bind ro ro 2>/dev/null; then
  if mount -o remount,bind,ro ro 2>/dev/null; then
    how='Read-only file system'
  else
    umount ro
  fi
fi
if [ -z "$how" ] && [ "$(id -u)" -eq 0 ] && chattr +i ro 2>/dev/null; then
  how='Operation not permitted'
fi
hcleanup() {
  case $how in
    Read-only*) umount "$T/ro" || umount -l "$T/ro" ;;
    Operation*) chattr -i "$T/ro" ;;
  esac
  chmod -R u+w "$T"
  rm -rf "$T"
}
if [ -n "$how" ]; then
  hcase output-dir-read-only 1 "framing: ro: cannot write: $how" \
    framing compare -q -L t.lex -o ro a.txt
  check_untouched output-dir-read-only ro .out/ro.before
else
  echo "skip: output-dir-read-only (no way to make a read-only directory here)"
fi

# --- A full disk ------------------------------------------------------
tofull() { "$@" >/dev/full; }
for cmd in 'score' 'compare' 'compare --csv profiles' 'kwic' 'kwic --csv'; do
  name=dev-full-$(echo "$cmd" | tr ' ' -)
  # shellcheck disable=SC2086
  hcase "$name" 1 'framing: standard output: write error: No space left on device' \
    tofull framing $cmd -q -L t.lex a.txt
done
hcase dev-full-stem 1 'framing: standard output: write error: No space left on device' \
  tofull framing stem war
hcase dev-full-help 1 'framing: standard output: write error: No space left on device' \
  tofull framing --help
hcase dev-full-version 1 'framing: standard output: write error: No space left on device' \
  tofull framing --version
hcase dev-full-command-help 1 'framing: standard output: write error: No space left on device' \
  tofull framing score --help

# --- A closed pipe: a quiet end ---------------------------------------
# 200000 stems (1.2 MB) cannot fit in a pipe that "head -c 1" closes.
yes peace | head -n 200000 >words
cases=$((cases + 2))
( "$FRAMING" stem <words 2>.out/pipe.err; echo $? >.out/pipe.status ) | head -c 1 >/dev/null
# Killed by SIGPIPE (128 + 13), as every filter is, with nothing said.
[ "$(cat .out/pipe.status)" -eq 141 ] || hfail closed-pipe "status $(cat .out/pipe.status), expected 141"
[ -s .out/pipe.err ] && hfail closed-pipe "message: $(cat .out/pipe.err)"
# With SIGPIPE ignored the write fails with EPIPE: status 1, still quiet.
( trap '' PIPE; "$FRAMING" stem <words 2>.out/pipe2.err; echo $? >.out/pipe2.status ) | head -c 1 >/dev/null
[ "$(cat .out/pipe2.status)" -eq 1 ] || hfail closed-pipe-ignored "status $(cat .out/pipe2.status), expected 1"
[ -s .out/pipe2.err ] && hfail closed-pipe-ignored "message: $(cat .out/pipe2.err)"
echo "ok: closed-pipe, closed-pipe-ignored"

# --- -o is all or nothing ---------------------------------------------
hcase output-dir-complete 0 '' framing compare -q -L t.lex -o out a.txt
for f in $TABLES; do
  [ -s "out/$f" ] || hfail output-dir-complete "out/$f missing or empty"
done
for f in out/.[!.]*; do
  [ -e "$f" ] && hfail output-dir-complete "a temporary was left behind: $f"
done
snapshot out >.out/out.before
# A second run over 400 articles fails midway: articles.csv (about 20 kB)
# outgrows a 10 kB file size limit (8 blocks of 1024 or 512 bytes, as the
# shell counts them) while the small tables fit.
mkdir many
i=0
while [ $i -lt 400 ]; do printf 'peace %s\n' $i >"many/article-$i.txt"; i=$((i + 1)); done
limited() { (trap '' XFSZ; ulimit -f 8 && "$@"); }
hcase output-fails-midway 1 'framing: out/articles.csv: write error: File too large' \
  limited framing compare -q -L t.lex -o out many
# The previous files are all still there, unchanged, with no temporary.
check_untouched output-fails-midway out .out/out.before
hcase score-output-fails 1 'framing: out/articles.csv: write error: File too large' \
  limited framing score -L t.lex -o out many
check_untouched score-output-fails out .out/out.before
# The counts file (about 40 kB for 400 articles) fails the same way, with
# the file named (it once failed with no message at all).
hcase counts-output-fails 1 'framing: out/counts.csv: write error: File too large' \
  limited framing score --counts -L t.lex -o out many
check_untouched counts-output-fails out .out/out.before
# The report (5 kB) and the chart (3 kB) outgrow a 1 or 2 kB limit that
# the small tables of one article fit: each is named, and nothing of the
# run is left.
tiny() { (trap '' XFSZ; ulimit -f 2 && "$@"); }
hcase report-output-fails 1 'framing: small/report.txt: write error: File too large' \
  tiny framing compare -q -L t.lex -o small a.txt
[ -z "$(ls -A small)" ] || hfail report-output-fails "left behind: $(ls -A small)"
# The workbook (about 6 kB) is made in a temporary file first: outgrowing
# the limit there is told as a write error of the workbook, nothing of
# libxlsxwriter's own messages is printed, and nothing is left.
hcase xlsx-output-fails 1 'framing: small/t.xlsx: write error: File too large' \
  tiny framing compare -q -L t.lex --xlsx small/t.xlsx a.txt
[ -z "$(ls -A small)" ] || hfail xlsx-output-fails "left behind: $(ls -A small)"
hcase chart-output-fails 1 'framing: small/chart.svg: write error: File too large' \
  tiny framing compare -q -L t.lex --chart small/chart.svg a.txt
[ -z "$(ls -A small)" ] || hfail chart-output-fails "left behind: $(ls -A small)"
# Tables larger than the output buffers fail while they are written.
for cmd in 'score' 'compare --csv articles'; do
  name=dev-full-large-$(echo "$cmd" | tr ' ' -)
  # shellcheck disable=SC2086
  hcase "$name" 1 'framing: standard output: write error: No space left on device' \
    tofull framing $cmd -q -L t.lex many
done

# --- A run killed by a signal removes its temporaries ----------------
# score --counts -o opens the temporary of counts.csv before it reads;
# reading a FIFO blocks until a writer comes, so the run can be killed
# while the temporary is there.  It must be gone, and the run dead of the
# signal (128 + its number).  SIGINT is not tried: a shell without job
# control starts background commands with SIGINT ignored, and framing
# leaves an ignored signal ignored; for the same reason a signal that
# this shell was started with ignored (SIGHUP under nohup) is skipped.

# ignored SIG: whether SIG is ignored in this shell, and so in what it
# starts (the SigIgn mask of /proc; false where there is none).
ignored() {
  mask=$(sed -n 's/^SigIgn:[[:space:]]*//p' "/proc/$$/status" 2>/dev/null)
  [ -n "$mask" ] || return 1
  [ $(((0x$mask >> ($(kill -l "$1") - 1)) & 1)) -eq 1 ]
}

if mkfifo fifo 2>/dev/null; then
  for sig in TERM HUP; do
    name=killed-$sig
    if ignored "$sig"; then
      echo "skip: $name (SIG$sig is ignored here)"
      continue
    fi
    cases=$((cases + 1))
    rm -rf killed
    mkdir killed
    "$FRAMING" score --counts -L t.lex -o killed fifo >/dev/null 2>".out/$name.err" &
    pid=$!
    n=0
    while [ $n -lt 200 ] && [ -z "$(ls -A killed)" ]; do
      sleep 0.05
      n=$((n + 1))
    done
    [ -n "$(ls -A killed)" ] || hfail "$name" 'no temporary appeared'
    kill -s "$sig" "$pid"
    # a run the signal does not stop must not hang the suite
    n=0
    while [ $n -lt 200 ] && kill -0 "$pid" 2>/dev/null; do
      sleep 0.05
      n=$((n + 1))
    done
    if kill -0 "$pid" 2>/dev/null; then
      kill -s KILL "$pid"
      hfail "$name" "still running 10 s after SIG$sig"
    fi
    wait "$pid"
    status=$?
    want=$((128 + $(kill -l "$sig")))
    [ "$status" -eq "$want" ] || hfail "$name" "exit status $status, expected $want"
    [ -z "$(ls -A killed)" ] || hfail "$name" "left behind: $(ls -A killed)"
    [ -s ".out/$name.err" ] && hfail "$name" "message: $(cat ".out/$name.err")"
    echo "ok: $name (status $status)"
  done
else
  echo "skip: killed-TERM, killed-HUP (no FIFO here)"
fi

# --- The formula guard, through the program ---------------------------
# Outlets, titles and ids from a manifest and a JSON line that a
# spreadsheet would run: each gets a leading ' (RFC 4180 quotes where the
# cell needs them).  An exact lexicon entry (=kiev) needs none: its word
# and its marker have columns of their own.  The two
# articles have the same text: --keep-duplicates counts both.
printf 'kiev peace\n' >k.txt
printf 'path,outlet,title\nk.txt,=HYPERLINK(1),+cmd\n' >m.csv
printf '{"id":"-1","text":"kiev peace","source":"@evil","title":"\\tTab"}\n' >k.jsonl
printf '@topic t\n=kiev\npeace\n' >k.lex
hcase formula-score 0 '' framing score --keep-duplicates -L k.lex -m m.csv k.jsonl
check_stdout formula-score "id,group,title,date,tokens,lexicon,hits,negated,weighted,per_1k
k.txt,'=HYPERLINK(1),'+cmd,,2,t,2,0,2,1000
'-1,'@evil,'	Tab,,2,t,2,0,2,1000"
hcase formula-terms 0 '' framing compare --keep-duplicates -L k.lex -m m.csv k.jsonl --csv terms
check_line formula-terms "'=HYPERLINK(1),t,kiev,exact,1,500,0,1,1,,"
check_line formula-terms "'@evil,t,kiev,exact,1,500,0,1,1,,"
hcase formula-kwic 0 '' framing kwic --keep-duplicates --csv -L k.lex -m m.csv k.jsonl
check_line formula-kwic "'@evil,'-1,t,kiev,exact,0,,kiev, peace"

hdone
