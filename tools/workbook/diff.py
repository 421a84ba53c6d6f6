"""`workbook diff <id>`: the learner's file against the reference solution."""
from __future__ import annotations

import argparse
import shutil
import subprocess

from .build import configure
from .manifest import find_exercise, load_manifest
from .paths import ROOT
from .ui import TTY, fail


def cmd_diff(args: argparse.Namespace) -> int:
    configure()
    manifest = load_manifest()
    ex = find_exercise(manifest, args.id)
    if not ex.solution:
        fail(f"{ex.id} is a tour: there is no file to compare (./workbook tour {ex.id})")
    print(f"{ex.id} {ex.name}: your file ({ex.learner}) against the solution ({ex.solution})")
    if shutil.which("git"):
        cmd = ["git", "--no-pager", "diff", "--no-index", f"--color={'always' if TTY else 'never'}",
               "--", ex.learner, ex.solution]
    else:
        cmd = ["diff", "-u", ex.learner, ex.solution]
    code = subprocess.run(cmd, cwd=ROOT).returncode
    if code == 0:
        print("(identical)")
    return 0 if code in (0, 1) else code
