"""Where things are: the repository, the preset and its build folder."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent  # tools/workbook/paths.py -> the repository
PRESET = os.environ.get("WB_PRESET", "dev")
BUILD = ROOT / "build" / PRESET
