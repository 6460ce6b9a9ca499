"""English: claims of every type, non-claims, dates and place forms, in sentences written for
these tests (agency style)."""

from __future__ import annotations

import datetime as dt

import pytest

from langtools import LangHelpers

THU = "2024-02-22"  # a Thursday


_lang = LangHelpers("en", THU, sort=True)
_extract = _lang.process
_claims = _lang.claims


CASES = [
    # capture
    ("Russian forces have taken control of the village of Krasnohorivka, the defence ministry "
     "said.", [("capture", "Krasnohorivka", "RU")]),
    ("Ukrainian troops liberated Klishchiivka, south of Bakhmut, the army said.",
     [("capture", "Klishchiivka", "UA")]),
    ("Moscow's forces captured Marinka after more than a year of fighting.",
     [("capture", "Marinka", "RU")]),
    ("Ukraine's army recaptured Andriivka on Friday, the General Staff said.",
     [("capture", "Andriivka", "UA")]),
    ("The Russian Defence Ministry said its units had seized Novomykhailivka.",
     [("capture", "Novomykhailivka", "RU")]),
    ("Vuhledar fell to Russian troops on Wednesday.", [("capture", "Vuhledar", "RU")]),
    # advance
    ("Russian troops advanced toward Pokrovsk over the past 24 hours, Ukrainian officials said.",
     [("advance", "Pokrovsk", "RU")]),
    ("Ukrainian forces pushed into the outskirts of Robotyne on Thursday.",
     [("advance", "Robotyne", "UA")]),
    ("Russian units entered the eastern districts of Toretsk, military bloggers said.",
     [("advance", "Toretsk", "RU")]),
    ("Kyiv's troops made gains near Verbove, according to the Institute for the Study of War.",
     [("advance", "Verbove", "UA")]),
    ("Russian forces are closing in on Kurakhove from the south.",
     [("advance", "Kurakhove", "RU")]),
    ("Moscow's troops press towards the town of Kurakhove.", [("advance", "Kurakhove", "RU")]),
    ("Russian troops are inching closer to Pokrovsk.", [("advance", "Pokrovsk", "RU")]),
    # withdrawal
    ("Ukrainian troops withdrew from Avdiivka to avoid encirclement, the commander said.",
     [("withdrawal", "Avdiivka", "UA")]),
    ("Russian forces pulled out of Kherson city in November.", [("withdrawal", "Kherson", "RU")]),
    ("The Russian army retreated from Lyman on Saturday.", [("withdrawal", "Lyman", "RU")]),
    ("Ukrainian units abandoned positions near Orlivka overnight.",
     [("withdrawal", "Orlivka", "UA")]),
    ("Russia announced it would withdraw its troops from Izium.",
     [("withdrawal", "Izium", "RU")]),
    # attack
    ("Russian forces launched a new offensive near Vovchansk on Friday.",
     [("attack", "Vovchansk", "RU")]),
    ("Heavy fighting continued around Chasiv Yar, the General Staff said.",
     [("attack", "Chasiv Yar", None)]),
    ("Ukrainian forces repelled 14 Russian attacks near Kupiansk over the past day.",
     [("attack", "Kupiansk", "RU")]),
    ("Russian troops stormed the village of Synkivka three times on Wednesday.",
     [("attack", "Synkivka", "RU")]),
    ("Ukraine's counteroffensive toward Tokmak has slowed, Western officials said.",
     [("attack", "Tokmak", "UA")]),
    # strike
    ("Russian missiles struck Odesa overnight, killing two people.", [("strike", "Odesa", "RU")]),
    ("A Ukrainian drone attack hit an oil depot in Belgorod on Thursday.",
     [("strike", "Belgorod", "UA")]),
    ("Russian artillery shelled Nikopol across the river, the governor said.",
     [("strike", "Nikopol", "RU")]),
    ("Guided bombs hit Kostiantynivka in the morning, regional officials said.",
     [("strike", "Kostiantynivka", "RU")]),
    ("Russia attacked Kharkiv with drones overnight, the mayor said.",
     [("strike", "Kharkiv", "RU")]),
    # more inflected triggers, sector phrases and sides that are objects
    ("Ukrainian troops pushed toward Svatove after retaking Lyman.",
     [("advance", "Svatove", "UA"), ("capture", "Lyman", "UA")]),
    ("Russian troops retake Sudzha, Moscow says.", [("capture", "Sudzha", "RU")]),
    ("Russia's defence ministry said Ukrainian tank units had penetrated Russian defences near "
     "Dudchany.", [("advance", "Dudchany", "UA")]),
    ("Russian forces repelled four counterattacks near Kruhliakivka, the ministry said.",
     [("attack", "Kruhliakivka", "UA")]),
    ("The governor said Ukrainian drones attacked the town of Shebekino.",
     [("strike", "Shebekino", "UA")]),
    ("Russian troops continued their offensive in the direction of Sloviansk.",
     [("attack", "Sloviansk", "RU")]),
    ("Ukrainian forces broke through Russian defences, recapturing villages in the Kherson "
     "region.", [("capture", "Kherson", "UA")]),
    ("Russian units advanced deep into the enemy's defences and liberated Novodmytrivka, the "
     "Russian defence ministry said.", [("capture", "Novodmytrivka", "RU")]),
    # unsuccessful attempts are attacks, not advances
    ("In the Lyman direction, Russian troops tried to advance near Terny and Torske.",
     [("attack", "Terny", "RU"), ("attack", "Torske", "RU")]),
    ("Russian troops unsuccessfully tried to regain lost positions near Robotyne.",
     [("attack", "Robotyne", "RU")]),
    # "the Russian town of", "the eastern Ukrainian city of": a place's adjective, not a side
    ("Syrskyi says his troops have taken full control of the Russian town of Sudzha.",
     [("capture", "Sudzha", "UA")]),
    ("Wagner chief Yevgeny Prigozhin says his fighters have taken full control of the eastern "
     "Ukrainian city of Bakhmut after a battle lasting months.", [("capture", "Bakhmut", "RU")]),
    ("The governor accused Ukraine of striking a fuel depot in the city of Belgorod.",
     [("strike", "Belgorod", "UA")]),
    # TASS style: battlegroups are Russian, "improved their tactical position" is an advance
    ("Units of the Battlegroup West liberated the community of Zapadnoye in the Kharkov region.",
     [("capture", "Zapadnoye", "RU")]),
    ("Units of the Battlegroup South improved their tactical position near Chasov Yar.",
     [("advance", "Chasov Yar", "RU")]),
    ("Russia's defence ministry said its forces had completed the \"liberation\" of Soledar.",
     [("capture", "Soledar", "RU")]),
    ("Ukrainian troops crossed the border into Russia's Kursk region.",
     [("advance", "Kursk", "UA")]),
    ("The 3rd Separate Assault Brigade said its soldiers had retaken Andriivka.",
     [("capture", "Andriivka", "UA")]),
    # governors' tallies of shelling are strikes
    ("Russian forces attacked Kherson Oblast 79 times over the past day, firing 440 shells.",
     [("strike", "Kherson Oblast", "RU")]),
    # "including near the villages of": the list goes on after a sector
    ("Russian forces carried out 37 attacks in the Bakhmut direction over the past day, "
     "including near the villages of Orikhovo-Vasylivka and Ivanivske.",
     [("attack", "Bakhmut", "RU"), ("attack", "Orikhovo-Vasylivka", "RU"),
      ("attack", "Ivanivske", "RU")]),
    # pushing or driving the other side out of a place takes it; the side after it is the object
    ("UK Defence Intelligence said Russian forces had pushed Ukrainian units out of Sverdlikovo.",
     [("capture", "Sverdlikovo", "RU")]),
    ("Ukrainian troops drove Russian forces out of Kupiansk.", [("capture", "Kupiansk", "UA")]),
    # "cleared X of Russian groups": the side after "of" is the one driven out
    ("Ukrainian troops cleared the village of Kucheriv Yar of Russian sabotage groups.",
     [("capture", "Kucheriv Yar", "UA")]),
    # "attacked by drones" is a strike, also when the place comes first
    ("The city of Odesa was attacked by Russian drones last night.",
     [("strike", "Odesa", "RU")]),
    # "have broken into": an advance
    ("Russian units have broken into Pokrovsk, according to DeepState.",
     [("advance", "Pokrovsk", "RU")]),
    # "moved to more advantageous lines": a withdrawal
    ("Ukraine's General Staff said its units had moved to \"more advantageous lines\" near "
     "Sudzha.", [("withdrawal", "Sudzha", "UA")]),
]

NOT_CLAIMS = [
    "Russia has not taken Chasiv Yar, the Ukrainian army said.",
    "Moscow aims to capture the whole of Donetsk region.",
    "If Pokrovsk falls, Russia could advance toward Dnipro.",
    "Ukraine captured 60 Russian soldiers near Robotyne.",
    "Thousands of residents have left Kupiansk since August.",
    "The grain ship left Odesa on Monday.",
    "Russia's withdrawal from the Black Sea Grain Initiative angered Kyiv.",
    "Lysychansk was the last major city in the Luhansk region still under Ukrainian control.",
    "The war is part of Moscow's campaign to seize the whole of the Donbas region.",
    "The city has been targeted since the region was annexed by Moscow.",
    "Kyiv is trying to prevent the encirclement of Pokrovsk.",
    "Its capture would give Russia little advantage, but it could open the way towards Kramatorsk.",
    "Russian forces were massing near Izium for an offensive towards Sloviansk.",
    # "no plans to withdraw" (withdrawals are exempt from intentions, so the negation counts)
    "Syrskyi said on Monday that Kyiv had no plans to withdraw from Bakhmut.",
    "The Kremlin said Russia had no intention of leaving Kherson.",
    # a threat of an event is no event
    "Syrskyi said there was no threat of encirclement of Ukrainian troops in the Kursk region.",
    # "Kyiv launched": the capital stands for its government
    "Maliar reported the first gains since Kyiv launched its counteroffensive.",
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
    ("Russian missiles hit Odesa on Tuesday.", dt.date(2024, 2, 20)),
    ("Russian missiles hit Odesa overnight.", dt.date(2024, 2, 22)),
    ("Russian missiles hit Odesa yesterday.", dt.date(2024, 2, 21)),
    ("Russian missiles hit Odesa on February 10.", dt.date(2024, 2, 10)),
    ("Russian missiles hit Odesa on 3 January 2024.", dt.date(2024, 1, 3)),
    ("Russian missiles hit Odesa, officials said on Monday.", dt.date(2024, 2, 19)),
    ("Ukrainian drones attacked Moscow overnight into Tuesday.", dt.date(2024, 2, 20)),
    ("Russian missiles hit Odesa two days after the summit.", None),
    # "earlier in the week" is a week, not the day of the report (and no single day)
    ("Russian missiles hit Odesa earlier in the week.", None),
])
def test_event_date(pipeline, text, day):
    (claim,) = _extract(pipeline, text).claims
    assert claim.event_date == day


def test_claimant_and_verification(pipeline):
    text = ("Russia's defence ministry said its forces had taken Krynky. Ukraine's military "
            "denied that Krynky had fallen. The report could not be independently verified.")
    (claim,) = _extract(pipeline, text).claims
    assert (claim.claimant, claim.claimant_side.value) == ("Russian Ministry of Defence", "RU")
    assert claim.status.value == "denied" and claim.verified is False


@pytest.mark.parametrize(("text", "claimant", "side"), [
    ("The General Staff of the Armed Forces of Ukraine reported that Russian troops attacked "
     "Kupiansk.", "Ukrainian General Staff", "UA"),
    ("Russian forces withdrew from areas around Kharkiv, the General Staff of Ukraine's Armed "
     "Forces said.", "Ukrainian General Staff", "UA"),
    ("Russian war bloggers reported that Moscow's troops had captured Krynky.",
     "military bloggers", "third"),
    ("DeepState, a group with close ties to the Ukrainian military, said Russian units had moved "
     "towards Kucheriv Yar.", "DeepState (Ukrainian monitoring group)", "third"),
    ("Ukrainian drones hit an oil depot in Bryansk overnight, a source in Ukraine's SBU security "
     "service told Reuters.", "Ukrainian Security Service (SBU)", "UA"),
    ("Analysts said Moscow's troops are pressing toward the town of Chasiv Yar.", "analysts",
     "third"),
    ("The 3rd Separate Assault Brigade said its soldiers had retaken Andriivka.",
     "Ukrainian brigade", "UA"),
    ("The head of the Wagner private military company claimed that his forces had taken full "
     "control of Bakhmut.", "Wagner Group chief", "RU"),
    ("The UK said Ukrainian forces had likely encircled the town of Kupiansk.",
     "United Kingdom", "third"),
    ("Russian forces attempted to cross the border near the village of Novenke, according to "
     "Andriy Demchenko, spokesman for the State Border Guard Service.",
     "State Border Guard Service of Ukraine", "UA"),
    ("Russian troops stormed Vuhledar on Wednesday, a spokesman for Ukraine's Tavria group of "
     "forces said.", "Ukrainian military", "UA"),
])
def test_claimant(pipeline, text, claimant, side):
    (claim,) = _extract(pipeline, text).claims
    assert (claim.claimant, claim.claimant_side.value) == (claimant, side)


def test_not_able_to_verify(pipeline):
    text = ("Russia's defence ministry said its forces had taken Kalynove. The BBC has not been "
            "able to verify this.")
    (claim,) = _extract(pipeline, text).claims
    assert claim.verified is False


def test_headline_words_are_not_places(pipeline):
    places = {p.mention.surface for p in
              _extract(pipeline, "Ukraine Confirms Its Retreat From Lysychansk").places}
    assert "Retreat" not in places and "Lysychansk" in places


ARTICLE = """Ukraine war latest: Russia retreats from Kharkiv, shelling continues in Donbas

Key developments on May 13:

- General Staff: Russian troops withdrawing from Kharkiv Oblast
- Ukrainian forces push Russians toward the border
- Russian shelling kills 12 in Luhansk Oblast

Russian forces are withdrawing from the areas around Kharkiv, the General Staff of Ukraine's \
Armed Forces said in its May 13 morning update.

Ukraine's 93rd Brigade recaptured the villages of Rubizhne, Bayrak and Verkhnii Saltiv, \
according to the General Staff. Ukrainian troops are moving toward the Russian border, Kharkiv \
Oblast Governor Oleh Syniehubov said on May 12.

According to UK intelligence, Russia has withdrawn units from Kharkiv to redeploy them to the \
east, east of the Siverskyi Donets River.

In Luhansk Oblast, Russian troops shelled Sievierodonetsk and Lysychansk over the past 24 hours, \
killing 12 people, Governor Serhiy Haidai said. He added that Russian forces attempted to storm \
Bilohorivka but were repulsed.

Russian troops continue their offensive in the direction of Sloviansk, the General Staff \
reported. Fighting is ongoing near the village of Dovhenke, north of Sloviansk.

Russian troops also hit Mykolaiv with cluster munitions, Mayor Oleksandr Senkevych said.

The Kremlin said Russia had no plans to leave occupied territories of Ukraine.
"""


def test_article(pipeline):
    claims = set(_claims(pipeline, ARTICLE, published="2022-05-13"))
    assert claims == {
        ("withdrawal", "Kharkiv", "RU"), ("withdrawal", "Kharkiv Oblast", "RU"),
        ("strike", "Donbas", "RU"), ("strike", "Luhansk Oblast", "RU"),
        ("capture", "Rubizhne", "UA"), ("capture", "Bayrak", "UA"),
        ("capture", "Verkhnii Saltiv", "UA"),
        ("strike", "Sievierodonetsk", "RU"), ("strike", "Lysychansk", "RU"),
        ("attack", "Bilohorivka", "RU"), ("attack", "Sloviansk", "RU"),
        ("attack", "Dovhenke", "RU"), ("strike", "Mykolaiv", "RU"),
    }


@pytest.mark.parametrize(("text", "surface", "name", "kind"), [
    ("Shelling hit the Donetsk region.", "Donetsk", "Donetsk Oblast", "region"),
    ("Fighting raged in Zaporizhzhia Oblast.", "Zaporizhzhia Oblast", "Zaporizhzhia Oblast",
     "region"),
    ("Attacks in the Bakhmut direction continued.", "Bakhmut", "Bakhmut", "settlement"),
    ("Kyiv’s air defences were busy.", "Kyiv", "Kyiv", "settlement"),
    ("Drones hit the DPR capital.", "DPR", "Donetsk Oblast", "region"),
    ("Strikes hit the Kursk region.", "Kursk", "Kursk Oblast", "region"),
    ("Russian shelling of Nikopol damaged homes, Dnipropetrovsk Regional Governor Serhii Lysak "
     "said.", "Dnipropetrovsk", "Dnipropetrovsk Oblast", "region"),
])
def test_place_forms(pipeline, text, surface, name, kind):
    places = {p.mention.surface: p for p in _extract(pipeline, text).places}
    assert places[surface].entry.name == name and places[surface].entry.kind.value == kind


# An agency report in AP style (written for these tests), no date header.
ARTICLE_AP = """KHARKIV, Ukraine (AP) — Russian troops pushed deeper into Ukraine's northeastern \
Kharkiv region on Sunday, forcing Ukrainian units to pull back from positions near two villages \
and prompting the evacuation of thousands of civilians, officials said.

The surprise ground offensive, launched early Friday, has opened a new front about 70 kilometers \
(45 miles) north of the city of Kharkiv. Ukraine's military said its forces had withdrawn from \
around Lukyantsi and Vovchansk's northern outskirts "to preserve the lives of our servicemen."

Russia's Defense Ministry said its troops had captured nine villages in the region since Friday, \
including Hlyboke, Strilecha and Pylna. The AP could not independently verify those claims.

Kharkiv Gov. Oleh Syniehubov said Russian forces were shelling Vovchansk, a town of about 3,000 \
people just 5 kilometers from the border, around the clock. More than 4,000 people had been \
evacuated from border communities, he said.

In the city of Kharkiv, a Russian glide bomb hit a residential building on Sunday afternoon, \
wounding at least nine people, Mayor Ihor Terekhov said.

Analysts said the Russian push aims to draw Ukrainian forces away from the Donetsk region, where \
Moscow's troops are pressing toward the town of Chasiv Yar.

Ukrainian President Volodymyr Zelenskyy said Kyiv had sent reinforcements to the area and that \
fighting there was intense.
"""


def test_article_ap(pipeline):
    claims = set(_claims(pipeline, ARTICLE_AP, published=None))
    assert claims == {
        ("advance", "Kharkiv", "RU"), ("withdrawal", "Lukyantsi", "UA"),
        ("withdrawal", "Vovchansk", "UA"), ("capture", "Hlyboke", "RU"),
        ("capture", "Strilecha", "RU"), ("capture", "Pylna", "RU"),
        ("strike", "Vovchansk", "RU"), ("strike", "Kharkiv", "RU"),
        ("advance", "Chasiv Yar", "RU"),
    }


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyiv was hit by Russian missiles overnight.", [("strike", "Kyiv", "RU")]),
    ("Kharkiv has been struck again by Russian drones.", [("strike", "Kharkiv", "RU")]),
    # "took place" is no capture
    ("Fierce battles took place near Pokrovsk.", [("attack", "Pokrovsk", None)]),
])
def test_passive_hits_on_a_capital_and_took_place(pipeline, text, expected):
    assert _claims(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # origin_preps: an advance "from X towards Y" is at Y
    ("Russian forces had advanced from Popasna towards Bakhmut, British intelligence said.",
     [("advance", "Bakhmut", "RU")]),
    # "Luhansk regional governor": the place qualifies the office
    ("Luhansk regional governor Serhiy Gaidai said Russian troops had entered the outskirts "
     "of Sievierodonetsk.",
     [("advance", "Sievierodonetsk", "RU")]),
    # drones "had attacked" a city: a strike
    ("The governor said Ukrainian drones had attacked the city of Belgorod overnight.",
     [("strike", "Belgorod", "UA")]),
    # "encircled" is an attack ("surrounded" is left out: the shared gold does not count
    # "as Ukrainian forces surrounded it" as one)
    ("Ukrainian forces had likely encircled the town of Kupiansk.",
     [("attack", "Kupiansk", "UA")]),
    # "pushed Russian troops back" is the pusher's advance
    ("Ukrainian forces pushed Russian troops back from positions near Davydiv Brid.",
     [("advance", "Davydiv Brid", "UA")]),
    # "had fallen", with "the entire town" as anaphora
    ("Russia's Defence Ministry said its troops had entered Kurakhove. Moscow said the entire "
     "town had fallen.", [("advance", "Kurakhove", "RU"), ("capture", "Kurakhove", "RU")]),
    # aims, expectations and "may have to" are not claims
    ("Moscow has not given up on its goal of seizing the whole of Donetsk Oblast.", []),
    ("Military analysts expect Ukrainian troops to strike toward Melitopol.", []),
    ("Ukraine may have to withdraw from Sievierodonetsk, Gaidai said.", []),
])
def test_pass5_forms(pipeline, text, expected):
    assert _claims(pipeline, text) == sorted(expected)


# A wire report in Ukrinform style (written for these tests), with a date header.
ARTICLE_UKRINFORM = """Ukrainian forces liberate Urozhaine in Donetsk region

Ukraine's Defence Forces have liberated the village of Urozhaine in Donetsk region, Deputy \
Defence Minister Hanna Maliar said on Wednesday.

"Urozhaine has been liberated. Our defenders are entrenching on the outskirts," Maliar wrote on \
Telegram. The village lies about 90 km southwest of Donetsk, on the Mokri Yaly river, and is \
adjacent to Staromaiorske, which Ukrainian troops retook in late July.

According to the General Staff of the Armed Forces of Ukraine, over the past day Ukrainian troops \
repelled 18 Russian attacks in the Lyman, Bakhmut and Marinka directions. Russian forces \
unsuccessfully tried to regain lost positions near Klishchiivka and Andriivka, south of Bakhmut.

The enemy also launched three missile strikes and 41 air strikes, hitting Kupiansk and Orikhiv, \
the General Staff said. In Kherson region, Russian troops shelled Beryslav and Antonivka.

The Russian Defence Ministry claimed its units had repelled a Ukrainian attack near Urozhaine and \
did not acknowledge the loss of the village. Ukrinform could not independently verify the reports.

Russia is not expected to launch a new offensive toward Kupiansk before autumn, the spokesman of \
the Eastern Group of Forces, Serhii Cherevatyi, said.
"""


def test_article_ukrinform(pipeline):
    claims = set(_claims(pipeline, ARTICLE_UKRINFORM, published="2023-08-17"))
    assert claims == {
        ("capture", "Urozhaine", "UA"), ("capture", "Staromaiorske", "UA"),
        ("attack", "Lyman", "RU"), ("attack", "Bakhmut", "RU"), ("attack", "Marinka", "RU"),
        ("attack", "Klishchiivka", "RU"), ("attack", "Andriivka", "RU"),
        ("strike", "Kupiansk", "RU"), ("strike", "Orikhiv", "RU"),
        ("strike", "Beryslav", "RU"), ("strike", "Antonivka", "RU"),
        ("attack", "Urozhaine", "UA"),
    }


def test_the_fall_of_the_town_is_of_the_town_named_before(pipeline):
    text = ("Russian troops captured Avdiivka on Saturday. The fall of the town will let "
            "Russian forces advance towards Ocheretyne.")
    claims = _extract(pipeline, text).claims
    assert {c.place.mention.surface for c in claims} == {"Avdiivka"}


# A news-agency report (written for these tests), 2025: breakthroughs, a clearing operation,
# a denied capture and strikes on two cities.
ARTICLE_POKROVSK = """Russian troops close in on Pokrovsk as Kyiv reports breakthrough near Dobropillia \
halted

Russian units have broken into the eastern outskirts of Pokrovsk and are fighting in the town, \
according to the Ukrainian monitoring project DeepState, while Kyiv said on Tuesday it had \
stopped a Russian breakthrough north-east of Dobropillia.

Ukrainian troops cleared the villages of Zolotyi Kolodiaz and Kucheriv Yar of Russian sabotage \
groups, the Dnipro operational-strategic group of forces said on Tuesday.

Russian forces launched 86 attacks in the Pokrovsk direction over the past day, the General \
Staff said, the highest number along the front. The enemy is also attacking near \
Kostiantynivka, where heavy fighting has been ongoing since June.

The Russian defence ministry claimed on Monday that its forces had taken control of Kleban-Byk, \
near Kostiantynivka. Ukrainian officials denied this.

A Russian ballistic missile struck Kharkiv early on Wednesday, killing two people, Mayor Ihor \
Terekhov said. The city of Odesa was also attacked by drones last night, Odesa regional \
governor Oleh Kiper said.
"""


def test_article_pokrovsk(pipeline):
    claims = set(_claims(pipeline, ARTICLE_POKROVSK, published="2025-08-20"))
    assert claims == {
        ("advance", "Pokrovsk", "RU"), ("attack", "Pokrovsk", "RU"),
        ("capture", "Zolotyi Kolodiaz", "UA"), ("capture", "Kucheriv Yar", "UA"),
        ("attack", "Kostiantynivka", "RU"), ("capture", "Kleban-Byk", "RU"),
        ("strike", "Kharkiv", "RU"), ("strike", "Odesa", "RU"),
    }
    by_place = {c.place.mention.surface: c for c in
                _extract(pipeline, ARTICLE_POKROVSK, published="2025-08-20").claims}
    assert by_place["Kleban-Byk"].status.value == "denied"
    assert (by_place["Kucheriv Yar"].claimant, by_place["Kucheriv Yar"].claimant_side.value) == (
        "Ukrainian military", "UA")
