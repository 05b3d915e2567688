#!/bin/sh
# seeds.sh - integration test on the five real seed articles of
# ../shared/seeds (skipped when absent), with expectations worked out by
# hand from the texts for a lexicon of "offensive", "peace" and
# "peace talks | 2", with the default negation (8 tokens in the clause):
#   000 CGTN: "offensive" 6 times; "peace" 3 times, all negated: "shows no
#       sign of peace" (the cue "no sign", 2 tokens before), "no
#       indication that Russia was ready for peace" (6 tokens after the
#       cue "no indication") and "no sign whatsoever that (Russian)
#       president (Vladimir) Putin is preparing for peace" (10 tokens
#       after "no sign", 2 of them in brackets, which do not count); the
#       caption repeated 3 times holds neither word.
#   001 Epoch Times: "offensive(s)" 10 times, but the headline line (with
#       "Offensive") appears twice and its copy is skipped: 9; "peace" once
#       and "peaceful" once (Snowball: peac); "no signs that President
#       Putin is preparing for peace" has "peace" 7 tokens after the cue
#       "no signs": negated.
#   002 RT story: "offensive" 3; "way to peace" (1) and "any peace talks"
#       (the phrase, weight 2): 2 hits, weighted 3.
#   003 Stepanakert: "offensive" 6, the repeated headline's copy skipped: 5;
#       "preparing for peace" (11 tokens after "no signs": outside the
#       window) and "a peaceful negotiated": 2.
#   004 aggregator: "offensive" 4 (one inside curly quotes: 'major
#       offensive'); no "peace".
set -u
shared=$top_srcdir/../shared/seeds
[ -f "$shared/manifest.csv" ] || { echo "no $shared: skipped"; exit 77; }
actual=$("$FRAMING" score -q -L "$top_srcdir/tests/cli/fixtures/seeds.lex" \
  -m "$shared/manifest.csv" | awk -F, '{ print $1 "," $(NF-3) "," $(NF-2) "," $(NF-1) }' | sort) || exit 1
expected='000_f57aa7b7dcca77b1.txt,6,3,6
001_d51376cf106bc642.txt,10,1,10
002_b4b2ce16cedb27a1.txt,5,0,6
003_9067a968db128dd5.txt,7,0,7
004_b107ec7767d0bf66.txt,4,0,4
id,hits,negated,weighted'
if [ "$actual" != "$expected" ]; then
  echo "expected:"; echo "$expected"; echo "actual:"; echo "$actual"
  exit 1
fi
