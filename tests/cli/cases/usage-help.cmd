# The usage line of each command's --help: "framing COMMAND", then its
# operands, once.  Only the first lines, so that a new option does not
# change this case.
for c in compare score kwic lexicon stem; do
  framing $c --help >"$OUT/help" || echo "$c --help: status $?"
  sed -n '1,2p' "$OUT/help"
done
