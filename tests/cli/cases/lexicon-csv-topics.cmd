# The topics table, without and with a corpus (numbers as worked out in
# lexicon-corpus.cmd: calm's KR-20 is n/a, an empty cell; fight's is -5).
framing lexicon -q -L lexcheck --csv=topics
framing lexicon -q -L lexcheck --csv=topics --corpus corpus
