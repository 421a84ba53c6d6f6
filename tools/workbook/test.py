"""`workbook test [--asan | --all]`: the full suite, as CI runs it (cmake --workflow --preset ci);
--asan the AddressSanitizer+UBSan build instead; --all the ci, asan and clang workflows one after
another (what a release must pass)."""
from __future__ import annotations

import argparse
import subprocess
import time

from .paths import ROOT


def run_workflow(preset: str) -> int:
    print(f"workbook: the full suite: cmake --workflow --preset {preset}", flush=True)
    return subprocess.run(["cmake", "--workflow", "--preset", preset], cwd=ROOT).returncode


def cmd_test(args: argparse.Namespace) -> int:
    if not getattr(args, "all", False):
        return run_workflow("asan" if args.asan else "ci")
    results = []
    for preset in ("ci", "asan", "clang"):
        start = time.monotonic()
        code = run_workflow(preset)
        results.append((preset, code, time.monotonic() - start))
    print("\nworkbook test --all:")
    for preset, code, seconds in results:
        print(f"  {preset:<6} {'passed' if code == 0 else f'FAILED (exit {code})'}  ({seconds / 60:.1f} min)")
    return 0 if all(code == 0 for _, code, _ in results) else 1
