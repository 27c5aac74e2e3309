"""One HTML policy for every page's rendered content, English and every translation.

Whatever a page's Markdown holds (raw HTML, attribute lists `{ … }`, links, entities), what
MkDocs renders from it must keep to an allowlist: these elements, these attributes, links to
pages of this site or to http(s)/mailto addresses (those to other sites carrying
rel="noopener noreferrer", which the Markdown links get), images and other sources from this
site only, inline CSS without url(), image-set(), @import or expression(). The site's own
charts (inline SVG), figure cards, citation boxes and embed previews keep to it too.

Anything else is refused, not removed: an editor learns where (`locate()` finds the block of
the page's Markdown that renders it) and what to write instead, and the page is never
published with something silently missing. The source-level check (`outside_requests.py`)
gives its own, more specific messages for the commonest cases; this one is the net behind it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

_HTML = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
    "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
    "ins", "kbd", "li", "mark", "nav", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span", "strong",
    "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    "aside", "article", "header", "footer",
}
_SVG = {"svg", "g", "title", "desc", "line", "rect", "circle", "ellipse", "path", "polyline", "polygon", "text", "tspan"}
ELEMENTS = frozenset(_HTML | _SVG)
"""The elements a page's content may hold (SVG: the shapes the charts draw, nothing that links or animates)."""

_GLOBAL = {"class", "id", "title", "lang", "dir", "role", "style", "data-search-exclude"}
_SVG_ATTRIBUTES = {
    "viewbox", "xmlns", "font-size", "font-weight", "fill", "stroke", "stroke-width", "x", "y", "x1", "x2", "y1", "y2",
    "cx", "cy", "r", "rx", "ry", "width", "height", "d", "points", "text-anchor", "dx", "dy", "transform", "opacity",
    "preserveaspectratio", "focusable",
    "stroke-dasharray", "stroke-linejoin", "paint-order",  # charts: dashed lines for bounds, label halos
}
ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "rel"}),
    "img": frozenset({"src", "alt", "width", "height", "loading"}),
    "td": frozenset({"colspan", "rowspan", "align"}),
    "th": frozenset({"colspan", "rowspan", "align", "scope"}),
    "col": frozenset({"span"}),
    "ol": frozenset({"start", "reversed", "type"}),
    "details": frozenset({"open"}),
    "time": frozenset({"datetime"}),
    "q": frozenset(),
    "blockquote": frozenset(),
    **{tag: frozenset(_SVG_ATTRIBUTES) for tag in _SVG},
}
"""Attributes beyond the global ones (class, id, title, lang, dir, role, aria-*, style, and Material's data-search-exclude)."""

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)
_CSS_ESCAPE = re.compile(r"\\([0-9a-f]{1,6})[ \t\n\r\f]?|\\(.)", re.I | re.S)
_CSS_COMMENT = re.compile(r"/\*.*?(\*/|$)", re.S)
_CSS_FETCHING = re.compile(r"url\(|image-set\(|image\(|cross-fade\(|element\(|@import|expression\(|-moz-binding|behavior\s*:|src\s*\(", re.I)


@dataclass(frozen=True)
class Violation:
    tag: str
    attribute: str  # '' when the element itself is not allowed
    message: str
    scheme: str = ""  # of a link's address, when that is what is not allowed


def normalised_url(value: str) -> str:
    """An address as a browser reads it: tabs and line breaks anywhere removed, controls and spaces around it stripped."""
    return re.sub(r"[\t\n\r]", "", value).strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")


def url_scheme(value: str) -> str:
    match = _SCHEME.match(normalised_url(value))
    return match.group(1).lower() if match else ""


def other_host(value: str) -> bool:
    """An address on another host (http(s)://…, //host/…, /\\host/…)."""
    address = normalised_url(value).replace("\\", "/")
    return url_scheme(address) in ("http", "https") or address.startswith("//")


def not_local(value: str) -> bool:
    """Anything but a file of this site: another host, or any scheme (data:, javascript:, …)."""
    return other_host(value) or bool(url_scheme(value))


def css_fetches(css: str) -> bool:
    """Whether inline CSS, its escapes decoded and comments removed, fetches or imports anything."""
    def unescape(match: re.Match) -> str:
        if match.group(1):
            code = int(match.group(1), 16)
            return chr(code) if 0 < code < 0x110000 else "\ufffd"
        return match.group(2) if match.group(2) != "\n" else ""

    plain = _CSS_ESCAPE.sub(unescape, _CSS_COMMENT.sub(" ", css))
    return bool(_CSS_FETCHING.search(plain))


class _Policy(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Violation] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ELEMENTS:
            self.found.append(Violation(tag, "", f"<{tag}> is not allowed in a page (the site runs no script, loads nothing from other sites and shows no forms or frames): remove it, or write the content in Markdown"))
            return
        allowed = ATTRIBUTES.get(tag, frozenset())
        values = dict(attrs)
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.found.append(Violation(tag, name, f"<{tag} {name}=…>: an event handler is script, which the site does not run; remove the attribute"))
            elif name not in _GLOBAL and name not in allowed and not name.startswith("aria-"):
                self.found.append(Violation(tag, name, f"<{tag} {name}=…>: the attribute '{name}' is not allowed in a page; remove it"))
            elif name == "style" and css_fetches(value):
                self.found.append(Violation(tag, name, f"<{tag} style=…>: inline CSS may not load anything (url(), image-set(), @import): copy the file into docs/assets/ and style it in docs/assets/site.css"))
            elif name == "href":
                scheme = url_scheme(value)
                if scheme and scheme not in LINK_SCHEMES:
                    self.found.append(Violation(tag, name, f"a link to a '{scheme}:' address: only pages of this site and http(s) or mailto: addresses may be linked; link to a page instead", scheme))
                elif other_host(value) and not {"noopener", "noreferrer"} <= set((values.get("rel") or "").split()):
                    self.found.append(Violation(tag, name, f"<{tag} href=\"{normalised_url(value)[:60]}\"> written as HTML: write the link in Markdown, [text]({normalised_url(value)[:60]}), so that it opens without telling the other site where the reader came from"))
            elif name == "src" and not_local(value):
                shown, where = normalised_url(value)[:60], "another site" if other_host(value) else f"a '{url_scheme(value)}:' address"
                self.found.append(Violation(tag, name, f"<{tag} src=\"{shown}\"> loads from {where}, which the site never does: copy the file into docs/assets/ and point to it there"))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def violations(html: str) -> list[Violation]:
    """What in this rendered HTML the policy does not allow, in document order."""
    policy = _Policy()
    policy.feed(html)
    policy.close()
    return policy.found


_FENCE = re.compile(r"^[ \t]*(```|~~~)")


def blocks(text: str) -> list[tuple[int, str]]:
    """The Markdown's blocks (separated by blank lines outside fenced code), each with its first line's number."""
    out: list[tuple[int, str]] = []
    current: list[str] = []
    start, fence = 1, ""
    for number, line in enumerate(text.split("\n"), 1):
        match = _FENCE.match(line)
        if fence:
            fence = "" if match and match.group(1) == fence else fence
        elif match:
            fence = match.group(1)
        if not line.strip() and not fence:
            if current:
                out.append((start, "\n".join(current)))
            current = []
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        out.append((start, "\n".join(current)))
    return out


def locate(source: str, violation: Violation, render: Callable[[str], str], count: int = 1) -> list[tuple[int, int]]:
    """Lines and columns in `source` (a page's Markdown as written) of what renders `violation`
    (`count` times in the page): each block whose own rendering shows it, and in it the attribute
    or tag where it is written; a link whose address is defined apart (a reference-style link)
    at its definition; (1, 1) when nothing in the text shows it (a reference marker's expansion)."""
    found = []
    for start, block in blocks(source):
        if violation in violations(render(block)):
            found.append(_within(block, start, violation))
    if len(found) < count and violation.scheme:
        lines = {line for line, _ in found}
        for match in re.finditer(re.escape(violation.scheme) + r"\s*:", source, re.I):
            before = source[: match.start()]
            line = before.count("\n") + 1
            if line not in lines and len(found) < count:
                lines.add(line)
                found.append((line, match.start() - (before.rfind("\n") + 1) + 1))
    return found or [(1, 1)]


def _within(block: str, start: int, violation: Violation) -> tuple[int, int]:
    needles = [re.escape(violation.attribute) + r"\s*=" if violation.attribute else "", "<" + re.escape(violation.tag) + r"\b"]
    if violation.attribute in ("href", "src"):
        needles.insert(1, r"\]\(")
    for needle in filter(None, needles):
        match = re.search(needle, block, re.I)
        if match:
            before = block[: match.start()]
            return start + before.count("\n"), match.start() - (before.rfind("\n") + 1) + 1
    first = block.split("\n", 1)[0]
    return start, len(first) - len(first.lstrip()) + 1
