"""The store: every run fills DIR/frontmap.sqlite incrementally, versioned and migrated."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace

import pytest

from conftest import EXAMPLES
from frontmap.errors import StoreError
from frontmap.pipeline import run
from frontmap.reading import iter_inputs, make_article
from frontmap.settings import Settings
from frontmap.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    STORE_FILE,
    Store,
    claim_features,
    content_hash,
    extractor_version,
    migrate,
)

SETTINGS = Settings(render_map=False)


@pytest.fixture(scope="module")
def examples_run(tmp_path_factory, pipeline):
    out = tmp_path_factory.mktemp("run")
    summary = run([EXAMPLES], out, SETTINGS, pipeline=pipeline)
    return out, summary


@pytest.fixture
def run_dir(examples_run, tmp_path):
    out = tmp_path / "run"
    shutil.copytree(examples_run[0], out)
    return out


@pytest.fixture(scope="module")
def extractions(pipeline):
    return [pipeline.process(a) for a in iter_inputs([EXAMPLES])]


def test_run_keeps_a_store_of_every_article_mention_and_claim(examples_run):
    out, summary = examples_run
    with Store(out) as store:
        counts = store.counts()
        features = store.claim_features()
        places = store.place_features()
    assert counts["articles"] == summary.articles == 14
    assert counts["claims"] == summary.claims > 0
    assert len(places) == summary.places
    unresolved = store_unresolved(out)
    assert unresolved == summary.unresolved
    assert counts["mentions"] == sum(p["properties"]["mentions"] for p in places) + unresolved
    assert (counts["reviews"], counts["history"]) == (0, 0)
    geojson = json.loads((out / "claims.geojson").read_text())["features"]
    assert len(features) == len(geojson)
    written = json.loads((out / "places.geojson").read_text())["features"]
    assert [(p["properties"]["article_id"], p["properties"]["place_id"], p["properties"]["kind"],
             p["properties"]["surfaces"], p["geometry"]["coordinates"]) for p in places] == [
        (p["properties"]["article_id"], p["properties"]["place_id"], p["properties"]["kind"],
         p["properties"]["surfaces"], p["geometry"]["coordinates"]) for p in written]


def store_unresolved(out):
    with Store(out) as store:
        return store.conn.execute("SELECT count(*) FROM mentions WHERE place_id IS NULL"
                                  ).fetchone()[0]


def test_stored_claims_keep_every_property_of_the_claims_geojson_contract(examples_run):
    out, _ = examples_run
    written = json.loads((out / "claims.geojson").read_text())["features"]
    with Store(out) as store:
        by_run_id = {r["geojson_id"]: r["claim_id"] for r in
                     store.conn.execute("SELECT geojson_id, claim_id FROM claims")}
        stored = {f["id"]: f for f in store.claim_features()}
    for feature in written:
        mine = stored[by_run_id[feature["id"]]]
        assert mine["geometry"] == feature["geometry"]
        for key, value in feature["properties"].items():
            assert mine["properties"][key] == value, (feature["id"], key)
        assert mine["properties"]["reviewed"] is False
        assert mine["properties"]["review_status"] is None


def test_the_geojson_files_are_unchanged_by_the_store(tmp_path, pipeline):
    run([EXAMPLES], tmp_path / "with", SETTINGS, pipeline=pipeline)
    run([EXAMPLES], tmp_path / "without", SETTINGS, pipeline=pipeline, store=False)
    assert not (tmp_path / "without" / STORE_FILE).exists()
    for name in ("claims.geojson", "places.geojson"):
        assert (tmp_path / "with" / name).read_bytes() == (tmp_path / "without" / name).read_bytes()


def test_rerunning_adds_nothing_twice(run_dir, pipeline):
    with Store(run_dir) as store:
        before = store.counts()
        ids = [f["id"] for f in store.claim_features()]
    run([EXAMPLES], run_dir, SETTINGS, pipeline=pipeline)
    with Store(run_dir) as store:
        assert store.counts() == before
        assert [f["id"] for f in store.claim_features()] == ids


def test_new_articles_are_added_and_a_text_is_one_article_whatever_its_name(run_dir, pipeline,
                                                                            tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "new.txt").write_text(" date 2024-04-05\nRussian forces took control of Vodyane, "
                                   "the ministry said on Friday.", encoding="utf-8")
    shutil.copy(EXAMPLES / "02_en_avdiivka_withdrawal.txt", extra / "same_text_other_name.txt")
    with Store(run_dir) as store:
        before = store.counts()
    run([extra], run_dir, SETTINGS, pipeline=pipeline)
    with Store(run_dir) as store:
        after = store.counts()
        places = {f["properties"]["place"] for f in store.claim_features()
                  if f["properties"]["article_id"] == "new"}
    assert after["articles"] == before["articles"] + 1
    assert after["claims"] > before["claims"]
    assert "Vodiane" in places or "Vodyane" in places


def test_a_changed_extractor_reextracts_and_keeps_ids(tmp_path, extractions):
    with Store(tmp_path) as store:
        first = store.add(extractions, extractor="v1")
        ids = [f["id"] for f in store.claim_features()]
        assert (first.added, first.unchanged) == (14, 0)
        same = store.add(extractions, extractor="v1")
        assert (same.added, same.unchanged, same.reextracted) == (0, 14, 0)
        again = store.add(extractions, extractor="v2")
        assert (again.added, again.unchanged, again.reextracted) == (0, 0, 14)
        forced = store.add(extractions, extractor="v2", reextract=True)
        assert forced.reextracted == 14
        assert [f["id"] for f in store.claim_features()] == ids
        versions = {r[0] for r in store.conn.execute("SELECT extractor FROM articles")}
        assert versions == {"v2"}


def test_reextract_reprocesses_stored_texts_of_another_extractor(tmp_path, pipeline, extractions):
    with Store(tmp_path) as store:
        store.add(extractions[:3], extractor="old")
        store.add(extractions[3:], extractor=extractor_version(pipeline.settings))
        before = store.claim_features()
        report = store.reextract(pipeline)
        assert (report.reextracted, report.unchanged) == (3, 11)
        assert store.claim_features() == before  # the stored text gives the same claims
        forced = store.reextract(pipeline, force=True)
        assert (forced.reextracted, forced.unchanged) == (14, 0)
        assert store.claim_features() == before


def test_extractor_version_follows_the_settings_that_steer_extraction():
    assert extractor_version(Settings()) == extractor_version(Settings())
    assert extractor_version(Settings()) != extractor_version(Settings(min_place_confidence=0.9))


def test_claim_ids_are_the_claims_identity_over_the_text_hash(tmp_path, extractions):
    from frontmap.claims import claim_id

    with Store(tmp_path) as store:
        store.add(extractions[:1], extractor="v")
        feature = store.claim_features()[0]
    claim = extractions[0].claims[0]
    digest = content_hash(extractions[0].article.text)
    assert feature["id"] == claim_id(digest, claim.type, claim.place.entry.place_id,
                                     claim.actor, claim.event_date)


def test_schema_is_versioned_in_wal_mode_with_a_busy_timeout(tmp_path):
    with Store(tmp_path) as store:
        conn = store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 10_000
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def _v1_store(path):
    """A store as frontmap wrote it before reviews existed (schema version 1), with a claim."""
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=1) == 1
    conn.execute("INSERT INTO articles (hash, article_id, source, published, lang, text, "
                 "extractor, added_at, extracted_at) VALUES ('h1', 'a1', 'old.txt', "
                 "'2024-04-05', 'en', 'Russian forces took Vodyane.', 'old', 't', 't')")
    conn.execute("INSERT INTO places VALUES ('geonames:1', 'Vodiane', 48.1, 37.7, 'settlement', "
                 "'PPL', 'UA', 'Donetsk Oblast', NULL, 0)")
    conn.execute("INSERT INTO claims (claim_id, geojson_id, article, ordinal, type, actor, "
                 "event_date, date_precision, place_id, surface, evidence, span_start, "
                 "span_end, status, confidence) VALUES ('c1', 'g1', 1, 0, 'capture', 'RU', "
                 "'2024-04-05', 'day', 'geonames:1', 'Vodyane', 'Russian forces took "
                 "Vodyane.', 0, 28, 'claimed', 0.8)")
    conn.close()


def test_a_version_1_store_is_migrated_and_keeps_its_claims(tmp_path):
    path = tmp_path / STORE_FILE
    _v1_store(path)
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        [feature] = store.claim_features()
        assert feature["id"] == "c1"
        assert feature["properties"]["place"] == "Vodiane"
        assert feature["geometry"]["coordinates"] == [37.7, 48.1]
        review = store.accept("c1", "kari")
        assert review.status == "accepted"
        assert [h.field for h in store.history("c1")] == ["review_status"]


def test_an_empty_database_is_migrated_from_version_0(tmp_path):
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()
    with Store(path) as store:
        assert store.counts() == dict.fromkeys(
            ("articles", "places", "mentions", "claims", "reviews", "history"), 0)
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_newer_or_foreign_database_is_refused(tmp_path):
    newer = tmp_path / "newer.sqlite"
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        Store(newer)
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a frontmap store"):
        Store(foreign)
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError):
        Store(garbage)


def test_history_is_append_only(tmp_path, extractions):
    with Store(tmp_path) as store:
        store.add(extractions[:1], extractor="v")
        claim = store.claim_features()[0]["id"]
        store.reject(claim, "kari", "not an event")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.conn.execute("UPDATE history SET analyst = 'mallory'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.conn.execute("DELETE FROM history")
        assert [h.analyst for h in store.history()] == ["kari"]


def test_run_fails_cleanly_on_a_foreign_database_in_the_output_folder(tmp_path, pipeline):
    with sqlite3.connect(tmp_path / STORE_FILE) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a frontmap store"):
        run([EXAMPLES], tmp_path, SETTINGS, pipeline=pipeline)


def test_module_claim_features_is_what_render_reads(run_dir):
    from frontmap.render import load_features

    with Store(run_dir) as store:
        target = store.claim_features()[0]["id"]
        store.reject(target, "kari")
    features = load_features(run_dir)
    assert features == claim_features(run_dir / STORE_FILE)
    rejected = next(f for f in features if f["id"] == target)
    assert rejected["properties"]["review_status"] == "rejected"


def test_the_run_map_shows_reviewed_values(run_dir, pipeline):
    """A rejected claim leaves the run's map; a corrected one moves (from the store)."""
    from frontmap.render import build_payload

    with Store(run_dir) as store:
        features = store.claim_features()
        rejected, moved = features[0]["id"], features[1]["id"]
        store.reject(rejected, "kari")
        store.correct(moved, "kari", place="geonames:703656")  # Kupiansk
    run([EXAMPLES], run_dir, Settings(render_map=True), pipeline=pipeline)
    html = (run_dir / "map.html").read_text(encoding="utf-8")
    payload = json.loads(html.split('id="frontmap-data">', 1)[1].split("</script>", 1)[0])
    assert payload["reports"] == len(features) - 1
    assert ["Kupiansk", "Kharkiv Oblast", 37.61581, 49.71003, "settlement",
            "geonames:703656"] in payload["places"]
    full = build_payload(features)
    assert full["reports"] == len(features)


def test_article_text_and_provenance_are_stored(tmp_path, pipeline):
    article = make_article("Russian forces took control of Vodyane, the ministry said on "
                           "Friday.", id="a1", source="notebook", published="2024-04-05",
                           url="https://example.org/a1", title="Vodyane")
    extraction = pipeline.process(article)
    with Store(tmp_path) as store:
        store.add([extraction], extractor="v")
        row = store.conn.execute("SELECT * FROM articles").fetchone()
        mention = store.conn.execute("SELECT * FROM mentions").fetchone()
    assert (row["hash"], row["article_id"], row["source"], row["url"], row["published"],
            row["lang"], row["title"]) == (content_hash(article.text), "a1", "notebook",
                                           "https://example.org/a1", "2024-04-05", "en", "Vodyane")
    assert row["text"] == article.text
    assert article.text[mention["start"]:mention["end"]] == mention["surface"] == "Vodyane"
    assert mention["place_id"].startswith("geonames:") and mention["confidence"] > 0


def test_duplicate_texts_in_one_batch_are_one_article(tmp_path, extractions):
    twin = replace(extractions[0], article=replace(extractions[0].article, id="twin"))
    with Store(tmp_path) as store:
        report = store.add([extractions[0], twin], extractor="v")
        assert (report.added, report.unchanged) == (1, 1)


def test_open_store_takes_a_run_folder_new_or_old_or_the_file(tmp_path):
    from frontmap import open_store

    with open_store(tmp_path / "new_run") as store:
        assert store.path == tmp_path / "new_run" / STORE_FILE
    with open_store(tmp_path / "new_run") as again, open_store(again.path) as same:
        assert again.path == same.path
    with open_store(tmp_path / "elsewhere.sqlite") as named:
        assert named.path == tmp_path / "elsewhere.sqlite" and named.path.is_file()
