"""The brief's HTML as a PDF: WeasyPrint, with the fonts of a locked package and nothing fetched.

The font is Source Sans Pro (Latin and Cyrillic, SIL Open Font License) from the
`font-source-sans-pro` package, the share cards' font, declared with @font-face from its
installed files and embedded (subset) in the PDF; WeasyPrint needs Debian's pango (README,
.ci/run). WeasyPrint may read only those font files: any other address, on this machine or
another, is refused, so the brief can never fetch anything while it is built.
"""
from __future__ import annotations

import functools
import hashlib
from importlib.resources import files
from pathlib import Path

FAMILY = "Brief Sans"
_FACES = (("Regular", "400", "normal"), ("It", "400", "italic"), ("Semibold", "600", "normal"), ("Bold", "700", "normal"))
STYLESHEET = files(__package__) / "brief.css"


def _font_dir() -> Path:
    return Path(str(files("font_source_sans_pro") / "files"))


def font_faces() -> str:
    """@font-face rules for the package's font files (file: addresses on this machine)."""
    rules = []
    for face, weight, style in _FACES:
        url = (_font_dir() / f"SourceSansPro-{face}.ttf").as_uri()
        rules.append(f'@font-face {{ font-family: "{FAMILY}"; src: url("{url}"); font-weight: {weight}; font-style: {style}; }}')
    return "\n".join(rules)


def stylesheet() -> str:
    return font_faces() + "\n" + STYLESHEET.read_text(encoding="utf-8")


def _fonts_only():
    """WeasyPrint's fetcher, allowed the font files and nothing else (a refusal stops the rendering)."""
    from weasyprint.urls import FatalURLFetchingError, URLFetcher

    allowed = {(_font_dir() / f"SourceSansPro-{face}.ttf").as_uri() for face, _w, _s in _FACES}

    class FontsOnly(URLFetcher):
        def fetch(self, url, headers=None):
            if url not in allowed:
                raise FatalURLFetchingError(f"the brief may read only its fonts, not {url}")
            return super().fetch(url, headers)

    return FontsOnly(allowed_protocols=("file",))


@functools.lru_cache(maxsize=8)
def _render(html_digest: str, html: str) -> bytes:
    from weasyprint import HTML  # imported on use: loading pango is for builds that make the brief

    return HTML(string=html, url_fetcher=_fonts_only(), base_url=None).write_pdf(pdf_variant=None, uncompressed_pdf=False)


def pdf(html: str) -> bytes:
    """The PDF of a brief (the same HTML in one process is rendered once)."""
    return _render(hashlib.sha256(html.encode("utf-8")).hexdigest(), html)
