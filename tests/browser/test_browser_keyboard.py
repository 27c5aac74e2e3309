"""Keyboard use: every control on every sampled page is reached by Tab, with a visible focus.

Its own file: the longest browser test, so that a worker of the parallel run takes it while
another takes the axe checks (tests/browser/test_browser_accessibility.py)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

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
