"""What the record classes' type hints and field metadata say, worked out once per class.

The loader, the checks, the downloads and the JSON Schemas all read records through these
helpers, so a field is described in one place: its class in `records.py`.
"""
from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Iterator
from typing import Any, get_args, get_origin, get_type_hints

from ..errors import Loc
from .dates import PartialDate


@functools.cache  # get_type_hints is slow and was called once per record
def field_specs(cls: Any) -> list[tuple[dataclasses.Field, Any]]:
    """(field, type) for each field an editor writes; internal fields (locations) left out."""
    hints = get_type_hints(cls)
    return [(f, hints[f.name]) for f in dataclasses.fields(cls) if not f.metadata.get("internal")]


def is_required(f: dataclasses.Field) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


def unwrap_optional(tp: Any) -> Any:
    """`X | None` -> X; any other type unchanged."""
    if get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def is_record_type(tp: Any) -> bool:
    """Whether values of `tp` are records of their own (nested mappings in the YAML)."""
    return dataclasses.is_dataclass(tp) and tp is not PartialDate


def references(record: Any, path: str = "") -> Iterator[tuple[str, str, Loc, str]]:
    """Yield (kind, id, location, field) for every id a record points to, nested ones too."""
    cls: Any = type(record)
    for name, ref, nested in _reference_fields(cls):
        value = getattr(record, name)
        full_name = f"{path}{name}"
        if ref and isinstance(value, str):
            yield ref, value, record.locs.get(name, record.locs["__record__"]), full_name
        elif ref and isinstance(value, list):
            for n, item in enumerate(value):
                yield ref, item, record.locs.get(f"{name}.{n}", record.locs["__record__"]), full_name
        elif nested and value is not None:
            for item in value if isinstance(value, list) else [value]:
                yield from references(item, f"{full_name}.")


@functools.cache  # asked for every record, three times per build: decide from the types once
def _reference_fields(cls: Any) -> list[tuple[str, str | None, bool]]:
    """(name, kind it refers to, whether it holds records of its own) for each field."""
    fields = []
    for f, tp in field_specs(cls):
        inner = unwrap_optional(tp)
        if get_origin(inner) is list:
            (inner,) = get_args(inner)
        fields.append((f.name, f.metadata.get("ref"), is_record_type(inner)))
    return fields
