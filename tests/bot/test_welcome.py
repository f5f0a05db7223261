"""The first conversation: welcome on install, help on request, tailored to roles."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient

from tests.builders import ALEX, LEE, TeamsClient, activity, card_texts
from tests.fakes.connector import FakeConnector


async def test_help_sends_a_help_card(teams: TeamsClient, connector: FakeConnector) -> None:
    assert await teams.say("help") == 201
    [call] = connector.posted
    assert call.conversation_id == ALEX.personal_chat
    assert "Policy Steward" in card_texts(call.card)


async def test_help_lists_roles(teams: TeamsClient, connector: FakeConnector) -> None:
    await teams.say("Help!", user=ALEX)
    assert "CEO" in card_texts(connector.posted[-1].card)
    await teams.say("help", user=LEE)
    assert "Volunteer" in card_texts(connector.posted[-1].card)


async def test_install_welcomes_once(teams: TeamsClient, connector: FakeConnector) -> None:
    await teams.install()
    await teams.install()
    [call] = connector.posted
    assert "Hi Alex" in card_texts(call.card)


async def test_channel_messages_need_a_mention(teams: TeamsClient, connector: FakeConnector) -> None:
    assert await teams.say("help", chat="channel") == 201
    assert connector.posted == []
    await teams.say("help", chat="channel", mention=True)
    assert "Policy Steward" in card_texts(connector.posted[-1].card)


async def test_empty_text_gets_a_pointer_to_help(teams: TeamsClient, connector: FakeConnector) -> None:
    await teams.say("  ")
    assert "help" in connector.posted[-1].text


async def test_privacy_and_terms_pages(client: TestClient[Any, Any]) -> None:
    for path, phrase in (("/privacy", "never the details"), ("/terms", "does not replace it")):
        response = await client.get(path)
        assert response.status == 200
        assert phrase in await response.text()


async def test_welcome_uses_the_organisation_file_when_teams_sends_no_name(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    body = activity("installationUpdate", user=ALEX, service_url=connector.url, action="add")
    body["from"].pop("name")
    assert (await teams.post(body))[0] == 201
    assert "Hi Alex" in card_texts(connector.posted[-1].card)


async def test_help_promises_only_what_this_person_can_do(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    await teams.say("help", user=LEE)
    volunteer = card_texts(connector.posted[-1].card)
    assert "sign-off" not in volunteer
    assert "report a problem online" in volunteer
    await teams.say("help", user=ALEX)
    assert "get sign-off for posts that need it" in card_texts(connector.posted[-1].card)


async def test_help_in_a_group_chat_names_no_one_and_no_roles(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    await teams.say("help", user=ALEX, chat="groupChat", mention=True)
    shown = card_texts(connector.posted[-1].card)
    assert "Alex" not in shown
    assert "Your roles" not in shown
    assert "register" not in shown  # a command only the manager's roles allow


async def test_a_group_welcome_is_general(teams: TeamsClient, connector: FakeConnector) -> None:
    body = activity(
        "installationUpdate", user=ALEX, service_url=connector.url, action="add", chat="groupChat"
    )
    assert (await teams.post(body))[0] == 201
    shown = card_texts(connector.posted[-1].card)
    assert "Hello!" in shown
    assert "Alex" not in shown
    assert "CEO" not in shown
