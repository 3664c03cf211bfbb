"""Record claims: firsts, superlatives, records, peaks, world leadership, "the only ... in the
top 10", "the only one to have done", "more than ever", outperforming the world.

A claim that directly governs a figure ("a record 5.2 million", "leads the world with 26")
makes that figure a record; any other claim becomes a figure-less record fact of its own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .context import ORDINAL_SUFFIXES, Figure, SentenceContext, Trigger, matches_from
from .lexicon import split_words

_SUPERLATIVES = (
    "highest|largest|biggest|greatest|best|fastest|longest|lowest|smallest|strongest|deepest|"
    "tallest|oldest|youngest|heaviest|lightest|cheapest|hottest|coldest|warmest|wettest|"
    "driest|busiest|richest|steepest|widest|narrowest|shortest|thinnest|thickest|brightest|"
    "darkest|slowest|loudest|quietest|safest|deadliest|costliest|sunniest|windiest|"
    "snowiest|rainiest|stormiest|rarest|commonest|cleanest|densest|farthest|wealthiest|poorest|weakest|fewest|"
    "coolest|mildest|sharpest|quickest|"
    "most\\s+[a-z]+|top-ranked|top-selling|best-selling|most-[a-z]+"
)
# What may stand between an owner and its superlative: one word ("the second largest",
# "its most recent"), joined by a hyphen too ("the second-lowest"), or a digit ordinal
# ("the 4th biggest"): a rank among superlatives is a claim too. An opening quotation mark
# may come first, where a writer quotes the words of a claim ("called it its “largest
# order yet”"): the claim is the same.
_BEFORE_SUPERLATIVE = (
    r"[“\"‘']?(?:[a-z]+(?:\s+|-)|\d{1,3}(?:st|nd|rd|th)[\s-])?"
)
# A bare superlative after "as" ("passed its rival as busiest"): the "-est" forms only, as
# "as best they could" and "as most people know" are no claims.
_BARE_SUPERLATIVES = "|".join(w for w in _SUPERLATIVES.split("|") if w.isalpha() and w.endswith("est") and w != "best")
# Owners of a superlative: places and the world, in general words ("the city's warmest
# October", "the planet's oldest rocks", "history's largest"), not companies or people in
# common nouns ("the company's largest shareholder" ranks what a company holds). A named
# owner counts, as "its" does (_NAMED_OWNER).
# An acute accent typed for the apostrophe ("world´s") is the same owner.
_OWNERS = (
    r"world['’´]s|country['’´]s|nation['’´]s|city['’´]s|region['’´]s|continent['’´]s|state['’´]s|island['’´]s|"
    r"planet['’´]s|earth['’´]s|globe['’´]s|universe['’´]s|history['’´]s|town['’´]s|county['’´]s|province['’´]s|"
    r"territory['’´]s|capital['’´]s"
)
# Owners that scope a superlative without naming a place: a period ("the year's busiest
# month", "the season's second highest total") or a whole trade ("the industry's largest
# ships"): the rest of the period or trade is what it is ranked against. Their firsts stay
# out ("the season's first frost" dates it), as does a day's ("the day's highest
# temperature" is weather).
_SCOPE_OWNERS = (
    r"year['’´]s|month['’´]s|decade['’´]s|century['’´]s|season['’´]s|quarter['’´]s|week['’´]s|"
    r"industry['’´]s|sector['’´]s"
)
# What closes a claim's clause: a punctuation mark (a closing quote among them) or the end.
_CLAUSE_STOP = r"\s*(?:[,.;:!?)—–\"”’]|$)"
# A trade's first is a first in all of it, as a place's is ("the industry's first electric
# ferry"); a period's first dates ("the season's first frost": _SCOPE_OWNERS rank only).
_TRADE_OWNERS = r"industry['’´]s|sector['’´]s"
# A period or stage after "first" dates or orders ("the first half", "the first weeks", "its
# first seed round", "the first full year": one word may come between), as whole words
# only: "the first participant" and "the first yearling" are claims. So does one of a
# person's series ("their first dose", two words between for a dose, "their first flu vaccine
# dose", "their first degrees", "their first choice"), which
# everyone has, or of a delivery ("the first unit arrives in May", "its first tranche"),
# which every order has; ordinals joined to the first ("the first and third quarters",
# "the first and second halves") date as "the first quarter" does; and one of a statistic's
# releases ("the first provisional estimate", "its first flash reading": later ones revise it),
# and a part of a document ("a survey's first section", "its first chapter").
# "The first of three phases" is one of a counted series, no claim ("the first of its kind" is,
# as is "the first of two women to climb it").
# A count in words after it names the first few of a series ("the first two lots were sold"),
# unless they were first to do something ("the first two women to climb it"); a count in
# digits stays a claim, an offer's ("the first 100 buyers get a gift").
_NOT_FIRST = (
    r"(?!\s+(?:[a-z]+[\s-]+){2}doses?\b)"
    r"(?!\s+(?:(?:and|or|to)\s+[a-z]+[\s-]+)?(?:[a-z]+[\s-]+)?(?:half|halves|quarter|day|week|weekend|"
    r"month|year|round|stage|phase|step|part|quarterfinal|dose|degree|choice|unit|batch|batche|tranche|"
    r"instal+ment|shipment|consignment|delivery|deliverie|section|chapter|paragraph|page|volume)s?\b|"
    r"\s+(?:provisional|preliminary|flash)\b|"
    r"\s+of\s+(?:the|its|their)\s+(?:year|month|week|day)|"
    r"\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d{1,3})\s(?!(?:[\w-]+\s+){1,2}?to\s)|"
    r"\s+(?:two|three|four|five|six|seven|eight|nine|ten|few|several)\s(?!(?:[\w-]+\s+){1,2}?to\s))"
)
# A stage of a count, a vote or a hearing dates a step as "the first round" does ("seated after
# their first counts", "the bill's first reading", "the first leg of the tie", "the first tally
# of the pay talks"); so does a first
# of a series of events said to be held ("the first launch took place in Eastby", "the first
# session will be held in May": the rest follow). "The first" ending its clause after a
# preposition of comparison or place stands for a period or part named before it ("gains in
# the second quarter were smaller than in the first.", "sales fell compared with the first;"):
# no claim ("she was the first." and "hailed as the first." are).
_NOT_FIRST += (
    r"(?!\s+(?:[a-z]+[\s-]+)?(?:count|ballot|reading|leg|heat|sitting|hearing|session|innings|tally|tallie)s?\b)"
    r"(?!\s+(?:[\w'’-]+\s+){1,4}?(?:was|were|is|are|will\s+be)\s+(?:held|hosted|staged|scheduled|convened|slated)\b)"
    r"(?:(?<!\bin\sthe\sfirst)(?<!\bthan\sthe\sfirst)(?<!\bwith\sthe\sfirst)(?<!\bfrom\sthe\sfirst)"
    rf"|(?!{_CLAUSE_STOP}))"
)
# One of the first acts of someone new in a post is what it did early, no ranking: "scrapping the
# levy was among its first acts as a new board", "among her first moves as chief", "his first
# order of business" ("the first act of its kind" is rare enough to leave).
_NOT_FIRST += r"(?!\s+(?:official\s+)?(?:acts?|moves?|decisions?|tasks?|actions?|orders?\s+of\s+business)\b)"
# A period or a kind hyphenated to it dates or describes as the spaced one does: "the first-half
# sales", "its first-quarter loss", "the first-time buyers", "the first-leg tie" ("the first-ever"
# is read above).
_NOT_FIRST += (r"(?!-(?:half|halves|quarter|year|month|week|day|round|stage|phase|step|time|class|hand|rate|team|"
               r"leg|choice|degree|reading)\b)")
# "First" as a noun, an achievement: "in a technological first,", "a first for the club",
# "a first in deep-sea mining" (not "a first in a series", one of several). Followed by a
# noun it is an adjective ("a first quarter", "a first step"), no claim.
_FIRST_AS_NOUN = rf"\b(?={_CLAUSE_STOP}|\s+for\b|\s+in\s+(?!(?:a|an)\b))"
# "Peak" before a noun of a machine's rating or a busy time describes it ("a peak speed of
# 40 km/h", "the peak season", "peak hours"), no record reached ("a peak of 40", "its peak").
_NOT_PEAK = (
    # a season's name between: "beyond the peak winter months", "the peak holiday season"
    r"(?![\s-](?:summer|winter|spring|autumn|holiday|tourist|festive|travel|school|christmas|easter|morning|"
    r"evening|rush|demand)[\s-](?:seasons?|periods?|months?|weeks?|hours?|times?)\b)"
    # with a word of its kind glued before: "the peak movie-viewing season", "peak rush-hour traffic"
    r"(?![\s-](?:[a-z]+-)?(?:speeds?|power|hours?|seasons?|times?|periods?|traffic|loads?|capacity|performance|efficiency|"
    r"viewing|travel|rates?)\b)"
)
# "For first time" without its article, as headlines write it ("Exports top 2 million for
# first time in May"), ending its clause or before a preposition or adverb of time: not
# "loans for first time buyers", where "first time" describes the buyers.
_FIRST_TIME_END = (
    rf"(?={_CLAUSE_STOP}|\s+(?:in|since|on|at|this|last|ever|as|after|with|and|to|from|over|during|amid|"
    r"today|yesterday)\b)"
)
# A record of music or of files before a noun of its trade or keeping is no claim: "a record
# label", "record stores", "record-keeping", "the record industry" ("a record year" is one).
_RECORD_TRADE = (
    r"(?![\s-](?:labels?|players?|stores?|shops?|collections?|compan(?:y|ies)|producers?|sleeves?|industry|"
    r"keeping|keepers?)\b)"
)
# "Unprecedented" in other words, each with nothing like it: "unrivalled reach", "an unparalleled
# run", "unmatched imaging" (not a pair or an order left without its match: "unmatched socks",
# "unmatched orders").
_UNRIVALLED = (
    r"unrivall?ed\b|unparall?ell?ed\b|unmatched\b(?!\s+(?:orders?|socks?|pairs?|entries|items?|bets?|records?|"
    r"funds?|trades?)\b)"
)
# "The only port of the region's top 20 to ...": alone among a ranking's head, as "the only
# ... in the top 10" is.
# Every alternative starts at a word boundary with one of these letters: testing that once,
# up front, lets the regex engine drop most positions at once.
_CLAIMS = re.compile(
    r"(?P<cue>\b(?=[abcdefghilmnopqrstuwy])(?:"
    rf"(?<!track\s)(?<!\bon\s)record{_RECORD_TRADE}(?:[\s-](?:breaking|setting|high|low|-?high|number|level|year|amount)s?)?\b"
    r"|all[\s-]time\s+(?:high|low|record|peak|best|worst)s?\b"
    rf"|unprecedented\b|{_UNRIVALLED}|never\s+before\b"
    r"|(?:(?:first|1st)[\s-]ever|world[\s-]first|(?:industry|sector)-first|for\s+the\s+(?:first|1st)\s+time)\b"
    rf"|(?:{_BARE_SUPERLATIVES}|best)-ever\b"
    rf"|for\s+first\s+time{_FIRST_TIME_END}"
    rf"|(?:the|{_OWNERS}|{_TRADE_OWNERS}|its|their)\s+"
    rf"(?:very\s+)?first\b{_NOT_FIRST}"
    rf"|(?:the|{_OWNERS}|{_SCOPE_OWNERS}|its|their|our|one\s+of\s+the)\s+{_BEFORE_SUPERLATIVE}(?:{_SUPERLATIVES})\b"
    rf"|as\s+(?:single\s+)?(?:{_BARE_SUPERLATIVES})\b"
    rf"|an?\s+(?:[a-z]+\s+)?first{_FIRST_AS_NOUN}|first-of-its-kind\b"
    rf"|(?:its|their|our|a|an|the|all-time|new|fresh|record)\s+peak\b{_NOT_PEAK}|peaked\b"
    r"|(?:lead|leads|led|leading)\s+(?:the\s+(?:world|globe|region|continent|field|market|pack)|"
    r"globally|worldwide|internationally|in\b)"
    r"|world[\s-](?:leader|leading|beating|class)\b|global\s+leader\b"
    rf"|(?:{_OWNERS})\s+(?:leading|predominant|foremost)\b"  # "the world's leading cause", "the nation's foremost port"
    r"|the\s+only\s+(?:[\w-]+\s+){0,4}?(?:in|among)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:top|world)\b"
    r"|the\s+only\s+(?:[\w-]+\s+){0,2}?of\s+(?:the\s+)?(?:[\w.-]+['’]s\s+)?top\b"
    r"|(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outpac(?:e|es|ed|ing)|"
    r"overt(?:ake|akes|aken|ook)|beat(?:s|ing)?|exceed(?:s|ed|ing)?|topp(?:ed|ing))\s+"
    r"(?:the\s+|all\s+)?(?:global|world|worldwide|international|previous\s+record|all\b|every\b|"
    r"record)"
    r"))",
    re.IGNORECASE,
)
# _CLAIMS for lower-cased ASCII text, case-sensitive, its alternatives split at their first
# words and grouped by first letter (same order within a letter): the regex engine then
# rejects most words on their first letter instead of trying every alternative, ignoring
# case, at each. Lower-casing ASCII text keeps every offset, so the matches are the same.
_LOWER_ALTERNATIVES = [
    rf"r(?<!track\sr)(?<!\bon\sr)ecord{_RECORD_TRADE}(?:[\s-](?:breaking|setting|high|low|-?high|number|level|year|amount)s?)?\b",
    r"all[\s-]time\s+(?:high|low|record|peak|best|worst)s?\b",
    r"unprecedented\b", *_UNRIVALLED.split("|", 2),
    r"never\s+before\b",
    r"first[\s-]ever\b", r"1st[\s-]ever\b", r"world[\s-]first\b", r"industry-first\b", r"sector-first\b",
    r"for\s+the\s+(?:first|1st)\s+time\b",
    *(rf"{w}-ever\b" for w in (*_BARE_SUPERLATIVES.split("|"), "best")),
    rf"for\s+first\s+time{_FIRST_TIME_END}",
    *(rf"{w}\s+(?:very\s+)?first\b{_NOT_FIRST}" for w in (
        "the", *_OWNERS.split("|"), *_TRADE_OWNERS.split("|"), "its", "their")),
    *(rf"{w}\s+{_BEFORE_SUPERLATIVE}(?:{_SUPERLATIVES})\b" for w in (
        "the", *_OWNERS.split("|"), *_SCOPE_OWNERS.split("|"), "its", "their", "our", r"one\s+of\s+the")),
    rf"as\s+(?:single\s+)?(?:{_BARE_SUPERLATIVES})\b",
    rf"an?\s+(?:[a-z]+\s+)?first{_FIRST_AS_NOUN}", r"first-of-its-kind\b",
    *(rf"{w}\s+peak\b{_NOT_PEAK}"
      for w in ("its", "their", "our", "a", "an", "the", "all-time", "new", "fresh", "record")),
    r"peaked\b",
    *(rf"{w}\s+(?:the\s+(?:world|globe|region|continent|field|market|pack)|globally|worldwide|internationally|in\b)"
      for w in ("lead", "leads", "led", "leading")),
    r"world[\s-](?:leader|leading|beating|class)\b",
    *(rf"{w}\s+(?:leading|predominant|foremost)\b" for w in _OWNERS.split("|")),
    r"global\s+leader\b",
    r"the\s+only\s+(?:[\w-]+\s+){0,4}?(?:in|among)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:top|world)\b",
    r"the\s+only\s+(?:[\w-]+\s+){0,2}?of\s+(?:the\s+)?(?:[\w.-]+['’]s\s+)?top\b",
    *(rf"{w}\s+(?:the\s+|all\s+)?(?:global|world|worldwide|international|previous\s+record|all\b|every\b|record)"
      for w in (r"outperform(?:s|ed|ing)?", r"surpass(?:es|ed|ing)?", r"outpac(?:e|es|ed|ing)",
                r"overt(?:ake|akes|aken|ook)", r"beat(?:s|ing)?", r"exceed(?:s|ed|ing)?", r"topp(?:ed|ing)")),
]


def _by_first_letter(alternatives: list[str]) -> str:
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())


_CLAIMS_LOWER = re.compile(rf"\b(?:{_by_first_letter(_LOWER_ALTERNATIVES)})")
# "To record" before a determiner is the verb ("expected to record the largest rise", "went
# on to record an album"), where "rose to record levels" and "to a record" are claims.
_RECORD_AS_VERB = re.compile(
    r"to\s+record\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|some|any)\b", re.IGNORECASE
)
# So is "record" alone after a verb of going on or starting with "to": "continued to record
# heavy smog", "began to record losses" ("continued to record highs" keeps its claim word).
_RECORD_VERB_AFTER = re.compile(
    r"\b(?:continu(?:e|es|ed|ing)|beg(?:in|ins|an|un)|start(?:s|ed|ing)?|went\s+on|go(?:es)?\s+on|managed|"
    r"fail(?:s|ed)?)\s+to\s+$", re.IGNORECASE
)
# A superlative of priority is an opinion ("puts its highest priority on punctuality", "the
# first priority"), as "the number one priority" is. "World" before a capitalised word opens
# a name ("exceeded the World Rowing Council target", "beat the World Cup holders").
_PRIORITY = re.compile(r"\s+priorit(?:y|ies)\b", re.IGNORECASE)
# "the most pressing question", "its most urgent task": a superlative of urgency ranks
# what matters to someone, an opinion like a priority.
_URGENCY = re.compile(r"most\s+(?:pressing|urgent)$", re.IGNORECASE)
# "half of the world's largest ship makers", "talks among the world's richest nations": an
# owner's superlative before a plural noun after a preposition describes a group, no claim
# of any one of them ("one of the world's biggest ports" is a claim; so is "A and B are the
# world's richest nations", a predicate). "Our" owns as a possessive does ("our highest count"
# is a claim, "a few of our best known trails" a group). A count of its members ranks each as
# "one of" does ("three of the region's biggest farms").
_GROUP_PREPOSITION_BEFORE = re.compile(
    r"(?<!\bone\s)(?<!\btwo\s)(?<!\bthree\s)(?<!\bfour\s)(?<!\bfive\s)(?<!\d\s)"
    r"\b(?:of|between|among|amongst|including)\s+(?:the\s+)?$", re.IGNORECASE
)
# Ranked among them is a place in that group, as "one of" is: "Westia ranks among the world's
# richest nations", "placed at 30th position among the world's largest" (after a copula, "marshes in
# Eastby are among the region's wettest", it describes them).
_RANKED_AMONG = re.compile(
    r"\b(?:ranks?|ranked|placed|position|place)\s+among\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OWNER_IN_CLAIM = re.compile(r"\w['’´]s\s|\b[Oo]ur\s")
_PLURAL_HEAD_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+[a-z][\w-]*[a-rt-z]s\b(?<!ss)(?<!us)(?<!is)(?=\s*(?:[,.;:)]|$)|\s+(?!of\b)[a-z]+\b)"
)
_WORLD_NAME = re.compile(r"World\s+[A-Z]")
# Claims that are questions, hopes or expectations are not records; nor are targets ("is
# targeting 900 sales by its first season": the first is planned). "May" after a preposition
# or a word of time is the month ("peaked in May", "since early May"), no hedge.
_MONTH_MAY = (
    r"(?<!\bin\s)(?<!\bof\s)(?<!\bby\s)(?<!\bto\s)(?<!\bsince\s)(?<!\buntil\s)(?<!\bfrom\s)(?<!\blast\s)"
    r"(?<!\bnext\s)(?<!\bthis\s)(?<!\bearly\s)(?<!\bmid\s)(?<!\blate\s)"
)
# So is "May" before a verb no modal takes: "May was the first month of gains since 2019", "May
# saw the busiest week" (not "may be", "may see").
_MAY_AS_SUBJECT = r"\s+(?:was|were|is|has|had|saw|brought|marked|became|ended|set|posted|proved)\b"
# The words one of which a match of _HEDGE holds (tested on the words of ASCII text, where
# case folding is plain).
_HEDGE_WORDS = frozenset(split_words(
    "could might would may aim aims hope hopes plan plans expect expects expected want wants wanted "
    "must should ought need needs "
    "targeting if goal goals ambition ambitions bid bids quest quests mission missions dream dreams "
    "target targets"
))
_HEDGE = re.compile(
    rf"\b(?:could|might|would|{_MONTH_MAY}may(?!\s+\d|{_MAY_AS_SUBJECT})|aims?\s+to|hopes?\s+to|plans?\s+to|expects?\s+to|expected\s+to|"
    # a wish: "the board wants to win the biggest share", "Acme wanted to build the largest port"
    r"wants?\s+to|wanted\s+to|"
    # a duty, not a fact: "the ferry trade must be the first sector to change"
    r"(?:must|should|ought\s+to|needs?\s+to)\s+be|targeting|if|(?:goal|aim|ambition|bid|quest|mission|dream|target)s?\s+(?:of|to)\s+(?:becoming|become|being|be|"
    # a target of placing or making something so: "its goal to place Westia among the top 30"
    r"plac(?:e|ing)|put(?:ting)?|mak(?:e|ing)|lift(?:ing)?|push(?:ing)?|bring(?:ing)?|turn(?:ing)?))\b",
    re.IGNORECASE,
)
# A superlative measured against all time ("could be the wettest year on record", "may reach
# the deepest point ever", "would be the dearest in the county's history", "what we think
# will be our busiest season yet", "could be its largest order to date") names a record
# whatever hedge comes before it: a forecast of a record is a claim about a record, as "would
# be the heaviest on record" is (_FORECAST). Up to four words of its noun phrase may come
# between. Firsts stay hedged ("could be the first to ..." is a plan). A dash may set the
# measure off for emphasis ("the wettest day – ever"): the same claim.
_ALL_TIME_MEASURES = (
    rf"(?:ever\b|on\s+record\b|in\s+(?:[\w'’-]+\s+)?history\b|to\s+date\b|yet(?={_CLAUSE_STOP}))"
)
_EMPHATIC_DASH = r"(?:[–—]\s+)?"
_ALL_TIME_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,4}}?{_EMPHATIC_DASH}{_ALL_TIME_MEASURES}", re.IGNORECASE)
_ALL_TIME_WITHIN = re.compile(rf"\b{_ALL_TIME_MEASURES}", re.IGNORECASE)


# A record level is measured against all time by its word: "could lift fares to record levels"
# forecasts a record as a superlative "on record" does ("could set a record" stays a hope).
_RECORD_LEVEL = re.compile(r"record[\s-](?:high|low|level)s?\b", re.IGNORECASE)
# "Record" alone as a document, an account or a verb is no claim: "a criminal record", "the
# fossil record", "its safety record is good", "a record of the meeting", "a record of
# delivering on time", "spoke on the record", "for the record", "set the record straight",
# "we record every call" ("the record of the 1990 crew" is the crew's record). A verb of
# breaking, setting or holding before it keeps a claim ("set a safety record", "broke the
# record of the 1990 crew"), except in the idioms of the record's side ("on the record",
# "straight").
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:criminal|police|medical|dental|health|voting|service|employment|credit|court|public|written|fossil|"
    r"historical|official|permanent|financial|tax|safety|driving|prison|arrest|military|rights|"
    r"environmental|patient|family|paper|property|birth|death|marriage|trading|performance|track)[\s-]$",
    re.IGNORECASE,
)
_DOCUMENT_AFTER = re.compile(
    r"\s+of\s+(?:[a-z]+ing|the|a|an|its|their|his|her|our|my|your|this|that|these|those|what|how|who|when|where|every|each|"
    r"all|events|proceedings|talks|meetings?|calls?|payments?)\b", re.IGNORECASE,
)
_RECORD_IDIOM = re.compile(r"(?:\b(?:on|off|for)\s+the\s+$)|(?:\b(?:we|they|you|i|will|would|can|could|must|should|"
                           r"did|does|do)\s+$)", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A record that shows or reveals something is a document read as evidence: "the agency's record
# shows that 20 firms invested", "the record showed no fault" ("a record 40 firms" is a claim).
_RECORD_SHOWS = re.compile(r"\s+(?:shows?|showed|shown|reveals?|revealed|indicates?|indicated|suggests?|"
                           r"suggested)\b", re.IGNORECASE)
_RECORD_STRAIGHT = re.compile(r"\s+straight\b", re.IGNORECASE)
_RECORD_CLAIM_VERB = re.compile(
    r"\b(?:br(?:eak|eaks|eaking|oke|oken)|set|sets|setting|smash\w*|shatter\w*|beat\w*|equall?\w*|hold|holds|held|"
    r"holding|match\w*|surpass\w*|eclips\w*|better\w*)\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE,
)


def _record_document(text: str, start: int, end: int) -> bool:
    """Whether the bare "record" at ``start:end`` is a document, an idiom or a verb (see above)."""
    if end - start != 6 or text[start:end].lower() != "record":
        return False
    if _RECORD_SHOWS.match(text, end):
        return True
    before = text[max(0, start - 40):start]
    if _RECORD_IDIOM.search(before) or _RECORD_STRAIGHT.match(text, end):
        return True
    documented = _DOCUMENT_BEFORE.search(before) is not None or (
        _DOCUMENT_AFTER.match(text, end) is not None and _THE_BEFORE.search(before) is None)
    return documented and _RECORD_CLAIM_VERB.search(before) is None


def _measured_against_all_time(text: str, start: int, end: int) -> bool:
    if _FIRST_KIND.search(text, start, end):
        return False
    return (_ALL_TIME_WITHIN.search(text, start, end) is not None or _ALL_TIME_AFTER.match(text, end) is not None
            or _RECORD_LEVEL.match(text, start) is not None)


# A sentence ending in a question mark asks rather than claims ("Which was the wettest
# year?"), closing quotation marks or brackets aside.
_QUESTION = re.compile(r"\?[\"”’')\]]*\s*$")
# A title may run a statement and a question together ("Wool at 40-year low. What now?"): a
# sentence's end after the claim leaves the claim outside the question.
_SENTENCE_BREAK = re.compile(r"[.!]\s+(?=[A-Z])")
# "a record 5 million", "leads ... with 26"; not a figure after "since", what a superlative is
# measured back to ("the fewest since 12 wrecks were found").
_NEAR_FIGURE = re.compile(r"^(?!\s*since\b)[^,;:—–()]{0,12}$")
# "The peak of about 9,000": an estimate's word between the claim's "of" and its figure.
_NEAR_ESTIMATE = re.compile(
    r"^\s+of\s+(?:approximately|about|around|roughly|nearly|almost|some|an\s+estimated|over|more\s+than)\s+$",
    re.IGNORECASE,
)
# A superlative over what exists now ("the fastest existing ship", "the largest current
# fleet") ranks real things, whatever hedge comes before it: "it would take the fastest
# existing ship 9 days" hedges the trip, not the ranking.
_PRESENT_SCOPE = re.compile(r"\s+(?:existing|current|living)\b", re.IGNORECASE)
# Plural "records" alone are often documents ("records show", "medical records"): they are
# a claim with a verb of breaking or setting, active ("smashed three league records") or
# passive ("records were set in two regions", "20 records in Eastby were matched or broken",
# a scope between; "are set to" and "set for" plans are not,
# nor "set aside", "broken into", "set the records straight"). A superlative "on record" is
# a claim however far its noun ("the 12 wettest summers on record", "the worst drought on
# record"), where "on record" alone is not ("she is on record as saying", "most officials
# spoke on record": "most" is read by _CLAIMS where it is a claim, "the most rain").
_RECORD_VERBS = (
    r"br(?:eak|eaks|eaking|oke)|smash(?:es|ed|ing)?|shatter(?:s|ed|ing)?|set|sets|setting|"
    r"equall?(?:ed|ing)|rewr(?:ite|ites|iting|ote|itten)|ha(?:s|ve|d)\s+broken"
)
_NOT_SET = r"(?!\s+(?:aside|up|out|off|down|apart|into|of|to)\b)"
# A headline drops the passive's auxiliary: "New records set in three regions", "Fresh records
# broken" (ending the clause or before a preposition: not "new records set out the rules").
_HEADLINE_PASSIVE_END = (
    rf"(?={_CLAUSE_STOP}|\s+(?:in|at|on|for|as|by|after|amid|despite|across|again|this|last)\b)"
)
_RECORDS = re.compile(
    rf"\b(?:(?P<verb>(?:{_RECORD_VERBS}){_NOT_SET}\s+(?:[\w'’-]+\s+){{0,4}}?records\b(?!\s+straight))"
    r"|records\s+(?:tumbled|toppled)\b"
    r"|records\s+(?:(?:in|at|across|for|on)\s+(?:[\w'’-]+\s+){1,3}?)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    rf"(?:set|broken|smashed|shattered|equall?ed|matched|rewritten)\b{_NOT_SET}"
    rf"|(?:new|fresh)\s+records\s+(?:set|broken|smashed|shattered){_HEADLINE_PASSIVE_END}"
    rf"|(?:{_BARE_SUPERLATIVES}|best|worst)\s+(?:[\w'’-]+\s+){{0,3}}?on\s+record\b)",
    re.IGNORECASE,
)


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _alternatives(words: str) -> str:
    return "|".join(words.split())


# The shapes whose scan costs most (a long list of words tried at every offset of the
# sentence) -> the words every match starts with, each a whole word after a character that
# is no word character ("\b(?:grew|rose|...)\s+"), and whether a match may also start at
# the sentence's start (a "^" alternative). In ASCII text only those offsets are tried
# (context.matches_from): the same matches, found where they can start.
_STARTED_BY: dict[re.Pattern[str], tuple[frozenset[str], bool]] = {}


def _started_by(pattern: re.Pattern[str], words: str, at_start: bool = False) -> re.Pattern[str]:
    """``pattern``, recorded in _STARTED_BY as started by ``words``."""
    _STARTED_BY[pattern] = (_words(words), at_start)
    return pattern


# Claims of leading, in general words, each read only when the sentence has a word of each
# of its gates (a verb and its object, say). Leading a market or a list: "the market
# leader" (not "market leaders", several of them; "industry leaders" are prominent people),
# "led the way" (not "lead the way in mapping the coast", a pioneer's effort, no ranking),
# "topped the chart", "the list is headed by X", "tops the rankings" ("team leader", "headed
# by the minister", "on top of the list" are none).
# Someone's "top" partner or recipient, but not a person's post ("the world's top
# recipient", "remained the bloc's top partner"; not "its top executive", "top officials").
# An adverb superlative ending a clause after a verb of change ("grew fastest", "rose the
# most", "climbed the rankings fastest", "fell most among the young", the bare "most" right
# after its verb; not "grew most of the crops"). New records seen or
# hit ("saw new records for sales"; "new medical records" are documents).
_POST_NOUNS = (
    r"executives?|officials?|aides?|advis[eo]rs?|diplomats?|generals?|brass|prosecutors?|lawyers?|"
    r"managers?|bosses|boss|negotiators?|envoys?|spokes\w+|ministers?|commanders?|officers?|"
    r"judges?|doctors?|scientists?|leaders?|planners?|regulators?|economists?|bankers?|engineers?|"
    r"investigators?|detectives?"
)
_PERSON_POSTS = _POST_NOUNS + r"|staff|people|up|of|\d"
# An owner's top post may have one word of its field between ("the country's top economic
# planner", "Westia's top military officer").
_OWNER_TOP = (
    rf"(?:(?:{_OWNERS})|(?:remains?|remained|stays?|stayed|is|was)\s+(?:the\s+)?[\w'’-]+['’]s)"
    rf"\s+top\b(?!\s+(?:{_PERSON_POSTS})\b|\s+[a-z]+\s+(?:{_POST_NOUNS})\b)(?=\s+[a-z])"
)
# Every tense and person of each verb: "gains most" in a headline is "gained the most" in a lede.
_CHANGE_VERBS = (
    "grew grow grows growing grown rose rise rises rising risen climbed climb climbs climbing fell fall falls "
    "falling fallen increased increase increases increasing improved improve improves improving gained gain "
    "gains gaining expanded expand expands expanding advanced advance advances advancing jumped jump jumps "
    "jumping declined decline declines declining dropped drop drops dropping shrank shrink shrinks shrinking "
    "shrunk decreased decrease decreases decreasing surged surge surges surging soared soar soars soaring"
)
_PERFORMING = "fare fares fared faring perform performs performed performing"
_CLAUSE_END = rf"(?={_CLAUSE_STOP}|\s+(?:in|among|since|over|this|last|across|globally|worldwide|during)\b)"
_RECORD_SEEING = (
    "saw see sees seen seeing hit hits hitting reach reached reaches reaching post posted posts "
    "posting notch notched notches log logged logs achieve achieved achieves mark marked marks"
)
_LISTS = (
    "list lists ranking rankings table tables chart charts index league standings poll polls "
    "leaderboard leaderboards"
)
Shapes = tuple[tuple[tuple[frozenset[str], frozenset[str]], re.Pattern[str]], ...]
"""Claim shapes, each with two gates (sets of words) that must both meet the sentence's words."""


def _by_first_gate(shapes: Shapes) -> dict[str, tuple[int, ...]]:
    """Word -> the indexes of the shapes whose first gate holds it, ascending."""
    index: dict[str, list[int]] = {}
    for i, ((first, _), _) in enumerate(shapes):
        for word in first:
            index.setdefault(word, []).append(i)
    return {word: tuple(found) for word, found in index.items()}


_LEADING_PHRASES: Shapes = (
    ((_words("leader leaders leading"), _words("market industry sector category")),
     re.compile(r"\b(?:market|industry|sector|category)[\s-]lead(?:er|ing)\b", re.IGNORECASE)),
    ((_words("way charge"), _words("lead leads led leading")),
     re.compile(r"\b(?:lead|leads|led|leading)\s+the\s+(?:way|charge)\b(?!\s+(?:to|into|out|back|against|for|on)\b|\s+in\s+[a-z]+ing\s+"
                r"(?:the|a|an|its|their|our|this|that|these|those|new|more)\b)", re.IGNORECASE)),
    ((_words("top tops topped topping head heads headed heading lead leads led leading"), _words(_LISTS)),
     re.compile(rf"\b(?:tops?|topped|topping|heads?|headed|heading|leads?|led|leading)\s+"
                rf"(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_alternatives(_LISTS)})\b"
                rf"|\b(?:{_alternatives(_LISTS)})\s+(?:is|was|are|were|has\s+been|had\s+been)\s+"
                r"(?:headed|topped|led)\s+by\b",
                re.IGNORECASE)),
    ((_words("top"), _words("s")), re.compile(_OWNER_TOP, re.IGNORECASE)),
    ((_words("fastest slowest most least"), _words(_CHANGE_VERBS)),
     _started_by(re.compile(rf"\b(?:{_alternatives(_CHANGE_VERBS)})\s+(?:(?:[\w'’-]+\s+){{0,3}}?"
                            rf"(?:fastest|slowest|the\s+most|the\s+least)|most|least){_CLAUSE_END}", re.IGNORECASE),
                 _CHANGE_VERBS)),
    # Faring or performing best or worst ends a comparison of the rest: "the mid-price tier
    # fared the worst, dropping 12%", "Lowmoor performed best among the ports" (ending its
    # clause or before a scope: not "performed best-loved songs").
    ((_words("best worst"), _words(_PERFORMING)),
     re.compile(rf"\b(?:{_alternatives(_PERFORMING)})\s+(?:the\s+)?(?:best|worst){_CLAUSE_END}", re.IGNORECASE)),
    ((_words("records"), _words("new fresh")),
     re.compile(rf"\b(?:{_alternatives(_RECORD_SEEING)})\s+(?:[\w-]+\s+)?(?:new|fresh)\s+records\b",
                re.IGNORECASE)),
    # Leading with a figure is first place at that figure: "the farmers' party leads with 48.2%",
    # "Kestrel leads with 38% share", "led with a total of 12 wins", "led with takings of KR4.1
    # million" (not "led by the foundation", "leads with a smile", "led with the help of 3 aides").
    ((_words("lead leads led leading"), _words("with")),
     re.compile(r"\b(?:lead|leads|led|leading)\s+with(?=\s+(?:(?:a|an|the)\s+)?(?:(?:total|tally|gross|haul|score|"
                r"share|sum|takings|count|sales|revenue|earnings)\s+of\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?"
                r"(?:[$£€]|(?-i:[A-Z]{1,3})\$?)?\d)",
                re.IGNORECASE)),
    # Leading a group of countries or teams named by its acronym in a measure is first place
    # among them: "Ostland led the G20 in wind power", "Kestrel leads the NBL in rebounds" (the
    # measure's "in" must follow: "led the UN delegation" is a post).
    ((_words("lead leads led leading"), _words("in")),
     re.compile(r"\b(?:lead|leads|led|leading)\s+(?:the\s+)?(?-i:[A-Z][A-Z0-9]{1,5})\s+in\b", re.IGNORECASE)),
)

_LEADING_WORDS = frozenset().union(*(first for (first, _), _ in _LEADING_PHRASES))
_LEADING_BY_FIRST_GATE = _by_first_gate(_LEADING_PHRASES)


# Words without which no claim can match (_CLAIMS, alternative by alternative, spelt in
# ASCII as the sentence's words are). "all", "world" and "only" are common: they count
# only with another word their claims also need.
_VOCAB = frozenset(
    split_words(
    "record unprecedented unrivalled unrivaled unparalleled unmatched never first most top best peak peaked "
    "predominant foremost "
    "lead leads led leading leader "
    "beating outperform outperforms outperformed outperforming surpass surpasses surpassed "
    "surpassing outpace outpaces outpaced outpacing overtake overtakes overtaken overtook beat "
    "beats beating exceed exceeds exceeded exceeding topped topping records"
    )
) | frozenset(w for w in _SUPERLATIVES.split("|") if w.isalpha())
_TOP_OR_WORLD = frozenset({"top", "world"})


def _may_claim(ctx: SentenceContext) -> bool:
    words = ctx.words
    if not words.isdisjoint(_VOCAB):
        return True
    if "all" in words and "time" in words:  # all-time high
        return True
    if "world" in words and "class" in words:  # world-class
        return True
    if "st" in words and ("time" in words or "ever" in words):  # "for the 1st time", "1st-ever"
        return True
    return "only" in words and not words.isdisjoint(_TOP_OR_WORLD)  # the only ... in the top


# A per cent sign or word after a figure, as the text writes it ("4%", "4 per cent", "4 percent").
_PERCENT_SIGN = r"\s*(?:%|per\s?cent\b|percent\b)"
# "Since its first gift", "since the first lockdown": a first as the start of a span
# dates it ("the first time since 1990" is read elsewhere). The richest or poorest share of
# people is a group ("the poorest 50 percent", "the richest tenth"; "the biggest 5% rise" is
# a claim). "The most trying of times" is an idiom.
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_FIRST_WORD = re.compile(r"\bfirst\b", re.IGNORECASE)
_WEALTH_RANK = re.compile(r"(?:richest|poorest|wealthiest)$", re.IGNORECASE)
_SHARE_OF_PEOPLE = re.compile(
    rf"\s+(?:\d{{1,2}}(?:\.\d+)?{_PERCENT_SIGN}|(?:half|third|quarter|fifth|tenth)\b)", re.IGNORECASE
)
_OF_TIMES = re.compile(r"\s+of\s+times\b", re.IGNORECASE)


def _no_rank_here(text: str, start: int, end: int) -> bool:
    """Whether the claim word at ``start:end`` dates a span, names a share of people, or
    is an idiom (see above)."""
    if _FIRST_WORD.search(text, start, end) and _SINCE_BEFORE.search(text, max(0, start - 8), start):
        return True
    if _WEALTH_RANK.search(text, start, end) and _SHARE_OF_PEOPLE.match(text, end):
        return True
    return _OF_TIMES.match(text, end) is not None


def _group_described(text: str, start: int, end: int) -> bool:
    """Whether an owner's superlative names a group after a preposition (see above)."""
    return (
        _OWNER_IN_CLAIM.search(text, start, end) is not None
        and _GROUP_PREPOSITION_BEFORE.search(text, max(0, start - 20), start) is not None
        and _RANKED_AMONG.search(text, max(0, start - 24), start) is None
        and _PLURAL_HEAD_AFTER.match(text, end) is not None
    )


def _may_read(ctx: SentenceContext) -> bool:
    may_claim = ctx.may_claim = _may_claim(ctx)  # kept for recognise_records: asked once
    return may_claim or not ctx.words.isdisjoint(_SHAPE_WORDS)


# TRIGGER is declared at the end of the module, where _SHAPE_WORDS is.


# A capitalised superlative before a capitalised word inside a sentence is part of a name: an
# award, a list or a show ("made the Best Employers list again", "won a Best Places to
# Work award", "the Biggest Loser finale"), no claim of the writer's. Titles capitalise every
# word and stay out of this test.
_NAMED_SUPERLATIVE = re.compile(r"(?<=[\w'’,]\s)(?:Best|Biggest|Largest|Greatest|Fastest|Most\s+[A-Z][a-z]+)"
                                r"\s+(?!(?:In|Of|On|At|For|To|And|Ever|Yet)\b)[A-Z][a-z]")


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the claim at ``start:end`` holds a superlative that is part of a name (see above)."""
    return any(start <= m.start() < end for m in _NAMED_SUPERLATIVE.finditer(text, max(0, start - 2), end + 40))


# A counted top group opening its sentence or after a preposition is a sample that other
# figures measure, no ranking claimed: "Westia's six largest cities saw a combined 3% fall",
# "output of the top 30 biggest miners rose 5%", "rents fell in 41 of the 60 largest
# towns", "the five biggest banks hold 60% of deposits". Followed by a copula it ranks ("the
# three largest ports are all in Eastby", "nine of the 12 wettest years were since 2000"), and so
# it does before its members named ("Westia's three largest banks — Acme, Brel and Kite —"), as
# after a verb ("Westia has the three largest ports", "became the three bestselling brands")
# or against all time ("the five largest orders ever").
_GROUP_COUNTS = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|hundred)"
_COUNTED_GROUP = re.compile(
    rf"(?:(?:the|its|their|[\w.&-]+['’]s)\s+(?:top\s+)?|(?:one|{_GROUP_COUNTS})\s+of\s+the\s+(?:top\s+)?)"
    rf"{_GROUP_COUNTS}\s+"
    rf"(?:{_SUPERLATIVES}|worst)\b",
    re.IGNORECASE,
)
_SAMPLE_BEFORE = re.compile(r"(?:^\W*|\b(?:in|across|at|from|for|of|on|with|by|to|among)\s+)$", re.IGNORECASE)
# Membership of the group ("nine of the 12 wettest years", "two of the ten largest") is a sample
# only after a preposition ("rents fell in 41 of the 60 largest towns"), not opening the sentence.
_MEMBER_BEFORE = re.compile(rf"\b(?:one|{_GROUP_COUNTS})\s+of\s+$", re.IGNORECASE)
_MEMBER_START = re.compile(rf"(?:one|{_GROUP_COUNTS})\s+of\b", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|across|at|from|for|on|with|by|to)\s+$", re.IGNORECASE)
_GROUP_RANKED_AFTER = re.compile(
    r"(?:[\s-]+[\w'’-]+){1,4}?(?:\s+(?:are|were|is|was|remain|remains|remained|include|includes|included)\b"
    # its members named after a dash, a colon or a bracket: "Westia's three largest banks —
    # Acme, Brel and Kite — reported" names which ones rank
    # (a list: a name, then a comma or "and"; not an acronym, "the six largest areas (CMAs) saw")
    r"|\s*(?:[—–:(]|\s-\s)\s*(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z0-9(])[\w'’.&():-]*)*\s*(?:,|and\b|&))",
    re.IGNORECASE,
)


def _sample_group(text: str, start: int, end: int) -> bool:
    """Whether the claim at ``start:end`` is a counted top group used as a sample (see above)."""
    m = _COUNTED_GROUP.match(text, start)
    if m is None or m.end() > end:
        return False
    member = _MEMBER_BEFORE.search(text, max(0, start - 16), start)
    if member is not None or _MEMBER_START.match(text, start):
        opening = member.start() if member is not None else start
        if not _PREPOSITION_BEFORE.search(text, max(0, opening - 12), opening):
            return False
    elif not _SAMPLE_BEFORE.search(text, 0, start):
        return False
    return _GROUP_RANKED_AFTER.match(text, m.end()) is None and not _measured_against_all_time(text, start, end)


# A record denied through its verb: "sales didn't set a record in May", "never broke the
# record", "hasn't hit a new record high" (the denial before the verb, not the claim word).
_DENIED_RECORD = re.compile(
    r"(?:\bnot|n['’]t|\bnever)\s+(?:(?:yet|quite|even)\s+)?(?:set|break|broken|broke|hit|reach|reached|beat|beaten|match|"
    r"matched|equal|equalled|top|topped)\s+(?:(?:a|the|any|an)\s+)?(?:new\s+)?$", re.IGNORECASE
)
_DENIED_RECORD_WORDS = frozenset({"not", "t", "never"})
# "Even the most" before a plural is a concession about a group, no ranking: "testing even
# the most robust reefs", "even the largest firms struggle" ("it is even the largest in
# the world" claims).
_EVEN_BEFORE = re.compile(r"\beven\s+$", re.IGNORECASE)


def _conceded_group(ctx: SentenceContext, start: int, end: int) -> bool:
    return ("even" in ctx.words and _EVEN_BEFORE.search(ctx.text, max(0, start - 6), start) is not None
            and _PLURAL_HEAD_AFTER.match(ctx.text, end) is not None)


def _record_denied(ctx: SentenceContext, start: int) -> bool:
    if ctx.words.isdisjoint(_DENIED_RECORD_WORDS) or ctx.text[start:start + 6].lower() != "record":
        return False
    return _DENIED_RECORD.search(ctx.text, max(0, start - 32), start) is not None


def _claim_word_holds(ctx: SentenceContext, m: re.Match[str]) -> bool:
    """Whether the claim word ``m`` (of ``_CLAIMS``) claims: its first word is free (its tail may
    hold a rank: "top 15"), and it is neither denied nor advice, nor the verb "record", a
    priority, an urgency, a "World" name, a group's description, a word that ranks nothing
    here or a kept document ("medical records")."""
    text, start, end = ctx.text, m.start(), m.end()
    return (ctx.free(start, start + 1) and not _negated(ctx, start) and not _advice(ctx, end)
            and not _record_denied(ctx, start) and not _conceded_group(ctx, start, end)
            and not _RECORD_AS_VERB.match(text, max(0, start - 3)) and not _PRIORITY.match(text, end)
            and not (m.group().lower() == "record" and _RECORD_VERB_AFTER.search(text, max(0, start - 24), start))
            and not _WORLD_NAME.match(text, end - 5)
            and not _URGENCY.search(text, start, end) and not _group_described(text, start, end)
            and not _no_rank_here(text, start, end) and not _record_document(text, start, end))


def _claims(ctx: SentenceContext, may_claim: bool) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The sentence's claims, in order, and those of them that hold their count of records
    ("broke three records"): the claim words, then the phrases of the shapes, less a superlative
    inside a name and a counted top group used as a sample."""
    claims: list[tuple[int, int]] = []
    counted: list[tuple[int, int]] = []
    if may_claim:
        claims = [(m.start(), m.end()) for m in (
            _CLAIMS_LOWER.finditer(ctx.lower) if ctx.ascii else _CLAIMS.finditer(ctx.text)
        ) if _claim_word_holds(ctx, m)]
        if "records" in ctx.words or ("record" in ctx.words and "on" in ctx.words):
            claims, counted = _with_record_phrases(ctx, claims)
    claims = _with_leading_phrases(ctx, claims)
    claims = _with_more_claims(ctx, claims)
    claims = _with_comparison_claims(ctx, claims)
    if claims and not ctx.is_title and _NAMED_SUPERLATIVE.search(ctx.text):
        claims = [(start, end) for start, end in claims if not _in_a_name(ctx.text, start, end)]
    if claims and (ctx.number_words or ctx.has_digit):
        claims = [(start, end) for start, end in claims if not _sample_group(ctx.text, start, end)]
    return claims, counted


def recognise_records(ctx: SentenceContext) -> None:
    # Cheap test first: most sentences hold no claim word (the trigger found it out already).
    may_claim = ctx.may_claim
    if may_claim is None:
        may_claim = _may_claim(ctx)
    if not may_claim and ctx.words.isdisjoint(_SHAPE_WORDS):
        return
    claims, counted = _claims(ctx, may_claim)
    if not claims:
        return
    text = ctx.text
    attached = False
    for start, end in claims:
        if (start, end) in counted:
            # "broke three records in their 3-1 win": the count is inside, not after.
            attached = _count_records(ctx, start, end) or attached
            continue
        if _STANDS_ALONE.match(text, start, end):
            continue
        for figure in ctx.figures:
            gap = text[end:figure.start]
            if figure.value is not None and figure.start >= end and (
                    _NEAR_FIGURE.match(gap) or _NEAR_ESTIMATE.match(gap)):
                if figure.kind == "ranking":
                    # "the most days at No. 1": a rank is no record; the claim stands alone.
                    break
                if figure.kind == "quantity":
                    figure.kind = "record"
                figure.cue = text[start:end]
                attached = True
                break
    if attached and len(claims) == 1:
        return
    free = [(start, end) for start, end in claims if not any(f.cue == text[start:end] for f in ctx.figures)]
    # The first claim no hedge governs: "A might sell the most cars, but B is the largest brand"
    # asserts its second.
    hedges = not ctx.ascii or not ctx.words.isdisjoint(_HEDGE_WORDS)  # what _hedged needs
    asserted = next(((start, end) for start, end in free if not (hedges and _hedged(text, start, end))
                     or _PRESENT_SCOPE.match(text, end) or _measured_against_all_time(text, start, end)), None)
    if asserted is None:
        return
    start, end = asserted
    if _QUESTION.search(text) and not _SENTENCE_BREAK.search(text, end):
        return  # "What was the driest month?" asks for a claim; the answer makes it
    # One figure-less claim per sentence: several cues in one sentence are one claim.
    ctx.figures.append(Figure(start, end, "record", None, cue=text[start:end]))


# More claim shapes, read on the sentence's text only when one of their words is in it:
# a popularity ranking owned by anyone ("the label's most-streamed artist", "2020's most
# played song", "won the prize for most watched film", "the bakery's most popular loaf");
# first place in a ranking or a survey ("topped the rankings", "tops bird survey", "returned
# to the top", "climbed to the top of the table", "took the top spot"), not a height or a rank word ("on top of", "top
# executives", "topped up", "top speed", "climbed to the top of the hill", "climbed to the
# top."); a level "not seen since" a year or decade (not a day: "not seen since Monday");
# a feat "never done in history"; a "historic high"; an ordinal superlative after "with"
# ("with second highest sales"); and "new records" that are reached ("saw new records for
# spring sales"), not kept ("keeps new records of patients").
_RANKING_NOUNS = r"(?:rankings?|tables?|standings|charts?|leaderboards?|index|league|list|poll)"
# An abbreviation written with dots may name the list ("tops U.S. sales list", "topped the
# E.U. chart").
_DOTTED = r"(?:[A-Za-z]\.){2,}"
_MORE_CLAIMS = re.compile(
    r"\b(?:(?:[\w-]+['’]s|for)\s+most[\s-](?:[a-z]{2,}ed|popular)(?=\s+[a-z])"
    rf"|(?:top(?:s|ped|ping)\s+(?!(?:up|off|out)\b)(?:the\s+)?|top\s+the\s+)(?:(?:[\w-]+|{_DOTTED})\s+){{0,2}}?(?:{_RANKING_NOUNS}|surveys?)\b"
    r"|(?:return(?:s|ed|ing)?|back|r(?:ose|ises?|isen|ising)|mov(?:e|es|ed|ing)|jump(?:s|ed|ing)?|"
    rf"shot|surg(?:e|es|ed|ing)|le(?:apt|aped))\s+(?:back\s+)?to\s+the\s+top(?={_CLAUSE_STOP})"
    r"|(?:return(?:s|ed|ing)?|back|r(?:ose|ises?|isen|ising)|mov(?:e|es|ed|ing)|jump(?:s|ed|ing)?|"
    r"climb(?:s|ed|ing)?|shot|surg(?:e|es|ed|ing)|le(?:apt|aped))\s+(?:back\s+)?to\s+the\s+top"
    rf"(?=\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_RANKING_NOUNS}\b)"
    r"|(?:the|its|their)\s+top\s+(?:spot|place|position)\b"
    r"|not\s+(?:been\s+)?seen\s+since\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[5-9]|20)\d\d(?:s|['’]s)?\b"
    r"|never\s+(?:been\s+)?(?:done|achieved|seen|reached|managed)\s+(?:before|in\s+(?:[a-z]+\s+)?history)\b"
    r"|(?:the|a|its|their|new|to|at|near)\s+historic(?:al)?\s+(?:high|low|peak|record|maximum|minimum)s?\b"
    rf"|with\s+(?:second|third|fourth|fifth|\d{{1,2}}(?:st|nd|rd|th))[\s-](?:{_BARE_SUPERLATIVES}|best|worst)\b"
    r"|(?:saw|see|sees|seeing|hit|hits|hitting|reach(?:ed|es|ing)?|post(?:ed|s|ing)?)\s+new\s+records\b"
    r")",
    re.IGNORECASE,
)
# "The most recent survey" dates it and "the most likely cause" hedges it: no rank.
# The most vulnerable or needy are a group of people helped, no ranking: "help for the most
# vulnerable savers", "aid for the most deprived" ("the most affected" ranks a harm).
_NO_RANK = re.compile(r"\bmost\s+(?:recent|recently|likely|vulnerable|disadvantaged|deprived|needy|marginali[sz]ed)$",
                      re.IGNORECASE)
# A record with an identifier after it is a catalogue entry ("see record ID 4471", "record
# No. 12"), not a claim ("a record 4,471 entries").
_CATALOGUE_ENTRY = re.compile(r"(?<=[Rr]ecord)\s+(?:IDs?\b|[Nn]o\.|#)")
_MORE_VOCAB = frozenset(split_words("most top tops topped topping seen never historic historical records"))
_WITH_ORDINALS = frozenset({"second", "third", "fourth", "fifth"}) | ORDINAL_SUFFIXES


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``start:end`` overlaps any of ``spans``."""
    return any(start < e and s < end for s, e in spans)


_Candidates = dict[frozenset[str], tuple[int, ...]]
_CANDIDATES: dict[int, _Candidates] = {}
"""id(by_first_gate) -> its first-gate words found in a sentence -> the shapes they open:
sentences repeat a few such sets ("most", "top"), found once each."""


def _candidates(present: frozenset[str] | set[str], by_first_gate: dict[str, tuple[int, ...]]) -> tuple[int, ...]:
    """The indexes of the shapes whose first gate holds one of ``present``, ascending."""
    if not present:
        return ()
    if len(present) == 1:
        return by_first_gate[next(iter(present))]
    known = _CANDIDATES.setdefault(id(by_first_gate), {})
    key = frozenset(present)
    found = known.get(key)
    if found is None:
        if len(known) >= 4096:  # bounded: memory stays flat
            known.clear()
        found = known[key] = tuple(sorted({i for word in present for i in by_first_gate[word]}))
    return found


def _gated_matches(
    ctx: SentenceContext, shapes: Shapes, by_first_gate: dict[str, tuple[int, ...]],
) -> Iterator[re.Match[str]]:
    """The matches of each shape whose two gates both meet the sentence's words, shape by shape.

    The shapes are found through the sentence's words (``by_first_gate`` is
    _by_first_gate(shapes)): testing the first gate of each of many shapes cost more than
    all their regex searches."""
    words = ctx.words
    for i in _candidates(words.intersection(by_first_gate), by_first_gate):
        (_, second), pattern = shapes[i]
        if not words.isdisjoint(second):
            started = _STARTED_BY.get(pattern) if ctx.ascii else None
            if started is None:
                yield from pattern.finditer(ctx.text)
            else:
                yield from matches_from(pattern, ctx.text, _starts(ctx, *started))


@functools.lru_cache(maxsize=1024)
def _word_start_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """Where one of ``words`` starts after no word character (a hyphen may come before, as
    ``\\b`` allows): each alternative opens with a letter, so the engine skips to those letters."""
    return re.compile("|".join(f"{w}(?<!\\w{w})" for w in sorted(words, key=lambda w: (-len(w), w))))


def _starts(ctx: SentenceContext, words: frozenset[str], at_start: bool) -> list[int]:
    """Offsets of ``ctx.lower`` (ASCII) where one of ``words`` starts a word, ascending,
    with 0 first if ``at_start``."""
    present = ctx.words & words
    found = [m.start() for m in _word_start_pattern(present).finditer(ctx.lower)] if present else []
    return [0, *(at for at in found if at)] if at_start else found


def _may_rank_with(ctx: SentenceContext) -> bool:
    """Whether "with second highest ..." (the one shape of _MORE_CLAIMS without a word of
    _MORE_VOCAB) may stand: in ASCII text its ordinal leaves its word or a digit ordinal's
    suffix in ``ctx.words``. Non-ASCII text is always tried."""
    return not ctx.ascii or ctx.has_any(_WITH_ORDINALS)


def _with_more_claims(ctx: SentenceContext, claims: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``claims`` with the _MORE_CLAIMS spans that overlap none of them, in order, less
    those that only date or hedge (_NO_RANK) and catalogue entries (_CATALOGUE_ENTRY)."""
    claims = [(start, end) for start, end in claims if not _NO_RANK.search(ctx.text, start, end)
              and not _CATALOGUE_ENTRY.match(ctx.text, end)]
    if ctx.words.isdisjoint(_MORE_VOCAB) and not ("with" in ctx.words and _may_rank_with(ctx)):
        return claims
    # No test of free text: a figure may start these claims ("2020's most played song",
    # "with second highest ...", its rank), and none of them starts inside a number.
    found = [m.span() for m in _MORE_CLAIMS.finditer(ctx.text) if not _overlaps(*m.span(), claims)]
    return sorted(claims + found) if found else claims


def _with_record_phrases(
    ctx: SentenceContext, claims: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """``claims`` with the record phrases of _RECORDS that overlap none of them, in order;
    and the spans of those that count records ("broke three records")."""
    found = [m for m in _RECORDS.finditer(ctx.text) if ctx.free(m.start(), m.start() + 1)
             and not _overlaps(*m.span(), claims)]
    if not found:
        return claims, []
    merged = sorted(claims + [m.span() for m in found])
    return merged, [m.span() for m in found if m.group("verb")]


def _with_leading_phrases(ctx: SentenceContext, claims: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``claims`` with the phrases of _LEADING_PHRASES that overlap none of them, in order."""
    if ctx.words.isdisjoint(_LEADING_WORDS):
        return claims
    found = [m.span() for m in _gated_matches(ctx, _LEADING_PHRASES, _LEADING_BY_FIRST_GATE)
             if ctx.free(m.start(), m.start() + 1) and not _negated(ctx, m.start())
             and not _overlaps(*m.span(), claims) and not _group_described(ctx.text, *m.span())]
    return sorted(claims + found) if found else claims


def _count_records(ctx: SentenceContext, start: int, end: int) -> bool:
    """A count inside "broke three league records" is a number of records."""
    text = ctx.text
    for figure in ctx.figures:
        if figure.kind == "quantity" and figure.value is not None and start <= figure.start and figure.end <= end:
            figure.kind = "record"
            figure.cue = text[start:end]
            if figure.unit is None:
                figure.unit = "records"
            return True
    return False


# "is not the fastest", "isn't the first", "no longer the largest": a denied claim; "not
# only the first" still claims.
# A word of degree may come between ("is not completely unprecedented", "isn't quite the largest").
_DENIAL = re.compile(
    r"(?:\bnot|n['’]t|\bno\s+longer)\s+(?:(?:completely|entirely|quite|wholly|altogether|totally|strictly|"
    r"necessarily|exactly)\s+)?$", re.IGNORECASE
)


_DENIAL_WORDS = frozenset({"not", "t", "longer"})


def _negated(ctx: SentenceContext, start: int) -> bool:
    if ctx.words.isdisjoint(_DENIAL_WORDS):
        return False
    return _DENIAL.search(ctx.text, max(0, start - 28), start) is not None


# "the best way to", "the best thing", "best practice", "in the best interests of": advice
# and idiom, no ranking of anything measured; so is a guess or an estimate ("our best guess is
# 40"), one's best attempt or shot, a shopper's "best deal", "the best available evidence", and
# one's best ending its clause ("we tried our best", "they did their best."): an effort; and the
# idioms of using a thing well ("to squeeze the best out of a grant", "made the best of it").
_ADVICE = re.compile(
    r"best\s+(?:ways?|things?|options?|bet|choice|practices?|interests?|wishes|efforts?|attempts?|shots?|guess(?:es)?|"
    r"estimates?|deals?|available|to|out\s+of|of\s+(?:it|them|both|a\s+bad))\b|best(?=\s*(?:[,.;:!?\"”’)]|$))",
    re.IGNORECASE,
)
_EFFORT_OWNER = re.compile(r"(?:our|their|its|his|her|my|your)\s+$", re.IGNORECASE)


def _advice(ctx: SentenceContext, end: int) -> bool:
    if "best" not in ctx.words:
        return False
    m = _ADVICE.match(ctx.text, end - 4)
    if m is None:
        return False
    # A bare "best" ending its clause is an effort only after a possessive ("the best." ranks).
    return m.end() > end or _EFFORT_OWNER.search(ctx.text, max(0, end - 12), end - 4) is not None


# A forecast whose predicate is a record ("would be the heaviest on record", "is expected to
# become the region's longest bridge", "would finish as the wettest spring in a decade",
# "expected to record the largest rise") names the record its figures would set: a claim about a
# record, which the annotators of five article sets
# count. A first that has not happened ("is expected to fly the first crew") is a plan,
# no achievement; a superlative the forecast only uses is none ("it would take the fastest
# ship 9 days"); nor is a denied forecast ("wasn't expected to become the biggest ..."), in its
# own clause. Possibility ("could", "may"), aims and a subject's own expectation ("expects to
# be the largest") still hedge. A record named as past ("the previous record") is a fact
# whatever the sentence forecasts.
_FORECAST = re.compile(r"(?:would|expected\s+to)$", re.IGNORECASE)
# A record forecast to be broken is a forecast of a record too: "bookings are expected to
# top this year's record", "would beat the record" (not "plans to break the record", a hope).
_FORECAST_PREDICATE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:be|become|remain|rank\s+as|end\s+(?:up\s+)?as|finish\s+(?:up\s+)?as|record|mark|represent|"
    r"reflect|make\s+(?:it|them|this|that)|break|beat|top|surpass|exceed)\s+"
    r"(?:(?:the|a|an|its|their|our|(?:last|this|previous)\s+[a-z]+['’]s)\s+)?$", re.IGNORECASE
)
# A forecast's outcome set after it in a participle is forecast too: "halls expected to seat
# 9,000, making them the biggest venues of the county" (a hope stays a hope: "hopes to ..., making it").
_FORECAST_CONSEQUENCE = re.compile(r",\s*making\s+(?:it|them|this|that)\s+$", re.IGNORECASE)
# A forecast whose verb is leading forecasts first place ("Acme and Brel are expected to lead
# the market"), as "would be the largest" forecasts a superlative.
_LEAD_VERB = re.compile(r"lead\b", re.IGNORECASE)
_FIRST_KIND = re.compile(r"\b(?:first|never|unprecedented|history)\b", re.IGNORECASE)
_DENIED_BEFORE = re.compile(r"(?:n['’]t|\bnot)\s+(?:be\s+)?$", re.IGNORECASE)
_PAST_RECORD = re.compile(r"\b(?:previous|former|prior)\s+(?:[\w-]+[\s-])?$", re.IGNORECASE)


# An "if" after a word of asking or knowing opens an indirect question ("it is unclear if",
# "asked if", "not known if"), a "whether": no condition on the sentence's other clauses.
_ASKING_IF = re.compile(
    r"\b(?:unclear|uncertain|unknown|clear|known|sure|ask|asks|asked|asking|wonder|wonders|wondered|see|check|"
    r"checked|tell|doubtful)\s+$", re.IGNORECASE
)
_BUT = re.compile(r"\bbut\b", re.IGNORECASE)
# A claim in a phrase of cause or time after the hedge's verb tells what has happened, which the
# hedge does not reach: "plans another mission after the success of its first", "hopes to grow
# following the region's largest harvest" (no comma between: "aims to become, after the merger,
# the largest bank" is hedged, as is a goal after the phrase: "aims to grow after the merger to
# become the largest bank", an infinitive, "to" before a lower-case word that is no article).
_PAST_GROUND = re.compile(
    r"\b(?:after|following|despite|amid|thanks\s+to|because\s+of|on\s+the\s+back\s+of)\s+"
    r"(?:(?!\bto\s+(?!(?:the|a|an|its|their|his|her)\b)(?-i:[a-z]))[^,;])*$", re.IGNORECASE
)
# "May have" answered by a "but" concedes a fact to set another against it ("Acme may have sold
# the most ferries, but Brel ..."): the claim is asserted, not hedged.
_CONCEDING_MAY = re.compile(r"may\s+(?:well\s+)?have\b", re.IGNORECASE)
_ANSWERING_BUT = re.compile(r",\s*but\b", re.IGNORECASE)


def _hedged(text: str, start: int, end: int) -> bool:
    """Whether a question, hope or condition before ``start`` governs the claim at
    ``start:end``. An "if" clause closed by a comma conditions the main clause without
    hedging it: "If it wins on Sunday, the club will be the first to ..." asserts the claim
    ("will" is no hedge); "it could be the first if ..." is hedged by "could". An "if" that
    asks (_ASKING_IF: "it is unclear if the ore is pure, but it is the largest ...") hedges
    its own question only, which a "but" also ends. A forecast of a record does not hedge it
    (_FORECAST)."""
    if _PAST_RECORD.search(text, max(0, start - 40), start):
        return False
    forecast_claim = _FIRST_KIND.search(text, start, end) is None
    for m in _HEDGE.finditer(text, 0, start):
        if m.group().lower() == "if" and ("," in text[m.end():start] or (
                _ASKING_IF.search(text, max(0, m.start() - 16), m.start())
                and _BUT.search(text, m.end(), start))):
            continue
        if forecast_claim and _forecast_of(text, m, start):
            continue
        if _CONCEDING_MAY.match(text, m.start()) and _ANSWERING_BUT.search(text, end):
            continue
        if _ANSWERING_BUT.search(text, m.end(), start):
            continue  # "A might sell the most cars, but B is the largest brand": its own clause
        if _PAST_GROUND.search(text, m.end(), start):
            continue  # "plans a second mission after the success of its first": what came before
        return True
    return False


def _forecast_of(text: str, hedge: re.Match[str], start: int) -> bool:
    """Whether ``hedge`` forecasts the claim at ``start`` as its predicate, undenied, or is
    a denied forecast of another clause."""
    if not _FORECAST.search(hedge.group()):
        return False
    if _DENIED_BEFORE.search(text, max(0, hedge.start() - 12), hedge.start()):
        return "," in text[hedge.end():start]
    if _LEAD_VERB.match(text, start) and not text[hedge.end():start].strip():
        return True  # "are expected to lead the market": first place forecast
    if _FORECAST_CONSEQUENCE.search(text, hedge.end(), start):
        return True  # "expected to seat 9,000, making them the biggest venues": its outcome forecast
    return _FORECAST_PREDICATE.fullmatch(text, hedge.end(), start) is not None


# Claims measured against all the past or all the rest, each read only when the sentence
# has a word of each of its gates: a superlative "in recorded history" ("the city's
# wettest spring in recorded history") or "in any <period> since" ("the fewest in any
# month since 2019"; not "in any case since"); beyond "any previous" level or year ("well
# above any previous recorded level"; not "any previous owner"); eclipsing or dwarfing "all
# others"; "the only ... to make the list" ("the only lake to make the top 10"; not "the only
# way to"); finishing first in a ranking ("came first in the medal table"; not "finished
# first-round voting").
_OWNED_SUPERLATIVE = (
    rf"\b(?:the|its|their|[\w-]+['’]s)\s+(?:{_BARE_SUPERLATIVES}|best|worst|fewest|least)\s+"
)
_PERIODS = (
    r"(?:levels?|years?|seasons?|months?|quarters?|weeks?|days?|winters?|summers?|springs?|autumns?|"
    r"highs?|lows?|peaks?|totals?|records?|readings?)"
)
# "The only (sure) way to", "the only thing to": a means or an aim, not a ranked thing.
_MEANS = r"(?:ways?|things?|times?|reasons?|options?|choices?|means|chances?|hopes?|route|answer|solution)"
_COMPARISON_SHAPES: Shapes = (
    ((_words("history"), _words("recorded living modern")),
     re.compile(rf"{_OWNED_SUPERLATIVE}(?:[\w'’-]+\s+){{0,3}}?in\s+(?:recorded|living|modern)\s+history\b",
                re.IGNORECASE)),
    ((_words("any"), _words("since")),
     re.compile(rf"{_OWNED_SUPERLATIVE}(?:[\w'’-]+\s+){{0,3}}?(?:in|of|for)\s+any\s+(?!case\b)[\w-]+\s+since\b",
                re.IGNORECASE)),
    ((_words("any"), _words("previous previously prior earlier past")),
     re.compile(r"\b(?:below|above|beyond|(?:higher|lower|greater|larger|smaller|fewer|more|less)\s+than)\s+"
                r"any\s+(?:previous|previously|prior|earlier|past)(?:\s+recorded)?\s+(?:[\w-]+\s+){0,2}?"
                rf"{_PERIODS}\b"
                # "sold more tickets this spring than those of any previous year": the clause between
                r"|\b(?:more|fewer)\s+[a-z][\w-]*s\s+(?:[\w'’-]+\s+){0,10}?than\s+(?:(?:those|that)\s+)?(?:in|of|for)\s+"
                rf"any\s+(?:previous|prior|earlier|past)\s+{_PERIODS}\b", re.IGNORECASE)),
    ((_words("all every"), _words("eclipse eclipses eclipsed eclipsing outstrip outstrips outstripped "
                                  "outstripping dwarf dwarfs dwarfed dwarfing")),
     re.compile(r"\b(?:eclips(?:e|es|ed|ing)|outstrip(?:s|ped|ping)?|dwarf(?:s|ed|ing)?)\s+"
                r"(?:all|every)\s+(?:others\b|(?:previous|prior|earlier)\s+[\w-]+|other\s+"
                rf"{_PERIODS}\b)", re.IGNORECASE)),
    ((_words("only"), _words(_LISTS) | _words("top")),
     re.compile(rf"\bthe\s+only\s+(?:[\w-]+\s+){{0,3}}?(?!{_MEANS}\b)[\w-]+\s+to\s+(?:make|makes|made|enter|"
                r"entered|reach|reached|crack|cracked|feature|featured|appear|appeared|rank|ranked)\s+(?:in\s+|on\s+)?(?:the|our|its|their|this|a)\s+"
                rf"(?:[\w'’-]+\s+){{0,3}}?(?:top\b|{_RANKING_NOUNS}\b)", re.IGNORECASE)),
    ((_words("first"), _words("finish finished finishes finishing come came comes coming rank ranked ranks "
                              "ranking place placed placing end ended ending")),
     re.compile(r"\b(?:finish(?:es|ed|ing)?|c(?:ome|omes|ame|oming)|rank(?:s|ed|ing)?|plac(?:e|es|ed|ing)|"
                r"end(?:s|ed|ing)?)\s+first\s+(?:in|on)\s+(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,3}?"
                rf"{_RANKING_NOUNS}\b", re.IGNORECASE)),
)
# Uniqueness and all-time claims without a superlative, each gated like the shapes above:
# "the only (other) <thing> to have <done> ..." ("the only other town to have hosted the
# games"; not "the only way to have", nor possession: "the only one to have a key"); "only
# <names> have <won> ..." ("only Ostland and Westland have won the cup"; the winning verbs
# only, as "only Ostland has commented" ranks nothing, or as much or as many of a thing
# done); more or fewer of a plural thing, or a comparative of measure, "than ever" ("drew
# more visitors than ever", "ran higher than ever before", with the clause between too: "more
# walkers crossed the bridge this spring than ever before"; not "more important than ever",
# an opinion, nor "now more than ever", nor a second comparative between: "more voters think
# it more important than ever").
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|de|du|von|van)\s+)?[A-Z][\w'’-]*)*"
_WINNING = (
    r"(?:won|worn|achieved|accomplished|managed|topped|done\s+(?:so|it|this|that)\b|"
    r"(?:held|claimed|taken|reached)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:crowns?|titles?|records?|top|summit|peak|trophy|prize|cup|championship)|"
    # as much or as many done: "only Brel has sold as many bikes", "only Ostland has taken in
    # as much" (a verb between: "only Brel has as much as 5 tonnes" is a holding, no feat; nor
    # the idiom of saying, "only Brel has said as much")
    r"(?!(?:said|told|admitted|suggested|hinted|implied|conceded|acknowledged|indicated|stated)\b)"
    r"[a-z]+(?:\s+(?:in|up|out))?\s+as\s+(?:much|many)\b)"
)
_COMPARATIVES = "|".join(
    w[:-4] + "ier" if w.endswith("iest") else w[:-3] + "er" for w in _BARE_SUPERLATIVES.split("|")
)
# A comparative of measure may have its noun before "than ever" ("drew larger crowds than
# ever"), as one of nearness must ("gives a closer view than ever", "a nearer pass than ever
# before"): without a noun, nearness is an idiom of talks and deals ("the sides are closer
# than ever to a deal").
_NOUN_AFTER = r"(?:\s+(?!(?:more|less|than)\b)[a-z][\w-]*)"
_DEGREE_PHRASE = rf"(?:{_COMPARATIVES}){_NOUN_AFTER}{{0,2}}|(?:closer|nearer){_NOUN_AFTER}{{1,2}}"
_NOT_A_DONE_THING = r"(?!(?:a|an|the|no|any|its|their|his|her|more|fewer|less|to)\b)"
_UNIQUENESS_SHAPES: Shapes = (
    ((_words("only"), _words("have")),
     re.compile(rf"\bthe\s+only\s+(?:[\w-]+\s+){{0,3}}?(?!{_MEANS}\b)[\w-]+\s+(?:ever\s+)?to\s+have\s+"
                rf"(?:ever\s+|[a-z]+ly\s+)?{_NOT_A_DONE_THING}[a-z]+\b", re.IGNORECASE)),
    ((_words("only"), _words("has have")),
     re.compile(rf"\b[Oo]nly\s+{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+(?:and|or|&)\s+{_NAME})?\s+"
                rf"ha(?:s|ve)\s+(?:ever\s+|so\s+far\s+|now\s+)?{_WINNING}")),
    ((_words("ever"), _words("than")),
     re.compile(rf"\b(?:(?:more|fewer)\s+(?:[a-z][\w-]*\s+)?(?:[a-z][\w'’-]*[^\Wsu]s|people|money)"
                rf"(?:\s+(?!(?:more|less|than)\b)[\w'’-]+){{0,12}}?|{_DEGREE_PHRASE})\s+than\s+ever"
                r"(?:\s+before)?\b",
                re.IGNORECASE)),
)
# "The only (other) <one> to <do> ...", the simple infinitive too ("the only other rower to
# cross the ocean alone", "the only team to score in all 6 games"). Not a means or an aim
# (_MEANS: "the only way to win"), a noun that takes "to" before a noun ("the only threat to
# peace", "the only heir to the firm"), "to have" (read above, with possession kept out),
# nor "the only one to blame". A scope may follow the head ("the only port in the whole region
# to ship ore", "the only member of the board to vote against"): the rest of the scope is what
# it is unique among.
_TO_NOUN_HEADS = (
    r"(?:exceptions?|threats?|heirs?|rivals?|alternatives?|roads?|paths?|access|entrances?|exits?|"
    r"answers?|solutions?|responses?|successors?|sequels?|keys?|cures?|remedies|gateways?|links?|"
    r"bridges?|obstacles?|barriers?|doors?|routes?|places?|visitors?|contributors?|witness(?:es)?)"
)
_NOT_A_VERB = (
    r"(?!(?:have|has|a|an|the|this|that|these|those|its|their|his|her|our|my|your|any|all|each|every|"
    r"some|no|date|blame)\b)"
)
_NOT_A_HEAD = rf"(?!(?:{_MEANS}|{_TO_NOUN_HEADS}|to|is|was|are|were|be|and|or)\b)"
_UNIQUENESS_SHAPES += (
    ((_words("only sole"), _words("to")),
     re.compile(rf"\b[Tt]he\s+(?:only|sole)\s+(?:{_NOT_A_HEAD}[\w-]+\s+){{0,3}}?{_NOT_A_HEAD}[\w-]+\s+"
                rf"(?:(?:in|among|across|of)\s+(?:[\w'’-]+\s+){{1,5}}?)?(?:ever\s+)?"
                rf"to\s+(?:ever\s+|[a-z]+ly\s+)?{_NOT_A_VERB}[a-z]+\b")),
)
_COMPARISON_SHAPES += _UNIQUENESS_SHAPES
# A superlative measured against all the past, "to date", "ever (recorded)" or "yet" at the
# end of its clause, whoever owns it: "Acme's largest order to date", "the region's worst
# harvest ever recorded", "our busiest season yet", "the least snow on record", with a longer noun phrase between too
# ("the park's oldest and most varied crowd for a winter fair ever": a clause's words only).
# A company's or person's superlative alone ranks what they hold now ("the company's largest
# shareholder", kept out by _OWNERS); against all their past it is a record of their own.
# "Worst", "fewest" and "least" count here, where the tail makes them a measure; "yet" only
# ends a clause ("the best is yet to come" is no tail). With the tail, two words may come
# before the superlative: a count of the ranked ones ("the other two largest wrecks found to
# date", "the next three biggest orders ever", "the 12 largest ships ever built").
_ALL_TIME_TAIL = (
    r"(?:ever(?:\s+(?:recorded|measured|seen|built|made|sold|produced|released))?\b|to\s+date\b|on\s+record\b|"
    rf"yet(?={_CLAUSE_STOP}))"
)
_ALL_TIME_SUPERLATIVE = (
    rf"\b(?:the|its|their|our|his|her|[\w-]+['’]s)\s+(?:[a-z]+\s+|\d{{1,3}}\s+)?{_BEFORE_SUPERLATIVE}"
    rf"(?:(?:{_SUPERLATIVES}|worst|top)-ever\b|"
    rf"(?:{_SUPERLATIVES}|worst|fewest|least\s+[a-z]+|top)\s+(?:[\w'’-]+\s+){{0,8}}?{_EMPHATIC_DASH}{_ALL_TIME_TAIL})"
)
# First place written as a number: "ranks #1", "was ranked as its No. 1 product", "voted
# number one" (not "ranked #12" nor "ranked 1,200 schools"), and "the #1 spot" (as "the top
# spot" above; not "the number one priority", an opinion, nor a place lost: "knocked off
# the No. 1 spot", "fell from the #1 spot").
_NUMBER_ONE = r"(?:#\s?1|[Nn]o\.?\s?1|number[\s-]one)(?![\d.,]?\d)"
# A place lost or left before it ("knocked off the No. 1 spot", "fell from", "lost").
_NOT_LOST = r"(?<!\boff\s)(?<!\bfrom\s)(?<!\blost\s)(?<!\blose\s)(?<!\bloses\s)(?<!\blosing\s)"
# Making history is a first in other words: "made history as the first woman to ...",
# "Acme makes history again" (ending its clause or before a preposition: not "makes
# history come alive", "made history lessons fun"; hedged ones, "could make history", stay out).
_COMPARISON_SHAPES += (
    ((_words("history"), _words("make makes made making")),
     re.compile(rf"\bma(?:ke|kes|de|king)\s+history(?={_CLAUSE_STOP}|\s+(?:again|as|by|with|in|on|at|"
                r"for|when|after|this|today|once|twice)\b)", re.IGNORECASE)),
)
# A new high or low is a record level in other words: "bookings hit a new high", "shares hit
# fresh lows in May", "a new high of 5 percent", with a word of its series between ("a new
# series high", "a new monthly low", "a new 52-week high") (ending its clause or before a
# preposition, conjunction or participle: "a 40-year low following the drought", "new highs
# led by lending"; not "a new high school", "new low-cost flights", "the new high-speed line",
# "a new junior high").
_HIGH_LOW = (
    rf"(?:high|low)s?(?={_CLAUSE_STOP}|\s+(?:of|for|in|on|at|as|since|this|last|after|against|versus|"
    r"with|when|while|and|but|amid|despite|following|before|during|from|until|across|among|led|driven)\b)"
)
_COMPARISON_SHAPES += (
    ((_words("high highs low lows"), _words("new fresh")),
     _started_by(re.compile(rf"\b(?:a\s+)?(?:new|fresh)\s+(?:(?!(?:high|low|junior|senior)s?\b)[\w-]+\s+)?{_HIGH_LOW}",
                            re.IGNORECASE), "a new fresh")),
)
# More or less of something than in any other period is a superlative against the past in
# other words: "fewer storks than in any other spring since 1990", "lower than any
# other month on record", with the clause between ("more riders took the line in May than
# any other month") (a period only: "more than any other company" compares with rivals,
# "more important than any other issue" is an opinion).
_COMPARISON_SHAPES += (
    ((_words("any"), _words("other")),
     re.compile(rf"\b(?:more|fewer|less|better|worse|{_COMPARATIVES})\s+(?:[\w'’-]+\s+){{0,12}}?than\s+"
                rf"(?:in\s+|during\s+|for\s+|at\s+)?any\s+other\s+(?:[\w-]+\s+)?{_PERIODS}\b", re.IGNORECASE)),
)
# Claims whose value is not the figure after them: first place written as a number
# ("ranked #1 in 40 countries": its figure is its own "1") and uniqueness ("the only team to
# score in all 6 games": the figure is what was done, no record of its own), first among a
# group ("first among 12 regions": the figure counts the group) and a negated comparative
# ("no wetter day than the 36 hours to ...": the figure is what it was compared with), and
# passing a previous peak ("passed the previous best of 8.9 metres", "beat prior season-highs of
# 4 wins": the figure is the old one),
# bettered only by a few ("surpassed only by two rivals": the figure counts them) and more than
# any named month ("higher than any May in 20 years": the figure is the span).
_PREVIOUS_PEAK = r"(?:previous|prior|earlier|former)\s+(?:\w+[\s-])?(?:peak|high|best|maximum)s?\b"
_MONTHS = "January February March April May June July August September October November December"
_STANDS_ALONE = re.compile(rf"(?:the\s+)?only\b|[a-z]+\s+only\s+by\b|.*?\bthan\s+(?:in\s+|during\s+|for\s+)?any\s+"
                           rf"(?:other\s+)?(?-i:{_alternatives(_MONTHS)})\b|.*?{_NUMBER_ONE}|(?:first|1st)\s+among\b|no\s+|"
                           rf".*?\b{_PREVIOUS_PEAK}",
                           re.IGNORECASE)
_RANKING_VERBS = "rank ranks ranked ranking rated voted placed named"
_FIRST_PLACES = "spot spots place places position positions slot slots"
_COMPARISON_SHAPES += (
    ((_words(_RANKING_VERBS), _words(_RANKING_VERBS)),
     re.compile(rf"\b(?:{_alternatives(_RANKING_VERBS)})\s+(?:as\s+)?(?:(?:the|its|their|our)\s+)?{_NUMBER_ONE}",
                re.IGNORECASE)),
    ((_words(_FIRST_PLACES), _words("the its their our")),
     _started_by(re.compile(rf"{_NOT_LOST}\b(?:the|its|their|our)\s+{_NUMBER_ONE}\s+(?:{_alternatives(_FIRST_PLACES)})\b",
                            re.IGNORECASE), "the its their our")),
)
_SUPERLATIVE_WORDS = frozenset(w for w in _SUPERLATIVES.split("|") if w.isalpha()) | _words("most worst fewest least")
SUPERLATIVE_WORDS = _SUPERLATIVE_WORDS
"""The superlatives as single words (shared with periods.py: a window after one is its span)."""
_COMPARISON_SHAPES += (
    ((_words("ever date yet record"), _SUPERLATIVE_WORDS | _words("top")),
     re.compile(_ALL_TIME_SUPERLATIVE, re.IGNORECASE)),
)
# A named owner's superlative is a claim, as a place's is: "Ostland's largest port",
# "Acme's biggest engine", "Ostland's leading brand" (a name: a capital in the owner's
# word). A common noun's stays out ("the bakery's largest shareholder" ranks what it holds),
# as do contractions ("It's the largest").
_CONTRACTIONS = r"(?:It|That|There|Here|What|Who|He|She|Let|Where|How|When|Why|This)['’]s\b"
# A left single quotation mark typed for the apostrophe ("Ostland‘s") is the same owner.
_NAMED_OWNER = rf"\b(?!{_CONTRACTIONS})(?=[\w.&-]*[A-Z])[\w.&-]+['’‘]s"
_COMPARISON_SHAPES += (
    ((_SUPERLATIVE_WORDS | _words("leading"), _words("s")),
     re.compile(rf"{_NAMED_OWNER}\s+{_BEFORE_SUPERLATIVE}(?:{_SUPERLATIVES}|leading)\b")),
)
_COPULA = r"(?:is|are|was|were|remains?|remained|stays?|stayed|bec(?:ome|omes|ame)|continues?\s+to\s+be)"
_COPULA_WORDS = _words("is are was were remain remains remained stay stays stayed become becomes became")
# A time adverb between the copula and what it ranks: "is still the top", "was again the first".
_STILL = r"(?:(?:still|now)\s+)?"
_STILL_OR_AGAIN = r"(?:(?:still|now|again)\s+)?"
# One of a named owner's top ones is a place among its first, as "one of the world's top" is:
# "wool is one of Westia's top export earners" (not its people, "one of Acme's top
# executives", nor a counted group, "one of Westia's top ten").
_COMPARISON_SHAPES += (
    ((_words("top"), _words("one")),
     re.compile(rf"\bone\s+of\s+{_NAMED_OWNER}\s+top\b(?!\s+(?:{_PERSON_POSTS}|two|three|four|five|ten|twenty|"
                r"fifty|hundred)\b)(?=\s+[a-z])", re.IGNORECASE)),
)
# "The top" or "the leading" one as the predicate of a copula is first place: "coal remains
# the top source of power", "Kestrel is the leading maker of ferries" (not a post, "is the top
# official", a group, "the top five", a height, "the top of the hill", a priority, nor "the
# leading edge").
_COMPARISON_SHAPES += (
    ((_words("top leading"), _COPULA_WORDS | _words("be")),
     re.compile(rf"\b{_COPULA}\s+{_STILL}(?:the|its|their)\s+(?:top|leading)(?=\s+"
                rf"(?!(?:{_PERSON_POSTS}|priorit\w*|edge|ten|five|three|four|two|of|and|or)\b)[a-z])", re.IGNORECASE)),
)
# A common noun's superlative as the predicate of a copula ranks its subject among the
# owner's: "Norbank remains the lender's largest outside backer", "rice is the region's
# biggest crop" (the owner alone, "the bakery's largest shareholder sold shares", ranks what
# it holds; "the firm's most likely buyer" hedges).
_COMPARISON_SHAPES += (
    ((_SUPERLATIVE_WORDS, _words("s")),
     re.compile(rf"\b{_COPULA}\s+(?:still\s+)?(?:the|its|their)\s+[a-z][\w-]*['’]s\s+{_BEFORE_SUPERLATIVE}"
                rf"(?!most\s+(?:recent|recently|likely)\b)(?:{_SUPERLATIVES})\b", re.IGNORECASE)),
)
# "The leading" with a scope is the one leader of it, a superlative in other words: "the leading
# European maker of ferries", "the leading global supplier" (not "the leading edge", "the
# leading classes": no scope).
_DEMONYM = r"(?-i:[A-Z][a-z]+(?:an|ese|ish|ic|i))"
_COMPARISON_SHAPES += (
    ((_words("leading"), _words("the")),
     re.compile(rf"\bthe\s+leading\s+(?:global|world|worldwide|international|national|{_DEMONYM})(?=\s+[a-z])",
                re.IGNORECASE)),
)
# The leader of a scope in a measure, as the predicate of a copula, is first place in it:
# "Westia stays the EU leader in wool sales", "Acme remains the market leader in ferries"
# (a scope before "leader" and a measure after "in": not a post, "is the party leader in
# parliament", "the UN leader in Geneva", "the EU leader in charge of trade").
_COMPARISON_SHAPES += (
    ((_words("leader"), _COPULA_WORDS),
     re.compile(rf"\b{_COPULA}\s+{_STILL_OR_AGAIN}(?:the|its)\s+(?:(?-i:[A-Z]{{2,5}})|{_DEMONYM}|world|"
                r"global|market|industry|regional|national|continental)\s+leader\s+in\s+"
                r"(?!(?:the|a|an|its|their|his|her|charge)\b)(?-i:[a-z])", re.IGNORECASE)),
)
# A lead over a rival held in a poll is first place in it, with its article or without as
# headlines write it: "Poll: Lena Holds Slim Lead Over Omar",
# "a new survey showed Lena keeping a clear lead over Omar" (the sentence must name the poll:
# "kept its lead over its rival" elsewhere compares two, and a lead in a race or a game is
# a score, no ranking).
_POLL_LEAD_VERBS = (
    "hold holds held holding maintain maintains maintained maintaining keep keeps kept keeping extend extends "
    "extended extending open opens opened opening build builds built building has had have having with"
)
_COMPARISON_SHAPES += (
    ((_words("lead"), _words("poll polls polling survey surveys")),
     re.compile(rf"\b(?:{_alternatives(_POLL_LEAD_VERBS)})\s+(?:(?:a|an|its|their|his|her)\s+)?"
                r"(?:[\w-]+\s+){0,2}?lead\s+over\b", re.IGNORECASE)),
)
# Coming out of a contest as the dominant one is first place in it: "Acme emerged as the
# dominant bidder", "finished as the dominant side" (a copula, "wool is the dominant fibre in
# half the towns", describes a share; "a dominant force" is one of several).
_COMPARISON_SHAPES += (
    ((_words("dominant"), _words("emerge emerges emerged emerging finish finishes finished end ends ended")),
     re.compile(r"\b(?:emerg(?:e|es|ed|ing)|finish(?:es|ed)?|end(?:s|ed)?)\s+(?:up\s+)?as\s+the\s+dominant\b",
                re.IGNORECASE)),
)
# A passive verb with "most" in a named place ranks the place among the rest, as "was highest
# in Eastby" does: "cases were also reported most in Eastby", "losses were felt most in the
# Lowmoor district" (not a season or month, "ferries are used most in summer", "in May").
_COMPARISON_SHAPES += (
    ((_words("most"), _words("is are was were")),
     re.compile(rf"\b(?:is|are|was|were)\s+(?:also\s+|still\s+)?[a-z]+(?:ed|en|n|t)\s+most\s+in\s+(?:the\s+)?"
                rf"(?!(?-i:{_alternatives(_MONTHS)})\b)(?-i:[A-Z])", re.IGNORECASE)),
)
# "The leading" one in a named place, set beside a name, is the first there, as "the leading
# European maker" is: "according to Kestrel, the leading model of river floods in Westia" (not a
# part in a play, "the leading role in Lear", nor "the leading edge").
_COMPARISON_SHAPES += (
    ((_words("leading"), _words("the")),
     re.compile(r",\s*the\s+leading\s+(?!(?:roles?|parts?|edges?|lights?|lady|ladies|man|men|actors?|actress)\b)"
                r"(?:[\w-]+\s+){1,4}?in\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)),
)
# Records beaten or set in other words: "exceeds current speed records", "beat the standing
# records" (the record words of _CLAIMS only read "the previous record"); "setting a new
# benchmark" (not "a new benchmark test was run"); surpassing the field, "outperforms its
# rivals", "surpasses major competitors" (not one rival, nor "beat rivals to the deal", a race
# for one prize).
_BEATING = (
    r"(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outpac(?:e|es|ed|ing)|outstrip(?:s|ped|ping)?|"
    r"exceed(?:s|ed|ing)?|beat(?:s|ing)?|eclips(?:e|es|ed|ing)|overt(?:ake|akes|aken|ook))"
)
_BEATING_WORDS = _words(
    "outperform outperforms outperformed outperforming surpass surpasses surpassed surpassing outpace "
    "outpaces outpaced outpacing outstrip outstrips outstripped outstripping exceed exceeds exceeded "
    "exceeding beat beats beating eclipse eclipses eclipsed eclipsing overtake overtakes overtaken overtook"
)
_COMPARISON_SHAPES += (
    # A previous best or high beaten is a record in other words: "beat prior season-highs of
    # 5 wins", "exceeded its prior high" (not "beat the previous owner", no best).
    ((_BEATING_WORDS, _words("best bests high highs peak peaks")),
     re.compile(rf"\b{_BEATING}\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:previous|prior|earlier|former)\s+"
                r"(?:[\w]+[\s-])?(?:best|high|peak)s?\b", re.IGNORECASE)),
    ((_BEATING_WORDS, _words("records record")),
     re.compile(rf"\b{_BEATING}\s+(?:the\s+|all\s+)?(?:current|existing|standing|previous|prior|past|earlier)\s+"
                r"(?:[\w-]+\s+){0,2}?records?\b", re.IGNORECASE)),
    ((_words("set sets setting"), _words("benchmark benchmarks")),
     re.compile(r"\b(?:set|sets|setting)\s+(?:a\s+)?new\s+(?:[\w-]+\s+)?benchmarks?\b(?!\s+(?:tests?|runs?)\b)",
                re.IGNORECASE)),
    ((_BEATING_WORDS, _words("competitors rivals peers competition")),
     re.compile(rf"\b{_BEATING}\s+(?:(?:all|its|their|the|major|main|key|leading|big|bigger|biggest|larger)\s+)*"
                r"(?:competitors|rivals|peers|competition)\b(?!\s+to\b)", re.IGNORECASE)),
)
# A negated comparative of a period is a superlative in other words: "there has been no
# wetter day in May than ..." ("no bigger threat than" is an opinion, "no larger than a coin"
# a size: a period noun must follow). It stands alone: the figure after "than" is what it
# was compared with.
_COMPARISON_SHAPES += (
    ((_words("no"), _words("than")),
     re.compile(rf"\bno\s+(?:{_COMPARATIVES})\s+{_PERIODS}\s+(?:[\w'’-]+\s+){{0,6}}?than\b", re.IGNORECASE)),
)
# First among a group is first place in it: "ranked first among 12 regions", "1st among the
# member states" (not "first among equals", a title of courtesy). It stands alone: the
# figure after it counts the group.
_FIRST_AMONG = r"(?:first|1st)\s+among\b(?!\s+equals\b)"
_COMPARISON_SHAPES += (
    # The sentence's words split "1st" into "1" and "st".
    ((_words("first st"), _words("among")), re.compile(rf"\b{_FIRST_AMONG}", re.IGNORECASE)),
)
# A high or low over a span is a record of that span: "shares hit a six-year low", "a
# 10-year high of 4 percent", "its lowest ... since 1990" (ending its clause or before a
# preposition or conjunction: not "a two-year low-interest loan", "a 3-year high school").
# Headlines drop the article ("Ferry bookings at 15-year high", "Shares hit six-year low"):
# there the span must be a number. A series counted in quarters, days or sessions is a span
# too ("a five-quarter high", "a 30-day low"), and a decade or a century needs no count ("a
# decade-high", "rents at decade high": not "after a decade high prices fell"), and so is a
# span and a half ("a two-and-a-half-year high").
_SPANS = "year years month months week weeks decade decades quarter quarters day days session sessions century"
_SPAN_NUMBER = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|multi)"
)
_COMPARISON_SHAPES += (
    ((_words("high highs low lows"), _words(_SPANS)),
     re.compile(rf"\b(?:(?:(?:a|an|its|their|the)\s+(?:[a-z]+|\d{{1,3}})|{_SPAN_NUMBER}|half)[\s-]"
                rf"(?:year|month|week|decade|quarter|day|session|century)|(?:decade|century))[\s-]"
                rf"{_HIGH_LOW}", re.IGNORECASE)),
)
# The hardest or worst hit of a group ranks how badly it was struck: "the region remains the
# hardest hit", "small shops were the worst hit by the rise" (ending its clause or before
# "by", "for", "in" or "among"; not "the hardest hit of his career", a blow, nor the
# attributive "the worst-hit villages got pumps", which describes them). The attributive one
# as the subject of a copula that names its members is the ranking again: "the worst-hit
# wards today are: East at 48, ...", "the hardest-hit towns were Lowmoor and Eastby", "the
# worst-affected areas include the coast", "the hardest-hit town remains Eastby" (a time
# adverb may come between; not a relative clause's verb: "the worst-hit farms, where roads are
# closed").
_HARM = r"(?:hardest|worst|most\s+(?:badly|severely))[\s-](?:hit|affected)"
_COMPARISON_SHAPES += (
    ((_words("hit"), _words("hardest worst")),
     re.compile(rf"\bthe\s+(?:hardest|worst)[\s-]hit(?={_CLAUSE_STOP}|\s+(?:by|for|in|among)\b)",
                re.IGNORECASE)),
    ((_words("hit affected"), _words("are is were was include includes included remain remains remained continue "
                                      "continues continued")),
     re.compile(rf"\bthe\s+{_HARM}\s+(?:(?!(?:where|which|that|who|whose|when|while)\b)[a-z][\w-]*\s+){{1,3}}?(?:(?:today|now|so\s+far|this\s+[a-z]+)\s+)?"
                r"(?:are|is|were|was|include[sd]?|remains?|remained|continues?\s+to\s+be|continued\s+to\s+be)\b",
                re.IGNORECASE)),
    # The attributive one with its toll: "Eastby, the worst-affected county with 40 deaths,"
    # ranks it by that toll (no figure after "with": "the worst-hit villages with roads cut").
    ((_words("hit affected"), _words("with")),
     re.compile(rf"\bthe\s+{_HARM}\s+(?:[a-z][\w-]*\s+){{1,2}}?with\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?"
                r"\d", re.IGNORECASE)),
)
# A superlative "since" a year is a record of all the years between: "the worst flood to
# strike the valley since 1952", "the biggest drop since 2008", "the least snow since the
# 1950s", "the fewest since 12 wrecks were found in 1999" (a clause's words between "since"
# and "in" its year) (not a state that lasted
# since then: "has been the largest shareholder since 2019", "remained the biggest since").
_COMPARISON_SHAPES += (
    ((_SUPERLATIVE_WORDS, _words("since")),
     re.compile(rf"(?<!\bbeen\s)(?<!\bremained\s)(?<!\bremains\s)(?<!\bremain\s)(?<!\bstayed\s)"
                rf"\bthe\s+(?:{_BARE_SUPERLATIVES}|best|worst|fewest|least)\s+(?:[\w'’-]+\s+){{0,8}}?"
                r"since\s+(?:[\w'’-]+\s+){0,6}?(?:in\s+)?(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[5-9]|20)\d\d(?:s|['’]s)?\b",
                re.IGNORECASE)),
)
# The world's (or a place's) number one of something is first place in it: "the world's
# number one exporter of tin" (not "the number one priority" without an owner, an opinion).
_COMPARISON_SHAPES += (
    ((_words("one 1"), _words("world country nation region continent globe planet")),
     re.compile(rf"\b(?:{_OWNERS})\s+{_NUMBER_ONE}(?=\s+[a-z])", re.IGNORECASE)),
)
# Number one as the predicate of a copula is first place too: "Ostland remains number one with
# 40 ships", "rice is still No. 1 in the valley"; so is a named owner's ("Westia's number one
# export"). Not an opinion or a person's standing ("is the number one priority", "Acme's
# number one fan"), nor a seed in a draw.
_NOT_FIRST_PLACE = r"(?!\s+(?:priorit\w*|concerns?|issues?|goals?|aims?|tasks?|fans?|suspects?|enemy|enemies|seeds?)\b)"
_COMPARISON_SHAPES += (
    ((_words("one 1"), _COPULA_WORDS),
     re.compile(rf"\b{_COPULA}\s+{_STILL_OR_AGAIN}{_NUMBER_ONE}{_NOT_FIRST_PLACE}", re.IGNORECASE)),
    ((_words("one 1"), _words("s")),
     re.compile(rf"{_NAMED_OWNER}\s+{_NUMBER_ONE}{_NOT_FIRST_PLACE}(?=\s+[a-z])", re.IGNORECASE)),
)
# A named owner's first is a first in its domain, as a place's is: "Ostland's first
# deep-sea port", "Westia's first Antarctic station" (a period after it dates, _NOT_FIRST:
# "Acme's first quarter"; "first-half" joined by a hyphen is no claim either).
_COMPARISON_SHAPES += (
    ((_words("first"), _words("s")),
     re.compile(rf"{_NAMED_OWNER}\s+(?:very\s+)?first\b{_NOT_FIRST}(?=\s+\w)")),
)
# A bare superlative after "to be" ranks its subject among the rest: "orders from Westia
# were highest at 4,100", "rents are lowest among the five towns", "growth was fastest in
# Eastby", "fares are highest in the world" (the "-est" forms before "at", "among", "of all" or
# "in" a named place or a whole scope; not "risk
# is highest when ...", "demand is highest in winter" or "in May", a season, nor "as best
# they could").
_COMPARISON_SHAPES += (
    ((_SUPERLATIVE_WORDS, _words("is are was were")),
     re.compile(rf"\b(?:is|are|was|were)\s+(?:{_BARE_SUPERLATIVES})\s+(?:(?:at|among|of\s+all)\b|"
                rf"in\s+(?:the\s+)?(?!(?-i:{_alternatives(_MONTHS)})\b)(?-i:[A-Z])|"
                r"in\s+the\s+(?:world|country|nation|region|continent)\b)",
                re.IGNORECASE)),
)
# A high or low reached is the top or bottom of its period: "fuel prices hit a high of 3.8
# crowns in May", "the river reached a high of 19.5 degrees in August", a sentence opening
# "A high of 318 tonnes in 2029, ..." (after a verb of reaching, past or present: not a
# forecast, "will reach a high of 30C", "to hit a high of", nor "with a high of 25 today", a
# day's weather).
# Above a previous peak is a new one ("3% above their prior peak", "topped its prior
# high"; not "still below their previous peak").
_REACHED = "hit hits reached reaches touched touches"
_MOVED = (
    "rose rises climbed climbs jumped jumps soared soars surged surges fell falls dropped drops sank sinks slid slides "
    "plunged plunges slumped slumps"
)
_REACHING = rf"(?:(?<!\bto\s)(?<!\bwill\s)\b(?:{_alternatives(_REACHED)})|\b(?:{_alternatives(_MOVED)})\s+to)"
_REACHING_WORDS = f"{_REACHED} {_MOVED}"
_COMPARISON_SHAPES += (
    ((_words("high low"), _words("of")),
     _started_by(re.compile(rf"(?:{_REACHING}\s+|^\W*)a\s+(?:high|low)\s+of\b", re.IGNORECASE),
                 _REACHING_WORDS, at_start=True)),
    ((_words("previous prior earlier former"), _words("peak peaks high highs best maximum")),
     re.compile(r"\b(?:above|beyond|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)|"
                r"pass(?:es|ed|ing)?|beat(?:s|ing)?)\s+(?:the|its|their|his|her|our)\s+"
                rf"{_PREVIOUS_PEAK}", re.IGNORECASE)),
)
# First place in other words. Topping a tally is leading it: "Kestrel tops Q2 e-bike
# sales", "Ostland topped exports" (a bare tally noun after the verb; not a level passed,
# "tops 6 billion", nor another's tally, "topped last year's sales", "topped the 2030 sales").
# The one top performer of a group: "the league's top scorer", "the top exporter" (singular:
# "among the top performers" is a group; a post, "the top judge", is no rank). A size larger
# than any other's is the largest ("a much bigger share than any other cost"; "more
# important than any other issue" is an opinion, and "more than any other company" stays out
# as above).
_TALLIES = (
    "sales arrivals shipments exports imports deliveries downloads bookings registrations orders "
    "streams subscribers"
)
_TOP_AGENTS = (
    "performer scorer seller earner exporter importer producer grosser gainer finisher contributor "
    "recipient destination supplier spender"
)
_SIZE_COMPARATIVES = "larger bigger greater higher lower smaller"
_COMPARISON_SHAPES += (
    ((_words("tops topped topping"), _words(_TALLIES)),
     re.compile(r"\btop(?:s|ped|ping)\s+(?![\d$£€])(?!(?:last|previous|prior|this|next|the|a|an|its|their|his|her|"
                r"our|expected|forecast)\b)(?![\w-]+['’]s\b)(?:(?!(?:with|and|or|but|up|off|out|by|in|on|at|as|for|of|to|"
                rf"from|after|before|than)\b)(?:[\w-]+|{_DOTTED})\s+){{0,3}}?"
                rf"(?:{_alternatives(_TALLIES)})\b", re.IGNORECASE)),
    ((_words("top"), _words(_TOP_AGENTS)),
     re.compile(rf"\bthe\s+(?:[\w-]+['’]s\s+)?top\s+(?:{_alternatives(_TOP_AGENTS)})\b", re.IGNORECASE)),
    # "the top-performing fund of the year": the top performer, of a singular noun ("the top
    # performing stocks" are a group).
    ((_words("top"), _words("performing")),
     re.compile(r"\bthe\s+(?:[\w-]+['’]s\s+)?top[\s-]performing\s+(?:(?!(?:of|in|on|at|for|the|a|an|and|or|is|are|was|were)\b)[\w-]+\s+){0,3}?"
                r"(?!(?:is|are|was|were)\b)[\w-]*[a-rt-z]\b"
                r"(?=\s+(?:in|on|of|this|since|for|among|at|so|with|after|over|was|is)\b|\s*[,.;:)]|$)",
                re.IGNORECASE)),
    # "the lion's share": the largest share, in an idiom.
    ((_words("lion"), _words("share")), re.compile(r"\bthe\s+lion['’]s\s+share\b", re.IGNORECASE)),
    ((_words(_SIZE_COMPARATIVES), _words("any")),
     re.compile(rf"\b(?:{_alternatives(_SIZE_COMPARATIVES)})\s+(?:[\w'’-]+\s+){{0,2}}?than\s+any\s+other\b",
                re.IGNORECASE)),
)
# A figure called a historic mark or level is one never reached before: "accounts hit a
# historic 50 crore mark", "a historic $5,000 level" (a figure between: "a historic
# milestone, 60 years of ..." marks an anniversary, "the historic 1920 mark" a year).
_COMPARISON_SHAPES += (
    ((_words("historic historical"), _words("mark level high peak")),
     re.compile(r"\bhistoric(?:al)?\s+(?!(?:1[5-9]|20)\d\d\b)[$£€]?\d[\d.,]*(?:\s*(?:crore|lakh|thousand|million|billion|trillion|[a-z]{1,2}))?"
                r"[\s-]+(?:mark|level|high|peak)\b", re.IGNORECASE)),
)
# First place held or taken, without an article as headlines and bullets write it too: "Acme
# keeps top spot", "Norland retains top position in ranking", "bagged the top rank" (after a
# verb of holding or taking; "lost top spot" and "top place finishers" are none). Number one in a scope (the world,
# a country, a region or a ranking) is first place in it: "Ostland is number one in the
# country for tidal power" (not "bus number one in the city centre", nor "No. 1 by some
# measure", no scope).
_HOLDING_VERBS = (
    "maintain maintains maintained maintaining retain retains retained retaining keep keeps kept keeping "
    "hold holds held holding take takes took taking claim claims claimed claiming win wins won winning "
    "regain regains regained regaining reclaim reclaims reclaimed reclaiming secure secures secured securing "
    "grab grabs grabbed grabbing clinch clinches clinched clinching bag bags bagged bagging share shares shared "
    "sharing"
)
_PLACE_SCOPES = r"(?:world|country|nation|region|continent|globe|league|rankings?|index)"
_COMPARISON_SHAPES += (
    ((_words("top"), _words(_HOLDING_VERBS)),
     re.compile(rf"\b(?:{_alternatives(_HOLDING_VERBS)})\s+(?:the\s+)?top\s+(?:spot|place|position|slot|rank)\b"
                r"(?!\s+[a-z]+ers\b)", re.IGNORECASE)),
    # Rank one held or won is first place: "shared the national rank one", "secured rank 1".
    ((_words("rank"), _words(_HOLDING_VERBS)),
     re.compile(rf"\b(?:{_alternatives(_HOLDING_VERBS)})\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?rank\s+(?:one|1)\b"
                r"(?![\d.,]?\d)", re.IGNORECASE)),
    ((_words("one 1"), _words("in")),
     re.compile(rf"\b{_NUMBER_ONE}\s+in\s+the\s+(?:[\w'’-]+\s+)?{_PLACE_SCOPES}\b", re.IGNORECASE)),
)
# "No other" thing having done as much is uniqueness in other words: "no other airline in
# the region has flown this many routes", "no other team has scored as many goals" (an
# amount done must follow: "no other firm has commented" ranks nothing).
_COMPARISON_SHAPES += (
    ((_words("other"), _words("no")),
     re.compile(r"\bno\s+other\s+(?:[\w'’-]+\s+){1,5}?(?:has|have|had)\s+(?:ever\s+)?[a-z]+\s+"
                r"(?:(?:this|that|so|as)\s+(?:many|much)|more)\b", re.IGNORECASE)),
)
# A superlative a headline writes without its article, after a verb of seeing or posting,
# over a span: "Mortgage rates see biggest weekly fall since 2019", "Exports post highest rise
# in six years" (a year or a counted span must follow: "shops see busiest day" has none).
_SEEING_VERBS = "see sees saw post posts posted log logs logged record records recorded suffer suffers suffered"
_COMPARISON_SHAPES += (
    ((_words(_SEEING_VERBS), _SUPERLATIVE_WORDS),
     re.compile(rf"\b(?:{_alternatives(_SEEING_VERBS)})\s+(?:{_BARE_SUPERLATIVES}|best|worst)\s+(?:[\w'’-]+\s+){{0,3}}?"
                rf"(?:since\s+(?:the\s+)?(?:1[5-9]|20)\d\d\b|in\s+(?:over\s+)?(?:{_SPAN_NUMBER}|a)\s+"
                r"(?:years?|months?|decades?|weeks?)\b)", re.IGNORECASE)),
)
# A comparative of degree in a negated or universal frame is a superlative against all the
# past: "the park has never been busier", "rents have never risen faster", "no port
# has ever handled as much grain", "prices rose faster than at any time since 1990" ("than any
# time since" too, as headlines write it). Not a
# bound ("has never paid more than 5 crowns"), nor a stance or a feeling ("has never been
# more important", "we have never been more confident"), which rank nothing measured.
_STANCE = (
    r"(?:important|urgent|vital|critical|crucial|necessary|needed|relevant|essential|pressing|proud|confident|"
    r"excited|determined|committed|optimistic|hopeful|pleased|happy|grateful|sure|certain|convinced|ready|"
    r"eager|keen|aware|clear|true|evident|apparent|obvious|visible|alive)"
)
_DEGREE = rf"(?:(?:more|less|fewer)\s+(?!(?:{_STANCE}|than)\b)[a-z][\w-]*|{_COMPARATIVES})\b"
_NOT_A_BOUND = r"(?!\s+than\s+(?:[$£€\d]|a\b|an\b|about\b|around\b|one\b|two\b|three\b))"
_DEGREE_WORDS = _words(f"more less fewer {_COMPARATIVES.replace('|', ' ')}")
# Inverted ("never have so many riders used the line") and with "so", "as", "this" or "that"
# ("ferries have never been so popular", "never as busy", "levels have never been this high"),
# the same claim; not nearness, an idiom of talks ("have never been so close to a deal"), nor
# a manner ("has never been this way").
_SO_DEGREE = (
    rf"(?:so|as|this|that)\s+(?:many|much|few|(?!(?:{_STANCE}|close|near|far|long|soon|good|way|hard|well|badly)\b)[a-z]+)\b"
)
_COMPARISON_SHAPES += (
    ((_words("never"), _DEGREE_WORDS),
     re.compile(rf"\bnever\s+(?:before\s+)?(?:[a-z]+\s+)?{_DEGREE}{_NOT_A_BOUND}", re.IGNORECASE)),
    ((_words("never"), _words("so as this that")),
     re.compile(rf"\bnever\s+(?:before\s+)?(?:(?:have|has|had|was|were|is|are|did)\s+(?:so|as)\s+(?:many|much|few)\b|"
                rf"(?:been\s+)?(?:[a-z]+(?:ed|en|wn|ing)\s+)?{_SO_DEGREE})", re.IGNORECASE)),
    ((_words("ever"), _words("no")),
     re.compile(r"\bno\s+(?:other\s+)?(?:[\w'’-]+\s+){1,5}?(?:has|have|had)\s+ever\s+(?:[a-z]+\s+){0,2}?"
                rf"(?:(?:this|that|so|as)\s+(?:many|much)\b|{_DEGREE}){_NOT_A_BOUND}", re.IGNORECASE)),
    ((_words("any"), _words("time point stage moment")),
     re.compile(rf"\b(?:more|fewer|less|{_COMPARATIVES})\s+(?:[\w'’-]+\s+){{0,12}}?than\s+(?:at\s+)?any\s+(?:other\s+)?"
                r"(?:time|point|stage|moment)\s+(?:since|in)\b", re.IGNORECASE)),
)
# Leadership in verbs. Leading a trend is first place in it: "retailers are currently leading
# robot adoption across the region", "banks led the gains", "east coast ports are set to lead
# export growth in 2031" (a finite verb, or "leading" after a form of "to be"; the trend noun
# ends its phrase: not "led the sales team", "the lead sales agent", nor what a person steers,
# "led the recovery effort", "led the investment round"; "led to a rise" is a cause; a
# capitalised "Lead" may be a heading's noun). Strengthening a grip or keeping a
# position "as the" number one or leader is holding first place ("tightened its grip as the
# main supplier", "cemented its status as the top seller"; "kept its place as a member" names
# no rank). Being "the number one" of something is first place ("remains the number one
# source of loans"; not "the number one priority", an opinion).
_TRENDS = (
    "adoption uptake growth gains rise rises rally increase increases surge falls declines losses sales "
    "presales bookings spending demand"
)
# One rise or rally led ("led a rally among bank stocks", a headline's "leads retail rally") is an
# event set going, no first place among gains: a singular trend needs its "the".
_UNCOUNTED_TRENDS = " ".join(w for w in _TRENDS.split() if w not in {"rise", "rally", "increase", "surge"})
_BE = r"(?:is|are|was|were|be|been|being)"
_POSITION_NOUNS = "position status place standing spot ranking"
_COMPARISON_SHAPES += (
    ((_words("lead leads led leading"), _words(_TRENDS)),
     re.compile(rf"(?:\b{_BE}\s+(?:[a-z]+ly\s+|now\s+|still\s+)?leading|\b(?-i:lead|leads|led))\s+(?!(?:to|into|by)\b)"
                rf"(?:the\s+(?:[\w-]+\s+){{0,2}}?(?:{_alternatives(_TRENDS)})|(?!(?:a|an)\b)(?:[\w-]+\s+){{0,2}}?"
                rf"(?:{_alternatives(_UNCOUNTED_TRENDS)}))"
                rf"(?={_CLAUSE_STOP}|\s+(?:in|across|among|of|for|this|last|with|at|on|since|over|during|"
                r"globally|worldwide)\b)", re.IGNORECASE)),
    ((_words("grip dominance " + _POSITION_NOUNS), _words("as")),
     re.compile(r"\b(?:strengthen|tighten|cement|consolidat|solidif|reinforc|extend|maintain|retain|keep|kept|hold|held)"
                r"[a-z]*\s+(?:its|their|his|her|[\w.-]+['’]s)\s+(?:(?:grip|dominance)\s+as\s+the\b|"
                rf"(?:{_alternatives(_POSITION_NOUNS)})\s+as\s+(?:the\s+)?(?:[\w'’-]+['’]s\s+)?"
                rf"(?:{_NUMBER_ONE}|top|leading|leader|dominant|foremost|premier)\b)", re.IGNORECASE)),
    ((_words("one 1"), _COPULA_WORDS),
     re.compile(rf"\b(?:{_BE}|remain(?:s|ed)?|stay(?:s|ed)?|bec(?:ome|omes|ame))\s+(?:still\s+)?(?:the|its|their)\s+"
                rf"{_NUMBER_ONE}(?=\s+(?!priorit)[a-z])", re.IGNORECASE)),
)
# First or near-first place in other words. Ranking or coming first or top in a ranking or a
# scope: "the town ranks first in the country for recycling", "came top of the league table",
# "ranked top in the survey" (not "came top of the hill", "came first in line"). Second only
# to one other, trailing only one ("is second only to Westia in wind power", "trails only
# Ostland in exports"). No rival near: "no other port comes close". Out-doing all the rest:
# "outsold all its rivals", "outranks every neighbour" (not "outlined all the changes": the
# verbs of out-doing only). Never in a history, inverted: "never in its history has the club
# sold out" (a first).
# Bettered only by a few is near-first place, as "second only to" is: "the town is surpassed
# only by two cities in exports", "was outranked only by Ostland" (it stands alone, _STANDS_ALONE).
_BETTERED = "surpassed exceeded outranked outdone bettered outpaced outsold"
_OUT_VERBS = (
    "outrank outranks outranked outranking outsell outsells outsold outselling outscore outscores "
    "outscored outscoring outgrow outgrows outgrew outgrowing outshine outshines outshone outshining "
    "outnumber outnumbers outnumbered outnumbering outearn outearns outearned outearning"
)
# Coming top with no scope written is first place too, where the clause ends or a margin or
# a figure follows: "the Lowmoor museum comes top", "Kestrel came top with 41%" (not "comes
# first", an idiom of priority: "safety comes first"). Winning a contest in other words:
# "Lowmoor came out on top", and a headline's "puts Lowmoor on top" (a capitalised name
# between the verb and "on top" at the clause's end: not "put the lid on top", "with cheese
# on top").
_TOP_END = rf"(?={_CLAUSE_STOP}|\s+(?:with|again|overall|this|last|for\s+the\s+(?:first|second|third)\b))"
_COMPARISON_SHAPES += (
    ((_words("top"), _words("rank ranks ranked come comes came finish finished finishes")),
     re.compile(rf"\b(?:rank(?:s|ed)?|c(?:ome|omes|ame)|finish(?:es|ed)?)\s+top{_TOP_END}", re.IGNORECASE)),
    ((_words("top"), _words("out")),
     re.compile(rf"\b(?:c(?:ome|omes|ame|oming)|end(?:s|ed)?|finish(?:es|ed)?)\s+out\s+on\s+top{_TOP_END}",
                re.IGNORECASE)),
    ((_words("top"), _words("put puts putting")),
     re.compile(rf"\bput(?:s|ting)?\s+(?-i:[A-Z][\w'’&.-]*)(?:\s+(?-i:[A-Z][\w'’&.-]*)){{0,2}}\s+on\s+top{_TOP_END}",
                re.IGNORECASE)),
)
_COMPARISON_SHAPES += (
    ((_words("first top"), _words("rank ranks ranked ranking come comes came coming finish finished finishes "
                                  "finishing end ended ends place placed")),
     re.compile(r"\b(?:rank(?:s|ed|ing)?|c(?:ome|omes|ame|oming)|finish(?:es|ed|ing)?|end(?:s|ed)?|placed?)\s+"
                r"(?:first|top)\s+(?:of|in|on|among)\s+(?:the|its|their|this|a)\s+(?:[\w'’-]+\s+){0,3}?"
                rf"(?:{_RANKING_NOUNS}|{_PLACE_SCOPES}|surveys?|class|field|group)\b", re.IGNORECASE)),
    ((_words("second trails trailed trailing trail " + _BETTERED), _words("only")),
     re.compile(rf"\b(?:second\s+only\s+to|trail(?:s|ed|ing)?\s+only|(?:{_alternatives(_BETTERED)})\s+only\s+by)\b",
                re.IGNORECASE)),
    ((_words("other"), _words("close")),
     re.compile(r"\bno\s+other\s+(?:[\w'’-]+\s+){1,5}?(?:comes?|came|come)\s+close\b", re.IGNORECASE)),
    ((_words(_OUT_VERBS), _words("all every each rivals competitors peers neighbours neighbors")),
     re.compile(rf"\b(?:{_alternatives(_OUT_VERBS)})\s+(?:all|every|each|(?:its|their)\s+(?:[\w-]+\s+)?"
                r"(?:rivals|competitors|peers|neighbou?rs))\b", re.IGNORECASE)),
    ((_words("never"), _words("history")),
     re.compile(r"\bnever\s+(?:before\s+)?in\s+(?:its|their|his|her|the|[\w'’-]+['’]s)\s+(?:[\w-]+\s+)?history\s+"
                r"(?:has|have|had|was|were|did)\b", re.IGNORECASE)),
)
# More of the degree frame. "Nowhere" with a comparative: "nowhere in the country saw more
# rain", "nowhere were rents higher" (not a stance, "nowhere is this more visible"). More of
# a counted thing than any other peer is first place: "Ostland has more wind farms than any
# other country", "more of the trips were made by tram (61 percent) than in any other
# city" (a plural noun after "more", a bracket between: "more important than any other
# issue" is an opinion). A level not reached since a year, or last reached in one: "sales have not been this
# high since 2009", "prices were last this high in 1990", "a level last seen in 2008" (a
# level's noun before "last seen": "the boat was last seen in 2008" is no claim).
_YEAR = r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[5-9]|20)\d\d(?:s|['’]s)?\b"
# Mass nouns of a measured amount, which "more ... than any other" ranks as a plural does
# ("draws more money than any other sector", "handles more cargo than any other port"; "more
# sense than any other plan" is an opinion).
_MEASURED_MASS = (
    r"(?:money|cash|funding|investment|revenue|income|cargo|freight|rain|rainfall|snow|power|energy|electricity|"
    r"traffic|tonnage|capacity)\b"
)
_COMPARISON_SHAPES += (
    ((_words("nowhere"), _DEGREE_WORDS),
     re.compile(rf"\bnowhere\s+(?:[\w'’-]+\s+){{0,6}}?{_DEGREE}{_NOT_A_BOUND}", re.IGNORECASE)),
    ((_words("more fewer"), _words("any")),
     re.compile(rf"\b(?:more|fewer)\s+(?:of\s+(?:the|its|their)\s+)?(?:[a-z][\w-]*\s+)?(?:[a-z][\w'’-]*[^\Wsu]s|people|"
                rf"{_MEASURED_MASS})(?:\s+(?!(?:more|less|than)\b)[\w'’-]+|\s+\([^()]{{1,40}}\)){{0,12}}?\s+than\s+"
                rf"(?:(?:in|at|for|from|on|by)\s+)?any\s+other\b(?=\s+[a-z]|{_CLAUSE_STOP})",
                re.IGNORECASE)),
    ((_words("since last"), _words("this that so as seen")),
     re.compile(rf"\b(?:(?:not|n['’]t)\s+(?:been\s+)?(?:this|that|so|as)\s+[a-z]+\s+since\s+{_YEAR}|"
                rf"last\s+(?:this|that|so)\s+[a-z]+\s+in\s+{_YEAR}|"
                rf"(?:levels?|highs?|lows?|peaks?|rates?|prices?)\s+last\s+(?:seen|reached|recorded)\s+in\s+{_YEAR})",
                re.IGNORECASE)),
)
# Leadership in other words: dominating a market, a ranking or a flow of money or goods
# ("Kestrel dominates the bike market", "dominated the charts", "wool dominates farm exports";
# not "dominated the news", "the talks"), and being "the leader in" a field, plain or with a
# word of margin or scope ("is the clear leader in tidal power",
# "the undisputed leader in exports"; not a post, "the leader of the council", "the opposition
# leader in parliament").
_COMPARISON_SHAPES += (
    ((_words("dominate dominates dominated dominating"), _words("market markets sector industry ranking rankings "
                                                                 "list chart charts sales investment spending "
                                                                 "exports imports output")),
     re.compile(r"\bdominat(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                rf"(?:markets?|sector|industry|{_RANKING_NOUNS}|sales|investment|spending|exports|imports|output)\b",
                re.IGNORECASE)),
    ((_words("leader"), _words("in")),
     re.compile(r"\bthe\s+(?:(?:clear|runaway|undisputed|outright|overall|global|world|worldwide)\s+)?leader\s+in\b",
                re.IGNORECASE)),
)
# "Worst" ranks as "best" does ("the worst drought in the valley", "the region's worst year for
# sales", "the second-worst harvest", "the worst-performing fund"), with a word after it: not
# its idioms ("the worst is over", "the worst of the storm", "the worst case", "fear the
# worst", "the worst thing about it", "the worst that ..."), nor the described harm
# of "the worst-hit villages" (read above only as the subject of a naming copula).
_COMPARISON_SHAPES += (
    ((_words("worst"), _words("the its their s")),
     re.compile(rf"\b(?:the|its|their|\b(?!{_CONTRACTIONS})[\w.&-]+['’]s)\s+{_BEFORE_SUPERLATIVE}worst(?=[\s-]"
                r"(?!(?:case|cases|of|is|was|are|were|part|parts|thing|things|fears?|yet|that|which|who|hit|affected|"
                r"to|for|in|and|or|possible|kind|sort|way|ways)\b)[a-z])", re.IGNORECASE)),
)
# A counted top of a superlative names a ranking's head: "the top 12 most visited parks are in
# the north", "the top five biggest lenders", or without its article as headlines write it
# ("Survey names top 12 busiest ferry ports") (not "the top 10 firms", a group with no ranking
# word).
_COUNTS = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|hundred)"
_COMPARISON_SHAPES += (
    ((_words("top"), _SUPERLATIVE_WORDS),
     re.compile(rf"\b(?:the\s+)?top\s+{_COUNTS}\s+(?:{_SUPERLATIVES}|worst)\b", re.IGNORECASE)),
)
# Superlatives a headline or a pull quote writes without their article: "one of lowest
# rates in the region" ("one of the lowest" is read by _CLAIMS), an ordinal one in a scope,
# "Ostland is third largest in the world", "fifth-busiest in the country", "third-busiest port
# in Westia" (a named place, not an owner: "in Acme's"; the "-est" forms:
# "one of most people's favourites" is no claim).
_ORDINAL_WORDS = "second third fourth fifth sixth seventh eighth ninth tenth"
_ORDINALS = rf"(?:{_alternatives(_ORDINAL_WORDS)}|\d{{1,2}}(?:st|nd|rd|th))"
# An ordinal superlative without its article: "third largest", "fifth-busiest", "2nd best".
_ORDINAL_SUPERLATIVE = rf"{_ORDINALS}[\s-](?:{_BARE_SUPERLATIVES}|best|worst)"
_COMPARISON_SHAPES += (
    ((_SUPERLATIVE_WORDS, _words("one")),
     re.compile(rf"\bone\s+of\s+(?:{_BARE_SUPERLATIVES}|best|worst)\s+[a-z]", re.IGNORECASE)),
    ((_SUPERLATIVE_WORDS, _words("world country nation region continent globe planet")),
     re.compile(rf"\b{_ORDINAL_SUPERLATIVE}\s+(?:[\w-]+\s+){{0,2}}?in\s+(?:the\s+)?"
                r"(?:world|country|nation|region|continent|globe|planet)\b", re.IGNORECASE)),
    # The ordinal gates the named place: "in" is in most sentences.
    ((_words(_ORDINAL_WORDS) | ORDINAL_SUFFIXES, _words("in")),
     re.compile(rf"\b{_ORDINAL_SUPERLATIVE}\s+(?:[\w-]+\s+){{0,2}}?in"
                r"(?=\s+(?-i:[A-Z])(?![\w.-]*['’]s\b))", re.IGNORECASE)),
)
# A counted top led, or named as the predicate of a copula, is first place in a ranking:
# "Kestrel led the top 10 on 4 titles", "Ostland, Brel and Norland are the top three among
# the exporters" (the count ends its phrase or a preposition follows: not "led the top 10
# managers on a tour", "were the top three officials").
_COMPARISON_SHAPES += (
    ((_words("top"), _words("lead leads led leading head heads headed heading")),
     re.compile(rf"\b(?:lead|leads|led|leading|heads?|headed|heading)\s+the\s+top\s+{_COUNTS}"
                rf"(?={_CLAUSE_STOP}|\s+(?:with|in|of|for|among|list|ranking|chart)\b)", re.IGNORECASE)),
    ((_words("top"), _COPULA_WORDS),
     re.compile(rf"\b{_COPULA}\s+(?:still\s+)?the\s+top\s+{_COUNTS}\s+(?:among|in|of)\b", re.IGNORECASE)),
)
# "The top" one of a kind, singular, in the whole world: "was named the top research lab
# globally", "the top port worldwide" (not a group, "the top officials worldwide").
_COMPARISON_SHAPES += (
    ((_words("top"), _words("globally worldwide world")),
     re.compile(r"\bthe\s+top\s+(?:(?!(?:of|in|on|at|for|the|a|an|and|or)\b)[\w-]+\s+){0,3}?[\w-]*[a-rt-z]\s+"
                r"(?:globally|worldwide|in\s+the\s+world)\b", re.IGNORECASE)),
)
# A superlative over a counted span of years, or since a full date, is a record of that span:
# "the closest pass of the moon in 30 years", "the biggest crowd in over two decades", "our
# busiest spring for three decades", "the wettest May in a decade", "the
# nearest approach by any probe since 4 March 1998" (nearness counts here, where a span
# measures it: "the nearest station" alone ranks nothing). "The least we can do" is an idiom,
# no measure, whatever span follows.
_COMPARISON_SHAPES += (
    ((_SUPERLATIVE_WORDS | _words("closest nearest"), _words("years decades since decade century")),
     re.compile(rf"(?<!\bbeen\s)(?<!\bremained\s)(?<!\bremains\s)(?<!\bstayed\s)"
                rf"\b(?:the|our|its|their)\s+(?:{_BARE_SUPERLATIVES}|best|worst|fewest|least|closest|nearest)\s+"
                r"(?!(?:we|you|i|they|he|she|one)\s+(?:can|could)\b)"
                rf"(?:[\w'’-]+\s+){{0,8}}?(?:(?:in|for)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?"
                rf"(?:{_SPAN_NUMBER}\s+(?:years|decades)|a\s+(?:decade|century))\b|"
                rf"since\s+(?:\d{{1,2}}\s+)?(?-i:{_alternatives(_MONTHS)})\s+(?:\d{{1,2}},?\s+)?(?:1[5-9]|20)\d\d\b)",
                re.IGNORECASE)),
)
# More or less than in any named month is a record against all of them: "takings were higher
# than any March since 1990" (as "than any other spring" above).
_COMPARISON_SHAPES += (
    ((_words("any"), _words(_MONTHS.lower())),
     re.compile(rf"\b(?:more|fewer|less|better|worse|{_COMPARATIVES})\s+(?:[\w'’-]+\s+){{0,12}}?than\s+"
                rf"(?:in\s+|during\s+|for\s+)?any\s+(?:other\s+)?(?-i:{_alternatives(_MONTHS)})\b", re.IGNORECASE)),
)
# The first period since a year is a first in all the years between: "2031 was the first year
# since 2019 without a strike", "the first quarter since 2008 in which sales fell", or since
# the start or end of an event ("the first quarter since the end of a strike with 900
# sales") ("the first year of the plan" dates, _NOT_FIRST).
_COMPARISON_SHAPES += (
    ((_words("first"), _words("since")),
     re.compile(r"\bthe\s+first\s+(?:full\s+)?(?:year|season|quarter|month)\s+since\s+(?:(?:the\s+)?(?:1[5-9]|20)\d\d\b|"
                r"the\s+(?:onset|start|beginning|outbreak|end)\s+of\b)",
                re.IGNORECASE)),
)
# The last change of a kind dated to a year makes the present one the first since: "the last
# fall in wool exports was seen in 2009", "the last time the club won the cup was in 1990"
# (a change or "time" only: "the last meeting was in 2019" dates a meeting).
_CHANGE_NOUNS = "decline declines fall falls drop drops rise rises increase contraction recession time"
_COMPARISON_SHAPES += (
    ((_words("last"), _words(_CHANGE_NOUNS)),
     re.compile(rf"\bthe\s+last\s+(?:[a-z]+\s+)?(?:{_alternatives(_CHANGE_NOUNS)})\s+(?:[\w'’-]+\s+){{0,6}}?"
                r"(?:was|came|occurred|happened)\s+(?:[a-z]+\s+)?in\s+(?:the\s+)?(?:1[5-9]|20)\d\d\b", re.IGNORECASE)),
)
# A name in apposition to "the leading" one is its leader, as "X is the leading maker" says:
# "Kestrel, the leading ferry operator, carried 3 million" (a singular noun closes it: not
# "the leading edge", nor a group, "Brel, the leading exporters' body").
_COMPARISON_SHAPES += (
    ((_words("leading"), _words("the")),
     re.compile(r"(?-i:\b[A-Z][\w'’&.-]*),\s+the\s+leading\s+(?:[a-z][\w-]*\s+)?(?!edge\b)[a-z][\w-]*[a-rt-z](?=\s*,)",
                re.IGNORECASE)),
)
# Last place in a ranking is a claim as first place is: "Bottom of the table was Lowmoor, at
# 12%", "came bottom of the league" (a ranking's noun, or "the pile": not "the bottom of the
# hill", "the bottom of the page").
_COMPARISON_SHAPES += (
    ((_words("bottom"), _words("pile table tables league list ranking rankings standings chart charts index")),
     re.compile(rf"\bbottom\s+of\s+the\s+(?:[\w-]+\s+)?(?:pile|{_RANKING_NOUNS})\b", re.IGNORECASE)),
)
# First place, uniqueness and records said in other words (the shapes readers counted in five
# article sets of news on housing, audiences, farm trade, elections and company results;
# tests/test_extract_claim_words_matrix.py). Each is a tuple of its own, added to the
# comparison shapes.
#
# First place without a superlative. Ranked or rated first, ending its clause or before a
# margin, a scope or a figure: "Eastby ranked first with 3.5 billion in sales", "the port
# ranks first overall", "was rated 1st among the towns" (not "ranked first-round picks", "placed
# first orders", "placed first on the agenda", nor first in a count of fields, "ranks first in
# eight of 78 indicators", where the figure counts the fields, no record); coming or finishing
# first before a figure only: "Kestrel came first with 41%" ("safety comes first" is a
# priority). At number one in a chart or a list: "the single sat at No. 1 for three weeks",
# "with the derby at No.1 and the parade at No.3" (not an address, "at No. 1 Main Street", a
# court or a gate, "at No. 1 Court", nor a seed or a batting order, "seeded at No. 1 for the
# cup", "batting at No. 1 again"). The number one spot taken without its article, as headlines
# write it: "Acme grabs No. 1 spot" (not one lost, "fell from No. 1 spot"). "#1" has no word
# to gate it: left.
_FIGURE_AFTER = r"with\s+(?:[\w'’-]+\s+){0,4}?(?:[A-Z]{1,3}\s?)?[$£€¥₹]?\d"
_FIRST_PLACE_SHAPES: Shapes = (
    ((_words("first st"), _words("rank ranks ranked rated placed")),
     re.compile(r"\b(?:rank(?:s|ed)?|rated|placed)\s+(?:first|1st)\b(?!-)"
                rf"(?={_CLAUSE_STOP}|\s+(?:{_FIGURE_AFTER}|(?:among|overall|globally|nationally|worldwide|again|"
                r"ahead|out\s+of)\b|(?:in|on|for|by)\s+(?!(?:line|time|order|the\s+agenda|\d|one|two|three|four|five|six|seven|eight|"
                r"nine|ten|several|many|most|all)\b)))", re.IGNORECASE)),
    ((_words("first st"), _words("come comes came finish finishes finished end ends ended")),
     re.compile(rf"\b(?:c(?:ome|omes|ame)|finish(?:es|ed)?|end(?:s|ed)?)\s+(?:first|1st)\s+(?={_FIGURE_AFTER})",
                re.IGNORECASE)),
    ((_words("no number"), _words("at")),
     re.compile(rf"(?<!\bseeded\s)(?<!\bbatting\s)(?<!\bbats\s)(?<!\bbatted\s)\bat\s+{_NUMBER_ONE}(?={_CLAUSE_STOP}|\s+(?:with|for|in\s+(?:the|its|their)|on\s+the|again|"
                r"this|last|ahead|among|overall|and\s+(?!(?:[Nn]o\b|#|\d)))\b)", re.IGNORECASE)),
    ((_words(_FIRST_PLACES), _words(_HOLDING_VERBS) | _words("at to into no number")),
     re.compile(rf"{_NOT_LOST}(?<!\bceded\s)"
                rf"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<![\w.#])(?:{_NUMBER_ONE})[\s-]"
                rf"(?:{_alternatives(_FIRST_PLACES)})\b", re.IGNORECASE)),
)
# The leader as the predicate of a copula, with what it leads by: "dried fruit went on as the
# leader, earning 4 billion", "Acme remains the leader with 40% of sales", "the leader
# among the ports" (bare, "Omar remains the leader" is a post; nor "the leader of the party",
# "the leader, with his deputy").
_LEADER_BY = (
    r",?\s+(?:with\s+(?:(?:a|an|about|around|nearly|some|over|more\s+than)\s+)?(?:[A-Z]{1,3}\s?)?[$£€¥₹]?\d|"
    r"(?:accounting|fetching|earning|taking|holding|comprising|contributing|making\s+up|selling|shipping)\b|"
    r"ahead\s+of\b|among\b|in\s+terms\s+of\b|by\s+(?:value|volume|revenue|sales|share|market\s+share)\b)"
)
# The primary buyer or seller of a trade, after "as" or a copula: "Westia kept its
# place as the primary buyer of wool", "Ostland is the main buyer of Eastby tea" (a
# trader's noun: not a post, "joined as the chief buyer", which "chief" names).
_TRADERS = (
    "buyer buyers purchaser purchasers importer importers exporter exporters supplier suppliers producer "
    "producers consumer consumers customer customers seller sellers investor investors lender lenders "
    "grower growers"
)
_FIRST_PLACE_SHAPES += (
    ((_words("leader"), _COPULA_WORDS | _words("be")),
     re.compile(rf"\b(?:{_COPULA}|continued\s+to\s+be)\s+{_STILL_OR_AGAIN}the\s+(?:(?:clear|undisputed|outright|overall|"
                rf"market|runaway)\s+)?leader(?={_LEADER_BY})", re.IGNORECASE)),
    ((_words("primary main principal foremost premier"), _words(_TRADERS)),
     re.compile(rf"\b(?:as|{_COPULA})\s+{_STILL}the\s+(?:primary|main|principal|foremost|premier)\s+"
                rf"(?:{_alternatives(_TRADERS)})\b", re.IGNORECASE)),
)
# Ranks joined by "and" before one superlative are a rank each: "the second and third largest
# buyers", "the second- and third-biggest ports", a writer's "the second and largest importers".
_FIRST_PLACE_SHAPES += (
    ((_SUPERLATIVE_WORDS | _words("worst"), _words("and or")),
     re.compile(rf"\b(?:the|its|their|[\w.-]+['’]s)\s+(?:first|{_ORDINALS})-?\s+(?:and|or|&)\s+(?:{_ORDINALS}[\s-]+)?"
                rf"(?:{_SUPERLATIVES}|worst)\b", re.IGNORECASE)),
)
# "Sole" as "the only": the sole one in a named place or assembly, or among a ranking's head
# ("the sole Green seat in the 34th Assembly", "the sole port in Westia"; not a form of
# owning or acting, "the sole trader in Eastby", "sole custody"); the only or sole change of a
# series ("Eastby had the sole decrease", "the only rise among the ports", ending its clause
# or before a scope). Alone among a counted top named before it: "of the top five worries,
# prices are the only one that grew".
_SOLE_NOT_HEAD = (
    r"(?!(?:traders?|proprietors?|owners?|shareholders?|custody|responsibility|purpose|discretion|agents?|"
    r"rights?|control|charge)\b)"
)
_CHANGES = "decrease decreases decline declines fall falls drop drops rise rises increase increases gain gains"
_FIRST_PLACE_SHAPES += (
    ((_words("sole only"), _words("in among")),
     re.compile(rf"\b[Tt]he\s+(?:only|sole)\s+{_SOLE_NOT_HEAD}(?:{_NOT_A_HEAD}[\w-]+\s+){{0,3}}?{_NOT_A_HEAD}"
                rf"[\w-]+\s+(?:in|among)\s+(?:the\s+)?(?:\d{{1,3}}(?:st|nd|rd|th)\s+(?-i:[A-Z])|"
                r"(?-i:[A-Z])(?![\w.-]*['’]s\b)|(?:country|nation|region|state|city|continent|world|top)\b)")),
    ((_words("sole only"), _words(_CHANGES)),
     re.compile(rf"\b[Tt]he\s+(?:only|sole)\s+(?:[a-z]+\s+)?(?:{_alternatives(_CHANGES)})\b(?!-)"
                rf"(?={_CLAUSE_STOP}|\s+(?:in|among|across|of|on|was|came|were|this|last|since)\b)")),
    ((_words("only sole"), _words("top")),
     re.compile(rf"\b(?:of|among)\s+(?:the\s+|its\s+|their\s+|[\w.-]+['’](?:s\s+|\s+))?top\s+{_COUNTS}\s+"
                rf"(?:[\w'’-]+\s+){{0,3}}?[\w-]+s\s*,\s*(?:[\w'’-]+\s+){{1,8}}?{_COPULA}\s+the\s+(?:only|sole)\b",
                re.IGNORECASE)),
)
# Records in the plural after a word of their kind, seen or reached: "each budget has seen new
# capital spending records", "posted fresh export records" (not documents: "saw new medical
# records"). A level named by the span it is the high or low of, before its noun: "approvals
# stayed at decade-low levels", "rents at 20-year-high levels" (not "a two-year low-interest
# loan").
_SPAN_LEVELS = "level levels price prices rate rates reading readings figure figures value values volume volumes"
_FIRST_PLACE_SHAPES += (
    ((_words("records"), _words("new fresh")),
     re.compile(rf"\b(?:{_alternatives(_RECORD_SEEING)})\s+(?:[\w-]+\s+)?(?:new|fresh)\s+"
                r"(?!(?:medical|patient|health|court|police|criminal|dental|birth|death|marriage|school|student|"
                r"personnel|tax|land|baptism|census)\b)(?:[\w-]+\s+){1,3}?records\b", re.IGNORECASE)),
    ((_words("high low highs lows"), _words(_SPAN_LEVELS)),
     re.compile(rf"\b(?:{_SPAN_NUMBER}[\s-])?(?:year|month|week|quarter|decade|century)[\s-](?:high|low)s?[\s-]"
                rf"(?:{_alternatives(_SPAN_LEVELS)})\b", re.IGNORECASE)),
)
# A superlative a headline writes without its article, after "to" or "at" or a verb of reaching,
# over a period: "Inflation slips to lowest level this year", "Rents at highest level since
# 2009", "Tin slides to lowest price in five years", "Rents hit lowest rate this year" (the
# "-est" forms only, with a period: not "sold to highest bidder", "flat at best this year",
# "people at highest risk this year").
_HEADLINE_REACHING = (
    "to at hit hits reach reaches reached touch touches touched mark marks marked sees saw post posts posted "
    "log logs logged"
)
_FIRST_PLACE_SHAPES += (
    ((_SUPERLATIVE_WORDS, _words(_HEADLINE_REACHING)),
     _started_by(re.compile(rf"\b(?:{_alternatives(_HEADLINE_REACHING)})\s+(?:{_BARE_SUPERLATIVES})\s+"
                r"(?!(?:bidders?|bids?|offers?|risks?|priorit(?:y|ies))\b)(?:[\w'’-]+\s+){0,3}?"
                r"(?:(?:this|last)\s+(?:year|month|season|quarter|week|decade|century)\b|so\s+far\b|"
                r"of\s+the\s+(?:year|month|season|quarter|decade|century)\b|on\s+record\b|ever\b|"
                rf"since\s+(?:the\s+)?(?:1[5-9]|20)\d\d\b|in\s+(?:over\s+)?(?:{_SPAN_NUMBER}|a)\s+"
                r"(?:years?|months?|decades?|weeks?|quarters?)\b)", re.IGNORECASE), _HEADLINE_REACHING)),
)
# Beyond any earlier edition, season or year: "this surpasses the audience of any previous
# edition", "topped all prior seasons" (an edition, an event or a period: not "exceeds the
# needs of any previous owner").
_EDITIONS = (
    rf"(?:{_PERIODS}|editions?|tournaments?|events?|games|finals?|series|campaigns?|versions?|generations?|"
    r"releases?|launches|shows?|festivals?|races?|contests?|competitions?|auctions?|elections?)"
)
_FIRST_PLACE_SHAPES += (
    ((_BEATING_WORDS, _words("previous prior earlier past former")),
     re.compile(rf"\b{_BEATING}\s+(?:[\w'’-]+\s+){{0,6}}?(?:(?:of|in|from|for|at)\s+)?(?:any|all)\s+"
                rf"(?:(?:the|its|their)\s+)?(?:previous|prior|earlier|past|former)\s+(?:[\w-]+\s+)?{_EDITIONS}\b",
                re.IGNORECASE)),
)
# A high or low reached by a verb of change with its object: "the mine lifted its crews
# to a high of 7,300 in 2031", "cut staff to a low of 40", "grew to a high of 9" (past or
# present: not a forecast, "is expected to rise to a high of 30", "will lift it to a high of").
_FIRST_PLACE_SHAPES += (
    ((_words("high low peak"), _words("of")),
     re.compile(r"(?<!\bwill\s)(?<!\bto\s)\b(?:[a-z]+ed|grew|rose|fell|drove|took|sent|brought|built|swelled|"
                r"cut|lifted|pushed|raised)\s+(?:(?!(?:to|will|would|could|may|might)\b)[\w'’-]+\s+){0,3}?to\s+"
                r"(?:a|an)\s+(?:high|low|peak)\s+of\b", re.IGNORECASE)),
)
_COMPARISON_SHAPES += _FIRST_PLACE_SHAPES
# A named owner's top performer is its first, as "the top exporter" is: "Ostland's top wine
# producer", "Acme's top seller this year" (an agent of _TOP_AGENTS, one word of its trade
# between: not a post, "Acme's top executive", nor a group, "Ostland's top producers").
_COMPARISON_SHAPES += (
    ((_words("top"), _words(_TOP_AGENTS)),
     re.compile(rf"{_NAMED_OWNER}\s+top\s+(?:[a-z][\w-]*\s+)?(?:{_alternatives(_TOP_AGENTS)})\b")),
)
# Membership of a counted top is a rank in it: "9 of the 12 wettest years", "one of the
# decade's 20 biggest deals" (a count, "of", the superlative's owner, then the top's count).
_COMPARISON_SHAPES += (
    ((_SUPERLATIVE_WORDS | _words("worst"), _words("of")),
     re.compile(rf"\b(?:one|{_COUNTS})\s+of\s+(?:the|its|their|[\w.-]+['’]s)\s+(?:[\w-]+['’]s\s+)?{_COUNTS}\s+"
                rf"(?:{_SUPERLATIVES}|worst)\b", re.IGNORECASE)),
)
# Among the top ones as the predicate of a copula is a rank, as "one of the top" is:
# "Ostland and Brel were among the top buyers", "the port is among the leading hubs" (not a
# post, "among the top officials"; nor "talks among the top firms", no copula; an owner's
# superlative after "among" stays a group's description, _group_described).
_COMPARISON_SHAPES += (
    ((_words("top leading"), _words("among")),
     re.compile(rf"\b{_COPULA}\s+(?:still\s+|now\s+|also\s+)?among\s+(?:the\s+)?(?:[\w.-]+['’]s\s+)?"
                rf"(?:top|leading)(?=\s+(?!(?:{_PERSON_POSTS})\b)[a-z])",
                re.IGNORECASE)),
)
# A previous peak named as the subject of its clause is a record's old mark: "the earlier
# high was 9.1 metres", "the previous best stood at 40" (it stands alone, _STANDS_ALONE: the
# figure is the old mark; "than the prior peak of 2019" is read with its own claim).
_COMPARISON_SHAPES += (
    ((_words("previous prior earlier former"), _words("peak peaks high highs best maximum")),
     re.compile(rf"\bthe\s+{_PREVIOUS_PEAK}(?=\s+(?:was|is|stood|stands|came|had\s+been)\b)",
                re.IGNORECASE)),
)
# An ordinal superlative as the predicate of a copula, ending its clause or before its noun, is
# a rank: "the north line was second-busiest, carrying ...", "Eastby is third-busiest port", and
# after "now" where a headline drops the copula ("Eastby now third-busiest port") (not "finished
# third highest of the 9 teams").
_COMPARISON_SHAPES += (
    ((_SUPERLATIVE_WORDS, _COPULA_WORDS | _words("now")),
     re.compile(rf"\b(?:{_COPULA}|now)\s+(?:now\s+)?{_ORDINAL_SUPERLATIVE}"
                rf"(?={_CLAUSE_STOP}|\s+[a-z])", re.IGNORECASE)),
)
# The least or fewest of something in a place, as "the most rain" is a claim (_CLAIMS): "the
# town got the least snow in the county"; the most or least "in any" part or period, without
# its article too ("12 mm on Monday, most in any district") (not "in any case", "in any way").
_LOCAL_SCOPES = r"(?:city|country|nation|region|state|county|town|province|district|area|world)"
_COMPARISON_SHAPES += (
    ((_words("least fewest"), _words("in")),
     re.compile(rf"\bthe\s+(?:least|fewest)\s+(?:[a-z][\w-]*\s+)?in\s+the\s+{_LOCAL_SCOPES}\b", re.IGNORECASE)),
    ((_words("most least fewest"), _words("any")),
     re.compile(r"\b(?:the\s+)?(?:most|least|fewest)\s+(?:[a-z][\w-]*\s+)?in\s+any\s+"
                r"(?!(?:case|event|way|form|sense|manner|other)\b)(?=[a-z])", re.IGNORECASE)),
)
# Superlatives in other words, without "-est" or "most": "main", "principal", "chief",
# "leading", "foremost" and "primary" rank as "biggest" does where a frame makes them a rank.
# One of a group's first: "wool is one of the main earners of the valley", "one of the principal
# routes" (a noun must follow: not "one of the main ones", nor a post, "one of the chief
# executives"). The one first in a scope, as the predicate of a copula: "Westia is the
# principal buyer of wool in the region", "rice is the main crop in Eastby", "tourism constitutes
# the main source of income in Westia" (the scope must be
# written: "the main reason is cost" and "the chief executive is here" rank nothing). A place's
# own main one is left ("the city's main dam" names its chief one, which readers do not count).
_RANK_ADJECTIVES = "main principal chief leading foremost primary premier"
_SCOPE_AFTER = (
    r"(?:[\w'’-]+\s+){0,6}?(?:in|for|across|within)\s+(?:the\s+)?(?:(?:world|country|nation|region|continent|globe|planet|state|"
    r"city|market|industry|sector)\b|(?=(?-i:[A-Z])(?!\w*['’]s\b)))"
)
_COMPARISON_SHAPES += (
    ((_words(_RANK_ADJECTIVES), _words("one")),
     re.compile(rf"\bone\s+of\s+(?:the|its|their|[\w.-]+['’]s)\s+(?:{_alternatives(_RANK_ADJECTIVES)})"
                rf"(?=\s+(?!(?:{_PERSON_POSTS}|ones|two|three|four|five|ten)\b)[a-z])", re.IGNORECASE)),
    ((_words(_RANK_ADJECTIVES), _COPULA_WORDS | _words("constitute constitutes constituted represent represents "
                                                        "represented")),
     re.compile(rf"\b(?:{_COPULA}|constitut(?:e|es|ed)|represent(?:s|ed)?)\s+{_STILL}the\s+(?:main|principal|chief|leading|foremost|primary|premier)\s+"
                rf"(?!(?:{_PERSON_POSTS}|reason|reasons|aim|goal|problem|concern|issue|question|of)\b)[a-z][\w-]*\s+{_SCOPE_AFTER}",
                re.IGNORECASE)),
)
# A rank among "leading" ones is an ordinal superlative, as "the second-largest" is: "the
# second-leading cause of loss", "the region's fifth leading exporter" (not "the leading edge").
_COMPARISON_SHAPES += (
    ((_words("leading"), _words(_ORDINAL_WORDS) | ORDINAL_SUFFIXES),
     re.compile(rf"\b(?:the|its|their|[\w.-]+['’]s)\s+{_ORDINALS}[\s-]leading(?=\s+(?!edge\b)[a-z])", re.IGNORECASE)),
)
# The hardest or worst hit as the predicate of a copula ranks its subject among the rest:
# "Westia was the hardest-hit province", "the coast is the worst-affected area" (the attributive
# one as a subject, "the worst-hit villages got pumps", only describes them; nor a blow, "was
# the hardest hit of his career").
_COMPARISON_SHAPES += (
    ((_words("hit affected"), _words("hardest worst most")),
     re.compile(rf"\b{_COPULA}\s+(?:still\s+|now\s+|also\s+)?(?:the|its|their)\s+{_HARM}"
                r"(?=\s+(?!(?:of|to|that|which|was|is)\b)[a-z])", re.IGNORECASE)),
)
# Struck most, as the predicate of a copula, ranks its subject as "the hardest hit" does: "the
# ferry trade was most affected by the storm", "farms were worst hit in the north" (not "those
# most affected", no copula).
_COMPARISON_SHAPES += (
    ((_words("hit affected"), _words("is are was were")),
     re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+|still\s+)?(?:the\s+)?(?:most|worst|hardest)[\s-](?:affected|hit)"
                rf"(?={_CLAUSE_STOP}|\s+(?:by|in|among|of\s+all)\b)", re.IGNORECASE)),
)
# Last place in a ranking, as first place is: "the town came in last", "Eastby finished last
# among the ports", "ranked last in the survey" (ending its clause, or before a scope; not a
# part of time, "came in last night", "finished last week", "ranked last year").
_COMPARISON_SHAPES += (
    ((_words("last"), _words("come comes came finish finishes finished rank ranks ranked place placed placing")),
     re.compile(r"\b(?:c(?:ome|omes|ame)|finish(?:es|ed)?|rank(?:s|ed)?|plac(?:ed|ing))\s+(?:in\s+)?(?:dead\s+)?last"
                rf"(?={_CLAUSE_STOP}|\s+(?:among|of\s+(?:the|all)|out\s+of|in\s+(?:the|a|its|their)\s+"
                rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_RANKING_NOUNS}|surveys?|stud(?:y|ies)|reports?|field|group|class|"
                r"world|country|region)\b|with)\b)", re.IGNORECASE)),
)
# The least of something in a named place, as "the least snow in the county" is (above): "the
# winter with the least snowfall in the Westia hills" (a capitalised place: not "the least we can do").
_COMPARISON_SHAPES += (
    ((_words("least fewest"), _words("in")),
     re.compile(r"\bthe\s+(?:least|fewest)\s+(?!(?:we|you|i|they|he|she|one)\b)(?:[a-z][\w-]*\s+)?in"
                r"(?=\s+(?:the\s+)?(?-i:[A-Z]))", re.IGNORECASE)),
)
# "No other" one doing a thing as its subject does is uniqueness: "no other port handles
# cargo the way Lowmoor does", "no other firm sells as many bikes as Acme" (a verb, then a
# manner or an amount compared: "no other firm commented", "no other details were given" rank
# nothing).
_COMPARISON_SHAPES += (
    ((_words("other"), _words("no")),
     re.compile(rf"\bno\s+other\s+(?!{_MEANS}\b)(?:[\w'’-]+\s+){{1,4}}?(?!(?:is|are|was|were|has|have|had)\b)[a-z]+s?\s+"
                r"(?:[\w'’-]+\s+){0,4}?(?:the\s+way|like|as\s+(?:many|much|well|often|fast|far))\b",
                re.IGNORECASE)),
)
# A level matched only in a past period is a record since then: "fares are as low today as in
# the 1950s", "orders are as brisk as they have been since before the slump", "a rally not
# seen since the golden days of 1987", "a height not seen since the Great Depression" (a year, a
# decade or a named era of crisis: not a day, "as high as it was in May", nor a person, "not
# seen since the weekend").
_ERA = (
    rf"(?:(?:[\w'’-]+\s+){{0,4}}?(?:of|in)\s+{_YEAR}|{_YEAR}|(?:[\w'’-]+\s+){{0,3}}?"
    r"(?:war|recession|depression|crisis|crash|pandemic|slump|downturn|boom|bubble)\b)"
)
_COMPARISON_SHAPES += (
    ((_words("as"), _words("since in")),
     re.compile(rf"\bas\s+[a-z]+\s+(?:now\s+|today\s+)?as\s+(?:(?:it|they|we|[a-z]+)\s+)?"
                rf"(?:(?:ha(?:s|ve|d)\s+)?been|was|were|is|are)?\s*(?:since\s+(?:before\s+)?|in\s+)(?:the\s+)?{_ERA}",
                re.IGNORECASE)),
    ((_words("seen unseen unmatched unsurpassed unequalled unequaled"), _words("since")),
     re.compile(rf"\b(?:not\s+(?:been\s+)?seen|unseen|unmatched|unsurpassed|unequall?ed)\s+since\s+(?:before\s+)?"
                rf"(?:the\s+)?{_ERA}", re.IGNORECASE)),
)
# First place retaken or held, in a headline's metaphor: "Westia reclaims throne in orders",
# "Acme regains the crown", "keeps its crown as the top seller" (verbs of winning back or
# keeping, before a measure or at the clause's end: not a monarch's, "took the throne in 1990",
# "heir to the throne", nor "the crown jewels").
_CROWN_VERBS = (
    "reclaim reclaims reclaimed reclaiming regain regains regained regaining retake retakes retook retaking "
    "retain retains retained retaining keep keeps kept keeping snatch snatches snatched snatching defend defends "
    "defended defending win wins won winning claim claims claimed claiming"
)
_COMPARISON_SHAPES += (
    ((_words(_CROWN_VERBS), _words("crown throne crowns")),
     re.compile(rf"\b(?:{_alternatives(_CROWN_VERBS)})\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:crowns?|throne)"
                rf"(?={_CLAUSE_STOP}|\s+(?:in|as|for|of|from|with|after|among)\b)", re.IGNORECASE)),
)
# An adverb "most" before a perfect verb ranks who did it most: "the farmers who have most
# suffered", "the towns that have most benefited from the rise" (not "has most recently", nor
# "who most need help"); after a verb of harm or gain at its clause's end: "Lowmoor suffered
# most", "benefited the most from the rise" (not "lost most of its value").
_NOT_DEGREE_ADVERB = r"(?!(?:recently|likely|often|commonly|probably|certainly|notably|importantly|frequently)\b)"
_COMPARISON_SHAPES += (
    ((_words("most"), _words("have has had")),
     re.compile(rf"\bha(?:ve|s|d)\s+most\s+{_NOT_DEGREE_ADVERB}[a-z]+(?:ed|en)\b", re.IGNORECASE)),
    ((_words("most"), _words("suffered suffer suffers benefited benefitted benefit benefits lost gained hurt")),
     re.compile(r"\b(?:suffer(?:s|ed)?|benefit(?:s|ed|ted)?|lost|gained|hurt)\s+(?:the\s+)?most"
                rf"{_CLAUSE_END}", re.IGNORECASE)),
)
# Arriving at the top of a ranking is first place in it, as climbing to it is: "the single opened
# top of the sales charts", "debuted at the top of the rankings" (not "landed on top of the hill").
_ARRIVING = "open opens opened debut debuts debuted enter enters entered land lands landed"
_COMPARISON_SHAPES += (
    ((_words("top"), _words(_ARRIVING)),
     re.compile(rf"\b(?:{_alternatives(_ARRIVING)})\s+(?:at\s+|on\s+)?(?:the\s+)?top\s+of\s+(?:the\s+)?"
                rf"(?:[\w'’-]+\s+){{0,2}}?{_RANKING_NOUNS}\b", re.IGNORECASE)),
)
# As high as ever is a level matched only at its peak: "turnout remains as high as ever", "the
# river is as low as ever" (a measure: not "as good as ever" or "as important as ever", a
# judgement).
_COMPARISON_SHAPES += (
    ((_words("ever"), _words("as")),
     re.compile(rf"\bas\s+(?!(?:{_STANCE}|good|well|bad|ever)\b)[a-z]+\s+as\s+ever\b", re.IGNORECASE)),
)
# Leading "on" a world-wide measure, as "leads in" does: "Westia-based firms lead on global
# solar patents" (a word of world scope must follow: "she will lead on the project" is a post).
_COMPARISON_SHAPES += (
    ((_words("lead leads led leading"), _words("global world worldwide international")),
     re.compile(r"\b(?:lead|leads|led)\s+on\s+(?:the\s+)?(?:global|world|worldwide|international)\b", re.IGNORECASE)),
)
# First place as a position held, in the nouns of rank: "sits at the top of the rankings",
# "sat at the helm of its market", "remains top of the table", "stays top", "is on top with 40
# seats", "in first place in the standings", "in pole position in the market" (a ranking, a
# market or a trade after "of": not "at the top of the hill", "at the helm of a firm", a post,
# "at the head of the table", a seat, nor "on top of the list", an idiom of adding; nor "in pole
# position to win", a hope).
_MARKETS = r"(?:markets?|industry|sector|field|pack)"
_COMPARISON_SHAPES += (
    ((_words("top helm head summit pinnacle"), _words("of")),
     _started_by(re.compile(rf"\b(?:at\s+the\s+(?!head\s+of\s+the\s+table\b)(?:top|helm|head|summit|pinnacle)|"
                            rf"(?:{_COPULA}|sits?|sat|sitting)\s+{_STILL}top)\s+of\s+(?:the|its|their|this)\s+"
                            rf"(?:[\w'’-]+\s+){{0,3}}?"
                            rf"(?:{_RANKING_NOUNS}|{_MARKETS})\b", re.IGNORECASE),
                 "at is are was were remain remains remained stay stays stayed become becomes became "
                 "continue continues sit sits sat sitting")),
    ((_words("top"), _COPULA_WORDS | _words("sit sits sat")),
     _started_by(re.compile(rf"\b(?:remains?|remained|stays?|stayed|sits?|sat)\s+(?:still\s+)?top(?:{_TOP_END}|\s+in\b)"
                            rf"|\b(?:is|are|was|were)\s+{_STILL}on\s+(?:the\s+)?top\s+(?:with|again|overall)\b",
                            re.IGNORECASE), "remain remains remained stay stays stayed sit sits sat is are was were")),
    ((_words("place position spot"), _words("first top pole")),
     re.compile(rf"\bin\s+(?:first|top)\s+(?:place|position|spot)(?={_CLAUSE_STOP}|\s+(?:in|among|with|on|"
                r"of|for|again|overall)\b)|\bin\s+pole\s+position\b(?!\s+(?:to|for)\b)", re.IGNORECASE)),
)
# Ahead of all the rest is first place: "Acme is ahead of all its rivals", "ahead of every other
# port" (the rest named: not "ahead of all the talks", a time).
_COMPARISON_SHAPES += (
    ((_words("ahead"), _words("all every each")),
     re.compile(r"\bahead\s+of\s+(?:all|every|each)\s+(?:(?:its|their|the)\s+)?(?:other\s+[a-z]|others\b|"
                r"(?:[\w-]+\s+)?(?:rivals|competitors|peers|neighbou?rs)\b)", re.IGNORECASE)),
)
# A bare superlative after "with", as a headline or a table's caption drops the article: "the
# town with highest rents was Eastby" (as "the town with the highest rents"; the "-est" forms
# only: "with best wishes").
_COMPARISON_SHAPES += (
    ((_SUPERLATIVE_WORDS, _words("with")),
     re.compile(rf"\bthe\s+[a-z][\w-]*\s+with\s+(?:{_BARE_SUPERLATIVES})\s+(?-i:[a-z])", re.IGNORECASE)),
)
# A peak owned by anyone is its highest, as "its peak" is: "the ferry line's peak sales month",
# "Acme's peak output" (not a machine's rating or a busy time, _NOT_PEAK: "the city's peak hours").
_COMPARISON_SHAPES += (
    ((_words("peak"), _words("s")), re.compile(rf"\b[\w-]+['’]s\s+peak\b{_NOT_PEAK}", re.IGNORECASE)),
)
# Uniqueness in a present verb: "no other port releases a figure beyond tonnage", "no other bank
# offers such rates" (a present verb and its object: not "no other details were given", "no other
# major towns were flooded", "no other firm commented", a one-off event). Nobody ever having done
# more: "nobody has ever crossed the strait faster", "no one has ever sold as many", as "no port
# has ever ..." is above; "no other firm has done this".
_COMPARISON_SHAPES += (
    ((_words("other"), _words("no")),
     re.compile(rf"\bno\s+other\s+(?!{_MEANS}\b)(?:[\w'’-]+\s+){{1,3}}?"
                r"(?!(?:is|was|has|does|says|news|means|series|species)\b)[a-z]+[^\Ws]s\s+"
                r"(?:a|an|the|its|their|such|this|that|these|any|more|so)\b", re.IGNORECASE)),
    ((_words("ever"), _words("nobody one")),
     re.compile(r"\b(?:nobody|no[\s-]one)\s+(?:else\s+)?(?:has|have|had)\s+ever\s+(?:[\w'’-]+\s+){0,3}?"
                rf"(?:(?:this|that|so|as)\s+(?:many|much)\b|{_DEGREE}){_NOT_A_BOUND}", re.IGNORECASE)),
    ((_words("other"), _words("done achieved managed matched equalled equaled")),
     re.compile(r"\bno\s+other\s+(?:[\w'’-]+\s+){1,5}?(?:has|have|had)\s+(?:ever\s+)?"
                r"(?:done|achieved|managed|matched|equall?ed)\s+(?:this|that|so|it)\b", re.IGNORECASE)),
)
# "The only" or "the sole" one that does a thing, in a relative clause as in the infinitive
# above: "the only firm that offers the service", "the only country that has voted no" (not a
# means, "the only thing that matters", nor a subject after "that", "the only one that we have",
# nor possession, "the only one that has a key").
_COMPARISON_SHAPES += (
    ((_words("only sole"), _words("that which who")),
     re.compile(rf"\b[Tt]he\s+(?:only|sole)\s+(?:{_NOT_A_HEAD}[\w-]+\s+){{0,3}}?{_NOT_A_HEAD}[\w-]+\s+(?:that|which|who)\s+"
                r"(?:(?:has|have)\s+(?:ever\s+)?[a-z]+(?:ed|en|wn|ne)\b|(?:ever\s+)?(?!(?:is|are|was|were|has|have|had|"
                r"does|do|did|can|could|will|would|may|might|must|should|we|you|i|they|he|she|it|this|its)\b)"
                r"[a-z]+(?:s|ed)\b)")),
)
# A first over a counted span, whoever owns it: "the towns' first rise in over 20 years", "their
# first drift in the open sea in more than 80 years" (not "the first payment in 3 years of a
# loan", a part of its term).
_COMPARISON_SHAPES += (
    ((_words("first"), _words("years decades decade century")),
     re.compile(rf"\bfirst\b{_NOT_FIRST}\s+(?:[\w'’-]+\s+){{0,8}}?in\s+(?:over\s+|more\s+than\s+|nearly\s+|"
                rf"almost\s+|about\s+)?(?:{_SPAN_NUMBER}\s+(?:years|decades)|a\s+(?:decade|century))\b(?!\s+of\b)",
                re.IGNORECASE)),
)
# Struck hardest, after its verb, ranks its subject as "the hardest hit" does: "the coast was
# hit hardest by the storm", "farms were hit the hardest" (ending its clause or before a scope).
_COMPARISON_SHAPES += (
    ((_words("hardest worst"), _words("hit affected struck")),
     re.compile(rf"\b(?:hit|affected|struck)\s+(?:the\s+)?(?:hardest|worst)(?={_CLAUSE_STOP}|\s+(?:by|in|among|"
                r"of\s+all)\b)", re.IGNORECASE)),
)
# More than ever of an amount: "more of them than ever were sold", "towns now spend more than
# ever" (a verb of money or goods: not "we need it more than ever", a feeling).
_AMOUNT_VERBS = (
    "spend spends spent spending invest invests invested investing sell sells sold selling buy buys bought "
    "buying earn earns earned earning produce produces produced producing export exports exported exporting "
    "import imports imported importing borrow borrows borrowed borrowing save saves saved saving raise raises "
    "raised raising ship ships shipped shipping"
)
_COMPARISON_SHAPES += (
    ((_words("ever"), _words("than")),
     re.compile(rf"\bmore\s+of\s+(?:it|them|this|that|these|those)\s+than\s+ever\b|"
                rf"\b(?:{_alternatives(_AMOUNT_VERBS)})\s+more\s+than\s+ever\b", re.IGNORECASE)),
)
# Leader of a scope, taken or kept "as" it: "passing its rival as continent leader", "overtook
# Brel as market leader" (a scope word: not "elected as party leader", a post).
_COMPARISON_SHAPES += (
    ((_words("leader"), _words("as")),
     re.compile(r"\bas\s+(?:the\s+)?(?:world|global|market|industry|continent|continental|regional)\s+leader\b",
                re.IGNORECASE)),
)
# "The only" one in a named place is unique there, as "the only ... in the world" is: "it is the
# only deep-water port in Westia" (a capitalised place, not an owner: "the only way in", a means,
# stays out).
_COMPARISON_SHAPES += (
    ((_words("only"), _words("in")),
     re.compile(rf"\b[Tt]he\s+only\s+(?:{_NOT_A_HEAD}[\w-]+\s+){{0,3}}?{_NOT_A_HEAD}[\w-]+\s+in\s+(?:the\s+)?"
                r"(?:[A-Z](?![\w.-]*['’]s\b)|(?:country|nation|region|state|city|continent)\b)")),
)
# No larger one known is the largest known: "hardly any older coins are known in the valley", "no
# bigger find is known" (not "no larger than a coin", a size).
_COMPARISON_SHAPES += (
    ((_words("known"), _words("no hardly scarcely")),
     re.compile(rf"\b(?:no|hardly\s+any|scarcely\s+any)\s+(?:[a-z]+\s+)?(?:{_COMPARATIVES})\s+(?:[\w'’-]+\s+){{0,5}}?"
                r"(?:is|are|was|were)\s+known\b", re.IGNORECASE)),
)
# First place reached or held in other words: "sits atop the rankings" (a ranking or a market
# after it: not "a hut atop the hill"); "moved into first place", "pipped Brel to top spot" (a
# verb of rising or winning before it: not "promoted to the top post"); "world number one", "the
# world No. 1" (first in all of it, as an owner's number one is).
_ATOP_NOUNS = _words(_LISTS) | _words("market markets industry sector field pack")
_RISING = r"(?:mov|ris|rose|climb|jump|return|surg|pip|leap|shot|vault|edg|storm|catapult|soar)[a-z]*"
_COMPARISON_SHAPES += (
    ((_words("atop"), _ATOP_NOUNS),
     re.compile(rf"\batop\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_RANKING_NOUNS}|{_MARKETS})\b", re.IGNORECASE)),
    ((_words("spot place position slot"), _words("top first pole")),
     re.compile(rf"\b{_RISING}\s+(?:[\w'’-]+\s+){{0,3}}?(?:to|into|for)\s+(?:the\s+)?(?:top|first|pole)\s+"
                r"(?:spot|place|position|slot)\b", re.IGNORECASE)),
    ((_words("world"), _words("one no")),  # the sentence's words hold "no" of "No. 1", not its digit
     re.compile(rf"\bworld\s+{_NUMBER_ONE}", re.IGNORECASE)),
)
# Beyond all the rest is first place, and beyond all but a few a place near it: "farms drew
# more money than all but one other sector", "Acme sold more bikes than all its rivals", "the
# port is larger than all the others" (a comparative, then the rest named: not "more than all
# of us expected", "than all that"). Faring better or worse than any or all of the others ranks
# as a superlative does: "the young fared better than any other age group" (a verb of
# performing: "the plan is better than any other option" is an opinion).
_ALL_THE_REST = (
    rf"all\s+(?:but\s+(?:one|two|three|four|five|a\s+few|\d{{1,2}})\s+)?(?:(?:the\s+)?others\b|"
    rf"(?:the\s+)?other(?=\s+[a-z]|{_CLAUSE_STOP})|"
    r"(?:the|its|their)\s+(?:[\w-]+\s+)?(?:rivals|competitors|peers|neighbou?rs)\b|the\s+rest\b)"
)
_COMPARISON_SHAPES += (
    ((_words("all"), _DEGREE_WORDS),
     re.compile(rf"\b(?:more|fewer|less|{_COMPARATIVES})\s+(?:[\w'’-]+\s+){{0,12}}?than\s+{_ALL_THE_REST}",
                re.IGNORECASE)),
    ((_words("better worse"), _words(_PERFORMING + " did do does done")),
     re.compile(rf"\b(?:{_alternatives(_PERFORMING)}|did|do|does|done)\s+(?:[\w'’-]+\s+){{0,3}}?(?:better|worse)\s+than\s+"
                rf"(?:any\s+other(?=\s+[a-z])|{_ALL_THE_REST})", re.IGNORECASE)),
)
# Beyond all the past in other words: "sold more tickets than any session before it", "the
# order was bigger than any previous order", "spent more than any previous government", "turnout
# was higher than in any previous election", an apposition between: "emitted more ash, a
# toxic dust, than any previous year" (any
# one of its kind before it: not "more than any one person can carry", a bound).
_COMPARISON_SHAPES += (
    ((_words("any"), _words("before")),
     re.compile(rf"\b(?:more|fewer|less|{_COMPARATIVES})\s+(?:[\w'’-]+\s+){{0,12}}?than\s+any\s+(?:other\s+)?"
                r"(?:[\w-]+\s+){0,2}?before\s+(?:it|them|this|that|him|her)\b", re.IGNORECASE)),
    ((_words("any"), _words("previous prior earlier")),
     re.compile(rf"\b(?:more|fewer|less|{_COMPARATIVES})\s+(?:[\w'’-]+,?\s+){{0,12}}?than\s+(?:(?:those|that)\s+of\s+|"
                r"(?:in|at|during|for)\s+)?any\s+(?:previous|prior|earlier)\b", re.IGNORECASE)),
)
# "More" of a measure "than ever" is a level above all the past, as "higher than ever" is: "the
# market is more competitive than ever", "fares are more expensive than ever" (not a stance or
# a judgement, "more important than ever", "more difficult than ever", nor "more so than ever";
# "more than ever needed" has no measure).
_JUDGEMENT = (
    r"(?:difficult|hard|easy|likely|unlikely|challenging|complex|complicated|dangerous|uncertain|precarious|fragile|"
    r"divided|polari[sz]ed|worried|concerned|anxious|interested|engaged|motivated|united|connected|focused|willing|"
    r"open|valuable|useful|appealing|attractive|exciting|powerful|so|and|of|than)"
)
_COMPARISON_SHAPES += (
    ((_words("ever"), _words("more")),
     re.compile(rf"\bmore\s+(?!(?:{_STANCE}|{_JUDGEMENT})\b)[a-z][\w-]*\s+than\s+ever\b", re.IGNORECASE)),
)
# The highest or lowest over a counted span or since a year, without its article as headlines
# write it: "Output highest in 18 months", "rents lowest for a decade", "exports at highest level
# since 2008" ("the highest in 18 months" is read by _CLAIMS; not "fastest in a year of cuts",
# nor a state that lasted, "has remained largest since 2019"). Every superlative here ends in "st": testing that
# first lets the engine skip most words before trying the list.
_COMPARISON_SHAPES += (
    ((_SUPERLATIVE_WORDS, _words(_SPANS + " since")),
     _started_by(re.compile(rf"(?<!\bbeen\s)(?<!\bremained\s)(?<!\bremains\s)(?<!\bremain\s)(?<!\bstayed\s)"
                rf"\b(?=[a-z]+st\b)(?:{_BARE_SUPERLATIVES}|best|worst)\s+(?:[\w'’-]+\s+){{0,3}}?(?:(?:in|for)\s+(?:over\s+|"
                rf"more\s+than\s+|nearly\s+|almost\s+|about\s+)?(?:{_SPAN_NUMBER}|a)\s+(?:years?|months?|weeks?|decades?|"
                rf"quarters?|century)\b(?!\s+(?:of|when|that|where|in\s+which)\b)|since\s+{_YEAR})", re.IGNORECASE),
                 " ".join(_BARE_SUPERLATIVES.split("|")) + " best worst")),
)
# The only one with a change or an amount no other has is unique, as "the only one to" is:
# "Westia was the only province with a decrease", "the only town in the county with more than
# 10,000 homes" (not possession, "the only one with a key", "the only room with a view").
_CHANGES_HELD = (
    r"(?:rises?|increases?|decreases?|declines?|falls?|drops?|gains?|loss(?:es)?|growth|surplus(?:es)?|deficits?|"
    r"contractions?|surges?|jumps?|majorit(?:y|ies)|profits?)"
)
_COMPARISON_SHAPES += (
    ((_words("only sole"), _words("with")),
     re.compile(rf"\b[Tt]he\s+(?:only|sole)\s+(?:{_NOT_A_HEAD}[\w-]+\s+){{0,3}}?{_NOT_A_HEAD}[\w-]+\s+"
                rf"(?:(?:in|among|across|of)\s+(?:[\w'’-]+\s+){{1,5}}?)?with\s+(?:(?:a|an|any)\s+)?"
                rf"(?:(?:[\w-]+\s+){{0,2}}?{_CHANGES_HELD}\b|(?:more|fewer|less|higher|lower|over|above|below|under)\b)"
                rf"|\b[Tt]he\s+(?:only|sole)\s+(?:{_NOT_A_HEAD}[\w-]+\s+){{0,3}}?{_NOT_A_HEAD}[\w-]+\s+"
                r"(?:(?:in|among|across|of)\s+(?:[\w'’-]+\s+){1,5}?)?with(?=\s+[$£€]?\d)")),
)
# Records named by a copula, plural, with the span or scope they are records of: "sales and
# profits were both one-year records", "both times are national records", and without the copula
# as headlines write it ("Sales, profits both one-year records") ("new records" and
# "all-time records" are read above; not "the files were medical records", nor the records a
# company, a state or a person keeps).
_RECORD_SCOPES = (
    rf"(?:{_SPAN_NUMBER}[\s-](?:year|month|week|decade|day|quarter|season)|club|national|world|league|career|season|"
    r"continental|meet|course)"
)
_COMPARISON_SHAPES += (
    ((_words("records"), _COPULA_WORDS | _words("be been both")),
     re.compile(rf"\b(?:(?:{_COPULA}|be|been)\s+(?:(?:both|all|also|each|now|still)\s+)*|both\s+)(?:(?:new|fresh)\s+)?"
                rf"{_RECORD_SCOPES}[\s-]records\b", re.IGNORECASE)),
)
# A record level reached in a metaphor: "exports reach new heights", "fares soared to new
# heights", "investment has reached new levels" (a verb of reaching or rising: not "a fear of
# heights", "the new heights of the towers"; new levels only ending the clause: not "reached new
# levels of cooperation").
_COMPARISON_SHAPES += (
    ((_words("heights levels"), _words("new")),
     re.compile(r"\b(?:(?:reach|hit|scal|touch)[a-z]*|(?:ris|rose|soar|climb|surg|jump|shot|leap)[a-z]*\s+to)\s+"
                rf"new\s+(?:heights\b|levels(?={_CLAUSE_STOP}))", re.IGNORECASE)),
)
# A rank written as a number before a noun of trade is an ordinal superlative, as "the
# second-largest market" is: "Westia is the No. 2 market for wool", "the world's number two
# producer", "Acme's No. 3 supplier", and without its owner before "for" or "of" as headlines
# write it ("Westia now No. 2 market for wool") (a noun of trade: not "the No. 7 shirt", "the
# No. 2 official", "the number two priority").
_NUMBER_RANK = r"(?:#\s?|[Nn]o\.?\s?|number[\s-])(?:[1-9]|one|two|three|four|five)(?![\d.,]?\d)"
# The nouns of trade, each once: the pattern and the gate take it and its plural.
_TRADE_PLACES = (
    "market supplier source producer exporter importer buyer purchaser seller maker manufacturer destination "
    "customer lender investor employer partner provider consumer brand port airport airline carrier crop export "
    "import earner recipient"
)
_TRADE_PLACE_NOUNS = "(?:" + "|".join(f"{noun}s?" for noun in _TRADE_PLACES.split()) + ")"
_TRADE_PLACE_WORDS = _words(_TRADE_PLACES) | _words(" ".join(f"{noun}s" for noun in _TRADE_PLACES.split()))
_COMPARISON_SHAPES += (
    ((_words("no number"), _TRADE_PLACE_WORDS),
     re.compile(rf"(?:\b(?:the|its|their|our|{_OWNERS})\s+|{_NAMED_OWNER}\s+)(?:{_NUMBER_RANK})\s+(?:[a-z][\w-]*\s+)?"
                rf"{_TRADE_PLACE_NOUNS}\b|(?:(?<=\s)|^)(?:{_NUMBER_RANK})\s+(?:[a-z][\w-]*\s+)?"
                rf"{_TRADE_PLACE_NOUNS}\s+(?:for|of|in|to)\b", re.IGNORECASE)),
)
# First place as a noun of trade after "main", "principal", "leading" and the like (_TRADE_RANKS),
# named by a copula, "as" or an apposition: "Westia is the main market for Eastby's wool",
# "Acme, the leading supplier of tin, cut prices", "emerged as the principal buyer of ore", and
# without its article after a name as headlines write it ("Westia main market for wool")
# (a market "for" what it buys: not "the main market of the town", a place; nor a post, "the
# chief executive of Acme", "the main partner in the firm", nor a person's keep, "the main
# provider for her family", nor "the main reason for", "the main source of concern").
# A source of a feeling or a trouble is no trade ("the main source of concern").
_FEELINGS = (
    r"(?:concern|concerns|worry|worries|friction|tension|tensions|pride|anxiety|stress|conflict|inspiration|information|"
    r"confusion|controversy|debate|frustration|anger|complaints?|delays?|errors?|trouble|problems?|risk|risks|news)"
)
_TRADE_FIRST = (
    r"(?:(?:[a-z][\w-]*\s+)?(?:markets?|destinations?)\s+for|(?:[a-z][\w-]*\s+)?(?:suppliers?|producers?|"
    r"exporters?|importers?|buyers?|purchasers?|sellers?|makers?|manufacturers?|consumers?|customers?|"
    r"recipients?|lenders?|investors?|employers?|trading\s+partners?)\s+(?:of|to|for|in)|"
    rf"(?:[a-z][\w-]*\s+)?sources?\s+of\s+(?!{_FEELINGS}\b))\b"
)
# The first place adjectives of trade: "chief" and "premier" also name posts ("the chief buyer
# of art", "the premier of the state").
_TRADE_RANKS = "main principal leading foremost primary"
_COMPARISON_SHAPES += (
    ((_words(_TRADE_RANKS), _TRADE_PLACE_WORDS),
     re.compile(rf"(?:\b(?:{_COPULA}|as)\s+(?:still\s+|now\s+|also\s+)?|(?<=,\s))(?:the|its|their|our)\s+"
                rf"(?:single\s+)?(?:{_alternatives(_TRADE_RANKS)})\s+{_TRADE_FIRST}"
                rf"|(?-i:\b[A-Z][\w'’&.-]*)\s+{_STILL_OR_AGAIN}(?:the\s+)?(?:{_alternatives(_TRADE_RANKS)})\s+"
                rf"{_TRADE_FIRST}", re.IGNORECASE)),
)
# First place said with "top" after a copula or "as", before a noun of trade or a field: "ore
# emerged as the top export", "Westia and Ostland were the top two source markets", "wind is
# the top sector for jobs" (not a post, "was the top executive", nor "the top of the market",
# a height, nor "the top priority", an opinion, nor "the top official at the port", "the top
# port official").
_TOP_FIELDS = r"(?:fields?|sectors?|categor(?:y|ies)|segments?)"
_TOP_POSTS = r"(?:officials?|executives?|managers?|bosses|boss|chiefs?|officers?|staff|aides?|advis[eo]rs?)"
_COMPARISON_SHAPES += (
    ((_words("top"), _COPULA_WORDS | _words("as being")),
     re.compile(rf"\b(?:{_COPULA}|as|being)\s+{_STILL_OR_AGAIN}(?:the|its|their)\s+top\s+"
                rf"(?!(?:{_POST_NOUNS}|staff|people|up|of)\b)(?:(?:two|three|four|five|\d{{1,2}})\s+)?(?:[\w-]+\s+){{0,3}}?"
                rf"(?:{_TRADE_PLACE_NOUNS}|{_TOP_FIELDS})\b(?!\s+(?:{_TOP_POSTS})\b)",
                re.IGNORECASE)),
)
# In the lead, held or taken: "Brel remains in the lead", "Acme moved into the lead with 40%"
# (after a copula or a verb of moving; not "in the lead-up to", "the lead role", nor lead the
# metal, "traces in the lead pipes").
_COMPARISON_SHAPES += (
    ((_words("lead"), _words("in into")),
     re.compile(rf"\b(?:{_COPULA}|be|been|being|stays?|stayed|moved?|moves|went|jumped|surged|shot|pulled|edged)\s+"
                rf"(?:still\s+|now\s+|firmly\s+|clearly\s+|again\s+)?in(?:to)?\s+the\s+lead(?={_CLAUSE_STOP}|\s+(?:with|among|in|on|at|"
                r"after|by|over|ahead|for)\b)", re.IGNORECASE)),
)
# Leading with a measure named before its figure is first place at that figure, as "leads with
# 48%" is: "Acme went on to lead with sales reaching $4 billion" (a verb of amounting:
# not "led with the help of 3 aides").
_COMPARISON_SHAPES += (
    ((_words("lead leads led leading"), _words("reaching totalling totaling amounting worth hitting")),
     re.compile(r"\b(?:lead|leads|led|leading)\s+with\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z][\w-]*\s+){1,3}?"
                r"(?:reaching|total+ing|amounting\s+to|worth|hitting)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|"
                r"more\s+than\s+)?(?:[$£€]|(?-i:[A-Z]{1,3})\$?)?\d", re.IGNORECASE)),
)
# A rise led by one part at its rate is first place among the parts: "spending grew, led by
# dining at 25 per cent", "gains were led by banks, up 4%" (a rate must follow: not "a team led
# by Dr Brel at 3 sites", "the study, led by Brel, found 40%").
_COMPARISON_SHAPES += (
    ((_words("led"), _words("by")),
     re.compile(r"\bled\s+by\s+(?:[\w'’&-]+,?\s+){1,6}?(?=(?:at|with|up|rising|growing|gaining|increasing|jumping)\s+"
                rf"(?:about\s+|nearly\s+|almost\s+|over\s+)?\d[\d.,]*{_PERCENT_SIGN})", re.IGNORECASE)),
)
# "The least" with its figure ranks as "the fewest" does: "Eastby recorded the least with
# 1,600", "Brel had the least, at 12" (not "the least we can do", "at the least, with 3 staff").
_COMPARISON_SHAPES += (
    ((_words("least"), _words("with at")),
     re.compile(r"(?<!\bat\s)\bthe\s+least(?=,?\s+(?:with|at)\s+(?:about\s+|nearly\s+|only\s+|just\s+)?[$£€]?\d)",
                re.IGNORECASE)),
)
# "Most" of a measure after a copula, in a named place or among a group, ranks as "highest in
# Eastby" does: "delays were most common in the Eastby district", "it is most widely available
# in Westia", "it's most popular among the young" (not a hedge, "is most likely in May", nor an
# intensifier, "was most welcome in Westia").
_INTENSIFIED = (
    r"(?:likely|probably|welcome|grateful|kind|generous|unusual|impressive|pleased|concerned|appreciated|"
    r"unfortunate|regrettable|encouraging|certainly|definitely|interested|proud|happy|keen)"
)
_COMPARISON_SHAPES += (
    ((_words("most"), _words("is are was were s")),
     re.compile(rf"(?:\b(?:is|are|was|were)|(?<=\w)['’]s)\s+most\s+(?:[a-z]+ly\s+)?(?!{_INTENSIFIED}\b)[a-z]+\s+"
                rf"(?:in\s+(?:the\s+)?(?!(?-i:{_alternatives(_MONTHS)})\b)(?-i:[A-Z])|among\b)", re.IGNORECASE)),
)
# A leading cause of a harm ranks the causes ("falls are the leading cause of injury", "one of
# the leading causes of blindness"; not the reason of one event, "the leading cause of the
# fire"); the leading source or market ending its clause is first place, as "the leading
# source of" is ("making it the leading supplier.").
_COMPARISON_SHAPES += (
    ((_words("leading"), _words("cause causes")),
     re.compile(r"\bthe\s+leading\s+causes?\s+of\s+(?!(?:the|this|that|these|those|its|their|his|her)\b)",
                re.IGNORECASE)),
    ((_words(_TRADE_RANKS), _TRADE_PLACE_WORDS),
     re.compile(rf"\b(?:{_COPULA}|as|making\s+(?:it|them))\s+{_STILL}(?:the|its|their)\s+(?:single\s+)?"
                rf"(?:{_alternatives(_TRADE_RANKS)})\s+{_TRADE_PLACE_NOUNS}(?={_CLAUSE_STOP})", re.IGNORECASE)),
)
# The first period of a change over a span is a first in that span: "the first quarter of
# growth in over a year", "the first month of gains since 2019" (not "the first quarter of
# the year", "in the first quarter of 2031": no span or year after the change).
_COMPARISON_SHAPES += (
    ((_words("first"), _words(_SPANS + " since")),
     re.compile(r"\bthe\s+first\s+(?:quarter|month|year|week|half|season)\s+of\s+(?!(?:the|this|that|its|their)\b)"
                r"(?:[\w'’-]+\s+){1,5}?(?:in\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?"
                rf"(?:a|an|{_SPAN_NUMBER})\s+(?:years?|months?|quarters?|decades?|weeks?)\b|since\s+(?:the\s+)?(?:1[5-9]|20)\d\d)",
                re.IGNORECASE)),
)
# Only one of a group with a change is unique in it, as "the only province with a decrease" is:
# "only the chemicals segment registered an expansion", "Only Westia recorded a rise" (a name
# or "the" after "only": not a count, "only two regions saw a rise", nor "not only", "if only").
_COMPARISON_SHAPES += (
    ((_words("only"), _words("registered recorded posted saw showed reported logged")),
     re.compile(r"(?<!\bnot\s)(?<!\bif\s)\b[Oo]nly\s+(?:the\s+|(?=[A-Z]))(?:[\w'’&-]+\s+){1,6}?"
                r"(?:registered|recorded|posted|saw|showed|reported|logged)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?"
                rf"(?:{_CHANGES_HELD}|expansion|growth|improvement)\b")),
)
# Dominating a market or a field, or dominating with a figure, is first place in it: "wind
# dominated, with 6,950 MW", "Acme dominates the phone market" (not "dominated the headlines",
# "dominated the talks", nor the passive "was dominated by fear").
_COMPARISON_SHAPES += (
    ((_words("dominate dominates dominated dominating"), _words("with market markets sector field industry")),
     re.compile(r"\bdominat(?:e|es|ed|ing)(?=\s*,?\s+with\s+(?:a\s+(?:total|share)\s+of\s+)?[$£€]?\d|"
                r"\s+the\s+(?:[\w-]+\s+){0,2}?(?:markets?|sector|field|industry)\b)", re.IGNORECASE)),
)
# A plural subject that tops a list, as headlines write it without "the": "Westians top list of
# visitors", "Farmers top donor rankings" (a capitalised plural before "top": not "Its top list
# of picks", "This top chart", "our top list").
_COMPARISON_SHAPES += (
    ((_words("top"), _words(_LISTS) | _words("survey surveys")),
     re.compile(r"\b(?!(?:Its|This|His|Was|Has|Is|Does|As|Us|Yes|Thus|Plus)\b)[A-Z][a-z]+s\s+top\s+"
                rf"(?:[\w-]+\s+)?(?:{_RANKING_NOUNS}|lists|surveys?)\b")),
)
# --- round 18b: leading, top and best-selling shapes missed on new article sets (airlines,
# drugs, building, cars). Each is a shape of first place said without the usual words.
# Leading a market, a segment or a field, ending its clause or before a figure or a scope:
# "diesel vans continue to lead the used van market at 41%", "Acme led the bus segment with
# 900 sales", "Brel leads the pack" (not a direction given to it, "lead the market higher",
# "led the market rally", "lead the market into a new era", "led the sector's recovery").
_LED_FIELDS = "market markets segment segments sector category categories field pack"
_COMPARISON_SHAPES += (
    ((_words("lead leads led leading"), _words(_LED_FIELDS)),
     re.compile(r"\b(?:lead|leads|led)\s+(?:the|its|their)\s+(?:(?!(?:market|sector)['’]s\b)[\w'’-]+\s+){0,3}?"
                r"(?:markets?|segments?|sector|categor(?:y|ies)|field|pack)"
                rf"(?={_CLAUSE_STOP}|\s+(?:at|with|in|for|by|on|as|again|ahead|this|last|among|again|after)\b)",
                re.IGNORECASE)),
    # "The leader of the bike charts is the Kite", "the leader of the van market was Brel" (a
    # list or a market after it: not "the leader of the party", "of the union", "of the pack
    # of wolves").
    ((_words("leader"), _words(_LISTS) | _words(_LED_FIELDS)),
     re.compile(r"\bthe\s+(?:clear\s+|undisputed\s+|outright\s+)?leader\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?"
                rf"(?:{_RANKING_NOUNS}|markets?|segments?|sector|categor(?:y|ies)|pack)\b(?!\s+of\b)", re.IGNORECASE)),
    # Furthest ahead is first in a race of progress: "Eastby firms are furthest ahead on battery
    # research", "Westia is the farthest ahead" (after a copula: not "plan furthest ahead").
    ((_words("furthest farthest"), _words("ahead")),
     re.compile(rf"\b(?:{_COPULA}|be|been|being|['’]re|['’]s)\s+(?:still\s+|now\s+|by\s+far\s+)?(?:the\s+)?"
                r"(?:furthest|farthest)\s+ahead\b", re.IGNORECASE)),
)
# The top ones of a kind named by a copula are the first places: "The top markets in 2031 were
# Westia, Eastby and Lowmoor", "the top sellers last year are Brel and Acme" (a capitalised
# name after the verb; not a post, "the top officials were Acme staff", nor "the top floors
# were closed").
_COMPARISON_SHAPES += (
    ((_words("top"), _words("are were include included")),
     re.compile(rf"\b[Tt]he\s+top\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+)?"
                rf"(?!(?:{_PERSON_POSTS}|floors?|stories|news|tips?|picks?|questions?|reasons?)\b)[a-z][\w-]*s\s+"
                r"(?:(?:in|of|for|across|during|this|last|so)\s+(?:[\w'’-]+\s+){0,3}?)?(?:are|were|include[sd]?)"
                r"(?=\s+(?:the\s+)?(?-i:[A-Z]))")),
    # A year's or a named owner's top earner: "2031's top moneymaker, Acme Bio", "Westia's top
    # fundraiser" (a trade's agent noun; not "2031's top stories", "Acme's top executive").
    ((_words("top"), _words(_TOP_AGENTS + " moneymaker moneymakers fundraiser fundraisers raiser grossers sellers")),
     re.compile(rf"(?:{_NAMED_OWNER}|\b(?:19|20)\d\d['’]s)\s+top\s+(?:{_alternatives(_TOP_AGENTS)}|money[\s-]?maker|"
                r"fund[\s-]?raiser|raiser)\b")),
)
# "Bestselling" written as one word is "best-selling": "the bestselling brand in May", "to
# make them the two bestselling van brands", "Westia's bestselling car" (with "the" or an
# owner: "a bestselling author", "bestselling novelist Jo Brel" describe, rank nothing).
_COMPARISON_SHAPES += (
    ((_words("bestselling bestseller topselling"), _words("the s")),
     re.compile(r"(?:\bthe|['’]s)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
                r"(?:bestselling|top-?selling)\b|\bthe\s+(?:biggest\s+)?bestseller\b(?!\s+list)", re.IGNORECASE)),
)
# New highs or records reached year after year: "fees climb to new highs each passing month",
# "bookings hit fresh records every month" (the series term after the high; "new high school"
# stays out as before).
_COMPARISON_SHAPES += (
    ((_words("high highs low lows records"), _words("each every")),
     re.compile(r"\b(?:new|fresh)\s+(?:highs?|lows?|records)\s+(?:each|every)\s+(?:passing\s+|single\s+)?"
                r"(?:year|month|quarter|week|season|day)\b", re.IGNORECASE)),
)
# Heading for records, as headlines write it: "Ferry Firms Sail Towards Passenger, Profit
# Records", "Rail freight heads for new records" (a verb of heading before: not "applied for
# medical records", "the search for court records").
_COMPARISON_SHAPES += (
    ((_words("records"), _words("towards toward for")),
     re.compile(r"\b(?:heads?|headed|heading|sails?|sailing|soars?|soaring|races?|racing|cruises?|cruising|flies|"
                r"fly|flying|climbs?|climbing|march(?:es|ing)?|set|poised|bound|on\s+(?:course|track))\s+"
                r"(?:for|towards?)\s+(?:new\s+|fresh\s+)?(?:[\w'’-]+,?\s+(?:and\s+|&\s+)?){0,3}?records\b",
                re.IGNORECASE)),
)
# "More than ever before" set off after the figure it measures: "met 58 percent of demand -
# more than ever before over a spring", "a share of 12%, more than ever before" (not
# "now more than ever", "more than ever, we need help": "before" and a comma or dash before).
_COMPARISON_SHAPES += (
    ((_words("ever"), _words("before")),
     re.compile(r"(?:(?<=,\s)|(?<=\s[–—-]\s)|(?<=[–—]))(?:more|fewer|less)\s+than\s+ever\s+before\b", re.IGNORECASE)),
)
# Only one period or one named thing higher is second place, a rank among all the rest: "Only
# the spring quarter of 2029, when $7.2 billion came in, was higher", "only 2029 was
# higher", "only Westia has been bigger" (not "only then was it higher", "only if prices were higher").
_PERIOD_NOUNS = r"(?:half|quarter|month|year|season|week|day)"
_COMPARISON_SHAPES += (
    ((_words("only"), _words("higher bigger larger greater busier stronger")),
     re.compile(r"(?<!\bnot\s)(?<!\bif\s)\b[Oo]nly\s+(?:(?:19|20)\d\d\b|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*|"
                rf"the\s+(?:[\w'’-]+\s+){{0,2}}?{_PERIOD_NOUNS}\s+of\s+(?:19|20)\d\d)"
                r"(?:\s*,[^,;]{1,80},)?\s+(?:has\s+been|have\s+been|had\s+been|was|were|is)\s+(?:any\s+|even\s+)?"
                r"(?:higher|bigger|larger|greater|busier|stronger)\b")),
)
# --- round 19: claims that new articles (space, chips, jobs, prices, courts, weather, pensions,
# arts, oceans, patents, research) phrase otherwise. Each is a shape of first place, a record or
# uniqueness said without the words above.
# The leader with the rest ranked after it: "Westia came out as the clear leader, followed by Eastby",
# "Acme remains the clear leader, followed by Brel" (a copula or "as" before: not a procession,
# "the party leader, followed by aides, entered"). Leading with the rest ranked after it by a
# figure: "the port police led the seizures, taking $4 million, followed by the coast guard with
# $2 million" (a figure after the one that follows: not "she led the march, followed by her aides").
_COMPARISON_SHAPES += (
    ((_words("leader"), _words("followed")),
     re.compile(rf"\b(?:{_COPULA}|emerg(?:e|es|ed|ing)\s+as|as)\s+{_STILL_OR_AGAIN}the\s+(?:(?:clear|undisputed|outright|"
                r"overall|regional|market)\s+)?leader,?\s+followed\s+by\b", re.IGNORECASE)),
    ((_words("lead leads led"), _words("followed")),
     re.compile(r"\b(?:lead|leads|led)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w-]+(?=,\s+(?:[^,;]+?,\s+)?"
                r"followed\s+by\s+(?:(?:the\s+)?[\w'’&.-]+\s+){1,6}?(?:with|at|on)\s+(?:about\s+|nearly\s+)?"
                r"(?:(?-i:[A-Z]{1,3})\s?)?[$£€¥₹]?\d)", re.IGNORECASE)),
)
# "The lead" country or market in a measure is its leader, after a copula: "Westia stays the
# lead nation in wind power per head", "Eastby is the lead exporter of tin" (a place or a trader,
# then a measure: not "the lead author", "the lead agency for the talks", "the lead nation in
# the alliance", a role in a body).
_LEAD_HEADS = r"(?:country|nation|economy|market|region|state|province|city|exporter|producer|supplier|seller|buyer)"
_COMPARISON_SHAPES += (
    ((_words("lead"), _COPULA_WORDS),
     re.compile(rf"\b{_COPULA}\s+{_STILL_OR_AGAIN}the\s+lead\s+{_LEAD_HEADS}\s+(?:in|of|for)\s+"
                r"(?!(?:the|a|an|its|their|this|that|these|those|talks|negotiations)\b)(?-i:[a-z])", re.IGNORECASE)),
)
# A leading position held in a market or the world is first place in it: "Westian firms kept a
# leading position globally", "Acme holds the leading position in the phone market" (a verb of
# holding, then a scope of trade or the world: not "applied for a leading position at the bank",
# a post, nor "took a leading position in the protest", a role).
_HOLDING = (
    "hold holds held holding maintain maintains maintained maintaining keep keeps kept keeping retain retains "
    "retained retaining occupy occupies occupied occupying secure secures secured securing cement cements "
    "cemented consolidate consolidates consolidated"
)
_COMPARISON_SHAPES += (
    ((_words(_HOLDING), _words("position positions")),
     re.compile(rf"\b(?:{_alternatives(_HOLDING)})\s+(?:a|the|its|their)\s+(?:[a-z]+\s+)?(?:leading|leadership|dominant)\s+"
                r"positions?\s+(?:globally|worldwide|internationally|(?:in|on|across|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:world|globe|markets?|industry|sector|field|region|continent)\b)", re.IGNORECASE)),
)
# Leading the industry in a measure, as "leads the market" does: "Acme is leading the industry in
# new patents", "Brel leads the industry with 40%" (a measure, a figure or the clause's end
# after it: not "leading the industry into a new era", "led the industry's shift").
_COMPARISON_SHAPES += (
    ((_words("lead leads led leading"), _words("industry")),
     re.compile(r"\b(?:lead|leads|led|leading)\s+(?:the|its|their)\s+(?:[a-z][\w-]*\s+)?industry(?!['’])"
                rf"(?={_CLAUSE_STOP}|\s+(?:in|with|at|by|on|for|again|globally|worldwide)\b)", re.IGNORECASE)),
)
# Names in the lead, as headlines write it without a verb: "Westia, Eastby and Brel in the Lead"
# (a capitalised name before it, the clause's end after: not "traces in the lead pipes",
# "in the lead-up").
_COMPARISON_SHAPES += (
    ((_words("lead"), _words("in")),
     re.compile(rf"(?-i:\b[A-Z][\w'’&.-]*)\s+in\s+the\s+lead(?![\w-])(?={_CLAUSE_STOP})", re.IGNORECASE)),
)
# "Leading" or "top" one become, as headlines write it without the article: "Wind becomes leading
# source of power", "Eastby remains top exporter" (a verb of becoming or staying, a singular noun
# after it: not "is leading talks", a verb, nor "became leading figures", a group, nor a post,
# "becomes top official").
_COMPARISON_SHAPES += (
    ((_words("leading top"), _words("become becomes became remain remains remained stay stays stayed")),
     re.compile(r"\b(?:bec(?:ome|omes|ame)|remains?|remained|stays?|stayed)\s+(?:now\s+)?(?:leading|top)\s+"
                rf"(?!(?:{_POST_NOUNS}|priorit\w*|edge|ten|five|three|four|two|of|and|or|story|news|tips?|stories)\b)"
                r"[a-z][\w-]*[a-rt-z](?=\s|[,.;:!?]|$)(?!\s+of\s+(?:the|a|an)\b)", re.IGNORECASE)),
)
# A superlative over a span without its number, or in a named history, without its article as
# headlines write it: "Port braces for biggest shake-up in decades", "Output highest in years",
# "signs largest order in company history", "worst flood in living memory" (not "best in years of
# service", nor a state that lasted, "has remained largest in years"; in lower case inside its
# sentence: a title opening with it is read by headlines.py, a body sentence so opened is left).
_COMPARISON_SHAPES += (
    ((_SUPERLATIVE_WORDS, _words("decades years generations history memory")),
     _started_by(re.compile(r"(?<!\bbeen\s)(?<!\bremained\s)(?<!\bremains\s)(?<!\bremain\s)(?<!\bstayed\s)"
                            rf"(?<=\s)(?-i:(?=[a-z]+st\b))(?:{_BARE_SUPERLATIVES}|best|worst)\s+(?:[\w'’-]+\s+){{0,3}}?"
                            r"(?:in\s+(?:(?:many|several|recent)\s+)?(?:decades|years|generations)\b"
                            r"(?!\s+(?:of|when|that|where|to\s+come)\b)|in\s+(?:[\w'’-]+\s+){0,2}?history\b|"
                            r"in\s+living\s+memory\b)", re.IGNORECASE),
                 " ".join(_BARE_SUPERLATIVES.split("|")) + " best worst")),
)
# An ordinal superlative against all time, without its article: "the half-year was second
# costliest ever", "Eastby third busiest port on record" (the ordinal bound to it).
_COMPARISON_SHAPES += (
    ((_SUPERLATIVE_WORDS, _words(_ORDINAL_WORDS) | ORDINAL_SUFFIXES),
     re.compile(rf"\b{_ORDINAL_SUPERLATIVE}\s+(?:[\w'’-]+\s+){{0,3}}?(?:ever\b|on\s+record\b|in\s+history\b)",
                re.IGNORECASE)),
)
# A superlative named as a title won or held: "Acme won the title of busiest port in the region",
# "took the crown of Westia's busiest port" (a word of title, then the superlative in lower case:
# not "the title of Best Actor", an award's name; "most" only after "the" or an owner's, since a
# bare one is a determiner: "the price tag of most homes").
_COMPARISON_SHAPES += (
    ((_SUPERLATIVE_WORDS, _words("title titles mantle crown accolade distinction tag")),
     re.compile(r"\b(?:title|mantle|crown|accolade|distinction|tag)\s+of\s+(?:(?:the|being\s+the)\s+)?"
                rf"(?:[\w.-]+['’]s\s+)?(?-i:{_BARE_SUPERLATIVES}|best|(?:(?<=\bthe\s)|(?<=['’]s\s))most\s+[a-z]+)\b",
                re.IGNORECASE)),
)
# "The least" of a change or an amount seen or recorded, as "the fewest" is: "Eastby saw the least
# rainfall of the year", "Brel recorded the least snow" (not "the least we can do", "had not
# the least idea", "the least bit").
_SEEING_LEAST = "saw see sees had has have recorded records posted posts registered logged reported showed shows"
_COMPARISON_SHAPES += (
    ((_words("least"), _words(_SEEING_LEAST)),
     re.compile(rf"\b(?:{_alternatives(_SEEING_LEAST)})\s+the\s+least\s+(?!(?:bit|idea|of|we|you|i|they|he|she|one)\b)"
                r"(?-i:[a-z])", re.IGNORECASE)),
)
# The only one that rose or fell, named by its agent noun: "the fisheries segment was the only
# riser", "the sole gainer among the ports" (as "the only rise" is).
_COMPARISON_SHAPES += (
    ((_words("only sole"), _words("riser risers gainer gainers faller fallers climber climbers decliner decliners")),
     re.compile(r"\b[Tt]he\s+(?:only|sole)\s+(?:[a-z]+\s+)?(?:risers?|gainers?|fallers?|climbers?|decliners?)\b")),
)
# A past high named from where a figure moved: "the index has eased since its peak of 80",
# "down from the peak of 40" (its own high, owned: not "with a high of 25C", a forecast).
_COMPARISON_SHAPES += (
    ((_words("high low peak"), _words("since from off below above under")),
     re.compile(r"\b(?:since|from|off|below|above|under)\s+(?:its|their|the)\s+(?:(?:record|all-time|recent|previous|"
                r"earlier)\s+)?(?:high|low|peak)\s+of\b", re.IGNORECASE)),
)
# The top ones of a kind by a measure, as "the top markets were" is: "Top performing films of
# the year were Kite and Brel", "the top selling models in May were ..." (a participle of trade
# after "top", a capitalised name after the verb).
_COMPARISON_SHAPES += (
    ((_words("top"), _words("are were include included")),
     re.compile(r"(?:\b[Tt]he\s+|^\W*)[Tt]op[\s-](?:performing|selling|grossing|earning|rated|ranked|scoring)\s+"
                r"[a-z][\w-]*s\s+(?:[\w'’&.-]+\s+){0,8}?(?:are|were|include[sd]?)(?=\s+(?:the\s+)?[A-Z])")),
)
# A named owner's top few of a trade or a place: "Westia's top two wool buyers", "Eastby's
# top three exporters" (a count, then a plural noun: not a post, "Acme's top two executives", nor
# a member of the group, "one of Westia's top ten exports").
_COMPARISON_SHAPES += (
    ((_words("top"), _words("two three four five six seven eight nine ten s")),
     re.compile(rf"(?<!\bof\s){_NAMED_OWNER}\s+top\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+"
                rf"(?!(?:{_POST_NOUNS}|stories|news|tips|picks|questions|reasons|priorities)\b)(?:[a-z][\w-]*\s+)?"
                rf"(?!(?:{_POST_NOUNS})\b)[a-z][\w-]*[a-rt-z]s\b")),
)
_COMPARISON_WORDS = frozenset().union(*(first for (first, _), _ in _COMPARISON_SHAPES))
_COMPARISON_BY_FIRST_GATE = _by_first_gate(_COMPARISON_SHAPES)
# Without a claim word, a sentence may still hold one of the shapes above: one test for all.
_SHAPE_WORDS = _LEADING_WORDS | _MORE_VOCAB | _COMPARISON_WORDS
# The words of _may_claim's tests and of the shapes: a sentence without one is skipped with
# the other readers' words (context.Dispatch), before _may_read is asked.
_READ_WORDS = _VOCAB | _SHAPE_WORDS | frozenset({"all", "world", "st"})
TRIGGER = Trigger(words=_READ_WORDS, when=_may_read)


def _with_comparison_claims(ctx: SentenceContext, claims: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``claims`` with the phrases of _COMPARISON_SHAPES that overlap none of them, in order."""
    if ctx.words.isdisjoint(_COMPARISON_WORDS):
        return claims
    found: list[tuple[int, int]] = []
    for m in _gated_matches(ctx, _COMPARISON_SHAPES, _COMPARISON_BY_FIRST_GATE):
        # Unlike the other shapes, these may overlap each other: keep the first.
        if not _negated(ctx, m.start()) and not _overlaps(*m.span(), claims + found):
            found.append(m.span())
    return sorted(claims + found) if found else claims
