"""Dates in text, resolved against the article's publication date.

"on Thursday", "natt til torsdag", "lørdag aften", "February 1", "1 лютого", "over the past 24
hours", "last week": every expression is found with the language file's month, weekday and
relative-phrase lists (one compiled pattern per language, so a whole article is scanned in one
pass) and resolved to a calendar day with a precision (day, week, month). Nothing is resolved
without an anchor: with no publication date, a weekday stays unresolved — today's date is never
invented.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import regex

from .languages import Language
from .vocab import DatePrecision

_ISO = r"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>0?[1-9]|1[0-2])-(?P<id>0?[1-9]|[12]\d|3[01]))"
_NUMERIC = r"(?P<num>(?P<nd>0?[1-9]|[12]\d|3[01])\.(?P<nm>0?[1-9]|1[0-2])\.(?P<ny>(?:19|20)\d\d))"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text, resolved where possible."""

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: DatePrecision | None
    kind: str
    """``explicit``, ``weekday``, ``relative``, ``week``, ``month`` or ``undated``."""


def _names(words: dict[str, int]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=64)
def _pattern(lang: Language) -> regex.Pattern[str]:
    """One pattern for every date expression of ``lang`` (named groups tell them apart)."""
    months, weekdays = _names(lang.months), _names(lang.weekdays)
    # "3 of February", "15 de febrero", "1 di marzo": words between a day and its month
    joiners = "|".join(regex.escape(w) for w in lang.raw.get("dates", {}).get(
        "day_month_joiners", ["of"])) or "of"
    relative = "|".join(regex.escape(p) for p in sorted(lang.relative, key=len, reverse=True))
    parts = [_ISO, _NUMERIC]
    if months:
        parts += [
            rf"(?P<dm>(?P<dmd>0?[1-9]|[12]\d|3[01])(?:\.|er|st|nd|rd|th|°|º)?\s+"
            rf"(?:(?:{joiners})\s+)?(?P<dmm>{months})\.?"
            rf"(?:,?\s+(?P<dmy>(?:19|20)\d\d))?)",
            rf"(?P<md>(?P<mdm>{months})\.?\s+(?P<mdd>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
            rf"(?!\d)(?:,?\s+(?P<mdy>(?:19|20)\d\d))?)",
            rf"(?P<mo>(?P<mom>{months})(?:\s+(?P<moy>(?:19|20)\d\d))?)",
        ]
    if weekdays:
        night = lang.night_before.pattern if lang.night_before else None
        prefix = rf"(?P<night>(?:{_strip_bounds(night)})\s+)?" if night else ""
        parts.append(rf"(?P<wd>{prefix}(?P<wdn>{weekdays})\w*)")
    if relative:
        parts.append(rf"(?P<rel>{relative})")
    if lang.week_phrases is not None:
        parts.append(rf"(?P<week>{_strip_bounds(lang.week_phrases.pattern)})")
    body = "|".join(parts)
    return regex.compile(rf"(?<!\w)(?:{body})(?!\w)", regex.IGNORECASE | regex.VERSION1)


def _strip_bounds(pattern: str) -> str:
    """The inner alternation of a pattern compiled by the language loader."""
    head, tail = r"(?<!\w)(?:", r")(?!\w)"
    if pattern.startswith(head) and pattern.endswith(tail):
        return pattern[len(head):-len(tail)]
    return pattern


def _year_for(month: int, day: int, anchor: dt.date | None) -> int | None:
    """The year of a day-and-month without a year: the latest not after the anchor (+1 week)."""
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= anchor + dt.timedelta(days=7):
            return year
    return anchor.year - 1


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def last_weekday(anchor: dt.date, weekday: int) -> dt.date:
    """The most recent ``weekday`` (0 = Monday) on or before ``anchor``."""
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def find_dates(text: str, lang: Language, published: dt.date | None,
               start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, resolved against ``published``."""
    return list(_find_dates(text, lang, published, start, end))


@lru_cache(maxsize=512)  # every claim of a sentence asks for the same sentence's dates
def _find_dates(text: str, lang: Language, published: dt.date | None, start: int,
                end: int | None) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    for m in _pattern(lang).finditer(text, start, len(text) if end is None else end):
        if m.group("wd") and _not_a_weekday(m):
            continue
        found.append(_resolve(m, lang, published))
    return tuple(found)


def _not_a_weekday(m: regex.Match[str]) -> bool:
    """A word that only begins like a weekday: "четверо" (four people), "середині" (middle).

    Compounds ("onsdagsrapport", "Mittwochabend") keep the weekday; a short Cyrillic ending that
    the language file does not list is another word.
    """
    tail = m.group("wd")[m.end("wdn") - m.start("wd"):]
    return bool(tail) and len(tail) <= 3 and any("\u0400" <= ch <= "\u04ff" for ch in tail)


def _resolve(m: regex.Match[str], lang: Language, published: dt.date | None) -> DateMention:
    g = m.groupdict()
    day: dt.date | None = None
    precision: DatePrecision | None = DatePrecision.DAY
    kind = "explicit"
    if g["iso"]:
        day = _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
    elif g["num"]:
        day = _safe_date(int(g["ny"]), int(g["nm"]), int(g["nd"]))
    elif g.get("dm"):
        month, dom = lang.months[g["dmm"].casefold()], int(g["dmd"])
        year = int(g["dmy"]) if g["dmy"] else _year_for(month, dom, published)
        day = _safe_date(year, month, dom)
    elif g.get("md"):
        month, dom = lang.months[g["mdm"].casefold()], int(g["mdd"])
        year = int(g["mdy"]) if g["mdy"] else _year_for(month, dom, published)
        day = _safe_date(year, month, dom)
    elif g.get("mo"):
        kind, precision = "month", DatePrecision.MONTH
        month = lang.months[g["mom"].casefold()]
        year = int(g["moy"]) if g["moy"] else _year_for(month, 1, published)
        day = _safe_date(year, month, 1)
    elif g.get("wd"):
        kind = "weekday"
        weekday = lang.weekdays[g["wdn"].casefold()]
        day = last_weekday(published, weekday) if published else None
    elif g.get("rel"):
        kind = "relative"
        offset = lang.relative[g["rel"].casefold()]
        day = published + dt.timedelta(days=offset) if published else None
    elif g.get("week"):
        kind, precision = "week", DatePrecision.WEEK
        if published:
            this_monday = published - dt.timedelta(days=published.weekday())
            is_this = bool(lang.this_week and lang.this_week.fullmatch(g["week"]))
            day = this_monday if is_this else this_monday - dt.timedelta(days=7)
    if day is None:
        precision = None
    return DateMention(m.start(), m.end(), m.group(), day, precision, kind)


_WEEKDAY_THEN_DAY = regex.compile(r"\A[\s,]*(?:den\s+|the\s+|le\s+|el\s+|am\s+)?\Z", regex.I)


def infer_publication(text: str, lang: Language, today: dt.date | None = None) -> dt.date | None:
    """A publication date established from the text, for an article that gives none.

    The latest calendar date the text states in full (with its year), or a day and month whose
    year follows from the weekday named with it ("onsdag den 9. november" → 2022): news reports
    the latest day they mention. None when the text states no such date.
    """
    today = today or dt.date.today()
    found: list[dt.date] = []
    mentions = find_dates(text, lang, None)
    for k, m in enumerate(mentions):
        if m.kind == "explicit" and m.date is not None:
            found.append(m.date)
        elif m.kind == "explicit" and k and mentions[k - 1].kind == "weekday":
            prev = mentions[k - 1]
            if not _WEEKDAY_THEN_DAY.match(text[prev.end:m.start]):
                continue
            weekday = lang.weekdays.get(prev.text.split()[-1].casefold())
            day = _day_month(m, lang)
            if weekday is None or day is None:
                continue
            for year in range(today.year, 2013, -1):
                candidate = _safe_date(year, day[0], day[1])
                if candidate and candidate <= today and candidate.weekday() == weekday:
                    found.append(candidate)
                    break
    # A date after the publication cannot be it ("a ceasefire until 31 December 2030").
    found = [d for d in found if dt.date(1990, 1, 1) <= d <= today + dt.timedelta(days=2)]
    return max(found) if found else None


def _day_month(m: DateMention, lang: Language) -> tuple[int, int] | None:
    """(month, day) of an explicit date mention without a year."""
    match = _pattern(lang).fullmatch(m.text)
    if not match:
        return None
    g = match.groupdict()
    if g.get("dm"):
        return lang.months[g["dmm"].casefold()], int(g["dmd"])
    if g.get("md"):
        return lang.months[g["mdm"].casefold()], int(g["mdd"])
    return None


def is_undated(sentence: str, lang: Language) -> bool:
    """True when the sentence frames its event as background ("in recent weeks", "last year")."""
    return bool(lang.undated and lang.undated.search(sentence))


def undated_in(text: str, lang: Language, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the background phrases ("in recent weeks", "constant shelling") in ``pieces``
    of ``text``: each piece is searched alone, so no phrase spans two clauses."""
    if lang.undated is None:
        return []
    return [m.span() for lo, hi in pieces for m in lang.undated.finditer(text, lo, hi)]


#: A clause mark that closes a relative clause (the next comma, a dash, a bracket).
_ASIDE_END = regex.compile(r"[,;:()]|\s[–—-]\s")


def asides(text: str, lang: Language, s_start: int, s_end: int) -> list[tuple[int, int]]:
    """The relative clauses of a sentence, from the comma before their pronoun to the next
    clause mark ("Popasna, which it took weeks ago, …", "Popasnej, którą zajęła przed kilkoma
    tygodniami."): what they say about a time ("weeks ago", "since March") belongs to their own
    event, not to the sentence's main one."""
    pronouns = lang.relative_pronouns
    if pronouns is None:
        return []
    out: list[tuple[int, int]] = []
    for comma in regex.finditer(r",\s*", text[s_start:s_end]):
        opens = s_start + comma.end()
        if pronouns.match(text, opens, s_end):
            close = _ASIDE_END.search(text, opens, s_end)
            hi = close.start() if close else s_end
            if out and out[-1][1] == s_start + comma.start():
                out[-1] = (out[-1][0], hi)  # "Kupjansk, ein Dorf, das …": one aside
            else:
                out.append((s_start + comma.start(), hi))
        elif (end := _apposition_end(text, lang, s_start + comma.start(), opens, s_end)):
            out.append((s_start + comma.start(), end))
    return out


#: A name just before a comma: what an apposition after the comma is about.
_NAME_BEFORE = regex.compile(r"\p{Lu}[\p{L}’'-]*\Z")
#: The longest apposition read as one ("the largest settlement Ukraine seized in the Kursk
#: region last August"): a longer stretch between commas is more likely a clause of its own.
_APPOSITION_MAX = 120


def _fronted(text: str, lang: Language, comma: int) -> bool:
    """True when the sentence up to ``comma`` opens with a preposition or a source ("En la
    región de Sumi, la artillería …", "Secondo Maliar, le truppe …"): the comma ends a fronted
    phrase and the main clause follows, which is no apposition."""
    start = max(text.rfind(".", 0, comma), text.rfind("\n", 0, comma)) + 1
    lead = text[start:comma].lstrip()
    if (joined := lang.list_next.match(lead)) is not None and not lead.startswith(","):
        lead = lead[joined.end():].lstrip()
    source = lang.cues.get("source_preps")
    # (after a conjunction at most: "Ma secondo il gruppo DeepState, le truppe …")
    if source is not None and any(source.match(lead, m.start()) for m in regex.finditer(
            r"\A|(?<=\A[\p{L}]+\s+)", lead[:30])):
        return True
    words = lead.split()
    return any(lang.locative_gap.match(" ".join(words[:k]) + " ") for k in (1, 2, 3, 4))


def _apposition_end(text: str, lang: Language, comma: int, opens: int, s_end: int) -> int | None:
    """Where an apposition opened at ``comma`` ends, or None when there is none: a noun phrase
    after a name, begun by a determiner and closed by a comma ("Sudzha, the largest settlement
    Ukraine seized last August, was retaken"). It describes the name like a relative clause, so
    its event and its date are its own. One that runs to the sentence's end, is followed by a
    conjunction (an item of a list: "Pokrovsk, the town of Myrnohrad, and Selydove") or holds
    a reporting verb ("Pokrovsk, the ministry said, …") is no aside."""
    openers = lang.apposition_openers
    if openers is None or not openers.match(text, opens, s_end):
        return None
    if not _NAME_BEFORE.search(text, max(0, comma - 40), comma) or _fronted(text, lang, comma):
        return None
    close = _ASIDE_END.search(text, opens, min(s_end, opens + _APPOSITION_MAX))
    if close is None or close.group() != ",":
        return None
    if lang.list_next.match(text[close.end():s_end]):
        return None
    if lang.speech is not None and lang.speech.search(text, opens, close.start()):
        return None
    return close.start()


def clause_pieces(text: str, lang: Language, s_start: int, s_end: int, position: int,
                  trigger_end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]], bool]:
    """Where the background and duration words of an event at ``position`` count: (its own
    clause, the rest of the sentence, whether its own clause is a relative one).

    A trigger in a relative clause reads its clause first ("X, which Russia took weeks ago");
    one in the main clause reads the sentence without its relative clauses ("advances on
    Bakhmut from Popasna, which it took weeks ago": the advance is news). A relative clause
    right after the trigger tells about the event itself ("de hårde kampe, som har stået på
    siden marts"): it is the trigger's own."""
    found = [(lo, hi) for lo, hi in asides(text, lang, s_start, s_end)
             if not 0 <= lo - trigger_end <= 2]
    own = next(((lo, hi) for lo, hi in found if lo <= position < hi), None)
    outside = _without(s_start, s_end, found)
    if own is not None:
        return [own], outside, True
    return outside, found, False


def _without(start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[start, end)`` minus the ``holes`` (sorted, disjoint)."""
    pieces, at = [], start
    for lo, hi in holes:
        if lo > at:
            pieces.append((at, lo))
        at = max(at, hi)
    if at < end:
        pieces.append((at, end))
    return pieces
