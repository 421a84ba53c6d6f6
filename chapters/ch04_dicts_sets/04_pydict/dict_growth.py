"""ch04.4 dict_growth: the real interpreter's dict while int keys 0, 1, 2 ... are inserted (used by
the C++ program dict_growth). Prints the Python version, then one line per change of
sys.getsizeof: "<len after the insert> <bytes>".

    python3 dict_growth.py 10000
"""
import sys


def main() -> None:
    n = int(sys.argv[1])
    print(f"{sys.version_info.major}.{sys.version_info.minor}")
    d = {}
    size = sys.getsizeof(d)
    for i in range(n):
        d[i] = i
        now = sys.getsizeof(d)
        if now != size:
            size = now
            print(len(d), size)


if __name__ == "__main__":
    main()
