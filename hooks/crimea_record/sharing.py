"""What a link preview shows: a description of each page, OpenGraph and Twitter card tags.

The theme already writes the canonical link and the <title>; this fills in a description
taken from the page's own first paragraph and text-only card tags (no image is generated,
so nothing has to be drawn or fetched).
"""
from __future__ import annotations

import re
from html import escape, unescape

_ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">(.*?)</article>', re.S)
_PARAGRAPH = re.compile(r"<p(?:\s[^>]*)?>(.*?)</p>", re.S)
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
_TAG = re.compile(r"<[^>]+>")
_HEADERLINK = re.compile(r'<a class="headerlink".*?</a>', re.S)
_DESCRIPTION = re.compile(r'<meta name="description" content="[^"]*">\s*')
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_CANONICAL = re.compile(r'<link rel="canonical" href="([^"]*)">')
MAX_DESCRIPTION = 200


def text_of(html: str) -> str:
    return " ".join(unescape(_TAG.sub("", _HEADERLINK.sub("", html))).split())


def shorten(text: str, limit: int = MAX_DESCRIPTION) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "…"


def page_description(html: str, fallback: str) -> str:
    """The first real paragraph of the page's content, shortened for previews."""
    article = _ARTICLE.search(html)
    for match in _PARAGRAPH.finditer(article.group(1) if article else ""):
        text = text_of(match.group(1))
        if len(text) >= 40:
            return shorten(text)
    return shorten(fallback)


def add_share_tags(html: str, *, site_name: str, fallback_description: str) -> str:
    """Replace the site-wide description with the page's own and add card tags to <head>."""
    if "</head>" not in html:
        return html
    description = page_description(html, fallback_description)
    h1 = _H1.search(html)
    title_tag = _TITLE.search(html)
    title = text_of(h1.group(1)) if h1 else (text_of(title_tag.group(1)) if title_tag else site_name)
    canonical = _CANONICAL.search(html)
    tags = {
        ("name", "description"): description,
        ("property", "og:type"): "website",
        ("property", "og:site_name"): site_name,
        ("property", "og:title"): title,
        ("property", "og:description"): description,
        ("property", "og:locale"): "en",
        ("name", "twitter:card"): "summary",
        ("name", "twitter:title"): title,
        ("name", "twitter:description"): description,
    }
    if canonical:
        tags[("property", "og:url")] = unescape(canonical.group(1))
    head = "".join(f'<meta {attr}="{name}" content="{escape(value, quote=True)}">\n' for (attr, name), value in tags.items())
    html = _DESCRIPTION.sub("", html, count=1)
    return html.replace("</head>", head + "</head>", 1)
