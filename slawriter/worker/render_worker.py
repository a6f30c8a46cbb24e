"""The render process: agreements in on stdin, PDFs out, one JSON object per line. No Qt.

WeasyPrint is pure Python and holds the GIL while it lays out a document, and importing it takes
about a second, so the app never imports it: it starts ``python -m slawriter.worker.render_worker``
once, keeps it warm, and talks to it over pipes.

Protocol (UTF-8, one JSON object per line in each direction):

- The worker first writes ``{"ready": true}`` once WeasyPrint is imported.
- Request: ``{"id": 7, "agreement": "<agreement file text>", "out": "/path/x.pdf",
  "style": null, "export": false, "logo": "/path/logo.svg", "accent": "#1f4e79"}``.
  ``logo`` and ``accent`` (optional) are the organization's branding: the worker reads the logo,
  checks it and the colour, and inlines the logo as a ``data:`` URL. ``agreement`` is the text
  of a ``*.sla.json`` file (a JSON string, so the request stays on one line). ``export`` true
  writes a finished contract atomically through the export service; false writes a preview (the
  same PDF) to ``out``.
- A preview may first be answered with its interim pages (:mod:`slawriter.render.interim`):
  ``{"id": 7, "interim": true, "path": "/path/x-interim.pdf", "pages": [0]}`` — the last preview
  with the pages of what the edit changed printed again (``pages``), or on the first preview the
  title page alone; the reply below follows with the whole contract.
- Reply: ``{"id": 7, "ok": true, "path": "/path/x.pdf", "warnings": [...], "seconds": 1.9}`` or
  ``{"id": 7, "ok": false, "error": ["file: place: what is wrong — what to do", ...]}``, with
  ``"phrased": {...}`` too when the error is a file error or a phrased refusal: the same error as
  data (templates and values, :mod:`slawriter.worker.error_data`), which the app translates.
- Operation request: ``{"id": 8, "op": {"kind": "sign", "file": "/x.pdf", ...}}`` runs any
  :mod:`slawriter.services.operations` operation (:func:`~slawriter.services.operations.encode`).
  While it runs the worker may write ``{"id": 8, "progress": 0.4}``; the reply is
  ``{"id": 8, "ok": true, "result": {"type": "SignResult", ...}, "seconds": 2.1}`` or the
  failure above (``error`` and ``phrased``).

Anything a library prints goes to stderr: stdout carries only the protocol.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO


def _error_lines(error: BaseException) -> list[str]:
    lines = getattr(error, "lines", None)
    if callable(lines):
        try:
            result = lines()
        except Exception:  # pragma: no cover - defensive: a broken error object
            result = None
        if isinstance(result, list) and result:
            return [str(line) for line in result]
    return [str(error) or type(error).__name__]


def _failure(ident: Any, error: BaseException) -> dict[str, Any]:
    """The reply for a failed request: the English lines, and the error as data if it has one."""
    from .error_data import encode

    reply: dict[str, Any] = {"id": ident, "ok": False, "error": _error_lines(error)}
    try:
        phrased = encode(error)
    except Exception:  # pragma: no cover - defensive: the English lines are enough
        phrased = None
    if phrased is not None:
        reply["phrased"] = phrased
    return reply


def _contract(request: dict[str, Any]) -> Any:
    """A preview or export request as the operation it is."""
    from ..services.operations import ExportContract

    export = bool(request.get("export"))
    logo = request.get("logo") or None
    return ExportContract(
        text=str(request["agreement"]),
        output=Path(str(request["out"])),
        style=request.get("style") or None,
        logo=Path(str(logo)) if logo is not None else None,
        accent=str(request.get("accent") or "") or None,
        preview=not export,
    )


Reply = Callable[[dict[str, Any]], None]

_preview_printer: Any = None
"""The live preview's printer (:class:`slawriter.render.interim.PreviewPrinter`): it keeps the
last preview's layout, from which the next edit's interim pages are made."""


def _preview(contract: Any, ident: Any, reply: Reply | None) -> Any:
    """A preview: the interim pages first (written beside the preview's file and announced
    with ``"interim": true``), then the whole contract."""
    global _preview_printer
    from ..render.interim import Interim, PreviewPrinter
    from ..storage import atomic_write_bytes

    if _preview_printer is None:
        _preview_printer = PreviewPrinter()
    printer = _preview_printer
    output = Path(contract.output)

    def interim(done: Interim) -> None:
        path = output.with_name(f"{output.stem}-interim{output.suffix}")
        atomic_write_bytes(path, done.pdf)
        assert reply is not None
        reply({"id": ident, "interim": True, "path": str(path), "pages": list(done.pages)})

    printer.on_interim = interim if reply is not None else None
    try:
        return contract.run(printer=printer)
    finally:
        printer.on_interim = None


def handle(request: dict[str, Any], reply: Reply | None = None) -> dict[str, Any]:
    """Run one request (a render or an operation); never raises. ``reply`` gets progress."""
    from ..services import operations

    ident = request.get("id")
    started = time.perf_counter()

    def progress(fraction: float) -> None:
        if reply is not None:
            reply({"id": ident, "progress": round(float(fraction), 4)})

    try:
        if "op" in request:
            operation = operations.decode(request["op"])
            result = operation.run(progress=progress)
            return {
                "id": ident,
                "ok": True,
                "result": operations.encode_result(result),
                "seconds": round(time.perf_counter() - started, 3),
            }
        contract = _contract(request)
        done = _preview(contract, ident, reply) if contract.preview else contract.run()
    except Exception as error:  # every failure goes back to the app as a message
        return _failure(ident, error)
    return {
        "id": ident,
        "ok": True,
        "path": str(contract.output),
        "warnings": list(done.warnings),
        "seconds": round(time.perf_counter() - started, 3),
    }


def serve(requests: TextIO, replies: TextIO) -> int:
    """Answer requests until stdin closes."""

    def reply(message: dict[str, Any]) -> None:
        replies.write(json.dumps(message, ensure_ascii=False) + "\n")
        replies.flush()

    from ..render.engine import load_weasyprint
    from ..system import MissingSystemPackages

    # Warm up here, not on the first edit. Should a library be missing, every request is
    # answered with the message that says which package to install.
    with contextlib.suppress(MissingSystemPackages):
        load_weasyprint()

    reply({"ready": True, "pid": os.getpid()})
    for line in requests:
        line = line.strip()
        if not line:
            continue
        try:
            request = json.loads(line)
        except json.JSONDecodeError as error:
            reply({"id": None, "ok": False, "error": [f"bad request: {error}"]})
            continue
        if not isinstance(request, dict):
            reply({"id": None, "ok": False, "error": ["bad request: not an object"]})
            continue
        reply(handle(request, reply))
    return 0


def main() -> int:
    # Keep the protocol channel for ourselves; whatever else prints goes to stderr.
    protocol = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8", newline="\n")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    with open(sys.stdin.fileno(), encoding="utf-8", closefd=False) as requests:
        return serve(requests, protocol)


if __name__ == "__main__":
    sys.exit(main())
