# ruff: noqa: E501  (regular expressions read best unbroken)
"""Someone's hold over a mother or a child, told without the words abuse, control or exploitation.

A partner who interprets for a deaf mother and does not pass on what she says; an ex threatening to
come and get the children; a man offering to pay young mothers' rent or bills if they meet him; a
baby offered for cash; a child a parent says needs a wheelchair seen running about; a child made to
sleep in the shed or the garage; a child who hides when the shouting starts, or held against the
wall; "if I tell, he'll kill her"; a parent who bangs her head on the wall, a broken bone nobody can
explain and a home piled to the ceiling; "if I can't have the kids no one can"; someone asking how
to get rid of a baby; a baby chucked onto the bed; a little girl taken "home" for a special
ceremony; children who hide when a partner loses it; a teenager told to pay or the video goes to
everyone; a child hit round the head in a video; children made to kneel on rice; a man who tells a
volunteer he knows which house she visits; a mother who goes white because "he knows where we are";
small children shown clips of beheadings; a parent who will take the children where no one can find
them before a hearing; a stranger offering to take mums' children off their hands for cash; a mother
fleeing her partner; children who choke each other till they pass out; a birth father who has found
the mother online and will "take the baby"; the cupboard children hide in when daddy gets angry, or
a child who goes silent when dad comes in; a mother who feels like throwing the crying baby out of
the window; "it" to be done abroad "like the rest of us had"; cash work with "no papers needed" and
a place to stay; a mother who sends the children's pictures "so someone knows" if anything happens
to her; the bank card kept and a few pounds a week handed over; a teenager taught "the truth" about
migrants online; a mother not allowed her own post, or her phone only while he is out; a husband who
answers every question for her and will not leave her alone with the volunteer; injuries with a new
story each time; children keeping out of his way while the house "isn't nice"; men coming and going
from the flat at all hours; a child's note or whisper asking for help; a brother's "games" in his
room that a girl does not like; plates thrown at a mother when he is cross; a teenager told online
to "fight back" against immigrants; a baby's back kept from the nurse who "asks too many questions";
a child made to stand out in the garden in his pants as a lesson; money raised for children "in
hospital" who never have been; a father who spat at the mother; a child's injury taken to be seen
only days or weeks after it happened; a child named online with "this kid owes me"; a mother and
children locked out of the house in the rain; people living with a family who do its work unpaid,
"working off their journey". Each stays quiet beside the everyday wordings that share its words (a
sister who interprets, a dad coming to get the kids after football, rent paid to those who meet the
criteria, baby clothes for cash, a tent in the garden). Like the other lists they are (cue, context)
pairs over the normalised message, read by ``word_rules.is_safeguarding``; they come from sets 85 to
96 and 101 to 128 before those were trained on, from five-fold over eighty-two to one hundred and
thirty-four sets, and from leaving one set out over eighty-six and one hundred and two.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.safeguarding import CHILD
from bot.conversation.signs import compile_signs

# A child hiding when the shouting starts or a partner loses it; going still when he comes in.
_HIDE = r"(hides?|hiding|hid|hidey)"
_STILL = r"((goes|go|went|falls?|fell) (completely |totally |really |very |dead |stock )?(silent|still|rigid)|shr[au]nk back|shrinks back)"
_NOT_SPELLBOUND = r"(?!.*\b(mesmeri[sz]ed|spellbound|in awe|candles|birthday cake|dressed as|sings?|singing|adorable|smil\w*|giggl\w*)\b)"
_HE_COMES = r"(when|whenever|as soon as|the moment|till|until|every time) ((she|he|they) (hears?|sees?) (her |his |their )?(dad|daddy|mums? boyfriend|stepdad|partner)s?|(her|his|their) (dad|daddy|mums? boyfriend|stepdad|partner)s? (walked|walks|came|comes|come|got|gets) (in|home|back))"
# A girl, and a trip "home" to a country where FGM is common, in either order.
_GIRL = r"(girls?|daughters?|niece)"
_TRIP_HOME = r"(somalia|sudan|egypt|ethiopia|eritrea|djibouti|mali|guinea|sierra leone|gambia|abroad|overseas|back home|going home|home to)"
# Said of her: "she isn't allowed…", "mum's only allowed…" (never volunteers at the office).
_SHE = r"\b(she|shes|she is|mum|mums|mum is)( \w+)?"

_SIGNS: Sequence[tuple[str, str | None]] = (
    # A partner who speaks for her and keeps back what she says.
    (
        r"\b(interpret\w*|translat\w*|speaks? for her|does (all )?the talking)\b.{0,80}\b(doesnt|does not|wont|will not|never|isnt) "
        r"(tell\w*|pass\w* on|say\w*|translat\w*|let her)\b",
        r"\b(he|him|his|husband|partner|boyfriend|fella|bf)\b",
    ),
    # An ex threatening to come and get the children.
    (r"\bthreaten\w* to (come (and|to|n) get|come for|come after|snatch|grab)\b", None),
    # A man offering to pay young mothers' rent or bills if they meet him.
    (
        r"\b(pay|paying|pays|cover|covering|covers|sort|sorting) (their|her|your|ur|the) (rent|bills?|debts?|electric|gas)\b.{0,30}"
        r"\bif (they|she|you|u) (meet|meet up|meet him|come (round|over)|go out with him|spend (the night|time) with)\b"
        r"(?! (the )?(criteria|requirements|conditions|deadline|threshold)\b)",
        None,
    ),
    # A baby or child offered for money.
    (r"\b(baby|babies|newborn|child|toddler)\b,? for (cash|money|sale)\b", None),
    # A child a parent says needs a wheelchair, seen running about (fabricated illness).
    (
        r"\bwheelchair\b.{0,80}\b(running|ran|runs|climbing|jumping|skipping)\b",
        r"\b(describes?|described|insists?|insisted|claims?|claimed|supposedly|meant to (need|be))\b",
    ),
    # ...or money raised for children "in hospital" who never have been (five-fold over one hundred and
    # twenty-two sets).
    (
        r"\b(gofundme|go fund me|justgiving|just giving|fundraiser|crowdfunder|donations page)\b",
        r"\b(theyve|they have|hes|he has|shes|she has|the (kids|children|twins|baby|boys|girls) (have|has)) (never|not) (been|actually "
        r"been) (in|to) hospital\b",
    ),
    # A child who hides when the shouting starts, or in a "hiding cupboard" when daddy gets angry
    # (leaving one set out over one hundred and two sets); a child held against the wall; "if I tell
    # he'll kill her" (five-fold over eighty-six sets).
    (
        rf"\b{_HIDE}\b.{{0,30}}\b(when|whenever|while|till|until)\b.{{0,15}}\b(the )?(shouting|screaming|fighting|arguing|rows?|"
        r"yelling|banging|(gets|is|goes) (angry|cross|mad|drunk))\b",
        CHILD,
    ),
    # …goes still or shrinks back when he comes in (five-fold, 106, 134 sets; 141 to 144; never spellbound).
    (
        rf"\b{_STILL}\b{_NOT_SPELLBOUND}.{{0,40}}\b{_HE_COMES}\b|\b{_HE_COMES}\b{_NOT_SPELLBOUND}.{{0,60}}\b{_STILL}\b",
        CHILD,
    ),
    (
        r"\b(held|holding|pinned|pinning|pushed|pushing|shoved|slammed|slamming) (him|her|the (\d+ ?(year old|yo|yr old)|baby|"
        r"toddler|child|boy|girl|little one|lad|kid)s?|(his|her) (son|daughter|partner|wife|girlfriend))( up| hard| right| back)? "
        r"against the wall\b",
        None,
    ),
    (
        r"\bif (i|she|he|we|they|you) (tells?|told|say|says|grass\w*)( \w+){0,3},? (hell|he will|hed|he would|shell|she will|theyll|"
        r"they will) (kill|hurt|batter|beat) (her|me|him|them|us)\b",
        None,
    ),
    # A parent who bangs her head on the wall, as a child tells it; a broken bone nobody can explain; a
    # home piled to the ceiling with children in it (leaving one set out over eighty-six sets).
    (
        r"\b(mummy|mum|mam|mom|mother|daddy|dad|father)\b( \w+){0,3} (bangs?|banging|banged) (her|his) head\b",
        None,
    ),
    (
        r"\b(broken|fractured|cracked|broke|fractures?) (\w+ )?(collarbone|arm|leg|wrist|ribs?|skull|finger|bones?|ankle|femur)\b",
        r"\b(no idea how|(doesnt|dont|didnt) know how|cant explain|couldnt explain|no explanation|(doesnt|dont) know what happened)\b"
        r"(?! (shell|hell|she will|he will|theyll|they will|well|we will|ill|i will|to)\b)",
    ),
    (
        r"\b(rubbish|bin bags|rubbish bags|bags|junk|clutter|stuff)\b.{0,20}\b(up to the ceiling|floor to ceiling)\b",
        CHILD,
    ),
    # Threats to the children and everyone: "if I can't have the kids no one can", "I'll make sure
    # none of us are here tomorrow" (sets 89 to 92 before they were trained on).
    (
        r"\bif (i|he|she) (cant|cannot|can not|doesnt|dont) (have|get|see) (the|my|his|her|our) (kids|children|babies|boys|girls|family)\b,? "
        r"(then )?no ?(one|body) (can|will|else|gets?)\b",
        None,
    ),
    (
        r"\bmake sure (none of us|nobody|no one|none of (them|you)) (is|are|will be|would be|be|were)( still)? (here|around|alive|left)\b",
        None,
    ),
    # Someone asking how to get rid of a baby.
    (
        r"\bget rid of (a|the|her|my|this|their|his) (baby|newborn|child)\b(?!s? (weight|bump|blues|fat|clothes|stuff|things|bath|gate|monitor|cot|pram))",
        None,
    ),
    # A baby of weeks or months chucked onto the bed.
    (
        r"\b(chuck|chucks|chucked|chucking|throw|throws|threw|throwing|toss|tosses|tossed|tossing|fling|flings|flung) (her|him|the baby|baby|"
        r"the \d+ (week|month) old)( \w+)? (on|onto|across|at) (the |her |his )?(bed|sofa|settee|cot|floor|wall)\b",
        r"\b(baby|newborn|\d+ ?(weeks?|months?)( old)?|weeks old)\b",
    ),
    # A little girl taken "home" for a special ceremony (FGM's warning sign).
    (
        r"\b(special|traditional|cultural|initiation|coming of age|womanhood|cleansing) (ceremony|ceremonies|procedure)\b",
        rf"\b{_GIRL}\b.{{0,200}}\b{_TRIP_HOME}\b|\b{_TRIP_HOME}\b.{{0,200}}\b{_GIRL}\b",
    ),
    # Children who go and hide when a partner loses it and throws things.
    (
        r"\b(loses it|lost it|kicks off|kicked off|throws (things|stuff)|chucks (things|stuff)|smashes (things|stuff))\b.{0,80}"
        rf"\b(kids|children|little ones|boys|girls|they)\b( \w+){{0,5}} {_HIDE}\b(?! and seek)",
        None,
    ),
    # A teenager told to pay or the video goes to everyone.
    (
        r"\b(wants?|demand\w*|asking for|after) £ ?\d+\b.{0,30}\bor (it|they|the (video|pics?|photos?|pictures?|images?))( \w+){0,2} "
        r"(goes|go|gets? sent|will go|will be (sent|posted|shared)|gets? (posted|shared))\b",
        r"\b(his|her|him)\b",
    ),
    # A child hit round the head in a video; children made to kneel on rice.
    (
        r"\b(kid|child|toddler|little (boy|girl|one)|boy|girl|baby)s? (being|getting|got|was|get) (whacked|smacked|hit|slapped|punched|"
        r"clipped|thumped|walloped) (round|around|across|over) the (head|face|ear)\b(?! (with|by) (a|the) )",
        None,
    ),
    (
        r"\bkneel(s|ing)? on (rice|dried peas|salt|lego)\b|\b(makes?|made|making) (them|him|her|the (kids|children|boys?|girls?)) kneel\b",
        None,
    ),
    # A man who tells a volunteer he knows which house she visits and she should keep her nose out
    # (five-fold over ninety sets).
    (
        r"\bknows? (which|what) (house|houses|family|families|address|street)\b.{0,40}\b(i|we|she|you|he)( \w+)? "
        r"(go|goes|visit|visits|see|sees|go to|goes to)\b",
        r"\b(nose|warn\w*|threat\w*|or else|watch (your|my|her) back|shaking|scared|frightened)\b",
    ),
    # "He knows where we are", and she goes white and leaves in a rush (sets 93 to 96 before they
    # were trained on); not grandad, who knows where we are because he is picking us up.
    (
        r"\b(knows|know|found out|finds out|worked out|tracked down) where (we|were|she|shes|they|theyre|i|im)"
        r"( are| is| am)?( (living|staying|stay|live|lives|moved to|hiding))?\b",
        r"\b(went (white|pale|grey)|shaking|in a (rush|hurry|panic)|panick\w*|refuge|fled|flee\w*|scared|terrified|frightened)\b",
    ),
    # A mother fleeing her partner, with or without the children (five-fold over ninety-eight sets).
    (
        r"\b(fleeing|fled|flee|escaping|escaped|running away from|ran away from) (from )?(her |their |an? )?(abusive |violent )?(partner|"
        r"husband|boyfriend|ex|ex partner|bloke|fella|other half)\b",
        None,
    ),
    # Five-fold over ninety-four sets: small children shown clips of people being beheaded; a parent
    # who will take the children where no one can find them before a hearing; a stranger offering to
    # take mums' children off their hands for cash, no questions asked.
    (
        r"\b(shows?|showing|showed|lets?|letting)\b.{0,40}\b(videos?|clips?|films?)\b.{0,20}\b(people (being|getting) "
        r"(beheaded|killed|murdered|tortured|executed)|beheadings?|executions?)\b",
        CHILD,
    ),
    (
        r"\btake (the|my|her|his|their) (kids|children|baby|boys|girls|little ones)( \w+)? (where|somewhere) (no ?one|nobody) "
        r"(can|will|could)( ever)? find (them|us|her|him)\b",
        r"\b(court|hearing|custody|social services|social workers?|the social|cafcass|police)\b",
    ),
    (
        r"\b(take|have|mind|look after) (your|the|ur) (kids|children|little ones|baby|babies)( off (your|ur) hands)?\b.{0,40}"
        r"\b(cash|no questions( asked)?|for money|£ ?\d+)",
        None,
    ),
    # Sets 101 to 104 before they were trained on: children filmed doing a "challenge" where they
    # choke each other till they pass out (never choking with laughter).
    (
        r"\b(choke|chokes|choking|strangl\w*) (each other|one another|themselves)\b(?! (with |from )?laugh)|"
        r"\b(choking|blackout|black out|pass ?out|fainting) (challenge|game)s?\b",
        None,
    ),
    # A threat to take the baby from someone who has tracked the mother down (five-fold over one
    # hundred and two sets).
    (
        r"(\bwill|\bgonna|\bgoing to|ll) (come and )?take (the|her|my|their) (baby|kids|children|child|little ones?)\b",
        r"\bthreat\w*|\bknows where (she|they|we|you|mum) (live|lives|are|is)\b|\b(found|tracked down) (mum|her|them|us)\b",
    ),
    # Leaving one set out over one hundred and two sets: a mother who feels like throwing the crying
    # baby out of the window; a trip to family abroad where "it" is to be done "like the rest of us had".
    (
        r"\b(throw|throwing|chuck|chucking|lob|lobbing) (him|her|them|the baby|the kids) out (of )?(the|a) window\b",
        CHILD,
    ),
    (
        r"\bdone like (the rest of us|we all|all of us|i did|i had|her mum|her sisters|her cousins)( had| did)?\b",
        _TRIP_HOME,
    ),
    # A child made to sleep in the shed or the garage.
    (
        r"\b(made|makes|make|making) (him|her|them|the (kids?|children|boys?|girls?)) (sleep|stay)( \w+)? (in|on|outside) (the )?"
        r"(shed|garage|garden|doorstep|porch|car)\b(?! in a tent\b)",
        None,
    ),
    # Cash work offered with "no papers needed" and a place to stay (sets 105 to 108).
    (
        r"\bno (papers|documents)( needed| required| asked for| checked)?\b",
        r"\bcash\b|\baccommodation (provided|included|thrown in)\b|\bsomewhere to (stay|live|sleep)\b",
    ),
    # Sets 109 to 112 before they were trained on, most told in passing. A mother who sends the
    # children's pictures "so someone knows" if anything happens to her.
    (
        r"\b(if|in case) (anything|something) (happens|happened|were to happen) to (her|me|mum)\b",
        r"\bso (some(one|body)|any(one|body)|people|you|i) (knows?|can see|would know)\b",
    ),
    # The bank card kept from her and an allowance of a few pounds a week.
    (
        r"\b(keeps|has|holds( onto)?|hangs on to|controls) (the|all the) (bank ?cards?|money|cash|purse strings)\b",
        r"\b(gives|hands|lets) her (a |an |\d|£|ten|twenty|some|just)[^.!?]{0,20}\b(a|per|every|each) week\b|\ballowance\b",
    ),
    # A teenager taught "the truth" about migrants or a faith online, or told to "do something about" them.
    (
        r"\btruth about (the )?(migrants|immigrants|refugees|asylum seekers|muslims|jews|foreigners|black people|"
        r"immigration)\b|\b(do something about|fight back against) (the )?(migrants|immigrants|refugees|asylum seekers|muslims|jews|foreigners)\b",
        r"\b(group|channel|videos?|online|forum|chat|server|discord|telegram|youtube|tiktok|teach\w*|told|telling|showing)\b",
    ),
    # A mother not allowed her own post, or her phone only while he is out; a husband who answers every
    # question for her and will not leave her alone with the volunteer.
    (
        rf"{_SHE} (isnt|is not|not|never) allowed to (open|read|see) (her |the |his )?(own )?"
        r"(post|letters|mail|bank statements)\b|"
        rf"{_SHE} (only|not) allowed (on|to use|to go on|to have) (\w+ ){{0,2}}(phone|facebook|fb|"
        r"social media|insta|whatsapp|internet|laptop)\b[^.!?]{0,30}\b(when|while|unless) (he|hes|he is|her partner|her husband|dad)\b|"
        r"(?<!\bi )(?<!\bwe )(?<!\bive )\b(answered|answers|answering|answer) (every|all the|each) (question|thing)s? for her\b",
        None,
    ),
    (
        r"\b(wouldnt|would not|wont|will not|never) leave (us|me|her|them) (alone )?(together|on our own|with her)\b",
        r"\b(husband|partner|boyfriend|he|hes|fella|her man)\b",
    ),
    # Injuries with a new story each time, or the same excuse as the last one.
    (
        r"\b(different|new) (story|excuse|explanation|reason) (each|every) time\b|"
        r"\bsame (story|excuse|explanation)( \w+){0,3} (as|like) (last time|before|the last one)\b",
        r"\b(falls?|bruis\w*|broken|break|fractur\w*|black eye|burns?|cuts?|injur\w*|stairs|a&e|hospital|minor injuries)\b",
    ),
    # Men coming and going from the flat at all hours (five-fold over one hundred and ten sets).
    (
        r"\b(men|lads|blokes|people|young men|strangers|cars) (are |were |keep )?(coming and going|in and out)\b.{0,30}"
        r"\b(all hours|all night|day and night|at night|late at night)\b",
        r"\b(flat|house|home|mum|family|partner|kids|children|baby)\b",
    ),
    # Children keeping out of his way while the house "isn't nice".
    (
        r"\b(stay|staying|stays|keep|keeping|keeps|kept) out of (his|their|her partners|the boyfriends|dads) way\b",
        r"\b(house|home|flat)( is|s)? (not|isnt|aint) (nice|good|great|safe|ok|okay)\b",
    ),
    # Sets 113 to 116 before they were trained on, each told in passing: the first time in years he
    # has let her see her family; a husband who reads her messages or takes her phone at night; a
    # mark said to be a birthmark that was not there before; bumps to the head that keep happening.
    (
        r"\bfirst time\b[^.!?]{0,25}\b(hes|he has) (let|allowed) her (see|visit|go out|ring|phone|call|meet)\b",
        None,
    ),
    (
        r"\b(reads?|reading|checks?|checking|goes through|going through|went through) (all )?(of )?her (\w+ )?(messages|texts|"
        r"emails|phone)\b|\btakes? her phone (off her )?(at night|away|every night)\b",
        r"\b(husband|partner|boyfriend|fella|her man)s?\b",
    ),
    (
        r"\b(said|says|told me|reckons|claimed|claims)\b[^.!?]{0,40}\bbirth ?marks?\b[^.!?]{0,40}\b(wasnt|was not|werent|were not) "
        r"there\b(?! (at|when (she was|he was|they were)) born)",
        None,
    ),
    (
        r"\b(two|three|four|five|several|lots of|loads of|so many|\d+) (bumps|bruises|falls|knocks|bangs) (to|on) (his|her|their|the) "
        r"(head|face)\b",
        r"\b(since|this (week|month|year|term)|in a (week|month|fortnight)|never there|always|keeps?)\b",
    ),
    # "He's back at the house" and a text that only says "help" (five-fold over one hundred and
    # fourteen sets).
    (
        r"\b(hes|he is|hes come) back (at|in|to) the (house|flat|home)\b",
        r"\b(texted|messaged|text|sent) (me )?help\b|\bwhat do i do\b",
    ),
    # A baby's back or body kept from the nurse who "asks too many questions" (five-fold over one
    # hundred and eighteen sets).
    (
        r"\b(wont|will not|wouldnt|would not|doesnt|refuses to|refused to|didnt) let (the |a |anyone |me )?(nurse|doctor|gp|"
        r"health visitor|hv|midwife|anyone|me)( \w+)? (look at|see|check|examine)\b",
        r"\b(bruis\w*|marks|too many questions|nosy|(ask|asks|asking) questions)\b",
    ),
    # Sets 117 to 120 before they were trained on, told inside a thank-you or a funny story: a child's
    # note or whisper asking for help; a brother's "games" in his room that she does not like; plates
    # thrown at a mother when he is cross.
    (
        r"\b(wrote|written|writes|note|card|drawing|drew|whispered|whispers|mouthed)\b.{0,40}\b(please )?help (me|us|mummy|mommy|mum|"
        r"mam)\b(?! (with|to|fill|find|sort|get|do|make|bake|carry|choose|pick|write|plan|tidy|raise|reach|out|spread|support|"
        r"share|celebrate|thank|welcome|collect|buy|decorate|wrap|pack|cook|clean|move|paint|build|set|put|give|bring|look|"
        r"feed|fix|finish|read|win)\b)",
        r"\b(son|daughter|child|boy|girl|eldest|youngest|kids?|little one|\d+ ?(yo|year old|yr old))\b",
    ),
    (
        r"\b(makes?|made|making) (her|him|them|me) (do|play)\b.{0,30}\b(games?|things|stuff)\b.{0,20}\bin (his|her|their) (bed)?room\b",
        r"\b(doesnt|dont|didnt|does not|do not) (like|want)|\b(hates|cries|crying|scared|secret|not (to )?tell|hurts)\b",
    ),
    (
        r"\b(throws?|threw|throwing|chucks?|chucked|chucking|hurls?|hurled|lobs|lobbed) (the )?(plates|glasses|bottles|chairs|"
        r"knives|pans|mugs|furniture)\b.{0,10}\bat (mummy|mum|mommy|mam|her|him|daddy|dad|them|the kids|the children|nan|nanny)\b",
        r"\b(grumpy|angry|cross|drunk|drinking|had a drink|temper|loses it|lost it|kicks off|kicked off|rows?|arguing|mad|rage)\b",
    ),
    # A child made to stand out in the garden in his pants as a "lesson" (set 123 before it was
    # trained on); never children who made the grown-ups stand outside for a photo, nor waiting in the
    # dark for the fireworks.
    (
        r"\b(made|makes|making|make) (\w+ ){1,4}(stand|stay|sit|kneel)\b[^.!?]{0,40}\b(garden|outside|out the back|out the "
        r"front|doorstep|yard)\b(?!.*\b(fireworks|bonfire|stars|sparklers)\b)",
        r"\bin (just |only )?(his|her|their) (pants|knickers|nappy|nappies|vest|underwear|pyjamas)\b|\bas (a )?(lesson|"
        r"punishment)\b|\bto teach (him|her|them)\b|\bfreezing\b|\bin the dark\b",
    ),
    # Sets 125 to 128 before they were trained on: a father who spat at the mother (never a toddler
    # spitting his dinner, or at mum in a strop: "he" alone is not enough); a child's injury taken to
    # be seen only days or weeks after it happened.
    (
        r"\b(dad|father|partner|husband|boyfriend|stepdad|fella|ex)\b( \w+){0,4} (spat|spits|spitting|spit) (at|on|in) (her|his "
        r"(partner|wife|girlfriend)|mum|the (mum|mother|kids|children|baby|child)|(her|mums|the mums) face)\b",
        None,
    ),
    (
        r"\bonly (took|taken|got|brought) (him|her|them|the (baby|child|kid|little one|toddler)) (in|to (the )?(gp|doctor|"
        r"hospital|a ?& ?e|minor injuries))\b",
        r"^(?=.*\b(ago|(days?|weeks?|wks?) (later|before|after)|after (a|two|three|\d+) (days|weeks|wks))\b)(?=.*\b(cast|"
        r"plaster|broken|broke|fractur\w*|burn\w*|bruis\w*|sling|injur\w*|hurt|fell|fall)\b)",
    ),
    # Five-fold over one hundred and twenty-six sets: a child named online with "this kid owes me"; a
    # mother and children locked out of the house in the rain (never out of the kitchen while a cake
    # is made); people living with a family who do its work unpaid, "working off their journey".
    (
        r"\b(this|that|the) (kid|child|boy|girl|lad|lass) owes (me|us)\b(?! (a|an|one) (rematch|game|go|turn|favour)\b)",
        None,
    ),
    (
        # Never a toddler who locked mum out in the garden (sets 133 to 136).
        r"(?<!toddler )(?<!baby )(?<!little one )(?<!son )(?<!daughter )(?<!boy )(?<!girl )(?<!kid )(?<!kids )(?<!yo )"
        r"\blocked (her|him|them|mum|the (kids|children|baby|little ones)|her and the (kids|children|baby|little ones))"
        r" out (of the (house|flat|home)|in the (cold|rain|snow|dark|garden)|overnight|all night|at night)\b",
        None,
    ),
    (r"\bwork(ing|s)? off (their|his|her|a|the) (journey|passage|crossing|travel|debt)\b", None),
)
CONTROL_SIGNS = compile_signs(_SIGNS)

# A child tied or taped to a chair, a bed or a radiator, shown "as a joke": no laughter sets it aside
# (set 132, "this is how you deal with tantrums lol"), so ``word_rules.never_set_aside`` reads it.
RESTRAINED = compile_signs(
    (
        (
            r"\b(tied|taped|strapped|chained)( (him|her|them|up))? (to|into|onto) (a|the|his|her) (chair|bed|cot|radiator|table)\b",
            CHILD,
        ),
    )
)
