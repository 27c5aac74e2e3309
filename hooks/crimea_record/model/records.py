"""The typed records of the site's data, one class per kind of thing.

Field metadata drives the loader, the checks, the downloads and the JSON Schemas
(through `fields.py`): `help` explains the field, `ref` names the kind an id points to.
Which file holds each class, and where its records are shown, is in `kinds.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, NewType

from ..errors import Loc
from ..i18n.languages import QUOTE_LANGUAGES
from .dates import PartialDate
from .translation import OPTIONAL, REQUIRED, Translations

Url = NewType("Url", str)
Id = NewType("Id", str)
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_MAX = 100
"""Characters in an id at most: a figure's id names its page's folder and its share image."""
URL_PATTERN = re.compile(r"^https?://[^\s<>\"]+$")

Qualifier = Literal["exact", "at-least", "more-than", "about"]
if TYPE_CHECKING:
    Language = str
else:
    Language = Literal[QUOTE_LANGUAGES]  # the languages a quote may be in (i18n/languages.py)
Topic = Literal["conscription", "prosecutions", "mobilisation", "children"]
SourceKind = Literal["report", "article", "official", "law", "analysis"]


PART_IN_LANGUAGE = "Optional. This part in {language}: the same field names with {language} text (the entry's translated_from covers it)."
ENTRY_IN_LANGUAGE = ("Optional. The entry in {language}: the same field names with {language} text, and translated_from: "
                     "the hash of the English text it was made from (the build names it).")
"""The help of a `translations` field, said of each language's mapping (`uk:`, …) with its English name."""


def meta(help: str, ref: str | None = None, factory=None, translated: str | None = None):
    """A field described for editors. Help text that starts "Optional." makes it optional.
    `translated` (REQUIRED or OPTIONAL) gives the field a side in each language's mapping (`uk:`, …)."""
    metadata = {"help": help, "ref": ref, "translated": translated}
    if factory is not None:
        return field(default_factory=factory, metadata=metadata)
    if help.startswith("Optional."):
        return field(default=None, metadata=metadata)
    return field(metadata=metadata)


def _locs():
    return field(default_factory=dict, compare=False, repr=False, metadata={"internal": True})


@dataclass(kw_only=True)
class Period:
    start: PartialDate = meta("First date the figure covers.")
    end: PartialDate | None = meta("Optional. Last date the figure covers; leave out if open-ended.")
    locs: dict[str, Loc] = _locs()


@dataclass(kw_only=True)
class Quote:
    text: str = meta("The source's own words that state the number, copied exactly, in the source's language.")
    language: Language | None = meta("Optional. The quote's language when it is not English: uk (Ukrainian) or ru (Russian).")
    translation: str | None = meta("Optional. Your translation into English, required when the quote is not in English; shown as the editors' translation, not as a quotation.", translated=OPTIONAL)
    translations: Translations = meta(PART_IN_LANGUAGE, factory=dict)
    locs: dict[str, Loc] = _locs()


@dataclass(kw_only=True)
class HistoryEntry:
    value: int = meta("The earlier value, a whole number without separators, e.g. 275.")
    qualifier: Qualifier = meta("exact, at-least, more-than or about, as the source words it.")
    as_of: PartialDate = meta("When the earlier value was true: 2021-11 or 2021-11-30.")
    source: Id = meta("Id of the source that published the earlier value.", ref="source")
    counter: str | None = meta("Optional. Who counted, when not the source's publisher (a news report of the group's count names the group). Must be the figure's own counter.", translated=REQUIRED)
    quote: Quote | None = meta("Optional. The source's own words stating the value: {text: ..., language: uk, translation: ...}.")
    no_quote: str | None = meta("Optional. Why the source's words are not quoted (e.g. the editors do not hold its text); shown to readers instead of a quote.", translated=REQUIRED)
    uncertain: str | None = meta("Optional. What the source leaves unsettled (e.g. it shows no date); shown to readers as uncertain.", translated=REQUIRED)
    note: str | None = meta("Optional. What exactly was counted, in your own words.", translated=REQUIRED)
    translations: Translations = meta(PART_IN_LANGUAGE, factory=dict)
    locs: dict[str, Loc] = _locs()


@dataclass(kw_only=True)
class Figure:
    id: Id = meta("Permanent id, used in links: lower case, digits and hyphens. Never change it.")
    label: str = meta("What the number counts, in one line.", translated=REQUIRED)
    value: int = meta("The current value, a whole number without separators, e.g. 1732.")
    qualifier: Qualifier = meta("exact (given without qualifier), at-least, more-than (the source says 'more than' or 'over') or about, as the source words it.")
    unit: str = meta("What one unit is, in the plural: criminal cases, people, soldiers.", translated=REQUIRED)
    topic: Topic = meta("Which page group the figure belongs to.")
    source: Id = meta("Id of the source the figure comes from.", ref="source")
    counter: str | None = meta("Optional. Who counted, when not the source's publisher: e.g. Crimean Human Rights Group for its count reported by a news site. Figures of different counters never share a chart or a history.", translated=REQUIRED)
    quote: Quote | None = meta("Optional. The source's own words stating the number: {text: ..., language: uk, translation: ...}. The text must contain the number as the source writes it.")
    no_quote: str | None = meta("Optional. Why the source's words are not quoted (e.g. the editors do not hold its text); shown to readers instead of a quote.", translated=REQUIRED)
    uncertain: str | None = meta("Optional. What the source leaves unsettled (e.g. it shows no date, or whose count it is); shown to readers as uncertain.", translated=REQUIRED)
    as_of: PartialDate | None = meta("Optional. When the figure was true: 2024-10 or 2024-10-01. Leave out only if the source does not say.")
    period: Period | None = meta("Optional. The span of time the figure counts: {start: 2015, end: 2024}.")
    part_of: Id | None = meta("Optional. Id of the figure this one is a part of; a part may never exceed its whole.", ref="figure")
    note: str | None = meta("Optional. Context a reader needs, in your own words.", translated=REQUIRED)
    history: list[HistoryEntry] = meta("Optional. Earlier values of the same measure by the same counter, newest first.", factory=list)
    translations: Translations = meta(ENTRY_IN_LANGUAGE, factory=dict)
    locs: dict[str, Loc] = _locs()


UNTITLED = "untitled"
"""`title: untitled`: the document's own title is not known (never a description in its place)."""


@dataclass(kw_only=True)
class Source:
    id: Id = meta("Permanent id, used in links. Never change it.")
    title: str | None = meta("The document's own title (headline), exactly as published and in its own language; `untitled` when the real title is not known. Never a description: that goes into `note`.")
    title_language: Language | None = meta("Optional. The title's language when it is not English: uk (Ukrainian) or ru (Russian).")
    title_translation: str | None = meta("Optional. Your English translation of a title that is not in English; shown as the editors' translation.", translated=OPTIONAL)
    author: str | None = meta("Optional. The person who wrote the document, where it names one.")
    publisher: str = meta("The organisation that published the document (the news agency, the group, the court), and nothing else.", translated=REQUIRED)
    outlet: str | None = meta("Optional. The outlet the editors know the document through, when that is not the publisher: e.g. a site that copies a news agency's report.")
    kind: SourceKind = meta("report, article, official, law or analysis.")
    date: PartialDate | None = meta("Optional. Publication date, as precise as the document states it.")
    url: Url | None = meta("Optional. Web address, http:// or https:// only.")
    via: Id | None = meta("Optional. Id of the source through which this one is known (e.g. a report summarised in an article).", ref="source")
    note: str | None = meta("Optional. What the document is and what the reader should know about it, in your own words.", translated=REQUIRED)
    translations: Translations = meta(ENTRY_IN_LANGUAGE, factory=dict)
    locs: dict[str, Loc] = _locs()

    @property
    def untitled(self) -> bool:
        return self.title is None or self.title == UNTITLED

    @property
    def name(self) -> str:
        return UNTITLED if self.untitled else str(self.title)


@dataclass(kw_only=True)
class ReportWording:
    quote: str = meta("The report's words, exactly as written.")
    source: Id = meta("Id of the source the words are from.", ref="source")
    note: str | None = meta("Optional. Context for the difference, in your own words.", translated=REQUIRED)
    translations: Translations = meta(PART_IN_LANGUAGE, factory=dict)
    locs: dict[str, Loc] = _locs()


@dataclass(kw_only=True)
class LegalArticle:
    id: Id = meta("Permanent id, used in links. Never change it.")
    instrument: str = meta("The treaty or code, e.g. Rome Statute of the International Criminal Court.", translated=REQUIRED)
    article: str = meta("The provision, e.g. Article 8(2)(a)(v).", translated=REQUIRED)
    source: Id = meta("Id of the source holding the official text.", ref="source")
    context: str | None = meta("Optional. Where the provision sits in the instrument, in your own words.", translated=REQUIRED)
    text: list[str] = meta("Verbatim passages of the official text, each exactly as published.", factory=list)
    summary: str | None = meta("Optional. A summary in your own words, where no verbatim text is quoted.", translated=REQUIRED)
    url: Url | None = meta("Optional. Official link to this provision, if it has its own page.")
    official_language: Language | None = meta("Optional. The language of the official text the links lead to, when it is not English: ru (Russian) or uk (Ukrainian).")
    report_wording: ReportWording | None = meta("Optional. How the report names the provision, where it differs.")
    translations: Translations = meta(ENTRY_IN_LANGUAGE, factory=dict)
    locs: dict[str, Loc] = _locs()

    @property
    def name(self) -> str:
        return f"{self.instrument}, {self.article}"


@dataclass(kw_only=True)
class Violation:
    id: Id = meta("Permanent id, used in links. Never change it.")
    practice: str = meta("The practice, in one line.", translated=REQUIRED)
    summary: str = meta("What happens and why the sources call it a violation, in your own words.", translated=REQUIRED)
    articles: list[Id] = meta("Ids of the legal provisions the practice breaches.", ref="article")
    figures: list[Id] = meta("Optional. Ids of the figures that evidence it.", ref="figure", factory=list)
    sources: list[Id] = meta("Ids of the sources that document it.", ref="source")
    translations: Translations = meta(ENTRY_IN_LANGUAGE, factory=dict)
    locs: dict[str, Loc] = _locs()

    @property
    def name(self) -> str:
        return self.practice


@dataclass(kw_only=True)
class Event:
    id: Id = meta("Permanent id, used in links. Never change it.")
    date: PartialDate = meta("When it happened: a year (2015), a month (2022-09) or a day (2022-09-21).")
    title: str = meta("What happened, in one line.", translated=REQUIRED)
    sources: list[Id] = meta("Ids of the sources for the event.", ref="source")
    description: str | None = meta("Optional. More detail, in your own words.", translated=REQUIRED)
    articles: list[Id] = meta("Optional. Ids of legal provisions the event concerns.", ref="article", factory=list)
    translations: Translations = meta(ENTRY_IN_LANGUAGE, factory=dict)
    locs: dict[str, Loc] = _locs()


@dataclass(kw_only=True)
class Discrepancy:
    id: Id = meta("Permanent id, used in links. Never change it.")
    topic: str = meta("What the two accounts differ about, in one line.", translated=REQUIRED)
    report: ReportWording = meta("What the report says, quoted exactly.")
    record: str = meta("What the legal record shows, in your own words.", translated=REQUIRED)
    record_sources: list[Id] = meta("Ids of the sources for the record.", ref="source")
    events: list[Id] = meta("Optional. Ids of the events involved.", ref="event", factory=list)
    translations: Translations = meta(ENTRY_IN_LANGUAGE, factory=dict)
    locs: dict[str, Loc] = _locs()

