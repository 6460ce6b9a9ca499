"""German (de.toml): claims, non-claims, dates and place names in sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from langtools import LangHelpers

LANG = "de"
THU = "2023-02-02"  # a Thursday


_lang = LangHelpers(LANG, THU)
_process = _lang.process
_claims = _lang.claims


# (sentence, expected (type, surface, actor) claims)
CASES = [
    # capture
    ("Russische Truppen haben das Dorf Otscheretyne im Gebiet Donezk eingenommen, teilte das "
     "Verteidigungsministerium in Moskau mit.", [("capture", "Otscheretyne", "RU")]),
    ("Ukrainische Soldaten haben die Ortschaft Robotyne zurückerobert.",
     [("capture", "Robotyne", "UA")]),
    ("Die ukrainische Armee hat Klischtschijiwka südlich von Bachmut befreit.",
     [("capture", "Klischtschijiwka", "UA")]),
    ("Nach Angaben aus Moskau nahmen russische Einheiten die Kleinstadt Marjinka am Dienstag "
     "vollständig ein.", [("capture", "Marjinka", "RU")]),
    ("Die russische Armee hat die Stadt Awdijiwka unter ihre Kontrolle gebracht.",
     [("capture", "Awdijiwka", "RU")]),
    ("Ukrainische Truppen haben die Kontrolle über Sudscha übernommen.",
     [("capture", "Sudscha", "UA")]),
    ("Die Stadt Bachmut wurde von russischen Truppen erobert.", [("capture", "Bachmut", "RU")]),
    ("Cherson wurde am Freitag von der ukrainischen Armee befreit.",
     [("capture", "Cherson", "UA")]),
    ("Das russische Verteidigungsministerium meldete die Einnahme von Perwomajske.",
     [("capture", "Perwomajske", "RU")]),
    # advance
    ("Russische Truppen rücken auf Pokrowsk vor.", [("advance", "Pokrowsk", "RU")]),
    ("Russische Einheiten sind in den Stadtrand von Tschassiw Jar vorgedrungen.",
     [("advance", "Tschassiw Jar", "RU")]),
    ("Ukrainische Einheiten rückten am Mittwoch bei Kupjansk weiter vor.",
     [("advance", "Kupjansk", "UA")]),
    ("Der Vormarsch der russischen Truppen in Richtung Torezk hält an.",
     [("advance", "Torezk", "RU")]),
    ("Kiews Truppen sind bei Robotyne vorgerückt.", [("advance", "Robotyne", "UA")]),
    ("Gestern rückten russische Streitkräfte auf Wuhledar vor.",
     [("advance", "Wuhledar", "RU")]),
    ("Ukrainische Truppen erzielten Geländegewinne bei Robotyne.",
     [("advance", "Robotyne", "UA")]),
    ("Die ukrainischen Streitkräfte haben bei Robotyne Geländegewinne erzielt.",
           [("advance", "Robotyne", "UA")]),
    # withdrawal
    ("Die ukrainischen Truppen haben sich aus Awdijiwka zurückgezogen.",
     [("withdrawal", "Awdijiwka", "UA")]),
    ("Russische Soldaten zogen sich aus Cherson zurück, wie das Verteidigungsministerium in "
     "Moskau mitteilte.", [("withdrawal", "Cherson", "RU")]),
    ("Der Rückzug der russischen Armee aus Isjum wurde am Samstag bekannt.",
     [("withdrawal", "Isjum", "RU")]),
    ("Kiew hat die Stadt Soledar nach wochenlangen Kämpfen aufgegeben.",
     [("withdrawal", "Soledar", "UA")]),
    ("Die ukrainischen Einheiten haben Wuhledar verlassen, um einer Einkesselung zu entgehen.",
     [("withdrawal", "Wuhledar", "UA")]),
    ("Die Kontrolle über Sewerodonezk haben die ukrainischen Truppen verloren.",
     [("withdrawal", "Sewerodonezk", "UA")]),
    ("Ukraine gibt Wuhledar auf", [("withdrawal", "Wuhledar", "UA")]),
    ("Die ukrainischen Truppen haben sich aus der Bergbaustadt Wuhledar zurückgezogen.",
     [("withdrawal", "Wuhledar", "UA")]),
    # attack
    ("Russische Truppen griffen die Stadt Wowtschansk am Freitag von Norden her an.",
     [("attack", "Wowtschansk", "RU")]),
    ("Heftige Kämpfe toben um Bachmut, teilte der ukrainische Generalstab mit.",
     [("attack", "Bachmut", None)]),
    ("Die ukrainische Armee wehrte zwölf russische Angriffe bei Awdijiwka ab.",
     [("attack", "Awdijiwka", "RU")]),
    ("Die russische Offensive auf Kupjansk hat begonnen.", [("attack", "Kupjansk", "RU")]),
    ("Ukrainische Einheiten stürmten in der Nacht zu Donnerstag russische Stellungen bei "
     "Werbowe.", [("attack", "Werbowe", "UA")]),
    ("Der Feind hat die Ortschaft Bohdaniwka angegriffen, teilte der ukrainische Generalstab "
     "mit.", [("attack", "Bohdaniwka", "RU")]),
    ("Nach Angaben des ukrainischen Generalstabs griffen russische Einheiten die Stadt "
     "Awdijiwka von Norden an.", [("attack", "Awdijiwka", "RU")]),
    ("Russische Truppen haben Bachmut umzingelt.", [("attack", "Bachmut", "RU")]),
    # strike
    ("Russische Raketen trafen in der Nacht zu Donnerstag die Stadt Charkiw.",
     [("strike", "Charkiw", "RU")]),
    ("Bei einem Drohnenangriff auf Odessa wurden drei Menschen verletzt.",
     [("strike", "Odessa", "RU")]),
    ("Das russische Militär hat Saporischschja mit Gleitbomben angegriffen.",
     [("strike", "Saporischschja", "RU")]),
    ("Die ukrainische Armee beschoss nach russischen Angaben die Stadt Belgorod.",
     [("strike", "Belgorod", "UA")]),
    ("Die Besatzer beschossen in der Nacht die Stadt Nikopol.", [("strike", "Nikopol", "RU")]),
    ("Ukrainische Drohnen griffen eine Ölraffinerie in Brjansk an.",
     [("strike", "Brjansk", "UA")]),
    ("Bei einem russischen Raketenangriff auf Krywyj Rih wurden zehn Menschen getötet.",
     [("strike", "Krywyj Rih", "RU")]),
    ("Russische Kampfjets bombardierten die Stadt Wowtschansk.",
     [("strike", "Wowtschansk", "RU")]),
    ("Russische Raketen trafen in der Nacht zu Donnerstag Kiew.", [("strike", "Kiew", "RU")]),
    # a ministry "in Moskau" is the speaker, not the place of the event
    ("Russische Einheiten hätten das Dorf Schelanne eingenommen, teilte das Ministerium in Moskau "
     "mit.", [("capture", "Schelanne", "RU")]),
    ("Russische Truppen haben nach Angaben des Verteidigungsministeriums in Moskau das Dorf "
     "Lastotschkyne eingenommen.", [("capture", "Lastotschkyne", "RU")]),
    # "Kiew widerspricht": Kiev answers, it is neither a place of the event nor its actor
    ("Stand: 29.02.2024\nMoskau meldet Einnahme von Lastotschkyne - Kiew widerspricht",
     [("capture", "Lastotschkyne", "RU")]),
    # "dort" refers back to the village just named
    ("Ukrainische Marineinfanteristen halten einen Brückenkopf bei dem Dorf Krynky. Russische "
     "Truppen greifen die Stellungen dort täglich an.", [("attack", "Krynky", "RU")]),
    # an attack "aus der Luft" is a strike
    ("Charkiw wurde in der Nacht erneut aus der Luft angegriffen.", [("strike", "Charkiw", "RU")]),
    # positions or parts of a town retaken: an advance, not the capture of the town
    ("Ukrainische Truppen hätten in Wowtschansk Stellungen im Zentrum der Stadt zurückgewonnen.",
     [("advance", "Wowtschansk", "UA")]),
    ("Russische Truppen haben Teile von Wowtschansk erobert.", [("advance", "Wowtschansk", "RU")]),
    ("Nach Angriffen auf ukrainische Stellungen haben russische Truppen das Dorf Krasnohoriwka "
     "erobert.", [("capture", "Krasnohoriwka", "RU")]),
    # "heranrücken", "vorzudringen", "an Russland gefallen"
    ("Nach ukrainischen Angaben rückten die russischen Truppen bis auf drei Kilometer an "
     "Pokrowsk heran.", [("advance", "Pokrowsk", "RU")]),
    ("Den russischen Angriffstruppen gelang es, in den Ort Nowohrodiwka vorzudringen.",
     [("advance", "Nowohrodiwka", "RU")]),
    ("Die Stadt Wuhledar ist nach mehr als zwei Jahren Belagerung an Russland gefallen.",
     [("capture", "Wuhledar", "RU")]),
    # infrastructure and airfields "angegriffen" are struck, not stormed
    ("Russland hat in der Nacht die Energieinfrastruktur im Gebiet Lwiw angegriffen.",
     [("strike", "Lwiw", "RU")]),
    ("Ukrainische Drohnen haben einen Militärflugplatz auf der Krim angegriffen.",
     [("strike", "Krim", "UA")]),
    # a separable verb whose subject and source stand between verb and particle
    ("Im Osten griffen russische Truppen nach Angaben des ukrainischen Generalstabs weiter die "
     "Stadt Isjum an.", [("attack", "Isjum", "RU")]),
    # "den Osten der Stadt besetzt": part of the town, an advance
    ("Die Monitoringgruppe DeepState berichtete, russische Einheiten hätten den Osten der Stadt "
     "Kurachowe besetzt.", [("advance", "Kurachowe", "RU")]),
    ("Russische Truppen haben den Süden von Wowtschansk erobert.",
     [("advance", "Wowtschansk", "RU")]),
    ("Russische Truppen haben im Osten der Ukraine das Dorf Nowomychajliwka erobert.",
     [("capture", "Nowomychajliwka", "RU")]),
    # a fall told in a relative clause
    ("Wuhledar, das Anfang Oktober gefallen war, gilt als strategisch wichtig.",
     [("capture", "Wuhledar", None)]),
    ("Nach monatelangen Kämpfen gibt die Ukraine Awdijiwka auf. Er habe den Abzug der Einheiten "
     "aus der Stadt angeordnet, um eine Einkesselung zu vermeiden, teilte Syrskyj mit.",
     [("withdrawal", "Awdijiwka", "UA")]),
    # "einrücken" (separable and participle), "Fuß fassen"
    ("Ukrainische Soldaten sind in die Stadt Lyman eingerückt.", [("advance", "Lyman", "UA")]),
    ("Ukrainische Truppen rücken in Lyman ein.", [("advance", "Lyman", "UA")]),
    ("Russische Truppen hätten am Stadtrand von Wuhledar Fuß gefasst.",
     [("advance", "Wuhledar", "RU")]),
    # a long object between "nahmen" and its particle
    ("Nach Angaben der Staatsagentur Tass nahmen russische Soldaten das Dorf Datschne an der "
     "Grenze zum Gebiet Donezk ein.", [("capture", "Datschne", "RU")]),
    # air bases "angegriffen" are struck
    ("Ukrainische Drohnen hätten die Stützpunkte Engels im Gebiet Saratow und Djagilewo bei "
     "Rjasan angegriffen.", [("strike", "Engels", "UA"), ("strike", "Rjasan", "UA")]),
    # "hatte Kiew den Rückzug … eingeräumt": Kiew after an auxiliary is the side
    ("Bereits am Dienstag hatte Kiew den Rückzug aus dem Dorf Netajlowe eingeräumt.",
     [("withdrawal", "Netajlowe", "UA")]),
    # a live-blog line ends in "+++"; a long middle field before the particle "vor"
    ("+++ 08:00 Uhr: ISW: Kiew rückt bei Bachmut vor +++", [("advance", "Bachmut", "UA")]),
    ("In Torezk rückten russische Einheiten nach Angaben der Beobachtergruppe DeepState im "
     "Zentrum der Stadt vor.", [("advance", "Torezk", "RU")]),
    # "des russischen Gouverneurs" names no side
    ("Am Donnerstag hatten ukrainische Drohnen nach Angaben des russischen Gouverneurs Wassili "
     "Golubew ein Öldepot im Gebiet Rostow angegriffen.", [("strike", "Rostow", "UA")]),
    # origin_preps: an advance "von X aus in Richtung Y" is at Y only
    ("Russische Truppen rücken von Awdijiwka aus in Richtung Pokrowsk vor.",
     [("advance", "Pokrowsk", "RU")]),
    ("Ukrainische Einheiten stießen aus Robotyne nach Süden in Richtung Tokmak vor.",
     [("advance", "Tokmak", "UA")]),
    # "wegen der Gefahr einer Einkesselung" names a reason, not an attack
    ("Das russische Verteidigungsministerium räumte am Nachmittag ein, seine Einheiten hätten "
     "sich wegen der Gefahr einer Einkesselung aus Lyman auf günstigere Linien zurückgezogen.",
     [("withdrawal", "Lyman", "RU")]),
    # a fuel depot hit from afar: a strike; the accused (dative) is the actor, not the speaker
    ("Russland warf der Ukraine vor, mit Hubschraubern ein Treibstofflager in der Stadt "
     "Belgorod angegriffen zu haben.", [("strike", "Belgorod", "UA")]),
    # half of a town under control: ground gained in it, not the town
    ("Mehr als die Hälfte von Kupjansk sei unter russischer Kontrolle, erklärte das "
     "Verteidigungsministerium in Moskau.", [("advance", "Kupjansk", "RU")]),
    # an attempt to gain a foothold is an attack
    ("Russische Sturmgruppen hätten versucht, bei dem Dorf Schurawka Fuß zu fassen.",
     [("attack", "Schurawka", "RU")]),
    # the border guard is a source, not the side advancing
    ("Russische Einheiten sind nach Angaben der ukrainischen Grenzschutzbehörde ins Gebiet Sumy "
     "vorgedrungen.", [("advance", "Sumy", "RU")]),
]

# Negations, intentions, hypotheticals, captured soldiers, civilians and agreements.
NOT_CLAIMS = [
    # the venue of talks is no place of the withdrawal; an expected offensive is no claim
    "Moskau hatte den Abzug als Geste des guten Willens für die Verhandlungen in Istanbul "
    "bezeichnet.",
    "Dort werde eine neue Offensive im Donbass erwartet.",
    "Russland hat Bachmut noch nicht eingenommen.",
    "Russische Truppen nahmen Bachmut nicht ein.",
    "Moskau plant, Awdijiwka einzukesseln.",
    "Russland will die Stadt Kupjansk erobern.",
    "Wenn Russland Bachmut einnimmt, ist Kramatorsk das nächste Ziel.",
    "Falls die Ukraine Robotyne zurückerobert, öffnet sich der Weg nach Tokmak.",
    "Die Ukraine hat in der Region Kursk 102 russische Soldaten gefangen genommen.",
    "Tausende Zivilisten haben Charkiw verlassen.",
    "Die Bewohner von Pokrowsk fliehen in den Westen des Landes.",
    "Der Frachter verließ den Hafen von Odessa nach Russlands Rückzug aus dem Getreideabkommen.",
    "Die Behörden riefen die verbliebenen Einwohner erneut auf, die Stadt Pokrowsk zu verlassen.",
    "Die Russen versuchten, in den Ort Nowohrodiwka vorzudringen.",
    # expectations, future and conditional infinitives far from their modal
    "Militärexperten erwarten, dass Russland nun versuchen wird, auf Slowjansk und Kramatorsk im "
    "Gebiet Donezk vorzurücken.",
    "Kiew warnte, die Truppen würden sich nur neu formieren und dann im Donbass angreifen.",
    # states, not events: an occupation since March, a town lying in ruins
    "Die Stadt Balaklija war seit März von russischen Truppen besetzt.",
    "Nach Einschätzung von Beobachtern ist Torezk inzwischen weitgehend zerstört.",
    "Ziel ist es, zur Küste des Asowschen Meeres vorzustoßen und die Landverbindung zur Krim zu "
    "durchtrennen.",
    # an aim with a deadline ("bis zum 9. Mai"), a conditional "könnte"
    "Nach Einschätzung des Instituts für Kriegsstudien wollen die Russen Tschassiw Jar bis zum "
    "9. Mai erobern.",
    "Wer den Ort kontrolliert, könnte Kramatorsk und Slowjansk unter Beschuss nehmen.",
    # a feared advance; a unit named after a town (genitive); an encirclement avoided
    "Experten befürchten, dass Russland nun auch auf Kostjantyniwka vorrücken könnte.",
    "Der Kommandeur des Asow-Regiments, Denys Prokopenko, bestätigte, dass die Soldaten das Werk "
    "verlassen hätten.",
    # a state of destruction in reported speech ("sei zerstört") is no strike
    "Die Stadt Krasnohoriwka sei weitgehend zerstört, sagte ein Sprecher.",
    # "Kiew äußerte sich": the government, not the place of the advance
    "Kiew äußerte sich zunächst nicht zu dem Vorstoß.",
    # not_after: a negation or condition after the trigger
    "Ein russischer Angriff auf Charkiw stehe nicht unmittelbar bevor, sagte Selenskyj.",
    "Die Einnahme von Tschassiw Jar würde den Russen den Weg nach Kramatorsk öffnen.",
    "Eine Offensive auf Saporischschja sei derzeit nicht zu erwarten, sagte der Sprecher.",
]

# (sentence, claim type, surface, expected event date) — published Thursday 2023-02-02.
DATES = [
    ("Russische Raketen trafen am Mittwoch die Stadt Charkiw.", "strike", "Charkiw",
     "2023-02-01"),
    ("Russische Drohnen griffen Mittwochabend die Stadt Odessa an.", "strike", "Odessa",
     "2023-02-01"),
    ("Russische Raketen trafen in der Nacht zu Dienstag die Stadt Saporischschja.", "strike",
     "Saporischschja", "2023-01-31"),
    ("Russische Drohnen griffen in der Nacht von Montag auf Dienstag die Stadt Sumy an.",
     "strike", "Sumy", "2023-01-31"),
    ("Am Sonntag eroberten russische Truppen das Dorf Krasnohoriwka.", "capture",
     "Krasnohoriwka", "2023-01-29"),
    ("Russische Truppen haben gestern die Stadt Bachmut angegriffen.", "attack", "Bachmut",
     "2023-02-01"),
    ("Russische Truppen haben vorgestern Soledar eingenommen.", "capture", "Soledar",
     "2023-01-31"),
    ("In den vergangenen 24 Stunden beschossen russische Truppen die Stadt Nikopol.", "strike",
     "Nikopol", "2023-02-02"),
    ("Russische Raketen haben heute Morgen die Stadt Dnipro getroffen.", "strike", "Dnipro",
     "2023-02-02"),
    ("Russische Artillerie beschoss die Stadt Cherson am 28.01.2023.", "strike", "Cherson",
     "2023-01-28"),
    # a month or a week is not a single day: no event date (the shared gold's rule)
    ("Im Januar griffen russische Truppen die Stadt Soledar an.", "attack", "Soledar", None),
    ("Im Dezember griffen russische Truppen die Stadt Soledar an.", "attack", "Soledar", None),
    ("Russische Truppen haben vergangene Woche Awdijiwka angegriffen.", "attack", "Awdijiwka",
     None),
    ("In den vergangenen Wochen haben russische Truppen Awdijiwka immer wieder angegriffen.",
     "attack", "Awdijiwka", None),
    ("Russische Artillerie beschoss am 28. Januar die Stadt Cherson.", "strike", "Cherson",
     "2023-01-28"),
    # a past event named in passing is background
    ("Die Armee setzt ihre Offensive nach dem Fall von Awdijiwka fort, berichtete RIA Nowosti.",
     "capture", "Awdijiwka", None),
]

# (sentence, surface, gazetteer name, kind)
SPOTS = [
    ("Die Verteidigung Bachmuts kostet beide Seiten viele Soldaten.", "Bachmuts", "Bakhmut",
     "settlement"),
    ("Im Charkiwer Gebiet wurden mehrere Dörfer beschossen.", "Charkiwer", "Kharkiv Oblast",
     "region"),
    ("Das Donezker Gebiet ist seit Wochen umkämpft.", "Donezker", "Donetsk Oblast", "region"),
    ("An der Kupjansk-Front gab es am Montag heftige Gefechte.", "Kupjansk", "Kupiansk",
     "settlement"),
    ("Im Gebiet Luhansk halten die Kämpfe an.", "Luhansk", "Luhansk Oblast", "region"),
    ("Die Lage an der Front bei Bachmut ist angespannt.", "Bachmut", "Bakhmut", "settlement"),
    ("Die Donbass-Region bleibt der Schwerpunkt der Kämpfe.", "Donbass", "Donets Basin",
     "region"),
    ("Russische Truppen beschossen die Stadt Kurachowe im Gebiet Donezk.", "Donezk",
     "Donetsk Oblast", "region"),
    ("In der Region Kursk dauern die Kämpfe an.", "Kursk", "Kursk Oblast", "region"),
    ("Im Donbass halten die Kämpfe an.", "Donbass", "Donets Basin", "region"),
    ("Auf der Krim explodierte ein Munitionsdepot.", "Krim", "Autonomous Republic of Crimea",
     "region"),
    ("Die Regierung in Moskau schweigt zu den Berichten.", "Moskau", "Moscow",
           "settlement"),
    ("Die Ukrainer halten die Frontstadt Torezk weiterhin.", "Torezk", "Toretsk",
           "settlement"),
]

# (sentence, surface, role): a place that qualifies a person or stands for a government.
ROLES = [
    ("Der Gouverneur von Charkiw, Oleh Synjehubow, meldete neue Angriffe.", "Charkiw", "office"),
    ("Die Kiewer Regierung wies die Darstellung zurück.", "Kiewer", "metonym"),
    ("Die Stadt liegt 30 Kilometer nördlich von Cherson.", "Cherson", "reference"),
    ("Das Dorf liegt auf dem Weg in Richtung Tokmak, den die Ukraine zurückerobert hat.", "Tokmak",
     "reference"),
    ("Die Kiewer Armeeführung wies die Berichte zurück.", "Kiewer", "metonym"),
    ("Moskau meldet Erfolge - Kiew widerspricht", "Kiew", "metonym"),
]

# (sentence, surface): first names and common nouns that are never places.
NOT_PLACES = [
    ("Der Gouverneur des Gebiets Charkiw, Oleh Synjehubow, meldete neuen Beschuss.", "Oleh"),
    ("Bei dem Angriff auf Sumy starb ein Mann.", "Mann"),
    ("In der Nacht wurde Slowjansk nach Angaben des Bürgermeisters Wadym Ljach beschossen.",
     "Ljach"),
]

# (text, claimant label): who makes the claim.
CLAIMANTS = [
    ("Russische Militärblogger räumten ein, dass ukrainische Truppen bei Krynky Fuß gefasst "
     "hätten.", "military bloggers"),
    ("Russland warf der Ukraine vor, ein Treibstofflager in Belgorod angegriffen zu haben.",
     "Russia"),
    ("Russische Einheiten sind nach Angaben der ukrainischen Grenzschutzbehörde ins Gebiet Sumy "
     "vorgedrungen.", "Ukrainian military"),
    ("Im Gebiet Sumy wurden durch russischen Beschuss zwei Menschen verletzt, wie die "
     "Gebietsverwaltung mitteilte.", "the local military administration"),
    ("Unterdessen beschoss die russische Armee nach Angaben der regionalen Behörden erneut die "
     "Stadt Kurachowe.", "the regional authorities"),
    ("Das russische Verteidigungsministerium hat die vollständige Eroberung der Stadt Bachmut "
     "verkündet.", "Russian Ministry of Defence"),
    ("Das russische Verteidigungsministerium stellte die Lage anders dar. Es hieß, ukrainische "
     "Angriffe bei Werbowe seien abgewehrt worden.", "Russian Ministry of Defence"),
    ("Einheiten der Heeresgruppe Zentrum hätten das Dorf Schelanne eingenommen, teilte das "
     "Ministerium in Moskau mit.", "Russian Ministry of Defence"),
    ("Der ukrainische Generalstab sprach am Dienstag von 52 russischen Angriffen im "
     "Frontabschnitt Pokrowsk.", "Ukrainian General Staff"),
    ("Russische Truppen sind nach ukrainischen Angaben weiter in Richtung Pokrowsk vorgerückt.",
     "Ukrainian officials"),
    ("In der Nacht wurde Slowjansk nach Angaben des Bürgermeisters Wadym Ljach beschossen.",
     "the mayor"),
    ("Im Frontabschnitt Pokrowsk zählte der ukrainische Generalstab am Freitag 48 russische "
     "Angriffe bei dem Dorf Kotlyne.", "Ukrainian General Staff"),
    ("Die russische Armee hat bei ihren Angriffen auf die Bergbaustadt Wuhledar nach britischer "
     "Einschätzung schwere Verluste erlitten.", "UK Ministry of Defence"),
    ("Russische Truppen haben nach Einschätzung des Instituts für Kriegsstudien Tschassiw Jar "
     "erobert.", "Institute for the Study of War (ISW)"),
    ("Am Freitag hätten die Russen die Stadt Tschassiw Jar mit 20 Gleitbomben angegriffen, teilte "
     "der ukrainische Armeechef Olexander Syrskyj am Samstag mit.",
     "Ukrainian Commander-in-Chief Oleksandr Syrskyi"),
    ("Am Donnerstag hatten ukrainische Drohnen nach Angaben des russischen Gouverneurs Wassili "
     "Golubew ein Öldepot im Gebiet Rostow angegriffen.", "the regional governor"),
    ("Der russische Militärblog Rybar berichtete, die Russen hätten das Dorf Druschba eingenommen.",
     "military bloggers"),
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


@pytest.mark.parametrize(("text", "surface"), NOT_PLACES)
def test_not_a_place(pipeline, text, surface):
    assert surface not in {p.mention.surface for p in _process(pipeline, text).places}


@pytest.mark.parametrize(("text", "label"), CLAIMANTS)
def test_claimant(pipeline, text, label):
    (claim,) = _process(pipeline, text).claims
    assert claim.claimant == label


def test_claimant_and_sides(pipeline):
    result = _process(pipeline, "Russische Truppen haben das Dorf Otscheretyne eingenommen, "
                                "teilte das russische Verteidigungsministerium mit.")
    (claim,) = result.claims
    assert claim.claimant == "Russian Ministry of Defence"
    assert claim.claimant_side.value == "RU"


def test_week_phrase_is_read_as_a_week(pipeline):
    """"vergangene Woche" is read as last week, not the day of the report: the event gets no
    date (a week is not a single day) rather than the publication date."""
    (claim,) = _process(pipeline, "Russische Truppen haben vergangene Woche Awdijiwka "
                                  "angegriffen.").claims
    assert claim.event_date is None and "not a single day: week" in claim.rule


# (text, claim type, surface, status): a denial in the next sentences.
STATUSES = [
    ("Russische Truppen haben Soledar erobert, behauptete Prigoschin. Das ukrainische Militär "
     "wies die Darstellung zurück.", "capture", "Soledar", "denied"),
    ("Russische Truppen haben nach Angaben aus Moskau die Stadt Torezk eingenommen. Die Kämpfe "
     "um Torezk gehen weiter, teilte das ukrainische Militär mit.", "capture", "Torezk",
     "denied"),
    ("Russische Soldaten nahmen nach Angaben der Staatsagentur Tass das Dorf Datschne ein. Die "
     "Kämpfe gingen bei Datschne weiter, sagte ein Sprecher der ukrainischen Armee.",
     "capture", "Datschne", "denied"),
]


@pytest.mark.parametrize(("text", "claim_type", "surface", "status"), STATUSES)
def test_status(pipeline, text, claim_type, surface, status):
    (claim,) = [c for c in _process(pipeline, text).claims
                if c.type.value == claim_type and c.place.mention.surface == surface]
    assert claim.status.value == status


# A wire report (dpa style, written for this test): every claim it must give, and no other.
ARTICLE = (
    "Russische Truppen rücken weiter auf Pokrowsk vor\n\n"
    "Kiew (dpa) - Im Osten der Ukraine sind russische Truppen nach ukrainischen Angaben "
    "weiter in Richtung der Stadt Pokrowsk vorgerückt. Der ukrainische Generalstab sprach "
    "am Dienstag von 52 russischen Angriffen im Frontabschnitt Pokrowsk innerhalb der "
    "vergangenen 24 Stunden. Besonders heftig seien die Kämpfe bei den Dörfern Hrodiwka und "
    "Nowohrodiwka gewesen. Die meisten Attacken seien abgewehrt worden, hieß es.\n\n"
    "Das russische Verteidigungsministerium meldete dagegen die Einnahme des Dorfes "
    "Schelanne im Gebiet Donezk. Einheiten der Heeresgruppe \"Zentrum\" hätten die Ortschaft "
    "vollständig unter ihre Kontrolle gebracht, teilte das Ministerium in Moskau mit. "
    "Unabhängig überprüfen ließen sich die Angaben zunächst nicht.\n\n"
    "Pokrowsk liegt etwa 60 Kilometer nordwestlich von Donezk und gilt als wichtiger "
    "Verkehrsknotenpunkt für die ukrainische Armee. Die Behörden riefen die verbliebenen "
    "Einwohner erneut auf, die Stadt zu verlassen. Nach Angaben des Leiters der "
    "Militärverwaltung von Pokrowsk, Serhij Dobrjak, leben dort noch rund 50.000 Menschen.\n\n"
    "In der Nacht zum Dienstag griff Russland zudem die Hauptstadt Kiew mit Drohnen und "
    "ballistischen Raketen an. Nach Angaben der Kiewer Militärverwaltung wurden alle "
    "Flugkörper abgeschossen. Im Gebiet Sumy wurden durch russischen Beschuss zwei Menschen "
    "verletzt, wie die Gebietsverwaltung mitteilte.\n\n"
    "Die ukrainische Armee hatte Anfang August mit einem Vorstoß in die russische Region "
    "Kursk begonnen. Moskau kündigte an, die Gebiete zurückzuerobern.\n\n"
)


def test_article(pipeline):
    assert sorted(set(_claims(pipeline, ARTICLE, published="2024-08-20"))) == sorted({
        ("advance", "Pokrowsk", "RU"), ("attack", "Pokrowsk", "RU"),
        ("attack", "Hrodiwka", "RU"), ("attack", "Nowohrodiwka", "RU"),
        ("capture", "Schelanne", "RU"), ("strike", "Kiew", "RU"), ("strike", "Sumy", "RU"),
        ("advance", "Kursk", "UA"),
    })


# A news-magazine report (written for this test): claims with their actors. The fighting in
# Torezk has no attacker named; the ruined town is no strike; the attacks counted in the
# Pokrowsk sector sit at the villages named.
ARTICLE_TOREZK = (
    "Russland meldet Einnahme von Torezk – Ukraine widerspricht\n\n"
    "Moskau hat die vollständige Eroberung der ostukrainischen Stadt Torezk verkündet. Russische "
    "Einheiten hätten die Stadt, die in Russland Dserschinsk genannt wird, \"befreit\", teilte "
    "das Verteidigungsministerium am Samstag mit. Die staatliche Nachrichtenagentur Tass "
    "verbreitete Bilder von Soldaten mit russischer Flagge auf einem Abraumhügel.\n\n"
    "Die Ukraine bestritt das. \"Die Kämpfe um Torezk gehen weiter\", schrieb die zuständige "
    "Operativ-strategische Gruppe Chortyzja auf Telegram. Die russischen Truppen kontrollierten "
    "nicht die ganze Stadt; in den westlichen Vierteln würden weiterhin Sturmangriffe abgewehrt. "
    "Auch nahe Tschassiw Jar, rund 25 Kilometer nördlich, wurde heftig gekämpft.\n\n"
    "Nach Einschätzung von Beobachtern ist Torezk inzwischen weitgehend zerstört. Vor dem Krieg "
    "lebten dort rund 30.000 Menschen.\n\n"
    "Im Frontabschnitt Pokrowsk zählte der ukrainische Generalstab am Freitag 48 russische "
    "Angriffe, vor allem bei den Dörfern Kotlyne und Udatschne. Die Russen versuchten, die Stadt "
    "von Süden zu umgehen, hieß es.\n\n"
    "Unterdessen haben ukrainische Drohnen in der Nacht zum Samstag nach russischen Angaben eine "
    "Ölraffinerie in der Region Wolgograd angegriffen. Der Gouverneur Andrej Botscharow teilte "
    "mit, herabfallende Trümmer hätten einen Brand ausgelöst.\n"
)


def test_article_torezk(pipeline):
    assert sorted(set(_claims(pipeline, ARTICLE_TOREZK, published="2025-02-08"))) == sorted({
        ("capture", "Torezk", "RU"), ("attack", "Torezk", None),
        ("attack", "Tschassiw Jar", None), ("attack", "Kotlyne", "RU"),
        ("attack", "Udatschne", "RU"), ("strike", "Wolgograd", "UA"),
    })


# A wire report (written for this test): a capture behind a long object ("nahmen ... das Dorf
# Datschne an der Grenze zum Gebiet Donezk ein"), a denial, a monitoring group, drone strikes.
ARTICLE_DATSCHNE = (
    "Russland meldet Vorstoß ins Gebiet Dnipropetrowsk\n"
    "Russische Truppen sind nach Angaben des Verteidigungsministeriums in Moskau erstmals in das "
    "ostukrainische Gebiet Dnipropetrowsk vorgedrungen. Panzereinheiten hätten die Offensive auf "
    "das Territorium der Region ausgeweitet, hieß es am Sonntag. Nach Angaben der Staatsagentur "
    "Tass nahmen russische Soldaten das Dorf Datschne an der Grenze zum Gebiet Donezk ein.\n"
    "Ein Sprecher der ukrainischen Heeresgruppe Chortyzja wies die Darstellung zurück. Die Russen "
    "hätten die Grenze des Gebiets nicht überschritten, sagte er. Die Kämpfe gingen bei Datschne "
    "weiter.\n"
    "Die ukrainische Beobachtergruppe DeepState berichtete, russische Einheiten seien bei Nowopil "
    "im Gebiet Donezk vorangekommen. Das russische Militär habe zudem das Dorf Koptewe im Süden "
    "eingenommen.\n"
    "In der Nacht zum Montag griffen russische Drohnen erneut Charkiw an. Bürgermeister Ihor "
    "Terechow sprach von mehreren Einschlägen im Bezirk Slobidskyj. Auch die Stadt Sumy meldete "
    "Drohnenangriffe.\n"
)


def test_article_datschne(pipeline):
    assert sorted(set(_claims(pipeline, ARTICLE_DATSCHNE, published="2025-06-09"))) == sorted({
        ("advance", "Dnipropetrowsk", "RU"), ("capture", "Datschne", "RU"),
        ("attack", "Datschne", "RU"), ("advance", "Nowopil", "RU"), ("capture", "Koptewe", "RU"),
        ("strike", "Charkiw", "RU"), ("strike", "Sumy", "RU"),
    })


# A public-broadcaster report (Stand: date line, no date header): sector counts, a monitoring
# group, a military blog's claim denied, reported-speech strikes, a Russian governor's report.
ARTICLE_TORETSK_LIVE = (
    'Tagesschau: Heftige Kämpfe um Torezk und Tschassiw Jar\n\nStand: 22.11.2024\n\nRussische Tru'
    'ppen haben ihre Angriffe im Osten der Ukraine ausgeweitet. Wie der ukrainische Generalst'
    'ab am Freitagabend mitteilte, wurden im Frontabschnitt Kramatorsk 14 Angriffe abgewehrt,'
    ' vor allem bei Tschassiw Jar und Stupotschky. In Torezk rückten russische Einheiten nach'
    ' Angaben der Beobachtergruppe DeepState im Zentrum der Stadt vor.\n\nDer russische Militär'
    'blog Rybar berichtete, die Russen hätten das Dorf Druschba östlich von Torezk eingenomme'
    'n. Das ukrainische Militär bestritt das: Der Ort werde weiterhin von ukrainischen Kräfte'
    'n gehalten.\n\nIn der vergangenen Nacht bombardierte die russische Luftwaffe zudem die Sta'
    'dt Kostjantyniwka. Nach Angaben des Leiters der Militärverwaltung des Gebiets Donezk, Wa'
    'dym Filaschkin, wurden dabei drei Menschen getötet. Die Industriestadt liegt rund 20 Kil'
    'ometer westlich von Bachmut.\n\nAm Donnerstag hatten ukrainische Drohnen nach Angaben des '
    'russischen Gouverneurs Wassili Golubew ein Öldepot im Gebiet Rostow angegriffen. Ein Bra'
    'nd sei ausgebrochen, sagte er. Moskau kündigte Vergeltung an.'
)


def test_article_toretsk_live(pipeline):
    assert set(_claims(pipeline, ARTICLE_TORETSK_LIVE, published=None)) == {
        ("attack", "Torezk", None), ("attack", "Tschassiw Jar", None),
        ("attack", "Tschassiw Jar", "RU"), ("attack", "Stupotschky", "RU"),
        ("advance", "Torezk", "RU"), ("capture", "Druschba", "RU"),
        ("strike", "Kostjantyniwka", "RU"), ("strike", "Rostow", "UA"),
    }


# A church-agency wire report (written for this test): Russian troops in a town "eingedrungen",
# the town "nicht gefallen" (no claim), half of it "unter russischer Kontrolle" (ground gained,
# not the town), a state agency's capture, sector fighting at named villages, a glide-bomb
# strike beside a distance to another town, civilians told to leave.
ARTICLE_KUPJANSK = (
    "Kupjansk: Kämpfe um Stadt am Oskil dauern an\n"
    "\n"
    "Charkiw (epd) - Russische Truppen sind nach ukrainischen Angaben in die Stadt Kupjansk "
    "im Gebiet Charkiw eingedrungen. Kleinere Gruppen seien über Abwasserrohre in den Norden "
    "der Stadt gelangt, sagte der Sprecher der Heeresgruppe, Wiktor Tregubow, am Freitag. Die"
    " Stadt sei aber nicht gefallen; die ukrainischen Verteidiger kontrollierten die Lage.\n"
    "\n"
    "Das russische Verteidigungsministerium hatte am Donnerstag erklärt, mehr als die Hälfte "
    "von Kupjansk sei unter russischer Kontrolle. Die Staatsagentur RIA Nowosti berichtete "
    "zudem von der Einnahme der Siedlung Kindraschiwka nördlich der Stadt.\n"
    "\n"
    "Der Bürgermeister von Kupjansk rief die verbliebenen Einwohner erneut auf, die Stadt zu "
    "verlassen. Nach Angaben der Gebietsverwaltung leben dort noch rund 1000 Menschen.\n"
    "\n"
    "Am Abschnitt Lyman meldete der Generalstab binnen 24 Stunden 21 Gefechte, vor allem bei "
    "Serednje und Karpiwka. Russische Gleitbomben trafen am Donnerstagabend auch das Zentrum "
    "von Isjum, 40 Kilometer südlich von Kupjansk. Die ukrainische Luftwaffe schoss nach "
    "eigenen Angaben 84 Drohnen ab.\n"
)


def test_article_kupjansk(pipeline):
    assert set(_claims(pipeline, ARTICLE_KUPJANSK, published="2025-09-05")) == {
        ("attack", "Kupjansk", None), ("advance", "Kupjansk", "RU"),
        ("capture", "Kindraschiwka", "RU"), ("attack", "Serednje", None),
        ("attack", "Karpiwka", None), ("strike", "Isjum", "RU"),
    }
