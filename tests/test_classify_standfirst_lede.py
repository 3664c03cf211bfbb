"""classify: a standfirst (a first paragraph of one line without a full stop, under the title)
is no lede of its own: the paragraph after it states the article's topic up front, so a theme
named there is the article's, not a side topic. Invented sentences only, with near misses: a
first paragraph that is a sentence keeps the side-topic guard, and so does a standfirst whose
next paragraph names nothing."""

from __future__ import annotations

from tests.classify_helpers import themes_by_value as by_value

TITLE = "Harwick Group half-year results"
STANDFIRST = "Harwick Group reports its unaudited results for the half year to 31 March"
OPERATOR = "Harwick is a regional mobile operator serving 14 million people in 9 countries."
BULLETS = ("Group subscribers rose 6,2% to 14,3 million\n\n"
           "Revenue fell 2,8% to R41 700 million\n\n"
           "Capex rose 11,5% to R6 240 million")


def test_a_standfirst_hands_the_lede_to_the_next_paragraph() -> None:
    themes = by_value(f"{STANDFIRST}\n\n{OPERATOR}\n\n{BULLETS}", TITLE)
    # the bullet lines name no theme: the operator named up front places them
    assert themes[6.2] == themes[41700000000] == themes[11.5] == "communications"


def test_a_first_paragraph_that_is_a_sentence_stays_the_lede() -> None:
    # The same standfirst ended by a full stop is the lede: the operator below is a side topic.
    themes = by_value(f"{STANDFIRST}.\n\n{OPERATOR}\n\n{BULLETS}", TITLE)
    assert themes[6.2] == themes[41700000000] == themes[11.5] == "general"


def test_a_standfirst_over_a_paragraph_that_names_nothing_keeps_the_guard() -> None:
    text = (f"{STANDFIRST}\n\nThe board met in June and approved 3 new directors.\n\n{BULLETS}\n\n"
            f"{OPERATOR}")
    themes = by_value(text, TITLE)
    assert themes[6.2] == themes[41700000000] == themes[11.5] == "general"
