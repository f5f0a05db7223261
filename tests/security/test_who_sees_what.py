"""Every card button that acts on one request or incident shows it only to people entitled to
see it. Ids in card data can be guessed (or copied), so each press is checked against the
person pressing: anyone else learns nothing, not even who asked or the reference.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import CONTEXT, Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.org import APPROVER_ROLES, Role
from cards.verbs import ApprovalVerb, IncidentVerb
from tests.builders import LEE, NESTOR, OUTSIDER, TeamsClient, User, card_texts
from tests.fakes.connector import FakeConnector
from tests.security.roles_table import INCIDENT_EDITORS, PERSONAS, ROWS, Row, write_matrix_org
from tests.security.test_roles_matrix import Matrix

# What the setups in roles_table.py create: a request by Nestor, incidents reported by Lee.
APPROVAL_SECRETS = ("Spring fun day", "Join us!", NESTOR.name)
INCIDENT_SECRETS = ("A rude comment", LEE.name)
APPROVAL_VERBS = tuple(ApprovalVerb)


def _approval_rows() -> list[Row]:
    setup = next(row.setup for row in ROWS if row.name == ApprovalVerb.APPROVE)
    return [Row(verb, "verb", APPROVER_ROLES, setup=setup) for verb in APPROVAL_VERBS]


def _entitled(row: Row, user: User, roles: frozenset[Role]) -> bool:
    if row.name in APPROVAL_VERBS:
        return user == NESTOR or bool(roles & APPROVER_ROLES)
    return user == LEE or bool(roles & INCIDENT_EDITORS)


ROWS_TO_CHECK = _approval_rows() + [row for row in ROWS if row.setup and row.name in tuple(IncidentVerb)]


@pytest.fixture
async def matrix(
    settings: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path
) -> AsyncIterator[Matrix]:
    org_file = write_matrix_org(tmp_path)
    app = create_app(
        settings.model_copy(update={"org_file": org_file, "rate_limits": {"turns": "off"}}),
        Overrides(clock=clock, run_scheduler=False),
    )
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as http:
        teams = TeamsClient(http, connector)
        for user in PERSONAS.values():
            connector.members[user.aad_object_id] = user.as_member()
        yield Matrix(teams, http.app[CONTEXT], connector)


@pytest.mark.parametrize("trigger", ["manual", "automatic"])
@pytest.mark.parametrize("row", ROWS_TO_CHECK, ids=[r.id for r in ROWS_TO_CHECK])
async def test_a_press_shows_nothing_to_someone_not_entitled(row: Row, trigger: str, matrix: Matrix) -> None:
    secrets = APPROVAL_SECRETS if row.name in APPROVAL_VERBS else INCIDENT_SECRETS
    leaks = []
    for persona, user in PERSONAS.items():
        if user is OUTSIDER:
            continue
        roles = matrix.ctx.org.roles_of(user.aad_object_id, user.upn)
        if _entitled(row, user, roles):
            continue
        assert row.setup is not None
        data = dict(row.data) | dict(await row.setup(matrix.teams, matrix.ctx, user))
        before = len(matrix.connector.posted)
        body = await matrix.teams.click(row.name, data, user=user, trigger=trigger)
        value = body["value"]
        told = value if isinstance(value, str) else card_texts(value)
        for call in matrix.connector.posted[before:]:
            told += " " + card_texts(call.card) + (call.text or "")
        shown = [secret for secret in secrets if secret in told]
        reference = str(data.get("reference", ""))
        if shown or (reference and reference in told):
            leaks.append(f"{persona} saw {shown or reference}: {told[:160]!r}")
    assert not leaks, "\n".join(leaks)
