"""Per-language knowledge, one TOML file per language.

Everything frontmap knows about a language — how place names inflect, which words mark a region
or a front sector, claim trigger phrases, side and claimant words, month and weekday names,
relative time phrases — lives in ``<code>.toml`` beside this module. Adding a language is adding
a file (and its tests); no code changes. A file may ``extends = "no"`` another and override or
append to it (nynorsk extends bokmål). This is the only module that reads those files.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import regex

from ..errors import LanguageDataError
from ..normalize import fold
from ..prefilter import Prefilter
from ..vocab import ClaimType, Side

log = logging.getLogger(__name__)

@dataclass(frozen=True, eq=False)
class Language:
    """Compiled knowledge of one language (built from its TOML file)."""

    code: str
    name: str
    raw: dict = field(repr=False)
    # places
    suffixes: tuple[tuple[str, str], ...]
    compound_suffixes: tuple[str, ...]
    region_after: regex.Pattern[str] | None
    region_before: regex.Pattern[str] | None
    settlement_before: regex.Pattern[str] | None
    settlement_after: regex.Pattern[str] | None
    direction_after: regex.Pattern[str] | None
    direction_before: regex.Pattern[str] | None
    """Sector words before a (lower-case) adjective ("na kierunku bachmuckim")."""
    name_after: regex.Pattern[str] | None
    office_after: regex.Pattern[str] | None
    reference_before: regex.Pattern[str] | None
    office_before: regex.Pattern[str] | None
    metonym_after: regex.Pattern[str] | None
    """Words after a capital that make it stand for its government ("Kyiv's claims")."""
    person_before: regex.Pattern[str] | None
    """Titles before a name ("President", "Vice President Kamala"): what follows is a person."""
    surname: regex.Pattern[str] | None
    """A Ukrainian or Russian surname ending ("Shevchenko")."""
    person_names: regex.Pattern[str] | None
    """Names of people and organisations that make claims (never places, even when a village
    shares the name)."""
    city_nouns: regex.Pattern[str] | None
    """Words for a city or town; one later in the sentence makes a bare oblast-capital name the
    city ("Kharkiv … i byen")."""
    metonym_before: regex.Pattern[str] | None
    strike_before: tuple[regex.Pattern[str], ...]
    """A strike trigger right before a name, a short preposition between at most ("struck
    Kharkiv", "attacco su Kharkiv"): the target of a strike is the city, not its oblast. (Parts
    to try in turn, as :attr:`trigger_parts`.)"""
    facility_after: regex.Pattern[str] | None
    """A facility named after the town ("Kuibyshev refinery"): the mention is not the town."""
    water_before: regex.Pattern[str] | None
    water_after: regex.Pattern[str] | None
    water_noun_before: regex.Pattern[str] | None
    """A word that names a river outright ("la rivière", "řeka") before a name, one capitalised
    word between at most ("el río Siverskyi Donets"): unlike an article, never a town's."""
    water_noun_after: regex.Pattern[str] | None
    """The same word right after a name ("the Oskil river")."""
    byline: regex.Pattern[str] | None
    """A line that names the authors ("By JOHN LEICESTER and …")."""
    ignore: frozenset[str]
    given_names: frozenset[str]
    """Common given names, folded, and their stems ("alexei", "alex", "олекс"; see
    :func:`is_given_name`)."""
    adjective_suffixes: tuple[tuple[str, str], ...]
    ukrainian_letters: tuple[tuple[str, str], ...]
    """Russian letters and letter groups and the Ukrainian ones they may stand for in a
    village's name ("ы" → "и", "е" → "і"): Russian text writes Ukrainian villages its own way."""
    ukrainian_endings: tuple[tuple[str, str], ...]
    """Russian name endings and their Ukrainian counterparts ("овка" → "івка", "цы" → "ці")."""
    numbers: dict[str, int]
    relative_pronouns: regex.Pattern[str] | None
    apposition_openers: regex.Pattern[str] | None
    """Determiners opening an apposition after a name ("Sudzha, the largest settlement …,"):
    closed by a comma, it is an aside like a relative clause (:func:`frontmap.dates.asides`)."""
    anaphora: regex.Pattern[str] | None
    """Definite references to a place named before ("the city", "byen")."""
    local_office_before: regex.Pattern[str] | None
    """A town's own civil office before its name ("the mayor of", "administración militar de"):
    that town may be what "the city" points back to (a military unit's name may not)."""
    local_office_after: regex.Pattern[str] | None
    """The same after the name ("Покровської МВА", "Kramatorsk mayor")."""
    unnamed_settlements: regex.Pattern[str] | None
    """Unnamed places ("two villages") that a following sentence may name."""
    # dates
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    night_before: regex.Pattern[str] | None
    week_phrases: regex.Pattern[str] | None
    this_week: regex.Pattern[str] | None
    since: regex.Pattern[str] | None
    """Words before a date that make it a start, not the event's day ("since October")."""
    undated: regex.Pattern[str] | None
    # sides, claimants and claims
    sides: dict[Side, regex.Pattern[str]]
    enemy: regex.Pattern[str] | None
    own: regex.Pattern[str] | None
    """"its forces", "our defenders": the claimant's own side."""
    targets: dict[Side, regex.Pattern[str]]
    """A side's positions named as what an attack hits ("on Ukrainian positions"): the
    victim, whose opponent attacked."""
    speech: regex.Pattern[str] | None
    sources: tuple[tuple[regex.Pattern[str], str, Side | None], ...]
    generic_sources: tuple[tuple[regex.Pattern[str], str], ...]
    """Unnamed subjects of reporting verbs ("officials", "the ministry") and the word of an
    earlier source's label they may refer back to ("Ministry"; "" for none)."""
    source_filter: Prefilter
    """Which :attr:`sources` may occur in a text (most claimants are not named in an article:
    their patterns need no scan)."""
    triggers: dict[ClaimType, regex.Pattern[str]]
    """One pattern per claim type; the matched text is the provenance."""
    trigger_parts: dict[ClaimType, tuple[regex.Pattern[str], ...]]
    """The same phrases for scanning: one alternation of the phrases that begin with text, and
    each phrase that begins with a lookaround on its own (see :func:`_trigger_parts`)."""
    cues: dict[str, regex.Pattern[str]]
    """negation, intention, hypothetical, denial, unverified, liberation, passive, plural…"""
    failed_attempt: regex.Pattern[str] | None
    """Words of failure ending the text before a capture, advance or attack trigger ("failed
    to", "n'ont pas réussi à"): the attempt was made, so it is an attack, not a negation. One
    lower-case word may stand between them ("failed to fully capture")."""
    list_gap: regex.Pattern[str]
    """Text between two items of one list (", ", " and ", " – ")."""
    container_gap: regex.Pattern[str]
    """Text between a place and the next place of the same object ("in", "including")."""
    locative_gap: regex.Pattern[str]
    """Text between a place and the one containing it ("Robotyne i Zaporizjzja")."""
    region_gap: regex.Pattern[str]
    """Text between a settlement and the region containing it: ``locative_gap`` or one of the
    words only a region takes there ("Снігурівку на Миколаївщині")."""
    in_named_place: regex.Pattern[str]
    """After a name: a locative word and a capitalised name ("Лиман у Донецькій області"):
    the name is a place in a named region, not a common word that opens a sentence."""
    origin_before: regex.Pattern[str] | None
    """Words before a place where a movement starts ("advanced from Popasna towards …")."""
    clause_break: regex.Pattern[str]
    """A clause boundary between a trigger and a place ("; ", " but ")."""
    list_next: regex.Pattern[str]
    """Text after a name that continues a list."""
    plural_region: regex.Pattern[str] | None
    """Plural region words ending a list of names ("… and Luhansk regions")."""
    plural_region_before: regex.Pattern[str] | None
    """The same words opening a list ("regionene Donetsk og Luhansk")."""


def _alternation(
    phrases: list[str], *, words: bool = True, anchor: str | None = None, suffix: str = "",
    longest: bool = False, backwards: bool = True,
) -> regex.Pattern[str] | None:
    """One case-insensitive pattern matching any of ``phrases`` (regex fragments).

    ``anchor="end"`` makes it match only at the end of the searched text (for words *before* a
    name, searched in the text preceding it); ``anchor="start"`` only at its start (words after).
    An end-anchored pattern is searched from the end (``regex.REVERSE``): forwards, the engine
    tries the whole alternation at each of the 60 positions before a name, only to find the
    one match that can end there; backwards it starts where that match must end (4× faster
    per name). Such patterns answer only whether the words are there, which either direction
    tells alike (tested). ``backwards=False`` keeps the forward search for lists where it
    measured faster (long phrases of optional words: "failed_attempt" in German 7 µs forwards,
    4 ms backwards).
    """
    phrases = [p for p in phrases if p]
    if not phrases:
        return None
    # Longest first, so "missile attack" wins over "attack" at the same position.
    body = "|".join(f"(?:{p})" for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    if words:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    body += suffix
    if anchor == "end":
        body = rf"{body}[\s,:«»\"'“”„(]*\Z"
    elif anchor == "end_loose":  # a few words may follow: "road to the larger city of"
        body = rf"{body}(?:[\s,]+[\w’'-]+){{0,5}}[\s,:«»\"'“”„(]*\Z"
    elif anchor == "start":
        body = rf"\A[\s\-–’'»”\")]*(?:s\s+|’s\s+|'s\s+)?{body}"
    flags = regex.IGNORECASE | regex.VERSION1 | (regex.POSIX if longest else 0) | (
        regex.REVERSE if anchor == "end" and backwards else 0)
    try:
        return regex.compile(body, flags)
    except regex.error as exc:
        raise LanguageDataError(f"bad pattern in {phrases!r}: {exc}") from exc


#: Up to two capitalised words, then the end of the text searched ("President Kamala ").
_NAME_WORDS_TO_END = r"(?:\s+(?-i:\p{Lu})(?:\.(?:(?-i:\p{Lu})\.)*|[\w’'-]*)){0,2}\s+\Z"


#: Letters a given name's stem ends before: its nominative ending and its case endings differ
#: there (Олексій, Олексія; Alexei, Alexeia).
_NAME_ENDING = "aeiouyаеєиіїоуюяйьы"


def given_name_stem(folded: str) -> str:
    """A folded given name without its final vowels ("alexei" → "alex", "олексія" → "олекс")."""
    return folded.rstrip(_NAME_ENDING) or folded


#: A stem shorter than this is too short to tell a name's case forms from other words ("mar"
#: of Maria, in "il Mar d'Azov"): such a name counts only as written.
MIN_NAME_STEM = 4


def _given_name_keys(names: list[str]) -> frozenset[str]:
    """The names as written (folded) and their stems long enough to match case forms by."""
    folded = [fold(n) for n in names]
    return frozenset(folded) | {s for n in folded
                                if len(s := given_name_stem(n)) >= MIN_NAME_STEM}


def is_given_name(folded: str, lang: Language) -> bool:
    """True when a folded word is a common given name in some case ("олексієм" as "олексій"):
    the name as written, or its stem with up to two more final letters (a case ending) off is
    the stem of one of ``given_names``."""
    if folded in lang.given_names:
        return True
    for cut in range(3):
        stem = given_name_stem(folded[:len(folded) - cut] if cut else folded)
        if len(stem) >= MIN_NAME_STEM and stem in lang.given_names:
            return True
    return False


def _words(items: list[str]) -> str:
    """An alternation of literal-ish words (regex fragments), longest first; never empty."""
    return "|".join(sorted(set(items), key=lambda w: (-len(w), w))) or "(?!)"


def _trigger_parts(phrases: list[str]) -> tuple[regex.Pattern[str], ...]:
    """A phrase that begins with a lookaround ("(?<!Stellungen …)eingenommen") makes the engine
    test that condition at every position of an alternation it belongs to: one such phrase
    slows a German article's scan from under a millisecond to over 100 ms. Alone, the engine
    looks for its text first. So those phrases are scanned one by one, the rest together."""
    return _split_by_lookaround(phrases, longest=True)


def _split_by_lookaround(phrases: list[str], **options: Any) -> tuple[regex.Pattern[str], ...]:
    """One alternation of the phrases that begin with text, then each phrase that begins with a
    lookaround on its own (see :func:`_trigger_parts`); ``options`` go to :func:`_alternation`."""
    looking = [p for p in phrases if p.startswith(("(?<", "(?=", "(?!"))]
    plain = [p for p in phrases if p and p not in looking]
    parts = [_alternation(plain, **options)] + [_alternation([_guarded(p)], **options)
                                                for p in looking]
    return tuple(p for p in parts if p is not None)


def _guarded(phrase: str) -> str:
    """``phrase`` with a lookahead for its text put before its leading lookbehinds.

    Alone, a phrase that begins with a lookbehind still has the engine test that lookbehind at
    every position: "(?<=(?:Osten|Westen|…) (?:der Stadt|…)(?: [\\w-]+){0,3} )erobert" cost 21 ms
    per German article. "(?=erobert)" first rejects almost every position at once (0.5 ms).
    Zero-width assertions at one position do not depend on their order, so the matches are the
    same. Phrases whose text has an alternation of its own, that open with a lookahead, or whose
    sets this simple reading cannot delimit ("[]…]", nested sets) are left as they are."""
    if not phrase.startswith(("(?<=", "(?<!")) or any(
            s in phrase for s in ("[[", "[]", "[^]", "\\[", "\\]")):
        return phrase
    head = _leading_lookarounds(phrase)
    body = phrase[head:]
    if not head or not body or _has_top_level_bar(body):
        return phrase
    return f"(?={body}){phrase}"


def _leading_lookarounds(pattern: str) -> int:
    """Length of the lookarounds ``pattern`` opens with (0 where it cannot tell)."""
    end = 0
    while pattern.startswith(("(?<=", "(?<!", "(?=", "(?!"), end):
        close = _group_end(pattern, end)
        if close < 0:
            return 0
        end = close + 1
    return end


def _group_end(pattern: str, start: int) -> int:
    """Index of the parenthesis closing the group opened at ``start`` (-1 if unbalanced)."""
    return next((index for index, char, depth in _structure(pattern, start)
                 if char == ")" and depth == 0), -1)


def _has_top_level_bar(pattern: str) -> bool:
    """True when ``pattern`` is an alternation at its top level ("a|b", not "(?:a|b)c")."""
    return any(char == "|" and depth == 0 for _, char, depth in _structure(pattern, 0))


def _structure(pattern: str, start: int) -> Iterator[tuple[int, str, int]]:
    """The parentheses and bars of ``pattern`` from ``start`` that are neither escaped nor
    inside a set, each with the nesting depth after it: what the two readers above need."""
    depth, index, in_class = 0, start, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield index, char, depth
        index += 1


def _compile(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.IGNORECASE | regex.VERSION1)


def _byline(words: list[str]) -> regex.Pattern[str] | None:
    """A short line that starts with the byline word and a capitalised name."""
    if not words:
        return None
    alternation = "|".join(words)
    return regex.compile(rf"(?m)(?<![^\n \t])(?:{alternation})[ \t]+(?=\p{{Lu}})[^\n]{{0,160}}$")


def _merge(base: dict, override: dict) -> dict:
    """``override`` on top of ``base``: tables merge, lists append, scalars replace."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        elif isinstance(value, list) and isinstance(merged.get(key), list):
            base_list = merged[key]
            if (len(base_list) == len(value) and value and all(isinstance(v, list)
                                                               for v in value + base_list)):
                # positional groups (months, weekdays): the forms of each merge
                merged[key] = [b + [v for v in group if v not in b]
                               for b, group in zip(base_list, value, strict=True)]
            else:
                merged[key] = base_list + [v for v in value if v not in base_list]
        else:
            merged[key] = value
    return merged


def _read(code: str, seen: tuple[str, ...] = ()) -> dict:
    if code in seen:
        raise LanguageDataError(f"language files extend each other in a cycle: {(*seen, code)}")
    try:
        text = resources.files(__package__).joinpath(f"{code}.toml").read_text("utf-8")
    except FileNotFoundError as exc:
        raise LanguageDataError(f"no language file for {code!r}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LanguageDataError(f"{code}.toml: {exc}") from exc
    parent = data.get("extends") or ("base" if code != "base" else None)
    if parent:
        data = _merge(_read(parent, (*seen, code)), data)
        data["code"] = code
    return data


def _index(groups: list[list[str]], start: int) -> dict[str, int]:
    return {word.casefold(): i + start for i, words in enumerate(groups) for word in words}


@cache
def get_language(code: str) -> Language:
    """The compiled knowledge of language ``code`` (cached; raises LanguageDataError)."""
    data = _read(code)
    places, dates = data.get("places", {}), data.get("dates", {})
    sides, claimants, claims = data.get("sides", {}), data.get("claimants", {}), data.get(
        "claims", {})
    try:
        triggers = {
            t: pat for t in ClaimType
            # Leftmost-longest (POSIX) matching: the longest phrase wins wherever it starts.
            if (pat := _alternation(claims.get(t.value, []), longest=True)) is not None
        }
        trigger_parts = {t: _trigger_parts(claims.get(t.value, [])) for t in triggers}
        sources = tuple(
            (_alternation([s["pattern"]]), s["label"], Side(s["side"]) if s.get("side") else None)
            for s in claimants.get("sources", [])
        )
        generic_sources = tuple(
            (_alternation([g["pattern"]]), g.get("refers_to", ""))
            for g in claimants.get("generic_sources", [])
        )
        side_patterns = {Side(k): _alternation(v) for k, v in sides.items() if k in ("UA", "RU")}
        target_patterns = {Side(k): pat for k, v in sides.get("targets", {}).items()
                           if (pat := _alternation(v)) is not None}
    except (KeyError, ValueError) as exc:
        raise LanguageDataError(f"{code}.toml: {exc}") from exc
    cue_names = ("negation", "intention", "hypothetical", "denial", "unverified", "liberation",
                 "passive_by", "background", "civilian", "from_side", "object_preps", "captives",
                 "political_objects", "event_anaphora", "modifiers", "object_triggers",
                 "instruments", "agent_of", "noun_markers", "not_after", "victim_triggers",
                 "inserted_source", "orders", "denial_back", "denial_object", "other_events",
                 "unconfirmed", "source_preps", "complementizers", "later_stage",
                 "subject_pronouns")
    months = _index(dates.get("months", []), 1)
    weekdays = _index(dates.get("weekdays", []), 0)
    ignore = {w.casefold() for w in places.get("ignore", [])} | set(months) | set(weekdays)
    grammar = data.get("grammar", {})
    conj = _words(grammar.get("conjunctions", []))
    conts = _words(grammar.get("continuations", []) + grammar.get("locative_preps", []))
    locs = _words(grammar.get("locative_preps", []))
    further = _words(grammar.get("continuations", []))
    regs = _words(grammar.get("locative_preps", []) + grammar.get("region_preps", []))
    return Language(
        code=code,
        name=data.get("name", code),
        raw=data,
        suffixes=tuple((a, b) for a, b in places.get("suffixes", [])),
        compound_suffixes=tuple(sorted(places.get("compound_suffixes", []), key=len,
                                       reverse=True)),
        region_after=_alternation(places.get("region_after", []), anchor="start"),
        region_before=_alternation(places.get("region_before", []), anchor="end"),
        settlement_before=_alternation(places.get("settlement_before", []), anchor="end"),
        strike_before=_split_by_lookaround(claims.get(ClaimType.STRIKE.value, []),
                                           anchor="end", suffix=r"(?:\s+\w{1,3})?"),
        settlement_after=_alternation(places.get("settlement_after", []), anchor="start"),
        direction_after=_alternation(places.get("direction_after", []), anchor="start"),
        direction_before=_alternation(places.get("direction_before", []), anchor="end"),
        name_after=_alternation(places.get("name_after", []), anchor="start"),
        office_after=_alternation(places.get("office_after", []), anchor="start"),
        reference_before=_alternation(places.get("reference_before", []), anchor="end_loose"),
        office_before=_alternation(places.get("office_before", []), anchor="end",
                                   backwards=False),
        metonym_after=_alternation(places.get("metonym_after", []), anchor="start"),
        metonym_before=_alternation(places.get("metonym_before", []), anchor="end"),
        city_nouns=_alternation(places.get("city_nouns", [])),
        facility_after=_alternation(places.get("facility_after", []), anchor="start"),
        water_before=_alternation(places.get("water_before", []), anchor="end"),
        water_after=_alternation(places.get("water_after", []), anchor="start"),
        water_noun_before=_alternation(places.get("water_nouns", []),
                                       suffix=r"(?:\s+(?-i:\p{Lu})[\w’'-]*)?\s+\Z"),
        water_noun_after=_alternation(places.get("water_nouns", []), anchor="start"),
        byline=_byline(places.get("byline", [])),
        person_before=_alternation(places.get("person_titles", []), suffix=_NAME_WORDS_TO_END),
        surname=_compile(rf"(?:{_words(grammar.get('surname_endings', []))})\Z"),
        person_names=_alternation([s["pattern"] for s in claimants.get("sources", [])
                                   if s.get("never_place")] + grammar.get("never_places", [])),
        ignore=frozenset(ignore),
        given_names=_given_name_keys(grammar.get("given_names", [])),
        adjective_suffixes=tuple((a, b) for a, b in places.get("adjective_suffixes", [])),
        ukrainian_letters=tuple((a, b) for a, b in places.get("ukrainian_letters", [])),
        ukrainian_endings=tuple((a, b) for a, b in places.get("ukrainian_endings", [])),
        numbers={k.casefold(): int(v) for k, v in places.get("numbers", {}).items()},
        relative_pronouns=_alternation(places.get("relative_pronouns", [])),
        apposition_openers=_alternation(places.get("apposition_openers", [])),
        anaphora=_alternation(places.get("anaphora", [])),
        local_office_before=_alternation(places.get("local_office_before", []), anchor="end"),
        local_office_after=_alternation(places.get("local_office_after", []), anchor="start"),
        unnamed_settlements=_alternation(places.get("unnamed_settlements", [])),
        months=months,
        weekdays=weekdays,
        relative={k.casefold(): int(v) for k, v in dates.get("relative", {}).items()},
        night_before=_alternation(dates.get("night_before", [])),
        week_phrases=_alternation(dates.get("week_phrases", []) + dates.get("this_week", [])),
        this_week=_alternation(dates.get("this_week", [])),
        since=_alternation(dates.get("since", []), anchor="end"),
        undated=_alternation(dates.get("undated", [])),
        sides=side_patterns,
        enemy=_alternation(sides.get("enemy", [])),
        own=_alternation(sides.get("own", [])),
        targets=target_patterns,
        speech=_alternation(claimants.get("speech", [])),
        sources=sources,
        generic_sources=generic_sources,
        source_filter=Prefilter([pattern for pattern, _, _ in sources]),
        triggers=triggers,
        trigger_parts=trigger_parts,
        cues={name: pat for name in cue_names
              if (pat := _alternation(claims.get(name, []))) is not None},
        failed_attempt=_alternation(claims.get("failed_attempt", []), anchor="end",
                                    suffix=r"(?:\s+(?-i:\p{Ll})[\w’'-]*)?", backwards=False),
        # an elided conjunction runs into the name: "de Boutcha, d'Irpin et d'Hostomel"
        list_gap=_compile(rf"\A\s*(?:[,:(–—-]\s*)?(?:(?:{conj})(?:\s+|(?<=['’])))?\Z"),
        container_gap=_compile(
            rf"\A[\s,–—-]*(?:[\w’'-]+[\s,]+){{0,3}}(?:{conts})\s+(?:[\w’'-]+\s+){{0,2}}\Z"
            rf"|\A[\s,–—-]*\Z"
            # after a comma, at any short distance: "…, la mayoría cerca de X"
            rf"|\A[^;:.!?()\n]{{0,60}},\s*(?:{further})\s+(?:[\w’'-]+\s+){{0,2}}\Z"),
        locative_gap=_compile(rf"\A[\s,]*(?:{locs})\s+(?:[\w’'-]+\s+){{0,2}}\Z"),
        region_gap=_compile(rf"\A[\s,]*(?:{regs})\s+(?:[\w’'-]+\s+){{0,2}}\Z"),
        in_named_place=_compile(rf"\A\s+(?:{locs})\s+(?-i:\p{{Lu}})"),
        origin_before=_alternation(grammar.get("origin_preps", []), anchor="end"),
        clause_break=_compile(
            rf";|\s(?:{_words(grammar.get('clause_breaks', []))})\s|[–—]\s"),
        list_next=_compile(rf"\A\s*(?:,|(?:{conj})\b)"),
        plural_region=_alternation(grammar.get("region_plural", []), anchor="start"),
        plural_region_before=_alternation(grammar.get("region_plural", []), anchor="end"),
    )


@cache
def fallback_language(code: str) -> Language:
    """Only the shared knowledge, for a language without a file; keeps ``code`` so that the
    common-word filter still uses that language's word frequencies."""
    from dataclasses import replace

    return replace(get_language("base"), code=code, name=f"{code} (no language file)")


def available_languages() -> tuple[str, ...]:
    """Codes of every language with a data file."""
    return tuple(sorted(
        p.name[:-5] for p in resources.files(__package__).iterdir()
        if p.name.endswith(".toml") and p.name not in {"romanization.toml", "base.toml"}
    ))
