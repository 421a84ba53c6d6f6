"""`workbook stress <what> [args]`: build and run a long randomised model test."""
from __future__ import annotations

import argparse
import os
import sys

from .build import build, configure
from .paths import BUILD
from .ui import fail

# What can be stressed: the program that does it, and what it compares.
STRESS = {
    "dict": ("dict_stress", "wb::pydict::Dict against std::unordered_map, 10,000,000 operations (--ops N)"),
}


def cmd_stress(args: argparse.Namespace) -> int:
    if args.what not in STRESS:
        listing = "\n".join(f"  {name:<8} {text}" for name, (_, text) in sorted(STRESS.items()))
        fail(f"nothing to stress called '{args.what}'. Choose one of:\n{listing}")
    program, _ = STRESS[args.what]
    configure()
    build([program])
    exe = BUILD / "bin" / program
    sys.stdout.flush()
    os.execv(exe, [str(exe), *args.args])
