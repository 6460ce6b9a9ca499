"""Who did it, who says so, and whether it is denied or unverified — read from the text.

The article is scanned once for side words ("Russian forces", "ukrainske styrker", "ЗСУ"),
"the enemy", claimant names and reporting verbs, denials and "could not be independently
verified"; :class:`Context` then answers per claim from the sentence and its neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

from .claimants import ORDER_GAP, ClaimantReading, Hit, hits
from .denials import BACK_REACH, answers_back, denies, reports_fighting
from .languages import Language
from .models import Article, Place
from .pronouns import pronoun_side, pronoun_subject
from .vocab import ClaimType, PlaceKind, Side, Status

_ENEMY = "enemy"
_OWN = "own"


_ARTICLE = regex.compile(r"(?:\s+(?:the|de|den|det|die|der|les|la|le|el|los|las|il|gli))?\s*\Z",
                         regex.IGNORECASE)


#: Between a withdrawal verb and its object: at most one short word ("the", "all", "its").
_DIRECT_OBJECT_GAP = regex.compile(r"\s+(?:\w{1,5}\s+)?")
#: Between a subject and its verb in one clause: no punctuation, a few words.
_SAME_CLAUSE = regex.compile(r"[^,;:.!?()–—]{0,50}")
#: How far before a trigger a victim phrase ("under fire") may begin.
VICTIM_LEAD = 20
#: How far an order verb may follow the commander's name, and precede the trigger.
ORDER_REACH = 40


#: A trigger ending in a short particle ("fell to", "gikk over til"): the side after it gains.
_ENDS_IN_PARTICLE = regex.compile(r"(?<=\s)\w{1,3}\Z")


def _just_before(word: regex.Pattern[str], gap: str) -> bool:
    """True when ``word`` ends ``gap`` (give or take an article): "… by (the) Russian forces"."""
    tail = _ARTICLE.sub("", gap.rstrip())[-30:]
    return any(m.end() == len(tail) for m in word.finditer(tail))


def _ends_with(word: regex.Pattern[str], text: str) -> bool:
    """True when ``word`` is the last word of ``text``: "le" in "après le" (before "retrait")."""
    tail = text.rstrip()[-30:]
    return any(m.end() == len(tail) for m in word.finditer(tail))



@dataclass
class Context(ClaimantReading):
    """Side, claimant and status evidence of one article, indexed by sentence."""

    text: str
    lang: Language
    spans: list[tuple[int, int]]
    sides: list[Hit]
    speech: list[Hit]
    claimants: dict[int, tuple[str, Side | None] | None]
    denials: list[Hit]
    unverified: list[Hit]
    article_unverified: bool
    place_sentences: dict[str, set[int]]
    agents: list[tuple[int, int]]
    """Spans of side words and claimant names ("Moskvas styrker", "ministry in Moscow"): a place
    named inside them acts or speaks, it is not where the event is."""
    source_spans: list[tuple[int, int]]
    """Where claimants are named ("Sztab Generalny Sił Zbrojnych Ukrainy")."""
    source_hits: list[Hit]
    """The same names with their (label, side): a commander who orders an action gives its
    side."""
    claimant_sentence: dict[int, int]
    """For each sentence with a claimant, the sentence that named it (carried attributions)."""
    trigger_starts: list[int] = field(default_factory=list)
    triggers: list = field(default_factory=list)
    """The article's triggers (start, end, type): what a denial's scope names."""
    named: set[int] = field(default_factory=set)
    """Sentences that name a place in their own right (not a country, an office, a speaker)."""
    named_at: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    """Per sentence, where such places are named (start, place id)."""
    attributed_back: set[int] = field(default_factory=set)
    targets: list[Hit] = field(default_factory=list)
    """Side phrases named as what an attack hits ("on Ukrainian positions", "на российские
    позиции"): the victim, so the attacker is its opponent."""
    """Sentences whose claimant the next sentence names (see :meth:`attribute_back`)."""
    continued: set[int] = field(default_factory=set)
    """Sentences that keep the claimant of the statement before them in their paragraph."""
    regions: dict[int, set[str | None]] = field(default_factory=dict)
    """Per sentence, the first-level regions (oblasts) of the places it names in any role:
    where a regional claimant named there governs."""
    claim_regions: dict[int, set[str | None]] = field(default_factory=dict)
    """Per sentence, the regions of the places it names in their own right (None: unknown)."""
    """Where the article's claim triggers begin: a passive agent belongs to the nearest one."""

    @classmethod
    def build(cls, article: Article, lang: Language, spans: list[tuple[int, int]],
              places: list[Place]) -> Context:
        text, start = article.text, article.body_start
        background = lang.cues.get("background")
        sides: list[Hit] = []
        for side, pattern in lang.sides.items():
            for hit in hits(pattern, text, spans, start, side):
                tail = text[hit.end:hit.end + 14]
                if background and background.match(tail):
                    continue  # "Russian-held", "russisk-kontrollerte": describes, does not act
                sides.append(hit)
        # "50 kilometer nordvest for Kyiv": a place named as a landmark, a dateline or an
        # office is not the side its name can stand for
        landmarks = [(p.mention.start, p.mention.end) for p in places
                     if p.mention.role in ("reference", "dateline", "office", "name")
                     and p.entry.kind is not PlaceKind.COUNTRY]
        sides = [h for h in sides if not any(a <= h.start and h.end <= b for a, b in landmarks)]
        sides += hits(lang.enemy, text, spans, start, _ENEMY)
        sides += hits(lang.own, text, spans, start, _OWN)
        sides.sort(key=lambda h: h.start)
        speech = hits(lang.speech, text, spans, start)
        place_sentences: dict[str, set[int]] = {}
        for place in places:
            place_sentences.setdefault(place.entry.place_id, set()).add(place.mention.sentence)
        unverified = hits(lang.cues.get("unverified"), text, spans, start)
        placed = {p.mention.sentence for p in places}
        ctx = cls(
            text=text, lang=lang, spans=spans, sides=sides, speech=speech, claimants={},
            denials=hits(lang.cues.get("denial"), text, spans, start),
            unverified=unverified,
            article_unverified=any(h.sentence not in placed for h in unverified),
            place_sentences=place_sentences, agents=[], claimant_sentence={}, source_spans=[],
            source_hits=[],
        )
        for p in places:
            if not p.mention.role and p.entry.kind is not PlaceKind.COUNTRY:
                ctx.named_at.setdefault(p.mention.sentence, []).append(
                    (p.mention.start, p.entry.place_id))
        ctx.named = set(ctx.named_at)
        for p in places:
            if p.entry.kind is not PlaceKind.COUNTRY:
                ctx.regions.setdefault(p.mention.sentence, set()).add(p.entry.admin1)
                if not p.mention.role:
                    ctx.claim_regions.setdefault(p.mention.sentence, set()).add(p.entry.admin1)
        sources = ctx._sources(start)
        ctx.claimants = ctx._claimants(sources)
        ctx.source_spans = [(s.start, s.end) for s in sources]
        ctx.source_hits = sources
        ctx.targets = sorted((h for side, pattern in lang.targets.items()
                              for h in hits(pattern, text, spans, start, side)),
                             key=lambda h: h.start)
        ctx.agents = sorted([(h.start, h.end) for h in sides if h.value != _ENEMY]
                            + [(h.start, h.end) for h in sources])
        return ctx

    def is_agent(self, start: int, end: int) -> bool:
        """True when text[start:end] lies inside a side phrase or a claimant's name."""
        return any(a < end and start < b and (b - a) > (end - start) for a, b in self.agents)

    # -- actor ---------------------------------------------------------------------------
    def actor(self, sentence: int, trig, place: Place,
              claimant_side: Side | None) -> tuple[Side | None, str]:
        """The side doing it, and the rule that decided."""
        s_start, s_end = self.spans[sentence]
        voice = self._voice(sentence)
        # The place itself is never its own actor ("Kyiv" is also a side word: "Kyiv said")
        m_start, m_end = place.mention.start, place.mention.end
        sides = [h for h in self.sides if not (h.start < m_end and m_start < h.end)
                 and not any(t.start <= h.start and h.end <= t.end for t in self.targets)]
        inside = [h for h in sides if trig.start <= h.start < trig.end]
        objects = self.lang.cues.get("object_triggers")
        if inside and not (objects and objects.match(trig.text)):
            # "brought under Russian control", "holding back enemy forces", "rykker fjenden frem"
            side = self._side(inside[0], claimant_side, voice)
            if side is not None:
                return side, "side named in the trigger"
        by = self.lang.cues.get("passive_by")
        # "fighting near X, where Russian forces claim control": a side in a relative clause
        # after the trigger acts in that clause, not in the trigger's
        after = [h for h in sides if trig.end <= h.start < min(s_end, trig.end + 70)
                 and not self._in_relative_clause(max(trig.end, m_end), h, s_end)
                 and not self._reporter(h)]
        source_word = self.lang.cues.get("from_side")
        if trig.type is ClaimType.CAPTURE and source_word:
            for hit in after:
                gap = self.text[trig.end:hit.start]
                if hit.value != _ENEMY and _just_before(source_word, gap):
                    # "recaptured X from Russia": taken by the other side
                    return hit.value.opponent(), "taken from the other side"  # type: ignore[union-attr]
        if (trig.type is ClaimType.CAPTURE and after and _ENDS_IN_PARTICLE.search(trig.text)
                and not _ARTICLE.sub("", self.text[trig.end:after[0].start]).strip()):
            # "fell to Russian forces"
            return self._side(after[0], claimant_side, voice), "the side it fell to"
        for hit in after:
            gap = self.text[trig.end:hit.start]
            # "took Avdiivka after the withdrawal of Ukrainian troops": that agent is the
            # withdrawal's, not the capture's
            if by and _just_before(by, gap) and "," not in gap and not any(
                    trig.end <= t < hit.start for t in self.trigger_starts):
                return self._side(hit, claimant_side, voice), "passive agent"
        genitive = self.lang.cues.get("agent_of")
        marker = self.lang.cues.get("noun_markers")
        if genitive and after and genitive.fullmatch(
                self.text[trig.end:after[0].start].strip()) and (
                marker is None or _ends_with(marker, self.text[max(s_start, trig.start - 30):
                                                               trig.start])):
            # "le retrait des troupes ukrainiennes" (the withdrawal of Ukrainian troops), but
            # not "ont attaqué des troupes ukrainiennes": the trigger must be a noun
            return self._side(after[0], claimant_side, voice), "genitive agent"
        if (trig.type is ClaimType.WITHDRAWAL and after
                and _DIRECT_OBJECT_GAP.fullmatch(self.text, trig.end, after[0].start)
                and not (self.lang.cues.get("object_preps") and self.lang.cues[
                    "object_preps"].search(self.text, trig.end, after[0].start))):
            # "наказав вивести російські війська", "withdraw Ukrainian troops": the troops
            # withdrawn are the side withdrawing (and a subject after the verb acts alike)
            side = self._side(after[0], claimant_side, voice)
            if side is not None:
                return side, "the troops it withdraws"
        # A side phrase may run into the trigger ("Russian missiles" + "missiles hit").
        speech = self.lang.speech
        before = [h for h in sides if s_start <= h.start < trig.start
                  and self._side(h, claimant_side, voice) is not None
                  # "По данным украинской стороны, …": who says it, not who acts
                  and not self._reporter(h, verbs=False)
                  # "The Ukrainian military said fighting continued": the speaker, not the actor
                  # (but "Russia announced the capture of X": a side claims its own gains)
                  and not (trig.type in (ClaimType.ATTACK, ClaimType.STRIKE) and speech
                           and self._speaks_between(h.end, trig.start))]
        if before:
            side = self._side(before[-1], claimant_side, voice)
            modifiers = self.lang.cues.get("modifiers")
            main = self._relative_opener(before[-1].end, trig.start)
            if trig.type is ClaimType.ATTACK and side is not None and main is not None:
                pronoun = pronoun_subject(self, sentence, trig)
                if pronoun is not None and pronoun.start() >= main[0] and not (
                        modifiers and modifiers.search(self.text, main[0], s_end)):
                    # "…, où elles tentent d'encercler la ville": the side itself goes on
                    return side, "the main clause's side (pronoun subject of a relative clause)"
                return self._relative_attacker(side, modifiers, before[-1].end, main, trig,
                                               s_end)
            if (trig.type is ClaimType.ATTACK and side is not None and modifiers
                    and (self._repels(modifiers, before[-1].end, trig, s_end)
                         or (modifiers.match(trig.text) and trig.start - before[-1].end <= 30))):
                # "Ukrainian forces repelled 40 attacks", "żołnierze wciąż odpierają ataki",
                # "Die Verteidiger wehrten 17 Angriffe ab": the attackers are the other side
                # (but "the enemy's attempts to break through … were repelled": the enemy
                # attacked)
                return side.opponent(), "the side that repelled it, reversed"
            if (side is not None and self._under_fire(trig)
                    and _SAME_CLAUSE.fullmatch(self.text, before[-1].end, trig.start)):
                # "Russi sotto pressione", "vojáci u Krynek uvízli pod palbou" (but "Russian
                # aviation dropped bombs: … came under fire": the attacker's own clause)
                return side.opponent(), "the side under fire, reversed"
            return side, "nearest side before the trigger"
        target = self._target(sentence, trig)
        if target is not None:
            return target.opponent(), "the side whose positions it hits, reversed"
        ordering = self._ordered_by(sentence, trig)
        if ordering is not None:
            return ordering, "the side of the commander who ordered it"
        modifiers = self.lang.cues.get("modifiers")
        if (trig.type is ClaimType.ATTACK and claimant_side in (Side.UA, Side.RU) and modifiers
                and modifiers.search(self.text, s_start, s_end)):
            # "В Генштабе ВСУ заявили, что … отражено 46 атак": the claimant's side repelled
            # them, so the other side attacked
            return claimant_side.opponent(), "repelled by the claimant's side"
        pronoun = pronoun_side(self, sentence, trig, sides, claimant_side, voice)
        if pronoun is not None:
            return pronoun
        preps = self.lang.cues.get("object_preps")
        if self.lang.raw.get("v2") and after:
            first = after[0]
            gap = self.text[trig.end:first.start]
            if len(gap) <= 40 and not (preps and preps.search(gap)):
                side = self._side(first, claimant_side, voice)
                if side is not None and self._under_fire(trig):
                    return side.opponent(), "the side under fire, reversed"
                return side, "subject after the verb"
        if trig.type is ClaimType.STRIKE and place.entry.country in ("UA", "RU"):
            side = Side.RU if place.entry.country == "UA" else Side.UA
            return side, "strikes on Ukraine are Russian and on Russia Ukrainian (prior)"
        # a side that only speaks or denies there ("Ukraina nie potwierdziła …", "Kyiv said")
        # is no attacker of the fighting that follows
        # (and only in the same paragraph: the next one is another story)
        earlier = [h for h in sides if h.sentence in (sentence - 1, sentence - 2)
                   and not self._speaks(h) and "\n" not in self.text[h.end:s_start]
                   and not self._object_of_earlier(h, sides)]
        if earlier and trig.type is ClaimType.ATTACK:
            return self._side(earlier[-1], claimant_side, voice), "side named just before"
        carried = self._carried_subject(sentence, trig, earlier)
        if carried is not None:
            return self._side(carried, claimant_side, voice), "subject carried from before"
        later = [h for h in sides if trig.end <= h.start < s_end and not any(
            a <= h.start and h.end <= b and b - a > h.end - h.start for a, b in self.source_spans)
            and not self._in_relative_clause(max(trig.end, m_end), h, s_end)
            and not self._reporter(h)]
        for hit in later[:1]:
            # "After capturing Avdiivka in February, Russian troops …": the clause's subject
            gap = self.text[trig.end:hit.start]
            if "," in gap and not (preps and _just_before(preps, gap)):
                side = self._side(hit, claimant_side, voice)
                if side is not None and self._under_fire(trig):
                    return side.opponent(), "the side under fire, reversed"
                return side, "subject of the main clause"
        gains = (ClaimType.CAPTURE, ClaimType.ADVANCE, ClaimType.WITHDRAWAL)
        if claimant_side in (Side.UA, Side.RU) and trig.type in gains:
            return claimant_side, "the claimant's own side (none named)"
        reporters = [h for h in sides if s_start <= h.start < trig.start
                     and h.value in (Side.UA, Side.RU) and self._reporter(h, verbs=False)]
        if reporters and trig.type in gains:
            # "Według ukraińskich mediów żołnierze wkroczyli do X": like a claimant, the
            # source's side tells of its own gains
            return reporters[-1].value, "the source's own side (none named)"  # type: ignore[return-value]
        return None, "not stated"

    def _object_of_earlier(self, hit: Hit, sides: list[Hit]) -> bool:
        """True when ``hit`` is what an earlier clause's trigger acts on, its subject already
        named ("Natt til torsdag angrep Russland flere ukrainske byer", "Russia attacked
        Ukrainian cities"): the victim there, so no attacker to carry into the next sentence.
        A side right beside a trigger noun ("18 ruských útoků", "tre attacchi ucraini") names
        whose attacks they are, so it is kept."""
        s_start = self.spans[hit.sentence][0]
        if any((t.end <= hit.start and not self.text[t.end:hit.start].strip())
               or (hit.end <= t.start and not self.text[hit.end:t.start].strip())
               for t in self.triggers):
            return False
        for t in self.trigger_starts:
            if not s_start <= t < hit.start or "," in self.text[t:hit.start]:
                continue
            if any(t < u < hit.start for u in self.trigger_starts):
                continue
            if any(g is not hit and s_start <= g.start < hit.start for g in sides):
                return True
        return False

    def _relative_opener(self, start: int, end: int) -> tuple[int, Any] | None:
        """Where a relative clause opens between a side at ``start`` and a trigger at ``end``
        when the side's own clause tells another event first ("i russi hanno attaccato
        Novomykhailivka, dove …", "les troupes russes avaient repoussé …, où des combats …"),
        with that event's trigger: the side is the subject of that event, not of the trigger
        inside the clause. None when no such clause opens (a clause about the side itself,
        "Russian forces, which …", has no event before it)."""
        pronouns = self.lang.relative_pronouns
        if pronouns is None or start >= end:
            return None
        for comma in regex.finditer(r",\s*", self.text[start:end]):
            opener = start + comma.end()
            if not pronouns.match(self.text, opener, end):
                continue
            told = [t for t in self.triggers if start <= t.start < opener]
            if told:
                return opener, told[-1]
        return None

    def _relative_attacker(self, side: Side, modifiers: regex.Pattern[str] | None,
                           start: int, main: tuple[int, Any], trig,
                           s_end: int) -> tuple[Side | None, str]:
        """The attacker of fighting told in a relative clause that names no side before it.
        Assaults repelled there ("…, dove sono stati respinti 12 assalti", "…, де були відбиті
        атаки") are the main clause's attackers (the opponent of a side that repels in the
        main clause). Fighting where the main clause's side attacks, retreats or tries in vain
        is that side's ("attacking near X, where heavy fighting …", "leaving Chernihiv,
        which had been encircled"); fighting that merely goes on where it advanced or pushed
        the defenders back ("avancerat vid Toretsk, där hårda gatustrider pågår", "ont
        repoussé les défenseurs …, où des combats de rue se poursuivent") names no attacker."""
        opener, told = main
        if modifiers is not None and modifiers.search(self.text, opener, s_end):
            if modifiers.search(self.text, start, opener):
                return side.opponent(), "the main clause's defender, reversed (relative clause)"
            return side, "the main clause's side (repelled in a relative clause)"
        gains = (ClaimType.ADVANCE, ClaimType.CAPTURE)
        failed = self.lang.failed_attempt
        # "n'ont pas réussi à percer … près de X, où ils tentent …": a failed attempt fights
        tried = failed is not None and failed.search(
            self.text, max(start, told.start - 60), told.start) is not None
        if told.type in gains and not tried and not trig.failed:
            return None, "no side in its relative clause (the main clause's side advances)"
        return side, "the main clause's side (relative clause)"

    def _repels(self, modifiers: regex.Pattern[str], start: int, trig, s_end: int) -> bool:
        """True when a repelling word opens between a side and the trigger, whether it ends
        before the trigger ("repelled 40 attacks") or closes after it around the trigger
        (a separable verb: "wehrten 17 Angriffe bei Stepowe ab")."""
        return any(m.start() < trig.start for m in modifiers.finditer(self.text, start, s_end))

    def _reporter(self, hit: Hit, verbs: bool = True) -> bool:
        """True when a side phrase follows a source preposition ("according to the Ukrainian
        side", "по данным украинской стороны") or, with ``verbs``, a reporting verb that puts
        its subject after it ("…, skriver den ukrainske hær", "…, sagte die ukrainische
        Armee"): it names who says so, not who acts. (Only sides after the trigger are read
        with verbs: before it, "said Ukrainian forces took X" has its actor after "said".)"""
        lead = self.text[max(0, hit.start - 40):hit.start]
        lead = _ARTICLE.sub("", lead)
        preps = self.lang.cues.get("source_preps")
        if preps is not None and any(m.end() == len(lead) for m in preps.finditer(lead)):
            return True
        speech = self.lang.speech
        return verbs and speech is not None and any(
            m.end() == len(lead) for m in speech.finditer(lead))

    def _target(self, sentence: int, trig) -> Side | None:
        """The side whose positions an attack or strike hits, named right after its trigger
        ("наступление на российские позиции", "Angriffe auf ukrainische Stellungen"), else
        None."""
        if trig.type not in (ClaimType.ATTACK, ClaimType.STRIKE):
            return None
        for hit in self.targets:
            if (hit.sentence == sentence and trig.end <= hit.start <= trig.end + 40
                    and _SAME_CLAUSE.fullmatch(self.text, trig.end, hit.start)
                    and not any(trig.end <= t < hit.start for t in self.trigger_starts)):
                return hit.value  # type: ignore[return-value]
        return None

    def _carried_subject(self, sentence: int, trig, earlier: list[Hit]) -> Hit | None:
        """The subject of the sentence before, for an advance or a capture whose own subject
        names no side ("Russische eenheden drongen door bij X. Kleine groepen infiltreerden
        bij Y"): it goes on telling that side's movement. Only when the sentence before tells
        an advance, a capture or an attack after that side, in the same paragraph (``earlier``
        is already so bounded), and under the same claimant."""
        if trig.type not in (ClaimType.ADVANCE, ClaimType.CAPTURE):
            return None
        previous = [h for h in earlier if h.sentence == sentence - 1 and h.value != _OWN]
        if not previous or self.claimants.get(sentence) != self.claimants.get(sentence - 1):
            return None
        p_end = self.spans[sentence - 1][1]
        moves = (ClaimType.ADVANCE, ClaimType.CAPTURE, ClaimType.ATTACK)
        for hit in reversed(previous):  # the side that does the movement told there
            if any(t.type in moves and hit.end <= t.start < p_end for t in self.triggers):
                return hit
        return None

    def _speaks_between(self, start: int, end: int) -> bool:
        """True when a reporting verb stands between a side and the trigger ("The Ukrainian
        military said fighting continued"), but not a source phrase naming who says it
        ("Rusové podle generálního štábu útočili", "Russian forces, according to the General
        Staff, attacked": the side still acts)."""
        for m in self.lang.speech.finditer(self.text, start, end):
            if not any(0 <= a - m.end() <= 12 and b <= end for a, b in self.source_spans) \
                    and not self._inserted(m.start(), m.end()):
                return True
        return False

    def _inserted(self, start: int, end: int) -> bool:
        """True when the reporting word at text[start:end] belongs to an inserted attribution
        with a pronoun ("Rusové se podle něj pokoušeli …", "Russian forces, according to him,
        attacked"): the side before it still acts."""
        inserted = self.lang.cues.get("inserted_source")
        return inserted is not None and any(
            m.start() <= start and end <= m.end()
            for m in inserted.finditer(self.text, max(0, start - 20), end + 30))

    def _in_relative_clause(self, start: int, hit: Hit, s_end: int) -> bool:
        """True when a relative clause opens between ``start`` (after the trigger and the place)
        and the side ``hit`` (", where", ", donde", ", де", ", kde") and tells no event of that
        side ("…, where the Russian
        army claims control", "…, де російські підрозділи ще тримаються"): such a side is
        background to the trigger's clause. One the clause makes act ("…, kde Rusové podnikli
        27 útoků") still names who fights there; and one about the trigger noun before the
        place ("den offensiv, som Ukraine har sat gang i … Kharkiv") tells whose it is."""
        pronouns = self.lang.relative_pronouns
        if pronouns is None:
            return False
        if start >= hit.start:
            return False
        opened = any(pronouns.match(self.text, start + comma.end(), hit.start)
                     for comma in regex.finditer(r",\s*", self.text[start:hit.start]))
        return opened and not any(hit.end <= t < s_end for t in self.trigger_starts)

    def _under_fire(self, trig) -> bool:
        """True for a trigger whose subject is the side attacked ("under fire", "sotto
        pressione", "pod palbou"): the attacker is its opponent."""
        victim = self.lang.cues.get("victim_triggers")
        if victim is None:
            return False
        # the phrase may begin before the trigger ("pod" + "ostrzałem")
        head = max(0, trig.start - VICTIM_LEAD)
        return any(m.end() > trig.start
                   for m in victim.finditer(self.text, head, trig.end))

    def _ordered_by(self, sentence: int, trig) -> Side | None:
        """The side of a claimant named before the trigger who orders or decides it
        ("Syrski zdecydował o wycofaniu", "Шойгу наказав вивести"), else None."""
        orders = self.lang.cues.get("orders")
        if orders is None:
            return None
        s_start, s_end = self.spans[sentence]
        modifiers = self.lang.cues.get("modifiers")
        if trig.type is ClaimType.ATTACK and modifiers and modifiers.search(
                self.text, s_start, s_end):
            return None  # "Syrskyi ordered the attacks repelled": the other side attacked
        # (the order may run into the trigger: "ухвалив рішення" + "рішення про відхід")
        for m in orders.finditer(self.text, s_start, trig.end):
            if m.start() >= trig.start:
                break
            for hit in self.source_hits:
                value = hit.value
                if (hit.sentence == sentence and 0 <= m.start() - hit.end <= ORDER_GAP
                        and isinstance(value, tuple) and value[1] in (Side.UA, Side.RU)
                        and trig.start - m.end() <= ORDER_REACH):
                    return value[1]
        return None

    def _speaks(self, hit: Hit) -> bool:
        """True when a side phrase is a speaker: inside a claimant's name, or just before a
        reporting verb or a denial ("Russia said", "Kyiv denied")."""
        if any(a <= hit.start and hit.end <= b for a, b in self.source_spans):
            return True
        tail_end = min(len(self.text), hit.end + 25)
        return any(hit.end <= h.start < tail_end and not self._inserted(h.start, h.end)
                   for h in self.speech) or any(
            hit.end <= h.start < tail_end for h in self.denials)

    def _denier(self, hit: Hit, sentence: int, trig_end: int) -> Side | None:
        """The side that denies (UA or RU): the last side word before the denial in its
        sentence and after the claim's trigger ("…, which Ukraine denied", "Kyiv denied"),
        else the claimant a later sentence names for itself ("У Нацполіції України це назвали
        брехнею"); None when neither is found."""
        lo = trig_end if hit.sentence == sentence else self.spans[hit.sentence][0]
        before = [h for h in self.sides if lo <= h.start < hit.start
                  and h.value in (Side.UA, Side.RU)]
        if before:
            return before[-1].value  # type: ignore[return-value]
        said = self.claimants.get(hit.sentence)
        if (hit.sentence != sentence and said is not None and said[1] in (Side.UA, Side.RU)
                and self.claimant_sentence.get(hit.sentence, hit.sentence) == hit.sentence):
            return said[1]
        return None

    def _voice(self, sentence: int) -> Side | None:
        """The side of the latest claimant up to ``sentence`` (UA or RU): whose "enemy" an
        unattributed sentence of a report speaks of ("Минобороны России сообщило … .
        Противник предпринял безуспешные попытки …": the enemy is Ukraine's)."""
        for index in range(sentence, -1, -1):
            said = self.claimants.get(index)
            if said is not None and said[1] in (Side.UA, Side.RU):
                return said[1]
        return None

    @staticmethod
    def _side(hit: Hit, claimant_side: Side | None, voice: Side | None = None) -> Side | None:
        if hit.value == _ENEMY:
            speaker = claimant_side if claimant_side in (Side.UA, Side.RU) else voice
            opponent = speaker.opponent() if speaker else None
            return opponent or Side.RU
        if hit.value == _OWN:  # "its forces": the claimant's side
            return claimant_side if claimant_side in (Side.UA, Side.RU) else None
        return hit.value  # type: ignore[return-value]

    # -- status --------------------------------------------------------------------------
    def status(self, sentence: int, trig, place: Place,
               claimant_side: Side | None = None) -> tuple[Status, bool | None]:
        """Denied when a denial of it follows (same place, next sentences; or pointing back at
        it over sentences that continue it; or fighting that goes on at the place of a capture),
        and verification. A side never denies what it reports itself: Ukraine's report of a
        strike on a bus is not denied by Ukraine calling Russia's version of it a lie."""
        status = Status.CLAIMED
        same = self.place_sentences.get(place.entry.place_id, set())
        gains = trig.type in (ClaimType.CAPTURE, ClaimType.ADVANCE, ClaimType.WITHDRAWAL)
        for hit in self.denials:
            # (a denial in the claim's own sentence — "…, co ukraiński Sztab Generalny
            # zdementował" — names its denier where the claimant is read: no test there)
            # nor where the claimant is read from the denier's sentence ("Ryska styrkor har
            # erövrat X. Den ukrainska armén uppger att …")
            if (claimant_side in (Side.UA, Side.RU) and hit.sentence != sentence
                    and sentence not in self.attributed_back
                    and self.claimant_sentence.get(sentence, sentence) != hit.sentence
                    and self._denier(hit, sentence, trig.end) is claimant_side):
                continue
            if ((hit.sentence == sentence and (0 <= trig.start - hit.end <= 60
                                               or hit.start >= trig.end)) or (
                sentence < hit.sentence <= sentence + 2 and hit.sentence in same
            ) or (
                # "Russiske tropper har generobret Krynky. Det afviste den ukrainske flåde.":
                # the next sentence denies without naming a place, so it denies this
                gains and hit.sentence == sentence + 1 and hit.sentence not in self.named
            ) or (
                # "Russia says it took X. … Kyiv: fighting still goes on in X"
                trig.type is ClaimType.CAPTURE and hit.sentence in same
                and sentence < hit.sentence <= sentence + BACK_REACH
                and reports_fighting(self.text, self.triggers, hit.start, hit.end)
            ) or answers_back(self.text, self.lang, self.triggers, self.spans, self.named_at,
                              (hit.start, hit.end, hit.sentence), sentence, trig,
                              place.entry.place_id)) and denies(
                    self.text, self.lang, self.triggers, self.spans, hit.start, hit.end,
                    hit.sentence, trig):
                status = Status.DENIED
                break
        verified: bool | None = None
        if self.article_unverified or any(
            h.sentence in (sentence, sentence + 1) for h in self.unverified
        ):
            verified = False
        return status, verified
