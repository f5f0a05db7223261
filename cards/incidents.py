"""Cards a reporter sees: pick a category, describe what happened, then the reference and next steps.

Reporting is two steps so a safeguarding concern is logged before anyone types details: its
card has no form at all, only what to do next. Every other form keeps what was typed when the
server rejects it and shows each problem under its field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from cards.common import (
    Card,
    Element,
    card,
    choice_set,
    container,
    execute,
    field_error,
    input_text,
    notice,
    text,
    user_text,
)
from cards.verbs import IncidentVerb
from graph.records.incidents import Affected, Category, Harm

# Input ids: shared with the server-side parser in bot/incidents/form.py.
# Not "key": the Agents Playground cannot send an Action.Execute whose data has a "key" property
# ("Cannot assign to read only property 'key'"), so the local client could not report at all.
KEY = "report_key"
CATEGORY = "category"
PLATFORM = "platform"
HAPPENED_DATE = "happened_date"
HAPPENED_TIME = "happened_time"
AWARE_DATE = "aware_date"
AWARE_TIME = "aware_time"
SUMMARY = "summary"
LINK = "link"
AFFECTED = "affected"
REMOVED = "content_removed"
PLATFORM_REPORTED = "reported_to_platform"
ACTIONS = "actions_taken"
HARMS = "harms"
CRIME = "crime"

ELSEWHERE = "elsewhere"
ELSEWHERE_TITLE = "Somewhere else (email, phone, in person)"
SUMMARY_LIMIT = 2000
ACTIONS_LIMIT = 1000
YES_NO_NA = (("Yes", "yes"), ("No", "no"), ("Not applicable", "na"))
YES_NO_UNSURE = (("Yes", "yes"), ("No", "no"), ("Not sure", "unsure"))
PRIVACY = (
    "Use roles, not names (for example 'a volunteer', 'a parent we support'). "
    "Only the people who must know will see this."
)


def build_category_card(*, key: str, selected: str = "", error: str = "") -> Card:
    body: list[Element] = [
        text("Report an incident", heading=True),
        text("What kind of incident is it? You'll get a reference and what to do next straight away."),
        choice_set(
            CATEGORY,
            "Kind of incident",
            [(c.label, c.value) for c in Category],
            required=True,
            expanded=True,
            value=selected or None,
            error="Choose what kind of incident it is.",
        ),
    ]
    if error:
        body.append(field_error(error))
    body.append(
        text(
            "A safeguarding concern about a child or adult at risk: choose it above and don't type "
            "any details here; you'll be told who to contact.",
            subtle=True,
            size="Small",
        )
    )
    actions = [
        execute("Continue", IncidentVerb.START, {KEY: key}, style="positive"),
        execute("Cancel", IncidentVerb.CANCEL, {KEY: key}, associated_inputs="none"),
    ]
    return card(body, fallback_text="Report an incident: choose what kind it is.", actions=actions)


def _date(input_id: str, label: str, value: str, *, today: date, required: bool) -> Element:
    field: Element = {"type": "Input.Date", "id": input_id, "label": label, "isRequired": required}
    field["max"] = today.isoformat()
    # Shown for a missing date and for one after today alike, so it names both checks.
    field["errorMessage"] = f"Give the date ({label.lower()}): today or earlier, not in the future."
    if value:
        field["value"] = value
    return field


def _time(input_id: str, label: str, value: str) -> Element:
    field: Element = {"type": "Input.Time", "id": input_id, "label": label}
    if value:
        field["value"] = value
    return field


def build_report_form(
    *,
    key: str,
    category: Category,
    platforms: Sequence[tuple[str, str]],
    values: Mapping[str, str],
    errors: Mapping[str, str],
    today: date,
    now_time: str,
    asks_questions: bool = True,
    ico_clock: bool = False,
) -> Card:
    """``platforms`` are (name, key) pairs; ``values`` and ``errors`` are keyed by input id."""
    defaults = {HAPPENED_DATE: today.isoformat(), AWARE_DATE: today.isoformat(), AWARE_TIME: now_time}
    v = {**defaults, **{k: val for k, val in values.items() if isinstance(val, str)}}

    def with_error(*fields: Element, name: str) -> list[Element]:
        return [*fields, field_error(errors[name])] if name in errors else list(fields)

    aware_hint = "The ICO's 72 hours run from this time." if ico_clock else ""
    body: list[Element] = [
        text(f"Report an incident: {category.label}", heading=True),
        text(PRIVACY, subtle=True),
    ]
    if errors:
        body.append(notice([text("Please check the highlighted answers.", weight="Bolder")], "attention"))
    platform_choices = [*platforms, (ELSEWHERE_TITLE, ELSEWHERE)]
    body += with_error(
        choice_set(
            PLATFORM,
            "Where did it happen?",
            platform_choices,
            required=True,
            value=v.get(PLATFORM),
            error="Choose where it happened.",
        ),
        name=PLATFORM,
    )
    body += with_error(
        _date(HAPPENED_DATE, "Date it happened", v.get(HAPPENED_DATE, ""), today=today, required=True),
        _time(HAPPENED_TIME, "Time it happened (if known)", v.get(HAPPENED_TIME, "")),
        name=HAPPENED_DATE,
    )
    body += with_error(
        _date(AWARE_DATE, "Date we became aware", v.get(AWARE_DATE, ""), today=today, required=True),
        _time(AWARE_TIME, "Time we became aware", v.get(AWARE_TIME, "")),
        name=AWARE_DATE,
    )
    if aware_hint:
        body.append(text(aware_hint, subtle=True, size="Small", spacing="None"))
    body += with_error(
        input_text(
            SUMMARY,
            "What happened?",
            required=True,
            multiline=True,
            max_length=SUMMARY_LIMIT,
            value=v.get(SUMMARY),
        ),
        name=SUMMARY,
    )
    body += with_error(
        input_text(LINK, "Link to the post or message (if any)", max_length=500, value=v.get(LINK)),
        name=LINK,
    )
    body += with_error(
        choice_set(
            AFFECTED,
            "Who is affected? (roles, not names)",
            [(a.label, a.value) for a in Affected],
            multi=True,
            value=v.get(AFFECTED),
        ),
        name=AFFECTED,
    )
    body += [
        choice_set(REMOVED, "Has the content been removed?", YES_NO_NA, expanded=True, value=v.get(REMOVED)),
        choice_set(
            PLATFORM_REPORTED,
            "Has it been reported to the platform?",
            YES_NO_NA,
            expanded=True,
            value=v.get(PLATFORM_REPORTED),
        ),
    ]
    body += with_error(
        input_text(
            ACTIONS,
            "Anything else done so far?",
            multiline=True,
            max_length=ACTIONS_LIMIT,
            value=v.get(ACTIONS),
        ),
        name=ACTIONS,
    )
    if asks_questions:
        body.append(_questions(v, errors))
    actions = [
        execute("Submit report", IncidentVerb.SUBMIT, {KEY: key, CATEGORY: category.value}, style="positive"),
        execute("Cancel", IncidentVerb.CANCEL, {KEY: key}, associated_inputs="none"),
    ]
    return card(body, fallback_text=f"Report an incident: {category.label}", actions=actions)


def _questions(v: Mapping[str, str], errors: Mapping[str, str]) -> Element:
    items: list[Element] = [
        text("Could it be a serious incident?", weight="Bolder"),
        choice_set(
            HARMS,
            "Could it lead to significant… (tick any that apply)",
            [(h.label, h.value) for h in Harm],
            multi=True,
            expanded=True,
            value=v.get(HARMS),
        ),
        choice_set(
            CRIME,
            "Could a crime have been committed (threats, fraud, hate crime, hacking)?",
            YES_NO_UNSURE,
            expanded=True,
            value=v.get(CRIME),
        ),
    ]
    if HARMS in errors:
        items.append(field_error(errors[HARMS]))
    return container(items, style="emphasis", spacing="Medium")


def build_reporter_card(
    *,
    reference: str,
    category: Category,
    steps: Sequence[str],
    told: Sequence[str],
    deadline: str = "",
    sync_note: str = "",
    support_offered: bool = False,
    support_requested: bool = False,
) -> Card:
    """What the reporter sees at once: the reference, next steps and who has been told."""
    kind = "Safeguarding concern" if category is Category.SAFEGUARDING else "Incident"
    body: list[Element] = [
        text(f"{kind} logged: {reference}", heading=True),
        text(category.label, subtle=True, spacing="None"),
        text("What to do next", weight="Bolder", spacing="Medium"),
        *(text(f"{n}. {step}") for n, step in enumerate(steps, 1)),
    ]
    if deadline:
        body.append(notice([text(f"ICO deadline: {deadline}", weight="Bolder")], "attention"))
    if told:
        body.append(
            text(f"{' and '.join(told)} {'has' if len(told) == 1 else 'have'} been told.", subtle=True)
        )
    if sync_note:
        body.append(text(sync_note, subtle=True, size="Small"))
    actions: list[Element] = []
    if support_requested:
        body.append(notice("You asked for support: someone will be in touch.", "good"))
    elif support_offered:
        body.append(
            text("If you were the person targeted, would you like someone to contact you for support?")
        )
        actions.append(
            execute("Yes, I'd like support", IncidentVerb.SUPPORT_REQUEST, {"reference": reference})
        )
    summary = f"{kind} logged: {reference}. Next: {steps[0] if steps else ''}"
    return card(body, fallback_text=summary, actions=actions)


def build_cancelled_card() -> Card:
    return card(
        [
            text("Report cancelled", heading=True),
            text("Nothing was recorded. Type report incident to start again."),
        ],
        fallback_text="Report cancelled: nothing was recorded.",
    )


def build_moved_notice(org_name: str) -> str:
    """The message left in a channel or group chat when a report moves to a private chat."""
    return (
        "I've sent you a private message to report this. Incident reports stay in 1:1 chats so that "
        f"details about people {user_text(org_name)} supports never sit in a group chat."
    )
