"""The Python twin of ch03.8 tuple_vs_list: the book's Example 3-9, timed with timeit.

Prints the seconds one creation takes (the best of --repeat runs of --number creations):
    list         l = [0, 1, ..., 8]       a new list object and item array every time
    tuple        t = (0, 1, ..., 8)       a constant: the compiler built it once, nothing is created
    built-tuple  t = (a, b, ..., i)       a new tuple every time, from CPython's tuple free list

    python3 tuple_vs_list.py --kind list|tuple|built-tuple [--number N] [--repeat R]
"""
import argparse
import sys
import timeit

STATEMENTS = {
    "list": ("l = [0, 1, 2, 3, 4, 5, 6, 7, 8]", "pass"),
    "tuple": ("t = (0, 1, 2, 3, 4, 5, 6, 7, 8)", "pass"),
    "built-tuple": ("t = (a, b, c, d, e, f, g, h, i)", "a, b, c, d, e, f, g, h, i = range(9)"),
}


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=sorted(STATEMENTS), required=True)
    parser.add_argument("--number", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    if args.number <= 0 or args.repeat <= 0:
        parser.error("--number and --repeat must be positive")
    stmt, setup = STATEMENTS[args.kind]
    best = min(timeit.repeat(stmt, setup=setup, number=args.number, repeat=args.repeat))
    print(best / args.number)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
