"""Policy answers: quote the organisation's policy in reply to a question, or say it does not cover it.

``document`` reads the policy, ``index`` finds the passages (``PolicyIndex.answer``), ``render``
turns an answer into text or JSON, ``cli`` is ``python -m bot ask``. Nothing here knows about
Teams; the handler in ``bot/teams`` uses these and the cards in ``cards/answer.py``.
"""
