"""THE registry of generated pages: every page rendered from data/, in the order it is rendered.

The pipeline renders them from here (in English and again in each translation), refuses a
file of the same name in docs/, and checks links to their anchors before they exist; the
Full report takes its appendices and their order from `report`; the MkDocs adapter adds them
to the site and leaves those with `in_nav=False` out of every language's navigation; the
permanent-link list skips the anchors of a page with `permanent_anchors=False`.

Adding a generated page: one entry below and one renderer in this folder (a function of
`Inputs` that returns the page's Markdown with reference markers), plus its line in the `nav:`
of mkdocs.yml if it is in the navigation.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ...load.corrections_file import Correction
from ...model.addresses import SiteInfo
from ...model.dataset import Dataset
from ...model.kinds import KINDS
from ..changes import changes
from . import changes as changes_page
from . import data_page, figure_pages, figures, legal, report, sources, timeline, violations

Usage = dict[tuple[str, str], list[tuple[str, str]]]


@dataclass
class Inputs:
    """What a renderer may read."""

    dataset: Dataset
    site: SiteInfo
    corrections: list[Correction]
    today: dt.date
    discussed: Usage
    """(kind, id) -> the pages written in docs/ that discuss the record."""
    used_on: Usage
    """(kind, id) -> the written pages and the generated pages before this one with `counts_as_use`."""
    titles: Mapping[str, str] = field(default_factory=dict)
    """The titles of the pages rendered so far, by path (in the page's language)."""


@dataclass(frozen=True)
class GeneratedPage:
    path: str
    """Relative to docs/; for a page that renders many pages, the folder they are in ('figures/')."""
    render: Callable[[Inputs], str | dict[str, str]]
    """The page's Markdown, or for a folder the Markdown of each page by path."""
    report: report.Part | None = None
    """Its place in the Full report; None: not in it. An entry in the report comes before the report's."""
    in_nav: bool = True
    """In the navigation (at its place in mkdocs.yml's `nav:`, mirrored in every language)."""
    counts_as_use: bool = False
    """Its references count where a record is "used on" (the back-links and the downloads)."""
    permanent_anchors: bool = True
    """Its anchors are permanent links (not copies of other pages' anchors)."""
    expanded: bool = False
    """Made of pages already expanded: its markers are never expanded again."""

    @property
    def kinds(self) -> tuple[str, ...]:
        """The record kinds whose every entry it holds, anchored by id (model/kinds.py)."""
        return tuple(kind.name for kind in KINDS.values() if kind.page == self.path)

    @property
    def is_folder(self) -> bool:
        return self.path.endswith("/")


PAGES: tuple[GeneratedPage, ...] = (
    GeneratedPage(legal.PATH, lambda i: legal.render(i.dataset, i.site, i.discussed), report=report.Part(90, "legal", appendix=True), counts_as_use=True),
    GeneratedPage(sources.PATH, lambda i: sources.render(i.dataset, i.site, i.discussed), report=report.Part(80, "sources", appendix=True), counts_as_use=True),
    GeneratedPage(violations.PATH, lambda i: violations.render(i.dataset, i.site, i.discussed), report=report.Part(50, "violations"), counts_as_use=True),
    GeneratedPage(timeline.PATH, lambda i: timeline.render(i.dataset, i.used_on, i.site, i.discussed), counts_as_use=True),
    GeneratedPage(figures.PATH, lambda i: figures.render(i.dataset, i.used_on, i.site, i.discussed, i.corrections), report=report.Part(70, "figures", appendix=True)),
    GeneratedPage(data_page.PATH, lambda i: data_page.render(i.dataset, i.site, i.site.offline_copy)),
    # With no references of its own, so that it is not counted where figures are "used on":
    # the included pages are filled in from their rendered HTML (report.assemble).
    GeneratedPage(report.PATH, lambda i: report.render(i.site, i.titles, i.today, report_parts()), permanent_anchors=False, expanded=True),
    GeneratedPage(changes_page.PATH, lambda i: changes_page.render(changes(i.dataset, i.corrections), i.corrections)),
    # A figure's own page is reached from its entry on Figures, not from the navigation.
    GeneratedPage(figure_pages.FOLDER, lambda i: figure_pages.render_all(i.dataset, i.site, i.corrections), in_nav=False),
)
"""Every generated page, in the order they are rendered: a renderer sees the titles of the
pages before it and, in `used_on`, their references if they count as use."""

def report_parts() -> dict[str, report.Part]:
    """The Full report's pages in reading order: the topic pages written in docs/ and the generated pages with a place in it."""
    parts = {**report.WRITTEN, **{page.path: page.report for page in PAGES if page.report}}
    return dict(sorted(parts.items(), key=lambda item: item[1].place))


def single_paths() -> tuple[str, ...]:
    """The single generated pages (not the folders); a file of the same name in docs/ is a mistake."""
    return tuple(page.path for page in PAGES if not page.is_folder)


def entry_of(path: str) -> GeneratedPage | None:
    """The registry entry that renders the page at `path` (relative to docs/), if any."""
    for page in PAGES:
        if path == page.path or (page.is_folder and path.startswith(page.path)):
            return page
    return None


def as_pages(page: GeneratedPage, rendered: str | dict[str, str]) -> dict[str, str]:
    return {page.path: rendered} if isinstance(rendered, str) else dict(rendered)
