"""How far a reference point's words reach ("80 km north of Donetsk", "jižně od Avdijivky").

The words that make a name a mere reference point are searched in the few words before it, so
that "the road to the larger city of X" still makes X one. That looseness must not carry the
role past another name or an event: in "jižně od Avdijivky u Vodjaného" only Avdiivka is the
reference (Vodiane is where the advance went), in "на північ від Харкова та звільнили Циркуни"
the liberated village follows a verb of its own. A plain list, on the other hand, shares its
first item's role: "w rejonie Orliwki i Tonenkiego" are both only where the positions lie.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .languages import Language
from .models import Mention

#: Characters before a name that are searched for reference words (as in spotting).
WINDOW = 60


def settle_references(text: str, mentions: list[Mention], lang: Language,
                      other_role: Callable[[Mention], str] = lambda m: "") -> None:
    """Correct the ``reference`` role of ``mentions`` (in text order) in place.

    A reference whose words stand before an earlier reference point or before a trigger phrase
    is re-read from after that point: it stays one only when its own words follow it. A name
    plainly coordinated with a reference point ("north of Donetsk and Horlivka") is one too. A
    name that loses the role takes the one ``other_role`` finds ("volgens Kyiv": the government).
    """
    if lang.reference_before is None:
        return
    for k, cur in enumerate(mentions):
        if cur.role not in ("", "reference"):
            continue
        prev = mentions[k - 1] if k else None
        lo = max(0, cur.start - WINDOW)
        prev_ref = (prev is not None and prev.role == "reference" and prev.end > lo
                    and prev.sentence == cur.sentence)
        if prev_ref and prev is not None and _plain_list(text, prev, cur, lang):
            if not cur.role:
                mentions[k] = replace(cur, role="reference")
            continue
        if cur.role != "reference":
            continue
        cut = prev.end if prev_ref and prev is not None else lo
        cut = max(cut, _last_trigger_end(text, cut, cur.start, lang))
        if cut > lo and not lang.reference_before.search(text[cut:cur.start]):
            mentions[k] = replace(cur, role=other_role(cur))


def _plain_list(text: str, a: Mention, b: Mention, lang: Language) -> bool:
    """True when ``b`` continues a plain list after ``a`` (a comma or a conjunction only; "en
    het dorp Dachne" names a new object, no second reference point)."""
    gap = text[a.end:b.start]
    return (bool(lang.list_gap.match(gap)) and "(" not in gap
            and not (lang.settlement_before and lang.settlement_before.search(gap)))


def _last_trigger_end(text: str, start: int, end: int, lang: Language) -> int:
    """Where the last trigger phrase between ``start`` and ``end`` that opens a clause of its own
    ends (``start`` if none). A trigger opens a clause after a comma or a conjunction ("… a
    postupují ke Kupjansku"); one inside the reference words ("na przygotowane wcześniej pozycje
    w rejonie") does not."""
    last = start
    for parts in lang.trigger_parts.values():
        for part in parts:
            for m in part.finditer(text, start, end):
                if m.end() > last and _after_link(text, start, m.start(), lang):
                    last = m.end()
    return last


def _after_link(text: str, start: int, pos: int, lang: Language) -> bool:
    """True when a comma or a conjunction (and spaces) stands right before ``pos``."""
    for p in range(max(start, pos - 14), pos):
        gap = text[p:pos]
        if (p == 0 or not text[p - 1].isalnum()) and gap.strip() and lang.list_gap.match(gap):
            return True
    return False
