#!/usr/bin/env python3
"""The workbook CLI's entry point: ./workbook (after tools/setup.sh) runs `python3 tools/workbook.py`.

The code is the package tools/workbook/ (cli.main parses the arguments; one module per command).
Python imports the package, not this file, for `import workbook`: a package directory takes
precedence over a module of the same name in the same folder.
"""
from __future__ import annotations

import sys
from pathlib import Path

# This folder first, also when Python does not add the script's folder (python3 -P, PYTHONSAFEPATH).
sys.path.insert(0, str(Path(__file__).resolve().parent))

from workbook.cli import main  # noqa: E402

if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
