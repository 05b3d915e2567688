#!/usr/bin/python3
"""py_baseline.py - the pipeline a researcher would write in Python, for
bench/run to time against framing: read every *.txt under a folder (one
folder per outlet), split words with a regular expression, stem them with
PyStemmer (Debian's python3-stemmer, the same Snowball stemmers as
libstemmer), and count the lexicon entries per outlet and topic with a
dictionary look-up of their stems (phrases as tuples of stems, prefix
entries by their folded prefix).  No normalisation, negation, sentence
ends or statistics: a lower bound on what such a script costs.

Usage: py_baseline.py LEXICON_DIR CORPUS_DIR
"""
import collections
import os
import re
import sys

import Stemmer

WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def load_lexicons(folder, stemmer):
    """{topic: (exact {stem tuple: weight}, [(prefix, weight)])}"""
    topics = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".lex"):
            continue
        topic, words, prefixes = name[:-4], {}, []
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if not line:
                    continue
                if line.startswith("@"):
                    if line.startswith("@topic "):
                        topic = line.split(None, 1)[1]
                    continue
                entry, _, weight = line.partition(" | ")
                weight = float(weight) if weight else 1.0
                toks = [t.lower() for t in WORD.findall(entry.replace("*", "STAR"))]
                if entry.endswith("*") and len(toks) == 1:
                    prefixes.append((toks[0][:-4], weight))
                    continue
                key = tuple(stemmer.stemWords([t.lstrip("=") for t in toks]))
                words.setdefault(key, weight)
        topics[topic] = (words, prefixes)
    return topics


def main():
    lexdir, corpus = sys.argv[1], sys.argv[2]
    stemmer = Stemmer.Stemmer("english")
    topics = load_lexicons(lexdir, stemmer)
    longest = max(len(k) for w, _ in topics.values() for k in w)
    counts = collections.Counter()
    tokens = collections.Counter()
    for root, _, files in os.walk(corpus):
        outlet = os.path.relpath(root, corpus).split(os.sep)[0]
        for name in files:
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(root, name), encoding="utf-8") as f:
                words = [w.lower() for w in WORD.findall(f.read())]
            stems = stemmer.stemWords(words)
            tokens[outlet] += len(words)
            for topic, (entries, prefixes) in topics.items():
                for i, stem in enumerate(stems):
                    for n in range(1, longest + 1):
                        w = entries.get(tuple(stems[i:i + n]))
                        if w is not None:
                            counts[outlet, topic] += w
                    for prefix, w in prefixes:
                        if words[i].startswith(prefix):
                            counts[outlet, topic] += w
    for (outlet, topic), w in sorted(counts.items()):
        print(f"{outlet},{topic},{w:g},{tokens[outlet]}")


if __name__ == "__main__":
    main()
