"""Generated activities, card payloads and raw bodies, posted to the real app over HTTP.

Whatever arrives, the bot answers below 500 and logs no unhandled exception. Hypothesis needs a
plain function to call, so the test drives one app on its own event loop (``asyncio.Runner``)
and posts each example to it; the bot's database stays in tmp.

``make test`` runs a fixed, derandomised selection plus every failure ever found (the
``FOUND`` examples), so it is green or red for a reason. ``make fuzz`` runs a longer random
search (see :mod:`tests.security.fuzzing`) and keeps what it finds in ``tests/security/fuzz-found/``;
a failure found there becomes one more entry in ``FOUND``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient, TestServer
from hypothesis import example, given
from hypothesis import strategies as st

from bot.app import CONTEXT, Overrides, create_app
from bot.config import Settings
from bot.context import AppContext
from tests.builders import ALEX, LEE, MEGAN, OUTSIDER, STRANGER, TENANT, activity, invoke, message, settle
from tests.fakes.connector import FakeConnector
from tests.security.conftest import ErrorRecords
from tests.security.fuzzing import fuzz_settings

EVIL_URL = "https://evil.example/"
KEYS = (
    "type", "id", "text", "from", "conversation", "recipient", "channelData", "channelId",
    "serviceUrl", "entities", "attachments", "value", "name", "replyToId", "membersAdded",
    "membersRemoved", "action", "timestamp", "locale", "textFormat", "localTimestamp",
)  # fmt: skip
NESTED = {
    "from": ("id", "name", "aadObjectId", "role"),
    "conversation": ("id", "conversationType", "tenantId", "isGroup"),
    "recipient": ("id", "name"),
    "channelData": ("tenant", "team", "channel"),
}
HOSTILE_TEXT = st.sampled_from(
    [
        "help",
        "<at>Policy Steward</at> help",
        "${user.secret}",
        "<script>alert(1)</script>",
        '=HYPERLINK("http://evil")',
        'line\r\nforged {"level": "ERROR"}',
        "\u202egnp.exe",
        "\x00\x1b[31m",
        "x" * 10_000,
        "",
    ]
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


class Harness:
    def __init__(self, client: TestClient[Any, Any], connector: FakeConnector) -> None:
        self.client = client
        self.connector = connector

    @classmethod
    async def open(cls, data_dir: Path) -> Harness:
        connector = FakeConnector()
        await connector.start()
        for user in (ALEX, MEGAN, LEE, STRANGER, OUTSIDER):
            connector.members[user.aad_object_id] = user.as_member()
        app_settings = Settings(_env_file=None, data_dir=data_dir, rate_limits={"turns": "off"})
        client = TestClient(TestServer(create_app(app_settings, Overrides()), host="127.0.0.1", port=0))
        await client.start_server()
        return cls(client, connector)

    async def close(self) -> None:
        await self.client.close()
        await self.connector.close()

    async def exchange(self, body: bytes) -> tuple[int, str]:
        """Post a JSON activity; the status and the response body, once the bot has settled."""
        headers = {"Content-Type": "application/json"}
        response = await self.client.post("/api/messages", data=body, headers=headers)
        answer = await response.text()
        await settle(self.client.app[CONTEXT])
        return response.status, answer

    async def post(self, body: bytes, content_type: str) -> int:
        response = await self.client.post("/api/messages", data=body, headers={"Content-Type": content_type})
        await response.read()
        ctx: AppContext = self.client.app[CONTEXT]
        await settle(ctx)
        return response.status


@st.composite
def activities(draw: st.DrawFn, service_url: str) -> dict[str, Any]:
    user = draw(st.sampled_from([ALEX, MEGAN, LEE, STRANGER, OUTSIDER]))
    url = EVIL_URL if draw(st.integers(0, 5)) == 0 else service_url
    kind = draw(st.sampled_from(["message", "invoke", "conversationUpdate", "installationUpdate", "event"]))
    chat = draw(st.sampled_from(["personal", "groupChat", "channel"]))
    if kind == "message":
        base = message(draw(HOSTILE_TEXT), user=user, service_url=url, chat=chat, mention=draw(st.booleans()))
    elif kind == "invoke":
        base = invoke(draw(verbs()), draw(card_data()), user=user, service_url=url)
    else:
        base = activity(kind, user=user, service_url=url, chat=chat)
    if draw(st.integers(0, 2)) == 0:  # a third malformed, the rest well-formed with hostile content
        for key in draw(st.lists(st.sampled_from(KEYS), min_size=1, max_size=2)):
            mutate(base, key, draw)
        nested = draw(st.sampled_from(sorted(NESTED)))
        if isinstance(base.get(nested), dict) and draw(st.booleans()):
            mutate(base[nested], draw(st.sampled_from(NESTED[nested])), draw)
    return base


def mutate(target: dict[str, Any], key: str, draw: st.DrawFn) -> None:
    if draw(st.booleans()):
        target.pop(key, None)
    else:
        target[key] = draw(json_values | HOSTILE_TEXT)


def verbs() -> st.SearchStrategy[str]:
    return st.sampled_from(["help.run", "approval.approve", "", "help.run\r\nforged"]) | st.text(max_size=30)


def card_data() -> st.SearchStrategy[dict[str, Any]]:
    return st.dictionaries(
        st.sampled_from(["command", "id", "verb", "decision", "comment"]) | st.text(max_size=8),
        json_values | HOSTILE_TEXT,
        max_size=4,
    )


@st.composite
def invoke_values(draw: st.DrawFn, service_url: str) -> dict[str, Any]:
    """Card presses whose ``value`` itself is malformed."""
    base = invoke("help.run", {"command": "help"}, user=ALEX, service_url=service_url)
    base["value"] = draw(
        json_values
        | st.fixed_dictionaries({"action": json_values, "trigger": json_values})
        | st.fixed_dictionaries(
            {"action": st.fixed_dictionaries({"type": st.just("Action.Execute"), "verb": json_values})}
        )
    )
    if draw(st.booleans()):
        base["name"] = draw(st.sampled_from(["adaptiveCard/action", "task/fetch", "composeExtension/query"]))
    return base


def encoded(value: Any) -> bytes:
    return json.dumps(value).encode()


def teams_like(service_url: str) -> st.SearchStrategy[tuple[bytes, str]]:
    """Activities Teams could send, carrying hostile content, a third of them malformed."""
    return st.tuples(activities(service_url).map(encoded), st.just("application/json"))


def garbage(service_url: str) -> st.SearchStrategy[tuple[bytes, str]]:
    """Malformed card presses, arbitrary JSON and bytes, under assorted content types."""
    content_types = st.sampled_from(
        [
            "application/json",
            "application/json; charset=utf-8",
            "text/plain",
            "application/x-www-form-urlencoded",
        ]
    )
    as_json = (invoke_values(service_url) | json_values).map(encoded)
    return st.tuples(as_json, st.just("application/json")) | st.tuples(
        as_json | st.binary(max_size=200), content_types
    )


SERVICE_URL = "{service_url}"  # replaced by the loopback connector's URL when posted


def _found(**changes: Any) -> tuple[bytes, str]:
    body = message("help", user=ALEX, service_url=SERVICE_URL)
    for path, value in changes.items():
        target = body
        *parents, key = path.split("__")
        for parent in parents:
            target = target.setdefault(parent, {})
        target[key] = value
    return encoded(body), "application/json"


# Every failure a fuzz run has ever found, replayed on every run (bodies may name SERVICE_URL).
FOUND: tuple[tuple[bytes, str], ...] = (
    _found(channelData__tenant__id=[TENANT]),  # a tenant id that is a list: 500 (unhashable)
    _found(channelData__tenant__id={"id": TENANT}),
    _found(conversation__tenantId=[TENANT]),
    _found(text=0, value={"n": 0}),
    (_found()[0].replace(b'"help"', b"9" * 5000), "application/json"),  # int too long: ValueError
    _found(**{"from__name": 7}),
    _found(**{"from__name": "Al\ud800ex"}),
    _found(conversation__conversationType={}),
    _found(serviceUrl="http://evil.example\\@127.0.0.1/"),
    _found(membersAdded=[{"id": 1}]),
    _found(channelData__team={"id": ["19:team"]}),
)


def fuzz(
    data_dir: Path,
    errors: ErrorRecords,
    strategy: Callable[[str], st.SearchStrategy[tuple[bytes, str]]],
    examples: int,
) -> None:
    with asyncio.Runner() as runner:
        harness = runner.run(Harness.open(data_dir))
        try:

            def check(case: tuple[bytes, str]) -> None:
                body, content_type = case
                body = body.replace(SERVICE_URL.encode(), harness.connector.url.encode())
                errors.records.clear()
                status = runner.run(harness.post(body, content_type))
                assert status < 500, case
                assert not errors.records, [r.getMessage() for r in errors.records]

            post = given(case=strategy(harness.connector.url))(check)
            for found in FOUND:
                post = example(case=found)(post)
            fuzz_settings(post, examples)()
        finally:
            runner.run(harness.close())


def test_teams_like_activities_never_make_the_bot_fail(tmp_path: Path, error_records: ErrorRecords) -> None:
    fuzz(tmp_path, error_records, teams_like, examples=150)


def test_garbage_never_makes_the_bot_fail(tmp_path: Path, error_records: ErrorRecords) -> None:
    fuzz(tmp_path, error_records, garbage, examples=100)
