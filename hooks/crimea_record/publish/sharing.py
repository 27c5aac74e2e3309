"""What a link preview shows: a description of each page, OpenGraph and Twitter card tags.

The values are worked out here from the page's rendered content; the theme override
(`hooks/theme/main.html`) writes them into <head>. The description is the page's own first
real paragraph. A figure's own page has a share image (`share_cards.py`), named only with the
site's public address, since link previews need an absolute one. Every page also carries
`citation_*` tags, which reference managers (Zotero, Mendeley) read to import it in one click.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

_PARAGRAPH = re.compile(r"<p(?:\s[^>]*)?>(.*?)</p>", re.S)
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
_TAG = re.compile(r"<[^>]+>")
_HEADERLINK = re.compile(r'<a class="headerlink".*?</a>', re.S)
MAX_DESCRIPTION = 200


def text_of(html: str) -> str:
    return " ".join(unescape(_TAG.sub("", _HEADERLINK.sub("", html))).split())


def shorten(text: str, limit: int = MAX_DESCRIPTION) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "…"


def page_description(content_html: str, fallback: str) -> str:
    """The first real paragraph of the page's content, shortened for previews."""
    for match in _PARAGRAPH.finditer(content_html):
        text = text_of(match.group(1))
        if len(text) >= 40:
            return shorten(text)
    return shorten(fallback)


@dataclass(frozen=True)
class ShareTags:
    description: str
    """Plain text; the template escapes it."""
    tags: list[tuple[str, str, str]]
    """(attribute, name, content) for each <meta> tag, content as plain text."""


def share_tags(
    content_html: str,
    *,
    page_title: str,
    site_name: str,
    canonical_url: str | None,
    fallback_description: str,
    image_url: str | None = None,
    image_alt: str = "",
    citation_author: str | None = None,
    citation_date: str | None = None,
    locale: str,
    language: str,
) -> ShareTags:
    """`locale`, `language`: the page's og:locale and HTML lang (translations/languages.yml)."""
    """The description and card tags of a page, from its rendered content."""
    description = page_description(content_html, fallback_description)
    h1 = _H1.search(content_html)
    title = text_of(h1.group(1)) if h1 else page_title or site_name
    tags = [
        ("property", "og:type", "website"),
        ("property", "og:site_name", site_name),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:locale", locale),
        ("name", "twitter:card", "summary_large_image" if image_url else "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
    ]
    if canonical_url:
        tags.append(("property", "og:url", canonical_url))
    if image_url:
        tags += [
            ("property", "og:image", image_url),
            ("property", "og:image:type", "image/png"),
            ("property", "og:image:width", "1200"),
            ("property", "og:image:height", "630"),
            ("property", "og:image:alt", image_alt),
            ("name", "twitter:image", image_url),
            ("name", "twitter:image:alt", image_alt),
        ]
    tags += [("name", "citation_title", title), ("name", "citation_publisher", site_name), ("name", "citation_language", language)]
    if citation_author:
        tags.append(("name", "citation_author", citation_author))
    if citation_date:
        tags.append(("name", "citation_date", citation_date))
    if canonical_url:
        tags.append(("name", "citation_public_url", canonical_url))
    return ShareTags(description, tags)
