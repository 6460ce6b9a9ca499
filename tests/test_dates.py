"""Dates resolved against the publication date, in several languages."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.dates import find_dates, last_weekday
from frontmap.languages import get_language

THU = dt.date(2022, 6, 23)  # a Thursday


@pytest.mark.parametrize(("lang", "text", "expected", "precision"), [
    ("no", "natt til torsdag angrep de", THU, "day"),
    ("no", "torsdag formiddag kom det meldinger", THU, "day"),
    ("no", "I sin onsdagsrapport meldte britisk etterretning", dt.date(2022, 6, 22), "day"),
    ("da", "lørdag aften sagde han", dt.date(2022, 6, 18), "day"),
    ("en", "the military said on Thursday", THU, "day"),
    ("en", "killed at least five people on February 1", dt.date(2022, 2, 1), "day"),
    ("en", "over the past 24 hours", THU, "day"),
    ("en", "on 3 February 2023", dt.date(2023, 2, 3), "day"),
    ("en", "yesterday", dt.date(2022, 6, 22), "day"),
    ("en", "last week", dt.date(2022, 6, 13), "week"),
    ("en", "in November", dt.date(2021, 11, 1), "month"),
])
def test_resolves(lang, text, expected, precision):
    found = [d for d in find_dates(text, get_language(lang), THU) if d.date]
    assert found, text
    assert found[0].date == expected
    assert found[0].precision.value == precision


def test_no_anchor_no_date():
    found = find_dates("on Thursday", get_language("en"), None)
    assert found and found[0].date is None  # never today's date


def test_last_weekday():
    assert last_weekday(THU, 3) == THU
    assert last_weekday(THU, 4) == dt.date(2022, 6, 17)
