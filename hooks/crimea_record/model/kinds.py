"""The kinds of record the site holds: one table that every stage reads.

Loading (which file), checking (what an id may point to), references in prose (which
marker), generated pages and permanent links (which page, anchored by id), downloads (which
CSV file and JSON key) and the editors' JSON Schemas all come from here. Adding a kind means
a record class in `model/records.py` and an entry below; a kind with a page of its own also
needs that page's renderer in `render/pages/`.
"""
from __future__ import annotations

from dataclasses import dataclass

from .records import Discrepancy, Event, Figure, LegalArticle, Source, Violation


@dataclass(frozen=True)
class Kind:
    name: str
    """How messages, field metadata (`ref=`) and the code name the kind: 'figure'."""
    plural: str
    """In prose and messages: 'figures'."""
    record: type
    """The record class in `model/records.py`."""
    data_file: str
    """The YAML file in `data/` that lists the records: 'figures.yml'."""
    page: str | None
    """The generated page (relative to `docs/`) that holds every record of the kind, each
    under an anchor equal to its id: the record's permanent link is `figures/#ID`. None for
    a kind shown where prose places it (a discrepancy is anchored on the first page whose
    `{{ discrepancy ID }}` marker shows it)."""
    marker: str | None
    """The inline reference marker, `{{ fig ID }}`; None where only block markers show it."""
    csv_file: str
    """The CSV download, one row per record."""
    json_key: str
    """The list of these records in the JSON download."""
    heading: str
    """How the Data page and the download schema name the list."""


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("figure", "figures", Figure, "figures.yml", "figures.md", "fig", "figures.csv", "figures", "Figures"),
        Kind("source", "sources", Source, "sources.yml", "sources.md", "source", "sources.csv", "sources", "Sources"),
        Kind("article", "legal articles", LegalArticle, "legal.yml", "legal.md", "law", "legal-articles.csv", "legal_articles", "Legal provisions"),
        Kind("violation", "violations", Violation, "violations.yml", "violations.md", "violation", "violations.csv", "violations", "Violations"),
        Kind("event", "events", Event, "events.yml", "timeline.md", "event", "events.csv", "events", "Events"),
        Kind("discrepancy", "discrepancies", Discrepancy, "discrepancies.yml", None, None, "discrepancies.csv", "discrepancies", "Report wording and the record"),
    )
}
"""Every kind, in the order the downloads and the Data page list them."""


def page_of(kind: str) -> str:
    """The generated page holding every record of `kind`; KeyError for a kind without one."""
    page = KINDS[kind].page
    if page is None:
        raise KeyError(f"records of kind '{kind}' have no page of their own")
    return page
