"""Cards for what a message leads to: a safeguarding concern, a situation to report, a person to ask.

Like the answer cards, these never repeat what the person typed: the safeguarding card in
particular must not echo details of a concern. Contact details come from the organisation file.
"""

from __future__ import annotations

from collections.abc import Sequence

from cards.answer import QuotedPassage, quote
from cards.common import Card, Element, action_set, card, clean, container, execute, text, user_text
from cards.contact import Contact, open_url
from cards.incidents import CATEGORY, KEY
from cards.safety_note import DANGER, report_concern
from cards.verbs import IncidentVerb

UNREAD = "I can only read English"
UNREAD_SAFETY = "If your message is about someone's safety, this is what to do."


def build_safeguarding_card(
    *,
    lead: Contact | None,
    procedure: str,
    backup: str,
    passages: Sequence[QuotedPassage],
    report_key: str,
    urgent: bool = False,
    office_phone: str = "",
    office_hours: str = "",
    unread: bool = False,
) -> Card:
    """What to do about a possible risk to a child or adult, before anything else; ``unread``: the
    message was in a language the bot cannot read, so it says so and gives the same steps in case."""
    heading = UNREAD if unread else "This sounds like a safeguarding concern"
    body: list[Element] = [text(heading, heading=True)]
    if unread:
        body.append(text(UNREAD_SAFETY))
    if urgent:
        body.append(container([text(DANGER, weight="Bolder")], style="attention"))
    steps = [f"1. Follow our {clean(procedure)}."]
    if lead is not None:
        steps.append(f"2. Tell the safeguarding lead today: {lead.sentence()}")
    else:
        steps.append("2. Tell the safeguarding lead today.")
    if backup:
        steps.append(f"3. {clean(backup)}")
    if office_phone:
        hours = f" ({clean(office_hours)})" if office_hours else ""
        steps.append(f"{len(steps) + 1}. The office: phone {user_text(office_phone)}{hours}.")
    body.append(text("\n".join(steps)))
    if not urgent:
        body.append(text(DANGER, weight="Bolder"))
    body.append(
        text(
            "Don't write the details here, in a group chat or on social media. Reporting it here keeps "
            "only a reference, the time and your name, and tells the safeguarding lead.",
            subtle=True,
        )
    )
    body.extend(quote(p, first=i == 0) for i, p in enumerate(passages))
    actions = [report_concern(report_key, style="positive")]
    if lead is not None and lead.chat_link:
        actions.append(open_url(f"Chat with {clean(lead.name)}", lead.chat_link))
    body.append(action_set(actions, spacing="Medium"))
    who = lead.plain() if lead else "the safeguarding lead"
    opening = f"{UNREAD}. {UNREAD_SAFETY}" if unread else f"{heading}."
    fallback = f"{opening} {DANGER} Follow our {procedure}. Tell {who} today."
    return card(body, fallback_text=fallback)


def build_report_offer_card(
    *, category: str, label: str, passages: Sequence[QuotedPassage], report_key: str, ask: Contact | None
) -> Card:
    """The policy's words for the situation, and a button that starts the report with its kind chosen."""
    body: list[Element] = [text("From our social media policy", subtle=True, size="Small")]
    body.extend(quote(p, first=i == 0) for i, p in enumerate(passages))
    body.append(
        text(
            f"This sounds like something to report ({user_text(label.lower())}). Report it and you'll get a "
            "reference and what to do next straight away.",
            separator=True,
        )
    )
    body.append(
        action_set(
            [
                execute(
                    "Report it", IncidentVerb.START, {CATEGORY: category, KEY: report_key}, style="positive"
                )
            ]
        )
    )
    if ask is not None:
        body.append(text(f"Questions? Ask {ask.sentence()}", subtle=True, size="Small"))
    return card(body, fallback_text=f"This sounds like something to report ({label}). Type report incident.")


def build_ask_card(*, passages: Sequence[QuotedPassage], sentence: str) -> Card:
    """For someone who can't take the action themselves: the policy, and who can help."""
    body: list[Element] = [text("From our social media policy", subtle=True, size="Small")]
    body.extend(quote(p, first=i == 0) for i, p in enumerate(passages))
    body.append(text(sentence, separator=True))
    return card(body, fallback_text=sentence)
