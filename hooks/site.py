"""MkDocs adapter: the only code that knows MkDocs. All the work is in crimea_record."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).parent))

from crimea_record.errors import DataErrors  # noqa: E402
from crimea_record.html_output import finish_html  # noqa: E402
from crimea_record.site_content import SiteContent, prepare  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("mkdocs.crimea_record")
_content: SiteContent | None = None


def on_config(config):
    global _content
    try:
        _content = prepare(ROOT, docs_dir=Path(config.docs_dir))
    except DataErrors as errors:
        # MkDocs prints a build error only the first time it occurs in a process; under
        # `mkdocs serve` an editor who saves again must see the list again, so it is logged here.
        log.error(errors.report())
        raise PluginError("correct the mistakes listed above and save again") from None
    return config


def on_files(files, config):
    for path, page in _content.generated.items():
        files.append(File.generated(config, path, content=page.markdown))
    return files


def on_page_markdown(markdown, page, config, files):
    return _content.expanded(page.file.src_uri, markdown)


def on_page_content(html, page, config, files):
    return finish_html(html)


def on_serve(server, config, builder):
    server.watch(str(ROOT / "data"))
    return server
