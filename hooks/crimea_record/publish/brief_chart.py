"""The brief's chart: one counter's published values of a figure, oldest first, as SVG.

Columns stand evenly spaced, each over the date of its count (counts come at uneven
intervals; the caption says so). A value the source gives as exact is a filled column; one it
gives as "at least", "more than" or "about" is an outlined column with its qualifier in the
label, and the key under the chart says so. A value whose source states no date stands apart,
after a dashed line, over "date not stated". Every text from the data is escaped here, once.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from ..model.records import Figure
from ..render.language import _, counter, number, qualifier, short_date, stated_value, text, unit_after_number

WIDTH, HEIGHT = 640, 252
TOP, BOTTOM, LEFT, RIGHT = 42, 204, 8, 8  # the plot area's edges; below BOTTOM the dates
INK, MUTED, FILL, GRID = "#212121", "#545454", "#303f9f", "#d0d0d0"


@dataclass(frozen=True)
class Point:
    when: str  # as shown under the column
    stated: str  # '574', 'at least 281'
    value: int
    exact: bool
    dated: bool
    qualifier: str = ""  # 'at least', 'щонайменше': shown above the number, which then stays short


def points(figure: Figure) -> list[Point]:
    """The figure's earlier values and its current one, oldest first."""
    history = sorted(figure.history, key=lambda e: e.as_of.sort_key())
    out = [Point(short_date(e.as_of), stated_value(e), e.value, e.qualifier == "exact", True, qualifier(e.qualifier)) for e in history]
    latest = short_date(figure.as_of) if figure.as_of else _("date not stated")
    out.append(Point(latest, stated_value(figure), figure.value, figure.qualifier == "exact", figure.as_of is not None, qualifier(figure.qualifier)))
    return out


def title(figure: Figure, dataset) -> str:
    return _("{label}, counted by {counter}: values over time").format(label=text(figure, "label"), counter=counter(dataset, figure))


def growth_svg(figure: Figure, dataset) -> str:
    """The chart as an <svg> element, with a <title> and a <desc> giving every value."""
    shown = points(figure)
    largest = max(p.value for p in shown) or 1
    slot = (WIDTH - LEFT - RIGHT) / len(shown)
    bar = min(48.0, slot * 0.55)
    body: list[str] = []
    for step in _grid(largest):
        y = BOTTOM - (BOTTOM - TOP) * step / largest
        body.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="{GRID}" stroke-width="0.7"/>')
        body.append(f'<text x="{LEFT}" y="{y - 3:.1f}" font-family="Brief Sans" font-size="10" fill="{MUTED}">{escape(number(step))}</text>')
    for i, point in enumerate(shown):
        centre = LEFT + slot * (i + 0.5)
        height = max(1.5, (BOTTOM - TOP) * point.value / largest)
        x, y = centre - bar / 2, BOTTOM - height
        if not point.dated:  # apart from the dated ones: no place on the time order
            line_x = LEFT + slot * i
            body.append(f'<line x1="{line_x:.1f}" y1="{TOP - 30}" x2="{line_x:.1f}" y2="{HEIGHT - 2}" stroke="{MUTED}" stroke-width="1" stroke-dasharray="4 3"/>')
        if point.exact:
            body.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{height:.1f}" fill="{FILL}"/>')
        else:
            body.append(f'<rect x="{x + 1:.1f}" y="{y + 1:.1f}" width="{bar - 2:.1f}" height="{height - 1:.1f}" fill="#ffffff" stroke="{FILL}" stroke-width="2" stroke-dasharray="5 3"/>')
        if point.qualifier:  # above the number, smaller: 'at least' / 'щонайменше' fits over its column
            body.append(_label(centre, y - 21, [point.qualifier], size=11, colour=MUTED))
        body.append(_label(centre, y - 6, [number(point.value)] if point.qualifier else [point.stated], size=13, weight="600"))
        body.append(_label(centre, BOTTOM + 18, _two_lines(point.when, 11), size=12, colour=MUTED))
    body.append(f'<line x1="{LEFT}" y1="{BOTTOM}" x2="{WIDTH - RIGHT}" y2="{BOTTOM}" stroke="{INK}" stroke-width="1.2"/>')
    description = _("{count} values published by the same counter, oldest first.").format(count=len(shown))
    description += " " + " ".join(f"{p.when}: {p.stated} {unit_after_number(figure, p.value)}." for p in shown)
    return (
        f'<svg class="brief-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(title(figure, dataset))}</title><desc>{escape(description)}</desc>" + "".join(body) + "</svg>"
    )


def key(figure: Figure, dataset) -> list[str]:
    """The lines under the chart: how to read it, and whose count it is (plain text, not escaped)."""
    shown = points(figure)
    lines = [_("Columns are evenly spaced: the counts were published at uneven intervals, each on the date under it.")]
    if not all(p.exact for p in shown):
        lines.append(_("Filled column: the source gives the exact number. Outlined column: the source gives it as “at least”, “more than” or “about”."))
    if not all(p.dated for p in shown):
        lines.append(_("After the dashed line: the latest value, whose source states no date."))
    lines.append(_("Counted by {counter}; each value's source is listed under Sources.").format(counter=counter(dataset, figure)))
    return lines


def _grid(largest: int) -> list[int]:
    """Three or four round steps below the largest value."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000):
        if largest / step <= 5:
            return list(range(step, largest + 1, step))
    return []


def _two_lines(words: str, chars: int) -> list[str]:
    """A label longer than `chars` broken at its middle space ('date not' / 'stated')."""
    if len(words) <= chars or " " not in words:
        return [words]
    spaces = [i for i, ch in enumerate(words) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(words) / 2))
    return [words[:cut], words[cut + 1:]]


def _label(x: float, y: float, lines: list[str], *, size: int, weight: str = "400", colour: str = INK) -> str:
    """Lines of text centred on x, the first on the baseline y, each escaped."""
    spans = "".join(f'<tspan x="{x:.1f}" dy="{0 if i == 0 else size + 2}">{escape(line)}</tspan>' for i, line in enumerate(lines))
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="middle" font-family="Brief Sans" font-size="{size}" '
            f'font-weight="{weight}" fill="{colour}">{spans}</text>')
