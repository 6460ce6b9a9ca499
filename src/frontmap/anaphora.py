"""What "the city", "la città", "місто" and "the attack" point back to.

A definite noun for a settlement (the language file's ``anaphora``) names the last settlement
named before it, in its own sentence first and then up to three sentences back; a definite
noun for an event (``event_anaphora``) is the event just reported. Both are resolved here so
that :mod:`frontmap.claims` only links triggers to what they refer to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from .languages import Language
from .models import Place
from .triggers import Trigger
from .vocab import ClaimType, PlaceKind

if TYPE_CHECKING:
    from .claims import _Draft

#: "byen Dnipro", "the city of Kharkiv", "la ciudad minera de Selidove": a name follows the
#: noun (after a short word, or a lower-case word and a short one), so nothing points back.
_NAME_FOLLOWS = regex.compile(r"\s*(?:(?-i:\p{Ll})[\w’'-]*\s+\w{1,3}\s+|\w{1,3}\s+)?\Z")
#: The same for a name the gazetteer does not know ("landsbyen Berdin"): a capitalised word.
_CAPITAL_FOLLOWS = regex.compile(r"[^\S\n]+(?-i:\p{Lu})")
#: What may stand between a trigger and the anaphor that is its object: nothing, or one short
#: word ("the fall of the city", "la toma de la ciudad", "withdrew from the town").
_OBJECT_GAP = regex.compile(r"\s+(?:[\p{L}’']{1,4}\s+)?")
#: How far back (sentences) an anaphor and an event anaphor look.
BACK, EVENT_BACK = 3, 4


def _anaphors(text: str, lang: Language, span: tuple[int, int],
              places: list[Place]) -> list[regex.Match[str]]:
    """The anaphors of a sentence that point back (not "the city of Kharkiv")."""
    if lang.anaphora is None:
        return []
    starts = [p.mention.start for p in places]
    capitals = not lang.raw.get("capitalised_nouns")  # in German every noun is capitalised
    return [m for m in lang.anaphora.finditer(text, *span)
            if not any(_NAME_FOLLOWS.match(text, m.end(), st) for st in starts
                       if m.end() <= st <= m.end() + 25)
            and not (capitals and _CAPITAL_FOLLOWS.match(text, m.end()))]


def _local_office(text: str, lang: Language, place: Place) -> bool:
    """A town named in its own civil office ("the head of the Vovchansk military
    administration said the city …"): the town is the topic, unlike a unit's namesake."""
    before = text[max(0, place.mention.start - 60):place.mention.start]
    after = text[place.mention.end:place.mention.end + 40]
    return bool((lang.local_office_before and lang.local_office_before.search(before))
                or (lang.local_office_after and lang.local_office_after.match(after)))


def antecedent(text: str, lang: Language, at: int, s_index: int, places: list[Place],
               eligible: Callable[[Place], bool]) -> Place | None:
    """The settlement an anaphor at ``at`` points back to: the nearest named before it (in the
    three sentences before at most). A place standing for a government ("metonym"), a
    reference point or a unit's namesake is never one; a town named in its own office is."""
    earlier = [p for p in places
               if s_index - BACK <= p.mention.sentence <= s_index and p.mention.end <= at
               and p.entry.kind is PlaceKind.SETTLEMENT
               and (eligible(p) or (p.mention.role == "office"
                                    and _local_office(text, lang, p)))]
    return max(earlier, key=lambda p: p.mention.start) if earlier else None


def pointed(text: str, lang: Language, trig: Trigger, spans: list[tuple[int, int]],
            s_index: int, places: list[Place], eligible: Callable[[Place], bool]
            ) -> list[tuple[Place, str]]:
    """The place of a trigger whose object is an anaphor ("la caduta della città", "took the
    town", "захопити місто"): the anaphor's antecedent, and no place named later in the
    sentence (that belongs to another trigger). Empty when nothing is pointed back to."""
    for match in _anaphors(text, lang, spans[s_index], places):
        if match.start() < trig.end:
            continue
        if match.group().casefold() == "it":
            continue  # "it" is handled by :func:`resolve`, right after a verb only
        if _OBJECT_GAP.fullmatch(text, trig.end, match.start()):
            place = antecedent(text, lang, match.start(), s_index, places, eligible)
            return [(place, match.group())] if place else []
        break
    return []


def resolve(text: str, lang: Language, trig: Trigger, spans: list[tuple[int, int]],
            s_index: int, places: list[Place], eligible: Callable[[Place], bool]
            ) -> list[tuple[Place, str]]:
    """"… will leave the city": a trigger with no place of its own takes the settlement the
    nearest anaphor of its sentence points back to."""
    found = [m for m in _anaphors(text, lang, spans[s_index], places)
             if m.group().casefold() != "it" or 0 <= m.start() - trig.end <= 2]
    if not found:
        return []
    match = min(found, key=lambda m: abs(m.start() - trig.start))
    place = antecedent(text, lang, match.start(), s_index, places, eligible)
    return [(place, match.group())] if place else []


def _ends_in(text: str, pattern: regex.Pattern[str], trig: Trigger) -> bool:
    """"the attack" ending inside the trigger, its article before it ("el ataque contra Sumi":
    the trigger is "ataque")."""
    return any(m.start() <= trig.start < m.end() <= trig.end
               for m in pattern.finditer(text, max(0, trig.start - 25), trig.end))


def _same_place(a: Place, b: Place) -> bool:
    """The same place, or a region and a place in it."""
    if a.entry.place_id == b.entry.place_id:
        return True
    return PlaceKind.REGION in (a.entry.kind, b.entry.kind) and a.entry.admin1 == b.entry.admin1


def resolve_events(text: str, lang: Language, drafts: list[_Draft]) -> list[_Draft]:
    """"… after a Ukrainian drone attack in Krasnodar region. The attack took place near the
    village of Yurovka": "the attack" is the event just reported (its type), and the specific
    place replaces the region it lies in. An event at the same place reported earlier in the
    article is the one meant ("a missile strike on Sumy … the attack on Sumy"), however far,
    when the noun only begins the trigger ("el ataque contra", "l'attacco su")."""
    pattern = lang.cues.get("event_anaphora")
    if pattern is None:
        return drafts
    out = list(drafts)
    for k, draft in enumerate(drafts):
        whole = bool(pattern.fullmatch(draft.trig.text))
        if not whole and not _ends_in(text, pattern, draft.trig):
            continue
        if whole:
            earlier = [d for d in drafts[:k] if 0 < draft.sentence - d.sentence <= EVENT_BACK]
        else:  # only an attack or strike reported at that very place
            earlier = [d for d in drafts[:k] if d.sentence < draft.sentence
                       and d.trig.type in (ClaimType.STRIKE, ClaimType.ATTACK)
                       and _same_place(d.place, draft.place)]
        if not earlier:
            continue
        previous = earlier[-1]
        if (draft.place.entry.kind is PlaceKind.REGION
                and draft.place.entry.admin1 == previous.place.entry.admin1):
            out = [d for d in out if d is not draft]  # "the strikes" in the region: no new event
            continue
        if draft.trig.type not in (ClaimType.ATTACK, previous.trig.type):
            continue  # "the withdrawal" after an advance is another event: it keeps its type
        out = [replace(d, trig=replace(d.trig, type=previous.trig.type),
                       rule=f"{d.rule}, the event named before") if d is draft else d
               for d in out]
        if (previous.place.entry.kind is PlaceKind.REGION
                and previous.place.entry.admin1 == draft.place.entry.admin1
                and draft.place.entry.kind is not PlaceKind.REGION):
            out = [d for d in out if d is not previous]
    return out
