"""Last touches on rendered HTML: links that leave the site say so and pass nothing on."""
from __future__ import annotations

import re

_EXTERNAL = re.compile(r'<a (?=[^>]*href="https?://)([^>]*)>')


def finish_html(html: str) -> str:
    """Give every link to another site rel="noopener noreferrer" (no referrer leaks)."""

    def add_rel(match: re.Match) -> str:
        attrs = re.sub(r'\s*rel="[^"]*"', "", match.group(1))
        return f'<a {attrs} rel="noopener noreferrer">'

    return _EXTERNAL.sub(add_rel, html)
