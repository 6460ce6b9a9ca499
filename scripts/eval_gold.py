#!/usr/bin/env python3
"""Run frontmap on a gold file and show what it gets wrong, article by article.

Usage: eval_gold.py GOLD.jsonl [--out DIR] [--only ID] [--quiet]

The gold file (``../shared/eval/*.jsonl`` or ``data/examples/gold.jsonl``) is stripped to what the
system may read (id, text, published, url, title — no language, no annotations), run through the
pipeline, scored with the official ``score.py`` when it is found beside the gold file, and then
each article's missed and spurious places and claims are listed. A developer's tool: the
official figures are the ones ``../shared/eval/score.py`` prints.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from frontmap.pipeline import run  # noqa: E402
from frontmap.settings import Settings  # noqa: E402

READABLE = ("id", "text", "published", "url", "title")


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = a, b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--only")
    parser.add_argument("--quiet", action="store_true", help="only the scores")
    args = parser.parse_args()
    gold = [json.loads(line) for line in args.gold.read_text("utf-8").splitlines() if line.strip()]
    if args.only:
        gold = [g for g in gold if g["id"] == args.only]
    out = args.out or Path(tempfile.mkdtemp(prefix="frontmap-eval-"))
    stripped = out / "input.jsonl"
    out.mkdir(parents=True, exist_ok=True)
    stripped.write_text("".join(
        json.dumps({k: g[k] for k in READABLE if g.get(k) is not None}, ensure_ascii=False) + "\n"
        for g in gold), "utf-8")
    run([stripped], out, Settings(render_map=False))
    scorer = ROOT.parent / "shared" / "eval" / "score.py"
    gold_path = args.gold
    if args.only:
        gold_path = out / "gold.jsonl"
        gold_path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold))
    if scorer.exists():
        subprocess.run([sys.executable, str(scorer), str(gold_path), str(out)], check=False)
    if args.quiet:
        return 0
    claims = json.loads((out / "claims.geojson").read_text("utf-8"))["features"]
    places = json.loads((out / "places.geojson").read_text("utf-8"))["features"]
    for g in gold:
        aid = g["id"]
        topo = {t["name"]: t for t in g["toponyms"]}
        my_places = [p for p in places if p["properties"]["article_id"] == aid]
        my_claims = [c for c in claims if c["properties"]["article_id"] == aid]
        lines = []
        for t in g["toponyms"]:
            if t.get("lat") is None or t.get("kind") != "settlement":
                continue
            if not any(km((t["lat"], t["lon"]), p["geometry"]["coordinates"][::-1]) <= 10
                       for p in my_places):
                lines.append(f"  MISSED PLACE {t['name']} {t['surfaces']}")
        located = [t for t in g["toponyms"] if t.get("lat") is not None]
        for p in my_places:
            pr = p["properties"]
            if pr["kind"] == "settlement" and not any(
                    km((t["lat"], t["lon"]), p["geometry"]["coordinates"][::-1]) <= 10
                    for t in located):
                lines.append(f"  SPURIOUS PLACE {pr['name']} {pr['surfaces']} ({pr['admin1']}, "
                             f"{pr['feature_code']})")
        used: set[int] = set()
        for c in g["claims"]:
            t = topo.get(c["place"])
            if not t or t.get("lat") is None:
                continue
            radius = 100 if t.get("kind") == "region" else 10
            match = None
            for i, o in enumerate(my_claims):
                if i in used or o["properties"]["type"] != c["type"]:
                    continue
                if km((t["lat"], t["lon"]), o["geometry"]["coordinates"][::-1]) <= radius:
                    match = i
                    break
            if match is None:
                lines.append(f"  MISSED CLAIM {c['type']} {c['place']} actor={c['actor']} "
                             f"date={c['event_date']} | {c['evidence'][:110]}")
            else:
                used.add(match)
                o = my_claims[match]["properties"]
                if c["actor"] and o["actor"] != c["actor"]:
                    lines.append(f"  ACTOR {c['type']} {c['place']}: gold {c['actor']} "
                                 f"got {o['actor']} ({o['rule']})")
                if c["event_date"] and o["event_date"] != c["event_date"]:
                    lines.append(f"  DATE {c['type']} {c['place']}: gold {c['event_date']} "
                                 f"got {o['event_date']} ({o['rule']})")
        for i, o in enumerate(my_claims):
            if i not in used:
                pr = o["properties"]
                lines.append(f"  SPURIOUS CLAIM {pr['type']} {pr['place']} actor={pr['actor']} "
                             f"| {pr['evidence'][:110]} ({pr['rule'][:90]})")
        if lines:
            print(f"== {aid} ({g['lang']})")
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
