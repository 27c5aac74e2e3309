"""A failed or killed build leaves the published site byte for byte as it was; the export never
removes a folder it did not make."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import MKDOCS_ENV, mkdocs_build

from crimea_record.publish.markdown_export import EXPORT_MARK


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _loud_build(project: Path, site: Path) -> subprocess.CompletedProcess:
    """A strict build without -q: MkDocs counts warnings for --strict only when it logs them."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, env=MKDOCS_ENV, cwd=project,
    )


@pytest.fixture
def published(small_project, tmp_path) -> tuple[Path, Path, dict[str, bytes]]:
    site = tmp_path / "published"
    assert mkdocs_build(small_project, site).returncode == 0
    (site / ".git").mkdir()
    (site / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    return small_project, site, _snapshot(site)


def _set_value(project: Path, old: str, new: str) -> None:
    figures = project / "data" / "figures.yml"
    figures.write_text(figures.read_text(encoding="utf-8").replace(f"  value: {old}\n", f"  value: {new}\n", 1), encoding="utf-8")


def test_a_wrong_redirect_fails_before_the_site_changes(published):
    project, site, before = published
    _set_value(project, "120", "121")
    (project / "data" / "redirects.yml").write_text("- old: gone/\n  new: no-such-page/\n", encoding="utf-8")
    result = mkdocs_build(project, site)
    assert result.returncode != 0
    assert "data/redirects.yml:2:8: redirect target 'no-such-page/': no page 'no-such-page/' on this site" in result.stderr
    assert _snapshot(site) == before


def test_a_strict_mode_warning_leaves_the_site_as_it_was(published):
    project, site, before = published
    _set_value(project, "120", "121")
    with open(project / "docs" / "index.md", "a", encoding="utf-8") as page:
        page.write("\n[a page that is not there](missing.md)\n")
    result = _loud_build(project, site)
    said = result.stdout + result.stderr
    assert result.returncode != 0 and "Aborted with 1 warnings in strict mode" in said and "missing.md" in said
    assert _snapshot(site) == before
    assert not list(site.parent.glob(f".{site.name}.*")), "the staging folder was left behind"


def test_a_good_build_replaces_the_site_and_keeps_its_hidden_files(published):
    project, site, before = published
    _set_value(project, "120", "121")
    assert mkdocs_build(project, site).returncode == 0
    after = _snapshot(site)
    assert after[".git/HEAD"] == before[".git/HEAD"]
    assert after["figures/index.html"] != before["figures/index.html"] and b"121" in after["figures/index.html"]
    assert not list(site.parent.glob(f".{site.name}.*"))


SLOW_HOOK = '''
import os, time
from pathlib import Path
from mkdocs.plugins import event_priority

@event_priority(100)  # before hooks/site.py publishes
def on_post_build(config):
    Path(os.environ["BUILD_READY_FLAG"]).write_text(config.site_dir)
    time.sleep(120)
'''


def test_a_killed_build_leaves_the_site_as_it_was(published, tmp_path):
    project, site, before = published
    _set_value(project, "120", "121")
    (project / "slow_hook.py").write_text(SLOW_HOOK, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - hooks/site.py\n", "  - hooks/site.py\n  - slow_hook.py\n"), encoding="utf-8")
    flag = tmp_path / "ready"
    build = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(site)],
        env={**MKDOCS_ENV, "BUILD_READY_FLAG": str(flag)}, cwd=project, start_new_session=True,
    )
    try:
        for _ in range(1200):
            if flag.exists() or build.poll() is not None:
                break
            time.sleep(0.1)
        assert flag.exists(), "the build never reached its end"
        staging = Path(flag.read_text())
        assert staging != site and (staging / "figures" / "index.html").exists()  # the whole new site, written elsewhere
        os.killpg(build.pid, signal.SIGKILL)
    finally:
        build.wait(timeout=60)
    assert _snapshot(site) == before
    # The next build cleans up after the killed one.
    config.write_text(config.read_text(encoding="utf-8").replace("  - slow_hook.py\n", ""), encoding="utf-8")
    assert mkdocs_build(project, site).returncode == 0
    assert not staging.exists()


def _export(root: Path, out: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "crimea_record", "--root", str(root), "markdown", str(out)],
        capture_output=True, text=True, env=MKDOCS_ENV, cwd=root,
    )


@pytest.mark.parametrize("target", [".", "data", "docs", "docs/assets", "hooks", ".git", "..", "site-in-data/../data", "translations/export", "translations/uk/export", ".github/export"])
def test_export_refuses_the_project_and_its_own_folders(small_project, target):
    (small_project / ".git").mkdir()
    (small_project / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    before = _snapshot(small_project)
    result = _export(small_project, target)
    assert result.returncode == 2, result.stderr
    assert "nothing was written" in result.stderr and "Traceback" not in result.stderr
    assert _snapshot(small_project) == before


def test_export_refuses_a_folder_it_did_not_make(small_project, tmp_path):
    mine = tmp_path / "my-notes"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me", encoding="utf-8")
    result = _export(small_project, mine)
    assert result.returncode == 2
    assert f"markdown: {mine} is not empty and was not made by this export: name a new or empty folder; nothing was written" in result.stderr
    assert (mine / "notes.txt").read_text(encoding="utf-8") == "keep me" and len(list(mine.iterdir())) == 1


def test_export_replaces_only_its_own_earlier_export(small_project, tmp_path):
    out = tmp_path / "export"
    assert _export(small_project, out).returncode == 0
    assert (out / EXPORT_MARK).is_file() and (out / "docs" / "figures.md").is_file()
    (out / "stale.md").write_text("from an earlier export", encoding="utf-8")
    assert _export(small_project, out).returncode == 0
    assert not (out / "stale.md").exists() and (out / "docs" / "figures.md").is_file()
    assert not list(tmp_path.glob(".export.*")), "a staging folder was left behind"
