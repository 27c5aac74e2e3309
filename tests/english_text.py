"""English left on a page in another language: text nodes and reader-visible attributes outside
the elements marked as being in another language (`lang="en"` quotations, a passage's own `lang`)."""
from __future__ import annotations

import re

from htmltree import Element

# Words that only an English sentence uses: a proper name (ZMINA, BibTeX, Excel) has none of them.
ENGLISH_WORDS = frozenset(
    "the and of to in or if but no so do does did this that is are was were with for from by on at as an "
    "be not it its which we they he she his her us about after before under over between "
    "what who when where how can may will would has have had been you your our their there these "
    "those into than then also only each every all any more most some such other page site "
    "switch search link section permanent mode light dark back top skip content share figure "
    "cite source sources licence license copyright updated last previous next menu close".split()
)
LATIN_WORD = re.compile(r"[A-Za-z]+")
# Addresses, file names and identifiers (for-ua.com, figure-history.csv, as_of, uk/figures/#id): not prose.
NOT_PROSE = re.compile(r"\S*[./_#@]\S*|\S+-\S+")
SKIPPED_TAGS = {"script", "style", "code", "pre", "kbd", "samp", "svg", "template", "noscript"}
READER_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder", "aria-description")
# <meta> whose content a reader sees where the page is shared or cited.
SHOWN_META = {"description", "og:title", "og:description", "og:site_name", "twitter:title",
              "twitter:description", "citation_title", "citation_publisher", "citation_journal_title"}


def is_english(text: str) -> bool:
    """Prose in English: two of its common words, or one among four Latin words (a proper name
    such as "The Kyiv Independent" or "Excel" is neither)."""
    words = [w.lower() for w in LATIN_WORD.findall(NOT_PROSE.sub(" ", text))]
    common = sum(w in ENGLISH_WORDS for w in words)
    return common >= 2 or (common >= 1 and len(words) >= 4)


def english_left(root: Element, own_lang: str) -> list[str]:
    """Each English text (or attribute) on the page outside an element marked with another language."""
    found: list[str] = []

    def visit(element: Element, marked: bool) -> None:
        lang = element.attrs.get("lang")
        if lang is not None and element.tag != "html":
            marked = lang.split("-")[0] != own_lang
        if element.tag in SKIPPED_TAGS or marked:
            return
        if element.tag == "meta":
            name = element.attrs.get("name") or element.attrs.get("property") or ""
            if name in SHOWN_META and is_english(element.attrs.get("content", "")):
                found.append(f"<meta {name}> {element.attrs['content']!r}")
            return
        for attribute in READER_ATTRIBUTES:
            value = element.attrs.get(attribute, "")
            if is_english(value):
                found.append(f"<{element.tag} {attribute}> {value!r}")
        for child in element.children:
            if isinstance(child, str):
                if is_english(child):
                    found.append(f"<{element.tag}> {' '.join(child.split())!r}")
            else:
                visit(child, marked)

    visit(root, False)
    return found
