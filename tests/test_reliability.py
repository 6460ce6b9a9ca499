"""Reliability (issue 8): bad input through ``frontmap run``, hostile text in every HTML we
write, and the same input giving the same bytes.

Every bad input of the issue is one row of :data:`CASES`; one run reads them all (with good
articles among them) and each row checks what became of its input: refused (``rejected.jsonl``
and the summary say why) or read with a warning that names the file or line.
``docs/reliability.md`` tabulates the same rows.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import random
import re
import time
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from frontmap.cli import main
from frontmap.errors import FrontmapError, UnreadableInput
from frontmap.models import Article, Rejected
from frontmap.pipeline import MAX_PLACE_NAMES
from frontmap.reading import decode, iter_inputs, make_article

MB = 1 << 20
GOOD = "Russian forces shelled Kherson on Friday, the Ukrainian military said."
EVIL = "<script>alert(1)</script> <img src=x onerror=alert(2)> </script><!-- \u2028"


def _jsonl(*records: object) -> bytes:
    return b"\n".join(r if isinstance(r, bytes) else json.dumps(r).encode() for r in records)


def _sparse(size: int, head: bytes = b"", tail: bytes = b""):
    """A file of ``size`` bytes that takes no disk space (NUL bytes between head and tail)."""
    def write(path: Path) -> None:
        with path.open("wb") as handle:
            handle.write(head)
            handle.truncate(size - len(tail))
            handle.seek(size - len(tail))
            handle.write(tail)
    return write


_RANDOM = random.Random(8)
NOISE = bytes(_RANDOM.randrange(1, 256) for _ in range(4096))  # no NUL byte

#: ``(input, content, outcome, what)``: the input (``file`` or ``file:line``), its bytes (or a
#: function writing them), and what must become of it — ``rejected`` with the reason
#: ``what`` (in rejected.jsonl and the summary), or ``warning``: read, and a warning naming the
#: input says ``what``.
CASES: list[tuple[str, object, str, str]] = [
    ("empty.txt", b"", "rejected", "empty file (0 bytes)"),
    ("empty.jsonl", b"", "rejected", "empty file (0 bytes)"),
    ("blank.txt", b"  \n\t \n", "rejected", "empty text"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "rejected",
     "binary data (NUL bytes), not text"),
    ("noise.txt", NOISE, "rejected", "binary data ("),
    ("huge.txt", _sparse(100 * MB, GOOD.encode()), "rejected",
     "file of 104,857,600 bytes is too large for one article (limit 8,000,000; split it into "
     "articles)"),
    ("huge.jsonl:1", _sparse(100 * MB, b'{"text": "' + GOOD.encode(), b'"}\n'), "rejected",
     "line of more than 8,000,000 bytes is too large for one article (split it into articles)"),
    ("cp1251.txt", "Російські війська обстріляли Бахмут у п'ятницю, заявили в Генштабі ЗСУ."
     .encode("cp1251"), "warning", "not UTF-8: read as cp1251 (Windows Cyrillic)"),
    ("cp1252.txt", "L’armée ukrainienne a repoussé une attaque russe près d’Avdiïvka, a déclaré "
     "l’état-major vendredi.".encode("cp1252"), "warning",
     "not UTF-8: read as cp1252 (Windows Western)"),
    ("latin1.txt", "Russiske styrker rykket fram ved Bakhmut på fredag, opplyser "
     "forsvarsdepartementet i Kyiv. Kämpfe bei Kupjansk.".encode("latin-1"), "warning",
     "not UTF-8: read as latin-1 (ISO-8859-1; the same text as cp1252)"),
    ("utf16.txt", "Російські ракети вразили Краматорськ у п'ятницю.".encode("utf-16"),
     "warning", "not UTF-8: read as UTF-16 (byte-order mark)"),
    ("utf16.jsonl", json.dumps({"text": GOOD, "published": "2024-02-16"}, ensure_ascii=False)
     .encode("utf-16"), "warning", "not UTF-8: read as UTF-16 (byte-order mark)"),
    ("broken-utf8.txt", "Російські війська обстріляли Бахмут".encode() + b"\xff. " +
     GOOD.encode(), "warning",
     "invalid UTF-8: 1 undecodable byte sequence(s) replaced by U+FFFD"),
    ("page.html", b"<!DOCTYPE html><html><head><title>Strike on Kramatorsk</title><style>p{}"
     b"</style><script>var x = '<p>Bakhmut</p>';</script></head><body><nav>Menu</nav><p>Russian"
     b" missiles hit Kramatorsk on Friday, officials said.</p></body></html>", "warning",
     "HTML page: markup stripped"),
    ("fragment.html", b"<p>Russian missiles hit Sloviansk on <b>Friday</b>, officials said.</p>",
     "warning", "HTML page: markup stripped"),
    ("no-places.txt", b" date 2024-02-16 The weather was mild and nothing happened.", "warning",
     "no place found: nothing to map"),
    ("no-date.txt", b"Russian forces shelled Kherson on Friday, the Ukrainian military said.",
     "warning", "no publication date (none in the record, a date header, the address or the "
     "text): relative dates such as 'on Friday' stay unresolved"),
    ("future.txt", b" date 2999-01-01 Russian missiles hit Kramatorsk.", "warning",
     "ignoring date header '2999-01-01': in the future"),
    ("ancient.txt", b" date 1850-01-01 Russian missiles hit Sloviansk.", "warning",
     "ignoring date header '1850-01-01': before 1990"),
    ("no-such-day.txt", b" date 2023-02-30 Russian missiles hit Izium.", "warning",
     "ignoring date header '2023-02-30': not a calendar date"),
    ("future-in-text.txt", b"Russian forces shelled Kherson, the ministry said. The deal runs "
     b"until 31 December 2030.", "warning", "no publication date"),
    ("batch.jsonl:1", _jsonl({"id": "ok", "text": GOOD, "published": "2024-02-16",
                              "url": "https://example.org/2024/02/16/kherson"}), "read", ""),
    ("batch.jsonl:2", b'{"text": "Russian forces shelled Kherson', "rejected",
     "malformed JSON (Unterminated string starting at: line 1 column 10 (char 9))"),
    ("batch.jsonl:3", _jsonl({"id": "no-text", "title": "x"}), "rejected",
     "object has no 'text'"),
    ("batch.jsonl:4", _jsonl(["an", "array"]), "rejected", "line is not a JSON object"),
    ("batch.jsonl:5", _jsonl({"text": 42}), "rejected", "'text' must be a string, not int"),
    ("batch.jsonl:6", _jsonl({"text": "", "id": "empty"}), "rejected", "empty text"),
    ("batch.jsonl:7", b"[" * 100_000 + b"]" * 100_000, "rejected",
     "malformed JSON (maximum recursion depth exceeded"),
    ("batch.jsonl:8", _jsonl({"text": GOOD, "published": "2999-01-01"}), "warning",
     "ignoring published date '2999-01-01': in the future"),
    ("batch.jsonl:9", _jsonl({"text": GOOD + " (1)", "published": "1850-05-05"}), "warning",
     "ignoring published date '1850-05-05': before 1990"),
    ("batch.jsonl:10", _jsonl({"text": GOOD + " (2)", "published": "yesterday"}), "warning",
     "ignoring published date 'yesterday': not a date (YYYY-MM-DD)"),
    ("batch.jsonl:11", _jsonl({"text": GOOD + " (3)", "published": "2023-02-30"}), "warning",
     "ignoring published date '2023-02-30': not a calendar date"),
    ("batch.jsonl:12", b'{"text": "Russian forces shelled Kherson \\ud800.", "url": 5}',
     "warning", "the text holds unpaired UTF-16 surrogates: replaced by U+FFFD"),
    ("batch.jsonl:12", None, "warning", "ignoring url of type int (not text)"),
    ("batch.jsonl:13", json.dumps({"text": "Російські війська обстріляли Бахмут у п'ятницю."},
                                  ensure_ascii=False).encode("cp1251"), "warning",
     "not UTF-8: read as cp1251 (Windows Cyrillic)"),
    ("batch.jsonl:14", _jsonl({"text": "<html><body><p>Russian missiles hit Kharkiv.</p>"
                                       "</body></html>", "published": "2024-02-16"}), "warning",
     "HTML page: markup stripped"),
]


def _write_inputs(folder: Path) -> None:
    lines: dict[str, list[bytes]] = {}
    for name, content, _, _ in CASES:
        if content is None:
            continue
        file = name.partition(":")[0]
        if file == "batch.jsonl":
            lines.setdefault(file, []).append(content)  # type: ignore[arg-type]
        elif callable(content):
            content(folder / file)
        else:
            (folder / file).write_bytes(content)  # type: ignore[arg-type]
    for file, parts in lines.items():
        (folder / file).write_bytes(b"\n".join(parts) + b"\n")


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    """One ``frontmap run`` over every bad input of CASES, with good articles among them."""
    root = tmp_path_factory.mktemp("bad")
    inputs, out = root / "in", root / "out"
    inputs.mkdir()
    _write_inputs(inputs)
    handler = _Records()
    logger = logging.getLogger("frontmap")
    logger.addHandler(handler)
    started = time.perf_counter()
    try:
        result = CliRunner().invoke(main, ["run", str(inputs), "--out", str(out)])
    finally:
        logger.removeHandler(handler)
    seconds = time.perf_counter() - started
    rejected = [json.loads(line) for line in
                (out / "rejected.jsonl").read_text(encoding="utf-8").splitlines()]
    return {"inputs": inputs, "out": out, "result": result, "warnings": handler.messages,
            "rejected": {r["source"]: r["reason"] for r in rejected}, "seconds": seconds}


def test_a_bad_batch_completes_and_exits_3(bad_run):
    result = bad_run["result"]
    assert result.exit_code == 3, result.output
    expected = {name for name, _, outcome, _ in CASES if outcome == "rejected"}
    assert len(bad_run["rejected"]) == len(expected)
    assert f"inputs rejected: {len(expected)}" in result.stderr
    articles = int(re.search(r"articles read: (\d+)", result.stderr)[1])
    assert articles == len({n for n, c, o, _ in CASES if o != "rejected" and c is not None})
    for name in ("claims.geojson", "places.geojson"):
        doc = json.loads((bad_run["out"] / name).read_text(encoding="utf-8"))
        assert doc["type"] == "FeatureCollection" and doc["features"]
    assert (bad_run["out"] / "map.html").stat().st_size > 0
    assert not list(bad_run["out"].glob(".*.tmp"))
    assert bad_run["seconds"] < 120  # two 100 MB files among them


@pytest.mark.parametrize(("name", "outcome", "what"),
                         [(n, o, w) for n, _, o, w in CASES if o != "read"],
                         ids=[f"{n}-{w[:30]}" for n, _, o, w in CASES if o != "read"])
def test_each_bad_input_is_refused_or_read_with_a_warning_naming_it(bad_run, name, outcome,
                                                                    what):
    source = str(bad_run["inputs"] / name)
    if outcome == "rejected":
        assert bad_run["rejected"].get(source, "").startswith(what), bad_run["rejected"]
        assert f"rejected {source}: {bad_run['rejected'][source]}" in bad_run["result"].stderr
    else:
        assert source not in bad_run["rejected"]
        assert f"{source}: {what}" in "\n".join(bad_run["warnings"]), bad_run["warnings"]


def test_what_was_read_from_bad_input_is_clean(bad_run):
    claims = json.loads((bad_run["out"] / "claims.geojson").read_text(encoding="utf-8"))
    places = json.loads((bad_run["out"] / "places.geojson").read_text(encoding="utf-8"))
    found = {(f["properties"]["article_id"], f["properties"]["name"]) for f in places["features"]}
    assert {("cp1251", "Bakhmut"), ("cp1252", "Avdiivka"), ("latin1", "Bakhmut"),
            ("utf16", "Kramatorsk"), ("page", "Kramatorsk"), ("fragment", "Sloviansk"),
            ("batch-13", "Bakhmut"), ("batch-14", "Kharkiv")} <= found
    by_article = {f["properties"]["article_id"]: f["properties"] for f in claims["features"]}
    assert by_article["page"]["title"] == "Strike on Kramatorsk"
    for name in ("future", "ancient", "no-such-day", "future-in-text", "batch-8", "batch-9"):
        assert by_article[name]["published"] is None, name
    assert by_article["batch-12"]["url"] is None and "\ufffd" in by_article["batch-12"]["evidence"]
    for props in by_article.values():
        assert props["published"] is None or props["published"] <= dt.date.today().isoformat()
        assert "<" not in props["evidence"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_not_read_forever(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    items = list(iter_inputs([tmp_path / "pipe.txt", tmp_path / "pipe.jsonl"]))
    assert [(type(i), i.reason) for i in items] == [(Rejected, "not a regular file")] * 2


def test_nothing_readable_exits_1_with_one_line(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "bad.jsonl").write_bytes(b"{oops\n[1]\n")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and "no article could be read" in errors[0]
    assert "empty.txt: empty file (0 bytes)" in errors[0]
    assert len((tmp_path / "o" / "rejected.jsonl").read_text().splitlines()) == 3


# --------------------------------------------------------------------------- big inputs


def test_a_100_mb_file_is_refused_quickly_without_reading_it(tmp_path):
    _sparse(100 * MB, GOOD.encode())(tmp_path / "huge.txt")
    _sparse(100 * MB, b'{"text": "', b'"}\n')(tmp_path / "huge.jsonl")
    with (tmp_path / "huge.jsonl").open("ab") as handle:
        handle.write(json.dumps({"id": "after", "text": GOOD}).encode() + b"\n")
    tracemalloc.start()
    started = time.perf_counter()
    try:
        items = list(iter_inputs([tmp_path / "huge.txt", tmp_path / "huge.jsonl"]))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    seconds = time.perf_counter() - started
    assert [type(i) for i in items] == [Rejected, Rejected, Article]
    assert items[2].id == "after"  # the line after the huge one is read
    assert seconds < 10, seconds
    assert peak < 40 * MB, peak  # one line of at most 8 MB in memory, never 100 MB


def _names(gazetteer, count: int) -> list[str]:
    names, seen = [], set()
    for entry in gazetteer.iter_entries():
        if (entry.country == "UA" and entry.kind.value == "settlement" and " " not in entry.name
                and entry.name not in seen):
            seen.add(entry.name)
            names.append(entry.name)
            if len(names) == count:
                break
    return names


def test_an_article_naming_10000_places_is_refused_in_reasonable_time(pipeline, gazetteer):
    names = _names(gazetteer, 10_000)
    text = " ".join(f"Russian forces shelled {a} and {b} on Friday." for a, b in
                    zip(names[::2], names[1::2], strict=True))
    article = make_article(text, id="many", source="many.txt", published="2024-02-16")
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(FrontmapError, match=rf"names [\d,]+ different places \(more than "
                                                rf"{MAX_PLACE_NAMES:,}\)"):
            pipeline.process(article)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    seconds = time.perf_counter() - started
    assert seconds < 90, seconds
    assert peak < 400 * MB, peak


def test_a_long_report_naming_hundreds_of_places_is_processed(pipeline, gazetteer):
    names = _names(gazetteer, 400)
    text = " ".join(f"Russian forces shelled {a} and {b} on Friday." for a, b in
                    zip(names[::2], names[1::2], strict=True))
    started = time.perf_counter()
    extraction = pipeline.process(make_article(text, id="long", source="long.txt",
                                               published="2024-02-16"))
    assert time.perf_counter() - started < 30
    assert len({p.entry.place_id for p in extraction.places}) > 300


# --------------------------------------------------------------------------- encodings

#: One sentence per language, in the legacy encodings its readers' files come in.
LEGACY_SAMPLES = [
    ("L’armée ukrainienne a déclaré que les forces russes avaient été repoussées près "
     "d’Avdiïvka.", ["cp1252"]),
    ("Les forces ukrainiennes ont repoussé l'attaque près de Bakhmout.", ["cp1252", "latin-1"]),
    ("Russiske styrker rykket fram ved Bakhmut. Ærlig talt, blåbær og ønsker.",
     ["cp1252", "latin-1"]),
    ("Russiske styrker angreb Bakhmut fredag. Kæmpe tab på øen.", ["cp1252", "latin-1"]),
    ("Ryska styrkor anföll Bachmut på fredagen, uppgav försvarsministeriet.",
     ["cp1252", "latin-1"]),
    ("Kämpfe bei Kupjansk, größer als erwartet. Über Straßen.", ["cp1252", "latin-1"]),
    ("La artillería rusa bombardeó Nikopol durante toda la noche, según el señor.",
     ["cp1252", "latin-1"]),
    ("L'artiglieria russa ha colpito Kherson, è così, più o meno.", ["cp1252", "latin-1"]),
    ("Russische troepen vielen Bachmoet aan. Geëvacueerd, coördinatie.",
     ["cp1252", "latin-1"]),
    ("Rosyjskie wojska zajęły Awdijiwkę, poinformował sztab. Żołnierze źle ścigają.",
     ["cp1250", "iso8859_2"]),
    ("Rusové obsadili Soledar, řekl mluvčí. Ukrajinské síly odrazily útoky u Bachmutu.",
     ["cp1250", "iso8859_2"]),
    ("Російські війська обстріляли Бахмут у п'ятницю, заявили в Генштабі. Їхні ґудзики.",
     ["cp1251", "koi8_u"]),
    ("Российские войска обстреляли Бахмут в пятницу, заявили в Генштабе. Ещё объём.",
     ["cp1251", "koi8_r", "cp866"]),
]


@pytest.mark.parametrize(("text", "codec"), [(t, c) for t, codecs in LEGACY_SAMPLES
                                             for c in codecs])
def test_legacy_encodings_read_back_exactly(caplog, text, codec):
    caplog.set_level(logging.WARNING, logger="frontmap")
    assert decode(text.encode(codec), "x.txt") == text
    assert "x.txt: not UTF-8: read as " in caplog.text
    if codec == "latin-1" or (codec == "cp1252" and "’" not in text):
        assert "read as latin-1" in caplog.text
    elif codec == "cp1252":
        assert "read as cp1252" in caplog.text


def test_text_that_is_no_text_is_refused():
    with pytest.raises(UnreadableInput, match="binary data"):
        decode(NOISE, "noise.bin")
    with pytest.raises(UnreadableInput, match="NUL"):
        decode("Kherson".encode("utf-16-le"), "utf16-without-bom.txt")
    assert decode("Kherson".encode("utf-16"), "utf16.txt") == "Kherson"


# --------------------------------------------------------------------------- hostile text


def _page_scripts(page: str) -> list[str]:
    return re.findall(r"<script[^>]*>", page)


def test_hostile_articles_through_a_run_stay_text_in_the_map(tmp_path, store_tables):
    page = (f"<html><head><title>{EVIL.replace('<', '&lt;')}</title></head><body><p>Russian "
            "missiles hit Kramatorsk on Friday, officials said. &lt;script&gt;alert(3)"
            "&lt;/script&gt;</p></body></html>")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "evil.html").write_text(page, encoding="utf-8")
    (tmp_path / "in" / "evil.jsonl").write_bytes(_jsonl(
        {"id": "e1", "text": f"Russian forces shelled Kherson on Friday. {EVIL}", "title": EVIL,
         "url": "javascript:alert(1)", "published": "2024-02-16"},
        {"id": "e2", "text": "Russian troops captured Avdiivka, the ministry said {{ 7*7 }}.",
         "title": "{% raw %}{{ self }}", "url": " JavaScript:alert(1)",
         "published": "2024-02-17"},
        {"id": "e3", "text": "Russian missiles struck Odesa on Friday.", "title": "fine",
         "url": "https://news.example.org/a?b=1&c=\"><script>alert(4)</script>",
         "published": "2024-02-18"},
    ))
    result = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "o" / "map.html").read_text(encoding="utf-8")
    reference = CliRunner().invoke(main, ["run", str(EXAMPLES), "--out", str(tmp_path / "r")])
    assert reference.exit_code == 0
    # the page holds exactly the scripts of any map: none came from an article
    assert _page_scripts(html) == _page_scripts(
        (tmp_path / "r" / "map.html").read_text(encoding="utf-8"))
    for needle in ("<script>alert", "<img src=x", "</script><!--", "\u2028"):
        assert needle not in html
    assert not re.search(r"href\s*=\s*[\"']?\s*javascript:", html, re.IGNORECASE)
    data = json.loads(re.search(r'id="frontmap-data">(.*?)</script>', html, re.DOTALL)[1])
    titles = {row[1] for row in data["articles"]}
    assert {EVIL.strip(), "{% raw %}{{ self }}"} <= titles  # text, exactly as written
    stored = store_tables(tmp_path / "o")
    assert any(EVIL.strip() in row for row in stored["articles"])  # the title, stored as text


def test_evidence_html_links_only_http_and_escapes_everything(tmp_path, pipeline):
    from frontmap.store import Store

    urls = {
        "javascript:alert(1)": False, "JavaScript:alert(1)": False,
        " javascript:alert(1)": False, "data:text/html;base64,PHNjcmlwdD4=": False,
        "vbscript:msgbox(1)": False, "//evil.example/x": False,
        'https://news.example.org/a?b=1&c="><script>alert(4)</script>': True,
        "http://news.example.org/b": True,
    }
    with Store(tmp_path) as store:
        for i, url in enumerate(urls):
            article = make_article(f"Russian forces captured Vodyane {EVIL} ({i}), the ministry "
                                   "said on Friday.", id=f"h{i}", source="t",
                                   published="2024-04-05", url=url, title=EVIL)
            store.add([pipeline.process(article)], extractor="v")
        claims = store.claim_features()
        pages = {c["properties"]["url"]: store.evidence(c["id"])._repr_html_() for c in claims}
    assert set(pages) == {u.strip() for u in urls}
    for url, linked in urls.items():
        page = pages[url.strip()]
        assert "<script" not in page and "<img" not in page
        hrefs = re.findall(r'href="([^"]*)"', page)
        assert bool(hrefs) == linked, (url, hrefs)
        for href in hrefs:
            assert href.startswith(("http://", "https://")) and '"' not in href


def test_notebook_tables_and_maps_escape_article_text(tmp_path, pipeline):
    import frontmap
    from frontmap.store import Store

    article = make_article(f"Russian forces captured Vodyane {EVIL}, the ministry said.",
                           id="nb", source="t", published="2024-04-05", title=EVIL,
                           url="javascript:alert(1)")
    with Store(tmp_path) as store:
        store.add([pipeline.process(article)], extractor="v")
        table = store.claims()._repr_html_()
        page = frontmap.build_map(store.claim_features())._repr_html_()
    for html in (table, page):
        assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)" in table


# --------------------------------------------------------------------------- determinism


def test_the_same_input_gives_the_same_bytes_and_store(tmp_path, store_tables):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "extra.jsonl").write_bytes(_jsonl(
        {"text": GOOD, "published": "2024-02-16", "title": EVIL},
        {"text": "Російські війська обстріляли Бахмут у п'ятницю.", "published": "2024-02-17"},
        b"{broken",
    ))
    outputs = []
    for name in ("a", "b"):
        result = CliRunner().invoke(main, ["run", str(EXAMPLES), str(tmp_path / "in"),
                                           "--out", str(tmp_path / name)])
        assert result.exit_code == 3, result.output
        outputs.append(tmp_path / name)
    first, second = outputs
    for name in ("claims.geojson", "places.geojson", "rejected.jsonl", "map.html"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    assert store_tables(first) == store_tables(second)
    # a second run into the same folder (its articles already stored) writes the same again
    before = {n: (first / n).read_bytes() for n in ("claims.geojson", "map.html")}
    rows = store_tables(first)
    result = CliRunner().invoke(main, ["run", str(EXAMPLES), str(tmp_path / "in"), "--out",
                                       str(first)])
    assert result.exit_code == 3
    assert {n: (first / n).read_bytes() for n in before} == before
    assert store_tables(first) == rows
