"""Normalisation of names into lookup keys.

The press writes one place in many ways: accents dropped (Kupiansk/Kupiańsk), apostrophes typed
four ways (Куп'янськ/Куп’янськ), hyphens or spaces in compounds (Rai-Oleksandrivka), doubled
letters simplified (Kreminna/Kremina), capitals in datelines (KYIV). ``fold`` maps all of these to
one key, identically for gazetteer names and for text, so a lookup is a single dictionary probe.
It is deliberately not phonetic: different romanisation systems are generated as separate keys
by :mod:`frontmap.romanize`, which keeps unrelated names from colliding.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Characters used as apostrophes or soft signs inside names; removed from keys.
APOSTROPHES = "'’ʼʹʺ`´‘\"″′"
#: Characters that join compounds; folded to a single space.
JOINERS = "-‐‑‒–—_/"

_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "ß": "ss",
        "đ": "d",
        "Đ": "d",
        "ı": "i",
        "ё": "е",
        "Ё": "е",
        "ґ": "г",
        "Ґ": "г",
    }
)
_DROP = str.maketrans("", "", APOSTROPHES)
_SPACE = re.compile(r"[\s" + re.escape(JOINERS) + r"]+")
_DOUBLE = re.compile(r"(\w)\1+")


def strip_accents(text: str) -> str:
    """Remove combining marks (ń→n, ï→i, й→и, ї→і); keeps base letters of every script."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=262_144)  # names recur across a batch; folding is a pure function
def fold(name: str) -> str:
    """The lookup key of a name: case, accents, apostrophes, joiners and doubled letters folded.

    >>> fold("Rai-Oleksandrivka") == fold("Rai Oleksandrivka") == fold("RAI–OLEKSANDRIVKA")
    True
    >>> fold("Kupiańsk"), fold("Куп’янськ"), fold("KREMINNA")
    ('kupiansk', 'купянськ', 'kremina')
    """
    if name.isascii():  # most names: no compatibility forms, accents or special letters
        text = name.translate(_DROP).casefold()
        text = _SPACE.sub(" ", text).strip()
        return _DOUBLE.sub(r"\1", text)
    # Apostrophes go first: NFKC would turn the acute accent (´, U+00B4) into a space.
    text = unicodedata.normalize("NFKC", name.translate(_DROP)).translate(_SPECIAL).casefold()
    text = strip_accents(text.translate(_SPECIAL)).translate(_DROP)
    text = _SPACE.sub(" ", text).strip()
    return _DOUBLE.sub(r"\1", text)


def is_cyrillic(text: str) -> bool:
    """True when most letters of ``text`` are Cyrillic."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    cyr = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    return cyr * 2 > len(letters)
