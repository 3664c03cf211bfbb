"""classify: when the document's mix of themes may place facts whose own sentence and
paragraph name no theme. A theme named once is an aside; a topic comes back (or is in the
headline). Texts are invented for the tests."""

from __future__ import annotations

from generator.classify import classify_facts
from generator.extract import extract_facts
from generator.ingest import parse_document
from generator.model import Taxonomy, Theme


def _taxonomy() -> Taxonomy:
    return Taxonomy((
        Theme("economy", "Economy", "", cues=("exports", "GDP", "trade")),
        Theme("ocean", "Ocean", "", cues=("ocean", "seabed")),
        Theme("general", "General", ""),
    ))


def _themes(text: str) -> dict[object, tuple[str | None, tuple[str, ...]]]:
    doc = parse_document(text, "d", "d.txt", "0")
    return {f.value: (f.theme, f.cues) for f in classify_facts(extract_facts(doc), _taxonomy(), doc)}


def test_a_theme_named_once_does_not_place_the_rest_of_the_document() -> None:
    text = (
        "Ferry use climbs\n\n"
        "Ferry trips rose 4.5% last year, says the trade body of the lake ports.\n\n"
        "The busiest pier served 870,000 riders.\n\n"
        "Night crossings grew 12%.\n"
    )
    themes = _themes(text)
    assert themes[4.5][0] == "economy"  # its own sentence names the theme
    assert themes[870_000] == ("general", ())
    assert themes[12] == ("general", ())


def test_a_theme_named_in_two_sentences_places_the_rest() -> None:
    text = (
        "Ferry use climbs\n\n"
        "Ferry trips rose 4.5% last year, says the trade body of the lake ports.\n\n"
        "Lake exports by ferry doubled.\n\n"
        "The busiest pier served 870,000 riders.\n"
    )
    assert _themes(text)[870_000] == ("economy", ("document",))


def test_the_headline_counts_as_one_of_the_two() -> None:
    text = (
        "Lake exports climb\n\n"
        "Ferry trips rose 4.5% last year, says the trade body of the lake ports.\n\n"
        "The busiest pier served 870,000 riders.\n"
    )
    assert _themes(text)[870_000] == ("economy", ("document",))


def test_an_aside_still_leans_on_its_own_paragraph() -> None:
    # The paragraph is the fact's close context: one mention there still places it.
    text = (
        "Weather report\n\n"
        "The ocean off the cape warmed. Air temperatures rose 0.4 degrees.\n\n"
        "Rain fell on 51 days.\n"
    )
    themes = _themes(text)
    assert themes[0.4][0] == "ocean" and "ocean" in themes[0.4][1]
    assert themes[51] == ("general", ())
