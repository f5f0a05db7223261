"""Teams-shaped activities for the tests, and a tiny Teams client that posts them over HTTP.

The people are the organisation file's demo people (the same as the Playground's), plus two
who must get nothing: someone in the tenant with no role, and someone from another tenant.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiohttp.test_utils import TestClient

from cards.common import objects_in
from tests.fakes.connector import FakeConnector, Member

if TYPE_CHECKING:
    from bot.context import AppContext

TENANT = "7a5e1c2b-3d4f-4a6b-9c8d-0e1f2a3b4c5d"
OTHER_TENANT = "99999999-9999-4999-8999-999999999999"
BOT = {"id": "28:policy-steward", "name": "Policy Steward"}


@dataclass(frozen=True)
class User:
    key: str
    name: str
    aad_object_id: str
    upn: str
    tenant_id: str = TENANT

    @property
    def teams_id(self) -> str:
        return f"29:{self.key}"

    @property
    def personal_chat(self) -> str:
        return f"a:personal-{self.key}"

    def as_member(self) -> Member:
        return Member(self.teams_id, self.aad_object_id, self.name, self.upn, self.tenant_id)


def _user(key: str, name: str, n: int, tenant: str = TENANT) -> User:
    return User(key, name, f"00000000-0000-4000-8000-{n:012d}", f"{key}@homestartsuffolk.example", tenant)


ALEX = _user("alex.wilber", "Alex Wilber", 1)  # every role (CEO, manager, safeguarding lead, admin, staff)
MEGAN = _user("megan.bowen", "Megan Bowen", 2)  # Board approver, trustee
NESTOR = _user("nestor.wilke", "Nestor Wilke", 3)  # staff
LEE = _user("lee.gu", "Lee Gu", 4)  # volunteer
ADELE = _user("adele.vance", "Adele Vance", 5)  # trustee
STRANGER = _user("sam.stranger", "Sam Stranger", 90)  # in the tenant, no role
OUTSIDER = _user("olly.outsider", "Olly Outsider", 91, OTHER_TENANT)
EVERYONE = (ALEX, MEGAN, NESTOR, LEE, ADELE, STRANGER)

_ids = itertools.count(1)


def activity(
    kind: str,
    *,
    user: User,
    service_url: str,
    chat: str = "personal",
    **fields: Any,
) -> dict[str, Any]:
    conversation: dict[str, Any] = {
        "id": user.personal_chat,
        "conversationType": chat,
        "tenantId": user.tenant_id,
    }
    channel_data: dict[str, Any] = {"tenant": {"id": user.tenant_id}}
    if chat == "channel":
        conversation["id"] = "19:general@thread.tacv2;messageid=1"
        channel_data.update(team={"id": "19:team@thread.tacv2"}, channel={"id": "19:general@thread.tacv2"})
    elif chat == "groupChat":
        conversation["id"] = "19:group@thread.v2"
    base: dict[str, Any] = {
        "type": kind,
        "id": f"act-{next(_ids)}",
        "timestamp": "2026-12-01T10:00:00.000Z",
        "channelId": "msteams",
        "serviceUrl": service_url,
        "from": {"id": user.teams_id, "name": user.name, "aadObjectId": user.aad_object_id},
        "recipient": dict(BOT),
        "conversation": conversation,
        "channelData": channel_data,
        "locale": "en-GB",
    }
    base.update(fields)
    return base


def message(
    text: str, *, user: User, service_url: str, chat: str = "personal", mention: bool = False
) -> dict[str, Any]:
    entities = []
    if mention:
        tag = f"<at>{BOT['name']}</at>"
        text = f"{tag} {text}"
        entities.append({"type": "mention", "text": tag, "mentioned": dict(BOT)})
    return activity(
        "message",
        user=user,
        service_url=service_url,
        chat=chat,
        text=text,
        textFormat="plain",
        entities=entities,
    )


def invoke(
    verb: str, data: dict[str, Any] | None = None, *, user: User, service_url: str, trigger: str = "manual"
) -> dict[str, Any]:
    payload = {"verb": verb, **(data or {})}
    value = {
        "action": {"type": "Action.Execute", "id": "btn", "verb": verb, "data": payload},
        "trigger": trigger,
    }
    return activity("invoke", user=user, service_url=service_url, name="adaptiveCard/action", value=value)


class TeamsClient:
    """Posts activities to the real app over HTTP, the way Teams does."""

    def __init__(self, http: TestClient[Any, Any], connector: FakeConnector) -> None:
        self.http = http
        self.connector = connector
        for user in (*EVERYONE, OUTSIDER):
            connector.members[user.aad_object_id] = user.as_member()

    async def post(self, body: Any, *, headers: dict[str, str] | None = None) -> tuple[int, Any]:
        response = await self.http.post("/api/messages", json=body, headers=headers)
        payload = (
            await response.json() if response.content_type == "application/json" else await response.text()
        )
        return response.status, payload

    async def say(
        self, text: str, *, user: User = ALEX, chat: str = "personal", mention: bool = False
    ) -> int:
        status, _ = await self.post(
            message(text, user=user, service_url=self.connector.url, chat=chat, mention=mention)
        )
        return status

    async def click(
        self, verb: str, data: dict[str, Any] | None = None, *, user: User = ALEX, trigger: str = "manual"
    ) -> dict[str, Any]:
        """Press an Action.Execute button; returns the invoke response body."""
        status, body = await self.post(
            invoke(verb, data, user=user, service_url=self.connector.url, trigger=trigger)
        )
        assert status == 200, (status, body)
        assert isinstance(body, dict)
        return body

    async def submit(
        self, verb: str, data: dict[str, Any], *, user: User = ALEX, reply_to: str | None = None
    ) -> int:
        """Press the Action.Submit fallback of a button (clients without Universal Actions)."""
        fields: dict[str, Any] = {"value": {"verb": verb, **data}}
        if reply_to:
            fields["replyToId"] = reply_to
        status, _ = await self.post(activity("message", user=user, service_url=self.connector.url, **fields))
        return status

    async def install(self, user: User = ALEX) -> int:
        status, _ = await self.post(
            activity("installationUpdate", user=user, service_url=self.connector.url, action="add")
        )
        return status


def card_texts(card: dict[str, Any] | None) -> str:
    """All visible text of a card, flattened, for assertions that read like what a person sees."""
    keys = ("text", "title", "value", "label", "placeholder")
    found = [node[key] for node in objects_in(card) for key in keys if isinstance(node.get(key), str)]
    return "\n".join(found)


async def settle(ctx: AppContext) -> None:
    """Run every job due now (and the jobs they queue), then wait for background work.

    The test apps run no scheduler loop of their own, so jobs run here and nowhere else: what a
    test sees never depends on how quickly a busy machine got round to them.
    """
    while await ctx.scheduler.run_due(ctx):
        pass
    await ctx.tasks.drain()
