"""Shared fixtures: the pipeline (loaded once), the shared gold data (skipped where absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "data" / "examples"


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
