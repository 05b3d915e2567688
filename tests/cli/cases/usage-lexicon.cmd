# framing lexicon reads inputs only with --corpus, and knows two tables.
framing lexicon -L lexcheck corpus
echo "status $?"
framing lexicon -L lexcheck --csv=terms
