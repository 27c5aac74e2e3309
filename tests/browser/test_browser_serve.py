"""Under `mkdocs serve`, the page an editor has open shows a saved data edit by itself, before the rest of the site is built."""
from __future__ import annotations

import os

import pytest
from test_editor_surfaces import Server

# 9999 as each language writes it (9,999; 9 999): digits kept, separators dropped.
_SHOWS_9999 = "() => (document.querySelector('main')?.innerText ?? '').replace(/[\\s,\\u00a0\\u202f]/g, '').includes('9999')"

pytestmark = [pytest.mark.browser, pytest.mark.skipif(os.name != "posix", reason="uses POSIX file watching")]


def test_the_open_pages_show_a_saved_edit_without_being_reloaded_by_hand(small_project, new_page):
    server = Server(small_project)
    try:
        server.wait_for("Serving on")
        pages = {}
        for path in ("figures/", "uk/figures/"):
            pages[path] = new_page()
            pages[path].goto(f"http://127.0.0.1:{server.port}/{path}")
            assert not pages[path].evaluate(_SHOWS_9999), f"{path} shows the new value before the edit"
        figures = small_project / "data" / "figures.yml"
        figures.write_text(figures.read_text(encoding="utf-8").replace("  value: 120\n", "  value: 9999\n", 1), encoding="utf-8")
        for page in pages.values():
            # MkDocs' live reload: the page asks the server whether the site changed and reloads itself.
            page.wait_for_function(_SHOWS_9999, timeout=60_000)
        # Both were shown before the rest of the site was built: the server knew they were open.
        shown = server.output[server.wait_for("Shown first: ")]
        assert set(shown.split("Shown first: ", 1)[1].split(", ")) == set(pages), shown
    finally:
        server.stop()
