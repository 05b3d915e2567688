# framing lexicon --corpus on the three articles of corpus/ (38 tokens):
#   blue/one.txt (14): "peace" (not negated: "not" comes after it),
#     "offensives", "attacks", "escalating"
#   red/one.txt (12): "launch offensive", "Kiev", "attacks", "no ceasefire"
#     (negated)
#   red/two.md (12): "Peace talks", "escalation", "offensive"
# calm: entries present per article X = 1, 1, 1: variance 0, KR-20 n/a;
#   tokens covered 1 + 1 + 2 = 4 of 38 = 10.53%; "truce" never matched.
# fight: X = 3, 3, 2 (mean 8/3, variance 22/3 - 64/9 = 2/9); k = 5 entries
#   matched with p = 2/3, 1/3, 2/3, 2/3, 1/3, so sum p q = 5 * 2/9 = 10/9;
#   KR-20 = 5/4 * (1 - (10/9) / (2/9)) = -5 (the entries do not go
#   together in so small a corpus); tokens covered 3 + 4 + 2 = 9 of 38 =
#   23.68%; "peace enforcement" never matched.
framing lexicon -q -L lexcheck --corpus corpus
