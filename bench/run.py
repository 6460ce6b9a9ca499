"""The benchmark suite (``make bench``): throughput, memory, scaling and map build on a generated
corpus, written to ``bench/results/latest.json`` and compared with earlier results as ratios.

What is measured, and how:

- **stages**: articles per second of reading, language identification, spotting, geocoding and
  claims, in one process, on the 1,000-article corpus after a warm-up on its first 200 articles
  (language files compiled, word frequencies loaded), in CPU seconds of that process;
- **whole run**: ``frontmap run CORPUS --out DIR --no-map`` (with ``--workers N`` or
  ``--engine dask``) as a child process, for each corpus size: wall seconds, CPU seconds of the
  whole process tree, peak memory (the sum of the tree's proportional set sizes, sampled
  every second, and the largest single process's RSS), articles per second, and per CPU
  second (what one core does, whatever else runs on the machine);
- **scaling**: the 100k run's time over the 10k run's (linear cost: at most 11), and the
  speed-up of ``--workers N`` over one process on the same corpus;
- **gazetteer** (issue 3), in a fresh process: load time, resident memory after loading, and
  lookups per second (scored ``Gazetteer.lookup`` of names, and raw key probes);
- **map**: ``render_map`` time and HTML size for the 10k run's claims and for 100,000
  synthetic claims (``scripts/bench_map.py``; ``--browser`` adds the first render).

Each figure is compared with the previous ``latest.json`` and with the committed
``baseline.json`` as a ratio; one that is more than 10% worse is marked as a regression.
Timed figures depend on the machine and on what else runs on it: the load average before and
after is recorded with them. Benchmarks are never assertions in the test suite.

Usage: ``python bench/run.py [--sizes 1000 10000 100000] [--workers 2] [--quick]
[--save-baseline] [--browser]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CACHE = BENCH / "cache"
RESULTS = BENCH / "results"
sys.path.append(str(ROOT / "src"))  # after PYTHONPATH: another tree can be measured
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT / "scripts"))

#: Targets of issue 7 (and issue 3 for the gazetteer); ``None``: no target, only tracked.
TARGETS = {
    "run_serial_10000_per_cpu_s": (">=", 500.0),
    "workers_speedup_10000": (">=", 1.7),
    "linearity_100k_over_10k": ("<=", 11.0),
    "run_workers2_100000_tail_over_head": ("<=", 1.1),
    "peak_tree_pss_mb_100000": ("<=", 1024.0),
    "gazetteer_load_s": ("<=", 0.5),
    "gazetteer_rss_mb": ("<=", 300.0),
    "gazetteer_lookups_per_s": (">=", 50_000.0),
    "gazetteer_probes_per_s": (">=", 50_000.0),
}
REGRESSION = 0.10
"""A figure more than this much worse than before is a regression."""


# ---------------------------------------------------------------------- child measurements

_GAZETTEER_CHILD = r"""
import json, random, sys, time
t0 = time.perf_counter()
from frontmap.gazetteer import Gazetteer
from frontmap.normalize import fold
t1 = time.perf_counter()
gaz = Gazetteer()
t2 = time.perf_counter()
rss = int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) / 1024
names = [e.name for e in gaz.iter_entries()]
rng = random.Random(3)
sample = [rng.choice(names) for _ in range(50_000)]
t = time.perf_counter()
for name in sample:
    gaz.lookup(name)
lookups = len(sample) / (time.perf_counter() - t)
keys = [fold(n) for n in sample]
t = time.perf_counter()
for key in keys:
    gaz.get(key)
probes = len(keys) / (time.perf_counter() - t)
print(json.dumps({"gazetteer_load_s": t2 - t1, "gazetteer_import_s": t1 - t0,
                  "gazetteer_rss_mb": rss, "gazetteer_lookups_per_s": lookups,
                  "gazetteer_probes_per_s": probes, "gazetteer_places": len(gaz)}))
"""


def stages(corpus: Path, warm: int = 200) -> dict[str, float]:
    """Per-stage throughput in this process (run as a child: ``run.py _stages CORPUS``)."""
    from dataclasses import replace

    from frontmap.dates import infer_publication
    from frontmap.models import Article
    from frontmap.pipeline import Pipeline
    from frontmap.reading import iter_inputs

    clock = time.process_time
    t = clock()
    articles = [a for a in iter_inputs([corpus]) if isinstance(a, Article)]
    reading = clock() - t
    pipeline = Pipeline()
    for article in articles[:warm]:
        pipeline.process(article)
    spent = dict.fromkeys(("language", "spotting", "geocoding", "claims"), 0.0)
    measured = articles[warm:]
    for article in measured:
        t0 = clock()
        code = pipeline.language_of(article)
        article = replace(article, lang=code)
        lang = pipeline.knowledge(code)
        if article.published is None and (day := infer_publication(article.text, lang)):
            article = replace(article, published=day, published_from="text")
        t1 = clock()
        mentions = pipeline.spotter.spot(article, lang)
        t2 = clock()
        places, _ = pipeline.geocoder.resolve(article, mentions, lang.numbers)
        t3 = clock()
        pipeline.extractor.extract(article, lang, places)
        t4 = clock()
        for stage, seconds in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            spent[stage] += seconds
    n = len(measured)
    out = {"stage_reading_per_s": len(articles) / reading}
    out.update({f"stage_{k}_per_s": n / v for k, v in spent.items()})
    out["stage_extraction_per_s"] = n / sum(spent.values())
    out["stage_mean_article_bytes"] = sum(len(a.text.encode()) for a in articles) / len(articles)
    return out


def _child_json(args: list[str]) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


class _Sampler(threading.Thread):
    """Peak memory of a process and its descendants, sampled every second: the sum of their
    proportional set sizes (PSS: a page shared by forked workers counts once, split between
    them), which is what the tree really occupies; RSS would count shared pages per process."""

    def __init__(self, pid: int, store: Path | None = None) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.largest, self.stop = pid, 0, 0, threading.Event()
        self.store, self.progress = store, [(time.perf_counter(), 0)]
        """(seconds, articles stored): how the rate holds up along one run."""

    def run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        # Reading smaps costs the kernel a page-table walk: once a second keeps the sampler's
        # own load (and its interference with the run it measures) near 1% of a core.
        while not self.stop.wait(1.0):
            total = 0
            try:
                for proc in [root, *root.children(recursive=True)]:
                    try:
                        total += _pss(proc.pid)
                        self.largest = max(self.largest, proc.memory_info().rss)
                    except (OSError, ValueError, psutil.Error):
                        continue
            except psutil.Error:
                break
            self.peak = max(self.peak, total)
            self._count()

    def _count(self) -> None:
        import sqlite3

        if self.store is None or not self.store.exists():
            return
        try:
            conn = sqlite3.connect(f"file:{self.store}?mode=ro", uri=True, timeout=0.5)
            try:
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error:
            return
        self.progress.append((time.perf_counter(), stored))

    def tail_over_head(self, total: int) -> float | None:
        """Seconds per article over the last tenth of the run over those of the second tenth
        (after the warm-up): above 1, later articles cost more; a linear run stays near 1,
        whatever the load, as long as the load is steady."""
        def when(n: float) -> float | None:
            return next((t for t, stored in self.progress if stored >= n), None)

        marks = [when(total * f) for f in (0.1, 0.2, 0.9, 1.0)]
        if None in marks or total < 1000:
            return None
        a, b, c, d = marks
        return (d - c) / (b - a) if b > a else None


def _pss(pid: int) -> int:
    """Proportional set size of a process in bytes (Linux ``smaps_rollup``)."""
    with open(f"/proc/{pid}/smaps_rollup") as handle:
        for line in handle:
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    return 0


def whole_run(corpus: Path, articles: int, *, workers: int = 1, engine: str = "local",
              keep: Path | None = None) -> dict[str, float]:
    """``frontmap run CORPUS --out DIR --no-map`` as a child process: time, CPU, memory."""
    out = keep or Path(tempfile.mkdtemp(prefix="frontmap-bench-run-"))
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "frontmap.cli", "-q", "run", str(corpus), "--out",
               str(out), "--no-map", "--workers", str(workers), "--engine", engine]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    sampler = _Sampler(proc.pid, out / "frontmap.sqlite")
    sampler.start()
    _, stderr = proc.communicate()
    wall = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    sampler._count()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 3):
        raise RuntimeError(f"{' '.join(command)} failed ({proc.returncode}): {stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result = {"wall_s": wall, "cpu_s": cpu, "per_s": articles / wall,
              "per_cpu_s": articles / cpu, "peak_tree_pss_mb": sampler.peak / 2**20,
              "max_process_rss_mb": sampler.largest / 2**20,
              "claims_bytes": (out / "claims.geojson").stat().st_size}
    if (ratio := sampler.tail_over_head(articles)) is not None:
        result["tail_over_head"] = ratio
    if keep is None:
        shutil.rmtree(out, ignore_errors=True)
    return result


def map_build(run_dir: Path | None, synthetic: int, browser: bool) -> dict[str, float]:
    from bench_map import measure, synthetic_claims
    from frontmap.render import load_features

    out: dict[str, float] = {}
    folder = Path(tempfile.mkdtemp(prefix="frontmap-bench-map-"))
    if run_dir is not None:
        features = load_features(run_dir)
        m = measure(features, folder / "run.html", browser=browser)
        out.update(map_run_claims=m["claims"], map_run_build_s=m["python_s"],
                   map_run_html_mb=m["html_bytes"] / 1e6)
        if "first_render_s" in m:
            out["map_run_first_render_s"] = m["first_render_s"]
    m = measure(synthetic_claims(synthetic), folder / "synthetic.html", browser=browser)
    out.update({f"map_synthetic_{synthetic}_build_s": m["python_s"],
                f"map_synthetic_{synthetic}_html_mb": m["html_bytes"] / 1e6})
    if "first_render_s" in m:
        out[f"map_synthetic_{synthetic}_first_render_s"] = m["first_render_s"]
    shutil.rmtree(folder, ignore_errors=True)
    return out


# ---------------------------------------------------------------------- the suite


def _load() -> float:
    return os.getloadavg()[0]


def _meta(args: argparse.Namespace) -> dict[str, Any]:
    from frontmap import __version__

    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout.strip()
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "src"], cwd=ROOT,
                                    capture_output=True, text=True).stdout.strip())
    except (OSError, subprocess.CalledProcessError):
        commit, dirty = "unknown", False
    return {"date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "frontmap": __version__,
            "commit": commit + ("+dirty" if dirty else ""), "python": platform.python_version(),
            "machine": platform.machine(), "cores": os.cpu_count(),
            "usable_cores": len(os.sched_getaffinity(0)), "sizes": args.sizes,
            "workers": args.workers, "load_before": _load()}


def suite(args: argparse.Namespace) -> dict[str, Any]:
    from corpus import write_corpus

    meta = _meta(args)
    metrics: dict[str, float] = {}

    def note(name: str, value: float) -> None:
        metrics[name] = value
        print(f"  {name:42} {value:14.4g}", flush=True)

    print(f"frontmap benchmarks on {meta['cores']} cores (load {meta['load_before']:.1f})")
    corpora = {}
    for n in args.sizes:
        started = time.perf_counter()
        corpora[n] = write_corpus(n, CACHE / f"corpus-{n}.jsonl")
        print(f"corpus {n}: {corpora[n]} ({time.perf_counter() - started:.0f} s)", flush=True)
    print("gazetteer (fresh process)")
    for k, v in _child_json(["-c", _GAZETTEER_CHILD]).items():
        note(k, v)
    smallest = min(args.sizes)
    print(f"stages ({smallest} articles, one process, CPU time)")
    for k, v in _child_json([str(Path(__file__)), "_stages", str(corpora[smallest])]).items():
        note(k, v)
    keep = CACHE / "run-map-source"
    for n in args.sizes:
        serial = n <= args.serial_max
        runs = ([("serial", 1, "local")] if serial else []) + [
            (f"workers{args.workers}", args.workers, "local")]
        if args.dask and n == smallest:
            runs.append((f"dask{args.workers}", args.workers, "dask"))
        for label, workers, engine in runs:
            print(f"run {n} articles, {label}", flush=True)
            keep_dir = keep if (n == 10_000 or n == smallest) and label == "serial" else None
            result = whole_run(corpora[n], n, workers=workers, engine=engine, keep=keep_dir)
            for k, v in result.items():
                note(f"run_{label}_{n}_{k}", v)
    for n in args.sizes:
        if f"run_serial_{n}_wall_s" in metrics and f"run_workers{args.workers}_{n}_wall_s" in (
                metrics):
            note(f"workers_speedup_{n}", metrics[f"run_serial_{n}_wall_s"]
                 / metrics[f"run_workers{args.workers}_{n}_wall_s"])
    # Wall time is the target; CPU time says the same with less noise from other load.
    for label, name in ((f"workers{args.workers}", "linearity_100k_over_10k"),
                        ("serial", "linearity_serial_100k_over_10k")):
        for kind, suffix in (("wall", ""), ("cpu", "_cpu")):
            a, b = f"run_{label}_10000_{kind}_s", f"run_{label}_100000_{kind}_s"
            if a in metrics and b in metrics:
                note(name + suffix, metrics[b] / metrics[a])
    largest = max(args.sizes)
    peak = [v for k, v in metrics.items() if k.startswith("run_") and k.endswith(
        f"_{largest}_peak_tree_pss_mb")]
    if peak:
        note(f"peak_tree_pss_mb_{largest}", max(peak))
    print("map build")
    for k, v in map_build(keep if keep.exists() else None, args.map_claims,
                          args.browser).items():
        note(k, v)
    meta["load_after"] = _load()
    return {"meta": meta, "metrics": metrics}


def _better(name: str) -> str:
    if name.endswith(("per_s", "per_cpu_s")) or "speedup" in name:
        return "higher"
    if name.endswith(("_s", "_mb")) or "linearity" in name:
        return "lower"
    return "neither"


def compare(new: dict[str, Any], old: dict[str, Any] | None, title: str) -> list[str]:
    """Lines comparing ``new`` with ``old`` as ratios; regressions are marked."""
    if not old:
        return [f"no {title} to compare with"]
    lines = [f"{'figure':44} {'now':>12} {title:>12} {'ratio':>7}"]
    for name, value in new["metrics"].items():
        before = old.get("metrics", {}).get(name)
        if not before:
            continue
        ratio = value / before
        better = _better(name)
        worse = (better == "higher" and ratio < 1 - REGRESSION) or (
            better == "lower" and ratio > 1 + REGRESSION)
        lines.append(f"{name:44} {value:12.4g} {before:12.4g} {ratio:7.2f}"
                     + ("  REGRESSION" if worse else ""))
    return lines


def targets(result: dict[str, Any]) -> list[str]:
    lines = []
    metrics = result["metrics"]
    per_core = {k: v for k, v in metrics.items() if k.startswith("run_serial_")
                and k.endswith("_per_cpu_s")}
    for target, (op, goal) in TARGETS.items():
        # Variants (NAME_cpu: by CPU time; NAME_quiet, NAME_rerun: re-measured with less
        # other load, see docs/benchmarks.md) are judged beside the suite's own figure.
        names = [n for n in metrics if n == target or n.startswith(target + "_")]
        if not names and target == "run_serial_10000_per_cpu_s" and per_core:
            names = [max(per_core)]
        if not names:
            lines.append(f"{target:44} {'-':>12}   target {op} {goal:g}: not measured")
        for name in names:
            value = metrics[name]
            ok = value >= goal if op == ">=" else value <= goal
            lines.append(f"{name:44} {value:12.4g}   target {op} {goal:g}: "
                         + ("met" if ok else "NOT MET"))
    return lines


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "_stages":
        print(json.dumps(stages(Path(sys.argv[2]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--serial-max", type=int, default=10_000,
                        help="largest corpus also run in one process (larger: workers only)")
    parser.add_argument("--no-dask", dest="dask", action="store_false",
                        help="skip the Dask LocalCluster run")
    parser.add_argument("--map-claims", type=int, default=100_000)
    parser.add_argument("--browser", action="store_true", help="time the first render too")
    parser.add_argument("--quick", action="store_true", help="1,000 articles only")
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json",
                        help="where the results go (the previous ones there are compared)")
    parser.add_argument("--save-baseline", action="store_true",
                        help="also write bench/results/baseline.json")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.map_claims = [1_000], 10_000
    RESULTS.mkdir(parents=True, exist_ok=True)
    latest, baseline = args.out, RESULTS / "baseline.json"
    previous = json.loads(latest.read_text()) if latest.exists() else None
    result = suite(args)
    text = json.dumps(result, indent=1, sort_keys=False) + "\n"
    latest.write_text(text)
    if previous:
        latest.with_name(latest.stem + "-previous.json").write_text(
            json.dumps(previous, indent=1) + "\n")
    if args.save_baseline:
        baseline.write_text(text)
    report = [f"# frontmap benchmarks {result['meta']['date']} ({result['meta']['cores']} "
              f"cores, load {result['meta']['load_before']:.1f} -> "
              f"{result['meta']['load_after']:.1f})", "", "## Targets", *targets(result), "",
              "## Against the previous run", *compare(result, previous, "previous"), "",
              "## Against the baseline",
              *compare(result, json.loads(baseline.read_text()) if baseline.exists() else None,
                       "baseline")]
    latest.with_suffix(".txt").write_text("\n".join(report) + "\n")
    if args.save_baseline:
        baseline.with_suffix(".txt").write_text("\n".join(report) + "\n")
    print("\n".join(report))
    print(f"\nresults: {latest}")


if __name__ == "__main__":
    main()
