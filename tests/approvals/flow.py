"""Steps of the approval flow as a person in Teams takes them, for the HTTP tests."""

from __future__ import annotations

from typing import Any

from bot.context import AppContext
from cards.verbs import ApprovalVerb
from tests.builders import NESTOR, TeamsClient, User, settle
from tests.fakes.connector import Call, FakeConnector

FORM: dict[str, str] = {
    "kind": "announcement",
    "title": "New family group in Ipswich",
    "platforms": "facebook,website",
    "text": "We are opening a new group for families on Tuesdays.",
    "links": "https://example.org/news",
    "publish_date": "2026-12-03",
    "publish_time": "10:30",
    "urgency": "normal",
    "non_digital": "yes",
}


def actions(card: Any) -> list[dict[str, Any]]:
    """Every Action.Execute in a card (not their Submit fallbacks, not the refresh)."""
    found: list[dict[str, Any]] = []

    def walk(node: Any, key: str = "") -> None:
        if isinstance(node, dict):
            if node.get("type") == "Action.Execute" and key not in ("fallback", "action"):
                found.append(node)
            for k, value in node.items():
                walk(value, k)
        elif isinstance(node, list):
            for item in node:
                walk(item, key)

    walk(card)
    return found


def data_of(card: Any, verb: str) -> dict[str, Any]:
    for action in actions(card):
        if action["verb"] == verb:
            data: dict[str, Any] = action["data"]
            return {k: v for k, v in data.items() if k != "verb"}
    raise AssertionError(f"no {verb} button on the card")


def verbs(card: Any) -> list[str]:
    return [a["verb"] for a in actions(card)]


def card_of(body: dict[str, Any]) -> dict[str, Any]:
    assert body.get("type") == "application/vnd.microsoft.card.adaptive", body
    card: dict[str, Any] = body["value"]
    return card


async def open_form(teams: TeamsClient, connector: FakeConnector, user: User = NESTOR) -> dict[str, Any]:
    await teams.say("request approval", user=user)
    form = connector.posted_to(user.personal_chat)[-1].card
    assert form is not None
    return data_of(form, ApprovalVerb.SUBMIT)


async def request(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector, user: User = NESTOR, **changes: str
) -> dict[str, Any]:
    """File a request through the form; returns the requester's card after sending."""
    token = await open_form(teams, connector, user)
    body = await teams.click(ApprovalVerb.SUBMIT, {**token, **FORM, **changes}, user=user)
    await settle(ctx)
    return card_of(body)


def approver_cards(connector: FakeConnector, chat: str) -> list[Call]:
    return [c for c in connector.posted_to(chat) if c.card and ApprovalVerb.APPROVE in verbs(c.card)]
