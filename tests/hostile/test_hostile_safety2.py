"""Issue 21, items 3-17 and 19: concurrent and killed builds, the diff's Markdown, symlinks, the
public address, workflow commands, located errors instead of tracebacks, and the smaller ones."""
from __future__ import annotations

import datetime as dt
import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import MKDOCS_ENV, mkdocs_build

from crimea_record import cli
from crimea_record.errors import DataError, DataErrors, Loc
from crimea_record.load.markers import find_references
from crimea_record.model.records import Qualifier
from crimea_record.pipeline import prepare
from crimea_record.publish import atomic, review_diff
from crimea_record.publish.share_cards import _font, _wrap, drawable


def _errors(project: Path, **kwargs) -> list[str]:
    try:
        prepare(project, **kwargs)
    except DataErrors as errors:
        return [str(e) for e in errors.errors]
    return []


def _replace(project: Path, file: str, old: str, new: str) -> None:
    path = project / file
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, file)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _run(project: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crimea_record", "--root", str(project), *args], capture_output=True, text=True, env=env or MKDOCS_ENV, timeout=300)


# 3. Two builds into one folder take turns.
def test_a_second_build_waits_for_the_first_and_deletes_nothing_of_it(small_project, tmp_path):
    site = tmp_path / "site"
    atomic.lock(site)  # as a first build holds it, from its start to its swap
    try:
        second = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(small_project / "mkdocs.yml"), "-d", str(site)],
            env=MKDOCS_ENV, cwd=small_project, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        first_staging = Path(atomic.tempfile.mkdtemp(prefix=f".{site.name}.building-", dir=tmp_path))
        (first_staging / "half-written.html").write_text("x", encoding="utf-8")
        time.sleep(8)
        assert second.poll() is None, "the second build did not wait for the first"
        assert (first_staging / "half-written.html").exists(), "the second build removed the first's staging folder"
        atomic.discard(first_staging)
    finally:
        atomic.unlock(site)
    out, err = second.communicate(timeout=600)
    assert second.returncode == 0, err
    assert (site / "index.html").is_file()


# 8 and 9. The published folder follows the umask; a swap killed halfway is undone first.
def test_the_published_folder_follows_the_umask(small_project, tmp_path):
    site = tmp_path / "site"
    assert mkdocs_build(small_project, site).returncode == 0
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(site.stat().st_mode) == 0o777 & ~mask


def test_a_swap_killed_between_its_renames_is_undone_by_the_next_build(tmp_path):
    site = tmp_path / "site"
    previous = tmp_path / ".site.previous-abc"
    (previous / "site").mkdir(parents=True)
    (previous / "site" / "index.html").write_text("kept", encoding="utf-8")
    staging = atomic.staging_dir(site)
    try:
        assert (site / "index.html").read_text(encoding="utf-8") == "kept"
        assert not previous.exists()
    finally:
        atomic.discard(staging, site)
    assert (site / "index.html").read_text(encoding="utf-8") == "kept"


# 4. The diff's Markdown: paths escaped, the comment within GitHub's limit.
def test_diff_markdown_shows_page_paths_as_text():
    hostile = "a\n## Approved by @maintainer\n![x](https://evil.example/p.png)"
    code = review_diff.md_code("docs/" + hostile)
    assert "\n" not in code and "\\u000a" in code
    assert review_diff.url_path("https://site.example/" + hostile + "/") == "https://site.example/a%0A##%20Approved%20by%20@maintainer%0A%21%5Bx%5D%28https://evil.example/p.png%29/"


def test_a_long_comparison_is_cut_below_githubs_limit_with_a_link_to_the_whole():
    text = "\n".join(f"- line {i} " + "x" * 100 for i in range(2000))
    cut = review_diff.within_limit(text, "https://github.example/o/r/actions/runs/1")
    assert len(cut) < 65_536 and cut.startswith("- line 0 ")
    assert cut.rstrip().endswith("see [the whole list](https://github.example/o/r/actions/runs/1).")
    assert review_diff.within_limit("short\n") == "short\n"


def test_every_qualifier_has_its_words_in_the_diff():
    assert set(review_diff.QUALIFIERS) == set(Qualifier.__args__)  # type: ignore[attr-defined]


# 5. Symlinks in docs/, data/ and translations/.
@pytest.mark.parametrize(("link", "target"), [("docs/assets/config.txt", "../../.git/config"), ("docs/passwd.md", "/etc/passwd"), ("data/events.yml", "/etc/passwd"), ("translations/uk/about.md", "/etc/passwd")])
def test_a_symlink_is_refused(small_project, link, target):
    (small_project / ".git").mkdir()
    (small_project / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    path = small_project / link
    if path.exists():
        path.unlink()
    path.symlink_to(target)
    assert f"{link}:1:1: a symbolic link: the site is built only from files inside the project, and a link could publish any file on the machine; put the file itself here" in _errors(small_project)


# 6. The public address.
@pytest.mark.parametrize(("url", "why"), [
    ("javascript:alert(1)//", "is not an absolute http(s) address"),
    ("https://site.example/\x07", "holds a control character or a space"),
    ("site.example/crimea/", "is not an absolute http(s) address"),
    ("https://user:pass@site.example/", "names a user before the host"),
])
def test_the_public_address_must_be_an_absolute_http_address(small_project, url, why):
    result = _run(small_project, "check", env={**MKDOCS_ENV, "CRIMEA_RECORD_SITE_URL": url})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "environment variable CRIMEA_RECORD_SITE_URL:1:1: '" in result.stderr and why in result.stderr


def test_a_bad_site_url_in_mkdocs_yml_is_located(small_project):
    _replace(small_project, "mkdocs.yml", "site_url: https://fixture.example.org/", "site_url: fixture.example.org")
    assert _errors(small_project) == ["mkdocs.yml:4:11: 'fixture.example.org' is not an absolute http(s) address: write it in full, e.g. https://example.org/crimea/"]


# 7. No workflow command planted through the report.
def test_the_report_puts_each_mistake_on_one_line(small_project):
    _replace(small_project, "data/figures.yml", "label: Fixture cases counted for testing", 'label: "x\\n::warning file=a::planted\\n::stop-commands::t"\n  "new\\nkey": 1')
    result = _run(small_project, "check", env={**MKDOCS_ENV, "GITHUB_ACTIONS": "true"})
    assert result.returncode == 1
    for line in (result.stdout + result.stderr).splitlines():
        assert not line.startswith("::") or line.startswith("::error file=data/figures.yml,line="), line
    assert "::stop-commands" not in result.stdout.replace("%0A::stop-commands", "")
    assert str(DataError(Loc("f", 1), "a\nb\r::c")) == "f:1:1: a\\nb\\r::c"


# 10. Located errors instead of tracebacks.
def test_long_ids_and_via_cycles_are_located(small_project):
    _replace(small_project, "data/events.yml", "- id: fixture-event-day", "- id: " + "a" * 300)
    _replace(small_project, "data/sources.yml", "- id: fixture-report\n", "- id: fixture-report\n  via: fixture-report\n")
    found = _errors(small_project)
    assert any(line.startswith("data/events.yml:") and "an id of 300 characters: ids have at most 100" in line for line in found), found
    assert any("source 'fixture-report': via names the source itself" in line for line in found), found


def test_a_two_step_via_cycle_is_located(small_project):
    text = (small_project / "data" / "sources.yml").read_text(encoding="utf-8")
    ids = re.findall(r"^- id: (\S+)", text, re.M)
    _replace(small_project, "data/sources.yml", f"- id: {ids[0]}\n", f"- id: {ids[0]}\n  via: {ids[1]}\n")
    _replace(small_project, "data/sources.yml", f"- id: {ids[1]}\n", f"- id: {ids[1]}\n  via: {ids[0]}\n")
    assert any("via goes round in a circle" in line for line in _errors(small_project))


@pytest.mark.parametrize("file", ["data/corrections.yml", "translations/uk/about.md"])
def test_non_utf8_files_are_located(small_project, file):
    (small_project / file).write_bytes(b"- date: 2024-01-01\n  what: x\xff\n")
    assert any(line.startswith(f"{file}:2:10: the file is not UTF-8 text") for line in _errors(small_project))


def test_an_unknown_marker_in_a_translation_fails_check_as_it_fails_the_build(small_project):
    with open(small_project / "translations" / "uk" / "about.md", "a", encoding="utf-8") as page:
        page.write("\n{{ fig no-such-figure }}\n")
    assert any(line.startswith("translations/uk/about.md:") and "'no-such-figure' is not defined" in line for line in _errors(small_project))


def test_a_quote_with_a_huge_number_is_a_located_mistake(small_project):
    _replace(small_project, "data/figures.yml", "label: Fixture cases counted for testing", "label: Fixture cases counted for testing")
    text = (small_project / "data" / "figures.yml").read_text(encoding="utf-8")
    quote = re.search(r"^    text: (.+)$", text, re.M)
    assert quote
    _replace(small_project, "data/figures.yml", quote.group(0), quote.group(0) + " " + "9" * 5000 + " and 9" + "9" * 400 + ".5 thousand")
    assert not any("Traceback" in line for line in _errors(small_project))


@pytest.mark.parametrize("make", ["folder", "broken-link", "loop"])
def test_a_page_or_data_file_that_is_not_a_file_is_located(small_project, make):
    page = small_project / "docs" / "odd.md"
    data = small_project / "data" / "events.yml"
    data.unlink()
    for path in (page, data):
        if make == "folder":
            path.mkdir()
        elif make == "broken-link":
            path.symlink_to(small_project / "nowhere")
        else:
            path.symlink_to(path)
    found = _errors(small_project)
    assert any(line.startswith("docs/odd.md:1:1: ") for line in found), found
    assert any(line.startswith("data/events.yml:1:1: ") for line in found), found


def test_diff_against_a_base_with_an_outside_symlink_and_a_more_than_figure(small_project):
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t"]
    (small_project / "docs" / "leak.md").symlink_to("/etc/passwd")
    _replace(small_project, "data/figures.yml", "qualifier: exact", "qualifier: more-than") if "qualifier: exact" in (small_project / "data/figures.yml").read_text() else None
    subprocess.run([*git, "init", "-q"], cwd=small_project, check=True)
    subprocess.run([*git, "add", "-A"], cwd=small_project, check=True)
    subprocess.run([*git, "commit", "-qm", "base"], cwd=small_project, check=True)
    (small_project / "docs" / "leak.md").unlink()
    _replace(small_project, "data/figures.yml", "value: 120", "value: 121")
    result = _run(small_project, "diff", "HEAD")
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr


def test_schemas_refuses_a_file_as_its_folder(tmp_path):
    out = tmp_path / "schemas.json"
    out.write_text("{}", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "crimea_record", "schemas", "--out", str(out)], capture_output=True, text=True, env=MKDOCS_ENV)
    assert result.returncode == 2 and "Traceback" not in result.stderr and "is a file: name a folder" in result.stderr
    assert out.read_text(encoding="utf-8") == "{}"


def test_a_template_outside_the_theme_is_refused(small_project):
    page = small_project / "docs" / "prosecutions.md"
    page.write_text("---\ntemplate: ../../etc/passwd\n---\n" + page.read_text(encoding="utf-8"), encoding="utf-8")
    assert "docs/prosecutions.md:2:11: template '../../etc/passwd': a template is named without a folder, e.g. main.html, and lives in the theme; remove the line or name a template" in _errors(small_project)


# 11. Markers on one long line: linear.
def test_a_hundred_thousand_markers_on_one_line_are_found_in_one_pass():
    line = "x " + "{{ fig a }} " * 100_000
    started = time.process_time()
    found = find_references(line, "f")
    spent = time.process_time() - started
    assert len(found) == 100_000 and found[-1].loc == Loc("f", 1, 3 + 12 * 99_999) and not any(r.alone for r in found)
    print(f"\n100,000 markers on one line: {spent:.2f} s")
    assert spent < 60  # was over 120 s: quadratic


# 12. check and diff draw no share cards.
def test_check_draws_no_share_cards(small_project, monkeypatch, capsys):
    import crimea_record.pipeline as pipeline

    def refuse(*args, **kwargs):
        raise AssertionError("check drew the share cards")

    monkeypatch.setattr(pipeline, "share_cards", refuse)
    assert cli.main(["--root", str(small_project), "check"]) == 0


# 13. A redirect from uk/…: check and build agree.
def test_a_redirect_from_an_existing_ukrainian_page_fails_check_as_it_fails_the_build(small_project):
    (small_project / "data" / "redirects.yml").write_text("- old: uk/prosecutions/\n  new: figures/\n", encoding="utf-8")
    assert _errors(small_project) == ["data/redirects.yml:1:8: 'uk/prosecutions/' still exists: remove this redirect or the page"]


# 14. Names Windows or macOS cannot hold.
def test_page_names_that_differ_only_in_case_are_refused(small_project):
    (small_project / "docs" / "Prosecutions.md").write_text("# Again\n", encoding="utf-8")
    found = _errors(small_project)
    assert any("(on Windows and macOS the same file as " in line for line in found), found


@pytest.mark.parametrize("name", ["nul.md", "com1.md", "aux.md"])
def test_page_names_windows_reserves_are_refused(small_project, name):
    (small_project / "docs" / name).write_text("# Device\n", encoding="utf-8")
    assert any(line.startswith(f"docs/{name}:1:1: ") and "Windows reserves" in line for line in _errors(small_project))


# 15. Source addresses that read as another site.
@pytest.mark.parametrize(("url", "why"), [("https://fixture.example.org@evil.example/", "has a user name before the host"), ("https://fixture.exаmple.org/report", "has a host name mixing alphabets (Cyrillic, Latin)")])
def test_deceptive_source_addresses_are_refused(small_project, url, why):
    _replace(small_project, "data/sources.yml", "url: https://fixture.example.org/report", f"url: {url}")
    assert any(line.startswith("data/sources.yml:") and why in line for line in _errors(small_project))


# 17. The offline copy's build dies with its parent and leaves nothing in the system's temporary folder.
def test_killing_the_build_during_the_offline_copy_stops_its_child(small_project, tmp_path):
    config = small_project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    if "offline_copy: true" not in text:
        config.write_text(text.replace("extra:\n", "extra:\n  offline_copy: true\n", 1), encoding="utf-8")
    site = tmp_path / "site"
    build = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(site)],
        env=MKDOCS_ENV, cwd=small_project, start_new_session=True,
    )
    child = None
    for _ in range(1200):
        work = list(tmp_path.glob(".site.work-*"))
        children = subprocess.run(["pgrep", "-P", str(build.pid)], capture_output=True, text=True).stdout.split()
        if work and children:
            child = int(children[0])
            break
        if build.poll() is not None:
            break
        time.sleep(0.1)
    assert child is not None, "the offline copy's build never started"
    os.kill(build.pid, signal.SIGKILL)
    build.wait(timeout=60)
    for _ in range(300):
        if not Path(f"/proc/{child}").exists() or Path(f"/proc/{child}/status").read_text().find("State:\tZ") >= 0:
            break
        time.sleep(0.1)
    else:
        os.kill(child, signal.SIGKILL)
        pytest.fail("the offline copy's build kept running after its parent was killed")
    assert list(tmp_path.glob(".site.work-*")), "its work folder is beside the site"
    assert mkdocs_build(small_project, site).returncode == 0
    assert not list(tmp_path.glob(".site.work-*")), "the next build removes it"


# 19. The smaller ones.
def test_a_correction_dated_after_the_build_is_refused(small_project):
    (small_project / "data" / "corrections.yml").write_text("- date: 2031-01-01\n  what: a value\n  why: a misreading\n", encoding="utf-8")
    assert _errors(small_project, today=dt.date(2030, 6, 1)) == ["data/corrections.yml:1:9: correction: date 2031-01-01 is after today (2030-06-01): give the date the correction was made"]


def test_translated_from_as_a_mapping_reads_as_words(small_project):
    _replace(small_project, "data/events.yml", "translated_from: b9c107fb02c67c76", "translated_from: {a: b}")
    found = _errors(small_project)
    assert found == ["data/events.yml:9:22: event 'fixture-event-day': 'uk: translated_from': a mapping is not a hash of the English text: copy the 16 letters and digits the build names"]


def test_share_cards_wrap_long_words_and_leave_out_what_the_font_cannot_draw():
    font = _font("Regular", 38)
    lines = _wrap("Cases " + "w" * 300, font, 1072, 2)
    assert all(font.getlength(line) <= 1072 for line in lines)
    assert drawable("Cases 🙂 here ✊🏽 Крим № 5", font) == "Cases here Крим № 5"


def test_page_names_that_differ_only_in_unicode_normalisation_are_refused(small_project):
    (small_project / "docs" / "caf\u00e9.md").write_text("# One\n", encoding="utf-8")
    (small_project / "docs" / "cafe\u0301.md").write_text("# Two\n", encoding="utf-8")
    found = _errors(small_project)
    assert len([line for line in found if "(on Windows and macOS the same file as " in line]) == 1, found
