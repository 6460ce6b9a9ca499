"""Engines: worker processes and Dask write exactly what the single process writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontmap.cli import main
from frontmap.engines import EngineError, count_articles, extractions, progress_bar
from frontmap.models import Extraction
from frontmap.pipeline import run
from frontmap.settings import Settings

EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "examples"
OUTPUTS = ("claims.geojson", "places.geojson", "rejected.jsonl")


def _store_rows(folder: Path) -> dict[str, list[tuple]]:
    """The store's articles, mentions and claims, without the wall-clock columns."""
    conn = sqlite3.connect(folder / "frontmap.sqlite")
    try:
        return {
            "articles": conn.execute(
                "SELECT id, hash, article_id, source, url, published, published_from, lang, "
                "title, body_start, extractor FROM articles ORDER BY id").fetchall(),
            "mentions": conn.execute('SELECT * FROM mentions ORDER BY id').fetchall(),
            "claims": conn.execute("SELECT * FROM claims ORDER BY id").fetchall(),
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def serial(tmp_path_factory, pipeline) -> Path:
    out = tmp_path_factory.mktemp("serial")
    run([EXAMPLES], out, Settings(render_map=False), pipeline=pipeline)
    return out


def _same(serial: Path, other: Path) -> None:
    for name in OUTPUTS:
        assert (other / name).read_bytes() == (serial / name).read_bytes(), name
    assert _store_rows(other) == _store_rows(serial)
    assert _store_rows(serial)["claims"], "the examples make claims"


def test_worker_processes_write_the_same_bytes(serial, tmp_path, pipeline):
    run([EXAMPLES], tmp_path, Settings(render_map=False), pipeline=pipeline, workers=2)
    _same(serial, tmp_path)


def test_cli_workers_option(serial, tmp_path):
    result = CliRunner().invoke(main, ["run", str(EXAMPLES), "--out", str(tmp_path),
                                       "--no-map", "--workers", "2"])
    assert result.exit_code == 0, result.output
    _same(serial, tmp_path)


def test_dask_cluster_writes_the_same_bytes(serial, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        run([EXAMPLES], tmp_path, Settings(render_map=False), engine="dask",
            scheduler=cluster.scheduler_address)
    _same(serial, tmp_path)


def test_results_come_back_in_input_order(pipeline):
    """Small chunks finish out of order on two workers; the stream is still input order."""
    one = [x.article.id for x in extractions([EXAMPLES], pipeline) if isinstance(x, Extraction)]
    two = [x.article.id for x in extractions([EXAMPLES], pipeline, workers=2, chunk_articles=1)
           if isinstance(x, Extraction)]
    assert two == one and len(one) == 14


@pytest.mark.parametrize("kwargs", [{"engine": "spark"}, {"workers": 0},
                                    {"scheduler": "tcp://127.0.0.1:8786"}])
def test_bad_engine_options_are_refused(pipeline, kwargs):
    with pytest.raises(EngineError):
        extractions([EXAMPLES], pipeline, **kwargs)


def test_progress_is_quiet_without_a_terminal():
    with progress_bar([EXAMPLES]) as progress:  # pytest captures stderr: not a terminal
        assert progress is None
    assert count_articles([EXAMPLES]) == 14
