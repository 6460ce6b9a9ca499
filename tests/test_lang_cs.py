"""Czech (cs): claims, dates and inflected place names, in sentences written for these tests
(ČTK-style news sentences; none is copied from an article)."""

from __future__ import annotations

import datetime as dt

import pytest

from langtools import LangHelpers, case_ids, code_xfail

THU = "2023-02-02"  # a Thursday
LANG = "cs"


_lang = LangHelpers(LANG, THU)
_extract = _lang.process
_claims = _lang.claims


CAPTURE = [
    ("Ruské jednotky obsadily obec Očeretyne v Doněcké oblasti, oznámilo ve čtvrtek ruské "
     "ministerstvo obrany.", [("capture", "Očeretyne", "RU")]),
    ("Ukrajinská armáda osvobodila Cherson, oznámil prezident Volodymyr Zelenskyj.",
     [("capture", "Cherson", "UA")]),
    ("Podle britské rozvědky převzali žoldnéři Wagnerovy skupiny kontrolu nad Soledarem.",
     [("capture", "Soledarem", "RU")]),
    ("Bachmut byl dobyt ruskými jednotkami, tvrdí Moskva.", [("capture", "Bachmut", "RU")]),
    ("Ukrajinci získali zpět kontrolu nad Kupjanskem a Balaklijí.",
     [("capture", "Kupjanskem", "UA"), ("capture", "Balaklijí", "UA")]),
    ("Ukrajinské síly dobyly zpět Robotyne po několika týdnech těžkých bojů.",
     [("capture", "Robotyne", "UA")]),
    ("Rusové oznámili dobytí Avdijivky.", [("capture", "Avdijivky", "RU")]),
    ("Ruské ministerstvo obrany oznámilo dobytí vesnice Novomychajlivka.",
     [("capture", "Novomychajlivka", "RU")]),
    ("Ukrajinské jednotky vytlačily Rusy z Kliščijivky u Bachmutu.",
     [("capture", "Kliščijivky", "UA")]),
    ("Rusové v noci převzali kontrolu nad obcí Kurdjumivka.",
     [("capture", "Kurdjumivka", "RU")]),
    # the place inside the phrase
    ("Ruské ministerstvo obrany tvrdí, že jeho jednotky převzaly nad Vuhledarem plnou kontrolu.",
     [("capture", "Vuhledarem", "RU")]),
    # "mezi nimi" continues the list of the villages taken
    ("Štáb uvedl, že ukrajinské síly osvobodily 41 obcí, mezi nimi Snihurivku a Pravdyne.",
     [("capture", "Snihurivku", "UA"), ("capture", "Pravdyne", "UA")]),
    # a dateline (Kyjev/Moskva -) and a country after a location word are neither places of
    # the claim nor its actor
    ("Kyjev/Moskva - Ruské jednotky na severovýchodě Ukrajiny obsadily obec Strileča.",
     [("capture", "Strileča", "RU")]),
    # a group of forces (uskupení Vostok) is a unit, not a place
    ("Ruské ministerstvo obrany oznámilo, že město Velyka Novosilka osvobodily jednotky "
     "uskupení Vostok.", [("capture", "Velyka Novosilka", "RU")]),
    # "obrany" of a claimant before a side adjective does not hide the subject
    ("Podle britského ministerstva obrany ukrajinské jednotky převzaly kontrolu nad obcí "
     "Robotyne.", [("capture", "Robotyne", "UA")]),
    # a capital with a pronoun before its verb ("Kyjev to popírá") is its government
    ("Prigožin hlásí pád Bachmutu, Kyjev to popírá", [("capture", "Bachmutu", "RU")]),
]
ADVANCE = [
    ("Ruské jednotky postoupily o několik kilometrů směrem k Časivu Jaru.",
     [("advance", "Časivu Jaru", "RU")]),
    ("Ukrajinská vojska vstoupila do Lymanu, uvedl generální štáb.",
     [("advance", "Lymanu", "UA")]),
    ("Podle ISW Rusové postupují u Kreminné.", [("advance", "Kreminné", "RU")]),
    ("Ukrajinští vojáci se blíží k Melitopolu, sdělil mluvčí velení.",
     [("advance", "Melitopolu", "UA")]),
    ("Ruská vojska dorazila na předměstí Pokrovsku.", [("advance", "Pokrovsku", "RU")]),
    ("Rusové pronikli do Vovčansku v Charkovské oblasti.", [("advance", "Vovčansku", "RU")]),
    ("Ruská armáda je stále blíž Pokrovsku.", [("advance", "Pokrovsku", "RU")]),
    ("Ukrajinské síly zaznamenaly úspěchy také u Kliščijivky.",
     [("advance", "Kliščijivky", "UA")]),
    # "až k" after a verb of movement is no reference point
    ("Podle agentury TASS ruští vojáci pronikli až k okraji Sudži.",
     [("advance", "Sudži", "RU")]),
    # a side adjective qualifying the defence line is the object, not the one advancing
    ("Ukrajinská armáda prolomila první linii ruské obrany u Robotyne a postupuje k Verbovému.",
     [("advance", "Robotyne", "UA"), ("advance", "Verbovému", "UA")]),
    # dative of an adjective-declined village name (Verbove: k Verbovému)
    ("Ukrajinci postupují k Verbovému.", [("advance", "Verbovému", "UA")]),
    # a capital with a verb of sending is its government, not a place of the advance
    ("Rusové pronikli u Dobropillja, Kyjev posílá zálohy.",
     [("advance", "Dobropillja", "RU")]),
    ("Útočníci se probili až k Pokrovsku.", [("advance", "Pokrovsku", "RU")]),
    # a river bank before "u X" is no reference point; genitive plural Krynky: u Krynek
    ("Ukrajinské síly se uchytily na levém břehu Dněpru u Krynek.",
     [("advance", "Krynek", "UA")]),
    ("Ukrajinská armáda zatlačila Rusy od Charkova.", [("advance", "Charkova", "UA")]),
]
WITHDRAWAL = [
    ("Ruská armáda se stáhla z Chersonu na levý břeh Dněpru.",
     [("withdrawal", "Chersonu", "RU")]),
    ("Ukrajinské síly opustily Soledar, přiznal mluvčí východního uskupení.",
     [("withdrawal", "Soledar", "UA")]),
    ("Ukrajinské velení rozhodlo o stažení vojáků z Avdijivky.",
     [("withdrawal", "Avdijivky", "UA")]),
    ("Ruské jednotky ustoupily od Kyjeva.", [("withdrawal", "Kyjeva", "RU")]),
    ("Ukrajinci se stáhli z Marjinky na výhodnější pozice, uvedl generál Tarnavskyj.",
     [("withdrawal", "Marjinky", "UA")]),
    ("Ukrajinské jednotky se stáhly z Avdijivky, aby se vyhnuly obklíčení, prohlásil generál "
     "Oleksandr Tarnavskyj.", [("withdrawal", "Avdijivky", "UA")]),
    ("Rusové přesouvají na východ jednotky stažené z okolí Černihivu.",
     [("withdrawal", "Černihivu", "RU")]),
    ("Ukrajina ztratila Avdijivku.", [("withdrawal", "Avdijivku", "UA")]),
    ("Ukrajinská armáda vyklidila pozice u Krynek.", [("withdrawal", "Krynek", "UA")]),
]
ATTACK = [
    ("U Bachmutu pokračují těžké boje, uvedl generální štáb ukrajinské armády.",
     [("attack", "Bachmutu", None)]),
    ("Ruské jednotky útočí na Avdijivku ze tří stran.", [("attack", "Avdijivku", "RU")]),
    ("Ukrajinci odrazili ruské útoky u Kupjansku.", [("attack", "Kupjansku", "RU")]),
    ("Ruské síly pokračují v ofenzivě na Vuhledar, uvedl mluvčí Vološyn.",
     [("attack", "Vuhledar", "RU")]),
    ("Ukrajinská armáda zahájila protiofenzivu u Orichivu.", [("attack", "Orichivu", "UA")]),
    ("Rusové se snaží obklíčit Avdijivku.", [("attack", "Avdijivku", "RU")]),
    ("Urputné boje probíhají u Marjinky a Krasnohorivky.",
     [("attack", "Marjinky", None), ("attack", "Krasnohorivky", None)]),
    ("Na pokrovském směru nepřítel podnikl 30 útoků.", [("attack", "pokrovském", "RU")]),
    ("Ruští vojáci útočí na Časiv Jar.", [("attack", "Časiv Jar", "RU")]),
    # the side adjective qualifies the object here, not the attacker
    ("Bylo napadeno ukrajinské opevnění u Bachmutu.", [("attack", "Bachmutu", None)]),
    ("Rusové se pokoušejí proniknout do Vovčansku.", [("attack", "Vovčansku", "RU")]),
    # a side adjective before the claimant's institution is not the attacker
    ("Nejtěžší boje podle ukrajinského generálního štábu pokračují na pokrovském směru, kde "
     "nepřítel podnikl 26 útoků.", [("attack", "pokrovském", "RU")]),
    # the direction an attack comes from is no place of it
    ("Pokračují boje o Izjum, kde ruské síly útočí ze směru od Balakliji.",
     [("attack", "Izjum", "RU")]),
    ("Rusové dobývají Časiv Jar.", [("attack", "Časiv Jar", "RU")]),
    # holding a place is no capture
    ("Ruské síly se snaží obklíčit Pokrovsk a Myrnohrad, obě města jsou ale nadále pod "
     "ukrajinskou kontrolou.", [("attack", "Pokrovsk", "RU"), ("attack", "Myrnohrad", "RU")]),
    # adjective-declined village names (Verbove: u Verbového)
    ("Ruské jednotky odrazily ukrajinské útoky u Robotyne a Verbového.",
     [("attack", "Robotyne", "UA"), ("attack", "Verbového", "UA")]),
    # a Ukrainian monitoring project is a source, not a side
    ("Ruské síly ji podle ukrajinského monitorovacího projektu DeepState obkličovaly. Boje "
     "pokračují u Torecku, kde Rusové v sobotu podnikli 27 útoků.", [("attack", "Torecku", "RU")]),
]
STRIKE = [
    ("Ruské rakety zasáhly ve čtvrtek ráno Kramatorsk a Slovjansk.",
     [("strike", "Kramatorsk", "RU"), ("strike", "Slovjansk", "RU")]),
    ("V noci ze středy na čtvrtek zaútočily ruské drony na Oděsu.", [("strike", "Oděsu", "RU")]),
    ("Ukrajinské drony zasáhly rafinerii u Bělgorodu.", [("strike", "Bělgorodu", "UA")]),
    ("Ruské dělostřelectvo ostřelovalo Nikopol, uvedl šéf oblastní vojenské správy Serhij "
     "Lysak.", [("strike", "Nikopol", "RU")]),
    ("Při raketovém útoku na Záporoží zahynuli tři lidé.", [("strike", "Záporoží", "RU")]),
    ("V pondělí ráno dopadly ruské střely na centrum Charkova.", [("strike", "Charkova", "RU")]),
    ("Ruský dron zasáhl obytný dům v Sumách.", [("strike", "Sumách", "RU")]),
    ("Ruské letectvo bombardovalo Vovčansk.", [("strike", "Vovčansk", "RU")]),
    ("V noci na čtvrtek zasáhly Oděsu ruské drony.", [("strike", "Oděsu", "RU")]),
    # "ruských úřadů" is the source, the drones are Ukrainian
    ("Ukrajinské drony podle ruských úřadů zaútočily na rafinerii ve Volgogradu.",
     [("strike", "Volgogradu", "UA")]),
    ("Ruské drony v noci na dnešek zaútočily na Sumy.", [("strike", "Sumy", "RU")]),
    ("Ukrajinské drony zasáhly rafinerii v Rjazani.", [("strike", "Rjazani", "UA")]),
    # a river is no reference point ("řeku Sejm u obce Gluškovo")
    ("Ukrajinské letectvo zničilo most přes řeku Sejm u obce Gluškovo.",
     [("strike", "Gluškovo", "UA")]),
    # a source and a day between the drones and their verb
    ("Ukrajinské drony podle ruských médií v neděli zaútočily na letiště v Pskově.",
     [("strike", "Pskově", "UA")]),
]
# Misses that need a change in Python code (described in the reasons).
CODE_LIMITS = [
    pytest.param(
        "Ukrajinské síly za uplynulý den odrazily 40 útoků u Bachmutu, uvedl generální štáb.",
        [("attack", "Bachmutu", "RU")]),
    # attribution.Attribution.actor: a side before the trigger is dropped for attacks when a
    # speech word lies between, but "podle X" is a parenthetical source, not a reporting verb
    # after a speaker
    ("Rusové podle generálního štábu útočili u Kupjansku.", [("attack", "Kupjansku", "RU")]),
]


@pytest.mark.parametrize(("text", "expected"), CAPTURE, ids=case_ids(CAPTURE))
def test_capture(pipeline, text, expected):
    assert sorted(_claims(pipeline, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), ADVANCE, ids=case_ids(ADVANCE))
def test_advance(pipeline, text, expected):
    assert sorted(_claims(pipeline, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), WITHDRAWAL, ids=case_ids(WITHDRAWAL))
def test_withdrawal(pipeline, text, expected):
    assert sorted(_claims(pipeline, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), ATTACK, ids=case_ids(ATTACK))
def test_attack(pipeline, text, expected):
    assert sorted(_claims(pipeline, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), STRIKE, ids=case_ids(STRIKE))
def test_strike(pipeline, text, expected):
    assert sorted(_claims(pipeline, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), CODE_LIMITS)
def test_needs_code(pipeline, text, expected):
    assert sorted(_claims(pipeline, text)) == sorted(expected)


# Negations (Czech mostly negates with the prefix ne-), intentions, hypotheticals, captives,
# civilians and agreements are not claims.
NOT_CLAIMS = [
    "Rusové dosud nedobyli Bachmut.",
    "Rusko plánuje obklíčit Avdijivku.",
    "Pokud Rusové dobudou Bachmut, dalším cílem bude Kramatorsk.",
    "Kdyby Rusové obsadili Kupjansk, ohrozili by Charkov.",
    "Ukrajinci zajali u Bachmutu 20 ruských vojáků.",
    "Loď s ukrajinským obilím opustila Oděsu po odstoupení Ruska od obilné dohody.",
    "Obyvatelé opouštějí Kupjansk z obavy před dalším ostřelováním.",
    "Rusko může zaútočit na Charkov v příštích týdnech.",
    "Prezident Zelenskyj navštívil Bachmut.",
    "Cílem Moskvy je vytvořit nárazníkové pásmo, nikoli dobýt Charkov.",
    "Zelenskyj uvedl, že cílem Ukrajiny zůstává osvobodit Krym.",
    "Syrskyj zdůraznil, že Ukrajina nemá v úmyslu Bachmut opustit.",
    "Bojíme se, že Rusové zaútočí na Charkov znovu.",
    "Rusové se chystají k nové ofenzivě na Donbasu.",
    "V Brně studuje 60 studentů Charkovské národní univerzity, kteří odešli kvůli ostřelování.",
    "Rusové dokončili stažení za Dněpr.",
    "Rusové ztratili u Bachmutu stovky vojáků.",
]


@pytest.mark.parametrize("text", NOT_CLAIMS, ids=[t[:40] for t in NOT_CLAIMS])
def test_not_a_claim(pipeline, text):
    assert _claims(pipeline, text) == []


# (sentence, expected event date, precision); published Thursday 2023-02-02.
DATES = [
    ("V noci ze středy na čtvrtek zaútočily ruské drony na Oděsu.", dt.date(2023, 2, 2), "day"),
    ("V noci na úterý Rusové ostřelovali Charkov.", dt.date(2023, 1, 31), "day"),
    ("Včera ruské síly ostřelovaly Cherson.", dt.date(2023, 2, 1), "day"),
    ("V pondělí ráno dopadly ruské střely na centrum Charkova.", dt.date(2023, 1, 30), "day"),
    ("Během posledních 24 hodin Rusové útočili u Avdijivky.", dt.date(2023, 2, 2), "day"),
    ("Rusové obsadili Soledar 13. ledna.", dt.date(2023, 1, 13), "day"),
    ("Ruské dělostřelectvo 1. února ostřelovalo Kupjansk.", dt.date(2023, 2, 1), "day"),
    ("Ve středu ukrajinské drony zasáhly Bělgorod.", dt.date(2023, 2, 1), "day"),
    ("Předevčírem Rusové útočili na Marjinku.", dt.date(2023, 1, 31), "day"),
    ("Minulý týden Rusové obsadili Soledar.", None, None),
    ("Ruské jednotky o víkendu obsadily Soledar.", None, None),
    ("V lednu ruská vojska obsadila Soledar.", None, None),
    ("Ruské jednotky zaútočily na Vuhledar.", dt.date(2023, 2, 2), "day"),
    pytest.param("Tento týden Rusové obsadili Soledar.", None, None),
    # dates.py: "do středu Toretsku" is the town centre, not Wednesday ("středu" is also the
    # accusative of "střed", centre: a weekday form followed by a place is the centre)
    pytest.param("Ruská vojska se probila do středu Toretsku.", dt.date(2023, 2, 2), "day",
                 marks=code_xfail("dates: 'do středu X' (centre) read as Wednesday")),
]


@pytest.mark.parametrize(("text", "date", "precision"), DATES)
def test_event_date(pipeline, text, date, precision):
    (claim,) = _extract(pipeline, text).claims
    # a week or a month is not a single day: no event date (the shared gold's rule)
    assert (claim.event_date, getattr(claim.date_precision, "value", None)) == (date, precision)


def test_since_last_year_is_no_date(pipeline):
    """"od loňského srpna" starts the duration of the relative clause (the Ukrainian hold), not
    the recapture's day; the recapture itself is the news of the day."""
    (claim,) = _extract(pipeline, "Ruská armáda znovu ovládla Sudžu, kterou Ukrajinci drželi "
                                  "od loňského srpna.").claims
    assert claim.event_date == dt.date(2023, 2, 2)


def test_background_has_no_date(pipeline):
    (claim,) = _extract(pipeline, "V posledních týdnech Rusové opakovaně útočili na "
                                  "Avdijivku.").claims
    assert claim.event_date is None


def test_claimant_status_and_verification(pipeline):
    text = ("Ruské ministerstvo obrany v úterý oznámilo, že jeho jednotky obsadily Pobjedu. "
            "Ukrajina popřela, že by Pobjeda byla obsazena. Informace nebylo možné nezávisle "
            "ověřit.")
    (claim,) = [c for c in _extract(pipeline, text).claims if c.type.value == "capture"]
    assert claim.claimant == "Russian Ministry of Defence"
    assert claim.claimant_side.value == "RU"
    assert claim.actor.value == "RU"
    assert claim.event_date == dt.date(2023, 1, 31)
    assert claim.status.value == "denied"
    assert claim.verified is False


@pytest.mark.parametrize(("text", "claimant", "side"), [
    ("Generální štáb ukrajinské armády uvedl, že Rusové útočili u Marjinky.",
     "Ukrainian General Staff", "UA"),
    ("Podle britské vojenské rozvědky Rusové postupují u Kreminné.",
     "UK Ministry of Defence", "third"),
    ("Gubernátor Oleh Syněhubov uvedl, že Rusové ostřelovali Kupjansk.",
     "Kharkiv governor Oleh Syniehubov", "UA"),
    ("Podle Institutu pro studium války Rusové postoupili u Avdijivky.",
     "Institute for the Study of War (ISW)", "third"),
    ("Ruský vojenský bloger Jurij Podoljaka tvrdí, že ruské jednotky postoupily v Časivu Jaru.",
     "Russian military blogger Yuri Podolyaka", "third"),
    ("Podle Londýna se Rusové pokoušejí obklíčit Bachmut.", "UK government", "third"),
    ("Mluvčí uskupení Chortycja Viktor Trehubov uvedl, že se ukrajinské jednotky stáhly z "
     "Velyké Novosilky.", "Khortytsia group spokesman Viktor Trehubov", "UA"),
    ("Ukrajinští vojáci podle místních úřadů převzali kontrolu nad obcí Kurdjumivka.",
     "local authorities", "UA"),
    ("Ruští vojáci se podle analytiků blíží ke Kurachovu.", "military analysts", "third"),
    # a refusal is a statement: "podle ní" in the next sentence is hers
    ("Hanna Maljarová to odmítla. Podle ní ukrajinské jednotky postoupily u Bachmutu.",
     "Ukrainian deputy defence minister Hanna Maliar", "UA"),
    ("Podle Lysaka ruské dělostřelectvo ostřelovalo Nikopol.",
     "Dnipropetrovsk governor Serhiy Lysak", "UA"),
    ("Prezident Zelenskyj obvinil Moskvu z útoků. Podle něj Rusové přesouvají jednotky stažené "
     "z okolí Černihivu.", "Ukrainian President Volodymyr Zelensky", "UA"),
])
def test_claimants(pipeline, text, claimant, side):
    (claim,) = _extract(pipeline, text).claims
    assert (claim.claimant, claim.claimant_side.value) == (claimant, side)


# Inflected place names (case endings, consonant alternations, multi-word names, capitalised
# region adjectives, sector adjectives): (sentence, surface, GeoNames id).
SPOTTING = [
    ("Boje u Bachmutu pokračují.", "Bachmutu", "geonames:713174"),
    ("Situace v Bachmutu je vážná.", "Bachmutu", "geonames:713174"),
    ("Boje pod Bachmutem pokračují.", "Bachmutem", "geonames:713174"),
    ("Cesta do Charkova je volná.", "Charkova", "geonames:706483"),
    ("Rusové útočí pod Charkovem.", "Charkovem", "geonames:706483"),
    ("Výbuchy v Kyjevě.", "Kyjevě", "geonames:703448"),
    ("Boje v Avdijivce pokračují.", "Avdijivce", "geonames:713122"),
    ("Evakuace z Avdijivky pokračuje.", "Avdijivky", "geonames:713122"),
    ("Boje pod Avdijivkou pokračují.", "Avdijivkou", "geonames:713122"),
    ("Rusové útočí na Avdijivku.", "Avdijivku", "geonames:713122"),
    ("Škody ve Volnovaše jsou obrovské.", "Volnovaše", "geonames:689198"),
    ("Pokračuje ostřelování Volnovachy.", "Volnovachy", "geonames:689198"),
    ("Výbuch v Nové Kachovce.", "Nové Kachovce", "geonames:699839"),
    ("Evakuace z Nové Kachovky pokračuje.", "Nové Kachovky", "geonames:699839"),
    ("Boje v Doněcké oblasti pokračují.", "Doněcké", "geonames:709716"),
    ("Pokračuje ostřelování Charkovské oblasti.", "Charkovské", "geonames:706482"),
    ("Boje v Záporožské oblasti pokračují.", "Záporožské", "geonames:687699"),
    ("Výbuchy v Bělgorodské oblasti.", "Bělgorodské", "geonames:578071"),
    ("Rusové útočí v Luhanské oblasti.", "Luhanské oblasti", "geonames:702657"),
    ("Boje v Kupjansku pokračují.", "Kupjansku", "geonames:703656"),
    ("Výbuchy v Chersonu.", "Chersonu", "geonames:706448"),
    ("Boje v Lymanu pokračují.", "Lymanu", "geonames:704204"),
    ("Boje u Marjinky pokračují.", "Marjinky", "geonames:701845"),
    ("Boje u Vuhledaru pokračují.", "Vuhledaru", "geonames:690823"),
    ("Výbuchy v Doněcku.", "Doněcku", "geonames:709717"),
    ("Pokračuje ostřelování Doněcka.", "Doněcka", "geonames:709717"),
    ("Výbuchy v Kramatorsku.", "Kramatorsku", "geonames:704508"),
    ("Situace v Pokrovsku je vážná.", "Pokrovsku", "geonames:704422"),
    ("Boje u Časiva Jaru pokračují.", "Časiva Jaru", "geonames:710915"),
    ("Boje o Časiv Jar pokračují.", "Časiv Jar", "geonames:710915"),
    ("Výbuchy v Melitopolu.", "Melitopolu", "geonames:701404"),
    ("Boje v Mariupolu.", "Mariupolu", "geonames:701822"),
    ("Poplach v Oděse.", "Oděse", "geonames:698740"),
    ("Poplach v Sumách.", "Sumách", "geonames:692194"),
    ("Výbuchy v Moskvě.", "Moskvě", "geonames:524901"),
    ("Boje na Donbasu pokračují.", "Donbasu", "geonames:709718"),
    ("Boje v Soledaru pokračují.", "Soledaru", "geonames:706757"),
    ("Výbuchy v Lysyčansku.", "Lysyčansku", "geonames:702972"),
    ("Boje v Sjevjerodoněcku.", "Sjevjerodoněcku", "geonames:691999"),
    ("Výbuchy v Horlivce.", "Horlivce", "geonames:707753"),
    ("Výbuchy v Dnipru.", "Dnipru", "geonames:709930"),
    ("Výbuchy v Mykolajivě.", "Mykolajivě", "geonames:700569"),
    ("Boje u Orichivu pokračují.", "Orichivu", "geonames:698428"),
    ("Nové sankce proti Rusku.", "Rusku", "geonames:2017370"),
    ("Pomoc Ukrajině pokračuje.", "Ukrajině", "geonames:690791"),
    ("Boje na Charkovsku pokračují.", "Charkovsku", "geonames:706482"),
    ("Boje na bachmutském směru.", "bachmutském", "geonames:713174"),
    ("Útoky na pokrovském směru.", "pokrovském", "geonames:704422"),
    ("Boje na kupjanském úseku fronty.", "kupjanském", "geonames:703656"),
    ("Boje na avdijivském směru.", "avdijivském", "geonames:713122"),
    ("Boje u Balakliji pokračují.", "Balakliji", "geonames:712926"),
    ("Výbuchy v Kosťantynivce.", "Kosťantynivce", "geonames:705104"),
    ("Boje u Velyké Novosilky.", "Velyké Novosilky", "geonames:690237"),
    ("Boje v Kurachovu pokračují.", "Kurachovu", "geonames:695357"),
    ("Poplach v Černihivě.", "Černihivě", "geonames:710735"),
    ("Rusové útočí na Záporoží.", "Záporoží", "geonames:687700"),
    pytest.param("Exploze v Charkově.", "Charkově", "geonames:706483"),
    pytest.param("Výbuchy ve Lvově.", "Lvově", "geonames:702550"),
    pytest.param("Útoky v Chersonské oblasti.", "Chersonské", "geonames:706442"),
    pytest.param("Útok v Kurské oblasti.", "Kurské", "geonames:538555"),
    pytest.param("Boje u Kreminné pokračují.", "Kreminné", "geonames:704138"),
    pytest.param("Útoky na Luhansko.", "Luhansko", "geonames:702657",
                 marks=code_xfail("gazetteer: the region name 'Luhansko' is stored for the city as "
                                  "well, and the city wins")),
    pytest.param("Kyjev oznámil nové sankce.", "Kyjev", "geonames:703448"),
    ("Boje u Lypců pokračují.", "Lypců", "geonames:702989"),
    ("Boje u Verbového pokračují.", "Verbového", "geonames:689965"),
    ("Výbuchy v Rjazani.", "Rjazani", "geonames:500096"),
    ("Pietní akt v Buči.", "Buči", "geonames:711350"),
    ("Boje v Irpini.", "Irpini", "geonames:707565"),
    ("Boje v Sudži pokračují.", "Sudži", "geonames:486816"),
]


# One excerpt written for these tests (a ČTK-style report): every claim it must give.
ARTICLE = """Ukrajinci opustili Velykou Novosilku, Rusové hlásí její dobytí

Kyjev - Ukrajinské jednotky se stáhly z Velyké Novosilky na jihu Doněcké oblasti, aby se vyhnuly \
obklíčení. V neděli to potvrdil mluvčí operačně-strategického uskupení Chortycja Viktor Trehubov. \
Ruské ministerstvo obrany už v neděli ráno oznámilo, že město osvobodily jednotky uskupení Vostok.

Boje pokračují i u Torecku a Časiva Jaru, kde Rusové podle generálního štábu v sobotu podnikli \
27 útoků. Ruský vojenský bloger Jurij Podoljaka tvrdí, že ruské jednotky postoupily v Časivu \
Jaru až k žáruvzdorné továrně.

Rusko v noci na pondělí zaútočilo 97 drony na Ukrajinu. Zasažen byl podle úřadů mimo jiné Kyjev, \
kde trosky sestřeleného dronu poškodily obytný dům v Obolonském obvodu. Ukrajinské drony mezitím \
zasáhly rafinerii v Rjazani, uvedl zdroj ukrajinské rozvědky.
"""


def test_article(pipeline):
    claims = set(_claims(pipeline, ARTICLE, published="2025-01-27"))
    assert claims == {
        ("withdrawal", "Velyké Novosilky", "UA"), ("capture", "Velyké Novosilky", "RU"),
        ("attack", "Torecku", "RU"), ("attack", "Časiva Jaru", "RU"),
        ("advance", "Časivu Jaru", "RU"), ("strike", "Kyjev", "RU"), ("strike", "Rjazani", "UA"),
    }


@pytest.mark.parametrize(("text", "surface", "place_id"), SPOTTING)
def test_inflected_place(pipeline, text, surface, place_id):
    places = {p.mention.surface: p.entry.place_id for p in _extract(pipeline, text).places}
    assert places.get(surface) == place_id


# A second excerpt (a ČTK-style report of April 2022): every claim it must give.
ARTICLE_KYIV = """Rusové opustili okolí Kyjeva, v Buči našli těla civilistů

Ukrajinská vojska převzala kontrolu nad celou Kyjevskou oblastí, oznámila v sobotu náměstkyně \
ministra obrany Hanna Maljarová. Ruské jednotky se podle ní stáhly z Irpině, Buči a Hostomelu a \
přesouvají se k běloruské hranici.

Ruské ministerstvo obrany už dříve oznámilo, že omezí vojenskou činnost u Kyjeva a Černihivu. \
Podle Pentagonu jde o přeskupení, nikoli o stažení, a Rusové se chystají k ofenzivě na Donbasu.

Ukrajinská armáda ve čtvrtek osvobodila také obec Sloboda u Černihivu. Na východě Ukrajiny \
pokračují boje o Mariupol a Izjum, kde ruské síly útočí ze směru od Balakliji.

V noci na sobotu ruské střely zasáhly Poltavu a Kremenčuk, uvedl gubernátor Poltavské oblasti \
Dmytro Lunin. V Kremenčuku byla zničena rafinerie.
"""


def test_article_kyiv(pipeline):
    claims = set(_claims(pipeline, ARTICLE_KYIV, published="2022-04-02"))
    assert claims == {
        ("withdrawal", "Kyjeva", "RU"), ("withdrawal", "Irpině", "RU"),
        ("withdrawal", "Buči", "RU"), ("withdrawal", "Hostomelu", "RU"),
        ("capture", "Kyjevskou", "UA"), ("capture", "Sloboda", "UA"),
        ("attack", "Mariupol", "RU"), ("attack", "Izjum", "RU"),
        ("strike", "Poltavu", "RU"), ("strike", "Kremenčuk", "RU"),
    }


# Sixth pass (sentences written for these tests in the style of ČTK reports and live blogs).
PASS6 = [
    # a reporting verb before the capital ("potvrdil Kyjev") makes it the government
    ("Ukrajinci se uchytili na levém břehu Dněpru, potvrdil Kyjev", []),
    # weapons after the places make the attack a strike
    ("Rusko zaútočilo na Kyjev a Charkov hypersonickými střelami.",
     [("strike", "Kyjev", "RU"), ("strike", "Charkov", "RU")]),
    # "pumy" are bombs; "shodilo na X pumy"
    ("Ruské vojenské letectvo ve středu shodilo na Kupjansk řízené pumy.",
     [("strike", "Kupjansk", "RU")]),
    # the clitic "se" before the subject: "se ruské skupiny dostaly do X"
    ("Podle agentury TASS se ruské útočné skupiny dostaly do Synkivky.",
     [("advance", "Synkivky", "RU")]),
    # taking some streets or districts of a town is an advance, not its capture
    ("Ruské síly obsadily několik čtvrtí Kurachova.", [("advance", "Kurachova", "RU")]),
    ("Ruské jednotky obsadily část Krasnohorivky.", [("advance", "Krasnohorivky", "RU")]),
    # an attempt to retake positions is an attack
    ("Rusové se pokoušeli získat zpět ztracené pozice u Robotyne, ale neuspěli.",
     [("attack", "Robotyne", "RU")]),
    # "okraj" (edge) of a hit town is no advance
    ("Ukrajinské drony znovu zasáhly okraj Bělgorodu.", [("strike", "Bělgorodu", "UA")]),
    # "a obce X a Y", "a také X" continue the list of targets
    ("Ruská armáda ostřelovala Cherson a obce Antonivka a Bilozerka.",
     [("strike", "Cherson", "RU"), ("strike", "Antonivka", "RU"), ("strike", "Bilozerka", "RU")]),
    ("Ruské letectvo bombardovalo Lysyčansk a také Siversk.",
     [("strike", "Lysyčansk", "RU"), ("strike", "Siversk", "RU")]),
    # adjectival village names in -ne: Vodjane → u Vodjaného
    ("Ruské síly mírně postoupily u Vodjaného.", [("advance", "Vodjaného", "RU")]),
    # "podle štábu" (the General Staff just named) does not separate the subject from its verb
    ("Rusové podle štábu útočí na Lysyčansk ze dvou směrů.", [("attack", "Lysyčansk", "RU")]),
]


@pytest.mark.parametrize(("text", "expected"), PASS6, ids=case_ids(PASS6))
def test_pass6(pipeline, text, expected):
    assert sorted(_claims(pipeline, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "claimant", "side"), [
    ("Proruští separatisté tvrdí, že jejich jednotky vstoupily do Toškivky.",
     "pro-Russian separatists", "RU"),
    ("Ukrajinské drony podle zdrojů v ukrajinské tajné službě SBU zasáhly terminál v Brjansku.",
     "Security Service of Ukraine (SBU)", "UA"),
    ("Střely zasáhly Lvov, uvedl ukrajinský ministr energetiky Herman Haluščenko.",
     "Ukrainian government", "UA"),
])
def test_claimants_pass6(pipeline, text, claimant, side):
    (claim,) = _extract(pipeline, text).claims
    assert (claim.claimant, claim.claimant_side.value) == (claimant, side)


def test_capitalised_adjective_is_no_village(pipeline):
    places = {p.mention.surface for p in _extract(pipeline, "Kyjev - Ukrajinské jednotky se "
                                                  "stáhly ze Sjevjerodoněcku.").places}
    assert "Ukrajinské" not in places


def test_official_name_is_no_place(pipeline):
    text = ("Šéf městské vojenské správy Avdijivky Vitalij Barabaš řekl, že Rusové město "
            "ostřelují.")
    claims = _claims(pipeline, text)
    assert ("strike", "Barabaš", "RU") not in claims
    assert all(c[1] != "Barabaš" for c in claims)


# A third excerpt (a Czech Radio-style report of February 2025): every claim it must give.
ARTICLE_KUPIANSK = """Rusové útočí u Kupjansku, Ukrajinci hlásí protiútoky

Ruské ministerstvo obrany tvrdí, že jeho vojáci osvobodili vesnici Topoli. Podle ruské agentury \
TASS se ruské útočné skupiny dostaly do Synkivky, osm kilometrů severně od Kupjansku.

Ukrajinský generální štáb v pátek ráno uvedl, že za posledních 24 hodin odrazil na kupjanském \
směru 14 útoků, mimo jiné u Petropavlivky a Zahryzova. Rusové podle něj neobsadili žádnou novou obec.

Na lymanském směru se ukrajinští vojáci stáhli z obce Terny, napsal ukrajinský bloger Jurij \
Butusov. Ukrajinská armáda tuto informaci nekomentovala.

Ruské vojenské letectvo ve středu shodilo na Kupjansk řízené pumy, uvedl šéf městské vojenské \
správy Andrij Besedin. Zničeno bylo několik obytných budov.
"""


def test_article_kupiansk(pipeline):
    claims = set(_claims(pipeline, ARTICLE_KUPIANSK, published="2025-02-14"))
    assert claims == {
        ("attack", "Kupjansku", "RU"),
        ("capture", "Topoli", "RU"), ("advance", "Synkivky", "RU"),
        ("attack", "Petropavlivky", "RU"), ("attack", "Zahryzova", "RU"),
        ("withdrawal", "Terny", "UA"), ("strike", "Kupjansk", "RU"),
    }
