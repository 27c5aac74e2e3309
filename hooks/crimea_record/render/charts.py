"""Charts drawn at build time as inline SVG: a bar chart of figures and a timeline of events.

Each chart is a raw HTML <figure> (role="img", with <title> and <desc> named by
aria-labelledby/aria-describedby) followed by the same data as a Markdown table. Every text
from the data goes through html.escape() in the SVG and md() in the table. Colours come from
CSS classes (docs/assets/site.css) so they follow the light and dark schemes; the inline
`fill` attributes are only a fallback for readers without the stylesheet.
"""
from __future__ import annotations

import textwrap
from datetime import date as calendar_day
from html import escape

from ..model.dataset import Dataset
from ..model.dates import PartialDate
from ..model.records import Event, Figure
from . import inline, language
from .language import _, amount, counter, human, short_date, text
from .markdown_text import md, stated_value, typographic

WIDTH = 340  # user units; the SVG scales to the column, so text stays near 15px on a phone
FONT = 15
LINE = 19  # distance between lines of wrapped text
HALO = 'paint-order="stroke" stroke="white" stroke-width="4" stroke-linejoin="round" '
"""A label's halo in the background colour: its stroke painted under its letters (a PDF engine
without paint-order would paint it over them: publish/report_pdf.py leaves it out)."""
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
    """'Jul 2019', '20 Jul 2022', '2015': short enough for the chart's labels on a phone."""
    return short_date(date)


def _unit(figure: Figure) -> str:
    return language.unit_after_number(figure, escape=md, markdown=True)


APPROXIMATE = {"at-least", "more-than", "about"}
"""Qualifiers drawn as open dots on dashed lines: the source gives a bound or an estimate."""


def dated_values(figure: Figure) -> int:
    """How many of the figure's values carry a date: a chart over time needs two."""
    return len(figure.history) + (1 if figure.as_of else 0)


def _points(figure: Figure) -> list[tuple[PartialDate | None, str, int, str, bool]]:
    """(date, stated value, value, source id, approximate) for each value, oldest first; the
    current value last, its date None when the source states none."""
    earlier = sorted(figure.history, key=lambda e: e.as_of.sort_key())
    rows: list[tuple[PartialDate | None, str, int, str, bool]] = [
        (e.as_of, stated_value(e), e.value, e.source, e.qualifier in APPROXIMATE) for e in earlier
    ]
    rows.append((figure.as_of, stated_value(figure), figure.value, figure.source, figure.qualifier in APPROXIMATE))
    return rows


def _date_label(date: PartialDate | None) -> str:
    return _short_date(date) if date else _("date not stated")


def history_svg(figure: Figure, dataset: Dataset, address: str = "") -> str:
    """The one drawing of a figure over time, as a complete SVG document fragment: title (what is
    counted and by whom), a time axis with years, each value labelled with its date, open dots and
    dashed lines for "at least"/"more than"/"about", a legend, and the sources under it.

    Used on pages and as a downloadable file (with `address`, the figure's page, as its last line),
    so everything a reader needs is inside it.
    A history holds one counter's values only, so the chart never mixes two counters.
    """
    rows = _points(figure)
    chart_id = f"chart-history-{figure.id}"
    counted_by = counter(dataset, figure)
    publishers = list(dict.fromkeys(text(dataset.sources[r[3]], "publisher") for r in rows))
    label = text(figure, "label")
    body: list[str] = []
    y = 0.0
    title = _wrap(label, 38)
    body.append(_text(0, y + FONT, title, "chart__title"))
    y += len(title) * LINE
    by = _wrap(_("Counted by {counter}").format(counter=counted_by), 44)
    body.append(_text(0, y + FONT, by, "chart__subtitle"))
    y += len(by) * LINE + 6
    # Legend: only the kinds of value this chart has.
    kinds = {r[4] for r in rows}
    lx = 0.0
    for approximate in (False, True):
        if approximate not in kinds:
            continue
        words = _("at least, more than or about") if approximate else _("exact value")
        if lx and lx + 16 + len(words) * 7.5 > WIDTH:  # no room on this line: the next one
            lx, y = 0.0, y + LINE
        body.append(_dot(lx + 6, y + 10, approximate))
        body.append(_text(lx + 16, y + 15, [words], "chart__legend"))
        lx += 34 + len(words) * 7.5
    y += LINE + 6

    # The plot: time across (to scale), value up (from zero).
    left, right = 12.0, WIDTH - 12.0
    dates = [r[0] for r in rows if r[0] is not None]
    undated = len(dates) < len(rows)
    if undated:
        right -= 70  # the undated current value stands apart, after a break in the axis
    first = dates[0].start if dates else None
    last = dates[-1].start if dates else None
    span = max(1, (last - first).days) if first and last else 1
    label_h, headroom = 38.0, 6.0
    plot_h = 130.0
    largest = max(r[2] for r in rows) or 1

    def x_of(date: PartialDate | None) -> float:
        if date is None or first is None:
            return WIDTH - 40.0
        return left + (right - left) * (date.start - first).days / span

    # Each label above its dot, lifted a level when it would overlap one already placed.
    placed: list[tuple[float, float, float, float]] = []
    marks = []
    for date, stated, value, _source, approximate in rows:
        cx = x_of(date)
        cy_rel = plot_h * (1 - value / largest)  # 0 at the top of the plot, plot_h at zero
        width = max(len(stated), len(_date_label(date))) * 8.2 + 6
        x0 = min(max(cx - width / 2, 0), WIDTH - width)
        level = 0
        while True:
            top = cy_rel - 10 - label_h * (level + 1)
            box = (x0, x0 + width, top, top + label_h)
            if not any(b[0] < box[1] and box[0] < b[1] and b[2] < box[3] and box[2] < b[3] for b in placed):
                break
            level += 1
        placed.append(box)
        marks.append((cx, cy_rel, box, stated, date, approximate))
    lift = max(0.0, -min(b[2] for b in placed)) + headroom
    top_y = y + lift
    base = top_y + plot_h
    year_from = first.year if first else None
    grid = [f'<line class="chart__axis" x1="0" y1="{base:g}" x2="{right + 8:g}" y2="{base:g}" stroke="currentColor" stroke-width="1.5"/>']
    if undated:
        grid.append(f'<line class="chart__axis" x1="{WIDTH - 58:g}" y1="{base:g}" x2="{WIDTH:g}" y2="{base:g}" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 4"/>')
    ticks = []
    if first and last and year_from is not None:
        years = list(range(year_from + (0 if first.month == 1 and first.day == 1 else 1), last.year + 1))
        step = 1 if len(years) <= 6 else 2
        for year in years[::step]:
            tx = left + (right - left) * (calendar_day(year, 1, 1) - first).days / span
            ticks.append(f'<line class="chart__axis" x1="{tx:.1f}" y1="{base:g}" x2="{tx:.1f}" y2="{base + 6:g}" stroke="currentColor" stroke-width="1.5"/>')
            ticks.append(_text(tx, base + 6 + FONT, [str(year)], "chart__year", anchor="middle"))
    lines = []
    for (ax, ay, _b1, _s1, _d1, a1), (bx, by_, _b2, _s2, d2, a2) in zip(marks, marks[1:]):
        if d2 is None:
            continue
        dash = ' stroke-dasharray="5 4"' if a1 or a2 else ""
        lines.append(
            f'<line class="chart__line" x1="{ax:.1f}" y1="{top_y + ay:.1f}" x2="{bx:.1f}" y2="{top_y + by_:.1f}" '
            f'stroke="currentColor" stroke-width="2"{dash}/>'
        )
    labels, dots = [], []
    for cx, cy_rel, box, stated, date, approximate in marks:
        dots.append(_dot(cx, top_y + cy_rel, approximate))
        # A label pushed against an edge is aligned to that edge: its width is only estimated, and
        # a centred label a little wider than the estimate would lose its first or last letters.
        if box[0] <= 0:
            at, anchor = 3.0, "start"  # inside the halo's width
        elif box[1] >= WIDTH:
            at, anchor = WIDTH - 3.0, "end"
        else:
            at, anchor = (box[0] + box[1]) / 2, "middle"
        labels.append(_text(at, top_y + box[2] + FONT, [stated], "chart__value", anchor=anchor))
        labels.append(_text(at, top_y + box[2] + FONT + 14, [_date_label(date)], "chart__date", anchor=anchor))
        if box[3] < cy_rel - 12:  # a lifted label: a thin leader down to its dot
            labels.append(
                f'<line class="chart__leader" x1="{cx:.1f}" y1="{top_y + box[3] + 2:.1f}" x2="{cx:.1f}" '
                f'y2="{top_y + cy_rel - 7:.1f}" stroke="currentColor" stroke-width="0.75"/>'
            )
    # Labels last, each with a halo in the background colour, so no line runs through their words.
    labels = [item.replace('<text class="chart__value"', f'<text {HALO}class="chart__value chart__halo"')
              .replace('<text class="chart__date"', f'<text {HALO}class="chart__date chart__halo"') for item in labels]
    leaders = [item for item in labels if item.startswith("<line")]
    body += grid + ticks + lines + leaders + dots + [item for item in labels if not item.startswith("<line")]
    y = base + 6 + FONT + 14
    sources = _wrap(
        (_("Source") if len(publishers) == 1 else _("Sources")) + ": " + "; ".join(publishers), 48
    )
    body.append(_text(0, y, sources, "chart__source"))
    y += len(sources) * LINE
    if address:  # the downloadable file (publish/chart_files.py): where the chart comes from
        where = _address_lines(address, 44)
        body.append(_text(0, y, where, "chart__source"))
        y += len(where) * LINE
    chart_title = _("{label}, counted by {counter}: values over time").format(label=label, counter=counted_by)
    description = _("{count} values published by the same counter, oldest first.").format(count=len(rows)) + " " + " ".join(
        f"{_date_label(d)}: {s} {language.unit_after_number(figure, v)}." for d, s, v, _s, _a in rows
    )
    return _svg(chart_id, chart_title, description, y, body)


def _address_lines(address: str, chars: int) -> list[str]:
    """A web address broken after a slash (or, for a longer part, anywhere) into lines of at most `chars`."""
    parts = [part + "/" for part in address.split("/")[:-1]] + [address.split("/")[-1]]
    lines = [""]
    for piece in (piece for part in parts if part for piece in textwrap.wrap(part, chars, break_on_hyphens=False) or [part]):
        if lines[-1] and len(lines[-1]) + len(piece) > chars:
            lines.append("")
        lines[-1] += piece
    return lines


def _dot(cx: float, cy: float, approximate: bool) -> str:
    if approximate:
        return (
            f'<circle class="chart__dot chart__dot--open" cx="{cx:.1f}" cy="{cy:.1f}" r="5" '
            'fill="white" stroke="currentColor" stroke-width="2"/>'
        )
    return f'<circle class="chart__dot" cx="{cx:.1f}" cy="{cy:.1f}" r="5" fill="currentColor"/>'


def history_chart(figure: Figure, page: str, dataset: Dataset) -> str:
    """One counter's published values over time (history_svg), then the same values as a table
    with each one's date and source, oldest first."""
    rows = _points(figure)
    caption = _("Open dots and dashed lines: values the source gives as “at least”, “more than” or “about”. "
                "The table below gives the same values with their sources.")
    table = ['<div class="chart-table" markdown>', "", f"| {_('As of')} | {_('Value')} | {_('Source')} |", "| --- | --- | --- |"]
    for index, (date, stated, _value, source_id, _approximate) in enumerate(rows):
        is_current = index == len(rows) - 1
        shown = md(_date_label(date))  # as the chart labels it
        cell = inline.figure(figure, page, dataset) if is_current else md(stated)
        table.append(f"| {shown} | {cell} | {inline.source_short(dataset.sources[source_id], page, dataset)} |")
    table += ["", "</div>"]
    return _figure("history", history_svg(figure, dataset), caption) + "\n\n" + "\n".join(table)
