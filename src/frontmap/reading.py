"""Reading articles: text files, folders of them and JSON Lines, in any encoding.

Inputs stream: :func:`iter_inputs` yields one :class:`Article` or :class:`Rejected` at a time, so
a folder of a million files is never in memory at once, and one broken file never stops a batch —
it becomes a ``Rejected`` record naming the file (or ``file:line``) and the reason.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import json
import logging
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from .errors import UnreadableInput
from .models import Article, Rejected

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})

#: ` date 2023-02-03 Article text…` — a leading space, then the marker; a partial date is no date.
_HEADER = re.compile(r"\A\ufeff?[ \t]?date[ \t]+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?=\s|\Z)[ \t]*")
_URL_DATE = re.compile(
    r"(?<!\d)(20\d\d|19\d\d)([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_HTML_START = re.compile(r"\A\s*(?:<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)
_MIN_YEAR, _MAX_FUTURE_DAYS = 1990, 2


def parse_date(value: object) -> dt.date | None:
    """A calendar date from an ISO string (``2023-02-03``, ``2023-02-03T10:00Z``) or None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _ISO_PREFIX.match(str(value))
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def plausible(day: dt.date | None, today: dt.date | None = None) -> dt.date | None:
    """``day`` if it can be a publication date (not before 1990, not in the future), else None."""
    if day is None:
        return None
    today = today or dt.date.today()
    if day.year < _MIN_YEAR or day > today + dt.timedelta(days=_MAX_FUTURE_DAYS):
        return None
    return day


def date_from_url(url: str | None) -> dt.date | None:
    """The publication date many news sites put in their addresses (``/2023/07/28/``)."""
    if not url:
        return None
    for match in _URL_DATE.finditer(url):
        try:
            return plausible(dt.date(int(match[1]), int(match[3]), int(match[4])))
        except ValueError:
            continue
    return None


def split_header(text: str) -> tuple[dt.date | None, int]:
    """The date of a leading ``date YYYY-MM-DD`` marker and where the body starts after it."""
    match = _HEADER.match(text)
    if not match:
        return None, 0
    return plausible(parse_date(match[1])) if match[1].count("-") == 2 else None, match.end()


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page (scripts, styles and markup dropped), plus its <title>."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head"})
    _BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                        "section", "article", "header", "footer", "blockquote", "figcaption"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(page: str) -> tuple[str, str | None]:
    """Strip markup from an HTML page: (visible text, title or None)."""
    parser = _TextExtractor()
    parser.feed(page)
    parser.close()
    text = re.sub(r"[ \t\r\f\v]+", " ", "".join(parser.parts))
    text = re.sub(r"\n\s*\n\s*", "\n\n", text).strip()
    title = html.unescape(" ".join("".join(parser.title_parts).split())) or None
    return text, title


def decode(data: bytes, source: str) -> str:
    """Text from bytes: UTF-8/16/32 by BOM, then UTF-8, then the most likely legacy encoding.

    Raises UnreadableInput for binary data (NUL bytes without a UTF-16/32 BOM) or undecodable text.
    """
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise UnreadableInput(source, f"invalid {codec} text ({exc.reason})") from exc
    if b"\x00" in data[:4096]:
        raise UnreadableInput(source, "binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # a dependency of requests; only for legacy files

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise UnreadableInput(source, "not text in any known encoding")
    log.info("%s: decoded as %s", source, best.encoding)
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnreadableInput(source, f"not text in any known encoding ({exc})") from exc


def make_article(
    text: str,
    *,
    id: str,
    source: str,
    published: object = None,
    url: str | None = None,
    title: str | None = None,
    lang: str | None = None,
    max_chars: int = 2_000_000,
) -> Article:
    """Build an Article from raw fields, checking what the pipeline relies on.

    The publication date comes from the record, else the date header, else the address.
    """
    if not isinstance(text, str):
        raise UnreadableInput(source, f"'text' must be a string, not {type(text).__name__}")
    if "\x00" in text:
        raise UnreadableInput(source, "text contains NUL characters (binary data?)")
    if _HTML_START.match(text):
        text, html_title = html_to_text(text)
        title = title or html_title
    if not text.strip():
        raise UnreadableInput(source, "empty text")
    if len(text) > max_chars:
        raise UnreadableInput(source, f"text of {len(text):,} characters exceeds the limit of "
                                      f"{max_chars:,} (split it into articles)")
    header_date, body_start = split_header(text)
    date, how = plausible(parse_date(published)), "record"
    if published is not None and date is None:
        log.warning("%s: ignoring implausible or unreadable published date %r", source, published)
    if date is None and header_date is not None:
        date, how = header_date, "header"
    if date is None and (date := date_from_url(url)) is not None:
        how = "url"
    return Article(
        id=id, text=text, source=source, published=date, published_from=how if date else None,
        url=url if isinstance(url, str) and url else None,
        title=title.strip() if isinstance(title, str) and title.strip() else None,
        lang=lang.lower() if isinstance(lang, str) and lang else None, body_start=body_start,
    )


def read_text_file(path: Path, *, max_chars: int = 2_000_000) -> Article:
    """One article from one text (or HTML) file; the id is the file stem."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_chars * 4:
            raise UnreadableInput(source, f"file of {size:,} bytes is too large for one article")
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(source, exc.strerror or str(exc)) from exc
    return make_article(decode(data, source), id=path.stem, source=source, max_chars=max_chars)


def iter_jsonl(path: Path, *, max_chars: int = 2_000_000) -> Iterator[Article | Rejected]:
    """Articles from a JSON Lines file, one object per line, streaming; bad lines are Rejected."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Rejected(str(path), exc.strerror or str(exc))
        return
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            source = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                record = json.loads(decode(raw, source))
                if not isinstance(record, dict):
                    raise UnreadableInput(source, "line is not a JSON object")
                if "text" not in record:
                    raise UnreadableInput(source, "object has no 'text'")
                ident = record.get("id")
                yield make_article(
                    record["text"],
                    id=str(ident) if ident not in (None, "") else f"{path.stem}-{lineno}",
                    source=source, published=record.get("published"),
                    url=record.get("url"), title=record.get("title"), lang=record.get("lang"),
                    max_chars=max_chars,
                )
            except UnreadableInput as exc:
                yield Rejected(exc.source, exc.reason)
            except (json.JSONDecodeError, RecursionError) as exc:
                yield Rejected(source, f"malformed JSON ({exc})")


def _files_in(folder: Path) -> list[Path]:
    found = [
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and p.name.lower() not in {"readme.md", "gold.jsonl"}
    ]
    return sorted(found)


def iter_inputs(
    paths: Iterable[str | Path], *, max_chars: int = 2_000_000
) -> Iterator[Article | Rejected]:
    """Every article of the given files and folders, in a stable order, streaming.

    Files of a folder are read in sorted path order; JSONL files line by line. Missing paths and
    unreadable files are yielded as Rejected records, never raised.
    """
    seen: dict[str, int] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = _files_in(path)
            if not files:
                yield Rejected(str(path), "folder holds no .txt or .jsonl files")
        elif path.exists():
            files = [path]
        else:
            yield Rejected(str(path), "no such file or folder")
            continue
        for file in files:
            if file.suffix.lower() in JSONL_SUFFIXES:
                items: Iterable[Article | Rejected] = iter_jsonl(file, max_chars=max_chars)
            else:
                try:
                    items = [read_text_file(file, max_chars=max_chars)]
                except UnreadableInput as exc:
                    items = [Rejected(exc.source, exc.reason)]
            for item in items:
                if isinstance(item, Article):
                    count = seen.get(item.id, 0)
                    seen[item.id] = count + 1
                    if count:
                        log.warning("%s: duplicate article id %r, renamed %r", item.source,
                                    item.id, f"{item.id}~{count + 1}")
                        item = _renamed(item, f"{item.id}~{count + 1}")
                yield item


def _renamed(article: Article, new_id: str) -> Article:
    from dataclasses import replace

    return replace(article, id=new_id)
