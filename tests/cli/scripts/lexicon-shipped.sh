#!/bin/sh
# lexicon-shipped.sh - every shipped lexicon loads with no warning (no two
# entries of a topic stem alike), and framing lexicon lists the four
# shipped topics in file-name order with their entries.
set -u
err=${TMPDIR:-/tmp}/lexicon-shipped.$$
trap 'rm -f "$err"' EXIT
out=$("$FRAMING" lexicon 2>"$err") || { echo "framing lexicon failed"; cat "$err"; exit 1; }
if [ -s "$err" ]; then
  echo "unexpected warnings:"; cat "$err"; exit 1
fi
topics=$(printf '%s\n' "$out" | sed -n 's/^\([a-z]*\): [0-9]* entries from .*/\1/p' | tr '\n' ' ')
if [ "$topics" != "aid casualties escalation peace " ]; then
  echo "topics: '$topics'"; exit 1
fi
# The CSV lists each entry once, with no dropped duplicate.
"$FRAMING" lexicon --csv | awk -F, 'NR > 1 && $6 != "" { print "duplicate: " $0; bad = 1 } END { exit bad }'
