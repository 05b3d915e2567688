# framing lexicon reads inputs only with --corpus, and knows two tables.
framing lexicon -L lexcheck corpus
echo "status $?"
framing lexicon -L lexcheck --csv=terms
echo "status $?"
# --gold goes neither with --corpus nor with the tables of the plain check,
# and --examples only with --gold.
framing lexicon -L lex --gold gold.jsonl --corpus
echo "status $?"
framing lexicon -L lex --gold gold.jsonl --csv=topics
echo "status $?"
framing lexicon -L lex --examples 3
echo "status $?"
framing lexicon -L lex --gold gold.jsonl --examples -1
