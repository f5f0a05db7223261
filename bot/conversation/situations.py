# ruff: noqa: E501  (regular expressions read best unbroken)
"""Situations to act on: whether an incident is happening (someone leaving is ``leavers``'s, a
request for sign-off ``sign_off``'s).

Regular expressions over the normalised message (see ``word_rules.normalise``), and ``happening``,
the reading of them the router makes (which incident category a report is: ``report_cues``). A
situation is acted on when the message says it is happening ("our insta has been hacked"), not when
it asks about the rules ("who do I tell if our insta gets hacked?"): that is what ``HYPOTHETICAL``
and ``HAPPENED`` tell apart.
"""

from __future__ import annotations

import re

from bot.answers import vocabulary


def any_of(*patterns: str) -> re.Pattern[str]:
    """One pattern that matches wherever any of ``patterns`` does."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# A post that went out without sign-off is a breach to report, though it names sign-off.
_WENT_OUT = r"\b(posted|put|went|gone|announced|launched|published|shared|sent|scheduled)\b"
WENT_OUT_UNAPPROVED = any_of(
    # "…without getting the chair's OK" too (sets 117 to 120).
    rf"{_WENT_OUT}.{{0,90}}"
    r"\b(without|before|w no|with no|no|w/o)\b.{0,30}\b(approv\w*|sign[- ]?off|signed off|(ceo|chair|board|trustees|manager)s? "
    r"(ok|okay|go ahead|say so|permission|blessing))\b",
    # "…without asking anyone. Was I meant to get it signed off?" (sets 101 to 104).
    rf"{_WENT_OUT}.{{0,90}}\bwithout (asking|checking with|telling) (anyone|anybody)\b.{{0,60}}\b(approv\w*|sign[- ]?off|signed off)",
    # "I shared the press release about the new hub in Lowestoft on our page before the chair signed
    # it off": a longer way round (sets 89 to 92 before they were trained on).
    # Or before anyone had: "put the announcement on linkedin before anyone signed it off" (sets 129
    # to 132 before they were trained on).
    rf"{_WENT_OUT}.{{0,100}}\bbefore ((the )?(ceo|chair|board|trustees)s?|anyone|anybody|someone|somebody) "
    r"(had )?signed (it |this |that )?off\b",
    # "…without anyone signing it off", "…without waiting for the CEO" (sets 137 to 140 before they
    # were trained on).
    rf"{_WENT_OUT}.{{0,100}}\bwithout ((anyone|anybody|someone|the (ceo|chair|board|trustees)) (signing|approving|okaying) "
    r"(it|this|that)( off)?|waiting (for|on) (the )?(ceo|chair|board|trustees|manager|sign[- ]?off|approval))\b",
    # Round the CEO or ahead of the Board: "gave the paper a statement without going through the
    # CEO", "announced it before the board had agreed it" (sets 57 to 60 before they were trained on).
    # However long the sentence between: "I put the announcement about our new partnership with the
    # council up on the Facebook page this morning without running it past the CEO" (set 124).
    rf"({_WENT_OUT}|\b(gave|given)\b).{{0,110}}\b(without|before)\b.{{0,12}}"
    r"\b(going through|going to (the )?(ceo|board|chair|trustees)|running it (past|by)|checking (it )?with (the )?(ceo|board|chair)|"
    # "…without getting it checked by the CEO first" (sets 157 to 160).
    r"getting (it|this|that) (checked|approved|signed off|okd|okayed|looked at|seen)|"
    r"(the )?(board|ceo|chair|trustees)s?( or (the )?board)? (had )?(even )?(seen|agreed|approved|signed|okd|okayed|looked|"
    # "…without the CEO seeing it", "…without going to the CEO first" (sets 113 to 120).
    r"seeing|approving|signing|agreeing|checking))",
    # A statement or a quote given to the press "without telling anyone" (sets 117 to 120).
    r"\b(gave|given|giving) (a |an )?(\w+ )?(quote|statement|interview|comment)s?\b.{0,60}\bwithout (telling|asking|checking with) "
    r"(anyone|anybody|the (ceo|chair|board|manager|office))\b",
    # "Turns out the Board hadn't signed it off yet" (sets 81 to 84 before they were trained on).
    rf"{_WENT_OUT}.{{0,80}}\b(hadnt|had not|hasnt|has not|havent|wasnt|"
    r"werent|never) (been )?(signed (it |this |that )?off|approved)",
    # "I know it should have been approved"; "I assumed Alex had signed it off but nobody had" (sets
    # 157 to 160 before they were trained on).
    rf"{_WENT_OUT}.{{0,100}}\b(should|ought to) have (been )?(approved|signed (it )?off|checked|run (it )?past)\b",
    rf"{_WENT_OUT}.{{0,100}}\bsigned (it |this |that )?off\b.{{0,40}}\b(nobody|no one|noone) had\b",
    # "…went on the website and nobody at the top had seen it" (sets 93 to 96).
    rf"{_WENT_OUT}.{{0,100}}\b(nobody|no one|noone) (at the top|senior|"
    r"on the board|from the board)( had| has)? (seen|checked|approved|signed)( it| off)?\b",
    # Before someone named "had seen" it (never a family, whose say is consent), or the CEO "wanted to
    # check it first" and the writer forgot (sets 97 to 100 before they were trained on).
    rf"{_WENT_OUT}.{{0,60}}\bbefore (?!(the |her |his |their |my )?(mum|dad|parents?|family|families|child|kids?)\b)"
    r"(\w+ ){1,2}had (even )?(seen|approved|signed|checked|okd|okayed)\b",
    # Found out only afterwards: "…on Friday and only found out today it needed CEO sign-off"; and a
    # post made as the charity "without checking with anyone first" (sets 129 to 132).
    rf"{_WENT_OUT}.{{0,90}}\b(found out|realised|realized|turns out|didnt (know|realise)|did not (know|realise))\b.{{0,30}}"
    r"\b(needed|needs|should have had|was meant to (have|get)|had to (have|get|go through))\b.{0,25}\b(sign[- ]?off|signed off|"
    r"approv\w*)",
    rf"{_WENT_OUT}.{{0,60}}\b(as|on behalf of|in the name of) (home-?start|the charity|us)\b.{{0,90}}\b(didnt|did not|never|"
    r"without) (check\w*|ask\w*|run\w* it (past|by)|tell\w*) (with )?(anyone|anybody|the (ceo|office|manager|chair|team))\b",
    rf"{_WENT_OUT}.{{0,100}}\b(wanted|was meant|was supposed|needed|asked) to (check|see|approve|ok|okay|look at|sign off) "
    r"(it|this|that)( first| beforehand)?\b.{0,30}\b(forgot|didnt wait|did not wait|never (sent|showed|asked))\b",
)

# Following a bakery, a band or a club is everyday, not a breach the route model may report: once sets
# 225 to 228 were trained on, it read "I've been following my favourite bakery on instagram, just to
# see the cake pictures" as one (the one development message in these words is an answer).
FOLLOWING_A_PLACE = re.compile(
    r"\b(following|followed|follow|follows) (my |our |the |a |this |that )?(favourite |fave |local |new )?(bakery|bakers|cafe|"
    r"café|coffee shop|shop|restaurant|band|football team|team|club|gym|chef|brand|bookshop|garden centre|pub|celebrity|author|"
    r"podcast|singer|influencer)s?\b"
)

# A slip owned up to: "confession time: I accepted…", "I think I messed up", and a family friended,
# told in the past tense (22 development messages, all reports), which the route model cannot overrule;
# and, leaving one set out over sixty-six sets, "I follow the mum", "I already accepted", "I DM'd a
# dad I support" (12 more development messages, 11 of them reports), never "can I follow…".
OWNED_UP = re.compile(
    r"\b(i have to confess|i confess|confession|self[- ]?report\w*|i (think )?(i )?(have |ve )?(messed|mucked|screwed) up|"
    r"ashamed to say|i (know )?(i )?shouldnt have|i should not have)\b|"
    r"(?<!can )(?<!could )(?<!should )(?<!shall )(?<!may )(?<!if )(?<!do )(?<!would )(?<!when )"
    r"\b(i|ive|i have|i (might|may) (have|of|ve))( already| just)?( been)? (accepted|added|add|followed( back)?|follow|friended|befriended|dmd|"
    r"messaged|following|messaging|friending|adding|dming)\b"
    r"(.{0,60}\b(the |a |one of )?(mums?|mom|dads?|parent|famil(y|ies)|mother|father)\b.{0,20}\b(i|we) (support|visit|work with|see)\b|.{0,40}\b(my|one of my) (mums?|famil(y|ys|ies)|dads?)\b)|"
    r"\b(the|a) (mum|dad|mother|father) (i|we) (support|visit)\b.{0,40}\b(friend request|follow\w*)\b.{0,40}\bi (accepted|said yes|added|followed)|"
    # Sets 221 to 224: "I accepted the mum's friend request", a group for the mums set up from one's own phone.
    r"\bi (accepted|added|followed)( back)? (the|a|my familys|the familys) (mums?|dads?|parents?|mothers?|fathers?)s? (friend|follow) request\b|"
    r"(?<!can )(?<!could )(?<!should )\bi (set up|made|created|started) a (\w+ )?(group|page|chat)\b.{0,20}\bfor (the |my )?(mums|dads|parents|"
    r"families)\b.{0,40}\b(from|on|with|using) my (own|personal) (account|profile|phone|facebook|number|mobile)\b|"
    # Sets 225 to 228: owned up in few words, with no "I": "followed a dad I support on tiktok".
    # Never "whatsapping a mum I support from my own phone – is that ok?", asked of a practice.
    r"^(ive )?(been (texting|messaging|whatsapping|dming)|followed|added|friended|accepted|texted|messaged|whatsapped|dmd)( back)? "
    r"(a|the|my) (mum|dad|parent|mother|father|family)s? (i|we) (support|visit)\b"
)


# "If our account gets hacked…" asks about the rules; "our account has been hacked" is happening.
# "Once the family has left…" and "once I've finished my shift…" set a condition as "if" does.
HYPOTHETICAL = re.compile(
    r"\b(if|what if|in case|suppose|supposing|imagine|hypothetical\w*|whenever|in the event|"
    # "I might have added a family on Snapchat" owns up rather than imagines (sets 153 to 156).
    r"might(?! (have|of|ve) (\w+ed|sent|left|shared|posted|given|put)\b)|"
    r"once(?! (again|more|or twice|in|a (week|month|year|day|fortnight|term|while)))|should (it|we|our|an?|the) "
    r"\w+ (ever )?(get|be)|what happens when|what do (we|i|you) do when|what to do when)\b"
)
# A question "asking because it's happening to me", or answered with "well, someone actually has",
# tells of something going on: a report the route regression may not overrule (sets 205 to 208
# before they were trained on; the 4 development messages in these words are all reports).
GOING_ON_BEHIND_THE_QUESTION = re.compile(
    r"\b(asking|ask|only asking|i ask) (because|cos|coz|as) (its|it is|thats|that is|its been|it has been|it keeps) (happening|"
    r"going on)\b|\b(thats|that is|this is|its|it is) (whats|what is|what has|what) (been )?(happening|going on) to (me|us|her|"
    r"him)\b|\b(its|it is|its been|this is) happening to (me|us|her|him)\b|\b(well|but|and|tho|though),? (technically|actually|"
    r"in fact) (someone|somebody|they|one|it) (has|have|did|just)\b|\b(well|but|and),? (someone|somebody|they|one) (actually|"
    r"technically|just|already) (has|have|did)\b"
)
# "What do I do if someone keeps calling me names? It's every day now": whatever the "if", it is
# going on (sets 97 to 100 before they were trained on), as it is behind such a question.
ONGOING = re.compile(
    r"\b(its|it is|thats|that is) (been )?(every|each) (day|night|week)( now)?\b|\b(every|each) (day|night) now\b|"
    + GOING_ON_BEHIND_THE_QUESTION.pattern
)
# "I'd be grateful if…": a polite request, not a condition (and, in ``sign_off``, how one opens).
GRATEFUL_IF = r"\b(grateful|thankful|appreciate it|be great|be lovely|be brilliant) if\b"
# "Not sure if this counts…" doubts and "sorry if this is garbled…" apologises: neither imagines.
# Nor does "if that's ok" or "if you don't mind", which only ask politely (sets 77 to 80).
NOT_CONDITIONAL = re.compile(
    r"\b(not sure|wondering|unsure|dont know|no idea|check|see|ask|asking|sorry|apologies|forgive me|excuse me) "
    r"(if|whether)\b|\bif (thats|that is|its|it is) (ok|okay|alright|all right|fine|allowed)\b|\bif you (dont|do not) mind\b|"
    r"\bif possible\b|\b(might|may|could) (well )?be (nothing|nowt|something and nothing)\b|"
    # Politeness, not a condition: "as if she works here", "if you want to sign it", "grateful if"
    # (sets 101 to 104 before they were trained on); "as if you were the manager" is make-believe.
    r"\bas if\b(?! (you|i) (were|was)\b)|\bif you (want|like|fancy|wish|would like|get (a|the) (chance|minute|sec|moment))\b|"
    + GRATEFUL_IF
)
RULE_QUESTION = re.compile(
    r"^(what|which|who|whom|where|when|why|how|can|could|may|should|must|do|does|is|are|am|will|would)\b"
)
# "She'll", "he's gonna": what someone says they will do (a threat to go to the papers, ``report_cues``).
WILL_DO = r"(shell|hell|she will|he will|theyll|they will|(shes|hes|theyre) (going to|gonna))"
HAPPENED = re.compile(
    r"\b(has been|have been|had been|hasbeen|weve|ive|theyve|shes|hes|was|were|got|gotten|is being|are being|"
    r"(im|i am|were|we are|theyre) being|^(getting|receiving|being)|"
    r"keeps|keep getting|kept|just|right now|rn|today|yesterday|this morning|last night|tonight|earlier|"
    r"at the moment|currently|again|already|posted|left|sent|commented|shared|wrote|uploaded|leaked|messaged|"
    r"tagged|went|gone|started|happened|noticed|saw|spotted|found|received|(?<!its )(?<!is )(?<!be )(?<!been )announced|gave|lent|(has|have|had) given|"
    r"(im|were|i am|we are|theyre|shes|hes|keep|been) (getting|receiving)|(has|have|had) \w+ed|"
    r"(is|are|its|it is|were|was) \w+ing|"
    r"is (hacked|down|spamming|posting)|there (is|are) (a|an|some|loads)|theres|someones|somebodys|"
    r"you can (read|see|make out)|(as|since|because|cos|now) (im|i am) (leaving|finishing|retiring|stepping down)|"
    # Sets 27 and 28: told behind a doubt ("does this count as…", "is it normal…").
    r"forwarded|screenshot(ted)?|still up|one of (ours|mine|them|our \w+|my \w+) (has|does|did|is)|(isnt|is not) coming back|"
    # Set 32: a slip owned up to, a profile that "now says…" what nobody here wrote.
    r"accidentally|by mistake|now (says|shows|reads)|(nobody|no one|noone)( \w+){0,3} (changed|posted|wrote|added)|"
    # Sets 181 to 184: a threat already made ("she said she'll go to the papers if…").
    rf"(said|says|told (me|us)|threatened)( that)? ({WILL_DO}|shed|hed)|"
    # Sets 89 to 92: "it's been up an hour".
    r"its( already)? been (up|live|out) (for |since )?(an|a|about|nearly|over|\d+|this)\b)\b|"
    # Sets 45 to 48: owned up to in so many words.
    + OWNED_UP.pattern
)

# "Are we on TikTok?", "which apps do we use?", "what's @home?": §2.1 lists the platforms.
PLATFORM_QUESTION = any_of(
    r"\b(which|what) (apps|platforms|channels|social media|socials|sites)\b.{0,30}\b(do we|are we|we|does)\b",
    r"(?<!followers )\b(do|are) we (use|using|on|have)\b.{0,12}\b(tiktok|youtube|snapchat|threads|bluesky|x|twitter|"
    r"linkedin|insta\w*|facebook|fb|whatsapp|wordpress|sharepoint|teams)\b",
    r"\bis (our|the) website (on|built on|made on|made with|using)\b",
    r"\b(what is|whats) (the )?@?home\b(?!-| ?start)",
)
# "Who can add me as an admin on the facebook page?": who manages access is §2.6's (the manager),
# asked as a question rather than given as an order to the bot (set 86's orders to "add me as an
# admin" are not covered, and the classifiers took the question for one of them).
ACCESS_QUESTION = re.compile(
    r"\bwho (can|could|would|do i ask to|should i ask to|do i ask for|should i ask for) (add|give|set|make|get)( me| us)?"
    r"( up)?( as)?( an?)? (admin\w*|access|a login|log ?in|moderator|editor|the password)\b"
)
# "What is Barnardo's policy on…", "does Home-Start Norfolk have the same policy": the policy is
# this charity's own, so another organisation's rules are not covered (its guides, the NCSC's,
# are in §Related and stay answerable).
_ORGANISATION = (
    r"(barnardos?|nspccs?|age uks?|the scouts|scouts|girlguiding|brownies|red cross|oxfam|citizens advice|samaritans|"
    r"home[- ]?start (uk|essex|norfolk|cambridgeshire|national|england|[a-z]+shire)s?|hsuks?|other charit(y|ies)|"
    r"another charitys?|other organisations?|another organisations?)"
)
OTHER_ORGANISATION = any_of(
    rf"\b{_ORGANISATION}\b.{{0,40}}\b(policy|policies|rules?|guidance|guidelines|let (their|its)|code of conduct)\b",
    rf"\b(policy|policies|rules?|guidance|guidelines) (of|from|at) {_ORGANISATION}\b",
)
# How often, when, or at what length to post: writing advice the policy does not give. Every
# development message in these words (40) is not covered; once sets 61 to 64 joined, the classifiers
# leaned to answering "how often should we post" from a section about how often content is checked.
WRITING_ADVICE = any_of(
    r"\bhow (often|frequently|many times)( a (day|week|month))? (should|do|must|ought to|can|shall) (we|i|you)( \w+)? (be )?post(ing)?\b",
    r"\b(best|right|ideal) (time|day|hour)s? (of (the )?(day|week) )?(to|for) (post|posting|share|sharing|put (stuff|things|posts) up)\b",
    r"\bhow (long|short|many words)( \w+)? (should|can|must) (a|our|my|the) (\w+ )?(post|caption|reel|video) be\b",
)
# How an order to the bot opens, when it opens politely: "please…", "can you just…".
POLITELY = r"^(please |pls |can you |could you |can u )?(just )?"
# The start of any sentence, with the greeting or name and the "can you … please" before an order.
_ORDER_LEAD = (
    r"(^|[.!?] )((hi|hey|hiya|morning|ok|okay|right|bot)[,!]? |\w+ here[.,]? )?"
    r"(please |pls |plz |can you |could you |can u |could u |would you |will you )?(just |quickly )?(please |pls )?"
)

# An order to get round sign-off ("skip the sign-off bit and just post it", "approve this yourself",
# "mark my request as approved"): it names approval but asks the bot to do what it cannot, so it
# gets "not covered", never the form. Written from the misses of sets 2, 10 and 12; on the thirteen
# sets whose misses were not read it turned two such orders (sets 6 and 11) from the form to "not
# covered" and took nothing else.
BYPASS = any_of(
    r"\b(skip|bypass|forget|ignore) (the |any |an? )?(sign[- ]?off|approval)\b",
    r"\bapprove (it|this|that|them|(my|the|our|this)( \w+){1,2}) (yourself|for me)\b",
    r"\b(mark|set|change|log|record)\b.{0,40}\bas (approved|signed off)\b",
    r"\b(post|publish|tweet|share|put) (it|this|that) (up )?(for me|yourself)\b",
    # Approving one's own request, or overriding the step; switching off what the bot guards; and
    # an order to act on an account the bot has no hands on (delete, hide, block; making an admin
    # and handing over a login are below). Read from sets 53 to 56 before they were trained on: over every
    # development message and those sets, these match 38 orders labelled "not covered" and
    # nothing else ("please remove Jo…", a leaver, opens with a verb left out on purpose).
    r"\bapprove (my|your) own\b",
    r"\b(override|overrule|get round|get around) (the )?(sign[- ]?off|approval)",
    r"\b(turn|switch) off (the |your )?(safeguarding )?(alerts|filter|safeguarding)",
    r"^(please |pls |can you |could you )?(just )?(go and )?(delete|hide|unblock|block|ban)\b",
    # Sending, listing, showing, drafting and posting or changing things on the writer's behalf;
    # approving the writer's own expenses or leave; handing the bot an approver's authority. Read from
    # sets 77 to 84 before they were trained on: over every development message they match 41, all
    # orders labelled not covered.
    rf"{POLITELY}(send|email|text|message) (me|us|everyone|all|a message|an email|"
    r"a text|a reminder|the (board|trustees|team|volunteers|ceo|chair|manager)|every)\b",
    rf"{POLITELY}(list|show me|pull up|find me|look up) (everything|every|all|the list|"
    r"everyone|each)\b",
    rf"{POLITELY}(write|draft) (a|the|me a|an) (reply|response|post|comment|statement|answer)"
    r"\b.{0,60}\b(post|put|publish|send) it\b",
    rf"{POLITELY}change (the|our|my) (recovery|password|login|email|admin|phone)",
    r"\b(delete|remove|hide|take down) (that|this|the) (comment|post|photo|message)s? for me\b",
    r"\bapprove (my|the|our|his|her) (expenses?|expense claim|mileage|holiday|leave|timesheet|overtime|time off)",
    r"\b(authoris|authoriz)\w* you to\b|\bgo ahead and approve\b",
    # Handing over a login, making someone an admin ("give me the login", "add me as admin": sets 53
    # to 56), changing or posting on an account, ordered at the start of any sentence after a
    # greeting or a name ("Alex here. Please grant Megan full admin rights", "forward the login
    # details to Adele", "change the insta bio"; never "make sure his access is removed", nor an
    # "email saying our password expires"). Widened from sets 177 to 180 before they were trained
    # on: over every development message these match 230 orders labelled not covered and nothing
    # else, 12 of them routed elsewhere before (to leavers, reports and small talk).
    rf"{_ORDER_LEAD}(give|send|forward|email|dm|text|share|tell|ping|whatsapp|pass) "
    r"(?!(saying|says|from|that|about|with|came)\b)([\w-]+ ){0,4}(login|log-?in|password|passcode|pin|2fa|code|username)s?\b",
    rf"{_ORDER_LEAD}(make|grant|give|set up|add|upgrade|promote) (?!sure)(me|us|\w+|\w+ \w+)( as| an?| full| page| group)*"
    r"( \w+)? (admin|administrator|moderator|mod|editor|admin rights|admin access|access)\b",
    rf"{_ORDER_LEAD}(change|update|edit|swap|pin|boost|schedule|post|upload) (the|our|this|that|a|my) (\w+ ){{0,3}}(bio|"
    r"profile pic\w*|profile photo|cover photo|banner|header|story|stories|post|photo|pic|picture|reel|tweet|caption|video)s?\b",
)

# "Approve the holding statement…" asks for sign-off: every writer of the development sets meant
# the approval form by it (19 messages, none of them labelled not covered), and the form only asks
# the approver. The other verbs that open an order (reject, reveal, sudo…) stay orders.
ORDERS = (
    *(p for p in vocabulary.INSTRUCTION_PATTERNS if p is not vocabulary.OPENING_ORDER),
    re.compile(r"^\W*(please\s+)?(reject|grant|reveal|output|execute|sudo)\b", re.IGNORECASE),
)


def hidden_order(message: str, text: str) -> bool:
    """An order hidden in a message (``message`` as typed, ``text`` normalised): "not covered"."""
    return any(pattern.search(message) for pattern in ORDERS) or bool(BYPASS.search(text))


# Greetings, thanks and chatter: replied to kindly, never "the policy does not cover this".

# "Can I post/share X?" asks about posting whatever X is ("a photo of the cupcakes", "the poster
# for our fair"): when nothing more specific answers, the posting rules do: one's own accounts
# (§2.7) or the charity's (§2.3).
POSTING_QUESTION = re.compile(
    r"\b(can|could|may|should|is it ok(ay)? to|is it alright to|am i allowed to|are we allowed to|ok to|"
    r"want to|wanna|would like to|thinking of|planning to)\b.{0,30}\b(post|share|put|upload|publish|tag|add|"
    r"repost|reshare|retweet)\b"
)
PERSONAL = re.compile(
    r"\b(my|mine) (own |personal |private )?(page|account|profile|facebook|fb|insta|instagram|story|stories|"
    r"feed|twitter|tiktok|linkedin|socials|status|snap|snapchat|whatsapp)\b|\bpersonal\b|\bmy own\b"
)


def happening(text: str, *, strict: bool = False) -> bool:
    """Does the message describe something that is happening, rather than ask about the rules?

    "Who do I tell if someone is abusive to me" is about the rules: whatever follows an "if" is
    imagined. Short messages that only name a situation ("insta hacked") count as happening,
    unless ``strict``.
    """
    if ONGOING.search(text):
        return True
    unconditional = NOT_CONDITIONAL.sub(" ", text)
    condition = HYPOTHETICAL.search(unconditional)
    if condition is not None:
        return bool(HAPPENED.search(unconditional[: condition.start()]))
    if HAPPENED.search(text):
        return True
    return not strict and not RULE_QUESTION.search(text)
