"""Cards for the Board report: choosing the period, "being built", and the finished report."""

from __future__ import annotations

from collections.abc import Sequence

from cards.common import Card, action_set, card, choice_set, execute, facts, field_error, notice, text
from cards.verbs import ReportVerb

PERIOD_CHOICES = (
    ("Last quarter", "last_quarter"),
    ("This year so far", "this_year"),
    ("Since the last policy review", "since_review"),
    ("Custom dates", "custom"),
)


def _date_input(input_id: str, label: str, value: str = "") -> dict[str, object]:
    field: dict[str, object] = {"type": "Input.Date", "id": input_id, "label": label}
    if value:
        field["value"] = value
    return field


def period_card(*, error: str = "", choice: str = "last_quarter", start: str = "", end: str = "") -> Card:
    body = [
        text("Board report", heading=True, size="Large"),
        text(
            "Incidents, approvals, reviews, the register, leavers and policy questions for a period, "
            "as a Word document for the trustees. Safeguarding concerns are only counted."
        ),
        choice_set("period", "Which period?", PERIOD_CHOICES, required=True, expanded=True, value=choice),
        _date_input("from", "From (custom dates only)", start),
        _date_input("to", "To (custom dates only)", end),
    ]
    if error:
        body.append(field_error(error))
    body.append(action_set([execute("Build the report", ReportVerb.BUILD, style="positive")]))
    return card(body, fallback_text="Board report: choose the period to report on.")


def building_card(period_title: str) -> Card:
    return card(
        [
            text("Board report", heading=True, size="Large"),
            text(f"Building the report for {period_title}. It will be posted here when it is ready."),
        ],
        fallback_text=f"Building the Board report for {period_title}.",
    )


def report_card(
    period_title: str,
    headline: Sequence[tuple[str, str]],
    statuses: Sequence[tuple[str, str, str]],
    *,
    link: str,
    where: str,
    ready: bool,
) -> Card:
    """``statuses``: (area, Red/Amber/Green, why). ``ready`` False: the upload is still pending."""
    body = [
        text("Board report", heading=True, size="Large"),
        text(period_title, subtle=True, spacing="None"),
        facts(headline),
        text("Status", weight="Bolder"),
        facts([(area, f"{rag}: {why}") for area, rag, why in statuses]),
    ]
    if ready:
        body.append(text(f"The document is in {where}: [open the Board report]({link})"))
    else:
        body.append(
            notice(
                f"The document is not in {where} yet: the upload failed and will be tried again. "
                "It is kept safe until then, and you will get a card with the link.",
                "warning",
            )
        )
    return card(body, fallback_text=f"Board report for {period_title} is ready.")
