"""ch03.6 list_growth: the real interpreter's list capacities while appending (used by the C++
program list_growth). Prints one line per reallocation: "<size after the append> <capacity>",
the capacity read from sys.getsizeof (8 bytes a slot on a 64-bit build).

    python3 list_growth.py 10000
"""
import sys


def main() -> None:
    n = int(sys.argv[1])
    items = []
    empty = sys.getsizeof(items)
    capacity = 0
    for i in range(n):
        items.append(i)
        now = (sys.getsizeof(items) - empty) // 8
        if now != capacity:
            capacity = now
            print(len(items), capacity)


if __name__ == "__main__":
    main()
