"""How long the PDFs take next to the mkdocs build itself (the goal: at most twice as long).

    .venv/bin/python benchmarks/pdf.py [--runs 3]

Builds a copy of the example project with `mkdocs build` with the plugin's `pdf` option off,
on (PDFs laid out in a forked worker beside MkDocs, the default) and on with `pdf_worker:
false` (laid out after the build, in the same process); median wall and CPU time of each.
Then times build_pdfs() in one process (import, first and warm run), and lists each PDF's
size and pages. Wall time is what a user waits; CPU time (both processes) is the work done.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.projects import copy_project  # noqa: E402  # the tests' copy of the example

BIN = Path(sys.executable).parent


def timed_build(project: Path, config: str, runs: int) -> tuple[float, float]:
    """Median wall and CPU (user + system) seconds of `mkdocs build`. CPU time is the fairer
    figure on a shared machine, where wall time depends on what else runs."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([str(BIN / "mkdocs"), "build", "-q", "-f", config], cwd=project, env=env, check=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp))
        config = (project / "mkdocs.yml").read_text(encoding="utf-8")
        if "pdf: true" not in config:
            print("mkdocs.yml: expected the factsheets plugin with `pdf: true`", file=sys.stderr)
            return 2
        (project / "mkdocs-nopdf.yml").write_text(config.replace("pdf: true", "pdf: false"), encoding="utf-8")
        (project / "mkdocs-inline.yml").write_text(config.replace("pdf: true", "pdf: true\n      pdf_worker: false"),
                                                   encoding="utf-8")

        # Whole `mkdocs build` runs (process start included): the difference is the PDFs.
        without = timed_build(project, "mkdocs-nopdf.yml", args.runs)
        with_pdf = timed_build(project, "mkdocs.yml", args.runs)
        inline = timed_build(project, "mkdocs-inline.yml", args.runs)

        # In one process: what build_pdfs costs, and how much is WeasyPrint's import.
        sys.path.insert(0, str(ROOT))
        from generator.site import build_site_files

        site = build_site_files(project)
        started = time.perf_counter()
        import weasyprint  # noqa: F401

        imported = time.perf_counter() - started
        from generator.pdf import build_pdfs

        runs = []
        for i in range(2):
            started, cpu = time.perf_counter(), time.process_time()
            paths = build_pdfs(site.content, site.renderer, Path(tmp) / f"pdf-{i}")
            runs.append((time.perf_counter() - started, time.process_time() - cpu))

        import pypdf

        for how, on_run in (("worker", with_pdf), ("in process", inline)):
            for label, off, on in (("wall", without[0], on_run[0]), ("CPU", without[1], on_run[1])):
                pdfs = on - off
                verdict = "within" if pdfs <= 2 * off else "OVER"
                print(f"{how:10} {label:4}  mkdocs build: pdf off {off:5.2f} s, pdf on {on:5.2f} s (median of "
                      f"{args.runs}); PDFs {pdfs:5.2f} s = {pdfs / off:.2f} x the build ({verdict} the 2 x goal)")
        print(f"weasyprint import       {imported:6.2f} s")
        print(f"build_pdfs, first run   {runs[0][0]:6.2f} s wall, {runs[0][1]:.2f} s CPU")
        print(f"build_pdfs, warm run    {runs[1][0]:6.2f} s wall, {runs[1][1]:.2f} s CPU")
        for path in paths:
            pages = len(pypdf.PdfReader(path).pages)
            print(f"  {path.name:28} {path.stat().st_size / 1024:7.1f} KiB  {pages:3d} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
