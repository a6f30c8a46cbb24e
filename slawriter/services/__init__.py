"""Use cases shared by the app and the command line: presets, new, open, validate, check. No Qt."""

PASSPHRASE_VARIABLE = "SLAWRITER_P12_PASSPHRASE"
"""Environment variable a key file's passphrase may come from for signing; it is never stored."""
