"""Redlines: the change list in the agreement's terms (both languages) and the marked-up text."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest

from slawriter.cli import main
from slawriter.model import Agreement
from slawriter.model.agreement import (
    AgreementStatus,
    Comparator,
    MetricKind,
    Objective,
    SignOffMethod,
    Target,
    TargetUnit,
)
from slawriter.model.lifecycle import new_revision, record_sign_off, set_status
from slawriter.model.types import Language
from slawriter.services import redline
from slawriter.storage import save_agreement
from tests.factories import agreement as make_agreement

AT = dt.datetime(2027, 1, 5, 10, 0, tzinfo=dt.UTC)


def _signed(a: Agreement) -> Agreement:
    a = set_status(a, AgreementStatus.IN_REVIEW, by="Ana", at=AT)
    a = set_status(a, AgreementStatus.APPROVED, by="Ana", at=AT)
    for person in a.signoff.signatories:
        a = record_sign_off(a, person.id, method=SignOffMethod.INK, date=AT.date(), by="Ana", at=AT)
    return set_status(a, AgreementStatus.SIGNED, by="Ana", at=AT)


def _revisions(language: Language) -> tuple[Agreement, Agreement]:
    """Revision 1 (signed) and revision 2 with four kinds of change."""
    base = make_agreement()
    base = base.model_copy(
        update={"agreement": base.agreement.model_copy(update={"language": language})}
    )
    one = _signed(base)
    two = new_revision(one, by="Ana", at=AT, fingerprint="0123456789ab", summary="Lower target")
    data = two.model_dump(mode="python")
    uptime = next(o for o in data["service_levels"]["objectives"] if o["id"] == "uptime")
    uptime["target"]["value"] = Decimal("99.5")
    data["service_levels"]["objectives"].append(
        Objective(
            id="p1-first-response",
            name="P1 first response",
            metric=MetricKind.FIRST_RESPONSE_TIME,
            target=Target(comparator=Comparator.LTE, value=Decimal(30), unit=TargetUnit.MINUTES),
        ).model_dump(mode="python")
    )
    data["parties"][1]["address"] = "Friedrichstraße 9, Berlin"
    data["scope"]["out_of_scope"] = []
    return one, Agreement.model_validate(data)


@pytest.fixture(scope="module")
def english() -> redline.Comparison:
    return redline.compare(*_revisions(Language.EN))


@pytest.fixture(scope="module")
def spanish() -> redline.Comparison:
    return redline.compare(*_revisions(Language.ES))


def test_change_list_in_english(english: redline.Comparison) -> None:
    texts = english.change_texts
    assert "Objective “Monthly uptime” — Target: at least 99.9% → at least 99.5%" in texts
    assert "Objective “P1 first response” added" in texts
    assert "Party “Shop GmbH” — Address: text changed" in texts
    assert "Out of scope: “Application code” removed" in texts
    # Lifecycle bookkeeping (version, status, sign-offs, log) is not a change of terms.
    assert not any("Version" in t or "Status" in t or "Audit" in t for t in texts)
    titles = [group.title for group in english.changes]
    assert titles == ["Agreement & parties", "Scope", "Service level objectives"]


def test_change_list_in_spanish(spanish: redline.Comparison) -> None:
    texts = spanish.change_texts
    assert "Objetivo «Monthly uptime» — Valor objetivo: al menos 99,5 %" not in texts
    assert any(
        t.startswith("Objetivo «Monthly uptime» — Valor objetivo:") and "99,5" in t for t in texts
    )
    assert "Objetivo «P1 first response»: añadido" in texts
    assert "Parte «Shop GmbH» — Dirección: texto modificado" in texts
    assert "Fuera del alcance: se suprime «Application code»" in texts
    assert spanish.changes[0].title == "Acuerdo y partes"


def test_redline_marks_words(english: redline.Comparison) -> None:
    blocks = [b for group in english.redline for b in group.blocks]
    changed = [b.html for b in blocks if b.kind == "changed"]
    assert any("<del>99.9</del><ins>99.5</ins>" in h for h in changed)
    assert any("<del>Hauptstraße</del>" in h and "<ins>Friedrichstraße</ins>" in h for h in changed)
    added = " ".join(b.html for b in blocks if b.kind == "added")
    assert "P1 first response" in added
    # The fingerprint always differs: it is not reported as a change of the text.
    assert english.old_fingerprint not in " ".join(b.html for b in blocks)


def test_identical_agreements_have_no_changes() -> None:
    a = make_agreement()
    comparison = redline.compare(a, a)
    assert comparison.change_texts == [] and comparison.redline == []
    assert "The terms are the same in both versions." in redline.report_html(comparison)


def test_word_diff_escapes_text() -> None:
    assert redline.word_diff("a <b> c", "a <i> c") == "a &lt;<del>b</del><ins>i</ins>&gt; c"


def test_report_html_in_spanish(spanish: redline.Comparison) -> None:
    page = redline.report_html(spanish)
    assert '<html lang="es">' in page
    assert "Cambios en el texto del contrato" in page
    assert "<del>99,9</del>" in page and "<ins>99,5</ins>" in page


@pytest.mark.pdf
def test_cli_diff_writes_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader

    one, two = _revisions(Language.EN)
    save_agreement(one, tmp_path / "v1.sla.json")
    save_agreement(two, tmp_path / "v2.sla.json")
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [
            "diff",
            str(tmp_path / "v1.sla.json"),
            str(tmp_path / "v2.sla.json"),
            "-o",
            str(tmp_path / "r.pdf"),
        ],
        out,
        err,
    )
    assert code == 0, err.getvalue()
    assert "Objective “P1 first response” added" in out.getvalue()
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "Summary of changes" in " ".join(text.split())
    bad = main(
        ["diff", str(tmp_path / "v1.sla.json"), "nope.sla.json", "-o", str(tmp_path / "x.html")],
        out,
        err,
    )
    assert bad == 2 and not (tmp_path / "x.html").exists()


def test_cli_diff_writes_word_with_tracked_changes(tmp_path: Path) -> None:
    import docx

    one, two = _revisions(Language.ES)
    save_agreement(one, tmp_path / "v1.sla.json")
    save_agreement(two, tmp_path / "v2.sla.json")
    v1, v2 = str(tmp_path / "v1.sla.json"), str(tmp_path / "v2.sla.json")
    out, err = io.StringIO(), io.StringIO()
    code = main(["diff", v1, v2, "-o", str(tmp_path / "r.docx")], out, err)
    assert code == 0, err.getvalue()
    assert out.getvalue().endswith(f"{tmp_path / 'r.docx'}: redline written, 4 changes\n")
    body = docx.Document(tmp_path / "r.docx").element.body
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    deleted = "".join(t.text for t in body.iter(f"{w}delText"))
    inserted = "".join(t.text for m in body.iter(f"{w}ins") for t in m.iter(f"{w}t"))
    assert "99,9" in deleted and "99,5" in inserted  # the Spanish contract's figures
    assert "Friedrichstraße" in inserted and "Hauptstraße" in deleted
    # --format says it whatever the name; a name that says otherwise is refused.
    code = main(["diff", v1, v2, "-o", str(tmp_path / "r.bin"), "--format", "docx"], out, err)
    assert code == 0 and docx.Document(tmp_path / "r.bin").paragraphs


@pytest.mark.parametrize(
    ("name", "fmt", "problem"),
    [
        ("r.pdf", "docx", "--format docx writes a .docx file; name it so"),
        ("r.docx", "html", "--format html writes a .html file; name it so"),
        ("r.txt", None, "the redline is written as .pdf, .html or .docx"),
    ],
)
def test_cli_diff_refuses_a_name_of_another_format(
    tmp_path: Path, name: str, fmt: str | None, problem: str
) -> None:
    save_agreement(make_agreement(), tmp_path / "a.sla.json")
    save_agreement(make_agreement(), tmp_path / "b.sla.json")
    out, err = io.StringIO(), io.StringIO()
    args = ["diff", str(tmp_path / "a.sla.json"), str(tmp_path / "b.sla.json")]
    args += ["-o", str(tmp_path / name), *(["--format", fmt] if fmt else [])]
    assert main(args, out, err) == 2
    assert err.getvalue() == f"slawriter: {tmp_path / name}: {problem}\n"
    assert not (tmp_path / name).exists()


def test_cli_diff_refuses_one_file_twice_and_two_different_agreements(tmp_path: Path) -> None:
    one = make_agreement()
    other = one.model_copy(
        update={"agreement": one.agreement.model_copy(update={"document_id": "SLA-2099-999"})}
    )
    save_agreement(one, tmp_path / "a.sla.json")
    save_agreement(other, tmp_path / "other.sla.json")
    a, b = str(tmp_path / "a.sla.json"), str(tmp_path / "other.sla.json")
    out_path = tmp_path / "r.docx"
    for argv, line in [
        (
            [a, a],
            f"{a}: given as both OLD and NEW; a redline compares two versions of an agreement",
        ),
        (
            [a, str(tmp_path / "." / "a.sla.json")],
            f"{tmp_path / 'a.sla.json'}: given as both OLD and NEW; a redline compares two "
            "versions of an agreement",
        ),
        (
            [a, b],
            f"{b}: is another agreement (SLA-2099-999) than {a} ({one.agreement.document_id}); "
            "a redline compares two versions of one agreement",
        ),
    ]:
        out, err = io.StringIO(), io.StringIO()
        assert main(["diff", *argv, "-o", str(out_path)], out, err) == 2
        assert err.getvalue() == f"slawriter: {line}\n"
        assert out.getvalue() == ""
        assert not out_path.exists()
    # Into a folder that is not there: one line, nothing written.
    missing = tmp_path / "missing" / "r.docx"
    save_agreement(_revisions(Language.EN)[0], tmp_path / "v1.sla.json")
    save_agreement(_revisions(Language.EN)[1], tmp_path / "v2.sla.json")
    out, err = io.StringIO(), io.StringIO()
    v1, v2 = str(tmp_path / "v1.sla.json"), str(tmp_path / "v2.sla.json")
    assert main(["diff", v1, v2, "-o", str(missing)], out, err) == 2
    assert err.getvalue().count("\n") == 1 and str(missing) in err.getvalue()
    assert not missing.parent.exists()


def test_the_word_redline_carries_the_newer_agreement_byte_for_byte(tmp_path: Path) -> None:
    from tests.render.docx_reading import resolve_changes

    one, two = _revisions(Language.EN)
    save_agreement(one, tmp_path / "v1.sla.json")
    # The newer file as a person may have written it: the redline carries its own bytes.
    save_agreement(two, tmp_path / "v2.sla.json")
    newer = (tmp_path / "v2.sla.json").read_bytes().replace(b"\n", b"\r\n") + b"\r\n"
    (tmp_path / "v2.sla.json").write_bytes(newer)
    v1, v2, docx_path = (str(tmp_path / n) for n in ("v1.sla.json", "v2.sla.json", "r.docx"))
    out, err = io.StringIO(), io.StringIO()
    assert main(["diff", v1, v2, "-o", docx_path], out, err) == 0, err.getvalue()

    def imported(path: Path) -> tuple[int, bytes, str]:
        back = tmp_path / f"{path.stem}.back.sla.json"
        out, err = io.StringIO(), io.StringIO()
        code = main(["import-docx", str(path), "-o", str(back)], out, err)
        return code, back.read_bytes(), err.getvalue()

    assert imported(tmp_path / "r.docx") == (0, newer, "")
    # Every change accepted in Word is the newer version: no warning either.
    accepted = tmp_path / "accepted.docx"
    accepted.write_bytes(resolve_changes((tmp_path / "r.docx").read_bytes(), accept=True))
    assert imported(accepted) == (0, newer, "")
    # Rejected, the text is the older version's: the agreement is still the newer one, and
    # the warning says the text is not the one the document carries.
    rejected = tmp_path / "rejected.docx"
    rejected.write_bytes(resolve_changes((tmp_path / "r.docx").read_bytes(), accept=False))
    code, data, warning = imported(rejected)
    assert (code, data) == (0, newer)
    assert warning.startswith(f"{rejected}: warning: the document's text was edited")


@pytest.mark.pdf
def test_a_redline_against_a_contract_pdf_carries_the_file_the_pdf_carries(tmp_path: Path) -> None:
    from slawriter.services.presets import list_presets
    from slawriter.storage import read_agreement

    preset = list_presets()[0].path
    newer = preset.read_bytes()
    (tmp_path / "v2.sla.json").write_bytes(newer)
    current = read_agreement(preset)[0]
    older = current.model_copy(
        update={"agreement": current.agreement.model_copy(update={"title": "Earlier title"})}
    )
    save_agreement(older, tmp_path / "v1.sla.json")
    v1, v2, pdf = (str(tmp_path / n) for n in ("v1.sla.json", "v2.sla.json", "v2.pdf"))
    out, err = io.StringIO(), io.StringIO()
    assert main(["export", v2, "-o", pdf], out, err) == 0, err.getvalue()
    assert main(["diff", v1, pdf, "-o", str(tmp_path / "r.docx")], out, err) == 0, err.getvalue()
    back = tmp_path / "back.sla.json"
    assert main(["import-docx", str(tmp_path / "r.docx"), "-o", str(back)], out, err) == 0
    assert back.read_bytes() == newer
