#!/usr/bin/env python3
"""The workbook CLI: progress board, full test suite, chapter programs, checks, diffs and hints.

Run through ./workbook (which installs the dependencies first). Progress is kept in the build
folder (build/<preset>/workbook_progress.json), never in tracked files.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRESET = os.environ.get("WB_PRESET", "dev")
BUILD = ROOT / "build" / PRESET
TTY = sys.stdout.isatty()

USAGE_ERROR = 2


def colour(text: str, code: str) -> str:
    return f"\033[{code}m{text}\033[0m" if TTY else text


def fail(message: str, code: int = USAGE_ERROR) -> "NoReturn":  # noqa: F821
    print(f"workbook: {message}", file=sys.stderr)
    sys.exit(code)


# --- building ----------------------------------------------------------------------------------

def run_quiet(cmd: list[str], what: str) -> None:
    """Runs cmd, showing its output only if it fails (then exits with its code)."""
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        print(proc.stdout[-20000:])
        fail(f"{what} failed: {' '.join(cmd)}", proc.returncode)


def configure() -> None:
    """Configures the preset's build folder once (CMake re-runs itself when CMakeLists change)."""
    if not (BUILD / "build.ninja").exists() or not (BUILD / "workbook_manifest.json").exists():
        print(f"workbook: configuring build/{PRESET} ...", flush=True)
        run_quiet(["cmake", "--preset", PRESET], "configure")


def build(targets: list[str] | None = None) -> None:
    configure()
    cmd = ["cmake", "--build", "--preset", PRESET]
    if targets:
        cmd += ["--target", *targets]
    print(f"workbook: building {' '.join(targets) if targets else 'everything'} ...", flush=True)
    run_quiet(cmd, "build")


# --- the manifest written by CMake (cmake/Workbook.cmake) ---------------------------------------

@dataclass
class Exercise:
    """One manifest entry: a stub or slow exercise, or a tour (tools to run, nothing to implement)."""
    id: str
    name: str
    chapter: str
    title: str
    kind: str
    hint: str
    test_name: str = ""
    test_target: str = ""
    learner: str = ""
    baseline: str = ""
    solution: str = ""
    bench_target: str = ""
    baseline_bench: str = ""
    metric: str = "real_time"
    targets: list = field(default_factory=list)
    commands: list = field(default_factory=list)

    @property
    def bench_exe(self) -> Path:
        return BUILD / "bin" / self.bench_target


def load_manifest(build_dir: Path = BUILD) -> dict:
    path = build_dir / "workbook_manifest.json"
    if not path.exists():
        fail(f"{path} is missing: configure first (cmake --preset {PRESET})")
    return json.loads(path.read_text())


def exercises(manifest: dict) -> list[Exercise]:
    fields = Exercise.__dataclass_fields__
    found = [Exercise(**{k: v for k, v in e.items() if k in fields}) for e in manifest["exercises"]]
    return sorted(found, key=lambda e: tuple(int(part) for part in re.findall(r"\d+", e.id)))


def find_exercise(manifest: dict, ident: str) -> Exercise:
    for ex in exercises(manifest):
        if ident in (ex.id, ex.name, f"{ex.chapter}.{ex.name}"):
            return ex
    known = ", ".join(f"{e.id} ({e.name})" for e in exercises(manifest))
    fail(f"no exercise '{ident}'; known: {known}")


# --- progress (in the build folder) -------------------------------------------------------------

def progress_path() -> Path:
    return BUILD / "workbook_progress.json"


def load_progress() -> dict:
    try:
        return json.loads(progress_path().read_text())
    except (OSError, ValueError):
        return {}


def save_progress(progress: dict) -> None:
    progress_path().write_text(json.dumps(progress, indent=2, sort_keys=True) + "\n")


def file_hash(relative: str) -> str:
    return hashlib.sha256((ROOT / relative).read_bytes()).hexdigest()


# --- tests --------------------------------------------------------------------------------------

def learner_test_results() -> dict[str, bool]:
    """Runs every learner test (label `test`) and returns test name -> passed."""
    with tempfile.TemporaryDirectory() as tmp:
        junit = Path(tmp) / "junit.xml"
        subprocess.run(["ctest", "--preset", PRESET, "-L", "^test$", "--output-junit", str(junit), "-Q"],
                       cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not junit.exists():
            return {}
        results = {}
        for case in ElementTree.parse(junit).getroot().iter("testcase"):
            status = case.get("status", "")
            results[case.get("name", "")] = status == "run" and case.find("failure") is None
        return results


def run_one_test(test_name: str) -> bool:
    proc = subprocess.run(["ctest", "--preset", PRESET, "-R", f"^{re.escape(test_name)}$"],
                          cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        print(proc.stdout[-8000:])
    return proc.returncode == 0


# --- board --------------------------------------------------------------------------------------

def exercise_state(ex: Exercise, tests_pass: bool | None, progress: dict) -> tuple[str, str]:
    """Returns (state, next step) for the board."""
    if ex.kind == "tour":
        if ex.test_name and tests_pass is False:
            return "todo", f"its facts no longer hold: ctest --preset {PRESET} -R '^{ex.test_name}$'"
        if progress.get(ex.id, {}).get("verdict") == "explored":
            return "explored", ""
        return "todo", f"run ./workbook tour {ex.id}, then answer the questions in exercises.md"
    if tests_pass is None:
        return "unknown", f"build it: cmake --build --preset {PRESET}"
    if not tests_pass:
        if ex.kind == "stub":
            return "todo", f"implement the TODO(s) in {ex.learner}; ctest --preset {PRESET} -R '^{ex.test_name}$'"
        return "todo", f"the tests fail: fix {ex.learner} (ctest --preset {PRESET} -R '^{ex.test_name}$')"
    if not ex.targets:
        return "tests pass", ""
    record = progress.get(ex.id, {})
    if record.get("hash") == file_hash(ex.learner) and record.get("verdict") == "met":
        return "target met", ""
    if record.get("hash") == file_hash(ex.learner) and record.get("verdict") == "inconclusive":
        return "tests pass", f"the last check was inconclusive: run ./workbook check {ex.id} again"
    return "tests pass", f"speed it up: edit {ex.learner}, then ./workbook check {ex.id}"


def metric_snapshot(ex: Exercise) -> str:
    """Measures an exact (non-time) metric of the baseline and the learner's code, e.g. peak heap
    bytes from the counting allocator: deterministic, so one quick run is enough for the board."""
    wanted = [ex.baseline_bench] + [t["bench"] for t in ex.targets]
    pattern = "^(" + "|".join(re.escape(w) for w in wanted) + ")(/|$)"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.json"
        proc = subprocess.run([str(ex.bench_exe), f"--benchmark_filter={pattern}", "--benchmark_min_time=0.001",
                               f"--benchmark_out={out}", "--benchmark_out_format=json"],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if proc.returncode != 0 or not out.exists():
            return f"{ex.metric}: the benchmark did not run"
        samples = collect(json.loads(out.read_text()), wanted, ex.metric)
    base = samples[ex.baseline_bench]
    parts = []
    for target in ex.targets:
        mine = samples[target["bench"]]
        if base.values and mine.values:
            parts.append(f"yours {mine.median:,.0f} vs baseline {base.median:,.0f} "
                         f"({ratio_of(base.median, mine.median):.1f}x lower; "
                         f"target {float(target['min_ratio']):g}x)")
    return f"{ex.metric}: " + ("; ".join(parts) if parts else "not measured")


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
        state, step = exercise_state(ex, results.get(ex.test_name), progress)
        rows.append((ex, state))
        if step and next_step is None:
            next_step = (ex, step)
    print()
    print(colour("High Performance Python in C++: progress", "1") + f"   (build/{PRESET})")
    print(f"{'id':<8} {'title':<58} {'kind':<5} state")
    state_colour = {"todo": "33", "tests pass": "36", "target met": "32", "explored": "32", "unknown": "31"}
    chapter = None
    for ex, state in rows:
        if ex.chapter != chapter:
            chapter = ex.chapter
        done = is_done(ex, state)
        mark = "done" if done else ""
        title = ex.title if len(ex.title) <= 58 else ex.title[:55] + "..."
        print(f"{ex.id:<8} {title:<58} {ex.kind:<5} {colour(state, state_colour.get(state, '0'))}"
              f"{'  (' + mark + ')' if mark else ''}")
        if ex.kind != "tour" and ex.metric != "real_time" and state != "todo":
            print(f"{'':<8} {metric_snapshot(ex)}")
        elif ex.targets and ex.id in progress and progress[ex.id].get("summary"):
            print(f"{'':<8} last check: {progress[ex.id]['summary']}")
    done_count = sum(1 for ex, s in rows if is_done(ex, s))
    print(f"\n{done_count} of {len(rows)} exercises done.")
    if next_step:
        ex, step = next_step
        print(f"Next: {ex.id} {ex.name}: {step}")
        print(f"      (./workbook hint {ex.id} for a hint; exercises.md has the full text)")
    else:
        print("Every exercise is done. Compare with the solutions: ./workbook diff <id>")
    return 0


# --- check --------------------------------------------------------------------------------------

def matches(run_name: str, wanted: str) -> bool:
    """True if run_name is the benchmark `wanted` (ignoring suffixes such as /real_time)."""
    return run_name == wanted or run_name.startswith(wanted + "/")


def solution_name(bench: str) -> str:
    return bench.replace("_Exercise", "_Solution", 1)


@dataclass
class Samples:
    values: list[float]
    error: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.values)


def collect(report: dict, names: list[str], metric: str) -> dict[str, Samples]:
    """Groups the per-repetition values of each wanted benchmark (times in ms)."""
    scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}
    found: dict[str, Samples] = {name: Samples([]) for name in names}
    for entry in report.get("benchmarks", []):
        if entry.get("run_type") != "iteration":
            continue
        for name in names:
            if not matches(entry.get("run_name", entry["name"]), name):
                continue
            if entry.get("error_occurred"):
                found[name].error = entry.get("error_message", "error")
            elif metric == "real_time":
                found[name].values.append(entry["real_time"] * scale[entry.get("time_unit", "ns")])
            elif metric in entry:
                found[name].values.append(float(entry[metric]))
    return found


def ratio_of(numerator: float, denominator: float) -> float:
    """numerator / denominator, infinite when the denominator is 0 (e.g. a set-up that allocates
    nothing at all)."""
    if denominator == 0:
        return math.inf if numerator > 0 else 1.0
    return numerator / denominator


def verdict(base: Samples, ex: Samples, minimum: float) -> tuple[str, float, float, float]:
    """Returns (met | not met | inconclusive, median ratio, lowest ratio, highest ratio)."""
    ratio = ratio_of(base.median, ex.median)
    low = ratio_of(min(base.values), max(ex.values))
    high = ratio_of(max(base.values), min(ex.values))
    if low >= minimum:
        return "met", ratio, low, high
    if high < minimum:
        return "not met", ratio, low, high
    return "inconclusive", ratio, low, high


def cmd_check(args: argparse.Namespace) -> int:
    configure()
    manifest = load_manifest()
    ex = find_exercise(manifest, args.id)
    if ex.kind == "tour":
        fail(f"{ex.id} is a tour, with nothing to measure: ./workbook tour {ex.id}")
    build([ex.test_target, ex.bench_target])
    print(f"\n{colour(ex.id + ' ' + ex.name, '1')}: {ex.title}")
    if not run_one_test(ex.test_name):
        print(colour(f"tests fail: fix {ex.learner} before measuring speed.", "31"))
        record = {"verdict": "tests fail", "hash": file_hash(ex.learner), "summary": "tests fail"}
        progress = load_progress()
        progress[ex.id] = record
        save_progress(progress)
        return 1
    print(f"tests pass ({ex.test_name})")
    if not ex.targets:
        print("This exercise has no speed target: passing its tests is the goal.")
        return 0

    wanted = [ex.baseline_bench] + [t["bench"] for t in ex.targets]
    if manifest.get("solutions"):
        wanted += [solution_name(t["bench"]) for t in ex.targets]
    wanted = list(dict.fromkeys(wanted))
    pattern = "^(" + "|".join(re.escape(w) for w in wanted) + ")(/|$)"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.json"
        cmd = [str(ex.bench_exe), f"--benchmark_filter={pattern}",
               f"--benchmark_repetitions={args.repetitions}",
               f"--benchmark_min_time={args.min_time}",
               "--benchmark_enable_random_interleaving=true",
               "--benchmark_display_aggregates_only=true",
               f"--benchmark_out={out}", "--benchmark_out_format=json"]
        print(f"measuring: {args.repetitions} repetitions, one run, interleaved ...", flush=True)
        quiet = None if args.verbose else subprocess.PIPE
        proc = subprocess.run(cmd, cwd=ROOT, stdout=quiet, stderr=quiet, text=True)
        if proc.returncode != 0 or not out.exists():
            if not args.verbose:
                print(proc.stdout[-8000:], proc.stderr[-8000:])
            fail(f"the benchmark failed: {' '.join(cmd)}", 1)
        report = json.loads(out.read_text())

    samples = collect(report, wanted, ex.metric)
    base = samples[ex.baseline_bench]
    unit = "ms" if ex.metric == "real_time" else ex.metric
    if base.error or not base.values:
        fail(f"baseline {ex.baseline_bench} did not run: {base.error or 'not found'}", 1)
    print(f"\nmedian of {args.repetitions} repetitions; ratio = baseline / yours (higher is better)")
    print(f"  {ex.baseline_bench:<36} {base.median:>10.3f} {unit}   the frozen starting code")
    verdicts = []
    summaries = []
    for target in ex.targets:
        name, minimum = target["bench"], float(target["min_ratio"])
        mine = samples[name]
        if mine.error or not mine.values:
            print(f"  {name:<36} {'-':>10}      did not run: {mine.error or 'not found'}")
            verdicts.append("not met")
            summaries.append(f"{name}: did not run")
            continue
        state, ratio, low, high = verdict(base, mine, minimum)
        verdicts.append(state)
        sol = samples.get(solution_name(name))
        sol_text = ""
        if sol and sol.values:
            sol_text = f"  (solution: {ratio_of(base.median, sol.median):.1f}x)"
        shown = {"met": colour("MET", "32"), "not met": colour("NOT MET", "31"),
                 "inconclusive": colour("INCONCLUSIVE", "33")}[state]
        print(f"  {name:<36} {mine.median:>10.3f} {unit}   {ratio:6.2f}x  (runs span {low:.2f}x-{high:.2f}x)"
              f"   target {minimum:g}x: {shown}{sol_text}")
        summaries.append(f"{name.removeprefix('BM_')} {ratio:.1f}x of {minimum:g}x")
    if all(v == "met" for v in verdicts):
        overall = "met"
    elif any(v == "not met" for v in verdicts):
        overall = "not met"
    else:
        overall = "inconclusive"
    message = {"met": "target met.", "not met": "target not met yet.",
               "inconclusive": "inconclusive: the repetitions straddle the target (a noisy machine?); "
                               "run the check again."}[overall]
    print(f"\nVerdict for {ex.id}: {message}")
    progress = load_progress()
    progress[ex.id] = {"verdict": overall, "hash": file_hash(ex.learner), "when": time.strftime("%F %T"),
                       "summary": f"{overall}: " + "; ".join(summaries)}
    save_progress(progress)
    return 0 if overall == "met" else 1


# --- other commands -----------------------------------------------------------------------------

def cmd_test(args: argparse.Namespace) -> int:
    preset = "asan" if args.asan else "ci"
    print(f"workbook: the full suite: cmake --workflow --preset {preset}", flush=True)
    return subprocess.run(["cmake", "--workflow", "--preset", preset], cwd=ROOT).returncode


def cmd_run(args: argparse.Namespace) -> int:
    configure()
    manifest = load_manifest()
    programs = {p["name"]: p for p in manifest.get("programs", [])}
    if args.program not in programs:
        listing = "\n".join(f"  {name:<16} {p['description']}" for name, p in sorted(programs.items()))
        fail(f"no program '{args.program}'. Programs:\n{listing}")
    build([args.program])
    exe = BUILD / "bin" / args.program
    sys.stdout.flush()
    os.execv(exe, [str(exe), *args.args])


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


def cmd_hint(args: argparse.Namespace) -> int:
    configure()
    manifest = load_manifest()
    ex = find_exercise(manifest, args.id)
    print(f"{colour(ex.id + ' ' + ex.name, '1')}: {ex.title}\n")
    print((ROOT / ex.hint).read_text().rstrip())
    where = f"The file to edit: {ex.learner}. " if ex.learner else f"Run it: ./workbook tour {ex.id}. "
    print(f"\n{where}The full text: exercises.md, section {ex.id}.")
    return 0


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


# --- profile: chapter 2's tools on a chapter program ----------------------------------------------

@dataclass
class Tool:
    """How to build for a profiler and run it."""
    executable: str          # the command that must exist
    package: str             # the Debian package that provides it
    build: str               # build variant: dev, perf, gprof, valgrind, coverage
    width: int               # Julia workload size for this tool (callgrind is ~50x slower)


TOOLS = {
    "time": Tool("/usr/bin/time", "time", "dev", 1000),
    "perf": Tool("perf", "linux-perf", "perf", 1000),
    "gprof": Tool("gprof", "binutils", "gprof", 1000),
    "callgrind": Tool("valgrind", "valgrind", "valgrind", 150),
    "massif": Tool("valgrind", "valgrind", "valgrind", 400),
    "heaptrack": Tool("heaptrack", "heaptrack", "heap", 1000),
    "coverage": Tool("gcovr", "gcovr", "coverage", 1000),
    "trace": Tool("python3", "python3", "trace", 1000),
}

# The CMake settings of each build variant (separate folders: build/profile-<variant>).
VARIANTS = {
    "perf": ["-DCMAKE_BUILD_TYPE=RelWithDebInfo", "-DWB_EXTRA_FLAGS=-fno-omit-frame-pointer"],
    "gprof": ["-DCMAKE_BUILD_TYPE=RelWithDebInfo", "-DWB_EXTRA_FLAGS=-pg"],
    # valgrind cannot decode AVX-512: at most x86-64-v3 (AVX2).
    # The heap profilers want the program's own allocations, so the counting hooks stay out.
    "valgrind": ["-DCMAKE_BUILD_TYPE=RelWithDebInfo", "-DWB_MARCH=x86-64-v3", "-DWB_ALLOC_HOOKS=OFF"],
    "heap": ["-DCMAKE_BUILD_TYPE=RelWithDebInfo", "-DWB_ALLOC_HOOKS=OFF"],
    # Atomic counter updates: the threaded solutions would otherwise race on the counters.
    "coverage": ["-DCMAKE_BUILD_TYPE=Debug", "-DWB_EXTRA_FLAGS=--coverage -fprofile-update=atomic"],
    # WB_PROFILE_SCOPE marks record into the global tracer (they compile to nothing otherwise).
    "trace": ["-DCMAKE_BUILD_TYPE=RelWithDebInfo", "-DWB_EXTRA_FLAGS=-DWB_ENABLE_PROFILE"],
}


# Programs with a --trace FILE option (Chrome trace JSON of their phases).
TRACED_PROGRAMS = {"julia"}

# Files whose per-line execution counts `profile --tool coverage` prints (the hot kernel).
COVERAGE_SOURCES = {"julia": ["chapters/ch02_profiling/julia_baseline.cpp"]}


def show_line_counts(folder: Path, source: str) -> None:
    """Prints each executed line of source with its count, like line_profiler's Hits column."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "coverage.json"
        subprocess.run(["gcovr", str(folder), "--root", str(ROOT), "--filter", str(ROOT / source),
                        "--json", str(out)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        data = json.loads(out.read_text())
    lines = (ROOT / source).read_text().splitlines()
    print(colour(f"\nExecution count of each line of {source}:", "1"))
    for entry in data.get("files", []):
        for line in entry.get("lines", []):
            number, count = line["line_number"], line["count"]
            if count > 0:
                print(f"{count:>12,}  {number:>4}: {lines[number - 1]}")


def build_variant(variant: str, target: str) -> Path:
    """Configures (once) and builds target in the variant's folder; returns the binary's path."""
    if variant == "dev":
        build([target])
        return BUILD / "bin" / target
    folder = ROOT / "build" / f"profile-{variant}"
    if not (folder / "build.ninja").exists():
        print(f"workbook: configuring build/profile-{variant} ...", flush=True)
        run_quiet(["cmake", "-S", str(ROOT), "-B", str(folder), "-G", "Ninja", *VARIANTS[variant]], "configure")
    print(f"workbook: building {target} in build/profile-{variant} ...", flush=True)
    run_quiet(["cmake", "--build", str(folder), "--target", target], "build")
    return folder / "bin" / target


def workload(program: str, tool: Tool, extra: list[str]) -> list[str]:
    """The program's arguments for this tool: the user's, or a default sized for the tool."""
    if extra:
        return extra
    if program == "julia":
        return ["--variant", "baseline", "--no-python", "--width", str(tool.width)]
    return []


def cmd_profile(args: argparse.Namespace) -> int:
    tool = TOOLS[args.tool]
    if not shutil.which(tool.executable):
        fail(f"{args.tool} needs '{tool.executable}', which is not installed: apt-get install {tool.package} "
             f"(or tools/setup.sh --profilers, which installs every profiler)")
    configure()
    manifest = load_manifest()
    if args.program not in {p["name"] for p in manifest.get("programs", [])}:
        fail(f"no program '{args.program}'; see ./workbook run --help")
    extra = args.args[1:] if args.args[:1] == ["--"] else args.args
    if args.tool == "trace" and args.program not in TRACED_PROGRAMS:
        fail(f"--tool trace needs a program with a --trace option ({', '.join(sorted(TRACED_PROGRAMS))}), "
             f"not {args.program}")
    exe = build_variant(tool.build, args.program)
    run_args = [str(exe), *workload(args.program, tool, extra)]
    out_dir = ROOT / "build" / "profiles"
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = out_dir / f"{args.program}-{args.tool}"

    def sh(cmd: list[str], cwd: Path = ROOT, **kw) -> None:
        print(colour("$ " + " ".join(cmd), "1"), flush=True)
        code = subprocess.run(cmd, cwd=cwd, **kw).returncode
        if code != 0:
            fail(f"{cmd[0]} failed with exit code {code}", 1)

    if args.tool == "time":
        sh(["/usr/bin/time", "-v", *run_args])
    elif args.tool == "perf":
        data = f"{stem}.data"
        # This VM has no hardware counters: sample the cpu-clock software event.
        sh(["perf", "record", "-e", "cpu-clock", "-F", "999", "-g", "-o", data, *run_args])
        sh(["perf", "report", "-i", data, "--stdio", "--no-children", "--percent-limit", "2",
            "--sort", "symbol", "-g", "none"])
        print(f"\nThe samples are in {data}: perf report -i {data} (interactive), or perf annotate -i {data}.")
    elif args.tool == "gprof":
        with tempfile.TemporaryDirectory() as tmp:  # gmon.out is written to the working directory
            sh(run_args, cwd=Path(tmp))
            shutil.copy(Path(tmp) / "gmon.out", f"{stem}.gmon.out")
        cmd = ["gprof", "--brief", "--flat-profile", "--demangle", str(exe), f"{stem}.gmon.out"]
        print(colour("$ " + " ".join(cmd) + " | head -n 15", "1"), flush=True)
        flat = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True, check=True).stdout
        print("\n".join(line[:160] for line in flat.splitlines()[:15]))
        print(f"\nThe full report: gprof {exe} {stem}.gmon.out")
    elif args.tool == "callgrind":
        data = f"{stem}.out"
        sh(["valgrind", "--tool=callgrind", f"--callgrind-out-file={data}", *run_args])
        # Function totals, then per-line costs of every source file with debug info (the kernel's own).
        sh(["callgrind_annotate", "--auto=yes", "--threshold=95", data])
    elif args.tool == "massif":
        data = f"{stem}.out"
        sh(["valgrind", "--tool=massif", f"--massif-out-file={data}", *run_args])
        sh(["ms_print", data])
    elif args.tool == "heaptrack":
        data = f"{stem}.zst"
        for old in out_dir.glob(f"{stem.name}*.zst"):
            old.unlink()
        sh(["heaptrack", "-o", str(stem), *run_args], stdout=subprocess.DEVNULL)
        found = sorted(out_dir.glob(f"{stem.name}*.zst")) or sorted(out_dir.glob(f"{stem.name}*.gz"))
        if not found:
            fail("heaptrack wrote no data file", 1)
        cmd = ["heaptrack_print", "--print-peaks", "1", "--peak-limit", "3", "--print-allocators", "0",
               "--print-leaks", "0", "--print-temporary", "0", "--print-histogram", "", str(found[-1])]
        print(colour("$ " + " ".join(cmd), "1"), flush=True)
        report = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True).stdout.splitlines()
        # The three biggest peak contributors with the first frames of their stacks, then the totals.
        shown = [line for line in report if not line.startswith("      in ")]
        summary_at = next((i for i, line in enumerate(shown) if line.startswith("total runtime")), len(shown))
        print("\n".join(shown[:min(summary_at, 45)]))
        print("...\n" + "\n".join(shown[summary_at:]))
        print(f"\nThe data: {found[-1]} (heaptrack_gui or heaptrack_print for more).")
    elif args.tool == "trace":
        data = f"{stem}.json"
        given = [a.split("=", 1)[1] for a in extra if a.startswith("--trace=")]
        given += [extra[i + 1] for i, a in enumerate(extra[:-1]) if a == "--trace"]
        if given:
            data = given[-1]  # the user's own --trace FILE
        else:
            run_args = [*run_args, "--trace", data]
        sh(run_args)
        # The naive port (the default workload) carries the three phase marks; other variants may not.
        names = ["julia_set"] + (["build_grid", "build_lists", "calculate_z"] if not extra else [])
        sh([sys.executable, str(ROOT / "tools" / "check_trace.py"), data, *names])
        print(f"\nOpen {data} in https://ui.perfetto.dev (or chrome://tracing) to see the timeline.")
    elif args.tool == "coverage":
        folder = ROOT / "build" / "profile-coverage"
        for gcda in folder.rglob("*.gcda"):
            gcda.unlink()  # counts from this run only
        sh(run_args)
        # The search path is this build folder only: other builds hold .gcda files of their own.
        sh(["gcovr", str(folder), "--root", str(ROOT), "--filter", str(ROOT / "chapters"),
            "--filter", str(ROOT / "shared"), "--txt"])
        html = out_dir / f"{args.program}-coverage.html"
        sh(["gcovr", str(folder), "--root", str(ROOT), "--filter", str(ROOT / "chapters"),
            "--html-details", str(html)], stdout=subprocess.DEVNULL)
        print(f"\nLine-by-line counts: {html} (open in a browser).")
        for source in COVERAGE_SOURCES.get(args.program, []):
            show_line_counts(folder, source)
    record_profile(manifest, args.tool)
    return 0


def record_profile(manifest: dict, tool: str) -> None:
    """Marks tours explored: ch02.9 (tracer) by the trace tool, ch02.6 (profilers) once four of
    the other tools have been used."""
    progress = load_progress()
    for tour in (e for e in exercises(manifest) if e.kind == "tour"):
        record = progress.setdefault(tour.id, {})
        if tour.name == "tracer" and tool == "trace":
            record.update({"verdict": "explored", "summary": "explored", "when": time.strftime("%F %T")})
        elif tour.name == "profilers" and tool != "trace":
            used = sorted(set(record.get("tools", [])) | {tool})
            record.update({"tools": used, "summary": "profiled with " + ", ".join(used)})
            if len(used) >= 4:  # four different tools answer "where does the time go"
                record["verdict"] = "explored"
        if not record:
            del progress[tour.id]
    save_progress(progress)


def frozen_body(baseline: Path) -> bytes:
    """A frozen baseline's text without its first line, the `// FROZEN: ...` banner."""
    text = baseline.read_bytes()
    if not text.startswith(b"// FROZEN:"):
        return text  # no banner: compared whole, and reported if different
    return text.split(b"\n", 1)[1] if b"\n" in text else b""


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
        if (ROOT / ex.learner).read_bytes() != frozen_body(ROOT / ex.baseline):
            print(f"{ex.id}: {ex.learner} as shipped differs from its frozen start {ex.baseline}")
            problems += 1
        else:
            print(f"{ex.id}: {ex.learner} as shipped equals {ex.baseline}")
    return 1 if problems else 0


def positive_int(text: str) -> int:
    value = int(text) if text.isdigit() else 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number >= 1")
    return value


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not value > 0 or math.isinf(value):
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds > 0")
    return value


def hoist_profile_options(argv: list[str]) -> list[str]:
    """Moves `--tool X` before the program name in `profile <program> --tool X [args]`, so the
    program's own arguments (everything else) pass through untouched."""
    if not argv or argv[0] != "profile":
        return argv
    rest, hoisted, i = [], [], 1
    while i < len(argv):
        a = argv[i]
        if a == "--":
            rest += argv[i:]
            break
        if a == "--tool" and i + 1 < len(argv):
            hoisted += argv[i:i + 2]
            i += 2
            continue
        if a.startswith("--tool="):
            hoisted.append(a)
        else:
            rest.append(a)
        i += 1
    return ["profile", *hoisted, *rest]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="workbook",
        description="High Performance Python (chapters 1-5) as C++ exercises. With no command: set up, "
                    "build, run your tests and print the progress board.",
        epilog="The preset is dev (build/dev); set WB_PRESET to use another.")
    sub = parser.add_subparsers(dest="command", metavar="command")
    sub.add_parser("board", help="build, run your tests, print the progress board (the default)",
                   description="Build, run the learner tests and print every exercise's state.")
    p = sub.add_parser("test", help="the full suite: solutions pass, stubs fail as shipped, benchmarks run",
                       description="Configure, build and test the ci preset (cmake --workflow --preset ci): "
                                   "every solution passes its tests, every stub fails with not_implemented "
                                   "as shipped, every slow exercise passes as shipped, every benchmark runs.")
    p.add_argument("--asan", action="store_true", help="use the AddressSanitizer+UBSan preset instead")
    p = sub.add_parser("run", help="run a chapter program: workbook run julia --width 500",
                       description="Build and run a chapter program; arguments after its name go to it.")
    p.add_argument("program", help="program name, e.g. julia")
    p.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the program")
    p = sub.add_parser("check", help="test and benchmark an exercise against its baseline and solution",
                       description="Build, test and benchmark one exercise against its frozen baseline and "
                                   "its solution in one run; print the ratios and whether the target is met.")
    p.add_argument("id", help="exercise id, e.g. ch02.1")
    p.add_argument("--repetitions", type=positive_int, default=5, help="benchmark repetitions (default 5)")
    p.add_argument("--min-time", type=positive_float, default=0.05,
                   help="minimum seconds per repetition (default 0.05)")
    p.add_argument("-v", "--verbose", action="store_true", help="show the benchmark's own table")
    p = sub.add_parser("diff", help="your file against the solution", description="Show the difference "
                       "between your file and the reference solution.")
    p.add_argument("id", help="exercise id, e.g. ch02.1")
    p = sub.add_parser("hint", help="a hint for an exercise", description="Print the hint of an exercise.")
    p.add_argument("id", help="exercise id, e.g. ch02.1")
    p = sub.add_parser("tour", help="run a guided tour's commands (tools, scripts) and mark it explored",
                       description="Run the commands of a tour exercise, e.g. the assembly listings.")
    p.add_argument("id", help="tour id, e.g. ch02.5")
    p = sub.add_parser("profile", help="run a profiler on a chapter program: profile julia --tool perf",
                       description="Build the right variant of a chapter program (frame pointers, -pg, "
                                   "x86-64-v3 for valgrind, coverage) and run a profiler on a workload sized "
                                   "for it. Arguments after the program name replace the default workload.")
    p.add_argument("program", help="program name, e.g. julia")
    p.add_argument("--tool", required=True, choices=sorted(TOOLS), help="the profiler")
    p.add_argument("args", nargs=argparse.REMAINDER, help="program arguments (default: a workload for the tool)")
    p = sub.add_parser("verify-shipped")  # for the test suite only: hidden from the help below
    p.add_argument("--build-dir", default=str(BUILD))
    sub._choices_actions = [a for a in sub._choices_actions if a.dest != "verify-shipped"]
    sub.metavar = "{" + ",".join(n for n in sub.choices if n != "verify-shipped") + "}"

    args = parser.parse_args(hoist_profile_options(argv))
    handlers = {None: cmd_board, "board": cmd_board, "test": cmd_test, "run": cmd_run, "check": cmd_check,
                "diff": cmd_diff, "hint": cmd_hint, "tour": cmd_tour, "profile": cmd_profile, "verify-shipped": cmd_verify_shipped}
    return handlers[args.command](args)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
