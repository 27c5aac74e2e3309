"""The wording of the theme around each page (header, footer, search, colour switch, section
links), in the page's language: hooks/site.py hands it to the templates and to Material."""
from __future__ import annotations

from dataclasses import dataclass

from ..model.dates import PartialDate
from .language import _, _p, human, in_language, lang


@dataclass(frozen=True)
class Interface:
    code: str
    html_lang: str
    og_locale: str
    theme_language: str  # Material's own wording (hooks/theme/partials/language.html)
    prefix: str  # where the language's pages are: its Home, its footer links
    site_name: str
    site_description: str
    copyright: str
    dark_mode: str
    light_mode: str
    permalink: str
    search: str
    footer_publisher: str  # '' without a publisher
    footer_updated: str  # '' without a date
    about: str
    cite: str
    feed_title: str
    header: str  # the header landmark's name (Material's own Ukrainian word for it is an anglicism)


def interface(code: str, *, site_name: str, site_description: str, copyright: str, publisher: str, updated: str) -> Interface:
    """`site_name` …: the source language's settings (mkdocs.yml), used where the registry gives none."""
    with in_language(code):
        language = lang()
        name = language.site_name or site_name
        date = _updated(updated)
        return Interface(
            code=language.code,
            html_lang=language.html_lang,
            og_locale=language.og_locale,
            theme_language=language.theme_language or language.code,
            prefix=language.prefix,
            site_name=name,
            site_description=language.site_description or site_description,
            copyright=language.copyright or copyright,
            dark_mode=_p("interface", "Switch to dark mode"),
            light_mode=_p("interface", "Switch to light mode"),
            permalink=_p("interface", "Permanent link to this section"),
            search=_p("interface", "Search this site"),
            footer_publisher=_("Published by {publisher}.").format(publisher=publisher) if publisher else "",
            footer_updated=_p("interface", "Last updated {date}.").format(date=date) if date else "",
            about=_p("interface", "About this site"),
            cite=_p("interface", "How to cite"),
            feed_title=_p("interface", "{site}: changes").format(site=name),
            header=_p("interface", "Header"),
        )


def section_title(code: str, english: str) -> str:
    """A menu section's title (mkdocs.yml's nav) in a language."""
    with in_language(code):
        return _p("menu section", english)


def _updated(updated: str) -> str:
    """`extra: updated:` as the footer says it: '25 November 2026' (as written if not YYYY-MM-DD)."""
    if len(updated) == 10:
        try:
            return human(PartialDate.parse(updated))
        except ValueError:
            pass
    return updated
