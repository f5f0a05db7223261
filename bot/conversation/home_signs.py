# ruff: noqa: E501  (regular expressions read best unbroken)
"""What a volunteer sees in a home and tells in passing: safeguarding first, however it is told.

A plate thrown at the wall beside a baby's bouncer, broken glass where a toddler crawls, an injury
whose story changes with each telling, bruises "black an blue", a bloody or split lip, a toddler
yanked up by the arm, a parent collapsed with the children there, an ex back in the home despite a
court order, a partner who has taken over a mum's money, a parent calmly listing who would have the
children, an illness a family means to pray out of a child instead of treating it, a teenager paid
for "deliveries", a girls' "sunna" abroad, children locked in and fed through the door, whoever
minds the children too drunk to stand, a threat to "batter" or to "sort me out", a drive into the
sea, a teenager made to "do favours" to pay off a debt, a child "promised" to a cousin, a parent
planning to take the children abroad before a court date, a partner who reads all of someone's
messages, a parent slurring with the children there, a parent who "can't be responsible for what
she'll do", a threat to take the children where nobody will find them, a door kicked in, a parent
refusing an ambulance for a child, a child kissed on the mouth against her will, a child said to be
"possessed", a toddler kept in a cot all day, a parent asleep with the baby after drink, tests
pushed for on a child the doctors find well, something taken to sleep with the baby in the bed, a
parent a child says sniffs powder, a baby not growing with the appointments missed, a chair thrown
that caught a child, children "tapped" with a belt or a wooden spoon, a partner "handy with his
fists", an injury never seen to that has turned bad, whoever minds the children too high to notice
them, a child's "daddy put mummy in the bin", a parent drunk in the bed the baby sleeps in, a
scratch put down to a pet the family hasn't got, a child's "daddy said he'll shoot mummy", a child
tied to a chair "as a joke", a child who hides at going home because "he's home today", children who
look at their stepdad before they eat, neighbours who say they will burn a family's house down, a
threat to "sort out" his partner, a crying baby shaken "to make him stop", a child wetting again and
having nightmares since staying at her dad's. Each is a kind of situation, with the everyday
wordings that must stay quiet beside it (a toddler throwing his bowl, "wouldn't change him for the
world", a court order for contact that came through). A child left without care (a nappy left on, a
baby left outside or alone) is ``neglect_signs``' job, a child who cares for a parent or for the
little ones ``carer_signs``'. Like ``warning_signs`` they are (cue, context) pairs over the
normalised message; they were read from the concerns missed leaving one development set out (over
thirty-eight sets, then forty-two, forty-six, sixty-six, seventy, seventy-four and eighty-two),
five-fold over eighty-two, one hundred and thirty-eight and one hundred and forty-two sets, and from
sets 38, 40, 41 to 56, 57 to 60, 61 to 64, 65 to 68, 69 to 72, 73 to 76 and 81 to 84 before they
were trained on.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.safeguarding import CARER, CHILD, PERSON
from bot.conversation.signs import compile_signs

# What the hair, ear or arm entries follow: "dragged her by the", "a toddler being yanked along by one".
_PULLED_BY = (
    r"(\b(yank|dragg?|pull|grabb?|haul)(ed|ing)? (him|her|them|the (baby|toddler|child|kid|little one|boy|girl))( up| along| out)?|\b(baby|"
    r"toddler|child|kid|little one|boy|girl) (being|was|is|getting|got) (yank|dragg|haul)ed( \w+){0,4}?) by (the |his |her |their |one )?"
)

# Whoever is minding the children: the subject of the drunk and the slurring signs.
_MINDER = r"(mum|mam|mom|dad|nan|nanna|gran|grandad|grandma|grandpa|partner|boyfriend|stepdad|she|he)"

_SIGNS: Sequence[tuple[str, str | None]] = (
    # Something thrown at a wall or a person: violence in the home, whoever it missed.
    (
        r"(?<!baby )(?<!toddler )(?<!twins )\b(threw|thrown|hurled|hurling|chucked|lobbed|hulled|smashed)\b (a |the |his |her |their )?(mug|plate|glass|cup|bottle|chair|"
        r"bowl|pan|ashtray|vase|phone|remote) (at|across|against)\b(?! (the |a )?(dartboard|target|bin|coconut)\b)",
        r"\b(wall|her|him|mum|dad|partner|wife|husband|door|window|kitchen|room)\b",
    ),
    (
        r"\b(threw|thrown|hurled|chucked|lobbed|flung)\b (a |the )?(mug|plate|glass|cup|bottle|chair|bowl|pan)\b.{0,60}"
        r"\b(caught|hit|got (hit|caught)|landed on)\b",
        rf"{CHILD}|\b(brother|sister|littlest|mum|mam|mom|her|him)\b",
    ),
    # A child "tapped" with a spoon, a belt or a slipper; a partner handy with his fists.
    (
        r"\b(taps?|tapped|tapping|hits?|hitting|smacks?|whacks?|whacked|disciplin\w*)\b (the |her |his |their |my )?(kids|children|boys|girls|"
        r"little ones|baby|toddler|son|daughter|them) with (a|the|her|his|their|my) (wooden spoon|spoon|belt|slipper|stick|"
        r"hairbrush|shoe|cane|ruler)\b|\bhandy with (his|her|their) fists\b",
        None,
    ),
    # Things thrown when a partner is angry or drunk, whoever they hit (leaving one set out, 66 sets).
    (
        r"\b(throws?|threw|throwing|chucks?|chucked|chucking) (things|stuff|plates|cups|mugs|chairs|furniture)\b"
        r"(?= (when|if|whenever|every time) (hes|he is|shes|she is|he gets|she gets|he loses|she loses|hes had|shes had)\b)",
        rf"{CARER}|\b(fella|hubby|he|she)\b",
    ),
    # A child who "can't sit down for a week" after being disciplined (set 65).
    (
        r"\b(cant|can not|cannot|couldnt|could not|wont be able to|dont|do not|didnt) sit down for (a|the|two|three|\d+) (days?|weeks?)\b",
        r"\b(belt|slipper|smack\w*|disciplin\w*|hit|hits|spoon|punish\w*|lesson|works on)\b",
    ),
    # Feeds watered down to make the formula last (sets 65 to 68).
    (
        r"\bwater(s|ed|ing)? (the |their |his |her |babys |the babys )?(formula|milk|bottles?|feeds?) down\b|"
        r"\bwater(s|ed|ing)? down (the |their |his |her |babys |the babys )?(formula|milk|bottles?|feeds?)\b|"
        r"\b(formula|milk|bottles?|feeds?) (is |was |being |been |were )?watered( right)? down\b|"
        r"\bwatered[- ]down (formula|milk|cows milk|bottles?|feeds?)\b",
        None,
    ),
    # Broken glass where a child walks or crawls.
    (
        r"\bbroken glass\b.{0,80}\b(barefoot|bare feet|crawl\w*|toddl\w*|playing|running about)\b|"
        r"\b(barefoot|bare feet|crawl\w*)\b.{0,80}\bbroken glass\b",
        CHILD,
    ),
    # An order meant to keep someone away, ignored.
    (
        r"\b(court order|non ?molestation order|restraining order|injunction)\b",
        r"\b(back (in|living|home|round)|moved back|even though|despite|breach\w*|ignor\w*|not supposed to|not allowed|keeping (him|her|them) away)\b",
    ),
    # An injury whose story changes from one telling to the next.
    (
        r"\bfirst (she|he|mum|mam|mom|dad|they|nan|the parents?) (said|told (me|us|the \w+))\b.{0,100}\b(then|now|today|later|next)\b"
        r".{0,30}\b(said|says|told|it was|its)\b",
        r"\b(burn|burns|burnt|cut|cuts|bruis\w*|marks?|bumps?|scratch\w*|graze\w*|black eye|swollen|swelling|injur\w*|lump)\b",
    ),
    # Bruises told in dialect or as an idiom ("black an blue").
    (
        r"\bblack (and|an|n|&) blue\b(?!.{0,40}\b(paint\w*|ink|felt tips?|markers?|crayons?)\b)",
        PERSON,
    ),
    # A bloody or split lip, never the writer's own (set 75 before it was trained on).
    (
        r"(?<!\bmy )(?<!ive got a )(?<!i have a )(?<!i got a )\b(bloody|bloodied|split|busted|burst|fat|cut) lips?\b",
        None,
    ),
    # Someone yanked, dragged or hauled by the hair, an ear or the neck; by an arm, when it hurt.
    (
        rf"{_PULLED_BY}(hair|ear|neck|throat)\b",
        None,
    ),
    (
        rf"{_PULLED_BY}(arms?|wrist|collar|leg)\b",
        r"\b(scream\w*|cr(y|ied|ying)|howl\w*|pain|hurt\w*|rough\w*|hard|angr\w*|shout\w*|yell\w*|temper)\b",
    ),
    # Someone close taking over an adult's money or accounts.
    (
        r"\b(partner|husband|boyfriend|ex|son|daughter|grandson|granddaughter|carer)( has| had|s)? (taken over|took over|takes over|"
        r"controls|changed the (login|password|pin) (to|on|for)) (her|his|their) (bank|account|universal credit|uc|benefits?|pension|"
        r"money|cards?|finances)\b",
        None,
    ),
    # A parent quietly settling who would have the children: a plan to die.
    (
        r"\b(who|which \w+) would (have|take|look after|get|raise) the (kids|children|baby|boys|girls)\b",
        r"\b(lists?|calm\w*|affairs|paperwork|letters?|(when|if) (im|shes|hes|i am|she is|he is) (gone|not here|not around))\b",
    ),
    # A parent or carer collapsed or not breathing, with the children there: danger now.
    (
        r"\b(mum|mam|mom|dad|she|he|nan|gran|grandad|grandma|carer|partner)s?( \w+){0,3}?( has| had| just| is| was)? (collapsed|passed out|"
        r"unconscious|not breathing|isnt breathing|stopped breathing|wont wake( up)?|having a (fit|seizure))\b",
        r"\b(ambulance|999|paramedics?|a ?& ?e|baby|babies|kids|children|toddler|with me|on (her|his) own)\b",
    ),
    # A teenager paid well for "deliveries": county lines.
    (
        r"\b(helping (a|his|her) (mate|friend)s? with|doing|does|runs?|running) (some )?deliveries\b",
        r"\b(1[0-7] ?(yo|year old|yr old)|teen\w*|lad|boy|school night|after school)\b.{0,120}\b(wages|cash|paid|pays|money|£\d+)\b|"
        r"\b(wages|cash|paid|pays|money|£\d+)\b.{0,120}\b(1[0-7] ?(yo|year old|yr old)|teen\w*|school night)\b",
    ),
    # Girls to have their "sunna" (the word for FGM in some communities) on a trip abroad.
    (r"\bsunna\b", r"\b(girls?|daughters?|little ones?|niece)\b"),
    # Children locked in, fed through the door, or shut in their room (five-fold, 170 and 174 sets).
    (
        r"\bfed through (the|a) (door|hatch|window)\b|\b(food|plates?) (is |are )?(pushed|passed|put) (through|under) the door\b|"
        r"\blocked (in|into) (their|the|a) (bed)?rooms? (every|each|at) night\b|\blocked in every night\b|\b(get|gets|got|are|"
        r"were|is|was|being|kids|children|boys|girls|twins|toddlers|little ones|baby) (shut|locked) in (their|his|her|the) (room|"
        r"bedroom|bedrooms)\b",
        CHILD,
    ),
    # Whoever is minding the children too drunk to stand.
    (
        r"\b(absolutely |completely |totally |proper )(slaughtered|hammered|legless|plastered|paralytic|wasted)\b|"
        r"\b(couldnt|could not|cant|can not|barely) (find (his|her) feet|stand( up)?)\b",
        r"\b(minding|looking after|in charge of|had the (baby|toddler|kids|children)|with the (baby|toddler|kids|children))\b",
    ),
    # A threat to beat up whoever comes near.
    (
        r"\b(hell|he will|she will|shell|theyll|they will|gonna|going to|threatened to|threatening to) batter\b",
        None,
    ),
    # A parent who says she will drive the children into the sea or off the quay.
    (
        r"\bdrive\b.{0,40}\b(into|off) (the sea|the river|the quay|a cliff|the cliff|a wall|the bridge)\b",
        rf"{CHILD}|\b(her|herself|himself|themselves)\b",
    ),
    # A threat to a volunteer: "he'll sort me out", told beside nasty messages.
    (
        r"\b(hell|he will|she will|shell|theyll|they will|gonna|going to) sort (me|you|her|him|them) out\b",
        r"\b(nasty|threat\w*|grass|scared|frightened|blocked)\b",
    ),
    # An illness or behaviour to be prayed or driven out of a child instead of treated.
    (
        r"\bpray (it|them|him|her|the \w+) out\b|\bevil spirits?\b|\bexorcis\w*",
        CHILD,
    ),
    # A teenager made to "do favours" for a partner's friends to pay off a debt, or "shared".
    (
        r"\b(do|doing|does|did) (sexual )?favou?rs for (\w+ ){0,2}(mates|friends|men|lads|mate|friend)\b|"
        r"\bshares? (her|him) (with|round|around) (his|her|their) (mates|friends)\b",
        r"\b(owes?|owed|owing|debts?|pay (it )?(off|back)|clear (his|her|the|a) debt|has to|have to|made to|makes (her|him))\b",
    ),
    # Whoever has the children drunk: at the school gate, when the volunteer arrives, on the sofa.
    (
        rf"\b{_MINDER}( (from|in|at) (my|our|the|one of my|one of our) (famil(y|ies)|fams?))? (was|is|were|turned up|"
        r"arrived|came (home|back|in)|got (home|back))( at (the )?(school )?(gate|gates|door|front door|school|nursery|park|group))?"
        r"( absolutely| completely| totally| proper| well| so| really| again)? "
        r"(hammered|bladdered|plastered|paralytic|legless|steaming drunk|sloshed|trolleyed|pissed|off (her|his) (face|head|nut)|"
        r"steaming(?! (about|over|that|because|mad|angry|at (me|him|her|us|them|you|the|his|my|our|their))\b))\b"
        r"(?! (off|with|by|in|all over|at work)\b)(?! \d)",
        CHILD,
    ),
    # A child "promised" in marriage to a cousin or an older man.
    (
        r"\b(promised|betrothed|pledged) (to|in marriage to) (a|an|her|his|their) (\w+ )?(cousin|man|husband|relative|uncle|family friend)\b",
        rf"{CHILD}|\b(gcses?|school|college)\b",
    ),
    # A parent planning to take the children abroad behind the other's back or before a court date.
    (
        r"\b(take|taking|took|fly|flying|get|getting) (the )?(kids|children|boys|girls|baby|little ones)\b.{0,30}"
        r"\b(abroad|out of the country|back (to|home to) [a-z]+)\b",
        r"\b(court|hearing|no idea|doesnt know|does not know|without (her|him|mum|dad) knowing|behind (her|his) back|"
        r"never see them again)\b",
    ),
    # A parent slurring with the children there (the wheel is in ``warning_signs``).
    (
        rf"\b{_MINDER} (was|is|were|kept|started|seemed)\b.{{0,30}}"
        r"\bslurr(ing|ed)\b(?! (the |a )?(words of|song|lyrics|rhyme|nursery|tune))",
        CHILD,
    ),
    # A parent who fears what she will do, or plans to take the children where nobody will find them.
    (
        r"\b(cant|cannot|can not|wont) be responsible for what (i|she|he)(ll| ll| will| might| would| may)? (do|happen)\b|"
        r"\b(taking|take|took|run(ning)? off with|disappear(ing)? with) (the |my |our |her |his )?(kids|children|baby|little ones)\b"
        r".{0,60}\b(social|social workers?|police|nobody|no one|none of you|he|him|ex|dad|they|anyone)( \w+)?( will| ll)?"
        r" (never|ever|wont|not) (\w+ )?find (us|them|me|her|him)\b",
        None,
    ),
    # A child hurt or unwell and the parent refusing an ambulance.
    (
        r"\b(refus\w*( to (call|ring|have))?|(wont|will not|wouldnt|didnt|doesnt) (call|ring|have|want)) (an |the )?ambulance\b",
        CHILD,
    ),
    # A child kissed on the mouth against her will (a child caring for a baby: ``carer_signs``).
    (
        r"\bkiss\w* (the |his |her |their )?(little )?(girls?|boys?|kids|children|daughters?|sons?|toddler|grandkids|\w+) "
        r"on the (mouth|lips)\b",
        r"\b(hates?|hated|doesnt like|dont like|pulls? away|pulled away|cr(y|ies|ied)|scared|upset|wont let)\b",
    ),
    # A child said to be possessed, with someone coming to drive it out.
    (
        r"\b(is|are|being|was|been) possessed\b",
        r"\b(pastor|priest|imam|deliverance|exorcis\w*|evil|demons?|spirits?|get it out|cast (it|him|her) out|deal with it)\b",
    ),
    # A baby or toddler kept in a cot or playpen all day; asleep with the baby after drink, or sharing
    # the baby's bed after it (sets 61 to 64 before they were trained on: co-sleeping "smashed").
    (
        r"\b(kept|left|stays?|lives?|is|in) (in )?(her|his|the|their) (cot|playpen|highchair) (nearly |almost |pretty much )?all day\b",
        None,
    ),
    (
        r"\b(fell|fallen|falls|dozed|dozing|nodded|passed out|crashed out|drifted|asleep|slept|sleeping)( off| asleep)?\b.{0,50}"
        r"\b(with|next to|holding) (the |her |his |their )?(baby|newborn|little one)\b|\b(co[ -]?sle(ep|pt)\w*|bed[ -]?shar\w*)\b",
        # "She doesn't drink or smoke" rules the drink out (set 81); a night out, the pub or the baby
        # found on the floor rule it in (five-fold over seventy-eight sets, and set 81).
        r"(?<!doesnt )(?<!dont )(?<!never )(?<!not )(?<!no )\b(glass(es)? of|glasses|drinks?|drunk|drinking|wine|vodka|gin|"
        r"lager|beers?|cans|pills|high|stoned|weed|spliff|after a few|smashed|hammered|wasted|pissed|bladdered|plastered|"
        r"off (his|her) (face|head)|night out|pub|after a party|skinful|(woke up|found) (with )?(him|her|the baby) on the floor)\b",
    ),
    # Tests pushed for on a child the doctors find well: an illness made up or induced.
    (
        r"\b(keeps|kept) (pushing|asking|demanding|pressing|begging) for (more |new |further |extra )?tests\b",
        r"\b(nothing wrong|has cancer|isnt (ill|sick)|not (ill|sick)|made up|fundrais\w*|gofundme)\b",
    ),
    # A door kicked in: the reason someone keeps an address from an ex.
    (
        r"\bkick(ed|s|ing)? (the |her |my |our |their )?(front |back |bedroom |bathroom |flat )?door (in|down)\b",
        r"\b(ex|he|him|partner|boyfriend|husband|fella|dad|hed|hes)\b",
    ),
    # Something taken to sleep with the baby in the bed; a parent sniffing powder, told by a child.
    (
        r"\b(took|taken|taking|had|swallowed|necked) (something|some \w+|a (couple|few) \w*|(a|two|some|her|his) "
        r"(pills?|tablets?|sleeping \w+)) (to (help (her|him|me) )?(sleep|knock (herself|himself) out|get some sleep)|"
        r"and (passed out|was out of it))\b",
        r"\b(baby|newborn|little one|toddler)\b.{0,40}\b(in (her|his|the|their) bed|next to (her|him)|with (her|him) (all night|in bed))"
        r"|\b(cant|couldnt|could not|can not|cannot|doesnt|didnt|no idea)\b.{0,30}\b(remember|recall|know how)\b",
    ),
    (
        r"\b(daddy|dad|mummy|mum|mam|mommy|uncle|he|she)\b.{0,40}\bsniffs?\b.{0,30}\b(powder|snow|it|stuff|off (the|a))\b|"
        r"\b(white )?powder\b.{0,40}\bsniff\w*",
        r"\b(said|says|told|tells|\d+ ?(yo|year old|yr old)|little one|drawer|sock|table|at night)\b",
    ),
    # A baby not growing, with the appointments that would see to it missed.
    (
        r"\b(faltering growth|failure to thrive|(not|hasnt|has not|havent|isnt|hardly) (put|putting|gained|gaining) (on )?(any )?weight)\b",
        r"\b(missed|not been to|hasnt been|didnt (go|take|turn up)|no car|no money|cancelled|wont take)\b",
    ),
    # Sets 57 to 60 before they were trained on: an injury never seen to that has turned bad; whoever
    # minds the children too high to notice them; a child's "daddy put mummy in the bin".
    (
        r"\b(never|not|didnt|did not|havent|have not|hasnt|has not|wont|will not|refus\w* to)( (have|had|get|got|take|taken|took|been))?"
        r"( it| him| her| them| that)? (looked at|seen to|checked( out| over)?|seen by)\b",
        r"\b(bit|bitten|bite|burn\w*|cut|wound|injur\w*|broke|broken|fell|fall|rash|infect\w*|swollen|swelling|bleed\w*|pus|"
        r"weeping|fever|temperature|floppy|limp\w*)\b",
    ),
    (
        r"\b(he|she|dad|daddy|mum|mummy|partner|boyfriend|girlfriend|husband|wife|they|hes|shes|theyre)( (was|is|were|got|seemed|looked))? "
        r"(so|too|really|completely|totally|proper|absolutely|very) high\b(?! (up|on (sugar|life|excitement)))",
        CHILD,
    ),
    (
        r"\bdaddy (hit|hits|hurt|hurts|pushed|pushes|kicked|kicks|choked|chokes|strangled|slapped|slaps|threw|throws|punched|punches) mummy\b|"
        r"\bdaddy (put|puts|locked|locks|shut|shuts) mummy (in|into|out)\b",
        None,
    ),
    # Sets 61 to 64 before they were trained on, each told laughing or dropped into chatter: a scratch
    # put down to a pet the family hasn't got; a child's "daddy said he'll shoot mummy"; a child tied
    # to a chair "as a joke".
    (
        r"\b(said|says|reckons|claimed|claims|told me)\b.{0,40}\b(cat|dog|kitten|puppy|pet)\b.{0,40}"
        r"\b(havent got|hasnt got|not got|dont have|doesnt have|never had|got no|have no|has no)( a| any)? (cat|dog|kitten|puppy|pets?)\b",
        None,
    ),
    (
        r"\b(daddy|dad|he|hell|he will|hed|he would|hes (going to|gonna)|going to|gonna) (shoots?|stabs?|strangles?|drowns?) "
        r"(mummy|mommy|mum|mam|my mum|his mum|her mum|you all|them all)\b",
        None,
    ),
    (
        r"\b(tied|taped|chained)( up)? (to|in|onto) (a|the|her|his|their) (chair|bed|cot|radiator|highchair|banister|bed ?frame)\b",
        PERSON,
    ),
    # A partner who reads everything: told in the first person, by a volunteer or a mum.
    (
        r"\b(reads?|checks?|checking|goes through|went through|looks through|monitors?) (all |every one of |everything on )?"
        r"my (messages|texts|phone|emails|whatsapps?)\b",
        r"\b(husband|hubby|partner|boyfriend|fella|wife|girlfriend|ex)\b",
    ),
    # Sets 69 to 72 before they were trained on: matted hair and eating as if for the first time in
    # days; a toddler taken to A&E again and again, a different hospital each time; a child dragged
    # by the hair, or a mum the charity supports shoved about, in a video going round.
    (
        r"\bhair (is |was |were )?(all )?matted\b|\b(hasnt|hadnt|hent|havent|aint|not|never) (eaten|ate|had (a )?"
        r"(meal|food|anything))( \w+)? (for|in) (days|a week|ages|two days|2 days|three days)\b",
        None,
    ),
    (
        r"\b\w+ times\b.{0,30}\bdifferent (hospitals?|a ?& ?es?)\b|\bdifferent (hospital|a ?& ?e)s? (each|every) time\b|"
        r"\b(been|taken) (to|in(to)?) (a ?& ?e|hospital|minor injuries)\b.{0,25}\b(three|four|five|six|seven|several|\d) times\b",
        CHILD,
    ),
    (
        r"\b(drag\w*|pull\w*|grab\w*|yank\w*|lift\w*|swung|swing\w*)\b.{0,40}(?<!\bme )\bby (her|his|their) hair\b|"
        r"\bdrag(ging|ged|s)? (a|the|her|his|their) (little |young |small |tiny )?(kid|child|girl|boy|toddler|baby|son|daughter)\b",
        None,
    ),
    (
        r"\b(one of (my|our) (mums|dads|parents|families)|(a|the) (mum|dad|parent) (i|we) (visit|support))\b.{0,30}"
        r"\bbeing (shoved|pushed|thrown|punched|kicked|slapped|beaten|strangled|dragged|knocked)\b",
        None,
    ),
    # A child hiding food in his pockets (missed leaving one set out over seventy sets).
    (
        r"\b(stuff\w*|hid\w*|hiding|hoard\w*|squirrel\w*|sneak\w*|sneaking|putting|put|shoving|shoved)\b (\w+ ){0,3}"
        r"(food|biscuits|sandwiches|snacks|crisps|fruit|bread|cake|some|them|it)\b (\w+ )?in(to)? (his|her|their) "
        r"(pockets?|bags?|coats?|jumpers?|sleeves?|school bags?)\b",
        CHILD,
    ),
    # A threat to "sort out" his partner (leaving one set out over eighty-two sets).
    (
        r"\bsort (out )?(his|her|their) (partner|wife|girlfriend|missus|mrs|husband|boyfriend)\b|\bsort (his|her) (partner|wife|"
        r"girlfriend|missus|mrs|husband|boyfriend) out\b",
        None,
    ),
    # Children who look at their dad before they take any food; neighbours who say they will burn a
    # family's house down (five-fold over eighty-two sets).
    (
        r"\blook(s|ed|ing)? at (their|his|her) (dad|mum|stepdad|father|mother|mams?)\b.{0,40}\bbefore (they|he|she) (take|eat|"
        r"touch|have) (any|anything|their|his|her|food|a|the)\b",
        None,
    ),
    (
        r"\b(burn|torch|petrol bomb)\w* (the|their|her|his) (house|home|flat|door|car)( down)?\b",
        r"\b(targeted|threat\w*|say|says|said|will|going to|gonna|neighbours?)\b",
    ),
    # A child who cries or hides at going home because "he's home today" (missed leaving one set
    # out over seventy and seventy-four sets).
    (
        r"\b(hes|daddys|dads|stepdads|hell be|he will be|hes going to be) (home|back|in) (today|tonight|later|now|"
        r"this (afternoon|evening))\b",
        r"^(?=.*\b(cried|cry|crying|scared|frightened|didnt want to|dont want to|doesnt want to|wouldnt|hid|hiding|"
        r"clung|clinging|begged)\b)(?=.*\b(time to go|go home|going home|goes home)\b)",
    ),
    # A crying baby shaken "to make him stop" (five-fold over 138 sets; never a rattle shaken to stop the
    # crying). Shaking with the baby named is in ``safeguarding``.
    (
        r"\b(shook|shaken|shakes|shaking) (him|her|them|the baby)\b.{0,30}\bto (make|get) (him|her|them|it) (to )?(stop|be quiet|"
        r"shut up|settle|go to sleep)\b",
        CHILD + r"|\b(colic\w*|crying|screaming)\b",
    ),
    # Wetting again and nightmares since staying at her dad's (five-fold over one hundred and forty-two
    # sets; never wetting again since the new baby came).
    (
        r"\b(wetting|wet the bed|bed ?wetting)\b.{0,80}\bsince (staying|going|visiting|being|contact)\b.{0,20}\b(at|to|with) (her|his|"
        r"their) (dads?|stepdads?|uncles?|grandads?|mums? boyfriends?)",
        r"\bnightmares\b",
    ),
)
HOME_SIGNS = compile_signs(_SIGNS)
