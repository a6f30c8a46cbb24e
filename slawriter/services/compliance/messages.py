"""What the compliance check says about its inputs: English templates, translated by the app.

A bad data file raises :class:`~slawriter.services.compliance.inputs.ComplianceDataError` (a
``DocumentError``: file, place, what is wrong, what to do), a bad month :class:`PeriodError`
and a bad column mapping :class:`ColumnMapError`. Column names, values and IDs from the files
and the agreement are the messages' values, shown as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model.messages import Message, MessageTemplate, PhrasedError
from ...storage.errors import FilePlace


class ComplianceMessage(MessageTemplate):
    """What is wrong with a month, a column mapping or a tickets, incidents or metrics file."""

    NOT_A_MONTH = "'{period}' is not a month; write it as YYYY-MM, e.g. 2026-03"
    OUTSIDE_YEARS = "'{period}' is outside the years 1900 to 2200 an agreement can cover"
    NOT_A_MAPPING = "'{item}' is not NAME=COLUMN, e.g. created_at=Opened"
    UNKNOWN_COLUMN = "'{name}' is not a column slawriter reads; it reads {columns}"
    TICKETS_MISSING = "the tickets file does not exist"
    INCIDENTS_MISSING = "the incidents file does not exist"
    METRICS_MISSING = "the metrics file does not exist"
    UNREADABLE = "cannot be read ({reason})"
    NOT_A_REGULAR_FILE = "is not a regular file (a pipe or a device?); give a CSV file"
    TICKETS_FOLDER = "is a folder, not a tickets file (CSV or Parquet)"
    INCIDENTS_FOLDER = "is a folder, not an incidents CSV file"
    METRICS_FOLDER = "is a folder, not a metrics CSV file"
    TICKETS_TOO_LARGE = "is too large for a tickets file ({size} bytes)"
    INCIDENTS_TOO_LARGE = "is too large for an incidents file ({size} bytes)"
    METRICS_TOO_LARGE = "is too large for a metrics file ({size} bytes)"
    NOT_CSV = "is not a readable CSV file ({error})"
    NOT_PARQUET = "is named as a Parquet file but is not one (it does not begin with PAR1)"
    NOT_READABLE_PARQUET = "is not a readable Parquet file ({error})"
    PARQUET_NOT_TIMES = (
        "column '{column}' holds {type} values, not timestamps or ISO 8601 date and time text"
    )
    PARQUET_NOT_TEXT = "column '{column}' holds {type} values, not text"
    TICKETS_SAME_NAME = "two columns of the tickets file would both be read as '{column}'"
    INCIDENTS_SAME_NAME = "two columns of the incidents file would both be read as '{column}'"
    METRICS_SAME_NAME = "two columns of the metrics file would both be read as '{column}'"
    TICKETS_NO_COLUMN = "the tickets file has no '{column}' column (its columns: {columns})"
    INCIDENTS_NO_COLUMN = "the incidents file has no '{column}' column (its columns: {columns})"
    METRICS_NO_COLUMN = "the metrics file has no '{column}' column (its columns: {columns})"
    TICKETS_NO_COLUMNS = "the tickets file has no '{column}' column (its columns: none)"
    INCIDENTS_NO_COLUMNS = "the incidents file has no '{column}' column (its columns: none)"
    METRICS_NO_COLUMNS = "the metrics file has no '{column}' column (its columns: none)"
    NOT_A_TIME = "'{value}' is not a date and time"
    NOT_A_PAUSE_TIME = "'{value}' in a pause interval is not a date and time"
    TICKET_ENDS_EARLY = "the ticket ends before it starts ('{end}' is earlier than '{start}')"
    RESPONSE_ENDS_EARLY = (
        "the ticket's response time ends before it starts ('{end}' is earlier than '{start}')"
    )
    PAUSE_ENDS_EARLY = "a pause interval ends before it starts"
    PAUSE_BEFORE_CREATED = "a pause interval starts before the ticket was created"
    PAUSE_AFTER_RESOLVED = "a pause interval starts after the ticket was resolved"
    INCIDENT_ENDS_EARLY = "the incident ends before it starts ('{end}' is earlier than '{start}')"
    NO_CREATION_TIME = "the ticket has no creation time"
    NO_TICKET_ID = "the ticket has no ID"
    DUPLICATE_TICKET = "ticket '{ticket}' is listed twice (first on line {first})"
    DUPLICATE_TICKET_ROW = "ticket '{ticket}' is listed twice (first in row {first})"
    NOT_A_PAUSE = "'{value}' is not a pause interval"
    PAUSES_OVERLAP = "two pause intervals of the ticket overlap"
    NO_START_TIME = "the incident has no start time"
    NOT_A_PERIOD = "'{value}' is not a period"
    NOT_A_NUMBER = "'{value}' is not a number"
    SECOND_VALUE = "a second value for objective '{objective}' in {period}"
    NO_SUCH_OBJECTIVE = "the agreement has no objective '{objective}'"
    PERIOD_NOT_OF_WINDOW = (
        "objective '{objective}' is measured per {window}, so its period is written {form}, "
        "not '{value}'"
    )
    VALUE_NOT_NPS = (
        "{value} is not a Net Promoter Score for objective '{objective}': it lies between -100 "
        "and 100"
    )
    VALUE_NOT_PERCENT = (
        "{value} is not a percentage for objective '{objective}': it lies between 0 and 100"
    )
    VALUE_NOT_COUNT = (
        "{value} is not a count for objective '{objective}': a count is a whole number, 0 or more"
    )
    VALUE_NEGATIVE = "{value} cannot be a value of objective '{objective}': it cannot be negative"
    PER_PRIORITY_NOT_ONE_VALUE = (
        "objective '{objective}' has a target for each priority, so one value cannot say "
        "whether it was met"
    )
    NOT_A_PRIORITY = "'{value}' is not a priority of the agreement"
    NO_PRIORITY = "the ticket has no priority"
    NOT_AN_EXCLUSION = "'{value}' is not an exclusion of the agreement"


class ComplianceHint(MessageTemplate):
    """What to do about a data file the compliance check cannot use."""

    SAVE_AS_UTF8_CSV = "save it as UTF-8 CSV"
    SAVE_AS_PARQUET = "export it again as Parquet, or save it as UTF-8 CSV"
    WRITE_TIMESTAMPS = "store it as timestamps, or as text such as 2026-03-02T09:15:00+01:00"
    WRITE_TEXT = "store it as a text (string) column"
    RENAME_ONE = "rename one, or change the column mapping"
    CHECK_MAPPING = "check the column mapping for '{name}'"
    ADD_COLUMN = "add it, or map your column name to it"
    WRITE_TIME = "write ISO 8601 with the UTC offset, e.g. 2026-03-02T09:15:00+01:00"
    WRITE_PAUSE_TIMES = "write start/end in ISO 8601 with the UTC offset"
    WRITE_PAUSES = "write start/end in ISO 8601, several separated by ';'"
    MERGE_PAUSES = "merge them into one interval"
    WRITE_PERIOD = "write YYYY-MM for a month, YYYY-Qn for a quarter or YYYY for a year"
    WRITE_NUMBER = "write a plain number such as 104500.50"
    ONE_ROW = "keep one row per objective and period"
    USE_OBJECTIVE = "use one of its objective IDs: {objectives}"
    USE_OBJECTIVE_NONE = "use one of its objective IDs: none"
    GIVE_TICKETS = (
        "remove the row and give the tickets file (--tickets), which is measured per priority"
    )
    USE_PRIORITY = "use one of {priorities}, or map your priority column"
    WRITE_EXCLUSION = "write yes/no, or one of: {reasons}"
    WRITE_EXCLUSION_NONE = "write yes/no, or one of: (none listed)"


class CompliancePlace(MessageTemplate):
    """A place in a data file."""

    LINE_COLUMN = "line {line}, column '{column}'"
    ROW = "row {row}"
    ROW_COLUMN = "row {row}, column '{column}'"


def at_cell(line: int, column: str) -> Message:
    """The place "line 3, column 'created_at'" of a data file."""
    return Message(CompliancePlace.LINE_COLUMN, {"line": line, "column": column})


@dataclass(frozen=True, slots=True)
class Rows:
    """How a data file's rows are named in a message: lines of a CSV file (the header is line
    1), rows of a Parquet file (the first is row 1)."""

    first: int
    in_lines: bool

    def number(self, index: int) -> int:
        """The number of the data row ``index`` (0 for the first)."""
        return index + self.first

    def cell(self, index: int, column: str) -> Message:
        """ "line 3, column 'created_at'" or "row 2, column 'created_at'"."""
        if self.in_lines:
            return at_cell(self.number(index), column)
        return Message(CompliancePlace.ROW_COLUMN, {"row": self.number(index), "column": column})

    def place(self, index: int) -> Message:
        """ "line 3" or "row 2"."""
        if self.in_lines:
            return Message(FilePlace.LINE, {"line": self.number(index)})
        return Message(CompliancePlace.ROW, {"row": self.number(index)})


CSV_LINES = Rows(2, in_lines=True)
PARQUET_ROWS = Rows(1, in_lines=False)


class PeriodError(PhrasedError):
    """The period is not a month written YYYY-MM."""


class ColumnMapError(PhrasedError):
    """A column mapping that names a column slawriter does not read, or is not NAME=COLUMN."""
