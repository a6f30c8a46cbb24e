"""The app's one error presenter: every error the app shows goes through :func:`present`.

An error arrives as data — a ``DocumentError``, a phrased refusal, the worker's reply for a failed
operation (its error as data beside its English lines) — and is put in the UI language here, where
it is shown (:func:`slawriter.app.i18n.error_lines`), then shown by :func:`dialogs.show_error`
(which tests replace).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from . import dialogs

if TYPE_CHECKING:
    from .render_service import OperationHandle


def present(parent: QWidget | None, title: str, error: object) -> None:
    """Show ``error`` (any error the app meets, as data) under ``title``, in the UI language."""
    from .i18n import error_lines  # imports the model: not before the window is on screen

    dialogs.show_error(parent, title, error_lines(error))


def run_operation(parent: QWidget | None, title: str, operation: Any) -> OperationHandle:
    """Send ``operation`` to the app's one worker; should it fail, :func:`present` says why under
    ``title``. The handle's ``finished``/``done`` signals give the result."""
    from .render_service import shared_service

    handle = shared_service().run(operation)
    handle.failed.connect(lambda error: present(parent, title, error))
    return handle
