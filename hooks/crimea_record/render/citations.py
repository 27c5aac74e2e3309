"""Ready-to-paste citations of figures, violations, provisions and sources, as plain text.

One formatter serves the pages (a "Cite this" box under each entry) and the data downloads,
so the two always say the same. A citation is one short paragraph: who counted, what, as of
when, where on this site (with its publisher), and an access date: the day of the build,
which the pages' script replaces with the reader's today (docs/assets/cite.js). What the
editors do not know is left out rather than invented. The same entries as BibTeX, RIS and
CSL-JSON are made by `publish/citation_files.py`.
"""
from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from ..i18n.languages import DATA_LANGUAGE
from ..model.addresses import SiteInfo, permalink
from ..model.dataset import Dataset
from ..model.dates import PartialDate
from ..model.kinds import KINDS
from ..model.records import Figure, LegalArticle, Source, Violation
from .language import N_, _, _p, amount, current, human, lang, name, quoted, sentence, site_name, text
from .markdown_text import as_of_phrase, relative, typographic
from .source_words import in_language_phrase

ACCESSED = N_("(accessed {date})")
CITE_THIS = {"figure": N_("Cite this figure"), "violation": N_("Cite this violation"), "provision": N_("Cite this provision"), "source": N_("Cite this source")}
FORMATS = (("BibTeX", "bib"), ("RIS", "ris"), ("CSL-JSON", "json"))
CITATIONS_FOLDER = "downloads/citations"
WHAT = {"figure": "figure", "violation": "violation", "article": "provision", "source": "source"}
def brief_file(code: str) -> str:
    """A language's brief (publish/briefs.py), relative to docs/: the file Home, How to cite and Data link to."""
    return f"downloads/brief-{code}.pdf"


BRIEF_HOLDS = N_("the finding, the key figures with who counted them and their sources, the growth of the prosecutions, "
                 "the law quoted, where the accounts differ and the sources, on at most four A4 pages, to attach to a letter.")
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


def accessed_day(site: SiteInfo) -> str:
    """The access date in the current language: '4 December 2026'."""
    day = site.accessed
    return human(PartialDate(day.year, day.month, day.day))


def accessed(site: SiteInfo) -> str:
    return _(ACCESSED).format(date=accessed_day(site))


def this_site(site: SiteInfo) -> str:
    """'Site name (Publisher)', or the name alone while no publisher is set."""
    return f"{site_name(site.name)} ({site.publisher})" if site.publisher else site_name(site.name)


def cited_from(site: SiteInfo, kind: str, record_id: str) -> str:
    """Where on this site: the permanent link, or without a public address the page and entry."""
    if site.url:
        where = permalink(site.url, kind, record_id)
    else:
        where = f"{_(PAGE_NAMES[kind])}, {_('entry')} {quoted(record_id)}"
    return f"{this_site(site)}, {where} {accessed(site)}."


def site_citation(site: SiteInfo) -> str:
    """The whole site: publisher, name, date of the data, address and access date."""
    title = site_name(site.name)
    if site.updated:
        title += f", {_('last updated')} {human(PartialDate.parse(site.updated))}"
    parts = [site.publisher, title] if site.publisher else [title]
    where = f"{site.url} {accessed(site)}" if site.url else accessed(site)
    return typographic(" ".join(sentence(part) for part in parts) + f" {where}.")


def dataset_citation(site: SiteInfo) -> str:
    """The dataset: the figures, violations, provisions and sources as data files, with their licence."""
    parts = [site.publisher] if site.publisher else []
    title = f"{site_name(site.name)}: {_('figures, violations, legal provisions and sources (dataset)')}"
    parts.append(f"{title}, {_('version of')} {human(PartialDate.parse(site.updated))}" if site.updated else title)
    parts.append(f"{_('Licence')}: {site.licence.name}")
    where = f"{site.url}data/ {accessed(site)}" if site.url else accessed(site)
    return typographic(" ".join(sentence(part) for part in parts) + f" {where}.")


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
    cited = f"{name(article)}. {official_text_label(article)}: {source_reference(dataset.sources[article.source], dataset)}"
    if article.url:
        cited += f"; {_('this provision')}: {article.url}"
    return f"{cited}. {_('Quoted in')} {cited_from(site, 'article', article.id)}"


OFFICIAL_TEXT_LANGUAGE = "official text language"
"""The catalogue's context of ' (in Russian)' after 'Official text' (one message per language)."""


def official_text_label(article: LegalArticle) -> str:
    """What the provision's link leads to: the official text, with its language where that is not
    the page's ('Official text (in Russian)'; an English treaty text on a Ukrainian page is
    'Офіційний текст англійською', never presented as the Ukrainian text)."""
    code = article.official_language or DATA_LANGUAGE
    if code == lang().code:
        return _("Official text")
    return _("Official text") + _p(OFFICIAL_TEXT_LANGUAGE, in_language_phrase(code))


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


def citation_block(text: str, what: str, label: bool = True, day: str = "", iso_day: str = "") -> str:
    """A raw HTML box for a generated Markdown page, folded until the reader opens it (or open,
    without a label, under a heading of its own): selectable text in a code block, so the theme's
    copy button (a real <button>, reachable with the keyboard) applies to it. The access date
    `day` is marked so that the pages' script writes the reader's today in its place."""
    body = _html(text)
    if day and iso_day and _html(day) in body:
        before, _sep, after = body.rpartition(_html(day))
        body = f'{before}<time class="citation__accessed" datetime="{iso_day}" lang="{lang().html_lang}">{_html(day)}</time>{after}'
    code = f'<pre class="citation__text"><code>{body}</code></pre>'
    if not label:
        return f'<div class="citation">{code}</div>'
    return f'<details class="citation"><summary class="citation__label">{_html(_(CITE_THIS[what]))}</summary>{code}</details>'


def cite_box(kind: str, record_id: str, dataset: Dataset, site: SiteInfo, from_page: str, label: bool = True) -> list[str]:
    """The "Cite this" box of one entry and links to the same entry as BibTeX, RIS and CSL-JSON."""
    record = dataset.of_kind(kind)[record_id]
    links = " · ".join(f"[{name}]({relative(from_page, citation_file(kind, record_id, ext))})" for name, ext in FORMATS)
    return [
        citation_block(CITE[kind](record, dataset, site), WHAT[kind], label, *marked_day(site)),
        "",
        f"{_('Import into a reference manager')}: {links}",
        "{ .citation__formats }",
        "",
    ]


def marked_day(site: SiteInfo) -> tuple[str, str]:
    """The access date as the citations write it, and as YYYY-MM-DD for the pages' script."""
    return typographic(accessed_day(site)), site.accessed.isoformat()


def _html(text: str) -> str:
    """Data text in raw HTML: escaped, and braces as character references, so that it can
    never form a reference marker when the page's Markdown is scanned for them."""
    return escape(text).replace("{", "&#123;").replace("}", "&#125;")


def brief_link(from_page: str) -> str:
    """The brief in the page's language, linked, with what it holds (Markdown)."""
    return f"[{_('The brief (PDF, A4)')}]({relative(from_page, brief_file(current()))}): {_(BRIEF_HOLDS)}"


def whole_citations(site: SiteInfo, from_page: str) -> str:
    """How to cite: the whole site and the dataset, each in a box with its three files."""
    out = []
    for heading, citation, item in ((N_("The whole site"), site_citation(site), "site"), (N_("The dataset"), dataset_citation(site), "dataset")):
        links = " · ".join(f"[{name}]({relative(from_page, f'{CITATIONS_FOLDER}/{item}.{ext}')})" for name, ext in FORMATS)
        out += [f"**{_(heading)}**", "", citation_block(citation, "", False, *marked_day(site)), "",
                f"{_('Import into a reference manager')}: {links}", "{ .citation__formats }", ""]
    out += [f"**{_('The brief')}**", "", brief_link(from_page), ""]
    return "\n".join(out)
