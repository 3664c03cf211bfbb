"""Numbers that identify or locate one thing, in shapes the world's press writes them: no
figure. Each rule is about how the number is written, not about any article:

- a telephone number: a plus and a country code, a bracketed area code, a leading zero, or
  hyphenated or spaced groups ending in a group with a leading zero ("0800 555 0142",
  "+44 20 7946 0991", "555-0142"): no count is written with a leading zero;
- a postcode after "postcode", "ZIP code", "PIN code" or before "ZIP code";
- a stock code: digits with an exchange's suffix ("(6758.T)"), after an exchange and a colon
  ("(TSE: 7203)") or after "stock code";
- an index base ("(2015=100)"): the 100 sets the index's scale (the year is a year);
- an acronym then four to six digits ("ISO 9001", "HB 1234", "flight KX 1734"): standards,
  bills and flights are named so; a count written after an acronym takes thousands separators
  and a noun ("US 1,500 troops");
- a document cited by its number: "Resolution 4410", "case No. 21-4412", a subsection in a
  bracket glued to its section ("Article 5(2)"), a dotted section ("section 12.4"), a version
  ("version 2.1", "the update 1.3");
- a shirt number ("the No. 9 shirt", "his 23 jersey": a singular noun after the number);
- an address (a number, capitalised words and a street word: "14 Mill Lane"; "the 400 block
  of"); a count before such a name takes a plural noun after it ("40 Mill Lane homes");
- a list marker opening the sentence ("(2) Councils ...") or a dotted section number opening it
  ("3.4 The board ...") and a footnote mark glued to a word or stop ("budgets.[4]");
- a number inside a quoted title of a work ("the album “42 Summers”"), or opening an unquoted
  one after the word for the work ("the documentary 28 Harbours");
- a group named by its size ("the Group of 20"), a top-N list or chart ("a top-10 list"), a
  bus or tram route, a road or a line named by its number ("the 73 bus", "the 58 Express Lanes").
"""

from __future__ import annotations

import re

from .context import SentenceContext, Trigger, matches_from
from .lexicon import CURRENCY_PREFIXES, ISO_CURRENCY_CODES, MEASURE_UNITS, STOP_WORDS, UNIT_ABBREVIATIONS, split_words

# Telephone numbers. The groups are separated by one space or hyphen; a leading zero in a later
# group (or in the first, as a trunk prefix) marks a number no count is written as.
_PHONE = re.compile(
    r"(?<![\w.,+-])(?:"
    r"\+\d{1,3}(?:[\s-]?\(\d{1,4}\))?(?:[\s-]\d{1,4}){2,5}"  # +44 20 7946 0991
    r"|\(0\d{1,4}\)\s?\d{3,4}[\s-]?\d{3,4}"  # (020) 7946 0123
    r"|0\d{2,4}(?:[\s-]\d{3,4}){2}"  # 0800 555 0142
    r"|1-\d{3}-\d{3}-\d{4}"  # 1-800-555-0199
    r"|\d{3}-0\d{3}"  # 555-0142
    r")(?![\w.,]\d|\d)"
)
# An international number has nine digits or more after its plus (country code included).
_INTERNATIONAL_DIGITS = 9
_POSTCODE = re.compile(
    r"\b(?:(?:ZIP|[Zz]ip|PIN|[Pp]ost(?:al)?)\s?[Cc]odes?\s+(?P<after>\d{3,6})"
    r"|(?P<before>\d{3,6})\s+(?:ZIP|[Zz]ip|PIN|[Pp]ost(?:al)?)\s?[Cc]ode)\b"
)
# An exchange is written in capitals ("TSE", "HKEX") or by one of the few mixed-case names; a
# label such as "(Total: 4500)" is no exchange.
_TICKER = re.compile(
    r"(?<=\()\s*(?:(?:[A-Z]{2,6}|Nasdaq|Euronext|Xetra|Tadawul|Bursa)\s*:\s*)(?P<a>\d{3,6})\b(?=\s*[),;])"
    r"|(?<![\w.])(?P<b>\d{3,6})\.[A-Z]{1,2}\b(?=\s*[),;])"  # (6758.T)
    r"|\b(?:[Ss]tock|[Ss]hare|[Tt]icker)\s+code:?\s+(?P<c>\d{3,6})\b"
)
# "(2015=100)", "(2010 = 100)", "base 2015=100", "(2015/16=100)": the index's base.
_INDEX_BASE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:[/-]\d{2,4})?\s*=\s*(?P<base>100)(?:\.0)?(?![\d.,]\d)")
# An acronym then digits: "ISO 9001", "HB 1234", "KX 1734". Not a currency ("USD 1500"); not
# before a plural noun, a unit or a scale (a count or a measure).
# An index's level after its name ("the DAX 15000 mark") is a reading: a word of a level after
# the number keeps it.
# "[A-Z](?<!\w[A-Z])" is "\b[A-Z]" written so the regex engine can skip to capitals.
_ACRONYM_NUMBER = re.compile(
    r"(?P<name>[A-Z](?<!\w[A-Z])[A-Z]{1,4})\s+(?P<num>\d{4,6})\b(?![.,]\d|\s*%|-|"
    r"\s+(?:[a-z]+s|million|billion|thousand|per|level|mark|pts|barrier|threshold)\b)"
)
# A sum written after its currency code ("ETB 4500") is money whether or not the money reader
# knows the code.
_NOT_ACRONYM_NAMES = frozenset(CURRENCY_PREFIXES) | ISO_CURRENCY_CODES | frozenset(
    split_words("AM PM GMT UTC BST CET EST PST NO ID")
)
# A document of a body cited by its number: "Resolution 4410", "Decree 1102/31".
# An order, act or proclamation after the capitalised word that names its kind: "Executive
# Order No. 12", "Republic Act 11285", "Presidential Proclamation 1051".
_DOCUMENT_NUMBER = re.compile(
    r"(?:\b(?:Resolution|Regulation|Directive|Decree|Ordinance|Circular|Bill|Motion|Docket|Case)|"
    r"\b[A-Z][a-z]{2,20}\s+(?:Order|Act|Proclamation|Memorandum))\s+"
    r"(?:No\.?\s*)?(?P<num>\d{1,6}(?:[/-]\w+)*)\b(?![.,]\d|\s*%)"
)
# "case No. 21-4412", "No. 2031/118": a number in two parts is a reference, not a rank.
_REFERENCE = re.compile(r"\b(?:No\.|[Nn]o|[Nn]umber|#)\s*(?P<num>\d{1,6}[-/]\d{2,6}(?:[-/]\w+)*)\b(?![.,]\d)")
# A subsection in a bracket glued to its section: "Article 5(2)", "section 12(1)(b)".
_SUBSECTION = re.compile(r"\d(?<![\w.,]\d)\d*\(\d{1,2}\)(?:\(\w{1,3}\))*")
# "section 12.4", "clause 3.1.2": a dotted part of a document.
_DOTTED_PART = re.compile(
    r"\b(?:[Ss]ection|[Ss]ubsection|[Cc]lause|[Pp]aragraph|[Aa]rticle|[Rr]ule|[Cc]hapter)s?\s+"
    r"(?P<num>\d{1,3}(?:\.\d{1,3})+)\b(?![.,]\d)"
)
# "version 2.1"; "the update 1.3", "Release 5.0" (after a determiner or capitalised: the verb
# "release 2.5 million barrels" has neither).
_VERSION = re.compile(
    r"\b(?:[Vv]ersion\s+|(?:(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat|[Oo]n)\s+(?:[Rr]elease|[Uu]pdate|[Bb]uild|[Ff]irmware)"
    r"|Release|Update|Build|Firmware)\s+)(?P<num>\d{1,3}(?:\.\d{1,3})+)\b(?![.,]\d|\s*%)"
)
# "the No. 9 shirt", "the number 10 jersey", "his 23 shirt": one number and a singular noun.
_SHIRT = re.compile(
    r"\b(?:No\.?|[Nn]umber|#|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s*(?P<num>\d{1,2})\s+(?:shirt|jersey)\b(?!s)"
)
# An address: a house number, one to three capitalised words, a street word.
_STREET_WORDS = (
    "Street|St|Road|Rd|Lane|Avenue|Ave|Boulevard|Blvd|Drive|Place|Square|Court|Terrace|Row|Crescent|"
    "Parade|Gardens|Mews|Quay|Embankment|Highway"
)
# A range or pair of house numbers is one address too: "14-16 Mill Lane", "14 and 16 Mill Lane".
_ADDRESS = re.compile(
    r"(?<![\w.,$€£¥-])(?P<num>(?:\d{1,5}[A-Za-z]?(?:\s*[-–]\s*|\s+(?:and|&)\s+))?\d{1,5}[A-Za-z]?)\s+"
    r"(?:[A-Z][a-z'’]+\s+){1,3}(?:" + _STREET_WORDS + r")\b\.?"
    r"(?!\s+[a-z]+s\b)"
)
_BLOCK = re.compile(r"\b[Tt]he\s+(?P<num>\d{2,5})\s+block\s+of\b")
# "the 49th parallel", "the 180th meridian": a line of latitude or longitude named by its degree.
_GRID_LINE = re.compile(r"\b[Tt]he\s+(?P<num>\d{1,3}(?:st|nd|rd|th))\s+(?:parallel|meridian)\b")
# "(2) Councils must ...", "2) Councils must ...", "2.Councils must" (a copy that lost the
# space): a marker opening the sentence.
_LIST_MARKER = re.compile(r"^\s*(?:\(?(?P<num>\d{1,2})\)\s+(?=[A-Z\"“‘'])|(?P<glued>\d{1,2})\.(?=[A-Z][a-z]))")
# "were 1) Westia, 6.9 percent; 2) Eastia, ...", "two aims: (1) cutting fares and (2) ...": list
# markers inside a sentence. A run numbered 1, 2, ... (two at least) of numbers closed by a
# bracket, each before a word: a figure in brackets is not numbered so ("sales (1) and costs
# (2)" has a noun before each, so a bracketed marker follows a stop, a conjunction or the start).
_INLINE_MARKER = re.compile(r"(?:(?<=\s)|^)(?P<open>\()?(?P<num>\d{1,2})\)(?=\s+[\w\"“‘'])")
_MARKER_LEAD = re.compile(r"(?:^|[:;,.—–]|\b(?:and|or|then))\s*$")


def _inline_markers(ctx: SentenceContext) -> None:
    text = ctx.text
    run: list[re.Match[str]] = []
    for m in _INLINE_MARKER.finditer(text):
        if m.group("open") and not _MARKER_LEAD.search(text, max(0, m.start() - 6), m.start()):
            continue  # "sales (1) and": a figure in brackets after its noun
        if not m.group("open") and text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
            continue  # "(rising to 2) ...": the bracket closes an aside
        if int(m.group("num")) == len(run) + 1:
            run.append(m)
    if len(run) >= 2:
        for m in run:
            ctx.claim(m.start("num"), m.end("num"))


# "3.4 The board ...", "4.2.1 Fares rose ...": a dotted section number opening a sentence of a
# report, before a capitalised word that is no unit ("4.2 MW" is a measure).
_SECTION_NUMBER = re.compile(r"^\s*(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\s+(?P<next>[A-Z][\w$€£]*)")
# "budgets.[4]", "budgets[4] each": a footnote mark glued to what it annotates; spaced too, as
# statistics releases print it after a figure ("412 thousand tonnes [7] of grain"): a number
# alone in square brackets is a note, prose writes its figures without them.
_FOOTNOTE = re.compile(r"(?<=[\w.,;:!?”\"’)%])\s?\[(?P<num>\d{1,3})\](?!\s*(?:%|per\s?cent))")
# A note mark after a figure, glued to its percent sign or unit word ("rose 12%2 to", "12 per
# cent2", "$4.5 billion3"; the unit's own pattern lets one or two digits follow it): no figure,
# nor the start of a range ("2 to $4.5 billion").
_NOTE_AFTER_FIGURE = re.compile(
    r"\d(?:(?<=%\d)|(?<=per\scent\d)|(?<=percent\d)|(?<=illion\d)|(?<=lakh\d)|(?<=crore\d))\d?(?![\w.,%])"
)
# "Revenue 2 was $4.5 billion", "Net debt 3 fell": a lone digit between the name of a measure
# and its verb is a note mark a release set apart by a space. Not after a function word ("in
# all 3 were hurt", "another 4 were"), a verb or participle ("aged 2 was") or a plural noun
# ("of the hires 2 were women": a count), save the plural names of results.
_NOTE_BEFORE_VERB = re.compile(
    r"[1-9](?<=[A-Za-z]\s\d)\s(?=(?:was|were|is|are|has|have|had|rose|fell|grew|"
    r"stood|came|went|rises|falls|grows|[a-z]{3,}ed)\b)"
)
_WORD_BEFORE_NOTE = re.compile(r"(?<![\w'’-])[A-Za-z]{3,}\s$")
_RESULTS_PLURALS = frozenset(split_words("sales earnings revenues assets expenses proceeds liabilities costs"))


def _note_before_verb(word: str) -> bool:
    """Whether ``word`` may name a measure a note mark follows (see _NOTE_BEFORE_VERB)."""
    lower = word.lower()
    if lower in STOP_WORDS or lower.endswith(("ed", "ing")):
        return False
    return not lower.endswith("s") or lower.endswith("ss") or lower in _RESULTS_PLURALS


# The words for a work whose title may follow them, as written ("EP" in capitals).
_WORK_NOUNS = split_words(
    "film movie album song single novel book show series play documentary podcast track opera musical poem "
    "memoir sitcom drama game EP exhibition"
)
_WORK_WORDS = frozenset(word.lower() for word in _WORK_NOUNS)  # as SentenceContext.words holds them
# "sales(1)", "prices(2) rose", "EBITDA(1)": a bracketed digit glued to a word (an acronym too)
# is a note mark; a figure in brackets is spaced from its word ("sales (12) rose"), and a part of
# a law follows digits ("12(3)", _SUBSECTION).
_ROUND_FOOTNOTE = re.compile(r"(?<=[A-Za-z])\((?P<num>\d{1,2})\)")
# The title of a work in quotation marks after a word for the work.
_WORK_TITLE = re.compile(
    r"\b(?:" + "|".join(_WORK_NOUNS) + r")\s+(?P<title>“[^”]{1,80}”|\"[^\"]{1,80}\"|‘[^’]{1,80}’"
    r"|\d{1,4}(?=\s+[A-Z][a-z]))"  # unquoted, a title opening with its number: the documentary "28 Harbours"
)
_DIGITS = re.compile(r"\d[\d.,]*")
_ROUTE_NOUNS = "bus|tram|trolleybus|line|freeway|expressway|motorway|highway|tollway|turnpike|parkway"
_SIZE_NAMED = re.compile(
    r"\bGroup\s+of\s+(?P<a>\d{1,2})\b"
    r"|\b[Tt]op[- ](?P<b>\d{1,3})\s+(?:list|chart|ranking)\b"
    # "the 73 bus", "the 405 freeway", "the 58 Express Lanes", "the 12 Crosstown Expressway": a
    # road, lane or line named by its number. Lower case, a singular after the number is a name
    # (a count takes the plural: "12 freeways"; "lane" sizes: "the 4 lane road"); capitalised,
    # the words after it are a name, plural or not.
    r"|\b(?:[Tt]he|[Aa])\s+(?P<c>\d{1,4}[A-Z]?)\s+(?:" + _ROUTE_NOUNS + r")\b(?![-'’])"
    r"|\b[Tt]he\s+(?P<d>\d{1,4}[A-Z]?)\s+(?:[A-Z][a-z]+\s+){0,2}(?:"
    + _ROUTE_NOUNS.title() + r"|Lanes?|Express|Lines)\b(?![-'’])"
)
_GATE_WORDS = frozenset(split_words(
    "code codes postcode postcodes stock share ticker resolution regulation directive decree ordinance "
    "circular bill motion docket case no number version release update build firmware shirt jersey block "
    "group top bus tram trolleybus section subsection clause paragraph article rule chapter "
    "line lines lane lanes freeway expressway motorway highway tollway turnpike parkway express order act "
    "proclamation memorandum parallel meridian"
))
# What each pattern needs, from its own literal words and characters, tested on the sentence's
# words (SentenceContext.words: a-z runs of the lower-cased text) before the pattern scans it.
# Each word is whole in those runs: the patterns bound it by \b, a space or a bracket.
# A phone number has a plus, a hyphen, or a group with a leading zero (a run of digits opening
# with 0: the literal 0 first lets the engine skip to it).
_ZERO_LED = re.compile(r"0(?<!\d0)")
# A stock code after an exchange needs "(" and ":"; "(6758.T)" a digit, a point and a capital;
# "stock code 7203" the word "code".
_DIGIT_POINT_CAPITAL = re.compile(r"\.(?<=\d\.)[A-Z]")
_STREET_GATE = frozenset(word.lower() for word in _STREET_WORDS.split("|"))
_POSTCODE_GATE = frozenset(
    f"{head}code{plural}" for head in ("", "zip", "pin", "post", "postal") for plural in ("", "s")
)
_DOCUMENT_GATE = frozenset(split_words(
    "resolution regulation directive decree ordinance circular bill motion docket case order act proclamation "
    "memorandum"
))
_REFERENCE_GATE = frozenset({"no", "number"})  # or "#"
_DOTTED_GATE = frozenset(
    word + plural for word in split_words("section subsection clause paragraph article rule chapter")
    for plural in ("", "s")
)
_VERSION_GATE = frozenset(split_words("version release update build firmware"))
_SHIRT_GATE = frozenset({"shirt", "jersey"})
# _SIZE_NAMED's words: a group, a top-N list, a route noun (any case) or a road's capitalised name.
_SIZE_GATE = frozenset({"group", "top", "lane", "lanes", "express", "lines"}) | frozenset(_ROUTE_NOUNS.split("|"))
_BLOCK_GATE = frozenset({"block"})
_GRID_GATE = frozenset({"parallel", "meridian"})
_MEASURES = MEASURE_UNITS | frozenset(split_words("percent per cent thousand million billion trillion"))
_WORD_AFTER = re.compile(r"\s*(?P<word>[A-Za-z]+)")


def _claim_group(ctx: SentenceContext, m: re.Match[str]) -> None:
    """Claim the one named group of ``m`` that matched (each alternative of the pattern has its own)."""
    group = m.lastgroup
    assert group is not None, m.re.pattern
    ctx.claim(m.start(group), m.end(group))


def _followed_by_measure(text: str, end: int) -> bool:
    """Whether a unit of measure or a scale word follows ``end`` ("section 2.5 km long")."""
    m = _WORD_AFTER.match(text[end:end + 30])
    return m is not None and (m.group("word").lower() in _MEASURES or m.group("word") in UNIT_ABBREVIATIONS)


def _phone_starts(ctx: SentenceContext) -> list[int] | None:
    """Where a match of _PHONE may start, ascending: a "+", a "(" or a run of digits (its
    look-behind rules out a digit before); None where number_starts gives none. _PHONE opens
    with that look-behind, so finditer would try every offset of the text."""
    starts = ctx.number_starts()
    if starts is None:
        return None
    text = ctx.text
    marks = []
    for mark in "+(":
        at = text.find(mark)
        while at >= 0:
            marks.append(at)
            at = text.find(mark, at + 1)
    return sorted(starts + marks) if marks else starts


TRIGGER = Trigger(digit=True)


def recognise_identifiers(ctx: SentenceContext) -> None:
    text = ctx.text
    phone = "+" in text or "-" in text or _ZERO_LED.search(text) is not None
    starts = _phone_starts(ctx) if phone else None
    found = (_PHONE.finditer(text) if starts is None else matches_from(_PHONE, text, starts)) if phone else ()
    for m in found:
        if m.group().startswith("+") and sum(c.isdigit() for c in m.group()) < _INTERNATIONAL_DIGITS:
            continue  # "+12 30 45": signed figures in a row, not a number to dial
        ctx.claim(m.start(), m.end())
    if "=" in text:
        for m in _INDEX_BASE.finditer(text):
            ctx.claim(m.start("base"), m.end("base"))
    if "(" in text:
        for m in _SUBSECTION.finditer(text):
            bracket = text.index("(", m.start())  # the section's own digits may be a label already
            ctx.claim(bracket, m.end())
        for m in _ROUND_FOOTNOTE.finditer(text):
            ctx.claim(m.start(), m.end())
    if "[" in text:
        for m in _FOOTNOTE.finditer(text):
            ctx.claim(m.start(), m.end())
    # _NOTE_AFTER_FIGURE looks back for one of these, as written.
    note = "%" in text or "cent" in text or "illion" in text or "lakh" in text or "crore" in text
    for m in _NOTE_AFTER_FIGURE.finditer(text) if note else ():
        ctx.claim(m.start(), m.end())
    for m in _NOTE_BEFORE_VERB.finditer(text):
        word = _WORD_BEFORE_NOTE.search(text, max(0, m.start() - 30), m.start())
        if word is not None and _note_before_verb(word.group().rstrip()):
            ctx.claim(m.start(), m.start() + 1)
    if ")" in text:
        _inline_markers(ctx)
    marker = _LIST_MARKER.match(text)
    if marker:  # "(2) Councils", "2) Councils", "2.Westsat-1 Mission": the marker glued to its item
        group = "num" if marker.group("num") else "glued"
        ctx.claim(marker.start(group), marker.end(group))
    section = _SECTION_NUMBER.match(text) if not ctx.is_title else None
    if section and section.group("next") not in UNIT_ABBREVIATIONS and section.group("next") not in _NOT_ACRONYM_NAMES:
        ctx.claim(section.start("num"), section.end("num"))
    for m in _ACRONYM_NUMBER.finditer(text):
        if m.group("name") not in _NOT_ACRONYM_NAMES:
            ctx.claim(m.start("num"), m.end("num"))
    words = ctx.words
    ticker = ("(" in text and ":" in text) or "code" in words or _DIGIT_POINT_CAPITAL.search(text) is not None
    for m in _TICKER.finditer(text) if ticker else ():
        _claim_group(ctx, m)
    for m in _ADDRESS.finditer(text) if not words.isdisjoint(_STREET_GATE) else ():
        ctx.claim(m.start("num"), m.end("num"))
    if ctx.words & _WORK_WORDS:
        for m in _WORK_TITLE.finditer(text):
            for d in _DIGITS.finditer(m.group("title")):
                ctx.claim(m.start("title") + d.start(), m.start("title") + d.end())
    if ctx.words.isdisjoint(_GATE_WORDS):
        return
    for m in _POSTCODE.finditer(text) if not words.isdisjoint(_POSTCODE_GATE) else ():
        _claim_group(ctx, m)
    for pattern, gate in (
        (_DOCUMENT_NUMBER, _DOCUMENT_GATE), (_REFERENCE, _REFERENCE_GATE), (_DOTTED_PART, _DOTTED_GATE),
        (_VERSION, _VERSION_GATE), (_SHIRT, _SHIRT_GATE), (_BLOCK, _BLOCK_GATE), (_GRID_LINE, _GRID_GATE),
    ):
        if words.isdisjoint(gate) and not (pattern is _REFERENCE and "#" in text):
            continue
        for m in pattern.finditer(text):
            if pattern is _DOTTED_PART and _followed_by_measure(text, m.end()):
                continue  # "section 2.5 km long": a length
            ctx.claim(m.start("num"), m.end("num"))
    for m in _SIZE_NAMED.finditer(text) if not words.isdisjoint(_SIZE_GATE) else ():
        _claim_group(ctx, m)
