"""A mistake stops the build with file, line and fix, and leaves the output folder alone."""
from __future__ import annotations

from conftest import ROOT, mkdocs_build
from fixture_project import load_dataset


def test_unknown_reference_in_prose_fails_the_build_naming_page_and_line(project, tmp_path):
    page = project / "docs" / "prosecutions.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "The group counts {{ fig art328-case }} cases.")
    page.write_text("\n".join(lines), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "out")
    assert result.returncode != 0
    assert "docs/prosecutions.md:3:18: {{ fig art328-case }}: figure 'art328-case' is not defined (did you mean 'art328-cases'?)" in result.stderr
    assert "Traceback" not in result.stderr


def test_part_larger_than_its_whole_fails_the_build(project, tmp_path):
    figures = project / "data" / "figures.yml"
    data = load_dataset(ROOT / "data")
    part, whole = data.figures["art328-convictions"], data.figures["art328-cases"]
    too_big = whole.value + 1
    text = figures.read_text(encoding="utf-8")
    figures.write_text(text.replace(f"  value: {part.value}\n", f"  value: {too_big}\n", 1), encoding="utf-8")
    line = part.locs["value"].line
    result = mkdocs_build(project, tmp_path / "out")
    assert result.returncode != 0
    assert (
        f"data/figures.yml:{line}:10: figure 'art328-convictions': value {too_big} is larger than {whole.value}, "
        "the value of 'art328-cases' it is part of; check both numbers"
    ) in result.stderr


def test_failed_check_leaves_the_previous_site_untouched(project, tmp_path):
    out = tmp_path / "out"
    assert mkdocs_build(project, out).returncode == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (project / "data" / "sources.yml").write_text("- id: broken\n  title: [unclosed\n", encoding="utf-8")
    result = mkdocs_build(project, out)
    assert result.returncode != 0 and "data/sources.yml:" in result.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
