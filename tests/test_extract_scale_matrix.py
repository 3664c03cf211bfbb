"""The scale matrix: which figure a scale word belongs to, where a reader who forgets it is off
by a factor of a thousand or more (a score that forgives such factors does not see these).

Rules chosen (the ``near-`` rows are the near misses that keep their reading):

- a change and then a level ("rose by 40,000 to 14.2 million") or the ends of a range ("from
  1.2 to 1.5 million") share the scale written after the second figure only when the first is
  of its order, within a factor of twenty of its digits: "0.4", "3", "25" take it; "40,000",
  "4000", "950" are written in full ("from 950 to 1.1 million" keeps 950 as written, as the
  text gives no scale for it) and "12,000 to 14,500 million" share it again;
- a "+" or "-plus" between the digits and the scale word ("$200+ million", "200-plus million")
  keeps the scale and says "at least", as "-plus" after the scale does ("$3bn-plus");
- a scale abbreviation after a currency sign that runs into the next word ("a $47mloss") is
  still the scale, when the word starts with a consonant that does not go on spelling the
  abbreviation ("$5month", "$9mile", "$4mn" keep their reading);
- a sum alone in brackets after a scaled sum in another currency converts it and borrows its
  scale when it has none ("£28.3bn ($35.7)"); in the same currency, or with more in the
  bracket ("$5 a share"), it is a figure of its own; a South Asian scale ("₹2,000 crore ($240)")
  is the first currency's own and is not lent.

Every sentence and figure here is invented.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from generator.extract import read_sentence


class Row(NamedTuple):
    id: str
    sentence: str
    expected: list[tuple[object, str | None, str | None]]
    """(value, unit, qualifier) of each figure with a value, in order."""
    xfail: str = ""


ROWS: list[Row] = []


def _row(id_: str, sentence: str, *expected: tuple[object, str | None, str | None], xfail: str = "") -> None:
    ROWS.append(Row(id_, sentence, list(expected), xfail))


# --- change: a change, then the level it led to -----------------------------------------------
# (id, sentence with {a} the change and {b} the level)
_CHANGES: list[tuple[str, str]] = [
    ("rose-by", "Riders on the Northfield line rose by {a} to {b} last year."),
    ("up", "Riders on the Northfield line were up {a} to {b} last year."),
    ("fell-by", "Riders on the Northfield line fell by {a} to {b} last year."),
    ("climbed", "Riders on the Northfield line climbed {a} to {b} last year."),
]
# (id, the change as written, its digits' value, whether it takes the level's scale)
_LOWS: list[tuple[str, str, float, bool]] = [
    ("grouped", "40,000", 40000, False),
    ("large-integer", "4000", 4000, False),
    ("decimal", "0.4", 0.4, True),
    ("small", "3", 3, True),
]
# (id, the level as written, the level's value, its scale)
_HIGHS: list[tuple[str, str, int, int]] = [
    ("million", "14.2 million", 14_200_000, 10**6),
    ("m", "14.2m", 14_200_000, 10**6),
    ("billion", "14.2 billion", 14_200_000_000, 10**9),
    ("bn", "14.2bn", 14_200_000_000, 10**9),
]


def _value(digits: float, scale: int) -> object:
    value = round(digits * scale, 6)
    return int(value) if value == int(value) else value


for _cid, _sentence in _CHANGES:
    for _lid, _low, _digits, _borrows in _LOWS:
        for _hid, _high, _level, _scale in _HIGHS:
            _row(f"change-{_cid}-{_lid}-{_hid}", _sentence.format(a=_low, b=_high),
                 (_value(_digits, _scale if _borrows else 1), None, None), (_level, None, None))

# --- range: "from ... to", "between ... and" with the scale after the high end ----------------
_RANGES: list[tuple[str, str]] = [
    ("from", "The Westia fair drew from {a} to {b} visitors a year."),
    ("between", "The Westia fair drew between {a} and {b} visitors a year."),
]
_RANGE_LOWS: list[tuple[str, str, float, bool]] = [
    ("decimal", "1.2", 1.2, True),
    ("small", "25", 25, True),
    ("grouped", "950,000", 950000, False),
    ("grouped-thousands", "1,500", 1500, False),
    ("bare-hundreds", "950", 950, False),
]
for _rid, _sentence in _RANGES:
    for _lid, _low, _digits, _borrows in _RANGE_LOWS:
        for _hid, _high, _scale in (("million", "1.5 million", 10**6), ("m", "1.5m", 10**6)):
            _row(f"range-{_rid}-{_lid}-{_hid}", _sentence.format(a=_low, b=_high),
                 (_value(_digits, _scale if _borrows else 1), "visitors", None),
                 (1_500_000, "visitors", None))

_row("range-grouped-both-ends", "The Westia fund grew from 12,000 to 14,500 million.",
     (12_000_000_000, None, None), (14_500_000_000, None, None))
_row("range-sign-both-ends", "The bridge bill rose from £1.2 to £1.5bn.",
     (1_200_000_000, "GBP", None), (1_500_000_000, "GBP", None))
_row("near-range-sign-grouped-change", "The bridge bill rose by $40,000 to $14.2 million.",
     (40000, "USD", None), (14_200_000, "USD", None))
_row("near-range-sign-hundreds", "The bridge bill rose from $950 to $1.1 billion.",
     (950, "USD", None), (1_100_000_000, "USD", None))
_row("range-dash-sign", "The refit will cost $2-3 billion.", (2_000_000_000, "USD", None), (3_000_000_000, "USD", None))

# --- plus: a "+" between the digits and the scale word ----------------------------------------
# (id, the sum as written, value, unit)
_PLUSES: list[tuple[str, str, int, str | None]] = [
    ("dollar-million", "$200+ million", 200_000_000, "USD"),
    ("euro-billion", "€3+ billion", 3_000_000_000, "EUR"),
    ("pound-glued-word", "£40+million", 40_000_000, "GBP"),
    ("dollar-bn-plus-word", "$3bn-plus", 3_000_000_000, "USD"),
    ("dollar-plus-word-million", "$200-plus million", 200_000_000, "USD"),
    ("euro-plus-word-billion", "€3-plus billion", 3_000_000_000, "EUR"),
]
for _pid, _sum, _amount, _unit in _PLUSES:
    _row(f"plus-{_pid}", f"The Northfield film took a {_sum} opening weekend.", (_amount, _unit, "at least"))
_row("plus-count-million", "About 200+ million people watched the final.", (200_000_000, "people", "about"))
_row("plus-count-million-bare", "The final drew 3+ million viewers.", (3_000_000, "viewers", "at least"))
_row("plus-word-count-million", "The final drew 3-plus million viewers.", (3_000_000, "viewers", "at least"))
_row("near-plus-word-count", "The Westia club has 130-plus members.", (130, "members", "at least"))
_row("near-plus-word-compound", "A 20-plus-year career ended in Westia.", (20, "years", "at least"))
_row("near-plus-sum", "The score was 3+4 in the end.", (3, "score", None), (4, None, None))
_row("near-plus-word-after-scale", "The firm raised $3bn plus interest.", (3_000_000_000, "USD", None))

# --- glued: a scale abbreviation after a sign run into the next word --------------------------
_GLUED: list[tuple[str, str, int, str]] = [
    ("m-loss", "a $47mloss", 47_000_000, "USD"),
    ("m-profit", "a £12mprofit", 12_000_000, "GBP"),
    ("bn-boost", "a €3bnboost", 3_000_000_000, "EUR"),
    ("k-bonus", "a $5kbonus", 5000, "USD"),
    ("mn-deal", "a $4mndeal", 4_000_000, "USD"),
]
for _gid, _phrase, _amount, _unit in _GLUED:
    _row(f"glued-{_gid}", f"Northfield Rail posted {_phrase} in 2031.", (_amount, _unit, None))
_row("near-glued-month", "The Westia app costs $5month for now.", (5, "USD", None))
_row("near-glued-mile", "The Westia cab costs $9mile for now.", (9, "USD", None))
_row("near-glued-mm", "The Westia deal is $5mm in all.", (5, "USD", None))
_row("near-glued-mn-alone", "The Westia deal is $4mn in all.", (4_000_000, "USD", None))

# --- bracket: a sum alone in brackets after a scaled sum in another currency ------------------
_row("bracket-scaled-both", "Sales at Northfield stood at £28.3bn ($35.7bn) for the year.",
     (28_300_000_000, "GBP", None), (35_700_000_000, "USD", None))
_row("bracket-scale-dropped", "Sales at Northfield stood at £28.3bn ($35.7) for the year.",
     (28_300_000_000, "GBP", None), (35_700_000_000, "USD", None))
_row("bracket-scale-dropped-word", "Sales at Northfield stood at €1.2 billion (£1.05) for the year.",
     (1_200_000_000, "EUR", None), (1_050_000_000, "GBP", None))
_row("bracket-scale-dropped-spaced", "Sales at Northfield stood at £28.3bn ( $35.7 ) for the year.",
     (28_300_000_000, "GBP", None), (35_700_000_000, "USD", None))
_row("bracket-scale-dropped-us-sign", "Sales at Northfield stood at £28.3bn (US$35.7) for the year.",
     (28_300_000_000, "GBP", None), (35_700_000_000, "USD", None))
_row("bracket-scale-dropped-code", "Sales at Northfield stood at £28.3bn (USD 35.7) for the year.",
     (28_300_000_000, "GBP", None), (35_700_000_000, "USD", None))
_row("near-bracket-crore-not-lent", "The Westia dam cost ₹2,000 crore ($240) in all.",
     (20_000_000_000, "INR", None), (240, "USD", None))
_row("bracket-crore-million", "The Westia dam cost ₹2,000 crore ($240) in all.",
     (20_000_000_000, "INR", None), (240_000_000, "USD", None),
     xfail="a dollar sum beside crores is in millions ($240 million), which no word of the text says: left as written")
_row("near-bracket-per-share", "Profit at Northfield was $2bn ($5 a share).",
     (2_000_000_000, "USD", None), (5, "USD", None))
_row("near-bracket-same-currency", "Profit at Northfield was $2bn ($1.9) after tax.",
     (2_000_000_000, "USD", None), (1.9, "USD", None))
_row("near-bracket-unscaled-first", "A ticket at Northfield costs €12 (£10) in all.",
     (12, "EUR", None), (10, "GBP", None))
_row("near-bracket-rate-inside", "The Westia bridge cost €1.2 billion (£1.05 per head).",
     (1_200_000_000, "EUR", None), (1.05, "GBP", None))

# --- compared base: a bare figure after "from" takes the scale of the scaled figure before it ------
# when its digits are of that figure's order ("to 1,347.6 mln tonnes, from 1,302.9"), as a range's
# low end does; digits far off that order are written in full ("to 1.1 million from 950").
for _sid, _scaled, _value in [("mln", "1,347.6 mln", 1_347_600_000), ("million", "1,347.6 million", 1_347_600_000),
                              ("glued-m", "1,347.6m", 1_347_600_000)]:
    _base = 1_302_900_000
    _row(f"compared-from-{_sid}", f"Westia loadings rose to {_scaled} tonnes, from 1,302.9 in 2030.",
         (_value, "tonnes", None), (_base, "tonnes", None))
_row("compared-up-from-users", "Westia sign-ups rose to 6.3m users, up from 5.1 in May.",
     (6_300_000, "users", None), (5_100_000, "users", None))
_row("near-compared-from-far-order", "Westia visitors fell to 1.1 million from 950 last year.",
     (1_100_000, "visitors", None), (950, "visitors", None))
_row("near-compared-from-in-full", "The Westia fleet grew to 12 million tonnes from 40,000 in 2030.",
     (12_000_000, "tonnes", None), (40_000, "tonnes", None))
_row("near-compared-from-own-scale", "Westia sales rose to 4.5 million units from 3.9 million units.",
     (4_500_000, "units", None), (3_900_000, "units", None))


def _params() -> list[object]:
    return [pytest.param(row.sentence, row.expected, id=row.id,
                         marks=[pytest.mark.xfail(reason=row.xfail, strict=True)] if row.xfail else [])
            for row in ROWS]


def test_row_ids_are_unique() -> None:
    ids = [row.id for row in ROWS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("sentence", "expected"), _params())
def test_scale(sentence: str, expected: list[tuple[object, str | None, str | None]]) -> None:
    found = [(f.value, f.unit, f.qualifier) for f in read_sentence(sentence).figures if f.value is not None]
    assert found == expected
