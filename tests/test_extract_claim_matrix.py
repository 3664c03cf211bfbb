"""The claim matrix: record claims as running news prose writes them, each in one invented
sentence, with what a careful reader says it claims.

Built like the format and ordinal matrices (tests/test_extract_format_matrix.py,
tests/test_extract_ordinal_matrix.py): rows are a cross product of small lists (a superlative
as written, the owner or scope that bounds it, and the frame it sits in), so a new shape is one
entry of a list. The row id starts with its family (``super``, ``frame``, ``ordinal``,
``first``, ``record``, ``lead``, ``only``, ``other`` (superlatives without "-est": "one of the
main"), ``harm`` ("the hardest-hit"), ``last``, ``least``, ``exclusive`` ("no other ... does"),
``past`` ("not seen since", "as low as in the 1960s"), ``crown`` ("reclaims the throne"),
``adverb`` ("who have most suffered"), ``rest`` ("more than all but one other sector", "than
any session before it", "more competitive than ever"), ``span`` ("a five-quarter high", "a
decade-high", "Output highest in 18 months"), ``near``); the pass rate per family is what the
rules are measured by. A row may be read as a title line (``title=True``): headlines drop
articles and copulas, so each family has rows written that way, and rows inside a quotation.

The readings follow the project's conventions (the gold ``firsts`` of the measured sets): a
superlative bounded by an owner or a scope ("the region's biggest", "the highest on record",
"the worst in a decade") is a claim; so is a ranked superlative ("the fifth-largest", "one of
the ten largest"), a first ("the first woman to", "for the first time"), a record ("a record
high", "broke the record", "an all-time high"), first place ("tops the list", "ranked first")
and uniqueness ("the only firm to"). A row expects one claim whose cue holds a given word, or
no claim at all. No claim: a hedge ("could be the largest"), advice ("the best way to"), a part
of time or an idiom ("at first", "the first quarter", "first-time buyers"), a name ("First
Bank"), a win-loss record, "most people", "at least", "the least we can do", "top officials", a
record that is a document or an idiom ("a criminal record", "the fossil record", "a record of the
meeting", "on the record", "set the record straight"), a bound or a need rather than a measure
("more than any one person can carry", "more than ever needed", "more difficult than ever"), a
comparison with some others only ("better than other options").

Every sentence and figure here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import ClaimRow, assert_claim, claim_params

Row = ClaimRow


ROWS: list[Row] = []


def _row(id_: str, sentence: str, cue_word: str | None, xfail: str = "", *, title: bool = False) -> None:
    ROWS.append(Row(id_, sentence, cue_word, xfail, title))


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
# "Saw the least rain" is read since round 19 by its verb of seeing (claim-words rows ``least-seen``).
_LEAST_LEFT = "'least' with an owner alone or before 'in history' is left: its idioms and opinions"
_XFAIL: dict[str, str] = {
    "super-least-its": _LEAST_LEFT, "super-least-worlds": _LEAST_LEFT, "super-least-name": _LEAST_LEFT,
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

# --- superlatives in other words: "main", "principal", "chief", "leading", "foremost" ----------
# One of a group's first, the first in a written scope. A place's own main one ("the world's
# main supplier") is left: "the city's main dam" names its chief one, which readers do not
# count ("leading" reads as before, and "foremost" as "leading": "the world's foremost supplier").
for _w in ["main", "principal", "chief", "leading", "foremost", "primary"]:
    _row(f"other-{_w}-one-of", f"Wool is one of the {_w} sources of income in the valley.", _w)
    _row(f"other-{_w}-one-of-owner", f"Wool is one of Westia's {_w} exports.", _w)
    _row(f"other-{_w}-copula-region", f"Westia is the {_w} buyer of wool in the region.", _w)
    _row(f"other-{_w}-copula-name", f"Rice is the {_w} crop in Eastby.", _w)
    _row(f"other-{_w}-constitutes", f"Tourism constitutes the {_w} source of income in Westia.", _w)
_OWNER_MAIN_LEFT = "a place's own main one is left: 'the city's main dam' is not counted by readers"
for _w in ["main", "principal", "foremost", "leading"]:
    _row(f"other-{_w}-worlds", f"Westia is the world's {_w} supplier of tin.", _w,
         xfail="" if _w in ("leading", "foremost") else _OWNER_MAIN_LEFT)
_row("near-main-road", "The main road was closed for a week.", None)
_row("near-main-reason", "The main reason is the cost of fuel.", None)
_row("near-chief-executive", "The chief executive of Acme flew to Eastby.", None)
_row("near-chief-post-owner", "She is the state's chief economist.", None)
_row("near-one-of-chief-executives", "He is one of the chief executives in the region.", None)
_row("near-main-ones", "It is one of the main ones.", None)
_row("near-leading-edge", "The leading edge of the storm reached Eastby.", None)
_row("near-primary-school", "She taught at a primary school in Eastby.", None)

# --- ordinal superlatives of "leading": "the second-leading cause" ------------------------------
for _ord in ["second", "fifth", "3rd"]:
    _row(f"ordinal-{_ord}-leading", f"Flooding is the {_ord}-leading cause of loss in the valley.", "leading")
    _row(f"ordinal-{_ord}-leading-spaced", f"Flooding was the {_ord} leading cause of loss.", "leading")
    _row(f"ordinal-{_ord}-leading-owner", f"Tin is the region's {_ord}-leading export.", "leading")

# --- the hardest or worst hit, joined by a hyphen, as a predicate -------------------------------
for _harm, _word in [("hardest-hit", "hit"), ("worst-hit", "hit"), ("worst-affected", "affected")]:
    _row(f"harm-{_harm}-country", f"Westia was the {_harm} country.", _word)
    _row(f"harm-{_harm}-plural", f"Lowmoor and Eastby were the {_harm} towns.", _word)
    _row(f"harm-{_harm}-still", f"The coast is still the {_harm} area.", _word)
_row("harm-was-most-affected", "The ferry trade was most affected by the storm.", "affected")
_row("harm-were-worst-hit-in", "Farms were worst hit in the north.", "hit")
_row("near-harm-those-most-affected", "Aid went to those most affected by the storm.", None)
_row("near-harm-subject", "The worst-hit villages got pumps.", None)
_row("near-harm-blow", "It was the hardest hit of the bout.", None)

# --- last place --------------------------------------------------------------------------------
_row("last-came-in-last", "The town came in last.", "last")
_row("last-finished-last-among", "Eastby finished last among the ports.", "last")
_row("last-ranked-last-in-survey", "The city ranked last in the survey of parks.", "last")
_row("last-came-last-of", "Eastby came last of the twelve towns.", "last")
_row("last-placed-dead-last", "Lowmoor placed dead last, with 12 votes.", "last")
_row("near-came-in-last-night", "The ferry came in last night.", None)
_row("near-finished-last-week", "The work finished last week.", None)
_row("near-finished-last-year", "The plan was finished last year.", None)
_row("near-the-last-time", "The last time the river froze was long ago.", None)
_row("near-at-last", "At last the ferry came.", None)

# --- the least or fewest in a named place --------------------------------------------------------
_row("least-named-place", "The year saw the least snowfall in the Westia hills.", "least")
_row("least-named-place-noun", "Lowmoor had the least damage in Eastby county.", "least")
_row("near-least-we-can-do-named", "It is the least we can do in Eastby.", None)
_row("near-at-least-named", "At least in Eastby, the rain stopped.", None)

# --- exclusivity: "no other ... does" ------------------------------------------------------------
_row("exclusive-the-way", "No other port handles cargo the way Lowmoor does.", "other")
_row("exclusive-like", "No other team draws crowds like the Kestrels.", "other")
_row("exclusive-as-many", "No other firm sells as many bikes as Acme.", "other")
_row("exclusive-as-well", "No other town recycles as well as Eastby.", "other")
_row("near-no-other-comment", "No other firm commented on the plan.", None)
_row("near-no-other-details", "No other details were given.", None)
_row("near-no-other-way", "There is no other way to cross the river like this.", None)

# --- comparisons with a past period -------------------------------------------------------------
_row("past-as-low-as-decade", "Bus fares are as low today as in the 1950s.", "as low")
_row("past-as-strong-since-before", "Orders are as brisk as they have been since before the slump.", "as brisk")
_row("past-as-high-as-year", "Rents are as high as they were in 1990.", "as high")
_row("past-not-seen-since-days-of", "It was a rally not seen since the golden days of 1987.", "seen")
_row("past-not-seen-since-era", "Prices reached levels not seen since the Great Depression.", "seen")
_row("past-as-high-as-ever", "Demand is still as high as ever.", "as high")
_row("past-as-low-as-ever", "The river is as low as ever.", "as low")
_row("near-as-good-as-ever", "The food is as good as ever.", None)
_row("near-as-important-as-ever", "The work is as important as ever.", None)
_row("near-not-seen-since-weekend", "The hikers have not been seen since the weekend.", None)
_row("near-as-high-as-in-may", "Rents are as high as they were in May.", None)
_row("near-as-much-as-in-city", "It costs as much as in the city.", None)

# --- headline metaphors of first place ------------------------------------------------------------
_row("crown-reclaims-throne", "Westia reclaims throne in orders.", "throne")
_row("crown-regains-the-crown", "Acme regains the crown for bike sales.", "crown")
_row("crown-keeps-its-crown", "Lowmoor keeps its crown in wool sales.", "crown")
_row("crown-retains-title-end", "Eastby retained its crown.", "crown")
_row("near-king-took-throne", "The king took the throne in 1990.", None)
_row("near-heir-to-throne", "She is heir to the throne.", None)
_row("near-crown-jewels", "They kept the crown jewels in a vault.", None)

# --- "most" as an adverb of degree ----------------------------------------------------------------
_row("adverb-have-most-suffered", "It is the growers who have most suffered in the frost.", "most")
_row("adverb-has-most-benefited", "Eastby is the town that has most benefited from the bridge.", "most")
_row("adverb-suffered-most", "Lowmoor suffered most in the storm.", "most")
_row("adverb-benefited-the-most", "Small shops benefited the most.", "most")
_row("near-has-most-recently", "The index has most recently risen.", None)
_row("near-lost-most-of", "The fund lost most of its value.", None)
_row("near-most-need", "Aid goes to those who most need it.", None)

# --- leading on a world-wide measure ------------------------------------------------------------
_row("lead-on-global", "Westia-based firms lead on global solar patents.", "lead")
_row("lead-on-world", "Ostland leads on world wind output.", "lead")
_row("lead-opened-top-of-charts", "The single opened top of the sales charts.", "top")
_row("lead-debuted-at-top-of-list", "The novel debuted at the top of the list.", "top")
_row("lead-highest-in-world", "Fares here are highest in the world on long trips.", "highest")
_row("near-landed-on-top-of-hill", "The plane landed on top of the hill.", None)
_row("near-highest-in-winter", "Demand is highest in winter.", None)
_row("near-lead-on-project", "She will lead on the project.", None)

# --- near misses of firsts, peaks and superlatives ------------------------------------------------
_row("first-two-to", "The first two women to cross the strait were from Westia.", "first")
_row("near-first-two-of-them", "The first two of them were sold.", None)
_row("near-first-two-lots", "Bidding on the first two lots closed.", None)
_row("near-since-its-first", "The trust has grown since its first gift in 1950.", None)
_row("near-since-the-first", "Prices have doubled since the first lockdown.", None)
_row("near-goal-of-becoming", "Acme set a goal of becoming first to fly.", None)
_row("record-a-peak-of", "Sales hit a peak of 40 in May.", "peak")
_row("near-peak-speed", "The ferry has a peak speed of 40 km/h.", None)
_row("near-peak-season", "Ferries run more often in the peak season.", None)
_row("near-poorest-share", "They hold as much as the poorest 40 percent.", None)
_row("near-richest-tenth", "The richest tenth of homes pay the tax.", None)
_row("super-poorest-town", "Eastby is the poorest town in the country.", "poorest")
_row("near-most-difficult-of-times", "It was the most trying of times.", None)
_row("near-most-recent", "The most recent figures show a rise.", None)

# --- near misses: no claim ---------------------------------------------------------------------
_row("near-could-be", "The dam could be the largest in the country.", None)
_row("near-may-become", "The tower may become the tallest in the city.", None)
_row("near-best-way", "This is the best way to cook rice.", None)
_row("near-at-first", "At first the plan failed.", None)
_row("near-first-quarter", "Sales rose in the first quarter.", None)
_row("near-first-half", "The first-half profit was 20 million.", None)
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

# === Neighbourhoods ============================================================================
# Each family above, moved one step along the axes a writer varies: the verb's tense and person
# ("leads", "led", "has led", "stays", "stayed"), the adjective's synonyms ("premier", "top"),
# rank written as a noun ("at the helm of its market", "in pole position", "market leader") or a
# verb ("outranks", "tops"), a negated comparison ("no other ... offers", "nobody has ever"), a
# scope ("since records began", "for the region"), a hedge answered by "but", and a headline's
# dropped article. Each row has a near miss beside it that must stay no claim.

# --- lead: first place in nouns, verbs and tenses -------------------------------------------------
_row("lead-led-the-world", "Westia led the world in solar output last year.", "led")
_row("lead-has-led-the-world", "Westia has led the world for years in solar output.", "led")
_row("lead-is-leading-the-world", "Westia is leading the world in solar output.", "leading")
_row("lead-will-lead-the-world", "Westia will lead the world in solar output.", "lead")
_row("lead-leads-the-market", "Acme leads the market for e-bikes.", "leads")
_row("lead-helm-of-market", "Acme sat at the helm of its home market.", "helm")
_row("lead-sits-at-top-of-rankings", "Acme sits at the top of the rankings.", "top")
_row("lead-stays-at-top-of-chart", "Acme stays at the top of the chart.", "top")
_row("lead-remains-top-of-table", "Acme remains top of the table.", "top")
_row("lead-stays-top", "Acme stays top.", "top")
_row("lead-stayed-top-in", "Acme stayed top in May.", "top")
_row("lead-on-top-with", "The party is on top with 40 seats.", "top")
_row("lead-in-first-place", "Acme is in first place in the standings.", "first")
_row("lead-in-pole-position", "Acme is in pole position in the market.", "pole")
_row("lead-market-leader", "Acme is the market leader.", "leader")
_row("lead-stays-undisputed-leader", "Acme stays the undisputed leader in e-bikes.", "leader")
_row("lead-stays-number-one", "Acme stays number one.", "number one")
_row("lead-topped-the-rankings", "Acme topped the rankings again.", "topped")
_row("lead-outranks-every", "Acme outranks every rival in the survey.", "outranks")
_row("lead-outsold-all", "Acme outsold all its rivals last year.", "outsold")
_row("lead-took-top-spot", "Acme took the top spot in the survey.", "top spot")
_row("lead-led-the-charge", "Acme led the charge in spring.", "charge")
_row("lead-ahead-of-all-rivals", "Acme is ahead of all its rivals in sales.", "ahead")
_row("lead-as-market-leader", "Acme overtook Brel as market leader.", "leader")
_row("lead-named-standing-as-top", "The deal cements Lowmoor's standing as the top hub.", "top")
_row("near-led-the-charge-against", "She led the charge against the tax.", None)
_row("near-helm-of-firm", "He is at the helm of a firm.", None)
_row("near-took-the-helm", "She took the helm of a firm in May.", None)
_row("near-pole-position-to-win", "The team is in pole position to win.", None)
_row("near-top-of-tower", "He climbed to the top of the tower.", None)
_row("near-head-of-table", "She sat at the head of the table.", None)
_row("near-on-top-of-list", "On top of the list of costs come the fees.", None)
_row("near-lid-on-top", "The lid is on top.", None)
_row("near-ahead-of-all-talks", "Ahead of all the talks, the firm cut jobs.", None)
_row("near-as-party-leader", "She was elected as party leader.", None)
_row("near-in-the-first-place", "Why did they go there in the first place?", None)

# --- super: tenses of the copula, "-ever" joined, "top", scopes, bare forms, hedges -------------
_row("super-highest-ever-joined", "It was the firm's highest-ever growth.", "highest")
_row("super-biggest-ever-joined", "It was the club's biggest-ever crowd.", "biggest")
_row("super-best-ever-joined", "It was the firm's best-ever quarter.", "best")
_row("super-top-ever", "The shop had 12 of its top days ever.", "top")
_row("super-top-noun-ever", "The shop logged its top sales day ever.", "top")
_row("super-since-records-began", "It was the hottest summer since records began.", "hottest")
_row("super-living-memory", "It was the largest flood in living memory.", "largest")
_row("super-stays-the-largest", "Lowmoor stays the largest port in the region.", "largest")
_row("super-stayed-the-busiest", "Lowmoor stayed the busiest port in the region.", "busiest")
_row("super-of-all-time", "It is the greatest port of all time.", "greatest")
_row("super-with-bare", "The state with biggest rise in births was Eastby.", "biggest")
_row("super-with-bare-subject", "The city with highest rents is Lowmoor.", "highest")
_row("super-as-single-largest", "The party emerged as single largest party.", "largest")
_row("super-peak-owned", "It was the ferry line's peak loss year.", "peak")
_row("super-peak-owned-future", "Analysts say 2031 will be the firm's peak sales year.", "peak")
_row("super-hedge-answered-by-but", "Acme might sell the most bikes, but Brel is the largest maker.", "largest")
_row("near-peak-owned-hours", "The city's peak hours are at noon.", None)
_row("near-with-best-wishes", "He signed it with best wishes.", None)
_row("near-top-floor-ever", "The firm's top floor was closed.", None)
_row("near-hedge-before-but", "Brel could be the largest maker, but sales are slow.", None)

# --- ordinal: the copula's tenses -------------------------------------------------------------
_row("ordinal-stays-second-busiest", "The north line stays second-busiest.", "busiest")
_row("ordinal-remained-third-largest", "The port remained third-largest.", "largest")

# --- first: tenses, a counted span, any owner ------------------------------------------------------
_row("first-becomes", "Acme becomes the first firm to win twice.", "first")
_row("first-will-be", "Acme will be the first firm to win twice.", "first")
_row("first-span-plural-owner", "It was the towns' first rise in over 20 years.", "first")
_row("first-span-scope-between", "These nations' first drift in the open sea in more than 80 years began.", "first")
_row("first-span-decade", "It was the port's first loss in a decade.", "first")
_row("first-time-in-history", "This was the first time in recorded history that the lake froze.", "first")
_row("near-first-payment-of-term", "The towns' first payment in three years of the loan was made.", None)

# --- record: levels forecast, a span's low in a quote, a title's question, the record trade ---------
_row("record-set-a-new", "Sales set a new record.", "record")
_row("record-levels", "Sales reached record levels.", "record")
_row("record-levels-forecast", "Sales could reach record levels next year.", "record")
_row("record-span-low-in-quote", 'The report said "the rate sits at a 40-year low" on Monday.', "low")
_row("record-span-low-then-question", "Wool Output at 40-Year Low. What Now?", "low")
_row("record-records-tumbled", "Records tumbled across the region.", "records")
_row("near-could-set-a-record", "Acme could set a record next year.", None)
_row("near-question-after-low", "Is wool at a 40-year low?", None)
_row("near-record-label", "She signed with a record label.", None)
_row("near-record-store", "He opened a record store in Eastby.", None)
_row("near-record-keeping", "Good record-keeping helps.", None)

# --- only: "sole", a relative clause --------------------------------------------------------------
_row("only-sole-firm-to", "It is the sole firm to win twice.", "sole")
_row("only-firm-that-offers", "It is the only firm that offers the service.", "only")
_row("only-country-that-has-voted", "Westia is the only country that has voted no.", "only")
_row("only-other-firm-to", "It is the only other firm to win twice.", "only")
_row("only-alone-offers", "Acme alone offers the service.", "alone",
     xfail="'X alone does' is left: 'alone' is as often 'by itself' ('she lives alone')")
_row("only-name-present-verb", "Only Acme offers the service.", "only",
     xfail="'only <name> does' in a present verb is left: 'only Acme knows' ranks nothing")
_row("near-only-thing-that-matters", "The only thing that matters is cost.", None)
_row("near-only-one-that-we-have", "It is the only one that we have.", None)
_row("near-only-one-that-has-a-key", "She is the only one that has a key.", None)

# --- exclusive: "no other" with a present verb, "nobody has ever" ----------------------------------
_row("exclusive-present-verb-object", "No other port releases a figure beyond tonnage.", "other")
_row("exclusive-offers-such", "No other bank offers such low rates.", "other")
_row("exclusive-has-done-this", "No other firm has done this.", "other")
_row("exclusive-nobody-ever-faster", "Nobody has ever crossed the strait faster.", "nobody")
_row("exclusive-no-one-ever-as-many", "No one has ever sold as many bikes.", "ever")
_row("exclusive-verb-before-preposition", "No other airline flies to Eastby.", "other",
     xfail="a present verb before a preposition is left: 'no other towns to visit' has a plural noun there")
_row("exclusive-mass-noun-than-any-other", "Lowmoor handles more cargo than any other port.", "other")
_row("near-mass-noun-opinion-than-any-other", "The plan makes more sense than any other plan.", None)
_row("near-no-other-major-towns", "No other major towns were flooded.", None)
_row("near-no-other-options-remain", "No other options remain.", None)
_row("near-no-other-staff-attended", "No other staff attended the talks.", None)
_row("near-no-other-news", "No other news this week.", None)

# --- past: "unseen since", never with a participle, more than ever of an amount --------------------
_row("past-unseen-since", "Rents are at levels unseen since 1990.", "unseen")
_row("past-unmatched-since", "Output was unmatched since the 1970s.", "unmatched")
_row("past-not-this-high-since", "Rents have not been this high since 1990.", "since")
_row("past-last-seen-in", "It was a level last seen in 2008.", "last")
_row("past-never-been-rising-so", "Sales have never been rising so fast.", "never")
_row("past-never-grown-so", "Sales have never grown so quickly.", "never")
_row("past-never-risen-this-fast", "Sales have never risen this fast.", "never")
_row("past-never-been-higher", "Rents have never been higher.", "never")
_row("past-never-before-so-much", "Never before has a port handled so much ore.", "never")
_row("past-more-of-them-than-ever", "More of them than ever were sold.", "ever")
_row("past-spend-more-than-ever", "Towns now spend more than ever before.", "ever")
_row("near-unseen-since-monday", "The cat was unseen since Monday.", None)
_row("near-never-worked-so-hard", "We have never worked so hard.", None)
_row("near-never-been-so-proud", "We have never been so proud.", None)
_row("near-need-more-than-ever", "We need it more than ever.", None)
_row("near-now-more-than-ever", "Now more than ever, we must act.", None)

# --- adverb: every tense and person of the verbs of change ---------------------------------------
_row("adverb-gain-most-headline", "Tin exports gain most in a decade.", "most")
_row("adverb-has-grown-fastest", "Output has grown fastest in the north.", "fastest")
_row("adverb-rises-the-most-since", "Output rises the most since 1990.", "most")
_row("adverb-surged-the-most-among", "Exports surged the most among the ports.", "most")
_row("near-gained-most-of", "He gained most of his wealth in May.", None)
_row("near-gains-mostly", "Gains came mostly in May.", None)

# --- harm: struck hardest after its verb ---------------------------------------------------------
_row("harm-hit-hardest-by", "The coast was hit hardest by the storm.", "hardest")
_row("harm-hit-the-hardest", "Farms were hit the hardest.", "hardest")
_row("harm-struck-worst-in", "The storm struck worst in the north.", "worst")
_row("harm-bore-the-brunt", "The coast bore the brunt of the storm.", "brunt",
     xfail="'bore the brunt' is left: no set's gold counts it, and 'the brunt of the work' is a load")
_row("near-hit-the-hardest-ball", "He hit the hardest ball of the day.", None)

# --- crown: winning or claiming it -----------------------------------------------------------------
_row("crown-wins-the-crown", "Acme wins the crown in e-bike sales.", "crown")
_row("crown-claimed-the-crown", "Lowmoor claimed the crown for wool sales.", "crown")
_row("crown-takes-the-crown", "Acme takes the crown in e-bike sales.", "crown",
     xfail="taking the crown is left: 'took the crown in 1990' is as often a coronation")
_row("near-claimed-crown-jewels", "She claimed the crown jewels were fake.", None)

# --- other: "premier", a scope after "for", the copula's "stay" -----------------------------------
_row("other-premier-copula-for-region", "Lowmoor is the premier hub for the region.", "premier")
_row("other-premier-copula-in", "Lowmoor is the premier port in the region.", "premier")
_row("other-main-copula-for", "Rice is the main crop for the region.", "main")
_row("other-main-stays", "Rice stays the main crop in Eastby.", "main")
_row("other-leading-stayed", "Wool stayed the leading export in the region.", "leading")
_row("other-premier-worlds", "Lowmoor is the region's premier port.", "premier", xfail=_OWNER_MAIN_LEFT)
_row("near-premier-spoke", "The premier spoke in the city on Monday.", None)
_row("near-premier-of-state", "She is the premier of the state in the north.", None)

# --- last and frame: regression cover -------------------------------------------------------------
_row("last-ranks-last-among", "Eastby ranks last among the ports.", "last")
_row("last-came-bottom-of-table", "Eastby came bottom of the table.", "bottom")
_row("frame-ranks-among", "The fund ranks among the largest on the continent.", "largest")
_row("frame-counted-among", "The fund is counted among the largest on the continent.", "largest")
_row("frame-one-of-ever", "The fund remains one of the largest ever.", "largest")
_row("frame-stays-among-top", "The port stays among the top hubs.", "top")

# --- unprecedented in other words, a count of a top group, uniqueness in a place, none known larger --
_row("record-unmatched", "It has unmatched imaging power.", "unmatched")
_row("record-unrivalled", "Its reach is unrivalled in Eastby.", "unrivalled")
_row("near-unmatched-socks", "They sold unmatched socks.", None)
_row("frame-three-of-owners", "Three of the region's biggest farms cut output.", "biggest")
_row("near-half-of-owners", "Half of the county's largest farms were sold.", None)
_row("only-in-named-place", "It is the only deep-water port in Westia.", "only")
_row("near-only-way-in", "It is the only way in.", None)
_row("exclusive-hardly-any-known", "Hardly any older coins are known in the valley.", "known")
_row("near-no-larger-than", "It is no larger than a coin.", None)
_row("near-no-more-details-known", "No more details are known.", None)

# --- more first place and firsts: "atop", rising into first place, world number one, "an ... first" --
_row("lead-sits-atop-rankings", "Acme sits atop the rankings.", "atop")
_row("lead-pipped-to-top-spot", "Acme pipped Brel to top spot.", "top spot")
_row("lead-moved-into-first-place", "Acme moved into first place.", "first")
_row("lead-world-number-one", "She remains world number one.", "number one")
_row("lead-world-no-1", "She is the world No. 1.", "no. 1")
_row("first-an-industry-first", "The rover is an industry first.", "first")
_row("first-of-its-kind", "It was a first-of-its-kind deal.", "first")
_row("record-all-time-best", "Sales hit an all-time best in May.", "all-time")
_row("near-atop-the-hill", "A hut sits atop the hill.", None)
_row("near-promoted-to-top-post", "She was promoted to the top post.", None)
_row("near-an-important-first-step", "It is an important first step.", None)


# --- rest: beyond all the others or all the past, in a comparative ------------------------------
# "More than all but one other" is near-first place, as "second only to" is; "better" ranks only
# after a verb of performing ("better than any other option" is an opinion); "more than ever" of
# a measure is a level above all the past ("more difficult than ever" is a judgement, "more than
# ever needed" has no measure); "than any X before it" and "than any previous X" compare with all
# the past (not "than any one person can", a bound).
_row("rest-all-but-one", "The sector drew more money than all but one other sector.", "than")
_row("rest-all-but-two", "Eastby drew more visitors than all but two other towns.", "than")
_row("rest-all-other-plural", "Farms drew more money than all other sectors.", "than")
_row("rest-all-its-rivals", "Acme sold more bikes than all its rivals combined.", "than")
_row("rest-all-the-others", "The new port is larger than all the others.", "than")
_row("rest-fared-better-any-other", "The young fared better than any other age group.", "better")
_row("rest-performed-worse-all-other", "Lowmoor performed worse than all other ports.", "worse")
_row("rest-did-better-any-other", "Eastby did better than any other town in May.", "better")
_row("rest-any-before-it", "The session sold more tickets than any session before it.", "than")
_row("rest-any-before-them", "The spring fairs drew bigger crowds than any before them.", "than")
_row("rest-competitive-than-ever", "The market is more competitive than ever.", "ever")
_row("rest-crowded-than-ever-now", "The coast is now more crowded than ever.", "ever")
_row("rest-more-often-than-ever", "Ferries run more often than ever.", "ever")
_row("rest-expensive-than-ever-title", "Ferry fares more expensive than ever", "ever", title=True)
_row("rest-any-time-since", "Prices are higher than any time since 1990.", "any time")
_row("rest-at-any-time-since-quote", 'She said: "Rents are higher than at any time since 1990."', "any time")
_row("rest-any-time-since-title", "Rents higher than any time since 1990", "any time", title=True)
_row("rest-any-previous-noun", "The order was bigger than any previous order.", "previous")
_row("rest-any-previous-end", "This year's order was larger than any previous.", "previous")
_row("rest-any-prior-council", "The council spent more than any prior council.", "prior")
_row("rest-than-in-any-previous", "Turnout was higher than in any previous election.", "previous")
_row("rest-mass-any-other-title", "Farm sector draws more money than any other", "other", title=True)
_row("rest-all-but-one-title-end", "Farm sector draws more money than all but one other", "than", title=True)
_row("rest-fare-better-title", "Young fare better than any other age group", "better", title=True)
_row("rest-all-but-one-quote", '"We drew more money than all but one other sector," she said.', "than")
_row("near-more-than-any-one-person", "It is more than any one person can carry.", None)
_row("near-better-than-other-options", "It is better than other options.", None)
_row("near-better-than-any-other-option", "The plan is better than any other option.", None)
_row("near-more-than-ever-needed", "Volunteers are more than ever needed.", None)
_row("near-more-difficult-than-ever", "Finding a flat is more difficult than ever.", None)
_row("near-more-powerful-than-ever", "The chips are more powerful than ever.", None)
_row("near-more-so-than-ever", "That is true, more so than ever.", None)
_row("near-more-than-all-of-us", "She cared more than all of us.", None)

# --- span: highs and lows of a series or a span ----------------------------------------------------
# A new high may name its series ("a new series high", "a new 52-week high"); a span may be
# counted in quarters, days or sessions, and a decade or a century needs no count; a headline
# drops the article ("Output highest in 18 months").
_row("span-new-series-high", "Shares hit a new series high.", "high")
_row("span-new-monthly-low", "The rate fell to a new monthly low.", "low")
_row("span-new-52-week-high", "The index set a new 52-week high in May.", "high")
_row("span-five-quarter-high", "Orders reached a five-quarter high.", "high")
_row("span-30-day-low", "The yield fell to a 30-day low.", "low")
_row("span-decade-high-hyphen", "Orders reached a decade-high in May.", "high")
_row("span-decade-high-spaced", "The rate hit a decade high.", "high")
_row("span-century-low", "The lake fell to a century low.", "low")
_row("span-15-year-low", "Wool fell to a 15-year low.", "low")
_row("span-three-month-high-of", "Rents reached a three-month high of 900 crowns.", "high")
_row("span-highest-in-months", "Output was the highest in 18 months.", "highest")
_row("span-multi-year-highs", "Shares trade near multi-year highs.", "highs")
_row("span-52-week-highs-plural", "Shares raced to 52-week highs this week.", "highs")
_row("span-two-and-a-half-year-high", "Exports rose to a two-and-a-half-year high.", "high")
_row("span-decade-high-of-figure", "The stock climbed to a decade-high of 9.34 crowns.", "high")
_row("span-title-lowest-since-year", "Rents lowest since 2019", "lowest", title=True)
_row("span-title-highest-level-since", "Exports at highest level since 2008", "highest", title=True)
_row("span-title-decade-high", "Wool at decade high", "high", title=True)
_row("span-title-five-quarter-high", "Orders hit five-quarter high", "high", title=True)
_row("span-title-highest-in-months", "Output highest in 18 months", "highest", title=True)
_row("span-title-lowest-for-decade", "Rents lowest for a decade", "lowest", title=True)
_row("span-quote-five-quarter", 'The broker said: "Shares are at a five-quarter high."', "high")
_row("near-new-junior-high", "They opened a new junior high in Eastby.", None)
_row("near-decade-high-rents", "Over a decade high rents drove families out.", None)
_row("near-fastest-in-a-year-of", "Growth was fastest in a year of cuts.", None)
_row("near-two-day-high-school", "It was a two-day high school fair.", None)
_row("near-new-high-speed", "The new high-speed line opened.", None)
_row("near-remained-largest-since", "Acme has remained largest since 2019.", None)

# --- only: with a change no other had, one of a counted group --------------------------------------
_row("only-with-a-decrease", "Westia was the only province with a decrease.", "only")
_row("only-with-a-rise-in", "Eastby was the only town with a rise in sales.", "only")
_row("only-scope-with-more-than", "Lowmoor is the only town in the county with more than 10,000 homes.", "only")
_row("only-with-a-figure", "Lowmoor is the only town with 40 ferries.", "only")
_row("only-sole-with-surplus", "Acme was the sole firm with a surplus.", "sole")
_row("only-ones-with-losses", "The ports were the only ones with losses.", "only")
_row("only-one-of-the-12-to", "Lowmoor is the only one of the 12 to post a rise.", "only")
_row("only-one-of-the-12-ports-to", "Lowmoor was the only one of the 12 ports to post a rise.", "only")
_row("only-quote-with-a-decrease", '"We were the only province with a decrease," the minister said.', "only")
_row("only-title-with-decrease", "Westia only province with decrease", "only", title=True,
     xfail="a headline's 'only' without its article is left: before a noun it is as often 'just'")
_row("near-only-one-with-a-key", "She is the only one with a key.", None)
_row("near-only-room-with-a-view", "It is the only room with a view.", None)
_row("near-only-way-with-a-loss", "The only way with a loss is to cut costs.", None)
_row("near-only-one-with-a-smile", "He was the only one with a smile.", None)

# --- record: as verbs and nouns, plural after a copula, new heights; documents and idioms ---------
_row("record-beat-its", "Acme beat its record in May.", "record")
_row("record-broke-her-own", "The runner broke her own record.", "record")
_row("record-both-one-year-records", "Sales and profits were both one-year records.", "records")
_row("record-are-national-records", "Both times are national records.", "records")
_row("record-all-ten-year-records", "All three figures were 10-year records.", "records")
_row("record-reach-new-heights", "Exports reach new heights.", "heights")
_row("record-reached-new-heights-in", "Exports reached new heights in May.", "heights")
_row("record-soared-to-new-heights", "Fares soared to new heights.", "heights")
_row("record-title-new-heights", "Wool exports reach new heights", "heights", title=True)
_row("record-title-both-records", "Sales, profits both one-year records", "records", title=True)
_row("record-title-beats-own", "Acme beats own record", "record", title=True)
_row("record-quote-new-heights", '"Sales have reached new heights," she said.', "heights")
_row("record-set-a-new-benchmark", "Acme set a new benchmark for range.", "benchmark")
_row("record-set-a-safety-record", "The airline set a safety record.", "record")
_row("record-broke-record-of-crew", "The crew broke the record of the 1990 crew.", "record")
_row("record-the-record-of-crew", "The record of the 1990 crew stood for 30 years.", "record")
_row("record-a-record-of-wins", "Acme has a record of 40 wins.", "record")
_row("near-record-of-the-meeting", "She kept a record of the meeting.", None)
_row("near-record-of-delivering", "Acme has a record of delivering on time.", None)
_row("near-on-the-record", "The minister spoke on the record.", None)
_row("near-off-the-record", "He spoke off the record.", None)
_row("near-for-the-record", "For the record, the plan failed.", None)
_row("near-track-record", "The firm has a good track record.", None)
_row("near-track-record-hyphen", "A track-record of growth helps.", None)
_row("near-criminal-record", "He has a criminal record.", None)
_row("near-fossil-record", "The fossil record shows a gap.", None)
_row("near-safety-record", "Its safety record is good.", None)
_row("near-record-straight", "She wanted to set the record straight.", None)
_row("near-we-record", "We record every call.", None)
_row("near-fear-of-heights", "He has a fear of heights.", None)
_row("near-were-medical-records", "The files were medical records.", None)
_row("near-were-company-records", "The stolen files were company records.", None)
_row("near-are-personal-records", "The letters are personal records.", None)
_row("record-attendance-record-broken", "The attendance record was broken in May.", "record")
_row("near-new-heights-of-towers", "The new heights of the towers were approved.", None)

# --- ordinal: written with digits, split, or as a number before a noun of trade ----------------------
_row("ordinal-2nd-most-visited", "It is the 2nd most visited park in the country.", "most")
_row("ordinal-2nd-largest-hyphen", "It is the 2nd-largest port in the region.", "largest")
_row("ordinal-second-highest-on-record", "It was the second highest rainfall on record.", "highest")
_row("ordinal-no-2-market", "Westia is the No. 2 market for wool.", "no. 2")
_row("ordinal-owner-no-2", "Westia is Acme's No. 2 market.", "no. 2")
_row("ordinal-worlds-no-2-producer", "Westia is the world's No. 2 producer of tin.", "no. 2")
_row("ordinal-number-two-market", "Westia is the number two market for wool.", "number two")
_row("ordinal-hash-3-supplier", "Acme is the #3 supplier of tin.", "#3",
     xfail="'#3' before a noun of trade is left: it leaves no word for the shape's gate, and is rare in prose")
_row("ordinal-title-no-2-bare", "Westia now No. 2 market for wool", "no. 2", title=True)
_row("ordinal-title-third-busiest-named", "Eastby third-busiest port in Westia", "busiest", title=True)
_row("ordinal-third-busiest-named-place", "Eastby is third-busiest port in Westia.", "busiest")
_row("ordinal-third-busiest-noun", "Eastby is third-busiest port.", "busiest")
_row("ordinal-title-now-third-busiest", "Eastby now third-busiest port", "busiest", title=True)
_row("ordinal-quote-no-2", '"We are now the No. 2 market for wool," he said.', "no. 2")
_row("near-no-7-shirt", "He wore the No. 7 shirt.", None)
_row("near-no-2-official", "Acme's No. 2 official resigned.", None)
_row("near-number-two-priority", "Cost is the number two priority.", None)
_row("near-no-2-bus", "Take the No. 2 bus to the port.", None)

# --- other: first place as a noun of trade after "main", "leading" and the like ----------------------
# Named by a copula, "as" or an apposition; a market "for" what it buys ("the main market of
# the town" is a place), a supplier or a buyer "of" or "to" what it trades.
_row("other-main-market-for", "Westia is the main market for wool.", "main")
_row("other-main-market-for-owner", "Westia is the main market for Eastby's wool.", "main")
_row("other-principal-buyer-of", "Westia is the principal buyer of Eastby's ore.", "principal")
_row("other-leading-supplier-apposition", "Acme, the leading supplier of tin, cut prices.", "leading")
_row("other-main-supplier-remains", "Acme remains the main supplier of tin to Eastby.", "main")
_row("other-emerged-as-main-buyer", "Westia emerged as the main buyer of wool.", "main")
_row("other-primary-destination-for", "Eastby is the primary destination for Westia's exports.", "primary")
_row("other-largest-market-for", "Westia is the largest market for wool.", "largest")
_row("other-title-main-market", "Westia main market for Eastby wool", "main", title=True)
_row("other-title-the-main-market", "Eastby the main market for Westia wool", "main", title=True)
_row("other-quote-main-market", '"Westia is our main market for wool," she said.', "main")
_row("near-main-market-of-town", "The main market of the town sells fish.", None)
_row("near-main-reason-for", "Cost is the main reason for the rise.", None)
_row("near-main-market-square", "She sold fish at the main market square.", None)
_row("near-chief-executive-of", "She is the chief executive of Acme.", None)
_row("near-main-provider-for-family", "She is the main provider for her family.", None)
_row("near-main-partner-in-firm", "He is the main partner in the firm.", None)
_row("near-main-source-of-concern", "Cost is the main source of concern.", None)
_row("near-chief-buyer-of-art", "He was the chief buyer of art for the museum.", None)
_row("other-main-trading-partner-of", "Westia is the main trading partner of Eastby.", "main")
_row("other-main-source-of-income", "Wool is the main source of income for the valley.", "main")


def test_row_ids_are_unique() -> None:
    assert len({row.id for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", claim_params(ROWS))
def test_claim_matrix(row: Row) -> None:
    assert_claim(row)
