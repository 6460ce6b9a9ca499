"""The map: merged markers, claimed control, safe embedding, offline assets, atomic writes."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import frontmap
from conftest_browser import make_claim
from frontmap import render
from frontmap.errors import NoInput, RenderError, UnreadableInput
from frontmap.layers import claimed_control, control_cells, control_timeline, merge_claims
from frontmap.render import build_payload, load_features, render_map, safe_json, select_features
from frontmap.resources import data_path

EXTERNAL_LOADS = (
    re.compile(r"<script[^>]*\ssrc\s*=\s*[\"']?\s*(https?:)?//", re.IGNORECASE),
    re.compile(r"<link[^>]*\shref\s*=\s*[\"']?\s*(https?:)?//", re.IGNORECASE),
    re.compile(r"url\(\s*[\"']?\s*(https?:)?//", re.IGNORECASE),
    re.compile(r"@import", re.IGNORECASE),
    re.compile(r"<(img|iframe|embed|object|source|audio|video)[^>]*\ssrc\s*=", re.IGNORECASE),
)

XSS_TEXT = "<script>alert(1)</script> <img src=x onerror=alert(1)> </script><!-- \u2028"


def _data_block(page: str) -> dict:
    match = re.search(
        r'<script type="application/json" id="frontmap-data">(.*?)</script>', page, re.DOTALL
    )
    assert match, "data block missing"
    return json.loads(match.group(1))


# --------------------------------------------------------------------------- merge


def test_merge_folds_the_same_event_from_several_articles():
    claims = [
        make_claim("c1", article_id="a1", status="claimed", confidence=0.6),
        make_claim("c2", article_id="a2", status="confirmed", confidence=0.9,
                   claimant="ISW", claimant_side="third", url="https://b.example/2"),
        make_claim("c3", article_id="a3", event_date="2024-02-18"),  # another day
        make_claim("c4", article_id="a4", actor="UA"),  # another actor
        make_claim("c5", article_id="a5", type="attack"),  # another type
    ]
    merged = merge_claims(claims)
    assert len(merged) == 4
    event = next(f for f in merged if f["properties"]["source_count"] == 2)
    props = event["properties"]
    assert props["claim_ids"] == ["c1", "c2"]
    assert [s["article_id"] for s in props["sources"]] == ["a2", "a1"]  # best-documented first
    assert props["status"] == "confirmed" and props["statuses"] == ["confirmed", "claimed"]
    assert props["confidence"] == 0.9
    assert props["claimant_sides"] == ["RU", "third"]
    assert props["date"] == "2024-02-17" and props["date_source"] == "event"
    assert event["geometry"] == claims[0]["geometry"]


def test_merge_includes_pipeline_sources_once_and_leaves_input_alone():
    extra = {"article_id": "a9", "title": "Also reported", "url": "https://c.example/9",
             "published": "2024-02-19", "claimant": None}
    claims = [
        make_claim("c1", article_id="a1", sources=[extra, {"article_id": "a2"}]),
        make_claim("c2", article_id="a2", evidence="Second article's own sentence."),
    ]
    before = copy.deepcopy(claims)
    (event,) = merge_claims(claims)
    sources = {s["article_id"]: s for s in event["properties"]["sources"]}
    assert set(sources) == {"a1", "a2", "a9"}
    assert sources["a2"]["evidence"] == "Second article's own sentence."  # own entry wins
    assert event["properties"]["source_count"] == 3
    assert claims == before


def test_merge_id_is_stable_and_order_free():
    claims = [make_claim(f"c{i}", article_id=f"a{i}") for i in range(4)]
    one = merge_claims(claims)
    two = merge_claims(list(reversed(claims)))
    assert one == two
    assert one[0]["id"].startswith("m-")


def test_undated_claims_merge_by_publication_day():
    claims = [
        make_claim("c1", event_date=None, published="2024-03-01", article_id="a1"),
        make_claim("c2", event_date=None, published="2024-03-01", article_id="a2"),
        make_claim("c3", event_date=None, published="2024-03-09", article_id="a3"),
        make_claim("c4", event_date=None, published=None, article_id="a4"),
    ]
    merged = merge_claims(claims)
    assert sorted(f["properties"]["source_count"] for f in merged) == [1, 1, 2]
    sources = {f["properties"]["date_source"] for f in merged}
    assert sources == {"published", "undated"}


# --------------------------------------------------------------------------- claimed control


def test_control_follows_the_latest_claim():
    claims = [
        make_claim("c1", type="capture", actor="RU", event_date="2024-02-17"),
        make_claim("c2", type="withdrawal", actor="RU", event_date="2024-03-01"),  # → UA
        make_claim("c3", type="attack", actor="RU", event_date="2024-03-05"),  # says nothing
    ]
    assert claimed_control(claims, dt.date(2024, 2, 1)) == {}
    assert claimed_control(claims, "2024-02-20")["geonames:713174"]["side"] == "RU"
    later = claimed_control(claims, dt.date(2024, 3, 2))["geonames:713174"]
    assert later["side"] == "UA" and later["since"] == "2024-03-01"
    assert claimed_control(claims)["geonames:713174"]["side"] == "UA"


def test_control_marks_same_day_counterclaims_contested_and_ignores_noise():
    claims = [
        make_claim("c1", type="capture", actor="RU", event_date="2024-05-01"),
        make_claim("c2", type="capture", actor="UA", event_date="2024-05-01"),
        make_claim("d", type="capture", actor="UA", event_date="2024-06-01", status="denied"),
        make_claim("r", type="capture", actor="UA", event_date="2024-06-02",
                   review_status="rejected", reviewed=True),
        make_claim("u", type="capture", actor="UA", event_date=None, published=None),
        make_claim("x", type="capture", actor=None, event_date="2024-06-03"),
        make_claim("o", type="capture", actor="RU", place_id="geonames:1", place_kind="region"),
    ]
    (entry,) = control_timeline(claims)
    assert entry["changes"] == [("2024-05-01", "contested")]
    assert claimed_control(claims)["geonames:713174"]["side"] == "contested"


def test_control_uses_publication_date_when_the_event_is_undated():
    claims = [make_claim("c1", event_date=None, published="2024-04-04")]
    assert control_timeline(claims)[0]["changes"] == [("2024-04-04", "RU")]


def test_control_cells_are_disjoint_bounded_and_stay_in_their_country():
    from shapely.geometry import Point, box

    ukraine, russia = box(30, 45, 38, 52), box(38, 45, 45, 52)
    points = [("a", 36.0, 48.0), ("b", 36.2, 48.0), ("c", 37.98, 49.0), ("far", 60.0, 10.0)]
    cells = control_cells(points, [ukraine, russia], radius_km=20)
    assert set(cells) == {"a", "b", "c"}
    for key, lon, lat in points[:3]:
        assert cells[key].buffer(1e-9).contains(Point(lon, lat))
        assert cells[key].within(ukraine.buffer(1e-9))
        assert cells[key].bounds[2] - cells[key].bounds[0] < 0.6  # ~40 km across at most
    assert cells["a"].intersection(cells["b"]).area < 1e-9
    assert control_cells([], [ukraine]) == {}


# --------------------------------------------------------------------------- selection


def test_date_range_uses_event_date_then_publication_date_and_keeps_undated():
    claims = [
        make_claim("in", event_date="2024-02-10"),
        make_claim("before", event_date="2024-01-10"),
        make_claim("after", event_date="2024-03-10"),
        make_claim("pub-in", event_date=None, published="2024-02-20"),
        make_claim("pub-out", event_date=None, published="2024-04-20"),
        make_claim("undated", event_date=None, published=None),
    ]
    kept = select_features(claims, date_from=dt.date(2024, 2, 1), date_to=dt.date(2024, 2, 29))
    assert [f["id"] for f in kept] == ["in", "pub-in", "undated"]


def test_selection_drops_rejected_unlocated_and_unknown_types():
    claims = [
        make_claim("ok"),
        make_claim("rejected", reviewed=True, review_status="rejected"),
        make_claim("nowhere", geometry={"type": "Point", "coordinates": [None, 1]}),
        make_claim("nan", geometry={"type": "Point", "coordinates": [float("nan"), 48.0]}),
        make_claim("odd", type="parade"),
        make_claim("accepted", reviewed=True, review_status="accepted"),
        make_claim("corrected", reviewed=True, review_status="corrected"),
    ]
    assert [f["id"] for f in select_features(claims)] == ["ok", "accepted", "corrected"]
    reviewed = select_features(claims, reviewed_only=True)
    assert [f["id"] for f in reviewed] == ["accepted", "corrected"]


def test_payload_is_compact_and_ranges_over_dates():
    claims = [
        make_claim("c1", article_id="a1", event_date="2024-02-17"),
        make_claim("c2", article_id="a2", event_date="2024-02-17"),
        make_claim("c3", article_id="a1", event_date="2024-03-01", type="strike",
                   place="Kramatorsk", place_id="geonames:704508", lon=37.56, lat=48.72),
    ]
    payload = build_payload(claims, step="week")
    assert payload["step"] == "week"
    assert len(payload["claims"]) == 2 and payload["reports"] == 3
    assert len(payload["places"]) == 2
    first = dt.date(2024, 2, 17) - dt.date(1970, 1, 1)
    last = dt.date(2024, 3, 1) - dt.date(1970, 1, 1)
    assert payload["range"] == [first.days, last.days]
    assert payload["control"] and payload["control"][0][2] == [[first.days, 1]]  # RU
    with pytest.raises(ValueError):
        build_payload(claims, step="fortnight")
    with pytest.raises(ValueError):
        build_payload(claims, date_from=dt.date(2024, 3, 1), date_to=dt.date(2024, 2, 1))


# --------------------------------------------------------------------------- escaping


@given(st.text())
def test_safe_json_round_trips_and_cannot_close_the_script(text):
    doc = safe_json({"t": text, "list": [text]})
    assert json.loads(doc) == {"t": text, "list": [text]}
    assert "<" not in doc and ">" not in doc
    assert "\u2028" not in doc and "\u2029" not in doc


def test_article_text_is_never_markup_or_template(tmp_path):
    claim = make_claim(
        "evil", evidence=XSS_TEXT + " {{ 7*7 }} {% raw %}", surface="<img src=x onerror=alert(1)>",
        title=XSS_TEXT, url="javascript:alert(1)", claimant="{{ self }}", place="</title><b>",
    )
    page = render_map([claim], tmp_path / "map.html", title="<b>T</b> {{ 6*7 }}").read_text(
        encoding="utf-8")
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert "42" not in re.findall(r"<title>(.*?)</title>", page)[0]
    assert "<title>&lt;b&gt;T&lt;/b&gt; {{ 6*7 }}</title>" in page
    data = _data_block(page)
    assert data["title"] == "<b>T</b> {{ 6*7 }}"
    (source,) = data["claims"][0][10]
    assert source[3] == XSS_TEXT + " {{ 7*7 }} {% raw %}"  # exactly as written, not rendered
    assert data["articles"][source[0]][2] == "javascript:alert(1)"  # the page shows it as text
    assert not re.search(r"href\s*=\s*[\"']?\s*javascript:", page, re.IGNORECASE)


# --------------------------------------------------------------------------- the page


def test_page_loads_nothing_from_the_network(tmp_path):
    page = render_map([make_claim()], tmp_path / "map.html").read_text(encoding="utf-8")
    for pattern in EXTERNAL_LOADS:
        assert not pattern.search(page), pattern.pattern
    assert "tile.openstreetmap.org" not in page
    assert "sourceMappingURL" not in page
    for host in ("cdn.jsdelivr.net", "code.jquery.com", "cdnjs.cloudflare.com",
                 "bootstrapcdn.com"):  # folium's default CDN links are gone
        assert host not in page
    assert page.count("<script") >= 5  # leaflet, jquery, markercluster, ours, data


def test_online_tiles_add_only_the_osm_layer(tmp_path):
    page = render_map([make_claim()], tmp_path / "map.html", online_tiles=True).read_text(
        encoding="utf-8")
    assert "tile.openstreetmap.org" in page
    for pattern in EXTERNAL_LOADS:
        assert not pattern.search(page), pattern.pattern


def test_attribution_and_title_are_on_the_map(tmp_path):
    page = render_map([], tmp_path / "map.html").read_text(encoding="utf-8")
    for credit in ("GeoNames", "CC BY 4.0", "geoBoundaries", "OpenStreetMap", "ODbL",
                   "Natural Earth"):
        assert credit in page
    assert "<title>frontmap — claimed front-line events</title>" in page
    assert "not an assessment" in page


def test_render_writes_atomically(tmp_path, monkeypatch):
    out = tmp_path / "sub" / "map.html"
    assert render_map([make_claim()], out) == out
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in out.parent.iterdir()] == ["map.html"]

    out.write_text("previous map", encoding="utf-8")

    def fail(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(render.os, "replace", fail)
    with pytest.raises(RenderError):
        render_map([make_claim()], out)
    assert out.read_text(encoding="utf-8") == "previous map"
    assert [p.name for p in out.parent.iterdir()] == ["map.html"]


def test_bundled_boundaries_are_small_and_credited():
    files = [data_path("boundaries", n) for n in ("ukraine_oblasts.geojson", "neighbours.geojson")]
    assert sum(f.stat().st_size for f in files) < 400_000
    oblasts = json.loads(files[0].read_text(encoding="utf-8"))
    assert len(oblasts["features"]) == 27
    names = {f["properties"]["name"] for f in oblasts["features"]}
    assert {"Donetsk Oblast", "Autonomous Republic of Crimea", "Sevastopol"} <= names
    attribution = data_path("boundaries", "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "geoBoundaries" in attribution and "Natural Earth" in attribution


# --------------------------------------------------------------------------- loading


def _write_fc(path: Path, features: list[dict]) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}),
                    encoding="utf-8")
    return path


def test_load_features_from_file_and_run_folder(tmp_path):
    _write_fc(tmp_path / "claims.geojson", [make_claim("c1"), make_claim("c2")])
    assert [f["id"] for f in load_features(tmp_path / "claims.geojson")] == ["c1", "c2"]
    assert [f["id"] for f in load_features(tmp_path)] == ["c1", "c2"]
    (tmp_path / "frontmap.sqlite").write_bytes(b"")  # a store no module reads yet
    assert [f["id"] for f in load_features(str(tmp_path))] == ["c1", "c2"]


def test_load_features_prefers_the_store_when_a_store_module_reads_it(tmp_path, monkeypatch):
    import sys
    import types

    _write_fc(tmp_path / "claims.geojson", [make_claim("from-geojson")])
    (tmp_path / "frontmap.sqlite").write_bytes(b"")
    store = types.ModuleType("frontmap.store")
    store.claim_features = lambda path: [make_claim(f"from-{Path(path).name}")]
    monkeypatch.setitem(sys.modules, "frontmap.store", store)
    monkeypatch.setattr(frontmap, "store", store, raising=False)
    assert [f["id"] for f in load_features(tmp_path)] == ["from-frontmap.sqlite"]


def test_load_features_reports_bad_input(tmp_path):
    with pytest.raises(NoInput):
        load_features(tmp_path)
    with pytest.raises(NoInput):
        load_features(tmp_path / "missing.geojson")
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(UnreadableInput):
        load_features(bad)
    bad.write_text('{"type": "Feature"}', encoding="utf-8")
    with pytest.raises(UnreadableInput, match="FeatureCollection"):
        load_features(bad)


def test_render_from_loaded_run_folder(tmp_path):
    _write_fc(tmp_path / "claims.geojson", [make_claim()])
    out = render_map(load_features(tmp_path), tmp_path / "map.html", step="month")
    data = _data_block(out.read_text(encoding="utf-8"))
    assert data["step"] == "month" and len(data["claims"]) == 1
    assert os.access(out, os.R_OK)
