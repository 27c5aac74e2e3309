"""The `extra:` settings in mkdocs.yml that the site reads, declared with MkDocs' config options.

A wrong value stops the build with the setting's name and what it may be (`SettingsError`),
before anything is read or built. Material's own `extra:` settings (generator, social, ...)
are left to Material.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c


class _Text(c.BaseConfigOption[str]):
    """Text on one line; empty or left out means "not set"."""

    def __init__(self, default: str = "") -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> str:
        if value is None:
            return self.default
        if not isinstance(value, str) or "\n" in value:
            raise base.ValidationError(f"expected text on one line, not {value!r}")
        return value


class _YesOrNo(c.BaseConfigOption[bool]):
    def __init__(self, default: bool = False) -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> bool:
        if value is None:
            return self.default
        if not isinstance(value, bool):
            raise base.ValidationError(f"expected true or false, not {value!r}")
        return value


class _WebAddress(_Text):
    def run_validation(self, value: object) -> str:
        text = super().run_validation(value)
        if text and not re.match(r"https?://[^\s/]+\.[^\s]*$", text):
            raise base.ValidationError(f"expected a web address starting with https:// or http://, not {value!r}")
        return text


class _Day(c.BaseConfigOption[str]):
    """A day as YYYY-MM-DD (quoted or not: YAML reads an unquoted one as a date)."""

    def run_validation(self, value: object) -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        allowed = 'expected a day as "YYYY-MM-DD", such as "2026-11-25"'
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise base.ValidationError(f"{allowed}, not {value!r}")
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise base.ValidationError(f"{allowed}; {value!r} is not a day of the calendar") from None
        return value


class ExtraSettings(base.Config):
    """What the site reads from `extra:`; each option's comment in mkdocs.yml says what it does."""

    licence_name = _Text()
    licence_title = _Text()
    licence_url = _WebAddress()
    licence_spdx = _Text()
    offline_copy = _YesOrNo(default=False)
    report_pdf = _YesOrNo(default=False)
    publisher = _Text()
    contact = _Text()
    updated = _Day()


class SettingsError(Exception):
    """Wrong values in `extra:`: each as (setting, what is wrong and what it may be)."""

    def __init__(self, config_file: str, problems: list[tuple[str, str]]) -> None:
        self.config_file = config_file
        self.problems = problems
        super().__init__("\n".join(f"{config_file}: extra.{name}: {message}" for name, message in problems))


def extra_settings(extra: dict[str, Any], config_file: str = "mkdocs.yml") -> ExtraSettings:
    """The site's `extra:` settings, checked; SettingsError listing every wrong value."""
    settings = ExtraSettings(config_file_path=config_file)
    problems = []
    for name, option in settings._schema:  # each one, not only up to the first wrong one as Config.validate()
        try:
            settings[name] = option.validate(extra.get(name))
        except base.ValidationError as error:
            problems.append((name, str(error)))
    if problems:
        raise SettingsError(config_file, problems)
    return settings
