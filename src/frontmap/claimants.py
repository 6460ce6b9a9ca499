"""Who says so: the claimant of each sentence, read from claimant names and reporting verbs.

:class:`ClaimantReading` is the part of :class:`frontmap.attribution.Context` that finds the
named sources of an article and decides, sentence by sentence, which of them makes the claims
(the one nearest a reporting verb, a commander ordering the act, a source carried from the
sentences before or named just after). The hits it works on (:class:`Hit`) are shared with
the side and status evidence of :mod:`frontmap.attribution`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .languages import Language
from .models import Place
from .segmentation import sentence_index
from .vocab import Side

_QUOTE_LINE = regex.compile(r"^\s*[–—\-«\"“„]")
#: How many sentences back a reporting verb without a named source looks for its source.
CARRY_SENTENCES = 3
#: What grammar adds to the gap of a source that cannot be a verb's speaker (see
#: :meth:`ClaimantReading._speaker_distance`): it still speaks when no other source does.
NOT_THE_SPEAKER = 200
#: Between a title and a name of one speaker: a few words, commas, no other punctuation.
_APPOSITION = regex.compile(r"[\s,]*(?:[\w’'-]+[\s,]+){0,4}")
#: A word with a capital (a proper name in an English claimant label), after any bracket.
_CAPITAL = regex.compile(r"\W*\p{Lu}")
#: Between a reporting verb and the word opening what it reports ("said that", "uvedl, že").
_BEFORE_THAT = regex.compile(r"[\s,:]{0,3}")
#: The longest sentence read as a mere attribution of the one before ("Про це повідомив …").
BACK_ATTRIBUTION_CHARS = 160
#: How far an order verb may follow the commander's name.
ORDER_GAP = 30
#: How far a side may stand before the reporting verb it is the subject of ("have also
#: reported": an auxiliary and an adverb).
SIDE_SPEAKER_GAP = 20
#: Between a side and its reporting verb: words of one clause, no punctuation.
_SAME_CLAUSE = regex.compile(r"[^,;:.!?()–—\"«»“”]*")
#: The claimant label of a side that reports by itself ("Russian forces reported").
SIDE_LABELS = {Side.UA: "Ukrainian military", Side.RU: "Russian military"}
#: A claimant label (always English) of someone speaking for a region or a city.
_REGIONAL = regex.compile(r"\b(?:governor|mayor|administration|regional|oblast|city council)\b",
                          regex.IGNORECASE)
#: An unnamed source ("officials said"): it speaks, but names nobody.
GENERIC = ("", None)


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase found in the text: where, in which sentence, and what it stands for."""

    start: int
    end: int
    sentence: int
    value: object


def hits(pattern: regex.Pattern[str] | None, text: str, spans: list[tuple[int, int]],
         start: int, value: object = None) -> list[Hit]:
    """Every match of ``pattern`` in ``text`` from ``start`` as a :class:`Hit` (its value
    ``value``, or the matched text)."""
    if pattern is None:
        return []
    return [Hit(m.start(), m.end(), sentence_index(spans, m.start()),
                value if value is not None else m.group())
            for m in pattern.finditer(text, start)]


@cache
def _conjunctions(lang: Language) -> frozenset[str]:
    """The language's one-word conjunctions ("and", "e", "і"): a title and a name joined by
    one are two speakers ("Kiev e Chernihiv, ma il governatore")."""
    words = lang.raw.get("grammar", {}).get("conjunctions", [])
    return frozenset(w.casefold() for w in words if w.isalpha())


def _specificity(source: Hit) -> tuple[int, int]:
    """How specific a claimant label is: its capitalised words, then its length."""
    label = source.value[0]  # type: ignore[index]
    return sum(bool(_CAPITAL.match(word)) for word in label.split()), len(label)


class ClaimantReading:
    """Claimant methods of :class:`frontmap.attribution.Context` (a mixin: the attributes
    below are the context's)."""

    text: str
    lang: Language
    spans: list[tuple[int, int]]
    speech: list[Hit]
    claimants: dict[int, tuple[str, Side | None] | None]
    claimant_sentence: dict[int, int]
    trigger_starts: list[int]
    attributed_back: set[int]
    continued: set[int]
    sides: list[Hit]
    regions: dict[int, set[str | None]]
    claim_regions: dict[int, set[str | None]]

    def _inserted(self, start: int, end: int) -> bool:  # defined by the context
        raise NotImplementedError

    def _sources(self, start: int) -> list[Hit]:
        """Claimant names, longest first where they overlap."""
        found = []
        for index in self.lang.source_filter.candidates(self.text):
            pattern, label, side = self.lang.sources[index]
            for m in pattern.finditer(self.text, start):
                found.append(Hit(m.start(), m.end(), sentence_index(self.spans, m.start()),
                                  (label, side)))
        found.sort(key=lambda h: (-(h.end - h.start), h.start))
        kept: list[Hit] = []
        for hit in found:
            if all(hit.end <= k.start or hit.start >= k.end for k in kept):
                kept.append(hit)
        return sorted(kept, key=lambda h: h.start)

    def _claimants(self, sources: list[Hit]) -> dict[int, tuple[str, Side | None] | None]:
        """The claimant of each sentence: the named source nearest a reporting verb; else one
        who orders the action ("Шойгу наказав вивести війська"); else, for a sentence that
        reports without naming anyone ("said", "podle něj", "according to him"), the claimant
        of a sentence just before."""
        by_sentence: dict[int, tuple[str, Side | None] | None] = {}
        start = self.spans[0][0] if self.spans else 0
        pronouns = hits(self.lang.cues.get("inserted_source"), self.text, self.spans, start)
        generic = self._generic_sources(sources, start)
        spoken: set[int] = set()  # sentences whose reporting verb has a subject of its own
        for index in range(len(self.spans)):
            said = [h for h in self.speech + pronouns if h.sentence == index]
            # "Ukrajinská armáda podle něj opustila …": "him" is the previous sentence's source,
            # not a side named in this one
            verbs = [h for h in said if not self._inserted(h.start, h.end)]
            named = [h for h in sources if h.sentence == index]
            candidates = named + [h for h in generic if h.sentence == index
                                  and not self._cited(h, named)]
            giver = self._order_giver(index, named)
            side_speaker = self._side_speaker(index, verbs) if verbs and not candidates else None
            if verbs and candidates:
                nearest = min(candidates, key=lambda s: min(
                    self._speaker_distance(s, v, candidates) for v in verbs))
                # within that speaker's title and name, the part nearest the verb, unless
                # another part is clearly more specific
                nearest = min(self._same_speaker(nearest, candidates), key=lambda s: min(
                    self._gap_to_verb(s, v) for v in verbs))
                best = self._first_of_pair(self._most_specific(nearest, candidates), candidates)
                spoken.add(index)
                if best.value is GENERIC:
                    # "…, officials said": someone unnamed speaks, not the source of before
                    continue
                by_sentence[index] = best.value  # type: ignore[assignment]
                self.claimant_sentence[index] = index
            elif side_speaker is not None:
                by_sentence[index] = side_speaker
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
        self._continue_statements(by_sentence, sources, spoken)
        return by_sentence

    def _continue_statements(self, by_sentence: dict[int, tuple[str, Side | None] | None],
                             sources: list[Hit], spoken: set[int]) -> None:
        """A statement runs on into the next sentences of its paragraph ("В ведомстве уточнили,
        что … . На Покровском направлении подразделения улучшили положение."): a sentence with
        no reporting word and no source of its own keeps the claimant of the one before, as
        long as no paragraph break intervenes, and a regional claimant stays in its region
        (:meth:`_out_of_region`). Such sentences are :attr:`continued`, and an
        attribution after them (:meth:`attribute_back`) still overrides."""
        said = {h.sentence for h in self.speech} | spoken | {h.sentence for h in sources}
        for index in range(1, len(self.spans)):
            if by_sentence.get(index) or index in said or not by_sentence.get(index - 1):
                continue
            if "\n" in self.text[self.spans[index - 1][1]:self.spans[index][0]]:
                continue
            if self._out_of_region(by_sentence[index - 1], self.claimant_sentence[index - 1],
                                   index):
                continue
            by_sentence[index] = by_sentence[index - 1]
            self.claimant_sentence[index] = self.claimant_sentence[index - 1]
            self.continued.add(index)

    def _out_of_region(self, claimant: tuple[str, Side | None] | None, named_in: int,
                       sentence: int) -> bool:
        """True when a regional claimant (a governor, an administration, a mayor, named or
        with no side of its own) would run on into a sentence whose places all lie in other
        regions than the places named with it ("Il governatore di Dnipropetrovsk … .
        Esplosioni anche a Odessa e Kharkiv."): the newspaper reports those itself, the
        governor speaks for his region."""
        if not claimant or not (claimant[1] is None or _REGIONAL.search(claimant[0])):
            return False
        own = self.regions.get(named_in, set()) - {None}
        there = self.claim_regions.get(sentence, set())
        return bool(own) and bool(there) and None not in there and not own & there

    def _cited(self, generic: Hit, named: list[Hit]) -> bool:
        """True when an unnamed source is only cited by a source named before it ("agencja
        TASS, powołując się na resort obrony, podała"): the named one speaks."""
        preps = self.lang.cues.get("source_preps")
        return generic.value is GENERIC and preps is not None and any(
            s.end <= generic.start and preps.search(self.text, s.end, generic.start)
            for s in named)

    def _generic_sources(self, sources: list[Hit], start: int) -> list[Hit]:
        """Unnamed subjects of reporting verbs ("officials", "the ministry", "власти"), from
        the language's ``generic_sources``: one whose ``refers_to`` is part of the label of a
        source named earlier ("the ministry" after "Russia's defence ministry") stands for that
        source; any other is someone unnamed (:data:`GENERIC`), who keeps a named source of
        the sentences before from speaking again. A name a listed source covers wins."""
        found: list[Hit] = []
        for pattern, refers_to in self.lang.generic_sources:
            for m in pattern.finditer(self.text, start):
                if any(s.start < m.end() and m.start() < s.end for s in sources):
                    continue
                value: object = GENERIC
                if refers_to:
                    earlier = [s for s in sources if s.end <= m.start()
                               and refers_to.casefold() in s.value[0].casefold()]  # type: ignore[index]
                    if earlier:
                        value = earlier[-1].value
                found.append(Hit(m.start(), m.end(), sentence_index(self.spans, m.start()),
                                 value))
        return sorted(found, key=lambda h: h.start)

    def _side_speaker(self, sentence: int, verbs: list[Hit]) -> tuple[str, Side] | None:
        """A side as the subject of a reporting verb ("Russiske styrker har meldt om
        fremgang", "Russian forces reported"): that side claims it. Only a side just before
        the verb, in its clause, and not before a word naming its source after it ("Russian
        forces, according to …")."""
        preps = self.lang.cues.get("source_preps")
        for verb in verbs:
            if preps and (m := preps.match(self.text, verb.start)) and m.end() == verb.end:
                continue
            for hit in self.sides:
                if hit.sentence == sentence and hit.value in (Side.UA, Side.RU) and \
                        0 <= verb.start - hit.end <= SIDE_SPEAKER_GAP and \
                        _SAME_CLAUSE.fullmatch(self.text[hit.end:verb.start]) and not (
                            preps and preps.search(self.text, hit.end, verb.start)):
                    # ("Ryska trupper angriper enligt bedömningen": the side acts, a source
                    # word after it names who judges)
                    return SIDE_LABELS[hit.value], hit.value  # type: ignore[index,return-value]
        return None

    def _first_of_pair(self, source: Hit, named: list[Hit]) -> Hit:
        """The first of two sources joined by a conjunction ("TASS en RIA Novosti meldden"):
        the pair speaks together, and the first named stands for it."""
        conjunctions = _conjunctions(self.lang)
        for other in sorted(named, key=lambda h: -h.start):
            if other.end <= source.start and other.value is not GENERIC:
                words = self.text[other.end:source.start].replace(",", " ").casefold().split()
                if len(words) == 1 and words[0] in conjunctions:
                    source = other
        return source

    def _speaker_distance(self, source: Hit, verb: Hit, named: list[Hit]) -> float:
        """How likely ``source`` is the one speaking through ``verb`` (smaller is likelier):
        the gap between them, a possessive ("Russia's attacks") counting against it, and
        grammar ruling some out: a preposition ("according to", "secondo", "за словами") names
        the source after it, never one before it ("Kryvyi Rih, Zelensky's home town, according
        to the governor"), and a source inside the clause a verb reports ("X said that Ukrainian
        troops …", "повідомив, що українські військові …") is not its speaker. A title and a
        name side by side ("Gubernátor Luhanské oblasti Serhij Hajdaj") are one speaker: the
        nearer one's gap counts for both, so the more specific label can win."""
        return min(self._gap_to_verb(s, verb) for s in self._same_speaker(source, named))

    def _gap_to_verb(self, source: Hit, verb: Hit) -> float:
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

    def _same_speaker(self, source: Hit, named: list[Hit]) -> list[Hit]:
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

    def _most_specific(self, source: Hit, named: list[Hit]) -> Hit:
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

    def _order_giver(self, sentence: int, named: list[Hit]) -> Hit | None:
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
            if (self.claimants.get(index) and index not in self.continued) or \
                    self.claimant_sentence.get(nxt) != nxt:
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
