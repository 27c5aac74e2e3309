"""One strict MkDocs build in this process; prints a JSON line of timings.

    python build_once.py PROJECT/mkdocs.yml SITE_DIR

Run by scale.py as a child process, so each build starts cold and its peak memory is its
own. When the project uses the hooks, the time spent in crimea_record (load, check and
render the data in prepare(), expand the references of every page, finish the HTML) is
summed separately: that is the data layer.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path


def _timed(owner, name: str, totals: dict) -> None:
    inner = getattr(owner, name)

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            totals[name] = totals.get(name, 0.0) + time.perf_counter() - start

    setattr(owner, name, wrapper)


def main() -> None:
    config_file, site_dir = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    totals: dict[str, float] = {}
    hooks = config_file.parent / "hooks"
    if hooks.is_dir():
        # The hook module imports these names when MkDocs loads it, so wrap them first.
        sys.path.insert(0, str(hooks))
        from crimea_record import pipeline
        from crimea_record.publish import sharing

        _timed(pipeline, "prepare", totals)
        _timed(pipeline.SiteContent, "expanded", totals)
        _timed(sharing, "share_tags", totals)

    # MkDocs' command line sets up its log output; called directly, a strict build that fails
    # would say only "Aborted with N warnings". Its warnings and errors go to stderr.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
    handler.setLevel(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(handler)

    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.structure.pages import Page

    # The Full report's own Markdown pass, timed in both builds: the plain build renders the
    # whole report from Markdown, the hooks build only its title page and contents.
    render = Page.render

    def timed_render(page, config, files):
        start = time.process_time()  # CPU time, as the builds are compared by
        try:
            return render(page, config, files)
        finally:
            if page.file.src_uri == "report.md":
                totals["report_markdown"] = time.process_time() - start

    Page.render = timed_render

    start = time.perf_counter()
    config = load_config(str(config_file), site_dir=str(site_dir), strict=True)
    build(config)
    total = time.perf_counter() - start
    # Every page, in every language: both builds make the same pages (scale.py exports the translated ones too).
    pages = sum(1 for _ in site_dir.rglob("*.html"))
    data_layer = sum(t for name, t in totals.items() if name != "report_markdown")
    print(json.dumps({"total": total, "data_layer": data_layer, "report_markdown": totals.get("report_markdown", 0.0), "parts": totals, "pages": pages}))


if __name__ == "__main__":
    main()
