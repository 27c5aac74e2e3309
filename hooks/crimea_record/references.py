"""Reference markers in Markdown, such as {{ fig art328-cases }}: find, check, expand.

A marker names what it shows and the ids it shows. Markers inside code (`...` or fenced
blocks) are left alone, so the editors' guide can show them, and so is one written
with a backslash before it: \\{{ fig art328-cases }}.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import blocks, charts, inline
from .dataset import Dataset
from .checks import not_defined
from .errors import ErrorSink, Loc, did_you_mean

MARKER = re.compile(r"(?<!\\)\{\{\s*([A-Za-z_-]+)((?:\s+[^\s{}]+)*)\s*\}\}")
_CODE = re.compile(r"^(?P<fence>```|~~~).*?^(?P=fence)[ \t]*$|`[^`\n]+`", re.M | re.S)


@dataclass(frozen=True)
class MarkerType:
    kind: str  # what the ids name
    render: Callable[..., str]
    many: bool = False  # takes one id, or one or more
    block: bool = False  # must stand alone on its line


MARKERS: dict[str, MarkerType] = {
    "fig": MarkerType("figure", inline.figure),
    "law": MarkerType("article", inline.article),
    "violation": MarkerType("violation", inline.violation),
    "source": MarkerType("source", inline.source),
    "event": MarkerType("event", inline.event),
    "discrepancy": MarkerType("discrepancy", blocks.discrepancy, block=True),
    "cards": MarkerType("figure", blocks.figure_cards, many=True, block=True),
    "bars": MarkerType("figure", charts.bar_chart, many=True, block=True),
}


@dataclass(frozen=True)
class Reference:
    name: str
    ids: tuple[str, ...]
    loc: Loc
    start: int
    end: int
    raw: str


def find_references(text: str, file: str) -> list[Reference]:
    # Markers and code spans both come in text order: one pass over each, and line numbers
    # counted on from the previous marker, keep this linear in the length of the page.
    code = _CODE.finditer(text)
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
        found.append(
            Reference(match.group(1), tuple(match.group(2).split()), Loc(file, line, col), match.start(), match.end(), match.group(0))
        )
    return found


def check_references(refs: list[Reference], dataset: Dataset, sink: ErrorSink) -> None:
    for ref in refs:
        marker = MARKERS.get(ref.name)
        if marker is None:
            hint = did_you_mean(ref.name, MARKERS) or f"; markers are: {', '.join(MARKERS)}"
            sink.add(ref.loc, f"{ref.raw}: unknown marker '{ref.name}'{hint}")
            continue
        example = f"{{{{ {ref.name} ID{' ID …' if marker.many else ''} }}}}"
        if not ref.ids or (len(ref.ids) > 1 and not marker.many):
            sink.add(ref.loc, f"{ref.raw} needs {'one or more ids' if marker.many else 'exactly one id'}: write {example}")
            continue
        known = dataset.of_kind(marker.kind)
        for ref_id in ref.ids:
            if ref_id not in known and not dataset.is_broken(marker.kind, ref_id):
                sink.add(ref.loc, f"{ref.raw}: {marker.kind} '{ref_id}' {not_defined(marker.kind, ref_id, known)}")


def expand_references(text: str, page: str, dataset: Dataset, refs: list[Reference] | None = None) -> str:
    """Replace every marker with Markdown. `page` is the docs-relative path of the page."""
    refs = find_references(text, page) if refs is None else refs
    out, last = [], 0
    for ref in refs:
        marker = MARKERS[ref.name]
        records = [dataset.of_kind(marker.kind)[i] for i in ref.ids]
        out.append(text[last : ref.start])
        out.append(marker.render(records if marker.many else records[0], page, dataset))
        last = ref.end
    out.append(text[last:])
    return "".join(out)
