"""classify: the title states the article's topic, so its cues lean the document as a body
sentence's do: a headline that names rockets places the figures of a body about engines and
staff. A theme that needs two sentences (min_sentences) still needs a body sentence besides the
title. Invented articles only."""

from __future__ import annotations

from tests.classify_helpers import themes

BODY = "The firm built 24 engines this year.\n\nIt hired 300 staff at its northern works."


def test_a_title_cue_leans_the_document() -> None:
    assert themes(BODY, title="Rocket maker doubles its output") == {"space"}


def test_a_title_without_a_cue_leans_nothing() -> None:
    # near miss: the same body under a title that names no theme
    assert themes(BODY, title="Engine maker doubles its output") == {"general"}


def test_a_title_alone_is_not_enough_for_a_theme_that_needs_two_sentences() -> None:
    # near miss: the economy needs two sentences; the title is one
    assert themes("Shoppers spent 40 dollars less a week.\n\nFootfall fell 6 percent.",
                  title="Inflation worries shoppers") == {"general"}
