"""classify: a theme named in one body paragraph only, and neither in the title nor in the
first paragraph, is a side topic of the article (min_paragraphs: 2), for every theme whose
articles state their topic up front: quantum, IP, space, communications, innovation rankings
(as for AI). Invented sentences only; each case has a near miss whose title names the theme,
and a space article whose lede names it by a weak word keeps it. The economy has no such
guard: its articles name it by cues in one paragraph and by weak words elsewhere."""

from __future__ import annotations

import pytest

from tests.classify_helpers import themes_by_value as by_value

# An article on something else: its lede holds 41,000 and 8%; the third paragraph holds a
# passing mention of a theme with a figure of its own; the last paragraph holds 5%.
LEDE = "Visitors to the harbour festival rose 8% to 41,000 this summer."
LAST = "Stall rents rose 5%."

SIDE = {
    "quantum": ("The university's physics lab showed a quantum computer worth $2 million.",
                "Quantum lab opens at the harbour festival"),
    "ip-statistics": ("The organisers said local makers were granted 40 patents last year.",
                      "Patent grants to festival makers"),
    "space": ("A rocket launch from the coast closed the airspace for 3 hours.",
              "Rocket launch over the harbour festival"),
    "communications": ("Mobile network outages hit 300 stalls. Broadband was restored after 2 hours.",
                       "Broadband outage at the harbour festival"),
    "innovation-ranking": ("The town ranked 12th in the Global Innovation Index of small towns.",
                           "Innovation index ranks festival town"),
}


def _article(mention: str) -> str:
    return f"{LEDE}\n\nMost visitors came by ferry.\n\n{mention}\n\n{LAST}"


@pytest.mark.parametrize("theme", sorted(SIDE))
def test_one_paragraph_is_a_side_topic(theme: str) -> None:
    themes = by_value(_article(SIDE[theme][0]), "Harbour festival draws crowds")
    assert themes[41000] == themes[8] == themes[5] == "general", themes


@pytest.mark.parametrize("theme", sorted(SIDE))
def test_a_title_that_names_the_theme_keeps_it(theme: str) -> None:
    # The near miss: the same body under a title that names the theme once.
    themes = by_value(_article(SIDE[theme][0]), SIDE[theme][1])
    assert themes[41000] == themes[8] == themes[5] == theme, themes


def test_a_space_lede_that_names_a_launch_keeps_space() -> None:
    text = ("Orbitra said bookings for its next launch rose 30% to 650 seats.\n\n"
            "Its revenue was $9 million in the quarter.\n\n"
            "The company expects its spacecraft to fly 4 times next year.")
    themes = by_value(text, "Orbitra quarterly results")
    assert themes[30] == themes[650] == themes[9000000] == "space", themes


def test_a_weak_word_in_the_lede_states_only_a_weak_counts_theme() -> None:
    # "applications" is a weak IP word, but ip-statistics does not set weak_counts: its lede
    # must name it by a cue. Space, which sets weak_counts, names nothing in the lede either.
    lede = "Stall applications rose 8% to 41,000 this summer."
    body = f"Most visitors came by ferry.\n\n{SIDE['ip-statistics'][0]} {SIDE['space'][0]}"
    themes = by_value(f"{lede}\n\n{body}\n\n{LAST}", "Harbour festival draws crowds")
    assert themes[41000] == themes[8] == themes[5] == "general", themes
