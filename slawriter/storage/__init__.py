"""Agreement files on disk: JSON encoding, atomic saves, defensive loading, migrations. No Qt."""

from .atomic import atomic_write_bytes
from .errors import (
    DocumentError,
    InvalidAgreement,
    Issue,
    MigrationFailed,
    NewerSchema,
    NotJson,
    NotUtf8,
    SaveFailed,
    UnreadableFile,
)
from .files import (
    MAX_FILE_BYTES,
    SUFFIX,
    agreement_file_name,
    agreement_from_json,
    canonical_json,
    dumps_agreement,
    fingerprint,
    load_agreement,
    loads_agreement,
    save_agreement,
    write_output,
)

__all__ = [
    "MAX_FILE_BYTES",
    "SUFFIX",
    "DocumentError",
    "InvalidAgreement",
    "Issue",
    "MigrationFailed",
    "NewerSchema",
    "NotJson",
    "NotUtf8",
    "SaveFailed",
    "UnreadableFile",
    "agreement_file_name",
    "agreement_from_json",
    "atomic_write_bytes",
    "canonical_json",
    "dumps_agreement",
    "fingerprint",
    "load_agreement",
    "loads_agreement",
    "save_agreement",
    "write_output",
]
