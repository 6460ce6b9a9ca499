"""Border villages: a small village named where the text is about Russia's border regions is no
Ukrainian namesake 300 km away.

The gazetteer holds GeoNames cities500 for Russia, so most villages of the Kursk, Belgorod or
Bryansk regions are missing ("бои у Гончаровки и Куриловки" after "в Курской области"), and a
Ukrainian Honcharivka or Kurylivka wins by default. No point is better than a wrong one: the claim
then falls to the region the text names. The rule drops a village's Ukrainian candidates only on
local, clear evidence: the sentence or the one before names a Russian region or district (or a
town there), and nothing named around it (before or after it, in the sentences next to it, or an
oblast the article names) lies in the village's oblast or near it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from .gazetteer import distance_km
from .models import Candidate, Mention
from .vocab import PlaceKind

if TYPE_CHECKING:
    from .geocoding import _Group

#: A village no more populous than this may be a namesake of one across the border.
BORDER_VILLAGE_POPULATION = 10_000
#: A named place this close to a candidate supports it.
BORDER_NEAR_KM = 100.0
#: Sentences before a name whose Russian regions or towns tell it lies in Russia (and its own).
EVIDENCE_BEFORE = 1
#: Sentences before and after a name whose Ukrainian places may support its Ukrainian candidate.
SUPPORT_SPAN = 1


def _placed(groups: Sequence[_Group]) -> list[tuple[Mention, Candidate]]:
    """Each mention of an event place with its best candidate: not a country, a capital (a
    government's "Moscow", "Kyiv") or a name playing another role (an office, a reference)."""
    return [(m, g.scored[0][1]) for g in groups if g.scored for m in g.mentions
            if g.scored[0][1].kind is not PlaceKind.COUNTRY and not m.role
            and g.scored[0][1].feature_code != "PPLC"]


def _supports(near: Sequence[Candidate], entry: Candidate) -> bool:
    """True when one of the places ``near`` lies in ``entry``'s oblast or close to it."""
    return any(
        (e.admin1 is not None and e.admin1 == entry.admin1)
        or (e.kind is not PlaceKind.REGION
            and distance_km((e.lat, e.lon), (entry.lat, entry.lon)) < BORDER_NEAR_KM)
        for e in near if e.place_id != entry.place_id)


def _russian_evidence(mention: Mention, placed: list[tuple[Mention, Candidate]],
                      front: Collection[str]) -> list[Candidate]:
    """The places in Russia's front-line regions (``front``: Kursk, not Moscow or a namesake in
    Primorye that "Rusky" was mistaken for) named in ``mention``'s sentence or the one before."""
    return [e for m, e in placed if e.country == "RU" and e.admin1 in front
            and m.start != mention.start
            and mention.sentence - EVIDENCE_BEFORE <= m.sentence <= mention.sentence]


def _ukrainian_support(mention: Mention, entry: Candidate,
                       placed: list[tuple[Mention, Candidate]]) -> bool:
    """True when a Ukrainian place named around ``mention`` (before or after it, in its sentence
    and the ones next to it: "Trudove nær Pokrovsk", "Robotyne im Gebiet Saporischschja") lies
    in ``entry``'s oblast or close to it."""
    near = [e for m, e in placed if e.country == "UA" and m.start != mention.start
            and abs(m.sentence - mention.sentence) <= SUPPORT_SPAN]
    return _supports(near, entry)


def apply_border(groups: Sequence[_Group], front: Collection[str]) -> None:
    """Forget the Ukrainian candidates of a small village named, at every mention, right after
    or beside a Russian region, district or town of the front (``front``: admin1 names), when
    no Ukrainian place named around it nor an oblast the article names lies in its oblast or
    near it. Only a Russian candidate the Russian
    places named there support may stay (a Kursk village, not a namesake in Yakutia), and a
    region or country of the name."""
    placed = _placed(groups)
    oblasts = [e for _, e in placed if e.kind is PlaceKind.REGION and e.country == "UA"]
    for group in groups:
        if not group.scored or group.hint is PlaceKind.REGION:
            continue
        best = group.scored[0][1]
        if (best.kind is not PlaceKind.SETTLEMENT or best.country != "UA"
                or best.population > BORDER_VILLAGE_POPULATION
                or best.feature_code in ("PPLA", "PPLA2", "PPLC")
                or _supports(oblasts, best)):
            continue
        evidence: list[Candidate] = []
        for mention in group.mentions:
            russian = _russian_evidence(mention, placed, front)
            if not russian or _ukrainian_support(mention, best, placed):
                break
            evidence += russian
        else:
            group.scored = [t for t in group.scored
                            if t[1].kind in (PlaceKind.REGION, PlaceKind.COUNTRY)
                            or (t[1].country == "RU" and _supports(evidence, t[1]))]
