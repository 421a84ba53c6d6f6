"""ch04.6 bad_hash: the book's Example 4-8 on this machine: `"zz" in` a set of the 676 two-letter keys
under a constant hash (BadHash) and under GoodHash, and in a list.

    python3 chapters/ch04_dicts_sets/06_bad_hash/bad_hash.py
"""
import string, timeit
class BadHash(str):
    def __hash__(self): return 42
class GoodHash(str):
    def __hash__(self): return ord(self[1]) + 26 * ord(self[0])
bad, good, lst = set(), set(), []
for i in string.ascii_lowercase:
    for j in string.ascii_lowercase:
        key = i + j
        bad.add(BadHash(key)); good.add(GoodHash(key)); lst.append(key)
n = 20_000
kb = BadHash("zz"); kg = GoodHash("zz")
b = min(timeit.repeat("kb in bad", globals=globals(), repeat=3, number=n)) / n
g = min(timeit.repeat("kg in good", globals=globals(), repeat=3, number=n)) / n
l = min(timeit.repeat("key in lst", globals=globals(), repeat=3, number=n)) / n
print(f"bad {b*1e9:.0f} ns, good {g*1e9:.0f} ns, list {l*1e9:.0f} ns, ratio {b/g:.0f}x")
