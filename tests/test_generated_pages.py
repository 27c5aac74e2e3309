"""One registry of generated pages (render/pages/registry.py): the pipeline, the Full report, the
navigation in every language and the permanent-link list all read it, so that a new generated
page is one entry and one renderer."""
from __future__ import annotations

import datetime as dt
import re

import permalinks
import pytest
from fixture_project import FIXTURE

from crimea_record.model.kinds import KINDS
from crimea_record.pipeline import prepare
from crimea_record.render.pages import registry, report
from crimea_record.render.pages.registry import GeneratedPage

TODAY = dt.date(2030, 1, 2)


def test_every_generated_page_comes_from_the_registry():
    content = prepare(FIXTURE, today=TODAY)
    made_by = {path: registry.entry_of(path) for path in content.generated}
    assert None not in made_by.values(), [p for p, e in made_by.items() if e is None]
    assert set(made_by.values()) == set(registry.PAGES), "an entry rendered no page"
    # The Ukrainian pages are rendered from the same entries.
    assert {f"uk/{path}" for path in content.generated} <= set(content.ukrainian)
    # Each kind with a page of its own is on a registered page (its records' permanent links).
    assert {kind.page for kind in KINDS.values() if kind.page} <= set(registry.single_paths())


def test_the_full_report_and_the_permanent_link_list_read_the_registry():
    parts = registry.report_parts()
    assert list(parts) == [
        "index.md", "conscription.md", "prosecutions.md", "children.md", "violations.md",
        "jurisdiction.md", "figures.md", "sources.md", "legal.md",
    ]
    assert [path for path, part in parts.items() if part.appendix] == ["figures.md", "sources.md", "legal.md"]
    assert permalinks.NOT_PERMANENT_ANCHORS == {"/report/"}


def test_the_pages_the_report_holds_are_rendered_before_it():
    # The report lists the titles of the pages before it (registry.Inputs.titles).
    order = [page.path for page in registry.PAGES]
    assert all(order.index(page.path) < order.index(report.PATH) for page in registry.PAGES if page.report)


def _counts(inputs: registry.Inputs) -> str:
    figure = inputs.dataset.figures["fixture-cases"]
    return f"# Counts\n\nThe count: {{{{ fig {figure.id} }}}}.\n"


COUNTS = GeneratedPage("counts.md", _counts, report=report.Part(65, "counts"))


@pytest.fixture
def with_counts_page(monkeypatch):
    """The registry with one more entry, before the report that holds it: nothing else is changed."""
    at = [page.path for page in registry.PAGES].index(report.PATH)
    monkeypatch.setattr(registry, "PAGES", (*registry.PAGES[:at], COUNTS, *registry.PAGES[at:]))


def test_a_new_entry_is_rendered_in_every_language_and_held_by_the_report(with_counts_page):
    content = prepare(FIXTURE, today=TODAY)
    assert content.pages["counts.md"].generated
    assert "{{ fig fixture-cases }}" in content.pages["counts.md"].markdown
    assert "uk/counts.md" in content.ukrainian
    contents = content.pages[report.PATH].markdown
    assert "[Counts](#report-counts)" in contents
    # In the report's reading order: after Jurisdiction (place 60), before Figures (70).
    assert contents.index("(#report-jurisdiction)") < contents.index("(#report-counts)") < contents.index("(#report-figures)")


def test_a_new_entry_is_built_in_the_navigation_of_both_languages_and_in_the_report(with_counts_page, small_project, tmp_path, monkeypatch):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    config = small_project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      - Timeline: timeline.md\n", "      - Timeline: timeline.md\n      - Counts: counts.md\n", 1), encoding="utf-8")
    site = tmp_path / "site"
    build(load_config(str(config), site_dir=str(site), strict=True))
    page = (site / "counts" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="fixture-cases/"|figures/#fixture-cases', page), "the page's marker was not expanded"
    english_nav = (site / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="counts/" class="md-nav__link">\s*<span class="md-ellipsis">\s*Counts', english_nav)
    ukrainian_nav = (site / "uk" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="counts/" class="md-nav__link">', ukrainian_nav), "not in the Ukrainian menu"
    assert (site / "uk" / "counts" / "index.html").exists()
    full_report = (site / "report" / "index.html").read_text(encoding="utf-8")
    assert 'id="report-counts"' in full_report
