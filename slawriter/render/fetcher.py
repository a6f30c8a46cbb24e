"""The only way WeasyPrint may load anything: bundled template files and ``data:`` URLs.

WeasyPrint's default fetcher opens any ``file://``, ``http://`` or ``ftp://`` URL. A contract is
rendered from text people type and from templates people hand around, so every other URL is
refused here and reported to the caller as a render warning.
"""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from .engine import load_weasyprint


def _weasyprint_fetcher_base() -> type:
    load_weasyprint()
    from weasyprint import URLFetcher

    return URLFetcher


def make_fetcher(
    roots: list[Path], warnings: list[str], reads: dict[str, str] | None = None
) -> Any:
    """A ``weasyprint.URLFetcher`` that reads only files under ``roots`` and ``data:`` URLs.

    Each refusal is appended to ``warnings`` (once per URL). ``reads``, when given, gets every
    ``file:`` URL asked for with the SHA-256 of the bytes given, or ``-`` for a refusal (what
    :mod:`.print_cache` checks before it uses an earlier print).
    """
    from weasyprint.urls import URLFetcherResponse

    base = _weasyprint_fetcher_base()
    resolved_roots = [root.resolve() for root in roots]

    class RestrictedURLFetcher(base):  # type: ignore[misc, valid-type]
        """Refuses the network and every file outside the template folders."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            scheme = url.split(":", 1)[0].lower() if ":" in url else ""
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                path = allowed_file(url, resolved_roots)
                if path is not None:
                    mime, _ = mimetypes.guess_type(path.name)
                    headers_out = {"Content-Type": mime or "application/octet-stream"}
                    try:
                        data = path.read_bytes()
                    except OSError:
                        if reads is not None:
                            reads[url] = "-"
                        raise
                    if reads is not None:
                        reads[url] = hashlib.sha256(data).hexdigest()
                    return URLFetcherResponse(path.as_uri(), data, headers_out, status=200)
                if reads is not None:
                    reads[url] = "-"
            refuse(url)

        def __call__(self, url: str) -> Any:
            return self.fetch(url)

    def refuse(url: str) -> None:
        shown = url if len(url) <= 120 else url[:117] + "..."
        message = (
            f"refused to load {shown}: a contract may only use files of its template and data: URLs"
        )
        if message not in warnings:
            warnings.append(message)
        raise PermissionError(message)

    return RestrictedURLFetcher(allowed_protocols=("data", "file"), allow_redirects=False)


def allowed_file(url: str, roots: list[Path]) -> Path | None:
    """The file a ``file:`` URL names, when it is one under ``roots`` (resolved), else None."""
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost") or parts.query:
        return None
    try:
        path = Path(url2pathname(parts.path)).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):
        return None
    if not path.is_file():
        return None
    if any(path.is_relative_to(root) for root in roots):
        return path
    return None
