"""Rules that hold across records: references resolve, parts fit wholes, dates make sense."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..errors import ErrorSink
from ..model.dataset import Dataset
from ..model.fields import references
from ..model.records import Figure
from .counters import check_histories
from .quotes import check_quotes
from .references import not_defined
from .translated_numbers import check_translated_numbers


def check_dataset(dataset: Dataset, sink: ErrorSink, *, today: dt.date) -> None:
    _check_references(dataset, sink)
    _check_figures(dataset, sink, today)
    _check_other_dates(dataset, sink, today)
    _check_required_alternatives(dataset, sink)
    _check_via_cycles(dataset, sink)
    check_quotes(dataset, sink)
    check_translated_numbers(dataset, sink)
    check_histories(dataset, sink)


def _check_references(dataset: Dataset, sink: ErrorSink) -> None:
    for kind, records in dataset.records.items():
        for record in records.values():
            for target_kind, target_id, loc, name in references(record):
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


def _chain(start: str, next_of: Callable[[str], str | None]) -> list[str] | None:
    """The ids from `start` along its links (part_of, via) when they lead back to `start`: a circle; else None."""
    chain = [start]
    following = next_of(start)
    while following and following not in chain:
        chain.append(following)
        following = next_of(following)
    return chain if following == start else None


def _check_part_cycles(dataset: Dataset, sink: ErrorSink) -> set[str]:
    """Report each circle of part_of links once, at its first figure; return the figures in circles."""
    in_circle: set[str] = set()
    for figure in dataset.figures.values():
        if figure.id in in_circle or figure.part_of == figure.id:
            continue
        chain = _chain(figure.id, lambda record_id: dataset.figures[record_id].part_of if record_id in dataset.figures else None)
        if chain and len(chain) > 1:
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
        if not source.title:
            sink.add(source.locs["__record__"], f"source '{source.id}': give the document's title exactly as published, or 'title: untitled' when it is not known; a description of the document goes into 'note'")
        elif source.title_translation and not source.title_language:
            sink.add(source.locs["title_translation"], f"source '{source.id}': a title_translation needs title_language (uk or ru): the language the title is written in")
    for article in dataset.articles.values():
        if not (article.text or article.summary):
            sink.add(article.locs["__record__"], f"article '{article.id}': give the verbatim text or a summary in your own words")


def _check_via_cycles(dataset: Dataset, sink: ErrorSink) -> None:
    """A source known through itself, or through a source known through it: each circle once, at its first source."""
    reported: set[str] = set()
    for source in dataset.sources.values():
        if source.id in reported or not source.via:
            continue
        if source.via == source.id:
            reported.add(source.id)
            sink.add(source.locs["via"], f"source '{source.id}': via names the source itself; name the source through which it is known, or remove via")
            continue
        chain = _chain(source.id, lambda record_id: dataset.sources[record_id].via if record_id in dataset.sources else None)
        if chain:
            reported.update(chain)
            circle = " → ".join([*chain, source.id])
            sink.add(source.locs["via"], f"source '{source.id}': via goes round in a circle ({circle}); a source cannot be known through itself")
