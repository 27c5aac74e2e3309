"""The records' translated text, per language: what is missing, and what was translated from an older English text.

Listed, not refused: a correction to an English figure must never wait for its translation.
The build logs each line, `python -m crimea_record check` prints it, a translated page shows
the English text where its language's is missing and says when a translation may be out of date.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..i18n.languages import Registry
from ..model.dataset import Dataset
from ..model.kinds import KINDS
from ..model.translation import HASH, missing, record_english_hash, side


@dataclass
class RecordTranslations:
    """One translated language's record text (the registry's data_key)."""

    lines: list[str] = field(default_factory=list)
    """Every missing or stale translation, as `file:line:col: what to do`."""
    stale: set[tuple[str, str]] = field(default_factory=set)
    """(kind, id) of the records translated from an older English text."""
    incomplete: set[tuple[str, str]] = field(default_factory=set)
    """(kind, id) of the records with English text that has no translated side."""
    language_name: str = ""
    """The language (its English name in the registry)."""


def record_translations(dataset: Dataset, registry: Registry) -> dict[str, RecordTranslations]:
    """Per translated language (its code): what its records' text lacks or was made from an older English text."""
    out = {}
    for lang in registry.translated:
        if not lang.data_key:
            continue
        found = RecordTranslations(language_name=lang.english_name)
        for kind in KINDS.values():
            for record in dataset.of_kind(kind.name).values():
                _check(kind.name, record, lang.data_key, found)
        out[lang.code] = found
    return out


def _check(kind: str, record: Any, key: str, found: RecordTranslations) -> None:
    what = f"{kind} '{record.id}'"
    language = found.language_name
    gaps = list(missing(record, key))
    for gap in gaps:
        name = gap.path.rsplit(".", 1)[-1]
        nested = gap.path[: -len(name)]
        where = f" in {nested.rstrip('.')}" if nested else ""
        found.lines.append(f"{gap.loc}: {what} has no {language} {name}{where}: add `{key}: {name}: …` to {'that part' if nested else 'the entry'}")
    if gaps:
        found.incomplete.add((kind, record.id))
    current = record_english_hash(record)
    translation = side(record, key)
    if translation is not None and translation.translated_from != current and (translation.texts or translation.translated_from):
        loc = translation.locs.get(HASH, record.locs[key])
        said = "was translated from an older English text" if translation.translated_from else "does not say which English text it was translated from"
        found.lines.append(f"{loc}: {what}: the {language} text {said}; check it against the English, then set `{key}: {HASH}: {current}`")
        found.stale.add((kind, record.id))
    elif translation is None and not gaps and _has_nested(record, key):
        found.lines.append(f"{record.locs['__record__']}: {what}: add `{key}: {HASH}: {current}` to the entry")
        found.stale.add((kind, record.id))


def _has_nested(record: Any, key: str) -> bool:
    return any(side(v, key) is not None for v in vars(record).values()) or any(
        side(item, key) is not None for v in vars(record).values() if isinstance(v, list) for item in v
    )
