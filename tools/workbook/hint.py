"""`workbook hint <id> [step]`: an exercise's hint, whole or one step of it.

A hint file may be split into steps, each a section headed `## Step N: <title>`, after an optional
short introduction. A step's section runs from its heading to the next heading of level 1 or 2
(`#` or `##`; deeper headings belong to the step) or the end of the file; headings inside fenced
code blocks do not count.
"""
from __future__ import annotations

import argparse
import re
from dataclasses import dataclass

from .build import configure
from .manifest import find_exercise, load_manifest
from .paths import ROOT
from .ui import colour, fail

STEP_HEADING = re.compile(r"^##[ \t]+Step[ \t]+(\d+)\b[ \t]*:?[ \t]*(.*?)[ \t]*$", re.IGNORECASE)
SECTION_HEADING = re.compile(r"^#{1,2}[ \t]")
FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")


class HintError(ValueError):
    """A step was asked for that the hint does not have."""


@dataclass
class Step:
    number: int
    title: str
    text: str  # the heading line and the body, without trailing blank lines


def hint_steps(text: str) -> list[Step]:
    """The `## Step N: title` sections of a hint, in file order."""
    steps: list[Step] = []
    current: list[str] | None = None
    fence = ""
    lines = text.splitlines()

    def close() -> None:
        if current is not None:
            steps[-1].text = "\n".join(current).rstrip()

    for line in lines:
        opener = FENCE.match(line)
        if opener and (not fence or opener.group(1) == fence):
            fence = "" if fence else opener.group(1)
        elif not fence:
            heading = STEP_HEADING.match(line)
            if heading:
                close()
                steps.append(Step(int(heading.group(1)), heading.group(2), ""))
                current = [line]
                continue
            if SECTION_HEADING.match(line):
                close()
                current = None
                continue
        if current is not None:
            current.append(line)
    close()
    return steps


def describe_steps(numbers: list[int]) -> str:
    """"steps 1-4", "step 1" or "steps 1, 2, 4"."""
    unique = sorted(set(numbers))
    if len(unique) == 1:
        return f"step {unique[0]}"
    if unique == list(range(unique[0], unique[-1] + 1)):
        return f"steps {unique[0]}-{unique[-1]}"
    return "steps " + ", ".join(str(n) for n in unique)


def hint_step(text: str, number: int, ident: str) -> str:
    """The section of step `number` (heading and body); raises HintError when the hint has no
    steps or not that one, naming the ones it has."""
    steps = hint_steps(text)
    if not steps:
        raise HintError(f"the hint of {ident} has no steps: ./workbook hint {ident} prints all of it")
    for step in steps:
        if step.number == number:
            return step.text
    raise HintError(f"{ident} has {describe_steps([s.number for s in steps])}; there is no step {number}")


def cmd_hint(args: argparse.Namespace) -> int:
    configure()
    manifest = load_manifest()
    ex = find_exercise(manifest, args.id)
    text = (ROOT / ex.hint).read_text()
    if args.step is not None:
        try:
            shown = hint_step(text, args.step, ex.id)
        except HintError as error:
            fail(str(error))
    else:
        shown = text.rstrip()
    print(f"{colour(ex.id + ' ' + ex.name, '1')}: {ex.title}\n")
    print(shown)
    steps = hint_steps(text)
    if args.step is None and steps:
        print(f"\n(The hint has {describe_steps([s.number for s in steps])}: "
              f"./workbook hint {ex.id} <step> prints one of them.)")
    where = f"The file to edit: {ex.learner}. " if ex.learner else f"Run it: ./workbook tour {ex.id}. "
    print(f"\n{where}The full text: exercises.md, section {ex.id}.")
    return 0
