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

A denial that points back reaches over the sentences that only continue the claim it answers
("…habe Basiwka eingenommen. Prigozjin sagte … . Kiew dementierte das.", a live blog's
timestamp line between them), see :func:`continues_claim`. A cue that is itself a report of
fighting ("pågår fortfarande strider i X", "Kämpfe um X dauern an") contradicts a capture of the
place, never the fighting it reports, see :func:`reports_fighting`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import regex

from .languages import Language
from .triggers import blocked
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
#: Between a "fighting goes on" cue and its fighting word: at most two words, no punctuation
#: ("pågår fortfarande hårda strider", "strider pågår fortfarande").
_TOUCHING = regex.compile(r"\s*(?:[\w-]+\s+){0,2}")
#: A denial's object followed by a colon: what follows explains what is denied.
_EXPLAINED = regex.compile(r"[^.:;!?]{0,40}:")
#: A line with words (not a timestamp such as "10.42" or "Kl. 09.40").
_WORDY = regex.compile(r"\p{L}{3,}")
#: How many sentences a pointing-back denial may reach over to the claim it answers.
BACK_REACH = 3


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


def reports_fighting(text: str, events: Sequence[_Event], start: int, end: int) -> bool:
    """True when the denial cue at text[start:end] is itself a report of fighting: a fighting
    trigger inside it or touching it ("pågår fortfarande strider", "Kämpfe um X gehen weiter",
    "nadále odrážejí ruské útoky"). Fighting that goes on contradicts a capture, but the
    fighting it reports is the speaker's own claim, not a denied one."""
    for event in events:
        if event.type is not ClaimType.ATTACK:
            continue
        if start <= event.start < end:
            return True
        if end <= event.start <= end + 30 and _TOUCHING.fullmatch(text, end, event.start):
            return True
        if start - 30 <= event.end <= start and _TOUCHING.fullmatch(text, event.end, start):
            return True
    return False


def _continues(text: str, lang: Language, events: Sequence[_Event], span: tuple[int, int],
               claim_type: ClaimType, places: set[str], place_id: str) -> bool:
    """True when a sentence between a claim and a denial that points back only continues that
    claim: it names no other place in its own right, tells no event that is no claim
    (encirclement), and what events it tells are stated ones of the claim's kind ("Enligt
    ministeriet har stadens erövring genomförts …", "Prigozjin zei dat zijn strijders de hele
    stad controleren", a timestamp line). "That" then still means the claim; after "ISW says
    Russia does not plan to take the city" it means that."""
    if places - {place_id}:
        return False
    if "\n" in text[max(0, span[0] - 3):span[0]] and _WORDY.search(text, span[0], span[1]):
        return False  # a new paragraph is a new item ("Тим часом … Сальдо заявив …"), unless a
        # live blog's timestamp line ("10.42")
    other = lang.cues.get("other_events")
    if other is not None and other.search(text, span[0], span[1]):
        return False
    return not any(span[0] <= e.start < span[1] and (
        _family(e.type) != _family(claim_type) or blocked(text, span[0], e, lang))  # type: ignore[arg-type]
        for e in events)


def answers_back(text: str, lang: Language, events: Sequence[_Event],
                 spans: list[tuple[int, int]], named_at: dict[int, list[tuple[int, str]]],
                 hit: tuple[int, int, int], sentence: int, trig: _Event, place_id: str) -> bool:
    """True when the denial ``hit`` (start, end, sentence) in a later sentence points back
    ("Kiew dementierte das.", "Het Oekraïense leger ontkent dat.", "förnekar uppgifterna") at
    the claim of ``trig`` at ``place_id`` in ``sentence``.

    The sentences between must only continue that claim (:func:`_continues`); a gain of ground
    after a fighting trigger in its sentence is what is denied ("viel Toretsk aan, een stad
    die Moskou zei te hebben ingenomen. Oekraïne ontkent dat"), and so is what a colon after the
    denial explains when it names an event of another kind; the
    denial's sentence names no encirclement, and no other place before the denial nor as its
    object (one after a new event is the denier's own news: "dementierte das und meldete Kämpfe
    bei Schurawka"); and neither it nor the next sentence names another place of the stretch
    it answers (then it denies that place's claim: "… опроверг эти данные. По его словам,
    Торецк не захвачен").
    """
    h_start, h_end, h_sentence = hit
    if not sentence < h_sentence <= sentence + BACK_REACH:
        return False
    s_start, s_end = spans[h_sentence]
    if not _family(trig.type) and any(
            trig.end <= e.start < spans[sentence][1] and _family(e.type) for e in events):
        return False  # "viel Toretsk aan, een stad die Moskou zei te hebben ingenomen": a
        # denial answers the gain of ground, not the fighting before it
    colon = _EXPLAINED.match(text, h_end, s_end)
    if colon and first_event_is_other(text, lang, events, colon.end(), s_end, trig.type):
        return False
    other = lang.cues.get("other_events")
    if other is not None and (other.search(text, s_start, s_end)
                              or other.search(text, trig.start, spans[sentence][1])):
        return False  # "… har omringet byen. Det afviser den ukrainske hær": the encirclement
    stretch = {pid for k in range(max(0, h_sentence - BACK_REACH), h_sentence)
               for _, pid in named_at.get(k, [])}
    later = [(at, pid) for k in (h_sentence, h_sentence + 1) for at, pid in named_at.get(k, [])
             if at >= h_end and pid != place_id]
    if any(pid in stretch for _, pid in later):
        return False
    for at, pid in named_at.get(h_sentence, []):
        if pid != place_id and (at < h_start or (at >= h_end and not any(
                h_end <= e.start < at for e in events))):
            return False
    if not all(_continues(text, lang, events, spans[k], trig.type,
                          {pid for _, pid in named_at.get(k, [])}, place_id)
               for k in range(sentence + 1, h_sentence)):
        return False
    return points_back(text, lang, h_start, h_end, clause_start(text, s_start, h_start))


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
    if reports_fighting(text, events, hit_start, hit_end):
        # "Russia took X. … fighting still goes on in X": the capture is contradicted; the
        # fighting (and an advance, which fighting does not gainsay) is not
        if trig.type is not ClaimType.CAPTURE:
            return False
        if trig.end <= s_start:
            return True
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
