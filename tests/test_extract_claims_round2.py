"""extract: record claims of a second round of unseen shapes (leading a market or a list,
someone's "top" partner, adverb superlatives, new records seen, superlatives opening a
headline); denied, expected and advising claims, and headings, that are none; each with
near misses that must stay what they were. Sentences are invented for the tests."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def claims(text: str, *, is_title: bool = False) -> list[str | None]:
    return [f.cue for f in read_sentence(text, is_title=is_title).figures if f.kind == "record"]


def kinds(text: str) -> list[str]:
    return [f.kind for f in read_sentence(text).figures]


# --- leading a market or a list, someone's "top" partner ----------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Norway keeps its place as the heat-pump market leader.", "market leader"),
        ("The firm is an industry-leading maker of kettles.", "industry-leading"),
        ("Among the tourists, those from Peru led the way.", "led the way"),
        ("Small lenders are leading the way in green loans.", "leading the way"),
        ("Oslo, Bergen and Tromso lead the Annual Bicycle Index.", "lead the Annual Bicycle Index"),
        ("The pop duo topped the charts for a month.", "topped the charts"),
        ("Once again the list is headed by Glimmer Foods.", "list is headed by"),
        ("The ranking was topped by a small bakery.", "ranking was topped by"),
        ("Chile remains the world's top buyer of kites.", "remains the world's top"),
        ("The bloc remained Brazil's top trading partner.", "remained Brazil's top"),
        ("It is the planet's top exporter of figs.", "is the planet's top"),
    ],
)
def test_leading_a_market_or_a_list_is_a_claim(text: str, cue: str) -> None:
    assert claims(text) == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "The team leader called a meeting.",
        "Party leaders met on Monday.",
        "She is the firm's top executive.",
        "He remained the bank's top official.",
        "Top officials flew to Lima.",
        "The talks were led by the chief executive.",
        "The ministry is headed by the new minister.",
        "He led the way to the station.",
        "The fee sits on top of the list price.",
        "Users can top up their cards online.",
        "She heads the sales team.",
    ],
)
def test_posts_people_and_plain_leading_are_no_claims(text: str) -> None:
    assert claims(text) == []


# --- adverb superlatives after a verb of change -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Rice exports grew fastest in the south.", "grew fastest"),
        ("Of all fruits, pears rose the most.", "rose the most"),
        ("Lima is among the cities that climbed the rankings fastest.", "the rankings fastest"),
        ("Lima climbed the city rankings fastest.", "climbed the city rankings fastest"),
        ("Wool prices fell the least, by 2%.", "fell the least"),
    ],
)
def test_an_adverb_superlative_after_a_verb_of_change_is_a_claim(text: str, cue: str) -> None:
    assert claims(text) == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers grew most of the wheat.",
        "Prices rose most sharply in May.",
        "He climbed the stairs quickly.",
        "Sales grew most years.",
    ],
)
def test_most_of_a_thing_and_plain_change_are_no_claims(text: str) -> None:
    assert claims(text) == []


# --- new records seen, hit or posted ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Bakeries saw new records for spring sales.", "saw new records"),
        ("The port posted several new records last year.", "posted several new records"),
        ("Kite makers hit fresh records in June.", "hit fresh records"),
    ],
)
def test_new_records_seen_or_hit_are_a_claim(text: str, cue: str) -> None:
    assert claims(text) == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "Clinics saw new medical records arrive by post.",
        "The office keeps new records in a vault.",
        "Records show the mill closed.",
    ],
)
def test_new_records_as_documents_are_no_claims(text: str) -> None:
    assert claims(text) == []


# --- denied claims ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new ferry is not the fastest on the lake.",
        "It isn't the largest farm in the valley.",
        "The mill is no longer the biggest employer in town.",
    ],
)
def test_a_denied_superlative_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It is not only the largest farm in the valley.", "the largest"),
        ("The ferry is the fastest on the lake.", "the fastest"),
    ],
)
def test_a_claim_not_denied_stays_a_claim(text: str, cue: str) -> None:
    assert claims(text) == [cue]


# --- superlatives opening a headline ------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "cue"),
    [
        ("Largest kite festival in decades opens on the coast", "Largest"),
        ("Farm news: Wettest spring on the books ruins hay", "Wettest"),
        ("Orchards - Coldest night in years hits apples", "Coldest"),
    ],
)
def test_a_superlative_opening_a_headline_is_a_claim(title: str, cue: str) -> None:
    assert claims(title, is_title=True) == [cue]


@pytest.mark.parametrize(
    "title",
    [
        "Best Buyers Club opens a shop",
        "Most voters back the plan",
        "Largest Kite Maker Fined",
        "Farmers sow on longest day",
    ],
)
def test_names_quantities_and_title_case_headlines_are_no_claims(title: str) -> None:
    assert claims(title, is_title=True) == []


def test_a_body_sentence_opening_with_a_superlative_is_read_as_before() -> None:
    assert claims("Largest kite festival in decades opens on the coast.") == []


# --- headings are no milestones -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["Glimmer’s Milestones", "Key Milestones in 2019", "Our Landmark Deals of the Year"])
def test_a_heading_is_no_milestone(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize("text", ["Glimmer launched a solar kettle in Lima.", "Glimmer Corp launched Kettle One."])
def test_a_sentence_naming_a_milestone_is_one(text: str) -> None:
    assert kinds(text) == ["milestone"]


# --- expectations are no claims ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Next week the probe is expected to send the first images of the moon.",
        "The mill expects to be the largest in the valley.",
    ],
)
def test_an_expected_claim_is_no_claim(text: str) -> None:
    assert claims(text) == []


def test_a_claim_met_as_expected_stays_a_claim() -> None:
    assert claims("The probe sent the first images of the moon, as expected.") == ["the first"]


# --- advice and idiom with "best" are no claims -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Saving early is the best way to retire well.",
        "The best thing is to wait a week.",
        "Selling now is in the best interests of the owners.",
        "The crew did its best to finish.",
    ],
)
def test_advice_with_best_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It was the best year for the mill.", "the best"),
        ("Of all the ferries, hers is the best.", "the best"),
    ],
)
def test_best_ranking_a_thing_stays_a_claim(text: str, cue: str) -> None:
    assert claims(text) == [cue]
