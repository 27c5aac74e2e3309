"""The source's own words for a figure or a history value: the quote in its language, and the
editors' translation marked as theirs, never as a quotation."""
from __future__ import annotations

from ..model.records import Figure, HistoryEntry, Quote
from .markdown_text import md

LANGUAGES = {"en": "English", "uk": "Ukrainian", "ru": "Russian"}
NOT_QUOTED = "not quoted here: the editors do not hold the source's text"


def quote_block(entry: Figure | HistoryEntry) -> list[str]:
    """Markdown lines: the quote as a block quote with its language, then the translation."""
    quote = entry.quote
    if quote is None:
        return [f"The source’s words: {md(entry.no_quote or NOT_QUOTED)}", "{ .source-words }", ""]
    out = [f"The source’s words{_in_language(quote)}:", "{ .source-words }", "", f"> “{md(quote.text)}”"]
    if quote.language and quote.language != "en":
        out.append(f'> {{ lang="{quote.language}" }}')
    out.append("")
    if quote.translation:
        out += [f"Editors' translation, not a quotation: \\[{md(quote.translation)}\\]", "{ .source-words__translation }", ""]
    return out


def quote_inline(entry: Figure | HistoryEntry) -> str:
    """The same on one line, for a table cell."""
    quote = entry.quote
    if quote is None:
        return md(entry.no_quote or NOT_QUOTED)
    text = f"“{md(quote.text)}”"
    if quote.language and quote.language != "en":
        text = f'<span lang="{quote.language}">{text}</span>'
    if quote.translation:
        text += f" (editors' translation: \\[{md(quote.translation)}\\])"
    return text


def _in_language(quote: Quote) -> str:
    if quote.language and quote.language != "en":
        return f" (in {LANGUAGES[quote.language]})"
    return ""
