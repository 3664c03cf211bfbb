"""classify: a theme's ``narrowed_by`` words say a figure is one organisation's own result, whose
sentence's theme cues are its backdrop (the economy/general border: whose figure is it?).
Invented sentences only, each with a near miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.classify import load_taxonomy
from generator.errors import ContentError
from tests.classify_helpers import classified


def test_a_company_result_says_which_words_placed_it() -> None:
    facts = {f.value: f for f in classified(
        "Net profit rose 14% to 820 million euros as higher interest rates lifted lending margins.")}
    assert facts[14].theme == "general"
    assert "net profit" in facts[14].cues  # the narrowing word, not the economy's cue


def test_the_economy_s_words_without_a_company_keep_their_theme() -> None:
    facts = {f.value: f for f in classified("Higher interest rates lifted lending margins by 14% across the banks.")}
    assert facts[14].theme == "economy" and "interest rate" in facts[14].cues


def test_a_report_of_one_company_is_not_leaned_by_two_mentions_of_inflation() -> None:
    facts = {f.value: f.theme for f in classified(
        "The grocer's like-for-like sales grew 6% in the half. Inflation kept shoppers cautious.\n\n"
        "The chain spent 310 million euros on new shops. Its stores served 41 million customers.\n\n"
        "Managers expect inflation to ease. The company's shares rose 3%.", "Grocer's half")}
    assert facts[310000000] == facts[41000000] == "general"


def test_narrowed_by_must_be_a_list(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.yml"
    path.write_text("fallback: general\nthemes:\n  - slug: general\n    title: General\n"
                    "    narrowed_by: 3\n", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_taxonomy(path)
    assert "narrowed_by" in error.value.diagnostics[0].message


@pytest.mark.parametrize("text", [
    # A country's trade: "its" names no organisation's result here.
    "Norland said its exports rose 12% to $4.1 billion in May.",
    # A state's budget: its earnings from taxes are public finance.
    "The ministry aims to cut the budget deficit to 4.1% by raising its earnings from taxes.",
])
def test_near_misses_stay_in_the_economy(text: str) -> None:
    assert {f.theme for f in classified(text)} == {"economy"}
