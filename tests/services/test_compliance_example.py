"""``comply --help`` and the README document the data files and exit codes; ``--example`` writes
samples that every shipped preset accepts (issue 11 §4)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from slawriter.cli import COMPLY_FORMATS, main
from slawriter.services import presets


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_help_gives_the_columns_timestamps_pauses_and_exit_codes() -> None:
    code, out, _ = run("comply", "--help")
    assert code == 0
    for words in (
        "id,priority,created_at,first_response_at,resolved_at[,paused]",
        "start,end[,excluded,id,description]",
        "objective,period,value",
        "START/END pairs separated by ';'",
        "without a UTC offset they are read in the agreement's time zone",
        "0 none breached (objectives without data are listed as such), 1 at least one",
        "--example DIR",
        "Parquet (a file named .parquet or starting with PAR1)",
        "--tickets FILE",
    ):
        assert words in out


def test_the_readme_says_what_the_help_says(repo_root: Path) -> None:
    readme = repo_root.joinpath("README.md").read_text(encoding="utf-8")
    assert "comply FILE --example DIR" in readme
    assert "also be Parquet (a file named `.parquet`, or starting with `PAR1`)" in readme
    assert "Parquet (a file named .parquet or starting with PAR1)" in COMPLY_FORMATS
    for columns in (
        "id,priority,created_at,first_response_at,resolved_at[,paused]",
        "start,end[,excluded,id,description]",
        "objective,period,value",
    ):
        assert f"`{columns}`" in readme and columns in COMPLY_FORMATS
    assert (
        "exits with 0 when no\nobjective was breached (an objective without data is listed as "
        '"no data"' in readme
    )


@pytest.mark.parametrize("preset", [p.name for p in presets.list_presets()])
def test_example_files_are_accepted_by_every_preset(tmp_path: Path, preset: str) -> None:
    agreement = tmp_path / f"{preset}.sla.json"
    assert run("new", "--preset", preset, "-o", str(agreement))[0] == 0
    folder = tmp_path / "samples"
    code, _, err = run("comply", str(agreement), "--period", "2027-03", "--example", str(folder))
    assert (code, err) == (0, "")
    assert sorted(p.name for p in folder.iterdir()) == [
        "incidents.csv",
        "metrics.csv",
        "tickets.csv",
    ]
    report = tmp_path / "report.json"
    code, _, err = run(
        "comply",
        str(agreement),
        "--period",
        "2027-03",
        "--tickets",
        str(folder / "tickets.csv"),
        "--incidents",
        str(folder / "incidents.csv"),
        "--metrics",
        str(folder / "metrics.csv"),
        "--json",
        str(report),
    )
    assert code in (0, 1) and err == "", err
    data = json.loads(report.read_text(encoding="utf-8"))
    sources = {o["id"]: o.get("source") for o in data["objectives"]}
    assert any(sources.values()), sources
    # Run again: the samples are never overwritten.
    code, _, err = run("comply", str(agreement), "--period", "2027-03", "--example", str(folder))
    assert code == 2 and "already exists" in err


def test_example_without_a_period_is_this_month_and_a_bad_period_is_refused(
    tmp_path: Path,
) -> None:
    agreement = tmp_path / "saas.sla.json"
    assert run("new", "--preset", "saas-availability", "-o", str(agreement))[0] == 0
    code, _, err = run("comply", str(agreement), "--example", str(tmp_path / "a"))
    assert (code, err) == (0, "")
    code, _, err = run(
        "comply", str(agreement), "--period", "March", "--example", str(tmp_path / "b")
    )
    assert code == 2 and err.startswith("slawriter: --period: ")
    assert not (tmp_path / "b").exists()
    code, _, err = run("comply", str(agreement), "--json", str(tmp_path / "r.json"))
    assert (code, err) == (2, "slawriter: give the month to check with --period YYYY-MM\n")
