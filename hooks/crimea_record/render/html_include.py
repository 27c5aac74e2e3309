"""A page's rendered HTML moved into another page, without rendering its Markdown again.

Read with the standard library's HTML parser; only the start and end tags that must change
are rewritten, everything else is copied byte for byte: headings one level down, every id
(and the ids that aria-labelledby, aria-describedby and `for` point at) renamed, every link
and image address passed through a function that says where it should point from its new page
(a link made absolute gets rel="noopener noreferrer", as links to other sites do).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from html.parser import HTMLParser

from .external_links import REL

_HEADINGS = {f"h{n}": f"h{min(n + 1, 6)}" for n in range(1, 7)}
_ID_LISTS = ("aria-labelledby", "aria-describedby", "for")
_ADDRESSES = ("href", "src")
_ATTR_NAME = re.compile(r"\s([^\s\"'>/=]+)")


def moved(html: str, rename_id: Callable[[str], str], address: Callable[[str], str]) -> tuple[str, set[str]]:
    """`html` with headings demoted, `rename_id` applied to ids and `address` to href and src;
    and the ids it now holds."""
    rewriter = _Rewriter(html, rename_id, address)
    rewriter.feed(html)
    rewriter.close()
    return rewriter.result(), rewriter.ids


class _Rewriter(HTMLParser):
    def __init__(self, html: str, rename_id: Callable[[str], str], address: Callable[[str], str]):
        super().__init__(convert_charrefs=False)
        self.html = html
        self.rename_id, self.address = rename_id, address
        self.line_starts = [0]
        for line in html.splitlines(keepends=True):
            self.line_starts.append(self.line_starts[-1] + len(line))
        self.edits: list[tuple[int, int, str]] = []  # (start, end, new text)
        self.ids: set[str] = set()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag, attrs):
        self._start(tag, attrs, closed=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        raw = self.get_starttag_text() or ""
        new_attrs, changed = [], tag in _HEADINGS
        for name, value in attrs:
            if value is not None and name == "id":
                value, changed = self.rename_id(value), True
                self.ids.add(value)
            elif value is not None and name in _ID_LISTS:
                value, changed = " ".join(self.rename_id(i) for i in value.split()), True
            elif value is not None and name in _ADDRESSES:
                new = self.address(value)
                value, changed = new, changed or new != value
            new_attrs.append((name, value))
        href = dict(new_attrs).get("href")
        if tag == "a" and changed and href and href.lower().startswith(("http://", "https://")):
            # Now an absolute address, as links to other sites get it (render/external_links.py).
            new_attrs = [(n, v) for n, v in new_attrs if n != "rel"] + [("rel", REL)]
        if not changed:
            return
        name = _HEADINGS.get(tag, raw[1 : 1 + len(tag)])  # keeps the tag's case (SVG)
        # The parser lowers attribute names; SVG's are written in mixed case (viewBox).
        spelled = {n.lower(): n for n in _ATTR_NAME.findall(raw)}
        text = "".join(
            f" {spelled.get(n, n)}" if v is None else f' {spelled.get(n, n)}="{escape(v, quote=True)}"' for n, v in new_attrs
        )
        start = self._offset()
        self.edits.append((start, start + len(raw), f"<{name}{text}{' /' if closed else ''}>"))

    def handle_endtag(self, tag):
        if tag in _HEADINGS:
            start = self._offset()
            end = self.html.index(">", start) + 1
            self.edits.append((start, end, f"</{_HEADINGS[tag]}>"))

    def result(self) -> str:
        out, at = [], 0
        for start, end, text in self.edits:
            out += [self.html[at:start], text]
            at = end
        out.append(self.html[at:])
        return "".join(out)
