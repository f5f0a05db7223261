"""Cards for the people who follow an incident to closure: the incident card, the open list, reminders.

The incident card is the whole record at a glance (ICO clock, reporting decisions, runbook,
support, updates) with the actions for those allowed to change it; everyone else gets the same
card without buttons. Its ``refresh`` keeps every copy current for the people who were told.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from cards.common import (
    Card,
    Element,
    action_set,
    card,
    container,
    execute,
    facts,
    notice,
    refresh_for,
    text,
    user_text,
)
from cards.contact import open_url
from cards.incident_decide import DecisionForm, form_buttons, form_fields
from cards.incident_sections import OWNER, REFERENCE, SEVERITY, Section, SectionForm, section
from cards.incidents import ELSEWHERE, ELSEWHERE_TITLE
from cards.verbs import IncidentVerb
from graph.records.incidents import Category, Incident, Route, Status

STEP = "step"
# The ICO's page for organisations reporting a personal-data breach (with its helpline, 0303 123 1113).
ICO_REPORT_FORM = "https://ico.org.uk/for-organisations/report-a-breach/personal-data-breach/report-a-data-breach-online-form/"


def when(value: datetime, tz: ZoneInfo) -> str:
    local = value.astimezone(tz)
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


def day_or_when(value: datetime, tz: ZoneInfo) -> str:
    """A date typed without a time is kept as UK midnight: show it as the date it is, not "00:00"."""
    local = value.astimezone(tz)
    if local.time() == time(0, 0):
        return f"{local:%a} {local.day} {local:%b %Y}"
    return when(value, tz)


def deadline_text(value: datetime, tz: ZoneInfo) -> str:
    """A deadline at UK midnight is "the end of" the day before: "Fri 4 Dec, 00:00" reads as a day early."""
    local = value.astimezone(tz)
    if local.time() == time(0, 0):
        day = local - timedelta(days=1)
        return f"the end of {day:%a} {day.day} {day:%b %Y}"
    return when(value, tz)


def _cap(label: str) -> str:
    """ "the ICO" → "The ICO" (str.capitalize would lower the rest)."""
    return label[:1].upper() + label[1:]


def clock_text(deadline: datetime, now: datetime) -> str:
    left = deadline - now
    if left <= timedelta(0):
        return f"overdue by {span(-left)}"
    return f"{span(left)} left"


def span(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


@dataclass(frozen=True)
class IncidentView:
    incident: Incident
    now: datetime
    tz: ZoneInfo
    can_change: bool = False
    flags: Sequence[str] = ()
    guidance: Sequence[str] = ()
    owners: Sequence[tuple[str, str]] = ()  # (name, value) choices for the owner
    refresh_user_ids: Sequence[str] = ()
    notice: str = ""
    error: str = ""
    safeguarding_note: str = ""
    step_titles: Sequence[str] = field(default_factory=tuple)
    platform_names: Mapping[str, str] = field(default_factory=dict)  # platform key -> its name


def build_incident_card(view: IncidentView) -> Card:
    inc = view.incident
    body: list[Element] = [text(f"{inc.reference}: {inc.category.label}", heading=True)]
    if view.error:
        body.append(container([text(view.error, weight="Bolder")], style="attention"))
    if view.notice:
        body.append(container([text(view.notice)], style="good"))
    body.append(facts(_facts(view)))
    body += _ico_clock(view)
    if view.flags:
        body.append(container([text(f, weight="Bolder") for f in view.flags], style="warning"))
    body += _details(view)
    body += _decisions(view)
    body += _runbook(view)
    body += _support(view)
    body += _notes(view)
    if inc.status is Status.CLOSED:
        closed = (
            f"Closed by {user_text(inc.closed_by)}, {when(inc.closed_at, view.tz)}"
            if inc.closed_at
            else "Closed"
        )
        body += [text(closed, weight="Bolder", spacing="Medium"), text(f"Outcome: {user_text(inc.outcome)}")]
    actions = _actions(view) if view.can_change and inc.is_open else []
    if view.can_change:
        body.append(action_set([execute("All open incidents", IncidentVerb.LIST)], spacing="Medium"))
    refresh = (
        refresh_for(IncidentVerb.VIEW, {REFERENCE: inc.reference}, view.refresh_user_ids)
        if view.refresh_user_ids
        else None
    )
    summary = f"{inc.reference}: {inc.category.label} ({inc.status.value})"
    return card(body, fallback_text=summary, actions=actions, refresh=refresh)


def _facts(view: IncidentView) -> list[tuple[str, str]]:
    inc, report, tz = view.incident, view.incident.report, view.tz
    rows = [
        ("Status", inc.status.value.capitalize()),
        ("Severity", inc.severity.value.capitalize() if inc.severity else "Not set"),
        ("Owner", user_text(inc.owner_name) or "Nobody yet"),
        ("Reported", f"{when(report.reported_at, tz)} by {user_text(report.reporter_name)}"),
    ]
    if report.happened_at:
        rows.append(("Happened", day_or_when(report.happened_at, tz)))
    if report.aware_at:
        rows.append(("We became aware", day_or_when(report.aware_at, tz)))
    if report.platform:
        names = {ELSEWHERE: ELSEWHERE_TITLE, **view.platform_names}
        rows.append(("Where", user_text(names.get(report.platform, report.platform))))
    if report.affected:
        rows.append(("Affected", ", ".join(a.label for a in report.affected)))
    for label, value in (
        ("Content removed", report.content_removed),
        ("Reported to platform", report.reported_to_platform),
    ):
        if value is not None:
            rows.append((label, "Yes" if value else "No"))
    if inc.acknowledged_at:
        rows.append(("Acknowledged", f"{user_text(inc.acknowledged_by)}, {when(inc.acknowledged_at, tz)}"))
    return rows


def _ico_clock(view: IncidentView) -> list[Element]:
    deadline = view.incident.assessment.ico_deadline
    if deadline is None:
        return []
    if view.incident.decision(Route.ICO) is not None:
        return []  # decided: the decision is shown with the others, the clock no longer matters
    line = f"ICO deadline: {deadline_text(deadline, view.tz)}"
    if view.incident.is_open:
        line += f" ({clock_text(deadline, view.now)})"
    urgent = deadline - view.now < timedelta(hours=12)
    return [
        notice([text(line, weight="Bolder")], "attention", spacing="Medium")
        if urgent
        else text(line, weight="Bolder", spacing="Medium"),
        action_set([open_url("Report to the ICO online", ICO_REPORT_FORM)], spacing="None"),
    ]


def _details(view: IncidentView) -> list[Element]:
    report = view.incident.report
    if view.incident.category is Category.SAFEGUARDING:
        return [text(view.safeguarding_note, spacing="Medium")] if view.safeguarding_note else []
    items = [text("What happened", weight="Bolder", spacing="Medium"), text(user_text(report.summary))]
    if report.link:
        items.append(text(f"Link: {user_text(report.link)}", size="Small"))
    if report.actions_taken:
        items.append(text(f"Done so far: {user_text(report.actions_taken)}", size="Small"))
    items += [text(f"• {g}", size="Small", subtle=True) for g in view.guidance]
    return items


def _decisions(view: IncidentView) -> list[Element]:
    inc, tz = view.incident, view.tz
    routes = list(dict.fromkeys([*inc.assessment.routes, *(d.route for d in inc.decisions)]))
    if not routes:
        return []
    items = [text("Reporting decisions", weight="Bolder", spacing="Medium")]
    for route in routes:
        d = inc.decision(route)
        if d is None:
            items.append(text(f"{_cap(route.label)}: not decided yet", weight="Bolder"))
        elif d.reported:
            on = day_or_when(d.reported_on, tz) if d.reported_on else "date not given"
            items.append(text(f"{_cap(route.label)}: reported {on} by {user_text(d.reported_by)}"))
        else:
            items.append(text(f"{_cap(route.label)}: not reported, because {user_text(d.reason)}"))
    return items


def _runbook(view: IncidentView) -> list[Element]:
    inc = view.incident
    if not inc.assessment.runbook:
        return []
    items: list[Element] = [text("Runbook", weight="Bolder", spacing="Medium")]
    for step in inc.assessment.runbook:
        done = inc.tick(step)
        if done:
            items.append(text(f"✅ {step.label}: {user_text(done.by)}, {when(done.at, view.tz)}"))
            continue
        items.append(text(f"⬜ {step.label}"))
        if view.can_change and inc.is_open:
            items.append(
                action_set([execute("Done", IncidentVerb.TICK, {REFERENCE: inc.reference, STEP: step.value})])
            )
    return items


def _support(view: IncidentView) -> list[Element]:
    inc = view.incident
    if not inc.assessment.support_offered:
        return []
    items = [text("Support for the person targeted", weight="Bolder", spacing="Medium")]
    if inc.support_requested:
        items.append(notice("They asked for support.", "attention"))
    given = [n for n in inc.notes if n.kind == "support"]
    items += [text(f"{user_text(n.text)} ({user_text(n.by)}, {when(n.at, view.tz)})") for n in given]
    if not given:
        items.append(text("No support recorded yet.", subtle=True))
    return items


def _notes(view: IncidentView) -> list[Element]:
    updates = [n for n in view.incident.notes if n.kind == "update"]
    if not updates:
        return []
    items = [text("Updates", weight="Bolder", spacing="Medium")]
    return items + [
        text(f"{when(n.at, view.tz)}, {user_text(n.by)}: {user_text(n.text)}", size="Small")
        for n in updates[-10:]
    ]


def _show(title: str, body: Sequence[Element], button: Element) -> Element:
    return {
        "type": "Action.ShowCard",
        "title": title,
        "card": {"type": "AdaptiveCard", "body": list(body), "actions": [button]},
    }


def _actions(view: IncidentView) -> list[Element]:
    inc = view.incident
    actions: list[Element] = []
    if inc.status is Status.NEW:
        ref = {REFERENCE: inc.reference}
        actions.append(execute("Acknowledge", IncidentVerb.ACKNOWLEDGE, ref, style="positive"))
    if inc.category is not Category.SAFEGUARDING:
        recorded = {SEVERITY: inc.severity.value if inc.severity else "", OWNER: inc.owner_id}
        owners = SectionForm(inc.reference, values=recorded, owners=view.owners)
        actions += [
            section(Section.SEVERITY_OWNER, owners),
            section(Section.UPDATE, SectionForm(inc.reference)),
        ]
    if inc.assessment.support_offered:
        actions.append(section(Section.SUPPORT, SectionForm(inc.reference)))
    actions.append(_close_form(view))
    return actions


def _decisions_and_close(view: IncidentView) -> Element:
    """One section for every reporting decision still open and the outcome, with one submit."""
    inc = view.incident
    needed = inc.undecided_routes
    form = DecisionForm(
        reference=inc.reference,
        needed=needed,
        others=[r for r in Route if r not in needed],
        today=view.now.astimezone(view.tz).date(),
    )
    title = "Decisions and close" if needed else "Close"
    return {
        "type": "Action.ShowCard",
        "title": title,
        "card": {"type": "AdaptiveCard", "body": form_fields(form), "actions": form_buttons(form)},
    }


def _close_form(view: IncidentView) -> Element:
    """Safeguarding concerns close without details; everything else closes on the decisions form."""
    inc = view.incident
    if inc.category is not Category.SAFEGUARDING:
        return _decisions_and_close(view)
    body = [text("Close once it has been handed to the safeguarding procedure. No details are recorded.")]
    return _show("Close", body, execute("Close", IncidentVerb.CLOSE, {REFERENCE: inc.reference}))
