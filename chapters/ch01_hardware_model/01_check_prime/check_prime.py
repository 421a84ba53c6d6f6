"""ch01.1 check_prime: the book's check_prime in CPython, timed on this machine (used by the C++
program check_prime). Prints the seconds one call takes for the number given (best of 5 runs).

    python3 check_prime.py 10000019
"""
import math
import sys
import timeit


def check_prime(number):
    sqrt_number = math.sqrt(number)
    for i in range(2, int(sqrt_number) + 1):
        if (number / i).is_integer():
            return False
    return True


def main() -> None:
    number = int(sys.argv[1])
    calls = max(1, int(2_000_000 / max(1.0, math.sqrt(number))))
    best = min(timeit.repeat(lambda: check_prime(number), repeat=5, number=calls)) / calls
    print(best)


if __name__ == "__main__":
    main()
