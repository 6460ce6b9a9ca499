"""Containers: a region named beside a specific place of the same event is where that place
lies, not a second place of the event.

"ЗСУ звільнили Снігурівку на Миколаївщині" is a capture of Snihurivka only; "скинула КАБ на
Сумщину: під удар потрапили Краснопілля та Велика Писарівка" is a strike on the two villages;
"выбили ВСУ из Любимовки в Курской области" is about Lyubimovka. The annotation rule behind it:
when the text names the specific place of an event and also the region it lies in, the claim is
at the specific place. Only drafts (claims being built, :class:`frontmap.claims._Draft`) are
handled here; their triggers and places come from :mod:`frontmap.claims`.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from .clauses import after_relative
from .languages import Language
from .models import Place
from .vocab import PlaceKind

if TYPE_CHECKING:
    from .claims import _Draft

#: Between a region and the places it holds: one clause, or that clause and the next after a
#: colon ("на Сумщину: під удар потрапили Краснопілля, …"; not "ostrzelał obwód chersoński
#: ponad 600 razy, a w nocy … zaatakowały Antoniwkę", another event).
_SAME_STRETCH = regex.compile(r"\A(?=.{0,120}\Z)[^,.;!?\n]*(?::[^.;!?\n]*)?\Z", regex.DOTALL)


def first_group(text: str, lang: Language, drafts: list[_Draft],
                asides: Sequence[tuple[int, int]] = ()) -> list[_Draft]:
    """A trigger's object is the first group of places after it (a list, or a place and the
    region containing it); a later place is a separate phrase ("entered the suburbs of Chasiv
    Yar, further north near Bakhmut"). A reference point (``asides``, spans of reference names)
    may interrupt the list, which goes on after it: "Vovchenka e Antonivka, due villaggi vicino
    a Kurakhove, oltre a Novoselydivka"."""
    by_trigger: dict[int, list[_Draft]] = {}
    for draft in drafts:
        if draft.place.mention.start >= draft.trig.end:
            by_trigger.setdefault(id(draft.trig), []).append(draft)
    dropped: set[int] = {
        id(d) for d in drafts
        if d.place.mention.end <= d.trig.start and id(d.trig) in by_trigger
        and not _only_its_region(d, by_trigger[id(d.trig)])
    }  # "Sloviansk … coveted by Russian forces, bogged down in Bakhmut": Bakhmut is the object
    containers: set[int] = set()
    for group in by_trigger.values():
        group.sort(key=lambda d: d.place.mention.start)
        for prev, cur in itertools.pairwise(group):
            if id(prev) in dropped:
                dropped.add(id(cur))
                continue
            gap = text[prev.place.mention.end:cur.place.mention.start]
            if cur.place.mention.direction and not prev.place.mention.direction:
                dropped.add(id(cur))  # "Niu-York on the Toretsk direction": the sector contains it
                continue
            if lang.locative_gap.match(gap) and names_its_region(prev.place, cur.place):
                dropped.add(id(cur))  # "Robotyne i Zaporizjzja": the oblast, not its capital
                continue
            if _holds(text, lang, prev.place, cur.place):
                # "выбили ВСУ из Любимовки в Курской области": the region only says where the
                # village is, even when the village was placed elsewhere (and the list goes on
                # after it: "… w obwodzie ługańskim oraz pod Krasną Horą")
                containers.add(id(cur))
                continue
            gap = after_relative(text, lang, prev.place.mention.end, cur.place.mention.start)
            if not (lang.list_gap.match(gap) or lang.container_gap.match(gap)
                    or _same_preposition(text, lang, prev.place, gap)
                    or (cur.place.entry.kind is PlaceKind.REGION and len(gap) <= 40)
                    or _resumed(text, lang, prev.place, cur.place, asides)):
                dropped.add(id(cur))
    return [d for d in drafts if id(d) not in dropped and id(d) not in containers]


#: The word right before a name: its preposition ("vid Toretsk", "…, och vid ").
_WORD_BEFORE = regex.compile(r"(?<!\w)(\p{Ll}+)\s+\Z")


def _same_preposition(text: str, lang: Language, prev: Place, gap: str) -> bool:
    """True when ``gap`` is a list's conjunction and the preposition ``prev`` had: "vid Toretsk
    och vid Tjasiv Jar", "near Toretsk and near Chasiv Yar" (one object, repeated word)."""
    before = _WORD_BEFORE.search(text, max(0, prev.mention.start - 30), prev.mention.start)
    last = _WORD_BEFORE.search(gap)
    return (before is not None and last is not None
            and before.group(1).casefold() == last.group(1).casefold()
            and bool(lang.list_gap.match(gap[:last.start()])))


def _resumed(text: str, lang: Language, prev: Place, cur: Place,
             asides: Sequence[tuple[int, int]]) -> bool:
    """True when the list of ``prev`` goes on at ``cur`` after a reference point between them,
    which follows ``prev`` closely: "Novodmytrivka u Kurachova a také Dalne"."""
    inside = [(a, b) for a, b in asides if prev.mention.end <= a and b <= cur.mention.start]
    if not inside:
        return False
    lead = text[prev.mention.end:inside[0][0]]
    gap = text[inside[-1][1]:cur.mention.start]
    return (len(lead) <= 40 and not lang.clause_break.search(lead)
            and bool(lang.list_gap.match(gap) or lang.container_gap.match(gap)))


def _only_its_region(draft: _Draft, after: Sequence[_Draft]) -> bool:
    """True when the places after the trigger are only the region holding ``draft``'s place,
    the antecedent of the trigger's clause ("Sudzha, the largest settlement Ukraine seized in
    the Kursk region, …"): the region says where, Sudzha was seized."""
    entry = draft.place.entry
    return (draft.rule.endswith("relative clause") and entry.kind is PlaceKind.SETTLEMENT
            and entry.admin1 is not None
            and all(d.place.entry.kind is PlaceKind.REGION
                    and d.place.entry.admin1 == entry.admin1 for d in after))


def names_its_region(place: Place, after: Place) -> bool:
    """True when ``after``, named "in" ``place``, is the capital of ``place``'s own oblast: the
    name stands for the oblast ("Robotyne in Zaporizhzhia", "Pisky in Donetsk"), which contains
    the place and is no second place of the event."""
    return (place.entry.kind is PlaceKind.SETTLEMENT and not place.mention.direction
            and after.entry.feature_code in ("PPLA", "PPLC")
            and after.entry.admin1 is not None and after.entry.admin1 == place.entry.admin1
            and after.entry.place_id != place.entry.place_id)


def _holds(text: str, lang: Language, place: Place, region: Place) -> bool:
    """True when ``region`` is named right after the settlement ``place`` as where it lies:
    "Снігурівку на Миколаївщині", "Lyubimovka in the Kursk region", "Pokrovsk Donetsk oblast"."""
    if region.entry.kind is not PlaceKind.REGION or place.entry.kind is not PlaceKind.SETTLEMENT:
        return False
    gap = text[place.mention.end:region.mention.start]
    return ((bool(lang.region_gap.match(gap)) and not lang.list_gap.match(gap))
            or (gap.isspace() and "\n" not in gap))


def drop_containers(text: str, lang: Language, drafts: list[_Draft]) -> list[_Draft]:
    """Drafts at a region that only contains a specific place of the same event.

    The region goes when (1) the same trigger also claims a place in it; (2) it is named right
    after a settlement that has a claim in the same sentence ("звільнили … Снігурівку на
    Миколаївщині, яку звільнили сьогодні", "aus der umkämpften Kleinstadt Popasna im Gebiet
    Luhansk zurückgezogen": the second verb is nearer the region, yet the region only locates
    the town, which takes the region's claim); (3) a claim of the same type is made, later in
    the same clause or the next one after a colon, at a place in it ("скинула КАБ на Сумщину:
    під удар потрапили Краснопілля та Велика Писарівка": the strikes on the region are those
    on the villages)."""
    settled = {(id(d.trig), d.place.entry.admin1) for d in drafts
               if d.place.entry.kind is not PlaceKind.REGION}
    by_sentence: dict[int, list[_Draft]] = {}
    for draft in drafts:
        if draft.place.entry.kind is PlaceKind.REGION:
            continue
        by_sentence.setdefault(draft.sentence, []).append(draft)
    out = []
    for draft in drafts:
        region = draft.place
        if region.entry.kind is not PlaceKind.REGION:
            out.append(draft)
            continue
        if (id(draft.trig), region.entry.admin1) in settled:
            continue
        same = by_sentence.get(draft.sentence, [])
        holder = next((d.place for d in same if _holds(text, lang, d.place, region)), None)
        if holder is not None:
            # (but "conquistato Komar, nella regione di Donetsk, e avanzano …": a verb joined by
            # "and" after the region has an object of its own, not the town)
            joined = lang.list_next.match(text[region.mention.end:draft.trig.start].lstrip(" ,"))
            if not joined and not any(d.trig is draft.trig and d.place is holder for d in out):
                out.append(replace(draft, place=holder, rule=f"{draft.rule}, the place it holds"))
            continue
        if region.entry.admin1 and any(
                d.trig.type is draft.trig.type and d.place.entry.admin1 == region.entry.admin1
                and d.place.mention.start > region.mention.end
                and _SAME_STRETCH.match(text[region.mention.end:d.place.mention.start])
                for d in same):
            continue
        out.append(draft)
    return out
