"""Build the bundled base geography of the map from the raw boundary files in ``../shared``.

Reads geoBoundaries UKR ADM1 (Ukraine's oblasts, Crimea included) and Natural Earth countries-50m
(TopoJSON, for the neighbours) and writes small, simplified GeoJSON into ``data/boundaries/``:

- ``ukraine_oblasts.geojson``: 27 features, properties ``name`` and ``iso``;
- ``neighbours.geojson``: the other countries around Ukraine, clipped to a bounding box, with
  Ukraine's own territory (Crimea, which Natural Earth draws inside Russia) cut out of them;
- ``ATTRIBUTION.md``: sources and licences.

The product never reads ``../shared`` at run time; it reads these files through
``frontmap.resources.data_path("boundaries", ...)``.

Usage::

    python scripts/build_boundaries.py [--shared ../shared/data/boundaries] [--out data/boundaries]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import box, mapping, shape

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared" / "data" / "boundaries"
DEFAULT_OUT = ROOT / "data" / "boundaries"

#: Area around Ukraine kept from the neighbours (lon/lat degrees).
BBOX = (14.0, 40.0, 50.0, 58.0)
UKRAINE_NUMERIC = "804"
OBLAST_TOLERANCE = 0.004  # degrees, about 300-400 m: plenty for an overview map
NEIGHBOUR_TOLERANCE = 0.01
DECIMALS = 4

ATTRIBUTION = """\
# Base geography of the map: sources and licences

Built by `scripts/build_boundaries.py` from the raw files described in `../shared/data/SOURCES.md`
(§5, §6). Geometries are simplified and coordinates rounded to {decimals} decimals.

## `ukraine_oblasts.geojson`
Ukraine's 24 oblasts, the Autonomous Republic of Crimea, Kyiv and Sevastopol (Crimea shown as
part of Ukraine).

Administrative boundaries: geoBoundaries (www.geoboundaries.org), Runfola et al. 2020,
PLoS ONE 15(4): e0231866, boundary `UKR-ADM1-14850775`; source data © OpenStreetMap
contributors, Open Data Commons Open Database License (ODbL) 1.0.

## `neighbours.geojson`
Countries within lon {bbox[0]}–{bbox[2]}, lat {bbox[1]}–{bbox[3]}, from Natural Earth 4.1.0 Admin-0
countries at 1:50m (public domain; "Made with Natural Earth"), via the `world-atlas` 2.0.2
TopoJSON (ISC, © Michael Bostock). Natural Earth draws Crimea inside Russia; Ukraine's territory
as given by geoBoundaries is cut out of every neighbour, so the map draws Ukraine from
geoBoundaries only.

## Places on the map
Place names and coordinates of claims come from GeoNames (www.geonames.org), CC BY 4.0.
"""


def decode_topojson(topo: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The GeoJSON features of one TopoJSON object (quantized, delta-encoded arcs)."""
    scale = topo.get("transform", {}).get("scale", (1.0, 1.0))
    translate = topo.get("transform", {}).get("translate", (0.0, 0.0))
    quantized = "transform" in topo
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            if quantized:
                x, y = x + dx, y + dy
            else:
                x, y = dx, dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        coords: list[tuple[float, float]] = []
        for i in indexes:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            coords.extend(points if not coords else points[1:])
        return coords

    features = []
    for geom in topo["objects"][name]["geometries"]:
        kind = geom.get("type")
        if kind == "Polygon":
            geometry = {"type": "Polygon", "coordinates": [ring(r) for r in geom["arcs"]]}
        elif kind == "MultiPolygon":
            geometry = {
                "type": "MultiPolygon",
                "coordinates": [[ring(r) for r in poly] for poly in geom["arcs"]],
            }
        else:
            continue
        features.append(
            {"id": geom.get("id"), "properties": geom.get("properties", {}), "geometry": geometry}
        )
    return features


def _compact(geom: shapely.Geometry, tolerance: float) -> dict[str, Any]:
    geom = shapely.make_valid(geom.simplify(tolerance, preserve_topology=True))
    geom = shapely.set_precision(geom, 10**-DECIMALS)
    parts = getattr(geom, "geoms", [geom])
    polys = [g for g in parts if g.geom_type in ("Polygon", "MultiPolygon")]
    geom = shapely.unary_union(polys) if polys else shapely.Polygon()
    return mapping(geom)


def _round(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, DECIMALS)
    if isinstance(obj, list | tuple):
        return [_round(o) for o in obj]
    if isinstance(obj, dict):
        return {k: _round(v) for k, v in obj.items()}
    return obj


def _write(path: Path, features: list[dict[str, Any]]) -> int:
    fc = {"type": "FeatureCollection", "features": _round(features)}
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")
    return len(text)


def build(shared: Path, out: Path) -> dict[str, int]:
    """Write the bundled boundary files; return their sizes in bytes."""
    out.mkdir(parents=True, exist_ok=True)
    gb = json.loads(
        (shared / "geoboundaries-UKR-ADM1" / "geoBoundaries-UKR-ADM1_simplified.geojson").read_text(
            encoding="utf-8"
        )
    )
    oblasts = []
    shapes = []
    for feat in gb["features"]:
        geom = shapely.make_valid(shape(feat["geometry"]))
        shapes.append(geom)
        props = feat["properties"]
        oblasts.append(
            {
                "type": "Feature",
                "properties": {"name": props["shapeName"], "iso": props["shapeISO"]},
                "geometry": _compact(geom, OBLAST_TOLERANCE),
            }
        )
    oblasts.sort(key=lambda f: f["properties"]["iso"])
    ukraine = shapely.unary_union(shapes).buffer(0.002)  # close slivers between oblasts

    topo = json.loads(
        (shared / "natural-earth-world-atlas" / "countries-50m.json").read_text(encoding="utf-8")
    )
    frame = box(*BBOX)
    neighbours = []
    for feat in decode_topojson(topo, "countries"):
        if feat["id"] == UKRAINE_NUMERIC:
            continue
        geom = shapely.make_valid(shape(feat["geometry"]))
        if not geom.intersects(frame):
            continue
        geom = geom.intersection(frame).difference(ukraine)
        if geom.is_empty or geom.area < 1e-4:
            continue
        neighbours.append(
            {
                "type": "Feature",
                "properties": {"name": feat["properties"].get("name"), "iso_n3": feat["id"]},
                "geometry": _compact(geom, NEIGHBOUR_TOLERANCE),
            }
        )
    neighbours.sort(key=lambda f: f["properties"]["name"] or "")

    sizes = {
        "ukraine_oblasts.geojson": _write(out / "ukraine_oblasts.geojson", oblasts),
        "neighbours.geojson": _write(out / "neighbours.geojson", neighbours),
    }
    (out / "ATTRIBUTION.md").write_text(
        ATTRIBUTION.format(decimals=DECIMALS, bbox=BBOX), encoding="utf-8"
    )
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    sizes = build(args.shared, args.out)
    for name, size in sizes.items():
        print(f"{name}: {size / 1024:.0f} KB")
    print(f"total: {sum(sizes.values()) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
