"""Scaffolding shared by the tests/test_lang_XX.py files.

Every language file runs its sentences through the same steps: wrap the text in an article of
the file's language with a fixed publication date (so that relative dates resolve the same way
on every run), process it, and compare the claims as (type, surface, actor) triples. These
helpers hold those steps once, so a change in how an article is built or a claim is read is made
in one place, not in fourteen files that could drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from frontmap.reading import make_article

#: A claim as the language tests compare it: (type, place surface, actor or None).
Triple = tuple[str, str, str | None]

#: "Use the file's default": a sentinel, not None, because ``published=None`` is itself a case
#: under test (an undated article, whose claims take their dates from the text alone).
DEFAULT: Any = object()


@dataclass(frozen=True)
class LangHelpers:
    """The article builder and claim reader of one language test file.

    ``lang`` and ``published`` are the file's defaults; a test may override either per call (the
    bokmål file checks nynorsk sentences, date tests change the publication day). ``sort`` keeps
    each file's comparison as it was written: some files compare a sorted list, others the
    claims in the order the extractor emits them, and that order is itself under test there.
    """

    lang: str
    published: str
    sort: bool = False

    def process(self, pipeline: Any, text: str, published: str | None = DEFAULT,
                lang: str | None = None) -> Any:
        """Process ``text`` as one article; the id and source are fixed because no test reads
        them and a stable value keeps results comparable between runs."""
        article = make_article(text, id="t", source="test", lang=lang or self.lang,
                               published=self.published if published is DEFAULT else published)
        return pipeline.process(article)

    def claims(self, pipeline: Any, text: str, published: str | None = DEFAULT,
               lang: str | None = None) -> list[Triple]:
        """The claims of ``text`` as triples: the three fields every language test asserts,
        without the evidence, dates and scores that would make each expected value long."""
        triples = [(c.type.value, c.place.mention.surface, c.actor.value if c.actor else None)
                   for c in self.process(pipeline, text, published, lang).claims]
        return sorted(triples) if self.sort else triples


def code_xfail(reason: str) -> pytest.MarkDecorator:
    """A miss that only a change in Python code (or the gazetteer build) can fix: strict, so the
    test fails loudly as soon as the fix lands and the mark must be removed."""
    return pytest.mark.xfail(reason=reason, strict=True)


def case_ids(cases: list[tuple[str, Any]]) -> list[str]:
    """Short test ids (the sentence's opening) so that a failure names its sentence."""
    return [text[:40] for text, _ in cases]
