"""Inline references: a figure, a legal provision, a violation, a source or an event date."""
from __future__ import annotations

from . import paths
from .dataset import Dataset
from .markdown_text import as_of_phrase, md, relative, stated_value, tooltip
from .records import Event, Figure, LegalArticle, Source, Violation


def figure_title(figure: Figure, dataset: Dataset) -> str:
    source = dataset.sources[figure.source].name
    return f"{figure.label}: {stated_value(figure)} {figure.unit}, {as_of_phrase(figure)}. Source: {source}"


def figure(record: Figure, page: str, dataset: Dataset) -> str:
    link = relative(page, paths.FIGURES, record.id)
    return f'[{md(stated_value(record))}]({link} "{tooltip(figure_title(record, dataset))}"){{ .figure-ref }}'


def article(record: LegalArticle, page: str, dataset: Dataset) -> str:
    return f"[{md(record.name)}]({relative(page, paths.LEGAL, record.id)})"


def violation(record: Violation, page: str, dataset: Dataset) -> str:
    return f"[{md(record.practice)}]({relative(page, paths.VIOLATIONS, record.id)})"


def source(record: Source, page: str, dataset: Dataset) -> str:
    return f"[{md(record.name)}]({relative(page, paths.SOURCES, record.id)})"


def event(record: Event, page: str, dataset: Dataset) -> str:
    return f'[{md(record.date.human())}]({relative(page, paths.TIMELINE, record.id)} "{tooltip(record.title)}")'
