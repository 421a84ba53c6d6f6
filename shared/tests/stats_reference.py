#!/usr/bin/python3
"""Writes the SciPy reference values of shared/tests/stats_test.cpp.

Run from the workbook root with Debian's Python, which has SciPy (apt-get install python3-scipy):

    /usr/bin/python3 shared/tests/stats_reference.py            # print the C++ table
    /usr/bin/python3 shared/tests/stats_reference.py --update   # rewrite it inside stats_test.cpp

Every sample is built from integers with +, -, *, / and sqrt only (each correctly rounded by IEEE
754, in Python as in C++), so the C++ test rebuilds bit-identical samples; the table carries a
checksum of each sample's bit patterns and the test checks it before comparing statistics.
No log, exp or trig is used: libm implementations may differ in the last bit.

Before a value is written it is cross-checked against the same formulas evaluated on exact
(fractions.Fraction) central moments, so a SciPy rounding problem would stop the script.
"""

import math
import re
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np
import scipy
from scipy import stats

MASK = (1 << 64) - 1


class SplitMix64:
    """Vigna's splitmix64; the C++ test has the same generator."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def uniform(self):
        # 53 random bits times 2^-53: exact, in [0, 1).
        return float(self.next() >> 11) * (1.0 / 9007199254740992.0)

    def normal(self):
        # Irwin-Hall: (the sum of 48 uniforms - 24) / 2 has mean 0, variance 1, kurtosis 2.975
        # (a normal's is 3); the halving is exact.
        s = 0.0
        for _ in range(48):
            s += self.uniform()
        return (s - 24.0) * 0.5


def draw(kind, rng):
    if kind == "normal":
        return rng.normal()
    if kind == "uniform":
        return rng.uniform()
    if kind == "chi2_2":  # z1^2 + z2^2: exponential-like (skewness 2, kurtosis 9 for exact normals)
        a = rng.normal()
        b = rng.normal()
        return a * a + b * b
    if kind == "student_t3":  # z / sqrt(chi2_3 / 3): Student's t with 3 degrees of freedom
        z = rng.normal()
        a = rng.normal()
        b = rng.normal()
        c = rng.normal()
        return z / math.sqrt((a * a + b * b + c * c) / 3.0)
    if kind == "normal_ratio":  # z1 / z2: Cauchy-like tails
        a = rng.normal()
        b = rng.normal()
        return a / b
    raise ValueError(kind)


def make_sample(kind, n, seed):
    """Mirrors make_sample() in stats_test.cpp."""
    if kind == "two_point":  # -1, +1, -1, ...: kurtosis 1, the most platykurtic sample there is
        return [-1.0 if i % 2 == 0 else 1.0 for i in range(n)]
    if kind == "integers":  # 0, 1, ..., n-1: skewness exactly 0
        return [float(i) for i in range(n)]
    base = "normal" if kind == "normal_outlier" else kind
    rng = SplitMix64(seed)
    xs = [draw(base, rng) for _ in range(n)]
    if kind == "normal_outlier":
        xs[n // 2] = 12.0
    return xs


def checksum(xs):
    """Mirrors checksum() in stats_test.cpp: a hash of the doubles' bit patterns, in order."""
    h = 0xCBF29CE484222325
    for x in xs:
        bits = int.from_bytes(np.float64(x).tobytes(), "little")
        h = ((h ^ bits) * 0x100000001B3) & MASK
        h ^= h >> 29
    return h


def exact_reference(xs):
    """The SciPy formulas, on central moments computed exactly with fractions."""
    n = len(xs)
    fx = [Fraction(x) for x in xs]
    mean = sum(fx) / n
    d = [x - mean for x in fx]
    d2 = [v * v for v in d]
    m2 = sum(d2) / n
    m3 = sum(v * w for v, w in zip(d, d2)) / n
    m4 = sum(w * w for w in d2) / n
    if m2 == 0:
        return math.nan, math.nan
    g1 = float(m3 / (m2 * m2)) * float(m2) ** 0.5  # m3 / m2^1.5
    b2 = float(m4 / (m2 * m2))
    y = g1 * math.sqrt((n + 1) * (n + 3) / (6.0 * (n - 2)))
    beta2 = 3.0 * (n * n + 27 * n - 70) * (n + 1) * (n + 3) / ((n - 2.0) * (n + 5) * (n + 7) * (n + 9))
    w2 = -1.0 + math.sqrt(2.0 * (beta2 - 1.0))
    delta = 1.0 / math.sqrt(0.5 * math.log(w2))
    alpha = math.sqrt(2.0 / (w2 - 1.0))
    if y == 0.0:
        y = 1.0
    s = delta * math.asinh(y / alpha)
    e = 3.0 * (n - 1) / (n + 1)
    varb2 = 24.0 * n * (n - 2) * (n - 3) / ((n + 1) * (n + 1.0) * (n + 3) * (n + 5))
    x = (b2 - e) / math.sqrt(varb2)
    sqrtbeta1 = 6.0 * (n * n - 5 * n + 2) / ((n + 7) * (n + 9)) * math.sqrt(6.0 * (n + 3) * (n + 5) / (n * (n - 2) * (n - 3)))
    a = 6.0 + 8.0 / sqrtbeta1 * (2.0 / sqrtbeta1 + math.sqrt(1.0 + 4.0 / sqrtbeta1**2))
    denom = 1.0 + x * math.sqrt(2.0 / (a - 4.0))
    term2 = math.copysign(((1.0 - 2.0 / a) / abs(denom)) ** (1.0 / 3.0), denom)
    k = (1.0 - 2.0 / (9.0 * a) - term2) / math.sqrt(2.0 / (9.0 * a))
    return s, k


# (name, kind, n, seed); the C++ table is in this order. No large-mean sample here: SciPy's own
# moments of 1e6 + noise are off by ~3e-10 (numpy's mean is not exact enough), so the C++ test checks
# those against the shifted sample instead.
CASES = [
    ("normal n=20", "normal", 20, 1),
    ("normal n=21", "normal", 21, 2),
    ("normal n=50", "normal", 50, 3),
    ("normal n=1000", "normal", 1000, 4),
    ("normal n=100000", "normal", 100000, 5),
    ("uniform n=20", "uniform", 20, 6),
    ("uniform n=1000", "uniform", 1000, 7),
    ("uniform n=100000", "uniform", 100000, 8),
    ("exponential-like n=21", "chi2_2", 21, 9),
    ("exponential-like n=1000", "chi2_2", 1000, 10),
    ("exponential-like n=100000", "chi2_2", 100000, 11),
    ("student t3 n=50", "student_t3", 50, 12),
    ("student t3 n=1000", "student_t3", 1000, 13),
    ("student t3 n=100000", "student_t3", 100000, 14),
    ("cauchy-like n=20", "normal_ratio", 20, 15),
    ("cauchy-like n=1000", "normal_ratio", 1000, 16),
    ("one outlier n=21", "normal_outlier", 21, 17),
    ("one outlier n=1000", "normal_outlier", 1000, 18),
    ("one outlier n=100000", "normal_outlier", 100000, 19),
    ("two-point n=20", "two_point", 20, 0),
    ("two-point n=1000", "two_point", 1000, 0),
    ("integers 0..19", "integers", 20, 0),
]


def fmt(v):
    return "kNaN" if math.isnan(v) else repr(float(v))


def rel(a, b):
    return abs(a - b) / max(abs(b), 1e-300)


def main():
    rows = []
    for name, kind, n, seed in CASES:
        xs = make_sample(kind, n, seed)
        a = np.array(xs)
        s = float(stats.skewtest(a).statistic)
        k = float(stats.kurtosistest(a).statistic)
        res = stats.normaltest(a)
        k2, p = float(res.statistic), float(res.pvalue)
        es, ek = exact_reference(xs)
        # SciPy's moments are rounded, the exact ones are not: they agree far below the test's 1e-9.
        assert abs(s - es) <= 1e-11 * max(1.0, abs(es)), (name, s, es)
        assert abs(k - ek) <= 1e-11 * max(1.0, abs(ek)), (name, k, ek)
        assert rel(k2, s * s + k * k) <= 1e-15 and abs(p - math.exp(-k2 / 2)) <= 1e-15, name
        rows.append(f'    {{"{name}", Kind::{kind}, {n}, {seed}, 0x{checksum(xs):016x}u,\n'
                    f"     {fmt(s)}, {fmt(k)}, {fmt(k2)}, {fmt(p)}}},")
    block = "\n".join(rows)
    header = (f"    // /usr/bin/python3 shared/tests/stats_reference.py  "
              f"(SciPy {scipy.__version__}, NumPy {np.__version__})\n")
    if "--update" in sys.argv[1:]:
        path = Path(__file__).with_name("stats_test.cpp")
        text = path.read_text()
        pattern = re.compile(r"(// BEGIN GENERATED by stats_reference\.py\n).*?([ \t]*// END GENERATED)", re.S)
        new, count = pattern.subn(lambda m: m.group(1) + header + block + "\n" + m.group(2), text)
        if count != 1:
            sys.exit("stats_test.cpp: no BEGIN/END GENERATED markers")
        path.write_text(new)
    else:
        print(header + block)


if __name__ == "__main__":
    main()
