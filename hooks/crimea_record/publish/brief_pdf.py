"""The brief's HTML (and the Full report's: report_pdf.py) as a PDF: WeasyPrint, with the fonts of a locked package and nothing fetched.

The font is Source Sans Pro (Latin and Cyrillic, SIL Open Font License) from the
`font-source-sans-pro` package, the share cards' font, declared with @font-face from its
installed files and embedded (subset) in the PDF; WeasyPrint needs Debian's pango (README,
.ci/run). WeasyPrint may read only those font files: any other address, on this machine or
another, is refused, so the brief can never fetch anything while it is built.
"""
from __future__ import annotations

import functools
import hashlib
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

from .file_cache import cache_folder, lookup, stored

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
                raise FatalURLFetchingError(f"a PDF of the site may read only its fonts, not {url}")
            return super().fetch(url, headers)

    return FontsOnly(allowed_protocols=("file",))


class PdfEngineMissing(Exception):
    """WeasyPrint cannot load the system libraries it needs (Debian's pango)."""

    def __init__(self, cause: str) -> None:
        self.cause = cause
        super().__init__(f"the PDFs (the briefs, the Full report) cannot be made: WeasyPrint needs Debian's pango ({cause}); "
                         f"install it with: apt-get install -y {' '.join(SYSTEM_PACKAGES)}")


SYSTEM_PACKAGES = ("libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0")
"""What WeasyPrint needs from Debian (.ci/run installs them; the README names them)."""


CACHE_VARIABLE = "CRIMEA_RECORD_BRIEF_CACHE"
"""A folder for rendered briefs, instead of ~/.cache/crimea-record/briefs/."""


def _cache_path(html_digest: str) -> Path:
    # The brief's HTML holds its style sheet and font addresses: with WeasyPrint's version, all it is made from.
    key = hashlib.sha256(f"{version('weasyprint')}\n{html_digest}".encode()).hexdigest()
    return cache_folder(CACHE_VARIABLE, "briefs") / f"{key}.pdf"


@functools.lru_cache(maxsize=8)
def _cached(html_digest: str, html: str) -> bytes:
    return stored(_cache_path(html_digest), lambda: _render(html))


def _render(html: str) -> bytes:
    try:
        from weasyprint import HTML  # imported on use: loading pango is for builds that make the brief
    except OSError as error:  # a library that cannot be loaded
        raise PdfEngineMissing(str(error)) from None
    # Tagged (PDF/UA structure): screen readers read the brief in order, in its language.
    return HTML(string=html, url_fetcher=_fonts_only(), base_url=None).write_pdf(pdf_tags=True)


def pdf(html: str) -> bytes:
    """The PDF of a brief: rendered once for the same HTML on this machine (publish/file_cache.py)."""
    return _cached(hashlib.sha256(html.encode("utf-8")).hexdigest(), html)


def rendered_before(html: str) -> bytes | None:
    """The PDF of a brief if this machine rendered the same HTML before, else None: nothing is rendered."""
    return lookup(_cache_path(hashlib.sha256(html.encode("utf-8")).hexdigest()))
