"""One sentence for "you can't do that": who can, and what this person can do instead.

Every refusal in the bot goes through :func:`refusal`, so a volunteer pressing an approver's
button, a trustee typing ``register`` and a staff member trying to close an incident all hear
the same kind of answer. A list of job titles ("Only the CEO or a Board approver or the
Bot administrator…") tells people nothing they can act on; naming at most two roles, the
person who holds a role alone, and a next step does.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.org import OrgConfig, Role

# Who a person can turn to, by the roles they hold: the first match wins.
_VOLUNTEER_INSTEAD = "ask your coordinator or a staff member to do it for you"
# What staff can't do either (the register, open incidents, the Board report…) goes through
# the volunteer's coordinator: sending them to "a staff member" would send them nowhere.
_VOLUNTEER_PASS_ON = "ask your coordinator to pass it on if it needs doing"
_NO_ROLE_INSTEAD = "ask a member of staff, or type help to see what you can do"


def _named_roles(allowed: Iterable[Role]) -> list[Role]:
    roles = sorted(set(allowed), key=list(Role).index)
    if len(roles) > 1 and Role.ADMIN in roles:
        roles.remove(Role.ADMIN)
    return roles


def _everyone_named(allowed: Iterable[Role]) -> bool:
    """Does :func:`who_can` name everyone who may? Only then may a refusal say "Only"."""
    roles = _named_roles(allowed)
    return len(roles) <= 2 or {Role.STAFF, Role.TRUSTEE} <= set(roles)


def who_can(org: OrgConfig, allowed: Iterable[Role]) -> str:
    """ "the CEO or a Board approver": at most two roles, bot administrators only when alone.

    A post the organisation has one of is "the <title>", others "a <title>"; when one role is
    named and one person holds it, so is the person. Staff members and trustees read as one group.
    """
    roles = _named_roles(allowed)
    if {Role.STAFF, Role.TRUSTEE} <= set(roles):
        return "staff and trustees"  # the CEO, the manager and the Board are among them
    named = len(roles) == 1
    return " or ".join(_one(org, r, named=named) for r in roles[:2])


_ONE_OF_A_KIND = frozenset({Role.CEO, Role.MANAGER, Role.SAFEGUARDING_LEAD})


def _one(org: OrgConfig, role: Role, *, named: bool) -> str:
    holders = org.holders(role)
    title = org.title(role)
    said = f"the {title}" if role in _ONE_OF_A_KIND else f"a {title}"
    return f"{said} ({holders[0].name})" if named and len(holders) == 1 else said


def refusal(
    org: OrgConfig,
    allowed: Iterable[Role],
    asker: Iterable[Role] = (),
    *,
    action: str = "do that",
    instead: str = "",
) -> str:
    """``Only <who> can <action>; <instead>.`` in one sentence.

    When more roles may than two can be named, "Only" would be untrue (the manager may run the
    Board report too), so the sentence then says ``<Who> can <action>; …`` instead.

    ``instead`` is the caller's own next step for this person (e.g. "the CEO will decide on its
    card"); without one, it is chosen from the person's roles: a volunteer is pointed to their
    coordinator or a staff member (their coordinator alone when staff can't do it either), someone
    the organisation file does not know to a member of staff, anyone else to the people who can.
    """
    allowed = frozenset(allowed)
    who = who_can(org, allowed)
    if not instead:
        instead = _default_instead(frozenset(asker), staff_can=Role.STAFF in allowed)
    if _everyone_named(allowed):
        return f"Only {who} can {action}; {instead}."
    return f"{who[0].upper()}{who[1:]} can {action}; {instead}."


def _default_instead(asker: frozenset[Role], *, staff_can: bool) -> str:
    if not asker:
        return _NO_ROLE_INSTEAD
    if asker <= {Role.VOLUNTEER}:
        return _VOLUNTEER_INSTEAD if staff_can else _VOLUNTEER_PASS_ON
    return "please ask them if it needs doing"
