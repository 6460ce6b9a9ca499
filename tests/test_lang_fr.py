"""French (fr): claims, non-claims, dates and press spellings, from sentences written for these
tests in the style of French agency copy (AFP, Le Monde, France 24)."""

from __future__ import annotations

import datetime as dt

import pytest

from langtools import LangHelpers

LANG = "fr"
THU = "2023-02-02"  # a Thursday


_lang = LangHelpers(LANG, THU)
_extract = _lang.process
_claims = _lang.claims


# (sentence, expected (type, surface, actor) claims) — written for these tests.
CASES = [
    # capture
    ("L'armée russe a revendiqué jeudi la prise du village de Pervomaïské, dans la région de "
     "Donetsk, a annoncé le ministère russe de la Défense.", [("capture", "Pervomaïské", "RU")]),
    ("Les forces russes ont pris le contrôle de la localité d'Otcheretyne, selon Moscou.",
     [("capture", "Otcheretyne", "RU")]),
    ("Les troupes ukrainiennes ont repris Robotyne, dans la région de Zaporijjia, après des "
     "semaines de combats.", [("capture", "Robotyne", "UA")]),
    ("Kiev a annoncé la libération de Klichtchiïvka, au sud de Bakhmout.",
     [("capture", "Klichtchiïvka", "UA")]),
    ("Le groupe paramilitaire Wagner affirme s'être emparé de Soledar.",
     [("capture", "Soledar", "RU")]),
    ("Bakhmout est tombée aux mains des forces russes, selon Moscou.",
     [("capture", "Bakhmout", "RU")]),
    ("Les forces ukrainiennes ont reconquis la ville d'Izioum, a indiqué l'état-major.",
     [("capture", "Izioum", "UA")]),
    ("Les séparatistes prorusses ont capturé la localité de Marinka.",
     [("capture", "Marinka", "RU")]),
    ("Les forces ukrainiennes ont repris Klichtchiïvka et Andriïvka, au sud de Bakhmout.",
     [("capture", "Klichtchiïvka", "UA"), ("capture", "Andriïvka", "UA")]),
    ("Selon le ministère russe de la Défense, le village de Krasnohorivka a été « libéré ».",
     [("capture", "Krasnohorivka", "RU")]),
    ("L'armée ukrainienne a repris Koupiansk aux forces russes.", [("capture", "Koupiansk", "UA")]),
    ("Les troupes russes ont pris le village de Novomykhaïlivka, près de Kourakhové.",
     [("capture", "Novomykhaïlivka", "RU")]),
    # advance
    ("Les forces russes ont avancé vers Tchassiv Iar dans la nuit.",
     [("advance", "Tchassiv Iar", "RU")]),
    ("Selon l'ISW, les troupes ukrainiennes ont progressé au sud de Kreminna.",
     [("advance", "Kreminna", "UA")]),
    ("Les troupes russes sont entrées dans Pokrovsk, selon des blogueurs militaires russes.",
     [("advance", "Pokrovsk", "RU")]),
    ("L'armée russe a gagné du terrain près d'Avdiïvka, a reconnu le commandement ukrainien.",
     [("advance", "Avdiïvka", "RU")]),
    ("Les forces ukrainiennes ont pénétré dans la région de Koursk mardi.",
     [("advance", "Koursk", "UA")]),
    ("Les unités russes se rapprochent de Kostiantynivka, selon DeepState.",
     [("advance", "Kostiantynivka", "RU")]),
    ("Les Ukrainiens ont réalisé une percée près de Robotyne.", [("advance", "Robotyne", "UA")]),
    ("L'avancée russe en direction de Koupiansk se poursuit.", [("advance", "Koupiansk", "RU")]),
    # withdrawal
    ("Les troupes ukrainiennes se sont retirées d'Avdiïvka pour éviter l'encerclement.",
     [("withdrawal", "Avdiïvka", "UA")]),
    ("Les forces russes ont quitté Kherson, selon l'armée ukrainienne.",
     [("withdrawal", "Kherson", "RU")]),
    ("L'armée ukrainienne s'est repliée de Soledar vers de nouvelles positions.",
     [("withdrawal", "Soledar", "UA")]),
    ("Moscou a ordonné le retrait de ses troupes de Kherson.", [("withdrawal", "Kherson", "RU")]),
    ("Les soldats ukrainiens ont abandonné Marinka après des mois de combats.",
     [("withdrawal", "Marinka", "UA")]),
    ("Les forces russes ont battu en retraite près de Koupiansk.",
     [("withdrawal", "Koupiansk", "RU")]),
    ("Le retrait russe de Lyman a été confirmé dimanche.", [("withdrawal", "Lyman", "RU")]),
    # attack
    ("L'armée ukrainienne a repoussé 15 attaques russes près de Koupiansk, selon l'état-major.",
     [("attack", "Koupiansk", "RU")]),
    ("De violents combats se poursuivent à Bakhmout, à 80 km au nord de Donetsk.",
     [("attack", "Bakhmout", None)]),
    ("Les Russes ont intensifié leurs assauts contre Avdiïvka.", [("attack", "Avdiïvka", "RU")]),
    ("L'armée ukrainienne a lancé une contre-offensive dans la région de Zaporijjia.",
     [("attack", "Zaporijjia", "UA")]),
    ("Les forces russes tentent d'encercler Avdiïvka.", [("attack", "Avdiïvka", "RU")]),
    ("L'offensive russe contre Vougledar a échoué, selon le renseignement britannique.",
     [("attack", "Vougledar", "RU")]),
    ("Les forces ukrainiennes ont repoussé trois attaques près de Robotyne, a déclaré le "
     "commandement Sud.", [("attack", "Robotyne", "RU")]),
    ("Les forces russes ont lancé une offensive dans les régions de Kharkiv et de Louhansk.",
     [("attack", "Kharkiv", "RU"), ("attack", "Louhansk", "RU")]),
    # strike
    ("Des missiles russes ont frappé Kramatorsk et Sloviansk jeudi.",
     [("strike", "Kramatorsk", "RU"), ("strike", "Sloviansk", "RU")]),
    ("Des drones ukrainiens ont frappé une raffinerie près de Belgorod.",
     [("strike", "Belgorod", "UA")]),
    ("Dans la nuit de mercredi à jeudi, des drones russes ont attaqué Odessa.",
     [("strike", "Odessa", "RU")]),
    ("Hier, la ville de Zaporijjia a été frappée par des missiles russes.",
     [("strike", "Zaporijjia", "RU")]),
    ("L'artillerie russe a pilonné Nikopol toute la nuit.", [("strike", "Nikopol", "RU")]),
    ("Des bombardements russes ont fait trois morts à Kherson mardi.",
     [("strike", "Kherson", "RU")]),
    ("Une frappe de drone ukrainien a touché un dépôt pétrolier dans la région de Briansk.",
     [("strike", "Briansk", "UA")]),
    ("Les forces ukrainiennes ont bombardé Donetsk, selon les autorités installées par Moscou.",
     [("strike", "Donetsk", "UA")]),
    ("L'ennemi a bombardé Nikopol à l'artillerie lourde, a indiqué le gouverneur de la région "
     "de Dnipropetrovsk.", [("strike", "Nikopol", "RU")]),
    ("La défense antiaérienne ukrainienne a abattu 30 drones lancés contre la région de Kiev.",
     [("strike", "Kiev", "RU")]),
    ("Dans la nuit, le port d'Odessa a été attaqué par des drones russes.",
     [("strike", "Odessa", "RU")]),
    ("Les forces russes ont attaqué Koupiansk à l'aube, selon l'état-major ukrainien.",
     [("attack", "Koupiansk", "RU")]),
    ("La défense aérienne russe a abattu 30 drones au-dessus de la région de Belgorod.",
     [("strike", "Belgorod", "UA")]),
    ("Les forces russes ont repoussé trois attaques près de Robotyne.",
     [("attack", "Robotyne", "UA")]),
    ("Les forces russes ont attaqué Kharkiv avec des drones dans la nuit.",
     [("strike", "Kharkiv", "RU")]),
    # "à six reprises" (six times) is no recapture; attempts to advance or break through are
    # attacks, also with a count or an object in between
    ("Les troupes russes ont attaqué à six reprises près de Hostré.",
     [("attack", "Hostré", "RU")]),
    ("Les occupants ont tenté à deux reprises d'avancer près de Synkivka.",
     [("attack", "Synkivka", "RU")]),
    ("Les forces russes ont tenté de percer les lignes ukrainiennes près de Terny.",
     [("attack", "Terny", "RU")]),
    ("L'armée russe a repoussé des tentatives de percée près de Krupets.",
     [("attack", "Krupets", "UA")]),
    # a distance measuring the advance is not a reference point
    ("Les forces ukrainiennes ont progressé de plusieurs kilomètres près de Bakhmout.",
     [("advance", "Bakhmout", "UA")]),
    # "a démenti :" introduces the quoted statement, it does not negate it
    ("Hanna Maliar a démenti : « Les combats se poursuivent à Bakhmout. »",
     [("attack", "Bakhmout", None)]),
    # "empêcher X de progresser": X is the one advancing
    ("L'offensive n'a pas empêché les Russes de progresser vers Pokrovsk.",
     [("advance", "Pokrovsk", "RU")]),
    # the mayor's name in apposition is no place
    ("À Kharkiv, des frappes ont provoqué une coupure, a déclaré le maire de la ville, Igor "
     "Terekhov.", [("strike", "Kharkiv", "RU")]),
    ("Kherson revient sous contrôle ukrainien, selon le renseignement militaire ukrainien.",
     [("capture", "Kherson", "UA")]),
    ("Les forces ukrainiennes sont entrées ce vendredi dans Kherson.",
     [("advance", "Kherson", "UA")]),
    # an announced withdrawal is a claim
    ("Wagner a annoncé que ses hommes se retireraient de la ville de Bakhmout le 25 mai.",
     [("withdrawal", "Bakhmout", "RU")]),
    ("Les assaillants russes ont réussi à s'implanter dans le village de Pivdenne.",
     [("advance", "Pivdenne", "RU")]),
    # "les assaillants" in a Ukrainian officer's words are the enemy
    ("Selon un porte-parole de la 24e brigade ukrainienne, les assaillants ont réussi à "
     "s'implanter dans le village de Pivdenne.", [("advance", "Pivdenne", "RU")]),
    # "avec des drones" is the verb's weapon: no second strike at the region named before it
    ("L'armée ukrainienne a frappé Morozovsk, dans la région de Rostov, avec des drones.",
     [("strike", "Morozovsk", "UA")]),
    # "Kiev frappe …": the capital acting is the government, not the place attacked
    ("Les forces russes à l'assaut de Toretsk, Kiev frappe une base aérienne en Russie",
     [("attack", "Toretsk", "RU")]),
    # "efforts offensifs" (masculine) and plural sectors "les axes de …"
    ("L'ennemi concentre ses efforts offensifs sur les axes de Lyman et de Bakhmout.",
     [("attack", "Lyman", "RU"), ("attack", "Bakhmout", "RU")]),
    # control of the whole place is a capture, of a share of it an advance
    ("Wagner affirme que ses combattants contrôlent l'ensemble du territoire de Soledar.",
     [("capture", "Soledar", "RU")]),
    ("Les forces russes contrôlent « 70 % » de Severodonetsk, selon le gouverneur.",
     [("advance", "Severodonetsk", "RU")]),
    # infiltration, "percer" without an object, the noun "l'entrée de … dans"
    ("Les Russes se sont infiltrés près du village de Koutcheriv Iar.",
     [("advance", "Koutcheriv Iar", "RU")]),
    ("Ukraine : les forces russes percent près de Dobropillia, Kiev envoie des renforts",
     [("advance", "Dobropillia", "RU")]),
    ("Des médias ont fait état de l'entrée de soldats russes dans Vouhledar.",
     [("advance", "Vouhledar", "RU")]),
    ("Des petits groupes ennemis tentent de s'infiltrer près de Pokrovsk.",
     [("attack", "Pokrovsk", "RU")]),
    # positions taken near a place, defenders pushed out of its centre: advances
    ("Les soldats ukrainiens ont repris plusieurs positions près de Ternova.",
     [("advance", "Ternova", "UA")]),
    ("Les troupes russes ont repoussé les défenseurs ukrainiens du centre de Severodonetsk.",
     [("advance", "Severodonetsk", "RU")]),
    # four words between the drones and "attaqué": still a strike
    ("Des drones ukrainiens ont par ailleurs attaqué la raffinerie de Touapsé.",
     [("strike", "Touapsé", "UA")]),
    # the Russian MoD's "regrouping" of its forces is a withdrawal
    ("Le ministère russe de la Défense a annoncé le « regroupement » de ses troupes de "
     "Balakliïa.", [("withdrawal", "Balakliïa", "RU")]),
    ("La nuit a été difficile. Le gouverneur a fait état de dégâts sur une centrale thermique "
     "à Bourchtyn.", [("strike", "Bourchtyn", "RU")]),
    # "à la télévision ukrainienne" is where the spokesman spoke, not a side fighting
    ("« Des combats se poursuivent à Soledar », a déclaré le porte-parole du commandement "
     "militaire de l'Est à la télévision ukrainienne.", [("attack", "Soledar", None)]),
]

# Negations, intentions, hypotheticals, captured soldiers, civilians: not claims.
NOT_CLAIMS = [
    "Les Russes n'ont pas encore pris Bakhmout.",
    "Les forces russes n'ont jamais réussi à entrer dans Kharkiv.",
    "Moscou prévoit d'encercler Avdiïvka.",
    "Les forces russes veulent s'emparer de Kramatorsk.",
    "Kiev prépare une contre-offensive dans la région de Zaporijjia.",
    "Si la Russie prend Bakhmout, Kramatorsk sera la prochaine cible.",
    "S'ils prenaient Pokrovsk, les Russes couperaient une route logistique clé.",
    "L'Ukraine a capturé 102 soldats russes dans la région de Koursk.",
    "Des milliers d'habitants ont fui Koupiansk mardi.",
    "Les civils quittent Pokrovsk par centaines.",
    "Le retrait de la Russie de l'accord sur les céréales inquiète Odessa.",
    "Moscou cherche à créer une « zone tampon » plutôt qu'à prendre la ville de Kharkiv.",
    "L'armée ukrainienne n'a pas réussi à reprendre Bakhmout.",
    "Les Russes envisagent désormais d'avancer vers Tchassiv Iar.",
    "Zelensky a affirmé que Bakhmout était entièrement détruite.",
    "Le repli des troupes s'est achevé à 5 heures, heure de Moscou.",
    # "une vingtaine de kilomètres de" is a distance: the city after it is only a reference
    "Des drones russes ont visé un village, à une vingtaine de kilomètres de Kharkiv.",
    # a demand is not an event
    "Poutine réclame le retrait des troupes ukrainiennes de la région de Donetsk.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence(pipeline, text, expected):
    assert sorted(_claims(pipeline, text)) == sorted(expected)


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(pipeline, text):
    assert _claims(pipeline, text) == []


# (sentence, publication date, expected event date, precision)
DATES = [
    ("Les forces russes ont bombardé Kherson mardi.", THU, "2023-01-31", "day"),
    ("Jeudi soir, des missiles russes ont frappé Kharkiv.", THU, "2023-02-02", "day"),
    ("Dans la nuit de mercredi à jeudi, des drones russes ont frappé Odessa.", "2023-02-04",
     "2023-02-02", "day"),
    ("Dans la nuit de samedi à dimanche, des drones ont visé Kiev.", "2023-02-06",
     "2023-02-05", "day"),
    ("Le 15 janvier, l'armée russe a bombardé Kherson.", THU, "2023-01-15", "day"),
    ("Le 28 décembre, des missiles russes ont frappé Kharkiv.", THU, "2022-12-28", "day"),
    ("Le 3 février 2022, les forces russes ont frappé Marioupol.", THU, "2022-02-03", "day"),
    ("Hier, la ville de Zaporijjia a été frappée par des missiles russes.", THU, "2023-02-01",
     "day"),
    ("Avant-hier, l'armée russe a pilonné Nikopol.", THU, "2023-01-31", "day"),
    ("Au cours des dernières 24 heures, les forces russes ont mené 40 attaques dans le secteur "
     "de Bakhmout.", THU, "2023-02-02", "day"),
    ("Aujourd'hui, des explosions ont retenti à Kharkiv.", THU, "2023-02-02", "day"),
    ("La semaine dernière, les troupes russes ont progressé près de Marinka.", THU,
     "None", None),
    ("Cette semaine, les forces russes ont pilonné Kherson.", THU, "None", None),
]


@pytest.mark.parametrize(("text", "published", "expected", "precision"), DATES)
def test_event_date(pipeline, text, published, expected, precision):
    claims = _extract(pipeline, text, published).claims
    assert claims
    assert {(str(c.event_date), getattr(c.date_precision, "value", None))
            for c in claims} == {(expected, precision)}


def test_background_is_undated(pipeline):
    claims = _extract(pipeline, "Depuis des mois, l'artillerie russe pilonne Kherson.").claims
    assert [c.event_date for c in claims] == [None]


def test_first_of_month_is_a_day(pipeline):
    (claim,) = _extract(pipeline, "Le 1er février, les forces russes ont pilonné Vouhledar.").claims
    assert claim.event_date == dt.date(2023, 2, 1) and claim.date_precision.value == "day"


def test_claimant_status_and_verification(pipeline):
    text = ("Le ministère russe de la Défense a annoncé mardi la libération de Soledar. "
            "Kiev a démenti la chute de Soledar. L'AFP n'a pas pu vérifier ces affirmations de "
            "manière indépendante.")
    (claim,) = _extract(pipeline, text).claims
    assert (claim.type.value, claim.actor.value) == ("capture", "RU")
    assert claim.claimant == "Russian Ministry of Defence" and claim.claimant_side.value == "RU"
    assert claim.event_date == dt.date(2023, 1, 31)
    assert claim.status.value == "denied"
    assert claim.verified is False


def test_unverified_in_the_same_sentence(pipeline):
    text = ("Moscou affirme avoir pris Klichtchiïvka, une information qui n'a pas pu être "
            "vérifiée de manière indépendante.")
    (claim,) = _extract(pipeline, text).claims
    assert claim.claimant == "Russia" and claim.verified is False


@pytest.mark.parametrize(("text", "claimant", "side"), [
    ("Les forces russes ont attaqué Koupiansk, selon l'état-major ukrainien.",
     "Ukrainian General Staff", "UA"),
    ("Les forces ukrainiennes ont progressé près de Bakhmout, selon le renseignement "
     "britannique.", "UK Ministry of Defence", "third"),
    ("Des missiles ont frappé Kharkiv, a indiqué le gouverneur régional.",
     "the regional governor", "UA"),
    ("Selon l'Institut pour l'étude de la guerre, les Russes ont avancé près de Kreminna.",
     "Institute for the Study of War (ISW)", "third"),
    ("Les forces russes progressent vers Bohoiavlenka, selon le blog militaire russe Rybar.",
     "military bloggers", "third"),
    ("Les troupes russes ont lancé une offensive contre Toretsk, a reconnu un porte-parole de la "
     "24e brigade ukrainienne.", "Ukrainian military", "UA"),
    ("À Krivyï Rig, un missile russe a touché un hôtel, a écrit le chef de l'administration "
     "militaire, Oleksandr Vilkoul.", "the local military administration", "UA"),
    ("Des drones ukrainiens ont frappé la raffinerie de Touapsé, a indiqué l'état-major "
     "régional.", "the local military administration", "RU"),
    ("Le président Volodymyr Zelensky a salué vendredi la libération de Balakliïa.",
     "Ukrainian President Volodymyr Zelensky", "UA"),
    ("Près de Myrnohrad, l'état-major ukrainien a comptabilisé 22 assauts russes.",
     "Ukrainian General Staff", "UA"),
    ("« Des combats se poursuivent à Soledar », a déclaré le porte-parole du commandement "
     "militaire de l'Est.", "Ukrainian military", "UA"),
])
def test_claimants(pipeline, text, claimant, side):
    (claim,) = _extract(pipeline, text).claims
    assert (claim.claimant, claim.claimant_side.value) == (claimant, side)


def test_own_side_of_the_claimant(pipeline):
    text = "Le ministère russe de la Défense a affirmé que ses forces avaient pris Novomykhaïlivka."
    assert _claims(pipeline, text) == [("capture", "Novomykhaïlivka", "RU")]


def test_speaker_after_the_event_is_not_the_actor(pipeline):
    text = "Des combats se poursuivent à Tchassiv Iar, a indiqué l'armée ukrainienne."
    assert _claims(pipeline, text) == [("attack", "Tchassiv Iar", None)]


# (sentence, surface, expected gazetteer place, kind)
SPELLINGS = [
    ("Les combats continuent autour d'Avdiïvka.", "Avdiïvka", "Avdiivka", "settlement"),
    ("La bataille de Bakhmout dure depuis des mois.", "Bakhmout", "Bakhmut", "settlement"),
    ("Les forces russes approchent de Kourakhové.", "Kourakhové", "Kurakhove", "settlement"),
    ("La ville d'Izioum a été libérée.", "Izioum", "Izium", "settlement"),
    ("Des missiles ont frappé Zaporijjia.", "Zaporijjia", "Zaporizhzhia", "settlement"),
    ("Des missiles ont frappé Zaporijia.", "Zaporijia", "Zaporizhzhia", "settlement"),
    ("Les Russes attaquent Koupiansk.", "Koupiansk", "Kupiansk", "settlement"),
    ("Les combats font rage à Tchassiv Iar.", "Tchassiv Iar", "Chasiv Yar", "settlement"),
    ("L'armée russe a pilonné Vougledar.", "Vougledar", "Vuhledar", "settlement"),
    ("Des drones ont visé Marioupol.", "Marioupol", "Mariupol", "settlement"),
    ("Les troupes se sont retirées de Lyssytchansk.", "Lyssytchansk", "Lysychansk", "settlement"),
    ("Une frappe a touché le port de Mykolaïv.", "Mykolaïv", "Mykolaiv", "settlement"),
    ("Des explosions ont été entendues à Kiev.", "Kiev", "Kyiv", "settlement"),
    ("Des drones ont visé le port d'Odessa.", "Odessa", "Odesa", "settlement"),
    ("Des drones ont frappé Soumy et Tchernihiv.", "Tchernihiv", "Chernihiv", "settlement"),
    ("Les Russes bombardent Houliaïpole.", "Houliaïpole", "Huliaipole", "settlement"),
    ("Les combats se poursuivent dans l'oblast de Donetsk.", "Donetsk", "Donetsk Oblast",
     "region"),
    ("Des frappes ont visé la région de Kharkiv.", "Kharkiv", "Kharkiv Oblast", "region"),
    ("Les forces ukrainiennes avancent dans la région russe de Koursk.", "Koursk",
     "Kursk Oblast", "region"),
    ("Des combats ont lieu à Donetsk.", "Donetsk", "Donetsk", "settlement"),
    ("Les forces ukrainiennes ont franchi le Dniepr.", "Dniepr", "Dnepr", "water"),
    ("La Crimée a été annexée en 2014.", "Crimée", "Crimea", "region"),
    ("Des drones ont attaqué Sébastopol.", "Sébastopol", "Sevastopol", "settlement"),
]


@pytest.mark.parametrize(("text", "surface", "name", "kind"), SPELLINGS)
def test_press_spellings(pipeline, text, surface, name, kind):
    places = {p.mention.surface: p.entry for p in _extract(pipeline, text).places}
    assert surface in places, sorted(places)
    assert (places[surface].name, places[surface].kind.value) == (name, kind)


@pytest.mark.parametrize(("text", "surface", "role"), [
    ("Les combats se poursuivent à Bakhmout, à 80 km au nord de Donetsk.", "Donetsk",
     "reference"),
    ("Le gouverneur de la région de Kharkiv a appelé à évacuer.", "Kharkiv", "office"),
    ("Jeudi, Moscou a affirmé que ses troupes progressaient.", "Moscou", "metonym"),
    ("Selon Kiev, les combats se poursuivent.", "Kiev", "metonym"),
    ("Les dirigeants de la république populaire de Donetsk ont fait état de tirs.", "Donetsk",
     "office"),
    ("Le retrait a été confirmé par le groupement de forces Khortytsia.", "Khortytsia",
     "office"),
])
def test_roles(pipeline, text, surface, role):
    places = {p.mention.surface: p.mention.role for p in _extract(pipeline, text).places}
    assert places.get(surface) == role


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscou a été visée par des drones ukrainiens dans la nuit.", ("strike", "Moscou", "UA")),
    ("Kiev a été frappée par des missiles russes jeudi.", ("strike", "Kiev", "RU")),
])
def test_sentence_initial_exonym(pipeline, text, expected):
    assert _claims(pipeline, text) == [expected]


def test_capital_opening_a_headline_line_is_a_side(pipeline):
    # after a date header the headline's first word follows a line break, not a word
    text = ("date 2024-10-04\nMoscou affirme avoir pris Vouhledar, Kiev confirme un retrait\n\n"
            "Les forces russes avancent.")
    assert _claims(pipeline, text, "2024-10-04") == [("capture", "Vouhledar", "RU")]


def test_sentence_initial_article_and_noun(pipeline):
    text = "Le port d'Odessa a été attaqué par des drones russes dans la nuit."
    assert _claims(pipeline, text) == [("strike", "Odessa", "RU")]


# A whole article, written for this test (a translation of the kind of agency report the
# examples hold): the claims that must come out, and ones that must not.
ARTICLE = (
    "date 2024-05-11 Les troupes russes s'enfoncent dans la région de Kharkiv\n\n"
    'Les troupes russes ont franchi vendredi la frontière dans la région ukrainienne de '
    'Kharkiv et ont progressé vers la ville de Vovtchansk, ont indiqué des responsables '
    'ukrainiens, dans la plus grande opération terrestre transfrontalière depuis 2022.\n\n'
    "Le gouverneur de la région de Kharkiv, Oleg Synegoubov, a déclaré que l'artillerie "
    'russe et des bombes guidées avaient frappé Vovtchansk toute la nuit, tuant un homme. '
    'Plus de 1 700 habitants ont été évacués de la zone.\n\n'
    'Le ministère russe de la Défense a affirmé samedi que ses forces avaient « libéré » '
    "cinq villages près de la frontière, dont Pletenivka, Strilecha et Pylna. L'état-major "
    'ukrainien a rejeté cette affirmation, assurant que ses troupes continuaient de '
    "repousser les assauts russes près de ces villages et qu'aucune localité n'avait été "
    'perdue.\n\n'
    "L'état-major a également indiqué qu'au cours des dernières 24 heures, les forces "
    'ukrainiennes avaient repoussé 14 attaques russes dans le secteur de Koupiansk.\n\n'
    "De l'autre côté de la frontière, le gouverneur de la région russe de Belgorod, "
    'Viatcheslav Gladkov, a affirmé que des roquettes ukrainiennes avaient frappé samedi '
    "matin la ville de Belgorod, endommageant un immeuble. Kiev n'a pas réagi.\n\n"
    "L'Institut pour l'étude de la guerre (ISW) estime que l'offensive vise probablement à "
    'éloigner les réserves ukrainiennes de la région de Donetsk et que Moscou cherche à '
    "créer une « zone tampon » plutôt qu'à prendre la ville de Kharkiv."
)


def test_article(pipeline):
    claims = {(c.type.value, c.place.entry.name, c.actor.value if c.actor else None,
               str(c.event_date)) for c in _extract(pipeline, ARTICLE, "2024-05-11").claims}
    assert {
        ("advance", "Vovchansk", "RU", "2024-05-10"),
        ("strike", "Vovchansk", "RU", "2024-05-11"),
        ("capture", "Pletenivka", "RU", "2024-05-11"),
        ("capture", "Strilecha", "RU", "2024-05-11"),
        ("capture", "Pylna", "RU", "2024-05-11"),
        ("attack", "Kupiansk", "RU", "2024-05-11"),
        ("strike", "Belgorod", "UA", "2024-05-11"),
    } <= claims
    # the hedged analysis at the end ("… plutôt qu'à prendre Kharkiv") is no capture
    assert not {c for c in claims
                if c[1] in ("Donetsk Oblast", "Kyiv") or c[:2] == ("capture", "Kharkiv")}


# An agency-style report written for these tests: a withdrawal headline whose second clause
# names the other capital, attempts "à N reprises", a mayor and a night-before date.
ARTICLE_AVDIIVKA = (
    "date 2024-02-17\n"
    "Ukraine: l'armée se retire d'Avdiïvka, Moscou revendique une victoire\n\n"
    "KIEV, 17 fév 2024 (AFP) - L'armée ukrainienne a annoncé samedi s'être retirée de la ville "
    "d'Avdiïvka, dans l'est du pays, après des mois de combats acharnés face aux forces russes, "
    "qui menaçaient d'encercler la garnison.\n\n"
    "Le ministère russe de la Défense a affirmé de son côté que ses troupes avaient pris le "
    "contrôle total d'Avdiïvka, une cité industrielle située à une dizaine de kilomètres au "
    "nord de Donetsk.\n\n"
    "Il s'agit du plus important gain territorial russe depuis la prise de Bakhmout en mai "
    "2023.\n\n"
    "Plus au nord, les combats se poursuivent près de Koupiansk, dans la région de Kharkiv, où "
    "l'armée ukrainienne dit avoir repoussé neuf attaques au cours des dernières 24 heures. "
    "Dans le secteur de Lyman, les forces russes ont tenté à trois reprises de percer les "
    "lignes ukrainiennes près de Terny, sans succès, selon l'état-major.\n\n"
    "Dans la nuit de vendredi à samedi, des drones russes ont par ailleurs frappé la ville de "
    "Kharkiv, blessant trois personnes, a indiqué le maire Igor Terekhov sur Telegram.\n\n"
    "Ces informations n'ont pas pu être vérifiées de manière indépendante par l'AFP."
)


def test_article_avdiivka(pipeline):
    assert set(_claims(pipeline, ARTICLE_AVDIIVKA, "2024-02-17")) == {
        ("withdrawal", "Avdiïvka", "UA"),
        ("capture", "Avdiïvka", "RU"),
        ("capture", "Bakhmout", "RU"),
        ("attack", "Koupiansk", "RU"),
        ("attack", "Terny", "RU"),
        ("strike", "Kharkiv", "RU"),
    }


# A Le Monde-style report written for these tests: a withdrawal announced by a force grouping
# whose name is no place, "l'entrée de soldats russes dans le centre de la ville", a past
# month ("en février 2023"), DeepState, a sector containing the villages it lists.
ARTICLE_VUHLEDAR = (
    "date 2024-10-02\n"
    "Guerre en Ukraine : l'armée ukrainienne se retire de Vouhledar, bastion tenu depuis 2022\n"
    "\n"
    "L'armée ukrainienne a annoncé, mercredi 2 octobre, avoir reçu l'ordre de se retirer de "
    "Vouhledar, une ville minière située sur une colline dans le sud de la région de Donetsk,"
    " qu'elle défendait depuis le début de l'invasion russe. « Le haut commandement a "
    "autorisé une manœuvre de retrait des unités de Vouhledar afin de préserver le personnel "
    "et le matériel », a précisé sur Telegram le groupement de forces Khortytsia.\n"
    "\n"
    "Quelques heures plus tôt, plusieurs médias ukrainiens, citant des sources militaires, "
    "avaient fait état de l'entrée de soldats russes dans le centre de la ville, où un "
    "drapeau russe aurait été hissé sur un bâtiment administratif. L'armée russe menaçait "
    "d'encercler la garnison depuis la mi-septembre, après avoir coupé la principale route "
    "d'approvisionnement.\n"
    "\n"
    "Vouhledar, qui comptait 15 000 habitants avant la guerre, avait résisté à plusieurs "
    "assauts russes particulièrement meurtriers, notamment en février 2023, lorsque des "
    "colonnes de blindés avaient été anéanties dans les champs environnants.\n"
    "\n"
    "Le ministère russe de la Défense n'a pas encore commenté la situation. Les analystes du "
    "projet ukrainien DeepState estiment que les Russes progressent également au nord de la "
    "ville, près de Bohoïavlenka, et qu'ils se rapprochent de Kourakhové, à une vingtaine de "
    "kilomètres.\n"
    "\n"
    "Sur le front de Pokrovsk, l'état-major ukrainien a comptabilisé 22 assauts russes au "
    "cours des dernières 24 heures, notamment près de Myrnohrad et de Selydové. À Kharkiv, "
    "des frappes de bombes guidées ont blessé 12 personnes mardi soir, selon le gouverneur."
)


def test_article_vuhledar(pipeline):
    claims = set(_claims(pipeline, ARTICLE_VUHLEDAR, "2024-10-02"))
    assert {
        ("withdrawal", "Vouhledar", "UA"),
        ("advance", "Vouhledar", "RU"),
        ("attack", "Vouhledar", "RU"),
        ("advance", "Kourakhové", "RU"),
        ("attack", "Myrnohrad", "RU"),
        ("attack", "Selydové", "RU"),
        ("strike", "Kharkiv", "RU"),
    } <= claims
    # the force grouping "Khortytsia" and the sector "le front de Pokrovsk" carry no claim
    assert not {c for c in claims if c[1] in ("Khortytsia", "Pokrovsk", "Donetsk")}


# Fourth pass: sentences from new excerpts (Lyman 2022, Robotyne 2023, Vovtchansk 2024, ...).
@pytest.mark.parametrize(("text", "claimant", "side"), [
    ("Le gouverneur de la région de Belgorod, Viatcheslav Gladkov, a accusé l'armée ukrainienne "
     "d'avoir bombardé le village de Chebekino.", "Belgorod governor Vyacheslav Gladkov", "RU"),
    ("Des combats de rue se déroulent dans Vovtchansk, selon le chef de la police locale, "
     "Oleksiï Kharkivsky.", "the police", "UA"),
    ("Selon les renseignements britanniques, la ville russe de Belgorod est régulièrement visée "
     "par des tirs ukrainiens.", "UK Ministry of Defence", "third"),
])
def test_claimants_accusation_police_plural_intelligence(pipeline, text, claimant, side):
    (claim,) = _extract(pipeline, text).claims
    assert (claim.claimant, claim.claimant_side.value) == (claimant, side)


@pytest.mark.parametrize(("text", "expected"), [
    # "Moscou présente ..." is the government speaking, not a place
    ("Les forces russes ont quitté Kherson. Moscou présente ce retrait comme un « geste de bonne "
     "volonté ».", [("withdrawal", "Kherson", "RU")]),
    # "la ville russe de Belgorod" names a place: it is no reference back to Kharkiv
    ("Les forces russes ont bombardé Kharkiv. Des tirs ukrainiens ont visé la ville russe de "
     "Belgorod.", [("strike", "Kharkiv", "RU"), ("strike", "Belgorod", "UA")]),
    # "ne revendique pas encore d'entrée": no advance
    ("Les forces russes ont pilonné Tchassiv Iar. Moscou ne revendique pas encore d'entrée dans "
     "la ville.", [("strike", "Tchassiv Iar", "RU")]),
])
def test_fourth_pass_sentences(pipeline, text, expected):
    assert sorted(_claims(pipeline, text)) == sorted(expected)


def test_failed_breakthrough_is_no_advance(pipeline):
    text = ("Le gouverneur a déclaré que l'ennemi n'avait pas réussi à percer les lignes de défense "
            "ukrainiennes près de Lyptsi.")
    assert not [c for c in _claims(pipeline, text) if c[0] == "advance"]


ARTICLE_LYMAN = (
    "Ukraine : l'armée russe annonce son retrait de Lyman, nœud ferroviaire de l'Est\n"
    "\n"
    "MOSCOU, 1er octobre 2022 (AFP) - Le ministère russe de la Défense a annoncé samedi le "
    "retrait de ses troupes de Lyman, une ville stratégique de la région de Donetsk, au "
    "lendemain de la cérémonie d'annexion de quatre régions ukrainiennes par Vladimir Poutine.\n"
    "\n"
    "« En raison de la menace d'encerclement, les troupes alliées ont été retirées de la "
    "localité de Krasny Liman vers des lignes plus avantageuses », a indiqué le ministère dans "
    "un communiqué, utilisant le nom russe de la ville.\n"
    "\n"
    "Quelques heures plus tôt, l'armée ukrainienne avait affirmé avoir encerclé environ 5.000 "
    "soldats russes dans le secteur. « Les forces ukrainiennes sont entrées dans Lyman », a "
    "déclaré Serguiï Tcherevaty, porte-parole du groupement oriental des forces armées "
    "ukrainiennes, ajoutant que des combats se poursuivaient dans la ville.\n"
    "\n"
    "Les forces ukrainiennes ont également repris les villages de Yampil et de Drobycheve, au "
    "nord-est de Lyman, selon le président Volodymyr Zelensky. Ces informations n'ont pas pu "
    "être vérifiées de manière indépendante.\n"
    "\n"
    "Située à environ 160 km au nord de Donetsk, Lyman servait de plaque tournante logistique "
    "aux forces russes dans le nord du Donbass. Sa perte ouvre la voie vers Kreminna et "
    "Svatove, dans la région de Louhansk, estiment les analystes de l'Institute for the Study "
    "of War (ISW).\n"
    "\n"
    "Dans la nuit, des frappes russes ont par ailleurs touché Zaporijjia, où une personne a été "
    "tuée, selon le gouverneur régional Oleksandr Staroukh. Des missiles ont également visé "
    "Kharkiv, a précisé le maire Igor Terekhov."
)


def test_article_lyman(pipeline):
    claims = set(_claims(pipeline, ARTICLE_LYMAN, "2022-10-01"))
    assert {
        ("withdrawal", "Lyman", "RU"),
        ("advance", "Lyman", "UA"),
        ("capture", "Yampil", "UA"),
        ("capture", "Drobycheve", "UA"),
        ("strike", "Zaporijjia", "RU"),
        ("strike", "Kharkiv", "RU"),
    } <= claims
    # a distance reference, a road opened "vers" two towns and the regions carry no claim
    assert not {c for c in claims if c[1] in ("Donetsk", "Kreminna", "Svatove", "Louhansk",
                                               "Donbass")}


@pytest.mark.parametrize(("text", "claimant", "side"), [
    ("Les forces ukrainiennes ont dû quitter Marinka, a admis le commandant en chef Valeri "
     "Zaloujny.", "Ukrainian Commander-in-Chief Valerii Zaluzhnyi", "UA"),
    ("Sergueï Choïgou a affirmé que les troupes russes avaient pris Marinka.",
     "Russian defence minister Sergei Shoigu", "RU"),
    ("Selon Denis Pouchiline, les forces russes ont pris le contrôle de Krasnohorivka.",
     "Russian-installed Donetsk leader Denis Pushilin", "RU"),
    ("Evgueni Prigojine a affirmé que ses hommes avaient pris Soledar.",
     "Wagner chief Yevgeny Prigozhin", "RU"),
    ("Selon le parquet régional, un obus est tombé sur un marché de Kherson.",
     "the regional prosecutor's office", "UA"),
])
def test_claimants_in_french_spelling(pipeline, text, claimant, side):
    (claim,) = _extract(pipeline, text).claims
    assert (claim.claimant, claim.claimant_side.value) == (claimant, side)


def test_claimant_of_denied_russian_claims(pipeline):
    # the claim belongs to "les affirmations russes", not to the Ukrainian who denies it
    text = ("Le porte-parole du groupement « Khortytsia », Nazar Volochyn, a démenti les "
            "affirmations russes selon lesquelles l'armée russe serait entrée dans Koupiansk.")
    (claim,) = _extract(pipeline, text).claims
    assert (claim.type.value, claim.actor.value) == ("advance", "RU")
    assert claim.claimant_side.value == "RU"


@pytest.mark.parametrize(("text", "expected"), [
    # driving troops out of a place: the subject takes it; the troops driven out withdraw
    ("L'armée ukrainienne a chassé les troupes russes de Koupiansk.",
     [("capture", "Koupiansk", "UA")]),
    ("Les forces russes ont été chassées de Kozatcha Lopan, a annoncé l'armée ukrainienne.",
     [("withdrawal", "Kozatcha Lopan", "RU")]),
    # controlling half of a town is a foothold, not its capture
    ("Les Russes contrôlent désormais la moitié de Vovtchansk, selon l'ISW.",
     [("advance", "Vovtchansk", "RU")]),
    ("Les autorités d'occupation ont chassé les journalistes de Kherson.", []),
])
def test_driven_out_and_partial_control(pipeline, text, expected):
    assert _claims(pipeline, text) == expected


def test_border_town_is_no_reference_point(pipeline):
    # "la ville frontalière de X" names the town itself ("frontalière de" alone is a border)
    text = ("Selon le gouverneur régional, la ville frontalière de Vovtchansk a été la cible de "
            "bombardements massifs.")
    assert _claims(pipeline, text) == [("strike", "Vovtchansk", "RU")]


@pytest.mark.parametrize(("text", "expected"), [
    # the Russian ministry's "improved their positions" is an advance
    ("Le ministère russe de la Défense affirme que ses unités ont « amélioré leurs positions » "
     "dans le secteur de Bakhmout.", [("advance", "Bakhmout", "RU")]),
    ("Les troupes russes ont amélioré leur position tactique près d'Ivanivské, selon Moscou.",
     [("advance", "Ivanivské", "RU")]),
    # "à X et autour de Y": one event at both places
    ("Les forces ukrainiennes se sont repliées de certaines positions à Vovtchansk et autour de "
     "Loukiantsi.", [("withdrawal", "Vovtchansk", "UA"), ("withdrawal", "Loukiantsi", "UA")]),
])
def test_improved_positions_and_around_lists(pipeline, text, expected):
    assert sorted(_claims(pipeline, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # troops evacuating a town withdraw from it; evacuating civilians or the wounded is no claim
    ("Les troupes ukrainiennes ont évacué Avdiïvka dans la nuit de vendredi à samedi.",
     [("withdrawal", "Avdiïvka", "UA")]),
    ("Les soldats ukrainiens ont évacué les civils de Vovtchansk.", []),
    ("Les autorités ont évacué Pokrovsk.", []),
])
def test_troops_evacuating_a_town(pipeline, text, expected):
    assert _claims(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a stated lack of intention is no claim
    ("Le Kremlin a démenti toute intention d'attaquer Zaporijjia.", []),
    ("Moscou ne cherche pas pour l'instant à reprendre la rive droite, mais concentre ses "
     "réserves autour d'Oleshky.", []),
    # a capital that "speaks" stands for its government
    ("Koursk : la Russie affirme avoir repris Soudja, Kiev parle de « manœuvre »",
     [("capture", "Soudja", "RU")]),
    # the destination of a retreat is no place of the withdrawal
    ("Les troupes russes se sont retirées d'Izioum vers la région de Donetsk.",
     [("withdrawal", "Izioum", "RU")]),
    ("L'armée ukrainienne a reculé de Marinka en direction de Kourakhové.",
     [("withdrawal", "Marinka", "UA")]),
    # journalists who report what they saw are not the ones entering the town
    ("Des journalistes de l'AFP ont toutefois constaté vendredi que les soldats ukrainiens "
     "étaient entrés dans Boutcha.", [("advance", "Boutcha", "UA")]),
    ("Des journalistes sont entrés dans Boutcha.", []),
    # ", de X et de Y" lists share the trigger
    ("Les forces russes ont frappé les régions de Kharkiv, de Soumy et de Tchernihiv.",
     [("strike", "Kharkiv", "RU"), ("strike", "Soumy", "RU"), ("strike", "Tchernihiv", "RU")]),
    # an attempted crossing is an assault, not an advance
    ("Les troupes russes tentent de franchir la rivière près de Bilohorivka.",
     [("attack", "Bilohorivka", "RU")]),
])
def test_sixth_pass_sentences(pipeline, text, expected):
    assert sorted(_claims(pipeline, text)) == sorted(expected)


ARTICLE_SUDZHA = (
    "Koursk : la Russie affirme avoir repris Soudja, Kiev parle de « manœuvre »\n"
    "\n"
    "MOSCOU, 13 mars 2025 (AFP) - L'armée russe a annoncé jeudi avoir repris le contrôle de "
    "Soudja, la principale localité de la région de Koursk occupée depuis août par les forces "
    "ukrainiennes. Vladimir Poutine s'était rendu la veille, en treillis, dans un poste de "
    "commandement de la région.\n"
    "\n"
    "Selon le ministère russe de la Défense, les troupes russes ont également libéré les "
    "villages de Melovoï et de Podol. Ces affirmations n'ont pas pu être vérifiées de source "
    "indépendante.\n"
    "\n"
    "Le commandant en chef ukrainien Oleksandr Syrsky a indiqué que ses unités se retiraient "
    "« vers des positions plus favorables » afin d'éviter un encerclement. L'état-major "
    "ukrainien a démenti toute percée russe vers la région de Soumy, affirmant que les Russes "
    "n'avaient pas franchi la frontière.\n"
    "\n"
    "Mercredi soir, des drones ukrainiens ont visé une raffinerie à Tuapse, sur la mer Noire, "
    "a rapporté l'agence RIA Novosti, citant les autorités régionales de Krasnodar. Un "
    "incendie s'est déclaré mais a été rapidement maîtrisé.\n"
    "\n"
    "Dans l'est de l'Ukraine, les combats restent intenses autour de Toretsk et de Tchassiv "
    "Iar, selon le rapport matinal de l'état-major."
)


def test_article_sudzha(pipeline):
    claims = set(_claims(pipeline, ARTICLE_SUDZHA, "2025-03-13"))
    assert claims == {
        ("capture", "Soudja", "RU"), ("capture", "Melovoï", "RU"), ("capture", "Podol", "RU"),
        ("strike", "Tuapse", "UA"), ("attack", "Toretsk", None),
        ("attack", "Tchassiv Iar", None),
    }
