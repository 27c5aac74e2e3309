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
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from jinja2.bccache import Bucket, BytecodeCache
from markdown.extensions.toc import nest_toc_tokens

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


def _rendered(page, key: tuple, content: str) -> _Rendered:
    """What MkDocs' render left on `page` (its links kept by path: each build has new files)."""
    links = page.links_to_anchors
    return _Rendered(key, content, page.toc, page._title_from_render, set(page.present_anchor_ids or ()),
                     None if links is None else {f.src_uri: dict(v) for f, v in links.items()})


def _links_to(files, links: dict[str, dict[str, str]]) -> dict:
    """Kept links, by this build's file of each linked path."""
    return {files.get_file_from_path(uri): anchors for uri, anchors in links.items()}


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


_build_files: Any = None  # the build the key below belongs to (MkDocs makes a new Files for each)
_build_key: tuple = ()


def _this_build(files, config) -> tuple:
    """What every page's render depends on besides its own Markdown: the list of pages (links
    resolve against it), mkdocs.yml and the theme's files (`mkdocs serve --watch-theme` rebuilds
    after a template is edited). Worked out once per build, not once per page."""
    global _build_files, _build_key
    if files is not _build_files:
        pages = tuple(f.src_uri for f in files.documentation_pages())
        _build_files, _build_key = files, (hash(pages), *settings(config))
    return _build_key


def settings(config) -> tuple:
    """mkdocs.yml's text and the theme's files, as fingerprints."""
    config_text = open(config.config_file_path, encoding="utf-8").read() if config.config_file_path else ""
    return hash(config_text), _theme_files(config.theme.dirs)


def _theme_files(folders) -> int:
    """Each theme file's path, size and time of change (the icons' folders left out: a page
    template names an icon, and an icon is not edited)."""
    seen = []
    for folder in folders:
        for root, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                stat = os.stat(os.path.join(root, name))
                seen.append((root, name, stat.st_size, stat.st_mtime_ns))
    return hash(tuple(seen))


def _key(markdown: str, files, config) -> tuple:
    return (markdown, *_this_build(files, config))


def reuse_if_unchanged(page, markdown: str, files, config) -> None:
    """Before MkDocs renders `page`: if it rendered the same Markdown last time, restore that
    instead; if not, render it by sections, each unchanged one taken from last time."""
    if not _enabled:
        return
    key = _key(markdown, files, config)
    cached = _cache.get(page.file.src_uri)
    if cached is None or cached.key != key:
        page._crimea_cache_key = key
        page.render = lambda config, files: _render_by_sections(page, config, files)
        return

    def restore(config, files) -> None:
        page.content = cached.content
        page.toc = cached.toc
        page._title_from_render = cached.title
        page.present_anchor_ids = set(cached.anchors)
        if cached.links_to_anchors is not None:
            page.links_to_anchors = _links_to(files, cached.links_to_anchors)

    page.render = restore  # this page object only, for this build
    log.debug("not rendered again, unchanged since the last build: %s", page.file.src_uri)


# A long page (the Figures page holds every figure) is rendered one section at a time, and a
# section whose Markdown is unchanged is not rendered again: an edit to one figure renders one
# section. Python-Markdown gives the same HTML and contents for the whole page as for its
# sections joined, when no section depends on another (tests/test_serve_cache.py compares with a
# clean build); a page where one might is rendered whole.
_SECTION_START = re.compile(r"(?<=\n\n)(?=#{1,3} )")  # a heading after a blank line
_PAGE_WIDE = re.compile(r"^(?:```|~~~|\*\[|\[\^| {0,3}\[[^\]]+\]:)", re.M)  # code, abbreviations, footnotes, link definitions
_sections: dict[str, tuple[tuple, dict[str, _Rendered]]] = {}  # by page: the build key, and each section's render by its Markdown (last build only)


def _split(markdown: str) -> list[str] | None:
    if _PAGE_WIDE.search(markdown):
        return None
    sections, start = [], 0
    for match in _SECTION_START.finditer(markdown):
        before = markdown[start:match.start()]
        if match.start() > start and _balanced(before):
            sections.append(before)
            start = match.start()
    sections.append(markdown[start:])
    return sections if len(sections) > 1 else None


_TAGS = {tag: (re.compile(rf"(?<!\\)<{tag}[\s>]"), re.compile(rf"(?<!\\)</{tag}>")) for tag in ("details", "div", "section", "table", "p", "span", "blockquote")}


def _balanced(text: str) -> bool:
    """No HTML block left open (a section cut inside <details markdown> would be rendered alone);
    an escaped `\\<div` is text."""
    return all(len(opened.findall(text)) == len(closed.findall(text)) for opened, closed in _TAGS.values())


def _render_by_sections(page, config, files) -> None:
    from mkdocs.structure.pages import Page
    from mkdocs.structure.toc import get_toc

    sections = _split(page.markdown)
    if sections is None:
        return Page.render(page, config, files)
    whole, build = page.markdown, _this_build(files, config)
    kept = _sections.get(page.file.src_uri)
    before = kept[1] if kept is not None and kept[0] == build else {}
    done: dict[str, _Rendered] = {}
    try:
        for text in sections:
            if text in done:
                continue
            if text in before:
                done[text] = before[text]
                continue
            page.markdown = text
            Page.render(page, config, files)
            done[text] = _rendered(page, build, page.content)
            page.links_to_anchors = None
    finally:
        page.markdown = whole
    parts = [done[text] for text in sections]
    tokens = [token for part in parts for token in _toc_tokens(part.toc)]
    if len({token["id"] for token in tokens}) != len(tokens):  # the whole page would have made the ids unique
        return Page.render(page, config, files)
    _sections[page.file.src_uri] = (build, done)
    log.debug(f"rendered by sections: {page.file.src_uri}, {len(done) - len(before.keys() & done.keys())} of {len(sections)} anew")
    page.content = "\n".join(part.content for part in parts if part.content)
    page.toc = get_toc(nest_toc_tokens([dict(token, children=[]) for token in tokens]))
    page._title_from_render = parts[0].title
    page.present_anchor_ids = set().union(*(part.anchors for part in parts))
    links = [part.links_to_anchors for part in parts if part.links_to_anchors is not None]
    page.links_to_anchors = None if not links else {}
    for found in links:
        for file, anchors in _links_to(files, found).items():
            page.links_to_anchors.setdefault(file, {}).update(anchors)


def _toc_tokens(toc) -> list[dict]:
    """The contents' entries, in page order, each without its children."""
    out = []
    for item in toc:
        out.append({"level": item.level, "id": item.id, "name": item.title})
        out.extend(_toc_tokens(item.children))
    return out


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
    _cache[page.file.src_uri] = _rendered(page, key, html)


# What the theme's templates make of a page: under `mkdocs serve`, a page whose template would
# be given exactly what it was given last time is not rendered again. The key holds everything
# the templates read: the page (its HTML, title, contents, metadata, address and neighbours),
# the menu it is shown in, the settings (the hooks change some for each page's language) and the
# rest of the context the build passes. Only the build's clock is left out: no template reads it.
_outputs: dict[str, tuple[tuple, str]] = {}
_menus: dict[int, tuple] = {}  # each menu's fingerprint, by the menu object's id, this build only
_NOT_IN_KEY = {"config", "nav", "page", "pages", "build_date_utc"}
_MENU_META = ("icon", "subtitle", "status")  # what the theme's menu reads of the other pages' metadata


def _toc(items) -> tuple:
    return tuple((i.id, i.title, i.level, _toc(i.children)) for i in items or ())


def _neighbour(page) -> tuple | None:
    return None if page is None else (page.url, page.title)


def _menu(nav) -> tuple:
    def walk(items) -> tuple:
        out = []
        for item in items:
            children = walk(item.children) if getattr(item, "children", None) else ()
            meta = getattr(item, "meta", None) or {}
            shown = (bool(meta), *(repr(meta.get(name)) for name in _MENU_META), getattr(item, "encrypted", None))
            out.append((type(item).__name__, item.title, getattr(item, "url", None), shown, children))
        return tuple(out)

    if id(nav) not in _menus:  # each language's menu lives through the build: its id is not reused
        home = nav.homepage.url if getattr(nav, "homepage", None) is not None else None
        _menus[id(nav)] = (home, walk(nav.items))
    return _menus[id(nav)]


def _page_key(page) -> tuple:
    """What the template and the search index read of the page itself."""
    return (page.url, page.title, page.content, _toc(page.toc), repr(sorted(page.meta.items())))


def _output_key(context: dict) -> tuple:
    page, config = context["page"], context["config"]
    return (
        *_page_key(page),
        page.canonical_url, page.edit_url, page.is_homepage, getattr(page, "update_date", None),
        _neighbour(page.previous_page), _neighbour(page.next_page),
        _menu(context["nav"]),
        _build_key, repr(config.extra), config.site_name, config.site_description, repr(config.theme.get("palette")),
        repr(sorted((k, v) for k, v in context.items() if k not in _NOT_IN_KEY)),
    )


class _ReusedOutput:
    """A page template that gives last build's output when its key has not changed."""

    def __init__(self, template) -> None:
        self._template = template

    def __getattr__(self, name: str):
        return getattr(self._template, name)

    def render(self, *args, **kwargs) -> str:
        context = dict(*args, **kwargs)
        page = context.get("page")
        if page is None or getattr(page, "file", None) is None:  # the 404 page, the sitemap
            return self._template.render(*args, **kwargs)
        key = _output_key(context)
        cached = _outputs.get(page.file.src_uri)
        if cached is not None and cached[0] == key:
            log.debug("template not rendered again, unchanged since the last build: %s", page.file.src_uri)
            return cached[1]
        output = self._template.render(*args, **kwargs)
        _outputs[page.file.src_uri] = (key, output)
        return output


PAGE_TEMPLATE = "main.html"


def reuse_page_output(env) -> None:
    """In on_env: the page template gives last build's output for a page whose context is unchanged.
    Only the template MkDocs renders each page with is wrapped; the theme's own `extends` and
    `include` get the real templates."""
    if not _enabled:
        return
    _menus.clear()
    get_template = env.get_template

    def get(name, *args, **kwargs):
        template = get_template(name, *args, **kwargs)
        return _ReusedOutput(template) if name == PAGE_TEMPLATE else template

    env.get_template = get


_search_entries: dict[str, tuple[tuple, list[dict]]] = {}
_index_paused = False


@contextmanager
def not_indexed():
    """Pages rendered in here are not added to the search index (the preview: serve_preview.py)."""
    global _index_paused
    _index_paused = True
    try:
        yield
    finally:
        _index_paused = False


def reuse_search_entries(plugins) -> None:
    """In on_files: the search plugin indexes a page it indexed last build from what it found then,
    when the page's HTML, title, contents and metadata are the same."""
    if not _enabled:
        return
    for plugin in plugins.values():
        index = getattr(plugin, "search_index", None)
        if index is None or not hasattr(index, "add_entry_from_context") or not isinstance(getattr(index, "entries", None), list):
            continue
        add = index.add_entry_from_context

        def add_entry(page, add=add, index=index) -> None:
            if _index_paused:
                return
            key = _page_key(page)
            cached = _search_entries.get(page.file.src_uri)
            if cached is not None and cached[0] == key:
                index.entries.extend(dict(entry) for entry in cached[1])
                return
            start = len(index.entries)
            add(page)
            _search_entries[page.file.src_uri] = (key, [dict(entry) for entry in index.entries[start:]])

        index.add_entry_from_context = add_entry
