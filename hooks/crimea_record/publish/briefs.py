"""The brief in each language: downloads/brief-CODE.pdf, made in the build from the same data.

Home's page in each language gives the finding (its first paragraph) and the key figures (its
key-figure cards); brief_document.py puts the rest together from the data; brief_pdf.py makes
the PDF. A language whose Home is not translated yet gets the English finding, as its Home does.
"""
from __future__ import annotations

import datetime as dt

from ..i18n.languages import Registry
from ..load.markers import find_references
from ..model.addresses import SiteInfo
from ..model.dataset import Dataset
from ..render.citations import brief_file
from ..render.language import _, in_language
from . import brief_document, brief_lead, brief_pdf, brief_qr

HOME = "index.md"


def key_figures(home_markdown: str) -> list[str]:
    """The figures of Home's first key-figure cards, in their order."""
    cards = next((ref for ref in find_references(home_markdown, HOME) if ref.name == "cards"), None)
    return list(cards.ids) if cards else []


def brief_documents(dataset: Dataset, site: SiteInfo, homes: dict[str, str], languages: Registry, built: dt.date | None = None) -> dict[str, str]:
    """Each language's brief as HTML, by its PDF's path. `homes`: each language's Home as Markdown (markers in it); without one, no finding and no key figures."""
    out = {}
    stylesheet = brief_pdf.stylesheet()
    for language in languages.languages:
        home = homes.get(language.code, "")
        with in_language(language.code):
            base = site.url + language.prefix if site.url else ""
            inputs = brief_document.BriefInputs(
                dataset, site, brief_lead.lead_html(home, HOME, dataset, lang=language.code, base=base), key_figures(home),
                qr_svg=brief_qr.qr_svg(base, _("QR code of the address {address}").format(address=base)) if base else "", built=built,
            )
            out[brief_file(language.code)] = brief_document.brief_html(inputs, stylesheet)
    return out
