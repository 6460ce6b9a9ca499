"""Which of many patterns can match a text, from the literal words every match must contain.

A language file names a hundred claimants ("Zelensk…", "Генштаб…", "Ministry of Defence"), each
a case-insensitive pattern scanned over the whole article: 3–7 ms per article, although most
names never occur in it. For each pattern this module works out a few literal strings of which
every match contains at least one (its *atoms*: "zelens", "зеленськ"), finds all atoms of all
patterns in one pass over the case-folded text (an Aho–Corasick automaton, pyahocorasick), and
lets a pattern be scanned only where one of its atoms occurs. The result is what scanning every
pattern gives, only sooner: a pattern whose atoms cannot be worked out is always scanned.

The atoms are read from the pattern's syntax tree as Python's own ``re`` parser builds it; a
pattern that parser does not accept (the ``regex`` module's ``\\p{L}``, ``\\m``, nested sets…)
gets no atoms and is always scanned.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from itertools import product

import ahocorasick
import regex

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

#: At most this many strings are carried for one stretch of a pattern ("[ae]" doubles them).
_MAX_STRINGS = 64
#: Atoms shorter than this would occur in almost every text: the pattern is scanned anyway.
_MIN_ATOM = 3
#: Syntax the two parsers read differently (the ``regex`` module's set operations): no atoms.
_UNSAFE = ("[[", "--", "&&", "||", "~~", "\\m", "\\M", "\\L<", "(?r", "(?f", "(?V1", "(?V0")

_Strings = frozenset[str]
_ZERO_WIDTH = frozenset({""})


class Prefilter:
    """The patterns of ``patterns`` that may match a text (all of them where it cannot tell)."""

    def __init__(self, patterns: Sequence[regex.Pattern[str]]) -> None:
        self.size = len(patterns)
        self.always: list[int] = []
        self.automaton: ahocorasick.Automaton | None = None
        owners: dict[str, set[int]] = {}
        for index, pattern in enumerate(patterns):
            found = atoms(pattern.pattern)
            if found is None:
                self.always.append(index)
            else:
                for atom in found:
                    owners.setdefault(atom, set()).add(index)
        if owners:
            self.automaton = ahocorasick.Automaton()
            for atom, indices in owners.items():
                self.automaton.add_word(atom, frozenset(indices))
            self.automaton.make_automaton()

    def candidates(self, text: str) -> list[int]:
        """Indices of the patterns that may match ``text``, in their original order."""
        if self.automaton is None:
            return list(range(self.size))
        folded = text.casefold()
        if len(folded) != len(text) + text.count("ß") + text.count("ẞ"):
            # a letter folds to several (Turkish İ, ligatures) in an unforeseen way: scan all
            return list(range(self.size))
        found = set(self.always)
        for _, indices in self.automaton.iter(folded):
            found |= indices
        return sorted(found)


def atoms(pattern: str) -> frozenset[str] | None:
    """Case-folded strings of which every match of ``pattern`` contains one, or None.

    Sound for case-insensitive matching with full case folding: the folded text of a match
    contains the folded literal stretch of the pattern it matched.
    """
    if any(token in pattern for token in _UNSAFE):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            tree = sre_parse.parse(pattern, re.IGNORECASE)
    except (re.error, FutureWarning, DeprecationWarning, RecursionError, OverflowError):
        return None
    _, required = _sequence(list(tree))
    if not required:
        return None
    folded = frozenset(s.casefold() for s in required)
    return folded if min(map(len, folded)) >= _MIN_ATOM else None


def _sequence(items: list) -> tuple[_Strings | None, _Strings | None]:
    """(every string the items can match if few, else None; atoms of the items, or None).

    Consecutive nodes with few exact strings make one stretch ("el", "[ae]", "ns" → "elans",
    "elens"); where a node has none (``\\w*``), the stretch ends, and the strongest of the
    stretches and of the nodes' own atoms is kept."""
    run: _Strings | None = _ZERO_WIDTH
    best: _Strings | None = None
    exact_throughout = True
    for op, arg in items:
        exact, required = _node(op, arg)
        if exact is not None and run is not None and len(run) * len(exact) <= _MAX_STRINGS:
            run = frozenset(a + b for a, b in product(run, exact))
            continue
        exact_throughout = False
        best = _better(_better(best, run), required)
        run = exact if exact is not None and len(exact) <= _MAX_STRINGS else None
    return (run if exact_throughout else None), _better(best, run)


def _better(a: _Strings | None, b: _Strings | None) -> _Strings | None:
    """The stronger of two atom sets: the one whose shortest atom is longer."""
    if not b or "" in b:
        return a
    if not a or "" in a:
        return b
    return a if min(map(len, a)) >= min(map(len, b)) else b


def _node(op, arg) -> tuple[_Strings | None, _Strings | None]:
    """(exact strings, atoms) of one node of the parsed pattern."""
    c = sre_constants
    if op is c.LITERAL:
        return frozenset({chr(arg)}), None
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _ZERO_WIDTH, None  # zero-width: consumes nothing
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 16:
                chars.update(chr(v) for v in range(value[0], value[1] + 1))
            else:
                return None, None  # negated, categories (\w), wide ranges
        return frozenset(chars), None
    if op is c.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(list(arg))
    if op is c.BRANCH:
        results = [_sequence(list(branch)) for branch in arg[1]]
        exact: _Strings | None = None
        if all(e is not None for e, _ in results):
            exact = frozenset().union(*(e for e, _ in results))  # type: ignore[arg-type]
            if len(exact) > _MAX_STRINGS:
                exact = None
        required = [_better(r, e) for e, r in results]
        if any(not r for r in required):
            return exact, None
        return exact, frozenset().union(*required)  # type: ignore[arg-type]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, high, inner = arg
        inner_exact, inner_required = _sequence(list(inner))
        if low == high == 1:
            return inner_exact, inner_required
        if low == 0 and high == 1 and inner_exact is not None:
            return _ZERO_WIDTH | inner_exact, None
        if low >= 1:
            return None, _better(inner_required, inner_exact)
        return None, None
    return None, None  # any character, categories, back-references, conditionals
