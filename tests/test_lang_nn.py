"""Norwegian nynorsk (nn.toml extends bokmål): claims of every type, non-claims and dates, in
sentences written for these tests (NRK nynorsk style)."""

from __future__ import annotations

import datetime as dt

import pytest

from langtools import LangHelpers

THU = "2024-02-22"  # a Thursday


_lang = LangHelpers("nn", THU, sort=True)
_extract = _lang.process
_claims = _lang.claims


CASES = [
    # capture
    ("Russiske styrkar har teke kontroll over landsbyen Krasnohorivka.",
     [("capture", "Krasnohorivka", "RU")]),
    ("Ukrainske styrkar har teke tilbake Robotyne, melder generalstaben.",
     [("capture", "Robotyne", "UA")]),
    ("Russarane erobra Avdijivka etter fleire månader med kampar.",
     [("capture", "Avdijivka", "RU")]),
    ("Den ukrainske hæren har gjenerobra Klisjtsjijivka sør for Bakhmut.",
     [("capture", "Klisjtsjijivka", "UA")]),
    ("Russiske troppar tok kontroll over Marjinka i desember.",
     [("capture", "Marjinka", "RU")]),
    # advance
    ("Russiske styrkar har rykt fram mot Pokrovsk det siste døgeret.",
     [("advance", "Pokrovsk", "RU")]),
    ("Ukrainske styrkar har avansert nær Verbove.", [("advance", "Verbove", "UA")]),
    ("Russiske troppar har trengt inn i utkanten av Toretsk.", [("advance", "Toretsk", "RU")]),
    ("Ukrainske einingar rykkjer vidare mot Tokmak.", [("advance", "Tokmak", "UA")]),
    ("Russiske soldatar nærmar seg Kurakhove frå sør.", [("advance", "Kurakhove", "RU")]),
    # withdrawal
    ("Ukrainske styrkar har trekt seg tilbake frå Avdijivka.",
     [("withdrawal", "Avdijivka", "UA")]),
    ("Dei russiske styrkane forlét Kherson i november.", [("withdrawal", "Kherson", "RU")]),
    ("Russland trekkjer sine soldatar ut av Lyman.", [("withdrawal", "Lyman", "RU")]),
    ("Ukrainske troppar har trekt seg ut av landsbyen Orlivka.",
     [("withdrawal", "Orlivka", "UA")]),
    ("Russiske soldatar flykta frå Izium i september.", [("withdrawal", "Izium", "RU")]),
    # attack
    ("Russiske styrkar har sett i gang ein ny offensiv mot Vovtsjansk.",
     [("attack", "Vovtsjansk", "RU")]),
    ("Det er harde kampar rundt Tsjasiv Jar, opplyser generalstaben.",
     [("attack", "Tsjasiv Jar", None)]),
    ("Russiske åtak mot Kupjansk vart slått tilbake natt til torsdag.",
     [("attack", "Kupjansk", "RU")]),
    ("Russiske troppar storma landsbyen Synkivka tre gonger onsdag.",
     [("attack", "Synkivka", "RU")]),
    ("Den ukrainske motoffensiven mot Melitopol går seint.", [("attack", "Melitopol", "UA")]),
    # strike
    ("Russiske missil råka Odesa i natt.", [("strike", "Odesa", "RU")]),
    ("Eit ukrainsk droneåtak ramma eit oljelager i Belgorod torsdag.",
     [("strike", "Belgorod", "UA")]),
    ("Russisk artilleri skaut mot Nikopol frå den andre sida av elva.",
     [("strike", "Nikopol", "RU")]),
    ("Kharkiv vart bombardert av russiske fly onsdag kveld.", [("strike", "Kharkiv", "RU")]),
    ("Russiske rakettåtak mot Zaporizjzja drap to menneske.", [("strike", "Zaporizjzja", "RU")]),
    # NRK nynorsk forms found missing
    ("Ukrainske soldatar har rykt inn i Kherson by.", [("advance", "Kherson", "UA")]),
    ("Tysdag gjekk russiske einingar inn i landsbyen Ivanivka.", [("advance", "Ivanivka", "RU")]),
    ("Torsdag tok ukrainske styrkar òg kontroll over Snihurivka.",
     [("capture", "Snihurivka", "UA")]),
    ("Kupjansk vart teken tilbake av Ukraina i september 2022.",
     [("capture", "Kupjansk", "UA")]),
    ("Russland trekte styrkane sine ut frå Kherson.", [("withdrawal", "Kherson", "RU")]),
    ("Russiske styrkar held fram med åtaka mot Kupjansk.", [("attack", "Kupjansk", "RU")]),
    ("Ukrainske einingar har slått attende tre åtak nær Kupjansk.",
     [("attack", "Kupjansk", "RU")]),
    ("Ukrainske dronar angreip i natt eit oljeraffineri i Rjazan.",
     [("strike", "Rjazan", "UA")]),
]

NOT_CLAIMS = [
    "Russland har ikkje teke Tsjasiv Jar, opplyser den ukrainske hæren.",
    "Moskva planlegg å omringe Pokrovsk.",
    "Viss Pokrovsk fell, kan russiske styrkar rykkje fram mot Dnipro.",
    "Tusenvis av innbyggjarar har forlate Kupjansk sidan august.",
    "Ukraina har teke 60 russiske soldatar til fange nær Robotyne.",
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
    ("Russiske missil råka Odesa natt til tysdag.", dt.date(2024, 2, 20)),
    ("Russiske missil råka Odesa i går.", dt.date(2024, 2, 21)),
    ("Russiske missil råka Odesa laurdag kveld.", dt.date(2024, 2, 17)),
    ("Russiske missil råka Odesa 10. februar.", dt.date(2024, 2, 10)),
    ("Russiske missil råka Odesa måndag.", dt.date(2024, 2, 19)),
])
def test_event_date(pipeline, text, day):
    (claim,) = _extract(pipeline, text).claims
    assert claim.event_date == day


@pytest.mark.parametrize(("text", "claimant"), [
    ("Russiske styrkar skaut mot Beryslav natt til fredag, melder lokale styresmakter.",
     "the local authorities"),
    # a title and a name of one speaker: the name
    ("Russiske droner råka Kharkiv i natt, seier ordførar Ihor Terekhov.",
     "Kharkiv mayor Ihor Terekhov"),
    ("Ukrainske dronar råka Belgorod, opplyser russiske styresmakter.", "Russian officials"),
])
def test_claimant(pipeline, text, claimant):
    (claim,) = _extract(pipeline, text).claims
    assert claim.claimant == claimant
