"""Under `mkdocs serve`, pages whose Markdown did not change are not rendered again (hooks/serve_cache.py),
and the site it serves is the site a clean build makes."""
from __future__ import annotations

import logging
import os

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
    monkeypatch.setattr(serve_cache, "_cache", {})
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

    serve_cache._enabled = False
    _build(small_project, tmp_path / "clean")
    rebuilt, clean = tmp_path / "rebuilt", tmp_path / "clean"
    assert html_pages(rebuilt) == html_pages(clean)
    different = [p for p in html_pages(clean) if (rebuilt / p).read_bytes() != (clean / p).read_bytes()]
    assert different == []
    assert "9,999" in (rebuilt / "index.html").read_text() and "9,999" in (rebuilt / "report" / "index.html").read_text()
    assert "A paragraph added while serving." in (rebuilt / "jurisdiction" / "index.html").read_text()


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


class _RecordingServer:
    def __init__(self):
        self.watched: dict[str, bool] = {}

    def watch(self, path, func=None, *, recursive=True):
        self.watched[path] = recursive


def test_serve_watches_every_folder_the_site_is_made_from(small_project, monkeypatch):
    from mkdocs.config import load_config

    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(small_project / "mkdocs.yml"))
    server = _RecordingServer()
    config.hooks["hooks/site.py"].on_serve(server, config=config, builder=None)
    # MkDocs itself watches docs/ and mkdocs.yml; the hooks add the data and the translations
    # (pages in translations/LANG/, catalogues in translations/LANG/LC_MESSAGES/), recursively.
    assert server.watched == {str(small_project / "data"): True, str(small_project / "translations"): True}


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
    which follows (hooks/serve_later.py); a brief for a build that a newer one replaced is never written."""
    import io
    import threading

    from pypdf import PdfReader

    from crimea_record.publish import brief_pdf

    monkeypatch.setenv(brief_pdf.CACHE_VARIABLE, str(tmp_path / "briefs-never-rendered"))
    brief_pdf._cached.cache_clear()
    release, rendering = threading.Event(), []
    render = brief_pdf._render

    def held(html: str) -> bytes:
        rendering.append(html)
        assert release.wait(120), "the test never released the renderer"
        return render(html)

    monkeypatch.setattr(brief_pdf, "_render", held)
    site = tmp_path / "site"
    figures = small_project / "data" / "figures.yml"
    original = figures.read_text(encoding="utf-8")
    for value in ("7777", "9999"):  # two saves in a row: the first build's briefs are still rendering
        figures.write_text(original.replace("  value: 120\n", f"  value: {value}\n", 1), encoding="utf-8")
        _build(small_project, site)
        assert f"{value[0]},{value[1:]}" in (site / "index.html").read_text(encoding="utf-8")
        assert (site / "downloads" / "brief-en.pdf").read_bytes() == b"", "the build waited for the brief"
    assert _wait_for(lambda: len(rendering) >= 2), "the briefs were not rendered after the builds"
    release.set()
    brief = site / "downloads" / "brief-en.pdf"
    assert _wait_for(lambda: brief.stat().st_size > 0 and (site / "downloads" / "brief-uk.pdf").stat().st_size > 0)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(brief.read_bytes())).pages)
    assert "9,999" in text and "7,777" not in text
