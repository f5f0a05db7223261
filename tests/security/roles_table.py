"""Who may do what: every command and card verb, with the roles allowed to use it.

tests/security/test_roles_matrix.py checks this table twice: against the router (so a command
or verb registered without its row, or with different roles, fails) and over HTTP, for every
row against every persona below (allowed, or refused with the one sentence "Only … can do
that; <what to do instead>." and an audit line). Each feature adds its rows in its own block.

A row that acts on something (approve *a request*, close *an incident*) can give a ``setup``
that creates it and returns the card data to press with, so "allowed" means the real action
ran, not just that the role check passed.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from bot.approvals.rules import REQUESTER_ROLES
from bot.config import DEFAULT_ORG_FILE
from bot.context import AppContext
from bot.nudges.common import STEWARDS
from bot.org import APPROVER_ROLES, Role
from cards.verbs import AnswerVerb, ApprovalVerb, IncidentVerb, NudgeVerb, ReportVerb
from graph.records.approvals import Actor, Draft
from graph.records.incidents import Category, Report
from tests.builders import ADELE, ALEX, LEE, MEGAN, NESTOR, OUTSIDER, STRANGER, TeamsClient, User

EVERYONE: frozenset[Role] = frozenset()  # anyone in the organisation's tenant, with or without a role
REQUESTERS = REQUESTER_ROLES
APPROVERS = APPROVER_ROLES
NOT_APPROVER = "Only the CEO or a Board approver can decide on requests; nothing was changed"
INCIDENT_EDITORS = frozenset({Role.MANAGER, Role.CEO})
# An incident someone may not see is answered as if it did not exist (the matrix's organisation
# file has two managers, so none is named).
INCIDENT_HIDDEN = (
    "I can't find that incident, or it isn't one you can follow up. "
    "If you think you should, ask the Fundraising & Partnerships Manager."
)
REPORT_READERS = frozenset({Role.MANAGER, Role.CEO, Role.BOARD})
INCIDENT_LIST_ROLES = frozenset({Role.MANAGER, Role.CEO, Role.SAFEGUARDING_LEAD})
Setup = Callable[[TeamsClient, AppContext, User], Awaitable[Mapping[str, Any]]]


async def _pending_request(teams: TeamsClient, ctx: AppContext, user: User) -> Mapping[str, Any]:
    """A fresh request from Nestor (staff), waiting for a decision."""
    draft = Draft("announcement", "Spring fun day", ("facebook",), "Join us!", "", None, "normal", "yes")
    request, _ = await ctx.stores.approvals.create(
        uuid.uuid4().hex, Actor(NESTOR.aad_object_id, NESTOR.name), draft, ctx.clock.now()
    )
    return {"request_id": request.id, "revision": request.revision}


def _incident(category: Category) -> Setup:
    """A fresh incident reported by Lee (volunteer), for the incident card's buttons."""

    async def setup(teams: TeamsClient, ctx: AppContext, user: User) -> Mapping[str, Any]:
        from bot.incidents.service import triage_of

        details = {} if category is Category.SAFEGUARDING else {"summary": "A rude comment"}
        report = Report(category, LEE.aad_object_id, LEE.name, ctx.clock.now(), **details)  # type: ignore[arg-type]
        recorded = await ctx.stores.incidents.create(
            report, triage_of(ctx, report).assessment, key=uuid.uuid4().hex
        )
        return {"reference": recorded.incident.reference}

    return setup


@dataclass(frozen=True)
class Row:
    name: str  # the command name or card verb, exactly as registered
    kind: Literal["command", "verb"]
    roles: frozenset[Role]  # who may use it; EVERYONE when not restricted
    text: str = ""  # what to type, for a command (default: its name)
    data: Mapping[str, Any] = field(default_factory=dict)  # card data, for a verb
    setup: Setup | None = None
    # "router": the role check is the central one (bot/dispatch.py) and the registration carries
    # ``roles``. "feature": the feature checks ``roles`` itself, to answer on the card it drew;
    # ``refusal`` is then the text a refused person must see.
    checked_by: Literal["router", "feature"] = "router"
    refusal: str = ""

    @property
    def router_roles(self) -> frozenset[Role]:
        return self.roles if self.checked_by == "router" else EVERYONE

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.name}"


ROWS: list[Row] = [
    # -- welcome and help
    Row("help", "command", EVERYONE),
    Row("help.run", "verb", EVERYONE, data={"command": "help"}),
    # -- approvals
    Row("request approval", "command", REQUESTERS),
    Row("my requests", "command", REQUESTERS),
    Row("pending approvals", "command", APPROVERS),
    Row(ApprovalVerb.SUBMIT, "verb", REQUESTERS),
    Row(ApprovalVerb.RESUBMIT, "verb", REQUESTERS),
    *(
        Row(
            verb,
            "verb",
            APPROVERS,
            data=data,
            setup=_pending_request,
            checked_by="feature",
            refusal=NOT_APPROVER,
        )
        for verb, data in (
            (ApprovalVerb.APPROVE, {}),
            (ApprovalVerb.REJECT, {"comment": "Not this week, please."}),
            (ApprovalVerb.CHANGES, {"comment": "Please add the date."}),
        )
    ),
    # Cancel, edit, view and open act on one person's own request: checked by identity, not role.
    *(Row(verb, "verb", EVERYONE) for verb in (ApprovalVerb.VIEW, ApprovalVerb.OPEN)),
    Row(ApprovalVerb.LIST_MINE, "verb", REQUESTERS),
    Row(ApprovalVerb.LIST_PENDING, "verb", APPROVERS),
    *(Row(verb, "verb", EVERYONE) for verb in (ApprovalVerb.CANCEL, ApprovalVerb.EDIT)),
    # -- incidents: anyone reports; the manager and the CEO follow up (the safeguarding lead too for
    # safeguarding concerns, admins when configured), checked by the feature against each incident
    Row("report incident", "command", EVERYONE),
    Row("my incidents", "command", EVERYONE),  # each sees only their own reports
    Row("open incidents", "command", INCIDENT_LIST_ROLES),
    Row(IncidentVerb.LIST, "verb", INCIDENT_LIST_ROLES),
    Row(IncidentVerb.MINE, "verb", EVERYONE),  # each sees only their own reports
    Row(IncidentVerb.START, "verb", EVERYONE, data={"key": "matrix", "category": "complaint"}),
    Row(IncidentVerb.SUBMIT, "verb", EVERYONE, data={"key": "matrix", "category": "complaint"}),
    Row(IncidentVerb.CANCEL, "verb", EVERYONE),
    Row(IncidentVerb.SUPPORT_REQUEST, "verb", EVERYONE, data={"reference": "INC-2026-9999"}),  # by identity
    *(
        Row(
            verb,
            "verb",
            INCIDENT_EDITORS,
            data=data,
            setup=_incident(category),
            checked_by="feature",
            refusal=INCIDENT_HIDDEN,
        )
        for verb, category, data in (
            (IncidentVerb.VIEW, Category.COMPLAINT, {}),
            (IncidentVerb.ACKNOWLEDGE, Category.COMPLAINT, {}),
            (IncidentVerb.SEVERITY, Category.COMPLAINT, {"severity": "high"}),
            (IncidentVerb.ASSIGN, Category.COMPLAINT, {"owner": NESTOR.aad_object_id}),
            (IncidentVerb.UPDATE, Category.COMPLAINT, {"update_text": "Replied publicly"}),
            (
                IncidentVerb.DECIDE,
                Category.COMPLAINT,
                {"route": "police", "reported": "no", "reason": "No crime"},
            ),
            (IncidentVerb.TICK, Category.HACKED_ACCOUNT, {"step": "pause_posts"}),
            (IncidentVerb.SUPPORT, Category.ONLINE_ABUSE, {"support_text": "Offered a call"}),
            (IncidentVerb.CLOSE, Category.COMPLAINT, {"outcome": "Resolved"}),
        )
    ),
    # -- nudges: the manager owns the register and the reviews (§2.6); admins run the bot
    *(Row(name, "command", STEWARDS) for name in ("register", "grant access", "revoke access", "reviews")),
    Row("leaver", "command", STEWARDS, text="leaver someone.unknown@homestartsuffolk.example"),
    Row("demo nudges", "command", frozenset({Role.ADMIN})),
    *(Row(verb, "verb", STEWARDS) for verb in NudgeVerb),
    # -- policy answers
    Row(AnswerVerb.HELPFUL, "verb", EVERYONE, data={"question_id": "unknown"}),
    Row(AnswerVerb.UNHELPFUL, "verb", EVERYONE, data={"question_id": "unknown"}),
    Row(AnswerVerb.MISSING, "verb", EVERYONE, data={"question_id": "unknown", "missing": "more"}),
    Row(AnswerVerb.SKIP, "verb", EVERYONE, data={"question_id": "unknown"}),
    Row("policy questions", "command", frozenset({Role.MANAGER, Role.CEO, Role.ADMIN})),
    # -- the Board report: the manager, the CEO and the Board approvers
    Row("board report", "command", REPORT_READERS),
    Row(ReportVerb.BUILD, "verb", REPORT_READERS, data={"period": "custom", "from": "", "to": ""}),
]


# -- the people the matrix runs as: one per role, so no one passes on someone else's role --------


def _person(key: str, name: str, n: int) -> User:
    return User(key, name, f"00000000-0000-4000-8000-{n:012d}", f"{key}@homestartsuffolk.example")


CARA = _person("cara.ceo", "Cara Ceo", 11)
MO = _person("mo.manager", "Mo Manager", 12)
SAL = _person("sal.lead", "Sal Lead", 13)
ADA = _person("ada.admin", "Ada Admin", 14)
SINGLE_ROLE = {CARA: Role.CEO, MO: Role.MANAGER, SAL: Role.SAFEGUARDING_LEAD, ADA: Role.ADMIN}

PERSONAS: dict[str, User] = {
    "staff": NESTOR,
    "volunteer": LEE,
    "manager": MO,
    "CEO": CARA,
    "Board approver": MEGAN,
    "safeguarding lead": SAL,
    "admin": ADA,
    "trustee": ADELE,
    "every role": ALEX,
    "unknown user": STRANGER,
    "user from another tenant": OUTSIDER,
}


def write_matrix_org(directory: Path) -> Path:
    """The demo organisation file plus one person per single role, written to ``directory``."""
    lines = []
    for line in DEFAULT_ORG_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("policy ="):
            relative = line.split('"')[1]
            line = f'policy = "{(DEFAULT_ORG_FILE.parent / relative).as_posix()}"'
        lines.append(line)
    for user, role in SINGLE_ROLE.items():
        lines += [
            "",
            "[[people]]",
            f'name = "{user.name}"',
            f'aad_object_id = "{user.aad_object_id}"',
            f'upn = "{user.upn}"',
            f'roles = ["{role.value}"]',
        ]
    path = directory / "org.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
