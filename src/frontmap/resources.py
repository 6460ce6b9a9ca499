"""Where frontmap's bundled data lives.

In a wheel the repository's ``data/gazetteer`` and ``data/boundaries`` are installed as
``frontmap/_data/...``; in a source checkout (editable install) they are read from the repository.
Nothing here touches ``../shared``: the product never needs it at run time.
"""

from __future__ import annotations

from pathlib import Path

from .errors import FrontmapError

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE / "_data", _PACKAGE.parent.parent / "data")


def data_path(*parts: str) -> Path:
    """Path of a bundled data file or folder, e.g. ``data_path("gazetteer", "names.marisa")``."""
    for root in _CANDIDATES:
        path = root.joinpath(*parts)
        if path.exists():
            return path
    raise FrontmapError(
        f"bundled data {'/'.join(parts)!r} not found (looked in "
        + ", ".join(str(r) for r in _CANDIDATES)
        + "); reinstall frontmap or run `make gazetteer`"
    )


def package_path(*parts: str) -> Path:
    """Path of a file shipped inside the package (language files, map assets)."""
    return _PACKAGE.joinpath(*parts)
