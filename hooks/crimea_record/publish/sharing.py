"""What a link preview shows: a description of each page, OpenGraph and Twitter card tags.

The values are worked out here from the page's rendered content; the theme override
(`overrides/main.html`) writes them into <head>. The description is the page's own first
real paragraph; no card image is generated, so nothing has to be drawn or fetched.
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


def share_tags(content_html: str, *, page_title: str, site_name: str, canonical_url: str | None, fallback_description: str) -> ShareTags:
    """The description and card tags of a page, from its rendered content."""
    description = page_description(content_html, fallback_description)
    h1 = _H1.search(content_html)
    title = text_of(h1.group(1)) if h1 else page_title or site_name
    tags = [
        ("property", "og:type", "website"),
        ("property", "og:site_name", site_name),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:locale", "en"),
        ("name", "twitter:card", "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
    ]
    if canonical_url:
        tags.append(("property", "og:url", canonical_url))
    return ShareTags(description, tags)
