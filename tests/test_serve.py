"""Live reload for real: `factsheets serve` in a subprocess, the page open in Chromium, a content edit."""

from __future__ import annotations

import os
import re
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests._browser import chromium, free_port
from tests.conftest import BIN, factsheets
from tests.projects import stop_server

pytestmark = [pytest.mark.browser, pytest.mark.slow]
STARTUP_SECONDS = 90


@pytest.fixture()
def served(project: Path) -> Iterator[str]:
    """`factsheets serve` on a free port of 127.0.0.1 over a copy of the example; yields its URL."""
    factsheets("extract", cwd=project)
    port = free_port()
    log = (project / "serve.log").open("w", encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    process = subprocess.Popen([str(BIN / "factsheets"), "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                               stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if process.poll() is not None:
                pytest.fail(f"factsheets serve exited ({process.returncode}):\n"
                            + (project / "serve.log").read_text(encoding="utf-8"))
            try:
                # mkdocs serve mounts the site at site_url's path (/factsheets/) and redirects / there.
                with urllib.request.urlopen(url, timeout=2) as response:
                    url = response.geturl()
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail("factsheets serve did not answer:\n" + (project / "serve.log").read_text("utf-8"))
                time.sleep(0.2)
        yield url
    finally:
        stop_server(process, timeout=10)
        log.close()


def _first_sheet_with_facts(content: Path) -> Path:
    for path in sorted(content.glob("*.yml")):
        if re.search(r"^  statement: ", path.read_text(encoding="utf-8"), re.MULTILINE):
            return path
    raise AssertionError(f"no fact sheet with facts in {content}")


def test_editing_a_statement_updates_the_open_page(served: str, project: Path) -> None:
    sheet = _first_sheet_with_facts(project / "content")
    marker = "Edited while serving"  # no ": " in it: that would end a plain YAML scalar
    with chromium() as browser:
        page = browser.new_page()
        page.set_default_timeout(10_000)
        response = page.goto(f"{served}{sheet.stem}/")
        assert response is not None and response.ok, (project / "serve.log").read_text(encoding="utf-8")
        page.locator("table.fs-facts").wait_for()
        assert marker not in page.locator("article").inner_text()
        text = sheet.read_text(encoding="utf-8")
        # Inside the quotes if the statement has them, so that the YAML stays valid.
        sheet.write_text(re.sub(r"""^(  statement: ['"]?)(?=[^>|])""", rf"\g<1>{marker} ", text, count=1,
                                flags=re.MULTILINE), encoding="utf-8")
        started = time.monotonic()
        # No reload, no rebuild by hand: the live-reload script in the page must bring the text.
        try:
            page.locator("table.fs-facts", has_text=marker).wait_for(timeout=60_000)
        except Exception as e:
            raise AssertionError("the edit never showed:\n" + (project / "serve.log").read_text("utf-8")) from e
        print(f"edit shown after {time.monotonic() - started:.2f} s")
