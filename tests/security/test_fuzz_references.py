"""Guessing incident references, by property: whatever is sent as a reference, someone who may not
see the incident gets the one sentence an unknown reference gets, and nothing changes.

The values are those a prober would try (the real reference, its neighbours, anything shaped like
a reference, hostile text and JSON of every type), on every incident button that carries one, as
a press and as a refresh. Runs like the other property tests (:mod:`tests.security.fuzzing`):
fixed in ``make test``, long and random in ``make fuzz``.
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
from bot.incidents.service import triage_of
from graph.records.incidents import Category, Report
from tests.builders import ADELE, LEE, MEGAN, NESTOR, STRANGER, invoke
from tests.incidents.support import HIDDEN
from tests.security.conftest import ErrorRecords
from tests.security.fuzzing import fuzz_settings
from tests.security.test_fuzz import HOSTILE_TEXT, Harness, json_values
from tests.security.test_guessed_references import REFERENCE_VERBS

PROBERS = {"nestor": NESTOR, "megan": MEGAN, "adele": ADELE, "stranger": STRANGER}
REFERENCE = "INC-2026-0001"  # the first incident of a fresh database: Lee's, below
UNKNOWN = "INC-2026-0999"
SHAPED = st.from_regex(r"\s*INC-\d{4}-\d{4,6}\s*", fullmatch=True)
EXTRA_KEYS = st.sampled_from(sorted({k for data in REFERENCE_VERBS.values() for k in data})) | st.text(
    max_size=8
)


async def _lees_incident(ctx: AppContext) -> str:
    report = Report(Category.COMPLAINT, LEE.aad_object_id, LEE.name, ctx.clock.now(), summary="Rude")
    recorded = await ctx.stores.incidents.create(
        report, triage_of(ctx, report).assessment, key=uuid.uuid4().hex
    )
    return recorded.incident.reference


@st.composite
def probes(draw: st.DrawFn) -> tuple[str, str, Any, dict[str, Any], str]:
    """(person, verb, reference value, other data, trigger)."""
    value = draw(
        st.sampled_from([REFERENCE, "INC-2026-0002", "INC-2026-0000"]) | SHAPED | json_values | HOSTILE_TEXT
    )
    extra = draw(
        st.dictionaries(EXTRA_KEYS.filter(lambda k: k not in ("reference", "scope")), json_values, max_size=3)
    )
    verb = draw(st.sampled_from(sorted(REFERENCE_VERBS)))
    trigger = draw(st.sampled_from(["manual", "automatic"]))
    return draw(st.sampled_from(sorted(PROBERS))), verb, value, extra, trigger


def test_no_reference_tells_a_prober_anything(tmp_path: Path, error_records: ErrorRecords) -> None:
    with asyncio.Runner() as runner:
        harness = runner.run(Harness.open(tmp_path))
        ctx: AppContext = harness.client.app[CONTEXT]
        assert runner.run(_lees_incident(ctx)) == REFERENCE
        before = runner.run(ctx.stores.incidents.get(REFERENCE))
        try:

            def answer(probe: tuple[str, str, Any, dict[str, Any], str], value: Any) -> tuple[int, str]:
                person, verb, _, extra, trigger = probe
                data = {**REFERENCE_VERBS[verb], **extra, "reference": value}
                url = harness.connector.url
                body = invoke(verb, data, user=PROBERS[person], service_url=url, trigger=trigger)
                return runner.run(harness.exchange(json.dumps(body).encode()))

            def check(probe: tuple[str, str, Any, dict[str, Any], str]) -> None:
                status, told = answer(probe, probe[2])
                # Data the envelope refuses (a 400) is refused whatever the reference.
                assert (status, told) == answer(probe, UNKNOWN), probe
                assert status != 200 or json.loads(told).get("value") == HIDDEN, probe
                assert not error_records.records, [r.getMessage() for r in error_records.records]
                assert runner.run(ctx.stores.incidents.get(REFERENCE)) == before, probe

            test = given(probe=probes())(check)
            for verb in sorted(REFERENCE_VERBS):
                test = example(probe=("stranger", verb, REFERENCE, {}, "manual"))(test)
            test = example(probe=("nestor", "incident.view", f" {REFERENCE} ", {}, "automatic"))(test)
            fuzz_settings(test, 60)()
        finally:
            runner.run(harness.close())
