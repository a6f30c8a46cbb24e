"""Digital signatures: two signatories sign one after the other, both verify, tampering is caught.

The certificates are made here with ``cryptography``; no private key is ever committed.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from slawriter.cli import main
from slawriter.model import Agreement
from slawriter.model.agreement import AgreementStatus, SignOffMethod
from slawriter.model.lifecycle import record_sign_off, set_status
from slawriter.render import UnreadablePdf, render_pdf
from slawriter.services import signing
from tests.factories import agreement as make_agreement

AT = dt.datetime(2027, 1, 5, 10, 0, tzinfo=dt.UTC)
PASSPHRASE = b"correct horse"


@dataclass(frozen=True)
class Key:
    p12: bytes
    cert_pem: bytes


def _key(common_name: str) -> Key:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    p12 = pkcs12.serialize_key_and_certificates(
        b"test", key, cert, None, serialization.BestAvailableEncryption(PASSPHRASE)
    )
    return Key(p12, cert.public_bytes(serialization.Encoding.PEM))


def _signed_off(a: Agreement) -> Agreement:
    a = set_status(a, AgreementStatus.IN_REVIEW, by="Ana", at=AT)
    a = set_status(a, AgreementStatus.APPROVED, by="Ana", at=AT)
    for person in a.signoff.signatories:
        a = record_sign_off(
            a, person.id, method=SignOffMethod.DIGITAL, date=AT.date(), by="Ana", at=AT
        )
    return set_status(a, AgreementStatus.SIGNED, by="Ana", at=AT)


@dataclass(frozen=True)
class Signed:
    agreement: Agreement
    unsigned: bytes
    once: bytes
    twice: bytes
    folder: Path
    keys: list[Key]


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Signed:
    folder = tmp_path_factory.mktemp("signing")
    agreement = _signed_off(make_agreement())
    people = agreement.signoff.signatories
    assert len(people) >= 2
    keys = [_key(people[0].name), _key(people[1].name), _key("Someone Else")]
    for index, key in enumerate(keys):
        (folder / f"k{index}.p12").write_bytes(key.p12)
        (folder / f"c{index}.pem").write_bytes(key.cert_pem)
    unsigned = render_pdf(agreement).pdf
    first = signing.load_signer(folder / "k0.p12", PASSPHRASE)
    once = signing.sign_pdf(unsigned, first, reason="Agreed")  # matched by certificate name
    second = signing.load_signer(folder / "k1.p12", PASSPHRASE)
    twice = signing.sign_pdf(once, second, signatory=people[1].id)
    return Signed(agreement, unsigned, once, twice, folder, keys)


@pytest.fixture(scope="module")
def report(signed: Signed) -> signing.VerifyReport:
    trust = [signed.folder / "c0.pem", signed.folder / "c1.pem"]
    return signing.verify_pdf(signed.twice, trust=trust)


@pytest.mark.pdf
def test_two_signatories_both_verify(signed: Signed, report: signing.VerifyReport) -> None:
    people = signed.agreement.signoff.signatories
    assert [s.field for s in report.signatures] == [f"Signature-{p.id}" for p in people[:2]]
    assert [s.signer for s in report.signatures] == [people[0].name, people[1].name]
    for sig in report.signatures:
        assert sig.intact and sig.valid and sig.trusted, sig
        assert sig.signing_time is not None
    first, second = report.signatures
    assert not first.covers_whole_file and first.changes_after.startswith("only later signatures")
    assert second.covers_whole_file and second.changes_after == "nothing"
    assert report.fingerprint_matches and report.ok


@pytest.mark.pdf
def test_incremental_updates_keep_the_original(signed: Signed) -> None:
    assert signed.once.startswith(signed.unsigned)
    assert signed.twice.startswith(signed.once)


@pytest.mark.pdf
def test_untrusted_without_trust_roots(signed: Signed) -> None:
    report = signing.verify_pdf(signed.once)
    assert [s.trusted for s in report.signatures] == [False]
    assert report.signatures[0].intact and report.ok  # intact and fingerprint: exit 0


@pytest.mark.pdf
def test_stays_pdfa_friendly(signed: Signed) -> None:
    from pypdf import PdfReader

    reader: Any = PdfReader(io.BytesIO(signed.twice))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    producer = reader.metadata["/Producer"]
    assert f'pdf:Producer="{producer}"' in xmp or f"<pdf:Producer>{producer}<" in xmp
    assert 'pdfaid:part="3"' in xmp
    fields = reader.trailer["/Root"]["/AcroForm"]["/Fields"]
    assert len(fields) == 2
    for ref in fields:
        widget = ref.get_object()
        appearance = widget["/AP"]["/N"].get_object()
        fonts = _fonts(appearance)
        assert fonts, "the stamp has text"
        for font in fonts:
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


@pytest.mark.pdf
def test_signing_keeps_the_tags_and_pdfa_3a(signed: Signed) -> None:
    from tests import pdf_structure

    before = pdf_structure.read(signed.unsigned, "en")
    assert before.problems == []
    for pdf in (signed.once, signed.twice):
        after = pdf_structure.read(pdf, "en")
        # The same tree, the same headings, nothing untagged on the pages, still PDF/A-3a.
        assert after.problems == []
        assert after.headings == before.headings
        assert [node.kind for node in after.root.walk()] == [
            node.kind for node in before.root.walk()
        ]


def _fonts(xobject: Any) -> list[Any]:
    found: list[Any] = []
    resources = xobject.get("/Resources")
    if resources is None:
        return found
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        found.append(font.get_object())
    for inner in (resources.get("/XObject") or {}).values():
        found.extend(_fonts(inner.get_object()))
    return found


@pytest.mark.pdf
def test_stamp_sits_on_the_signature_block(signed: Signed) -> None:
    anchors = render_pdf(signed.agreement).signature_anchors
    person = signed.agreement.signoff.signatories[0]
    anchor = anchors[person.id]
    placement = signing.signature_placement(signed.unsigned, person.id)
    assert placement.page == anchor.page
    left, bottom, right, top = placement.box
    assert left == pytest.approx(anchor.x, abs=0.5)
    assert top == pytest.approx(anchor.page_height - anchor.y, abs=0.5)
    assert right - left <= anchor.width + 0.5 and top - bottom < anchor.height


@pytest.mark.pdf
@pytest.mark.parametrize("where", [0.05, 0.35, 0.7, 0.97])
def test_flipped_byte_is_detected(signed: Signed, where: float) -> None:
    data = bytearray(signed.twice)
    contents = [
        (m.start(), m.end())
        for m in __import__("re").finditer(rb"/Contents\s*<[0-9a-fA-F]+>", data)
    ]
    position = int(len(data) * where)
    while any(start <= position < end for start, end in contents):
        position += 1
    data[position] ^= 0x01
    try:
        report = signing.verify_pdf(bytes(data))
    except UnreadablePdf:
        return  # damaged beyond reading: also caught
    assert not report.ok
    assert not all(s.intact for s in report.signatures)


@pytest.mark.pdf
def test_draft_pdf_is_refused(signed: Signed) -> None:
    draft = make_agreement()
    pdf = render_pdf(draft).pdf
    signer = signing.load_signer(signed.folder / "k0.p12", PASSPHRASE)
    with pytest.raises(signing.SigningError, match="not signed off"):
        signing.sign_pdf(pdf, signer)


@pytest.mark.pdf
def test_second_signature_by_the_same_person_is_refused(signed: Signed) -> None:
    signer = signing.load_signer(signed.folder / "k0.p12", PASSPHRASE)
    with pytest.raises(signing.SigningError, match="already signed"):
        signing.sign_pdf(signed.twice, signer)


@pytest.mark.pdf
def test_a_key_of_someone_else_cannot_sign_for_a_signatory(signed: Signed) -> None:
    stranger = signing.load_signer(signed.folder / "k2.p12", PASSPHRASE)
    person = signed.agreement.signoff.signatories[1]
    with pytest.raises(signing.SigningError, match="issued to 'Someone Else', not to"):
        signing.sign_pdf(signed.once, stranger, signatory=person.id)


def test_certificate_names_match_signatories() -> None:
    assert signing.same_person("Nina Patel", "Dr. Nina Patel")
    assert signing.same_person("ANA RUIZ", "Ana Ruiz")
    assert not signing.same_person("Angela Brooks", "Dr. Nina Patel")
    assert not signing.same_person("", "Ana Ruiz")


@pytest.mark.pdf
def test_wrong_passphrase(signed: Signed) -> None:
    with pytest.raises(signing.KeyFileError, match="passphrase"):
        signing.load_signer(signed.folder / "k0.p12", b"wrong")


@pytest.mark.pdf
def test_cli_sign_and_verify(
    signed: Signed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "contract.pdf"
    source.write_bytes(signed.unsigned)
    (tmp_path / "pass.txt").write_bytes(PASSPHRASE + b"\n")
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.delenv("SLAWRITER_P12_PASSPHRASE", raising=False)
    args = [
        "sign",
        str(source),
        "-o",
        str(tmp_path / "one.pdf"),
        "--p12",
        str(signed.folder / "k0.p12"),
        "--passphrase-file",
        str(tmp_path / "pass.txt"),
    ]
    assert main(args, out, err) == 0, err.getvalue()
    monkeypatch.setenv("SLAWRITER_P12_PASSPHRASE", "wrong")
    assert main([*args[:3], str(tmp_path / "x.pdf"), *args[4:]], out, err) == 2
    assert "passphrase is wrong" in err.getvalue() and not (tmp_path / "x.pdf").exists()
    out = io.StringIO()
    code = main(
        ["verify", str(tmp_path / "one.pdf"), "--trust", str(signed.folder / "c0.pem")], out, err
    )
    assert code == 0, out.getvalue()
    assert "trusted:            yes" in out.getvalue() and "matches" in out.getvalue()
    bad = bytearray((tmp_path / "one.pdf").read_bytes())
    bad[len(signed.unsigned) // 2] ^= 0x01
    (tmp_path / "bad.pdf").write_bytes(bytes(bad))
    assert main(["verify", str(tmp_path / "bad.pdf")], io.StringIO(), err) == 1
    (tmp_path / "not.pdf").write_text("hello")
    assert main(["verify", str(tmp_path / "not.pdf")], io.StringIO(), err) == 2
