"""What the live preview's interim costs, in one process (issue 14 goal 1; render/interim.py).

For the two agreements of ``bench/export_bench.py`` (the 14-page SaaS preset and the 47-page
agreement with 200 objectives), after one whole preview print, the title is edited and each
step of the next preview is timed: the contract's HTML (``prepare``), the interim (the title
page printed alone and put in place of page 1 of the last print), and the whole print as a
plain PDF against the PDF/A-3a the export writes. Two levers are timed beside it: the interim
with a fresh font configuration per print (as before ``fonts.kept_fonts``), and putting the
interim page in place with pypdf (a whole rewrite of the PDF) instead of an incremental update.
Medians of ``--repeat`` edits.

    .venv/bin/python bench/interim_bench.py --repeat 5
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def rewrite(page: bytes, base: bytes) -> bytes:
    """``base`` with its first page replaced by ``page``'s, written again whole by pypdf."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(page)).pages[0])
    for old in PdfReader(io.BytesIO(base)).pages[1:]:
        writer.add_page(old)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from dataclasses import replace

    from export_bench import large_agreement, reference_agreement

    from slawriter.render import fonts, interim
    from slawriter.render.documents.contract import prepare_pdf, render_pdf
    from slawriter.render.printer import print_pdf

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    for name, agreement in (("14-page", reference_agreement()), ("47-page", large_agreement())):
        printer = interim.PreviewPrinter()
        render_pdf(agreement, printer=printer)
        rows: dict[str, list[float]] = {}
        for n in range(args.repeat):
            agreement.agreement.title += f" Q{n}Z"
            start = time.perf_counter()
            _result, job = prepare_pdf(agreement)
            rows.setdefault("prepare (HTML)", []).append(time.perf_counter() - start)
            blocks = interim.split_blocks(job.html)
            assert blocks is not None
            made: list[interim.Interim | None] = []
            rows.setdefault("interim", []).append(
                timed(lambda: made.append(printer.interim(job, blocks)))  # noqa: B023
            )
            assert made[0] is not None and made[0].pages == (0,)
            kept = fonts._kept
            fonts._kept = None  # a fresh font configuration for this one
            try:
                with fonts.bundled_fonts([]) as fresh:
                    fonts._kept = fresh
                    rows.setdefault("interim, fonts made each time", []).append(
                        timed(lambda: printer.interim(job, blocks))  # noqa: B023
                    )
            finally:
                fonts._kept = kept
            last = printer.last
            assert last is not None
            page = interim.block_html(blocks, (blocks.blocks[0],), None, len(last.shape.kids))
            alone = print_pdf(replace(job, html=page, attachment=None, pdf_variant=None)).pdf

            rows.setdefault("page put in place with pypdf", []).append(
                timed(lambda: rewrite(alone, last.pdf))  # noqa: B023
            )
            rows.setdefault("whole, plain PDF (the preview)", []).append(
                timed(lambda: printer.whole(job, blocks))  # noqa: B023
            )
            rows.setdefault("whole, PDF/A-3a (the export)", []).append(
                timed(lambda: print_pdf(job))  # noqa: B023
            )
        print(f"\n{name}, {len(printer.last.shape.kids) if printer.last else '?'} pages")
        for label, values in rows.items():
            print(f"  {label:34} {statistics.median(values):.3f} s")
    print(f"\nload after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
