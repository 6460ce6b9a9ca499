"""The official scorer on the public gold sets: the foundation's acceptance bar."""

from __future__ import annotations

import json
import subprocess
import sys

from frontmap.pipeline import run
from frontmap.settings import Settings

READABLE = ("id", "text", "published", "url", "title")


def _score(shared, name, tmp_path) -> dict:
    gold = shared / "eval" / f"{name}.jsonl"
    stripped = tmp_path / "input.jsonl"
    with stripped.open("w", encoding="utf-8") as out:
        for line in gold.read_text("utf-8").splitlines():
            record = json.loads(line)
            out.write(json.dumps({k: record[k] for k in READABLE if record.get(k) is not None},
                                 ensure_ascii=False) + "\n")
    run([stripped], tmp_path / "out", Settings(render_map=False))
    result = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(gold),
                             str(tmp_path / "out"), "--json"], capture_output=True, text=True,
                            check=True)
    return json.loads(result.stdout)


def test_seeds_run_from_the_seed_files(shared, tmp_path):
    """`frontmap run ../shared/seeds` itself (not JSONL) meets recall >= 0.8 and F1 >= 0.6."""
    run([shared / "seeds"], tmp_path, Settings(render_map=False))
    result = subprocess.run([sys.executable, str(shared / "eval" / "score.py"),
                             str(shared / "eval" / "seeds.jsonl"), str(tmp_path), "--json"],
                            capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout)
    assert scores["toponyms"]["recall@10km"] >= 0.8
    assert scores["claims"]["f1"] >= 0.6


def test_dev_set_floor(shared, tmp_path):
    """A floor under today's dev figures, so regressions show (the issues set higher bars)."""
    scores = _score(shared, "dev", tmp_path)
    assert scores["toponyms"]["recall@10km"] >= 0.9
    assert scores["claims"]["f1"] >= 0.55
