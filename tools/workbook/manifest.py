"""The manifest written by CMake (cmake/Workbook.cmake): every exercise and program of the build.

build/<preset>/workbook_manifest.json holds {"solutions": bool, "exercises": [...], "programs": [...]};
an exercise entry names its folder ("dir"), its files (learner, baseline in .meta/, solution, api,
hint), its test label ("test_label", e.g. ch02.1: `ctest --preset dev -L ch02.1` runs its tests after
rebuilding) and its benchmark targets.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from .paths import BUILD, PRESET
from .ui import fail

KINDS = ("stub", "slow", "fix", "tour")


@dataclass(frozen=True)
class Target:
    """A speed (or memory) target, judged on one benchmark run. Either a fixed ratio,
    baseline / exercise >= min_ratio, or a share of what the solution reaches in the same run,
    baseline / exercise >= solution_fraction * (baseline / solution)."""
    bench: str
    min_ratio: float | None = None
    solution_bench: str = ""
    solution_fraction: float | None = None

    @property
    def relative(self) -> bool:
        """True for a target set as a fraction of the solution's ratio."""
        return bool(self.solution_bench)

    def describe(self) -> str:
        """The target as the learner reads it: "20x" or "0.8 x solution"."""
        if self.relative:
            return f"{self.solution_fraction:g} x solution"
        return f"{self.min_ratio:g}x"

    @classmethod
    def from_json(cls, entry: dict) -> Target:
        """Reads {"bench", "min_ratio"} or {"bench", "solution_bench", "solution_fraction"};
        raises ValueError naming the problem."""
        bench = entry.get("bench") if isinstance(entry, dict) else None
        if not isinstance(bench, str) or not bench:
            raise ValueError(f"a target needs a benchmark name ('bench'): {entry!r}")
        relative = "solution_bench" in entry or "solution_fraction" in entry
        if relative and "min_ratio" in entry:
            raise ValueError(f"target {bench}: either min_ratio or solution_bench/solution_fraction, not both")
        if relative:
            solution = entry.get("solution_bench")
            if not isinstance(solution, str) or not solution:
                raise ValueError(f"target {bench}: solution_fraction needs solution_bench")
            return cls(bench, solution_bench=solution,
                       solution_fraction=_positive(entry.get("solution_fraction"), bench, "solution_fraction"))
        if "min_ratio" not in entry:
            raise ValueError(f"target {bench}: needs min_ratio, or solution_bench and solution_fraction")
        return cls(bench, min_ratio=_positive(entry["min_ratio"], bench, "min_ratio"))


def _positive(value: object, bench: str, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise ValueError(f"target {bench}: {key} must be a number > 0, not {value!r}")
    return float(value)


@dataclass
class Exercise:
    """One manifest entry: a stub, slow or fix exercise, or a tour (tools to run, nothing to
    implement). Paths are relative to the repository root."""
    id: str
    name: str
    chapter: str
    title: str
    kind: str
    hint: str
    dir: str = ""            # the exercise folder, e.g. chapters/ch02_profiling/01_julia
    test_label: str = ""     # e.g. ch02.1: `ctest --preset dev -L ch02.1` builds and runs its tests
    test_name: str = ""
    test_target: str = ""
    learner: str = ""        # the file the learner edits
    baseline: str = ""       # its frozen start, e.g. <dir>/.meta/julia_baseline.cpp
    solution: str = ""       # e.g. solutions/ch02_profiling/01_julia/julia.cpp
    interface: str = ""      # <dir>/<name>.hpp
    api: str = ""            # <dir>/<name>_api.hpp: the plain declarations
    bench_target: str = ""
    baseline_bench: str = ""
    metric: str = "real_time"
    targets: list[Target] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)

    @property
    def bench_exe(self) -> Path:
        return BUILD / "bin" / self.bench_target

    @property
    def test_command(self) -> str:
        """The one command that (re)builds and runs this exercise's tests, as the learner types it."""
        if self.test_label:
            return f"ctest --preset {PRESET} -L {self.test_label}"
        return f"ctest --preset {PRESET} -R '^{self.test_name}$'"  # a manifest without test labels


def parse_exercise(entry: dict) -> Exercise:
    """One manifest entry as an Exercise (unknown keys are ignored); raises ValueError naming
    the entry when a required key is missing or a target is malformed."""
    fields = Exercise.__dataclass_fields__
    values = {k: v for k, v in entry.items() if k in fields}
    ident = entry.get("id", "?")
    missing = [k for k in ("id", "name", "chapter", "title", "kind", "hint") if k not in values]
    if missing:
        raise ValueError(f"manifest entry {ident}: missing {', '.join(missing)}")
    try:
        values["targets"] = [Target.from_json(t) for t in entry.get("targets", [])]
    except ValueError as error:
        raise ValueError(f"manifest entry {ident}: {error}") from None
    return Exercise(**values)


def load_manifest(build_dir: Path = BUILD) -> dict:
    path = build_dir / "workbook_manifest.json"
    if not path.exists():
        fail(f"{path} is missing: configure first (cmake --preset {PRESET})")
    return json.loads(path.read_text())


def exercise_order(ident: str) -> tuple[int, ...]:
    """Sort key: ch02.10 after ch02.9."""
    return tuple(int(part) for part in re.findall(r"\d+", ident))


def exercises(manifest: dict) -> list[Exercise]:
    """The manifest's exercises and tours in id order; stops with a message on a malformed entry."""
    try:
        found = [parse_exercise(e) for e in manifest["exercises"]]
    except (ValueError, TypeError) as error:
        fail(f"the manifest is not what this workbook.py expects ({error}): reconfigure (cmake --preset {PRESET})", 1)
    return sorted(found, key=lambda e: exercise_order(e.id))


def find_exercise(manifest: dict, ident: str) -> Exercise:
    """The exercise named by id (ch02.1), name (julia) or chapter.name (ch02.julia)."""
    for ex in exercises(manifest):
        if ident in (ex.id, ex.name, f"{ex.chapter}.{ex.name}"):
            return ex
    known = ", ".join(f"{e.id} ({e.name})" for e in exercises(manifest))
    fail(f"no exercise '{ident}'; known: {known}")
