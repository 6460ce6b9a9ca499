"""Norwegian (bokmål, and nynorsk through its file): claims of every type, non-claims, dates and
place forms, in sentences written for these tests (NTB style)."""

from __future__ import annotations

import datetime as dt

import pytest

from langtools import LangHelpers

THU = "2024-02-22"  # a Thursday


_lang = LangHelpers("no", THU, sort=True)
_extract = _lang.process
_claims = _lang.claims


CASES = [
    # capture
    ("Russiske styrker har tatt kontroll over landsbyen Krasnohorivka, opplyser "
     "forsvarsdepartementet i Moskva.", [("capture", "Krasnohorivka", "RU")]),
    ("Ukrainske styrker har gjenerobret Klisjtsjijivka sør for Bakhmut.",
     [("capture", "Klisjtsjijivka", "UA")]),
    ("Russland har erobret byen Avdijivka etter måneder med kamper.",
     [("capture", "Avdijivka", "RU")]),
    ("Den ukrainske hæren har befridd Robotyne, melder generalstaben.",
     [("capture", "Robotyne", "UA")]),
    ("Russiske tropper inntok Marjinka i desember.", [("capture", "Marjinka", "RU")]),
    # advance
    ("Russiske styrker har rykket fram mot Pokrovsk det siste døgnet.",
     [("advance", "Pokrovsk", "RU")]),
    ("Ukrainske styrker har avansert nær Verbove, ifølge ISW.", [("advance", "Verbove", "UA")]),
    ("De russiske troppene har trengt inn i utkanten av Toretsk.",
     [("advance", "Toretsk", "RU")]),
    ("Ukrainske enheter rykker videre mot Tokmak.", [("advance", "Tokmak", "UA")]),
    ("Russiske soldater nærmer seg Kurakhove fra sør.", [("advance", "Kurakhove", "RU")]),
    # withdrawal
    ("Ukrainske styrker har trukket seg tilbake fra Avdijivka.",
     [("withdrawal", "Avdijivka", "UA")]),
    ("De russiske styrkene forlot Kherson i november.", [("withdrawal", "Kherson", "RU")]),
    ("Russland trekker sine soldater ut av Lyman, melder TASS.",
     [("withdrawal", "Lyman", "RU")]),
    ("Ukrainske tropper har trukket seg ut av landsbyen Orlivka.",
     [("withdrawal", "Orlivka", "UA")]),
    ("Russiske soldater flyktet fra Izium i september.", [("withdrawal", "Izium", "RU")]),
    # attack
    ("Russiske styrker har innledet en ny offensiv mot Vovtsjansk.",
     [("attack", "Vovtsjansk", "RU")]),
    ("Det pågår harde kamper rundt Tsjasiv Jar, opplyser generalstaben.",
     [("attack", "Tsjasiv Jar", None)]),
    ("Russiske angrep mot Kupjansk ble slått tilbake natt til torsdag.",
     [("attack", "Kupjansk", "RU")]),
    ("Russiske tropper stormet landsbyen Synkivka tre ganger onsdag.",
     [("attack", "Synkivka", "RU")]),
    ("Den ukrainske motoffensiven mot Melitopol går sakte.", [("attack", "Melitopol", "UA")]),
    # strike
    ("Russiske missiler rammet Odesa i natt.", [("strike", "Odesa", "RU")]),
    ("Et ukrainsk droneangrep traff et oljelager i Belgorod torsdag.",
     [("strike", "Belgorod", "UA")]),
    ("Russisk artilleri beskjøt Nikopol fra den andre siden av elva.",
     [("strike", "Nikopol", "RU")]),
    ("Kharkiv ble bombardert av russiske fly onsdag kveld.", [("strike", "Kharkiv", "RU")]),
    ("Russiske rakettangrep mot Zaporizjzja drepte to mennesker.",
     [("strike", "Zaporizjzja", "RU")]),
    # verb-second: the subject between the verb and "kontroll over"
    ("Torsdag tok russiske styrker kontroll over landsbyen Krynky.",
     [("capture", "Krynky", "RU")]),
    # nominal "frigjøringen av" (Russian MoD wording): the speaker's side is the actor
    ("Det russiske forsvarsdepartementet kunngjorde frigjøringen av Artjomovsk.",
     [("capture", "Artjomovsk", "RU")]),
    # passive and "styrkene sine" withdrawals
    ("Russiske tropper trekkes ut fra Balaklija, melder forsvarsdepartementet i Moskva.",
     [("withdrawal", "Balaklija", "RU")]),
    ("Russland har trukket styrkene sine ut fra Kherson.", [("withdrawal", "Kherson", "RU")]),
    ("Jeg har besluttet å trekke enhetene våre ut av Avdijivka, skriver Syrskyj.",
     [("withdrawal", "Avdijivka", "UA")]),
    # "sammenstøt" (General Staff's daily clash counts)
    ("Generalstaben registrerte 40 sammenstøt nær Udatsjne det siste døgnet.",
     [("attack", "Udatsjne", None)]),
    # drones/missiles as subject of "angrep": a strike, not a ground attack
    ("Russiske droner angrep Sumy natt til torsdag.", [("strike", "Sumy", "RU")]),
    # "gjort framskritt", "framstøt", "nådd", "krysset elva": advances without "rykke"
    ("Ukrainske styrker har gjort framskritt ved Robotyne, ifølge ISW.",
     [("advance", "Robotyne", "UA")]),
    ("Russiske enheter har gjort mindre framstøt nær Blahodatne.",
     [("advance", "Blahodatne", "RU")]),
    ("Russiske styrker har nådd utkanten av Pokrovsk.", [("advance", "Pokrovsk", "RU")]),
    ("Ukrainske soldater har krysset elva ved landsbyen Krynky.",
     [("advance", "Krynky", "UA")]),
    # "motangrep" is a ground attack
    ("Russiske styrker gjennomfører motangrep nær Krynky.", [("attack", "Krynky", "RU")]),
    # "tok byen" (headline style) with the town as antecedent
    ("Soledar er under angrep. Prigozjin: Wagner tok byen.",
     [("attack", "Soledar", None), ("capture", "Soledar", "RU")]),
    # "å ha tatt" after "hevder"
    ("Russland hevder å ha tatt Soledar.", [("capture", "Soledar", "RU")]),
    # a "-republikken" and a "-gruppen" are organisations, not places of the event
    ("Russiske og prorussiske styrker tok full kontroll over Sievjerodonetsk, opplyser lederen "
     "for den selverklærte Luhansk-republikken.", [("capture", "Sievjerodonetsk", "RU")]),
    ("Ifølge Khortytsia-gruppen pågår det fortsatt kamper i Kurakhove.",
     [("attack", "Kurakhove", None)]),
    # a command named after a place is no antecedent of "byen"
    ("Ukrainske tropper har trukket seg ut av Vuhledar, opplyser militærkommandoen Khortytsia. "
     "Russiske styrker forsøkte å omringe byen.",
     [("withdrawal", "Vuhledar", "UA"), ("attack", "Vuhledar", "RU")]),
    # "deriblant" continues the list of places left; "langs Dnipro" is the river
    ("Russerne har forlatt flere landsbyer langs Dnipro, deriblant Dudtsjany.",
     [("withdrawal", "Dudtsjany", "RU")]),
    # a place in a unit's name ("styrkegrupperingen Khortytsia") is no place of the event
    ("Talspersonen for den ukrainske styrkegrupperingen Khortytsia sier at ukrainske enheter "
     "har trukket seg ut av Velyka Novosilka.", [("withdrawal", "Velyka Novosilka", "UA")]),
    # an adverb between "rykket" and "inn i"; V2 "rykker russiske styrker nå videre vestover mot"
    ("Ukrainske styrker rykket fredag inn i Kherson.", [("advance", "Kherson", "UA")]),
    ("Ifølge militærbloggere rykker russiske styrker nå videre vestover mot Orlivka.",
     [("advance", "Orlivka", "RU")]),
    # "har også angrepet" is the verb, not "angrepet" (the attack) taking the strike's type
    ("Russland svarte med rakettangrep mot Kharkiv. Ukrainske styrker har også angrepet Lyman.",
     [("strike", "Kharkiv", "RU"), ("attack", "Lyman", "UA")]),
    # the infinitive "innta" after a failure or an attempt: an attack
    ("Russland har ikke klart å innta Tsjasiv Jar.", [("attack", "Tsjasiv Jar", "RU")]),
    ("Russiske styrker forsøker å innta Tsjasiv Jar.", [("attack", "Tsjasiv Jar", "RU")]),
    # a passive "angrepet av russiske droner" is a strike
    ("Sumy ble angrepet av russiske droner i natt.", [("strike", "Sumy", "RU")]),
]

NOT_CLAIMS = [
    "Russland har ikke tatt Tsjasiv Jar, opplyser den ukrainske hæren.",
    "Moskva planlegger å omringe Pokrovsk.",
    "Hvis Pokrovsk faller, kan russiske styrker rykke fram mot Dnipro.",
    "Tusenvis av innbyggere har forlatt Kupjansk siden august.",
    "Ukraina har tatt 60 russiske soldater til fange nær Robotyne.",
    # a capital that admits something is the government, not a place attacked
    "Det er første gang Moskva offisielt innrømmer tilbakeslag i offensiven.",
    "Zelenskyj tok Biden imot i Kyiv.",
    "Offensiven overrasket Moskva.",
    "Forhandlerne nådde en avtale i Istanbul.",
    # "når" (when) opens a future condition
    "Britisk etterretning anslår at russiske styrker vil forsøke å rykke inn i Sumy fylke når "
    "Kursk er gjenerobret.",
    "Offensiven i området har som mål å kutte landkorridoren til Krim.",
    # negation after the trigger (not_after)
    "Et angrep mot Slovjansk er ikke nært forestående, mener analytikerne.",
    "Et gjennombrudd ved Robotyne ville åpne veien til Tokmak.",
    "Kyiv har ikke kunngjort noen plan om å rykke fram mot Kherson.",
    # who holds a place is background, not a capture
    "Byen Nova Kakhovka, som ligger på østbredden, er fortsatt under russisk kontroll.",
    # capacity ("nok styrker til å innta") is no event
    "ISW mener Russland neppe har nok styrker til å innta storbyen Kharkiv.",
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
    ("Russiske missiler rammet Odesa natt til tirsdag.", dt.date(2024, 2, 20)),
    ("Russiske missiler rammet Odesa i natt.", dt.date(2024, 2, 22)),
    ("Russiske missiler rammet Odesa i går.", dt.date(2024, 2, 21)),
    ("Russiske missiler rammet Odesa 10. februar.", dt.date(2024, 2, 10)),
    ("Russiske missiler rammet Odesa mandag kveld.", dt.date(2024, 2, 19)),
    # the weekend and a season are no single day
    ("Ukrainske styrker angrep russiske stillinger ved Andrijivka i helgen.", None),
    ("Russiske stormangrep mot Vuhledar ble slått tilbake vinteren 2023.", None),
    # a bare year is no day
    ("Russland har tatt Krim i 2014.", None),
    # durations ("i flere uker", "har pågått") are no single day
    ("Russiske militærbloggere skriver at kampene i Krynky har pågått i flere uker.", None),
    ("Kharkiv har blitt bombardert av russiske fly i to måneder.", None),
    # "den siste uken" is the past seven days, no single day
    ("Ukrainske soldater har frigjort flere landsbyer den siste uken, deriblant Snihurivka.", None),
])
def test_event_date(pipeline, text, day):
    (claim,) = _extract(pipeline, text).claims
    assert claim.event_date == day


@pytest.mark.parametrize(("text", "claimant", "side"), [
    ("Wagner-sjef Jevgenij Prigozjin hevdet at styrkene hans har tatt kontroll over Bakhmut.",
     "Wagner chief Yevgeny Prigozhin", "RU"),
    ("Fienden har gått inn i Vovtsjansk, sier politisjefen i byen.", "the local police", "UA"),
    ("Ukrainske tropper trekker seg ut av Vuhledar, opplyser den ukrainske militærkommandoen.",
     "Ukrainian military", "UA"),
    ("Russiske missiler rammet Odesa i natt, opplyser det ukrainske luftforsvaret.",
     "Ukrainian Air Force", "UA"),
    ("Ukrainas generalstab melder at russiske angrep mot Bakhmut ble slått tilbake.",
     "Ukrainian General Staff", "UA"),
    ("Hærsjefen Oleksandr Syrskyj erkjente at ukrainske tropper har trukket seg tilbake fra "
     "Berdytsji.", "Ukrainian Commander-in-Chief Oleksandr Syrskyi", "UA"),
    ("Russiske styrker tok full kontroll over Sievjerodonetsk, opplyser lederen for den "
     "selverklærte Luhansk-republikken.", "Russian-installed separatist leaders", "RU"),
    ("Ifølge Khortytsia-gruppen pågår det fortsatt kamper i Kurakhove.",
     "Ukrainian military", "UA"),
    ("Generalstaben i Kyiv melder om 31 sammenstøt i Avdijivka-retningen.",
     "Ukrainian General Staff", "UA"),
    ("Ukrainske styrker har tatt tilbake Davydiv Brid, opplyste presidentens kontor onsdag.",
     "Ukrainian Presidential Office", "UA"),
    ("Ifølge den ukrainske sørkommandoen har russerne forlatt Dudtsjany.",
     "Ukrainian Southern Operational Command", "UA"),
    # the spokesman, not the agency he speaks to
    ("– Kampene i Soledar fortsetter, sier talsperson for de østlige styrkene, Serhij "
     "Tsjerevatyj, til Reuters.", "Ukrainian military", "UA"),
    ("Ifølge russiske medier har russiske soldater tatt kontroll over landsbyen Dachne.",
     "Russian media", "RU"),
    ("Russland har ikke klart å innta Tsjasiv Jar, skriver NTB.",
     "NTB (Norwegian news agency)", "third"),
    # the head of a town's military administration; "byen" is that town
    ("Fienden har rykket inn i byen, sier lederen for den militære administrasjonen i "
     "Vovtsjansk, Tamaz Gambarasjvili.", "the local authorities", "UA"),
])
def test_claimant(pipeline, text, claimant, side):
    (claim,) = _extract(pipeline, text).claims
    assert (claim.claimant, claim.claimant_side.value) == (claimant, side)


def test_nynorsk(pipeline):
    assert _claims(pipeline, "Russiske styrkar har teke kontroll over Krasnohorivka.",
                   lang="nn") == [("capture", "Krasnohorivka", "RU")]


def test_nynorsk_drones_and_bloggers(pipeline):
    assert _claims(pipeline, "Ukrainske dronar har angripe ein flyplass i Morozovsk.",
                   lang="nn") == [("strike", "Morozovsk", "UA")]
    (claim,) = _extract(pipeline, "Russiske einingar har rykt inn i Tsjasiv Jar, melder "
                        "ukrainske militærbloggarar.", lang="nn").claims
    assert (claim.claimant, claim.claimant_side.value) == ("military bloggers", "third")


@pytest.mark.parametrize(("text", "surface", "name", "kind"), [
    ("Kampene i nabofylket Luhansk fortsetter.", "Luhansk", "Luhansk Oblast", "region"),
    ("Det er kamper i Donetsk-regionen.", "Donetsk", "Donetsk Oblast", "region"),
    ("Kampene i Luhanskregionen fortsetter.", "Luhanskregionen", "Luhansk Oblast", "region"),
    ("Byen Kharkivs forsvarere holder stand.", "Kharkivs", "Kharkiv", "settlement"),
    ("Angrep i fylket Zaporizjzja.", "Zaporizjzja", "Zaporizhzhia Oblast", "region"),
    ("Russerne trakk seg tilbake fra vestbredden av Dnipro.", "Dnipro", "Dnepr", "water"),
])
def test_place_forms(pipeline, text, surface, name, kind):
    places = {p.mention.surface: p for p in _extract(pipeline, text).places}
    assert places[surface].entry.name == name and places[surface].entry.kind.value == kind


# An NTB-style report (written for this test): a withdrawal announced by a command named after a
# place, bloggers' capture claim, background assaults, ISW advances, a strike each way.
ARTICLE = (
    "Ukraina trekker seg ut av Vuhledar\n\n"
    "Ukrainske tropper har fått ordre om å trekke seg ut av frontbyen Vuhledar i "
    "Donetsk-regionen, opplyser den ukrainske militærkommandoen Khortytsia onsdag.\n\n"
    "Ifølge kommandoen har russiske styrker forsøkt å omringe byen fra flankene, og "
    "overkommandoen besluttet derfor å redde personell og militært utstyr.\n\n"
    "Vuhledar har vært en ukrainsk festning på sørfronten siden krigens start. Byen "
    "ligger på en høyde og har slått tilbake en rekke russiske stormangrep, blant annet "
    "vinteren 2023, da en russisk marineinfanteribrigade led store tap utenfor byen.\n\n"
    "Russiske militærbloggere meldte allerede tirsdag at russiske soldater hadde heist "
    "flagget i sentrum av Vuhledar. Det russiske forsvarsdepartementet har ennå ikke "
    "bekreftet at byen er inntatt.\n\n"
    "Russiske styrker har også rykket fram mot Selydove og Kurakhove i løpet av de siste "
    "dagene, skriver Institute for the Study of War. Tenketanken anslår at russerne nå "
    "står tre kilometer fra Selydove.\n\n"
    "I natt angrep Russland Ukraina med 32 droner og to ballistiske missiler, opplyser "
    "det ukrainske luftforsvaret. I Odesa ble havneområdet rammet, og et skip under "
    "panamansk flagg ble skadet, skriver guvernør Oleh Kiper.\n\n"
    "Ukrainske droner rammet i går kveld et oljelager i Feodosija på Krim, melder "
    "russiske myndigheter på halvøya.\n\n"
)


def test_article(pipeline):
    claims = set(_claims(pipeline, ARTICLE, published="2024-10-02"))
    assert claims == {
        ("withdrawal", "Vuhledar", "UA"), ("attack", "Vuhledar", "RU"),
        ("capture", "Vuhledar", "RU"), ("advance", "Selydove", "RU"),
        ("advance", "Kurakhove", "RU"), ("strike", "Odesa", "RU"),
        ("strike", "Feodosija", "UA"),
    }


# A Dagbladet-style report (written for this test): a monitoring group's advances ("rykket inn",
# "gjort framskritt"), a commander's admitted withdrawals ("erkjente"), a Russian MoD capture
# claim, General Staff sector counts and a strike "i forrige uke".
ARTICLE_OTSJERETYNE = (
    "Russiske styrker bryter gjennom ved Otsjeretyne\n\n"
    "Russiske tropper har rykket inn i landsbyen Otsjeretyne nordvest for Avdijivka, og "
    "står nå i ferd med å ta kontroll over den. Det skriver den ukrainske "
    "overvåkningsgruppen DeepState mandag.\n\n"
    "Ifølge gruppen har russerne også gjort framskritt ved Novobakhmutivka og Sokil. Den "
    "ukrainske hærsjefen Oleksandr Syrskyj erkjente søndag at situasjonen har forverret "
    "seg, og at ukrainske tropper har trukket seg tilbake fra Berdytsji og Semenivka.\n\n"
    "– Fienden angriper langs hele fronten og har fordeler i mannskap og ammunisjon, skrev "
    "Syrskyj på Telegram.\n\n"
    "Det russiske forsvarsdepartementet hevder at russiske styrker har erobret "
    "Novobakhmutivka, noe den ukrainske generalstaben benekter.\n\n"
    "Også lenger sør er det harde kamper. Generalstaben melder om 25 angrep i "
    "Pokrovsk-retningen og 12 i Kurakhove-retningen det siste døgnet.\n\n"
    "I Kharkiv ble et TV-tårn truffet av et russisk missil i forrige uke. Byen har blitt "
    "bombardert nesten daglig siden mars.\n\n"
    "Dagbladet har ikke kunnet verifisere opplysningene fra noen av partene.\n\n"
)


def test_article_otsjeretyne(pipeline):
    claims = set(_claims(pipeline, ARTICLE_OTSJERETYNE, published="2024-04-29"))
    assert claims == {
        ("advance", "Otsjeretyne", "RU"), ("advance", "Novobakhmutivka", "RU"),
        ("advance", "Sokil", "RU"), ("withdrawal", "Berdytsji", "UA"),
        ("withdrawal", "Semenivka", "UA"), ("capture", "Novobakhmutivka", "RU"),
        ("attack", "Pokrovsk", None), ("attack", "Kurakhove", None),
        ("strike", "Kharkiv", "RU"),
    }


# An NTB-style report (written for this test): a Russian MoD capture, the General Staff's admitted
# withdrawal, a region "frigjort", a negated attack ("ikke nært forestående"), a mayor's strike
# report and an advance "fra Lyman mot Siversk".
ARTICLE_LYSYTSJANSK = (
    "Russland hevder full kontroll over Lysytsjansk\n"
    "\n"
    "Det russiske forsvarsdepartementet opplyste søndag at russiske styrker og "
    "separatister fra Luhansk har tatt full kontroll over byen Lysytsjansk. "
    "Forsvarsminister Sergej Sjojgu skal ha rapportert til president Vladimir Putin at "
    "hele Luhansk-regionen nå er «frigjort».\n"
    "\n"
    "Den ukrainske generalstaben bekreftet senere søndag at ukrainske styrker har trukket "
    "seg ut av byen for å redde liv. – Fortsatt forsvar av byen ville ført til fatale "
    "konsekvenser, heter det i uttalelsen.\n"
    "\n"
    "Ifølge britisk etterretning vil Russland nå trolig rette oppmerksomheten mot "
    "Slovjansk og Kramatorsk, som ligger rundt 80 kilometer vest for Lysytsjansk. Et "
    "angrep mot Slovjansk er ikke nært forestående, mener analytikerne.\n"
    "\n"
    "I natt ble Slovjansk rammet av flere raketter, opplyser ordfører Vadym Ljakh. Minst "
    "seks mennesker ble drept. Opplysningene kan ikke uavhengig bekreftes.\n"
    "\n"
    "Russiske tropper har også rykket fram fra Lyman mot Siversk, skriver Institute for "
    "the Study of War i sin daglige rapport.\n"
)


def test_article_lysytsjansk(pipeline):
    claims = set(_claims(pipeline, ARTICLE_LYSYTSJANSK, published="2022-07-04"))
    assert claims == {
        ("capture", "Lysytsjansk", "RU"), ("withdrawal", "Lysytsjansk", "UA"),
        ("capture", "Luhansk", "RU"), ("strike", "Slovjansk", "RU"),
        ("advance", "Siversk", "RU"),
    }


# An NTB-style report (written for this test) on the Kharkiv counter-offensive: "tatt tilbake" of
# two towns, a Russian withdrawal "trekkes tilbake" announced on Saturday, villages "befridd,
# deriblant", missile strikes on a city and a region, bloggers' "har også angrepet", and a
# region-wide area figure and a separatist's "vanskelig" that are no claims.
ARTICLE_IZIUM = (
    "Ukrainsk lynoffensiv i nordøst\n\n"
    "Ukrainske styrker har tatt tilbake Izium og Kupjansk, ifølge ukrainske myndigheter. Russland "
    "opplyste lørdag at styrkene trekkes tilbake fra området rundt Balaklija og Izium for å "
    "«omgruppere».\n\n"
    "– Den ukrainske hæren har frigjort mer enn 3000 kvadratkilometer siden begynnelsen av "
    "september, sa Zelenskyj i sin tale søndag kveld.\n\n"
    "Ifølge guvernør Oleh Synjehubov har ukrainske soldater nådd grensen til Russland nord for "
    "Kharkiv. Flere landsbyer i området er befridd, deriblant Velykyj Burluk og Vovtsjansk.\n\n"
    "Russland svarte med rakettangrep mot kraftverk i Kharkiv og Dnipropetrovsk-regionen søndag "
    "kveld, som førte til strømbrudd i store deler av Ukraina.\n\n"
    "Russiske militærbloggere skriver at ukrainske styrker også har angrepet Lyman. "
    "Separatistlederen Denis Pusjilin innrømmet mandag at situasjonen i Lyman er «vanskelig».\n"
)


def test_article_izium(pipeline):
    claims = set(_claims(pipeline, ARTICLE_IZIUM, published="2022-09-12"))
    assert claims == {
        ("capture", "Izium", "UA"), ("capture", "Kupjansk", "UA"),
        ("withdrawal", "Balaklija", "RU"), ("withdrawal", "Izium", "RU"),
        ("capture", "Velykyj Burluk", "UA"), ("capture", "Vovtsjansk", "UA"),
        ("strike", "Kharkiv", "RU"), ("strike", "Dnipropetrovsk", "RU"),
        ("attack", "Lyman", "UA"),
    }
