"""The embedded SQLite store of a run's output folder (``DIR/frontmap.sqlite``).

``claims.geojson`` is rewritten by every run; analysts' decisions must outlive runs and
extractor changes. So every run also adds its articles, mentions, places and claims here
(incrementally: an article whose text is already stored is skipped, unless the extractor that
produced it has changed or a re-extraction is asked for), and the review layer
(:mod:`frontmap.review`) keeps accept / reject / correct decisions and an append-only history
beside them. Maps and exports read the claims with the reviewed values from here.

Identity. An article is its text: ``hash`` is the SHA-256 of the text, so the same text read
again from another file or line is the same article. A claim's ``claim_id`` is
:func:`frontmap.claims.claim_id` over (article hash, type, place, actor, event date) — the
identity ``claims.geojson`` uses, with the text's hash instead of the input's file name, so it
is stable across runs and re-extractions. A review is keyed by the ``claim_id`` it was made on
and re-attaches to the re-extracted claim with the same id, or else to the claim of the same
article at the same place (see :func:`frontmap.review.reattach`); one that matches nothing is
kept, reported and marked orphaned.

Concurrency. WAL mode, a busy timeout, and every write in a ``BEGIN IMMEDIATE`` transaction
(read-modify-write included), so two processes reviewing at once serialise instead of losing
an update.

Schema. Versioned with ``PRAGMA user_version`` and marked with ``PRAGMA application_id``;
:data:`MIGRATIONS` lists the steps, applied in order, each in one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .claims import claim_id as _claim_id
from .errors import FrontmapError, StoreError
from .export import claim_properties
from .models import Candidate, Extraction
from .review import ReviewMixin, reattach

log = logging.getLogger(__name__)

STORE_FILE = "frontmap.sqlite"
#: ``PRAGMA application_id`` of a frontmap store ("FMap"), so a foreign SQLite file is refused.
APPLICATION_ID = 0x466D6170
#: Seconds a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT_S = 60.0
#: Articles written per transaction by :meth:`Store.add` callers that batch (``pipeline.run``).
BATCH_ARTICLES = 50

_EXTRACTION_TABLES = (
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,          -- SHA-256 of the text: the article's identity
        article_id TEXT NOT NULL,           -- the id the input gave (file stem, JSONL id)
        source TEXT, url TEXT, published TEXT, published_from TEXT, lang TEXT, title TEXT,
        text TEXT NOT NULL, body_start INTEGER NOT NULL DEFAULT 0,
        extractor TEXT NOT NULL,            -- extractor version of its mentions and claims
        added_at TEXT NOT NULL, extracted_at TEXT NOT NULL)""",
    """CREATE TABLE places (
        place_id TEXT PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
        kind TEXT NOT NULL, feature_code TEXT, country TEXT, admin1 TEXT, admin2 TEXT,
        population INTEGER)""",
    """CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        surface TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        sentence INTEGER, rule TEXT, role TEXT, hint TEXT,
        place_id TEXT REFERENCES places(place_id),   -- NULL: unresolved
        geo_precision TEXT, confidence REAL, reason TEXT,
        alternatives TEXT)                           -- JSON [[place_id, score], ...]""",
    """CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        claim_id TEXT NOT NULL UNIQUE,      -- claims.claim_id over the article's hash
        geojson_id TEXT NOT NULL,           -- the feature id in the run's claims.geojson
        article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        type TEXT NOT NULL, actor TEXT, claimant TEXT, claimant_side TEXT,
        event_date TEXT, date_precision TEXT,
        place_id TEXT NOT NULL REFERENCES places(place_id), surface TEXT NOT NULL,
        mention_start INTEGER, mention_end INTEGER, geo_precision TEXT, place_confidence REAL,
        evidence TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        status TEXT NOT NULL, verified INTEGER, confidence REAL, rule TEXT,
        properties TEXT NOT NULL DEFAULT '{}')  -- JSON: the claims.geojson properties""",
    "CREATE INDEX claims_article ON claims(article)",
    "CREATE INDEX claims_geojson_id ON claims(geojson_id)",
    "CREATE INDEX mentions_article ON mentions(article)",
)

_REVIEW_TABLES = (
    """CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,           -- claim_id of the claim first reviewed
        article_hash TEXT NOT NULL,         -- that claim's identity, spelt out for re-attaching
        type TEXT NOT NULL, place_id TEXT NOT NULL, actor TEXT, event_date TEXT,
        span_start INTEGER,
        claim_id TEXT UNIQUE REFERENCES claims(claim_id) ON DELETE SET NULL,  -- NULL: orphaned
        decision TEXT CHECK (decision IN ('accepted', 'rejected')),
        corrections TEXT NOT NULL DEFAULT '{}',   -- JSON {field: value}
        status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected', 'corrected')),
        analyst TEXT NOT NULL, note TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1)""",
    "CREATE INDEX reviews_article ON reviews(article_hash)",
    """CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL, analyst TEXT NOT NULL, action TEXT NOT NULL,
        review_key TEXT NOT NULL, claim_id TEXT,
        field TEXT NOT NULL, before TEXT, after TEXT,   -- JSON values
        note TEXT)""",
    "CREATE INDEX history_review ON history(review_key)",
    """CREATE TRIGGER history_no_update BEFORE UPDATE ON history
       BEGIN SELECT RAISE(ABORT, 'history is append-only'); END""",
    """CREATE TRIGGER history_no_delete BEFORE DELETE ON history
       BEGIN SELECT RAISE(ABORT, 'history is append-only'); END""",
)

#: ``(what it adds, statements)``; migration ``i`` takes a store from version ``i`` to ``i + 1``.
MIGRATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("articles, places, mentions and claims", _EXTRACTION_TABLES),
    ("reviews and the append-only history", _REVIEW_TABLES),
)
SCHEMA_VERSION = len(MIGRATIONS)


def content_hash(text: str) -> str:
    """The identity of an article: SHA-256 of its text (hex)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now() -> str:
    """A UTC timestamp as stored (ISO 8601, microseconds, ``Z``)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def extractor_version(settings: Any = None) -> str:
    """A fingerprint of everything that decides what is extracted from a text.

    The package version, the source of the extraction modules, the language files, the
    gazetteer build's manifest and the settings that steer extraction: when any of these change,
    stored articles are re-extracted on their next run. A hand-kept version constant would be
    forgotten by whoever edits a trigger list.
    """
    from . import __version__
    from .resources import data_path, package_path

    digest = hashlib.sha1(__version__.encode())
    names = ("reading", "identify", "normalize", "romanize", "segmentation", "spotting",
             "gazetteer", "geocoding", "claims", "attribution", "dates")
    files = [package_path(f"{n}.py") for n in names]
    files += sorted(p for p in package_path("languages").iterdir() if p.is_file())
    gazetteer_dir = getattr(settings, "gazetteer_dir", None)
    with suppress(FrontmapError):  # no bundled manifest: the rest still fingerprints it
        files.append(Path(gazetteer_dir) / "MANIFEST.json" if gazetteer_dir
                     else data_path("gazetteer", "MANIFEST.json"))
    for path in files:
        digest.update(path.name.encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"-")
    if settings is not None:
        steer = {k: getattr(settings, k, None) for k in
                 ("languages", "default_language", "min_place_confidence")}
        digest.update(json.dumps(steer, sort_keys=True, default=str).encode())
    return f"{__version__}+{digest.hexdigest()[:12]}"


@dataclass
class AddReport:
    """What :meth:`Store.add` did (articles added, skipped, re-extracted; reviews moved)."""

    added: int = 0
    unchanged: int = 0
    reextracted: int = 0
    claims: int = 0
    reattached: list[tuple[str, str]] = field(default_factory=list)
    """Reviews attached to a different claim after re-extraction: ``(review key, claim_id)``."""
    orphaned: list[str] = field(default_factory=list)
    """Keys of reviews whose claim is gone after re-extraction (kept, marked orphaned)."""

    def merge(self, other: AddReport) -> None:
        self.added += other.added
        self.unchanged += other.unchanged
        self.reextracted += other.reextracted
        self.claims += other.claims
        self.reattached += other.reattached
        self.orphaned += other.orphaned


class Store(ReviewMixin):
    """A frontmap store: the extractions of every run into one folder, and their reviews.

    Open it on a run's output folder or on the ``.sqlite`` file; it is created and migrated
    to :data:`SCHEMA_VERSION` as needed. Use it as a context manager or call :meth:`close`.
    """

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        if path.is_dir() or (not path.exists() and not path.suffix):  # a (new) run folder
            path = path / STORE_FILE
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                log.warning("%s: journal mode %s (WAL unavailable)", path, mode)
            self.conn.execute("PRAGMA synchronous = NORMAL")
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{path}: cannot open the store ({exc})") from exc
        try:
            migrate(self.conn)
        except BaseException:
            self.conn.close()
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # ------------------------------------------------------------------ transactions

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (``BEGIN IMMEDIATE``) so read-modify-write
        sequences of two processes cannot interleave."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot start a write ({exc})") from exc
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self.conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot commit ({exc})") from exc

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: every query inside sees the same snapshot."""
        self.conn.execute("BEGIN")
        try:
            yield self.conn
        finally:
            self.conn.execute("COMMIT")

    # ------------------------------------------------------------------ adding

    def add(self, extractions: Iterable[Extraction], *, extractor: str | None = None,
            reextract: bool = False) -> AddReport:
        """Add extractions in one transaction; returns what was added, skipped, re-extracted.

        An article already stored (same text) is skipped when it was extracted by the same
        ``extractor`` version, else (or with ``reextract``) its mentions and claims are
        replaced and its reviews re-attached.
        """
        extractor = extractor or extractor_version()
        report = AddReport()
        with self.write() as conn:
            for extraction in extractions:
                self._add_one(conn, extraction, extractor, reextract, report)
        for key in report.orphaned:
            log.warning("%s: review %s no longer matches any claim (kept as orphaned)",
                        self.path, key)
        return report

    def _add_one(self, conn: sqlite3.Connection, ex: Extraction, extractor: str,
                 reextract: bool, report: AddReport) -> None:
        art = ex.article
        digest = content_hash(art.text)
        row = conn.execute("SELECT id, extractor FROM articles WHERE hash = ?",
                           (digest,)).fetchone()
        stamp = now()
        if row is not None and row["extractor"] == extractor and not reextract:
            report.unchanged += 1
            return
        previous: dict[str, str | None] = {}
        if row is not None:
            pk = row["id"]
            previous = dict(conn.execute("SELECT key, claim_id FROM reviews WHERE "
                                         "article_hash = ?", (digest,)).fetchall())
            conn.execute("DELETE FROM claims WHERE article = ?", (pk,))
            conn.execute("DELETE FROM mentions WHERE article = ?", (pk,))
            conn.execute("UPDATE articles SET extractor = ?, extracted_at = ?, lang = ? "
                         "WHERE id = ?", (extractor, stamp, art.lang, pk))
            report.reextracted += 1
        else:
            pk = conn.execute(
                "INSERT INTO articles (hash, article_id, source, url, published, "
                "published_from, lang, title, text, body_start, extractor, added_at, "
                "extracted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (digest, art.id, art.source, art.url, _iso(art.published), art.published_from,
                 art.lang, art.title, art.text, art.body_start, extractor, stamp, stamp),
            ).lastrowid
            report.added += 1
        entries = {p.entry.place_id: p.entry for p in ex.places}
        entries.update((c.place.entry.place_id, c.place.entry) for c in ex.claims)
        for entry in entries.values():
            upsert_place(conn, entry)
        conn.executemany(
            'INSERT INTO mentions (article, surface, start, "end", sentence, rule, role, hint, '
            "place_id, geo_precision, confidence, reason, alternatives) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(pk, p.mention.surface, p.mention.start, p.mention.end, p.mention.sentence,
              p.mention.rule, p.mention.role, _val(p.mention.hint), p.entry.place_id,
              p.precision.value, p.confidence, p.reason,
              json.dumps([[c.place_id, s] for c, s in p.alternatives])) for p in ex.places]
            + [(pk, u.mention.surface, u.mention.start, u.mention.end, u.mention.sentence,
                u.mention.rule, u.mention.role, _val(u.mention.hint), None, None, None,
                u.reason, "[]") for u in ex.unresolved],
        )
        seen: set[str] = set()
        rows = []
        for ordinal, c in enumerate(ex.claims):
            key = _claim_id(digest, c.type, c.place.entry.place_id, c.actor, c.event_date)
            if key in seen:  # merge_claims makes this impossible; never fail a run on it
                continue
            seen.add(key)
            rows.append((
                key, c.id, pk, ordinal, c.type.value, _val(c.actor), c.claimant,
                _val(c.claimant_side), _iso(c.event_date), _val(c.date_precision),
                c.place.entry.place_id, c.place.mention.surface, c.place.mention.start,
                c.place.mention.end, c.place.precision.value, c.place.confidence, c.evidence,
                c.span[0], c.span[1], c.status.value,
                None if c.verified is None else int(c.verified), c.confidence, c.rule,
                json.dumps(claim_properties(c, art), ensure_ascii=False)))
        conn.executemany(
            "INSERT INTO claims (claim_id, geojson_id, article, ordinal, type, actor, claimant, "
            "claimant_side, event_date, date_precision, place_id, surface, mention_start, "
            "mention_end, geo_precision, place_confidence, evidence, span_start, span_end, "
            "status, verified, confidence, rule, properties) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        report.claims += len(rows)
        if row is not None:
            moved, orphaned = reattach(conn, digest, previous)
            report.reattached += moved
            report.orphaned += orphaned

    def reextract(self, pipeline: Any = None, *, force: bool = False) -> AddReport:
        """Re-extract stored articles from their stored text with the current extractor.

        Only articles extracted by another extractor version, unless ``force``. Reviews are
        re-attached (or reported orphaned) as in :meth:`add`.
        """
        from .pipeline import Pipeline
        from .reading import make_article

        pipeline = pipeline or Pipeline()
        version = extractor_version(pipeline.settings)
        with self.read() as conn:
            rows = conn.execute("SELECT * FROM articles ORDER BY id").fetchall()
        report = AddReport()
        stale = [r for r in rows if force or r["extractor"] != version]
        for start in range(0, len(stale), BATCH_ARTICLES):
            batch = []
            for r in stale[start:start + BATCH_ARTICLES]:
                # Only a date the input gave is an input; header, URL and text dates are
                # found again (so ``published_from`` stays what the extractor says).
                given = r["published"] if r["published_from"] == "record" else None
                article = make_article(r["text"], id=r["article_id"], source=r["source"],
                                       published=given, url=r["url"], title=r["title"],
                                       lang=r["lang"])
                batch.append(pipeline.process(article))
            report.merge(self.add(batch, extractor=version, reextract=True))
        report.unchanged += len(rows) - len(stale)
        return report

    # ------------------------------------------------------------------ reading

    def counts(self) -> dict[str, int]:
        """Rows per table (articles, places, mentions, claims, reviews, history)."""
        with self.read() as conn:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in ("articles", "places", "mentions", "claims", "reviews", "history")}

    def claim_features(self, *, articles: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Every stored claim as a claims.geojson feature, with the reviewed values.

        Corrections replace the extracted values (a corrected place moves the point), and
        ``reviewed``, ``review_status``, ``analyst``, ``review_note``, ``reviewed_at`` and
        ``corrected`` (the corrected fields) are added; rejected claims are included with
        ``review_status: "rejected"`` (the map and exports leave them out). ``articles``
        limits the result to these article hashes.
        """
        from .review import effective_feature

        with self.read() as conn:
            rows = conn.execute(
                "SELECT c.*, a.hash, a.article_id, a.lang, a.published, a.url, a.title, "
                "p.name, p.lat, p.lon, p.kind, p.country, p.admin1, r.key AS review_key, "
                "r.status AS review_status, r.corrections, r.analyst, r.note AS review_note, "
                "r.updated_at AS reviewed_at "
                "FROM claims c JOIN articles a ON a.id = c.article "
                "JOIN places p ON p.place_id = c.place_id "
                "LEFT JOIN reviews r ON r.claim_id = c.claim_id "
                "ORDER BY a.id, c.ordinal").fetchall()
            places = _corrected_places(conn, rows)
        wanted = set(articles) if articles is not None else None
        return [effective_feature(r, places) for r in rows
                if wanted is None or r["hash"] in wanted]

    def place_features(self) -> list[dict[str, Any]]:
        """One feature per distinct resolved place per article (as in places.geojson)."""
        with self.read() as conn:
            rows = conn.execute(
                "SELECT a.article_id, a.hash, a.url, a.published, m.place_id, p.name, p.lat, "
                "p.lon, p.kind, p.feature_code, p.country, p.admin1, p.admin2, "
                "min(m.geo_precision) AS geo_precision, max(m.confidence) AS confidence, "
                "count(*) AS mentions, json_group_array(m.surface) AS surfaces, "
                "sum(coalesce(m.hint, '') != 'other') AS not_facility, "
                "min(m.start) AS first "
                "FROM mentions m JOIN articles a ON a.id = m.article "
                "JOIN places p ON p.place_id = m.place_id "
                "GROUP BY m.article, m.place_id ORDER BY a.id, first").fetchall()
        from .export import point

        return [{
            "type": "Feature", "id": f"{r['hash'][:16]}:{r['place_id']}",
            "geometry": point(r["lat"], r["lon"]),
            "properties": {
                "article_id": r["article_id"], "article_hash": r["hash"],
                "surfaces": list(dict.fromkeys(json.loads(r["surfaces"]))),
                "name": r["name"], "place_id": r["place_id"],
                # as places.geojson: a facility named after a town is "other"
                "kind": r["kind"] if r["not_facility"] else "other",
                "feature_code": r["feature_code"], "country": r["country"],
                "admin1": r["admin1"], "admin2": r["admin2"],
                "geo_precision": r["geo_precision"], "confidence": r["confidence"],
                "mentions": r["mentions"], "url": r["url"], "published": r["published"],
            },
        } for r in rows]

    def claims(
        self,
        *,
        date_from: dt.date | str | None = None,
        date_to: dt.date | str | None = None,
        type: str | Iterable[str] | None = None,
        side: str | Iterable[str] | None = None,
        claimant_side: str | Iterable[str] | None = None,
        status: str | Iterable[str] | None = None,
        admin1: str | Iterable[str] | None = None,
        oblast: str | Iterable[str] | None = None,
        reviewed: bool | None = None,
        review_status: str | Iterable[str] | None = None,
        include_rejected: bool = True,
    ) -> Any:
        """The claims as a GeoDataFrame (EPSG:4326, index ``claim_id``), reviewed values.

        Filters: ``date_from``/``date_to`` on the event date (or, for undated claims, the
        publication date; claims with neither are dropped when a range is given), ``type``,
        ``side`` (the actor), ``claimant_side``, ``status`` (what the text says: claimed,
        confirmed, denied), ``admin1``/``oblast`` (``"Donetsk"`` matches ``"Donetsk Oblast"``),
        ``reviewed``, ``review_status`` (accepted, corrected, rejected, or ``"unreviewed"``).
        ``event_date`` and ``published`` are datetime64 columns.
        """
        from .review import filter_features

        features = filter_features(
            self.claim_features(), date_from=date_from, date_to=date_to, type=type, side=side,
            claimant_side=claimant_side, status=status, admin1=admin1 or oblast,
            reviewed=reviewed, review_status=review_status, include_rejected=include_rejected)
        from .export import claims_frame

        return claims_frame(features)


def upsert_place(conn: sqlite3.Connection, entry: Candidate) -> None:
    """Insert or refresh a gazetteer entry (a rebuilt gazetteer may move a point)."""
    conn.execute(
        "INSERT INTO places (place_id, name, lat, lon, kind, feature_code, country, admin1, "
        "admin2, population) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(place_id) DO UPDATE SET "
        "name = excluded.name, lat = excluded.lat, lon = excluded.lon, kind = excluded.kind, "
        "feature_code = excluded.feature_code, country = excluded.country, "
        "admin1 = excluded.admin1, admin2 = excluded.admin2, population = excluded.population",
        (entry.place_id, entry.name, entry.lat, entry.lon, entry.kind.value,
         entry.feature_code, entry.country, entry.admin1, entry.admin2, entry.population))


def _corrected_places(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]
                      ) -> dict[str, sqlite3.Row]:
    wanted = {json.loads(r["corrections"]).get("place_id") for r in rows if r["corrections"]}
    wanted.discard(None)
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    return {r["place_id"]: r for r in conn.execute(
        f"SELECT * FROM places WHERE place_id IN ({marks})", sorted(wanted))}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _val(member: Any) -> str | None:
    return member.value if member is not None else None


# ---------------------------------------------------------------------- schema


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring a store to schema ``target`` (one transaction per step); return the version.

    Refuses a database of a newer frontmap and a SQLite file that is not a frontmap store.
    Safe when two processes open a new store at once: each step re-reads the version inside
    its write transaction.
    """
    try:
        version = schema_version(conn)
        if version > SCHEMA_VERSION:
            raise StoreError(f"store schema version {version} is newer than this frontmap's "
                             f"({SCHEMA_VERSION}): upgrade frontmap")
        app = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                              ).fetchone()[0]
        if app != APPLICATION_ID and (version or tables):
            raise StoreError("not a frontmap store (a SQLite database of another program); "
                             "move it away or choose another output folder")
        while version < target:
            conn.execute("BEGIN IMMEDIATE")
            try:
                version = schema_version(conn)
                if version < target:
                    what, statements = MIGRATIONS[version]
                    for statement in statements:
                        conn.execute(statement)
                    if version == 0:
                        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    conn.execute(f"PRAGMA user_version = {version + 1}")
                    log.info("store migrated to version %d (%s)", version + 1, what)
                    version += 1
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open or migrate the store ({exc})") from exc
    return version


# ---------------------------------------------------------------------- module API


def open_store(path: str | Path) -> Store:
    """Open (creating or migrating) the store of a run's output folder or a ``.sqlite`` file."""
    return Store(path)


def claim_features(path: str | Path) -> list[dict[str, Any]] | None:
    """Claim features with reviewed values from the store at ``path`` (for :mod:`render`);
    ``None`` for an empty file (no store yet: the caller reads claims.geojson instead)."""
    path = Path(path)
    if path.is_file() and path.stat().st_size == 0:
        return None
    with Store(path) as store:
        return store.claim_features()
