# A counts file records a fingerprint of the lexicons that covers their
# contexts and stop phrases: counts made with lexctx (fight: "attack* &
# armed") merge with lexctx, and are refused with lexctx-not, whose only
# difference is "& !armed".
# (The counts are written to $OUT and read from there, so that the
# refusal names them by a path that is the same on every run.)
framing score --counts -q -L lexctx corpus >"$OUT/a.counts"
fixtures=$PWD
cd "$OUT" || exit 99
framing compare -q -L "$fixtures/lexctx" --from-counts --csv profiles a.counts
framing compare -q -L "$fixtures/lexctx-not" --from-counts --csv profiles a.counts
