"""Read YAML into nodes that remember the file, line and column they came from."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from .errors import ErrorSink, Loc


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so PartialDate parses them, not PyYAML."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _FastLoader(getattr(yaml, "CSafeLoader", _Loader)):
    """The same rules, parsed by libyaml (many times faster) where PyYAML was built with it."""


_FastLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers


@dataclass
class Node:
    """A YAML value with its location. Mappings hold Nodes, keyed by text."""

    value: Any
    loc: Loc
    key_locs: dict[str, Loc] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        if isinstance(self.value, dict):
            return "mapping"
        if isinstance(self.value, list):
            return "list"
        return "scalar"


def _loc(file: str, mark: yaml.Mark) -> Loc:
    return Loc(file, mark.line + 1, mark.column + 1)


def parse_yaml(text: str, file: str, sink: ErrorSink) -> Node | None:
    """Parse one file; report tabs, syntax errors and duplicate keys to `sink`."""
    tab_lines = [n for n, line in enumerate(text.splitlines(), 1) if "\t" in line[: len(line) - len(line.lstrip())]]
    for number in tab_lines:
        sink.add(Loc(file, number, 1), "tab used for indentation: YAML needs spaces; replace the tab with spaces")
    if tab_lines:
        return None
    try:
        loader = _FastLoader(text)
        root = loader.get_single_node()
    except yaml.YAMLError:
        # Only a broken file gets here: parse it again so the message is PyYAML's usual wording.
        loader = _Loader(text)
        root = _parse_reporting(loader, file, sink)
        if root is _BROKEN:
            return None
    if root is None:
        return Node([], Loc(file, 1))
    return _convert(root, file, loader, sink)


_BROKEN = object()
_STR = "tag:yaml.org,2002:str"


def _parse_reporting(loader: _Loader, file: str, sink: ErrorSink):
    try:
        return loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _loc(file, mark) if mark else Loc(file, 1)
        problem = (exc.problem or exc.context or "the file cannot be read").strip()
        sink.add(where, f"YAML syntax error: {problem}; check the indentation, colons and quotes on this line and the one before")
    except yaml.YAMLError as exc:
        sink.add(Loc(file, 1), f"YAML error: {exc}")
    return _BROKEN


def _convert(node: yaml.Node, file: str, loader: _Loader, sink: ErrorSink) -> Node:
    loc = _loc(file, node.start_mark)
    if isinstance(node, yaml.MappingNode):
        values: dict[str, Node] = {}
        key_locs: dict[str, Loc] = {}
        for key_node, value_node in node.value:
            key_loc = _loc(file, key_node.start_mark)
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else None
            if key is None:
                sink.add(key_loc, "a key must be a plain word such as 'id' or 'value'")
                continue
            if key in values:
                first = key_locs[key]
                sink.add(key_loc, f"duplicate key '{key}' (first given on line {first.line}): keep one of them")
                continue
            values[key] = _convert(value_node, file, loader, sink)
            key_locs[key] = key_loc
        return Node(values, loc, key_locs)
    if isinstance(node, yaml.SequenceNode):
        return Node([_convert(item, file, loader, sink) for item in node.value], loc)
    if node.tag == _STR:
        return Node(node.value, loc)  # what the constructor would return, without its overhead
    try:
        value = loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        sink.add(loc, f"cannot read this value: {exc}")
        value = None
    return Node(value, loc)
