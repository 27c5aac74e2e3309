"""Dates as precise as the source: a year, a month or a day."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, raw: object) -> PartialDate:
        """Accept 2015, "2015", "2024-10" or "2022-09-21"; raise ValueError with the fix."""
        text = str(raw).strip() if not isinstance(raw, bool) else ""
        match = _PATTERN.match(text)
        if not match:
            raise ValueError(
                f"'{raw}' is not a date: write a year (2015), a month (2024-10) or a day (2022-09-21)"
            )
        year = int(match.group(1))
        if year < 1:
            raise ValueError(f"'{raw}': there is no year 0000; write the year in four digits, e.g. 2015")
        month, day = (int(g) if g else None for g in match.groups()[1:])
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"'{raw}' has no month {month}: months run from 01 to 12")
        if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise ValueError(f"'{raw}' is not a day in that month: check the day")
        return cls(year, month, day)

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def end(self) -> dt.date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def human(self) -> str:
        if self.day and self.month:
            return f"{self.day} {calendar.month_name[self.month]} {self.year}"
        if self.month:
            return f"{calendar.month_name[self.month]} {self.year}"
        return str(self.year)

    def __str__(self) -> str:
        return self.iso()
