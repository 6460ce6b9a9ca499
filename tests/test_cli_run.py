"""The CLI: a thin shell with examples in every command's help, clear errors, exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from frontmap.cli import main


@pytest.fixture
def runner():
    return CliRunner()


def test_run_on_examples(runner, tmp_path):
    result = runner.invoke(main, ["run", str(EXAMPLES), "--out", str(tmp_path), "--no-map"])
    assert result.exit_code == 0, result.output
    assert "articles read: 14" in result.stderr
    assert "claims:" in result.stderr and "inputs rejected: 0" in result.stderr
    assert json.loads((tmp_path / "claims.geojson").read_text())["features"]


def test_unusable_input_is_one_line_and_nonzero(runner, tmp_path):
    result = runner.invoke(main, ["run", str(tmp_path / "nothing-here"), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0
    assert "no such file or folder" in result.stderr
    assert len([ln for ln in result.stderr.splitlines() if ln.startswith("Error")]) == 1


def test_some_rejected_is_reported_with_exit_code(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text("Russian missiles hit Kramatorsk.", encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x00binary")
    result = runner.invoke(main, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "o"),
                                  "--no-map"])
    assert result.exit_code == 3
    assert "bad.txt" in result.stderr and "binary" in result.stderr
    assert "bad.txt" in (tmp_path / "o" / "rejected.jsonl").read_text()


def test_gazetteer_lookup(runner):
    result = runner.invoke(main, ["gazetteer", "lookup", "Kupjansk"])
    assert result.exit_code == 0
    assert "Kupiansk" in result.output and "geonames:703656" in result.output
    assert runner.invoke(main, ["gazetteer", "lookup", "Xyzzyville"]).exit_code != 0


def test_every_command_documents_an_example(runner):
    for path in (["run"], ["gazetteer", "lookup"], ["map"], ["languages"]):
        result = runner.invoke(main, [*path, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output, path


# ---------------------------------------------------------------------- store, review, export


def test_store_commands_document_an_example(runner):
    for path in (["export"], ["review", "list"], ["review", "accept"], ["review", "reject"],
                 ["review", "correct"]):
        result = runner.invoke(main, [*path, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output, path


@pytest.fixture
def reviewed_run(runner, tmp_path):
    out = tmp_path / "run"
    result = runner.invoke(main, ["run", str(EXAMPLES), "--out", str(out), "--no-map"])
    assert result.exit_code == 0, result.output
    assert (out / "frontmap.sqlite").is_file()
    return out


def _ids(runner, out, *extra):
    result = runner.invoke(main, ["review", "list", str(out), *extra])
    assert result.exit_code == 0, result.output
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_review_commands_accept_reject_correct(runner, reviewed_run):
    rows = _ids(runner, reviewed_run)
    assert len(rows) == len(json.loads((reviewed_run / "claims.geojson").read_text())["features"])
    first, second, third = (r[0] for r in rows[:3])
    result = runner.invoke(main, ["review", "correct", str(reviewed_run), first, "--analyst",
                                  "kari", "--place", "geonames:703656", "--date", "2023-05-10",
                                  "--actor", "none", "--note", "moved"])
    assert result.exit_code == 0, result.output
    assert "corrected" in result.stderr and "geonames:703656" in result.stderr
    result = runner.invoke(main, ["review", "accept", str(reviewed_run), second],
                           env={"FRONTMAP_ANALYST": "ola"})
    assert result.exit_code == 0, result.output
    assert runner.invoke(main, ["review", "reject", str(reviewed_run), third, "--analyst",
                                "ola"]).exit_code == 0
    assert [r[0] for r in _ids(runner, reviewed_run, "--status", "rejected")] == [third]
    [corrected] = _ids(runner, reviewed_run, "--status", "corrected")
    assert corrected == [first, "2023-05-10", rows[0][2], "-", "Kupiansk", "corrected"]
    assert len(_ids(runner, reviewed_run, "--status", "unreviewed")) == len(rows) - 3


def test_review_errors_are_one_line(runner, reviewed_run):
    result = runner.invoke(main, ["review", "accept", str(reviewed_run), "nope", "--analyst", "k"])
    assert result.exit_code == 1 and "no stored claim" in result.stderr
    first = _ids(runner, reviewed_run)[0][0]
    result = runner.invoke(main, ["review", "accept", str(reviewed_run), first],
                           env={"FRONTMAP_ANALYST": None})
    assert result.exit_code == 2 and "--analyst" in result.stderr
    result = runner.invoke(main, ["review", "correct", str(reviewed_run), first, "--analyst",
                                  "k", "--date", "May"])
    assert result.exit_code != 0 and "not a date" in result.stderr


def test_export_command_writes_each_format(runner, reviewed_run, tmp_path):
    import pyogrio

    claims = len(json.loads((reviewed_run / "claims.geojson").read_text())["features"])
    for fmt in ("geojson", "gpkg", "parquet", "csv"):
        out = tmp_path / f"export.{fmt}"
        result = runner.invoke(main, ["export", str(reviewed_run), "--format", fmt, "--out",
                                      str(out)])
        assert result.exit_code == 0, result.output
        assert f"claims {claims}" in result.stderr
        if fmt != "parquet":
            assert pyogrio.read_info(out, layer="claims" if fmt == "gpkg" else None)[
                "features"] == claims
    result = runner.invoke(main, ["export", str(tmp_path), "--format", "csv", "--out",
                                  str(tmp_path / "x.csv")])
    assert result.exit_code == 1 and "no store" in result.stderr


def test_run_reextract_keeps_reviews(runner, reviewed_run):
    first = _ids(runner, reviewed_run)[0][0]
    runner.invoke(main, ["review", "reject", str(reviewed_run), first, "--analyst", "kari"])
    result = runner.invoke(main, ["run", str(EXAMPLES), "--out", str(reviewed_run), "--no-map",
                                  "--reextract"])
    assert result.exit_code == 0, result.output
    assert [r[0] for r in _ids(runner, reviewed_run, "--status", "rejected")] == [first]
