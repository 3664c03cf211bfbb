"""The duration matrix: lengths of time as news prose writes them, each frame written with the
number in digits and in words, so a word reads as its digits do.

The readings follow the project's conventions: a length of time the sentence counts is a
figure ("for five years", "four years after the flood", "a five-year deal", "over 50 years of
cooperation", "one year since the vote"), and so is a window counted from now ("in the last two
years", "over the next four years": how long a plan runs or a trend lasted; the dev sets' gold
lists 30 such windows as facts and 14 as optional, none as a false figure). A comparison with
such a window ("slower than the previous 18 months") and a hyphenated length qualifying a
period ("over the five-year period") say when another figure holds, and are time scope, no
figure (generator/extract/periods.py). Ages ("five-year-old") and the idioms "one day", "a
year ago" are their own readings.

Every sentence here is invented.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.extract_helpers import figures

Reading = tuple[str, object, str | None]


class Row(NamedTuple):
    id: str
    sentence: str
    expected: list[Reading]


ROWS: list[Row] = []

# (frame id, sentence with {n} the number, unit of the figure or None for no figure)
_FRAMES: list[tuple[str, str, str | None]] = [
    ("for", "The Westia mill ran for {n} years.", "years"),
    ("lasted", "The Brora strike lasted {n} weeks.", "weeks"),
    ("spans", "The Norland deal spans {n} years.", "years"),
    ("over-bare", "The fund will spend $4m over {n} years.", "years"),
    ("took", "It took {n} years to build the Cray dam.", "years"),
    ("after", "The Cray dam reopened {n} years after the flood.", "years"),
    ("later", "The Cray dam reopened {n} months later.", "months"),
    ("ago", "The Cray dam opened {n} years ago.", "years"),
    ("since", "It is {n} years since the Cray dam opened.", "years"),
    ("of-cooperation", "Building on over {n} years of cooperation, the two ports met.", "years"),
    ("for-the-next-no-scope", "For the next {n} years the dredger will clear the Brora harbour.", "years"),
    ("hyphen-deal", "Norland Rail signed a {n}-year deal.", "year"),
    ("straight", "Westia exports grew for {n} straight years.", "straight years"),
    # Windows counted from now: the length the story tells, after any preposition.
    ("window-over-next", "Staff numbers must grow over the next {n} years.", "years"),
    ("window-over-coming", "Staff numbers must grow over the coming {n} years.", "years"),
    ("window-in-last", "Brora staff numbers fell in the last {n} years.", "years"),
    ("window-over-past", "Brora staff numbers fell over the past {n} months.", "months"),
    ("window-previous", "Prices rose sharply in the previous {n} months.", "months"),
    ("window-within-next", "The Cray dam will reopen within the next {n} weeks.", "weeks"),
    ("window-across-next", "The fund will spend $4m across the next {n} years.", "years"),
    ("window-during-past", "Brora lost staff during the past {n} decades.", "decades"),
    ("window-in-coming", "Westia expects higher fares in the coming {n} years.", "years"),
    # Near misses, time scope: a comparison with a window, a hyphenated period, a reporting period.
    ("window-than-previous", "Sales grew more slowly than the previous {n} months.", None),
    ("window-compared-with-past", "Output is flat compared with the past {n} years.", None),
    ("window-hyphen-period", "Brora staff numbers fell over the {n}-year period.", None),
    ("window-first-months", "Brora staff numbers fell in the first {n} months.", None),
    ("window-months-to", "Brora staff numbers fell in the {n} months to April.", None),
]
for _frame, _template, _unit in _FRAMES:
    for _style, _number in (("digits", "5"), ("words", "five")):
        _expected: list[Reading] = []
        if "$4m" in _template:
            _expected.append(("quantity", 4_000_000, "USD"))
        if _unit is not None:
            _expected.append(("quantity", 5, _unit))
        ROWS.append(Row(f"dur-{_frame}-{_style}", _template.format(n=_number), _expected))

# One of a unit of time: a span after a word of duration or before "since", "after", "ago";
# "one day" as "some day" and "a year ago" stay no figure (the digit "1 year" always counts).
_ONE_ROWS: list[tuple[str, str, list[Reading]]] = [
    ("one-since", "It is one year since the Brora bank last raised its rates.", [("quantity", 1, "year")]),
    ("one-month-since", "It has been one month since the Cray flood.", [("quantity", 1, "month")]),
    ("one-took", "It took one year to build the Cray dam.", [("quantity", 1, "year")]),
    ("one-spent", "The Westia mayor spent one week in hospital.", [("quantity", 1, "week")]),
    ("one-digit-since", "It is exactly 1 year since the Brora bank last raised rates.", [("quantity", 1, "year")]),
    # "one year earlier" as the base of a comparison is "a year earlier": the time compared
    # against, after the period it dates or a preposition of comparison; elsewhere a span.
    ("near-one-base-same-quarter", "Brora sales rose 4% set against the same month one year before.",
     [("quantity", 4, "percent")]),
    ("near-one-base-same-month-ago", "Brora sales rose 4% on the same month one year ago.",
     [("quantity", 4, "percent")]),
    ("near-one-base-on", "Cray arrivals rose 4% on one year earlier.", [("quantity", 4, "percent")]),
    ("near-one-base-than", "Cray arrivals were higher than one year before.", []),
    ("near-one-base-from", "Cray arrivals were up 4% from one month earlier.", [("quantity", 4, "percent")]),
    ("near-one-base-against", "Cray arrivals rose 4% against one year previously.", [("quantity", 4, "percent")]),
    ("one-later-span", "The Cray dam reopened one year later.", [("quantity", 1, "year")]),
    ("one-ago-span", "The Cray dam opened one year ago.", [("quantity", 1, "year")]),
    ("one-after-span", "The Cray dam reopened one week after the flood.", [("quantity", 1, "week")]),
    ("two-base-counts", "Brora sales rose 4% set against the same month two years before.",
     [("quantity", 4, "percent"), ("quantity", 2, "years")]),
    # A length of time in two units states itself, after "the" too; "the two hours" alone points back.
    ("two-units-after-the", "Waits beat the three hours and five minutes of 2030.",
     [("quantity", 3, "hours"), ("quantity", 5, "minutes")]),
    ("two-units-digits-after-the", "Waits beat the 2 hours and 4 minutes of 2030.",
     [("quantity", 2, "hours"), ("quantity", 4, "minutes")]),
    ("two-units-days", "The strike beat the three days and six hours of 2030.",
     [("quantity", 3, "days"), ("quantity", 6, "hours")]),
    ("near-two-units-points-back", "The two hours were long.", []),
    ("near-one-day-some-day", "One day the Cray dam will be rebuilt.", []),
    ("near-a-year-ago", "Brora sales rose more than they did a year ago.", []),
    ("near-year-old-compound", "The five-year-old Westia pupil won.", [("quantity", 5, "year-old")]),
    # A window in hyphenated number words: the hyphen joins the number's words, no compound.
    ("window-past-hyphened-words", "Kiln sales slipped over the past twenty-four months.",
     [("quantity", 24, "months")]),
    ("window-next-hyphened-words", "The Cray dam will shut in the next thirty-one days.", [("quantity", 31, "days")]),
]
for _id, _sentence, _readings in _ONE_ROWS:
    ROWS.append(Row(f"dur-{_id}", _sentence, _readings))


def test_row_ids_are_unique() -> None:
    ids = [row.id for row in ROWS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("sentence", "expected"), [pytest.param(r.sentence, r.expected, id=r.id) for r in ROWS])
def test_duration(sentence: str, expected: list[Reading]) -> None:
    assert figures(sentence) == expected
