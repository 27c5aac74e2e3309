"""Characters a data file may not hold, every one reported with its line and column.

Lines are counted at line feeds only, as editors count them: U+2028, U+2029 and U+0085 end a
line for YAML 1.1 but not in an editor, so they would shift every line number after them.
Bidirectional overrides and zero-width characters make text read differently from what it
holds (an id or address that looks right and is not), and control characters have no place
in a record.
"""
from __future__ import annotations

import re
import unicodedata

from ..errors import ErrorSink, Loc

FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # control characters but tab, line feed, carriage return
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069"  # zero-width, line/paragraph separators, bidi
    "\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff]"
)
_KINDS = [
    ("\u2028\u2029\x85", "a line or paragraph separator that editors do not show as a line break"),
    ("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f", "a bidirectional control that makes text read differently from what it holds"),
    ("\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff", "an invisible zero-width character"),
]


def describe(char: str) -> str:
    for chars, what in _KINDS:
        if char in chars:
            return what
    return "a control character"


def check_characters(text: str, file: str, sink: ErrorSink) -> bool:
    """Report every forbidden character in `text`; True if there is none. A byte-order mark
    at the very start is allowed (some editors write one)."""
    ok, line, counted_to = True, 1, 0
    for match in FORBIDDEN.finditer(text):
        start = match.start()
        if start == 0 and match.group() == "\ufeff":
            continue
        line += text.count("\n", counted_to, start)
        counted_to = start
        col = start - (text.rfind("\n", 0, start) + 1) + 1
        char = match.group()
        name = unicodedata.name(char, "")
        sink.add(Loc(file, line, col), f"U+{ord(char):04X}{' ' + name if name else ''}: {describe(char)}; delete it (retype the text around it if unsure)")
        ok = False
    return ok
