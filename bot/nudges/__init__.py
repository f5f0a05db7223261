"""Nudges: reviews, the register of official accounts and leavers' access (policy §2.1–§2.6).

``register(router)`` (in ``bot.nudges.handlers``) adds the commands, card verbs, job kinds and
the start-up hook that seeds the recurring reviews.
"""
