"""Terminal output: colour (only on a terminal) and the one way to stop with an error."""
from __future__ import annotations

import sys
from typing import NoReturn

TTY = sys.stdout.isatty()

USAGE_ERROR = 2


def colour(text: str, code: str) -> str:
    """text in the ANSI colour/style code (e.g. "1" bold, "31" red) when stdout is a terminal."""
    return f"\033[{code}m{text}\033[0m" if TTY else text


def fail(message: str, code: int = USAGE_ERROR) -> NoReturn:
    """Prints `workbook: message` to stderr and exits with code (2, a usage error, by default)."""
    print(f"workbook: {message}", file=sys.stderr)
    sys.exit(code)
