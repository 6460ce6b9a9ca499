"""Render claim features as one self-contained, offline HTML map (``map.html``).

The map object is folium's, but nothing is loaded from the network: Leaflet, jQuery and
Leaflet.markercluster come from their pinned XStatic packages and are inlined, the base geography
is the bundled ``data/boundaries`` (see its ``ATTRIBUTION.md``), and the page's own JavaScript and
CSS (``frontmap/assets/``) draw the claims client-side from one embedded JSON document: canvas
markers shaped by claim type and coloured by side, a time slider, filters, popups built with
``textContent`` only, the "claimed control" areas and a shareable URL hash. OpenStreetMap tiles
are an opt-in (``online_tiles=True``).

Article-derived text never passes through a template engine: the JSON is escaped so that no
``</script>``, ``<!--`` or line separator in an article can end the data block, and the page
turns it into DOM text nodes; only ``http(s)`` URLs become links.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import html
import json
import logging
import math
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from branca.element import Element

from .errors import NoInput, RenderError, UnreadableInput
from .export import temporary_file
from .layers import REVIEW_KEPT, control_cells, control_timeline, merge_claims
from .resources import data_path, package_path
from .vocab import ClaimType, DatePrecision, Side, Status

log = logging.getLogger(__name__)

DEFAULT_TITLE = "frontmap — claimed front-line events"
STEPS = ("day", "week", "month")
#: Name of the claims GeoJSON inside a run's output folder.
CLAIMS_FILE = "claims.geojson"
#: Name of the SQLite store inside a run's output folder (read when a store module provides
#: ``claim_features(path) -> Iterable[dict]``).
STORE_FILE = "frontmap.sqlite"
#: Radius around a claimed settlement that its "claimed control" area may cover.
CONTROL_RADIUS_KM = 20.0

ATTRIBUTION = (
    "Places: <a href='https://www.geonames.org/' target='_blank' rel='noopener'>GeoNames</a>"
    " (CC BY 4.0) · Boundaries: <a href='https://www.geoboundaries.org/' target='_blank'"
    " rel='noopener'>geoBoundaries</a>, © OpenStreetMap contributors (ODbL);"
    " <a href='https://www.naturalearthdata.com/' target='_blank' rel='noopener'>Natural"
    " Earth</a>"
)

_TYPES = [t.value for t in ClaimType]
_ACTORS = [Side.UA.value, Side.RU.value]  # index 2: unknown
_CLAIMANT_BITS = {Side.UA.value: 1, Side.RU.value: 2, Side.THIRD.value: 4}  # 8: unknown
_PRECISIONS = [p.value for p in DatePrecision]  # index 3: unknown
_STATUSES = [Status.CLAIMED.value, Status.CONFIRMED.value, Status.DENIED.value]
_DATE_SOURCES = ("event", "published", "undated")
_CONTROL_SIDES = [Side.UA.value, Side.RU.value, "contested"]
_EPOCH = dt.date(1970, 1, 1)


# --------------------------------------------------------------------------- input


def load_features(source: Path | str) -> list[dict[str, Any]]:
    """Claim features from a claims GeoJSON file or a run's output folder.

    A folder is read from its SQLite store (``frontmap.sqlite``) when the store module is
    installed and the file exists, otherwise from its ``claims.geojson``.
    """
    path = Path(source)
    if path.is_dir():
        store = path / STORE_FILE
        if store.is_file():
            features = _features_from_store(store)
            if features is not None:
                return features
        path = path / CLAIMS_FILE
    if not path.is_file():
        raise NoInput(f"{source}: no claims GeoJSON (or {CLAIMS_FILE} in the folder) found")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnreadableInput(str(path), f"not readable as GeoJSON ({exc})") from exc
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise UnreadableInput(str(path), "not a GeoJSON FeatureCollection")
    features = doc.get("features")
    if not isinstance(features, list):
        raise UnreadableInput(str(path), "FeatureCollection without a 'features' list")
    return [f for f in features if isinstance(f, dict)]


def _features_from_store(path: Path) -> list[dict[str, Any]] | None:
    """Features from the SQLite store, or ``None`` when no store module can read it."""
    try:
        from . import store  # type: ignore[attr-defined]
    except ImportError:
        return None
    reader = getattr(store, "claim_features", None)
    if reader is None:
        return None
    features = reader(path)  # None: the file holds no store yet
    return None if features is None else [dict(f) for f in features]


# --------------------------------------------------------------------------- assets


class _Raw(Element):
    """A chunk of the page inserted verbatim.

    ``branca.element.Element(text)`` and folium's macros would parse the text as a Jinja
    template: slow for 100 KB of JavaScript, and a template injection for article text.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RenderError(f"map asset missing: {path} ({exc}); reinstall frontmap") from exc


def _strip_source_maps(js: str) -> str:
    return re.sub(r"^\s*//[#@] sourceMappingURL=.*$", "", js, flags=re.MULTILINE)


def _inline_urls(css: str, base: Path) -> str:
    """Replace ``url(images/x.png)`` by data: URIs so the CSS loads nothing."""

    def repl(match: re.Match[str]) -> str:
        ref = match.group(1).strip("'\"")
        if ref.startswith(("data:", "#")):
            return match.group(0)
        try:
            data = (base / ref).read_bytes()
        except OSError as exc:
            raise RenderError(f"map asset missing: {base / ref}") from exc
        return f"url(data:image/png;base64,{base64.b64encode(data).decode('ascii')})"

    return re.sub(r"url\(([^)]*)\)", repl, css)


@functools.lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    """The page's ``<style>`` and ``<script>`` blocks (vendored libraries, then ours)."""
    try:
        import xstatic.pkg.jquery as xjquery
        import xstatic.pkg.leaflet as xleaflet
        import xstatic.pkg.leaflet_markercluster as xcluster
    except ImportError as exc:
        raise RenderError(
            f"{exc.name} is missing: pip install xstatic-leaflet==1.9.3.0 xstatic-jquery"
            " xstatic-leaflet-markercluster"
        ) from exc
    leaflet = Path(xleaflet.BASE_DIR)
    cluster = Path(xcluster.BASE_DIR)
    css = [
        _inline_urls(_read(leaflet / "leaflet.css"), leaflet),
        _read(cluster / "MarkerCluster.css"),
        _read(package_path("assets", "frontmap.css")),
    ]
    js = [
        _read(leaflet / "leaflet.js"),
        _read(Path(xjquery.BASE_DIR) / "jquery.min.js"),
        _read(cluster / "leaflet.markercluster.js"),
        _read(package_path("assets", "frontmap.js")),
    ]
    # A literal "</" inside a script would end it early; vendored code is escaped defensively.
    scripts = "".join(
        "<script>\n" + _strip_source_maps(s).replace("</script", "<\\/script") + "\n</script>\n"
        for s in js
    )
    styles = "".join(f"<style>\n{c}\n</style>\n" for c in css)
    return styles, scripts


@functools.lru_cache(maxsize=1)
def _boundaries() -> tuple[dict[str, Any], dict[str, Any], tuple[Any, ...]]:
    """The bundled oblasts and neighbours (GeoJSON), and the regions control areas stop at."""
    import shapely
    from shapely.geometry import shape

    try:
        oblasts = json.loads(_read(data_path("boundaries", "ukraine_oblasts.geojson")))
        neighbours = json.loads(_read(data_path("boundaries", "neighbours.geojson")))
    except ValueError as exc:
        raise RenderError(f"bundled boundaries unreadable: {exc}") from exc
    ukraine = shapely.unary_union([shape(f["geometry"]) for f in oblasts["features"]])
    regions = (ukraine.buffer(0), *(shape(f["geometry"]) for f in neighbours["features"]))
    return oblasts, neighbours, regions


# --------------------------------------------------------------------------- data


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _coords(feature: Mapping[str, Any]) -> tuple[float, float] | None:
    geometry = feature.get("geometry") or {}
    coords = geometry.get("coordinates") if geometry.get("type") == "Point" else None
    try:
        lon, lat = float(coords[0]), float(coords[1])  # type: ignore[index]
    except (TypeError, ValueError, IndexError):
        return None
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        return None
    return lon, lat


def select_features(
    features: Iterable[Mapping[str, Any]],
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    reviewed_only: bool = False,
) -> list[dict[str, Any]]:
    """The claims the map shows: located, of a known type, not rejected by an analyst, in range.

    A claim's date is its event date or, failing that, its publication date; claims with
    neither are kept whatever the range (the map marks them "undated").
    """
    kept, skipped = [], 0
    for feature in features:
        props = feature.get("properties") or {}
        if _coords(feature) is None or props.get("type") not in _TYPES:
            skipped += 1
            continue
        if props.get("review_status") == "rejected":
            continue
        if reviewed_only and not (
            props.get("reviewed") and props.get("review_status") in (*REVIEW_KEPT, None)
        ):
            continue
        day = _as_date(props.get("event_date")) or _as_date(props.get("published"))
        if day is not None and (
            (date_from is not None and day < date_from) or (date_to is not None and day > date_to)
        ):
            continue
        kept.append(dict(feature))
    if skipped:
        log.warning("map: %d claim(s) without a point or a known type were left out", skipped)
    return kept


def _day(value: Any) -> int | None:
    day = _as_date(value)
    return (day - _EPOCH).days if day else None


def _text(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _url(value: Any) -> str | None:
    """The URL as text (the page links it only if it is http(s); see ``safeUrl`` in JS)."""
    text = _text(value)
    return text.strip() if text else None


def build_payload(
    features: Iterable[Mapping[str, Any]],
    *,
    title: str = DEFAULT_TITLE,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    step: str = "day",
    reviewed_only: bool = False,
    with_control: bool = True,
) -> dict[str, Any]:
    """The JSON document the page draws from (compact: places and articles are tables)."""
    if step not in STEPS:
        raise ValueError(f"step must be one of {', '.join(STEPS)}, not {step!r}")
    if date_from and date_to and date_from > date_to:
        raise ValueError(f"date_from {date_from} is after date_to {date_to}")
    selected = select_features(
        features, date_from=date_from, date_to=date_to, reviewed_only=reviewed_only
    )
    merged = merge_claims(selected)

    places: dict[str, int] = {}
    place_rows: list[list[Any]] = []
    articles: dict[tuple[Any, ...], int] = {}
    article_rows: list[list[Any]] = []

    def place_index(props: Mapping[str, Any], lon: float, lat: float) -> int:
        key = str(props.get("place_id") or f"@{lon:.4f},{lat:.4f}")
        if key not in places:
            places[key] = len(place_rows)
            place_rows.append([
                _text(props.get("place")) or _text(props.get("surface")) or "unnamed place",
                _text(props.get("admin1")), round(lon, 5), round(lat, 5),
                _text(props.get("place_kind")), _text(props.get("place_id")),
            ])
        return places[key]

    def article_index(src: Mapping[str, Any]) -> int:
        row = [_text(src.get("article_id")), _text(src.get("title")), _url(src.get("url")),
               _text(src.get("published")), _text(src.get("lang"))]
        key = tuple(row)
        if key not in articles:
            articles[key] = len(article_rows)
            article_rows.append(row)
        return articles[key]

    claims = []
    days = []
    for feature in merged:
        props = feature["properties"]
        lon, lat = _coords(feature)  # type: ignore[misc]
        day = _day(props["date"])
        if day is not None:
            days.append(day)
        mask = 0
        sources = []
        for src in props["sources"]:
            side = src.get("claimant_side")
            mask |= _CLAIMANT_BITS.get(side, 8)
            sources.append([
                article_index(src), _text(src.get("claimant")),
                [*_CLAIMANT_BITS, None].index(side) if side in _CLAIMANT_BITS else 3,
                _text(src.get("evidence")), _text(src.get("surface")),
                _STATUSES.index(src["status"]) if src.get("status") in _STATUSES else -1,
            ])
        actor = props.get("actor")
        precision = props.get("date_precision") if props["date_source"] == "event" else None
        claims.append([
            place_index(props, lon, lat),
            _TYPES.index(props["type"]),
            _ACTORS.index(actor) if actor in _ACTORS else 2,
            day,
            _DATE_SOURCES.index(props["date_source"]),
            _PRECISIONS.index(precision) if precision in _PRECISIONS else 3,
            _STATUSES.index(props["status"]) if props["status"] in _STATUSES else 0,
            {"accepted": 1, "corrected": 2}.get(props.get("review_status") or "", 0)
            if props.get("reviewed") else 0,
            mask or 8,
            round(100 * float(props.get("confidence") or 0)),
            sources,
        ])

    first = (date_from - _EPOCH).days if date_from else (min(days) if days else None)
    last = (date_to - _EPOCH).days if date_to else (max(days) if days else None)
    oblasts, neighbours, regions = _boundaries()
    control = _control_payload(selected, places, regions) if with_control else []
    return {
        "version": 1,
        "title": title,
        "range": [first, last] if first is not None and last is not None else None,
        "step": step,
        "places": place_rows,
        "articles": article_rows,
        "claims": claims,
        "reports": len(selected),
        "control": control,
        "oblasts": oblasts,
        "neighbours": neighbours,
    }


def _control_payload(
    selected: list[dict[str, Any]], places: dict[str, int], regions: tuple[Any, ...]
) -> list[list[Any]]:
    """Per claimed settlement: ``[place index, GeoJSON geometry, [[day, side index], ...]]``."""
    from shapely.geometry import mapping

    timeline = [e for e in control_timeline(selected) if e["place_id"] in places]
    cells = control_cells(
        [(e["place_id"], e["lon"], e["lat"]) for e in timeline], regions,
        radius_km=CONTROL_RADIUS_KM,
    )
    out = []
    for entry in timeline:
        cell = cells.get(entry["place_id"])
        if cell is None:
            continue
        geometry = _round_coords(mapping(cell.simplify(0.002)))
        changes = [[_day(d), _CONTROL_SIDES.index(s)] for d, s in entry["changes"]]
        out.append([places[entry["place_id"]], geometry, changes])
    return out


def _round_coords(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, 4)
    if isinstance(obj, list | tuple):
        return [_round_coords(o) for o in obj]
    if isinstance(obj, dict):
        return {k: _round_coords(v) for k, v in obj.items()}
    return obj


def safe_json(obj: Any) -> str:
    """JSON that can sit inside a ``<script>`` element whatever strings it holds.

    ``<``, ``>`` and ``&`` become ``\\u003c`` etc. (no ``</script>`` or ``<!--`` can appear), and
    U+2028/U+2029 are escaped for old JavaScript parsers.
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


# --------------------------------------------------------------------------- map


def build_map(
    features: Iterable[Mapping[str, Any]],
    *,
    title: str = DEFAULT_TITLE,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    step: str = "day",
    online_tiles: bool = False,
    reviewed_only: bool = False,
) -> Any:
    """The folium ``Map`` of the claims (offline; display it in a notebook or save it)."""
    import folium

    payload = build_payload(
        features, title=title, date_from=date_from, date_to=date_to, step=step,
        reviewed_only=reviewed_only,
    )
    fmap = folium.Map(
        location=[48.6, 32.0], zoom_start=6, tiles=None, prefer_canvas=True,
        maxZoom=14, minZoom=4, zoomSnap=0.5,
    )
    fmap._id = "frontmap"  # not folium's random id: the same claims give the same page
    # folium's default_js/default_css are CDN links; ours are inlined below instead.
    fmap.default_js = []
    fmap.default_css = []
    figure = fmap.get_root()
    figure.title = html.escape(title)
    styles, scripts = _assets()
    figure.header.add_child(_Raw(styles), name="frontmap_styles")
    figure.header.add_child(_Raw(scripts), name="frontmap_scripts")

    tiles = None
    if online_tiles:
        tiles = folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", control=False)
        tiles._id = "osm"
        tiles.add_to(fmap)
    figure.html.add_child(
        _Raw(f'<script type="application/json" id="frontmap-data">{safe_json(payload)}</script>'),
        name="frontmap_data",
    )
    fmap.add_child(_App(fmap, tiles))
    return fmap


class _App(Element):
    """Starts the page's app once folium has created the map (and the tile layer)."""

    def __init__(self, fmap: Any, tiles: Any) -> None:
        super().__init__()
        self.fmap = fmap
        self.tiles = tiles

    def render(self, **kwargs: Any) -> str:
        options = json.dumps({"attribution": ATTRIBUTION})
        tile_var = self.tiles.get_name() if self.tiles is not None else "null"
        code = (
            f"frontmap.init({self.fmap.get_name()}, "
            "JSON.parse(document.getElementById('frontmap-data').textContent), "
            f"{tile_var}, {options});"
        )
        self.get_root().script.add_child(_Raw(code), name="frontmap_init")
        return ""


def render_map(
    features: Iterable[Mapping[str, Any]],
    out: Path | str,
    *,
    title: str = DEFAULT_TITLE,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    step: str = "day",
    online_tiles: bool = False,
    reviewed_only: bool = False,
) -> Path:
    """Write the map of ``features`` to ``out`` as one self-contained HTML file; return its path.

    The file is written atomically (a temporary file in the same folder, then renamed), so a
    reader never sees half a map. ``date_from``/``date_to`` limit the claims shown and the
    slider; ``step`` is the slider's initial step (day, week or month); ``online_tiles`` adds
    OpenStreetMap tiles (the only thing the page then loads from the network); ``reviewed_only``
    keeps only claims an analyst accepted or corrected.
    """
    fmap = build_map(
        features, title=title, date_from=date_from, date_to=date_to, step=step,
        online_tiles=online_tiles, reviewed_only=reviewed_only,
    )
    page = fmap.get_root().render()
    path = Path(out)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = temporary_file(folder / path.name)
    except OSError as exc:
        raise RenderError(f"cannot write the map to {path}: {exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(page)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise RenderError(f"cannot write the map to {path}: {exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.info("map written to %s (%.1f MB)", path, len(page.encode("utf-8")) / 1e6)
    return path
