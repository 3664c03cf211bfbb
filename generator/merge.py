"""Stage 4: merge freshly extracted facts into the reviewed content, never losing a human edit.

The rule set, in one place:
- a fact a person marked ``reviewed: true`` or changed in any field is kept as it is;
- a fact a person deleted is not added back (its id goes to the sheet's ``rejected`` list);
- a fact a person added by hand stays;
- a fact whose source sentence no longer exists is kept and reported as stale;
- an untouched fact the extractor no longer finds (same source, same sentence) is removed.

"Changed by a person" is decided against a fingerprint of what the tool last wrote for each
id, kept in ``content/.extracted.json`` next to the sheets.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace

from .model import Fact


def fingerprint(fact: Fact) -> str:
    """Everything a person can edit, so any edit changes it."""
    payload = [fact.kind, fact.statement, fact.value, fact.unit, fact.subject, fact.year,
               list(fact.entities), fact.source.document, fact.source.quote, fact.source.start,
               fact.source.end, fact.reviewed, fact.qualifier, fact.theme]
    return hashlib.sha1(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


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
    """Ids a person deleted that extraction found again; recorded, not re-added."""


@dataclass(frozen=True, slots=True)
class MergeResult:
    facts_by_theme: dict[str, list[Fact]]
    rejected_by_theme: dict[str, set[str]]
    state: dict[str, str]
    report: dict[str, MergeReport]


def merge_facts(
    existing: dict[str, list[Fact]],
    rejected: dict[str, set[str]],
    extracted: list[Fact],
    state: dict[str, str],
    source_texts: dict[str, str],
) -> MergeResult:
    """Merge ``extracted`` (already classified) into ``existing`` (theme -> facts).

    ``source_texts`` maps each document processed this run to its text; facts of other
    documents are left alone.
    """
    fresh = {f.id: f for f in extracted}
    all_rejected = set().union(*rejected.values()) if rejected else set()
    present = {f.id for facts in existing.values() for f in facts}
    out: dict[str, list[Fact]] = {}
    new_state: dict[str, str] = {}
    reports: dict[str, MergeReport] = {}
    out_rejected = {theme: set(ids) for theme, ids in rejected.items()}

    def report(theme: str) -> MergeReport:
        return reports.setdefault(theme, MergeReport())

    for theme, facts in existing.items():
        kept_facts = out.setdefault(theme, [])
        for fact in facts:
            touched = fact.reviewed or state.get(fact.id) != fingerprint(fact)
            candidate = fresh.get(fact.id)
            if candidate is not None:
                if touched:
                    kept_facts.append(fact)
                    report(theme).kept.append(fact)
                    if fact.id in state:
                        new_state[fact.id] = state[fact.id]
                    continue
                # Untouched: the extractor's newer reading wins, in the sheet it was in.
                candidate = replace(candidate, theme=theme)
                kept_facts.append(candidate)
                new_state[fact.id] = fingerprint(candidate)
                (report(theme).unchanged if candidate == fact else report(theme).updated).append(candidate)
                continue
            text = source_texts.get(fact.source.document)
            if text is not None and text[fact.source.start:fact.source.end] != fact.source.quote:
                kept_facts.append(fact)
                report(theme).stale.append(fact)
            elif text is not None and not touched:
                report(theme).removed.append(fact)
            else:
                kept_facts.append(fact)
                if fact.id in state:
                    new_state[fact.id] = state[fact.id]
    for fact in extracted:
        if fact.id in present:
            continue
        theme = fact.theme or "general"
        if fact.id in all_rejected:
            continue
        if fact.id in state:
            # The tool wrote it before and it is gone now: a person deleted it.
            out_rejected.setdefault(theme, set()).add(fact.id)
            report(theme).rejected.append(fact.id)
            continue
        out.setdefault(theme, []).append(fact)
        new_state[fact.id] = fingerprint(fact)
        report(theme).new.append(fact)
    return MergeResult(out, out_rejected, dict(sorted(new_state.items())), reports)
