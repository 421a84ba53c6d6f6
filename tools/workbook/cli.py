"""The command line: `workbook [command] ...` parsed with argparse and dispatched to the command's
module."""
from __future__ import annotations

import argparse
import math

from .board import cmd_board
from .check import cmd_check
from .diff import cmd_diff
from .hint import cmd_hint
from .paths import BUILD
from .profile import TOOLS, cmd_profile
from .reset import cmd_reset
from .figures import cmd_figures, cmd_report
from .fuzz import cmd_fuzz
from .stress import cmd_stress
from .watch import cmd_watch
from .run import cmd_run
from .test import cmd_test
from .tour import cmd_tour
from .verify_shipped import cmd_verify_shipped


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
    p = sub.add_parser("board", help="build, run your tests, print the progress board (the default)",
                       description="Build, run the learner tests and print every exercise's state, "
                                   "chapter by chapter in the book's order.")
    p.add_argument("--chapter", help="only this chapter, e.g. ch03")
    p = sub.add_parser("test", help="the full suite: solutions pass, stubs fail as shipped, benchmarks run",
                       description="Configure, build and test the ci preset (cmake --workflow --preset ci): "
                                   "every solution passes its tests, every stub fails with not_implemented "
                                   "as shipped, every slow exercise passes as shipped, every benchmark runs.")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--asan", action="store_true", help="use the AddressSanitizer+UBSan preset instead")
    group.add_argument("--all", action="store_true", help="the ci, asan and clang workflows, one after another")
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
    p = sub.add_parser("hint", help="a hint for an exercise, or one step of it",
                       description="Print the hint of an exercise, or only one of its steps (the "
                                   "sections headed '## Step N: ...').")
    p.add_argument("id", help="exercise id, e.g. ch02.1")
    p.add_argument("step", nargs="?", type=positive_int, help="print only this step, e.g. 2")
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
    sub.add_parser("figures", help="redraw every figure the chapter programs make, into build/figures/",
                   description="Run each chapter program that draws a figure and list the PNGs.")
    p = sub.add_parser("report", help="one HTML page with the board, the last checks and every figure",
                       description="Write build/report/index.html: every exercise with its last check, and "
                                   "every figure (redrawn).")
    p.add_argument("--out", help="write the page and its figures into this folder instead")
    p.add_argument("--no-build", action="store_true", help="use the programs as built (for the test suite)")
    p = sub.add_parser("fuzz", help="run a libFuzzer target: workbook fuzz csv --seconds 600",
                       description="Build a fuzz target (clang++, ASan + UBSan) and run it on its corpus.")
    p.add_argument("target", help="csv, pydict, bisect, cli_integer or program_args")
    p.add_argument("--seconds", type=int, default=60, help="how long to fuzz (default 60)")
    p = sub.add_parser("watch", help="rerun an exercise's tests each time you save its file",
                       description="Rebuild and rerun the exercise's tests whenever its file changes "
                                   "(polling twice a second); shows the first failing check. Ctrl-C stops.")
    p.add_argument("id", help="exercise id, e.g. ch03.2")
    p = sub.add_parser("reset", help="put an exercise's file back as shipped (yours is kept as .bak)",
                       description="Restore the exercise's file from its frozen baseline, after asking; "
                                   "your version is kept next to it as <file>.bak.")
    p.add_argument("id", help="exercise id, e.g. ch03.2")
    p.add_argument("--yes", action="store_true", help="do not ask")
    p = sub.add_parser("stress", help="a long randomised model test: workbook stress dict --ops 20000000",
                       description="Build and run a long randomised comparison with a standard container, "
                                   "with fixed seeds; arguments after the name go to it.")
    p.add_argument("what", help="what to stress: dict")
    p.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the stress program")
    p = sub.add_parser("verify-shipped")  # for the test suite only: hidden from the help below
    p.add_argument("--build-dir", default=str(BUILD))
    sub._choices_actions = [a for a in sub._choices_actions if a.dest != "verify-shipped"]
    sub.metavar = "{" + ",".join(n for n in sub.choices if n != "verify-shipped") + "}"

    args = parser.parse_args(hoist_profile_options(argv))
    handlers = {None: cmd_board, "board": cmd_board, "test": cmd_test, "run": cmd_run, "check": cmd_check,
                "diff": cmd_diff, "hint": cmd_hint, "tour": cmd_tour, "profile": cmd_profile,
                "stress": cmd_stress, "reset": cmd_reset, "watch": cmd_watch, "fuzz": cmd_fuzz, "figures": cmd_figures,
                "report": cmd_report, "verify-shipped": cmd_verify_shipped}
    return handlers[args.command](args)
