"""The frozen records that flow between pipeline stages.

read → ``Article``; spot → ``Mention``; gazetteer → ``Candidate``; geocode → ``Place`` (a mention
resolved, with its runner-ups); claims → ``Claim``. They are immutable so a stage can never alter
what an earlier stage decided, and they carry provenance (character spans, the rule or score that
decided) so an analyst can always ask why a point is where it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .vocab import ClaimType, DatePrecision, GeoPrecision, PlaceKind, Side, Status


@dataclass(frozen=True, slots=True)
class Article:
    """One news text and what is known about it before extraction."""

    id: str
    text: str
    source: str
    """Where it came from: a file path, or ``path:line`` for JSONL."""
    published: dt.date | None = None
    published_from: str | None = None
    """How ``published`` was found: ``record``, ``header``, ``url``, ``text`` or ``None``."""
    url: str | None = None
    title: str | None = None
    lang: str | None = None
    """ISO 639-1 code, given by the input or identified from the text."""
    body_start: int = 0
    """Offset in ``text`` where the article proper begins (after a date header)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that a name may refer to."""

    place_id: str
    """``geonames:<id>`` (or ``katottg:<code>`` where GeoNames has no such place)."""
    name: str
    """English canonical name (current Ukrainian romanisation for Ukrainian places)."""
    lat: float
    lon: float
    kind: PlaceKind
    feature_code: str
    country: str
    admin1: str | None
    admin2: str | None
    population: int
    index: int = -1
    """Row of the entry in the loaded gazetteer (for fast joins; not stable across builds)."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that may name a place."""

    article_id: str
    surface: str
    start: int
    end: int
    sentence: int
    """Index of the sentence the mention lies in."""
    key: str
    """The normalised key it was matched under."""
    hint: PlaceKind | None = None
    """Kind suggested by the words around it ("Donetsk region" → region, "the city of")."""
    candidates: tuple[int, ...] = ()
    """Gazetteer rows it may refer to."""
    rule: str = ""
    """How it was spotted (exact, suffix rule, compound, adjective)."""
    role: str = ""
    """What the words around it say the name does, when not an event place: ``name`` (part of an
    organisation or event name, "Munich Security Conference"), ``office`` (qualifies a person,
    "Luhansk governor"), ``reference`` (a reference point, "80 km north of Donetsk")."""
    direction: bool = False
    """Named as a front sector ("Bakhmut direction", "бахмутському напрямку")."""


@dataclass(frozen=True, slots=True)
class Place:
    """A mention resolved to a gazetteer entry."""

    mention: Mention
    entry: Candidate
    precision: GeoPrecision
    confidence: float
    reason: str
    """Why this entry won (the features that decided)."""
    alternatives: tuple[tuple[Candidate, float], ...] = ()
    """Runner-up candidates with their scores, best first."""


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A mention that could not be placed, kept so it is reported, never dropped silently."""

    mention: Mention
    reason: str


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim of a military event at a place, as one article reports it."""

    id: str
    article_id: str
    type: ClaimType
    place: Place
    evidence: str
    """The sentence (or its clause) that states the claim."""
    span: tuple[int, int]
    """Character span of ``evidence`` in the article text."""
    actor: Side | None = None
    claimant: str | None = None
    claimant_side: Side | None = None
    event_date: dt.date | None = None
    date_precision: DatePrecision | None = None
    status: Status = Status.CLAIMED
    verified: bool | None = None
    """False where the text says the claim could not be independently verified."""
    confidence: float = 0.5
    rule: str = ""
    """The trigger and rules that produced the claim (provenance)."""
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    places: tuple[Place, ...]
    claims: tuple[Claim, ...]
    unresolved: tuple[Unresolved, ...] = ()


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that was skipped, with the reason (written to ``rejected.jsonl``)."""

    source: str
    reason: str
