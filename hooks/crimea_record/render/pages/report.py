"""The full report: every topic page in order on one printable page, Figures as appendix.

Each page's Markdown, with references already expanded, is copied in with its headings
demoted one level (so the report has one h1) and every anchor prefixed with the page's
name (its title becomes #report-NAME), so that links between the included pages stay inside the report and no anchor
repeats an original page's permanent link.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from markdown.extensions.toc import slugify

from ..markdown_text import md

PATH = "report.md"
# (page, prefix for its anchors), in reading order; the last is the appendix.
PAGES = [
    ("index.md", "home"),
    ("conscription.md", "conscription"),
    ("prosecutions.md", "prosecutions"),
    ("children.md", "children"),
    ("violations.md", "violations"),
    ("jurisdiction.md", "jurisdiction"),
    ("figures.md", "figures"),
]

_FENCE = re.compile(r"^(```|~~~)")
_HEADING = re.compile(r"^(#{1,5})\s+(.*?)\s*(?:\{([^}]*)\})?\s*$")
_ID_ATTR = re.compile(r"(?<![\w-])#([\w-]+)")
_HTML_ID = re.compile(r'(<[a-z]+[^>]*\sid=")([^"]+)(")')
_ARIA_REFS = re.compile(r'(\saria-(?:labelledby|describedby)=")([^"]+)(")')
_LINK = re.compile(r"\]\(([^)\s]*)")


def render(site_name: str, site_url: str, expanded: Callable[[str], str], available: set[str]) -> str:
    """`expanded(path)` gives a page's Markdown with references expanded."""
    pages = [(path, prefix) for path, prefix in PAGES if path in available]
    prefixes = dict(pages)
    out = [
        "# Full report",
        "",
        f"All of {md(site_name)} on one page, for printing or saving as PDF: the topic pages in "
        "order, then every figure with its source. Use your browser's Print command. Links in "
        "the printed text show their web address; the permanent links to each entry are on the "
        "separate pages.",
        "",
    ]
    if site_url:
        out += [f"Printed from {md(site_url)}", "{ .report-origin }", ""]
    for path, prefix in pages:
        out += [_include(expanded(path), prefix, prefixes), ""]
    return "\n".join(out)


def _include(markdown: str, prefix: str, prefixes: dict[str, str]) -> str:
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
        line = _LINK.sub(lambda m: "](" + _target(m.group(1), prefix, prefixes), line)
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


def _target(target: str, prefix: str, prefixes: dict[str, str]) -> str:
    """Point links at included pages to their copy in the report."""
    if target.startswith("#"):
        return f"#{prefix}-{target[1:]}"
    page, _, anchor = target.partition("#")
    if page in prefixes:
        return f"#{prefixes[page]}-{anchor}" if anchor else f"#report-{prefixes[page]}"
    return target
