"""A realistic year of made-up records, written through the stores, for `report --demo`.

Every person, incident and question here is invented; a fixed seed makes the same year every
time, so the README's pictures of the demo report only change when the report does.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from bot.approvals import states
from bot.org import OrgConfig
from bot.report.records import Period
from graph.records.approvals import Actor, AuditAction, Draft, Outcome
from graph.records.approvals import AuditEntry as ApprovalEntry
from graph.records.incidents import Assessment, AuditEntry, Category, Decision, Report, Route, Status
from graph.records.leavers import NewLeaver, Task
from graph.records.register import NewGrant
from graph.records.reviews import Cadence, ReviewAction, ReviewCycle, ReviewEntry, ReviewKind
from graph.stores import Stores

SEED = 2026
DEMO_END = date(2026, 11, 30)
DEMO_PERIOD = Period(date(2025, 12, 1), DEMO_END, "Demo year")
MANAGER = Actor("demo-manager", "Demo manager")
CEO = Actor("demo-ceo", "Demo CEO")
SYSTEM = Actor("policy-steward", "Policy Steward")
PEOPLE = ("Robin Ash", "Sam Birch", "Kit Cedar", "Jo Dune", "Alex Elm", "Mo Fern", "Pat Gorse")
CATEGORIES = (
    (Category.ONLINE_ABUSE, 6),
    (Category.COMPLAINT, 5),
    (Category.DATA_BREACH, 4),
    (Category.HARMFUL_CONTENT, 4),
    (Category.POLICY_BREACH, 3),
    (Category.SAFEGUARDING, 3),
    (Category.HACKED_ACCOUNT, 1),
    (Category.CRISIS, 1),
)
QUESTIONS = (
    ("can I accept a friend request from a mum I support", True, ("§2.7",)),
    ("can we post photos from the summer party", True, ("§2.4",)),
    ("who signs off a post about our new group", True, ("§2.3",)),
    ("what do I do if someone is rude to us on facebook", True, ("§2.5",)),
    ("how often should we post on instagram", False, ()),
    ("what hashtags should we use", False, ()),
    ("can I use tiktok for the charity", False, ()),
    ("where do volunteers park on a Tuesday", False, ()),
    ("how strong does the facebook password need to be", False, ()),
    ("can I message a family on whatsapp", True, ("§2.7", "§2.2")),
)


def _moment(rng: random.Random, day: date) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 16), rng.choice((0, 15, 30, 45))), tzinfo=UTC)


def _days(rng: random.Random, count: int) -> list[date]:
    """``count`` different working days spread over the demo year, in order."""
    span = (DEMO_END - DEMO_PERIOD.start).days + 1
    weekdays = [d for n in range(span) if (d := DEMO_PERIOD.start + timedelta(days=n)).weekday() < 5]
    return sorted(rng.sample(weekdays, count))


async def write_demo_year(stores: Stores, org: OrgConfig) -> Period:
    rng = random.Random(SEED)
    await _incidents(stores, rng)
    await _approvals(stores, rng)
    await _reviews(stores, rng, org)
    await _register_and_leavers(stores, rng, org)
    await _questions(stores, rng)
    return DEMO_PERIOD


async def _incidents(stores: Stores, rng: random.Random) -> None:
    kinds = [c for c, weight in CATEGORIES for _ in range(weight)]
    rng.shuffle(kinds)
    days = _days(rng, len(kinds))
    for n, (category, day) in enumerate(zip(kinds, days, strict=False)):
        at = _moment(rng, day)
        details = (
            {} if category is Category.SAFEGUARDING else {"summary": "Made-up demo incident", "aware_at": at}
        )
        report = Report(category, f"demo-{n}", rng.choice(PEOPLE), at, **details)  # type: ignore[arg-type]
        breach = category is Category.DATA_BREACH
        assessment = (
            Assessment(routes=(Route.ICO,), ico_deadline=at + timedelta(hours=72)) if breach else Assessment()
        )
        incident = (await stores.incidents.create(report, assessment, key=f"demo-{n}")).incident
        acknowledged = at + timedelta(hours=rng.choice((1, 2, 3, 5, 8, 20, 26)))
        incident = await stores.incidents.update(
            replace(
                incident,
                status=Status.ACKNOWLEDGED,
                acknowledged_at=acknowledged,
                acknowledged_by=MANAGER.name,
            ),
            AuditEntry(
                incident.reference, 0, acknowledged, MANAGER.aad_object_id, MANAGER.name, "acknowledged"
            ),
        )
        if breach:
            late = n % 4 == 3
            decided = at + timedelta(hours=80 if late else rng.choice((20, 40, 60)))
            reported = n % 2 == 0
            decision = Decision(
                Route.ICO,
                reported,
                MANAGER.name,
                decided,
                reported_on=decided if reported else None,
                reason="" if reported else "Contained within the hour; no risk to anyone's rights",
            )
            incident = await stores.incidents.update(
                replace(incident, decisions=(decision,)),
                AuditEntry(incident.reference, 0, decided, MANAGER.aad_object_id, MANAGER.name, "decided"),
            )
        if n < len(days) - 2:  # the latest two are still being handled
            closed = acknowledged + timedelta(days=rng.randint(1, 21))
            outcome = (
                "Handled under the safeguarding procedure"
                if category is Category.SAFEGUARDING
                else "Resolved"
            )
            await stores.incidents.update(
                replace(
                    incident, status=Status.CLOSED, closed_at=closed, outcome=outcome, closed_by=MANAGER.name
                ),
                AuditEntry(incident.reference, 0, closed, MANAGER.aad_object_id, MANAGER.name, "closed"),
            )


async def _approvals(stores: Stores, rng: random.Random) -> None:
    for n, day in enumerate(_days(rng, 18)):
        at = _moment(rng, day)
        kind = "crisis" if n % 6 == 5 else ("other" if n % 5 == 4 else "announcement")
        non_digital = "not_yet" if n == 7 else rng.choice(("yes", "not_needed"))
        draft = Draft(kind, "Demo post", ("facebook",), "Made-up demo post", "", None, "normal", non_digital)
        request, _ = await stores.approvals.create(
            f"demo-form-{n}", Actor(f"demo-{n}", PEOPLE[n % 7]), draft, at
        )
        if n % 4 == 1:
            await stores.approvals.record(
                ApprovalEntry(request.id, at + timedelta(hours=24), SYSTEM, AuditAction.REMINDED)
            )
        if n == 9:
            request = (
                await stores.approvals.save(*states.offer_to_board(request, SYSTEM, at + timedelta(hours=48)))
                or request
            )
        if day > DEMO_END - timedelta(days=3):
            continue  # still waiting
        outcome = Outcome.REJECTED if n % 9 == 8 else Outcome.APPROVED
        decided = at + timedelta(hours=rng.choice((1, 2, 3, 4, 6, 20, 27)))
        await stores.approvals.save(
            *states.decide(
                request, outcome, CEO, "Fine" if outcome is Outcome.APPROVED else "Not now", decided
            )
        )


async def _reviews(stores: Stores, rng: random.Random, org: OrgConfig) -> None:
    moderation = await stores.reviews.ensure(
        ReviewCycle(
            "moderation",
            ReviewKind.MODERATION,
            "Content moderation review",
            Cadence.MONTHLY,
            DEMO_PERIOD.start,
        )
    )
    due = moderation.next_due
    for n in range(12):
        at = datetime.combine(
            due + timedelta(days=rng.choice((-3, -1, 0, 0, 2, 6)) if n % 5 else -2), time(10), tzinfo=UTC
        )
        next_due = date(due.year + due.month // 12, due.month % 12 + 1, 1)
        await stores.reviews.record(
            ReviewEntry(
                "moderation", ReviewAction.DONE, due, MANAGER.name, MANAGER.aad_object_id, at, until=next_due
            )
        )
        due = next_due
    await stores.reviews.update(replace(moderation, next_due=due - timedelta(days=35)))  # one overdue now
    for platform in org.platforms:
        key = f"risk:{platform.key}"
        cycle = await stores.reviews.ensure(
            ReviewCycle(
                key,
                ReviewKind.PLATFORM_RISK,
                f"{platform.name} risk assessment",
                Cadence.YEARLY,
                date(2026, 5, 1),
            )
        )
        done = datetime(2026, 4, rng.randint(20, 30), 11, tzinfo=UTC)
        await stores.reviews.record(
            ReviewEntry(key, ReviewAction.DONE, cycle.next_due, MANAGER.name, MANAGER.aad_object_id, done)
        )
        await stores.reviews.update(replace(cycle, next_due=date(2027, 5, 1)))


async def _register_and_leavers(stores: Stores, rng: random.Random, org: OrgConfig) -> None:
    start = datetime(2025, 9, 1, 10, tzinfo=UTC)
    for i, platform in enumerate(org.platforms):
        for j, name in enumerate(PEOPLE[i % 3 : i % 3 + 3]):
            email = name.lower().replace(" ", ".") + "@example.org"
            trained = date(2025, 8, 1) if (i + j) % 5 else None
            await stores.register.grant(
                NewGrant(platform.key, email, name, trained_on=trained, holds_recovery=j < 2 - (i == 1)),
                MANAGER.name,
                start,
            )
    for n, (name, day) in enumerate(
        zip(
            ("Jo Dune", "Alex Elm", "Kit Cedar"),
            (date(2026, 3, 27), date(2026, 7, 3), date(2026, 11, 25)),
            strict=True,
        )
    ):
        email = name.lower().replace(" ", ".") + "@example.org"
        grants = await stores.register.of_person(email=email)
        items = [(g.resource, task) for g in grants for task in (Task.REMOVE_ROLE, Task.ROTATE_PASSWORD)]
        at = datetime.combine(day, time(15), tzinfo=UTC)
        leaver = await stores.leavers.add(NewLeaver(email, name, leave_date=day), items, MANAGER.name, at)
        if n == 2:
            continue  # the latest leaver is still being worked through
        for k, (resource, task) in enumerate(items):
            await stores.leavers.tick(
                leaver.id, resource, task, MANAGER.name, at + timedelta(days=1 + k % 4 + 4 * (n == 0))
            )
        await stores.leavers.close(leaver.id, at + timedelta(days=9))


async def _questions(stores: Stores, rng: random.Random) -> None:
    for day in _days(rng, 60):
        text, answered, sections = rng.choice([q for q in QUESTIONS if q[1]] * 4 + list(QUESTIONS))
        qid = await stores.questions.record_question(text, answered, sections, _moment(rng, day))
        if answered and rng.random() < 0.5:
            await stores.questions.record_feedback(qid, rng.random() < 0.8, _moment(rng, day))
