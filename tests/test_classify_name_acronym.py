"""classify: an acronym cue written onto the end of a name ("NorthwindAI") names its theme,
as a name's last word does, and so does one written with dots ("A.I."). Invented sentences
only, with near misses."""

from __future__ import annotations

import pytest

from tests.classify_helpers import themes


def test_an_acronym_closing_a_name_names_its_theme() -> None:
    assert themes("NorthwindAI said it raised $2 billion. The startup has 40 million weekly users.") == {"ai"}


@pytest.mark.parametrize("text", [
    "The Shanghai office raised $2 million. It has 40 staff.",  # lower-case letters only
    "The iPhone maker raised $2 million. It has 40 staff.",  # one capital, no acronym
    "The DAIRY board raised $2 million. It has 40 staff.",  # capitals throughout
])
def test_other_words_name_no_acronym(text: str) -> None:
    assert themes(text) == {"general"}


@pytest.mark.parametrize(("text", "expected"), [
    ("A.I. start-ups raised 4 billion dollars this spring.", "ai"),
    ("Ostland's G.D.P. grew 2.1 percent in the year.", "economy"),
])
def test_an_acronym_written_with_dots_names_its_theme(text: str, expected: str) -> None:
    assert themes(text) == {expected}


@pytest.mark.parametrize("text", [
    # near misses: a feature written with dots is still a feature; dotted initials that spell no
    # cue name nothing, and "U.S." before "imports" is no possessive
    "The A.I.-powered fridge sold 40,000 units.",
    "The J.R. Harlow trust gave 3 million dollars.",
    "U.S. imports rose 3 percent.",
])
def test_dotted_letters_that_spell_no_cue_name_nothing(text: str) -> None:
    assert themes(text) == {"general"}
