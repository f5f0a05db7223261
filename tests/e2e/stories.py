"""The steps the Playground stories share, so each story spells out only what is its own.

Every story opens the chat and waits for the welcome card; several report an incident or ask for
sign-off through the same forms before the part they are about; and every story reads the text
of the cards it waited for. Writing those once keeps the stories in step when a form changes.
"""

from __future__ import annotations

from typing import Any

from tests.e2e.harness import Step, choose, click, fill, hide_log_panel, open_page, send, wait_card

WELCOME = "Policy Steward"  # on the welcome card for Alex, who holds every role
ANNOUNCEMENT = "High-profile announcement"


def open_chat_as(welcome: str = WELCOME, *, hide_log: bool = True) -> list[Step]:
    """Open the Playground, wait for the welcome card (it names the persona) and, unless the
    story shows the log panel's place later, hide the panel so cards have the room."""
    steps = [open_page(), wait_card(welcome)]
    return [*steps, hide_log_panel()] if hide_log else steps


def report_incident_form(kind: str, where: str, what: str, *, happened_on: str | None = None) -> list[Step]:
    """Ask to report an incident, choose its kind and fill the form, up to (not including) Submit."""
    steps = [
        send("report incident"),
        wait_card("Kind of incident"),
        choose(kind),
        click("Continue"),
        wait_card("Submit report"),  # the form for this kind, in place of the first card
        fill("Where did it happen?", where),
    ]
    if happened_on is not None:
        steps.append(fill("Date it happened", happened_on))
    return [*steps, fill("What happened?", what)]


def approval_request_form(title: str, platforms: list[str], draft: str) -> list[Step]:
    """Ask for sign-off of an announcement and fill the form, up to (not including) Send."""
    return [
        send("request approval"),
        wait_card("Send for approval"),
        fill("What needs approval?", ANNOUNCEMENT),
        fill("Title", title),
        *(choose(platform) for platform in platforms),
        fill("Draft text", draft),
        choose("Yes, arranged (print or phone)"),
    ]


def waited_cards(result: dict[str, Any]) -> list[str]:
    """The text of each card a ``wait_card`` step found, in order."""
    return [step["text"] for step in result["steps"] if step["do"] == "waitCard"]


def first_waited_cards(result: dict[str, Any]) -> list[str]:
    """The texts of the cards the first ``wait_cards`` step found."""
    texts: list[str] = next(step["texts"] for step in result["steps"] if step["do"] == "waitCards")
    return texts


def waited_texts(result: dict[str, Any]) -> list[str]:
    """The text of each message a ``wait_text`` step found, in order."""
    return [step["text"] for step in result["steps"] if step["do"] == "waitText"]
