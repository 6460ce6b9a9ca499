"""Names of people in an article: claimants, authors, first names and surnames.

A word that names a person is no place, whatever village shares it ("Vitalij Kim", "Alexei
Smirnov", "Taras Shevchenko"). These tests look at the words around a candidate name; they were
split from :mod:`frontmap.spotting`, which uses them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .gazetteer import Gazetteer
from .languages import Language, is_given_name
from .normalize import fold
from .segmentation import Token

#: A capitalised neighbour rarer than this is taken for a first name or surname.
RARE_NAME_ZIPF = 3.0


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """How common ``word`` is in language ``lang`` (wordfreq's Zipf scale; 0 if unknown)."""
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word, lang)
    except (LookupError, ValueError):
        return 0.0


def wordfreq_lang(code: str) -> str:
    """wordfreq's code for a language file's code (Norwegian is one list there)."""
    return {"no": "nb", "nn": "nb"}.get(code, code)


def is_capitalised(word: str) -> bool:
    """True for Kharkiv, KYIV, Бахмут; false for words starting in lower case or digits."""
    return bool(word) and word[0].isupper()


def bylines(text: str, body_start: int, lang: Language) -> list[tuple[int, int]]:
    """Lines naming the authors ("By DAVID KEYTON, JOHN LEICESTER and …"): no places there.
    A line starts at a newline or where the article proper starts, after a date header."""
    if lang.byline is None:
        return []
    return [(m.start(), m.end()) for m in lang.byline.finditer(text)
            if m.start() in (0, body_start) or text[m.start() - 1] == "\n"]


def people(text: str, toks: Sequence[Token], lang: Language) -> list[tuple[int, int]]:
    """Spans of claimants' names, widened over the first names before them ("Vladimir Putin")."""
    if lang.person_names is None:
        return []
    starts = {t.start: k for k, t in enumerate(toks)}
    spans = []
    for m in lang.person_names.finditer(text):
        begin = m.start()
        k = starts.get(begin)
        if not m.group()[:1].isupper():
            k = None  # "шахедами": a weapon in lower case is no surname with a first name
        for _ in range(2):
            if k is None or k == 0:
                break
            prev = toks[k - 1]
            if not (is_capitalised(prev.text) and text[prev.end:toks[k].start] == " "):
                break
            begin, k = prev.start, k - 1
        spans.append((begin, m.end()))
    return spans


def person_name(text: str, toks: Sequence[Token], i: int, j: int, gazetteer: Gazetteer,
                 lang: Language, is_place=lambda word: False) -> bool:
    """True when a one-word match is a person's first name or surname ("Volodymyr Zelensky")."""

    def rare_name_word(k: int) -> bool:
        if not 0 <= k < len(toks):
            return False
        word = toks[k].text
        return (is_capitalised(word) and len(word) > 2 and fold(word) not in gazetteer
                and not is_place(word)
                and zipf(word.casefold(), wordfreq_lang(lang.code)) < RARE_NAME_ZIPF
                and zipf(word.casefold(), "en") < RARE_NAME_ZIPF)

    nxt, prev = j + 1, i - 1
    if nxt < len(toks) and text[toks[j].end:toks[nxt].start] == " " and rare_name_word(nxt):
        return True
    return prev >= 0 and text[toks[prev].end:toks[i].start] == " " and rare_name_word(prev)


def after_given_name(text: str, toks: Sequence[Token], i: int, gazetteer: Gazetteer,
                      lang: Language) -> bool:
    """True when a common given name stands right before token ``i`` ("Alexei Smirnov",
    "Олексія Смирнова"): the word is then a surname, however common the first name is in
    English (the test of :func:`_person_name` takes only rare words). A word that is itself a
    place counts only when it is such a name as written ("Roman", not "Marinka")."""
    if i == 0 or text[toks[i - 1].end:toks[i].start] != " ":
        return False
    word = toks[i - 1].text
    key = fold(word)
    if not is_capitalised(word) or not is_given_name(key, lang):
        return False
    return key not in gazetteer or key in lang.given_names
