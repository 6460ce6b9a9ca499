"""Writing results: RFC 7946 GeoJSON of claims and places; exports of a store.

Features are ordered and identified stably (article, position, claim id), coordinates are
[longitude, latitude] in WGS 84 with at most 7 decimals, and every file is written atomically
(a temporary file in the same folder, then an atomic rename), so a crash never leaves half a file.

:func:`export_store` writes the reviewed claims of a run's store (:mod:`frontmap.store`) as
GeoJSON, GeoPackage, GeoParquet or CSV, with columns named in the style of ACLED and UCDP GED
(:data:`CLAIM_COLUMNS` says where each comes from and what it means).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ExportError
from .models import Article, Claim, Extraction, Place
from .vocab import PlaceKind

COORD_DECIMALS = 7


def atomic_write_text(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` atomically (UTF-8)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temporary_file(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sync_folder(path.parent)
    return path


def public_permissions(fd: int) -> None:
    """Give a temporary file the permissions a normally created file would have (mkstemp makes
    it private)."""
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)


def temporary_file(path: Path) -> tuple[int, str]:
    """A new temporary file beside ``path``, to be renamed over it once complete.

    It is named ``.NAME.PID.XXXXXXXX.tmp`` after the writing process, so that
    :func:`remove_stale_temporaries` can tell what a killed writer left from what a live one
    is writing; it has the permissions a normally created file would have.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp",
                               dir=path.parent)
    public_permissions(fd)
    return fd, tmp


def sync_folder(folder: Path) -> None:
    """Make a rename into ``folder`` durable (fsync the folder), where the system allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


#: ``.NAME.PID.XXXXXXXX.tmp``: what :func:`temporary_file` (``mkstemp``) and
#: :func:`_write_binary` (``mkdtemp``) create.
_TEMPORARY = re.compile(r"\A\..+\.(\d+)\.[a-z0-9_]{8}\.tmp\Z")


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete the temporary files (and folders) that writers killed mid-write left in
    ``folder``, and return them. A temporary of a process that still runs is left alone.

    A killed run never replaces a complete output with a partial one (outputs are renamed
    into place only once complete), but it leaves its temporary files behind; the next run
    into the folder clears them.
    """
    removed = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        if match is None or _alive(int(match[1])):
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError:
            continue
        removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    """True unless process ``pid`` surely does not exist (in doubt a file is kept)."""
    if pid == os.getpid() or os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):  # another user's, or no PID at all
        return True
    return True


def point(lat: float, lon: float) -> dict:
    """An RFC 7946 Point: [longitude, latitude], at most 7 decimals (about 1 cm)."""
    return {"type": "Point",
            "coordinates": [round(lon, COORD_DECIMALS), round(lat, COORD_DECIMALS)]}


_point = point


def claim_properties(claim: Claim, article: Article) -> dict:
    """The flat properties of a claim feature (also the columns of other exports)."""
    place = claim.place
    return {
        "article_id": claim.article_id,
        "type": claim.type.value,
        "actor": claim.actor.value if claim.actor else None,
        "claimant": claim.claimant,
        "claimant_side": claim.claimant_side.value if claim.claimant_side else None,
        "event_date": claim.event_date.isoformat() if claim.event_date else None,
        "date_precision": claim.date_precision.value if claim.date_precision else None,
        "place": place.entry.name,
        "place_id": place.entry.place_id,
        "place_kind": place.entry.kind.value,
        "admin1": place.entry.admin1,
        "country": place.entry.country,
        "geo_precision": place.precision.value,
        "surface": place.mention.surface,
        "evidence": claim.evidence,
        "evidence_span": list(claim.span),
        "status": claim.status.value,
        "verified": claim.verified,
        "confidence": claim.confidence,
        "place_confidence": place.confidence,
        "lang": article.lang,
        "published": article.published.isoformat() if article.published else None,
        "published_from": article.published_from,
        "url": article.url,
        "title": article.title,
        "rule": claim.rule,
    }


def claim_feature(claim: Claim, article: Article) -> dict:
    """One RFC 7946 Point feature for a claim."""
    return {"type": "Feature", "id": claim.id,
            "geometry": _point(claim.place.entry.lat, claim.place.entry.lon),
            "properties": claim_properties(claim, article)}


def place_features(extraction: Extraction) -> list[dict]:
    """One feature per distinct resolved place of an article, with all its surfaces."""
    grouped: dict[str, list[Place]] = {}
    for place in extraction.places:
        grouped.setdefault(place.entry.place_id, []).append(place)
    features = []
    for place_id, places in grouped.items():
        first = places[0]
        entry = first.entry
        # A facility named after a town ("the Kuibyshev refinery") is reported as "other".
        facility = all(p.mention.hint is PlaceKind.OTHER for p in places)
        surfaces = list(dict.fromkeys(p.mention.surface for p in places))
        features.append({
            "type": "Feature",
            "id": f"{extraction.article.id}:{place_id}",
            "geometry": _point(entry.lat, entry.lon),
            "properties": {
                "article_id": extraction.article.id,
                "surfaces": surfaces,
                "name": entry.name,
                "place_id": place_id,
                "kind": PlaceKind.OTHER.value if facility else entry.kind.value,
                "feature_code": entry.feature_code,
                "country": entry.country,
                "admin1": entry.admin1,
                "geo_precision": first.precision.value,
                "confidence": max(p.confidence for p in places),
                "mentions": len(places),
                "reason": first.reason,
                "alternatives": [c.place_id for c, _ in first.alternatives],
            },
        })
    return features


def feature_collection(features: Iterable[dict]) -> dict:
    """An RFC 7946 FeatureCollection (no ``crs`` member: WGS 84 is implied)."""
    return {"type": "FeatureCollection", "features": list(features)}


def dumps_geojson(collection: dict) -> str:
    """Deterministic JSON text for a FeatureCollection (UTF-8, non-ASCII kept)."""
    return json.dumps(collection, ensure_ascii=False, indent=None, separators=(",", ":")) + "\n"


def write_geojson(path: Path, features: Iterable[dict]) -> Path:
    """Write a FeatureCollection atomically."""
    return atomic_write_text(path, dumps_geojson(feature_collection(features)))


def claims_frame(features: Sequence[Mapping[str, Any]]) -> Any:
    """A GeoDataFrame of claim features (index ``claim_id``; dates as datetime64)."""
    import geopandas as gpd
    import pandas as pd

    records = []
    for f in features:
        props = dict(f["properties"])
        props.pop("evidence_span", None)
        lon, lat = f["geometry"]["coordinates"][:2]
        records.append({"claim_id": f["id"], **props, "lon": lon, "lat": lat})
    frame = pd.DataFrame.from_records(records, columns=_FRAME_COLUMNS)
    for column in ("event_date", "published"):
        frame[column] = pd.to_datetime(frame[column], errors="coerce")
    geometry = gpd.points_from_xy(frame.pop("lon"), frame.pop("lat"), crs="EPSG:4326")
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326").set_index("claim_id")


_FRAME_COLUMNS = (
    "claim_id", "event_date", "type", "actor", "place", "admin1", "claimant", "claimant_side",
    "status", "review_status", "reviewed", "analyst", "review_note", "reviewed_at", "corrected",
    "date_precision", "place_id", "place_kind", "country", "geo_precision", "surface",
    "evidence", "verified", "confidence", "place_confidence", "article_id", "article_hash",
    "lang", "published", "url", "title", "rule", "lon", "lat",
)


# --------------------------------------------------------------------------- store exports

EXPORT_FORMATS = ("geojson", "gpkg", "parquet", "csv")
EXPORT_LAYERS = ("claims", "places")

#: Export columns of claims: ``(column, claims.geojson property, kind, meaning)``. Names follow
#: ACLED / UCDP GED where they have one (``event_date``, ``event_type``, ``admin1``,
#: ``geo_precision``, ``date_precision``, ``source_url``); ``kind`` is the column type (``date``
#: columns are real dates in GeoPackage and GeoParquet, ISO 8601 text in GeoJSON and CSV).
CLAIM_COLUMNS: tuple[tuple[str, str, str, str], ...] = (
    ("claim_id", "claim_id", "str", "stable id (article text hash, type, place, actor, date)"),
    ("event_date", "event_date", "date", "day of the event as the text dates it"),
    ("date_precision", "date_precision", "str", "day, week or month"),
    ("event_type", "type", "str", "capture, advance, withdrawal, attack or strike"),
    ("actor_side", "actor", "str", "side said to act: UA or RU (empty: not said)"),
    ("claimant", "claimant", "str", "who makes the claim, as the text names them"),
    ("claimant_side", "claimant_side", "str", "UA, RU or third"),
    ("claim_status", "status", "str", "what the text says of it: claimed, confirmed, denied"),
    ("verified", "verified", "bool", "false where the text says it could not be verified"),
    ("location", "place", "str", "place name (the gazetteer's English name)"),
    ("place_id", "place_id", "str", "gazetteer id (geonames:<id>)"),
    ("place_kind", "place_kind", "str", "settlement, region, country, water or other"),
    ("admin1", "admin1", "str", "oblast (first-level division)"),
    ("country", "country", "str", "ISO 3166-1 alpha-2 code"),
    ("geo_precision", "geo_precision", "str", "settlement, raion, oblast, country or other"),
    ("location_as_written", "surface", "str", "the place name as the article writes it"),
    ("confidence", "confidence", "float", "extraction confidence of the claim (0-1)"),
    ("geo_confidence", "place_confidence", "float", "confidence of the place (1: analyst)"),
    ("evidence", "evidence", "str", "the sentence that states the claim"),
    ("evidence_start", "evidence_span", "int", "character offset of the evidence in the text"),
    ("evidence_end", "evidence_span", "int", "end offset of the evidence"),
    ("article_id", "article_id", "str", "id of the article in its input"),
    ("article_hash", "article_hash", "str", "SHA-256 of the article text"),
    ("source_title", "title", "str", "article title"),
    ("source_url", "url", "str", "article address"),
    ("source_date", "published", "date", "publication date of the article"),
    ("source_language", "lang", "str", "ISO 639-1 language of the article"),
    ("extraction_rule", "rule", "str", "the trigger and rules that produced the claim"),
    ("reviewed", "reviewed", "bool", "an analyst reviewed the claim"),
    ("review_status", "review_status", "str", "accepted or corrected (rejected are left out)"),
    ("reviewed_by", "analyst", "str", "analyst of the last review"),
    ("reviewed_at", "reviewed_at", "datetime", "time of the last review (UTC)"),
    ("review_note", "review_note", "str", "the analyst's note"),
    ("corrected_fields", "corrected", "str", "fields an analyst corrected, comma-separated"),
)

#: Export columns of places (one row per place per article), as :data:`CLAIM_COLUMNS`.
PLACE_COLUMNS: tuple[tuple[str, str, str, str], ...] = (
    ("place_id", "place_id", "str", "gazetteer id"),
    ("location", "name", "str", "place name"),
    ("place_kind", "kind", "str", "settlement, region, country, water or other"),
    ("feature_code", "feature_code", "str", "GeoNames feature code"),
    ("admin1", "admin1", "str", "oblast"),
    ("admin2", "admin2", "str", "raion or hromada"),
    ("country", "country", "str", "ISO 3166-1 alpha-2 code"),
    ("geo_precision", "geo_precision", "str", "settlement, raion, oblast, country or other"),
    ("geo_confidence", "confidence", "float", "best geocoding confidence in the article"),
    ("mentions", "mentions", "int", "times the article names the place"),
    ("location_as_written", "surfaces", "str", "the names as written, separated by '; '"),
    ("article_id", "article_id", "str", "id of the article in its input"),
    ("article_hash", "article_hash", "str", "SHA-256 of the article text"),
    ("source_url", "url", "str", "article address"),
    ("source_date", "published", "date", "publication date of the article"),
)

_CSVT = {"str": "String", "date": "Date", "datetime": "DateTime", "float": "Real",
         "int": "Integer", "bool": "Integer(Boolean)"}


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What :func:`export_store` wrote: the file, its format and the rows per layer."""

    path: Path
    format: str
    layers: dict[str, int]
    bytes: int


def export_rows(features: Iterable[Mapping[str, Any]],
                columns: tuple[tuple[str, str, str, str], ...]) -> list[dict[str, Any]]:
    """Flat export rows of features: renamed, typed (dates as ``datetime.date``), with
    ``longitude``/``latitude`` and the feature ``id``."""
    rows = []
    for feature in features:
        props = feature.get("properties") or {}
        lon, lat = feature["geometry"]["coordinates"][:2]
        row: dict[str, Any] = {"id": feature.get("id")}
        for name, source, kind, _ in columns:
            value = props.get(source)
            if name == "evidence_start" or name == "evidence_end":
                value = value[0 if name == "evidence_start" else 1] if value else None
            elif isinstance(value, list):
                value = ("," if name == "corrected_fields" else "; ").join(map(str, value))
            row[name] = _typed(value, kind)
        row["longitude"], row["latitude"] = lon, lat
        rows.append(row)
    return rows


def _typed(value: Any, kind: str) -> Any:
    if value is None or value == "":
        return None
    if kind == "datetime":
        return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if kind == "date":
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    if kind == "float":
        return float(value)
    if kind == "int":
        return int(value)
    if kind == "bool":
        return bool(value)
    return str(value)


def export_frame(rows: list[dict[str, Any]], columns: tuple[tuple[str, str, str, str], ...]
                 ) -> Any:
    """A GeoDataFrame (EPSG:4326) of export rows with typed columns (dates as date32)."""
    import geopandas as gpd
    import pandas as pd
    import pyarrow as pa

    dtypes = {"str": "string", "float": "Float64", "int": "Int64", "bool": "boolean",
              "date": pd.ArrowDtype(pa.date32()),
              "datetime": pd.ArrowDtype(pa.timestamp("ms", tz="UTC"))}
    data = {name: pd.array([r[name] for r in rows], dtype=dtypes[kind])
            for name, _, kind, _ in columns}
    frame = pd.DataFrame(data, index=pd.RangeIndex(len(rows)))
    geometry = gpd.points_from_xy([r["longitude"] for r in rows],
                                  [r["latitude"] for r in rows], crs="EPSG:4326")
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def export_store(
    source: str | Path,
    fmt: str,
    out: str | Path,
    *,
    layer: str = "claims",
    reviewed_only: bool = False,
    include_rejected: bool = False,
) -> ExportResult:
    """Export the claims (or places) of a run's store with the reviewed values.

    ``source`` is a run's output folder or its ``frontmap.sqlite``; ``fmt`` one of
    :data:`EXPORT_FORMATS`. A GeoPackage always holds both layers (``claims`` and ``places``);
    the other formats hold ``layer``. Rejected claims are left out unless
    ``include_rejected``; ``reviewed_only`` keeps the accepted and corrected ones. The file is
    written atomically.
    """
    from .store import STORE_FILE, Store

    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
    if layer not in EXPORT_LAYERS:
        raise ExportError(f"unknown layer {layer!r} (one of {', '.join(EXPORT_LAYERS)})")
    path = Path(source)
    store_path = path / STORE_FILE if path.is_dir() else path
    if not store_path.is_file():
        raise ExportError(f"{source}: no store ({STORE_FILE}); run `frontmap run ... --out "
                          f"{source}` first")
    with Store(store_path) as store:
        claims = [f for f in store.claim_features() if _exported(f, reviewed_only,
                                                                  include_rejected)]
        places = store.place_features() if fmt == "gpkg" or layer == "places" else []
    tables = {"claims": (claims, CLAIM_COLUMNS), "places": (places, PLACE_COLUMNS)}
    out = Path(out)
    if fmt == "gpkg":
        counts = {name: len(feats) for name, (feats, _) in tables.items()}
        _write_binary(out, lambda tmp: _write_gpkg(tmp, tables))
    else:
        features, columns = tables[layer]
        counts = {layer: len(features)}
        if fmt == "geojson":
            write_geojson(out, _export_features(features, columns))
        elif fmt == "csv":
            _write_csv(out, export_rows(features, columns), columns)
        else:
            frame = export_frame(export_rows(features, columns), columns)
            _write_binary(out, lambda tmp: frame.to_parquet(tmp, index=False,
                                                            schema_version="1.0.0"))
    return ExportResult(out, fmt, counts, out.stat().st_size)


def _exported(feature: Mapping[str, Any], reviewed_only: bool, include_rejected: bool) -> bool:
    status = (feature.get("properties") or {}).get("review_status")
    if status == "rejected":
        return include_rejected
    return not reviewed_only or status in ("accepted", "corrected")


def _export_features(features: list[dict[str, Any]],
                     columns: tuple[tuple[str, str, str, str], ...]) -> list[dict[str, Any]]:
    out = []
    for feature, row in zip(features, export_rows(features, columns), strict=True):
        props = {name: _iso_text(row[name]) for name, *_ in columns}
        out.append({"type": "Feature", "id": feature["id"],
                    "geometry": point(row["latitude"], row["longitude"]), "properties": props})
    return out


def _iso_text(value: Any) -> Any:
    """Dates as ``YYYY-MM-DD``, times as ``YYYY-MM-DDTHH:MM:SS.fffZ`` (as GDAL reads them)."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _write_csv(path: Path, rows: list[dict[str, Any]],
               columns: tuple[tuple[str, str, str, str], ...]) -> None:
    """CSV with ``longitude``/``latitude`` columns, and a ``.csvt`` sidecar that tells GDAL
    (and so QGIS) each column's type, dates included."""
    names = [name for name, *_ in columns] + ["longitude", "latitude"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow(["" if row[n] is None else
                         _iso_text(row[n]) if isinstance(row[n], dt.date) else
                         str(row[n]).lower() if isinstance(row[n], bool) else row[n]
                         for n in names])
    types = [_CSVT[kind] for _, _, kind, _ in columns] + ["CoordX", "CoordY"]
    atomic_write_text(path.with_name(path.name + "t") if path.suffix.lower() == ".csv"
                      else path.with_suffix(".csvt"), ",".join(f'"{t}"' for t in types) + "\n")
    atomic_write_text(path, buffer.getvalue())


def _write_gpkg(tmp: Path, tables: dict[str, tuple[list[dict[str, Any]], tuple]]) -> None:
    import pyogrio

    for name, (features, columns) in tables.items():
        frame = export_frame(export_rows(features, columns), columns)
        pyogrio.write_dataframe(frame, tmp, layer=name, driver="GPKG", use_arrow=True,
                                geometry_type="Point", append=tmp.exists())


def _write_binary(path: Path, write: Any) -> Path:
    """Run ``write(tmp)`` on a path in a private folder beside ``path``, then rename it into
    place (drivers such as GDAL's want to create the file themselves)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp",
                                   dir=path.parent))
    tmp = folder / path.name
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
        sync_folder(path.parent)
    except ExportError:
        raise
    except (OSError, ValueError, RuntimeError) as exc:
        raise ExportError(f"cannot write {path}: {exc}") from exc
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return path


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask
