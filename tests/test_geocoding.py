"""Geocoding: the article decides among same-named places."""

from __future__ import annotations

import pytest

from conftest import article_from_gold
from frontmap.reading import make_article


def _places(pipeline, text, lang="en"):
    article = make_article(text, id="t", source="test", lang=lang)
    return {p.mention.surface: p for p in pipeline.process(article).places}


def test_rai_oleksandrivka_next_to_lysychansk(pipeline):
    places = _places(pipeline, "Russian forces took Loskutivka and Rai Oleksandrivka, south of "
                               "Lysychansk and Sievierodonetsk.")
    assert places["Rai Oleksandrivka"].entry.admin1 == "Luhansk Oblast"
    assert places["Rai Oleksandrivka"].alternatives  # the Donetsk one is kept as runner-up


def test_region_or_city_by_context(pipeline):
    places = _places(pipeline, "Shelling hit Donetsk city. Fighting raged in the Donetsk region.")
    kinds = sorted((p.mention.start, p.entry.kind.value) for p in places.values())
    assert [k for _, k in kinds] == ["settlement", "region"] or len(places) == 1
    one = _places(pipeline, "Russian missiles hit Kharkiv overnight.")
    assert one["Kharkiv"].entry.feature_code == "PPLA"


def test_front_line_village_wins_over_namesake(pipeline):
    places = _places(pipeline, "Ukrainske styrker har tatt tilbake landsbyen Storozjeve i fylket "
                               "Donetsk i det østlige Ukraina.", "no")
    assert places["Storozjeve"].entry.admin1 == "Donetsk Oblast"
    assert places["Ukraina"].entry.kind.value == "country"


def test_every_place_has_reasons_and_confidence(pipeline, dev_gold):
    for record in dev_gold[:8]:
        extraction = pipeline.process(article_from_gold(record))
        for place in extraction.places:
            assert place.reason and 0 <= place.confidence <= 1
            assert place.precision.value in {"settlement", "raion", "oblast", "country", "other"}


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("it", "Le forze russe avanzano nella regione di Kharkiv. Un attacco missilistico russo ha "
           "colpito Kharkiv nella notte.", "Kharkiv", "Kharkiv"),
    ("en", "Russian forces advanced in the Kharkiv region. Overnight, a missile strike on "
           "Kharkiv killed two people.", "Kharkiv", "Kharkiv"),
    # without a strike, a bare name in an article about "X region" is the region
    ("en", "The governor of the Luhansk region said Russian forces had taken two more villages "
           "in Luhansk.", "Luhansk", "Luhansk Oblast"),
])
def test_what_a_strike_hits_is_the_city(pipeline, lang, text, surface, name):
    places = pipeline.process(make_article(text, id="t", source="test", lang=lang)).places
    last = [p for p in places if p.mention.surface == surface][-1]
    assert last.entry.name == name


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("uk", "Росіяни вночі обстріляли Харків. Про це повідомив голова Харківської ОВА.",
     "Харків", "Kharkiv"),
    ("ru", "Ночью Россия атаковала Одессу, сообщил глава Одесской ОВА.", "Одессу", "Odesa"),
    ("pl", "Gubernator obwodu mikołajowskiego podał, że Rosjanie ostrzelali Mikołajów.",
     "Mikołajów", "Mykolaiv"),
    ("uk", "Бої тривають на півночі Харківської області, а в Харкові знову лунають вибухи.",
     "Харкові", "Kharkiv"),
])
def test_beside_an_adjectival_oblast_the_capitals_name_is_the_city(pipeline, lang, text,
                                                                     surface, name):
    """Where oblasts are adjectives ("Харківської області"), the capital's noun is the city."""
    assert _places(pipeline, text, lang)[surface].entry.name == name


@pytest.mark.parametrize(("lang", "text", "surface", "admin1"), [
    ("es", "Las tropas rusas han conquistado la aldea de Ivanivka, en la región de Járkov.",
     "Ivanivka", "Kharkiv Oblast"),
    # the stated oblast beats another oblast the article names first
    ("da", "Russiske styrker angreb Zaporizjzja-regionen. Ukrainske styrker har generobret "
           "landsbyen Urozjajne i Donetsk-provinsen.", "Urozjajne", "Donetsk Oblast"),
    # and it covers the whole list before it
    ("en", "Russian forces took Ivanivka and Vesele in the Kharkiv region.", "Vesele",
     "Kharkiv Oblast"),
])
def test_the_region_named_after_a_place_contains_it(pipeline, lang, text, surface, admin1):
    assert _places(pipeline, text, lang)[surface].entry.admin1 == admin1


@pytest.mark.parametrize(("lang", "text", "surface", "admin1"), [
    ("fr", "Dans la région de Kharkiv, le village de Zolotchiv a été visé par des missiles russes.",
     "Zolotchiv", "Kharkiv Oblast"),
    ("sv", "I Donetsk oblast har ryska trupper tagit byn Vilne Pole, och i Sumyregionen hävdar "
           "Ryssland att man har intagit orterna Kostjantynivka och Oleksijivka.", "Oleksijivka",
     "Sumy Oblast"),
    # a region that contains the place before it opens nothing for the places after it
    ("en", "Ukrainian troops were moving toward Svatove in Luhansk region after retaking the "
           "railway hub of Lyman on Saturday.", "Lyman", "Donetsk Oblast"),
])
def test_a_region_opening_the_clause_holds_the_places_after_it(pipeline, lang, text, surface,
                                                               admin1):
    assert _places(pipeline, text, lang)[surface].entry.admin1 == admin1
