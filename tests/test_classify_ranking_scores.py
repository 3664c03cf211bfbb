"""classify: a ranking's scores and the slots a country moved are the ranking's figures, even
where the article names the economy more often than the ranking (the reasons for a country's
rise). They speak only where the article names a ranking. Invented sentences only."""

from __future__ import annotations

from pathlib import Path

from generator.classify import classify_facts, load_taxonomy
from generator.extract import extract_facts
from generator.ingest import parse_document

ROOT = Path(__file__).resolve().parent.parent

RANKING = ("Norland topped the competitiveness index for 2031. Inflation stayed low as the central "
           "bank held rates. Unemployment fell to 3.1%.\n\n"
           "Ostmark climbed to second, and its score reached 81.4.\n\n"
           "Vesland moved up two slots to fifth.")


def by_value(text: str) -> dict[object, str | None]:
    doc = parse_document(f"Title\n\n{text}\n", "d", "d.txt", "0")
    facts = classify_facts(extract_facts(doc), load_taxonomy(ROOT / "content" / "taxonomy.yml"), doc)
    return {f.value: f.theme for f in facts if f.value is not None}


def test_a_score_and_slots_in_a_ranking_article_are_the_rankings() -> None:
    themes = by_value(RANKING)
    assert themes[81.4] == "innovation-ranking"
    assert themes[2] == "innovation-ranking"
    assert themes[3.1] == "economy"  # its own sentence names the economy


def test_a_score_without_a_ranking_is_no_ranking() -> None:
    assert set(by_value("The school's average score rose to 71.2. It moved up two slots.").values()) == {"general"}
