"""Ordinals that count what an owner has done or has: "the ferry line's sixth successful
crossing" (6 crossings), "opened its 100th shop" (100 shops), "the band's third album".

After a possessive, an ordinal from "second" up counts the noun that follows. "First" is a
claim (records.py), ranks and streaks are left to rankings.py ("its third-largest",
"the club's ninth straight win"), and parts of time or sequence are no counts ("its third
quarter", "the building's sixth floor"). An owner's anniversary or birthday is its age ("its
50th anniversary": 50 years).
"""

from __future__ import annotations

import re

from .context import ORDINAL_SUFFIXES, Figure, SentenceContext, Trigger
from .labels import LABEL_WORDS as _LABEL_WORDS
from .lexicon import NUMBER_WORDS, ORDINAL_STARTS, ORDINAL_WORDS, STOP_WORDS, TIME_UNITS, WORD_NUMBER, fold, split_words
from .records import _BARE_SUPERLATIVES
from .unit_words import plural_of

_ORDINALS = "|".join(sorted((w for w in ORDINAL_WORDS if w != "first"), key=len, reverse=True))
# An aside between dashes may close between the ordinal and its noun: "this — our 9th —
# season" counts seasons as "our 9th season" does; or stand whole between them, in dashes or
# brackets: "her fifth – and second-to-last – budget", "its sixth (and largest) plant". An
# aside with an article of its own ("our 9th – and the last – tally") is a phrase of its own,
# left alone.
_ASIDE = r"(?:(?!\b(?:the|a|an)\b)[^—–().;:]){1,40}"
_ORD_GAP = rf"(?:\s+[—–]{_ASIDE}[—–]\s+|\s+\({_ASIDE}\)\s+|\s+|\s*[—–]\s*)"
_COUNT = re.compile(
    rf"(?:\b(?:its|their|his|her|our)|[A-Za-z]['’]s)\s+"
    rf"(?P<ord>(?P<digits>\d{{1,4}})(?:st|nd|rd|th)|{_ORDINALS}){_ORD_GAP}"
    r"(?:(?P<adj>[a-z]+)\s+)?(?P<noun>[a-z]{3,})\b(?![-'’])",
    re.IGNORECASE,
)
# The same in two parts, for ASCII text: the count matched at each ordinal (found by a fast
# scan), and the possessive looked for just before it. The regex engine then tries a few
# offsets, not every one.
_COUNT_AT = re.compile(
    rf"(?P<ord>(?P<digits>\d{{1,4}})(?:st|nd|rd|th)|{_ORDINALS}){_ORD_GAP}"
    r"(?:(?P<adj>[a-z]+)\s+)?(?P<noun>[a-z]{3,})\b(?![-'’])",
    re.IGNORECASE,
)
_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our)|[A-Za-z]['’]s)\s+$", re.IGNORECASE)
_DIGIT_ORDINAL_START = re.compile(r"\d(?<![\w.,]\d)\d{0,3}(?:st|nd|rd|th)\b")
# Nouns after an ordinal that name a part of time or a sequence, not a count. Weeks and
# editions are counted ("its 30th edition", "his 200th week at the top").
_NOT_COUNTED = frozenset(
    split_words("""half quarter time times day month year round stage phase step part century anniversary
    generation wave term floor grade birthday person one ones place position spot slot
    rank consecutive straight successive continuous running largest biggest highest lowest
    most best leading top row""")
) | frozenset(_BARE_SUPERLATIVES.split("|"))  # "the 4th driest": a place among superlatives (rankings.py)
# A word before the noun counts as its adjective only if it looks like one.
_ADJECTIVE_ENDINGS = ("ful", "ous", "al", "ive", "ic", "less", "able", "ible", "ent", "ant", "ary", "ed", "est")


def recognise_ordinal_counts(ctx: SentenceContext) -> None:
    if not ctx.words.isdisjoint(_SCALE_ORDINALS) or (ctx.has_digit and ",000th" in ctx.text):
        _scale_counts(ctx)
    if "time" in ctx.words and not ctx.words.isdisjoint(_CHAMPION_WORDS):
        _champion_counts(ctx)  # no ordinal: "the 12-time champion"
    # Cheap tests first: an ordinal (a word, or digits with st/nd/rd/th) and a possessive.
    if ctx.words.isdisjoint(_ORDINAL_WORDS) and not (
        ctx.has_digit and not ctx.words.isdisjoint(ORDINAL_SUFFIXES) and _DIGIT_ORDINAL.search(ctx.text)
    ):
        return
    if not ctx.words.isdisjoint(_AGE_WORDS):
        _anniversary_ages(ctx)
    if "year" in ctx.words:
        _years_in_its_run(ctx)
    if ctx.has_digit:
        _slipped_suffix_counts(ctx)
    if ctx.has_digit and not ctx.words.isdisjoint(_ARTICLES):
        _bare_counts(ctx)
    if ctx.has_digit:
        _threshold_counts(ctx)
    if "since" in ctx.words:  # before "the second since 2004", which takes the unit it counts
        _since_counts(ctx)
    if not ctx.words.isdisjoint(_REPEAT_WORDS):
        _repeat_counts(ctx)
    if not ctx.words.isdisjoint(_ONLY_WORDS):
        _only_counts(ctx)
    if "and" in ctx.words and not ctx.words.isdisjoint(_FINAL_WORDS):
        _final_counts(ctx)
    if not ctx.words.isdisjoint(_EVENT_WORDS):
        _event_editions(ctx)
    if "by" in ctx.words and "the" in ctx.words:
        _made_by_counts(ctx)
    if "for" in ctx.words and "the" in ctx.words:
        _for_name_counts(ctx)
    if "'" not in ctx.text and "’" not in ctx.text and ctx.words.isdisjoint(_OWNERS):
        return
    for m in _counts(ctx):
        adj: str | None = m.group("adj")
        noun: str = m.group("noun")
        end = m.end("noun")
        if adj and not adj.lower().endswith(_ADJECTIVE_ENDINGS):
            noun, end, adj = adj, m.start("noun"), None  # "the line's second boat sank": no adjective
        if any(w and (w.lower() in _NOT_COUNTED or w.lower() in STOP_WORDS) for w in (adj, noun)):
            continue
        if not ctx.free(m.start("ord"), end):
            continue
        value = _ordinal_value(m)
        if value < 2:
            continue
        head = _compound_head(ctx.text, end)
        counted = f"{noun.lower()} {plural_of(head)}" if head else plural_of(noun.lower())
        unit = counted if not adj else f"{adj.lower()} {counted}"
        ctx.add(Figure(m.start("ord"), m.end("ord"), "quantity", value, unit=unit, unit_fixed=True))


def _counts(ctx: SentenceContext) -> list[re.Match[str]]:
    """``_COUNT.finditer(ctx.text)``'s matches, as (ordinal-started) matches of _COUNT_AT."""
    text = ctx.text
    if not ctx.ascii:
        return list(_COUNT.finditer(text))
    starts = ctx.word_starts(ctx.words & _ORDINAL_WORDS)
    if ctx.has_digit:
        starts = sorted(starts + [m.start() for m in _DIGIT_ORDINAL_START.finditer(text)])
    out: list[re.Match[str]] = []
    after = 0
    for start in starts:
        if start < after:
            continue
        # "its 41st crewed mission and 17th cargo launch": the second count shares the owner of the first.
        shared = bool(out) and _AND_BETWEEN.fullmatch(text, out[-1].end(), start) is not None
        if not shared and not _OWNER_BEFORE.search(text, max(0, start - 40), start):
            continue
        m = _COUNT_AT.match(text, start)
        if m is not None and shared and _VERB_ENDING.search(m.group("adj") or m.group("noun")):
            continue  # "its 40th store opened and 12th closed": a verb, nothing counted
        if m is not None:
            out.append(m)
            after = m.end()
    return out


_VERB_ENDING = re.compile(r"(?:ed|ly)$")
_AND_BETWEEN = re.compile(r"(?:\s+[a-z]{3,}){0,2}\s+and\s+")
# "its 17th cargo launch": a second noun after the counted one is the head of a compound
# noun (launches are counted). It is singular, as the ordinal counts one of them; a word in
# -s, -ed, -ing or -ly, or a function word, is no such noun ("its 100th shop opens").
_HEAD_NOUN_AFTER = re.compile(r"\s*(?P<head>[a-z]{3,})\b(?![-'’])")


def _compound_head(text: str, end: int) -> str | None:
    m = _HEAD_NOUN_AFTER.match(text, end)
    if m is None:
        return None
    head = m.group("head")
    if head in STOP_WORDS or head in _NOT_COUNTED or head.endswith(("s", "ed", "ing", "ly")):
        return None
    return head


# "logged 1,204th hours aloft": an ordinal suffix on a count of a plural unit of time after
# a verb is a slip for the count (an ordinal picks one: "the 12th day"). After a function
# word ("the 3rd and 4th days", "its 2nd days") the plural is a list of places.
_SLIPPED_SUFFIX = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,4})(?:st|nd|rd|th)\s+"
    r"(?P<noun>days|weeks|months|years|hours|nights|minutes)\b"
)
_WORD_BEFORE = re.compile(r"\b(?P<word>[a-z]+)\s+$")


def _slipped_suffix_counts(ctx: SentenceContext) -> None:
    text = ctx.text
    for m in _SLIPPED_SUFFIX.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is None or before.group("word") in STOP_WORDS or not ctx.free(m.start(), m.end("n") + 2):
            continue
        value = int(m.group("n").replace(",", ""))
        ctx.add(Figure(m.start(), m.end("n") + 2, "quantity", value, unit=m.group("noun"), unit_fixed=True))


_OWNERS = frozenset({"its", "their", "his", "her", "our"})
_ARTICLES = frozenset({"the", "The", "a", "an"})
_ORDINAL_WORDS = ORDINAL_STARTS - {"first"}  # "sixty-third" starts with "sixty"
_DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")


# --- counts without an owner --------------------------------------------------------------

# "the third probe built wholly by the agency", "the 12th report published by the board": the
# maker after "by" owns the count, as "the agency's third probe" does.
_MADE_BY = re.compile(
    rf"\bthe\s+(?P<ord>(?P<digits>\d{{1,4}})(?:st|nd|rd|th)|{_ORDINALS})\s+(?P<noun>[a-z]{{3,}})\s+"
    r"(?:[a-z]{3,}ed|built|made|written|drawn|grown)\s+(?:[a-z]{3,}ly\s+)?by\b",
    re.IGNORECASE,
)


# "the fifth voyage for Harbour Lines Ltd": a name after "for" owns the count, as "Harbour
# Lines' fifth voyage" does. A possessive after "for" ("the second reason for Acme's fall")
# owns the noun after it instead.
_FOR_NAME = re.compile(
    rf"\bthe\s+(?P<ord>{_ORDINALS})\s+(?P<noun>[a-z]{{3,}})\s+for\s+"
    r"(?=(?-i:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)(?![\w&'’-]))",
    re.IGNORECASE,
)


def _for_name_counts(ctx: SentenceContext) -> None:
    for m in _FOR_NAME.finditer(ctx.text):
        noun = m.group("noun").lower()
        if noun in _NOT_COUNTED or noun in STOP_WORDS or noun in _NOT_BARE:
            continue
        _add_nth_count(ctx, m, plural_of(noun), through="noun")


def _made_by_counts(ctx: SentenceContext) -> None:
    for m in _MADE_BY.finditer(ctx.text):
        noun = m.group("noun").lower()
        if noun not in _NOT_COUNTED and noun not in STOP_WORDS:
            _add_nth_count(ctx, m, plural_of(noun), through="noun")

_ANY_ORDINAL = rf"(?P<digits>\d{{1,4}})(?:st|nd|rd|th)|(?P<word>{_ORDINALS})"
# "for the 29th time", "it was the sixth time that ...": the times it has happened, also with
# "a" and a word of praise between ("for a fourth time", "for a remarkable fifth time"). "First"
# is a claim (records.py); "the third time in a row" a streak (rankings.py).
_TIMES = re.compile(
    rf"\b(?:the|an?(?:\s+(?-i:[a-z]+))?)\s+(?P<ord>{_ANY_ORDINAL})\s+time\b"
    r"(?!\s+(?:in\s+a\s+row|running|straight)\b)", re.IGNORECASE
)
# "the seventh edition of the fair": the ordinal of a recurring event counts its editions, in
# words too ("its 30th edition" and "the 30th edition" are read with the owner and bare counts).
_EDITION = re.compile(
    rf"\bthe\s+(?P<ord>{_ANY_ORDINAL})\s+(?:annual\s+)?(?P<noun>edition|instalment|installment|iteration|staging)\b",
    re.IGNORECASE,
)
# "the third such flood since 1987, and the second since 2004": a count since a year, of the
# unit of the count before it in the sentence; since an event too ("just the third since the
# index began", "the fourth since records began").
_SINCE = re.compile(rf"\bthe\s+(?P<ord>{_ANY_ORDINAL})\s+since\s+(?=\w)", re.IGNORECASE)
# "the 14th annual Harbour Report", "the society's (TRS) 9th annual fair": an ordinal before
# "annual" counts the editions of a yearly thing, whatever its name after.
_ANNUAL = re.compile(rf"(?<![\w-])(?P<ord>{_ANY_ORDINAL})\s+annual\b", re.IGNORECASE)
# "It is the 12th year the club has run its race": the years an owner has kept doing a
# thing, a running count. "the 12th year of the lease" (a part of time) and "the 3rd year in
# a row" (a streak, rankings.py) have no such clause.
_RUNNING_YEAR = re.compile(
    rf"\bthe\s+(?P<ord>{_ANY_ORDINAL})\s+year\s+(?:that\s+|in\s+which\s+)?"
    r"(?:[A-Za-z][\w'’&-]*\s+){1,6}?(?:has|have)\s+(?:been\s+)?[a-z]+ed\b",
    re.IGNORECASE,
)
# "finished the 6th week of the count", "has completed its third year of service": completing
# the nth span of an undertaking means n spans of it have run, a duration. "the third week
# of May" stays a date, with or without such a verb.
_COMPLETED_SPAN = re.compile(
    r"\b(?:finish(?:ed|es|ing)?|complet(?:ed|es|e|ing))\s+(?:the|its|their|his|her|our)\s+"
    rf"(?P<ord>{_ANY_ORDINAL})\s+(?P<noun>day|week|month|year|season)\s+of\b(?!\s+(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)
# Each pattern of _repeat_counts, the unit it counts and the words one of which it needs.
_REPEAT_SHAPES: tuple[tuple[re.Pattern[str], str | None, frozenset[str]], ...] = (
    (_TIMES, "times", frozenset({"time"})),
    (_SINCE, None, frozenset({"since"})),
    (_EDITION, "editions", frozenset({"edition", "instalment", "installment", "iteration", "staging"})),
    (_ANNUAL, "editions", frozenset({"annual"})),
    (_RUNNING_YEAR, "years", frozenset({"year"})),
    (_COMPLETED_SPAN, None, frozenset(split_words(
        "finish finished finishes finishing complete completed completes completing"))),
)
_REPEAT_WORDS = frozenset(
    {"time", "since", "record", "edition", "instalment", "installment", "iteration", "staging", "annual", "year",
     "day", "week", "month", "season"}
)
# "a record eighth time", "a record-extending 200th week", "a record-breaking fifth league
# title": an ordinal after "record" counts the head noun of the phrase after it (times,
# weeks, titles), even a part of time ("a record sixth term").
_RECORD_ORDINAL = re.compile(
    r"\brecord(?:[\s-](?:extending|breaking|equalling|equaling|tying|setting|matching))?\s+"
    rf"(?P<ord>{_ANY_ORDINAL})(?P<phrase>(?-i:(?:\s+[a-z]+){{1,4}}))",
    re.IGNORECASE,
)
_RECORD_NOT_COUNTED = frozenset(
    split_words("half quarter place position spot rank consecutive straight successive largest biggest "
                "highest lowest most best leading top row")
)
# "the 12-time world champion", "a three-time Olympic champion": the titles won; "the
# four-time prize nominee", "a five-time winner": the nominations, the wins. Up to three
# words (a name or an adjective) between the count and the noun.
TIME_CHAMPION = re.compile(
    rf"(?<![\w-])(?P<n>\d{{1,3}}|{WORD_NUMBER})-time\s+(?:[A-Za-z][\w'’-]*\s+){{0,3}}?"
    r"(?P<holder>champion|nominee|winner)s?\b",
    re.IGNORECASE,
)
_CHAMPION_WORDS = frozenset(split_words("champion champions nominee nominees winner winners"))
_HOLDER_UNITS = {"champion": "titles", "nominee": "nominations", "winner": "wins"}
_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+[A-Z]")


def _ordinal_value(m: re.Match[str]) -> int:
    """The number of an ordinal match: its "digits" (where the pattern has them), else its
    ordinal word, a pattern's "word" group (_ANY_ORDINAL) or, where it has none, its "ord" group."""
    groups = m.re.groupindex
    if "digits" in groups and m.group("digits"):
        return int(m.group("digits"))
    return ORDINAL_WORDS[fold(m.group("word") if "word" in groups else m.group("ord"))]


def _add_nth_count(ctx: SentenceContext, m: re.Match[str], unit: str, through: str = "ord") -> None:
    """The count an "nth" gives ("the fifth and final voyage": 5 voyages), from the second on,
    where the ordinal (through the ``through`` group: its noun too) is still free."""
    value = _ordinal_value(m)
    if value >= 2 and ctx.free(m.start("ord"), m.end(through)):
        ctx.add(Figure(m.start("ord"), m.end("ord"), "quantity", value, unit=unit, unit_fixed=True))


# Adverbs that close a noun phrase as a stop word does: "the 300th bout ever staged".
_PHRASE_ADVERBS = frozenset({"ever", "yet", "now"})


def _cut_at_stop_word(words: list[str]) -> tuple[list[str], bool]:
    """The words before the first stop word, and whether there was one."""
    for i, word in enumerate(words):
        if word.lower() in STOP_WORDS or word.lower() in _PHRASE_ADVERBS:
            return words[:i], True
    return words, False


def _record_head(text: str, m: re.Match[str]) -> str | None:
    """The head noun of the phrase after a record ordinal: its last word before a stop word,
    a punctuation mark or a name, within three words; None when the phrase goes on or holds a
    word of rank or of a part ("a record 5th place finish", "a record third quarter")."""
    words, cut = _cut_at_stop_word(m.group("phrase").split())
    if not cut and (len(words) > 3 or _PHRASE_END.match(text, m.end()) is None):
        return None
    if not words or len(words) > 3 or not _RECORD_NOT_COUNTED.isdisjoint(words):
        return None
    return words[-1].lower()


def _record_counts(ctx: SentenceContext) -> None:
    for m in _RECORD_ORDINAL.finditer(ctx.text):
        noun = _record_head(ctx.text, m)
        value = _ordinal_value(m)
        if noun is None or value < 2 or not ctx.free(m.start("ord"), m.end("ord")):
            continue
        unit = "times" if noun in ("time", "times") else plural_of(noun)
        ctx.add(Figure(m.start("ord"), m.end("ord"), "quantity", value, unit=unit, unit_fixed=True))


def _champion_counts(ctx: SentenceContext) -> None:
    for m in TIME_CHAMPION.finditer(ctx.text):
        n = fold(m.group("n"))
        value = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
        if value is not None and value > 1 and ctx.free(m.start("n"), m.end("n")):
            unit = _HOLDER_UNITS[m.group("holder").lower()]
            ctx.add(Figure(m.start("n"), m.end("n"), "quantity", value, unit=unit, unit_fixed=True))


def _repeat_counts(ctx: SentenceContext) -> None:
    text = ctx.text
    if "record" in ctx.words:
        _record_counts(ctx)
    words = ctx.words if ctx.ascii else None
    for pattern, unit, gate in _REPEAT_SHAPES:
        if words is not None and words.isdisjoint(gate):
            continue  # the pattern's own word is missing (in ASCII text, where case folding is plain)
        for m in pattern.finditer(text):
            value = _ordinal_value(m)
            if value < 2 or not ctx.free(m.start("ord"), m.end("ord")):
                continue
            if pattern is _ANNUAL and _OWNER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "the club's 12th annual survey": counted with its owner (annual surveys)
            counted = unit
            if pattern is _EDITION or pattern is _COMPLETED_SPAN:
                counted = plural_of(m.group("noun").lower())
            elif counted is None:  # the unit of the count before it, else how many times
                # (a share or a sum is no thing counted: "fell 2%, only the second since ...")
                earlier = [f for f in ctx.figures if f.end <= m.start() and f.unit and f.kind == "quantity"
                           and f.unit != "percent" and not f.unit.isupper()]
                counted = max(earlier, key=lambda f: f.end).unit if earlier else "times"
            ctx.add(Figure(m.start("ord"), m.end("ord"), "quantity", value, unit=counted, unit_fixed=True))


# "its one-millionth delivery", "the firm's 1,000,000th customer": the ordinal of a scale.
_SCALE_ORDINALS = frozenset({"hundredth", "thousandth", "millionth", "billionth"})
_SCALE_VALUES = {"hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000, "billionth": 1_000_000_000}
_SCALE_COUNT = re.compile(
    r"(?:\b(?:its|their|his|her|our)|[A-Za-z]['’]s)\s+"
    r"(?P<ord>(?:(?P<n>one|a|\d{1,3})[\s-])?(?P<scale>hundredth|thousandth|millionth|billionth)"
    r"|(?P<digits>\d{1,3}(?:,\d{3})+)(?:st|nd|rd|th))"
    # An acronym may qualify the noun: "its 500th UK branch".
    r"(?P<phrase>(?:\s+(?:[A-Za-z][a-z]+|[A-Z]{2,4}(?=\s+[a-z]))){1,3})",
)
_HEAD_END = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?P<next>[a-z]+)\b")


def _head_noun(text: str, m: re.Match[str]) -> str | None:
    """The noun that ends the phrase after the ordinal ("commercial drone delivery."): the
    last word before a stop word or a punctuation mark; None when the phrase goes on."""
    words, cut = _cut_at_stop_word(m.group("phrase").split())
    if not cut:
        end = _HEAD_END.match(text, m.end())
        if len(words) == 3 and (end is None or (end.group("next") or "the") not in STOP_WORDS):
            return None  # the phrase may go on: its noun is not known
    if not words or not words[-1].islower() or words[-1] in _NOT_COUNTED:
        return None
    return words[-1]


# "marks the 6th regional flood warning", "the 28th Alpine summit", "made a 12th dive": the nth
# of a thing, in digits (words are sequence in prose: "the second reason"). Places and positions in a
# sequence or in time are no counts ("the 5th percentile", "the 89th minute").
# A name with its number is one word of the phrase: "the 40th Model 3 delivery".
_BARE_COUNT = re.compile(
    r"\b(?:[Tt]he|an?)\s+(?P<ord>(?P<digits>\d{1,3}(?:,\d{3})+|\d{1,4})(?:st|nd|rd|th))"
    r"(?P<phrase>(?:\s+(?:[A-Z][a-z]+\s+\d{1,4}[A-Za-z]?(?=\s)|[A-Za-z][a-z]+)){1,3})",
)
_NOT_BARE = frozenset(
    split_words("""minute minutes hour hours second seconds lap hole inning pick seed percentile party
    street avenue district division circuit amendment row line century""")
) | frozenset(u.rstrip("s") for u in TIME_UNITS)
# Before "the": a rank ("ranks the 5th", "is the 3rd") is read by rankings.py.
_RANK_VERB_BEFORE = re.compile(
    r"\b(?:rank(?:s|ed|ing)?|plac(?:es|ed)|came|comes|finish(?:ed|es)?|is|was|are|were|remains?|remained|"
    r"at|in)\s+$",
    re.IGNORECASE,
)


def _bare_counts(ctx: SentenceContext) -> None:
    text = ctx.text
    for m in _BARE_COUNT.finditer(text):
        noun = _head_noun(text, m)
        value = int(m.group("digits").replace(",", ""))
        # A label word names one place of a short series ("the 3rd round"); from the 100th on it
        # is a milestone of a count ("the 400th match": 400 matches).
        if noun is None or noun in _NOT_BARE or (noun in _LABEL_WORDS and value < 100) or value < 2:
            continue
        if value < 100 and m.group().startswith("The"):  # "The 5th interest payment was late": a place
            continue
        if _RANK_VERB_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        words = m.group("phrase").split()
        if any(w.lower() in _NOT_COUNTED or w.lower() in _NOT_BARE for w in words[: words.index(noun)]):
            continue  # "the 3rd largest city", "the 2nd quarter results"
        if ctx.free(m.start("ord"), m.end("ord")):
            ctx.add(Figure(m.start("ord"), m.end("ord"), "quantity", value, unit=plural_of(noun),
                           unit_fixed=True))


# "the fourth $300 million weekend of the season", "its fifth 1,000-seat venue", "the second
# 100-goal season": an ordinal before a threshold (a sum, a sized compound) counts the things
# that reached it (3 weekends), where a bare "the third weekend" places one in a sequence. A
# span of time as the compound ("the second 12-month period", "its third five-year plan")
# stays a sequence, and a year is no threshold ("the third 2031 edition").
_THRESHOLD_NTH = re.compile(
    rf"(?:\b(?:the|its|their|his|her|our|an?)|[A-Za-z]['’]s)\s+(?P<ord>{_ANY_ORDINAL})\s+"
    r"(?!(?:19|20)\d\d\s)(?:[$€£¥₹]|[A-Z]{1,3}\$)?\d[\d,.]*\+?(?:\s*(?:thousand|million|billion|trillion|bn|m|k)\b)?"
    r"(?:-(?P<compound>[a-z]+))?\s+(?P<noun>[a-z]{3,})\b(?![-'’])",
    re.IGNORECASE,
)


# Every ordinal ends in st, nd, rd or th ("third", "12th"): where none stands before a figure,
# one quick search spares the pattern above, which is tried at every offset.
_ORDINAL_BEFORE_FIGURE = re.compile(r"(?:st|nd|rd|th)\s+(?:[$€£¥₹]|[A-Z]{1,3}\$)?\d")


def _threshold_counts(ctx: SentenceContext) -> None:
    if _ORDINAL_BEFORE_FIGURE.search(ctx.text) is None:
        return
    for m in _THRESHOLD_NTH.finditer(ctx.text):
        compound, noun = (m.group("compound") or "").lower(), m.group("noun").lower()
        if compound.rstrip("s") + "s" in TIME_UNITS or noun in STOP_WORDS or noun in _NOT_COUNTED:
            continue
        if noun.endswith("s") and not noun.endswith("ss"):
            continue  # "the third 40 buses": the buses are counted by their own number
        _add_nth_count(ctx, m, plural_of(noun))


# "only the fourth crewed landing on record", "just the fifth woman to": "only" before the nth
# of a thing says how many there have been (4 landings). Parts of time, places and
# superlatives stay out ("only the second half", "only the fourth largest").
_ONLY_NTH = re.compile(
    rf"\b(?:[Oo]nly|[Jj]ust)\s+the\s+(?P<ord>{_ORDINALS})\s+(?:(?P<adj>[a-z]+)\s+)?(?P<noun>[a-z]{{3,}})\b"
    r"(?![-'’])(?=\s+(?:in|of|to|since|ever|by|for|on|at|from|with|that|this)\b|\s*[,.;:)]|$)"
)
_ONLY_WORDS = frozenset({"only", "just"})
# "the fifth and final voyage", "its 12th and last concert": the last of a series gives its
# size (5 voyages). Parts of time stay out ("the third and final quarter").
_FINAL_NTH = re.compile(
    rf"(?<![\w-])(?P<ord>(?P<digits>\d{{1,3}})(?:st|nd|rd|th)|{_ORDINALS})\s+and\s+(?:final|last)\s+"
    r"(?P<noun>[a-z]{3,})\b(?![-'’])",
    re.IGNORECASE,
)
_FINAL_WORDS = frozenset({"final", "last"})
# "the 12th Harbour Games", "the ninth Northern Lights Festival": an ordinal before the name of
# a recurring event counts its editions.
# One list for the pattern and the sentence's pre-check (ctx.words holds them lower-cased).
_EVENT_WORDS = frozenset(split_words(
    "cup games olympics championship championships festival congress summit conference biennale awards expo forum"
))
_EVENT_NAMES = "|".join(w.capitalize() for w in sorted(_EVENT_WORDS, key=lambda w: (-len(w), w)))
_EVENT_EDITION = re.compile(
    rf"(?<![\w-])[Tt]he\s+(?P<ord>(?P<digits>\d{{1,3}})(?:st|nd|rd|th)|{_ORDINALS})\s+"
    rf"(?:[A-Z][\w'’.-]*\s+){{1,4}}?(?:{_EVENT_NAMES})\b"
    # "the sixth Harbour Cup match": a part of the event is counted, not its editions.
    r"(?![-'’]|\s+(?:match|matches|game|games|final|finals|semi-finals?|quarter-finals?|tie|round|stage|race|goal|"
    r"title|win|victory|event|session|day)\b)"
)


def _event_editions(ctx: SentenceContext) -> None:
    for m in _EVENT_EDITION.finditer(ctx.text):
        _add_nth_count(ctx, m, "editions")


def _final_counts(ctx: SentenceContext) -> None:
    for m in _FINAL_NTH.finditer(ctx.text):
        noun = m.group("noun").lower()
        if noun not in _NOT_COUNTED and noun not in STOP_WORDS:
            _add_nth_count(ctx, m, plural_of(noun))


# "the fourth major bleaching event since 1998", "the third rate cut since March": the nth of a
# thing since a date or an event says how many there have been since (4 events), as "only the
# fourth" does. Parts of time, places and superlatives stay out ("the second quarter since
# 2030", "the third largest since records began"); "such" may stand before the noun.
_NTH_SINCE = re.compile(
    rf"\b[Tt]he\s+(?P<ord>{_ANY_ORDINAL})(?P<phrase>(?:\s+[a-z]+){{1,4}}?)\s+since\b(?![-'’])"
)


def _since_counts(ctx: SentenceContext) -> None:
    for m in _NTH_SINCE.finditer(ctx.text):
        words = m.group("phrase").split()
        if any(w in _NOT_COUNTED or w in _NOT_BARE or (w in STOP_WORDS and w != "such") or w.endswith("ly")
               for w in words) or words[-1] == "such":
            continue
        _add_nth_count(ctx, m, plural_of(words[-1]), through="phrase")


def _only_counts(ctx: SentenceContext) -> None:
    for m in _ONLY_NTH.finditer(ctx.text):
        words = [w for w in (m.group("adj"), m.group("noun")) if w]
        if any(w in _NOT_COUNTED or w in STOP_WORDS or w in _NOT_BARE for w in words):
            continue
        _add_nth_count(ctx, m, plural_of(m.group("noun")))


def _scale_counts(ctx: SentenceContext) -> None:
    text = ctx.text
    for m in _SCALE_COUNT.finditer(text):
        noun = _head_noun(text, m)
        if noun is None or not ctx.free(m.start("ord"), m.end("ord")):
            continue
        if m.group("scale"):
            n = m.group("n")
            value = _SCALE_VALUES[m.group("scale").lower()] * (int(n) if n and n.isdigit() else 1)
        else:
            value = int(m.group("digits").replace(",", ""))
        ctx.add(Figure(m.start("ord"), m.end("ord"), "quantity", value, unit=plural_of(noun), unit_fixed=True))


# --- anniversaries and birthdays: ages ----------------------------------------------------

# "its 20th anniversary", "our 25th anniversary", "her 90th birthday": the years its owner has
# existed, an age like "its 58-year history". "the 40th anniversary of the treaty" names its
# owner after "of": the years since the treaty, an age too. Without either ("a 40th
# birthday party") the ordinal names an occasion, and it stays no figure.
_AGE = re.compile(
    rf"(?:\b(?:its|their|his|her|our|my|your)|[A-Za-z]['’]s|\b[Tt]he(?=\s+\S+\s+anniversary\s+of\b))\s+"
    rf"(?P<ord>{_ANY_ORDINAL})\s+"
    r"(?:(?:wedding|founding)\s+)?(?:anniversary|birthday)\b",
    re.IGNORECASE,
)
# "in its eighth year", "now in their 12th year": the years its owner has been running,
# counting the current one, an age as "its 58-year history" is.
# (not "in its third year of five": a part of a term whose length is given)
_COUNT_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# Entering or starting it says the same ("has entered its third year"). "In the fourth year of
# the plan" is a part of the plan's term, no figure (as "its third year of five" is).
_IN_ITS_YEAR = re.compile(
    r"\b(?:in|into|enter(?:s|ed|ing)?|beg(?:an|ins|inning)|start(?:s|ed|ing)?)\s+"
    rf"(?:its|their|his|her|our)\s+(?P<ord>{_ANY_ORDINAL})\s+year\b"
    rf"(?!\s+(?:of\s+(?:the|a|an|its|their|\d|{_COUNT_WORDS})\b|in\s+a\s+row|running))",
    re.IGNORECASE,
)
_AGE_WORDS = frozenset({"anniversary", "birthday"})


def _anniversary_ages(ctx: SentenceContext) -> None:
    for m in _AGE.finditer(ctx.text):
        value = _ordinal_value(m)
        if value > 1 and ctx.free(m.start("ord"), m.end("ord")):
            ctx.add(Figure(m.start("ord"), m.end("ord"), "quantity", value, unit="years", unit_fixed=True))


def _years_in_its_run(ctx: SentenceContext) -> None:
    for m in _IN_ITS_YEAR.finditer(ctx.text):
        value = _ordinal_value(m)
        if value > 1 and ctx.free(m.start("ord"), m.end("ord")):
            ctx.add(Figure(m.start("ord"), m.end("ord"), "quantity", value, unit="years", unit_fixed=True))


# recognise_ordinal_counts's trigger, below the word lists it names.
# ",000th" leaves the word "th", one of ORDINAL_SUFFIXES.
TRIGGER = Trigger(words=_SCALE_ORDINALS | {"time"} | _ORDINAL_WORDS | ORDINAL_SUFFIXES)
