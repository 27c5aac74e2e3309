"""The content is not locked into the hooks: the exported Markdown builds without them.

`python -m crimea_record markdown OUT` writes every page, generated and prose, with references
expanded, and a config without `hooks:`. Plain MkDocs must build it strictly into the same
site, and Zensical (Material's successor, which ignores hooks) must build it strictly too.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import MKDOCS_ENV, ROOT, assert_clean_build, mkdocs_build
from site_summary import REDIRECT_NOTES, differences, html_pages, read_site

from crimea_record.load.markers import find_references
from crimea_record.publish.portable_config import portable_config

# What the hooks add after Markdown is rendered, which an exported folder therefore lacks.
HOOK_ONLY = {
    "language selector": (
        re.compile(r'<div class="md-header__option">\s*<div class="md-select">.*?</ul>\s*</div>\s*</div>\s*</div>', re.S),
        "hooks/site.py sets each page's link to its Ukrainian page (render/ukrainian.py); the export "
        "holds the English pages only, so it has no selector",
    ),
    "rel on outgoing links": (
        re.compile(r' rel="noopener noreferrer"'),
        "hooks/site.py on_post_page adds it to links to other sites; browsers still send at most the "
        "site's origin as referrer (their default policy), never the page",
    ),
    "addresses printed once": (
        re.compile(r' class="address-shown"|(?<=class=")address-shown |(?<=[^"]) address-shown(?=")'),
        "hooks/site.py marks a link whose address its text or an earlier link already shows "
        "(render/print_addresses.py); without it a printed page repeats such an address after the "
        "link, and on screen nothing differs",
    ),
    "search dialog name": (
        re.compile(r' aria-label="Search this site"'),
        "hooks/site.py on_post_page names Material's search dialog for screen readers; without it the "
        "dialog is announced unnamed, and search still works",
    ),
    "share tags": (
        re.compile(r'<meta (?:name|property)="(?:description|og:[a-z_:]+|twitter:[a-z_:]+|citation_[a-z_]+)" content="[^"]*">\n?'),
        "hooks/site.py on_post_page puts each page's own description and OpenGraph/Twitter card tags "
        "in <head>; without them a page still has its title and canonical URL, and links to it show "
        "no preview text",
    ),
    "schema.org Dataset": (
        re.compile(r'<script type="application/ld\+json">.*?</script>\n?', re.S),
        "hooks/site.py hands the Data page's JSON-LD to the theme override; without it dataset search "
        "engines find the Data page as a page, and every download is still linked from it",
    ),
    "offline copy": (
        re.compile(r'<p><a href="\.\./downloads/crimea-record-offline\.zip">.*?</p>\n?', re.S),
        "the hooks build the offline copy of the whole site after the main build; an exported folder "
        "is itself a copy that works without the hooks",
    ),
    "notes for retired anchors": (
        REDIRECT_NOTES,
        "publish/redirects.py adds, after rendering, a note where a retired entry stood, linking to where it "
        "lives now (data/redirects.yml); without it an old link still opens the right page, at its top",
    ),
}
OFFLINE_LINK = "/downloads/crimea-record-offline.zip"
OFFLINE_TEXT = re.compile(r" crimea-record-offline\.zip: the whole site, .*? search works too\.")


def without_offline_copy(pages: dict) -> dict:
    """The built site as the export is expected to be: without the link to the offline copy (see HOOK_ONLY)."""
    data = pages["data/index.html"]
    assert OFFLINE_LINK in data.links and OFFLINE_TEXT.search(data.text), "offline copy: stale exception"
    data.links = [link for link in data.links if link != OFFLINE_LINK]
    data.text = OFFLINE_TEXT.sub("", data.text)
    return pages


# Zensical puts the target of its skip link inside the content; nothing links to it from outside.
ZENSICAL_THEME_IDS = {"__skip"}
ASSET_FROM_ELSEWHERE = re.compile(
    r'<(?:script|img|iframe|source|audio|video)\b[^>]*\ssrc="(?:https?:)?//|<link\b(?=[^>]*\srel="(?:stylesheet|preload|icon|modulepreload)")[^>]*\shref="(?:https?:)?//'
)


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml even if it uses !!python/name tags (their values do not matter here)."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def export(out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "crimea_record", "--root", str(ROOT), "markdown", str(out)],
        capture_output=True,
        text=True,
        env=MKDOCS_ENV,  # this checkout's package, never an installed copy
    )


def zensical_build(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "zensical", "build", "--strict", "-f", "mkdocs.yml"],
        capture_output=True,
        text=True,
        cwd=folder,
    )


@pytest.fixture(scope="session")
def exported(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export") / "site-source"
    result = export(out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def export_site(exported, tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("export-site")
    assert_clean_build(mkdocs_build(exported, site), "plain MkDocs strict build of the export")
    return site


@pytest.fixture(scope="session")
def zensical_site(exported, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("zensical") / "site-source"
    shutil.copytree(exported, folder)  # Zensical writes its cache and site next to the config
    result = zensical_build(folder)
    assert result.returncode == 0, f"Zensical strict build failed:\n{result.stdout}\n{result.stderr}"
    return folder / yaml.load((folder / "mkdocs.yml").read_text(), Loader=_AnyTagLoader)["site_dir"]


def test_export_has_every_page_expanded_and_no_hooks(exported):
    config = yaml.load((exported / "mkdocs.yml").read_text(), Loader=_AnyTagLoader)
    assert "hooks" not in config
    pages = sorted(p.relative_to(exported / "docs").as_posix() for p in (exported / "docs").rglob("*.md"))
    sources = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md"))
    assert set(sources) < set(pages)
    assert {"figures.md", "legal.md", "sources.md", "violations.md", "timeline.md"} <= set(pages)
    for page in pages:
        assert find_references((exported / "docs" / page).read_text(), page) == [], f"{page} still has markers"


def test_plain_mkdocs_builds_the_export_into_the_same_site(built_site, export_site):
    site, plain = without_offline_copy(read_site(built_site)), read_site(export_site)
    # The export does not hold the Ukrainian pages yet (uk/, render/ukrainian.py): English only.
    site = {name: page for name, page in site.items() if not name.startswith("uk/")}
    assert differences(site, plain, ("ids", "figures", "links", "text")) == []


def _content(html: str) -> str:
    return html[html.index("<article") : html.index("</article>")]


def test_the_export_loses_only_what_the_hooks_add_to_the_html(built_site, export_site):
    lost = []
    for page in [p for p in html_pages(built_site) if not p.startswith("uk/")]:  # English only, as above
        with_hooks = (built_site / page).read_text()
        exported = (export_site / page).read_text()
        if page == "report/index.html":
            # The hooks put the Full report together from the rendered pages after MkDocs has
            # made its sidebar table of contents from the report's own title; the export renders
            # it from Markdown, so its sidebar lists every heading. The content must not differ.
            with_hooks, exported = _content(with_hooks), _content(exported)
        for pattern, _why in HOOK_ONLY.values():
            with_hooks = pattern.sub("", with_hooks)
        for pattern, _why in HOOK_ONLY.values():
            exported = pattern.sub("", exported)
        # Removing the share tags leaves the lines they stood on; white space between tags is not content.
        with_hooks, exported = (re.sub(r">\s+<", "><", html) for html in (with_hooks, exported))
        if with_hooks != exported:
            at = next((i for i, (x, y) in enumerate(zip(with_hooks, exported)) if x != y), 0)
            lost.append(f"{page}: {with_hooks[max(0, at - 80):at + 80]!r}")
    # A hook that changes the HTML makes the site depend on the hooks: do it in the Markdown
    # (crimea_record), or list it in HOOK_ONLY with why losing it is acceptable.
    assert lost == [], "the exported site lacks more than HOOK_ONLY"
    for name, (pattern, _why) in HOOK_ONLY.items():
        assert any(pattern.search((built_site / p).read_text()) for p in html_pages(built_site)), f"{name}: stale entry"


def test_zensical_builds_the_export_with_the_same_pages_anchors_and_figures(export_site, zensical_site):
    plain, zensical = read_site(export_site), read_site(zensical_site)
    for page in zensical.values():
        page.ids = [i for i in page.ids if i not in ZENSICAL_THEME_IDS]
        page.content_ids = [i for i in page.content_ids if i not in ZENSICAL_THEME_IDS]
    assert sum(len(p.figures) for p in plain.values()) > 20, "the comparison must see the figures"
    assert differences(plain, zensical, ("ids", "content_ids", "figures", "links", "text")) == []


def test_zensical_site_loads_nothing_from_other_hosts(zensical_site):
    for page in html_pages(zensical_site):
        found = ASSET_FROM_ELSEWHERE.findall((zensical_site / page).read_text())
        assert found == [], f"{page} loads from another host: {found}"
    for sheet in zensical_site.rglob("*.css"):
        assert not re.search(r"@import|url\(\s*['\"]?(?:https?:)?//", sheet.read_text()), sheet


def test_zensical_strict_build_fails_on_a_broken_anchor(exported, tmp_path):
    folder = tmp_path / "broken"
    shutil.copytree(exported, folder)
    with (folder / "docs" / "about.md").open("a", encoding="utf-8") as page:
        page.write("\nSee [a figure](figures.md#no-such-figure).\n")
    result = zensical_build(folder)
    assert result.returncode != 0
    assert "anchor does not exist" in result.stdout + result.stderr


@pytest.mark.parametrize(
    "hooks",
    ["hooks:\n  - hooks/site.py\n  - hooks/other.py\n", "hooks:\n- hooks/site.py\n", "hooks: [hooks/site.py]\n"],
)
def test_portable_config_drops_any_hooks_block(hooks):
    config = "site_name: X\n" + hooks + "theme:\n  name: material\n"
    portable = yaml.safe_load(portable_config(config))
    assert portable == {"site_name": "X", "theme": {"name": "material", "variant": "classic"}}
