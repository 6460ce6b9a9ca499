"""Execution engines: where :meth:`Pipeline.process` runs — here, in worker processes, or on Dask.

A batch is read in the coordinating process (reading is cheap, and it keeps the stable input
order and the renaming of duplicate ids in one place), cut into chunks of articles, and the
chunks are extracted by an engine:

``serial``
    In this process, one article after another (the default, and what a notebook does).
``processes``
    In ``workers`` local processes (``--workers N``). On Linux they are forked from this process
    after the pipeline is loaded, so the memory-mapped gazetteer and the compiled language files
    are shared, not loaded again; elsewhere each worker loads its own pipeline once.
``dask``
    On a dask.distributed cluster: a ``LocalCluster`` by default, or the scheduler at
    ``scheduler`` (``tcp://host:8786``). Articles travel to the workers with the tasks, so the
    workers need frontmap installed but no access to the input files; each worker process
    loads the pipeline once and keeps it.

Whatever the engine, results come back in input order, so ``claims.geojson``, ``places.geojson``
and the store are byte for byte what the serial run writes; and only a bounded number of
chunks is in flight at once, so a corpus of millions of articles is never held in memory.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import FrontmapError
from .models import Article, Extraction, Rejected
from .reading import JSONL_SUFFIXES, TEXT_SUFFIXES, iter_inputs
from .settings import Settings

if TYPE_CHECKING:
    from .pipeline import Pipeline

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")
"""``local``: this process (one worker) or forked worker processes; ``dask``: a Dask cluster."""
#: Articles per task: enough to amortise a round trip, few enough to keep workers busy.
CHUNK_ARTICLES = 32
#: Chunks in flight per worker: one being extracted, one waiting, one coming back.
IN_FLIGHT_PER_WORKER = 3

Item = Extraction | Rejected


class EngineError(FrontmapError, RuntimeError):
    """An engine could not be started (Dask missing, scheduler unreachable, bad options)."""


def extract_one(pipeline: Pipeline, item: Article | Rejected) -> Item:
    """The extraction of one read item; a failing article becomes a Rejected record, so that
    one bad text never loses the rest of a batch (the same on every engine)."""
    if isinstance(item, Rejected):
        return item
    try:
        return pipeline.process(item)
    except FrontmapError as exc:
        return Rejected(item.source, str(exc))
    except Exception as exc:  # a bug must not lose the rest of the batch
        log.exception("%s: extraction failed", item.source)
        return Rejected(item.source, f"internal error: {type(exc).__name__}: {exc}")


def extract_chunk(pipeline: Pipeline, chunk: list[Article | Rejected]) -> list[Item]:
    return [extract_one(pipeline, item) for item in chunk]


def extractions(
    inputs: Iterable[str | Path],
    pipeline: Pipeline,
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    chunk_articles: int = CHUNK_ARTICLES,
) -> Iterator[Item]:
    """Every article of ``inputs`` extracted (or Rejected), in input order, on ``engine``.

    ``workers`` is the number of local processes (``local``) or of LocalCluster workers
    (``dask`` without ``scheduler``; default: one per core). Raises EngineError for an
    engine that cannot start.
    """
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    if workers < 1:
        raise EngineError(f"workers must be at least 1, not {workers}")
    if scheduler and engine != "dask":
        raise EngineError("--scheduler needs --engine dask")
    items = iter_inputs(inputs, max_chars=pipeline.settings.max_article_chars)
    if engine == "dask":
        return _dask(items, pipeline.settings, workers if workers > 1 else None, scheduler,
                     chunk_articles)
    if workers == 1:
        return (extract_one(pipeline, item) for item in items)
    return _processes(items, pipeline, workers, chunk_articles)


def _chunks(items: Iterator[Article | Rejected], size: int) -> Iterator[list[Article | Rejected]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _ordered(chunks: Iterator[list[Article | Rejected]], submit: Callable[[list], Any],
             result: Callable[[Any], list[Item]], limit: int) -> Iterator[Item]:
    """Submit chunks, at most ``limit`` in flight, and yield their results in submission
    order (a later chunk that finishes first waits: order is what makes outputs identical)."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= limit:
            yield from result(pending.popleft())
    while pending:
        yield from result(pending.popleft())


# ---------------------------------------------------------------------- local processes

_WORKER: dict[str, Any] = {}
"""The pipeline of a worker process (set once by :func:`_init_worker`)."""


def _init_worker(settings: Settings, pipeline: Pipeline | None) -> None:
    from .pipeline import Pipeline

    _WORKER["pipeline"] = pipeline or Pipeline(settings)


def _work(chunk: list[Article | Rejected]) -> list[Item]:
    return extract_chunk(_WORKER["pipeline"], chunk)


#: A text that makes every stage load what it loads lazily (patterns, word frequencies).
_WARM_TEXT = ("Russian forces attacked Bakhmut and Avdiivka on Monday, 1 May 2023, "
              "the General Staff said. Kyiv denied it.")


def warm(pipeline: Pipeline) -> None:
    """Load, once, before workers are forked, what the pipeline otherwise loads on first use
    in each worker: the language model, every language file's patterns, and the word
    frequency lists (hundreds of MB over all languages). Forked workers then share these
    pages copy-on-write instead of each loading and holding its own copy."""
    from .identify import identify_language
    from .reading import make_article

    identify_language(_WARM_TEXT, pipeline.languages, pipeline.settings.default_language)
    for code in pipeline.languages:
        if code in pipeline.known:
            pipeline.process(make_article(_WARM_TEXT, id="warm-up", source="warm-up",
                                          lang=code))


def _processes(items: Iterator[Article | Rejected], pipeline: Pipeline, workers: int,
               chunk_articles: int) -> Iterator[Item]:
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    fork = "fork" in methods and sys.platform != "darwin"
    context = multiprocessing.get_context("fork" if fork else "spawn")
    if fork:
        warm(pipeline)
    # A forked worker inherits the loaded pipeline (passed without pickling); a spawned one
    # loads its own from the settings.
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                               initargs=(pipeline.settings, pipeline if fork else None))
    try:
        yield from _ordered(_chunks(items, chunk_articles), lambda c: pool.submit(_work, c),
                            _result, workers * IN_FLIGHT_PER_WORKER)
    finally:  # a run that stops early (an error, Ctrl-C) does not wait for queued chunks
        pool.shutdown(wait=True, cancel_futures=True)


def _result(future: Any) -> list[Item]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool as exc:  # a worker was killed (out of memory, a signal)
        raise EngineError(f"a worker process died ({exc}); the outputs were not written") \
            from exc


# ---------------------------------------------------------------------- dask


@lru_cache(maxsize=4)
def _dask_pipeline(settings: Settings) -> Pipeline:
    """The pipeline of a Dask worker process, loaded on its first task and kept."""
    from .pipeline import Pipeline

    return Pipeline(settings)


def _dask_task(settings: Settings, chunk: list[Article | Rejected]) -> list[Item]:
    return extract_chunk(_dask_pipeline(settings), chunk)


def _dask(items: Iterator[Article | Rejected], settings: Settings, workers: int | None,
          scheduler: str | None, chunk_articles: int) -> Iterator[Item]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise EngineError("--engine dask needs dask.distributed: "
                          "pip install 'dask[distributed]'") from exc
    with _dask_client(Client, LocalCluster, workers, scheduler) as client:
        threads = sum(client.nthreads().values()) or 1
        log.info("dask: %d worker threads at %s", threads, client.scheduler.address)
        # pure=False: two chunks with equal articles are still two tasks (no deduplication).
        yield from _ordered(
            _chunks(items, chunk_articles),
            lambda c: client.submit(_dask_task, settings, c, pure=False),
            lambda f: f.result(), threads * IN_FLIGHT_PER_WORKER)


@contextmanager
def _dask_client(client_class: Any, cluster_class: Any, workers: int | None,
                 scheduler: str | None) -> Iterator[Any]:
    if scheduler:
        try:
            client = client_class(scheduler, timeout="30s")
        except OSError as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        with client:
            yield client
        return
    # One single-threaded process per core: extraction is pure Python (the GIL would make
    # threads take turns), and a process per worker is what the local engine does too.
    cluster = cluster_class(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                            processes=True, dashboard_address=None)
    with cluster, client_class(cluster) as client:
        yield client


# ---------------------------------------------------------------------- progress


def count_articles(inputs: Iterable[str | Path]) -> int | None:
    """How many articles ``inputs`` hold, counted cheaply (files, JSONL lines), for an ETA."""
    from .reading import _files_in  # the files a folder contributes, as reading sees them

    total = 0
    for raw in inputs:
        path = Path(raw)
        files = [path] if path.is_file() else _files_in(path) if path.is_dir() else []
        for file in files:
            suffix = file.suffix.lower()
            if suffix in JSONL_SUFFIXES:
                try:
                    with file.open("rb") as handle:
                        total += sum(chunk.count(b"\n") for chunk in
                                     iter(lambda h=handle: h.read(1 << 20), b""))
                except OSError:
                    continue
            elif suffix in TEXT_SUFFIXES and file.is_file():
                total += 1
    return total or None


@contextmanager
def progress_bar(inputs: Iterable[str | Path], *, enabled: bool | None = None
                 ) -> Iterator[Callable[[int], None] | None]:
    """A progress bar with an ETA on stderr, as a ``progress`` callback for ``run``; ``None``
    (no bar) when stderr is not a terminal, unless ``enabled``, or when tqdm is missing."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield None
        return
    try:
        from tqdm import tqdm
    except ImportError:
        yield None
        return
    inputs = list(inputs)
    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked from here
    with tqdm(total=count_articles(inputs), unit=" articles", file=sys.stderr,
              dynamic_ncols=True, smoothing=0.05) as bar:
        yield bar.update
