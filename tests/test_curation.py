"""Curation through the real CLI: every hand edit survives re-extraction; ids are stable."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from generator.schema import SHEET_SCHEMA, schema_text
from tests.conftest import factsheets

SEED = "000_dc7fbaf109868d4b.txt"
SHEET = "ip-statistics.yml"


@pytest.fixture()
def fresh(project: Path) -> Path:
    """The example project with content extracted from scratch (taxonomy kept)."""
    for path in (project / "content").iterdir():
        if path.name != "taxonomy.yml":
            path.unlink()
    factsheets("extract", cwd=project)
    return project


def ids(project: Path) -> list[str]:
    out = []
    for path in sorted((project / "content").glob("*.yml")):
        if path.name not in ("taxonomy.yml", "sources.yml"):
            out += [f["id"] for f in yaml.safe_load(path.read_text(encoding="utf-8"))["facts"]]
    return out


def split_facts(text: str) -> tuple[str, list[str], str]:
    """Head (up to `facts:`), one text block per fact, tail (`rejected:` on)."""
    head, _, body = text.partition("facts:\n")
    tail_at = body.find("\nrejected:")
    tail = body[tail_at + 1:] if tail_at >= 0 else ""
    body = body[:tail_at + 1] if tail_at >= 0 else body
    blocks = ["- id:" + b for b in body.split("- id:")[1:]]
    return head + "facts:\n", blocks, tail


def test_ids_stable_across_runs_copies_and_edits_above(fresh: Path, tmp_path: Path) -> None:
    first = ids(fresh)
    assert first
    assert "0 content files changed" in factsheets("extract", cwd=fresh).stdout
    assert ids(fresh) == first
    # Text inserted before every fact's sentence moves all offsets; ids must not move.
    seed = fresh / "seeds" / SEED
    text = seed.read_text(encoding="utf-8")
    at = text.index("In recent years")
    seed.write_text(text[:at] + "An added opening sentence. " + text[at:], encoding="utf-8")
    factsheets("extract", cwd=fresh)
    assert set(first) <= set(ids(fresh))
    factsheets("check", cwd=fresh)


def test_hand_edits_survive_re_extraction(fresh: Path) -> None:
    path = fresh / "content" / SHEET
    head, blocks, tail = split_facts(path.read_text(encoding="utf-8"))
    assert len(blocks) >= 4, "the example should give at least 4 IP facts"
    edited_id, reviewed_id, deleted_id = (re.match(r"- id: (\S+)", b).group(1) for b in blocks[:3])  # type: ignore[union-attr]
    blocks[0] = re.sub(r"(?m)^  statement: .*$", "  statement: Edited by a person.  # checked with the desk",
                       blocks[0])
    blocks[1] = blocks[1].replace("reviewed: false", "reviewed: true")
    blocks[1] = blocks[1].replace("  unit: ", "  unit: filings  # was: ", 1)
    del blocks[2]
    source = yaml.safe_load(blocks[-1])[0]["source"]
    blocks.append(
        "- id: hand-added-fact\n  kind: quantity\n  statement: Added by hand.\n  value: 1\n  unit: null\n"
        f"  source:\n    document: {source['document']}\n    quote: {json.dumps(source['quote'])}\n"
        f"    start: {source['start']}\n    end: {source['end']}\n"
    )
    head = head.replace("theme:", "# Curated by the statistics desk.\ntheme:", 1)
    path.write_text(head + "".join(blocks) + tail, encoding="utf-8")
    factsheets("check", cwd=fresh)

    result = factsheets("extract", cwd=fresh)
    assert "1 rejected" in result.stdout
    after = path.read_text(encoding="utf-8")
    data = yaml.safe_load(after)
    facts = {f["id"]: f for f in data["facts"]}
    assert facts[edited_id]["statement"] == "Edited by a person."
    assert facts[reviewed_id]["reviewed"] is True and facts[reviewed_id]["unit"] == "filings"
    assert deleted_id not in facts and deleted_id in data["rejected"]
    assert "hand-added-fact" in facts
    for comment in ("# Curated by the statistics desk.", "# checked with the desk", "# was: "):
        assert comment in after
    assert after.startswith("# yaml-language-server: $schema=factsheet.schema.json\n")
    factsheets("check", cwd=fresh)
    # And it holds: the next run changes nothing at all.
    assert "0 content files changed" in factsheets("extract", cwd=fresh).stdout
    assert path.read_text(encoding="utf-8") == after


def test_dry_run_shows_the_diff_and_writes_nothing(fresh: Path) -> None:
    seed = fresh / "seeds" / SEED
    seed.write_text(seed.read_text(encoding="utf-8") + "\nIn 2025, 314 new robots were installed in the port.\n",
                    encoding="utf-8")
    before = {p: p.read_bytes() for p in (fresh / "content").iterdir()}
    result = factsheets("extract", "--dry-run", cwd=fresh)
    assert "would change" in result.stdout
    assert re.search(r"(?m)^\+\+\+ b/.*\.yml$", result.stdout)
    assert re.search(r"(?m)^\+.*314 new robots", result.stdout)
    assert {p: p.read_bytes() for p in (fresh / "content").iterdir()} == before
    written = factsheets("extract", cwd=fresh)
    assert "314 new robots" in written.stdout
    assert "314 new robots" in "".join(p.read_text(encoding="utf-8") for p in (fresh / "content").glob("*.yml"))


def test_stale_fact_reported_not_dropped(fresh: Path) -> None:
    path = fresh / "content" / SHEET
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    victim = data["facts"][0]
    path.write_text(path.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true", 1), encoding="utf-8")
    seed = fresh / "seeds" / SEED
    seed.write_text(seed.read_text(encoding="utf-8").replace(victim["source"]["quote"], "A different sentence."),
                    encoding="utf-8")
    result = factsheets("extract", cwd=fresh)
    assert f"! {victim['id']}: stale" in result.stdout
    assert victim["id"] in ids(fresh)
    check = factsheets("check", cwd=fresh, check=False)
    assert check.returncode == 1
    assert re.search(rf"content/{SHEET}:\d+:\d+: facts\[0\]\.source\.quote: .*stale fact", check.stderr)


def test_extract_writes_the_schema_next_to_the_content(fresh: Path) -> None:
    written = (fresh / "content" / "factsheet.schema.json").read_text(encoding="utf-8")
    assert written == schema_text()
    assert json.loads(written) == SHEET_SCHEMA
    for path in (fresh / "content").glob("*.yml"):
        if path.name not in ("taxonomy.yml", "sources.yml"):
            assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=factsheet.schema.json")
