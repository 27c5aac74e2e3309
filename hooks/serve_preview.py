"""Under `mkdocs serve`: after a save, the pages open in a browser are shown first, the rest follows.

MkDocs rebuilds the whole site after every save and only then tells the browsers to reload; at
ten times today's data that is many seconds, most of them spent on pages nobody is looking at.
Here a rebuild has two steps:

1. The preview. The data and pages are read and checked again; only the pages open in a browser
   (asked for, or kept open, in the last two minutes) are rendered, inside the last complete
   build's menus and settings, and written into the served folder. The browsers reload.
2. The full build, exactly as before, into a folder beside the served one, swapped in when it is
   done (a failed build leaves the preview in place and its message in the log). It starts once
   the browsers have taken the pages shown first (HEAD_START at most). A page open in a browser
   that the full build makes differently from its preview reloads once more. A new save stops
   the full build, or skips it: the next rebuild starts with its own preview.

No preview is made (the full build alone runs, as MkDocs does it) when there is no complete build
yet, when mkdocs.yml, the theme, a catalogue or the list of pages changed, when the data have a
mistake (the full build reports it) or when the open page is the Full report (made of every page).

Imported normally, like serve_cache: it lives as long as the `mkdocs serve` process.
"""
from __future__ import annotations

import logging
import os
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.crimea_record")

VIEWED_FOR = 120.0
"""Seconds a page counts as open after it was last asked for. An open page asks the server every
minute whether the site changed (MkDocs' live reload), naming itself as the referrer."""
MOST_PAGES = 3
"""At most this many open pages are previewed, the most recently asked for first."""
HEAD_START = 2.0
"""At most this many seconds the full build waits for the browsers to take the pages shown first:
one Python process serves them and builds, and a build running beside a page's transfer slows it."""
QUIET = 0.1
"""...and for this long no page or file being sent."""


class SavedAgain(Exception):
    """Raised inside a full build when a newer save is waiting: that save's rebuild replaces it."""

    MESSAGE = "a newer save is waiting; it is built instead"

    def __init__(self) -> None:
        super().__init__(self.MESSAGE)


@dataclass
class Built:
    """What a complete build leaves for the next preview."""

    config: Any
    files: Any
    nav: Any
    env: Any
    inputs: tuple
    """The fingerprint of what the preview takes from this build as it was (`inputs()`)."""
    rebuild_content: Callable[[list[str]], Any]
    """Reads and checks the data and pages again, for these pages (source paths); raises on a mistake."""
    use_content: Callable[[Any], None]
    """Hands new content to this build's hooks."""
    found_mistakes: Callable[[], bool]
    """Whether this build's hooks refused a page's HTML since (check/html_policy.py); forgets them."""
    markdown_of: Callable[[Any, str], str | None]
    """A generated page's new Markdown (None: a page read from docs/)."""
    not_previewed: frozenset[str]
    """Pages made from other pages (the Full report), by source path."""


_enabled = False
_server: Any = None
_viewed: dict[str, float] = {}  # served path ('figures/') -> when it was last asked for
_lock = threading.Condition()
_sending = 0  # responses being sent, the browsers' reload polls left out
_last_sent = 0.0  # when the last of them ended
_last: Built | None = None
_shown = False  # a preview of this rebuild is being served
_served_since: set[str] = set()  # HTML paths served since the preview was shown
reload_again = False  # set by before_swap: a page served from the preview differs in the full build


def enable() -> None:
    """At `mkdocs serve`'s start, unless `--dirty`: that build writes only changed pages into the
    served folder, so it is neither previewed nor built beside it."""
    global _enabled
    _enabled = True


def enabled() -> bool:
    return _enabled


def inputs(config) -> tuple:
    """What the preview takes unchanged from the last build: mkdocs.yml, the theme's files,
    the catalogues (the interface's wording) and the list of files in docs/."""
    import serve_cache

    translations = Path(config.config_file_path).parent / "translations"
    catalogues = [(str(path), stat.st_size, stat.st_mtime_ns)
                  for path in sorted(translations.rglob("*")) if "LC_MESSAGES" in path.parts for stat in [path.stat()]]
    docs = [str(path) for path in sorted(Path(config.docs_dir).rglob("*"))]
    return *serve_cache.settings(config), hash(tuple(catalogues)), hash(tuple(docs))


def built(build: Built) -> None:
    """At the end of every complete build under `mkdocs serve`."""
    global _last
    _last = build


def install(server, builder: Callable[[], None]) -> None:
    """In on_serve: note which pages are open, and rebuild in two steps."""
    global _server
    _server = server
    serve = server._serve_request

    def serve_request(environ, start_response):
        if not _note(environ):
            return serve(environ, start_response)
        _sent(+1)
        try:
            body = serve(environ, start_response)
        except BaseException:
            _sent(-1)
            raise
        if body is None:  # not found: MkDocs sends its 404 page
            _sent(-1)
            return None
        return _Sending(body)

    server._serve_request = serve_request
    server.builder = lambda: rebuild(builder)
    logging.getLogger("mkdocs.commands.build").addFilter(_not_saved_again)


def _not_saved_again(record: logging.LogRecord) -> bool:
    """MkDocs logs any exception raised while it renders a page as an error: not this one."""
    return not record.getMessage().endswith(SavedAgain.MESSAGE)


def _note(environ) -> bool:
    """Note an open page; whether this request is for a page or file (not a reload poll)."""
    path = environ.get("PATH_INFO", "")
    if path.startswith("/livereload/"):  # an open page asking whether to reload: its address is the referrer
        path = urllib.parse.urlsplit(environ.get("HTTP_REFERER", "")).path
        asked = False
    else:
        asked = True
    mount = getattr(_server, "mount_path", "/")
    if not path.startswith(mount) or not (path.endswith("/") or path.endswith(".html")):
        return asked
    page = path[len(mount):].removesuffix("index.html")
    with _lock:
        _viewed[page] = time.monotonic()
        if asked and _shown:
            _served_since.add(page)
    return asked


def _sent(change: int) -> None:
    global _sending, _last_sent
    with _lock:
        _sending += change
        if change < 0:
            _last_sent = time.monotonic()
        _lock.notify_all()


class _Sending:
    """A response's body, counted as being sent until the server closes it."""

    def __init__(self, body) -> None:
        self._body, self._open = body, True

    def __iter__(self):
        return iter(self._body)

    def close(self) -> None:
        if self._open:
            self._open = False
            close = getattr(self._body, "close", None)
            if close is not None:
                close()
            _sent(-1)


def _let_browsers_take(pages: list[str]) -> None:
    """Wait (HEAD_START at most) until the shown pages were asked for and nothing is being sent,
    or until the editor saved again (the full build would stop at once)."""
    until = time.monotonic() + HEAD_START
    with _lock:
        while True:
            now = time.monotonic()
            taken = set(pages) <= _served_since and _sending == 0
            if taken and now - _last_sent >= QUIET or now >= until or _server._want_rebuild:
                return
            _lock.wait(min(until - now, QUIET))  # a save is not announced here: look again soon


def _open_pages() -> list[str]:
    now = time.monotonic()
    with _lock:
        recent = sorted(((when, page) for page, when in _viewed.items() if now - when <= VIEWED_FOR), reverse=True)
    return [page for _, page in recent[:MOST_PAGES]]


def stop_if_saved_again() -> None:
    """Called inside the full build: stop it when a newer save waits and the preview is shown."""
    if _shown and _server is not None and _server._want_rebuild:
        raise SavedAgain


def rebuild(builder: Callable[[], None]) -> None:
    global _shown, reload_again
    reload_again = False
    previewed = preview()
    if previewed:
        with _lock:
            _served_since.clear()
            _shown = True
        with _server._epoch_cond:  # the browsers reload now, not at the end of the full build
            _server._visible_epoch = _server._wanted_epoch
            _server._epoch_cond.notify_all()
        log.info(f"Shown first: {', '.join(p or 'Home' for p in previewed)}")
        _let_browsers_take(previewed)
    try:
        stop_if_saved_again()
        builder()
    except SavedAgain:
        log.info("Saved again before the rest of the site was built: building that")
        return
    finally:
        with _lock:
            _shown = False
    if previewed and reload_again:
        from mkdocs.livereload import _timestamp

        _server._wanted_epoch = _timestamp()  # MkDocs' build loop makes it visible: the browsers reload again


def before_swap(new_site: Path, served: Path) -> None:
    """Before the full build replaces the served folder: does a page served since the preview change?"""
    global reload_again
    with _lock:
        pages = set(_served_since) if _shown else set()
    for page in pages:
        written = page + "index.html" if page == "" or page.endswith("/") else page
        old, new = served / written, new_site / written
        if not new.is_file() or not old.is_file() or new.read_bytes() != old.read_bytes():
            reload_again = True
            return


def preview() -> list[str]:
    """Render the open pages with new content into the served folder; the pages rendered."""
    last = _last
    if last is None or _server is None:
        return []
    by_url = {file.url: file for file in last.files.documentation_pages()}
    wanted = [by_url[page] for page in _open_pages() if page in by_url and by_url[page].src_uri not in last.not_previewed]
    if not wanted:
        return []
    started = time.perf_counter()
    try:
        if inputs(last.config) != last.inputs:
            return []
        content = last.rebuild_content([file.src_uri for file in wanted])
    except Exception as error:  # the full build reports it
        log.debug(f"no preview: {error}")
        return []
    import serve_cache
    from mkdocs.commands.build import _build_page, _populate_page

    last.use_content(content)
    doc_files = last.files.documentation_pages()
    done = []
    for file in wanted:
        markdown = last.markdown_of(content, file.src_uri)
        if markdown is not None:
            file.content_string = markdown
        page = file.page
        page.__dict__.pop("render", None)  # a render restored by serve_cache in an earlier build
        page.__dict__.pop("_crimea_cache_key", None)
        try:
            _populate_page(page, last.config, last.files)
            if last.found_mistakes():
                return []
            file.abs_dest_path = os.path.join(_server.root, file.dest_uri)
            with serve_cache.not_indexed():  # the search index is written by the full build
                _build_page(page, last.config, doc_files, last.nav, last.env)
        except Exception as error:  # the full build reports it
            log.debug(f"no preview: {error}")
            return []
        done.append(file.url)
    log.debug(f"preview rendered in {time.perf_counter() - started:.2f} s")
    return done
