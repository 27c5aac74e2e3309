"""data/redirects.yml against the site's pages and anchors, before anything is written.

Every rule that `publish/redirects.py` would otherwise find in the built site is checked here,
so `check` reports it and a build with a wrong redirect fails before it writes a file: the
target page and anchor exist, the old address is really gone, and no redirect points at an
address that is itself redirected (which also rules out loops).
"""
from __future__ import annotations

import re

from markdown.extensions.toc import slugify

from ..errors import ErrorSink, did_you_mean
from ..load.redirects_file import Redirect

_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t]*(?:\{([^}\n]*)\})?[ \t]*$", re.M)
_ATTR_ID = re.compile(r"(?<![\w-])#([\w-]+)")
_HTML_ID = re.compile(r"""<[A-Za-z][^>]*?\sid=["']([^"']+)["']""")
_FENCED = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.M | re.S)


def page_address(path: str) -> str:
    """The site address of a docs-relative page: figures.md -> figures/, index.md -> ''."""
    stem = path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        stem = stem.removesuffix("index")
        return stem
    return stem + "/"


def heading_anchors(markdown: str) -> list[tuple[str, bool]]:
    """Each heading's anchor, and whether the page gave it explicitly ({ #id })."""
    found = []
    for heading in _HEADING.finditer(_FENCED.sub("", markdown)):
        explicit = _ATTR_ID.search(heading.group(2) or "")
        if explicit:
            found.append((explicit.group(1), True))
        else:
            plain = re.sub(r"\\(.)", r"\1", re.sub(r"[*_`]", "", heading.group(1)))
            found.append((slugify(plain, "-"), False))
    return found


def anchors(markdown: str) -> set[str]:
    """The anchors a page's Markdown gives: headings and HTML ids."""
    return {a for a, _ in heading_anchors(markdown)} | set(_HTML_ID.findall(markdown))


def check_redirects(redirects: list[Redirect], page_anchors: dict[str, set[str]], sink: ErrorSink) -> None:
    """`page_anchors`: every page's address and its anchors."""
    olds: dict[str, Redirect] = {}
    for redirect in redirects:
        old_loc, new_loc = redirect.locs["old"], redirect.locs["new"]
        new_page, _, new_anchor = redirect.new.partition("#")
        if new_page not in page_anchors:
            hint = did_you_mean(new_page, page_anchors) or "; write the address of a page of this site, such as figures/"
            sink.add(new_loc, f"redirect target '{redirect.new}': no page '{new_page or '/'}' on this site{hint}")
        elif new_anchor and new_anchor not in page_anchors[new_page]:
            hint = did_you_mean(new_anchor, page_anchors[new_page])
            sink.add(new_loc, f"redirect target '{redirect.new}': page '{new_page or '/'}' has no anchor '#{new_anchor}'{hint}")
        if "." in redirect.old_page.rstrip("/").rpartition("/")[2]:
            sink.add(old_loc, f"'{redirect.old}' names a file, not a page: a redirect can only replace a page's address, such as old-page/")
        elif redirect.old_page in page_anchors:
            if not redirect.old_anchor:
                sink.add(old_loc, f"'{redirect.old}' still exists: remove this redirect or the page")
            elif redirect.old_anchor in page_anchors[redirect.old_page]:
                sink.add(old_loc, f"'{redirect.old}' still exists on its page: remove this redirect")
        if redirect.old in olds:
            sink.add(old_loc, f"'{redirect.old}' is redirected twice (first on line {olds[redirect.old].locs['old'].line}): keep one")
        olds.setdefault(redirect.old, redirect)
    for redirect in redirects:
        onward = olds.get(redirect.new) or olds.get(redirect.new.partition("#")[0]) if redirect.new != redirect.old else redirect
        if onward is not None:
            what = "itself" if onward is redirect else f"redirected again on line {onward.locs['old'].line}"
            sink.add(redirect.locs["new"], f"redirect target '{redirect.new}' is {what}: point it at the final address")
