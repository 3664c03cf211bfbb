"""extract: the dollar of a bare "$" in a document placed in another dollar country
(local_dollar.py), and currencies named after a sum (money.py). A country named throughout,
"$US", a bare "¥" and a currency noun after a "$" sum have their rows and near misses in
tests/test_extract_unit_matrix.py (cur-, cur-noun-, yen-).

Every text here is written for the project. Each rule has the case it fixes and a near miss
whose reading must not change.
"""

from __future__ import annotations

from generator.extract import extract_facts
from generator.ingest import parse_document


def money(text: str, title: str = "Harbour news") -> list[tuple[object, str | None]]:
    doc = parse_document(f"{title}\n\n{text}\n", "d", "d.txt", "0")
    return [(f.value, f.unit) for f in extract_facts(doc) if f.unit and f.unit.isupper()]


def test_a_title_naming_a_dollar_country_makes_a_bare_dollar_local() -> None:
    text = "The ferry line earned $12.7 million in Australia this year, up from $9.3 million."
    assert money(text, "Australian ferry line sets a new high") == [(12700000, "AUD"), (9300000, "AUD")]


def test_a_dateline_naming_a_dollar_country_makes_a_bare_dollar_local() -> None:
    text = "TORONTO, May 4 - Canadian bakeries sold $3.46 billion of bread, the guild said."
    assert money(text) == [(3460000000, "CAD")]


def test_us_dollars_written_as_such_make_the_bare_one_local() -> None:
    text = "Copper hit US$9,100 ($13,650) a tonne at 10am AEST on Monday."
    assert money(text, "Copper hits a new high") == [(9100, "USD"), (13650, "AUD")]


def test_a_bare_dollar_beside_the_local_sign_stays_us() -> None:
    text = "Australian studios spent $214 million (A$337 million) on films in Australia."
    assert money(text, "Australian film spend grows") == [(214000000, "USD"), (337000000, "AUD")]


def test_a_text_that_writes_the_local_sign_keeps_bare_dollars_us() -> None:
    text = "The Sydney fund raised A$41.3 million. Its US arm raised $26.8 million in Australia."
    assert money(text, "Australian fund grows") == [(41300000, "AUD"), (26800000, "USD")]


def test_a_country_named_only_in_passing_keeps_bare_dollars_us() -> None:
    text = "The ferry line earned $12.7 million, with a new route to Canada planned."
    assert money(text) == [(12700000, "USD")]


def test_a_country_named_less_than_the_united_states_keeps_bare_dollars_us() -> None:
    text = "Canadian buyers paid $4.15 million for the US firm, which sells across the US and America."
    assert money(text, "Canadian buyers take over a US firm") == [(4150000, "USD")]


# --- currencies named after the sum ------------------------------------------------------------


def test_rand_dirhams_and_patacas_after_a_sum_are_currencies() -> None:
    assert money("The grocer lifted sales to 187 billion rand.") == [(187000000000, "ZAR")]
    assert money("The airline made 14.6 billion dirhams.") == [(14600000000, "AED")]
    assert money("Casino takings reached 17.3 billion patacas.") == [(17300000000, "MOP")]


def test_a_capitalised_rand_stays_a_name() -> None:
    assert money("The 12 Rand fellows met.") == []

