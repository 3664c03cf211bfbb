"""The non-figure matrix: numbers in news text that a careful reader does not take as a figure,
each family crossed with the sentence frames it sits in, with near misses beside them: the same
shape of number where it *is* a figure, which must keep being read.

Built like the format and ordinal matrices (tests/test_extract_format_matrix.py,
tests/test_extract_ordinal_matrix.py): rows are a cross product of small lists, a shape of the
number (as the family writes it) and a frame (a sentence it sits in), so a new shape or frame is
one entry of a list. The row id starts with its family; a near miss starts with ``near-`` and
then its family, so the pass rate per family and of its near misses is the measure. A row's
expectation is every figure the sentence gives, as (value, unit): ``[]`` for a sentence whose
only number is the non-figure.

The families and the rule each follows, with why it holds for articles nobody has seen:

- ``name``: digits inside a name (a product, a model, a vehicle, an aircraft, a weapon, a drug, a
  chemical formula, a group of countries, an index, a ranked list) name one thing; they count
  nothing. A capitalised name word before the number, letters glued to it, or a hyphen to its
  letters mark it, in any language's press. Near miss: the same name followed by a figure
  ("the Kestrel 7 sold 40,000 units").
- ``title``: a number inside the quoted title of a work ("the film 'Nine Harbours'") is part of
  the title: quotation marks after a word for a work bound the name; right after the word for
  the work, a number before a capitalised word opens an unquoted title ("the documentary 28
  Harbours").
- ``addr``: a house number before a capitalised street name and a street word ("14 Mill Lane") is
  an address, the same in every city. Near miss: a count of houses on a street.
- ``route``: the number after a word for a road, a route or a transit line ("Route 9", "Highway
  17", "bus 38") names it. Near miss: a distance after it ("Route 9 is 40 km long").
- ``flight``: a flight or train number ("flight 417", "train 9021") names one service.
- ``phone``: digits in the groups of a telephone number (a plus and a country code, a leading zero,
  hyphens or spaces between short groups, a bracketed area code) are one identifier.
- ``postcode``: a number after "postcode", "ZIP code" or "PIN code" names an area.
- ``law``: a number after a part of a document or law ("Article 50", "section 12", "clause 4",
  "paragraph 3", "Rule 11", "Schedule 2"), or a numbered act or resolution of a body ("Resolution
  4410", "Regulation 2031/1115"), cites the text; it counts nothing.
- ``std``: a standard or a technology generation named with its number ("ISO 9001", "USB 3.2",
  "Wi-Fi 7", "Euro 7 rules") is a name. Near miss: a sum after a currency code ("ETB 4500") and
  an index level ("the DAX 15000 mark").
- ``ref``: case, docket, bill, file and application numbers ("case No. 21-4412", "Bill C-27",
  "docket 23-cv-0412") are identifiers.
- ``ticker``: a stock code in brackets after a company ("(6758.T)", "(TSE: 7203)") is an
  identifier: the exchange's code, whatever the market.
- ``base``: an index base ("(2015=100)") fixes the scale of an index; neither the year nor the 100
  is a fact. Near miss: the index's own reading beside it.
- ``version``: a software version ("version 2.1", "v3.4", "Android 15") names a release.
- ``shirt``: a shirt number ("the No. 9 shirt") names a role on the pitch, not a rank or count.
- ``agegroup``: an age used as the name of a group ("the under-21 side", "the over-65s") defines
  who is meant. Near miss: a share or count of that group.
- ``label``: a compound adjective whose number names a kind rather than sizing the thing ("a
  five-star hotel", "a two-way street", "a four-door car", "a 24-hour helpline", "a four-day
  week") is a label; English builds these from fixed pairs. A length of time before the noun of
  a tally ("its six-day haul") or standing for the window itself ("for the four-day and ...")
  frames the tally, which is the fact. Near miss: a compound that sizes the thing a desk wants
  ("a 500-bed hospital", "a 12-member board", "a six-wheel buggy", "a three-day strike").
- ``marker``: a list marker opening a line or a bracket ("(2) Councils must ..."), a dotted
  section number opening a sentence of a report ("4.2 This section ...") and a footnote mark
  ("... budgets.[4]", a superscript digit, or a digit in round brackets glued to a lower-case
  word: "sales(1)") point at other text, as does a release's note mark after the name of a measure
  before its verb ("Revenue 2 was", "per share1 rose") or glued to a figure's percent sign or
  scale ("12%2", "$4.5 billion3"). Near miss: a decimal before a scale or a unit ("4.2 million
  people", "4.2 MW"), a digit after a function word, a participle or a plural count ("another 4
  were injured", "of the hires 2 were women").
- ``contraction``: "won't" is "will not", never a sum in won after "one".
- ``idiom``: "one" picking one of several causes or traits ("one factor behind"), one of any two
  ("from one platform to another") or a moment ("one day", "at one point") counts nothing. Near
  miss: "closed one kiln". "zero" after a possessive or an article names a kind ("the state's zero
  emission rules"), after a verb of aim before a singular noun a goal ("to achieve zero hunger");
  near misses: "recorded zero deaths", "reach zero per cent".
- ``time``: a clock time ("at 9.30am", "at 14:00", "at 0900 GMT", "at 10:30hrs") places an event in the day.
  Near miss: a figure in the same sentence as the time.
- ``date``: a date in any style ("12 March", "March 12", "12/03/2031", "2031-03-12", "the 12th",
  "12.03.2031", "March 12-14", "the 1990s", "the 19th-century mill") places an event in time, and
  a year after a capitalised word is the year of an event's or a plan's name ("the Expo 2030
  visitors", "the Vision 2030 plans"), whatever noun follows. Near miss: a count right
  after a date ("On March 12, 40 people ...").
- ``fiscal``: a fiscal-year, quarter or half label ("FY2031", "fiscal 2031", "Q3", "3Q31", "H1",
  "the 2031/32 season") names a period.

Every sentence, name and figure here is invented.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

from tests.extract_helpers import figures

Reading = tuple[object, str | None]


class Row(NamedTuple):
    id: str
    sentence: str
    expected: list[Reading]
    shape: str = ""
    """``family-shape`` for a crossed row: a shape left open is open in every frame."""


ROWS: list[Row] = []


def _row(id_: str, sentence: str, *expected: Reading, shape: str = "") -> None:
    ROWS.append(Row(id_, sentence, list(expected), shape))


def _cross(family: str, shapes: list[tuple[str, str]], frames: list[tuple[str, str]]) -> None:
    """Every shape of the family in every frame, each giving no figure."""
    for shape_id, shape in shapes:
        for frame_id, frame in frames:
            _row(f"{family}-{shape_id}-{frame_id}", frame.format(x=shape), shape=f"{family}-{shape_id}")


# Frames shared by the families of names, the thing named standing mid-sentence.
_NAME_FRAMES = [
    ("praised", "The report praised {x} again."),
    ("spoke", "Officials spoke about {x} on Monday."),
    ("watched", "Analysts have watched {x} closely."),
]

# --- names with digits -------------------------------------------------------------------------
_row_shapes_name: list[tuple[str, str]] = [
    ("product", "the Lumio 7 phone"),
    ("product-point", "the Lumio 7.5 tablet"),
    ("model-glued", "the Varda X5"),
    ("vehicle", "the Tarrow 308 estate"),
    ("aircraft", "the Aerion 340 airliner"),
    ("aircraft-hyphen", "the Corvan C-40 jet"),
    ("weapon", "the VK-47 rifle"),
    ("drug", "the drug ZX-104"),
    ("drug-spaced", "the drug Velorin 20"),
    ("chemical", "CO2 output"),
    ("chemical-particles", "PM2.5 levels"),
    ("group-g", "the G20"),
    ("group-g-leaders", "the G7 leaders"),
    ("group-bloc", "the EU27"),
    ("group-of-words", "the Group of 20"),
    ("index", "the Calder 100 index"),
    ("index-bare", "the Harbour 40"),
    ("list-name", "the Meridian 500 list"),
    ("list-top", "a top-10 list"),
    ("list-chart", "the Top 40 chart"),
]
_cross("name", _row_shapes_name, _NAME_FRAMES)
_row("near-name-product-sold", "The Lumio 7 sold 40,000 units.", (40000, "units"))
_row("near-name-index-points", "The Calder 100 index fell 42 points.", (42, "points"))
_row("near-name-group-nations", "The G20 has 19 member countries.", (19, "member countries"))
_row("near-name-list-firms", "Some 35 firms made the Meridian 500 list.", (35, "firms"))

# A name's number after an en dash, as after a hyphen ("WestSat–2"); ranges and scores keep theirs.
for _nid, _name in [("camel", "WestSat–2"), ("suffix", "NorCom–1R"), ("plain", "Orbiter–3"),
                    ("hyphen", "WestSat-2")]:
    _row(f"name-en-dash-{_nid}", f"The {_name} was launched in May.")
    _row(f"name-en-dash-{_nid}-list", f"Craft include {_name} and Kestrel–4.")
_row("near-name-en-dash-range", "Prices rose 3–4% in May.", (3, "percent"), (4, "percent"))
_row("near-name-en-dash-years", "Sales in 2030–2031 rose 4%.", (4, "percent"))
_row("near-name-en-dash-pair", "Westia–Norland trade rose 4%.", (4, "percent"))

# --- titles of works ---------------------------------------------------------------------------
_TITLE_SHAPES = [
    ("film-words", "the film “Nine Harbours”"),
    ("album-digits", "the album “42 Summers”"),
    ("song-straight-quotes", 'the song "Seven Bridges"'),
    ("novel-single-quotes", "the novel ‘Twelve Winters’"),
    ("show-digits", "the show “Route 9”"),
    ("play-title-digits", "the play “3 Sisters in Rain”"),
    ("documentary-unquoted", "the documentary 28 Harbours"),
    ("film-unquoted", "the film 9 Winters"),
]
_TITLE_FRAMES = [
    ("praised", "Critics praised {x} last week."),
    ("spoke", "She spoke about {x} at the fair."),
]
_cross("title", _TITLE_SHAPES, _TITLE_FRAMES)
_row("near-title-sold", "The album “Seven Bridges” sold 80,000 copies.", (80000, "copies"))
_row("near-title-series-episodes", "The series ran 28 episodes.", (28, "episodes"))

# --- addresses ---------------------------------------------------------------------------------
_ADDRESS_SHAPES = [
    ("lane", "14 Mill Lane"),
    ("street", "220 Carden Street"),
    ("road", "9 Elm Road"),
    ("avenue", "1450 Larch Avenue"),
    ("block", "the 400 block of Pine Avenue"),
    ("flat", "Flat 3, 18 Quay Road"),
]
_ADDRESS_FRAMES = [
    ("sealed", "Police sealed off {x} overnight."),
    ("outside", "Crowds gathered outside {x} in June."),
    ("moved", "The charity moved to {x} last spring."),
]
_cross("addr", _ADDRESS_SHAPES, _ADDRESS_FRAMES)
_row("near-addr-homes", "Some 14 homes on Mill Lane flooded.", (14, "homes"))

# --- routes and roads --------------------------------------------------------------------------
_ROUTE_SHAPES = [
    ("route", "Route 9"),
    ("highway", "Highway 17"),
    ("interstate", "Interstate 83"),
    ("state-road", "State Road 427"),
    ("glued", "the A412"),
    ("motorway", "the M62 motorway"),
    ("bus", "bus 38"),
    ("the-bus", "the 73 bus"),
    ("metro-line", "Line 4 of the metro"),
]
_ROUTE_FRAMES = [
    ("slowed", "Traffic slowed on {x} after the crash."),
    ("repaired", "Crews repaired {x} overnight."),
    ("avoided", "Drivers avoided {x} all week."),
]
_cross("route", _ROUTE_SHAPES, _ROUTE_FRAMES)
_row("near-route-length", "Route 9 runs for 40 km along the coast.", (40, "km"))
_row("near-route-cars", "Highway 17 carries 30,000 cars a day.", (30000, "cars"))

# --- flight and train numbers ------------------------------------------------------------------
_FLIGHT_SHAPES = [
    ("flight", "flight 417"),
    ("flight-code-spaced", "flight KX 1734"),
    ("flight-code-glued", "flight KX1734"),
    ("train", "train 9021"),
    ("service", "service 212"),
]
_FLIGHT_FRAMES = [
    ("delayed", "Passengers on {x} were delayed."),
    ("crew", "The crew of {x} were praised."),
]
_cross("flight", _FLIGHT_SHAPES, _FLIGHT_FRAMES)
_row("near-flight-passengers", "Flight 417 carried 180 passengers.", (180, "passengers"))

# --- telephone numbers -------------------------------------------------------------------------
_PHONE_SHAPES = [
    ("freephone", "0800 555 0142"),
    ("hyphens", "555-0142"),
    ("international", "+44 20 7946 0991"),
    ("area-code", "(020) 7946 0123"),
    ("us-toll-free", "1-800-555-0199"),
]
_PHONE_FRAMES = [
    ("call", "Readers can call {x} for advice."),
    ("line", "Tips go to {x} around the clock."),
]
_cross("phone", _PHONE_SHAPES, _PHONE_FRAMES)
_row("near-phone-signed-row", "Exports moved +12 30 45 across the years.", (12, None), (30, None), (45, None))

# --- postcodes ---------------------------------------------------------------------------------
_POSTCODE_SHAPES = [
    ("zip", "ZIP code 90214"),
    ("the-zip", "the 90214 ZIP code"),
    ("postcode", "postcode 2031"),
    ("postcode-not-a-year", "postcode 4410"),
    ("pin", "PIN code 560034"),
]
_POSTCODE_FRAMES = [
    ("homes", "Homes in {x} sold fast."),
    ("residents", "Residents of {x} complained."),
]
_cross("postcode", _POSTCODE_SHAPES, _POSTCODE_FRAMES)

# --- codes of law and parts of a document -----------------------------------------------------
_LAW_SHAPES = [
    ("article", "Article 50"),
    ("section-of", "section 230 of the act"),
    ("clause", "clause 4"),
    ("paragraph", "paragraph 3 of the treaty"),
    ("rule", "Rule 11"),
    ("article-sub", "Article 5(2)"),
    ("section-decimal", "section 12.4"),
    ("regulation", "Regulation 2031/1115"),
    ("resolution", "Resolution 4410"),
    ("chapter", "Chapter 11"),
    ("schedule", "Schedule 2"),
    ("subsection", "subsection 3"),
]
_LAW_FRAMES = [
    ("cited", "Lawyers cited {x} in court."),
    ("invoked", "The ministers invoked {x} on Friday."),
    ("repealed", "Critics want {x} repealed."),
]
_cross("law", _LAW_SHAPES, _LAW_FRAMES)
_row("near-law-fines", "Under Article 50, 12 firms were fined.", (12, "firms"))

# --- classes of a classification (trademark classes, vehicle and hazard classes) ---------------
_CLASS_SHAPES = [
    ("lower", "class 35"),
    ("capital", "Class 9"),
    ("bracketed", "class 42 (software services)"),
    ("two-digit-words", "class 41 and class 43"),
]
_CLASS_FRAMES = [
    ("filed-in", "Most marks were filed in {x} last year."),
    ("led", "Filings in {x} led the table."),
    ("subject", "Westia said {x} grew fastest."),
]
_cross("class", _CLASS_SHAPES, _CLASS_FRAMES)
_row("near-class-share", "Filings in class 35 rose 12% to 4,100.", (12, "percent"), (4100, None))
_row("near-class-of-pupils", "Each class has 28 pupils.", (28, "pupils"))
_row("near-class-top-classes", "The top 10 Lumen classes held 53% of filings.", (10, "rank"), (53, "percent"))

# --- standard numbers and technology generations ----------------------------------------------
_STANDARD_SHAPES = [
    ("iso", "ISO 9001"),
    ("iso-certification", "ISO 14001 certification"),
    ("iec", "IEC 62443"),
    ("usb", "USB 3.2"),
    ("wifi", "Wi-Fi 7"),
    ("euro", "the Euro 7 rules"),
    ("bluetooth", "Bluetooth 5.3"),
]
_STANDARD_FRAMES = [
    ("met", "The plant met {x} last year."),
    ("ask", "Buyers now ask for {x}."),
    ("adopted", "The firm adopted {x}."),
]
_cross("std", _STANDARD_SHAPES, _STANDARD_FRAMES)
_row("near-std-plants", "Some 45 plants met ISO 9001 last year.", (45, "plants"))
_row("near-std-currency-code", "Tickets cost ETB 4500 each.", (4500, None))
_row("near-std-index-level", "The DAX 15000 mark held.", (15000, "mark"))

# --- reference and case numbers ---------------------------------------------------------------
_REFERENCE_SHAPES = [
    ("case-no", "case No. 21-4412"),
    ("case-slash", "case 4410/22"),
    ("docket", "docket 23-cv-0412"),
    ("bill-letter", "Bill C-27"),
    ("house-bill", "HB 1234"),
    ("senate-bill", "Senate Bill 512"),
    ("file-number", "file number 88213"),
    ("application", "application 2031/0147"),
]
_REFERENCE_FRAMES = [
    ("ruled", "The judge ruled on {x} on Monday."),
    ("read", "Reporters read {x} closely."),
]
_cross("ref", _REFERENCE_SHAPES, _REFERENCE_FRAMES)

# --- tickers -----------------------------------------------------------------------------------
_TICKER_SHAPES = [
    ("tokyo-suffix", "(6758.T)"),
    ("hong-kong-suffix", "(0700.HK)"),
    ("seoul-suffix", "(005930.KS)"),
    ("exchange-colon", "(TSE: 7203)"),
    ("hkex-colon", "(HKEX: 1211)"),
    ("stock-code", "(stock code 2330)"),
]
_TICKER_FRAMES = [
    ("shares", "Shares of Kestrel Motors {x} rose on Friday."),
    ("said", "Orbis Bank {x} said it would cut jobs."),
]
_cross("ticker", _TICKER_SHAPES, _TICKER_FRAMES)
_row("near-ticker-rose", "Kestrel Motors (6758.T) rose 4.2%.", (4.2, "percent"))
_row("near-ticker-label-colon", "Arrivals rose sharply (Total: 4500).", (4500, None))

# --- index bases -------------------------------------------------------------------------------
_BASE_SHAPES = [
    ("glued", "(2015=100)"),
    ("spaced", "(2010 = 100)"),
    ("base-word", "(base 2015=100)"),
]
_BASE_FRAMES = [
    ("rose", "The price index {x} rose again."),
    ("fell", "The output index {x} fell in May."),
]
_cross("base", _BASE_SHAPES, _BASE_FRAMES)
_row("near-base-reading", "The price index (2015=100) rose to 112.4 in May.", (112.4, None))

# --- versions ----------------------------------------------------------------------------------
_VERSION_SHAPES = [
    ("version", "version 2.1"),
    ("v", "v3.4"),
    ("android", "Android 15"),
    ("ios", "iOS 17.2"),
    ("release", "release 5.0"),
    ("update", "update 1.3"),
]
_VERSION_FRAMES = [
    ("runs", "The app now runs on {x}."),
    ("tried", "Testers tried {x} first."),
]
_cross("version", _VERSION_SHAPES, _VERSION_FRAMES)
_row("near-version-downloads", "Version 2.1 was downloaded 40,000 times.", (40000, "times"))

# --- shirt numbers -----------------------------------------------------------------------------
_SHIRT_SHAPES = [
    ("no-shirt", "the No. 9 shirt"),
    ("number-shirt", "the number 10 shirt"),
    ("no-jersey", "the No. 7 jersey"),
    ("his-shirt", "his 23 shirt"),
]
_SHIRT_FRAMES = [
    ("wore", "He wore {x} for the club."),
    ("took", "The striker took over {x} this season."),
]
_cross("shirt", _SHIRT_SHAPES, _SHIRT_FRAMES)
_row("near-shirt-sold", "The club sold 12,000 shirts.", (12000, "shirts"))

# --- ages used as the name of a group ---------------------------------------------------------
_AGE_GROUP_SHAPES = [
    ("under-side", "the under-21 side"),
    ("under-plural", "the Under-19s"),
    ("over-plural", "the over-65s"),
    ("under-team", "the under-18 team"),
    ("u-team", "the U17 squad"),
]
_AGE_GROUP_FRAMES = [
    ("picked", "Coaches praised {x} after the final."),
    ("support", "Support for {x} was cut."),
]
_cross("agegroup", _AGE_GROUP_SHAPES, _AGE_GROUP_FRAMES)
_row("near-agegroup-share", "Some 40% of the over-65s live alone.", (40, "percent"))

# --- compound adjectives that label a kind ----------------------------------------------------
_LABEL_SHAPES = [
    ("five-star", "a five-star hotel"),
    ("two-way", "a two-way street"),
    ("one-way", "a one-way ticket"),
    ("four-door", "a four-door car"),
    ("four-wheel", "a four-wheel drive"),
    ("three-piece", "a three-piece suit"),
    ("two-horse", "a two-horse race"),
    ("24-hour", "a 24-hour helpline"),
    ("three-point", "a three-point shot"),
    ("two-party", "a two-party system"),
    ("two-day", "a two-day meeting"),
]
_LABEL_FRAMES = [
    ("spoke", "Locals spoke of {x} again."),
    ("planned", "The council planned {x} for the town."),
]
_cross("label", _LABEL_SHAPES, _LABEL_FRAMES)
_row("near-label-beds", "The council planned a 500-bed hospital.", (500, "bed"))
_row("near-label-members", "The council named a 12-member board.", (12, "member"))
_row("near-label-cores", "The firm launched a 64-core chip.", (64, "core"))
_row("near-label-seats", "The town built a 3,000-seat arena.", (3000, "seat"))
_row("near-label-wheels", "The firm built a six-wheel buggy.", (6, "wheel"))
_row("near-label-24-hour-strike", "Dockers began a 24-hour strike.", (24, "hour"))
_row("label-window-tally", "Its six-day haul beat forecasts.")
_row("label-window-tally-digits", "Its 5-day total beat forecasts.")
_row("label-window-elliptical", "The film took $9M for the four-day and $12M for the six-day.",
     (9000000, "USD"), (12000000, "USD"))
_row("label-window-elliptical-if", "The film took $12M for the six-day if Monday counts.", (12000000, "USD"))
_row("label-week-kind", "Staff began a four-day week.")
_row("label-weekend-kind", "Sales soared over the four-day weekend.")
_row("near-label-strike-words", "Dockers began a three-day strike.", (3, "day"))
_row("near-label-two-contracts", "She signed a two-year and a three-year contract.", (2, "year"), (3, "year"))
_row("near-label-parties", "A seven-party coalition took office.", (7, "party"))
_row("near-label-rooms", "The council planned a 40-room hotel.", (40, "room"))
# A small compound before a word of a system or rule names the kind of system: no count of pots,
# states or strikes. One word may stand between; digits read as words do.
_SYSTEM_SHAPES = [
    ("two-pot", "the two-pot savings system"),
    ("two-state", "a two-state solution"),
    ("one-child", "the one-child policy"),
    ("three-strikes", "a three-strikes law"),
    ("two-child", "the two-child limit"),
    ("two-pillar", "a two-pillar pension model"),
    ("digits-two-pot", "the 2-pot system"),
    ("three-tier", "a three-tier tax regime"),
]
_SYSTEM_FRAMES = [
    ("under", "Under {x}, members may withdraw."),
    ("backed", "Westia backed {x} on Friday."),
    ("subject", "Critics say {x} was poorly designed."),
]
_cross("system", _SYSTEM_SHAPES, _SYSTEM_FRAMES)
_row("near-system-plan-years", "Westia set out a five-year plan.", (5, "year"))
_row("near-system-members", "A 12-member panel will run the system.", (12, "member"))
_row("near-system-large", "The 300-bed hospital system grew.", (300, "bed"))
_row("near-system-later", "Westia built a three-storey office under the new rules.", (3, "storey"))

# --- list markers and footnote marks ----------------------------------------------------------
_row("marker-bracketed", "(2) Councils must publish budgets.")
_row("marker-half-bracket", "2) Councils must publish budgets.")
_row("marker-footnote-bracket", "Councils must publish budgets.[4]")
_row("marker-footnote-mid", "Councils must publish budgets[4] each spring.")
_row("marker-footnote-superscript", "Councils must publish budgets\u00b3 each spring.")
_row("near-marker-count", "(2) Some 40 councils published budgets.", (40, "councils"))
# A number alone in square brackets after a figure or word, spaced, is a note mark too, as
# statistics releases print it; a marker glued to its item by a point opens a list line.
_SPACED_NOTE_FRAMES: list[tuple[str, str, list[Reading]]] = [
    ("after-unit", "Boats landed 719 tonnes {m} of fish.", [(719, "tonnes")]),
    ("after-money", "The catch was worth £1.10 billion {m}.", [(1_100_000_000, "GBP")]),
    ("after-percent", "Fares rose 4% {m} in May.", [(4, "percent")]),
    ("after-word", "Councils must publish budgets {m} each spring.", []),
]
for _fid, _frame, _readings in _SPACED_NOTE_FRAMES:
    for _mid, _mark in [("one-digit", "[4]"), ("two-digits", "[12]"), ("three-digits", "[103]")]:
        _row(f"marker-footnote-spaced-{_fid}-{_mid}", _frame.format(m=_mark), *_readings)
_row("near-marker-square-with-noun", "The list [12 items] grew.", (12, "items"))
for _mid, _item in [("mission", "2.Westsat-1 Mission: the crew will fly in May."),
                    ("name", "3.Norland Rail will open two lines."),
                    ("word", "4.Councils must publish budgets.")]:
    _row(f"marker-glued-point-{_mid}", _item, *([(2, "lines")] if "two lines" in _item else []))
_row("near-marker-glued-point-decimal", "2.5 million people voted.", (2_500_000, "people"))
# A bracketed digit glued to a lower-case word is a note mark too ("sales(1)"); spaced, it is a figure.
_MARKER_ROUND_SHAPES = [("round-1", "sales(1)"), ("round-2", "prices(2)"), ("round-12", "budgets(12)")]
_MARKER_ROUND_FRAMES = [
    ("opening", "Home {x} were counted by the board."),
    ("mid", "The board said {x} were counted each spring."),
]
_cross("marker", _MARKER_ROUND_SHAPES, _MARKER_ROUND_FRAMES)
_row("near-marker-round-with-figure", "Home sales(1) rose 4% in May.", (4, "percent"))
_row("near-marker-round-spaced-count", "Home sales (12) were counted.", (12, None))
_row("marker-dotted-section", "4.2 This section covers fares.")
_row("marker-dotted-subsection", "4.2.1 The board met in spring.")
_row("marker-dotted-section-count", "4.2 The board counted 40 councils.", (40, "councils"))
_row("near-marker-decimal-scale", "4.2 million people voted.", (4200000, "people"))
_row("near-marker-decimal-unit", "4.2 MW of panels were fitted.", (4.2, "MW"))
# A release's note mark after the name of a measure, glued or set apart by a space, before
# its verb; or glued to the figure's percent sign or scale word.
_MARKER_NOTE_SHAPES = [
    ("glued-share", "Earnings per share1"), ("spaced-share", "Earnings per share 1"),
    ("glued-revenue", "Revenue2"), ("spaced-revenue", "Revenue 2"), ("spaced-debt", "Net debt 3"),
    ("spaced-acronym", "Adjusted EBITDA 4"), ("spaced-plural-sales", "Net sales 2"),
    ("superscript", "Free cash flow\u00b9"),
]
_MARKER_NOTE_FRAMES = [
    ("rose", "{x} rose to $1.20.", [(1.2, "USD")]),
    ("was", "{x} was $4.5 billion.", [(4500000000, "USD")]),
    ("increased", "{x} increased 12% on the year.", [(12, "percent")]),
]
for _nid, _note in _MARKER_NOTE_SHAPES:
    for _fid, _frame, _nexpected in _MARKER_NOTE_FRAMES:
        _row(f"marker-note-{_nid}-{_fid}", _frame.format(x=_note), *_nexpected, shape=f"marker-note-{_nid}")
for _nid, _written, _nvalue, _nunit in [("percent-sign", "12%2", 12, "percent"),
                                        ("per-cent", "12 per cent2", 12, "percent"),
                                        ("percent", "12 percent2", 12, "percent"),
                                        ("billion", "$4.5 billion3", 4500000000, "USD"),
                                        ("million", "$4.5 million3", 4500000, "USD")]:
    _row(f"marker-note-after-{_nid}", f"Revenue rose {_written} to $9.5 billion.", (_nvalue, _nunit),
         (9500000000, "USD"))
# Near misses: a digit after a function word, a participle or a plural count is a figure.
_row("near-marker-note-after-all", "In all 3 were hurt.", (3, None))
_row("near-marker-note-after-another", "Another 4 were injured.", (4, None))
_row("near-marker-note-after-plural", "Of the new hires 2 were women.", (2, None))
_row("near-marker-note-after-participle", "A boy aged 2 was hurt.", (2, None))
_row("near-marker-note-verb-after-unit", "Revenue of 2 billion was booked.", (2000000000, None))
_row("near-marker-note-count-before-noun", "Revenue 2 years ago was higher.", (2, "years"))

# --- "one" in idioms, centuries as ordinals, the year in an event's or a plan's name --------------
# "one" picks one of several causes or traits, one of any two, or a moment: no count. Near
# miss: "one" after a verb before a thing counted.
_IDIOM_ONE_SENTENCES = [
    ("factor", "Weather was one factor behind the delay."),
    ("cause", "Cost was one cause of the delay."),
    ("aspect", "Its price is one aspect of the plan."),
    ("concern", "Noise is one concern for the town."),
    ("to-another", "The files moved from one platform to another."),
    ("then-another", "The crew closed one kiln and then another."),
    ("day", "One day the mill will close."),
    ("at-one-point", "At one point the queue grew long."),
    ("one-of-the-reasons", "Cost is one of the reasons for the delay."),
    ("one-way", "One way or another the mill will close."),
]
for _iid, _isentence in _IDIOM_ONE_SENTENCES:
    _row(f"idiom-one-{_iid}", _isentence)
_row("near-idiom-one-counted", "The crew closed one kiln last week.", (1, "kiln"))
_row("near-idiom-one-and-another-count", "The mill shut one kiln and another 12 stayed open.", (1, "kiln"), (12, None))
_row("near-idiom-one-of-total", "The mill has one of the three kilns running.", (3, "kilns"))
# Centuries as ordinals name a period.
for _cid, _csentence in [("pair", "The walls date from the 12th and 13th centuries."),
                         ("hyphen", "The 19th-century mill was rebuilt."),
                         ("single", "The mill dates to the 19th century."),
                         ("words", "The mill dates to the nineteenth century."),
                         ("range", "The walls date from the 12th to the 14th century.")]:
    _row(f"date-century-{_cid}", _csentence)
# The year inside the name of an event or a plan, whatever noun follows.
_NAMED_YEARS = [("expo", "the Expo 2030"), ("cup", "the World Cup 2034"), ("games", "the 2031 Games"),
                ("vision", "the Vision 2030"), ("agenda", "the Agenda 2063")]
_NAMED_YEAR_NOUNS = [("site", "site"), ("bid", "bid"), ("plans", "plans"), ("visitors", "visitors")]
for _yid, _yname in _NAMED_YEARS:
    for _nid, _ynoun in _NAMED_YEAR_NOUNS:
        _row(f"date-named-year-{_yid}-{_nid}", f"Crews visited {_yname} {_ynoun} in May.")
_row("near-date-named-year-sum", "The Expo 2030 budget is $4 billion.", (4000000000, "USD"))
_row("near-date-named-year-count-after", "The Vision 2030 plans call for 12 new towns.", (12, "new towns"))
_row("near-date-named-year-weekday", "On Monday 2030 people signed.", (2030, "people"))
_row("near-date-named-year-opening-word", "Some 2030 people signed.", (2030, "people"))
_row("near-date-named-year-count", "The firm bought 2030 trucks.", (2030, "trucks"))

# --- clock times ---------------------------------------------------------------------------------
_TIME_SHAPES = [
    ("am", "at 9.30am"),
    ("colon", "at 14:00"),
    ("pm-spaced", "at 7 pm"),
    ("gmt", "at 0900 GMT"),
    ("oclock", "at 6 o'clock"),
    ("pm-point", "at 11.45 pm"),
    ("local", "at 9am local time"),
    ("hrs", "at 1800 hrs"),
    ("colon-hrs", "at 10:30hrs"),
    ("colon-h", "at 18:45h"),
    ("colon-hr", "at 07:15hr"),
]
_TIME_FRAMES = [
    ("closed", "The polls closed {x} on Sunday."),
    ("halted", "Trading was halted {x}."),
]
_cross("time", _TIME_SHAPES, _TIME_FRAMES)
_row("near-time-turnout", "Turnout was 61% at 6pm.", (61, "percent"))
_row("near-time-colon-hrs-turnout", "Turnout was 61% at 18:00hrs.", (61, "percent"))

# --- contractions that spell a currency word ------------------------------------------------------
# "won't" is "will not", not the Korean won after a number word ("this one won't").
_CONTRACTION_SHAPES = [("wont-straight", "one won't"), ("wont-curly", "one won’t"), ("wont-cased", "one Won't")]
_CONTRACTION_FRAMES = [
    ("colon", "Some plans passed; this {x}: it stalls."),
    ("clause", "The last {x} pass, aides said."),
]
_cross("contraction", _CONTRACTION_SHAPES, _CONTRACTION_FRAMES)
_row("near-contraction-won-a-share", "The shares paid 400 won a share.", (400, "KRW"))
_row("near-contraction-won-the-verb", "Pupils aged 12 and 16 won prizes.", (12, "pupils"), (16, "pupils"))

# --- dates -------------------------------------------------------------------------------------
_DATE_SHAPES = [
    ("day-month", "on 12 March"),
    ("month-day", "on March 12"),
    ("slashes", "on 12/03/2031"),
    ("iso", "on 2031-03-12"),
    ("the-nth", "on the 12th"),
    ("points", "on 12.03.2031"),
    ("month-span", "from March 12-14"),
    ("decade", "in the 1990s"),
    ("mid-year", "by mid-2031"),
    ("weekday-date", "on Tuesday 4 June"),
    ("nth-month", "on 4th June"),
    ("day-span", "on 3-4 May"),
    ("abbreviated-month", "on Sept. 9"),
    ("hyphens", "on 29-2-2031"),
    ("hyphens-month-first", "on 02-29-2031"),
    ("hyphens-padded", "on 04-11-2031"),
]
_DATE_FRAMES = [
    ("met", "The board met {x}."),
    ("ends", "Voting ends {x} for the council."),
]
_cross("date", _DATE_SHAPES, _DATE_FRAMES)
_row("near-date-count", "On March 12, 40 people were hurt.", (40, "people"))
# A hyphenated date opening a dateline ("29-2-2031 (WESTIA) ..."), and its neighbours that stay
# figures: a tally, a range of shares, a range of counts beside a year.
_row("date-hyphens-dateline", "29-2-2031 (WESTIA) The minister said 40 staff left.", (40, "staff"),
     shape="date-hyphens")
_row("near-date-hyphens-tally", "The council voted 12-3 in 2031.", (12, "votes"), (3, "votes"))
_row("near-date-hyphens-range-percent", "Fares rose 3-4% in 2031.", (3, "percent"), (4, "percent"))
_row("near-date-hyphens-range-count", "Between 2030 and 2031, 12-14 firms closed.", (12, "firms"), (14, "firms"))

# --- fiscal, quarter and half labels ------------------------------------------------------------
_FISCAL_SHAPES = [
    ("fy-glued", "in FY2031"),
    ("fy-short", "in FY31"),
    ("fiscal", "in fiscal 2031"),
    ("quarter", "in Q3"),
    ("quarter-year", "in Q3 2031"),
    ("quarter-glued-year", "in 3Q31"),
    ("half", "in H1"),
    ("half-glued-year", "in 1H31"),
    ("season-slash", "in the 2031/32 season"),
    ("year-span", "in 2031-32"),
]
_FISCAL_FRAMES = [
    ("sales", "Sales rose sharply {x}."),
    ("profit", "Profit fell {x} at the bank."),
]
_cross("fiscal", _FISCAL_SHAPES, _FISCAL_FRAMES)
_row("near-fiscal-sales", "Sales rose 12% in Q3.", (12, "percent"))

# --- neighbourhoods: the nearest variants of the families above ---------------------------------
# Each family's shape varied along one axis (a range or a list of it, plural, another preposition,
# glued or spaced, capitals, another place in the sentence), with a near miss beside it.

# Clock times as a range, a pair or a series: the first time takes its "p.m." from the last.
_TIME_RANGE_SHAPES = [
    ("range-and-pm-dots", "between 5 and 6 p.m."),
    ("range-and-pm", "between 5 and 6 pm"),
    ("range-and-pm-glued", "between 5 and 6pm"),
    ("range-to-pm-dots", "from 5 to 6 p.m."),
    ("range-both-marked", "between 5 p.m. and 6 p.m."),
    ("range-hours-of", "between the hours of 5 and 8 p.m."),
    ("range-hyphen-bracket", "(5-6 p.m.)"),
    ("range-dash-spaced", "between 5 – 6 pm"),
    ("range-hyphen-glued", "between 5-6pm"),
    ("range-am", "between 9 and 11 a.m."),
    ("range-minutes", "between 9.30 and 10.30am"),
    ("range-colon", "between 09:00 and 11:00"),
    ("range-until", "from 7am until 10pm"),
    ("range-glued-both", "7am-10pm"),
    ("range-oclock", "between 7 and 10 o'clock"),
    ("pair-pm", "at 5 and 7 p.m."),
    ("series-pm", "at 5, 6 and 7 p.m."),
    ("caps-pm-dots", "at 10 P.M."),
    ("caps-pm", "at 10 PM"),
    ("zone-et", "at 10pm ET"),
    ("zone-est-dots", "at 10 p.m. EST"),
]
_cross("time", _TIME_RANGE_SHAPES, _TIME_FRAMES)
_row("time-range-opens-sentence", "Between 5 and 6 p.m., trading was halted.")
_row("time-range-after-colon", "Peak hour: 5-6 p.m.")
_row("near-time-range-count", "Some 40 stores closed between 5 and 6 p.m.", (40, "stores"))
_row("near-time-range-percent", "Between 5 and 6 percent of polls closed at 9 p.m.", (5, "percent"), (6, "percent"))
_row("near-time-range-scaled", "Some 5 to 6 million people voted by 8 p.m.", (5000000, "people"), (6000000, "people"))
_row("near-time-range-figure-after", "Between 5 and 6 pm, 4,000 people voted.", (4000, "people"))

# A price basis: the year whose prices or money a sum is given in ("at 2031 prices").
_BASIS_SHAPES = [
    ("at-prices", "at 2031 prices"),
    ("at-constant-prices", "at constant 2031 prices"),
    ("in-prices", "in 2031 prices"),
    ("at-span-prices", "at 2031-32 prices"),
    ("in-money", "in 2031 money"),
    ("in-terms", "in 2031 terms"),
    ("bracket-prices", "(2031 prices)"),
    ("at-quarter-prices", "at Q2 2031 prices"),
    ("at-price-levels", "at 2031 price levels"),
    ("real-terms-at-prices", "in real terms at 2031 prices"),
    ("at-exchange-rates", "at 2031 exchange rates"),
]
for _shape_id, _shape in _BASIS_SHAPES:
    _row(f"basis-{_shape_id}", f"The scheme will cost £40bn {_shape}.", (40000000000, "GBP"))
_row("basis-range-of-sums", "The scheme will cost £40-44bn at 2031 prices.", (40000000000, "GBP"), (44000000000, "GBP"))
_row("basis-opens-sentence", "At 2031 prices the scheme will cost £40bn.", (40000000000, "GBP"))
_row("basis-in-opens-sentence", "In 2031 prices, the scheme will cost £40bn.", (40000000000, "GBP"))
_row("basis-constant-dollars", "The scheme will cost $40bn in constant 2031 dollars.", (40000000000, "USD"))
_row("basis-dollars", "The scheme will cost $40bn in 2031 dollars.", (40000000000, "USD"))
_row("basis-euros", "The scheme will cost €40bn in 2031 euros.", (40000000000, "EUR"))
_row("basis-real-euros", "The scheme will cost €40bn at real 2031 euros.", (40000000000, "EUR"))
_row("near-basis-count-of-prices", "The survey checked 2031 prices in May.", (2031, "prices"))
_row("near-basis-count-after-at", "Sales fell 4% at 2031 stores.", (4, "percent"), (2031, "stores"))
_row("near-basis-price-at-currency", "Tickets sold at 2000 euros each.", (2000, "EUR"))

# A road, lane or line named by its number before a word for it: capitalised as a name, or a
# singular noun after a number other than one (a count would be plural).
_ROAD_NAME_SHAPES = [
    ("express-lanes", "the 58 Express Lanes"),
    ("freeway-capital", "the 405 Freeway"),
    ("line-capital", "the 7 Line"),
    ("expressway-named", "the 12 Crosstown Expressway"),
    ("freeway-lower", "the 405 freeway"),
    ("line-lower", "the 7 line"),
    ("tram-line", "the 7 tram"),
    ("interstate-hyphen", "the I-58"),
    ("us-route", "US 30"),
    ("routes-plural", "Routes 9 and 66"),
    ("highways-plural", "Highways 17 and 20"),
    ("lines-plural", "Lines 4 and 5"),
    ("national-highway", "National Highway 44"),
]
_cross("route", _ROAD_NAME_SHAPES, _ROUTE_FRAMES)
_row("route-name-opens-sentence", "The 58 Express Lanes opened in spring.")
_row("route-bare-number", "Traffic slowed on the 58 after the crash.")
_row("route-list-lower-plural", "Traffic slowed on the 405 and 710 freeways after the crash.")
_row("near-route-count-of-lanes", "Some 58 express lanes opened in spring.", (58, "express lanes"))
_row("near-route-name-then-count", "The 58 Express Lanes carried 40,000 cars.", (40000, "cars"))
_row("near-route-count-of-freeways", "The region has 12 freeways in all.", (12, "freeways"))

# A quarter or half written with its ordinal's letters lost ("the 1 quarter of 2031").
_PERIOD_ORDINAL_SHAPES = [
    ("quarter-lost-ordinal", "over the 1 quarter of 2031"),
    ("third-quarter-lost-ordinal", "in the 3 quarter of 2031"),
    ("half-lost-ordinal", "in the 2 half of 2031"),
    ("quarter-ordinal", "in the 1st quarter of 2031"),
    ("quarter-of-the-year", "in the 3 quarter of the year"),
]
_cross("fiscal", _PERIOD_ORDINAL_SHAPES, _FISCAL_FRAMES)
_row("near-fiscal-quarters-count", "Sales rose for 3 quarters in a row.", (3, "quarters"))
_row("near-fiscal-quarter-count-left", "The plan has 3 quarters of funding left.", (3, "quarters"))

# More neighbours: a pair, a range or a list of the shape, a plural label, a closing stop.
_ADDRESS_SPAN_SHAPES = [
    ("range", "14-16 Mill Lane"), ("pair", "14 and 16 Mill Lane"), ("street-abbr", "220 Carden St."),
]
_cross("addr", _ADDRESS_SPAN_SHAPES, _ADDRESS_FRAMES)
_row("near-addr-pair-homes", "He sold 40 and 12 Mill Lane homes.", (40, None), (12, "homes"))
_LAW_SPAN_SHAPES = [("articles-pair", "Articles 5 and 6"), ("sections-range", "sections 12-14"),
                    ("sections-to", "sections 12 to 14"), ("subsection", "Article 5(2)"),
                    ("standard-year", "ISO 9001:2015"), ("standards-pair", "ISO 9001 and ISO 14001")]
_cross("law", _LAW_SPAN_SHAPES, _NAME_FRAMES)
_row("near-law-levels-to-percent", "The law raised levels 2 to 4 percent.", (2, "percent"), (4, "percent"))
_DATE_SPAN_SHAPES = [("month-to-day", "on March 12 to 14"), ("between-month-days", "between March 12 and 14"),
                     ("ordinals-hyphen", "on 12th-14th March"), ("from-to-month", "from 12 to 14 March"),
                     ("ordinals-and", "on 12th and 14th March"), ("the-ordinals", "on the 12th and 14th")]
for _shape_id, _shape in _DATE_SPAN_SHAPES:
    _row(f"date-{_shape_id}-met", f"The board met {_shape}.", shape=f"date-{_shape_id}")
_row("near-date-days-before-a-noun", "On June 8 and 9 boats sailed.", (9, "boats"))
_FISCAL_SPAN_SHAPES = [("quarters-pair", "in Q3 and Q4"), ("quarters-range", "in Q3-Q4"),
                       ("halves-pair", "in H1 and H2"), ("fy-slash", "in FY31/32"),
                       ("fiscal-year-span", "in the 2031-32 fiscal year"),
                       ("season-long-slash", "in the 2031/2032 season"), ("quarter-fy", "in Q3 FY31")]
_cross("fiscal", _FISCAL_SPAN_SHAPES, _FISCAL_FRAMES)
_AGE_GROUP_SPAN_SHAPES = [("under-plural-lower", "the under-21s"), ("u-glued", "the U21 side"),
                          ("pair", "the under-21 and under-23 sides")]
_cross("agegroup", _AGE_GROUP_SPAN_SHAPES, [("chose", "The coach chose {x} again.")])
_TIME_PAIR_SHAPES = [("pair-am-pm", "at 9.30am and 2.15pm"), ("pair-colon", "at 9:30 and 14:15"),
                     ("pair-zoned", "at 0930 and 1415 GMT"), ("zoned-points", "at 09.30 GMT"),
                     ("zone-after-dots", "at 9.30 a.m. ET")]
_cross("time", _TIME_PAIR_SHAPES, _TIME_FRAMES)
_row("time-points-this-morning", "Trading was halted at 9.30 this morning.")
_NAME_LIST_SHAPES = [("products-pair", "the Lumio 7 and Lumio 8 phones"), ("groups-pair", "the G7 and G20"),
                     ("indices-pair", "the Calder 100 and Calder 250 indices"),
                     ("product-numbers-pair", "the Lumio 7 and 8 phones")]
_cross("name", _NAME_LIST_SHAPES, _NAME_FRAMES)
_ROUTE_LIST_SHAPES = [("routes-pair", "Route 9 and Route 12"), ("routes-series", "Routes 9, 12 and 15"),
                      ("glued-pair", "the A412 and A41"), ("motorways-pair", "the M62 and M1")]
_cross("route", _ROUTE_LIST_SHAPES, _ROUTE_FRAMES)
_row("flight-pair-plural", "Passengers on flights 417 and 418 were delayed.")
_row("flight-pair-singular", "Passengers on flight 417 and 418 were delayed.")
_row("phone-pair", "Call 0800 123 4567 or 0800 765 4321 today.")


# --- r17-n2: list markers inside a sentence, a part of the year named by word and number -----
# A run numbered from 1 of numbers closed by a bracket, each before a word, wherever the list
# opens: half-bracketed anywhere, bracketed after a stop, a conjunction or the start.
_INLINE_MARKER_SHAPES = [
    ("inline-half-after-verb", "The leaders were 1) Westia, 6.1 percent; 2) Eastia, 5.8 percent; and "
                               "3) Northia, 4.9 percent."),
    ("inline-half-after-colon", "The leaders: 1) Westia, 6.1 percent; 2) Eastia, 5.8 percent."),
    ("inline-bracketed-after-colon", "The plan has aims: (1) cutting fares by 5 percent and (2) adding "
                                     "4.9 percent more trains."),
    ("inline-half-lower", "The board will 1) cut fares by 6.1 percent, 2) add 5.8 percent more trains and "
                          "3) hire 4.9 percent more staff."),
]
for _shape_id, _sentence in _INLINE_MARKER_SHAPES:
    _values = [float(v) for v in re.findall(r"\d\.\d|(?<![\d(])\d(?=\s+percent)", _sentence)]
    _row(f"marker-{_shape_id}", _sentence, *[(v, "percent") for v in _values])
_row("near-marker-inline-brackets-after-nouns", "Sales (1) and costs (2) fell.", (1, None), (2, None))
_row("near-marker-inline-aside-closed", "The fund (worth up to 2) bought 40 shares.", (2, None), (40, "shares"))
_row("near-marker-inline-single", "The board named 1) a chair.", (1, None))
_row("near-marker-inline-not-from-one", "Fares rose 2) in Westia and 3) in Eastia.", (2, None), (3, None))
# "Quarter 3", "Semester 2", "Half 1": a part of the year named as statistics offices write it,
# with its year after it or not, in any case after a preposition.
_PART_OF_YEAR_SHAPES = [
    ("quarter-word", "in Quarter 3"), ("quarter-word-year", "in Quarter 3 2031"),
    ("quarter-word-bracket-year", "in Quarter 2 (April to June) 2031"), ("quarter-word-lower", "in quarter 4 2031"),
    ("half-word", "in Half 1"), ("semester-word", "in Semester 2"), ("trimester-word", "in Trimester 1"),
    ("quarter-words-pair", "between Quarter 1 and Quarter 3"),
]
_cross("fiscal", _PART_OF_YEAR_SHAPES, _FISCAL_FRAMES)
_row("fiscal-quarter-word-opens", "Quarter 3 saw the best sales of the year.")
_row("near-fiscal-quarter-word-count", "In the third quarter 3 banks failed.", (3, "banks"))
_row("near-fiscal-quarter-last-count", "In the last quarter 4 stores closed.", (4, "stores"))
_row("near-fiscal-half-times", "The loaf was cut in half 2 times.", (2, "times"))
_row("near-fiscal-quarter-thousands", "In Quarter 3 2,400 homes were sold.", (2400, "homes"))
_row("near-fiscal-quarter-percent", "A quarter 2 percent of it went.", (2, "percent"))
# A date with hyphens and a full year, day first or month first ("29-2-2031 (WESTIA) ..."); two
# digits for the year stay a score or a range.
_HYPHEN_DATE_SHAPES = [("hyphens-day-month", "on 29-2-2031"), ("hyphens-month-day", "on 2-29-2031"),
                       ("hyphens-short", "on 9-1-2031")]
_cross("date", _HYPHEN_DATE_SHAPES, [("met", "The board met {x}."), ("opens", "{x} the board met.")])
_row("date-hyphens-dateline-2", "29-2-2031 (WESTIA) The minister spoke at length.")
_row("near-date-hyphens-score", "The Reds won 3-1-2 on aggregate.", (3, None))

# Rows left open on purpose, by id or by shape (``family-shape``: every frame), and why.
_VERB_OR_VERSION = (
    "lower-case 'release' or 'update' without a determiner is also the verb ('to release 2.5 million "
    "barrels'): only 'version', a capital or a determiner before it marks a version"
)
# --- round 18b: non-figures found on the airline, drug, building and car sets ---------------------
# base: "one year earlier" after a word of comparison is the base compared with, as "a year
# earlier" is; "one year later" or "since" stays a span.
for _tid, _phrase in [("from", "from one year earlier"), ("with", "in line with one year earlier"),
                      ("on", "on one year ago"), ("than", "higher than one month before"),
                      ("period", "over that period one year before"),
                      ("quarter", "that quarter one year prior")]:
    _row(f"base-one-{_tid}", f"Van sales rose 12% {_phrase}.", (12, "percent"))
_row("near-base-two-years-earlier", "Van sales rose 12% from two years earlier.", (12, "percent"), (2, "years"))
_row("near-base-one-year-later", "One year later, the mill had 40 staff.", (1, "year"), (40, "staff"))
_row("near-base-one-year-since", "It is one year since the vote.", (1, "year"))
# kind: "zero" before a goal's noun used as an adjective names a kind.
for _tid, _phrase in [("emission-vehicles", "Zero emission vehicles"), ("emissions-buses", "Zero emissions buses"),
                      ("carbon-homes", "Zero carbon homes"), ("waste-shops", "Zero waste shops")]:
    _row(f"kind-zero-{_tid}", f"{_phrase} now make up 10% of the total.", (10, "percent"))
_row("near-kind-zero-growth", "Brel saw zero growth in 2030.", (0, "growth"))
# name: a hyphenated figure capitalised before a capitalised word mid-sentence is a name.
for _tid, _phrase in [("year-plan", "the 10-Year Rail Plan"), ("point-plan", "a 5-Point Rail Plan"),
                      ("year-strategy", "the 25-Year Water Strategy")]:
    _row(f"name-hyphen-{_tid}", f"Under {_phrase}, costs would fall by 25 percent.", (25, "percent"))
_row("near-name-hyphen-lower", "Under a 10-year plan, costs would fall by 25 percent.", (10, "year"), (25, "percent"))
# name: a capitalised plural before a list of small numbers names each of them.
for _tid, _phrase in [("buildings", "Buildings 1 and 2"), ("terminals", "Terminals 2, 3 and 5"),
                      ("blocks", "Blocks 4 or 6")]:
    _row(f"name-plural-list-{_tid}", f"Acme bought {_phrase} in the Eastby park for $40 million.",
         (40000000, "USD"))
_row("near-name-plural-list-km", "Piers 2 and 3 km long were built.", (2, "km"), (3, "km"))
_row("near-name-plural-list-start", "Sales 2 and 3 were lower.", (2, None), (3, None))
# year: a year-sized number before a year's reported money words is the year.
for _noun in ["profits", "earnings", "revenues", "forecasts", "targets"]:
    _row(f"year-data-{_noun}", f"Acme said 2031 {_noun} would reach $4 billion.", (4000000000, "USD"))
_row("near-year-data-cars", "Westia sold 2031 cars in May.", (2031, "cars"))
# date: the end of a day range written with "the", with a stop or an ordinal after it.
for _tid, _phrase in [("oct-stop", "from Oct. 4 to the 19,"), ("may-until-ordinal", "from May 3 until the 14th"),
                      ("month-full-end", "from November 17 to the 27.")]:
    _row(f"date-to-the-{_tid}", f"Fares rise 4% {_phrase} the board said", (4, "percent"))
_row("near-date-to-the-count", "Fares rose from May 3 to the 40 stores.", (40, "stores"))


_OPEN: dict[str, str] = {
    "flight-train": (
        "'train' is a verb too ('to train 500 nurses'): a number after it is left to the counting readers"
    ),
    "flight-service": (
        "'service' is a verb and a noun of debt too ('to service 40 jets', 'debt service 12 times "
        "earnings'): a number after it is left to the counting readers"
    ),
    "version-release-tried": _VERB_OR_VERSION,
    "version-update-tried": _VERB_OR_VERSION,
    "label-three-point": (
        "'point' sizes as often as it labels ('a 10-point lead' is a figure, 'a three-point shot' a kind): "
        "only the noun after the compound tells, and its list would be open-ended"
    ),
    "label-two-day": (
        "the length of an event is a duration, a fact (or, as a framing window, optional) in the project's "
        "gold; which event lengths a desk wants the sentence does not tell, so the compound stays read"
    ),
    "time-hrs": (
        "four digits before 'hrs' are as often hours of work or flight written without a comma "
        "('1800 hrs of flying') as a clock time; 'GMT' or a colon decides, 'hrs' alone does not"
    ),
}


# Neighbours left open (rows above), and why.
_OPEN.update({
    "time-points-this-morning": (
        "a time with a point and no clock mark or zone ('at 9.30 this morning') is a decimal as often "
        "('shares traded at 9.30 this morning'); only a mark, a zone or a colon decides"
    ),
    "name-product-numbers-pair": (
        "a second number after a name's number ('the Lumio 7 and 8 phones') reads as a count of the noun, "
        "as 'the Lumio 7 and 40 phones' may be; the name is not written again to tell"
    ),
    "route-bare-number": (
        "a road named by its number alone ('on the 58') reads as a count whose noun was left out; only "
        "the article's other sentences, naming the road, tell"
    ),
    "route-list-lower-plural": (
        "a list of numbers before a lower-case plural road noun ('the 405 and 710 freeways') reads as "
        "counts, as 'the 40 and 50 buses' may be; capitals or a singular decide, the plural does not"
    ),
})


# --- r18-f: "zero" naming a goal or a kind of thing, not a count ------------------------------------
# After a possessive, as after an article, "zero" and its noun name a kind ("the state's zero
# emission rules"); after a verb of aim before a singular noun, a goal ("to achieve zero
# deforestation"). A plural noun, a unit, a bare "zero" or a copula keep the count of none.
for _oid, _owner in [("possessive", "Westia's"), ("possessive-curly", "Westia’s"),
                     ("plural-possessive", "the states'")]:
    _row(f"idiom-zero-{_oid}", f"Carmakers must meet {_owner} zero emission deadlines.")
for _vid, _verb in [("achieve", "to achieve"), ("reaching", "reaching"), ("towards", "towards"),
                    ("pursue", "to pursue"), ("attained", "has attained")]:
    for _nid, _noun in [("mass", "deforestation"), ("hunger", "hunger"), ("waste", "waste")]:
        _row(f"idiom-zero-goal-{_vid}-{_nid}", f"Westia aims {_verb} zero {_noun} by 2035.".replace("aims has", "has"))
_row("near-idiom-zero-goal-plural", "Westia aims to reach zero deaths on its roads by 2035.", (0, "deaths"))
_row("near-idiom-zero-goal-bare", "Rates will reach zero by March.", (0, None))
_row("near-idiom-zero-goal-bare-singular", "The rate will reach zero by March.", (0, None))
_row("near-idiom-zero-goal-percent", "Inflation will reach zero per cent by May.", (0, "percent"))
_row("near-idiom-zero-count", "The clinic recorded zero deaths last year.", (0, "deaths"))
_row("near-idiom-zero-singular-after-verb", "The economy recorded zero growth in the quarter.", (0, "growth"))
_row("near-idiom-zero-reached-plural", "The clinic reached zero cases in May.", (0, "cases"))


# --- r18-f: cited orders and acts, note marks after acronyms, names of a number word and an acronym --
for _did, _doc in [("executive-order-no", "Executive Order No. 12"), ("republic-act", "Republic Act 11285"),
                   ("proclamation", "Presidential Proclamation 1051"),
                   ("administrative-order", "Administrative Order 5")]:
    _row(f"ref-{_did}", f"The privileges granted by {_doc} expire in May.")
_row("near-ref-order-of-count", "The order of 12 trucks arrived in May.", (12, "trucks"))
_row("near-ref-order-lower", "An order 12 days ago set the fee.", (12, "days"))
for _aid, _acronym in [("ebitda", "EBITDA"), ("eps", "EPS"), ("word", "revenue")]:
    _row(f"marker-note-glued-{_aid}", f"Growth of 24% in {_acronym}(1) took it to $478.8 million.",
         (24, "percent"), (478800000, "USD"))
_row("near-marker-note-spaced", "Sales (12) rose in May.", (12, None))
for _vid, _verb in [("has-reported", "has reported"), ("said", "said"), ("posted", "posted")]:
    _row(f"name-word-acronym-{_vid}", f"In its results, Three UK {_verb} a 4% rise.", (4, "percent"))
_row("near-name-word-acronym-count", "Three UK firms said they grew 4%.", (3, "firms"), (4, "percent"))
for _vid, _verb in [("said", "said"), ("called", "called")]:
    _row(f"idiom-one-in-what-{_vid}", f"In what one analyst {_verb} a shock, sales fell 4%.", (4, "percent"))
# A year-sized number as the size of a change ("a rise of only 2000") is a count; "the crash
# of 2008" dates one. A year with a verb of state and its complement is the year.
for _cid, _change in [("rise-only", "a rise of only"), ("net-gain", "a net gain of"),
                      ("fall-about", "a fall of about")]:
    _row(f"near-date-change-size-{_cid}", f"Arrivals reached 318,400, {_change} 2000 on May.",
         (318400, "arrivals"), (2000, "arrivals"))
_row("date-crash-of", "The crash of 2008 hurt the Westia fleet.")
for _vid, _verb in [("remains", "remains unchanged"), ("looks", "looks weaker"), ("stays", "stays at 40%")]:
    _expected = [(40, "percent")] if "40" in _verb else []
    _row(f"date-year-verb-of-state-{_vid}", f"The guidance for 2031 {_verb}.", *_expected)
_row("near-date-remains-counted", "Some 2000 remains were found.", (2000, "remains"))
# "more than one" before a noun is "several": no count. A scale after it, or digits, count.
for _mid, _phrase in [("pass", "Riders keep more than one pass for the ferry."),
                      ("way", "The Westia plan helps in more than one way."),
                      ("reason", "Fares rose for more than one reason.")]:
    _row(f"idiom-more-than-one-{_mid}", _phrase)
# A year glued to a preposition, its space lost in the copy, is a year.
for _pid, _prep in [("than", "higher than"), ("from", "up from"), ("over", "up 13 percent over")]:
    _expected = [(13, "percent")] if "13" in _prep else []
    _row(f"date-glued-after-{_pid}", f"Westia emissions were {_prep}1990 levels.", *_expected)
_row("near-date-glued-model", "The model X2020 sold 40 units.", (40, "units"))
# A line of latitude or longitude named by its degree ("the 49th parallel").
for _gid, _line in [("parallel", "the 49th parallel"), ("meridian", "the 180th meridian"),
                    ("parallel-38", "the 38th parallel")]:
    _row(f"name-grid-line-{_gid}", f"Steel that crosses {_line} pays 25 per cent.", (25, "percent"))
_row("near-name-grid-line-count", "The team ran 49 parallel trials.", (49, "parallel trials"))
_row("near-idiom-more-than-one-million", "More than one million people voted.", (1000000, "people"))
_row("near-idiom-more-than-one-hundred", "The firm hired more than one hundred staff.", (100, "staff"))


def _params() -> list[object]:
    params: list[object] = []
    for row in ROWS:
        reason = _OPEN.get(row.id) or _OPEN.get(row.shape, "")
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        params.append(pytest.param(row.sentence, row.expected, id=row.id, marks=marks))
    return params


def test_row_ids_are_unique() -> None:
    ids = [row.id for row in ROWS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("sentence", "expected"), _params())
def test_nonfigure(sentence: str, expected: list[Reading]) -> None:
    assert [(value, unit) for _, value, unit in figures(sentence)] == expected
