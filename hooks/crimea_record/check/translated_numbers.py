"""A translated text (`uk:` …) states the same numbers as the English it translates.

A number typed wrong in a `uk:` note, label or quote translation would otherwise reach the
Ukrainian pages unnoticed: the English side is checked against its sources, the Ukrainian side
only against the English. Only current translations are compared (a stale one is already listed
for the editors and may lag behind the English until it is updated).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, get_args, get_origin

from ..errors import ErrorSink
from ..model.dataset import Dataset
from ..model.fields import field_specs, is_record_type, unwrap_optional
from ..model.translation import record_english_hash as english_hash
from .quotes import digits_in


def check_translated_numbers(dataset: Dataset, sink: ErrorSink) -> None:
    for kind, records in dataset.records.items():
        for record in records.values():
            current = english_hash(record)
            for key, side in record.translations.items():
                if side.translated_from != current:
                    continue
                for entry, path in _entries(record, ""):
                    translation = entry.translations.get(key) if hasattr(entry, "translations") else None
                    if translation is None:
                        continue
                    for field, translated in translation.texts.items():
                        english = getattr(entry, field, None)
                        if not isinstance(english, str):
                            continue
                        if digits_in(translated) != digits_in(english):
                            sink.add(
                                translation.locs.get(field, record.locs["__record__"]),
                                f"{kind} '{record.id}': the '{key}:' text of '{path}{field}' states {_listed(digits_in(translated))} "
                                f"where the English states {_listed(digits_in(english))}; a translation keeps every number",
                            )


def _entries(record: Any, path: str) -> Iterator[tuple[Any, str]]:
    yield record, path
    cls: Any = type(record)
    for f, tp in field_specs(cls):
        value = getattr(record, f.name)
        if value is None or not is_record_type(_inner(tp)):
            continue
        for n, item in enumerate(value if isinstance(value, list) else [value]):
            yield from _entries(item, f"{path}{f.name}.{n + 1}." if isinstance(value, list) else f"{path}{f.name}.")


def _inner(tp: Any) -> Any:
    inner = unwrap_optional(tp)
    if get_origin(inner) is list:
        (inner,) = get_args(inner)
    return inner


def _listed(values: set[int]) -> str:
    return ", ".join(f"{v:,}" for v in sorted(values)) or "no number"
