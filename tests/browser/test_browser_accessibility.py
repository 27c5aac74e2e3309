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

# Each element the keyboard focuses, as it is focused: it must show a focus indicator of its own,
# an outline or a ring (box-shadow). Recorded in the page, so that Tab can be pressed in batches
# without asking the page after every press.
_RECORD_FOCUS = """() => {
  window.__focusLog = [];
  document.addEventListener('focusin', event => {
    const el = event.target;
    const s = getComputedStyle(el);
    window.__focusLog.push({kbd: el.dataset ? (el.dataset.kbd ?? null) : null, tag: el.outerHTML.slice(0, 120),
      visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== 'rgba(0, 0, 0, 0)')
               || s.boxShadow !== 'none'});
  }, true);
}"""
# Past the last element: focus is on no element, or the first element focused is focused again.
_GONE_ROUND = """() => {
  const log = window.__focusLog;
  return document.activeElement === document.body && log.length > 0
    || log.length > 1 && log.slice(1).some(entry => entry.tag === log[0].tag && entry.kbd === log[0].kbd);
}"""
_BATCH = 10


def test_keyboard_reaches_everything_with_visible_focus(new_page, base_url, site_pages):
    page = new_page()
    problems, total = [], 0
    for path in site_pages:
        page.goto(base_url + path)
        focusable = page.evaluate(_TAG_FOCUSABLE)
        total += len(focusable)
        page.evaluate(_RECORD_FOCUS)
        for _batch in range(0, 3 * len(focusable) + 40, _BATCH):
            for _press in range(_BATCH):
                page.keyboard.press("Tab")
            if page.evaluate(_GONE_ROUND):
                break
        log = page.evaluate("() => window.__focusLog")
        reached = {entry["kbd"] for entry in log if entry["kbd"] is not None}
        invisible = {entry["kbd"]: entry["tag"] for entry in log if entry["kbd"] is not None and not entry["visible"]}
        missed = [html for i, html in enumerate(focusable) if str(i) not in reached]
        problems += [f"{path or 'Home'}: never reached by Tab: {html}" for html in missed]
        problems += [f"{path or 'Home'}: no visible focus on {html}" for html in invisible.values()]
    print(f"\nkeyboard: {len(site_pages)} pages, {total} interactive elements")
    assert total > len(site_pages)
    assert problems == [], "\n".join(problems[:40])
