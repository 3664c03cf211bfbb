"""A list of name–number pairs after a first item that says what is counted: "The Greens won
119 seats, the Reds 32, the NWP 25, and the Blues two", "Northshire had 174 cases, Eastvale 123
and Lowmoor 98", "the Greens 144 seats, the Red Alliance 22 seats".

English writes the noun once, with the first item, and leaves it out after each later name:
every later number is a figure of that noun, in digits or in words. Without this reading the
later pairs look like names with numbers ("Apollo 11") and their number words count nothing.

The first item must be a name's count too (a capitalised word near its number), so a list of
models after a count of things ("The fleet has 40 buses, the Kestrel 7 and the Orca 9") stays
names; so does a list that repeats one name ("the Lumio 7 and the Lumio 8"), one introduced
by "including" or "such as" (examples of the head, not parallel items), and a member whose
number runs on into a score or a date ("the Reds 2-1"). Runs after dates, tallies and
compounds, before names.py would take the pairs for names.
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext, Trigger
from .lexicon import WORD_NUMBER, YEAR, figure_value
from .unit_words import is_plural_noun

# The first item: a count (digits or words) and its plural noun, then a few words of the clause
# ("in that election", "in 2031") before the list goes on.
_HEAD_REST = (
    rf"\s+(?P<noun>[a-z]{{3,}}s)\b(?P<tail>(?:\s+(?:[a-z]+|[A-Z][\w'’.&-]*|{YEAR})){{0,5}}?)"
    r"(?=\s*[,;]|\s+(?:and|or)\s)"
)
# Digit first, the look-behind after it: the regex engine skips to digits. The number-word
# form is tried only in sentences with number words.
_HEAD_DIGITS = re.compile(rf"(?P<num>\d(?<![\w.,-]\d)(?:\d{{0,2}}(?:,\d{{3}})+|\d*)){_HEAD_REST}")
_HEAD_WORDS = re.compile(rf"(?<![\w.,-])(?P<num>{WORD_NUMBER}){_HEAD_REST}")
# A first item whose noun is said before the list or not at all: a name, a verb of winning or
# having (or "with"), and the number ("Of the 200 seats, the Greens won 119, the Reds 32 and the
# Blues 25"). The verb keeps a run of product names ("Windows 10, Office 365 and Xbox 360") out.
_COUNT_VERBS = frozenset({"won", "took", "got", "had", "has", "have", "secured", "gained", "received", "scored",
                          "with"})
_NOUNLESS_HEAD = re.compile(
    rf"(?P<name>[A-Z][\w'’.&-]*)\s+(?:{'|'.join(sorted(_COUNT_VERBS))})\s+"
    r"(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?![\w.,-]\w|-)(?=\s*[,;]|\s+(?:and|or)\s)"
)
_NAME = r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2}"
_YEAR = re.compile(YEAR)
_MEMBER_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{WORD_NUMBER})"
# One later item: a separator, "the" maybe, the name, the first item's verb of having or
# winning maybe again ("Alba had 806 cases, Brora had 799, Calder 40"), its number and maybe
# the noun again, closed by a separator or the end of the sentence.
_MEMBER = re.compile(
    r"(?:\s*,\s+(?:and\s+|or\s+)?|\s*;\s+(?:and\s+)?|\s+(?:and|or)\s+)"
    rf"(?:the\s+)?(?P<name>{_NAME})\s+(?:(?P<verb>{'|'.join(sorted(_COUNT_VERBS))})\s+)?"
    rf"(?P<num>{_MEMBER_NUMBER}|\d{{4,6}})(?![\w.,-]\w|-)"
    r"(?:\s+(?P<noun>[a-z]+))?"
    r"(?=\s*[,;.:)!?]|\s*$|\s+(?:and|or)\s)"
)
# A capitalised word naming the first item, before its number ("The Greens won 119") or in
# the words after its noun ("174 cases in Northshire").
_CAPITAL_WORD = re.compile(r"\b[A-Z][\w'’.&-]*")
_NOT_NAMES = frozenset({
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "Their", "In", "On", "At", "By",
    "For", "Of", "And", "Or", "But", "Some", "About", "Around", "Over", "Under", "Only", "Just", "All",
})


def _names_first_item(ctx: SentenceContext, head: re.Match[str]) -> bool:
    """Whether a name stands with the first item: a capitalised word among the four before its
    number or in the words after its noun. The sentence's first word counts only when the
    document writes it capitalised mid-sentence too ("Stocks rose 40 points, the Harbour 100
    and the Calder 30": no name, so the pairs stay index names), or a verb of having or
    winning follows it ("Alba had 806 cases")."""
    text = ctx.text
    start = max(0, head.start() - 40)
    before = text[start:head.start()].split()[-4:]
    opening = not text[:start].strip() and len(text[start:head.start()].split()) <= 4
    words = [*before, *head.group("tail").split()]
    # A first word that has or wins the count is its subject, a name ("Alba had 806 cases,
    # Brora 799 ..."): "Stocks rose 40 points" names none, nor does a plural ("Fleets had").
    holder = opening and len(before) > 1 and before[1] in _COUNT_VERBS and not is_plural_noun(before[0].lower())
    return any(
        _CAPITAL_WORD.fullmatch(w) and w not in _NOT_NAMES
        and not (i == 0 and opening and w not in ctx.known_caps and not holder)
        for i, w in enumerate(words)
    )


def _members(text: str, head: re.Match[str], noun: str | None) -> list[re.Match[str]]:
    """The later items after ``head``, in order, while each is one (see _MEMBER)."""
    found: list[re.Match[str]] = []
    pos = head.end()
    while (m := _MEMBER.match(text, pos)) is not None:
        if _YEAR.fullmatch(m.group("num")):
            break  # "Norland 2031": a year, or a name's number, ends the list
        said = m.group("noun")
        if said is not None and (noun is None or said not in (noun, noun[:-1])):
            break  # another noun: the list counts something else from here
        found.append(m)
        pos = m.end()
    return found


def _a_list(members: list[re.Match[str]], noun: str | None, first: str | None = None) -> bool:
    """Two later items or more with different names (and not the first item's), or one that
    repeats the noun."""
    names = [m.group("name") for m in members] + ([first] if first else [])
    if len(set(names)) < len(names):
        return False  # "the Lumio 7 and the Lumio 8": one name's models
    return len(members) >= 2 or (
        noun is not None and len(members) == 1 and members[0].group("noun") in (noun, noun[:-1])
    )


def _has_number(ctx: SentenceContext) -> bool:
    return ctx.has_digit or ctx.number_words


TRIGGER = Trigger(words=frozenset({"and", "or"}), chars=",;", when=_has_number)


def recognise_name_lists(ctx: SentenceContext) -> None:
    # A list has two numbers at least, the first item's and a later one's (where numbers may
    # start: context.SentenceContext.number_starts, shared with the number readers).
    starts = ctx.number_starts()
    if starts is not None and len(starts) < 2:
        return
    text = ctx.text
    heads = list(_HEAD_DIGITS.finditer(text)) if ctx.has_digit else []
    if ctx.number_words:
        heads += _HEAD_WORDS.finditer(text)
    for head in heads:
        if not ctx.free(head.start("num"), head.end("num")) or not _names_first_item(ctx, head):
            continue
        noun = head.group("noun")
        members = _members(text, head, noun)
        if _a_list(members, noun):
            _add_members(ctx, members, noun)
    if ctx.has_digit and not ctx.words.isdisjoint(_COUNT_VERBS):
        for head in _NOUNLESS_HEAD.finditer(text):
            members = _members(text, head, None)
            if ctx.free(head.start("num"), head.end("num")) and _a_list(members, None, head.group("name")):
                _add_members(ctx, members, None)


def _add_members(ctx: SentenceContext, members: list[re.Match[str]], noun: str | None) -> None:
    """Each member's number as a count of ``noun`` (None: the unit readers give the list's)."""
    for m in members:
        start, end = m.span("num")
        if not ctx.free(start, end):
            break
        written = m.group("num")
        digits = written if written[0].isdigit() else None
        value = figure_value(digits, None if digits else written.lower(), None)
        if value is None:
            break
        said = m.group("noun")  # the noun again, as written: "the Greys one seat"
        end = m.end("noun") if said else end
        ctx.take(start, end)
        unit = said if said and noun else noun
        ctx.add(Figure(start, end, "quantity", value, unit=unit, unit_fixed=unit is not None))
