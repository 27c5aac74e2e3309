"""Reference markers in Markdown, such as {{ fig art328-cases }}: what they are and where.

A marker names what it shows and the ids it shows. Markers inside code (`...` or fenced
blocks) are left alone, so the editors' guide can show them, and so is one written
with a backslash before it: \\{{ fig art328-cases }}. Checking the ids is `check/references.py`;
replacing markers with Markdown is `render/expand.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import Loc
from ..model.kinds import KINDS

MARKER = re.compile(r"(?<!\\)\{\{\s*([A-Za-z_-]+)((?:\s+[^\s{}]+)*)\s*\}\}")
CODE = re.compile(r"^(?P<fence>```|~~~).*?^(?P=fence)[ \t]*$|`[^`\n]+`", re.M | re.S)


@dataclass(frozen=True)
class Marker:
    kind: str
    """The kind of record its ids name."""
    many: bool = False
    """Takes one or more ids, rather than exactly one."""
    block: bool = False
    """Stands alone on its line and becomes a block of its own."""
    dated: bool = False
    """Takes one id and a date: an earlier value of the figure, {{ past ID 2021-11 }}."""


MARKERS: dict[str, Marker] = {
    **{kind.marker: Marker(kind.name) for kind in KINDS.values() if kind.marker},
    "discrepancy": Marker("discrepancy", block=True),
    "cards": Marker("figure", many=True, block=True),
    "bars": Marker("figure", many=True, block=True),
    "compare": Marker("figure", many=True, block=True),
    "history": Marker("figure", block=True),
    "past": Marker("figure", dated=True),
}
"""Every marker name: one inline marker per kind that has one (from `kinds.py`), then the blocks."""


@dataclass(frozen=True)
class Reference:
    name: str
    ids: tuple[str, ...]
    loc: Loc
    start: int
    end: int
    raw: str
    alone: bool = True
    """Nothing else on its line: block markers must be."""


def find_references(text: str, file: str) -> list[Reference]:
    # Markers and code spans both come in text order: one pass over each, and lines, line
    # starts and ends worked out on from the previous marker, keep this linear in the length of
    # the page, however many markers share a line.
    code = CODE.finditer(text)
    span = next(code, None)
    found: list[Reference] = []
    line, counted_to, line_start, line_end, marker_on_line = 1, 0, 0, -1, False
    for match in MARKER.finditer(text):
        start = match.start()
        while span is not None and span.end() <= start:
            span = next(code, None)
        if span is not None and span.start() <= start:
            continue
        newlines = text.count("\n", counted_to, start)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", counted_to, start) + 1
            line_end, marker_on_line = -1, False
        counted_to = start
        col = start - line_start + 1
        if line_end < 0:
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
        # Alone on its line: nothing before it (only the line's first marker can be) and nothing after.
        alone = not marker_on_line and not text[line_start:start].strip() and not text[match.end() : line_end].strip()
        marker_on_line = True
        found.append(
            Reference(match.group(1), tuple(match.group(2).split()), Loc(file, line, col), match.start(), match.end(), match.group(0), alone)
        )
    return found
