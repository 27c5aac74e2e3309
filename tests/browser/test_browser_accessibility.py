"""Accessible on every page: axe-core (WCAG 2.1 A and AA) in both schemes, keyboard, headings."""
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
_TAG_FOCUSABLE = """() => {
  const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  const shown = el => el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})
    && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0 && !el.closest('[inert]');
  const els = [...document.querySelectorAll(sel)].filter(el => !el.disabled && el.tabIndex >= 0 && shown(el));
  els.forEach((el, i) => el.dataset.kbd = i);
  return els.map(el => el.outerHTML.slice(0, 120));
}"""

# The focused element must show a focus indicator of its own: an outline or a ring (box-shadow).
_FOCUS_STATE = """() => {
  const el = document.activeElement;
  const s = getComputedStyle(el);
  return {kbd: el.dataset.kbd ?? null, body: el === document.body, tag: el.outerHTML.slice(0, 120),
          visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== 'rgba(0, 0, 0, 0)')
                   || s.boxShadow !== 'none'};
}"""


def test_keyboard_reaches_everything_with_visible_focus(new_page, base_url, site_pages):
    page = new_page()
    problems, total = [], 0
    for path in site_pages:
        page.goto(base_url + path)
        focusable = page.evaluate(_TAG_FOCUSABLE)
        total += len(focusable)
        reached, invisible = set(), {}
        for presses in range(3 * len(focusable) + 40):
            page.keyboard.press("Tab")
            state = page.evaluate(_FOCUS_STATE)
            if state["kbd"] is not None:
                reached.add(state["kbd"])
                if not state["visible"]:
                    invisible[state["kbd"]] = state["tag"]
            elif state["body"] and presses > 0:
                break  # past the last element: the tab order has gone round
        missed = [html for i, html in enumerate(focusable) if str(i) not in reached]
        problems += [f"{path or 'Home'}: never reached by Tab: {html}" for html in missed]
        problems += [f"{path or 'Home'}: no visible focus on {html}" for html in invisible.values()]
    print(f"\nkeyboard: {len(site_pages)} pages, {total} interactive elements")
    assert total > len(site_pages)
    assert problems == [], "\n".join(problems[:40])
