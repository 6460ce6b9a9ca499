"""frontmap: maps of claimed front-line events, extracted offline from news text in many languages.

The library API that notebooks and the CLI use lives here; each pipeline stage is its own module
(reading, spotting, gazetteer, geocoding, claims, dates, store, layers, render, export).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("frontmap")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = ["__version__"]
