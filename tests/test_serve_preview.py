"""Under `mkdocs serve`, the page open in a browser shows a saved edit first, and the rest of the
site follows (hooks/serve_preview.py); in the end the served site is the site a clean build makes.

The server is MkDocs' own LiveReloadServer, wired up by the hooks' on_serve, driven here without
its threads: a request is served as a browser's would be, and a rebuild is started as MkDocs'
build loop starts it after a save."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest
import serve_cache
import serve_preview
from test_serve_cache import _build, _differences, serving  # noqa: F401 (a fixture: `previewing` extends it)

CASES = "  value: 120\n"


@pytest.fixture
def previewing(serving, monkeypatch):  # noqa: F811 (the argument is the fixture imported above)
    """test_serve_cache's `serving`, and the preview's own state."""
    monkeypatch.setattr(serve_preview, "_enabled", True)
    monkeypatch.setattr(serve_preview, "_last", None)
    monkeypatch.setattr(serve_preview, "_server", None)
    monkeypatch.setattr(serve_preview, "_viewed", {})
    monkeypatch.setattr(serve_preview, "HEAD_START", 0.3)  # no browser here takes the page: the full build waits this long


class Served:
    """A project served as `mkdocs serve` serves it; `full_build` stands for MkDocs' own builder."""

    def __init__(self, project: Path, site: Path) -> None:
        from mkdocs.config import load_config
        from mkdocs.livereload import LiveReloadServer

        self.project, self.site = project, site
        self.full_build = lambda: _build(project, site)
        self.full_build()  # the first build, before the server starts
        self.server = LiveReloadServer(builder=lambda: self.full_build(), host="127.0.0.1", port=8000, root=str(site))
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
        config.hooks["hooks/site.py"].on_serve(self.server, config=config, builder=lambda: self.full_build())

    def get(self, path: str) -> str:
        """What a browser gets for `path` (and the server notes it as open)."""
        # While a rebuild's changes are not shown, MkDocs holds every request until the build ends.
        assert self.server._visible_epoch == self.server._wanted_epoch, f"a browser asking for {path} would wait for the whole build"
        body = self.server.serve_request({"PATH_INFO": "/" + path}, lambda status, headers: None)
        try:
            return b"".join(body).decode("utf-8")
        finally:
            if hasattr(body, "close"):  # as the WSGI server does once the response is sent
                body.close()

    def save(self, edit) -> None:
        figures = self.project / "data" / "figures.yml"
        figures.write_text(edit(figures.read_text(encoding="utf-8")), encoding="utf-8")

    def rebuild(self) -> None:
        """What MkDocs' build loop does after a save."""
        from mkdocs.livereload import _timestamp

        self.server._wanted_epoch = _timestamp()
        self.server.builder()
        self.server._visible_epoch = self.server._wanted_epoch

    def html(self, path: str) -> str:
        return (self.site / path / "index.html").read_text(encoding="utf-8")


def _clean_build_matches(served: Served, tmp_path: Path) -> None:
    serve_cache._enabled = False
    _build(served.project, tmp_path / "clean")
    assert _differences(served.site, tmp_path / "clean") == []


def test_the_open_page_shows_the_edit_before_the_rest_of_the_site_is_built(previewing, small_project, tmp_path, caplog):
    served = Served(small_project, tmp_path / "site")
    served.get("figures/")  # the editor has the Figures page open
    seen = {}

    def full_build():
        seen["figures"], seen["home"] = served.html("figures"), served.html("")
        seen["told to reload"] = served.server._visible_epoch == served.server._wanted_epoch
        seen["served"] = served.get("figures/")  # the browser reloads while the rest is built
        _build(served.project, served.site)

    served.full_build = full_build
    served.save(lambda text: text.replace(CASES, "  value: 9999\n", 1))
    epoch = None
    with caplog.at_level(logging.DEBUG, logger="mkdocs.crimea_record"):
        served.server._wanted_epoch = epoch = served.server._wanted_epoch + 1
        served.server.builder()
    # Before the full build started: the open page showed the edit, and the browsers were told.
    assert "9,999" in seen["figures"] and "9,999" in seen["served"]
    assert seen["told to reload"]
    assert "9,999" not in seen["home"], "a page no browser had open was rendered before the full build"
    # The full build made the same page: no second reload.
    assert served.server._wanted_epoch == epoch
    # Only the changed section of the Figures page was rendered again.
    sections = [r.getMessage() for r in caplog.records if r.getMessage().startswith("rendered by sections: figures.md,")]
    assert sections and not sections[-1].endswith(" 0 of 1 anew")
    anew, total = sections[-1].rsplit(", ", 1)[1].removesuffix(" anew").split(" of ")
    assert 0 < int(anew) < int(total)
    assert "9,999" in served.html("")
    _clean_build_matches(served, tmp_path)


def test_a_page_the_full_build_makes_differently_from_its_preview_reloads_again(previewing, small_project, tmp_path, monkeypatch):
    served = Served(small_project, tmp_path / "site")
    served.get("figures/")
    last = serve_preview._last
    markdown_of = last.markdown_of
    monkeypatch.setattr(last, "markdown_of", lambda content, path: markdown_of(content, path) + "\nOnly in the preview.\n")

    def full_build():
        assert "Only in the preview." in served.get("figures/")
        _build(served.project, served.site)

    served.full_build = full_build
    served.save(lambda text: text.replace(CASES, "  value: 9999\n", 1))
    epoch = served.server._wanted_epoch = served.server._wanted_epoch + 1
    served.server.builder()
    assert served.server._wanted_epoch > epoch, "the browser was not told to reload after the full build"
    assert "Only in the preview." not in served.html("figures")


def test_a_save_during_the_full_build_stops_it_and_the_next_rebuild_shows_it(previewing, small_project, tmp_path, caplog):
    served = Served(small_project, tmp_path / "site")
    first = sorted(p.relative_to(served.site).as_posix() for p in served.site.rglob("*"))
    served.get("figures/")

    def saved_again():
        served.save(lambda text: text.replace("  value: 9999\n", "  value: 7777\n", 1))
        served.server._want_rebuild = True  # as MkDocs' file watcher does
        _build(served.project, served.site)

    served.full_build = saved_again
    served.save(lambda text: text.replace(CASES, "  value: 9999\n", 1))
    with caplog.at_level(logging.INFO):
        served.rebuild()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], "a stopped build is not an error"
    assert any("Saved again" in r.getMessage() for r in caplog.records)
    # The served folder is whole: every file of the first build, the preview in it, nothing left beside it.
    assert sorted(p.relative_to(served.site).as_posix() for p in served.site.rglob("*")) == first
    assert "9,999" in served.html("figures") and "9,999" not in served.html("")
    assert not list(served.site.parent.glob(f".{served.site.name}.*"))

    served.server._want_rebuild = False
    served.full_build = lambda: _build(served.project, served.site)
    served.rebuild()
    assert "7,777" in served.html("figures") and "7,777" in served.html("")
    _clean_build_matches(served, tmp_path)


def test_a_data_mistake_shows_no_preview_and_leaves_the_served_site_as_it_was(previewing, small_project, tmp_path, caplog):
    from mkdocs.exceptions import Abort

    served = Served(small_project, tmp_path / "site")
    before = {p: p.read_bytes() for p in served.site.rglob("*") if p.is_file()}
    served.get("figures/")
    served.save(lambda text: text.replace(CASES, "  value: many\n", 1))
    with pytest.raises(Abort):  # MkDocs' build loop logs it and waits for the next save
        served.rebuild()
    assert served.server._visible_epoch != served.server._wanted_epoch, "the browsers were told to reload"
    assert {p: p.read_bytes() for p in served.site.rglob("*") if p.is_file()} == before
    assert "data/figures.yml:6:10: figure 'fixture-cases': field 'value': 'many' is not a whole number" in caplog.text


def test_no_preview_when_the_settings_changed(previewing, small_project, tmp_path):
    """mkdocs.yml is read once per build: a page shown with the old settings would be wrong."""
    served = Served(small_project, tmp_path / "site")
    served.get("figures/")
    seen = {}

    def full_build():
        seen["figures"] = served.html("figures")
        seen["told to reload"] = served.server._visible_epoch == served.server._wanted_epoch
        _build(served.project, served.site)

    served.full_build = full_build
    config = small_project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_name: ", "site_name: Renamed ", 1), encoding="utf-8")
    served.save(lambda text: text.replace(CASES, "  value: 9999\n", 1))
    served.rebuild()
    assert "9,999" not in seen["figures"] and not seen["told to reload"]
    assert "9,999" in served.html("figures") and "Renamed " in served.html("figures")


def test_the_full_build_waits_for_the_browser_to_take_the_page_shown_first(previewing, small_project, tmp_path, monkeypatch):
    """One process serves the pages and builds: a build started beside a page's transfer slows it."""
    import threading
    import time

    monkeypatch.setattr(serve_preview, "HEAD_START", 2.0)
    served = Served(small_project, tmp_path / "site")
    served.get("figures/")
    events: list[tuple[str, float]] = []

    def full_build():
        events.append(("full build", time.monotonic()))
        _build(served.project, served.site)

    served.full_build = full_build
    served.save(lambda text: text.replace(CASES, "  value: 9999\n", 1))
    served.server._wanted_epoch += 1
    rebuild = threading.Thread(target=served.server.builder)
    rebuild.start()
    deadline = time.monotonic() + 60
    while served.server._visible_epoch != served.server._wanted_epoch and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.5)  # the browser is slow to ask
    assert not events, "the full build started before the browser took the page shown first"
    assert "9,999" in served.get("figures/")
    events.append(("taken", time.monotonic()))
    rebuild.join(120)
    assert [name for name, _ in events] == ["taken", "full build"]
    assert events[1][1] - events[0][1] < serve_preview.HEAD_START / 2, "the full build waited longer than needed"


def test_a_save_while_the_browser_takes_the_page_skips_the_full_build(previewing, small_project, tmp_path):
    served = Served(small_project, tmp_path / "site")
    served.get("figures/")
    calls = []
    served.full_build = lambda: calls.append("full build")
    served.save(lambda text: text.replace(CASES, "  value: 9999\n", 1))
    served.server._want_rebuild = True  # saved again: MkDocs' build loop rebuilds next
    served.rebuild()
    assert calls == [] and "9,999" in served.html("figures")


def test_serve_dirty_writes_the_changed_pages_into_the_served_folder(small_project, tmp_path, monkeypatch):
    """`mkdocs serve --dirty` rebuilds only the pages whose file changed, in the served folder: a
    folder built beside it would be empty, and every page would be built again."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    monkeypatch.setattr(serve_cache, "_enabled", False)
    monkeypatch.setattr(serve_preview, "_enabled", False)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    site = tmp_path / "site"

    def dirty_build():
        # Not strict: MkDocs warns that a dirty build's links may be wrong.
        config = load_config(str(small_project / "mkdocs.yml"), site_dir=str(site), strict=False)
        config.plugins.on_startup(command="serve", dirty=True)
        build(config, dirty=True)

    dirty_build()
    unchanged = (site / "cite" / "index.html").stat().st_mtime_ns
    page = small_project / "docs" / "jurisdiction.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA paragraph added while serving.\n", encoding="utf-8")
    dirty_build()
    assert "A paragraph added while serving." in (site / "jurisdiction" / "index.html").read_text(encoding="utf-8")
    assert (site / "cite" / "index.html").stat().st_mtime_ns == unchanged, "a page whose file did not change was built again"
    assert not serve_preview.enabled()
