"""Reading articles: text files, folders of them and JSON Lines, in any encoding.

Inputs stream: :func:`iter_inputs` yields one :class:`Article` or :class:`Rejected` at a time, so
a folder of a million files is never in memory at once, and one broken file never stops a batch —
it becomes a ``Rejected`` record naming the file (or ``file:line``) and the reason. What is read
but doubtful (a guessed encoding, stripped markup, an ignored date) is logged as a warning that
names the file or line and says why.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import logging
import re
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path
from typing import IO, Any

from .errors import UnreadableInput
from .models import Article, Rejected

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
#: Bytes a file (or a JSONL line) may hold per allowed character of text: UTF-8 needs at most 4.
BYTES_PER_CHAR = 4

#: ` date 2023-02-03 Article text…` — a leading space, then the marker; a partial date is no date.
_HEADER = re.compile(r"\A\ufeff?[ \t]?date[ \t]+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?=\s|\Z)[ \t]*")
_URL_DATE = re.compile(
    r"(?<!\d)(20\d\d|19\d\d)([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_HTML_START = re.compile(
    r"\A\s*(?:<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html"
    r"|<(?:p|div|article|section|main|span|h[1-6]|table|ul|ol|figure|header)[\s>])", re.I)
_MIN_YEAR, _MAX_FUTURE_DAYS = 1990, 2
_SURROGATES = re.compile("[\ud800-\udfff]")


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
    return day if day is not None and implausible(day, today) is None else None


def implausible(day: dt.date, today: dt.date | None = None) -> str | None:
    """Why ``day`` cannot be a publication date (``"before 1990"``, ``"in the future"``), or
    None when it can."""
    today = today or dt.date.today()
    if day.year < _MIN_YEAR:
        return f"before {_MIN_YEAR}"
    if day > today + dt.timedelta(days=_MAX_FUTURE_DAYS):
        return "in the future"
    return None


def check_date(value: object) -> tuple[dt.date | None, str | None]:
    """A publication date given by an input, and why it was refused (None when it was not)."""
    day = parse_date(value)
    if day is None:
        shown = str(value)
        return None, ("not a calendar date" if _ISO_PREFIX.match(shown)
                      else "not a date (YYYY-MM-DD)")
    why = implausible(day)
    return (None, why) if why else (day, None)


def date_from_url(url: object) -> dt.date | None:
    """The publication date many news sites put in their addresses (``/2023/07/28/``)."""
    if not isinstance(url, str) or not url:
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
    """Strip markup from an HTML page: (visible text, title or None).

    Character references are resolved once, by the parser (``&amp;lt;`` stays ``&lt;``).
    """
    parser = _TextExtractor()
    parser.feed(page)
    parser.close()
    text = re.sub(r"[ \t\r\f\v]+", " ", "".join(parser.parts))
    text = re.sub(r"\n\s*\n\s*", "\n\n", text).strip()
    title = " ".join("".join(parser.title_parts).split()) or None
    return text, title


# --------------------------------------------------------------------------- encodings

#: Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
         (codecs.BOM_UTF8, "utf-8-sig", None), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))
#: C0 control bytes that plain text does not hold (tab, newlines, form feed are text).
_CONTROL_BYTES = bytes([*range(0, 9), 0x0B, *range(0x0E, 0x20), 0x7F])
#: Legacy single-byte encodings of the languages frontmap reads, the most common first: a tie
#: goes to the earlier one.
_LEGACY = ("cp1252", "cp1250", "iso8859_2", "cp1251", "koi8_u", "cp866")
_LEGACY_NAMES = {"cp1252": "cp1252 (Windows Western)", "cp1250": "cp1250 (Windows Central "
                 "European)", "iso8859_2": "ISO-8859-2", "cp1251": "cp1251 (Windows Cyrillic)",
                 "koi8_u": "KOI8-U", "cp866": "cp866 (DOS Cyrillic)"}
#: The letters beyond ASCII of each language group: a real text keeps to one of them.
_ALPHABETS = tuple(frozenset(a) for a in (
    "æøåéèêóòôü",            # Norwegian, Danish
    "åäöéü",                 # Swedish
    "äöüßé",                 # German
    "àâæçéèêëîïôœùûüÿ",      # French
    "áéíñóúü",               # Spanish
    "àèéìíîòóùú",            # Italian
    "éëïöüèáóäê",            # Dutch
    "ąćęłńóśźż",             # Polish
    "áčďéěíňóřšťúůýž",       # Czech
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",   # Ukrainian
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",   # Russian
))
#: Characters beyond ASCII that news text uses and that are no letters.
_TYPOGRAPHY = frozenset("\u00a0\u2009\u202f“”‘’‚„«»‹›–—…•·€°§№×½")
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 1 << 16


def decode(data: bytes, source: str) -> str:
    """Text from bytes: UTF-8/16/32 by BOM, then UTF-8, then the most likely legacy encoding.

    Raises UnreadableInput for binary data (NUL or other control bytes without a UTF-16/32 BOM)
    or text in no known encoding. Whatever is not plain UTF-8 is logged as a warning naming
    ``source`` and the encoding used.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise UnreadableInput(source, f"invalid {name or codec} text ({exc.reason})"
                                      ) from exc
            if name:
                log.warning("%s: not UTF-8: read as %s (byte-order mark)", source, name)
            return text
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise UnreadableInput(source, "binary data (NUL bytes), not text")
    controls = sum(sample.count(byte) for byte in _CONTROL_BYTES[1:])
    if controls >= 4 and controls * 50 > len(sample):
        raise UnreadableInput(source, f"binary data ({controls} control bytes in the first "
                                      f"{len(sample):,}), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    if good >= 3 * bad:  # UTF-8 with a few broken bytes, not another encoding
        log.warning("%s: invalid UTF-8: %d undecodable byte sequence(s) replaced by U+FFFD",
                    source, bad)
        return text
    return _decode_legacy(data, source)


def _decode_legacy(data: bytes, source: str) -> str:
    """Text in the legacy encoding under which ``data`` reads most like one of our languages;
    when none does, charset_normalizer's guess (another script), else the likeliest anyway."""
    sample = data[:_SAMPLE]
    candidates = []
    for rank, codec in enumerate(_LEGACY):
        try:
            candidates.append((-_plausibility(sample.decode(codec)), rank, codec))
        except UnicodeDecodeError:
            continue
    for penalty, _, codec in sorted(candidates):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:  # a byte beyond the sample that the codec lacks
            continue
        if penalty > 0 and (other := _other_encoding(data)) is not None:
            log.warning("%s: not UTF-8: read as %s (a guess)", source, other[0])
            return other[1]
        name = _LEGACY_NAMES[codec]
        if codec == "cp1252" and not re.search(rb"[\x80-\x9f]", data):
            name = "latin-1 (ISO-8859-1; the same text as cp1252)"
        log.warning("%s: not UTF-8: read as %s%s", source, name,
                    " (a guess)" if penalty > 0 else "")
        return text
    raise UnreadableInput(source, "not text in any known encoding")  # cp866 reads any bytes


def _other_encoding(data: bytes) -> tuple[str, str] | None:
    """(encoding, text) of text in a script frontmap has no legacy encoding for (Greek, CJK…),
    as charset_normalizer guesses it, given enough bytes beyond ASCII to go by."""
    sample = data[:_SAMPLE]
    if len(sample) - len(sample.decode("ascii", errors="ignore")) < 64:
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding.startswith(("utf_16", "utf_32")):  # no BOM: no UTF-16
        return None
    try:
        return best.encoding, data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _plausibility(text: str) -> int:
    """How much ``text`` reads like news in one of frontmap's languages: its letters beyond
    ASCII that belong to one language's alphabet, minus those that do not, symbols, words that
    mix Latin and Cyrillic letters and words with a capital after a small letter."""
    score = 0
    letters: Counter[str] = Counter()
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in word)
        if 0 < cyrillic < len(word):
            score -= 3
        score -= sum(a.islower() and b.isupper() for a, b in pairwise(word))
        letters.update(ch.lower() for ch in word if not ch.isascii())
    total = sum(letters.values())
    best = max(sum(n for ch, n in letters.items() if ch in alphabet) for alphabet in _ALPHABETS)
    symbols = sum(1 for ch in text if not ch.isascii() and not ch.isalpha()
                  and not ch.isspace() and ch not in _TYPOGRAPHY)
    return score + best - (total - best) - 2 * symbols


# --------------------------------------------------------------------------- articles


def _unicode(value: str, source: str, what: str) -> str:
    """``value`` with lone surrogates (JSON can carry them, UTF-8 cannot) replaced by U+FFFD."""
    if not _SURROGATES.search(value):
        return value
    log.warning("%s: %s holds unpaired UTF-16 surrogates: replaced by U+FFFD", source, what)
    return _SURROGATES.sub("\ufffd", value)


def _field(value: object, source: str, what: str) -> str | None:
    """An optional text field of a record: a non-empty string, else None (with a warning when
    it was given but is not text)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        log.warning("%s: ignoring %s of type %s (not text)", source, what, type(value).__name__)
        return None
    value = _unicode(value, source, what).strip()
    return value or None


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
    markup: bool | None = None,
) -> Article:
    """Build an Article from raw fields, checking what the pipeline relies on.

    The publication date comes from the record, else the date header, else the address; a
    date that cannot be one (unreadable, before 1990, in the future) is left out with a warning.
    ``markup``: the text is HTML (None: when it starts like HTML); its markup is stripped.
    Raises UnreadableInput when there is no usable text.
    """
    if not isinstance(text, str):
        raise UnreadableInput(source, f"'text' must be a string, not {type(text).__name__}")
    if "\x00" in text:
        raise UnreadableInput(source, "text contains NUL characters (binary data?)")
    text = _unicode(text, source, "the text")
    if markup or (markup is None and _HTML_START.match(text)):
        text, html_title = html_to_text(text)
        log.warning("%s: HTML page: markup stripped (%s characters of text left)", source,
                    f"{len(text):,}")
        title = title or html_title
    if not text.strip():
        raise UnreadableInput(source, "empty text")
    if len(text) > max_chars:
        raise UnreadableInput(source, f"text of {len(text):,} characters exceeds the limit of "
                                      f"{max_chars:,} (split it into articles)")
    header_date, body_start = split_header(text)
    date, how = None, "record"
    if published is not None and published != "":
        date, why = check_date(published)
        if why:
            log.warning("%s: ignoring published date %s: %s", source, _short(published), why)
    if date is None and header_date is not None:
        date, how = header_date, "header"
    elif date is None and body_start:
        _explain_header(text, source)
    url = _field(url, source, "url")
    if date is None and (date := date_from_url(url)) is not None:
        how = "url"
    lang = _field(lang, source, "lang")
    return Article(
        id=_unicode(str(id), source, "the id"), text=text, source=source, published=date,
        published_from=how if date else None, url=url, title=_field(title, source, "title"),
        lang=lang.lower() if lang else None, body_start=body_start,
    )


def _explain_header(text: str, source: str) -> None:
    """Say why a date header gave no date."""
    match = _HEADER.match(text)
    if match is None:
        return
    if match[1].count("-") < 2:
        log.info("%s: date header %r is not a full date (YYYY-MM-DD): no date", source, match[1])
        return
    _, why = check_date(match[1])
    if why:
        log.warning("%s: ignoring date header %r: %s", source, match[1], why)


def _short(value: object, width: int = 60) -> str:
    shown = repr(value)
    return shown if len(shown) <= width else shown[:width - 1] + "…"


# --------------------------------------------------------------------------- files


def read_text_file(path: Path, *, max_chars: int = 2_000_000) -> Article:
    """One article from one text (or HTML) file; the id is the file stem.

    A file larger than ``max_chars`` characters can hold is refused by its size, unread.
    """
    source = str(path)
    limit = max_chars * BYTES_PER_CHAR
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableInput(source, "not a regular file")
        if info.st_size == 0:
            raise UnreadableInput(source, "empty file (0 bytes)")
        if info.st_size > limit:
            raise UnreadableInput(source, f"file of {info.st_size:,} bytes is too large for one "
                                          f"article (limit {limit:,}; split it into articles)")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise UnreadableInput(source, exc.strerror or str(exc)) from exc
    if len(data) > limit:
        raise UnreadableInput(source, f"file of more than {limit:,} bytes is too large for one "
                                      "article (split it into articles)")
    markup = True if path.suffix.lower() in HTML_SUFFIXES else None
    return make_article(decode(data, source), id=path.stem, source=source, max_chars=max_chars,
                        markup=markup)


def _lines(handle: IO[bytes], limit: int, source: str
           ) -> Iterator[tuple[int, bytes | str | None, str | None]]:
    """Numbered lines of a JSONL file as ``(number, line, None)``, each at most ``limit``
    bytes, or ``(number, None, why)`` for a line that cannot be read: one too long is skipped
    without being held in memory. A file with a UTF-16/32 byte-order mark is decoded as it says
    (bytes otherwise: each line is decoded on its own)."""
    head = handle.peek(4)[:4] if isinstance(handle, io.BufferedReader) else b""
    codec, name = next(((c, n) for bom, c, n in _BOMS if n and head.startswith(bom)),
                       (None, None))
    if codec:
        log.warning("%s: not UTF-8: read as %s (byte-order mark)", source, name)
    stream: IO[Any] = io.TextIOWrapper(handle, encoding=codec) if codec else handle
    end = "\n" if codec else b"\n"
    lineno = 0
    try:
        while line := stream.readline(limit + 1):
            lineno += 1
            if len(line) <= limit or line.endswith(end):
                yield lineno, line, None
                continue
            while (rest := stream.readline(1 << 20)) and not rest.endswith(end):
                pass
            yield lineno, None, (f"line of more than {limit:,} bytes is too large for one "
                                 "article (split it into articles)")
    except UnicodeDecodeError as exc:  # a UTF-16/32 file that breaks off
        yield lineno + 1, None, f"invalid {codec} text ({exc.reason}); the rest is skipped"


def iter_jsonl(path: Path, *, max_chars: int = 2_000_000) -> Iterator[Article | Rejected]:
    """Articles from a JSON Lines file, one object per line, streaming; bad lines are Rejected."""
    limit = max_chars * BYTES_PER_CHAR
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableInput(str(path), "not a regular file")
        handle = path.open("rb")
    except OSError as exc:
        yield Rejected(str(path), exc.strerror or str(exc))
        return
    except UnreadableInput as exc:
        yield Rejected(exc.source, exc.reason)
        return
    if info.st_size == 0:
        handle.close()
        yield Rejected(str(path), "empty file (0 bytes)")
        return
    with handle:
        for lineno, raw, why in _lines(handle, limit, str(path)):
            source = f"{path}:{lineno}"
            if raw is None:
                yield Rejected(source, why or "unreadable line")
                continue
            if not raw.strip():
                continue
            try:
                line = (raw if isinstance(raw, str) else decode(raw, source)).rstrip("\r\n")
                record = json.loads(line)
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
