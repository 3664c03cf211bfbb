"""Stage 3: Fact + taxonomy -> theme and the cues that decided it.

Themes come from content/taxonomy.yml: a theme or a cue is added there, never in code.
A fact's score for a theme adds up cue hits in its own sentence, a unit that points at the
theme, hits in the rest of its paragraph, and the document's overall mix of themes as a
small prior that breaks ties and places sentences that name no topic of their own.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Container, Iterable, Mapping, Sequence
from pathlib import Path

import yaml

from .errors import ContentError, Diagnostic
from .model import Document, Fact, Scope, Taxonomy, Theme
from .sheets import load_yaml

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
_THEME_KEYS = {
    "slug": True, "title": True, "description": False, "cues": False, "units": False, "weak": False,
    "min_sentences": False, "weak_counts": False, "min_paragraphs": False, "narrowed_by": False,
    "widened_by": False, "backdrop_clauses": False,
}
_SCOPE_KEYS = {"words": True, "measures": True, "unless": False}

# Weights: the sentence speaks for the fact; the paragraph and document only lean.
W_SENTENCE = 3.0
W_UNIT = 4.0
W_PARAGRAPH = 1.0
W_DOCUMENT = 1.5


# --- loading --------------------------------------------------------------------------


def _error(path: Path, node: yaml.Node | None, message: str) -> ContentError:
    line, col = (node.start_mark.line + 1, node.start_mark.column + 1) if node is not None else (1, 1)
    return ContentError(Diagnostic(str(path), line, col, message))


def _mapping(node: yaml.Node) -> dict[str, yaml.Node]:
    assert isinstance(node, yaml.MappingNode)
    return {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def _as_written(node: yaml.Node) -> str:
    """What a wrong value is, for its message: the scalar as written, or "list", "mapping"."""
    return node.value if isinstance(node, yaml.ScalarNode) else type(node).__name__.replace("Node", "").lower()


def _string(path: Path, node: yaml.Node, what: str) -> str:
    if not (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str" and node.value.strip()):
        raise _error(path, node, f"{what}: expected a non-empty string, got {_as_written(node)!r}")

    return str(node.value).strip()


def _strings(path: Path, node: yaml.Node, what: str) -> tuple[str, ...]:
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return ()
    if not isinstance(node, yaml.SequenceNode):
        raise _error(path, node, f"{what}: expected a list of words or phrases")
    return tuple(_string(path, item, f"{what}[{i}]") for i, item in enumerate(node.value))


def _count(path: Path, node: yaml.Node, what: str) -> int:
    if not (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:int" and node.value.isdigit()
            and int(node.value) >= 1):
        raise _error(path, node, f"{what}: expected a whole number from 1, got {_as_written(node)!r}")
    return int(node.value)


def _flag(path: Path, node: yaml.Node, what: str) -> bool:
    if not (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:bool"):
        raise _error(path, node, f"{what}: expected true or false, got {_as_written(node)!r}")
    return node.value.lower() in ("true", "yes", "on")


def _backdrop_clauses(path: Path, node: yaml.Node, what: str) -> tuple[bool, tuple[str, ...]]:
    """A theme's ``backdrop_clauses``: true or false, or a list of the theme's subjects
    (``Theme.backdrop_subjects``), which turns the clauses on too."""
    if isinstance(node, yaml.SequenceNode):
        return True, _strings(path, node, what)
    return _flag(path, node, what), ()


def _scopes(path: Path, node: yaml.Node, what: str) -> tuple[Scope, ...]:
    """A theme's ``widened_by``: a list of mappings of ``words``, ``measures`` and ``unless``."""
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return ()
    if not isinstance(node, yaml.SequenceNode):
        raise _error(path, node, f"{what}: expected a list of scopes (words, measures, unless)")
    scopes = []
    for i, item in enumerate(node.value):
        where = f"{what}[{i}]"
        if not isinstance(item, yaml.MappingNode):
            raise _error(path, item, f"{where}: expected a mapping with words and measures")
        fields = _known_fields(path, item, _SCOPE_KEYS, where)
        scopes.append(Scope(
            words=_strings(path, fields["words"], f"{where}.words"),
            measures=_strings(path, fields["measures"], f"{where}.measures"),
            unless=_strings(path, fields["unless"], f"{where}.unless") if "unless" in fields else (),
        ))
    return tuple(scopes)


def _known_fields(path: Path, node: yaml.MappingNode, keys: Mapping[str, bool], where: str) -> dict[str, yaml.Node]:
    """The mapping's fields, each key one of ``keys`` and every required one (True) there."""
    fields = _mapping(node)
    for key, required in keys.items():
        if required and key not in fields:
            raise _error(path, node, f"{where}: missing '{key}'")
    for key, value in fields.items():
        if key not in keys:
            raise _error(path, value, f"{where}: unknown key {key!r}, expected one of {sorted(keys)}")
    return fields


def load_taxonomy(path: Path) -> Taxonomy:
    """Read and check a taxonomy file; ContentError with path:line:col on any problem."""
    # The same safe loader as the fact sheets: no Python tags, no aliases, a size limit.
    root = load_yaml(path).node
    if not isinstance(root, yaml.MappingNode):
        raise _error(path, root, "expected a mapping with 'themes' (a list) and 'fallback'")
    top = _mapping(root)
    if "themes" not in top or not isinstance(top["themes"], yaml.SequenceNode):
        raise _error(path, top.get("themes", root), "'themes': expected a list of themes")
    themes: list[Theme] = []
    seen: set[str] = set()
    for i, node in enumerate(top["themes"].value):
        where = f"themes[{i}]"
        if not isinstance(node, yaml.MappingNode):
            raise _error(path, node, f"{where}: expected a mapping with slug, title, cues")
        fields = _known_fields(path, node, _THEME_KEYS, where)
        slug = _string(path, fields["slug"], f"{where}.slug")
        if not _SLUG.match(slug):
            raise _error(
                path, fields["slug"], f"{where}.slug: expected lower-case letters, digits and '-', got {slug!r}"
            )
        if slug in seen:
            raise _error(path, fields["slug"], f"{where}.slug: duplicate theme {slug!r}")
        seen.add(slug)
        backdrop_clauses, backdrop_subjects = (
            _backdrop_clauses(path, fields["backdrop_clauses"], f"{where}.backdrop_clauses")
            if "backdrop_clauses" in fields else (False, ())
        )
        themes.append(Theme(
            slug=slug,
            title=_string(path, fields["title"], f"{where}.title"),
            description=_string(path, fields["description"], f"{where}.description") if "description" in fields else "",
            cues=_strings(path, fields["cues"], f"{where}.cues") if "cues" in fields else (),
            units=_strings(path, fields["units"], f"{where}.units") if "units" in fields else (),
            weak=_strings(path, fields["weak"], f"{where}.weak") if "weak" in fields else (),
            min_sentences=(_count(path, fields["min_sentences"], f"{where}.min_sentences")
                           if "min_sentences" in fields else 1),
            weak_counts=(_flag(path, fields["weak_counts"], f"{where}.weak_counts")
                         if "weak_counts" in fields else False),
            min_paragraphs=(_count(path, fields["min_paragraphs"], f"{where}.min_paragraphs")
                            if "min_paragraphs" in fields else 1),
            narrowed_by=(_strings(path, fields["narrowed_by"], f"{where}.narrowed_by")
                         if "narrowed_by" in fields else ()),
            widened_by=_scopes(path, fields["widened_by"], f"{where}.widened_by") if "widened_by" in fields else (),
            backdrop_clauses=backdrop_clauses,
            backdrop_subjects=backdrop_subjects,
        ))
    fallback = _string(path, top["fallback"], "fallback") if "fallback" in top else "general"
    if fallback not in seen:
        raise _error(path, top.get("fallback", root), f"fallback: {fallback!r} is not one of the themes {sorted(seen)}")
    return Taxonomy(tuple(themes), fallback)


# --- matching -------------------------------------------------------------------------


_WORD = re.compile(r"[^\W_]+")
# In ASCII, [^\W_] is [A-Za-z0-9]: the words are what is left when every other byte becomes
# a space, which bytes.translate and split find several times faster than the regex.
_NOT_ALNUM = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))


def _words(text: str) -> list[str]:
    if text.isascii():
        return text.encode().translate(_NOT_ALNUM).decode().split()
    return _WORD.findall(text)


@functools.lru_cache(maxsize=1024)  # a text is read by each matcher in turn, in two passes over a document
def _text_words(text: str) -> tuple[str, ...]:
    """``_words`` of a text the matchers read, made once for all of them: each sentence is read
    by the cue matcher and again by the narrowing, widening and weak ones (a tuple: shared)."""
    return tuple(_words(text))
_ACRONYM = re.compile(r"[A-Z]{2}")


def _cue_key(cue: str) -> tuple[str, ...]:
    """Words of a cue; acronyms keep their case ("IP" is not "ip"), other cues are lower-cased."""
    words = _WORD.findall(cue)
    return tuple(words) if _ACRONYM.search(cue) else tuple(w.lower() for w in words)


def _variants(word: str) -> tuple[str, ...]:
    """A word and its singular guesses, so "robots" and "batches" match "robot", "batch"."""
    if word.endswith("es"):
        return (word, word[:-1], word[:-2])
    if word.endswith("s"):
        return (word, word[:-1])
    return (word,)


_NO_LENGTHS: frozenset[int] = frozenset()
_NO_WORDS: frozenset[str] = frozenset()
_MAX_SEEN = 8192
"""Budget of ``_Matcher.seen``: a few documents' vocabulary (about 0.8 MB with ``starters``
and ``singles``), so a stream of ever new words keeps memory flat."""


_Opener = tuple[frozenset[int], frozenset[str], tuple[int, tuple[tuple[str, str], ...]] | None]
"""What ``_Matcher._longest_at`` needs of a word: see ``_Matcher._opener``."""


@dataclasses.dataclass(frozen=True)
class _Matcher:
    """Cues as word sequences in a dict: one pass over a text's words, no regex per cue."""

    cues: dict[tuple[str, ...], tuple[tuple[str, str], ...]]
    """Cue words -> the (theme slug, cue) pairs that use them."""
    firsts: frozenset[str]
    longest: int
    units: dict[str, tuple[str, ...]]
    lengths: dict[str, frozenset[int]] = dataclasses.field(default_factory=dict)
    """First word -> the lengths (above one word) of the cues that start with it."""
    seconds: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    """First word -> the second words of the cues that start with it, with their plurals:
    common words ("in", "of", "its") start a few long cues, and the next word rules most of
    them out at once."""
    seen: set[str] = dataclasses.field(default_factory=set)
    """Words (as written) already sorted into ``starters`` or not: a text's words are
    mostly ones seen before, so each is looked at once, not once per sentence."""
    starters: set[str] = dataclasses.field(default_factory=set)
    """The words of ``seen`` that may start a cue."""
    singles: dict[str, tuple[int, tuple[tuple[str, str], ...]] | None] = dataclasses.field(default_factory=dict)
    """Word that starts no cue of several words -> the one-word cue it is, if any."""
    openers: dict[str, _Opener] = dataclasses.field(default_factory=dict)
    """Word that starts a cue of several words -> what ``_longest_at`` needs of it (bounded
    like ``singles``): common words ("in", "of") start long cues and come in every sentence."""
    unit_stems: dict[str, list[tuple[int, str, str]]] = dataclasses.field(default_factory=dict)
    """Theme unit without its final "s"s -> (position, theme slug, unit): a fact's unit is
    looked up by its words, not compared with every theme's units."""
    unit_names: dict[str, list[tuple[int, str, str]]] = dataclasses.field(default_factory=dict)
    """The same, by the theme unit as written."""
    abbreviations: frozenset[str] = frozenset()
    """Theme units written as abbreviations ("Gbps"): their final "s" is no plural, so "GBP"
    (pounds) must not match "Gbps"."""

    def __post_init__(self) -> None:
        position = 0
        for slug, units in self.units.items():
            for unit in units:
                stem = unit if unit in self.abbreviations else unit.rstrip("s")
                self.unit_stems.setdefault(stem, []).append((position, slug, unit))
                self.unit_names.setdefault(unit, []).append((position, slug, unit))
                position += 1

    def _may_start(self, word: str) -> bool:
        low = word.lower()
        firsts = self.firsts
        # An acronym's plural keeps its capitals ("UAVs", "LLMs"): its singular is a first as written.
        return low in firsts or word in firsts or low.rstrip("s") in firsts or word.rstrip("s") in firsts

    def hits(self, text: str) -> list[tuple[str, str]]:
        words = _text_words(text)
        # Most sentences use only words seen before: one test (issuperset makes a set of the
        # words, which costs less than asking for each word in Python).
        starters = self.starters
        if not self.seen.issuperset(words):
            new = set(words) - self.seen
            if len(self.seen) + len(new) > _MAX_SEEN:  # bounded: memory stays flat however much is read
                self.seen.clear()
                self.starters.clear()
                self.singles.clear()
                self.openers.clear()
                new = set(words)
            if len(new) > _MAX_SEEN:  # one text of more words than the budget: not remembered
                starters = {w for w in new if self._may_start(w)}
            else:
                self.seen.update(new)
                starters.update(w for w in new if self._may_start(w))
        if starters.isdisjoint(words):
            return []  # most sentences name no cue at all
        # Most words start no cue: try cues only at the few that may.
        at = [start for start, word in enumerate(words) if word in starters]
        out: list[tuple[str, str]] = []
        i = 0
        singles = self.singles
        for start in at:
            if start < i:
                continue  # inside the cue just matched
            word = words[start]
            found = singles[word] if word in singles else self._longest_at(words, start)
            if found:
                out.extend(found[1])
                i = start + found[0]
        return out

    def _opener(self, word: str) -> _Opener:
        """The lengths (above one word) of the cues that ``word`` starts, as written or
        lower-cased, their second words (with the plurals ``_variants`` brings back to them)
        and the one-word cue ``word`` is, if any."""
        low = word.lower()
        lengths = self.lengths.get(word, _NO_LENGTHS) | self.lengths.get(low, _NO_LENGTHS)
        seconds = self.seconds.get(word, _NO_WORDS) | self.seconds.get(low, _NO_WORDS)
        return lengths, seconds, self._single(word, low)

    def _single(self, word: str, low: str) -> tuple[int, tuple[tuple[str, str], ...]] | None:
        """The one-word cue ``word`` is (as written, else lower-cased; plurals aside)."""
        if self.longest:
            for w in (word, low):
                for last in _variants(w):
                    match = self.cues.get((last,))
                    if match:
                        return 1, match
        return None

    def _longest_at(self, words: Sequence[str], i: int) -> tuple[int, tuple[tuple[str, str], ...]] | None:
        """The longest cue starting at word ``i``, so "Global Innovation Index" wins over "index"."""
        word = words[i]
        opener = self.openers.get(word)
        if opener is None:
            opener = self._opener(word)
            # Looked up once per word, not at every use (within the budget of ``seen``): for
            # a word that starts no longer cue, the one-word cue is the whole answer.
            if word in self.seen:
                if opener[0]:
                    self.openers[word] = opener
                else:
                    self.singles[word] = opener[2]
        lengths, seconds, single = opener
        # Only the lengths of cues that start with this word can match, and only when the
        # next word may be their second (which rules most of them out at once).
        if lengths and i + 1 < len(words) and ((nxt := words[i + 1]) in seconds or nxt.lower() in seconds):
            for n in range(min(self.longest, len(words) - i), 1, -1):
                if n not in lengths:
                    continue
                seq = words[i:i + n]
                for s in (seq, [w.lower() for w in seq]):
                    for last in _variants(s[-1]):
                        match = self.cues.get((*s[:-1], last))
                        if match and (match := _written_as_name(match, seq)):
                            return n, match
        return single


# Lower-case words that join the capitalised words of a name ("Bank of Westia").
_NAME_JOINERS = frozenset(("of", "and", "for", "the", "de", "du", "la", "del", "von", "van"))


@functools.lru_cache(maxsize=1024)
def _name_capitals(cue: str) -> tuple[bool, ...] | None:
    """For a name of several words written with capitals ("China Mobile", "Global Innovation
    Index"), which of its words are capitalised; None for any other cue. Such a name matches
    only with those capitals, as written or in capitals ("CHINA MOBILE"): in lower case its words
    are a phrase of common words ("mobile phone sales in china", "prime video slots"). A word
    joined by hyphens is one word ("T-Mobile", "Wi-Fi", "K-pop" match in any case)."""
    if len(cue.split()) < 2:
        return None
    words = _WORD.findall(cue)
    capitals = tuple(w[:1].isupper() for w in words)
    if not capitals[0] or not all(up or w in _NAME_JOINERS for up, w in zip(capitals, words, strict=True)):
        return None
    return capitals


def _written_as_name(pairs: tuple[tuple[str, str], ...], seq: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """The (slug, cue) pairs a cue match of the words ``seq`` keeps: a name's only where the
    text writes its capitals (``_name_capitals``)."""
    if all(cue.islower() for _, cue in pairs):
        return pairs  # most cues: no capitals, nothing to check
    return tuple(
        (slug, cue) for slug, cue in pairs
        if (capitals := _name_capitals(cue)) is None
        or all(w[:1].isupper() for up, w in zip(capitals, seq, strict=False) if up)
    )


def _abbreviation(unit: str) -> bool:
    """"Gbps", "kWh": its last word has capitals, and a final "s" (if any) that is not an
    acronym's plural ("GPUs", "FLOPs" are plurals of GPU and FLOP; "GPU hours" of hour)."""
    last = unit.split()[-1] if unit.split() else unit
    if last.islower() or last.isupper():
        return False
    return not (last.endswith("s") and last[:-1].isupper())


def _singular(word: str) -> str | None:
    """The singular of a plural word ("fisheries" -> "fishery", "batches" -> "batch"), or None
    for a word that does not look plural ("class", "status", "analysis", "robotics")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")) and len(word) > 3:
        return word[:-1]
    return None


def _add_singular_cues(cues: dict[tuple[str, ...], list[tuple[str, str]]]) -> None:
    """Let a plural cue match its singular too ("telecommunications" in "a telecommunication
    cable"): the matcher finds plurals of a singular cue, not the reverse. Cues written with
    capitals (names, acronyms: "Mars") are kept as written, and a singular that is a cue of
    its own keeps only its own themes."""
    for key, pairs in list(cues.items()):
        singular = _singular(key[-1])
        if singular is None or any(cue != cue.lower() for _, cue in pairs):
            continue
        cues.setdefault((*key[:-1], singular), list(pairs))


@functools.lru_cache(maxsize=16)
def _matcher(taxonomy: Taxonomy, singulars: bool = True) -> _Matcher:
    """The themes' cues; with ``singulars``, a plural cue matches its singular too."""
    cues: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for theme in taxonomy.themes:
        for cue in theme.cues:
            key = _cue_key(cue)
            if key:
                cues.setdefault(key, []).append((theme.slug, cue))
    if singulars:
        _add_singular_cues(cues)
    firsts = frozenset(k[0] for k in cues) | frozenset(k[0].rstrip("s") for k in cues)
    units = {t.slug: tuple(u.lower() for u in t.units) for t in taxonomy.themes}
    abbreviations = frozenset(u.lower() for t in taxonomy.themes for u in t.units if _abbreviation(u))
    lengths: dict[str, set[int]] = {}
    seconds: dict[str, set[str]] = {}
    for key in cues:
        if len(key) > 1:
            lengths.setdefault(key[0], set()).add(len(key))
            # The second word and the plurals _variants() reads back to it.
            seconds.setdefault(key[0], set()).update((key[1], key[1] + "s", key[1] + "es"))
    return _Matcher(
        {k: tuple(v) for k, v in cues.items()}, firsts, max((len(k) for k in cues), default=0), units,
        {first: frozenset(ns) for first, ns in lengths.items()},
        {first: frozenset(ws) for first, ws in seconds.items()}, abbreviations=abbreviations,
    )


def _words_matcher(
    words: Iterable[tuple[str, tuple[str, ...]]], fallback: str, *, units: bool = False, singulars: bool = True
) -> _Matcher:
    """A matcher of other words than the themes' cues (weak words, narrowing words, scopes,
    backdrop subjects): each slug's words as its cues, and as its units with ``units``."""
    themes = tuple(Theme(slug, "", "", ws, ws if units else ()) for slug, ws in words)
    return _matcher(Taxonomy(themes, fallback), singulars)


def _weak_matcher(taxonomy: Taxonomy) -> _Matcher:
    """The weak words of each theme, matched both as cues of the sentence and as units."""
    return _words_matcher(((t.slug, t.weak) for t in taxonomy.themes), taxonomy.fallback, units=True)


# --- scope: one organisation's own results ---------------------------------------------


def _narrowing_matcher(taxonomy: Taxonomy) -> _Matcher | None:
    """Each theme's ``narrowed_by`` words as its cues, or None when no theme has any."""
    if not any(t.narrowed_by for t in taxonomy.themes):
        return None
    return _words_matcher(((t.slug, t.narrowed_by) for t in taxonomy.themes), taxonomy.fallback)


def _narrowed(
    hits: list[tuple[str, str]], text: str, narrowing: _Matcher | None, fallback: str
) -> tuple[list[tuple[str, str]], set[str]]:
    """The sentence's hits less the cues of a theme whose ``narrowed_by`` words the sentence
    names, and the themes it narrows. The figure is one organisation's own ("its net profit fell
    as interest rates rose"): the theme's words are its backdrop. The narrowing words take their
    place as the fallback's cues, which place nothing but say why the fact is there."""
    if narrowing is None:
        return hits, set()
    found = _hits_outside_names(narrowing, text)
    if not found:
        return hits, set()
    if hits and any(word.endswith("'s") for _, word in found):
        found = [hit for hit in found if not _cue_possessive(hit, hits)]
        if not found:
            return hits, set()
    if hits:
        # A narrowing word within one of the theme's own cues ("exports of" in "exports of
        # goods") is that cue's, which names the whole: it narrows nothing.
        found = [hit for hit in found if not _within_cue(hit, hits)]
        if not found:
            return hits, set()
    narrowed = {slug for slug, _ in found}
    if not narrowed & {slug for slug, _ in hits}:
        return hits, narrowed
    return [hit for hit in hits if hit[0] not in narrowed] + [(fallback, word) for _, word in found], narrowed


def _cue_possessive(narrowing: tuple[str, str], hits: list[tuple[str, str]]) -> bool:
    """Whether a possessive narrowing word ("sector's") is the possessive of one of the theme's
    own cues in the sentence ("the manufacturing sector's output": the manufacturing sector is the
    economy's part, as statistics measure it), which narrows nothing."""
    slug, word = narrowing
    if not word.endswith("'s"):
        return False
    noun = word[:-2].split()[-1].lower()
    return any(hit_slug == slug and cue.split()[-1].lower() == noun for hit_slug, cue in hits)


def _within_cue(narrowing: tuple[str, str], hits: list[tuple[str, str]]) -> bool:
    """Whether a narrowing word is part of one of its theme's cues in the sentence, or one
    such cue runs into it ("Norland's exports of all goods": the cue "'s exports")."""
    slug, word = narrowing
    word = word.lower()
    first = word.split()[0]
    return any(hit_slug == slug and ((len(cue) > len(word) and word in cue.lower())
                                     or cue.lower().split()[-1] == first)
               for hit_slug, cue in hits)


# --- scope: a whole country's or market's figure ----------------------------------------


_Widening = tuple[_Matcher, tuple[str, ...], frozenset[str]]
"""The scope words, measures and ``unless`` words of every theme's ``widened_by``, as cues of
pseudo-themes ("<n>w", "<n>m", "<n>u" for the n-th scope); each scope's theme; and the first
words of the measures, lower-cased, with their plurals: a sentence without one is not read."""


@functools.lru_cache(maxsize=16)
def _widening_matcher(taxonomy: Taxonomy) -> _Widening | None:
    """Each theme's ``widened_by`` scopes in one matcher, or None when no theme has any. A
    measure matches as written (and its plurals): "listings" is a market's count, "its listing"
    one company's."""
    owners: list[str] = []
    roles: list[tuple[str, tuple[str, ...]]] = []
    firsts: set[str] = set()
    for theme in taxonomy.themes:
        for scope in theme.widened_by:
            n = len(owners)
            owners.append(theme.slug)
            for role, words in (("w", scope.words), ("m", scope.measures), ("u", scope.unless)):
                if words:
                    roles.append((f"{n}{role}", words))
            for measure in scope.measures:
                first = _WORD.findall(measure.lower())[:1]
                firsts.update(w + end for w in first for end in ("", "s", "es"))
    if not owners:
        return None
    return _words_matcher(roles, "", singulars=False), tuple(owners), frozenset(firsts)


def _widened(
    hits: list[tuple[str, str]], text: str, widening: _Widening | None, narrowed: Container[str]
) -> list[tuple[str, str]]:
    """The sentence's hits with the measures of each scope whose words the sentence names: the
    figure covers a whole country or market ("employment rose by 40,000 nationwide", "nickel rose
    to $17,200 a tonne"), so its measure is a cue of the scope's theme. A sentence that names the
    scope's ``unless`` words (one sector: "employment in the mining sector") or the theme's
    ``narrowed_by`` words (one organisation's own figure) is not widened."""
    if widening is None:
        return hits
    matcher, owners, firsts = widening
    # Most sentences name no measure: they are not read again (nor are their words remembered).
    if firsts.isdisjoint(_words(text.lower())):
        return hits
    found = _hits_outside_names(matcher, text)
    if not found:
        return hits
    named: dict[int, dict[str, list[str]]] = {}
    for role, cue in found:
        named.setdefault(int(role[:-1]), {}).setdefault(role[-1], []).append(cue)
    added: list[tuple[str, str]] = []
    for n, words in named.items():
        owner = owners[n]
        if "w" in words and "m" in words and "u" not in words and owner not in narrowed:
            added += [(owner, cue) for cue in dict.fromkeys(words["m"]) if (owner, cue) not in hits]
    return hits + added if added else hits


# --- backdrop: a clause of cause or circumstance ----------------------------------------


# The words that open a clause of cause or circumstance: what moved the figure ("as higher
# interest rates kept buyers away", "helped by lower inflation", "on the back of rate cuts") or
# what stood around it ("amid a trade war", "despite weak economic growth"). "As" is a
# connector only before a clause, not in a comparison or a role ("as high as", "as well as",
# "as a share of GDP", "such as", "known as"), and "after" only before a noun phrase of its
# own ("after the central bank cut rates"; "growth after inflation" adjusts the figure).
_BACKDROP_OPENER = (
    r"(?:as(?!\s+(?:well|a\s+(?:share|percentage|proportion|result|whole|ratio|part)|part|of|per|much|many|"
    r"high|low|long|far|little|few|soon|if|though|such|expected|forecast|planned|usual|measured|"
    r"defined|recorded|reported|estimated|shown|seen|set|stated|opposed|compared|against|to|for|"
    r"with|in|at|on|by|from|it\s+(?:is|was)|is|was|were)\b)"
    r"|amid|amidst|despite|because\s+of|due\s+to|owing\s+to|thanks\s+to|helped\s+by|aided\s+by|"
    r"boosted\s+by|driven\s+by|fuelled\s+by|fueled\s+by|supported\s+by|hit\s+by|hurt\s+by|dragged\s+down\s+by|"
    r"weighed\s+down\s+by|held\s+back\s+by|on\s+the\s+back\s+of|in\s+the\s+face\s+of|"
    r"against\s+a\s+backdrop\s+of|in\s+spite\s+of|"
    r"after\s+(?:the|a|an|its|their|this|that|years|months|weeks))"
)
# The clause after the main one runs to the sentence's end; one before it ("Amid a trade war,
# wine exports fell") to its comma.
_BACKDROP_AFTER = re.compile(r"[\s,;(\u2013\u2014-]" + _BACKDROP_OPENER + r"\s")
# The lead figure's sentence (``_lead_themes``) ends its statement at the same openers and at
# one of contrast or reason ("while imports fell", "because buyers waited"): these open a
# statement of its own elsewhere, which keeps the theme's cues, but never what the lead counts.
_LEAD_CLAUSE_END = re.compile(
    r"[\s,;(\u2013\u2014-](?:" + _BACKDROP_OPENER + r"|because|while|although|though|whereas)\s"
)
# "As" after a word that makes it a comparison or a name ("such as", "twice as", "known as").
_COMPARED = re.compile(r"\b(?:such|so|twice|same|just|well|known|much|many|times|half|thrice)\s+$", re.IGNORECASE)
_BACKDROP_BEFORE = re.compile(r"^\W*" + _BACKDROP_OPENER + r"\s[^,;:]{2,160}?,", re.IGNORECASE)


def _clause_opener(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first opener of ``pattern`` in ``text`` that is no comparison's "as"."""
    return next((m for m in pattern.finditer(text) if not _COMPARED.search(text, 0, m.start() + 1)), None)


def _backdrop_split(text: str) -> tuple[str, str] | None:
    """The sentence as its main clause and its clauses of cause or circumstance (one before
    the main clause, one after it), or None when it has none. A clause that gives a figure of
    its own ("as inflation eased to 2.1%") is a statement of its own, not a backdrop: it stays
    in the main clause."""
    main, backdrop = text, ""
    before = _BACKDROP_BEFORE.match(text)
    if before is not None and not any(c.isdigit() for c in before.group()):
        main, backdrop = text[before.end():], before.group()
    after = _clause_opener(_BACKDROP_AFTER, main)
    if after is not None and not any(c.isdigit() for c in main[after.start():]):
        main, backdrop = main[:after.start()], backdrop + main[after.start():]
    return (main, backdrop) if backdrop else None


_Backdrop = tuple[frozenset[str], "_Matcher | None"]
"""The themes with ``backdrop_clauses``, and their ``backdrop_subjects`` as their cues (None
when none lists any)."""


def _backdrop_of(taxonomy: Taxonomy) -> _Backdrop | None:
    """The taxonomy's ``backdrop_clauses`` themes and subjects, or None when no theme has them."""
    themes = frozenset(t.slug for t in taxonomy.themes if t.backdrop_clauses)
    if not themes:
        return None
    subjects = [(t.slug, t.backdrop_subjects) for t in taxonomy.themes if t.backdrop_subjects]
    return themes, _words_matcher(subjects, taxonomy.fallback) if subjects else None


def _without_backdrop(
    hits: list[tuple[str, str]], text: str, matcher: _Matcher, short_forms: Container[str], backdrop: _Backdrop
) -> list[tuple[str, str]]:
    """The sentence's hits less the cues of a ``backdrop_clauses`` theme that only its clause
    of cause or circumstance names: the main clause counts something else (a sector's sales,
    one company's profit, a defence budget) and the theme's words say what moved it ("as
    higher interest rates kept buyers away"). A main clause that names the theme by a cue is
    the theme's own series ("GDP grew 2% as exports rose", "inflation eased as fuel prices
    fell"), which keeps them all, as does one that names one of its ``backdrop_subjects``
    ("households lost 2% of their income as inflation outpaced pay"), and one that names
    nothing, neither a figure nor another theme's cue ("much of the rise was due to dearer credit": the
    cause is what it says)."""
    themes, subjects = backdrop
    if not any(slug in themes for slug, _ in hits):
        return hits
    split = _backdrop_split(text)
    if split is None:
        return hits
    main = split[0]
    in_main = {slug for slug, _ in _sentence_hits(matcher, main, short_forms)}
    if not any(c.isdigit() for c in main) and not in_main - themes:
        return hits
    if subjects is not None:
        in_main.update(slug for slug, _ in _hits_outside_names(subjects, main))
    dropped = {slug for slug, _ in hits if slug in themes and slug not in in_main}
    return [hit for hit in hits if hit[0] not in dropped] if dropped else hits


@dataclasses.dataclass(frozen=True, slots=True)
class _Scoping:
    """What reads a sentence's scope once its cues are found, for every text of a document
    (sentence, title, a quote edited by hand) alike: ``narrowed_by``, ``widened_by`` and the
    clauses of cause or circumstance."""

    matcher: _Matcher
    narrowing: _Matcher | None
    widening: _Widening | None
    clauses: _Backdrop | None
    short_forms: Container[str]
    fallback: str
    borrowed: Container[str] = ()  # the themes the document names only in names (``_borrowed_themes``)

    def sentence_hits(self, text: str) -> list[tuple[str, str]]:
        """``_sentence_hits`` of a text of this document, before its scope is read."""
        return _sentence_hits(self.matcher, text, self.short_forms, self.borrowed)

    def scoped(self, hits: list[tuple[str, str]], text: str) -> tuple[list[tuple[str, str]], set[str]]:
        """The text's hits narrowed, widened and less its backdrop clauses' cues, and the themes
        it narrows."""
        placing, _, narrowed = self.placing_and_leaning(hits, text)
        return placing, narrowed

    def placing_and_leaning(
        self, hits: list[tuple[str, str]], text: str
    ) -> tuple[list[tuple[str, str]], list[tuple[str, str]], set[str]]:
        """The hits that place the text's own figures (as ``scoped``), the hits that lean its
        paragraph and the document (the same less the measures ``widened_by`` added: one object
        with the first when it added none), and the themes the text narrows."""
        hits, narrowed = _narrowed(hits, text, self.narrowing, self.fallback)
        placing = _widened(hits, text, self.widening, narrowed)
        if self.clauses is None:
            return placing, hits, narrowed
        leaning = _without_backdrop(hits, text, self.matcher, self.short_forms, self.clauses)
        if placing is hits:
            return leaning, leaning, narrowed
        return _without_backdrop(placing, text, self.matcher, self.short_forms, self.clauses), leaning, narrowed


# A run of two or more capitalised words joined by spaces, hyphens or a spaced ampersand: a
# name such as "Northfield Quantum Rail Works" or a company's division "Space & Launch Services"
# (an ampersand joins words of one name; prose writes "and"). Its last word says what the thing
# is; the words before it only name it. A possessive ends the name ("the Coral Sea's Lyre Reef"
# is two names). "\b[A-Z]" written as a capital not after a word character: the same matches,
# but the search can skip to the next capital (a pattern opening with \b is tried at every
# position).
_NAME_START = r"[A-Z](?<!\w[A-Z])\w*"
_NAME_RUN = re.compile(_NAME_START + r"(?:(?:[ -]+|\s+&\s+)[A-Z]\w*)+")
_LOWER_WORD = re.compile(r"\b[a-z]{4,}")
# An office's name joins its portfolio's words by "and", "of" or "for" ("the Ministry of Trade
# and Travel", "Trade and Travel Minister Ana Ruiz"): the portfolio names the office, not the
# sentence's topic, as the leading words of any name do. So does a body of members' name ("the
# Robotics and Automation Employers Association", "the Federation of Metal and Robotics
# Employers"): its trades name its members. Only these names are read across these words: a
# festival's kinds ("the Film and Music Festival") say what the festival is, and a council's
# ("the Arts Council of Norland") is one of its cues.
_OFFICE_WORD = re.compile(
    r"\b(?:Minister|Ministry|Secretary|Department|Commissioner|Association|Federation|Confederation|Union|"
    r"Chamber|Guild|Syndicate)\b")
_OFFICE_NAME = re.compile(_NAME_START + r"(?:(?:[ -]+|\s+(?:and|of|for)\s+)[A-Z]\w*)+")


# An acronym closing a word after lower-case letters ("NorthwindAI", "zetaGPU"): a name's last
# part, which says what the thing is, as a name's last word does.
_CAMEL_ACRONYM = re.compile(r"\b([A-Za-z]*[a-z])([A-Z]{2,})\b")
# What any such word contains (a lower-case letter, then two capitals): searched first, as it
# needs no scan back to the word's start. Written from the first capital, which the regex
# engine skips to, and looking back for the lower-case letter: most letters are lower-case,
# and "[a-z][A-Z]{2}" stops at each of them.
_CAMEL_JOIN = re.compile(r"[A-Z](?<=[a-z][A-Z])[A-Z]")


def _possessive_pattern(cue: str) -> re.Pattern[str]:
    """What a possessive cue ("'s imports") is written as: an apostrophe, "s", its words."""
    words = _WORD.findall(cue)[1:]
    # The last word in any number ("'s imports" matches "the country's import" too).
    last = words[-1].rstrip("sy")
    written = [*map(re.escape, words[:-1]), re.escape(last) + r"\w*"]
    return re.compile(r"['\u2019]s\W+" + r"\W+".join(written), re.IGNORECASE)


_POSSESSIVES: dict[str, re.Pattern[str]] = {}


def _written_possessives(text: str, hits: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The hits less possessive cues ("'s imports") that the text does not write with an
    apostrophe: the words drop it, so the "S" of an abbreviation ("the U.S. imports", "the
    U.S. economy") would read as a possessive."""
    kept: list[tuple[str, str]] = []
    left: dict[str, int] = {}
    for hit in hits:
        cue = hit[1]
        if cue.startswith("'"):
            if cue not in left:
                pattern = _POSSESSIVES.get(cue)
                if pattern is None:
                    pattern = _POSSESSIVES[cue] = _possessive_pattern(cue)
                left[cue] = len(pattern.findall(text))
            if left[cue] <= 0:
                continue
            left[cue] -= 1
        kept.append(hit)
    return kept


# An acronym in brackets: "gross domestic product (GDP)", "artificial intelligence (AI)".
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")


def _without_restated_acronyms(text: str, hits: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The hits less an acronym in brackets that spells the words just before it: it restates
    them ("gross domestic product (GDP)" is one mention), so a yardstick such as "of gross
    domestic product" is not outvoted by its own acronym, nor is a cue counted twice."""
    for m in _BRACKETED_ACRONYM.finditer(text):
        acronym = m.group(1)
        if not _spells(acronym, _WORD.findall(text[:m.start()])):
            continue
        for i, (_, cue) in enumerate(hits):
            if cue == acronym:
                hits = hits[:i] + hits[i + 1:]
                break
    return hits


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether the acronym is the initials of the words just before it."""
    before = words[-len(acronym):]
    return len(before) == len(acronym) and "".join(w[0] for w in before).upper() == acronym


def _short_forms(document: Document) -> frozenset[str]:
    """The acronyms the document gives in brackets after a capitalised name they do not spell
    ("the Metal Employers' Association (AGV)", a short form in the name's own language): they
    stand for that name wherever the document writes them, not for a cue that happens to share
    their letters (a robotics "AGV"). An acronym that spells the words before it ("Automated
    Guided Vehicles (AGV)", "Gross Domestic Product (GDP)") stays the cue those words are."""
    found: dict[str, None] = {}
    for text in (document.title, *(s.text for s in document.sentences)):
        if "(" not in text:
            continue
        for m in _BRACKETED_ACRONYM.finditer(text):
            words = _WORD.findall(text[:m.start()])
            if words and words[-1][0].isupper() and not words[-1].isupper() and not _spells(m.group(1), words):
                found[m.group(1)] = None
    return frozenset(found)


# An acronym written with dots ("A.I.", "G.D.P."): house style in some papers for the same word.
_DOTTED_ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])\.(?:[A-Z]\.)+")  # \b as _NAME_RUN writes it


def _undotted(match: re.Match[str]) -> str:
    return match.group().replace(".", "")


# A work's title in quotation marks ("Beyond the Seamount", \u201cSong of the Deep\u201d): every
# word capitalised but the small ones. Straight single quotes are left out, as they are
# apostrophes too.
_QUOTED_TITLE = re.compile("[\"\u201c\u2018]([A-Z0-9][^\"\u201c\u201d\u2018\u2019\\n]{0,80}?)[\"\u201d\u2019]")
_TITLE_SMALL_WORDS = frozenset(("a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "or", "with",
                                "from", "by"))


def _is_title(inner: str) -> bool:
    """Whether quoted words are a title: each word capitalised (or a digit, or a small word),
    so a quoted remark ("The ocean is warming") is not one."""
    words = _words(inner)
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words)


def _quoted_titles(text: str) -> list[str]:
    """The quoted titles of works in ``text``: a cue among their words names the work (a film
    called "Beyond the Seamount" earns box-office money, not ocean data), even their last word,
    which in a name says what the thing is."""
    return [m.group(1) for m in _QUOTED_TITLE.finditer(text) if _is_title(m.group(1))]


# A body of members (an employers' association, a union, a chamber, a party): a name that is one
# names its members, and an acronym among its leading words is part of the name ("the Northern
# AGV Employers Association"), not a cue, as a lower-case cue there is not.
_BODY = (r"(?:association|federation|confederation|union|council|chamber|employers|society|guild|league|"
         r"syndicate|party|club)s?")
_BODY_WORD = re.compile(rf"\b{_BODY}\b", re.IGNORECASE)
# What names the body beside the name: its next word after a possessive ("AGV Employers'
# Association"), an apposition ("AGV Banken, the banks' employers' association,"), or the words
# just before it ("the employers' association AGV Banken").
_BODY_AFTER = re.compile(rf"['\u2019]?\s+{_BODY}\b|\s*,\s+(?:a|an|the)\s[^,.;:()]{{0,50}}?\b{_BODY}\b",
                         re.IGNORECASE)
_BODY_BEFORE = re.compile(rf"\b{_BODY}['\u2019]?\s+$", re.IGNORECASE)
_ACRONYM_CUE = re.compile(r"[A-Z][A-Z0-9]+")


# The last word of a venue's, a team's or an event's name: a brand cue before it names the sponsor
# ("Optus Stadium", "the Netflix Cup"), not the brand's trade, as a lower-case cue there would not.
_SPONSORED = re.compile(r"Stadium|Arena|Park|Oval|Ground|Dome|Cup|Trophy|Shield|Series|League|Championships?|"
                        r"Classic|Open|Marathon|Knockout|Derby|Prix")


def _of_a_body(text: str, run: re.Match[str]) -> bool:
    """Whether the name ``run`` is a body of members' (``_BODY_WORD`` in it, or beside it)."""
    return (_BODY_WORD.search(run.group()) is not None or _BODY_AFTER.match(text, run.end()) is not None
            or _BODY_BEFORE.search(text, max(0, run.start() - 40), run.start()) is not None)


def _last_word_at(name: str) -> int:
    """Where the last word of a name (``_NAME_RUN``, ``_OFFICE_NAME``) starts."""
    return max(name.rfind(" "), name.rfind("-")) + 1


def _lower_hits(matcher: _Matcher, text: str) -> list[tuple[str, str]]:
    """The matcher's hits in ``text`` written in lower case: the cues a name may borrow."""
    return [hit for hit in matcher.hits(text) if hit[1].islower()]


def _hits_outside_names(matcher: _Matcher, text: str) -> list[tuple[str, str]]:
    """The matcher's hits in ``text`` less the lower-case cues that only name something: a cue
    among the leading words of a capitalised name ("Open Internet Puzzle League" is no
    internet news). A cue written with capitals (AI, Mars, Global Innovation Index) is a name
    itself and counts; so does the name's last word ("the Pacific Ocean" is an ocean), and a
    headline in title case, which has no lower-case words to tell names from. A quoted
    title (``_quoted_titles``) names a work, its last word too. An acronym
    written onto the end of a name ("NorthwindAI") is read as its last word, and one written
    with dots ("A.I.") as the acronym."""
    text = _acronyms_apart(text)
    hits = matcher.hits(text)
    if any(cue.startswith("'") for _, cue in hits):
        hits = _written_possessives(text, hits)
    if hits and "(" in text:
        hits = _without_restated_acronyms(text, hits)
    if not hits or not _LOWER_WORD.search(text):
        return hits
    return _less(hits, _hits_in_names(matcher, text))


@functools.lru_cache(maxsize=1024)
def _acronyms_apart(text: str) -> str:
    """``text`` with its dotted acronyms undotted and an acronym closing a word written apart
    (see _hits_outside_names): the same text comes to it once per matcher (cues, narrowing,
    widening, weak words), so it is worked out once."""
    if "." in text and _DOTTED_ACRONYM.search(text):
        text = _DOTTED_ACRONYM.sub(_undotted, text)
    if _CAMEL_JOIN.search(text) and _CAMEL_ACRONYM.search(text):
        text = _CAMEL_ACRONYM.sub(r"\1 \2", text)
    return text


def _hits_in_names(matcher: _Matcher, text: str) -> list[tuple[str, str]]:
    """The hits that ``_hits_outside_names`` reads as part of a name: every lower-case cue of a
    quoted title, and a leading word's cue of a capitalised name (a lower-case one; an acronym
    in a body's name; a brand before a sponsored venue's or event's last word)."""
    named: list[tuple[str, str]] = []
    if '"' in text or "\u201c" in text or "\u2018" in text:
        for title in _quoted_titles(text):
            named += _lower_hits(matcher, title)
        text = _QUOTED_TITLE.sub(lambda m: " " * len(m.group()) if _is_title(m.group(1)) else m.group(), text)
    runs: list[re.Match[str]] = list(_NAME_RUN.finditer(text))
    if _OFFICE_WORD.search(text):
        names = {run.group() for run in runs}
        runs += [run for run in _OFFICE_NAME.finditer(text)
                 if _OFFICE_WORD.search(run.group()) and run.group() not in names]
    for run in runs:
        name = run.group()
        last = _last_word_at(name)
        sponsored = _SPONSORED.fullmatch(name[last:]) is not None
        for hit in matcher.hits(name[:last - 1]):
            # An acronym is read as part of the name only in a body's name (looked at rarely:
            # few names lead with an acronym cue), a brand only in a sponsored venue's or event's.
            acronym = _ACRONYM_CUE.fullmatch(hit[1]) is not None
            if hit[1].islower() or (acronym and _of_a_body(text, run)) or (sponsored and not acronym):
                named.append(hit)
    return named


# An enumeration of things: three items or more, joined by commas and closed by "and", "or"
# or "as well as" ("seeds, fertiliser and machinery"), or each with its own figure ("tea
# (31%), coffee (22%), cocoa (9%)"), or two items or more after a word that says they are
# examples ("fields such as farming and mining"). An item is a short noun phrase: one to four
# words, none a figure (a figure names an amount, and "grossing over 5 million" is a
# clause), not opened by a word that opens a clause ("as", "which"). The first item (one to
# three words) follows a word that opens a list ("such as", "including", "from", "are", a
# preposition) or a clause boundary, so that the end of a longer clause before a comma is not
# read as an item. At most a dozen items are read at a time, so that a long run of commas
# without an "and" is searched in linear time.
_LIST_WORD = (
    r"(?!(?:as|while|which|who|whose|that|whether|when|where|because|but|although|though)\b)"
    r"[^\W\d_][\w'\u2019-]*"
)
_SHARE = r"\s+at\s+\d[\d.,]*\s*(?:per\s*cent|percent|%)"
_LIST_FIGURE = rf"(?:\s*\([^()]*\d[^()]*\)|{_SHARE})"
# What may follow an item's words: anything in brackets, or its share. One pattern, so that
# an item with a figure in brackets matches it one way only (the search stays linear).
_ITEM_TAIL = rf"(?:\s*\([^()]*\)|{_SHARE})?"
_FIRST_ITEM = rf"{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,2}}{_ITEM_TAIL}"
_LIST_ITEM = rf"{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,3}}{_ITEM_TAIL}"
_EXAMPLES_OPENER = r"\b(?:such\s+as|including|like|notably|especially|namely)\s+"
_LIST_OPENER = (
    rf"(?:^|(?<=[,:;(\u2013\u2014])\s*|{_EXAMPLES_OPENER}|"
    r"\b(?:includes?|included|from|to|of|in|on|for|with|as|are|is|were|was|between|among)\s+)"
)
_AND_OR = r"(?:and|or|as\s+well\s+as)"
# Alternatives laid out by "either" ("rises by either 3%, price inflation or the rise in earnings"): a rate
# may be one of them, so an item is a short noun phrase or a figure.
_ALTERNATIVE = rf"(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)?|{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,3}})"
_CLOSED_LIST = rf"{_FIRST_ITEM}(?:,\s+{_LIST_ITEM}){{1,12}},?\s+{_AND_OR}\s+{_LIST_ITEM}"
_FIGURES_LIST = (
    rf"{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,2}}{_LIST_FIGURE}"
    rf"(?:,\s+{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,3}}{_LIST_FIGURE}){{2,12}}"
)


@functools.lru_cache(maxsize=2)  # with the list-of-figures branch and without
def _enumeration(figures: bool = True) -> re.Pattern[str]:
    """The enumeration search; without ``figures``, its list of figures never matches (a
    branch that cannot match anywhere in a text changes no match of it, only the time)."""
    figures_list = _FIGURES_LIST if figures else "(?!)"
    return re.compile(
        rf"{_LIST_OPENER}(?:(?P<closed>{_CLOSED_LIST})|(?P<figures>{figures_list}))"
        rf"|{_EXAMPLES_OPENER}(?P<examples>{_FIRST_ITEM}\s+{_AND_OR}\s+{_LIST_ITEM})"
        rf"|\beither\s+(?P<alternatives>{_ALTERNATIVE}(?:,\s+{_ALTERNATIVE}){{1,12}},?\s+or\s+{_LIST_ITEM})"
    )


# Each of the first two items of a list of figures ends with its figure, then a comma:
# a text with fewer than two such commas has none, and skips that branch, the slower half
# of the search. Written from the comma, which the regex engine skips to.
_FIGURE_ITEM_END = re.compile(r",(?:(?<=\),)|(?<=%,)|(?<=cent,))")
# What every enumeration holds, cheap to look for, so most sentences skip the search: a comma
# with no other comma before the closing "and"/"or", a figure closed before a comma, or a word
# that opens examples (_may_enumerate).
_CLOSING_AFTER_COMMA = re.compile(r",[^,]*?\s(?:and|or|as\s+well\s+as)\s")
_EXAMPLES = re.compile(_EXAMPLES_OPENER)
_EXAMPLE_WORDS = ("such", "including", "like", "notably", "especially", "namely")


def _may_enumerate(text: str) -> bool:
    """Whether ``text`` holds what every enumeration holds. Three searches, each of which the
    regex engine runs fast (from a comma, or only where an example word is in the text): one
    search for any of the three is tried at every offset."""
    return (
        _CLOSING_AFTER_COMMA.search(text) is not None or _FIGURE_ITEM_END.search(text) is not None
        or (any(word in text for word in _EXAMPLE_WORDS) and _EXAMPLES.search(text) is not None)
    )
_CLOSING = re.compile(r"(?:and|or|as\s+well\s+as)\s+")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_LAST_ITEM = re.compile(r"(?:,|\s)\s*(?:and|or|as\s+well\s+as)\s+")


def _list_items(enumeration: str) -> list[str]:
    """The items of an enumeration, without their figures: split at its commas, the last one
    at its "and"/"or" when no comma comes before it ("A, B and C")."""
    *head, last = re.split(r",\s+", _BRACKETED.sub("", enumeration))
    closing = _CLOSING.match(last)
    if closing:  # "A, B, and C"
        return [*head, last[closing.end():]]
    return [*head, *re.split(r"\s+(?:and|or|as\s+well\s+as)\s+", last, maxsplit=1)]


def _shared_head(item: str, hit: tuple[str, str], matcher: _Matcher) -> bool:
    """Whether the hit is the plural noun that closes the last item and so names every item
    ("the Northern, Southern and Arctic Oceans", "cargo, tanker and research vessels")."""
    last = item.split()[-1] if item.split() else ""
    return last.endswith("s") and hit in _hits_outside_names(matcher, last)


def _without_list_examples(matcher: _Matcher, text: str, hits: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The hits less cues that are one item of an enumeration whose other items name other
    things: the list names examples ("services from payroll, robotics and hosting", "goods such
    as shoes, phones and toys"), not the sentence's topic, and so do three alternatives or more
    laid out by "either" (a pension that rises by "either 3%, price inflation or the rise in earnings" is
    pegged to inflation, not inflation news). A list whose items name one theme twice or more
    ("orbiters, landers and rovers") is about that theme and keeps its cues."""
    if not hits or not _may_enumerate(text):
        return hits
    kept = list(hits)
    pos = 0
    enumeration = _enumeration(figures=len(_FIGURE_ITEM_END.findall(text)) >= 2)
    while (m := enumeration.search(text, pos)) is not None:
        group = next(name for name in ("closed", "figures", "examples", "alternatives") if m.group(name))
        items = _list_items(m.group(group))
        # Two lists may share an item ("from A, B and C to D, E and F"): look again from the
        # last item of a list closed by "and" or "or".
        closings = list(_LAST_ITEM.finditer(m.group(group))) if group != "figures" else []
        pos = m.start(group) + closings[-1].end() if closings else m.end()
        if len(items) < (2 if group == "examples" else 3):
            continue
        by_item = [_hits_outside_names(matcher, item) for item in items]
        named: dict[str, int] = {}
        for item_hits in by_item:
            for slug in {slug for slug, _ in item_hits}:
                named[slug] = named.get(slug, 0) + 1
        for i, item_hits in enumerate(by_item):
            for hit in item_hits:
                shared = i == len(items) - 1 and _shared_head(items[i], hit, matcher)
                if named[hit[0]] == 1 and hit in kept and not shared:
                    kept.remove(hit)
    return kept


def _sentence_hits(
    matcher: _Matcher, text: str, short_forms: Container[str] = (), borrowed: Container[str] = ()
) -> list[tuple[str, str]]:
    """The cues that speak for a sentence: ``_hits_outside_names`` less the examples of a list,
    the acronyms that the document gives as a name's short form (``_short_forms``) and the
    last words of names of the themes the document names in no other way (``borrowed``,
    ``_borrowed_themes``)."""
    hits = _without_list_examples(matcher, text, _hits_outside_names(matcher, text))
    if short_forms and hits:
        hits = [hit for hit in hits if hit[1] not in short_forms]
    return _without_borrowed(matcher, text, hits, borrowed)


# "the" before a name says it is a place or an institution named for what it is ("the Pacific
# Ocean", "the Royal Marines"), not a firm's or a brand's name.
_THE_BEFORE = re.compile(r"(?:^|\W)the\s+$", re.IGNORECASE)


def _after_the(text: str, start: int) -> bool:
    """Whether "the" stands just before ``start``."""
    return _THE_BEFORE.search(text[max(0, start - 6):start]) is not None


# A name of one capitalised word inside a sentence, after a lower-case word, a figure or a comma
# ("app maker Rocket's round"), not a run's word (``_NAME_RUN``) nor a sentence's first word.
_ONE_WORD_NAME = re.compile(r"(?<![\w'\u2019-])(?:[a-z][\w'\u2019-]*|\d[\d.,]*)[,;]? ([A-Z][a-z]+)\b(?![ -][A-Z])")


def _name_heads(matcher: _Matcher, text: str) -> list[tuple[str, str]]:
    """The lower-case cues that are the last word of a capitalised name not after "the", of two
    words or more or of one inside a sentence: a company's or a brand's name ("First Quantum",
    a miner; "Keel Marine", a shipping data firm; "Rocket", an app maker). A headline in title
    case has no names to tell apart (none)."""
    if not _LOWER_WORD.search(text):
        return []
    heads: list[tuple[str, str]] = []
    for run in _NAME_RUN.finditer(text):
        name = run.group()
        # "The" opening a sentence is read into the name.
        if not name.startswith("The ") and not _after_the(text, run.start()):
            heads += _lower_hits(matcher, name[_last_word_at(name):])
    for word in _ONE_WORD_NAME.finditer(text):
        if not _after_the(text, word.start(1)):
            heads += _lower_hits(matcher, word.group(1))
    return heads


def _without_borrowed(
    matcher: _Matcher, text: str, hits: list[tuple[str, str]], borrowed: Container[str]
) -> list[tuple[str, str]]:
    """``hits`` less the last words of names (``_name_heads``) of a ``borrowed`` theme."""
    if not borrowed or not any(slug in borrowed for slug, _ in hits):
        return hits
    return _less(hits, [hit for hit in _name_heads(matcher, text) if hit[0] in borrowed])


def _less(hits: list[tuple[str, str]], drop: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``hits`` less one occurrence of each hit in ``drop``."""
    if not drop:
        return hits
    left = list(drop)
    kept = []
    for hit in hits:
        if hit in left:
            left.remove(hit)
        else:
            kept.append(hit)
    return kept


def _borrowed_themes(
    matcher: _Matcher, weak_matcher: _Matcher | None, texts: Sequence[tuple[str, list[tuple[str, str]]]]
) -> frozenset[str]:
    """The themes that the document (each text with its hits) names only by the last word of
    a company's or a brand's name (``_name_heads``): the name borrows the word, and the firm is
    no thing of the theme (a miner called "First Quantum", a shipping data firm called "Keel
    Marine"). A firm of the theme's own ("Westia Quantum" making qubits, "Norvik Telekom" and
    its fibre network) is named by what it makes or does elsewhere too: a cue outside its name,
    or a weak word of the theme in a text that does not name the firm (beside the name, a weak
    word may be the name's own compound: "Keel Marine vessel data")."""
    named: set[str] = set()  # themes named outside names (membership only: the answer is a set)
    heads: set[str] = set()
    head_texts: dict[int, set[str]] = {}  # text -> the themes of its names' last words
    for i, (text, hits) in enumerate(texts):
        if not hits:
            continue
        own = hits
        if any(cue.islower() for _, cue in hits):
            found = _name_heads(matcher, text)
            if found:
                head_texts[i] = {slug for slug, _ in found}
                heads |= head_texts[i]
                own = _less(hits, found)
        named.update(slug for slug, _ in own)
    borrowed = heads - named
    if borrowed and weak_matcher is not None:
        for i, (text, _) in enumerate(texts):
            weak = {slug for slug, _ in _hits_outside_names(weak_matcher, text)} & borrowed
            borrowed -= weak - head_texts.get(i, set())
            if not borrowed:
                break
    return frozenset(borrowed)


def _unit_themes(unit: str | None, matcher: _Matcher) -> list[tuple[str, str]]:
    """(theme slug, theme unit) for each theme unit that is a word of ``unit`` (plurals
    aside) or ``unit`` itself, in taxonomy order."""
    if not unit:
        return []
    low = unit.lower()
    found = set(matcher.unit_names.get(low, ()))
    stems = matcher.unit_stems
    for word in low.split():
        found.update(stems.get(word.rstrip("s"), ()))
        found.update(stems.get(word, ()))  # an abbreviation, kept whole ("gbps")
    return [(slug, u) for _, slug, u in sorted(found)]


def _weak_units(
    unit: str | None, weak_matcher: _Matcher, cache: dict[str | None, list[tuple[str, str]]]
) -> list[tuple[str, str]]:
    """``_unit_themes`` of the weak words, looked up once per unit and document."""
    found = cache.get(unit)
    if found is None:
        found = cache[unit] = _unit_themes(unit, weak_matcher)
    return found


_FACT_FIELDS = (
    "id", "kind", "statement", "value", "unit", "subject", "year", "entities", "source",
    "reviewed", "qualifier", "theme", "cues",
)
# _with_theme sets Fact's fields by hand (dataclasses.replace is several times slower).
assert tuple(f.name for f in dataclasses.fields(Fact)) == _FACT_FIELDS, "update _with_theme"


# Fact is frozen, so its __init__ sets each field by object.__setattr__, which looks the
# field up on the class first. Its slots' own setters (what that finds) do the same work
# directly: a fact is made in half the time (tests/test_extract_shortcuts.py compares).
_new_object = object.__new__
(_set_id, _set_kind, _set_statement, _set_value, _set_unit, _set_subject, _set_year, _set_entities,
 _set_source, _set_reviewed, _set_qualifier, _set_theme, _set_cues) = (
    getattr(Fact, name).__set__ for name in _FACT_FIELDS
)


def _with_theme(fact: Fact, theme: str, cues: tuple[str, ...]) -> Fact:
    """``dataclasses.replace(fact, theme=theme, cues=cues)``."""
    new: Fact = _new_object(Fact)
    _set_id(new, fact.id)
    _set_kind(new, fact.kind)
    _set_statement(new, fact.statement)
    _set_value(new, fact.value)
    _set_unit(new, fact.unit)
    _set_subject(new, fact.subject)
    _set_year(new, fact.year)
    _set_entities(new, fact.entities)
    _set_source(new, fact.source)
    _set_reviewed(new, fact.reviewed)
    _set_qualifier(new, fact.qualifier)
    _set_theme(new, theme)
    _set_cues(new, cues)
    return new


def _counts(hits: list[tuple[str, str]]) -> dict[str, int]:
    """Hits per theme, in order of first hit (as Counter counts them; a plain dict is faster)."""
    counts: dict[str, int] = {}
    for slug, _ in hits:
        counts[slug] = counts.get(slug, 0) + 1
    return counts


def _rest_of_paragraph(
    paragraph: int | None, sentence_hits: list[tuple[str, str]], paragraph_counts: dict[int, Mapping[str, int]]
) -> dict[str, int]:
    """Theme counts of the paragraph's hits less the sentence's own (which it contains)."""
    if paragraph is None:
        return {}
    if not sentence_hits:
        return dict(paragraph_counts[paragraph])  # counts are all positive
    own = _counts(sentence_hits)
    return {slug: n - own.get(slug, 0) for slug, n in paragraph_counts[paragraph].items() if n > own.get(slug, 0)}


def _paragraph_cues(paragraph: int | None, theme: str, by_paragraph: dict[int, list[tuple[str, str]]]) -> list[str]:
    """The paragraph's cues for a theme, in order. The sentence's own cues are among them,
    but they come first in a fact's cues anyway, so they need not be taken out."""
    if paragraph is None:
        return []
    return list(dict.fromkeys(c for slug, c in by_paragraph[paragraph] if slug == theme))


def _quiet_paragraphs(by_paragraph: dict[int, list[tuple[str, str]]]) -> set[int]:
    """The paragraphs none of whose sentences hits a cue."""
    return {paragraph for paragraph, hits in by_paragraph.items() if not hits}


def _weak_hits(weak_matcher: _Matcher, text: str, memo: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """``_hits_outside_names`` of the weak words, worked out once per text of a document:
    the lede's sentences are read for weak words by several steps."""
    found = memo.get(text)
    if found is None:
        found = memo[text] = _hits_outside_names(weak_matcher, text)
    return found


def _count_weak_sentences(
    document: Document, by_sentence: dict[tuple[int, int], list[tuple[str, str]]],
    doc_sentences: dict[str, int], min_sentences: Mapping[str, int], taxonomy: Taxonomy,
    weak_matcher: _Matcher | None, weak_memo: dict[str, list[tuple[str, str]]],
) -> None:
    """Add to ``doc_sentences`` the sentences that name a ``weak_counts`` theme by a weak word
    only, for such a theme that a cue names but too few sentences to lean the document: a
    streaming article names its topic once ("music") and streams and artists throughout, a
    passing mention ("a promotion with a rapper") names it once and nothing else."""
    short = {t.slug for t in taxonomy.themes
             if t.weak_counts and 0 < doc_sentences.get(t.slug, 0) < min_sentences.get(t.slug, 1)}
    if not short or weak_matcher is None:
        return
    for s in document.sentences:
        named = {slug for slug, _ in by_sentence[(s.start, s.end)]}
        for slug in {slug for slug, _ in _weak_hits(weak_matcher, s.text, weak_memo)} & (short - named):
            doc_sentences[slug] += 1


_SENTENCE_END = (".", "!", "?", ".\u201d", ".\"", "?\u201d", "!\u201d", ":")


def _bare_line(text: str) -> bool:
    """A line without a sentence's closing mark: a heading or a standfirst."""
    return not text.rstrip().endswith(_SENTENCE_END)


_HEADING_DIGIT = re.compile(r"\d")


def _headings(document: Document) -> set[tuple[int, int]]:
    """The spans of the body's headings: a line that is a paragraph of its own, without a
    sentence's closing mark or a figure ("Net profit", "Our stores and staff")."""
    sizes: dict[int, int] = {}
    for s in document.sentences:
        sizes[s.paragraph] = sizes.get(s.paragraph, 0) + 1
    return {
        (s.start, s.end) for s in document.sentences
        if sizes[s.paragraph] == 1 and _bare_line(s.text)
        and _HEADING_DIGIT.search(s.text) is None
    }


def _lede_paragraphs(document: Document) -> set[int]:
    """The paragraphs that state the article's topic up front: the first, and the next one too
    when the first is a standfirst, a single line that ends without a sentence's full stop
    ("Northwind Group results for the half year to June" above "Northwind, a mobile operator, ...")."""
    paragraphs = sorted({s.paragraph for s in document.sentences})
    first = [s for s in document.sentences if s.paragraph == paragraphs[0]]
    if len(paragraphs) > 1 and len(first) == 1 and _bare_line(first[0].text):
        return set(paragraphs[:2])
    return {paragraphs[0]}


def _side_topics(
    document: Document, by_paragraph: dict[int, list[tuple[str, str]]], in_title: set[str], taxonomy: Taxonomy,
    weak_matcher: _Matcher | None, weak_memo: dict[str, list[tuple[str, str]]],
) -> set[str]:
    """The themes with ``min_paragraphs`` that only a few paragraphs of the body name, and
    neither the title nor the lede (``_lede_paragraphs``): a side topic ("AI-powered offers" in one
    paragraph of a shopping story), not the article's, which its title or lede states. For a
    ``weak_counts`` theme, a weak word in the title or lede states it too (a launch company's
    results name "the next launch" up front and the spacecraft once below)."""
    need = {t.slug: t.min_paragraphs for t in taxonomy.themes if t.min_paragraphs > 1}
    if not need or not document.sentences:
        return set()
    lede = _lede_paragraphs(document)
    paragraphs: dict[str, set[int]] = {}
    for paragraph, hits in by_paragraph.items():
        for slug, _ in hits:
            if slug in need:
                paragraphs.setdefault(slug, set()).add(paragraph)
    side = {slug for slug, named in paragraphs.items()
            if slug not in in_title and not lede & named and len(named) < need[slug]}
    weak_counts = {t.slug for t in taxonomy.themes if t.weak_counts} & side
    if weak_counts and weak_matcher is not None:
        head = [document.title] + [s.text for s in document.sentences if s.paragraph in lede]
        side -= weak_counts & {slug for text in head for slug, _ in _weak_hits(weak_matcher, text, weak_memo)}
    return side


# An article with fewer paragraphs of figures than this is read whole (``_passing_themes``).
_LONG_ARTICLE = 3
# A theme that counts figures in this many sentences, or names this share of the paragraphs of
# figures (one in three), is a strand of the article, not a passing mention.
_STRAND_SENTENCES = 2
_STRAND_SHARE = 3


def _passing_themes(
    facts: Sequence[Fact], document: Document, by_sentence: dict[tuple[int, int], list[tuple[str, str]]],
    in_title: set[str], lead_themes: set[str],
) -> set[str]:
    """The themes that name no topic of the whole article, only a passage of it: in an article
    of three paragraphs of figures or more, neither its title, nor its lede (``_lede_paragraphs``),
    nor its lead figure's sentence (``_lead_themes``) names them, fewer than a third of the
    paragraphs with figures do, and at most one sentence with figures does. A fisheries release
    that explains in a paragraph without figures that some fish live near the seabed, a pension
    increase whose last paragraph says it follows inflation, a roundup of biotech funding rounds
    one of which went to an AI firm: the mention speaks for its own sentence and paragraph, not for
    the figures of every other paragraph, which the document's lean would otherwise place. A theme
    that counts figures in two sentences (a port's year with the region's growth and jobless rate
    in one paragraph) or names a third of the paragraphs of figures is a strand of the article, and
    a short article is read whole."""
    starts = {f.source.start for f in facts if f.value is not None}
    figure_paragraphs = {s.paragraph for s in document.sentences if s.start in starts}
    if len(figure_paragraphs) < _LONG_ARTICLE:
        return set()
    lede = _lede_paragraphs(document)
    up_front = set(in_title) | lead_themes
    paragraphs: dict[str, set[int]] = {}
    sentences: dict[str, int] = {}
    for s in document.sentences:
        themes = {slug for slug, _ in by_sentence[(s.start, s.end)]}
        if not themes:
            continue
        if s.paragraph in lede:
            up_front |= themes
        for slug in themes:
            paragraphs.setdefault(slug, set()).add(s.paragraph)
            if s.start in starts:
                sentences[slug] = sentences.get(slug, 0) + 1
    return {slug for slug, named in paragraphs.items()
            if slug not in up_front and sentences.get(slug, 0) < _STRAND_SENTENCES
            and _STRAND_SHARE * len(named & figure_paragraphs) < len(figure_paragraphs)}


# An apposition after a subject describes who it is ("Korvane, a maker of chips and phones,
# earned ..."): what the lead figure counts is in what follows it.
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s[^,;]{0,100},")


def _lead_themes(
    facts: Sequence[Fact], document: Document, scoping: _Scoping,
    by_sentence: dict[tuple[int, int], list[tuple[str, str]]], narrowed_in: Mapping[tuple[int, int], set[str]],
) -> tuple[int | None, set[str]]:
    """The lead figure's paragraph and the themes its sentence names by a cue outside an
    apposition: the first sentence of the body that carries a figure states what the article
    counts (a jobs report opens on its jobless rate, a retail release on its sales, a heritage
    trust's report on the visits to its sites), so a theme it names leans the rest of its
    paragraph even when no second sentence names it (``min_sentences``) nor another paragraph
    (``min_paragraphs``). A passing mention sits below the lead ("high inflation" in a quote
    on house prices) or in the lead's clause of cause or contrast (``_LEAD_CLAUSE_END``). The document is
    not leaned: a later paragraph on another subject (a market researcher's price lead above
    paragraphs on one trade's sales) keeps its own reading."""
    starts = {s.start: s for s in document.sentences}
    lead = min((f.source.start for f in facts if f.value is not None and f.source.start in starts), default=None)
    if lead is None:
        return None, set()
    sentence = starts[lead]
    text = _APPOSITION.sub(",", sentence.text)
    end = _clause_opener(_LEAD_CLAUSE_END, text)
    if end is not None:
        text = text[:end.start()]
    # The lead's statement is read before its scope (a results word does not stop it saying what
    # the article counts). Most lead sentences have no apposition, no clause after the statement
    # and no narrowing words (narrowed_in): their leaning hits, found already, are those hits,
    # but for the cues of a clause of cause before the statement ("Amid a trade war, ..."),
    # which they have dropped.
    key = (sentence.start, sentence.end)
    hits = (by_sentence[key] if text == sentence.text and key not in narrowed_in
            else scoping.sentence_hits(text))
    return sentence.paragraph, {slug for slug, _ in hits}


@dataclasses.dataclass(slots=True)
class _DocumentReading:
    """What a document says before any one fact is placed: each sentence's cues, their scope,
    the paragraphs' and the document's lean (``_read_document``)."""

    scoping: _Scoping
    weak_matcher: _Matcher | None
    weak_memo: dict[str, list[tuple[str, str]]]  # this document's texts -> their weak hits
    by_sentence: dict[tuple[int, int], list[tuple[str, str]]]  # the hits that place each sentence's figures
    widened_in: dict[tuple[int, int], list[tuple[str, str]]]  # a widened sentence's hits without its scope's
    narrowed_in: dict[tuple[int, int], set[str]]  # the themes each sentence with narrowing words narrows
    by_paragraph: dict[int, list[tuple[str, str]]]  # the hits that lean each paragraph
    paragraph_of: dict[tuple[int, int], int]
    paragraph_counts: dict[int, Mapping[str, int]]
    order: dict[str, int]  # theme -> its place in the taxonomy (ties go to the first)
    backdrop: set[str]  # themes that lean neither paragraphs nor the document
    lead_paragraph: int | None
    lead_themes: set[str]  # the lead figure's themes, which lean its paragraph all the same
    doc_context: dict[str, float]  # the document's lean, the same for every fact


def _read_document(facts: Sequence[Fact], taxonomy: Taxonomy, document: Document) -> _DocumentReading:
    """Read the document's sentences and title once for ``classify_facts``."""
    matcher = _matcher(taxonomy)
    short_forms = _short_forms(document)
    found = [(s.text, _sentence_hits(matcher, s.text, short_forms)) for s in document.sentences]
    title_hits = _sentence_hits(matcher, document.title, short_forms)  # a list of examples names no theme there either
    weak_matcher = _weak_matcher(taxonomy) if any(t.weak for t in taxonomy.themes) else None
    borrowed = _borrowed_themes(matcher, weak_matcher, [*found, (document.title, title_hits)])
    if borrowed:
        found = [(text, _without_borrowed(matcher, text, hits, borrowed)) for text, hits in found]
        title_hits = _without_borrowed(matcher, document.title, title_hits, borrowed)
    scoping = _Scoping(matcher, _narrowing_matcher(taxonomy), _widening_matcher(taxonomy), _backdrop_of(taxonomy),
                       short_forms, taxonomy.fallback, borrowed)
    narrow_sentences: dict[str, int] = {}  # sentences naming a theme's narrowing words
    narrowed_in: dict[tuple[int, int], set[str]] = {}  # the themes each such sentence narrows
    weak_memo: dict[str, list[tuple[str, str]]] = {}  # this document's texts -> their weak hits
    by_sentence: dict[tuple[int, int], list[tuple[str, str]]] = {}
    by_paragraph: dict[int, list[tuple[str, str]]] = {}
    doc_counts: dict[str, int] = {}
    doc_sentences: dict[str, int] = {}  # sentences naming each theme
    widened_in: dict[tuple[int, int], list[tuple[str, str]]] = {}  # a widened sentence's hits without its scope's
    headings = _headings(document)
    narrow_headings: set[str] = set()  # themes whose narrowing words a heading names
    named_headings: dict[str, int] = {}  # headings naming each theme
    for s, (_, cue_hits) in zip(document.sentences, found, strict=True):
        # A scope's measures ("nickel rose to $17,200 a tonne") place their own sentence's figures
        # only: they lean neither its paragraph nor the document, so a miner's output below one
        # price sentence stays the miner's.
        placing, hits, narrowed = scoping.placing_and_leaning(cue_hits, s.text)
        heading = (s.start, s.end) in headings
        for slug in narrowed:
            if heading:
                narrow_headings.add(slug)
            else:
                narrow_sentences[slug] = narrow_sentences.get(slug, 0) + 1
        if narrowed:
            narrowed_in[(s.start, s.end)] = narrowed
        if heading and hits:
            for slug in {slug for slug, _ in hits}:
                named_headings[slug] = named_headings.get(slug, 0) + 1
        by_sentence[(s.start, s.end)] = placing
        if placing is not hits:
            widened_in[(s.start, s.end)] = hits
        paragraph_hits = by_paragraph.setdefault(s.paragraph, [])
        if hits:  # most sentences have none
            paragraph_hits.extend(hits)
            for slug, _ in hits:
                doc_counts[slug] = doc_counts.get(slug, 0) + 1
            for slug in {slug for slug, _ in hits}:
                doc_sentences[slug] = doc_sentences.get(slug, 0) + 1
    # The title states the article's topic: its cues lean the document as a sentence's do
    # (a headline naming rockets over a body about engines and staff).
    _, title_hits, narrowed = scoping.placing_and_leaning(title_hits, document.title)
    for slug in narrowed:
        narrow_sentences[slug] = narrow_sentences.get(slug, 0) + 1
    for slug, _ in title_hits:
        doc_counts[slug] = doc_counts.get(slug, 0) + 1
    doc_total = sum(doc_counts.values()) or 1
    paragraph_of = {(s.start, s.end): s.paragraph for s in document.sentences}
    order = {t.slug: i for i, t in enumerate(taxonomy.themes)}
    # Counts and cue lists per paragraph, not copies of its hits per fact: a paragraph of
    # thousands of sentences stays linear.
    no_counts: dict[str, int] = {}  # shared by the many paragraphs without hits (never changed)
    paragraph_counts: dict[int, Mapping[str, int]] = {
        p: _counts(hits) if hits else no_counts for p, hits in by_paragraph.items()
    }
    # The document's lean, the same for every fact.
    # A theme named in fewer sentences than its min_sentences is the backdrop of the article
    # ("below general inflation" in a hospital report), not its topic: it leans
    # neither the document nor the paragraph; only its own sentence counts it.
    # The title names the article's topic: it counts as one of those sentences (it has no
    # paragraph, so it leans no paragraph).
    min_sentences = {t.slug: t.min_sentences for t in taxonomy.themes}
    in_title = {slug for slug, _ in title_hits}
    for slug in in_title:
        doc_sentences[slug] = doc_sentences.get(slug, 0) + 1
    leaning = {**by_sentence, **widened_in} if widened_in else by_sentence  # the hits that lean
    _count_weak_sentences(document, leaning, doc_sentences, min_sentences, taxonomy, weak_matcher, weak_memo)
    backdrop = {slug for slug, n in doc_sentences.items() if n < min_sentences.get(slug, 1)}
    # One organisation's report: its results words in as many sentences as name the theme. The
    # headings of its sections ("Net profit", "Our stores") count as one sentence on each side,
    # however many there are: a report's titles repeat its layout, not what it says.
    for slug in narrow_headings:
        narrow_sentences[slug] = narrow_sentences.get(slug, 0) + 1
    backdrop |= {
        slug for slug, n in narrow_sentences.items()
        if n >= doc_sentences.get(slug, 0) - max(0, named_headings.get(slug, 0) - 1)
    }
    lead_paragraph, lead_themes = _lead_themes(facts, document, scoping, leaning, narrowed_in)
    backdrop |= _side_topics(document, by_paragraph, in_title, taxonomy, weak_matcher, weak_memo)
    # A theme of one passage only leans its paragraph, not the whole article (``_passing_themes``).
    passing = _passing_themes(facts, document, leaning, in_title, lead_themes)
    doc_context = {slug: W_DOCUMENT * n / doc_total for slug, n in doc_counts.items()
                   if slug not in backdrop and slug not in passing}
    return _DocumentReading(scoping, weak_matcher, weak_memo, by_sentence, widened_in, narrowed_in, by_paragraph,
                            paragraph_of, paragraph_counts, order, backdrop, lead_paragraph, lead_themes, doc_context)


def classify_facts(facts: Sequence[Fact], taxonomy: Taxonomy, document: Document) -> list[Fact]:
    """Set ``theme`` and ``cues`` on each fact (a new Fact; the input is not changed)."""
    if not facts:
        return []
    reading = _read_document(facts, taxonomy, document)
    scoping, weak_matcher, weak_memo = reading.scoping, reading.weak_matcher, reading.weak_memo
    matcher, by_sentence = scoping.matcher, reading.by_sentence
    widened_in, narrowed_in = reading.widened_in, reading.narrowed_in
    by_paragraph, paragraph_of, paragraph_counts = reading.by_paragraph, reading.paragraph_of, reading.paragraph_counts
    order, backdrop, doc_context = reading.order, reading.backdrop, reading.doc_context
    lead_paragraph, lead_themes = reading.lead_paragraph, reading.lead_themes
    weak_sentence: tuple[tuple[int, int] | None, list[tuple[str, str]]] = (None, [])
    # What the sentence and the rest of its paragraph say, worked out once per sentence and
    # kept only while its facts are classified (they come in document order): memory stays flat.
    span_of: tuple[int, int] | None = None
    sentence_own: dict[str, float] = {}
    context: dict[str, float] = {}
    context_ties: list[str] | None = None  # the best themes by context, when its own words say nothing
    cues_of: tuple[int | None, dict[str, list[str]]] | None = None
    # Few distinct units per document: look each one up once.
    unit_cache: dict[str | None, list[tuple[str, str]]] = {}
    weak_unit_cache: dict[str | None, list[tuple[str, str]]] = {}
    # Facts of one sentence with the same unit get the same theme and cues: decide once.
    decided: dict[str | None, tuple[str, tuple[str, ...]]] = {}
    fallback = taxonomy.fallback
    # In a paragraph without cue hits, a fact's theme and cues depend only on its unit (its
    # sentence and paragraph add nothing to the document's lean): decide once per unit.
    quiet = _quiet_paragraphs(by_paragraph) - {paragraph_of[span] for span in (*narrowed_in, *widened_in)}
    by_unit_when_quiet: dict[str | None, tuple[str, tuple[str, ...]]] = {}
    out = []
    for fact in facts:
        span = (fact.source.start, fact.source.end)
        sentence_hits = by_sentence.get(span)
        in_quiet = False
        if sentence_hits is None:  # the title, or a quote edited by hand
            quote = fact.source.quote
            sentence_hits = scoping.scoped(scoping.sentence_hits(quote), quote)[0]
        elif paragraph_of[span] in quiet:
            in_quiet = True
            known = by_unit_when_quiet.get(fact.unit)
            if known is not None:
                out.append(_with_theme(fact, *known))
                continue
        elif span_of == span:
            known = decided.get(fact.unit)
            if known is not None:
                out.append(_with_theme(fact, *known))
                continue
        paragraph = paragraph_of.get(span)
        if span_of != span or span not in by_sentence:
            span_of = span
            decided = {}
            rest = _rest_of_paragraph(paragraph, widened_in.get(span, sentence_hits), paragraph_counts)
            sentence_own = {}
            for slug, _ in sentence_hits:
                sentence_own[slug] = sentence_own.get(slug, 0.0) + W_SENTENCE
            # The lead figure's themes lean its own paragraph (``_lead_themes``).
            context = {slug: count * W_PARAGRAPH for slug, count in rest.items()  # the weight once per hit
                       if slug not in backdrop or (paragraph == lead_paragraph and slug in lead_themes)}
            for slug, share in doc_context.items():
                context[slug] = context.get(slug, 0.0) + share
            # A figure its sentence calls one organisation's own is not the theme's by context either.
            for slug in narrowed_in.get(span, ()):
                context.pop(slug, None)
            context_ties = None
        unit_hits = unit_cache.get(fact.unit)
        if unit_hits is None:
            unit_hits = unit_cache[fact.unit] = _unit_themes(fact.unit, matcher)
        # The fact's own sentence and unit decide; the paragraph and the document only
        # break ties or speak when the sentence says nothing (a film paragraph must not
        # pull an AI sentence into culture).
        own = dict(sentence_own)
        for slug, _ in unit_hits:
            own[slug] = own.get(slug, 0.0) + W_UNIT
        own.pop(fallback, None)
        if not own and weak_matcher is not None:
            # A weak unit says what the figure measures ("rank", "indicators"): for a theme
            # that the paragraph or document names by a cue of its own, it speaks for the
            # fact as a unit does, before the document's mix of other themes.
            for slug, _ in _weak_units(fact.unit, weak_matcher, weak_unit_cache):
                if context.get(slug, 0.0) > 0.0 and slug != fallback:
                    own[slug] = own.get(slug, 0.0) + W_UNIT
        # The theme is the best of own and context by (own, context, -taxonomy order): own
        # weights are all positive, so a theme of its own (if any) beats every other, and
        # without one the best by context alone, which is the same for the whole sentence.
        if not own and context_ties is None:
            by_context = [slug for slug in context if slug != fallback]
            best = max((context[slug] for slug in by_context), default=0.0)
            context_ties = [slug for slug in by_context if context[slug] == best]
        # Weak words (sentence and unit) count for a theme the sentence names by a cue of its
        # own, and otherwise only break ties after the context: alone they place nothing.
        # They matter only between several themes of its own, or several tied by context.
        weak_hits: list[tuple[str, str]] = []
        weak: dict[str, float] = {}
        weak_needed = weak_matcher is not None and (
            len(own) > 1 or (not own and context_ties is not None and len(context_ties) > 1)
        )
        if weak_needed and weak_matcher is not None:
            if weak_sentence[0] != span:
                weak_sentence = (span, _weak_hits(weak_matcher, fact.source.quote, weak_memo))
            weak_units = _weak_units(fact.unit, weak_matcher, weak_unit_cache)
            weak_hits = weak_sentence[1] + weak_units
            for hits, weight in ((weak_sentence[1], W_SENTENCE), (weak_units, W_UNIT)):
                for slug, _ in hits:
                    weak[slug] = weak.get(slug, 0.0) + weight
            own = {slug: score + weak.get(slug, 0.0) for slug, score in own.items()}
        if own:
            # Ties go to the theme listed first in the taxonomy (stable, user-controlled).
            theme = max(own, key=lambda slug: (own[slug], context.get(slug, 0.0), weak.get(slug, 0.0),
                                               -order.get(slug, 0)))
        elif context_ties:
            theme = max(context_ties, key=lambda slug: (weak.get(slug, 0.0), -order.get(slug, 0)))
        else:
            theme = fallback
        if cues_of is None or cues_of[0] != paragraph:
            cues_of = (paragraph, {})
        if theme not in cues_of[1]:
            cues_of[1][theme] = _paragraph_cues(paragraph, theme, by_paragraph)
        cues = tuple(dict.fromkeys(
            [c for slug, c in sentence_hits if slug == theme]
            + [u for slug, u in unit_hits if slug == theme]
            + cues_of[1][theme]
            + [c for slug, c in weak_hits if slug == theme]
        ))
        if theme != fallback and not cues:
            cues = ("document",)  # placed only by the rest of the document
        decided[fact.unit] = (theme, cues)
        if in_quiet and not weak_needed:  # weak sentence words differ from sentence to sentence
            by_unit_when_quiet[fact.unit] = (theme, cues)
        out.append(_with_theme(fact, theme, cues))
    return out
