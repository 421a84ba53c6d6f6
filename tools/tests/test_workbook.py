"""Unit tests of the workbook CLI's pure logic (tools/workbook/): hint steps, target verdicts,
manifest loading, the board's states and its last-check line. Standard library only, no build:

    python3 -m unittest discover -s tools/tests
"""
from __future__ import annotations

import json
import math
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tools/: the package `workbook`

from workbook.bench import (Samples, benchmark_filter, collect, judge, overall_verdict, paired_baseline,  # noqa: E402
                            verdict, wanted_benchmarks)
from workbook.board import exercise_state, snapshot_wanted  # noqa: E402
from workbook.check import machine_warnings, target_line, target_summary  # noqa: E402
from workbook.cli import hoist_profile_options  # noqa: E402
from workbook.hint import HintError, describe_steps, hint_step, hint_steps  # noqa: E402
from workbook.manifest import Target, exercises, find_exercise, load_manifest, parse_exercise  # noqa: E402
from workbook.paths import PRESET  # noqa: E402
from workbook.profile import coverage_sources  # noqa: E402
from workbook.progress import is_current, last_check_line  # noqa: E402
from workbook.verify_shipped import frozen_body  # noqa: E402
import workbook.ui  # noqa: E402

workbook.ui.TTY = False  # plain text, also when the tests run on a terminal

JULIA = {
    "id": "ch02.1", "name": "julia", "chapter": "ch02", "kind": "slow",
    "title": "Julia set: from the book's naive port to SIMD and threads",
    "dir": "chapters/ch02_profiling/01_julia", "test_label": "ch02.1",
    "interface": "chapters/ch02_profiling/01_julia/julia.hpp",
    "api": "chapters/ch02_profiling/01_julia/julia_api.hpp",
    "learner": "chapters/ch02_profiling/01_julia/julia.cpp",
    "baseline": "chapters/ch02_profiling/01_julia/.meta/julia_baseline.cpp",
    "solution": "solutions/ch02_profiling/01_julia/julia.cpp",
    "hint": "chapters/ch02_profiling/01_julia/julia_hint.md",
    "test_target": "ch02_julia_test", "test_name": "ch02.1-julia",
    "bench_target": "ch02_julia_bench", "baseline_bench": "BM_Julia_Baseline", "metric": "real_time",
    "targets": [{"bench": "BM_Julia_Exercise/threads:1", "min_ratio": 20},
                {"bench": "BM_Julia_Exercise/threads:2", "solution_bench": "BM_Julia_Solution/threads:2",
                 "solution_fraction": 0.8}],
    "some_future_key": 1,
}
TOUR = {"id": "ch02.10", "name": "tracer", "chapter": "ch02", "title": "A tracer", "kind": "tour",
        "dir": "chapters/ch02_profiling/10_tracer", "test_label": "ch02.10",
        "hint": "chapters/ch02_profiling/10_tracer/tracer_hint.md", "test_name": "", "test_target": "",
        "commands": ["./workbook profile julia --tool trace"]}
MANIFEST = {"solutions": True, "exercises": [TOUR, JULIA], "programs": []}

HINT = """Profile first; the steps below go from cheap to clever.

## Step 1: Measure
Run `./workbook check ch02.1`.

## Step 2: The test
`|z| < 2` is `x*x + y*y < 4`.

```sh
## Step 9: not a heading (a shell comment in a fenced block)
```

### A detail of step 2
Still step 2.

## Step 3: Threads
Split the rows.

## Answers
Not part of step 3.
"""


def fixed(bench: str = "BM_X_Exercise", ratio: float = 2.0) -> Target:
    return Target(bench, min_ratio=ratio)


def relative(fraction: float = 0.8) -> Target:
    return Target("BM_X_Exercise", solution_bench="BM_X_Solution", solution_fraction=fraction)


class HintSteps(unittest.TestCase):
    def test_a_step_is_its_heading_and_body_only(self) -> None:
        text = hint_step(HINT, 1, "ch02.1")
        self.assertEqual(text, "## Step 1: Measure\nRun `./workbook check ch02.1`.")
        self.assertNotIn("Profile first", text)

    def test_fenced_headings_and_deeper_headings_belong_to_the_step(self) -> None:
        text = hint_step(HINT, 2, "ch02.1")
        self.assertTrue(text.startswith("## Step 2: The test\n"))
        self.assertIn("## Step 9: not a heading", text)
        self.assertTrue(text.endswith("### A detail of step 2\nStill step 2."))
        self.assertNotIn("Threads", text)

    def test_the_last_step_ends_at_the_next_level_two_heading(self) -> None:
        self.assertEqual(hint_step(HINT, 3, "ch02.1"), "## Step 3: Threads\nSplit the rows.")

    def test_steps_and_titles(self) -> None:
        self.assertEqual([(s.number, s.title) for s in hint_steps(HINT)],
                         [(1, "Measure"), (2, "The test"), (3, "Threads")])

    def test_a_missing_step_names_the_steps_there_are(self) -> None:
        with self.assertRaises(HintError) as caught:
            hint_step(HINT, 7, "ch02.3")
        self.assertIn("ch02.3 has steps 1-3", str(caught.exception))
        self.assertIn("no step 7", str(caught.exception))

    def test_a_hint_without_steps(self) -> None:
        with self.assertRaises(HintError) as caught:
            hint_step("Just one paragraph.\n\n- a list\n", 1, "ch02.5")
        self.assertIn("has no steps", str(caught.exception))
        self.assertEqual(hint_steps("# Title\n## Notes\ntext\n"), [])

    def test_describe_steps(self) -> None:
        self.assertEqual(describe_steps([1]), "step 1")
        self.assertEqual(describe_steps([2, 1, 3, 4]), "steps 1-4")
        self.assertEqual(describe_steps([1, 2, 4]), "steps 1, 2, 4")


class Verdicts(unittest.TestCase):
    base = Samples([100.0, 100.0, 100.0])

    def samples(self, exercise: list[float], solution: list[float] | None = None) -> dict[str, Samples]:
        found = {"BM_X_Baseline": self.base, "BM_X_Exercise": Samples(exercise)}
        if solution is not None:
            found["BM_X_Solution"] = Samples(solution)
        return found

    def test_fixed_ratio(self) -> None:
        self.assertEqual(verdict(self.base, Samples([40.0, 45.0]), 2.0)[0], "met")
        self.assertEqual(verdict(self.base, Samples([60.0, 70.0]), 2.0)[0], "not met")
        self.assertEqual(verdict(self.base, Samples([45.0, 55.0]), 2.0)[0], "inconclusive")

    def test_fixed_ratio_judgement_shows_the_solution_for_information(self) -> None:
        j = judge(fixed(), self.samples([40.0], [20.0]), "BM_X_Baseline")
        self.assertEqual((j.state, j.ratio, j.threshold, j.solution_ratio), ("met", 2.5, 2.0, 5.0))
        self.assertEqual(target_summary(j), "X_Exercise 2.5x of 2x")

    def test_relative_target_met_and_not_met(self) -> None:
        # The solution reaches 5x, so 0.8 x solution is 4x.
        met = judge(relative(), self.samples([24.0, 24.5], [20.0]), "BM_X_Baseline")
        self.assertEqual((met.state, met.solution_ratio, met.threshold), ("met", 5.0, 4.0))
        missed = judge(relative(), self.samples([30.0, 31.0], [20.0]), "BM_X_Baseline")
        self.assertEqual(missed.state, "not met")

    def test_relative_threshold_comes_from_the_solution_median(self) -> None:
        # Solution median 20 (5x): threshold 4x, even though its fastest repetition reached 10x.
        j = judge(relative(), self.samples([24.0], [10.0, 20.0, 30.0]), "BM_X_Baseline")
        self.assertAlmostEqual(j.threshold, 4.0)
        self.assertEqual(j.state, "met")

    def test_relative_target_inconclusive_when_the_repetitions_straddle_it(self) -> None:
        j = judge(relative(), self.samples([22.0, 25.0, 28.0], [20.0]), "BM_X_Baseline")
        self.assertEqual(j.state, "inconclusive")
        self.assertLess(j.low, 4.0)
        self.assertGreater(j.high, 4.0)

    def test_relative_target_without_the_solution_is_not_met(self) -> None:
        j = judge(relative(), self.samples([20.0]), "BM_X_Baseline")
        self.assertEqual(j.state, "not met")
        self.assertIsNone(j.solution_ratio)
        self.assertIn("BM_X_Solution did not run", j.problem)
        self.assertEqual(j.ratio, 5.0)

    def test_an_exercise_that_did_not_run_is_not_met(self) -> None:
        found = self.samples([])
        found["BM_X_Exercise"].error = "boom"
        j = judge(fixed(), found, "BM_X_Baseline")
        self.assertEqual((j.state, j.problem, j.measured), ("not met", "did not run: boom", False))
        self.assertEqual(target_summary(j), "BM_X_Exercise: did not run")

    def test_relative_check_line_names_both_ratios_the_fraction_and_the_verdict(self) -> None:
        found = self.samples([24.0], [19.2])  # exercise 4.17x, solution 5.21x: 0.8 x 5.21 = 4.17
        j = judge(relative(), found, "BM_X_Baseline")
        line = target_line(j, found["BM_X_Exercise"], "ms")
        self.assertIn("4.17x", line)
        self.assertIn("solution 5.2x in the same run; target 0.8 x solution = 4.2x:", line)
        self.assertTrue(line.endswith(j.state.upper()))
        self.assertIn("X_Exercise 4.2x of 4.2x (0.8 x solution 5.2x)", target_summary(j))

    def test_zero_metric_ratio_is_infinite(self) -> None:
        j = judge(fixed(ratio=10), {"BM_X_Baseline": Samples([5e6]), "BM_X_Exercise": Samples([0.0])},
                  "BM_X_Baseline")
        self.assertEqual((j.state, j.ratio), ("met", math.inf))

    def test_overall(self) -> None:
        self.assertEqual(overall_verdict(["met", "met"]), "met")
        self.assertEqual(overall_verdict(["met", "inconclusive", "not met"]), "not met")
        self.assertEqual(overall_verdict(["met", "inconclusive"]), "inconclusive")


class Benchmarks(unittest.TestCase):
    def test_the_solution_bench_of_a_relative_target_is_always_measured(self) -> None:
        ex = parse_exercise(JULIA)
        self.assertEqual(wanted_benchmarks(ex, solutions=False),
                         ["BM_Julia_Baseline", "BM_Julia_Exercise/threads:1", "BM_Julia_Exercise/threads:2",
                          "BM_Julia_Baseline/threads:1", "BM_Julia_Baseline/threads:2",
                          "BM_Julia_Solution/threads:2"])
        self.assertIn("BM_Julia_Solution/threads:1", wanted_benchmarks(ex, solutions=True))
        self.assertIn("BM_Julia_Solution/threads:2", snapshot_wanted(ex))

    def test_a_sweep_target_is_judged_against_the_baseline_with_the_same_arguments(self) -> None:
        self.assertEqual(paired_baseline("BM_S_Baseline", "BM_S_Exercise/4096"), "BM_S_Baseline/4096")
        self.assertEqual(paired_baseline("BM_S_Baseline", "BM_S_Exercise"), "BM_S_Baseline")
        self.assertEqual(paired_baseline("BM_S_Baseline/8", "BM_S_Exercise/4096"), "BM_S_Baseline/8")

    def test_filter_and_collect(self) -> None:
        pattern = benchmark_filter(["BM_A/threads:1", "BM_B"])
        self.assertEqual(pattern, "^(BM_A/threads:1|BM_B)(/|$)")
        report = {"benchmarks": [
            {"name": "BM_A/threads:1/real_time", "run_name": "BM_A/threads:1/real_time", "run_type": "iteration",
             "real_time": 2e6, "time_unit": "ns"},
            {"name": "BM_A/threads:1/real_time_mean", "run_type": "aggregate", "real_time": 9.0},
            {"name": "BM_B", "run_type": "iteration", "error_occurred": True, "error_message": "no"}]}
        found = collect(report, ["BM_A/threads:1", "BM_B"], "real_time")
        self.assertEqual(found["BM_A/threads:1"].values, [2.0])
        self.assertEqual((found["BM_B"].values, found["BM_B"].error), ([], "no"))


class Manifest(unittest.TestCase):
    def test_new_fields(self) -> None:
        ex = parse_exercise(JULIA)
        self.assertEqual(ex.dir, "chapters/ch02_profiling/01_julia")
        self.assertEqual(ex.test_label, "ch02.1")
        self.assertEqual(ex.baseline, "chapters/ch02_profiling/01_julia/.meta/julia_baseline.cpp")
        self.assertEqual(ex.api, "chapters/ch02_profiling/01_julia/julia_api.hpp")
        self.assertEqual(ex.targets, [Target("BM_Julia_Exercise/threads:1", min_ratio=20.0),
                                      Target("BM_Julia_Exercise/threads:2", solution_bench="BM_Julia_Solution/threads:2",
                                             solution_fraction=0.8)])
        self.assertEqual([t.describe() for t in ex.targets], ["20x", "0.8 x solution"])

    def test_the_learner_test_command(self) -> None:
        self.assertEqual(parse_exercise(JULIA).test_command, f"ctest --preset {PRESET} -L ch02.1")

    def test_malformed_targets_are_refused(self) -> None:
        for bad in ({"bench": "BM_X"}, {"bench": "BM_X", "solution_fraction": 0.8},
                    {"bench": "BM_X", "solution_bench": "BM_S", "solution_fraction": 0},
                    {"bench": "BM_X", "min_ratio": 2, "solution_bench": "BM_S", "solution_fraction": 0.5},
                    {"min_ratio": 2}):
            with self.assertRaises(ValueError, msg=str(bad)):
                parse_exercise({**JULIA, "targets": [bad]})

    def test_load_sort_and_find(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "workbook_manifest.json").write_text(json.dumps(MANIFEST))
            manifest = load_manifest(Path(tmp))
        self.assertEqual([e.id for e in exercises(manifest)], ["ch02.1", "ch02.10"])  # numeric order
        self.assertEqual(find_exercise(manifest, "julia").id, "ch02.1")
        self.assertEqual(find_exercise(manifest, "ch02.tracer").kind, "tour")

    def test_coverage_source_is_the_manifest_baseline(self) -> None:
        self.assertEqual(coverage_sources(MANIFEST, "julia"),
                         ["chapters/ch02_profiling/01_julia/.meta/julia_baseline.cpp"])
        self.assertEqual(coverage_sources(MANIFEST, "great_circle"), [])


class Board(unittest.TestCase):
    record = {"verdict": "met", "hash": "abc", "summary": "met: Julia_Exercise/threads:1 21.0x of 20x"}

    def test_next_steps_use_the_label_command(self) -> None:
        command = f"ctest --preset {PRESET} -L ch02.1"
        ex = parse_exercise(JULIA)
        self.assertEqual(exercise_state(ex, False, {}, "abc"),
                         ("todo", f"the tests fail: fix {ex.learner} ({command})"))
        stub = parse_exercise({**JULIA, "kind": "stub", "targets": []})
        self.assertEqual(exercise_state(stub, False, {}, "abc")[1], f"implement the TODO(s) in {ex.learner}; {command}")
        fix = parse_exercise({**JULIA, "kind": "fix", "targets": []})
        self.assertEqual(exercise_state(fix, False, {}, "abc"), ("todo", f"fix the defects in {ex.learner}; {command}"))
        self.assertEqual(exercise_state(fix, True, {}, "abc"), ("tests pass", ""))
        self.assertIn(command, exercise_state(ex, None, {}, "abc")[1])
        tour = parse_exercise({**TOUR, "test_name": "ch02.10-tracer"})
        self.assertIn(f"ctest --preset {PRESET} -L ch02.10", exercise_state(tour, False, {}, "")[1])

    def test_a_verdict_counts_only_for_the_version_it_measured(self) -> None:
        ex = parse_exercise(JULIA)
        self.assertEqual(exercise_state(ex, True, self.record, "abc"), ("target met", ""))
        state, step = exercise_state(ex, True, self.record, "changed")
        self.assertEqual(state, "tests pass")
        self.assertIn("./workbook check ch02.1", step)

    def test_last_check_line(self) -> None:
        learner = "chapters/ch02_profiling/01_julia/julia.cpp"
        self.assertEqual(last_check_line(self.record, learner, "abc"), f"last check: {self.record['summary']}")
        self.assertEqual(last_check_line(self.record, learner, "changed"),
                         f"last check (for an earlier version of {learner}): {self.record['summary']}")
        no_hash = {"summary": "met: ..."}
        self.assertTrue(last_check_line(no_hash, learner, "abc").startswith("last check (for an earlier version"))
        self.assertFalse(is_current(no_hash, ""))
        self.assertEqual(last_check_line({}, learner, "abc"), "")


class Misc(unittest.TestCase):
    def test_frozen_body_drops_the_banner_line(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "x_baseline.cpp"
            path.write_bytes(b"// FROZEN: do not edit\nint x;\n")
            self.assertEqual(frozen_body(path), b"int x;\n")
            path.write_bytes(b"int y;\n")
            self.assertEqual(frozen_body(path), b"int y;\n")

    def test_profile_options_are_hoisted(self) -> None:
        self.assertEqual(hoist_profile_options(["profile", "julia", "--width", "9", "--tool", "perf"]),
                         ["profile", "--tool", "perf", "julia", "--width", "9"])


if __name__ == "__main__":
    unittest.main()


class SetupPlan(unittest.TestCase):
    """tools/setup.sh --dry-run --package P: what `workbook profile --tool T` would install."""

    SETUP = Path(__file__).resolve().parent.parent / "setup.sh"

    def plan(self, *args: str) -> "subprocess.CompletedProcess[str]":
        import subprocess
        return subprocess.run([str(self.SETUP), "--dry-run", *args], capture_output=True, text=True, check=False)

    def test_every_profiler_has_a_package_the_script_knows(self) -> None:
        import shutil
        from workbook.profile import TOOLS
        if not shutil.which("dpkg-query"):
            self.skipTest("not a Debian system")
        for name, tool in TOOLS.items():
            with self.subTest(tool=name):
                result = self.plan("--package", tool.package)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertRegex(result.stdout, rf"^(would install: {tool.package}|nothing to install: {tool.package} present)$")

    def test_an_unknown_package_is_refused(self) -> None:
        result = self.plan("--package", "no-such-package")
        self.assertEqual(result.returncode, 2)
        self.assertIn("--package needs one of", result.stderr)


class MachineWarnings(unittest.TestCase):
    def test_quiet_machine_says_nothing(self) -> None:
        self.assertEqual(machine_warnings(0.5, 2, "performance"), [])
        self.assertEqual(machine_warnings(0.5, 2, None), [])

    def test_busy_machine_and_powersave_governor_are_named(self) -> None:
        warnings = machine_warnings(3.5, 2, "powersave")
        self.assertEqual(len(warnings), 2)
        self.assertIn("load average 3.5 on 2 cores", warnings[0])
        self.assertIn("'powersave'", warnings[1])


class Reset(unittest.TestCase):
    def test_the_shipped_text_is_the_frozen_copy_below_its_banner_with_todo_marks(self) -> None:
        from workbook.reset import shipped_text
        with tempfile.TemporaryDirectory() as tmp:
            frozen = Path(tmp) / "x_baseline.cpp"
            frozen.write_bytes(b"// FROZEN: banner\n// STEP(ch09.9) 1: do it\nint f();\n")
            self.assertEqual(shipped_text(frozen), b"// TODO(ch09.9) 1: do it\nint f();\n")


class Watch(unittest.TestCase):
    def test_the_first_failing_check_and_its_context(self) -> None:
        from workbook.watch import first_failure
        output = "1/2 Test #1: a ... Passed\nTEST CASE:  step 2: x\n\nf_test.cpp:9: ERROR: CHECK( a == b ) is NOT correct!\n" \
                 "  values: CHECK( 1 == 2 )\nmore\nlast\n"
        text = first_failure(output)
        self.assertIn("f_test.cpp:9: ERROR: CHECK( a == b )", text)
        self.assertIn("values: CHECK( 1 == 2 )", text)
        self.assertIn("step 2", text)

    def test_without_a_check_the_tail_of_the_output(self) -> None:
        from workbook.watch import first_failure
        self.assertEqual(first_failure("a\nb\nbuild failed"), "a\nb\nbuild failed")
