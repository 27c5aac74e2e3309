"""Screenshots for people to look at (not a test): phone and desktop, light and dark.

    python tests/browser/screenshots.py SITE_DIR OUT_DIR [PAGE ...]

SITE_DIR is a built site (mkdocs build -d SITE_DIR); PAGE is a URL path such as
'timeline/' ('' for Home). Without PAGE: Home, a prose page, figures, violations, timeline.
"""
from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).parent.parent))
from site_server import DESKTOP, PHONE, launch, serve  # noqa: E402

DEFAULT_PAGES = ["", "prosecutions/", "figures/", "violations/", "timeline/"]


def main(site: Path, out: Path, pages: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with serve(site) as base, sync_playwright() as pw:
        browser = launch(pw)
        for device, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
            for scheme in ("light", "dark"):
                context = browser.new_context(viewport=viewport, color_scheme=scheme)
                page = context.new_page()
                for path in pages:
                    page.goto(base + path)
                    page.wait_for_timeout(500)  # the navigation expands with a transition
                    stem = (path.strip("/").replace("/", "_") or "home") + f"-{device}-{scheme}"
                    # In pieces no taller than two screens, so an image viewer need not shrink them.
                    height = page.evaluate("document.documentElement.scrollHeight")
                    step = viewport["height"] * 2
                    for i, top in enumerate(range(0, height, step)):
                        clip = {"x": 0, "y": top, "width": viewport["width"], "height": min(step, height - top)}
                        name = out / f"{stem}-{i + 1}.png"
                        page.screenshot(path=str(name), full_page=True, clip=clip)
                        print(name)
                context.close()
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:] or DEFAULT_PAGES)
