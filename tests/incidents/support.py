"""Driving the incident log through Teams, as a person would: command, category, form."""

from __future__ import annotations

import json
import re
from typing import Any

from cards.common import objects_in
from cards.verbs import IncidentVerb
from tests.builders import NESTOR, TeamsClient, User

SUMMARY = "A parent we support was named in a comment under the summer fair post"
# The answer to a reference someone may not see, unknown or malformed alike (demo organisation
# file: Alex Wilber is its only manager); and to an unknown one for those who see every incident.
HIDDEN = (
    "I can't find that incident, or it isn't one you can follow up. "
    "If you think you should, ask the Fundraising & Partnerships Manager (Alex Wilber)."
)
NOT_FOUND = "I can't find that incident. Type open incidents to see the ones still open."
# Each verb that changes one incident, with the data a real press would send (a security test
# checks that these, the view and the reporter's support request are every verb with a reference).
CHANGE_VERBS: dict[str, dict[str, Any]] = {
    IncidentVerb.ACKNOWLEDGE: {},
    IncidentVerb.SEVERITY: {"severity": "high"},
    IncidentVerb.ASSIGN: {"owner": NESTOR.aad_object_id},
    IncidentVerb.UPDATE: {"update_text": "Replied under the post"},
    IncidentVerb.DECIDE: {"route": "police", "reported": "no", "reason": "No crime"},
    IncidentVerb.TICK: {"step": "pause_posts"},
    IncidentVerb.SUPPORT: {"support_text": "Offered a call"},
    IncidentVerb.CLOSE: {"outcome": "Resolved"},
}
ANSWERS: dict[str, str] = {
    "platform": "facebook",
    "happened_date": "2026-12-01",
    "happened_time": "08:30",
    "aware_date": "2026-12-01",
    "aware_time": "09:15",
    "summary": SUMMARY,
    "link": "https://www.facebook.com/homestartsuffolk/posts/1",
    "affected": "families,volunteers",
    "content_removed": "yes",
    "reported_to_platform": "no",
    "actions_taken": "Hid the comment",
    "harms": "",
    "crime": "no",
}


def card_of(body: dict[str, Any]) -> dict[str, Any]:
    assert body.get("type") == "application/vnd.microsoft.card.adaptive", body
    card: dict[str, Any] = body["value"]
    return card


def message_of(body: dict[str, Any]) -> str:
    assert body.get("type") == "application/vnd.microsoft.activity.message", body
    return str(body["value"])


def action_data(card: dict[str, Any], verb: str) -> dict[str, Any]:
    """The data of the first button with ``verb`` anywhere in a card."""
    found = [
        node["data"]
        for node in objects_in(card)
        if node.get("verb") == verb and isinstance(node.get("data"), dict)
    ]
    assert found, f"no {verb} button"
    return dict(found[0])


def has_verb(card: dict[str, Any] | None, verb: str) -> bool:
    return f'"verb": "{verb}"' in json.dumps(card)


async def start_report(teams: TeamsClient, category: str, *, user: User = NESTOR) -> dict[str, Any]:
    """Type the command, pick the category; returns the invoke response (form or reporter card)."""
    await teams.say("report incident", user=user)
    category_card = teams.connector.posted_to(user.personal_chat)[-1].card
    assert category_card is not None
    key = action_data(category_card, "incident.start")["report_key"]
    return await teams.click("incident.start", {"report_key": key, "category": category}, user=user)


async def report(
    teams: TeamsClient,
    category: str,
    *,
    user: User = NESTOR,
    answers: dict[str, str] | None = None,
    **more: str,
) -> dict[str, Any]:
    """Report an incident end to end; returns the invoke response to the submit (or the start)."""
    body = await start_report(teams, category, user=user)
    form = card_of(body)
    if not has_verb(form, "incident.submit"):
        return body
    data = action_data(form, "incident.submit")
    return await teams.click("incident.submit", {**data, **ANSWERS, **(answers or {}), **more}, user=user)


def reference_in(card: dict[str, Any]) -> str:
    match = re.search(r"INC-\d{4}-\d{4}", json.dumps(card))
    assert match, "no reference on the card"
    return match.group(0)
