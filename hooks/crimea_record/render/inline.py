"""Inline references: a record's name linked to its permanent anchor.

Every kind with an inline marker shows its record's `name` linked to `page#id`; a figure
shows its value as the source words it, and an event its date, each with a hover title.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model.dataset import Dataset
from ..model.kinds import page_of
from ..model.records import Event, Figure
from .language import _, amount, human, in_its_language, name, sentence, text, title_language
from .markdown_text import as_of_phrase, md, relative, stated_value, tooltip


def figure_title(figure: Figure, dataset: Dataset) -> str:
    source = name(dataset.sources[figure.source])
    return f"{text(figure, 'label')}: {amount(figure)}, {sentence(as_of_phrase(figure))} {_('Source')}: {source}"


def figure(record: Figure, page: str, dataset: Dataset) -> str:
    link = relative(page, page_of("figure"), record.id)
    return f'[{md(stated_value(record))}]({link} "{tooltip(figure_title(record, dataset))}"){{ .figure-ref }}'


def past(record: Figure, as_of: str, page: str, dataset: Dataset) -> str:
    """An earlier value of a figure, as its source worded it, linked to the figure's history."""
    entry = next(e for e in record.history if e.as_of.iso() == as_of)
    source = name(dataset.sources[entry.source])
    title = f"{text(record, 'label')}: {amount(entry, record)}, {sentence(_('as of') + ' ' + human(entry.as_of))} {_('Source')}: {source}"
    link = relative(page, page_of("figure"), record.id)
    return f'[{md(stated_value(entry))}]({link} "{tooltip(title)}"){{ .figure-ref .figure-ref--past }}'


def event(record: Event, page: str, dataset: Dataset) -> str:
    title = tooltip(text(record, "title"))
    return f'[{md(human(record.date))}]({relative(page, page_of("event"), record.id)} "{title}")'


def named(kind: str, record, page: str, dataset: Dataset) -> str:
    """Any record with a `name`, linked to its entry: legal provisions, violations, sources."""
    shown = in_its_language(md(record.title), title_language(record)) if kind == "source" and not record.untitled else md(name(record))
    return f"[{shown}]({relative(page, page_of(kind), record.id)})"


def article(record, page: str, dataset: Dataset) -> str:
    return named("article", record, page, dataset)


def violation(record, page: str, dataset: Dataset) -> str:
    return named("violation", record, page, dataset)


def source(record, page: str, dataset: Dataset) -> str:
    return named("source", record, page, dataset)


def source_short(record, page: str, dataset: Dataset) -> str:
    """A short human citation: the publisher and the date, linked to the source's entry."""
    shown = text(record, "publisher") + (f", {human(record.date)}" if record.date else "")
    return f"[{md(shown)}]({relative(page, page_of('source'), record.id)} \"{tooltip(name(record))}\")"


def source_short_name(record, page: str, dataset: Dataset) -> str:
    """Who published the source, linked to its entry, with its full name as a hover title."""
    return f"[{md(text(record, 'publisher'))}]({relative(page, page_of('source'), record.id)} \"{tooltip(name(record))}\")"


SPECIAL: dict[str, Callable[[Any, str, Dataset], str]] = {"figure": figure, "event": event}
"""Kinds whose inline reference is more than their name; every other kind uses `named`."""


def reference(kind: str, record, page: str, dataset: Dataset) -> str:
    render = SPECIAL.get(kind)
    return render(record, page, dataset) if render else named(kind, record, page, dataset)
