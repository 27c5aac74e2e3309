"""Block references that stand on their own line: key-figure cards, report-vs-record, counters side by side."""
from __future__ import annotations

from ..model.dataset import Dataset
from ..model.records import Discrepancy, Figure
from . import inline, language
from .language import _, counter, human, text
from .markdown_text import figure_date, md, md_paragraphs


def figure_cards(figures: list[Figure], page: str, dataset: Dataset) -> str:
    cards = [_card(f, page, dataset) for f in figures]
    return '<div class="figure-cards" markdown>\n\n' + "\n\n".join(cards) + "\n\n</div>"


def _card(figure: Figure, page: str, dataset: Dataset) -> str:
    source = dataset.sources[figure.source]
    return (
        '<div class="figure-card" markdown>\n\n'
        f"{inline.figure(figure, page, dataset)} {_unit(figure)}\n"
        "{ .figure-card__value }\n\n"
        f"{md(text(figure, 'label'))}\n"
        "{ .figure-card__label }\n\n"
        f"{inline.source_short_name(source, page, dataset)}{md(', ' + human(figure.as_of)) if figure.as_of else ''}\n"
        "{ .figure-card__source }\n\n"
        "</div>"
    )


def discrepancy(record: Discrepancy, page: str, dataset: Dataset) -> str:
    report_source = inline.source(dataset.sources[record.report.source], page, dataset)
    record_sources = ", ".join(inline.source(dataset.sources[s], page, dataset) for s in record.record_sources)
    events = ", ".join(
        f"{inline.event(dataset.events[e], page, dataset)}: {md(text(dataset.events[e], 'title'))}" for e in record.events
    )
    parts = [
        f'<div class="discrepancy" id="{record.id}" markdown>',
        "",
        f"**{md(text(record, 'topic'))}**",
        "{ .discrepancy__topic }",
        "",
        '<div class="discrepancy__side" markdown>',
        "",
        f"{_('The article summarising the report says')} ({report_source}):",
        "",
        f"> {language.quoted(md(record.report.quote))}",
        *language.source_language_mark(),
        "",
        "</div>",
        "",
        '<div class="discrepancy__side" markdown>',
        "",
        f"{_('The record shows')} ({record_sources}):",
        "",
        md_paragraphs(text(record, 'record')),
        "",
    ]
    if events:
        parts += [f"{_('Timeline')}: {events}", ""]
    parts += ["</div>", "", "</div>"]
    return "\n".join(parts)


def comparison(figures: list[Figure], page: str, dataset: Dataset, note: bool = True) -> str:
    """Different counters' figures side by side: never one series, each with its own date and source.
    `note`: say so under the table (the first comparison on a page only)."""
    rows = [f"| {_('Counted by')} | {_('What')} | {_('Value')} | {_('As of')} | {_('Source')} |", "| --- | --- | --- | --- | --- |"]
    for figure in figures:
        source = inline.source(dataset.sources[figure.source], page, dataset)
        rows.append(
            f"| {md(counter(dataset, figure))} | {md(text(figure, 'label'))} | {inline.figure(figure, page, dataset)} {_unit(figure)} "
            f"| {md(figure_date(figure))} | {source} |"
        )
    caption = _("Side by side, not one series: each row is a different count, with its own date and source.")
    said = f"\n\n{caption}\n{{ .comparison__note }}" if note else ""
    return '<div class="comparison" markdown>\n\n' + "\n".join(rows) + f"{said}\n\n</div>"


def _unit(figure: Figure) -> str:
    """The unit after a figure's linked value: 'criminal cases' / '(кримінальних справ)'."""
    return language.unit_after_number(figure, escape=md, markdown=True)

