"""classify: the economy is the wider economy, not a sector's money. A sector's spending,
exports or prices with the economy named once in passing stay general; the economy's own
statistics (GDP, national accounts, a country's trade, inflation named throughout) stay economy.
Invented sentences only, each with a near miss that keeps its theme."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.classify import classify_facts, load_taxonomy
from generator.errors import ContentError
from generator.extract import extract_facts
from generator.ingest import parse_document
from tests.classify_helpers import themes

ROOT = Path(__file__).resolve().parent.parent


# --- one sentence naming the economy is a backdrop, not the topic -------------------------


@pytest.mark.parametrize("text", [
    # the economy named once, in a sentence of its own without figures
    "Clinics in Varnholm spent $3.4 billion on patient care in 2031, up 6.2%. "
    "Staff costs rose 4.8%. The board blamed high inflation for part of the rise.",
    "The ferry line carried 2.7 million passengers last year, 3% more than before. "
    "Its owners credited the recovering economy.\n\nTicket sales rose 2% to $412 million.",
    # the same in a quote, in its own paragraph
    "Average asking rents in Ostberg fell 2.4% in May.\n\n"
    "\u201cHigh inflation keeps budgets tight,\u201d the agent said.\n\nRents rose 1.1% in the suburbs.",
])
def test_an_economy_word_in_passing_leaves_a_sector_article_general(text: str) -> None:
    assert themes(text) == {"general"}


def test_an_economy_named_in_two_sentences_leans_the_document() -> None:
    text = ("Inflation in Varnholm rose to 4.1% in March. Prices of food rose 6.2%. "
            "The central bank expects inflation to ease by the autumn.")
    assert themes(text) == {"economy"}


def test_a_title_that_names_the_economy_counts_as_one_of_the_two_sentences() -> None:
    text = "GDP fell 0.4% in the quarter. Spending by households dropped 1.1%."
    assert themes(text, title="Norland's economy shrank in the spring") == {"economy"}
    # Below another lead figure, one sentence naming the economy stays a backdrop (a lead
    # figure's sentence states the article's topic: tests/test_classify_theme_matrix.py).
    ferry = f"The ferry line carried 2.1 million passengers. {text}"
    assert themes(ferry, title="Ferry passengers rise in the spring") == {"economy", "general"}


def test_the_sentence_that_names_the_economy_keeps_its_own_cue() -> None:
    # Only the document's and paragraph's lean need two sentences: a figure's own sentence
    # that names the economy is still economy, in an otherwise general article.
    doc_text = ("Clinics in Varnholm spent $3.4 billion on patient care in 2031.\n\n"
                "Inflation reached 3.9% in the same year.")
    doc = parse_document(f"T\n\n{doc_text}\n", "d", "d.txt", "0")
    facts = classify_facts(extract_facts(doc), load_taxonomy(ROOT / "content" / "taxonomy.yml"), doc)
    by_value = {f.value: f.theme for f in facts}
    assert by_value[3.9] == "economy" and "inflation" in next(f.cues for f in facts if f.value == 3.9)
    assert by_value[3400000000] == "general"


# --- GDP as a yardstick -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Spending on care reached $2.1 trillion, or 12% of GDP, in 2031.",
    "Ferry routes made up 1.2% of global GDP last year.",
])
def test_a_share_of_gdp_measures_a_sector(text: str) -> None:
    assert themes(text) == {"general"}


def test_gdp_itself_stays_economy() -> None:
    assert themes("GDP grew 2.3% in the second quarter after 1.1% in the first.") == {"economy"}


@pytest.mark.parametrize("text", [
    "Clinic prices rose 2.6% in 2031, less than the rate of general inflation.",
    "Tuition fees at Varnholm colleges rose 4.4%, above inflation for a third year.",
])
def test_inflation_as_a_bar_for_a_sectors_prices_is_no_economy_cue(text: str) -> None:
    assert themes(text) == {"general"}


def test_inflation_itself_stays_economy() -> None:
    assert themes("Inflation rose to 4.4% in May, the statistics office said.") == {"economy"}
    # the same bar in an article about the economy follows the article
    assert themes("Inflation eased to 3.1% in May. The central bank held its rate. "
                  "Wages rose 4.4%, above inflation.") == {"economy"}


# --- a sector's exports and a country's ----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Exports of smoked fish from Norland rose 6% to $1.2 billion in 2031. "
    "The fish exporters' council expects a better year.",
    "Cheese exports reached 41,000 tonnes, while butter exports fell 3%.",
])
def test_a_sectors_exports_stay_general(text: str) -> None:
    assert themes(text) == {"general"}


@pytest.mark.parametrize("text", [
    "Exports of goods and services fell 3.2% in the quarter.",
    # exports count for the economy where the article names the economy's trade
    "Norland's exports rose 4% in May and imports fell 2%, widening the trade surplus to $3.1 billion.",
    "The trade surplus of Norland widened in May. Exports rose 4% and imports fell 2%. "
    "The trade surplus reached $3.1 billion.",
])
def test_a_countrys_exports_stay_economy(text: str) -> None:
    assert themes(text) == {"economy"}


@pytest.mark.parametrize("text", [
    "The economy grew 2.1% in the third quarter.",
    "Norland’s economy shrank 0.4% in the spring, the statistics office said.",
    "Norland's exports fell 1.2% in March.",
    "The country's exports fell 1.2% in March while its imports rose 0.5%.",
])
def test_the_economy_growing_and_a_countrys_own_exports_are_economy(text: str) -> None:
    assert themes(text) == {"economy"}


@pytest.mark.parametrize("text", [
    "Norland's seafood exports rose 5% to $1.1 billion.",
    "The ferry line carried 2.7 million passengers, 3% more. Its owners credited Norland's growing economy.",
])
def test_a_countrys_sector_exports_and_its_economy_in_passing_stay_general(text: str) -> None:
    assert themes(text) == {"general"}


def test_the_economys_own_statistics_are_cues() -> None:
    assert themes("Gross value added grew 2.4% in the third quarter.") == {"economy"}
    assert themes("Workers abroad sent home $12 billion in remittances, up 5%.") == {"economy"}


# --- the key is checked like the others ------------------------------------------------------


@pytest.mark.parametrize("value", ["0", "two", "[2]"])
def test_min_sentences_must_be_a_whole_number(tmp_path: Path, value: str) -> None:
    path = tmp_path / "taxonomy.yml"
    path.write_text(
        f"fallback: general\nthemes:\n  - slug: money\n    title: Money\n    min_sentences: {value}\n"
        "  - slug: general\n    title: General\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as info:
        load_taxonomy(path)
    diag = info.value.diagnostics[0]
    assert (diag.line, diag.col) == (5, 20) and "min_sentences" in diag.message


def test_min_sentences_is_read() -> None:
    taxonomy = load_taxonomy(ROOT / "content" / "taxonomy.yml")
    assert {t.slug: t.min_sentences for t in taxonomy.themes}["economy"] == 2
    assert {t.slug: t.min_sentences for t in taxonomy.themes}["space"] == 1
