"""The claim matrix: record claims as running news prose writes them, each in one invented
sentence, with what a careful reader says it claims.

Built like the format and ordinal matrices (tests/test_extract_format_matrix.py,
tests/test_extract_ordinal_matrix.py): rows are a cross product of small lists (a superlative
as written, the owner or scope that bounds it, and the frame it sits in), so a new shape is one
entry of a list. The row id starts with its family (``super``, ``frame``, ``ordinal``,
``first``, ``record``, ``lead``, ``only``, ``near``); the pass rate per family is what the rules
are measured by.

The readings follow the project's conventions (the gold ``firsts`` of the measured sets): a
superlative bounded by an owner or a scope ("the region's biggest", "the highest on record",
"the worst in a decade") is a claim; so is a ranked superlative ("the fifth-largest", "one of
the ten largest"), a first ("the first woman to", "for the first time"), a record ("a record
high", "broke the record", "an all-time high"), first place ("tops the list", "ranked first")
and uniqueness ("the only firm to"). A row expects one claim whose cue holds a given word, or
no claim at all. No claim: a hedge ("could be the largest"), advice ("the best way to"), a part
of time or an idiom ("at first", "the first quarter", "first-time buyers"), a name ("First
Bank"), a win-loss record, "most people", "at least", "the least we can do", "top officials".

Every sentence and figure here is invented.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from generator.extract import read_sentence


class Row(NamedTuple):
    id: str
    sentence: str
    cue_word: str | None  # a word the one claim's cue holds; None: no claim
    xfail: str = ""


ROWS: list[Row] = []


def _row(id_: str, sentence: str, cue_word: str | None, xfail: str = "") -> None:
    ROWS.append(Row(id_, sentence, cue_word, xfail))


# --- superlatives × owners and scopes ----------------------------------------------------------
# (superlative as written, the noun it bounds, the noun's plural)
_SUPERLATIVES: list[tuple[str, str, str]] = [
    ("largest", "crowd", "crowds"), ("biggest", "catch", "catches"), ("highest", "turnout", "turnouts"),
    ("most", "visitors", ""), ("fewest", "visitors", ""), ("least", "rain", ""),
    ("worst", "flood", "floods"), ("best", "harvest", "harvests"), ("most expensive", "ticket", "tickets"),
]
# Owners written before the superlative.
_OWNERS: list[tuple[str, str]] = [
    ("the", "the"), ("its", "its"), ("worlds", "the world's"), ("name", "Westia's"),
]
# Scopes written after the noun, with "the" as the owner.
_SCOPES: list[tuple[str, str]] = [
    ("country", " in the country"), ("on-record", " on record"), ("ever", " ever"),
    ("history", " in history"), ("since", " since 1990"), ("decade", " for a decade"),
    ("in-decade", " in a decade"),
]
# Left for now: "least" needs a scope to be a measure ("at least", "the least we can do", "its
# least favourite"), and "in history" may be the school subject ("the least interest in history").
_LEAST_LEFT = "'least' with an owner alone or before 'in history' is left: its idioms and opinions"
_XFAIL: dict[str, str] = {
    "super-least-the": _LEAST_LEFT, "super-least-its": _LEAST_LEFT, "super-least-worlds": _LEAST_LEFT,
    "super-least-name": _LEAST_LEFT, "super-least-history": _LEAST_LEFT,
    "frame-worst-copula": "'the worst in' a place is left: it reads as the idiom 'brings out the worst in'",
}
for _sup, _noun, _plural in _SUPERLATIVES:
    _key = _sup.split()[-1]
    _sid = _sup.replace(" ", "-")
    _rows: list[tuple[str, str]] = [
        (f"super-{_sid}-{_oid}", f"Last spring saw {_owner} {_sup} {_noun} of the fair.") for _oid, _owner in _OWNERS
    ] + [(f"super-{_sid}-{_scid}", f"Last spring saw the {_sup} {_noun}{_scope}.") for _scid, _scope in _SCOPES]
    if _plural:
        _rows += [
            (f"frame-{_sid}-one-of", f"Last spring saw one of the {_sup} {_plural} in the country."),
            (f"frame-{_sid}-among", f"The spring flood was among the {_sup} {_plural} in the country."),
            (f"frame-{_sid}-copula", f"The spring {_noun} was the {_sup} in the country."),
        ]
    for _id, _sentence in _rows:
        _row(_id, _sentence, _key, xfail=_XFAIL.get(_id, ""))

_row("frame-worst-copula-decade", "The spring flood was the worst in a decade.", "worst")
_row("frame-least-copula-century", "The spring snow was the least in a century.", "least")

# --- ordinal superlatives: "the second-largest", "one of the five largest" -----------------------
for _ord in ["second", "third", "5th"]:
    for _sup in ["largest", "biggest", "busiest"]:
        _row(f"ordinal-{_ord}-{_sup}", f"The port is the {_ord}-{_sup} in the country.", _sup)
        _row(f"ordinal-{_ord}-{_sup}-owner", f"The port is the region's {_ord}-{_sup}.", _sup)
for _n, _m in [("one", "five"), ("two", "ten"), ("three", "20")]:
    _row(f"ordinal-{_n}-of-{_m}", f"The port is {_n} of the {_m} largest in the country.", "largest")

# --- firsts ------------------------------------------------------------------------------------
_row("first-the-first-to", "She became the first woman to lead the board.", "first")
_row("first-for-the-first-time", "The river froze for the first time in fifty years.", "first")
_row("first-ever", "It was the first-ever vote on the plan.", "first")
_row("first-time-since", "It was the first time since 1990 that the river froze.", "first")
_row("first-owner", "It was the town's first vote on the plan.", "first")

# --- records -----------------------------------------------------------------------------------
_row("record-hit-a-record", "Sales hit a record last month.", "record")
_row("record-a-record-figure", "Sales hit a record 40 million units.", "record")
_row("record-breaking", "It was a record-breaking year for the port.", "record")
_row("record-all-time-high", "Prices reached an all-time high in May.", "all-time")
_row("record-broke-the-record", "The runner broke the record in May.", "record")
_row("record-on-record", "Last year was the hottest on record.", "hottest")

# --- first place -------------------------------------------------------------------------------
_row("lead-leads-the-world", "Westia leads the world in solar output.", "leads")
_row("lead-tops-the-list", "The city tops the list of safest towns.", "tops")
_row("lead-number-one", "The brand is number one in the market.", "number one")
_row("lead-ranked-first", "The school ranked first in the region.", "first")

# --- uniqueness --------------------------------------------------------------------------------
_row("only-firm-to", "It is the only firm to win twice.", "only")
_row("only-country-to", "Westia was the only country to vote no.", "only")

# --- near misses: no claim ---------------------------------------------------------------------
_row("near-could-be", "The dam could be the largest in the country.", None)
_row("near-may-become", "The tower may become the tallest in the city.", None)
_row("near-best-way", "This is the best way to cook rice.", None)
_row("near-at-first", "At first the plan failed.", None)
_row("near-first-quarter", "Sales rose in the first quarter.", None)
_row("near-first-half", "The first-half profit was 20 million.", None,
     xfail="'the first' before a part of time joined by a hyphen is read as a first")
_row("near-first-time-buyers", "First-time buyers paid more.", None)
_row("near-best-buy", "Best Buy opened a store.", None)
_row("near-first-bank", "First Bank opened a branch.", None)
_row("near-win-loss-record", "The team has a record of 3 wins and 2 losses.", None,
     xfail="a win-loss record is read as a record claim")
_row("near-least-we-can-do-span", "It is the least we can do in a decade of cuts.", None)
_row("near-at-least-on-record", "At least three cases are on record.", None)
_row("near-most-on-record", "Most officials spoke on record.", None)
_row("near-most-people", "Most people drive to work.", None)
_row("near-at-least", "At least 20 people came.", None)
_row("near-least-we-can-do", "It is the least we can do.", None)
_row("near-top-officials", "Top officials met on Monday.", None)
_row("near-highest-court", "The highest court ruled on Monday.", None,
     xfail="an institution named by a superlative ('the highest court') is read as a claim")


def _claims(sentence: str) -> list[str]:
    return [f.cue or "" for f in read_sentence(sentence).figures if f.kind == "record"]


def _params() -> list[object]:
    return [
        pytest.param(row, id=row.id, marks=[pytest.mark.xfail(reason=row.xfail, strict=True)] if row.xfail else [])
        for row in ROWS
    ]


def test_row_ids_are_unique() -> None:
    assert len({row.id for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", _params())
def test_claim_matrix(row: Row) -> None:
    found = _claims(row.sentence)
    if row.cue_word is None:
        assert found == []
    else:
        assert len(found) == 1 and row.cue_word in found[0].lower(), found
