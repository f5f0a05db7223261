"""The incident log: report, triage, notify, and follow each incident to closure (policy §2.2–§2.5)."""

from __future__ import annotations

from bot.incidents import decisions, follow, follow_up, mine, reporting
from bot.incidents.follow import LIST_ROLES
from bot.incidents.scope import scoped
from bot.incidents.service import ICO_REMINDER_KIND
from bot.router import Router, view_only
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
    # An automatic refresh naming a verb that changes something only redraws (bot.router.view_only).
    for verb, handler in (
        (IncidentVerb.START, view_only(reporting.start, reporting.as_sent)),
        (IncidentVerb.SUBMIT, view_only(reporting.submit, reporting.as_sent)),
        (IncidentVerb.CANCEL, reporting.cancel),
        (IncidentVerb.SUPPORT_REQUEST, view_only(reporting.support_request, reporting.reporter_view)),
        (IncidentVerb.VIEW, follow.view),
        (IncidentVerb.ACKNOWLEDGE, view_only(follow.acknowledge, follow.view)),
        (IncidentVerb.SEVERITY, view_only(follow.severity, follow.view)),
        (IncidentVerb.ASSIGN, view_only(follow.assign, follow.view)),
        (IncidentVerb.UPDATE, view_only(follow.update, follow.view)),
        (IncidentVerb.DECIDE, view_only(decisions.decide, follow.view)),
        (IncidentVerb.TICK, view_only(follow.tick, follow.view)),
        (IncidentVerb.SUPPORT, view_only(follow.support, follow.view)),
        (IncidentVerb.CLOSE, view_only(decisions.close, follow.view)),
    ):
        router.action(verb, scoped(handler))
    router.action(IncidentVerb.LIST, follow.list_action, roles=LIST_ROLES)
    router.action(IncidentVerb.MINE, mine.refresh)
    router.job(ICO_REMINDER_KIND, follow.ico_reminder)
    follow_up.register(router)
