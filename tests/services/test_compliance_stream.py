"""The tickets file read as a stream (issue 14 §4): the same figures and refusals as before.

The streaming reader reads the common timestamp form with polars' own parsers, measures only the
months the report looks at, and finds repeated IDs by their hash; each of those shortcuts is
held here against the plain way of doing it.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slawriter.model.agreement import Agreement, Target
from slawriter.model.business_time import clock_for
from slawriter.services.compliance import ComplianceDataError, compliance_report, report_json
from slawriter.services.compliance.inputs import timestamp_expr
from slawriter.services.compliance.tickets import common_form
from slawriter.storage import load_agreement

ROOT = Path(__file__).resolve().parents[2]
PRESETS = ROOT / "resources" / "presets"
MADRID = ZoneInfo("Europe/Madrid")
HEADER = "id,priority,created_at,first_response_at,resolved_at,paused\n"


def support() -> Agreement:
    return load_agreement(PRESETS / "customer-support.sla.json")


def write(path: Path, rows: list[str]) -> Path:
    path.write_text(HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


def without_inputs(report_text: str) -> dict:  # type: ignore[type-arg]
    data = json.loads(report_text)
    data.pop("inputs", None)
    return data  # type: ignore[no-any-return]


# ---------------------------------------------------------------------------------------------
# The common timestamp form


def _read_both(texts: list[str]) -> tuple[list[int | None], list[int | None]]:
    frame = pl.DataFrame({"t": texts}, schema={"t": pl.String})
    quick = frame.select(common_form(pl.col("t"))).to_series().to_list()
    every = frame.select(timestamp_expr(pl.col("t"), "Europe/Madrid")).to_series().to_list()
    return quick, every


_DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=3)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            _DIGITS,
            _DIGITS,
            _DIGITS,
            st.sampled_from(["T", " ", "t", "TT"]),
            _DIGITS,
            _DIGITS,
            _DIGITS,
            st.sampled_from(["+", "-", "Z", "", "+-", " +"]),
            _DIGITS,
            st.sampled_from([":", "", "::"]),
            _DIGITS,
        ),
        min_size=1,
        max_size=20,
    )
)
def test_the_common_form_reads_only_what_every_form_reads_and_the_same(parts: list) -> None:  # type: ignore[type-arg]
    """Near misses of ``2026-03-02T09:15:00+01:00`` (a digit too many or too few, another
    separator, an offset of 25 hours): the quick reader gives no value or the same value."""
    texts = []
    for year, month, day, sep, hour, minute, second, sign, oh, colon, om in parts:
        texts.append(
            f"{year.zfill(4)[:5]}-{month}-{day}{sep}{hour}:{minute}:{second}{sign}{oh}{colon}{om}"
        )
    quick, every = _read_both(texts)
    for text, q, e in zip(texts, quick, every, strict=True):
        if q is not None:
            assert q == e, text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.datetimes(min_value=dt.datetime(1970, 1, 2), max_value=dt.datetime(2199, 12, 30)),
            st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_the_common_form_reads_every_moment_written_in_it(moments: list) -> None:  # type: ignore[type-arg]
    texts = []
    for local, offset in moments:
        zone = dt.timezone(dt.timedelta(minutes=offset))
        texts.append(local.replace(microsecond=0, tzinfo=zone).isoformat())
    quick, every = _read_both(texts)
    assert quick == every
    assert None not in quick


# ---------------------------------------------------------------------------------------------
# Business time per ticket agrees with the business clock, to the minute


def _everything_late(agreement: Agreement) -> Agreement:
    """Every time target "less than 3.6 business seconds": a ticket worked on is a breach,
    listed with its measured time."""
    never = Target.model_validate({"comparator": "lt", "value": "0.001", "unit": "business_hours"})
    for objective in agreement.service_levels.objectives[:2]:
        objective.target = never
        for pt in objective.priority_targets:
            pt.best_effort = False
            pt.target = never
    return agreement


_MINUTE = dt.timedelta(minutes=1)
_MARCH = dt.datetime(2026, 3, 1, tzinfo=MADRID)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=30 * 1440),  # created, minutes into March
            st.integers(min_value=0, max_value=9 * 1440),  # response after creation
            st.one_of(st.none(), st.integers(min_value=0, max_value=20 * 1440)),  # resolution
            st.lists(st.integers(min_value=1, max_value=3 * 1440), max_size=4),  # pause bounds
            st.sampled_from(["P1", "P2", "P3", "P4", ""]),
            st.booleans(),  # written with 'Z' rather than an offset
        ),
        min_size=1,
        max_size=25,
    )
)
def test_business_time_of_each_ticket_agrees_with_the_business_clock(
    tmp_path_factory: pytest.TempPathFactory,
    tickets: list,  # type: ignore[type-arg]
) -> None:
    agreement = _everything_late(support())
    clock = clock_for(agreement, agreement.service_levels.objectives[0])

    def text(moment: dt.datetime, zulu: bool) -> str:
        utc = moment.astimezone(dt.UTC)
        return utc.strftime("%Y-%m-%dT%H:%M:%SZ") if zulu else moment.isoformat()

    rows, expected_pauses = [], {}
    for n, (created_m, response_m, resolved_m, bounds, priority, zulu) in enumerate(tickets):
        created = _MARCH + created_m * _MINUTE
        response = created + response_m * _MINUTE
        resolved = None if resolved_m is None else response + resolved_m * _MINUTE
        pauses, at = [], created
        for start_gap, length in zip(bounds[::2], bounds[1::2], strict=False):
            start = at + start_gap * _MINUTE
            end = start + length * _MINUTE
            if resolved is not None and start >= resolved:
                break
            pauses.append((start, end))
            at = end
        expected_pauses[f"T-{n}"] = pauses
        paused = ";".join(f"{text(s, zulu)}/{text(e, zulu)}" for s, e in pauses)
        rows.append(
            f"T-{n},{priority},{text(created, zulu)},{text(response, zulu)},"
            f"{'' if resolved is None else text(resolved, zulu)},{paused}"
        )
    path = write(tmp_path_factory.mktemp("stream") / "tickets.csv", rows)
    report = compliance_report(agreement, "2026-03", tickets=path)
    latest = max(
        max(
            (m for m in (created, response, resolved) if m is not None),
            default=created,
        )
        for created, response, resolved in (
            (
                _MARCH + c * _MINUTE,
                _MARCH + (c + r) * _MINUTE,
                None if z is None else _MARCH + (c + r + z) * _MINUTE,
            )
            for c, r, z, *_ in tickets
        )
    )
    latest = max([latest, *(e for ps in expected_pauses.values() for _, e in ps)])
    by_id = {f"T-{n}": ticket for n, ticket in enumerate(tickets)}
    for objective, pausing in (("first-response", False), ("resolution", True)):
        breaches = report.objective(objective).ticket_breaches
        assert {b.ticket for b in breaches} <= set(by_id)
        for found in breaches:
            created_m, response_m, resolved_m, *_ = by_id[found.ticket]
            created = _MARCH + created_m * _MINUTE
            if objective == "first-response":
                stop = created + response_m * _MINUTE
            elif resolved_m is None:
                stop = latest
            else:
                stop = created + (response_m + resolved_m) * _MINUTE
            worked = clock.business_time_between(created, stop)
            if pausing:
                for start, end in expected_pauses[found.ticket]:
                    low, high = max(start, created), min(end, stop)
                    if high > low:
                        worked -= clock.business_time_between(low, high)
            minutes = Decimal(worked // dt.timedelta(microseconds=1)) / Decimal(60_000_000)
            assert found.measured_minutes == minutes.quantize(Decimal("0.001")), found.ticket


# ---------------------------------------------------------------------------------------------
# Only the months the report looks at are measured; every month is checked


def test_tickets_of_months_the_report_does_not_look_at_change_nothing(tmp_path: Path) -> None:
    rows = [
        "T-1,P1,2026-03-02T10:00:00+01:00,2026-03-02T10:20:00+01:00,2026-03-02T13:00:00+01:00,",
        "T-2,P3,2026-03-03T09:00:00+01:00,2026-03-04T09:45:00+01:00,2026-03-09T12:00:00+01:00,",
        "T-3,P2,2026-02-10T09:00:00+01:00,2026-02-10T15:00:00+01:00,2026-02-11T12:00:00+01:00,",
    ]
    # A year before: outside the six months of the chronic-failure status.
    old = ["O-1,P1,2025-01-07T10:00:00+01:00,2025-01-07T12:00:00+01:00,,"]
    alone = compliance_report(support(), "2026-03", tickets=write(tmp_path / "a.csv", rows))
    more = compliance_report(support(), "2026-03", tickets=write(tmp_path / "b.csv", rows + old))
    assert without_inputs(report_json(alone)) == without_inputs(report_json(more))
    assert alone.objective("first-response").counted == 2


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "O-1,P9,2025-01-07T10:00:00+01:00,,,",
            "line 3, column 'priority': 'P9' is not a priority of the agreement",
        ),
        (
            "O-1,P1,2025-01-07 25:00,,,",
            "line 3, column 'created_at': '2025-01-07 25:00' is not a date and time",
        ),
        (
            "T-1,P1,2025-01-07T10:00:00+01:00,,,",
            "line 3, column 'id': ticket 'T-1' is listed twice (first on line 2)",
        ),
    ],
    ids=["priority", "time", "duplicate"],
)
def test_a_month_that_is_not_measured_is_still_checked(
    tmp_path: Path, row: str, message: str
) -> None:
    path = write(
        tmp_path / "tickets.csv",
        ["T-1,P1,2026-03-02T10:00:00+01:00,2026-03-02T10:20:00+01:00,,", row],
    )
    with pytest.raises(ComplianceDataError) as caught:
        compliance_report(support(), "2026-03", tickets=path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_a_ticket_listed_twice_far_apart_is_found_by_its_text(tmp_path: Path) -> None:
    """IDs are compared by hash first: two thousand distinct IDs, then one repeated with spaces
    around it (read as the same ID), are told apart exactly."""
    rows = [f"T-{n},P1,2026-03-02T10:00:00+01:00,,," for n in range(2000)]
    rows.append("  T-1234 ,P1,2026-03-05T10:00:00+01:00,,,")
    path = write(tmp_path / "tickets.csv", rows)
    with pytest.raises(ComplianceDataError) as caught:
        compliance_report(support(), "2026-03", tickets=path)
    assert str(caught.value) == (
        f"{path}: line 2002, column 'id': ticket 'T-1234' is listed twice (first on line 1236)"
    )


def test_one_value_in_another_form_reads_the_column_in_every_form(tmp_path: Path) -> None:
    common = [
        "T-1,P3,2026-03-02T10:00:00+01:00,2026-03-02T19:00:00+01:00,2026-03-03T10:00:00+01:00,",
        "T-2,P3,2026-03-03T09:00:00+01:00,2026-03-03T18:45:00+01:00,,"
        "2026-03-03T19:00:00+01:00/2026-03-04T09:00:00+01:00",
    ]
    other = [
        "T-1,P3,2026-03-02 10:00,2026-03-02T18:00:00Z,2026-03-03T10:00:00+0100,",
        "T-2,P3,2026-03-03T09:00:00+01:00,2026-03-03T18:45:00+01:00,,"
        "2026-03-03T18:00:00Z/2026-03-04 09:00",
    ]
    a = compliance_report(support(), "2026-03", tickets=write(tmp_path / "a.csv", common))
    b = compliance_report(support(), "2026-03", tickets=write(tmp_path / "b.csv", other))
    assert without_inputs(report_json(a)) == without_inputs(report_json(b))
    assert a.objective("first-response").breach_count == 2


# ---------------------------------------------------------------------------------------------
# Parquet


_SUPPORT_ROWS = [
    "T-1,P3,2026-03-02T10:00:00+01:00,2026-03-02T19:00:00+01:00,2026-03-03T10:00:00+01:00,",
    "T-2,P3,2026-03-03T09:00:00+01:00,2026-03-03T18:45:00+01:00,,"
    "2026-03-03T19:00:00+01:00/2026-03-04T09:00:00+01:00",
    "T-3,P1 Urgent,2026-03-27T17:00:00+01:00,2026-03-30T11:00:00+02:00,,",
]


def test_parquet_gives_the_report_of_the_same_tickets_in_csv(tmp_path: Path) -> None:
    csv = write(tmp_path / "tickets.csv", _SUPPORT_ROWS)
    as_text = pl.read_csv(csv, infer_schema=False)
    as_text.write_parquet(tmp_path / "text.parquet")
    moments = ["created_at", "first_response_at", "resolved_at"]
    aware = as_text.with_columns(
        pl.col(c).str.to_datetime("%Y-%m-%dT%H:%M:%S%:z", time_zone="UTC") for c in moments
    )
    aware.write_parquet(tmp_path / "aware.parquet")
    # Without a time zone, a timestamp is read on the agreement's wall clock (Madrid).
    aware.with_columns(
        pl.col(c).dt.convert_time_zone("Europe/Madrid").dt.replace_time_zone(None) for c in moments
    ).write_parquet(tmp_path / "naive.parquet")
    for name in ("text.parquet", "aware.parquet", "naive.parquet"):
        expected = compliance_report(support(), "2026-03", tickets=csv)
        report = compliance_report(support(), "2026-03", tickets=tmp_path / name)
        # The evidence names a Parquet file's row (from 1), a CSV file's line (header line 1).
        for got, want in zip(report.objectives, expected.objectives, strict=True):
            lines = [b.line for b in want.ticket_breaches]
            assert [b.line + 1 for b in got.ticket_breaches] == lines, name
            want.ticket_breaches = got.ticket_breaches
        assert without_inputs(report_json(report)) == without_inputs(report_json(expected)), name
        assert report.inputs["tickets"] == str(tmp_path / name)
    assert expected.objective("first-response").counted == 3


def _parquet(path: Path, columns: dict, schema: dict | None = None) -> Path:  # type: ignore[type-arg]
    pl.DataFrame(columns, schema=schema).write_parquet(path)
    return path


@pytest.mark.parametrize(
    ("columns", "message"),
    [
        (
            {"id": ["T-1"], "created_at": [20260302]},
            "column 'created_at' holds Int64 values, not timestamps or ISO 8601 date and time "
            "text — store it as timestamps, or as text such as 2026-03-02T09:15:00+01:00",
        ),
        (
            {"id": [1.5], "created_at": ["2026-03-02T10:00:00+01:00"]},
            "column 'id' holds Float64 values, not text — store it as a text (string) column",
        ),
        (
            {"id": ["T-1", "T-2"], "created_at": ["2026-03-02T10:00:00+01:00", "soon"]},
            "row 2, column 'created_at': 'soon' is not a date and time — write ISO 8601 with the "
            "UTC offset, e.g. 2026-03-02T09:15:00+01:00",
        ),
        (
            {"id": [7, 8, 7], "created_at": ["2026-03-02T10:00:00+01:00"] * 3},
            "row 3, column 'id': ticket '7' is listed twice (first in row 1)",
        ),
        (
            {
                "id": ["T-1"],
                "created_at": [dt.datetime(2026, 3, 29, 2, 30)],  # does not exist in Madrid
            },
            "row 1, column 'created_at': '2026-03-29 02:30:00.000000' is not a date and time",
        ),
    ],
    ids=["time-as-number", "id-as-float", "bad-text-time", "repeated-number-id", "no-such-time"],
)
def test_a_parquet_file_is_refused_with_its_row_and_column(
    tmp_path: Path,
    columns: dict,  # type: ignore[type-arg]
    message: str,
) -> None:
    path = _parquet(tmp_path / "tickets.parquet", columns)
    with pytest.raises(ComplianceDataError) as caught:
        compliance_report(support(), "2026-03", tickets=path)
    assert str(caught.value).startswith(f"{path}: {message}")


def test_a_file_that_is_not_parquet_is_refused(tmp_path: Path) -> None:
    named = tmp_path / "tickets.parquet"
    named.write_text(HEADER, encoding="utf-8")
    with pytest.raises(ComplianceDataError) as caught:
        compliance_report(support(), "2026-03", tickets=named)
    assert str(caught.value) == (
        f"{named}: is named as a Parquet file but is not one (it does not begin with PAR1) — "
        "export it again as Parquet, or save it as UTF-8 CSV"
    )
    whole = _parquet(tmp_path / "whole.parquet", {"id": ["T-1"] * 50, "created_at": ["x"] * 50})
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(whole.read_bytes()[:-30])  # cut short: no footer
    with pytest.raises(ComplianceDataError) as caught:
        compliance_report(support(), "2026-03", tickets=broken)
    assert str(caught.value).startswith(f"{broken}: is not a readable Parquet file (")
    assert str(caught.value).endswith("— export it again as Parquet, or save it as UTF-8 CSV")
