"""Triage: from a report to who must know, what to do next and what must be decided.

One row per category (policy §2.2, §2.4, §2.5), plus the questions every report answers: the
Charity Commission's four serious-incident questions and whether a crime may have been
committed. Pure data and functions, so the rules can be read and tested on their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from bot.org import Role
from graph.records.incidents import Assessment, Category, Report, Route, Step

ICO_WINDOW = timedelta(hours=72)  # from awareness; weekends and nights count (UK GDPR Art. 33)
SAFER_INTERNET = "https://saferinternet.org.uk/online-issue/reporting"
ICO_CONTACT = "the ICO's online form, or its helpline 0303 123 1113 (Mon–Fri 9–5)"


@dataclass(frozen=True)
class Rule:
    notify: frozenset[Role]
    reporter_steps: tuple[str, ...]
    manager_steps: tuple[str, ...] = ()
    runbook: tuple[Step, ...] = ()
    support: bool = False
    ico_clock: bool = False
    minimal: bool = False  # safeguarding: keep no details, hand to the safeguarding procedure


MANAGER = frozenset({Role.MANAGER})
MANAGER_AND_CEO = frozenset({Role.MANAGER, Role.CEO})

RULES: Mapping[Category, Rule] = {
    Category.POLICY_BREACH: Rule(
        MANAGER,
        (
            "Don't share the post or message any further.",
            "The manager will review it and may amend or delete the content (policy §2.5).",
            "If it is on your own account, you may be asked to take it down.",
        ),
        ("Review the content; amend or delete it where needed, and involve senior staff if serious.",),
    ),
    Category.ONLINE_ABUSE: Rule(
        MANAGER,
        (
            "Don't reply to the person sending it.",
            "Block and report them on the platform, and keep a screenshot for the manager.",
            "You don't have to deal with this alone: the charity offers support to anyone "
            "targeted by online abuse (policy §2.5).",
        ),
        (
            "Offer support to the person targeted, and record what was given.",
            "Hide or remove the abuse on our pages and report it to the platform.",
        ),
        support=True,
    ),
    Category.HACKED_ACCOUNT: Rule(
        MANAGER_AND_CEO,
        (
            "Don't post from the account, and don't open links in messages it sent.",
            "If posts are going out now, phone the manager as well.",
            "Don't reuse the account's password anywhere: it will be changed.",
        ),
        ("Work through the runbook below; tick each step as it is done.",),
        runbook=(Step.RECOVER, Step.PASSWORDS, Step.PAUSE_POSTS, Step.STOP_SHARING, Step.TELL_CEO),
    ),
    Category.HARMFUL_CONTENT: Rule(
        MANAGER,
        (
            "If you manage the page, hide or delete the post or comment (note what it said, "
            "but don't pass it round).",
            "Report it to the platform.",
            f"Where appropriate, report it through the UK Safer Internet Centre: {SAFER_INTERNET}",
            "If it involves a child or an adult at risk, report a safeguarding concern instead.",
        ),
        (
            "Check the content has been removed from our pages.",
            f"Report it to the platform and, where appropriate, through {SAFER_INTERNET}",
        ),
    ),
    Category.COMPLAINT: Rule(
        MANAGER,
        (
            "Don't reply yourself: the charity responds to complaints and criticism "
            "professionally (policy §2.5).",
            "Don't delete the comment unless it breaks our moderation rules.",
        ),
        ("Decide who replies, and reply professionally and promptly.",),
    ),
    Category.DATA_BREACH: Rule(
        MANAGER_AND_CEO,
        (
            "Don't forward or share the information any further.",
            "If you can, recall or delete what was sent or posted.",
            "It may have to be reported to the ICO within 72 hours of when we became aware "
            "(weekends count); you don't need to do that yourself.",
        ),
        (
            "Contain it: recall or delete what was shared where you can.",
            "Assess the risk to the people whose data it is, and tell them if the risk is high.",
            f"Report to the ICO through {ICO_CONTACT}, or record why not.",
        ),
        ico_clock=True,
    ),
    Category.SAFEGUARDING: Rule(
        frozenset({Role.SAFEGUARDING_LEAD}),
        (
            "Follow the {procedure} now.",
            "Contact {contact}.",
            "If a child or adult is in immediate danger, call 999.",
            "Don't write the details here, in a group chat or on social media: this log keeps only "
            "the reference, the time and who reported it.",
        ),
        ("Contact the reporter and follow the safeguarding procedure; details stay out of this log.",),
        minimal=True,
    ),
    Category.CRISIS: Rule(
        MANAGER_AND_CEO,
        (
            "Don't respond publicly: the manager and the CEO will use the communications plan.",
            "Don't delete posts unless asked to.",
        ),
        ("Work through the runbook below, once the CEO or the Board agrees; tick each step.",),
        runbook=(Step.COMMS_PLAN, Step.PAUSE_POSTS, Step.STOP_SHARING, Step.TELL_CEO),
    ),
    Category.OTHER: Rule(MANAGER, ("The manager will look at it and get back to you.",)),
}

SERIOUS_FLAG = "May need reporting to the Charity Commission and HSUK."
POLICE_FLAG = "A crime may have been committed: decide whether to report it to the police."
ICO_FLAG = (
    "Personal-data breach: decide whether to report it to the ICO within 72 hours of when we "
    "became aware (weekends count), and record the decision either way."
)


@dataclass(frozen=True)
class Triage:
    notify: frozenset[Role]
    reporter_steps: tuple[str, ...]
    manager_steps: tuple[str, ...]
    flags: tuple[str, ...]
    assessment: Assessment


def asks_questions(category: Category) -> bool:
    """Safeguarding concerns go to the safeguarding lead, who decides about reporting them."""
    return not RULES[category].minimal


def triage(report: Report, *, contact: str, procedure: str) -> Triage:
    rule = RULES[report.category]
    notify, flags, routes = set(rule.notify), [], []
    steps = [s.format(contact=contact, procedure=procedure) for s in rule.reporter_steps]
    deadline = None
    if rule.ico_clock:
        deadline = (report.aware_at or report.reported_at) + ICO_WINDOW
        flags.append(ICO_FLAG)
        routes.append(Route.ICO)
    if report.harms:
        flags.append(SERIOUS_FLAG)
        routes += [Route.CHARITY_COMMISSION, Route.HSUK]
        notify.add(Role.CEO)
        steps.append(
            "This may be a serious incident for the charity: the CEO will decide whether to report it "
            "to the Charity Commission and HSUK."
        )
    if report.crime_suspected:
        flags.append(POLICE_FLAG)
        routes.append(Route.POLICE)
        steps.append(
            "As a crime may have been committed, the manager will decide whether to report it to the "
            "police; if anyone is in immediate danger, call 999 now."
        )
    assessment = Assessment(
        routes=tuple(routes), ico_deadline=deadline, runbook=rule.runbook, support_offered=rule.support
    )
    return Triage(
        frozenset(notify), tuple(dict.fromkeys(steps)), rule.manager_steps, tuple(flags), assessment
    )
