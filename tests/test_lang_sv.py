"""Swedish (sv.toml): claims, non-claims, dates and place names in sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from langtools import LangHelpers

LANG = "sv"
THU = "2023-02-02"  # a Thursday


_lang = LangHelpers(LANG, THU)
_process = _lang.process
_claims = _lang.claims


def _xfail(*values, reason):
    return pytest.param(*values, marks=pytest.mark.xfail(reason=reason, strict=False))


SENTENCE_START = ("spotting: a place opening a sentence is dropped when its name is a moderately "
                  "frequent word (Lyman: zipf 2.7 >= 2.5)")

# (sentence, expected (type, surface, actor) claims)
CASES = [
    # capture
    ("Ryska styrkor har tagit kontroll över byn Otjeretyne i Donetsk-regionen, uppger ryska "
     "försvarsministeriet.", [("capture", "Otjeretyne", "RU")]),
    ("Den ukrainska armén har befriat Klisjtjijivka söder om Bachmut.",
     [("capture", "Klisjtjijivka", "UA")]),
    ("I går intog ryska styrkor staden Marinka, enligt ryska medier.",
     [("capture", "Marinka", "RU")]),
    ("Ryssland har erövrat Avdijivka efter månader av strider.", [("capture", "Avdijivka", "RU")]),
    ("Staden Bachmut har erövrats av ryska styrkor.", [("capture", "Bachmut", "RU")]),
    ("Cherson befriades av den ukrainska armén i november.", [("capture", "Cherson", "UA")]),
    ("Enligt ryska försvarsministeriet har ryska styrkor intagit Pervomajske.",
     [("capture", "Pervomajske", "RU")]),
    ("Moskvatrogna styrkor uppger att de erövrat Lysytjansk.",
     [("capture", "Lysytjansk", "RU")]),
    # "i Zaporizjzja" after a village of that oblast is the oblast, not a second claim
    ("Ukrainska trupper har återerövrat byn Robotyne i Zaporizjzja.",
     [("capture", "Robotyne", "UA")]),
    ("Lyman är nu under ukrainsk kontroll, uppger armén.", [("capture", "Lyman", "UA")]),
    # advance
    ("Ryska styrkor har avancerat mot Pokrovsk under det senaste dygnet.",
     [("advance", "Pokrovsk", "RU")]),
    ("Ukrainska enheter har ryckt fram nära Kupjansk.", [("advance", "Kupjansk", "UA")]),
    ("Ryska trupper har trängt in i utkanten av Tjasiv Jar.", [("advance", "Tjasiv Jar", "RU")]),
    ("Ryska soldater närmar sig Toretsk från öster.", [("advance", "Toretsk", "RU")]),
    ("Ukrainska styrkor har gjort framsteg vid Bachmut, enligt generalstaben.",
     [("advance", "Bachmut", "UA")]),
    ("Invasionsstyrkorna har ryckt fram mot Vuhledar.", [("advance", "Vuhledar", "RU")]),
    ("I går avancerade ryska styrkor mot Vuhledar.", [("advance", "Vuhledar", "RU")]),
    # withdrawal
    ("Ukrainska styrkor har dragit sig tillbaka från Avdijivka.",
     [("withdrawal", "Avdijivka", "UA")]),
    ("Ryska trupper drog sig tillbaka från Cherson i november.",
     [("withdrawal", "Cherson", "RU")]),
    ("De ukrainska soldaterna lämnade Soledar i tisdags, meddelar armén.",
     [("withdrawal", "Soledar", "UA")]),
    ("Ukrainska styrkor har förlorat kontrollen över Sievjerodonetsk.",
     [("withdrawal", "Sievjerodonetsk", "UA")]),
    ("Ukrainska styrkor har lämnat Marinka efter månader av strider.",
     [("withdrawal", "Marinka", "UA")]),
    ("Ryska trupper lämnar Lyman", [("withdrawal", "Lyman", "RU")]),
    ("Ukrainska styrkor kommer att dra sig tillbaka från Vuhledar.",
     [("withdrawal", "Vuhledar", "UA")]),
    # attack
    ("Ryska styrkor attackerade Bachmut från tre håll under natten mot torsdag.",
     [("attack", "Bachmut", "RU")]),
    ("Hårda strider pågår kring Avdijivka, enligt den ukrainska generalstaben.",
     [("attack", "Avdijivka", None)]),
    ("Den ukrainska armén slog tillbaka tolv ryska attacker mot Marinka.",
     [("attack", "Marinka", "RU")]),
    ("Ryssland har inlett en offensiv mot Kupjansk.", [("attack", "Kupjansk", "RU")]),
    ("Ukrainska styrkor stormade ryska ställningar vid Verbove på måndagen.",
     [("attack", "Verbove", "UA")]),
    ("Fienden har attackerat byn Bohdanivka, uppger den ukrainska generalstaben.",
     [("attack", "Bohdanivka", "RU")]),
    ("Ryska trupper har omringat Avdijivka.", [("attack", "Avdijivka", "RU")]),
    # strike
    ("Ryska robotar träffade Charkiv natten mot torsdag.", [("strike", "Charkiv", "RU")]),
    ("Ryssland har genomfört drönarattacker mot Odessa.", [("strike", "Odessa", "RU")]),
    ("Staden Cherson beskjuts dagligen av ryskt artilleri.", [("strike", "Cherson", "RU")]),
    ("Ukrainska drönare attackerade ett oljeraffinaderi i Belgorod i går.",
     [("strike", "Belgorod", "UA")]),
    ("Ett ryskt robotanfall mot Lviv dödade tre personer.", [("strike", "Lviv", "RU")]),
    ("Ockupanterna besköt Nikopol under natten.", [("strike", "Nikopol", "RU")]),
    ("Ryska stridsflygplan bombade staden Vovtjansk.", [("strike", "Vovtjansk", "RU")]),
    ("Under natten träffades Kramatorsk och Slovjansk av ryska raketer.",
     [("strike", "Kramatorsk", "RU"), ("strike", "Slovjansk", "RU")]),
    # an adjective in -ska cut by the intention window is no "ska" (shall)
    ("Det ryska försvarsministeriet uppgav att ryska och proryska separatistiska styrkor har "
     "tagit fullständig kontroll över Lyman.", [("capture", "Lyman", "RU")]),
    ("Samtidigt säger ukrainska företrädare att landets styrkor har befriat Kupjansk.",
     [("capture", "Kupjansk", "UA")]),
    # passive past "besköts"
    ("Enligt guvernören besköts Lysytjansk under natten av ryskt artilleri.",
     [("strike", "Lysytjansk", "RU")]),
    ("De ukrainska framstegen nära Tokmak fortsätter.", [("advance", "Tokmak", "UA")]),
    # "och byn X" continues the list
    ("Ryskt artilleri besköt Lysytjansk och byn Syrotyne under natten.",
     [("strike", "Lysytjansk", "RU"), ("strike", "Syrotyne", "RU")]),
    ("Ukrainska trupper har stridit i Kurskregionen i tre dagar.",
     [("attack", "Kurskregionen", "UA")]),
    ("Samtidigt fortsätter de ryska anfallen i Donetskregionen.",
     [("attack", "Donetskregionen", "RU")]),
    # drones as the subject of a verb a few words later; an acting governor is an office
    ("Kursks tillförordnade guvernör säger att ukrainska drönare under natten attackerade "
     "staden Kurtjatov.", [("strike", "Kurtjatov", "UA")]),
    # "his mercenaries": the claimant's own side
    ("Jevgenij Prigozjin hävdade att hans legosoldater har tagit full kontroll över Bachmut.",
     [("capture", "Bachmut", "RU")]),
    ("Ukrainska trupper har återtagit omkring 20 kvadratkilometer nära byn Klisjtjijivka.",
     [("advance", "Klisjtjijivka", "UA")]),
    # "har slagit tillbaka" yields to the attacks it repelled; "anfall vid"
    ("Ukrainska styrkor har under det senaste dygnet slagit tillbaka ryska anfall vid Bachmut.",
     [("attack", "Bachmut", "RU")]),
    ("Enligt militärbloggare har Wagnerstyrkorna ryckt fram mot byn Krasna Hora.",
     [("advance", "Krasna Hora", "RU")]),
    # passive "omringad"
    ("Staden Tjernihiv har varit omringad av ryska styrkor i flera veckor.",
     [("attack", "Tjernihiv", "RU")]),
    # V2: the subject (and an adverb) between "drar sig" and "tillbaka"; "området kring X"
    ("Enligt generalstaben drar sig ryska förband också tillbaka från områdena kring Tjernihiv.",
     [("withdrawal", "Tjernihiv", "RU")]),
    ("I dag drar sig ukrainska styrkor tillbaka från Vuhledar.",
     [("withdrawal", "Vuhledar", "UA")]),
    # "och vidare mot" continues the list of goals
    ("De ukrainska trupperna avancerar mot Novoprokopivka och vidare mot Tokmak.",
     [("advance", "Novoprokopivka", "UA"), ("advance", "Tokmak", "UA")]),
    # the border guard is a claimant, not the side of "ukrainska"
    ("Enligt den ukrainska gränsbevakningen anföll ryska trupper byn Novenke.",
     [("attack", "Novenke", "RU")]),
    # attacks on (air) bases are strikes
    ("Ukrainska attacker mot baserna i Ivanovo och Rjazan avvärjdes.",
     [("strike", "Ivanovo", "UA"), ("strike", "Rjazan", "UA")]),
    # participle forms "återtaget", "övergiven"
    ("Izjum återtaget av ukrainska styrkor.", [("capture", "Izjum", "UA")]),
    ("Vuhledar är övergiven av de ukrainska styrkorna.", [("withdrawal", "Vuhledar", "UA")]),
    # an adverb between "försöker" and the verb of taking
    ("Ryska styrkor försöker fortfarande inta staden Tjasiv Jar.",
     [("attack", "Tjasiv Jar", "RU")]),
    # "från X mot Y": the advance sets out from X and is at Y
    ("Ukrainska trupper ryckte fram från Balaklija mot Kupjansk.",
     [("advance", "Kupjansk", "UA")]),
    # neuter "ukrainskt"/"ryskt" name the side; the compound "motanfall" is an attack
    ("Ett ukrainskt motanfall vid Kreminna slogs tillbaka.", [("attack", "Kreminna", "UA")]),
    ("Ett ryskt anfall mot Tokmak slogs tillbaka.", [("attack", "Tokmak", "RU")]),
    # "sedan motoffensiven inleddes" dates the captures; it is no attack at the villages listed
    ("Ukrainska styrkor har befriat sju byar sedan motoffensiven inleddes förra veckan. Bland "
     "dem finns Storozjeve och Makarivka i Donetsk-regionen.",
     [("capture", "Storozjeve", "UA"), ("capture", "Makarivka", "UA")]),
    # "anfall i" a sector, then the villages it names
    ("Ryska styrkor genomförde 30 anfall i Bachmut-riktningen, bland annat mot byarna Bohdanivka "
     "och Ivanivske.", [("attack", "Bachmut", "RU"), ("attack", "Bohdanivka", "RU"),
                        ("attack", "Ivanivske", "RU")]),
    # a failed landing is an attack by the side landing
    ("Ryska försvarsministeriet uppger att ett ukrainskt försök att landsätta trupper vid "
     "Korsunka har slagits tillbaka.", [("attack", "Korsunka", "UA")]),
    # a Russian army group ("gruppen Vostok") is no place
    ("Förband ur gruppen Vostok har erövrat Velyka Novosilka.",
     [("capture", "Velyka Novosilka", "RU")]),
    # "utsatts för attacker"; a border "mellan" two regions is a reference point
    ("Velyka Novosilka ligger vid gränsen mellan Donetsk- och Zaporizjzjaregionerna och har "
     "utsatts för hårda attacker.", [("attack", "Velyka Novosilka", None)]),
    # V2: the subject between "tog" and "byn"
    ("I början av januari tog ryska styrkor byn Vremivka.", [("capture", "Vremivka", "RU")]),
    # "nått"/"nådde" (reached) with or without "fram till"/"utkanten av"
    ("Wagner har nått Bachmuts centrum.", [("advance", "Bachmuts", "RU")]),
    ("Ryska styrkor nådde utkanten av Pokrovsk.", [("advance", "Pokrovsk", "RU")]),
    # the split particle: "slog … attacker tillbaka vid X"; a unit named after a region
    ("Enligt den ukrainska armégruppen Tavria slogs under fredagen 15 ryska attacker tillbaka "
     "vid Avdijivka.", [("attack", "Avdijivka", "RU")]),
]

# Negations, intentions, hypotheticals, captured soldiers, civilians and agreements.
NOT_CLAIMS = [
    "Ryssland har ännu inte tagit kontroll över Bachmut.",
    "Ryska styrkor erövrade inte Bachmut.",
    "Moskva planerar att omringa Avdijivka.",
    "Ryssland vill erövra Kupjansk före vintern.",
    "Om Ryssland tar Bachmut blir Kramatorsk nästa mål.",
    "Ifall Ukraina återtar Robotyne öppnas vägen mot Tokmak.",
    "Ukraina har tagit 102 ryska soldater till fånga i Kursk-regionen.",
    "Ukrainska styrkor tillfångatog 40 ryska soldater nära Bachmut.",
    "Tusentals civila har lämnat Charkiv.",
    "Invånarna i Pokrovsk flyr västerut.",
    "Fartyget lämnade Odessa efter Rysslands tillbakadragande från spannmålsavtalet.",
    "Det ger oss möjlighet att förstöra fienden i Soledar.",
    # "Syd" (South) names a Russian army group, not Sydney
    "Enheter ur gruppen Syd deltog i striderna.",
    # "accused Kyiv": the government, not a place attacked
    "Putin kallade attacken en provokation och anklagade Kiev för den.",
    # a build-up for an offensive, a denied intention, a danger, a holding statement
    "Ryssland omgrupperar sina styrkor för en offensiv i Donbas.",
    "Ukraina uppger att man inte har för avsikt att lämna Mariupol.",
    "De ukrainska förbanden var i fara att bli omringade i Vuhledar.",
    "Lysytjansk är den sista staden i Luhanskregionen som var under ukrainsk kontroll.",
    # aircraft types are no places ("Tu" is no town)
    "Ukrainska drönare attackerade fyra flygbaser och skadade bombplan av typen Tu-95.",
    # "kan försöka": a possibility; not_after: a condition or negation after the trigger
    "ISW bedömer att ryska styrkor kan försöka avancera mot Kurachove härnäst.",
    "En offensiv mot Pokrovsk skulle ge Ryssland kontroll över viktiga vägar, skriver ISW.",
    "Ett ryskt anfall mot Charkiv är inte nära förestående, bedömer ISW.",
    "ISW bedömer att ett genombrott vid Kurachove inte är nära förestående.",
    # "lämnade efter sig" (left behind) is no withdrawal
    "Fienden lämnade efter sig stridsvagnar och pansarfordon i Voznesensk.",
    # an infinitive "inleda" is a plan, even with a source between
    "Ryssland planerar enligt generalstaben att inleda en ny offensiv mot Kiev.",
    # a negated future withdrawal
    "Zelenskyj sade att landet inte kommer att dra sig tillbaka från Kurskregionen.",
]

# (sentence, claim type, surface, expected event date) — published Thursday 2023-02-02.
DATES = [
    ("Ryska robotar träffade Charkiv på onsdagen.", "strike", "Charkiv", "2023-02-01"),
    ("Ryska drönare attackerade Odessa på onsdagskvällen.", "strike", "Odessa", "2023-02-01"),
    ("Ryska robotar träffade Zaporizjzja natten mot tisdag.", "strike", "Zaporizjzja",
     "2023-01-31"),
    ("Ryska robotar träffade Sumy under natten till tisdagen.", "strike", "Sumy", "2023-01-31"),
    ("I söndags erövrade ryska styrkor byn Krasnohorivka.", "capture", "Krasnohorivka",
     "2023-01-29"),
    ("Ryskt artilleri besköt Cherson den 28 januari.", "strike", "Cherson", "2023-01-28"),
    ("Ryskt artilleri besköt Mykolajiv den 30 december 2022.", "strike", "Mykolajiv",
     "2022-12-30"),
    ("Ryska styrkor attackerade Bachmut i går.", "attack", "Bachmut", "2023-02-01"),
    ("Ryska styrkor intog Soledar i förrgår.", "capture", "Soledar", "2023-01-31"),
    ("Ryska styrkor besköt Nikopol under det senaste dygnet.", "strike", "Nikopol",
     "2023-02-02"),
    ("Ryska robotar träffade Dnipro i morse.", "strike", "Dnipro", "2023-02-02"),
    ("Ryska styrkor attackerade Avdijivka förra veckan.", "attack", "Avdijivka", None),
    ("Under de senaste veckorna har ryska styrkor upprepade gånger attackerat Avdijivka.",
     "attack", "Avdijivka", None),
    ("Ryska styrkor har beskjutit Vovtjansk sedan i fredags.", "strike", "Vovtjansk", None),
    # the date of a "sedan …" clause starts a duration
    ("Ryska styrkor har erövrat byn Pylna sedan offensiven inleddes i fredags.", "capture",
     "Pylna", None),
    # "i flera veckor": durative background
    ("Ryska styrkor har i flera veckor anfallit Avdijivka.", "attack", "Avdijivka", None),
]

# (sentence, surface, gazetteer name, kind)
SPOTS = [
    ("Striderna i Donetskregionen fortsätter.", "Donetskregionen", "Donetsk Oblast", "region"),
    ("Luhanskregionens försvarare håller stånd.", "Luhanskregionens", "Luhansk Oblast", "region"),
    ("Ryska styrkor besköt byar i Cherson-regionen.", "Cherson", "Kherson Oblast", "region"),
    ("Försvarets linjer i Zaporizjzja oblast håller.", "Zaporizjzja oblast",
     "Zaporizhzhia Oblast", "region"),
    ("Ryska styrkor attackerar i Pokrovsk-riktningen.", "Pokrovsk", "Pokrovsk", "settlement"),
    ("Läget vid Kupjansk-fronten är allvarligt.", "Kupjansk", "Kupiansk", "settlement"),
    ("Läget vid Bachmutfronten är allvarligt.", "Bachmutfronten", "Bakhmut Raion", "region"),
    ("Kharkivs försvarare håller stånd.", "Kharkivs", "Kharkiv", "settlement"),
    ("Läget i Donbas är spänt.", "Donbas", "Donets Basin", "region"),
    ("Flera explosioner hördes på Krimhalvön.", "Krimhalvön", "Autonomous Republic of Crimea",
     "region"),
    ("Moskva anklagar Kiev för attacken.", "Kiev", "Kyiv", "settlement"),
    # "centrala X" is the city, even in an article about its region
    ("Ryska robotar slog ned i centrala Sumy, uppger Sumyregionens guvernör.", "Sumy", "Sumy",
     "settlement"),
]

# (sentence, surface, role): a place that qualifies a person or stands for a government.
ROLES = [
    ("Luhanskregionens guvernör varnade för nya attacker.", "Luhanskregionens", "office"),
    ("Kharkivs borgmästare Ihor Terechov uppmanade invånarna att stanna inomhus.", "Kharkivs",
     "office"),
    ("Ryska styrkor avancerade 20 kilometer söder om Kupjansk.", "Kupjansk", "reference"),
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
    result = _process(pipeline, "Ryska styrkor har tagit kontroll över byn Otjeretyne, uppger "
                                "det ryska försvarsministeriet.")
    (claim,) = result.claims
    assert claim.claimant == "Russian Ministry of Defence"
    assert claim.claimant_side.value == "RU"


@pytest.mark.parametrize(("text", "claimant", "side"), [
    ("Ukrainska trupper har befriat Snihurivka, säger överbefälhavaren Valerij Zaluzjnyj.",
     "Ukrainian Commander-in-Chief Valerii Zaluzhnyi", "UA"),
    ("Wagnerchefen Jevgenij Prigozjin hävdar att ryska styrkor har erövrat Bachmut.",
     "Wagner chief Yevgeny Prigozhin", "RU"),
    ("Ryskt artilleri besköt Bilopillja, uppger regionens militärförvaltning.",
     "the local military administration", "UA"),
    # the named person, not the ministry of the title before the name
    ("Ukrainska styrkor har återtagit byn Pjatychatky, uppger landets biträdande "
     "försvarsminister Hanna Maljar.", "Ukrainian deputy defence minister Hanna Maliar", "UA"),
    # "beskriver" reports; the next sentence's "flera av dem" carries the bloggers on
    ("Ryska militärbloggare beskriver läget som en katastrof. På Telegram skriver flera av dem "
     "att de ryska förbanden i Charkivregionen drog sig tillbaka i panik.", "military bloggers",
     "third"),
    ("En talesperson för den ukrainska armégruppen Chortytsia säger att ryska styrkor "
     "attackerar Kurachove.", "Ukrainian military", "UA"),
    ("Ryska styrkor försöker inta staden Tjasiv Jar, uppger talespersonen för den ukrainska "
     "armégruppen Chortytsia, Nazar Volosjyn.", "Ukrainian military", "UA"),
    ("Under natten besköts Charkiv av ryskt artilleri, enligt de regionala guvernörerna.",
     "the regional governor", "UA"),
    ("Redan på söndagen hade Rysslands försvarsminister Sergej Sjojgu rapporterat att ryska "
     "styrkor tagit full kontroll över Lysytjansk.", "Russian defence minister Sergei Shoigu", "RU"),
    ("Det ukrainska försvaret uppger att ryska attacker mot byn Bilohorivka har slagits tillbaka.",
     "Ukrainian military", "UA"),
    ("Ryska styrkor har tagit sig närmare Selydove, enligt den ukrainska övervakningsgruppen "
     "Deep State.", "DeepState (Ukrainian monitoring group)", "third"),
    ("Ukrainas säkerhetstjänst SBU uppger att ukrainska drönare attackerade Engels.",
     "Ukrainian Security Service (SBU)", "UA"),
    ("Robotar träffade ett höghus i Zaporizjzja, uppger den regionala militära "
     "administrationen.", "the local military administration", "UA"),
    ("Enligt den ukrainska marinkåren strider soldaterna nu i byn Krynky.", "Ukrainian military",
     "UA"),
    ("Enligt den ukrainska armégruppen Tavria slogs 15 ryska attacker tillbaka vid Avdijivka.",
     "Ukrainian military", "UA"),
    # the Russian blogger Podoljaka is not the Ukrainian adviser Podoljak
    ("Enligt den ryska militärbloggaren Jurij Podoljaka har ryska förband intagit byn Basivka.",
     "military bloggers", "third"),
])
def test_claimant_names(pipeline, text, claimant, side):
    (claim,) = _process(pipeline, text).claims
    assert (claim.claimant, claim.claimant_side.value) == (claimant, side)


@pytest.mark.parametrize("text", [
    "Ryska styrkor har erövrat byn Pjatychatky. Den ukrainska armén uppger att Pjatychatky "
    "fortfarande kontrolleras av ukrainska styrkor.",
    "Ryska styrkor har tagit kontroll över Kurachove. Den ukrainska militären säger att "
    "striderna i Kurachove pågår fortfarande.",
    "Ukrainska styrkor har befriat byn Robotyne. Den ryskinstallerade ledaren säger däremot att "
    "Robotyne är en ”gråzon” där ingen sida har kontroll.",
])
def test_denied(pipeline, text):
    (claim,) = [c for c in _process(pipeline, text).claims if c.type.value == "capture"]
    assert claim.status.value == "denied"


def test_unverified(pipeline):
    result = _process(pipeline, "Ryska styrkor har erövrat byn Bohdanivka. Uppgifterna har inte "
                                "kunnat bekräftas av oberoende källor.")
    (claim,) = result.claims
    assert claim.verified is False


# An article (written for these tests in the style of a newspaper report; published Thursday
# 2024-08-08): the claims it must give, and no others.
KURSK_2024 = (
    "Ukrainska styrkor har ryckt in i Kurskregionen\n\n"
    "Ukrainska trupper har för tredje dagen i rad stridit på ryskt territorium i "
    "Kurskregionen, enligt ryska myndigheter. Det ryska försvarsministeriet uppger att "
    "striderna fortsätter kring staden Sudzja, omkring tio kilometer från den ukrainska "
    "gränsen.\n\n"
    "Enligt ryska militärbloggare har ukrainska förband tagit sig in i Sudzja och nått "
    "gasmätarstationen i stadens utkant, där rysk gas länge leddes vidare till Europa. "
    "Ministeriet hävdar däremot att ”fiendens försök att tränga djupare in på rysk mark” "
    "har stoppats.\n\n"
    "Kursks tillförordnade guvernör Aleksej Smirnov säger att ukrainska drönare under "
    "natten mot torsdag attackerade staden Kurtjatov, där ett kärnkraftverk ligger. Ett "
    "bostadshus skadades.\n\n"
    "Rysslands president Vladimir Putin kallade på onsdagen attacken för en ”storskalig "
    "provokation” och anklagade Kiev för att beskjuta civila byggnader.\n\n"
    "Ukrainska officerare har inte officiellt kommenterat operationen. Den amerikanska "
    "tankesmedjan Institute for the Study of War skriver att ukrainska styrkor har "
    "avancerat minst tio kilometer in i regionen och sannolikt kontrollerar byarna "
    "Nikolajevo-Darjino och Darjino.\n\n"
    "Samtidigt fortsätter de ryska anfallen i Donetskregionen. Ryska styrkor har tagit "
    "kontroll över byn Halytsynivka nära Pokrovsk, meddelade det ryska "
    "försvarsministeriet på torsdagen. Uppgiften kunde inte bekräftas oberoende."
)


def test_article_kursk(pipeline):
    assert set(_claims(pipeline, KURSK_2024, published="2024-08-08")) == {
        ("advance", "Kurskregionen", "UA"), ("attack", "Kurskregionen", "UA"),
        ("attack", "Sudzja", "UA"), ("advance", "Sudzja", "UA"), ("strike", "Kurtjatov", "UA"),
        ("attack", "Donetskregionen", "RU"), ("capture", "Halytsynivka", "RU")}


# An article (written for these tests in the style of a public-broadcaster report; published
# Monday 2022-07-04). "Verchnjokamjanske" is not found (gazetteer), so it gives no claim here.
LYSYTJANSK_2022 = (
    "Ukraina bekräftar: Har lämnat Lysytjansk\n\n"
    "Den ukrainska armén har dragit sig tillbaka från Lysytjansk, den sista större staden i "
    "Luhanskregionen som var under ukrainsk kontroll. Det meddelade generalstaben på "
    "söndagskvällen.\n\n"
    "– För att rädda livet på de ukrainska försvararna har beslut fattats om att dra tillbaka "
    "dem, skriver generalstaben i ett uttalande.\n\n"
    "Redan på söndagen hade Rysslands försvarsminister Sergej Sjojgu rapporterat till president "
    "Vladimir Putin att ryska styrkor och Luhanskmilisen tagit full kontroll över staden. Enligt "
    "det ryska försvarsministeriet har de ryska trupperna därmed ”befriat” hela Luhansk "
    "oblast.\n\n"
    "Luhanskregionens guvernör Serhij Hajdaj säger till SVT att striderna nu flyttar västerut, "
    "mot Siversk och mot städerna Slovjansk och Kramatorsk i Donetskregionen.\n\n"
    "– Ryssarna beskjuter Siversk med allt de har. Staden ligger i ruiner, säger Hajdaj.\n\n"
    "Under måndagen slog ryska robotar ner i centrala Slovjansk, där minst två personer dödades "
    "enligt borgmästaren Vadym Ljach. Det ukrainska försvaret uppger samtidigt att ryska "
    "attacker mot byarna Bilohorivka och Verchnjokamjanske har slagits tillbaka.\n\n"
    "Den amerikanska tankesmedjan ISW bedömer att de ryska styrkorna kommer att behöva flera "
    "veckor för att omgruppera innan en offensiv mot Slovjansk kan inledas."
)


def test_article_lysytjansk(pipeline):
    claims = _process(pipeline, LYSYTJANSK_2022, published="2022-07-04").claims
    assert {(c.type.value, c.place.mention.surface, c.actor.value if c.actor else None)
            for c in claims} == {
        ("withdrawal", "Lysytjansk", "UA"), ("capture", "Lysytjansk", "RU"),
        ("capture", "Luhansk oblast", "RU"), ("attack", "Siversk", None),
        ("strike", "Siversk", "RU"), ("strike", "Slovjansk", "RU"),
        ("attack", "Bilohorivka", "RU")}
    by_key = {(c.type.value, c.place.mention.surface): c for c in claims}
    assert by_key["capture", "Lysytjansk"].claimant == "Russian defence minister Sergei Shoigu"
    assert by_key["attack", "Bilohorivka"].claimant == "Ukrainian military"
    assert str(by_key["withdrawal", "Lysytjansk"].event_date) == "2022-07-03"


# An article (written for these tests in the style of a news-agency report; published Thursday
# 2024-10-03). The offensive on Pokrovsk "skulle ge" is a condition, not a claim.
VUHLEDAR_2024 = (
    "TT: Vuhledar övergiven efter två års strider\n\n"
    "Ukrainas armé har lämnat gruvstaden Vuhledar i Donetsk-regionen, meddelade den ukrainska "
    "armégruppen Chortytsia på onsdagen. Trupperna drogs tillbaka för att undvika en inringning, "
    "enligt uttalandet.\n\n"
    "Vuhledar har försvarats sedan krigets början och blev känd för flera misslyckade ryska "
    "stormanfall vintern 2023.\n\n"
    "Ryska försvarsministeriet uppgav på torsdagen att staden ”befriats” och att ryska trupper nu "
    "avancerar mot Bohojavlenka och Kurachove.\n\n"
    "Guvernören i Donetsk, Vadym Filasjkin, uppger att ryska flygplan på torsdagsmorgonen "
    "släppte glidbomber över Kramatorsk. En person dödades.\n\n"
    "Enligt ISW är det inte troligt att ryska trupper kan ta Pokrovsk under de närmaste veckorna. "
    "En offensiv mot Pokrovsk skulle ge Ryssland kontroll över viktiga försörjningsvägar, skriver "
    "tankesmedjan."
)

VUHLEDAR_CLAIMS = {
    ("withdrawal", "Vuhledar", "UA"), ("attack", "Vuhledar", "RU"),
    ("capture", "Vuhledar", "RU"), ("advance", "Bohojavlenka", "RU"),
    ("advance", "Kurachove", "RU"), ("strike", "Kramatorsk", "RU")}


def test_article_vuhledar(pipeline):
    claims = _process(pipeline, VUHLEDAR_2024, published="2024-10-03").claims
    got = {(c.type.value, c.place.mention.surface, c.actor.value if c.actor else None)
           for c in claims}
    # the headline's actorless "övergiven" may stay a separate claim; nothing else may be added
    assert got - {("withdrawal", "Vuhledar", None)} == VUHLEDAR_CLAIMS
    by_key = {(c.type.value, c.place.mention.surface, c.actor.value if c.actor else None): c
              for c in claims}
    assert str(by_key["withdrawal", "Vuhledar", "UA"].event_date) == "2024-10-02"
    assert by_key["capture", "Vuhledar", "RU"].claimant == "Russian Ministry of Defence"


# An article (written for these tests in the style of a newspaper report; published Monday
# 2025-04-14). "centrala Sumy" is the city even though the article names Sumy's region; the
# Russian blogger Podoljaka is no Ukrainian claimant; the denial makes Basivka's capture denied.
SUMY_2025 = (
    "Minst 34 dödade i robotangrepp mot Sumy på palmsöndagen\n\n"
    "Två ryska ballistiska robotar slog ned i centrala Sumy på söndagsmorgonen, när många "
    "människor var på väg till kyrkan. Minst 34 personer dödades, bland dem två barn, och "
    "över hundra skadades, enligt Ukrainas inrikesminister Ihor Klymenko.\n\n"
    "Ryssland uppger att angreppet riktades mot ett möte med ukrainska officerare. "
    "Uppgiften kan inte bekräftas oberoende.\n\n"
    "Sumyregionens guvernör Volodymyr Artiuch säger att ryska styrkor samtidigt försöker "
    "ta sig in i regionen från norr. Enligt den ryska militärbloggaren Jurij Podoljaka "
    "har ryska förband intagit byn Basivka vid gränsen, två mil norr om Sumy. Ukraina "
    "förnekar det och säger att fiendens anfall vid byn har slagits tillbaka.\n\n"
    "Det ryska försvarsministeriet hävdar också att ryska trupper har befriat byn "
    "Oleksandropil i Donetskregionen och fortsätter att rycka fram i riktning mot "
    "Kostiantynivka.\n\n"
    "Ukrainska drönare slog i går kväll till mot ett oljeraffinaderi i Saratov, uppger "
    "den ryska regionens guvernör Roman Busargin. Enligt honom skadades ingen.\n\n"
    "Samtidigt fortsätter de diplomatiska kontakterna. USA:s sändebud Steve Witkoff "
    "träffade Vladimir Putin i Sankt Petersburg i fredags. Ukraina kräver att Ryssland "
    "ska dra tillbaka alla styrkor från ukrainskt territorium innan ett fredsavtal kan "
    "undertecknas."
)


def test_article_sumy(pipeline):
    claims = _process(pipeline, SUMY_2025, published="2025-04-14").claims
    assert {(c.type.value, c.place.mention.surface, c.actor.value if c.actor else None)
            for c in claims} == {
        ("strike", "Sumy", "RU"), ("capture", "Basivka", "RU"), ("attack", "Basivka", "RU"),
        ("capture", "Oleksandropil", "RU"), ("advance", "Kostiantynivka", "RU"),
        ("strike", "Saratov", "UA")}
    by_key = {(c.type.value, c.place.mention.surface): c for c in claims}
    assert by_key["strike", "Sumy"].place.entry.name == "Sumy"
    assert str(by_key["strike", "Sumy"].event_date) == "2025-04-13"
    assert by_key["capture", "Basivka"].claimant_side.value == "third"
    assert by_key["capture", "Basivka"].status.value == "denied"
