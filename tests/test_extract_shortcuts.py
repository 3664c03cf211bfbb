"""The speed shortcuts of extract and classify find exactly what the plain scans find.

Each shortcut skips work it can prove useless (a stretch of text without "(", a word that
starts no cue, a pattern whose tell-tale characters are missing). These tests compare the
shortcut with the plain scan on random text built from the words the patterns look for,
so a shortcut that wrongly skips something fails here, not only on the texts we have.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator import classify, extract, ingest
from generator.classify import load_taxonomy
from generator.extract import (
    context,
    dates,
    entities,
    lengths,
    lexicon,
    list_units,
    names,
    numbers,
    ordinal_counts,
    qualifiers,
    ranges,
    rankings,
    records,
    statements,
    subjects,
    units,
    years,
)
from generator.extract.context import Figure, SentenceContext, from_capitals
from generator.extract.lexicon import split_words
from generator.model import Fact, Sentence, Source

ROOT = Path(__file__).resolve().parent.parent


def _text(tokens: list[str], max_size: int = 60) -> st.SearchStrategy[str]:
    """Random joins of ``tokens`` and arbitrary characters, with or without spaces."""
    token = st.one_of(st.sampled_from(tokens), st.text(max_size=3))
    joiner = st.sampled_from([" ", "", "  ", "\n", " (", ") "])
    return st.lists(st.tuples(token, joiner), max_size=max_size).map(
        lambda parts: "".join(t + j for t, j in parts)
    )


_ACRONYM_TOKENS = [
    "World", "Health", "Organization", "of", "the", "for", "de", "&", "The", "(", ")", "(WHO)",
    "WHO", "WHOs", "(World", "Bank)", "WB", "O'Neil", "’s", "'s", "-", ".", ",", ";", "_", "é",
    "Ünited", "xYz", "iPhone", "s", "1", "A1", "\u00a0", "K", "İ",
]


@settings(max_examples=400, deadline=None)
@given(_text(_ACRONYM_TOKENS))
def test_acronym_stretches_find_every_match(text: str) -> None:
    stretches = entities._paren_stretches(text)
    for pattern in (entities._LONG_SHORT, entities._SHORT_LONG):
        everywhere = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        scanned = [(m.span(), m.groupdict()) for s, e in stretches for m in pattern.finditer(text, s, e)]
        assert scanned == everywhere


_RUN_TOKENS = [
    *_ACRONYM_TOKENS, "iPhone", "eBay", "xYZ", "abcD", "Apollo", "11", "$", "US$", "UNESCO's", "O’Brien",
    "Bank", "of", "for", "de", "von", "the", "&", "Ab-Cd", "A.B.", "X-7b", "xY.z 12", "iOS.v", "Orca 2.1 70B-Xy 5",
    "-", "'", "’", "s", "5G", "ß", "Σ",
]




def _plain_longest_at(
    matcher: classify._Matcher, words: list[str], lower: list[str], i: int
) -> tuple[int, tuple[tuple[str, str], ...]] | None:
    """The longest cue at word ``i`` by trying every length, as _longest_at did before it
    remembered one-word cues."""
    multi = matcher.lengths.get(words[i], frozenset()) | matcher.lengths.get(lower[i], frozenset())
    for n in range(min(matcher.longest, len(words) - i), 0, -1):
        if n > 1 and n not in multi:
            continue
        for seq in (words[i:i + n], lower[i:i + n]):
            for last in classify._variants(seq[-1]):
                match = matcher.cues.get((*seq[:-1], last))
                if match:
                    return n, match
    return None


def _plain_hits(matcher: classify._Matcher, text: str) -> list[tuple[str, str]]:
    """Cue hits by trying every word, as hits() did before it remembered words."""
    words = classify._WORD.findall(text)
    lower = [w.lower() for w in words]
    firsts = matcher.firsts
    starts = [i for i, low in enumerate(lower)
              if low in firsts or words[i] in firsts or low.rstrip("s") in firsts
              or words[i].rstrip("s") in firsts]
    out: list[tuple[str, str]] = []
    i = 0
    for start in starts:
        if start < i:
            continue
        found = _plain_longest_at(matcher, words, lower, start)
        if found:
            out.extend(found[1])
            i = start + found[0]
    return out


_TAXONOMY = load_taxonomy(ROOT / "generator" / "default_taxonomy.yml")
_CUE_TOKENS = sorted({w for t in _TAXONOMY.themes for cue in t.cues for w in cue.split()})
_CUE_TOKENS += [w.upper() for w in _CUE_TOKENS[:20]] + [w + "s" for w in _CUE_TOKENS[:20]]
_CUE_TOKENS += [w + "es" for w in _CUE_TOKENS[:10]] + ["the", "of", ",", ".", "İ", "_", "K"]


@settings(max_examples=300, deadline=None)
@given(st.lists(_text(_CUE_TOKENS, 20), min_size=1, max_size=5))
def test_remembered_cue_words_give_the_same_hits(texts: list[str]) -> None:
    matcher = classify._Matcher(**{
        f: getattr(classify._matcher(_TAXONOMY), f)
        for f in ("cues", "firsts", "longest", "units", "lengths", "seconds")
    })
    for text in texts:
        assert matcher.hits(text) == _plain_hits(matcher, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZbYAI -.'", max_size=30))
def test_the_camel_acronym_gate_misses_no_camel_acronym(text: str) -> None:
    # The cheap search runs first; it must find something wherever the full pattern does.
    if classify._CAMEL_ACRONYM.search(text):
        assert classify._CAMEL_JOIN.search(text)


def test_remembered_words_still_start_longer_cues() -> None:
    matcher = classify._Matcher(**{
        f: getattr(classify._matcher(_TAXONOMY), f)
        for f in ("cues", "firsts", "longest", "units", "lengths", "seconds")
    })
    cues = [cue for t in _TAXONOMY.themes for cue in t.cues if " " in cue]
    assert cues
    for cue in cues:  # the first word alone, then in its cue, then alone again
        first = cue.split()[0]
        for text in (f"the {first} here", f"the {cue} here", f"{first.upper()} and {first}s"):
            assert matcher.hits(text) == _plain_hits(matcher, text)


def test_remembered_words_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classify, "_MAX_SEEN", 3)
    matcher = classify._Matcher(**{
        f: getattr(classify._matcher(_TAXONOMY), f)
        for f in ("cues", "firsts", "longest", "units", "lengths", "seconds")
    })
    texts = ["one two three four five", "robots and research", "six seven robots", "climate"]
    for text in texts * 2:
        assert matcher.hits(text) == _plain_hits(matcher, text)
        assert len(matcher.seen) <= 3 + len(text.split())
        assert set(matcher.singles) <= matcher.seen  # forgotten together


def _plain_unit_themes(unit: str | None, units: dict[str, tuple[str, ...]],
                       abbreviations: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Every theme unit compared with the fact's unit, as _unit_themes did before its index
    (an abbreviated theme unit, "Gbps", keeps its final s)."""
    if not unit:
        return []
    words = {w.rstrip("s") for w in unit.lower().split()} | set(unit.lower().split())
    return [(slug, u) for slug, us in units.items() for u in us
            if (u if u in abbreviations else u.rstrip("s")) in words or u == unit.lower()]


_UNIT_TOKENS = sorted({w for t in _TAXONOMY.themes for u in t.units for w in [u, *u.split()]})
_UNIT_TOKENS += [w.upper() for w in _UNIT_TOKENS[:10]] + [w + "s" for w in _UNIT_TOKENS[:10]]
_UNIT_TOKENS += [w.rstrip("s") for w in _UNIT_TOKENS[:10]] + ["s", "ss", "the", "İ", "-"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.none(), _text(_UNIT_TOKENS, 4)))
def test_indexed_units_give_the_same_themes(unit: str | None) -> None:
    for taxonomy in (_TAXONOMY, load_taxonomy(ROOT / "content" / "taxonomy.yml")):
        matcher = classify._matcher(taxonomy)
        assert classify._unit_themes(unit, matcher) == _plain_unit_themes(unit, matcher.units, matcher.abbreviations)


def test_indexed_units_match_every_theme_unit() -> None:
    for taxonomy in (_TAXONOMY, load_taxonomy(ROOT / "content" / "taxonomy.yml")):
        matcher = classify._matcher(taxonomy)
        for unit in (v for t in taxonomy.themes for u in t.units for v in (u, u.upper(), u + "s", f"raw {u}")):
            plain = _plain_unit_themes(unit, matcher.units, matcher.abbreviations)
            assert classify._unit_themes(unit, matcher) == plain


# --- recognisers ------------------------------------------------------------------------

_FIGURE_TOKENS = [
    "10", "3", "2024", "1999", "05", "12/05/2021", "3.5", "1.2.3", "10:30", "9", "am", "pm",
    "a.m.", "p.m.", "o'clock", "o’clock", "GMT", "hrs", "h", "hours", "14.00", "-", "–", "/",
    ".", ":", ",", "May", "June", "Sept.", "of", "the", "th", "st", "Model", "Apollo", "iPhone",
    "xYz", "model", "Orca", "2.1", "70B", "version", "Q", "é", "İ", "K", "5G", "3-shot",
    "8.35-ton", "per", "cent", "%", "$", "million", "first", "top", "record", "a", "\u00a0",
]


def _plain_dates(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Map positions, then every date pattern, over the whole sentence, with no gate."""
    ctx = SentenceContext(text, 0)
    dates._claim_positions(ctx)
    for pattern in dates._PATTERNS:
        for m in pattern.finditer(text):
            if ctx.free(m.start(), m.end()):
                ctx.take(m.start(), m.end())
                year = m.groupdict().get("y")
                if year and len(year) == 4:
                    ctx.years.append((m.start("y"), int(year)))
    return ctx.taken, ctx.years


@settings(max_examples=500, deadline=None)
@given(_text(_FIGURE_TOKENS, 30))
def test_date_gates_skip_only_sentences_without_dates(text: str) -> None:
    ctx = SentenceContext(text, 0)
    dates.recognise_dates(ctx)
    assert (ctx.taken, ctx.years) == _plain_dates(text)


_NAME_NUMBER_PLAIN = re.compile(names._NAME_NUMBER.pattern.replace("(?<![a-z])", "", 1))


@settings(max_examples=500, deadline=None)
@given(_text(_FIGURE_TOKENS, 30))
def test_name_number_lookbehind_keeps_every_match(text: str) -> None:
    assert names._NAME_NUMBER.pattern != _NAME_NUMBER_PLAIN.pattern
    found = [(m.span(), m.groupdict()) for m in names._NAME_NUMBER.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in _NAME_NUMBER_PLAIN.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.one_of(_text(_FIGURE_TOKENS, 30), st.text(max_size=60)))
def test_sentence_words_are_the_a_to_z_runs(text: str) -> None:
    assert SentenceContext(text, 0).words == frozenset(re.findall(r"[a-z]+", text.lower()))


@settings(max_examples=300, deadline=None)
@given(st.one_of(_text([*_FIGURE_TOKENS, "\u212a", "\u0663", "\u00b2", "İ"], 30), st.text(max_size=60)))
def test_sentence_context_reads_what_the_plain_scans_read(text: str) -> None:
    ctx = SentenceContext(text, 3, is_title=True, known_caps=frozenset({"Apollo"}))
    assert ctx.has_digit == (re.search(r"\d", text) is not None)  # Unicode digits too
    assert (ctx.lower, ctx.ascii) == (text.lower(), text.isascii())
    assert ctx.number_words == (not ctx.words.isdisjoint(lexicon.NUMBER_VOCAB))
    assert (ctx.text, ctx.paragraph, ctx.is_title, ctx.known_caps) == (text, 3, True, frozenset({"Apollo"}))
    assert (ctx.taken, ctx.labels, ctx.years, ctx.year_scopes, ctx.figures) == ([], [], [], {}, [])
    assert ctx.number_starts() is not None or (not ctx.ascii and ctx.number_words)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_text(_CUE_TOKENS, 30), st.text(max_size=60)))
def test_ascii_words_are_the_regex_words(text: str) -> None:
    assert classify._words(text) == classify._WORD.findall(text)


_RANGE_TOKENS = [
    *_FIGURE_TOKENS, "5-10", "3–4", "to", "and", "between", "from", "20", "30", "tonnes", "$2", "€", "US$", "bn",
    "billion", "k", "M", "percent", "per cent", "1,200", "0.5", "us$3", "hk$", "and$4",
]


def _ranges(text: str) -> tuple[list[Figure], list[tuple[int, int]]]:
    ctx = SentenceContext(text, 0)
    ranges.recognise_ranges(ctx)
    return ctx.figures, ctx.taken


# Shapes of ranges, so that random text holds many near-ranges and real ones.
_RANGE_SHAPES = st.tuples(
    st.sampled_from(["", "between ", "from ", "rose ", "Between "]),
    st.sampled_from(["", "$", "€", "US$", "hk$"]),
    st.sampled_from(["5", "1,200", "3.5", "20"]),
    st.sampled_from(["", " million", "bn", "k", " thousand"]),
    st.sampled_from(["-", " – ", " to ", " and ", "  and  ", " or ", "/"]),
    st.sampled_from(["", "$", "€"]),
    st.sampled_from(["10", "4,000", "7.25", "x"]),
    st.sampled_from(["", " billion", "M", "%", " per cent", " tonnes"]),
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_RANGE_SHAPES, _text(_RANGE_TOKENS, 5)), max_size=6).map(" ".join))
def test_range_gate_skips_only_sentences_without_ranges(text: str) -> None:
    gated = _ranges(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ranges, "_RANGE_TELL", re.compile(""))  # lets every sentence through
        assert _ranges(text) == gated


_CLAIM_WORDS = split_words(
    "record records track on all all-time time high low peak unprecedented never before first ever "
    "world for the world's world’s country's nation’s region's continent's globe's its their very half "
    "of year day largest biggest highest most most-watched best-selling top-ranked one a an new peaked "
    "lead leads led leading globally worldwide in leader class beating global only among top field "
    "outperforms outperformed surpassed outpacing overtook beat beats exceeded topped topping every "
    "previous setting breaking level number"
)
_CLAIM_TOKENS = [*_CLAIM_WORDS, *(w.capitalize() for w in _CLAIM_WORDS[:40]), *(w.upper() for w in _CLAIM_WORDS[:12]),
                 "-", "—", ",", "5", "2.8 million", "İ", "K", "é", "\u00a0", "'s"]


# Shapes of claims and near-claims, so that random text holds many of each.
_CLAIM_SHAPES = st.tuples(
    st.sampled_from(["", "track ", "on ", "one of ", "Track\t", "ON "]),
    st.sampled_from(["record", "Record", "the", "its", "a", "The", "world's", "WORLD’S", "one of the", "leads",
                     "beat", "All-time", "", "as", "a historic", "Planet's", "history’s", "led the", "is not the",
                     "grew", "saw new", "topped the", "remains Peru's", "list was"]),
    st.sampled_from([" ", "  ", "-", "\n"]),
    st.sampled_from(["first", "record", "peak", "very first", "only two firms in", "most", "largest", "the world",
                     "all", "second-lowest", "4th biggest", "busiest", "Third-Largest", "way", "market leader",
                     "fastest", "the most", "records", "top", "headed by", "index"]),
    st.sampled_from(["", " largest", " half", " time since", " in the top", " high", " of the year", "-ever", "s",
                     ",", " for", "."]),
).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(_CLAIM_SHAPES, _text(_CLAIM_TOKENS, 6)), max_size=5).map(" ".join))
def test_lower_case_claims_pattern_finds_the_same_claims(text: str) -> None:
    plain = [(m.span(), m.group("cue")) for m in records._CLAIMS.finditer(text)]
    if text.isascii():
        lower = [(m.span(), text[m.start():m.end()]) for m in records._CLAIMS_LOWER.finditer(text.lower())]
        assert lower == plain
    # The recogniser reads the same claims either way.
    ctx = SentenceContext(text, 0)
    records.recognise_records(ctx)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(records, "_CLAIMS_LOWER", records._CLAIMS)  # the case-insensitive pattern
        plain_ctx = SentenceContext(text, 0)
        records.recognise_records(plain_ctx)
    assert ctx.figures == plain_ctx.figures


_NUMBER_TOKENS = [
    *_FIGURE_TOKENS, "one", "One", "ONE", "two", "Twenty-five", "twenty-five", "Dozen", "a", "An", "half a", "Half",
    "hundred", "Million", "BILLION", "thousand", "bn", "BN", "Bn", "k", "K", "m", "M", "T", "mln", "users", "GPUs",
    "the", "The", "these", "of", "out of", "78", "5m", "5M", "3T", "10km", "16K", "2.8M", "1,200", "seventy",
    "Seven", "ſ", "\u212a", "-", "–", "nineteen", "zero", "ten-fold", "ones",
]


@settings(max_examples=600, deadline=None)
@given(_text(_NUMBER_TOKENS, 25))
def test_lower_case_number_pattern_reads_the_same_numbers(text: str) -> None:
    def groups(m: re.Match[str]) -> tuple[tuple[int, int], dict[str, str | None]]:
        return m.span(), {k: v.lower() if v else v for k, v in m.groupdict().items()}

    if text.isascii():
        lower = [groups(m) for m in numbers._NUMBER_LOWER.finditer(text.lower())]
        assert lower == [groups(m) for m in numbers._NUMBER.finditer(text)]
    ctx = SentenceContext(text, 0)
    numbers.recognise_numbers(ctx)
    with pytest.MonkeyPatch.context() as mp:  # the case-insensitive pattern on the text as written
        mp.setattr(numbers, "_matches", _plain_number_matches)
        plain = SentenceContext(text, 0)
        numbers.recognise_numbers(plain)
    assert (ctx.figures, ctx.taken) == (plain.figures, plain.taken)


def _plain_number_matches(ctx: SentenceContext) -> Iterator[re.Match[str]]:
    """The number matches of a sentence by one plain scan, case-insensitive."""
    if not ctx.has_any(lexicon.NUMBER_VOCAB):
        return numbers._NUMBER_DIGITS.finditer(ctx.text)
    return numbers._NUMBER.finditer(ctx.text)


_NUMBER_WORD_TOKENS = [
    *_NUMBER_TOKENS, "a million", "half a dozen", "A Hundred", "an", "an thousand", "half  a\ttrillion", "a-million",
    "twenty-five", "threefold", "-three", "3three", "three3", "_one", "one_", "a", "A", "half", "ahalf", "dozens",
    "hundreds", "a dozen", "five-", "fifty-", "million", "Billion", "an", "aN", "seventeen", "seventy-seven",
]


@settings(max_examples=800, deadline=None)
@given(_text(_NUMBER_WORD_TOKENS, 25))
@example("10 hundred ")  # a scale word inside a digit match starts no match of its own
def test_number_words_tried_only_where_they_start_give_every_match(text: str) -> None:
    def spans(found: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in found]

    ctx = SentenceContext(text, 0)
    if ctx.ascii and ctx.has_any(lexicon.NUMBER_VOCAB):
        assert spans(numbers._matches(ctx)) == spans(numbers._NUMBER_LOWER.finditer(text.lower()))
    plain = _plain_number_matches(ctx)
    assert [m.span() for m in numbers._matches(ctx)] == [m.span() for m in plain]


_WORD_BEFORE_TOKENS = [
    "e.g", "U.S", "Dr", "a", "x" * 31, "y" * 33, "z" * 70, "é", "_", "İ", "5.5", ".", "\n", " ", "...",
]


@settings(max_examples=600, deadline=None)
@given(_text(_WORD_BEFORE_TOKENS, 12), st.integers(0, 200), st.integers(0, 200))
def test_word_before_window_finds_the_leftmost_word(para: str, a: int, b: int) -> None:
    start, end = min(a, b, len(para)), min(max(a, b), len(para))
    found = ingest._word_before(para, start, end)
    plain = ingest._WORD_BEFORE.search(para, start, end)
    assert (found and (found.span(), found.group(1))) == (plain and (plain.span(), plain.group(1)))


@settings(max_examples=500, deadline=None)
@given(st.one_of(_text(_RUN_TOKENS), _text(_RUN_TOKENS + _FIGURE_TOKENS, 30), st.text(max_size=40)))
def test_matches_from_capitals_are_every_match(text: str) -> None:
    found = [(m.span(), m.group()) for m in entities._runs(text)]
    assert found == [(m.span(), m.group()) for m in entities._RUN.finditer(text)]
    found = [(m.span(), m.groupdict()) for m in from_capitals(names._NAME_NUMBER, text, names._NAME_GATE)]
    assert found == [(m.span(), m.groupdict()) for m in names._NAME_NUMBER.finditer(text)]


_QUALIFIER_TOKENS = [
    *lexicon.QUALIFIERS, *(q.upper() for q in lexicon.QUALIFIERS[:8]), "More Than", "5", "(", ")", "x", "than",
    "little", "\t", "\n", "\u00a0", "ſome", "almoſt", "é", "(about", "~", "approx", "e", "-",
]


@settings(max_examples=800, deadline=None)
@given(_text(_QUALIFIER_TOKENS, 12), st.integers(0, 120), st.integers(0, 40))
def test_qualifier_endings_are_the_regex_qualifier(text: str, end: int, width: int) -> None:
    end = min(end, len(text))
    low = max(0, end - width)
    m = lexicon.QUALIFIER_BEFORE.search(text, low, end)
    assert qualifiers.qualifier_before(text, low, end) == (m.group("q").lower() if m else None)


def test_qualifiers_ignore_case_as_the_regex_does() -> None:
    for text in ("ſome 5", "it rose almoſt 5", "(ABOUT 5", "x\u00a0Nearly\t5", "Over 5", "just over 5", "sover 5"):
        end = len(text) - 1
        for low in range(end + 1):
            m = lexicon.QUALIFIER_BEFORE.search(text, low, end)
            assert qualifiers.qualifier_before(text, low, end) == (m.group("q").lower() if m else None)


@settings(max_examples=800, deadline=None)
@given(
    st.one_of(
        st.none(), st.from_regex(r"\A[0-9١٢]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?\Z"), st.text("0123456789,.²", max_size=8),
        st.from_regex(r"\A[0-9]{12,32}(?:\.[0-9]{1,6})?\Z"),  # around the digits Decimal keeps
    ),
    st.one_of(st.none(), st.sampled_from(["one", "Twenty-five", "a", "half a", "dozen", "x"])),
    st.one_of(st.none(), st.sampled_from(["", "million", "M", "bn", "k", "thousand", "dozen", "Trillion", "zero",
                                          "trillions", "x"])),
)
def test_whole_numbers_read_without_decimal_are_the_same(
    digits: str | None, word: str | None, scale: str | None
) -> None:
    value = lexicon.number_value(digits, word, scale)
    plain = None if value is None else lexicon.as_number(value)
    found = lexicon.figure_value(digits, word, scale)
    assert (found, type(found)) == (plain, type(plain))


def _plain_known_caps(sentences: list[str]) -> frozenset[str]:
    found: set[str] = set()
    for text in sentences:
        found.update(m.group(1).rstrip("'’s") if m.group(1).endswith(("'s", "’s")) else m.group(1)
                     for m in entities._CAP_WORD.finditer(text))
    return frozenset(found - entities._OPENERS)


_CAP_TOKENS = [*_RUN_TOKENS, " ", "  ", "\n", "Paris", "The", "UNESCO's", "Lee’s", ".", "!", '"', "“", "(", "x", "é"]


@settings(max_examples=500, deadline=None)
@given(st.lists(_text(_CAP_TOKENS, 10), max_size=6))
def test_known_caps_of_joined_sentences_are_those_of_each(sentences: list[str]) -> None:
    assert entities.known_caps(sentences) == _plain_known_caps(sentences)


_RANK_TOKENS = [
    *_FIGURE_TOKENS, "First", "SECOND", "third", "Twentieth", "11th", "2ND", "21st", "place", "Place", "ranked",
    "Ranks",
    "Came", "finished", "rose", "to", "is", "was", "in", "the", "joint", "EQUAL", "a", "largest", "half", "century",
    "\u212a", "-", "consecutive", "year", "top", "No.", "1",  # not "ſecond": _value() has no key for it
]


@settings(max_examples=600, deadline=None)
@given(_text(_RANK_TOKENS, 25))
def test_lower_case_rank_patterns_read_the_same_ranks(text: str) -> None:
    def groups(m: re.Match[str] | None) -> object:
        return m and (m.span(), {k: v.lower() if v else v for k, v in m.groupdict().items()})

    if text.isascii():
        lower = text.lower()
        found = [groups(m) for m in rankings._ORDINAL_LOWER.finditer(lower)]
        assert found == [groups(m) for m in rankings._ORDINAL_RE.finditer(text)]
        for m in rankings._ORDINAL_RE.finditer(text):
            low = max(0, m.start() - 40)
            plain = rankings._RANK_BEFORE.search(text, low, m.start())
            assert groups(rankings._RANK_BEFORE_LOWER.search(lower, low, m.start())) == groups(plain)
    ctx = SentenceContext(text, 0)
    rankings.recognise_rankings(ctx)
    with pytest.MonkeyPatch.context() as mp:  # the case-insensitive patterns
        mp.setattr(rankings, "_ORDINAL_LOWER", rankings._ORDINAL_RE)
        mp.setattr(rankings, "_RANK_BEFORE_LOWER", rankings._RANK_BEFORE)
        plain_ctx = SentenceContext(text, 0)
        rankings.recognise_rankings(plain_ctx)
    assert (ctx.figures, ctx.taken) == (plain_ctx.figures, plain_ctx.taken)


_MONEY_TOKENS = [
    *_NUMBER_WORD_TOKENS, "$", "US$", "us$", "U.S.$", "u.ſ.$", "HK$", "hk$", "A$", "€", "£", "¥", "₹", "₩", "₽",
    "USD", "usd", "EUR", "RMB", "CHF", "chf", "DKK", "HKDKK", "XUSD", "USD5", "dollars", "US dollars", "euros", "yen",
    "won", "yuan", "francs", "Swiss francs", "pounds sterling", "percent", "per cent", "%", "pct", "pp",
    "percentage points", "5", "40",
]


# Shapes of sums and shares, so that random text holds many of them next to number words.
_MONEY_SHAPES = st.tuples(
    st.sampled_from(["", "five ", "a ", "The ", "half a ", "two-"]),
    st.sampled_from(["", "$", "US$", "€", "USD ", "u.s.$", "¥"]),
    st.sampled_from(["5", "1,200", "3.5", "twenty", "a", "an", "half a", "Five", "12th"]),
    st.sampled_from(["", " million", "bn", "k", " thousand", " dozen", "M"]),
    st.sampled_from(["", " ", "  "]),
    st.sampled_from(["", "dollars", "euros", "yuan", "USD", "%", "per cent", "pp", "won", "x"]),
).map("".join)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.one_of(_MONEY_SHAPES, _text(_MONEY_TOKENS, 4)), max_size=6).map(" ".join))
def test_money_and_percentages_tried_only_where_they_may_start_find_every_match(text: str) -> None:
    from generator.extract import money, percentages

    def spans(found: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in found]

    for before, after in money._PATTERNS.values():  # every offset a match may start at is tried
        starts = money._before_starts(text, True, True)
        assert spans(context.matches_from(before, text, starts)) == spans(before.finditer(text))
        ctx = SentenceContext(text, 0)
        starts = ctx.number_starts()
        if starts is not None:
            assert spans(context.matches_from(after, text, starts)) == spans(after.finditer(text))
            assert spans(context.matches_from(percentages._PERCENT, text, starts)) == spans(
                percentages._PERCENT.finditer(text))

    def read(text: str) -> tuple[list[Figure], list[tuple[int, int]]]:
        ctx = SentenceContext(text, 0)
        money.recognise_money(ctx)
        percentages.recognise_percentages(ctx)
        return ctx.figures, ctx.taken

    found = read(text)
    with pytest.MonkeyPatch.context() as mp:  # every offset
        for module in (money, percentages):
            mp.setattr(module, "matches_from", lambda pattern, text, _: list(pattern.finditer(text)))
        assert read(text) == found


_GLUE_TOKENS = [*_NUMBER_TOKENS, "µm", "/", "km/h", "é", "5é", "ß", "G", "\u00b5", "\u03bc", "_", "x2"]


@settings(max_examples=400, deadline=None)
@given(_text(_GLUE_TOKENS, 12))
def test_glued_letters_are_tried_only_where_a_letter_follows(text: str) -> None:
    for end in range(len(text) + 1):
        m = numbers._glued_at(text, end)
        plain = numbers._GLUED.match(text, end)
        assert (m and m.span()) == (plain and plain.span())


_OF_TOKENS = [*_NUMBER_TOKENS, "of", "out of", "Of", "OF", "of the", "of all", "of its", "top", "ofthe", "off", "\t",
              "\u00a0", "8", "78", "100", "of\u00a0", "5 clusters", "tonnes", "of\n"]


# Shapes of counts out of totals ("8 of the 78 indicators"), and near misses.
_OF_SHAPES = st.tuples(
    st.sampled_from(["8", "two", "12.5", "1,200", "Five", "a"]),
    st.sampled_from([" of ", " out of ", "  of  ", " off ", " Of ", "\tof\u00a0", " of\n"]),
    st.sampled_from(["", "the ", "all ", "its ", "top ", "the top "]),
    st.sampled_from(["78", "100", "3.5", "1,000", "five", "x"]),
    st.sampled_from(["", " indicators", "%", " per cent", "th", " of"]),
).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(_OF_SHAPES, _text(_OF_TOKENS, 5)), max_size=5).map(" ".join))
def test_out_of_totals_are_looked_for_only_with_the_word_of(text: str) -> None:
    from generator.extract import units

    def read() -> tuple[list[Figure], list[tuple[int, int]]]:
        ctx = SentenceContext(text, 0)
        numbers.recognise_numbers(ctx)
        units.find_units(ctx)
        return ctx.figures, ctx.taken

    found = read()
    with pytest.MonkeyPatch.context() as mp:  # every sentence looked at for a total
        for module in (numbers, units):
            mp.setattr(module, "_may_have_total", lambda _: True)
        assert read() == found


# Sentences with and without cue words and theme units, in paragraphs: many paragraphs hit no
# cue at all, and the same units come back in several of them.
_CLASSIFY_SENTENCE = st.tuples(
    st.sampled_from(["The port handled", "Officials said", "A new quantum lab built", "Patent offices received",
                     "The team reported", "Researchers counted", "In 2023 the ministry counted"]),
    st.sampled_from(["5", "12", "1,200", "3.5", "forty", "a record 7"]),
    st.sampled_from(["containers", "qubits", "patent applications", "tokens", "subscribers", "runners", "tonnes",
                     "parameters", "base stations", "%", "million euros"]),
    st.sampled_from(["", " in 2024", " for machine learning", " on the moon", " last year", " in the ocean"]),
).map(lambda t: f"{t[0]} {t[1]} {t[2]}{t[3]}.")
_CLASSIFY_DOCUMENT = st.lists(st.lists(_CLASSIFY_SENTENCE, min_size=1, max_size=3).map(" ".join), min_size=1,
                              max_size=8).map(lambda paras: "Report on figures\n\n" + "\n\n".join(paras) + "\n")


@settings(max_examples=300, deadline=None)
@given(_CLASSIFY_DOCUMENT)
def test_facts_in_quiet_paragraphs_are_decided_once_per_unit(text: str) -> None:
    from generator.extract import extract_facts

    document = ingest.parse_document(text, "doc", "doc.txt", "0")
    facts = extract_facts(document)
    for taxonomy in (_TAXONOMY, load_taxonomy(ROOT / "content" / "taxonomy.yml")):
        found = classify.classify_facts(facts, taxonomy, document)
        with pytest.MonkeyPatch.context() as mp:  # every fact decided on its own
            mp.setattr(classify, "_quiet_paragraphs", lambda _: set())
            assert classify.classify_facts(facts, taxonomy, document) == found


_YEAR_TOKENS = [
    *_FIGURE_TOKENS, "FY2024", "FY", "fiscal", "Fiscal", "fiscal 2023", "fy2022", "2020-21", "2019–2020", "2018/19",
    "1990s", "'80s", "mid-2000s", "2048 GPUs", "in 1800", "$2024", "#2020", "2021%", "2,021", "x2020", "_2020",
    "٢٠٢٠", "five", "2020 and 2022", "2019 to 2021",
]


@settings(max_examples=600, deadline=None)
@given(_text(_YEAR_TOKENS, 20))
def test_years_tried_only_where_a_number_may_start_are_every_year(text: str) -> None:
    from generator.extract import years

    def read() -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        ctx = SentenceContext(text, 0)
        years.recognise_years(ctx)
        return ctx.taken, ctx.years

    found = read()
    with pytest.MonkeyPatch.context() as mp:  # every offset
        mp.setattr(years, "_year_matches", lambda pattern, ctx, starts: pattern.finditer(ctx.text))
        assert read() == found


_RATE_TOKENS = [
    *_FIGURE_TOKENS, "in", "out", "out of", "One", "one", "FOUR", "ten", "twenty", "hundred", "100", "1,000",
    "3 in 10", "one in four", "8 out of 12", "eight out of ten", "someone", "x3", "_3", "٣", "km", "minutes",
]


@settings(max_examples=600, deadline=None)
@given(_text(_RATE_TOKENS, 20))
def test_rates_tried_only_where_a_number_may_start_are_every_rate(text: str) -> None:
    from generator.extract import fractions

    def read() -> list[Figure]:
        ctx = SentenceContext(text, 0)
        fractions._rates(ctx)
        return ctx.figures

    found = read()
    with pytest.MonkeyPatch.context() as mp:  # every offset
        mp.setattr(fractions, "matches_from", lambda pattern, text, starts: list(pattern.finditer(text)))
        assert read() == found


# Shapes of ranks and near misses: "ranked first", "third-largest", "came 2nd", "first half".
_RANK_SHAPES = st.tuples(
    st.sampled_from(["", "ranked ", "came ", "is ", "rose to ", "Ranks ", "x", "-", "."]),
    st.sampled_from(["first", "Third", "twentieth", "1st", "22nd", "103rd", "1000th", "firsts", "five"]),
    st.sampled_from(["", " place", "-largest", " in the world", " half", " century", "-", " overall"]),
).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(_RANK_SHAPES, _text(_RANK_TOKENS, 4)), max_size=5).map(" ".join))
def test_ordinals_tried_only_where_they_may_start_are_every_ordinal(text: str) -> None:
    def read() -> tuple[list[Figure], list[tuple[int, int]]]:
        ctx = SentenceContext(text, 0)
        rankings.recognise_rankings(ctx)
        return ctx.figures, ctx.taken

    found = read()
    with pytest.MonkeyPatch.context() as mp:  # every offset
        mp.setattr(rankings, "matches_from", lambda pattern, text, _: list(pattern.finditer(text)))
        assert read() == found


_BULLET_TOKENS = ["-", "*", "•", "▪", "‣", "–", "—", "(1)", "1.", "12)", "(a)", "a.", "b)", "A.", "(A)", "Ǆ", "ǅ", "İ",
                  "\t", " ", "x", "The", "٣.", "١٢)", "\u00a0", "ß"]


@settings(max_examples=400, deadline=None)
@given(_text(_BULLET_TOKENS, 10))
def test_bullets_are_not_looked_for_at_capitals(para: str) -> None:
    for at in range(len(para) + 1):
        m, plain = ingest._bullet_at(para, at), ingest._BULLET.match(para, at)
        assert (m and m.span()) == (plain and plain.span())


# Each field as its type says (a build compiled with mypyc checks them: setup.py).
_VALUES = st.one_of(st.none(), st.integers(), st.floats(allow_nan=False))
_TEXTS = st.one_of(st.none(), st.text(max_size=8))


@settings(max_examples=200, deadline=None)
@given(st.tuples(st.text(max_size=8), st.text(max_size=8), st.text(max_size=8), _VALUES, _TEXTS, _TEXTS,
                 st.one_of(st.none(), st.integers()), st.lists(st.text(max_size=5)).map(tuple),
                 st.text(max_size=8), st.integers(), st.integers(), _TEXTS),
       st.text(max_size=8), st.lists(st.text(max_size=5)).map(tuple))
def test_facts_set_slot_by_slot_are_the_facts_init_makes(fields: tuple, theme: str, cues: tuple[str, ...]) -> None:
    fact_id, kind, statement, value, unit, subject, year, names, doc, start, end, qualifier = fields
    source = extract._new_source(doc, statement, start, end)
    assert source == Source(doc, statement, start, end) and repr(source) == repr(Source(doc, statement, start, end))
    made = extract._new_fact(fact_id, kind, statement, value, unit, subject, year, names, source, qualifier)
    plain = Fact(fact_id, kind, statement, value, unit, subject, year, names, source, False, qualifier)
    assert made == plain and repr(made) == repr(plain) and hash(made) == hash(plain)
    themed, replaced = classify._with_theme(made, theme, cues), dataclasses.replace(plain, theme=theme, cues=cues)
    assert themed == replaced and repr(themed) == repr(replaced)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.unit = "changed"  # type: ignore[misc]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=12), st.integers(), st.integers(), st.integers(), st.integers())
def test_sentences_set_slot_by_slot_are_the_sentences_init_makes(text: str, start: int, end: int, paragraph: int,
                                                                 line: int) -> None:
    made, plain = ingest._new_sentence(text, start, end, paragraph, line), Sentence(text, start, end, paragraph, line)
    assert made == plain and repr(made) == repr(plain) and hash(made) == hash(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "changed"  # type: ignore[misc]


_SUFFIX_TOKENS = [*_FIGURE_TOKENS, "21st", "2nd", "3rd", "4th", "11TH", "5m", "12,204m", "3M", "1st-", "\u0663rd",
                  "4thé", "İ", "\u212a", "st", "th", "m", "m.", "5mm", "x", "ranked", "place", "its", "'s", "shop",
                  "the", "4,000-9,000m", "(5381m)"]


@settings(max_examples=500, deadline=None)
@given(st.one_of(_text(_SUFFIX_TOKENS, 30), st.text(max_size=40)))
def test_digit_ordinals_and_glued_metres_are_looked_for_only_with_their_word(text: str) -> None:
    """rankings, ordinal_counts and lengths search for "21st" or "5381m" only in sentences
    whose words hold the suffix: with that gate always open, they find the same."""
    words = SentenceContext(text, 0).words
    if rankings._DIGIT_ORDINAL.search(text) or ordinal_counts._DIGIT_ORDINAL.search(text):
        assert not words.isdisjoint(context.ORDINAL_SUFFIXES)
    if lengths._TELL.search(text):
        assert lengths._TELL_WORD in words
    for recognise in (rankings.recognise_rankings, ordinal_counts.recognise_ordinal_counts, lengths.recognise_lengths):
        gated, plain = SentenceContext(text, 0), SentenceContext(text, 0)
        recognise(gated)
        plain.words = plain.words | {"open"}
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(rankings, "ORDINAL_SUFFIXES", frozenset({"open"}))
            patch.setattr(ordinal_counts, "ORDINAL_SUFFIXES", frozenset({"open"}))
            patch.setattr(lengths, "_TELL_WORD", "open")
            recognise(plain)
        assert (gated.figures, gated.taken) == (plain.figures, plain.taken)


_POSITION_TOKENS = [*_SUFFIX_TOKENS, "the", "their", "of", "out", "fourth", "Fourth", "FIFTH", "third", "12th", "sons",
                    "nine", "six", "reached", "climbed", "to", "floor", "storey", "level", "\u017fecond", "5\u017ft"]


@settings(max_examples=500, deadline=None)
@given(st.one_of(_text(_POSITION_TOKENS, 30), st.text(max_size=40)))
def test_places_in_a_whole_are_looked_for_only_with_an_ordinal(text: str) -> None:
    """rankings tries "the fourth son out of six" and "reached the 48th floor" only in
    sentences whose words hold an ordinal (or in non-ASCII text): with that gate always
    open, it finds the same."""
    gated, plain = SentenceContext(text, 0), SentenceContext(text, 0)
    rankings.recognise_rankings(gated)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rankings, "_may_hold_ordinal", lambda ctx: True)
        rankings.recognise_rankings(plain)
    assert (gated.figures, gated.taken) == (plain.figures, plain.taken)


@pytest.mark.parametrize("text", [
    "She was the fourth of six sisters.", "The tower reached the 48th floor in May.",
    "It came 3rd out of 9 entries.", "The 12TH OF 20 rounds.", "He was the fifth of the runners.",
])
def test_places_in_a_whole_are_still_found(text: str) -> None:
    gated, plain = SentenceContext(text, 0), SentenceContext(text, 0)
    rankings.recognise_rankings(gated)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rankings, "_may_hold_ordinal", lambda ctx: True)
        rankings.recognise_rankings(plain)
    assert (gated.figures, gated.taken) == (plain.figures, plain.taken)


_WITH_TOKENS = [*_SUFFIX_TOKENS, "with", "With", "WITH", "second", "Second", "third", "fifth", "2nd", "12th", "highest",
                "best", "worst", "most", "top", "the", "-", "\u017fecond", "\u212a"]


@settings(max_examples=500, deadline=None)
@given(st.one_of(_text(_WITH_TOKENS, 30), st.text(max_size=40)))
def test_ranks_after_with_are_looked_for_only_with_an_ordinal(text: str) -> None:
    """records reads "with second highest ..." only in sentences whose words hold its
    ordinal (or in non-ASCII text): with that gate always open, it finds the same claims."""
    claims = [(0, 1)] if text else []
    ctx = SentenceContext(text, 0)
    gated = records._with_more_claims(ctx, claims)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(records, "_may_rank_with", lambda ctx: True)
        plain = records._with_more_claims(ctx, claims)
    assert gated == plain


@pytest.mark.parametrize("text", [
    "The club finished with second highest attendance.", "It ended with 3rd-best figures.",
    "She came with her brother.",
])
def test_ranks_after_with_are_still_found(text: str) -> None:
    ctx = SentenceContext(text, 0)
    gated = records._with_more_claims(ctx, [])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(records, "_may_rank_with", lambda ctx: True)
        plain = records._with_more_claims(ctx, [])
    assert gated == plain
    assert bool(gated) == text.startswith(("The club", "It ended"))


def test_nouns_that_are_no_unit_are_one_set_made_once() -> None:
    """units tests a noun before a bare figure against one set made at import, the union it
    used to build per figure."""
    assert units._NOT_NOUN_UNITS == (units.STOP_WORDS | units._NOT_UNIT_NOUNS | units.TIME_UNITS
                                     | units.CLOSING_ADVERBS | units._STAYING_VERBS)
    assert {"the", "total", "year"} <= units._NOT_NOUN_UNITS and "ferries" not in units._NOT_NOUN_UNITS


def _after_unit_per_call(text: str, figure: Figure) -> int:
    """list_units._after_unit as it was, compiling its pattern on each call."""
    end, unit = figure.end, figure.unit
    if not unit:
        return end
    rest = text[end:end + 60]
    m = re.match(r"\s*(?:%|per\s?cent\b|percent\b)", rest) if unit in ("percent", "percentage points") else None
    if m is None:
        m = re.match(r"\s?-?\s*" + r"\s+".join(re.escape(w) for w in unit.split()) + r"\b", rest, re.IGNORECASE)
    return end + m.end() if m else end


_UNIT_TOKENS = ["gold medals", "Gold  Medals", "ton", "-ton", "percent", "per cent", "%", "cars", "a+b", "(x)", "km",
                "percentage points", "", " ", "-", "\u212a", "k"]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(_UNIT_TOKENS), _text(_UNIT_TOKENS, 6))
def test_units_written_after_a_figure_are_read_with_patterns_compiled_once(unit: str, text: str) -> None:
    """list_units keeps the pattern of each unit compiled: it finds where the unit ends as
    the pattern compiled per call did."""
    text = "12" + text
    figure = Figure(0, min(2, len(text)), "quantity", 12, unit=unit or None)
    assert list_units._after_unit(text, figure) == _after_unit_per_call(text, figure)


_PLACE_TOKENS = [
    "Australia", "Australians", "Sydney", "AEST", "Canada", "Canadian", "Can", "New", "Zealand", "Zealanders",
    "Singaporean", "SGT", "Hong", "Kong", "HKT", "United", "States", "U.S.", "US", "USA", "Americans",
    "Washington", "York", "A", "AU", "AUD", "C", "CA", "NZ", "S", "HK", "$", "US$", "A$", "x", "_", "é", "9", ".",
    "Kiwi", "KiwiSaver", "Kiwis", "Aussie", "ASX", ":",
]


@settings(max_examples=600, deadline=None)
@given(_text(_PLACE_TOKENS, 25))
def test_place_patterns_gated_at_capitals_match_as_the_word_boundary_ones(text: str) -> None:
    """local_dollar writes "\\b(?:names)" with the word start checked after each name's capital
    (the engine then skips to capitals), and never right after a "$" ("$US17m" names no place):
    the same matches at the same offsets."""
    ld = importlib.import_module("generator.extract.local_dollar")
    for code, written in ld._PLACES.items():
        plain = re.compile(rf"(?<!\$)\b(?:{written})\b")
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in ld._PLACE_PATTERNS[code].finditer(text)]
    plain_us = re.compile(
        r"(?<!\$)\b(?:United\s+States|U\.S\.|US|USA|America|Americans?|Washington|New\s+York)(?![\w$])")
    assert [m.span() for m in plain_us.finditer(text)] == [m.span() for m in ld._US.finditer(text)]
    plain_signs = {
        "AUD": r"(?<!\$)\b(?:(?:A|AU)\$|AUD\b)", "CAD": r"(?<!\$)\b(?:(?:C|CA|Can)\$|CAD\b)",
        "NZD": r"(?<!\$)\b(?:NZ\$|NZD\b)", "SGD": r"(?<!\$)\b(?:S\$|SGD\b)", "HKD": r"(?<!\$)\b(?:HK\$|HKD\b)",
    }
    for code, sign in plain_signs.items():
        assert (re.search(sign, text) is None) == (ld._OWN_SIGN[code].search(text) is None)


def _gated_matches_plain(ctx: SentenceContext, shapes: records.Shapes) -> list[tuple[int, int]]:
    """records._gated_matches as it was: every shape's two gates tested in turn."""
    words = ctx.words
    return [m.span() for (first, second), pattern in shapes
            if not (words.isdisjoint(first) or words.isdisjoint(second)) for m in pattern.finditer(ctx.text)]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(_CLAIM_SHAPES, _text(_CLAIM_TOKENS, 6)), max_size=5).map(" ".join))
def test_shapes_found_by_their_first_gate_give_the_same_matches_in_order(text: str) -> None:
    """records finds the claim shapes to try through the sentence's words: the same matches,
    shape by shape, as testing every shape's gates."""
    ctx = SentenceContext(text, 0)
    for shapes, index in ((records._COMPARISON_SHAPES, records._COMPARISON_BY_FIRST_GATE),
                          (records._LEADING_PHRASES, records._LEADING_BY_FIRST_GATE)):
        assert [m.span() for m in records._gated_matches(ctx, shapes, index)] == _gated_matches_plain(ctx, shapes)


def test_every_shape_is_found_by_each_word_of_its_first_gate() -> None:
    for shapes, index in ((records._COMPARISON_SHAPES, records._COMPARISON_BY_FIRST_GATE),
                          (records._LEADING_PHRASES, records._LEADING_BY_FIRST_GATE)):
        for i, ((first, _), _) in enumerate(shapes):
            assert all(i in index[word] for word in first)
        assert all(list(found) == sorted(found) for found in index.values())



_DECIMAL_COMMA_TOKENS = ["7,25", "12,5", "1,234", "608 000", "3,1", "x", ".", ",", "9", "0,75%", "a7,25", "é", "١"]


@settings(max_examples=600, deadline=None)
@given(_text(_DECIMAL_COMMA_TOKENS, 20))
def test_decimal_commas_found_from_digits_are_the_same(text: str) -> None:
    """lexicon looks back from a decimal comma number's first digit, not before it, and tests
    for comma thousands first: the same numbers, and the same answer."""
    plain = re.compile(r"(?<![\w.,])\d{1,3},\d{1,2}" + lexicon._DECIMAL_COMMA_AFTER)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in lexicon._DECIMAL_COMMA_NUMBER.finditer(text)]
    found = plain.finditer(text)
    was = "," in text and next(found, None) is not None and next(found, None) is not None \
        and not lexicon._COMMA_THOUSANDS.search(text)
    assert lexicon.uses_decimal_commas(text) == was


_COMPASS_TOKENS = ["51.2N", "-3.75W", "14.5°S", "2.5W", "7.1E", "N", "S", "n", "é", "°", ".", "9", "x", "Chinese",
                    "Korean", "Danish", "Mexican", "buyers", "Bolognese", "İ", "\u212a", "_", "-"]


@settings(max_examples=800, deadline=None)
@given(st.one_of(_text(_COMPASS_TOKENS, 25), st.text(max_size=40)))
def test_the_word_gate_of_positions_misses_no_match(text: str) -> None:
    """dates tries its map positions only when a compass letter is a word of the sentence:
    any match leaves such a word."""
    ctx = SentenceContext(text, 0)
    if dates._POSITION.search(text):
        assert not ctx.words.isdisjoint(dates._POLES)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(alphabet="aZbYAIé -.'\u212a", max_size=30), _text(_CAP_TOKENS, 10)))
def test_the_camel_join_found_from_its_capitals_is_the_plain_search(text: str) -> None:
    """classify looks for "[a-z][A-Z]{2}" from its first capital, looking back: the same answer."""
    assert (re.search(r"[a-z][A-Z]{2}", text) is None) == (classify._CAMEL_JOIN.search(text) is None)


_SLOT_TOKENS = ["Alpha", "Beta's", "rivers'", "(", "(+", ":", "–", "—", "--", "12", "3,400", "s", "x", " ", "é", "&"]


@settings(max_examples=500, deadline=None)
@given(_text(_SLOT_TOKENS, 20), st.integers(0, 120))
def test_name_slots_kept_per_sentence_and_offset_are_the_searched_ones(text: str, start: int) -> None:
    """list_units keeps each answer of the slot search per sentence and offset: asked twice,
    for the same figure or another at the same offset, it gives what the search gives."""
    start = min(start, len(text))
    figure = Figure(start, start, "quantity", 1)
    last = text[max(0, start - 8):start].rstrip()[-1:]
    m = list_units._NAME_SLOT.search(text, max(0, start - list_units._SLOT_WINDOW), start)
    plain = m.lastgroup if last and last in list_units._SLOT_ENDS and m is not None else None
    assert list_units.name_slot(text, figure) == plain
    assert list_units.name_slot(text, Figure(start, start + 1, "quantity", 2)) == plain


_OLD_YEAR_TOKENS = ["In", "in", "since", "Until", "before", "during", "1652", "1799", "1800", "21652", ",", ";", ")",
                    ":", " ", "x", "é", "١٦٥٢"]


@settings(max_examples=600, deadline=None)
@given(_text(_OLD_YEAR_TOKENS, 20))
def test_old_years_are_searched_only_where_their_tell_is(text: str) -> None:
    """years tries _OLD_YEAR only where its year and what follows are found: any match holds them."""
    if years._OLD_YEAR.search(text):
        assert years._OLD_YEAR_TELL.search(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), _text(["$", "€", "£", "US$", "12", "x", "₹", "é", " "], 20)))
def test_currency_signs_found_by_search_are_those_the_set_finds(text: str) -> None:
    """money looks for a currency sign with one regex search, not a set look-up per character."""
    money = importlib.import_module("generator.extract.money")
    assert (money._SIGN_AT.search(text) is not None) == (not money._SIGNS.isdisjoint(text))


_STRAY_TOKENS = ["of 12", "480 visitors", "of", "to", "around", "almost", "12", "4", "310", "7,", ", ", ",",
                 "480", "1234", "visitors", "and", "said", " ", "x", "é", "١٢٣"]


@settings(max_examples=300, deadline=None)
@given(_text(_STRAY_TOKENS, 20))
def test_stray_space_groups_are_searched_only_where_their_core_is(text: str) -> None:
    """numbers tries _STRAY_SPACE_GROUP (look-behinds first) only where ", " and three digits
    are: any match holds them."""
    if numbers._STRAY_SPACE_GROUP.search(text):
        assert numbers._STRAY_SPACE_CORE.search(text)


_CURRENCY_LAST_TOKENS = [
    "5", "2.5", "1,200", "5m", "5bn", "5 bn", "five", "a", "million", "dollars", "Dollars", "DOLLAR", "USD", "usd",
    "RMB", "(", ")", "( ", "US dollars", "u.s. dollars", "Hong Kong dollars", "pesos", "kroner", "zloty", "xdollars",
    "m", "-", ".", ",", " ", "x", "$", "é", "zł",
]


@settings(max_examples=800, deadline=None)
@given(_text(_CURRENCY_LAST_TOKENS, 16))
def test_sums_written_currency_last_are_looked_for_only_with_their_word(text: str) -> None:
    """money tries its currency-last pattern in ASCII text only when a code or the last a-z
    run of a currency's words is a word of the sentence: any match leaves one."""
    money = importlib.import_module("generator.extract.money")
    ctx = SentenceContext(text, 0)
    if not ctx.ascii:
        return
    for _, after in money._PATTERNS.values():
        if after.search(text):
            assert ctx.has_any(money._AFTER_WORDS)


_LIST_TOKENS_MORE = ["(7%),", "cent,", "%,", "),", ", and ", " or ", "Such as", "like", "x", " ", "\n"]
_LIST_WORDS = ["kelp", "deep", "sea", "cables", "robots", "tea", "Firms", "which", "as", "12", "grew", "of"]
_LIST_TAILS = ["", "", " (12)", " at 4%", " (a, b)", " at 31 per cent", " (7%)", ")", "%"]
_LIST_JOINS = [", ", ", ", ", and ", " and ", " or ", " as well as ", ",", " ", "; ", "), "]
_LIST_OPENERS = ["", "Sales of ", "goods such as ", "fields including ", "It rose in ", "(", "Firms, like ", "x: "]


def _lists() -> st.SearchStrategy[str]:
    """Runs of short items, with or without figures, after an opener, joined as lists are
    (and as they are not)."""
    item = st.tuples(st.lists(st.sampled_from(_LIST_WORDS), min_size=1, max_size=4), st.sampled_from(_LIST_TAILS))
    items = st.lists(st.tuples(item.map(lambda t: " ".join(t[0]) + t[1]), st.sampled_from(_LIST_JOINS)),
                     min_size=1, max_size=7)
    ends = st.sampled_from(["", " grew.", " rose, and fell."])
    return st.tuples(st.sampled_from(_LIST_OPENERS), items, ends).map(
        lambda t: t[0] + "".join(i + j for i, j in t[1]) + t[2])


@settings(max_examples=1000, deadline=None)
@given(_lists(), st.integers(min_value=0, max_value=40))
def test_the_enumeration_search_without_figures_finds_the_same(text: str, pos: int) -> None:
    # Fewer than two commas right after a figure: no list of figures, so the search without
    # that branch gives the same match as the full one.
    if len(classify._FIGURE_ITEM_END.findall(text)) >= 2:
        return
    full = classify._enumeration().search(text, pos)
    short = classify._enumeration(figures=False).search(text, pos)
    assert (full and (full.span(), full.groupdict())) == (short and (short.span(), short.groupdict()))


def test_lists_of_figures_have_two_commas_after_a_figure() -> None:
    # The gate's premise, on lists the full search reads as lists of figures.
    for text in ("Sales of tea (31%), coffee (22%), cocoa (9%) rose.",
                 "It sold phones at 38 per cent, shoes at 21 percent, hats at 4% in all."):
        m = classify._enumeration().search(text)
        assert m is not None and m.group("figures")
        assert len(classify._FIGURE_ITEM_END.findall(text)) >= 2


_CLAUSE_TOKENS = [
    "12,500", "long-term", "2021-22", "-", " - ", "—", "–", "4–5", ";", ":", "3:1", ",", ", and", ", but",
    " , while", "and", "but", "A", "B", "C", "x", "\n", "\t",
]


@settings(max_examples=800, deadline=None)
@given(st.one_of(_text(_CLAUSE_TOKENS, 30), st.text(alphabet=",;:-—– \n\tab1", max_size=30)))
def test_clause_boundaries_are_the_boundary_matches(text: str) -> None:
    """clause_boundaries tries _BOUNDARY only at the characters a boundary holds: the same
    boundaries as finditer (less the commas that close a list)."""
    plain = [(m.start(), m.end()) for m in statements._BOUNDARY.finditer(text)
             if not (m.group().startswith(",") and statements._ends_a_list(text, m.start()))]
    assert statements.clause_boundaries(text) == plain


@settings(max_examples=500, deadline=None)
@given(st.one_of(_text(["in", "In", "IN", "the", "4%", " ", "\n", "sales", "Beta", "İ", "inn", "-in"], 12),
                 st.text(alphabet="in %\n\tİı", max_size=20)))
def test_a_place_after_a_figure_needs_the_word_in(text: str) -> None:
    """extract reads "3.2% in Beta" (place_after) only in a sentence with the word "in"."""
    if any(subjects._IN_PLACE_AFTER.match(text, end) for end in range(len(text) + 1)):
        assert "in" in SentenceContext(text, 0).words


# The pre-check as one regex, before it was split into three searches.
_ONE_PRE_CHECK = re.compile(r",[^,]*?\s(?:and|or|as\s+well\s+as)\s|(?:\)|%|cent),|" + classify._EXAMPLES_OPENER)


@settings(max_examples=800, deadline=None)
@given(st.one_of(_lists(), _text([*_LIST_TOKENS_MORE, *classify._EXAMPLE_WORDS], 20)))
def test_the_enumeration_pre_check_is_the_one_regex(text: str) -> None:
    assert classify._may_enumerate(text) == (_ONE_PRE_CHECK.search(text) is not None)
    # Commas right after a figure, counted from the comma: as many as the regex ending at one.
    assert len(classify._FIGURE_ITEM_END.findall(text)) == len(re.findall(r"(?:\)|%|cent),", text))


def test_every_example_opener_holds_an_example_word() -> None:
    alternatives = re.search(r"\(\?:(.*?)\)\\s\+$", classify._EXAMPLES_OPENER)
    assert alternatives is not None
    for opener in alternatives.group(1).split("|"):
        assert any(opener.startswith(word) for word in classify._EXAMPLE_WORDS), opener
