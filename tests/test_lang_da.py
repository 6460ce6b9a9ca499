"""Danish: claims of every type, non-claims, dates and place forms, in sentences written for these
tests (Ritzau style)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.reading import make_article

THU = "2024-02-22"  # a Thursday


def _extract(pipeline, text, published=THU):
    return pipeline.process(make_article(text, id="t", source="test", lang="da",
                                         published=published))


def _claims(pipeline, text, published=THU):
    return sorted((c.type.value, c.place.mention.surface, c.actor.value if c.actor else None)
                  for c in _extract(pipeline, text, published).claims)


CASES = [
    # capture
    ("Russiske styrker har taget kontrol over landsbyen Krasnohorivka, oplyser det russiske "
     "forsvarsministerium.", [("capture", "Krasnohorivka", "RU")]),
    ("Ukrainske styrker har generobret Klisjtjijivka syd for Bakhmut.",
     [("capture", "Klisjtjijivka", "UA")]),
    ("Rusland har indtaget byen Avdijivka efter måneders kampe.",
     [("capture", "Avdijivka", "RU")]),
    ("Den ukrainske hær har befriet Robotyne, meddeler generalstaben.",
     [("capture", "Robotyne", "UA")]),
    ("Russiske tropper erobrede Marjinka i december.", [("capture", "Marjinka", "RU")]),
    # advance
    ("Russiske styrker er rykket frem mod Pokrovsk det seneste døgn.",
     [("advance", "Pokrovsk", "RU")]),
    ("Ukrainske styrker har avanceret nær Verbove, ifølge ISW.", [("advance", "Verbove", "UA")]),
    ("De russiske tropper er trængt ind i udkanten af Toretsk.",
     [("advance", "Toretsk", "RU")]),
    ("Ukrainske enheder rykker videre mod Tokmak.", [("advance", "Tokmak", "UA")]),
    ("Russiske soldater nærmer sig Kurakhove fra syd.", [("advance", "Kurakhove", "RU")]),
    # withdrawal
    ("Ukrainske styrker har trukket sig tilbage fra Avdijivka.",
     [("withdrawal", "Avdijivka", "UA")]),
    ("De russiske styrker forlod Kherson i november.", [("withdrawal", "Kherson", "RU")]),
    ("Rusland trækker sine soldater ud af Lyman, oplyser Tass.",
     [("withdrawal", "Lyman", "RU")]),
    ("Ukrainske tropper har trukket sig ud af landsbyen Orlivka.",
     [("withdrawal", "Orlivka", "UA")]),
    ("Russiske soldater flygtede fra Izium i september.", [("withdrawal", "Izium", "RU")]),
    # attack
    ("Russiske styrker har indledt en ny offensiv mod Vovtjansk.",
     [("attack", "Vovtjansk", "RU")]),
    ("Der er hårde kampe omkring Tjasiv Jar, oplyser generalstaben.",
     [("attack", "Tjasiv Jar", None)]),
    ("Russiske angreb mod Kupjansk blev slået tilbage natten til torsdag.",
     [("attack", "Kupjansk", "RU")]),
    ("Russiske tropper stormede landsbyen Synkivka tre gange onsdag.",
     [("attack", "Synkivka", "RU")]),
    ("Den ukrainske modoffensiv mod Melitopol går langsomt.", [("attack", "Melitopol", "UA")]),
    # strike
    ("Russiske missiler ramte Odesa i nat.", [("strike", "Odesa", "RU")]),
    ("Et ukrainsk droneangreb ramte et olielager i Belgorod torsdag.",
     [("strike", "Belgorod", "UA")]),
    ("Russisk artilleri beskød Nikopol fra den anden side af floden.",
     [("strike", "Nikopol", "RU")]),
    ("Kharkiv blev bombarderet af russiske fly onsdag aften.", [("strike", "Kharkiv", "RU")]),
    ("Russiske raketangreb mod Zaporizjzja dræbte to mennesker.",
     [("strike", "Zaporizjzja", "RU")]),
]

NOT_CLAIMS = [
    "Rusland har ikke indtaget Tjasiv Jar, oplyser den ukrainske hær.",
    "Moskva planlægger at omringe Pokrovsk.",
    "Hvis Pokrovsk falder, kan russiske styrker rykke frem mod Dnipro.",
    "Tusindvis af indbyggere har forladt Kupjansk siden august.",
    "Ukraine har taget 60 russiske soldater til fange nær Robotyne.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence(pipeline, text, expected):
    assert _claims(pipeline, text) == sorted(expected)


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(pipeline, text):
    assert _claims(pipeline, text) == []


def test_enough_sentences_per_type():
    for claim_type in ("capture", "advance", "withdrawal", "attack", "strike"):
        assert sum(1 for _, claims in CASES for c in claims if c[0] == claim_type) >= 5


@pytest.mark.parametrize(("text", "day"), [
    ("Russiske missiler ramte Odesa natten til tirsdag.", dt.date(2024, 2, 20)),
    ("Russiske missiler ramte Odesa i nat.", dt.date(2024, 2, 22)),
    ("Russiske missiler ramte Odesa i går.", dt.date(2024, 2, 21)),
    ("Russiske missiler ramte Odesa den 10. februar.", dt.date(2024, 2, 10)),
    ("Russiske missiler ramte Odesa lørdag aften.", dt.date(2024, 2, 17)),
])
def test_event_date(pipeline, text, day):
    (claim,) = _extract(pipeline, text).claims
    assert claim.event_date == day


@pytest.mark.parametrize(("text", "surface", "name", "kind"), [
    ("Der er kampe i regionen Kharkiv.", "Kharkiv", "Kharkiv Oblast", "region"),
    ("Der er kampe i Kharkiv-regionen.", "Kharkiv", "Kharkiv Oblast", "region"),
    ("Lvivs borgmester talte.", "Lvivs", "Lviv", "settlement"),
    ("Kampene i Donetskregionen fortsætter.", "Donetskregionen", "Donetsk Oblast", "region"),
])
def test_place_forms(pipeline, text, surface, name, kind):
    places = {p.mention.surface: p for p in _extract(pipeline, text).places}
    assert places[surface].entry.name == name and places[surface].entry.kind.value == kind
