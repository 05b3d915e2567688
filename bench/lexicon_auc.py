#!/usr/bin/env python3
"""AUC of each topic's per_1k at telling conflict news from unrelated news.

usage: python3 bench/lexicon_auc.py [--framing PROG] [--lexicons DIR]
           CORPUS.jsonl[.gz]

Runs `framing score -q -g topic CORPUS` (so the `group` column holds each
article's AllSides `topic` label) and, per lexicon topic, computes the
Mann-Whitney AUC of the articles' per_1k: the probability that an article
labelled with a conflict subject (POSITIVE below) scores higher than one
labelled with an unrelated subject (NEGATIVE), ties counting one half.
Articles with other labels are left out.  0.5 means no signal, 1 a perfect
ranking.  It also prints the share of each side's articles with a hit.
Output: a Markdown table.
"""

import argparse
import collections
import csv
import io
import subprocess
import sys

csv.field_size_limit(sys.maxsize)

# AllSides labels of conflict news (positives).
POSITIVE = {
    "terrorism", "middle_east", "world", "russia", "north_korea", "defense",
    "national_defense", "us_military", "isis", "israel", "palestine",
    "nuclear_weapons", "national_security", "foreign_policy",
}
# Labels clearly unrelated to armed conflict (negatives).
NEGATIVE = {
    "elections", "healthcare", "taxes", "education", "economy_and_jobs",
    "federal_budget", "environment", "abortion", "lgbt_rights", "trade",
    "banking_and_finance", "technology", "supreme_court", "labor",
    "marijuana_legalization", "energy", "transportation",
}


def auc(pos, neg):
    """Mann-Whitney AUC of POS over NEG (average ranks for ties)."""
    values = sorted([(v, 1) for v in pos] + [(v, 0) for v in neg])
    rank_sum, i = 0.0, 0
    while i < len(values):
        j = i
        while j < len(values) and values[j][0] == values[i][0]:
            j += 1
        average = (i + 1 + j) / 2  # ranks i+1 .. j
        rank_sum += average * sum(1 for k in range(i, j) if values[k][1])
        i = j
    n1, n2 = len(pos), len(neg)
    return (rank_sum - n1 * (n1 + 1) / 2) / (n1 * n2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--framing", default="./framing")
    ap.add_argument("--lexicons")
    ap.add_argument("corpus", nargs="+")
    args = ap.parse_args()
    cmd = [args.framing, "score", "-q", "-g", "topic"]
    cmd += ["-L", args.lexicons] if args.lexicons else []
    out = subprocess.run(cmd + args.corpus, check=True, text=True,
                         stdout=subprocess.PIPE).stdout
    scores = collections.defaultdict(lambda: ([], []))  # topic: (pos, neg)
    for row in csv.DictReader(io.StringIO(out)):
        label = row["group"]
        side = 0 if label in POSITIVE else 1 if label in NEGATIVE else None
        if side is not None:
            scores[row["lexicon"]][side].append(float(row["per_1k"]))
    print("| topic | AUC | conflict articles | with a hit | unrelated articles | with a hit |")
    print("|---|---|---|---|---|---|")
    for topic, (pos, neg) in scores.items():
        hit_pos = sum(1 for v in pos if v > 0) / len(pos)
        hit_neg = sum(1 for v in neg if v > 0) / len(neg)
        print(f"| {topic} | {auc(pos, neg):.3f} | {len(pos)} | {hit_pos:.0%} "
              f"| {len(neg)} | {hit_neg:.0%} |")


if __name__ == "__main__":
    main()
