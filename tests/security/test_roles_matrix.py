"""Every command and card verb against every role: allowed, or refused clearly and audited.

The rows live in tests/security/roles_table.py (features add theirs). Three synthetic rows,
registered only here, prove the central check for restricted commands and verbs while no real
feature has one.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import CONTEXT, Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.context import AppContext
from bot.features import build_router
from bot.org import Role
from bot.refusals import refusal as refusal_for
from bot.turn import CardAction, CardReply, Turn
from tests.builders import OUTSIDER, TeamsClient, User, card_texts, invoke, message, settle
from tests.fakes.connector import FakeConnector
from tests.security.roles_table import PERSONAS, ROWS, Row, write_matrix_org

SYNTHETIC = [
    Row("matrix secret", "command", frozenset({Role.ADMIN})),
    Row("matrix.approve", "verb", frozenset({Role.CEO, Role.BOARD}), data={"id": "R-1"}),
    Row("matrix.close", "verb", frozenset({Role.SAFEGUARDING_LEAD}), data={"id": "I-1"}),
]
DONE = "Done."
INSIDERS = {label: user for label, user in PERSONAS.items() if user is not OUTSIDER}


@dataclass
class Matrix:
    teams: TeamsClient
    ctx: AppContext
    connector: FakeConnector


async def _done_command(turn: Turn, ctx: AppContext) -> None:
    await turn.send_text(DONE)


async def _done_action(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    return CardReply.say(DONE)


@pytest.fixture
async def matrix(
    settings: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path
) -> AsyncIterator[Matrix]:
    org_file = write_matrix_org(tmp_path)
    matrix_settings = settings.model_copy(update={"org_file": org_file, "rate_limits": {"turns": "off"}})
    app = create_app(matrix_settings, Overrides(clock=clock, run_scheduler=False))
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as http:
        teams = TeamsClient(http, connector)
        for user in PERSONAS.values():
            connector.members[user.aad_object_id] = user.as_member()
        ctx: AppContext = http.app[CONTEXT]
        for row in SYNTHETIC:
            if row.kind == "command":
                ctx.router.command(row.name, _done_command, description="matrix", roles=row.roles)
            else:
                ctx.router.action(row.name, _done_action, roles=row.roles)
        yield Matrix(teams, ctx, connector)


def test_every_command_and_verb_has_a_row_with_its_roles() -> None:
    router = build_router()
    registered = {("command", c.name): c.roles for c in router.commands}
    registered |= {("verb", verb): router.action_roles(verb) for verb in router.verbs}
    table = {(row.kind, row.name): row.router_roles for row in ROWS}
    assert registered == table


async def attempt(matrix: Matrix, row: Row, user: User) -> str:
    """Do what the row says as ``user``; returns what they were told."""
    if row.kind == "command":
        before = len(matrix.connector.posted)
        assert await matrix.teams.say(row.text or row.name, user=user) == 201
        answers = matrix.connector.posted[before:]
        assert answers, f"{row.name} gave {user.name} no answer"
        return answers[-1].text or card_texts(answers[-1].card)
    data = dict(row.data)
    if row.setup is not None:
        data.update(await row.setup(matrix.teams, matrix.ctx, user))
    body = await matrix.teams.click(row.name, data, user=user)
    value = body["value"]
    return value if isinstance(value, str) else card_texts(value)


ALL_ROWS = ROWS + SYNTHETIC


@pytest.mark.parametrize("row", ALL_ROWS, ids=[r.id for r in ALL_ROWS])
async def test_each_role_is_allowed_or_refused_clearly(
    row: Row, matrix: Matrix, json_log_lines: list[str]
) -> None:
    """One app per row, every persona in turn (they are different people, so none affects
    another); the failure lists every persona that got the wrong answer."""
    wrong = []
    for persona, user in INSIDERS.items():
        roles = matrix.ctx.org.roles_of(user.aad_object_id, user.upn)
        allowed = not row.roles or bool(row.roles & roles)
        told = await attempt(matrix, row, user)
        refusal = (row.refusal or refusal_for(matrix.ctx.org, row.roles, roles)) if row.roles else None
        audited = [
            entry.get("verb")
            for entry in map(json.loads, json_log_lines)
            if entry.get("event") == "refused" and entry.get("aad_id") == user.aad_object_id
        ]
        expected = ([], "not refused") if allowed else ([row.name], refusal)
        refused = refusal is not None and (
            told == refusal or (row.checked_by == "feature" and refusal in told)
        )
        if refused == allowed or audited != expected[0]:
            wrong.append(f"{persona}: told {told!r}, audit {audited}; expected {expected[1]!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("row", ALL_ROWS, ids=[r.id for r in ALL_ROWS])
async def test_someone_from_another_tenant_is_refused_at_the_door(row: Row, matrix: Matrix) -> None:
    if row.kind == "command":
        body = message(row.text or row.name, user=OUTSIDER, service_url=matrix.connector.url)
    else:
        body = invoke(row.name, dict(row.data), user=OUTSIDER, service_url=matrix.connector.url)
    status, answer = await matrix.teams.post(body)
    assert status == 403
    assert answer == {"error": "This bot serves one organisation only."}
    await settle(matrix.ctx)
    assert matrix.connector.calls == []
    assert await matrix.ctx.stores.people.get(OUTSIDER.aad_object_id) is None


async def test_refusals_name_who_may(matrix: Matrix) -> None:
    told = await attempt(matrix, SYNTHETIC[1], INSIDERS["staff"])
    assert told == "Only the CEO or a Board approver can do that; please ask them if it needs doing."
    told = await attempt(matrix, SYNTHETIC[0], INSIDERS["volunteer"])
    assert told == (
        "Only a Bot administrator can do that; ask your coordinator to pass it on if it needs doing."
    )
