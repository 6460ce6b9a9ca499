"""Language identification among the supported languages."""

from __future__ import annotations

from frontmap.identify import identify_language
from frontmap.settings import DEFAULT_LANGUAGES


def test_seed_languages(seeds_gold):
    for record in seeds_gold:
        code, prob = identify_language(record["text"], DEFAULT_LANGUAGES)
        assert code == record["lang"], record["id"]
        assert prob > 0.5


def test_dev_languages(dev_gold):
    wrong = [r["id"] for r in dev_gold
             if identify_language(r["text"], DEFAULT_LANGUAGES)[0] not in {r["lang"], "nn"}]
    assert not wrong


def test_example_languages(examples_gold):
    for record in examples_gold:
        assert identify_language(record["text"], DEFAULT_LANGUAGES)[0] == record["lang"], record["id"]


def test_too_short_text_falls_back():
    assert identify_language("Ok.", DEFAULT_LANGUAGES, default="en") == ("en", 0.0)
