"""Language identification, restricted to the languages frontmap has knowledge of.

py3langid's model (97 languages) is loaded once, on first use, and limited to the supported set:
restricting the label space is what makes short Scandinavian texts come out right (bokmål vs
Danish) instead of as a neighbouring language frontmap cannot read.
"""

from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)

#: py3langid labels to frontmap language-file codes.
_ALIASES = {"nb": "no"}


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


def identify_language(text: str, languages: tuple[str, ...], default: str = "en"
                      ) -> tuple[str, float]:
    """The most likely language of ``text`` among ``languages``, and its probability.

    Falls back to ``default`` (probability 0) for text with too few letters to judge.
    """
    sample = text[:4000]
    if sum(ch.isalpha() for ch in sample) < 20:
        return default, 0.0
    code, prob = _identifier(tuple(sorted(languages))).classify(sample)
    code = _ALIASES.get(code, code)
    return code, float(prob)
