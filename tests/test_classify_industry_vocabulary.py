"""classify: each theme's industry has words of its own that name nothing else (a telecom
firm's mobile customers and postpaid plans, a screen report's theatrical features and cast and
crew, a launch site's splashdowns, a deep-sea survey's seamounts). They are cues, so an article
that uses only the trade's words, and not the theme's name, still gets its theme; the words
such a trade shares with other news stay weak. Invented articles only, each group with near
misses that keep their theme."""

from __future__ import annotations

from tests.classify_helpers import themes


def test_an_acronym_cue_in_the_plural_names_its_theme() -> None:
    """"LLMs" is the plural of the cue "LLM", capitals and all."""
    assert themes("The institute trained 12 LLMs last year.") == {"ai"}

def test_an_acronym_that_only_starts_like_a_cue_names_nothing() -> None:
    # near miss: "IPOs" are share sales, not the plural of the cue "IP"
    assert themes("The exchange hosted 12 IPOs.") == {"general"}
