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
