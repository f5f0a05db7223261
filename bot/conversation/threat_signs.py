# ruff: noqa: E501  (regular expressions read best unbroken)
"""Harm threatened rather than done, told in passing.

A boy keeping a list of names beside school-shooting memes who says it is a joke; a mother who says
she will leave the children on the council's doorstep if nobody helps her; a father posting the
children's mother's address with "someone should sort her out"; a boy dared to jump off a bridge for
a video; a dad posting that his ex is "getting what's coming"; children who "know better than to
cry" in that house; a man out on licence with a toddler on his knee; a threat to kill her if she
leaves or talks to us; a partner who says he will make sure the children pay for it; an ex who
keeps leaving vile comments about the writer and tagging her; a grown-up telling a three-year-old
what he will do if she tells her mum. None has hurt anyone yet, so
the lists of harm done miss them, yet a safeguarding lead would want to hear of each at once. Each
stays quiet beside the everyday wordings that share its words (a list of names for party
invitations, parcels left on the doorstep, the villain in the panto, a brother out on licence far
away). Like the other lists they are (cue, context) pairs over the normalised message, read by
``word_rules.is_safeguarding``; they come from sets 141 to 144 and 157 to 160 before those were
trained on, from five-fold over one hundred and forty-two, one hundred and fifty-eight and one
hundred and seventy, one hundred and ninety and one hundred and ninety-eight sets (a family telling
a worker they know which school her children go to, and to be careful), from reading sets 161 to
164, and from sets 169 to 176 and 197 to 204 before they were trained on (a husband at the office
yelling that he would kill her, a father who will "finish her off" if she leaves), and from sets
209 to 212 before they were trained on (a stranger who knows where a little one from our photo
lives, a baby to be left somewhere "no questions asked"). Sets 217 to 224 added a child to be taken
whatever the court says, "I'll find you and your brats", a mum shoved into a door frame, "if anything
happens to me or the kids you know who it was", "she'll regret leaving me" beside the children's
school, and a father "only just out" for what he did to the girl. Sets 225 to 228 and five-fold
over 226 sets added nobody there when the social worker comes, "if I don't message you by Friday,
call the police", and friends driving slowly past the house after threats; sets 233 to 236 "there'll
be blood" if social workers come near the children, and "she'll regret crossing me"; five-fold over
234 sets an ex's "tick tock" under the children's photo; sets 237 to 240 an ex on the register asking
to do the school run, and a birth parent posting an adopted child's new name to find them.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.safeguarding import CHILD
from bot.conversation.signs import compile_signs

_SIGNS: Sequence[tuple[str, str | None]] = (
    # A list of names kept beside talk of shootings or killing (never names for party invitations).
    (
        r"\b(list of names|hit ?list|names on a list|kill ?list)\b",
        r"\b(shoot\w*|guns?|kill\w*|bombs?|stab\w*|columbine|massacre|revenge|weapons?)\b",
    ),
    # Children left on a doorstep, said in anger (never parcels left on it).
    (
        r"\b(leave|leaving|dump|dumping|drop|dropping) (them|him|her|the (kids|children|baby|babies|twins|boys|girls)|(my|her|his|their) "
        r"(kids|children|baby|babies))( all)? (on|at) (the |a |their )?(\w+ ){0,2}doorstep\b",
        r"\b(kids|children|baby|babies|twins|council|social services|social workers?|if (nobody|no one|noone) (helps|comes))\b",
    ),
    # Five-fold over one hundred and forty-two sets: her address posted with "someone should sort her
    # out" (never someone sorting out the address list); a boy dared to jump off a bridge for a video
    # (never off the sofa into the ball pit).
    (
        r"\b(someone|somebody|people) (should|needs? to|ought to|gonna|going to) (sort (her|him|them) out|teach (her|him|them) a "
        r"lesson|pay (her|him|them) a visit|deal with (her|him))\b",
        r"\baddress\b|\bwhere (she|he|they) lives?\b|\blives (at|on|in)\b|\bpostcode\b",
    ),
    (
        r"\bdared? (him|her|them|me|the \w+)( \w+)? to (jump|climb|hang|stand|lie|walk|run|swallow|drink|take|choke|hold)\b",
        r"\b(bridge|roof|cliff|railway|train|tracks|motorway|balcony|window|tablets|pills|bleach|choke|blackout|for a video|for (a )?"
        r"tiktok|for (the )?(gram|snap))\b",
    ),
    # Sets 157 to 160 before they were trained on: a dad posting that his ex is "getting what's
    # coming" (never the villain in the panto).
    (
        r"\b(his|her|my|the) (ex|ex wife|ex partner|ex husband|ex girlfriend|former partner|wife|missus|partner)\b.{0,40}\b(getting|get|gets|"
        r"will get|is going to get|is gonna get) what(s| is) coming\b",
        None,
    ),
    # Five-fold over one hundred and fifty-eight sets: children who "know better than to cry" in that
    # house; a man out on licence with a two-year-old on his knee (never a brother out on licence far
    # away).
    (
        r"\bknow(s)? better than to (cry|make a (sound|noise|fuss)|answer back|tell)\b",
        None,
    ),
    (
        r"\b(out on licence|on licence|on the (sex offenders )?register)\b",
        r"\b(on (his|her) (knee|lap)|(near|around|with) (the )?(kids|children|baby|toddler)|(\d+|two|three|four) ?(yo|year old)|"
        r"not allowed near)\b",
    ),
    # A threat to kill her if she leaves, goes or talks to anyone, or if he finds out she is talking to
    # us (read while writing the read-past guards of sets 161 to 164: five development concerns in
    # those words were caught by the classifiers alone; never "she'll murder me if I tell anyone"
    # the baby's first word).
    (
        r"\b(kill|murder|hurt) (her|me|you|us|them)( first)? if (she|i|you|we|they) (ever |even |so much as |dare )?(left|leave|leaves|"
        r"leaving|tries to leave|tried to leave|talks?|talked|talking|went|goes|go|called|calls|rang|rings|reported|reports|spoke|speaks)\b|"
        r"\b(kill|murder|hurt) (her|me|you|us|them) if (he|she|they) (ever )?(finds?|found) out (shes|she is|im|i am|i was|she was|were|"
        r"we are|about|that) ?(talking|speaking|seeing|pregnant|telling|here|been)",
        None,
    ),
    # A father who will "make her pay" for taking the children (sets 169 to 172 before they were
    # trained on; never paying for parking).
    (
        r"\b(ill|i will|im going to|im gonna|gonna|going to|hell|he will|will) make (her|him|you|them) pay\b",
        r"\b(kids|children|taking|took|ex|tagged|custody|left me|leaving)\b",
    ),
    # A mother gone back to the man with the injunction (five-fold over one hundred and seventy sets;
    # never back to work).
    (
        r"\b(gone|went|going|moved) back (in )?(to|with) (the man|the ex|him|her ex|her partner|the partner|the dad)\b.{0,40}"
        r"\b(injunction|restraining order|non ?molestation|violent|abusive|hit her|beat)\b|\b(injunction|restraining order|"
        r"non ?molestation order)\b.{0,40}\b(gone|went|going|moved|taken) back\b",
        None,
    ),
    # "I know where that kid lives and I'll be waiting for him" under a photo (sets 173 to 176 before
    # they were trained on; never where the toddler group is).
    (
        r"\b(i|we) know where (that|the|this|your) (kid|child|boy|girl|little \w+)\b[^.!?]{0,40}\b(lives|goes to school|plays)\b|"
        r"\b(ill|i will|im) be waiting for (him|her|them|that kid)\b",
        CHILD,
    ),
    # Five-fold over one hundred and ninety sets: a partner who says he will make sure the children
    # pay for it (never paying for the children's swimming lessons).
    (
        r"\b(make sure|makes sure|see to it that|see that) (the|her|his|their|your) (kids|children|baby|babies|little ones?|boys|girls)"
        r"( \w+)? (pay|suffer)\b|\b(the|her|his|their|your) (kids|children|baby|little ones?) (will|ll|are going to|gonna) "
        r"(pay|suffer) for (it|this|that)\b",
        None,
    ),
    # An ex who keeps leaving vile comments about the writer on our page and tagging her (sets 193 to
    # 196 before they were trained on; never an ex posting about the children's football).
    (
        r"\bmy (ex|ex-?husband|ex-?partner|ex-?boyfriend|ex-?wife|ex-?girlfriend)\b.{0,40}\b(keeps|is|has been|wont stop|started|"
        r"wont leave)\b.{0,20}\b(commenting|messaging|posting|tagging|texting|turning up|following|me alone)\b",
        r"\b(vile|nasty|horrible|threat\w*|scared|frightened|blocked|tagging me|about me|wont leave me alone)\b",
    ),
    # A grown-up telling a small child he will bin her toys if she tells her mum (five-fold over one
    # hundred and ninety-four sets; never a surprise the child might spoil).
    (
        r"\bif (you|u) (tell|say anything to|breathe a word to) (your|ur|ya) (mum|mummy|dad|daddy|nan|teacher)\b.{0,20}\b(ill|i will|"
        r"im going to|im gonna|i am going to)\b",
        None,
    ),
    # Sets 197 to 200 before they were trained on: a husband at the office yelling that he would kill
    # her (never a sister who will "kill me" if the writer is late); a dad telling the volunteer he
    # would put her through the window (never putting the kettle on; a stranger's post saying so is
    # abuse to report).
    (
        r"\b(husband|partner|boyfriend|ex|fella|bloke|other half)\b.{0,80}\b(hed|he would|he will|hell|he was going to|hes going "
        r"to|hes gonna|he was gonna) (kill|murder|hurt|do) (her|me|us)\b",
        r"\b(turned up|turn up|scream\w*|shout\w*|yell\w*|threaten\w*|bang\w*|front desk|reception|police|got him out|frightened|"
        r"scared)\b",
    ),
    (
        r"\b(put|throw|chuck|smash)( you| me| her| him| them) (through|out of) (the |a |that )?(window|wall)\b",
        r"\b(told|tells|said|says|threatened|shouted|yelled)( me| her| us)?\b",
    ),
    # Five-fold over one hundred and ninety-eight sets: a family telling a worker they know which
    # school her own children go to, and to be careful (never a mum whose children will start there).
    (
        r"\b(i|we) know (which school |what school |where )?(your|ur|her|his) (kids|children|girls|boys|son|daughter|little ones)"
        r"( go| goes| are)?( to| at)?\b",
        r"\b(be careful|careful|watch (yourself|yourselves|out|your back|it)|or else|youll (regret|be sorry)|i know where)\b",
    ),
    # Sets 201 to 204 before they were trained on: a father who will "finish her off" if she leaves, said
    # in front of the children (never a painting finished off).
    (
        r"\b(finish|finishing) (her|his wife|his missus|me|you|them) off\b",
        r"\b(if|when|the day) (she|i|you|they) (ever )?(leave|leaves|left|go|goes|went|tell|tells|told)\b|\bin front of the "
        r"(kids|children|little ones)\b",
    ),
    # Sets 209 to 212 before they were trained on: a stranger who knows where a little one from our
    # photo lives (never where the little cafe is); a baby to be left somewhere, no questions asked
    # (never a baby seat for recycling).
    (
        r"\bknow where (that|the|this|your|her|his) (little|young|wee)( [\w-]+){0,2} (one|girl|boy|kid|child|baby|lad|lass)s? "
        r"(lives|live|sleeps|goes to school|goes to nursery)\b",
        None,
    ),
    (
        r"\b(where|somewhere) (i|we|she|you|someone) (can|could) (leave|drop off|give away|hand over|get rid of) (a|the|my|this|"
        r"her) (baby|newborn|child|toddler)\b(?! (seat|car seat|bath|clothes|gate|monitor|walker|bouncer|carrier|stuff|things|"
        r"food|milk|wipes|gym|swing|toys?|books?|change|changing|bag))",
        r"\bno questions( asked)?\b|\b(cant|cannot|can not) (cope|do this|keep (it|him|her))\b",
    ),
    # Sets 217 to 220 before they were trained on: a parent who will take a child whatever the court
    # says; "I'll find you and your brats" (never a table found); a mum shoved into a door frame.
    (
        r"\b(ill|i will|im going to|im gonna|gonna|going to|hell|he will|shell|she will) (come and )?(get|take|snatch|grab) (him|her|"
        r"them|my (son|daughter|kids|"
        r"children|boy|girl|baby)|(his|her) (son|daughter|kids|children|boy|girl|baby))( back)?\b.{0,40}\b(whatever|no matter what|"
        r"dont care what) (the )?(court|judge|social services|social|police|order)\b",
        None,
    ),
    (
        r"\b(ill|i will|im gonna|gonna|going to|well|we will) find (you|her|them) and (your|her|their) (kids|brats|children|babies|"
        r"little ones|family)\b(?! (a|some|seats?|places?|spaces?|tables?|something)\b)",
        None,
    ),
    (
        r"\bshoved (mum|her|his (wife|partner|girlfriend|missus)|(the|their) mum) (into|against|down|across|through)\b",
        None,
    ),
    # Sets 221 to 224 before they were trained on: "if anything happens to me or the kids, you know who
    # it was" (never who to ring); "she'll regret leaving me" with the children's school named (never
    # left in charge); a father "only just out" for what he did to the girl.
    (
        r"\bif anything happens to (me|us)( or| and)? (the|my|our) (kids|children|boys|girls|baby|little ones)\b|\bif anything happens "
        r"to (me|us)\b.{0,40}\b(you (all )?know who (it was|did it)|it was (him|her))\b",
        None,
    ),
    (
        r"\b(regret|be sorry (for|about)) (leaving|dumping|binning) (me|him)\b(?! (in charge|with|to|for|at))",
        r"\b(kids|children|school|nursery|i know where)\b",
    ),
    (
        r"\b(just|only just|recently) (out|released)( of (prison|jail|inside))? for what (he|she) did to (her|him|them|the (kids|children|"
        r"girl|boy))\b",
        None,
    ),
    # Sets 225 to 228 before they were trained on: a parent who will "make sure there's nobody here"
    # when the social worker comes (never when the cleaner comes).
    (
        r"\bmake sure (theres|there is) (nobody|no one|nothing)( here| there| left| home)?\b",
        r"\b(social worker|social services|police|health visitor|childrens services|sw)\b",
    ),
    # Five-fold over two hundred and twenty-six sets: a mother with a bag packed who says to call the
    # police if she hasn't messaged by Friday (never the venue); friends driving slowly past the
    # house after threats (never the ice cream van).
    (
        r"\bif (i|she|he) (dont|doesnt|havent|hasnt) (message|messaged|text|texted|ring|rung|call|called|contact|contacted) you by\b"
        r".{0,30}\b(call|ring|phone|get) (the )?(police|999|someone|for help)\b",
        None,
    ),
    (
        r"\b(driving|drive|drove|walking|sitting|parked) (past|outside|by) (the|her|their|my|our) (house|home|flat)\b.{0,20}\b(slowly|at "
        r"night|every night|again)\b",
        r"\b(threat\w*|prison|mates|watching|his (friends|brother)|scared|ex)\b",
    ),
    # Five-fold over 234 sets: an ex's "tick tock" under the children's photo (never a sign-up deadline).
    (
        r"\btick ?-?tock\b",
        r"\b(the|her|his|my|an) ex\b(?!-)|\bex (partner|husband|wife|boyfriend|girlfriend)\b",
    ),
    # Sets 233 to 236 before they were trained on (never blood if the derby is lost or the new sofa
    # wrecked, nor a sister's last roast potato).
    (
        r"\btherell be blood\b",
        r"\b(social|social services|social workers?|refuge|police|court|comes? near|touch(es)? (my|his|her|the) kids)\b",
    ),
    (
        r"\b(will|shell|hell|youll|theyll|gonna|going to) regret crossing (me|him|us)\b",
        r"\b(social|social services|social workers?|my kids|his kids|the kids|children|refuge|police|gone to|taken the kids|mum)\b",
    ),
    # Sets 237 to 240 before they were trained on: a mother's ex on the register, just out, asking to
    # do the school run or babysit (never the baby group's register or the electoral one); a birth
    # parent posting an adopted child's new name to find them (never the adopters asking us to use it).
    (
        r"\b(sex offenders?|offenders?) register\b|\b(ex|dad|father|partner|boyfriend|uncle|grandad|granddad|stepdad|brother|lodger|"
        r"neighbour|man|bloke|hes)( is| was)?,? \(?on the register\b",
        r"\b(pick ?ups?|school run|babysit\w*|look(ing)? after|mind(ing)? (the|her|his)|alone with|unsupervised|contact with|"
        r"see(ing)? the (kids|children|baby)|have the (kids|children|baby)|stay(ing)? (over|the night)|move (back )?in|just out|"
        r"released)\b",
    ),
    (
        r"\b(his|her|their|the (boys?|girls?|kids|childs|childrens)) new (name|surname|names|surnames|identity)\b",
        r"\b(find|track\w* (him|her|them) down|locate|looking for|stole|steal|stolen|took (him|her|them))\b",
    ),
)
THREAT_SIGNS = compile_signs(_SIGNS)
