"""Share images: one PNG per figure, drawn at build time from the data.

A link to a figure's own page previews with this card: the number as its source words it,
what it counts, its date and its source. The font is Source Sans Pro (Latin and Cyrillic,
SIL Open Font License) from the `font-source-sans-pro` package that the README's commands
install from the lock; nothing is downloaded at build time.
"""
from __future__ import annotations

import io
from functools import cache
from importlib.resources import files

from PIL import Image, ImageDraw, ImageFont

from ..model.dataset import Dataset
from ..model.records import Figure
from ..render.markdown_text import as_of_phrase, stated_value
from ..render.pages.figure_pages import card_path

WIDTH, HEIGHT = 1200, 630
BACKGROUND = (255, 255, 255)
BAND = (48, 63, 159)  # Material's indigo, the site's primary colour
INK = (33, 33, 33)
MUTED = (84, 84, 84)  # 7.4:1 on white
MARGIN = 64


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


def share_card(figure: Figure, dataset: Dataset, site_name: str) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    text_width = WIDTH - 2 * MARGIN
    draw.rectangle((0, 0, WIDTH, 84), fill=BAND)
    for line in _wrap(site_name, _font("Semibold", 34), text_width, 1):
        draw.text((MARGIN, 42), line, font=_font("Semibold", 34), fill=(255, 255, 255), anchor="lm")

    value = drawable(stated_value(figure), _font("Bold", 80))
    value_font = _fitting(value, "Bold", (132, 112, 96, 80), text_width)
    y = 112.0
    draw.text((MARGIN, y), value, font=value_font, fill=BAND, anchor="la")
    y += value_font.size + 20
    unit_font = _font("Semibold", 46)
    for line in _wrap(figure.unit, unit_font, text_width, 1):
        draw.text((MARGIN, y), line, font=unit_font, fill=INK)
        y += 58
    label_font = _font("Regular", 38)
    for line in _wrap(figure.label, label_font, text_width, 2):
        draw.text((MARGIN, y), line, font=label_font, fill=INK)
        y += 48

    footer_font = _font("Regular", 32)
    footer = _wrap(footer_text(figure, dataset), footer_font, text_width, 2)
    y = HEIGHT - MARGIN - 40 * len(footer) + 8
    draw.line((MARGIN, y - 20, WIDTH - MARGIN, y - 20), fill=(200, 200, 200), width=2)
    for line in footer:
        draw.text((MARGIN, y), line, font=footer_font, fill=MUTED)
        y += 40
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def footer_text(figure: Figure, dataset: Dataset) -> str:
    """The card's last line: as of when, and whose document (with who reported it, where known only that way)."""
    source = dataset.sources[figure.source]
    as_of = as_of_phrase(figure)
    reported = f", reported by {dataset.sources[source.via].publisher}" if source.via else ""
    return f"{as_of[:1].upper()}{as_of[1:]} · Source: {source.publisher}{reported}"


def share_cards(dataset: Dataset, site_name: str) -> dict[str, bytes]:
    """Every figure's card, keyed by its path relative to docs/."""
    return {card_path(f.id): share_card(f, dataset, site_name) for f in dataset.figures.values()}
