"""`workbook reset <id> [--yes]`: put an exercise's file back as shipped, from its frozen baseline,
keeping the learner's version as <file>.bak."""
from __future__ import annotations

import argparse
import shutil
import sys

from .manifest import find_exercise, load_manifest
from .paths import ROOT
from .ui import fail
from .verify_shipped import frozen_body


def shipped_text(baseline) -> bytes:
    """The learner file as shipped: the frozen copy below its banner, with `STEP(` marks back to `TODO(`."""
    return frozen_body(baseline).replace(b"STEP(", b"TODO(")


def cmd_reset(args: argparse.Namespace) -> int:
    manifest = load_manifest()
    ex = find_exercise(manifest, args.id)
    if ex is None:
        fail(f"no exercise '{args.id}'; ./workbook lists them")
    if not ex.learner:
        fail(f"{ex.id} is a tour: there is no file to reset")
    learner = ROOT / ex.learner
    shipped = shipped_text(ROOT / ex.baseline)
    if learner.exists() and learner.read_bytes() == shipped:
        print(f"{ex.learner} is already as shipped: nothing to do")
        return 0
    backup = learner.with_name(learner.name + ".bak")
    if not args.yes:
        if not sys.stdin.isatty():
            fail("reset replaces your file: run it on a terminal to confirm, or add --yes")
        answer = input(f"Replace {ex.learner} by the shipped version (yours goes to {backup.name})? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing changed")
            return 1
    if learner.exists():
        shutil.copy2(learner, backup)
    learner.write_bytes(shipped)
    print(f"{ex.learner} is as shipped again; your version is in {backup.relative_to(ROOT)}")
    return 0
