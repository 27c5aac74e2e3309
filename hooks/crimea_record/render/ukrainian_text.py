"""Numbers and dates the Ukrainian way, and the inline references of the Ukrainian translations.

1 732 (a non-breaking space between thousands), «21 вересня 2022 р.», «жовтень 2024 р.».
The records' own text (labels, names) has no Ukrainian fields yet and is shown as written.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..kinds import page_of
from ..model.dataset import Dataset
from ..model.dates import PartialDate
from ..model.records import Event, Figure, HistoryEntry
from .markdown_text import md, relative, tooltip

NBSP = "\u00a0"
QUALIFIERS = {"exact": "", "at-least": "щонайменше ", "more-than": "понад ", "about": "близько "}
_MONTHS = ("січень", "лютий", "березень", "квітень", "травень", "червень",
           "липень", "серпень", "вересень", "жовтень", "листопад", "грудень")
_OF_MONTH = ("січня", "лютого", "березня", "квітня", "травня", "червня",
             "липня", "серпня", "вересня", "жовтня", "листопада", "грудня")


def number(value: int) -> str:
    """574; 1 732 (grouped by a non-breaking space from four digits on)."""
    return f"{value:,}".replace(",", NBSP)


def stated_value(entry: Figure | HistoryEntry) -> str:
    return QUALIFIERS[entry.qualifier] + number(entry.value)


def date(value: PartialDate) -> str:
    """«21 вересня 2022 р.», «вересень 2022 р.», «2022 р.»."""
    if value.day and value.month:
        return f"{value.day} {_OF_MONTH[value.month - 1]} {value.year}{NBSP}р."
    if value.month:
        return f"{_MONTHS[value.month - 1]} {value.year}{NBSP}р."
    return f"{value.year}{NBSP}р."


def figure(record: Figure, page: str, dataset: Dataset) -> str:
    when = f"станом на {date(record.as_of)}" if record.as_of else "дату джерело не вказує"
    title = f"{record.label}: {stated_value(record)} ({record.unit}), {when.removesuffix('.')}. Джерело: {dataset.sources[record.source].name}"
    link = relative(page, page_of("figure"), record.id)
    return f'[{_md(stated_value(record))}]({link} "{tooltip(title)}"){{ .figure-ref }}'


def event(record: Event, page: str, dataset: Dataset) -> str:
    return f'[{_md(date(record.date))}]({relative(page, page_of("event"), record.id)} "{tooltip(record.title)}")'


def _md(text: str) -> str:
    """md() folds every kind of space into a plain one: keep the no-break spaces."""
    return NBSP.join(md(part) for part in text.split(NBSP))


INLINE: dict[str, Callable[[Any, str, Dataset], str]] = {"figure": figure, "event": event}
"""Inline references drawn in Ukrainian; every other reference is drawn as on the English page."""
