"""The whole checked dataset: every record by kind and id, in the order editors wrote them."""
from __future__ import annotations

from functools import cached_property
from typing import Any

from .fields import references
from .kinds import KINDS
from .records import Discrepancy, Event, Figure, HistoryEntry, LegalArticle, Source, Violation


class Dataset:
    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {kind: {} for kind in KINDS}
        """kind -> id -> record, for every kind in the registry."""
        self.broken_ids: set[tuple[str, str]] = set()
        """Ids of entries that had mistakes of their own: references to them are not reported again."""
        self.unreadable: set[str] = set()
        """Kinds whose data file is missing: references to them are not checked until it is back."""

    def of_kind(self, kind: str) -> dict[str, Any]:
        return self.records[kind]

    @property
    def figures(self) -> dict[str, Figure]:
        return self.records["figure"]

    @property
    def sources(self) -> dict[str, Source]:
        return self.records["source"]

    @property
    def articles(self) -> dict[str, LegalArticle]:
        return self.records["article"]

    @property
    def violations(self) -> dict[str, Violation]:
        return self.records["violation"]

    @property
    def events(self) -> dict[str, Event]:
        return self.records["event"]

    @property
    def discrepancies(self) -> dict[str, Discrepancy]:
        return self.records["discrepancy"]

    def all_ids(self) -> set[str]:
        return {record_id for records in self.records.values() for record_id in records}

    def is_broken(self, kind: str, record_id: str) -> bool:
        """Whether `record_id` names an entry whose own mistakes have already been reported."""
        return kind in self.unreadable or (kind, record_id) in self.broken_ids

    def violations_citing(self, article_id: str) -> list[Violation]:
        return self.referring("violation", "articles", article_id)

    def violations_evidenced_by(self, figure_id: str) -> list[Violation]:
        return self.referring("violation", "figures", figure_id)

    def counter(self, entry: Figure | HistoryEntry) -> str:
        """Who counted: the entry's own `counter`, else its source's publisher."""
        if entry.counter:
            return entry.counter
        source = self.sources.get(entry.source)
        return source.publisher if source else entry.source

    def parts_of(self, figure_id: str) -> list[Figure]:
        return self.referring("figure", "part_of", figure_id)

    def referring(self, kind: str, field_name: str, target_id: str) -> list:
        """Records of `kind` whose `field_name` names `target_id`, in the editors' order."""
        return list(self._back_links.get((kind, field_name, target_id), {}).values())

    @cached_property
    def _back_links(self) -> dict[tuple[str, str, str], dict]:
        # Built once, on first use after loading, so that each page's back-links are
        # lookups rather than a scan of every record per record (which grows quadratically).
        links: dict[tuple[str, str, str], dict] = {}
        for kind, records in self.records.items():
            for record in records.values():
                for _, target_id, _, field_name in references(record):
                    links.setdefault((kind, field_name, target_id), {})[record.id] = record
        return links
