#!/bin/sh
# lexicon-seeds.sh - the shipped lexicons on the five real seed articles of
# ../shared/seeds (skipped when absent) find what a hand reading finds.
# Each check is one hit of `framing kwic --csv`: group,id,topic,entry,
# negated, then the left context (30 characters).  From the texts:
#   CGTN, headline "Putin shows no sign of peace": "no" is 3 tokens before
#     "peace", inside the negation window of 3: a negated peace hit.
#   CGTN, "We see no sign whatsoever that (Russian) president (Vladimir)
#     Putin is preparing for peace": "no" is 11 tokens before: not negated.
#   CGTN, "no indication that Russia was ready for peace": 6 tokens: not
#     negated.  So CGTN has 3 peace hits of =peace, 1 of them negated.
#   Aggregator, "They will not send troops": a negated escalation hit.
#   Stepanakert, "he will not come to the negotiating table": "not" is 4
#     tokens before "negotiating": a peace hit, not negated.
#   Aggregator, "the massacre of civilians in Boucha": casualties.
#   Epoch Times, "Russia's renewed offensive": escalation (bare "offensive"
#     is not an entry, the phrase is).
#   RT story, "Russia's partial mobilization": escalation; "any peace
#     talks": peace, not negated.
#   Aggregator, "large troop withdrawals from Kyiv to regroup, rearm": a
#     known misreading, counted as peace (troop withdrawal).
set -u
shared=$top_srcdir/../shared/seeds
[ -f "$shared/manifest.csv" ] || { echo "no $shared: skipped"; exit 77; }
kwic=$("$FRAMING" kwic -q --csv -m "$shared/manifest.csv") || exit 1
bad=0
# expect COUNT TEXT: TEXT occurs in exactly COUNT kwic rows.
expect() {
  n=$(printf '%s\n' "$kwic" | grep -c -F -- "$2")
  if [ "$n" -ne "$1" ]; then
    echo "expected $1 row(s) with: $2"; echo "found $n"; bad=1
  fi
}
cgtn='CGTN,000_f57aa7b7dcca77b1.txt'
agg='News aggregator (translated),004_b107ec7767d0bf66.txt'
expect 3 "$cgtn,peace,'=peace,"
expect 1 "$cgtn,peace,'=peace,1,... as Putin shows no sign of ,peace,"
expect 1 "$cgtn,peace,'=peace,0,...ir) Putin is preparing for ,peace,"
expect 1 "$cgtn,peace,'=peace,0,... that Russia was ready for ,peace,"
expect 1 "$agg,escalation,send troops,1,...e red lines: They will not ,send troops,"
expect 1 'Stepanakert outlet,003_9067a968db128dd5.txt,peace,negotiating table,0,"...d, he will not come to the ",negotiating table,'
expect 1 "$agg,casualties,massacre,0,But despite the ,massacre,"
expect 1 "The Epoch Times,001_d51376cf106bc642.txt,escalation,renewed offensive,0,"
expect 1 "Global Village Space (RT story),002_b4b2ce16cedb27a1.txt,escalation,partial mobilization,0,"
expect 1 "Global Village Space (RT story),002_b4b2ce16cedb27a1.txt,peace,peace talks,0,... as a prerequisite for any ,peace talks,"
expect 1 "$agg,peace,troop withdrawal,0,We are now seeing large ,troop withdrawals,"
exit $bad
