"""The whole checked dataset: every record by kind and id, in the order editors wrote them."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

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
        return self.referring("violation", "articles", article_id)

    def violations_evidenced_by(self, figure_id: str) -> list[Violation]:
        return self.referring("violation", "figures", figure_id)

    def parts_of(self, figure_id: str) -> list[Figure]:
        return self.referring("figure", "part_of", figure_id)

    def referring(self, kind: str, field_name: str, target_id: str) -> list:
        """Records of `kind` whose `field_name` names `target_id`, in the editors' order."""
        return list(self._back_links.get((kind, field_name, target_id), {}).values())

    @cached_property
    def _back_links(self) -> dict[tuple[str, str, str], dict]:
        # Built once, on first use after loading, so that each page's back-links are
        # lookups rather than a scan of every record per record (which grows quadratically).
        from .checks import iter_references  # checks imports this module

        links: dict[tuple[str, str, str], dict] = {}
        for kind in _PLURAL:
            for record in self.of_kind(kind).values():
                for _, target_id, _, field_name in iter_references(record):
                    links.setdefault((kind, field_name, target_id), {})[record.id] = record
        return links


_PLURAL = {
    "source": "sources",
    "figure": "figures",
    "article": "articles",
    "violation": "violations",
    "event": "events",
    "discrepancy": "discrepancies",
}
