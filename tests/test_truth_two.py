"""Issue 22 (the second fact-check): each finding held so that the old text fails, the counters'
added values, sources cited by their real titles, and the guards the last audit's seeded
mistakes slipped through (numbers in translations, legal passages, the figures' record, the
quote-number check's boundaries).
"""
from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from conftest import ROOT
from fixture_project import FIXTURE

from crimea_record.check.quotes import digits_in, numbers_in
from crimea_record.check.translated_numbers import check_translated_numbers
from crimea_record.errors import DataErrors, ErrorSink
from crimea_record.load.data_files import read_dataset
from crimea_record.model.translation import record_english_hash as english_hash
from crimea_record.pipeline import prepare
from crimea_record.publish.citation_files import bibtex_entry, csl_items, ris_entry
from crimea_record.render.citations import source_reference

DATA = prepare(ROOT).dataset
PINNED = Path(__file__).parent / "fixtures" / "pinned"


def _docs(name: str) -> str:
    return (ROOT / "docs" / name).read_text(encoding="utf-8")


def _uk(name: str) -> str:
    return (ROOT / "translations" / "uk" / name).read_text(encoding="utf-8")


def _all_text() -> str:
    parts = [p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md")]
    parts += [p.read_text(encoding="utf-8") for p in (ROOT / "translations" / "uk").glob("*.md")]
    parts += [p.read_text(encoding="utf-8") for p in (ROOT / "data").glob("*.yml")]
    return "\n".join(parts)


# --- The findings, major first ---


def test_finding_1_kuryshko_is_the_permanent_representative_not_acting():
    text = _all_text()
    assert "acting Permanent Representative" not in text
    assert "в. о. Постійного Представника" not in text and "тимчасово виконувач" not in text
    assert "Olha Kuryshko, the President's Permanent Representative" in _docs("conscription.md")
    assert "Ольги Куришко, Постійної Представниці Президента" in _uk("conscription.md")
    source = DATA.sources["novyny-live-2026-03"]
    assert "the Permanent Representative of the President of Ukraine" in (source.note or "")
    assert "Постійна Представниця" in source.translations["uk"].texts["note"]
    for evidence in ("interfax-2025-10-08", "apostrophe-2025-03-28"):
        assert DATA.sources[evidence].url


def test_finding_2_the_missions_summonses_quoted_uncertain_and_not_compared_with_crimeasos():
    figure = DATA.figures["summonses-mission-2022"]
    assert figure.quote and "at least 1,500 summonses" in figure.quote.text and not figure.no_quote
    assert "Crimean Tatars" in (figure.uncertain or "")
    for page in (_docs("conscription.md"), _uk("conscription.md")):
        assert not re.search(r"\{\{ compare[^}]*summonses-crimeasos-2022[^}]*summonses-mission-2022", page)
        assert not re.search(r"\{\{ compare[^}]*summonses-mission-2022[^}]*summonses-crimeasos-2022", page)


def test_finding_3_the_groups_dead_are_dead_and_who_they_were_is_uncertain():
    figure = DATA.figures["crimeans-killed-chrg"]
    assert "killed" not in figure.label and "Dead" in figure.label
    assert "assigned to Crimea" in (figure.uncertain or "") and "residents" not in (figure.note or "")


def test_finding_4_the_parliamentary_resolution_is_in_the_record_undated():
    record = DATA.discrepancies["icc-declaration-date"]
    assert "resolution of Ukraine's parliament" in record.record and "not verified" in record.record
    assert "coalition-icc-2014-04" in record.record_sources
    assert "25 February 2014" not in record.record


def test_finding_5_the_order_directed_notice_of_an_intention_not_to_become_a_party():
    page = _docs("jurisdiction.md")
    assert "Russia withdrew the signature" not in page
    assert "notify the UN Secretary-General of Russia's intention not to become a party" in page
    assert "відкликала підпис" not in _uk("jurisdiction.md")
    assert "withdraws its signature" not in DATA.events["russia-withdraws-signature"].title


def test_finding_6_article_124_says_alleged_and_runs_from_entry_into_force():
    for text in (_docs("jurisdiction.md"), DATA.events["ukraine-ratifies"].description or ""):
        assert "alleged to have been committed by its nationals" in text
        assert "committed by its own nationals" not in text and "when committed by its nationals" not in text
    assert "1 January 2025" in (DATA.events["ukraine-ratifies"].description or "")


def test_finding_7_membership_cites_article_126_only():
    record = DATA.discrepancies["icc-membership-basis"]
    assert "125" not in record.record and "Article 126(2)" in record.record
    assert "125" not in record.translations["uk"].texts["record"]


def test_finding_8_the_campaign_conscripts_are_not_the_2022_mobilisation():
    for figure_id in ("crimeans-called-up", "mission-called-up"):
        assert "not people mobilised in the \"partial" in (DATA.figures[figure_id].note or "").replace("\n", " ")
    assert "mobilised" not in DATA.figures["mission-called-up"].label


def test_finding_9_one_ukrainian_term_for_active_duty():
    assert "дійсної служби" in DATA.figures["crimeans-called-up"].translations["uk"].texts["label"]
    assert "строкову службу" not in DATA.figures["crimeans-called-up"].translations["uk"].texts["label"]
    assert "до дійсної служби" in _uk("index.md")


def test_finding_10_suggests_and_argues_in_ukrainian():
    for name in ("jurisdiction.md", "index.md"):
        assert "вказує на те" not in _uk(name) and "доводить" not in _uk(name)
    assert "дає підстави вважати" in _uk("jurisdiction.md")


def test_finding_11_prosecution_is_under_article_328_and_its_characterisation_is_sourced():
    violation = DATA.violations["prosecution-for-refusal"]
    assert "a crime from the international humanitarian law perspective" in violation.summary
    assert "unian-2021-cases-per-year" in violation.sources
    assert "The report describes these prosecutions" not in violation.summary


def test_finding_12_the_article_is_not_called_the_report():
    for name, old in (("index.md", "The report holds"), ("conscription.md", "The report holds"), ("children.md", "The report says")):
        assert old not in _docs(name) and "the article summarising the report says" in _docs(name).lower()
    assert "Звіт стверджує" not in _uk("conscription.md") and "У звіті сказано" not in _uk("children.md")


def test_finding_13_quotes_for_the_275_and_for_human_rights_watch():
    entry = next(h for h in DATA.figures["art328-cases"].history if h.value == 275)
    assert entry.quote and "as of the end of November 2021, the CHRG documented 275 criminal cases" in entry.quote.text
    for figure_id in ("hrw-draft-evasion-cases", "hrw-guilty-verdicts", "first-campaign-2015"):
        assert DATA.figures[figure_id].quote, figure_id
    assert "most likely higher" in DATA.figures["hrw-draft-evasion-cases"].quote.text
    assert "“most likely higher”" in _docs("prosecutions.md") and "likely higher." not in _docs("prosecutions.md")


def test_finding_14_partial_mobilisation_dated_21_september_2022_by_the_joint_statement():
    event = DATA.events["mobilisation-decree"]
    assert str(event.date) == "2022-09-21"
    assert "zmina-statement-2022-09" in event.sources and "report-article" not in event.sources


# --- The counters' added values ---

ADDED = {
    # figure id (or figure id, history value): counter
    ("mission-art328-guilty", 450): "Mission",
    ("mission-art328-proceedings", 421): "Mission",
    ("mission-art328-since-invasion", 112): "Mission",
    ("mission-called-up", 39000): "Mission",
    "mission-killed-crimea-units-later": "Mission",
    "mission-dead-linked-to-crimea": "Mission",
    "crimeasos-killed-crimea-units": "CrimeaSOS",
    "ohchr-conscripted-2017": "OHCHR",
    "joint-statement-called-up": "joint statement",
    "hrw-called-up": "Human Rights Watch",
    "hrw-spring-2019": "Human Rights Watch",
    ("burials-crimea", 825): "Mission",
    ("burials-crimea", 605): "Mission",
}


@pytest.mark.parametrize("where", list(ADDED), ids=str)
def test_added_value_has_its_counter_source_words_and_date_or_says_why_not(where):
    if isinstance(where, tuple):
        figure = DATA.figures[where[0]]
        entry = next(h for h in figure.history if h.value == where[1])
        counter = entry.counter or figure.counter
    else:
        entry = DATA.figures[where]
        counter = entry.counter
    assert ADDED[where] in (counter or "")
    assert entry.quote and entry.value in numbers_in(entry.quote.text)
    assert entry.as_of or entry.uncertain, "an undated value says so"
    if entry.as_of and DATA.sources[entry.source].date is None:
        assert entry.uncertain or "as of" in entry.quote.text.lower() or where == "ohchr-conscripted-2017" or "Станом" in entry.quote.text


def test_a_value_known_through_an_aggregator_says_so():
    figure = DATA.figures["mission-killed-crimea-units-later"]
    assert "aggregator" in (figure.uncertain or "") and "aggregator" in figure.label
    assert "aggregator" in (DATA.sources[figure.source].note or "")


def test_an_unverified_year_is_carried_as_uncertain():
    entry = next(h for h in DATA.figures["burials-crimea"].history if h.value == 605)
    assert "shows no year" in (entry.uncertain or "") and "inference" in (entry.uncertain or "")


def test_every_history_is_in_order_newest_first():
    for figure in DATA.figures.values():
        dates = [h.as_of.start for h in figure.history]
        assert dates == sorted(dates, reverse=True), figure.id
        if figure.as_of and dates:
            assert figure.as_of.start >= dates[0], figure.id


def test_the_burials_page_shows_the_dated_values_in_order(built_site):
    page = (built_site / "figures" / "burials-crimea" / "index.html").read_text(encoding="utf-8")
    section = page[page.index('id="values-over-time"') :]
    section = section[: section.index("</table>")]
    cells = re.findall(r"<td>(?:<strong>)?((?:at least )?[\d,]+)(?:</strong>)?</td>", section)
    assert cells == ["at least 40", "at least 134", "at least 605", "at least 813", "at least 825", "at least 880", "at least 1,231"]


# --- Sources by their real titles ---

DESCRIPTIVE = re.compile(r"^(News report|News item|Article on|Interview|Statements of|Reports of|Report of|Monthly review|Infographic on|Press release|Joint statement)\b")


def test_every_source_has_its_real_title_or_says_untitled():
    for source in DATA.sources.values():
        assert source.title, source.id
        assert not DESCRIPTIVE.match(source.title), f"{source.id}: a description, not a title: {source.title}"
        assert "(reporting" not in source.publisher and " via " not in source.publisher, source.id
        if source.title_translation:
            assert source.title_language in ("uk", "ru"), source.id


def test_the_four_burial_reports_no_longer_share_one_title():
    titles = [DATA.sources[s].name for s in ("pravda-2022-04-12", "lb-ua-2022-08-01", "my-ua-2024-07-29", "my-ua-2024-09-30")]
    assert len({t for t in titles if t != "untitled"}) == len([t for t in titles if t != "untitled"])
    assert "News report on the Mission's count" not in _all_text()


def test_citations_use_title_translation_author_and_outlet(small_site):
    """Rule test on the fixture: a Ukrainian title with the editors' translation, a named
    author and the outlet it was read at; an untitled source."""
    sink = ErrorSink()
    dataset = read_dataset(FIXTURE / "data", sink)
    sink.raise_if_any()
    earlier = source_reference(dataset.sources["fixture-earlier"], dataset)
    assert earlier.startswith("Fixture Author, “Вигаданий ранній підрахунок” [editors’ translation: “Fixture earlier count”] (Fixture Publisher, March 2022)")
    assert earlier.endswith("known through fixture-copies.example.org")
    assert source_reference(dataset.sources["fixture-summary"], dataset).startswith("[untitled] (Fixture Summary Publisher)")
    from fixture_project import FIXTURE_SITE_NAME, FIXTURE_SITE_URL

    from crimea_record.model.addresses import SiteInfo

    items = {i["id"]: i for i in csl_items(dataset, SiteInfo(name=FIXTURE_SITE_NAME, url=FIXTURE_SITE_URL))}
    item = items["source-fixture-earlier"]
    assert item["title"] == "Вигаданий ранній підрахунок" and item["language"] == "uk"
    assert item["author"] == [{"literal": "Fixture Author"}] and item["publisher"] == "Fixture Publisher"
    assert item["source"] == "fixture-copies.example.org"
    assert items["source-fixture-summary"]["title"] == "[untitled]"
    assert "TT  - Fixture earlier count" in ris_entry(item) and "DP  - fixture-copies.example.org" in ris_entry(item)
    assert "titleaddon = {{Fixture earlier count}}" in bibtex_entry(item) and "language = {uk}" in bibtex_entry(item)
    opinio = {i["id"]: i for i in csl_items(DATA, SiteInfo(name="x", url=""))}["source-opinio-juris-2024"]
    assert "institution = {Opinio Juris}" in bibtex_entry(opinio) and "author = {{Mischa Gureghian Hall}}" in bibtex_entry(opinio)
    built = json.loads((small_site / "downloads" / "citations" / "crimea-record.json").read_text(encoding="utf-8"))
    assert not any(k.startswith("_") for i in built for k in i)


# --- Guards ---


def test_quote_number_boundaries():
    assert 1732 not in numbers_in("at least 11,732 soldiers") and 11732 in numbers_in("at least 11,732 soldiers")
    assert 1732 in numbers_in("at least 1,732 soldiers") and 1732 not in numbers_in("at least 1,7321")
    assert {13, 15} <= numbers_in("13-15% of the population") and 18 not in numbers_in("13-15%")
    assert 15 not in numbers_in("13-18% of the population") and {13, 18} <= numbers_in("13-18%")
    assert 15 in numbers_in("13–15%")
    assert {3000, 3500} <= numbers_in("3-3.5 thousand people")
    assert 18900 in numbers_in("about 18,000 to 18,900 men")
    assert digits_in("nine in 2017") == {2017}


def _mutated_fixture(tmp_path, path: str, old: str, new: str):
    import shutil

    shutil.copytree(FIXTURE / "data", tmp_path / "data")
    target = tmp_path / "data" / path
    text = target.read_text(encoding="utf-8")
    assert old in text, old
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    sink = ErrorSink()
    dataset = read_dataset(tmp_path / "data", sink)
    sink.raise_if_any()
    return dataset


def _refresh_hashes(dataset) -> None:
    for records in dataset.records.values():
        for record in records.values():
            if "uk" in record.translations:
                record.translations["uk"].translated_from = english_hash(record)


def test_a_number_changed_in_a_ukrainian_note_is_caught():
    dataset = copy.deepcopy(DATA)
    entry = next(h for h in dataset.figures["art328-cases"].history if h.value == 336)
    entry.translations["uk"].texts["note"] = entry.translations["uk"].texts["note"].replace("315", "316")
    assert dataset.figures["art328-cases"].translations["uk"].translated_from == english_hash(dataset.figures["art328-cases"]), "a current translation"
    sink = ErrorSink()
    check_translated_numbers(dataset, sink)
    with pytest.raises(DataErrors, match="'history.1.note' states 316 where the English states 315"):
        sink.raise_if_any()


def test_the_real_ukrainian_texts_keep_the_english_numbers():
    sink = ErrorSink()
    check_translated_numbers(DATA, sink)
    sink.raise_if_any()


def test_a_number_changed_in_a_quote_translation_is_caught():
    from crimea_record.check.quotes import check_quotes

    dataset = copy.deepcopy(DATA)
    entry = next(h for h in dataset.figures["burials-crimea"].history if h.value == 880)
    entry.quote.translation = entry.quote.translation.replace("699", "690")
    sink = ErrorSink()
    check_quotes(dataset, sink)
    with pytest.raises(DataErrors, match="a translation keeps every number of the quote"):
        sink.raise_if_any()


def _legal_record(dataset) -> dict:
    out = {}
    for article in dataset.articles.values():
        if article.text:
            out[article.id] = {"official_address": article.url or dataset.sources[article.source].url, "text": article.text}
    return out


def test_legal_passages_match_the_pinned_official_text():
    pinned = json.loads((PINNED / "legal_passages.json").read_text(encoding="utf-8"))["articles"]
    assert _legal_record(DATA) == pinned
    for entry in pinned.values():
        assert entry["official_address"].startswith("https://")


def test_a_changed_word_in_a_legal_passage_is_caught():
    pinned = json.loads((PINNED / "legal_passages.json").read_text(encoding="utf-8"))["articles"]
    dataset = copy.deepcopy(DATA)
    article = dataset.articles["gc4-51"]
    article.text = [article.text[0].replace("may not compel", "may not force")]
    assert _legal_record(dataset) != pinned


def _figure_record(dataset) -> dict:
    def entry(e):
        return {"value": e.value, "qualifier": e.qualifier, "as_of": str(e.as_of) if e.as_of else None,
                "source": e.source, "source_url": dataset.sources[e.source].url,
                "quote": e.quote.text if e.quote else None}

    return {f.id: {**entry(f), "history": [entry(h) for h in f.history]} for f in dataset.figures.values()}


def test_the_figures_match_their_checked_record():
    pinned = json.loads((PINNED / "figure_record.json").read_text(encoding="utf-8"))["figures"]
    assert _figure_record(DATA) == pinned


@pytest.mark.parametrize("mutation", ["delete as_of", "change a source address", "change a number inside a quote"])
def test_the_checked_record_catches_the_seeded_mistakes(mutation):
    pinned = json.loads((PINNED / "figure_record.json").read_text(encoding="utf-8"))["figures"]
    dataset = copy.deepcopy(DATA)
    figure = dataset.figures["mission-art328-proceedings"]  # not a headline figure
    if mutation == "delete as_of":
        figure.history[0].as_of = None
    elif mutation == "change a source address":
        dataset.sources["zn-ua-2024"].url = "https://zn.ua/ukr/amp/UKRAINE/changed.html"
    else:
        figure.quote.text = figure.quote.text.replace("244", "224")
        assert figure.value in numbers_in(figure.quote.text), "the headline value is untouched: only the record can catch it"
    assert _figure_record(dataset) != pinned
