"""From a person's own words to the right help: safeguarding first, then reports, then answers.

``route.decide`` reads one message and says what the bot should do with it (one of the
``Route`` values), from the pattern tables in ``safeguarding``, ``situations``, ``leavers`` and
``chatter``, the policy index, and the classifiers in ``learned`` (trained from the development
sets). It is pure once they are trained, so the chat handler (``feature``) and ``python -m bot ask
--json`` make the same decision.
"""
