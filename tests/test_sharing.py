"""Sharing: every page has a canonical URL, a meaningful title and description, OpenGraph and
Twitter card tags, all taken from the page itself."""
from __future__ import annotations

import permalinks
import pytest
from conftest import ROOT, mkdocs_build
from htmltree import page

from crimea_record.i18n.languages import load
from crimea_record.publish.sharing import share_tags

SITE_NAME = "Forced conscription in occupied Crimea"
LANGUAGES = load(ROOT)


def pages(site):
    return permalinks.page_addresses(site)


def _meta(head, attr: str, name: str) -> list[str]:
    return [m.attrs["content"] for m in head.find_all("meta") if m.attrs.get(attr) == name]


def test_every_page_has_share_tags_and_no_made_up_address(built_site):
    """The real site has no public address yet: no canonical link, og:url or card image may name one."""
    addresses = pages(built_site)
    assert {"/", "/figures/", "/report/", "/data/", "/cite/"} <= set(addresses)
    descriptions, titles = {}, {}
    for address in addresses:
        doc = page(built_site, address.lstrip("/"))
        head = doc.find("head")
        canonical = [link.attrs["href"] for link in head.find_all("link") if link.attrs.get("rel") == "canonical"]
        assert canonical == [], address
        h1 = doc.find("article").find("h1")
        heading = " ".join(h1.text().replace("¶", "").split())
        title = head.find("title").words()
        lang = LANGUAGES.by_path(address.lstrip("/"))
        site_name = lang.site_name or SITE_NAME  # the site's name in the page's language
        if address == "/":
            assert title == SITE_NAME == heading
        else:
            assert title.endswith(f" - {site_name}") and len(title) > len(site_name) + 5, (address, title)
        titles[address] = title
        [description] = _meta(head, "name", "description")
        assert 40 <= len(description) <= 200, (address, description)
        assert description.rstrip("…") in doc.find("article").words(), f"{address}: description is not the page's own text"
        descriptions[address] = description
        assert _meta(head, "property", "og:url") == []
        assert _meta(head, "property", "og:title") == [heading]
        assert _meta(head, "property", "og:description") == [description]
        assert _meta(head, "property", "og:type") == ["website"]
        assert _meta(head, "property", "og:site_name") == [site_name]
        assert _meta(head, "property", "og:locale") == [lang.og_locale]
        assert _meta(head, "name", "citation_language") == [lang.html_lang] and doc.find("html").attrs["lang"] == lang.html_lang
        assert _meta(head, "name", "twitter:card") == ["summary"]
        assert _meta(head, "name", "twitter:title") == [heading]
        assert _meta(head, "name", "twitter:description") == [description]
        assert not _meta(head, "property", "og:image"), "a card image is named only with the site's public address"
        assert _meta(head, "name", "citation_title") == [heading]
        assert _meta(head, "name", "citation_publisher") == [site_name]
    # Within each language (a Ukrainian page not translated yet has its English page's text).
    for uk in (False, True):
        same_language = [d for a, d in descriptions.items() if a.startswith("/uk/") == uk]
        assert len(set(same_language)) == len(same_language), "two pages share a description"
    assert len(set(titles.values())) == len(titles), "two pages share a title"


@pytest.mark.parametrize(
    ("paragraph", "description"),
    [
        ('He said "stop" &amp; <em>left</em> the building at once, without a word.', 'He said "stop" & left the building at once, without a word.'),
        ("x" * 50 + " " + "word " * 60, None),
    ],
)
def test_description_is_the_first_paragraph_as_plain_text_and_shortened(paragraph, description):
    content = f'<h1 id="t">T<a class="headerlink" href="#t">¶</a></h1><p>Short.</p><p>{paragraph}</p>'
    share = share_tags(content, page_title="T", site_name="S", canonical_url="https://e.org/p/", fallback_description="site wide", locale="en", language="en")
    if description:
        assert share.description == description
    else:
        assert len(share.description) <= 200 and share.description.endswith("…")
    tags = {name: value for _, name, value in share.tags}
    assert tags["og:url"] == "https://e.org/p/" and tags["og:title"] == "T" and tags["og:description"] == share.description


def test_data_text_in_share_tags_is_escaped_once_in_the_built_page(project):
    """A quote and an ampersand in a page's first paragraph: one level of escaping in <head>."""
    index = project / "docs" / "index.md"
    text = index.read_text(encoding="utf-8")
    first_paragraph = next(p for p in text.split("\n\n") if len(p) >= 40 and not p.startswith(("#", "{{", "<")))
    # Escaped in Markdown, so the quotes stay straight (prose quotes are otherwise made typographic).
    index.write_text(text.replace(first_paragraph, 'Quoted \\"words\\" & <b>bold</b> text, long enough to be the description.', 1), encoding="utf-8")
    site = project / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    html = (site / "index.html").read_text(encoding="utf-8")
    expected = "Quoted &#34;words&#34; &amp; bold text, long enough to be the description."
    assert f'<meta property="og:description" content="{expected}">' in html
    assert '<meta name="description" content="Quoted &quot;words&quot; &amp; bold text, long enough to be the description.">' in html
