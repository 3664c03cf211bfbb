"""classify: one passing mention of a theme does not lean a whole article. Culture and
communications need two sentences (weak words count once a cue names the theme), so a singer
in a restaurant's promotion or the internet in a strike story stays a backdrop, while an article
on streaming or networks keeps its theme. Invented sentences only, each with a near miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.classify import classify_facts, load_taxonomy
from generator.errors import ContentError
from generator.extract import extract_facts
from generator.ingest import parse_document
from tests.classify_helpers import themes

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("text", [
    # a singer named once, in a sentence of its own in the figures' paragraph
    "Sales at the Copperpot restaurant chain rose 11% to $3.2 billion in the quarter. "
    "The chain credited a promotion with a famous singer. Orders rose 4% in the quarter.",
    # the internet named once, in its own paragraph
    "Nine unions plan 3 strikes in May. Some 40,000 staff would walk out.\n\n"
    "The ministry will use the internet to explain its offer to staff.",
])
def test_one_passing_mention_leaves_the_article_general(text: str) -> None:
    assert themes(text) == {"general"}


def test_a_streaming_article_names_its_topic_once_and_its_weak_words_throughout() -> None:
    text = ("The platform's music catalogue passed 90 million tracks.\n\n"
            "Users streamed 3.1 billion hours in May, up 12%.\n\n"
            "Its top artist drew 40 million listeners.")
    assert themes(text) == {"culture"}


def test_a_network_named_in_two_sentences_leans_the_document() -> None:
    text = ("The operator's broadband lines passed 2 million. Each home pays 30 dollars a month.\n\n"
            "Its mobile network covers 98% of the country.")
    assert themes(text) == {"communications"}


def test_a_title_that_names_the_theme_counts() -> None:
    text = "Sales rose 11% to $3.2 billion. The chain thanked a famous singer."
    assert themes(text, title="Film studio sales rise") == {"culture"}


def test_weak_counts_must_be_true_or_false(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.yml"
    path.write_text("fallback: general\nthemes:\n  - slug: general\n    title: General\n"
                    "    weak_counts: often\n", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_taxonomy(path)
    diag = error.value.diagnostics[0]
    assert (diag.line, diag.col) == (5, 18) and "weak_counts" in diag.message


def test_backdrop_clauses_must_be_true_or_false(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.yml"
    path.write_text("fallback: general\nthemes:\n  - slug: general\n    title: General\n"
                    "    backdrop_clauses: often\n", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_taxonomy(path)
    assert "backdrop_clauses" in error.value.diagnostics[0].message


def test_backdrop_clauses_is_read() -> None:
    taxonomy = load_taxonomy(ROOT / "content" / "taxonomy.yml")
    economy, culture = ({t.slug: t for t in taxonomy.themes}[slug] for slug in ("economy", "culture"))
    assert economy.backdrop_clauses is True and "households" in economy.backdrop_subjects
    assert culture.backdrop_clauses is False and culture.backdrop_subjects == ()


def test_weak_counts_is_read() -> None:
    taxonomy = load_taxonomy(ROOT / "content" / "taxonomy.yml")
    assert {t.slug: t.weak_counts for t in taxonomy.themes}["culture"] is True
    assert {t.slug: t.weak_counts for t in taxonomy.themes}["economy"] is False


# --- the ocean in a weather or climate story ----------------------------------------------


def by_value(text: str) -> dict[object, str | None]:
    doc = parse_document(f"Title\n\n{text}\n", "d", "d.txt", "0")
    facts = classify_facts(extract_facts(doc), load_taxonomy(ROOT / "content" / "taxonomy.yml"), doc)
    return {f.value: f.theme for f in facts if f.value is not None}


def test_one_ocean_sentence_leaves_a_climate_story_general() -> None:
    themes = by_value("The summer was 1.4C warmer than the long-term average. Heatwaves killed 3,000 "
                      "people.\n\nForecasters said oceans absorb most of the extra heat.")
    assert themes[1.4] == "general" and themes[3000] == "general"


def test_an_ocean_article_names_its_seas_too() -> None:
    themes = by_value("The frigate sank in 1920 with 300 sailors aboard.\n\n"
                      "Divers found it 5,200 metres below the sea surface. It is the deepest ocean "
                      "wreck found so far.")
    assert themes[300] == "ocean"
