"""Reading the compliance data files: tickets, incidents and metrics CSVs.

Every column is read as text and parsed here, so that a bad value is reported with its file, its
line and its column instead of a dataframe engine's message. Timestamps end up as ``Int64``
microseconds since the epoch (UTC); whole-column operations only, no Python loop over rows.
"""

from __future__ import annotations

import datetime as dt
import re
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from ...model.messages import Message
from ...storage.errors import DocumentError, at_line
from .messages import ColumnMapError, at_cell
from .messages import ComplianceHint as H
from .messages import ComplianceMessage as M

__all__ = [
    "INCIDENT_COLUMNS",
    "METRIC_COLUMNS",
    "TICKET_COLUMNS",
    "ColumnMapError",
    "ComplianceDataError",
    "parse_column_map",
    "read_incidents",
    "read_metrics",
    "read_tickets",
]

TICKET_COLUMNS = ("id", "priority", "created_at", "first_response_at", "resolved_at", "paused")
INCIDENT_COLUMNS = ("start", "end", "excluded", "id", "description")
METRIC_COLUMNS = ("objective", "period", "value")
_TICKET_REQUIRED = ("id", "created_at")


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


# A data file of a year of tickets is about 100 MB; refuse what cannot be a helpdesk export.
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
class Tickets:
    """Parsed tickets: one row per ticket, and one row per pause interval."""

    path: Path
    frame: pl.DataFrame  # line, id, priority (raw text), created, first_response, resolved
    pauses: pl.DataFrame  # line, pause_start, pause_end
    latest: int | None  # the latest timestamp in the file (µs UTC): what the data is "as of"


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


def _read_csv(path: Path, kind: str, column_map: Mapping[str, str] | None) -> pl.DataFrame:
    """All columns as text, renamed from the file's names to the standard ones."""
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
    try:
        frame = pl.read_csv(
            path,
            infer_schema=False,
            encoding="utf8",
            truncate_ragged_lines=False,
            raise_if_empty=False,
        )
    except pl.exceptions.NoDataError:
        frame = pl.DataFrame()
    except (pl.exceptions.ComputeError, pl.exceptions.PolarsError, OSError) as exc:
        first = " ".join(str(exc).split())[:200]
        raise ComplianceDataError(path, M.NOT_CSV, error=first, hint=H.SAVE_AS_UTF8_CSV) from exc
    names = {name: name.strip().lstrip("\ufeff") for name in frame.columns}
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
    return frame.rename(names).with_columns(pl.all().fill_null(""))


def _require(frame: pl.DataFrame, path: Path, required: Sequence[str], kind: str) -> None:
    missing = [c for c in required if c not in frame.columns]
    if missing:
        words = _WORDS[kind]
        if not frame.columns:
            raise ComplianceDataError(path, words.no_columns, column=missing[0], hint=H.ADD_COLUMN)
        raise ComplianceDataError(
            path,
            words.no_column,
            column=missing[0],
            columns=", ".join(frame.columns),
            hint=H.ADD_COLUMN,
        )


def _clean(column: str) -> pl.Expr:
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


_LOW = int(dt.datetime(_FIRST_YEAR, 1, 1, tzinfo=dt.UTC).timestamp()) * _US_PER_SECOND
_HIGH = int(dt.datetime(_LAST_YEAR, 1, 1, tzinfo=dt.UTC).timestamp()) * _US_PER_SECOND


_FAST_FORMAT = "%Y-%m-%dT%H:%M:%S%.f%:z"


def _parse_column(frame: pl.DataFrame, column: str, time_zone: str) -> pl.Series:
    """One timestamp column: the common ``2026-03-02T09:15:00+01:00`` form first, then the rest.

    The regular-expression clean-up of :func:`timestamp_expr` costs most of the parse time of a
    large file, so it only runs when some value is not in the common form.
    """
    text = frame[column].str.strip_chars()
    fast = text.str.to_datetime(_FAST_FORMAT, strict=False, time_zone="UTC", time_unit="us")
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
        _refuse_bad_times(
            parsed.filter(_clean(column) != ""),
            path,
            column,
            shown_as=column,
            what=M.NOT_A_TIME,
            hint=H.WRITE_TIME,
        )
    return parsed.drop(present).rename({f"__{c}": c for c in present})


def _refuse_bad_times(
    parsed: pl.DataFrame, path: Path, column: str, *, shown_as: str, what: M, hint: H
) -> None:
    """Raise for the first row whose ``column`` did not parse or lies outside 1900–2200."""
    parsed_column = pl.col(f"__{column}")
    bad = parsed.filter(parsed_column.is_null() | ~parsed_column.is_between(_LOW, _HIGH))
    if bad.height:
        row = bad.row(0, named=True)
        raise ComplianceDataError(
            path,
            what,
            value=row[column],
            where=at_cell(_line_number(row["__row"]), shown_as),
            hint=hint,
        )


def _check_order(frame: pl.DataFrame, path: Path, start: str, end: str, what: M) -> None:
    bad = frame.filter(pl.col(end) < pl.col(start))
    if bad.height:
        row = bad.row(0, named=True)
        raise ComplianceDataError(
            path, what, end=end, start=start, where=at_line(_line_number(row["__row"]))
        )


def _latest(frame: pl.DataFrame, columns: Sequence[str]) -> int | None:
    present = [c for c in columns if c in frame.columns]
    if not present or not frame.height:
        return None
    value = frame.select(pl.max_horizontal([pl.col(c).max() for c in present])).item()
    return None if value is None else int(value)


def read_tickets(path: Path, time_zone: str, column_map: Mapping[str, str] | None) -> Tickets:
    """The tickets CSV: ``id,priority,created_at,first_response_at,resolved_at[,paused]``.

    ``paused`` holds pause intervals as ``start/end`` ISO 8601 pairs separated by ``;``.
    """
    frame = _read_csv(path, "tickets", column_map)
    _require(frame, path, _TICKET_REQUIRED, "tickets")
    for optional in ("priority", "first_response_at", "resolved_at", "paused"):
        if optional not in frame.columns:
            frame = frame.with_columns(pl.lit("", dtype=pl.String).alias(optional))
    frame = frame.select(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("__row"),
        _clean("id").alias("id"),
        _clean("priority").alias("priority"),
        pl.col("created_at"),
        pl.col("first_response_at"),
        pl.col("resolved_at"),
        pl.col("paused"),
    )
    empty = frame.filter(pl.col("created_at").str.strip_chars() == "")
    if empty.height:
        raise ComplianceDataError(
            path,
            M.NO_CREATION_TIME,
            where=at_cell(_line_number(empty.row(0, named=True)["__row"]), "created_at"),
        )
    no_id = frame.filter(pl.col("id") == "")
    if no_id.height:
        raise ComplianceDataError(
            path, M.NO_TICKET_ID, where=at_line(_line_number(no_id.row(0, named=True)["__row"]))
        )
    repeated = (
        frame.with_columns(pl.col("__row").min().over("id").alias("__first"))
        .filter(pl.col("__row") != pl.col("__first"))
        .sort("__row")
    )
    if repeated.height:  # it would be counted twice
        row = repeated.row(0, named=True)
        raise ComplianceDataError(
            path,
            M.DUPLICATE_TICKET,
            ticket=row["id"],
            first=_line_number(row["__first"]),
            where=at_cell(_line_number(row["__row"]), "id"),
        )
    pauses = _pauses(frame, path, time_zone)
    frame = _parse_times(
        frame.drop("paused"), path, ("created_at", "first_response_at", "resolved_at"), time_zone
    )
    _check_order(frame, path, "created_at", "first_response_at", M.RESPONSE_ENDS_EARLY)
    _check_order(frame, path, "created_at", "resolved_at", M.TICKET_ENDS_EARLY)
    latest = _latest(frame, ("created_at", "first_response_at", "resolved_at"))
    if pauses.height:
        _check_pauses_inside(frame, pauses, path)
        pause_latest = pauses.select(pl.col("pause_end").max()).item()
        if pause_latest is not None and (latest is None or pause_latest > latest):
            latest = int(pause_latest)
    return Tickets(path, frame.rename({"__row": "line"}), pauses, latest)


def _check_pauses_inside(frame: pl.DataFrame, pauses: pl.DataFrame, path: Path) -> None:
    """A pause must start while its ticket is open: one outside it is a data error, not a pause
    to drop or clip without a word."""
    joined = pauses.join(frame.select("__row", "created_at", "resolved_at"), on="__row")
    for condition, what in (
        (pl.col("pause_start") < pl.col("created_at"), M.PAUSE_BEFORE_CREATED),
        (
            pl.col("resolved_at").is_not_null() & (pl.col("pause_start") >= pl.col("resolved_at")),
            M.PAUSE_AFTER_RESOLVED,
        ),
    ):
        bad = joined.filter(condition)
        if bad.height:
            line = _line_number(bad.row(0, named=True)["__row"])
            raise ComplianceDataError(path, what, where=at_cell(line, "paused"))


def _pauses(frame: pl.DataFrame, path: Path, time_zone: str) -> pl.DataFrame:
    """One row per pause interval ``start/end`` of the ``paused`` column (``;`` between them)."""
    with_pauses = frame.select("__row", "paused").filter(pl.col("paused").str.strip_chars() != "")
    if not with_pauses.height:
        return pl.DataFrame(
            schema={"__row": pl.Int64, "pause_start": pl.Int64, "pause_end": pl.Int64}
        )
    items = (
        with_pauses.with_columns(pl.col("paused").str.split(";"))
        .explode("paused")
        .filter(pl.col("paused").str.strip_chars() != "")
        .with_columns(pl.col("paused").str.strip_chars())
    )
    bad = items.filter(pl.col("paused").str.count_matches("/") != 1)
    if bad.height:
        row = bad.row(0, named=True)
        raise ComplianceDataError(
            path,
            M.NOT_A_PAUSE,
            value=row["paused"],
            where=at_cell(_line_number(row["__row"]), "paused"),
            hint=H.WRITE_PAUSES,
        )
    parts = items.with_columns(
        pl.col("paused").str.split_exact("/", 1).struct.rename_fields(["pause_start", "pause_end"])
    ).unnest("paused")
    parts = parts.with_columns(
        pl.when(pl.col(c).str.strip_chars() == "").then(pl.lit("?")).otherwise(pl.col(c)).alias(c)
        for c in ("pause_start", "pause_end")
    )
    parsed = _parse_times_named(parts, path, ("pause_start", "pause_end"), time_zone)
    backwards = parsed.filter(pl.col("pause_end") < pl.col("pause_start"))
    if backwards.height:
        line = _line_number(backwards.row(0, named=True)["__row"])
        raise ComplianceDataError(path, M.PAUSE_ENDS_EARLY, where=at_cell(line, "paused"))
    # Overlapping pauses of one ticket would count the same minutes twice.
    ordered = parsed.sort("__row", "pause_start").with_columns(
        pl.col("pause_end").shift(1).over("__row").alias("__prev_end")
    )
    overlap = ordered.filter(pl.col("pause_start") < pl.col("__prev_end"))
    if overlap.height:
        raise ComplianceDataError(
            path,
            M.PAUSES_OVERLAP,
            where=at_cell(_line_number(overlap.row(0, named=True)["__row"]), "paused"),
            hint=H.MERGE_PAUSES,
        )
    return parsed.select("__row", "pause_start", "pause_end")


def _parse_times_named(
    frame: pl.DataFrame, path: Path, columns: Sequence[str], time_zone: str
) -> pl.DataFrame:
    # Pause parts report under the file's 'paused' column.
    parsed = frame.with_columns(
        [timestamp_expr(pl.col(c), time_zone).alias(f"__{c}") for c in columns]
    )
    for column in columns:
        _refuse_bad_times(
            parsed,
            path,
            column,
            shown_as="paused",
            what=M.NOT_A_PAUSE_TIME,
            hint=H.WRITE_PAUSE_TIMES,
        )
    return parsed.drop(columns).rename({f"__{c}": c for c in columns})


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
        _clean("excluded").alias("excluded"),
        _clean("id").alias("id"),
        _clean("description").alias("description"),
    )
    empty = frame.filter(pl.col("start").str.strip_chars() == "")
    if empty.height:
        raise ComplianceDataError(
            path,
            M.NO_START_TIME,
            where=at_cell(_line_number(empty.row(0, named=True)["__row"]), "start"),
        )
    frame = _parse_times(frame, path, ("start", "end"), time_zone)
    _check_order(frame, path, "start", "end", M.INCIDENT_ENDS_EARLY)
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
        _clean("objective").alias("objective"),
        _clean("period").str.to_uppercase().alias("period"),
        _clean("period").alias("period_text"),
        _clean("value").alias("value_text"),
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
