# The group tests and intervals by cluster.  -g bias: the outlet is the
# cluster, each in one group, so whole outlets move and a group of one
# outlet has no interval; -g topic: each outlet spans both topics, so its
# articles are dealt out inside it; --cluster article: each article
# alone.  Then bad --seed and --resamples.
framing compare -q -L lex -g bias --csv profiles meta.jsonl
framing compare -q -L lex -g topic --csv profiles meta.jsonl
framing compare -q -L lex -g bias --cluster article --csv profiles meta.jsonl
framing compare -q -L lex -g bias --seed 12 --resamples 50 --cluster article --balance conflict:calm --csv balance meta.jsonl
framing compare -q -L lex --seed -1 corpus
framing compare -q -L lex --resamples 100001 corpus
