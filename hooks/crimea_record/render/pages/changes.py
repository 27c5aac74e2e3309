"""The Changes page: each new value, correction and source, newest first, with the Atom feed."""
from __future__ import annotations

from ...load.corrections_file import Correction
from ..changes import Change
from ..language import _, anchor, human, in_its_language
from ..markdown_text import md, relative

PATH = "changes.md"
FEED = "feed.xml"


def render(changes: list[Change], corrections: list[Correction]) -> str:
    out = [
        f"# {_('Changes')}{anchor('Changes')}",
        "",
        _("What has changed in this record, newest first: each new value of a figure (dated as its "
          "source dates it), each correction this site has made (with what changed and why), and each "
          "report, article, statement or analysis the record draws on (dated by its publication)."),
        "",
        f"{_('Follow updates in a feed reader')}: [{_('Atom feed')}]({FEED}).",
        "",
        f"## {_('Corrections')}{anchor('Corrections')}",
        "",
    ]
    if not corrections:
        out += [_("No corrections have been made so far."), ""]
    for change in changes:
        if change.what == "Correction":
            out += _entry(change)
    out += [f"## {_('New values and sources')}{anchor('New values and sources')}", ""]
    for change in changes:
        if change.what != "Correction":
            out += _entry(change)
    return "\n".join(out)


def _detail(change: Change) -> str:
    detail = in_its_language(md(change.detail), change.detail_language)
    return f"{detail} {md(_('Why:'))} {in_its_language(md(change.why), change.detail_language)}" if change.why else detail


def _entry(change: Change) -> list[str]:
    link = relative(PATH, change.page, change.anchor) if change.page != PATH else f"#{change.anchor}"
    return [
        f"**{md(human(change.date))}** · {md(_(change.what))}: [{in_its_language(md(change.title), change.title_language)}]({link}). {_detail(change)}",
        f"{{ #{change.key} .change }}",
        "",
    ]
