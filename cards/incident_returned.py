"""An incident form the server turned down, on a card of its own, as it was typed.

The decisions form and the incident card's smaller forms (severity and owner, update, support)
come back the same way: the form's title, a summary of what stops it, every field as typed with
its problem under it, the form's buttons and a way back to the incident. Building that once keeps
the forms from drifting apart in how they show a slip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cards.common import Card, Element, card, execute, field_error, notice, text
from cards.verbs import IncidentVerb

REFERENCE = "reference"
# The longest answer a written field takes: the same limit the incident store checks.
TEXT_LIMIT = 2000
SUMMARY = "Nothing has been recorded yet: please check the highlighted answers."


def with_error(errors: Mapping[str, str], element: Element) -> list[Element]:
    """The field, and under it the problem the server found with its answer, if any."""
    problem = errors.get(element["id"])
    return [element, field_error(problem)] if problem else [element]


def returned_card(
    reference: str,
    title: str,
    errors: Mapping[str, str],
    fields: Sequence[Element],
    buttons: Sequence[Element],
) -> Card:
    """The form on a card of its own: ``errors[""]`` (or the general summary) heads it when any
    answer was turned down."""
    body: list[Element] = [text(title, heading=True)]
    if errors:
        body.append(notice([text(errors.get("") or SUMMARY, weight="Bolder")], "attention"))
    back = execute(
        "Back to the incident", IncidentVerb.VIEW, {REFERENCE: reference}, associated_inputs="none"
    )
    return card([*body, *fields], fallback_text=title, actions=[*buttons, back])
