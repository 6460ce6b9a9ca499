"""Crash safety: ``frontmap run`` killed with SIGKILL midway, then run again, leaves exactly
what an uninterrupted run leaves — outputs byte for byte, the store row for row — and the
killed run never replaced a complete output with a partial one.

Design: a corpus of a few thousand small generated articles (JSONL, a few bad lines among
them) is run once to completion (the reference). A second output folder holds complete
outputs of an earlier run; a run into it is started in a subprocess and killed with SIGKILL
as soon as its store holds some committed batches (it is then midway: streaming the GeoJSON
into temporary files, articles still to come). Then the earlier outputs must be intact, the
store consistent with only whole batches in it, and a rerun must give the reference.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from frontmap.store import BATCH_ARTICLES

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

ARTICLES = 2_000
OUTPUTS = ("claims.geojson", "places.geojson", "rejected.jsonl", "map.html")
PLACES = ["Bakhmut", "Avdiivka", "Kupiansk", "Kramatorsk", "Sloviansk", "Lyman", "Vuhledar",
          "Marinka", "Robotyne", "Orikhiv", "Kherson", "Pokrovsk", "Toretsk", "Chasiv Yar",
          "Siversk", "Kreminna", "Soledar", "Klishchiivka", "Andriivka", "Synkivka",
          "Kostiantynivka", "Huliaipole", "Vovchansk", "Izium"]
TEMPLATES = ["Russian forces captured {p}, the Russian defence ministry said on {d}.",
             "Ukrainian troops advanced near {p}, the General Staff reported on {d}.",
             "Russian missiles struck {p} on {d}, local officials said.",
             "Ukrainian forces withdrew from {p}, a military spokesman said on {d}.",
             "Russian troops attacked {p} overnight, Ukraine's army said."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _corpus(path: Path) -> None:
    rng = random.Random(8)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(ARTICLES):
            if i % 500 == 250:
                handle.write("{not json\n")
            sentences = [rng.choice(TEMPLATES).format(p=rng.choice(PLACES), d=rng.choice(DAYS))
                         for _ in range(3)]
            handle.write(json.dumps({
                "id": f"a{i:05d}", "text": f"Report {i}. " + " ".join(sentences),
                "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "url": f"https://news.example.org/{i}", "title": f"Report {i}"}) + "\n")


def _run(corpus: Path, out: Path, log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "frontmap.cli", "-q", "run", str(corpus), "--out", str(out)],
        stdout=subprocess.DEVNULL, stderr=log.open("wb"), cwd=out.parent)


def _stored_articles(store: Path) -> int:
    if not store.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=0.2)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created or migrated yet
        return 0


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_run_killed_midway_and_run_again_equals_an_uninterrupted_run(tmp_path, store_tables):
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus)
    clean, crashed = tmp_path / "clean", tmp_path / "crashed"
    clean.mkdir()
    crashed.mkdir()

    reference = _run(corpus, clean, tmp_path / "clean.log")
    assert reference.wait(timeout=600) == 3, (tmp_path / "clean.log").read_text()

    earlier = {"claims.geojson": '{"type":"FeatureCollection","features":[]}\n',
               "places.geojson": '{"type":"FeatureCollection","features":[]}\n',
               "rejected.jsonl": "", "map.html": "<!DOCTYPE html><title>earlier</title>\n"}
    for name, text in earlier.items():
        (crashed / name).write_text(text, encoding="utf-8")

    victim = _run(corpus, crashed, tmp_path / "killed.log")
    deadline = time.monotonic() + 300
    try:
        while _stored_articles(crashed / "frontmap.sqlite") < 100:
            assert victim.poll() is None, "the run ended before it could be killed midway"
            assert time.monotonic() < deadline, "the run stored nothing in 300 s"
            time.sleep(0.02)
        os.kill(victim.pid, signal.SIGKILL)
    finally:
        if victim.poll() is None:
            victim.kill()
        victim.wait(timeout=60)
    assert victim.returncode == -signal.SIGKILL

    # Midway: the killed run was streaming into temporary files, which it left behind ...
    left = _temporaries(crashed)
    assert any(name.startswith(f".claims.geojson.{victim.pid}.") for name in left), left
    # ... and no complete output was replaced by a partial one.
    for name, text in earlier.items():
        assert (crashed / name).read_text(encoding="utf-8") == text, name
    # The store is intact and holds whole batches: exactly the first articles of the
    # reference, each with all its mentions and claims.
    with closing(sqlite3.connect(crashed / "frontmap.sqlite")) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    killed, reference_rows = store_tables(crashed), store_tables(clean)
    stored = len(killed["articles"])
    assert 100 <= stored < ARTICLES and stored % BATCH_ARTICLES == 0
    assert killed["articles"] == reference_rows["articles"][:stored]
    with closing(sqlite3.connect(f"file:{clean / 'frontmap.sqlite'}?mode=ro", uri=True)) as conn:
        last = conn.execute("SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET ?",
                            (stored - 1,)).fetchone()[0]
        for table in ("mentions", "claims"):
            rows = conn.execute(f"SELECT count(*) FROM {table} WHERE article <= ?",
                                (last,)).fetchone()[0]
            assert killed[table] == reference_rows[table][:rows], table

    again = _run(corpus, crashed, tmp_path / "again.log")
    assert again.wait(timeout=600) == 3, (tmp_path / "again.log").read_text()

    for name in OUTPUTS:
        assert (crashed / name).read_bytes() == (clean / name).read_bytes(), name
    assert store_tables(crashed) == store_tables(clean)
    assert _temporaries(crashed) == []
    assert sorted(p.name for p in crashed.iterdir()) == sorted(p.name for p in clean.iterdir())


def test_only_the_temporaries_of_dead_writers_are_removed(tmp_path):
    from frontmap.export import remove_stale_temporaries, temporary_file

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    dead = tmp_path / f".claims.geojson.{gone.pid}.abcd1234.tmp"
    dead.write_text("partial")
    (tmp_path / f".claims.gpkg.{gone.pid}.efgh5678.tmp").mkdir()  # a GeoPackage being written
    fd, live = temporary_file(tmp_path / "places.geojson")  # this process: still writing
    os.close(fd)
    mine = [tmp_path / ".notes.2024.draft.tmp", tmp_path / "claims.geojson",
            tmp_path / f".x.{'9' * 30}.abcd1234.tmp"]
    for path in mine:
        path.write_text("not frontmap's to remove")
    removed = remove_stale_temporaries(tmp_path)
    assert sorted(p.name for p in removed) == sorted([dead.name, f".claims.gpkg.{gone.pid}."
                                                                 "efgh5678.tmp"])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [Path(live).name, *(p.name for p in mine)])
