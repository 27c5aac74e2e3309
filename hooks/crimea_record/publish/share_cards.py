"""Share images: one PNG per figure, drawn at build time from the data.

A link to a figure's own page previews with this card: the number as its source words it,
what it counts, its date and its source. The font is Source Sans Pro (Latin and Cyrillic,
SIL Open Font License) from the `font-source-sans-pro` package that the README's commands
install from the lock; nothing is downloaded at build time.
"""
from __future__ import annotations

import hashlib
import io
import json
from dataclasses import astuple, dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ..model.dataset import Dataset
from ..model.records import Figure
from ..render.language import _, in_language, registry, site_name, stated_value, text, unit_after_number
from ..render.markdown_text import as_of_phrase
from ..render.pages.figure_pages import card_path
from . import file_cache
from .file_cache import stored

WIDTH, HEIGHT = 1200, 630
BACKGROUND = (255, 255, 255)
BAND = (48, 63, 159)  # Material's indigo, the site's primary colour
INK = (33, 33, 33)
MUTED = (84, 84, 84)  # 7.4:1 on white
MARGIN = 64
CACHE_VARIABLE = "CRIMEA_RECORD_CARD_CACHE"
"""A folder for drawn cards, instead of ~/.cache/crimea-record/share-cards/."""
_DRAWING_VERSION = 4  # raise when the drawing changes (layout, colours, font): every card is drawn again
_drawn: dict[str, bytes] = {}


@cache
def _font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    path = files("font_source_sans_pro") / "files" / f"SourceSansPro-{weight}.ttf"
    return ImageFont.truetype(str(path), size)


@cache
def _missing(weight: str, size: int, char: str) -> bool:
    """Whether the font has no glyph for `char` (it would draw the empty box it draws for U+E000)."""
    return char != "\ue000" and _glyph(weight, size, char) == _glyph(weight, size, "\ue000")


@cache
def _glyph(weight: str, size: int, char: str) -> bytes:
    image = Image.new("L", (2 * size, 2 * size))
    ImageDraw.Draw(image).text((0, 0), char, font=_font(weight, size), fill=255)
    return image.tobytes()


def drawable(text: str, font: ImageFont.FreeTypeFont) -> str:
    """The text without the characters the font cannot draw (emoji, other scripts): left out, never boxes."""
    weight = font.path.rsplit("-", 1)[-1].removesuffix(".ttf") if isinstance(font.path, str) else ""
    kept = "".join(ch for ch in text if ch.isspace() or not _missing(weight, int(font.size), ch))
    return " ".join(kept.split())


def _pieces(word: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """A word wider than the card, cut into pieces that fit."""
    pieces = [""]
    for ch in word:
        if pieces[-1] and font.getlength(pieces[-1] + ch) > width:
            pieces.append("")
        pieces[-1] += ch
    return pieces


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int, max_lines: int) -> list[str]:
    lines: list[str] = []
    words = [piece for word in drawable(text, font).split() for piece in (_pieces(word, font, width) if font.getlength(word) > width else [word])]
    for word in words:
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        while lines[-1] and font.getlength(lines[-1] + "…") > width:
            lines[-1] = lines[-1][:-1]
        lines[-1] = lines[-1].rstrip(" ,;:.") + "…"
    return lines


def _fitting(text: str, weight: str, sizes: tuple[int, ...], width: int) -> ImageFont.FreeTypeFont:
    for size in sizes:
        if _font(weight, size).getlength(text) <= width:
            return _font(weight, size)
    return _font(weight, sizes[-1])


def share_card(figure: Figure, dataset: Dataset, english_site_name: str, publisher: str = "") -> bytes:
    """The figure's card in the current language (render.language.in_language)."""
    texts = CardTexts(
        site_name(english_site_name),
        _("Published by {publisher}").format(publisher=publisher) if publisher else "",
        stated_value(figure),
        unit_after_number(figure),
        text(figure, "label"),
        footer_text(figure, dataset),
    )
    return cached_card(texts)


@dataclass(frozen=True)
class CardTexts:
    """Everything a card shows: a card is drawn again only when one of these changes."""

    site_name: str
    publisher: str
    """"Published by …", or "" while the site names no publisher."""
    value: str
    unit: str
    label: str
    footer: str


def cached_card(texts: CardTexts, folder: Path | None = None) -> bytes:
    """The card for these texts: from this process's memory, else the cache folder (shared by
    every build on the machine, the offline copy's included), else drawn and stored there."""
    key = hashlib.sha256(json.dumps([_DRAWING_VERSION, *astuple(texts)]).encode()).hexdigest()
    if key in _drawn:
        return _drawn[key]
    data = stored((folder or cache_folder()) / f"{key}.png", lambda: _draw(texts))
    _drawn[key] = data
    return data


def cache_folder() -> Path:
    return file_cache.cache_folder(CACHE_VARIABLE, "share-cards")


def _draw(texts: CardTexts) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    text_width = WIDTH - 2 * MARGIN
    draw.rectangle((0, 0, WIDTH, 84), fill=BAND)
    if texts.publisher:  # the site's name, and under it who publishes it
        for line in _wrap(texts.site_name, _font("Semibold", 30), text_width, 1):
            draw.text((MARGIN, 30), line, font=_font("Semibold", 30), fill=(255, 255, 255), anchor="lm")
        for line in _wrap(texts.publisher, _font("Regular", 24), text_width, 1):
            draw.text((MARGIN, 64), line, font=_font("Regular", 24), fill=(255, 255, 255), anchor="lm")
    else:
        for line in _wrap(texts.site_name, _font("Semibold", 34), text_width, 1):
            draw.text((MARGIN, 42), line, font=_font("Semibold", 34), fill=(255, 255, 255), anchor="lm")

    value = drawable(texts.value, _font("Bold", 80))
    value_font = _fitting(value, "Bold", (132, 112, 96, 80), text_width)
    y = 112.0
    draw.text((MARGIN, y), value, font=value_font, fill=BAND, anchor="la")
    y += value_font.size + 20
    unit_font = _font("Semibold", 46)
    for line in _wrap(texts.unit, unit_font, text_width, 1):
        draw.text((MARGIN, y), line, font=unit_font, fill=INK)
        y += 58
    label_font = _font("Regular", 38)
    for line in _wrap(texts.label, label_font, text_width, 2):
        draw.text((MARGIN, y), line, font=label_font, fill=INK)
        y += 48

    footer_font = _font("Regular", 32)
    footer = _wrap(texts.footer, footer_font, text_width, 2)
    y = HEIGHT - MARGIN - 40 * len(footer) + 8
    draw.line((MARGIN, y - 20, WIDTH - MARGIN, y - 20), fill=(200, 200, 200), width=2)
    for line in footer:
        draw.text((MARGIN, y), line, font=footer_font, fill=MUTED)
        y += 40
    out = io.BytesIO()
    # In 64 colours (flat colours and their text's smoothed edges, no visible change): a third of
    # the bytes of a full-colour PNG, and faster to write, which is most of a card's time.
    # (optimize=True cost 20% of a build for a few KB.)
    image.quantize(64, method=Image.Quantize.FASTOCTREE).save(out, format="PNG")
    return out.getvalue()


def footer_text(figure: Figure, dataset: Dataset) -> str:
    """The card's last line: as of when, and whose document (with who reported it, where known only that way)."""
    source = dataset.sources[figure.source]
    as_of = as_of_phrase(figure)
    publisher = text(source, "publisher")
    if source.via:
        said = _("Source: {publisher}, reported by {reporter}").format(publisher=publisher, reporter=text(dataset.sources[source.via], "publisher"))
    else:
        said = _("Source: {publisher}").format(publisher=publisher)
    return f"{as_of[:1].upper()}{as_of[1:]} · {said}"


def share_cards(dataset: Dataset, english_site_name: str, publisher: str = "") -> dict[str, bytes]:
    """Every figure's card in every language, keyed by its path relative to docs/."""
    cards = {}
    for language in (registry().source, *registry().translated):
        with in_language(language.code):
            cards.update({card_path(f.id): share_card(f, dataset, english_site_name, publisher) for f in dataset.figures.values()})
    return cards
