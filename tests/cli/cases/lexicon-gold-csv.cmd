# The three tables of framing lexicon --gold (see lexicon-gold.cmd for the
# counts), then a gold file in CSV, which labels conflict only: calm is left
# out with a warning.
framing lexicon -L lex --gold gold.jsonl --csv
framing lexicon -L lex --gold gold.jsonl --csv=gold-errors
framing lexicon -L lex --gold gold.jsonl --csv=gold-suggestions
framing lexicon -L lex --gold gold.csv --csv
