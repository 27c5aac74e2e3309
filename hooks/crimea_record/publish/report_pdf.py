"""The Full report as a PDF in each language (downloads/report-CODE.pdf), made only when asked for.

The document is the report page's own HTML as the build assembled it (render/pages/report.py,
each address already marked to print once by render/print_addresses.py), printed by the brief's
engine (brief_pdf.py: WeasyPrint, the packaged Source Sans Pro, nothing fetched, a PDF cached
by its HTML) with report.css: a title page, the contents with page numbers (`target-counter()`,
which the browsers' print lacks), each part from a new page, "N / total" at each page's foot.

Rendering some fifty pages takes many seconds, so a build makes it only when asked for: the
deploy workflow sets CRIMEA_RECORD_REPORT_PDF=1 (or `extra.report_pdf: true` in mkdocs.yml);
other builds, the tests' build of the real site included, neither make nor link it.
"""
from __future__ import annotations

import datetime as dt
import re
from html import escape, unescape
from importlib.resources import files

from ..model.addresses import SiteInfo
from ..render import charts
from ..render.language import _, lang, site_name
from . import brief_pdf

BUILD_VARIABLE = "CRIMEA_RECORD_REPORT_PDF"
"""Set to 1 to make the report's PDFs although mkdocs.yml leaves them off (the deploy workflow does)."""
STYLESHEET = files(__package__) / "report.css"
CHART_STYLE = files(__package__) / "report_chart.css"
"""The charts' colours and type, put inside each chart: the engine does not apply the page's style sheet to inline SVG."""

_SVG_OPEN = re.compile(r"(<svg\b[^>]*>)")
_HALOED = re.compile(rf'<text {re.escape(charts.HALO)}class="([^"]*)"(.*?)</text>', re.S)
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_ALT = re.compile(r"""\salt=(?:"([^"]*)"|'([^']*)')""", re.I)
# A link to a page of the site when the build has no public address: it leads nowhere on paper or in a PDF.
_RELATIVE_HREF = re.compile(r"""(<a\b[^>]*?)\shref="(?!#|https?:|mailto:)[^"]*\"""", re.I)


def wanted(setting: bool, environ: dict[str, str]) -> bool:
    """Whether this build makes the report's PDFs: `extra.report_pdf`, or CRIMEA_RECORD_REPORT_PDF=1."""
    return setting or environ.get(BUILD_VARIABLE) == "1"


def document(report_html: str, site: SiteInfo, built: dt.date) -> str:
    """The report in the current language as one HTML document for the PDF engine. `report_html`:
    the report page's content as the site shows it (the title page, the contents, every part)."""
    title = f"{_('Full report')}: {site_name(site.name)}" if site.name else _("Full report")
    style = brief_pdf.font_faces() + "\n" + STYLESHEET.read_text(encoding="utf-8")
    return (
        f'<!DOCTYPE html><html lang="{escape(lang().html_lang)}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>"
        f'<meta name="author" content="{escape(site.publisher or site_name(site.name))}">'
        f'<meta name="dcterms.created" content="{built.isoformat()}">'
        f"<style>{style}</style></head><body><article class=\"report\">{for_paper(report_html)}</article></body></html>"
    )


def for_paper(html: str) -> str:
    """The site's report HTML as the PDF engine should print it: charts styled from inside, their
    labels' halos drawn as the engine can, images as their text, no links that lead nowhere."""
    chart_style = f"<style>{CHART_STYLE.read_text(encoding='utf-8')}</style>"
    html = _SVG_OPEN.sub(lambda m: m.group(1) + chart_style, _HALOED.sub(_halo_behind, html))
    html = _IMG.sub(_image_text, html)  # the engine may read nothing but its fonts
    return _RELATIVE_HREF.sub(r"\1", html)


def _halo_behind(label: re.Match[str]) -> str:
    """A label drawn twice: first in white with a white outline (its halo), then in ink on top.
    The site's SVG paints one text's outline under its letters (paint-order), which the engine
    does not do: it would paint the white outline over the letters, and without any halo the
    leader lines of the labels above run through the words."""
    classes, rest = label.group(1), label.group(2)
    return f'<text class="{classes} chart__halo-behind" aria-hidden="true"{rest}</text><text class="{classes}"{rest}</text>'


def _image_text(img: re.Match[str]) -> str:
    alt = _ALT.search(img.group(0))
    words = (alt.group(1) if alt.group(1) is not None else alt.group(2)) if alt else ""
    return f'<span class="image-text">{escape(unescape(words))}</span>' if words else ""


def report_pdf(report_html: str, site: SiteInfo, built: dt.date) -> bytes:
    """The report in the current language as a PDF (rendered once for the same HTML on this machine)."""
    return brief_pdf.pdf(document(report_html, site, built))
