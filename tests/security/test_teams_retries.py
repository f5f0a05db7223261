"""Teams retries a turn it got no answer to in time: a retry must not run the turn again, and a
turn that failed may be retried."""

from __future__ import annotations

from bot.context import AppContext
from bot.turn import CardAction, CardReply, Turn
from tests.builders import ALEX, LEE, TeamsClient, invoke, message
from tests.fakes.connector import FakeConnector


async def test_a_retried_message_runs_once(teams: TeamsClient, connector: FakeConnector) -> None:
    body = message("help", user=ALEX, service_url=connector.url)
    assert (await teams.post(body))[0] == 201
    assert (await teams.post(body))[0] == 201
    assert len(connector.posted) == 1


async def test_a_retried_card_press_gets_the_same_answer_without_running_again(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    presses: list[str] = []

    async def count(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
        presses.append(action.verb)
        return CardReply.say(f"Recorded decision {len(presses)}.")

    ctx.router.action("test.decide", count)
    body = invoke("test.decide", {"id": "R-1"}, user=ALEX, service_url=connector.url)
    first = await teams.post(body)
    again = await teams.post(body)
    assert first == again == (200, {"statusCode": 200, "type": _MESSAGE, "value": "Recorded decision 1."})
    assert presses == ["test.decide"]


async def test_the_same_activity_id_in_another_chat_is_not_a_retry(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    body = message("help", user=ALEX, service_url=connector.url)
    other = message("help", user=LEE, service_url=connector.url)
    other["id"] = body["id"]
    await teams.post(body)
    await teams.post(other)
    assert len(connector.posted) == 2


async def test_a_turn_that_failed_may_be_retried(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    attempts: list[int] = []

    async def flaky(turn: Turn, ctx: AppContext) -> None:
        attempts.append(1)
        if len(attempts) == 1:
            raise RuntimeError("the list was busy")
        await turn.send_text("Done.")

    ctx.router.command("flaky", flaky, description="test")
    body = message("flaky", user=ALEX, service_url=connector.url)
    await teams.post(body)
    await teams.post(body)
    assert len(attempts) == 2
    assert [call.text for call in connector.posted][-1] == "Done."


_MESSAGE = "application/vnd.microsoft.activity.message"
