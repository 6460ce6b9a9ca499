"""Benchmark the map: render time in Python, HTML size, and first render in headless Chromium.

Synthetic claims (realistic shape: a few thousand settlements in the east and south of Ukraine,
several claims per article, two years of dates, sentence-long evidence) are rendered with
``frontmap.render.render_map`` for each size, then opened from disk in Debian's Chromium through
Playwright; "first render" is the time from navigation until every marker has been added and
painted (the page sets ``data-fm-ready`` and the ``frontmap-ready`` performance mark).

Usage: ``python scripts/bench_map.py [--sizes 10000 100000] [--out DIR] [--no-browser]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from frontmap.render import render_map  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
TYPES = ("capture", "advance", "withdrawal", "attack", "strike")
WEIGHTS = (1, 3, 1, 3, 4)
OBLASTS = ("Donetsk Oblast", "Luhansk Oblast", "Zaporizhzhia Oblast", "Kharkiv Oblast",
           "Kherson Oblast", "Dnipropetrovsk Oblast", "Sumy Oblast")


def synthetic_claims(n: int, *, seed: int = 7, places: int | None = None) -> list[dict[str, Any]]:
    """``n`` claim features that look like a pipeline's output (see the claims GeoJSON contract)."""
    rng = random.Random(seed)
    n_places = places or max(50, min(6000, n // 3))
    spots = [
        (f"geonames:{700000 + i}", f"Settlement {i}", round(rng.uniform(33.0, 39.5), 5),
         round(rng.uniform(46.3, 50.3), 5), rng.choice(OBLASTS))
        for i in range(n_places)
    ]
    start = dt.date(2023, 1, 1)
    features = []
    for i in range(n):
        place_id, name, lon, lat, admin1 = spots[rng.randrange(n_places)]
        day = start + dt.timedelta(days=rng.randrange(730))
        ctype = rng.choices(TYPES, WEIGHTS)[0]
        actor = rng.choice(("UA", "RU", "RU", None))
        article = i // 3
        features.append({
            "type": "Feature",
            "id": f"claim-{i}",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "article_id": f"art-{article}",
                "type": ctype,
                "actor": actor,
                "claimant": rng.choice(("Russian Ministry of Defence", "General Staff of Ukraine",
                                        "ISW", None)),
                "claimant_side": rng.choice(("RU", "UA", "third", None)),
                "event_date": day.isoformat() if rng.random() < 0.85 else None,
                "date_precision": "day",
                "place": name,
                "place_id": place_id,
                "admin1": admin1,
                "place_kind": "settlement",
                "surface": name,
                "evidence": (
                    f"Forces reported an {ctype} near {name} on the morning of {day:%d %B}, "
                    "according to a statement that could not be independently verified, "
                    "while fighting continued along the nearby front line."
                ),
                "status": rng.choice(("claimed", "claimed", "claimed", "confirmed", "denied")),
                "confidence": round(rng.uniform(0.3, 0.99), 2),
                "lang": rng.choice(("en", "uk", "ru")),
                "published": (day + dt.timedelta(days=rng.randrange(3))).isoformat(),
                "url": f"https://news.example.org/{article}",
                "title": f"Front-line report number {article} from the eastern front",
            },
        })
    return features


def first_render(path: Path, timeout_s: float = 300.0) -> dict[str, Any]:
    """Open ``path`` in headless Chromium; time until the page reports it is ready."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        outside: list[str] = []
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
            ("file:", "data:")) else (outside.append(route.request.url), route.abort()))
        started = time.perf_counter()
        page.goto(path.resolve().as_uri(), timeout=timeout_s * 1000)
        page.wait_for_selector("html[data-fm-ready='1']", state="attached",
                               timeout=timeout_s * 1000)
        wall = time.perf_counter() - started
        mark = page.evaluate(
            "performance.getEntriesByName('frontmap-ready')[0].startTime")
        visible = page.get_attribute("html", "data-fm-visible")
        # Responsiveness: move the slider to the middle and time the update.
        t_slider = page.evaluate("""() => {
            const s = document.querySelector('[data-fm=slider]');
            s.value = String(Math.floor(Number(s.max) / 2));
            const t0 = performance.now();
            s.dispatchEvent(new Event('input'));
            return performance.now() - t0;
        }""")
        browser.close()
    return {"wall_s": wall, "ready_ms": mark, "slider_ms": t_slider, "visible": visible,
            "outside_requests": outside}


def measure(features: list[dict[str, Any]], out: Path, *, browser: bool = False
            ) -> dict[str, Any]:
    """Render ``features`` to ``out``: Python seconds, HTML bytes and, with ``browser``, the
    first render in Chromium (what ``bench/run.py`` records)."""
    started = time.perf_counter()
    render_map(features, out)
    result: dict[str, Any] = {"claims": len(features),
                              "python_s": time.perf_counter() - started,
                              "html_bytes": out.stat().st_size}
    if browser and Path(CHROMIUM).exists():
        rendered = first_render(out)
        result.update(first_render_s=rendered["ready_ms"] / 1000,
                      slider_ms=rendered["slider_ms"])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--out", type=Path, default=None, help="keep the maps in this folder")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    folder = args.out or Path(tempfile.mkdtemp(prefix="frontmap-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    browser = not args.no_browser and Path(CHROMIUM).exists()
    print(f"{'claims':>8} {'markers':>8} {'python s':>9} {'HTML MB':>8} {'first render s':>15}"
          f" {'slider ms':>10}")
    for n in args.sizes:
        features = synthetic_claims(n)
        out = folder / f"map-{n}.html"
        started = time.perf_counter()
        render_map(features, out)
        python_s = time.perf_counter() - started
        size_mb = out.stat().st_size / 1e6
        ready = slider = "-"
        markers = "-"
        if browser:
            result = first_render(out)
            ready = f"{result['ready_ms'] / 1000:.2f}"
            slider = f"{result['slider_ms']:.0f}"
            markers = result["visible"]
            if result["outside_requests"]:
                print("  requests that left the page:", result["outside_requests"][:5])
        print(f"{n:>8} {markers:>8} {python_s:>9.2f} {size_mb:>8.2f} {ready:>15} {slider:>10}")
    print(f"maps in {folder}")


if __name__ == "__main__":
    main()
