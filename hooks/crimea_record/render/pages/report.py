"""The Full report: the site as one printable document.

A title page with the date, the contents, every topic page in order, then the figures, the
sources (the bibliography, with full addresses) and the legal texts as appendices. Each
included page keeps its content with its headings one level down (so the report has one h1)
and every anchor prefixed with the page's name (its title becomes #report-NAME), so that
links between the included pages stay inside the report and no anchor repeats an original
page's permanent link. Links to the site's other pages are absolute addresses.

The site renders each page's Markdown once: `render()` writes the report's own Markdown (title
page and contents) with a placeholder for each included page, and `assemble()` fills the
placeholders from the included pages' rendered HTML (render/html_include.py). The Markdown
export, which has no HTML to reuse, fills them with the pages' Markdown (`as_markdown()`).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin

from markdown.extensions.toc import slugify

from ...model.addresses import SiteInfo, page_url
from ...model.dates import PartialDate
from .. import print_addresses
from ..html_include import moved
from ..language import N_, _, anchor, current, human, site_name
from ..markdown_text import md

PATH = "report.md"


def pdf_file(code: str) -> str:
    """The report in a language as a PDF (publish/report_pdf.py), relative to docs/: made only when `SiteInfo.report_pdf`."""
    return f"downloads/report-{code}.pdf"


@dataclass(frozen=True)
class Part:
    """A page's place in the report."""

    place: int
    """Its position in reading order (lower first)."""
    prefix: str
    """Prefix of its anchors in the report: its title becomes #report-PREFIX."""
    appendix: bool = False


WRITTEN = {
    "index.md": Part(10, "home"),
    "conscription.md": Part(20, "conscription"),
    "prosecutions.md": Part(30, "prosecutions"),
    "children.md": Part(40, "children"),
    "jurisdiction.md": Part(60, "jurisdiction"),
}
"""The topic pages written in docs/ that the report holds; the generated pages' places are in
their registry (render/pages/registry.py), which gives the whole list in reading order."""
_PLACEHOLDER = "<!-- crimea-record report: {} -->"
PDF_HOLDS = N_("a title page, the contents with page numbers, then every topic page, figure, source and legal text, each page numbered.")
"""What the report's PDF is, where it is offered (here and on Data)."""


def included(available: set[str], parts: Mapping[str, Part]) -> dict[str, str]:
    """The pages the report holds, in order: path -> prefix of its anchors. `parts`: every
    page it may hold, in reading order (registry.REPORT)."""
    return {path: part.prefix for path, part in parts.items() if path in available}


def render(site: SiteInfo, titles: Mapping[str, str], today: dt.date, parts: Mapping[str, Part]) -> str:
    """The report's own Markdown; `titles`: the pages' titles by path."""
    prefixes = included(set(titles), parts)
    date = human(PartialDate(today.year, today.month, today.day))
    title_attrs = " ".join(filter(None, [anchor("Full report").strip(" {}"), ".report-title"]))  # the English anchor in Ukrainian too
    out = [
        "---",
        "search:",
        "  exclude: true",  # its text is on the pages it holds: search finds them there
        "---",
        "",
        f"# {_('Full report')} {{ {title_attrs} }}",
        "",
        '<div class="report-cover" markdown>',
        "",
        f"{md(site_name(site.name))}",
        "{ .report-cover__site }",
        "",
        *([_("Published by {publisher}").format(publisher=md(site.publisher)), "{ .report-cover__publisher }", ""] if site.publisher else []),
        _("Compiled on {date}").format(date=date),
        "{ .report-cover__date }",
        "",
        *([f"{_('Data as of')} {human(PartialDate.parse(site.updated))}", "{ .report-cover__updated }", ""] if site.updated else []),
        *([_("Online at {address}").format(address=md(site.url)), "{ .report-cover__address }", ""] if site.url else []),
        _("The topic pages in order, then every figure with its source, the sources with their addresses, and the legal texts."),
        "{ .report-cover__about }",
        "",
        # How to print is for the screen: the printed title page holds only what a title page says.
        _("To print it or save it as PDF, use your browser's Print command; links in the printed text show their web address."),
        "{ .screen-only }",
        "",
        *([f"[{_('The Full report as PDF (A4)')}]({pdf_file(current())}): {_(PDF_HOLDS)}", "{ .screen-only .report-pdf }", ""] if site.report_pdf else []),
        "</div>",
        "",
        '<nav class="report-contents" aria-labelledby="report-contents" markdown>',
        "",
        f'<p class="report-contents__title" id="report-contents">{_("Contents")}</p>',
        "",
    ]
    for n, path in enumerate(prefixes, 1):
        label = titles[path] + (_(" (appendix)") if parts[path].appendix else "")
        out.append(f"{n}. [{label}](#report-{prefixes[path]})")
    out += ["", "</nav>", ""]
    for path in prefixes:
        out += [_PLACEHOLDER.format(path), ""]
    return "\n".join(out)


def assemble(report_html: str, rendered: Mapping[str, str], site_url: str, parts: Mapping[str, Part], folder: str = "") -> tuple[str, set[str]]:
    """The report's rendered HTML with each included page's rendered HTML in its place, and
    the anchors those parts add to it. `folder`: where the report and its pages are ("uk/" for
    the Ukrainian report; `rendered` is keyed by the English pages' paths)."""
    prefixes = included(set(rendered), parts)
    ids: set[str] = set()
    for path in prefixes:
        part, part_ids = _part(path, rendered[path], tuple(prefixes.items()), site_url, folder)
        report_html = report_html.replace(_PLACEHOLDER.format(path), part, 1)
        ids |= part_ids
    return print_addresses.mark(report_html), ids  # an address the pages each print once, the report prints once


def as_markdown(report_markdown: str, expanded: Callable[[str], str], available: set[str], parts: Mapping[str, Part], site_url: str = "") -> str:
    """The report with each included page's Markdown in its place (the Markdown export)."""
    prefixes = included(available, parts)
    for path, prefix in prefixes.items():
        text = _FRONT_MATTER.sub("", expanded(path), count=1)
        report_markdown = report_markdown.replace(_PLACEHOLDER.format(path), _include(text, prefix, prefixes, site_url), 1)
    return report_markdown


@lru_cache(maxsize=32)  # under `mkdocs serve`, pages that did not change are not moved again
def _part(path: str, html: str, prefixes: tuple[tuple[str, str], ...], site_url: str, folder: str) -> tuple[str, frozenset[str]]:
    by_path = dict(prefixes)
    rename = _id_renamer(by_path[path])
    part, ids = moved(html, rename, _html_address(path, rename, by_path, site_url, folder))
    return part, frozenset(ids)


def _id_renamer(prefix: str) -> Callable[[str], str]:
    first: list[str] = []

    def rename(old: str) -> str:
        if not first:  # the page's h1 comes first
            first.append(old)
        return f"report-{prefix}" if old == first[0] else f"{prefix}-{old}"

    return rename


def _html_address(path: str, rename: Callable[[str], str], prefixes: dict[str, str], site_url: str, folder: str = "") -> Callable[[str], str]:
    """Where a link of the page at `path` (in `folder`) points from the report."""
    base = "/" + folder + page_url(path)
    by_url = {"/" + folder + page_url(p): p for p in prefixes}
    up = "../" * (1 + folder.count("/"))

    def address(href: str) -> str:
        if href.startswith("#"):
            return "#" + rename(href[1:]) if href[1:] else href
        target = urljoin(base, href)
        if "://" in href or href.startswith(("mailto:", "data:")) or not target.startswith("/"):
            return href
        where, _, anchor = target.partition("#")
        if where in by_url:
            included_prefix = prefixes[by_url[where]]
            return f"#{included_prefix}-{anchor}" if anchor else f"#report-{included_prefix}"
        return (site_url or up) + target[1:]  # without an address: relative to report/

    return address


_FRONT_MATTER = re.compile(r"\A---\n.*?^---\n", re.S | re.M)
_FENCE = re.compile(r"^(```|~~~)")
_HEADING = re.compile(r"^(#{1,5})\s+(.*?)\s*(?:\{([^}]*)\})?\s*$")
_ID_ATTR = re.compile(r"(?<![\w-])#([\w-]+)")
_HTML_ID = re.compile(r'(<[a-z]+[^>]*\sid=")([^"]+)(")')
_ARIA_REFS = re.compile(r'(\saria-(?:labelledby|describedby)=")([^"]+)(")')
_LINK = re.compile(r"\]\(([^)\s]*)")


def _include(markdown: str, prefix: str, prefixes: dict[str, str], site_url: str) -> str:
    out, in_fence, first = [], False, True
    for line in markdown.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        if in_fence:
            out.append(line)
            continue
        heading = _HEADING.match(line)
        if heading:
            hashes, text, attrs = heading.groups()
            if first:
                attrs, first = _set_id(attrs, f"report-{prefix}"), False
            else:
                attrs = _prefix_attrs(attrs, prefix) if attrs and "#" in attrs else _set_id(attrs, f"{prefix}-{slugify(_plain(text), '-')}")
            line = f"#{hashes} {text} {{ {attrs} }}"
        line = _HTML_ID.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}{m.group(3)}", line)
        line = _ARIA_REFS.sub(lambda m: m.group(1) + " ".join(f"{prefix}-{i}" for i in m.group(2).split()) + m.group(3), line)
        line = _LINK.sub(lambda m: "](" + _target(m.group(1), prefix, prefixes, site_url), line)
        out.append(line)
    return "\n".join(out)


def _plain(text: str) -> str:
    """Heading text without Markdown escapes, as the reader sees it."""
    return re.sub(r"\\(.)", r"\1", text)


def _set_id(attrs: str | None, new_id: str) -> str:
    rest = _ID_ATTR.sub("", attrs or "").strip()
    return f"#{new_id} {rest}".strip()


def _prefix_attrs(attrs: str, prefix: str) -> str:
    return _ID_ATTR.sub(lambda m: f"#{prefix}-{m.group(1)}", attrs)


def _target(target: str, prefix: str, prefixes: dict[str, str], site_url: str) -> str:
    """Point links at included pages to their copy in the report, others at their address."""
    if target.startswith("#"):
        return f"#{prefix}-{target[1:]}"
    page, _, anchor = target.partition("#")
    if page in prefixes:
        return f"#{prefixes[page]}-{anchor}" if anchor else f"#report-{prefixes[page]}"
    if site_url and page.endswith(".md") and "://" not in page:
        return site_url + page_url(page) + (f"#{anchor}" if anchor else "")
    return target
