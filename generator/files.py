"""Writing files safely: atomically, and only when the bytes change."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

# Read once at import: os.umask can only be read by setting it, which races with threads.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


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
    # Same folder as the target: os.replace is only atomic within one file system.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file owner-only; give it the mode a plain open() would have.
        os.chmod(tmp, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    return True


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_UMASK


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; not possible (nor needed) on every platform."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def inside(base: Path, candidate: Path) -> bool:
    """True when candidate resolves to a path under base (no traversal out of it)."""
    try:
        candidate.resolve().relative_to(base.resolve())
    except ValueError:
        return False
    return True


CACHE_DIR = Path(".cache") / "factsheets"
"""Where the caches live, relative to the project root (like Material's `.cache/plugin/`)."""


class DigestStore:
    """A JSON file of entries that are valid for one digest (of the code that made them),
    for caches under `.cache/factsheets/`. A missing, unreadable or foreign file is an empty
    store. ``save`` keeps only the entries read or added in this run, so entries of changed
    or removed inputs go, and writes nothing when that is what the file holds already."""

    def __init__(self, path: Path, digest: str) -> None:
        self.path = path
        self.digest = digest
        self._stored: dict[str, Any] = {}
        self._used: dict[str, Any] = {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(data, dict) and data.get("digest") == digest and isinstance(data.get("entries"), dict):
            self._stored = data["entries"]

    def get(self, key: str) -> Any:
        """The entry, or None; a returned entry counts as used (it is kept by save)."""
        value = self._stored.get(key)
        if value is not None:
            self._used[key] = value
        return value

    def put(self, key: str, value: Any) -> None:
        self._used[key] = value

    def save(self) -> None:
        if self._used == self._stored:
            return
        body = json.dumps({"digest": self.digest, "entries": dict(sorted(self._used.items()))},
                          ensure_ascii=False, separators=(",", ":"))
        try:
            write_atomic(self.path, body + "\n")
        except OSError:
            return  # a cache: a read-only checkout or a full disk must not fail the build
        self._stored = dict(self._used)
