#!/usr/bin/env python3
"""Checks the C++ program `julia` against its pure-Python twin julia.py, pixel by pixel.

    python3 julia_vs_python.py build/dev/bin/julia [--variants baseline,solution,...]

For every spec of a small grid (several widths, values of c and iteration limits) it runs
julia.py once and the C++ program once per variant, both with --counts, and compares every count.
Exit codes: 0 all agree, 1 a mismatch or a failed run (the spec and first differing pixel are
named), 77 when Python cannot run the twin (ctest reports the test as skipped).
"""
import argparse
import itertools
import os
import subprocess
import sys
import tempfile

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))
TWIN = os.path.join(os.path.dirname(HERE), "julia.py")  # the twin sits in the exercise folder

WIDTHS = [1, 7, 50, 123]
CS = [(-0.62772, -0.42193), (0.0, 0.0), (-0.8, 0.156), (0.285, 0.01)]  # the book's c first
MAX_ITERATIONS = [0, 1, 300]
THREADED = {"exercise", "solution", "simd_threads"}  # these also run with --threads 2


def spec_args(width, c, max_iterations):
    """Return the command-line options both programs understand for one spec."""
    return ["--width", str(width), "--max-iterations", str(max_iterations),
            "--c-real", repr(c[0]), "--c-imag", repr(c[1])]


def describe(width, c, max_iterations):
    """Return a short human-readable name for one spec."""
    return f"width {width}, c = {c[0]!r}{c[1]:+}i, max-iterations {max_iterations}"


def read_counts(path):
    """Return the counts file as a list of rows of ints."""
    with open(path, encoding="ascii") as counts:
        return [[int(value) for value in line.split()] for line in counts]


def first_difference(expected, actual):
    """Return a description of the first pixel where two count grids differ, or None."""
    if len(expected) != len(actual):
        return f"{len(actual)} rows instead of {len(expected)}"
    for row, (want_row, got_row) in enumerate(zip(expected, actual)):
        if len(want_row) != len(got_row):
            return f"row {row} has {len(got_row)} pixels instead of {len(want_row)}"
        for col, (want, got) in enumerate(zip(want_row, got_row)):
            if want != got:
                return f"pixel (row {row}, column {col}): Python {want}, C++ {got}"
    return None


def run(command):
    """Run a command; return None on success or a message with its exit code and stderr."""
    try:
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    except OSError as error:
        return f"cannot start it: {error}"
    if done.returncode != 0:
        return f"exit code {done.returncode}: {done.stderr.strip()}"
    return None


def main(argv):
    """Compare every spec and variant; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("julia", help="path of the C++ julia program")
    parser.add_argument("--twin", default=TWIN, help="path of the pure-Python julia.py")
    parser.add_argument("--variants", default="baseline",
                        help="comma-separated --variant values to check (default: baseline)")
    args = parser.parse_args(argv)
    runs = []  # (variant, threads)
    for variant in (v for v in args.variants.split(",") if v):
        runs.append((variant, 1))
        if variant in THREADED:
            runs.append((variant, 2))

    # Can this Python run the twin at all? If not, skip rather than fail.
    try:
        probe = subprocess.run([sys.executable, args.twin, "--help"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    except OSError as error:
        print(f"SKIP: cannot start {sys.executable}: {error}")
        return SKIP
    if probe.returncode != 0:
        print(f"SKIP: {sys.executable} cannot run {args.twin}: {probe.stderr.strip()}")
        return SKIP

    specs = list(itertools.product(WIDTHS, CS, MAX_ITERATIONS))
    failures = []
    pixels = 0
    with tempfile.TemporaryDirectory(prefix="julia_vs_python_") as tmp:
        for width, c, max_iterations in specs:
            name = describe(width, c, max_iterations)
            options = spec_args(width, c, max_iterations)
            python_file = os.path.join(tmp, "python.txt")
            problem = run([sys.executable, args.twin, *options, "--time-only", "--counts", python_file])
            if problem:
                failures.append(f"{name}: julia.py failed, {problem}")
                continue
            expected = read_counts(python_file)
            for variant, threads in runs:
                label = f"variant {variant}, {threads} thread{'s' if threads > 1 else ''}"
                cpp_file = os.path.join(tmp, "cpp.txt")
                problem = run([args.julia, *options, "--variant", variant,
                               "--threads", str(threads), "--no-python", "--counts", cpp_file])
                if problem:
                    failures.append(f"{name}, {label}: julia failed, {problem}")
                    continue
                difference = first_difference(expected, read_counts(cpp_file))
                if difference:
                    failures.append(f"{name}, {label}: {difference}")
                else:
                    pixels += sum(len(row) for row in expected)

    for failure in failures:
        print(f"MISMATCH {failure}")
    checks = len(specs) * len(runs)
    names = ", ".join(f"{variant}/{threads}" for variant, threads in runs)
    print(f"{checks - len(failures)} of {checks} C++ runs agree with julia.py "
          f"({len(specs)} specs x {len(runs)} variant/threads: {names}; "
          f"{pixels:,} pixels compared)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
