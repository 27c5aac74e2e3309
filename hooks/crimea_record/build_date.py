"""The date a build is made on, the same for every page of one build and for every build of
one commit when SOURCE_DATE_EPOCH is set (the reproducible-builds convention MkDocs itself
follows for the sitemap)."""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping


class BuildDateError(ValueError):
    """SOURCE_DATE_EPOCH is set but is not a whole number of seconds."""

    def __init__(self, value: str) -> None:
        self.value = value
        super().__init__(f"SOURCE_DATE_EPOCH={value!r} is not a whole number of seconds since 1970-01-01 UTC: unset it or give one such as 1764892800")


def build_date(environ: Mapping[str, str] = os.environ) -> dt.date:
    """The UTC date of SOURCE_DATE_EPOCH if set, else today's UTC date."""
    value = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return dt.datetime.now(dt.UTC).date()
    if not value.isdigit():
        raise BuildDateError(value)
    return dt.datetime.fromtimestamp(int(value), dt.UTC).date()
