"""The speed shortcuts of extract and classify find exactly what the plain scans find.

Each shortcut skips work it can prove useless (a stretch of text without "(", a word that
starts no cue, a pattern whose tell-tale characters are missing). These tests compare the
shortcut with the plain scan on random text built from the words the patterns look for,
so a shortcut that wrongly skips something fails here, not only on the texts we have.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import classify
from generator.classify import load_taxonomy
from generator.extract import entities

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


def _plain_hits(matcher: classify._Matcher, text: str) -> list[tuple[str, str]]:
    """Cue hits by trying every word, as hits() did before it remembered words."""
    words = classify._WORD.findall(text)
    lower = [w.lower() for w in words]
    firsts = matcher.firsts
    starts = [i for i, low in enumerate(lower)
              if low in firsts or words[i] in firsts or low.rstrip("s") in firsts]
    out: list[tuple[str, str]] = []
    i = 0
    for start in starts:
        if start < i:
            continue
        found = matcher._longest_at(words, lower, start)
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
        f: getattr(classify._matcher(_TAXONOMY), f) for f in ("cues", "firsts", "longest", "units", "lengths")
    })
    for text in texts:
        assert matcher.hits(text) == _plain_hits(matcher, text)


def test_remembered_words_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classify, "_MAX_SEEN", 3)
    matcher = classify._Matcher(**{
        f: getattr(classify._matcher(_TAXONOMY), f) for f in ("cues", "firsts", "longest", "units", "lengths")
    })
    texts = ["one two three four five", "robots and research", "six seven robots", "climate"]
    for text in texts * 2:
        assert matcher.hits(text) == _plain_hits(matcher, text)
        assert len(matcher.seen) <= 3 + len(text.split())
