"""A mistake stops the build with file, line and fix, and leaves the output folder alone.

Run on the fixture project (tests/fixtures/project/), whose lines and values stay put."""
from __future__ import annotations

from conftest import mkdocs_build


def test_unknown_reference_in_prose_fails_the_build_naming_page_and_line(small_project, tmp_path):
    page = small_project / "docs" / "prosecutions.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "The group counts {{ fig fixture-case }} cases.")
    page.write_text("\n".join(lines), encoding="utf-8")
    result = mkdocs_build(small_project, tmp_path / "out")
    assert result.returncode != 0
    assert "docs/prosecutions.md:3:18: {{ fig fixture-case }}: figure 'fixture-case' is not defined (did you mean 'fixture-cases'?)" in result.stderr
    assert "Traceback" not in result.stderr


def test_part_larger_than_its_whole_fails_the_build(small_project, tmp_path):
    figures = small_project / "data" / "figures.yml"
    text = figures.read_text(encoding="utf-8")
    assert "  value: 45\n" in text
    figures.write_text(text.replace("  value: 45\n", "  value: 121\n", 1), encoding="utf-8")
    result = mkdocs_build(small_project, tmp_path / "out")
    assert result.returncode != 0
    assert (
        "data/figures.yml:33:10: figure 'fixture-convictions': value 121 is larger than 120, "
        "the value of 'fixture-cases' it is part of; check both numbers"
    ) in result.stderr


def test_failed_check_leaves_the_previous_site_untouched(small_project, tmp_path):
    out = tmp_path / "out"
    assert mkdocs_build(small_project, out).returncode == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (small_project / "data" / "sources.yml").write_text("- id: broken\n  title: [unclosed\n", encoding="utf-8")
    result = mkdocs_build(small_project, out)
    assert result.returncode != 0 and "data/sources.yml:" in result.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_wrong_settings_stop_the_build_naming_each_setting_and_what_it_may_be(small_project, tmp_path):
    config = small_project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert '  updated: "2030-01-02"\n' in text
    config.write_text(text.replace('  updated: "2030-01-02"\n', "  updated: 25/11/2026\n  offline_copy: maybe\n", 1), encoding="utf-8")
    out = tmp_path / "out"
    result = mkdocs_build(small_project, out)
    assert result.returncode != 0
    assert "mkdocs.yml: extra.offline_copy: expected true or false, not 'maybe'\n" in result.stderr
    assert "mkdocs.yml: extra.updated: expected a day as \"YYYY-MM-DD\", such as \"2026-11-25\", not '25/11/2026'\n" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_a_day_that_is_not_in_the_calendar_stops_the_build(small_project, tmp_path):
    config = small_project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace('  updated: "2030-01-02"\n', '  updated: "2030-02-30"\n', 1), encoding="utf-8")
    result = mkdocs_build(small_project, tmp_path / "out")
    assert result.returncode != 0
    assert "mkdocs.yml: extra.updated: expected a day as \"YYYY-MM-DD\", such as \"2026-11-25\"; '2030-02-30' is not a day of the calendar\n" in result.stderr
