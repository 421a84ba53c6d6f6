"""`workbook watch <id>`: rebuild and rerun an exercise's tests whenever its file is saved
(polling, so it works in containers and on network file systems); Ctrl-C stops."""
from __future__ import annotations

import argparse
import re
import subprocess
import time

from .build import configure, learner_test_args
from .manifest import find_exercise, load_manifest
from .paths import PRESET, ROOT
from .ui import colour, fail

POLL_SECONDS = 0.5


def first_failure(output: str) -> str:
    """The first failing check of doctest's output (file:line, the check and its values), or the
    last lines of the output when there is none (a build error, a crash)."""
    lines = output.splitlines()
    for i, line in enumerate(lines):
        if re.search(r"\bERROR: (CHECK|REQUIRE|TEST CASE)|: ERROR:", line):
            start = max(0, i - 2)
            return "\n".join(lines[start:i + 4])
    return "\n".join(lines[-15:])


def run_once(ex) -> bool:
    proc = subprocess.run(["ctest", "--preset", PRESET, *learner_test_args(ex), "--output-on-failure"],
                          cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    stamp = time.strftime("%H:%M:%S")
    if proc.returncode == 0:
        print(colour(f"[{stamp}] {ex.id}: tests pass", "32"), flush=True)
        return True
    print(colour(f"[{stamp}] {ex.id}: tests fail", "31"))
    print(first_failure(proc.stdout))
    print(f"(./workbook hint {ex.id} for a hint; waiting for the next save of {ex.learner})", flush=True)
    return False


def cmd_watch(args: argparse.Namespace) -> int:
    configure()
    ex = find_exercise(load_manifest(), args.id)
    if not ex.learner:
        fail(f"{ex.id} is a tour: there is no file to watch")
    path = ROOT / ex.learner
    print(f"watching {ex.learner} (Ctrl-C to stop)", flush=True)
    try:
        last = path.stat().st_mtime_ns
        run_once(ex)
        while True:
            time.sleep(POLL_SECONDS)
            try:
                now = path.stat().st_mtime_ns
            except FileNotFoundError:
                continue  # an editor replacing the file: it comes back
            if now != last:
                last = now
                run_once(ex)
    except KeyboardInterrupt:
        print("\nstopped watching")
        return 0
