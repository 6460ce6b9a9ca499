"""Geocoding: choosing, for each mention, the place it names.

Twenty-seven villages are called Novopavlivka; "Donetsk" is a city and an oblast. The choice uses,
in order of strength: the words around the mention (``hint``: "Donetsk region", "the city of"),
the rest of the article (one sense per name per article; oblasts and raions it names; the places
it surely means, preferring the candidate nearest to them), whether the candidate lies where the
fighting is reported (``Settings.focus_admin1``), and the context-free prior (feature rank,
population, how the name was derived). Every decision keeps its reasons and runner-ups.
"""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from dataclasses import dataclass

import regex

from .border import apply_border
from .errors import LanguageDataError
from .gazetteer import (
    FLAG_ALT_CYRILLIC,
    FLAG_COUNTRY_NAME,
    FLAG_REGION_FORM,
    Gazetteer,
    distance_km,
    prior,
)
from .languages import Language, get_language
from .models import Article, Candidate, Mention, Place, Unresolved
from .normalize import fold
from .vocab import GeoPrecision, PlaceKind

log = logging.getLogger(__name__)

#: Regions where front-line events are reported, with the prior weight a settlement there gains
#: (a prior, not a filter: any place can win on the text's evidence).
FOCUS_ADMIN1: dict[str, float] = {
    "Donetsk Oblast": 0.25, "Luhansk Oblast": 0.25, "Zaporizhzhia Oblast": 0.25,
    "Kharkiv Oblast": 0.2, "Kherson Oblast": 0.2, "Kursk Oblast": 0.15, "Belgorod Oblast": 0.15,
    "Dnipropetrovsk Oblast": 0.1, "Mykolaiv Oblast": 0.1, "Sumy Oblast": 0.1,
    "Chernihiv Oblast": 0.05, "Kyiv Oblast": 0.05, "Bryansk Oblast": 0.05,
}
#: Country prior for settlements: the news is about Ukraine first, Russia second.
COUNTRY_PRIOR: dict[str, float] = {"UA": 0.1, "RU": 0.05}
ANCHOR_MARGIN = 0.35
"""A name whose best candidate leads the next by this much anchors the article's context."""


@dataclass
class _Group:
    """All mentions of one name (and one kind of hint) in an article: one sense per discourse."""

    key: str
    hint: PlaceKind | None
    mentions: list[Mention]
    scored: list[tuple[float, Candidate, str]]


def _language(article: Article) -> Language | None:
    """The article's language file, or None (no language, or none shipped for it)."""
    try:
        return get_language(article.lang) if article.lang else None
    except LanguageDataError:
        return None


def _strike_targets(text: str, mentions: list[Mention], lang: Language | None) -> set[int]:
    """Starts of the mentions a strike trigger hits directly ("missile strike on Kharkiv"):
    what a missile hits is a town, even in an article about the oblast of the same name."""
    parts = lang.strike_before if lang else ()
    targets = set()
    for m in mentions:
        window = text[max(0, m.start - 60):m.start]
        if any(p.search(window) for p in parts):
            targets.add(m.start)
    return targets


def _town_meant(mention: Mention, items: list[Mention]) -> bool:
    """True when a bare name, in an article that calls it both a region and a town, is the
    town: the sense stated last before it, or for a headline or lead the first one after it
    (the headline "Un ataque con misiles rusos sobre Sumi" before "la ciudad de Sumi" is the
    city, "la ofensiva rusa en Járkov" before "la región de Járkov" the region)."""
    stated = sorted((m for m in items if m.hint is PlaceKind.REGION
                     or (m.hint is PlaceKind.SETTLEMENT and not m.direction)), key=_pos)
    if all(m.hint is PlaceKind.REGION for m in stated):
        return False
    before = [m for m in stated if m.start < mention.start]
    after = [m for m in stated if m.start > mention.start]
    nearest = before[-1] if before else after[0] if after else None
    return nearest is not None and nearest.hint is PlaceKind.SETTLEMENT


def _regions_are_adjectives(lang: Language | None) -> bool:
    """True where the language names an oblast by an adjective of its capital (uk, ru, pl, cs:
    "Харківська область"), so that the capital's bare name is always the city."""
    return bool(lang and lang.raw.get("grammar", {}).get("regions_are_adjectives"))


def precision_of(entry: Candidate) -> GeoPrecision:
    """How precisely a place's point locates an event."""
    if entry.kind is PlaceKind.COUNTRY:
        return GeoPrecision.COUNTRY
    if entry.feature_code == "ADM1":
        return GeoPrecision.OBLAST
    if entry.feature_code == "ADM2":
        return GeoPrecision.RAION
    if entry.kind is PlaceKind.SETTLEMENT:
        return GeoPrecision.SETTLEMENT
    return GeoPrecision.OTHER


class Geocoder:
    """Resolves an article's mentions against one gazetteer."""

    def __init__(self, gazetteer: Gazetteer, focus_admin1: dict[str, float] | None = None,
                 min_confidence: float = 0.0) -> None:
        self.gazetteer = gazetteer
        self.focus = FOCUS_ADMIN1 if focus_admin1 is None else focus_admin1
        self.min_confidence = min_confidence

    def resolve(
        self, article: Article, mentions: list[Mention], numbers: dict[str, int] | None = None
    ) -> tuple[list[Place], list[Unresolved]]:
        """Places for the mentions that can be placed, and the rest with the reason."""
        lang = _language(article)
        groups = self._groups(mentions, _strike_targets(article.text, mentions, lang),
                              _regions_are_adjectives(lang))
        for group in groups:
            group.scored = self._score(group, anchors=None)
        anchors = [g for g in groups if _margin(g.scored) >= ANCHOR_MARGIN]
        context = _Context.of(anchors)
        for group in groups:
            if group not in anchors or context.useful:
                group.scored = self._score(group, context.without(group))
        _apply_distances(article.text, groups, numbers or {})
        _apply_containers(article.text, groups, lang)
        apply_border(groups, self.focus)
        places: list[Place] = []
        unresolved: list[Unresolved] = []
        for group in groups:
            if not group.scored:
                unresolved.extend(Unresolved(m, "no candidate fits") for m in group.mentions)
                continue
            best_score, best, why = group.scored[0]
            runner = group.scored[1][0] if len(group.scored) > 1 else None
            confidence = _confidence(best_score, runner)
            if confidence < self.min_confidence:
                unresolved.extend(Unresolved(m, f"too uncertain ({confidence:.2f}): {why}")
                                  for m in group.mentions)
                continue
            alternatives = tuple((c, round(s, 3)) for s, c, _ in group.scored[1:4])
            for mention in group.mentions:
                places.append(Place(mention=mention, entry=best, precision=precision_of(best),
                                    confidence=confidence, reason=why, alternatives=alternatives))
        places.sort(key=lambda p: p.mention.start)
        return places, unresolved

    def _groups(self, mentions: list[Mention], targets: set[int],
                adjectival: bool = False) -> list[_Group]:
        by_key: dict[str, list[Mention]] = defaultdict(list)
        for mention in mentions:
            by_key[mention.key].append(mention)
        groups: list[_Group] = []
        for key, items in by_key.items():
            hints = {m.hint for m in items}
            if PlaceKind.REGION in hints:
                regional = [m for m in items if m.hint is PlaceKind.REGION]
                # A bare name in an article that says "X region" means the region too, unless
                # the words around it say it is the city, or it is what a strike hit, or the
                # language names regions by adjectives: beside "Харківської області" the noun
                # "Харків" is the city (as "Mikołajów" beside "obwodu mikołajowskiego"), or the
                # article also calls it a town and that is the nearest sense it states (see
                # :func:`_town_meant`).
                forms = {m.surface.casefold() for m in regional}
                bare = [m for m in items if m.hint is None and m.start not in targets
                        and (not adjectival or m.surface.casefold() in forms)
                        and not _town_meant(m, items)]
                regional += bare
                groups.append(_Group(key, PlaceKind.REGION, sorted(regional, key=_pos), []))
                rest = [m for m in items if m.hint is not PlaceKind.REGION
                        and not any(m is b for b in bare)]
                # (a facility named after the town, or the town itself: the same point)
                if rest:
                    groups.append(_Group(key, PlaceKind.SETTLEMENT, rest, []))
            else:
                water = [m for m in items if m.hint is PlaceKind.WATER]
                rest = [m for m in items if m.hint is not PlaceKind.WATER]
                if water:
                    groups.append(_Group(key, PlaceKind.WATER, water, []))
                if rest:
                    hint = PlaceKind.SETTLEMENT if PlaceKind.SETTLEMENT in hints else None
                    groups.append(_Group(key, hint, rest, []))
        return groups

    def _score(self, group: _Group, anchors: _Context | None) -> list[tuple[float, Candidate, str]]:
        rows = self.gazetteer.get(group.key)
        # Candidates the spotter added under another spelling (a Ukrainian village written in
        # Russian, "Каменка" for Кам'янка): keyed as the place's Russian name.
        known = {r for r, _ in rows}
        rows = rows + list(dict.fromkeys((c, FLAG_ALT_CYRILLIC) for m in group.mentions
                                         for c in m.candidates if c not in known))
        if group.hint is PlaceKind.REGION:
            rows = rows + self._regions_of_capital(rows)
        best_flags: dict[int, int] = {}
        for index, flags in rows:
            best_flags[index] = best_flags.get(index, 0) | flags
        scored = []
        for index, flags in best_flags.items():
            entry = self.gazetteer.entry(index)
            score, why = prior(entry, flags)
            parts = [why]
            if flags & FLAG_COUNTRY_NAME and entry.kind is PlaceKind.COUNTRY:
                score += 2.0  # "Ukraina" is the country before it is a village of that name
                parts.append("a country's name")
            region_like = entry.kind is PlaceKind.REGION
            if group.hint is PlaceKind.REGION:
                # The words around the name outweigh any prior or geometry.
                score += 1.5 if region_like else (-0.1 if entry.kind is PlaceKind.COUNTRY
                                                  else -1.0)
                parts.append("called a region")
            elif group.hint is PlaceKind.WATER:
                score += 1.5 if entry.kind is PlaceKind.WATER else -0.5
                parts.append("called a river or sea")
            elif group.hint in (PlaceKind.SETTLEMENT, PlaceKind.OTHER):
                score += 0.3 if entry.kind is PlaceKind.SETTLEMENT else -0.6
                parts.append("called a settlement or sector")
            if entry.kind is PlaceKind.SETTLEMENT:
                focus = self.focus.get(entry.admin1 or "", 0.0)
                if focus:
                    score += focus
                    parts.append(f"in a front-line region (+{focus})")
                score += COUNTRY_PRIOR.get(entry.country, 0.0)
            if anchors is not None and entry.kind is not PlaceKind.COUNTRY:
                bonus, reason = anchors.support(entry)
                if bonus:
                    score += bonus
                    parts.append(reason)
            scored.append((round(score, 4), entry, "; ".join(parts)))
        scored.sort(key=lambda t: (-t[0], t[1].place_id))
        return scored


    def _regions_of_capital(self, rows: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The regions named after a capital called by an exonym the gazetteer knows only for
        the city ("Gebiet Kiew", "région de Kiev"): those sharing the city's own name, when no
        region of the name as written exists. Words calling it a region must not be outweighed
        by the capital's prior."""
        entries = [self.gazetteer.entry(r) for r, _ in rows]
        if any(e.kind is PlaceKind.REGION for e in entries):
            return []
        extra: list[tuple[int, int]] = []
        for entry in entries:
            if entry.feature_code not in ("PPLA", "PPLC"):
                continue
            for index, _ in self.gazetteer.get(fold(entry.name)):
                region = self.gazetteer.entry(index)
                if region.kind is PlaceKind.REGION and region.feature_code == "ADM1" and (
                        region.country == entry.country):
                    extra.append((index, FLAG_REGION_FORM))
        return extra


@dataclass
class _Context:
    """What the article surely mentions: oblasts and anchor points."""

    admin1: dict[str, str]
    points: list[tuple[float, float, str]]

    @property
    def useful(self) -> bool:
        return bool(self.admin1 or self.points)

    @classmethod
    def of(cls, anchors: list[_Group]) -> _Context:
        admin1: dict[str, str] = {}
        points: list[tuple[float, float, str]] = []
        for group in anchors:
            entry = group.scored[0][1]
            if entry.kind is PlaceKind.REGION and entry.admin1:
                admin1.setdefault(entry.admin1, group.key)
            elif entry.kind is PlaceKind.SETTLEMENT and entry.country in {"UA", "RU", "BY"}:
                points.append((entry.lat, entry.lon, entry.name))
                if entry.admin1:
                    admin1.setdefault(entry.admin1, group.key)
        return cls(admin1, points)

    def without(self, group: _Group) -> _Context:
        """The context minus what ``group`` itself contributed (no self-support)."""
        if not group.scored:
            return self
        own = group.scored[0][1]
        return _Context(
            {a: k for a, k in self.admin1.items() if k != group.key},
            [p for p in self.points if p[2] != own.name],
        )

    def support(self, entry: Candidate) -> tuple[float, str]:
        bonus, reasons = 0.0, []
        if entry.admin1 and entry.admin1 in self.admin1 and entry.kind is not PlaceKind.REGION:
            bonus += 0.2
            reasons.append(f"the article names {entry.admin1}")
        if self.points and entry.kind is not PlaceKind.REGION:
            km, name = min((distance_km((entry.lat, entry.lon), (lat, lon)), n)
                           for lat, lon, n in self.points)
            near = 0.3 * math.exp(-km / 60)
            if near > 0.01:
                bonus += near
                reasons.append(f"{km:.0f} km from {name}")
        return bonus, ", ".join(reasons)


#: "X, a village about 5 kilometres (3 miles) west of Y": a stated distance to another place.
_DISTANCE = regex.compile(
    r"\A[^.;!?]{0,60}?(?<!\w)(\d+(?:[.,]\d+)?|\p{L}+)\s*(?:km|kilom\w*|chilometr\w*|км|"
    r"кілометр\w*|километр\w*)[^.;!?]{0,60}?\Z", regex.IGNORECASE)


def _stated_km(match: regex.Match[str], numbers: dict[str, int]) -> float | None:
    word = match.group(1)
    if word[0].isdigit():
        return float(word.replace(",", "."))
    return float(numbers[word.casefold()]) if word.casefold() in numbers else None


def _apply_distances(text: str, groups: list[_Group], numbers: dict[str, int]) -> None:
    """Re-rank candidates of a name followed by "N km <direction> of <place>": those about N km
    from that place win (Pobeda "five kilometres west of Donetsk city", not another Pobeda)."""
    by_start = {m.start: g for g in groups for m in g.mentions}
    starts = sorted(by_start)
    for group in groups:
        if len(group.scored) < 2:
            continue
        for mention in group.mentions:
            later = [s for s in starts if mention.end < s <= mention.end + 140]
            if not later:
                continue
            ref = by_start[later[0]]
            match = _DISTANCE.match(text[mention.end:later[0]])
            stated = _stated_km(match, numbers) if match else None
            if ref is group or not ref.scored or stated is None:
                continue
            anchor = ref.scored[0][1]
            rescored = []
            for score, entry, why in group.scored:
                km = distance_km((entry.lat, entry.lon), (anchor.lat, anchor.lon))
                bonus = 0.8 * math.exp(-abs(km - stated) / max(15.0, stated))
                if bonus > 0.01:
                    why = f"{why}; {km:.0f} km from {anchor.name} (stated {stated:g})"
                    score += bonus
                rescored.append((round(score, 4), entry, why))
            rescored.sort(key=lambda t: (-t[0], t[1].place_id))
            group.scored = rescored
            break


#: What naming a place's oblast right after it ("Urozjajne i Donetsk-provinsen") adds to the
#: candidates in that oblast: more than any context but a stated distance.
STATED_REGION_BONUS = 1.0
_CLAUSE_END = regex.compile(r"[,;:.!?–—]")
#: What a region named earlier in the same sentence adds ("In the Kharkiv region, X …").
OPENING_REGION_BONUS = 0.5


def _apply_containers(text: str, groups: list[_Group], lang: Language | None) -> None:
    """Re-rank candidates of a name followed by the region containing it ("Ivanivka, en la
    región de Járkov", "Urozjajne i Donetsk-provinsen", and every name of a list before it):
    those in that region win, whatever other oblasts the article names."""
    if lang is None:
        return
    by_start = {m.start: (g, m) for g in groups for m in g.mentions}
    order = sorted(by_start)
    stated: dict[int, set[str]] = defaultdict(set)
    states: dict[int, set[str]] = defaultdict(set)  # the countries of those regions
    for k, start in enumerate(order[:-1]):
        group, mention = by_start[start]
        ref, ref_mention = by_start[order[k + 1]]
        if not ref.scored or ref is group:
            continue
        region = ref.scored[0][1]
        gap = text[mention.end:ref_mention.start]
        if (region.kind is not PlaceKind.REGION or not region.admin1 or len(gap) > 40
                or not (lang.locative_gap.match(gap) or not gap.strip(" ,"))):
            continue
        # the name, and the names listed before it ("X and Y in the Luhansk region")
        j = k
        while j >= 0:
            listed, listed_mention = by_start[order[j]]
            if listed.hint is not PlaceKind.REGION:
                stated[id(listed)].add(region.admin1)
                states[id(listed)].add(region.country)
            if j == 0:
                break
            _, before = by_start[order[j - 1]]
            if not lang.list_gap.match(text[before.end:listed_mention.start]):
                break
            j -= 1
    # "Dans la région de Kharkiv, le village de Zolotchiv …", "i Sumyregionen … orterna X och
    # Y": a region opening the sentence holds the places after it, more weakly
    # (only a region that opens its clause, not one in a list or containing a place before it,
    # and never against an oblast capital's prominence)
    opened: dict[int, set[str]] = {}
    for k, start in enumerate(order):
        ref, ref_mention = by_start[start]
        if not ref.scored or ref.scored[0][1].kind is not PlaceKind.REGION:
            continue
        if k > 0:
            _, prev = by_start[order[k - 1]]
            if prev.sentence == ref_mention.sentence and not _CLAUSE_END.search(
                    text, prev.end, ref_mention.start):
                continue
        if k + 1 < len(order) and lang.list_gap.match(
                text[ref_mention.end:by_start[order[k + 1]][1].start]):
            continue
        for later in order[k + 1:]:
            group, mention = by_start[later]
            if mention.sentence != ref_mention.sentence or mention.start - ref_mention.end > 150:
                break
            if (group is not ref and group.hint is not PlaceKind.REGION and group.scored
                    and group.scored[0][1].feature_code not in ("PPLA", "PPLC")):
                opened[id(group)] = {ref.scored[0][1].admin1 or ""}  # the nearest one
    for group in groups:
        admins = stated.get(id(group), set())
        earlier = opened.get(id(group), set()) - admins
        if states.get(id(group)) and group.hint is not PlaceKind.REGION:
            _drop_foreign(group, states[id(group)])
        if not (admins or earlier) or len(group.scored) < 2:
            continue
        rescored = []
        for score, entry, why in group.scored:
            if entry.kind is not PlaceKind.REGION and entry.admin1 in admins:
                score += STATED_REGION_BONUS
                why = f"{why}; in the region named after it ({entry.admin1})"
            elif entry.kind is not PlaceKind.REGION and entry.admin1 in earlier:
                score += OPENING_REGION_BONUS
                why = f"{why}; in the region the sentence names before it ({entry.admin1})"
            rescored.append((round(score, 4), entry, why))
        rescored.sort(key=lambda t: (-t[0], t[1].place_id))
        group.scored = rescored


def _drop_foreign(group: _Group, countries: set[str]) -> None:
    """Forget the candidates of a name said to lie in a region of another country ("Мелово в
    Курской области" is no Ukrainian Milove 300 km away): the gazetteer lacks most small
    villages of Russia, and no point is better than a wrong one. A region or country of that
    name stays a candidate (the text may mean the area)."""
    kept = [(score, entry, why) for score, entry, why in group.scored
            if entry.kind in (PlaceKind.REGION, PlaceKind.COUNTRY) or entry.country in countries]
    if len(kept) < len(group.scored):
        group.scored = kept


def _pos(mention: Mention) -> int:
    return mention.start


def _margin(scored: list[tuple[float, Candidate, str]]) -> float:
    if not scored:
        return 0.0
    if len(scored) == 1:
        return 1.0
    return scored[0][0] - scored[1][0]


def _confidence(best: float, runner: float | None) -> float:
    """0..1: high when the best candidate is strong and well ahead of the next."""
    strength = 1 / (1 + math.exp(-3 * (best - 0.3)))
    if runner is None:
        return round(0.6 + 0.4 * strength, 3)  # no namesake: only the prior's doubt
    lead = math.tanh(3 * max(0.0, best - runner))
    return round(strength * (0.4 + 0.6 * lead), 3)
