"""Stage 1: bytes -> Document (decode, normalise newlines, title/byline, sentences with spans).

STUB: to be replaced by the full ingest (issue 3/5).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .errors import Diagnostic, SourceError
from .model import Document, Sentence

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def decode_source(raw: bytes, path: str) -> str:
    """Decode UTF-8 (BOM optional) or UTF-16 with BOM; normalise line endings to \\n."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise SourceError(Diagnostic(path, 1, e.start + 1, f"not UTF-8 (byte offset {e.start})")) from e
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    raw = path.read_bytes()
    text = decode_source(raw, str(path))
    return parse_document(text, path.stem, str(path), hashlib.sha256(raw).hexdigest())


def parse_document(text: str, stem: str, path: str, sha256: str) -> Document:
    lines = text.split("\n")
    title = lines[0].strip() if lines else stem
    paragraphs: list[tuple[int, int]] = []
    pos = len(lines[0]) + 1 if lines else 0
    for line in lines[1:]:
        if line.strip():
            paragraphs.append((pos, pos + len(line)))
        pos += len(line) + 1
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        for m in re.finditer(r"[^.!?]+(?:[.!?]+|$)", text[p_start:p_end]):
            s, e = p_start + m.start(), p_start + m.end()
            while s < e and text[s].isspace():
                s += 1
            if s < e:
                sentences.append(Sentence(text[s:e], s, e, p_index, text.count("\n", 0, s) + 1))
    return Document(stem, path, text, title, None, None, sha256, tuple(paragraphs), tuple(sentences))
