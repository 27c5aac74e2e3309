"""Keyboard at phone width (375x667): no stop on something the reader cannot see before the
content, and the header's menu and search buttons work from the keyboard."""
from __future__ import annotations

import pytest
from site_server import DESKTOP, PHONE

pytestmark = pytest.mark.browser

# Where the focus is, and whether a sighted keyboard user can see it: on screen, not hidden
# by visibility, display or opacity on itself or any ancestor. A hidden checkbox counts as
# seen when the label that stands for it is (the colour switch shows the label after it).
_FOCUS = """() => {
  const el = document.activeElement;
  const seen = (node) => {
    const r = node.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0 || r.right <= 0 || r.left >= innerWidth || r.bottom <= 0 || r.top >= innerHeight) return false;
    for (let p = node; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.visibility === 'hidden' || s.display === 'none' || s.opacity === '0') return false;
    }
    return true;
  };
  const next = el.nextElementSibling;
  const label = el.id ? document.querySelector(`label[for="${el.id}"]:not([hidden])`)
    || (next && next.tagName === 'LABEL' && !next.hidden ? next : null) : null;
  return {html: el.outerHTML.slice(0, 100), inContent: !!el.closest('.md-content'),
          skip: el.classList.contains('md-skip'), seen: seen(el) || (label !== null && seen(label))};
}"""


@pytest.mark.parametrize("path", ["", "figures/", "prosecutions/"])
def test_tab_reaches_the_content_without_invisible_stops(new_page, base_url, path):
    page = new_page(viewport=PHONE)
    page.goto(base_url + path)
    # At once after loading, not only after the drawer's slide-out delay: a fast keyboard
    # user must not pass through the closed drawer's links either.
    assert page.evaluate(
        "getComputedStyle(document.querySelector('.md-sidebar--primary')).visibility") == "hidden"
    stops, invisible = [], []
    for _ in range(40):
        page.keyboard.press("Tab")
        page.wait_for_timeout(30)  # the skip link slides in when focused
        state = page.evaluate(_FOCUS)
        if state["inContent"]:
            break
        stops.append(state["html"])
        if not state["seen"] and not state["skip"]:
            invisible.append(state["html"])
    else:
        pytest.fail(f"{path or 'Home'}: 40 Tab presses never reached the content: {stops}")
    assert invisible == [], f"{path or 'Home'}: focus stops nobody can see: {invisible}"
    assert len(stops) <= 7, stops  # 6, and the language selector's link to the other language


def test_menu_and_search_buttons_work_from_the_keyboard(new_page, base_url):
    page = new_page(viewport=PHONE)
    page.goto(base_url)
    menu = page.locator('label.md-header__button[for="__drawer"]')
    assert menu.get_attribute("role") == "button" and menu.get_attribute("aria-expanded") == "false"
    menu.focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(400)
    assert menu.get_attribute("aria-expanded") == "true"
    state = page.evaluate(_FOCUS)
    assert state["seen"] and "md-nav" in state["html"], state
    page.keyboard.press("Escape")
    page.wait_for_timeout(400)
    assert page.evaluate("document.getElementById('__drawer').checked") is False
    assert page.evaluate("document.activeElement.getAttribute('for')") == "__drawer"

    search = page.locator('label.md-header__button[for="__search"]')
    search.focus()
    page.keyboard.press(" ")
    page.wait_for_timeout(400)
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("Yunarmiya")
    page.locator(".md-search-result__item").first.wait_for()
    assert page.locator(".md-search-result__item").first.is_visible()


def test_tab_through_the_search_box_moves_on(new_page, base_url):
    """Tab into the search box opens the search; the next Tab leaves it, and the focus stays gone."""
    page = new_page(viewport=DESKTOP)
    page.goto(base_url)
    page.locator(".md-search__input").focus()
    page.keyboard.press("Tab")
    page.wait_for_timeout(300)
    assert not page.evaluate("document.activeElement.classList.contains('md-search__input')")


def test_tab_after_the_content_never_lands_on_back_to_top(new_page, base_url):
    """The back-to-top button shows and hides with scrolling; focused as it hides, the focus would
    fall back to the start of the page. Tab from the article's last link goes to the footer."""
    page = new_page(viewport=DESKTOP)
    page.goto(base_url + "figures/")
    page.locator("article :is(a[href], summary):visible").last.focus()  # its last stop (folded entries: their summaries)
    page.mouse.wheel(0, -400)  # scrolling up shows the button
    page.wait_for_timeout(300)
    assert page.evaluate("document.querySelector('.md-top').hidden") is False
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('.md-footer, footer')"), page.evaluate("document.activeElement.outerHTML.slice(0, 80)")
