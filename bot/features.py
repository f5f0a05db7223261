"""The features the bot offers, in the order their commands and buttons are matched."""

from __future__ import annotations

from bot import delivery, incidents, welcome
from bot.answers import feature as answers
from bot.approvals import handlers as approvals
from bot.conversation import feature as conversation
from bot.nudges import handlers as nudges
from bot.report import feature as report
from bot.router import Router


def build_router() -> Router:
    router = Router()
    for feature in (welcome, incidents, approvals, answers, conversation, nudges, report, delivery):
        feature.register(router)
    return router
