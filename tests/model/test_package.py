"""``slawriter.model`` imports its names on first use: the app paints before pydantic loads."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import slawriter.model
from slawriter.model import outline, sections


def _fresh(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.strip()


@pytest.mark.process
def test_importing_the_package_and_the_sections_does_not_import_pydantic() -> None:
    code = (
        "import sys\n"
        "from slawriter.model import Section\n"
        "print([s.label for s in Section][0], 'pydantic' in sys.modules)"
    )
    assert _fresh(code) == "Agreement & parties False"


@pytest.mark.parametrize("name", slawriter.model.__all__)
def test_every_name_is_the_one_its_module_defines(name: str) -> None:
    value = getattr(slawriter.model, name)
    homes = ("agreement", "findings", "rules", "sections", "types", "outline")
    defined = [
        getattr(module, name)
        for module in (importlib.import_module(f"slawriter.model.{h}") for h in homes)
        if name in vars(module)
    ]
    assert defined and all(value is d for d in defined)


def test_the_agreement_module_names_are_there_too() -> None:
    from slawriter.model import CreditTier, Objective
    from slawriter.model.agreement import CreditTier as Tier
    from slawriter.model.agreement import Objective as Target

    assert (CreditTier, Objective) == (Tier, Target)
    with pytest.raises(ImportError):
        from slawriter.model import NoSuchThing  # noqa: F401


@pytest.mark.process
def test_readiness_stays_the_function_whichever_is_imported_first() -> None:
    code = (
        "import slawriter.model.findings\n"
        "from slawriter.model import readiness\n"
        "print(callable(readiness) and readiness.__name__)"
    )
    assert _fresh(code) == "readiness"


def test_sections_re_exports_the_outline() -> None:
    assert sections.Section is outline.Section is slawriter.model.Section
    assert sections.SECTION_TITLES is outline.SECTION_TITLES
