# A group map whose rows make a chain (blue -> Colours -> Paint) stops
# the run at the row that closes the chain, and -o writes nothing.
framing compare -L lex --group-map group-map-chain.csv -o "$OUT/dir" corpus
echo "exit $?"
ls -A "$OUT"
