"""Stage 2: Document -> facts, by an ordered list of small recognisers (one module each).

Order matters: recognisers that claim what is *not* a figure (dates, years, digits of
names) run first, then the specific figure shapes (ranges, money, percentages, rankings)
before plain numbers, then claims without figures (records, milestones). Annotators then
fill in unit, qualifier, subject, entities and year. Facts come out in document order and
depend only on the document, so ids are stable across runs.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import operator
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from ..model import Document, Fact, Sentence, Source
from . import (
    compounds,
    dates,
    decimals,
    draws,
    fractions,
    headlines,
    identifiers,
    labels,
    lengths,
    milestones,
    money,
    name_lists,
    names,
    numbers,
    ordinal_counts,
    percentages,
    periods,
    plus_counts,
    qualifiers,
    ranges,
    rankings,
    records,
    repeats,
    signs,
    tallies,
    units,
    years,
)
from .context import Dispatch, Figure, SentenceContext, Trigger
from .entities import acronyms, find_entities, known_caps
from .lexicon import uses_decimal_commas
from .list_units import ListCarry
from .local_dollar import (
    bare_dollar_currency,
    dollar_sign_at,
    is_bare_dollar,
    is_bare_yen,
    is_plain_dollars,
    local_dollar,
    local_yen,
    range_end_after,
)
from .ranked_lists import MARKER, ListItem, is_titled_item, ranked_items, read_item, read_titled_item
from .statements import clause_boundaries, clause_span, clause_statement, statement_for
from .subjects import in_clause, in_quotation, place_after, quoted_speech, respective_subjects, usable_subjects
from .tables import TableRow, find_table_rows, named_unit, pointed_unit, prose_unit, read_row
from .units import noun_phrase_at
from .years import carried_year, figure_years

if TYPE_CHECKING:
    from hashlib import _Hash as Hash

Recogniser = Callable[[SentenceContext], None]


class Reader(NamedTuple):
    """A recogniser and its trigger: read_sentence calls it only on a sentence that holds the
    trigger (context.Trigger), declared next to the recogniser in its module."""

    name: str
    recognise: Recogniser
    trigger: Trigger


RECOGNISERS: list[Reader] = [
    Reader("dates", dates.recognise_dates, dates.TRIGGER),
    Reader("years", years.recognise_years, years.TRIGGER),
    Reader("periods", periods.recognise_periods, periods.TRIGGER),
    Reader("labels", labels.recognise_labels, labels.TRIGGER),
    Reader("identifiers", identifiers.recognise_identifiers, identifiers.TRIGGER),
    Reader("draws", draws.recognise_draws, draws.TRIGGER),
    Reader("tallies", tallies.recognise_tallies, tallies.TRIGGER),
    Reader("compounds", compounds.recognise_compounds, compounds.TRIGGER),
    Reader("name_lists", name_lists.recognise_name_lists, name_lists.TRIGGER),
    Reader("names", names.recognise_names, names.TRIGGER),
    Reader("lengths", lengths.recognise_lengths, lengths.TRIGGER),
    Reader("ranges", ranges.recognise_ranges, ranges.TRIGGER),
    Reader("fractions", fractions.recognise_fractions, fractions.TRIGGER),
    Reader("money", money.recognise_money, money.TRIGGER),
    Reader("percentages", percentages.recognise_percentages, percentages.TRIGGER),
    Reader("plus_counts", plus_counts.recognise_plus_counts, plus_counts.TRIGGER),
    Reader("ordinal_counts", ordinal_counts.recognise_ordinal_counts, ordinal_counts.TRIGGER),
    Reader("rankings", rankings.recognise_rankings, rankings.TRIGGER),
    Reader("repeats", repeats.recognise_repeats, repeats.TRIGGER),
    Reader("numbers", numbers.recognise_numbers, numbers.TRIGGER),
    Reader("decimals", decimals.recognise_decimal_commas, decimals.TRIGGER),
    Reader("signs", signs.apply_signs, signs.TRIGGER),
    Reader("units", units.find_units, units.TRIGGER),
    Reader("records", records.recognise_records, records.TRIGGER),
    Reader("headlines", headlines.recognise_headline_claims, headlines.TRIGGER),
    Reader("headline_superlatives", headlines.recognise_headline_superlatives, headlines.TRIGGER),
    Reader("milestones", milestones.recognise_milestones, milestones.TRIGGER),
    Reader("qualifiers", qualifiers.find_qualifiers, qualifiers.TRIGGER),
]

__all__ = ["RECOGNISERS", "extract_facts", "read_sentence"]

_DISPATCH = Dispatch([reader.trigger for reader in RECOGNISERS])
_RECOGNISE = [reader.recognise for reader in RECOGNISERS]

_sha1 = hashlib.sha1
_START = operator.attrgetter("start")
_SLUG_DROP = re.compile(r"[^a-z0-9]+")
# "[A-Z](?<!\w[A-Z])" is "\b[A-Z]" written so the regex engine can skip to capitals.
_DEMONYM_NP = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?:ese|ian|ean|ish|ican)\s+[a-z]+s\b")
# Units that do not name what is counted (a share, a rank, a sum in pence): the id names the
# subject as well, as it does for a currency code.
_UNITS_NOT_IN_IDS = frozenset({"percent", "percentage points", "rank", "GBp"})
_QUOTE_MARK = re.compile(r"[\"“”]")


# Fact and Source are frozen, so their __init__ sets each field by object.__setattr__, which
# looks the field up on the class first. Their slots' own setters (what that finds) do the
# same work directly, in half the time (tests/test_extract_shortcuts.py compares).
_new_object = object.__new__
_FACT_FIELDS = (
    "id", "kind", "statement", "value", "unit", "subject", "year", "entities", "source",
    "reviewed", "qualifier", "theme", "cues",
)
assert tuple(f.name for f in dataclasses.fields(Fact)) == _FACT_FIELDS, "update _new_fact"
(_set_id, _set_kind, _set_statement, _set_value, _set_unit, _set_subject, _set_year, _set_entities,
 _set_source, _set_reviewed, _set_qualifier, _set_theme, _set_cues) = (
    getattr(Fact, name).__set__ for name in _FACT_FIELDS
)
assert tuple(f.name for f in dataclasses.fields(Source)) == ("document", "quote", "start", "end"), "update _new_source"
_set_document, _set_quote, _set_start, _set_end = (
    getattr(Source, name).__set__ for name in ("document", "quote", "start", "end")
)


def _new_fact(
    fact_id: str, kind: str, statement: str, value: int | float | None, unit: str | None,
    subject: str | None, year: int | None, entities: tuple[str, ...], source: Source, qualifier: str | None,
) -> Fact:
    """``Fact(fact_id, kind, ..., source, False, qualifier)``: not reviewed, no theme yet."""
    fact: Fact = _new_object(Fact)
    _set_id(fact, fact_id)
    _set_kind(fact, kind)
    _set_statement(fact, statement)
    _set_value(fact, value)
    _set_unit(fact, unit)
    _set_subject(fact, subject)
    _set_year(fact, year)
    _set_entities(fact, entities)
    _set_source(fact, source)
    _set_reviewed(fact, False)
    _set_qualifier(fact, qualifier)
    _set_theme(fact, None)
    _set_cues(fact, ())
    return fact


def _new_source(document: str, quote: str, start: int, end: int) -> Source:
    """``Source(document, quote, start, end)``."""
    source: Source = _new_object(Source)
    _set_document(source, document)
    _set_quote(source, quote)
    _set_start(source, start)
    _set_end(source, end)
    return source


def read_sentence(
    text: str, paragraph: int = 0, *, is_title: bool = False, caps: frozenset[str] = frozenset(),
    decimal_commas: bool = False, money_signs: frozenset[str] = frozenset(),
) -> SentenceContext:
    """Run every recogniser over one sentence (exposed for tests and debugging)."""
    ctx = SentenceContext(text, paragraph, is_title=is_title, known_caps=caps, decimal_commas=decimal_commas,
                          money_signs=money_signs)
    # Each reader whose trigger holds (Trigger.holds), its static part decided for all at once.
    recognisers = _RECOGNISE
    for index, figures, when in _DISPATCH.plan(ctx):
        if (figures and not ctx.figures) or (when is not None and not when(ctx)):
            continue
        recognisers[index](ctx)
    if len(ctx.figures) > 1:
        ctx.figures.sort(key=_START)
    return ctx


# In ASCII, the runs of a-z and 0-9 are what is left when every other byte becomes a space
# (what _SLUG_DROP and split find), by bytes.translate several times faster than the regex.
_NOT_SLUG = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))


@functools.lru_cache(maxsize=1024)  # a document repeats its units and cues in many ids
def _slug(text: str, limit: int = 40) -> str:
    low = text.lower()
    if low.isascii():
        words = low.encode().translate(_NOT_SLUG).decode().split()[:5]
    else:
        words = _SLUG_DROP.sub(" ", low).split()[:5]
    slug = "-".join(words)[:limit].strip("-")
    return slug


def _fact_id(prefix: Hash, figure: Figure, subject: str | None) -> str:
    """``prefix`` is the SHA-1 of ``f"{stem}|{sentence text}|"`` encoded, hashed once per
    sentence: each figure's digest goes on from a copy of it."""
    unit = figure.unit
    kind = figure.kind
    if not unit or unit.isupper() or unit in _UNITS_NOT_IN_IDS:
        # What " ".join(x for x in (subject, unit) if x) gives, without the generator.
        base = (f"{subject} {unit}" if subject and unit else subject or unit) or kind
    else:
        base = unit
    # A claim without a figure is named by its cue: "record-world-s-first-1a2b3c".
    value = figure.value
    shown = str(value).replace(".", "-") if value is not None else _slug(figure.cue or "", 24)
    hashed = prefix.copy()
    hashed.update(f"{value}|{figure.start}".encode())
    digest = hashed.hexdigest()[:6]
    return f"{_slug(base) or kind}-{shown or kind}-{digest}"


def _subject(figure: Figure, candidates: list[tuple[int, str]]) -> str | None:
    """The measured thing, else the nearest name before the figure, else the first name."""
    if figure.subject:  # rankings set one only for a place right after a name
        return figure.subject
    if not candidates:
        return None
    # max() of the candidates before the figure, by a loop: there are only a few.
    start = figure.start
    best: tuple[int, str] | None = None
    for c in candidates:
        if c[0] < start and (best is None or c > best):
            best = c
    return best[1] if best is not None else min(candidates)[1]


def _year(figure: Figure, years: list[tuple[int, int]], fallback: int | None) -> int | None:
    if not years:
        return fallback
    if len(years) == 1:  # most sentences name one year
        return years[0][1]
    return min(years, key=lambda y: abs(y[0] - figure.start))[1]


def _paragraph_years(own: list[int | None]) -> list[int | None]:
    """For each sentence, the paragraph's nearest year before it, else the nearest after it.

    Two linear sweeps, so a paragraph of thousands of sentences is not quadratic.
    """
    earlier: list[int | None] = []
    last: int | None = None
    for year in own:
        earlier.append(last)
        if year is not None:
            last = year
    later: list[int | None] = []
    last = None
    for year in reversed(own):
        later.append(last)
        if year is not None:
            last = year
    later.reverse()
    return [e if e is not None else a for e, a in zip(earlier, later, strict=True)]


def _paragraph_groups(sentences: tuple[Sentence, ...]) -> Iterator[list[Sentence]]:
    group: list[Sentence] = []
    for sentence in sentences:
        if group and sentence.paragraph != group[-1].paragraph:
            yield group
            group = []
        group.append(sentence)
    if group:
        yield group


def _title_sentence(document: Document) -> Sentence | None:
    title = document.title
    start = document.text.find(title) if title else -1
    if start < 0 or not title.strip():
        return None
    first_body = document.sentences[0].start if document.sentences else len(document.text)
    if start >= first_body:
        return None
    return Sentence(title, start, start + len(title), -1, document.text.count("\n", 0, start) + 1)


LaidOut = dict[int, tuple[Sentence, SentenceContext, int | None]]
"""Sentence start -> the line to quote, its context and its year, for lines read by layout."""


def _laid_out(document: Document, caps: frozenset[str]) -> LaidOut:
    """Lines whose figures come from their layout, not their words: rows of a text table
    (tables.py) and items of a numbered ranking (ranked_lists.py). Only a sentence that is
    a whole line (after a list marker) can be one."""
    text = document.text
    paragraphs = document.paragraphs
    whole: list[Sentence] = []
    numbered: list[tuple[Sentence, int, int]] = []  # (item, where its marker starts, number)
    for sentence in document.sentences:
        p_start, p_end = paragraphs[sentence.paragraph]
        if sentence.end != p_end or text.find("\n", p_start, p_end) >= 0:
            continue
        if sentence.start == p_start:
            whole.append(sentence)
        elif (marker := MARKER.fullmatch(text, p_start, sentence.start)) is not None:
            numbered.append((sentence, marker.start(), int(marker.group("n"))))
    out: LaidOut = {}
    rows = find_table_rows([(s.line, s.text) for s in whole]) if len(whole) > 2 else {}
    table_unit: str | None = None
    for index, row in rows.items():
        sentence = whole[index]
        if index - 1 not in rows or whole[index - 1].line != sentence.line - 1:  # a table's first row
            table_unit = _table_unit(document, sentence, [rows[k] for k in _run(rows, index)], caps)
        out[sentence.start] = (sentence, read_row(sentence.text, sentence.paragraph, row, caps, table_unit), None)
    for sentence, _, _ in numbered:
        if is_titled_item(sentence.text):  # "8. Harbour Lights 3": a title, no figure
            out[sentence.start] = (sentence, read_titled_item(sentence.text, sentence.paragraph, caps), None)
    if len(numbered) < 3:
        return out
    by_line = {s.line: (s, at) for s, at, _ in numbered}
    items = [ListItem(number, s.text, s.line) for s, _, number in numbered]

    ends = [s.end for s in document.sentences]  # in document order, so sorted

    def lead_in(first: ListItem) -> list[str]:
        """The sentence ending before the list's first marker, and the title."""
        before = bisect.bisect_right(ends, by_line[first.line][1])
        return [document.sentences[before - 1].text, document.title] if before else [document.title]

    for run in ranked_items(items, lead_in):
        # The ranking's year is the lead-in's ("The 2031 Harbour Index"), else the title's.
        year = next((y for t in lead_in(run[0]) if (y := carried_year(read_sentence(t))) is not None), None)
        for item in run:
            sentence, at = by_line[item.line]
            line = _new_sentence_at(text, at, sentence)
            out[sentence.start] = (line, read_item(line.text, sentence.paragraph, item, caps), year)
    return out


def _run(rows: dict[int, TableRow], first: int) -> range:
    """The indexes of the table whose first row is ``first``."""
    end = first
    while end + 1 in rows:
        end += 1
    return range(first, end + 1)


_MAX_LEAD_IN = 4  # paragraphs before a table that may say what it counts
_SENTENCE_CLOSE = tuple('.!?"”’)…:;')


def _table_unit(document: Document, first: Sentence, rows: list[TableRow], caps: frozenset[str]) -> str | None:
    """What the cells of a table without a unit of their own count, from what the reader sees
    above it: the header or title line's unit note ("Launches (rockets)"), else the prose
    of its section (its total with a unit, or a sentence pointing at the table)."""
    lines = document.text.split("\n")
    above = [lines[n - 1] for n in (first.line - 1, first.line - 2) if n >= 1 and lines[n - 1].strip()]
    for line in above:
        if unit := named_unit(line):
            return unit
    lead_in = _lead_in(document, first)
    contexts = [read_sentence(s.text, s.paragraph, caps=caps) for s in lead_in]
    return prose_unit(contexts, rows) or pointed_unit([s.text for s in lead_in], noun_phrase_at)


def _lead_in(document: Document, first: Sentence) -> list[Sentence]:
    """The prose sentences of the table's section: back from its first row (past a header line
    right above it) to a heading or another table, at most _MAX_LEAD_IN paragraphs."""
    sentences = document.sentences
    at = bisect.bisect_left([s.start for s in sentences], first.start)
    out: list[Sentence] = []
    paragraphs: set[int] = set()
    for sentence in reversed(sentences[:at]):
        p_start, p_end = document.paragraphs[sentence.paragraph]
        whole_line = sentence.start == p_start and sentence.end == p_end
        if whole_line and not sentence.text.rstrip().endswith(_SENTENCE_CLOSE):
            if sentence.line >= first.line - 1:
                continue  # the table's header row
            break  # a heading, a table row or a source line: another section
        paragraphs.add(sentence.paragraph)
        if len(paragraphs) > _MAX_LEAD_IN:
            break
        out.append(sentence)
    out.reverse()
    return out


def _new_sentence_at(text: str, start: int, sentence: Sentence) -> Sentence:
    """``sentence`` widened back to ``start`` (its list marker), quoted verbatim."""
    return Sentence(text[start:sentence.end], start, sentence.end, sentence.paragraph, sentence.line)


def extract_facts(document: Document) -> list[Fact]:
    """All facts of a document, in document order, with ``theme`` left empty."""
    stem = document.stem
    caps = known_caps(s.text for s in document.sentences)
    decimal_commas = uses_decimal_commas(document.text)
    signs = money.money_signs(document.text)  # letter signs the document writes as money
    acr = acronyms(document.text)
    facts: list[Fact] = []
    ids: set[str] = set()
    next_suffix: dict[str, int] = {}  # per id base: no suffix below this one is free
    seen_entities: set[str] = set()
    local = local_dollar(document)  # what a bare "$" stands for, when not the US dollar
    yen = local_yen(document)  # a bare "¥" is the yen, not the yuan

    def emit(sentence: Sentence, ctx: SentenceContext, year: int | None, title: bool) -> None:
        if not ctx.figures:
            return  # entities are only needed for facts; most sentences have none
        text = sentence.text
        entities = find_entities(text, ctx.labels, caps, acr)
        if title:
            entities = [e for e in entities if e[1] in seen_entities]
        names = tuple([name for _, name in entities])
        if not title:
            seen_entities.update(names)
        # Searched outright: the regex engine skips to capitals faster than any test of the
        # sentence's words for a demonym's ending could rule the search out.
        demonyms = [(m.start(), m.group()) for m in _DEMONYM_NP.finditer(text)]
        candidates = entities + demonyms if demonyms else entities
        candidates = usable_subjects(text, candidates, ctx.lower)
        source = _new_source(stem, text, sentence.start, sentence.end)
        boundaries = clause_boundaries(text)
        # What every figure of the sentence shares, worked out once: the id's hashed prefix
        # and, without clause boundaries, the statement (the whole sentence); with them, the
        # statement of each clause once, however many figures it holds.
        prefix = _sha1(f"{stem}|{text}|".encode())
        whole = None if boundaries else statement_for(text, 0, 0, boundaries)
        statements: dict[tuple[int, int], str] = {}
        length = len(text)
        quotes = quoted_speech(text) if candidates and _QUOTE_MARK.search(text) else []
        # "3.2% in Beta" (place_after) needs a name and the word "in": most sentences skip it.
        places = bool(candidates) and "in" in ctx.words
        respective = (respective_subjects(text, [f.start for f in ctx.figures if f.value is not None], candidates)
                      if "respectively" in ctx.words else {})
        # Most sentences name at most one year and confine none: every figure's year is then
        # the same (what _year(figure_years(...)) gives), found once.
        years = ctx.years
        shared_year = not ctx.year_scopes and len(years) <= 1
        sentence_year = (years[0][1] if years else year) if shared_year else None
        last_candidate = candidates[-1][0] if candidates else -1
        previous_end, previous_unit = -1, None  # the figure before: a range's first end
        for figure in ctx.figures:
            start = figure.start
            if local is not None and figure.unit == "USD":
                sign = dollar_sign_at(text, start)
                if sign is not None and is_bare_dollar(text, sign):
                    figure.unit = bare_dollar_currency(text, sign, figure.end, local)
                elif sign is None and previous_unit == local and range_end_after(text, previous_end, start):
                    figure.unit = local  # "$2-3 billion": the second end takes the first's dollar
                elif sign is None and is_plain_dollars(text, start, figure.end):
                    figure.unit = local  # "a billion dollars" in a text placed in Canada
                previous_end, previous_unit = figure.end, figure.unit
            elif yen and figure.unit == "CNY" and is_bare_yen(text, start):
                figure.unit = "JPY"
            # in_clause keeps every candidate when none comes after the figure.
            near = in_clause(text, start, candidates, boundaries) if boundaries and last_candidate >= start \
                else candidates
            if quotes:
                near = in_quotation(start, near, quotes)
            subject = respective.get(start) if respective else None
            subject = subject or (
                figure.subject or (place_after(text, start, figure.end, near) if places else None)
                or _subject(figure, near))
            fact_id = _fact_id(prefix, figure, subject)
            if fact_id in ids:  # the same sentence repeated in a document: keep ids unique
                base, n = fact_id, next_suffix.get(fact_id, 2)
                while (fact_id := f"{base}-{n}") in ids:
                    n += 1
                next_suffix[base] = n + 1  # ids only grow, so smaller suffixes stay taken
            ids.add(fact_id)
            if whole is None:
                clause = clause_span(length, start, figure.end, boundaries)
                statement = statements.get(clause)
                if statement is None:
                    statement = statements[clause] = clause_statement(text, *clause)
            else:
                statement = whole
            facts.append(_new_fact(
                fact_id,
                figure.kind,
                statement,
                figure.value,
                figure.unit,
                subject,
                sentence_year if shared_year else _year(figure, figure_years(ctx, start), year),
                names,
                source,
                figure.qualifier,
            ))

    laid_out = _laid_out(document, caps)  # tables and numbered rankings, read line by line
    lists = ListCarry()  # a list may run over several sentences (a line per member)
    for group in _paragraph_groups(document.sentences):
        lines = [laid_out.get(s.start) for s in group]
        contexts = []
        for sentence, line in zip(group, lines, strict=True):
            if line is None:
                ctx = read_sentence(sentence.text, sentence.paragraph, caps=caps, decimal_commas=decimal_commas,
                                    money_signs=signs)
                lists.read(ctx)  # a table's cells carry no list unit
            else:
                ctx = line[1]
            contexts.append(ctx)
        years = _paragraph_years([carried_year(ctx) for ctx in contexts])
        for sentence, line, ctx, year in zip(group, lines, contexts, years, strict=True):
            if line is not None:
                sentence, _, own_year = line
                year = own_year if own_year is not None else year
            emit(sentence, ctx, year, title=False)

    title = _title_sentence(document)
    if title is not None:
        body = facts
        facts = []
        ctx = read_sentence(title.text, -1, is_title=True, caps=caps, decimal_commas=decimal_commas,
                            money_signs=signs)
        emit(title, ctx, None, title=True)
        facts.extend(body)
    return facts
