"""classify: weak cues (the taxonomy's ``weak`` list) break ties and never place a fact alone."""

from __future__ import annotations

from pathlib import Path

from generator.classify import classify_facts, load_taxonomy
from generator.extract import extract_facts
from generator.ingest import parse_document
from generator.model import Taxonomy, Theme

ROOT = Path(__file__).resolve().parent.parent


def _taxonomy() -> Taxonomy:
    return Taxonomy((
        Theme("ferries", "Ferries", "", cues=("ferry", "ferries", "harbour"), weak=("network",)),
        Theme("league", "Leagues", "", cues=("league table", "league"), weak=("ranks", "rank")),
        Theme("trade", "Trade", "", cues=("exports", "tariff"), weak=("growth", "revenue")),
        Theme("general", "General", ""),
    ))


def themes(text: str, taxonomy: Taxonomy | None = None) -> list[tuple[object, str | None]]:
    doc = parse_document(f"Title\n\n{text}\n", "d", "d.txt", "0")
    facts = classify_facts(extract_facts(doc), taxonomy or _taxonomy(), doc)
    return [(f.value, f.theme) for f in facts if f.value is not None]


def test_weak_cues_alone_go_to_the_fallback() -> None:
    # A tramway text: "network", "ranks" and "growth" are generic words, not topics.
    assert themes(
        "The valley tramway carried 41 million riders in 2023, a growth of 6 percent.\n\n"
        "The network now runs 212 kilometres of track.\n\n"
        "The tramway ranks first in the country for punctuality."
    ) == [(41_000_000, "general"), (6, "general"), (212, "general"), (1, "general")]


def test_weak_cues_count_where_the_sentence_names_the_theme() -> None:
    # The sentence has a strong cue for both themes: the weak "ranks" decides.
    assert themes("The club ranks third in the league on cheese exports.") == [(3, "league")]
    # Two themes tie on the document's strong cues; the weak "revenue" breaks the tie (the
    # taxonomy order alone would give the first theme, ferries).
    assert themes("Ferry fares rose.\n\nExports fell by 3 percent.\n\nRevenue rose by 12 percent.") == [
        (3, "trade"), (12, "trade")
    ]


def test_weak_words_do_not_count_in_the_document_mix() -> None:
    # Many weak words for trade, one strong ferry cue: cue-less facts follow the strong one.
    assert themes(
        "Growth was strong and revenue grew.\n\nThe ferry sailed.\n\nSome 40 riders waited."
    ) == [(40, "ferries")]


def test_default_taxonomy_has_weak_lists_and_stays_loadable(tmp_path: Path) -> None:
    for path in (ROOT / "content" / "taxonomy.yml", ROOT / "generator" / "default_taxonomy.yml"):
        taxonomy = load_taxonomy(path)
        weak = {t.slug: t.weak for t in taxonomy.themes}
        assert "rank" in weak["innovation-ranking"] and "growth" in weak["economy"]
    custom = tmp_path / "taxonomy.yml"
    custom.write_text("themes:\n  - slug: a\n    title: A\n    cues: [x]\n    weak: [y, z]\n"
                      "  - slug: general\n    title: G\n", encoding="utf-8")
    assert load_taxonomy(custom).themes[0].weak == ("y", "z")


def test_an_abbreviated_theme_unit_keeps_its_final_s() -> None:
    """"Gbps" is no plural of "GBP": pounds are not a communications unit, gigabits are."""
    taxonomy = Taxonomy((
        Theme("links", "Links", "", units=("Gbps",)),
        Theme("crops", "Crops", "", units=("tonnes",)),
        Theme("general", "General", ""),
    ))
    assert themes("The mill reported net debt of £936 million.", taxonomy) == [(936_000_000, "general")]
    assert themes("The new cable carries 400 Gbps.", taxonomy) == [(400, "links")]
    assert themes("The farm sold 12 tonne of rye and 40 tonnes of oats.", taxonomy) == [(12, "crops"), (40, "crops")]


def test_planet_alone_does_not_make_a_space_fact() -> None:
    """In the shipped taxonomy "planet" is a weak space cue: "the busiest airport on the
    planet" is no space news, a probe orbiting a planet still is."""
    taxonomy = load_taxonomy(ROOT / "content" / "taxonomy.yml")
    assert themes("The harbour airport served 41 million passengers, the busiest airport on the planet.",
                  taxonomy) == [(41_000_000, "general")]
    assert themes("The probe sent 300 images from its orbit around the planet.", taxonomy) == [(300, "space")]


def test_the_matcher_is_built_once_per_taxonomy() -> None:
    """Building the cue and unit index per document costs a fifth of extraction on prose."""
    from generator import classify

    taxonomy = load_taxonomy(ROOT / "content" / "taxonomy.yml")
    assert classify._matcher(taxonomy) is classify._matcher(taxonomy)


def test_a_weak_unit_speaks_for_a_theme_the_document_names() -> None:
    """A rank measures a ranking: where the document names the league by a cue of its own,
    a cue-less sentence's ranks go there, not to the document's busier theme; without
    that cue the weak unit places nothing and the facts follow the document."""
    trade_text = "Exports rose 4 percent.\n\nThe tariff on tin fell.\n\nExports of salt grew.\n\n"
    ranks = "Ostland climbed from 9th to 4th."
    assert themes(trade_text + "The league table came out.\n\n" + ranks) == [
        (4, "trade"), (9, "league"), (4, "league")
    ]
    assert themes(trade_text + ranks) == [(4, "trade"), (9, "trade"), (4, "trade")]
