"""Shared fixtures: the pipeline (loaded once), the shared gold data (skipped where absent),
and the hypothesis profiles of the property tests."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "data" / "examples"

#: Property tests run the ``ci`` profile unless HYPOTHESIS_PROFILE says otherwise: a fixed
#: number of examples generated in a fixed order (``derandomize``), so every run of the suite
#: tries the same cases and a failure is reproducible; ``dev`` explores new random cases each
#: time (and remembers failing ones in ``.hypothesis/``).
hypothesis_settings.register_profile(
    "ci", max_examples=200, derandomize=True, database=None, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.register_profile("dev", max_examples=1000, deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def pipeline():
    from frontmap.pipeline import Pipeline
    from frontmap.settings import Settings

    return Pipeline(Settings(render_map=False))


@pytest.fixture(scope="session")
def gazetteer(pipeline):
    return pipeline.gazetteer


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared gold data (``../shared``); CI has it, a fresh clone may not."""
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip(f"the shared data folder {SHARED} is absent (a fresh clone): gold tests "
                    "need ../shared/eval and ../shared/seeds")
    return SHARED


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seeds_gold(shared) -> list[dict]:
    return load_gold(shared / "eval" / "seeds.jsonl")


@pytest.fixture(scope="session")
def dev_gold(shared) -> list[dict]:
    return load_gold(shared / "eval" / "dev.jsonl")


@pytest.fixture(scope="session")
def examples_gold() -> list[dict]:
    return load_gold(EXAMPLES / "gold.jsonl")


def article_from_gold(record: dict):
    """The Article the system would read for a gold record (no language, no annotations)."""
    from frontmap.reading import make_article

    return make_article(record["text"], id=record["id"], source=f"gold:{record['id']}",
                        published=record.get("published"), url=record.get("url"),
                        title=record.get("title"))


#: Columns of the store that say when, not what (they differ between two runs of one input).
STORE_TIMESTAMPS = frozenset({"added_at", "extracted_at"})


@pytest.fixture
def store_tables():
    """A function reading what a run put in its store: ``{table: rows}`` of articles, places,
    mentions and claims in key order, without the timestamps."""
    import sqlite3

    def read(folder: Path) -> dict[str, list[tuple]]:
        conn = sqlite3.connect(f"file:{folder / 'frontmap.sqlite'}?mode=ro", uri=True)
        try:
            tables = {}
            for table, key in (("articles", "id"), ("places", "place_id"),
                               ("mentions", "id"), ("claims", "id")):
                cursor = conn.execute(f"SELECT * FROM {table} ORDER BY {key}")
                names = [d[0] for d in cursor.description]
                keep = [i for i, n in enumerate(names) if n not in STORE_TIMESTAMPS]
                tables[table] = [tuple(row[i] for i in keep) for row in cursor]
            return tables
        finally:
            conn.close()

    return read
