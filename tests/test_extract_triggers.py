"""A recogniser's trigger (context.Trigger) only skips sentences it would find nothing in.

read_sentence calls a recogniser only when its trigger holds. These tests call every
recogniser anyway on sentences its trigger skips, and check that the sentence's context does
not change: invented sentences (tests/texts, the extract tests' own sentences and
benchmarks/news.py's generated news), variants of them (lower-cased, digits spelled
out or dropped, as a title) and random joins of the words and characters the recognisers
look for. The pattern gates inside identifiers.py are checked the same way, pattern by pattern.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import ingest
from generator.extract import RECOGNISERS, identifiers, records
from generator.extract.context import Dispatch, Figure, SentenceContext, Trigger

ROOT = Path(__file__).resolve().parent.parent
# benchmarks/ is no package: load its generator of invented news by path.
_SPEC = importlib.util.spec_from_file_location("benchmark_news", ROOT / "benchmarks" / "news.py")
assert _SPEC is not None and _SPEC.loader is not None
_NEWS = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_NEWS)


def _state(ctx: SentenceContext) -> tuple[object, ...]:
    return (list(ctx.taken), list(ctx.labels), list(ctx.years), dict(ctx.year_scopes),
            [repr(f) for f in ctx.figures])


def _skipped_find_nothing(text: str, *, is_title: bool = False, decimal_commas: bool = False) -> None:
    ctx = SentenceContext(text, 0, is_title=is_title, decimal_commas=decimal_commas)
    for name, recognise, trigger in RECOGNISERS:
        if trigger.holds(ctx):
            recognise(ctx)
            continue
        before = _state(ctx)
        recognise(ctx)
        assert _state(ctx) == before, f"{name} found something in {text!r}, which its trigger skips"


_QUOTED_SENTENCE = re.compile(r"""read_sentence\(\s*"((?:[^"\\]|\\.){12,400})"\s*[,)]""")


def _invented_sentences() -> list[str]:
    """The sentences of tests/texts, the sentences the extract tests read, and invented news
    from the benchmark's generator (benchmarks/news.py)."""
    out = []
    documents = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests" / "texts").glob("*.txt"))]
    documents += list(_NEWS.generated_documents(100_000, 50_000, seed=7))
    for i, text in enumerate(documents):
        out.extend(s.text for s in ingest.parse_document(text, f"d{i}", f"d{i}.txt", "0").sentences)
    for path in sorted((ROOT / "tests").glob("test_extract_*.py")):
        out.extend(m.group(1).encode().decode("unicode_escape") if "\\" in m.group(1) else m.group(1)
                   for m in _QUOTED_SENTENCE.finditer(path.read_text(encoding="utf-8")))
    return out


_SPELLED = {"0": "zero ", "1": "one ", "2": "two ", "3": "three ", "4": "four ", "5": "five ",
            "6": "six ", "7": "seven ", "8": "eight ", "9": "nine "}


def _variants(text: str) -> list[str]:
    return [
        text, text.lower(), text.upper(), re.sub(r"\d", "", text),
        "".join(_SPELLED.get(c, c) for c in text), text.replace("-", " "), text.replace(" ", "-"),
    ]


def test_triggers_skip_only_idle_recognisers_on_invented_sentences() -> None:
    sentences = _invented_sentences()
    assert len(sentences) > 100
    for sentence in sentences:
        for variant in _variants(sentence):
            _skipped_find_nothing(variant)
            _skipped_find_nothing(variant, is_title=True, decimal_commas=True)


def _dispatched(ctx: SentenceContext) -> list[str]:
    """The readers read_sentence's Dispatch calls for ``ctx`` in its present state."""
    triggers = [r.trigger for r in RECOGNISERS]
    return [RECOGNISERS[i].name for i, figures, when in Dispatch(triggers).plan(ctx)
            if not (figures and not ctx.figures) and (when is None or when(ctx))]


def _held(ctx: SentenceContext) -> list[str]:
    return [r.name for r in RECOGNISERS if r.trigger.holds(ctx)]


def _agree(text: str, *, is_title: bool = False, decimal_commas: bool = False) -> None:
    # Without figures and with one (the annotators' condition), as a title or not.
    ctx = SentenceContext(text, 0, is_title=is_title, decimal_commas=decimal_commas)
    assert _dispatched(ctx) == _held(ctx), text
    ctx.figures.append(Figure(0, 1, "quantity", 1))
    assert _dispatched(ctx) == _held(ctx), text


def test_dispatch_calls_the_readers_whose_trigger_holds() -> None:
    for sentence in _invented_sentences():
        for variant in _variants(sentence):
            _agree(variant)
            _agree(variant, is_title=True, decimal_commas=True)


def test_dispatch_reads_every_condition_of_a_trigger() -> None:
    # Each condition alone, and the near misses that fail it.
    triggers = [Trigger(words=frozenset({"twice"})), Trigger(chars="%"), Trigger(or_digit=True),
                Trigger(digit=True), Trigger(figures=True), Trigger(title=True),
                Trigger(words=frozenset({"per"}), chars="%", or_digit=True, digit=True)]
    dispatch = Dispatch(triggers)
    for text in ("It rose twice.", "It rose 4%.", "It rose 4.", "It rose.", "Per cent rose 4", "twice%"):
        for title in (False, True):
            ctx = SentenceContext(text, 0, is_title=title)
            for with_figure in (False, True):
                if with_figure:
                    ctx.figures.append(Figure(0, 1, "quantity", 1))
                planned = [i for i, figures, _ in dispatch.plan(ctx) if not (figures and not ctx.figures)]
                assert planned == [i for i, t in enumerate(triggers) if t.holds(ctx)], (text, title, with_figure)


def test_a_trigger_skips_a_sentence_without_its_words() -> None:
    # The bug case a trigger guards against and its near miss: "twice" calls repeats, "two" not.
    (repeats,) = [r for r in RECOGNISERS if r.name == "repeats"]
    assert repeats.trigger.holds(SentenceContext("The ferry sailed twice.", 0))
    assert not repeats.trigger.holds(SentenceContext("The ferry sailed two routes.", 0))


# The words and characters the recognisers and their patterns look for, with digits and the
# characters around figures, joined at random (with and without spaces).
_TOKENS = [
    "1", "07", "0800", "555", "0142", "2031", "12.4", "1,250", "3", "45%", "$", "€", "£", "¥", "₹", "+44", "(020)",
    "(", ")", ":", ";", ",", ".", "-", "–", "−", "/", "=", "#", "[4]", "^", "'", "’", "½", "th", "st", "nd",
    "twice", "thrice", "plus", "minus", "percent", "per", "cent", "pct", "bps", "basis", "points", "p", "n",
    "record", "first", "ever", "all-time", "best", "highest", "world", "only", "top", "No.", "number", "ranked",
    "third", "21st", "fifth", "time", "times", "year", "years", "month", "week", "average", "results", "report",
    "in", "of", "to", "and", "between", "from", "the", "a", "m", "million", "billion", "half", "quarter",
    "voted", "ruling", "winning", "lottery", "jackpot", "shirt", "jersey", "code", "postcode", "ZIP", "PIN",
    "stock", "ticker", "TSE", "(6758.T)", "Resolution", "case", "section", "Clause", "version", "update",
    "Release", "block", "Group", "bus", "tram", "Street", "Lane", "St", "Mill", "ISO", "HB", "KX", "album",
    "“", "”", "\"", "Model", "Series", "Chapter", "runway", "Route", "family", "dozen", "hundred", "seven",
    "milestone", "crossed", "Ostland", "MW", "km", "tonnes", "é", "İ",
]


def _text(max_size: int = 25) -> st.SearchStrategy[str]:
    token = st.one_of(st.sampled_from(_TOKENS), st.text(max_size=2))
    joiner = st.sampled_from([" ", " ", "", "  "])
    return st.lists(st.tuples(token, joiner), max_size=max_size).map(lambda parts: "".join(t + j for t, j in parts))


@settings(max_examples=1500, deadline=None)
@given(_text(), st.booleans())
def test_triggers_skip_only_idle_recognisers_on_random_text(text: str, title: bool) -> None:
    _skipped_find_nothing(text, is_title=title, decimal_commas=title)


@settings(max_examples=1500, deadline=None)
@given(_text(), st.booleans())
def test_dispatch_calls_the_readers_whose_trigger_holds_on_random_text(text: str, title: bool) -> None:
    _agree(text, is_title=title, decimal_commas=title)


def _identifier_gates(text: str) -> dict[re.Pattern[str], bool]:
    """Each identifiers.py pattern with the gate it is asked under (as recognise_identifiers asks)."""
    words = SentenceContext(text, 0).words
    return {
        identifiers._PHONE: "+" in text or "-" in text or identifiers._ZERO_LED.search(text) is not None,
        identifiers._TICKER: ("(" in text and ":" in text) or "code" in words
        or identifiers._DIGIT_POINT_CAPITAL.search(text) is not None,
        identifiers._ADDRESS: not words.isdisjoint(identifiers._STREET_GATE),
        identifiers._POSTCODE: not words.isdisjoint(identifiers._POSTCODE_GATE),
        identifiers._DOCUMENT_NUMBER: not words.isdisjoint(identifiers._DOCUMENT_GATE),
        identifiers._REFERENCE: not words.isdisjoint(identifiers._REFERENCE_GATE) or "#" in text,
        identifiers._DOTTED_PART: not words.isdisjoint(identifiers._DOTTED_GATE),
        identifiers._VERSION: not words.isdisjoint(identifiers._VERSION_GATE),
        identifiers._SHIRT: not words.isdisjoint(identifiers._SHIRT_GATE),
        identifiers._BLOCK: not words.isdisjoint(identifiers._BLOCK_GATE),
        identifiers._SIZE_NAMED: not words.isdisjoint(identifiers._SIZE_GATE),
    }


_PLAIN_ACRONYM_NUMBER = re.compile(
    identifiers._ACRONYM_NUMBER.pattern.replace(r"(?P<name>[A-Z](?<!\w[A-Z])[A-Z]{1,4})", r"\b(?P<name>[A-Z]{2,5})")
)


@settings(max_examples=1500, deadline=None)
@given(_text())
def test_identifier_gates_miss_no_match(text: str) -> None:
    for pattern, gate in _identifier_gates(text).items():
        if not gate:
            assert pattern.search(text) is None, (pattern.pattern, text)
    # The acronym pattern, rewritten to skip to capitals, finds what "\b[A-Z]{2,5}" finds.
    assert _PLAIN_ACRONYM_NUMBER.pattern != identifiers._ACRONYM_NUMBER.pattern
    plain = [(m.span(), m.groupdict()) for m in _PLAIN_ACRONYM_NUMBER.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in identifiers._ACRONYM_NUMBER.finditer(text)] == plain


def test_identifier_gates_on_invented_sentences() -> None:
    for sentence in _invented_sentences():
        for variant in _variants(sentence):
            for pattern, gate in _identifier_gates(variant).items():
                assert gate or pattern.search(variant) is None, (pattern.pattern, variant)
    # The bug case and its near miss: a dialled number opens with a zero, a count does not.
    assert _identifier_gates("Call 0800 555 0142 today.")[identifiers._PHONE]
    assert not _identifier_gates("Call 800 555 142 today.")[identifiers._PHONE]


# The sentences of the extract matrices (rows written as string literals).
_STRING_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.){12,400})"')


def _matrix_sentences() -> list[str]:
    out = []
    for path in sorted((ROOT / "tests").glob("test_extract_*matrix*.py")):
        out.extend(m.group(1) for m in _STRING_LITERAL.finditer(path.read_text(encoding="utf-8")) if " " in m.group(1))
    return out


def test_hedge_gate_misses_no_hedge() -> None:
    # records asks _HEDGE only where one of _HEDGE_WORDS stands (in ASCII text): a hedge added
    # to the pattern without its word in the gate would be skipped, as "want to" once was.
    sentences = _invented_sentences() + _matrix_sentences()
    assert len(sentences) > 1000
    for sentence in sentences:
        for variant in _variants(sentence):
            ctx = SentenceContext(variant, 0)
            if ctx.ascii and ctx.words.isdisjoint(records._HEDGE_WORDS):
                assert records._HEDGE.search(variant) is None, variant
    # The bug case and its near miss.
    assert not SentenceContext("Acme wants to build the largest port.", 0).words.isdisjoint(records._HEDGE_WORDS)
    assert SentenceContext("Acme built the largest port.", 0).words.isdisjoint(records._HEDGE_WORDS)
