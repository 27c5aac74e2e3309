"""The whole checked dataset: every record by kind and id, in the order editors wrote them."""
from __future__ import annotations

from dataclasses import dataclass, field

from .records import Discrepancy, Event, Figure, LegalArticle, Source, Violation


@dataclass
class Dataset:
    sources: dict[str, Source] = field(default_factory=dict)
    figures: dict[str, Figure] = field(default_factory=dict)
    articles: dict[str, LegalArticle] = field(default_factory=dict)
    violations: dict[str, Violation] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    discrepancies: dict[str, Discrepancy] = field(default_factory=dict)
    # Ids of entries that had mistakes of their own: references to them are not reported again.
    broken_ids: set[tuple[str, str]] = field(default_factory=set)
    # Kinds whose data file is missing: references to them are not checked until it is back.
    unreadable: set[str] = field(default_factory=set)

    def is_broken(self, kind: str, record_id: str) -> bool:
        """Whether `record_id` names an entry whose own mistakes have already been reported."""
        return kind in self.unreadable or (kind, record_id) in self.broken_ids

    def of_kind(self, kind: str) -> dict:
        return getattr(self, _PLURAL[kind])

    def violations_citing(self, article_id: str) -> list[Violation]:
        return [v for v in self.violations.values() if article_id in v.articles]

    def violations_evidenced_by(self, figure_id: str) -> list[Violation]:
        return [v for v in self.violations.values() if figure_id in v.figures]

    def parts_of(self, figure_id: str) -> list[Figure]:
        return [f for f in self.figures.values() if f.part_of == figure_id]


_PLURAL = {
    "source": "sources",
    "figure": "figures",
    "article": "articles",
    "violation": "violations",
    "event": "events",
    "discrepancy": "discrepancies",
}
