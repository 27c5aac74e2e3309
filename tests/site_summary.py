"""A built site reduced to what must not change from one generator to another.

For each HTML page: every id (the anchors permanent links point at), the ids and links of
the page's own content, the figures it shows (text and target of every element carrying
a figure class) and the content's visible text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

FIGURE_CLASSES = ("figure-ref", "figure-value", "figure-card__value")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
REDIRECT_NOTES = re.compile(r'<p id="[^"]*" class="moved-note">.*?</p>|<span id="[^"]*" class="anchor-alias"></span>')
"""What publish/redirects.py adds to built pages after rendering so that retired anchors keep working."""
_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)


@dataclass
class Page:
    url: str  # the page's address on the site, e.g. /figures/
    ids: list[str] = field(default_factory=list)
    content_ids: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # content links, resolved against the page's address
    figures: list[tuple[str, str, str]] = field(default_factory=list)  # (class, text, resolved target)
    text: str = ""  # the content's visible text, whitespace collapsed
    content_html: str = ""


class _Reader(HTMLParser):
    def __init__(self, page: Page):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.depth = 0
        self.article_depth: int | None = None
        self.open_figures: list[list] = []  # [class, text, target, depth], nested ones too
        self.words: list[str] = []  # text runs inside the content, as written

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        inside = self.article_depth is not None
        if tag == "article" and "md-content__inner" in (attrs.get("class") or ""):
            self.article_depth, inside = self.depth, True
        if "id" in attrs:
            self.page.ids.append(attrs["id"])
            if inside:
                self.page.content_ids.append(attrs["id"])
        target = urljoin(self.page.url, attrs["href"]) if attrs.get("href") is not None else ""
        classes = (attrs.get("class") or "").split()
        if inside and tag == "a" and "href" in attrs and "headerlink" not in classes:
            self.page.links.append(target)
        figure_class = next((c for c in FIGURE_CLASSES if c in classes), None)
        if figure_class:
            self.open_figures.append([figure_class, "", target, self.depth])
        if tag not in _VOID:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        self.depth -= 1
        while self.open_figures and self.open_figures[-1][3] == self.depth:
            name, text, target, _ = self.open_figures.pop()
            self.page.figures.append((name, " ".join(text.split()), target))
        if self.article_depth is not None and self.depth == self.article_depth:
            self.article_depth = None

    def handle_data(self, data):
        for figure in self.open_figures:
            figure[1] += data
        if self.article_depth is not None:
            self.words.append(data)


def page_url(relative: str) -> str:
    if relative == "index.html":
        return "/"
    if relative.endswith("/index.html"):
        return "/" + relative.removesuffix("index.html")
    return "/" + relative


def read_page(site: Path, relative: str) -> Page:
    html = REDIRECT_NOTES.sub("", (site / relative).read_text(encoding="utf-8"))
    page = Page(page_url(relative))
    reader = _Reader(page)
    reader.feed(html)
    reader.close()
    # The permalink sign after each heading is theme chrome, not content.
    # Text runs are joined as written: a highlighter may split `a=1` into spans, which is not content.
    page.text = " ".join(w for w in "".join(reader.words).split() if w != "¶")
    match = _ARTICLE.search(html)
    page.content_html = match.group(1).strip() if match else ""
    return page


def html_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def read_site(site: Path) -> dict[str, Page]:
    return {relative: read_page(site, relative) for relative in html_pages(site)}


def differences(a: dict[str, Page], b: dict[str, Page], aspects: tuple[str, ...]) -> list[str]:
    """Every difference between two read sites in the given Page attributes, page by page."""
    found = []
    for name in sorted(a.keys() - b.keys()):
        found.append(f"{name}: only in the first build")
    for name in sorted(b.keys() - a.keys()):
        found.append(f"{name}: only in the second build")
    for name in sorted(a.keys() & b.keys()):
        for aspect in aspects:
            left, right = getattr(a[name], aspect), getattr(b[name], aspect)
            if left != right:
                if isinstance(left, list):
                    gone = [x for x in left if x not in right]
                    new = [x for x in right if x not in left]
                    detail = f"only first {gone[:5]}, only second {new[:5]}" if gone or new else "same items, other order"
                else:
                    detail = _first_divergence(left, right)
                found.append(f"{name}: {aspect} differ: {detail}")
    return found


def _first_divergence(left: str, right: str) -> str:
    at = next((i for i, (x, y) in enumerate(zip(left, right)) if x != y), min(len(left), len(right)))
    return f"at {at}: {left[max(0, at - 60):at + 60]!r} vs {right[max(0, at - 60):at + 60]!r}"
