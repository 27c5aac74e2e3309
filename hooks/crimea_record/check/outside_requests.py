"""Nothing in the pages may fetch from another site or run script; outgoing links get `rel`.

The privacy plugin audits only the assets it knows (scripts, style sheets, images); a frame,
an <object>, a CSS url() or @import, or a link written in raw HTML (which the Markdown
extension that sets rel="noopener noreferrer" never sees) would pass it. This check reads the
raw HTML and CSS in every page, and the site's own style sheets, and reports each with its place.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from ..errors import ErrorSink, Loc
from ..load.markers import CODE

OTHER_HOST = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
"""An address on another host: https://…, HTTPS://…, //host/… (any scheme, any case)."""
_SCRIPT_URL = re.compile(r"^\s*(?:javascript|vbscript|data)\s*:", re.I)
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""", re.I | re.S)
_FETCHING = {"src", "srcset", "data", "poster", "background", "action", "formaction", "codebase", "cite", "longdesc", "manifest", "ping", "xlink:href"}
_MD_LINK = re.compile(r"(!?)\[[^\]\n]*\]\(\s*<?([^)\s>]*)")


def _blank_code(text: str) -> str:
    """The text with code spans and fenced blocks blanked out, lines and columns kept."""
    return CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


class _Scanner(HTMLParser):
    def __init__(self, file: str, sink: ErrorSink) -> None:
        super().__init__(convert_charrefs=True)
        self.file, self.sink, self.in_style = file, sink, False

    def _loc(self, col_offset: int = 0) -> Loc:
        line, col = self.getpos()
        return Loc(self.file, line, col + 1 + col_offset)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta"):
            self.sink.add(self._loc(), f"<{tag}> in a page: the site runs no script and loads nothing from other sites; remove it")
        self.in_style = tag == "style"
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.sink.add(self._loc(), f"<{tag} {name}=…>: an event handler is script, which the site does not run; remove the attribute")
            elif name == "style":
                self._css(value, self._loc())
            elif _SCRIPT_URL.match(value) and name in _FETCHING | {"href"}:
                self.sink.add(self._loc(), f"<{tag} {name}=\"{value[:40]}\">: javascript:, vbscript: and data: addresses are not allowed; link to a page instead")
            elif name in _FETCHING and OTHER_HOST.match(value):
                self.sink.add(self._loc(), f"<{tag} {name}=\"{value[:60]}\"> loads from another site, which the site never does: copy the file into docs/assets/ and point to it there")
            elif name == "href" and OTHER_HOST.match(value):
                self.sink.add(self._loc(), f"<{tag} href=\"{value[:60]}\"> written as HTML: write the link in Markdown, [text]({value.strip()[:60]}), so that it opens without telling the other site where the reader came from")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self.in_style = False

    def handle_endtag(self, tag: str) -> None:
        self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self._css(data, self._loc())

    def _css(self, css: str, loc: Loc) -> None:
        for match in _CSS_URL.finditer(css):
            address = match.group(2) if match.group(2) is not None else match.group(4)
            if match.group(4) is not None or OTHER_HOST.match(address) or _SCRIPT_URL.match(address):
                self.sink.add(loc, f"CSS '{match.group(0)[:60]}' loads from another site or imports a style sheet: copy the file into docs/assets/ and point to it with a relative url()")


def check_page_html(text: str, file: str, sink: ErrorSink) -> None:
    """Report raw HTML in a page's Markdown that would fetch from another site or run script."""
    plain = _blank_code(text)
    scanner = _Scanner(file, sink)
    scanner.feed(plain)
    scanner.close()
    for match in _MD_LINK.finditer(plain):
        image, address = match.group(1), match.group(2)
        line = plain.count("\n", 0, match.start()) + 1
        col = match.start() - (plain.rfind("\n", 0, match.start()) + 1) + 1
        if _SCRIPT_URL.match(address):
            sink.add(Loc(file, line, col), "a javascript:, vbscript: or data: link: such addresses are not allowed; link to a page instead")
        elif image and OTHER_HOST.match(address):
            sink.add(Loc(file, line, col), f"an image from another site ({address[:60]}): copy it into docs/assets/ and point to it there")


def check_style_sheets(docs_dir: Path, root: Path, sink: ErrorSink, shown) -> None:
    """The site's own CSS files: no url() to other sites, no @import."""
    for path in sorted(docs_dir.rglob("*.css")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in _CSS_URL.finditer(text):
            address = match.group(2) if match.group(2) is not None else match.group(4)
            if match.group(4) is not None or OTHER_HOST.match(address):
                line = text.count("\n", 0, match.start()) + 1
                col = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
                sink.add(Loc(shown(path, root), line, col), f"'{match.group(0)[:60]}' loads from another site or imports a style sheet: copy the file into docs/assets/ and use a relative url()")
