#!/usr/bin/python3
"""Review the shipped lexicons against labelled news text.

usage: /usr/bin/python3 bench/lexicon_review.py [--corpus FILE.jsonl.gz]
           [--seeds DIR] [--no-corpus] [--top N] [--all] [--kwic ENTRY] LEX...

For every entry of every lexicon given (one .lex file per topic, format as in
framing-lexicon(5)) this counts its hits in the AllSides development corpus
(JSON Lines, fields source, topic, text) and shows which share of them fall
in articles whose AllSides topic label is conflict-related rather than
clearly unrelated.  Per topic it prints a rough AUC: how well the article's
weighted hits per 1000 tokens separate conflict-labelled articles from
unrelated-labelled ones.  With --seeds it also scores the seed articles
(DIR/manifest.csv names their outlets) and lists every hit.

This is a rough re-implementation of the contract's matching, good enough to
judge entries, not a reference: tokens are runs of letters/digits with
in-word apostrophes, stems come from PyStemmer (Snowball english), matches
are longest-first and non-overlapping within a topic, and a hit with a
negator within 3 tokens before it in the same sentence is counted as
negated (reported apart, not in hits), as the contract says.

Needs PyStemmer (Debian: python3-stemmer, hence /usr/bin/python3).  The
tokenized corpus is cached in /tmp/lexicon_review.cache.pickle.
"""

import argparse
import array
import collections
import csv
import gzip
import json
import os
import pickle
import re
import sys
import unicodedata

import Stemmer

# AllSides topic labels treated as conflict news (positives for the AUC).
CONFLICT = {
    "middle_east", "world", "terrorism", "north_korea", "us_military",
    "defense", "national_defense", "russia", "isis", "israel", "palestine",
    "nuclear_weapons", "national_security", "foreign_policy",
}
# Labels clearly unrelated to armed conflict (negatives for the AUC).
UNRELATED = {
    "elections", "healthcare", "taxes", "education", "economy_and_jobs",
    "federal_budget", "environment", "abortion", "lgbt_rights", "trade",
    "banking_and_finance", "technology", "supreme_court", "labor",
    "marijuana_legalization", "energy", "transportation",
}

TOKEN_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# A sentence ends at . ! ? or an ellipsis (optionally followed by closing
# quotes/brackets) when white space follows, and at a blank line.
SENT_END_RE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s|\n[ \t]*\n")
NEGATORS = {"no", "not", "never", "without", "nor", "neither", "none",
            "cannot"}
CACHE = "/tmp/lexicon_review.cache.pickle"

stemmer = Stemmer.Stemmer("english")
_stem_cache = {}


def stem(word):
    """Snowball stem of a case-folded token, memoised."""
    s = _stem_cache.get(word)
    if s is None:
        s = _stem_cache[word] = stemmer.stemWord(word)
    return s


def normalise(text):
    """NFKC, case-fold, fold U+2019 to an ASCII apostrophe."""
    return unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'")


def tokenize(text):
    """Tokens of TEXT and the set of token indices that start a sentence."""
    text = normalise(text)
    tokens, starts = [], {0}
    last_end = 0
    for m in TOKEN_RE.finditer(text):
        a = m.start()
        # a lone space between tokens cannot end a sentence: skip the search
        if tokens and (a - last_end > 1 or text[last_end] != " ") \
                and SENT_END_RE.search(text, last_end, a):
            starts.add(len(tokens))
        tokens.append(m.group())
        last_end = m.end()
    return tokens, starts


# Token strings are stored once, in VOCAB; texts are arrays of indices.
VOCAB, VOCAB_ID = [], {}


def to_ids(tokens):
    """Array of vocabulary indices for a list of token strings."""
    out = array.array("I")
    for t in tokens:
        i = VOCAB_ID.get(t)
        if i is None:
            i = VOCAB_ID[t] = len(VOCAB)
            VOCAB.append(t)
        out.append(i)
    return out


# --- lexicon files --------------------------------------------------------

class Entry:
    """One lexicon entry: its spelling, weight and per-word matchers."""

    def __init__(self, spelling, weight, words, line):
        self.spelling, self.weight, self.words, self.line = \
            spelling, weight, words, line

    def key(self):
        return tuple(self.words)


def parse_word(word):
    """Matchers ('s', stem) / ('e', surface) / ('p', prefix) for one word."""
    if word.startswith("="):
        return [("e", normalise(word[1:]))]
    if word.endswith("*"):
        return [("p", normalise(word[:-1]))]
    return [("s", stem(t)) for t in tokenize(word)[0]]


def load_lexicon(path):
    """Topic name, description and list of Entry of one .lex file."""
    topic = os.path.splitext(os.path.basename(path))[0]
    entries, seen, dups = [], {}, []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("@"):
                name, _, value = line.partition(" ")
                if name == "@topic":
                    topic = value.strip()
                continue
            text, _, w = line.partition(" | ")
            words = []
            for word in text.split():
                words += parse_word(word)
            e = Entry(text.strip(), float(w) if w else 1.0, words, n)
            if e.key() in seen:
                dups.append((n, text, seen[e.key()]))
                continue
            seen[e.key()] = text
            entries.append(e)
    for n, text, first in dups:
        print(f"warning: {path}:{n}: '{text}' stems like '{first}'",
              file=sys.stderr)
    return topic, entries


def word_matches(m, tok):
    """Whether matcher M accepts the case-folded token TOK."""
    kind, val = m
    if kind == "s":
        return stem(tok) == val
    if kind == "e":
        return tok == val
    return tok.startswith(val)


class Matcher:
    """Longest-first, non-overlapping matching of one topic's entries."""

    def __init__(self, entries):
        self.entries = entries
        self.by_stem = collections.defaultdict(list)
        self.other = []                      # entries starting with = or *
        for e in entries:
            if e.words[0][0] == "s":
                self.by_stem[e.words[0][1]].append(e)
            else:
                self.other.append(e)
        self._cands = {}
        self.start_ids, self._known = set(), 0

    def candidates(self, tid):
        """Entries whose first word accepts token TID, longest first."""
        c = self._cands.get(tid)
        if c is None:
            tok = VOCAB[tid]
            c = list(self.by_stem.get(stem(tok), ()))
            c += [e for e in self.other if word_matches(e.words[0], tok)]
            c.sort(key=lambda e: -len(e.words))
            self._cands[tid] = c
        return c

    def refresh(self):
        """Extend START_IDS, the token ids that can begin a hit, to VOCAB."""
        for tid in range(self._known, len(VOCAB)):
            if self.candidates(tid):
                self.start_ids.add(tid)
        self._known = len(VOCAB)

    def match(self, tokens, starts, window=3):
        """Yield (entry, position, negated) for every hit in TOKENS."""
        if self._known < len(VOCAB):
            self.refresh()
        n, free = len(tokens), 0
        sid = self.start_ids
        for i in [i for i, t in enumerate(tokens) if t in sid]:
            if i < free:                     # inside the previous hit
                continue
            hit = None
            for e in self._cands[tokens[i]]:
                k = len(e.words)
                if i + k <= n and all(word_matches(e.words[j],
                                                   VOCAB[tokens[i + j]])
                                      for j in range(1, k)):
                    hit = e
                    break
            if hit is None:
                continue
            neg = False
            for j in range(i - 1, max(i - window, 0) - 1, -1):
                if j + 1 in starts:          # token j is in an earlier sentence
                    break
                t = VOCAB[tokens[j]]
                if t in NEGATORS or t.endswith("n't"):
                    neg = True
                    break
            yield hit, i, neg
            free = i + len(hit.words)


# --- corpus ----------------------------------------------------------------

def load_corpus(path):
    """List of (topic label, tokens, sentence starts), cached on disk."""
    if os.path.exists(CACHE) and os.path.getmtime(CACHE) > os.path.getmtime(path):
        with open(CACHE, "rb") as f:
            vocab, docs = pickle.load(f)
        VOCAB.extend(vocab)
        VOCAB_ID.update((t, i) for i, t in enumerate(vocab))
        return docs
    docs = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            toks, starts = tokenize(d.get("text") or "")
            if toks:
                docs.append((d.get("topic", ""), to_ids(toks), starts))
    with open(CACHE, "wb") as f:
        pickle.dump((VOCAB, docs), f, protocol=pickle.HIGHEST_PROTOCOL)
    return docs


def auc(pos, neg):
    """Mann-Whitney AUC: P(a positive scores above a negative), ties 1/2."""
    allv = sorted([(v, 1) for v in pos] + [(v, 0) for v in neg])
    rank_sum, i = 0.0, 0
    while i < len(allv):
        j = i
        while j < len(allv) and allv[j][0] == allv[i][0]:
            j += 1
        mid = (i + j + 1) / 2.0               # average 1-based rank of ties
        rank_sum += mid * sum(1 for k in range(i, j) if allv[k][1])
        i = j
    p, q = len(pos), len(neg)
    return (rank_sum - p * (p + 1) / 2.0) / (p * q)


def review(lexicons, docs, top, show_all, kwic):
    """Print the per-entry table and the AUC of each topic."""
    tok_conf = sum(len(t) for lab, t, _ in docs if lab in CONFLICT)
    tok_unrel = sum(len(t) for lab, t, _ in docs if lab in UNRELATED)
    print(f"corpus: {len(docs)} articles; conflict-labelled tokens "
          f"{tok_conf}, unrelated-labelled tokens {tok_unrel}")
    print(f"conflict labels: {' '.join(sorted(CONFLICT))}")
    print(f"unrelated labels: {' '.join(sorted(UNRELATED))}\n")
    for topic, entries in lexicons:
        m = Matcher(entries)
        hits = collections.Counter()
        negated = collections.Counter()
        by_label = collections.defaultdict(collections.Counter)
        pos, neg = [], []
        shown = 0
        for lab, toks, starts in docs:
            w = 0.0
            for e, i, is_neg in m.match(toks, starts):
                if is_neg:
                    negated[e.spelling] += 1
                    continue
                hits[e.spelling] += 1
                by_label[e.spelling][lab] += 1
                w += e.weight
                if kwic and e.spelling == kwic and shown < 40:
                    shown += 1
                    k = len(e.words)
                    ctx = [VOCAB[t] for t in toks[max(0, i - 8):i + k + 8]]
                    b = min(i, 8)
                    print(f"  [{lab}] {' '.join(ctx[:b])} "
                          f"[[{' '.join(ctx[b:b + k])}]] "
                          f"{' '.join(ctx[b + k:])}")
            rate = 1000.0 * w / len(toks)
            if lab in CONFLICT:
                pos.append(rate)
            elif lab in UNRELATED:
                neg.append(rate)
        total = sum(hits.values())
        print(f"== {topic}: {len(entries)} entries, {total} hits, "
              f"{sum(negated.values())} negated, "
              f"{sum(1 for e in entries if hits[e.spelling])} entries used; "
              f"AUC conflict vs unrelated = {auc(pos, neg):.3f} "
              f"({len(pos)} vs {len(neg)} articles; articles with a hit: "
              f"{sum(1 for r in pos if r) / len(pos):.0%} vs "
              f"{sum(1 for r in neg if r) / len(neg):.0%})")
        print(f"{'entry':32} {'hits':>6} {'conf':>6} {'unrel':>6} "
              f"{'onshare':>7} {'lift':>6}  top labels")
        rows = sorted(entries, key=lambda e: -hits[e.spelling])
        if not show_all:
            rows = rows[:top]
        for e in rows:
            c = by_label[e.spelling]
            hc = sum(v for k, v in c.items() if k in CONFLICT)
            hu = sum(v for k, v in c.items() if k in UNRELATED)
            share = hc / (hc + hu) if hc + hu else float("nan")
            # rate in conflict text over rate in unrelated text
            lift = (hc / tok_conf) / (hu / tok_unrel) if hu else float("inf")
            labs = ", ".join(f"{k}:{v}" for k, v in c.most_common(3))
            print(f"{e.spelling:32} {hits[e.spelling]:6} {hc:6} {hu:6} "
                  f"{share:7.2f} {lift:6.1f}  {labs}")
        print()


def seeds(lexicons, folder):
    """Score the seed articles and list their hits."""
    with open(os.path.join(folder, "manifest.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        with open(os.path.join(folder, row["path"]), encoding="utf-8") as f:
            text = f.read()
        # drop repeated lines of 40+ characters, as the contract does
        seen, kept = set(), []
        for line in text.split("\n"):
            t = line.strip()
            if len(t) >= 40 and t in seen:
                continue
            seen.add(t)
            kept.append(line)
        toks, starts = tokenize("\n".join(kept))
        toks = to_ids(toks)
        print(f"== {row['outlet']} ({row['path']}, {len(toks)} tokens)")
        for topic, entries in lexicons:
            got = list(Matcher(entries).match(toks, starts))
            w = sum(e.weight for e, _, n in got if not n)
            terms = collections.Counter(
                ("NOT " if n else "") + e.spelling for e, _, n in got)
            print(f"  {topic:11} hits {sum(1 for g in got if not g[2]):3} "
                  f"per_1k {1000 * w / len(toks):5.1f}  "
                  + ", ".join(f"{k} {v}" for k, v in terms.most_common()))
        print()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("lexicons", nargs="+")
    ap.add_argument("--corpus",
                    default="../shared/corpora/allsides-dev.jsonl.gz")
    ap.add_argument("--seeds", help="folder with seed .txt and manifest.csv")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--all", action="store_true", help="list every entry")
    ap.add_argument("--kwic", help="show up to 40 contexts of this entry")
    ap.add_argument("--no-corpus", action="store_true")
    a = ap.parse_args()
    lexicons = [load_lexicon(p) for p in a.lexicons]
    if not a.no_corpus:
        review(lexicons, load_corpus(a.corpus), a.top, a.all, a.kwic)
    if a.seeds:
        seeds(lexicons, a.seeds)


if __name__ == "__main__":
    main()
