"""Prints the README's bad-input table: every exit-code test of the suite that expects exit 2
(wb_exit_test), run as it is, with its first line of stderr. Run after a build:

    python3 tools/dev/bad_input_table.py build/dev > /tmp/table.md
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def main() -> None:
    build = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build" / "dev").resolve()
    tests = json.loads(subprocess.run(["ctest", "--test-dir", str(build), "--show-only=json-v1"],
                                      capture_output=True, text=True, check=True).stdout)["tests"]
    rows = []
    for test in tests:
        cmd = test.get("command", [])
        if "-DEXPECTED_CODE=2" not in cmd:
            continue
        program = cmd[cmd.index("--") + 1:]
        proc = subprocess.run(program, capture_output=True, text=True)
        message = (proc.stderr.strip().splitlines() or [""])[0]
        shown = " ".join(a if a and " " not in a else repr(a) for a in program[1:])
        for prefix in (f"{build}/", f"{ROOT}/"):
            shown, message = shown.replace(prefix, ""), message.replace(prefix, "")
        rows.append((os.path.basename(program[0]), shown, proc.returncode, message.replace("|", "/")))
    print("| program | arguments | exit | message |\n|---|---|---:|---|")
    for name, args, code, message in sorted(rows):
        print(f"| `{name}` | `{args}` | {code} | {message} |")


if __name__ == "__main__":
    main()
