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
