"""The controlled vocabulary of frontmap, defined once.

Every stage, export and the map use these enumerations, so a claim type or a side is spelt the
same everywhere (GeoJSON properties, SQLite columns, map filters, language files).
"""

from __future__ import annotations

from enum import StrEnum


class ClaimType(StrEnum):
    """What happened at a place (definitions in the README and ``../shared/eval/README.md``)."""

    CAPTURE = "capture"
    ADVANCE = "advance"
    WITHDRAWAL = "withdrawal"
    ATTACK = "attack"
    STRIKE = "strike"


class Side(StrEnum):
    """A party to the war, or a third party (only claimants can be ``third``)."""

    UA = "UA"
    RU = "RU"
    THIRD = "third"

    def opponent(self) -> Side | None:
        """The other belligerent; ``None`` for third parties."""
        if self is Side.UA:
            return Side.RU
        if self is Side.RU:
            return Side.UA
        return None


#: Sides that can act (``actor``); a third party never fights in this vocabulary.
ACTOR_SIDES: tuple[Side, ...] = (Side.UA, Side.RU)


class Status(StrEnum):
    """What the text says about the truth of a claim."""

    CLAIMED = "claimed"
    CONFIRMED = "confirmed"
    DENIED = "denied"


class PlaceKind(StrEnum):
    """Coarse kind of a place, as in the gold annotations."""

    SETTLEMENT = "settlement"
    REGION = "region"
    COUNTRY = "country"
    WATER = "water"
    OTHER = "other"


class GeoPrecision(StrEnum):
    """How precisely a point locates the event."""

    SETTLEMENT = "settlement"
    RAION = "raion"
    OBLAST = "oblast"
    COUNTRY = "country"
    OTHER = "other"


class DatePrecision(StrEnum):
    """How precisely ``event_date`` is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
