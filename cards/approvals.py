"""Approval cards: the request form, the approver's card, the read-only status and the lists.

Every copy of a request's card is built from one :class:`RequestSummary`, so the requester, each
approver and anyone the card was forwarded to see the same facts; only the actions differ. Cards
that can still change carry a ``refresh`` so Teams asks for each listed person's own view.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cards.approval_history import (
    CARD_BUDGET,
    ChangeRequest,
    HistoryEntry,
    answering_section,
    history_section,
    quoted,
)
from cards.common import (
    Card,
    Element,
    action_set,
    card,
    choice_set,
    confirm,
    container,
    execute,
    facts,
    field_error,
    input_text,
    refresh_for,
    text,
    user_text,
)
from cards.common import notice as panel
from cards.verbs import ApprovalVerb

_BANNER = {
    "pending": "accent",
    "changes_requested": "warning",
    "approved": "good",
    "rejected": "attention",
    "cancelled": "emphasis",
}


@dataclass(frozen=True)
class RequestSummary:
    """A request as people read it; times already in UK time, names already resolved."""

    request_id: str
    reference: str
    revision: int
    state: str  # an ApprovalState value
    state_title: str
    kind_title: str
    title: str
    requester: str
    submitted: str
    platforms: str
    text: str
    links: tuple[str, ...]
    publish: str
    urgency: str
    non_digital: str
    non_digital_missing: bool = False
    decision: str = ""  # "Approved by Alex Wilber on Tue 1 Dec 2026, 11:00"
    comment: str = ""
    note: str = ""  # e.g. "The CEO was unavailable, so the Board was asked too."
    refresh_ids: tuple[str, ...] = ()
    view: str = ""  # which copy this is ("requester", "approver", "shared"), sent back on refresh
    history: tuple[HistoryEntry, ...] = ()  # newest first; empty when the banner says it all
    revised: str = ""  # when the current version was sent, if it is not the first

    @property
    def final(self) -> bool:
        return self.state in ("approved", "rejected", "cancelled")


@dataclass(frozen=True)
class FormChoices:
    kinds: Sequence[tuple[str, str]]
    platforms: Sequence[tuple[str, str]]
    urgencies: Sequence[tuple[str, str]]
    non_digital: Sequence[tuple[str, str]]


# --- the form -----------------------------------------------------------------------------


def request_form(
    choices: FormChoices,
    *,
    token: str,
    values: Mapping[str, str] | None = None,
    errors: Mapping[str, str] | None = None,
    request_id: str = "",
    reference: str = "",
    revision: int = 0,
    answering: Sequence[ChangeRequest] = (),
    notice: str = "",
) -> Card:
    """The form for a new request or, with ``request_id``, for resubmitting after changes;
    ``answering`` are the approvers' requests for changes, the one being answered first, shown
    above the fields they concern. ``notice`` heads a form turned down as a whole (nothing wrong
    with its answers)."""
    values, errors = values or {}, errors or {}
    heading = f"Edit and resubmit {reference}" if request_id else "Request approval"
    body: list[Element] = [
        text(heading, heading=True),
        text(
            "High-profile announcements and responses to a social media crisis need sign-off by the "
            "CEO or the Board before they go out (policy §2.3). Fields marked * are required.",
            subtle=True,
        ),
    ]
    body += answering_section(answering)
    if notice:
        body.append(panel([text(notice, weight="Bolder")], "attention"))
    elif errors:
        count = "1 thing" if len(errors) == 1 else f"{len(errors)} things"
        body.append(panel([text(f"Please fix {count} below.", weight="Bolder")], "attention"))
    body += _form_fields(choices, values, errors)
    data: dict[str, object] = {"form_token": token}
    verb = ApprovalVerb.SUBMIT
    if request_id:
        data, verb = {"request_id": request_id, "revision": revision}, ApprovalVerb.RESUBMIT
    body.append(action_set([execute("Send for approval", verb, data, style="positive")], spacing="Medium"))
    return card(body, fallback_text=f"{heading}: a form for CEO/Board sign-off.")


def _form_fields(choices: FormChoices, values: Mapping[str, str], errors: Mapping[str, str]) -> list[Element]:
    def value(key: str) -> str | None:
        return values.get(key) or None

    fields: list[tuple[str, Element]] = [
        (
            "kind",
            choice_set(
                "kind",
                "What needs approval?",
                choices.kinds,
                required=True,
                value=value("kind"),
                error="Choose what kind of post this is.",
            ),
        ),
        ("title", input_text("title", "Title", required=True, max_length=120, value=value("title"))),
        (
            "platforms",
            choice_set(
                "platforms",
                "Where will it be posted?",
                choices.platforms,
                required=True,
                error="Choose at least one platform.",
                multi=True,
                expanded=True,
                value=value("platforms"),
            ),
        ),
        (
            "text",
            input_text(
                "text", "Draft text", required=True, multiline=True, max_length=4000, value=value("text")
            ),
        ),
        (
            "links",
            input_text(
                "links", "Links (one per line)", multiline=True, placeholder="https://", value=value("links")
            ),
        ),
        ("publish_date", _date_input(value("publish_date"))),
        ("publish_time", _time_input(value("publish_time"))),
        (
            "urgency",
            choice_set(
                "urgency",
                "Urgency",
                choices.urgencies,
                required=True,
                error="Choose how urgent this is.",
                expanded=True,
                value=value("urgency") or "normal",
            ),
        ),
        (
            "non_digital",
            choice_set(
                "non_digital",
                "Non-digital version arranged (print or phone)?",
                choices.non_digital,
                required=True,
                error="Say whether a non-digital version is arranged.",
                expanded=True,
                value=value("non_digital"),
            ),
        ),
    ]
    body: list[Element] = []
    for key, element in fields:
        body.append(element)
        if key in errors:
            body.append(field_error(errors[key]))
    return body


def _date_input(value: str | None) -> Element:
    field: Element = {
        "type": "Input.Date",
        "id": "publish_date",
        "label": "Publish on (UK date; empty: when approved)",
    }
    if value:
        field["value"] = value
    return field


def _time_input(value: str | None) -> Element:
    field: Element = {"type": "Input.Time", "id": "publish_time", "label": "At (UK time; default 09:00)"}
    if value:
        field["value"] = value
    return field


# --- one request ----------------------------------------------------------------------------


def approver_card(summary: RequestSummary, *, notice: str = "", error: str = "", comment: str = "") -> Card:
    """What an approver sees while the request waits: the draft, a comment (``comment`` when a
    press is turned down, so nothing typed is lost) and three buttons."""
    data = {"request_id": summary.request_id, "revision": summary.revision}
    head = _summary(summary, notice)
    body = [*head]
    body.append(
        input_text(
            "comment",
            "Comment (needed to reject or request changes)",
            multiline=True,
            max_length=1000,
            value=comment or None,
        )
    )
    if error:
        body.append(field_error(error))
    buttons = [
        execute("Approve", ApprovalVerb.APPROVE, data, style="positive"),
        execute("Request changes", ApprovalVerb.CHANGES, data),
        execute("Reject", ApprovalVerb.REJECT, data, style="destructive"),
    ]
    body.append(action_set(buttons, spacing="Medium"))
    built = card(
        body,
        fallback_text=f"Approval needed: {summary.reference} {summary.title} from {summary.requester}",
        refresh=_refresh(summary),
    )
    return _with_history(built, summary, len(head))


def status_card(
    summary: RequestSummary, *, notice: str = "", can_cancel: bool = False, can_edit: bool = False
) -> Card:
    """The read-only view; the requester also gets Cancel (pending) or Edit (changes requested)."""
    data = {"request_id": summary.request_id, "revision": summary.revision}
    head = _summary(summary, notice)
    body = [*head]
    buttons = []
    if can_edit:
        buttons.append(execute("Edit and resubmit", ApprovalVerb.EDIT, data, style="positive"))
    if can_cancel:
        buttons.append(
            confirm(
                "Cancel request",
                "Cancel this request? The approvers are told and it can't be reopened.",
                execute("Yes, cancel it", ApprovalVerb.CANCEL, data, style="destructive"),
            )
        )
    if buttons:
        body.append(action_set(buttons, spacing="Medium"))
    built = card(
        body,
        fallback_text=f"{summary.reference} {summary.title}: {summary.state_title}",
        refresh=None if summary.final else _refresh(summary),
    )
    return _with_history(built, summary, len(head))


def _with_history(built: Card, summary: RequestSummary, at: int) -> Card:
    """``built`` with the history after its first ``at`` elements (the summary, before any
    comment box or buttons), in the room the rest of the card leaves."""
    room = CARD_BUDGET - len(json.dumps(built))
    built["body"][at:at] = history_section(summary.history, room=room)
    return built


def _refresh(summary: RequestSummary) -> Element | None:
    if not summary.refresh_ids:
        return None
    data = {"request_id": summary.request_id, "view": summary.view}
    return refresh_for(ApprovalVerb.VIEW, data, summary.refresh_ids)


def _summary(s: RequestSummary, notice: str) -> list[Element]:
    banner = [text(s.state_title, weight="Bolder")]
    if s.decision:
        banner.append(text(user_text(s.decision), spacing="None"))
    if s.comment:
        banner.append(text(quoted(s.comment), subtle=True, spacing="Small"))
    body: list[Element] = [
        text(f"{s.reference}: {user_text(s.title)}", heading=True),
        container(banner, style=_BANNER.get(s.state, "emphasis")),
    ]
    if notice:
        body.append(container([text(user_text(notice), weight="Bolder")], style="warning"))
    if s.note:
        body.append(panel(user_text(s.note), "warning"))
    body.append(
        facts(
            [
                ("Kind", s.kind_title),
                ("Requested by", user_text(s.requester)),
                ("Sent", _sent(s)),
                ("Platforms", s.platforms),
                ("Publish", s.publish),
                ("Urgency", s.urgency),
                ("Non-digital version", s.non_digital),
            ]
        )
    )
    if s.non_digital_missing:
        body.append(
            panel(
                "A non-digital version (print or phone) is not arranged yet; arrange it before publishing "
                "so nobody is left out.",
                "warning",
            )
        )
    body.append(container([text(user_text(s.text))], style="emphasis", spacing="Medium"))
    if s.links:
        body.append(
            text("Links: " + ", ".join(user_text(link) for link in s.links), subtle=True, size="Small")
        )
    return body


def _sent(s: RequestSummary) -> str:
    if s.revision < 2:
        return s.submitted
    if not s.revised:
        return f"{s.submitted} (version {s.revision})"
    return f"{s.revised} (version {s.revision}; first sent {s.submitted})"


# --- lists ----------------------------------------------------------------------------------


def request_list(
    heading: str, rows: Sequence[RequestSummary], *, empty: str, open_as: str = "", refresh_verb: str = ""
) -> Card:
    """A person's own requests, or what waits for an approver; newest or oldest first as given.

    ``refresh_verb`` redraws the list whenever Teams refreshes the card (opening the chat, for
    one), so it never still says "Waiting" after a decision. No ``userIds``: in a 1:1 chat Teams
    refreshes it automatically for the person it belongs to.
    """
    body: list[Element] = [text(heading, heading=True)]
    if not rows:
        body.append(text(empty))
    for row in rows:
        items: list[Element] = [
            text(f"{row.reference}: {user_text(row.title)}", weight="Bolder"),
            text(
                f"{row.state_title} · {row.kind_title} · from {user_text(row.requester)} · {row.submitted}",
                subtle=True,
                spacing="None",
            ),
        ]
        if open_as:
            data = {"request_id": row.request_id, "view": open_as}
            items.append(action_set([execute("Open", ApprovalVerb.OPEN, data)]))
        body.append(container(items, spacing="Medium"))
    summary = f"{heading}: " + (", ".join(f"{r.reference} {r.state_title}" for r in rows) or empty)
    refresh = None
    if refresh_verb:
        refresh = {
            "action": {
                "type": "Action.Execute",
                "title": "Refresh",
                "verb": refresh_verb,
                "data": {"verb": refresh_verb},
            }
        }
    return card(body, fallback_text=summary, refresh=refresh)
