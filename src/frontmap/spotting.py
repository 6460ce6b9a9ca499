"""Spotting place names in text: which spans may name a place, and what the words around say.

A span is a run of up to five capitalised-or-joined words whose folded key is in the gazetteer —
as written, after the language's inflection rules (Kharkivs → Kharkiv, Бахмуті → Бахмут), after a
closed-compound suffix (Luhanskregionens → Luhansk), or as a sector adjective (бахмутському
напрямку → Бахмут). Longest match wins. The words around a span give a hint (region, settlement,
front sector) and a role (organisation name, a person's office, a mere reference point) that the
geocoder and the claim extractor use. Filtering of common words is done here too, with wordfreq.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence
from functools import lru_cache

import regex

from .gazetteer import (
    FLAG_ALT,
    FLAG_ALT_CYRILLIC,
    FLAG_COUNTRY_NAME,
    FLAG_FORMER,
    FLAG_GENERATED,
    FLAG_PRIMARY,
    Gazetteer,
    prior,
)
from .languages import Language
from .models import Article, Candidate, Mention
from .normalize import fold
from .people import after_given_name, bylines, is_capitalised, person_name
from .people import people as people_spans
from .people import wordfreq_lang as _wordfreq_lang
from .people import zipf as _zipf
from .references import settle_references
from .romanize import ukrainian_spellings
from .segmentation import Token, sentence_index, sentences, tokens
from .vocab import PlaceKind

log = logging.getLogger(__name__)

MAX_SPAN_TOKENS = 5
MAX_BEAM = 8
#: Words at least this long that are no known name may be a one-letter variant of one.
FUZZY_MIN_LENGTH = 7
#: Zipf frequency above which a capitalised word is more likely a word than a small place.
COMMON_ZIPF = 3.3
#: Zipf frequency of function words ("Man", "Der"): never a name at the start of a sentence.
FUNCTION_WORD_ZIPF = 5.0
#: A town that is an administrative seat and this populous is named under its own name even
#: with a surname's ending (Kremenchuk); districts of a city (PPLX) do not count.
CITY_POPULATION = 50_000
#: Zipf frequency under which the word after a name's hyphen is a name's second part.
RARE_PART_ZIPF = 1.0
#: A hyphen joining two words with no space ("Orichovo-Vasyljivka").
_TIGHT_HYPHEN = regex.compile(r"[-‐‑]")
#: Separators allowed inside a multi-word name.
_JOIN = regex.compile(r"\A(?:[ \u00a0]|\s?[-‐‑–]\s?)\Z")
#: A date after a dateline's place ("KYIV, June 3", "Kyiv, le 12 juin 2023", "MOSCÚ, 13 mar").
_DATELINE_DATE = (r",\s*(?:le\s+)?(?:\d{1,2}\.?\s*\p{L}{3,12}\.?|\p{L}{3,12}\.?\s+\d{1,2})"
                  r"(?:,?\s+\d{4})?")
#: What follows a dateline's place: more places ("MOSKOU/KYIV"), a country or a date, then the
#: agency or a dash.
_DATELINE = regex.compile(
    r"\A(?:\s*/\s*[\p{L}-]+)*\s*"
    rf"(?:{_DATELINE_DATE}\s*"
    r"|,\s*[\p{L} ]{2,30}\s*)?(?:\(|—|–|-|\.-)")
#: The first places of a dateline naming several ("MOSKOU/" before "KYIV (ANP) -").
_DATELINE_LEAD = regex.compile(r"\s*(?:[\p{Lu}-]{2,}\s*/\s*)+")
#: The same in ordinary case ("Moskau/" before "Kiew (AFP) -"): taken with the plain test below.
_DATELINE_LEAD_PLAIN = regex.compile(r"\s*(?:\p{Lu}[\p{L}-]+\s*/\s*)+")
#: The same, where the place is not in capitals: only with an agency or a date, or a spaced
#: dash right after the name ("Kyjev - Ruské jednotky …", "Kyiv, le 12 juin 2023 (Ukrinform) —").
_DATELINE_PLAIN = regex.compile(
    r"\A(?:\s*/\s*[\p{L}-]+)*(?:\s+[-–—]\s"
    rf"|{_DATELINE_DATE}"
    r"\s*(?:\(|[-–—]|\.-)|\s*\([\p{L}/ ]{2,30}\)\s*[-–—.])")
#: A line, quotation or dash-led line opening just before a word (see _after_quote).
_QUOTE_OPENS = regex.compile(r"(?:^|[\n«\"“„–—]\s*)\Z")
_ELISION = regex.compile(r"\A(?:d|l|qu|dell|all|nell|sull|dall|coll|s|j|n)['’ʼ`](?=\p{Lu})",
                         regex.IGNORECASE)


class Spotter:
    """Finds place-name mentions in an article, for one gazetteer."""

    def __init__(self, gazetteer: Gazetteer, focus: dict[str, float] | None = None) -> None:
        self.gazetteer = gazetteer
        self.focus = focus or {}
        """Front-line regions and their prior weight (as the geocoder uses them): they decide
        between readings of an inflected word ("Мар'їнському" is Marinka's, not Mariinsk's)."""
        self.fuzzy_regions = frozenset(r for r, w in self.focus.items() if w >= 0.2)
        """Regions where a one-letter-off spelling is trusted (the front line)."""

    # -- lookups -------------------------------------------------------------------------
    # Words recur across a batch (names, and the capitalised words around them), and a
    # language's suffix list runs to hundreds of endings: the per-word lookups are memoised.
    @lru_cache(maxsize=200_000)  # noqa: B019 — one Spotter per gazetteer, kept for the run
    def _variants(self, word: str, lang: Language, shortest: int = 3
                  ) -> tuple[tuple[str, str], ...]:
        """(key, rule) pairs a word may stand for, as written first. A reading shorter than
        ``shortest`` letters is not tried (two letters are fine inside a name: "Яр")."""
        out = [(fold(word), "exact")]
        lower = word.casefold()
        for ending, replacement in lang.suffixes:
            stem = lower[: len(lower) - len(ending)] + replacement
            if lower.endswith(ending) and len(lower) > len(ending) and len(stem) >= shortest:
                out.append((fold(stem), f"suffix -{ending}"))
        if (lang.ukrainian_endings or lang.ukrainian_letters) and not any(
                self._ukrainian_rows(key) for key, _ in out):
            # no reading names a Ukrainian village: try the Ukrainian spellings of each
            out += [(uk, f"{rule} (ukrainian spelling)") for key, rule in list(out)
                    for uk in self._ukrainian(key, lang)
                    if uk in self.gazetteer or self.gazetteer.has_prefix(uk + " ")]
        return tuple(out)

    def _ukrainian_rows(self, key: str) -> list[tuple[int, int]]:
        """The rows of ``key`` that are Ukrainian settlements."""
        return [(r, f) for r, f in self.gazetteer.get(key)
                if (e := self.gazetteer.entry(r)).country == "UA"
                and e.kind is PlaceKind.SETTLEMENT]

    @lru_cache(maxsize=100_000)  # noqa: B019 — as _variants
    def _ukrainian(self, key: str, lang: Language) -> tuple[str, ...]:
        """Keys of the Ukrainian spellings a Russian-written name may stand for ("лукьянцы" →
        "лукянці"): only those naming a Ukrainian settlement, or starting the name of one."""
        out: list[str] = []
        for spelling in ukrainian_spellings(key, lang.ukrainian_letters, lang.ukrainian_endings):
            uk = fold(spelling)
            if uk == key or uk in out:
                continue
            if self.gazetteer.has_prefix(uk + " ") or self._ukrainian_rows(uk):
                out.append(uk)
        return tuple(out)

    @lru_cache(maxsize=100_000)  # noqa: B019 — as _variants (the same names recur)
    def _best_variant(self, keys: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
        """Among the keys a word may stand for, the one naming the most prominent place.

        "Charkowie" is Kharkiv's locative before it is the village Kharkove; the form as written
        wins ties and small margins, an inflected reading wins when it names a far likelier
        place.
        """
        best: tuple[float, str, str] | None = None
        for key, rule in keys:
            rows = self.gazetteer.get(key)
            if not rows:
                continue
            strength = max(prior(self.gazetteer.entry(r), f)[0]
                           + self.focus.get(self.gazetteer.entry(r).admin1 or "", 0.0)
                           for r, f in rows)
            strength += 0.3 if rule == "exact" else 0.0
            if best is None or strength > best[0]:
                best = (strength, key, rule)
        return (best[1], best[2]) if best else None

    def _compound(self, word: str, lang: Language) -> tuple[str, str] | None:
        lower = word.casefold()
        for suffix in lang.compound_suffixes:
            if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
                stem = fold(lower[: len(lower) - len(suffix)].rstrip("-"))
                for key in (stem, stem.rstrip("s")):
                    if key in self.gazetteer:
                        return key, f"compound -{suffix}"
        return None

    @lru_cache(maxsize=200_000)  # noqa: B019 — as _variants
    def _adjective(self, word: str, lang: Language) -> tuple[str, str] | None:
        """Sector adjectives: бахмутському → Бахмут, kupiański → Kupiańsk."""
        lower = word.casefold()
        for ending, replacement in lang.adjective_suffixes:
            if lower.endswith(ending) and len(lower) - len(ending) >= 3:
                key = fold(lower[: len(lower) - len(ending)] + replacement)
                if key in self.gazetteer:
                    return key, f"adjective -{ending}"
        return None

    # -- spotting ------------------------------------------------------------------------
    def spot(self, article: Article, lang: Language) -> list[Mention]:
        """All place mentions of ``article`` (sorted by position, non-overlapping)."""
        text = article.text
        toks = tokens(text)
        sents = sentences(text, article.body_start)
        starts = {s for s, _ in sents}
        people = people_spans(text, toks, lang) + bylines(text, article.body_start, lang)
        mentions: list[Mention] = []
        surnames: set[str] = set()  # keys of words read as part of a person's name
        i, n = 0, len(toks)
        while i < n:
            found = self._match_at(text, toks, i, lang)
            if found is None:
                i += 1
                continue
            j, key, rule, start = found
            end = toks[j].end
            if any(s < end and start < e for s, e in people):
                i = j + 1  # a claimant's name (Putin, Syrskyi), whatever village shares it
                continue
            mention = self._mention(article, lang, text, sents, starts, toks, i, j, start, end,
                                    key, rule, surnames)
            if mention is not None:
                mentions.append(mention)
            i = j + 1
        mentions = [m for m in mentions if not self._named_person(m, surnames)]
        settle_references(text, mentions, lang, lambda m: self._metonym_role(text, m, lang))
        _propagate_hints(text, mentions, lang)
        return mentions

    def _match_at(
        self, text: str, toks: Sequence[Token], i: int, lang: Language
    ) -> tuple[int, str, str, int] | None:
        """Longest name starting at token ``i``: (last token, key, rule, start offset)."""
        first = toks[i].text
        start = toks[i].start
        elided = _ELISION.match(first)
        if elided:
            first = first[elided.end():]
            start += elided.end()
        if not is_capitalised(first):
            if lang.adjective_suffixes:
                adj = self._adjective(first, lang)
                if not adj:
                    return None
                # "на киевском и черниговском направлениях", "na kierunku donieckim i
                # ługańskim": a list of adjectives shares the noun before or after it
                last, head = self._adjective_list(text, toks, i, lang)
                after = text[toks[last].end:toks[last].end + 40]
                before = text[max(0, toks[head].start - 40):toks[head].start]
                if (adj and lang.direction_after and lang.direction_after.match(after)) or (
                        adj and lang.direction_before and lang.direction_before.search(before)):
                    return i, adj[0], adj[1] + " (sector)", start
                if adj and ((lang.region_after and lang.region_after.match(after)) or (
                        lang.region_before and lang.region_before.search(before))):
                    return i, adj[0], adj[1] + " (region)", start  # "w obwodzie donieckim"
            return None
        # A beam of key prefixes: every word of a multi-word name may be inflected
        # ("Новій Каховці" → "нова каховка", "Часовому Яру" → "часів яр").
        prefixes: list[tuple[str, str]] = [("", "exact")]
        best: tuple[int, str, str, int] | None = None
        word, j = first, i
        while True:
            variants = self._variants(word, lang, 3 if j == i else 2)
            extended: list[tuple[str, str]] = []
            found: list[tuple[str, str]] = []
            for prefix, prefix_rule in prefixes:
                for key, rule in variants:
                    full = f"{prefix} {key}" if prefix else key
                    how = rule if rule != "exact" else prefix_rule
                    if full in self.gazetteer:
                        found.append((full, how))
                    if self.gazetteer.has_prefix(full + " "):
                        extended.append((full, how))
            chosen = self._best_variant(tuple(found))
            if chosen:
                best = (j, chosen[0], chosen[1], start)  # later (longer) matches override
            if not extended or j + 1 >= len(toks) or j - i + 1 >= MAX_SPAN_TOKENS:
                break
            if not _JOIN.match(text[toks[j].end:toks[j + 1].start]):
                break
            nxt = toks[j + 1].text
            if not (is_capitalised(nxt) or (len(nxt) <= 3 and nxt.islower())
                    or (lang.region_after and lang.region_after.match(" " + nxt))):
                break  # "Le port", "El centro": a name's later words are capitalised too
            prefixes = extended[:MAX_BEAM]
            j += 1
            word = toks[j].text
        if best is None:
            comp = self._compound(first, lang)
            if comp:
                best = (i, comp[0], comp[1], start)
        if best is None and len(first) >= FUZZY_MIN_LENGTH and not first.isupper():
            near = self._fuzzy(fold(first))
            if near:
                best = (i, near, "fuzzy (one letter off)", start)
        if best is not None and self._cut_from_name(text, toks, best[0], lang):
            return None
        return best

    def _cut_from_name(self, text: str, toks: Sequence[Token], j: int, lang: Language) -> bool:
        """True when the match ending at token ``j`` is only the first part of a hyphenated
        name ("Orichovo" of an unknown "Orichovo-Vasyljivka"): the part names another place.
        A known second part ("Bachmut-Soledar") or a common word ("Cherson-Offensive") leaves
        the first part a name of its own."""
        k = j + 1
        if k >= len(toks) or not _TIGHT_HYPHEN.fullmatch(text, toks[j].end, toks[k].start):
            return False
        word = toks[k].text
        if not is_capitalised(word) or len(word) < 3 or word.isupper():
            return False
        if any(key in self.gazetteer for key, _ in self._variants(word, lang)):
            return False
        return (_zipf(word.casefold(), _wordfreq_lang(lang.code)) < RARE_PART_ZIPF
                and _zipf(word.casefold(), "en") < RARE_PART_ZIPF)

    def _adjective_list(self, text: str, toks: Sequence[Token], i: int, lang: Language
                        ) -> tuple[int, int]:
        """The last and the first token of the list of lower-case place adjectives that token
        ``i`` belongs to ("киевском и черниговском", "donieckim, ługańskim i charkowskim"): the
        sector or region noun stands only after the last one or before the first one."""

        def step(k: int, direction: int) -> int | None:
            for m in range(k + direction, k + 4 * direction, direction):
                if not 0 <= m < len(toks):
                    return None
                a, b = (k, m) if direction > 0 else (m, k)
                word = toks[m].text
                if (lang.list_gap.match(text[toks[a].end:toks[b].start])
                        and word[:1].islower() and self._adjective(word, lang)):
                    return m
            return None

        last = head = i
        while (nxt := step(last, 1)) is not None:
            last = nxt
        while (prv := step(head, -1)) is not None:
            head = prv
        return last, head

    @lru_cache(maxsize=50_000)  # noqa: B019 — one Spotter per gazetteer, kept for the run
    def _fuzzy(self, key: str) -> str | None:
        """The one name key a letter away from ``key`` ("Hulyaipole", "Inanivske"), if exactly
        one is: a typo or a rare spelling. Only keys sharing the first three letters are
        compared, so this stays cheap."""
        from rapidfuzz.distance import Levenshtein

        found: dict[str, set[int]] = {}
        for candidate in itertools.islice(self.gazetteer.keys_with_prefix(key[:3]), 5000):
            if " " not in candidate and abs(len(candidate) - len(key)) <= 1 and \
                    Levenshtein.distance(key, candidate, score_cutoff=1) <= 1:
                rows = {r for r, _ in self.gazetteer.get(candidate)}
                if any(self.gazetteer.entry(r).admin1 in self.fuzzy_regions for r in rows):
                    found[candidate] = rows
        if not found:
            return None
        # Several near keys are fine when they spell the same place (hulyaypole, huliaipole).
        shared = set.intersection(*found.values())
        return min(found) if shared else None

    def _mention(
        self, article: Article, lang: Language, text: str, sents: list[tuple[int, int]],
        starts: set[int], toks: Sequence[Token], i: int, j: int, start: int, end: int, key: str,
        rule: str, surnames: set[str] | None = None,
    ) -> Mention | None:
        """The mention of the name matched at tokens ``i``..``j``, or None when the words
        around make it no place. The key of a name read as part of a person's name is added to
        ``surnames`` (see :meth:`_named_person`)."""
        surnames = set() if surnames is None else surnames
        if rule.startswith("suffix -") and rule[8:9] in "'’":
            end -= len(rule) - 8  # "Kyiv's": the name part is the surface
        surface = text[start:end]
        rows = self.gazetteer.get(key)
        if not rows:
            return None
        if "(ukrainian spelling)" not in rule and not self._ukrainian_rows(key):
            # Каменка, a Russian village's name only: also the Ukrainian Кам'янки
            # (keyed as a Russian name of the village, as GeoNames would have it)
            known = {r for r, _ in rows}
            rows = rows + list(dict.fromkeys(
                (r, FLAG_ALT_CYRILLIC) for uk in self._ukrainian(key, lang)
                for r, _ in self._ukrainian_rows(uk) if r not in known))
        single = i == j
        country = any(flags & FLAG_COUNTRY_NAME for _, flags in rows)
        sentence_start = toks[i].start in starts or _after_quote(text, start)
        if single and not country and not rule.startswith("adjective"):
            if surface.casefold() in lang.ignore or fold(surface) in lang.ignore:
                return None
            if lang.surname and lang.surname.search(surface) and not (
                    lang.settlement_before and lang.settlement_before.search(
                        text[max(0, start - 60):start])) and max(
                    (e.population for r, _ in rows
                     if (e := self.gazetteer.entry(r)).feature_code.startswith("PPLA")
                     or e.feature_code == "PPLC"), default=0) < CITY_POPULATION:
                # "Taras Shevchenko": a surname, though villages bear it (a city such as
                # Kremenchuk is news under its own name)
                surnames.add(key)
                return None
            if self._looks_like_word(surface, sentence_start, lang, rows) and not (
                    sentence_start and lang.in_named_place.match(text[end:end + 40])
                    and _zipf(surface.casefold(), _wordfreq_lang(lang.code)) < FUNCTION_WORD_ZIPF
                    and max((e.population for r, _ in rows
                             if (e := self.gazetteer.entry(r)).country in ("UA", "RU")),
                            default=0) >= 10_000):
                # (but "Лиман у Донецькій області …": a town in a named region)
                return None
            small = max(self.gazetteer.entry(r).population for r, _ in rows) < 100_000
            if small and after_given_name(text, toks, i, self.gazetteer, lang):
                surnames.add(key)
                return None  # "Alexei Smirnov": a surname, not the village Smirnykh
            if small and not lang.raw.get("capitalised_nouns") and person_name(
                    text, toks, i, j, self.gazetteer, lang,
                    lambda w: any(k in self.gazetteer for k, _ in self._variants(w, lang))):
                surnames.add(key)
                return None
        elif single and country and sentence_start and _zipf(
                surface.casefold(), _wordfreq_lang(lang.code)) >= FUNCTION_WORD_ZIPF:
            return None  # "Man …" opens a Danish sentence; it is not the Isle of Man
        before, after = text[max(0, start - 60):start], text[end:end + 60]
        if single and not country and lang.person_before and lang.person_before.search(before):
            surnames.add(key)
            return None  # "Vice President Kamala", "Prime Minister Kaja Kallas"
        if not country and self._river_not_known(lang, before, after, rows):
            return None  # "la rivière Oskil", "řeka Oskil": the river, not the village
        hint: PlaceKind | None = None
        direction = False
        role = ""
        if rule.startswith("compound"):
            hint = PlaceKind.REGION
        if (lang.region_after and lang.region_after.match(after)) or (
                lang.region_before and lang.region_before.search(before)):
            hint = PlaceKind.REGION
        if (lang.direction_after and lang.direction_after.match(after)) or (
                rule.startswith("adjective") and rule.endswith("(sector)")) or (
                lang.direction_before and lang.direction_before.search(before)):
            # "the Toretsk direction", "на Торецькому напрямку", "nella direzione di Toretsk"
            hint, direction = PlaceKind.SETTLEMENT, True
        elif hint is None and (
            (lang.settlement_before and lang.settlement_before.search(before))
            or (lang.settlement_after and lang.settlement_after.match(after))
        ):
            hint = PlaceKind.SETTLEMENT
        if lang.name_after and lang.name_after.match(after):
            role = "name"
        elif (lang.office_after and lang.office_after.match(after)) or (
                lang.office_before and lang.office_before.search(before)):
            role = "office"
        elif lang.reference_before and lang.reference_before.search(before):
            role = "reference"
        elif ((sentence_start or _DATELINE_LEAD.fullmatch(text, text.rfind("\n", 0, start) + 1,
                                                        start)) and (
                (surface.isupper() and _DATELINE.match(after))
                or (_line_start(text, start) and _DATELINE_PLAIN.match(after)))) or (
                _DATELINE_LEAD_PLAIN.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
                and _DATELINE_PLAIN.match(after)):
            role = "dateline"  # "KYIV (Reuters) –": where the report was filed
        elif hint is not PlaceKind.REGION and _metonym(before, after, lang) and any(
            _seat_of_government(self.gazetteer.entry(r)) for r, _ in rows
        ):
            role = "metonym"  # "Kyiv's claims", "Moscow said": the government, not the city
        if hint is None and lang.facility_after and lang.facility_after.match(after):
            hint = PlaceKind.OTHER  # "the Kuibyshev refinery", "Hostomel lufthavnen"
        if hint is None and (
            (lang.water_after and lang.water_after.match(after))
            or (lang.water_before and lang.water_before.search(before))
        ):
            hint = PlaceKind.WATER  # "the Dnipro", "elva Dnipro", "Dnipro River"
        if hint is None and lang.city_nouns is not None:
            sentence_end = sents[sentence_index(sents, start)][1]
            if lang.city_nouns.search(text, end, sentence_end):
                hint = PlaceKind.SETTLEMENT  # "Kharkiv … ødeleggelser i byen": the city
        return Mention(
            article_id=article.id, surface=surface, start=start, end=end,
            sentence=sentence_index(sents, start), key=key, hint=hint,
            candidates=tuple(index for index, _ in rows), rule=rule, role=role,
            direction=direction,
        )

    def _named_person(self, mention: Mention, surnames: set[str]) -> bool:
        """True for a bare one-word name that the article also uses as a person's surname
        ("guvernör Vitalij Kim" … "skriver Kim"): later it is the person named alone, not a
        namesake village, unless the words around call it a place or it is a city."""
        return (mention.key in surnames and mention.hint is None and not mention.role
                and " " not in mention.surface.strip()
                and max(self.gazetteer.entry(r).population
                        for r in mention.candidates) < CITY_POPULATION)

    def _metonym_role(self, text: str, mention: Mention, lang: Language) -> str:
        """``metonym`` when a capital's name stands for its government ("volgens Kyiv"), else
        no role (for a name whose reference role proved wrong)."""
        before = text[max(0, mention.start - 60):mention.start]
        after = text[mention.end:mention.end + 60]
        if mention.hint is not PlaceKind.REGION and _metonym(before, after, lang) and any(
                _seat_of_government(self.gazetteer.entry(r)) for r in mention.candidates):
            return "metonym"
        return ""

    def _river_not_known(self, lang: Language, before: str, after: str,
                         rows: list[tuple[int, int]]) -> bool:
        """True when the words around call the name a river ("the Oskil river", "el río
        Siverskyi Donets") and the gazetteer knows no water by that name, only villages
        smaller than a city: a claim there would sit on a namesake village, and "near the
        river" is no place of its own (the settlement named with it is)."""
        if not ((lang.water_noun_before and lang.water_noun_before.search(before))
                or (lang.water_noun_after and lang.water_noun_after.match(after))):
            return False
        entries = [self.gazetteer.entry(r) for r, _ in rows]
        return not any(e.kind is PlaceKind.WATER for e in entries) and max(
            (e.population for e in entries if e.kind is PlaceKind.SETTLEMENT),
            default=0) < CITY_POPULATION

    def _looks_like_word(self, surface: str, sentence_start: bool, lang: Language,
                         rows: list[tuple[int, int]]) -> bool:
        """A capitalised common word ("Her", "Mir", sentence-initial "Der") rather than a name.

        Only a large place known by exactly this name escapes the test, and only inside a
        sentence: sentence-initial "Man" is the Danish pronoun, not the city in Côte d'Ivoire.
        """
        biggest = max((self.gazetteer.entry(index).population for index, flags in rows
                       if flags & (FLAG_PRIMARY | FLAG_GENERATED | FLAG_FORMER)), default=0)
        # A metropolis keeps its exonyms too (Moskau, Moskva are alternate names of Moscow).
        biggest = max([biggest] + [self.gazetteer.entry(index).population for index, _ in rows
                                   if self.gazetteer.entry(index).population >= 500_000])
        if any(self.gazetteer.entry(index).kind is PlaceKind.REGION
               and flags & (FLAG_PRIMARY | FLAG_ALT | FLAG_GENERATED | FLAG_ALT_CYRILLIC)
               for index, flags in rows):
            biggest = max(biggest, 100_000)  # "Криму", "Donbas": a region's own name
        freq = _zipf(surface.casefold(), _wordfreq_lang(lang.code))
        if biggest >= 100_000:
            return sentence_start and freq >= FUNCTION_WORD_ZIPF
        if sentence_start or surface.isupper():
            return freq >= COMMON_ZIPF
        if lang.code == "de":  # every German noun is capitalised
            return freq >= COMMON_ZIPF
        return freq >= COMMON_ZIPF + 1.2


#: A foreign city this populous may stand for its government ("selon Londres", "laut Paris"):
#: the gazetteer marks few capitals outside Ukraine and Russia as such (PPLC).
FOREIGN_SEAT_POPULATION = 500_000


def _seat_of_government(entry: Candidate) -> bool:
    """A capital, or a large city abroad, whose name can stand for a government. A Ukrainian
    or Russian city other than the capital is where the fighting is ("the battle for Kharkiv")."""
    return entry.feature_code == "PPLC" or (
        entry.kind is PlaceKind.SETTLEMENT and entry.country not in ("UA", "RU")
        and entry.population >= FOREIGN_SEAT_POPULATION)


def _metonym(before: str, after: str, lang: Language) -> bool:
    """A capital used for its government ("Kyiv's claims", "Moscow said", "a blow for Moscow")."""
    if lang.metonym_after and lang.metonym_after.match(after):
        return True
    if lang.metonym_before and lang.metonym_before.search(before):
        return True
    return bool(lang.speech and lang.speech.match(after.lstrip(" ,")))


def _line_start(text: str, start: int) -> bool:
    """True when only spaces stand between the last line break and ``start``."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def _after_quote(text: str, start: int) -> bool:
    """True when the word opens a quotation or a dash-led line (a sentence start in effect)."""
    return bool(_QUOTE_OPENS.search(text[max(0, start - 3):start]))


def _propagate_hints(text: str, mentions: list[Mention], lang: Language) -> None:
    """Spread a plural region hint over a coordinated list ("the Kharkiv, Donetsk and Luhansk
    regions", "regionene Donetsk og Luhansk"), and a sector hint ("Avdiivka and Kupiansk
    sectors")."""
    from dataclasses import replace

    def coordinated(a: Mention, b: Mention) -> bool:
        return bool(lang.list_gap.match(text[a.end:b.start])) and "(" not in text[a.end:b.start]

    plural = False
    for k in range(len(mentions) - 1, 0, -1):  # backwards: "X, Y and Z regions"
        cur, prev = mentions[k], mentions[k - 1]
        if cur.hint is PlaceKind.REGION and lang.plural_region and lang.plural_region.match(
                text[cur.end:cur.end + 40]):
            plural = True
        elif cur.hint is not PlaceKind.REGION:
            plural = False
        if plural and prev.hint is None and coordinated(prev, cur):
            mentions[k - 1] = replace(prev, hint=PlaceKind.REGION)
        elif not coordinated(prev, cur):
            plural = False
    for k in range(1, len(mentions)):  # forwards: "regionene Donetsk og Luhansk"
        cur, prev = mentions[k], mentions[k - 1]
        if prev.hint is not None and cur.hint is None and coordinated(prev, cur) and (
                prev.hint is PlaceKind.SETTLEMENT or (lang.plural_region_before and
                                                      lang.plural_region_before.search(
                    text[max(0, prev.start - 30):prev.start]))):
            mentions[k] = replace(cur, hint=prev.hint, direction=prev.direction)
    for k in range(len(mentions) - 1, 0, -1):  # "Avdiivka and Kupiansk sectors"
        cur, prev = mentions[k], mentions[k - 1]
        if cur.direction and not prev.direction and coordinated(prev, cur):
            mentions[k - 1] = replace(prev, hint=PlaceKind.SETTLEMENT, direction=True)
