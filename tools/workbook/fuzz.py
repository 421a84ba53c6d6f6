"""`workbook fuzz <target> [--seconds N]`: build one libFuzzer target (the fuzz preset: clang++,
ASan + UBSan) and run it for N seconds on a working corpus seeded from fuzz/corpus/<target>/.
A crash leaves its input in build/fuzz/findings/ and exits 1."""
from __future__ import annotations

import argparse
import shutil
import subprocess

from .paths import ROOT
from .ui import fail

TARGETS = {
    "csv": "chapter 5's CSV reader (ch05::anomalies::csv_data)",
    "pydict": "wb::pydict::Dict against std::unordered_map, operation by operation",
    "bisect": "wb::bisect_left/right and insort against a linear scan",
    "cli_integer": "wb::cli::decimal_integer, the programs' whole-number parser",
    "program_args": "CLI11 option parsing with wb::cli's validators (the anomalies program's options)",
}
BUILD = ROOT / "build" / "fuzz"


def cmd_fuzz(args: argparse.Namespace) -> int:
    if args.target not in TARGETS:
        listing = "\n".join(f"  {name:<13} {text}" for name, text in TARGETS.items())
        fail(f"no fuzz target '{args.target}'. Targets:\n{listing}")
    if args.seconds <= 0:
        fail(f"--seconds {args.seconds} is out of range: use a positive number")
    if not shutil.which("clang++"):
        print("workbook: fuzzing needs clang++ (libFuzzer): installing the package clang ...", flush=True)
        subprocess.run([str(ROOT / "tools" / "setup.sh"), "--package", "clang"], check=False)
        if not shutil.which("clang++"):
            fail("fuzzing needs clang++ (libFuzzer), which could not be installed: apt-get install clang as root")
    if not (BUILD / "build.ninja").exists():
        print("workbook: configuring build/fuzz (clang++, libFuzzer) ...", flush=True)
        subprocess.run(["cmake", "--preset", "fuzz"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    print(f"workbook: building fuzz_{args.target} ...", flush=True)
    subprocess.run(["cmake", "--build", "--preset", "fuzz", "--target", f"fuzz_{args.target}"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    corpus = BUILD / "corpus" / args.target
    corpus.mkdir(parents=True, exist_ok=True)
    for seed in (ROOT / "fuzz" / "corpus" / args.target).iterdir():
        if not (corpus / seed.name).exists():
            shutil.copy2(seed, corpus / seed.name)
    findings = BUILD / "findings"
    findings.mkdir(parents=True, exist_ok=True)
    exe = BUILD / "bin" / f"fuzz_{args.target}"
    print(f"workbook: fuzzing {TARGETS[args.target]} for {args.seconds} s", flush=True)
    proc = subprocess.run([str(exe), f"-max_total_time={args.seconds}", "-timeout=5", "-close_fd_mask=2", "-print_final_stats=1",
                           f"-artifact_prefix={findings}/{args.target}-", str(corpus)], cwd=ROOT)
    return 0 if proc.returncode == 0 else 1
