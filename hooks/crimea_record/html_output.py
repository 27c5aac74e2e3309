"""Last touches on rendered HTML: links that leave the site pass nothing on, and the theme's
search dialog gets the accessible name it lacks."""
from __future__ import annotations

import re

_EXTERNAL = re.compile(r'<a (?=[^>]*href="https?://)([^>]*)>')
# Material's search dialog has role="dialog" but no name, which screen readers announce as
# an unnamed dialog (Lighthouse and axe: aria-dialog-name).
_UNNAMED_SEARCH_DIALOG = re.compile(r'<div class="md-search"(?![^>]*aria-label)([^>]*role="dialog")')


def finish_html(html: str) -> str:
    """Give every link to another site rel="noopener noreferrer" (no referrer leaks)."""

    def add_rel(match: re.Match) -> str:
        attrs = re.sub(r'\s*rel="[^"]*"', "", match.group(1))
        return f'<a {attrs} rel="noopener noreferrer">'

    html = _EXTERNAL.sub(add_rel, html)
    return _UNNAMED_SEARCH_DIALOG.sub(r'<div class="md-search" aria-label="Search this site"\1', html)
