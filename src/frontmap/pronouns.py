"""Whose side a subject pronoun ("they", "ils", "sie", "вони") stands for.

"Russian forces regrouped over the winter. They are now advancing on Kurakhove": the advance
names no side, but its subject is a pronoun for the subject of the sentence before. Only a
third-person plural subject pronoun (the language file's ``subject_pronouns``) is read, only
as the subject of the trigger's own clause, and only when the side it points back to was the
subject of its clause in the sentence before, with no other side named between: "they" may
also be civilians, officials or the other side, and then nothing is carried.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .claimants import Hit
from .vocab import ClaimType, Side

if TYPE_CHECKING:
    from .attribution import Context

#: Between a subject pronoun and its verb: no punctuation, a few words ("they are now").
_PRONOUN_TO_VERB = regex.compile(r"[^,;:.!?()«»\"“”–—]{0,40}")
#: What may open the antecedent's clause before it: an article or a word or two ("Then the").
_CLAUSE_LEAD = regex.compile(r"(?:[\w’'-]+\s+){0,2}")
#: Where a clause begins inside a sentence.
_CLAUSE_BREAK = regex.compile(r"[,;:()–—]\s*")


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause holding ``at`` begins (after the last comma, colon… from ``lo``)."""
    start = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, at):
        start = m.end()
    return start


def pronoun_subject(ctx: Context, sentence: int, trig) -> regex.Match[str] | None:
    """The subject pronoun of the trigger's clause, else None: one opening the clause before
    the trigger with only a few words between ("They are now advancing", "où elles tentent",
    "Вони наступають"), or in a verb-second language one right after the verb ("Dann rückten
    sie vor"). A reporting verb between ("They said troops left") makes it a speaker."""
    pattern = ctx.lang.cues.get("subject_pronouns")
    if pattern is None:
        return None
    text = ctx.text
    s_start = ctx.spans[sentence][0]
    lo = _clause_start(text, s_start, trig.start)
    speech = ctx.lang.speech
    for m in pattern.finditer(text, lo, trig.start):
        if not _PRONOUN_TO_VERB.fullmatch(text, m.end(), trig.start):
            continue
        if any(m.end() <= t < trig.start for t in ctx.trigger_starts):
            continue
        if speech is not None and speech.search(text, m.end(), trig.start):
            continue
        if any(lo <= t < m.start() for t in ctx.trigger_starts):
            continue  # "… attacked them": an object, not the clause's subject
        return m
    if ctx.lang.raw.get("v2"):
        after = regex.compile(r"\s+").match(text, trig.end)
        if after is not None:
            m = pattern.match(text, after.end())
            if m is not None:
                return m
    return None


def pronoun_antecedent(ctx: Context, sentence: int, sides: list[Hit]) -> tuple[Hit | None, bool]:
    """The side a subject pronoun of ``sentence`` points back to: the last side named in the
    sentence before (same paragraph, speakers such as "Kyiv said" left out), when it was the
    subject of its clause ("Russian troops suffered losses. They withdrew …"). With it, whether
    that sentence names a side that is no subject ("Residents fled from Russian forces. They
    …", "Ukrainian forces repelled Russian attacks. They …"): the pronoun is then someone
    else, or a side named before another, and no side may be carried into its clause."""
    if sentence == 0:
        return None, False
    text = ctx.text
    p_start, p_end = ctx.spans[sentence - 1]
    if "\n" in text[p_end:ctx.spans[sentence][0]]:
        return None, False
    previous = [h for h in sides if h.sentence == sentence - 1
                and not ctx._speaks(h) and not ctx._reporter(h, verbs=False)]
    if not previous:
        return None, False
    hit = previous[-1]
    lo = _clause_start(text, p_start, hit.start)
    that = ctx.lang.cues.get("complementizers")
    if that is not None:  # "… meldt dat Oekraïense troepen …": a reported clause's subject
        lo = max([lo] + [m.end() for m in that.finditer(text, lo, hit.start)])
        lo += len(text[lo:hit.start]) - len(text[lo:hit.start].lstrip())
    preps = [ctx.lang.cues.get(name) for name in ("object_preps", "source_preps", "passive_by",
                                                  "from_side")]
    if _CLAUSE_LEAD.fullmatch(text, lo, hit.start) and not any(
            lo <= t < hit.start for t in ctx.trigger_starts) and not any(
            p is not None and p.search(text, lo, hit.start) for p in preps):
        return hit, False  # "Russian troops …", "Then the Russian troops …"
    if ctx.lang.raw.get("v2") and any(
            t.end <= hit.start and not text[t.end:hit.start].strip() and t.start >= lo
            for t in ctx.triggers):
        return hit, False  # "I går angrep russiske styrker …": the subject after the verb
    return None, True


def pronoun_side(ctx: Context, sentence: int, trig, sides: list[Hit],
                 claimant_side: Side | None, voice: Side | None) -> tuple[Side | None, str] | None:
    """The side a subject pronoun of the trigger's clause stands for ("Russian forces
    regrouped. They are now advancing on X"), reversed when
    that side repels the attack or comes under fire; no side when the sentence before names
    sides only as objects; None when no pronoun points back (other rules decide)."""
    pronoun = pronoun_subject(ctx, sentence, trig)
    if pronoun is None or any(
            ctx.spans[sentence][0] <= h.start < pronoun.start() for h in sides):
        return None
    hit, unclear = pronoun_antecedent(ctx, sentence, sides)
    if unclear:
        return None, "subject pronoun, but the side named before is no subject"
    side = ctx._side(hit, claimant_side, voice) if hit is not None else None
    if side is None:
        return None
    modifiers = ctx.lang.cues.get("modifiers")
    if trig.type is ClaimType.ATTACK and modifiers and (
            modifiers.search(ctx.text, pronoun.end(), trig.start)
            or modifiers.match(trig.text)):
        return side.opponent(), "the side a pronoun names repelled it, reversed"
    if ctx._under_fire(trig):
        return side.opponent(), "the side a pronoun names is under fire, reversed"
    return side, "subject pronoun for the side named before"
