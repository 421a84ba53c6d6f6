"""ch03.7 small_lists: the book's Examples 3-7 and 3-8 measured with tracemalloc (used by the C++
program small_lists). Prints three lines "<layout> <peak bytes> <kept bytes>" for n samples of 9
random ints: lists built by a comprehension, the same lists copied with list(), and tuples.

    python3 small_lists.py 1000000
"""
import random
import sys
import tracemalloc


def measure(make):
    tracemalloc.start()
    data = make()
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del data
    return peak, kept


def main() -> None:
    n = int(sys.argv[1])
    size = 9
    random.seed(7)
    layouts = {
        "comprehension": lambda: [[random.randint(0, 100) for _ in range(size)] for _ in range(n)],
        "list_copy": lambda: [list([random.randint(0, 100) for _ in range(size)]) for _ in range(n)],
        "tuple": lambda: [tuple([random.randint(0, 100) for _ in range(size)]) for _ in range(n)],
    }
    for name, make in layouts.items():
        peak, kept = measure(make)
        print(name, peak, kept)


if __name__ == "__main__":
    main()
