"""The notebooks run (nbclient, the venv's ipykernel) so they never rot, are stored without
outputs, escape hostile article text, and notebook 02 shows one claim's whole path."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest

from conftest import EXAMPLES, ROOT

NOTEBOOKS = ROOT / "notebooks"
NAMES = ("01_quickstart", "02_review_and_annotate", "03_timeline_analysis")
HOSTILE = ('Russian forces captured Vodyane <script>alert("pwned")</script>, the ministry said '
           'on Friday. <img src=x onerror=alert(1)>')


def execute(name: str, out: Path, monkeypatch, input_dir: Path = EXAMPLES):
    from nbclient import NotebookClient

    monkeypatch.setenv("FRONTMAP_OUT", str(out))
    monkeypatch.setenv("FRONTMAP_INPUT", str(input_dir))
    monkeypatch.setenv("FRONTMAP_ANALYST", "test analyst")
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()
    return nb


def outputs(nb, mime: str) -> list[str]:
    found = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {}).get(mime)
            if data is not None:
                found.append(data if isinstance(data, str) else "".join(data))
    return found


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_are_stored_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None


@pytest.fixture
def clean_repo():
    """Running a notebook must not write into the repository."""
    before = (ROOT / "outputs" / "notebooks").exists()
    yield
    assert (ROOT / "outputs" / "notebooks").exists() == before


def test_quickstart_runs_shows_the_map_and_escapes_hostile_text(tmp_path, monkeypatch,
                                                                 clean_repo):
    articles = tmp_path / "in"
    shutil.copytree(EXAMPLES, articles)
    (articles / "00_hostile.txt").write_text(" date 2024-04-05\n" + HOSTILE, encoding="utf-8")
    nb = execute("01_quickstart", tmp_path / "out", monkeypatch, articles)
    html = outputs(nb, "text/html")
    assert any("<iframe" in h and "frontmap-data" in h for h in html), "the map is shown inline"
    table = next(h for h in html if "<table" in h and "claimant" in h)
    assert "Vodyane &lt;script&gt;" in table
    for page in html:
        assert "<script>alert" not in page and "<img src=x" not in page
        assert 'alert("pwned")</script>' not in page
    printed = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    assert "articles read: 15" in printed and "claims in EPSG:4326" in printed
    assert (tmp_path / "out" / "quickstart" / "frontmap.sqlite").is_file()


def test_timeline_runs_and_plots(tmp_path, monkeypatch, clean_repo):
    nb = execute("03_timeline_analysis", tmp_path, monkeypatch)
    assert len(outputs(nb, "image/png")) == 2
    assert any("<table" in h for h in outputs(nb, "text/html"))


def test_one_claims_path_extracted_corrected_in_a_notebook_exported_read_back(
        tmp_path, monkeypatch, clean_repo, capsys):
    """Extracted by `frontmap.run`, corrected in notebook 02, exported to GeoPackage, read
    back with GDAL: the figures of the closing note of issue 6."""
    import pyogrio

    from frontmap.store import Store

    nb = execute("02_review_and_annotate", tmp_path, monkeypatch)
    out = tmp_path / "review"
    path = json.loads((out / "claim_path.json").read_text(encoding="utf-8"))
    claim_id = path["claim_id"]
    # Extracted: the store still holds the machine's values beside the review.
    with Store(out) as store:
        row = store.conn.execute("SELECT c.*, p.lat, p.lon FROM claims c JOIN places p "
                                 "USING (place_id) WHERE claim_id = ?", (claim_id,)).fetchone()
        review = store.review(claim_id)
        history = store.history(claim_id)
        rejected = [r.claim_id for r in store.reviews() if r.status == "rejected"]
    assert (row["type"], row["place_id"]) == (path["extracted"]["type"],
                                              path["extracted"]["place_id"])
    # Corrected in the notebook, by the analyst named there.
    moved = row["place_id"] != path["corrected"]["place_id"]
    assert review.analyst == "test analyst"
    assert review.status == ("corrected" if moved or row["event_date"] != "2023-05-11"
                             else "accepted")
    assert [(h.field, h.before, h.after) for h in history if h.field == "place_id"] == [
        ("place_id", row["place_id"], path["corrected"]["place_id"])]
    # Exported and read back with GDAL.
    gpkg = out / "reviewed.gpkg"
    info = pyogrio.read_info(gpkg, layer="claims")
    assert info["crs"] == "EPSG:4326"
    claims = pyogrio.read_dataframe(gpkg, layer="claims")
    exported = claims[claims.claim_id == claim_id].iloc[0]
    assert exported.place_id == path["corrected"]["place_id"]
    assert exported.location == "Klishchiivka"
    assert exported.event_date.date().isoformat() == "2023-05-11"
    assert exported.reviewed_by == "test analyst"
    assert (round(exported.geometry.x, 5), round(exported.geometry.y, 5)) == (
        round(path["exported"]["lon"], 5), round(path["exported"]["lat"], 5))
    assert not set(rejected) & set(claims.claim_id)
    assert any("<iframe" in h for h in outputs(nb, "text/html"))
    assert (out / "reviewed.html").is_file()
    with capsys.disabled():
        print(f"\nclaim {claim_id}: extracted {row['type']} {row['actor']} at "
              f"{row['place_id']} ({row['lat']:.5f}, {row['lon']:.5f}) on {row['event_date']}; "
              f"corrected by {review.analyst} to {path['corrected']}; exported to "
              f"{gpkg.name} ({gpkg.stat().st_size:,} bytes, {info['features']} claims) and read "
              f"back: {exported.location} {exported.place_id} "
              f"({exported.geometry.y:.5f}, {exported.geometry.x:.5f}) "
              f"{exported.event_date.date()} {exported.review_status}")
