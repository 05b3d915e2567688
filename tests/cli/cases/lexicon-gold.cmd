# framing lexicon --gold on gold.jsonl (20 sentences, lexicons of lex/):
#   calm: positives g12 g13 g14 g15 g17 = 5; flagged g12 (ceasefire), g13
#     (peace talks), g17 (peace), g16 (peace, labelled 0): TP 3, FP 1, FN 2
#     (g14, g15: "truce" is no entry), P 3/4, R 3/5, F1 6/10.
#   conflict: positives g01-g08 = 8; flagged g01 (attack), g02 (offensive,
#     =kiev), g03 (escalat*), g09 and g10 (attack, labelled 0): TP 3, FP 2,
#     FN 5 (g04-g07 have no entry; g08's attack is negated by "no"),
#     P 3/5, R 3/8, F1 6/13.
#   suggestions of conflict: "bomb" (3 misses, no negative) before "shell"
#     (2, none); "attack" is an entry and g08 alone has it anyway.
# Labels come as numbers, booleans and strings "0"/"1".  --examples 1
# lists one sentence and one stem per kind, then the same with the default.
framing lexicon -L lex --gold gold.jsonl --examples 1
framing lexicon -L lex --gold gold.jsonl --negation-window 0 | sed -n '1,8p'
