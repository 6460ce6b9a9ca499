"""The literal prefilter: it may let through patterns that do not match, never hold back one
that does (the claimant scan gives what scanning every pattern gives)."""

from __future__ import annotations

import pytest
import regex

from conftest import EXAMPLES, SHARED
from frontmap.languages import available_languages, get_language
from frontmap.prefilter import Prefilter, atoms

FLAGS = regex.IGNORECASE | regex.VERSION1


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?<!\w)(?:Mal[ij]ar|Maljar|Малярь?)(?!\w)", {"maliar", "maljar", "маляр", "малярь"}),
    (r"(?:full |complete )?control", {"control", "full control", "complete control"}),
    (r"Генштаб\w*", {"генштаб"}),
    (r"\w+ard", {"ard"}),                         # what every match contains, wherever it is
    (r"Straße", {"strasse"}),                     # folded as the text is
    (r"(?-i:ЗСУ)|Armed Forces", {"зсу", "armed forces"}),
    (r"\p{Lu}\w+", None),                         # the regex module's syntax: always scanned
    (r"[[a-z]--[aeiou]]+ov", None),               # set operations: always scanned
    (r"\w+", None),
    (r"a|bcd", None),                             # one branch has no atom of 3 letters
    (r"(?:ab)?", None),
])
def test_atoms(pattern, expected):
    found = atoms(pattern)
    assert (set(found) if found is not None else None) == expected


def test_candidates_keep_order_and_drop_absent_names():
    patterns = [regex.compile(p, FLAGS) for p in (r"Zelensk\w*", r"Budanov\w*", r"\p{Lu}SU",
                                                     r"Генштаб\w*")]
    prefilter = Prefilter(patterns)
    assert prefilter.candidates("ZELENSKY said … the GENSHTAB") == [0, 2]
    assert prefilter.candidates("Генштабу ЗСУ та Буданову") == [2, 3]
    # a letter that folds to two in an unforeseen way: every pattern is scanned
    assert prefilter.candidates("İstanbul") == [0, 1, 2, 3]
    assert prefilter.candidates("Straße von Zelenskyj") == [0, 2]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    if SHARED.exists():
        import json

        for name in ("seeds.jsonl", "dev.jsonl"):
            with open(SHARED / "eval" / name, encoding="utf-8") as handle:
                texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


@pytest.mark.parametrize("code", available_languages())
def test_no_claimant_that_matches_is_held_back(code):
    """Every claimant pattern of every language that matches a bundled example (and the
    shared seeds and dev excerpts where present) is among the candidates of that text."""
    lang = get_language(code)
    checked = 0
    for text in _texts():
        candidates = set(lang.source_filter.candidates(text))
        for index, (pattern, _, _) in enumerate(lang.sources):
            if pattern.search(text):
                checked += 1
                assert index in candidates, (code, pattern.pattern[:80])
    assert checked  # the examples name claimants of every language file's list
