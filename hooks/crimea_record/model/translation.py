"""The Ukrainian side of a record: a `uk:` mapping beside the English fields it translates.

    - id: art328-cases
      label: Criminal cases …
      uk:
        translated_from: 3f2a…        # record_english_hash() of the English fields it was made from
        label: Кримінальні справи …

Which fields have a Ukrainian side is said once, in `records.py` (`meta(..., uk=REQUIRED)`).
A nested entry (an earlier value, a quote, the report's wording) has its own `uk:` mapping
with its own fields; the record's `translated_from` covers them too. Ids, addresses, dates,
numbers, quotes and legal texts have no Ukrainian side.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections.abc import Iterator
from typing import Any, get_args, get_origin

from ..errors import Loc
from .fields import field_specs, is_record_type, unwrap_optional

FIELD = "uk"
HASH = "translated_from"
REQUIRED = "required"
"""A field whose English value needs its Ukrainian one."""
OPTIONAL = "optional"
"""A field that may have a Ukrainian value (an editors' translation of a quote)."""


class Ukrainian:
    """A record's `uk:` mapping: Ukrainian text by field name, and the hash of the English."""

    def __init__(self, texts: dict[str, str], translated_from: str | None, locs: dict[str, Loc]) -> None:
        self.texts = texts
        self.translated_from = translated_from
        self.locs = locs

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Ukrainian) and (self.texts, self.translated_from) == (other.texts, other.translated_from)

    def __repr__(self) -> str:
        return f"Ukrainian({self.texts!r}, {self.translated_from!r})"

    def as_mapping(self) -> dict[str, str]:
        """As in the YAML (and the JSON download)."""
        return ({HASH: self.translated_from} if self.translated_from else {}) | self.texts


@functools.cache
def translated_fields(cls: Any) -> dict[str, str]:
    """Field name -> REQUIRED or OPTIONAL, for the fields of `cls` that have a Ukrainian side."""
    return {f.name: f.metadata["uk"] for f, _ in field_specs(cls) if f.metadata.get("uk")}


def text(record: Any, name: str, lang: str) -> Any:
    """A field's value in `lang`: the Ukrainian text where there is one, else the English."""
    value = getattr(record, name)
    if lang == "uk" and value is not None:
        uk: Ukrainian | None = getattr(record, FIELD, None)
        if uk is not None and name in uk.texts:
            return uk.texts[name]
    return value


def record_english_hash(record: Any) -> str:
    """The hash of a record's English fields that have a Ukrainian side: its `uk: translated_from:` holds it."""
    lines = list(_english_lines(record, ""))
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]


def _english_lines(record: Any, path: str) -> Iterator[str]:
    cls: Any = type(record)
    translated = translated_fields(cls)
    for f, tp in field_specs(cls):
        value = getattr(record, f.name)
        if value is None:
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
    """An English field whose Ukrainian text is missing."""

    loc: Loc  # the English field's line
    path: str  # e.g. "label", "history.1.note"
    owner_loc: Loc  # the line of the entry whose `uk:` should hold it


def missing(record: Any, path: str = "") -> Iterator[Missing]:
    """Every REQUIRED field with English text and no Ukrainian text, nested entries too."""
    cls: Any = type(record)
    uk: Ukrainian | None = getattr(record, FIELD, None)
    for f, tp in field_specs(cls):
        value = getattr(record, f.name)
        if value is None:
            continue
        if translated_fields(cls).get(f.name) == REQUIRED and (uk is None or f.name not in uk.texts):
            yield Missing(record.locs.get(f.name, record.locs["__record__"]), f"{path}{f.name}", record.locs["__record__"])
        elif _holds_records(tp):
            for n, item in enumerate(value if isinstance(value, list) else [value]):
                yield from missing(item, f"{path}{f.name}.{n + 1}." if isinstance(value, list) else f"{path}{f.name}.")
