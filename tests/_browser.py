"""Real-browser helpers: Debian's Chromium through Playwright, a static server, axe-core.

No browser is ever downloaded: Playwright drives /usr/bin/chromium (or $CHROMIUM). Where it
is missing the browser tests skip locally with the reason, and fail under CI (CI=true).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import subprocess
import tarfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_VERSION = "4.14.1"
AXE_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "factsheets-tests"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def unavailable(reason: str) -> None:
    """Skip locally; under CI a missing tool is a failure, never a skip."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: browser tests must run)", pytrace=False)
    pytest.skip(reason)


@contextmanager
def chromium() -> Iterator[Browser]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright Python package is not installed (pip install -e '.[test]')")
    if not CHROMIUM.exists():
        unavailable(f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium; or set $CHROMIUM)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 from a thread; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def axe_script() -> str:
    """axe-core's browser bundle from the npm registry (`npm pack`), cached between runs."""
    bundle = AXE_CACHE / f"axe-core-{AXE_VERSION}" / "package" / "axe.min.js"
    if not bundle.exists():
        npm = shutil.which("npm")
        if npm is None:
            unavailable("npm is needed to fetch axe-core (Debian: apt-get install npm)")
            raise AssertionError  # unreachable: unavailable() raises
        AXE_CACHE.mkdir(parents=True, exist_ok=True)
        result = subprocess.run([npm, "pack", f"axe-core@{AXE_VERSION}", "--silent",
                                 "--pack-destination", str(AXE_CACHE)],
                                capture_output=True, text=True, timeout=120)
        tarball = AXE_CACHE / f"axe-core-{AXE_VERSION}.tgz"
        if result.returncode != 0 or not tarball.exists():
            unavailable(f"npm pack axe-core@{AXE_VERSION} failed: {result.stderr.strip()[-500:]}")
        with tarfile.open(tarball) as archive:
            member = archive.getmember("package/axe.min.js")
            archive.extract(member, bundle.parent.parent, filter="data")
    return bundle.read_text(encoding="utf-8")
