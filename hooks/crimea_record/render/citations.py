"""Ready-to-paste citations of figures, violations, provisions and sources, as plain text.

One formatter serves the pages (a "Cite this" box under each entry) and the data downloads,
so the two always say the same. A citation is one short paragraph: who counted, what, as of
when, where on this site, and an access date left for the reader to fill in. What the
editors do not know is left out rather than invented. The same entries as BibTeX, RIS and
CSL-JSON are made by `publish/citation_files.py`.
"""
from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from ..model.addresses import SiteInfo, permalink
from ..model.dataset import Dataset
from ..model.kinds import KINDS
from ..model.records import Figure, LegalArticle, Source, Violation
from .language import N_, _, amount, current, human, name, quoted, sentence, site_name, text
from .markdown_text import as_of_phrase, relative, typographic

ACCESSED = N_("(accessed [date])")
CITE_THIS = {"figure": N_("Cite this figure"), "violation": N_("Cite this violation"), "provision": N_("Cite this provision"), "source": N_("Cite this source")}
"""Left for the reader: the day they looked."""
FORMATS = (("BibTeX", "bib"), ("RIS", "ris"), ("CSL-JSON", "json"))
CITATIONS_FOLDER = "downloads/citations"
WHAT = {"figure": "figure", "violation": "violation", "article": "provision", "source": "source"}
PAGE_NAMES = {"figure": N_("Figures"), "violation": N_("Violations"), "article": N_("Legal texts"), "source": N_("Sources")}


def figure_as_of(figure: Figure) -> str:
    """'October 2024', or 'date not stated by the source'."""
    return human(figure.as_of) if figure.as_of else as_of_phrase(figure)


def source_title(source: Source) -> str:
    """'“Title”', with the editors' translation of a title not in English; '[untitled]' where
    the real title is not known (never a description)."""
    if source.untitled:
        return f"[{_('untitled')}]"
    title = quoted(str(source.title))
    translation = text(source, "title_translation")
    if translation and source.title_language != current():  # no translation into the title's own language
        title += f" [{_('editors’ translation')}: {quoted(translation)}]"
    return title


def source_reference(source: Source, dataset: Dataset) -> str:
    """'Author, “Title” (Publisher, 12 May 2023), https://…', the outlet it was read at and the
    source it is known through."""
    publisher = text(source, "publisher")
    cited = f"{source.author}, " if source.author else ""
    cited += f"{source_title(source)} ({publisher}, {human(source.date)})" if source.date else f"{source_title(source)} ({publisher})"
    if source.url:
        cited += f", {source.url}"
    if source.outlet:
        cited += f", {_('known through')} {source.outlet}"
    if source.via:
        cited += f", {_('known through')} {source_reference(dataset.sources[source.via], dataset)}"
    return cited


def cited_from(site: SiteInfo, kind: str, record_id: str) -> str:
    """Where on this site: the permanent link, or without a public address the page and entry."""
    if site.url:
        where = permalink(site.url, kind, record_id)
    else:
        where = f"{_(PAGE_NAMES[kind])}, {_('entry')} {quoted(record_id)}"
    return f"{site_name(site.name)}, {where} {_(ACCESSED)}."


def _figure_citation(figure: Figure, dataset: Dataset, site: SiteInfo) -> str:
    source = dataset.sources[figure.source]
    return (
        f"{text(source, 'publisher')}: {text(figure, 'label')}: {amount(figure)}, {sentence(as_of_phrase(figure))} "
        f"{_('In')} {source_reference(source, dataset)}. {_('Cited from')} {cited_from(site, 'figure', figure.id)}"
    )


def _violation_citation(violation: Violation, dataset: Dataset, site: SiteInfo) -> str:
    law = "; ".join(name(dataset.articles[a]) for a in violation.articles)
    publishers = list(dict.fromkeys(text(dataset.sources[s], "publisher") for s in violation.sources))
    return (f"{text(violation, 'practice')}. {_('Law')}: {law}. {_('Documented by')} {'; '.join(publishers)}. "
            f"{_('Cited from')} {cited_from(site, 'violation', violation.id)}")


def _article_citation(article: LegalArticle, dataset: Dataset, site: SiteInfo) -> str:
    cited = f"{name(article)}. {_('Official text')}: {source_reference(dataset.sources[article.source], dataset)}"
    if article.url:
        cited += f"; {_('this provision')}: {article.url}"
    return f"{cited}. {_('Quoted in')} {cited_from(site, 'article', article.id)}"


def _source_citation(source: Source, dataset: Dataset, site: SiteInfo) -> str:
    return f"{source_reference(source, dataset)}. {_('Listed in')} {cited_from(site, 'source', source.id)}"


def figure_citation(figure: Figure, dataset: Dataset, site: SiteInfo) -> str:
    return typographic(_figure_citation(figure, dataset, site))


def violation_citation(violation: Violation, dataset: Dataset, site: SiteInfo) -> str:
    return typographic(_violation_citation(violation, dataset, site))


def article_citation(article: LegalArticle, dataset: Dataset, site: SiteInfo) -> str:
    return typographic(_article_citation(article, dataset, site))


def source_citation(source: Source, dataset: Dataset, site: SiteInfo) -> str:
    return typographic(_source_citation(source, dataset, site))


CITE: dict[str, Callable[[Any, Dataset, SiteInfo], str]] = {"figure": figure_citation, "violation": violation_citation, "article": article_citation, "source": source_citation}
"""Kind -> its citation formatter: the kinds that have a "Cite this" box."""


def citation_file(kind: str, record_id: str, extension: str) -> str:
    """The path (relative to docs/) of one entry's citation file."""
    return f"{CITATIONS_FOLDER}/{KINDS[kind].plural.replace(' ', '-')}/{record_id}.{extension}"


def citation_block(text: str, what: str, label: bool = True) -> str:
    """A raw HTML box for a generated Markdown page, folded until the reader opens it (or open,
    without a label, under a heading of its own): selectable text in a code block, so the theme's
    copy button (a real <button>, reachable with the keyboard) applies to it."""
    code = f'<pre class="citation__text"><code>{_html(text)}</code></pre>'
    if not label:
        return f'<div class="citation">{code}</div>'
    return f'<details class="citation"><summary class="citation__label">{_html(_(CITE_THIS[what]))}</summary>{code}</details>'


def cite_box(kind: str, record_id: str, dataset: Dataset, site: SiteInfo, from_page: str, label: bool = True) -> list[str]:
    """The "Cite this" box of one entry and links to the same entry as BibTeX, RIS and CSL-JSON."""
    record = dataset.of_kind(kind)[record_id]
    links = " · ".join(f"[{name}]({relative(from_page, citation_file(kind, record_id, ext))})" for name, ext in FORMATS)
    return [
        citation_block(CITE[kind](record, dataset, site), WHAT[kind], label),
        "",
        f"{_('Import into a reference manager')}: {links}",
        "{ .citation__formats }",
        "",
    ]


def _html(text: str) -> str:
    """Data text in raw HTML: escaped, and braces as character references, so that it can
    never form a reference marker when the page's Markdown is scanned for them."""
    return escape(text).replace("{", "&#123;").replace("}", "&#125;")
