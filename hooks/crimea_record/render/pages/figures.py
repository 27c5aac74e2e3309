"""The Figures page: one permanent anchor per figure, with source, history and back-links."""
from __future__ import annotations

from html import escape

from ...load.corrections_file import Correction
from ...model.addresses import SiteInfo
from ...model.dataset import Dataset
from ...model.kinds import page_of
from ...model.records import Figure
from .. import language
from ..changes import last_change
from ..citations import cite_box
from ..embeds import figure_page
from ..language import N_, _, anchor, counter, human, name, text, translation_notice
from ..markdown_text import figure_date, md, md_paragraphs, relative, stated_value, tooltip, typographic
from ..source_words import quote_block, quote_inline
from .common import Discussed, definition, discussed_on, edit_link, marker, source_line

PATH = page_of("figure")
WORDS_HEADER = N_("The source's words")
OWN_PAGE = N_("this figure's own page, with its share image")
MORE = N_("The source's words, notes, earlier values and citation")

TOPICS = {
    "prosecutions": N_("Prosecutions under Article 328"),
    "conscription": N_("Conscription"),
    "mobilisation": N_("Mobilisation and casualties"),
    "children": N_("Militarisation of children"),
}


def render(
    dataset: Dataset,
    used_on: dict[tuple[str, str], list[tuple[str, str]]],
    site: SiteInfo | None = None,
    discussed: Discussed | None = None,
    corrections: list[Correction] | None = None,
) -> str:
    out = [
        # Entries whose labels name a subject ("Members of “Yunarmiya” ...") match a search for it
        # as the written page's heading about it does; Material scores without length normalisation,
        # so the listing's repeated mentions would rank it above that page. A number in an entry's
        # heading still finds the entry first.
        "---",
        "search:",
        "  boost: 0.5",
        "---",
        "",
        f"# {_('Figures')}{anchor('Figures')}",
        "",
        _("Every number this site states, once. Each has a permanent link (its id), who counted it, the "
          "source it comes from, the date it refers to, how the source qualifies it (exact, at least, more "
          "than, about) and the source's own words. Where a counter has published earlier values of the "
          "same measure, they are listed as its history; other counters' numbers are figures of their own."),
        "",
    ]
    for topic, heading in TOPICS.items():
        figures = [f for f in dataset.figures.values() if f.topic == topic]
        if not figures:
            continue
        out += [f"## {md(_(heading))}{anchor(heading)}", ""]
        for figure in figures:
            entry = _figure(figure, dataset, discussed, corrections or [], site.url if site else "")
            if site:  # the citation folded with the rest, before the entry's closing </details>
                entry[-2:-2] = cite_box("figure", figure.id, dataset, site, PATH)
            out += entry
            out += edit_link(figure, site)
    return "\n".join(out)


def _figure(figure: Figure, dataset: Dataset, discussed: Discussed | None, corrections: list[Correction], site_url: str = "") -> list[str]:
    # The value is stated once, in the heading (so the site's search finds the entry by its
    # number), set apart from the label; the citation below is folded.
    unit = language.unit_after_number(figure, escape=md, markdown=True)
    value = f'<span class="figure-heading__value"><strong>{md(stated_value(figure))}</strong> {unit}</span>'
    out = [
        f'### {md(text(figure, "label"))}<span class="figure-heading__sep">:</span> {value} {{ #{figure.id} }}',
        "",
        *translation_notice(figure),
        definition(_("As of"), md(figure_date(figure))),
    ]
    if figure.period:
        start = human(figure.period.start)
        if figure.period.end == figure.period.start:
            span = start  # one year (or month) counted: '2017', not '2017 – 2017'
        elif figure.period.end:
            span = f"{start} – {human(figure.period.end)}"
        else:
            span = _("from {start}").format(start=start)
        out.append(definition(_("Period counted"), md(span)))
    out.append(definition(_("Counted by"), md(counter(dataset, figure))))
    out.append(definition(_("Source"), source_line(dataset, figure.source)))
    if figure.uncertain:
        out.append(definition(_("Uncertain"), md(text(figure, "uncertain"))))
    out.append(definition(_("Share, cite or embed"), f"[{_(OWN_PAGE)}]({relative(PATH, figure_page(figure.id))})"))
    # The rest of the entry is folded: the page stays a list a reader can scan (the figure's own
    # page shows it all); folded text is still in the page, for search, print and find-in-page.
    out += ["", f'<details class="figure-more" markdown><summary>{escape(typographic(_(MORE)))}</summary>', ""]
    if figure.part_of:
        out.append(definition(_("Part of"), f"[{md(text(dataset.figures[figure.part_of], 'label'))}](#{figure.part_of})"))
    parts = dataset.parts_of(figure.id)
    if parts:
        out.append(definition(_("Parts"), "; ".join(f"[{md(text(p, 'label'))}](#{p.id})" for p in parts)))
    violations = dataset.violations_evidenced_by(figure.id)
    if violations:
        out.append(definition(_("Evidence for"), "; ".join(marker("violation", v.id) for v in violations)))
    out += discussed_on(discussed, "figure", figure.id, PATH)
    changed = last_change(figure, corrections)
    out.append(definition(_("Latest change"), f"{md(human(changed[0]))} ({_(changed[1])})" if changed else _("no dated change on record")))
    # On paper the heading's link symbol means nothing: print the permanent link instead (in full
    # when the site's public address is set).
    address = md(f"{site_url}{language.lang().prefix}figures/#{figure.id}")
    out += ["", f"{_('Permanent link')}: [{address}](#{figure.id})", "{ .print-only }", ""]
    out += quote_block(figure)
    if figure.note:
        out += [md_paragraphs(text(figure, "note")), ""]
    if figure.history:
        out += [
            '<div class="figure-history" markdown>',
            "",
            _("Earlier values, newest first:"),
            "",
            f"| {_('As of')} | {_('Value')} | {_('Source')} | {_(WORDS_HEADER)} | {_('Note')} |",
            "| --- | --- | --- | --- | --- |",
        ]
        for entry in sorted(figure.history, key=lambda e: e.as_of.sort_key(), reverse=True):
            source = dataset.sources[entry.source]
            note = md(text(entry, "note") or "")
            if entry.uncertain:
                note = f"**{_('Uncertain')}:** {md(text(entry, 'uncertain'))} {note}".strip()
            out.append(
                f"| {md(human(entry.as_of))} | {md(stated_value(entry))} | {_short_source(source)} | {quote_inline(entry)} | {note} |"
            )
        out += ["", "</div>", ""]
    out += ["</details>", ""]
    return out


def _short_source(source) -> str:
    """The publisher, linked to the source's entry, with the full title as a hover title."""
    return f'[{md(text(source, "publisher"))}](sources.md#{source.id} "{tooltip(name(source))}")'
