"""Card presses with every verb the bot knows and generated data, as Action.Execute and as the
Action.Submit fallback, from people with and without roles.

Whatever the data, the bot answers below 500, logs no unhandled exception, and someone with no
role never sees a word of a request or incident that isn't theirs, however the ids are guessed.
Runs like the other property tests (:mod:`tests.security.fuzzing`): fixed in ``make test``, long
and random in ``make fuzz``.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from bot.app import CONTEXT
from bot.context import AppContext
from bot.features import build_router
from bot.incidents.service import triage_of
from graph.records.approvals import Actor, Draft
from graph.records.incidents import Category, Report
from tests.builders import ALEX, LEE, MEGAN, NESTOR, STRANGER, activity, invoke
from tests.security.conftest import ErrorRecords
from tests.security.fuzzing import fuzz_settings
from tests.security.test_fuzz import HOSTILE_TEXT, Harness, json_values

SECRET = "FUZZSECRET"
VERBS = sorted(build_router().verbs)
DATA_KEYS = (
    "request_id", "revision", "view", "comment", "form_token", "reference", "report_key", "key",
    "category", "step", "severity", "owner", "update_text", "route", "reported", "reason",
    "support_text", "outcome", "question_id", "command", "platform", "person", "grant", "cycle",
    "note", "days", "due", "cadence", "leaver", "item", "kind", "title", "text", "platforms",
)  # fmt: skip
PEOPLE = {"alex": ALEX, "megan": MEGAN, "nestor": NESTOR, "lee": LEE, "stranger": STRANGER}


async def _private_records(ctx: AppContext) -> list[str]:
    """A request by Nestor and an incident by Lee, both carrying SECRET; returns their ids."""
    draft = Draft(
        "announcement", f"{SECRET} title", ("facebook",), f"{SECRET} text", "", None, "normal", "yes"
    )
    request, _ = await ctx.stores.approvals.create(
        uuid.uuid4().hex, Actor(NESTOR.aad_object_id, NESTOR.name), draft, ctx.clock.now()
    )
    report = Report(
        Category.COMPLAINT, LEE.aad_object_id, LEE.name, ctx.clock.now(), summary=f"{SECRET} summary"
    )
    recorded = await ctx.stores.incidents.create(
        report, triage_of(ctx, report).assessment, key=uuid.uuid4().hex
    )
    return [request.id, recorded.incident.reference, str(request.revision)]


@st.composite
def presses(draw: st.DrawFn, ids: list[str]) -> tuple[str, str, dict[str, Any], str]:
    """(person, verb, data, "execute" | "submit" | "refresh")."""
    values = st.sampled_from(ids) | json_values | HOSTILE_TEXT
    data = draw(st.dictionaries(st.sampled_from(DATA_KEYS) | st.text(max_size=8), values, max_size=5))
    how = draw(st.sampled_from(["execute", "submit", "refresh"]))
    return draw(st.sampled_from(sorted(PEOPLE))), draw(st.sampled_from(VERBS)), data, how


def _body(person: str, verb: str, data: dict[str, Any], how: str, service_url: str) -> dict[str, Any]:
    user = PEOPLE[person]
    if how == "submit":
        return activity("message", user=user, service_url=service_url, value={**data, "verb": verb})
    trigger = "automatic" if how == "refresh" else "manual"
    return invoke(verb, data, user=user, service_url=service_url, trigger=trigger)


def test_card_presses_never_fail_and_never_show_others_records(
    tmp_path: Path, error_records: ErrorRecords
) -> None:
    with asyncio.Runner() as runner:
        harness = runner.run(Harness.open(tmp_path))
        ctx: AppContext = harness.client.app[CONTEXT]
        ids = runner.run(_private_records(ctx))
        try:

            def check(press: tuple[str, str, dict[str, Any], str]) -> None:
                person, verb, data, how = press
                body = json.dumps(_body(person, verb, data, how, harness.connector.url)).encode()
                before = len(harness.connector.calls)
                error_records.records.clear()
                status, answer = runner.run(harness.exchange(body))
                assert status < 500, press
                assert not error_records.records, [r.getMessage() for r in error_records.records]
                if person == "stranger":
                    seen = answer + json.dumps([c.body for c in harness.connector.calls[before:]])
                    assert SECRET not in seen, press

            test = given(press=presses(ids))(check)
            for verb in ("approval.view", "approval.approve", "approval.cancel", "incident.view"):
                for key in ("request_id", "reference"):
                    test = example(
                        press=("stranger", verb, {key: ids[0 if key == "request_id" else 1]}, "refresh")
                    )(test)
            fuzz_settings(test, 150)()
        finally:
            runner.run(harness.close())
