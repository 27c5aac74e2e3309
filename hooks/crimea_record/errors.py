"""Errors an editor can act on: file, line, column, what is wrong and how to fix it."""
from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Loc:
    file: str
    line: int
    col: int = 1

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


@dataclass(frozen=True, order=True)
class DataError:
    loc: Loc
    message: str

    def __str__(self) -> str:
        return f"{_one_line(str(self.loc))}: {_one_line(self.message)}"

    def annotation(self) -> str:
        """The mistake as a GitHub Actions workflow command, shown on its line of the pull request."""
        loc = self.loc
        return f"::error file={_command_property(loc.file)},line={loc.line},col={loc.col}::{_command_data(self.message)}"


def _one_line(text: str) -> str:
    """Text from the data on one line of the report, its line breaks and other controls shown as
    escapes: a line of its own could be read as a command (GitHub's `::warning …`, `::stop-commands::`)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


class DataErrors(Exception):
    """All the mistakes found in one run, reported together."""

    def __init__(self, errors: list[DataError]):
        self.errors = sorted(set(errors))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.errors)
        head = f"{count} mistake{'s' if count != 1 else ''} in the site's data; nothing was built:"
        return "\n".join([head, *(f"  {e}" for e in self.errors)])

    def annotations(self) -> str:
        return "\n".join(e.annotation() for e in self.errors)


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def print_errors(errors: DataErrors, report, commands) -> None:
    """The editor's report to `report`; in GitHub Actions also one workflow command per mistake
    to `commands` (the runner reads them from standard output)."""
    print(errors.report(), file=report, flush=True)
    if in_github_actions():
        print(errors.annotations(), file=commands, flush=True)


# Workflow commands end at a line break, and their properties at ',' or ':'; GitHub's
# runner decodes these escapes (actions/toolkit, command.ts).
def _command_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _command_property(text: str) -> str:
    return _command_data(text).replace(":", "%3A").replace(",", "%2C")


class ErrorSink:
    """Collects errors so that one run reports every mistake, not only the first."""

    def __init__(self) -> None:
        self.errors: list[DataError] = []

    def add(self, loc: Loc, message: str) -> None:
        self.errors.append(DataError(loc, message))

    def raise_if_any(self) -> None:
        if self.errors:
            raise DataErrors(self.errors)


def closest(word: str, known: list[str] | set[str] | dict) -> str | None:
    close = difflib.get_close_matches(str(word), sorted(known), n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: str, known: list[str] | set[str] | dict) -> str:
    close = closest(word, known)
    return f" (did you mean '{close}'?)" if close else ""


def shown_path(path: Path, root: Path) -> str:
    """A path as an editor sees it: relative to the project root where possible."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
