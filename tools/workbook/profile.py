"""`workbook profile <program> --tool T [args]`: build the right variant of a chapter program and run
a profiler on a workload sized for the tool (chapter 2's tools)."""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .build import build, configure, run_quiet
from .manifest import exercises, load_manifest
from .paths import BUILD, ROOT
from .progress import load_progress, save_progress
from .ui import colour, fail

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

# Whose per-line execution counts `profile --tool coverage` prints: the frozen baseline (the
# manifest's "baseline", e.g. chapters/ch02_profiling/01_julia/.meta/julia_baseline.cpp) of these
# exercises, the code the default workload runs (the hot kernel).
COVERAGE_SOURCES = {"julia": ["ch02.1"]}


def coverage_sources(manifest: dict, program: str) -> list[str]:
    """The files (relative to the repository) whose line counts the coverage tool prints for program."""
    by_id = {ex.id: ex for ex in exercises(manifest)}
    return [by_id[ident].baseline for ident in COVERAGE_SOURCES.get(program, [])
            if ident in by_id and by_id[ident].baseline]


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
        print(f"workbook: {args.tool} needs '{tool.executable}': installing the package {tool.package} ...", flush=True)
        subprocess.run([str(ROOT / "tools" / "setup.sh"), "--package", tool.package], check=False)
        if not shutil.which(tool.executable):
            fail(f"{args.tool} needs '{tool.executable}', which could not be installed: apt-get install {tool.package} "
                 f"as root (or tools/setup.sh --profilers, which installs every profiler)")
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
        for source in coverage_sources(manifest, args.program):
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


