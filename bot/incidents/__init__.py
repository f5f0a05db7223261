"""The incident log: report, triage, notify, and follow each incident to closure (policy §2.2–§2.5)."""

from __future__ import annotations

from bot.incidents import decisions, follow, follow_up, mine, reporting
from bot.incidents.follow import LIST_ROLES
from bot.incidents.scope import scoped
from bot.incidents.service import ICO_REMINDER_KIND
from bot.router import Router
from cards.verbs import IncidentVerb


def register(router: Router) -> None:
    router.command(
        "report incident",
        reporting.report_command,
        description="Report a problem: online abuse, a hacked account, a data breach, a safeguarding concern",
        aliases=("report an incident", "report a problem", "incident report"),
        button="Report an incident",
    )
    router.command(
        "my incidents",
        mine.my_incidents,
        description="What you reported, where it stands and what happens next",
        aliases=("my reports", "my incident", "my incident reports"),
    )
    router.command(
        "open incidents",
        follow.open_command,
        description="Incidents still open, overdue clocks first",
        aliases=("incidents", "incident list"),
        roles=LIST_ROLES,
    )
    for verb, handler in (
        (IncidentVerb.START, reporting.start),
        (IncidentVerb.SUBMIT, reporting.submit),
        (IncidentVerb.CANCEL, reporting.cancel),
        (IncidentVerb.SUPPORT_REQUEST, reporting.support_request),
        (IncidentVerb.VIEW, follow.view),
        (IncidentVerb.ACKNOWLEDGE, follow.acknowledge),
        (IncidentVerb.SEVERITY, follow.severity),
        (IncidentVerb.ASSIGN, follow.assign),
        (IncidentVerb.UPDATE, follow.update),
        (IncidentVerb.DECIDE, decisions.decide),
        (IncidentVerb.TICK, follow.tick),
        (IncidentVerb.SUPPORT, follow.support),
        (IncidentVerb.CLOSE, decisions.close),
    ):
        router.action(verb, scoped(handler))
    router.action(IncidentVerb.LIST, follow.list_action, roles=LIST_ROLES)
    router.action(IncidentVerb.MINE, mine.refresh)
    router.job(ICO_REMINDER_KIND, follow.ico_reminder)
    follow_up.register(router)
