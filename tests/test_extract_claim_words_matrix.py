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
it), ``trend`` (one rally led), ``denied`` (a claim denied with a word of degree between), and the
shapes first missed on new article sets: ``top`` (first place said with "top" after a copula or
"as"; a plural subject topping a list), ``lead`` ("in the lead", leading with a measure before
its figure, a rise "led by" one part at its rate), ``harm`` (the hardest-hit one named by
"remains" or with its toll), ``least`` and ``most`` ("the least" with its figure; "most common in
Eastby"), ``cause`` ("the leading cause of injury"), ``period`` (the first period of a change over
a span: "the first quarter of growth in over a year"), ``only`` ("only the X recorded a rise"),
``dominate``, ``rest`` (any other or previous, a bracket or apposition between), ``peak``
("their peak"), ``super`` (superlatives added to the list) and ``headline`` ("in the history
of"); round 19 (space, chips, jobs, prices, courts, weather, pensions, arts, oceans, patents,
research): ``followed`` ("the leader, followed by"), ``lead-head`` ("the lead country in"),
``position`` ("kept a leading position globally"), ``industry`` ("leading the industry in"),
``in-lead`` (names in the lead, no verb), ``become`` ("becomes leading sector"), ``predominant``,
``industry-first``, ``headline-first`` ("Westia Launches First Satellite"), ``span-bare`` ("biggest
overhaul in decades"), ``ever-ordinal``, ``title`` ("the title of busiest port"), ``least-seen``,
``riser`` ("the only riser"), ``past-high`` ("since its high of"), ``top-performing``, ``top-count``
("Westia's top two wool buyers"), ``new-levels``, ``hedge`` (a claim after "after" is no
longer hedged), ``place-held`` (ordinal places left as ranks) and their near misses. A row
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


def _row(id_: str, sentence: str, cue_word: str | None, xfail: str = "", *, title: bool = False) -> None:
    ROWS.append(Row(id_, sentence, cue_word, xfail, title))


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

# --- unseen (round 18): shapes missed on new article sets, each with its neighbours and near misses --
# span: a high or low over a span before a participle or a preposition of time.
for _tid, _tail in [("following", " following the drought"), ("before", " before the vote"),
                    ("during", " during May"), ("led", " led by lending"), ("driven", " driven by fuel")]:
    _row(f"span-low-{_tid}", f"Wool fell to a 40-year low{_tail}.", "low")
    _row(f"span-new-highs-{_tid}", f"Fees reached new highs{_tail}.", "highs")
_row("span-title-week-low-following", "Acme stock sinks 12% to 52-week low following results", "low", title=True)
_row("near-span-high-school-following", "The new high school following the plan opened.", None)
_row("near-span-low-cost-following", "A two-year low-cost deal following talks was signed.", None)
# top: first place with "top" after a copula or "as", before a noun of trade or a field.
for _tid, _frame in [("emerged-as", "Ore emerged as the top {} of Westia."), ("is", "Ore is the top {} for Eastby."),
                     ("remained", "Ore remained the top {} last year."),
                     ("being", "Westia, being the top {}, gained.")]:
    for _noun in ["export", "source", "market", "field", "sector"]:
        _row(f"top-{_tid}-{_noun}", _frame.format(_noun), "top")
_row("top-count-source-countries", "Westia and Ostland were the top two source markets.", "top")
_row("top-ten-exporters", "Acme is the top 10 exporter of tin.", "top")
_row("top-one-digit-count", "Westia and Ostland were the top 4 source markets.", "top")
_row("top-title-plural-tops-list", "Westians top list of visitors to Ostland", "top", title=True)
_row("top-plural-tops-rankings", "Farmers top donor rankings again.", "top")
_row("near-top-official-at-port", "He is the top official at the port.", None)
_row("near-top-of-the-market", "The price is the top of the market.", None)
_row("near-top-priority", "Cost was the top priority for Westia.", None)
_row("near-top-executive", "She was the top executive of Acme.", None)
# More posts: a planner, a regulator, an economist is a person's post, no ranking, with a word of
# its field between too ("top economic planner"); "top trading partner" stays a claim.
for _pid, _post in [("planner", "economic planner"), ("planner-bare", "planner"), ("regulator", "regulator"),
                    ("economist", "economist"), ("investigators", "investigators"), ("officer", "military officer")]:
    _row(f"near-top-post-{_pid}", f"The plan was drawn up by the country's top {_post}.", None)
_row("top-owner-field-word-not-a-post", "Westia is the country's top trading partner.", "top")
_row("near-top-its-list", "Its top list of picks is out.", None)
_row("near-top-this-chart", "This top chart shows sales.", None)
# lead: in the lead, leading with a measure named before its figure, a rise led by one part.
for _verb, _in in [("remains", "in"), ("is", "in"), ("was", "in"), ("stayed", "in"), ("moved", "into")]:
    _row(f"lead-{_verb}-{_in}-the-lead", f"Brel {_verb} {_in} the lead.", "lead")
_row("lead-in-the-lead-with", "Kestrel is in the lead with 40% of the vote.", "lead")
_row("lead-with-measure-reaching", "Acme went on to lead with sales reaching $4 billion.", "lead")
_row("lead-with-measure-totalling", "Brel led with gross sales totalling 9,000 units.", "led")
_row("lead-led-by-part-at-rate", "Spending grew, led by dining, music & film at 25 per cent.", "led")
_row("lead-led-by-part-up-rate", "Gains were led by banks, up 4%.", "led")
_row("near-lead-up", "The firm is in the lead-up to its float.", None)
_row("near-lead-role", "The actor played in the lead role.", None)
_row("near-lead-pipes", "They found traces in the lead pipes.", None)
_row("near-led-by-team-at-sites", "A team led by Dr Brel at 3 sites found 40 nests.", None)
_row("near-led-by-study-found", "The study, led by Brel, found 40% of farms were dry.", None)
_row("near-led-with-help-of", "Acme led with the help of 3 aides.", None)
# harm: the hardest-hit one named by "remains" or "continues to be", or with its toll.
_row("harm-continues-to-be", "The hardest hit district continues to be Westia.", "hardest")
_row("harm-remains", "The worst-affected district remains Eastby.", "worst")
_row("harm-with-toll", "In Eastby, the worst-affected county with 12 deaths, schools are shut.", "worst")
_row("harm-hit-with-toll", "Lowmoor, the hardest-hit town with 12 homes lost, asked for aid.", "hardest")
_row("near-harm-with-no-toll", "The worst-hit villages with roads cut got pumps.", None)
# least: "the least" with its figure.
_row("least-with-figure", "Eastby logged the least with 2,417, followed by Brel.", "least")
_row("least-comma-at-figure", "Brel had the least, at 12.", "least")
_row("near-least-we-can-do", "That is the least we can do.", None)
_row("near-at-the-least-with", "At the least, with 3 staff, it can open.", None)
# most: "most" of a measure after a copula, in a named place or among a group.
_row("most-common-in-place", "Delays were most common in the Eastby district.", "most")
_row("most-widely-in-place", "It is most widely available in Westia.", "most")
_row("most-contracted-copula", "It’s most popular in Eastby.", "most")
_row("most-among-group", "The scheme is most popular among farmers.", "most")
_row("near-most-likely-in-month", "Rain is most likely in May.", None)
_row("near-most-grateful-in-place", "He was most grateful in Westia.", None)
_row("near-most-of-the", "Most of the rain fell in Westia.", None)
# cause: a leading cause of a harm; the leading source ending its clause.
_row("cause-leading-cause-of-death", "Falls have been the leading cause of injury for miners.", "leading")
_row("cause-one-of-leading-causes", "Smoke is one of the leading causes of blindness.", "leading")
_row("cause-making-it-leading-source", "Hydro now gives 40 per cent, making it the leading supplier.", "leading")
_row("cause-is-main-market-end", "Westia is now the main market.", "main")
_row("near-cause-of-the-fire", "The leading cause of the fire was a cigarette.", None)
_row("near-a-leading-cause", "Heat is a leading cause of delays.", None)
# period: the first period of a change over a span.
for _period in ["quarter", "month", "year"]:
    _row(f"period-first-{_period}-of-growth-in-span",
         f"It was the first {_period} of sales growth for Acme in over a year.", "first")
    _row(f"near-period-first-{_period}-of-the-year", f"Sales rose in the first {_period} of the year.", None)
_row("period-first-month-of-gains-since", "It was the first month of gains since 2019.", "first")
_row("near-period-first-quarter-of-trading", "That was the first quarter of trading for Acme.", None)
_row("period-may-as-subject", "May was the first month of gains since 2019.", "first")
_row("period-may-saw", "Sales rose and May saw the busiest week since 2019.", "busiest")
_row("near-period-may-be-hedge", "Sales may be the highest since 2019.", None)
# only: one of a group with a change.
for _verb in ["registered", "recorded", "posted", "saw"]:
    _row(f"only-the-part-{_verb}-a-rise", f"Only the chemicals segment {_verb} an expansion.", "only")
_row("only-name-recorded-a-rise", "Only Westia recorded a rise in May.", "only")
_row("near-only-count-saw-a-rise", "Only two regions saw a rise in May.", None)
_row("near-not-only-recorded", "Not only the chemicals segment recorded a rise, but also metals.", None)
# dominate: dominating a market or field, or with a figure.
_row("dominate-with-figure", "Of the 14 bids, wind dominated, with 6,950 MW.", "dominat")
_row("dominate-with-total", "Solar dominated with 4,120 MW in all.", "dominat")
_row("dominate-the-market", "Acme dominates the phone market.", "dominat")
_row("near-dominated-headlines", "Trade dominated the headlines in May.", None)
_row("near-dominated-by", "The talks were dominated by trade.", None)
# rest: beyond any other or any previous, with a bracket or an apposition between.
_row("rest-more-of-than-in-any-other-bracket",
     "More of the trips were made by tram (61 percent) than in any other city.", "other")
_row("rest-apposition-any-previous", "The fires emitted more ash, a toxic dust, in May than any previous year.",
     "previous")
_row("near-rest-more-important-any-other", "Water is more important than any other issue.", None)
# plural: records with their scope between, matched or broken.
_row("plural-records-in-place-matched", "About 20 rain records in Westia were matched or broken.", "records")
_row("plural-records-across-broken", "Records across the region were broken.", "records")
_row("near-records-matched-to-names", "The records in the archive were matched to names.", None)
# peak: "their" and "our" peak.
_row("peak-their-levels", "Fees stand at their peak levels of $17 billion.", "peak")
_row("peak-our", "Sales are at our peak now.", "peak")
_row("near-their-peak-season", "Their peak season starts in May.", None)
# super: superlatives of weather and change added to the list.
for _sup in ["coolest", "mildest", "sharpest", "quickest"]:
    _row(f"super-{_sup}-since", f"It was the {_sup} reading since 2009.", _sup)
# headline: "in the history of".
_row("headline-history-of", "Exam scores: highest grade average in the history of the province", "highest", title=True)
# near misses of false claims found on the new sets: advice, estimates, a verb, a series.
_row("near-best-deal", "Buyers should shop around for the best deal on a loan.", None)
_row("near-best-available", "The map is built on the best available evidence.", None)
_row("near-continued-to-record", "Eastby continued to record heavy smog.", None)
_row("near-began-to-record", "Acme began to record losses in May.", None)
_row("near-first-flu-vaccine-dose", "Most children received their first flu vaccine dose.", None)
_row("near-first-of-three-phases", "Money is paid out in the first of four planned stages.", None)
_row("near-first-of-12-ferries", "The ship is the first of 12 new ferries.", None)
_row("first-of-its-kind-stays", "It is the first of its kind in Westia.", "first")
_row("first-continued-to-record-highs", "Eastby continued to record highs in May.", "record")

# --- round 18b: shapes missed on the airline, drug, building and car sets, with neighbours ---------
# market: leading a market, a segment or a field, ending its clause or before a figure or a scope.
for _verb in ["continue to lead", "continues to lead", "led", "leads", "still lead"]:
    for _field, _tail in [("market", " at 41%"), ("segment", " with 900 sales"), ("sector", "."),
                          ("category", " again"), ("pack", " in May")]:
        _row(f"market-{_verb.replace(' ', '-')}-{_field}", f"Diesel vans {_verb} the used van {_field}{_tail}", "van")
_row("market-leads-the-pack", "Brel leads the pack.", "lead")
_LEAD_BARE = "the bare \"lead the market\" of records.py claims before any direction: left as it was"
_row("near-market-lead-higher", "Banks led the market higher on Monday.", None, _LEAD_BARE)
_row("near-market-led-rally", "Miners led the market rally.", None, _LEAD_BARE)
_row("near-market-lead-into", "The plan will lead the market into a new era.", None, _LEAD_BARE)
_row("near-market-lead-used-van-higher", "Banks led the used van market higher.", None)
_row("near-market-lead-used-van-rally", "Miners led the used van market rally.", None)
_row("near-market-led-recovery", "Exports led the sector's recovery.", None)
# leader-of: "the leader of the (bike) charts / market" (not of a party, a union or a team).
for _noun in ["bike charts", "van market", "rankings", "segment", "table"]:
    _row(f"leader-of-the-{_noun.replace(' ', '-')}", f"Once more the leader of the {_noun} was the Kite.", "leader")
_row("leader-of-the-clear", "Acme is the clear leader of the market.", "leader")
_row("near-leader-of-the-party", "The leader of the party is Jo Brel.", None)
_row("near-leader-of-the-union", "She met the leader of the union in May.", None)
_row("near-leader-of-the-team", "The leader of the dock team left.", None)
# ahead: furthest or farthest ahead after a copula.
for _tid, _sentence in [("are", "Eastby firms are furthest ahead on battery research."),
                        ("is-farthest", "Westia is farthest ahead of the three."),
                        ("remains", "Acme remains furthest ahead in orders."),
                        ("re", "They're still furthest ahead."),
                        ("is-by-far", "Brel is by far the furthest ahead.")]:
    _row(f"ahead-{_tid}", _sentence, "ahead")
_row("near-ahead-plan-furthest", "Firms that plan furthest ahead save most cash.", None)
_row("near-ahead-look-farthest", "We look farthest ahead in spring.", None)
# top-plural: "the top <ones> (in a period) were <names>".
for _tid, _sentence in [("markets-in-year", "The top markets in 2031 were Westia, Eastby and Lowmoor."),
                        ("exporters-last-year", "The top exporters last year were Westia and Eastby."),
                        ("sellers-are", "The top sellers are Brel and Acme."),
                        ("three-brands-were", "The top three brands were Brel, Acme and Kite."),
                        ("destinations-include", "The top destinations include Eastby and Lowmoor.")]:
    _row(f"top-plural-{_tid}", _sentence, "top")
_row("near-top-plural-officials", "The top officials were Acme staff.", None)
_row("near-top-plural-floors", "The top floors were closed.", None)
_row("near-top-plural-lowercase", "The top lenders were cautious.", None)
_row("near-top-plural-stories", "The top stories today are Brel and the port.", None)
# top-agent: a year's or a named owner's top earner.
_row("top-agent-year-moneymaker", "The $2 billion raise of 2031's top moneymaker, Acme Bio, stood out.", "top")
_row("top-agent-year-fundraiser", "Kite was 2030's top fundraiser.", "top")
_row("top-agent-name-exporter", "It is a rival to Westia's top exporter.", "top")
_row("near-top-agent-year-stories", "Here are 2031's top stories.", None)
_row("near-top-agent-name-executive", "Acme's top executive quit.", None)
# bestselling: one word, with "the", a count or an owner.
_row("bestselling-the", "Brel was the bestselling brand in May.", "bestselling")
_row("bestselling-the-three", "Brel, Kite and Acme sold 320, 300 and 280 vans, making them the three bestselling.",
     "bestselling")
_row("bestselling-owner", "The Kite is Westia's bestselling car.", "bestselling")
_row("bestselling-topselling", "Kite was the topselling model.", "topselling")
_row("bestselling-the-bestseller", "The Kite was the bestseller of the year.", "bestseller")
_row("near-bestselling-a-author", "She is a bestselling author.", None)
_row("near-bestselling-no-article", "Bestselling novelist Jo Brel spoke.", None)
_row("near-bestseller-list", "It made the bestseller list.", None)
# each: new highs or records year after year.
for _tid, _phrase in [("highs-each-passing-month", "climb to new highs each passing month"),
                      ("records-every-month", "see fresh records every month"),
                      ("highs-every-quarter", "set new highs every quarter"),
                      ("lows-each-week", "sink to new lows each week")]:
    _row(f"each-{_tid}", f"Fees {_phrase}.", "new" if "new" in _phrase else "fresh")
_row("near-each-new-high-school", "A new high school opens each year.", None)
# heading: heading or sailing for records, in headlines and lines.
for _verb in ["Sail Towards", "Head For", "Soar Toward", "On Track For", "Poised For"]:
    _row(f"heading-{_verb.lower().replace(' ', '-')}", f"Ferry Firms {_verb} Passenger, Profit Records", "records",
         title=True)
_row("heading-heads-for-new-records", "Rail freight heads for new records.", "records")
_row("near-heading-applied-for-records", "He applied for medical records.", None)
_row("near-heading-search-for-records", "The search for court records went on.", None)
# ever: "more than ever before" set off by a comma or a dash after its figure.
for _tid, _sep in [("dash", " -"), ("comma", ","), ("em-dash", " —"), ("en-dash", " –")]:
    _row(f"ever-before-{_tid}", f"Solar met 58 percent of demand{_sep} more than ever before over a spring.", "ever")
_row("ever-before-fewer", "Only 12 ferries sailed, fewer than ever before.", "ever")
_row("near-ever-now-more-than-ever", "We need trains now more than ever.", None)
_row("near-ever-no-before", "Demand rose 5%, more than ever, he said.", None)
# higher: only one period or one named thing higher.
for _tid, _sentence in [("quarter-clause", "Only the spring quarter of 2029, when $7 billion came in, was higher."),
                        ("year", "Only 2029 was higher."),
                        ("name", "Only Westia has been bigger."),
                        ("quarter-of-year", "Only the third quarter of 2028 was busier."),
                        ("two-names", "Only North Westia has been larger.")]:
    _row(f"higher-only-{_tid}", _sentence, "only")
_row("near-higher-only-then", "Only then was it higher.", None)
_row("near-higher-only-if", "It would help only if prices were higher.", None)
_row("near-higher-not-only", "Not only Westia has been higher on rates.", None)
# near misses of false claims found on these sets: a busy season, a record read as evidence, a
# name, a duty, a first act.
_row("near-peak-summer-period", "Fares climb during the peak summer period.", None)
_row("near-peak-holiday-season", "Fares rise in the peak holiday season.", None)
_row("peak-last-season-stays", "Fares hit a peak last season.", "peak")
_row("near-record-shows", "Evidence from the agency's record shows that 20 firms invested.", None)
_row("near-record-showed", "The record showed no fault.", None)
_row("record-stays-a-record-number", "Acme set a record with 40 firms.", "record")
_row("near-best-in-a-name", "Acme made the Best Employers list in Westia again.", None)
_row("near-biggest-in-a-name", "She won the Biggest Loser final.", None)
_row("largest-beside-a-name-stays", "Acme has the Best Employer award and the largest fleet in Westia.", "largest")
_row("near-must-be-the-first", "He said the ferry trade must be the first sector to change.", None)
_row("near-should-be-the-largest", "The new port should be the largest in Westia.", None)
_row("near-first-acts", "Scrapping the levy was among its first acts as a new board.", None)
_row("near-first-moves", "Among her first moves as chief was a hiring freeze.", None)
_row("near-first-order-of-business", "His first order of business was the port.", None)
# group: a counted top group opening its sentence or after a preposition is a sample, no claim;
# after a verb, before a copula or against all time it ranks.
for _tid, _sentence in [("owner-saw", "Westia's six largest cities saw a combined 3% fall from 2029."),
                        ("the-hold", "The five biggest banks hold 60% of deposits."),
                        ("of-top-rose", "Output of the top 30 biggest tin miners rose 5.5% in May."),
                        ("in-member", "Rents fell in 41 of the 60 largest towns over the year."),
                        ("across-member", "Rents fell across 12 of the 20 biggest ports."),
                        ("for-the", "Data for the ten largest lenders show a 4% rise.")]:
    _row(f"near-group-{_tid}", _sentence, None)
_row("group-copula-after", "The three largest ports are all in Eastby.", "largest")
_row("group-member-opening", "Nine of the 12 wettest years were since 2000.", "wettest")
_row("group-after-verb-has", "Westia has the three largest ports in the region.", "largest")
_row("group-after-became", "Brel and Kite became the two bestselling brands.", "bestselling")
_row("group-one-of-after-is", "Acme is one of the 10 largest firms in Westia.", "largest")
_row("group-all-time", "The five largest orders ever came in May.", "largest")
_row("group-members-dash", "Westia's three largest banks — Acme, Brel and Kite — reported results.", "largest")
_row("group-members-colon", "The two biggest ports: Eastby and Lowmoor, grew 4%.", "biggest")
_row("group-members-bracket", "Westia's three largest lenders (Acme, Brel and Kite) lent more.", "largest")
_row("near-group-acronym-bracket", "Westia's six largest Urban Areas (UAs) saw a 3% fall.", None)

# --- round 19: claims new article sets phrase otherwise (space, chips, jobs, prices, courts,
# weather, pensions, arts, oceans, patents, research), each with its neighbours and near misses --
# followed: the leader or the one that led, with the rest ranked after it.
for _tid, _frame in [("emerged-as", "Westia emerged as the clear leader, followed by Eastby and Lowmoor."),
                     ("remains-clear", "Acme remains the clear leader, followed by Brel."),
                     ("was-no-comma", "Kite was the leader followed by Brel and Acme."),
                     ("as-overall", "Brel finished the year as the overall leader, followed by Kite.")]:
    _row(f"followed-leader-{_tid}", _frame, "leader")
for _tid, _frame in [("led-seizing", "The dock police led the seizures, taking $4 million of goods, followed by the "
                                      "coast guard with $2 million."),
                     ("led-plain", "Eastby led the tally, followed by Lowmoor with 31 medals."),
                     ("leads-rankings", "Westia leads the rankings, followed by Ostland at 72 points.")]:
    _row(f"followed-led-{_tid}", _frame, "le")
_row("near-followed-party-leader", "The party leader, followed by aides, entered the hall.", None)
_row("near-followed-led-march", "She led the march, followed by her aides.", None)
_row("near-followed-led-no-figure", "Brel led the talks, followed by a dinner at the port.", None)
# lead-head: "the lead" country or trader in a measure, after a copula.
for _verb in ["remained", "is", "was", "remains", "became"]:
    for _noun, _tail in [("country", "in patents per head"), ("exporter", "of tin"), ("market", "for wool"),
                         ("nation", "in wind power")]:
        _row(f"lead-head-{_verb}-{_noun}", f"Westia {_verb} the lead {_noun} {_tail}.", "lead")
_row("near-lead-head-author", "Jo Brel is the lead author of the study.", None)
_row("near-lead-head-agency-for-talks", "Westia is the lead country for the talks.", None)
_row("near-lead-head-nation-in-alliance", "Ostland was the lead nation in the alliance.", None)
_row("near-lead-head-poisoning", "Eastby is the lead country in a study of lead poisoning.", None)
_row("near-lead-head-singer", "Kite was the lead singer in the band.", None)
# position: a leading position held in a market or the world.
for _verb in ["maintained", "holds", "kept", "retains", "secured", "cemented"]:
    for _tid, _scope in [("globally", "a leading position globally"), ("market", "the leading position in the market"),
                         ("world", "its leading position in the world"),
                         ("industry", "a dominant position in the tin industry")]:
        _row(f"position-{_verb}-{_tid}", f"Westian firms {_verb} {_scope}.", "position")
_row("near-position-applied", "She applied for a leading position at the bank.", None)
_row("near-position-role-in-protest", "Brel took a leading position in the protest.", None)
_row("near-position-held-in-firm", "He held a leading position in the firm for years.", None)
# industry: leading the industry in a measure.
for _verb in ["leading", "leads", "led", "lead"]:
    _row(f"industry-{_verb}-in", f"Acme is proud to be {_verb} the industry in new patents.", "industry")
    _row(f"industry-{_verb}-with", f"Brel {_verb} the industry with 40% of sales.", "industry")
_row("industry-leads-end", "Kite leads the ferry industry.", "industry")
_row("near-industry-into", "Acme is leading the industry into a new era.", None)
_row("near-industry-possessive", "Brel led the industry's shift to rail.", None)
_row("near-industry-leading-indicator", "Orders serve as a leading indicator for the industry in May.", None)
# in-lead: names in the lead as headlines write it, without a verb.
_row("in-lead-title-names", "Tin Race: Westia, Eastby and Brel in the Lead", "lead", title=True)
_row("in-lead-title-one-name", "Kite in the Lead after Round Two", "lead", title=True,
     xfail="a title's 'after Round Two' follows 'the Lead': only the clause's end is read after it")
_row("in-lead-body-name", "By noon it was Westia in the lead.", "lead")
_row("near-in-lead-pipes", "Traces were found in the lead pipes.", None)
_row("near-in-lead-up", "Prices rose in the lead-up to polling day.", None)
_row("near-in-lead-poisoning", "Brel studies trends in lead poisoning.", None)
# become-leading: "leading" or "top" one become, without its article, as headlines write it.
for _verb in ["becomes", "became", "remains", "stays"]:
    _row(f"become-leading-{_verb}", f"Wind {_verb} leading source of power", "leading", title=True)
    _row(f"become-top-{_verb}", f"Eastby {_verb} top exporter of tin", "top", title=True)
_row("near-become-is-leading-talks", "Acme is leading talks on the port.", None)
_row("near-become-leading-figures", "They became leading figures in the party.", None)
_row("near-become-top-official", "Brel becomes top official at the port", None, title=True)
_row("near-become-top-priority", "Safety remains top priority for Acme", None, title=True)
# predominant: an owner's predominant or foremost one, as "the world's leading" one.
for _adj in ["predominant", "foremost"]:
    for _owner in ["world's", "country's", "region's"]:
        _row(f"predominant-{_adj}-{_owner[:-2]}", f"Output of the {_owner} {_adj} tin maker grew 7%.", _adj)
_row("near-predominant-plain", "Wind is a predominant theme of the plan.", None)
_row("near-foremost-first-and-foremost", "First and foremost, the port must reopen.", None)
# industry-first: an industry's or sector's first, hyphenated.
for _tid, _sentence in [("an", "Acme built an industry-first cooling scheme."),
                        ("the", "It is the sector-first port of its kind."),
                        ("comma", "In an industry-first, Brel sold 40 kits."),
                        ("spaced", "In an industry first, Brel sold 40 kits.")]:
    _row(f"industry-first-{_tid}", _sentence, "first")
_row("near-industry-first-adverb", "The industry first raised concerns in 2029.", None)
_row("near-industry-first-half", "The industry's first-half sales rose.", None)
_row("near-first-quarter-hyphen", "Its first-quarter loss was $4 million.", None)
# review: the hyphenated stages and choices the spaced list names ("the first leg", "its first choice").
for _tid, _sentence in [("leg", "The first-leg tie ended 2-1."), ("choice", "Its first-choice supplier failed."),
                        ("step", "The first-step plan was cheap."), ("degree", "The first-degree burns healed."),
                        ("reading", "The bill's first-reading vote passed.")]:
    _row(f"near-first-hyphen-{_tid}", _sentence, None)
_row("near-first-time-hyphen", "The first-time buyers got help.", None)
_row("first-ever-hyphen-stays", "The industry's first-ever ferry sailed.", "first")
# headline-first: a headline's verb before "First", the article dropped.
for _tid, _title in [("launches", "Westia Launches First Weather Probe"),
                     ("opens-lower", "Acme opens first store in Eastby"),
                     ("to-build", "Joining forces to build first solar farm"),
                     ("unveils-ever", "Brel Unveils First-Ever Electric Ferry")]:
    _row(f"headline-first-{_tid}", _title, "first", title=True)
for _tid, _title in [("quarter", "Acme Posts First Quarter Loss"), ("half", "Acme Reports First-Half Profit"),
                     ("round", "Westia Holds First Round of Talks"), ("look", "Critics Get First Look at Kite"),
                     ("game", "Brel Wins First Game of Season")]:
    _row(f"near-headline-first-{_tid}", _title, None, title=True)
# review: "puts X first" ranks a priority; a word that joins clauses after "First" shows it.
for _tid, _title in [("as", "Acme Puts Customers First as Sales Rise"), ("again", "Brel Puts Riders First Again"),
                     ("with", "Westia Puts Families First With New Budget"),
                     ("and", "Kite Puts Savers First and Cuts Fees")]:
    _row(f"near-headline-first-idiom-{_tid}", _title, None, title=True)
_row("headline-first-to-stays", "Westia Becomes First to Ban Plastic Crates", "first", title=True)
# span: a bare superlative over decades or years, or in a named history.
for _sup in ["biggest", "largest", "worst", "highest"]:
    _row(f"span-bare-{_sup}-decades", f"Port faces {_sup} overhaul in decades", _sup, title=True)
    _row(f"span-bare-{_sup}-history", f"Won {_sup} deal in company history, from a bank.", _sup)
_row("span-bare-years", "Tin output highest in years", "highest", title=True)
_row("span-bare-living-memory", "Eastby hit by worst flood in living memory", "worst", title=True)
_row("span-owner-decades-could", "Cuts in the sector's biggest shake-up in decades could cost jobs.", "biggest")
_row("near-span-bare-years-of", "He was best in years of service to the port.", None)
_row("near-span-bare-remained", "Acme has remained largest in years past.", None)
_row("near-span-bare-to-come", "Acme expects largest gains in years to come", None, title=True)
# ever-ordinal: an ordinal superlative against all time, without its article.
for _ord in ["second", "third", "4th"]:
    _row(f"ever-ordinal-{_ord}", f"The half was {_ord} costliest half-year ever.", "costliest")
    _row(f"ever-ordinal-{_ord}-on-record", f"Eastby had its {_ord} wettest May on record.", "wettest")
_row("ever-hyphen-highest", "Floods caused the highest-ever repair bill for one town.", "highest")
_row("ever-hyphen-bare", "Westia posts largest-ever trade surplus", "largest", title=True)
# title: a superlative named as a title won or held.
for _noun in ["title", "mantle", "crown"]:
    _row(f"title-{_noun}-of-bare", f"Acme claimed the {_noun} of fastest growing grocer in May.",
         "crown" if _noun == "crown" else "fastest")
    _row(f"title-{_noun}-of-owner", f"Eastby took the {_noun} of Westia's busiest port.", "busiest")
_row("near-title-award-name", "She won the title of Best Actor at the gala.", None)
_row("near-title-of-his-book", "The title of his best book was Tin.", None)
# review: a bare "most" after "of" is a determiner ("most homes"), a superlative only after "the"
# or an owner's.
_row("near-title-tag-of-most-homes", "The price tag of most homes rose 4% in May.", None)
_row("near-title-of-most-reports", "The title of most reports was changed.", None)
_row("near-title-distinction-of-most-ports", "The distinction of most ports is their size.", None)
_row("title-of-the-most-stays", "Acme took the title of the most visited port.", "most")
_row("title-of-owner-most-stays", "Eastby won the mantle of Westia's most visited port.", "most")
# least-seen: "the least" of a change or an amount seen or recorded.
for _verb in ["saw", "recorded", "posted", "had", "registered"]:
    _row(f"least-seen-{_verb}", f"Eastby {_verb} the least rainfall of the year, at 3 mm.", "least")
_row("near-least-seen-idea", "He had not the least idea of the cost.", None)
_row("near-least-seen-bit", "She saw the least bit of rain.", None)
_row("near-least-seen-we", "It was the least we had.", None)
# riser: the only one that rose or fell, named by its agent noun.
for _noun in ["riser", "gainer", "faller", "climber"]:
    _row(f"riser-only-{_noun}", f"The tin segment was the only {_noun} in May.", "only")
    _row(f"riser-sole-{_noun}", f"Eastby, the sole {_noun} among the ports, grew.", "sole")
_row("near-riser-early", "She is an early riser.", None)
_row("near-riser-only-one-of-many", "Brel was one riser among many.", None)
# past-high: a past high named from where a figure moved.
for _prep in ["since", "from", "below", "off"]:
    _row(f"past-high-{_prep}-its", f"The ratio has eased {_prep} its high of 2.5 in 2029.", "high")
_row("past-high-since-peak-of", "Sales have fallen since their peak of 9,000 in 2029.", "peak")
_row("past-high-down-from-record-high", "Rates are down from their record high of 7%.", "record")
_row("near-past-high-forecast", "Sunny, with a high of 25C on Friday.", None)
_row("near-past-high-a-high-of", "Eastby rose from a high of 30 to 40.", None)
# historically: a level called historically high or low is high by the past's measure, not the
# highest: no claim (one set's reader counted it, two others did not; the gold's rule counts
# bounded superlatives and all-time highs only).
for _tid, _sentence in [("high-quoted", "This “historically high” level is now easing."),
                        ("low-remain", "Rates remain historically low."),
                        ("high-a", "Acme reported a historically high share of 12%.")]:
    _row(f"near-historically-{_tid}", _sentence, None)
# top-performing: the top ones by a measure, named by a copula.
for _part in ["performing", "selling", "grossing", "earning"]:
    _row(f"top-performing-{_part}-start", f"Top {_part} films of 2031 were Kite (£5m) and Brel.", "top")
    _row(f"top-performing-{_part}-the", f"The top {_part} models in May were the Kite and the Vane.", "top")
_row("near-top-performing-lowercase-after", "Top performing films were cut.", None)
_row("near-top-performing-staff", "Top performing staff were given a bonus.", None)
# top-count: a named owner's top few of a trade or a place.
for _count in ["two", "three", "4", "ten"]:
    _row(f"top-count-owner-{_count}", f"Acme and Brel, Westia’s top {_count} filing firms, grew.", "top")
_row("top-count-owner-exporters", "Eastby's top three exporters all grew.", "top")
_row("near-top-count-owner-executives", "Acme's top two executives quit.", None)
_row("near-top-count-owner-stories", "Westia's top ten stories of 2031 are here.", None)
# place-held: a place other than the first held or taken ("clung to second place with 40 million",
# "taking second spot") is a rank, a figure, by the gold's written rule ("11th place" -> 11 rank),
# not a first: two readers counted it, two others (one of them on the same article) did not.
# A main contribution to a change ("the main upward contribution came from roads") is left too:
# one reader of a statistics release counted it, the reader of another release did not.
for _tid, _sentence in [("held-onto-second", "Eastby clung to second place with 40 million fares."),
                        ("taking-second-spot", "Westia ended 2031 in second spot, up from fifth."),
                        ("secured-sixth", "In the north, Lowmoor secured the sixth spot."),
                        ("contribution", "The main upward contribution to new work came from roads.")]:
    _row(f"near-place-held-{_tid}", _sentence, None)
# new-levels: a level reached in a metaphor, ending its clause.
for _verb in ["has reached", "hit", "soared to", "climbed to"]:
    _row(f"new-levels-{_verb.replace(' ', '-')}", f"Investment in Westia {_verb} new levels.", "new")
_row("near-new-levels-of", "Ties reached new levels of trust.", None)
_row("near-new-levels-plan", "The plan sets new levels for fees.", None)
# precision: near misses of false claims seen on these sets.
_row("near-record-industry", "The record industry's growth was modest.", None)
_row("near-record-industry-title", "Record industry's slow year irks rivals", None, title=True)
_row("near-best-attempt", "He made his best attempt at a cheerful reading.", None)
_row("near-best-shot", "We gave it our best shot in May.", None)
_row("near-first-tally", "The first tally will shape talks at smaller firms.", None)
_row("near-first-section", "The first section of this survey gives trends.", None)
_row("near-first-chapter", "Its first chapter covers the port.", None)
_row("near-peak-movie-viewing-season", "It is a peak cinema-viewing season in Westia.", None)
_row("near-peak-rush-hour-traffic", "Buses are full in peak rush-hour traffic.", None)
_row("near-even-the-most-plural", "Heat is testing even the most robust reefs.", None)
_row("near-even-the-largest-plural", "Even the largest firms struggle.", None)
_row("even-the-largest-singular-stays", "It is even the largest port in the world.", "largest")
_row("near-most-vulnerable", "The plan helps the most vulnerable savers in Westia.", None)
_row("near-most-deprived", "Aid goes to the most deprived towns.", None)
_row("most-affected-stays", "Eastby was the most affected town.", "most")
_row("near-didnt-set-record", "Sales didn't set a record in May, but grew.", None)
_row("near-never-broke-the-record", "Kite never broke the record in May.", None)
_row("near-hasnt-hit-a-record-high", "Tin hasn't hit a record high since May.", None)
_row("record-set-stays", "Acme set a record in May.", "record")
# review: the denial reaches a "new" record too ("didn't set a new record").
_row("near-denied-didnt-set-a-new", "Sales didn't set a new record in May.", None)
_row("near-denied-never-set-the-new", "Kite never set the new record.", None)
_row("near-denied-never-hit-a-new-high", "Exports have never hit a new record high.", None,
     xfail="'a new record high' and 'set new records' are comparison shapes, read after _claim_word_holds, "
           "which alone checks a denial before the verb")
_row("near-denied-not-set-new-plural", "Acme has not set new records this year.", None,
     xfail="'a new record high' and 'set new records' are comparison shapes, read after _claim_word_holds, "
           "which alone checks a denial before the verb")
_row("record-set-a-new-stays", "Sales set a new record in May.", "record")
_row("near-goal-to-place-among-top", "Under its goal to place Westia among the top 30 nations, the board acts.", None)
_row("near-aim-to-make-largest", "Its aim to make Eastby the largest port is known.", None)
_row("near-best-out-of", "We must squeeze the best out of a small grant.", None)
_row("near-best-of-it", "Acme made the best of it in May.", None)
_row("near-best-of-both", "The plan offers the best of both worlds.", None)
_row("best-of-the-year-stays", "Kite was the best of the year in Westia.", "best")
for _wish in ["want to", "wants to", "wanted to"]:
    _row(f"near-hedge-{_wish.replace(' ', '-')}", f"Acme {_wish} build the largest port in Westia.", None)
_row("hedge-want-after-ground", "Acme wants to grow after the success of its first port.", "first")
# hedge: a claim in a phrase of cause or time after the hedge tells what has happened.
for _prep in ["after", "following", "despite", "thanks to"]:
    _row(f"hedge-past-ground-{_prep.replace(' ', '-')}",
         f"Westia plans to launch another probe {_prep} the success of its first moon probe.", "first")
_row("near-hedge-past-ground-comma", "Acme aims to become, after the merger, the largest bank.", None)
_row("near-hedge-past-ground-before", "Acme plans to open the largest store after May.", None)
# review: a goal after the ground phrase is still the hedge's ("aims to grow after the merger to
# become the largest bank").
for _tid, _sentence in [("to-become", "Acme aims to grow after the merger to become the largest bank in Westia."),
                        ("to-be", "Westia hopes to rebuild after the flood to be the first town with solar roofs."),
                        ("to-build", "Brel plans to expand following the sale to build the biggest port in Eastby.")]:
    _row(f"near-hedge-past-ground-goal-{_tid}", _sentence, None)
_row("hedge-past-ground-to-the-stays", "Acme plans more trips after the visit to the largest port in Eastby.",
     "largest")
_row("hedge-past-ground-to-place-stays", "Brel hopes to grow after the move to Eastby, its first plant abroad.",
     "first", xfail="a comma ends the ground phrase, so an apposition after it is hedged (as before this review)")
_row("near-hedge-past-ground-and-become", "Westia plans to recover after the storm and become the biggest exporter.",
     None, xfail="a goal joined by 'and' to the ground phrase is read as part of it: telling 'and become' from "
                 "'and the region's largest harvest' needs a verb test the hedge does not have")


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
