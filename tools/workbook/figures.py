"""`workbook figures`: regenerate every figure the chapter programs draw, into build/figures/, and
list them. `workbook report`: one static HTML page (build/report/index.html) with the board, each
exercise's last `check` result and every figure."""
from __future__ import annotations

import argparse
import html
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .build import build, configure
from .manifest import exercises, load_manifest
from .paths import BUILD, PRESET, ROOT
from .progress import load_progress
from .ui import fail

FIGURES_DIR = ROOT / "build" / "figures"
REPORT_DIR = ROOT / "build" / "report"


@dataclass
class Figure:
    file: str           # the PNG's name in build/figures/
    program: str        # the chapter program that draws it
    args: list[str]     # its arguments; {out} is the PNG's path
    caption: str


FIGURES = [
    Figure("memory_hierarchy.png", "memory_hierarchy", ["--shuffle", "solution", "--max-mib", "64", "--png", "{out}"],
           "ch01.3: latency of one load against the working set: the steps of L1, L2, L3 and RAM"),
    Figure("amdahl.png", "amdahl", ["--impl", "solution", "--repeats", "3", "--png", "{out}"],
           "ch01.4: Amdahl's law for p = 0.5, 0.9, 0.99 and the survey measured on threads"),
    Figure("julia.png", "julia", ["--variant", "solution", "--no-python", "--width", "500", "--png", "{out}"],
           "ch02.1: the Julia set of the book's figure 2-1 (500 x 500, greyscale)"),
    Figure("julia_memory.png", "julia", ["--memory-plot", "{out}", "--width", "300"],
           "ch02.4: the heap over time while the baseline and the solution set up and run"),
    Figure("list_growth.png", "list_growth", ["--appends", "100000", "--rule", "reference", "--no-python", "--png", "{out}"],
           "ch03.6: spare slots against size, CPython's list and std::vector (the book's figure 3-2)"),
    Figure("phonebook.png", "phonebook", ["--max", "100000", "--variant", "solution", "--no-python", "--png", "{out}"],
           "ch04.1: phone-book lookups, list scan against bisect and a hash map"),
    Figure("probing.png", "probing", ["--model", "reference", "--png", "{out}"],
           "ch04.3: the book's 8-slot table of cities (figure 4-1)"),
    Figure("dict_growth.png", "dict_growth", ["--model", "reference", "--keys", "200000", "--no-python", "--png", "{out}"],
           "ch04.4: CPython's dict, spare room against size (the book's figure 4-2)"),
]


def available(manifest: dict) -> list[Figure]:
    """The figures whose program this build has (a chapter being written may not have it yet)."""
    programs = {p["name"] for p in manifest.get("programs", [])}
    return [f for f in FIGURES if f.program in programs]


def draw(figures: list[Figure], folder: Path) -> list[tuple[Figure, Path, str]]:
    """Runs each program; returns (figure, path, problem) with problem "" when the PNG was written."""
    folder.mkdir(parents=True, exist_ok=True)
    done = []
    for fig in figures:
        out = folder / fig.file
        args = [a.replace("{out}", str(out)) for a in fig.args]
        proc = subprocess.run([str(BUILD / "bin" / fig.program), *args], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        problem = "" if proc.returncode == 0 and out.exists() else (proc.stderr.strip() or f"exit {proc.returncode}")
        done.append((fig, out, problem))
    return done


def cmd_figures(_args: argparse.Namespace) -> int:
    configure()
    manifest = load_manifest()
    figures = available(manifest)
    build(sorted({f.program for f in figures}))
    failed = 0
    for fig, out, problem in draw(figures, FIGURES_DIR):
        if problem:
            failed += 1
            print(f"  FAILED {fig.file}: {problem}")
        else:
            print(f"  {out.relative_to(ROOT)}  {fig.caption}")
    return 1 if failed else 0


def report_html(rows: list[tuple[str, str, str, str]], figures: list[tuple[str, str]]) -> str:
    """The page: rows of (id, title, kind, last check) and figures of (image path relative to the
    page, caption)."""
    out = ["<!doctype html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           "<title>High Performance Python in C++: report</title>",
           "<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
           "img{max-width:100%;border:1px solid #ddd}</style></head><body>",
           "<h1>High Performance Python in C++</h1>", f"<p>Build folder: build/{html.escape(PRESET)}</p>",
           "<h2>Exercises</h2>", "<table><tr><th>id</th><th>exercise</th><th>kind</th><th>last check</th></tr>"]
    for ident, title, kind, check in rows:
        out.append(f"<tr><td>{html.escape(ident)}</td><td>{html.escape(title)}</td><td>{html.escape(kind)}</td>"
                   f"<td>{html.escape(check)}</td></tr>")
    out.append("</table>")
    out.append("<h2>Figures</h2>")
    for src, caption in figures:
        out.append(f"<figure><img src=\"{html.escape(src)}\" alt=\"{html.escape(caption)}\">"
                   f"<figcaption>{html.escape(caption)}</figcaption></figure>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def cmd_report(args: argparse.Namespace) -> int:
    folder = Path(args.out).resolve() if getattr(args, "out", None) else REPORT_DIR
    if not getattr(args, "no_build", False):
        configure()
    manifest = load_manifest()
    figures = available(manifest)
    if not getattr(args, "no_build", False):
        build(sorted({f.program for f in figures}))
    drawn = draw(figures, folder)
    progress = load_progress()
    rows = []
    for ex in exercises(manifest):
        record = progress.get(ex.id, {})
        check = record.get("summary", "") or ("no speed target" if not ex.targets else "not checked yet")
        rows.append((ex.id, ex.title, ex.kind, check))
    images = []
    for fig, _path, problem in drawn:
        if problem:
            print(f"  FAILED {fig.file}: {problem}")
            continue
        images.append((fig.file, fig.caption))
    page = folder / "index.html"
    page.write_text(report_html(rows, images))
    print(f"report: {page} ({len(rows)} exercises, {len(images)} figures)")
    if not images:
        fail("no figure could be drawn", 1)
    return 0
