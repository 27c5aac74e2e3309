"""Under `mkdocs serve`: the PDF briefs an edit changed are rendered after the build, not in it.

Rendering a brief takes about a second per language, and no page shows it: the page an editor
is looking at is served as soon as the build ends, and the briefs follow, each in a process of
its own (crimea_record/publish/render_brief.py) so that the server's next rebuild never waits
for them, each written into the served folder when it is done (until then the file is empty).
A newer build makes an older one's briefs stale: their rendering is stopped and nothing of
theirs is written. `mkdocs build` never defers (the pipeline renders every brief before the
build writes anything).

Imported normally, like serve_cache: it lives as long as the `mkdocs serve` process.
"""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

from crimea_record.publish.file_cache import write_whole

log = logging.getLogger("mkdocs.crimea_record")
RENDERER = [sys.executable, "-m", "crimea_record.publish.render_brief"]
"""The command that reads a brief's HTML on standard input and writes its PDF."""

_lock = threading.Lock()
_build = 0  # the newest build's number: a render for an older build writes nothing
_rendering: set[subprocess.Popen] = set()


def build_started() -> None:
    """At the start of every build under `mkdocs serve`: briefs still rendering for an older build are stale."""
    global _build
    with _lock:
        _build += 1
        for child in _rendering:
            child.kill()


def after_build(site_dir: Path, documents: dict[str, str]) -> None:
    """Render `documents` (brief HTML by path in the site) into `site_dir`, in the background."""
    with _lock:
        build = _build
    if documents:
        threading.Thread(target=_render, args=(build, site_dir, dict(documents)), name="crimea-record briefs", daemon=True).start()


def _render(build: int, site_dir: Path, documents: dict[str, str]) -> None:
    hooks = str(Path(__file__).resolve().parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (hooks, os.environ.get("PYTHONPATH"))))}
    for path, html in documents.items():
        with _lock:
            if build != _build:
                return
            child = subprocess.Popen(RENDERER, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
            _rendering.add(child)
        try:
            data, errors = child.communicate(html.encode("utf-8"))
        finally:
            with _lock:
                _rendering.discard(child)
        with _lock:
            if build != _build:
                return
            if child.returncode:  # the editor sees it in the log
                log.error(f"{path} could not be rendered: {errors.decode('utf-8', 'replace').strip()}")
                return
            write_whole(site_dir / path, data)
        log.info(f"{path} rendered after the build")
