"""The whole pipeline at scale, against a bare MkDocs + Material build of as many pages.

usage: python benchmarks/scale.py [--sizes 100 1000] [--pdf-sizes 100] [--no-serve] [--runs K] [--keep]
       (corpus: $FACTSHEETS_CORPUS, default ../shared/corpus/texts)

For each N it makes a temporary project of N realistic sources (sentences of the corpus
texts, recombined with a fixed seed into articles of corpus-like length), then times, each
stage in its own process (peak memory = the largest resident set of that process or of any
process it started, from wait4):

  extract   `factsheets extract`              seeds -> content/*.yml
  render    `factsheets render --out DIR`     content -> Markdown pages (what the plugin does)
  build     `mkdocs build` with our plugin    PDFs off (plugin option pdf: false)
  re-extract `factsheets extract` again        no source changed: extractions come from the cache
  first     `factsheets build`                on a fresh copy of the project (no content, no
                                               cache): extract + build in one command, as a
                                               user's first build runs
  bare      `mkdocs build` of those pages     the rendered Markdown as plain files, no plugin
  plain     `mkdocs build` of plain pages      as many pages, each its page's headings and text
                                               as plain Markdown (no HTML), with our nav
  plain-nav the same plain pages, no `nav:`    MkDocs's default: every page in the navigation,
                                               the bare build the issue measured (44 s for 1,000)
  pdf       `mkdocs build` with PDFs on       reported separately, minus the build without
  serve     one content edit under `factsheets serve` until the page shows it, against one
            Markdown edit under a bare `mkdocs serve`

and checks the targets (issue 6): extract + render <= 10% of the build; build <= 1.25x bare
(and a first `factsheets build` <= 1.25x bare);
N=1000 costs <= 11x N=100; peak memory <= 400 MB at 1000; serve rebuild <= 1.2x mkdocs's.
The corpus is read at run time and never copied into the repository.
"""

from __future__ import annotations

import argparse
import html
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.projects import stop_server  # noqa: E402  # as the serve test stops it

BIN = Path(sys.executable).parent
CORPUS = Path(os.environ.get("FACTSHEETS_CORPUS", ROOT.parent / "shared" / "corpus" / "texts"))
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'“])")
PLAIN_CONFIG_DROP = re.compile(r"^  - factsheets:\n(?:      .*\n)+", re.MULTILINE)
NOT_IN_NAV = re.compile(r"^not_in_nav: \|\n(?:  .*\n)+", re.MULTILINE)


@dataclass
class Stage:
    seconds: float
    peak_mb: float
    output: str = ""


@dataclass
class Result:
    n: int
    stages: dict[str, Stage] = field(default_factory=dict)
    serve: float | None = None
    bare_serve: float | None = None
    facts: int = 0
    pages: int = 0


def run_stage(args: list[str], cwd: Path) -> Stage:
    """Run one stage in its own process; wall time and the peak RSS of it and its children."""
    started = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({process.returncode}) in {cwd}:\n{output[-4000:]}")
    return Stage(seconds, usage.ru_maxrss / 1024, output)


# --- making the projects ------------------------------------------------------------------

def corpus_texts() -> list[list[str]]:
    """Each corpus text as its title plus its sentences."""
    paths = sorted(CORPUS.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no corpus texts in {CORPUS} (set FACTSHEETS_CORPUS)")
    texts = []
    for path in paths:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        sentences = [s for line in lines[1:] for s in SENTENCE.split(line) if len(s) > 20]
        texts.append([lines[0], *sentences])
    return texts


def make_sources(n: int, seeds: Path, seed: int = 6) -> None:
    """N articles: a corpus title, then paragraphs of corpus sentences, as long as corpus texts."""
    rng = random.Random(seed)
    texts = corpus_texts()
    titles = [t[0] for t in texts]
    pool = [s for t in texts for s in t[1:]]
    lengths = [len(t) - 1 for t in texts]
    seeds.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        count = max(3, rng.choice(lengths) + rng.randint(-3, 3))
        sentences = rng.sample(pool, min(count, len(pool)))
        paragraphs, k = [], 0
        while k < len(sentences):
            size = rng.randint(2, 4)
            paragraphs.append(" ".join(sentences[k:k + size]))
            k += size
        title = f"{rng.choice(titles)} ({i + 1})"
        (seeds / f"{i:05d}_generated.txt").write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n",
                                                     encoding="utf-8")


def make_project(n: int, where: Path) -> Path:
    project = where / f"project-{n}"
    shutil.copytree(ROOT / "templates", project / "templates")
    (project / "content").mkdir(parents=True)
    shutil.copy2(ROOT / "content" / "taxonomy.yml", project / "content" / "taxonomy.yml")
    (project / "docs").mkdir()
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("pdf: true", "pdf: false"), encoding="utf-8")
    (project / "mkdocs-pdf.yml").write_text(config.replace("pdf: false", "pdf: true"), encoding="utf-8")
    make_sources(n, project / "seeds")
    return project


TAG = re.compile(r"<[^>]+>")


def make_plain(rendered_docs: Path, nav: str, where: Path, n: int, name: str = "plain") -> Path:
    """The same pages with the same words as plain Markdown: headings kept, each HTML block
    turned into a paragraph of its text. What MkDocs costs for this much content without
    any markup of ours."""
    plain = where / f"{name}-{n}"
    for page in sorted(rendered_docs.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        front, body = text.split("\n---\n", 1) if text.startswith("---\n") else ("", text)
        chunks = []
        for chunk in body.split("\n\n"):
            chunk = chunk.strip()
            if chunk.startswith("<"):
                words = " ".join(html.unescape(TAG.sub(" ", chunk)).split())
                chunk = words.replace("*", "").replace("_", " ").replace("[", "(").replace("]", ")")
            if chunk:
                chunks.append(chunk)
        out = plain / "docs" / page.relative_to(rendered_docs)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text((front + "\n---\n\n" if front else "") + "\n\n".join(chunks) + "\n", encoding="utf-8")
    config = PLAIN_CONFIG_DROP.sub("", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    if not nav:  # MkDocs's default: every page in the navigation
        config = NOT_IN_NAV.sub("", config)
    (plain / "mkdocs.yml").write_text(config + nav, encoding="utf-8")
    return plain


def make_bare(rendered_docs: Path, nav: str, where: Path, n: int) -> Path:
    """The very pages our plugin hands MkDocs, as plain files, built without the plugin: the
    difference between the two builds is what the plugin costs."""
    bare = where / f"bare-{n}"
    shutil.copytree(rendered_docs, bare / "docs")
    config = PLAIN_CONFIG_DROP.sub("", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    (bare / "mkdocs.yml").write_text(config + "extra_css: [assets/factsheets.css]\n" + nav, encoding="utf-8")
    return bare


# --- serve --------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError):
        return None


MARKER = "Edited now"
# The start of a statement, inside its quotes if it has them: the edit keeps the YAML valid.
STATEMENT = r"""^(  statement: ['"]?)(?=[^>|])"""


def time_serve_edit(command: list[str], cwd: Path, edit: Path, page: str, old: str, new: str) -> float:
    """Seconds from saving an edit to the served page showing it (polled every 20 ms)."""
    port = free_port()
    process = subprocess.Popen([*command, "-a", f"127.0.0.1:{port}"], cwd=cwd, env=ENV, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    # mkdocs serve mounts the site at site_url's path.
    url = f"http://127.0.0.1:{port}/factsheets/{page}"
    try:
        deadline = time.monotonic() + 600
        while get(url) is None:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"{' '.join(command)} did not start in {cwd}")
            time.sleep(0.2)
        time.sleep(1.0)  # let the watcher settle after the first build
        text = edit.read_text(encoding="utf-8")
        changed = re.sub(old, new, text, count=1, flags=re.MULTILINE)
        assert changed != text, f"{old!r} not in {edit}"
        started = time.monotonic()
        edit.write_text(changed, encoding="utf-8")
        while True:
            body = get(url)
            if body is not None and MARKER in body:
                return time.monotonic() - started
            if process.poll() is not None:
                raise SystemExit(f"{' '.join(command)} exited while rebuilding {cwd}")
            if time.monotonic() - started > 600:
                raise SystemExit(f"the edit of {edit} never showed at {url}")
            time.sleep(0.02)
    finally:
        stop_server(process, timeout=20)


# --- one size -----------------------------------------------------------------------------

def best_of(runs: int, stage: Callable[[], Stage]) -> Stage:
    """The fastest of ``runs`` runs (peak memory: the largest of them)."""
    stages = [stage() for _ in range(runs)]
    fastest = min(stages, key=lambda st: st.seconds)
    return Stage(fastest.seconds, max(st.peak_mb for st in stages), fastest.output)


def measure(n: int, where: Path, serve: bool, pdf: bool, runs: int = 1) -> Result:
    result = Result(n)
    project = make_project(n, where)
    factsheets = str(BIN / "factsheets")
    mkdocs = str(BIN / "mkdocs")
    result.stages["extract"] = run_stage([factsheets, "extract"], project)
    result.stages["render"] = best_of(runs, lambda: run_stage(
        [factsheets, "render", "--out", str(where / f"rendered-{n}")], project))

    def build() -> Stage:
        # Each run as the first build after an extract: without the compiled templates.
        shutil.rmtree(project / ".cache" / "factsheets" / "jinja", ignore_errors=True)
        return run_stage([mkdocs, "build", "-q"], project)

    result.stages["build"] = best_of(runs, build)
    # What `factsheets build` pays on a re-run with no source changed: every extraction from the cache.
    result.stages["re-extract"] = run_stage([factsheets, "extract"], project)

    def first() -> Stage:
        fresh = where / f"first-{n}"
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(project, fresh, ignore=shutil.ignore_patterns(".cache", "site", "*.yml", "*.json"))
        shutil.copy2(project / "mkdocs.yml", fresh / "mkdocs.yml")
        shutil.copy2(project / "content" / "taxonomy.yml", fresh / "content" / "taxonomy.yml")
        return run_stage([factsheets, "build"], fresh)

    result.stages["first"] = best_of(runs, first)
    rendered = where / f"rendered-{n}"
    nav_lines = (rendered / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:\n", 1)[1]
    bare = make_bare(rendered / "docs", "nav:\n" + nav_lines, where, n)
    result.stages["bare"] = best_of(runs, lambda: run_stage([mkdocs, "build", "-q"], bare))
    plain = make_plain(rendered / "docs", "nav:\n" + nav_lines, where, n)
    result.stages["plain"] = best_of(runs, lambda: run_stage([mkdocs, "build", "-q"], plain))
    every_page = make_plain(rendered / "docs", "", where, n, "plain-nav")
    result.stages["plain-nav"] = run_stage([mkdocs, "build", "-q"], every_page)  # slow: once
    result.pages = sum(1 for _ in (project / "site").rglob("index.html"))
    facts = (project / "site" / "data" / "facts.csv").read_text(encoding="utf-8").count("\n") - 1
    result.facts = facts
    if pdf:
        result.stages["pdf-build"] = run_stage([mkdocs, "build", "-q", "-f", "mkdocs-pdf.yml"], project)
    if serve:
        sheet = max((p for p in (project / "content").glob("*.yml") if p.name not in ("taxonomy.yml", "sources.yml")),
                    key=lambda p: p.stat().st_size)
        result.serve = time_serve_edit([factsheets, "serve"], project, sheet, f"{sheet.stem}/",
                                       STATEMENT, rf"\g<1>{MARKER} ")
        page = next(p for p in sorted((bare / "docs").glob("*/index.md")) if p.parent.name != "sources")
        result.bare_serve = time_serve_edit([mkdocs, "serve", "--livereload"], bare, page,
                                            f"{page.parent.name}/", r"\n\n", f"\n\n{MARKER}\n\n")
    return result


def report(results: list[Result]) -> int:
    failures = []
    notes: list[str] = []
    print()
    print("| N | facts | pages | extract | render | build (pdf off) | bare mkdocs | (extract+render)/build "
          "| build/bare | peak MB | serve edit | bare serve edit | serve/bare | PDFs |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        s = r.stages
        prep = (s["extract"].seconds + s["render"].seconds) / s["build"].seconds
        ratio = s["build"].seconds / s["bare"].seconds
        peak = max(st.peak_mb for name, st in s.items() if name != "pdf-build")
        serve_ratio = r.serve / r.bare_serve if r.serve and r.bare_serve else None
        pdf = f"{s['pdf-build'].seconds - s['build'].seconds:.2f} s" if "pdf-build" in s else "—"
        print(f"| {r.n} | {r.facts} | {r.pages} | {s['extract'].seconds:.2f} s ({s['extract'].peak_mb:.0f} MB) "
              f"| {s['render'].seconds:.2f} s ({s['render'].peak_mb:.0f} MB) "
              f"| {s['build'].seconds:.2f} s ({s['build'].peak_mb:.0f} MB) "
              f"| {s['bare'].seconds:.2f} s ({s['bare'].peak_mb:.0f} MB) | {prep:.0%} | {ratio:.2f}× | {peak:.0f} "
              f"| {_s(r.serve)} | {_s(r.bare_serve)} | {_x(serve_ratio)} | {pdf} |")
        if prep > 0.10:
            failures.append(f"N={r.n}: extract + render = {prep:.0%} of the build (target ≤ 10%)")
        whole = s["extract"].seconds + s["build"].seconds
        first = s["first"].seconds / s["bare"].seconds
        notes.append(f"N={r.n}: first build: `factsheets build` on a fresh project {s['first'].seconds:.2f} s = "
                     f"{first:.2f}× bare mkdocs; `factsheets extract` then `mkdocs build` = "
                     f"{whole / s['bare'].seconds:.2f}×")
        if first > 1.25:
            failures.append(f"N={r.n}: first `factsheets build` = {first:.2f}× bare mkdocs (target ≤ 1.25×)")
        again = s["re-extract"].seconds + s["build"].seconds
        notes.append(f"N={r.n}: re-run with no source changed: extract {s['re-extract'].seconds:.2f} s + build = "
                     f"{again / s['bare'].seconds:.2f}× bare mkdocs")
        plain_s = s["plain"].seconds
        notes.append(f"N={r.n}: against {r.pages} plain Markdown pages of the same text ({plain_s:.2f} s): "
                     f"build {s['build'].seconds / plain_s:.2f}×, first build {s['first'].seconds / plain_s:.2f}×, "
                     f"re-run {again / plain_s:.2f}×, extract + render {prep * s['build'].seconds / plain_s:.0%}")
        every = s["plain-nav"].seconds
        notes.append(f"N={r.n}: against the same plain pages all in the navigation (MkDocs's default, {every:.2f} s): "
                     f"build {s['build'].seconds / every:.2f}×, first build {s['first'].seconds / every:.2f}×, "
                     f"extract + render {prep * s['build'].seconds / every:.0%}")
        if r.n >= 1000 and peak > 400:
            failures.append(f"N={r.n}: peak memory {peak:.0f} MB (target ≤ 400 MB)")
        if serve_ratio is not None and serve_ratio > 1.2:
            failures.append(f"N={r.n}: serve rebuild {serve_ratio:.2f}× mkdocs's (target ≤ 1.2×)")
    by_n = {r.n: r for r in results}
    if 100 in by_n and 1000 in by_n:
        def cost(r: Result) -> float:
            return r.stages["extract"].seconds + r.stages["build"].seconds

        growth = cost(by_n[1000]) / cost(by_n[100])
        print(f"\n1,000 sources cost {growth:.1f}× what 100 cost (extract + build; target ≤ 11×)")
        if growth > 11:
            failures.append(f"1,000 sources cost {growth:.1f}× 100 (target ≤ 11×)")
    print()
    for note in notes:
        print(note)
    for failure in failures:
        print(f"MISSED: {failure}")
    if not failures:
        print("all targets met")
    return 1 if failures else 0


def _s(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f} s"


def _x(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}×"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--no-serve", dest="serve", action="store_false", help="skip the live-reload timing")
    parser.add_argument("--pdf-sizes", type=int, nargs="*", default=[100],
                        help="sizes at which to time the build with PDFs too (slow: WeasyPrint); default 100")
    parser.add_argument("--runs", type=int, default=1,
                        help="time render, the builds and the first build this many times, keep the fastest "
                             "(extract and re-extract run once: they change the project)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects and print where")
    args = parser.parse_args()
    where = Path(tempfile.mkdtemp(prefix="factsheets-scale-"))
    try:
        results = []
        for n in args.sizes:
            print(f"N={n}: making {n} sources and building…", flush=True)
            results.append(measure(n, where, args.serve, n in args.pdf_sizes, args.runs))
            r = results[-1]
            print(f"  {r.facts} facts, {r.pages} pages: " + ", ".join(
                f"{name} {st.seconds:.2f} s / {st.peak_mb:.0f} MB" for name, st in r.stages.items()), flush=True)
        return report(results)
    finally:
        if args.keep:
            print(f"projects kept in {where}")
        else:
            shutil.rmtree(where, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
