"""End-anchored patterns (words before a name) are searched backwards for speed: they must find
words wherever the same pattern searched forwards does, and nowhere else."""

from __future__ import annotations

import pytest
import regex

from conftest import EXAMPLES, SHARED
from frontmap.languages import available_languages, get_language

#: Language attributes holding patterns anchored at the end of the text searched.
END_ANCHORED = ("region_before", "settlement_before", "direction_before",
                "metonym_before", "water_before", "since", "origin_before",
                "plural_region_before")


def _windows() -> list[str]:
    """The 60 characters before every capitalised word of the examples (and the shared seeds
    and dev excerpts where present): what the spotter searches."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    if SHARED.exists():
        import json

        for name in ("seeds.jsonl", "dev.jsonl"):
            with open(SHARED / "eval" / name, encoding="utf-8") as handle:
                texts += [json.loads(line)["text"] for line in handle if line.strip()]
    capital = regex.compile(r"\b\p{Lu}")
    return [t[max(0, m.start() - 60):m.start()] for t in texts for m in capital.finditer(t)]


WINDOWS = _windows()


@pytest.mark.parametrize("code", available_languages())
def test_backward_search_finds_what_forward_search_finds(code):
    lang = get_language(code)
    patterns = [(name, getattr(lang, name)) for name in END_ANCHORED if getattr(lang, name)]
    patterns += [(f"strike_before[{i}]", p) for i, p in enumerate(lang.strike_before)]
    found = 0
    for name, pattern in patterns:
        assert pattern.flags & regex.REVERSE, name
        forward = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)
        for window in WINDOWS:
            backward_hit = pattern.search(window) is not None
            assert backward_hit == (forward.search(window) is not None), (name, window)
            found += backward_hit
    assert found  # the windows hold words of these lists in every language
