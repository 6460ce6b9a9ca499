"""What a denial denies: its scope, read from the grammar around it.

A denial cue ("denied", "zaprzeczył", "спростували") is only evidence against a claim when it
is about that claim. Two shapes tell it apart, in every language alike:

* a denial that points back at what was just said ("…, which Ukraine denied", "algo que el
  Estado Mayor desmintió", "Det afviser den ukrainske hær", "ontkende dat en zei …") is about
  the statement before it, and about nothing that follows it;
* otherwise a denial is about what follows it in its sentence, and the first event named there
  decides: "denied that Ukrainian units had been encircled" is about an encirclement, not about
  the villages a sentence before says were taken; "denied that the village had fallen, and said
  attacks … were repelled" is about the capture, not the attacks.

Events of one kind answer each other: gains of ground (capture, advance, withdrawal) deny gains,
fighting (attack, strike) denies fighting.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import regex

from .languages import Language
from .vocab import ClaimType

#: Kinds of event that answer each other: a denied withdrawal denies a capture of the place.
_GAINS = frozenset({ClaimType.CAPTURE, ClaimType.ADVANCE, ClaimType.WITHDRAWAL})
#: Punctuation that opens the denial's clause (its subject and any pointer back stand after it).
_CLAUSE_MARK = regex.compile(r"[,;:–—(]")
#: A denial followed at once by this has no complement of its own ("a démenti : « Les combats
#: se poursuivent »", "X denied."): what follows is the denier's own statement.
_NO_COMPLEMENT = regex.compile(r"\A\s*(?:[:.!?]|\Z)")
#: How far after a denial its object pronoun may stand ("denied it", "ontkende dat").
_OBJECT_CHARS = 40


class _Event(Protocol):
    start: int
    end: int
    type: ClaimType


def _family(claim_type: ClaimType) -> bool:
    return claim_type in _GAINS


def points_back(text: str, lang: Language, start: int, end: int, clause_start: int,
                bare: bool = True) -> bool:
    """True when the denial at text[start:end] refers back to what was said before it: a
    relative or demonstrative in its clause ("which Ukraine denied", "co … zdementował",
    "це спростували"), an object pronoun that ends it ("denied it", "ontkende dat en …"), or
    no complement at all ("a démenti : …", "Kyiv denied.") when ``bare`` allows it (not after a
    claim in the same sentence: "…, kterou ale Rusové nadále drží." states, it does not deny)."""
    back, obj = lang.cues.get("denial_back"), lang.cues.get("denial_object")
    if back is not None and back.search(text[clause_start:start]):
        return True
    if bare and _NO_COMPLEMENT.match(text[end:end + 3]):
        return True  # "a démenti : « Les combats se poursuivent »", "Kyiv denied."
    if obj is None:
        return False
    inner = text[start:end].split(maxsplit=1)
    if len(inner) == 2 and obj.search(inner[1]):
        return True  # the phrase holds its object: "spreekt dat tegen", "wies dies zurück"
    after = text[end:end + _OBJECT_CHARS]
    m = obj.match(after.lstrip())
    if m is None:
        return False
    rest = after.lstrip()[m.end():]
    return bool(_NO_COMPLEMENT.match(rest) or lang.list_next.match(rest))


def clause_start(text: str, sentence_start: int, position: int) -> int:
    """Where the clause holding ``position`` begins (after the last clause mark before it)."""
    marks = list(_CLAUSE_MARK.finditer(text, sentence_start, position))
    return marks[-1].end() if marks else sentence_start


def first_event_is_other(text: str, lang: Language, events: Sequence[_Event], start: int,
                         end: int, claim_type: ClaimType) -> bool:
    """True when the first event named in text[start:end] (a denial's scope) is of another kind
    than ``claim_type``: a trigger of the other family, or an event that is no claim at all
    (the ``other_events`` cue: encirclement, collapse, losses)."""
    first: tuple[int, bool] | None = None
    for event in events:
        if start <= event.start < end:
            first = (event.start, _family(event.type) != _family(claim_type))
            break
    other = lang.cues.get("other_events")
    if other is not None and (m := other.search(text, start, end)) is not None and (
            first is None or m.start() < first[0]):
        return True
    return bool(first and first[1])


def denies(text: str, lang: Language, events: Sequence[_Event], spans: list[tuple[int, int]],
           hit_start: int, hit_end: int, hit_sentence: int, trig: _Event) -> bool:
    """True when the denial at text[hit_start:hit_end] (in sentence ``hit_sentence``) is about
    the claim of ``trig``, given that it stands where it could be (same or a next sentence).

    In the claim's own sentence a denial before the trigger denies it unless it points back or
    another event comes first ("ha negato che le difese siano crollate, ma ha ammesso … progressi");
    a denial after the trigger denies it only when it points back ("…, which Ukraine denied").
    A denial in a later sentence denies it when it points back, or when the first event after
    it is of the claim's kind (or none is named: "Ukraine denied the reports").
    """
    s_start, s_end = spans[hit_sentence]
    opens = clause_start(text, s_start, hit_start)
    if trig.start <= hit_start < s_end and trig.end <= hit_start and s_start <= trig.start:
        # after the trigger, in its sentence: only "…, which X denied"
        return points_back(text, lang, hit_start, hit_end, max(opens, trig.end), bare=False)
    back = points_back(text, lang, hit_start, hit_end, opens)
    if hit_end <= trig.start:
        if back:
            return False  # "ontkende dat en zei dat er nog gevochten wordt"
        return not first_event_is_other(text, lang, events, hit_end, trig.start + 1, trig.type)
    return back or not first_event_is_other(text, lang, events, hit_end, s_end, trig.type)
