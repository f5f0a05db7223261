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
    one two three rn atm tbh btw fyi imo idk ngl asap pls lol
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
    sending party parties next due date dates deadline soon first overall
    """
    )
)

# Words the stemmer would merge with a different idea ("accountability" is not "account").
STEM_OVERRIDES: dict[str, str] = {
    "accountability": "accountability",
    "accountable": "accountability",
    # "meet the criteria" is the policy's only meeting: a team meeting is not about it.
    "meeting": "meetingword",
    # A postal address is not the policy's "should be addressed to".
    "address": "postaladdress",
    "addresses": "postaladdress",
    "meetings": "meetingword",
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
    # How long, big or wordy a post should be: writing advice, not conduct.
    r"\bhow (long|short|big|many words|much text)\b(?=.{0,40}\b(post|video|caption|reel|story)s?\b)",
    # Pay, expenses and other HR matters: other policies, not this one.
    r"\bexpenses?\b|\bmileage\b|\bpayslips?\b|\bsalary\b|\bpay ?day\b|\bpension\b",
    # Asking the bot to write something: it only quotes the policy.
    r"\b(can|could|will|would) you (please )?(write|draft|compose|create|make|design)\b",
    # How-to questions about a platform's own features, which a conduct policy does not cover.
    r"\bfilters?\b|\blink in (my|our|the) bio\b|\busernames?\b|\bprofile pic\w*|\bcrop\w*|\bresiz\w*",
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
    "discord telegram signal nextdoor messenger zoom"
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
    (r"\b(take|taking|took|taken|takes|gets taken) (it |them |this |that )?down\b", "delete"),
    (r"\bmessages? (the|our) (page|account|charity)\b|\b(our|the) (inbox|dms)\b", "enquiries respond"),
    (
        r"\b(other|another) (charity|charities|organisations?|organizations?|accounts?|pages?)\b"
        r"|\bsomeone elses?\b|\bother peoples?\b",
        "third party",
    ),
    (r"\b(stops?|stopped|stopping) (volunteering|working|being a volunteer)\b", "leavers"),
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
    (
        r"\bwho (do i|should i|can i|to|would i|is best to|is the person to) "
        r"(ask|contact|talk to|speak to|go to|get in touch with|reach out to|email|message|chat to|"
        r"turn to)\b",
        "contact questions",
    ),
    (
        r"\b(which|what) (social media|socials|sites|apps|channels|platforms|networks)\b|\bare we on\b",
        "platforms",
    ),
    (
        r"\bmy (story|stories|feed|page|profile|insta|instagram|fb|facebook|twitter|tiktok|linkedin|socials|"
        r"status|snap|snapchat|whatsapp)\b",
        "personal",
    ),
    (
        r"\b(still|also) (count|counts|apply|applies|cover|covers)\b|\b(just|only) for (me|us|staff|"
        r"volunteers|trustees|employees)\b|\bdoes (it|this|the policy) (still )?(count|apply|cover)\b",
        "applies covers",
    ),
    (
        r"\bbreak(ing|s)? (the |our |these |this )?(social media )?(rules|policy|code)\b",
        "noncompliance failure comply",
    ),
    (
        r"\bwho (has to|needs to|must|should|is meant to) (follow|stick to|comply with|obey|keep to)\b",
        "applies",
    ),
    (r"\b(more|further) (help|info|information|support)\b", "sources support information"),
)

# The policy's words for an idea, and the everyday words people use for it.
_SYNONYM_GROUPS: tuple[tuple[str, str], ...] = (
    ("service users beneficiaries", "mum mums mom dad dads parent parents family families client clients"),
    ("beneficiaries service users", "beneficiary"),
    ("children young", "kid kids"),
    ("children", "child baby babies toddler"),
    ("adults risk harm", "vulnerable"),
    ("staff employees", "employee"),
    ("staff", "colleague colleagues worker"),
    ("volunteers", "vol vols volunteering"),
    ("ceo manager", "boss"),
    ("funders donors", "donor donors"),
    ("funders partners", "sponsor sponsors"),
    ("funders", "funding"),
    ("partners funders", "council"),
    ("befriending engaging", "add adding follow following followed connect dm dms"),
    ("befriending", "befriend friend friends friending accept"),
    ("hacking", "hack hacked hacker hackers compromised stolen"),
    ("hacking breaches", "breached"),
    ("passwords", "password"),
    ("passwords access", "login logins credentials"),
    ("leavers", "leaver leaves leaving quit quits resign resigns offboarding"),
    ("delete deletion removed", "delete"),
    ("delete removed removal", "remove removes removing"),
    ("removal", "lose lost"),
    ("deliver manage", "run running runs"),
    ("promptly", "fast quickly speed soon"),
    ("accounts", "page pages profile profiles"),
    ("post content", "photo photos picture pictures pic pics image video"),
    ("comment post", "talk talking mention"),
    ("post", "write writing upload publish"),
    ("engaging", "chat chatting"),
    ("post share", "story stories"),
    ("relevant", "outdated old linked"),
    ("third party content", "spam"),
    ("respond comments response", "reply replies"),
    ("respond", "answer"),
    ("enquiries", "enquiry"),
    ("reshared", "retweet reshare repost"),
    ("share reshared", "share"),
    ("announcements", "announcement news"),
    ("services delivery", "session sessions workshop workshops"),
    ("events", "event fair fete fundraiser poster posters flyer flyers leaflet leaflets raffle"),
    ("non-digital format exclusion", "printed print paper offline"),
    ("approval", "approve approves approved permission"),
    ("authorised", "authorise authorize"),
    ("moderation moderating", "moderate moderates"),
    ("reviewing", "check checks vet"),
    ("reviewed updated", "revise revised"),
    ("updated", "update change changes"),
    ("annually", "yearly year"),
    ("abusive abuse", "troll trolls trolling"),
    ("abusive", "nasty rude"),
    ("offensive", "offensive"),
    ("official authorised", "official"),
    ("abuse harassment", "harassed harassing"),
    ("abuse bullying", "bullied"),
    ("abuse", "threats"),
    ("complaints", "complain complaining"),
    ("complaints criticism", "angry"),
    ("crisis", "backlash disaster"),
    ("crisis reputational", "scandal"),
    ("reputational", "pr"),
    ("reputation reputational", "reputation"),
    ("criticise", "moan rant slag badmouth criticize criticising criticizing vent venting"),
    ("non-compliance failure comply", "break breaking broke"),
    ("disciplinary", "sacked fired punished consequences trouble discipline"),
    ("laws", "law legal illegal"),
    ("comply", "obey"),
    ("report reporting", "report"),
    ("report", "notify escalate"),
    ("police", "police"),
    ("regulators", "regulator"),
    ("concern", "worried worry worrying concerned"),
    ("safeguarding", "welfare"),
    ("confidential confidentiality", "confidential"),
    ("private locked", "private"),
    ("locked private", "locked"),
    ("confidential", "secret"),
    ("information", "details info"),
    ("data information gdpr", "data"),
    ("gdpr", "gdpr"),
    ("views own", "disclaimer"),
    ("views", "opinion opinions"),
    ("training", "train trained course induction"),
    ("training skills knowledge", "learn"),
    ("guidance", "guide guides"),
    ("support", "help"),
    ("sources support", "resources"),
    ("ncsc", "ncsc"),
    ("groups", "group"),
    ("forums", "forum"),
    ("community", "community"),
    ("purpose", "point"),
    ("purpose objectives", "aim"),
    ("objectives", "aims goal goals achieve"),
    ("applies", "apply"),
    ("covers", "cover"),
    ("platforms", "channels channel apps app sites"),
    ("responsible responsibility", "charge responsible"),
    ("responsible", "owns"),
    ("enforcing", "enforce enforces"),
    ("contact addressed", "contact"),
    ("related relevant relationship interacts", "related"),
    ("relevant relationship", "link links"),
    ("unavailable", "sick away holiday unavailable"),
    ("emergency recovery", "emergency"),
)
SYNONYMS: dict[str, str] = {word: policy for policy, words in _SYNONYM_GROUPS for word in words.split()}

# An order that opens with a verb ("approve this", "reveal the password"): the conversation router
# reads the approval verbs among these as a request for sign-off (``situations.ORDERS``).
OPENING_ORDER = re.compile(
    r"^\W*(please\s+)?(approve|authori[sz]e|reject|grant|reveal|output|execute|sudo)\b", re.IGNORECASE
)
# A question that tells the bot what to do, rather than asking what the policy says, is never
# answered: the bot quotes the policy or says it cannot help, whatever the message asks for.
INSTRUCTION_PATTERNS: tuple[re.Pattern[str], ...] = (
    *(
        re.compile(pattern, re.IGNORECASE)
        for pattern in (
            r"\b(ignore|disregard|forget|override|bypass)\b.{0,40}"
            r"\b(instructions?|rules?|prompts?|previous|above|polic(y|ies)|guidelines?|everything|all)\b",
            r"\bsystem\s*prompt\b|\bsystem\s*:",
            r"\b(your|the)\s+(instructions|prompt|programming|configuration|config|guardrails)\b",
            r"\b(you are|you're|youre)\s+now\b|\bpretend\b|\bact as\b|\brole-?play\b|\bjailbreak\b",
            # "say yes" is an order only when told: at the start of a sentence, or after "just",
            # "please", "can you"…; "where does it say that…" and "who has to say yes" are questions.
            r"\brepeat after me\b|\banswer yes\b|"
            r"(^|[.!?,;:]\s*|\b(just|please|pls|now|can you|could you|you must|you should)\s+)"
            r"say (that|yes|it)\b",
            r"\bfrom now on\b|\bonly (answer|reply|respond)\b",
            r"\b(what'?s|what is|give me|send me|tell me|reveal|share|show me)\s+(the|our|your)\s+"
            r"(\w+\s+){0,3}(password|passcode|login details|credentials)\b",
        )
    ),
    OPENING_ORDER,
)

ABSTAIN_TEXT = "The policy does not cover this."

# Words of the vocabulary itself (everyday, not names), for the questions log's privacy filter.
KNOWN_WORDS = frozenset(STOPWORDS | GENERIC | set(SYNONYMS) | set(PLATFORMS) | set(LIGHT_WORDS))
