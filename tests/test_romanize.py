"""Tests of frontmap.romanize against the worked examples of ROMANIZATION.md.

The table below is §4 of ``../shared/data/ROMANIZATION.md`` (40 towns × the usual press form per
language), copied so the test runs without the shared folder. A spelling counts as produced when
its :func:`frontmap.normalize.fold` key (case, accents, apostrophes, hyphens and doubled letters
folded) equals the key of a spelling generated from the Ukrainian or the Russian name, which is
how the gazetteer will match it. Cells marked ``?`` in the reference are skipped.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from frontmap import romanize as rz
from frontmap.errors import LanguageDataError
from frontmap.normalize import fold
from frontmap.romanize import cyrillic_languages, romanize, spellings

# The press columns of §4 that the test reads, in table order; "da" is derived (see below).
COLUMNS = ("kmu", "de", "fr", "pl", "cs", "no", "sv", "it", "es", "other")

# (Ukrainian, Russian, KMU, German, French, Polish, Czech, Norwegian, Swedish, Italian, Spanish,
#  other forms seen). The Russian cell keeps only the current name (Бахмут, not Артёмовск).
# fmt: off
TOWNS: list[tuple[str, ...]] = [
    ("Харків", "Харьков", "Kharkiv", "Charkiw (Charkow)", "Kharkiv (Kharkov)", "Charków",
     "Charkov (Charkiv)", "Kharkiv", "Charkiv", "Kharkiv", "Járkov (Járkiv)", "Kharkov, Charkow"),
    ("Київ", "Киев", "Kyiv", "Kiew (Kyjiw)", "Kiev (Kyiv)", "Kijów", "Kyjev", "Kyiv (Kiev)",
     "Kiev (Kyiv)", "Kiev (Kyiv)", "Kiev", "Kyjiv, Kijev, Kiyv"),
    ("Запоріжжя", "Запорожье", "Zaporizhzhia", "Saporischschja", "Zaporijia (Zaporijjia)",
     "Zaporoże", "Záporoží", "Zaporizjzja", "Zaporizjzja", "Zaporizhzhia (Zaporižžja)",
     "Zaporiyia", "Zaporizhia, Zaporozhye, Saporoschje, Zaporizja"),
    ("Миколаїв", "Николаев", "Mykolaiv", "Mykolajiw", "Mykolaïv", "Mikołajów", "Mykolajiv",
     "Mykolajiv", "Mykolajiv", "Mykolaiv", "Mykolaiv (Mikoláiv?)",
     "Mykolayiv, Nikolayev, Nikolajew"),
    ("Сєвєродонецьк", "Северодонецк", "Sievierodonetsk", "Sjewjerodonezk (Sewerodonezk)",
     "Severodonetsk (Sievierodonetsk)", "Siewierodonieck", "Severodoněck (Sjevjerodoněck)",
     "Sievjerodonetsk", "Sievjerodonetsk", "Severodonetsk", "Severodonetsk",
     "Syevyerodonetsk, Siverskodonetsk"),
    ("Лисичанськ", "Лисичанск", "Lysychansk", "Lyssytschansk", "Lyssytchansk", "Lisiczańsk",
     "Lysyčansk", "Lysytsjansk", "Lysytjansk", "Lysychansk", "Lisichansk",
     "Lisichansk, Lissitschansk"),
    ("Куп'янськ", "Купянск", "Kupiansk", "Kupjansk", "Koupiansk", "Kupiańsk", "Kupjansk",
     "Kupjansk", "Kupjansk", "Kupiansk", "Kupiansk", "Kupyansk, Kup'yans'k"),
    ("Ізюм", "Изюм", "Izium", "Isjum", "Izioum", "Izium", "Izjum", "Izium", "Izium",
     "Izium (Izyum)", "Izium", "Izyum, Izjum"),
    ("Балаклія", "Балаклея", "Balakliia", "Balaklija", "Balakliïa?", "Bałaklija", "Balaklija",
     "Balaklija", "Balaklija", "Balakliia?", "Balakliia?", "Balakliya, Balakleya"),
    ("Бахмут", "Бахмут", "Bakhmut", "Bachmut", "Bakhmout", "Bachmut", "Bachmut", "Bakhmut",
     "Bachmut", "Bakhmut", "Bajmut", "Artemivsk, Artyomovsk"),
    ("Авдіївка", "Авдеевка", "Avdiivka", "Awdijiwka", "Avdiïvka", "Awdijiwka", "Avdijivka",
     "Avdijivka", "Avdijivka", "Avdiivka", "Avdiivka", "Avdiyivka, Avdeyevka, Awdejewka"),
    ("Вугледар", "Угледар", "Vuhledar", "Wuhledar", "Vougledar (Vouhledar)", "Wuhłedar",
     "Vuhledar", "Vuhledar", "Vuhledar", "Vuhledar", "Vuhledar (Vugledar)", "Ugledar"),
    ("Краматорськ", "Краматорск", "Kramatorsk", "Kramatorsk", "Kramatorsk", "Kramatorsk",
     "Kramatorsk", "Kramatorsk", "Kramatorsk", "Kramatorsk", "Kramatorsk", "Kramators'k"),
    ("Слов'янськ", "Славянск", "Sloviansk", "Slowjansk", "Sloviansk", "Słowiańsk", "Slovjansk",
     "Slovjansk", "Slovjansk", "Sloviansk", "Sloviansk", "Slovyansk, Slavyansk, Slavjansk"),
    ("Костянтинівка", "Константиновка", "Kostiantynivka", "Kostjantyniwka", "Kostiantynivka",
     "Kostiantynówka", "Kosťantynivka", "Kostjantynivka", "Kostjantynivka", "Kostiantynivka",
     "Kostiantinivka?", "Kostyantynivka, Konstantinovka"),
    ("Курахове", "Курахово", "Kurakhove", "Kurachowe", "Kourakhové (Kourakhove)", "Kurachowe",
     "Kurachove", "Kurakhove", "Kurachove", "Kurakhove", "Kurájove?", "Kurakhovo"),
    ("Часів Яр", "Часов Яр", "Chasiv Yar", "Tschassiw Jar", "Tchassiv Iar", "Czasiw Jar",
     "Časiv Jar", "Tsjasiv Jar", "Tjasiv Jar", "Chasiv Yar", "Chasiv Yar",
     "Chasov Yar, Tjasiv Jar"),
    ("Покровськ", "Покровск", "Pokrovsk", "Pokrowsk", "Pokrovsk", "Pokrowsk", "Pokrovsk",
     "Pokrovsk", "Pokrovsk", "Pokrovsk", "Pokrovsk", "Krasnoarmeysk, Krasnoarmeïsk"),
    ("Торецьк", "Торецк", "Toretsk", "Torezk", "Toretsk", "Torećk? (Toreck)", "Toreck",
     "Toretsk", "Toretsk", "Toretsk", "Toretsk", "Dzerzhinsk"),
    ("Мар'їнка", "Марьинка", "Marinka", "Marjinka", "Marinka?", "Marjinka?", "Marjinka",
     "Marjinka", "Marjinka", "Marinka", "Marinka", "Maryinka, Mariinka"),
    ("Роботине", "Работино", "Robotyne", "Robotyne", "Robotyne (Robotyné)", "Robotyne",
     "Robotyne", "Robotyne", "Robotyne", "Robotyne", "Robotyne?", "Rabotino"),
    ("Гуляйполе", "Гуляйполе", "Huliaipole", "Huljajpole", "Houliaïpole", "Hulajpole",
     "Huljajpole", "Huljajpole", "Huljajpole", "Huliaipole", "Huliaipole",
     "Hulyaipole, Gulyaypole"),
    ("Оріхів", "Орехов", "Orikhiv", "Orichiw", "Orikhiv", "Orichiw", "Orichiv", "Orikhiv",
     "Orichiv", "Orikhiv", "Orijiv?", "Orekhov"),
    ("Херсон", "Херсон", "Kherson", "Cherson", "Kherson", "Chersoń", "Cherson", "Kherson",
     "Cherson", "Kherson", "Jersón", ""),
    ("Нова Каховка", "Новая Каховка", "Nova Kakhovka", "Nowa Kachowka", "Nova Kakhovka",
     "Nowa Kachowka", "Nova Kachovka", "Nova Kakhovka", "Nova Kachovka", "Nova Kakhovka",
     "Nova Kajovka", "Novaya Kakhovka"),
    ("Енергодар", "Энергодар", "Enerhodar", "Enerhodar", "Enerhodar (Energodar)", "Enerhodar",
     "Enerhodar", "Enerhodar", "Enerhodar", "Enerhodar", "Energodar (Enerhodar)", "Energodar"),
    ("Мелітополь", "Мелитополь", "Melitopol", "Melitopol", "Melitopol", "Melitopol",
     "Melitopol", "Melitopol", "Melitopol", "Melitopol", "Melitópol", "Melitopol'"),
    ("Бердянськ", "Бердянск", "Berdiansk", "Berdjansk", "Berdiansk", "Berdiańsk", "Berďansk",
     "Berdjansk", "Berdjansk", "Berdiansk", "Berdiansk", "Berdyansk"),
    ("Маріуполь", "Мариуполь", "Mariupol", "Mariupol", "Marioupol", "Mariupol", "Mariupol",
     "Mariupol", "Mariupol", "Mariupol", "Mariúpol", "Marioepol"),
    ("Волноваха", "Волноваха", "Volnovakha", "Wolnowacha", "Volnovakha", "Wołnowacha",
     "Volnovacha", "Volnovakha", "Volnovacha", "Volnovakha", "Volnovaja", ""),
    ("Вовчанськ", "Волчанск", "Vovchansk", "Wowtschansk", "Vovtchansk", "Wołczańsk", "Vovčansk",
     "Vovtsjansk", "Vovtjansk", "Vovchansk", "Vovchansk", "Volchansk, Woltschansk"),
    ("Сіверськ", "Северск", "Siversk", "Siwersk", "Siversk", "Siwersk", "Siversk", "Siversk",
     "Siversk", "Siversk", "Siversk", "Seversk"),
    ("Соледар", "Соледар", "Soledar", "Soledar", "Soledar", "Sołedar", "Soledar", "Soledar",
     "Soledar", "Soledar", "Soledar", ""),
    ("Лиман", "Лиман", "Lyman", "Lyman", "Lyman", "Łyman", "Lyman", "Lyman", "Lyman", "Lyman",
     "Lyman (Limán?)", "Liman, Krasny Liman"),
    ("Кремінна", "Кременная", "Kreminna", "Kreminna", "Kreminna", "Kreminna", "Kreminna",
     "Kreminna", "Kreminna", "Kreminna", "Kreminna", "Kremennaya, Kremennaja"),
    ("Сватове", "Сватово", "Svatove", "Swatowe", "Svatove", "Swatowe", "Svatove", "Svatove",
     "Svatove", "Svatove", "Svatove", "Svatovo, Swatowo"),
    ("Горлівка", "Горловка", "Horlivka", "Horliwka (Gorlowka)", "Horlivka (Gorlovka)",
     "Horłówka", "Horlivka", "Horlivka", "Horlivka", "Horlivka", "Horlivka (Górlovka)",
     "Gorlovka"),
    ("Макіївка", "Макеевка", "Makiivka", "Makijiwka (Makejewka)", "Makiïvka",
     "Makiejewka (Makijiwka)", "Makijivka", "Makijivka", "Makijivka", "Makiivka",
     "Makiivka (Makéyevka)", "Makiyivka, Makeyevka"),
    ("Чернігів", "Чернигов", "Chernihiv", "Tschernihiw", "Tchernihiv", "Czernihów", "Černihiv",
     "Tsjernihiv", "Tjernihiv", "Chernihiv", "Chernígov (Chernihiv)",
     "Chernigov, Tschernigow"),
    ("Суми", "Сумы", "Sumy", "Sumy", "Soumy", "Sumy", "Sumy", "Sumy", "Sumy", "Sumy", "Sumy",
     "Soemy"),
]
# fmt: on

# Spellings of §4 that rules cannot produce from either Cyrillic name, and why. Each runs as a
# strict xfail, so producing one later is noticed.
NOT_GENERATED: dict[str, str] = {
    "Kiew": "traditional German exonym (languages/exonyms.tsv)",
    "Kijów": "traditional Polish exonym (exonyms.tsv)",
    "Kyjev": "traditional Czech exonym (exonyms.tsv)",
    "Kiyv": "irregular English form, neither KMU Kyiv nor BGN Kyyiv",
    "Záporoží": "traditional Czech exonym (exonyms.tsv)",
    "Mikołajów": "traditional Polish exonym (exonyms.tsv)",
    "Hulyaipole": "mixes BGN ya with KMU i (BGN gives Hulyaypole)",
    "Siverskodonetsk": "the 2024 name, a different word (renamings.tsv)",
    "Artemivsk": "the pre-2016 name (renamings.tsv)",
    "Artyomovsk": "the pre-2016 name (renamings.tsv)",
    "Krasnoarmeysk": "the pre-2016 name (renamings.tsv)",
    "Krasnoarmeïsk": "the pre-2016 name (renamings.tsv)",
    "Dzerzhinsk": "the pre-2016 name (renamings.tsv)",
    "Krasny Liman": "the pre-2016 name (renamings.tsv)",
}


def _forms(cell: str) -> list[str]:
    """The spellings in a §4 cell: "A (B)", "A, B"; forms marked ? are unsure and dropped."""
    forms = [f.strip() for f in re.split(r"[(),]", cell)]
    return [f for f in forms if f and not f.endswith("?")]


def _cases() -> list[tuple[str, str, str, str]]:
    """(column, spelling, Ukrainian, Russian) for every sure spelling of §4, plus Danish.

    §4: "Danish = the Norwegian column with tj for tsj (Tjasiv Jar, Lysytjansk, Tjernihiv)".
    """
    cases = []
    for uk, ru, *cells in TOWNS:
        for column, cell in zip(COLUMNS, cells, strict=True):
            cases += [(column, form, uk, ru) for form in _forms(cell)]
            if column == "no":
                cases += [("da", f.replace("tsj", "tj"), uk, ru) for f in _forms(cell)]
    return cases


CASES = _cases()


def _keys(*names: str) -> set[str]:
    return {fold(s) for name in names for s in spellings(name)}


def _produced(form: str, uk: str, ru: str) -> bool:
    return fold(form) in _keys(uk, ru)


@pytest.mark.parametrize(
    ("column", "form", "uk", "ru"),
    [
        pytest.param(
            *case,
            id=f"{case[0]}-{case[1]}",
            marks=[pytest.mark.xfail(strict=True, reason=NOT_GENERATED[case[1]])]
            if case[1] in NOT_GENERATED
            else [],
        )
        for case in CASES
    ],
)
def test_worked_example_is_generated(column: str, form: str, uk: str, ru: str) -> None:
    assert _produced(form, uk, ru), sorted(spellings(uk) | spellings(ru))


def test_worked_examples_coverage() -> None:
    """At least 95 % of §4's sure spellings come out of the rules (the rest are listed)."""
    produced = sum(_produced(form, uk, ru) for _, form, uk, ru in CASES)
    missing = {form for _, form, uk, ru in CASES if not _produced(form, uk, ru)}
    assert missing == set(NOT_GENERATED)
    assert produced / len(CASES) >= 0.95, f"{produced}/{len(CASES)}"


# Letter-level examples from the text of ROMANIZATION.md (§1–§3).
TEXT_EXAMPLES: list[tuple[str, str]] = [
    (
        "Куп'янськ",
        "Kupiansk Kupyansk Kupjansk Kupiańsk Koupiansk Koepjansk Kup'yans'k "
        "Kupʺjansʹk Kup\"jans'k Kup’jans’k",
    ),
    ("Куп’янськ", "Kupiansk Kupyansk Kupiańsk"),  # typographic apostrophe
    ("Купʼянськ", "Kupiansk Kupyansk Kupiańsk"),  # U+02BC, the official Ukrainian apostrophe
    ("Сєвєродонецьк", "Sievjerodonetsk Sievierodonetsk Sjewjerodonezk Syevyerodonetsk"),
    ("Лисичанськ", "Lyssytschansk Lysytsjansk Lysytjansk"),
    ("Мар'їнка", "Marinka Maryinka Marjinka"),
    ("Єнакієве", "Yenakiieve"),
    ("Часів Яр", "Chasiv_Yar Tschassiw_Jar Tjasiv_Jar Chasiv-Yar"),
    ("Авдеевка", "Avdeyevka Awdejewka Avdeïevka Awdiejewka Avdějevka Avdeevka"),
    ("Кременная", "Kremennaya Kremennaja"),
    ("Кремінна", "Kreminna Kremina"),
    (
        "Запоріжжя",
        "Zaporizhzhia Zaporizhia Zaporizhzhya Zaporijia Zaporijjia Zaporizja "
        "Zaporizjzja Saporischschja Zaporižžja Zaporiyia",
    ),
    (
        "Кропивницький",
        "Kropyvnytskyi Kropyvnytskyy Kropywnyzkyj Kropyvnytsky Kropywnycki Kropyvnytskiy",
    ),
    ("Красный", "Krasnyy Krasny Krasnyj Krasnyi"),
    ("Новая", "Novaya Nowaja Novaïa"),
    ("Островское", "Ostrovskoye Ostrowskoje Ostrovskoïe Ostrovskoe"),
    ("Макеевка", "Makeevka Makeyevka"),
    ("Артёмовск", "Artemovsk Artëmovsk Artyomovsk"),
    ("Рай-Олександрівка", "Rai-Oleksandrivka Rai_Oleksandrivka"),
    ("Куп'янськ-Вузловий", "Kupiansk-Vuzlovyi"),
    ("Велика Новосілка", "Velyka_Novosilka"),
    ("Кривий Ріг", "Kryvyi_Rih Kryvyy_Rih"),
    ("Кривой Рог", "Krivoy_Rog"),
    ("Суджа", "Sudzha Sudscha Sudża Soudja"),
    ("Нью-Йорк", "Niu-York"),
    ("Донецьк", "Donec'k Donezk Donetsk"),
    ("Донецк", "Doněck"),
    ("Луганськ", "Luhans'k"),
    ("Маріуполь", "Mariupol' Marioepol"),
    ("Бахмут", "Bachmoet Bakhmout Bajmut"),
    ("Херсон", "Jersón Cherson Kherson"),
    ("Львов", "Lvov"),
    ("Чернобыль", "Černobyl"),
    ("Вугледар", "Vuhledar Vugledar Vougledar"),
    ("Ізюм", "Izium Isjum"),
    ("Миколаїв", "Mykolayiv Mykolajiw"),
    ("Николаев", "Nikolajew Nikolayev"),
    ("Суми", "Soemy"),
]


@pytest.mark.parametrize(("cyrillic", "forms"), TEXT_EXAMPLES, ids=[c for c, _ in TEXT_EXAMPLES])
def test_text_examples(cyrillic: str, forms: str) -> None:
    keys = _keys(cyrillic)
    missing = [f for f in forms.split() if fold(f.replace("_", " ")) not in keys]
    assert not missing, sorted(spellings(cyrillic))


def test_exact_forms_not_only_folded() -> None:
    """Diacritics that matter to readers come out as such, not only after folding."""
    assert {"Kupiańsk", "Koupiansk", "Kupyansk", "Kupiansk"} <= spellings("Куп'янськ")
    assert {"Kourakhové", "Kourakhove", "Kurakhove"} <= spellings("Курахове")
    assert {"Zaporizhzhia", "Zaporizhia", "Zaporizjzja", "Zaporijia"} <= spellings("Запоріжжя")
    assert {"Kropyvnytskyi", "Kropyvnytskyy", "Kropyvnytskiy", "Kropyvnytsky"} <= spellings(
        "Кропивницький"
    )
    assert {"Avdeyevka", "Awdejewka", "Avdeïevka"} <= spellings("Авдеевка")


# Exact output of romanize() per system.
EXACT: list[tuple[str, str, str]] = [
    ("kmu", "Куп'янськ", "Kupiansk"),
    ("kmu", "Єнакієве", "Yenakiieve"),
    ("kmu", "Мар'їнка", "Marinka"),
    ("kmu", "Часів Яр", "Chasiv Yar"),
    ("kmu", "Згурівка", "Zghurivka"),
    ("kmu", "Нью-Йорк", "Niu-York"),
    ("kmu", "Кропивницький", "Kropyvnytskyi"),
    ("kmu", "Ростов-на-Дону", "Rostov-na-Donu"),
    ("kmu_marks", "Краматорськ", "Kramators'k"),
    ("bgn", "Куп'янськ", "Kupyansk"),
    ("bgn", "Авдіївка", "Avdiyivka"),
    ("bgn", "Кропивницький", "Kropyvnytskyy"),
    ("scholarly", "Куп'янськ", "Kupʺjansʹk"),
    ("iso9", "Куп'янськ", "Kup’ânsʹk"),
    ("de", "Лисичанськ", "Lyssytschansk"),
    ("de", "Запоріжжя", "Saporischschja"),
    ("de", "Кропивницький", "Kropywnyzkyj"),
    ("fr", "Авдіївка", "Avdiïvka"),
    ("fr", "Гуляйполе", "Houliaïpole"),
    ("fr", "Часів Яр", "Tchassiv Iar"),
    ("pl", "Куп'янськ", "Kupiańsk"),
    ("pl", "Вугледар", "Wuhłedar"),
    ("pl", "Балаклія", "Bałaklija"),
    ("pl", "Кам'янське", "Kamiańskie"),
    ("pl_trad", "Горлівка", "Horłówka"),
    ("pl_trad", "Чернігів", "Czernihów"),
    ("cs", "Бердянськ", "Berďansk"),
    ("cs", "Костянтинівка", "Kosťantynivka"),
    ("no", "Сєвєродонецьк", "Sievjerodonetsk"),
    ("no", "Запоріжжя", "Zaporizjzja"),
    ("da", "Часів Яр", "Tjasiv Jar"),
    ("sv", "Харків", "Charkiv"),
    ("nl", "Куп'янськ", "Koepjansk"),
    ("it", "Запоріжжя", "Zaporizhzhia"),
    ("it_sci", "Донецьк", "Donec'k"),
    ("es", "Херсон", "Jerson"),
    ("es", "Бахмут", "Bajmut"),
    ("ru_bgn", "Авдеевка", "Avdeyevka"),
    ("ru_bgn", "Запорожье", "Zaporozhye"),
    ("ru_bgn", "Артёмовск", "Artëmovsk"),
    ("ru_en", "Авдеевка", "Avdeevka"),
    ("ru_en", "Артёмовск", "Artyomovsk"),
    ("ru_de", "Авдеевка", "Awdejewka"),
    ("ru_de", "Запорожье", "Saporoschje"),
    ("ru_fr", "Авдеевка", "Avdeïevka"),
    ("ru_fr", "Красноармейск", "Krasnoarmeïsk"),
    ("ru_pl", "Северодонецк", "Siewierodonieck"),
    ("ru_pl", "Лисичанск", "Lisiczańsk"),
    ("ru_cs", "Донецк", "Doněck"),
    ("ru_es", "Харьков", "Jarkov"),
    ("ru_es", "Макеевка", "Makeyevka"),
]


@pytest.mark.parametrize(("system", "cyrillic", "expected"), EXACT)
def test_romanize_exact(system: str, cyrillic: str, expected: str) -> None:
    assert romanize(cyrillic, system) == expected


def test_romanize_keeps_case_style_and_separators() -> None:
    assert romanize("КИЇВ", "kmu") == "Kyiv"
    assert romanize("село Часів Яр", "kmu") == "selo Chasiv Yar"
    assert romanize("Рай-Олександрівка", "kmu") == "Rai-Oleksandrivka"
    assert romanize("Ольховчик / Новопетровское", "ru_bgn") == "Olkhovchik / Novopetrovskoye"
    assert romanize("Ру́сский", "ru_bgn") == "Russkiy"  # GeoNames stress mark ignored
    assert romanize("Шахта № 5", "kmu") == "Shakhta № 5"


def test_language_detection() -> None:
    assert cyrillic_languages("Куп'янськ") == {"uk"}
    assert cyrillic_languages("Сєвєродонецьк") == {"uk"}
    assert cyrillic_languages("Ґорґани") == {"uk"}
    assert cyrillic_languages("Артёмовск") == {"ru"}
    assert cyrillic_languages("Красный Лиман") == {"ru"}
    assert cyrillic_languages("Энергодар") == {"ru"}
    assert cyrillic_languages("Бахмут") == {"uk", "ru"}


def test_ukrainian_name_gets_no_russian_systems() -> None:
    by_system = rz.spellings_by_system("Авдіївка")
    assert by_system and all(not name.startswith("ru_") for name in by_system)
    by_system = rz.spellings_by_system("Артёмовск")
    assert by_system and all(name.startswith("ru_") for name in by_system)


def test_iso9_stays_out_of_spellings() -> None:
    """ISO 9 forms fold into other words (Kupʺânsʹk → kupansk): never indexed."""
    assert "iso9" in rz.SYSTEMS
    assert romanize("Куп'янськ", "iso9") not in spellings("Куп'янськ")
    assert "iso9" not in rz.spellings_by_system("Куп'янськ")


@pytest.mark.parametrize(
    "cyrillic",
    [
        "Новопетропавлівка-Великомихайлівська Друга",
        "Чумацький Шлях",
        "Русский Шигим",
        "Запоріжжя",
        "Кропивницький",
        "Великий Кременчуг Новий",
        "Щорс",
    ],
)
def test_spellings_stay_small(cyrillic: str) -> None:
    """Variants are one change each from a system's form, never a product of changes."""
    assert 0 < len(spellings(cyrillic)) < 60


def test_systems_cover_the_brief() -> None:
    required = {
        "kmu",
        "bgn",
        "scholarly",
        "de",
        "fr",
        "pl",
        "cs",
        "no",
        "da",
        "sv",
        "nl",
        "it",
        "es",
        "ru_bgn",
        "ru_de",
        "ru_fr",
        "ru_pl",
        "ru_cs",
        "ru_no",
        "ru_da",
        "ru_sv",
        "ru_nl",
        "ru_it",
        "ru_es",
    }
    assert required <= set(rz.SYSTEMS)


def test_every_system_covers_its_alphabet() -> None:
    """No letter of a system's own alphabet silently falls back."""
    alphabets = {
        "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
        "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    }
    for name in rz.SYSTEMS:
        system = rz._system(name)
        assert set(alphabets[system.source]) <= set(system.letters), name


def test_unknown_system() -> None:
    with pytest.raises(LanguageDataError, match="unknown romanization system"):
        romanize("Київ", "klingon")
    with pytest.raises(ValueError):
        romanize("Київ", "klingon")


def test_toml_is_valid_and_lazily_loaded() -> None:
    path = Path(rz.__file__).parent / "languages" / "romanization.toml"
    with path.open("rb") as fh:
        assert "kmu" in tomllib.load(fh)["systems"]
    assert rz._tables() is rz._tables()  # cached: read once


def _tsv(name: str) -> list[list[str]]:
    path = Path(rz.__file__).parent / "languages" / name
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def test_exonyms_tsv() -> None:
    header, *rows = _tsv("exonyms.tsv")
    assert header == ["cyrillic_uk", "exonym", "language"]
    assert all(len(r) == 3 and all(r) for r in rows)
    assert ["Київ", "Kijów", "pl"] in rows and ["Львів", "Lemberg", "de"] in rows
    assert len({tuple(r) for r in rows}) == len(rows)


def test_renamings_tsv() -> None:
    header, *rows = _tsv("renamings.tsv")
    assert header == ["current_uk", "former", "former_script", "year"]
    assert all(len(r) == 4 and r[2] in ("Cyrillic", "Latin") for r in rows)
    assert ["Бахмут", "Артемівськ", "Cyrillic", "2016"] in rows
    assert ["Бахмут", "Artemovsk", "Latin", "2016"] in rows
    assert len({r[0] for r in rows}) == 36  # every row of the §3 table


@pytest.mark.parametrize(("russian", "ukrainian"), [
    ("Лукьянцы", "Лук'янці"), ("Гусаровка", "Гусарівка"), ("Песчаное", "Піщане"),
    ("Каменка", "Кам'янка"), ("Новоселовка", "Новоселівка"), ("Андреевка", "Андріївка"),
    ("Бердычи", "Бердичі"), ("Александровка", "Олександрівка"),
])
def test_ukrainian_spellings_of_russian_names(russian: str, ukrainian: str) -> None:
    """Russian text writes Ukrainian villages in Russian Cyrillic: the Ukrainian name is among
    the spellings generated with the Russian language file's tables."""
    from frontmap.languages import get_language

    ru = get_language("ru")
    keys = {fold(s) for s in rz.ukrainian_spellings(fold(russian), ru.ukrainian_letters,
                                                      ru.ukrainian_endings)}
    assert fold(ukrainian) in keys


def test_ukrainian_spellings_need_cyrillic_and_tables() -> None:
    """Latin names, and languages without the tables, get no Ukrainian spellings."""
    assert rz.ukrainian_spellings("kamenka", (("е", "і"),), ()) == []
    assert rz.ukrainian_spellings("каменка", (), ()) == []
