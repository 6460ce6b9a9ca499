"""Exports of a run's store, read back with GDAL (pyogrio): types, CRS, counts and values."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pyogrio
import pytest

from conftest import EXAMPLES
from frontmap.errors import ExportError, FrontmapError
from frontmap.export import CLAIM_COLUMNS, EXPORT_FORMATS, PLACE_COLUMNS, export_store
from frontmap.pipeline import run
from frontmap.settings import Settings
from frontmap.store import Store

KUPIANSK = ("geonames:703656", "Kupiansk", 37.61581, 49.71003)


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory, pipeline):
    """The examples' run, with one claim corrected, one rejected and one accepted."""
    out = tmp_path_factory.mktemp("reviewed")
    run([EXAMPLES], out, Settings(render_map=False), pipeline=pipeline)
    with Store(out) as store:
        features = store.claim_features()
        corrected, rejected, accepted = (f["id"] for f in features[:3])
        store.correct(corrected, "kari", place=KUPIANSK[0], event_date="2023-05-10",
                      note="the text means Kupiansk")
        store.reject(rejected, "ola", "not an event")
        store.accept(accepted, "ola")
        places = store.place_features()
    return {"dir": out, "features": features, "places": places, "corrected": corrected,
            "rejected": rejected, "accepted": accepted}


@pytest.fixture
def folder(reviewed, tmp_path):
    target = tmp_path / "run"
    shutil.copytree(reviewed["dir"], target)
    return target


def ogr_types(path, layer=None):
    info = pyogrio.read_info(path, layer=layer)
    return info, dict(zip(info["fields"], info["ogr_types"], strict=True))


def check_claims(frame, reviewed, *, id_column="claim_id"):
    """Counts and reviewed values of an exported claims table."""
    expected = [f["id"] for f in reviewed["features"] if f["id"] != reviewed["rejected"]]
    assert list(frame[id_column]) == expected
    row = frame[frame[id_column] == reviewed["corrected"]].iloc[0]
    assert (row.place_id, row.location) == KUPIANSK[:2]
    assert (round(row.geometry.x, 5), round(row.geometry.y, 5)) == KUPIANSK[2:]
    assert row.event_date.date() == dt.date(2023, 5, 10)
    assert (row.review_status, row.reviewed_by, row.corrected_fields) == (
        "corrected", "kari", "event_date,place_id")
    assert row.review_note == "the text means Kupiansk"
    accepted = frame[frame[id_column] == reviewed["accepted"]].iloc[0]
    assert (accepted.review_status, bool(accepted.reviewed)) == ("accepted", True)
    unreviewed = frame[~frame[id_column].isin([reviewed["corrected"], reviewed["accepted"]])]
    assert not unreviewed.reviewed.astype(bool).any()
    original = {f["id"]: f["properties"] for f in reviewed["features"]}
    for _, r in frame.iterrows():
        props = original[r[id_column]]
        assert r.event_type == props["type"]
        assert (r.claim_status, r.source_language) == (props["status"], props["lang"])
        if r[id_column] != reviewed["corrected"] and props["event_date"]:
            assert r.event_date.date().isoformat() == props["event_date"]


def test_geojson_is_rfc7946_with_stable_ids(folder, reviewed, tmp_path):
    out = tmp_path / "claims.geojson"
    result = export_store(folder, "geojson", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    stored = {f["id"]: f["geometry"] for f in reviewed["features"]}
    for feature in doc["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        if feature["id"] == reviewed["corrected"]:
            assert [lon, lat] == list(KUPIANSK[2:])  # [longitude, latitude]
        else:
            assert feature["geometry"] == stored[feature["id"]]
        for c in (lon, lat):
            assert len(repr(c).split(".")[1]) <= 7
        assert feature["id"] == feature["properties"]["claim_id"]
    assert len({f["id"] for f in doc["features"]}) == len(doc["features"]) == result.layers[
        "claims"]
    again = tmp_path / "again.geojson"
    export_store(folder, "geojson", again)
    assert again.read_bytes() == out.read_bytes()
    info, types = ogr_types(out)
    assert info["crs"] == "EPSG:4326" and info["geometry_type"] == "Point"
    assert types["event_date"] == "OFTDate" and types["source_date"] == "OFTDate"
    assert types["reviewed_at"] == "OFTDateTime" and types["confidence"] == "OFTReal"
    check_claims(pyogrio.read_dataframe(out), reviewed)


def test_geopackage_has_claims_and_places_layers_with_real_dates(folder, reviewed, tmp_path):
    out = tmp_path / "claims.gpkg"
    result = export_store(folder, "gpkg", out)
    assert [name for name, _ in pyogrio.list_layers(out)] == ["claims", "places"]
    info, types = ogr_types(out, "claims")
    assert info["crs"] == "EPSG:4326" and info["geometry_type"] == "Point"
    assert info["features"] == result.layers["claims"] == len(reviewed["features"]) - 1
    assert types["event_date"] == "OFTDate" and types["source_date"] == "OFTDate"
    assert types["reviewed_at"] == "OFTDateTime"
    assert types["evidence_start"].startswith("OFTInteger")
    assert info["ogr_subtypes"][info["fields"].tolist().index("verified")] == "OFSTBoolean"
    assert list(info["fields"]) == [name for name, *_ in CLAIM_COLUMNS]
    check_claims(pyogrio.read_dataframe(out, layer="claims"), reviewed)
    places_info, place_types = ogr_types(out, "places")
    assert places_info["crs"] == "EPSG:4326"
    assert places_info["features"] == result.layers["places"] == len(reviewed["places"])
    assert place_types["source_date"] == "OFTDate" and place_types["mentions"].startswith(
        "OFTInteger")
    places = pyogrio.read_dataframe(out, layer="places")
    assert list(places.place_id) == [p["properties"]["place_id"] for p in reviewed["places"]]


def test_geoparquet_has_1x_geo_metadata_and_a_date_column(folder, reviewed, tmp_path):
    import geopandas as gpd
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "claims.parquet"
    export_store(folder, "parquet", out)
    schema = pq.read_schema(out)
    geo = json.loads(schema.metadata[b"geo"])
    assert geo["version"].startswith("1.") and geo["primary_column"] == "geometry"
    assert geo["columns"]["geometry"]["encoding"] == "WKB"
    assert geo["columns"]["geometry"]["geometry_types"] == ["Point"]
    assert schema.field("event_date").type == pa.date32()
    assert schema.field("source_date").type == pa.date32()
    assert schema.field("reviewed_at").type == pa.timestamp("ms", tz="UTC")
    assert schema.field("verified").type == pa.bool_()
    frame = gpd.read_parquet(out)
    assert frame.crs.to_epsg() == 4326
    frame["event_date"] = frame["event_date"].astype("datetime64[ms]")
    check_claims(frame, reviewed)
    if "Parquet" in pyogrio.list_drivers():  # GDAL builds with the Arrow driver read it too
        info, types = ogr_types(out)
        assert types["event_date"] == "OFTDate" and info["crs"] == "EPSG:4326"


def test_csv_has_lat_lon_and_types_for_gdal(folder, reviewed, tmp_path):
    out = tmp_path / "claims.csv"
    export_store(folder, "csv", out)
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[-2:] == ["longitude", "latitude"]
    assert (tmp_path / "claims.csvt").read_text().startswith('"String","Date"')
    _, types = ogr_types(out)
    assert types["event_date"] == "OFTDate" and types["latitude"] == "OFTReal"
    frame = pyogrio.read_dataframe(out, X_POSSIBLE_NAMES="longitude",
                                   Y_POSSIBLE_NAMES="latitude")
    frame = frame.set_crs("EPSG:4326")  # CSV holds no CRS: WGS 84 longitude/latitude
    check_claims(frame, reviewed)
    row = frame[frame.claim_id == reviewed["corrected"]].iloc[0]
    assert (float(row.longitude), float(row.latitude)) == KUPIANSK[2:]


def test_single_layer_formats_export_places_on_request(folder, reviewed, tmp_path):
    out = tmp_path / "places.geojson"
    result = export_store(folder, "geojson", out, layer="places")
    info, types = ogr_types(out)
    assert info["features"] == result.layers["places"] == len(reviewed["places"])
    assert types["source_date"] == "OFTDate"
    assert list(info["fields"]) == ["id"] + [name for name, *_ in PLACE_COLUMNS]  # id: GDAL's


def test_reviewed_only_and_include_rejected(folder, reviewed, tmp_path):
    only = export_store(folder, "geojson", tmp_path / "r.geojson", reviewed_only=True)
    assert only.layers["claims"] == 2
    doc = json.loads((tmp_path / "r.geojson").read_text())
    assert {f["id"] for f in doc["features"]} == {reviewed["corrected"], reviewed["accepted"]}
    every = export_store(folder, "csv", tmp_path / "all.csv", include_rejected=True)
    assert every.layers["claims"] == len(reviewed["features"])


def test_every_mapped_property_exists_in_the_store(reviewed):
    props = reviewed["features"][0]["properties"]
    for name, source, kind, meaning in CLAIM_COLUMNS:
        assert source in props, name
        assert kind in ("str", "date", "datetime", "float", "int", "bool") and meaning
    place = reviewed["places"][0]["properties"]
    for name, source, *_ in PLACE_COLUMNS:
        assert source in place, name
    names = [name for name, *_ in CLAIM_COLUMNS]
    assert len(names) == len(set(names))
    assert {"event_date", "date_precision", "geo_precision", "claim_status", "source_url",
            "claimant", "event_type", "admin1"} <= set(names)


def test_failed_writes_leave_the_old_file_and_no_temporary(folder, tmp_path, monkeypatch):
    out = tmp_path / "claims.gpkg"
    export_store(folder, "gpkg", out)
    before = out.read_bytes()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pyogrio, "write_dataframe", broken)
    with pytest.raises(ExportError, match="disk full"):
        export_store(folder, "gpkg", out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.gpkg", "run"]


def test_unknown_format_layer_or_missing_store(folder, tmp_path):
    assert EXPORT_FORMATS == ("geojson", "gpkg", "parquet", "csv")
    with pytest.raises(ExportError, match="format"):
        export_store(folder, "shp", tmp_path / "x.shp")
    with pytest.raises(ExportError, match="layer"):
        export_store(folder, "csv", tmp_path / "x.csv", layer="roads")
    with pytest.raises(FrontmapError, match="no store"):
        export_store(tmp_path / "empty", "csv", tmp_path / "x.csv")
