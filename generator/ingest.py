"""Stage 1: bytes -> Document (decode, normalise newlines, title/byline, sentences with spans).

Everything here is plain rules over the text: the sources are short articles, and rules
keep every offset exact (``Sentence.text == Document.text[start:end]``) and explainable.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import re
from pathlib import Path

from .errors import Diagnostic, SourceError
from .model import Document, Sentence

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def split_words(text: str) -> list[str]:
    return text.split()


_BOM_UTF8 = b"\xef\xbb\xbf"
_BOM_UTF16 = (b"\xff\xfe", b"\xfe\xff")
# C0 controls that never occur in text files (tab, newlines, form feed are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _locate(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset of undecodable input."""
    line_start = max(raw.rfind(b"\n", 0, offset), raw.rfind(b"\r", 0, offset)) + 1
    line = raw.count(b"\n", 0, offset) + 1 if b"\n" in raw[:offset] else raw.count(b"\r", 0, offset) + 1
    col = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, col


def _fail(raw: bytes, offset: int, path: str, message: str) -> SourceError:
    line, col = _locate(raw, offset)
    return SourceError(Diagnostic(path, line, col, f"{message} (byte offset {offset})"))


def decode_source(raw: bytes, path: str) -> str:
    """Decode UTF-8 (BOM optional) or UTF-16 with BOM; normalise line endings to ``\\n``.

    Binary input (NUL bytes, control characters) and undecodable bytes raise SourceError
    naming the line, column and byte offset of the first bad byte.
    """
    if raw.startswith(_BOM_UTF16):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as e:
            raise SourceError(Diagnostic(
                path, 1, 1, f"cannot decode as UTF-16: {e.reason} (byte offset {e.start})"
            )) from e
    else:
        if raw.startswith(_BOM_UTF8):
            raw = raw[len(_BOM_UTF8):]
        nul = raw.find(b"\x00")
        if nul >= 0:
            raise _fail(raw, nul, path, "binary file: NUL byte; expected a UTF-8 text file")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            bad = raw[e.start:e.start + 1].hex()
            raise _fail(
                raw, e.start, path, f"cannot decode byte 0x{bad} as UTF-8; save the file as UTF-8"
            ) from e
    bad_char = _CONTROL.search(text)
    if bad_char:
        offset = len(text[:bad_char.start()].encode("utf-8"))
        raise _fail(
            text.encode("utf-8"), offset, path,
            f"binary file: control character {bad_char.group()!r}; expected a text file",
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_source_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None) -> bytes:
    """The raw bytes of a source; SourceError if it is unreadable or too large."""
    name = name or str(path)
    try:
        with path.open("rb") as f:
            raw = f.read(max_bytes + 1)  # read no more than needed to know it is too large
    except OSError as e:
        raise SourceError(Diagnostic(name, 1, 1, f"cannot read source: {e.strerror}")) from e
    if len(raw) > max_bytes:
        raise SourceError(Diagnostic(
            name, 1, 1, f"source is larger than {max_bytes} bytes; split it or raise the size limit",
        ))
    return raw


def read_source_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None) -> str:
    """Decoded text of a source, for pages and quote checks (no segmentation)."""
    return decode_source(read_source_bytes(path, max_bytes, name), name or str(path))


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read, decode and parse one source file; SourceError if it is unreadable or too large."""
    raw = read_source_bytes(path, max_bytes)
    text = decode_source(raw, str(path))
    return parse_document(text, path.stem, str(path), hashlib.sha256(raw).hexdigest())


# --- metadata: byline and date -------------------------------------------------------

_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)
_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_PATTERNS = (
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?\b"),
    re.compile(rf"\b(?P<mn>{_MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mn>{_MONTH_RE}),?\s+(?P<y>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<mn>{_MONTH_RE})\s+(?P<y>(?:19|20)\d\d)\b"),
    # Year first with slashes or dots, as many news sites print it: "2023/8/23".
    re.compile(r"\b(?P<y>(?:19|20)\d\d)[/.](?P<m>0?[1-9]|1[0-2])[/.](?P<d>0?[1-9]|[12]\d|3[01])\b"),
)
# A dateline opens the first paragraph: "HARBOURTOWN, Feb 3, 2021 - ..." or
# "HARBOURTOWN, (Coast Wire - 3rd Feb, 2021) ...": a place in capitals, a comma, and a date
# before the first closing parenthesis or dash.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'’-]{1,40},\s*(?:\((?P<paren>[^()\n]{4,70})\)|(?P<head>[^\n]{4,70}?)\s[-–—]\s)"
)
# A byline is a short line: "By Jane Doe", or "Jane Doe, director of ...", "Jane Doe is a ...".
# The name's words are capitalised whatever flags the pattern around it is read with: "The
# next biggest contributor was ..." opens a sentence of the story, not a byline.
_NAME = r"(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
_BYLINE_BY = re.compile(rf"^\s*(?:[Bb]y|BY|Written by|Words by)[:\s]+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)")
# Only the role words ignore case: the name must be capitalised ("The next biggest
# contributor was ..." opens a sentence, it names no one).
_BYLINE_ROLE = re.compile(
    rf"^\s*({_NAME}),?\s+(?i:is\s+(?:an?|the)\s+|the\s+|a\s+|an\s+)?"
    r"(?i:director|professor|head|chief|president|chair(?:man|woman|person)?|editor|"
    r"correspondent|reporter|writer|author|columnist|analyst|researcher|fellow|economist|"
    r"lecturer|founder|co-founder|ceo|partner|secretary|minister|ambassador|senior|associate|"
    r"deputy|vice|managing|executive|contributor|journalist|staff)\b"
)
# A line that reports what the person said is a paragraph of the story, not its byline:
# "Jane Doe, chair of the board, noted that sales rose."
_REPORTED = re.compile(
    r"\b(?:said|says|noted|notes|told|tells|added|adds|stated|explained|explains|announced|announces|"
    r"warned|warns|argued|argues|insisted|confirmed|revealed|estimated|predicted)\b"
    # ... and so is one that says what the person did: a verb in the past tense right after
    # the comma closing the name's role ("Jane Roe, founder of Acme, invested $2m in it").
    r"|,\s+(?!based\b)(?:[a-z]{2,}ed|led|took|made|gave|put|bought|sold|spent|won|paid|set|got|became|went)\b"
)
# A role word used as a title before a name that then acts opens a sentence of the story
# ("Westia President Jane Roe asked on Jan. 7 for ...", "Finance Minister Ola Brandt took ..."):
# a byline's role follows its name, and nothing is done in it.
_TITLE_BEFORE_ACTING_NAME = re.compile(
    r"\s+(?:[A-Z][\w'’.-]+\s+){1,3}(?!based\b)"
    r"(?:[a-z]{2,}ed|led|took|made|gave|put|bought|sold|spent|won|paid|set|got|became|went|said|says|told|will|has|is)\b"
)
_DATE_LINE = re.compile(
    r"^\s*(?:(?:Published|Updated|Posted|Dated?|Date)[:\s]+(?:on\s+)?)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?[\w ,.:/-]{4,40}$"
)


def find_date(line: str) -> str | None:
    """ISO date (YYYY-MM-DD or YYYY-MM) of the first full date in ``line``, if any."""
    for pattern in _DATE_PATTERNS:
        m = pattern.search(line)
        if not m:
            continue
        groups = m.groupdict()
        year = groups["y"]
        if groups.get("mn"):
            month = _MONTHS.index(next(n for n in _MONTHS if n.startswith(groups["mn"][:3].lower()))) + 1
        else:
            month = int(groups["m"])
        day = groups.get("d")
        return f"{year}-{month:02d}-{int(day):02d}" if day else f"{year}-{month:02d}"
    return None


def dateline_date(line: str) -> str | None:
    """The date of a dateline at the start of ``line`` (the first body line), if any."""
    m = _DATELINE.match(line)
    return find_date(m.group("paren") or m.group("head")) if m else None


def _byline(line: str) -> str | None:
    if len(line) > 160:
        return None
    m = _BYLINE_BY.match(line)
    if m:
        return line.strip()
    m = _BYLINE_ROLE.match(line)
    if (m and len(line.split()) <= 25 and not _REPORTED.search(line, m.end())
            and not _TITLE_BEFORE_ACTING_NAME.match(line, m.end())):
        return line.strip()
    return None


def _is_date_line(line: str) -> bool:
    return bool(_DATE_LINE.match(line)) and find_date(line) is not None and len(line.split()) <= 8


# --- paragraphs ---------------------------------------------------------------------

_BULLET = re.compile(r"[ \t]*(?:[-*•▪‣–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+")
_WRAP_WIDTH = 100  # lines at most this long, ending mid-sentence, look hard-wrapped


def _blocks(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Runs of non-blank lines, each line as (start, end) without its newline."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        if text[pos:line_end].strip():
            current.append((pos, line_end))
        elif current:
            blocks.append(current)
            current = []
        if nl < 0:
            break
        pos = nl + 1
    if current:
        blocks.append(current)
    return blocks


def _wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """True when the block is one paragraph hard-wrapped over several lines."""
    if len(lines) < 2:
        return False
    widths = [e - s for s, e in lines[:-1]]
    if max(widths) > _WRAP_WIDTH or sum(widths) / len(widths) < 40:
        return False
    # Lines of a wrapped paragraph mostly do not end a sentence.
    open_ends = sum(not text[s:e].rstrip().endswith((".", "!", "?", ":", '"', "”")) for s, e in lines[:-1])
    return open_ends * 2 >= len(lines) - 1


def _paragraphs(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    wrapped = _wrapped(text, lines)
    paras: list[list[int]] = []
    for s, e in lines:
        if paras and wrapped and not _BULLET.match(text, s):
            paras[-1][1] = e
        else:
            paras.append([s, e])
    out = []
    for s, e in paras:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


# --- sentences ----------------------------------------------------------------------

# Abbreviations after which a period never ends a sentence (a name or number follows;
# "Rs." is the rupee before a sum, as "KSh.", "Sh.", "Tk." and "Dh." are the other currency
# prefixes written with a point: extract/lexicon.CURRENCY_PREFIXES).
_ABBREV_NEVER = frozenset(
    split_words("mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st mt rev hon messrs "
    "no nos vs v e.g i.e cf approx incl esp fig figs vol vols pp p ch art sec para ca viz "
    "al ref tel dept est rs ksh sh shs tsh ush ushs tk dh dhs rp")
)
# Abbreviations that end a sentence only when an ordinary sentence opener follows.
_ABBREV_MAYBE = frozenset(
    split_words("a.m p.m etc inc ltd co corp bros jr sr plc llc u.s u.k u.n e.u u.s.a "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun")
)
_OPENERS = frozenset(
    split_words("the a an it its this that these those he she they we i you in on at as but and or so "
    "however meanwhile yet still there here his her their our my if when while after before "
    "since although though for with by from to of what why how who one some many most all "
    "each every no not then also other such")
)
# Units written with a period ("lb.", "oz.", "ft."): one followed by a bracket after a number
# gives its conversion ("180.2 lb. (81.7 kg)"), not a new sentence.
_DOTTED_UNITS = frozenset(split_words("lb lbs oz ft yd yds mi gal sq cu pt qt"))
_NUMBER_BEFORE_UNIT = re.compile(r"\d\s?$")
_CURRENCY_SIGNS = frozenset("$€£¥₹")
_END = re.compile(r"(?:[.!?]+|…|\.\.\.)[\"'”’»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘«(\[]?(\S+?)[\W]*?(?=\s|$)")


_SPACES = re.compile(r"\s*")


_WINDOW = 32


def _word_before(para: str, start: int, end: int) -> re.Match[str] | None:
    """``_WORD_BEFORE.search(para, start, end)``, tried first in the last _WINDOW characters.

    search tries every offset from ``start``. A match that starts after the window's start
    is the leftmost overall: any match from before the window would run through the window's
    start, and the window search would have found that one first. So only a match at the
    window's very start (a word longer than the window) needs the full search.
    """
    low = max(start, end - _WINDOW)
    found = _WORD_BEFORE.search(para, low, end)
    if found is not None and found.start() == low and low > start:
        found = _WORD_BEFORE.search(para, start, end)
    return found


def _converted_in_brackets(
    para: str, word: str, word_m: re.Match[str] | None, next_at: int, sentence_start: int
) -> bool:
    """A dotted unit after a number, a bracket next: see _DOTTED_UNITS."""
    if word not in _DOTTED_UNITS or word_m is None or para[next_at] != "(":
        return False
    return _NUMBER_BEFORE_UNIT.search(para, sentence_start, word_m.start()) is not None


def _is_boundary(para: str, m: re.Match[str], sentence_start: int) -> bool:
    # Offsets, not slices of the rest of the paragraph: a long paragraph stays linear.
    spaces = _SPACES.match(para, m.end())  # always matches, maybe empty
    next_at = spaces.end() if spaces else m.end()
    if next_at == len(para):
        return True
    first = para[next_at]
    if first in "\"'“‘«([":
        first = para[next_at + 1:next_at + 2] or "x"
    if not (first.isupper() or first.isdigit()):
        return False  # "e.g. the", '"Stop!" she said'
    punct = m.group()
    if not punct.startswith(".") or punct.startswith(".."):
        return True
    if first.isdigit() and m.start() and para[m.start() - 1] in _CURRENCY_SIGNS:
        return False  # "paid US$. 4.5 million": a stray period between a sign and its sum
    # The word before cannot reach back past the sentence's start (whitespace is there).
    word_m = _word_before(para, sentence_start, m.start())
    word = word_m.group(1).lower() if word_m else ""
    word = word.lstrip(".")
    if not word:
        return True
    if word in _ABBREV_NEVER:
        return False
    if _converted_in_brackets(para, word, word_m, next_at, sentence_start):
        return False  # "weighed 180.2 lb. (81.7 kg)": a measure and its conversion in brackets
    after_apostrophe = word_m is not None and word_m.start() > 0 and para[word_m.start() - 1] in "'’"
    if len(word) == 1 and word.isalpha() and not after_apostrophe:
        return False  # an initial: "J. K. Rowling" (but not the s of "the firm's.")
    if word in _ABBREV_MAYBE or (len(word) <= 4 and "." in word):
        nxt_m = _NEXT_WORD.match(para, m.end())  # only these need the next word
        nxt = nxt_m.group(1).lower() if nxt_m else ""
        return nxt in _OPENERS
    return True


def _bullet_at(para: str, at: int) -> re.Match[str] | None:
    """``_BULLET.match(para, at)``. A bullet starts with a space, a mark, "(", a digit or a
    lower-case letter: never with a capital, as most sentences do, so those skip the match."""
    if at < len(para) and para[at].isupper():
        return None
    return _BULLET.match(para, at)


# A sentence that would hold only a list item's number ("1.", "(2.)") is no sentence: the
# number stays with its item (and is stripped as its marker), or is dropped when alone.
_LIST_NUMBER = re.compile(r"\s*\(?\d{1,2}\.\)?\s*")


def _segment(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside a paragraph, without surrounding whitespace or list markers."""
    para = text[start:end]
    spans: list[tuple[int, int]] = []
    s = 0
    for m in _END.finditer(para):
        if _is_boundary(para, m, s) and not _LIST_NUMBER.fullmatch(para, s, m.end()):
            spans.append((s, m.end()))
            s = m.end()
    spans.append((s, len(para)))
    out = []
    for a, b in spans:
        while a < b and para[a].isspace():
            a += 1
        bullet = _bullet_at(para, a) if a < b else None
        if bullet and bullet.end() < b:
            a = bullet.end()
        while b > a and para[b - 1].isspace():
            b -= 1
        if a < b and not _LIST_NUMBER.fullmatch(para, a, b):
            out.append((start + a, start + b))
    return out


# Sentence is frozen, so its __init__ sets each field by object.__setattr__, which looks the
# field up on the class first. Its slots' own setters (what that finds) do the same work
# directly, in half the time (tests/test_extract_shortcuts.py compares).
_SENTENCE_FIELDS = ("text", "start", "end", "paragraph", "line")
assert tuple(f.name for f in dataclasses.fields(Sentence)) == _SENTENCE_FIELDS, "update _new_sentence"
_new_object = object.__new__
_set_text, _set_start, _set_end, _set_paragraph, _set_line = (
    getattr(Sentence, name).__set__ for name in _SENTENCE_FIELDS
)


def _new_sentence(text: str, start: int, end: int, paragraph: int, line: int) -> Sentence:
    """``Sentence(text, start, end, paragraph, line)``."""
    sentence: Sentence = _new_object(Sentence)
    _set_text(sentence, text)
    _set_start(sentence, start)
    _set_end(sentence, end)
    _set_paragraph(sentence, paragraph)
    _set_line(sentence, line)
    return sentence


def parse_document(text: str, stem: str, path: str, sha256: str) -> Document:
    """Split decoded text into title, byline, date, paragraphs and sentences."""
    blocks = _blocks(text, 0, len(text))
    lines = [line for block in blocks for line in block]
    if not lines:
        return Document(stem, path, text, stem, None, None, sha256, (), ())
    title_line = lines[0]
    title = text[title_line[0]:title_line[1]].strip()
    byline: str | None = None
    date = find_date(title) if _is_date_line(title) else None
    skip: set[tuple[int, int]] = {title_line}
    body = lines[1:]
    # Bylines and datelines sit just under the title or on the last lines.
    for line in body[:3] + body[-2:]:
        raw = text[line[0]:line[1]]
        found = _byline(raw)
        if found and byline is None:
            byline = found
            skip.add(line)
            date = date or find_date(raw)
        elif _is_date_line(raw):
            date = date or find_date(raw)
            skip.add(line)
    if date is None and body:
        date = dateline_date(text[body[0][0]:body[0][1]])
    paragraphs: list[tuple[int, int]] = []
    for block in blocks:
        kept = {line for line in block if line not in skip}
        # Split a block around skipped lines so a paragraph never spans metadata.
        run: list[tuple[int, int]] = []
        for line in block:
            if line in skip:
                if run:
                    paragraphs.extend(_paragraphs(text, run))
                run = []
            elif line in kept:
                run.append(line)
        if run:
            paragraphs.extend(_paragraphs(text, run))
    newlines = [m.start() for m in re.finditer("\n", text)]
    sentences = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        for s, e in _segment(text, p_start, p_end):
            line_no = bisect.bisect_left(newlines, s) + 1
            sentences.append(_new_sentence(text[s:e], s, e, index, line_no))
    return Document(
        stem, path, text, title, byline, date, sha256, tuple(paragraphs), tuple(sentences)
    )
