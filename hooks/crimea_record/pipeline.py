"""load → check → render → publish, once per build: `prepare()` is the one entry point.

MkDocs (`hooks/site.py`), the command line and the tests all call `prepare()`. It reads the
data and every Markdown page, checks all references, and raises DataErrors listing every
mistake before anything is rendered; then it renders the generated pages, works out which
pages show each record, and makes the downloads.
"""
from __future__ import annotations

import datetime as dt
import gc
import html
import re
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import get_args

from .build_date import build_date
from .check.anchors import check_anchor_ids
from .check.counters import check_charts
from .check.front_matter import check_front_matter
from .check.output_paths import check_output_paths
from .check.outside_requests import check_page_html, check_style_sheets
from .check.redirects import anchors, check_redirects, page_address
from .check.references import check_references
from .check.rules import check_dataset
from .check.translations import RecordTranslations, record_translations
from .errors import ErrorSink, Loc, shown_path
from .i18n import catalogue
from .i18n.languages import Language, RegistryError
from .load.corrections_file import Correction, read_corrections
from .load.data_files import read_dataset
from .load.markers import MARKERS, Reference, find_references
from .load.project_files import check_no_symlinks, markdown_files, read_text, shown_path_no_resolve
from .load.redirects_file import Redirect, read_redirects
from .model.addresses import SiteInfo
from .model.dataset import Dataset
from .model.kinds import KINDS
from .model.records import Language as QuoteLanguage
from .publish import brief_pdf
from .publish.atom import atom_feed
from .publish.briefs import HOME, brief_documents
from .publish.chart_files import chart_files
from .publish.citation_files import citation_files
from .publish.data_package import ZIP_PATH, data_zip
from .publish.downloads import downloads
from .publish.share_cards import share_cards
from .render import translated_pages
from .render.changes import changes
from .render.citations import OFFICIAL_TEXT_LANGUAGE, brief_link, whole_citations
from .render.embeds import figure_page
from .render.expand import expand_references
from .render.language import in_language, page_title, use_project
from .render.language import registry as language_registry
from .render.pages import changes as changes_page
from .render.pages import legal, registry, report
from .render.pages.common import licence_statement, publisher_statement
from .render.pages.figure_pages import card_path
from .render.source_words import in_language_phrase

LICENCE_PLACEHOLDER = "<!-- licence -->"
PUBLISHER_PLACEHOLDER = "<!-- publisher -->"
"""On About: who publishes the site and how to reach them (render/pages/common.py)."""
BRIEF_PLACEHOLDER = "<!-- brief -->"
"""On Home: the brief in the page's language (publish/briefs.py), so a translation links the same way."""
WHOLE_CITATIONS_PLACEHOLDER = "<!-- cite the site -->"
"""On How to cite: citations of the whole site and of the dataset (render/citations.py)."""
"""In a page, replaced by the licence statement (one setting: `extra.licence_*` in mkdocs.yml)."""
_H1 = re.compile(r"^#\s+(.+?)\s*(?:\{[^}]*\})?\s*$", re.M)


@dataclass
class Page:
    path: str  # relative to docs/, with forward slashes
    markdown: str  # as written, with reference markers
    generated: bool
    expanded: bool = False  # built from pages already expanded: its markers are never expanded again

    @property
    def title(self) -> str:
        match = _H1.search(self.markdown)
        return match.group(1) if match else self.path.removesuffix(".md")


@dataclass
class SiteContent:
    dataset: Dataset
    pages: dict[str, Page] = field(default_factory=dict)
    refs: dict[str, list[Reference]] = field(default_factory=dict)
    # (kind, id) -> pages that reference it, as (path, title), in page order.
    used_on: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)
    # The same, counting only the pages written in docs/ (Home, the topic pages, About, ...).
    discussed_on: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)
    site: SiteInfo = SiteInfo("", "")
    # Data downloads, by path relative to docs/ (publish/downloads.py).
    downloads: dict[str, bytes] = field(default_factory=dict)
    redirects: list[Redirect] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    # The translated pages, by path (CODE/…), one per English page and language (render/translated_pages.py).
    translated: dict[str, translated_pages.TranslatedPage] = field(default_factory=dict)
    # The records' translated text per language (code): missing and stale translations (check/translations.py).
    record_translations: dict[str, RecordTranslations] = field(default_factory=dict)
    # Messages of the site's wording missing, untranslated or fuzzy in a catalogue (i18n/catalogue.py).
    message_problems: list[str] = field(default_factory=list)
    # Briefs left to render after the build (prepare(defer_briefs=True)): their HTML, by path; downloads holds b"" for them.
    deferred_briefs: dict[str, str] = field(default_factory=dict)

    def expanded(self, path: str, markdown: str | None = None) -> str:
        """A page's Markdown with every reference marker replaced."""
        page_in = self.translated.get(path)
        if page_in is not None:  # links as from the English page: relative ones stay within CODE/
            text = markdown if markdown is not None else page_in.markdown
            english = self.pages[page_in.english]
            lang = page_in.language if page_in.translated else language_registry().source.code
            text = text if english.expanded else expand_references(text, page_in.english, self.dataset, lang=lang)
            return self._placeholders(text.replace(LICENCE_PLACEHOLDER, licence_statement(self.site, lang)), page_in.path, lang)
        page = self.pages.get(path)
        text = markdown if markdown is not None else page.markdown if page is not None else ""
        if page is not None and page.expanded:
            return text
        # The references found in prepare() still hold if MkDocs hands over the same text.
        refs = self.refs[path] if page is not None and text == page.markdown else None
        text = expand_references(text, path, self.dataset, refs)
        text = text.replace(LICENCE_PLACEHOLDER, licence_statement(self.site, language_registry().source.code))
        return self._placeholders(text, path, language_registry().source.code)

    def _placeholders(self, text: str, path: str, lang: str) -> str:
        if PUBLISHER_PLACEHOLDER not in text and WHOLE_CITATIONS_PLACEHOLDER not in text and BRIEF_PLACEHOLDER not in text:
            return text
        with in_language(lang):
            text = text.replace(PUBLISHER_PLACEHOLDER, publisher_statement(self.site)).replace(BRIEF_PLACEHOLDER, brief_link(path))
            return text.replace(WHOLE_CITATIONS_PLACEHOLDER, whole_citations(self.site, path))

    def portable(self, path: str) -> str:
        """A page as plain Markdown, for generators without the hooks (the Markdown export)."""
        if path == report.PATH:
            return report.as_markdown(self.expanded(path), self.expanded, set(self.pages), registry.report_parts(), self.site.url)
        return self.expanded(path)

    @property
    def generated(self) -> dict[str, Page]:
        return {p: page for p, page in self.pages.items() if page.generated}

    @property
    def stale_translations(self) -> list[translated_pages.TranslatedPage]:
        return [page for page in self.translated.values() if page.stale]

    def translation_lines(self) -> list[str]:
        """Every stale page translation and every missing or stale record translation, one line each."""
        pages = [f"stale translation: {translated_pages.stale_line(p, self.pages[p.english].markdown)}" for p in self.stale_translations]
        records = [f"{found.language_name} text: {line}" for found in self.record_translations.values() for line in found.lines]
        return pages + records + self.message_problems

    def generated_markdown(self) -> dict[str, str]:
        return {p: page.markdown for p, page in self.generated.items()}


def prepare(root: Path, *, docs_dir: Path | None = None, data_dir: Path | None = None, today: dt.date | None = None, site: SiteInfo | None = None,
            share_images: bool = True, brief: bool = False, defer_briefs: bool = False, pages_in: frozenset[str] | None = None,
            between_steps: Callable[[], None] = lambda: None) -> SiteContent:
    """`share_images=False`: everything but the figures' share images, which only the build
    publishes (drawing them is most of the time `check` and `diff` would take). `brief=True`:
    also the PDF briefs (publish/briefs.py), which only the build makes (MkDocs' hook asks for them).
    `defer_briefs=True` (under `mkdocs serve`): a brief not rendered before from the same HTML is
    left for after the build, in `deferred_briefs`, so that an edit shows without waiting for it.
    `pages_in` (language codes; the preview under `mkdocs serve`): every check, but only the pages,
    and the translated pages only of these languages: no downloads, briefs or translation report.
    `between_steps` is called between the steps of the work; it may raise to stop it (`mkdocs serve`:
    the editor saved again)."""
    with _cycle_collector_paused():
        return _prepare(root, docs_dir=docs_dir, data_dir=data_dir, today=today, site=site, share_images=share_images, brief=brief,
                        defer_briefs=defer_briefs, pages_in=pages_in, between_steps=between_steps)


@contextmanager
def _cycle_collector_paused():
    """Loading makes millions of small objects and no cycles to collect. Left running, the
    cycle collector rescans them all again and again: 4-5 times the time at 1000x the data."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _prepare(root: Path, *, docs_dir: Path | None, data_dir: Path | None, today: dt.date | None, site: SiteInfo | None, share_images: bool, brief: bool,
             defer_briefs: bool = False, pages_in: frozenset[str] | None = None, between_steps: Callable[[], None] = lambda: None) -> SiteContent:
    docs_dir = docs_dir or root / "docs"
    data_dir = data_dir or root / "data"
    today = today or build_date()
    use_project(root)
    sink = ErrorSink()
    try:
        language_registry()
    except RegistryError as error:
        sink.add(Loc(shown_path(error.path, root), 1), f"{error.where}: {error.problem}")
        sink.raise_if_any()
    dataset = read_dataset(data_dir, sink, label_root=root)
    between_steps()
    check_dataset(dataset, sink, today=today)
    content = SiteContent(dataset, site=site or SiteInfo.from_config(root))
    check_no_symlinks(root, sink, [docs_dir, data_dir, root / "translations"])
    for path in markdown_files(docs_dir):
        rel = path.relative_to(docs_dir).as_posix()
        shown = shown_path_no_resolve(path, root)
        text = read_text(path, shown, sink)
        if text is None:
            continue
        content.pages[rel] = Page(rel, text, generated=False)
        refs = find_references(text, shown)
        check_references(refs, dataset, sink)
        check_page_html(text, shown, sink)
        check_front_matter(text, shown, sink)
        check_charts(refs, dataset, sink)
        content.refs[rel] = refs
    _check_translations(root, dataset, sink)
    check_style_sheets(docs_dir, root, sink, shown_path)
    for generated in registry.single_paths():
        if generated in content.pages:
            sink.add(Loc(shown_path(docs_dir / generated, root), 1), f"docs/{generated} is generated from data/: remove this file or rename it")
    content.redirects = read_redirects(data_dir, root, sink)
    content.corrections = read_corrections(data_dir, root, sink, dataset, today)
    if sink.errors:
        # The generated pages cannot be rendered yet: check the redirects against their
        # entries' ids, so that this run still lists every mistake it can.
        check_redirects(content.redirects, _anchors(content, dataset), sink)
    sink.raise_if_any()

    # The pages written in docs/ that discuss each record: the back-links of every entry.
    content.discussed_on = _usage(content, list(content.refs))
    content.used_on = _usage(content, content.refs)
    inputs = registry.Inputs(dataset, content.site, content.corrections, today, content.discussed_on, content.used_on)
    for entry in registry.PAGES:  # in order: each sees the pages before it
        between_steps()
        inputs.titles = {path: page.title for path, page in content.pages.items()}
        for page_path, markdown in registry.as_pages(entry, entry.render(inputs)).items():
            _add_generated(content, page_path, markdown, expanded=entry.expanded)
            if entry.counts_as_use:
                content.used_on = _usage(content, [page_path], content.used_on)
        inputs.used_on = content.used_on
    _check_output_paths(content, docs_dir, root, sink)
    check_anchor_ids(content.generated_markdown(), dataset, sink)
    check_redirects(content.redirects, _anchors(content, dataset), sink)
    sink.raise_if_any()
    for lang in language_registry().translated:
        if pages_in is not None and lang.code not in pages_in:
            continue
        between_steps()
        content.translated.update(_translated(content, root, lang, _generated_in(lang.code, content, today)))
        if pages_in is None:
            content.message_problems += [f"{lang.english_name} wording: {line}" for line in catalogue.problems(root, lang.code, catalogue.from_code() + content_messages(content, root))]
    if pages_in is not None:
        return content
    between_steps()
    content.downloads = downloads(dataset, content.site, content.used_on)
    between_steps()
    content.downloads.update(citation_files(dataset, content.site))
    content.downloads[ZIP_PATH] = data_zip(content.downloads, content.site)
    content.downloads[changes_page.FEED] = atom_feed(changes(dataset, content.corrections), content.site)
    content.downloads.update(chart_files(dataset, content.site, language_registry()))  # not in the data zip: its own tables hold the same
    for lang in language_registry().translated:
        with in_language(lang.code):
            content.downloads[lang.prefix + changes_page.FEED] = atom_feed(changes(dataset, content.corrections), content.site)
    if share_images:
        content.downloads.update(share_cards(dataset, content.site.name, content.site.publisher))
    content.record_translations = record_translations(dataset, language_registry())
    between_steps()
    if brief:
        documents = brief_documents(dataset, content.site, _homes(content), language_registry(), built=today)
        for brief_path, html in documents.items():
            ready = brief_pdf.rendered_before(html) if defer_briefs else brief_pdf.pdf(html)
            content.downloads[brief_path] = ready if ready is not None else b""
            if ready is None:
                content.deferred_briefs[brief_path] = html
    return content


def _homes(content: SiteContent) -> dict[str, str]:
    """Home in each language, as its page shows it (a language without a translation: the English text)."""
    if HOME not in content.pages:
        return {}
    english = content.pages[HOME].markdown
    homes = {language_registry().source.code: english}
    for lang in language_registry().translated:
        page = content.translated.get(lang.prefix + HOME)
        homes[lang.code] = page.markdown if page is not None and page.translated else english
    return homes




def _check_output_paths(content: SiteContent, docs_dir: Path, root: Path, sink: ErrorSink) -> None:
    """Pages, downloads and the other files of docs/ land in files of their own (check/output_paths.py)."""
    fixed: list[tuple[str, Loc | None, str]] = [(p, None, p) for p, page in content.pages.items() if page.generated and not p.startswith("figures/")]
    fixed += [(path, None, path) for path in content.downloads]
    written: list[tuple[str, Loc | None, str]] = []
    files = [p for p in docs_dir.rglob("*") if p.is_file()] if docs_dir.is_dir() else []
    for file in sorted(files, key=lambda f: f.as_posix()):
        path = file.relative_to(docs_dir).as_posix()
        if path not in content.pages or not content.pages[path].generated:
            written.append((path, Loc(shown_path_no_resolve(file, root), 1), f"docs/{path}"))
    figures_own: list[tuple[str, Loc | None, str]] = []
    for figure in content.dataset.figures.values():
        loc = figure.locs.get("id", figure.locs.get("__record__"))
        figures_own += [(figure_page(figure.id), loc, f"figure '{figure.id}': its own page"), (card_path(figure.id), loc, f"figure '{figure.id}': its share image")]

    prefixes = [lang.prefix for lang in language_registry().translated]

    def translated(entries: list[tuple[str, Loc | None, str]]) -> list[tuple[str, Loc | None, str]]:
        return [(prefix + path, loc, what) for prefix in prefixes for path, loc, what in entries if path.endswith(".md")]

    def in_prefix(path: str) -> str | None:
        return next((prefix for prefix in prefixes if path.startswith(prefix)), None)

    for path, loc, what in written:
        prefix = in_prefix(path)
        if prefix is not None and loc is not None:
            sink.add(loc, f"{what}: {prefix} is where the site publishes its pages in another language: move this file out of docs/{prefix}")
    written = [entry for entry in written if in_prefix(entry[0]) is None]
    cards = [(prefix + path, loc, what) for prefix in prefixes for path, loc, what in figures_own if path.endswith(".png")]
    check_output_paths([*fixed, *written, *figures_own, *translated(fixed + written + figures_own), *cards], sink)


def _check_translations(root: Path, dataset: Dataset, sink: ErrorSink) -> None:
    """Every translated page (translations/LANG/PATH) is checked as its English page is: UTF-8,
    references that exist, raw HTML and links by the same rules."""
    folder = root / "translations"
    if not folder.is_dir():
        return
    for path in markdown_files(folder):
        text = read_text(path, shown_path_no_resolve(path, root), sink)
        if text is None:
            continue
        shown = shown_path_no_resolve(path, root)
        refs = find_references(text, shown)
        check_references(refs, dataset, sink)
        check_page_html(text, shown, sink)
        check_front_matter(text, shown, sink)
        check_charts(refs, dataset, sink)


def _translated(content: SiteContent, root: Path, lang: Language, generated: dict[str, str]) -> dict[str, translated_pages.TranslatedPage]:
    pages = {}
    for path, page in content.pages.items():
        translation = None if path in generated else translated_pages.read_translation(root, lang, path)
        done = translated_pages.translated_page(lang, path, page.markdown, translation, english_title=_title(generated.get(path)) or page.title, legal=path == legal.PATH, generated=generated.get(path))
        pages[done.path] = done
    return pages


def _title(markdown: str | None) -> str | None:
    """A generated page's heading, as HTML text (the theme writes a page's title unescaped): its
    title where the catalogue has no menu title."""
    match = _H1.search(markdown) if markdown else None
    return html.escape(re.sub(r"\\(.)", r"\1", match.group(1)), quote=False) if match else None


def content_messages(content: SiteContent, root: Path) -> list[catalogue.Wanted]:
    """The messages the site asks for beyond those written in the code: each page's menu title,
    the menu's sections (mkdocs.yml's nav), each kind's heading on the Data page, each quote
    language's phrase, each official text's language, and each figure's unit with its plural forms
    (after a number: '574 кримінальні справи')."""
    pages = content.pages
    out = [catalogue.Wanted(title, "menu section", ("mkdocs.yml nav",)) for title in catalogue.nav_sections(root / "mkdocs.yml")]
    out += [catalogue.Wanted(path, "page title", (f"The menu title of docs/{path} ({page.title})",)) for path, page in pages.items() if not path.startswith("figures/")]
    out += [catalogue.Wanted(kind.heading, None, ("kinds.py",)) for kind in KINDS.values()]
    out += [catalogue.Wanted(in_language_phrase(code), "quote language") for code in get_args(QuoteLanguage)]
    out += [catalogue.Wanted(in_language_phrase(code), OFFICIAL_TEXT_LANGUAGE) for code in get_args(QuoteLanguage)]
    units = dict.fromkeys(figure.unit for figure in content.dataset.figures.values())
    out += [catalogue.Wanted((unit, unit), "unit", ("A figure's unit after a number (data/figures.yml): one form per plural form",)) for unit in units]
    return out



def _generated_in(code: str, content: SiteContent, today: dt.date) -> dict[str, str]:
    """The generated pages rendered again in a language, from the same records and back-links."""
    inputs = registry.Inputs(content.dataset, content.site, content.corrections, today, content.discussed_on, content.used_on)
    pages: dict[str, str] = {}
    with in_language(code):
        inputs.titles = {path: page_title(path, page.title) for path, page in content.pages.items()}
        for entry in registry.PAGES:
            pages.update(registry.as_pages(entry, entry.render(inputs)))
    return pages


def _add_generated(content: SiteContent, path: str, markdown: str, *, expanded: bool = False) -> None:
    content.pages[path] = Page(path, markdown, generated=True, expanded=expanded)
    content.refs[path] = [] if expanded else find_references(markdown, path)


def _anchors(content: SiteContent, dataset: Dataset) -> dict[str, set[str]]:
    """Each page's address and anchors; a generated page not rendered yet has its entries' ids."""
    found = {page_address(path): anchors(page.markdown) for path, page in content.pages.items()}
    for entry in registry.PAGES:
        if entry.is_folder:
            continue
        ids = {i for kind in entry.kinds for i in dataset.of_kind(kind)}
        path = entry.path
        found.setdefault(page_address(path), set()).update(ids)
    # Every page also in the other language (its entries keep their ids), as the build publishes it.
    singles = [entry.path for entry in registry.PAGES if not entry.is_folder]
    for prefix in [lang.prefix for lang in language_registry().translated]:
        found.update({page_address(prefix + path): set(found[page_address(path)]) for path in [*content.pages, *singles]})
    return found


def _usage(content: SiteContent, paths, used: dict | None = None) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """Add the pages in `paths` to `used`: (kind, id) -> pages that reference it, in page order."""
    used = {} if used is None else used
    for path in list(paths):
        entry = (path, content.pages[path].title)
        for ref in content.refs[path]:
            for ref_id in ref.ids[:1] if MARKERS[ref.name].dated else ref.ids:
                pages = used.setdefault((MARKERS[ref.name].kind, ref_id), [])
                if not pages or pages[-1] != entry:  # pages are added one at a time
                    pages.append(entry)
    return used
