"""The dollar a bare "$" means in one document: the US dollar unless the article is placed in
another dollar country.

A paper in Sydney, Singapore or Toronto writes its own currency as "$" and the US one as
"US$"; a wire writing for the world does the opposite ("$214 million (A$337 million)"). So a
bare "$" takes the local dollar only where the article is placed there: its title or dateline
names the country (or, when the text writes "US$" itself and so marks the US sums, the country
is the one it names most; or the text names the country, its states or cities throughout and
the United States never), the country is named more often than the United States, and the
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
    character comes before it, which the look-behind after the capital checks."""
    return "(?:" + "|".join(f"{name[0]}(?<!\\w{name[0]}){name[1:]}" for name in names.split("|")) + ")"


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
_US_SIGN = re.compile(r"\b(?:US|U\.S\.)\$|\bUSD\b")
# A dateline opens the first paragraph: "SINGAPORE –", "TORONTO, March 3 (Reuters) -".
_DATELINE = re.compile(r"[A-Z][A-Za-z.'’ ]{1,30}?(?=\s*(?:,[^\n]{0,40}?)?(?:\([^)\n]{1,30}\)\s*)?[-–—:])")


# A country named this often in a text that never names the United States places the
# article there even when its title and dateline name no place: a writer at home names its
# country, states and cities throughout, while a piece from abroad that sums in US dollars
# names the place once or twice ("a new route to Canada", "Hong Kong ... 9am HKT").
_NAMED_THROUGHOUT = 3


def local_dollar(document: Document) -> str | None:
    """The ISO code a bare "$" of ``document`` stands for, when not the US dollar."""
    text = document.text
    if "$" not in text:
        return None
    first = document.sentences[0].text if document.sentences else ""
    dateline = _DATELINE.match(first)
    # A dateline in capitals ("WELLINGTON –") is read title-cased: it names the place once more.
    dated = next((code for code, pattern in _PLACE_PATTERNS.items()
                  if dateline is not None and pattern.fullmatch(dateline.group().strip().title())), None)
    counts = {code: len(pattern.findall(text)) for code, pattern in _PLACE_PATTERNS.items()}
    if dated is not None and _PLACE_PATTERNS[dated].match(first) is None:
        counts[dated] += 1  # not counted as written
    best = max(counts, key=lambda code: counts[code])
    if counts[best] == 0 or sum(1 for n in counts.values() if n == counts[best]) > 1:
        return None
    us = len(_US.findall(text))
    if _OWN_SIGN[best].search(text) or us >= counts[best]:
        return None
    if us == 0 and counts[best] >= _NAMED_THROUGHOUT:
        return best
    placed = _PLACE_PATTERNS[best].search(document.title) is not None or dated == best
    return best if placed or _US_SIGN.search(text) else None


# A sum with a sign of its own in brackets right after a bare one, or the other way round.
_BRACKETED_AFTER = re.compile(r"[^\s(]*\s*\(\s*(?P<sign>[A-Z.]{1,4}\$)")
_SIGNED_BEFORE = re.compile(r"(?P<sign>[A-Z.]{1,4}\$)[\d.,]+\s*(?:[a-zA-Z]{1,8}\s*)?\(\s*$")


def bare_dollar_currency(text: str, start: int, end: int, local: str) -> str:
    """The currency of the bare "$" sum at ``start``..``end`` of a sentence in a document whose
    local dollar is ``local``: the local one, unless it is paired with an explicit sum of it."""
    sign = _BRACKETED_AFTER.match(text, end)
    before = _SIGNED_BEFORE.search(text, max(0, start - 40), start)
    paired = sign or before
    if paired is None:
        return local
    return "USD" if _US_SIGN.fullmatch(paired.group("sign")) is None else local


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
