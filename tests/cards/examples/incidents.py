"""Incident cards in every state: reporting (several categories), following, the list, reminders."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.config import DEFAULT_ORG_FILE
from bot.incidents.service import if_unreachable, safeguarding_contact
from bot.incidents.triage import ICO_FLAG, POLICE_FLAG, RULES, SERIOUS_FLAG, triage
from bot.org_file import load_org_config
from cards.incident_decide import DecisionForm, build_decisions_card
from cards.incident_list import ListRow, build_open_list_card, build_reminder_card
from cards.incident_manage import IncidentView, build_incident_card
from cards.incident_sections import Section, SectionForm, build_section_card
from cards.incidents import (
    build_cancelled_card,
    build_category_card,
    build_reporter_card,
)
from cards.incidents import (
    build_report_form as form,
)
from graph.records.incidents import (
    SAFEGUARDING_OUTCOME,
    Affected,
    Category,
    Decision,
    Harm,
    Incident,
    Note,
    Report,
    Route,
    Severity,
    Status,
    Step,
    Tick,
)

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)  # a Friday afternoon
PLATFORMS = [("Facebook", "facebook"), ("Instagram", "instagram"), ("WordPress website", "website")]
OWNERS = [("Alex Wilber", "aad-alex"), ("Nestor Wilke", "aad-nestor")]
ORG = load_org_config(DEFAULT_ORG_FILE)
SYNC_NOTE = "Recorded safely. It will reach SharePoint when it is back."
CLOSE_REFUSED = "Before closing, record whether it was reported to the ICO."
PROCEDURE = "Safeguarding and Protecting Children / Safeguarding and Protecting Adults policies"


def _report(category: Category, **details: Any) -> Report:
    base = {
        "platform": "facebook",
        "happened_at": NOW - timedelta(hours=2),
        "aware_at": NOW - timedelta(hours=1),
        "summary": "A comment named a family we support and where they live.",
        "link": "https://www.facebook.com/homestartsuffolk/posts/1",
        "affected": (Affected.FAMILIES,),
        "content_removed": True,
        "reported_to_platform": False,
        "actions_taken": "Hid the comment.",
    }
    if category is Category.SAFEGUARDING:
        base = {}
    return Report(category, "aad-nestor", "Nestor Wilke", NOW, **{**base, **details})


def _incident(category: Category, number: int = 1, **details: Any) -> Incident:
    report = _report(category, **details)
    result = triage(report, contact=safeguarding_contact(ORG), procedure=PROCEDURE)
    return Incident(f"INC-2026-{number:04d}", report, result.assessment)


def _view(incident: Incident, **kw: Any) -> dict[str, Any]:
    flags = {Route.ICO: ICO_FLAG, Route.CHARITY_COMMISSION: SERIOUS_FLAG, Route.POLICE: POLICE_FLAG}
    defaults: dict[str, Any] = {
        "now": NOW,
        "tz": LONDON,
        "can_change": True,
        "flags": [flags[r] for r in incident.undecided_routes if r in flags],
        "guidance": RULES[incident.category].manager_steps,
        "owners": OWNERS,
        "refresh_user_ids": ["29:alex.wilber"],
        "platform_names": {key: name for name, key in PLATFORMS},
    }
    return build_incident_card(IncidentView(incident=incident, **{**defaults, **kw}))


def _reporter(incident: Incident, **kw: Any) -> dict[str, Any]:
    result = triage(incident.report, contact=safeguarding_contact(ORG), procedure=PROCEDURE)
    steps, told = list(result.reporter_steps), ["Fundraising & Partnerships Manager"]
    if incident.category is Category.SAFEGUARDING:  # as the bot sends it: who, and if they can't be reached
        steps[2:2], told = if_unreachable(ORG), ["Safeguarding lead"]
    return build_reporter_card(
        reference=incident.reference, category=incident.category, steps=steps, told=told, **kw
    )


def _reporting() -> list[tuple[str, dict[str, Any]]]:
    today, breach = date(2026, 12, 4), _incident(Category.DATA_BREACH)
    abuse = _incident(Category.ONLINE_ABUSE, 2)
    values = {"platform": "facebook", "summary": "", "link": "not a link", "aware_date": "2026-12-05"}
    errors = {
        "summary": "Say briefly what happened (roles, not names).",
        "link": "A link must start with https://.",
    }
    errors["aware_date"] = "That's in the future."
    safeguarding = _incident(Category.SAFEGUARDING, 3)
    return [
        ("choose-category", build_category_card(key="k1")),
        ("choose-category-error", build_category_card(key="k1", error="Choose what kind of incident it is.")),
        (
            "form-complaint",
            form(
                key="k1",
                category=Category.COMPLAINT,
                platforms=PLATFORMS,
                values={},
                errors={},
                today=today,
                now_time="16:00",
            ),
        ),
        (
            "form-data-breach",
            form(
                key="k1",
                category=Category.DATA_BREACH,
                platforms=PLATFORMS,
                values={},
                errors={},
                today=today,
                now_time="16:00",
                ico_clock=True,
            ),
        ),
        (
            "form-with-errors",
            form(
                key="k1",
                category=Category.HARMFUL_CONTENT,
                platforms=PLATFORMS,
                values=values,
                errors=errors,
                today=today,
                now_time="16:00",
            ),
        ),
        ("reported-data-breach", _reporter(breach, deadline="Mon 7 Dec 2026, 15:00 (UK time)")),
        ("reported-harmful-content", _reporter(_incident(Category.HARMFUL_CONTENT, 4))),
        ("reported-online-abuse", _reporter(abuse, support_offered=True)),
        (
            "reported-online-abuse-support-asked",
            _reporter(abuse, support_offered=True, support_requested=True),
        ),
        ("reported-safeguarding", _reporter(safeguarding)),
        ("reported-while-sharepoint-down", _reporter(_incident(Category.COMPLAINT, 5), sync_note=SYNC_NOTE)),
        ("cancelled", build_cancelled_card()),
    ]


def _following() -> list[tuple[str, dict[str, Any]]]:
    breach = _incident(Category.DATA_BREACH, harms=frozenset({Harm.PEOPLE}), crime_suspected=True)
    hacked = _incident(Category.HACKED_ACCOUNT, 6)
    ticked = replace(
        hacked,
        status=Status.ACKNOWLEDGED,
        severity=Severity.HIGH,
        owner_id="aad-alex",
        owner_name="Alex Wilber",
        acknowledged_by="Alex Wilber",
        acknowledged_at=NOW,
        ticks=(Tick(Step.RECOVER, "Alex Wilber", NOW), Tick(Step.PASSWORDS, "Alex Wilber", NOW)),
        notes=(Note("update", "Facebook confirmed the recovery request.", "Alex Wilber", NOW),),
    )
    abuse = replace(
        _incident(Category.ONLINE_ABUSE, 7),
        support_requested=True,
        notes=(
            Note("support", "Called the volunteer; offered a debrief with the coordinator.", "Alex", NOW),
        ),
    )
    decided = replace(
        breach,
        decisions=(
            Decision(Route.ICO, True, "Alex Wilber", NOW, NOW, "Alex Wilber"),
            Decision(
                Route.CHARITY_COMMISSION, False, "Alex Wilber", NOW, reason="No significant harm found."
            ),
        ),
    )
    closed = replace(
        decided,
        status=Status.CLOSED,
        outcome="Post removed; family told.",
        closed_by="Alex",
        closed_at=NOW,
        decisions=(
            *decided.decisions,
            Decision(Route.HSUK, False, "Alex", NOW, reason="As above."),
            Decision(Route.POLICE, False, "Alex", NOW, reason="No crime."),
        ),
    )
    safeguarding = _incident(Category.SAFEGUARDING, 8)
    note = "Details are not recorded here. Contact Nestor Wilke directly and follow the procedure."
    overdue = NOW + timedelta(hours=80)
    return [
        ("incident-new-data-breach", _view(breach)),
        ("incident-ico-overdue", _view(breach, now=overdue)),
        ("incident-hacked-runbook", _view(ticked, notice="Step ticked.")),
        ("incident-online-abuse-support", _view(abuse)),
        ("incident-decisions-recorded", _view(decided)),
        ("incident-close-refused", _view(breach, error=CLOSE_REFUSED)),
        ("incident-read-only", _view(ticked, can_change=False, refresh_user_ids=[])),
        ("incident-closed", _view(closed)),
        ("incident-safeguarding", _view(safeguarding, safeguarding_note=note)),
        (
            "incident-safeguarding-closed",
            _view(
                replace(
                    safeguarding,
                    status=Status.CLOSED,
                    outcome=SAFEGUARDING_OUTCOME,
                    closed_by="Alex",
                    closed_at=NOW,
                ),
                safeguarding_note=note,
            ),
        ),
    ]


def _lists() -> list[tuple[str, dict[str, Any]]]:
    breach = _incident(Category.DATA_BREACH)
    rows = [
        ListRow(breach, "ICO deadline: overdue by 3 h 00 min", True),
        ListRow(_incident(Category.DATA_BREACH, 2), "ICO deadline: 40 h 00 min left", False),
        ListRow(_incident(Category.COMPLAINT, 3), "", False),
    ]
    return [
        ("open-list", build_open_list_card(rows, tz=LONDON)),
        ("open-list-empty", build_open_list_card([], tz=LONDON)),
        ("open-list-long", build_open_list_card(rows * 6, tz=LONDON)),
        ("ico-reminder", build_reminder_card(breach, now=NOW + timedelta(hours=48), tz=LONDON)),
        ("ico-reminder-overdue", build_reminder_card(breach, now=NOW + timedelta(hours=73), tz=LONDON)),
    ]


def _decisions() -> list[tuple[str, dict[str, Any]]]:
    """The decisions form come back from the server: everything as typed, each problem under its field."""
    needed = (Route.ICO, Route.CHARITY_COMMISSION, Route.HSUK, Route.POLICE)
    typed = {
        "ico_reported": "no",
        "ico_why": "Only two of our own staff saw the list; deleted at once.",
        "charity_commission_reported": "yes",
        "charity_commission_by": "The CEO",
        "hsuk_reported": "yes",
        "hsuk_on": "2026-12-04",
        "police_reported": "no",
        "outcome": "List recalled and deleted; the staff member re-trained.",
    }
    errors = {
        "charity_commission_on": "Please give the date it was reported to the Charity Commission.",
        "police_why": "Please write why it was not reported to the police.",
    }
    blocked = {"ico_reported": "Before closing, record whether it was reported to the ICO, and if not, why."}
    base = DecisionForm(reference="INC-2026-0001", needed=needed, others=(), today=NOW.date())
    return [
        ("decisions-form-with-errors", build_decisions_card(replace(base, values=typed, errors=errors))),
        (
            "decisions-close-blocked",
            build_decisions_card(
                replace(
                    base,
                    needed=(Route.ICO,),
                    others=(Route.CHARITY_COMMISSION, Route.HSUK, Route.POLICE),
                    values={"outcome": "Contained; email recalled."},
                    errors=blocked,
                )
            ),
        ),
    ]


def _sections() -> list[tuple[str, dict[str, Any]]]:
    """The incident card's smaller forms come back from the server as typed, the problem under its field."""
    ref = "INC-2026-0001"
    owner = SectionForm(
        ref, values={"owner": "aad-nestor"}, errors={"severity": "Choose a severity."}, owners=OWNERS
    )
    support = SectionForm(
        ref,
        values={"support_text": "Offered a call with the coordinator; " + "details " * 250},
        errors={"support_text": "Please keep what support was given under 2000 characters."},
    )
    return [
        ("severity-owner-sent-back", build_section_card(Section.SEVERITY_OWNER, owner)),
        ("support-sent-back", build_section_card(Section.SUPPORT, support)),
    ]


def examples() -> list[tuple[str, dict[str, Any]]]:
    return [*_reporting(), *_following(), *_decisions(), *_sections(), *_lists()]
