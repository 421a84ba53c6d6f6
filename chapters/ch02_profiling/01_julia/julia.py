#!/usr/bin/env python3
"""Chapter 2's Julia set in plain CPython: the twin of the C++ program `julia`.

This is the workbook's own pure-Python rendering of the algorithm of High Performance Python,
chapter 2 (Examples 2-1 to 2-4): the axes are grown by adding a float step, the pixel
coordinates go into two lists built by append (zs varies, cs repeats the constant c), and each
pixel iterates z = z*z + c while abs(z) < 2 and n < maxiter. It is deliberately slow; the C++
program times it next to its own versions and julia_vs_python.py checks every pixel against it.

    python3 julia.py                         # the book's 1000 x 1000 image, 300 iterations
    python3 julia.py --width 50 --counts counts.txt
    python3 julia.py --time-only             # prints only the kernel's seconds

Standard library only.
"""
import argparse
import math
import sys
import time

# The square of the complex plane the book looks at, and its constant c.
REGION = (-1.8, 1.8, -1.8, 1.8)  # x1, x2, y1, y2
BOOK_C_REAL, BOOK_C_IMAG = -0.62772, -0.42193
BOOK_CHECKSUM = 33219980  # sum of all counts for width 1000 and 300 iterations


def build_axes(desired_width):
    """Return the lists of x and y coordinates, grown one float step at a time."""
    x1, x2, y1, y2 = REGION
    x_step = (x2 - x1) / desired_width
    y_step = (y1 - y2) / desired_width  # negative: the rows run from the top (y2) down
    x = []
    y = []
    ycoord = y2
    while ycoord > y1:
        y.append(ycoord)
        ycoord += y_step
    xcoord = x1
    while xcoord < x2:
        x.append(xcoord)
        xcoord += x_step
    return x, y


def build_inputs(x, y, c_real, c_imag):
    """Return the two per-pixel input lists, row by row: starting points zs and constants cs."""
    zs = []
    cs = []
    for ycoord in y:
        for xcoord in x:
            zs.append(complex(xcoord, ycoord))
            cs.append(complex(c_real, c_imag))  # the same c every time, as in the book
    return zs, cs


def escape_counts(maxiter, zs, cs):
    """Return, for each pixel, how many updates z = z*z + c ran before |z| reached 2 (or maxiter)."""
    output = [0] * len(zs)
    for i in range(len(zs)):
        n = 0
        z = zs[i]
        c = cs[i]
        while abs(z) < 2 and n < maxiter:
            z = z * z + c
            n += 1
        output[i] = n
    return output


def write_counts(path, output, row_length):
    """Write the counts to path: one image row per line, values separated by single spaces."""
    with open(path, "w", encoding="ascii") as out:
        for start in range(0, len(output), row_length):
            out.write(" ".join(str(n) for n in output[start:start + row_length]))
            out.write("\n")


def parse_args(argv):
    """Return the parsed command line (argparse exits with code 2 on bad input)."""
    parser = argparse.ArgumentParser(description="Julia set in pure Python (HPP chapter 2).")
    parser.add_argument("--width", type=int, default=1000, help="pixels per side (default 1000)")
    parser.add_argument("--max-iterations", type=int, default=300,
                        help="updates per pixel at most (default 300)")
    parser.add_argument("--c-real", type=float, default=BOOK_C_REAL, help="real part of c")
    parser.add_argument("--c-imag", type=float, default=BOOK_C_IMAG, help="imaginary part of c")
    parser.add_argument("--counts", metavar="FILE", help="write the per-pixel counts to FILE")
    parser.add_argument("--time-only", action="store_true",
                        help="print only the kernel's run time in seconds")
    args = parser.parse_args(argv)
    if args.width <= 0:
        parser.error(f"--width must be positive, got {args.width}")
    if args.max_iterations < 0:
        parser.error(f"--max-iterations must be >= 0, got {args.max_iterations}")
    if not (math.isfinite(args.c_real) and math.isfinite(args.c_imag)):
        parser.error(f"c must be finite, got {args.c_real} + {args.c_imag}i")
    return args


def main(argv):
    """Run the set-up and the timed kernel, then report as the book's program does."""
    args = parse_args(argv)
    x, y = build_axes(args.width)
    zs, cs = build_inputs(x, y, args.c_real, args.c_imag)
    if not args.time_only:
        print(f"Length of x: {len(x):,}")
        print(f"Total elements: {len(zs):,}")

    start = time.perf_counter()
    output = escape_counts(args.max_iterations, zs, cs)
    seconds = time.perf_counter() - start

    if args.counts:
        write_counts(args.counts, output, len(x))
    if args.time_only:
        print(f"{seconds:.6f}")
        return 0

    print(f"{escape_counts.__name__} took {seconds:.2f} seconds")
    total = sum(output)
    book_spec = (args.width == 1000 and args.max_iterations == 300
                 and (args.c_real, args.c_imag) == (BOOK_C_REAL, BOOK_C_IMAG))
    if not book_spec:
        print(f"sum(output) = {total} (the book's {BOOK_CHECKSUM} applies to its default run only)")
        return 0
    if total != BOOK_CHECKSUM:
        print(f"sum(output) = {total}: MISMATCH, the book's checksum is {BOOK_CHECKSUM}")
        return 1
    print(f"sum(output) = {total}: matches the book's checksum")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
