"""The offline gazetteer: every spelling of every place, one trie probe away.

Built by ``scripts/build_gazetteer.py`` (``make gazetteer``) into ``data/gazetteer/``:
``places.tsv.gz`` (one row per place) and ``names.marisa`` (a ``marisa_trie.RecordTrie`` from a
folded name key to ``(row, flags)``). The trie is memory-mapped, so loading takes milliseconds and
a lookup is a few microseconds; the gazetteer knows nothing of articles (context-aware choice
among candidates is :mod:`frontmap.geocoding`'s job).
"""

from __future__ import annotations

import gzip
import logging
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geopy.distance import great_circle

from .errors import GazetteerError
from .models import Candidate
from .normalize import fold
from .resources import data_path
from .vocab import PlaceKind

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
PLACES_FILE = "places.tsv.gz"
NAMES_FILE = "names.marisa"

#: How a key was derived (bit flags stored with each key).
FLAG_PRIMARY = 1
"""GeoNames' own name or ASCII name, or our canonical name."""
FLAG_ALT = 2
"""A GeoNames alternate name (or an official KATOTTG name)."""
FLAG_GENERATED = 4
"""Romanised from a Cyrillic name in some language's convention."""
FLAG_FORMER = 8
"""A former name (Artemivsk for Bakhmut)."""
FLAG_REGION_FORM = 16
"""A bare stem of a region's name ("Donetsk" for Donetsk Oblast)."""
FLAG_COUNTRY_NAME = 32
"""A country's name in one of the supported languages (CLDR)."""
FLAG_ALT_CYRILLIC = 64
"""Romanised from another Cyrillic name of the place (often its Russian name: Pobeda for
Peremoha); unlike a Latin alternate it is kept even where it is also another place's name."""

#: Prior weight of a feature code: how likely a bare mention of the name means this feature.
FEATURE_PRIOR: dict[str, float] = {
    "PCLI": 1.0, "PPLC": 0.95, "ADM1": 0.85, "PPLA": 0.85, "RGN": 0.7, "SEA": 0.7,
    "PPLA2": 0.65, "PPLA3": 0.45, "ADM2": 0.45, "PPLA4": 0.4, "STM": 0.4, "PPL": 0.35,
    "PPLX": 0.25, "PPLS": 0.25, "PPLQ": 0.1, "PPLH": 0.1,
}
DEFAULT_PRIOR = 0.25
#: Mean earth radius (km) of geopy's ``great_circle`` (IUGG), which :func:`distance_km` mirrors.
EARTH_RADIUS_KM = 6371.009
#: Population assumed for a settlement GeoNames lists with population 0.
UNKNOWN_POPULATION = 300


@dataclass(frozen=True, slots=True)
class Hit:
    """One candidate of a lookup, with the score and the reasons that produced it."""

    entry: Candidate
    flags: int
    score: float
    km: float | None = None  # distance from the ``near`` point of the lookup, when one was given

    @property
    def why(self) -> str:
        """The reasons behind :attr:`score`, spelt out only when asked (lookups are hot)."""
        why = prior_reason(self.entry, self.flags)
        return why if self.km is None else f"{why}, {self.km:.0f} km from the given point"


class Gazetteer:
    """Places and their name keys, loaded once from the bundled build."""

    def __init__(self, directory: Path | None = None) -> None:
        import marisa_trie

        self.directory = Path(directory) if directory else data_path("gazetteer")
        names, places = self.directory / NAMES_FILE, self.directory / PLACES_FILE
        if not names.exists() or not places.exists():
            raise GazetteerError(
                f"{self.directory}: gazetteer files missing ({NAMES_FILE}, {PLACES_FILE}); "
                "run `make gazetteer`"
            )
        try:
            self._trie = marisa_trie.RecordTrie("<IB")
            self._trie.mmap(str(names))
            with gzip.open(places, "rt", encoding="utf-8") as handle:
                rows = handle.read().splitlines()
        except (OSError, ValueError, EOFError) as exc:
            raise GazetteerError(f"{self.directory}: cannot read gazetteer ({exc})") from exc
        self._rows = rows
        self._cache: dict[int, Candidate] = {}
        self._priors: dict[tuple[int, int], float] = {}
        log.debug("gazetteer: %d places from %s", len(rows), self.directory)

    def __len__(self) -> int:
        return len(self._rows)

    def _prior(self, index: int, flags: int, entry: Candidate) -> float:
        """:func:`prior_score` of row ``index``, memoised by row (cheaper to key than an entry)."""
        found = self._priors.get((index, flags))
        if found is None:
            found = self._priors[index, flags] = prior_score(entry, flags)
        return found

    def entry(self, index: int) -> Candidate:
        """The place in row ``index`` (decoded on first use, then cached)."""
        cached = self._cache.get(index)
        if cached is not None:
            return cached
        f = self._rows[index].split("\t")
        entry = Candidate(
            place_id=f[0], name=f[1], lat=float(f[2]), lon=float(f[3]), kind=PlaceKind(f[4]),
            feature_code=f[5], country=f[6], admin1=f[7] or None, admin2=f[8] or None,
            population=int(f[9]), index=index,
        )
        self._cache[index] = entry
        return entry

    def get(self, key: str) -> list[tuple[int, int]]:
        """Rows and flags stored under an already folded ``key`` (empty when unknown)."""
        return self._trie.get(key, [])

    def __contains__(self, key: str) -> bool:
        return key in self._trie

    def has_prefix(self, key: str) -> bool:
        """True when some name key starts with ``key`` (lets spotting stop extending a span)."""
        return next(self._trie.iterkeys(key), None) is not None

    def keys_with_prefix(self, prefix: str) -> Iterator[str]:
        """Name keys starting with ``prefix`` (for fuzzy matching of rare spellings)."""
        return self._trie.iterkeys(prefix)

    def by_id(self, place_id: str) -> Candidate | None:
        """The place with this ``place_id`` (a linear scan: for tools and tests, not hot paths)."""
        for index, row in enumerate(self._rows):
            if row.startswith(place_id + "\t"):
                return self.entry(index)
        return None

    def iter_entries(self) -> Iterator[Candidate]:
        """Every place, in build order."""
        for index in range(len(self._rows)):
            yield self.entry(index)

    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        kind: PlaceKind | str | None = None,
        near: tuple[float, float] | None = None,
        limit: int = 10,
    ) -> list[Hit]:
        """Candidates for a name as written, best first, each with its score and why.

        Context-free: the score combines the feature prior (capital > oblast > town > village),
        population, and how the key was derived; ``country``, ``kind`` and ``near`` (lat, lon)
        filter or re-rank. Article context is the geocoder's business.
        """
        wanted_country = country.upper() if country else None
        wanted_kind = PlaceKind(kind) if kind else None
        ranked = []
        for index, flags in self.get(fold(name)):
            entry = self.entry(index)
            if (wanted_country and entry.country != wanted_country) or (
                    wanted_kind and entry.kind is not wanted_kind):
                continue
            score = self._prior(index, flags, entry)
            km = None
            if near is not None:
                km = distance_km(near, (entry.lat, entry.lon))
                score += 0.3 * math.exp(-km / 150)
            ranked.append((-round(score, 4), entry.place_id, entry, flags, km))
        ranked.sort(key=_rank)
        return [Hit(entry, flags, -neg, km) for neg, _, entry, flags, km in ranked[:limit]]


def _rank(item: tuple) -> tuple[float, str]:
    """Best score first, then the place id, so ties always come out in the same order."""
    return item[0], item[1]


def flag_names(flags: int) -> list[str]:
    """Readable names of key flags (for explanations)."""
    names = {
        FLAG_PRIMARY: "primary name", FLAG_ALT: "alternate name",
        FLAG_GENERATED: "romanised from Cyrillic", FLAG_FORMER: "former name",
        FLAG_REGION_FORM: "region stem", FLAG_COUNTRY_NAME: "country name",
        FLAG_ALT_CYRILLIC: "romanised from another Cyrillic name",
    }
    return [label for bit, label in names.items() if flags & bit]


def prior(entry: Candidate, flags: int) -> tuple[float, str]:
    """Context-free plausibility of ``entry`` for a name keyed with ``flags``, and why."""
    return prior_score(entry, flags), prior_reason(entry, flags)


@lru_cache(maxsize=100_000)  # one reason per candidate and keying, asked for every mention
def prior_reason(entry: Candidate, flags: int) -> str:
    """Why :func:`prior_score` says what it says: rank, population and how the name was keyed."""
    base = _base_prior(entry, flags)
    return f"{entry.feature_code} prior {base:.2f}, population {entry.population:,}, " + "/".join(
        flag_names(flags)
    )


def _base_prior(entry: Candidate, flags: int) -> float:
    base = FEATURE_PRIOR.get(entry.feature_code, DEFAULT_PRIOR) * 0.7
    if entry.kind is PlaceKind.REGION and flags & (FLAG_PRIMARY | FLAG_ALT | FLAG_GENERATED
                                                   | FLAG_ALT_CYRILLIC):
        # "Krym", "Donbas", "Харківщина": the region's own name, not a copy of its capital's
        base = FEATURE_PRIOR.get(entry.feature_code, DEFAULT_PRIOR)
    return base


@lru_cache(maxsize=100_000)  # spotting and geocoding ask again for the same few thousand places
def prior_score(entry: Candidate, flags: int) -> float:
    """Context-free plausibility of ``entry`` for a name keyed with ``flags``."""
    base = _base_prior(entry, flags)
    # Population weighs as much as rank: a hromada seat (PPLA3) of 2,000 people is less likely
    # news than a town of 70,000 that GeoNames files as a plain PPL.
    # A region's or a country's population says nothing about what a bare name refers to; a
    # settlement's population of 0 in GeoNames means "unknown" (many front-line villages), so
    # it counts as a typical village's.
    pop = 0.0
    if entry.kind is PlaceKind.SETTLEMENT:
        people = entry.population or UNKNOWN_POPULATION
        pop = min(0.9, 0.15 * math.log10(1 + people))
    # The place's own name beats a spelling generated from its Cyrillic, which beats a former,
    # regional or alternate name: "Mykolayiv" is the city before it is a form of Mykolaivka.
    if flags & (FLAG_PRIMARY | FLAG_COUNTRY_NAME):
        weight = 1.0
    elif entry.kind is PlaceKind.REGION and flags & FLAG_ALT_CYRILLIC:
        # the names Ukrainian and Russian writers give an oblast (Харківщина, Донецкая область)
        # are as much its name as the official one; a hamlet that shares one is not
        weight = 1.0
    elif flags & FLAG_GENERATED:
        weight = 0.9
    elif flags & (FLAG_FORMER | FLAG_REGION_FORM | FLAG_ALT_CYRILLIC):
        # a former name, a region's stem, or the Russian name (Pobeda for Peremoha), which
        # Russian-sourced reports use as a matter of course
        weight = 0.85
    else:
        weight = 0.75
    return (base + pop) * weight


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points, as geopy's ``great_circle``.

    Geocoding measures tens of thousands of pairs per batch, and geopy's Point and Distance
    objects cost more than the trigonometry: for valid coordinates the same formula, in the
    same order of operations (so the same floats), is computed here; anything else goes to geopy.
    """
    lat1, lon1 = float(a[0]), float(a[1])
    lat2, lon2 = float(b[0]), float(b[1])
    if not (abs(lat1) <= 90 and abs(lat2) <= 90 and abs(lon1) <= 180 and abs(lon2) <= 180):
        return float(great_circle(a, b).km)  # out of range or not finite: geopy decides
    lat1, lng1, lat2, lng2 = (math.radians(lat1), math.radians(lon1), math.radians(lat2),
                              math.radians(lon2))
    sin_lat1, cos_lat1 = math.sin(lat1), math.cos(lat1)
    sin_lat2, cos_lat2 = math.sin(lat2), math.cos(lat2)
    delta_lng = lng2 - lng1
    cos_delta_lng, sin_delta_lng = math.cos(delta_lng), math.sin(delta_lng)
    d = math.atan2(math.sqrt((cos_lat2 * sin_delta_lng) ** 2
                             + (cos_lat1 * sin_lat2 - sin_lat1 * cos_lat2 * cos_delta_lng) ** 2),
                   sin_lat1 * sin_lat2 + cos_lat1 * cos_lat2 * cos_delta_lng)
    return float(EARTH_RADIUS_KM * d + 0.0)


@lru_cache(maxsize=4)
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    """The gazetteer, loaded once per directory (the bundled one by default)."""
    return Gazetteer(Path(directory) if directory else None)
