"""A fully populated agreement: every field set, values distinct enough to find in the PDF."""

from __future__ import annotations

from typing import Any

from slawriter.model import Agreement
from slawriter.model.types import SCHEMA_VERSION


def full_agreement_data(language: str = "en") -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "agreement": {
            "kind": "customer",
            "title": "Managed Hosting Service Level Agreement",
            "document_id": "SLA-2026-014",
            "version": 3,
            "language": language,
            "currency": "EUR",
            "time_zone": "Europe/Madrid",
            "effective_date": "2026-03-01",
            "term": {"months": 24, "renewal": "automatic", "renewal_months": 12, "notice_days": 90},
            "party_terms": {
                "provider": "el Anfitrión" if language == "es" else "the Host",
                "customer": "el Comercio" if language == "es" else "the Merchant",
            },
            "purpose": "Northwind hosts the Customer's order platform and keeps it available.",
            "master_agreement": "Master Services Agreement MSA-2025-07",
            "order_of_precedence": ["Master Services Agreement", "This SLA", "Order forms"],
        },
        "parties": [
            {
                "id": "northwind",
                "name": "Northwind Hosting S.L.",
                "kind": "organization",
                "role": "provider",
                "registration": "B-12345678",
                "address": "Calle Mayor 1\n28013 Madrid",
                "representatives": [
                    {
                        "name": "Lucia Ortega",
                        "title": "Managing Director",
                        "email": "lucia@northwind.example",
                        "phone": "+34 600 000 001",
                    }
                ],
                "contacts": [
                    {
                        "name": "Service Desk Team",
                        "title": "First line support",
                        "email": "desk@northwind.example",
                        "phone": "+34 600 000 002",
                    }
                ],
            },
            {
                "id": "contoso",
                "name": "Contoso Retail GmbH",
                "kind": "organization",
                "role": "customer",
                "registration": "HRB 998877",
                "address": "Hauptstrasse 5, 10115 Berlin",
                "representatives": [
                    {
                        "name": "Jonas Weber",
                        "title": "Chief Information Officer",
                        "email": "jonas@contoso.example",
                        "phone": "+49 30 1234567",
                    }
                ],
                "contacts": [],
            },
        ],
        "scope": {
            "services": [
                {
                    "id": "hosting",
                    "name": "Order Platform Hosting",
                    "description": "Operation of the production order platform.",
                    "components": ["Web front end", "Order database", "Nightly backups"],
                }
            ],
            "out_of_scope": ["Application development", "End-user training"],
            "coverage_calendar": "madrid-office",
            "support_channels": [
                {
                    "kind": "email",
                    "address": "support@northwind.example",
                    "hours": "Mon to Fri 08:00 to 20:00",
                    "calendar": None,
                },
                {
                    "kind": "phone",
                    "address": "+34 900 100 200",
                    "hours": "",
                    "calendar": "madrid-office",
                },
            ],
            "dependencies": ["Payment gateway of the Customer"],
            "users_and_locations": ["Stores in Germany and Austria"],
        },
        "responsibilities": {
            "items": [
                {
                    "id": "monitoring",
                    "owners": ["northwind"],
                    "kind": "duty",
                    "text": "Monitor the platform around the clock",
                },
                {
                    "id": "contacts-current",
                    "owners": ["contoso"],
                    "kind": "credit_condition",
                    "text": "Keep its list of authorised contacts up to date",
                },
                {
                    "id": "joint-review",
                    "owners": ["northwind", "contoso"],
                    "kind": "duty",
                    "text": "Take part in the quarterly capacity planning",
                },
            ],
            "request_requirements": ["Affected store or system", "Time the problem started"],
        },
        "service_levels": {
            "calendars": [
                {
                    "id": "madrid-office",
                    "name": "Madrid office hours",
                    "time_zone": "Europe/Madrid",
                    "hours": [
                        {"weekday": d, "start": "09:00:00", "end": "18:00:00"}
                        for d in ("monday", "tuesday", "wednesday", "thursday", "friday")
                    ],
                    "holidays_country": "ES",
                    "holidays_subdivision": "MD",
                    "closures": ["2026-12-24"],
                }
            ],
            "priorities": [
                {"id": "p1", "name": "P1 Urgent", "description": "All stores cannot take orders."},
                {"id": "p2", "name": "P2 High", "description": "One store cannot take orders."},
                {"id": "p3", "name": "P3 Question", "description": "How-to questions."},
            ],
            "objectives": [
                {
                    "id": "uptime",
                    "name": "Platform availability",
                    "metric": "availability",
                    "description": "Share of minutes in which the order platform answers.",
                    "target": {"comparator": "gte", "value": "99.95", "unit": "percent"},
                    "priority_targets": [],
                    "window": {"kind": "month", "days": None},
                    "calendar": None,
                    "clock": {"start": "", "pause": "", "stop": ""},
                    "data_source": "External probe every minute",
                    "measurement_method": "Good minutes divided by total minutes.",
                    "downtime_definition": "A minute with more than 5 failed probes.",
                    "reporting_frequency": "monthly",
                    "responsible_party": "northwind",
                    "internal_target": {"comparator": "gte", "value": "99.99", "unit": "percent"},
                },
                {
                    "id": "first-response",
                    "name": "First response to incidents",
                    "metric": "first_response_time",
                    "description": "",
                    "target": {"comparator": "lte", "value": "4", "unit": "business_hours"},
                    "priority_targets": [
                        {
                            "priority": "p1",
                            "target": {"comparator": "lte", "value": "30", "unit": "minutes"},
                        },
                        {
                            "priority": "p2",
                            "target": {"comparator": "lte", "value": "2", "unit": "hours"},
                        },
                        {"priority": "p3", "best_effort": True, "target": None},
                    ],
                    "window": {"kind": "rolling_days", "days": 28},
                    "calendar": "madrid-office",
                    "clock": {
                        "start": "when the ticket is logged",
                        "pause": "while waiting for the Customer",
                        "stop": "when an engineer replies in person",
                    },
                    "data_source": "Service desk tool",
                    "measurement_method": "",
                    "downtime_definition": "",
                    "reporting_frequency": "weekly",
                    "responsible_party": "northwind",
                    "internal_target": None,
                },
                {
                    "id": "pipeline",
                    "name": "Qualified opportunities delivered",
                    "metric": "delivery_volume",
                    "description": "",
                    "target": {"comparator": "gte", "value": "100000", "unit": "money"},
                    "priority_targets": [],
                    "volume": "commitment",
                    "window": {"kind": "quarter", "days": None},
                    "calendar": None,
                    "clock": {"start": "", "pause": "", "stop": ""},
                    "data_source": "",
                    "measurement_method": "",
                    "downtime_definition": "",
                    "reporting_frequency": "quarterly",
                    "responsible_party": "contoso",
                    "internal_target": None,
                },
            ],
        },
        "limitations": {
            "maintenance": {
                "window": "Sundays 02:00 to 06:00 CET",
                "notice": {"value": "5", "unit": "business_days"},
                "max_per_month": {"value": "8", "unit": "hours"},
                "excluded_from_downtime": True,
            },
            "exclusions": [
                {"id": "fm", "kind": "force_majeure", "text": ""},
                {"id": "cust", "kind": "customer_caused", "text": "Changes made by the Customer"},
            ],
            "usage_limits": ["At most 500 orders per second"],
            "standards": ["ISO/IEC 27001 controls"],
        },
        "consequences": {
            "credit_tiers": [
                {
                    "id": "t1",
                    "objective": "uptime",
                    "below": "99.95",
                    "at_least": "99",
                    "credit_percent": "10",
                },
                {
                    "id": "t2",
                    "objective": "uptime",
                    "below": "99",
                    "at_least": "95",
                    "credit_percent": "25",
                },
                {
                    "id": "t3",
                    "objective": "uptime",
                    "below": "95",
                    "at_least": "0",
                    "credit_percent": "50",
                },
            ],
            "credit_cap_percent": "60",
            "credit_cap_term_percent": "8",
            "credit_cap_term": "subscription_period",
            "monthly_fee": "12500",
            "claim": {
                "deadline_days": 30,
                "required_information": ["Dates and times of each incident", "Affected stores"],
                "application": "future_invoices",
                "applied_within_days": 45,
                "expiry": "order_form_end",
            },
            "sole_remedy": True,
            "escalation": [
                {
                    "id": "l1",
                    "name": "Service manager",
                    "party": "northwind",
                    "contact": {
                        "name": "Pablo Ruiz",
                        "title": "Service Manager",
                        "email": "pablo@northwind.example",
                        "phone": "+34 600 000 003",
                    },
                    "after": {"value": "4", "unit": "hours"},
                    "objectives": ["uptime"],
                },
                {
                    "id": "l2",
                    "name": "Support lead",
                    "party": "northwind",
                    "contact": {"name": "Irene Gil", "title": "", "email": "", "phone": ""},
                    "after": None,
                    "at_percent": "75",
                    "objectives": ["first-response"],
                },
            ],
            "remediation_plan": "A written root cause analysis within ten business days.",
            "chronic_failure": {
                "missed_periods": 2,
                "out_of": 3,
                "remedy": "Terminate the affected Service.",
            },
            "non_monetary": ["A review meeting between both service owners"],
        },
        "governance": {
            "reporting": {
                "frequency": "monthly",
                "contents": ["Attainment of each objective", "Incidents of the month"],
                "recipients": "the Customer's IT operations team",
            },
            "review": {
                "frequency": "quarterly",
                "participants": "both service owners",
                "agenda": "Trends, open problems and planned changes.",
            },
            "change_control": "Changes are requested through the change board.",
            "definitions": [
                {"term": "Incident", "meaning": "An unplanned interruption of a Service."},
                {"term": "Business Day", "meaning": "A working day of the Madrid office calendar."},
            ],
            "extra_clauses": [
                {
                    "id": "confidentiality",
                    "title": "Confidentiality",
                    "text": "Reports are confidential.",
                }
            ],
        },
        "signoff": {
            "status": "in_review",
            "signatories": [
                {
                    "id": "sig-lucia",
                    "party": "northwind",
                    "name": "Lucia Ortega",
                    "title": "Managing Director",
                    "email": "lucia@northwind.example",
                },
                {
                    "id": "sig-jonas",
                    "party": "contoso",
                    "name": "Jonas Weber",
                    "title": "Chief Information Officer",
                    "email": "jonas@contoso.example",
                },
            ],
            "approvals": [
                {
                    "role": "Legal review",
                    "name": "Marta Gil",
                    "date": "2026-02-20",
                    "note": "No objections",
                }
            ],
            "revisions": [
                {
                    "version": 1,
                    "date": "2026-01-10",
                    "author": "Ana Lopez",
                    "summary": "First draft",
                    "fingerprint": "",
                },
                {
                    "version": 3,
                    "date": "2026-02-15",
                    "author": "Ana Lopez",
                    "summary": "Credits revised",
                    "fingerprint": "0123456789ab",
                },
            ],
        },
    }


def full_agreement(language: str = "en") -> Agreement:
    return Agreement.model_validate(full_agreement_data(language))
