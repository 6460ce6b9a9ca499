"""Dutch (nl.toml): claims, non-claims, dates and place names in sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from langtools import LangHelpers

LANG = "nl"
THU = "2023-02-02"  # a Thursday


_lang = LangHelpers(LANG, THU)
_process = _lang.process
_claims = _lang.claims


# (sentence, expected (type, surface, actor) claims)
CASES = [
    # capture
    ("Russische troepen hebben het dorp Otsjeretyne in de provincie Donetsk ingenomen, meldt "
     "het Russische ministerie van Defensie.", [("capture", "Otsjeretyne", "RU")]),
    ("Oekraïense troepen hebben het dorp Robotyne heroverd.", [("capture", "Robotyne", "UA")]),
    ("Het Oekraïense leger heeft Klisjtsjijivka bevrijd.", [("capture", "Klisjtsjijivka", "UA")]),
    ("Gisteren namen Russische eenheden de stad Marinka in, volgens Russische staatsmedia.",
     [("capture", "Marinka", "RU")]),
    ("Rusland heeft de controle over Avdiivka overgenomen.", [("capture", "Avdiivka", "RU")]),
    ("De stad Bachmoet is door Russische troepen veroverd.", [("capture", "Bachmoet", "RU")]),
    ("Cherson werd vrijdag door het Oekraïense leger bevrijd.", [("capture", "Cherson", "UA")]),
    ("Volgens het Russische ministerie van Defensie hebben Russische troepen Pervomajske "
     "ingenomen.", [("capture", "Pervomajske", "RU")]),
    # advance
    ("Russische troepen zijn opgerukt naar Pokrovsk.", [("advance", "Pokrovsk", "RU")]),
    ("Oekraïense eenheden rukten woensdag op bij Koepjansk.", [("advance", "Koepjansk", "UA")]),
    ("Russische soldaten zijn de buitenwijken van Tsjasiv Jar binnengedrongen.",
     [("advance", "Tsjasiv Jar", "RU")]),
    ("De Russische troepen naderen Toretsk vanuit het oosten.", [("advance", "Toretsk", "RU")]),
    ("Het Oekraïense leger heeft terreinwinst geboekt bij Bachmoet.",
     [("advance", "Bachmoet", "UA")]),
    ("Kievse troepen zijn bij Robotyne opgerukt.", [("advance", "Robotyne", "UA")]),
    ("Gisteren rukten Russische strijdkrachten op naar Vuhledar.",
     [("advance", "Vuhledar", "RU")]),
    # withdrawal
    ("Oekraïense troepen hebben zich teruggetrokken uit Avdiivka.",
     [("withdrawal", "Avdiivka", "UA")]),
    ("De Russische troepen trokken zich in november terug uit Cherson.",
     [("withdrawal", "Cherson", "RU")]),
    ("Oekraïense militairen hebben Soledar verlaten, meldt het leger.",
     [("withdrawal", "Soledar", "UA")]),
    ("Het Russische leger kondigde de terugtrekking uit Izjoem aan.",
     [("withdrawal", "Izjoem", "RU")]),
    ("Kiev heeft de stad Vuhledar opgegeven.", [("withdrawal", "Vuhledar", "UA")]),
    ("Oekraïense troepen hebben de controle over Sjevjerodonetsk verloren.",
     [("withdrawal", "Sjevjerodonetsk", "UA")]),
    ("Oekraïense troepen hebben Marinka na maanden van gevechten verlaten.",
     [("withdrawal", "Marinka", "UA")]),
    # attack
    ("Russische troepen vielen Bachmoet vanuit drie richtingen aan.",
     [("attack", "Bachmoet", "RU")]),
    ("Er wordt hevig gevochten rond Avdiivka, aldus de Oekraïense generale staf.",
     [("attack", "Avdiivka", None)]),
    ("Het Oekraïense leger sloeg twaalf Russische aanvallen op Marinka af.",
     [("attack", "Marinka", "RU")]),
    ("Rusland is een offensief begonnen tegen Koepjansk.", [("attack", "Koepjansk", "RU")]),
    ("Oekraïense troepen bestormden zaterdag Russische stellingen bij Verbove.",
     [("attack", "Verbove", "UA")]),
    ("De vijand heeft het dorp Bohdanivka aangevallen, meldt de Oekraïense generale staf.",
     [("attack", "Bohdanivka", "RU")]),
    ("Russische troepen hebben Avdiivka omsingeld.", [("attack", "Avdiivka", "RU")]),
    # strike
    ("Russische raketten troffen donderdagavond de stad Charkiv.",
     [("strike", "Charkiv", "RU")]),
    ("Rusland voerde in de nacht van woensdag op donderdag droneaanvallen uit op Odessa.",
     [("strike", "Odessa", "RU")]),
    ("De stad Cherson werd gisteren door Russische artillerie beschoten.",
     [("strike", "Cherson", "RU")]),
    ("Oekraïense drones vielen een olieraffinaderij in Belgorod aan.",
     [("strike", "Belgorod", "UA")]),
    ("Bij een Russische raketaanval op Lviv kwamen drie mensen om het leven.",
     [("strike", "Lviv", "RU")]),
    ("De bezetters beschoten vannacht de stad Nikopol.", [("strike", "Nikopol", "RU")]),
    ("Russische gevechtsvliegtuigen bombardeerden de stad Vovtsjansk.",
     [("strike", "Vovtsjansk", "RU")]),
    # "posities innemen" is taking up positions; "om omsingeling te voorkomen" is no attack
    ("Oekraïense troepen hebben nieuwe posities ingenomen buiten Avdiivka om omsingeling te "
     "voorkomen.", [("withdrawal", "Avdiivka", "UA")]),
    ('Volgens de generale staf hebben Russische troepen "tactisch succes" geboekt bij '
     "Loekjantsi.", [("advance", "Loekjantsi", "RU")]),
    ("De vijand heeft in de richting van Vovtsjansk aanvalsoperaties uitgevoerd, meldt de "
     "Oekraïense generale staf.", [("attack", "Vovtsjansk", "RU")]),
    ("Het Oekraïense leger heeft het grensstadje Soedzja volledig in handen gekregen.",
     [("capture", "Soedzja", "UA")]),
    # anaphora: "de industriestad", "daar"
    ("Russische troepen vielen Avdiivka aan. Russische stormgroepen drongen door tot in het "
     "centrum van de industriestad.", [("attack", "Avdiivka", "RU"),
                                       ("advance", "Avdiivka", "RU")]),
    ("Rond het dorp Klisjtsjijivka wordt zwaar gevochten. Russische troepen hebben zich daar "
     "enkele honderden meters teruggetrokken.", [("attack", "Klisjtsjijivka", None),
                                                 ("withdrawal", "Klisjtsjijivka", "RU")]),
    # the side that repels attacks is not their actor
    ("In Lastotsjkyne sloegen Oekraïense troepen zeven Russische aanvallen af.",
     [("attack", "Lastotsjkyne", "RU")]),
    # a troop group named after a place; "ten westen van X en het dorp Y": Y is no reference
    ("De operationele-strategische groep Chortyzja meldt dat het dorp Dachne is gevallen.",
     [("capture", "Dachne", None)]),
    ("Russische troepen zijn opgerukt ten westen van Kurachove en hebben het dorp Dachne "
     "veroverd.", [("capture", "Dachne", "RU")]),
    ("In Nikopol, aan de oever van het stuwmeer van Kachovka, beschoot Russische artillerie een "
     "woonwijk.", [("strike", "Nikopol", "RU")]),
    # "de stad Zaporizja" names the city: no anaphora to the village of the sentence before
    ("Russische troepen hebben Pjatychatky heroverd. Gisteravond werd de stad Zaporizja "
     "opnieuw getroffen door Russische geleide bommen.",
     [("capture", "Pjatychatky", "RU"), ("strike", "Zaporizja", "RU")]),
    # "onze troepen": the claimant's own side, not the nearest side word
    ("Na zware Russische beschietingen hebben onze troepen het dorp Robotyne heroverd, meldt "
     "de Oekraïense generale staf.", [("capture", "Robotyne", "UA")]),
    # "in het oosten van X" is inside X; "ten oosten van X" is only a reference point
    ("Russische troepen hebben de wijk Kanal in het oosten van Tsjasiv Jar volledig ingenomen.",
     [("capture", "Tsjasiv Jar", "RU")]),
    ("Volgens de lokale politie zijn Russische eenheden het noorden van Vovtsjansk "
     "binnengedrongen.", [("advance", "Vovtsjansk", "RU")]),
    # an apposition ", aan de noordrand van X" only locates the village
    ("Wagner zegt het dorp Krasna Hora, aan de noordrand van Bachmoet, te hebben ingenomen.",
     [("capture", "Krasna Hora", "RU")]),
    # a bare "De herovering" points back; it is no capture of the places that follow
    ("Het Oekraïense leger heeft Lyman heroverd. De herovering komt een dag nadat president "
     "Poetin in Moskou de annexatie van de provincies Donetsk en Loehansk had afgekondigd.",
     [("capture", "Lyman", "UA")]),
    # Dutch -sky for -skyj
    ("Ook de steden Charkiv en Chmelnytsky werden door Russische raketten geraakt.",
     [("strike", "Charkiv", "RU"), ("strike", "Chmelnytsky", "RU")]),
    # "zei Moskou" (verb first): the government, not the city
    ("Dinsdag zei Moskou dat het Russische leger het dorp Katerynivka had bevrijd.",
     [("capture", "Katerynivka", "RU")]),
    # a "volksrepubliek" names no place of the event
    ("Volgens het Russische ministerie van Defensie hebben Russische troepen en strijders van de "
     "zogenaamde Volksrepubliek Loehansk de stad Sjevjerodonetsk ingenomen.",
     [("capture", "Sjevjerodonetsk", "RU")]),
    # infiltration is an advance
    ("Volgens Kyiv zijn kleine Russische groepen de stad Koepjansk via een gaspijpleiding "
     "binnengesijpeld.", [("advance", "Koepjansk", "RU")]),
    # "namen ... in" with a long object ("het dorp X in de regio Y in")
    ("In het zuiden namen de Russen deze week het dorp Rivnopillja in de regio Zaporizja in, "
     "meldt het Russische ministerie van Defensie.", [("capture", "Rivnopillja", "RU")]),
    # "een van de zwaarste aanvallen op Kyiv" is the strike just reported
    ("Maandag troffen Russische raketten de hoofdstad Kyiv. Het was een van de zwaarste "
     "aanvallen op Kyiv sinds het begin van de oorlog.", [("strike", "Kyiv", "RU")]),
    # "posities verlegd" is a withdrawal; "onze eenheden" are the army spokesman's
    ("In de sectoren bij Loekjantsi en Vovtsjansk hebben onze eenheden hun posities verlegd, zei "
     "legerwoordvoerder Nazar Volosjyn.", [("withdrawal", "Loekjantsi", "UA"),
                                           ("withdrawal", "Vovtsjansk", "UA")]),
    # "meldt het Oekraïense leger" is the claimant, not the side that struck
    ("Zaterdag vuurde Rusland twintig raketten af op het noorden van Oekraïne. Daarbij werd het "
     "dorp Desna getroffen, meldt het Oekraïense leger.", [("strike", "Desna", "RU")]),
    # "ten oosten van de stad" is a reference point, not "de stad" of the claim
    ("Richting Hoeljajpole rukken de Russen snel op. Het Oekraïense leger trok zich woensdag "
     "terug uit vijf dorpen ten oosten van de stad.", [("advance", "Hoeljajpole", "RU")]),
    # "in het noorden van de stad" is inside it
    ("Russische troepen vielen Vovtsjansk aan. Russische eenheden zijn het noorden van de stad "
     "binnengedrongen.", [("attack", "Vovtsjansk", "RU"), ("advance", "Vovtsjansk", "RU")]),
    # the place between "zich" and "teruggetrokken"
    ("Oekraïense troepen hebben zich uit Velyka Novosilka teruggetrokken.",
     [("withdrawal", "Velyka Novosilka", "UA")]),
    # claiming a town is claiming its capture
    ("Het Russische ministerie van Defensie had het stadje Velyka Novosilka al een dag eerder "
     "geclaimd.", [("capture", "Velyka Novosilka", "RU")]),
    ("Rusland claimt Koepjansk.", [("capture", "Koepjansk", "RU")]),
    # "door Rusland aangestelde gouverneur" names the claimant, not a side that fights
    ("De door Rusland aangestelde gouverneur Vladimir Saldo gaf dinsdag wel toe dat er gevechten "
     "zijn rond het dorp Krynky.", [("attack", "Krynky", None)]),
    # origin_preps: an advance "van/vanuit X naar/richting Y" is at Y
    ("Russische troepen rukken op van Otsjeretyne naar Pokrovsk.", [("advance", "Pokrovsk", "RU")]),
    ("Russische troepen rukten vanuit Avdiivka op richting Pokrovsk.",
     [("advance", "Pokrovsk", "RU")]),
    # crossing the border at a place is an advance there
    ("Russische troepen hebben de grens overgestoken bij Vovtsjansk.",
     [("advance", "Vovtsjansk", "RU")]),
    # "hergroeperen" (the Russian MoD's word for a retreat); the place it heads for is no claim
    ("Het Russische ministerie van Defensie liet weten dat de troepen rond Balaklija en Izjoem zich "
     '"hergroeperen" richting Donetsk.',
     [("withdrawal", "Balaklija", "RU"), ("withdrawal", "Izjoem", "RU")]),
    ("De Oekraïense troepen hebben zich teruggetrokken richting Kostjantynivka.", []),
    # where a missile was fired from is no claim; where it hit is
    ("Volgens de luchtmacht vuurde Rusland raketten af vanuit de regio Belgorod op Charkiv.",
     [("strike", "Charkiv", "RU")]),
    ("Volgens de Oekraïense luchtmacht vuurde Rusland een Ch-22-raket af vanaf een bommenwerper "
     "boven de regio Koersk.", []),
    # "claimde de stad": claiming the town just named
    ("Volgens de Oekraïense generale staf werden aanvallen op Soledar afgeslagen. Wagner claimde de "
     "stad al eerder deze week.", [("attack", "Soledar", "RU"), ("capture", "Soledar", "RU")]),
    # "terrein winnen", "boekten ... succes": gains; "in de richting van X" is where they went
    ("Oekraïense troepen winnen terrein bij Charkiv.", [("advance", "Charkiv", "UA")]),
    ('In de richting van Robotyne boekten de Oekraïners volgens de generale staf "gedeeltelijk '
     'succes".', [("advance", "Robotyne", "UA")]),
    ("In de richting van Robotyne, in de provincie Zaporizja, rukten de Oekraïners op.",
     [("advance", "Robotyne", "UA")]),
    # a split "binnen ... gesijpeld", a border crossed
    ("Volgens Oekraïense bronnen zijn Russische sabotagegroepen Pokrovsk binnen gesijpeld.",
     [("advance", "Pokrovsk", "RU")]),
    ("Volgens de generale staf hebben de Russen de grens van de provincie Dnipropetrovsk "
     "overgestoken.", [("advance", "Dnipropetrovsk", "RU")]),
    ("Ook het grensplaatsje Bilopillja lag zaterdag onder Russisch vuur.",
     [("strike", "Bilopillja", "RU")]),
    ("In Bachmoet proberen de Russen al maanden door te breken.", [("attack", "Bachmoet", "RU")]),
    # drove the other side out of a village (took it), pushed it back, gained a foothold
    ("Oekraïense troepen verdreven de Russen uit Datsjne.", [("capture", "Datsjne", "UA")]),
    ("Oekraïense troepen drongen de Russen terug bij Vovtsjansk.",
     [("advance", "Vovtsjansk", "UA")]),
    ("Oekraïense troepen hebben voet aan de grond gekregen in Krynky.",
     [("advance", "Krynky", "UA")]),
    ("Oekraïense troepen hebben zich vastgezet aan de rand van Oerozjajne.",
     [("advance", "Oerozjajne", "UA")]),
    # a sector: an attack there is a claim; a village in it carries the claim alone
    ("De Russen vielen woensdag aan in de sector Koerachove.", [("attack", "Koerachove", "RU")]),
    ("Russische troepen veroverden Oespenivka in de sector Koerachove.",
     [("capture", "Oespenivka", "RU")]),
    # "kregen … in handen", "in handen kregen" (past tense of "in handen krijgen")
    ("De Oekraïners kregen Staromajorske vorige maand in handen.",
     [("capture", "Staromajorske", "UA")]),
    ("Volgens Kyiv hebben de Oekraïners Staromajorske vorige maand in handen gekregen.",
     [("capture", "Staromajorske", "UA")]),
]

# Negations, intentions, hypotheticals, captured soldiers, civilians and agreements.
NOT_CLAIMS = [
    "Rusland heeft Bachmoet nog niet ingenomen.",
    "Russische troepen namen Bachmoet niet in.",
    "Rusland veroverde Bachmoet niet.",
    "Moskou is van plan Avdiivka te omsingelen.",
    "Rusland wil Koepjansk voor de winter veroveren.",
    "Als Rusland Bachmoet inneemt, is Kramatorsk het volgende doel.",
    "Indien Oekraïne Robotyne herovert, ligt de weg naar Tokmak open.",
    "Oekraïne heeft in de regio Koersk 102 Russische soldaten gevangengenomen.",
    "Oekraïense troepen namen bij Bachmoet 40 Russische soldaten gevangen.",
    "Duizenden burgers hebben Charkiv verlaten.",
    "Het schip verliet de haven van Odessa na de Russische terugtrekking uit het graanakkoord.",
    "Volgens de Britse inlichtingendienst zal Rusland in het voorjaar waarschijnlijk een nieuw "
    "offensief beginnen richting Zaporizja.",
    "Volgens analisten kunnen Oekraïense troepen nu verder oprukken richting Svatove en Kreminna.",
    "Een groot offensief richting de Krim is dan ook niet te verwachten.",
    "Het doel van het offensief lijkt vooral om Oekraïense troepen weg te lokken uit de Donbas.",
    '"Koepjansk is nog steeds onder Oekraïense controle," zegt de commandant.',
    # not_after: a negation or condition after the trigger
    "Een aanval op Charkiv is volgens de Britse inlichtingendienst niet op handen.",
    "De inname van Tsjasiv Jar zou Rusland de weg naar Kramatorsk kunnen openen.",
    "Een verovering van Pokrovsk zou de Russen de weg naar Dnipropetrovsk openen.",
    # a threat is no event
    "Volgens de legerleiding dreigde een omsingeling van Avdiivka.",
    # preparing, concentrating on, a stepping stone for: no event yet
    "Oekraïne waarschuwt dat Rusland een nieuw offensief in de Donbas voorbereidt.",
    'Het ministerie zegt dat de troepen zich concentreren op de "bevrijding van de Donbas".',
    "Experts zien Soledar als een opstap voor een aanval op Bachmoet.",
    # a capital before "zijn tegenoffensief" stands for its government
    "Het is een van de plaatsen waar Kiev zijn tegenoffensief concentreert.",
    # another's claim not confirmed
    "Oekraïne heeft niet bevestigd dat Oespenivka is gevallen.",
    # Poetin is a person, not the village Poetyn
    "De doorbraak komt twee dagen voor de top tussen Trump en Poetin.",
]

# (sentence, claim type, surface, expected event date) — published Thursday 2023-02-02.
DATES = [
    ("Russische raketten troffen woensdag de stad Charkiv.", "strike", "Charkiv", "2023-02-01"),
    ("Russische drones vielen woensdagavond Odessa aan.", "strike", "Odessa", "2023-02-01"),
    ("Russische raketten troffen in de nacht van maandag op dinsdag de stad Zaporizja.",
     "strike", "Zaporizja", "2023-01-31"),
    ("Zondag veroverden Russische troepen het dorp Krasnohorivka.", "capture", "Krasnohorivka",
     "2023-01-29"),
    ("Russische artillerie beschoot Cherson op 28 januari.", "strike", "Cherson", "2023-01-28"),
    ("Russische artillerie beschoot Mykolajiv op 30 december 2022.", "strike", "Mykolajiv",
     "2022-12-30"),
    ("Russische troepen vielen gisteren Bachmoet aan.", "attack", "Bachmoet", "2023-02-01"),
    ("Russische troepen hebben eergisteren Soledar ingenomen.", "capture", "Soledar",
     "2023-01-31"),
    ("In het afgelopen etmaal beschoten Russische troepen de stad Nikopol.", "strike", "Nikopol",
     "2023-02-02"),
    ("Russische raketten troffen vanochtend de stad Dnipro.", "strike", "Dnipro", "2023-02-02"),
    ("Russische troepen vielen vorige week Avdiivka aan.", "attack", "Avdiivka", None),
    ("De afgelopen weken hebben Russische troepen Avdiivka herhaaldelijk aangevallen.",
     "attack", "Avdiivka", None),
    ("Russische troepen vielen deze week Avdiivka aan.", "attack", "Avdiivka", None),
    ("Slangeneiland werd op de eerste dag van de invasie door Rusland ingenomen.", "capture",
     "Slangeneiland", None),
    ("Russische troepen hebben Izjoem vorige maand al ingenomen.", "capture", "Izjoem", None),
]

# (sentence, surface, gazetteer name, kind)
SPOTS = [
    ("In de provincie Donetsk wordt zwaar gevochten.", "Donetsk", "Donetsk Oblast", "region"),
    ("De Donbas-regio blijft het zwaartepunt van de strijd.", "Donbas", "Donets Basin",
     "region"),
    ("De Russen rukken op in de richting van Pokrovsk.", "Pokrovsk", "Pokrovsk", "settlement"),
    ("Aan het front bij Bachmoet is de situatie gespannen.", "Bachmoet", "Bakhmut",
     "settlement"),
    ("In de regio Koersk gaan de gevechten door.", "Koersk", "Kursk Oblast", "region"),
    ("Op de Krim ontplofte een munitiedepot.", "Krim", "Autonomous Republic of Crimea",
     "region"),
    ("Bachmoets verdediging kost veel levens.", "Bachmoets", "Bakhmut", "settlement"),
    ("In Kiev klonk opnieuw luchtalarm.", "Kiev", "Kyiv", "settlement"),
    ("De strijd om de Pokrovsk-sector duurt voort.", "Pokrovsk", "Pokrovsk", "settlement"),
    ("Oekraïense mariniers staan op de oostelijke oever van de Dnipro.", "Dnipro", "Dnepr",
     "water"),
    ("In Chmelnytsky viel de stroom uit.", "Chmelnytsky", "Khmelnytskyi", "settlement"),
]

# (sentence, surface, role): a place that qualifies a person or stands for a government.
ROLES = [
    ("De gouverneur van de regio Charkiv riep de inwoners op binnen te blijven.", "Charkiv",
     "office"),
    ("De Kievse regering ontkende het bericht.", "Kievse", "metonym"),
    ("Russische troepen rukten op tot 20 kilometer ten noorden van Cherson.", "Cherson",
     "reference"),
    ("Kyiv spreekt dat tegen.", "Kyiv", "metonym"),
    ("Dinsdag zei Moskou dat Russische troepen het dorp Katerynivka hadden bevrijd.", "Moskou",
     "metonym"),
    ("Dat bevestigde een woordvoerder van de Chortyzja-troepengroep zondag.", "Chortyzja",
     "name"),
    ("Het 1ste Azov-korps werd naar de sector gestuurd.", "Azov", "name"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence(pipeline, text, expected):
    assert sorted(_claims(pipeline, text)) == sorted(expected)


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(pipeline, text):
    assert _claims(pipeline, text) == []


@pytest.mark.parametrize(("text", "claim_type", "surface", "expected"), DATES)
def test_event_date(pipeline, text, claim_type, surface, expected):
    claims = [c for c in _process(pipeline, text).claims
              if c.type.value == claim_type and c.place.mention.surface == surface]
    assert len(claims) == 1
    want = dt.date.fromisoformat(expected) if expected else None
    assert claims[0].event_date == want


@pytest.mark.parametrize(("text", "surface", "name", "kind"), SPOTS)
def test_place_names(pipeline, text, surface, name, kind):
    places = {(p.mention.surface, p.entry.name, p.entry.kind.value)
              for p in _process(pipeline, text).places}
    assert (surface, name, kind) in places


@pytest.mark.parametrize(("text", "surface", "role"), ROLES)
def test_roles_carry_no_claim(pipeline, text, surface, role):
    result = _process(pipeline, text)
    assert [p.mention.role for p in result.places if p.mention.surface == surface] == [role]
    assert all(c.place.mention.surface != surface for c in result.claims)


def test_claimant_and_sides(pipeline):
    result = _process(pipeline, "Russische troepen hebben het dorp Otsjeretyne ingenomen, meldt "
                                "het Russische ministerie van Defensie.")
    (claim,) = result.claims
    assert claim.claimant == "Russian Ministry of Defence"
    assert claim.claimant_side.value == "RU"


def test_unverified(pipeline):
    result = _process(pipeline, "Russische troepen hebben het dorp Bohdanivka veroverd. Dat kon "
                                "niet onafhankelijk worden geverifieerd.")
    (claim,) = result.claims
    assert claim.verified is False


def test_wagner_claimant(pipeline):
    result = _process(pipeline, '"Vandaag hebben we Bachmoet volledig ingenomen," zegt '
                                "Wagner-leider Jevgeni Prigozjin.")
    (claim,) = result.claims
    assert claim.claimant == "Wagner chief Yevgeny Prigozhin"
    assert claim.claimant_side.value == "RU"
    assert claim.actor.value == "RU"


def test_denial_spreekt_tegen(pipeline):
    result = _process(pipeline, "Rusland claimt de inname van Toretsk. Oekraïne spreekt dat "
                                "tegen: Oekraïense eenheden houden in Toretsk nog stand.")
    (claim,) = result.claims
    assert (claim.type.value, claim.place.mention.surface) == ("capture", "Toretsk")
    assert claim.status.value == "denied"


# A public-broadcaster style article (written for this test), published Thursday 2025-03-06.
ARTICLE = (
    'Russische aanvallen in het zuiden nemen toe\n\n'
    'Russische troepen hebben hun aanvallen in de regio Zaporizja de voorbije dagen '
    'opgevoerd. Volgens de Oekraïense generale staf vonden woensdag in de sector Orichiv '
    'veertien Russische aanvallen plaats, onder meer bij de dorpen Stepove en Mala '
    'Tokmatsjka. Alle aanvallen werden afgeslagen, meldt de generale staf.\n\n'
    'Het Russische ministerie van Defensie zegt op zijn beurt dat Russische eenheden hun '
    'posities rond Kamjanske hebben verbeterd en dat het dorp Pjatychatky is heroverd. Een '
    'Oekraïense woordvoerder noemt dat "propaganda".\n\n'
    'Gisteravond werd de stad Zaporizja opnieuw getroffen door Russische geleide bommen. Een '
    'industrieel bedrijf en meerdere woningen raakten beschadigd, zegt gouverneur Ivan '
    'Fedorov. De stad ligt ongeveer 30 kilometer van de frontlinie.\n\n'
    'Oekraïne voerde zelf in de nacht naar donderdag een drone-aanval uit op een '
    'olieraffinaderij in de Russische stad Toeapse aan de Zwarte Zee. Volgens de lokale '
    'autoriteiten brak er brand uit.\n\n'
    'Ook in de regio Dnipropetrovsk vielen slachtoffers. In Nikopol, aan de oever van het '
    'stuwmeer van Kachovka, kwam een man om toen Russische artillerie de stad beschoot, aldus'
    ' het militaire bestuur.\n\n'
    'Volgens de Britse militaire inlichtingendienst zal Rusland in het voorjaar '
    'waarschijnlijk een nieuw offensief beginnen richting Zaporizja.'
)


def test_article(pipeline):
    claims = set(_claims(pipeline, ARTICLE, published="2025-03-06"))
    assert claims == {
        ("attack", "Zaporizja", "RU"),  # the region, "de voorbije dagen"
        ("attack", "Stepove", "RU"), ("attack", "Mala Tokmatsjka", "RU"),
        ("advance", "Kamjanske", "RU"), ("capture", "Pjatychatky", "RU"),
        ("strike", "Zaporizja", "RU"),  # the city
        ("strike", "Toeapse", "UA"), ("strike", "Nikopol", "RU"),
    }


# (sentence, claimant, claimant side)
CLAIMANTS = [
    ("In Zaporizja werden zeventien inslagen geteld, zegt het stadsbestuur.",
     "the city administration", "UA"),
    ("In Mykolajiv werd een woonwijk getroffen door een Russische raket, meldde burgemeester "
     "Oleksandr Sjenkevytsj.", "the mayor", "UA"),
    ("Richting Hoeljajpole rukken de Russen volgens Oekraïense militairen snel op.",
     "Ukrainian military", "UA"),
    ("Het Russische leger viel volgens de staf ook Toretsk aan.", "Ukrainian General Staff",
     "UA"),
    ("Oekraïense troepen hebben zich uit Velyka Novosilka teruggetrokken, bevestigde een "
     "woordvoerder van de Chortyzja-troepengroep.", "Ukrainian military", "UA"),
    ("De door Rusland aangestelde gouverneur Vladimir Saldo gaf dinsdag wel toe dat er gevechten "
     "zijn rond het dorp Krynky.", "Russian-installed Kherson governor Vladimir Saldo", "RU"),
    ("Volgens de lokale politie zijn Russische eenheden Vovtsjansk binnengedrongen.",
     "the local police", "UA"),
    ("Vannacht is Odesa getroffen door zes kruisraketten, zegt een woordvoerder van het militaire "
     "commando Zuid.", "Ukrainian Southern Command", "UA"),
    ("Oekraïense bronnen zeggen dat Russische troepen Pokrovsk zijn binnengedrongen.",
     "Ukrainian sources", "UA"),
    ("Russische bronnen melden dat het dorp Krynky is ingenomen.", "Russian sources", "RU"),
]


@pytest.mark.parametrize(("text", "claimant", "side"), CLAIMANTS)
def test_claimants(pipeline, text, claimant, side):
    (claim,) = _process(pipeline, text).claims
    assert (claim.claimant, claim.claimant_side.value) == (claimant, side)


@pytest.mark.parametrize("denial", [
    "De Oekraïense generale staf noemt dat een leugen.",
    '"Koepjansk is nog steeds onder Oekraïense controle," zegt de commandant.',
])
def test_denial_leugen(pipeline, denial):
    result = _process(pipeline, "De Russische legerleiding zegt de stad Koepjansk te hebben "
                                "ingenomen. " + denial)
    (claim,) = result.claims
    assert (claim.type.value, claim.actor.value) == ("capture", "RU")
    assert claim.status.value == "denied"


# A wire-agency style report (written for this test), published Saturday 2022-10-01.
ARTICLE_LYMAN = (
    "Oekraïense troepen trekken Lyman binnen, Rusland trekt zich terug\n\n"
    "KYIV (ANP) - Het Oekraïense leger heeft de strategisch belangrijke stad Lyman in de "
    "oostelijke provincie Donetsk heroverd. Dat meldde president Volodymyr Zelensky zaterdagavond "
    "in een videoboodschap.\n\n"
    "Het Russische ministerie van Defensie erkende zaterdag dat de eigen troepen zich uit Lyman "
    'hebben teruggetrokken "naar gunstigere linies", omdat er een dreiging van omsingeling '
    "bestond.\n\n"
    "De afgelopen dagen waren Oekraïense eenheden al opgerukt naar de dorpen Drobysjeve en "
    "Jampil, ten noorden en ten oosten van Lyman. Ook het dorp Torske, aan de weg naar Kreminna, "
    "is volgens Kyiv bevrijd. Die bewering kon niet onafhankelijk worden geverifieerd.\n\n"
    "Lyman ligt ongeveer 160 kilometer ten noorden van Donetsk en is een belangrijk "
    "spoorwegknooppunt. De stad viel in mei in Russische handen na weken van zware gevechten.\n\n"
    "De herovering komt een dag nadat president Poetin in Moskou de annexatie van de provincies "
    "Donetsk, Loehansk, Zaporizja en Cherson had afgekondigd. Volgens analisten van het Institute "
    "for the Study of War is het verlies van Lyman een zware klap voor Moskou en kunnen "
    "Oekraïense troepen nu verder oprukken richting Svatove en Kreminna in de regio Loehansk.\n\n"
    "Intussen gingen de Russische bombardementen elders door. In de nacht van vrijdag op zaterdag "
    "troffen Russische raketten de stad Zaporizja, meldde gouverneur Oleksandr Staroech. Ook de "
    "stad Dnipro werd beschoten."
)


def test_article_lyman(pipeline):
    claims = set(_claims(pipeline, ARTICLE_LYMAN, published="2022-10-01"))
    assert claims == {
        ("advance", "Lyman", "UA"), ("capture", "Lyman", "UA"), ("withdrawal", "Lyman", "RU"),
        ("capture", "Lyman", "RU"),  # in May: a past event stated as an event
        ("advance", "Drobysjeve", "UA"), ("advance", "Jampil", "UA"),
        ("capture", "Torske", "UA"),
        ("strike", "Zaporizja", "RU"), ("strike", "Dnipro", "RU"),
    }


# A wire report (written for this test), published Thursday 2024-10-03: a withdrawal under threat
# of encirclement, a capture claim, strikes, and an attack that "is not imminent".
ARTICLE_VUHLEDAR = (
    "Oekraïne trekt zich terug uit Vuhledar na maanden van beschietingen\n\n"
    "KYIV (ANP) - Het Oekraïense leger heeft zich teruggetrokken uit de mijnstad Vuhledar in het "
    "zuiden van de provincie Donetsk. Dat maakte het commando van de troepengroep Chortytsja "
    "woensdagavond bekend op Telegram. Volgens de legerleiding dreigde een omsingeling van de stad."
    "\n\nVuhledar ligt ongeveer 50 kilometer ten zuidwesten van Donetsk en werd sinds 2022 "
    "voortdurend aangevallen. De Russische troepen waren de afgelopen weken opgerukt langs de "
    "flanken van de stad, bij de dorpen Prechystivka en Vodiane.\n\n"
    "Het Russische ministerie van Defensie meldde donderdag dat Russische troepen Vuhledar "
    "volledig hebben ingenomen. Die bewering kon niet onafhankelijk worden geverifieerd.\n\n"
    "Intussen voerde Rusland in de nacht van woensdag op donderdag opnieuw een grote drone-aanval "
    "uit op de stad Odesa, meldde gouverneur Oleh Kiper. Ook in Charkiv sloegen twee glijbommen "
    "in, aldus burgemeester Ihor Terechov.\n\n"
    "Analisten van het Institute for the Study of War verwachten dat de Russen nu proberen op te "
    "rukken richting Kurachove. Een grootschalige aanval op Kurachove is volgens de denktank "
    "echter niet op handen."
)


def test_article_vuhledar(pipeline):
    claims = set(_claims(pipeline, ARTICLE_VUHLEDAR, published="2024-10-03"))
    assert claims == {
        ("withdrawal", "Vuhledar", "UA"), ("capture", "Vuhledar", "RU"),
        ("attack", "Vuhledar", None),  # "werd sinds 2022 voortdurend aangevallen": no agent named
        ("advance", "Prechystivka", "RU"), ("advance", "Vodiane", "RU"),
        ("strike", "Odesa", "RU"), ("strike", "Charkiv", "RU"),
    }


# A Belgian wire report (written for this test, no date line; read as of Saturday 2023-01-14):
# a Wagner claim and its denial, an attack only as a stepping stone, strikes elsewhere.
ARTICLE_SOLEDAR = (
    "Wagner claimt inname van Soledar, Kiev spreekt van hevige gevechten\n\n"
    "BRUSSEL (Belga) - De Russische huurlingengroep Wagner heeft woensdagavond beweerd dat het de "
    "mijnstad Soledar, in het oosten van Oekraïne, volledig heeft veroverd. Wagner-baas Jevgeni "
    "Prigozjin zei dat zijn strijders de hele stad controleren.\n\n"
    'Het Oekraïense leger ontkent dat. "De gevechten in Soledar gaan door", zei legerwoordvoerder '
    "Serhi Tsjerevaty donderdag. Volgens Oekraïne houden de verdedigers stand in het westen van "
    "de stad.\n\n"
    "Het Russische ministerie van Defensie meldde vrijdag dat Soledar is ingenomen, en dat "
    "Russische luchtlandingstroepen de stad vanuit het noorden en zuiden hebben omsingeld. Ook het "
    "dorp Krasna Hora, ten noorden van Bachmoet, zou volgens Prigozjin in Russische handen zijn."
    "\n\nSoledar ligt ongeveer tien kilometer ten noordoosten van Bachmoet. Militaire experts zien "
    "de val van het stadje als een opstap voor een aanval op Bachmoet zelf, waar de Russen al "
    "maanden proberen door te breken.\n\n"
    "Intussen raakte zaterdag een Russische raket een flatgebouw in Dnipro. Minstens 40 mensen "
    "kwamen om, meldde de gouverneur van de regio Dnipropetrovsk. Ook Kiev en Charkiv werden "
    "getroffen bij een nieuwe golf raketaanvallen op de energie-infrastructuur."
)


def test_article_soledar(pipeline):
    claims = set(_claims(pipeline, ARTICLE_SOLEDAR, published="2023-01-14"))
    assert claims == {
        ("capture", "Soledar", "RU"), ("capture", "Krasna Hora", "RU"),
        ("attack", "Soledar", None),  # "de gevechten in Soledar gaan door"
        ("attack", "Soledar", "RU"),  # "de stad ... hebben omsingeld"
        ("attack", "Bachmoet", "RU"),  # "waar de Russen al maanden proberen door te breken"
        ("strike", "Dnipro", "RU"), ("strike", "Kiev", "RU"), ("strike", "Charkiv", "RU"),
    }
