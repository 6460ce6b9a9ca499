"""Property tests: arbitrary Unicode through normalisation, spotting, dates, reading and the
GeoJSON writers never crashes them, and what comes out keeps its contract.

Every test runs the hypothesis profile of ``conftest.py`` (``ci``: a fixed number of
derandomised examples); ``pytest --hypothesis-show-statistics`` prints how many ran.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, event, given
from hypothesis import strategies as st

from frontmap.dates import find_dates, infer_publication
from frontmap.errors import UnreadableInput
from frontmap.export import dumps_geojson, feature_collection, point, write_geojson
from frontmap.languages import get_language
from frontmap.models import Article, Rejected
from frontmap.normalize import APOSTROPHES, JOINERS, fold
from frontmap.reading import decode, iter_inputs, make_article

TODAY = dt.date.today()
#: Publication dates the pipeline can hold (reading refuses the rest).
ANCHORS = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), TODAY + dt.timedelta(days=2)))
LANGS = ("en", "no", "da", "sv", "de", "fr", "es", "it", "nl", "pl", "cs", "uk", "ru")

#: Pieces of news text: place names in several spellings and cases, words that steer spotting
#: and dating, and the punctuation between them; joined with arbitrary text, they make inputs
#: that reach the interesting branches instead of only the "nothing found" one.
WORDS = [
    "Bakhmut", "Bakhmut's", "Kupiansk", "Kupjansk", "KYIV", "Chasiv Yar", "Rai-Oleksandrivka",
    "Donetsk region", "Kharkiv Oblast", "Kherson", "Avdiivka", "Vuhledar", "Pokrovsk direction",
    "Бахмут", "Бахмуті", "Авдіївку", "Куп'янськ", "Харківщині", "Charkowie", "Kyjev",
    "the city of", "near", "km west of", "5 kilometres", "captured", "took control of",
    "Russian forces", "Ukrainian troops", "said", "on Friday", "yesterday", "last week",
    "1 May", "May 1st", "2023-02-03", "03.02.2023", "2099-01-01", "31 December 2030",
    "February", "fredag", "natt til torsdag", "лютого", "у п'ятницю", "Putin", "Zelensky",
    " ", ", ", ". ", "\n\n", "'", "’", "-", "—", "(", ")", "\u00a0", "\u0301", "ß", "İ",
]
NEWS = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=40).map(
    "".join)
TEXT = st.one_of(st.text(), NEWS)


# --------------------------------------------------------------------------- normalisation


@given(TEXT)
def test_fold_is_a_clean_idempotent_key(name):
    key = fold(name)
    assert isinstance(key, str)
    assert key == key.strip()
    assert fold(key) == key
    assert not any(ch in key for ch in APOSTROPHES)
    assert not any(ch in key for ch in JOINERS)
    assert not any(unicodedata.combining(ch) for ch in key)
    assert "  " not in key


@given(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=20),
       st.sampled_from(APOSTROPHES.replace("´", "")))
def test_fold_ignores_case_and_apostrophes(word, apostrophe):
    assert fold(word.upper()) == fold(word.lower()) or not word.isascii()
    assert fold(word[:1] + apostrophe + word[1:]) == fold(word)


def test_fold_drops_the_acute_accent_used_as_an_apostrophe():
    """Found by the property above: NFKC turned U+00B4 into a space before apostrophes went."""
    assert fold("Kup´jansk") == fold("Kupjansk")


# --------------------------------------------------------------------------- spotting


@pytest.mark.parametrize("code", ["en", "uk", "pl"])
@given(text=TEXT)
def test_spotting_arbitrary_text(pipeline, code, text):
    lang = get_language(code)
    article = Article(id="prop", text=text, source="hypothesis")
    mentions = pipeline.spotter.spot(article, lang)
    event("places spotted" if mentions else "no place")
    previous_end = 0
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.surface
        assert mention.start >= previous_end  # sorted, non-overlapping
        previous_end = mention.end
    places, unresolved = pipeline.geocoder.resolve(article, mentions, lang.numbers)
    assert len(places) + len(unresolved) == len(mentions)
    for place in places:
        assert -90 <= place.entry.lat <= 90 and -180 <= place.entry.lon <= 180
        assert 0 <= place.confidence <= 1


# --------------------------------------------------------------------------- dates


def _dated_text(code: str) -> st.SearchStrategy[str]:
    """Text made of the language's own month, weekday and relative-date words, and numbers."""
    lang = get_language(code)
    words = sorted(lang.months) + sorted(lang.weekdays) + sorted(lang.relative)
    pieces = st.one_of(st.sampled_from(words), st.sampled_from(
        ["1", "1.", "17", "31", "2023", "2024", "1999", "03.02.2023", "2023-02-03", "the"]),
        st.sampled_from(WORDS), st.text(max_size=4))
    return st.lists(pieces, max_size=20).map(" ".join)


@pytest.mark.parametrize("code", LANGS)
@given(data=st.data(), anchor=ANCHORS)
def test_dates_are_found_inside_the_text_and_plausible(code, data, anchor):
    text = data.draw(st.one_of(TEXT, _dated_text(code)), label="text")
    lang = get_language(code)
    dates = find_dates(text, lang, anchor)
    event("dates resolved" if any(d.date for d in dates) else "dates found" if dates
          else "no date")
    for found in dates:
        assert text[found.start:found.end] == found.text
        if found.date is None:
            assert found.precision is None
            continue
        assert 1900 <= found.date.year <= 2099
        if anchor is not None and found.kind not in ("explicit", "month"):
            # weekdays, "yesterday", "last week": near the publication date, never after it
            assert dt.timedelta(0) <= anchor - found.date <= dt.timedelta(days=31)
        if anchor is None:
            assert found.kind in ("explicit", "month")  # nothing relative without an anchor


@pytest.mark.parametrize("code", ["en", "no", "de", "uk"])
@given(data=st.data())
def test_publication_inferred_from_text_is_a_real_date(code, data):
    text = data.draw(st.one_of(TEXT, _dated_text(code)), label="text")
    day = infer_publication(text, get_language(code))
    event("inferred" if day else "none")
    assert day is None or (isinstance(day, dt.date) and 1900 <= day.year <= 2099)


def test_pipeline_never_takes_a_future_date_in_the_text_for_the_publication(pipeline):
    article = make_article("The contract runs until 31 December 2030. Russian forces shelled "
                           "Kherson.", id="f", source="future.txt")
    assert pipeline.process(article).article.published is None
    article = make_article("On 3 February 2023 Russian forces shelled Kherson.", id="p",
                           source="past.txt")
    assert pipeline.process(article).article.published == dt.date(2023, 2, 3)


# --------------------------------------------------------------------------- reading

#: Any Unicode code point, lone surrogates included (JSON can carry them, UTF-8 cannot).
ANY_CHARS = st.text(alphabet=st.characters(codec=None, categories=None))
DATES = st.one_of(st.none(), st.text(max_size=30), st.integers(), st.dates(),
                  st.sampled_from(["2023-02-03", "2023-02-30", "1850-01-01", "2999-01-01",
                                   "2023-02-03T10:00:00Z", ""]))
FIELDS = st.one_of(st.none(), ANY_CHARS, st.integers(), st.lists(st.integers(), max_size=2))


def _check_article(article: Article) -> None:
    assert article.text.strip() and "\x00" not in article.text
    for value in (article.text, article.id, article.url, article.title, article.lang):
        if value is not None:
            value.encode("utf-8")  # writable: no lone surrogates
    assert article.published is None or dt.date(1990, 1, 1) <= article.published <= (
        TODAY + dt.timedelta(days=2))
    assert article.url is None or isinstance(article.url, str)
    assert 0 <= article.body_start <= len(article.text)


@given(text=st.one_of(ANY_CHARS, NEWS, st.integers(), st.none()), published=DATES, url=FIELDS,
       title=FIELDS, lang=FIELDS)
def test_make_article_gives_an_article_or_unreadable_input(text, published, url, title, lang):
    try:
        article = make_article(text, id="prop", source="hypothesis", published=published,
                               url=url, title=title, lang=lang)
    except UnreadableInput as exc:
        assert exc.source == "hypothesis" and exc.reason
        return
    _check_article(article)


LEGACY = st.sampled_from(["cp1252", "latin-1", "cp1250", "cp1251", "koi8_r", "cp866",
                          "utf-16", "utf-32", "utf-8-sig", "utf-8"])
BYTES = st.one_of(
    st.binary(max_size=400),
    st.tuples(TEXT, LEGACY).map(lambda t: t[0].encode(t[1], errors="ignore")),
    st.tuples(st.binary(max_size=20), TEXT, st.binary(max_size=4)).map(
        lambda t: t[0] + t[1].encode("utf-8", errors="ignore") + t[2]),
)


@given(BYTES)
def test_decode_gives_text_or_unreadable_input(data):
    try:
        text = decode(data, "bytes")
    except UnreadableInput as exc:
        assert exc.source == "bytes" and exc.reason
        return
    assert isinstance(text, str)
    text.encode("utf-8")


@given(st.tuples(TEXT, LEGACY))
def test_text_in_any_encoding_reads_as_text(pair):
    text, codec = pair
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        assume(False)
    assume(not any(unicodedata.category(c) == "Cc" and c not in "\t\n\r\f" for c in text))
    decoded = decode(data, "legacy")  # text is never refused as binary
    if codec.startswith("utf"):
        assert decoded == text


@given(st.lists(st.one_of(BYTES, st.sampled_from([
    b'{"text": "Russian forces shelled Kherson."}', b'{"text": "\\ud800 Kherson"}',
    b'{"text": 1}', b"{", b"[]", b'{"text": "x", "url": 5, "published": "2999-01-01"}',
])), max_size=6), st.sampled_from([".jsonl", ".txt", ".html"]))
def test_any_file_reads_as_articles_or_rejections(lines, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(b"\n".join(lines))
        items = list(iter_inputs([path]))
    for item in items:
        if isinstance(item, Article):
            _check_article(item)
        else:
            assert isinstance(item, Rejected) and item.source.startswith(str(path))
            assert item.reason


# --------------------------------------------------------------------------- GeoJSON writers

VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(),
              st.floats(allow_nan=False, allow_infinity=False)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8)
FEATURES = st.lists(st.builds(
    lambda fid, lat, lon, props: {"type": "Feature", "id": fid, "geometry": point(lat, lon),
                                  "properties": props},
    st.text(), st.floats(-90, 90), st.floats(-180, 180),
    st.dictionaries(st.text(), VALUES, max_size=6)), max_size=5)


def _strict_json(text: str):
    def refuse(name):
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


def _check_rfc7946(doc, features) -> None:
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    assert len(doc["features"]) == len(features)
    for got, sent in zip(doc["features"], features, strict=True):
        assert got["type"] == "Feature" and got["id"] == sent["id"]
        assert got["properties"] == sent["properties"]
        assert got["geometry"]["type"] == "Point"
        lon, lat = got["geometry"]["coordinates"]
        assert math.isfinite(lon) and math.isfinite(lat)
        assert -180 <= lon <= 180 and -90 <= lat <= 90


@given(FEATURES)
def test_geojson_text_is_valid_rfc7946_for_any_properties(features):
    text = dumps_geojson(feature_collection(features))
    assert text.endswith("\n") and "\n" not in text[:-1]
    _check_rfc7946(_strict_json(text), features)


@given(FEATURES)
def test_geojson_files_are_valid_rfc7946_for_any_properties(features):
    from frontmap.pipeline import _FeatureStream  # the streaming writer of claims.geojson

    with tempfile.TemporaryDirectory() as folder:
        whole = write_geojson(Path(folder) / "whole.geojson", features)
        stream = _FeatureStream(Path(folder) / "stream.geojson")
        for feature in features:
            stream.write(feature)
        stream.close()
        for path in (whole, stream.path):
            _check_rfc7946(_strict_json(path.read_bytes().decode("utf-8")), features)
        assert sorted(p.name for p in Path(folder).iterdir()) == ["stream.geojson",
                                                                   "whole.geojson"]
