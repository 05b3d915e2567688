#!/bin/sh
# example-slants.sh - the bundled example was written with one slant per
# outlet (examples/README.md); the shipped lexicons must find it: each
# outlet's dominant frame (largest share) is the one it was written with,
# and its log-odds z for that topic is at least 1.96.
set -u
profiles=$("$FRAMING" compare -q --csv profiles) || exit 1
echo "$profiles" | awk -F, '
  BEGIN {
    want["The Frontier Bugle"] = "escalation"
    want["Meridian Daily"] = "peace"
    want["Valley Chronicle"] = "aid"
    want["Evening Witness"] = "casualties"
  }
  NR == 1 { next }
  { if (!($1 in best) || $9 > share[$1]) { best[$1] = $2; share[$1] = $9; z[$1] = $13 } }
  END {
    bad = 0
    for (g in want) {
      printf "%s: dominant %s (share %s, z %s), written as %s\n", g, best[g], share[g], z[g], want[g]
      if (best[g] != want[g] || z[g] < 1.96) bad = 1
    }
    exit bad
  }'
