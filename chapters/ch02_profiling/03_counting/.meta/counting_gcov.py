#!/usr/bin/env python3
"""Checks gcov's line counts of the naive Julia port against the book's line_profiler hits.

    python3 counting_gcov.py --exe bin/ch02_counting_gcov --objects OBJ1,OBJ2,... \
        --source chapters/ch02_profiling/julia_baseline.cpp --gcov /usr/bin/gcov-12 --compiler-major 12

The executable and its objects were compiled with --coverage -O0. This script deletes the old
.gcda files next to the objects (so only this run counts), runs the executable (the book's
1000 x 1000 grid, 300 iterations), runs gcov on the object of the source file and checks the
execution count of two lines, found by their text (not their number):

    while (std::abs(z) < 2 && n < maxiter) {     34,219,980  (the book's hits on the while line)
    z = z * z + c;                               33,219,980  (hits on the update)

Exit codes: 0 both counts match, 1 a mismatch or a failure, 77 skipped (no gcov, or a compiler
whose coverage files gcov cannot read).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

SKIP = 77
EXPECTED = [
    # (what, a regular expression for the line's text, the expected count)
    ("the while test", re.compile(r"^\s*while \(std::abs\(z\) < 2 && n < maxiter\) \{\s*$"), 34_219_980),
    ("the update", re.compile(r"^\s*z = z \* z \+ c;\s*$"), 33_219_980),
]


def skip(reason):
    """Print why the check cannot run here and exit with ctest's skip code."""
    print(f"SKIPPED: {reason}")
    sys.exit(SKIP)


def fail(reason):
    """Print the problem and exit 1."""
    print(f"FAILED: {reason}")
    sys.exit(1)


def gcov_major(gcov):
    """Return the major version gcov reports, or None if it cannot be read."""
    try:
        out = subprocess.run([gcov, "--version"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    match = re.search(r"(\d+)\.\d+(\.\d+)?\s*$", out.splitlines()[0] if out else "")
    return int(match.group(1)) if match else None


def source_section(report, source):
    """Return {line number: (count or None, text)} for source's part of gcov's --stdout report."""
    wanted = os.path.realpath(source)
    lines = {}
    inside = False
    for row in report.splitlines():
        parts = row.split(":", 2)
        if len(parts) < 3:
            continue
        count, number, text = parts[0].strip(), parts[1].strip(), parts[2]
        if number == "0" and text.startswith("Source:"):
            inside = os.path.realpath(text[len("Source:"):]) == wanted
            continue
        if not inside or not number.isdigit():
            continue
        # "-" is a line without code, "#####" a line that never ran; a trailing "*" marks a line
        # with a block that never ran.
        count = count.rstrip("*")
        if count == "-":
            value = None
        elif count in ("#####", "====="):
            value = 0
        else:
            value = int(count)
        lines[int(number)] = (value, text)
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", help="the program compiled with --coverage")
    parser.add_argument("--objects", default="", help="its object files, separated by commas")
    parser.add_argument("--source", help="the source file whose lines are checked")
    parser.add_argument("--gcov", default="", help="the gcov matching the compiler")
    parser.add_argument("--compiler-major", type=int, default=0, help="the compiler's major version")
    parser.add_argument("--skip", default="", help="skip with this reason (e.g. not GCC)")
    args = parser.parse_args()

    if args.skip:
        skip(args.skip)
    if not args.gcov or not os.access(args.gcov, os.X_OK):
        skip("gcov was not found (apt-get install gcc, which provides it)")
    major = gcov_major(args.gcov)
    if args.compiler_major and major != args.compiler_major:
        skip(f"{args.gcov} is version {major}, the compiler is GCC {args.compiler_major}: "
             "their coverage formats differ")

    objects = [o for o in args.objects.split(",") if o]
    base = os.path.basename(args.source)
    matches = [o for o in objects if os.path.basename(o) in (base + ".o", base + ".obj")]
    if len(matches) != 1:
        fail(f"expected one object for {base} among {objects}")
    gcda = os.path.splitext(matches[0])[0] + ".gcda"

    # Only this run's counts: remove every .gcda left next to the objects by earlier runs.
    for folder in {os.path.dirname(o) for o in objects}:
        for root, _, files in os.walk(folder):
            for name in files:
                if name.endswith(".gcda"):
                    os.remove(os.path.join(root, name))

    print(f"$ {args.exe}", flush=True)
    run = subprocess.run([args.exe])
    if run.returncode != 0:
        fail(f"{args.exe} exited with code {run.returncode}")
    if not os.path.exists(gcda):
        fail(f"the run wrote no {gcda}: was it compiled with --coverage?")

    with tempfile.TemporaryDirectory() as tmp:  # gcov may write files into its working directory
        print(f"$ {args.gcov} --stdout {gcda}", flush=True)
        gcov = subprocess.run([args.gcov, "--stdout", gcda], cwd=tmp, capture_output=True, text=True)
    if gcov.returncode != 0:
        fail(f"gcov failed ({gcov.returncode}): {gcov.stderr.strip()}")
    lines = source_section(gcov.stdout, args.source)
    if not lines:
        fail(f"gcov's report has no section for {args.source}")

    problems = 0
    for what, pattern, expected in EXPECTED:
        found = [(n, count) for n, (count, text) in sorted(lines.items()) if pattern.match(text)]
        if len(found) != 1:
            print(f"{what}: expected exactly one line matching {pattern.pattern!r}, found {len(found)}")
            problems += 1
            continue
        number, count = found[0]
        status = "ok" if count == expected else "MISMATCH"
        shown = "no code" if count is None else f"{count:,}"
        print(f"{status:>8}  line {number:>3} ({what}): ran {shown} times, expected {expected:,}")
        if count != expected:
            problems += 1
    if problems:
        fail(f"{problems} line count(s) differ from the book's line_profiler hits")
    print("gcov's line counts match the book's line_profiler hits.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
