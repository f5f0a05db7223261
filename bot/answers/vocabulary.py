"""How staff and volunteers talk about social media, mapped onto the policy's own words.

People rarely ask in the policy's language ("can I add a mum I support on fb?" means
"befriending service users through personal social media platforms"). These tables bridge the
two. They describe the domain (social media in a family-support charity), not particular
questions, so they keep working for questions nobody has asked yet. Everything here is data.
"""

from __future__ import annotations

import re


def _words(text: str) -> list[str]:
    return text.split()


# Words that frame a question but say nothing about its subject.
STOPWORDS = frozenset(
    _words(
        """
    a about above after again against all am an and any anyone anything are as at be because been
    before being below between both but by can cant could did do does doing dont down during each
    even ever few for from further get gets getting got had has have having he her here hers him
    his how however i id if im in into is isnt it its itself ive just know let lets like me might
    mine more most much must my myself need needs no nor not now of off ok okay on once only or
    other ought our ours ourselves out over please pls plz re really said say says shall she
    should so some someone something such than thank thanks that thats the their theirs them then
    there theres these they thing things this those though through thru to too under until up us
    use used uses using very want wanted wants was we were weve what whats when where whether which
    while who whom whose why will with would yeah yes yet you your youre yours yourself u ur r
    hi hello hey hiya morning afternoon quick question anybody tell told ask asking wondering
    allowed permitted fine alright often frequently regularly happens happen supposed actually
    basically just also else still well way lot lots new wat wot abt thx ty cuz coz bc tho anyway
    doesnt didnt isnt arent wont wouldnt shouldnt couldnt havent hasnt werent wasnt aint
    one two three
    """
    )
)

# Words so common in a social media policy that they barely tell passages apart. They still
# count, lightly, so "social media" alone is not mistaken for a question the policy answers.
LIGHT_WORDS: dict[str, float] = {
    "social": 0.3,
    "media": 0.3,
    "socials": 0.3,
    "policy": 0.3,
    "policies": 0.3,
    "charity": 0.3,
    "home": 0.2,
    "start": 0.2,
    "suffolk": 0.2,
    "homestart": 0.2,
    "rule": 0.4,
    "rules": 0.4,
    "guideline": 0.4,
    "guidelines": 0.4,
    "online": 0.4,
    "contact": 0.5,
    "account": 0.5,
    "accounts": 0.5,
    "page": 0.5,
    "work": 0.5,
}

# Everyday words that say little about what is being asked ("people", "stuff").
GENERIC_WEIGHT = 0.2
GENERIC = frozenset(
    _words(
        """
    people person persons somebody everyone everybody anybody area areas stuff bit kind sort version
    without within reason reasons wrong right proper correct properly guys team dear sure
    exactly example specific generally normal normally usually
    put putting puts went go going goes gone come came coming make made making take took taking
    give gave given keep kept look looks looking looked see seen saw seem seems try trying tried
    find found feel felt think thought guess mean means meant happened bad badly good great nice
    anymore already maybe perhaps probably certain certainly sometimes everything nothing today
    yesterday week month left log visit visits visiting bit mate guys folk folks thing stuff sent send
    sending party parties
    """
    )
)

# Words the stemmer would merge with a different idea ("accountability" is not "account").
STEM_OVERRIDES: dict[str, str] = {
    "accountability": "accountability",
    "accountable": "accountability",
}

# Subjects people ask about that a social media policy like this one does not cover. They are
# read as one strong unknown idea, so a question about them is not answered from a passage that
# merely shares a word with it ("how often should we post" is not about "how often" content is
# reviewed).
GAPS: tuple[str, ...] = (
    r"\bhow (often|frequently|many times)\b(?=.{0,40}\bpost)",
    r"\b(best|right|good|ideal) (time|day|hour)s?( of (the )?(day|week))?\b",
    r"\b(strong|strength|secure|complex|complexity|long|length|characters?|change|reset|rotate)\b"
    r"(?=.{0,30}\bpasswords?\b)",
    r"\bpasswords?\b(?=.{0,30}\b(strong|strength|secure|complex|complexity|long|length|characters?|"
    r"change|reset|rotate|manager)\b)",
    r"\b(followers?|analytics|metrics|impressions|engagement rate|reach)\b",
    r"\bhashtags?\b|\bcaptions?\b|\bemojis?\b|\bads\b|\badvert\w*|\bboost(ed|ing)? posts?\b",
)

# A named platform is mostly context ("... on insta"): it points at the platform list only
# when nothing else in the question does.
PLATFORM_WEIGHT = 0.35

_PLATFORMS_IN_POLICY = {
    "facebook": "facebook",
    "fb": "facebook",
    "meta": "facebook",
    "instagram": "instagram",
    "insta": "instagram",
    "ig": "instagram",
    "gram": "instagram",
    "linkedin": "linkedin",
    "wordpress": "wordpress website",
    "website": "website",
    "site": "website",
    "web": "website",
    "sharepoint": "sharepoint",
    "teams": "teams",
    "intranet": "intranet",
}
_OTHER_PLATFORMS = _words(
    "twitter tweet tweets tiktok youtube snapchat whatsapp threads bluesky mastodon pinterest reddit "
    "discord telegram signal nextdoor messenger"
)

PLATFORMS: dict[str, str] = {
    **{word: f"{name} platform platforms" for word, name in _PLATFORMS_IN_POLICY.items()},
    **{word: "platform platforms" for word in _OTHER_PLATFORMS},
}

# Phrases rewritten before words are looked at, so their parts are not read on their own.
PHRASES: tuple[tuple[str, str], ...] = (
    (r"\b(annual|sick|maternity|paternity|parental|study|compassionate) leave\b", "entitlement"),
    (
        r"\b(locked out|taken over|broken into|hijacked"
        r"|(cant|can not|cannot|unable to) (log|sign) ?(in|on)(to)?)\b",
        "hacked",
    ),
    (
        r"\b(the |our )?(charity|charitys|home-?start|official|work|organisation|organisations|org)"
        r" (facebook|fb|insta|instagram|linkedin|twitter|page|pages|account|accounts)\b",
        "authorised",
    ),
    (r"\bwho (can|is allowed to|may|gets to|should) (use|access|post on|log ?in)\b", "authorised access"),
    (r"\blink(s|ed)? (to|with)\b", "related"),
    (
        r"\b(other|related|relevant|linked|associated) (policies|documents|procedures)\b",
        "related relevant policies documents",
    ),
    (r"\b(look|looks|looking) after\b|\bin charge of\b", "managing responsible"),
    (r"\b(negative|bad|poor|1[- ]star|one[- ]star) (reviews?|feedback)\b", "criticism complaints"),
    (
        r"\b(doesnt|dont|didnt|not|never|fail to|failing to|fails to)"
        r" (follow|comply with|stick to|obey|keep to)\b",
        "noncompliance failure comply",
    ),
    (r"\bfriend requests?\b", "befriend"),
    (r"\b(add|follow|friend|connect with|message|dm) me\b", "befriend"),
    (
        r"\b(mums?|moms?|dads?|parents?|famil(y|ies)|clients?|kids?|children)"
        r" (i|we) (support|visit|help|work with|see|am supporting|are supporting)\b",
        "service users",
    ),
    (r"\b(my|our) (famil(y|ies)|mums?|dads?|parents?)\b", "service users"),
    (r"\bservice users?\b", "service users"),
    (r"\bthird[- ]part(y|ies)\b", "thirdparty third"),
    (r"\bout of date\b|\bno longer (relevant|needed|true)\b", "relevant"),
    (r"\bset(ting)? up\b", "create"),
    (r"\bwhy\b[^?]*\bpolicy\b", "purpose policy"),
    (r"\b(like|likes|liking)\s+(or|and|/)\s+(share|reshare|retweet)\w*", "liked reshared"),
    (r"\b(like|liking)\s+(their|other|others|peoples|a|the|our|posts?|comments?)\b", "liked \\2"),
    (r"\bfollow(ing)?\s+(the\s+)?(law|laws|rules?|policy|policies|guidelines?|code)\b", "comply \\3"),
    (r"\b(gone|go|going|went) viral\b", "crisis"),
    (r"\b(sign(s|ed|ing)?[- ]?off|green light|ok'?d)\b", "approval"),
    (r"\b(complain|complaining|moan|moaning|rant|ranting|whinge|whinging)( publicly)? about\b", "criticise"),
    (r"\b(take|taking|took) (it )?down\b", "delete"),
    (r"\b(views|opinions?) (are )?(my|our) own\b", "views own"),
    (
        r"\bnon[- ]digital\b|\bpaper cop(y|ies)\b|\bhard cop(y|ies)\b|\bno internet\b|\bnot online\b",
        "non-digital",
    ),
    (r"\bcharity commission\b", "commission serious incident"),
    (r"\bchild protection\b", "safeguarding protecting children"),
    (r"\b(vulnerable|at risk) adults?\b", "adults at risk"),
    (r"\bchief exec(utive)?\b", "ceo"),
    (r"\bdata protection\b", "gdpr"),
    (r"\bcontinuity plan\b", "continuity plan"),
    (r"\bpersonal (account|page|profile)s?\b", "personal"),
    (r"\b(my own|my personal|my private)\b", "personal"),
    (r"\bwho (do i|should i|can i|to) (ask|contact|talk to|speak to|go to)\b", "contact questions"),
    (r"\b(more|further) (help|info|information|support)\b", "sources support information"),
)

# Colloquial word -> the policy's words for the same idea.
SYNONYMS: dict[str, str] = {
    # people
    "mum": "service users beneficiaries",
    "mums": "service users beneficiaries",
    "mom": "service users beneficiaries",
    "dad": "service users beneficiaries",
    "dads": "service users beneficiaries",
    "parent": "service users beneficiaries",
    "parents": "service users beneficiaries",
    "family": "service users beneficiaries",
    "families": "service users beneficiaries",
    "client": "service users beneficiaries",
    "clients": "service users beneficiaries",
    "beneficiary": "beneficiaries service users",
    "kid": "children young",
    "kids": "children young",
    "child": "children",
    "baby": "children",
    "babies": "children",
    "toddler": "children",
    "vulnerable": "adults risk harm",
    "employee": "staff employees",
    "colleague": "staff",
    "colleagues": "staff",
    "worker": "staff",
    "vol": "volunteers",
    "vols": "volunteers",
    "volunteering": "volunteers",
    "boss": "ceo manager",
    "donor": "funders donors",
    "donors": "funders donors",
    "sponsor": "funders partners",
    "sponsors": "funders partners",
    "funding": "funders",
    "council": "partners funders",
    # befriending
    "add": "befriending engaging",
    "adding": "befriending engaging",
    "befriend": "befriending",
    "friend": "befriending",
    "friends": "befriending",
    "friending": "befriending",
    "follow": "befriending engaging",
    "following": "befriending engaging",
    "followed": "befriending engaging",
    "connect": "befriending engaging",
    "dm": "befriending engaging",
    "dms": "befriending engaging",
    "accept": "befriending",
    # security
    "hack": "hacking",
    "hacked": "hacking",
    "hacker": "hacking",
    "hackers": "hacking",
    "compromised": "hacking",
    "breached": "hacking breaches",
    "stolen": "hacking",
    "password": "passwords",
    "login": "passwords access",
    "logins": "passwords access",
    "credentials": "passwords access",
    # leavers
    "leaver": "leavers",
    "leaves": "leavers",
    "leaving": "leavers",
    "quit": "leavers",
    "quits": "leavers",
    "resign": "leavers",
    "resigns": "leavers",
    "offboarding": "leavers",
    # content
    "delete": "delete deletion removed",
    "remove": "delete removed removal",
    "removes": "delete removed removal",
    "removing": "delete removed removal",
    "lose": "removal",
    "lost": "removal",
    "run": "deliver manage",
    "running": "deliver manage",
    "runs": "deliver manage",
    "fast": "promptly",
    "quickly": "promptly",
    "speed": "promptly",
    "soon": "promptly",
    "page": "accounts",
    "pages": "accounts",
    "profile": "accounts",
    "profiles": "accounts",
    "photo": "post content",
    "photos": "post content",
    "picture": "post content",
    "pictures": "post content",
    "pic": "post content",
    "pics": "post content",
    "image": "post content",
    "video": "post content",
    "talk": "comment post",
    "talking": "comment post",
    "mention": "comment post",
    "write": "post",
    "writing": "post",
    "chat": "engaging",
    "chatting": "engaging",
    "story": "post share",
    "stories": "post share",
    "upload": "post",
    "publish": "post",
    "outdated": "relevant",
    "old": "relevant",
    "spam": "third party content",
    "reply": "respond comments response",
    "replies": "respond comments response",
    "answer": "respond",
    "enquiry": "enquiries",
    "retweet": "reshared",
    "reshare": "reshared",
    "repost": "reshared",
    "share": "share reshared",
    "announcement": "announcements",
    "news": "announcements",
    "printed": "non-digital format exclusion",
    "print": "non-digital format exclusion",
    "paper": "non-digital format exclusion",
    "offline": "non-digital format exclusion",
    # approval
    "approve": "approval",
    "approves": "approval",
    "approved": "approval",
    "permission": "approval",
    "authorise": "authorised",
    "authorize": "authorised",
    # moderation and review
    "moderate": "moderation moderating",
    "moderates": "moderation moderating",
    "check": "reviewing",
    "checks": "reviewing",
    "vet": "reviewing",
    "revise": "reviewed updated",
    "revised": "reviewed updated",
    "update": "updated",
    "change": "updated",
    "changes": "updated",
    "yearly": "annually",
    # trouble
    "troll": "abusive abuse",
    "trolls": "abusive abuse",
    "trolling": "abusive abuse",
    "nasty": "abusive",
    "rude": "abusive",
    "offensive": "offensive",
    "official": "official authorised",
    "year": "annually",
    "harassed": "abuse harassment",
    "harassing": "abuse harassment",
    "bullied": "abuse bullying",
    "threats": "abuse",
    "complain": "complaints",
    "complaining": "complaints",
    "angry": "complaints criticism",
    "backlash": "crisis",
    "scandal": "crisis reputational",
    "disaster": "crisis",
    "pr": "reputational",
    "reputation": "reputation reputational",
    "moan": "criticise",
    "rant": "criticise",
    "slag": "criticise",
    "badmouth": "criticise",
    "criticize": "criticise",
    "criticising": "criticise",
    "criticizing": "criticise",
    "break": "non-compliance failure comply",
    "breaking": "non-compliance failure comply",
    "broke": "non-compliance failure comply",
    "sacked": "disciplinary",
    "fired": "disciplinary",
    "punished": "disciplinary",
    "consequences": "disciplinary",
    "trouble": "disciplinary",
    "discipline": "disciplinary",
    "law": "laws",
    "legal": "laws",
    "illegal": "laws",
    "obey": "comply",
    "report": "report reporting",
    "notify": "report",
    "escalate": "report",
    "police": "police",
    "regulator": "regulators",
    # safeguarding and confidentiality
    "worried": "concern",
    "worry": "concern",
    "worrying": "concern",
    "concerned": "concern",
    "welfare": "safeguarding",
    "confidential": "confidential confidentiality",
    "private": "private locked",
    "locked": "locked private",
    "secret": "confidential",
    "details": "information",
    "info": "information",
    "data": "data information gdpr",
    "gdpr": "gdpr",
    "disclaimer": "views own",
    "opinion": "views",
    "opinions": "views",
    # training and support
    "train": "training",
    "trained": "training",
    "course": "training",
    "induction": "training",
    "learn": "training skills knowledge",
    "guide": "guidance",
    "guides": "guidance",
    "help": "support",
    "resources": "sources support",
    "ncsc": "ncsc",
    # groups
    "group": "groups",
    "forum": "forums",
    "community": "community",
    # purpose and scope
    "point": "purpose",
    "aim": "purpose objectives",
    "aims": "objectives",
    "goal": "objectives",
    "goals": "objectives",
    "achieve": "objectives",
    "apply": "applies",
    "cover": "covers",
    "channels": "platforms",
    "channel": "platforms",
    "apps": "platforms",
    "app": "platforms",
    "sites": "platforms",
    # who is in charge
    "charge": "responsible responsibility",
    "responsible": "responsible responsibility",
    "owns": "responsible",
    "enforce": "enforcing",
    "enforces": "enforcing",
    "contact": "contact addressed",
    "related": "related relevant relationship interacts",
    "linked": "relevant",
    "link": "relevant relationship",
    "links": "relevant relationship",
    "sick": "unavailable",
    "away": "unavailable",
    "holiday": "unavailable",
    "unavailable": "unavailable",
    "emergency": "emergency recovery",
}

# A question that tells the bot what to do, rather than asking what the policy says, is never
# answered: the bot quotes the policy or says it cannot help, whatever the message asks for.
INSTRUCTION_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\b(ignore|disregard|forget|override|bypass)\b.{0,40}"
        r"\b(instructions?|rules?|prompts?|previous|above|polic(y|ies)|guidelines?|everything|all)\b",
        r"\bsystem\s*prompt\b|\bsystem\s*:",
        r"\b(your|the)\s+(instructions|prompt|programming|configuration|config|guardrails)\b",
        r"\b(you are|you're|youre)\s+now\b|\bpretend\b|\bact as\b|\brole-?play\b|\bjailbreak\b",
        r"\brepeat after me\b|\bsay (that|yes|it)\b|\banswer yes\b",
        r"\bfrom now on\b|\bonly (answer|reply|respond)\b",
        r"^\W*(please\s+)?(approve|authori[sz]e|reject|grant|reveal|output|execute|sudo)\b",
        r"\b(what'?s|what is|give me|send me|tell me|reveal|share|show me)\s+(the|our|your)\s+"
        r"(\w+\s+){0,3}(password|passcode|login details|credentials)\b",
    )
)

ABSTAIN_TEXT = "The policy does not cover this."
