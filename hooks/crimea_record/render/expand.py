"""Replace each reference marker in a page's Markdown with what it shows."""
from __future__ import annotations

from collections.abc import Callable

from ..load.markers import MARKERS, Reference, find_references
from ..model.dataset import Dataset
from . import blocks, charts, inline
from .language import in_language, registry

BLOCKS: dict[str, Callable[..., str]] = {
    "discrepancy": blocks.discrepancy,
    "cards": blocks.figure_cards,
    "bars": charts.bar_chart,
    "compare": blocks.comparison,
    "history": charts.history_chart,
}
"""Block markers and what draws them; inline markers are drawn by `inline.reference`."""


def _render(name: str, records: list, page: str, dataset: Dataset, first: bool = True) -> str:
    marker = MARKERS[name]
    if name == "compare":  # what a comparison means is said once a page, under its first table
        return blocks.comparison(records, page, dataset, note=first)
    if name in BLOCKS:
        return BLOCKS[name](records if marker.many else records[0], page, dataset)
    return inline.reference(marker.kind, records[0], page, dataset)


def expand_references(text: str, page: str, dataset: Dataset, refs: list[Reference] | None = None, lang: str | None = None) -> str:
    """Replace every marker with Markdown. `page` is the docs-relative path of the page;
    `lang`, a registered language's code, draws them in that language (render/language.py; default: the source)."""
    with in_language(lang or registry().source.code):
        return _expand(text, page, dataset, find_references(text, page) if refs is None else refs)


def _expand(text: str, page: str, dataset: Dataset, refs: list[Reference]) -> str:
    out, last, drawn = [], 0, set()
    for ref in refs:
        out.append(text[last : ref.start])
        if MARKERS[ref.name].dated:
            out.append(inline.past(dataset.figures[ref.ids[0]], ref.ids[1], page, dataset))
        else:
            records = [dataset.of_kind(MARKERS[ref.name].kind)[i] for i in ref.ids]
            out.append(_render(ref.name, records, page, dataset, first=ref.name not in drawn))
            drawn.add(ref.name)
        last = ref.end
    out.append(text[last:])
    return "".join(out)
