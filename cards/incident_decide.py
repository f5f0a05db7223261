"""The reporting decisions and the outcome of an incident, on one form with one submit.

Policy §2.5 has a serious incident reported to the Charity Commission, the police or other
regulators (the ICO for a personal-data breach) and to HSUK where the criteria are met; each of
these is a decision of its own, and none waits for another. So the form asks each body still
undecided (reported when and by whom, or why not) and the outcome, and the manager records any
of them, or all of them and closes, with one press. When the server rejects an answer the form
comes back with everything as typed and the problem under its field, and nothing is recorded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from cards.common import Card, Element, choice_set, execute, input_text, text
from cards.incident_returned import REFERENCE as REFERENCE
from cards.incident_returned import TEXT_LIMIT as TEXT_LIMIT
from cards.incident_returned import returned_card, with_error
from cards.verbs import IncidentVerb
from graph.records.incidents import Route

# "Another body" section; also the single decision older incident cards still send.
ROUTE = "route"
REPORTED = "reported"
REPORTED_ON = "reported_on"
REPORTED_BY = "reported_by"
REASON = "reason"
OUTCOME = "outcome"
DECISIONS = (("Reported", "yes"), ("Not reported", "no"))


@dataclass(frozen=True)
class DecisionIds:
    """The input ids of one body's decision: reported or not, on what date, by whom, why not."""

    reported: str
    on: str
    by: str
    why: str

    @staticmethod
    def of(route: Route) -> DecisionIds:
        v = route.value
        return DecisionIds(f"{v}_reported", f"{v}_on", f"{v}_by", f"{v}_why")


OTHER = DecisionIds(REPORTED, REPORTED_ON, REPORTED_BY, REASON)


def cap(label: str) -> str:
    """ "the ICO" → "The ICO" (str.capitalize would lower the rest)."""
    return label[:1].upper() + label[1:]


@dataclass(frozen=True)
class DecisionForm:
    """What the form asks, what was typed and what was wrong (both keyed by input id).

    ``needed`` are the bodies the incident must have a decision for before it closes and has not;
    ``others`` can be chosen in the optional "another body" section. ``errors[""]`` is a problem
    with no field of its own.
    """

    reference: str
    needed: Sequence[Route]
    others: Sequence[Route]
    today: date
    values: Mapping[str, str] = field(default_factory=dict)
    errors: Mapping[str, str] = field(default_factory=dict)


def form_fields(form: DecisionForm) -> list[Element]:
    v, errors = form.values, form.errors

    def with_errors(element: Element) -> list[Element]:
        return with_error(errors, element)

    def decision(ids: DecisionIds, name: str) -> list[Element]:
        prefix = f"{name}: " if name else ""
        chosen = v.get(ids.reported)
        date_field: Element = {
            "type": "Input.Date",
            "id": ids.on,
            "label": cap(f"{prefix}date reported"),
            "max": form.today.isoformat(),
            "errorMessage": "Give the date it was reported: today or earlier.",
        }
        if v.get(ids.on):
            date_field["value"] = v[ids.on]
        return [
            *with_errors(
                choice_set(
                    ids.reported,
                    cap(f"{prefix}decision"),
                    DECISIONS,
                    expanded=True,
                    value=chosen,
                )
            ),
            *with_errors(date_field),
            *with_errors(
                input_text(
                    ids.by,
                    cap(f"{prefix}reported by (if not you)"),
                    max_length=200,
                    value=v.get(ids.by),
                )
            ),
            *with_errors(
                input_text(
                    ids.why,
                    cap(f"{prefix}why not reported"),
                    multiline=True,
                    max_length=TEXT_LIMIT,
                    value=v.get(ids.why),
                )
            ),
        ]

    body: list[Element] = []
    if form.needed:
        body.append(
            text(
                "For each: reported (the date, and who if not you) or not reported (why). "
                "Leave one blank to decide it later.",
                subtle=True,
                size="Small",
            )
        )
    for route in form.needed:
        body.append(text(cap(route.label), weight="Bolder", spacing="Medium"))
        body += decision(DecisionIds.of(route), cap(route.label))
    if form.others:
        body.append(text("Another body (optional)", weight="Bolder", spacing="Medium"))
        chosen = v.get(ROUTE)
        body += with_errors(
            choice_set(ROUTE, "Report to", [(cap(r.label), r.value) for r in form.others], value=chosen)
        )
        body += decision(OTHER, "")
    body.append(text("Closing", weight="Bolder", spacing="Medium"))
    body += with_errors(
        input_text(
            OUTCOME,
            "Outcome (to close)",
            multiline=True,
            max_length=TEXT_LIMIT,
            value=v.get(OUTCOME),
        )
    )
    return body


def form_buttons(form: DecisionForm) -> list[Element]:
    ref = {REFERENCE: form.reference}
    close = "Record and close" if form.needed else "Close incident"
    return [
        execute("Record decisions", IncidentVerb.DECIDE, ref),
        execute(close, IncidentVerb.CLOSE, ref, style="destructive"),
    ]


def build_decisions_card(form: DecisionForm) -> Card:
    """The form on a card of its own, as typed, with each problem under its field."""
    title = f"{form.reference}: decisions and closing"
    return returned_card(form.reference, title, form.errors, form_fields(form), form_buttons(form))
