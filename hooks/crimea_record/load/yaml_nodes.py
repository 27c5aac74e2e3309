"""Read YAML into nodes that remember the file, line and column they came from.

Plain values are read by YAML 1.2's rules, not PyYAML's YAML 1.1 ones: only decimal digits
make a number and only true/false a yes-or-no, so 12:30, 0x10, 2_44, 010 and "no" stay text
(an editor who meant a number is told so by the field that wants one). Dates stay text too, for
PartialDate to parse. Aliases (*name) are refused and nesting, size and number length are
limited, each with its own message, before any node is built: a small file cannot make the
build run out of memory or time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..errors import ErrorSink, Loc
from .plain_text import check_characters

MAX_DEPTH = 20
"""Levels of nesting; the data needs 4 (list, entry, history list, history entry)."""
MAX_DIGITS = 15
"""Digits in a number; the largest count anyone reports has 7."""
MAX_FILE_CHARS = 64_000_000


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2's core schema for plain values, and no timestamps."""


_RESOLVERS_1_2 = [
    ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
    ("tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
        "-+0123456789.",
    ),
    ("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]),
]

_Loader.yaml_implicit_resolvers = {}
for _tag, _regexp, _first in _RESOLVERS_1_2:
    _Loader.add_implicit_resolver(_tag, _regexp, list(_first))


def _decimal_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    """YAML 1.2: 010 is ten, not eight."""
    return int(node.value)


_Loader.add_constructor("tag:yaml.org,2002:int", _decimal_int)


_FastBase: type = getattr(yaml, "CSafeLoader", _Loader)


class _FastLoader(_FastBase):
    """The same rules, parsed by libyaml (many times faster) where PyYAML was built with it."""


_FastLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
_FastLoader.add_constructor("tag:yaml.org,2002:int", _decimal_int)


@dataclass
class Node:
    """A YAML value with its location. Mappings hold Nodes, keyed by text."""

    value: Any
    loc: Loc
    key_locs: dict[str, Loc] = field(default_factory=dict)
    unreadable: bool = False
    """The value could not be read and that was reported: say nothing more about it."""
    raw: str | None = None
    """A scalar read as a number or true/false, as written: a text field takes it as text."""

    @property
    def kind(self) -> str:
        if isinstance(self.value, dict):
            return "mapping"
        if isinstance(self.value, list):
            return "list"
        return "scalar"


def _loc(file: str, mark: Any) -> Loc:
    return Loc(file, mark.line + 1, mark.column + 1) if mark is not None else Loc(file, 1)


def parse_yaml(text: str, file: str, sink: ErrorSink, *, item_kind: str | None = None) -> Node | None:
    """Parse one file; report tabs, syntax errors and duplicate keys to `sink`.

    `item_kind` names the entries of the top-level list ("figure") so that a duplicate key
    is reported against the entry it is in: figure 'art328-cases': duplicate key ...
    """
    if len(text) > MAX_FILE_CHARS:
        sink.add(Loc(file, 1), f"the file holds {len(text):,} characters, more than the {MAX_FILE_CHARS:,} a data file may hold: split it or remove what does not belong")
        return None
    plain = check_characters(text, file, sink)
    tab_lines = [
        (n, line.index("\t") + 1)
        for n, line in enumerate(text.split("\n"), 1)
        if "\t" in line[: len(line) - len(line.lstrip(" \t"))]
    ]
    for number, col in tab_lines:
        sink.add(Loc(file, number, col), "tab used for indentation: YAML needs spaces; replace the tab with spaces")
    if tab_lines or not plain:
        return None
    loader: yaml.SafeLoader | None
    try:
        if not _within_limits(_FastLoader(text), file, sink):
            return None
        loader = _FastLoader(text)
        root = loader.get_single_node()
    except yaml.YAMLError:
        # Only a broken file gets here: parse it again with the pure-Python parser, whose
        # messages and positions the editor-facing wording below is written for.
        loader, root = _parse_reporting(text, file, sink)
        if loader is None:
            return None
    if root is None:
        return Node([], Loc(file, 1))
    if item_kind and isinstance(root, yaml.SequenceNode):
        items = [_convert(item, file, loader, sink, _entry_name(item, item_kind)) for item in root.value]
        return Node(items, _loc(file, root.start_mark))
    return _convert(root, file, loader, sink, None)


_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"


def _within_limits(loader: yaml.SafeLoader, file: str, sink: ErrorSink) -> bool:
    """Walk the parser's events (no nodes are built, nothing recurses): report every alias and
    the first place nested too deep. libyaml's composer recurses in C and crashes the process on
    deep enough nesting, and aliases can multiply a 1 KB file into more values than memory holds."""
    depth, ok = 0, True
    while loader.check_event():
        event = loader.get_event()
        if isinstance(event, yaml.AliasEvent):
            sink.add(_loc(file, event.start_mark), f"'*{event.anchor}' repeats a value marked with '&{event.anchor}' (a YAML alias): the data files do not use aliases; write the value out in full")
            ok = False
        elif isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                sink.add(_loc(file, event.start_mark), f"lists and fields are nested more than {MAX_DEPTH} levels deep here: the data needs at most 4; check the indentation and the brackets")
                return False
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return ok


def _parse_reporting(text: str, file: str, sink: ErrorSink) -> tuple[_Loader | None, yaml.Node | None]:
    """Parse with the pure-Python parser; on a mistake report it and return (None, None)."""
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        sink.add(Loc(file, line, col), f"an invisible or special character (#x{exc.character:04x}) that YAML does not allow: delete it, or retype the line")
        return None, None
    try:
        return loader, loader.get_single_node()
    except RecursionError:
        sink.add(Loc(file, 1), f"lists and fields are nested more than {MAX_DEPTH} levels deep: the data needs at most 4; check the indentation and the brackets")
    except yaml.MarkedYAMLError as exc:
        where, message = syntax_error(exc, file)
        sink.add(where, f"YAML syntax error: {message}")
    except yaml.YAMLError as exc:
        sink.add(Loc(file, 1), f"YAML error: {exc}")
    return None, None


# PyYAML's wording of common mistakes, with a fix an editor can apply; whether the place of
# the mistake is where PyYAML noticed it ("problem") or where the construct began ("context").
_SYNTAX_HINTS: list[tuple[str, str, str]] = [
    ("'\\t'", "problem", "a tab character: YAML needs spaces; replace the tab with a space"),
    ("mapping values are not allowed", "problem",
     "a colon followed by a space inside a value, or a line indented too far: put text that holds ': ' in double quotes, e.g. label: \"Cases: all\""),
    ("could not find expected ':'", "context",
     "this line is not a 'field: value' pair: write a colon and a space after the field name, e.g. unit: people"),
    ("while scanning a quoted scalar", "context",
     "a quote opened here is never closed: close it on the same value, or use double quotes around text that holds an apostrophe"),
    ("while parsing a flow sequence", "context",
     "a list opened here with [ is not closed with ]: write it as [first-id, second-id]"),
    ("while parsing a flow mapping", "context",
     "a set of fields opened here with { is not closed with }: write it as {start: 2015, end: 2024}"),
    ("but found '<block sequence start>'", "problem",
     "this entry is indented differently from the ones before: start every entry with '- ' at the same column"),
    ("but found '<block mapping start>'", "problem",
     "this line is indented differently from the field before: line up the fields of one entry under each other"),
    ("but found '<scalar>'", "problem",
     "unexpected text after a value: put text that holds quotes or an apostrophe in double quotes, and check the indentation"),
    ("found undefined alias", "problem",
     "'*' at the start of a value has a special meaning in YAML: put the value in double quotes"),
    ("that cannot start any token", "problem",
     "a value starts with a character that has a special meaning in YAML (such as @, ` or %): put the value in double quotes"),
]


def syntax_error(exc: yaml.MarkedYAMLError, file: str) -> tuple[Loc, str]:
    """Where a YAML syntax error is best shown, and what to do about it."""
    said = f"{exc.context or ''} {exc.problem or ''}"
    for pattern, place, hint in _SYNTAX_HINTS:
        if pattern in said:
            mark = exc.context_mark if place == "context" and exc.context_mark else exc.problem_mark
            shown = mark or exc.context_mark
            if shown is not None:
                return _loc(file, shown), hint
    mark = exc.problem_mark or exc.context_mark
    problem = (exc.problem or exc.context or "the file cannot be read").strip()
    where = _loc(file, mark) if mark else Loc(file, 1)
    return where, f"{problem}; check the indentation, colons and quotes on this line and the one before"


def _entry_name(node: yaml.Node, kind: str) -> str:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "id" and isinstance(value, yaml.ScalarNode):
                return f"{kind} '{value.value}'"
    return kind


def _convert(node: yaml.Node, file: str, loader: _Loader, sink: ErrorSink, entry: str | None) -> Node:
    prefix = f"{entry}: " if entry else ""
    loc = _loc(file, node.start_mark)
    if isinstance(node, yaml.MappingNode):
        values: dict[str, Node] = {}
        key_locs: dict[str, Loc] = {}
        for key_node, value_node in node.value:
            key_loc = _loc(file, key_node.start_mark)
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else None
            if key is None:
                sink.add(key_loc, f"{prefix}a key must be a plain word such as 'id' or 'value'")
                continue
            if key in values:
                first = key_locs[key]
                sink.add(key_loc, f"{prefix}duplicate key '{key}' (first given on line {first.line}): keep one of them")
                continue
            values[key] = _convert(value_node, file, loader, sink, entry)
            key_locs[key] = key_loc
        return Node(values, loc, key_locs)
    if isinstance(node, yaml.SequenceNode):
        return Node([_convert(item, file, loader, sink, entry) for item in node.value], loc)
    if node.tag == _STR:
        return Node(node.value, loc)  # what the constructor would return, without its overhead
    if node.tag == _INT and len(node.value.lstrip("+-")) > MAX_DIGITS:
        sink.add(loc, f"{prefix}a number of {len(node.value.lstrip('+-')):,} digits: numbers here have at most {MAX_DIGITS}; check the value")
        return Node(None, loc, unreadable=True)
    if node.tag == _FLOAT and len(node.value) > MAX_DIGITS + 10:
        sink.add(loc, f"{prefix}a number of {len(node.value):,} characters: numbers here have at most {MAX_DIGITS} digits; check the value")
        return Node(None, loc, unreadable=True)
    try:
        value = loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        sink.add(loc, f"{prefix}cannot read this value: {exc}")
        return Node(None, loc, unreadable=True)
    return Node(value, loc, raw=node.value if isinstance(node, yaml.ScalarNode) else None)
