"""Throughput and memory of ingest + extract + classify on generated news-like text.

usage: python benchmarks/extract.py [MB] [RUNS]   (defaults 4 and 3)

Dense text is written by a seeded template generator (benchmarks/news.py) over invented names
and random figures of every shape the extractor reads, in documents of about 50 kB, the size of
a long article; almost no sentence repeats within a document, as in real articles (a benchmark
of repeated sentences would reward caching them). Realistic prose is the shared corpus
(../shared/corpus/texts, read at run time when present, never copied), its articles repeated
to about 2 MB. Mixed text puts every sentence of tests/texts and the corpus once into each
document, its digits drawn anew (years kept), among generated sentences, in paragraphs of one
to four sentences. Prints the share of sentences that repeat within their document for the two
generated lines, MB/s on one core for each line and the tracemalloc peak when streaming 1 MB
and 4 MB of documents (should stay flat), plus the peak for one 0.25 MB and one 1 MB document
(grows with the text itself, by design). Throughput is the best of RUNS runs, in wall time
and in CPU time (the process's own: steadier on a shared machine). The extract command's line
runs the whole command on 1 MB of the dense text written as seeds (no cache): ingest, extract,
classify, merge and each sheet written and read back, as a person running it waits for.
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from news import generated_documents, repeated_share, vary_figures  # noqa: E402

from generator.classify import classify_facts, load_taxonomy  # noqa: E402
from generator.extract import extract_facts  # noqa: E402
from generator.ingest import parse_document  # noqa: E402
from generator.pipeline import extract_content  # noqa: E402
from generator.settings import make_settings  # noqa: E402

DOC_BYTES = 50_000
CORPUS = ROOT.parent / "shared" / "corpus" / "texts"
CORPUS_BYTES = 2_000_000
TAXONOMY = load_taxonomy(ROOT / "content" / "taxonomy.yml")


def documents(total_bytes: int, doc_bytes: int = DOC_BYTES, seed: int = 0) -> Iterator[str]:
    """Invented figure-dense news, in documents of about ``doc_bytes``."""
    return generated_documents(total_bytes, doc_bytes, seed)


def real_sentences() -> list[str]:
    """Every sentence of tests/texts and of the corpus, in file order."""
    paths = sorted((ROOT / "tests" / "texts").glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    return [
        s.text for path in paths
        for s in parse_document(path.read_text(encoding="utf-8"), path.stem, str(path), "0").sentences
    ]


def mixed_documents(total_bytes: int, doc_bytes: int = DOC_BYTES, seed: int = 1) -> Iterator[str]:
    """Each real sentence once per document, figures varied, among invented ones."""
    sentences = real_sentences()

    def varied(rng: random.Random) -> list[str]:
        pool = [vary_figures(s, rng) for s in sentences]
        rng.shuffle(pool)
        return pool

    return generated_documents(total_bytes, doc_bytes, seed, extra=varied)


def corpus_documents(total_bytes: int) -> Iterator[str]:
    """The corpus articles, one document each, repeated until ``total_bytes``."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    made = 0
    while texts and made < total_bytes:
        for text in texts:
            made += len(text.encode("utf-8"))
            yield text


def run(
    total_bytes: int, doc_bytes: int = DOC_BYTES, texts: Iterator[str] | None = None
) -> tuple[int, int, float, float]:
    """Bytes, facts, wall seconds and CPU seconds of ingest + extract + classify."""
    n_bytes = n_facts = 0
    start, cpu = time.perf_counter(), time.process_time()
    for i, text in enumerate(documents(total_bytes, doc_bytes) if texts is None else texts):
        doc = parse_document(text, f"gen{i}", f"gen{i}.txt", "0")
        n_facts += len(classify_facts(extract_facts(doc), TAXONOMY, doc))
        n_bytes += len(text.encode("utf-8"))
    return n_bytes, n_facts, time.perf_counter() - start, time.process_time() - cpu


def command(total_bytes: int) -> tuple[int, int, float, float]:
    """Bytes, facts, wall and CPU seconds of the extract command on dense seeds (fewer than
    pipeline.PARALLEL_FROM of them: one core), into a new content folder, without the cache."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "seeds").mkdir()
        n_bytes = 0
        for i, text in enumerate(documents(total_bytes)):
            (root / "seeds" / f"gen{i:03d}.txt").write_text(text, encoding="utf-8")
            n_bytes += len(text.encode("utf-8"))
        start, cpu = time.perf_counter(), time.process_time()
        result = extract_content(make_settings(root), use_cache=False)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    n_facts = sum(len(sheet.new) for sheet in result.sheets.values())
    return n_bytes, n_facts, wall, cpu


def best(runs: int, measure: Callable[[], tuple[int, int, float, float]]) -> tuple[int, int, float, float]:
    """The fastest of ``runs`` runs, by wall time and by CPU time (each its own best)."""
    results = [measure() for _ in range(runs)]
    n_bytes, n_facts = results[0][:2]
    return n_bytes, n_facts, min(r[2] for r in results), min(r[3] for r in results)


def report(label: str, n_bytes: int, n_facts: int, seconds: float, cpu: float) -> None:
    print(f"throughput, {label}: {n_bytes / 1e6 / seconds:.2f} MB/s "
          f"({n_bytes / 1e6:.1f} MB, {n_facts} facts, {seconds:.2f} s)")
    print(f"cpu throughput, {label}: {n_bytes / 1e6 / cpu:.2f} MB/s ({cpu:.2f} s of CPU)")


def peak(total_bytes: int, doc_bytes: int = DOC_BYTES) -> int:
    tracemalloc.start()
    run(total_bytes, doc_bytes)
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top


def main() -> None:
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 4.0
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    run(200_000)  # warm up: compile regexes, fill caches
    print(f"repeated sentences within a document: dense {repeated_share(documents(1_000_000)):.1%}, "
          f"mixed {repeated_share(mixed_documents(1_000_000)):.1%}")
    report("dense generated text", *best(runs, lambda: run(int(mb * 1_000_000))))
    if CORPUS.is_dir():
        report("corpus prose", *best(runs, lambda: run(0, texts=corpus_documents(CORPUS_BYTES))))
    else:
        print(f"throughput, corpus prose: skipped, {CORPUS} not found")
    report("mixed sentences", *best(runs, lambda: run(0, texts=mixed_documents(int(mb * 1_000_000)))))
    report("extract command, dense seeds", *best(runs, lambda: command(1_000_000)))
    one, four = peak(1_000_000), peak(4_000_000)
    print(f"peak memory, streaming 50 kB documents: 1 MB -> {one / 1e6:.1f} MB, 4 MB -> {four / 1e6:.1f} MB")
    # One big document holds its text, sentences and facts, so its peak grows with it.
    small, big = peak(250_000, 250_000), peak(1_000_000, 1_000_000)
    print(f"peak memory, one document:     0.25 MB -> {small / 1e6:.1f} MB, 1 MB -> {big / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
