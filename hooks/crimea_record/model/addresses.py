"""Public addresses: the site's base URL, page URLs and permanent links to records.

The site's public address is one setting: the environment variable CRIMEA_RECORD_SITE_URL
(set by the deploy workflow), falling back to `site_url` in mkdocs.yml. Without either, every
link the build writes is relative: a made-up address is never published.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..kinds import page_of

SITE_URL_VARIABLE = "CRIMEA_RECORD_SITE_URL"


@dataclass(frozen=True)
class Licence:
    """The licence of the site's own text and of its compilation of the data (`extra.licence` in mkdocs.yml)."""

    name: str = "CC BY 4.0"
    title: str = "Creative Commons Attribution 4.0 International"
    url: str = "https://creativecommons.org/licenses/by/4.0/"
    spdx: str = "CC-BY-4.0"

    def statement(self, site_name: str) -> str:
        """One paragraph, the same on About, on Data and in the data zip."""
        who = f"“{site_name}”" if site_name else "this site"
        return (
            f"The text of {who} written by its editors, and its compilation of the data (the selection, "
            f"arrangement and descriptions of the records), are licensed under {self.title} ({self.name}, "
            f"{self.url}): you may share and adapt them for any purpose, naming {who} as the source. "
            "Quoted texts (reports, articles, laws, treaties) remain their authors' and are quoted here "
            "for reference; each figure belongs to the source named with it and must be cited to that source."
        )


@dataclass(frozen=True)
class SiteInfo:
    name: str
    url: str  # ends in '/', or '' when no public address is set
    licence: Licence = field(default_factory=Licence)
    offline_copy: bool = False
    """Whether the build also makes the offline copy of the whole site (`extra.offline_copy`)."""

    @classmethod
    def from_config(cls, root: Path) -> SiteInfo:
        """site_name, the public address and the licence, read from mkdocs.yml without MkDocs (for the command line)."""
        config = root / "mkdocs.yml"
        text = config.read_text(encoding="utf-8") if config.exists() else ""
        licence = {key: _config_value(text, f"licence_{key}", indent="  ") for key in ("name", "title", "url", "spdx")}
        return cls(
            _config_value(text, "site_name") or "",
            public_site_url(_config_value(text, "site_url")),
            licence_from(licence),
        )


def licence_from(values: dict[str, str | None]) -> Licence:
    """A Licence from `extra.licence_*` settings, each falling back to CC BY 4.0's."""
    return Licence(**{k: v for k, v in values.items() if v})


def _config_value(text: str, key: str, indent: str = "") -> str | None:
    match = re.search(rf"^{indent}{key}:[ \t]*(.+?)[ \t]*$", text, re.M)
    return match.group(1).strip("'\"") if match else None


def public_site_url(config_url: str | None, environ: dict[str, str] | None = None) -> str:
    """The site's public address: CRIMEA_RECORD_SITE_URL, else `site_url` from mkdocs.yml, else ''."""
    env = os.environ if environ is None else environ
    return normal_site_url(env.get(SITE_URL_VARIABLE) or config_url)


def normal_site_url(url: str | None) -> str:
    url = (url or "").strip()
    return url if not url or url.endswith("/") else url + "/"


def page_url(md_path: str) -> str:
    """The address of a page relative to the site root: 'figures.md' -> 'figures/'."""
    stem = md_path.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


def record_path(kind: str, record_id: str) -> str:
    """Site-relative permanent link of a record: 'figures/#art328-cases'."""
    return f"{page_url(page_of(kind))}#{record_id}"


def permalink(site_url: str, kind: str, record_id: str) -> str:
    """The record's address: absolute with a public address, else relative to the site root."""
    return site_url + record_path(kind, record_id)
