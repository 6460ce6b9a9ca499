"""Sentences and word tokens of an article, with character offsets into its text.

Every later stage works on spans of the original text, so evidence quotes and surfaces are always
exact substrings (provenance), whatever the script or the typography.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

#: A word: letters (any script) with internal apostrophes (Куп'янськ, Kyiv's, d'Avdiïvka).
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’ʼ`][\p{L}\p{M}]+)*|\d+(?:[.,:]\d+)*")
#: Candidate sentence ends: terminal punctuation (and closing quotes) followed by space.
#: An opening quote may stand apart from its first word ("« Les forces", French typography).
_END = regex.compile(
    r"[.!?…]+[\"'”“’»«›)\]]*(?=\s+(?:[\"'“„‚«»‹›(\[–—-][\s\u00a0\u202f]?)?[\p{Lu}\d])|\n\s*"
)
_ORDINAL = regex.compile(r"(?<![\d.,])\b\d{1,2}\.\Z")
#: The word before a full stop (abbreviations and initials do not end sentences).
_LAST_WORD = regex.compile(r"([\p{L}]+)\.?$")
_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "gov", "gen", "lt", "col", "sgt", "maj", "capt", "st", "jr",
        "sr", "no", "nr", "vs", "etc", "approx", "est", "dept", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "bl", "ca", "dvs", "mfl",
        "f", "eks", "pga", "evt", "bzw", "usw", "z", "u", "v", "vgl", "ul", "ok", "tzw", "im",
        "т", "д", "р", "ст", "вул", "м", "с", "смт", "пос", "обл", "им", "ім", "г", "гг",
    }
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text."""

    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    """Word tokens of ``text`` in order."""
    return [Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans (start, end) covering ``text[start:]``, without surrounding whitespace.

    Lines are always separate sentences (headlines, captions); within a line a sentence ends at
    terminal punctuation followed by a capitalised word, unless the word before the point is an
    abbreviation or an initial ("U.S.", "Gov.", "Feb.").
    """
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _END.finditer(text, start):
        if match.group().startswith((".",)) and not match.group().startswith(".."):
            before = _LAST_WORD.search(text[max(begin, match.start() - 12):match.start()])
            word = before.group(1) if before else ""
            if len(word) == 1 or word.casefold() in _ABBREVIATIONS:
                continue
            if _ORDINAL.search(text, max(begin, match.start() - 4), match.start() + 1):
                continue  # "am 28. Januar", "den 9. November": an ordinal, not an end
        _add(text, begin, match.end(), spans)
        begin = match.end()
    _add(text, begin, len(text), spans)
    return spans


def _add(text: str, begin: int, end: int, spans: list[tuple[int, int]]) -> None:
    segment = text[begin:end]
    stripped = segment.strip()
    if stripped:
        lead = len(segment) - len(segment.lstrip())
        spans.append((begin + lead, begin + lead + len(stripped)))


def sentence_index(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence containing ``offset`` (the nearest one before it otherwise)."""
    lo, hi = 0, len(spans) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if spans[mid][0] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo
