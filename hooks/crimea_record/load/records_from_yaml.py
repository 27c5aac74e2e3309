"""Turn located YAML nodes into typed records, reporting every mistake with its place."""
from __future__ import annotations

import re
import unicodedata
from contextvars import ContextVar
from typing import Any, Literal, get_args, get_origin
from urllib.parse import urlsplit

from ..errors import ErrorSink, closest, did_you_mean
from ..model.dates import PartialDate
from ..model.fields import field_specs, is_record_type, is_required, unwrap_optional
from ..model.records import ID_MAX, ID_PATTERN, URL_PATTERN, Id, Url
from ..model.translation import HASH, TRANSLATIONS, Translation, translated_fields
from .markers import MARKER
from .plain_text import FORBIDDEN, describe
from .yaml_nodes import Node

DATA_KEYS: ContextVar[dict[str, str] | None] = ContextVar("data_keys", default=None)
"""The registry's translated languages while data is read: data_key -> the language's English name
(read_dataset sets it; a record's `uk:`, `ru:`, … mapping is its text in that language)."""


def build_record(cls: type, node: Node, what: str, sink: ErrorSink) -> Any | None:
    """Build one record of `cls` from a mapping node. `what` names it in messages."""
    if node.kind != "mapping":
        sink.add(node.loc, f"{what}: expected a set of 'field: value' lines (such as '- id: …' then '  label: …'), found {_describe(node)}")
        return None
    specs = field_specs(cls)
    data_keys = (DATA_KEYS.get() or {}) if any(f.name == TRANSLATIONS for f, _ in specs) else {}
    names = [name for f, _ in specs for name in (list(data_keys) if f.name == TRANSLATIONS else [f.name])]
    ok = True
    misspelt = set()  # fields whose name an unknown key is close to: not reported missing too
    for key, key_loc in node.key_locs.items():
        if key not in names:
            hint = did_you_mean(key, names)
            if hint:
                misspelt.add(closest(key, names))
            sink.add(key_loc, f"{what}: unknown field '{key}'{hint or '; allowed fields: ' + ', '.join(names)}")
            ok = False
    values: dict[str, Any] = {}
    for f, tp in specs:
        if f.name == TRANSLATIONS:
            translations: dict[str, Translation] = {}
            values[f.name] = translations
            for data_key, language in data_keys.items():
                child = node.value.get(data_key)
                if child is None or child.value is None or child.unreadable:
                    ok = ok and (child is None or not child.unreadable)
                    continue
                converted = _translation(cls, child, what, sink, data_key, language, with_hash="id" in names)
                if converted is _INVALID:
                    ok = False
                else:
                    translations[data_key] = converted
            continue
        child = node.value.get(f.name)
        if child is not None and child.unreadable:
            ok = False
            continue
        if child is None or child.value is None:
            if is_required(f) and child is not None:
                sink.add(node.key_locs[f.name], f"{what}: field '{f.name}' has no value: {f.metadata['help']}")
                ok = False
            elif is_required(f) and f.name not in misspelt:
                sink.add(node.loc, f"{what}: missing field '{f.name}': add '{f.name}:' to this entry. {f.metadata['help']}")
                ok = False
            elif is_required(f):
                ok = False
            continue
        converted = _convert(unwrap_optional(tp), child, f"{what}: field '{f.name}'", sink)
        if converted is _INVALID:
            ok = False
        else:
            values[f.name] = converted
    for data_key, translation in values.get(TRANSLATIONS, {}).items():
        for name in translation.texts:
            if name not in node.value:  # an English value that is there but wrong is reported already
                sink.add(translation.locs[name], f"{what}: {data_keys[data_key]} '{name}' without an English '{name}': add '{name}:' in English to this entry, or remove it from '{data_key}:'")
                ok = False
    if not ok:
        return None
    record = cls(**values)
    record.locs["__record__"] = node.loc
    for key, child in node.value.items():
        record.locs[key] = child.loc
        if child.kind == "list":
            record.locs.update({f"{key}.{n}": item.loc for n, item in enumerate(child.value)})
    return record


_INVALID = object()
_HASH_VALUE = re.compile(r"^[0-9a-f]{16}$")


def _translation(cls: type, node: Node, what: str, sink: ErrorSink, data_key: str, language: str, *, with_hash: bool) -> Any:
    """An entry's mapping for one language (`uk:`): its text under the English fields' names (model/translation.py)."""
    allowed = list(translated_fields(cls)) + ([HASH] if with_hash else [])
    if node.kind != "mapping":
        sink.add(node.loc, f"{what}: '{data_key}:' holds the {language} text as 'field: text' lines under it (such as '  {allowed[0]}: …'), found {_describe(node)}")
        return _INVALID
    texts: dict[str, str] = {}
    translated_from = None
    ok = True
    for key, child in node.value.items():
        where = f"{what}: '{data_key}: {key}'"
        if key not in allowed:
            hint = did_you_mean(key, allowed) or f"; {language} text goes under the English field's name: " + ", ".join(allowed)
            if key == HASH:
                hint = f"; translated_from belongs in the entry's own '{data_key}:', which covers its nested parts"
            elif key in {f.name for f, _ in field_specs(cls)} and not did_you_mean(key, allowed):
                hint = f"; '{key}' stays as it is in both languages (ids, numbers, dates, addresses, quotes and legal texts are not translated). {language} text goes under: " + ", ".join(allowed)
            sink.add(node.key_locs[key], f"{what}: '{data_key}:' has no field '{key}'{hint}")
            ok = False
        elif child.unreadable:
            ok = False
        elif key == HASH:
            value = child.raw if child.raw is not None else child.value
            if not isinstance(value, str) or not _HASH_VALUE.match(value):
                shown = f"'{value}'" if isinstance(value, str) else _describe(child)
                sink.add(child.loc, f"{where}: {shown} is not a hash of the English text: copy the 16 letters and digits the build names")
                ok = False
            else:
                translated_from = value
        elif child.value is None:
            sink.add(node.key_locs[key], f"{where} has no text: write the {language} text or remove the line")
            ok = False
        else:
            converted = _convert(str, child, where, sink)
            if converted is _INVALID:
                ok = False
            else:
                texts[key] = converted
    if not ok:
        return _INVALID
    return Translation(texts, translated_from, {key: child.loc for key, child in node.value.items()})


_YAML_1_1_NUMBER = re.compile(r"^[-+]?(?:0[xob][0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+|[0-9]+_[0-9_]*)$")
"""What YAML 1.1 read as a number (hex, octal, binary, sexagesimal, with underscores) and 1.2 reads as text."""

_WORDED_NUMBER = re.compile(
    r"^\s*(?P<qualifier>about|around|approximately|at least|more than|over)?\s*(?P<number>\d[\d,.\s]*)(?P<rest>[^\d\s,.].*)?$", re.I
)


def _number_hint(value: Any) -> str:
    """How to write a number the way the data wants it, from what the editor wrote."""
    if isinstance(value, str) and _YAML_1_1_NUMBER.match(value.strip()):
        return "write the number in decimal digits only, without '_', ':' or a 0x, 0o or 0b prefix, e.g. 1732"
    match = _WORDED_NUMBER.match(str(value)) if not isinstance(value, bool) else None
    if not match:
        return "write the number alone, in digits, e.g. 1732"
    number, rest = match["number"], (match["rest"] or "").strip()
    digits = re.sub(r"[,\s]", "", number)
    if not digits.isdigit():
        return f"write a whole number without decimals, e.g. {digits.split('.')[0] or 0}"
    tips = [f"write just {digits}" + (" (no separators)" if digits != number.strip() else "")]
    if match["qualifier"]:
        tips.append(f"put '{match['qualifier'].lower()}' into qualifier (about or at-least)")
    if rest:
        tips.append(f"words such as '{rest}' belong in unit")
    return "; ".join(tips)


def _describe(node: Node) -> str:
    if node.kind == "scalar":
        return f"'{node.value}'"
    return f"a {node.kind}"


_BRACES = re.compile(r"\{\{|\}\}")
MAX_TEXT = 10_000
"""Characters in one text value; the longest in the data has about 500."""
MAX_WORD = 300
"""Characters without a space in text that is wrapped (not addresses): longer words make
wrapping slow and break the layout."""
MAX_URL = 2_000


def _plain_text(text: str, is_url: bool, node: Node, what: str, sink: ErrorSink) -> bool:
    """Text from data is shown as text: a reference marker in it is refused, not expanded
    (markers belong in the pages), and its length is limited."""
    limit = MAX_URL if is_url else MAX_TEXT
    if len(text) > limit:
        sink.add(node.loc, f"{what}: {len(text):,} characters, more than the {limit:,} allowed: shorten it")
        return False
    hidden = FORBIDDEN.search(text)
    if hidden:  # written as an escape ("\u202e") in a quoted value: the file itself looked clean
        sink.add(node.loc, f"{what}: holds U+{ord(hidden.group()):04X}, written as an escape: {describe(hidden.group())}; remove it")
        return False
    marker = MARKER.search(text) or _BRACES.search(text)
    if marker:
        sink.add(node.loc, f"{what}: '{marker.group(0)}' is {'a reference marker' if marker.re is MARKER else 'how a reference marker starts or ends'}; markers work only in the pages (docs/*.md), not in data text: write the words or the number out")
        return False
    if not is_url:
        longest = max(text.split(), key=len, default="")
        if len(longest) > MAX_WORD:
            sink.add(node.loc, f"{what}: a word of {len(longest):,} characters without a space ('{longest[:20]}…'): words here have at most {MAX_WORD}; add spaces or shorten it")
            return False
    return True


def _convert(tp: Any, node: Node, what: str, sink: ErrorSink) -> Any:
    origin = get_origin(tp)
    if origin is list:
        (item_tp,) = get_args(tp)
        if node.kind != "list":
            sink.add(node.loc, f"{what} must be a list, e.g. [a, b], found {_describe(node)}")
            return _INVALID
        items = [_convert(item_tp, item, f"{what} item {n}", sink) for n, item in enumerate(node.value, 1)]
        return _INVALID if any(i is _INVALID for i in items) else items
    if origin is Literal:
        choices = [str(c) for c in get_args(tp)]
        if node.kind == "scalar" and str(node.value) in choices:
            return str(node.value)
        hint = did_you_mean(str(node.value), choices) if node.kind == "scalar" else ""
        sink.add(node.loc, f"{what}: {_describe(node)} is not allowed; use one of: {', '.join(choices)}{hint}")
        return _INVALID
    if is_record_type(tp):
        record = build_record(tp, node, what, sink)
        return _INVALID if record is None else record
    if node.kind != "scalar":
        sink.add(node.loc, f"{what}: expected a single value, found {_describe(node)}")
        return _INVALID
    value = node.value
    if tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            if value < 0:
                sink.add(node.loc, f"{what}: {value} is negative; a count is zero or more")
                return _INVALID
            return value
        sink.add(node.loc, f"{what}: '{value}' is not a whole number: {_number_hint(value)}")
        return _INVALID
    if tp is PartialDate:
        try:
            return PartialDate.parse(value)
        except ValueError as exc:
            sink.add(node.loc, f"{what}: {exc}")
            return _INVALID
    if not isinstance(value, str) and tp is str and node.raw is not None:
        value = node.raw  # text as written: a label 010 or 1.50 is never turned into a number
    if not isinstance(value, str):
        sink.add(node.loc, f"{what}: expected text, found {_describe(node)}; put it in quotes if it is meant as text")
        return _INVALID
    text = " ".join(value.split()) if tp is not str else value.strip()
    if not text:
        sink.add(node.loc, f"{what} is empty: write the text or leave the field out if it is optional")
        return _INVALID
    if not _plain_text(text, tp is Url, node, what, sink):
        return _INVALID
    if tp is Id and len(text) > ID_MAX:
        sink.add(node.loc, f"{what}: an id of {len(text):,} characters: ids have at most {ID_MAX} (they are file names and addresses); shorten it")
        return _INVALID
    if tp is Id and not ID_PATTERN.match(text):
        example = "-".join(re.findall(r"[a-z0-9]+", text.lower())) or "art328-cases"
        sink.add(node.loc, f"{what}: '{text}' is not a valid id: use lower-case letters, digits and single hyphens, e.g. {example}")
        return _INVALID
    if tp is Url and not URL_PATTERN.match(text):
        sink.add(node.loc, f"{what}: '{text}' is not a web address: only http:// or https:// links may leave the site")
        return _INVALID
    if tp is Url and url_problem(text):
        sink.add(node.loc, f"{what}: '{text}' {url_problem(text)}")
        return _INVALID
    return text


def url_problem(url: str) -> str | None:
    """What makes a web address read as another than it is, or None: a user name before the host
    (https://a.example@evil.example/ leads to evil.example) or a host name mixing alphabets
    (Latin 'a' beside Cyrillic 'а')."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return "is not a valid web address: check the brackets and the host name"
    if "@" in parts.netloc:
        return "has a user name before the host (name@host): readers would take the name for the site; write the address without it"
    for label in host.split("."):
        scripts = {unicodedata.name(ch, "?").split()[0] for ch in label if ch.isalpha()}
        if len(scripts) > 1:
            return f"has a host name mixing alphabets ({', '.join(sorted(s.title() for s in scripts))}) in '{label}', which can imitate another site's name: write the address as the site writes it"
    return None
