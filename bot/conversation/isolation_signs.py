# ruff: noqa: E501  (regular expressions read best unbroken)
"""An adult cut off from others by a partner: control told as a joke or as news from home.

A partner who "only lets her out" for the school run, said with a laugh; a husband who rings to say
she won't volunteer any more and "doesn't need to speak to us", and now her phone is off; a mother
made to give her ex her Facebook password "to prove she's not cheating", who still logs in to check;
a mum who must check with him first whether she is allowed. Each stays quiet beside the everyday
wordings that share its words (a toddler only let out in the garden when it's dry, a partner ringing
to say she is poorly today, a password lent for a film, checking with him whether the car is free).
``control_signs`` holds the rest of coercive control; these are kept apart only because that list is
full. Like the other lists they are (cue, context) pairs over the normalised message, read by
``word_rules.is_safeguarding``; they come from sets 149 to 156 before those were trained on, and
from five-fold over one hundred and fifty-eight and one hundred and sixty-six sets; five-fold over
222 sets added "he won't let me out", and a new friend or lodger taking a mother's whole benefit;
five-fold over 226 sets, a father who takes the money and the phone told in Spanish, and a partner
who smashed her phone.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.signs import compile_signs

_PARTNER = r"(husband|partner|boyfriend|fella|hubby|bloke|man)"

_SIGNS: Sequence[tuple[str, str | None]] = (
    (rf"\b({_PARTNER}|he)( \w+)? only lets (her|him) (out|go out|leave the house|go anywhere)\b", None),
    (
        rf"\b{_PARTNER}( \w+)? (rang|called|phoned|messaged|texted|emailed) (us |me )?to say (that )?(she|shes)\b",
        r"\b(doesnt|does not|wont|will not|dont|do not) need to (speak|talk) to (us|you|anyone|me)\b|\bcant (reach|get hold of) her\b|"
        r"\bnot (answering|picking up)\b|\bphones? (is |s )?(dead|off)\b",
    ),
    # Sets 153 to 156 before they were trained on: made to hand over a password "to prove she's not
    # cheating", and he still logs in to check (never a password lent for a film or given to IT).
    (
        r"\b(give|gave|given|giving|hand(ed|ing)? over|share|shared|tell|told)( \w+){0,3} (her|his) (\w+ )?(password|passcode|pin|login)s?\b",
        rf"\bto prove (shes|she is|she isnt|she is not|shes not|she aint|hes|he is|he isnt)\b|\b({_PARTNER}|ex|he) (still )?logs? (in|on) to (check|read|see)\b",
    ),
    # Five-fold over one hundred and fifty-eight sets: "my husband takes my wages" (never the car).
    (
        rf"\b({_PARTNER}|he) (takes|took|keeps|has|holds) (all )?(my|her) (wages|pay|salary|money|benefits|child benefit|bank card)\b",
        None,
    ),
    # Five-fold over one hundred and sixty-six sets: a mum who must check with him first whether she
    # is allowed (never checking with him whether the car is free).
    (
        r"\b((check|ask|clear it) with|asks?|asked|asking) (him|her partner|her husband|her fella|her boyfriend)( first)? (whether|if) (shes|"
        r"she is|she would be|shell be) allowed\b",
        None,
    ),
    # Five-fold over two hundred and twenty-two sets: "he won't let me out" or "leave the house",
    # posted and deleted (never the quizmaster's table); a new "friend" or lodger taking her whole
    # benefit while the children go without.
    (
        r"\b(he|she|they|my partner|my husband)( just)? (wont|will not|doesnt|does not|never) lets? (me|her) (out|leave|go out)\b"
        r"(?! (the )?(table|room|meeting|quiz|game|chat|group))|\b(he|she|they|my partner|my husband)( just)? (wont|will not|"
        r"doesnt|does not|never) lets? (me|her) leave the (house|flat|home)\b",
        None,
    ),
    (
        r"\b(takes|took|taking|handing over|hands over|handed over|gets|getting) (her|his|their) (whole|entire|full|all (her|his|their)) "
        r"(universal credit|uc|benefits?|money|wages|pay|child benefit)\b|\b(handing|hands|handed) over (her|his|their) (whole |entire )?"
        r"(universal credit|uc|benefits?|child benefit)\b",
        r"\b(kids|children|little ones)\b.{0,40}\b(toast|cereal|crisps|nothing|no food|hungry|going without)\b",
    ),
    # Five-fold over two hundred and twenty-six sets: a father who takes the mother's money and phone
    # and won't let her out, told in Spanish (never a baby who keeps her from sleep); a partner who
    # smashed her phone (never one dropped in the bath).
    (
        r"\b(le quita|le coge|le esconde) (el|los|su|sus) (dinero|telefono|teléfono|movil|móvil)\b|\bno la deja salir\b",
        None,
    ),
    (
        rf"\b{_PARTNER}\b.{{0,20}}\b(smashed|snapped|stamped on|threw|chucked) (her|my|the mums) phone\b",
        None,
    ),
)
ISOLATION_SIGNS = compile_signs(_SIGNS)
