"""classify: an acronym cue written onto the end of a name ("NorthwindAI") names its theme,
as a name's last word does. Invented sentences only, with near misses."""

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
