"""Helpers shared by the map tests (``test_render.py``, ``test_browser.py``).

Not a pytest conftest: imported by name. Claims are built here, in the shape of the
``claims.geojson`` contract, so every test states only what it is about.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

TYPES = ("capture", "advance", "withdrawal", "attack", "strike")


def make_claim(
    claim_id: str = "c1",
    *,
    lon: float = 37.75,
    lat: float = 48.14,
    geometry: dict[str, Any] | None = None,
    **props: Any,
) -> dict[str, Any]:
    """One claim Feature; keyword arguments override its properties."""
    properties: dict[str, Any] = {
        "article_id": "a1",
        "type": "capture",
        "actor": "RU",
        "claimant": "Russian Ministry of Defence",
        "claimant_side": "RU",
        "event_date": "2024-02-17",
        "date_precision": "day",
        "place": "Avdiivka",
        "place_id": "geonames:713174",
        "admin1": "Donetsk Oblast",
        "place_kind": "settlement",
        "surface": "Avdiivka",
        "evidence": "Russian forces took full control of Avdiivka, the ministry said.",
        "status": "claimed",
        "confidence": 0.8,
        "lang": "en",
        "published": "2024-02-18",
        "url": "https://news.example.org/a1",
        "title": "Avdiivka falls",
    }
    properties.update(props)
    return {
        "type": "Feature",
        "id": claim_id,
        "geometry": geometry or {"type": "Point", "coordinates": [lon, lat]},
        "properties": properties,
    }


def synthetic_claims(n: int, *, seed: int = 3) -> list[dict[str, Any]]:
    """``n`` distinct claims over ~300 settlements in the east and a year of dates."""
    rng = random.Random(seed)
    places = [
        (f"geonames:{800000 + i}", f"Place {i}", rng.uniform(35.0, 39.0), rng.uniform(46.8, 49.8))
        for i in range(max(20, n // 30))
    ]
    start = dt.date(2024, 1, 1)
    claims = []
    for i in range(n):
        place_id, name, lon, lat = places[i % len(places)]
        day = start + dt.timedelta(days=(i * 7919) % 366)
        claims.append(
            make_claim(
                f"s{i}", lon=lon, lat=lat, article_id=f"art{i // 2}", place=name,
                place_id=place_id, surface=name, type=TYPES[i % 5],
                actor=("UA", "RU", None)[i % 3], event_date=day.isoformat(),
                published=day.isoformat(), evidence=f"Fighting was reported at {name}.",
                url=f"https://news.example.org/{i // 2}", title=f"Report {i // 2}",
            )
        )
    return claims
