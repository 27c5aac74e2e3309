"""Under `mkdocs serve`: the PDF briefs an edit changed are rendered after the build, not in it.

Rendering a brief takes about a second per language, and no page shows it: the page an editor
is looking at is served as soon as the build ends, and the briefs follow in one background
thread, each written into the served folder when it is done (until then the file is empty). A
newer build makes an older one's briefs stale: they are not written. `mkdocs build` never
defers (the pipeline renders every brief before the build writes anything).

Imported normally, like serve_cache: it lives as long as the `mkdocs serve` process.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from crimea_record.publish import brief_pdf
from crimea_record.publish.file_cache import write_whole

log = logging.getLogger("mkdocs.crimea_record")
_lock = threading.Lock()
_build = 0  # the newest build's number: a render for an older build writes nothing


def after_build(site_dir: Path, documents: dict[str, str]) -> None:
    """Render `documents` (brief HTML by path in the site) into `site_dir`, in the background."""
    global _build
    with _lock:
        _build += 1
        build = _build
    if documents:
        threading.Thread(target=_render, args=(build, site_dir, dict(documents)), name="crimea-record briefs", daemon=True).start()


def _render(build: int, site_dir: Path, documents: dict[str, str]) -> None:
    for path, html in documents.items():
        try:
            data = brief_pdf.pdf(html)
        except Exception as error:  # a thread's exception would vanish: the editor sees it in the log
            log.error(f"{path} could not be rendered: {error}")
            return
        with _lock:
            if build != _build:
                return
            write_whole(site_dir / path, data)
        log.info(f"{path} rendered after the build")
