"""`workbook check <id>`: test and benchmark one exercise against its baseline and solution in one
run, print the ratios and whether each target is met, and record the verdict."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
import time
from pathlib import Path

from .bench import (Judgement, Samples, benchmark_filter, collect, judge, overall_verdict, paired_baseline,
                    wanted_benchmarks)
from .build import build, configure, run_learner_tests
from .manifest import find_exercise, load_manifest
from .paths import ROOT
from .progress import file_hash, load_progress, save_progress
from .ui import colour, fail

SHOWN = {"met": ("MET", "32"), "not met": ("NOT MET", "31"), "inconclusive": ("INCONCLUSIVE", "33")}

MESSAGES = {"met": "target met.", "not met": "target not met yet.",
            "inconclusive": "inconclusive: the repetitions straddle the target (a noisy machine?); "
                            "run the check again."}


def target_line(j: Judgement, mine: Samples, unit: str) -> str:
    """One line of the check's table: the exercise's median, its ratio to the baseline (and the
    ratio's range over the repetitions), the target and the verdict."""
    name = j.target.bench
    if not j.measured:
        return f"  {name:<36} {'-':>10}      {j.problem}"
    shown = colour(*SHOWN[j.state])
    head = f"  {name:<36} {mine.median:>10.3f} {unit}   {j.ratio:6.2f}x  (runs span {j.low:.2f}x-{j.high:.2f}x)"
    if not j.target.relative:
        sol_text = f"  (solution: {j.solution_ratio:.1f}x)" if j.solution_ratio is not None else ""
        return f"{head}   target {j.target.min_ratio:g}x: {shown}{sol_text}"
    if j.solution_ratio is None:
        return f"{head}   target {j.target.describe()}: {shown} ({j.problem})"
    return (f"{head}   solution {j.solution_ratio:.1f}x in the same run; "
            f"target {j.target.describe()} = {j.threshold:.1f}x: {shown}")


def target_summary(j: Judgement) -> str:
    """The target's part of the progress record's summary (shown on the board)."""
    name = j.target.bench
    short = name.removeprefix("BM_")
    if not j.measured:
        return f"{name}: did not run"
    if not j.target.relative:
        return f"{short} {j.ratio:.1f}x of {j.target.min_ratio:g}x"
    if j.solution_ratio is None:
        return f"{short} {j.ratio:.1f}x (the solution did not run)"
    return f"{short} {j.ratio:.1f}x of {j.threshold:.1f}x ({j.target.describe()} {j.solution_ratio:.1f}x)"


def run_benchmark(exe: Path, wanted: list[str], args: argparse.Namespace) -> dict:
    """Runs the wanted benchmarks in one process, interleaved, and returns Google Benchmark's JSON."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.json"
        cmd = [str(exe), f"--benchmark_filter={benchmark_filter(wanted)}",
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
        return json.loads(out.read_text())


def machine_warnings(load: float, cores: int, governor: str | None) -> list[str]:
    """What makes timings unstable right now: a busy machine, a power-saving frequency governor."""
    warnings = []
    if load > cores:
        warnings.append(f"the machine is busy (load average {load:.1f} on {cores} cores): the ratios will be noisy; "
                        "close other work or run again later")
    if governor is not None and governor != "performance":
        warnings.append(f"the CPU frequency governor is '{governor}', not 'performance': the clock may change "
                        "during a run (as root: cpupower frequency-set -g performance)")
    return warnings


def current_machine_warnings() -> list[str]:
    governor_file = Path("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor")
    try:
        governor = governor_file.read_text().strip()
    except OSError:
        governor = None  # no cpufreq (a VM, a container): nothing to say
    return machine_warnings(os.getloadavg()[0], os.cpu_count() or 1, governor)


def cmd_check(args: argparse.Namespace) -> int:
    configure()
    manifest = load_manifest()
    ex = find_exercise(manifest, args.id)
    if ex.kind == "tour":
        fail(f"{ex.id} is a tour, with nothing to measure: ./workbook tour {ex.id}")
    learner_hash = file_hash(ex.learner)  # the version being built, tested and measured
    build([ex.test_target, ex.bench_target])
    print(f"\n{colour(ex.id + ' ' + ex.name, '1')}: {ex.title}")
    if not run_learner_tests(ex):
        print(colour(f"tests fail: fix {ex.learner} before measuring speed ({ex.test_command}).", "31"))
        record = {"verdict": "tests fail", "hash": learner_hash, "summary": "tests fail"}
        progress = load_progress()
        progress[ex.id] = record
        save_progress(progress)
        return 1
    print(f"tests pass ({ex.test_command})")
    if not ex.targets:
        print("This exercise has no speed target: passing its tests is the goal.")
        return 0

    for warning in current_machine_warnings():
        print(colour(f"warning: {warning}", "33"))
    wanted = wanted_benchmarks(ex, bool(manifest.get("solutions")))
    samples = collect(run_benchmark(ex.bench_exe, wanted, args), wanted, ex.metric)
    base = samples[ex.baseline_bench]
    unit = "ms" if ex.metric == "real_time" else ex.metric
    if not base.ran:
        fail(f"baseline {ex.baseline_bench} did not run: {base.error or 'not found'}", 1)
    print(f"\nmedian of {args.repetitions} repetitions; ratio = baseline / yours (higher is better)")
    print(f"  {ex.baseline_bench:<36} {base.median:>10.3f} {unit}   the frozen starting code")
    judgements = []
    for target in ex.targets:
        baseline = paired_baseline(ex.baseline_bench, target.bench)
        if baseline != ex.baseline_bench and samples.get(baseline, Samples([])).ran:
            print(f"  {baseline:<36} {samples[baseline].median:>10.3f} {unit}   the frozen starting code, same input")
        else:
            baseline = ex.baseline_bench
        judgements.append(judge(target, samples, baseline))
        print(target_line(judgements[-1], samples[target.bench], unit))
    overall = overall_verdict([j.state for j in judgements])
    print(f"\nVerdict for {ex.id}: {MESSAGES[overall]}")
    progress = load_progress()
    progress[ex.id] = {"verdict": overall, "hash": learner_hash, "when": time.strftime("%F %T"),
                       "summary": f"{overall}: " + "; ".join(target_summary(j) for j in judgements)}
    save_progress(progress)
    return 0 if overall == "met" else 1
