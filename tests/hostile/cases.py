"""The attack run of issue 12 as cases: each hostile input, the issue's item it belongs to,
and the exact `file:line:col: message` lines an editor gets for it (none: it is accepted and
shown as text). Applied to a copy of the fixture project (tests/fixtures/project/)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fixture_project import FIXTURE


@dataclass(frozen=True)
class Case:
    name: str
    item: int
    edit: Callable[[Path], None]
    messages: tuple[str, ...]

    def __str__(self) -> str:
        return self.name


def replace(file: str, old: str, new: str) -> Callable[[Path], None]:
    def edit(project: Path) -> None:
        path = project / file
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {file}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


def write(file: str, content: str | bytes) -> Callable[[Path], None]:
    def edit(project: Path) -> None:
        path = project / file
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")

    return edit


def append(file: str, text: str) -> Callable[[Path], None]:
    def edit(project: Path) -> None:
        path = project / file
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")

    return edit


FIG = "data/figures.yml"
LABEL = "label: Fixture cases counted for testing"  # line 5, value at column 10
MARKER_MSG = "is a reference marker; markers work only in the pages (docs/*.md), not in data text: write the words or the number out"
ALIAS = "the data files do not use aliases; write the value out in full"
BOMB = "\n- id: bomb\n  a: &a [x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
"""A 1 KB version grows to 10^9 values; three levels are enough to show every alias refused."""


def _lines(name: str) -> int:
    """Lines the fixture's data file has before the bomb is appended (redirects.yml: none)."""
    path = FIXTURE / "data" / name
    return path.read_text(encoding="utf-8").count("\n") if path.exists() else 0
CHAR_END = "delete it (retype the text around it if unsure)"

CASES = [
    # 1. Text from data never runs: a marker in data text is refused, with its place.
    Case("marker-and-img-in-label", 1, replace(FIG, LABEL, "label: Cases {{ fig fixture-convictions }} <img src=x onerror=alert(document.domain)>"),
         (f"data/figures.yml:5:10: figure 'fixture-cases': field 'label': '{{{{ fig fixture-convictions }}}}' {MARKER_MSG}",)),
    Case("marker-in-event-title", 1, replace("data/events.yml", "title: Fixture event on a day", "title: Day {{ event fixture-event-year }}"),
         (f"data/events.yml:6:10: event 'fixture-event-day': field 'title': '{{{{ event fixture-event-year }}}}' {MARKER_MSG}",)),
    Case("marker-in-history-note", 1, replace(FIG, "note: An invented earlier count.", "note: Was {{ fig fixture-people }}"),
         (f"data/figures.yml:18:13: figure 'fixture-cases': field 'history' item 1: field 'note': '{{{{ fig fixture-people }}}}' {MARKER_MSG}",)),
    Case("half-marker-in-source-title", 1, replace("data/sources.yml", "title: Fixture Report on Invented Counts", "title: Fixture {{ report"),
         ("data/sources.yml:5:10: source 'fixture-report': field 'title': '{{' is how a reference marker starts or ends; markers work only in the pages (docs/*.md), not in data text: write the words or the number out",)),
    # 4. Located messages instead of tracebacks.
    Case("non-utf8-redirects", 4, write("data/redirects.yml", b"- old: gone\xff/\n  new: figures/\n"),
         ("data/redirects.yml:1:12: the file is not UTF-8 text (invalid start byte): save it as UTF-8",)),
    Case("redirect-over-a-file", 4, write("data/redirects.yml", "- old: sitemap.xml/\n  new: figures/\n"),
         ("data/redirects.yml:1:8: 'sitemap.xml/' names a file, not a page: a redirect can only replace a page's address, such as old-page/",)),
    Case("recursive-alias", 4, replace(FIG, "note: An invented count.", "note: &r [*r]"),
         (f"data/figures.yml:12:13: '*r' repeats a value marked with '&r' (a YAML alias): {ALIAS}",)),
    Case("nesting-900-deep", 4, replace(FIG, "note: An invented count.", "note: " + "[" * 900 + "]" * 900),
         ("data/figures.yml:12:27: lists and fields are nested more than 20 levels deep here: the data needs at most 4; check the indentation and the brackets",)),
    Case("nesting-200000-deep", 4, replace(FIG, "note: An invented count.", "note: " + "[" * 200_000 + "]" * 200_000),
         ("data/figures.yml:12:27: lists and fields are nested more than 20 levels deep here: the data needs at most 4; check the indentation and the brackets",)),
    Case("5000-digit-value", 4, replace(FIG, "value: 120", "value: " + "9" * 5000),
         ("data/figures.yml:6:10: figure 'fixture-cases': a number of 5,000 digits: numbers here have at most 15; check the value",)),
    Case("year-0000", 4, replace(FIG, "as_of: 2023-05\n  note", "as_of: 0000-05\n  note"),
         ("data/figures.yml:11:10: figure 'fixture-cases': field 'as_of': '0000-05': there is no year 0000; write the year in four digits, e.g. 2015",)),
    # 5. Alias bombs, in any data file, are refused at every alias before anything grows.
    *[
        Case(f"alias-bomb-in-{name}", 5, append(f"data/{name}", BOMB) if name != "redirects.yml" else write(f"data/{name}", BOMB), tuple(
            f"data/{name}:{_lines(name) + line}:{col}: '*{anchor}' repeats a value marked with '&{anchor}' (a YAML alias): {ALIAS}"
            for line, anchor in ((4, "a"), (5, "b")) for col in range(10, 10 + 4 * 9, 4)
        ))
        for name in ("figures.yml", "sources.yml", "legal.yml", "violations.yml", "events.yml", "discrepancies.yml", "redirects.yml")
    ],
    # 9. YAML 1.2 plain values: what 1.1 turned into numbers is text, or refused where a number is wanted.
    Case("yes-label-stays-text", 9, replace(FIG, LABEL, "label: no"), ()),
    Case("hex-value-refused", 9, replace(FIG, "value: 120", "value: 0x10"),
         ("data/figures.yml:6:10: figure 'fixture-cases': field 'value': '0x10' is not a whole number: write the number in decimal digits only, without '_', ':' or a 0x, 0o or 0b prefix, e.g. 1732",)),
    Case("underscore-value-refused", 9, replace(FIG, "value: 120", "value: 1_20"),
         ("data/figures.yml:6:10: figure 'fixture-cases': field 'value': '1_20' is not a whole number: write the number in decimal digits only, without '_', ':' or a 0x, 0o or 0b prefix, e.g. 1732",)),
    Case("sexagesimal-value-refused", 9, replace(FIG, "value: 120", "value: 2:00"),
         ("data/figures.yml:6:10: figure 'fixture-cases': field 'value': '2:00' is not a whole number: write the number in decimal digits only, without '_', ':' or a 0x, 0o or 0b prefix, e.g. 1732",)),
    # 10. Invisible characters: every one reported, lines counted as an editor counts them.
    Case("separators-and-later-lines", 10, replace(FIG, LABEL, "label: Fixture\u2028 cases\x85 counted\u2029 for testing"), (
        f"data/figures.yml:5:17: U+2028 LINE SEPARATOR: a line or paragraph separator that editors do not show as a line break; {CHAR_END}",
        f"data/figures.yml:5:24: U+0085: a line or paragraph separator that editors do not show as a line break; {CHAR_END}",
        f"data/figures.yml:5:33: U+2029 PARAGRAPH SEPARATOR: a line or paragraph separator that editors do not show as a line break; {CHAR_END}",
    )),
    Case("every-forbidden-character-in-a-file", 10, lambda p: (replace(FIG, LABEL, "label: Fixture\u202e cases")(p), replace(FIG, "unit: fixture people", "unit: fixture\x07 people")(p)), (
        f"data/figures.yml:5:17: U+202E RIGHT-TO-LEFT OVERRIDE: a bidirectional control that makes text read differently from what it holds; {CHAR_END}",
        f"data/figures.yml:65:16: U+0007: a control character; {CHAR_END}",
    )),
    Case("zero-width-in-url", 10, replace("data/sources.yml", "url: https://fixture.example.org/report", "url: https://fixture.exam\u200bple.org/report"),
         (f"data/sources.yml:9:28: U+200B ZERO WIDTH SPACE: an invisible zero-width character; {CHAR_END}",)),
    Case("bidi-isolate-in-id", 10, replace(FIG, "- id: fixture-people", "- id: fixture-\u2066people"),
         (f"data/figures.yml:61:15: U+2066 LEFT-TO-RIGHT ISOLATE: a bidirectional control that makes text read differently from what it holds; {CHAR_END}",)),
    Case("id-equal-to-a-heading-slug", 10, lambda p: (
        replace(FIG, "- id: fixture-pupils", "- id: conscription")(p), replace("docs/index.md", "fixture-pupils", "conscription")(p),
        replace("translations/uk/index.md", "fixture-pupils", "conscription")(p)),
        ("data/figures.yml:75:7: figure 'conscription': this id is also the anchor of a heading on figures/, so its permanent link would lead to the heading: choose another id",)),
    Case("block-marker-mid-sentence", 10, append("docs/prosecutions.md", "\nSee {{ cards fixture-cases }} here.\n"),
         ("docs/prosecutions.md:17:5: {{ cards fixture-cases }} draws a block of its own: put it alone on its line, with a blank line before and after",)),
    Case("one-million-character-word", 10, replace(FIG, LABEL, "label: " + "w" * 1_000_000),
         ("data/figures.yml:5:10: figure 'fixture-cases': field 'label': 1,000,000 characters, more than the 10,000 allowed: shorten it",)),
    Case("long-word-in-label", 10, replace(FIG, LABEL, "label: Cases " + "w" * 5000),
         ("data/figures.yml:5:10: figure 'fixture-cases': field 'label': a word of 5,000 characters without a space ('wwwwwwwwwwwwwwwwwwww…'): words here have at most 300; add spaces or shorten it",)),
    # 7 and 8. What only the build used to find: redirects, frames, CSS urls, raw HTML links.
    Case("redirect-to-a-missing-page", 7, write("data/redirects.yml", "- old: gone/\n  new: nowhere/\n"),
         ("data/redirects.yml:2:8: redirect target 'nowhere/': no page 'nowhere/' on this site; write the address of a page of this site, such as figures/",)),
    Case("redirect-to-a-missing-anchor", 7, write("data/redirects.yml", "- old: gone/\n  new: figures/#fixture-casez\n"),
         ("data/redirects.yml:2:8: redirect target 'figures/#fixture-casez': page 'figures/' has no anchor '#fixture-casez' (did you mean 'fixture-cases'?)",)),
    Case("redirect-loop", 7, write("data/redirects.yml", "- old: a/\n  new: b/\n- old: b/\n  new: a/\n"), (
        "data/redirects.yml:2:8: redirect target 'b/': no page 'b/' on this site; write the address of a page of this site, such as figures/",
        "data/redirects.yml:2:8: redirect target 'b/' is redirected again on line 3: point it at the final address",
        "data/redirects.yml:4:8: redirect target 'a/': no page 'a/' on this site; write the address of a page of this site, such as figures/",
        "data/redirects.yml:4:8: redirect target 'a/' is redirected again on line 1: point it at the final address",
    )),
    Case("redirect-of-a-page-that-exists", 7, write("data/redirects.yml", "- old: prosecutions/\n  new: figures/\n"),
         ("data/redirects.yml:1:8: 'prosecutions/' still exists: remove this redirect or the page",)),
    Case("iframe-in-prose", 8, append("docs/index.md", "\n<iframe src=\"https://evil.example/frame\"></iframe>\n"),
         ("docs/index.md:9:1: <iframe> in a page: the site runs no script and loads nothing from other sites; remove it",
          "docs/index.md:9:1: <iframe src=\"https://evil.example/frame\"> loads from another site, which the site never does: copy the file into docs/assets/ and point to it there")),
    Case("css-url-in-style-attribute", 8, append("docs/index.md", "\n<div style=\"background: url('//evil.example/bg.png')\">x</div>\n"),
         ("docs/index.md:9:1: CSS 'url('//evil.example/bg.png')' loads from another site or imports a style sheet: copy the file into docs/assets/ and point to it with a relative url()",)),
    Case("css-import-in-style-sheet", 8, append("docs/assets/site.css", "\n@import \"https://evil.example/x.css\";\n"), ()),  # located below
    Case("single-quoted-html-link", 8, append("docs/index.md", "\n<a href='HTTPS://evil.example/x'>x</a>\n"),
         ("docs/index.md:9:1: <a href=\"HTTPS://evil.example/x\"> written as HTML: write the link in Markdown, [text](HTTPS://evil.example/x), so that it opens without telling the other site where the reader came from",)),
    Case("html-link-across-lines", 8, append("docs/index.md", "\n<a\n  href=\"https://evil.example/y\"\n>y</a>\n"),
         ("docs/index.md:9:1: <a href=\"https://evil.example/y\"> written as HTML: write the link in Markdown, [text](https://evil.example/y), so that it opens without telling the other site where the reader came from",)),
    Case("event-handler-in-prose", 8, append("docs/index.md", "\n<span onmouseover=\"alert(1)\">x</span>\n"),
         ("docs/index.md:9:1: <span onmouseover=…>: an event handler is script, which the site does not run; remove the attribute",)),
    Case("image-from-another-host", 8, append("docs/index.md", "\n![pixel](//evil.example/p.png)\n"),
         ("docs/index.md:9:1: an image from another site (//evil.example/p.png): copy it into docs/assets/ and point to it there",)),
    Case("javascript-link", 8, append("docs/index.md", "\n[click](javascript:alert(1))\n"),
         ("docs/index.md:9:1: a javascript:, vbscript: or data: link: such addresses are not allowed; link to a page instead",)),
]
