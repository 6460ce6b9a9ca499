"""One validated settings object, passed explicitly to the stages that need it.

No module-level mutable state: the CLI builds a ``Settings`` from its options, notebooks build one
in code, and both hand it to :func:`frontmap.pipeline.run`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

#: Languages identification may answer (each should have a file in ``frontmap/languages``).
DEFAULT_LANGUAGES: tuple[str, ...] = (
    "en", "no", "nn", "da", "sv", "de", "fr", "es", "it", "pl", "nl", "uk", "ru", "cs",
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Knobs of a run. Defaults are what ``frontmap run`` uses."""

    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    """Languages language identification may choose from."""
    default_language: str = "en"
    """Language assumed when identification is unsure and the input does not say."""
    min_place_confidence: float = 0.3
    """Resolved places below this confidence are reported as unresolved instead."""
    min_claim_confidence: float = 0.0
    gazetteer_dir: Path | None = None
    """Use another gazetteer build (a folder with ``places.tsv.gz`` and ``names.marisa``)."""
    render_map: bool = True
    online_tiles: bool = False
    max_article_chars: int = 2_000_000
    """Longer texts are rejected rather than risking memory (a 100 MB file is not an article)."""
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not self.languages:
            raise ValueError("Settings.languages must not be empty")
        if not 0.0 <= self.min_place_confidence <= 1.0:
            raise ValueError("min_place_confidence must lie in [0, 1]")
        if self.max_article_chars <= 0:
            raise ValueError("max_article_chars must be positive")
