"""Accessible on every page: axe-core (WCAG 2.1 A and AA) in both schemes, headings (keyboard: test_browser_keyboard.py)."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from site_server import SCHEMES

pytestmark = pytest.mark.browser

WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_no_wcag_violations(new_page, base_url, site_pages, scheme):
    page = new_page(color_scheme=scheme)
    axe = Axe()
    found = []
    for path in site_pages:
        page.goto(base_url + path)
        # The palette follows the reader's system setting: check the scheme really is on.
        assert page.get_attribute("body", "data-md-color-scheme") == SCHEMES[scheme]
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_A_AA}, "resultTypes": ["violations"]})
        for violation in results.response["violations"]:
            targets = "; ".join(str(node["target"]) for node in violation["nodes"][:3])
            found.append(f"{path or 'Home'}: {violation['id']} ({len(violation['nodes'])}x) {violation['help']}: {targets}")
    print(f"\naxe, {scheme} scheme, {len(site_pages)} pages: {len(found)} violations")
    assert found == [], "\n".join(found)


def test_headings_in_order_with_one_h1(new_page, base_url, site_pages):
    page = new_page()
    problems = []
    for path in site_pages:
        page.goto(base_url + path)
        levels = page.eval_on_selector_all("h1, h2, h3, h4, h5, h6", "els => els.map(h => Number(h.tagName[1]))")
        if levels.count(1) != 1 or levels[0] != 1:
            problems.append(f"{path or 'Home'}: expected one h1 first, got levels {levels}")
        for before, after in zip(levels, levels[1:]):
            if after > before + 1:
                problems.append(f"{path or 'Home'}: h{before} followed by h{after}")
                break
    assert problems == []


# Everything a keyboard can act on, shown on screen. Each gets a number so the tab order can be
# checked against it. Material's hidden radio buttons and checkboxes are excluded: they are
# reached through their visible labels' own buttons or are not shown at this width.
