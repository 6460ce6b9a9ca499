"""Clauses of a sentence, as far as linking a trigger to a place needs them.

A place may take one trigger per clause: "Russian troops attack Izium, which they took last
month" is an attack at Izium now and a capture of it before. A relative clause (", which",
", där", ", звідки") is its own clause: its trigger is about the places inside it or, when it
names none, about the place it follows (its antecedent), and it reaches no place after it ("…
vid Toretsk, där hårda gatustrider pågår, och vid Tjasiv Jar": the street fighting is at
Toretsk only). A comma before "but" ("…покидают Конотоп, но в Ахтырке …") or a reporting verb
with its "that" ("… en zegt dat de troepen zich concentreren op de Donbas") ends what a trigger
reaches; two clauses joined by ", and" each keep their own trigger ("I Kyiv ble energianlegg
rammet, og i Kharkiv ble 15 angrep registrert").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .dates import asides
from .languages import Language
from .models import Place

#: Text between a place and the comma opening a relative clause about it: a word at most
#: ("Izjoem aan, dat …", "Sudzha, which …").
_ANTECEDENT_GAP = regex.compile(r"\A\s*(?:[\p{L}’'-]+\s*)?\Z")
#: Extra distance for a place across ", and" from its trigger: a trigger of the place's own
#: clause is preferred ("I Kyiv ble energianlegg rammet, og i Kharkiv ble 15 angrep registrert").
JOINED_CLAUSE_PENALTY = 30.0


@dataclass(frozen=True, slots=True)
class Relative:
    """A relative clause: from the comma before its pronoun to where it ends."""

    start: int
    end: int


def relative_clauses(text: str, lang: Language, s_start: int, s_end: int,
                     places: Sequence[Place]) -> list[Relative]:
    """The relative clauses of a sentence; one that names a place goes on over a list after
    it ("…, where Russia took Krasnohorivka, Novomykhailivka and Heorhiivka")."""
    out = []
    ordered = sorted(places, key=lambda p: p.mention.start)
    for lo, hi in asides(text, lang, s_start, s_end):
        if _reported(text, lang, s_start, lo):
            continue
        inside = [p for p in ordered if lo <= p.mention.start < hi]
        last = inside[-1].mention.end if inside else None
        for place in ordered:
            if last is None or place.mention.start < hi:
                continue
            if not lang.list_gap.match(text[last:place.mention.start]):
                break
            last, hi = place.mention.end, max(hi, place.mention.end)
        out.append(Relative(lo, hi))
    return out


def _reported(text: str, lang: Language, s_start: int, comma: int) -> bool:
    """True when the clause opened at ``comma`` is what a reporting verb just before it
    reports ("заявило, что …", "повідомив, що …"): a complementizer, not a relative pronoun."""
    thats = lang.cues.get("complementizers")
    if thats is None or lang.speech is None:
        return False
    opener = regex.match(r",\s*", text[comma:])
    if opener is None or not thats.match(text, comma + opener.end()):
        return False
    lead = text[max(s_start, comma - 60):comma].rsplit(",", 1)[-1]
    return lang.speech.search(lead) is not None


def clause_of(position: int, relatives: Sequence[Relative]) -> Relative | None:
    """The relative clause holding ``position``, or None for the main clause."""
    return next((r for r in relatives if r.start <= position < r.end), None)


def is_antecedent(text: str, place: Place, relative: Relative) -> bool:
    """True when the relative clause follows ``place`` (what it says is about the place)."""
    return (place.mention.end <= relative.start
            and bool(_ANTECEDENT_GAP.match(text[place.mention.end:relative.start])))


def after_relative(text: str, lang: Language, start: int, end: int) -> str:
    """``text[start:end]`` without a relative clause that opens it: the list of a trigger goes
    on after a clause about its first place ("vid Toretsk, där hårda gatustrider pågår, och
    vid Tjasiv Jar")."""
    for lo, hi in asides(text, lang, start, end):
        if hi < end and not text[start:lo].strip():
            return text[hi:end]
    return text[start:end]


def reach_ends(lang: Language, gap: str, forward: bool) -> bool:
    """True when ``gap`` (between a trigger and a place) leaves the trigger's clause for good:
    a comma before "but" ("…, но в Ахтырке"), or, after the trigger, a reporting verb with its
    "that" ("… en zegt dat …": what is reported is another statement)."""
    for m in lang.clause_break.finditer(gap if forward else ""):
        if m.group().startswith(";") or m.group()[0] in "–—":
            continue
        if gap[:m.start() + 1].rstrip().endswith(","):
            return True
    thats = lang.cues.get("complementizers")
    if forward and lang.speech is not None and thats is not None:
        for said in lang.speech.finditer(gap):
            if thats.match(gap[said.end():].lstrip()):
                return True
    return False


def joined_penalty(lang: Language, gap: str) -> float:
    """Extra distance when ``gap`` holds a comma and a conjunction, which may join two clauses:
    a trigger of the place's own clause is then nearer (a list keeps its trigger through
    :func:`frontmap.claims._unify_lists`)."""
    for comma in regex.finditer(r",\s*", gap):
        word = gap[comma.end():].split(" ", 1)[0]
        if word and lang.list_gap.match(f"{comma.group()}{word} "):
            return JOINED_CLAUSE_PENALTY
    return 0.0
