"""Which links show their address on paper: each address is printed once.

Printed, a link to another site is followed by its address (docs/assets/site.css, `@media print`).
A link whose text already is its address, or whose address the page has shown before, gets the
class `address-shown` instead, and prints as its text alone: the sources' "Address:" lines would
otherwise print every address twice, and the Full report the same address many times.
"""
from __future__ import annotations

import re
from html import unescape

CLASS = "address-shown"
_LINK = re.compile(r"<a(\s[^>]*)?>(.*?)</a>", re.S | re.I)
_HREF = re.compile(r"""\shref=(?:"([^"]*)"|'([^']*)')""", re.I)
_CLASS = re.compile(r"""(\sclass=)(?:"([^"]*)"|'([^']*)')""", re.I)
_TAG = re.compile(r"<[^>]*>")


def mark(html: str) -> str:
    """`html` with the class `address-shown` on every link to another site whose address is
    already shown: by its own text, or by an earlier link on the page."""
    shown: set[str] = set()

    def one(link: re.Match[str]) -> str:
        attrs, text = link.group(1) or "", link.group(2)
        href = _HREF.search(attrs)
        address = unescape((href.group(1) if href.group(1) is not None else href.group(2)) if href else "").strip()
        if not address.lower().startswith(("http://", "https://")):
            return link.group(0)
        words = " ".join(unescape(_TAG.sub("", text)).split())
        classes = _CLASS.search(attrs)
        names = ((classes.group(2) if classes.group(2) is not None else classes.group(3)) or "").split() if classes else []
        already = address in shown or words.rstrip("/") == address.rstrip("/")
        shown.add(address)
        if not already or CLASS in names:
            return link.group(0)
        if classes:
            attrs = attrs[: classes.start()] + f'{classes.group(1)}"{" ".join([*names, CLASS])}"' + attrs[classes.end() :]
        else:
            attrs += f' class="{CLASS}"'
        return f"<a{attrs}>{text}</a>"

    return _LINK.sub(one, html)
