"""The two per-turn savings in bot/teams/botbuilder_fixes.py (fixes 5 and 6) keep behaviour."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from botbuilder.schema import Activity
from msrest import serialization

from bot.teams.botbuilder_fixes import ReadyJson, RejectBadTokensAs401, let_msrest_pass_ready_json
from bot.teams.turn import card_activity
from cards.common import card, text


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
