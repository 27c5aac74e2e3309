"""The records' Ukrainian text: what is missing, and what was translated from an older English text.

Listed, not refused: a correction to an English figure must never wait for its translation.
The build logs each line, `python -m crimea_record check` prints it, the Ukrainian page shows
the English text where the Ukrainian is missing and says when a translation may be out of date.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model.dataset import Dataset
from ..model.kinds import KINDS
from ..model.translation import HASH, missing, record_english_hash


@dataclass
class RecordTranslations:
    lines: list[str] = field(default_factory=list)
    """Every missing or stale translation, as `file:line:col: what to do`."""
    stale: set[tuple[str, str]] = field(default_factory=set)
    """(kind, id) of the records translated from an older English text."""
    incomplete: set[tuple[str, str]] = field(default_factory=set)
    """(kind, id) of the records with English text that has no Ukrainian side."""


def record_translations(dataset: Dataset) -> RecordTranslations:
    found = RecordTranslations()
    for kind in KINDS.values():
        for record in dataset.of_kind(kind.name).values():
            _check(kind.name, kind.data_file, record, found)
    return found


def _check(kind: str, data_file: str, record: Any, found: RecordTranslations) -> None:
    what = f"{kind} '{record.id}'"
    gaps = list(missing(record))
    for gap in gaps:
        name = gap.path.rsplit(".", 1)[-1]
        nested = gap.path[: -len(name)]
        where = f" in {nested.rstrip('.')}" if nested else ""
        found.lines.append(f"{gap.loc}: {what} has no Ukrainian {name}{where}: add `uk: {name}: …` to {'that part' if nested else 'the entry'}")
    if gaps:
        found.incomplete.add((kind, record.id))
    current = record_english_hash(record)
    uk = record.uk
    if uk is not None and uk.translated_from != current and (uk.texts or uk.translated_from):
        loc = uk.locs.get(HASH, record.locs["uk"])
        said = "was translated from an older English text" if uk.translated_from else "does not say which English text it was translated from"
        found.lines.append(f"{loc}: {what}: the Ukrainian text {said}; check it against the English, then set `uk: {HASH}: {current}`")
        found.stale.add((kind, record.id))
    elif uk is None and not gaps and _has_nested_ukrainian(record):
        found.lines.append(f"{record.locs['__record__']}: {what}: add `uk: {HASH}: {current}` to the entry")
        found.stale.add((kind, record.id))


def _has_nested_ukrainian(record: Any) -> bool:
    return any(getattr(v, "uk", None) is not None for v in vars(record).values()) or any(
        getattr(item, "uk", None) is not None for v in vars(record).values() if isinstance(v, list) for item in v
    )
