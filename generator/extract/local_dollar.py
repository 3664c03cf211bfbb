"""The dollar a bare "$" means in one document: the US dollar unless the article is placed in
another dollar country.

A paper in Sydney, Singapore or Toronto writes its own currency as "$" and the US one as
"US$"; a wire writing for the world does the opposite ("$214 million (A$337 million)"). So a
bare "$" takes the local dollar only where the article is placed there: its title or dateline
names the country (or, when the text writes "US$" itself and so marks the US sums, the country
is the one it names most; or the text names the country, its states or cities throughout and
the United States never or in passing), the country is named more often than the United States, and the
text never writes the local dollar's own sign ("A$"). A "$" with a country's letters after it
("$US17m") is that country's dollar, never the local one. A bare sum beside an explicit sum in
brackets is the other currency of the pair: "$214m (A$337m)" stays US dollars, and "US$9,100
($13,650)" is the local dollar.
"""

from __future__ import annotations

import re

from ..model import Document
from .lexicon import DOLLAR_COUNTRIES, JAPAN_WORDS

# The dollar countries other than the United States whose press writes its own dollar as a
# bare "$" (lexicon.DOLLAR_COUNTRIES: names, people, cities, unique regions, time zones).
_PLACES: dict[str, str] = {d.code: d.places for d in DOLLAR_COUNTRIES if d.places}


def _at_word_starts(names: str) -> str:
    """``\\b(?:names)`` for alternatives that each open with a capital, written so the regex
    engine skips to those capitals: a leading ``\\b`` makes it try every offset of the text
    (several times slower on a whole article). Before a capital, ``\\b`` says no word
    character comes before it, which the look-behind after the capital checks; nor a "$"
    ("$US17m", "$NZ6 billion" are signs, not the country named)."""
    return "(?:" + "|".join(f"{name[0]}(?<![\\w$]{name[0]}){name[1:]}" for name in names.split("|")) + ")"


# Case as written (a dateline in capitals is title-cased first): "Sgt" is no time zone.
_PLACE_PATTERNS = {code: re.compile(rf"{_at_word_starts(names)}\b") for code, names in _PLACES.items()}
_US = re.compile(
    _at_word_starts(r"United\s+States|U\.S\.|US|USA|America|Americans?|Washington|New\s+York") + r"(?![\w$])"
)
# The local dollar's own sign or code, written anywhere in the text.
_OWN_SIGN = {
    d.code: re.compile(_at_word_starts("|".join(re.escape(sign) + ("" if sign.endswith("$") else r"\b")
                                                for sign in d.signs)))
    for d in DOLLAR_COUNTRIES if d.places
}
# "$US17m" is how Australian and New Zealand papers write "US$17m": it marks the US sums too.
_US_SIGN = re.compile(r"\b(?:US|U\.S\.)\$|\bUSD\b|\$US(?=\s?\d)")
# A code after a "$" sum ("$23 million CAD") says which dollar the text's "$" writes: it is
# no sign of another writing style, as a sum written "C$23 million" is.
_SUM_BEFORE_CODE = re.compile(r"\$\s?\d[\d.,]*(?:\s?[A-Za-z]{1,8})?\s$")
# A bare "$" sum given for the United States itself, as one of a list of countries' sums
# ("the United States ($155 billion), Westia ($2 billion)"): the text counts in US dollars.
_US_SUM = re.compile(_at_word_starts(r"United\s+States|U\.S\.|US|USA|America") + r"\s?\(\s?\$\s?\d")
# A company given with its ticker on a home exchange: "(ASX: NRT)", "TSX:NRT".
_EXCHANGES = {name: d.code for d in DOLLAR_COUNTRIES for name in d.exchanges.split("|") if d.exchanges}
_LISTING = re.compile(f"(?P<exchange>{_at_word_starts('|'.join(sorted(_EXCHANGES, key=len, reverse=True)))})"
                      r"\s?:\s?[A-Z0-9]")
# A dateline opens the first paragraph: "SINGAPORE –", "TORONTO, March 3 (Reuters) -".
_DATELINE = re.compile(r"[A-Z][A-Za-z.'’ ]{1,30}?(?=\s*(?:,[^\n]{0,40}?)?(?:\([^)\n]{1,30}\)\s*)?[-–—:])")


# A country named this often in a text that never names the United States places the
# article there even when its title and dateline name no place: a writer at home names its
# country, states and cities throughout, while a piece from abroad that sums in US dollars
# names the place once or twice ("a new route to Canada", "Hong Kong ... 9am HKT"); twice
# places it when the names stand in two paragraphs (_apart).
_NAMED_THROUGHOUT = 3
# A text that names its country throughout names the United States in passing too (an
# agency's acronym, an export market, "US restaurants"): at most once for every two names of
# the country, it still counts at home. A piece from abroad that sums in US dollars names the
# United States as often as the country it reports on, or writes "A$" for the local sums.
_IN_PASSING = 2


def _apart(place: re.Pattern[str], text: str) -> bool:
    """Whether the two names of ``place`` in ``text`` stand in different paragraphs: a writer at
    home names the country again further down, while a piece from abroad names it in passing
    (once, or twice in one sentence: "growers in Westia, the Westian board said")."""
    names = list(place.finditer(text))  # (a dateline's or a listing's count is none of them)
    return len(names) == 2 and "\n" in text[names[0].end():names[1].start()]


def local_dollar(document: Document) -> str | None:
    """The ISO code a bare "$" of ``document`` stands for, when not the US dollar."""
    text = document.text
    if "$" not in text and "dollar" not in text:
        return None
    first = document.sentences[0].text if document.sentences else ""
    dateline = _DATELINE.match(first)
    # A dateline in capitals ("WELLINGTON –") is read title-cased: it names the place once more.
    dated = next((code for code, pattern in _PLACE_PATTERNS.items()
                  if dateline is not None and pattern.fullmatch(dateline.group().strip().title())), None)
    counts = {code: len(pattern.findall(text)) for code, pattern in _PLACE_PATTERNS.items()}
    if dated is not None and _PLACE_PATTERNS[dated].match(first) is None:
        counts[dated] += 1  # not counted as written
    listing = _LISTING.search(text)
    listed = None if listing is None else _EXCHANGES[listing.group("exchange")]
    if listed is not None:
        counts[listed] += 1
    # A tie goes to the one country a dateline or a listing places the text in.
    placing = {code for code in (dated, listed) if code is not None}
    best = max(counts, key=lambda code: (counts[code], code in placing))
    tied = [code for code, n in counts.items() if n == counts[best]]
    if counts[best] == 0 or (len(tied) > 1 and len(placing.intersection(tied)) != 1):
        return None
    us = len(_US.findall(text))
    if _writes_own_sign(best, text) or us >= counts[best] or _US_SUM.search(text):
        return None
    throughout = counts[best] >= _NAMED_THROUGHOUT or (counts[best] == 2 and _apart(_PLACE_PATTERNS[best], text))
    if throughout and (us == 0 or (counts[best] >= _NAMED_THROUGHOUT and us * _IN_PASSING <= counts[best])):
        return best
    placed = _PLACE_PATTERNS[best].search(document.title) is not None or best in placing
    return best if placed or _US_SIGN.search(text) else None


def _writes_own_sign(code: str, text: str) -> bool:
    """Whether ``text`` writes the dollar ``code`` with its own sign or code, other than as the
    code after a "$" sum."""
    return any(_SUM_BEFORE_CODE.search(text, max(0, m.start() - 30), m.start()) is None
               for m in _OWN_SIGN[code].finditer(text))


# A sum with a sign of its own in brackets right after a bare one, or the other way round.
_BRACKETED_AFTER = re.compile(r"[^\s(]*\s*\(\s*(?P<sign>[A-Z.]{1,4}\$)")
_SIGNED_BEFORE = re.compile(r"(?P<sign>[A-Z.]{1,4}\$|\$[A-Z]{2,3}(?=\s?\d))\s?[\d.,]+\s*(?:[a-zA-Z]{1,8}\s*)?\(\s*$")


def bare_dollar_currency(text: str, start: int, end: int, local: str) -> str:
    """The currency of the bare "$" sum at ``start``..``end`` of a sentence in a document whose
    local dollar is ``local``: the local one, unless it is paired with an explicit sum of it."""
    sign = _BRACKETED_AFTER.match(text, end)
    before = _SIGNED_BEFORE.search(text, max(0, start - 40), start)
    paired = sign or before
    if paired is None:
        return local
    written = paired.group("sign")
    if written.startswith("$"):  # "$US200 ($310)": the letters after the sign, as "US$"
        written = written[1:] + "$"
    return "USD" if _US_SIGN.fullmatch(written) is None else local


# A range's second end written without its sign ("$2-3 billion"), or after "to" or a dash.
_RANGE_GAP = re.compile(r"-to-|\s*[-–]\s*|\s+(?:to|and)\s+")


def dollar_sign_at(text: str, start: int) -> int | None:
    """Where the "$" of the sum read at ``start`` is: the range reader starts a range's second
    end after its sign ("from $4,020 to $4,340")."""
    if text.startswith("$", start):
        return start
    return start - 1 if start and text[start - 1] == "$" else None


# A sum in the plain word, "a billion dollars": the local dollar as a bare "$" is; "US dollars" is not.
_US_DOLLARS = re.compile(r"\b(?:US|U\.S\.)\s+dollars?$")


def is_plain_dollars(text: str, start: int, end: int) -> bool:
    """Whether the sum at ``start``..``end`` is written with the word "dollars" alone."""
    return text.endswith(("dollars", "dollar"), start, end) and _US_DOLLARS.search(text, start, end) is None


def range_end_after(text: str, previous_end: int, start: int) -> bool:
    """Whether the sum at ``start`` closes a range opened by the sum ending at ``previous_end``."""
    return 0 <= previous_end <= start and _RANGE_GAP.fullmatch(text, previous_end, start) is not None


def is_bare_dollar(text: str, start: int) -> bool:
    """Whether the sum starting at ``start`` is written with a "$" and no letters before it,
    nor a country's letters after it ("$US17m" is US dollars wherever it is written)."""
    return text.startswith("$", start) and (start == 0 or not (text[start - 1].isalpha() or text[start - 1] == ".")) \
        and not text[start + 1:start + 2].isalpha()


# "¥" is both Japan's yen and China's yuan (money.py reads a sentence that names Japan or the
# yen as yen, else yuan). A document that names Japan more often than China writes yen with
# it throughout: a price list's lines need not name the country again.
_JAPAN = re.compile(rf"\b(?:{'|'.join(JAPAN_WORDS)})\b")
_CHINA = re.compile(r"\b(?:China|Chinese|Beijing|Shanghai|Hong\s+Kong|yuan|renminbi|RMB)\b")


def local_yen(document: Document) -> bool:
    """Whether a bare "¥" in ``document`` stands for the yen (not the yuan)."""
    text = document.text
    return "¥" in text and len(_JAPAN.findall(text)) > len(_CHINA.findall(text))


def is_bare_yen(text: str, start: int) -> bool:
    """Whether the sum starting at ``start`` opens with its "¥": a "CN¥" or "JP¥" sum starts at
    its letters, so a sum with a country's letters before the sign is never bare."""
    return text.startswith("¥", start)
