"""`workbook test [--asan]`: the full suite, as CI runs it (cmake --workflow --preset ci)."""
from __future__ import annotations

import argparse
import subprocess

from .paths import ROOT


def cmd_test(args: argparse.Namespace) -> int:
    preset = "asan" if args.asan else "ci"
    print(f"workbook: the full suite: cmake --workflow --preset {preset}", flush=True)
    return subprocess.run(["cmake", "--workflow", "--preset", preset], cwd=ROOT).returncode
