"""MkDocs adapter: the only code that knows MkDocs. All the work is in crimea_record."""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import time
from html import escape
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.nav import Link, Navigation, Section, _add_parent_links, _add_previous_and_next_links

sys.path.insert(0, str(Path(__file__).parent))

import serve_cache  # noqa: E402
import serve_later  # noqa: E402
import serve_preview  # noqa: E402
import serve_watch  # noqa: E402
from extra_settings import SettingsError, extra_settings  # noqa: E402

from crimea_record.build_date import build_date  # noqa: E402
from crimea_record.errors import DataError, DataErrors, in_github_actions  # noqa: E402
from crimea_record.model.addresses import SiteInfo, edit_base, licence_from, public_site_url  # noqa: E402
from crimea_record.pipeline import SiteContent, prepare  # noqa: E402
from crimea_record.publish import atomic, offline_copy, own_assets, redirects, report_pdf, search_index  # noqa: E402
from crimea_record.publish.brief_pdf import PdfEngineMissing  # noqa: E402
from crimea_record.publish.json_ld import dataset_json_ld  # noqa: E402
from crimea_record.publish.sharing import share_tags  # noqa: E402
from crimea_record.render import print_addresses, translated_pages  # noqa: E402
from crimea_record.render.external_links import ExternalLinksExtension  # noqa: E402
from crimea_record.render.interface import Interface, interface, section_title  # noqa: E402
from crimea_record.render.language import in_language  # noqa: E402
from crimea_record.render.language import registry as languages  # noqa: E402
from crimea_record.render.page_html import html_errors, markdown_renderer, page_source  # noqa: E402
from crimea_record.render.pages import data_page, registry, report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("mkdocs.crimea_record")
_content: SiteContent | None = None
_report_parts: dict[str, str | None] = {}  # the Full report's pages, as rendered
_stage = False  # build into a staging folder and swap it in at the end (mkdocs build, not serve)
_staging: Path | None = None
_site_dir: Path | None = None
_navs: dict[str, Navigation] = {}  # each translated language's menu, by code
_interfaces: dict[str, Interface] = {}  # the theme's wording, by language code
_html_mistakes: list[DataError] = []  # rendered HTML the page policy refuses (check/html_policy.py)
_built: dict[str, object] = {}  # under `mkdocs serve`: what this build leaves for the next preview (serve_preview.py)


def on_startup(command, dirty):
    global _stage
    _stage = command in ("build", "gh-deploy") and not dirty
    if command == "serve":
        serve_cache.enable()
        if not dirty:
            serve_preview.enable()


# First of all plugins: the public address must be set before the privacy plugin reads it.
@event_priority(100)
def on_config(config):
    global _content, _staging, _site_dir
    if serve_cache.serving():
        serve_later.build_started()
    if serve_preview.enabled():
        _built["inputs"] = serve_preview.inputs(config)
    try:
        settings = extra_settings(config.extra, Path(config.config_file_path).name)
    except SettingsError as error:
        log.error(str(error))
        raise PluginError("correct the settings listed above in mkdocs.yml and save again") from None
    config.extra.update(settings)  # as checked: the theme reads them too (the footer)
    try:
        url = public_site_url(config.site_url, config_file=Path(config.config_file_path))
        config.site_url = url or None
        licence = licence_from({key: settings[f"licence_{key}"] for key in ("name", "title", "url", "spdx")})
        # The offline copy is a second build: made for deployment (the deploy workflow sets the variable), not on every build.
        offline = (settings.offline_copy or os.environ.get(offline_copy.BUILD_VARIABLE) == "1") and not os.environ.get(offline_copy.VARIANT_VARIABLE)
        # The report's PDFs take many seconds: made for deployment (the deploy workflow sets the variable); the offline copy links none.
        report_pdfs = report_pdf.wanted(settings.report_pdf, os.environ) and not os.environ.get(offline_copy.VARIANT_VARIABLE)
        editing = edit_base(config.repo_url, config.edit_uri, config.docs_dir)
        site = SiteInfo(config.site_name, url, edit_base=editing, licence=licence, offline_copy=offline, report_pdf=report_pdfs,
                        publisher=settings.publisher, contact=settings.contact, updated=settings.updated)
        missing = site.missing_for_publishing()
        if missing:  # once per build: a local build may lack them; the deploy workflow refuses to publish without them
            log.info(f"Not ready to publish: {'; '.join(missing)}. Without an address citations, downloads and share tags "
                     "use relative links; without a publisher none is named.")
        _content = prepare(ROOT, docs_dir=Path(config.docs_dir), site=site, brief=True, defer_briefs=serve_cache.serving(),
                           between_steps=serve_preview.stop_if_saved_again)
    except PdfEngineMissing as missing:
        log.error(str(missing))
        raise PluginError("install what is named above and build again") from None
    except DataErrors as errors:
        # MkDocs prints a build error only the first time it occurs in a process; under
        # `mkdocs serve` an editor who saves again must see the list again, so it is logged here.
        log.error(errors.report())
        if in_github_actions():  # each mistake also on its line of the pull request
            print(errors.annotations(), flush=True)
        raise PluginError("correct the mistakes listed above and save again") from None
    if not any(isinstance(e, ExternalLinksExtension) for e in config.markdown_extensions):
        config.markdown_extensions.append(ExternalLinksExtension())
    for line in _content.translation_lines():  # a plain log line: a stale or missing translation is not a broken build
        log.info(line)
    # Truthy, not a list: Material shows its selector (hooks/theme/partials/alternate.html reads
    # `languages`) but writes no <link rel="alternate"> (their hreflang is in the sitemap).
    config.extra["alternate"] = True
    config.extra["languages"] = [{"name": lang.name, "link": lang.prefix or "./", "lang": lang.html_lang} for lang in languages().languages]
    _interfaces.clear()
    for lang in languages().languages:
        _interfaces[lang.code] = interface(
            lang.code, site_name=config.site_name, site_description=config.site_description or "", copyright=config.copyright or "",
            publisher=str(config.extra.get("publisher") or ""), updated=str(config.extra.get("updated") or ""),
        )
    if _stage or serve_preview.enabled():  # under `mkdocs serve`, the preview stays served while the full build runs
        _site_dir = Path(config.site_dir)
        _staging = atomic.staging_dir(_site_dir, only_builder=serve_preview.enabled())
        config.site_dir = str(_staging)
    return config


def on_files(files, config):
    serve_cache.reuse_search_entries(config.plugins)
    docs_dir = Path(config.docs_dir).resolve()
    for file in list(files):  # the site's own CSS and scripts, published without their comments
        if file.src_uri.startswith("assets/") and file.abs_src_path and Path(file.abs_src_path).resolve().is_relative_to(docs_dir):
            stripped = own_assets.without_comments(file.src_uri, file.content_string)
            if stripped is not None:
                files.remove(file)
                files.append(File.generated(config, file.src_uri, content=stripped))
    _report_parts.clear()
    in_report = report.included(set(_content.pages), registry.report_parts())
    _report_parts.update(dict.fromkeys(in_report))
    for lang in languages().translated:
        _report_parts.update(dict.fromkeys(lang.prefix + path for path in in_report))
    for path, page in _content.generated.items():
        entry = registry.entry_of(path)
        inclusion = InclusionLevel.NOT_IN_NAV if entry is not None and not entry.in_nav else InclusionLevel.UNDEFINED
        files.append(File.generated(config, path, content=page.markdown, inclusion=inclusion))
    for path, data in _content.downloads.items():
        files.append(File.generated(config, path, content=data))
    for path, translated in _content.translated.items():  # in their own menu (on_nav), not in the English one
        files.append(File.generated(config, path, content=translated.markdown, inclusion=InclusionLevel.NOT_IN_NAV))
    if os.environ.get(offline_copy.VARIANT_VARIABLE):
        files.append(File.generated(config, offline_copy.SHIM_PATH, content=offline_copy.SHIM.read_bytes()))
    if _content.site.offline_copy:
        # Built after the main site (on_post_build); listed now so that the Data page's link checks.
        files.append(File.generated(config, offline_copy.ZIP_PATH, content=b""))
    if _content.site.report_pdf:  # made from the assembled report (on_env); listed now so that links to them check
        for lang in languages().languages:
            files.append(File.generated(config, report.pdf_file(lang.code), content=b""))
    return files


def on_nav(nav, config, files):
    """Each translated language's menu: the English menu's shape with its pages and titles."""
    _navs.clear()
    _built["nav"] = nav
    for lang in languages().translated:
        _navs[lang.code] = _mirrored_nav(nav, files, lang)
    return nav


def _mirrored_nav(nav, files, lang) -> Navigation:
    pages = []

    def mirror(items):
        out = []
        for item in items:
            if isinstance(item, Section):
                out.append(Section(section_title(lang.code, item.title), mirror(item.children)))
            elif isinstance(item, Link):
                out.append(Link(item.title, item.url))
            else:
                page = files.get_file_from_path(lang.prefix + item.file.src_uri).page
                pages.append(page)
                out.append(page)
        return out

    mirrored = Navigation(mirror(nav.items), pages)
    home = files.get_file_from_path(lang.prefix + "index.md")
    mirrored.homepage = home.page if home is not None else None  # the logo links to the language's own Home
    _add_parent_links(mirrored.items)
    _add_previous_and_next_links(pages)
    return mirrored


def on_page_context(context, page, config, nav):
    serve_preview.stop_if_saved_again()
    lang = languages().by_path(page.file.src_uri)
    if lang.code in _navs:
        context["nav"] = _navs[lang.code]
    # Material's language selector, to the same page in each language.
    en_url = page.url.removeprefix(lang.prefix)
    config.extra["languages"] = [{"name": other.name, "link": other.prefix + en_url or "./", "lang": other.html_lang} for other in languages().languages]
    _speak(config, _interfaces[lang.code])
    context["i18n"] = _interfaces[lang.code]  # the footer and <head> (hooks/theme/)
    context["search_index"] = lang.prefix + search_index.INDEX  # this language's own index (on_post_build)
    return context


def on_post_page(output, page, config):
    _speak(config, _interfaces[languages().source.code])  # the sitemap and 404 page are the source language's
    return output


def _speak(config, words: Interface) -> None:
    """Material reads the site's name and the colour switch's names from the configuration:
    set them in the language of the page about to be rendered."""
    config.site_name, config.site_description = words.site_name, words.site_description
    for scheme in config.theme.get("palette") or []:
        toggle = scheme.get("toggle") or {}
        if "name" in toggle:
            toggle["name"] = words.dark_mode if scheme.get("scheme") != "slate" else words.light_mode


def on_page_markdown(markdown, page, config, files):
    serve_preview.stop_if_saved_again()
    # The section links' title: the Markdown of each page is rendered with these settings.
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = _interfaces[languages().by_path(page.file.src_uri).code].permalink
    expanded = _content.expanded(page.file.src_uri, markdown)
    serve_cache.reuse_if_unchanged(page, expanded, files, config)
    return expanded


def _mark_toc_languages(items, marked: dict[str, str]) -> None:
    """A contents entry whose heading is a text in another language carries that language too."""
    for item in items:
        if item.id in marked and not item.title.startswith("<span lang="):
            item.title = f'<span lang="{marked[item.id]}">{item.title}</span>'
        _mark_toc_languages(item.children, marked)


def on_page_content(html, page, config, files):
    serve_cache.remember(page, html)
    if not serve_cache.known_clean(html):  # under `mkdocs serve`, HTML already found clean is not checked again
        mistakes = html_errors(html, page_source(_content, ROOT, page.file.src_uri), lambda: markdown_renderer(config.markdown_extensions, config.mdx_configs))
        _html_mistakes.extend(mistakes)
        if not mistakes:
            serve_cache.mark_clean(html)
    html = print_addresses.mark(html)
    if page.file.src_uri in _report_parts:
        _report_parts[page.file.src_uri] = html
    image = page.meta.get("share_image")
    lang = languages().by_path(page.file.src_uri)
    words = _interfaces[lang.code]
    share = share_tags(
        translated_pages.without_notices(html, lang) if lang != languages().source else html,
        page_title=page.title or "",
        site_name=words.site_name,
        canonical_url=page.canonical_url,
        fallback_description=words.site_description,
        locale=words.og_locale,
        language=words.html_lang,
        image_url=_content.site.url + image if image and _content.site.url else None,
        image_alt=page.meta.get("share_image_alt", ""),
        citation_author=page.meta.get("citation_author"),
        citation_date=page.meta.get("citation_date"),
    )
    if lang != languages().source:
        _mark_toc_languages(page.toc, translated_pages.headings_in_other_languages(html))
    page.meta["share_tags"] = share.tags  # written by hooks/theme/main.html
    page.meta["description"] = escape(share.description, quote=True)  # the theme writes this one unescaped
    if page.file.src_uri == data_page.PATH:
        page.meta["json_ld"] = dataset_json_ld(_content.dataset, _content.site)  # written by hooks/theme/main.html
    return html


def on_env(env, config, files):
    serve_cache.reuse_templates(env)
    serve_cache.reuse_page_output(env)
    _built.update(files=files, env=env)
    # The templates rendered without a page (the 404 page, the sitemap) speak the source language.
    env.globals["i18n"] = _interfaces[languages().source.code]
    env.globals["site_languages"] = languages().languages
    if _html_mistakes:  # before any page is written
        errors = DataErrors(_html_mistakes)
        _html_mistakes.clear()
        log.error(errors.report())
        if in_github_actions():
            print(errors.annotations(), flush=True)
        raise PluginError("correct the mistakes listed above and save again")
    # Every page is rendered by now: the Full report is put together from their HTML.
    reports: dict[str, str] = {}
    for lang in languages().languages:  # each language's report of its own pages
        folder = lang.prefix
        parts = {path.removeprefix(folder): html for path, html in _report_parts.items() if html is not None and languages().by_path(path).prefix == folder}
        report_file = files.get_file_from_path(folder + report.PATH)
        page = report_file.page if report_file is not None else None
        if page is not None and page.content is not None:
            page.content, ids = report.assemble(page.content, parts, _content.site.url, registry.report_parts(), folder)
            # MkDocs checks links to anchors after this event, against the anchors each page holds.
            page.present_anchor_ids = (page.present_anchor_ids or set()) | ids
            reports[lang.code] = page.content
    if _content.site.report_pdf:
        _make_report_pdfs(files, reports)
    return env


def _make_report_pdfs(files, reports: dict[str, str]) -> None:
    """The Full report of each language as a PDF, into the files listed in on_files (written with the site)."""
    if serve_cache.serving():  # many seconds after every edit: not while previewing
        log.info("Full report PDFs not made while serving: they are empty until `mkdocs build`.")
        return
    started = time.monotonic()
    try:
        for code, html in reports.items():
            with in_language(code):
                files.get_file_from_path(report.pdf_file(code)).content_bytes = report_pdf.report_pdf(html, _content.site, build_date())
    except PdfEngineMissing as missing:
        log.error(str(missing))
        raise PluginError("install what is named above and build again") from None
    log.info(f"Full report PDFs made in {time.monotonic() - started:.1f} s: {', '.join(report.pdf_file(code) for code in reports)}")


@event_priority(-100)  # after every plugin has written its files
def on_post_build(config):
    global _staging
    if not os.environ.get(offline_copy.VARIANT_VARIABLE):  # the offline copy keeps no old addresses, and one index (file:// search)
        search_index.split(Path(config.site_dir), [lang.prefix for lang in languages().languages])
        problems = redirects.write(Path(config.site_dir), _content.redirects, _content.site.url)
        if problems:
            raise PluginError("data/redirects.yml:\n" + "\n".join(f"  {p}" for p in problems))
        # Under `mkdocs serve` the offline copy would double the time from an edit to its preview.
        if _content.site.offline_copy and serve_cache.serving():
            log.info(f"Offline copy not built while serving: {offline_copy.ZIP_PATH} is empty until `mkdocs build`.")
        elif _content.site.offline_copy:
            _build_offline_copy(config)
    if _staging is not None:
        if config.strict and _warnings_counted():
            return  # a strict build aborts right after this event: on_build_error discards the staging folder
        if serve_preview.enabled():
            serve_preview.before_swap(_staging, _site_dir)
        atomic.publish(_staging, _site_dir)
        config.site_dir, _staging = str(_site_dir), None
    if serve_cache.serving():
        serve_later.after_build(Path(config.site_dir), _content.deferred_briefs)
    if serve_preview.enabled():
        serve_preview.built(_for_preview(config))


def _for_preview(config) -> serve_preview.Built:
    site = _content.site

    def use_content(content: SiteContent) -> None:
        global _content
        _content = content

    def found_mistakes() -> bool:
        found = bool(_html_mistakes)
        _html_mistakes.clear()
        return found

    def markdown_of(content: SiteContent, path: str) -> str | None:
        if path in content.translated:
            return content.translated[path].markdown
        page = content.pages.get(path)
        return page.markdown if page is not None and page.generated else None

    return serve_preview.Built(
        config, _built["files"], _built["nav"], _built["env"], _built["inputs"],
        rebuild_content=lambda paths: prepare(ROOT, docs_dir=Path(config.docs_dir), site=site, pages_in=frozenset(languages().by_path(p).code for p in paths)),
        use_content=use_content, found_mistakes=found_mistakes, markdown_of=markdown_of,
        not_previewed=frozenset(lang.prefix + report.PATH for lang in languages().languages),
    )


def on_build_error(error):
    global _staging
    if _staging is not None:
        atomic.discard(_staging, _site_dir)
        _staging = None


def _warnings_counted() -> bool:
    """Whether the strict-mode counter (MkDocs' or ProperDocs') has seen a warning."""
    for name in ("mkdocs", "properdocs"):
        for handler in logging.getLogger(name).handlers:
            if hasattr(handler, "get_counts") and handler.get_counts():
                return True
    return False


def _build_offline_copy(config) -> None:
    """The whole site as a copy that works from disk: a second build, zipped into downloads/."""
    # Beside the site, not in the system's temporary folder: if this build is killed, the next one removes it.
    tmp = atomic.work_dir(_site_dir or Path(config.site_dir).resolve().parent / "site")
    try:
        _offline_build(config, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _offline_build(config, tmp: Path) -> None:
    variant = Path(tmp) / "mkdocs.yml"
    hooks = [str(Path(__file__).resolve())]
    custom_dir = config.theme.custom_dir
    variant.write_text(offline_copy.variant_config(Path(config.config_file_path), Path(config.docs_dir), hooks, custom_dir), encoding="utf-8")
    out = Path(tmp) / "site"
    env = {**os.environ, offline_copy.VARIANT_VARIABLE: "1", "PYTHONPATH": str(ROOT / "hooks")}
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(variant), "-d", str(out)],
        env=env, capture_output=True, text=True, check=False, preexec_fn=_stop_with_parent,
    )
    if run.returncode:
        raise PluginError(f"the offline copy did not build:\n{run.stderr or run.stdout}")
    log.info(f"Offline copy built: {offline_copy.ZIP_PATH}")
    (Path(config.site_dir) / offline_copy.ZIP_PATH).write_bytes(offline_copy.zip_folder(out))


def _stop_with_parent() -> None:
    """In the offline copy's build (Linux): stopped when the build that started it dies, even by SIGKILL."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_DEATHSIG


WATCHED = ("data", "translations")
"""Besides docs/ and mkdocs.yml (MkDocs watches those): every folder the site is made from,
with everything under it (a translator's page or catalogue in translations/LANG/…)."""


def on_serve(server, config, builder):
    serve_watch.poll_often(server)
    if serve_preview.enabled():
        serve_preview.install(server, builder)
    for folder in WATCHED:
        if (ROOT / folder).is_dir():  # the file watcher cannot watch a folder that is not there
            server.watch(str(ROOT / folder), recursive=True)
    return server
