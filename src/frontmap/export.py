"""Writing results: RFC 7946 GeoJSON of claims and places (more formats in later releases).

Features are ordered and identified stably (article, position, claim id), coordinates are
[longitude, latitude] in WGS 84 with at most 7 decimals, and every file is written atomically
(a temporary file in the same folder, then an atomic rename), so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .models import Article, Claim, Extraction, Place

COORD_DECIMALS = 7


def atomic_write_text(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` atomically (UTF-8)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    public_permissions(fd)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def public_permissions(fd: int) -> None:
    """Give a temporary file the permissions a normally created file would have (mkstemp makes
    it private)."""
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)


def _point(lat: float, lon: float) -> dict:
    return {"type": "Point",
            "coordinates": [round(lon, COORD_DECIMALS), round(lat, COORD_DECIMALS)]}


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
                "kind": entry.kind.value,
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
