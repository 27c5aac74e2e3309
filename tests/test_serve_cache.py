"""Under `mkdocs serve`, pages whose Markdown did not change are not rendered again (hooks/serve_cache.py),
and the site it serves is the site a clean build makes."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
import serve_cache
from site_summary import html_pages
from test_editor_surfaces import Server


def _build(project, site):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    # As `mkdocs serve` does: the config, and so the hooks, loaded afresh for every build.
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site), strict=True))


@pytest.fixture
def serving(monkeypatch):
    monkeypatch.setattr(serve_cache, "_enabled", True)
    for name in ("_cache", "_outputs", "_search_entries", "_sections"):
        monkeypatch.setattr(serve_cache, name, {})
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


def test_a_rebuild_reuses_unchanged_pages_and_gives_the_clean_build(serving, small_project, tmp_path, caplog):
    _build(small_project, tmp_path / "first")
    figures = small_project / "data" / "figures.yml"
    figures.write_text(figures.read_text(encoding="utf-8").replace("  value: 120\n", "  value: 9999\n", 1), encoding="utf-8")
    page = small_project / "docs" / "jurisdiction.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA paragraph added while serving.\n", encoding="utf-8")
    with caplog.at_level(logging.DEBUG, logger="mkdocs.crimea_record"):
        _build(small_project, tmp_path / "rebuilt")
    reused = {r.getMessage().rsplit(": ", 1)[1] for r in caplog.records if "not rendered again" in r.getMessage()}
    assert {"legal.md", "timeline.md"} <= reused, "unchanged pages were rendered again"
    # The edited page, the pages showing the edited figure and the Figures page are rendered anew.
    assert not reused & {"jurisdiction.md", "index.md", "figures.md"}

    # Nor are their templates rendered again, nor their search entries taken from their HTML again.
    templated = {r.getMessage().rsplit(": ", 1)[1] for r in caplog.records if "template not rendered again" in r.getMessage()}
    assert {"legal.md", "timeline.md", "uk/legal.md"} <= templated
    assert not templated & {"jurisdiction.md", "index.md", "figures.md", "uk/index.md"}

    serve_cache._enabled = False
    _build(small_project, tmp_path / "clean")
    rebuilt, clean = tmp_path / "rebuilt", tmp_path / "clean"
    assert _differences(rebuilt, clean) == []
    assert "9,999" in (rebuilt / "index.html").read_text() and "9,999" in (rebuilt / "report" / "index.html").read_text()
    assert "A paragraph added while serving." in (rebuilt / "jurisdiction" / "index.html").read_text()


def _differences(rebuilt, clean) -> list[str]:
    """Files that differ between two builds, the search indexes included; the briefs are left out
    (under `mkdocs serve` they are rendered after the build: test below)."""
    def files(site):
        return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and not p.name.startswith("brief-"))

    assert files(rebuilt) == files(clean)
    assert html_pages(clean) and "search/search_index.json" in files(clean)
    return [p for p in files(clean) if (rebuilt / p).read_bytes() != (clean / p).read_bytes()]


def _rebuilt_as_clean_after(project, tmp_path, edited, edit) -> Path:
    """Build as `mkdocs serve` does, edit one file, rebuild: the rebuilt site (returned) must be
    the site a clean build makes."""
    _build(project, tmp_path / "first")
    edited.write_text(edit(edited.read_text(encoding="utf-8")), encoding="utf-8")
    _build(project, tmp_path / "rebuilt")
    serve_cache._enabled = False
    _build(project, tmp_path / "clean")
    assert _differences(tmp_path / "rebuilt", tmp_path / "clean") == []
    return tmp_path / "rebuilt"


def test_a_menu_title_edited_while_serving_shows_on_every_page_of_that_language(serving, small_project, tmp_path):
    """A page whose own text did not change is shown in a menu that did: its template is rendered anew."""
    catalogue = small_project / "translations" / "uk" / "LC_MESSAGES" / "messages.po"
    entry = 'msgctxt "page title"\nmsgid "jurisdiction.md"\nmsgstr "'

    def rename(text: str) -> str:
        assert entry in text
        return text.replace(entry, entry + "Перейменована ", 1)

    rebuilt = _rebuilt_as_clean_after(small_project, tmp_path, catalogue, rename)
    assert "Перейменована " in (rebuilt / "uk" / "timeline" / "index.html").read_text(encoding="utf-8")


@pytest.mark.skipif(os.name != "posix", reason="uses POSIX file watching")
def test_serve_shows_data_edits_on_prose_pages_and_the_report(small_project):
    config = small_project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  generator: false\n", "  generator: false\n  offline_copy: true\n", 1), encoding="utf-8")
    server = Server(small_project)
    try:
        start = server.wait_for("Serving on")
        # The offline copy is a second build: not made on every save.
        server.wait_for("Offline copy not built while serving")
        figures = small_project / "data" / "figures.yml"
        figures.write_text(figures.read_text(encoding="utf-8").replace("  value: 120\n", "  value: 9999\n", 1), encoding="utf-8")
        reloaded = server.wait_for("Reloading browsers", after=start + 1)
        # Nor after a save: MkDocs loads the hooks afresh for every rebuild.
        assert "Offline copy not built while serving" in "\n".join(server.output[start + 1:reloaded])
        assert not any("Offline copy built" in line for line in server.output)
        for path in ("", "figures/", "report/"):
            assert "9,999" in server.get(path), f"{path or 'Home'} still shows the old value"
        # A translator's edit shows too: translations/ is watched, with the folders under it.
        translation = small_project / "translations" / "uk" / "index.md"
        translation.write_text(translation.read_text(encoding="utf-8") + "\nАбзац, доданий перекладачем.\n", encoding="utf-8")
        server.wait_for("Reloading browsers", after=reloaded + 1)
        assert "Абзац, доданий перекладачем." in server.get("uk/")
    finally:
        server.stop()


def test_a_template_edited_while_serving_shows_on_every_page(serving, small_project, tmp_path):
    """`mkdocs serve --watch-theme` rebuilds after a theme override is edited: no page keeps the old template's output."""
    template = small_project / "hooks" / "theme" / "main.html"
    rebuilt = _rebuilt_as_clean_after(
        small_project, tmp_path, template,
        lambda text: text.replace("{% block extrahead %}", "{% block extrahead %}\n  <meta name=\"x-edited\" content=\"yes\">", 1),
    )
    assert all('name="x-edited"' in (rebuilt / p).read_text(encoding="utf-8") for p in ("legal/index.html", "uk/timeline/index.html"))


def test_serve_watches_every_folder_the_site_is_made_from_ten_times_a_second(small_project, tmp_path, monkeypatch):
    from mkdocs.config import load_config
    from mkdocs.livereload import LiveReloadServer

    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(small_project / "mkdocs.yml"))
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=8000, root=str(tmp_path))
    server.watch(config.docs_dir)  # as `mkdocs serve` does before the hooks' on_serve
    server.watch(config.config_file_path)
    assert server.observer.timeout == 0.5  # MkDocs' own interval
    before = {emitter.watch.path: emitter.watch.is_recursive for emitter in server.observer.emitters}
    config.hooks["hooks/site.py"].on_serve(server, config=config, builder=None)
    assert server.observer.timeout == 0.1
    # What MkDocs watched (mkdocs.yml through its folder), and the hooks' own folders.
    watched = {emitter.watch.path: emitter.watch.is_recursive for emitter in server.observer.emitters}
    assert before == {str(small_project / "docs"): True, str(small_project): False}
    assert watched == {**before, str(small_project / "data"): True, str(small_project / "translations"): True}


def _wait_for(condition, seconds: float = 120.0) -> bool:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_under_serve_a_changed_brief_is_rendered_after_the_build_and_only_for_the_newest(serving, small_project, tmp_path, monkeypatch):
    """An edit to a key figure changes the brief: the pages are served without waiting for its PDF,
    which follows in a process of its own (hooks/serve_later.py); a brief for a build that a newer
    one replaced is never written."""
    import io
    import sys

    import serve_later
    from pypdf import PdfReader

    from crimea_record.publish import brief_pdf

    monkeypatch.setenv(brief_pdf.CACHE_VARIABLE, str(tmp_path / "briefs-never-rendered"))
    brief_pdf._cached.cache_clear()
    started, release = tmp_path / "started", tmp_path / "release"
    started.mkdir()
    held = tmp_path / "held_renderer.py"  # the real renderer, held until the test releases it
    held.write_text(
        "import pathlib, runpy, sys, time, uuid\n"
        f"(pathlib.Path({str(started)!r}) / uuid.uuid4().hex).touch()\n"
        f"while not pathlib.Path({str(release)!r}).exists():\n"
        "    time.sleep(0.05)\n"
        "runpy.run_module('crimea_record.publish.render_brief', run_name='__main__')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(serve_later, "RENDERER", [sys.executable, str(held)])
    site = tmp_path / "site"
    figures = small_project / "data" / "figures.yml"
    original = figures.read_text(encoding="utf-8")
    for value in ("7777", "9999"):  # two saves in a row: the first build's briefs are still rendering
        figures.write_text(original.replace("  value: 120\n", f"  value: {value}\n", 1), encoding="utf-8")
        _build(small_project, site)
        assert f"{value[0]},{value[1:]}" in (site / "index.html").read_text(encoding="utf-8")
        assert (site / "downloads" / "brief-en.pdf").read_bytes() == b"", "the build waited for the brief"
    assert _wait_for(lambda: any(started.iterdir())), "the briefs were not rendered after the builds"
    release.touch()
    brief = site / "downloads" / "brief-en.pdf"
    assert _wait_for(lambda: brief.stat().st_size > 0 and (site / "downloads" / "brief-uk.pdf").stat().st_size > 0)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(brief.read_bytes())).pages)
    assert "9,999" in text and "7,777" not in text


def test_a_long_page_is_cut_into_sections_only_where_no_section_depends_on_another():
    page = "# Title\n\nIntro.\n\n## One\n<details markdown>\n\n### Inside\n\n</details>\n\n### Two\nText \\<div with an escaped tag.\n\n## Three\n"
    sections = serve_cache._split(page)
    assert sections == ["# Title\n\nIntro.\n\n", "## One\n<details markdown>\n\n### Inside\n\n</details>\n\n",
                        "### Two\nText \\<div with an escaped tag.\n\n", "## Three\n"]
    assert "".join(sections) == page
    # Whatever reaches across the page keeps it whole: code (a heading inside it), abbreviations,
    # footnotes, link definitions; and a heading inside a paragraph is not a section's start.
    for whole in ("# T\n\n```\n\n## not a heading\n```\n\n## H\n", "# T\n\n## H\n\n*[HTML]: Hypertext\n",
                  "# T\n\nA[^1].\n\n## H\n\n[^1]: Note.\n", "# T\n\n[a][x]\n\n## H\n\n[x]: https://example.org\n", "# T\ntext\n## H\n"):
        assert serve_cache._split(whole) is None, whole
