"""The map in a real headless Chromium: markers, slider, filters, URL hash, safety, offline.

Uses Debian's chromium (``/usr/bin/chromium``, installed by ``.ci/run`` in CI) driven by
Playwright; never ``playwright install``. Every request that is not ``file:``/``data:`` is
aborted and recorded, so "no request leaves the page" is checked on every test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from conftest_browser import make_claim, synthetic_claims
from frontmap.render import render_map

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
PAYLOADS = "<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1)"


@dataclass
class Session:
    page: Any
    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def visible(self) -> int:
        return int(self.page.get_attribute("html", "data-fm-visible"))

    def js(self, code: str) -> Any:
        return self.page.evaluate(code)


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium "
                    "(apt-get install chromium; CI installs it in .ci/run)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_map(chromium, tmp_path):
    contexts = []

    def _open(features, *, fragment: str = "", size=(1280, 800), path: Path | None = None,
              **options: Any) -> Session:
        if path is None:
            path = render_map(features, tmp_path / f"map{len(contexts)}.html", **options)
        context = chromium.new_context(viewport={"width": size[0], "height": size[1]})
        contexts.append(context)
        page = context.new_page()
        session = Session(page)

        def route(r):
            if r.request.url.startswith(("file:", "data:")):
                r.continue_()
            else:
                session.outside.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page.on("pageerror", lambda exc: session.errors.append(f"pageerror: {exc}"))
        page.on("console", lambda m: session.errors.append(f"console: {m.text}")
                if m.type == "error" else None)
        page.on("dialog", lambda d: (session.dialogs.append(d.message), d.dismiss()))
        page.goto(path.resolve().as_uri() + fragment)
        page.wait_for_selector("html[data-fm-ready='1']", state="attached", timeout=15_000)
        return session

    yield _open
    for context in contexts:
        context.close()


def _clean(session: Session) -> None:
    assert session.outside == []
    assert session.errors == []
    assert session.dialogs == []


def _week_of_claims() -> list[dict]:
    """Seven claims on seven consecutive days, of all five types and both sides."""
    types = ["capture", "advance", "withdrawal", "attack", "strike", "strike", "attack"]
    actors = ["RU", "RU", "UA", "UA", "RU", None, "UA"]
    claimants = ["RU", "RU", "UA", "UA", "third", None, "UA"]
    return [
        make_claim(f"c{i}", article_id=f"a{i}", type=types[i], actor=actors[i],
                   claimant_side=claimants[i], event_date=f"2024-03-{i + 1:02d}",
                   place=f"Place {i}", place_id=f"geonames:{i}", surface=f"Place {i}",
                   lon=37.0 + 0.3 * i, lat=48.0 + 0.1 * i)
        for i in range(7)
    ]


def test_markers_appear_and_nothing_is_requested(open_map):
    s = open_map(_week_of_claims())
    assert s.visible() == 7
    assert s.js("frontmapApp.cluster.getLayers().length") == 7
    assert s.page.locator(".fm-count").inner_text().startswith("7 of 7 claims shown")
    assert s.page.locator(".leaflet-overlay-pane canvas").count() >= 1
    assert "Natural Earth" in s.page.locator(".leaflet-control-attribution").inner_text()
    assert s.page.title() == "frontmap — claimed front-line events"
    _clean(s)


def test_slider_and_modes_change_what_is_shown(open_map):
    s = open_map(_week_of_claims())
    slider = s.page.locator("[data-fm=slider]")
    assert slider.get_attribute("max") == "6"
    slider.press("Home")  # as of 1 March: one claim
    assert s.visible() == 1
    assert "1 Mar 2024" in s.page.locator(".fm-date").inner_text()
    slider.press("ArrowRight")
    slider.press("ArrowRight")
    assert s.visible() == 3
    s.page.select_option("[data-fm=mode]", "window")  # only 3 March
    assert s.visible() == 1
    s.page.locator("[data-fm=back]").click()
    assert "2 Mar 2024" in s.page.locator(".fm-date").inner_text()
    s.page.select_option("[data-fm=step]", "week")  # the week of 26 Feb – 3 Mar
    assert s.visible() == 3
    s.page.locator("[data-fm=forward]").click()  # 4–10 March
    assert s.visible() == 4
    s.page.select_option("[data-fm=step]", "month")
    s.page.select_option("[data-fm=mode]", "asof")
    assert s.visible() == 7
    _clean(s)


def test_play_steps_through_time(open_map):
    s = open_map(_week_of_claims(), fragment="#date=2024-03-01")
    assert s.visible() == 1
    s.page.locator("[data-fm=play]").click()
    s.page.wait_for_function("document.documentElement.dataset.fmVisible === '3'", timeout=5000)
    s.page.locator("[data-fm=play]").click()  # pause
    assert s.js("frontmapApp.playing") is None
    _clean(s)


def test_type_side_and_claimant_filters(open_map):
    s = open_map(_week_of_claims())
    s.page.locator("[data-fm=type-strike]").uncheck()
    assert s.visible() == 5
    s.page.locator("[data-fm=side-RU]").uncheck()
    assert s.visible() == 3  # withdrawal UA, attack UA, attack UA
    s.page.locator("[data-fm=claimant-UA]").uncheck()
    assert s.visible() == 0
    s.page.locator("[data-fm=type-strike]").check()
    s.page.locator("[data-fm=side-RU]").check()
    s.page.locator("[data-fm=claimant-UA]").check()
    s.page.locator("[data-fm=side-unknown]").uncheck()
    assert s.visible() == 6
    s.page.locator("[data-fm=claimant-unknown]").uncheck()
    s.page.locator("[data-fm=claimant-third]").uncheck()
    assert s.visible() == 5
    _clean(s)


def test_url_hash_round_trips(open_map, tmp_path):
    claims = _week_of_claims()
    s = open_map(claims)
    s.page.locator("[data-fm=type-capture]").uncheck()
    s.page.locator("[data-fm=claimant-third]").uncheck()
    s.page.locator("[data-fm=control]").uncheck()
    s.page.select_option("[data-fm=step]", "week")
    s.page.select_option("[data-fm=mode]", "window")
    s.page.locator("[data-fm=back]").click()
    fragment = s.js("location.hash")
    assert "date=2024-02-26" in fragment and "mode=window" in fragment
    assert "types=advance,withdrawal,attack,strike" in fragment
    state = (s.visible(), s.page.locator(".fm-date").inner_text())
    assert state[0] == 2  # advance on 2 March, not the capture of 1 March

    t = open_map(None, path=tmp_path / "map0.html", fragment=fragment)
    assert (t.visible(), t.page.locator(".fm-date").inner_text()) == state
    assert not t.page.locator("[data-fm=type-capture]").is_checked()
    assert not t.page.locator("[data-fm=claimant-third]").is_checked()
    assert not t.page.locator("[data-fm=control]").is_checked()
    assert t.page.locator("[data-fm=step]").input_value() == "week"
    assert t.js("location.hash") == fragment
    t.js("location.hash = '#date=2024-03-07&mode=asof&step=day'")  # edited by hand
    t.page.wait_for_function("document.documentElement.dataset.fmVisible === '7'")
    _clean(s)
    _clean(t)


def test_claimed_control_recolours_with_the_slider(open_map):
    claims = [
        make_claim("c1", type="capture", actor="RU", event_date="2024-02-17"),
        make_claim("c2", type="withdrawal", actor="RU", event_date="2024-03-01",
                   article_id="a2"),
    ]
    s = open_map(claims, fragment="#date=2024-02-20")
    state = "frontmapApp.cells[0].layer.fmState"
    assert s.js("frontmapApp.cells.length") == 1
    assert s.js(state) == 1  # RU
    s.js("location.hash = '#date=2024-03-01'")
    s.page.wait_for_function(f"{state} === 0")  # UA: Russia claims it withdrew
    s.page.locator("[data-fm=control]").uncheck()
    assert s.js("frontmapApp.map.hasLayer(frontmapApp.controlLayer)") is False
    assert "not an assessment" in s.page.locator(".fm-control-note").inner_text()
    _clean(s)


def test_undated_and_imprecise_claims_in_time(open_map):
    claims = [
        *_week_of_claims(),
        make_claim("u", event_date=None, published=None, place_id="geonames:99",
                   article_id="u"),
        make_claim("m", event_date="2024-03-01", date_precision="month",
                   place_id="geonames:98", article_id="m"),
        make_claim("p", event_date=None, published="2024-03-05", place_id="geonames:97",
                   article_id="p"),
    ]
    s = open_map(claims, fragment="#date=2024-03-04&mode=window")
    assert s.visible() == 3  # the day's claim, the undated one, the one dated "in March"
    s.page.locator("[data-fm=slider]").press("Home")
    assert s.visible() == 3
    s.page.locator("[data-fm=forward]").click()
    s.page.locator("[data-fm=forward]").click()
    s.page.locator("[data-fm=forward]").click()
    s.page.locator("[data-fm=forward]").click()  # 5 March: published that day, no event date
    assert s.visible() == 4
    _clean(s)


def test_an_empty_map_still_opens(open_map):
    s = open_map([])
    assert s.visible() == 0
    assert s.page.locator("[data-fm=slider]").is_disabled()
    assert "No dated claims" in s.page.locator(".fm-date").inner_text()
    _clean(s)


def test_hostile_article_executes_nothing(open_map):
    evil = make_claim(
        "evil", evidence=f"{PAYLOADS} near Avdiivka", surface="<img src=x onerror=alert(1)>",
        title=PAYLOADS, url="javascript:alert(1)", claimant="<script>alert(2)</script>",
        place="<img src=x onerror=alert(3)>", admin1="</script><script>alert(4)</script>",
    )
    good = make_claim("good", article_id="a2", type="strike", place_id="geonames:2",
                      lon=38.5, lat=48.6, url="https://news.example.org/ok", title="Fine")
    s = open_map([evil, good], fragment="#cluster=0",
                 title="<img src=x onerror=alert(5)> map")
    for marker in (0, 1):
        point = s.js(f"""(() => {{
            const app = frontmapApp, m = app.markers[{marker}];
            app.map.setView(m.getLatLng(), 9, {{animate: false}});
            const p = app.map.latLngToContainerPoint(m.getLatLng());
            const r = app.map.getContainer().getBoundingClientRect();
            return [r.left + p.x, r.top + p.y];
        }})()""")
        s.page.mouse.click(point[0], point[1])
        s.page.wait_for_selector(".fm-popup")
        popup = s.page.locator(".fm-popup")
        text = popup.inner_text()
        if marker == 0:
            assert "<script>alert(1)</script>" in text
            assert "javascript:alert(1)" in text
            assert "<img src=x onerror=alert(3)>" in text
            assert popup.locator("a").count() == 0  # the javascript: URL is plain text
            assert popup.locator("mark").inner_text() == "<img src=x onerror=alert(1)>"
        else:
            assert popup.locator("a").get_attribute("href") == "https://news.example.org/ok"
            assert popup.locator("a").get_attribute("rel") == "noopener noreferrer nofollow"
        s.page.locator(".leaflet-popup-close-button").click()
        s.page.wait_for_selector(".fm-popup", state="detached")
    s.page.wait_for_timeout(300)
    assert s.js("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert s.js("document.querySelectorAll('a[href^=\"javascript:\" i]').length") == 0
    assert s.js("window.frontmap.safeUrl('javascript:alert(1)')") is None
    assert s.page.title() == "<img src=x onerror=alert(5)> map"
    _clean(s)


def test_online_tiles_are_the_only_requests(open_map):
    s = open_map([make_claim()], online_tiles=True)
    s.page.wait_for_timeout(500)
    assert s.outside, "the opt-in tile layer should ask for tiles"
    assert all(u.startswith("https://tile.openstreetmap.org/") for u in s.outside)
    s.page.locator("[data-fm=tiles]").uncheck()
    assert "tiles=0" in s.js("location.hash")
    assert s.dialogs == []


def test_usable_on_a_phone(open_map):
    s = open_map(_week_of_claims(), size=(400, 700))

    def box(selector: str) -> dict:
        return s.page.locator(selector).bounding_box()

    def overlap(a: dict, b: dict) -> bool:
        return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                    or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])

    title, panel, bar = box(".fm-title"), box(".fm-panel"), box(".fm-timebar")
    assert s.page.locator(".fm-panel.fm-collapsed").count() == 1
    assert not overlap(title, panel)
    assert bar["x"] >= 0 and bar["x"] + bar["width"] <= 400 and bar["y"] + bar["height"] <= 700
    assert box("[data-fm=slider]")["width"] >= 120
    s.page.locator(".fm-panel-toggle").click()
    assert s.page.locator("[data-fm=type-capture]").is_visible()
    assert not overlap(box(".fm-panel"), box(".fm-timebar"))
    _clean(s)


def test_ten_thousand_claims_open(open_map):
    s = open_map(synthetic_claims(10_000))  # waits at most 15 s for the first render
    assert s.visible() == 10_000
    ready_ms = s.js("performance.getEntriesByName('frontmap-ready')[0].startTime")
    assert ready_ms < 15_000
    _clean(s)
