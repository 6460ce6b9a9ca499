"""Unplaced objects: a trigger whose object is a name the gazetteer could not place.

Small villages (most Russian border villages, many Ukrainian hamlets) are missing from the
gazetteer or lose every candidate (:mod:`frontmap.border`), so they stay unplaced. Without this
rule the trigger then reached past them to the next placed name: "Russian forces captured
Martynovka, Mirny and Kubatkin, three villages close to Sudzha" became a capture of Sudzha, the
reference point. An unplaced named village is like an unnamed one (the annotation rule: an event
at an unnamed village is at the smallest named place the text says contains it): the trigger's
object stops at the unplaced name, and the claim moves to the region named in the sentence, or
else in the sentence before, or is dropped when no region is named there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .clauses import reach_ends
from .languages import Language
from .models import Mention, Place
from .triggers import Trigger
from .vocab import PlaceKind

if TYPE_CHECKING:
    from .claims import _Draft

#: How far (characters) after its trigger an unplaced name may be its object.
MAX_OBJECT_GAP = 80


def _object(text: str, lang: Language, trig: Trigger, unplaced: Sequence[Mention],
            triggers: Sequence[Trigger]) -> Mention | None:
    """The unplaced name that is ``trig``'s object: the first one after it, in its clause, with
    no other trigger between them (that one's object it would be)."""
    after = [m for m in unplaced if m.start >= trig.end]
    if not after:
        return None
    first = min(after, key=lambda m: m.start)
    gap = text[trig.end:first.start]
    if (len(gap) > MAX_OBJECT_GAP or "\n" in gap or lang.clause_break.search(gap)
            or reach_ends(lang, gap, True) or any(c in gap for c in ".;:!?")
            or any(trig.end <= t.start < first.start for t in triggers if t is not trig)):
        return None
    return first


def _region(name: Mention, sentence: int, by_sentence: dict[int, list[Place]],
            triggers: Sequence[Trigger]) -> Place | None:
    """The region stated to hold ``name``: the one named in its sentence nearest to it, else the
    last one of the sentence before; not one of its sentence with another trigger between
    it and the name ("zajęły wsie X i Y oraz odparły ataki pod Z w obwodzie biełgorodzkim": Z's
    region)."""
    def regions(index: int) -> list[Place]:
        return [p for p in by_sentence.get(index, [])
                if p.entry.kind is PlaceKind.REGION and not p.mention.role
                and not p.mention.direction
                and (index != sentence or not any(min(p.mention.end, name.end) <= t.start
                                                  < max(p.mention.start, name.start)
                                                  for t in triggers))]
    here = regions(sentence)
    if here:
        return min(here, key=lambda p: min(abs(p.mention.start - name.end),
                                           abs(name.start - p.mention.end)))
    before = regions(sentence - 1)
    return before[-1] if before else None


def unplaced_objects(text: str, lang: Language, drafts: list[_Draft],
                     usable: Sequence[tuple[int, Trigger]], unplaced: Sequence[Mention],
                     by_sentence: dict[int, list[Place]]) -> list[_Draft]:
    """Drafts with the object of each trigger stopping at an unplaced name: a trigger (of
    ``usable``, with its sentence) whose first object is an unplaced name loses its places
    after that name (the next placed name is a reference point or another phrase, not the
    object), unless they continue its list ("Martynovka and Sudzha") or are regions (where
    the village lies); with no region left, the claim is at the region named in the sentence
    or the one before, else there is none."""
    if not unplaced:
        return drafts
    from .claims import _Draft  # the drafts' own class (claims imports this module)

    by_sentence_unplaced: dict[int, list[Mention]] = {}
    for mention in unplaced:
        by_sentence_unplaced.setdefault(mention.sentence, []).append(mention)
    triggers = [t for _, t in usable]
    out = list(drafts)
    for sentence, trig in usable:
        name = _object(text, lang, trig, by_sentence_unplaced.get(sentence, []), triggers)
        if name is None:
            continue
        own = [d for d in out if d.trig is trig]
        if any(trig.end <= d.place.mention.start < name.start for d in own):
            continue  # a placed name comes first: the unplaced one only continues the list
        dropped = {id(d) for d in own if d.place.mention.start >= name.end
                   and d.place.entry.kind is not PlaceKind.REGION
                   and not lang.list_gap.match(text[name.end:d.place.mention.start])}
        out = [d for d in out if id(d) not in dropped]
        if any(d.trig is trig and d.place.entry.kind is PlaceKind.REGION for d in out):
            continue
        region = _region(name, sentence, by_sentence, [t for _, t in usable if t is not trig])
        if region is not None:
            out.append(_Draft(trig, region, sentence, 60.0,
                              f"unplaced object '{name.surface}', its region"))
    return out

