"""Each figure's chart and values as files of their own, offered on the figure's page.

`downloads/figures/ID/chart-CODE.svg`: the figure's chart over time in a language, the same
drawing as on its page (render/charts.history_svg), made a file that stands alone: an XML
declaration, its own fonts and colours, and as its last line the address of the figure's page.
`downloads/figures/ID/values.csv`: the same values as a table, oldest first, the current value
last, each with its date, its qualifier and its source; in the source language, as every data
download (UTF-8 with a byte-order mark, cells that a spreadsheet would run as formulas
neutralised as in the other CSV files).
"""
from __future__ import annotations

import re

from ..i18n.languages import Registry
from ..model.addresses import SiteInfo, page_url
from ..model.dataset import Dataset
from ..model.records import Figure, HistoryEntry
from ..render import charts
from ..render.embeds import figure_page
from ..render.language import counter, in_language, stated_value
from ..render.pages.figure_pages import chart_file, has_chart, values_file
from ..render.tables import Column, known_through_url
from .downloads import csv_bytes

_STYLE = ("<style>svg{color:#212121;background:#fff}text{font-family:'Source Sans Pro','Source Sans 3',Arial,sans-serif}"
          ".chart__title{font-weight:600}.chart__subtitle,.chart__source,.chart__date,.chart__year{fill:#545454}.chart__source{font-size:13px}</style>")
COLUMNS = [
    Column("as_of", "When the value was true: YYYY, YYYY-MM or YYYY-MM-DD; empty when the source does not say."),
    Column("value", "The number, without separators."),
    Column("qualifier", "exact, at-least, more-than or about, as the source words it."),
    Column("stated", "The value as the source words it, e.g. 'at least 281'."),
    Column("unit", "What one unit is."),
    Column("counter", "Who counted."),
    Column("current", "yes for the current value, no for an earlier one."),
    Column("source_id", "The source's id on the site."),
    Column("source_publisher", "Who published the source."),
    Column("source_url", "The source's web address, where it has one."),
    Column("source_known_through_url", "For a source known only through another document: that document's web address."),
]


def standalone_svg(figure: Figure, dataset: Dataset, address: str) -> bytes:
    svg = charts.history_svg(figure, dataset, address)
    opening_end = svg.index(">") + 1
    width, height = (float(n) for n in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups())  # type: ignore[union-attr]
    opening = svg[:opening_end - 1] + f' width="{2 * width:g}" height="{2 * height:g}">'  # a size of its own: twice the page's
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + opening + _STYLE + svg[opening_end:] + "\n").encode("utf-8")


def values_rows(figure: Figure, dataset: Dataset) -> list[dict]:
    entries = sorted(figure.history, key=lambda e: e.as_of.sort_key())
    rows = []
    values: list[tuple[Figure | HistoryEntry, bool]] = [*[(e, False) for e in entries], (figure, True)]
    for entry, current in values:
        source = dataset.sources[entry.source]
        rows.append({
            "as_of": entry.as_of.iso() if entry.as_of else "", "value": entry.value, "qualifier": entry.qualifier,
            "stated": stated_value(entry), "unit": figure.unit, "counter": counter(dataset, entry if entry.counter else figure),
            "current": "yes" if current else "no", "source_id": source.id, "source_publisher": source.publisher, "source_url": source.url or "",
            "source_known_through_url": known_through_url(dataset, source.id) or "",
        })
    return rows


def chart_files(dataset: Dataset, site: SiteInfo, languages: Registry) -> dict[str, bytes]:
    """Every figure's values as CSV, and every charted figure's chart in each language, by path relative to docs/."""
    files = {}
    for figure in dataset.figures.values():
        files[values_file(figure.id)] = csv_bytes(COLUMNS, values_rows(figure, dataset))
        if not has_chart(figure):
            continue
        for language in languages.languages:
            with in_language(language.code):
                address = site.url + language.prefix + page_url(figure_page(figure.id)) if site.url else ""
                files[chart_file(figure.id, language.code)] = standalone_svg(figure, dataset, address)
    return files
