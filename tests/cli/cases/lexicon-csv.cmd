# The entries table of lexicon-corpus.cmd: duplicates and shared topics per
# entry, counts, and the rank among the most frequent ("=kiev" gets the
# formula guard).
framing lexicon -q -L lexcheck --csv --corpus corpus
