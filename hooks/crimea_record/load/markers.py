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
    # Markers and code spans both come in text order: one pass over each, and line numbers
    # counted on from the previous marker, keep this linear in the length of the page.
    code = CODE.finditer(text)
    span = next(code, None)
    found, line, counted_to = [], 1, 0
    for match in MARKER.finditer(text):
        start = match.start()
        while span is not None and span.end() <= start:
            span = next(code, None)
        if span is not None and span.start() <= start:
            continue
        line += text.count("\n", counted_to, start)
        counted_to = start
        col = start - (text.rfind("\n", 0, start) + 1) + 1
        line_end = text.find("\n", match.end())
        alone = not text[start - col + 1 : start].strip() and not text[match.end() : None if line_end < 0 else line_end].strip()
        found.append(
            Reference(match.group(1), tuple(match.group(2).split()), Loc(file, line, col), match.start(), match.end(), match.group(0), alone)
        )
    return found
