"""Nudge cards: review nudges, reviews and cadence, the register and its forms, leavers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from cards.nudges import (
    EvidenceRow,
    ReviewView,
    cadence_card,
    review_already_card,
    review_ceo_card,
    review_done_card,
    review_nudge_card,
    review_snoozed_card,
    reviews_card,
)
from cards.nudges_leavers import (
    ItemRow,
    LeaverView,
    leaver_ceo_card,
    leaver_checklist_card,
    leaver_form_card,
    leaver_no_access_card,
)
from cards.nudges_register import (
    GrantRow,
    ResourceRows,
    grant_form_card,
    group_form_card,
    register_card,
    register_check_card,
    register_saved_card,
    revoke_form_card,
)

Card = dict[str, Any]
MANAGER = "Fundraising & Partnerships Manager"
WHY = "§2.6: the policy is reviewed every year and updated as needed."
POLICY = ReviewView(
    "policy", "Annual review of the policy", WHY, "Every year", date(2027, 4, 1), days_left=30
)
AT = datetime(2026, 12, 1, 10, 0)
PEOPLE = [("Alex Wilber", "alex.wilber@homestartsuffolk.example"), ("Nestor Wilke", "nestor.wilke@x.example")]
RESOURCES = [
    ("Facebook", "facebook"),
    ("LinkedIn", "linkedin"),
    ("Parents' forum (private group)", "group:1"),
]
NESTOR = LeaverView(
    3, "Nestor Wilke", "nestor.wilke@x.example", "recorded by Alex Wilber", "1 Dec 2026, 10:00"
)


def _review_states() -> list[tuple[str, Card]]:
    today = ReviewView("moderation", "Content review and moderation", WHY, "Every week", date(2026, 12, 1))
    late = ReviewView(
        "policy", "Annual review of the policy", WHY, "Every year", date(2026, 11, 28), days_overdue=3
    )
    snoozed = ReviewView(
        "risk:facebook",
        "Facebook risk assessment",
        WHY,
        "Every year",
        date(2026, 12, 11),
        days_left=10,
        snoozed_until=date(2026, 12, 8),
    )
    evidence = [EvidenceRow("Facebook risk assessment", "done", "Alex Wilber", AT, "New template <b>")]
    return [
        ("review-upcoming", review_nudge_card(POLICY)),
        ("review-due-today", review_nudge_card(today)),
        ("review-overdue", review_nudge_card(late)),
        ("review-snoozed", review_nudge_card(snoozed)),
        ("review-snooze-needs-reason", review_nudge_card(POLICY, reason_error="Say why it is waiting.")),
        (
            "review-done",
            review_done_card(
                "Annual review of the policy", "Alex Wilber", AT, date(2027, 12, 1), "Checked 2.3 *and* 2.6"
            ),
        ),
        ("review-done-no-note", review_done_card("Content review", "Alex Wilber", AT, date(2026, 12, 8), "")),
        (
            "review-snoozed-confirmation",
            review_snoozed_card("Content review", "Alex Wilber", date(2026, 12, 4), "Waiting for the Board"),
        ),
        ("review-already-done", review_already_card("Annual review of the policy", date(2027, 12, 1))),
        ("review-overdue-ceo", review_ceo_card(late, MANAGER)),
        ("cadence", cadence_card("Content review and moderation", "monthly")),
        (
            "cadence-saved",
            cadence_card("Content review and moderation", "weekly", saved=True, next_due=date(2026, 12, 8)),
        ),
        ("reviews", reviews_card([POLICY, late], evidence)),
        ("reviews-no-record", reviews_card([POLICY], [])),
    ]


def _register_states() -> list[tuple[str, Card]]:
    rows = [
        GrantRow(
            1,
            "Jo Bloggs (jo@x.example)",
            "Admin",
            "by Alex Wilber on Tue 1 December 2026",
            date(2026, 11, 20),
            True,
        ),
        GrantRow(2, "Sam [link](http://x)", "Editor", "by Alex Wilber on Tue 1 December 2026", None, False),
    ]
    resources = [
        ResourceRows("facebook", "Facebook", rows),
        ResourceRows("linkedin", "LinkedIn", []),
        ResourceRows(
            "group:1", "Parents' forum (private group)", [], "Moderator: none named · risk assessed: not yet"
        ),
    ]
    findings = [
        "Nobody can recover LinkedIn. The policy needs a way back in when the usual person is away: "
        "name at least two for each.",
        "Sam has editor access to Facebook but no training date.",
    ]
    return [
        ("register", register_card(resources, findings)),
        ("register-all-well", register_card(resources[:1], [])),
        ("grant-form", grant_form_card(RESOURCES, PEOPLE)),
        ("grant-form-nobody-known", grant_form_card(RESOURCES, [])),
        (
            "grant-form-error",
            grant_form_card(
                RESOURCES,
                PEOPLE,
                values={"resource": "facebook", "email": "jo"},
                errors={"email": "Pick a person or type their email."},
            ),
        ),
        ("revoke-form", revoke_form_card([("Jo Bloggs — Facebook (Admin)", "1")])),
        ("revoke-form-error", revoke_form_card([("Jo Bloggs — Facebook (Admin)", "1")], error="Say why.")),
        ("revoke-form-empty", revoke_form_card([])),
        ("group-form", group_form_card([("Facebook", "facebook")])),
        ("group-form-error", group_form_card([("Facebook", "facebook")], error="Give the group a name.")),
        ("saved", register_saved_card("Access granted", ["Jo Bloggs (jo@x.example): Admin on Facebook."])),
        ("weekly-check", register_check_card(findings)),
    ]


def _leaver_states() -> list[tuple[str, Card]]:
    open_items = [
        ItemRow(
            "facebook",
            "Facebook",
            "remove_role",
            "Remove their role or page access",
            "Alex Wilber, 1 Dec 2026",
        ),
        ItemRow("facebook", "Facebook", "rotate_password", "Change any shared password they knew"),
        ItemRow(
            "website",
            "WordPress website",
            "check_recovery",
            "Check the recovery email, phone and backup admins",
        ),
    ]
    done = [
        ItemRow(i.resource, i.resource_name, i.task, i.label, "Alex Wilber, 2 Dec 2026") for i in open_items
    ]
    planned = LeaverView(
        4, "Lee Gu", "lee.gu@x.example", "leave date in Entra ID", "1 Dec 2026, 10:00", date(2026, 12, 31)
    )
    return [
        ("leaver-form", leaver_form_card(PEOPLE)),
        ("leaver-form-nobody-known", leaver_form_card([])),
        ("leaver-checklist", leaver_checklist_card(NESTOR, open_items)),
        ("leaver-reminder", leaver_checklist_card(NESTOR, open_items, reminder=True)),
        ("leaver-all-done", leaver_checklist_card(NESTOR, done)),
        ("leaver-planned", leaver_checklist_card(planned, open_items)),
        ("leaver-no-access", leaver_no_access_card(NESTOR)),
        ("leaver-ceo", leaver_ceo_card(NESTOR, 2, MANAGER)),
    ]


def examples() -> list[tuple[str, Card]]:
    return [*_review_states(), *_register_states(), *_leaver_states()]
