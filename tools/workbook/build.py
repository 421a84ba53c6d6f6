"""Configuring and building the preset's build folder, and running the learner tests with ctest."""
from __future__ import annotations

import re
import subprocess
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from .manifest import Exercise
from .paths import BUILD, PRESET, ROOT
from .ui import fail


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
    """Builds the given targets (everything by default) of the preset, configuring first if needed."""
    configure()
    cmd = ["cmake", "--build", "--preset", PRESET]
    if targets:
        cmd += ["--target", *targets]
    print(f"workbook: building {' '.join(targets) if targets else 'everything'} ...", flush=True)
    run_quiet(cmd, "build")


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


def learner_test_args(ex: Exercise) -> list[str]:
    """The ctest selection of one exercise's tests: its label, matched exactly (ctest's -L is a
    regular expression, and ch02.1 alone would also select ch02.10); by test name for a manifest
    without labels."""
    if ex.test_label:
        return ["-L", f"^{re.escape(ex.test_label)}$"]
    return ["-R", f"^{re.escape(ex.test_name)}$"]


def run_learner_tests(ex: Exercise) -> bool:
    """Runs one exercise's tests (ctest rebuilds the chapter first: a build fixture); prints
    ctest's output when they fail."""
    proc = subprocess.run(["ctest", "--preset", PRESET, *learner_test_args(ex)],
                          cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        print(proc.stdout[-8000:])
    return proc.returncode == 0
