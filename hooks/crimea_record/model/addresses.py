"""Public addresses: the site's base URL, page URLs and permanent links to records."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from ..kinds import page_of


@dataclass(frozen=True)
class SiteInfo:
    name: str
    url: str  # ends in '/', or '' when site_url is not set
    edit_base: str = ""
    """The repository's top folder in its web editor ('https://host/owner/repo/edit/main/'),
    from repo_url and edit_uri; '' when no repository is set: then no Edit links."""

    @classmethod
    def from_config(cls, root: Path) -> SiteInfo:
        """site_name, site_url, repo_url and edit_uri read from mkdocs.yml without MkDocs (for the command line)."""
        config = root / "mkdocs.yml"
        text = config.read_text(encoding="utf-8") if config.exists() else ""
        repo_url, edit_uri = _config_value(text, "repo_url"), _config_value(text, "edit_uri")
        if repo_url and edit_uri is None and urlsplit(repo_url).netloc.lower() in ("github.com", "gitlab.com"):
            edit_uri = "edit/master/docs/"  # what MkDocs assumes for these hosts
        docs_dir = _config_value(text, "docs_dir") or "docs"
        return cls(_config_value(text, "site_name") or "", normal_site_url(_config_value(text, "site_url")), edit_base(repo_url, edit_uri, docs_dir))


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
