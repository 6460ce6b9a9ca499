"""Map layers derived from claim features: merged markers and the "claimed control" areas.

Everything here works on plain GeoJSON feature dicts (as written to ``claims.geojson``), so a
notebook can call it on any FeatureCollection, and nothing here knows about HTML.

- :func:`merge_claims` folds the same event reported by several articles into one marker that
  lists all its sources.
- :func:`control_timeline` and :func:`claimed_control` derive, per settlement, the side that most
  recently *claimed* it. This is derived from claims only: it is not an assessment of who holds
  the ground, and the map says so.
- :func:`control_cells` turns the claimed settlements into areas (Voronoi cells, limited to a
  radius around each settlement and to the country it lies in).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .vocab import ClaimType, Side, Status

#: Order in which a merged marker's status is decided: one confirming source is enough.
STATUS_RANK = {Status.CONFIRMED.value: 2, Status.CLAIMED.value: 1, Status.DENIED.value: 0}
#: Review outcomes that count as "analyst-reviewed" on the map (a rejection hides the claim).
REVIEW_KEPT = ("accepted", "corrected")
#: Side shown where both sides claimed the same settlement on the same latest date.
CONTESTED = "contested"

_SOURCE_FIELDS = ("article_id", "title", "url", "published", "claimant", "claimant_side", "lang")


def effective_date(props: Mapping[str, Any]) -> tuple[str | None, str]:
    """The date a claim is placed at in time, and where it comes from.

    Returns ``(date, source)`` with ``source`` one of ``"event"`` (the text dates the event),
    ``"published"`` (no event date: the article's publication date stands in) or ``"undated"``.
    """
    if props.get("event_date"):
        return str(props["event_date"]), "event"
    if props.get("published"):
        return str(props["published"]), "published"
    return None, "undated"


def merge_key(feature: Mapping[str, Any]) -> tuple[str, str, str | None, str | None]:
    """``(type, place_id, actor, date)``: claims sharing it are one event on the map.

    ``date`` is the event date, or the publication date of an undated claim (taken as news of its
    day), so undated reports of different days are not folded together.
    """
    props = feature.get("properties") or {}
    place = props.get("place_id")
    if not place:
        coords = (feature.get("geometry") or {}).get("coordinates") or ()
        place = "@" + ",".join(f"{float(c):.4f}" for c in coords[:2])
    return (str(props.get("type")), str(place), props.get("actor"), effective_date(props)[0])


def _source_of(feature: Mapping[str, Any]) -> dict[str, Any]:
    props = feature.get("properties") or {}
    source = {key: props.get(key) for key in _SOURCE_FIELDS}
    source.update(
        claim_id=feature.get("id"),
        evidence=props.get("evidence"),
        surface=props.get("surface"),
        status=props.get("status"),
    )
    return source


def _representative_rank(feature: Mapping[str, Any]) -> tuple[Any, ...]:
    props = feature.get("properties") or {}
    return (
        0 if props.get("event_date") else 1,
        -STATUS_RANK.get(props.get("status") or "", 1),
        -float(props.get("confidence") or 0.0),
        props.get("published") or "9999",
        str(feature.get("id") or ""),
    )


def merge_claims(features: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Fold claims of the same event (see :func:`merge_key`) into one feature per event.

    The merged feature keeps the properties of its best-documented claim (dated, confirmed,
    most confident, earliest) and adds ``sources`` (one entry per article, that claim's first,
    including the ``sources`` the pipeline already attached), ``source_count``, ``claim_ids``,
    ``statuses``, ``claimant_sides``, ``date`` and ``date_source`` (see :func:`effective_date`).
    Its ``status`` is the strongest of its members (confirmed > claimed > denied), ``confidence``
    the highest. Input dicts are not modified. The result is sorted by date, place and type.
    """
    groups: dict[tuple[str, str, str | None, str | None], list[Mapping[str, Any]]] = defaultdict(
        list
    )
    for feature in features:
        groups[merge_key(feature)].append(feature)

    merged = []
    for key, members in groups.items():
        members = sorted(members, key=_representative_rank)
        best = members[0]
        props = dict(best.get("properties") or {})
        sources: dict[str, dict[str, Any]] = {}
        for member in members:
            own = _source_of(member)
            sources.setdefault(str(own["article_id"] or own["claim_id"]), own)
        for member in members:  # articles the pipeline already found reporting the same claim
            for extra in (member.get("properties") or {}).get("sources") or ():
                if isinstance(extra, Mapping) and extra.get("article_id") is not None:
                    entry = {k: extra.get(k) for k in _SOURCE_FIELDS}
                    sources.setdefault(str(extra["article_id"]), entry)
        member_props = [m.get("properties") or {} for m in members]
        statuses = sorted(
            {p.get("status") or Status.CLAIMED.value for p in member_props},
            key=lambda s: -STATUS_RANK.get(s, 1),
        )
        reviews = {p.get("review_status") for p in member_props if p.get("reviewed")}
        date, date_source = effective_date(props)
        props.update(
            sources=list(sources.values()),
            source_count=len(sources),
            claim_ids=sorted(str(m.get("id")) for m in members),
            status=statuses[0],
            statuses=statuses,
            confidence=max(float(p.get("confidence") or 0.0) for p in member_props),
            claimant_sides=sorted(
                {s.get("claimant_side") for s in sources.values()}, key=lambda s: s or "~"
            ),
            reviewed=bool(reviews),
            review_status=next((r for r in ("corrected", "accepted") if r in reviews), None)
            if reviews
            else props.get("review_status"),
            date=date,
            date_source=date_source,
        )
        digest = hashlib.sha1("|".join(str(k) for k in key).encode("utf-8")).hexdigest()
        merged.append(
            {
                "type": "Feature",
                "id": f"m-{digest[:16]}",
                "geometry": best.get("geometry"),
                "properties": props,
            }
        )
    merged.sort(
        key=lambda f: (
            f["properties"]["date"] or "",
            str(f["properties"].get("place") or ""),
            str(f["properties"].get("type")),
            f["id"],
        )
    )
    return merged


def claimed_side(props: Mapping[str, Any]) -> str | None:
    """The side a claim says holds its place afterwards, or ``None`` if it says nothing of that.

    A capture is claimed for its actor, a withdrawal for the actor's opponent. Denied claims,
    claims an analyst rejected, and claims without an actor say nothing.
    """
    if props.get("status") == Status.DENIED.value or props.get("review_status") == "rejected":
        return None
    try:
        actor = Side(props.get("actor"))
    except ValueError:
        return None
    if props.get("type") == ClaimType.CAPTURE.value:
        return actor.value
    if props.get("type") == ClaimType.WITHDRAWAL.value:
        other = actor.opponent()
        return other.value if other else None
    return None


def control_timeline(features: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Per claimed settlement, the dated changes of the side that last claimed it.

    Each entry: ``place_id``, ``place``, ``admin1``, ``lon``, ``lat`` and ``changes``, a list of
    ``(date, side)`` in date order where ``side`` is ``"UA"``, ``"RU"`` or ``"contested"`` (both
    sides claimed it on the same latest date); consecutive repeats are dropped. Only settlements
    with a dated capture or withdrawal claim appear. Sorted by ``place_id``.
    """
    per_place: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    info: dict[str, dict[str, Any]] = {}
    for feature in features:
        props = feature.get("properties") or {}
        side = claimed_side(props)
        date = effective_date(props)[0]
        place_id = props.get("place_id")
        if side is None or date is None or not place_id or props.get("place_kind") != "settlement":
            continue
        coords = (feature.get("geometry") or {}).get("coordinates") or ()
        if len(coords) < 2:
            continue
        per_place[place_id][date].add(side)
        info.setdefault(
            place_id,
            {
                "place_id": place_id,
                "place": props.get("place"),
                "admin1": props.get("admin1"),
                "lon": float(coords[0]),
                "lat": float(coords[1]),
            },
        )
    timeline = []
    for place_id in sorted(per_place):
        changes: list[tuple[str, str]] = []
        for date in sorted(per_place[place_id]):
            sides = per_place[place_id][date]
            side = next(iter(sides)) if len(sides) == 1 else CONTESTED
            if not changes or changes[-1][1] != side:
                changes.append((date, side))
        timeline.append({**info[place_id], "changes": changes})
    return timeline


def claimed_control(
    features: Iterable[Mapping[str, Any]], as_of: dt.date | str | None = None
) -> dict[str, dict[str, Any]]:
    """Per settlement, the side that most recently claimed it up to ``as_of`` (inclusive).

    ``as_of=None`` takes every dated claim. Values are the :func:`control_timeline` entry with
    ``side`` and ``since`` (the date of the claim that decided it) added.
    """
    limit = as_of.isoformat() if isinstance(as_of, dt.date) else as_of
    control = {}
    for entry in control_timeline(features):
        past = [c for c in entry["changes"] if limit is None or c[0] <= limit]
        if past:
            since, side = past[-1]
            control[entry["place_id"]] = {**entry, "side": side, "since": since}
    return control


def control_cells(
    points: Sequence[tuple[str, float, float]],
    regions: Sequence[Any],
    *,
    radius_km: float = 20.0,
) -> dict[str, Any]:
    """An area for each claimed settlement: its Voronoi cell, within ``radius_km`` of it.

    ``points`` are ``(key, lon, lat)``; ``regions`` shapely polygons (Ukraine first, then the
    neighbours): each cell is clipped to the region holding its settlement, so a claim in Kursk
    oblast never colours Ukraine and a Ukrainian village's cell stops at the border. Settlements
    in no region (or within 5 km of one) get no cell. Returns shapely geometries in lon/lat.
    """
    import numpy as np  # shapely's own dependency
    import shapely

    if not points:
        return {}
    lat0 = sum(p[2] for p in points) / len(points)
    kx = math.cos(math.radians(lat0))
    radius = radius_km / 111.32

    def project(geom: Any, inverse: bool = False) -> Any:
        factor = np.array([1 / kx, 1.0]) if inverse else np.array([kx, 1.0])
        return shapely.transform(geom, lambda xy: xy * factor)

    unique: dict[tuple[float, float], list[str]] = defaultdict(list)
    for key, lon, lat in points:
        unique[(round(lon * kx, 6), round(lat, 6))].append(key)
    xy = list(unique)
    sites = shapely.points(np.array(xy))
    proj_regions = [project(r) for r in regions]
    for region in proj_regions:
        shapely.prepare(region)
    discs = shapely.buffer(sites, radius, quad_segs=8)

    if len(xy) == 1:
        cells = discs
    else:
        diagram = shapely.voronoi_polygons(
            shapely.multipoints(sites), extend_to=shapely.box(*shapely.total_bounds(discs))
        )
        tree = shapely.STRtree(sites)
        cells = np.empty(len(xy), dtype=object)
        for poly in shapely.get_parts(diagram):
            for i in tree.query(poly, predicate="contains"):
                cells[i] = poly
        cells = shapely.intersection(np.where(cells == None, discs, cells), discs)  # noqa: E711

    result: dict[str, Any] = {}
    for i, site in enumerate(sites):
        home = next((r for r in proj_regions if r.contains(site)), None)
        if home is None:
            near = [(r.distance(site), n) for n, r in enumerate(proj_regions)]
            dist, n = min(near) if near else (math.inf, -1)
            home = proj_regions[n] if dist <= 5 / 111.32 else None
        if home is None:
            continue
        cell = cells[i]
        if not home.contains(cell):
            cell = shapely.intersection(cell, home)
        if cell.is_empty:
            continue
        cell = project(cell, inverse=True)
        for key in unique[xy[i]]:
            result[key] = cell
    return result
