"""The caches of extract and classify stay within a fixed budget however much text streams by.

A stream of documents whose words are always new (invented letter strings) is the worst case
for a cache keyed by words: if a cache kept every word it saw, memory would grow with the
input. These tests feed such a stream and check that the caches and the traced memory stay
under their bounds.
"""

from __future__ import annotations

import functools
import random
import string
import tracemalloc
from pathlib import Path
from types import ModuleType

from generator import classify
from generator import extract as extract_package
from generator.classify import classify_facts, load_taxonomy
from generator.extract import extract_facts
from generator.ingest import parse_document

ROOT = Path(__file__).resolve().parent.parent
_TAXONOMY = load_taxonomy(ROOT / "content" / "taxonomy.yml")
_WORDS_BUDGET = 8192  # words the cue matcher may remember (classify._MAX_SEEN)
_ENTRIES_BUDGET = 4096  # entries of any lru_cache of the extract/classify path


def _fresh_documents(count: int, words_each: int, seed: int = 7) -> list[str]:
    """Documents of invented words (never repeated) with a figure in each sentence."""
    rng = random.Random(seed)
    made: set[str] = set()

    def word() -> str:
        while True:
            w = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 9)))
            if w not in made:
                made.add(w)
                return w

    docs = []
    for i in range(count):
        sentences = []
        for _ in range(words_each // 10):
            words = [word() for _ in range(10)]
            words.insert(3, str(rng.randint(2, 900)))
            sentences.append(" ".join(words).capitalize() + ".")
        docs.append(f"Invented Report {i}\n\n" + "\n\n".join(sentences) + "\n")
    return docs


def _run(text: str, name: str) -> None:
    doc = parse_document(text, name, f"{name}.txt", "0")
    classify_facts(extract_facts(doc), _TAXONOMY, doc)


def test_cue_matcher_remembers_a_bounded_number_of_words() -> None:
    matcher = classify._matcher(_TAXONOMY)
    for i, text in enumerate(_fresh_documents(60, 500)):  # 30,000 new words
        _run(text, f"fresh{i}")
        assert len(matcher.seen) <= _WORDS_BUDGET
        assert len(matcher.starters) <= len(matcher.seen)
        assert len(matcher.singles) <= len(matcher.seen)


def test_one_text_longer_than_the_budget_is_not_remembered() -> None:
    matcher = classify._Matcher(**{
        f: getattr(classify._matcher(_TAXONOMY), f)
        for f in ("cues", "firsts", "longest", "units", "lengths", "seconds")
    })
    words = [w for doc in _fresh_documents(1, 9000) for w in doc.split()[3:]]
    text = " ".join(words) + " research and climate change"
    assert len(set(words)) > _WORDS_BUDGET
    hits = matcher.hits(text)
    assert len(matcher.seen) <= _WORDS_BUDGET and len(matcher.singles) <= _WORDS_BUDGET
    assert hits == matcher.hits(text)  # the same answer with and without what it remembers
    assert matcher.hits("research and climate change") == hits  # near miss: short, remembered
    assert matcher.seen


def test_streaming_fresh_words_keeps_memory_flat() -> None:
    docs = _fresh_documents(80, 500)  # 40,000 new words, made before measuring
    for i, text in enumerate(docs[:4]):  # warm up: regexes compiled, caches filled
        _run(text, f"warm{i}")
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        for i, text in enumerate(docs[4:]):
            _run(text, f"fresh{i}")
        grown = tracemalloc.get_traced_memory()[1] - start
    finally:
        tracemalloc.stop()
    # A cache that kept every word would hold about 3.5 MB more by the end of this stream.
    assert grown < 2_000_000


def _caches(module: ModuleType) -> list[tuple[str, functools._lru_cache_wrapper[object]]]:
    return [(f"{module.__name__}.{name}", value) for name, value in vars(module).items()
            if isinstance(value, functools._lru_cache_wrapper)]


def test_every_lru_cache_of_extract_and_classify_is_bounded() -> None:
    import importlib
    import pkgutil
    modules = [classify, extract_package] + [
        importlib.import_module(f"generator.extract.{m.name}") for m in pkgutil.iter_modules(extract_package.__path__)
    ]
    found = [c for m in modules for c in _caches(m)]
    assert found
    for name, cache in found:
        size = cache.cache_info().maxsize
        assert size is not None and size <= _ENTRIES_BUDGET, name
