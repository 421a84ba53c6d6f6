"""ch04.1 phonebook: the Python twin the `phonebook` program times (the book's Examples 4-1, 4-2).

    python3 phonebook.py --size 10000 --method list    prints seconds per lookup, nothing else
    python3 phonebook.py --size 10000 --method dict

The phone book holds `size` different random "First Last" names; the lookups are names drawn from
it at random (all present), repeated until at least --seconds have passed. Building the book (and
the dict) is not timed.
"""
import argparse
import random
import string
import time


def find_phonenumber(phonebook, name):
    """The book's Example 4-1: scan the list of (name, number) pairs."""
    for n, p in phonebook:
        if n == name:
            return p
    return None


def random_word(rng):
    return rng.choice(string.ascii_uppercase) + "".join(rng.choices(string.ascii_lowercase, k=rng.randint(2, 8)))


def make_phonebook(size, rng):
    names = {}  # a dict keeps the names in the order they were made (a set would shuffle them,
    # and the list scan would then jump around memory: 25x slower at 10^6 entries here)
    while len(names) < size:
        names[random_word(rng) + " " + random_word(rng)] = None
    return [(name, f"{rng.randint(200, 999)}-555-{rng.randint(1000, 9999)}") for name in names]


def seconds_per_lookup(lookup, names, min_seconds):
    done, start = 0, time.perf_counter()
    while True:
        for name in names:
            lookup(name)
        done += len(names)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return elapsed / done


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--method", choices=["list", "dict"], required=True)
    parser.add_argument("--seconds", type=float, default=0.2)
    args = parser.parse_args()
    rng = random.Random(20190501 + args.size)
    phonebook = make_phonebook(args.size, rng)
    if args.method == "list":
        names = [rng.choice(phonebook)[0] for _ in range(4 if args.size >= 100_000 else 64)]
        print(seconds_per_lookup(lambda name: find_phonenumber(phonebook, name), names, args.seconds))
    else:
        names = [rng.choice(phonebook)[0] for _ in range(4096)]
        book = dict(phonebook)  # Example 4-2
        print(seconds_per_lookup(book.__getitem__, names, args.seconds))


if __name__ == "__main__":
    main()
