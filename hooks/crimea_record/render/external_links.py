"""A Markdown extension: every link to another site gets rel="noopener noreferrer".

The opened page then cannot reach back into this one, and learns nothing of where the
reader came from. Runs on the Markdown tree, so links in raw HTML are not seen: the
generated pages write their outgoing links as Markdown (`markdown_text.external_link`).
"""
from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

REL = "noopener noreferrer"
_OTHER_SITE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
"""https://…, HTTPS://…, //host/… and any other scheme with a host. (Links written in raw HTML
are not in the tree; `check/outside_requests.py` refuses those in the pages.)"""


class _ExternalLinks(Treeprocessor):
    def run(self, root: Element) -> None:
        for link in root.iter("a"):
            if _OTHER_SITE.match(link.get("href", "")):
                link.attrib.pop("rel", None)
                link.set("rel", REL)


class ExternalLinksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # After inline processing (priority 20), where links become elements.
        md.treeprocessors.register(_ExternalLinks(md), "crimea_external_links", 5)


def makeExtension(**kwargs) -> ExternalLinksExtension:  # noqa: N802 (Python-Markdown's entry point)
    return ExternalLinksExtension(**kwargs)
