"""Reading: text files, folders, JSON Lines, date headers, encodings, bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from frontmap.errors import UnreadableInput
from frontmap.models import Article, Rejected
from frontmap.reading import date_from_url, decode, iter_inputs, split_header


def _read(paths):
    items = list(iter_inputs(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejected)]


def test_date_header_full_and_partial():
    assert split_header(" date 2023-02-03 Russian troops are not slowing")[0] == dt.date(2023, 2, 3)
    _, start = split_header(" date 2023-02-03 Russian troops")
    assert " date 2023-02-03 Russian troops"[start:] == "Russian troops"
    # A partial marker is a header but not a date.
    assert split_header(" date 2022-04 Theme")[0] is None
    assert split_header("Russian troops date 2023-02-03")[0] is None


def test_seed_files_read_with_header_dates(shared):
    articles, rejected = _read([shared / "seeds"])
    assert not rejected
    by_id = {a.id: a for a in articles}
    assert len(by_id) == 5
    assert by_id["002_da913ad2e81c03a7"].published == dt.date(2023, 2, 3)
    assert by_id["002_da913ad2e81c03a7"].published_from == "header"
    assert by_id["000_1ee4a7b0150b4c01"].published is None  # no header: never invented
    assert by_id["004_6623b105feea7385"].text.startswith(" date 2023-01-05 Live")


def test_jsonl_fields_and_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a", "text": "Russian forces shelled Kherson.", "published": "2023-02-03T10:00:00Z",
                    "url": "https://example.org/x", "title": "T", "lang": "en", "extra": 1}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "Ukrainske styrker rykket fram ved Bakhmut.",
                    "url": "https://example.org/2023/07/28/story"}),
    ]), encoding="utf-8")
    articles, rejected = _read([path])
    assert [a.id for a in articles] == ["a", "batch-5"]
    assert articles[0].published == dt.date(2023, 2, 3) and articles[0].lang == "en"
    assert articles[1].published == dt.date(2023, 7, 28) and articles[1].published_from == "url"
    reasons = {r.source.rsplit(":", 1)[1]: r.reason for r in rejected}
    assert set(reasons) == {"2", "3", "4"}
    assert "malformed JSON" in reasons["2"] and "no 'text'" in reasons["3"]


def test_legacy_encodings_and_html(tmp_path):
    (tmp_path / "cp1251.txt").write_bytes("Російські війська обстріляли Бахмут.".encode("cp1251"))
    (tmp_path / "utf16.txt").write_bytes("Kupiańsk pod ostrzałem".encode("utf-16"))
    (tmp_path / "page.html").write_text(
        "<html><head><title>Strike on Kramatorsk</title><script>alert(1)</script></head>"
        "<body><p>Missiles hit Kramatorsk.</p></body></html>", encoding="utf-8")
    articles, rejected = _read([tmp_path])
    assert not rejected
    texts = {a.id: a for a in articles}
    assert "Бахмут" in texts["cp1251"].text
    assert texts["utf16"].text == "Kupiańsk pod ostrzałem"
    assert texts["page"].text == "Missiles hit Kramatorsk." and texts["page"].title == "Strike on Kramatorsk"


def test_bad_files_are_rejected_not_fatal(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage\x00")
    (tmp_path / "good.txt").write_text("Russian forces captured Avdiivka.", encoding="utf-8")
    articles, rejected = _read([tmp_path, tmp_path / "missing.txt"])
    assert [a.id for a in articles] == ["good"]
    reasons = sorted(r.reason for r in rejected)
    assert any("empty" in r for r in reasons)
    assert any("binary" in r for r in reasons)
    assert any("no such file" in r for r in reasons)


def test_duplicate_ids_are_renamed(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for sub in "ab":
        (tmp_path / sub / "story.txt").write_text("Fighting near Bakhmut.", encoding="utf-8")
    articles, _ = _read([tmp_path])
    assert [a.id for a in articles] == ["story", "story~2"]


def test_url_dates_and_implausible_dates():
    assert date_from_url("https://apnews.com/article/2022/06/24/russia") == dt.date(2022, 6, 24)
    assert date_from_url("https://x.org/20240405-story") == dt.date(2024, 4, 5)
    assert date_from_url("https://x.org/2199/01/01/") is None
    assert date_from_url(None) is None


def test_decode_rejects_binary():
    with pytest.raises(UnreadableInput, match="binary"):
        decode(b"\x00abc", "x.bin")
