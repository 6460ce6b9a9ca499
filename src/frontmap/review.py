"""Analysts' review of stored claims: accept, reject, correct, with an append-only history.

Machines propose; analysts decide. A review belongs to a claim of the store
(:mod:`frontmap.store`): ``accept`` and ``reject`` record a decision, ``correct`` replaces the
extracted place, type, actor or event date (a correction back to the extracted value removes
it). Every call appends to ``history`` one row per field it set (who, when, field, before,
after, as JSON) — the table refuses updates and deletes. The reviewed values are what maps and
exports show: :func:`effective_feature` lays a review over its claim.

A claim's review status is ``rejected`` when rejected, else ``corrected`` when any correction
stands, else ``accepted``; correcting a claim also accepts it (analysts correct what they keep).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import StoreError
from .models import Candidate
from .vocab import ACTOR_SIDES, ClaimType, DatePrecision, PlaceKind

#: Fields a correction may replace (``place_id`` also moves the point).
CORRECTABLE = ("type", "place_id", "actor", "event_date", "date_precision")
REVIEW_STATUSES = ("accepted", "corrected", "rejected")
#: The analyst name of rows the store writes itself (re-attaching after re-extraction).
SYSTEM = "frontmap"


class UnknownClaim(StoreError, KeyError):
    """No stored claim has this id (or a claims.geojson id names several)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown claim"


class InvalidReview(StoreError, ValueError):
    """A review call with an unusable value (no analyst, an unknown type, side or place)."""


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


#: Default of :meth:`ReviewMixin.correct` arguments: "leave as it is" (``None`` clears a value).
UNSET: Any = _Unset()


@dataclass(frozen=True, slots=True)
class Review:
    """The current review of a claim."""

    key: str
    """``claim_id`` of the claim the review was first made on (its identity)."""
    claim_id: str | None
    """The claim it is attached to now; ``None`` when re-extraction left no matching claim."""
    status: str
    decision: str | None
    corrections: Mapping[str, Any]
    analyst: str
    note: str | None
    created_at: str
    updated_at: str
    revision: int

    @property
    def orphaned(self) -> bool:
        return self.claim_id is None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One row of the append-only history."""

    id: int
    at: str
    analyst: str
    action: str
    review_key: str
    claim_id: str | None
    field: str
    before: Any
    after: Any
    note: str | None


@dataclass(frozen=True, slots=True)
class Evidence:
    """What an analyst reads to judge a claim: the sentence in its article, and the source.

    Displayed in a notebook it renders as HTML in which every article-derived string is
    escaped (``_repr_html_``); ``str()`` gives plain text.
    """

    claim_id: str
    article_id: str
    title: str | None
    url: str | None
    published: str | None
    source: str | None
    claimant: str | None
    place: str
    before: str
    evidence: str
    after: str
    mention: tuple[int, int] | None
    """Span of the place's name inside ``evidence``."""

    def __str__(self) -> str:
        head = " · ".join(x for x in (self.title or self.article_id, self.published, self.url)
                          if x)
        return f"{head}\n…{self.before}[{self.evidence}]{self.after}…"

    def _repr_html_(self) -> str:
        e = html.escape
        text = self.evidence
        if self.mention:
            start, end = self.mention
            body = f"{e(text[:start])}<mark>{e(text[start:end])}</mark>{e(text[end:])}"
        else:
            body = e(text)
        link = (f' <a href="{e(self.url)}" rel="noopener noreferrer">{e(self.url)}</a>'
                if self.url and self.url.startswith(("http://", "https://")) else "")
        meta = " · ".join(e(x) for x in (self.published, self.claimant, self.place) if x)
        return (f"<div class='frontmap-evidence'><b>{e(self.title or self.article_id)}</b>"
                f"{link}<br><small>{meta}</small><p>…{e(self.before)}<b>{body}</b>"
                f"{e(self.after)}…</p></div>")


class ReviewMixin:
    """The review methods of :class:`frontmap.store.Store`."""

    conn: sqlite3.Connection
    path: Path

    def write(self) -> AbstractContextManager[sqlite3.Connection]:  # provided by Store
        raise NotImplementedError

    def read(self) -> AbstractContextManager[sqlite3.Connection]:  # provided by Store
        raise NotImplementedError

    def accept(self, claim: Any, analyst: str, note: str | None = None) -> Review:
        """Accept a claim as extracted (or as corrected)."""
        return self._decide(claim, analyst, "accepted", note, "accept")

    def reject(self, claim: Any, analyst: str, note: str | None = None) -> Review:
        """Reject a claim: it disappears from maps and exports (and stays in the store)."""
        return self._decide(claim, analyst, "rejected", note, "reject")

    def correct(self, claim: Any, analyst: str, *, place: Any = UNSET, type: Any = UNSET,
                actor: Any = UNSET, event_date: Any = UNSET, date_precision: Any = UNSET,
                note: str | None = None) -> Review:
        """Correct a claim's place, type, actor or event date (and accept it).

        ``place`` is a ``place_id`` (``"geonames:703656"``), a gazetteer entry or a lookup hit
        (``gazetteer.lookup(...)[0]``); ``actor=None`` and ``event_date=None`` clear the value;
        a new ``event_date`` has day precision unless ``date_precision`` says otherwise.
        """
        analyst = _analyst(analyst)
        changes: dict[str, Any] = {}
        try:
            if type is not UNSET:
                changes["type"] = ClaimType(type).value
            if actor is not UNSET:
                changes["actor"] = _actor(actor)
            if event_date is not UNSET:
                day = _day(event_date)
                changes["event_date"] = day
                changes["date_precision"] = DatePrecision.DAY.value if day else None
            if date_precision is not UNSET:
                changes["date_precision"] = (DatePrecision(date_precision).value
                                             if date_precision is not None else None)
        except ValueError as exc:
            raise InvalidReview(f"cannot correct: {exc}") from exc
        if not changes and place is UNSET:
            raise InvalidReview("nothing to correct: give place, type, actor or event_date")
        with self.write() as conn:
            row = _claim_row(conn, claim)
            if place is not UNSET:
                changes["place_id"] = _place_id(conn, place)
            review = _review_row(conn, row["claim_id"])
            corrections = json.loads(review["corrections"]) if review else {}
            machine = {f: row[f] for f in CORRECTABLE}
            before = {f: corrections.get(f, machine[f]) for f in changes}
            for name, value in changes.items():
                if value == machine[name]:
                    corrections.pop(name, None)
                else:
                    corrections[name] = value
            stamp = _save(conn, row, review, analyst, "accepted", corrections, note)
            for name, value in changes.items():
                _history(conn, stamp, analyst, "correct", review, row, name, before[name],
                         value, note)
            old = review["status"] if review else None
            new = _status("accepted", corrections)
            if old != new:
                _history(conn, stamp, analyst, "correct", review, row, "review_status", old,
                         new, note)
        return self.review(row["claim_id"])  # type: ignore[return-value]

    def _decide(self, claim: Any, analyst: str, decision: str, note: str | None,
                action: str) -> Review:
        analyst = _analyst(analyst)
        with self.write() as conn:
            row = _claim_row(conn, claim)
            review = _review_row(conn, row["claim_id"])
            corrections = json.loads(review["corrections"]) if review else {}
            stamp = _save(conn, row, review, analyst, decision, corrections, note)
            _history(conn, stamp, analyst, action, review, row, "review_status",
                     review["status"] if review else None, _status(decision, corrections), note)
        return self.review(row["claim_id"])  # type: ignore[return-value]

    def review(self, claim: Any) -> Review | None:
        """The current review of a claim, or ``None`` when it has none."""
        with self.read() as conn:
            row = _claim_row(conn, claim)
            found = _review_row(conn, row["claim_id"])
        return _as_review(found) if found else None

    def reviews(self) -> list[Review]:
        """Every review, attached or orphaned, in the order they were first made."""
        with self.read() as conn:
            return [_as_review(r) for r in conn.execute("SELECT * FROM reviews ORDER BY id")]

    def orphaned_reviews(self) -> list[Review]:
        """Reviews whose claim no re-extraction reproduced (kept, shown nowhere)."""
        return [r for r in self.reviews() if r.orphaned]

    def history(self, claim: Any = None, *, analyst: str | None = None) -> list[HistoryEntry]:
        """History rows, oldest first: all, or of one claim's review, or of one analyst."""
        sql, args = "SELECT * FROM history WHERE 1 = 1", []
        with self.read() as conn:
            if claim is not None:
                row = _claim_row(conn, claim)
                review = _review_row(conn, row["claim_id"])
                sql += " AND review_key = ?"
                args.append(review["key"] if review else row["claim_id"])
            if analyst is not None:
                sql += " AND analyst = ?"
                args.append(analyst)
            rows = conn.execute(sql + " ORDER BY id", args).fetchall()
        return [HistoryEntry(r["id"], r["at"], r["analyst"], r["action"], r["review_key"],
                             r["claim_id"], r["field"], _load(r["before"]), _load(r["after"]),
                             r["note"]) for r in rows]

    def evidence(self, claim: Any, *, context: int = 240) -> Evidence:
        """The claim's evidence in its article, with ``context`` characters either side."""
        with self.read() as conn:
            row = _claim_row(conn, claim)
            art = conn.execute("SELECT * FROM articles WHERE id = ?", (row["article"],)
                               ).fetchone()
            name = conn.execute("SELECT name FROM places WHERE place_id = ?",
                                (row["place_id"],)).fetchone()[0]
        text, start, end = art["text"], row["span_start"], row["span_end"]
        mention = None
        if row["mention_start"] is not None and start <= row["mention_start"] < end:
            mention = (row["mention_start"] - start, min(row["mention_end"], end) - start)
        return Evidence(
            claim_id=row["claim_id"], article_id=art["article_id"], title=art["title"],
            url=art["url"], published=art["published"], source=art["source"],
            claimant=row["claimant"], place=name,
            before=text[max(art["body_start"], start - context):start].lstrip(),
            evidence=text[start:end], after=text[end:end + context].rstrip(), mention=mention)


# ---------------------------------------------------------------------- rows and values


def _analyst(name: Any) -> str:
    if not isinstance(name, str) or not name.strip():
        raise InvalidReview("a review needs the analyst's name")
    return name.strip()


def _actor(value: Any) -> str | None:
    if value is None:
        return None
    side = next((s for s in ACTOR_SIDES if s.value.casefold() == str(value).casefold()), None)
    if side is None:
        raise ValueError(f"actor must be one of {', '.join(s.value for s in ACTOR_SIDES)} or "
                         f"None, not {value!r}")
    return side.value


def _day(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "date") and callable(value.date):  # pandas Timestamp
        return value.date().isoformat()
    return dt.date.fromisoformat(str(value)).isoformat()


def _place_id(conn: sqlite3.Connection, place: Any) -> str:
    """The place_id of a correction's place, stored in ``places`` if it is new."""
    from .store import upsert_place

    entry = getattr(place, "entry", place)  # a gazetteer Hit carries its entry
    if isinstance(entry, Candidate):
        upsert_place(conn, entry)
        return entry.place_id
    if not isinstance(entry, str) or not entry:
        raise InvalidReview(f"place must be a place_id or a gazetteer entry, not {place!r}")
    if conn.execute("SELECT 1 FROM places WHERE place_id = ?", (entry,)).fetchone():
        return entry
    from .gazetteer import load_gazetteer

    found = load_gazetteer().by_id(entry)
    if found is None:
        raise InvalidReview(f"no place has the id {entry!r} (see `frontmap gazetteer lookup`)")
    upsert_place(conn, found)
    return found.place_id


def _claim_row(conn: sqlite3.Connection, claim: Any) -> sqlite3.Row:
    """The stored claim named by its ``claim_id``, its claims.geojson id, or a feature."""
    if isinstance(claim, Mapping):
        claim = claim.get("id") or (claim.get("properties") or {}).get("claim_id")
    key = str(getattr(claim, "name", claim))  # a GeoDataFrame row carries its index as name
    rows = conn.execute("SELECT * FROM claims WHERE claim_id = ?", (key,)).fetchall()
    if not rows:
        rows = conn.execute("SELECT * FROM claims WHERE geojson_id = ?", (key,)).fetchall()
    if not rows:
        raise UnknownClaim(f"no stored claim has the id {key!r}")
    if len(rows) > 1:
        raise UnknownClaim(f"the claims.geojson id {key!r} names {len(rows)} stored claims; "
                           "use their claim_id")
    return rows[0]


def _review_row(conn: sqlite3.Connection, claim_id: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM reviews WHERE claim_id = ?", (claim_id,)).fetchone()


def _status(decision: str | None, corrections: Mapping[str, Any]) -> str:
    if decision == "rejected":
        return "rejected"
    return "corrected" if corrections else "accepted"


def _save(conn: sqlite3.Connection, claim: sqlite3.Row, review: sqlite3.Row | None,
          analyst: str, decision: str, corrections: Mapping[str, Any],
          note: str | None) -> str:
    """Insert or update the review row; returns the timestamp used."""
    from .store import now

    stamp = now()
    status = _status(decision, corrections)
    data = json.dumps(corrections, sort_keys=True)
    if review is None:
        digest = conn.execute("SELECT hash FROM articles WHERE id = ?", (claim["article"],)
                              ).fetchone()[0]
        conn.execute(
            "INSERT INTO reviews (key, article_hash, type, place_id, actor, event_date, "
            "span_start, claim_id, decision, corrections, status, analyst, note, created_at, "
            "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (claim["claim_id"], digest, claim["type"], claim["place_id"], claim["actor"],
             claim["event_date"], claim["span_start"], claim["claim_id"], decision, data,
             status, analyst, note, stamp, stamp))
    else:
        conn.execute(
            "UPDATE reviews SET decision = ?, corrections = ?, status = ?, analyst = ?, "
            "note = coalesce(?, note), updated_at = ?, revision = revision + 1 WHERE id = ?",
            (decision, data, status, analyst, note, stamp, review["id"]))
    return stamp


def _history(conn: sqlite3.Connection, stamp: str, analyst: str, action: str,
             review: sqlite3.Row | None, claim: sqlite3.Row | None, name: str, before: Any,
             after: Any, note: str | None, *, key: str | None = None) -> None:
    conn.execute(
        "INSERT INTO history (at, analyst, action, review_key, claim_id, field, before, after, "
        "note) VALUES (?,?,?,?,?,?,?,?,?)",
        (stamp, analyst, action, key or (review["key"] if review else claim["claim_id"]),
         claim["claim_id"] if claim is not None else None, name,
         json.dumps(before, ensure_ascii=False), json.dumps(after, ensure_ascii=False), note))


def _load(value: str | None) -> Any:
    return json.loads(value) if value is not None else None


def _as_review(row: sqlite3.Row) -> Review:
    return Review(key=row["key"], claim_id=row["claim_id"], status=row["status"],
                  decision=row["decision"], corrections=json.loads(row["corrections"]),
                  analyst=row["analyst"], note=row["note"], created_at=row["created_at"],
                  updated_at=row["updated_at"], revision=row["revision"])


# ---------------------------------------------------------------------- re-extraction


def reattach(conn: sqlite3.Connection, digest: str, previous: Mapping[str, str | None]
             ) -> tuple[list[tuple[str, str]], list[str]]:
    """Attach the reviews of a re-extracted article to its new claims.

    A review goes back to the claim with its own identity (same type, place, actor and event
    date) when the new extraction has it; otherwise to an unreviewed claim of the same article
    at the same place (same type first, then the nearest evidence); otherwise it is orphaned:
    kept, reported, shown nowhere, and re-attached should a later extraction bring it back.
    ``previous`` maps review keys to the claim each was attached to before. Every change of
    attachment is a history row. Returns ``(moved, newly orphaned)``.
    """
    from .store import now

    reviews = conn.execute("SELECT * FROM reviews WHERE article_hash = ? AND claim_id IS NULL "
                           "ORDER BY id", (digest,)).fetchall()
    if not reviews:
        return [], []
    claims = conn.execute(
        "SELECT c.* FROM claims c JOIN articles a ON a.id = c.article WHERE a.hash = ? "
        "ORDER BY c.ordinal", (digest,)).fetchall()
    ids = {c["claim_id"] for c in claims}
    taken = {r[0] for r in conn.execute(
        "SELECT claim_id FROM reviews WHERE article_hash = ? AND claim_id IS NOT NULL",
        (digest,))}
    stamp, moved, orphaned = now(), [], []
    pending = []
    for review in reviews:
        if review["key"] in ids and review["key"] not in taken:
            taken.add(review["key"])
            _attach(conn, stamp, review, previous, review["key"], "same claim identity")
        else:
            pending.append(review)
    for review in pending:
        same_place = [c for c in claims
                      if c["place_id"] == review["place_id"] and c["claim_id"] not in taken]
        if same_place:
            best = min(same_place, key=lambda c: (c["type"] != review["type"],
                                                  abs(c["span_start"] - (review["span_start"]
                                                                         or 0)),
                                                  c["ordinal"]))
            taken.add(best["claim_id"])
            _attach(conn, stamp, review, previous, best["claim_id"],
                    "same article and place (claim identity changed)")
            moved.append((review["key"], best["claim_id"]))
        elif previous.get(review["key"]) is not None:
            _history(conn, stamp, SYSTEM, "orphan", None, None, "claim_id",
                     previous[review["key"]], None, "re-extraction left no matching claim",
                     key=review["key"])
            orphaned.append(review["key"])
    return moved, orphaned


def _attach(conn: sqlite3.Connection, stamp: str, review: sqlite3.Row,
            previous: Mapping[str, str | None], claim_id: str, why: str) -> None:
    conn.execute("UPDATE reviews SET claim_id = ? WHERE id = ?", (claim_id, review["id"]))
    if previous.get(review["key"]) != claim_id:
        conn.execute(
            "INSERT INTO history (at, analyst, action, review_key, claim_id, field, before, "
            "after, note) VALUES (?,?,?,?,?,?,?,?,?)",
            (stamp, SYSTEM, "reattach", review["key"], claim_id, "claim_id",
             json.dumps(previous.get(review["key"])), json.dumps(claim_id), why))


# ---------------------------------------------------------------------- features


def effective_feature(row: sqlite3.Row, places: Mapping[str, sqlite3.Row]) -> dict[str, Any]:
    """A claims.geojson feature of a stored claim with its review laid over it."""
    from .export import point
    from .geocoding import precision_of

    corrections = json.loads(row["corrections"]) if row["corrections"] else {}
    columns: dict[str, Any] = {
        "article_id": row["article_id"], "type": row["type"], "actor": row["actor"],
        "claimant": row["claimant"], "claimant_side": row["claimant_side"],
        "event_date": row["event_date"], "date_precision": row["date_precision"],
        "place": row["name"], "place_id": row["place_id"], "place_kind": row["kind"],
        "admin1": row["admin1"], "country": row["country"],
        "geo_precision": row["geo_precision"], "surface": row["surface"],
        "evidence": row["evidence"], "evidence_span": [row["span_start"], row["span_end"]],
        "status": row["status"],
        "verified": None if row["verified"] is None else bool(row["verified"]),
        "confidence": row["confidence"], "place_confidence": row["place_confidence"],
        "lang": row["lang"], "published": row["published"], "url": row["url"],
        "title": row["title"], "rule": row["rule"],
    }
    # The properties as claims.geojson had them (whatever that contract holds now), completed
    # from the columns for claims stored before it was kept.
    props: dict[str, Any] = json.loads(row["properties"] or "{}")
    for name, value in columns.items():
        props.setdefault(name, value)
    lat, lon = row["lat"], row["lon"]
    for name in ("type", "actor", "event_date", "date_precision"):
        if name in corrections:
            props[name] = corrections[name]
    place = places.get(corrections.get("place_id", ""))
    if place is not None:
        entry = Candidate(place["place_id"], place["name"], place["lat"], place["lon"],
                          PlaceKind(place["kind"]), place["feature_code"] or "",
                          place["country"] or "", place["admin1"], place["admin2"],
                          place["population"] or 0)
        props.update(place=entry.name, place_id=entry.place_id, place_kind=entry.kind.value,
                     admin1=entry.admin1, country=entry.country,
                     geo_precision=precision_of(entry).value, place_confidence=1.0)
        lat, lon = entry.lat, entry.lon
    status = row["review_status"]
    props.update(claim_id=row["claim_id"], article_hash=row["hash"], reviewed=status is not None,
                 review_status=status, analyst=row["analyst"], review_note=row["review_note"],
                 reviewed_at=row["reviewed_at"], corrected=sorted(corrections))
    return {"type": "Feature", "id": row["claim_id"], "geometry": point(lat, lon),
            "properties": props}


def _choice(value: str | Iterable[str] | None) -> set[str] | None:
    if value is None:
        return None
    return {value} if isinstance(value, str) else {str(v) for v in value}


def filter_features(
    features: Sequence[Mapping[str, Any]],
    *,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    type: str | Iterable[str] | None = None,
    side: str | Iterable[str] | None = None,
    claimant_side: str | Iterable[str] | None = None,
    status: str | Iterable[str] | None = None,
    admin1: str | Iterable[str] | None = None,
    reviewed: bool | None = None,
    review_status: str | Iterable[str] | None = None,
    include_rejected: bool = True,
) -> list[Mapping[str, Any]]:
    """The features passing every given filter (see :meth:`frontmap.store.Store.claims`)."""
    first = _day(date_from) if date_from is not None else None
    last = _day(date_to) if date_to is not None else None
    types, sides, claimants, statuses = (_choice(type), _choice(side), _choice(claimant_side),
                                         _choice(status))
    regions = {r.casefold() for r in _choice(admin1) or ()}
    wanted_reviews = _choice(review_status)

    def keep(props: Mapping[str, Any]) -> bool:
        day = props.get("event_date") or props.get("published")
        if (first or last) and not day:
            return False
        if (first and day < first) or (last and day > last):
            return False
        if types is not None and props.get("type") not in types:
            return False
        if sides is not None and props.get("actor") not in sides:
            return False
        if claimants is not None and props.get("claimant_side") not in claimants:
            return False
        if statuses is not None and props.get("status") not in statuses:
            return False
        if regions:
            name = (props.get("admin1") or "").casefold()
            if name not in regions and name.removesuffix(" oblast") not in regions:
                return False
        if reviewed is not None and bool(props.get("reviewed")) != reviewed:
            return False
        current = props.get("review_status") or "unreviewed"
        if wanted_reviews is not None and current not in wanted_reviews:
            return False
        return include_rejected or current != "rejected"

    return [f for f in features if keep(f["properties"])]
