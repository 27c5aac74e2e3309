"""A page's front matter may choose a template of the theme, by name only."""
from __future__ import annotations

import re

from ..errors import ErrorSink, Loc

_FRONT_MATTER = re.compile(r"\A(?:<!--[^\n]*-->[ \t]*\n)?---[ \t]*\n(.*?)^---[ \t]*$", re.S | re.M)
_TEMPLATE = re.compile(r"^template[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.M)
_NAME = re.compile(r"^[\"']?[A-Za-z0-9_-]+\.html[\"']?$")


def check_front_matter(text: str, file: str, sink: ErrorSink) -> None:
    block = _FRONT_MATTER.match(text)
    if block is None:
        return
    for match in _TEMPLATE.finditer(block.group(1)):
        if not _NAME.match(match["value"]):
            start = block.start(1) + match.start("value")
            line = text.count("\n", 0, start) + 1
            col = start - (text.rfind("\n", 0, start) + 1) + 1
            sink.add(Loc(file, line, col), f"template '{match['value'][:60]}': a template is named without a folder, e.g. main.html, and lives in the theme; remove the line or name a template")
