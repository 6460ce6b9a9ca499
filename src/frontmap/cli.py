"""The ``frontmap`` command: a thin shell over the library.

Each command parses its options, calls one library function and turns library errors into a
one-line message and a non-zero exit code. Logging is configured here and only here.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

import click

from . import __version__
from .errors import FrontmapError, NoInput
from .export import EXPORT_FORMATS, EXPORT_LAYERS
from .vocab import ClaimType

EXIT_REJECTED = 3
"""Exit code of a run that completed but skipped some inputs (listed in rejected.jsonl)."""


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else
                                         logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="frontmap")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debugging).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def main(verbose: int, quiet: bool) -> None:
    """frontmap: maps of claimed front-line events from news text, offline."""
    _configure_logging(verbose, quiet)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path),
              help="Output folder (created if missing).")
@click.option("--no-map", is_flag=True, help="Skip rendering map.html.")
@click.option("--online-tiles", is_flag=True, help="Add OpenStreetMap tiles (needs network).")
@click.option("--lang", "languages", multiple=True,
              help="Restrict language identification to these codes (repeatable).")
@click.option("--reextract", is_flag=True,
              help="Re-extract articles already in the folder's store (reviews re-attach).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract in this many worker processes (with --engine dask: cluster "
                   "workers of the LocalCluster).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="local: this machine's processes; dask: a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler to use (tcp://host:8786) instead of a LocalCluster.")
def run(inputs: tuple[Path, ...], out_dir: Path, no_map: bool, online_tiles: bool,
        languages: tuple[str, ...], reextract: bool, workers: int, engine: str,
        scheduler: str | None) -> None:
    """Extract claims from articles and write GeoJSON, a map and the store.

    INPUTS are .txt files, folders of them, or .jsonl files (objects with "text" and optional
    "id", "published", "url", "title", "lang"). The extractions are also added to
    DIR/frontmap.sqlite, where analysts review them. The outputs are the same whatever
    --workers and --engine say; a progress bar shows on a terminal.

    Example: frontmap run data/examples --out outputs/demo --workers 2
    """
    from .engines import progress_bar
    from .pipeline import run as run_pipeline
    from .settings import Settings

    kwargs: dict = {"render_map": not no_map, "online_tiles": online_tiles}
    if languages:
        kwargs["languages"] = languages
    try:
        with progress_bar(inputs) as progress:
            summary = run_pipeline(inputs, out_dir, Settings(**kwargs), reextract=reextract,
                                   progress=progress, workers=workers, engine=engine,
                                   scheduler=scheduler)
    except NoInput as exc:
        raise click.ClickException(str(exc)) from exc
    except (FrontmapError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    for line in summary.lines():
        click.echo(line, err=True)
    if summary.rejected:
        sys.exit(EXIT_REJECTED)


@main.group()
def gazetteer() -> None:
    """Query the bundled offline gazetteer."""


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--country", help="Only places in this country (ISO code, e.g. UA).")
@click.option("--kind", type=click.Choice(["settlement", "region", "country", "water", "other"]))
@click.option("--limit", default=10, show_default=True)
def gazetteer_lookup(name: str, country: str | None, kind: str | None, limit: int) -> None:
    """Print the candidates for NAME with their scores and why.

    Example: frontmap gazetteer lookup Kupjansk
    """
    from .gazetteer import load_gazetteer

    try:
        hits = load_gazetteer().lookup(name, country=country, kind=kind, limit=limit)
    except FrontmapError as exc:
        raise click.ClickException(str(exc)) from exc
    if not hits:
        raise click.ClickException(f"no place is called {name!r}")
    for hit in hits:
        e = hit.entry
        region = ", ".join(x for x in (e.admin2, e.admin1, e.country) if x)
        click.echo(f"{hit.score:6.3f}  {e.name} ({region})  {e.place_id}  {e.lat:.5f},"
                   f"{e.lon:.5f}  [{e.kind.value}]  {hit.why}")


@main.command("map")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--out", required=True, type=click.Path(path_type=Path), help="HTML file to write.")
@click.option("--from", "date_from", help="First event date shown (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Last event date shown (YYYY-MM-DD).")
@click.option("--step", type=click.Choice(["day", "week", "month"]), default="day",
              show_default=True, help="Slider step.")
@click.option("--reviewed-only", is_flag=True, help="Only claims an analyst accepted.")
@click.option("--online-tiles", is_flag=True, help="Add OpenStreetMap tiles (needs network).")
@click.option("--title", default="frontmap — claimed front-line events", show_default=True)
def map_command(source: Path, out: Path, date_from: str | None, date_to: str | None,
                step: str, reviewed_only: bool, online_tiles: bool, title: str) -> None:
    """Render a map from a run's output folder or a claims GeoJSON file.

    Example: frontmap map outputs/demo --out outputs/demo/week.html --step week
    """
    from .render import load_features, render_map

    try:
        path = render_map(load_features(source), out, title=title, date_from=_date(date_from),
                          date_to=_date(date_to), step=step, online_tiles=online_tiles,
                          reviewed_only=reviewed_only)
    except (FrontmapError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"map: {path}", err=True)


@main.command("export")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", required=True, type=click.Choice(EXPORT_FORMATS),
              help="geojson (RFC 7946), gpkg (layers claims and places), parquet (GeoParquet), "
                   "csv (with latitude/longitude).")
@click.option("--out", required=True, type=click.Path(path_type=Path), help="File to write.")
@click.option("--layer", type=click.Choice(EXPORT_LAYERS), default="claims", show_default=True,
              help="What a single-layer format holds (a GeoPackage holds both).")
@click.option("--reviewed-only", is_flag=True, help="Only claims an analyst accepted or corrected.")
@click.option("--include-rejected", is_flag=True, help="Keep claims an analyst rejected.")
def export_command(source: Path, fmt: str, out: Path, layer: str, reviewed_only: bool,
                   include_rejected: bool) -> None:
    """Export a run's claims, with analysts' reviews, from its store (SOURCE: the run's folder).

    Example: frontmap export outputs/demo --format gpkg --out outputs/demo/claims.gpkg
    """
    from .export import export_store

    try:
        result = export_store(source, fmt, out, layer=layer, reviewed_only=reviewed_only,
                              include_rejected=include_rejected)
    except FrontmapError as exc:
        raise click.ClickException(str(exc)) from exc
    rows = ", ".join(f"{name} {n}" for name, n in result.layers.items())
    click.echo(f"{fmt}: {result.path} ({rows}; {result.bytes:,} bytes)", err=True)


@main.group()
def review() -> None:
    """Review the claims of a run's store from scripts (notebooks use frontmap.open_store)."""


def _review_target(command):  # shared arguments of the review commands
    command = click.option("--note", help="Why (kept in the history).")(command)
    command = click.option("--analyst", required=True, envvar="FRONTMAP_ANALYST",
                           help="Who decides (or $FRONTMAP_ANALYST).")(command)
    command = click.argument("claim_id")(command)
    return click.argument("source", type=click.Path(exists=True, path_type=Path))(command)


def _open(source: Path):
    from .store import Store

    try:
        return Store(source)
    except FrontmapError as exc:
        raise click.ClickException(str(exc)) from exc


def _done(action: str, review) -> None:
    fixes = ", ".join(f"{k}={v}" for k, v in sorted(review.corrections.items()))
    click.echo(f"{action} {review.claim_id}: {review.status}"
               + (f" ({fixes})" if fixes else ""), err=True)


@review.command("list")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--status", "review_status",
              type=click.Choice(["unreviewed", "accepted", "corrected", "rejected"]),
              help="Only claims with this review status.")
def review_list(source: Path, review_status: str | None) -> None:
    """List stored claims (id, date, type, actor, place, review status), tab-separated.

    Example: frontmap review list outputs/demo --status unreviewed
    """
    from .review import filter_features

    with _open(source) as store:
        features = filter_features(store.claim_features(), review_status=review_status)
    for feature in features:
        p = feature["properties"]
        click.echo("\t".join([feature["id"], p["event_date"] or "-", p["type"],
                              p["actor"] or "-", p["place"], p["review_status"] or "unreviewed"]))


@review.command("accept")
@_review_target
def review_accept(source: Path, claim_id: str, analyst: str, note: str | None) -> None:
    """Accept a claim as extracted (or as corrected).

    Example: frontmap review accept outputs/demo CLAIM_ID --analyst kari  (ids: review list)
    """
    with _open(source) as store:
        try:
            _done("accepted", store.accept(claim_id, analyst, note))
        except FrontmapError as exc:
            raise click.ClickException(str(exc)) from exc


@review.command("reject")
@_review_target
def review_reject(source: Path, claim_id: str, analyst: str, note: str | None) -> None:
    """Reject a claim: maps and exports leave it out.

    Example: frontmap review reject outputs/demo CLAIM_ID --analyst kari --note "no event"
    """
    with _open(source) as store:
        try:
            _done("rejected", store.reject(claim_id, analyst, note))
        except FrontmapError as exc:
            raise click.ClickException(str(exc)) from exc


@review.command("correct")
@_review_target
@click.option("--place", help="Correct place: a place_id (see `frontmap gazetteer lookup`).")
@click.option("--type", "claim_type", type=click.Choice([t.value for t in ClaimType]))
@click.option("--actor", type=click.Choice(["UA", "RU", "none"]), help="none: not said.")
@click.option("--date", "event_date", help="Event date (YYYY-MM-DD, or none).")
def review_correct(source: Path, claim_id: str, analyst: str, note: str | None,
                   place: str | None, claim_type: str | None, actor: str | None,
                   event_date: str | None) -> None:
    """Correct a claim's place, type, actor or event date (and accept it).

    Example: frontmap review correct outputs/demo CLAIM_ID --analyst kari --date 2023-05-11
    """
    from .review import UNSET

    fixes = {"place": place or UNSET, "type": claim_type or UNSET,
             "actor": UNSET if actor is None else (None if actor == "none" else actor),
             "event_date": UNSET if event_date is None else
             (None if event_date == "none" else _date(event_date))}
    with _open(source) as store:
        try:
            _done("corrected", store.correct(claim_id, analyst, note=note, **fixes))
        except FrontmapError as exc:
            raise click.ClickException(str(exc)) from exc


@main.command("languages")
def languages_command() -> None:
    """List the languages frontmap reads (one data file each).

    Example: frontmap languages
    """
    from .languages import available_languages, get_language

    for code in available_languages():
        click.echo(f"{code}\t{get_language(code).name}")


if __name__ == "__main__":  # pragma: no cover
    main()
