"""The brief's finding: Home's first paragraph, in the brief's language, as HTML.

The site's own wording, never rewritten: the paragraph's reference markers are expanded as on
the page, the Markdown rendered with the site's extensions for prose (escapes, attribute lists, typographic quotes), and its links to the site's pages made absolute (with a public
address) or left as plain text (without one: a printed page has nowhere to point).
"""
from __future__ import annotations

import re

import markdown

from ..model.addresses import page_url
from ..model.dataset import Dataset
from ..render.expand import expand_references

_HEADING = re.compile(r"^\s*#")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_LINK = re.compile(r'<a href="([^"]*)"[^>]*>(.*?)</a>', re.S)


def first_paragraph(page_markdown: str) -> str:
    """The first paragraph of prose after the page's title."""
    text = _COMMENT.sub("", _FRONT_MATTER.sub("", page_markdown))
    for block in (b.strip("\n") for b in re.split(r"\n[ \t]*\n", text)):
        if block and not _HEADING.match(block) and not block.startswith(("{{", "<", "{", "|", "-", "*", "!!!", " ", "\t")):
            return block
    return ""


def lead_html(page_markdown: str, page: str, dataset: Dataset, *, lang: str, base: str) -> str:
    """`base`: the absolute address of the page's language folder ('https://…/uk/'), or '' for none."""
    paragraph = expand_references(first_paragraph(page_markdown), page, dataset, lang=lang)
    html = markdown.markdown(paragraph, extensions=["attr_list", "smarty", "pymdownx.escapeall"], output_format="html")

    def absolute(match: re.Match) -> str:
        href, inner = match.group(1), match.group(2)
        if re.match(r"https?://", href):
            return f'<a href="{href}">{inner}</a>'
        if not base:
            return inner
        target, _sep, anchor = href.partition("#")
        address = base + page_url(target) + (f"#{anchor}" if anchor else "") if target.endswith(".md") else base + href
        return f'<a href="{address}">{inner}</a>'

    return _LINK.sub(absolute, html)
