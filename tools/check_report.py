"""Checks a page written by `workbook report`: it parses as HTML, lists every exercise of the
manifest, and every image it references exists next to it and is a non-empty PNG.

    python3 tools/check_report.py build/report/index.html build/dev/workbook_manifest.json
"""
from __future__ import annotations

import json
import sys
from html.parser import HTMLParser
from pathlib import Path


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.cells: list[str] = []
        self._in_cell = False

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.images.append(dict(attrs).get("src", ""))
        self._in_cell = tag == "td"

    def handle_data(self, data):
        if self._in_cell:
            self.cells.append(data.strip())

    def handle_endtag(self, tag):
        if tag == "td":
            self._in_cell = False


def main() -> int:
    page_path, manifest_path = Path(sys.argv[1]), Path(sys.argv[2])
    page = Page()
    page.feed(page_path.read_text())
    problems = []
    if not page.images:
        problems.append("the page shows no figure")
    for src in page.images:
        image = page_path.parent / src
        if not image.is_file() or image.stat().st_size == 0:
            problems.append(f"missing image {src}")
        elif image.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
            problems.append(f"{src} is not a PNG")
    ids = [e["id"] for e in json.loads(manifest_path.read_text()).get("exercises", [])]
    problems += [f"exercise {i} is not on the page" for i in ids if i not in page.cells]
    for p in problems:
        print(p)
    print(f"{page_path}: {len(page.images)} images, {len(ids)} exercises, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
