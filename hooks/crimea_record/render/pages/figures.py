"""The Figures page: one permanent anchor per figure, with source, history and back-links."""
from __future__ import annotations

from ...kinds import page_of
from ...load.corrections_file import Correction
from ...model.addresses import SiteInfo
from ...model.dataset import Dataset
from ...model.records import Figure
from ..changes import last_change
from ..citations import cite_box
from ..embeds import figure_page
from ..markdown_text import figure_date, md, md_paragraphs, relative, stated_value, tooltip
from ..source_words import quote_block, quote_inline
from .common import Discussed, definition, discussed_on, edit_link, marker, source_line

PATH = page_of("figure")

QUALIFIERS = {
    "exact": "exact (the source gives the number without qualifier)",
    "at-least": "at least",
    "more-than": "more than (the source says “more than” or “over”)",
    "about": "about (an estimate)",
}

TOPICS = {
    "prosecutions": "Prosecutions under Article 328",
    "conscription": "Conscription",
    "mobilisation": "Mobilisation and casualties",
    "children": "Militarisation of children",
}


def render(
    dataset: Dataset,
    used_on: dict[tuple[str, str], list[tuple[str, str]]],
    site: SiteInfo | None = None,
    discussed: Discussed | None = None,
    corrections: list[Correction] | None = None,
) -> str:
    out = [
        "# Figures",
        "",
        "Every number this site states, once. Each has a permanent link (its id), who counted it, the "
        "source it comes from, the date it refers to, how the source qualifies it (exact, at least, more "
        "than, about) and the source's own words. Where a counter has published earlier values of the "
        "same measure, they are listed as its history; other counters' numbers are figures of their own.",
        "",
    ]
    for topic, heading in TOPICS.items():
        figures = [f for f in dataset.figures.values() if f.topic == topic]
        if not figures:
            continue
        out += [f"## {md(heading)}", ""]
        for figure in figures:
            out += _figure(figure, dataset, discussed, corrections or [])
            out += edit_link(figure, site)
            if site:
                out += cite_box("figure", figure.id, dataset, site, PATH)
    return "\n".join(out)


def _figure(figure: Figure, dataset: Dataset, discussed: Discussed | None, corrections: list[Correction]) -> list[str]:
    # The value is stated once, in the heading (so the site's search finds the entry by its
    # number), set apart from the label; the citation below is folded.
    value = f'<span class="figure-heading__value"><strong>{md(stated_value(figure))}</strong> {md(figure.unit)}</span>'
    out = [
        f'### {md(figure.label)}<span class="figure-heading__sep">:</span> {value} {{ #{figure.id} }}',
        "",
        definition("As of", md(figure_date(figure))),
    ]
    if figure.period:
        end = figure.period.end.human() if figure.period.end else "onwards"
        span = f"{figure.period.start.human()} – {end}" if figure.period.end else f"from {figure.period.start.human()}"
        out.append(definition("Period counted", md(span)))
    out.append(definition("Counted by", md(dataset.counter(figure))))
    out.append(definition("Source", source_line(dataset, figure.source)))
    if figure.uncertain:
        out.append(definition("Uncertain", md(figure.uncertain)))
    if figure.part_of:
        out.append(definition("Part of", f"[{md(dataset.figures[figure.part_of].label)}](#{figure.part_of})"))
    parts = dataset.parts_of(figure.id)
    if parts:
        out.append(definition("Parts", "; ".join(f"[{md(p.label)}](#{p.id})" for p in parts)))
    violations = dataset.violations_evidenced_by(figure.id)
    if violations:
        out.append(definition("Evidence for", "; ".join(marker("violation", v.id) for v in violations)))
    out += discussed_on(discussed, "figure", figure.id, PATH)
    changed = last_change(figure, corrections)
    out.append(definition("Latest change", f"{md(changed[0].human())} ({changed[1]})" if changed else "no dated change on record"))
    out.append(definition("Share, cite or embed", f"[this figure's own page, with its share image]({relative(PATH, figure_page(figure.id))})"))
    # On paper the heading's link symbol means nothing: print the permanent link instead.
    out += ["", f"Permanent link: [figures/#{figure.id}](#{figure.id})", "{ .print-only }", ""]
    out += quote_block(figure)
    if figure.note:
        out += [md_paragraphs(figure.note), ""]
    if figure.history:
        out += [
            '<div class="figure-history" markdown>',
            "",
            "Earlier values, newest first:",
            "",
            "| As of | Value | Source | The source's words | Note |",
            "| --- | --- | --- | --- | --- |",
        ]
        for entry in sorted(figure.history, key=lambda e: e.as_of.sort_key(), reverse=True):
            source = dataset.sources[entry.source]
            note = md(entry.note or "")
            if entry.uncertain:
                note = f"**Uncertain:** {md(entry.uncertain)} {note}".strip()
            out.append(
                f"| {md(entry.as_of.human())} | {md(stated_value(entry))} | {_short_source(source)} | {quote_inline(entry)} | {note} |"
            )
        out += ["", "</div>", ""]
    return out


def _short_source(source) -> str:
    """The publisher, linked to the source's entry, with the full title as a hover title."""
    return f'[{md(source.publisher)}](sources.md#{source.id} "{tooltip(source.name)}")'
