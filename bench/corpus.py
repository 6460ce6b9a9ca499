"""A generated benchmark corpus: realistic multilingual front-line reports, deterministic.

Benchmarks need many articles of the size and density of real news (about 3 KB, a dozen place
mentions, several trigger phrases, dates, claimants), in the languages frontmap reads, and the
same articles on every machine and every run, so that figures compare. Real news cannot be
shipped in those numbers, so articles are composed here from sentence templates written for
this project (in English, Ukrainian, Russian, German, Norwegian, Danish, Swedish, Polish and
French, in the style of agency copy and General Staff bulletins) and real places: front-line
settlements and oblasts picked from the bundled gazetteer and spelt as each language's press
spells them (the Ukrainian Cyrillic is recovered from the gazetteer's own romanisation and
checked against its keys; other spellings come from :mod:`frontmap.romanize` and are checked
the same way).

One seed gives one corpus: ``iter_articles(n, seed)`` yields the same records in the same order
wherever it runs, lazily, so 100,000 articles are written to a JSONL file without being held in
memory. Usage: ``python bench/corpus.py 1000 --out bench/cache/corpus-1000.jsonl``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from frontmap.gazetteer import Gazetteer, load_gazetteer  # noqa: E402
from frontmap.normalize import fold  # noqa: E402
from frontmap.romanize import SYSTEMS, romanize  # noqa: E402
from frontmap.vocab import PlaceKind  # noqa: E402

TARGET_BYTES = 3000
"""Articles grow paragraph by paragraph until they reach about this many UTF-8 bytes."""

#: Share of articles per language (agency copy in English first, then the local press).
LANGUAGES: dict[str, float] = {"en": 0.30, "uk": 0.18, "ru": 0.14, "de": 0.10, "pl": 0.06,
                               "no": 0.06, "da": 0.05, "sv": 0.05, "fr": 0.06}
#: The romanisation each Latin-script press uses for Ukrainian names (English: the gazetteer's).
SYSTEM = {"de": "de", "pl": "pl", "no": "no", "da": "da", "sv": "sv", "fr": "fr"}

#: The front-line oblasts, as each language names them in the templates' construction.
OBLASTS: dict[str, dict[str, str]] = {
    "Donetsk Oblast": {
        "en": "Donetsk region", "de": "Gebiet Donezk", "pl": "obwodzie donieckim",
        "no": "Donetsk fylke", "da": "Donetsk oblast", "sv": "Donetsk oblast",
        "fr": "région de Donetsk", "uk": "Донецькій області", "ru": "Донецкой области"},
    "Luhansk Oblast": {
        "en": "Luhansk region", "de": "Gebiet Luhansk", "pl": "obwodzie ługańskim",
        "no": "Luhansk fylke", "da": "Luhansk oblast", "sv": "Luhansk oblast",
        "fr": "région de Louhansk", "uk": "Луганській області", "ru": "Луганской области"},
    "Zaporizhzhia Oblast": {
        "en": "Zaporizhzhia region", "de": "Gebiet Saporischschja",
        "pl": "obwodzie zaporoskim", "no": "Zaporizjzja fylke", "da": "Zaporizjzja oblast",
        "sv": "Zaporizjzja oblast", "fr": "région de Zaporijjia",
        "uk": "Запорізькій області", "ru": "Запорожской области"},
    "Kharkiv Oblast": {
        "en": "Kharkiv region", "de": "Gebiet Charkiw", "pl": "obwodzie charkowskim",
        "no": "Kharkiv fylke", "da": "Kharkiv oblast", "sv": "Charkiv oblast",
        "fr": "région de Kharkiv", "uk": "Харківській області", "ru": "Харьковской области"},
    "Kherson Oblast": {
        "en": "Kherson region", "de": "Gebiet Cherson", "pl": "obwodzie chersońskim",
        "no": "Kherson fylke", "da": "Kherson oblast", "sv": "Cherson oblast",
        "fr": "région de Kherson", "uk": "Херсонській області", "ru": "Херсонской области"},
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
           "on Saturday", "on Sunday"),
    "de": ("am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag",
           "am Samstag", "am Sonntag"),
    "pl": ("w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek", "w sobotę",
           "w niedzielę"),
    "no": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "sv": ("på måndagen", "på tisdagen", "på onsdagen", "på torsdagen", "på fredagen",
           "på lördagen", "på söndagen"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "uk": ("у понеділок", "у вівторок", "у середу", "у четвер", "у п'ятницю", "у суботу",
           "у неділю"),
    "ru": ("в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу",
           "в воскресенье"),
}

# Templates: {P} {Q} {R} settlements, {O} the oblast, {D} a weekday phrase, {N} a count,
# {K} kilometres. Headlines first, then body sentences; written for this project.
TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "head": ("Russian forces press on towards {P}", "Ukraine says it repelled attacks near {P}",
                 "Fighting intensifies around {P} in {O}", "Russia claims capture of {P}"),
        "body": (
            "Russian forces have advanced up to {K} kilometres near {P}, the Institute for the "
            "Study of War said in its daily assessment.",
            "Ukraine's General Staff said its troops repelled {N} Russian attacks near {P} and "
            "{Q} over the past 24 hours.",
            "Russia's Ministry of Defence claimed {D} that its troops had taken control of {P}, "
            "a village in {O}.",
            "The claim could not be independently verified, and Ukrainian officials did not "
            "comment on it.",
            "Russian artillery shelled {P} and {Q} overnight, the governor of {O} said, "
            "wounding {N} civilians.",
            "Ukrainian units withdrew from positions near {P} to avoid encirclement, a military "
            "spokesman said {D}.",
            "A Russian missile strike hit an industrial site in {P} {D}, local authorities "
            "reported.",
            "Heavy fighting continued around {P}, where Russian assault groups tried to break "
            "through Ukrainian lines from the direction of {Q}.",
            "Ukrainian troops recaptured {P} after weeks of fighting, the commander of the "
            "ground forces said in a statement.",
            "Drone attacks on {P} damaged a power substation and several houses, the regional "
            "administration said.",
            "Military bloggers reported that Russian troops had entered the outskirts of {P}, "
            "about {K} km south of {Q}.",
            "Ukraine's military said it was holding back enemy forces on the {P} front, where "
            "the situation remained difficult.",
            "Russian forces also attacked near {R} and {Q}, according to the General Staff.",
            "Analysts say Moscow wants to push Ukrainian troops back behind the river before "
            "the winter.",
            "Officials urged the remaining residents of {P} to leave as shelling intensified "
            "in recent weeks.",
        ),
    },
    "de": {
        "head": ("Russische Angriffe bei {P}", "Kämpfe um {P} im {O}",
                 "Ukraine meldet Rückeroberung von {P}"),
        "body": (
            "Nach Angaben des ukrainischen Generalstabs wehrten die Streitkräfte {D} {N} "
            "russische Angriffe bei {P} und {Q} ab.",
            "Das russische Verteidigungsministerium erklärte, russische Truppen hätten {P} im "
            "{O} eingenommen.",
            "Die Angaben ließen sich nicht unabhängig überprüfen.",
            "Russische Artillerie beschoss in der Nacht {P} und {Q}, teilte die Militärverwaltung "
            "mit; {N} Zivilisten wurden verletzt.",
            "Ukrainische Einheiten zogen sich aus Stellungen bei {P} zurück, um einer Einkesselung "
            "zu entgehen, sagte ein Sprecher der Armee.",
            "Bei einem russischen Raketenangriff auf {P} wurde {D} ein Wohnhaus zerstört.",
            "Heftige Kämpfe gab es auch bei {R}, wo russische Einheiten von {Q} aus vorrückten.",
            "Ukrainische Truppen haben {P} zurückerobert, meldete der Kommandeur der "
            "Landstreitkräfte.",
            "Militärblogger berichteten, russische Soldaten seien bis an den Stadtrand von {P} "
            "vorgedrungen, rund {K} Kilometer südlich von {Q}.",
            "Russland will nach Einschätzung von Experten die ukrainischen Truppen vor dem Winter "
            "hinter den Fluss zurückdrängen.",
        ),
    },
    "pl": {
        "head": ("Rosjanie atakują w rejonie miejscowości {P}",
                 "Walki w rejonie miejscowości {P} w {O}"),
        "body": (
            "Sztab Generalny Sił Zbrojnych Ukrainy poinformował {D}, że obrońcy odparli {N} "
            "rosyjskich ataków w rejonie miejscowości {P} i {Q}.",
            "Rosyjskie ministerstwo obrony twierdzi, że wojska rosyjskie zajęły miejscowość {P} "
            "w {O}.",
            "Informacji tej nie udało się niezależnie zweryfikować.",
            "Rosyjska artyleria ostrzelała w nocy miejscowości {P} i {Q}, poinformował gubernator; "
            "rannych zostało {N} cywilów.",
            "Ukraińskie oddziały wycofały się z pozycji pod miejscowością {P}, aby uniknąć "
            "okrążenia.",
            "Według ekspertów Rosjanie chcą wykorzystać miejscowość {R} jako punkt wyjścia do "
            "ataku na {Q}.",
            "Siły ukraińskie posuwają się naprzód w rejonie miejscowości {P}, dodał dowódca wojsk "
            "lądowych.",
            "W rejonie miejscowości {R} trwają ciężkie walki, podał sztab.",
        ),
    },
    "no": {
        "head": ("Russland presser på ved {P}", "Harde kamper rundt {P}"),
        "body": (
            "Ifølge generalstaben har ukrainske soldater slått tilbake {N} russiske angrep ved "
            "{P} og {Q} det siste døgnet.",
            "Det russiske forsvarsdepartementet hevder at russiske styrker har tatt kontroll over "
            "{P} i {O}.",
            "Opplysningene kan ikke bekreftes uavhengig.",
            "Natt til {D} ble {P} beskutt med artilleri og droner, opplyser guvernøren.",
            "Ukrainske styrker har trukket seg tilbake fra stillinger ved {P} for å unngå å bli "
            "omringet, sier en talsperson for hæren.",
            "Lenger sør har det vært harde kamper nær {R}, vest for {Q}.",
            "Ukrainske tropper har gjenerobret {P}, skriver forsvarsdepartementet i Kyiv.",
            "Britisk etterretning mener at Russland trolig ønsker å omringe {P}.",
        ),
    },
    "da": {
        "head": ("Russiske styrker rykker frem mod {P}", "Hårde kampe ved {P}"),
        "body": (
            "Ifølge den ukrainske generalstab har ukrainske soldater slået {N} russiske angreb "
            "tilbage ved {P} og {Q} det seneste døgn.",
            "Det russiske forsvarsministerium oplyser, at russiske styrker har indtaget {P} i "
            "{O}.",
            "Oplysningerne kan ikke uafhængigt bekræftes.",
            "Natten til {D} blev {P} beskudt med artilleri og droner, oplyser guvernøren.",
            "Ukrainske styrker har trukket sig tilbage fra stillinger ved {P}, siger en "
            "talsperson for hæren.",
            "Der er også hårde kampe ved {R}, vest for {Q}.",
            "Ukrainske tropper har generobret {P}, skriver forsvarsministeriet i Kyiv.",
            "Russiske droner ramte {D} en skole i {Q}, oplyser de lokale myndigheder.",
        ),
    },
    "sv": {
        "head": ("Ryska styrkor anfaller vid {P}", "Hårda strider kring {P}"),
        "body": (
            "Enligt den ukrainska generalstaben slog ukrainska soldater tillbaka {N} ryska anfall "
            "vid {P} och {Q} under det senaste dygnet.",
            "Det ryska försvarsministeriet uppger att ryska styrkor har intagit {P} i {O}.",
            "Uppgifterna har inte kunnat bekräftas av oberoende källor.",
            "Under natten träffades {P} och {Q} av ryska raketer, uppger guvernören.",
            "Ukrainska styrkor har dragit sig tillbaka från ställningar vid {P}, uppger arméns "
            "talesperson {D}.",
            "Hårda strider pågår även vid {R}, väster om {Q}.",
            "Ukrainska soldater har återtagit {P}, meddelade försvarsministeriet i Kyiv.",
        ),
    },
    "fr": {
        "head": ("Les forces russes avancent vers {P}", "Combats acharnés autour de {P}"),
        "body": (
            "Selon l'état-major ukrainien, les forces ukrainiennes ont repoussé {N} attaques "
            "russes près de {P} et de {Q} au cours des dernières 24 heures.",
            "Le ministère russe de la Défense a affirmé {D} que ses troupes avaient pris le "
            "contrôle de {P}, dans la {O}.",
            "Cette affirmation n'a pas pu être vérifiée de manière indépendante.",
            "L'artillerie russe a bombardé {P} et {Q} pendant la nuit, a indiqué le gouverneur; "
            "{N} civils ont été blessés.",
            "Les unités ukrainiennes se sont retirées de positions près de {P} pour éviter "
            "l'encerclement, a déclaré un porte-parole de l'armée.",
            "De violents combats se poursuivent autour de {R}, à l'ouest de {Q}.",
            "Les troupes ukrainiennes ont repris {P}, a annoncé le commandant des forces "
            "terrestres.",
            "Une frappe de missile russe a touché {D} un immeuble à {P}, selon les autorités "
            "locales.",
        ),
    },
    "uk": {
        "head": ("Генштаб: ворог атакував у районі населеного пункту {P}",
                 "Бої в районі населеного пункту {P} тривають",
                 "Сили оборони відбили штурми поблизу населеного пункту {P}"),
        "body": (
            "За минулу добу українські захисники відбили {N} атак ворога в районах населених "
            "пунктів {P} та {Q}, повідомив Генеральний штаб ЗСУ.",
            "Противник намагався просунутися поблизу населеного пункту {P} у {O}, але зазнав "
            "втрат.",
            "{D} російська армія обстріляла населені пункти {P} та {Q}, повідомив голова ОВА; "
            "поранено {N} цивільних.",
            "Окупанти завдали авіаудару по населеному пункту {R}.",
            "Українські підрозділи відійшли на більш вигідні позиції поблизу населеного пункту "
            "{P}, заявив речник угруповання.",
            "Сили оборони звільнили населений пункт {P}, повідомили у Міноборони.",
            "Ворог продовжує штурмові дії в районі населеного пункту {Q}, ситуація складна.",
            "Російські війська просунулися на {K} кілометри поблизу населеного пункту {R}, "
            "стверджують військові блогери.",
        ),
    },
    "ru": {
        "head": ("Минобороны РФ: отражены атаки в районе населенного пункта {P}",
                 "Бои в районе населенного пункта {P} продолжаются"),
        "body": (
            "За минувшие сутки подразделения ВСУ {N} раза пытались атаковать российские позиции "
            "в районе населенного пункта {P} в {O}, сообщило Министерство обороны России.",
            "Все атаки были отражены, утверждают в ведомстве.",
            "Российские войска взяли под контроль населенный пункт {P}, заявили в Минобороны.",
            "{D} ВСУ обстреляли населенные пункты {P} и {Q}, пострадали {N} человека.",
            "Российские подразделения продвинулись на {K} километра в районе населенного пункта "
            "{R}.",
            "В Генштабе ВСУ, в свою очередь, опровергли продвижение российских войск у "
            "населенного пункта {Q}.",
            "Украинские военные также утверждают, что отошли на более выгодные позиции в районе "
            "населенного пункта {P}.",
            "Кроме того, артиллерия поразила склад боеприпасов в населенном пункте {R}.",
        ),
    },
}

# -- places ------------------------------------------------------------------------------------

#: Latin (KMU 2010, as GeoNames writes current Ukrainian names) back to Ukrainian Cyrillic; the
#: options are tried in order and every one is checked against the gazetteer's keys.
_KMU_BACK: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("shch", ("щ",)), ("zgh", ("зг",)), ("zh", ("ж",)), ("kh", ("х",)), ("ts", ("ц", "тс")),
    ("ch", ("ч",)), ("sh", ("ш",)), ("ia", ("я", "'я", "ія")), ("ie", ("є", "'є", "іє")),
    ("iu", ("ю", "'ю", "ію")), ("ya", ("я",)), ("ye", ("є",)), ("yu", ("ю",)), ("yi", ("ї",)),
    ("i", ("і", "ї", "й", "'ї")), ("y", ("и", "й")), ("a", ("а",)), ("b", ("б",)),
    ("v", ("в",)), ("h", ("г",)), ("g", ("ґ",)), ("d", ("д",)), ("e", ("е",)), ("z", ("з",)),
    ("k", ("к",)), ("l", ("л",)), ("m", ("м",)), ("n", ("н",)), ("o", ("о",)), ("p", ("п",)),
    ("r", ("р",)), ("s", ("с",)), ("t", ("т",)), ("u", ("у",)), ("f", ("ф",)), (" ", (" ",)),
    ("-", ("-",)),
)
_CONSONANTS = frozenset("бвгґджзклмнпрстфхцчшщ")
#: Ukrainian letters to the Russian ones the same name may be written with.
_TO_RUSSIAN = {"і": ("и", "е", "о"), "и": ("ы", "и"), "ї": ("и",), "є": ("е",),
               "'": ("ь", ""), "ь": ("ь", ""), "е": ("е", "о", "э"), "г": ("г",)}


@dataclass(frozen=True, slots=True)
class Spot:
    """A front-line settlement and how each language writes it."""

    oblast: str
    names: dict[str, str]


def _title(name: str) -> str:
    return "-".join(" ".join(w[:1].upper() + w[1:] for w in part.split(" "))
                    for part in name.split("-"))


def _names_row(gaz: Gazetteer, key: str, row: int) -> bool:
    return any(r == row for r, _ in gaz.get(fold(key)))


def _ukrainian(gaz: Gazetteer, latin: str, row: int) -> str | None:
    """The Ukrainian Cyrillic a KMU-romanised name was made from, checked against the
    gazetteer (the key names this place, and its BGN and scholarly spellings do too)."""
    target = latin.casefold()
    found: list[str] = []

    def walk(pos: int, out: str, budget: list[int]) -> None:
        budget[0] -= 1
        if len(found) >= 12 or budget[0] < 0:
            return
        if pos == len(target):
            if (_names_row(gaz, out, row) and romanize(out, "kmu").casefold() == target
                    and all(_names_row(gaz, romanize(out, s), row) for s in ("bgn", "scholarly"))):
                found.append(out)
            return
        for latin_part, options in _KMU_BACK:
            if not target.startswith(latin_part, pos):
                continue
            for cyr in options:
                for soft in ("", "ь") if out and out[-1] in _CONSONANTS else ("",):
                    nxt = out + soft + cyr
                    if gaz.has_prefix(fold(nxt)) or nxt.endswith((" ", "-")):
                        walk(pos + len(latin_part), nxt, budget)

    walk(0, "", [6000])
    if not found:
        return None
    # ї, і and й romanise alike in KMU: the reading whose other romanisations the gazetteer
    # also files under this place is the real one (Авдіївка → Awdijiwka, Avdiyivka).
    systems = [s for s in SYSTEMS if not s.startswith("ru_")]
    return _title(max(found, key=lambda c: sum(_names_row(gaz, romanize(c, s), row)
                                               for s in systems)))


def _russian(gaz: Gazetteer, ukrainian: str, row: int) -> str | None:
    """A Russian spelling of a Ukrainian name that the gazetteer knows for the same place."""
    lower = ukrainian.casefold()
    found: list[str] = []

    def walk(pos: int, out: str, budget: list[int]) -> None:
        budget[0] -= 1
        if found or budget[0] < 0:
            return
        if pos == len(lower):
            if (_names_row(gaz, out, row) and not set(out) & set("іїєґ'")
                    and out != lower):
                found.append(out)
            return
        for cyr in _TO_RUSSIAN.get(lower[pos], (lower[pos],)):
            nxt = out + cyr
            if not nxt or gaz.has_prefix(fold(nxt)) or nxt.endswith((" ", "-")):
                walk(pos + 1, nxt, budget)

    walk(0, "", [4000])
    return _title(found[0]) if found else None


@lru_cache(maxsize=2)
def front_line_places(limit_per_oblast: int = 120) -> tuple[Spot, ...]:
    """Settlements of the front-line oblasts that every template language can spell.

    The most populous first (they are the ones in the news), then villages; a place is kept
    only when its Ukrainian and Russian Cyrillic and each press romanisation name it in the
    gazetteer, so the benchmark measures real lookups, not misses.
    """
    gaz = load_gazetteer()
    by_oblast: dict[str, list] = {o: [] for o in OBLASTS}
    for entry in gaz.iter_entries():
        if (entry.kind is PlaceKind.SETTLEMENT and entry.country == "UA"
                and entry.admin1 in by_oblast and entry.feature_code.startswith("PPL")
                and entry.name.replace(" ", "").replace("-", "").isalpha()):
            by_oblast[entry.admin1].append(entry)
    spots: list[Spot] = []
    for oblast, entries in by_oblast.items():
        entries.sort(key=lambda e: (-e.population, e.place_id))
        kept = 0
        for entry in entries:
            if kept >= limit_per_oblast:
                break
            uk = _ukrainian(gaz, entry.name, entry.index)
            ru = _russian(gaz, uk, entry.index) if uk else None
            if not uk or not ru:
                continue
            names = {"en": entry.name, "uk": uk, "ru": ru}
            for lang, system in SYSTEM.items():
                spelt = romanize(uk, system)
                names[lang] = spelt if _names_row(gaz, spelt, entry.index) else entry.name
            spots.append(Spot(oblast, names))
            kept += 1
    return tuple(spots)


# -- articles ----------------------------------------------------------------------------------


def _article(rng: random.Random, number: int, spots: tuple[Spot, ...]) -> dict:
    lang = rng.choices(list(LANGUAGES), weights=list(LANGUAGES.values()))[0]
    oblast = rng.choice(list(OBLASTS))
    local = [s for s in spots if s.oblast == oblast]
    cast = rng.sample(local, min(len(local), rng.randint(4, 8)))
    published = dt.date(2022, 3, 1) + dt.timedelta(days=rng.randrange(1000))
    templates = TEMPLATES[lang]

    def fill(template: str) -> str:
        p, q, r = rng.sample(cast, 3)
        return template.format(
            P=p.names[lang], Q=q.names[lang], R=r.names[lang], O=OBLASTS[oblast][lang],
            D=WEEKDAYS[lang][rng.randrange(7)], N=rng.randint(2, 40), K=rng.randint(1, 12))

    title = fill(rng.choice(templates["head"]))
    paragraphs: list[str] = []
    size = len(title.encode())
    pool: list[str] = []
    while size < TARGET_BYTES - 200:
        sentences = []
        for _ in range(rng.randint(2, 3)):
            if not pool:  # every template once before any repeats (bulletins do repeat)
                pool = rng.sample(templates["body"], len(templates["body"]))
            sentence = fill(pool.pop())
            sentences.append(sentence[:1].upper() + sentence[1:])
        para = " ".join(sentences)
        paragraphs.append(para)
        size += len(para.encode()) + 2
    text = title + "\n\n" + "\n\n".join(paragraphs)
    record = {"id": f"bench-{number:07d}", "text": text, "title": title,
              "url": f"https://news.example.org/{lang}/{published:%Y/%m/%d}/{number}"}
    if rng.random() < 0.85:  # most feeds give a date; the rest is found in the URL
        record["published"] = published.isoformat()
    return record


def iter_articles(n: int, seed: int = 7) -> Iterator[dict]:
    """``n`` article records (JSONL objects), the same for the same seed, generated lazily."""
    spots = front_line_places()
    rng = random.Random(seed)
    for number in range(n):
        yield _article(rng, number, spots)


def write_corpus(n: int, path: Path, seed: int = 7) -> Path:
    """Write ``n`` articles to ``path`` (JSONL), streaming; reuse the file when it exists."""
    path = Path(path)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for record in iter_articles(n, seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.out.exists():
        args.out.unlink()
    write_corpus(args.n, args.out, args.seed)
    print(args.out)


if __name__ == "__main__":
    main()
