"""frontmap: maps of claimed front-line events, extracted offline from news text in many languages.

The library API that notebooks and the CLI use lives here; each pipeline stage is its own module
(reading, spotting, gazetteer, geocoding, claims, dates, store, review, layers, render, export).
The names below are imported on first use, so ``import frontmap`` stays light (the CLI starts
fast and nothing heavy happens at import time).
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import Any

try:
    __version__ = version("frontmap")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

#: Notebook-facing names and the modules that define them.
_API = {
    "Pipeline": "pipeline",
    "run": "pipeline",
    "Store": "store",
    "open_store": "store",
    "export_store": "export",
    "build_map": "render",
    "render_map": "render",
    "load_features": "render",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'frontmap' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
