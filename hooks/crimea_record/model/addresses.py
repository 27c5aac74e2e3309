"""Public addresses: the site's base URL, page URLs and permanent links to records.

The site's public address is one setting: the environment variable CRIMEA_RECORD_SITE_URL
(set by the deploy workflow), falling back to `site_url` in mkdocs.yml. Without either, every
link the build writes is relative: a made-up address is never published.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from ..errors import DataError, DataErrors, Loc
from .kinds import page_of

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
            "Quoted texts (reports, articles, laws, treaties) remain their authors’ and are quoted here "
            "for reference; each figure belongs to the source named with it and must be cited to that source."
        )


@dataclass(frozen=True)
class SiteInfo:
    name: str
    url: str  # ends in '/', or '' when no public address is set
    edit_base: str = ""
    """The repository's top folder in its web editor ('https://host/owner/repo/edit/main/'),
    from repo_url and edit_uri; '' when no repository is set: then no Edit links."""
    licence: Licence = field(default_factory=Licence)
    offline_copy: bool = False
    """Whether the build also makes the offline copy of the whole site (`extra.offline_copy`)."""
    report_pdf: bool = False
    """Whether the build also makes the Full report as a PDF in each language (`extra.report_pdf`, publish/report_pdf.py)."""
    publisher: str = ""
    """Who publishes the site (`extra.publisher`); '' until it is decided: then it is left out, never guessed."""
    contact: str = ""
    """How to reach the publisher (`extra.contact`: an e-mail or web address); '' when not set."""
    updated: str = ""
    """The date of the data, YYYY-MM-DD (`extra.updated`); '' when not set."""
    accessed: dt.date = field(default_factory=dt.date.today)
    """The access date the citations give: the day of the build (on the pages, the reader's today)."""

    def missing_for_publishing(self) -> list[str]:
        """What a public build needs and this one lacks, as the settings to set."""
        missing = [] if self.url else [f"no public address set ({SITE_URL_VARIABLE} or site_url in mkdocs.yml)"]
        return missing + ([] if self.publisher else ["no publisher set (extra.publisher in mkdocs.yml)"])

    @classmethod
    def from_config(cls, root: Path) -> SiteInfo:
        """site_name, the public address, repo_url and edit_uri, and the licence, read from mkdocs.yml without MkDocs (for the command line)."""
        config = root / "mkdocs.yml"
        text = config.read_text(encoding="utf-8") if config.exists() else ""
        repo_url, edit_uri = _config_value(text, "repo_url"), _config_value(text, "edit_uri")
        if repo_url and edit_uri is None and urlsplit(repo_url).netloc.lower() in ("github.com", "gitlab.com"):
            edit_uri = "edit/master/docs/"  # what MkDocs assumes for these hosts
        docs_dir = _config_value(text, "docs_dir") or "docs"
        licence = {key: _config_value(text, f"licence_{key}", indent="  ") for key in ("name", "title", "url", "spdx")}
        return cls(
            _config_value(text, "site_name") or "",
            public_site_url(_config_value(text, "site_url"), config_file=config),
            edit_base(repo_url, edit_uri, docs_dir),
            licence_from(licence),
            publisher=_config_value(text, "publisher", indent="  ") or "",
            contact=_config_value(text, "contact", indent="  ") or "",
            updated=_config_value(text, "updated", indent="  ") or "",
        )


def edit_base(repo_url: str | None, edit_uri: str | None, docs_dir: str = "docs") -> str:
    """The web-editor address of the repository's top folder. MkDocs' edit_uri points at the
    docs folder ('edit/main/docs/'); data files sit beside it, so that last folder is dropped.
    '' when either is unset, or when edit_uri does not end with the docs folder."""
    if not repo_url or not edit_uri:
        return ""
    base = repo_url if repo_url.endswith("/") else repo_url + "/"
    docs_uri = urljoin(base, edit_uri if edit_uri.endswith("/") else edit_uri + "/")
    docs_folder = Path(docs_dir).name + "/"
    if not docs_uri.endswith("/" + docs_folder):
        return ""
    return docs_uri.removesuffix(docs_folder)


def edit_url(site: SiteInfo, file: str, line: int) -> str:
    """Where the web editor opens `file` (relative to the repository's top) at `line`."""
    return f"{site.edit_base}{file}#L{line}" if site.edit_base else ""


def licence_from(values: dict[str, str | None]) -> Licence:
    """A Licence from `extra.licence_*` settings, each falling back to CC BY 4.0's."""
    return Licence(**{k: v for k, v in values.items() if v})


def _config_value(text: str, key: str, indent: str = "") -> str | None:
    match = re.search(rf"^{indent}{key}:[ \t]*(.+?)[ \t]*$", text, re.M)
    return re.sub(r"\s+#.*$", "", match.group(1)).strip("'\"") if match else None


def public_site_url(config_url: str | None, environ: dict[str, str] | None = None, config_file: Path | None = None) -> str:
    """The site's public address: CRIMEA_RECORD_SITE_URL, else `site_url` from mkdocs.yml, else ''.
    DataErrors when it is not an absolute http(s) address (it becomes every link's start)."""
    env = os.environ if environ is None else environ
    url = env.get(SITE_URL_VARIABLE) or config_url
    problem = site_url_problem(url or "")
    if problem:
        if env.get(SITE_URL_VARIABLE):
            loc = Loc(f"environment variable {SITE_URL_VARIABLE}", 1)
        else:
            loc = _setting_loc(config_file, "site_url")
        raise DataErrors([DataError(loc, problem)])
    return normal_site_url(url)


def site_url_problem(url: str) -> str | None:
    """Why `url` cannot be the site's public address, or None (also for no address)."""
    if not url.strip():
        return None
    shown = url.encode("unicode_escape").decode("ascii")[:80]
    if any(not ch.isprintable() or ch.isspace() for ch in url.strip()):
        return f"'{shown}' holds a control character or a space: write the address alone, e.g. https://example.org/crimea/"
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return f"'{shown}' is not an absolute http(s) address: write it in full, e.g. https://example.org/crimea/"
    if "@" in parts.netloc:
        return f"'{shown}' names a user before the host (user@host): write the address without it"
    if parts.query or parts.fragment:
        return f"'{shown}' has a query or fragment (? or #): write the address of the site's top folder only"
    return None


def _setting_loc(config_file: Path | None, key: str) -> Loc:
    name = "mkdocs.yml"
    if config_file is not None and config_file.is_file():
        name = config_file.name
        for number, line in enumerate(config_file.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            match = re.match(rf"{key}\s*:\s*", line)
            if match:
                return Loc(name, number, match.end() + 1)
    return Loc(name, 1)


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
