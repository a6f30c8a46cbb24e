"""The command line, driven through ``main(argv)`` and once through a real process."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from slawriter import __version__
from slawriter.bundled import templates_dir
from slawriter.cli import main
from slawriter.services import presets
from slawriter.storage import dumps_agreement, load_agreement, save_agreement
from tests import factories


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "hosting.sla.json"
    save_agreement(factories.agreement(), path)
    return path


def test_version() -> None:
    code, out, _ = run("--version")
    assert (code, out.strip()) == (0, f"slawriter {__version__}")


def test_help_lists_every_command() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for command in ("presets", "new", "validate", "check", "schema"):
        assert command in out


def test_presets_lists_one_line_per_preset() -> None:
    code, out, _ = run("presets")
    lines = out.splitlines()
    assert code == 0
    assert len(lines) == len(presets.list_presets()) >= 7
    names = [line.split()[0] for line in lines]
    assert names == [p.name for p in presets.list_presets()]
    assert all(len(line.split(None, 1)) == 2 for line in lines)


def test_presets_in_spanish() -> None:
    code, out, _ = run("presets", "--language", "es")
    assert code == 0
    assert out != run("presets")[1]


@pytest.mark.parametrize("preset", [p.name for p in presets.list_presets()])
def test_new_validate_and_check_are_clean_for_each_preset(tmp_path: Path, preset: str) -> None:
    target = tmp_path / f"{preset}.sla.json"
    code, out, err = run("new", "--preset", preset, "-o", str(target))
    assert (code, err) == (0, "")
    made = load_agreement(target)
    original = presets.find_preset(preset).load()
    assert made.agreement.document_id != original.agreement.document_id
    assert made.scope == original.scope
    assert run("validate", str(target)) == (0, f"{target}: valid\n", "")
    code, out, _ = run("check", str(target))
    assert code == 0
    assert out.splitlines()[-1].startswith(f"{target}: 0 errors")


def test_new_blank_agreement(tmp_path: Path) -> None:
    target = tmp_path / "blank.sla.json"
    assert run("new", "-o", str(target))[0] == 0
    assert load_agreement(target).parties == []


def test_new_refuses_to_overwrite(good_file: Path) -> None:
    before = good_file.read_bytes()
    code, _, err = run("new", "--preset", "saas-availability", "-o", str(good_file))
    assert code == 2
    assert str(good_file) in err and "already exists" in err
    assert good_file.read_bytes() == before


def test_new_unknown_preset(tmp_path: Path) -> None:
    code, _, err = run("new", "--preset", "nope", "-o", str(tmp_path / "x.sla.json"))
    assert code == 2
    assert "no preset 'nope'" in err and "customer-support" in err
    assert not (tmp_path / "x.sla.json").exists()


def test_validate_reports_each_bad_file_and_exits_2(good_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sla.json"
    data = json.loads(good_file.read_text())
    data["service_levels"]["objectives"][0]["target"]["value"] = 100
    bad.write_text(json.dumps(data))
    before = bad.read_bytes()
    code, out, err = run("validate", str(good_file), str(bad))
    assert code == 2
    assert out == f"{good_file}: valid\n"
    assert err.startswith(f"{bad}: ")
    assert "Objective 1 “Monthly uptime” › Target › Value" in err
    assert "below 100 %" in err
    assert bad.read_bytes() == before


def test_check_exits_1_on_error_findings(tmp_path: Path) -> None:
    agreement = factories.agreement()
    agreement.agreement.title = ""
    path = tmp_path / "untitled.sla.json"
    save_agreement(agreement, path)
    code, out, _ = run("check", str(path))
    assert code == 1
    assert f"{path}: error: Agreement & parties › Agreement › Title: " in out
    assert out.splitlines()[-1] == f"{path}: 1 error, 0 warnings, 0 notes"


def test_check_is_clean_for_a_ready_agreement(good_file: Path) -> None:
    assert run("check", str(good_file)) == (0, f"{good_file}: 0 errors, 0 warnings, 0 notes\n", "")


def test_schema_is_the_bundled_copy(repo_root: Path) -> None:
    code, out, _ = run("schema")
    assert code == 0
    bundled = repo_root / "resources" / "agreement.schema.json"
    assert out == bundled.read_text(encoding="utf-8"), (
        "resources/agreement.schema.json is stale: run `slawriter schema > "
        "resources/agreement.schema.json` and commit it"
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["validate"],
        ["check"],
        ["new", "--preset", "customer-support"],
        ["presets", "--language", "fr"],
        ["--frobnicate"],
        ["export-everything", "now"],
        ["no-such-file.sla.json"],
    ],
)
def test_wrong_usage_is_one_line_and_exit_2(argv: list[str]) -> None:
    code, out, err = run(*argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("slawriter: ")


@pytest.mark.parametrize("command", ["validate", "check"])
def test_a_missing_or_broken_file_is_one_line_and_exit_2(tmp_path: Path, command: str) -> None:
    broken = tmp_path / "broken.sla.json"
    broken.write_text('{"schema_version": 1, "parties": [')
    for path in (broken, tmp_path / "missing.sla.json", tmp_path):
        code, _, err = run(command, str(path))
        assert code == 2
        assert err.count("\n") == 1 and err.startswith(f"{path}: ")


def test_without_a_command_it_starts_the_app(
    monkeypatch: pytest.MonkeyPatch, good_file: Path
) -> None:
    import slawriter.app

    opened: list[Path | None] = []

    def fake_run(file: Path | None) -> int:
        opened.append(file)
        return 0

    monkeypatch.setattr(slawriter.app, "run", fake_run)
    assert run() == (0, "", "")
    assert run(str(good_file)) == (0, "", "")
    assert opened == [None, good_file]


@pytest.mark.process
def test_help_and_version_import_no_model() -> None:
    """The app's path through ``main`` stays light: the model loads with the commands needing it."""
    code = (
        "import io, sys\n"
        "from slawriter.cli import main\n"
        "main(['--help'], io.StringIO()); main(['--version'], io.StringIO())\n"
        "heavy = ('pydantic', 'jinja2', 'slawriter.model.agreement')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.process
def test_export_forks_its_printer_before_the_model_is_imported(
    good_file: Path, tmp_path: Path
) -> None:
    """The forked printer's point: WeasyPrint loads in the child while this one loads the model."""
    code = (
        "import contextlib, sys\n"
        "import slawriter.render.forked as forked\n"
        "real = forked.forked_printer\n"
        "@contextlib.contextmanager\n"
        "def watched():\n"
        "    print('pydantic' in sys.modules, flush=True)\n"
        "    with real() as printer:\n"
        "        yield printer\n"
        "forked.forked_printer = watched\n"
        "from slawriter.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    out = tmp_path / "contract.pdf"
    done = subprocess.run(
        [sys.executable, "-c", code, "export", str(good_file), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "False"
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.mark.process
def test_real_process(good_file: Path, tmp_path: Path) -> None:
    """The installed entry point: ``python -m slawriter`` with real exit codes and streams."""

    def slawriter(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "slawriter", *argv],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    ok = slawriter("validate", str(good_file))
    assert (ok.returncode, ok.stdout, ok.stderr) == (0, f"{good_file}: valid\n", "")
    garbage = tmp_path / "garbage.sla.json"
    garbage.write_bytes(b"\x00\x01not json at all\xff")
    bad = slawriter("validate", str(garbage))
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
    assert bad.stderr.startswith(f"{garbage}: ") and bad.stderr.count("\n") == 1


@pytest.mark.process
def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """``slawriter presets | head -1``: the rest of the output goes nowhere, quietly."""
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line
    with os.fdopen(write, "wb") as closed:
        done = subprocess.run(
            [sys.executable, "-m", "slawriter", "presets"],
            stdout=closed,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.stderr == ""
    assert done.returncode == 141


def test_saved_file_is_what_new_wrote(tmp_path: Path) -> None:
    target = tmp_path / "it.sla.json"
    run("new", "--preset", "it-support", "-o", str(target))
    assert dumps_agreement(load_agreement(target)) == target.read_text(encoding="utf-8")


def test_comply_maps_column_names(tmp_path: Path, repo_root: Path) -> None:
    preset = repo_root / "resources" / "presets" / "customer-support.sla.json"
    tickets = repo_root / "tests" / "data" / "compliance" / "mapped-tickets.csv"
    report = tmp_path / "r.json"
    base = ["comply", str(preset), "--period", "2026-03", "--tickets", str(tickets)]
    code, _, err = run(*base, "--json", str(report))
    assert code == 2 and "no 'id' column" in err and not report.exists()
    maps = ["id=Ticket", "priority=Level", "created_at=Opened", "first_response_at=Answered"]
    argv = [*base, *(x for m in maps for x in ("--map", m)), "--json", str(report)]
    code, _out, err = run(*argv)
    assert code in (0, 1), err
    assert json.loads(report.read_text(encoding="utf-8"))["period"] == "2026-03"
    code, _, err = run(*base, "--map", "nonsense", "--json", str(report))
    assert code == 2 and err.startswith("slawriter: --map: 'nonsense' is not NAME=COLUMN")


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "{f}", "-o", "{f}"],
        ["export", "{f}", "--html", "{f}"],
        ["openslo", "{f}", "-o", "{f}"],
        ["ics", "{f}", "-o", "{f}"],
        ["comply", "{f}", "--period", "2027-03", "--json", "{f}"],
    ],
)
def test_an_output_never_replaces_the_agreement(good_file: Path, argv: list[str]) -> None:
    before = good_file.read_bytes()
    code, _, err = run(*(a.format(f=good_file) for a in argv))
    assert code == 2
    assert err == f"slawriter: {good_file}: is an input of this command; choose another output\n"
    assert good_file.read_bytes() == before


def test_the_pdf_and_the_html_cannot_be_one_file(good_file: Path, tmp_path: Path) -> None:
    """Review finding: the PDF silently replaced the HTML just written."""
    out = tmp_path / "contract.out"
    code, _, err = run("export", str(good_file), "-o", str(out), "--html", str(out))
    assert code == 2
    assert err == f"slawriter: {out}: given for both -o and --html; choose two files\n"
    assert not out.exists()


def test_an_export_never_writes_into_its_template_folder(good_file: Path, tmp_path: Path) -> None:
    """Review finding: ``-o tpl/contract.html --template tpl`` replaced the user's template."""
    folder = tmp_path / "tpl"
    shutil.copytree(templates_dir(), folder)
    before = (folder / "contract.html").read_bytes()
    code, _, err = run(
        "export", str(good_file), "--html", str(folder / "contract.html"), "--template", str(folder)
    )
    assert code == 2 and "is inside the template folder" in err
    assert (folder / "contract.html").read_bytes() == before


def test_a_logo_that_is_not_a_regular_file_is_refused(good_file: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    for logo in (fifo, Path("/dev/zero")):
        code, _, err = run(
            "export", str(good_file), "-o", str(tmp_path / "c.pdf"), "--logo", str(logo)
        )
        assert (code, err) == (2, f"slawriter: {logo}: the logo is not a regular file\n")
    assert not (tmp_path / "c.pdf").exists()


def test_comply_refuses_two_columns_of_one_name(repo_root: Path, tmp_path: Path) -> None:
    preset = repo_root / "resources" / "presets" / "saas-availability.sla.json"
    incidents = tmp_path / "incidents.csv"
    incidents.write_text("start, start,end\n2026-03-10T10:00,2026-03-10T10:00,2026-03-10T11:00\n")
    code, _, err = run(
        "comply", str(preset), "--period", "2026-03", "--incidents", str(incidents),
        "--json", str(tmp_path / "r.json"),
    )  # fmt: skip
    assert code == 2 and err.startswith(f"{incidents}: two columns of the incidents file")


def test_a_template_that_includes_a_missing_file_is_named(good_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    shutil.copytree(templates_dir(), folder)
    contract = folder / "contract.html"
    contract.write_text(
        contract.read_text(encoding="utf-8").replace(
            '{% include "partials/toc.html" %}', '{% include "partials/nope.html" %}'
        ),
        encoding="utf-8",
    )
    code, _, err = run(
        "export", str(good_file), "--html", str(tmp_path / "x.html"), "--template", str(folder)
    )
    assert code == 2
    assert err == "slawriter: the template has no partials/nope.html\n"


def test_openslo_counts_the_slos_written_and_names_the_priority_left_out(tmp_path: Path) -> None:
    out = tmp_path / "slos.yaml"
    code, stdout, stderr = run(
        "openslo", str(presets.find_preset("saas-subscription").path), "-o", str(out)
    )
    assert code == 0
    # Uptime, and response for P1, P2 and P3: P4 is best effort, the objective is still exported.
    assert stdout.strip() == f"{out}: OpenSLO file with 4 SLOs for 2 objectives"
    assert out.read_text(encoding="utf-8").count("kind: SLO\n") == 4
    assert stderr.strip().endswith(
        "objective 'support-response', left out of the OpenSLO file: P4 Low: best effort, "
        "no target applies"
    )
