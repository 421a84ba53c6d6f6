"""`workbook` / `workbook board`: build, run the learner tests and print every exercise's state and
the next step."""
from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from pathlib import Path

from .bench import benchmark_filter, collect, judge, ratio_of
from .build import build, learner_test_results
from .manifest import Exercise, exercises, load_manifest
from .paths import PRESET, ROOT
from .progress import current_hash, is_current, last_check_line, load_progress
from .ui import fail, colour

STATE_COLOUR = {"todo": "33", "tests pass": "36", "target met": "32", "explored": "32", "unknown": "31"}


def exercise_state(ex: Exercise, tests_pass: bool | None, record: dict, learner_hash: str) -> tuple[str, str]:
    """Returns (state, next step) for the board. record is the exercise's progress record ({} if
    none); learner_hash the current hash of its learner file (a verdict counts only for it)."""
    if ex.kind == "tour":
        if ex.test_name and tests_pass is False:
            return "todo", f"its facts no longer hold: {ex.test_command}"
        if record.get("verdict") == "explored":
            return "explored", ""
        return "todo", f"run ./workbook tour {ex.id}, then answer the questions in exercises.md"
    if tests_pass is None:
        return "unknown", f"run its tests (they build first): {ex.test_command}"
    if not tests_pass:
        if ex.kind == "stub":
            return "todo", f"implement the TODO(s) in {ex.learner}; {ex.test_command}"
        if ex.kind == "fix":
            return "todo", f"fix the defects in {ex.learner}; {ex.test_command}"
        return "todo", f"the tests fail: fix {ex.learner} ({ex.test_command})"
    if not ex.targets:
        return "tests pass", ""
    if is_current(record, learner_hash) and record.get("verdict") == "met":
        return "target met", ""
    if is_current(record, learner_hash) and record.get("verdict") == "inconclusive":
        return "tests pass", f"the last check was inconclusive: run ./workbook check {ex.id} again"
    return "tests pass", f"speed it up: edit {ex.learner}, then ./workbook check {ex.id}"


def snapshot_wanted(ex: Exercise) -> list[str]:
    """The benchmarks of a metric snapshot: the baseline, each target's, and a relative target's
    solution (its threshold needs it)."""
    wanted = [ex.baseline_bench] + [t.bench for t in ex.targets]
    wanted += [t.solution_bench for t in ex.targets if t.relative]
    return list(dict.fromkeys(wanted))


def metric_snapshot(ex: Exercise) -> str:
    """Measures an exact (non-time) metric of the baseline and the learner's code, e.g. peak heap
    bytes from the counting allocator: deterministic, so one quick run is enough for the board."""
    wanted = snapshot_wanted(ex)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.json"
        proc = subprocess.run([str(ex.bench_exe), f"--benchmark_filter={benchmark_filter(wanted)}",
                               "--benchmark_min_time=0.001",
                               f"--benchmark_out={out}", "--benchmark_out_format=json"],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if proc.returncode != 0 or not out.exists():
            return f"{ex.metric}: the benchmark did not run"
        samples = collect(json.loads(out.read_text()), wanted, ex.metric)
    base = samples[ex.baseline_bench]
    parts = []
    for target in ex.targets:
        mine = samples[target.bench]
        if not (base.values and mine.values):
            continue
        j = judge(target, samples, ex.baseline_bench)
        if not target.relative:
            goal = target.describe()
        elif j.solution_ratio is None:
            goal = f"{target.describe()}; the solution did not run"
        else:
            goal = f"{target.describe()}'s {j.solution_ratio:.1f}x = {j.threshold:.1f}x"
        parts.append(f"yours {mine.median:,.0f} vs baseline {base.median:,.0f} "
                     f"({ratio_of(base.median, mine.median):.1f}x lower; target {goal})")
    return f"{ex.metric}: " + ("; ".join(parts) if parts else "not measured")


CHAPTER_TITLES = {
    "ch01": "Chapter 1: understanding performant code",
    "ch02": "Chapter 2: profiling",
    "ch03": "Chapter 3: lists and tuples",
    "ch04": "Chapter 4: dictionaries and sets",
    "ch05": "Chapter 5: iterators and generators",
}


def is_done(ex: Exercise, state: str) -> bool:
    return state in ("target met", "explored") or (state == "tests pass" and not ex.targets)


def cmd_board(_args: argparse.Namespace) -> int:
    build()
    manifest = load_manifest()
    results = learner_test_results()
    progress = load_progress()
    rows = []
    next_step = None
    for ex in exercises(manifest):
        learner_hash = current_hash(ex.learner) if ex.learner else ""
        record = progress.get(ex.id, {})
        state, step = exercise_state(ex, results.get(ex.test_name), record, learner_hash)
        rows.append((ex, state, record, learner_hash))
        if step and next_step is None:
            next_step = (ex, step)
    chapter = getattr(_args, "chapter", None)
    if chapter and not any(ex.id.startswith(chapter + ".") for ex, *_ in rows):
        fail(f"no chapter '{chapter}': use ch01 to ch05")
    print()
    print(colour("High Performance Python in C++: progress", "1") + f"   (build/{PRESET})")
    print(f"{'id':<8} {'title':<58} {'kind':<5} state")
    current = None
    for ex, state, record, learner_hash in rows:
        this_chapter = ex.id.split(".")[0]
        if chapter and this_chapter != chapter:
            continue
        if this_chapter != current:
            current = this_chapter
            mine = [(e, st) for e, st, _, _ in rows if e.id.startswith(this_chapter + ".")]
            done_here = sum(1 for e, st in mine if is_done(e, st))
            print(colour(f"{CHAPTER_TITLES.get(this_chapter, this_chapter)}: {done_here} of {len(mine)} done", "1"))
        mark = "done" if is_done(ex, state) else ""
        title = ex.title if len(ex.title) <= 58 else ex.title[:55] + "..."
        print(f"{ex.id:<8} {title:<58} {ex.kind:<5} {colour(state, STATE_COLOUR.get(state, '0'))}"
              f"{'  (' + mark + ')' if mark else ''}")
        if ex.kind != "tour" and ex.metric != "real_time" and state != "todo":
            print(f"{'':<8} {metric_snapshot(ex)}")
        elif ex.targets and (line := last_check_line(record, ex.learner, learner_hash)):
            print(f"{'':<8} {line}")
    done_count = sum(1 for ex, state, _, _ in rows if is_done(ex, state))
    print(f"\n{done_count} of {len(rows)} exercises done.")
    if next_step:
        ex, step = next_step
        print(f"Next: {ex.id} {ex.name}: {step}")
        print(f"      (./workbook hint {ex.id} for a hint; exercises.md has the full text)")
    else:
        print("Every exercise is done. Compare with the solutions: ./workbook diff <id>")
    return 0
