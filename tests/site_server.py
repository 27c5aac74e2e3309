"""Serve a built site on 127.0.0.1 and launch Debian's Chromium: shared by the browser tests
and the screenshot script."""
from __future__ import annotations

import functools
import http.server
import os
import threading
from contextlib import contextmanager
from pathlib import Path

# Debian's chromium; CHROMIUM_PATH overrides it (e.g. to check how the tests behave without it).
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
# Without the background-networking flags Chromium calls home on start; the tests would see
# it as traffic leaving the site (and the closed network refuses it).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCHEMES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material's scheme name
PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 900}


def require_chromium(path: Path = CHROMIUM) -> None:
    """Skip when Chromium is missing, saying why; fail instead in CI (CI=true), which must run them."""
    if path.exists():
        return
    import pytest

    reason = f"{path} is missing: install Debian's chromium (apt-get install chromium) to run the browser tests"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@contextmanager
def serve(site: Path):
    """Yield the base URL (ending in /) of a threaded HTTP server on a free local port."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def page_paths(site: Path) -> list[str]:
    """Every HTML page of the built site, as URL paths relative to its root ('' for Home)."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        paths.append(rel.removesuffix("index.html"))
    return paths


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


FIGURE_PAGES = "figures/"


def sampled_pages(pages: list[str], data_dir: Path | None = None) -> list[str]:
    """Each template once, in every language: every page except the figures' own pages (one
    template draws them all), of which two are kept: the first figure with a history and the
    first without a date (as data/figures.yml lists them)."""
    import yaml

    data_dir = data_dir or Path(__file__).resolve().parent.parent / "data"
    figures = yaml.safe_load((data_dir / "figures.yml").read_text(encoding="utf-8")) or []
    with_history = next((f["id"] for f in figures if f.get("history")), None)
    undated = next((f["id"] for f in figures if not f.get("as_of") and f["id"] != with_history), None)
    kept = {f"{FIGURE_PAGES}{fid}/" for fid in (with_history, undated) if fid}
    sample = []
    for path in pages:
        english = path.split("/", 1)[1] if path.split("/", 1)[0] in _language_folders(pages) else path
        is_figure_page = english.startswith(FIGURE_PAGES) and english != FIGURE_PAGES
        if not is_figure_page or english in kept:
            sample.append(path)
    return sample


def _language_folders(pages: list[str]) -> set[str]:
    """The translated languages' folders: the first part of every path that has its own Home."""
    return {path.split("/", 1)[0] for path in pages if path.count("/") == 1 and path.endswith("/") and f"{path}{FIGURE_PAGES}" in pages}
