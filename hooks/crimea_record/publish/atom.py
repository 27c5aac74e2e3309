"""The Atom feed (RFC 4287) of the Changes page, built from the data: one per language, written
in the language the render stage is in (`PREFIX/feed.xml`)."""
from __future__ import annotations

import uuid
from xml.sax.saxutils import escape, quoteattr

from ..model.addresses import SiteInfo, page_url
from ..model.dates import PartialDate
from ..render.changes import Change, detail_text
from ..render.language import N_, _, _p, lang, site_name
from ..render.pages.changes import FEED, PATH

RIGHTS = N_("quoted texts remain their authors’.")

_NAMESPACE = uuid.UUID("6f1c1a52-8d0c-4b7e-9a55-0c3b2f7e1d10")


def _time(date: PartialDate) -> str:
    return f"{date.start.isoformat()}T00:00:00Z"


def _id(site: SiteInfo, key: str) -> str:
    # With a public address, the entry's address on the Changes page; without one a stable
    # URN, so that no made-up address is published and the ids stay the same.
    return f"{site.url}{page_url(lang().prefix + PATH)}#{key}" if site.url else uuid.uuid5(_NAMESPACE, lang().prefix + key).urn


def atom_feed(changes: list[Change], site: SiteInfo) -> bytes:
    updated = _time(changes[0].date) if changes else "1970-01-01T00:00:00Z"
    base = f" xml:base={quoteattr(site.url)}" if site.url else ""
    language, name = lang(), site_name(site.name)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom"{base} xml:lang="{language.html_lang}">',
        f"  <title>{escape(_p('interface', '{site}: changes').format(site=name))}</title>",
        f"  <id>{escape(_id(site, 'feed'))}</id>",
        f"  <updated>{updated}</updated>",
        f"  <author><name>{escape(name)}</name></author>",
        f'  <link rel="alternate" type="text/html" href={quoteattr(page_url(language.prefix + PATH))}/>',
        f'  <link rel="self" type="application/atom+xml" href={quoteattr(language.prefix + FEED)}/>',
        f"  <rights>{escape(site.licence.title)} ({escape(site.licence.name)}); {escape(_(RIGHTS))}</rights>",
    ]
    for change in changes:
        href = page_url(language.prefix + change.page) + (f"#{change.anchor}" if change.anchor else "")
        out += [
            "  <entry>",
            f"    <title>{escape(_(change.what))}: {escape(change.title)}</title>",
            f"    <id>{escape(_id(site, change.key))}</id>",
            f"    <updated>{_time(change.date)}</updated>",
            f'    <link rel="alternate" type="text/html" href={quoteattr(href)}/>',
            f"    <summary>{escape(detail_text(change))}</summary>",
            "  </entry>",
        ]
    out.append("</feed>")
    return ("\n".join(out) + "\n").encode("utf-8")
