"""Review: accept / reject / correct, the append-only history, filters, re-attachment after
re-extraction, hostile text, and two processes reviewing at once."""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import shutil
from dataclasses import replace

import pytest

from conftest import EXAMPLES
from frontmap.errors import FrontmapError, StoreError
from frontmap.reading import iter_inputs, make_article
from frontmap.review import InvalidReview, UnknownClaim
from frontmap.store import Store

KUPIANSK = "geonames:703656"


@pytest.fixture(scope="module")
def extractions(pipeline):
    return [pipeline.process(a) for a in iter_inputs([EXAMPLES])]


@pytest.fixture(scope="module")
def template(tmp_path_factory, extractions):
    folder = tmp_path_factory.mktemp("template")
    with Store(folder) as store:
        store.add(extractions, extractor="v1")
    return folder


@pytest.fixture
def store(template, tmp_path):
    shutil.copytree(template, tmp_path / "run")
    with Store(tmp_path / "run") as opened:
        yield opened


def feature(store, claim_id):
    return next(f for f in store.claim_features() if f["id"] == claim_id)


def first(store, **match):
    return next(f for f in store.claim_features()
                if all(f["properties"][k] == v for k, v in match.items()))


def test_accept_and_reject_record_who_when_and_why(store):
    target = first(store)["id"]
    review = store.accept(target, "kari", "matches the MoD statement")
    assert (review.status, review.decision, review.analyst, review.revision) == (
        "accepted", "accepted", "kari", 1)
    props = feature(store, target)["properties"]
    assert (props["reviewed"], props["review_status"], props["analyst"]) == (
        True, "accepted", "kari")
    assert props["review_note"] == "matches the MoD statement"
    review = store.reject(target, "ola", "a background event")
    assert (review.status, review.revision) == ("rejected", 2)
    history = store.history(target)
    assert [(h.analyst, h.action, h.field, h.before, h.after, h.note) for h in history] == [
        ("kari", "accept", "review_status", None, "accepted", "matches the MoD statement"),
        ("ola", "reject", "review_status", "accepted", "rejected", "a background event"),
    ]
    stamp = dt.datetime.strptime(history[1].at, "%Y-%m-%dT%H:%M:%S.%fZ")
    assert abs((dt.datetime.now(dt.UTC).replace(tzinfo=None) - stamp).total_seconds()) < 60


def test_correct_moves_the_point_and_changes_the_values(store):
    target = first(store, place="Bakhmut")
    before = target["properties"]
    review = store.correct(target["id"], "kari", place=KUPIANSK, type="capture", actor="RU",
                           event_date="2023-05-01", note="wrong town")
    assert review.status == "corrected"
    assert review.corrections == {"place_id": KUPIANSK, "type": "capture", "actor": "RU",
                                  "event_date": "2023-05-01"}  # day precision, as extracted
    after = feature(store, target["id"])
    props = after["properties"]
    assert after["geometry"]["coordinates"] == [37.61581, 49.71003]
    assert (props["place"], props["admin1"], props["type"], props["actor"],
            props["event_date"]) == ("Kupiansk", "Kharkiv Oblast", "capture", "RU", "2023-05-01")
    assert props["corrected"] == ["actor", "event_date", "place_id", "type"]
    assert props["date_precision"] == "day"
    assert props["surface"] == before["surface"] and props["evidence"] == before["evidence"]
    rows = {h.field: (h.before, h.after) for h in store.history(target["id"])}
    assert rows["place_id"] == (before["place_id"], KUPIANSK)
    assert rows["event_date"] == (before["event_date"], "2023-05-01")
    assert rows["review_status"] == (None, "corrected")


def test_correcting_back_to_the_extracted_value_removes_the_correction(store):
    target = first(store, place="Bakhmut")
    store.correct(target["id"], "kari", place=KUPIANSK)
    review = store.correct(target["id"], "kari", place=target["properties"]["place_id"])
    assert review.corrections == {} and review.status == "accepted"
    assert feature(store, target["id"])["geometry"] == target["geometry"]
    assert [h.after for h in store.history(target["id"]) if h.field == "place_id"] == [
        KUPIANSK, target["properties"]["place_id"]]


def test_correct_by_gazetteer_lookup_and_new_place_ids(store, gazetteer):
    target = first(store)["id"]
    hit = gazetteer.lookup("Vovchansk", country="UA")[0]
    store.correct(target, "kari", place=hit)
    assert feature(store, target)["properties"]["place"] == hit.entry.name
    other = gazetteer.lookup("Chasiv Yar", country="UA")[0].entry.place_id
    store.correct(target, "kari", place=other)  # not yet in the store: read from the gazetteer
    assert feature(store, target)["properties"]["place_id"] == other
    with pytest.raises(InvalidReview, match="no place"):
        store.correct(target, "kari", place="geonames:0")


def test_clearing_actor_and_date(store):
    target = first(store, place="Bakhmut")
    store.correct(target["id"], "kari", actor=None, event_date=None)
    props = feature(store, target["id"])["properties"]
    assert (props["actor"], props["event_date"], props["date_precision"]) == (None, None, None)


def test_correcting_a_rejected_claim_keeps_it(store):
    target = first(store)["id"]
    store.reject(target, "kari")
    assert store.correct(target, "ola", type="strike").status == "corrected"


@pytest.mark.parametrize("call, error", [
    (lambda s, c: s.accept(c, ""), InvalidReview),
    (lambda s, c: s.accept(c, "   "), InvalidReview),
    (lambda s, c: s.correct(c, "kari"), InvalidReview),
    (lambda s, c: s.correct(c, "kari", type="invasion"), InvalidReview),
    (lambda s, c: s.correct(c, "kari", actor="third"), InvalidReview),
    (lambda s, c: s.correct(c, "kari", event_date="May 2023"), InvalidReview),
    (lambda s, c: s.accept("no-such-claim", "kari"), UnknownClaim),
])
def test_bad_review_calls_raise_and_change_nothing(store, call, error):
    target = first(store)["id"]
    with pytest.raises(error):
        call(store, target)
    assert store.history() == [] and store.reviews() == []


def test_errors_share_the_frontmap_root_and_builtins():
    assert issubclass(UnknownClaim, FrontmapError) and issubclass(UnknownClaim, KeyError)
    assert issubclass(InvalidReview, StoreError) and issubclass(InvalidReview, ValueError)


def test_claims_are_found_by_their_claims_geojson_id_too(store):
    row = store.conn.execute("SELECT claim_id, geojson_id FROM claims LIMIT 1").fetchone()
    assert store.accept(row["geojson_id"], "kari").claim_id == row["claim_id"]


def test_claims_frame_and_its_filters(store):
    gdf = store.claims()
    assert gdf.crs.to_epsg() == 4326 and gdf.index.name == "claim_id"
    assert len(gdf) == store.counts()["claims"]
    assert str(gdf["event_date"].dtype).startswith("datetime64")
    features = store.claim_features()

    def ids(**match):
        return {f["id"] for f in features
                if all(f["properties"][k] in v for k, v in match.items())}

    assert set(store.claims(type="capture").index) == ids(type={"capture"})
    assert set(store.claims(type=["strike", "attack"]).index) == ids(type={"strike", "attack"})
    assert set(store.claims(side="RU").index) == ids(actor={"RU"})
    assert set(store.claims(status="denied").index) == ids(status={"denied"})
    assert set(store.claims(claimant_side="UA").index) == ids(claimant_side={"UA"})
    donetsk = set(store.claims(oblast="Donetsk").index)
    assert donetsk == ids(admin1={"Donetsk Oblast"}) and donetsk
    assert set(store.claims(admin1="donetsk oblast").index) == donetsk
    in_may = set(store.claims(date_from="2023-05-01", date_to=dt.date(2023, 5, 31)).index)
    assert in_may == {f["id"] for f in features
                      if "2023-05-01" <= (f["properties"]["event_date"]
                                          or f["properties"]["published"] or "") <= "2023-05-31"}
    assert in_may
    target = next(iter(donetsk))
    store.correct(target, "kari", place=KUPIANSK)
    assert target not in set(store.claims(oblast="Donetsk").index)  # the reviewed oblast counts
    assert list(store.claims(reviewed=True).index) == [target]
    assert list(store.claims(review_status="corrected").index) == [target]
    assert target not in set(store.claims(review_status="unreviewed").index)
    store.reject(target, "kari")
    assert target in set(store.claims().index)
    assert target not in set(store.claims(include_rejected=False).index)
    row = store.claims().loc[target]
    assert (row.review_status, row.place, row.geometry.x, row.geometry.y) == (
        "rejected", "Kupiansk", 37.61581, 49.71003)


def test_evidence_is_read_in_its_article(store):
    target = first(store, place="Klishchiivka")
    evidence = store.evidence(target["id"])
    assert evidence.evidence == target["properties"]["evidence"]
    start, end = evidence.mention
    assert evidence.evidence[start:end] == target["properties"]["surface"]
    assert "Klishchiivka" in str(evidence)
    assert "<mark>Klishchiivka</mark>" in evidence._repr_html_()


def test_hostile_article_text_is_escaped_in_evidence_html(tmp_path, pipeline):
    text = ('Russian forces captured Vodyane <script>alert("x")</script>, the ministry said '
            'on Friday. <img src=x onerror=alert(1)>')
    article = make_article(text, id="hostile", source="t", published="2024-04-05",
                           url="javascript:alert(1)", title="<b onmouseover=alert(2)>t</b>")
    with Store(tmp_path) as store:
        store.add([pipeline.process(article)], extractor="v")
        [claim] = store.claim_features()
        page = store.evidence(claim["id"], context=400)._repr_html_()
    assert "<script" not in page and "<img" not in page and "<b onmouseover" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "javascript:" not in page.split("<p>")[0]  # not a link


# ---------------------------------------------------------------------- re-extraction


def _with_claims(extraction, claims):
    return replace(extraction, claims=tuple(claims))


def test_reviews_reattach_to_the_reextracted_claim_of_the_same_identity(store, extractions):
    target = first(store, place="Klishchiivka")["id"]
    store.correct(target, "kari", event_date="2023-05-10")
    history = len(store.history())
    report = store.add(extractions, extractor="v2")
    assert report.reextracted == 14 and not report.reattached and not report.orphaned
    assert store.review(target).corrections["event_date"] == "2023-05-10"
    assert feature(store, target)["properties"]["event_date"] == "2023-05-10"
    assert len(store.history()) == history  # nothing moved, nothing to record


def test_a_review_follows_its_claim_when_the_identity_changes(store, extractions):
    index = next(i for i, e in enumerate(extractions) if e.article.id == "01_en_bakhmut_flanks")
    ex = extractions[index]
    old = first(store, article_id=ex.article.id, place="Kramatorsk")
    store.reject(old["id"], "kari", "shelling report, not a front-line event")
    # A new extractor dates the Kramatorsk strike differently: a new claim identity.
    changed = [replace(c, event_date=dt.date(2023, 5, 11)) if c.place.entry.name == "Kramatorsk"
               else c for c in ex.claims]
    batch = [*extractions[:index], _with_claims(ex, changed), *extractions[index + 1:]]
    report = store.add(batch, extractor="v2")
    [(key, new_id)] = report.reattached
    assert key == old["id"] and new_id != old["id"]
    assert store.review(new_id).status == "rejected"
    assert feature(store, new_id)["properties"]["review_status"] == "rejected"
    last = store.history()[-1]
    assert (last.analyst, last.action, last.before, last.after) == (
        "frontmap", "reattach", old["id"], new_id)


def test_a_review_without_a_matching_claim_is_kept_and_reported(store, extractions):
    index = next(i for i, e in enumerate(extractions) if e.article.id == "01_en_bakhmut_flanks")
    ex = extractions[index]
    gone = first(store, article_id=ex.article.id, place="Kostiantynivka")
    store.accept(gone["id"], "kari")
    without = [c for c in ex.claims if c.place.entry.name != "Kostiantynivka"]
    report = store.add([_with_claims(ex, without)], extractor="v2")
    assert report.orphaned == [gone["id"]]
    [orphan] = store.orphaned_reviews()
    assert (orphan.key, orphan.claim_id, orphan.status) == (gone["id"], None, "accepted")
    assert store.history()[-1].action == "orphan"
    assert gone["id"] not in {f["id"] for f in store.claim_features()}
    again = store.add([ex], extractor="v3")  # the claim comes back: so does its review
    assert again.orphaned == [] and store.orphaned_reviews() == []
    assert store.review(gone["id"]).status == "accepted"


# ---------------------------------------------------------------------- concurrency

OPS = 30


def _hammer(path, worker, targets, barrier):
    """Accept and correct the same claims as the other worker, as fast as possible."""
    with Store(path) as store:
        barrier.wait()
        for i in range(OPS):
            target = targets[i % len(targets)]
            note = f"w{worker}-{i}"
            if i % 2:
                store.accept(target, f"analyst{worker}", note)
            else:
                day = dt.date(2023, 1, 1) + dt.timedelta(days=worker * 100 + i)
                store.correct(target, f"analyst{worker}", event_date=day, note=note)


def test_two_processes_reviewing_at_once_lose_nothing(store):
    targets = [f["id"] for f in store.claim_features()[:3]]
    path = store.path
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    workers = [context.Process(target=_hammer, args=(path, w, targets, barrier))
               for w in (1, 2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    history = store.history()
    notes = {h.note for h in history}
    assert notes == {f"w{w}-{i}" for w in (1, 2) for i in range(OPS)}
    per_op = {}
    for h in history:
        per_op.setdefault(h.note, []).append(h)
    for note, rows in per_op.items():
        fields = {r.field for r in rows} - {"review_status"}
        corrected = int(note.split("-")[1]) % 2 == 0
        assert fields == ({"event_date", "date_precision"} if corrected else set()), note
    for target in targets:
        review = store.review(target)
        ops = [h for h in history if h.claim_id == target]
        assert review.revision == len({h.note for h in ops})
        last_date = [h.after for h in ops if h.field == "event_date"][-1]
        assert review.corrections["event_date"] == last_date
        assert feature(store, target)["properties"]["event_date"] == last_date
        # Each row's "before" is the value the previous change left: no update was lost.
        dates = [h for h in ops if h.field == "event_date"]
        for previous, current in itertools.pairwise(dates):
            assert current.before == previous.after
