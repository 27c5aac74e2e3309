"""Sharing: every page has a canonical URL, a meaningful title and description, OpenGraph and
Twitter card tags, all taken from the page itself."""
from __future__ import annotations

import pytest

from crimea_record import permalinks
from crimea_record.sharing import add_share_tags
from htmltree import page

SITE_URL = "https://crimea-conscription.example.org/"
SITE_NAME = "Forced conscription in occupied Crimea"


def pages(site):
    return permalinks.page_addresses(site)


def _meta(head, attr: str, name: str) -> list[str]:
    return [m.attrs["content"] for m in head.find_all("meta") if m.attrs.get(attr) == name]


def test_every_page_has_share_tags(built_site):
    addresses = pages(built_site)
    assert {"/", "/figures/", "/report/", "/data/", "/cite/"} <= set(addresses)
    descriptions, titles = {}, {}
    for address in addresses:
        doc = page(built_site, address.lstrip("/"))
        head = doc.find("head")
        canonical = [link.attrs["href"] for link in head.find_all("link") if link.attrs.get("rel") == "canonical"]
        assert canonical == [SITE_URL + address.lstrip("/")], address
        h1 = doc.find("article").find("h1")
        heading = " ".join(h1.text().replace("¶", "").split())
        title = head.find("title").words()
        if address == "/":
            assert title == SITE_NAME == heading
        else:
            assert title.endswith(f" - {SITE_NAME}") and len(title) > len(SITE_NAME) + 5, (address, title)
        titles[address] = title
        [description] = _meta(head, "name", "description")
        assert 40 <= len(description) <= 200, (address, description)
        assert description.rstrip("…") in doc.find("article").words(), f"{address}: description is not the page's own text"
        descriptions[address] = description
        assert _meta(head, "property", "og:url") == canonical
        assert _meta(head, "property", "og:title") == [heading]
        assert _meta(head, "property", "og:description") == [description]
        assert _meta(head, "property", "og:type") == ["website"]
        assert _meta(head, "property", "og:site_name") == [SITE_NAME]
        assert _meta(head, "name", "twitter:card") == ["summary"]
        assert _meta(head, "name", "twitter:title") == [heading]
        assert _meta(head, "name", "twitter:description") == [description]
        assert not _meta(head, "property", "og:image"), "no card image is generated, so none may be named"
    assert len(set(descriptions.values())) == len(descriptions), "two pages share a description"
    assert len(set(titles.values())) == len(titles), "two pages share a title"


@pytest.mark.parametrize(
    ("paragraph", "content"),
    [
        ('He said "stop" &amp; <em>left</em> the building at once, without a word.', 'He said &quot;stop&quot; &amp; left the building at once, without a word.'),
        ("x" * 50 + " " + "word " * 60, None),
    ],
)
def test_description_is_escaped_and_shortened(paragraph, content):
    html = (
        '<html><head><title>T - S</title><link rel="canonical" href="https://e.org/p/">'
        '<meta name="description" content="site wide"></head><body>'
        f'<article class="md-content__inner md-typeset"><h1 id="t">T</h1><p>{paragraph}</p></article></body></html>'
    )
    out = add_share_tags(html, site_name="S", fallback_description="site wide")
    assert "site wide" not in out
    found = page_meta(out, "description")
    if content:
        assert f'<meta name="description" content="{content}">' in out
    else:
        assert len(found) <= 200 and found.endswith("…")
    assert '<meta property="og:url" content="https://e.org/p/">' in out


def page_meta(html: str, name: str) -> str:
    from htmltree import parse

    return next(m.attrs["content"] for m in parse(html).find_all("meta") if m.attrs.get("name") == name)
