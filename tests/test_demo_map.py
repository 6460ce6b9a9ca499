"""The demo map, built from the bundled examples, opens in headless Chromium with the network cut
and shows its markers (the foundation's browser acceptance test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES
from frontmap.pipeline import run
from frontmap.settings import Settings

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")


def test_demo_map_offline(tmp_path):
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (CI installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    summary = run([EXAMPLES], tmp_path, Settings())
    assert summary.map_path and summary.claims > 10
    outside: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        context = browser.new_context(offline=True)
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(
            ("file:", "data:")) else (outside.append(r.request.url), r.abort()))
        page = context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(summary.map_path.resolve().as_uri())
        page.wait_for_function("document.documentElement.dataset.fmVisible !== undefined")
        visible = int(page.get_attribute("html", "data-fm-visible"))
        drawn = page.evaluate("document.querySelectorAll('.leaflet-overlay-pane canvas, "
                              ".leaflet-marker-icon').length")
        browser.close()
    assert not outside, outside
    assert not errors, errors
    assert visible > 0 and drawn > 0
