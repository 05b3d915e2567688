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
"$FRAMING" lexicon --csv | awk -F, 'NR > 1 && $7 != "" { print "duplicate: " $0; bad = 1 } END { exit bad }'
# Senses the reviews of the shipped lists settled (lexicons/README.md):
# an aide is no aid ("security =aid"), NATO's full name is no treaty,
# a heart attack and budget talks are not framing; military aid, a peace
# treaty and nuclear talks with North Korea are.
senses=${TMPDIR:-/tmp}/lexicon-senses.$$.txt
trap 'rm -f "$err" "$senses"' EXIT
printf '%s\n' 'A homeland security aide briefed the president.' \
  'Congress held up military aid to Ukraine.' \
  'Leaders of the North Atlantic Treaty Organization met in Wales.' \
  'The two countries signed a peace treaty.' \
  'He had a heart attack on Monday.' \
  'Budget talks resumed in the Senate.' \
  'Nuclear talks with North Korea resumed.' >"$senses"
hits=$("$FRAMING" kwic -q --csv "$senses" | cut -d, -f3-6 | tr '\n' ' ')
want='topic,entry,marker,negated aid,military aid,stem exact,0 peace,peace treaty,phrase,0 peace,nuclear talks,phrase,0 '
if [ "$hits" != "$want" ]; then
  echo "hits: '$hits'"; echo "want: '$want'"; exit 1
fi
