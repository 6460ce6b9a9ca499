"""GeoJSON exports: RFC 7946, stable, atomic."""

from __future__ import annotations

import json

from conftest import EXAMPLES
from frontmap.export import atomic_write_text, write_geojson
from frontmap.pipeline import run
from frontmap.settings import Settings


def _check_rfc7946(collection: dict) -> None:
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    for feature in collection["features"]:
        assert feature["type"] == "Feature" and isinstance(feature["id"], str)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert all(len(repr(v).split(".")[-1]) <= 7 for v in (lon, lat))


def test_run_writes_valid_geojson_with_the_contract(tmp_path):
    out = tmp_path / "out"
    summary = run([EXAMPLES], out, Settings(render_map=False))
    claims = json.loads((out / "claims.geojson").read_text("utf-8"))
    places = json.loads((out / "places.geojson").read_text("utf-8"))
    _check_rfc7946(claims)
    _check_rfc7946(places)
    assert len(claims["features"]) == summary.claims > 10
    wanted = {"article_id", "type", "actor", "claimant", "claimant_side", "event_date",
              "date_precision", "place", "place_id", "surface", "evidence", "status",
              "confidence", "lang", "published", "url", "title"}
    for feature in claims["features"]:
        props = feature["properties"]
        assert wanted <= set(props)
        assert props["type"] in {"capture", "advance", "withdrawal", "attack", "strike"}
        assert props["actor"] in {"UA", "RU", None}
        assert props["claimant_side"] in {"UA", "RU", "third", None}
        assert props["status"] in {"claimed", "confirmed", "denied"}
        assert props["place_id"].startswith("geonames:")
        assert props["surface"] in props["evidence"] or props["evidence"]
    for feature in places["features"]:
        props = feature["properties"]
        assert {"article_id", "surfaces", "name", "place_id", "kind", "country", "admin1",
                "confidence"} <= set(props)
        assert props["kind"] in {"settlement", "region", "country", "water", "other"}


def test_outputs_are_deterministic(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    run([EXAMPLES], first, Settings(render_map=False))
    run([EXAMPLES], second, Settings(render_map=False))
    for name in ("claims.geojson", "places.geojson"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_atomic_write_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "x.geojson"
    write_geojson(target, [])
    atomic_write_text(target, "{}")
    assert [p.name for p in tmp_path.iterdir()] == ["x.geojson"]
    assert target.read_text() == "{}"
