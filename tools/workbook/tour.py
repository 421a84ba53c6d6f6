"""`workbook tour <id>`: run a tour's commands (tools, scripts) and mark it explored."""
from __future__ import annotations

import argparse
import subprocess
import time

from .build import build, configure
from .manifest import find_exercise, load_manifest
from .paths import ROOT
from .progress import load_progress, save_progress
from .ui import colour, fail


def cmd_tour(args: argparse.Namespace) -> int:
    configure()
    manifest = load_manifest()
    ex = find_exercise(manifest, args.id)
    if ex.kind != "tour":
        fail(f"{ex.id} is a {ex.kind} exercise, not a tour: use ./workbook check {ex.id}")
    build([ex.chapter])
    print(f"{colour(ex.id + ' ' + ex.name, '1')}: {ex.title}")
    for command in ex.commands:
        print(colour(f"\n$ {command}", "1"), flush=True)
        code = subprocess.run(command, shell=True, cwd=ROOT).returncode
        if code != 0:
            fail(f"'{command}' failed with exit code {code}", 1)
    progress = load_progress()
    progress[ex.id] = {"verdict": "explored", "when": time.strftime("%F %T"), "summary": "explored"}
    save_progress(progress)
    print(f"\nNow answer the questions of {ex.id} in exercises.md (answers in the <details> blocks).")
    return 0
