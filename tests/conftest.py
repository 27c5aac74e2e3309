"""Shared fixtures: the real site and the fixture project's site, each built once per run, and
throw-away copies of either project."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fixture_project import fixture_project
from site_server import launch, require_chromium, serve

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# One build date for every build of the run, as a deploy gets from its commit: the builds a test
# compares (hooks, export, second generator) then agree even when the run crosses midnight.
os.environ.setdefault("SOURCE_DATE_EPOCH", str(int(time.time())))
# Child processes (python -m crimea_record, mkdocs) import this checkout's package too. When the
# tests run in GitHub Actions, the broken projects they check print plain reports, not
# annotations on the pull request: tests of annotations set GITHUB_ACTIONS themselves. The Full
# report's PDFs (many seconds) only where a test asks for them (tests/test_report_pdf.py).
_LEFT_OUT = ("GITHUB_ACTIONS", "CRIMEA_RECORD_REPORT_PDF")
MKDOCS_ENV = {**{k: v for k, v in os.environ.items() if k not in _LEFT_OUT}, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT / "hooks")}


def mkdocs_build(project: Path, site_dir: Path, generator: str = "mkdocs", env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """A strict build; `generator` may name a drop-in replacement such as properdocs."""
    return subprocess.run(
        [sys.executable, "-m", generator, "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site_dir)],
        capture_output=True,
        text=True,
        env={**MKDOCS_ENV, **(env or {})},
        cwd=project,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("site")
    # As the deploy workflow builds it: with the offline copy (CRIMEA_RECORD_OFFLINE_COPY).
    assert_clean_build(mkdocs_build(ROOT, site, env={"CRIMEA_RECORD_OFFLINE_COPY": "1"}), "strict build")
    return site


def assert_clean_build(result: subprocess.CompletedProcess, what: str) -> None:
    assert result.returncode == 0, f"{what} failed:\n{result.stderr}"
    assert "WARNING" not in result.stderr, result.stderr


# One Playwright and one Chromium for the whole run: Playwright's sync API allows one per thread.
# When Chromium is missing the browser tests skip, saying why; in CI (CI=true) they fail.
@pytest.fixture(scope="session")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = launch(playwright)
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture(scope="session")
def base_url(built_site):
    with serve(built_site) as url:
        yield url


def copy_project(target: Path) -> Path:
    for name in ("data", "docs", "hooks", "translations", "mkdocs.yml"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target / name)
    return target


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the project that a test may break."""
    return copy_project(tmp_path / "project")


@pytest.fixture
def small_project(tmp_path) -> Path:
    """A copy of the fixture project (tests/fixtures/project/) that a test may break."""
    return fixture_project(tmp_path / "fixture-project")


@pytest.fixture(scope="session")
def small_site(tmp_path_factory) -> Path:
    """The fixture project built once per run (strictly, without warnings)."""
    project = fixture_project(tmp_path_factory.mktemp("fixture") / "project")
    site = project / "site"
    assert_clean_build(mkdocs_build(project, site), "strict build of the fixture project")
    return site


@pytest.fixture(scope="session")
def small_base_url(small_site):
    with serve(small_site) as url:
        yield url


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Every test that drives Chromium (through the `browser` fixture, directly or not) is a
    browser test, marked or not, so `-m 'not browser'` leaves it out. The 10x benchmark run is
    left out unless asked for by name (`-m bench10x`)."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()) and item.get_closest_marker("browser") is None:
            item.add_marker(pytest.mark.browser)
    if "bench10x" in (config.getoption("markexpr") or ""):
        return
    kept = [item for item in items if item.get_closest_marker("bench10x") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = kept


@pytest.fixture(autouse=True)
def _the_real_projects_languages():
    """Each test starts with the real project's languages: a test that prepared another project
    (the fixture's) leaves its registry behind, and which test ran before depends on how the
    run is split between workers."""
    from crimea_record.render import language

    if language._root.get() != ROOT:
        language.use_project(ROOT)
