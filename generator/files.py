"""Writing files safely: atomically, and only when the bytes change."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes | str) -> bool:
    """Write via a temporary file and rename, so a crash or a full disk mid-write leaves
    the previous version intact. Returns False (and writes nothing) when unchanged, which
    also keeps file watchers from seeing a change that is not one."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.read_bytes() == payload:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def inside(base: Path, candidate: Path) -> bool:
    """True when candidate resolves to a path under base (no traversal out of it)."""
    try:
        candidate.resolve().relative_to(base.resolve())
    except ValueError:
        return False
    return True
