"""Trigger phrases: where the text names an event, and whether that phrase states one.

A trigger found (:func:`find_triggers`) may state no claim: negated ("has not taken"), intended
("plans to encircle"), hypothetical ("if Pokrovsk falls"), denied, or about civilians or
captives (:func:`blocked`). A failed attempt ("failed to break through near Kupiansk", "n'ont
pas réussi à percer") is no negation: the attempt was made, so it states an attack by the same
side at the place where it was made (:func:`failed_attempt`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from .languages import Language
from .vocab import ClaimType

#: When two trigger phrases overlap, the longer wins; at equal length, this order.
TYPE_PRIORITY = {ClaimType.STRIKE: 0, ClaimType.CAPTURE: 1, ClaimType.WITHDRAWAL: 2,
                 ClaimType.ADVANCE: 3, ClaimType.ATTACK: 4}
_NEG_WINDOW_TOKENS = 2
_INTENT_WINDOW_CHARS = 40
_WORD = regex.compile(r"[\p{L}'’]+")
#: Punctuation that ends a clause (what comes before a trigger is read back to the last one).
_CLAUSE_MARK = regex.compile(r"[,;:]")
#: Where what follows a trigger stops belonging to its clause (a sentence end too).
_AFTER_END = regex.compile(r"[,;:!?\n]|\.(?:\s|\Z)")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger phrase found in the text."""

    start: int
    end: int
    type: ClaimType
    text: str
    failed: bool = False
    """A failed attempt at what the phrase names: an attack (see :func:`failed_attempt`)."""


def find_triggers(text: str, lang: Language) -> list[Trigger]:
    """Non-overlapping trigger phrases of every claim type, in text order.

    Overlapping or adjacent phrases of one type join first ("launched a rocket" + "rocket
    attack" = one strike), then the longest phrase wins where types compete.
    """
    found: list[Trigger] = []
    for claim_type, parts in lang.trigger_parts.items():
        spans: list[list[int]] = []
        matches = sorted(((m.start(), m.end()) for part in parts for m in part.finditer(text)),
                         key=lambda se: (se[0], -se[1]))
        for start, end in matches:
            if spans and start <= spans[-1][1] + 1:
                spans[-1][1] = max(spans[-1][1], end)
            else:
                spans.append([start, end])
        found += [Trigger(a, b, claim_type, text[a:b]) for a, b in spans]
    found.sort(key=lambda t: (-(t.end - t.start), TYPE_PRIORITY[t.type], t.start))
    kept: list[Trigger] = []
    for trig in found:
        if all(trig.end <= k.start or trig.start >= k.end for k in kept):
            kept.append(trig)
    kept.sort(key=lambda t: t.start)
    return kept


def blocked(text: str, sent_start: int, trig: Trigger, lang: Language) -> str | None:
    """Why the trigger states no claim (negated, intended, hypothetical, civilians), or None."""
    before = text[sent_start:trig.start]
    after = text[trig.end:trig.end + 45]
    captives = lang.cues.get("captives")
    if captives and trig.type is ClaimType.CAPTURE and captives.match(after.lstrip()):
        return "captured people, not a place"
    political = lang.cues.get("political_objects")
    if political and trig.type is ClaimType.WITHDRAWAL:
        rest = after.lstrip()
        source = lang.cues.get("from_side")
        if source and (m := source.match(rest)):
            rest = rest[m.end():].lstrip()
        if political.match(rest):
            return "withdrawal from an agreement"
    civilian = lang.cues.get("civilian")
    if civilian and trig.type in (ClaimType.WITHDRAWAL, ClaimType.ADVANCE):
        clause = _tail(_CLAUSE_MARK.split(before)[-1], _INTENT_WINDOW_CHARS)
        if civilian.search(clause) or civilian.search(before[:_INTENT_WINDOW_CHARS]):
            return "civilians"  # "A container ship, …, has reached Istanbul"
    if trig.failed:
        # "n'ont pas réussi à percer": the negation says the attempt failed, not that none was
        # made; only a condition still makes it no claim ("if Russia fails to take …")
        return _hypothetical(before, lang)
    words = list(_WORD.finditer(before))[-_NEG_WINDOW_TOKENS:]
    window = before[words[0].start():] if words else ""
    negation = lang.cues.get("negation")
    if negation and (negation.search(window) or negation.search(trig.text)):
        return "negated"  # "has not taken" (the negation may sit inside the phrase)
    intention = lang.cues.get("intention")
    if (intention and trig.type is not ClaimType.WITHDRAWAL
            and intention.search(_tail(before, _INTENT_WINDOW_CHARS))):
        return "intention"
    unconfirmed = lang.cues.get("unconfirmed")
    if unconfirmed and unconfirmed.search(_tail(_CLAUSE_MARK.split(before)[-1],
                                                _INTENT_WINDOW_CHARS)):
        return "not confirmed"  # "no ha confirmado la pérdida": another's claim, no denial
    denial = lang.cues.get("denial")
    if denial and trig.type not in (ClaimType.ATTACK, ClaimType.STRIKE) and denial.search(
            _tail(_CLAUSE_MARK.split(before)[-1], _INTENT_WINDOW_CHARS)):
        # "denied that its troops had left any positions" (but fighting that defenders "still
        # repel" goes on: "wciąż odpierają rosyjskie szturmy")
        return "denied"
    not_after = lang.cues.get("not_after")
    if not_after and not_after.search(_AFTER_END.split(text[trig.end:trig.end + 90])[0]):
        return "negated or conditional after it"  # "an attack on Kharkiv was not imminent"
    return _hypothetical(before, lang)


def _hypothetical(before: str, lang: Language) -> str | None:
    """"hypothetical" when the clause before a trigger sets a condition, else None."""
    hypothetical = lang.cues.get("hypothetical")
    if hypothetical:
        clause = _CLAUSE_MARK.split(before)[-1]
        if hypothetical.search(clause) or hypothetical.match(before.lstrip(" \t\"'“«„–—-")):
            return "hypothetical"  # "If Pokrovsk falls, Russia could advance …"
    return None


def _tail(text: str, chars: int) -> str:
    """The last ``chars`` characters of ``text``, from a word's start: a window must not cut
    "ukrainska" into "ska" (Swedish "shall", an intention)."""
    if len(text) <= chars:
        return text
    cut = len(text) - chars
    while cut < len(text) and text[cut - 1].isalnum():
        cut += 1
    return text[cut:]




#: The types whose failed attempt is an attack: taking, breaking through, advancing on or
#: storming a place is fighting there even when it fails. A failed withdrawal or evacuation
#: ("could not evacuate"), or a strike that did not happen, is no attack; "failed to hold" names
#: no trigger at all.
_ATTEMPTED = (ClaimType.CAPTURE, ClaimType.ADVANCE, ClaimType.ATTACK)
#: How far before a trigger its failure word may stand (German and Dutch phrases span the
#: object: "gelang es nicht, die ukrainischen Verteidigungslinien bei Kupjansk zu durchbrechen").
_FAILED_WINDOW_CHARS = 120


def failed_attempt(text: str, sent_start: int, trig: Trigger, lang: Language) -> Trigger:
    """``trig`` as an attack when the language's ``failed_attempt`` words end the text before
    it ("failed to", "n'ont pas réussi à", "не змогли"); otherwise ``trig`` unchanged.

    The README counts repelled and unsuccessful attacks as attacks: "Russian forces failed to
    break through near Kupiansk" is a Russian attack at Kupiansk. A plain negation ("did not
    capture", "has not advanced") has no such word and stays blocked by :func:`blocked`."""
    pattern = lang.failed_attempt
    if pattern is None or trig.type not in _ATTEMPTED:
        return trig
    before = _tail(text[sent_start:trig.start], _FAILED_WINDOW_CHARS)
    if not pattern.search(before):
        return trig
    return replace(trig, type=ClaimType.ATTACK, failed=True)
