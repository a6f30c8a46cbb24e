"""Folders of the user's own for caches: created private, refused when someone else may write.

What a cache folder holds is used without asking (compiled templates run, a cached preview is
shown as the contract), so a folder another user owns or may write to is never used.
"""

from __future__ import annotations

import os
from pathlib import Path


def is_private(folder: Path) -> bool:
    """``folder`` is the user's own and nobody else may write to it. Raises ``OSError``."""
    info = folder.stat()
    if not hasattr(os, "getuid"):  # Windows: the folder is in the user's own profile
        return True
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def private_folder(folder: Path) -> bool:
    """Make ``folder`` (and its parents) if needed, private; whether it may be used."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return is_private(folder)
    except OSError:
        return False
