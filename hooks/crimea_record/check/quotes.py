"""A figure's quote holds its number, written the source's way; a quote not in English has a translation.

The number may be written with any separator ("1,732", "1 732", "18 270"), in words for
thousands ("50 тисяч", "18.9 thousand", "44,5 тисячі", "11 тыс.") or, for small numbers,
as an English word ("nine"). Nothing else counts: the check never guesses.
"""
from __future__ import annotations

import re

from ..errors import ErrorSink
from ..i18n.languages import DATA_LANGUAGE
from ..model.dataset import Dataset
from ..model.records import Figure, HistoryEntry

_THOUSAND = r"(?:thousand|тисяч\w*|тис\.?|тысяч\w*|тыс\.?)"
_NUMBER = re.compile(
    r"(?<![\d\w])(?P<int>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+)(?:[.,](?P<frac>\d{1,2})(?!\d))?"
    # A range ("13-15%", "3-3.5 thousand") states both its ends.
    r"(?:\s*[-\u2013]\s*(?P<upper>\d+)(?:[.,](?P<upper_frac>\d{1,2})(?!\d))?(?![\d,]))?(?P<thousand>\s*" + _THOUSAND + r")?",
    re.I,
)
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}


def numbers_in(text: str) -> set[int]:
    """Every whole number the text states, in any of the ways the module docstring lists."""
    return digits_in(text) | {value for word, value in _WORDS.items() if re.search(rf"\b{word}\b", text, re.I)}


def digits_in(text: str) -> set[int]:
    """The whole numbers the text writes in digits (with "thousand" words), not in words: what a
    translation must keep exactly."""
    found: set[int] = set()
    for match in _NUMBER.finditer(text):
        ends = [(re.sub(r"[,\u00a0\u202f ]", "", match["int"]), match["frac"] or "")]
        if match["upper"]:
            ends.append((match["upper"], match["upper_frac"] or ""))
        for digits, frac in ends:
            if len(digits) > 15:  # longer than any value may be (load/records_from_yaml.py): no figure's number
                continue
            if match["thousand"]:
                found.add(round(float(f"{digits}.{frac or 0}") * 1000))
            elif not frac:
                found.add(int(digits))
    return found


def check_quotes(dataset: Dataset, sink: ErrorSink) -> None:
    for figure in dataset.figures.values():
        _check(figure, f"figure '{figure.id}'", sink)
        for entry in figure.history:
            _check(entry, f"figure '{figure.id}': history entry {entry.value}", sink)


def _check(entry: Figure | HistoryEntry, what: str, sink: ErrorSink) -> None:
    if entry.quote and entry.no_quote:
        sink.add(entry.locs["no_quote"], f"{what}: give either quote or no_quote, not both")
    quote = entry.quote
    if quote is None:
        return
    if entry.value not in numbers_in(quote.text):
        sink.add(
            quote.locs["text"],
            f"{what}: the quote does not contain {entry.value:,} as the source writes it; "
            "quote the source's sentence that states the number, exactly",
        )
    if quote.language and quote.language != DATA_LANGUAGE and not quote.translation:
        sink.add(quote.locs["language"], f"{what}: a quote in '{quote.language}' needs a translation: your English rendering, shown as the editors'")
    in_quote = digits_in(quote.text)
    translations = [("translation", quote.translation, quote.locs.get("translation"))]
    for key, side in quote.translations.items():
        if "translation" in side.texts:
            translations.append((f"'{key}:' translation", side.texts["translation"], side.locs.get("translation")))
    for name, translation, loc in translations:
        if translation and digits_in(translation) != in_quote:
            sink.add(loc or quote.locs["text"], f"{what}: the quote's {name} states {_listed(digits_in(translation))} where the quote states {_listed(in_quote)}; a translation keeps every number of the quote")


def _listed(values: set[int]) -> str:
    return ", ".join(f"{v:,}" for v in sorted(values)) or "no number"
