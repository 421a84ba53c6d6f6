"""`workbook run <program> [args]`: build and run a chapter program."""
from __future__ import annotations

import argparse
import os
import sys

from .build import build, configure
from .manifest import load_manifest
from .paths import BUILD
from .ui import fail


def cmd_run(args: argparse.Namespace) -> int:
    configure()
    manifest = load_manifest()
    programs = {p["name"]: p for p in manifest.get("programs", [])}
    if args.program not in programs:
        listing = "\n".join(f"  {name:<16} {p['description']}" for name, p in sorted(programs.items()))
        fail(f"no program '{args.program}'. Programs:\n{listing}")
    build([args.program])
    exe = BUILD / "bin" / args.program
    sys.stdout.flush()
    os.execv(exe, [str(exe), *args.args])
