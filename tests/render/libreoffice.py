"""LibreOffice Writer, headless, as a reviewer's word processor: converting Word documents, and
accepting or rejecting all their tracked changes (Edit › Track Changes › Accept All / Reject
All, run by a Basic macro in a LibreOffice profile of the caller's own)."""

from __future__ import annotations

import subprocess
from pathlib import Path

_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub Resolve(source As String, target As String, command As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  document = StarDesktop.loadComponentFromURL(source, &quot;_blank&quot;, 0, load())
  helper = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  helper.executeDispatch(document.CurrentController.Frame, command, &quot;&quot;, 0, Array())
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = &quot;Text (encoded)&quot;
  store(1).Name = &quot;FilterOptions&quot;
  store(1).Value = &quot;UTF8&quot;
  document.storeToURL(target, store())
  document.close(True)
End Sub
</script:module>
"""

TEXT = "txt:Text (encoded):UTF8"


def _soffice(profile: Path, *args: str, cwd: Path | None = None) -> None:
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", *args],
        check=True,
        capture_output=True,
        timeout=600,
        cwd=cwd,
    )


def convert(profile: Path, folder: Path, target: str, files: list[Path]) -> None:
    """Convert ``files`` into ``folder`` (``target``: ``pdf``, :data:`TEXT`…)."""
    _soffice(profile, "--convert-to", target, "--outdir", str(folder), *map(str, files))


def resolved_text(profile: Path, docx: Path, *, accept: bool) -> str:
    """The text of ``docx`` as LibreOffice leaves it after Accept All (or Reject All), with
    the numbers and letters its numbering gives the paragraphs."""
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    if not module.is_file() or "Resolve" not in module.read_text(encoding="utf-8"):
        _soffice(profile, "--terminate_after_init")  # makes the profile
        module.write_text(_MACRO, encoding="utf-8")
    target = docx.with_suffix(".accepted.txt" if accept else ".rejected.txt")
    command = ".uno:AcceptAllTrackedChanges" if accept else ".uno:RejectAllTrackedChanges"
    _soffice(
        profile,
        f'macro:///Standard.Module1.Resolve("{docx.as_uri()}","{target.as_uri()}","{command}")',
    )
    return target.read_text(encoding="utf-8-sig")
