"""Money: $5.5 million, US$2bn, €300, ¥1.2 trillion, USD 40 million, 5 billion yuan.

The currency becomes the unit as an ISO code, so sums in different currencies never mix.
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext, Trigger, matches_from
from .lexicon import (
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_SIGNS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DIGITS,
    GROUPED_DIGITS,
    HYPHENED_MONEY,
    INDIAN_SCALES,
    JAPAN_WORDS,
    NUMBER,
    NUMBER_AFTER_SIGN,
    NUMBER_DIGITS,
    NUMBER_DIGITS_AFTER_SIGN,
    SCALE_SUFFIX,
    SCALE_SUFFIX_AFTER_SIGN,
    SCALE_WORD,
    SCALE_WORD_ANY_CASE,
    SCALED_COMPOUND_CURRENCY,
    SHARED_BARE,
    SHARED_CURRENCIES,
    SPACED_SCALE,
    SPACED_SCALE_AFTER_SIGN,
    STOP_WORDS,
    figure_value,
    fold,
    split_words,
)
from .unit_words import PEOPLE_PLURALS

_CODES = "|".join(sorted(CURRENCY_CODES | {"RMB"}))
# Before a sum, also the letter prefixes ("Rs.", "RM"): longest first, so "RMB" is not "RM".
_BEFORE_CODES = "|".join(re.escape(c) for c in sorted(CURRENCY_CODES | {"RMB"} | set(CURRENCY_PREFIXES),
                                                      key=lambda c: (-len(c), c)))
_SYMBOLS = "|".join(
    re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True) if not s.isalpha()
)
# A stray period may follow the sign ("US$. 3.25 million": ingest keeps the sentence whole).
_BEFORE = (r"(?P<cur>(?i:{symbols})|\b(?:{codes})\s?)(?:(?<=[{signs}])\.\s)?\s?{number}"
           r"(?:\s+(?:US\s+|U\.S\.\s+)?dollars?\b)?")
_WORDS = "|".join(re.escape(w) for w in sorted(set(CURRENCY_WORDS) | set(SHARED_BARE), key=len, reverse=True))
# The currency may follow in brackets: "may climb to 62m (euros)", "30bn (USD)"; then the
# bracket must close right after it ("3 (won 2-1)" is no sum in won).
# A plural money noun may follow a hyphen that stands for the space ("three-pence a litre").
# After a scale word a hyphen may join the currency's singular: "a 28 billion-dollar fund".
_AFTER = (r"{number}(?:-(?=(?:" + HYPHENED_MONEY + r")\b)"
          r"|(?(scale)-|(?(wscale)-|(?!)))(?=(?i:" + SCALED_COMPOUND_CURRENCY + r")\b)|\s?)"
          r"(?P<open>\(\s*)?(?P<cur>\b(?:{codes})\b|(?i:{words})\b)(?(open)\s*\))")
# After a sign or code a spaced one-letter scale is one too ("$2.5 m"): NUMBER_AFTER_SIGN.
_PATTERNS = {
    numbers: (
        re.compile(_BEFORE.format(symbols=_SYMBOLS, signs=CURRENCY_SIGNS, codes=_BEFORE_CODES, number=after_sign)),
        re.compile(_AFTER.format(codes=_CODES, words=_WORDS, number=numbers)),
    )
    for numbers, after_sign in ((NUMBER, NUMBER_AFTER_SIGN), (NUMBER_DIGITS, NUMBER_DIGITS_AFTER_SIGN))
}
_SIGNS = frozenset(CURRENCY_SIGNS)
_NAME_CASED = frozenset({"Rand", "RAND", "Dong", "DONG"})
# "won" is also the past of "win": followed by an object ("the", a possessive, a number or a
# plural noun: "16 won prizes", "3 won the vote") it is the verb; the currency is followed by a
# preposition, a bracket, "a" of a rate or the end of the clause ("4.5 million won for the
# bridge", "400 won a share").
_OBJECT_AFTER_WON = re.compile(
    r"\s+(?:the|their|its|his|her|our|two|three|four|five|six|seven|eight|nine|ten|\d|"
    r"(?!(?:was|is|has|as|this|plus|less|versus|across|towards)\b)[a-z]+s\b)"
)
# "won't": the contraction of "will not" (the cased "Won't" too) is no currency.
_NOT_AFTER = re.compile(r"['’]t\b")
_PREFIX_WORDS = frozenset(p.rstrip(".").lower() for p in CURRENCY_PREFIXES)
# (The a-z runs of each word, as SentenceContext.words holds them: "zł" leaves "z".)
_VOCAB = (frozenset(w for key in [*CURRENCY_WORDS, *SHARED_BARE] for w in re.findall("[a-z]+", key))
          | {c.lower() for c in CURRENCY_CODES} | {"rmb"} | _PREFIX_WORDS)
# A sum written currency first needs a sign ("$", "US$") or a code ("USD 40 million").
_CODE_WORDS = frozenset(c.lower() for c in CURRENCY_CODES) | {"rmb"} | _PREFIX_WORDS
# ¥ is both yuan and yen: the sentence decides, yuan by default (the driver then reads the
# document: local_dollar.local_yen).
_YEN = re.compile(rf"\b(?:{'|'.join(JAPAN_WORDS)})\b")
# What a sum written currency last (_AFTER) leaves in SentenceContext.words of ASCII text:
# the code, or the last a-z run of the currency's words (a word boundary ends it, and no
# letter of the number runs into a word of one run: every scale the number may end in is
# followed by a word boundary). A sentence with none skips that pattern, which is tried at
# every number and is slow; most sentences reach it for a sign alone ("$").
_AFTER_WORDS = frozenset(c.lower() for c in CURRENCY_CODES) | {"rmb"} | frozenset(
    re.findall("[a-z]+", w)[-1] for w in [*CURRENCY_WORDS, *SHARED_BARE] if w.isascii()
)
# Where a sum written currency first may start: the regex engine tries _BEFORE at every
# offset (it opens with an alternation). Every symbol ends with a sign and holds only
# letters and "." before it, and a code is a literal, so only these offsets are tried: the
# letters and dots (at most a symbol's length) before each sign, and where a code is written.
_SIGN_AT = re.compile("|".join(re.escape(c) for c in sorted(_SIGNS)))
_CODE_AT = re.compile(_BEFORE_CODES)


# What follows a sign glued to its digits, in every such pattern here: the digits as read
# anywhere, then a glued suffix or a (spaced, hyphenated or glued: "Sh2.9billion", a space lost
# in the copy) scale word, in any case ("Sh29.3 Billion").
# A one-letter sign (_LETTER_SIGNS) takes only the spaced scales of two letters or more: "R4 m"
# may be a grade and a length.
# A hyphen may follow only where the same currency opens the range's other end ("P4
# million-P7 million"; ``again`` is what opens it): else the sum is part of a compound.
def _sum_tail(scale: str = SCALE_WORD_ANY_CASE, spaced: str = SPACED_SCALE_AFTER_SIGN,
              suffix: str = SCALE_SUFFIX_AFTER_SIGN, again: str = r"(?P=cur)\d") -> str:
    return (rf"(?P<digits>\d{GROUPED_DIGITS})(?:(?:\s(?={spaced}(?![\w'’&-])))?"
            rf"(?P<suffix>{suffix})\b|(?:\s+|-)?(?P<scale>{scale})\b)?(?!\w|-(?!{again}))")


# A code or prefix glued to the digits ("RM4.35 billion", "USD1.5bn"): the number pattern
# refuses digits glued to letters (names: "XR7", "A320"), so these have their own. Only
# with decimals, a thousands separator, a scale or a dotted prefix ("Rs.40"): "RM2" alone is
# more likely a model name, unless a word of price stands before it (_PRICE_BEFORE). The
# digits are read as anywhere else (GROUPED_DIGITS): thousands set off by a space ("RM12 500
# million" is 12,500 million, not 500 million), a decimal comma.
_GLUED_CODE = re.compile(rf"\b(?P<cur>{_BEFORE_CODES})" + _sum_tail())
# A sign glued to plain digits ("R79", "RM225", "SGD742") is a sum where a preposition or verb
# of price stands right before it: "from R99 to R79", "for R80", "cut by R10", "increments of
# RM225", "costs N500". A model, a grade or a road takes an article or a name there ("the
# R56", "an Audi R8", "the P2 prototype", "drove along the R21").
_PRICE_BEFORE = re.compile(
    r"\b(?:at|for|by|from|to|of|than|between|and|or|under|over|about|around|roughly|only|just|"
    r"costs?|costing|priced|paid|pay|pays|charges?|charged|fee)\s+$",
    re.IGNORECASE,
)
# ... and no plural noun after it, which makes it a model's name: "from R8 to R10 models".
_PLURAL_AFTER = re.compile(r"\s+(?!(?:was|has|is|this|its|as|plus|thus|less|unless)\b)[a-z]{2,}s\b")
_SYMBOL_LENGTH = max(len(s) for s in CURRENCY_SYMBOLS if not s.isalpha())
assert all(
    s[-1] in _SIGNS and all(c.isalpha() or c == "." for c in s[:-1]) for s in CURRENCY_SYMBOLS if not s.isalpha()
), "a symbol is letters or dots, then a sign"


def _before_starts(text: str, signs: bool, codes: bool) -> list[int]:
    starts: list[int] = []
    if signs:
        for m in _SIGN_AT.finditer(text):
            at = m.start()
            first = at
            while at - first < _SYMBOL_LENGTH - 1 and first and (text[first - 1].isalpha() or text[first - 1] == "."):
                first -= 1
            starts.extend(range(first, at + 1))
    if codes:
        starts.extend(m.start() for m in _CODE_AT.finditer(text))
        starts.sort()
    return starts


# A bare prefix several countries write ("Rs" rupees, "Sh" shillings) is the currency of the
# one such country the article names (SHARED_CURRENCIES, as for the nouns), else India's or
# Kenya's, as CURRENCY_PREFIXES gives it.
_SHARED_PREFIXES = {"Rs": "rupee", "Rs.": "rupee", "Rupees": "rupee", "rupees": "rupee", "Sh": "shilling",
                    "Sh.": "shilling", "Shs": "shilling", "Shs.": "shilling"}
# "paid 50 rupees 12 times": after a sum, the word is its currency, not a prefix of the next one.
_SUM_BEFORE_WORD = re.compile(r"[\d%)]\s*$|\b(?:hundred|thousand|lakhs?|crores?|million|billion)\s*$")


def _shared_code(noun: str, caps: frozenset[str]) -> str | None:
    """The currency of the one country among those using ``noun`` that the article names."""
    named = [code for code, names in SHARED_CURRENCIES[noun].items()
             if any(frozenset(name.split()) <= caps for name in names)]
    return named[0] if len(named) == 1 else None


def _code(symbol: str, sentence: str, caps: frozenset[str] = frozenset()) -> str | None:
    """The ISO code of a currency as written; None for a noun several countries use ("pesos")
    in an article that names none of them, or more than one."""
    if (noun := SHARED_BARE.get(fold(symbol.strip()))) is not None:
        return _shared_code(noun, caps) or CURRENCY_WORDS.get(fold(symbol.strip()))
    if (prefix := CURRENCY_PREFIXES.get(symbol.strip())) is not None:
        if (shared := _SHARED_PREFIXES.get(symbol.strip())) is not None:
            return _shared_code(shared, caps) or prefix
        return prefix
    key = fold(symbol.strip())
    if key == "¥" and _YEN.search(sentence):
        return "JPY"
    if key in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[key]
    if key.upper() in CURRENCY_CODES:
        return key.upper()
    return CURRENCY_WORDS.get(key, key.upper())


# Pence glued to a number: "41.25p", "a 5p charge". A glued "p" also ends video modes
# ("1080p"), so it is pence only with decimals (no video mode has them) or in a sentence about
# money, and never before a word of screens and video.
_PENCE = re.compile(rf"(?P<digits>{DIGITS})p\b(?![\w'’-]|\.c\.)")  # "4.5p.c." is per cent
_PENCE_CONTEXT = frozenset(split_words(
    "pence penny dividend dividends price prices priced cost costs fare fares pay paid charge "
    "charges fee fees earnings share shares stamp stamps coin coins levy tax duty sterling pound "
    "pounds cheaper dearer"
))
_SCREEN_AFTER = re.compile(
    r"\s*(?:HD|TV|video|videos|resolution|display|displays|screen|screens|footage|stream|"
    r"streaming|recording|camera|cameras|monitor|monitors|mode)\b",
    re.IGNORECASE,
)


def _recognise_pence(ctx: SentenceContext) -> None:
    text = ctx.text
    found = [m for m in _PENCE.finditer(text) if ctx.free(m.start(), m.end())]
    money = "£" in text or ctx.has_any(_PENCE_CONTEXT) or any("." in m.group("digits") for m in found)
    for m in found:
        if not money or _SCREEN_AFTER.match(text, m.end()):
            continue
        value = figure_value(m.group("digits"), None, None)
        if value is not None:
            ctx.add(Figure(m.start(), m.end(), "quantity", value, unit="GBp", unit_fixed=True))


# Cents glued to a number: "38c", and with a dollar country's letters before them ("NZ38c",
# "US5c": that country's cents, a sum whatever the sentence). A bare glued "c" is also a slip
# for degrees ("a high of 31c"), so alone it is cents only in a sentence about money (as
# pence are) and never in one about the weather. The unit is "cents", as "38 cents" reads.
_CENTS = re.compile(
    r"(?:\b(?P<country>NZ|US|AU|A|CA|C|HK|S)(?=\d)|(?<![\w.,$]))(?P<digits>\d{1,3}(?:\.\d+)?)c\b(?![\w'’-])"
)
_CENTS_CONTEXT = _PENCE_CONTEXT | frozenset(split_words(
    "cent cents dollar dollars litre liter kg kilo kilogram payout"
))
_WEATHER = frozenset(split_words(
    "temperature temperatures degrees degree heat hot warm cold celsius weather forecaster forecasters "
    "high highs low lows maximum minimum"
))


def _recognise_cents(ctx: SentenceContext) -> None:
    money = "$" in ctx.text or ctx.has_any(_CENTS_CONTEXT)
    weather = ctx.has_any(_WEATHER)
    for m in _CENTS.finditer(ctx.text):
        if not m.group("country") and (weather or not money):
            continue
        if ctx.free(m.start(), m.end()) and (value := figure_value(m.group("digits"), None, None)) is not None:
            ctx.add(Figure(m.start(), m.end(), "quantity", value, unit="cents", unit_fixed=True))


# One-letter currency signs (naira, rand, Philippine peso), also initials, grades, roads and
# model names ("R2", "N95", "P3"): a sum only before a scale ("R4 billion", "N2.5bn", "R40
# Million": headlines capitalise it), or written with a thousands separator in an article
# that names the currency's country ("a fine of R25,000"), or with cents ("shares closed at
# R183.45"); a space after the letter only before a scale word. The digits are read as
# anywhere else (GROUPED_DIGITS): "R12 400 million", "R7,5-billion".
_LETTER_SIGNS = {"N": "NGN", "R": "ZAR", "P": "PHP"}
_LETTER_WORDS = frozenset(sign.lower() for sign in _LETTER_SIGNS)
_LETTER_SUM = re.compile(
    r"\b(?P<cur>[NRP])(?P<space>\s)?" + _sum_tail(spaced=SPACED_SCALE, suffix=SCALE_SUFFIX)
)
# The country a one-letter sign needs when no scale follows: every word of one group among
# the article's capitalised words. A local paper names its city, not its country ("Metro
# Manila", "Lagos State"), so the country's largest cities name it too (as local_dollar.py's
# datelines do).
_LETTER_COUNTRIES: dict[str, tuple[frozenset[str], ...]] = {
    "N": tuple(frozenset(name.split()) for name in ("Nigeria", "Nigerian", "Nigerians", "Lagos", "Abuja", "Kano")),
    "R": tuple(frozenset(name.split()) for name in (
        "South Africa", "South African", "Johannesburg", "Cape Town", "Pretoria", "Durban", "Gauteng")),
    "P": tuple(frozenset(name.split()) for name in (
        "Philippines", "Philippine", "Filipino", "Manila", "Quezon City", "Cebu", "Davao")),
}


# Without a scale, a one-letter sign's sum shows its kind by its digits: a thousands separator
# ("R25,000") or cents ("R183.45", a share price): a grade, a road or a model has neither.
_PRICE_DIGITS = re.compile(r"[, ]|\.\d\d$")


def _priced(text: str, m: re.Match[str]) -> bool:
    """A word of price stands right before the sum ``m`` and no plural noun after it."""
    return (_PRICE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
            and _PLURAL_AFTER.match(text, m.end()) is None)


def _names_country(letter: str, caps: frozenset[str]) -> bool:
    return any(group <= caps for group in _LETTER_COUNTRIES[letter])


# A document that writes a sign as money, with a scale ("R121bn", "P51.5 billion", "Sh2.9bn")
# or on two sums with thousands separators or cents ("from N45,000 to N90,000"), names its
# currency by it: no model, grade or road is written so. Its other sums with that sign are
# then sums without the country named ("the new N70,000 wage" in a text that names only its
# president), plain digits too ("a net pay Sh588 lower", "its R272 share price") where no
# article or name stands before them and no plural noun or name follows ("the R21", "an Audi
# R8", "N95 masks", "P30 Pro").
_CONFIRMING_SUMS = 2


def money_signs(text: str) -> frozenset[str]:
    """The letter signs and glued prefixes ``text`` writes as money (read once per document)."""
    grouped: dict[str, int] = {}
    signs: list[str] = []
    for pattern in (_LETTER_SUM, _GLUED_CODE):
        for m in pattern.finditer(text):
            digits, suffix, scale, cur = m.group("digits", "suffix", "scale", "cur")
            if pattern is _LETTER_SUM and m.group("space") and not scale:
                continue
            if suffix or scale:
                signs.append(cur)
            elif _PRICE_DIGITS.search(digits):
                grouped[cur] = grouped.get(cur, 0) + 1
    signs.extend(cur for cur, n in grouped.items() if n >= _CONFIRMING_SUMS)
    return frozenset(signs)


_ARTICLE_OR_NAME_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)|\b[A-Z][\w-]*)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z0-9]")


def _plain_sum(text: str, m: re.Match[str]) -> bool:
    """Whether the sign glued to plain digits at ``m`` reads as a sum in a document that writes
    the sign as money: two digits or more, no article or name before, no plural noun or name after."""
    return (len(m.group("digits")) >= 2
            and _ARTICLE_OR_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None
            and _PLURAL_AFTER.match(text, m.end()) is None and _NAME_AFTER.match(text, m.end()) is None)


def _recognise_letter_sums(ctx: SentenceContext) -> None:
    for m in _LETTER_SUM.finditer(ctx.text):
        digits, suffix, scale, cur = m.group("digits", "suffix", "scale", "cur")
        if m.group("space") and not scale:
            continue
        confirmed = cur in ctx.money_signs
        if not (suffix or scale or ((_PRICE_DIGITS.search(digits) or _priced(ctx.text, m))
                                    and (confirmed or _names_country(cur, ctx.known_caps)))
                or (confirmed and _plain_sum(ctx.text, m))):
            continue
        _add_glued_sum(ctx, m, _LETTER_SIGNS[cur], (scale or suffix or "").lower() or None)


def _add_glued_sum(ctx: SentenceContext, m: re.Match[str], unit: str, scale: str | None) -> None:
    """The sum a _sum_tail() pattern matched, in ``unit``, where its span is still free."""
    if not ctx.free(m.start(), m.end()):
        return
    value = figure_value(m.group("digits"), None, scale)
    if value is not None:
        ctx.add(Figure(m.start(), m.end(), "quantity", value, unit=unit, unit_fixed=True))


def _recognise_glued_codes(ctx: SentenceContext) -> None:
    for m in _GLUED_CODE.finditer(ctx.text):
        digits, suffix, scale = m.group("digits", "suffix", "scale")
        cur = m.group("cur")
        if not (cur.endswith(".") or not digits.isdigit() or suffix or scale or _priced(ctx.text, m)
                or (cur in ctx.money_signs and _plain_sum(ctx.text, m))):
            continue
        if (unit := _code(cur, ctx.text, ctx.known_caps)) is not None:
            _add_glued_sum(ctx, m, unit, scale or suffix)


# A negative sum as results releases print it, in brackets after the sign: "a loss of
# $(34) million", "€(4.2)bn". Only digits alone in the brackets, right after a sign: a bracket
# holding more ("$12 million (34 million in 2030)") is an aside, and keeps its sign.
_ACCOUNTING_TELL = re.compile(rf"[{re.escape(CURRENCY_SIGNS)}]\s?\(\d")
_ACCOUNTING_SUM = re.compile(
    rf"(?P<cur>(?i:{_SYMBOLS}))\s?\((?P<digits>\d{GROUPED_DIGITS})\)"
    rf"(?:(?:\s(?={SPACED_SCALE_AFTER_SIGN}(?![\w'’&-])))?(?P<suffix>{SCALE_SUFFIX_AFTER_SIGN})\b"
    rf"|(?:\s+|-)(?P<scale>{SCALE_WORD})\b)?(?![\w-])"
)


def _recognise_accounting_sums(ctx: SentenceContext) -> None:
    for m in _ACCOUNTING_SUM.finditer(ctx.text):
        unit = _code(m.group("cur"), ctx.text, ctx.known_caps)
        value = figure_value(m.group("digits"), None, m.group("scale") or m.group("suffix"))
        if unit is not None and value is not None and ctx.free(m.start(), m.end()):
            ctx.add(Figure(m.start(), m.end(), "quantity", -value, unit=unit, unit_fixed=True))


# Pence ("41.25p" leaves the word "p"), cents ("38c": "c"), a letter sign ("N5bn" leaves "n"),
# a sign or a word.
TRIGGER = Trigger(words=frozenset({"p", "c"}) | _LETTER_WORDS | _VOCAB, chars=CURRENCY_SIGNS)


def recognise_money(ctx: SentenceContext) -> None:
    if ctx.has_digit and "p" in ctx.words:  # "41.25p" leaves the word "p"
        _recognise_pence(ctx)
    if ctx.has_digit and "c" in ctx.words:  # "38c" leaves the word "c"
        _recognise_cents(ctx)
    if ctx.has_digit and not _LETTER_WORDS.isdisjoint(ctx.words):  # "N5bn" leaves the word "n"
        _recognise_letter_sums(ctx)
    # A regex search for a sign, not _SIGNS.isdisjoint(text): that looks up every character
    # of the sentence in the set, many times slower.
    signs = _SIGN_AT.search(ctx.text) is not None
    if not (signs or ctx.has_any(_VOCAB)):
        return
    text = ctx.text
    if signs and ctx.has_digit and "(" in text and _ACCOUNTING_TELL.search(text):
        _recognise_accounting_sums(ctx)
    words = ctx.number_words
    before, after = _PATTERNS[NUMBER if words else NUMBER_DIGITS]
    codes = ctx.has_any(_CODE_WORDS)
    if codes and ctx.has_digit:
        _recognise_glued_codes(ctx)
    if ctx.has_digit and "$" in text:
        _recognise_sign_then_code(ctx)
    # Each pattern's finditer, tried only where a match may start (see _before_starts and
    # SentenceContext.number_starts); a pattern of digits alone skips to digits itself.
    found = matches_from(before, text, _before_starts(text, signs, codes)) if signs or codes else []
    if not ctx.ascii or ctx.has_any(_AFTER_WORDS):
        starts = ctx.number_starts() if words else None
        found += after.finditer(text) if starts is None else matches_from(after, text, starts)
    scaled: dict[int, tuple[str, str]] = {}  # the end of each scaled sum read here: its scale, currency
    for m in found:
        if not ctx.free(m.start(), m.end()):
            continue
        if m.group("bare") and m.re is before and not m.group("cur").strip():
            continue
        if m.re is before and m.group("cur").strip().lower() == "rupees" and _SUM_BEFORE_WORD.search(
            text, max(0, m.start() - 12), m.start()
        ):
            continue
        if m.re is after and m.group("cur") in _NAME_CASED:
            continue  # "the 12 Rand fellows": a name, not the South African rand
        if m.re is after and m.group("cur").lower() == "won" and (
            _OBJECT_AFTER_WON.match(text, m.end()) or _NOT_AFTER.match(text, m.end())
        ):
            continue  # "aged 12 and 16 won prizes", "this one won't": the verb, not the currency
        scale = m.group("scale") or m.group("suffix") or m.group("wscale")
        if m.re is before and not scale and m.group("cur").strip().isalpha() and _counts_people(text, m.end()):
            continue  # "GHS 2,000 nurses": a count of people behind the letters, no sum
        value = figure_value(m.group("digits"), m.group("word") or m.group("bare"), scale)
        unit = _code(m.group("cur"), ctx.text, ctx.known_caps)
        if m.re is before and m.group("cur").strip() == "$" and (named := _named_after(text, m.end(), ctx.known_caps)):
            unit = named  # "$240 million pesos": the noun says which currency writes "$"
        if value is None or unit is None:
            continue  # (no currency: "4 million pesos" in an article naming no country of the peso)
        if scale:
            scaled[m.end()] = (scale, unit)
        elif m.group("digits") and (borrowed := _bracket_scale(text, m, unit, scaled)):
            value = figure_value(m.group("digits"), None, borrowed)
        ctx.add(Figure(m.start(), m.end(), "quantity", value, unit=unit, unit_fixed=True))


_WORDS_AFTER = re.compile(r"\s+(?P<first>[a-z]+)\b(?:\s+(?P<second>[a-z]+)\b)?")


def _counts_people(text: str, end: int) -> bool:
    """A plural of people right after the number, or after one adjective ("new nurses")."""
    m = _WORDS_AFTER.match(text, end)
    if m is None:
        return False
    first = m.group("first")
    return first in PEOPLE_PLURALS or (first not in STOP_WORDS and m.group("second") in PEOPLE_PLURALS)


# A sum alone in brackets after a scaled sum in another currency converts it: "£28.3bn ($35.7bn)";
# a writer who drops its scale ("£28.3bn ($35.7)") still means the same order of money. A South
# Asian scale is the first currency's own ("₹2,000 crore ($240)" is $240 million): none is lent.
_OPEN_BEFORE = re.compile(r"\(\s*$")
_SCALE_WORD_SPLIT = re.compile(r"[\s-]+")
_CLOSE_AFTER = re.compile(r"\s*\)")


def _bracket_scale(text: str, m: re.Match[str], unit: str, scaled: dict[int, tuple[str, str]]) -> str | None:
    """The scale the sum ``m`` borrows from the scaled sum its bracket converts, if any."""
    opening = _OPEN_BEFORE.search(text, max(0, m.start() - 4), m.start())
    if opening is None or _CLOSE_AFTER.match(text, m.end()) is None:
        return None
    before = scaled.get(len(text[:opening.start()].rstrip()))
    if before is None or before[1] == unit or not INDIAN_SCALES.isdisjoint(_SCALE_WORD_SPLIT.split(fold(before[0]))):
        return None
    return before[0]


# The currency noun after a "$" sum: several currencies write "$" (the peso countries, the
# dollar ones), and a writer who adds the noun says which ("$240 million pesos", "$3 million
# Canadian dollars"), as does a code ("$3 million CAD"). A plain "dollars" adds nothing
# (local_dollar.py reads the bare "$").
_NOUN_AFTER_SUM = re.compile(r"\s+(?P<first>[A-Za-z]+)(?![\w'’-])(?:\s+(?P<second>[a-z]+)(?![\w'’-]))?")


def _named_after(text: str, end: int, caps: frozenset[str]) -> str | None:
    m = _NOUN_AFTER_SUM.match(text, end)
    if m is None:
        return None
    if m.group("first") in CURRENCY_CODES:  # "$23 million CAD", as written in capitals
        return m.group("first")
    first = fold(m.group("first"))
    if m.group("second") and (two := CURRENCY_WORDS.get(f"{first} {m.group('second')}")) is not None:
        return two
    if first in ("dollar", "dollars"):
        return None
    if first in SHARED_BARE:
        return _code(first, text, caps)
    return CURRENCY_WORDS.get(first)


# The dollar sign before the country's letters, as Australian and New Zealand papers write a
# foreign dollar: "$US31m" is "US$31m", "$NZ6 billion" is "NZ$6 billion". The letters are those
# of a symbol written letters first (CURRENCY_SYMBOLS), so the code is that symbol's.
_DOLLAR_COUNTRIES = "|".join(sorted(
    (s[:-1].upper() for s in CURRENCY_SYMBOLS if s.endswith("$") and s[:-1].isalpha()), key=len, reverse=True
))
_SIGN_THEN_CODE = re.compile(rf"\$(?P<country>{_DOLLAR_COUNTRIES})\s?" + _sum_tail(again=r"\$(?P=country)\d"))


def _recognise_sign_then_code(ctx: SentenceContext) -> None:
    for m in _SIGN_THEN_CODE.finditer(ctx.text):
        unit = CURRENCY_SYMBOLS[m.group("country").lower() + "$"]
        _add_glued_sum(ctx, m, unit, m.group("scale") or m.group("suffix"))
