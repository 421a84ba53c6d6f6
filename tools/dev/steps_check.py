#!/usr/bin/env python3
"""Developers' check that an exercise's steps pass one by one.

For each k = 0..N it builds the learner's file as a learner would have it after step k: the
solution's definitions for steps 1..k, the shipped stubs for the later steps (a definition belongs
to the steps whose `TODO(<id>) k` markers sit in it or in the comment just above it). Then it runs
the exercise's test binary once per step j and expects the cases named "step j: ..." to pass for
j <= k and to fail for j > k. The learner's file is restored afterwards, whatever happens.

    tools/dev/steps_check.py ch02.2 [--build build/dev]

Exit 0 when every step behaves; 1 otherwise (the table says where).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SKIP = re.compile(r"^(//|#|namespace\b|}|using\b|static_assert\b|$)")


def definitions(lines: list[str]) -> list[tuple[str, int, int]]:
    """Top-level definitions as (name, first line, last line), 0-based and inclusive. A definition
    starts at column 0 (with a `template <...>` line above it when there is one) and ends where
    its braces balance again. An operator's name is `operator==` etc., so that a stub and its
    solution whose parameters are spelt differently still match."""
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if SKIP.match(line) or line.startswith(" ") or "(" not in line and not line.startswith("template"):
            i += 1
            continue
        start = i
        if line.startswith("template"):
            i += 1
        sig = lines[i]
        names = [m.group(1) for m in re.finditer(
            r"(?:^|(?<=[\s*&]))(operator\s*[^\s\w(][^\s(]*|[A-Za-z_~][\w:~]*)\s*\(", sig)]
        name = names[0] if names else sig.strip()
        j, depth, opened = i, 0, False
        while j < len(lines):
            code = re.sub(r'"(\\.|[^"\\])*"|\'(\\.|[^\'\\])*\'', '""', lines[j].split("//")[0])
            depth += code.count("{") - code.count("}")
            opened = opened or "{" in code
            if (opened and depth <= 0) or (not opened and code.rstrip().endswith(";")):
                break
            j += 1
        out.append((name, start, j))
        i = j + 1
    return out


def steps_of(lines: list[str], defs, exercise_id: str) -> dict[str, set[int]]:
    marker = re.compile(r"TODO\(" + re.escape(exercise_id) + r"\)\s*(\d+)")
    owned, prev_end = {}, -1
    for name, start, end in defs:
        steps = {int(m.group(1)) for k in range(prev_end + 1, end + 1) for m in marker.finditer(lines[k])}
        owned.setdefault(name, set()).update(steps)
        prev_end = end
    return owned


def file_after(solution: list[str], learner: list[str], exercise_id: str, k: int) -> tuple[str, dict]:
    ldefs, sdefs = definitions(learner), definitions(solution)
    owned = steps_of(learner, ldefs, exercise_id)
    stub = {name: learner[s:e + 1] for name, s, e in ldefs}
    out, pos = [], 0
    for name, s, e in sdefs:
        out += solution[pos:s]
        steps = owned.get(name, set())
        out += stub[name] if steps and min(steps) > k else solution[s:e + 1]
        pos = e + 1
    out += solution[pos:]
    return "\n".join(out) + "\n", owned


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, **kw)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("id")
    ap.add_argument("--build", default="build/dev")
    args = ap.parse_args()
    manifest = json.loads((ROOT / args.build / "workbook_manifest.json").read_text())
    ex = next((e for e in manifest["exercises"] if e["id"] == args.id), None)
    if ex is None:
        print(f"steps_check: no exercise {args.id}", file=sys.stderr)
        return 2
    learner_path = ROOT / ex["learner"]
    shipped = learner_path.read_text()
    learner, solution = shipped.splitlines(), (ROOT / ex["solution"]).read_text().splitlines()
    _, owned = file_after(solution, learner, args.id, 0)
    n = max((max(s) for s in owned.values() if s), default=0)
    print(f"{args.id}: {n} steps; definitions by step: "
          + ", ".join(f"{k}={sorted(v)}" for k, v in owned.items() if v))
    binary = ROOT / args.build / "bin" / ex["test_target"]
    bad = 0
    try:
        for k in range(n + 1):
            text, _ = file_after(solution, learner, args.id, k)
            learner_path.write_text(text)
            b = run(["cmake", "--build", args.build, "--target", ex["test_target"]])
            if b.returncode != 0:
                print(f"after step {k}: BUILD FAILED\n{b.stdout[-3000:]}")
                bad += 1
                continue
            row = []
            for j in range(1, n + 1):
                r = run([str(binary), f"--test-case=step {j}:*"])
                ok = r.returncode == 0
                want = j <= k
                row.append(f"{j}:{'pass' if ok else 'fail'}{'' if ok == want else '!!'}")
                bad += ok != want
            print(f"after step {k}: " + " ".join(row))
    finally:
        learner_path.write_text(shipped)
        run(["cmake", "--build", args.build, "--target", ex["test_target"]])
    print("steps_check:", "OK" if bad == 0 else f"{bad} unexpected results (marked !!)")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
