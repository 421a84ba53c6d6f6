"""The learner's progress, kept in the build folder (build/<preset>/workbook_progress.json).

One record per exercise id: {"verdict", "summary", "when", "hash"}, where hash is the SHA-256 of the
learner's file when the record was written (by check), so a verdict is trusted only for that version.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .paths import BUILD, ROOT


def progress_path() -> Path:
    return BUILD / "workbook_progress.json"


def load_progress() -> dict:
    try:
        return json.loads(progress_path().read_text())
    except (OSError, ValueError):
        return {}


def save_progress(progress: dict) -> None:
    progress_path().write_text(json.dumps(progress, indent=2, sort_keys=True) + "\n")


def file_hash(relative: str) -> str:
    """SHA-256 of a file of the repository."""
    return hashlib.sha256((ROOT / relative).read_bytes()).hexdigest()


def current_hash(relative: str) -> str:
    """file_hash, or "" when the file cannot be read (then no record matches it)."""
    try:
        return file_hash(relative)
    except OSError:
        return ""


def is_current(record: dict, learner_hash: str) -> bool:
    """True if the record was written for this version of the learner's file."""
    return bool(learner_hash) and record.get("hash") == learner_hash


def last_check_line(record: dict, learner: str, learner_hash: str) -> str:
    """The board's line about the last check, or "" when there is none. A check of an earlier
    version of the learner's file is labelled as such, never shown as if it were current."""
    summary = record.get("summary", "")
    if not summary:
        return ""
    if is_current(record, learner_hash):
        return f"last check: {summary}"
    return f"last check (for an earlier version of {learner}): {summary}"
