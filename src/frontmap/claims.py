"""Claims: what happened where, done by whom, said by whom, and when.

For each sentence, trigger phrases of the five claim types (from the language file) are linked to
the places named near them: one claim per place, at the place where the event happened — a list
("Lyman, Bakhmut, Avdiivka and Novopavlivka") gives one claim each; a reference point ("80 km
north of Donetsk"), a person's office ("Luhansk governor"), an organisation's name, a country, or
the region that merely contains a named town ("Kramatorsk in Donetsk") gets none. Negated,
intended and hypothetical events are dropped, and a failed attempt is an attack
(:mod:`frontmap.triggers`). Actor, claimant, status, verification and event date are then read
from the sentence and its neighbours (:mod:`frontmap.attribution`, dates from
:mod:`frontmap.dates`). Claims repeating one event within an article merge.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import regex

from . import anaphora, attribution
from .clauses import (
    Relative,
    clause_of,
    is_antecedent,
    joined_penalty,
    reach_ends,
    relative_clauses,
)
from .containers import drop_containers, first_group
from .dates import DateMention, clause_pieces, find_dates, undated_in
from .languages import Language
from .merging import REPORT_DATED, merge_claims
from .models import Article, Claim, Mention, Place
from .segmentation import sentence_index, sentences
from .triggers import Trigger, blocked, failed_attempt, find_triggers
from .unplaced import unplaced_objects
from .vocab import ClaimType, DatePrecision, PlaceKind, Side

log = logging.getLogger(__name__)

#: How far (characters) a place may lie from its trigger, after and before it.
MAX_AFTER, MAX_BEFORE = 170, 110
#: A place before its trigger is its subject ("Avdiivka fell"), rarer than an object after it.
BEFORE_WEIGHT = 2.5
#: Where what follows a trigger leaves its clause (a failed attempt claims no place beyond): a
#: comma before a lower-case word ("…, а в районі", "…, where") unless that word joins a list.
_CLAUSE_END = regex.compile(r"[;:!?\n]|\.(?:\s|\Z)|,\s*(?-i:\p{Ll})[\w’'-]*\s")


def _eligible(place: Place) -> bool:
    """Places that can carry a claim (not countries, seas, names of things, offices)."""
    return (place.entry.kind in (PlaceKind.SETTLEMENT, PlaceKind.REGION, PlaceKind.OTHER)
            and not place.mention.role)


def _distance(text: str, trig: Trigger, place: Place, lang: Language) -> float | None:
    """Effective distance from trigger to place, or None when too far or across a clause."""
    if place.mention.start >= trig.end:
        gap, limit, weight = text[trig.end:place.mention.start], MAX_AFTER, 1.0
    elif place.mention.end <= trig.start:
        gap, limit, weight = text[place.mention.end:trig.start], MAX_BEFORE, BEFORE_WEIGHT
    else:
        return None
    if len(gap) > limit or reach_ends(lang, gap, weight == 1.0):
        return None  # "покидают Конотоп, но в Ахтырке …": another clause
    if trig.failed and (lang.clause_break.search(gap) or (weight == 1.0 and any(
            not lang.list_gap.match(m.group()) for m in _CLAUSE_END.finditer(gap)))):
        return None  # "не змогли зайти в Кліщіївку, а в районі Богданівки …": its clause only
    penalty = 60.0 if lang.clause_break.search(gap) else joined_penalty(lang, gap)
    return len(gap) * weight + penalty


@dataclass
class _Draft:
    """A claim being built."""

    trig: Trigger
    place: Place
    sentence: int
    distance: float
    rule: str


class ClaimExtractor:
    """Extracts the claims of one article (stateless; language knowledge comes per call)."""

    def extract(self, article: Article, lang: Language, places: list[Place],
                unplaced: Sequence[Mention] = ()) -> list[Claim]:
        """Claims of ``article``, merged per (type, place, actor, date), in text order;
        ``unplaced``: names that could not be placed, which may still be a trigger's object."""
        text = article.text
        spans = sentences(text, article.body_start)
        if not spans:
            return []
        triggers = find_triggers(text, lang)
        context = attribution.Context.build(article, lang, spans, places)
        context.trigger_starts = [t.start for t in triggers]
        context.triggers = triggers
        context.attribute_back()
        by_sentence: dict[int, list[Place]] = {}
        # A place inside a side or claimant phrase ("the ministry in Moscow") acts or speaks:
        # it is never where an event happened, nor what "the city" points back to.
        free = [p for p in places if not context.is_agent(p.mention.start, p.mention.end)]
        for place in free:
            by_sentence.setdefault(place.mention.sentence, []).append(place)
        # …but a town named in an official's title may be the topic: "the head of the
        # Vovchansk administration said the city is shelled" (anaphora checks which office)
        pointable = free + [p for p in places if p.mention.role == "office" and p not in free]
        sent_of = [sentence_index(spans, t.start) for t in triggers]
        drafts: list[_Draft] = []
        all_usable: list[tuple[int, Trigger]] = []
        for s_index, (s_start, _) in enumerate(spans):
            trigs = [failed_attempt(text, s_start, t, lang)
                     for t, si in zip(triggers, sent_of, strict=True)
                     if si == s_index and t.start >= s_start]
            if not trigs:
                continue
            usable = [t for t in trigs if not blocked(text, s_start, t, lang)]
            all_usable += [(s_index, t) for t in usable]
            candidates = [p for p in by_sentence.get(s_index, []) if _eligible(p)]
            if not candidates and any(t.type is ClaimType.STRIKE for t in usable):
                # "Belgorod governor X says … hit in a Ukrainian air attack": the official's area
                candidates = [p for p in by_sentence.get(s_index, [])
                              if p.mention.role == "office"]
                usable = [t for t in usable if t.type is ClaimType.STRIKE]
            # "la caduta della città …, ma permetterà di avanzare verso Ocheretyne": a trigger
            # whose object is "the city" is about that city, not a place named further on
            pointed = [_Draft(t, place, s_index, 50.0, f"anaphora '{word}'") for t in usable
                       for place, word in anaphora.pointed(text, lang, t, spans, s_index, pointable,
                                                           _eligible)]
            taken = {id(d.trig) for d in pointed}
            drafts.extend(pointed)
            relatives = relative_clauses(text, lang, s_start, spans[s_index][1], candidates)
            drafts.extend(self._link(text, lang, [t for t in usable if id(t) not in taken],
                                     candidates, s_index, relatives))
            linked = {id(d.trig) for d in drafts if d.sentence == s_index}
            for trig in usable:
                if id(trig) not in linked:
                    found = [_Draft(trig, place, s_index, 50.0, f"anaphora '{word}'")
                             for place, word in anaphora.resolve(text, lang, trig, spans,
                                                                 s_index, pointable, _eligible)]
                    drafts.extend(found or _listed_next(text, lang, trig, s_index, spans,
                                                        by_sentence, sent_of))
        asides = [(p.mention.start, p.mention.end) for p in free if p.mention.role == "reference"]
        drafts = first_group(text, lang, _unify_lists(text, lang, _from_to(text, lang, drafts)),
                             asides)
        drafts = anaphora.resolve_events(text, lang, drafts)
        drafts = _instruments(text, lang, drafts)
        drafts = _move_unnamed(text, lang, drafts, spans, by_sentence)
        # after _move_unnamed: the region an unplaced village falls back to is where it lies
        objects = [m for m in unplaced if not m.role and not context.is_agent(m.start, m.end)]
        drafts = unplaced_objects(text, lang, drafts, all_usable, objects, by_sentence)
        drafts = drop_containers(text, lang, drafts)
        claims = [self._claim(article, lang, d, spans, context) for d in drafts]
        return merge_claims(claims)

    def _link(self, text: str, lang: Language, trigs: list[Trigger], places: list[Place],
              s_index: int, relatives: list[Relative]) -> list[_Draft]:
        """Each place takes its nearest trigger, preferring one of its own clause, and also the
        trigger of a relative clause about it ("Izium, which they took last month") when that
        clause names no place of its own."""
        out = []
        modifiers = lang.cues.get("modifiers")
        if modifiers and len(trigs) > 1:
            # "A drone attack on …, Novokuibyshevsk, was repelled": the attack is the event.
            trigs = [t for t in trigs if not modifiers.fullmatch(t.text)] or trigs
        home_of = {id(t): clause_of(t.start, relatives) for t in trigs}
        extras: list[_Draft] = []
        for place in places:
            home = clause_of(place.mention.start, relatives)
            best: dict[Relative | None, tuple[float, Trigger]] = {}
            for trig in trigs:
                where = home_of[id(trig)]
                if where is not home and not _reaches(text, place, where, home,
                                                      home_of.values()):
                    continue
                dist = _distance(text, trig, place, lang)
                if dist is not None and (where not in best or dist < best[where][0]):
                    best[where] = (dist, trig)
            if not best:
                continue
            dist, trig = best.get(home) or min(best.values(), key=lambda b: b[0])
            out.append(_Draft(trig, place, s_index, dist, "nearest trigger"))
            extras += [_Draft(other, place, s_index, gap, "nearest trigger, relative clause")
                       for where, (gap, other) in best.items()
                       if where is not None and where is not home and other is not trig
                       and place.entry.kind is not PlaceKind.REGION
                       and is_antecedent(text, place, where)]
        # a relative clause's trigger with an object inside it is about that object only; a
        # region there only says where ("Sudzha, the largest settlement Ukraine seized in the
        # Kursk region, …": Sudzha was seized)
        inside = {id(d.trig) for d in out if d.place.entry.kind is not PlaceKind.REGION
                  and (d.place.mention.start >= d.trig.start
                       or home_of[id(d.trig)] is clause_of(d.place.mention.start, relatives))}
        return out + [d for d in extras if id(d.trig) not in inside]

    def _claim(self, article: Article, lang: Language, draft: _Draft,
               spans: list[tuple[int, int]], context: attribution.Context) -> Claim:
        text = article.text
        s_start, s_end = spans[draft.sentence]
        trig, place = draft.trig, draft.place
        claimant, claimant_side = context.claimant(draft.sentence, place)
        # A claimant named only in the next sentence says who reports, not whose side acts
        # ("Die Einnahme von X wies er zurück. …, sagte Syrskyj": not a Ukrainian capture).
        speaker_side = None if draft.sentence in context.attributed_back else claimant_side
        actor, actor_rule = context.actor(draft.sentence, trig, place, speaker_side)
        liberation = lang.cues.get("liberation")
        if actor is None and trig.type is ClaimType.CAPTURE and liberation and \
                liberation.match(trig.text):
            actor = claimant_side if claimant_side in (Side.UA, Side.RU) else Side.UA
            actor_rule = "liberation said by its claimant"
        event_date, precision, date_rule = self._date(text, lang, article, trig, s_start, s_end,
                                                      context.triggers)
        said_in = context.claimant_sentence.get(draft.sentence)
        if date_rule.startswith("reported") and said_in is not None and said_in != draft.sentence:
            # "A senior US official on Wednesday predicted …" / next line: "…," the official said.
            carried = [m for m in find_dates(text, lang, article.published, *spans[said_in])
                       if m.date is not None and m.kind in ("explicit", "weekday", "relative")
                       # "since 1 October" dates no statement
                       and not (lang.since and lang.since.search(
                           text, max(spans[said_in][0], m.start - 30), m.start))]
            if carried:
                event_date, precision = carried[0].date, carried[0].precision
                date_rule = f"date of the statement '{carried[0].text}'"
        if date_rule.startswith("reported") and claimant is not None:
            stated = _statement_date(text, lang, article, spans, context, draft.sentence, claimant)
            if stated is not None:
                event_date, precision = stated.date, stated.precision
                date_rule = f"date of the speaker's statement '{stated.text}'"
        status, verified = context.status(draft.sentence, trig, place, claimant_side)
        confidence = 0.45 + 0.25 * max(0.0, 1 - draft.distance / MAX_AFTER)
        confidence += 0.1 * (actor is not None) + 0.05 * (claimant is not None)
        confidence = round(min(1.0, confidence * (0.6 + 0.4 * place.confidence)), 3)
        evidence_start, evidence_end = _evidence_span(text, s_start, s_end, trig, place)
        how = f"failed attempt, {draft.rule}" if trig.failed else draft.rule
        rule = (f"trigger '{trig.text}' ({how}); actor: {actor_rule}; "
                f"date: {date_rule}")
        return Claim(
            id=claim_id(article.id, trig.type, place.entry.place_id, actor, event_date),
            article_id=article.id, type=trig.type, place=place,
            evidence=text[evidence_start:evidence_end], span=(evidence_start, evidence_end),
            actor=actor, claimant=claimant, claimant_side=claimant_side, event_date=event_date,
            date_precision=precision, status=status, verified=verified, confidence=confidence,
            rule=rule,
        )

    def _date(self, text: str, lang: Language, article: Article, trig: Trigger, s_start: int,
              s_end: int, triggers: list[Trigger]
              ) -> tuple[dt.date | None, DatePrecision | None, str]:
        """The event's day, read in the trigger's own clause: a duration ("since October") or a
        background phrase ("weeks ago") in a relative clause about another event does not
        undate the main one, nor does its time ("Sudzha, which Ukraine seized in August")."""
        own, other, in_aside = clause_pieces(text, lang, s_start, s_end, trig.start, trig.end)
        found = [m for m in find_dates(text, lang, article.published, s_start, s_end)
                 if m.date is not None]
        background = undated_in(text, lang, own)
        if in_aside and not background and not any(
                lo <= m.start < hi for m in found for lo, hi in own):
            own = other  # "…, which Russia took" states no time: the sentence's own holds
            background = undated_in(text, lang, own)
        # A plain day anywhere in the sentence may date the event ("…, where a hospital was hit
        # on Friday evening"); a day that starts a duration counts only in its own clause.
        if not in_aside:
            told = [(lo, hi) for lo, hi in other
                    if any(lo <= t.start < hi and t.start != trig.start for t in triggers)]
            found = [m for m in found if m.precision is DatePrecision.DAY
                     or not any(lo <= m.start < hi for lo, hi in told)]
        mentions = [m for m in found if any(lo <= m.start < hi for lo, hi in own)
                    or not _since(text, lang, m, s_start)]
        since = [m for m in mentions if _since(text, lang, m, s_start, trig.start)]
        if since and len(since) == len(mentions):
            # "have been trying to encircle Avdiivka since 10 October": a duration, no day
            return None, None, f"since '{since[0].text}' (a duration)"
        mentions = [m for m in mentions if m not in since]
        if in_aside and (inside := [m for m in mentions if any(lo <= m.start < hi
                                                               for lo, hi in own)]):
            # "Sudzha, the town Ukraine seized last August, was retaken on Wednesday": the
            # aside's own time dates its event, not a day of the main clause
            mentions = inside
        if mentions:
            # A day beats a week or a month ("on 10 October", not "in October 2023").
            best = min(mentions, key=lambda m: (m.precision is not DatePrecision.DAY,
                                                abs(m.start - trig.start)))
            if best.precision is not DatePrecision.DAY:
                # "in February", "last week": not a single day, so no event date (the shared
                # gold's rule); the claim merges with a dated mention of the same event
                return None, None, f"not a single day: {best.kind} '{best.text}'"
            return best.date, best.precision, f"{best.kind} '{best.text}'"
        if article.published is None:
            return None, None, "no publication date"
        if background:
            return None, None, "background (undated) event"
        later = lang.cues.get("later_stage")
        if trig.failed and later is not None and later.search(text, trig.end, s_end):
            # "не смогли взять Киев, и теперь отступают": a failed attempt beside what happens
            # now is the story's background, not today's news
            return None, None, "background: a failed attempt before a later stage"
        return article.published, DatePrecision.DAY, REPORT_DATED


#: Words between a duration's "since" and the month it starts at ("depuis son retrait en").
_SINCE_GAP = regex.compile(r"(?:[\w’'-]+\s+){1,4}\Z")


def _since(text: str, lang: Language, m: DateMention, s_start: int,
           own: int | None = None) -> bool:
    """True when ``m`` starts a duration: "since 10 October", "od úterý", or a month a few
    words after "since" ("bombarde la ville depuis son retrait en novembre 2022"); for the
    event named between them (trigger at ``own``: "since its capture in May") the month is
    its own."""
    if lang.since is None:
        return False
    if lang.since.search(text, max(s_start, m.start - 30), m.start):
        return True
    if m.kind != "month":
        return False
    gap = _SINCE_GAP.search(text, max(s_start, m.start - 40), m.start)
    if gap is None:
        return False
    if own is not None and gap.start() <= own < m.start:
        return False
    words = [w.start() for w in regex.finditer(r"(?<!\w)\w", text[gap.start():m.start])]
    return any(lang.since.search(text, max(s_start, gap.start() - 30), gap.start() + w)
               for w in words)


def _statement_date(text: str, lang: Language, article: Article,
                    spans: list[tuple[int, int]], context: attribution.Context, sentence: int,
                    claimant: str) -> DateMention | None:
    """The day a speaker spoke, stated just before their claim: "During a conversation with the
    media on Tuesday, he said … . Syrsky confirmed the withdrawal from X": the withdrawal is
    Tuesday's news, not the publication day's. Only a sentence of speech that states no event of
    its own, by the same (or an unnamed) speaker, within the three sentences before, and only a
    weekday or a relative day ("yesterday"), which dates a statement rather than a background."""
    for index in range(sentence - 1, max(-1, sentence - 4), -1):
        s_start, s_end = spans[index]
        if not any(h.sentence == index for h in context.speech):
            continue
        if any(s_start <= t < s_end for t in context.trigger_starts):
            continue
        speaker = context.claimants.get(index)
        if speaker is not None and speaker[0] != claimant:
            return None
        days = [m for m in find_dates(text, lang, article.published, s_start, s_end)
                if m.date is not None and m.kind in ("weekday", "relative")
                and m.precision is DatePrecision.DAY]
        if days:
            return days[0]
    return None


def _evidence_span(text: str, s_start: int, s_end: int, trig: Trigger,
                   place: Place) -> tuple[int, int]:
    """The sentence, or a 400-character window of it around the trigger and the place."""
    if s_end - s_start <= 400:
        return s_start, s_end
    lo = max(s_start, min(trig.start, place.mention.start) - 150)
    hi = min(s_end, max(trig.end, place.mention.end) + 150)
    return lo, hi


def _move_unnamed(text: str, lang: Language, drafts: list[_Draft],
                  spans: list[tuple[int, int]], by_sentence: dict[int, list[Place]]
                  ) -> list[_Draft]:
    """"took two villages in Luhansk. The two villages, Loskutivka and Rai Oleksandrivka, …":
    a claim on a region about unnamed settlements moves to the settlements the next sentence
    names in that region (when that sentence states no claim of its own)."""
    if lang.unnamed_settlements is None:
        return drafts
    claimed_sentences = {d.sentence for d in drafts}
    out: list[_Draft] = []
    for draft in drafts:
        place = draft.place
        gap = text[draft.trig.end:place.mention.start]
        if place.mention.start < draft.trig.start:
            # "V Charkovské oblasti obsadily pět vesnic": the object follows the verb
            gap = text[draft.trig.end:min(spans[draft.sentence][1], draft.trig.end + 40)]
        nxt = draft.sentence + 1
        if (place.entry.kind is PlaceKind.REGION and lang.unnamed_settlements.search(gap)
                and nxt < len(spans) and nxt not in claimed_sentences):
            named = [p for p in by_sentence.get(nxt, []) if p.entry.kind is PlaceKind.SETTLEMENT
                     and p.entry.admin1 == place.entry.admin1 and _eligible(p)]
            seen: set[str] = set()
            named = [p for p in named if not (p.entry.place_id in seen or
                                              seen.add(p.entry.place_id))]
            if named:
                out.extend(replace(draft, place=p, rule="unnamed places named next") for p in named)
                continue
        out.append(draft)
    return out


def _listed_next(text: str, lang: Language, trig: Trigger, s_index: int,
                 spans: list[tuple[int, int]], by_sentence: dict[int, list[Place]],
                 sent_of: list[int]) -> list[_Draft]:
    """"Oekraïne heeft vier dorpen heroverd. Het gaat om Blahodatne, Makarivka en …": a claim
    on unnamed settlements, with no place in its sentence, is at the settlements the next
    sentence lists (two or more, and that sentence states no event of its own)."""
    if lang.unnamed_settlements is None or s_index + 1 >= len(spans):
        return []
    s_start, s_end = spans[s_index]
    window = text[max(s_start, trig.start - 40):min(s_end, trig.end + 40)]
    if not lang.unnamed_settlements.search(window) or s_index + 1 in sent_of:
        return []
    named = [p for p in by_sentence.get(s_index + 1, [])
             if p.entry.kind is PlaceKind.SETTLEMENT and _eligible(p)]
    if len({p.entry.place_id for p in named}) < 2:
        return []
    return [_Draft(trig, p, s_index, 60.0, "unnamed places named next") for p in named]


def _reaches(text: str, place: Place, where: Relative | None, home: Relative | None,
             homes: Iterable[Relative | None]) -> bool:
    """Whether a trigger in clause ``where`` may take ``place``, of clause ``home``: a
    relative clause's trigger takes no place after the clause,
    and a relative clause with a trigger of its own keeps its places."""
    if where is not None and place.mention.start >= where.end:
        return False
    return home is None or all(h is not home for h in homes)


def _from_to(text: str, lang: Language, drafts: list[_Draft]) -> list[_Draft]:
    """"advanced from Popasna towards Bakhmut": an advance is where it goes, not where it set
    out from, when the same verb names both (a lone "from X" is kept: it is all there is)."""
    if lang.origin_before is None:
        return drafts
    origins = {id(d) for d in drafts if d.trig.type is ClaimType.ADVANCE
               and lang.origin_before.search(text, max(0, d.place.mention.start - 30),
                                             d.place.mention.start)}
    goals = {id(d.trig) for d in drafts if d.trig.type is ClaimType.ADVANCE
             and id(d) not in origins}
    return [d for d in drafts if not (id(d) in origins and id(d.trig) in goals)]


def _unify_lists(text: str, lang: Language, drafts: list[_Draft]) -> list[_Draft]:
    """Places of one coordinated list share one trigger (the one the first of them took):
    "air strikes … in the Khmelnytskiy, Dnipropetrovsk, Donetsk, and Kherson regions,
    including 50 attacks" are all strikes."""
    drafts = sorted(drafts, key=lambda d: d.place.mention.start)
    for k in range(1, len(drafts)):
        prev, cur = drafts[k - 1], drafts[k]
        if (cur.sentence == prev.sentence and cur.trig is not prev.trig
                and cur.place.mention.start > prev.place.mention.start
                and lang.list_gap.match(text[prev.place.mention.end:cur.place.mention.start])):
            drafts[k] = replace(cur, trig=prev.trig, rule=f"{cur.rule}, same list")
    return drafts


_LEADING_WORDS = regex.compile(r"(?:[\p{L}-]+\s+){0,2}")
_SPACES = regex.compile(r"\s+")


def _word_starts(tail: str, limit: int) -> list[int]:
    """Offsets in ``tail`` up to ``limit`` where a word begins (0 and after each space)."""
    return [0] + [m.end() for m in _SPACES.finditer(tail, 0, limit)]


def _instruments(text: str, lang: Language, drafts: list[_Draft]) -> list[_Draft]:
    """"zaatakowali Charków dronami", "attacked Kharkiv with drones": a strike, not an assault."""
    pattern = lang.cues.get("instruments")
    if pattern is None:
        return drafts
    out = []
    for draft in drafts:
        end = draft.place.mention.end
        tail = text[end:end + 60].lstrip()
        # up to two words may come first: "griff Kiew erneut mit Drohnen an", "overnight with"
        skip = _LEADING_WORDS.match(tail)
        if draft.trig.type is ClaimType.ATTACK and any(
                pattern.match(tail, pos) for pos in _word_starts(tail, skip.end())):
            draft = replace(draft, trig=replace(draft.trig, type=ClaimType.STRIKE),
                            rule=f"{draft.rule}, with weapons named")
        out.append(draft)
    return out


def claim_id(article_id: str, claim_type: ClaimType, place_id: str, actor: Side | None,
             event_date: object) -> str:
    """A stable id: the same claim of the same article always gets the same id."""
    raw = "|".join([article_id, claim_type.value, place_id, actor.value if actor else "",
                    str(event_date or "")])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]
