"""Benchmark results (Google Benchmark's JSON) and the verdict on an exercise's targets.

A ratio is baseline / exercise of the metric (time in ms, or a counter such as peak bytes; lower is
better), so higher ratios are better. Every ratio compares benchmarks of one run.
"""
from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass

from .manifest import Exercise, Target


def matches(run_name: str, wanted: str) -> bool:
    """True if run_name is the benchmark `wanted` (ignoring suffixes such as /real_time)."""
    return run_name == wanted or run_name.startswith(wanted + "/")


def solution_name(bench: str) -> str:
    """The solution's twin of an exercise benchmark: BM_Julia_Exercise/threads:1 -> BM_Julia_Solution/..."""
    return bench.replace("_Exercise", "_Solution", 1)


def paired_baseline(baseline: str, bench: str) -> str:
    """The baseline run with the same arguments as bench, when the baseline is named without any:
    BM_Search_Baseline and BM_Search_Exercise/4096 give BM_Search_Baseline/4096. A check uses it
    when it ran (a sweep over sizes), and the plain baseline otherwise (BM_Julia_Baseline for
    BM_Julia_Exercise/threads:2)."""
    if "/" in baseline or "/" not in bench:
        return baseline
    return baseline + bench[bench.index("/"):]


def wanted_benchmarks(ex: Exercise, solutions: bool) -> list[str]:
    """The benchmarks a check runs: the baseline, each target's, and the solutions' (the twin of a
    fixed-ratio target's, for information, when the build has solutions; a relative target's
    solution_bench always, since its verdict needs it)."""
    wanted = [ex.baseline_bench] + [t.bench for t in ex.targets]
    wanted += [paired_baseline(ex.baseline_bench, t.bench) for t in ex.targets]
    for target in ex.targets:
        if target.relative:
            wanted.append(target.solution_bench)
        elif solutions:
            wanted.append(solution_name(target.bench))
    return list(dict.fromkeys(wanted))


def benchmark_filter(names: list[str]) -> str:
    """A --benchmark_filter regex selecting exactly these benchmarks (and their /suffixes)."""
    return "^(" + "|".join(re.escape(name) for name in names) + ")(/|$)"


@dataclass
class Samples:
    values: list[float]
    error: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def ran(self) -> bool:
        return bool(self.values) and not self.error


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


def ratio_range(base: Samples, ex: Samples) -> tuple[float, float, float]:
    """(median ratio, lowest ratio, highest ratio) of baseline over exercise across repetitions."""
    ratio = ratio_of(base.median, ex.median)
    low = ratio_of(min(base.values), max(ex.values))
    high = ratio_of(max(base.values), min(ex.values))
    return ratio, low, high


def verdict(base: Samples, ex: Samples, minimum: float) -> tuple[str, float, float, float]:
    """Returns (met | not met | inconclusive, median ratio, lowest ratio, highest ratio): met when
    even the lowest ratio reaches minimum, not met when even the highest falls short, inconclusive
    when the repetitions straddle it."""
    ratio, low, high = ratio_range(base, ex)
    if low >= minimum:
        return "met", ratio, low, high
    if high < minimum:
        return "not met", ratio, low, high
    return "inconclusive", ratio, low, high


@dataclass
class Judgement:
    """One target judged on one benchmark run."""
    target: Target
    state: str                            # met | not met | inconclusive
    ratio: float = math.nan               # baseline / exercise, medians
    low: float = math.nan                 # the ratio's range over the repetitions
    high: float = math.nan
    threshold: float = math.nan           # the ratio to reach: min_ratio, or fraction x solution's
    solution_ratio: float | None = None   # baseline / solution, medians, when the solution ran
    problem: str = ""                     # why the target could not be judged

    @property
    def measured(self) -> bool:
        """True if the exercise's ratio was measured (even when the target could not be judged)."""
        return not math.isnan(self.ratio)


def judge(target: Target, samples: dict[str, Samples], baseline: str) -> Judgement:
    """Judges target on one run's samples. A relative target's threshold is its fraction of the
    solution's median ratio; the repetitions of the exercise straddling it make it inconclusive,
    as for a fixed ratio. A benchmark that did not run leaves the target not met."""
    base = samples.get(baseline, Samples([]))
    mine = samples.get(target.bench, Samples([]))
    if not base.ran:
        return Judgement(target, "not met", problem=f"the baseline {baseline} did not run: {base.error or 'not found'}")
    if not mine.ran:
        return Judgement(target, "not met", problem=f"did not run: {mine.error or 'not found'}")
    twin = target.solution_bench if target.relative else solution_name(target.bench)
    solution = samples.get(twin) if twin != target.bench else None
    solution_ratio = ratio_of(base.median, solution.median) if solution and solution.ran else None
    if not target.relative:
        state, ratio, low, high = verdict(base, mine, target.min_ratio)
        return Judgement(target, state, ratio, low, high, target.min_ratio, solution_ratio)
    if solution_ratio is None:
        ratio, low, high = ratio_range(base, mine)
        why = (solution.error if solution else "") or "not found"
        return Judgement(target, "not met", ratio, low, high, solution_ratio=None,
                         problem=f"the solution {target.solution_bench} did not run ({why}): "
                                 f"the target cannot be judged")
    threshold = target.solution_fraction * solution_ratio
    state, ratio, low, high = verdict(base, mine, threshold)
    return Judgement(target, state, ratio, low, high, threshold, solution_ratio)


def overall_verdict(states: list[str]) -> str:
    """met if every target is met, not met if any is not, else inconclusive."""
    if all(state == "met" for state in states):
        return "met"
    if any(state == "not met" for state in states):
        return "not met"
    return "inconclusive"
