"""The per-turn savings in bot/teams/botbuilder_fixes.py (fixes 5, 6 and 7) keep behaviour."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from botbuilder.schema import Activity
from botframework.connector.auth import _connector_factory_impl
from msrest import serialization

from bot.teams.botbuilder_fixes import ReadyJson, RejectBadTokensAs401, let_msrest_pass_ready_json
from bot.teams.turn import card_activity
from cards.common import card, text
from tests.builders import ALEX, LEE, TeamsClient
from tests.fakes.connector import FakeConnector


def test_a_card_is_sent_exactly_as_built() -> None:
    let_msrest_pass_ready_json()
    built = card([text("Hello ${name} *there*")], fallback_text="Hello")
    activity = card_activity(built)
    assert isinstance(activity.attachments[0].content, ReadyJson)
    make: Any = serialization.Serializer  # msrest has no type hints
    serializer = make({"Activity": Activity})
    body = serializer.body(activity, "Activity")
    assert body["attachments"][0]["content"] == built
    assert serializer.serialize_object({"plain": [1, "two"]}) == {"plain": [1, "two"]}


async def test_one_user_token_client_per_app_id() -> None:
    made: list[Any] = []

    class Inner:
        async def create_user_token_client(self, claims_identity: Any) -> Any:
            made.append(object())
            return made[-1]

    auth = RejectBadTokensAs401(Inner(), require_token=False)
    bot = SimpleNamespace(claims={"aud": "app-1", "ver": "1.0", "appid": "app-1"})
    other = SimpleNamespace(claims={"aud": "app-2", "ver": "1.0", "appid": "app-2"})
    first = await auth.create_user_token_client(bot)
    assert await auth.create_user_token_client(bot) is first
    assert await auth.create_user_token_client(other) is not first
    assert len(made) == 2


async def test_one_connector_client_serves_every_turn(
    teams: TeamsClient, connector: FakeConnector, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stock botbuilder builds a connector client (a whole msrest pipeline) for every turn."""
    built: list[Any] = []
    stock = _connector_factory_impl.ConnectorClient

    def counted(*args: Any, **kwargs: Any) -> Any:
        built.append(stock(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(_connector_factory_impl, "ConnectorClient", counted)
    for text_, user in (("help", ALEX), ("hi", ALEX), ("help", LEE)):
        assert await teams.say(text_, user=user) == 201
    assert len(connector.posted_to(ALEX.personal_chat)) == 2
    assert len(connector.posted_to(LEE.personal_chat)) == 1
    assert len(built) == 1
    # The user agent is added once, when the client is built, not once a turn.
    assert built[0].config.user_agent.count("BotBuilder Python") == 1


async def test_a_reply_goes_out_after_the_connector_closed_the_kept_connection(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    """A kept client's connection may be closed by the other end while idle; the next reply opens
    a new one rather than failing, or waiting out msrest's 100-second timeout on the dead one."""
    assert await teams.say("help") == 201
    await connector.drop_idle_connections()
    async with asyncio.timeout(10):
        assert await teams.say("help") == 201
    assert len(connector.posted_to(ALEX.personal_chat)) == 2


class _Factory:
    def __init__(self) -> None:
        self.made: list[tuple[str, str | None]] = []

    async def create(self, service_url: str, audience: str | None = None) -> Any:
        self.made.append((service_url, audience))
        return SimpleNamespace(service_url=service_url, audience=audience)


async def test_connector_clients_are_kept_per_app_service_url_and_audience() -> None:
    factory = _Factory()

    class Inner:
        async def authenticate_request(self, activity: Any, auth_header: str) -> Any:
            return SimpleNamespace(claims_identity=activity, connector_factory=factory)

        def create_connector_factory(self, claims_identity: Any) -> Any:
            return factory

    auth = RejectBadTokensAs401(Inner(), require_token=False)
    bot = SimpleNamespace(claims={"aud": "app-1", "ver": "1.0", "appid": "app-1"})
    other = SimpleNamespace(claims={"aud": "app-2", "ver": "1.0", "appid": "app-2"})
    on_turn = (await auth.authenticate_request(bot, "")).connector_factory
    proactive = auth.create_connector_factory(bot)
    first = await on_turn.create("https://smba.example/emea/", "aud")
    assert await proactive.create("https://smba.example/emea/", "aud") is first
    assert await on_turn.create("https://smba.example/amer/", "aud") is not first
    assert await on_turn.create("https://smba.example/emea/", None) is not first
    assert await auth.create_connector_factory(other).create("https://smba.example/emea/", "aud") is not first
    assert len(factory.made) == 4


async def test_a_client_left_idle_for_a_minute_is_built_afresh() -> None:
    """Azure's load balancers drop a connection idle for four minutes without telling either end,
    and a reply sent on it waits out msrest's 100 s timeout: a client idle past a minute is not
    reused."""
    factory = _Factory()
    clock = [1000.0]

    class Inner:
        def create_connector_factory(self, claims_identity: Any) -> Any:
            return factory

    auth = RejectBadTokensAs401(Inner(), require_token=False, now=lambda: clock[0])
    reusing = auth.create_connector_factory(SimpleNamespace(claims={"appid": "app-1", "ver": "1.0"}))
    first = await reusing.create("https://smba.example/emea/")
    clock[0] += 59
    assert await reusing.create("https://smba.example/emea/") is first
    clock[0] += 59  # used again at 59 s, so idle only 59 s since
    assert await reusing.create("https://smba.example/emea/") is first
    clock[0] += 61
    fresh = await reusing.create("https://smba.example/emea/")
    assert fresh is not first
    assert await reusing.create("https://smba.example/emea/") is fresh
    assert len(factory.made) == 2


async def test_the_kept_connector_clients_are_bounded() -> None:
    factory = _Factory()

    class Inner:
        def create_connector_factory(self, claims_identity: Any) -> Any:
            return factory

    auth = RejectBadTokensAs401(Inner(), require_token=False)
    reusing = auth.create_connector_factory(SimpleNamespace(claims={"appid": "app-1", "ver": "1.0"}))
    oldest = await reusing.create("https://smba.example/0/")
    for number in range(1, 200):
        await reusing.create(f"https://smba.example/{number}/")
    newest = await reusing.create("https://smba.example/199/")
    assert await reusing.create("https://smba.example/199/") is newest
    assert await reusing.create("https://smba.example/0/") is not oldest
    assert len(factory.made) == 201
