"""Stage 4: merge freshly extracted facts into the reviewed content, never losing a human edit.

The rule set, in one place:
- a fact a person marked ``reviewed: true`` or changed in any field is kept as it is;
- a fact a person deleted is not added back (its id goes to the sheet's ``rejected`` list);
- a fact a person added by hand stays;
- a fact whose source sentence no longer exists (or whose source file is gone) is kept and
  reported as stale, for a person to fix or delete; ``factsheets check`` fails on it;
- a kept fact whose sentence moved in its source gets its offsets updated (nothing else);
- an untouched fact the extractor no longer finds (its sentence still there) is removed.

"Changed by a person" and "deleted by a person" are decided against
``content/.extracted.json``: for every id the tool wrote, a fingerprint of what it wrote, or
``"rejected"`` once a person deleted it. The file is machine state, but it is committed with
the content: without it every fact looks hand-edited (so nothing is lost, but nothing is
updated either) and deleted facts would come back.

Why a state file and not a field in each fact: the content files stay what people read and
edit, with no hashes to keep in sync by hand; a person never has to touch the state file. The
sheet's ``rejected:`` list is the visible, editable record of deletions: remove an id from it
to have the fact extracted again. Rejections survive even when a whole sheet file is deleted
(the state remembers them), so deleting ``content/space.yml`` means "not these facts", and the
file is not recreated until a new fact for that theme turns up.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import Any

from .model import Fact

REJECTED = "rejected"
"""State value for an id a person deleted."""


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
"""json.dumps(payload, ensure_ascii=False), without a new encoder for every call (a third of
the merge's time on a re-run of thousands of facts)."""


def fingerprint(fact: Fact) -> str:
    """Everything a person can edit, so any edit changes it."""
    payload = [fact.kind, fact.statement, fact.value, fact.unit, fact.subject, fact.year,
               list(fact.entities), fact.source.document, fact.source.quote, fact.source.start,
               fact.source.end, fact.reviewed, fact.qualifier, fact.theme]
    return hashlib.sha1(_ENCODE(payload).encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class MergeReport:
    """What the merge did, per theme, for the extract command's diff."""

    new: list[Fact] = field(default_factory=list)
    updated: list[Fact] = field(default_factory=list)
    unchanged: list[Fact] = field(default_factory=list)
    kept: list[Fact] = field(default_factory=list)
    """Edited or reviewed by a person; the extractor's version was not applied."""
    stale: list[Fact] = field(default_factory=list)
    removed: list[Fact] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    """Ids a person deleted since the last run; recorded, not re-added."""
    moved: list[Fact] = field(default_factory=list)
    """Kept facts whose sentence moved in the source: offsets updated, nothing else."""
    duplicates: list[Fact] = field(default_factory=list)
    """Extracted facts with an id already taken this run (an extractor bug); not added."""


@dataclass(frozen=True, slots=True)
class MergeResult:
    facts_by_theme: dict[str, list[Fact]]
    rejected_by_theme: dict[str, set[str]]
    state: dict[str, str]
    report: dict[str, MergeReport]


def _reanchor(fact: Fact, text: str) -> Fact | None:
    """The fact with offsets pointing at its quote, when the quote occurs exactly once."""
    quote = fact.source.quote
    start = text.find(quote) if quote else -1
    if start < 0 or text.find(quote, start + 1) >= 0:
        return None
    return replace(fact, source=replace(fact.source, start=start, end=start + len(quote)))


def merge_facts(
    existing: dict[str, list[Fact]],
    rejected: dict[str, set[str]],
    extracted: list[Fact],
    state: dict[str, str],
    source_texts: dict[str, str],
    documents: Collection[str] | None = None,
) -> MergeResult:
    """Merge ``extracted`` (already classified) into ``existing`` (theme -> facts).

    ``source_texts`` maps each document processed this run to its text; facts of other
    documents are left alone. ``documents`` names every source file present (read or not):
    a fact whose document is not among them is stale.
    """
    fresh: dict[str, Fact] = {}
    duplicates: list[Fact] = []
    for f in extracted:
        if f.id in fresh:
            duplicates.append(f)
        else:
            fresh[f.id] = f
    all_rejected: set[str] = set().union(*rejected.values()) if rejected else set()
    present = {f.id for facts in existing.values() for f in facts}
    out: dict[str, list[Fact]] = {}
    new_state: dict[str, str] = dict.fromkeys(all_rejected, REJECTED)
    reports: dict[str, MergeReport] = {}
    out_rejected = {theme: set(ids) for theme, ids in rejected.items()}

    def report(theme: str) -> MergeReport:
        return reports.setdefault(theme, MergeReport())

    def keep_state(fid: str) -> None:
        if fid in state:
            new_state[fid] = state[fid]

    for theme, facts in existing.items():
        kept_facts = out.setdefault(theme, [])
        for fact in facts:
            touched = fact.reviewed or state.get(fact.id) != fingerprint(fact)
            candidate = fresh.get(fact.id)
            text = source_texts.get(fact.source.document)
            if candidate is not None and not touched:
                # Untouched: the extractor's newer reading wins, in the sheet it was in.
                candidate = replace(candidate, theme=theme)
                kept_facts.append(candidate)
                new_state[fact.id] = fingerprint(candidate)
                (report(theme).unchanged if candidate == fact else report(theme).updated).append(candidate)
                continue
            gone = documents is not None and fact.source.document not in documents
            anchored = text is not None and text[fact.source.start:fact.source.end] == fact.source.quote
            if text is not None and not anchored and not touched and fact.source.quote in text:
                report(theme).removed.append(fact)  # its sentence moved and no longer yields it
                continue
            if text is not None and not anchored and (moved := _reanchor(fact, text)) is not None:
                # Offsets are bookkeeping, not a person's judgement: follow the sentence.
                kept_facts.append(moved)
                report(theme).moved.append(moved)
                keep_state(fact.id)
                continue
            if gone or (text is not None and not anchored):
                kept_facts.append(fact)
                report(theme).stale.append(fact)
                keep_state(fact.id)
            elif candidate is None and text is not None and not touched:
                report(theme).removed.append(fact)
            else:
                kept_facts.append(fact)
                if candidate is not None:
                    report(theme).kept.append(fact)
                keep_state(fact.id)
    for fact in fresh.values():
        if fact.id in present or fact.id in all_rejected:
            continue
        theme = fact.theme or "general"
        before = state.get(fact.id)
        # A rejection is undone by removing the id from the sheet's rejected list; while the
        # sheet itself is gone, the state alone remembers it.
        unrejected = before == REJECTED and theme in existing
        if before is not None and not unrejected:
            # The tool wrote it before and it is gone now: a person deleted it.
            out_rejected.setdefault(theme, set()).add(fact.id)
            new_state[fact.id] = REJECTED
            if before != REJECTED:
                report(theme).rejected.append(fact.id)
            continue
        out.setdefault(theme, []).append(fact)
        new_state[fact.id] = fingerprint(fact)
        report(theme).new.append(fact)
    for fact in duplicates:
        report(fact.theme or "general").duplicates.append(fact)
    return MergeResult(out, out_rejected, dict(sorted(new_state.items())), reports)


# --- source records (content/sources.yml) ------------------------------------------------
#
# The same rule for the description of each source: what the tool last wrote is remembered
# (``.extracted.json`` under SOURCES_STATE_KEY: document -> field -> fingerprint), and a field
# whose value differs from it was changed by a person and is kept. Only the reading of the
# text is curated this way (title, byline, date: the ingest heuristics can get them wrong);
# ``sha256`` and ``path`` describe the file itself and always follow it, like a fact's offsets.
# Keys the tool does not write (``url:``, ``notes:``) are never touched.

SOURCE_FIELDS = ("document", "title", "byline", "date", "sha256", "path")
"""The contract's fields of a source record, in the order people read them."""
CURATED_SOURCE_FIELDS = ("title", "byline", "date")
"""Fields a person may correct; a corrected one is never overwritten."""
SOURCES_STATE_KEY = "_sources"
"""The key of the source records' fingerprints in .extracted.json (a fact id is a slug and
never starts with ``_``); a state file without it (written before) simply has no record."""


def field_fingerprint(value: object) -> str:
    """A field's value as the tool wrote it (a YAML date and its ISO text are the same)."""
    payload = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class SourcesReport:
    """What the merge did to content/sources.yml, for the extract command's summary."""

    new: list[str] = field(default_factory=list)
    updated: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    """Document and the fields that took the new reading."""
    unchanged: list[str] = field(default_factory=list)
    kept: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    """Document and the fields a person changed where the extractor now reads otherwise."""
    stale: list[str] = field(default_factory=list)
    """Records whose seed file is gone: kept for a person to delete (with their facts)."""

    def __bool__(self) -> bool:
        return bool(self.new or self.updated or self.unchanged or self.kept or self.stale)


@dataclass(frozen=True, slots=True)
class SourcesMergeResult:
    records: list[dict[str, Any]]
    """Every record as the file should hold it: unknown keys included, in file order."""
    state: dict[str, dict[str, str]]
    report: SourcesReport


_ABSENT = object()


def _place(record: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
    """``record`` with ``key`` set; a missing contract key goes after the contract key before
    it (as the ruamel writer inserts it), so the file keeps the order people read."""
    if key in record:
        return {**record, key: value}
    before = SOURCE_FIELDS[:SOURCE_FIELDS.index(key)] if key in SOURCE_FIELDS else ()
    anchor = next((k for k in reversed(before) if k in record), None)
    if anchor is None:
        return {key: value, **record}
    out: dict[str, Any] = {}
    for k, v in record.items():
        out[k] = v
        if k == anchor:
            out[key] = value
    return out


def merge_sources(
    existing: list[dict[str, Any]],
    extracted: list[dict[str, Any]],
    state: dict[str, dict[str, str]],
    documents: Collection[str],
) -> SourcesMergeResult:
    """Merge the records read this run (``extracted``, contract fields only) into the file's
    records (``existing``, as loaded: one per document).

    ``documents`` names every seed file present (read or not). A record whose seed is gone is
    kept and reported stale, as its facts are; one whose seed could not be read this run is
    left as it is. A record a person deleted while its seed is still there is written again
    (the seed is what says a source exists; remove the seed to drop a source).
    """
    fresh = {r["document"]: r for r in extracted}
    report = SourcesReport()
    new_state: dict[str, dict[str, str]] = {}
    out: list[dict[str, Any]] = []
    for current in existing:
        doc = current["document"]
        reading = fresh.get(doc)
        if reading is None:
            out.append(dict(current))
            if doc in state:
                new_state[doc] = state[doc]
            if doc not in documents:
                report.stale.append(doc)
            continue
        record = dict(current)
        before = state.get(doc, {})
        after: dict[str, str] = {}
        updated: list[str] = []
        kept: list[str] = []
        for key in SOURCE_FIELDS[1:]:
            want = reading.get(key)
            have = current.get(key, _ABSENT)
            have_print = field_fingerprint(None if have is _ABSENT else have)
            want_print = field_fingerprint(want)
            if key in CURATED_SOURCE_FIELDS:
                last = before.get(key)
                # Without a fingerprint (a state file from before, or lost), only a value that
                # already equals the new reading is known not to be a person's.
                touched = have_print != want_print if last is None else have_print != last
                if touched:
                    if last is not None:
                        after[key] = last
                    if have_print != want_print:
                        kept.append(key)
                    continue
                after[key] = want_print
            if have is _ABSENT or have_print != want_print:
                record = _place(record, key, want)
                updated.append(key)
        out.append(record)
        if after:
            new_state[doc] = after
        if updated:
            report.updated.append((doc, tuple(updated)))
        else:
            report.unchanged.append(doc)
        if kept:
            report.kept.append((doc, tuple(kept)))
    known = {r["document"] for r in existing}
    added = [r for r in extracted if r["document"] not in known]
    docs = [r["document"] for r in out]
    # A file in document order (as the tool writes it) stays in order; a person's order stays.
    in_order = docs == sorted(docs)
    for reading in added:
        out.append({key: reading.get(key) for key in SOURCE_FIELDS})
        new_state[reading["document"]] = {key: field_fingerprint(reading.get(key)) for key in CURATED_SOURCE_FIELDS}
        report.new.append(reading["document"])
    if in_order:
        out.sort(key=lambda r: str(r["document"]))
    return SourcesMergeResult(out, dict(sorted(new_state.items())), report)
