# A stop phrase and a context list (tests/cli/fixtures/lexctx) on the three
# articles of corpus/:
#   calm: "peace" and "!peace talks": blue/one.txt "Kyiv said peace was
#     not near" counts ("not" comes after it); red/two.md "Peace talks
#     began" is the stop phrase, which hides "peace" and never counts.
#   fight: "attack* & armed", armed being troops and offensive*:
#     blue/one.txt "The offensives, attacks and ..." counts; red/one.txt
#     "The attacks continued!" does not: "Troops" is in the sentence
#     before.
#   framing lexicon writes the entries as written and lists the context
#   list; with --corpus, the stop phrase is left out of "entries matched"
#   and "never matched".
framing kwic -q -L lexctx corpus
framing lexicon -q -L lexctx --corpus corpus
