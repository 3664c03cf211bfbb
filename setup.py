"""Optional compiled build: FACTSHEETS_MYPYC=1 compiles the extractor's hot modules with mypyc.

Without the variable (the default, and what `make site`/`make test` use) the package is pure
Python and everything else comes from pyproject.toml. With it, ingest, extract and classify
become C extensions (about 1.3x the throughput of benchmarks/extract.py, same output):

    FACTSHEETS_MYPYC=1 pip install --no-build-isolation .

It needs mypy (the test extra) and a C compiler in the environment, and takes about two
minutes. Install it so, not editable: an editable build leaves the extensions beside the
sources, where they shadow every later edit of them until rebuilt.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

# The modules that read every sentence; model.py stays Python (ingest and extract make its
# frozen dataclasses through their slots' setters, which a compiled class does not have).
COMPILED = ["generator/ingest.py", "generator/classify.py",
            *sorted(str(p) for p in Path("generator/extract").glob("*.py"))]

ext_modules = []
if os.environ.get("FACTSHEETS_MYPYC") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(COMPILED, opt_level="3", group_name="generator")

setup(ext_modules=ext_modules)
