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
def run(inputs: tuple[Path, ...], out_dir: Path, no_map: bool, online_tiles: bool,
        languages: tuple[str, ...]) -> None:
    """Extract claims from articles and write GeoJSON and a map.

    INPUTS are .txt files, folders of them, or .jsonl files (objects with "text" and optional
    "id", "published", "url", "title", "lang").

    Example: frontmap run data/examples --out outputs/demo
    """
    from .pipeline import run as run_pipeline
    from .settings import Settings

    kwargs: dict = {"render_map": not no_map, "online_tiles": online_tiles}
    if languages:
        kwargs["languages"] = languages
    try:
        summary = run_pipeline(inputs, out_dir, Settings(**kwargs))
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
