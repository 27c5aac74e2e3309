"""Rules that hold across records: references resolve, parts fit wholes, dates make sense."""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterator
from typing import get_args, get_origin

from .build import field_specs, unwrap_optional
from .dataset import Dataset
from .dates import PartialDate
from .errors import ErrorSink, Loc, did_you_mean
from .records import KINDS, Figure


def check_dataset(dataset: Dataset, sink: ErrorSink, *, today: dt.date) -> None:
    _check_references(dataset, sink)
    _check_figures(dataset, sink, today)
    _check_other_dates(dataset, sink, today)
    _check_required_alternatives(dataset, sink)


def iter_references(record, path: str = "") -> Iterator[tuple[str, str, Loc, str]]:
    """Yield (kind, id, location, field) for every id a record points to, nested ones too."""
    for name, ref, nested in _fields(type(record)):
        value = getattr(record, name)
        full_name = f"{path}{name}"
        if ref and isinstance(value, str):
            yield ref, value, record.locs.get(name, record.locs["__record__"]), full_name
        elif ref and isinstance(value, list):
            for n, item in enumerate(value):
                yield ref, item, record.locs.get(f"{name}.{n}", record.locs["__record__"]), full_name
        elif nested and value is not None:
            for item in value if isinstance(value, list) else [value]:
                yield from iter_references(item, f"{full_name}.")


@functools.cache  # asked for every record, three times per build: decide from the types once
def _fields(cls: type) -> list[tuple[str, str | None, bool]]:
    """(name, kind it refers to, whether it holds records of its own) for each field."""
    fields = []
    for f, tp in field_specs(cls):
        inner = unwrap_optional(tp)
        if get_origin(inner) is list:
            (inner,) = get_args(inner)
        nested = dataclasses.is_dataclass(inner) and inner is not PartialDate
        fields.append((f.name, f.metadata.get("ref"), nested))
    return fields


def not_defined(kind: str, target_id: str, known: dict) -> str:
    """The end of an unknown-id message: the nearest known id, or where to define it."""
    return "is not defined" + (did_you_mean(target_id, known) or f": add it to data/{KINDS[kind][0]} or correct the id")


def _all_records(dataset: Dataset):
    for kind in ("source", "figure", "article", "violation", "event", "discrepancy"):
        for record in dataset.of_kind(kind).values():
            yield kind, record


def _check_references(dataset: Dataset, sink: ErrorSink) -> None:
    for kind, record in _all_records(dataset):
        for target_kind, target_id, loc, name in iter_references(record):
            known = dataset.of_kind(target_kind)
            if target_id in known or dataset.is_broken(target_kind, target_id):
                continue
            what = f"{name} '{target_id}'" if name == target_kind else f"{name}: {target_kind} '{target_id}'"
            sink.add(loc, f"{kind} '{record.id}': {what} {not_defined(target_kind, target_id, known)}")


def _check_figures(dataset: Dataset, sink: ErrorSink, today: dt.date) -> None:
    in_circle = _check_part_cycles(dataset, sink)
    for figure in dataset.figures.values():
        whole = dataset.figures.get(figure.part_of) if figure.part_of else None
        if figure.part_of == figure.id:
            sink.add(figure.locs["part_of"], f"figure '{figure.id}': a figure cannot be part of itself; remove part_of or name its whole")
        elif whole is not None and figure.id not in in_circle and figure.value > whole.value:
            sink.add(
                figure.locs["value"],
                f"figure '{figure.id}': value {figure.value} is larger than {whole.value}, the value of '{whole.id}' it is part of; check both numbers",
            )
        _check_figure_dates(figure, sink, today)


def _check_figure_dates(figure: Figure, sink: ErrorSink, today: dt.date) -> None:
    what = f"figure '{figure.id}'"
    if figure.as_of and figure.as_of.start > today:
        sink.add(figure.locs["as_of"], f"{what}: as_of {figure.as_of} is in the future; give the date the figure was true")
    period = figure.period
    if period:
        if period.end and period.end.end < period.start.start:
            sink.add(period.locs["end"], f"{what}: period ends ({period.end}) before it starts ({period.start}); swap or correct the dates")
        if period.start.start > today:
            sink.add(period.locs["start"], f"{what}: period starts in the future ({period.start})")
        if figure.as_of and figure.as_of.end < period.start.start:
            sink.add(figure.locs["as_of"], f"{what}: as_of {figure.as_of} is before its period starts ({period.start}); correct one of them")
    for entry in figure.history:
        if entry.as_of.start > today:
            sink.add(entry.locs["as_of"], f"{what}: history entry as_of {entry.as_of} is in the future")
        elif figure.as_of and entry.as_of.sort_key() >= figure.as_of.sort_key():
            sink.add(
                entry.locs["as_of"],
                f"{what}: history entry as_of {entry.as_of} is not earlier than the current as_of {figure.as_of}; the current value must be the newest",
            )


def _check_part_cycles(dataset: Dataset, sink: ErrorSink) -> set[str]:
    """Report each circle of part_of links once, at its first figure; return the figures in circles."""
    in_circle: set[str] = set()
    for figure in dataset.figures.values():
        if figure.id in in_circle or figure.part_of == figure.id:
            continue
        chain = [figure.id]
        current = figure
        while current.part_of and current.part_of in dataset.figures and current.part_of not in chain:
            current = dataset.figures[current.part_of]
            chain.append(current.id)
        if current.part_of == figure.id and len(chain) > 1:
            in_circle.update(chain)
            circle = " → ".join([*chain, figure.id])
            sink.add(figure.locs["part_of"], f"figure '{figure.id}': part_of goes round in a circle ({circle}); a whole cannot be part of its own part")
    return in_circle


def _check_other_dates(dataset: Dataset, sink: ErrorSink, today: dt.date) -> None:
    for event in dataset.events.values():
        if event.date.start > today:
            sink.add(event.locs["date"], f"event '{event.id}': date {event.date} is in the future; the timeline records what has happened")
    for source in dataset.sources.values():
        if source.date and source.date.start > today:
            sink.add(source.locs["date"], f"source '{source.id}': date {source.date} is in the future")


def _check_required_alternatives(dataset: Dataset, sink: ErrorSink) -> None:
    for source in dataset.sources.values():
        if not (source.title or source.description):
            sink.add(source.locs["__record__"], f"source '{source.id}': give a title (exact, as published) or a description")
    for article in dataset.articles.values():
        if not (article.text or article.summary):
            sink.add(article.locs["__record__"], f"article '{article.id}': give the verbatim text or a summary in your own words")
