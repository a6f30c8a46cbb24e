"""Messages as data: each finding, problem and refusal is a template plus its values."""

from __future__ import annotations

import copy
import datetime as dt
import importlib
import pickle
import pkgutil
import string
import sys
from typing import Any

import pytest
from pydantic import ValidationError

from slawriter.model import Agreement, describe, readiness, rule_violations
from slawriter.model.agreement import AgreementStatus, MetricKind, TargetUnit
from slawriter.model.findings import ReadinessMessage
from slawriter.model.lifecycle import LifecycleError, LifecycleMessage, set_status
from slawriter.model.messages import (
    FieldRefusal,
    InvalidValue,
    Message,
    MessageTemplate,
    Word,
    Words,
    as_message,
    render,
    template_tables,
)
from slawriter.model.rules import RuleMessage
from slawriter.model.sections import Loc, place_words
from slawriter.model.types import ValueMessage
from tests import factories


def core_message_tables() -> list[type[MessageTemplate]]:
    """Every table of the core, whichever tests ran before: each core module imported first.

    ``template_tables()`` lists the tables of the modules imported so far, which in a test run
    depends on the other tests; the app's tables are the app tests' (test_error_messages).
    """
    import slawriter

    for module in pkgutil.walk_packages(slawriter.__path__, "slawriter."):
        if module.name == "slawriter.__main__" or module.name.startswith("slawriter.app"):
            continue
        importlib.import_module(module.name)
    current = [
        table
        for table in template_tables()
        # A test that imports a module afresh leaves the old classes behind as subclasses too.
        if getattr(sys.modules.get(table.__module__), table.__qualname__, None) is table
        and table.__module__.startswith("slawriter.")
        and not table.__module__.startswith("slawriter.app")
    ]
    return sorted(current, key=lambda table: (table.__module__, table.__qualname__))


def test_the_model_has_its_message_tables() -> None:
    tables = set(core_message_tables())
    assert {RuleMessage, ReadinessMessage, LifecycleMessage, ValueMessage} <= tables


@pytest.mark.parametrize(
    "template",
    [template for table in core_message_tables() for template in table],
    ids=lambda t: f"{type(t).__name__}.{t.name}",
)
def test_templates_use_named_placeholders_only(template: MessageTemplate) -> None:
    """Named and plain, so a translation can move them and needs no format spec."""
    for _, name, spec, conversion in string.Formatter().parse(template.value):
        if name is None:
            continue
        assert name.isidentifier(), template
        assert not spec and conversion is None, template


def test_a_rule_problem_is_a_template_and_its_values() -> None:
    a = factories.agreement()
    a.parties = a.parties[:1]
    problem = rule_violations(a)[0]
    assert problem.template is RuleMessage.TOO_FEW_PARTIES
    assert problem.params == {"count": 1}
    assert problem.message == "an agreement needs at least two parties; it has 1"


def test_a_finding_is_a_template_and_its_values() -> None:
    a = factories.agreement()
    objective = a.service_levels.objectives[0]
    objective.data_source = ""
    (finding,) = readiness(a)
    assert finding.template is ReadinessMessage.NO_DATA_SOURCE
    assert finding.params == {"objective": objective.name}
    assert finding.message == f"'{objective.name}' has no data source"
    assert finding.message == render(finding.template, finding.params)


def test_enum_choices_in_a_message_are_words() -> None:
    a = factories.agreement()
    response = a.service_levels.objectives[1]
    response.target.unit = TargetUnit.PERCENT
    problem = rule_violations(a)[0]
    assert problem.template is RuleMessage.TARGET_UNIT_NOT_ALLOWED
    metric, units = problem.params["metric"], problem.params["units"]
    assert metric == Word(response.metric, "first response time")
    assert isinstance(units, Words)
    first_two = [w.member for w in units.items][:2]
    assert first_two == [TargetUnit.BUSINESS_DAYS, TargetUnit.BUSINESS_HOURS]
    assert response.metric is MetricKind.FIRST_RESPONSE_TIME
    assert problem.message == (
        "a first response time target is measured in business days, business hours, days, "
        "hours, minutes, not percent"
    )


def test_a_validator_refuses_with_a_template() -> None:
    data = factories.agreement().model_dump(mode="python")
    data["agreement"]["currency"] = "XYZ"
    with pytest.raises(ValidationError) as refused:
        Agreement.model_validate(data)
    error = refused.value.errors()[0]
    assert error["msg"] == "Value error, 'XYZ' is not an ISO 4217 currency code such as EUR or USD"
    cause = error["ctx"]["error"]
    assert isinstance(cause, InvalidValue)
    assert cause.template is ValueMessage.UNKNOWN_CURRENCY
    assert cause.params == {"value": "XYZ"}


def test_a_refused_lifecycle_step_is_a_template() -> None:
    a = factories.agreement()
    at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with pytest.raises(LifecycleError) as refused:
        set_status(a, AgreementStatus.SIGNED, by="Ana", at=at)
    assert refused.value.template is LifecycleMessage.TRANSITION
    assert str(refused.value) == (
        "an agreement that is draft cannot become signed; allowed: in_review, superseded"
    )


def test_a_refusal_survives_a_copy() -> None:
    """Rebuilt from its template and values (an exception is copied and pickled by its args)."""
    refusal = InvalidValue(ValueMessage.UNKNOWN_CURRENCY, value="XYZ")
    again = pickle.loads(pickle.dumps(refusal))
    assert isinstance(again, InvalidValue) and again.params == {"value": "XYZ"}
    assert str(again) == str(refusal)
    locked = copy.copy(LifecycleError(LifecycleMessage.ALREADY, status="signed"))
    assert str(locked) == "the agreement is already signed"


def _paths(node: Any, loc: Loc = ()) -> list[Loc]:
    """Every path into a JSON-like tree, its inner nodes included."""
    out = [loc]
    if isinstance(node, dict):
        for key, value in node.items():
            out.extend(_paths(value, (*loc, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out.extend(_paths(value, (*loc, index)))
    return out


def test_describe_translates_the_model_words_and_keeps_the_names() -> None:
    a = factories.agreement()
    loc = ("service_levels", "objectives", 0, "target", "value")
    name = a.service_levels.objectives[0].name
    assert describe(loc, a, str.upper) == (
        f"SERVICE LEVEL OBJECTIVES › OBJECTIVES › OBJECTIVE 1 “{name}” › TARGET › VALUE"
    )
    assert describe(loc, a) == (
        f"Service level objectives › Objectives › Objective 1 “{name}” › Target › Value"
    )


def test_every_word_of_a_place_is_listed_for_the_translators() -> None:
    asked: set[str] = set()

    def record(text: str) -> str:
        asked.add(text)
        return text

    a = factories.agreement()
    for loc in _paths(a.model_dump(mode="json")):
        describe(loc, a, record)
    assert {"Agreement file", "Tier", "Row", "Period", "Item"} <= asked
    assert asked <= set(place_words())


def test_a_message_can_hold_a_message_and_a_pydantic_refusal() -> None:
    data = factories.agreement().model_dump(mode="python")
    data["agreement"]["version"] = 0
    with pytest.raises(ValidationError) as refused:
        Agreement.model_validate(data)
    refusal = FieldRefusal(refused.value.errors()[0])
    assert str(refusal) == "input should be greater than or equal to 1"
    inner = Message(LifecycleMessage.ALREADY, {"status": "signed"})
    outer = Message(LifecycleMessage.SIGN_OFFS_MISSING, {"missing": inner})
    assert str(outer).endswith("; missing: the agreement is already signed")
    assert render(RuleMessage.TOO_FEW_PARTIES, {"count": refusal}).endswith(
        "it has input should be greater than or equal to 1"
    )
    assert as_message(InvalidValue(ValueMessage.NOT_FINITE)) == Message(ValueMessage.NOT_FINITE)
