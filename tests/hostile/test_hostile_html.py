"""Issue 21, items 1 and 2: one HTML policy for every page's rendered content, English and every
translation; a record id that would replace a generated page. Each attack gets its located
message from `check` (which renders the pages as the build does) and from the build."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MKDOCS_ENV, ROOT, mkdocs_build

from crimea_record.check.html_policy import css_fetches, violations
from crimea_record.errors import DataErrors
from crimea_record.load.markdown_config import markdown_extensions
from crimea_record.pipeline import prepare
from crimea_record.render.page_html import every_page_errors, markdown_renderer

HANDLER = "an event handler is script, which the site does not run; remove the attribute"
JS_LINK = "a link to a 'javascript:' address: only pages of this site and http(s) or mailto: addresses may be linked; link to a page instead"
CSS = "<div style=…>: inline CSS may not load anything (url(), image-set(), @import): copy the file into docs/assets/ and style it in docs/assets/site.css"

# (name, text appended to the page after a blank line, messages as (line offset from the text's first line, column, message))
ATTACKS = [
    ("img-onerror-in-escaped-backticks", "\\`<img src=x onerror=alert(1)>\\`", [(0, 14, f"<img onerror=…>: {HANDLER}")]),
    ("attribute-list-onerror", '![a](pixel.png){ onerror="alert(1)" }', [(0, 18, f"<img onerror=…>: {HANDLER}")]),
    ("attribute-list-onmouseover", "Some text.\n{ onmouseover=alert(1) }", [(1, 3, f"<p onmouseover=…>: {HANDLER}")]),
    ("nested-brackets-javascript", "[a [b] c](javascript:alert(1))", [(0, 9, JS_LINK)]),
    ("tab-entity-in-javascript", "[a](java&#x09;script:alert(1))", [(0, 3, JS_LINK)]),
    ("reference-link-javascript", "[x][evil]\n\n[evil]: javascript:alert(1)", [(2, 9, JS_LINK)]),
    ("css-url-with-escape", '<div style="background: url(\\68ttps://evil.example/x.png)">x</div>', [(0, 6, CSS)]),
    ("css-image-set", "<div style=\"background-image: image-set('https://evil.example/x.png' 1x)\">x</div>", [(0, 6, CSS)]),
    ("css-url-with-spaced-escape", '<span style="background:\\75 rl(//evil.example/x)">x</span>', [(0, 7, CSS.replace("<div", "<span"))]),
    ("style-element", "<style>p{color:red}</style>", [(0, 1, "<style> is not allowed in a page (the site runs no script, loads nothing from other sites and shows no forms or frames): remove it, or write the content in Markdown")]),
    ("unknown-attribute", '<p formaction="x">y</p>', [(0, 4, "<p formaction=…>: the attribute 'formaction' is not allowed in a page; remove it")]),
    ("image-src-other-host-attr-list", "![a](pixel.png){ src=https://evil.example/p.png }", [(0, 18, '<img src="https://evil.example/p.png"> loads from another site, which the site never does: copy the file into docs/assets/ and point to it there')]),
]
PAGES = {"English": "docs/index.md", "Ukrainian": "translations/uk/index.md"}


def _check(project: Path) -> list[str]:
    """What `check` reports: prepare()'s mistakes, else the rendered pages' (in-process, as cli.py does)."""
    try:
        content = prepare(project)
    except DataErrors as errors:
        return [str(e) for e in errors.errors]
    return sorted(str(e) for e in DataErrors(every_page_errors(content, project, markdown_renderer(*markdown_extensions(project)))).errors)


def _append(project: Path, page: str, text: str) -> int:
    """Append `text` after a blank line; the number of its first line."""
    path = project / page
    before = path.read_text(encoding="utf-8")
    path.write_text(before.rstrip("\n") + "\n\n" + text + "\n", encoding="utf-8")
    return before.rstrip("\n").count("\n") + 3


@pytest.mark.parametrize("language", PAGES)
@pytest.mark.parametrize(("name", "text", "expected"), ATTACKS, ids=[a[0] for a in ATTACKS])
def test_every_attack_in_every_language_is_refused_where_it_is_written(name, text, expected, language, small_project):
    page = PAGES[language]
    first = _append(small_project, page, text)
    assert _check(small_project) == sorted(f"{page}:{first + line}:{col}: {message}" for line, col, message in expected)


def test_the_build_refuses_what_check_refuses_with_the_same_lines(small_project, tmp_path):
    for page in PAGES.values():
        for _, text, _ in ATTACKS:
            _append(small_project, page, text)
    listed = _check(small_project)
    assert len(listed) == 2 * sum(len(e) for _, _, e in ATTACKS)
    check = subprocess.run([sys.executable, "-m", "crimea_record", "--root", str(small_project), "check"], capture_output=True, text=True, env=MKDOCS_ENV, timeout=300)
    build = mkdocs_build(small_project, tmp_path / "site")
    assert check.returncode == 1 and build.returncode == 1
    assert "Traceback" not in check.stderr + build.stderr
    for line in listed:
        assert line in check.stderr, line
        assert line in build.stderr, f"the build does not list: {line}"
    assert not (tmp_path / "site").exists()


def test_the_sites_own_pages_charts_and_embeds_keep_to_the_policy():
    content = prepare(ROOT)
    assert every_page_errors(content, ROOT, markdown_renderer(*markdown_extensions(ROOT))) == []
    render = markdown_renderer(*markdown_extensions(ROOT))
    html = "".join(render(content.expanded(path)) for path in content.pages)
    assert "<svg" in html and "style=" in html and "embed-code" in html  # charts and embed previews were checked, not skipped


@pytest.mark.parametrize("css", ["background:url(x.png)", "background:URL( 'a' )", "b:\\75rl(x)", "b:u\\\nrl(x)", "@import 'x'", "b:image-set('x' 1x)", "width:expression(alert(1))"])
def test_inline_css_that_fetches_is_seen_through_escapes(css):
    assert css_fetches(css)
    assert not css_fetches("margin:0;font-size:2.25em;font-weight:700")


@pytest.mark.parametrize("html", [
    '<a href="java\tscript:alert(1)">x</a>', '<a href=" javascript:alert(1)">x</a>', '<a href="JAVASCRIPT:x">x</a>',
    '<a href="data:text/html,x">x</a>', '<a href="https://evil.example/">x</a>', '<img src="//evil.example/p.png">',
    '<img src="/\\evil.example/p.png">', "<svg><use href='#x'/></svg>", "<svg><foreignObject/></svg>", "<template></template>",
])
def test_the_policy_refuses_the_usual_tricks(html):
    assert violations(html)


def test_links_the_site_writes_pass():
    assert violations('<a href="https://example.org/" rel="noopener noreferrer">x</a><a href="../figures/#a">y</a><a href="mailto:a@b.c">z</a>') == []


def _diff(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crimea_record", "--root", str(project), "diff", "HEAD"], capture_output=True, text=True, env=MKDOCS_ENV, timeout=300)


def _git(project: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=project, check=True, capture_output=True)


def test_diff_reports_a_changed_translation_as_something_readers_see(small_project):
    _git(small_project, "init", "-q")
    _git(small_project, "add", "-A")
    _git(small_project, "commit", "-q", "-m", "base")
    _append(small_project, "translations/uk/index.md", "Новий абзац перекладу.")
    result = _diff(small_project)
    assert result.returncode == 0, result.stderr
    assert "nothing readers see" not in result.stdout
    assert "translation changed:" in result.stdout and "`translations/uk/index.md`" in result.stdout


# Item 2: a record id equal to a generated page's name.
@pytest.mark.parametrize(("new_id", "message"), [
    ("index", "figure 'index': its own page would be published as figures/index.html, where another page or file of the site already is: choose another id"),
    ("con", "figure 'con': its own page: 'con.md' is a name Windows reserves for a device, so the project could not be checked out there: choose another id"),
])
def test_a_figure_id_that_would_replace_a_page_is_refused(new_id, message, small_project):
    for file in ("data/figures.yml", "docs/index.md", "translations/uk/index.md"):
        path = small_project / file
        path.write_text(path.read_text(encoding="utf-8").replace("fixture-pupils", new_id), encoding="utf-8")
    assert _check(small_project) == [f"data/figures.yml:75:7: {message}"]


def test_a_written_page_that_would_replace_another_is_refused(small_project):
    (small_project / "docs" / "prosecutions").mkdir()
    (small_project / "docs" / "prosecutions" / "index.md").write_text("# Again\n", encoding="utf-8")
    assert _check(small_project) == ["docs/prosecutions/index.md:1:1: docs/prosecutions/index.md would be published as prosecutions/index.html, where another page or file of the site already is: choose another name"]


def test_a_written_page_in_the_translations_folder_name_is_refused(small_project):
    (small_project / "docs" / "uk").mkdir()
    (small_project / "docs" / "uk" / "index.md").write_text("# Clash\n", encoding="utf-8")
    assert _check(small_project) == ["docs/uk/index.md:1:1: docs/uk/index.md: uk/ is where the site publishes its pages in another language: move this file out of docs/uk/"]
