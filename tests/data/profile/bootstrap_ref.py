#!/usr/bin/env python3
"""Independent reference for test_profile.c: splitmix64 + xoshiro256**,
Lemire's bounded integers, FNV-1a 64, type-7 quantiles and the bootstrap
recipe of profile.c (canonical row order, one stream per group seeded
with seed ^ fnv1a64(name), percentile 95% intervals).  Prints the numbers
that the test embeds."""
import math
import random

M64 = (1 << 64) - 1


def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & M64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return state, z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M64


class Rng:
    def __init__(self, seed):
        st, self.s = seed, []
        for _ in range(4):
            st, v = splitmix64(st)
            self.s.append(v)

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & M64, 7) * 9) & M64
        t = (s[1] << 17) & M64
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def below(self, n):
        m = (self.next() >> 32) * n
        low = m & 0xFFFFFFFF
        if low < n:
            threshold = ((1 << 32) - n) % n
            while low < threshold:
                m = (self.next() >> 32) * n
                low = m & 0xFFFFFFFF
        return m >> 32


def fnv1a64(name):
    h = 0xCBF29CE484222325
    for b in name.encode():
        h = ((h ^ b) * 0x100000001B3) & M64
    return h


def quantile(x, q):
    h = (len(x) - 1) * q
    lo = math.floor(h)
    if lo + 1 >= len(x):
        return x[-1]
    return x[lo] + (h - lo) * (x[lo + 1] - x[lo])


def logit(a, b):
    return math.log((a + 0.5) / (b + 0.5))


def bootstrap(rows, name, seed, resamples, pairs):
    rows = sorted(rows)
    nt = len(rows[0]) - 1
    rng = Rng(seed ^ fnv1a64(name))
    stats = [[] for _ in range(nt + len(pairs))]
    for _ in range(resamples):
        sums = [0.0] * (nt + 1)
        for _ in range(len(rows)):
            row = rows[rng.below(len(rows))]
            for k in range(nt + 1):
                sums[k] += row[k]
        for t in range(nt):
            stats[t].append(0.0 if sums[0] == 0 else 1000.0 * sums[1 + t] / sums[0])
        for p, (a, b) in enumerate(pairs):
            stats[nt + p].append(logit(sums[1 + a], sums[1 + b]))
    return [(quantile(sorted(s), 0.025), quantile(sorted(s), 0.975)) for s in stats]


SEED = 0x6672616D696E6721
r = Rng(42)
print("rng(42):", ", ".join("0x%016x" % r.next() for _ in range(4)))
r = Rng(SEED)
print("rng(SEED):", ", ".join("0x%016x" % r.next() for _ in range(2)))
print("fnv1a64(Green) = 0x%016x" % fnv1a64("Green"))
# The tiny corpus's group A: rows (tokens, escalation, peace, empty).
for lo, hi in bootstrap([(100.0, 5.0, 1.0, 0.0), (200.0, 1.0, 2.0, 0.0)],
                        "A", SEED, 1000, [(0, 1)]):
    print("A: %.17g %.17g" % (lo, hi))
# A random group of 20 articles, two topics.
g = random.Random(2024)
rows = [(float(g.randint(40, 600)), g.randint(0, 40) / 10, g.randint(0, 25) / 10)
        for _ in range(20)]
print("rows:", ", ".join("{ %g, %g, %g }" % row for row in rows))
for lo, hi in bootstrap(rows, "Green", SEED, 1000, [(0, 1), (1, 0)]):
    print("Green: %.17g %.17g" % (lo, hi))
