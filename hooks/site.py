"""MkDocs adapter: the only code that knows MkDocs. All the work is in crimea_record."""
from __future__ import annotations

import logging
import sys
from html import escape
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).parent))

import serve_cache  # noqa: E402

from crimea_record.errors import DataErrors, in_github_actions  # noqa: E402
from crimea_record.model.addresses import SiteInfo, edit_base, normal_site_url  # noqa: E402
from crimea_record.pipeline import SiteContent, prepare  # noqa: E402
from crimea_record.publish import atomic, redirects  # noqa: E402
from crimea_record.publish.sharing import share_tags  # noqa: E402
from crimea_record.render.external_links import ExternalLinksExtension  # noqa: E402
from crimea_record.render.pages import report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("mkdocs.crimea_record")
_content: SiteContent | None = None
_report_parts: dict[str, str | None] = {}  # the Full report's pages, as rendered
_stage = False  # build into a staging folder and swap it in at the end (mkdocs build, not serve)
_staging: Path | None = None
_site_dir: Path | None = None


def on_startup(command, dirty):
    global _stage
    _stage = command in ("build", "gh-deploy") and not dirty
    if command == "serve":
        serve_cache.enable()


def on_config(config):
    global _content, _staging, _site_dir
    try:
        site = SiteInfo(config.site_name, normal_site_url(config.site_url), edit_base(config.repo_url, config.edit_uri, config.docs_dir))
        _content = prepare(ROOT, docs_dir=Path(config.docs_dir), site=site)
    except DataErrors as errors:
        # MkDocs prints a build error only the first time it occurs in a process; under
        # `mkdocs serve` an editor who saves again must see the list again, so it is logged here.
        log.error(errors.report())
        if in_github_actions():  # each mistake also on its line of the pull request
            print(errors.annotations(), flush=True)
        raise PluginError("correct the mistakes listed above and save again") from None
    if not any(isinstance(e, ExternalLinksExtension) for e in config.markdown_extensions):
        config.markdown_extensions.append(ExternalLinksExtension())
    if _stage:
        _site_dir = Path(config.site_dir)
        _staging = atomic.staging_dir(_site_dir)
        config.site_dir = str(_staging)
    return config


def on_files(files, config):
    _report_parts.clear()
    _report_parts.update(dict.fromkeys(report.included(set(_content.pages))))
    for path, page in _content.generated.items():
        files.append(File.generated(config, path, content=page.markdown))
    for path, data in _content.downloads.items():
        files.append(File.generated(config, path, content=data))
    return files


def on_page_markdown(markdown, page, config, files):
    expanded = _content.expanded(page.file.src_uri, markdown)
    serve_cache.reuse_if_unchanged(page, expanded, files, config)
    return expanded


def on_page_content(html, page, config, files):
    serve_cache.remember(page, html)
    if page.file.src_uri in _report_parts:
        _report_parts[page.file.src_uri] = html
    share = share_tags(
        html,
        page_title=page.title or "",
        site_name=config.site_name,
        canonical_url=page.canonical_url,
        fallback_description=config.site_description or "",
    )
    page.meta["share_tags"] = share.tags  # written by hooks/theme/main.html
    page.meta["description"] = escape(share.description, quote=True)  # the theme writes this one unescaped
    return html


def on_env(env, config, files):
    serve_cache.reuse_templates(env)
    # Every page is rendered by now: the Full report is put together from their HTML.
    report_file = files.get_file_from_path(report.PATH)
    page = report_file.page if report_file is not None else None
    if page is not None and page.content is not None:
        parts = {path: html for path, html in _report_parts.items() if html is not None}
        page.content, ids = report.assemble(page.content, parts, _content.site.url)
        # MkDocs checks links to anchors after this event, against the anchors each page holds.
        page.present_anchor_ids = (page.present_anchor_ids or set()) | ids
    return env


@event_priority(-100)  # after every plugin has written its files
def on_post_build(config):
    global _staging
    problems = redirects.write(Path(config.site_dir), _content.redirects, _content.site.url)
    if problems:
        raise PluginError("data/redirects.yml:\n" + "\n".join(f"  {p}" for p in problems))
    if _staging is None or (config.strict and _warnings_counted()):
        return  # a strict build aborts right after this event: on_build_error discards the staging folder
    atomic.publish(_staging, _site_dir)
    config.site_dir, _staging = str(_site_dir), None


def on_build_error(error):
    global _staging
    if _staging is not None:
        atomic.discard(_staging)
        _staging = None


def _warnings_counted() -> bool:
    """Whether the strict-mode counter (MkDocs' or ProperDocs') has seen a warning."""
    for name in ("mkdocs", "properdocs"):
        for handler in logging.getLogger(name).handlers:
            if hasattr(handler, "get_counts") and handler.get_counts():
                return True
    return False


def on_serve(server, config, builder):
    server.watch(str(ROOT / "data"))
    return server
