"""The benchmark's generated text: repeatable, and (like real articles) without repeated sentences."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

from generator.ingest import parse_document

# benchmarks/ is no package: load its generator by path, without adding the folder to sys.path.
_SPEC = importlib.util.spec_from_file_location(
    "benchmark_news", Path(__file__).resolve().parent.parent / "benchmarks" / "news.py"
)
assert _SPEC is not None and _SPEC.loader is not None
news = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(news)
generated_documents, vary_figures, repeated_share = news.generated_documents, news.vary_figures, news.repeated_share


def test_same_seed_same_text_other_seed_other_text() -> None:
    first = list(generated_documents(120_000, 50_000, seed=3))
    assert first == list(generated_documents(120_000, 50_000, seed=3))
    assert first != list(generated_documents(120_000, 50_000, seed=4))
    assert len(first) == 3 and all(40_000 < len(t) < 52_000 for t in first[:2])


def test_sentences_hardly_repeat_within_a_document() -> None:
    assert repeated_share(list(generated_documents(200_000, 50_000))) < 0.01


def test_text_is_figure_dense() -> None:
    text = next(generated_documents(50_000, 50_000))
    sentences = parse_document(text, "gen", "gen.txt", "0").sentences
    with_digits = [s for s in sentences if any(c.isdigit() for c in s.text)]
    assert len(with_digits) > 0.9 * len(sentences)


def test_vary_figures_keeps_years_and_shapes() -> None:
    varied = vary_figures("In 2021 the Pelno Trust paid 1,204.5 kronor to 30 people.", random.Random(0))
    assert varied.startswith("In 2021 the Pelno Trust paid ")
    words = varied.split()
    assert len(words[6]) == len("1,204.5") and words[6][1] == "," and words[6][5] == "."
    assert words[6][0] != "0" and words[9][0] != "0"
