"""The built example site in real Chromium: navigation, search, source links, PDFs, print, a11y."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests._browser import ARTIFACTS, axe_script, chromium, serve_folder

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Page

pytestmark = pytest.mark.browser
LOCAL = "http://127.0.0.1:"

# What axe reports on Material's own markup, not on ours: (rule, element) -> why it is let through.
# Only these elements are exempt from only these rules; our templates get no exceptions.
MATERIAL_EXCEPTIONS: dict[tuple[str, str], str] = {
    ("aria-dialog-name", ".md-search"): "Material's search is role=dialog without a name (theme markup)",
    ("color-contrast", ".md-copyright"): "Material's footer credit line, grey on the footer colour",
}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def base_url(example_site: Path) -> Iterator[str]:
    with serve_folder(example_site) as url:
        yield url


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    p = context.new_page()
    errors: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        # This machine has no network: Material's fetch of the repository's stars and forks
        # from the GitHub API fails here and nowhere else. Anything local must load cleanly.
        url = message.location.get("url", "")
        if message.type == "error" and (not url or url.startswith(LOCAL)):
            errors.append(f"console: {message.text} ({url})")

    p.on("console", on_console)
    p.on("pageerror", lambda e: errors.append(f"page error: {e}"))
    p.errors = errors  # type: ignore[attr-defined]
    yield p
    context.close()


def _themes(site: Path) -> list[str]:
    facts = json.loads((site / "data" / "facts.json").read_text(encoding="utf-8"))["facts"]
    return sorted({f["theme"] for f in facts})


def _nav_click(page: Page, url: str) -> None:
    """Click the primary-navigation link that resolves to url."""
    links = page.locator("nav.md-nav--primary a.md-nav__link[href]")
    hrefs: list[str] = links.evaluate_all("els => els.map(e => e.href)")
    assert url in hrefs, f"{url} not in the navigation: {hrefs}"
    links.nth(hrefs.index(url)).click()
    page.wait_for_url(url)


def test_home_loads_cleanly_and_nav_reaches_every_theme(page: Page, base_url: str, example_site: Path) -> None:
    page.goto(base_url)
    assert page.locator(".fs-card").count() > 0 or page.locator("a[href$='/']").count() > 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "home.png", full_page=True)
    themes = _themes(example_site)
    assert themes
    for theme in themes:
        _nav_click(page, f"{base_url}{theme}/")
        assert page.locator("table.fs-facts").is_visible()
    assert page.errors == []  # type: ignore[attr-defined]


def test_search_finds_a_unit_and_leads_to_its_page(page: Page, base_url: str) -> None:
    page.goto(base_url)
    search = page.locator("input.md-search__input")
    result = page.locator(".md-search-result__item a.md-search-result__link").first
    for attempt in range(3):
        # Typed key by key, as a person does; a query typed before the search worker has
        # loaded its index can be dropped, so it is typed again.
        search.click()
        search.fill("")
        search.press_sequentially("qubits")
        try:
            result.wait_for(timeout=5_000)
            break
        except Exception:
            if attempt == 2:
                raise
    # Home, the source and the theme page all carry the figure; the theme page must be among them.
    links = page.locator(".md-search-result__item a.md-search-result__link")
    hrefs: list[str] = links.evaluate_all("els => els.map(e => e.href)")
    theme = next((i for i, h in enumerate(hrefs) if h.startswith(f"{base_url}quantum/")), None)
    assert theme is not None, hrefs
    links.nth(theme).click()
    page.wait_for_url(f"{base_url}quantum/**")
    assert "qubits" in page.locator("article").inner_text()
    assert page.errors == []  # type: ignore[attr-defined]


def test_source_link_lands_on_the_highlighted_sentence(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}quantum/")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "theme-quantum.png", full_page=True)
    link = page.locator("table.fs-facts a[href*='#fact-']").first
    fragment = link.get_attribute("href").partition("#")[2]  # type: ignore[union-attr]
    link.click()
    page.wait_for_url(f"**/sources/**#{fragment}")
    target = page.locator(f"[id='{fragment}']")
    assert target.evaluate("el => el.closest('mark.fs-quote') !== null")
    _expect(target).to_be_in_viewport()
    assert page.errors == []  # type: ignore[attr-defined]


def test_pdf_link_returns_a_pdf(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}quantum/")
    href: str = page.locator("a.fs-pdf").evaluate("a => a.href")
    response = page.request.get(href)
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")


def test_print_hides_navigation_and_search(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}quantum/")
    assert page.locator("nav.md-nav--primary").first.is_visible()
    page.emulate_media(media="print")
    for selector in ("nav.md-nav--primary", ".md-search", ".md-header", ".md-sidebar--primary"):
        _expect(page.locator(selector).first).to_be_hidden()
    _expect(page.locator("table.fs-facts")).to_be_visible()


@pytest.mark.parametrize("path", ["", "quantum/", "sources/000_dc7fbaf109868d4b/"], ids=["home", "theme", "source"])
def test_no_serious_accessibility_violations(page: Page, base_url: str, path: str) -> None:
    page.goto(f"{base_url}{path}")
    page.add_script_tag(content=axe_script())
    results: dict[str, Any] = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = []
    for violation in results["violations"]:
        if violation["impact"] not in ("serious", "critical"):
            continue
        nodes = [n for n in violation["nodes"] if (violation["id"], n["target"][0]) not in MATERIAL_EXCEPTIONS]
        serious.extend(f"{violation['id']} ({violation['impact']}): {n['target'][0]}: {n['failureSummary']}"
                       for n in nodes)
    assert serious == [], "\n".join(serious)


def _expect(locator: Any) -> Any:
    from playwright.sync_api import expect

    return expect(locator)
