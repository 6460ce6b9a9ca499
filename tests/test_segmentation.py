"""Sentences and tokens keep exact offsets into the text."""

from __future__ import annotations

import pytest

from frontmap.segmentation import sentences, tokens


def test_sentences_respect_abbreviations_and_lines():
    text = ("KYIV (Reuters) - Gov. Serhiy Haidai said U.S. officials agreed. Fighting continued.\n"
            "Headline without a full stop\nThe end.")
    spans = sentences(text)
    parts = [text[a:b] for a, b in spans]
    assert parts == [
        "KYIV (Reuters) - Gov. Serhiy Haidai said U.S. officials agreed.",
        "Fighting continued.",
        "Headline without a full stop",
        "The end.",
    ]


def test_tokens_keep_internal_apostrophes():
    text = "у Куп'янську та Kyiv’s d'Avdiïvka"
    assert [t.text for t in tokens(text)] == ["у", "Куп'янську", "та", "Kyiv’s", "d'Avdiïvka"]
    for tok in tokens(text):
        assert text[tok.start:tok.end] == tok.text


def test_seed_article_sentences_cover_the_text(shared):
    text = (shared / "seeds" / "000_1ee4a7b0150b4c01.txt").read_text("utf-8")
    spans = sentences(text)
    assert len(spans) > 15
    assert all(text[a:b].strip() == text[a:b] for a, b in spans)
    assert any(text[a:b].startswith("De to landsbyene, Loskutivka og Rai Oleksandrivka") for a, b in spans)


@pytest.mark.parametrize(("text", "second"), [
    # French typography: a space inside the guillemets
    ("La ville est tombée. « Les forces russes ont libéré la ville », a dit le ministère.",
     "« Les forces russes ont libéré la ville », a dit le ministère."),
    ("Die Stadt fiel. „Wir haben Bachmut eingenommen“, sagte er.",
     "„Wir haben Bachmut eingenommen“, sagte er."),
    ("Han sagde det. »Vi har taget byen,« sagde han.", "»Vi har taget byen,« sagde han."),
    ("Он сказал это. «Мы взяли город», — заявил он.", "«Мы взяли город», — заявил он."),
])
def test_a_quotation_opens_a_sentence(text, second):
    spans = sentences(text)
    assert [text[a:b] for a, b in spans][1:] == [second]
