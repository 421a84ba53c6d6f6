#!/usr/bin/env python3
"""Checks a Chrome trace-event JSON file: it parses, and it holds a complete event per name.

usage: check_trace.py [--run PROGRAM [ARGS...] --] TRACE.json NAME...
With --run, PROGRAM is run first (it must write TRACE.json). Exit 0 if every NAME is an event,
1 if not, 2 on bad usage.
"""
import json
import subprocess
import sys


def main(argv: list[str]) -> int:
    if argv[:1] == ["--run"]:
        if "--" not in argv:
            print("check_trace.py: --run PROGRAM [ARGS...] must end with --", file=sys.stderr)
            return 2
        end = argv.index("--")
        program, argv = argv[1:end], argv[end + 1:]
        code = subprocess.run(program).returncode
        if code != 0:
            print(f"check_trace.py: {' '.join(program)} exited with {code}", file=sys.stderr)
            return 1
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    path, names = argv[0], argv[1:]
    try:
        with open(path, encoding="utf-8") as f:
            trace = json.load(f)
    except (OSError, ValueError) as e:
        print(f"check_trace.py: {path} is not valid JSON: {e}")
        return 1
    events = [e for e in trace.get("traceEvents", []) if e.get("ph") == "X"]
    found = {e.get("name") for e in events}
    for e in events:
        print(f"  {e.get('name'):<16} {e.get('dur', 0) / 1000:10.3f} ms  (thread {e.get('tid')})")
    missing = [n for n in names if n not in found]
    if missing:
        print(f"check_trace.py: {path} parses but lacks the events {', '.join(missing)}")
        return 1
    print(f"{path}: valid trace JSON with {len(events)} events, including {', '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
