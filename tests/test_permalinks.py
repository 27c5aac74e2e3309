"""Permanent links: every published address keeps working, on its page or by a redirect."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import permalinks
import pytest
from conftest import MKDOCS_ENV, ROOT, mkdocs_build
from fixture_project import load_dataset
from htmltree import page
from site_server import serve

from crimea_record.model.addresses import record_path

FIXTURE = ROOT / permalinks.FIXTURE
HOW_TO_FIX = (
    "If the address moved, add an entry to data/redirects.yml (old: …, new: …) so old links keep "
    "working. If it was added, regenerate the list with:\n    " + permalinks.COMMAND
)


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT / "data")


def _broken(site: Path, addresses: list[str]) -> list[str]:
    return [f"{a}: {why}" for a in addresses if (why := permalinks.resolve(site, a))]


def test_every_listed_address_still_works(built_site):
    listed = permalinks.read_fixture(FIXTURE)
    assert len(listed) > 100, "the committed list of permanent links looks truncated"
    broken = _broken(built_site, listed)
    assert not broken, "published addresses stopped working:\n  " + "\n  ".join(broken) + "\n" + HOW_TO_FIX


def test_every_page_and_entry_is_in_the_list(built_site, dataset):
    """New pages and new entries must be added to the list, so they are protected too."""
    listed = set(permalinks.read_fixture(FIXTURE))
    record_anchors = {
        "/" + record_path(kind, record_id)
        for kind in ("figure", "article", "violation", "source", "event")
        for record_id in dataset.of_kind(kind)
    }
    published = set(permalinks.page_addresses(built_site)) | record_anchors
    missing = sorted(published - listed)
    assert not missing, "published but not in tests/fixtures/permalinks.txt:\n  " + "\n  ".join(missing) + "\n" + HOW_TO_FIX


def test_every_entry_has_an_anchor_equal_to_its_id(built_site, dataset):
    for kind in ("figure", "article", "violation", "source", "event"):
        for record_id in dataset.of_kind(kind):
            address = record_path(kind, record_id)
            target = page(built_site, address.partition("#")[0]).by_id(record_id)
            assert target is not None and target.tag in {"h2", "h3"}, f"{address}: no heading with id '{record_id}'"


def test_discrepancies_have_their_anchor_on_the_page_that_shows_them(built_site, dataset):
    listed = permalinks.read_fixture(FIXTURE)
    for record_id in dataset.discrepancies:
        shown = [a for a in listed if a.endswith(f"#{record_id}")]
        assert shown, f"discrepancy '{record_id}' has no listed address"
        assert not _broken(built_site, shown)


def test_a_missing_address_is_reported(built_site):
    assert permalinks.resolve(built_site, "figures/#no-such-figure") == "the page has no anchor 'no-such-figure' and no redirect covers it"
    assert permalinks.resolve(built_site, "no-such-page/") == "the page is gone and no redirect covers it"
    assert permalinks.resolve(built_site, "figures/#art328-cases") is None


REDIRECTS = """\
- old: old-figures/
  new: figures/
- old: old-figures/#old-cases
  new: figures/#art328-cases
- old: figures/#cases
  new: figures/#art328-cases
- old: about/#moved-source
  new: sources/#chrg-report
"""


@pytest.fixture(scope="module")
def redirected_site(tmp_path_factory):
    from conftest import copy_project

    project = copy_project(tmp_path_factory.mktemp("redirects") / "project")
    (project / "data" / "redirects.yml").write_text(REDIRECTS, encoding="utf-8")
    site = project / "site-out"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.mark.parametrize(
    "address",
    ["old-figures/", "old-figures/#old-cases", "old-figures/#art328-convictions", "figures/#cases", "about/#moved-source"],
)
def test_redirects_keep_old_addresses_working(redirected_site, address):
    assert permalinks.resolve(redirected_site, address) is None


def test_redirect_page_is_plain_local_html(redirected_site):
    html = (redirected_site / "old-figures" / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="1; url=../figures/">' in html
    assert '<a href="../figures/">' in html  # works without JavaScript
    assert "http://" not in html and "src=" not in html  # nothing loaded from anywhere
    assert "/old-figures/" not in permalinks.page_addresses(redirected_site)


def test_anchor_alias_sits_just_before_its_new_target(redirected_site):
    figures = page(redirected_site, "figures")
    alias = figures.by_id("cases")
    assert alias.tag == "span" and alias.following_siblings()[0].attrs["id"] == "art328-cases"
    note = page(redirected_site, "about").by_id("moved-source")
    assert note.find("a").attrs["href"] == "../sources/#chrg-report"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("- old: https://elsewhere.example/\n  new: figures/\n", "data/redirects.yml:1:8: redirect: 'https://elsewhere.example/' is not an address on this site"),
        ("- old: gone/\n  new: figures/#no-such-id\n", "data/redirects.yml:2:8: redirect target 'figures/#no-such-id': page 'figures/' has no anchor '#no-such-id'"),
        ("- old: figures/\n  new: sources/\n", "data/redirects.yml:1:8: 'figures/' still exists: remove this redirect or the page"),
        ("- old: gone/\n  neww: figures/\n", "data/redirects.yml:2:3: redirect: unknown field 'neww' (did you mean 'new'?)"),
    ],
)
def test_redirect_mistakes_stop_the_build(project, entry, message):
    (project / "data" / "redirects.yml").write_text(entry, encoding="utf-8")
    result = mkdocs_build(project, project / "out")
    assert result.returncode != 0
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_the_documented_command_writes_the_list(project):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "permalinks.py")], cwd=project, env=MKDOCS_ENV, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    written = permalinks.read_fixture(project / permalinks.FIXTURE)
    assert "/figures/#art328-cases" in written and "/" in written and "/report/" in written
    assert not any(a.startswith("/report/#") for a in written)
    assert permalinks.COMMAND in (project / permalinks.FIXTURE).read_text(encoding="utf-8")
    maintaining = (ROOT / "MAINTAINING.md").read_text(encoding="utf-8")
    assert permalinks.COMMAND in maintaining, "MAINTAINING.md must document the command that regenerates the list"


@pytest.mark.parametrize(
    ("old", "lands_on"),
    [("old-figures/#old-cases", "figures/#art328-cases"), ("old-figures/#art328-convictions", "figures/#art328-convictions"), ("old-figures/", "figures/")],
)
def test_redirect_page_forwards_in_a_browser(redirected_site, browser, old, lands_on):
    with serve(redirected_site) as url:
        page = browser.new_page()
        page.goto(url + old)
        page.wait_for_url(url + lands_on, timeout=5000)
        anchor = lands_on.partition("#")[2]
        if anchor:
            assert page.locator(f"#{anchor}").is_visible()
        page.close()
