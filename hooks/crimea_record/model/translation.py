"""A record's translated side: one mapping per translated language beside the English fields,
under the language's `data_key` from the registry (translations/languages.yml), e.g. `uk:`.

    - id: art328-cases
      label: Criminal cases …
      uk:
        translated_from: 3f2a…        # record_english_hash() of the English fields it was made from
        label: Кримінальні справи …

Which fields have a translated side is said once, in `records.py` (`meta(..., translated=REQUIRED)`).
The loader puts each language's mapping into the record's `translations` (data_key -> Translation).
A nested entry (an earlier value, a quote, the report's wording) has its own mapping per language
with its own fields; the record's `translated_from` covers them too. Ids, addresses, dates,
numbers, quotes and legal texts have no translated side.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections.abc import Iterator
from typing import Any, get_args, get_origin

from ..errors import Loc
from .fields import field_specs, is_record_type, unwrap_optional

TRANSLATIONS = "translations"
"""The record field holding a record's translated sides, by the registry's data_key."""
HASH = "translated_from"
REQUIRED = "required"
"""A field whose English value needs its translated one."""
OPTIONAL = "optional"
"""A field that may have a translated value (an editors' translation of a quote)."""


class Translation:
    """One language's mapping in a record: its text by field name, and the hash of the English."""

    def __init__(self, texts: dict[str, str], translated_from: str | None, locs: dict[str, Loc]) -> None:
        self.texts = texts
        self.translated_from = translated_from
        self.locs = locs

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Translation) and (self.texts, self.translated_from) == (other.texts, other.translated_from)

    def __repr__(self) -> str:
        return f"Translation({self.texts!r}, {self.translated_from!r})"

    def as_mapping(self) -> dict[str, str]:
        """As in the YAML (and the JSON download)."""
        return ({HASH: self.translated_from} if self.translated_from else {}) | self.texts


Translations = dict[str, Translation]
"""A record's translated sides by the registry's data_key (`uk` -> the `uk:` mapping)."""


def side(record: Any, data_key: str | None) -> Translation | None:
    """A record's mapping for the language whose text is under `data_key`, if it has one."""
    return getattr(record, TRANSLATIONS, {}).get(data_key) if data_key else None


@functools.cache
def translated_fields(cls: Any) -> dict[str, str]:
    """Field name -> REQUIRED or OPTIONAL, for the fields of `cls` that have a translated side."""
    return {f.name: f.metadata["translated"] for f, _ in field_specs(cls) if f.metadata.get("translated")}


def text(record: Any, name: str, data_key: str | None) -> Any:
    """A field's value in the language whose text is under `data_key` (the registry's), else the English."""
    value = getattr(record, name)
    if data_key and value is not None:
        translation = side(record, data_key)
        if translation is not None and name in translation.texts:
            return translation.texts[name]
    return value


def record_english_hash(record: Any) -> str:
    """The hash of a record's English fields that have a translated side: each language's `translated_from:` holds it."""
    lines = list(_english_lines(record, ""))
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]


def _english_lines(record: Any, path: str) -> Iterator[str]:
    cls: Any = type(record)
    translated = translated_fields(cls)
    for f, tp in field_specs(cls):
        value = getattr(record, f.name)
        if value is None:
            continue
        if f.name == TRANSLATIONS:
            continue
        if f.name in translated:
            yield f"{path}{f.name}={value}"
        elif _holds_records(tp):
            for n, item in enumerate(value if isinstance(value, list) else [value]):
                yield from _english_lines(item, f"{path}{f.name}.{n}.")


def _holds_records(tp: Any) -> bool:
    inner = unwrap_optional(tp)
    if get_origin(inner) is list:
        (inner,) = get_args(inner)
    return is_record_type(inner)


@dataclasses.dataclass(frozen=True)
class Missing:
    """An English field whose translated text is missing."""

    loc: Loc  # the English field's line
    path: str  # e.g. "label", "history.1.note"
    owner_loc: Loc  # the line of the entry whose mapping should hold it


def missing(record: Any, data_key: str, path: str = "") -> Iterator[Missing]:
    """Every REQUIRED field with English text and no text under `data_key`, nested entries too."""
    cls: Any = type(record)
    translation = side(record, data_key)
    for f, tp in field_specs(cls):
        value = getattr(record, f.name)
        if value is None or f.name == TRANSLATIONS:
            continue
        if translated_fields(cls).get(f.name) == REQUIRED and (translation is None or f.name not in translation.texts):
            yield Missing(record.locs.get(f.name, record.locs["__record__"]), f"{path}{f.name}", record.locs["__record__"])
        elif _holds_records(tp):
            for n, item in enumerate(value if isinstance(value, list) else [value]):
                yield from missing(item, data_key, f"{path}{f.name}.{n + 1}." if isinstance(value, list) else f"{path}{f.name}.")
