"""MkDocs adapter: the only code that knows MkDocs. All the work is in crimea_record."""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).parent))

from crimea_record.errors import DataErrors  # noqa: E402
from crimea_record.html_output import finish_html  # noqa: E402
from crimea_record.site_content import SiteContent, prepare  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
_content: SiteContent | None = None


def on_config(config):
    global _content
    try:
        _content = prepare(ROOT, docs_dir=Path(config.docs_dir))
    except DataErrors as errors:
        raise PluginError(errors.report()) from None
    return config


def on_files(files, config):
    for path, page in _content.generated.items():
        files.append(File.generated(config, path, content=page.markdown))
    return files


def on_page_markdown(markdown, page, config, files):
    return _content.expanded(page.file.src_uri, markdown)


def on_post_page(output, page, config):
    return finish_html(output)  # the whole page, so the theme's own links are covered too


def on_post_template(output_content, template_name, config):
    return finish_html(output_content) if template_name.endswith(".html") else output_content  # 404.html


def on_serve(server, config, builder):
    server.watch(str(ROOT / "data"))
    return server
