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
    MISSING = "answer.missing"  # what was missing from an unhelpful answer (optional text)
    SKIP = "answer.skip"  # no comment after "did not help"


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
    LIST_MINE = "approval.list.mine"  # refresh of "my requests": the list as it stands now
    LIST_PENDING = "approval.list.pending"  # refresh of "pending approvals"


class NudgeVerb(StrEnum):
    REVIEW_DONE = "nudge.review.done"
    REVIEW_SNOOZE = "nudge.review.snooze"
    REVIEW_OPEN = "nudge.review.open"  # show one review's nudge card from the reviews list
    REVIEWS_SHOW = "nudge.reviews.show"  # the reviews list as it stands (also its refresh)
    REVIEW_CADENCE = "nudge.review.cadence"  # open the "how often" card
    REVIEW_CADENCE_SAVE = "nudge.review.cadence.save"
    REGISTER_SHOW = "nudge.register.show"  # the register as it stands (also its refresh)
    REGISTER_GRANT = "nudge.register.grant"  # open the grant form
    REGISTER_GRANT_SAVE = "nudge.register.grant.save"
    REGISTER_REVOKE = "nudge.register.revoke"  # open the revoke form
    REGISTER_REVOKE_SAVE = "nudge.register.revoke.save"
    REGISTER_REVIEWED = "nudge.register.reviewed"  # "I have checked everyone's access"
    REGISTER_GROUP = "nudge.register.group"  # open the private group form
    REGISTER_GROUP_SAVE = "nudge.register.group.save"
    LEAVER_RECORD = "nudge.leaver.record"
    LEAVER_TICK = "nudge.leaver.tick"


class IncidentVerb(StrEnum):
    START = "incident.start"  # category chosen: show the details form (or log a safeguarding concern)
    SUBMIT = "incident.submit"
    CANCEL = "incident.cancel"
    SUPPORT_REQUEST = "incident.support_request"  # the person targeted asks for support
    VIEW = "incident.view"  # open one incident (also the card's refresh)
    LIST = "incident.list"  # all open incidents (also that list's refresh)
    MINE = "incident.mine"  # refresh of "my incidents": the person's own reports as they stand now
    ACKNOWLEDGE = "incident.acknowledge"
    SEVERITY = "incident.severity"
    ASSIGN = "incident.assign"
    UPDATE = "incident.update"
    DECIDE = "incident.decide"  # record a reporting decision (ICO, Commission, HSUK, police)
    TICK = "incident.tick"  # a runbook step done
    SUPPORT = "incident.support"  # support given to the person targeted
    CLOSE = "incident.close"


class ReportVerb(StrEnum):
    BUILD = "report.build"  # the period chosen: build the Board report
