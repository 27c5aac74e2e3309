"""Public addresses: the site's base URL, page URLs and permanent links to records."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..kinds import page_of


@dataclass(frozen=True)
class SiteInfo:
    name: str
    url: str  # ends in '/', or '' when site_url is not set

    @classmethod
    def from_config(cls, root: Path) -> SiteInfo:
        """site_name and site_url read from mkdocs.yml without MkDocs (for the command line)."""
        config = root / "mkdocs.yml"
        text = config.read_text(encoding="utf-8") if config.exists() else ""
        return cls(_config_value(text, "site_name") or "", normal_site_url(_config_value(text, "site_url")))


def _config_value(text: str, key: str) -> str | None:
    match = re.search(rf"^{key}:[ \t]*(.+?)[ \t]*$", text, re.M)
    return match.group(1).strip("'\"") if match else None


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
    return site_url + record_path(kind, record_id)
