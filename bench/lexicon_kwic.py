#!/usr/bin/env python3
"""Show each topic's most frequent entries with three KWIC lines each.

usage: python3 bench/lexicon_kwic.py [--framing PROG] [--lexicons DIR]
           [--lines N] [--sample] CORPUS...

Runs `framing lexicon --corpus --csv` to find the ten most frequent entries
of each topic (the `rank` column), then `framing kwic --topic T --csv` and
prints, per entry, its count and the first N (default 3) of its hits in
kwic's output order (group, article id, position in the text), so the
lines are the same on every run.  With --sample it takes N hits spread
evenly over all the entry's hits instead of the first N (still
deterministic), which shows more outlets.  The output is Markdown, ready
for lexicons/README.md.
"""

import argparse
import collections
import csv
import io
import subprocess
import sys

csv.field_size_limit(sys.maxsize)


def run(cmd):
    """Standard output of CMD (a list), which must succeed."""
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True).stdout


def top_entries(args):
    """{topic: [(rank, (entry, marker), hits, negated, articles)]} from the
    tool."""
    cmd = [args.framing, "lexicon", "-q", "--csv", "--corpus"]
    cmd += ["-L", args.lexicons] if args.lexicons else []
    top = collections.defaultdict(list)
    for row in csv.DictReader(io.StringIO(run(cmd + args.corpus))):
        if row["rank"]:
            top[row["topic"]].append((int(row["rank"]),
                                      (row["entry"], row["marker"]),
                                      row["hits"], row["negated"],
                                      row["articles"]))
    return {t: sorted(v) for t, v in top.items()}


def kwic_lines(args, topic):
    """{(entry, marker): [row, ...]} of every hit of TOPIC, in kwic's
    order."""
    cmd = [args.framing, "kwic", "-q", "--csv", "--width", "45",
           "--topic", topic]
    cmd += ["-L", args.lexicons] if args.lexicons else []
    lines = collections.defaultdict(list)
    for row in csv.DictReader(io.StringIO(run(cmd + args.corpus))):
        lines[(row["entry"], row["marker"])].append(row)
    return lines


def pick(rows, n, sample):
    """N rows: the first N, or N spread evenly over ROWS."""
    if not sample or len(rows) <= n:
        return rows[:n]
    return [rows[(2 * i + 1) * len(rows) // (2 * n)] for i in range(n)]


def spelled(entry, marker):
    """The words of ENTRY with the markers MARKER names: "=air strike*"."""
    words = entry.split(" ")
    kinds = marker.split(" ") if len(marker.split(" ")) == len(words) \
        else ["stem"] * len(words)
    return " ".join("=" + w if k == "exact" else w + "*" if k == "prefix"
                    else w for w, k in zip(words, kinds))


def kwic_key(entry):
    """The key of ENTRY (lexicon --csv's entry, marker) in kwic_lines ():
    the words, less the "!" of a stop phrase and the " & " contexts."""
    words, marker = entry
    return (words.lstrip("!").split(" & ")[0], marker)


def md(s):
    """S safe inside a Markdown table cell."""
    return s.replace("|", "\\|").replace("`", "'")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--framing", default="./framing")
    ap.add_argument("--lexicons")
    ap.add_argument("--lines", type=int, default=3)
    ap.add_argument("--sample", action="store_true")
    ap.add_argument("corpus", nargs="+")
    args = ap.parse_args()
    for topic, entries in top_entries(args).items():
        lines = kwic_lines(args, topic)
        print(f"#### {topic}\n")
        print("| # | entry | hits | negated | articles | three hits in context (outlet) |")
        print("|---|---|---|---|---|---|")
        for rank, entry, hits, negated, articles in entries:
            picked = pick(lines[kwic_key(entry)], args.lines, args.sample)
            ctx = "<br>".join(
                f"{md(r['left'])}**{md(r['match'])}**{md(r['right'])} ({md(r['group'])})"
                for r in picked)
            print(f"| {rank} | `{spelled(*entry)}` | {hits} | {negated} | {articles} | {ctx} |")
        print()


if __name__ == "__main__":
    main()
