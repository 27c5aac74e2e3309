"""Charts drawn at build time as inline SVG: a bar chart of figures and a timeline of events.

Each chart is a raw HTML <figure> (role="img", with <title> and <desc> named by
aria-labelledby/aria-describedby) followed by the same data as a Markdown table. Every text
from the data goes through html.escape() in the SVG and md() in the table. Colours come from
CSS classes (docs/assets/site.css) so they follow the light and dark schemes; the inline
`fill` attributes are only a fallback for readers without the stylesheet.
"""
from __future__ import annotations

import textwrap
from html import escape

from ..model.dataset import Dataset
from ..model.dates import PartialDate
from ..model.records import Event, Figure
from . import inline, language
from .language import _, amount, human, short_date, text
from .markdown_text import md, stated_value, typographic

WIDTH = 340  # user units; the SVG scales to the column, so text stays near 15px on a phone
FONT = 15
LINE = 19  # distance between lines of wrapped text
BAR = 20  # thickness of a bar
VALUE_SPACE = 130  # room to the right of the longest bar for its value, e.g. "at least 1,732"


def _escape(text: str) -> str:
    """Data text for SVG: HTML-escaped, and braces as character references so the text can
    never form a reference marker when the page's Markdown is scanned for them."""
    return escape(typographic(text)).replace("{", "&#123;").replace("}", "&#125;")


def _wrap(text: str, chars: int) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), chars) or [""]


def _text(x: float, y: float, lines: list[str], cls: str, anchor: str = "start") -> str:
    """A block of text lines, each escaped, one <tspan> per line."""
    spans = "".join(
        f'<tspan x="{x:g}" dy="{0 if i == 0 else LINE}">{_escape(line)}</tspan>' for i, line in enumerate(lines)
    )
    return f'<text class="{cls}" x="{x:g}" y="{y:g}" text-anchor="{anchor}" fill="currentColor">{spans}</text>'


def _svg(chart_id: str, title: str, description: str, height: float, body: list[str]) -> str:
    return (
        f'<svg class="chart__svg" viewBox="0 0 {WIDTH} {height:g}" role="img" '
        f'aria-labelledby="{chart_id}-title" aria-describedby="{chart_id}-desc" '
        f'font-size="{FONT}" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-title">{_escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{_escape(description)}</desc>' + "".join(body) + "</svg>"
    )


def _figure(kind: str, svg: str, caption: str) -> str:
    # One line, no blank lines: Markdown keeps a raw HTML block exactly as written.
    return f'<figure class="chart chart--{kind}">{svg}<figcaption>{_escape(caption)}</figcaption></figure>'


def bar_chart(figures: list[Figure], page: str, dataset: Dataset) -> str:
    """Horizontal bars, one per figure, lengths proportional to the values, then a table."""
    chart_id = "chart-bars-" + "-".join(f.id for f in figures)
    largest = max(f.value for f in figures) or 1
    body, y = [], 0.0
    for figure in figures:
        label = _wrap(text(figure, "label"), 40)
        body.append(_text(0, y + FONT, label, "chart__label"))
        y += len(label) * LINE + 4
        length = max(2.0, (WIDTH - VALUE_SPACE) * figure.value / largest)
        body.append(f'<rect class="chart__bar" x="0" y="{y:g}" width="{length:.1f}" height="{BAR}" rx="2" fill="currentColor"/>')
        body.append(_text(length + 6, y + BAR - 5, [stated_value(figure)], "chart__value"))
        y += BAR + 16
    title = _("Bar chart") + ": " + "; ".join(text(f, "label") for f in figures)
    description = _("Each bar's length is proportional to its value.") + " " + " ".join(
        f"{text(f, 'label')}: {amount(f)}." for f in figures
    )
    caption = _("Bar lengths are proportional to the values. The table below gives the same figures.")
    table = ['<div class="chart-table" markdown>', "", f"| {_('Figure')} | {_('Value')} |", "| --- | --- |"]
    table += [f"| {md(text(f, 'label'))} | {inline.figure(f, page, dataset)} {_unit(f)} |" for f in figures]
    sources = list(dict.fromkeys(f.source for f in figures))
    links = "; ".join(inline.source(dataset.sources[s], page, dataset) for s in sources)
    table += ["", f"{_('Source') if len(sources) == 1 else _('Sources')}: {links}", "", "</div>"]
    return _figure("bars", _svg(chart_id, title, description, y, body), caption) + "\n\n" + "\n".join(table)


def timeline_chart(events: list[Event]) -> str:
    """Events down a vertical line in date order; gaps between them grow with the years between.

    Meant for the Timeline page itself: the table links to each event's anchor there.
    """
    events = sorted(events, key=lambda e: e.date.sort_key())
    axis, text_x = 56, 70
    body, dots, y, previous = [], [], 8.0, None
    for event in events:
        if previous is not None:
            years = (event.date.start - previous.date.start).days / 365.25
            y += 10 + min(years, 4) * 10  # a longer stretch of line for a longer wait
        if previous is None or previous.date.year != event.date.year:
            body.append(_text(axis - 10, y + FONT, [str(event.date.year)], "chart__year", anchor="end"))
        dots.append(f'<circle class="chart__dot" cx="{axis}" cy="{y + FONT - 4:g}" r="5" fill="currentColor"/>')
        body.append(_text(text_x, y + FONT, [human(event.date)], "chart__date"))
        title = _wrap(text(event, "title"), 32)
        body.append(_text(text_x, y + FONT + LINE, title, "chart__label"))
        y += LINE * (1 + len(title))
        previous = event
    height = y + 8
    line = f'<line class="chart__axis" x1="{axis}" y1="4" x2="{axis}" y2="{height - 4:g}" stroke="currentColor" stroke-width="2"/>'
    first, last = events[0].date, events[-1].date
    chart_title = _("Timeline of events, {first} to {last}").format(first=first.year, last=last.year)
    description = _("{count} dated events, oldest first; space between them grows with the time between.").format(count=len(events)) + " " + " ".join(
        f"{human(e.date)}: {text(e, 'title')}." for e in events
    )
    caption = _("Oldest first; longer stretches of line mean longer gaps. The table and the entries below give the same events.")
    table = ['<div class="chart-table" markdown>', "", f"| {_('Date')} | {_('Event')} |", "| --- | --- |"]
    table += [f"| {md(human(e.date))} | [{md(text(e, 'title'))}](#{e.id}) |" for e in events]
    table += ["", "</div>"]
    svg = _svg("chart-timeline", chart_title, description, height, [line, *dots, *body])
    return _figure("timeline", svg, caption) + "\n\n" + "\n".join(table)


def _short_date(date: PartialDate) -> str:
    """'Jul 2019', '20 Jul 2022', '2015': short enough for the chart's date column on a phone."""
    return short_date(date)


def _unit(figure: Figure) -> str:
    return language.unit_after_number(figure, escape=md, markdown=True)


def history_chart(figure: Figure, page: str, dataset: Dataset) -> str:
    """One counter's published values over time: a row per value, oldest first, each bar
    proportional to its value, then the same values as a table with each one's source.

    A history holds only values of the figure's own counter, so the chart never mixes two.
    Rows are evenly spaced, not placed to scale in time: counts come at uneven intervals.
    """
    points = sorted(figure.history, key=lambda e: e.as_of.sort_key())
    rows = [(_short_date(e.as_of), stated_value(e), e.value, e.source) for e in points]
    latest = _short_date(figure.as_of) if figure.as_of else _("Latest")
    rows.append((latest, stated_value(figure), figure.value, figure.source))
    chart_id = f"chart-history-{figure.id}"
    date_space, gap = 100, 12
    largest = max(r[2] for r in rows) or 1
    body, y = [], 0.0
    for when, stated, value, _source in rows:
        body.append(_text(0, y + BAR - 5, [when], "chart__date"))
        length = max(2.0, (WIDTH - date_space - VALUE_SPACE + 10) * value / largest)
        body.append(
            f'<rect class="chart__bar" x="{date_space}" y="{y:g}" width="{length:.1f}" height="{BAR}" rx="2" fill="currentColor"/>'
        )
        body.append(_text(date_space + length + 6, y + BAR - 5, [stated], "chart__value"))
        y += BAR + gap
    unit = text(figure, "unit")
    title = _("{label}: published values over time").format(label=text(figure, "label"))
    description = (
        _("{count} values published by the same counter, oldest first; each bar's length is proportional to its value.").format(count=len(rows))
        + " " + " ".join(f"{when}: {stated} {language.unit_after_number(figure, value)}." for when, stated, value, _s in rows)
    )
    caption = _("{unit}, as each count was published, oldest first. The table below gives the same values with their sources.").format(unit=unit)
    caption = caption[:1].upper() + caption[1:]
    table = ['<div class="chart-table" markdown>', "", f"| {_('As of')} | {_('Value')} | {_('Source')} |", "| --- | --- | --- |"]
    for (when, stated, _value, source_id), is_latest in zip(rows, [False] * len(points) + [True]):
        shown = md(when) if not is_latest or figure.as_of else _("Latest (the source states no date)")
        cell = inline.figure(figure, page, dataset) if is_latest else md(stated)
        table.append(f"| {shown} | {cell} | {inline.source_short(dataset.sources[source_id], page, dataset)} |")
    table += ["", "</div>"]
    return _figure("history", _svg(chart_id, title, description, y, body), caption) + "\n\n" + "\n".join(table)
