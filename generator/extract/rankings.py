"""Ordinals and rankings: "11th place", "ranks first", "third-largest", "No. 1", "top 10",
and streaks ("second consecutive year", "fifth year in a row", "the third month running").

An ordinal outside a ranking context ("the 20th century", "first half") is claimed, not counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .context import ORDINAL_SUFFIXES, Figure, SentenceContext, Trigger, matches_from
from .lexicon import NUMBER_WORDS, ORDINAL_STARTS, ORDINAL_WORDS, STOP_WORDS, TIME_UNITS, WORD_NUMBER, fold, split_words
from .records import _BARE_SUPERLATIVES, _starts

_ORD_WORDS = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_ORDINAL = rf"(?:(?P<digits>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{_ORD_WORDS}))"
_ORDINAL_RE = re.compile(rf"(?<![\w.,-]){_ORDINAL}\b", re.IGNORECASE)
_STREAK = re.compile(
    rf"(?<![\w-]){_ORDINAL}\s+(?P<how>consecutive|straight|successive|continuous|running)\s+"
    rf"(?P<span>(?:\d{{1,3}}|{WORD_NUMBER})-(?:year|month|week|day|quarter)\s+)?"
    # the kind of year or day between ("the sixth consecutive financial year")
    r"(?:(?:calendar|financial|fiscal|full|business|trading|school|academic)\s+(?=(?:year|day|week)s?\b))?"
    r"(?P<unit>[a-z]+)\b"
    rf"|(?<![\w-]){_ORDINAL.replace('digits', 'digits2').replace('word', 'word2')}\s+"
    r"(?P<unit2>year|month|quarter|season|week|day|time)s?\s+(?:in\s+a\s+row|running|straight)\b",
    re.IGNORECASE,
)
# A streak of periodic things counts their periods: "the third straight monthly fall" (3 months).
_PERIODIC = {"annual": "year", "yearly": "year", "quarterly": "quarter", "monthly": "month", "weekly": "week"}
# "second only to X", "only second to X", "third only to A and B": a place behind the named
# ones. "second to none" is the opposite (none ahead).
_ONLY_TO = re.compile(
    rf"(?<![\w-])(?:{_ORDINAL}\s+only|only\s+{_ORDINAL.replace('digits', 'digits2').replace('word', 'word2')})"
    r"\s+to\b(?!\s+none\b)",
    re.IGNORECASE,
)
# Words around an ordinal that make it a rank: a place ("9th-placed") or any superlative in
# -est ("the 3rd driest spring" ranks the spring among all springs).
_RANK_AFTER = re.compile(
    r"[\s-]*(?:places?|placed|positions?|spots?|slots?(?!\s+machine)|rank|ranked|ranking|overall|in\s+the\s+world|globally|"
    r"worldwide|(?:on|in)\s+the\s+(?:leaderboard|table|standings|rankings?|league\s+table)|"
    r"(?:-|\s)?(?:largest|biggest|highest|lowest|most|best|busiest|fastest|"
    rf"richest|strongest|smallest|longest|leading|top|{_BARE_SUPERLATIVES}))\b",
    re.IGNORECASE,
)
_RANK_BEFORE = re.compile(
    r"\b(?:rank(?:s|ed|ing)?|plac(?:es|ed|ing)|came|comes|come|coming|finish(?:ed|es|ing)?|(?:rose|climbed|"
    r"jumped|moved|rising|climbing|fell|dropped|slipped|slid|falling|sank|"
    # "inched up to 14th", "declining to 43rd": more verbs of a move, same shape
    r"inch(?:ed|es|ing)|declin(?:ed|es|ing)|improv(?:ed|es|ing)|advanc(?:ed|es|ing))\s+(?:up\s+|down\s+)?to"
    # "down two places to 61st", "up three spots to ninth": a move counted in places
    r"|(?:places?|spots?|positions?|notch(?:es)?|rungs?)\s+to"
    # "came in third", "finished in second": the place reached, as "came third"
    r"|(?:came|comes|come|coming|finish(?:ed|es|ing)?)\s+in"
    # "table position 9th", "final placing: 3rd": the place named as a label
    r"|(?:position|placing|standing)\s*:?"
    # "sits fifth", "stood 12th", "ended seventh", "tied for third": verbs of holding a place
    r"|sits|sat|sitting|stands|stood|end(?:s|ed)|tied\s+for"
    r"|is|was|are|were|remains?|remained|at|in)\s+"
    # "was only 38th", "is now fifth": an adverb of degree or time between the verb and the place
    r"(?:(?:only|now|just|still)\s+)?(?:(?:a|the)\s+)?(?:joint\s+|equal\s+)?$",
    re.IGNORECASE,
)
_NUMBER_ONE = re.compile(
    # An ordinal suffix after "number" is the same place, written twice ("number 12th").
    r"\b(?:No\.|number|Number)\s?(?P<n>\d{1,3}(?![.,]\d)|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:(?<=\d)(?:st|nd|rd|th))?\b"
    r"(?!\s*(?:of|in\s+the\s+series))"
)
# (A place has no decimals nor thousands: "will top 40,000", "could top 2.4 million" is the verb.)
_TOP = re.compile(
    r"\b(?P<top>[Tt]op)[\s-](?P<n>\d{1,3}(?![.,]\d)|" + "|".join(w for w in NUMBER_WORDS if NUMBER_WORDS[w] > 1)
    + r")\b(?!\s*%)"
)
# The two patterns read at every ordinal, case-sensitive for lower-cased ASCII text: the
# regex engine then rejects most offsets on their first letter. Only case-blind uses are
# made of what they match.
_ORDINAL_LOWER = re.compile(_ORDINAL_RE.pattern)
_RANK_BEFORE_LOWER = re.compile(_RANK_BEFORE.pattern)
# "the club finishing third", "any side finishing last": a participle right after "the" and a
# noun defines which one is meant (a reduced relative clause), as "the top four" defines a
# group; "with Orvik finishing second" gives the place.
_REFERENT_BEFORE = re.compile(r"\b(?:the|any|each|every)\s+[a-z]+\s+$", re.IGNORECASE)
# "from 5th to 4th place": the rank word after the second ordinal makes the first a rank too.
_MOVED_TO_RANK = re.compile(
    rf"\s+to\s+(?:\d{{1,3}}(?:st|nd|rd|th)|{_ORD_WORDS})[\s-]+(?:place|position|spot|rank)\b",
    re.IGNORECASE,
)
_ORD_NUMBER = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{_ORD_WORDS})"
# "15th and 16th position", "ninth or tenth place": the rank word after the last ordinal of
# a list makes the ones before it ranks too.
_SHARED_RANK_WORD = re.compile(
    rf"(?:\s*,\s*{_ORD_NUMBER})*\s*,?\s+(?:and|or|&)\s+{_ORD_NUMBER}[\s-]+(?:places?|positions?|spots?|ranks?)\b",
    re.IGNORECASE,
)
_SHARED_WORD_AFTER = re.compile(rf"(?:\s*,\s*{_ORD_NUMBER})*\s*,?\s+(?:and|or|&)\s+{_ORD_NUMBER}", re.IGNORECASE)
# "jumped from 31st to 22nd", "China, from 9th to 4th": both ordinals of a move are ranks in a
# sentence of ranks or of moving (_MOVE_WORDS), when the second ends the phrase or a rank word
# follows it ("from 3rd to 5th floor", "from 1st to 3rd March" are no ranks).
_RANK_MOVE = re.compile(
    rf"(?<![\w-])from\s+(?P<a>{_ORD_NUMBER})\s+to\s+(?P<b>{_ORD_NUMBER})"
    r"(?=\s*(?:[,;:.)]|$)|\s+(?:and|in|on|at|after|before|with|while|for|among|out\s+of|overall)\b"
    r"|[\s-]+(?:place|position|spot|rank)s?\b)",
    re.IGNORECASE,
)
# "rose to 12th from 15th", "to 8th from 11 out of 25": the same move written place reached
# first. The place left may be bare digits after a place reached in digits (the writer drops
# the suffix the first one gave); a bare "from 11" after a word ordinal stays a count.
_RANK_MOVE_BACK = re.compile(
    rf"(?<![\w-])to\s+(?P<a>{_ORD_NUMBER})\s+from\s+(?:(?P<b>{_ORD_NUMBER})|(?P<bare>\d{{1,3}}))"
    r"(?![.,]?\d)(?=\s*(?:[,;:.)]|$)|\s+(?:and|in|on|at|after|before|with|while|for|among|out\s+of|overall)\b"
    r"|[\s-]+(?:place|position|spot|rank)s?\b)",
    re.IGNORECASE,
)
_MOVE_WORDS = frozenset(
    split_words("rank ranks ranked ranking rankings place places position positions spot spots table league "
    "rose risen rise rises rising fell fallen falls falling jumped jumps leapt leaped leaps climbed "
    "climbs slipped slips dropped drops slid slides sank sunk moved moves improved")
)
# "In second is Varnholm", "in third place was Lindhaven": a place given first, then who holds it
# (a verb "to be" and a name in capitals). The name is the subject.
_IN_PLACE_BEFORE = re.compile(r"\b[Ii]n\s+$")
_HOLDER_AFTER = re.compile(
    r"\s+(?:is|was|are|were|comes|came|sits|sat|stands|stood)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)"
)
# "the line was second with 41,200", "is third at 12 percent", "is third behind Ostvik": after
# a verb "to be", an ordinal word followed by the score it ranks by or the rival ahead is a place.
_SCORE_OR_RIVAL_AFTER = re.compile(r"\s+(?:(?:with|at)\s+(?:about\s+|some\s+|nearly\s+)?\d|behind\s+[A-Z])")
# Before an ordinal word, only these words make it a rank ("is third" may be a fraction).
_RANK_VERB = re.compile(
    r"rank|plac|came|com(?:e|es|ing)\b|finish|spot|position|notch|rung"
    # verbs of holding a place, with no article ("sat a third from the edge" is a fraction)
    r"|\b(?:sits|sat|sitting|stands|stood|end(?:s|ed)|tied\s+for)\s+(?:(?:joint|equal)\s+)?$",
    re.IGNORECASE,
)
# "the cartoon in ninth, ahead of ...": a bare ordinal word after "in" is a place when the
# clause ends right after it ("in second is X" is _HOLDER_AFTER; "in second gear" is none), and
# something stands before "in" ("In second, the tone changed" opens a sentence: a step, no place).
_IN_BEFORE = re.compile(r"(?<=[\w'’\"”)])\s+in\s+$", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;:.)]|$)")
# "ranked 17th, 23rd and 43rd": an ordinal right after a place, in the same list, is a place too.
_NEXT_IN_LIST = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
_OF_THE = re.compile(r"\b(?:\d[\d,.]*|[a-z]+)\s+of\s+the\s+$", re.IGNORECASE)
# "top 50" as the name of a group, not a place reached: a list's name written in capitals
# mid-sentence ("the lead for stores in the Harbour Top 40", like "the FTSE 100"), or a group
# of things ("its 14 Top 40 brands", "the top 10 ports"). A threshold that defines a category
# is context, like "12 of the top 60"; "the only rower in the top 20" stays a place.
_GROUP_AFTER_TOP = re.compile(r"\s+(?!(?:is|was|has|does|as)\b)[a-z]+s\b")
# "#5", "held onto #1": a place written with a number sign ("#KeepItOn" is a hashtag).
_NUMBER_SIGN = re.compile(r"(?<![\w#&])#(?P<n>\d{1,3})(?![\w]|[.,]\d)")
# Ordinals that name parts of time or sequence, never ranks: "first half", "third quarter".
# Also hyphenated: "a 19th-century mill", "third-quarter profit".
_NOT_RANK_AFTER = re.compile(
    r"[\s-]+(?:half|quarter|time|times|day|week|month|year|round|stage|phase|step|part|place\s+to|"
    r"century|anniversary|edition|generation|wave|term|season|floor|grade|birthday|person|minute|hour|lap|inning|"
    r"one|ones|of|thing)\b",
    re.IGNORECASE,
)


# A place given bare after a name: "Norway (4th)", or in a list "Chile 12th, Peru 15th and ...".
# Months and weekdays take days, not places ("Monday 5th").
_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][\w'’.-]*\)?(?:\s+\(|\s+)$"
)
_BRACKET_CLOSE = re.compile(r"\s*\)")
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_LIST_GOES_ON = re.compile(r"\s*(?:[,;.]|\)|and\b|or\b|$)")
# "ranks 12thfollowed by": a place glued to the next word (a space lost in the source).
_GLUED_RANK = re.compile(
    r"\b(?:rank(?:s|ed)?|plac(?:es|ed)|finish(?:ed|es)?)\s+(?P<digits>\d{1,3})(?:st|nd|rd|th)(?=[a-z]{3})",
    re.IGNORECASE,
)


# The whole name before such a place: "Republic of Palau (80th)", "New Zealand 7th".
# An acronym in brackets after it is part of the name: "Northern Institute (NI) 8th".
_FULL_NAME_BEFORE = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?)*[A-Z][\w'’.-]*(?:\s+\([A-Z][\w\s'’.-]*\))?(?=\s*\(?\s*$)"
)


def _place_after_name(text: str, m: re.Match[str], bracketed_only: bool = False) -> str | None:
    """The name before a bare place: "Norway (4th)", "Chile 12th,"; else None. An ordinal word
    counts only in brackets ("Norway (fourth)"): "Chile second" is no such list."""
    before = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if before is None or (bracketed_only and not before.group().endswith("(")):
        return None
    closed = _BRACKET_CLOSE if before.group().endswith("(") else _LIST_GOES_ON
    if closed.match(text, m.end()) is None:
        return None
    name = _FULL_NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
    words = (name.group() if name else before.group().rstrip(" (")).split()
    while len(words) > 1 and words[0].lower() in STOP_WORDS:
        words.pop(0)  # "The", "In" opening the sentence
    return " ".join(words)


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
# "the fourth son out of six", "the third of five sisters": a place in a whole
# whose size is given. A part of time ("the fifth day of 10") stays out (_NOT_RANK_AFTER).
_PLACE_IN_WHOLE = re.compile(
    rf"\b(?:the|its|their|his|her)\s+(?P<ord>{_ORD_NUMBER})(?P<noun>\s+[a-z]+)?\s+(?:out\s+)?of\s+"
    rf"(?P<whole>\d{{1,3}}|{WORD_NUMBER})\b(?![.,]\d|\s*%|\s+{_MONTH})",
    re.IGNORECASE,
)
# "the frame reached the 48th floor": how high a building has got, like its height in
# metres. A floor only named as a place ("the sixth floor is closed", "moved to the 6th
# floor") is where something is, not a figure.
_FLOOR_REACHED = re.compile(
    r"\b(?:reach(?:ed|es|ing)?|hit|hits|(?:climb|climbed|climbs|rose|risen|rises)\s+to|"
    r"(?:top|topped|tops|topping)\s+out\s+at)\s+(?:the|its|their)\s+"
    rf"(?P<ord>{_ORD_NUMBER})\s+(?:floor|storey|story|level)\b",
    re.IGNORECASE,
)
_FLOOR_WORDS = frozenset({"floor", "storey", "story", "level"})
_POSITION_WORDS = _FLOOR_WORDS | {"of"}


_ONLY = frozenset({"only"})
_OWNERS = frozenset({"the", "its", "their", "his", "her"})
_THE = frozenset({"the"})


def _owner_led(pattern: re.Pattern[str], ctx: SentenceContext, words: frozenset[str]) -> Iterable[re.Match[str]]:
    """``pattern.finditer(ctx.text)`` for a pattern opening with ``\b`` and one of ``words``
    (case-insensitive): in ASCII text it is tried only where one of them starts a word (the
    engine would try every offset), as records._starts finds them."""
    if not ctx.ascii:
        return pattern.finditer(ctx.text)
    return matches_from(pattern, ctx.text, _starts(ctx, words, False))


def _may_hold_ordinal(ctx: SentenceContext) -> bool:
    """Whether an ordinal of _ORD_NUMBER may stand in the sentence: in ASCII text one leaves an
    ordinal word or a digit ordinal's suffix as a word of ``ctx.words`` (its patterns are
    case-insensitive only over ASCII letters there). Non-ASCII text is always tried."""
    return not ctx.ascii or ctx.has_any(_ORDINALS) or ctx.has_any(ORDINAL_SUFFIXES)


def _positions(ctx: SentenceContext) -> None:
    """Places in a whole of a given size and floors reached (see the patterns above)."""
    text = ctx.text
    for m in _owner_led(_PLACE_IN_WHOLE, ctx, _OWNERS) if "of" in ctx.words else ():
        place, whole = _ordinal_number(m.group("ord")), _cardinal(m.group("whole"))
        if m.group("noun") and _NOT_RANK_AFTER.match(m.group("noun")):
            continue
        if whole is not None and 1 < place <= whole and ctx.free(m.start("ord"), m.end("ord")):
            ctx.add(Figure(m.start("ord"), m.end("ord"), "ranking", place, unit="rank", unit_fixed=True))
    for m in _FLOOR_REACHED.finditer(text) if not ctx.ascii or ctx.has_any(_FLOOR_WORDS) else ():
        if ctx.free(m.start("ord"), m.end("ord")):
            value = _ordinal_number(m.group("ord"))
            ctx.add(Figure(m.start("ord"), m.end("ord"), "quantity", value, unit="floor", unit_fixed=True))


def _ordinal_number(ordinal: str) -> int:
    """48 for "48th", 4 for "fourth"."""
    return int(ordinal[:-2]) if ordinal[0].isdigit() else ORDINAL_WORDS[fold(ordinal)]


def _cardinal(number: str) -> int | None:
    """9 for "9" or "nine"; None for a word that is no plain number ("dozen" is)."""
    return int(number) if number.isdigit() else NUMBER_WORDS.get(fold(number))


def _only_to(ctx: SentenceContext) -> None:
    # Its matches start at an ordinal or at "only": in ASCII text tried only there.
    text = ctx.text
    found = matches_from(_ONLY_TO, text, sorted(_ordinal_starts(ctx) + ctx.word_starts(_ONLY))) if ctx.ascii \
        else _ONLY_TO.finditer(text)
    for m in found:
        value = _value(m) if m.group("digits") or m.group("word") else _value(m, "digits2", "word2")
        if value > 1 and ctx.free(m.start(), m.end()):
            ctx.add(Figure(m.start(), m.end(), "ranking", value, unit="rank", unit_fixed=True))


def _glued_ranks(ctx: SentenceContext) -> None:
    for m in _GLUED_RANK.finditer(ctx.text):
        if ctx.free(m.start("digits"), m.end()):
            ctx.add(Figure(m.start("digits"), m.end(), "ranking", int(m.group("digits")), unit="rank", unit_fixed=True))


def _top_names_group(ctx: SentenceContext, m: re.Match[str]) -> bool:
    """Whether "top N" names a group (a threshold), not a place: see _GROUP_AFTER_TOP."""
    text = ctx.text
    named_list = m.group("top") == "Top" and m.start() > 0 and not ctx.is_title  # titles capitalise all
    return bool(named_list or _OF_THE.search(text, 0, m.start()) or _GROUP_AFTER_TOP.match(text, m.end()))


def _value(m: re.Match[str], digits: str = "digits", word: str = "word") -> int:
    if m.group(digits):
        return int(m.group(digits))
    return ORDINAL_WORDS[fold(m.group(word))]


_VOCAB = ORDINAL_STARTS | {"top", "no", "number"}
_ORDINALS = ORDINAL_STARTS  # the words an ordinal starts with ("sixty" of "sixty-third")
_STREAK_WORDS = frozenset({"consecutive", "straight", "successive", "continuous", "running", "row"})
_NUMBER_WORDS_ONE = frozenset({"no", "number"})
_DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
_GLUED_RANK_WORDS = frozenset({"rank", "ranks", "ranked", "places", "placed", "finish", "finished", "finishes"})


def _ordinal_starts(ctx: SentenceContext) -> list[int]:
    """Where an ordinal may start in ASCII text: where a number may (runs of digits among
    them) and where an ordinal word starts."""
    numbers = ctx.number_starts() or []
    words = ctx.word_starts(ctx.words & _ORDINALS)
    return sorted(numbers + words) if numbers and words else numbers or words


def _rank_move_starts(ctx: SentenceContext) -> frozenset[int]:
    """Where the ordinals of a rank move start: "rose from 12th to 9th" (see _RANK_MOVE)."""
    if "from" not in ctx.words or not ctx.has_any(_MOVE_WORDS):
        return frozenset()
    moves = [*_RANK_MOVE.finditer(ctx.text), *_RANK_MOVE_BACK.finditer(ctx.text)]
    return frozenset(at for m in moves for at in (m.start("a"), m.start("b")) if at >= 0)


def _bare_places_left(ctx: SentenceContext) -> None:
    """"to 8th from 11": the bare place left in a move whose place reached is in digits."""
    if "from" not in ctx.words or not ctx.has_any(_MOVE_WORDS):
        return
    for m in _RANK_MOVE_BACK.finditer(ctx.text):
        if m.group("bare") and m.group("a")[0].isdigit() and ctx.free(m.start("bare"), m.end("bare")):
            ctx.add(Figure(m.start("bare"), m.end("bare"), "ranking", int(m.group("bare")), unit="rank",
                           unit_fixed=True))


# "the fourth consecutive harvest", "a sixth successive drop": "consecutive" and "successive"
# only ever mean in a row, so the ordinal counts the noun after them, whatever it is.
# "straight", "running" and "continuous" also describe things ("the third straight line"):
# after them only the nouns above count. Function words and superlatives count nothing.
def _plural(noun: str) -> str:
    return noun + "es" if noun.endswith(("s", "x", "ch", "sh")) else noun + "s"


# A noun before another word that is no function word modifies a head noun ("the fifth
# successive title race"): which one is counted is unclear, so none is.
def _counted_in_a_row(m: re.Match[str], unit: str, text: str) -> bool:
    after = _WORD_AFTER.match(text, m.end())
    return (
        # "straight" too: after an ordinal it is a streak ("a fifth straight sellout"), but for
        # the nouns it describes literally ("a straight line"); "running" may be a noun's
        # modifier ("the third running back") and stays out.
        (m.group("how").lower() in ("consecutive", "successive")
         or (m.group("how").lower() == "straight" and unit.rstrip("s") not in _LITERALLY_STRAIGHT))
        and unit not in STOP_WORDS and unit not in _SUPERLATIVE_WORDS and not unit.endswith("ly")
        and (after is None or after.group("word").lower() in STOP_WORDS)
    )


_WORD_AFTER = re.compile(r"\s+(?P<word>[A-Za-z]+)\b")
_LITERALLY_STRAIGHT = frozenset(split_words("line edge face road path answer talk hair shot flush"))


_SUPERLATIVE_WORDS = frozenset(
    split_words("highest lowest largest biggest smallest best worst most least top leading")
) | frozenset(_BARE_SUPERLATIVES.split("|"))


TRIGGER = Trigger(words=_VOCAB, or_digit=True)


def recognise_rankings(ctx: SentenceContext) -> None:
    text = ctx.text
    streak = ctx.has_any(_STREAK_WORDS)
    for m in _STREAK.finditer(text) if streak else ():
        if not ctx.free(m.start(), m.end()):
            continue
        if m.group("unit"):
            value, unit = _value(m), m.group("unit").lower()
            # "the fourth successive three-month period": the periods are counted; their length
            # names them (a framing period), no figure of its own.
            span = m.group("span")
            if unit in _PERIODIC:  # "a sixth successive annual loss": six years running
                ctx.add(Figure(m.start(), m.end(), "quantity", value, unit=f"consecutive {_PERIODIC[unit]}s",
                               unit_fixed=True))
                continue
            if span and unit.rstrip("s") == "period":
                unit = f"{span.strip()} period"
            elif span or (
                unit.rstrip("s") + "s" not in TIME_UNITS and unit.rstrip("s") not in ("time", "win", "victory")
                and not _counted_in_a_row(m, unit, text)
            ):
                continue
            unit = f"consecutive {unit if unit.endswith('s') and not unit.endswith('ss') else _plural(unit)}"
        else:
            value, unit = _value(m, "digits2", "word2"), f"consecutive {m.group('unit2').lower()}s"
        ctx.add(Figure(m.start(), m.end(), "quantity", value, unit=unit, unit_fixed=True))
    for m in _NUMBER_ONE.finditer(text) if ctx.has_any(_NUMBER_WORDS_ONE) else ():
        n = fold(m.group("n"))
        value = int(n) if n.isdigit() else NUMBER_WORDS[n]
        if ctx.free(m.start(), m.end()):
            ctx.add(Figure(m.start(), m.end(), "ranking", value, unit="rank", unit_fixed=True))
    for m in _NUMBER_SIGN.finditer(text) if "#" in text else ():
        if ctx.free(m.start(), m.end()):
            ctx.add(Figure(m.start(), m.end(), "ranking", int(m.group("n")), unit="rank", unit_fixed=True))
    for m in _TOP.finditer(text) if "top" in ctx.words else ():
        if not ctx.free(m.start("n"), m.end()) or _top_names_group(ctx, m):
            if _top_names_group(ctx, m):
                ctx.take(m.start("n"), m.end())  # "26 of the top 100": the 100 is context
            continue
        n = fold(m.group("n"))
        value = int(n) if n.isdigit() else NUMBER_WORDS[n]
        ctx.add(Figure(m.start(), m.end(), "ranking", value, unit="rank", unit_fixed=True))
    if ctx.has_digit and not ctx.words.isdisjoint(_GLUED_RANK_WORDS):
        _glued_ranks(ctx)
    if "only" in ctx.words:
        _only_to(ctx)
    # Every pattern below reads an ordinal (_ORDINAL, _ORD_NUMBER): asked once for all.
    ordinal = _may_hold_ordinal(ctx)
    if ordinal and not ctx.words.isdisjoint(_POSITION_WORDS):
        _positions(ctx)
    if ordinal and "for" in ctx.words and "the" in ctx.words:
        _change_streaks(ctx)
    if ordinal and ctx.has_any(_SEQUENCE_WORDS):
        _succession_streaks(ctx)
        _achiever_places(ctx)
        _named_ranking_places(ctx)
    if not (ctx.has_any(_ORDINALS) or (ctx.has_any(ORDINAL_SUFFIXES) and _DIGIT_ORDINAL.search(text))):
        return
    # In ASCII text, the case-sensitive patterns on the lower-cased text (same offsets).
    ascii_text = ctx.ascii
    lower = ctx.lower if ascii_text else text
    ordinals, rank_before = (_ORDINAL_LOWER, _RANK_BEFORE_LOWER) if ascii_text else (_ORDINAL_RE, _RANK_BEFORE)
    # The ordinal pattern opens with a look-behind, so the regex engine would try every
    # offset; its matches start at a run of digits or at an ordinal word.
    found = matches_from(ordinals, lower, _ordinal_starts(ctx)) if ascii_text else ordinals.finditer(lower)
    move_starts = _rank_move_starts(ctx)
    _bare_places_left(ctx)
    listed: list[tuple[re.Match[str], str]] = []
    last_place = -1  # where the last place read ends
    for m in found:
        if not ctx.free(m.start(), m.end()):
            continue
        after = _RANK_AFTER.match(text, m.end())
        before = rank_before.search(lower, max(0, m.start() - 40), m.start())
        if before is not None and before.group().lower().startswith("finishing") and _REFERENT_BEFORE.search(
            lower, max(0, before.start() - 30), before.start()
        ):
            ctx.take(m.start(), m.end())  # "the team finishing third is relegated": which team, no place given
            continue
        is_digit = m.group("digits") is not None
        moved = after is None and (
            m.start() in move_starts
            or _MOVED_TO_RANK.match(text, m.end()) is not None
            or _SHARED_RANK_WORD.match(text, m.end()) is not None
        )
        ranked_before = (before and (
            is_digit or _RANK_VERB.search(before.group()) or _in_place_ending_clause(lower, m)
            or _bare_word_place(lower, before, m)
            or _SCORE_OR_RIVAL_AFTER.match(text, m.end()) is not None
        )) or (is_digit and _appositive_place(lower, m))
        moved = moved or (last_place >= 0 and _NEXT_IN_LIST.fullmatch(text, last_place, m.start()) is not None)
        # "9th (14th)": a place in brackets right after a place is the one it compares with.
        moved = moved or (_compared_place(text, last_place, m) if is_digit and last_place >= 0 else False)
        named = _place_after_name(text, m, bracketed_only=not is_digit) if not (after or before) else None
        if not (after or ranked_before or named) and before is not None:
            named = _holder_after(text, m)
        if _IN_THE_FIRST_PLACE.match(lower, max(0, m.start() - 7)) and m.start() >= 7:
            ctx.take(m.start(), m.end())  # "why was it built in the first place?": an idiom, no place
            continue
        if (after or moved or ranked_before or named) and not _part_of_time_after(text, m.end()):
            end = after.end() if after else m.end()
            ctx.add(Figure(m.start(), end, "ranking", _value(m), unit="rank", subject=named, unit_fixed=True))
            last_place = end
        elif is_digit:
            ctx.take(m.start(), m.end())  # "20th century": not a figure
        elif not (after or before) and text[m.start()].islower():
            bare = _place_after_name(text, m)
            if bare is not None:
                listed.append((m, bare))
    _listed_places(ctx, listed)


# "In the first place, ...", "why ... in the first place?": the idiom (to begin with, at all)
# takes the article; a place held is "in first place".
_IN_THE_FIRST_PLACE = re.compile(r"in\s+the\s+first\s+place\b(?=\s*(?:[,;:.?!)]|$))")


# "the new ferry, the 41st in the fleet,": a digit ordinal in apposition, placed in a group
# named after it, is a place, as "the ferry is the 41st in the fleet" is.
_APPOSITIVE_BEFORE = re.compile(r",\s+the\s+$")
_IN_GROUP_AFTER = re.compile(r"\s+(?:in|of|among)\s+(?:the|its|their)\s+[a-z]{3,}\b")


def _appositive_place(lower: str, m: re.Match[str]) -> bool:
    return (_APPOSITIVE_BEFORE.search(lower, max(0, m.start() - 8), m.start()) is not None
            and _IN_GROUP_AFTER.match(lower, m.end()) is not None)


def _compared_place(text: str, last_place: int, m: re.Match[str]) -> bool:
    """"9th (14th)": the ordinal in brackets right after the place read before it."""
    return (_BRACKET_OPEN.fullmatch(text, last_place, m.start()) is not None
            and _BRACKET_CLOSE.match(text, m.end()) is not None)


# An ordinal word with no article after a verb of moving to a place ("climbed to fifth") or
# after a verb "to be" that ends its clause ("was fifth.", "is now sixth,") can only be a
# place: a fraction takes an article ("fell to a third", "was a third"), and an ordinal that
# names something has its noun after it ("was second nature"). "First" is left to records.py.
_MOVED_TO_BEFORE = re.compile(r"\bto\s+$")
_TO_BE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|remains?|remained)\s+(?:(?:only|now|just|still)\s+)?(?:(?:joint|equal)\s+)?$"
)
# What may stand between such a place and the end of its clause: the rival ahead, the field,
# or when ("was fifth behind the leader", "is sixth among peers", "was fifth last year").
_PLACE_TAIL = re.compile(
    r"\s+(?:behind|among|ahead\s+of|out\s+of|(?:last|this|next)\s+(?:year|season|month|week)|in\s+\d{4}\b)"
)


def _bare_word_place(lower: str, before: re.Match[str], m: re.Match[str]) -> bool:
    if _value(m) < 2:
        return False
    frame = before.group()
    # "were fourth and fifth, respectively": a list of places ends the clause as one does
    shared = _SHARED_WORD_AFTER.match(lower, m.end())
    end = shared.end() if shared else m.end()
    return _MOVED_TO_BEFORE.search(frame) is not None or (
        _TO_BE_BEFORE.search(frame) is not None
        and (_CLAUSE_ENDS.match(lower, end) is not None or _PLACE_TAIL.match(lower, end) is not None
             or (shared is not None and _RANK_AFTER.match(lower, end) is not None))
    )


def _in_place_ending_clause(lower: str, m: re.Match[str]) -> bool:
    """"in seventh," (see _IN_BEFORE)."""
    return (_IN_BEFORE.search(lower, max(0, m.start() - 5), m.start()) is not None
            and _CLAUSE_ENDS.match(lower, m.end()) is not None)


def _holder_after(text: str, m: re.Match[str]) -> str | None:
    """The name holding a place given before it: "in second is Varnholm" (see _HOLDER_AFTER)."""
    if _IN_PLACE_BEFORE.search(text, max(0, m.start() - 4), m.start()) is None:
        return None
    holder = _HOLDER_AFTER.match(text, m.end())
    return holder.group("name") if holder else None


def _part_of_time_after(text: str, end: int) -> bool:
    """Whether a part of time or sequence follows the ordinal, or the last of a list of
    ordinals it opens: "third quarter", "the 11th and 12th centuries"."""
    shared = _SHARED_WORD_AFTER.match(text, end)
    return _NOT_RANK_AFTER.match(text, shared.end() if shared else end) is not None


def _listed_places(ctx: SentenceContext, listed: list[tuple[re.Match[str], str]]) -> None:
    """Ordinal words after names, unbracketed: "Carran College second, Belmont University
    third." One alone ("Chile second") may be anything; two of them, or one after a rank
    already read in the sentence, make a list of places."""
    if not listed:
        return
    ranked_at = min((f.start for f in ctx.figures if f.unit == "rank"), default=len(ctx.text))
    if len(listed) < 2 and listed[0][0].start() < ranked_at:
        return
    for m, name in listed:
        if ctx.free(m.start(), m.end()):
            ctx.add(Figure(m.start(), m.end(), "ranking", _value(m), unit="rank", subject=name, unit_fixed=True))


# --- streaks in succession, places among achievers, places in a named ranking ----------------

# "for the fourth season in succession", "the fifth season on the trot": a streak, as "in a row";
# so is "a sixth year of consecutive gains", the streak's word after the period.
_SUCCESSION = re.compile(
    rf"(?<![\w-]){_ORDINAL}\s+(?P<unit>year|month|quarter|season|week|day|time)s?\s+"
    r"(?:in\s+succession|on\s+the\s+trot|of\s+(?:consecutive|continuous|uninterrupted|unbroken|successive)\s+[a-z]+)\b",
    re.IGNORECASE,
)
_SUCCESSION_WORDS = frozenset(split_words("succession trot consecutive continuous uninterrupted unbroken successive"))
# "the sixth nation to manage it", "the third woman to win it": the place of one who does
# something in the sequence of those who did it. Only nouns of those who can act (people,
# groups, places that act as one, works and craft that achieve a feat): after "reason",
# "way" or "step" the infinitive says what for ("the second reason to buy"). "The first
# country to ..." is a claim (records.py).
_ACHIEVERS = frozenset(split_words("""
    country nation state city town province region territory economy government person man woman
    boy girl player team club side squad company firm brand bank airline carrier carmaker automaker
    maker startup driver rider athlete artist band singer rapper actor actress director film movie
    album song book novel writer author astronaut cosmonaut spacecraft probe lander rover mission
    ship vessel aircraft university school college leader president member candidate nominee
    winner scientist human jockey golfer boxer swimmer runner cyclist climber
"""))
# The field may follow the noun: "the ninth country worldwide to", "the third woman ever to".
_FIELD_WORDS = "worldwide|globally|ever|nationally|nationwide"
_ACHIEVER_PLACE = re.compile(
    rf"\bthe\s+(?P<ord>{_ORD_NUMBER})\s+(?:[a-z]+\s+)?(?P<noun>(?!(?:{_FIELD_WORDS})\b)[a-z]+)"
    rf"(?:\s+(?:{_FIELD_WORDS}|in\s+(?:the\s+world|history|[A-Z][a-z]+)))?\s+to\s+"
    r"(?!(?:the|a|an|its|their|his|her|this|that|date)\b)[a-z]+\b",
    re.IGNORECASE,
)
# "9th in the Harbour Trade Index", "12th in @Fifa World Ranking": a place in a ranking
# named in capitals, whose name ends with a word of ranking.
_NAMED_RANKING = re.compile(
    rf"(?<![\w-])(?P<ord>{_ORD_NUMBER})\s+in\s+(?:the\s+)?"
    r"(?:(?:[@#]?[A-Z][\w&'’.-]*|\([^()\s]{1,12}\)|&|of|and|for|on)\s+){0,8}?"
    r"(?:Rankings?|Index|League|Table|Standings|Charts?|List|Ratings?)\b"
)
_SEQUENCE_WORDS = frozenset(split_words(
    "to rankings ranking index league table standings chart charts list rating ratings"
)) | _SUCCESSION_WORDS


# "slipped for the third month", "stayed in growth for the 52nd month": after a verb of change
# or continuation, "for the Nth" month, week, day, season or year is a streak though no word
# says "in a row". Not a quarter or a half (a period's label: "earnings for the second quarter"),
# not "first", not a part of something ("for the second year of the plan").
_CHANGE_FOR_THE = re.compile(
    r"\b(?:fell|rose|grew|declined|dropped|increased|decreased|climbed|slipped|eased|contracted|expanded|"
    r"shrank|continued|remained|stayed|improved|worsened|gained|advanced|slowed|accelerated)\b"
    rf"(?:\s+[a-z]+){{0,3}}\s+for\s+the\s+{_ORDINAL}\s+(?P<unit>month|week|day|season|year)\b"
    r"(?!\s+(?:of|to)\b)",
    re.IGNORECASE,
)


# "For the second year, the board ...": opening the sentence and closed by a comma, "for the
# Nth" year, season, month, week or day is a streak though no verb of change stands before it.
# Not "For the second quarter," (a period's label) nor "For the second year of the plan,".
_OPENING_FOR_THE = re.compile(
    rf"^\W*for\s+the\s+{_ORDINAL}\s+(?:(?:consecutive|straight|successive)\s+)?(?P<unit>month|week|day|season|year)"
    r"(?:\s+(?:running|in\s+a\s+row))?\s*,",
    re.IGNORECASE,
)


def _change_streaks(ctx: SentenceContext) -> None:
    opening = _OPENING_FOR_THE.match(ctx.text)
    for m in [*_CHANGE_FOR_THE.finditer(ctx.text), *([opening] if opening else [])]:
        value = _value(m)
        start = m.start("digits") if m.group("digits") else m.start("word")
        if value > 1 and ctx.free(start, m.end()):
            unit = f"consecutive {m.group('unit').lower()}s"
            ctx.add(Figure(start, m.end(), "quantity", value, unit=unit, unit_fixed=True))


def _succession_streaks(ctx: SentenceContext) -> None:
    for m in _SUCCESSION.finditer(ctx.text) if ctx.has_any(_SUCCESSION_WORDS) else ():
        if _value(m) > 1 and ctx.free(m.start(), m.end()):  # "the first year of ...": no streak yet
            unit = f"consecutive {m.group('unit').lower()}s"
            ctx.add(Figure(m.start(), m.end(), "quantity", _value(m), unit=unit, unit_fixed=True))


def _achiever_places(ctx: SentenceContext) -> None:
    for m in _owner_led(_ACHIEVER_PLACE, ctx, _THE) if "to" in ctx.words else ():
        value = _ordinal_number(m.group("ord"))
        if m.group("noun").lower() in _ACHIEVERS and value > 1 and ctx.free(m.start("ord"), m.end("ord")):
            ctx.add(Figure(m.start("ord"), m.end("ord"), "ranking", value, unit="rank", unit_fixed=True))


def _named_ranking_places(ctx: SentenceContext) -> None:
    for m in _NAMED_RANKING.finditer(ctx.text) if "in" in ctx.words else ():
        if ctx.free(m.start("ord"), m.end("ord")):
            value = _ordinal_number(m.group("ord"))
            ctx.add(Figure(m.start("ord"), m.end("ord"), "ranking", value, unit="rank", unit_fixed=True))
