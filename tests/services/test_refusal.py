"""Nothing is printed or computed from an agreement that ``validate`` rejects (issue 11 §1).

``export`` (PDF and HTML), ``comply``, ``openslo``, ``ics`` and ``sign`` refuse it with exit 2,
the same lines as ``validate``, and write nothing; the services raise ``InvalidAgreement``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from slawriter.cli import main
from slawriter.model import Agreement
from slawriter.model.agreement import AgreementStatus
from slawriter.services import compliance, openslo, reminders, signing
from slawriter.services.export import export_html, export_pdf
from slawriter.storage import InvalidAgreement, save_agreement
from tests import factories


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def one_party() -> Agreement:
    """ "between Acme … and nothing else": the customer has gone, its references stay."""
    a = factories.agreement()
    return a.model_copy(update={"parties": a.parties[:1]})


def unknown_party() -> Agreement:
    a = factories.agreement()
    items = list(a.responsibilities.items)
    items[0] = items[0].model_copy(update={"owners": ["nobody"]})
    return a.model_copy(
        update={"responsibilities": a.responsibilities.model_copy(update={"items": items})}
    )


def impossible_band() -> Agreement:
    """ "below 99.9 % and at least 99.95 %"."""
    a = factories.agreement()
    tiers = list(a.consequences.credit_tiers)
    tiers[0] = tiers[0].model_copy(update={"at_least": Decimal("99.95")})
    return a.model_copy(
        update={"consequences": a.consequences.model_copy(update={"credit_tiers": tiers})}
    )


BAD: dict[str, Callable[[], Agreement]] = {
    "one party": one_party,
    "unknown party": unknown_party,
    "impossible band": impossible_band,
}


@pytest.fixture(params=list(BAD), ids=list(BAD))
def bad_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "bad.sla.json"
    save_agreement(BAD[request.param](), path)
    return path


def validate_lines(path: Path) -> str:
    code, out, err = run("validate", str(path))
    assert (code, out) == (2, "")
    assert err.count("\n") >= 1
    return err


def test_the_bad_agreements_are_rejected_by_validate(bad_file: Path) -> None:
    err = validate_lines(bad_file)
    assert all(line.startswith(f"{bad_file}: ") for line in err.splitlines())


@pytest.mark.parametrize(
    "command",
    [
        ["export", "-o", "{out}/contract.pdf", "--html", "{out}/contract.html"],
        ["export", "--html", "{out}/contract.html"],
        ["export", "-o", "{out}/contract.pdf"],
        ["openslo", "-o", "{out}/slo.yaml"],
        ["ics", "-o", "{out}/dates.ics"],
        ["comply", "--period", "2027-03", "-o", "{out}/report.pdf", "--json", "{out}/r.json"],
    ],
    ids=["pdf+html", "html", "pdf", "openslo", "ics", "comply"],
)
def test_commands_refuse_what_validate_rejects(
    bad_file: Path, tmp_path: Path, command: list[str]
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before = bad_file.read_bytes()
    name, *options = command
    argv = [name, str(bad_file), *(o.format(out=out_dir) for o in options)]
    code, out, err = run(*argv)
    assert (code, out) == (2, ""), err
    assert err == validate_lines(bad_file)
    assert "Traceback" not in err
    assert list(out_dir.iterdir()) == []
    assert bad_file.read_bytes() == before


def test_a_valid_agreement_still_exports_html(tmp_path: Path) -> None:
    path = tmp_path / "good.sla.json"
    save_agreement(factories.agreement(), path)
    code, _, err = run("export", str(path), "--html", str(tmp_path / "good.html"))
    assert (code, err) == (0, "")
    assert (tmp_path / "good.html").is_file()


@pytest.mark.parametrize("name", list(BAD))
def test_the_services_raise_invalid_agreement_and_write_nothing(name: str, tmp_path: Path) -> None:
    agreement = BAD[name]()
    calls: list[Callable[[], object]] = [
        lambda: export_pdf(agreement, tmp_path / "c.pdf", path="draft.sla.json"),
        lambda: export_html(agreement, tmp_path / "c.html", path="draft.sla.json"),
        lambda: openslo.write_openslo(agreement, tmp_path / "s.yaml", source="draft.sla.json"),
        lambda: reminders.write_ics(agreement, tmp_path / "d.ics", source="draft.sla.json"),
        lambda: compliance.compliance_report(agreement, "2027-03", source="draft.sla.json"),
    ]
    for call in calls:
        with pytest.raises(InvalidAgreement) as caught:
            call()
        assert all(line.startswith("draft.sla.json: ") for line in caught.value.lines())
    assert list(tmp_path.iterdir()) == []


def test_export_of_a_file_names_that_file(tmp_path: Path) -> None:
    path = tmp_path / "one.sla.json"
    save_agreement(one_party(), path)
    with pytest.raises(InvalidAgreement) as caught:
        export_pdf(path, tmp_path / "one.pdf")
    assert caught.value.lines()[0] == (
        f"{path}: Parties: an agreement needs at least two parties; it has 1"
    )
    assert not (tmp_path / "one.pdf").exists()


@pytest.mark.pdf
def test_sign_refuses_a_pdf_whose_agreement_validate_rejects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slawriter.render import render_pdf

    bad = one_party()
    bad = bad.model_copy(
        update={"signoff": bad.signoff.model_copy(update={"status": AgreementStatus.SIGNED})}
    )
    pdf = tmp_path / "contract.pdf"
    pdf.write_bytes(render_pdf(bad).pdf)  # what an older slawriter exported
    as_file = tmp_path / "bad.sla.json"
    save_agreement(bad, as_file)
    expected = validate_lines(as_file).replace(str(as_file), str(pdf))
    monkeypatch.setenv("SLAWRITER_P12_PASSPHRASE", "unused")
    out_pdf = tmp_path / "signed.pdf"
    missing_key = tmp_path / "no-such-key.p12"  # refused before the key is even read
    code, out, err = run("sign", str(pdf), "-o", str(out_pdf), "--p12", str(missing_key))
    assert (code, out, err) == (2, "", expected)
    assert not out_pdf.exists()
    with pytest.raises(InvalidAgreement):
        signing.sign_pdf(pdf.read_bytes(), object(), source=pdf)


def _signed_then_changed_by_hand(tmp_path: Path, change: Callable[[dict], None]) -> Path:  # type: ignore[type-arg]
    import json

    from tests.model.test_lifecycle import _signed

    path = tmp_path / "signed.sla.json"
    save_agreement(_signed(factories.agreement()), path)
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data, indent=2))
    return path


def _retitle(data: dict) -> None:  # type: ignore[type-arg]
    data["agreement"]["title"] = "Not what was signed"


def _drop_log_entry(data: dict) -> None:  # type: ignore[type-arg]
    del data["signoff"]["history"][1]


@pytest.mark.parametrize(
    ("change", "said"),
    [(_retitle, "signed text must not change"), (_drop_log_entry, "the audit log was edited")],
    ids=["text", "log"],
)
@pytest.mark.parametrize(
    "command",
    [
        ["validate"],
        ["export", "--html", "{out}/contract.html"],
        ["openslo", "-o", "{out}/slo.yaml"],
        ["ics", "-o", "{out}/dates.ics"],
        ["comply", "--period", "2027-03", "--json", "{out}/r.json"],
    ],
    ids=["validate", "html", "openslo", "ics", "comply"],
)
def test_a_signed_agreement_that_is_not_what_was_signed_is_refused(
    tmp_path: Path,
    change: Callable[[dict], None],
    said: str,
    command: list[str],  # type: ignore[type-arg]
) -> None:
    path = _signed_then_changed_by_hand(tmp_path, change)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before = path.read_bytes()
    name, *options = command
    code, out, err = run(name, str(path), *(o.format(out=out_dir) for o in options))
    assert (code, out) == (2, ""), err
    assert err.startswith(f"{path}: ") and said in err
    assert "Traceback" not in err
    assert list(out_dir.iterdir()) == []
    assert path.read_bytes() == before


def test_a_signed_agreement_as_signed_still_exports(tmp_path: Path) -> None:
    path = _signed_then_changed_by_hand(tmp_path, lambda data: None)
    code, _, err = run("export", str(path), "--html", str(tmp_path / "signed.html"))
    assert (code, err) == (0, "")
