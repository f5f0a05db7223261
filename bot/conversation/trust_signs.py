# ruff: noqa: E501  (regular expressions read best unbroken)
"""Someone reaching a child by a side door: a grown-up getting a child alone or away, or a stranger
getting in.

A man in the comments under our post asking a twelve-year-old, or children, to message him, or for
more pictures of the little girl in the pink dress; a coordinator or a volunteer said to be meeting
a family's teenage daughter outside visits, or on his own at weekends; a woman calling herself our
new outreach worker and offering free home visits, whom nobody has heard of; a dad taking the
children to the airport and saying not to tell their mother. None names grooming, abuse or
abduction, so the other lists miss them; each stays quiet beside the everyday wordings that share
its words (asking the young mums to message us, a coordinator meeting the teenage mums' group or a
daughter's school, our own new outreach worker starting on Monday, a grandma asking for more photos,
a family holiday). So do a grown-up posting photos of other people's children from the park, and
babysitting offered in exchange for photos of a mother's children; strangers using our name to
reach children (a woman posing as one of our volunteers and offering childcare at her house, a
"scout" wanting a child alone on a video call, our logo asking a child for a selfie); photos of
children from visits shared into a group of men; single mums' addresses asked for; every selfie of
the families' teenage girls liked. Like the other lists they are (cue, context) pairs over the
normalised message, read by ``word_rules.is_safeguarding``; they come from sets 189 to 204 and 209
to 212 before they were trained on (a man rating which little girls in our photos are prettiest)
and from five-fold over one hundred and ninety sets and over two hundred and thirty-four (a coach's
free one-to-one sessions for a boy he calls special, the address of "that pretty girl, 15", a man
very hands-on with the toddlers).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.signs import compile_signs

# A child, never a teenage mum or dad: "a 12 year old commenter", "a young lad", "their teenage girl".
_A_CHILD = (
    r"((a|an|the|this|that|one|their|her|his|the familys|a familys|the mums) (([1-9]|1[0-5]) ?(yo|year old|yr old)|young|little|"
    r"teen(age)?)?( \w+)? ?(child|kid|girl|boy|lad|lass|daughter|son|commenter|teen|teenager)|(\w+s )?(young |little )?(kids|children|"
    r"girls|boys|young ones|teens|teenagers))\b"
)

# A child's age told in years, under sixteen: "an 11 year old", "12yo", "14 yrs old".
_UNDER_SIXTEEN = r"([1-9]|1[0-5]) ?(yo|yrs? old|year old)"

_SIGNS: Sequence[tuple[str, str | None]] = (
    # A grown man asking a child in the comments to message him (never the young mums asked to
    # message us).
    (
        rf"\b(asking|asked|asks|telling|told|tells|getting|got|invit\w*|begging|wants) {_A_CHILD}( \w+){{0,2}} to "
        r"(dm|pm|inbox|message|text|snap|snapchat|add|whatsapp|private message|direct message) (him|me)\b",
        None,
    ),
    # A coordinator or volunteer seeing a family's child alone or outside visits (never the
    # teenage mums' group, nor a daughter's school).
    (
        r"\b(coordinators?|volunteers?|workers?|staff|member of staff|trustees?)\b.{0,30}\b(meeting|meets|met|seeing|sees|saw|"
        rf"taking out|takes out|took out|messaging|texting) {_A_CHILD}",
        r"\b(outside (of )?(visits?|work|sessions?|group|the visits?|hours)|on (his|her|their) own|alone|in secret|secretly|"
        r"after hours|at weekends|in (his|her) car|at (his|her) (flat|house|place))\b",
    ),
    # Someone nobody knows calling herself one of ours and offering home visits.
    (
        r"\b(claiming|claims|says (shes|hes|she is|he is)|pretending|posing as|makes out)\b.{0,60}\b(home[- ]?start|volunteers?|"
        r"outreach|family support)\b.{0,100}\b(home visits?|visits? (at|in) (their|your) (home|house)|come (round|to (your|their) "
        r"(house|home)))\b",
        r"\b(no ?one|nobody|no body) (by|of|with|called) that name\b|\bnever heard of (her|him|them)\b|\b(no ?one|nobody) knows (her|him|them)\b|\bnot one of (ours|us)\b|"
        r"\bwe (dont|do not) (have|employ)\b|\bisnt (ours|one of ours|on our)\b|\b(fake|pretend\w*|posing|scam\w*)\b",
    ),
    # Five-fold over one hundred and ninety sets: a man in the comments asking for "more pics of the
    # little girl in the pink dress" (never a grandma asking for more photos).
    (
        r"\b(asking|asked|asks|wants|wanted|begging|requesting) (for )?(more|another|other|extra|close[- ]?up) (pics|photos|pictures|"
        r"videos|shots|selfies) of (the|that|a|this) (little |young |\d+ ?(yo|year old) )?(girl|boy|child|kid|lad|lass|toddler)\b",
        r"\b(man|bloke|guy|stranger|account|profile|comments?|commenting|dms?|someone|somebody|fella)\b",
    ),
    # Five-fold over one hundred and ninety sets: a dad taking the children to the airport and
    # saying not to tell their mother (never a family holiday).
    (
        r"\b(take|taking|took|drive|driving|drove|fly|flying|get|getting)( \w+){0,3} (the |his |her |their )?(kids|children|boys|girls|"
        r"baby|son|daughter)( \w+){0,3} to the airport\b",
        r"\b(not to tell|dont tell|do not tell|without telling|doesnt know|does not know|behind (her|their|mums) back)\b",
    ),
    # Sets 193 to 196 before they were trained on: a grown-up posting photos of other people's children
    # from the park and commenting on them (never photos parents sent us from the fun day); jobs or
    # babysitting offered to mums in exchange for photos of their children.
    (
        r"\b(posting|posts|posted|taking|takes|took|filming|films|sharing|shares) (photos|pictures|pics|videos|clips) of (other "
        r"peoples|strangers|random|other) (kids|children|little ones|girls|boys)\b",
        r"\b(park|playground|school|beach|pool|street|comments?|commenting|his own|her own|insta\w*|tiktok)\b",
    ),
    (
        r"\bin (exchange|return) for (photos|pictures|pics|videos|selfies) of (their|your|her|his|the) (children|kids|baby|babies|"
        r"little ones|daughters?|sons?|girls?|boys?)\b",
        None,
    ),
    # Sets 197 to 200 before they were trained on: someone posing as one of our volunteers and
    # offering to mind children at her house (never our own volunteer helping at the crèche); a
    # "scout" wanting a child alone on a video call (never a recruiter calling the writer); our logo
    # asking a child for a selfie; a child of twelve called a stunner and asked for her Snapchat.
    (
        r"\b(posing as|posting as|pretending to be|claiming to be|claims to be|calling (herself|himself)|says (shes|hes|she is|he is))"
        r" (a |an |one of )?(home[- ]?start|our)?( \w+)? (volunteers?|worker|staff|coordinator|childminder)\b.{0,80}\b(childcare|"
        r"child care|mind(ing)? (the |their |your )?(kids|children|little ones)|babysit\w*|look(ing)? after (the |their |your )?"
        r"(kids|children|little ones))\b",
        r"\b(at (her|his|their) (house|flat|place|home)|we (dont|do not) (offer|do|provide|run)|not one of (ours|us)|(no ?one|nobody) "
        r"knows|never heard of|fake|pretend\w*|posing|posting as)\b",
    ),
    (
        r"\b(video ?call|video ?chat|facetime|zoom|call|meet|chat)\w*( with)? (my |our |the |a |her |his |their )?(\w+ )?"
        rf"({_UNDER_SIXTEEN}|daughter|son|girl|boy|child|kid)\b",
        r"\b(on (her|his|their) own|alone|just the (girl|boy|child|kid)|no (parents?|mum|dad|adults?)|without (her |his |their )?(mum|"
        r"dad|parents?|an adult))\b",
    ),
    (
        r"\b(my|her|his|their|a|the|our) (([1-9]|1[0-7]) ?(yo|yrs? old|year old)|teen(age)? ?(daughter|son|girl|boy)?|daughter|son|"
        r"girl|boy|kid|child)\b( \w+){0,3} (asking|asked|asks|telling|told|wants|wanting)( (her|him|them))?( to)?( \w+){0,5} "
        r"(selfies?|(photo|pic|picture)s? of (herself|himself|themselves))\b",
        r"\b(profile|account|logo|stranger|friend request|dm\w*|messag\w*|inbox\w*|snap\w*|online|page)\b",
    ),
    (
        r"\b(ask\w*|want\w*|begging|beg\w*) (for )?(her|his|their) (snap|snapchat|number|insta|whatsapp|kik|address)\b",
        rf"\b{_UNDER_SIXTEEN}\b|\b(little|young) (girl|boy)\b|\bschool ?(girl|boy)\b",
    ),
    # Sets 201 to 204 before they were trained on: a volunteer sharing photos of children from visits into
    # a group of men nobody knows (never the cake sale into our own group); a man asking for single
    # mums' addresses; an organiser messaging each girl for photos first; a grown-up liking every
    # selfie the families' teenage girls post (never every post of our page, nor a nanny hearting
    # every photo of the children).
    (
        r"\b(sharing|shares|shared|posting|posts|posted|sending|sends|sent|putting)( \w+){0,2} (photos|pictures|pics|images|videos) of "
        r"(the )?(children|kids|babies|little ones|girls|boys)\b",
        r"\b(group|chat|forum)s? of (men|blokes|strangers)\b|\bmen (i|we) (dont|do not) (recognise|know)\b|\bstrange men\b",
    ),
    (
        r"\b(ask\w*|wants?|wanting|wanted)( \w+){0,5} (for )?(the )?(addresses|address|numbers|details|names) of (the )?(single|young|"
        r"teenage|lone|vulnerable) (mums|mothers|parents|girls)\b",
        None,
    ),
    (
        r"\b(dms?|messages?|messaging|inbox\w*|pms?)( \w+){0,2} (each|every|the|individual) (girl|boy|child|teen|teenager|kid)s?\b"
        r".{0,30}\b(asking|asks|for) (for )?(photos|pictures|pics|selfies)\b",
        None,
    ),
    (
        r"\b(likes?|liking|comments? on|hearts?)( on)? every (selfie|one of (their|her|his) selfies|(photo|pic|picture) of the "
        r"(teenage |young )?(girls|boys))\b",
        r"\b(teenage (girls|boys)|girls|boys|young people|\d+ ?(yo|year old)s?)\b",
    ),
    # Sets 209 to 212 before they were trained on: a man commenting on our photos about which little
    # girls or babies are the prettiest (never how fast the little ones grow).
    (
        r"\b(which|what) (ones?|babies|kids|children|(little )?girls|(little )?boys|toddlers)( \w+)? (are|is|look) (the )?(prettiest|"
        r"pretty|cutest|sexiest|sexy|fittest|fit|hottest|hot)\b",
        r"\b(man|mans|men|bloke|blokes|guy|guys|stranger|someone|somebody|he|him)\b",
    ),
    # Five-fold over two hundred and thirty-four sets: a coach who calls a boy "special" and gives him
    # free one-to-one sessions when the gym is shut (never the swimming club's holiday lessons); the
    # address of "that pretty girl, 15" asked for (never a cute cafe); a man very hands-on with the
    # toddlers, picking them up without asking (never a volunteer at the craft table).
    (
        r"\b(free|extra|private|special) (one ?to ?one|1 ?to ?1|1-1|private) (sessions?|lessons?|coaching|training|tuition)\b",
        r"\b(special(?! (needs|educational|school|schools|ed)\b)|secret|dont tell|when (the )?\w+ (is |s )?(shut|closed)|after "
        r"every(one|body)s gone|on (their|his|her) own)\b",
    ),
    (
        r"\b(address|number|snap\w*|insta|details) (of|for) (that|the) (pretty|fit|cute|gorgeous|hot|lovely|stunning) (\w+ ){0,2}"
        r"(girl|lad|boy)\b.{0,40}\b(1[0-7]|[5-9])\b",
        None,
    ),
    (
        r"\b(very |really |too |a bit )?hands-?on with the (toddlers|kids|children|little ones|babies|girls|boys)\b",
        r"\b(without asking|picking (them|the \w+) up|cuddl\w*|on his (lap|knee)|a (man|bloke|guy)|stranger)\b",
    ),
    # Five-fold over two hundred and thirty-eight sets: a mother's new man, around a week or two,
    # offering to do the little girl's bath time every night (never grandad while mum is in hospital);
    # a coach who added a ten-year-old online and messages her (never our page about the fundraiser).
    (
        r"\b(offered|offers|offering|wants|keeps asking|insists|insisted) to (do|give|take over|help with) (the |her |his )?(bath ?time|"
        r"baths?|bathing|bedtime|nappy|nappies)\b",
        r"\b(new (man|boyfriend|bloke|partner|fella|guy)|boyfriend|only (been )?(around|about|known|met)|(a|one|two|few|couple of) "
        r"(week|weeks|days)|met (him|her) (online|last))\b",
    ),
    (
        r"\b(coach|teacher|instructor|leader|tutor|man|bloke|guy|neighbour)\b.{0,60}\badded (\w+ ){0,4}(\d+ ?(yo|year old|yr old)|(little )?"
        r"(girl|boy)|daughter|son)\b",
        r"\b(dm\w*|messag\w*|snap\w*|chatting|texting|inbox\w*)\b",
    ),
)
TRUST_SIGNS = compile_signs(_SIGNS)
