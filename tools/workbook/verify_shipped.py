"""`workbook verify-shipped --build-dir <dir>` (for the test suite; hidden from --help): each
untouched learner file must equal its frozen baseline (manifest "baseline", in the exercise's .meta/
folder) below the baseline's `// FROZEN:` banner line, with the learner's `TODO(` marks written as
`STEP(` there (so a search for a TODO finds only the file to edit)."""
from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

from .manifest import exercises, load_manifest
from .paths import ROOT


def frozen_body(baseline: Path) -> bytes:
    """A frozen baseline's text without its first line, the `// FROZEN: ...` banner."""
    text = baseline.read_bytes()
    if not text.startswith(b"// FROZEN:"):
        return text  # no banner: compared whole, and reported if different
    return text.split(b"\n", 1)[1] if b"\n" in text else b""


def frozen_form(learner: bytes) -> bytes:
    """The learner file as its frozen copy spells it: every `TODO(` mark becomes `STEP(`."""
    return learner.replace(b"TODO(", b"STEP(")


def cmd_verify_shipped(args: argparse.Namespace) -> int:
    """Checks each untouched learner file equals its frozen baseline below the baseline's
    `// FROZEN:` banner line (a test of the workbook)."""
    manifest = load_manifest(Path(args.build_dir))
    problems = 0
    for ex in exercises(manifest):
        if not ex.learner:
            continue  # a tour: nothing is edited
        touched = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", ex.learner], cwd=ROOT).returncode
        if touched == 128:
            print("not a git checkout: nothing to compare")
            return 77
        if touched != 0:
            print(f"{ex.id}: {ex.learner} has local edits; skipped")
            continue
        if frozen_form((ROOT / ex.learner).read_bytes()) != frozen_body(ROOT / ex.baseline):
            print(f"{ex.id}: {ex.learner} as shipped differs from its frozen start {ex.baseline}")
            problems += 1
        else:
            print(f"{ex.id}: {ex.learner} as shipped equals {ex.baseline}")
    return 1 if problems else 0
