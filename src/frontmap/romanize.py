"""Latin spellings of Ukrainian and Russian place names, generated from the Cyrillic.

GeoNames gives each Ukrainian place its Cyrillic names but only a few Latin ones, while the press
of every language writes the same town its own way: Куп'янськ is Kupiansk (KMU), Kupyansk
(BGN 1965), Kupjansk (German, Czech, Nordic), Kupiańsk (Polish), Koupiansk (French), and from the
Russian Купянск, Kupyansk and Kupjansk again. The gazetteer build calls :func:`spellings` on every
Cyrillic name and indexes the result, so text in any of these languages finds the place.

The systems themselves are data, in ``languages/romanization.toml`` (the file's header documents
its format): letter tables with positional contexts (KMU *Ye-* only word-initially, Polish ł/l,
Nordic *ie/iu/ia* after s and z, German intervocalic *ss*, Czech ď ť ň), word endings (-ий), and
flags for the press variants :func:`spellings` adds. The tables are read once, on first use.

Sources: ``../shared/data/ROMANIZATION.md`` §1–§4.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from .errors import LanguageDataError
from .resources import package_path

__all__ = ["SYSTEMS", "cyrillic_languages", "romanize", "spellings", "spellings_by_system",
           "ukrainian_spellings"]

#: Names of every romanisation system, in file order (resolved lazily by ``__getattr__``).
SYSTEMS: tuple[str, ...]

_TABLE = ("languages", "romanization.toml")

VOWELS = frozenset("аеєёиіїоуыэюя")
"""Cyrillic vowel letters, Ukrainian and Russian, for the ``after_vowel`` contexts."""
SIGNS = frozenset("ьъ'")
"""The soft and hard signs and the (normalised) Ukrainian apostrophe."""
UKRAINIAN_ONLY = frozenset("іїєґ'")
RUSSIAN_ONLY = frozenset("ыэёъ")

# Apostrophes typed inside Ukrainian words (Куп'янськ, Куп’янськ, Купʼянськ, Куп`янськ).
_APOSTROPHES = str.maketrans(dict.fromkeys("’ʼ`ʹ‘", "'"))
# A word: letters, possibly joined by apostrophes. ʼ (U+02BC) is itself a letter to Unicode.
_WORD = re.compile(r"[^\W\d_]+(?:['’`‘ʹ][^\W\d_]+)*")
# Stress marks GeoNames puts on some names (Ру́сский); not part of the spelling.
_STRESS = str.maketrans("", "", "\u0301\u0300")
_DOUBLE_CONSONANT = re.compile(r"([бвгґджзклмнпрстфхцчшщ])\1", re.IGNORECASE)

# Context names of a letter entry, in the order they are tried (after the specific `after`,
# `before_seq` and `before` maps). Documented in the TOML header.
_CONTEXTS = ("between_vowels", "initial", "after_sign", "after_vowel", "after_consonant")
_ENTRY_KEYS = frozenset({"default", "after", "before_seq", "before", "alt", *_CONTEXTS})
_SYSTEM_KEYS = frozenset(
    {
        "source",
        "inherit",
        "in_spellings",
        "simplify_doubles",
        "latin_variants",
        "letters",
        "endings",
    }
)


@dataclass(frozen=True, slots=True)
class _Letter:
    """How one system writes one Cyrillic letter, by position in the word."""

    default: str
    after: tuple[tuple[frozenset[str], str], ...] = ()
    before_seq: tuple[tuple[str, bool, str], ...] = ()  # (sequence, must end the word, output)
    before: tuple[tuple[frozenset[str], str], ...] = ()
    contexts: tuple[tuple[str, str], ...] = ()
    alt: _Letter | None = None

    def write(self, word: str, i: int) -> str:
        """The Latin for ``word[i]``; ``word`` is lower case with normalised apostrophes."""
        prev = word[i - 1] if i else ""  # "" is in no letter set
        nxt = word[i + 1] if i + 1 < len(word) else ""
        for letters, out in self.after:
            if prev in letters:
                return out
        rest = word[i + 1 :]
        for seq, anchored, out in self.before_seq:
            if (rest == seq) if anchored else rest.startswith(seq):
                return out
        for letters, out in self.before:
            if nxt in letters:
                return out
        for context, out in self.contexts:
            if _context_holds(context, prev, nxt, i):
                return out
        return self.default


def _context_holds(context: str, prev: str, nxt: str, i: int) -> bool:
    """Whether a named positional context (see ``_CONTEXTS``) applies at this position."""
    if context == "between_vowels":
        return prev in VOWELS and nxt in VOWELS
    if context == "initial":
        return i == 0
    if not prev:
        return False
    if context == "after_sign":
        return prev in SIGNS
    if context == "after_vowel":
        return prev in VOWELS
    return prev not in VOWELS and prev not in SIGNS  # after_consonant


@dataclass(frozen=True, slots=True)
class _System:
    """One compiled romanisation system."""

    name: str
    source: str  # "uk" or "ru"
    letters: Mapping[str, _Letter]
    endings: tuple[tuple[str, tuple[str, ...]], ...]  # longest suffix first
    in_spellings: bool
    simplify_doubles: bool
    latin_variants: tuple[tuple[re.Pattern[str], str], ...]

    @property
    def has_alt(self) -> bool:
        return any(letter.alt is not None for letter in self.letters.values())

    @property
    def ending_variants(self) -> int:
        """How many forms the richest ending has (1 when endings have no variants)."""
        return max((len(outs) for _, outs in self.endings), default=1)


@dataclass(frozen=True, slots=True)
class _Tables:
    """Everything read from ``romanization.toml``."""

    systems: Mapping[str, _System]
    fallback: Mapping[str, str]


# --------------------------------------------------------------------------------------------
# Loading the tables


def _compile_letter(entry: Any, where: str) -> _Letter:
    """Turn a TOML letter entry (a string or a table) into a :class:`_Letter`."""
    if isinstance(entry, str):
        return _Letter(default=entry)
    if not isinstance(entry, dict) or "default" not in entry:
        raise LanguageDataError(f"{where}: a letter must be a string or a table with 'default'")
    unknown = set(entry) - _ENTRY_KEYS
    if unknown:
        raise LanguageDataError(f"{where}: unknown keys {sorted(unknown)}")
    after = tuple((frozenset(k), v) for k, v in entry.get("after", {}).items())
    before = tuple((frozenset(k), v) for k, v in entry.get("before", {}).items())
    before_seq = tuple(
        (k.removesuffix("$"), k.endswith("$"), v) for k, v in entry.get("before_seq", {}).items()
    )
    contexts = tuple((c, entry[c]) for c in _CONTEXTS if c in entry)
    alt = _compile_letter(entry["alt"], f"{where}.alt") if "alt" in entry else None
    return _Letter(entry["default"], after, before_seq, before, contexts, alt)


def _resolve(name: str, raw: Mapping[str, Any], seen: tuple[str, ...] = ()) -> dict[str, Any]:
    """The raw table of a system with its ``inherit`` chain applied (child entries win)."""
    if name not in raw:
        raise LanguageDataError(f"romanization.toml: unknown system {name!r} (via {seen})")
    if name in seen:
        raise LanguageDataError(f"romanization.toml: inheritance cycle {(*seen, name)}")
    own = raw[name]
    unknown = set(own) - _SYSTEM_KEYS
    if unknown:
        raise LanguageDataError(f"romanization.toml: {name}: unknown keys {sorted(unknown)}")
    parent = _resolve(own["inherit"], raw, (*seen, name)) if "inherit" in own else {}
    merged = {**parent, **{k: v for k, v in own.items() if k not in ("letters", "endings")}}
    merged["letters"] = {**parent.get("letters", {}), **own.get("letters", {})}
    merged["endings"] = {**parent.get("endings", {}), **own.get("endings", {})}
    return merged


def _compile_system(name: str, spec: Mapping[str, Any]) -> _System:
    source = spec.get("source")
    if source not in ("uk", "ru"):
        raise LanguageDataError(f"romanization.toml: {name}: source must be 'uk' or 'ru'")
    letters = {
        cyr: _compile_letter(entry, f"{name}.{cyr}") for cyr, entry in spec["letters"].items()
    }
    endings = sorted(
        (
            (suffix, (outs,) if isinstance(outs, str) else tuple(outs))
            for suffix, outs in spec["endings"].items()
        ),
        key=lambda item: -len(item[0]),
    )
    variants = tuple((re.compile(p), r) for p, r in spec.get("latin_variants", []))
    return _System(
        name=name,
        source=source,
        letters=letters,
        endings=tuple(endings),
        in_spellings=bool(spec.get("in_spellings", True)),
        simplify_doubles=bool(spec.get("simplify_doubles", False)),
        latin_variants=variants,
    )


@cache
def _tables() -> _Tables:
    """Read and compile ``romanization.toml`` once per process."""
    path = package_path(*_TABLE)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LanguageDataError(f"cannot read {path}: {exc}") from exc
    raw = data.get("systems", {})
    systems = {name: _compile_system(name, _resolve(name, raw)) for name in raw}
    return _Tables(systems=systems, fallback=data.get("fallback", {}))


def _system(name: str) -> _System:
    """A compiled system by name, or a ``LanguageDataError`` naming the known ones."""
    try:
        return _tables().systems[name]
    except KeyError:
        known = ", ".join(_tables().systems)
        raise LanguageDataError(f"unknown romanization system {name!r}; known: {known}") from None


def __getattr__(name: str) -> Any:
    """Compute ``SYSTEMS`` on first access, so importing this module reads no file."""
    if name == "SYSTEMS":
        return tuple(_tables().systems)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --------------------------------------------------------------------------------------------
# Romanising


def _write_word(
    word: str, system: _System, fallback: Mapping[str, str], *, alt: bool, ending: int
) -> str:
    """Romanise one word (lower case, apostrophes normalised) letter by letter.

    ``alt`` picks every letter's ``alt`` form; ``ending`` picks the ending variant (falling back
    to the canonical form for endings with fewer variants).
    """
    stop, tail = len(word), ""
    for suffix, outs in system.endings:
        if len(word) > len(suffix) and word.endswith(suffix):
            stop, tail = len(word) - len(suffix), outs[ending] if ending < len(outs) else outs[0]
            break
    parts = []
    for i in range(stop):
        letter = system.letters.get(word[i])
        if letter is None:
            parts.append(fallback.get(word[i], word[i]))
            continue
        if alt and letter.alt is not None:
            letter = letter.alt
        parts.append(letter.write(word, i))
    return "".join(parts) + tail


def _match_case(original: str, latin: str) -> str:
    """Lower-case words stay lower case (Ростов-на-Дону); others become title case."""
    if original.islower() or not latin:
        return latin
    return latin[0].upper() + latin[1:]


def _clean(text: str) -> str:
    """NFC without stress marks, so й ё stay one letter and Ру́сский is one word."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).translate(_STRESS))


def _render(text: str, system: _System, *, alt: bool = False, ending: int = 0) -> str:
    fallback = _tables().fallback

    def word(match: re.Match[str]) -> str:
        original = match.group()
        lowered = original.translate(_APOSTROPHES).lower()
        return _match_case(original, _write_word(lowered, system, fallback, alt=alt, ending=ending))

    return _WORD.sub(word, _clean(text))


def romanize(cyrillic: str, system: str) -> str:
    """Write ``cyrillic`` in one system (``romanize("Часів Яр", "kmu") == "Chasiv Yar"``).

    Spaces, hyphens and other non-letters are kept as they are; each word is romanised on its
    own (KMU writes Яр as Yar, not iar) and comes out in title case unless it was all lower case.
    Letters the system does not know are written with the plain ``[fallback]`` forms, so a
    Russian ы in a Ukrainian system never vanishes. Raises ``LanguageDataError`` (a
    ``ValueError``) for an unknown system.
    """
    return _render(cyrillic, _system(system))


def cyrillic_languages(cyrillic: str) -> frozenset[str]:
    """Which Cyrillic the text is: ``{"uk"}``, ``{"ru"}``, or both when its letters do not tell.

    і ї є ґ and the apostrophe inside a word are Ukrainian; ы э ё ъ are Russian. Names such as
    Бахмут or Херсон are the same in both languages, and a name with letters of both (a typo, a
    mixed transcription) is given both readings rather than a wrong one.
    """
    letters: set[str] = set()
    for match in _WORD.finditer(_clean(cyrillic)):
        letters.update(match.group().translate(_APOSTROPHES).lower())
    uk, ru = bool(letters & UKRAINIAN_ONLY), bool(letters & RUSSIAN_ONLY)
    if uk == ru:
        return frozenset({"uk", "ru"})
    return frozenset({"uk"} if uk else {"ru"})


def _system_spellings(cyrillic: str, system: _System) -> Iterator[str]:
    """The canonical form and the press variants one system allows for a name.

    Variants are not multiplied with each other: each is one change from the canonical form
    (all ``alt`` letters at once, one ending variant on every word, doubled consonants made
    single, each Latin-side rewrite). This keeps the gazetteer small while covering what the
    press actually prints (Zaporizhia, Kropyvnytskyy/-iy, Kourakhové, Vugledar).
    """
    canonical = _render(cyrillic, system)
    yield canonical
    sources = [cyrillic]
    if system.simplify_doubles:
        single = _DOUBLE_CONSONANT.sub(r"\1", cyrillic)
        if single != cyrillic:
            sources.append(single)
            yield _render(single, system)
    if system.has_alt:
        for source in sources:
            yield _render(source, system, alt=True)
    for k in range(1, system.ending_variants):
        yield _render(cyrillic, system, ending=k)
    for pattern, replacement in system.latin_variants:
        yield pattern.sub(replacement, canonical)


def spellings_by_system(cyrillic: str) -> dict[str, set[str]]:
    """:func:`spellings`, keyed by the system that produced each form (a form may recur).

    Useful to weigh a match by the language of the text, or to see why a form is generated.
    """
    cyrillic = _clean(cyrillic)
    languages = cyrillic_languages(cyrillic)
    return {
        name: set(_system_spellings(cyrillic, system))
        for name, system in _tables().systems.items()
        if system.in_spellings and system.source in languages
    }


def spellings(cyrillic: str) -> set[str]:
    """Every distinct Latin spelling of a Cyrillic name, over all systems that apply to it.

    Ukrainian systems read Ukrainian names, Russian systems Russian ones, both read names whose
    letters do not tell (:func:`cyrillic_languages`). Besides each system's form this includes
    the press variants listed in the tables: KMU and BGN with the soft sign and apostrophe
    marked (Kramators'k), BGN/English -yy/-iy/-yi/-y adjectives, doubled consonants simplified
    (Zaporizhia), French final -é, and the alternative letters of French and Spanish. Traditional
    exonyms (Kiew, Kijów, Lemberg) are not rules and live in ``languages/exonyms.tsv``.
    """
    result: set[str] = set()
    for forms in spellings_by_system(cyrillic).values():
        result |= forms
    result.discard("")
    return result


#: BGN/PCGN Russian romanisation read backwards, longest first (shch before sh before s).
_FROM_RUSSIAN_LATIN = (
    ("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
    ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("iy", "ий"), ("yy", "ый"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("y", "ы"), ("'", "ь"),
)
#: Endings that mark a Latin name as romanised from Russian (Rabotino, Kurakhovo, Avdeyevka).
RUSSIAN_LATIN_ENDINGS = ("ino", "ovo", "evo", "ovka", "evka", "oye", "aya", "iy", "yy", "ovsk",
                         "insk", "ensk")


def cyrillic_from_russian_latin(name: str) -> str | None:
    """The Russian Cyrillic a BGN-romanised name was most likely made from ("Rabotino" →
    "Работино"), or None when the name does not look romanised from Russian.

    GeoNames often lists a village's Russian name only in Latin; Russian-language news writes it
    in Cyrillic, so the gazetteer needs it back. ``y`` after a vowel is read as ``й``.
    """
    low = name.casefold()
    letters = low.replace(" ", "").replace("-", "")
    if not low.endswith(RUSSIAN_LATIN_ENDINGS) or not letters.isalpha():
        return None
    out: list[str] = []
    i = 0
    while i < len(low):
        if low[i] in " -":
            out.append(low[i])
            i += 1
            continue
        if low[i] == "y" and i and low[i - 1] in "aeiou" and low[i:i + 2] not in ("ya", "yu",
                                                                                  "ye", "yo"):
            out.append("й")
            i += 1
            continue
        for latin, cyr in _FROM_RUSSIAN_LATIN:
            if low.startswith(latin, i):
                out.append(cyr)
                i += len(latin)
                break
        else:
            return None
    text = "".join(out)
    return " ".join(part[:1].upper() + part[1:] for part in text.split(" "))


#: At most this many Ukrainian spellings are generated for one Russian name (the letter
#: alternatives multiply: "е" alone may be е, і, є or я).
MAX_UKRAINIAN_SPELLINGS = 256


def ukrainian_spellings(key: str, letters: tuple[tuple[str, str], ...],
                        endings: tuple[tuple[str, str], ...],
                        limit: int = MAX_UKRAINIAN_SPELLINGS) -> list[str]:
    """Ukrainian spellings a Russian-written name may stand for: "лукьянцы" → "лук'янці",
    "песчаное" → "піщане", "гусаровка" → "гусарівка" (lower case; the caller folds them).

    Russian news writes Ukrainian villages in Russian Cyrillic, and GeoNames holds the Russian
    name of only some of them. ``letters`` and ``endings`` (the language file's
    ``ukrainian_letters`` and ``ukrainian_endings``) say what a Russian letter group or name
    ending may stand for; a group with a letter Ukrainian lacks (ы э ъ) is always replaced,
    others are kept as a reading of their own. One ending rule at most applies, the name as
    written being one reading too. The name itself is not in the result.
    """
    if not key or any(not ("\u0400" <= ch <= "\u04ff" or ch in " -") for ch in key):
        return []
    stems: list[tuple[str, str]] = [(key, "")]
    stems += [(key[: len(key) - len(ru)], uk) for ru, uk in endings
              if key.endswith(ru) and len(key) > len(ru) + 1]
    out: dict[str, None] = {}
    for stem, ending in stems:
        readings = [""]
        i = 0
        while i < len(stem):
            matching = [(ru, uk) for ru, uk in letters if stem.startswith(ru, i)]
            step = max((len(ru) for ru, _ in matching), default=1)  # the longest group wins
            options = [uk for ru, uk in matching if len(ru) == step]
            group = stem[i:i + step]
            if not options or not RUSSIAN_ONLY.intersection(group):
                options.append(group)
            readings = [r + o for r in readings for o in dict.fromkeys(options)][:limit]
            i += step
        for reading in readings:
            out[reading + ending] = None
    out.pop(key, None)
    return list(out)[:limit]
