"""The pipeline: read → identify language → spot → geocode → claims → export (→ map).

:class:`Pipeline` processes one article at a time (what notebooks and workers call);
:func:`run` streams a whole batch to an output folder. Inputs are never all in memory: features
are appended to the output files as articles are processed, and the files are completed and
renamed into place atomically at the end. A broken input or an article that fails is reported
(``rejected.jsonl``) and the batch goes on.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .claims import ClaimExtractor
from .dates import infer_publication
from .engines import extract_one, extractions
from .errors import FrontmapError, NoInput
from .export import (
    atomic_write_text,
    claim_feature,
    place_features,
    remove_stale_temporaries,
    temporary_file,
)
from .gazetteer import Gazetteer, load_gazetteer
from .geocoding import FOCUS_ADMIN1, Geocoder
from .identify import identify_language
from .languages import available_languages, fallback_language, get_language
from .models import Article, Extraction, Rejected
from .reading import iter_inputs, plausible
from .settings import Settings
from .spotting import Spotter
from .store import BATCH_ARTICLES, STORE_FILE, AddReport, Store, content_hash, extractor_version

log = logging.getLogger(__name__)

CLAIMS_FILE, PLACES_FILE, MAP_FILE, REJECTED_FILE = (
    "claims.geojson", "places.geojson", "map.html", "rejected.jsonl")
#: An article naming more different places is refused: it is a list, or many articles in one
#: text, and geocoding weighs every place against every other (time grows with the square).
MAX_PLACE_NAMES = 1_000


class Pipeline:
    """Everything needed to turn an article into an :class:`Extraction`, loaded once."""

    def __init__(self, settings: Settings | None = None, gazetteer: Gazetteer | None = None):
        self.settings = settings or Settings()
        self.gazetteer = gazetteer or load_gazetteer(
            str(self.settings.gazetteer_dir) if self.settings.gazetteer_dir else None)
        self.spotter = Spotter(self.gazetteer, FOCUS_ADMIN1)
        self.geocoder = Geocoder(self.gazetteer, min_confidence=self.settings.min_place_confidence)
        self.extractor = ClaimExtractor()
        self.known = frozenset(available_languages())
        self.languages = tuple(self.settings.languages)

    def language_of(self, article: Article) -> str:
        """The article's language: as given, else identified from the text."""
        if article.lang in ("nb", "nob"):
            return "no"
        if article.lang:
            return article.lang
        code, _ = identify_language(article.text, self.languages, self.settings.default_language)
        return code

    def knowledge(self, code: str):
        """The language file for ``code``; without one, only the shared knowledge (places are
        still found, claims need a language file)."""
        if code in self.known:
            return get_language(code)
        log.warning("no language file for %r: places only, no claims", code)
        return fallback_language(code)

    def process(self, article: Article) -> Extraction:
        """Places and claims of one article."""
        code = self.language_of(article)
        if article.lang != code:
            article = replace(article, lang=code)
        lang = self.knowledge(code)
        if article.published is None and (
                inferred := plausible(infer_publication(article.text, lang))):
            article = replace(article, published=inferred, published_from="text")
        mentions = self.spotter.spot(article, lang)
        if len(names := {m.key for m in mentions}) > MAX_PLACE_NAMES:
            raise FrontmapError(f"names {len(names):,} different places (more than "
                                f"{MAX_PLACE_NAMES:,}): a list or many articles in one text, "
                                "not a report (split it into articles)")
        places, unresolved = self.geocoder.resolve(article, mentions, lang.numbers)
        claims = self.extractor.extract(article, lang, places, [u.mention for u in unresolved])
        return Extraction(article, tuple(places), tuple(claims), tuple(unresolved))

    def iter_extractions(self, inputs: Iterable[str | Path]
                         ) -> Iterator[Extraction | Rejected]:
        """Extractions of every article of ``inputs``; unreadable or failing ones as Rejected."""
        for item in iter_inputs(inputs, max_chars=self.settings.max_article_chars):
            yield extract_one(self, item)


@dataclass
class RunSummary:
    """What a run read, found and rejected (printed by the CLI, returned to notebooks)."""

    out_dir: Path
    articles: int = 0
    places: int = 0
    claims: int = 0
    unresolved: int = 0
    languages: Counter = field(default_factory=Counter)
    claim_types: Counter = field(default_factory=Counter)
    rejected: list[Rejected] = field(default_factory=list)
    seconds: float = 0.0
    map_path: Path | None = None

    def lines(self) -> list[str]:
        """Human-readable summary lines."""
        langs = ", ".join(f"{k} {v}" for k, v in sorted(self.languages.items())) or "none"
        types = ", ".join(f"{k} {v}" for k, v in sorted(self.claim_types.items())) or "none"
        out = [
            f"articles read: {self.articles} ({langs})",
            f"places resolved: {self.places}; unresolved mentions: {self.unresolved}",
            f"claims: {self.claims} ({types})",
            f"inputs rejected: {len(self.rejected)}",
        ]
        out += [f"  rejected {r.source}: {r.reason}" for r in self.rejected]
        out.append(f"output: {self.out_dir} ({self.seconds:.1f} s)")
        if self.map_path:
            out.append(f"map: {self.map_path}")
        return out


def _warn_gaps(item: Extraction) -> None:
    """Say what a read article lacks for the map: a publication date, any place."""
    source = item.article.source
    if item.article.published is None:
        log.warning("%s: no publication date (none in the record, a date header, the address "
                    "or the text): relative dates such as 'on Friday' stay unresolved", source)
    if not item.places:
        log.warning("%s: no place found%s: nothing to map", source,
                    f" ({len(item.unresolved)} name(s) could not be placed)"
                    if item.unresolved else "")


class _FeatureStream:
    """A FeatureCollection written feature by feature to a temporary file, then renamed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        fd, self.tmp = temporary_file(path)
        self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        self.handle.write('{"type":"FeatureCollection","features":[')
        self.count = 0

    def write(self, feature: dict) -> None:
        if self.count:
            self.handle.write(",\n")
        self.handle.write(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
        self.count += 1

    def close(self) -> None:
        self.handle.write("]}\n")
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.handle.close()
        Path(self.tmp).unlink(missing_ok=True)


def run(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    settings: Settings | None = None,
    *,
    pipeline: Pipeline | None = None,
    progress: Callable[[int], None] | None = None,
    store: bool = True,
    reextract: bool = False,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> RunSummary:
    """Process every article of ``inputs`` into ``out_dir`` (claims, places, map, rejections).

    With ``store`` the extractions are also added to ``out_dir/frontmap.sqlite`` (in batches;
    articles already stored by the same extractor version are skipped unless ``reextract``),
    and the map shows this run's claims with their reviewed values.
    ``workers``, ``engine`` and ``scheduler`` choose where articles are extracted
    (:mod:`frontmap.engines`: this process, local worker processes, or a Dask cluster); the
    outputs are the same whichever runs them, and only this process writes them.
    Raises NoInput when nothing at all could be read (every input missing or rejected), and
    EngineError when the engine cannot start.
    """
    settings = settings or Settings()
    pipeline = pipeline or Pipeline(settings)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for stale in remove_stale_temporaries(out):
        log.info("removed %s, left by a run that was killed", stale)
    started = time.perf_counter()
    summary = RunSummary(out_dir=out)
    db = Store(out / STORE_FILE) if store else None
    version = extractor_version(pipeline.settings) if db else ""
    batch: list[Extraction] = []
    stored = AddReport()
    hashes: list[str] = []
    claims = _FeatureStream(out / CLAIMS_FILE)
    places = _FeatureStream(out / PLACES_FILE)
    claim_features: list[dict] = []
    try:
        for item in extractions(inputs, pipeline, workers=workers, engine=engine,
                                scheduler=scheduler):
            if isinstance(item, Rejected):
                log.warning("rejected %s: %s", item.source, item.reason)
                summary.rejected.append(item)
                continue
            summary.articles += 1
            _warn_gaps(item)
            summary.languages[item.article.lang or "?"] += 1
            summary.unresolved += len(item.unresolved)
            for feature in place_features(item):
                places.write(feature)
                summary.places += 1
            for claim in item.claims:
                feature = claim_feature(claim, item.article)
                claims.write(feature)
                if settings.render_map and db is None:
                    claim_features.append(feature)
                summary.claims += 1
                summary.claim_types[claim.type.value] += 1
            if db is not None:
                batch.append(item)
                hashes.append(content_hash(item.article.text))
                if len(batch) >= BATCH_ARTICLES:
                    stored.merge(db.add(batch, extractor=version, reextract=reextract))
                    batch.clear()
            if progress:
                progress(1)
        if db is not None and batch:
            stored.merge(db.add(batch, extractor=version, reextract=reextract))
    except BaseException:
        claims.abort()
        places.abort()
        if db is not None:
            db.close()
        raise
    claims.close()
    places.close()
    if db is not None:
        log.info("store %s: %d articles added, %d unchanged, %d re-extracted; %d reviews "
                 "re-attached, %d orphaned", db.path, stored.added, stored.unchanged,
                 stored.reextracted, len(stored.reattached), len(stored.orphaned))
        if settings.render_map:
            claim_features = db.claim_features(articles=hashes)
        db.close()
    atomic_write_text(out / REJECTED_FILE, "".join(
        json.dumps({"source": r.source, "reason": r.reason}, ensure_ascii=False) + "\n"
        for r in summary.rejected))
    if summary.articles == 0:
        reasons = "; ".join(f"{r.source}: {r.reason}" for r in summary.rejected[:5])
        raise NoInput(f"no article could be read ({reasons or 'no input'})")
    if settings.render_map:
        from .render import render_map

        summary.map_path = render_map(claim_features, out / MAP_FILE,
                                      online_tiles=settings.online_tiles)
    summary.seconds = time.perf_counter() - started
    return summary
