"""One exception root for frontmap, with specific subclasses.

As in geopy, each specific error also inherits the matching built-in, so callers can catch
``FrontmapError`` for everything of ours or ``ValueError``/``OSError`` as they already do.
"""

from __future__ import annotations


class FrontmapError(Exception):
    """Root of every error frontmap raises on purpose."""


class UnreadableInput(FrontmapError, ValueError):
    """An input file or record cannot be turned into an article (the message says which and why)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NoInput(FrontmapError, FileNotFoundError):
    """None of the given paths exists or holds any article."""


class GazetteerError(FrontmapError, RuntimeError):
    """The bundled gazetteer is missing, corrupt or of an unknown version."""


class LanguageDataError(FrontmapError, ValueError):
    """A per-language data file is missing or malformed."""


class StoreError(FrontmapError, RuntimeError):
    """The embedded SQLite store cannot be opened, migrated or written."""


class ExportError(FrontmapError, ValueError):
    """An export format is unknown or the data cannot be written in it."""


class RenderError(FrontmapError, RuntimeError):
    """The map cannot be rendered (for example a bundled asset is missing)."""


class MissingDependency(FrontmapError, ImportError):
    """An optional dependency is needed for this feature; the message names the pip command."""
