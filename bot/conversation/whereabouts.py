# ruff: noqa: E501  (regular expressions read best unbroken)
"""Where someone in hiding now lives: a concern however cheerfully it is told.

A mother who left a refuge, a refuge's address shared in a family group, a family who moved to get
away from a violent ex, a child whose father is not meant to know where she is, a birth parent who
has found a fostered child, a father under a restraining order who has recognised his child in one
of our photos, an ex posting her new address to "expose" her: a thank-you post that names the new
flat, told with pride, puts them back in reach. Good news or laughter sets the other word rules'
alarm aside when both route models rule a concern out (``alarm.laughed_off``); these signs it never
does (the one concern the rules caught but the router laughed off, leaving one set out over
sixty-six sets, was such a post, and no ordinary development message told cheerfully matches them).
An ex who reads her email or phone and so knows where she has been came from sets 205 to 208
before they were trained on. Like the other lists they are (cue, context) pairs over the normalised
message, and they are among the signs ``word_rules.is_safeguarding`` reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.signs import compile_signs

_SIGNS: Sequence[tuple[str, str | None]] = (
    # A family in hiding from someone, whose whereabouts must not get out.
    (
        r"\b(hiding|hidden|in hiding|fled|fleeing|ran away|running away|moved (here |away )?to get away) from "
        r"(their|her|his|the|an?|my|someone|somebody|him)\b( (dad|father|ex|partner|husband|abuser|family|mum))?|"
        r"\b(in|at|to|from|out of|left) (a|the) (womens )?refuge\b|\b(moved|fled|ran|get|got|getting)( \w+)? away from ?([,.;:!?]|$)|"
        r"\bmoved away from (her|his|their|an?|the) (violent |abusive )?(ex|partner|husband|abuser)\b",
        r"\b(dad|father|ex|partner|husband|abuser|someone|somebody|him|refuge)\b",
    ),
    # A refuge's address shared where others see it (sets 133 to 136).
    (
        r"\brefuge( \w+)? (address|location|postcode)\b|\b(address|location|postcode) of (the|her|their) refuge\b",
        r"\b(posted|shared|put|online|facebook|fb|group|whatsapp|tagged|everyone knows|out there|leaked)\b",
    ),
    # An ex or a partner who has found out where she is now (five-fold over seventy-eight sets, and
    # leaving one set out over eighty-two).
    (
        r"\b(ex|partner|husband|boyfriend|stepdad)\b.{0,120}(?<!doesnt )(?<!dont )(?<!not )(?<!never )\b(found out|knows?|"
        r"tracked down|discovered|worked out) where (she|they|mum|the family|the kids|shes|theyre)( \w+)? (lives?|is staying|"
        r"are staying|is living|are living|has moved|have moved|staying|living)\b",
        None,
    ),
    # Someone whose whereabouts must not reach another (a child in care, a family in hiding).
    (
        r"\b(not|isnt|arent|wasnt|werent) (supposed|allowed|meant) to know where (she|he|they|the \w+) (is|are|lives?|live|lived)\b",
        None,
    ),
    # A birth parent who has found out where a fostered or adopted child is (five-fold over one
    # hundred and ten sets).
    (
        r"\bbirth (dad|mum|father|mother|parents?|family)\b.{0,120}\b(found out|knows?|tracked down|discovered|worked out) "
        r"where (she|he|they|the child|the kids|the children)( \w+)? (is|are|lives?|goes to school)\b",
        None,
    ),
    # Someone under a restraining order who has recognised the child in one of our photos and
    # commented (five-fold over one hundred and eighteen sets).
    (
        r"\b(restraining|non ?molestation|protection|no[- ]contact) orders?\b"
        r"(?! (training|course|session|workshop|webinar|policy|forms?|applications?|process)\b)",
        r"\b(found (you|her|him|them)|recogni[sz]ed|spotted (her|him|them|his) \w+|commented|tracked (her|him|them) down)\b",
    ),
    # An ex posting her new address to "expose" her or "find" them (sets 141 to 144 before they were
    # trained on; never an ex-colleague's new address, nor her partner sharing it for cards).
    (
        r"\b(ex|partner|husband|boyfriend|stepdad)s?\b(?!-).{0,60}\b(posting|posted|posts|sharing|shared|shares|putting|put|spreading)\b"
        r".{0,20}\b(her|their|the familys|mums) (new )?(address|postcode|location|whereabouts)\b",
        r"\b(expose\w*|find (her|them|the kids)|found (you|her|them)|see you soon|get (her|back at her)|coming for)\b|"
        r"\bkeeps? (posting|sharing|putting)\b|\b(kids|childrens|childs|girls|boys|their) schools?\b|\bthreat\w*|\bfound where\b",
    ),
    # A mother's new address posted where she has just left a refuge or fled someone (sets 189 to
    # 192 before they were trained on; never a new address shared so the volunteers can send a card).
    (
        r"\b(posted|shared|put up|put|leaked|spread)\b.{0,20}\b(a|the|her|their) (mums|mothers|womans|familys) (new )?"
        r"(address|postcode|location|whereabouts)\b",
        r"\b(refuge|in hiding|fled|fleeing|violent|abus\w*|restraining)\b",
    ),
    # A post asking where a mother has moved to, because "he needs to see his kids" (sets 169 to 172
    # before they were trained on; never where the toddler group has moved).
    (
        r"\b(anyone|anybody|somebody|someone|any one) (know|knows) where\b[^.!?]{0,40}\b(has |have |is |are |s )?"
        r"(moved|gone to live|living now|lives now|is living|is staying|are staying)\b",
        r"\b(kids|children|needs to see|his son|his daughter|wants (to see )?(his|the) (kids|children)|ex|replied with|street|address)\b",
    ),
    # Sets 201 to 204 before they were trained on: her address posted and her ex "coming for her" (never
    # the mayor coming for the opening); the ex she hides from already commenting where she was
    # tagged.
    (
        r"\b(ex|ex-?partner|ex-?husband|ex-?boyfriend|partner|husband)( is| s| has been)? (coming for|after|going to find|gonna find|"
        r"looking for|out to get) her\b(?! (birthday|party|tea|dinner|christmas|the weekend|a visit|lunch)\b)",
        None,
    ),
    (
        r"\b(who|that|whom) (she|shes|she has|she had|mum|the mum|mums)( has| had| is| was)?( been)? (hiding|hidden|fled|fleeing|"
        r"escaped|running|in hiding) from\b",
        r"\b(ex|partner|husband|boyfriend|him|he|his)\b",
    ),
    # A man who says we keep his wife from him and knows which group she goes to, and when.
    (
        r"\b(keep|keeping|kept|keeps|hiding|hide|hid) (my|his) (missus|wife|partner|girlfriend|woman|kids|children)( away)? from "
        r"(me|him)\b",
        r"\b(knew|knows|know|found out) (which|what|where|when)\b",
    ),
    # Sets 205 to 208 before they were trained on: an ex or partner who keeps getting into her email
    # or phone and so knows where she has been (never into her Netflix to see what she watches).
    (
        r"\b(ex|partner|husband|boyfriend|fella|dad|he)\b.{0,30}\b(keeps? getting into|gets into|got into|logs? into|logging into|"
        r"reads|reading|checks|checking|has access to|hacked|hacking|tracks|tracking)\b( \w+){0,2} (her|the mums|mums|my) "
        r"(emails?|insta\w*|facebook|fb|phone|accounts?|messages|texts|snapchat|whatsapp|location)\b",
        r"\b(knows|knew|know) (where|everywhere|who|when)\b|\bwhere (she|shes|she has|she is|she goes|she went)\b",
    ),
)
WHEREABOUTS_SIGNS = compile_signs(_SIGNS)
