"""Incident references and approval request ids are sequential, so anyone can type or press one.

Every incident button that carries a reference answers someone who may not see that incident
exactly as it answers a reference that does not exist or is not a reference at all: the same
sentence, word for word, and nothing recorded, changed or written to SharePoint. Probing the
numbers tells nobody which incidents exist, nor what kind they are. Approval buttons likewise
answer someone else's request id as they answer an unknown one.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.approvals.views import card_id
from bot.clock import ManualClock
from bot.config import Settings
from bot.context import AppContext
from bot.features import build_router
from bot.provisioning import run_provision
from cards.verbs import ApprovalVerb, IncidentVerb
from graph.records.approvals import Actor, Draft
from tests.builders import ADELE, LEE, MEGAN, NESTOR, STRANGER, TeamsClient, User, settle
from tests.fakes.connector import FakeConnector
from tests.fakes.graph import FakeGraph
from tests.incidents.support import CHANGE_VERBS, HIDDEN, card_of, message_of, reference_in, report
from tests.incidents.test_sharepoint import FAST, SITE_URL, running
from tests.incidents.test_sharepoint import settle as settle_sharepoint

# Each verb that acts on one incident, with otherwise valid data: only the reference is at fault.
REFERENCE_VERBS: dict[str, dict[str, Any]] = {
    IncidentVerb.SUPPORT_REQUEST: {},
    IncidentVerb.VIEW: {},
    **CHANGE_VERBS,
}
# Verbs that carry no reference: reporting starts, cancels a form, or lists what one may see
# (all open incidents; "my incidents", always the presser's own reports).
NO_REFERENCE = {
    IncidentVerb.START,
    IncidentVerb.SUBMIT,
    IncidentVerb.CANCEL,
    IncidentVerb.LIST,
    IncidentVerb.MINE,
}
UNKNOWN_REFERENCES: list[Any] = ["INC-2026-0999", "INC-2025-0001"]
MALFORMED_REFERENCES: list[Any] = ["nonsense", "", "inc-2026-0001", "INC-2026-1' OR 1=1", 1, ["x"], None]
# People who may not see an online abuse report by Lee (a volunteer): staff, a Board approver, a
# trustee, and someone in the tenant the organisation file does not know.
PROBERS = (NESTOR, MEGAN, ADELE, STRANGER)


def test_every_incident_verb_is_classified() -> None:
    """A new incident verb must say whether it takes a reference, so it joins the test below."""
    registered = {verb for verb in build_router().verbs if verb.startswith("incident.")}
    assert registered == set(REFERENCE_VERBS) | NO_REFERENCE


async def _state(ctx: AppContext, reference: str, connector: FakeConnector) -> tuple[Any, ...]:
    """Everything a press could change: the record, its audit, queued work and messages sent."""
    return (
        await ctx.stores.incidents.get(reference),
        await ctx.stores.incident_audit.entries(reference),
        [job.key for job in await ctx.scheduler.pending()],
        len(connector.posted),
        len(connector.updates),
    )


async def _replies(teams: TeamsClient, verb: str, reference: str, user: User, trigger: str) -> set[str]:
    replies = set()
    cases = [reference, *UNKNOWN_REFERENCES, *MALFORMED_REFERENCES]
    for value in cases:
        data = {**REFERENCE_VERBS[verb], "reference": value}
        replies.add(message_of(await teams.click(verb, data, user=user, trigger=trigger)))
    without = dict(REFERENCE_VERBS[verb])
    replies.add(message_of(await teams.click(verb, without, user=user, trigger=trigger)))
    return replies


@pytest.mark.parametrize("trigger", ["manual", "automatic"])
@pytest.mark.parametrize("verb", sorted(REFERENCE_VERBS))
async def test_someone_elses_incident_unknown_and_malformed_get_one_reply(
    verb: str, trigger: str, teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    reference = reference_in(card_of(await report(teams, "online_abuse", user=LEE)))
    await settle(ctx)
    before = await _state(ctx, reference, connector)
    wrong = {}
    for user in PROBERS:
        replies = await _replies(teams, verb, reference, user, trigger)
        if replies != {HIDDEN}:
            wrong[user.name] = sorted(replies)
    await settle(ctx)
    assert not wrong
    assert await _state(ctx, reference, connector) == before


# Approval buttons that carry a request id; "submit" carries a form token instead.
REQUEST_VERBS = sorted(
    set(ApprovalVerb) - {ApprovalVerb.SUBMIT, ApprovalVerb.LIST_MINE, ApprovalVerb.LIST_PENDING}
)
# People who may not see a request by Nestor (staff): not approvers, not its requester.
NOT_APPROVERS = (LEE, ADELE, STRANGER)


@pytest.mark.parametrize("trigger", ["manual", "automatic"])
@pytest.mark.parametrize("verb", REQUEST_VERBS)
async def test_someone_elses_request_and_an_unknown_one_get_one_reply(
    verb: str, trigger: str, teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    draft = Draft("announcement", "Spring fun day", ("facebook",), "Join us!", "", None, "normal", "yes")
    request, _ = await ctx.stores.approvals.create(
        "0" * 32, Actor(NESTOR.aad_object_id, NESTOR.name), draft, ctx.clock.now()
    )
    theirs, unknown = card_id(ctx, request.id), card_id(ctx, str(int(request.id) + 41))
    before = (await ctx.stores.approvals.history(request.id), len(connector.posted))
    wrong = {}
    for user in NOT_APPROVERS:
        replies = set()
        for request_id in (theirs, unknown, request.id, "999"):
            data = {"request_id": request_id, "revision": 1, "comment": "Please add the date."}
            body = await teams.click(verb, data, user=user, trigger=trigger)
            replies.add(message_of(body))
        if len(replies) != 1:
            wrong[user.name] = sorted(replies)
    await settle(ctx)
    assert not wrong
    assert (await ctx.stores.approvals.history(request.id), len(connector.posted)) == before


@pytest.fixture
async def on_sharepoint(
    tmp_path: Path, clock: ManualClock, connector: FakeConnector
) -> AsyncIterator[tuple[TeamsClient, FakeGraph]]:
    """The bot with SharePoint as the system of record (the loopback Graph), lists provisioned."""
    async with FakeGraph() as fake:
        fake.add_site(SITE_URL)
        settings = Settings(
            _env_file=None,
            data_dir=tmp_path,
            storage="sharepoint",
            sharepoint_site_url=SITE_URL,
            graph_base_url=fake.base_url,
            graph_credential="static",
        )
        assert await run_provision(settings, out=io.StringIO(), err=io.StringIO(), timing=FAST) == 0
        async with running(settings, clock, connector) as teams:
            yield teams, fake


async def test_probing_incident_references_writes_nothing_to_sharepoint(
    on_sharepoint: tuple[TeamsClient, FakeGraph],
) -> None:
    teams, fake = on_sharepoint
    reference = reference_in(card_of(await report(teams, "online_abuse", user=LEE)))
    await settle_sharepoint(teams)
    writes = [fake.count(method) for method in ("POST", "PATCH", "PUT", "DELETE")]
    assert writes[0] > 0  # the report itself reached SharePoint
    for verb, data in REFERENCE_VERBS.items():
        for user in (NESTOR, STRANGER):
            for value in (reference, UNKNOWN_REFERENCES[0], MALFORMED_REFERENCES[0]):
                answer = await teams.click(verb, {**data, "reference": value}, user=user)
                assert message_of(answer) == HIDDEN
    await settle_sharepoint(teams)
    assert [fake.count(method) for method in ("POST", "PATCH", "PUT", "DELETE")] == writes
