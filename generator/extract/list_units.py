"""Units of figures in lists: a member without a noun of its own counts what its list's head
counts.

News prose names the unit once and lists the rest bare: "exports of 5,200 cars in 2021,
4,800 in 2022", "Alpha (18,650 permits, or 37%), Beta (11,430, or 22%)", a line per
country under "... each with at least 10 million people:". The member takes the unit of the
figure it stands beside in the list, never of a figure of another kind: an age ("the
27-year-old ... Beta (263)"), a rank, or a share when the member is written as a count.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from decimal import Decimal

from .context import Figure, SentenceContext
from .labels import LABEL_WORDS
from .lexicon import MEASURE_UNITS, QUALIFIERS, SCALES, TIME_UNITS, UNIT_ABBREVIATIONS, WORD_NUMBER, as_number
from .tables import label_unit
from .unit_words import is_plural_noun

# Where a list member stands, read from the text right before it: after a word and "("
# ("Beta (11,430", "the docks (-1.85"), after a possessive ("Beta's 61.75", "the Rovers' 25"), or
# after a name and a colon or dash ("Alpha: 8.64 million", "Acme – 193"; after a lower-case
# word a colon starts a clause instead).
_NAME_SLOT = re.compile(
    r"(?:(?<![\w.&’'-])[A-Z][\w.&’'-]*?\s*(?P<label>:|–|—|--)\s+"
    r"|[\w.’'-]*?\w(?:(?P<possessive>['’]s|s['’])\s+|\s*(?P<paren>\()\s*\+?))$"
)
_SLOT_WINDOW = 60
_SLOT_ENDS = frozenset("(+:–—-s'’")  # the last character (space aside) before a member in a slot
_MAX_BACK = 40  # figures looked back at for a list's head: a list is never longer in one sentence

# What may stand between two members of one list, after the first member's own unit: a short
# prepositional phrase ("in 2021"), a separator, then the next member's name and qualifier.
_QUALIFIER = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True) if q[0].isalpha())
_PHRASE = r"(?:\s+(?:in|for|on|at|by|during|per|a)\s+[\w.’'-]+(?:\s+[\w.’'-]+){0,2}?)?"
# A ranking's members may each be "followed by" and given "with" their figure: "Westia had the
# most users with 25,900, followed by Ostia with 12,600 and Kessa with 11,900".
_LIST_GAP = re.compile(
    _PHRASE +
    r"\s*(?:,|;|,?\s+and|,?\s+or)\s+"
    r"(?:(?:followed\s+by\s+)?(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){1,3}with\s+"
    r"|(?:in\s+)?(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){0,3})"
    rf"(?:(?:{_QUALIFIER})\s+)?$"
)
# A comparison base or a part: "up from 5.83 million", "57 a week, from 64 in April",
# "1,460 (including 85 ...)".
_BASE_GAP = re.compile(
    _PHRASE + r"(?:\s*(?:,|–|—|--)?\s+(?:(?:up|down|rising|falling|rose|fell|climbing|dropping)\s+from|from|"
    r"compared\s+(?:with|to)|against|versus|vs\.?)|\s*[(,]\s*(?:including|of\s+which))\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?$"
)
# "4,270 tonnes (2030: 3,960)", "(previous year: 3,960)": the figure it is compared with, in
# brackets after a label of its period, as releases print it.
# A square bracket or a dash after the label reads the same ("[2030: 3,960]", "(2030 – 3,960)").
_BRACKETED_BASE_GAP = re.compile(
    r"\s*[(\[]\s*(?:(?:19|20)\d\d|(?:the\s+)?(?:previous|prior|last)\s+year|a\s+year\s+(?:earlier|ago)|year\s+earlier)"
    r"\s*(?::|\s[–—])\s*$",
    re.IGNORECASE,
)
_THAN = re.compile(r"\s+(?:more|fewer|less|higher|lower|greater|smaller)\s+than\b")
_PERCENT_UNITS = frozenset({"percent", "percentage points"})
_MOST_AFTER = re.compile(r"\b(?:for|with|had|has|have)\s+the\s+most\s+(?P<noun>[a-z]+s)\b")
_BARE_END = re.compile(r"\s*(?:[),;.]|and\b|or\b|$)")
_NOT_CONTEST = frozenset({"others", "ones", "times", "as", "is", "this", "its", "us"})
# What follows a bare figure that stands for the things counted before it: a comma, a
# preposition or a verb ("4,150, under", "4,970 are thriving", "43 remained", "25 saw").
_VERB_AFTER = re.compile(r"\s+(?:were|was|are|is|have|has|had|[a-z]+ed|saw|got|won|lost|made|took)\b")
_AFTER_BARE = re.compile(r"\s*,|\s+(?:in|on|at|of|for|from|to|with|by)\b|" + _VERB_AFTER.pattern)
# "Among those bakeries, 9 have ...": the group the figure is a part of, named before it.
_PARTITIVE_BEFORE = re.compile(
    r"\b(?:[Aa]mong|[Oo]f)\s+(?:the|these|those|its|their|all)\s+(?P<noun>[a-z]+s),\s+"
    rf"(?:(?:{_QUALIFIER}|only|just)\s+)?$"
)
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|turned|aged?)\s+$")
_AGE = re.compile(r"(?:^|-)(?:years?-old|year-olds|age|aged)$")
_SCALE_WORDS = frozenset(w for w in SCALES if len(w) > 2)
_LOWER_WORD = re.compile(r"(?<![\w’'])[a-z][a-z’'-]*")
_LIST_LINE_WORDS = frozenset({"of", "and", "the", "de", "la", "von", "van", "y"}) | _SCALE_WORDS


def name_slot(text: str, figure: Figure) -> str | None:
    """"possessive", "paren" or "label" when the figure stands right after a word that way."""
    last = text[max(0, figure.start - 8):figure.start].rstrip()[-1:]
    if not last or last not in _SLOT_ENDS:
        return None  # most figures follow a plain word: no regex search
    return _slot_before(text, figure.start)


# list_head_unit asks again for every earlier figure of the sentence, and the search, tried
# from each offset of its window, is slow: the answer is kept per sentence and offset.
@functools.lru_cache(maxsize=256)
def _slot_before(text: str, start: int) -> str | None:
    m = _NAME_SLOT.search(text, max(0, start - _SLOT_WINDOW), start)
    if m is None:
        return None
    return m.lastgroup


def _written_as_count(text: str, figure: Figure) -> bool:
    """"11,430", "5.83 million", "26,370": a share is never written with thousands or a scale."""
    written = text[figure.start:figure.end]
    if "," in written or (figure.value is not None and abs(figure.value) >= 1000):
        return True
    return any(w in _SCALE_WORDS for w in written.lower().split())


def same_kind(head: Figure, member: Figure, member_text: str) -> bool:
    """May ``member`` take ``head``'s unit? Not an age, nor a share for a figure written as a count."""
    unit = head.unit
    if unit is None or head.value is None:
        return False
    if _AGE.search(unit):
        return False  # "the 27-year-old ... Beta (263)": the age is the person's, not the list's
    return not (unit in _PERCENT_UNITS and _written_as_count(member_text, member))


def compatible(head: Figure, member: Figure, member_text: str) -> bool:
    """``same_kind``, and the head is no rank: a list of places has no bare members."""
    return head.kind != "ranking" and head.unit != "rank" and same_kind(head, member, member_text)


def _after_unit(text: str, figure: Figure) -> int:
    """Where the figure's unit, as written after it, ends ("16 gold medals|, ...")."""
    end = figure.end
    unit = figure.unit
    if not unit:
        return end
    rest = text[end:end + 60]
    m = _PERCENT_WRITTEN.match(rest) if unit in _PERCENT_UNITS else None
    if m is None:
        m = _unit_written(unit).match(rest)
    return end + m.end() if m else end


_PERCENT_WRITTEN = re.compile(r"\s*(?:%|per\s?cent\b|percent\b)")


@functools.lru_cache(maxsize=512)
def _unit_written(unit: str) -> re.Pattern[str]:
    """The unit as written right after its figure ("-ton", " gold medals"); compiled once
    per unit, not per figure."""
    return re.compile(r"\s?-?\s*" + r"\s+".join(re.escape(w) for w in unit.split()) + r"\b", re.IGNORECASE)


def earlier_with_unit(ordered: Sequence[Figure], index: int) -> Figure | None:
    """The nearest figure before ``ordered[index]`` that has a value and a unit."""
    for i in range(index - 1, max(-1, index - 1 - _MAX_BACK), -1):
        f = ordered[i]
        if f.unit and f.value is not None:
            return f
    return None


def _previous_with_value(ordered: Sequence[Figure], index: int) -> Figure | None:
    """The nearest figure before ``ordered[index]`` that has a value."""
    return next((ordered[i] for i in range(index - 1, -1, -1) if ordered[i].value is not None), None)


def opens_clause(text: str, figure: Figure) -> bool:
    """"900 km, and 30 were damaged": a figure a verb follows is the subject of a new clause,
    no list member (clause_head_unit reads it, with its stricter head)."""
    return _VERB_AFTER.match(text, figure.end) is not None


def clause_head_unit(text: str, ordered: Sequence[Figure], index: int) -> str | None:
    """"26,370 permits ..., and the council granted 4,150, under ...": a bare figure that a
    verb, a preposition or a comma follows counts what the figure before it counts, when that
    one counts things (a plural noun: not a measure, a share, a sum or a time). "Among those
    bakeries, 9 have": the group named before it."""
    member = ordered[index]
    part_of = _PARTITIVE_BEFORE.search(text, max(0, member.start - 60), member.start)
    if part_of and not part_of.group("noun").endswith("ss"):
        return part_of.group("noun")
    after = _AFTER_BARE.match(text, member.end)
    if _COPULA_BEFORE.search(text, max(0, member.start - 12), member.start):
        return None  # "... and is 45.": a predicate, often an age or a level
    head = _previous_with_value(ordered, index)
    if head is None or not _counts_things(head):
        return None
    if after is None and not _parallel_clause(text, head, member):
        return None
    return head.unit if same_kind(head, member, text) else None


# A bare figure closing a clause whose verb repeats the head's: "Alba has 12 berths and the
# Kestrel has 7", "Westia won 14 medals, Norland won 9" (the noun said once, as in a list).
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.;!?]|$)|\s+(?:and|but|while|whereas)\b")
_WORD_BEFORE = re.compile(rf"\b(?P<word>[a-z]+)\s+(?:(?:{_QUALIFIER}|only|just)\s+)?$")


def _parallel_clause(text: str, head: Figure, member: Figure) -> bool:
    if not _CLAUSE_CLOSE.match(text, member.end):
        return False
    mine = _WORD_BEFORE.search(text, max(0, member.start - 40), member.start)
    theirs = _WORD_BEFORE.search(text, max(0, head.start - 40), head.start)
    return mine is not None and theirs is not None and mine.group("word") == theirs.group("word") \
        and mine.group("word") not in _NOT_PARALLEL


# Words that link a figure to any noun ("a fleet of 12 ships and a crew of 7"): no verb to repeat.
_NOT_PARALLEL = frozenset(("of", "and", "or", "the", "a", "to", "by", "from", "in", "at", "on", "for", "than", "per"))


# A comparison base after its change: "down from 1,140 at the start", "up 4% from 9,340".
_COMPARED_FROM = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|risen|fallen|increased|decreased|climbing|dropping)"
    r"(?:\s+(?:by\s+)?-?\d[\d.,]*\s?(?:%|percent|per\s?cent))?\s+from\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


# A part of what was counted before: "3,050 vans, of which 1,140 are electric" is above;
# "... and only 1,140 of which are electric" names the part first.
_PART_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom)\b")


def comparison_base_unit(text: str, ordered: Sequence[Figure], index: int) -> str | None:
    """"4,100 homes were still waiting at the end of May, down from 5,370 in January": a bare
    base of a comparison, or a part ("1,140 of which"), counts what the nearest figure before
    it of the same kind counts, past a share ("(2.3% of all)") or a duration."""
    if index == 0:
        return None  # no figure before it to count the same
    member = ordered[index]
    if not _COMPARED_FROM.search(text, max(0, member.start - 50), member.start) \
            and not _PART_OF_WHICH.match(text, member.end):
        return None
    for i in range(index - 1, max(-1, index - 1 - _MAX_BACK), -1):
        head = ordered[i]
        if head.value is None or not head.unit:
            continue
        if head.unit.split()[-1].lower() in TIME_UNITS:
            continue  # a duration is when, not what: "in the 12 months to May"
        if head.unit in _PERCENT_UNITS:
            continue  # a share of the figure before: "(2.3% of all)"
        # (the phrase reader may have run on past the plural: "1,140 storks nest", "600 claims overall")
        return head.unit if _counts_things(head, any_word=True) and same_kind(head, member, text) else None
    return None


def _counts_things(head: Figure, any_word: bool = False) -> bool:
    """A count of things (its last word, or with ``any_word`` any word, a plural noun), not a
    measure, a sum, a time or a rank."""
    if head.unit is None or head.unit_fixed or head.kind != "quantity":
        return False
    words = head.unit.split()
    last = words[-1]
    if last.lower() in MEASURE_UNITS or last.lower() in TIME_UNITS or last in UNIT_ABBREVIATIONS:
        return False
    return any(is_plural_noun(w) for w in (words if any_word else [last]))


def list_head_unit(text: str, ordered: Sequence[Figure], index: int) -> str | None:
    """The unit the figure ``ordered[index]`` takes as a member of a list, if it is one.

    ``ordered`` is the sentence's figures in text order; those before ``index`` have their
    units already.
    """
    member = ordered[index]
    head = _previous_with_value(ordered, index)
    gap_start = _after_unit(text, head) if head is not None else member.start + 1
    if head is not None and gap_start <= member.start and not opens_clause(text, member):
        gap = text[gap_start:member.start]
        if (_LIST_GAP.match(gap) or _BASE_GAP.match(gap) or _BRACKETED_BASE_GAP.match(gap)) \
                and compatible(head, member, text):
            return head.unit  # "16 gold medals, Beta 12", "6.37 million nights, up from 5.83 million"
    if _THAN.match(text, member.end) and (nearest := earlier_with_unit(ordered, index)):
        # "2,735 visits, 219 fewer than ...": a comparison compares like with like.
        return nearest.unit if compatible(nearest, member, text) else None
    slot = name_slot(text, member)
    if slot is None:
        return None
    # "Alpha (18,650 permits, or 37%), Beta (11,430, or 22%)": the head of a member after
    # a name is the last member in the same place, before any other figure.
    for i in range(index - 1, max(-1, index - 1 - _MAX_BACK), -1):
        f = ordered[i]
        if f.unit and f.value is not None and name_slot(text, f) == slot:
            return f.unit if compatible(f, member, text) else None
    if slot == "label":
        return None
    nearest = earlier_with_unit(ordered, index)
    if nearest is not None and compatible(nearest, member, text):
        return nearest.unit  # "Its score of 64.25 topped Y's 61.75"
    return _contest_after(text, ordered, index)


def _contest_after(text: str, ordered: Sequence[Figure], index: int) -> str | None:
    """"Alpha (263), Beta (246) ... for the most days in charge": named members without a head
    count what the superlative after them names, when only bare members stand between."""
    member = ordered[index]
    most = _MOST_AFTER.search(text, member.end)
    if most is None or most.group("noun") in _NOT_CONTEST:
        return None
    for f in ordered[index + 1:]:
        if f.start >= most.start():
            break
        # Later figures have no unit yet: a bare member is closed by punctuation or "and".
        bare = _BARE_END.match(text, f.end) and name_slot(text, f) in ("paren", "possessive")
        if f.value is not None and not bare:
            return None
    return most.group("noun")


# --- a series whose unit is written once, after its last member ----------------------------
# "rose 4, 6 and 9 per cent", "40, 58 and 12 ferries", "1,200 and 900 tonnes respectively":
# English writes a noun shared by a series once, after the last member, and the bare members
# before it have no other noun to take. A series closes with "and" or "or"; a comma before
# them closes a series of three or more (with two members, ", and" opens a clause: "fell by
# 4, and 6 firms closed").
# A member may sit in a place's frame ("in Norland 40, in Ostmark 58 and in Vellsea 12 units").
_PLACE = r"(?:in\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3})?"
_SERIES_COMMA = re.compile(r"\s*,\s*" + _PLACE)
_SERIES_CLOSE = re.compile(r"\s+(?:and|or)\s+" + _PLACE)
_SERIES_COMMA_CLOSE = re.compile(r"\s*,\s+(?:and|or)\s+" + _PLACE)
# A member written in digits, or a number word alone ("rose four, six and nine per cent").
_PLAIN_NUMBER = re.compile(rf"\d[\d,]*(?:\.\d+)?|(?i:{WORD_NUMBER})")
_WRITTEN_SCALE = re.compile(r"(?P<number>\d[\d,]*(?:\.\d+)?)\s?[A-Za-z]+")


def _plain_value(written: str) -> float | None:
    """The value of digits as written ("4,270" -> 4270.0), for a member with no scale."""
    try:
        return float(written.replace(",", ""))
    except ValueError:
        return None


def _scale_of(text: str, figure: Figure) -> float:
    """The scale the figure's own text writes after its digits ("9 million": 10**6), else 1."""
    m = _WRITTEN_SCALE.fullmatch(text, figure.start, figure.end)
    written = _plain_value(m.group("number")) if m else None
    if not written or figure.value is None:
        return 1
    factor = figure.value / written
    return factor if factor in (1e3, 1e6, 1e9, 1e12) else 1


def _unit_written_after(text: str, figure: Figure) -> bool:
    """The figure's unit is part of what is written at it: "9%", "12 ferries", "9 million residents"."""
    return not _PLAIN_NUMBER.fullmatch(text, figure.start, figure.end) or _after_unit(text, figure) > figure.end


def series_units(text: str, ordered: Sequence[Figure]) -> None:
    """Give the bare members of a series the unit (and scale) of its last member, written once
    after it (see _SERIES_CLOSE)."""
    run: list[Figure] = []
    for member, following in itertools.pairwise(ordered):
        # (a range's low end, its unit fixed from the high end, is a member too: "6 and 9 per cent")
        bare = (member.kind == "quantity" and member.value is not None
                and _PLAIN_NUMBER.fullmatch(text, member.start, member.end) is not None)
        if not bare:
            run = []
            continue
        run.append(member)
        if _SERIES_COMMA_CLOSE.fullmatch(text, member.end, following.start) and len(run) < 2:
            run = []
            continue
        if _SERIES_COMMA.fullmatch(text, member.end, following.start):
            continue  # more members may follow
        if not (_SERIES_CLOSE.fullmatch(text, member.end, following.start)
                or _SERIES_COMMA_CLOSE.fullmatch(text, member.end, following.start)):
            run = []
            continue
        _share_last_unit(text, run, following)
        run = []


def _share_last_unit(text: str, bare: Sequence[Figure], last: Figure) -> None:
    """Give ``bare`` the unit (and scale: "4 and 6 million residents") written after ``last``."""
    if last.kind != "quantity" or not last.unit or last.value is None or not _unit_written_after(text, last):
        return
    factor = _scale_of(text, last)
    for member in bare:
        if member.unit_fixed or not same_kind(last, member, text):
            continue
        member.unit = last.unit
        own = _plain_value(text[member.start:member.end])
        if factor != 1 and own is not None and member.value == own:
            member.value = as_number(Decimal(str(own)) * Decimal(int(factor)))


# --- lists across sentences ----------------------------------------------------------------


def _is_list_line(ctx: SentenceContext) -> bool:
    """"Alpha: 8.64 million", "Acme – 193", "Alpha -- 52.43 million Beta -- 48.37 million": names,
    each followed by a dash or colon and one figure, and no other words than their units."""
    text = ctx.text
    if ":" not in text and "–" not in text and "—" not in text and "--" not in text:
        return False  # no label separator: the usual sentence
    figures = [f for f in ctx.figures if f.value is not None]
    if not figures or any(f.kind != "quantity" or name_slot(text, f) != "label" for f in figures):
        return False
    allowed = set(_LIST_LINE_WORDS)
    for f in figures:
        if f.unit:
            allowed.update(f.unit.lower().split())
    return all(w.lower() in allowed for w in _LOWER_WORD.findall(text))


def _last_with_unit(ctx: SentenceContext) -> Figure | None:
    return next((f for f in reversed(ctx.figures) if f.unit and f.value is not None), None)


_LINE_LABEL = re.compile(r"\s*(?P<label>[^\W\d][\w ’'-]*?)\s*(?::|–|—|--)\s*$")


def _line_label(text: str, member: Figure) -> str | None:
    """The label that is all the line holds before the member ("Employees" of "Employees: 12,400")."""
    m = _LINE_LABEL.fullmatch(text, 0, member.start)
    return m.group("label") if m else None


def _label_count(text: str, member: Figure, caps: frozenset[str]) -> str | None:
    """"Employees: 12,400" in a block of key figures: a line's label that is a plural common
    noun ("Employees", "New orders") is what its bare figure counts, not the unit of the line
    before (a sum or a share); a name ("Norland: 40", or one the document capitalises) is not."""
    label = _line_label(text, member)
    return label_unit(label, caps) if label is not None else None


def _labelled_by_a_label_word(text: str, member: Figure) -> bool:
    """The line's label is a word that numbers things ("Round", "Stage": labels.py)."""
    label = _line_label(text, member)
    return label is not None and label.lower() in LABEL_WORDS


def _fill(members: list[Figure], text: str, head: Figure | None,
          caps: frozenset[str] = frozenset()) -> Figure | None:
    """Give each unit-less member the unit its line's label names, else the unit of the member
    before it (or of ``head``); return the head for what follows."""
    for member in members:
        # (only after a line of another kind: under a count, "Norland: 121.9 million" is a
        # name's line of that count, whatever its label looks like)
        if not member.unit and not member.unit_fixed and head is not None and not _counts_things(head, any_word=True) \
                and (counted := _label_count(text, member, caps)):
            member.unit = counted
        if member.unit:
            head = member
        elif _labelled_by_a_label_word(text, member):
            continue  # "Round: 3", "Stage: 5": the number of a round, no count of the list's unit
        elif head is not None and not member.unit_fixed and compatible(head, member, text):
            member.unit = head.unit
    return head


def _is_bare_name_list(ctx: SentenceContext) -> bool:
    """"This beat Beta's 80.1 and Gamma (79.0).": two or more figures, each right after a name
    and none with a unit, continue the list of the sentence before."""
    figures = [f for f in ctx.figures if f.value is not None]
    return len(figures) > 1 and all(
        f.kind == "quantity" and not f.unit and name_slot(ctx.text, f) in ("paren", "possessive") for f in figures
    )


# "New jobs by region:" over a line per member: an introduction without a figure that names the
# counted thing (a plural common noun) and what the lines are split by.
_INTRO_COUNT = re.compile(r"\s*(?P<phrase>[A-Z][a-z]+(?:\s+[a-z]+){0,2}?)\s+(?:by|per|in|across|for)\s+[\w\s,’'-]+:\s*")


def _count_from_intro(ctx: SentenceContext, intro: SentenceContext) -> None:
    """Give the bare members of a list's first line the count its introduction names."""
    m = _INTRO_COUNT.fullmatch(intro.text)
    counted = label_unit(m.group("phrase"), ctx.known_caps) if m else None
    if counted is None:
        return
    for f in ctx.figures:
        if f.value is not None and not f.unit and not f.unit_fixed and not _label_count(ctx.text, f, ctx.known_caps):
            f.unit = counted


class ListCarry:
    """Units for lists that run over several sentences, read one sentence at a time in
    document order (so the driver keeps no more than one paragraph): a line per member
    under an introduction ending in a colon, or a sentence of named members that continues
    the list of the sentence before it in the paragraph."""

    def __init__(self) -> None:
        self.head: Figure | None = None
        """The last member with a unit of the current list of lines."""
        self.previous: SentenceContext | None = None
        self.in_lines = False

    def read(self, ctx: SentenceContext) -> None:
        previous = self.previous
        self.previous = ctx
        if ctx.figures and _is_list_line(ctx):
            if not self.in_lines:
                intro = previous is not None and previous.text.rstrip().endswith(":")
                self.head = _last_with_unit(previous) if intro and previous is not None else None
                if intro and previous is not None and self.head is None:
                    _count_from_intro(ctx, previous)
            self.head = _fill([f for f in ctx.figures if f.value is not None], ctx.text, self.head, ctx.known_caps)
            self.in_lines = True
            return
        self.in_lines = False
        if previous is not None and previous.paragraph == ctx.paragraph and _is_bare_name_list(ctx):
            _fill([f for f in ctx.figures if f.value is not None], ctx.text, _last_with_unit(previous))
