"""ingest: decoding, metadata and sentence spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import SourceError
from generator.ingest import decode_source, find_date, parse_document, read_source

TEXTS = Path(__file__).parent / "texts"


def parse(text: str):
    return parse_document(text, "doc", "doc.txt", "0" * 64)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"Title\nBody.", "Title\nBody."),
        (b"\xef\xbb\xbfTitle\r\nBody.\r\n", "Title\nBody.\n"),
        (b"A\rB\r\nC", "A\nB\nC"),
        ("Caf\u00e9\r\n".encode("utf-16"), "Caf\u00e9\n"),
        ("\u00fcber".encode("utf-16-be").join([b"\xfe\xff", b""]), "\u00fcber"),
    ],
)
def test_decode_source(raw: bytes, expected: str) -> None:
    assert decode_source(raw, "x.txt") == expected


@pytest.mark.parametrize(
    ("raw", "line", "col", "offset"),
    [
        (b"ok\nab\x00cd", 2, 3, 5),
        (b"line one\nline \xff two", 2, 6, 14),
        (b"\xc3(", 1, 1, 0),
        (b"text\x01\x02 binary", 1, 5, 4),
    ],
)
def test_decode_source_rejects_binary_and_bad_bytes(raw: bytes, line: int, col: int, offset: int) -> None:
    with pytest.raises(SourceError) as info:
        decode_source(raw, "bad.txt")
    diag = info.value.diagnostics[0]
    assert (diag.path, diag.line, diag.col) == ("bad.txt", line, col)
    assert f"byte offset {offset}" in diag.message


def test_read_source_refuses_large_files(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Title\n\n" + b"word " * 100)
    with pytest.raises(SourceError, match="larger than 100 bytes"):
        read_source(path, max_bytes=100)
    assert read_source(path, max_bytes=1000).title == "Title"


def test_read_source_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="cannot read"):
        read_source(tmp_path / "none.txt")


@pytest.mark.parametrize("content", [b"", b"   \n\n  \t\n", b"\xef\xbb\xbf"])
def test_empty_source_has_no_sentences(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    doc = read_source(path)
    assert doc.sentences == ()
    assert doc.stem == "empty"


def test_metadata_from_header_lines() -> None:
    doc = read_source(TEXTS / "economy.txt")
    assert doc.title == "Port city posts record cargo year as exports climb"
    assert doc.byline == "By Marta Oliveira"
    assert doc.date == "2025-03-14"
    assert len(doc.sha256) == 64
    assert not any("Oliveira" in s.text for s in doc.sentences)


def test_trailing_byline_with_role() -> None:
    doc = parse("Title\n\nFirst paragraph here.\n\nJane Roe, director of the Example Institute.\n")
    assert doc.byline == "Jane Roe, director of the Example Institute."
    assert [s.text for s in doc.sentences] == ["First paragraph here."]


def test_a_closing_line_that_reports_speech_is_no_byline() -> None:
    # The name and role open a sentence of the story: what she noted is text, not metadata.
    text = "Title\n\nFirst paragraph here.\n\nJane Roe, chair of the board, noted that half of it went abroad.\n"
    doc = parse(text)
    assert doc.byline is None
    assert doc.sentences[-1].text.startswith("Jane Roe, chair of the board, noted")



@pytest.mark.parametrize("line", [
    "Westian President Jane Roe proposed on May 4 raising the budget from $1 billion to $2 billion.",
    "Harbour Minister Jon Tarrow announces a 4% rise in fares.",
    "Westian Chief Justice Ana Orvik ruled on 12 cases.",
])
def test_a_title_before_a_name_and_a_verb_opens_the_story(line: str) -> None:
    # "President Jane Roe proposed": the role is the person's title in a sentence of the story.
    doc = parse(f"Title\n\n{line}\n\nSecond paragraph here.\n")
    assert doc.byline is None
    assert doc.sentences[0].text.startswith(line.split()[0])


@pytest.mark.parametrize("line", [
    "Jane Roe, director of the Example Institute.",
    "Jane Roe is a senior fellow at Westia University.",
    "Jon Tarrow, Senior Fellow Emeritus",
])
def test_a_name_and_its_role_stay_a_byline(line: str) -> None:
    doc = parse(f"Title\n\n{line}\n\nFirst paragraph here.\n")
    assert doc.byline == line

@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("June 3, 2024", "2024-06-03"),
        ("Published 3 June 2024", "2024-06-03"),
        ("2024-06-03", "2024-06-03"),
        ("Sept. 9 2021", "2021-09-09"),
        ("March 2023", "2023-03"),
        ("no date here", None),
    ],
)
def test_find_date(line: str, iso: str | None) -> None:
    assert find_date(line) == iso


@pytest.mark.parametrize(
    ("body", "sentences"),
    [
        ("The talks ended at 5 p.m. on Friday.", ["The talks ended at 5 p.m. on Friday."]),
        ("It closed at 5 p.m. The doors stayed shut.", ["It closed at 5 p.m.", "The doors stayed shut."]),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("Dr. Lee met No. 10 staff. Talks went well.", ["Dr. Lee met No. 10 staff.", "Talks went well."]),
        ("Costs, e.g. fuel, rose 3.5 percent. Prices fell.", ["Costs, e.g. fuel, rose 3.5 percent.", "Prices fell."]),
        ('"We won!" she said. Fans cheered.', ['"We won!" she said.', "Fans cheered."]),
        ('He said: "Growth is back." Markets rose.', ['He said: "Growth is back."', "Markets rose."]),
        ("Output rose – again – in May. Exports too.", ["Output rose – again – in May.", "Exports too."]),
        ("J. K. Smith wrote it. Sales were 2.5 million.", ["J. K. Smith wrote it.", "Sales were 2.5 million."]),
        ("Is it over? Not yet! Wait...", ["Is it over?", "Not yet!", "Wait..."]),
        # the s of a possessive is not an initial
        ("The vote went to the NGO's. Then it closed.", ["The vote went to the NGO's.", "Then it closed."]),
        ("It beat its rival’s. Shares rose.", ["It beat its rival’s.", "Shares rose."]),
        # a dotted unit before its conversion in brackets ends no sentence; before a capital it may
        ("The calf weighed 180.2 lb. (81.7 kg) at birth.", ["The calf weighed 180.2 lb. (81.7 kg) at birth."]),
        ("The calf weighed 180.2 lb. Its twin was lighter.", ["The calf weighed 180.2 lb.", "Its twin was lighter."]),
    ],
)
def test_sentence_segmentation(body: str, sentences: list[str]) -> None:
    doc = parse(f"Title\n\n{body}\n")
    assert [s.text for s in doc.sentences] == sentences


def test_list_paragraphs_and_wrapped_lines() -> None:
    text = (
        "Title\n\nKey figures for the year:\n- 5 new plants opened\n- 1,200 jobs added\n\n"
        "This paragraph is hard wrapped at a fixed width so that its lines\n"
        "run on without any full stop at the end of each line of the text\n"
        "until the sentence ends here.\n"
    )
    doc = parse(text)
    texts = [s.text for s in doc.sentences]
    assert "5 new plants opened" in texts
    assert "1,200 jobs added" in texts
    assert texts[-1].startswith("This paragraph") and texts[-1].endswith("ends here.")
    assert len(doc.paragraphs) == 4


def test_sentence_lines_and_paragraphs() -> None:
    doc = parse("Title\n\nOne. Two.\n\nThree.\n")
    assert [(s.text, s.line, s.paragraph) for s in doc.sentences] == [
        ("One.", 3, 0), ("Two.", 3, 0), ("Three.", 5, 1)
    ]


@pytest.mark.parametrize("path", sorted(TEXTS.glob("*.txt")), ids=lambda p: p.stem)
def test_spans_match_text_on_test_texts(path: Path) -> None:
    doc = read_source(path)
    assert doc.sentences
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text == s.text.strip()
        assert s.line == doc.text.count("\n", 0, s.start) + 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=400))
def test_spans_always_match(text: str) -> None:
    doc = parse(text)
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
    for start, end in doc.paragraphs:
        assert 0 <= start < end <= len(doc.text)


def test_a_sentence_opening_with_a_role_noun_is_no_byline() -> None:
    # Lower-case words are no name: the role pattern reads case-blind, the name must not.
    text = ("Title\n\nFirst paragraph here.\n\n"
            "The next biggest contributor was Ostland with 4,100 entries.\n\nLast one.\n")
    doc = parse(text)
    assert doc.byline is None
    assert "The next biggest contributor was Ostland with 4,100 entries." in [s.text for s in doc.sentences]


def test_a_capitalised_name_with_a_role_is_still_a_byline() -> None:
    text = "Title\n\nKai Berg, contributor\n\nFirst paragraph here.\n"
    assert parse(text).byline == "Kai Berg, contributor"


def test_a_closing_line_that_says_what_the_person_did_is_no_byline() -> None:
    # The role closes with a comma and a verb in the past tense follows: a sentence of the story.
    text = "Title\n\nFirst paragraph here.\n\nOla Brandt, founder of Tessel Labs, invested $3 million in the round.\n"
    doc = parse(text)
    assert doc.byline is None
    assert doc.sentences[-1].text.startswith("Ola Brandt, founder of Tessel Labs, invested")


def test_a_closing_role_line_with_a_place_stays_a_byline() -> None:
    doc = parse("Title\n\nFirst paragraph here.\n\nOla Brandt, director of the Tessel Institute, based in Hull.\n")
    assert doc.byline == "Ola Brandt, director of the Tessel Institute, based in Hull."


# A role word used as a title before a name that then acts ("Westia President Jane Roe proposed
# ..."): the line is the story's first sentence, not a byline (its figures would be lost);
# a byline's name and role with nothing done stay one.
@pytest.mark.parametrize(
    "line",
    [
        "Westia President Jane Roe asked on Jan. 7 for raising the levy from $4 billion to $6 billion.",
        "W.R. President Jane Roe proposed raising the levy from $4 billion to $6 billion.",
        "Finance Minister Ola Brandt took the floor on Sept. 30 with a $2 billion plan.",
        "Deputy Mayor Kai Berg will open 12 new libraries this year.",
        "Harbour Secretary Kai Berg signed the 40-page order on Jan. 7.",
        "Port Director Ola Brandt has hired 300 more dockers.",
    ],
)
def test_a_title_before_a_name_that_acts_is_no_byline(line: str) -> None:
    doc = parse(f"Title\n\n{line}\n\nSecond paragraph here.\n")
    assert doc.byline is None
    assert doc.sentences[0].text == line


@pytest.mark.parametrize(
    "line",
    ["Jane Roe, Chief Economist", "Finance Minister Ola Brandt", "Kai Berg is a Senior Fellow based in Hull.",
     "Ola Brandt, Senior Reporter, Westia Times", "Jane Roe, President of the Westia Institute"],
)
def test_a_name_and_title_alone_stay_a_byline(line: str) -> None:
    assert parse(f"Title\n\n{line}\n\nFirst paragraph here.\n").byline == line
