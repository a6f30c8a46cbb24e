"""Reading the compliance data files: incidents and metrics CSVs, and what every file shares.

Every column is read as text and parsed here, so that a bad value is reported with its file, its
line and its column instead of a dataframe engine's message. Timestamps end up as ``Int64``
microseconds since the epoch (UTC); whole-column operations only, no Python loop over rows.
The tickets file, which can hold millions of rows, is read as a stream by ``tickets.py`` with
the same checks and messages (:func:`check_file`, :func:`standard_names`, :func:`check_order`).
"""

from __future__ import annotations

import datetime as dt
import re
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from ...model.messages import Message
from ...storage.errors import DocumentError, at_line
from .messages import CSV_LINES, ColumnMapError, Rows, at_cell
from .messages import ComplianceHint as H
from .messages import ComplianceMessage as M

__all__ = [
    "CSV_OPTIONS",
    "INCIDENT_COLUMNS",
    "METRIC_COLUMNS",
    "TICKET_COLUMNS",
    "ColumnMapError",
    "ComplianceDataError",
    "check_file",
    "check_order",
    "latest_of",
    "parse_column_map",
    "read_incidents",
    "read_metrics",
    "refuse_bad_times",
    "require_columns",
    "standard_names",
    "timestamp_expr",
]

TICKET_COLUMNS = ("id", "priority", "created_at", "first_response_at", "resolved_at", "paused")
INCIDENT_COLUMNS = ("start", "end", "excluded", "id", "description")
METRIC_COLUMNS = ("objective", "period", "value")


def parse_column_map(items: str | list[str]) -> dict[str, str]:
    """``"created_at=Opened, id=Ticket ID"`` (or a list of ``NAME=COLUMN``) as a column map."""
    parts = items.split(",") if isinstance(items, str) else items
    known = dict.fromkeys((*TICKET_COLUMNS, *INCIDENT_COLUMNS, *METRIC_COLUMNS))
    mapping: dict[str, str] = {}
    for part in (p.strip() for p in parts):
        if not part:
            continue
        ours, sep, theirs = (x.strip() for x in part.partition("="))
        if not sep or not ours or not theirs:
            raise ColumnMapError(M.NOT_A_MAPPING, item=part)
        if ours not in known:
            raise ColumnMapError(M.UNKNOWN_COLUMN, name=ours, columns=", ".join(known))
        mapping[ours] = theirs
    return mapping


# A year of a large helpdesk (ten million tickets) is about 1 GB of CSV; refuse what cannot be
# a helpdesk export.
MAX_CSV_BYTES = 2 * 1024 * 1024 * 1024
# Timestamps outside these years are typing mistakes (0026 for 2026), not tickets.
_FIRST_YEAR, _LAST_YEAR = 1970, 2200
_US_PER_SECOND = 1_000_000

_TRUE = frozenset({"true", "yes", "y", "1", "x", "excluded", "sí", "si"})
_FALSE = frozenset({"", "false", "no", "n", "0"})


class ComplianceDataError(DocumentError):
    """A tickets, incidents or metrics file that cannot be used; one line for a person."""


@dataclass(frozen=True, slots=True)
class _FileWords:
    """The messages that name the kind of file (tickets, incidents, metrics)."""

    missing: M
    folder: M
    too_large: M
    same_name: M
    no_column: M
    no_columns: M


_WORDS = {
    "tickets": _FileWords(
        M.TICKETS_MISSING,
        M.TICKETS_FOLDER,
        M.TICKETS_TOO_LARGE,
        M.TICKETS_SAME_NAME,
        M.TICKETS_NO_COLUMN,
        M.TICKETS_NO_COLUMNS,
    ),
    "incidents": _FileWords(
        M.INCIDENTS_MISSING,
        M.INCIDENTS_FOLDER,
        M.INCIDENTS_TOO_LARGE,
        M.INCIDENTS_SAME_NAME,
        M.INCIDENTS_NO_COLUMN,
        M.INCIDENTS_NO_COLUMNS,
    ),
    "metrics": _FileWords(
        M.METRICS_MISSING,
        M.METRICS_FOLDER,
        M.METRICS_TOO_LARGE,
        M.METRICS_SAME_NAME,
        M.METRICS_NO_COLUMN,
        M.METRICS_NO_COLUMNS,
    ),
}


@dataclass(frozen=True, slots=True)
class Incidents:
    path: Path
    frame: pl.DataFrame  # line, start, end (µs UTC; end null = still open), reason, id


@dataclass(frozen=True, slots=True)
class Metrics:
    path: Path
    frame: pl.DataFrame  # line, objective, period, value (Float64)


def _line(row_index: int) -> str:
    return f"line {_line_number(row_index)}"


def _line_number(row_index: int) -> int:
    """The line in the file of a data row (the header is line 1)."""
    return row_index + 2


CSV_OPTIONS: dict[str, Any] = {
    "infer_schema": False,  # every column as text: parsed here, refused with its line
    "encoding": "utf8",
    "truncate_ragged_lines": False,
    "raise_if_empty": False,
}
"""How polars reads (or scans) a data file."""


def check_file(path: Path, kind: str) -> None:
    """Refuse what is not a readable regular file of a sensible size, before reading it."""
    words = _WORDS[kind]
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise ComplianceDataError(path, words.missing) from exc
    except OSError as exc:
        raise ComplianceDataError(path, M.UNREADABLE, reason=exc.strerror or str(exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise ComplianceDataError(path, words.folder)
    if not stat.S_ISREG(info.st_mode):  # a FIFO would wait for a writer for ever
        raise ComplianceDataError(path, M.NOT_A_REGULAR_FILE)
    size = info.st_size
    if size > MAX_CSV_BYTES:
        raise ComplianceDataError(path, words.too_large, size=size)


def not_csv(path: Path, exc: BaseException) -> ComplianceDataError:
    """The refusal of a file the CSV reader could not read, with the reader's first words."""
    first = " ".join(str(exc).split())[:200]
    return ComplianceDataError(path, M.NOT_CSV, error=first, hint=H.SAVE_AS_UTF8_CSV)


def standard_names(
    path: Path, kind: str, columns: Sequence[str], column_map: Mapping[str, str] | None
) -> dict[str, str]:
    """The standard name of each of the file's columns (the mapping applied, the header's
    spaces and byte-order mark dropped); refuses a mapping to a missing column and two columns
    that would be read as one."""
    words = _WORDS[kind]
    names = {name: name.strip().lstrip("\ufeff") for name in columns}
    if column_map:
        # A mapping to a column the file does not have would silently read the standard column
        # (or nothing) instead: refuse it. "id" belongs to the tickets file here, since an
        # incidents file's id is optional.
        own = {
            "tickets": TICKET_COLUMNS,
            "incidents": INCIDENT_COLUMNS[:-2],
            "metrics": METRIC_COLUMNS,
        }
        present = set(names.values())
        for ours, theirs in column_map.items():
            if ours in own.get(kind, ()) and theirs not in present:
                raise ComplianceDataError(
                    path,
                    words.no_column,
                    column=theirs,
                    columns=", ".join(sorted(present)) or "—",
                    hint=Message(H.CHECK_MAPPING, {"name": ours}),
                )
        reverse = {theirs: ours for ours, theirs in column_map.items()}
        # Only rename what the file has; a standard name already present keeps its column.
        names = {name: reverse.get(clean, clean) for name, clean in names.items()}
    seen: set[str] = set()
    for name in names.values():
        if name in seen:
            raise ComplianceDataError(path, words.same_name, column=name, hint=H.RENAME_ONE)
        seen.add(name)
    return names


def _read_csv(path: Path, kind: str, column_map: Mapping[str, str] | None) -> pl.DataFrame:
    """All columns as text, renamed from the file's names to the standard ones."""
    check_file(path, kind)
    try:
        frame = pl.read_csv(path, **CSV_OPTIONS)
    except pl.exceptions.NoDataError:
        frame = pl.DataFrame()
    except (pl.exceptions.ComputeError, pl.exceptions.PolarsError, OSError) as exc:
        raise not_csv(path, exc) from exc
    names = standard_names(path, kind, frame.columns, column_map)
    return frame.rename(names).with_columns(pl.all().fill_null(""))


def require_columns(columns: Sequence[str], path: Path, required: Sequence[str], kind: str) -> None:
    """Refuse a file without one of the ``required`` columns, naming the columns it has."""
    missing = [c for c in required if c not in columns]
    if missing:
        words = _WORDS[kind]
        if not columns:
            raise ComplianceDataError(path, words.no_columns, column=missing[0], hint=H.ADD_COLUMN)
        raise ComplianceDataError(
            path,
            words.no_column,
            column=missing[0],
            columns=", ".join(columns),
            hint=H.ADD_COLUMN,
        )


def _require(frame: pl.DataFrame, path: Path, required: Sequence[str], kind: str) -> None:
    require_columns(frame.columns, path, required, kind)


def clean(column: str) -> pl.Expr:
    return pl.col(column).str.strip_chars()


def timestamp_expr(text: pl.Expr, time_zone: str) -> pl.Expr:
    """ISO 8601 text → µs since the epoch (UTC). Without an offset: the agreement's time zone."""
    norm = (
        text.str.strip_chars()
        .str.replace(r"^(\d{4}-\d{2}-\d{2})[ T]", "${1}T")
        .str.replace(r"[zZ]$", "+00:00")
        .str.replace(r"([+-]\d{2})(\d{2})$", "${1}:${2}")
        .str.replace(r"([+-]\d{2})$", "${1}:00")
        .str.replace(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})([+-]|$)", "${1}:00${2}")
    )
    aware = norm.str.to_datetime(
        "%Y-%m-%dT%H:%M:%S%.f%:z", strict=False, time_zone="UTC", time_unit="us"
    )
    naive = (
        norm.str.to_datetime("%Y-%m-%dT%H:%M:%S%.f", strict=False, time_unit="us")
        .dt.replace_time_zone(time_zone, ambiguous="earliest", non_existent="null")
        .dt.convert_time_zone("UTC")
    )
    return pl.coalesce(aware, naive).dt.epoch("us")


LOW = int(dt.datetime(_FIRST_YEAR, 1, 1, tzinfo=dt.UTC).timestamp()) * _US_PER_SECOND
HIGH = int(dt.datetime(_LAST_YEAR, 1, 1, tzinfo=dt.UTC).timestamp()) * _US_PER_SECOND


FAST_FORMAT = "%Y-%m-%dT%H:%M:%S%.f%:z"


def _parse_column(frame: pl.DataFrame, column: str, time_zone: str) -> pl.Series:
    """One timestamp column: the common ``2026-03-02T09:15:00+01:00`` form first, then the rest.

    The regular-expression clean-up of :func:`timestamp_expr` costs most of the parse time of a
    large file, so it only runs when some value is not in the common form.
    """
    text = frame[column].str.strip_chars()
    fast = text.str.to_datetime(FAST_FORMAT, strict=False, time_zone="UTC", time_unit="us")
    if not (fast.is_null() & (text != "")).any():
        return fast.dt.epoch("us")
    return frame.select(timestamp_expr(pl.col(column), time_zone)).to_series()


def _parse_times(
    frame: pl.DataFrame, path: Path, columns: Sequence[str], time_zone: str
) -> pl.DataFrame:
    """Parse timestamp columns in place; the first bad value raises with its line and column."""
    present = [c for c in columns if c in frame.columns]
    parsed = frame.with_columns(
        [_parse_column(frame, c, time_zone).alias(f"__{c}") for c in present]
    )
    for column in present:
        refuse_bad_times(
            parsed.filter(clean(column) != ""),
            path,
            column,
            shown_as=column,
            what=M.NOT_A_TIME,
            hint=H.WRITE_TIME,
        )
    return parsed.drop(present).rename({f"__{c}": c for c in present})


def refuse_bad_times(
    parsed: pl.DataFrame,
    path: Path,
    column: str,
    *,
    shown_as: str,
    what: M,
    hint: H,
    rows: Rows = CSV_LINES,
) -> None:
    """Raise for the first row whose ``column`` did not parse or lies outside 1900–2200."""
    parsed_column = pl.col(f"__{column}")
    bad = parsed.filter(parsed_column.is_null() | ~parsed_column.is_between(LOW, HIGH))
    if bad.height:
        row = bad.row(0, named=True)
        raise ComplianceDataError(
            path,
            what,
            value=row[column],
            where=rows.cell(row["__row"], shown_as),
            hint=hint,
        )


def check_order(
    frame: pl.DataFrame, path: Path, start: str, end: str, what: M, rows: Rows = CSV_LINES
) -> None:
    bad = frame.filter(pl.col(end) < pl.col(start))
    if bad.height:
        row = bad.row(0, named=True)
        raise ComplianceDataError(path, what, end=end, start=start, where=rows.place(row["__row"]))


def latest_of(frame: pl.DataFrame, columns: Sequence[str]) -> int | None:
    present = [c for c in columns if c in frame.columns]
    if not present or not frame.height:
        return None
    value = frame.select(pl.max_horizontal([pl.col(c).max() for c in present])).item()
    return None if value is None else int(value)


def read_incidents(path: Path, time_zone: str, column_map: Mapping[str, str] | None) -> Incidents:
    """The incidents CSV: ``start,end[,excluded][,id][,description]``.

    ``excluded`` is empty/no/false (counted), yes/true/1 (excluded), or the reason: an exclusion
    ID or kind of the agreement, or ``maintenance``. An empty ``end`` is an incident still open.
    """
    frame = _read_csv(path, "incidents", column_map)
    _require(frame, path, ("start", "end"), "incidents")
    for optional in ("excluded", "id", "description"):
        if optional not in frame.columns:
            frame = frame.with_columns(pl.lit("", dtype=pl.String).alias(optional))
    frame = frame.select(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("__row"),
        "start",
        "end",
        clean("excluded").alias("excluded"),
        clean("id").alias("id"),
        clean("description").alias("description"),
    )
    empty = frame.filter(pl.col("start").str.strip_chars() == "")
    if empty.height:
        raise ComplianceDataError(
            path,
            M.NO_START_TIME,
            where=at_cell(_line_number(empty.row(0, named=True)["__row"]), "start"),
        )
    frame = _parse_times(frame, path, ("start", "end"), time_zone)
    check_order(frame, path, "start", "end", M.INCIDENT_ENDS_EARLY)
    return Incidents(path, frame.rename({"__row": "line"}))


def excluded_flag(value: str) -> bool | None:
    """True/False for a yes/no flag, None when the value is a reason to look up."""
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    return None


_PERIOD = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$")


def read_metrics(path: Path, column_map: Mapping[str, str] | None) -> Metrics:
    """The metrics CSV: ``objective,period,value`` — period ``YYYY-MM``, ``YYYY-Qn`` or ``YYYY``."""
    frame = _read_csv(path, "metrics", column_map)
    _require(frame, path, METRIC_COLUMNS, "metrics")
    frame = frame.select(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("line"),
        clean("objective").alias("objective"),
        clean("period").str.to_uppercase().alias("period"),
        clean("period").alias("period_text"),
        clean("value").alias("value_text"),
    ).with_columns(
        pl.col("value_text")
        .str.replace_all(r"[\s_]", "")
        .cast(pl.Float64, strict=False)
        .alias("value")
    )
    bad_period = frame.filter(~pl.col("period").str.contains(_PERIOD.pattern))
    if bad_period.height:
        row = bad_period.row(0, named=True)
        raise ComplianceDataError(
            path,
            M.NOT_A_PERIOD,
            value=row["period_text"],
            where=at_cell(_line_number(row["line"]), "period"),
            hint=H.WRITE_PERIOD,
        )
    bad_value = frame.filter(pl.col("value").is_null() | ~pl.col("value").is_finite())
    if bad_value.height:
        row = bad_value.row(0, named=True)
        raise ComplianceDataError(
            path,
            M.NOT_A_NUMBER,
            value=row["value_text"],
            where=at_cell(_line_number(row["line"]), "value"),
            hint=H.WRITE_NUMBER,
        )
    dupes = frame.filter(~pl.struct("objective", "period").is_first_distinct())
    if dupes.height:
        row = dupes.row(0, named=True)
        raise ComplianceDataError(
            path,
            M.SECOND_VALUE,
            objective=row["objective"],
            period=row["period"],
            where=at_line(_line_number(row["line"])),
            hint=H.ONE_ROW,
        )
    return Metrics(path, frame.drop("value_text", "period_text"))


def line_of(row_index: int) -> str:
    """The line in the file of a data row (the header is line 1), e.g. "line 2"."""
    return _line(row_index)


def line_number(row_index: int) -> int:
    """The number of the line in the file of a data row (the header is line 1)."""
    return _line_number(row_index)
