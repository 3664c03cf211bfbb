"""The claim-words matrix: record claims said without a superlative or a record word of the
usual kind, each in one invented sentence, with what a careful reader says it claims.

Built as the claim matrix is (tests/test_extract_claim_matrix.py): rows from small lists, each
row id'd by its family: ``place`` (first place without a superlative: "ranked first",
"at No. 1", "No. 1 spot", "the leader, with ..."), ``trader`` ("the primary buyer of"), ``ranks`` (ranks
joined by "and": "the second and third largest"), ``sole`` ("sole" as "the only", the only
change of a series, alone among a counted top), ``plural`` (records in the plural after a word
of their kind), ``span`` (a level named by its span: "decade-low levels"), ``headline`` (a
superlative without its article over a period), ``edition`` (beyond any previous edition),
``high`` (a high or low reached by a verb with its object), ``stage`` and ``event`` (firsts that
only date a step or one of a series of events; "the first" standing for a period named before
it), ``trend`` (one rally led), ``denied`` (a claim denied with a word of degree between). A row
expects one claim whose cue holds a given word, or no claim at all; near misses (``near-``) are
the idioms, names and posts that must stay out.

Conventions decided here:
- "The first year of" a plan or a deal dates it ("the first year of the new port lease"), as
  "the first quarter" does: no claim, whatever a reader of one set counted (rows ``first-year``).
  "The first full year since 2019" is read by records.py as a first since a year.
- "A high of N" reached is the top of its period, a claim, as "hit a high of" was already: also
  after a verb with its object ("lifted its crews to a high of 7,300"); a forecast ("is
  expected to rise to a high of 30") is none.
- "Ranked first" and "at No. 1" keep their rank figure (kind ranking, value 1) and add a claim.

Every sentence and figure here is invented.
"""

from __future__ import annotations

import pytest

from generator.extract import read_sentence
from tests.extract_helpers import ClaimRow, assert_claim, claim_params

Row = ClaimRow


ROWS: list[Row] = []


def _row(id_: str, sentence: str, cue_word: str | None, xfail: str = "") -> None:
    ROWS.append(Row(id_, sentence, cue_word, xfail))


# --- place: ranked or rated first, ending its clause or before a figure, margin or scope ----------
_RANK_VERBS = ["ranked", "ranks", "rated", "placed"]
_RANK_TAILS: list[tuple[str, str]] = [
    ("figure", " with a value of KR 3.5 billion"), ("overall", " overall"), ("end", ""),
    ("among", " among the towns"), ("for", " for recycling"), ("by", " by value"),
]
for _verb in _RANK_VERBS:
    for _tid, _tail in _RANK_TAILS:
        _row(f"place-{_verb}-first-{_tid}", f"In land deals, Eastby Park {_verb} first{_tail}.", "first")
_row("place-ranks-first-in-count-of-fields", "Westia ranks first in nine of the 64 indicators.", "first",
     xfail="first in a count of fields is left: the claim would take the count for its record figure")
_row("place-ranked-1st-figure", "Eastby Park ranked 1st with 3,500 sales.", "1st")
_row("place-came-first-with-share", "Kestrel came first with 41% of the vote.", "first")
_row("place-finished-first-with-total", "Lowmoor finished first with a total of 38 wins.", "first")
_row("near-safety-comes-first", "Safety comes first with us.", None)
_row("near-came-first-in-line", "She came first in line at the gate.", None)
_row("near-ranked-first-round", "They ranked first-round picks by height.", None)
_row("near-placed-first-orders", "Acme placed first orders for the bikes.", None)

# --- place: at number one, the number one spot without its article --------------------------------
_AT_ONE = [("no-dot-space", "No. 1"), ("no-dot", "No.1"), ("number-one", "number one"), ("no-space", "No 1")]
for _oid, _one in _AT_ONE:
    _row(f"place-at-{_oid}-for", f"The single sat at {_one} for three weeks.", "at")
    _row(f"place-at-{_oid}-and", f"The final was at {_one} and the parade at No. 3.", "at")
    _row(f"place-at-{_oid}-end", f"The final stayed at {_one}.", "at")
    _row(f"near-at-{_oid}-street", f"The shop is at {_one} Main Street.", None)
_row("place-at-no1-in-the-charts", "The song debuted at No. 1 in the charts.", "no. 1")
_row("near-at-no1-court", "The match was played at No. 1 Court.", None)
_row("near-seeded-at-no1", "She is seeded at No. 1 for the cup.", None)
_row("near-batting-at-no1", "He will be batting at No. 1 again.", None)
_row("near-placed-first-on-agenda", "Housing was placed first on the agenda.", None)
_row("near-at-no1-and-no3", "The shops at No. 1 and No. 3 were shut.", None)
for _verb in ["grabs", "retains", "took", "secured"]:
    _row(f"place-{_verb}-no1-spot", f"Acme {_verb} No. 1 spot in e-bike sales.", "spot")
_row("place-climbs-to-no1-position", "Acme climbs to No. 1 position.", "position")
_row("near-fell-from-no1-spot", "Acme fell from No. 1 spot.", None)
_row("near-lost-no1-spot", "Acme lost No. 1 spot to Brel.", None)

# --- place: the leader as the predicate of a copula, with what it leads by -----------------------
_LEADER_FRAMES: list[tuple[str, str]] = [
    ("continued-fetching", "Dried fruit continued to be the leader, earning KR 2,917 crore."),
    ("remains-with-share", "Acme remains the leader with 40% of sales."),
    ("is-among", "Lowmoor is the leader among the ports."),
    ("was-accounting", "Wool was the leader, accounting for 66% of earnings."),
    ("stays-clear-by-value", "Rice stays the clear leader by value."),
    ("is-in-terms-of", "Eastby is the leader in terms of new homes."),
]
for _fid, _sentence in _LEADER_FRAMES:
    _row(f"place-leader-{_fid}", _sentence, "leader")
_row("place-leader-in-field", "Westia is the leader in tidal power.", "leader")
_row("place-dominates-the-market", "Kestrel dominates the bike market.", "dominates")
_row("near-leader-post-end", "Omar remains the leader.", None)
_row("near-leader-of-party", "Omar is the leader of the party.", None)
_row("near-leader-with-deputy", "Omar remains the leader, with his deputy Ada.", None)

# --- trader: the primary buyer or seller of a trade ----------------------------------------------
_TRADER_ADJECTIVES = ["primary", "main", "principal", "foremost"]
_TRADER_NOUNS = ["purchaser", "buyer", "exporter", "supplier", "lender"]
for _adj in _TRADER_ADJECTIVES:
    for _noun in _TRADER_NOUNS:
        _row(f"trader-as-{_adj}-{_noun}", f"Westia cemented its standing as the {_adj} {_noun} of Eastby tea.", _adj)
    _row(f"trader-copula-{_adj}", f"Ostland is the {_adj} buyer of the wool.", _adj)
_row("trader-remained-main-importers", "Ostland and Brel remained the main importers.", "main")
_row("near-chief-buyer-post", "She joined Acme as the chief buyer.", None)
_row("near-main-reason", "Cost is the main reason for the delay.", None)
_row("near-primary-school", "It is the primary school of the town.", None)

# --- ranks: ordinals joined by "and" before one superlative -------------------------------------
_JOINED = [
    ("second-and-third", "the second and third largest"), ("second-hyphen-third", "the second- and third-biggest"),
    ("garbled", "the second and largest"), ("owner", "the region's third and fourth largest"),
    ("or", "the second or third busiest"),
]
for _jid, _joined in _JOINED:
    _row(f"ranks-{_jid}", f"Ostland and Brel were {_joined} buyers of tea.", _joined.split()[1].strip("-"))
_row("near-second-and-final", "It was the second and final vote.", None)

# --- sole: "sole" as "the only"; the only change of a series; alone among a counted top ----------
_row("sole-in-ordinal-assembly", "It is now the sole Green seat in the 34th Assembly.", "sole")
_row("sole-in-named-place", "It is the sole deep-water port in Westia.", "sole")
_row("sole-in-the-country", "It is the sole tin mine in the country.", "sole")
_row("sole-among-the-top", "Lowmoor is the sole port among the top ten.", "sole")
_row("only-in-ordinal-assembly", "It was the only Green seat in the 12th Assembly.", "only")
_CHANGE_FRAMES: list[tuple[str, str]] = [
    ("had-sole-decrease", "Eastby had the sole decrease."),
    ("sole-decline-among", "Eastby posted the sole decline among the ports."),
    ("only-rise-in", "Wool saw the only rise in exports."),
    ("only-fall-came", "The only fall came in Lowmoor."),
    ("sole-monthly-drop-was", "The sole monthly drop was in May."),
    ("only-gains-of", "The only gains of the year were in tin."),
]
for _fid, _sentence in _CHANGE_FRAMES:
    _row(f"sole-change-{_fid}", _sentence, "sole" if "sole" in _sentence.lower() else "only")
_row("near-sole-trader-in", "He works as the sole trader in Eastby.", None)
_row("near-sole-owner-in", "She is the sole owner in Westia of the mill.", None)
_row("near-sole-custody", "She was given sole custody of the child.", None)
_row("near-not-the-only-decline", "It was not the only decline.", None)
_row("sole-hyphened-change-in-place", "It was the only rise-and-fall ride in Eastby.", "only")
_row("top-counted-then-only", "Of the top five worries, rent is the only one to grow.", "only")
_row("top-counted-among-only", "Among the top ten ports, Lowmoor was the only one with a rise.", "only")
_row("near-top-five-no-only", "Of the top five worries, rent grew most slowly.", None)

# --- plural: records after a word of their kind, seen or reached ---------------------------------
_SEEN = ["has seen", "saw", "posted", "reached", "hit"]
for _verb in _SEEN:
    _vid = _verb.replace(" ", "-")
    _row(f"plural-{_vid}-new-kind-records", f"Each budget {_verb} new capital spending records.", "records")
_row("plural-fresh-export-records", "Tin miners posted fresh export records.", "records")
_row("plural-record-setting", "It was a record-setting year for wool.", "record")
_row("near-saw-new-medical-records", "The clinic saw new medical records filed.", None)
_row("near-keeps-new-patient-records", "The clinic keeps new patient records.", None)

# --- span: a level named by its span, before its noun --------------------------------------------
_SPAN_LEVELS = [
    ("decade-low-levels", "at decade-low levels"), ("20-year-high-levels", "at 20-year-high levels"),
    ("five-year-low-prices", "at five-year low prices"), ("multi-year-high-rates", "at multi-year-high rates"),
    ("century-low-readings", "at century-low readings"),
]
for _sid, _level in _SPAN_LEVELS:
    _row(f"span-{_sid}", f"Approvals remained {_level} due to costs.", "-" if "-" in _level else "low")
_row("near-year-low-interest-loan", "They took a two-year low-interest loan.", None)
_row("near-year-high-school", "She went to a four-year high school.", None)

# --- headline: a superlative without its article over a period -----------------------------------
_HEADLINE_FRAMES: list[tuple[str, str]] = [
    ("falls-to-this-year", "Tea inflation slips to lowest level this year"),
    ("at-since", "Rents at highest level since 2009"),
    ("slides-to-in-years", "Tin slides to lowest price in five years"),
    ("climbs-to-on-record", "Wool climbs to highest price on record"),
    ("at-so-far", "Fares at lowest point so far this year"),
    ("hits-this-year", "Rents hit lowest rate this year"),
    ("reached-in-a-decade", "Wool reached highest price in a decade"),
    ("posts-of-the-year", "Acme posts biggest gain of the year"),
]
for _fid, _sentence in _HEADLINE_FRAMES:
    _row(f"headline-{_fid}", _sentence, "est")
_row("near-to-highest-bidder", "The lot was sold to highest bidder this year.", None)
_row("near-at-best-this-year", "Growth will be flat at best this year.", None)
_row("near-to-lowest-no-period", "Prices fell to lowest in the shop.", None)
_row("near-at-highest-risk", "People at highest risk this year are the old.", None)
_row("near-hits-highest-note", "She hits highest notes with ease.", None)

# --- edition: beyond any previous edition or period ----------------------------------------------
_EDITION_FRAMES: list[tuple[str, str]] = [
    ("surpasses-of-any-previous-edition", "This surpasses the crowd of any previous edition."),
    ("exceeded-any-prior-season", "Takings exceeded any prior season."),
    ("outstrips-all-previous-festivals", "The crowd outstrips all previous festivals."),
    ("beat-those-of-any-earlier-tournament", "Ratings beat those of any earlier tournament."),
]
for _fid, _sentence in _EDITION_FRAMES:
    _row(f"edition-{_fid}", _sentence, "any" if "any" in _sentence else "all")
_row("near-exceeds-needs-of-previous-owner", "It exceeds the needs of any previous owner.", None)

# --- high: a high or low reached by a verb with its object ---------------------------------------
_HIGH_FRAMES: list[tuple[str, str]] = [
    ("increased-its-workforce", "The mine lifted its crews to a high of 7,300 in 2031."),
    ("cut-staff-to-low", "The slump cut staff to a low of 40."),
    ("grew-to-high", "The fleet grew to a high of 90 ships."),
    ("lifted-output-to-peak", "Rain lifted output to a peak of 9 tonnes."),
]
for _fid, _sentence in _HIGH_FRAMES:
    _row(f"high-{_fid}", _sentence, "high" if "high" in _sentence else ("low" if " low" in _sentence else "peak"))
_row("near-expected-to-rise-to-high", "Heat is expected to rise to a high of 30C.", None)
_row("near-will-lift-to-high", "The sun will lift it to a high of 30C.", None)

# --- first-year: a plan's first year dates it (a convention; see the module's docstring) ---------
_row("near-first-year-of-deal", "2031 marked the first year of the new port lease.", None)
_row("near-first-year-of-plan", "It is the first year of the plan.", None)

# --- stage and event: firsts that only date a step or one of a series ----------------------------
_STAGE_NOUNS = ["counts", "count", "ballot", "reading", "leg", "heat", "hearing", "session"]
for _noun in _STAGE_NOUNS:
    _row(f"stage-their-first-{_noun}", f"Two were named in their first {_noun} on Saturday.", None)
_EVENT_FRAMES = [
    ("launch-was-held", "The first launch will be held at Lowmoor."),
    ("meeting-of-board-will-be-held", "The first meeting of the board will be held in May."),
    ("fair-is-scheduled", "The first fair is scheduled for June."),
    ("race-was-staged", "The first race was staged on the coast."),
]
for _fid, _sentence in _EVENT_FRAMES:
    _row(f"event-{_fid}", _sentence, None)
_ELLIPTICAL = [
    ("than-in", "Gains over the second half were smaller than in the first."),
    ("as-in", "Output may not be as strong as in the first."),
    ("compared-with", "Sales fell compared with the first; prices rose."),
    ("than", "The second half was harder than the first."),
]
for _eid, _sentence in _ELLIPTICAL:
    _row(f"near-elliptical-first-{_eid}", _sentence, None)
_row("first-she-was-the-first", "Of all the rowers, she was the first.", "first")
_row("first-hailed-as-the-first", "The mill was hailed as the first.", "first")
_row("first-launch-from-westia", "It was the first launch from Westian soil.", "first")
_row("first-woman-to-chair-held", "She was the first woman to chair the board.", "first")

# --- trend: one rally led is no first place; the gains led are ------------------------------------
_row("near-trend-led-a-rally", "Acme's stock led a rally among retailers.", None)
_row("near-trend-leads-bare-rally", "Acme leads retail rally on the exchange", None)
_row("near-trend-led-a-surge-in-sales", "Banks led a surge in sales.", None)
_row("trend-led-the-rally", "Acme's share led the rally in retail stocks.", "led")
_row("trend-led-the-gains", "Banks led the gains on Monday.", "led")
_row("trend-leads-bare-gains", "Banks lead gains on the exchange", "lead")

# --- denied: a word of degree between the denial and the claim -----------------------------------
for _adverb in ["completely", "entirely", "quite", "necessarily"]:
    _row(f"near-denied-not-{_adverb}", f"The rise is not {_adverb} unprecedented.", None)
_row("denied-only-not-yet", "The rise is unprecedented.", "unprecedented")


def test_row_ids_are_unique() -> None:
    assert len({row.id for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", claim_params(ROWS))
def test_claim_words_matrix(row: Row) -> None:
    assert_claim(row)


def test_ranked_first_keeps_its_rank() -> None:
    """"Ranked first" and "at No. 1" keep their rank figure beside the claim."""
    for sentence in ("Eastby Park ranked first, valued at KR 3.5 billion.", "The derby sat at No.1 for a week."):
        figures = read_sentence(sentence).figures
        assert [(f.kind, f.value) for f in figures if f.kind == "ranking"] == [("ranking", 1)]
        assert [f.kind for f in figures].count("record") == 1
