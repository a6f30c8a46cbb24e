"""Reading the tickets file as a stream: a year of a large helpdesk is ten million rows.

The file is scanned lazily (polars ``scan_csv``) and the streaming engine reduces each batch, as
it is read, to what the check needs: the row, the ticket's ID, its priority as written, its three
moments as µs since the epoch (UTC) and its pauses as written (only where it has some). The text
of the timestamps is never held all at once, and the columns the check does not read are not
parsed at all.

The refusals are those of the other data files, in the same order and with the same words: the
file and its first bad row and column. A moment that cannot be read is kept as :data:`BAD`, so
that the first bad row is found without its text; that one cell is read again for the message.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from .inputs import (
    CSV_OPTIONS,
    HIGH,
    LOW,
    ComplianceDataError,
    check_file,
    check_order,
    latest_of,
    not_csv,
    refuse_bad_times,
    require_columns,
    standard_names,
    timestamp_expr,
)
from .messages import CSV_LINES, PARQUET_ROWS, Rows
from .messages import ComplianceHint as H
from .messages import ComplianceMessage as M

__all__ = ["BAD", "PARQUET_SUFFIXES", "TIME_COLUMNS", "Tickets", "is_parquet", "read_tickets"]

TIME_COLUMNS = ("created_at", "first_response_at", "resolved_at")
_REQUIRED = ("id", "created_at")
_OPTIONAL = ("priority", "first_response_at", "resolved_at", "paused")

BAD = -(2**63)
"""A moment that is written but cannot be read (a null is one not written)."""


@dataclass(frozen=True, slots=True)
class Tickets:
    """Parsed tickets: one row per ticket, and one row per pause interval."""

    path: Path
    frame: pl.DataFrame  # line, id, priority (raw text), created, first_response, resolved
    pauses: pl.DataFrame  # line, pause_start, pause_end
    latest: int | None  # the latest timestamp in the file (µs UTC): what the data is "as of"
    rows: Rows = CSV_LINES  # how messages name a row: a CSV line or a Parquet row


def read_tickets(path: Path, time_zone: str, column_map: Mapping[str, str] | None) -> Tickets:
    """The tickets file, CSV or Parquet: ``id,priority,created_at,first_response_at,resolved_at
    [,paused]``.

    ``paused`` holds pause intervals as ``start/end`` ISO 8601 pairs separated by ``;``. In a
    Parquet file the moments are timestamps (with a time zone, or read on the agreement's wall
    clock without one) or text as in a CSV file.
    """
    source = _source(path, column_map)
    rows = source.rows
    frame = _compact(path, source, time_zone)
    empty = frame.filter(pl.col("created_at").is_null())
    if empty.height:
        raise ComplianceDataError(
            path,
            M.NO_CREATION_TIME,
            where=rows.cell(empty.row(0, named=True)["__row"], "created_at"),
        )
    no_id = frame.filter(pl.col("id") == "")
    if no_id.height:
        raise ComplianceDataError(
            path, M.NO_TICKET_ID, where=rows.place(no_id.row(0, named=True)["__row"])
        )
    _refuse_repeated(frame, path, rows)
    pauses = _pauses(frame.select("__row", "paused").drop_nulls("paused"), path, time_zone, rows)
    frame = frame.drop("paused")
    for column in TIME_COLUMNS:
        _refuse_unreadable(frame, source, path, column)
    check_order(frame, path, "created_at", "first_response_at", M.RESPONSE_ENDS_EARLY, rows)
    check_order(frame, path, "created_at", "resolved_at", M.TICKET_ENDS_EARLY, rows)
    latest = latest_of(frame, TIME_COLUMNS)
    if pauses.height:
        _check_pauses_inside(frame, pauses, path, rows)
        pause_latest = pauses.select(pl.col("pause_end").max()).item()
        if pause_latest is not None and (latest is None or pause_latest > latest):
            latest = int(pause_latest)
    return Tickets(path, frame.rename({"__row": "line"}), pauses, latest, rows)


PARQUET_SUFFIXES = frozenset({".parquet", ".parq", ".pq"})
"""Names of Parquet files; any file beginning with the Parquet magic number is read as one."""
_MAGIC = b"PAR1"
_TEXT_TYPES = (pl.String, pl.Categorical, pl.Enum, pl.Null)


@dataclass(frozen=True, slots=True)
class _Source:
    """The tickets file as a lazy frame with the standard names (absent columns null)."""

    scan: pl.LazyFrame
    rows: Rows
    timestamps: frozenset[str]
    """The moment columns a Parquet file holds as timestamps (the others are text)."""
    unreadable: Callable[[Path, BaseException], ComplianceDataError]
    types: Mapping[str, pl.DataType]
    """The file's type of each standard column."""


def is_parquet(path: Path) -> bool:
    """Whether ``path`` is read as Parquet: it begins with PAR1 (or is named ``.parquet``)."""
    try:
        with path.open("rb") as file:
            if file.read(4) == _MAGIC:
                return True
    except OSError:
        pass
    return path.suffix.lower() in PARQUET_SUFFIXES


def _not_parquet(path: Path, exc: BaseException) -> ComplianceDataError:
    first = " ".join(str(exc).split())[:200]
    return ComplianceDataError(path, M.NOT_READABLE_PARQUET, error=first, hint=H.SAVE_AS_PARQUET)


def _source(path: Path, column_map: Mapping[str, str] | None) -> _Source:
    check_file(path, "tickets")
    parquet = is_parquet(path)
    unreadable = _not_parquet if parquet else not_csv
    try:
        if parquet:
            with path.open("rb") as file:
                if file.read(4) != _MAGIC:
                    raise ComplianceDataError(path, M.NOT_PARQUET, hint=H.SAVE_AS_PARQUET)
            scan = pl.scan_parquet(path)
        else:
            scan = pl.scan_csv(path, **CSV_OPTIONS)
        schema = scan.collect_schema()
    except (pl.exceptions.PolarsError, pl.exceptions.PanicException, OSError) as exc:
        raise unreadable(path, exc) from exc
    names = standard_names(path, "tickets", schema.names(), column_map)
    require_columns(list(names.values()), path, _REQUIRED, "tickets")
    scan = scan.rename(names)
    types = {names[name]: dtype for name, dtype in schema.items()}
    missing = [c for c in _OPTIONAL if c not in types]
    if missing:
        scan = scan.with_columns(pl.lit(None, dtype=pl.String).alias(c) for c in missing)
    if not parquet:
        return _Source(scan, CSV_LINES, frozenset(), unreadable, types)
    typed, timestamps = _parquet_columns(path, scan, types)
    return _Source(typed, PARQUET_ROWS, timestamps, unreadable, types)


def _parquet_columns(
    path: Path, scan: pl.LazyFrame, types: Mapping[str, pl.DataType]
) -> tuple[pl.LazyFrame, frozenset[str]]:
    """Text columns as strings (an ID may be a whole number); moments timestamps or text."""
    casts: list[pl.Expr] = []
    timestamps: set[str] = set()
    for column, dtype in types.items():
        if column in TIME_COLUMNS:
            if isinstance(dtype, pl.Datetime):
                timestamps.add(column)
                if dtype.time_zone is not None:  # an instant: only its unit may differ
                    casts.append(pl.col(column).dt.convert_time_zone("UTC"))
                continue
            if isinstance(dtype, _TEXT_TYPES):
                casts.append(pl.col(column).cast(pl.String))
                continue
            raise ComplianceDataError(
                path, M.PARQUET_NOT_TIMES, column=column, type=str(dtype), hint=H.WRITE_TIMESTAMPS
            )
        if column in ("id", "priority", "paused"):
            whole = column != "paused" and dtype.is_integer()
            if isinstance(dtype, _TEXT_TYPES) or whole:
                casts.append(pl.col(column).cast(pl.String))
                continue
            raise ComplianceDataError(
                path, M.PARQUET_NOT_TEXT, column=column, type=str(dtype), hint=H.WRITE_TEXT
            )
    return (scan.with_columns(casts) if casts else scan), frozenset(timestamps)


def _text(column: str) -> pl.Expr:
    return pl.col(column).str.strip_chars()


def common_form(text: pl.Expr) -> pl.Expr:
    """µs UTC of ``2026-03-02T09:15:00+01:00`` exactly (null for any other form).

    Four times quicker than a format with ``%:z``: polars' own parsers read the local time and
    the offset, and no string is built per row. Where it gives a value, the value is that of
    :func:`timestamp_expr` (a property test holds them together).
    """
    local = (
        text.str.slice(0, 19)
        .str.to_datetime("%Y-%m-%dT%H:%M:%S", strict=False, exact=True, time_unit="us", cache=False)
        .dt.epoch("us")
    )
    offset = text.str.slice(20).str.to_time("%H:%M", strict=False).cast(pl.Int64) // 1000
    sign = text.str.slice(19, 1)
    factor = (
        pl.when(text.str.len_bytes() != 25)
        .then(None)
        .when(sign == "+")
        .then(-1)
        .when(sign == "-")
        .then(1)
    )
    return local + factor * offset


def _stamp(column: str, time_zone: str | None) -> pl.Expr:
    """µs UTC of a Parquet timestamp column; one without a time zone (``time_zone`` is the
    agreement's) is on the agreement's wall clock: a local time that does not exist there is
    :data:`BAD`, as in text."""
    moment = pl.col(column)
    aware = (
        moment
        if time_zone is None
        else moment.dt.replace_time_zone(time_zone, ambiguous="earliest", non_existent="null")
    )
    return (
        pl.when(moment.is_null())
        .then(pl.lit(None, dtype=pl.Int64))
        .otherwise(aware.dt.epoch("us").fill_null(BAD))
        .alias(column)
    )


def _moment(column: str, time_zone: str, *, any_form: bool) -> pl.Expr:
    """µs UTC of a timestamp column: null where it is empty, :data:`BAD` where unreadable.

    The common ``2026-03-02T09:15:00+01:00`` form is read directly (:func:`common_form`);
    ``any_form`` reads every form :func:`timestamp_expr` knows (its regular expressions cost most
    of a large file's read, so they run only for a column that has a value in another form).
    """
    text = _text(column)
    parsed = timestamp_expr(pl.col(column), time_zone) if any_form else common_form(text)
    return (
        pl.when(text.is_null() | (text == ""))
        .then(pl.lit(None, dtype=pl.Int64))
        .otherwise(parsed.fill_null(BAD))
        .alias(column)
    )


def _collect(path: Path, source: _Source, query: pl.LazyFrame) -> pl.DataFrame:
    try:
        return query.collect(engine="streaming")
    except (pl.exceptions.PolarsError, pl.exceptions.PanicException, OSError) as exc:
        raise source.unreadable(path, exc) from exc


def _compact(path: Path, source: _Source, time_zone: str) -> pl.DataFrame:
    """One pass over the file: row, id, priority, the three moments, the pauses as written."""

    def moment(column: str) -> pl.Expr:
        if column in source.timestamps:
            naive = source.types[column].time_zone is None  # type: ignore[attr-defined]
            return _stamp(column, time_zone if naive else None)
        return _moment(column, time_zone, any_form=False)

    query = source.scan.with_row_index("__row").select(
        pl.col("__row").cast(pl.Int64),
        _text("id").fill_null("").alias("id"),
        _text("priority").fill_null("").alias("priority"),
        *(moment(c) for c in TIME_COLUMNS),
        pl.when(_text("paused") == "").then(None).otherwise(pl.col("paused")).alias("paused"),
    )
    frame = _collect(path, source, query)
    other_forms = [
        c for c in TIME_COLUMNS if c not in source.timestamps and (frame[c] == BAD).any()
    ]
    if other_forms:
        # Some value is not in the common form: read those columns again, in every form.
        again = _collect(
            path,
            source,
            source.scan.select(_moment(c, time_zone, any_form=True) for c in other_forms),
        )
        frame = frame.with_columns(again.get_columns())
    return frame


def _refuse_repeated(frame: pl.DataFrame, path: Path, rows: Rows) -> None:
    """A ticket listed twice would be counted twice. The IDs are compared by their 64-bit hash
    first; only the rows whose hash repeats are compared by their text."""
    hashes = frame["id"].hash(seed=14)
    if hashes.n_unique() == hashes.len():
        return
    candidates = frame.filter(hashes.is_duplicated()).select("__row", "id")
    repeated = (
        candidates.with_columns(pl.col("__row").min().over("id").alias("__first"))
        .filter(pl.col("__row") != pl.col("__first"))
        .sort("__row")
    )
    if repeated.height:
        row = repeated.row(0, named=True)
        raise ComplianceDataError(
            path,
            M.DUPLICATE_TICKET if rows.in_lines else M.DUPLICATE_TICKET_ROW,
            ticket=row["id"],
            first=rows.number(row["__first"]),
            where=rows.cell(row["__row"], "id"),
        )


def _refuse_unreadable(frame: pl.DataFrame, source: _Source, path: Path, column: str) -> None:
    """The first value of ``column`` that is not a time between 1970 and 2200, as written (a
    Parquet timestamp as polars writes it)."""
    moment = pl.col(column)
    bad = frame.filter(moment.is_not_null() & ~moment.is_between(LOW, HIGH))
    if bad.height:
        row = bad.row(0)[0]
        cell = source.scan.select(pl.col(column).cast(pl.String).fill_null("")).slice(row, 1)
        raise ComplianceDataError(
            path,
            M.NOT_A_TIME,
            value=_collect(path, source, cell).item(),
            where=source.rows.cell(row, column),
            hint=H.WRITE_TIME,
        )


def _check_pauses_inside(frame: pl.DataFrame, pauses: pl.DataFrame, path: Path, rows: Rows) -> None:
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
            where = rows.cell(bad.row(0, named=True)["__row"], "paused")
            raise ComplianceDataError(path, what, where=where)


def _pauses(frame: pl.DataFrame, path: Path, time_zone: str, rows: Rows) -> pl.DataFrame:
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
            where=rows.cell(row["__row"], "paused"),
            hint=H.WRITE_PAUSES,
        )
    parts = items.with_columns(
        pl.col("paused").str.split_exact("/", 1).struct.rename_fields(["pause_start", "pause_end"])
    ).unnest("paused")
    parts = parts.with_columns(
        pl.when(pl.col(c).str.strip_chars() == "").then(pl.lit("?")).otherwise(pl.col(c)).alias(c)
        for c in ("pause_start", "pause_end")
    )
    parsed = _parse_times_named(parts, path, ("pause_start", "pause_end"), time_zone, rows)
    backwards = parsed.filter(pl.col("pause_end") < pl.col("pause_start"))
    if backwards.height:
        where = rows.cell(backwards.row(0, named=True)["__row"], "paused")
        raise ComplianceDataError(path, M.PAUSE_ENDS_EARLY, where=where)
    # Overlapping pauses of one ticket would count the same minutes twice.
    ordered = parsed.sort("__row", "pause_start").with_columns(
        pl.col("pause_end").shift(1).over("__row").alias("__prev_end")
    )
    overlap = ordered.filter(pl.col("pause_start") < pl.col("__prev_end"))
    if overlap.height:
        raise ComplianceDataError(
            path,
            M.PAUSES_OVERLAP,
            where=rows.cell(overlap.row(0, named=True)["__row"], "paused"),
            hint=H.MERGE_PAUSES,
        )
    return parsed.select("__row", "pause_start", "pause_end")


def _parse_times_named(
    frame: pl.DataFrame, path: Path, columns: Sequence[str], time_zone: str, rows: Rows
) -> pl.DataFrame:
    # The common form first (as for the ticket's own times), every form where one is not in it.
    parsed = frame.with_columns(
        [common_form(pl.col(c).str.strip_chars()).alias(f"__{c}") for c in columns]
    )
    other_forms = [c for c in columns if parsed[f"__{c}"].null_count()]
    if other_forms:
        parsed = parsed.with_columns(
            [timestamp_expr(pl.col(c), time_zone).alias(f"__{c}") for c in other_forms]
        )
    for column in columns:
        # Pause parts report under the file's 'paused' column.
        refuse_bad_times(
            parsed,
            path,
            column,
            shown_as="paused",
            what=M.NOT_A_PAUSE_TIME,
            hint=H.WRITE_PAUSE_TIMES,
            rows=rows,
        )
    return parsed.drop(columns).rename({f"__{c}": c for c in columns})
