"""The brief as one HTML document in the current language, for the PDF engine (brief_pdf.py).

What it holds is chosen from the data the site is made of, never written here: the finding is
Home's first paragraph (`lead_html`, already HTML); the key figures are Home's key-figure cards;
the chart is the prosecutions figure with the longest published history; the law is every
provision a violation breaches, quoted verbatim with its link; the differences are
data/discrepancies.yml; the sources are those of everything above, numbered. Every text from
the data is escaped here, once (html.escape), and nowhere else.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from ..model.addresses import SiteInfo, permalink
from ..model.dataset import Dataset
from ..model.dates import PartialDate
from ..model.records import Figure, LegalArticle
from ..render.citations import source_reference
from ..render.language import N_, _, amount, counter, human, lang, name, quoted, registry, site_name, text, translated
from ..render.markdown_text import as_of_phrase, typographic
from . import brief_chart

LICENCE = N_(
    "The text of {who} written by its editors, and its compilation of the data (the selection, arrangement and descriptions of the records), "
    "are licensed under {title} ({name}, {url}): you may share and adapt them for any purpose, naming {who} as the source. "
    "Quoted texts (reports, articles, laws, treaties) remain their authors’ and are quoted here for reference; each figure "
    "belongs to the source named with it and must be cited to that source."
)
"""The licence paragraph the site shows on About and Data (model.addresses.Licence.statement), here in the brief's language."""


@dataclass
class BriefInputs:
    dataset: Dataset
    site: SiteInfo
    lead_html: str  # Home's first paragraph, as HTML with absolute links (brief_lead.py)
    key_figures: list[str]  # ids, in Home's order
    qr_svg: str = ""  # a QR code of the site's address, when one is set (brief_qr.py)
    built: dt.date | None = None


def chart_figure(dataset: Dataset) -> Figure | None:
    """The figure whose growth the brief charts: of the prosecutions figures, the one with the longest history."""
    candidates = [f for f in dataset.figures.values() if f.topic == "prosecutions" and f.history]
    return max(candidates, key=lambda f: len(f.history), default=None)


def provisions(dataset: Dataset) -> list[LegalArticle]:
    """Every provision a violation breaches, in the order the violations name them."""
    ids = dict.fromkeys(a for v in dataset.violations.values() for a in v.articles)
    return [dataset.articles[a] for a in ids]


class _Sources:
    """The sources cited, numbered in the order they are first cited."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.order: list[str] = []

    def cite(self, source_id: str) -> str:
        if source_id not in self.order:
            self.order.append(source_id)
        return f'<span class="ref">[{self.order.index(source_id) + 1}]</span>'


def brief_html(inputs: BriefInputs, stylesheet: str) -> str:
    dataset, site = inputs.dataset, inputs.site
    sources = _Sources(dataset)
    title = site_name(site.name)
    body = [_header(inputs, title)]
    if inputs.lead_html:
        body += [f'<section class="finding"><h2>{escape(_("The finding"))}</h2>{inputs.lead_html}</section>']
    if inputs.key_figures:
        body += [_key_figures(inputs, sources)]
    figure = chart_figure(dataset)
    if figure is not None:
        body += [_chart(figure, dataset, sources)]
    body += [_law(dataset, sources, site)]
    if dataset.discrepancies:
        body += [_differences(dataset, sources)]
    body += [_sources(dataset, sources), _colophon(inputs, title)]
    html_lang = lang().html_lang
    return (
        f'<!DOCTYPE html><html lang="{escape(html_lang)}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}: {escape(_('brief'))}</title>"
        f'<meta name="author" content="{escape(site.publisher or title)}">'
        f'<meta name="dcterms.created" content="{escape((inputs.built or site.accessed).isoformat())}">'
        f"<style>{stylesheet}</style></head><body>" + "".join(body) + "</body></html>"
    )


def _header(inputs: BriefInputs, title: str) -> str:
    site = inputs.site
    lines = [f'<p class="kicker">{escape(_("Brief"))}</p>', f"<h1>{escape(title)}</h1>"]
    facts = []
    if site.publisher:
        facts.append(f"{escape(_('Published by'))} {escape(site.publisher)}")
    if site.updated:
        facts.append(f"{escape(_('Data as of'))} {escape(human(PartialDate.parse(site.updated)))}")
    if site.url:
        facts.append(_link(site.url + lang().prefix))
    if facts:
        lines.append(f'<p class="facts">{" · ".join(facts)}</p>')
    return "<header>" + "".join(lines) + "</header>"


def _key_figures(inputs: BriefInputs, sources: _Sources) -> str:
    dataset, site = inputs.dataset, inputs.site
    head = [_("Figure"), _("Value"), _("Counted by"), _("As of"), _("Source")]
    rows = []
    for figure_id in inputs.key_figures:
        figure = dataset.figures[figure_id]
        value = escape(typographic(amount(figure)))
        if site.url:
            value = f'<a href="{escape(permalink(site.url + lang().prefix, "figure", figure.id))}">{value}</a>'
        source = dataset.sources[figure.source]
        rows.append(
            f'<tr><td>{escape(typographic(text(figure, "label")))}</td><td class="value">{value}</td>'
            f"<td>{escape(counter(dataset, figure))}</td><td>{escape(_as_of(figure))}</td>"
            f"<td>{sources.cite(source.id)} {escape(text(source, 'publisher'))}</td></tr>"
        )
    note = _("Each figure is its source's, in the source's own terms; figures of different counters are not added together.")
    return (
        f'<section class="figures"><h2>{escape(_("Key figures"))}</h2><table><thead><tr>'
        + "".join(f"<th>{escape(h)}</th>" for h in head) + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
        f'<p class="note">{escape(note)}</p></section>'
    )


def _as_of(figure: Figure) -> str:
    return human(figure.as_of) if figure.as_of else as_of_phrase(figure)


def _chart(figure: Figure, dataset: Dataset, sources: _Sources) -> str:
    for entry in sorted(figure.history, key=lambda e: e.as_of.sort_key()):
        sources.cite(entry.source)
    sources.cite(figure.source)
    lines = " ".join(escape(line) for line in brief_chart.key(figure, dataset))
    return (
        f'<section class="chart"><h2>{escape(_("How the count has grown"))}</h2>'
        f'<p class="chart-title">{escape(typographic(brief_chart.title(figure, dataset)))}</p>'
        f'{brief_chart.growth_svg(figure, dataset)}<p class="chart-key">{lines}</p></section>'
    )


def _law(dataset: Dataset, sources: _Sources, site: SiteInfo) -> str:
    items = []
    source_lang = escape(registry().source.html_lang)  # the official texts are quoted in the site's source language
    for article in provisions(dataset):
        source = dataset.sources[article.source]
        address = article.url or source.url
        passages = "".join(f'<blockquote lang="{source_lang}">{escape(passage)}</blockquote>' for passage in article.text)
        if not passages and article.summary:
            passages = f'<p class="summary">{escape(_("Summary by this site"))}: {escape(text(article, "summary"))}</p>'
        link = f'<p class="link">{_link(address)}</p>' if address else ""
        items.append(f'<div class="provision"><h3>{escape(name(article))} {sources.cite(source.id)}</h3>{passages}{link}</div>')
    intro = _("The provisions these practices breach, quoted from the official texts.")
    if translated():
        intro += " " + _("The passages are quoted in English, the language of the official text the site quotes.")
    return f'<section class="law"><h2>{escape(_("The law"))}</h2><p class="note">{escape(intro)}</p>' + "".join(items) + "</section>"


def _differences(dataset: Dataset, sources: _Sources) -> str:
    items = []
    for record in dataset.discrepancies.values():
        said = f'<blockquote lang="{escape(registry().source.html_lang)}">{escape(quoted(typographic(record.report.quote)))}</blockquote>'
        record_refs = " ".join(sources.cite(s) for s in record.record_sources)
        items.append(
            f'<div class="difference"><h3>{escape(typographic(text(record, "topic")))}</h3>'
            f"<p>{escape(_('The article summarising the report says'))} {sources.cite(record.report.source)}:</p>{said}"
            f"<p>{escape(_('The record shows'))} {record_refs}: {escape(typographic(text(record, 'record')))}</p></div>"
        )
    intro = _("Where the article summarising the report and the legal record differ, both are given, each with its source.")
    return f'<section class="differences"><h2>{escape(_("Where the accounts differ"))}</h2><p class="note">{escape(intro)}</p>' + "".join(items) + "</section>"


def _sources(dataset: Dataset, sources: _Sources) -> str:
    items = "".join(f"<li>{_linked(typographic(source_reference(dataset.sources[s], dataset)))}</li>" for s in sources.order)
    return f'<section class="sources"><h2>{escape(_("Sources"))}</h2><ol>{items}</ol></section>'


def _colophon(inputs: BriefInputs, title: str) -> str:
    site = inputs.site
    lines = []
    publisher = site.publisher or _("The publisher of this site has not been named yet.")
    lines.append(f"<p><strong>{escape(_('Publisher'))}:</strong> {escape(publisher)}" + (f" · {_contact(site.contact)}" if site.publisher and site.contact else "") + "</p>")
    if site.updated:
        lines.append(f"<p><strong>{escape(_('Date of the data'))}:</strong> {escape(human(PartialDate.parse(site.updated)))}</p>")
    built = inputs.built or site.accessed
    lines.append(f"<p><strong>{escape(_('Made'))}:</strong> {escape(human(PartialDate(built.year, built.month, built.day)))}, "
                 f"{escape(_('from the same data as the site'))}</p>")
    if site.url:
        lines.append(f"<p><strong>{escape(_('Address'))}:</strong> {_link(site.url + lang().prefix)}</p>")
    else:
        lines.append(f"<p>{escape(_('The site has no public address yet.'))}</p>")
    who = quoted(title) if title else _("this site")
    licence = _(LICENCE).format(who=who, title=site.licence.title, name=site.licence.name, url=site.licence.url)
    lines.append(f"<p><strong>{escape(_('Licence'))}:</strong> {_linked(typographic(licence))}</p>")
    qr = f'<div class="qr">{inputs.qr_svg}</div>' if inputs.qr_svg else ""
    return f'<section class="colophon"><h2>{escape(_("About this brief"))}</h2><div class="colophon-body"><div>{"".join(lines)}</div>{qr}</div></section>'


def _link(url: str) -> str:
    return f'<a href="{escape(url)}">{escape(url)}</a>'


def _linked(reference: str) -> str:
    """A citation with its web addresses made links (each escaped once)."""
    words = []
    closing = escape(lang().quotes[1])
    for word in reference.split(" "):
        bare = word.rstrip(",.;:)")
        if bare.startswith(("http://", "https://")):
            words.append(_link(bare) + escape(word[len(bare):]))
        else:
            # The closing quotation mark as a text run of its own: otherwise WeasyPrint (pango) breaks
            # the line after the first word of a quoted title that holds a dash (“Illegal / mobilisation … – …”).
            words.append(escape(word).replace(closing, f"<span>{closing}</span>"))
    return " ".join(words)


def _contact(contact: str) -> str:
    address = contact if "://" in contact else f"mailto:{contact}"
    return f'<a href="{escape(address)}">{escape(contact)}</a>'
