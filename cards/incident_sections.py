"""The incident card's smaller forms: an update, support given, severity and owner.

Each is a section of the incident card and, when the server turns an answer down, a card of its
own holding every answer as it was typed with the problem under its field (the way the
decisions form comes back), so nobody has to open the section again and retype. The section and
the card are built by the same functions and can never offer different fields.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from cards.common import Card, Element, action_set, choice_set, execute, input_text
from cards.incident_returned import REFERENCE as REFERENCE
from cards.incident_returned import TEXT_LIMIT as TEXT_LIMIT
from cards.incident_returned import returned_card, with_error
from cards.verbs import IncidentVerb
from graph.records.incidents import Severity

SEVERITY = "severity"
OWNER = "owner"
UPDATE_TEXT = "update_text"
SUPPORT_TEXT = "support_text"


class Section(StrEnum):
    """The sections, by the title of the button that opens each."""

    SEVERITY_OWNER = "Severity and owner"
    UPDATE = "Add update"
    SUPPORT = "Record support"


@dataclass(frozen=True)
class SectionForm:
    """A section's answers (as typed, or as recorded) and its problems, both keyed by input id."""

    reference: str
    values: Mapping[str, str] = field(default_factory=dict)
    errors: Mapping[str, str] = field(default_factory=dict)
    owners: Sequence[tuple[str, str]] = ()  # (name, value) choices for the owner


Build = Callable[[SectionForm], tuple[list[Element], list[Element]]]


def _severity_owner(form: SectionForm) -> tuple[list[Element], list[Element]]:
    ref = {REFERENCE: form.reference}
    severities = [(s.value.capitalize(), s.value) for s in Severity]
    body = [
        *with_error(
            form.errors, choice_set(SEVERITY, "Severity", severities, value=form.values.get(SEVERITY))
        ),
        action_set([execute("Set severity", IncidentVerb.SEVERITY, ref)]),
        *with_error(form.errors, choice_set(OWNER, "Owner", form.owners, value=form.values.get(OWNER))),
    ]
    return body, [execute("Assign owner", IncidentVerb.ASSIGN, ref)]


def _written(input_id: str, label: str, title: str, verb: IncidentVerb) -> Build:
    def build(form: SectionForm) -> tuple[list[Element], list[Element]]:
        field = input_text(
            input_id,
            label,
            required=True,
            multiline=True,
            max_length=TEXT_LIMIT,
            value=form.values.get(input_id),
        )
        return with_error(form.errors, field), [execute(title, verb, {REFERENCE: form.reference})]

    return build


BUILDS: dict[Section, Build] = {
    Section.SEVERITY_OWNER: _severity_owner,
    Section.UPDATE: _written(UPDATE_TEXT, "Update", "Add update", IncidentVerb.UPDATE),
    Section.SUPPORT: _written(SUPPORT_TEXT, "Support given", "Record support", IncidentVerb.SUPPORT),
}


def section(kind: Section, form: SectionForm) -> Element:
    """The button on the incident card that opens this form below it."""
    body, buttons = BUILDS[kind](form)
    return {
        "type": "Action.ShowCard",
        "title": kind.value,
        "card": {"type": "AdaptiveCard", "body": body, "actions": buttons},
    }


def build_section_card(kind: Section, form: SectionForm) -> Card:
    """The form on a card of its own, as typed, with each problem under its field."""
    title = f"{form.reference}: {kind.value[:1].lower()}{kind.value[1:]}"
    fields, buttons = BUILDS[kind](form)
    return returned_card(form.reference, title, form.errors, fields, buttons)
