"""classify: a work's title in quotation marks ("Beyond the Seamount", a film) names the work,
not the sentence's topic: a cue among its words does not count, even its last word, which in
a plain name says what the thing is. A quoted remark is no title and keeps its cues.
Invented sentences only."""

from __future__ import annotations

from generator.classify import _quoted_titles
from tests.classify_helpers import themes_by_value as by_value

FILM_ARTICLE = ("Cinemas sold tickets worth 6.2 billion yuan over the holiday, a box office record.\n\n"
                "Seven films opened on the first day. The leading film took 1.9 billion yuan.\n\n"
                "{line}")


def test_a_cue_in_a_quoted_film_title_does_not_place_its_box_office_figure() -> None:
    line = "\u201cNight Harbour\u201d took 740 million yuan and \u201cBeyond the Seamount\u201d 310 million yuan."
    themes = by_value(FILM_ARTICLE.format(line=line), "Holiday films set a record")
    assert themes[310000000] == themes[740000000] == "culture"


def test_straight_double_quotes_are_titles_too() -> None:
    line = '"Beyond the Seamount" took 310 million yuan.'
    assert by_value(FILM_ARTICLE.format(line=line), "Holiday films set a record")[310000000] == "culture"


def test_a_quoted_remark_keeps_its_cue() -> None:
    # A quoted sentence has lower-case words: no title, and its own cue places its figure.
    text = ("\u201cThe seamount rises 2,400 metres from the plain,\u201d the survey leader said.\n\n"
            "The team mapped 3 more slopes.")
    assert by_value(text)[2400] == "ocean"


def test_an_unquoted_name_keeps_its_last_word() -> None:
    # Without quotation marks a name's last word still says what the thing is.
    assert by_value("The Northvale Seamount rises 2,400 metres from the plain.")[2400] == "ocean"


def test_which_quoted_words_are_titles() -> None:
    text = ('\u201cSong of the Deep\u201d and "Tides 2" opened; "the tide turned," she said; '
            "\u2018Harbour Lights\u2019 closed.")
    assert _quoted_titles(text) == ["Song of the Deep", "Tides 2", "Harbour Lights"]
