"""A small project written by hand (not by the extractor, which is being rewritten), so that
page, chart and PDF tests have known facts: comparable figures for charts, a Chinese source,
a reviewed fact, and hostile text in every field that reaches a page."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from generator.model import Fact, FactSheet, Source, SourceRecord
from generator.sheets import dump_sheet, dump_sources

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = "001_sample"
HOSTILE = "<script>alert(1)</script> {{ 7*7 }} <img src=x onerror=alert(2)>"
CHINESE = "量子计算机“祖冲之三号”拥有105个量子比特，创下纪录。"

SEED = "\n".join([
    f"Filings by system, {HOSTILE}",
    "",
    "By the sample desk",
    "In 2024 the Patent Cooperation Treaty received 69,300 applications. In 2024 the Hague System received "
    "4,868 applications. In 2024 the Madrid System received 7,039 applications.",
    "Chinese applicants filed 61,000 PCT applications in 2022. Chinese applicants filed 69,610 PCT applications "
    "in 2023.",
    CHINESE,
    f"A note quoted {HOSTILE} in 2024.",
    "",
])


def _fact(fid: str, quote: str, value: float | None, unit: str | None, subject: str | None,
          year: int | None, kind: str = "quantity", statement: str | None = None,
          entities: tuple[str, ...] = (), reviewed: bool = False) -> Fact:
    start = SEED.index(quote)
    return Fact(id=fid, kind=kind, statement=statement or quote, value=value, unit=unit, subject=subject,
                year=year, entities=entities, source=Source(DOCUMENT, quote, start, start + len(quote)),
                reviewed=reviewed)


def sample_sheets() -> list[FactSheet]:
    ip = FactSheet("ip-statistics", "Intellectual property statistics", (
        _fact("pct-2024", "In 2024 the Patent Cooperation Treaty received 69,300 applications.", 69300,
              "applications", "Patent Cooperation Treaty", 2024, entities=("WIPO",), reviewed=True),
        _fact("hague-2024", "In 2024 the Hague System received 4,868 applications.", 4868, "applications",
              "Hague System", 2024),
        _fact("madrid-2024", "In 2024 the Madrid System received 7,039 applications.", 7039, "application",
              "Madrid System", 2024),
        _fact("cn-pct-2022", "Chinese applicants filed 61,000 PCT applications in 2022.", 61000,
              "PCT applications", "Chinese applicants", 2022),
        _fact("cn-pct-2023", "Chinese applicants filed 69,610 PCT applications in 2023.", 69610,
              "PCT applications", "Chinese applicants", 2023),
    ))
    quantum = FactSheet("quantum", "Quantum technology", (
        _fact("zuchongzhi-qubits", CHINESE, 105, "qubits", "祖冲之三号", None, kind="record",
              entities=("祖冲之三号",), reviewed=True),
    ))
    general = FactSheet("general", "General", (
        _fact("hostile-note", f"A note quoted {HOSTILE} in 2024.", 2024, f"<b>{HOSTILE}</b>", HOSTILE, 2024,
              kind="milestone", statement=f"A note quoted {HOSTILE}.", entities=(HOSTILE,)),
    ))
    return [ip, quantum, general]


def sample_sources() -> list[SourceRecord]:
    digest = hashlib.sha256(SEED.encode("utf-8")).hexdigest()
    return [SourceRecord(DOCUMENT, f"Filings by system, {HOSTILE}", "By the sample desk", "2025-03-01",
                         digest, f"seeds/{DOCUMENT}.txt")]


def write_sample_project(dest: Path) -> Path:
    """The project's templates, taxonomy and mkdocs.yml with the hand-written content."""
    shutil.copytree(ROOT / "templates", dest / "templates")
    shutil.copy2(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    (dest / "docs").mkdir()
    (dest / "seeds").mkdir()
    (dest / "content").mkdir()
    shutil.copy2(ROOT / "content" / "taxonomy.yml", dest / "content" / "taxonomy.yml")
    (dest / "seeds" / f"{DOCUMENT}.txt").write_text(SEED, encoding="utf-8")
    for sheet in sample_sheets():
        (dest / "content" / f"{sheet.theme}.yml").write_text(dump_sheet(sheet), encoding="utf-8")
    (dest / "content" / "sources.yml").write_text(dump_sources(sample_sources()), encoding="utf-8")
    return dest
