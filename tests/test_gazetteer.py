"""The offline gazetteer: spellings in many conventions resolve to their GeoNames ids."""

from __future__ import annotations

import pytest

from frontmap.gazetteer import Gazetteer, distance_km

# (spelling as the press writes it, expected GeoNames id): Ukrainian national, BGN, Russian,
# German, Polish, Scandinavian, French forms; Cyrillic in both languages; former names.
SPELLINGS = [
    ("Kupiansk", 703656), ("Kupyansk", 703656), ("Kupjansk", 703656), ("Kupiańsk", 703656),
    ("Koupiansk", 703656), ("Куп’янськ", 703656), ("Купянск", 703656),
    ("Sievjerodonetsk", 691999), ("Sievierodonetsk", 691999), ("Severodonetsk", 691999),
    ("Sjewjerodonezk", 691999), ("Сєвєродонецьк", 691999),
    ("Lysytsjansk", 702972), ("Lysytjansk", 702972), ("Lisichansk", 702972),
    ("Lyssytschansk", 702972), ("Лисичанськ", 702972),
    ("Bakhmut", 713174), ("Bachmut", 713174), ("Bakhmout", 713174), ("Artemivsk", 713174),
    ("Artyomovsk", 713174), ("Бахмут", 713174), ("Артемовск", 713174),
    ("Avdiivka", 713122), ("Avdiyivka", 713122), ("Avdijivka", 713122), ("Awdijiwka", 713122),
    ("Avdeyevka", 713122), ("Авдіївка", 713122),
    ("Izium", 707292), ("Izyum", 707292), ("Isjum", 707292), ("Ізюм", 707292),
    ("Balaklija", 712926), ("Balakliia", 712926),
    ("Tjasiv Jar", 710915), ("Chasiv Yar", 710915), ("Tschassiw Jar", 710915),
    ("Loskutivka", 702807), ("Kramatorsk", 704508),
    ("Slovjansk", 693468), ("Slavjansk", 693468), ("Sloviansk", 693468), ("Słowiańsk", 693468),
]
# Ordinary words that must not be places on their own.
NOT_PLACES = ["the", "and", "Russian", "Ukrainian", "forces", "strike", "kontroll", "styrker"]


@pytest.mark.parametrize(("spelling", "geonameid"), SPELLINGS)
def test_spelling_resolves(gazetteer: Gazetteer, spelling: str, geonameid: int):
    ids = [h.entry.place_id for h in gazetteer.lookup(spelling, limit=30)]
    assert f"geonames:{geonameid}" in ids


@pytest.mark.parametrize("word", NOT_PLACES)
def test_common_words_are_not_names(gazetteer: Gazetteer, word: str):
    assert gazetteer.lookup(word) == []


def test_lookup_explains_and_ranks(gazetteer: Gazetteer):
    hits = gazetteer.lookup("Novopavlivka", limit=50)
    assert len(hits) >= 20  # the front-line one is one of many
    assert all(h.why for h in hits)
    assert hits == sorted(hits, key=lambda h: (-h.score, h.entry.place_id))
    assert gazetteer.lookup("Kharkiv")[0].entry.feature_code == "PPLA"  # the city by default
    donetsk = gazetteer.lookup("Donetsk", kind="region")
    assert donetsk and donetsk[0].entry.name == "Donetsk Oblast"


def test_canonical_names_use_current_romanisation(gazetteer: Gazetteer):
    assert gazetteer.lookup("Kupyansk")[0].entry.name == "Kupiansk"
    assert gazetteer.lookup("Izyum")[0].entry.name == "Izium"


def test_country_and_world_cities(gazetteer: Gazetteer):
    assert gazetteer.lookup("Russland")[0].entry.kind.value == "country"
    assert gazetteer.lookup("Munich")[0].entry.country == "DE"
    assert gazetteer.lookup("Sudzha")[0].entry.country == "RU"


def test_distance():
    assert 53 < distance_km((48.59419, 37.99886), (48.14019, 37.75008)) < 54.5  # Bakhmut–Avdiivka


def test_missing_build_is_a_clear_error(tmp_path):
    from frontmap.errors import GazetteerError

    with pytest.raises(GazetteerError, match="make gazetteer"):
        Gazetteer(tmp_path)
