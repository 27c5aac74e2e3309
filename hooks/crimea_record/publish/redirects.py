"""Keep old links working: data/redirects.yml (read by `load/redirects_file.py`) maps an old address to where it lives now.

    - old: old-page/                # a page that no longer exists
      new: figures/
    - old: figures/#old-id          # an anchor that no longer exists on a page
      new: figures/#new-id

A page that is gone becomes a small local HTML page that forwards the reader (keeping the
#anchor, or mapping it) and shows a plain link for browsers without JavaScript. An anchor
that is gone from a page that still exists is kept as an alias: an empty element with the
old id just before the new target on the same page, or a short "moved" note with a link
when the entry moved to another page. Both work without JavaScript.
"""
from __future__ import annotations

import json
import posixpath
import re
from html import escape
from pathlib import Path

from ..load.redirects_file import Redirect

REDIRECT_SCRIPT_ID = "redirect"


def _page_file(site_dir: Path, page: str) -> Path:
    return site_dir / page / "index.html"


def _relative(from_page: str, to: str) -> str:
    page, _, anchor = to.partition("#")
    rel = posixpath.relpath(page or ".", from_page or ".") + "/"
    return rel + (f"#{anchor}" if anchor else "")


def write(site_dir: Path, redirects: list[Redirect], site_url: str) -> list[str]:
    """Apply the redirects to a built site; return problems an editor must fix."""
    problems = []
    gone: dict[str, list[Redirect]] = {}
    for redirect in redirects:
        new_page, _, new_anchor = redirect.new.partition("#")
        target = _page_file(site_dir, new_page)
        if not target.exists() or (new_anchor and f'id="{new_anchor}"' not in target.read_text(encoding="utf-8")):
            problems.append(f"{redirect.locs['new']}: redirect target '{redirect.new}' does not exist in the built site")
            continue
        old_file = _page_file(site_dir, redirect.old_page)
        if old_file.exists() and not _is_redirect_page(old_file):
            if not redirect.old_anchor:
                problems.append(f"{redirect.locs['old']}: '{redirect.old}' still exists: remove this redirect or the page")
            elif not _alias(old_file, redirect, new_page == redirect.old_page):
                problems.append(f"{redirect.locs['old']}: '{redirect.old}' still exists on its page: remove this redirect")
        else:
            gone.setdefault(redirect.old_page, []).append(redirect)
    for page, entries in gone.items():
        try:
            _page_file(site_dir, page).parent.mkdir(parents=True, exist_ok=True)
            _page_file(site_dir, page).write_text(redirect_page(page, entries, site_url), encoding="utf-8")
        except OSError:
            problems.append(f"{entries[0].locs['old']}: '{entries[0].old}' is a file of the built site, not a page: a redirect cannot replace it")
    return problems


def _is_redirect_page(path: Path) -> bool:
    return f'<script type="application/json" id="{REDIRECT_SCRIPT_ID}">' in path.read_text(encoding="utf-8")


def _alias(page_file: Path, redirect: Redirect, same_page: bool) -> bool:
    html = page_file.read_text(encoding="utf-8")
    old = escape(redirect.old_anchor)
    if f'id="{old}"' in html:
        return False
    if same_page:
        new = redirect.new.partition("#")[2]
        html = re.sub(rf'(<[a-z0-9]+[^>]*\sid="{re.escape(new)}")', rf'<span id="{old}" class="anchor-alias"></span>\1', html, count=1)
    else:
        link = escape(_relative(redirect.old_page, redirect.new))
        # Shown only to a reader who arrives by the old link (site.css: .moved-note:not(:target)).
        note = f'<p id="{old}" class="moved-note">What this link pointed to is now on another page: <a href="{link}">{escape(redirect.new)}</a></p>'
        html = html.replace("</article>", note + "</article>", 1)
    page_file.write_text(html, encoding="utf-8")
    return True


def redirect_page(page: str, entries: list[Redirect], site_url: str) -> str:
    """A local page that forwards to the new address, keeping or mapping the #anchor."""
    default = next((r for r in entries if not r.old_anchor), entries[0])
    target = _relative(page, default.new.partition("#")[0])
    anchors = {r.old_anchor: _relative(page, r.new) for r in entries if r.old_anchor}
    data = json.dumps({"target": target, "anchors": anchors}).replace("</", "<\\/")
    canonical = site_url + default.new.partition("#")[0] if site_url else ""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved</title>
<meta name="robots" content="noindex">
{f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ''}
<script type="application/json" id="{REDIRECT_SCRIPT_ID}">{data}</script>
<script>
var r = JSON.parse(document.getElementById("{REDIRECT_SCRIPT_ID}").textContent);
var h = location.hash.slice(1);
location.replace(r.anchors[h] || (r.target + (h ? "#" + h : "")));
</script>
<meta http-equiv="refresh" content="1; url={escape(target)}">
</head>
<body>
<p>This page has moved to <a href="{escape(target)}">{escape(target)}</a>.</p>
</body>
</html>
"""
