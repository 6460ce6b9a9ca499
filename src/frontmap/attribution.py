"""Who did it, who says so, and whether it is denied or unverified — read from the text.

The article is scanned once for side words ("Russian forces", "ukrainske styrker", "ЗСУ"),
"the enemy", claimant names and reporting verbs, denials and "could not be independently
verified"; :class:`Context` then answers per claim from the sentence and its neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from .denials import denies
from .languages import Language
from .models import Article, Place
from .segmentation import sentence_index
from .vocab import ClaimType, PlaceKind, Side, Status

_QUOTE_LINE = regex.compile(r"^\s*[–—\-«\"“„]")
_ENEMY = "enemy"
_OWN = "own"
#: How many sentences back a reporting verb without a named source looks for its source.
CARRY_SENTENCES = 3
#: What grammar adds to the gap of a source that cannot be a verb's speaker (see
#: :meth:`Context._speaker_distance`): it still speaks when no other source does.
NOT_THE_SPEAKER = 200
#: Between a title and a name of one speaker: a few words, commas, no other punctuation.
_APPOSITION = regex.compile(r"[\s,]*(?:[\w’'-]+[\s,]+){0,4}")
#: A word with a capital (a proper name in an English claimant label), after any bracket.
_CAPITAL = regex.compile(r"\W*\p{Lu}")
#: Between a reporting verb and the word opening what it reports ("said that", "uvedl, že").
_BEFORE_THAT = regex.compile(r"[\s,:]{0,3}")
#: The longest sentence read as a mere attribution of the one before ("Про це повідомив …").
BACK_ATTRIBUTION_CHARS = 160


_ARTICLE = regex.compile(r"(?:\s+(?:the|de|den|det|die|der|les|la|le|el|los|las|il|gli))?\s*\Z",
                         regex.IGNORECASE)


#: Between a withdrawal verb and its object: at most one short word ("the", "all", "its").
_DIRECT_OBJECT_GAP = regex.compile(r"\s+(?:\w{1,5}\s+)?")
#: Between a subject and its verb in one clause: no punctuation, a few words.
_SAME_CLAUSE = regex.compile(r"[^,;:.!?()–—]{0,50}")
#: How far before a trigger a victim phrase ("under fire") may begin.
VICTIM_LEAD = 20
#: How far an order verb may follow the commander's name, and precede the trigger.
ORDER_GAP = 30
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


@cache
def _conjunctions(lang: Language) -> frozenset[str]:
    """The language's one-word conjunctions ("and", "e", "і"): a title and a name joined by
    one are two speakers ("Kiev e Chernihiv, ma il governatore")."""
    words = lang.raw.get("grammar", {}).get("conjunctions", [])
    return frozenset(w.casefold() for w in words if w.isalpha())


def _specificity(source: _Hit) -> tuple[int, int]:
    """How specific a claimant label is: its capitalised words, then its length."""
    label = source.value[0]  # type: ignore[index]
    return sum(bool(_CAPITAL.match(word)) for word in label.split()), len(label)


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    sentence: int
    value: object


def _hits(pattern: regex.Pattern[str] | None, text: str, spans: list[tuple[int, int]],
          start: int, value: object = None) -> list[_Hit]:
    if pattern is None:
        return []
    return [_Hit(m.start(), m.end(), sentence_index(spans, m.start()),
                 value if value is not None else m.group())
            for m in pattern.finditer(text, start)]


@dataclass
class Context:
    """Side, claimant and status evidence of one article, indexed by sentence."""

    text: str
    lang: Language
    spans: list[tuple[int, int]]
    sides: list[_Hit]
    speech: list[_Hit]
    claimants: dict[int, tuple[str, Side | None] | None]
    denials: list[_Hit]
    unverified: list[_Hit]
    article_unverified: bool
    place_sentences: dict[str, set[int]]
    agents: list[tuple[int, int]]
    """Spans of side words and claimant names ("Moskvas styrker", "ministry in Moscow"): a place
    named inside them acts or speaks, it is not where the event is."""
    source_spans: list[tuple[int, int]]
    """Where claimants are named ("Sztab Generalny Sił Zbrojnych Ukrainy")."""
    source_hits: list[_Hit]
    """The same names with their (label, side): a commander who orders an action gives its
    side."""
    claimant_sentence: dict[int, int]
    """For each sentence with a claimant, the sentence that named it (carried attributions)."""
    trigger_starts: list[int] = field(default_factory=list)
    triggers: list = field(default_factory=list)
    """The article's triggers (start, end, type): what a denial's scope names."""
    named: set[int] = field(default_factory=set)
    """Sentences that name a place in their own right (not a country, an office, a speaker)."""
    attributed_back: set[int] = field(default_factory=set)
    """Sentences whose claimant the next sentence names (see :meth:`attribute_back`)."""
    """Where the article's claim triggers begin: a passive agent belongs to the nearest one."""

    @classmethod
    def build(cls, article: Article, lang: Language, spans: list[tuple[int, int]],
              places: list[Place]) -> Context:
        text, start = article.text, article.body_start
        background = lang.cues.get("background")
        sides: list[_Hit] = []
        for side, pattern in lang.sides.items():
            for hit in _hits(pattern, text, spans, start, side):
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
        sides += _hits(lang.enemy, text, spans, start, _ENEMY)
        sides += _hits(lang.own, text, spans, start, _OWN)
        sides.sort(key=lambda h: h.start)
        speech = _hits(lang.speech, text, spans, start)
        place_sentences: dict[str, set[int]] = {}
        for place in places:
            place_sentences.setdefault(place.entry.place_id, set()).add(place.mention.sentence)
        unverified = _hits(lang.cues.get("unverified"), text, spans, start)
        placed = {p.mention.sentence for p in places}
        ctx = cls(
            text=text, lang=lang, spans=spans, sides=sides, speech=speech, claimants={},
            denials=_hits(lang.cues.get("denial"), text, spans, start),
            unverified=unverified,
            article_unverified=any(h.sentence not in placed for h in unverified),
            place_sentences=place_sentences, agents=[], claimant_sentence={}, source_spans=[],
            source_hits=[],
        )
        ctx.named = {p.mention.sentence for p in places
                     if not p.mention.role and p.entry.kind is not PlaceKind.COUNTRY}
        sources = ctx._sources(start)
        ctx.claimants = ctx._claimants(sources)
        ctx.source_spans = [(s.start, s.end) for s in sources]
        ctx.source_hits = sources
        ctx.agents = sorted([(h.start, h.end) for h in sides if h.value != _ENEMY]
                            + [(h.start, h.end) for h in sources])
        return ctx

    def is_agent(self, start: int, end: int) -> bool:
        """True when text[start:end] lies inside a side phrase or a claimant's name."""
        return any(a < end and start < b and (b - a) > (end - start) for a, b in self.agents)

    # -- claimants -----------------------------------------------------------------------
    def _sources(self, start: int) -> list[_Hit]:
        """Claimant names, longest first where they overlap."""
        found = []
        for index in self.lang.source_filter.candidates(self.text):
            pattern, label, side = self.lang.sources[index]
            for m in pattern.finditer(self.text, start):
                found.append(_Hit(m.start(), m.end(), sentence_index(self.spans, m.start()),
                                  (label, side)))
        found.sort(key=lambda h: (-(h.end - h.start), h.start))
        kept: list[_Hit] = []
        for hit in found:
            if all(hit.end <= k.start or hit.start >= k.end for k in kept):
                kept.append(hit)
        return sorted(kept, key=lambda h: h.start)

    def _claimants(self, sources: list[_Hit]) -> dict[int, tuple[str, Side | None] | None]:
        """The claimant of each sentence: the named source nearest a reporting verb; else one
        who orders the action ("Шойгу наказав вивести війська"); else, for a sentence that
        reports without naming anyone ("said", "podle něj", "according to him"), the claimant
        of a sentence just before."""
        by_sentence: dict[int, tuple[str, Side | None] | None] = {}
        pronouns = _hits(self.lang.cues.get("inserted_source"), self.text, self.spans,
                         self.spans[0][0] if self.spans else 0)
        for index in range(len(self.spans)):
            said = [h for h in self.speech + pronouns if h.sentence == index]
            # "Ukrajinská armáda podle něj opustila …": "him" is the previous sentence's source,
            # not a side named in this one
            verbs = [h for h in said if not self._inserted(h.start, h.end)]
            named = [h for h in sources if h.sentence == index]
            giver = self._order_giver(index, named)
            if verbs and named:
                nearest = min(named, key=lambda s: min(
                    self._speaker_distance(s, v, named) for v in verbs))
                # within that speaker's title and name, the part nearest the verb, unless
                # another part is clearly more specific
                nearest = min(self._same_speaker(nearest, named), key=lambda s: min(
                    self._gap_to_verb(s, v) for v in verbs))
                best = self._most_specific(nearest, named)
                by_sentence[index] = best.value  # type: ignore[assignment]
                self.claimant_sentence[index] = index
            elif giver is not None:
                by_sentence[index] = giver.value  # type: ignore[assignment]
                self.claimant_sentence[index] = index
            elif said:
                for back in range(1, CARRY_SENTENCES + 1):
                    if by_sentence.get(index - back):
                        by_sentence[index] = by_sentence[index - back]
                        self.claimant_sentence[index] = self.claimant_sentence[index - back]
                        break
        # A quotation line takes the claimant its line names ("– …, sa Zelenskyj").
        lines: dict[int, int] = {}
        for index, (s, _) in enumerate(self.spans):
            line_start = self.text.rfind("\n", 0, s) + 1
            lines[index] = line_start
        for index, (s, _) in enumerate(self.spans):
            if by_sentence.get(index) is None and _QUOTE_LINE.match(self.text[lines[index]:s + 2]):
                for other in range(index + 1, min(index + 4, len(self.spans))):
                    if lines[other] != lines[index]:
                        break
                    if by_sentence.get(other):
                        by_sentence[index] = by_sentence[other]
                        self.claimant_sentence[index] = self.claimant_sentence[other]
                        break
        return by_sentence

    def _speaker_distance(self, source: _Hit, verb: _Hit, named: list[_Hit]) -> float:
        """How likely ``source`` is the one speaking through ``verb`` (smaller is likelier):
        the gap between them, a possessive ("Russia's attacks") counting against it, and
        grammar ruling some out: a preposition ("according to", "secondo", "за словами") names
        the source after it, never one before it ("Kryvyi Rih, Zelensky's home town, according
        to the governor"), and a source inside the clause a verb reports ("X said that Ukrainian
        troops …", "повідомив, що українські військові …") is not its speaker. A title and a
        name side by side ("Gubernátor Luhanské oblasti Serhij Hajdaj") are one speaker: the
        nearer one's gap counts for both, so the more specific label can win."""
        return min(self._gap_to_verb(s, verb) for s in self._same_speaker(source, named))

    def _gap_to_verb(self, source: _Hit, verb: _Hit) -> float:
        """The gap between one source and one reporting word, with the penalties above."""
        if source.end <= verb.start:
            gap = verb.start - source.end
        elif verb.end <= source.start:
            gap = source.start - verb.end
        else:
            gap = 0
        possessive = self.text[source.end:source.end + 2] in ("'s", "’s")
        penalty = 40 if possessive else 0
        preps = self.lang.cues.get("source_preps")
        if source.end <= verb.start and preps:
            # (read on past the word: "selon lesquelles" points back, it is no preposition)
            prep = preps.match(self.text, verb.start)
            if prep and prep.end() == verb.end:
                penalty += NOT_THE_SPEAKER
        thats = self.lang.cues.get("complementizers")
        if verb.end <= source.start and thats:
            lead = _BEFORE_THAT.match(self.text, verb.end)
            that = thats.match(self.text, lead.end() if lead else verb.end)
            if that and that.end() <= source.start:
                penalty += NOT_THE_SPEAKER
        return gap + penalty

    def _same_speaker(self, source: _Hit, named: list[_Hit]) -> list[_Hit]:
        """``source`` and the sources that name the same speaker beside it: a title and a name
        a few words apart, with no reporting word or clause break between."""
        group = [source]
        for other in named:
            if other is source:
                continue
            a, b = (source, other) if source.end <= other.start else (other, source)
            if b.start < a.end:
                continue
            gap = self.text[a.end:b.start]
            if _APPOSITION.fullmatch(gap) and not any(
                    a.end <= h.start < b.start for h in self.speech) and not (
                    self.lang.clause_break and self.lang.clause_break.search(f" {gap} ")) \
                    and not _conjunctions(self.lang) & set(gap.casefold().split()):
                group.append(other)
        return group

    def _most_specific(self, source: _Hit, named: list[_Hit]) -> _Hit:
        """The source naming the same speaker as ``source`` with a clearly more specific label:
        two proper names more ("Kharkiv mayor Ihor Terekhov" over "the local mayor or
        administration", "Luhansk governor Serhiy Haidai" over "the regional governor"), but
        not a place in the title ("Moscow region governor": not "Russia")."""
        best = source
        for other in self._same_speaker(source, named):
            if _specificity(other)[0] >= _specificity(source)[0] + 2 and \
                    _specificity(other) > _specificity(best):
                best = other
        return best

    def _order_giver(self, sentence: int, named: list[_Hit]) -> _Hit | None:
        """A source named just before an order verb in ``sentence`` ("Шойгу наказав вивести
        війська", "Syrski zdecydował o wycofaniu"): announcing the order, it claims the act."""
        orders = self.lang.cues.get("orders")
        if orders is None or not named:
            return None
        s_start, s_end = self.spans[sentence]
        for m in orders.finditer(self.text, s_start, s_end):
            before = [h for h in named if 0 <= m.start() - h.end <= ORDER_GAP]
            if before:
                return before[-1]
        return None

    def attribute_back(self) -> None:
        """A sentence with no claimant takes the one the next sentence names when that
        sentence only attributes (a reporting verb and a source, no event of its own):
        "Окупанти наблизилися до Покровська. Про це заявив речник бригади.", "… . Lo ha
        annunciato Syrsky.", "… . Det siger det russiske forsvarsministerium lørdag." Call
        once :attr:`trigger_starts` is set."""
        for index in range(len(self.spans) - 1):
            nxt = index + 1
            if self.claimants.get(index) or self.claimant_sentence.get(nxt) != nxt:
                continue
            n_start, n_end = self.spans[nxt]
            if any(n_start <= t < n_end for t in self.trigger_starts):
                continue
            if n_end - n_start > BACK_ATTRIBUTION_CHARS or "\n" in self.text[
                    self.spans[index][1]:n_start]:
                continue  # a statement of its own, or the next paragraph's
            self.claimants[index] = self.claimants[nxt]
            self.claimant_sentence[index] = nxt
            self.attributed_back.add(index)

    def claimant(self, sentence: int, place: Place) -> tuple[str | None, Side | None]:
        """Who makes the claim in ``sentence`` (label in English) and their side."""
        found = self.claimants.get(sentence)
        if not found:
            return None, None
        label, side = found
        if side is None:  # a governor or an administration: of the country it governs
            side = {"UA": Side.UA, "RU": Side.RU}.get(place.entry.country)
        return label, side

    # -- actor ---------------------------------------------------------------------------
    def actor(self, sentence: int, trig, place: Place,
              claimant_side: Side | None) -> tuple[Side | None, str]:
        """The side doing it, and the rule that decided."""
        s_start, s_end = self.spans[sentence]
        voice = self._voice(sentence)
        # The place itself is never its own actor ("Kyiv" is also a side word: "Kyiv said")
        m_start, m_end = place.mention.start, place.mention.end
        sides = [h for h in self.sides if not (h.start < m_end and m_start < h.end)]
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
                 and not self._in_relative_clause(max(trig.end, m_end), h, s_end)]
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
                  # "The Ukrainian military said fighting continued": the speaker, not the actor
                  # (but "Russia announced the capture of X": a side claims its own gains)
                  and not (trig.type in (ClaimType.ATTACK, ClaimType.STRIKE) and speech
                           and self._speaks_between(h.end, trig.start))]
        if before:
            side = self._side(before[-1], claimant_side, voice)
            modifiers = self.lang.cues.get("modifiers")
            if (trig.type is ClaimType.ATTACK and side is not None and modifiers
                    and (modifiers.search(self.text, before[-1].end, trig.start)
                         or (modifiers.match(trig.text) and trig.start - before[-1].end <= 30))):
                # "Ukrainian forces repelled 40 attacks", "żołnierze wciąż odpierają ataki":
                # the attackers are the other side (but "the enemy's attempts to break through
                # … were repelled": the enemy attacked)
                return side.opponent(), "the side that repelled it, reversed"
            if (side is not None and self._under_fire(trig)
                    and _SAME_CLAUSE.fullmatch(self.text, before[-1].end, trig.start)):
                # "Russi sotto pressione", "vojáci u Krynek uvízli pod palbou" (but "Russian
                # aviation dropped bombs: … came under fire": the attacker's own clause)
                return side.opponent(), "the side under fire, reversed"
            return side, "nearest side before the trigger"
        ordering = self._ordered_by(sentence, trig)
        if ordering is not None:
            return ordering, "the side of the commander who ordered it"
        modifiers = self.lang.cues.get("modifiers")
        if (trig.type is ClaimType.ATTACK and claimant_side in (Side.UA, Side.RU) and modifiers
                and modifiers.search(self.text, s_start, s_end)):
            # "В Генштабе ВСУ заявили, что … отражено 46 атак": the claimant's side repelled
            # them, so the other side attacked
            return claimant_side.opponent(), "repelled by the claimant's side"
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
                   and not self._speaks(h) and "\n" not in self.text[h.end:s_start]]
        if earlier and trig.type is ClaimType.ATTACK:
            return self._side(earlier[-1], claimant_side, voice), "side named just before"
        later = [h for h in sides if trig.end <= h.start < s_end and not any(
            a <= h.start and h.end <= b and b - a > h.end - h.start for a, b in self.source_spans)
            and not self._in_relative_clause(max(trig.end, m_end), h, s_end)]
        for hit in later[:1]:
            # "After capturing Avdiivka in February, Russian troops …": the clause's subject
            gap = self.text[trig.end:hit.start]
            if "," in gap and not (preps and _just_before(preps, gap)):
                side = self._side(hit, claimant_side, voice)
                if side is not None and self._under_fire(trig):
                    return side.opponent(), "the side under fire, reversed"
                return side, "subject of the main clause"
        if claimant_side in (Side.UA, Side.RU) and trig.type in (
                ClaimType.CAPTURE, ClaimType.ADVANCE, ClaimType.WITHDRAWAL):
            return claimant_side, "the claimant's own side (none named)"
        return None, "not stated"

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

    def _in_relative_clause(self, start: int, hit: _Hit, s_end: int) -> bool:
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

    def _speaks(self, hit: _Hit) -> bool:
        """True when a side phrase is a speaker: inside a claimant's name, or just before a
        reporting verb or a denial ("Russia said", "Kyiv denied")."""
        if any(a <= hit.start and hit.end <= b for a, b in self.source_spans):
            return True
        tail_end = min(len(self.text), hit.end + 25)
        return any(hit.end <= h.start < tail_end and not self._inserted(h.start, h.end)
                   for h in self.speech) or any(
            hit.end <= h.start < tail_end for h in self.denials)

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
    def _side(hit: _Hit, claimant_side: Side | None, voice: Side | None = None) -> Side | None:
        if hit.value == _ENEMY:
            speaker = claimant_side if claimant_side in (Side.UA, Side.RU) else voice
            opponent = speaker.opponent() if speaker else None
            return opponent or Side.RU
        if hit.value == _OWN:  # "its forces": the claimant's side
            return claimant_side if claimant_side in (Side.UA, Side.RU) else None
        return hit.value  # type: ignore[return-value]

    # -- status --------------------------------------------------------------------------
    def status(self, sentence: int, trig, place: Place) -> tuple[Status, bool | None]:
        """Denied when a denial of it follows (same place, next sentences), and verification."""
        status = Status.CLAIMED
        same = self.place_sentences.get(place.entry.place_id, set())
        gains = trig.type in (ClaimType.CAPTURE, ClaimType.ADVANCE, ClaimType.WITHDRAWAL)
        for hit in self.denials:
            if ((hit.sentence == sentence and (0 <= trig.start - hit.end <= 60
                                               or hit.start >= trig.end)) or (
                sentence < hit.sentence <= sentence + 2 and hit.sentence in same
            ) or (
                # "Russiske tropper har generobret Krynky. Det afviste den ukrainske flåde.":
                # the next sentence denies without naming a place, so it denies this
                gains and hit.sentence == sentence + 1 and hit.sentence not in self.named
            )) and denies(self.text, self.lang, self.triggers, self.spans, hit.start, hit.end,
                          hit.sentence, trig):
                status = Status.DENIED
                break
        verified: bool | None = None
        if self.article_unverified or any(
            h.sentence in (sentence, sentence + 1) for h in self.unverified
        ):
            verified = False
        return status, verified
