"""The published addresses of the site: every page and every anchor people may link to.

The committed list (tests/fixtures/permalinks.txt) is what the tests hold the site to: an
address on it must keep working, on its page or through data/redirects.yml. Regenerate it,
after adding pages or entries, from the project folder with

    NO_MKDOCS_2_WARNING=1 .venv/bin/python tests/permalinks.py
"""
from __future__ import annotations

import json
import os
import posixpath
import re
import subprocess
import sys
import tempfile
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))  # the checkout's package, run as a script too

from crimea_record.model.addresses import page_url  # noqa: E402
from crimea_record.pipeline import prepare  # noqa: E402
from crimea_record.publish.redirects import REDIRECT_SCRIPT_ID  # noqa: E402
from crimea_record.render.pages import registry  # noqa: E402

FIXTURE = Path("tests") / "fixtures" / "permalinks.txt"
COMMAND = "NO_MKDOCS_2_WARNING=1 .venv/bin/python tests/permalinks.py"
# Pages whose anchors are copies for printing, not permanent links of their own.
NOT_PERMANENT_ANCHORS = {"/" + page_url(page.path) for page in registry.PAGES if not page.permanent_anchors}
_SKIP_DIRS = {"assets", "search", "downloads"}
_ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">(.*?)</article>', re.S)
_HEADING_ID = re.compile(r'<h[1-6][^>]*\sid="([^"]+)"')
_ANY_ID = re.compile(r'<[a-z][a-z0-9]*[^>]*\sid="([^"]+)"')


def page_addresses(site_dir: Path) -> list[str]:
    pages = []
    for path in sorted(site_dir.rglob("index.html")):
        rel = path.parent.relative_to(site_dir).as_posix()
        if rel.split("/")[0] in _SKIP_DIRS:
            continue
        if f'id="{REDIRECT_SCRIPT_ID}"' in path.read_text(encoding="utf-8"):
            continue  # a redirect, not a page
        pages.append("/" if rel == "." else f"/{rel}/")
    return pages


def anchors(html: str, record_ids: set[str]) -> list[str]:
    """Heading anchors and record anchors (such as a discrepancy's box) in the content."""
    article = _ARTICLE.search(html)
    content = article.group(1) if article else ""
    found = _HEADING_ID.findall(content) + [i for i in _ANY_ID.findall(content) if i in record_ids]
    return list(dict.fromkeys(found))


def collect(site_dir: Path, record_ids: set[str]) -> list[str]:
    """Every page address ('/figures/') and '/page/#anchor' of a built site, in a stable order."""
    out = []
    for page in page_addresses(site_dir):
        out.append(page)
        if page in NOT_PERMANENT_ANCHORS:
            continue
        html = (site_dir / page.lstrip("/") / "index.html").read_text(encoding="utf-8")
        out += [f"{page}#{anchor}" for anchor in anchors(html, record_ids)]
    return out


def read_fixture(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def write_fixture(path: Path, addresses: list[str]) -> None:
    header = [
        "# Every published page address and anchor, from the root of site_url. The tests fail when one",
        "# stops working (unless data/redirects.yml keeps it working). Regenerate with:",
        f"#   {COMMAND}",
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(header + addresses) + "\n", encoding="utf-8")


def record_ids(root: Path) -> set[str]:
    return prepare(root).dataset.all_ids()


def resolve(site_dir: Path, address: str, hops: int = 5) -> str | None:
    """Follow an address in a built site; None when it works, else what is wrong."""
    page, _, anchor = address.lstrip("/").partition("#")
    path = site_dir / page / "index.html"
    if not path.exists():
        return "the page is gone and no redirect covers it"
    html = path.read_text(encoding="utf-8")
    match = re.search(rf'<script type="application/json" id="{REDIRECT_SCRIPT_ID}">(.*?)</script>', html, re.S)
    if match:
        if hops == 0:
            return "too many redirects"
        data = json.loads(match.group(1).replace("<\\/", "</"))
        rel = data["anchors"].get(anchor) or (data["target"] + (f"#{anchor}" if anchor else ""))
        rel_page, _, rel_anchor = rel.partition("#")
        new_page = posixpath.normpath(posixpath.join(page, rel_page))
        new_page = "" if new_page == "." else new_page + "/"
        return resolve(site_dir, new_page + (f"#{rel_anchor}" if rel_anchor else ""), hops - 1)
    if anchor and f'id="{escape(anchor)}"' not in html:
        return f"the page has no anchor '{anchor}' and no redirect covers it"
    return None


def main(root: Path | None = None) -> int:
    root = root or Path.cwd()
    with tempfile.TemporaryDirectory() as site:
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(root / "mkdocs.yml"), "-d", site],
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            cwd=root,
        )
        if result.returncode:
            print("the site does not build; fix that first", file=sys.stderr)
            return 1
        new = collect(Path(site), record_ids(root))
    fixture = root / FIXTURE
    old = read_fixture(fixture) if fixture.exists() else []
    write_fixture(fixture, sorted(set(old) | set(new), key=lambda a: (old + new).index(a)))
    added = [a for a in new if a not in old]
    kept = [a for a in old if a not in new]
    print(f"{fixture}: {len(added)} added, {len(new)} published now")
    if kept:
        print("kept, although the site no longer publishes them (the tests fail until a redirect covers them):")
        print("\n".join(f"  {a}" for a in kept))
    return 0


if __name__ == "__main__":
    sys.exit(main())
