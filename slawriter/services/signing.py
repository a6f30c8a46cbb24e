"""Digital signatures on exported contracts (pyHanko): sign as PAdES B-B, and verify.

Where the stamp goes: every signatory's block in the contract is a ``<div id="sig-ID">``, and
WeasyPrint writes a PDF named destination ``sig-ID`` for it at the block's top-left corner (the
same point as the layout's :class:`~slawriter.render.SignatureAnchor`). Signing reads that
destination from the PDF, so the stamp lands on the block whatever style or template the contract
was exported with, and without rendering the contract again. The stamp fills the block's
signature space: the block's width (76 mm) and the ``.sig-space`` height (16 mm) of base.css.

PDF/A-3a and its tags are kept (the structure tree is left as it is: the signature fields are not
tagged, see docs/ACCESSIBILITY.md): the stamp's font is an embedded OpenType/CFF font with 1000
units per em (URW Nimbus Sans); pyHanko's default Courier is not embedded, and 2048-unit TrueType
fonts come out letter-spaced. Each signature is an incremental update, so earlier signatures stay
intact. The passphrase is used once and never stored.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from ..model import Agreement
from ..model.agreement import AgreementStatus
from ..model.lifecycle import LifecycleError, find_signatory
from ..model.messages import MessageTemplate, PhrasedError, as_message, word
from ..render import agreement_from_pdf, fingerprint
from ..render.documents.contract import SIGNED_DIGITALLY_BY
from ..render.i18n import translations
from ..render.pdf import PdfMessage, UnreadablePdf, require_pdf
from ..storage import DocumentError
from ..workarounds import align_producer, in_memory_font_factory, quiet_pyhanko
from .documents import require_valid

MM = 72 / 25.4
BLOCK_WIDTH = 76 * MM
SPACE_HEIGHT = 16 * MM
FIELD_PREFIX = "Signature-"
STAMP_FONTS = (
    "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf",
    "/usr/share/fonts/opentype/urw-base35/NimbusSanL-Regu.otf",
    "/usr/share/fonts/urw-base35/NimbusSans-Regular.otf",
)


class SigningMessage(MessageTemplate):
    """Why a PDF cannot be signed (the app translates these, context "model")."""

    NO_STAMP_FONT = (
        "no font for the signature stamp: install URW Nimbus Sans (Debian: fonts-urw-base35)"
    )
    KEY_UNREADABLE = "{path}: cannot be read ({reason})"
    NOT_A_KEY = "{path}: not a PKCS#12 key file, or the passphrase is wrong"
    NO_BLOCK = "the contract has no signature block for '{signatory}'; export it again"
    BLOCK_ON_NO_PAGE = "the signature block of '{signatory}' is on no page"
    NOT_SIGNED_OFF = (
        "the contract is {status}, not signed off: record each signatory's sign-off, mark the "
        "agreement signed and export the PDF again"
    )
    SIGNATORY = "{problem}"
    SIGNATORY_NOT_NAMED = "{problem} (give --signatory ID-or-NAME)"
    KEY_OF_SOMEONE_ELSE = (
        "the key file's certificate is issued to '{name}', not to the signatory "
        "'{signatory}'; sign with {signatory}'s own key"
    )
    ALREADY_SIGNED = "{signatory} has already signed this PDF"


class SigningError(PhrasedError):
    """The PDF cannot be signed as asked; the message says why and what to do (as data)."""


class KeyFileError(SigningError):
    """The PKCS#12 file cannot be read, or the passphrase is wrong."""


# ---------------------------------------------------------------------------------------------
# Signing


def stamp_font() -> Path:
    """An embeddable 1000-units-per-em OpenType/CFF font for the signature stamp."""
    for candidate in STAMP_FONTS:
        if Path(candidate).is_file():
            return Path(candidate)
    if shutil.which("fc-match"):
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", "Nimbus Sans:fontformat=CFF"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        if found.endswith(".otf") and Path(found).is_file():
            return Path(found)
    raise SigningError(SigningMessage.NO_STAMP_FONT)


def load_signer(p12: Path | str, passphrase: bytes | None) -> Any:
    """The key and certificate in a PKCS#12 file. Raises :class:`KeyFileError`."""
    from pyhanko.sign import signers

    path = Path(p12)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(
            SigningMessage.KEY_UNREADABLE, path=str(path), reason=str(exc.strerror or exc)
        ) from exc
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, [], passphrase=passphrase or None)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(SigningMessage.NOT_A_KEY, path=str(path)) from exc
    if signer is None:
        raise KeyFileError(SigningMessage.NOT_A_KEY, path=str(path))
    return signer


def _words(name: str) -> set[str]:
    return {w for w in re.split(r"[^\w]+", name.casefold()) if len(w) > 1}


def same_person(certificate_name: str, signatory_name: str) -> bool:
    """Whether a certificate's name can be the signatory's: every word of it is in theirs.

    "Nina Patel" signs for "Dr. Nina Patel"; "Angela Brooks" does not.
    """
    words = _words(certificate_name)
    return bool(words) and words <= _words(signatory_name)


def _signer_name(signer: Any) -> str:
    subject = signer.signing_cert.subject.native
    return str(subject.get("common_name") or signer.signing_cert.subject.human_friendly)


@dataclass(frozen=True, slots=True)
class Placement:
    page: int
    box: tuple[float, float, float, float]


def signature_placement(data: bytes, signatory_id: str) -> Placement:
    """Where the stamp of ``signatory_id`` goes: the signature space of their block."""
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(data), strict=False)
    dest = reader.named_destinations.get(f"sig-{signatory_id}")
    if dest is None:
        raise SigningError(SigningMessage.NO_BLOCK, signatory=signatory_id)
    page = reader.get_destination_page_number(dest)
    if page is None:
        raise SigningError(SigningMessage.BLOCK_ON_NO_PAGE, signatory=signatory_id)
    media = reader.pages[page].mediabox
    left, top = float(dest.left or 0), float(dest.top or 0)
    right = min(left + BLOCK_WIDTH, float(media.right) - 10)
    return Placement(page, (left, top - SPACE_HEIGHT, right, top))


def _existing_fields(data: bytes) -> set[str]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(BytesIO(data), strict=False)
    return {sig.field_name for sig in reader.embedded_signatures}


def signable_agreement(data: bytes, source: Path | str | None = None) -> Agreement:
    """The agreement attached to a contract PDF, refused when ``validate`` rejects it.

    Raises ``InvalidAgreement`` (messages naming ``source``) or the PDF's own refusal. The
    command line calls it before it asks for a passphrase; :func:`sign_pdf` calls it again.
    """
    return require_valid(agreement_from_pdf(data, source), source)


def sign_pdf(
    data: bytes,
    signer: Any,
    *,
    signatory: str | None = None,
    reason: str | None = None,
    source: Path | str | None = None,
) -> bytes:
    """Sign a contract PDF for one signatory as an incremental update (PAdES B-B).

    The agreement attached to the PDF must pass ``validate``: otherwise ``InvalidAgreement``
    (a ``DocumentError`` whose messages name ``source``, the PDF) and nothing is signed.

    ``signatory`` is an ID or name from the agreement; without it, the certificate's common name
    must match one signatory's name. The agreement must be signed off (status Signed) so that the
    PDF is the final text, without the DRAFT watermark.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    agreement = signable_agreement(data, source)
    status = agreement.signoff.status
    if status is not AgreementStatus.SIGNED:
        raise SigningError(SigningMessage.NOT_SIGNED_OFF, status=word(status))
    name = _signer_name(signer)
    try:
        person = find_signatory(agreement, signatory or name)
    except LifecycleError as exc:
        template = SigningMessage.SIGNATORY if signatory else SigningMessage.SIGNATORY_NOT_NAMED
        raise SigningError(template, problem=as_message(exc)) from exc
    if not same_person(name, person.name):
        # The stamp says "Signed digitally by <signatory>": a key issued to someone else must
        # not put that person's name on another signatory's block.
        raise SigningError(
            SigningMessage.KEY_OF_SOMEONE_ELSE, name=name, signatory=person.name or person.id
        )
    field_name = f"{FIELD_PREFIX}{person.id}"
    if field_name in _existing_fields(data):
        raise SigningError(SigningMessage.ALREADY_SIGNED, signatory=person.name or person.id)
    placement = signature_placement(data, person.id)
    writer = IncrementalPdfFileWriter(BytesIO(data), strict=False)
    align_producer(writer)
    fields.append_signature_field(
        writer,
        fields.SigFieldSpec(
            sig_field_name=field_name,
            on_page=placement.page,
            box=placement.box,  # type: ignore[arg-type]  # points; floats are fine at run time
        ),
    )
    signed_by = translations(agreement.agreement.language.value).gettext(SIGNED_DIGITALLY_BY)
    style = TextStampStyle(
        stamp_text=signed_by + " %(signer)s\n%(ts)s",
        timestamp_format="%Y-%m-%d %H:%M:%S UTC",
        border_width=1,
        text_box_style=TextBoxStyle(font=in_memory_font_factory(stamp_font(), 8), font_size=8),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        reason=reason or None,
        name=person.name or None,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style)
    out = BytesIO()
    with quiet_pyhanko():
        pdf_signer.sign_pdf(writer, output=out, appearance_text_params={"signer": person.name})
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# Verifying


@dataclass(slots=True)
class SignatureReport:
    """What a reviewer needs to know about one signature."""

    field: str
    signer: str
    signing_time: dt.datetime | None
    intact: bool
    valid: bool
    trusted: bool
    covers_whole_file: bool
    changes_after: str
    problem: str = ""


@dataclass(slots=True)
class VerifyReport:
    signatures: list[SignatureReport] = field(default_factory=list)
    agreement: Agreement | None = None
    embedded_fingerprint: str = ""
    printed_fingerprints: list[str] = field(default_factory=list)
    agreement_problem: str = ""

    @property
    def fingerprint_matches(self) -> bool:
        return bool(self.embedded_fingerprint) and self.printed_fingerprints == [
            self.embedded_fingerprint
        ]

    @property
    def ok(self) -> bool:
        """Every signature intact and the embedded agreement matches the printed fingerprint."""
        return all(s.intact for s in self.signatures) and self.fingerprint_matches


_CHANGES = {
    "NONE": "nothing",
    "LTA_UPDATES": "only validation data",
    "FORM_FILLING": "only later signatures and form filling",
    "ANNOTATIONS": "annotations or later signatures",
    "OTHER": "the document itself (content changed after signing)",
}


def _trust_roots(paths: Iterable[Path]) -> list[Any]:
    from asn1crypto import pem, x509  # type: ignore[import-untyped]

    roots = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise UnreadablePdf(path, f"cannot be read ({exc.strerror or exc})") from exc
        try:
            if pem.detect(data):
                for _, _, der in pem.unarmor(data, multiple=True):
                    roots.append(x509.Certificate.load(der))
            else:
                roots.append(x509.Certificate.load(data))
        except ValueError as exc:
            raise UnreadablePdf(path, "is not a certificate (PEM or DER)") from exc
    return roots


def _printed_fingerprints(data: bytes, agreement: Agreement) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    label = translations(agreement.agreement.language.value).gettext("Fingerprint")
    pattern = re.compile(re.escape(label) + r"\s+([0-9a-f]{12})\b")
    found: list[str] = []
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        for page in reader.pages:
            for value in pattern.findall(page.extract_text() or ""):
                if value not in found:
                    found.append(value)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        return found  # a damaged page: whatever was found so far
    return found


def verify_pdf(data: bytes, path: Path | str = "<pdf>", trust: Iterable[Path] = ()) -> VerifyReport:
    """Check every signature of a contract PDF and its embedded agreement.

    Raises :class:`~slawriter.render.UnreadablePdf` when the file is not a readable PDF.
    """
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    require_pdf(data, path)
    roots = _trust_roots(trust)
    report = VerifyReport()
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise UnreadablePdf(path, PdfMessage.DAMAGED, reason=str(exc)) from exc
    for sig in embedded:
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        signer = "?"
        try:
            cert = sig.signer_cert
            signer = str(cert.subject.native.get("common_name") or cert.subject.human_friendly)
            with quiet_pyhanko():
                status = validate_pdf_signature(sig, context)
        except Exception as exc:  # a damaged signature must be reported, not crash verify
            report.signatures.append(
                SignatureReport(
                    sig.field_name,
                    signer,
                    None,
                    False,
                    False,
                    False,
                    False,
                    "unknown",
                    problem=f"cannot be validated ({type(exc).__name__}: {exc})",
                )
            )
            continue
        level = status.modification_level
        coverage = status.coverage
        report.signatures.append(
            SignatureReport(
                field=sig.field_name,
                signer=signer,
                signing_time=status.signer_reported_dt,
                intact=bool(status.intact),
                valid=bool(status.valid and status.intact),
                trusted=bool(status.trusted),
                covers_whole_file=coverage is not None and coverage.name == "ENTIRE_FILE",
                changes_after=_CHANGES.get(level.name, level.name) if level else "unknown",
                problem="" if status.docmdp_ok is not False else "changes after it not allowed",
            )
        )
    try:
        agreement = agreement_from_pdf(data)
    except DocumentError as exc:
        report.agreement_problem = exc.message
        return report
    report.agreement = agreement
    report.embedded_fingerprint = fingerprint(agreement)
    report.printed_fingerprints = _printed_fingerprints(data, agreement)
    return report
