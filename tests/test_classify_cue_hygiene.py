"""classify: generic words are weak cues, and the shipped taxonomy keeps them so."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.classify import _cue_key, classify_facts, load_taxonomy
from generator.extract import extract_facts
from generator.ingest import parse_document
from generator.model import Taxonomy, Theme

ROOT = Path(__file__).resolve().parent.parent


def _shipped() -> Taxonomy:
    return load_taxonomy(ROOT / "content" / "taxonomy.yml")


def themes(text: str, taxonomy: Taxonomy | None = None) -> list[tuple[object, str | None]]:
    doc = parse_document(f"Title\n\n{text}\n", "d", "d.txt", "0")
    facts = classify_facts(extract_facts(doc), taxonomy or _shipped(), doc)
    return [(f.value, f.theme) for f in facts if f.value is not None]


@pytest.mark.parametrize(("text", "expected"), [
    # Everyday uses of words that the old lists held as strong cues: no theme of their own.
    ("The carmaker sold 40,000 electric models in the spring.", "general"),
    ("The ministry paid for the training of 3,000 nurses.", "general"),
    ("The brewery's launch drew 5,000 visitors.", "general"),
    ("New investments let the clinics treat 9,000 more patients.", "general"),
    ("The trade fair drew 12,000 visitors.", "general"),
    ("The new underwater tunnel is 6 kilometres long.", "general"),
    ("The city counted 14 clusters of measles cases.", "general"),
    ("The bakery's prices rose by 7 percent.", "general"),
    # Near misses: the theme's own words still place the fact.
    ("The AI model was trained on 9,000 chips.", "ai"),
    ("The rocket launch put 20 satellites in orbit.", "space"),
    ("Foreign direct investment rose by 8 percent.", "economy"),
    ("The trade deficit widened by 3 percent.", "economy"),
    ("The submersible dived 3,000 metres into the ocean.", "ocean"),
])
def test_generic_words_place_no_fact_alone(text: str, expected: str) -> None:
    assert {theme for _, theme in themes(text)} == {expected}


def test_a_weak_word_still_follows_the_document() -> None:
    # "training" alone says nothing, but in a text about language models it leans to AI.
    assert themes(
        "The lab released a large language model in May.\n\n"
        "Its training took 41 days."
    ) == [(41, "ai")]


def test_both_taxonomy_copies_are_the_same() -> None:
    shipped = (ROOT / "content" / "taxonomy.yml").read_text(encoding="utf-8")
    assert shipped == (ROOT / "generator" / "default_taxonomy.yml").read_text(encoding="utf-8")


def test_no_cue_is_written_twice() -> None:
    """Cues match across a space or a hyphen and in either case: "deep sea" and "deep-sea" are
    one cue, and listing both would count each mention twice for its theme."""
    seen: dict[tuple[str, ...], str] = {}
    twice = []
    for theme in _shipped().themes:
        for cue in theme.cues:
            key = _cue_key(cue)
            if key in seen:
                twice.append((seen[key], f"{theme.slug}: {cue}"))
            seen[key] = f"{theme.slug}: {cue}"
        weak_keys = [_cue_key(w) for w in theme.weak]
        twice.extend((theme.slug, w) for w, k in zip(theme.weak, weak_keys, strict=True)
                     if weak_keys.count(k) > 1)
    assert twice == []


def _named_taxonomy() -> Taxonomy:
    return Taxonomy((
        Theme("net", "Internet", "", cues=("internet", "broadband")),
        Theme("space", "Space", "", cues=("Mars", "rocket")),
        Theme("sea", "Sea", "", cues=("ocean",)),
        Theme("general", "General", ""),
    ))


@pytest.mark.parametrize(("text", "expected"), [
    # A lower-case cue among the leading words of a capitalised name only names it.
    ("The Northfield Internet Prime Search has 4,000 volunteers.", "general"),
    ("The volunteers of the Broadband Choir Society sang for 90 minutes.", "general"),
    # Near misses: the cue outside the name, a cue that is a name itself, the name's last word.
    ("Internet use in the valley rose to 80 percent.", "net"),
    ("The Northfield Internet Prime Search moved its 4,000 volunteers to internet forums.", "net"),
    ("The Mars Sample Laboratory employs 300 engineers.", "space"),
    ("Floating plastic covers 12 percent of the Northern Ocean in summer.", "sea"),
    ("The Northern Ocean's Lyre Basin covers 12 percent of the map.", "sea"),
])
def test_a_cue_inside_a_name_does_not_count(text: str, expected: str) -> None:
    assert {theme for _, theme in themes(text, _named_taxonomy())} == {expected}


def test_a_title_case_headline_keeps_its_cues() -> None:
    """A headline capitalises every word: there a capital does not mark a name."""
    from generator.classify import _hits_outside_names, _matcher

    matcher = _matcher(_named_taxonomy())
    assert _hits_outside_names(matcher, "Valley Internet Speeds Top 80 Mbps") == [("net", "internet")]
    assert _hits_outside_names(matcher, "The Valley Internet Exchange moved twice") == []


def _plural_taxonomy() -> Taxonomy:
    return Taxonomy((
        Theme("links", "Links", "", cues=("telecommunications", "Mars")),
        Theme("fish", "Fish", "", cues=("inland fisheries",)),
        Theme("machines", "Machines", "", cues=("robotics",)),
        Theme("general", "General", ""),
    ))


@pytest.mark.parametrize(("text", "expected"), [
    # A plural cue matches its singular: "telecommunications" in a telecommunication cable.
    ("The new telecommunication cable runs 840 kilometres.", "links"),
    ("The inland fishery landed 320 tonnes of carp.", "fish"),
    # Near misses: the plural itself; "-ics" is no plural ("robotic" is not "robotics"); a cue
    # written with a capital keeps its final "s" ("Mar" is not "Mars").
    ("The telecommunications cable runs 840 kilometres.", "links"),
    ("The robotic arm lifted 40 kilograms.", "general"),
    ("The Mar Menor lagoon covers 135 square kilometres.", "general"),
])
def test_a_plural_cue_matches_its_singular(text: str, expected: str) -> None:
    assert {theme for _, theme in themes(text, _plural_taxonomy())} == {expected}


def test_anyones_job_is_no_economy_fact() -> None:
    # With singulars matching, "jobs" would make every "job" economic: it is weak now.
    assert themes("It is the coach's job to pick 11 players.") == [(11, "general")]
    assert {theme for _, theme in themes("Job losses pushed unemployment to 7 percent.")} == {"economy"}


@pytest.mark.parametrize(("text", "expected"), [
    # A company's fiscal year or quarter is the calendar of its accounts: the handset
    # text stays communications.
    # (Two sentences name handsets: one passing mention would lean nothing, see
    # tests/test_classify_passing_mention.py.)
    ("The maker sold 12 million handsets. Its smartphones led the market.\n\n"
     "It was its best fiscal third quarter, with 4 million shipped.", "communications"),
    ("The maker sold 12 million handsets. Its smartphones led the market.\n\n"
     "Its fiscal year closed with 9 million shipped.", "communications"),
    # Near miss: fiscal policy is economy news.
    ("The maker sold 12 million handsets.\n\nThe fiscal deficit reached 4 percent.", "economy"),
])
def test_a_fiscal_calendar_is_no_fiscal_policy(text: str, expected: str) -> None:
    assert themes(text)[-1][1] == expected
