"""The written pages' Ukrainian translations (translations/uk/), on the real site: each one made
from the current English text, and changing nothing a translation must keep: the references,
the code, the links, the section anchors and the quotations in their original language."""
from __future__ import annotations

import re
from collections import Counter

from conftest import ROOT
from htmltree import parse

from crimea_record.load.markers import CODE, find_references
from crimea_record.render.ukrainian import NOT_TRANSLATED, STALE, page_english_hash

DOCS = ROOT / "docs"
TRANSLATIONS = ROOT / "translations" / "uk"
WRITTEN = sorted(path.name for path in DOCS.glob("*.md"))
TRANSLATED = [name for name in WRITTEN if (TRANSLATIONS / name).is_file()]  # the first test names the others
LINK = re.compile(r"\]\(([^)\s]+)")
# A quotation long enough to be a source's words rather than a term in quotation marks.
QUOTATION = re.compile(r"“[^”]{40,}”")


def _notice(text: str) -> str:
    return text.split('"')[1]


def _pair(name: str) -> tuple[str, str]:
    return (DOCS / name).read_text(encoding="utf-8"), (TRANSLATIONS / name).read_text(encoding="utf-8")


def _references(text: str) -> Counter[str]:
    return Counter(ref.raw for ref in find_references(text, "page"))


def _code(text: str) -> Counter[str]:
    return Counter(match.group(0) for match in CODE.finditer(text))


def _links(text: str) -> Counter[str]:
    return Counter(LINK.findall(text))


def _article(site, name: str):
    folder = site / ("" if name == "index.md" else name.removesuffix(".md"))
    return parse((folder / "index.html").read_text(encoding="utf-8")).find("article")


def test_every_written_page_has_a_translation_made_from_its_current_english_text():
    assert "index.md" in WRITTEN and "editors.md" in WRITTEN
    problems = []
    for name in WRITTEN:
        line = f"<!-- translated-from: {page_english_hash((DOCS / name).read_text(encoding='utf-8'))} -->"
        path = TRANSLATIONS / name
        if not path.is_file():
            problems.append(f"translations/uk/{name} is missing: translate docs/{name}, first line {line}")
        elif path.read_text(encoding="utf-8").split("\n", 1)[0] != line:
            problems.append(f"translations/uk/{name} was made from an older docs/{name}: update it, then its first line to {line}")
    assert problems == []


def test_a_translation_keeps_the_references_code_and_links_of_its_english_page():
    for name in TRANSLATED:
        english, ukrainian = _pair(name)
        for what, found in (("references", _references), ("code", _code), ("link targets", _links)):
            assert found(ukrainian) == found(english), f"translations/uk/{name} changes the {what} of docs/{name}"


def test_each_ukrainian_page_is_the_translation_with_the_english_sections_anchors(built_site):
    checked = 0
    for name in TRANSLATED:
        english, ukrainian = _article(built_site, name), _article(built_site / "uk", name)
        words = ukrainian.words()
        assert _notice(NOT_TRANSLATED) not in words and _notice(STALE) not in words, f"uk/{name}"
        heading_ids = {h.attrs["id"] for h in english.iter() if re.fullmatch(r"h[2-6]", h.tag) and "id" in h.attrs}
        ids = {e.attrs["id"] for e in ukrainian.iter() if "id" in e.attrs}
        assert heading_ids <= ids, f"uk/{name} lacks the English section anchors {sorted(heading_ids - ids)}"
        checked += len(heading_ids)
    assert checked >= 20


def test_quotations_stay_in_english_and_are_marked_as_english(built_site):
    """A source's words are never translated in place: the Ukrainian page shows them verbatim,
    in an element marked lang="en" so that a screen reader reads them as English."""
    checked = 0
    for name in TRANSLATED:
        english, _ = _pair(name)
        prose = CODE.sub("", english)
        english_parts = [e.words() for e in _article(built_site / "uk", name).find_all(lang="en")]
        for quotation in QUOTATION.findall(prose):
            quotation = " ".join(quotation.replace("'", "’").split())  # as the built page types it
            assert any(quotation in part for part in english_parts), f"uk/{name} does not show {quotation[:50]!r}… in English"
            checked += 1
    assert checked >= 3
