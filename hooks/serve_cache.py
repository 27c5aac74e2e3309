"""Under `mkdocs serve`: a page whose Markdown has not changed since the last build is not rendered again.

`mkdocs serve` rebuilds the whole site after every save, and most of that time is Python-Markdown
rendering pages that did not change (an edit to one figure changes the Figures page and the
pages that cite it). `--dirty` skips pages by file date instead, which shows stale pages here:
a prose page's text depends on data/ through its references. This cache keys each page on its
Markdown after the references are expanded, on the list of pages (links resolve against it)
and on mkdocs.yml, and restores everything MkDocs' render leaves on the page.

MkDocs loads hooks/site.py afresh for every rebuild; this module is imported normally, so the
cache lives as long as the `mkdocs serve` process. `mkdocs build` never turns it on.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Any

from jinja2.bccache import Bucket, BytecodeCache

log = logging.getLogger("mkdocs.crimea_record")
_enabled = False
_cache: dict[str, _Rendered] = {}


@dataclass
class _Rendered:
    key: tuple
    content: str
    toc: Any
    title: str | None
    anchors: set[str]
    links_to_anchors: dict[str, dict[str, str]] | None  # by the linked file's src_uri


class _CompiledTemplates(BytecodeCache):
    """Jinja's compiled templates kept in memory: MkDocs makes a new template environment for
    every rebuild, which would compile every theme template again. Jinja checks each
    template's source against the compiled copy, so an edited template is compiled anew."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


_templates = _CompiledTemplates()


def reuse_templates(env) -> None:
    """In on_env: keep the theme's compiled templates from one rebuild to the next."""
    if _enabled:
        env.bytecode_cache = _templates


def enable() -> None:
    global _enabled
    _enabled = True


def serving() -> bool:
    """Whether this process runs `mkdocs serve`. MkDocs loads the hooks file afresh for every
    rebuild, so its own globals forget it; this module is imported once."""
    return _enabled


def _key(markdown: str, files, config) -> tuple:
    pages = tuple(f.src_uri for f in files.documentation_pages())
    config_text = open(config.config_file_path, encoding="utf-8").read() if config.config_file_path else ""
    return (markdown, hash(pages), hash(config_text))


def reuse_if_unchanged(page, markdown: str, files, config) -> None:
    """Before MkDocs renders `page`: if it rendered the same Markdown last time, restore that instead."""
    if not _enabled:
        return
    key = _key(markdown, files, config)
    cached = _cache.get(page.file.src_uri)
    if cached is None or cached.key != key:
        page._crimea_cache_key = key
        return

    def restore(config, files) -> None:
        page.content = cached.content
        page.toc = cached.toc
        page._title_from_render = cached.title
        page.present_anchor_ids = set(cached.anchors)
        if cached.links_to_anchors is not None:
            page.links_to_anchors = {files.get_file_from_path(uri): links for uri, links in cached.links_to_anchors.items()}

    page.render = restore  # this page object only, for this build
    log.debug("not rendered again, unchanged since the last build: %s", page.file.src_uri)


_clean: set[bytes] = set()


def _digest(html: str) -> bytes:
    return hashlib.blake2b(html.encode("utf-8"), digest_size=20).digest()


def known_clean(html: str) -> bool:
    """Whether this exact HTML passed the HTML policy in an earlier rebuild (only while serving)."""
    return _enabled and _digest(html) in _clean


def mark_clean(html: str) -> None:
    if _enabled:
        _clean.add(_digest(html))


def remember(page, html: str) -> None:
    """After MkDocs rendered `page` (first in on_page_content): keep what the render produced."""
    key = getattr(page, "_crimea_cache_key", None)
    if not _enabled or key is None:
        return
    links = page.links_to_anchors
    _cache[page.file.src_uri] = _Rendered(
        key,
        html,
        page.toc,
        page._title_from_render,
        set(page.present_anchor_ids or ()),
        None if links is None else {f.src_uri: dict(v) for f, v in links.items()},
    )
