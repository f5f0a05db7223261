# ruff: noqa: E501  (regular expressions read best unbroken)
"""A course, a campaign, a programme, a book or the news about abuse is not abuse: the phrases
that name one are read past, with figures of speech and everyday wordings in a harm's words.

"Just back from the domestic abuse awareness training", "the Panorama on neglected kids in care",
"the new BBC drama about the county lines gang", "saw the news about the grooming case": the words
the safeguarding rules look for name the subject of a course, a programme, a book or a news story,
not something happening to a child the writer knows. Only the phrase that names the subject is
masked before the rules read the message; the rest of it is read as before ("a drama about
coercive control made me think of my mum: he keeps her bank card"), and the learned layer still
reads the whole message.
"""

from __future__ import annotations

import re

from bot.conversation.everyday import without_everyday

# "domestic abuse awareness training", "the understanding domestic abuse course", "the neglect and
# FGM training", "the shaken baby campaign", "our self-harm awareness post", "the knife crime
# figures": the subjects such courses, campaigns and posts are named after, then what kind of thing
# it is. Only those words are read past, never whatever else stands before the word "course"
# ("turned up drunk to the course" is still read). Not a video or a film ("watching self harm
# videos" is a child's risk), and a post only an awareness post: "her self harm post" is her own.
_SUBJECT = (
    r"(understanding|domestic abuse|domestic violence|abuse|neglect|fgm|exploitation|county lines|"
    r"safeguarding|child protection|sexual abuse|grooming|coercive control|self[- ]harm|"
    r"suicide( prevention)?|mental health|radicali[sz]ation|aces|trauma|modern slavery|online safety|"
    r"forced marriage|honour based abuse|shaken baby( syndrome)?|knife crime|safe sleep|sexual violence|"
    r"violence against women( and girls)?|(baby |paediatric )?first aid|stabbings?)"
)
_COURSE = re.compile(
    rf"\b({_SUBJECT}( and | & |, | ))+(awareness |level \d )?((charitys|charity|charities|helplines?) )?"
    r"((training|course|module|refresher|webinar|workshop|e ?learning|seminar|case stud(y|ies)|"
    r"campaign|appeal|week|day|month|poster|leaflet|statistic|stat|figure|project)s?|awareness posts?)\b"
)
# An awareness post on such a subject ("the LinkedIn post on domestic abuse awareness", set 113).
_AWARENESS_POST = re.compile(
    rf"\b(post|article|video|campaign|leaflet|poster|event|reel)s? (on|about|for) {_SUBJECT} awareness\b"
)
# A scene in a film or a programme ("it has a rape scene", "the stabbing scene"), and stabbing in a
# song, a film or a game shared online ("a drill video full of stabbing lyrics"; sets 77 to 80).
_SCENE = re.compile(
    r"\b(rape|sex|fight|murder|stabbing|shooting|death|violent|abuse) scenes?\b|"
    r"\bstab\w* (lyrics|songs?|films?|movies?|drama|games?)\b"
)
# What a first aid course teaches: "what to do if he's choking or gets a burn".
_FIRST_AID = re.compile(
    r"\bwhat to do if (he|she|they|the baby|a baby|your baby|a child|the child|your child)"
    r"( is|s| gets| ever)? (choking|chokes|burns (himself|herself)|gets a burn|swallows \w+|falls)"
    r"( or (choking|chokes|gets a burn|burns))?\b"
)
# Harm named only to be ruled out or compared ("no teddies were harmed", labour "like being
# stabbed"), cuts to services or jobs rather than to a child (sets 73 to 76, and set 81, before
# they were trained on; "our grant's being cut", set 88; "her benefits being cut", sets 97 to 100),
# and harm done by the weather or an illness.
_FIGURES_OF_SPEECH = re.compile(
    r"\bno ([\w-]+ ){1,3}(were |was |got )?harmed\b|"
    r"\blike being (stabbed|punched|hit|kicked|beaten|run over)\b|"
    r"\bcuts? to (the |our |their )?([\w-]+ ){0,2}"
    r"(services?|centres?|funding|budgets?|benefits?|libraries|nurseries)\b|"
    r"\b(council|government|funding|budget|spending|service|job|staff) cuts\b|"
    r"\b(funding|fundings|budgets?|grants?|hours|services?|groups?|jobs?|posts?|benefits?|support|payments?|allowances?)( is| are|s)? "
    r"(being |getting |going to be |to be )?cut\b|"
    # "no one is in danger, but it's rude" (set 86).
    r"\b(nobody|no one|noone|nobodys|no ones)( is| was|s)? (in )?(any )?danger\b|"
    # The weather or an illness: "battered by the wind", "shaken by a cold" (set 85).
    r"\b\w+ by (the |a |an )?(rain|wind|weather|storms?|waves|gales?|colds?|flu|bugs?|virus|chicken ?pox|sickness( bug)?|"
    r"teething|tonsillitis|ear infection)\b|"
    # "Drunk on three hours sleep" (sets 101 to 104).
    r"\bdrunk (on|with) (\w+ ){0,3}(sleep|tiredness|exhaustion|power|love|excitement|happiness)\b|"
    # "rained that hard I got absolutely battered", "caught in that storm, absolutely battered" (set 91).
    r"\b(rain\w*|storm\w*|wind|windy|hail\w*|weather|downpour)\b[^.!?]{0,40}\b(absolutely|properly|totally|well|got|getting) "
    r"battered\b(?! (her|him|them|the|his|my|their|by|with|at)\b)|"
    # A printer or a receptionist one "nearly strangled", a tired parent who looks "like she's been hit
    # by a bus", toddlers as "tiny drunk dictators" (sets 145 to 148).
    r"\b(nearly|almost|could have|couldve|could|wanted to|want to|wants to|ready to) (strangled?|throttled?|strangle|throttle) (the|my|that|"
    r"this|our) (office |work |new |old |stupid )?(printer|laptop|computer|pc|phone|wifi|router|kettle|car|sat ?nav|photocopier|receptionist|health visitor|hv|gp|"
    r"postman|courier|delivery driver|engineer|(nhs |council |\w+ )?(app|website)|washing machine|hoover|tumble ?dryer)\b|"
    # "No threats to hurt her, but it's every day", "no child involved that I know of" (sets 169 to 172).
    r"\bno threats? (to (hurt|harm|kill|attack) (her|him|them|anyone|me|us)|of (violence|harm))\b|"
    r"\bno (child|children|kids?|young people|minors?)( is| are| was| were)? (involved|at risk|in danger|hurt|harmed)\b|"
    r"\b(looks?|looking|looked|feels?|felt|feeling) (like|as if|as though) (he|she|i|they|hes|shes|ive|theyve|id)( has| have| had)? "
    r"(been )?hit by a (bus|truck|train|lorry|tractor)\b|"
    r"\b(tiny|little|mini) drunk (dictators?|people|adults|men|sailors?|uncles?|tyrants?)\b|"
    # Around a report: consent "withdrawn", a clip "cut together", views that "doubled overnight", a
    # photo "grabbed from the shared drive", a mum who "never checks her emails" (sets 145 to 148).
    r"\b(withdrawn|withdrew) (her |his |their |the |all )?(consent|permission)\b|\bcut (it |them |this |that )?together\b|"
    r"\b(appeared|doubled|tripled|grown|popped up|shot up|went up|gone up) overnight\b|"
    r"\bgrabbed (it|them|the (photo|picture|image|pic)s?) (from|off) (the|our) (shared )?(drive|website|site|page|internet|web|"
    r"google|facebook|fb|insta\w*|folder)\b|\b(never|rarely|hardly ever|doesnt|does not) checks? (her|his|their) (e-?mails?|inbox)\b|"
    # Children who "attacked me with water pistols", grandparents having the baby overnight so mum can
    # sleep, the charity's own goodbye post for a group that is closing (sets 149 to 152).
    r"\battack\w* (me|us|him|her|them|each other|everyone) with (water ?pistols?|water ?guns?|water|pillows?|nerf( guns?)?|bubbles|"
    r"foam|snowballs?|tickles|kisses|cuddles|hugs|glitter|paint|play-?doh|playdough|stickers)\b|"
    r"\b(grandparents|nan|nana|nanna|nanny|grandma|granny|gran|grandad|grandpa|auntie|aunt|uncle)s? (are |is )?(having|has|have|taking|"
    r"takes|minding|keeping) (the (baby|kids|children|little ones|twins)|them|him|her) overnight\b|\bour (goodbye|farewell) (post|message)\b"
)
# "the panorama on neglected kids in care", "a drama about the county lines gang", "saw the news
# about the raids", "radio suffolk had a bit about it", "read in the paper about": what the
# programme, film, book or news is about, up to four words. A story a child tells, a diary and
# "had a thing about" are not one of these: "a thing" counts only as something seen, heard or read,
# and "read in" only a paper. "On his phone" says where a film was watched, not what it is about:
# "a documentary on the telly about abuse" is about abuse, "rude films on his phone" about nothing
# (set 114).
_SCREEN = r"(his|her|their|my|the|a) (phone|tablet|ipad|laptop|telly|tv|computer|screen)\b"
_SUBJECT_OF = rf"( last night| yesterday| this morning| this week)?( on {_SCREEN})? (about|on(?! {_SCREEN})) ([\w-]+ ?){{1,4}}"
_PROGRAMME = re.compile(
    r"\b((documentary|documentaries|drama|programme|program|film|movie|book|novel|podcast|episode|"
    r"series|panorama|article|storyline|soap|news (piece|story|item|thing|report)|training (video|film))s?"
    r"|(saw|seen|see|watched|watching|heard|hear|read|reading|catch|caught|on) the news"
    r"|(saw|seen|heard|watched|read) (a|an|that) (thing|bit|piece|feature|segment)"
    r"|(had|did|ran) (a|an|that) (bit|piece|feature|segment)"
    r"|read (in|on) (the )?(local )?(paper|papers|newspaper|news|star|eadt|bbc|guardian|times|mirror|"
    r"sun|mail|echo)"
    rf"){_SUBJECT_OF}"
)


def without_topics(text: str) -> str:
    """``text`` (as ``word_rules.normalise`` left it) with every course's, campaign's or programme's
    subject, a film's scene, what a first aid course teaches, every figure of speech and the
    everyday wordings in a harm's words masked."""
    for topic in (_COURSE, _AWARENESS_POST, _PROGRAMME, _SCENE, _FIRST_AID, _FIGURES_OF_SPEECH):
        text = topic.sub(" ", text)
    return without_everyday(text)
