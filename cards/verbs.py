"""Card verbs shared by the card builders and the handlers that answer them.

Each feature owns one block; a verb is "<feature>.<what>" so the logs say where a press went.
"""

from __future__ import annotations

from enum import StrEnum


class HelpVerb(StrEnum):
    RUN = "help.run"  # a shortcut button that runs a text command


class AnswerVerb(StrEnum):
    HELPFUL = "answer.helpful"
    UNHELPFUL = "answer.unhelpful"


class ApprovalVerb(StrEnum):
    SUBMIT = "approval.submit"  # the request form
    RESUBMIT = "approval.resubmit"  # the edited form after "request changes"
    VIEW = "approval.view"  # refresh: each person's own view of a request
    APPROVE = "approval.approve"
    REJECT = "approval.reject"
    CHANGES = "approval.changes"  # request changes
    CANCEL = "approval.cancel"
    EDIT = "approval.edit"  # open the form again to change and resubmit
    OPEN = "approval.open"  # from a list: post the request's card in this chat


class IncidentVerb(StrEnum):
    START = "incident.start"  # category chosen: show the details form (or log a safeguarding concern)
    SUBMIT = "incident.submit"
    CANCEL = "incident.cancel"
    SUPPORT_REQUEST = "incident.support_request"  # the person targeted asks for support
    VIEW = "incident.view"  # open one incident (also the card's refresh)
    ACKNOWLEDGE = "incident.acknowledge"
    SEVERITY = "incident.severity"
    ASSIGN = "incident.assign"
    UPDATE = "incident.update"
    DECIDE = "incident.decide"  # record a reporting decision (ICO, Commission, HSUK, police)
    TICK = "incident.tick"  # a runbook step done
    SUPPORT = "incident.support"  # support given to the person targeted
    CLOSE = "incident.close"
