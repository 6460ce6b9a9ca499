"""Spotting: names as written in real articles, with the hints and roles around them."""

from __future__ import annotations

import pytest

from conftest import article_from_gold
from frontmap.languages import get_language
from frontmap.reading import make_article
from frontmap.vocab import PlaceKind


def _spot(pipeline, text, lang="en"):
    article = make_article(text, id="t", source="test")
    return pipeline.spotter.spot(article, get_language(lang))


def test_seed_surfaces_are_found(pipeline, seeds_gold):
    for record in seeds_gold:
        article = article_from_gold(record)
        lang = get_language(record["lang"])
        found = {m.surface for m in pipeline.spotter.spot(article, lang)}
        wanted = {s for t in record["toponyms"] if t.get("lat") is not None
                  and t["kind"] == "settlement" for s in t["surfaces"]}
        assert wanted <= found | {"Russian Federation"}, (record["id"], wanted - found)


def test_multiword_and_inflected_names(pipeline):
    mentions = _spot(pipeline, "Russiske styrker har tatt Rai Oleksandrivka og Loskutivka. "
                               "Kharkivs forsvarere holder stand.", "no")
    assert [m.surface for m in mentions] == ["Rai Oleksandrivka", "Loskutivka", "Kharkivs"]
    assert mentions[2].rule.startswith("suffix")


def test_region_hints_spread_over_lists(pipeline):
    mentions = _spot(pipeline, "Fighting continued in the Kharkiv, Luhansk, and Donetsk regions.")
    assert [(m.surface, m.hint) for m in mentions] == [
        ("Kharkiv", PlaceKind.REGION), ("Luhansk", PlaceKind.REGION), ("Donetsk", PlaceKind.REGION)]
    mentions = _spot(pipeline, "De evakuerer folk fra regionene Donetsk og Luhansk.", "no")
    assert [m.hint for m in mentions] == [PlaceKind.REGION, PlaceKind.REGION]


def test_compounds_and_sectors(pipeline):
    mentions = _spot(pipeline, "Kampene i Luhanskregionens byer og Donbas-regionen fortsetter.", "no")
    assert [(m.surface, m.hint) for m in mentions] == [
        ("Luhanskregionens", PlaceKind.REGION), ("Donbas", PlaceKind.REGION)]
    sector = _spot(pipeline, "Attacks in the Avdiivka and Kupiansk sectors were unsuccessful.")
    assert [m.direction for m in sector] == [True, True]


def test_roles_block_claims_but_keep_places(pipeline):
    text = ("Luhansk governor Serhiy Haidai said fighting raged 80 km north of Donetsk. "
            "KYIV (Reuters) - Kyiv's claims were rejected at the Munich Security Conference.")
    roles = {m.surface: m.role for m in _spot(pipeline, text)}
    assert roles["Luhansk"] == "office"
    assert roles["Donetsk"] == "reference"
    assert roles["KYIV"] == "dateline"
    assert roles["Kyiv"] == "metonym"
    assert roles["Munich"] == "name"


def test_people_and_common_words_are_not_places(pipeline):
    surfaces = {m.surface for m in _spot(
        pipeline, "Vladimir Putin met Vice President Kamala Harris. Man har ødelagt lagre. "
                  "May was quiet. Her er byen.", "en")}
    assert not surfaces & {"Vladimir", "Putin", "Kamala", "May", "Man", "Her"}


@pytest.mark.parametrize(("lang", "text", "surface", "is_place"), [
    ("it", "Missili russi hanno colpito Kremenchuk.", "Kremenchuk", True),
    ("es", "El gobernador confirmó daños en una planta de gas en Kremenchuk.", "Kremenchuk", True),
    ("en", "Taras Shevchenko was a poet.", "Shevchenko", False),
    ("en", "Oleksandr Kovalchuk said the unit held its ground.", "Kovalchuk", False),
])
def test_a_city_with_a_surnames_ending_is_still_a_city(pipeline, lang, text, surface, is_place):
    """The surname rule ("-chuk", "-enko") gives way to a populous administrative seat."""
    article = make_article(text, id="t", source="test", lang=lang)
    surfaces = {p.mention.surface for p in pipeline.process(article).places}
    assert (surface in surfaces) is is_place


@pytest.mark.parametrize(("lang", "text", "datelines"), [
    ("en", "KYIV, June 3 (Ukrinform) - Fighting raged near Pokrovsk.", ["KYIV"]),
    ("nl", "MOSKOU/KYIV (ANP/Reuters) - Russische troepen hebben Avdiivka verlaten.",
     ["MOSKOU", "KYIV"]),
    ("fr", "Kyiv, le 12 juin 2023 (Ukrinform) — Les forces ukrainiennes ont libéré Neskoutchne.",
     ["Kyiv"]),
    ("cs", "Kyjev - Ruské jednotky obsadily obec Pervomajske.", ["Kyjev"]),
    # two places of a dateline in ordinary case: both are datelines
    ("de", "Moskau/Kiew (AFP) - Die russischen Streitkräfte haben zwei Ortschaften eingenommen.",
     ["Moskau", "Kiew"]),
    ("fr", "Moscou/Kiev (AFP) - Les forces russes ont pris deux villages.", ["Moscou", "Kiev"]),
    # a capital opening an ordinary sentence is no dateline
    ("en", "Kyiv was hit by Russian missiles overnight.", []),
])
def test_datelines_in_their_agency_forms(pipeline, lang, text, datelines):
    """Where a report was filed carries no claim, in the forms agencies write it."""
    article = make_article(text, id="t", source="test", lang=lang)
    places = pipeline.process(article).places
    assert [p.mention.surface for p in places if p.mention.role == "dateline"] == datelines


@pytest.mark.parametrize(("lang", "text", "surface", "is_place"), [
    # a town whose name is a common word ("лиман", an estuary) opening a sentence, placed in
    # a named region
    ("uk", "Лиман у Донецькій області повністю звільнено від окупантів.", "Лиман", True),
    # a function word opening a sentence stays a word
    ("en", "Her in Kyiv, people are tired.", "Her", False),
])
def test_a_sentence_opening_word_placed_in_a_named_region(pipeline, lang, text, surface,
                                                           is_place):
    article = make_article(text, id="t", source="test", lang=lang)
    surfaces = {p.mention.surface for p in pipeline.process(article).places}
    assert (surface in surfaces) is is_place


@pytest.mark.parametrize(("lang", "text", "places"), [
    # a list of sector adjectives shares the noun after the last one or before the first one
    ("ru", "Российские войска отступили на киевском и черниговском направлениях.",
     ["Kyiv", "Chernihiv"]),
    ("pl", "Obrońcy odparli ataki na kierunku donieckim i ługańskim.", ["Donetsk", "Luhansk"]),
    ("pl", "Walki toczą się na kierunkach kupiańskim, bachmuckim i łymańskim.",
     ["Kupiansk", "Bakhmut", "Lyman"]),
    ("uk", "Ворог атакував на покровському та курахівському напрямках.",
     ["Pokrovsk", "Kurakhove"]),
])
def test_adjective_lists_share_their_sector_noun(pipeline, lang, text, places):
    article = make_article(text, id="t", source="test", lang=lang)
    assert [p.entry.name for p in pipeline.process(article).places] == places


@pytest.mark.parametrize(("lang", "text", "place"), [
    # a region word before a capital's exonym known only for the city: the oblast, and the
    # capital's name after a region word is no government ("Region Kiew ist …")
    ("de", "Russische Truppen ziehen sich aus Gebiet Kiew zurück.", "Kyiv Oblast"),
    ("de", "Die gesamte Region Kiew ist befreit.", "Kyiv Oblast"),
    ("fr", "Les troupes russes se retirent de la région de Kiev.", "Kyiv Oblast"),
    ("cs", "Ukrajinská vojska převzala kontrolu nad celou Kyjevskou oblastí.", "Kyiv Oblast"),
    ("de", "Russische Truppen ziehen sich aus Kiew zurück.", "Kyiv"),
])
def test_a_region_named_after_the_capital(pipeline, lang, text, place):
    article = make_article(text, id="t", source="test", lang=lang, published="2022-04-02")
    claims = pipeline.process(article).claims
    assert [c.place.entry.name for c in claims] == [place]


@pytest.mark.parametrize(("lang", "text", "surfaces"), [
    # a surname seen in a person's name stays the person when named alone later
    ("sv", "Ryssarna försökte ta staden Voznesensk, uppger guvernör Vitalij Kim. Enligt Kim drog "
     "sig förbanden tillbaka, skriver Kim på Telegram.", ["Voznesensk"]),
    ("it", "Lo ha detto il governatore Vitalij Kim. Secondo Kim, i russi hanno bombardato "
     "Mykolaiv.", ["Mykolaiv"]),
    # a hyphenated name is not cut to its first part; known parts and common words still are
    ("sv", "Ryska styrkor har intagit Orichovo-Vasyljivka.", []),
    ("de", "Die Russen greifen bei Bachmut-Soledar an.", ["Bachmut", "Soledar"]),
    ("de", "Die Cherson-Offensive geht weiter.", ["Cherson"]),
])
def test_names_of_people_and_parts_of_names_are_no_places(pipeline, lang, text, surfaces):
    article = make_article(text, id="t", source="test", lang=lang)
    assert [p.mention.surface for p in pipeline.process(article).places] == surfaces
