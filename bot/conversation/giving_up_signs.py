# ruff: noqa: E501  (regular expressions read best unbroken)
"""Someone who means to end their life, or to take their family with them, told without the words.

A goodbye posted as "tonight's the night, sorry kids", letters left "for everyone" by someone who
can't keep going, thoughts of driving into a tree, "might as well step in front of a train", a last
"thanks for everything" and then no reply, a parent who will "take us all out" if social services
come near, "I'll end it", everything in the medicine cabinet taken, goodbye posts and then a phone
switched off, "had enough" and "got a plan", a wish to "go to heaven" and take the children, "kill
yourself" said to a child (said to the charity or its staff, it is abuse to report), and, said
lightly, "better off if I vanished", "what's the point of me" or planning one's own funeral,
thoughts of ending it told after a thank-you, and goodbyes said with someone scared for her (which
good news or laughter never sets aside: ``word_rules.never_set_aside``), the tablets "ready" and
"done with everything", a plan to end it, a picture of her wrists or arms captioned "the only thing
that helps", "did something stupid with tablets", and "done with life" with her dog given away, or
everything found pointless and no way to keep going "or anything really", and "rather be dead than
go through another winter", and "said my goodbyes, look after my babies", or "tired of being here,
like here here", or "done with everything" beside a picture of pills, a mother who stood on the
bridge for an hour last night, "going to the woods and not coming back", "this is my last post,
sorry", goodbye posts not like her, a teenager's "won't be here much longer anyway", "got the rope
sorted", dark thoughts, someone scared of what she might do, "nothing left to live for", a mum who
needs to "go away for a bit" and asks for the kids to be taken permanently, posts about not wanting
to wake up tomorrow, someone low who has thought how she would do it, a grandmother who would
"rather be dead" and has "sorted it", "I've had enough, I'm going to the cliffs", thoughts of
walking into the sea, a girl posting that she is done and won't be here tomorrow, and a father who
will "do away with" himself and the children. None names suicide or a weapon, so the other lists
miss them; each stays quiet beside the everyday wordings that share its words (a first date tonight,
thank-you letters for everyone, a family day out to the beach, a rope for the tug of war, teenagers
not wanting to wake up for school, doing away with the old rota). Like the other lists they are
(cue, context) pairs over the normalised message, read by ``word_rules.is_safeguarding``, from sets
77 to 224 before they were trained on and five-fold over 78 to 206 sets: lately "I've made my plans",
"six foot under", "a lot of tablets" after a row, "look after yourselves", "a plan", "I won't be here
for his birthday", "sorting it all out for good" then silence, wrists captioned "done", and the
tablets taken with the children too.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.safeguarding import CHILD
from bot.conversation.signs import compile_signs

# Words of giving up that turn a goodbye, or letters, into a farewell.
_GIVING_UP = (
    r"\b(im done|i am done|mummy is done|mummys done|daddy is done|daddys done|goodbye|forgive me|"
    r"cant (keep going|go on|do this|take (it|this|any ?more|another day|one more day)|cope)|had enough|no point|love you (all|always))\b"
)
# Nobody can reach them since.
_UNREACHABLE = r"\bcant (reach|get hold of)\b|\bnot (answering|replying|picking up)\b"

_SIGNS: Sequence[tuple[str, str | None]] = (
    # A goodbye: "tonight's the night" or "sorry kids" beside words of giving up.
    (
        r"\btonights the night\b(?!.{0,40}\b(date|party|show|match|gig|launch|panto|concert|wedding|hen|stag|disco|"
        r"sleepover|premiere|final)\b)",
        _GIVING_UP + r"|\bsorry (my )?(kids|babies|children|boys|girls|everyone|all)\b",
    ),
    (r"\bsorry (my )?(kids|babies|children|boys|girls)\b", _GIVING_UP),
    # Letters or notes left for everyone by someone who can't keep going.
    (
        r"\b(written|wrote|writing|left|leaving) (\w+ )?(letters?|notes?) (for|to) (everyone|everybody|all of (you|them|us)|"
        r"each of (you|them|us)|the (family|kids|children))\b",
        _GIVING_UP,
    ),
    # Thoughts of driving into a tree or stepping in front of a train; a last "thanks for everything"
    # (five-fold over 78 sets), "goodbye everyone", "I'm done" (set 88) or sorting it all out for good
    # (sets 217 to 220), and then no reply.
    (
        r"\b(think|thinking|thought|thoughts|tempted|urge|feels like|wants? to|wanted to)\b.{0,20}\b(driv(e|ing) (the car )?(into|off)|"
        r"crash(ing)? (the car )?into|step(ping)? (out )?in front of|jump(ing)? (off|in front of)|walk(ing)? (out )?in front of (a|the) "
        r"(train|bus|lorry|car|van|truck|traffic))\b",
        None,
    ),
    # "Might as well step in front of a train" (sets 97 to 100, once "her benefits being cut" was read
    # past); never walking in front of a camera.
    (
        r"\b(might|may|could) (just )?as well\b.{0,20}\b(walk|step|jump|throw (my|her|him)sel(f|ves))\w* (out )?in front of (a|the) "
        r"(train|bus|lorry|car|van|truck)\b",
        None,
    ),
    (
        r"\b((thank you|thanks) for everything|goodbye (everyone|everybody|all)|(im|i am) done|sort\w* (it all|everything) out (for "
        r"good|permanently|once and for all)(?! with))\b",
        r"\b(gone quiet|cant (reach|get hold of|get through to)|not answer\w*|isnt answering|no reply|wont answer|phones? (is |been )?off)\b",
    ),
    # A parent who will take the children with them if social services come.
    (
        r"\btake (us|them|the kids|the children|the lot of us|my kids|my children) all (out|with (me|him|her))\b"
        r"(?! (for|to|on|at|shopping|bowling|swimming|somewhere|tomorrow|next)\b)|"
        r"\btake (us|them) all with (me|him|her)\b",
        r"\b(social services|social workers?|the social|come near|take (my|the|our|his|her) (kids|children|babies)|"
        r"police|court|custody)\b",
    ),
    # "If they take my kids I'll end it", laughed off or not (five-fold over ninety sets); never ending
    # a talk or a post there, on a high or with a quote.
    (
        r"\b(ill|i will|im going to|im gonna|i might|i could|id) (just )?end it( all)?\b"
        r"(?! (there|here|with|on a|on that|at that|at the|by saying|for now|early|nicely)\b)",
        None,
    ),
    # Everything in the medicine cabinet taken (five-fold over ninety-four sets).
    (
        r"\b(taken|took|swallowed|had) (everything|all the (pills|tablets|meds)) in the (\w+ )?(cabinet|cupboard|drawer|box)\b",
        None,
    ),
    # "Kill yourself" said to a child; said to the charity or its staff ("go kill yourselves" under
    # every post) it is abuse to report (sets 93 to 96 before they were trained on).
    (r"\bkill(ing)? (yourself|yourselves|urself|ur self)\b(?! (laughing|with laughter))", CHILD),
    # Five-fold over one hundred and ten sets: "had enough" and "made a plan"; "go to heaven" and
    # take the children too.
    (
        r"\b(got|have|has|made|making|worked out) a plan\b(?! (for|with|b|of action|to (go|have|visit|do|get|make|meet|see))\b)",
        r"\b(had enough|(im|shes|hes|i am|she is|he is) done|cant (go on|do this|cope))\b",
    ),
    (
        r"\b(take|taking|bring|bringing) (the kids|the children|the baby|the boys|the girls|them|us) with (him|her|me)\b",
        r"\b(heaven|die|dying|dead|end it|not be here|better off)\b",
    ),
    # Goodbye posts and then a phone off or no answer (sets 109 to 112 before they were trained on).
    (
        r"\bgoodbye( type| kind of| sort of)? (stuff|posts?|messages?|things|status(es)?)\b",
        r"\b(phone( is|s)? (off|dead|switched off)|(not|isnt|wont|hasnt|havent been) (picking up|answering|replying|responding)|"
        r"(cant|cannot|can not) (get hold of|reach) her|no (answer|reply))\b",
    ),
    # Sets 113 to 116 before they were trained on, said lightly: better off if I vanished; what the
    # point of me is (or seeing none, five-fold over one hundred and ninety sets); not waking up; planning one's own funeral; going through the motions and not
    # eating; giving one's things away and not being around.
    (r"\bif i (vanished|disappeared|wasnt here|wasnt around|was gone|were gone)\b", r"\bbetter off\b"),
    (
        r"\bwhat(s| is)? the point (of|in) me\b|\b(dont|do not|cant|cannot|can not) see (the|any) point (of|in) (me|myself|"
        r"being (here|alive|around)|living|going on|carrying on)\b|\b(wouldnt|would not|wont|dont) mind (if i (didnt|did not|never) wake|not waking) "
        r"up\b(?! (at|early|before|so early|for|to)\b)|\bplanning (my|your) own funeral\b",
        None,
    ),
    (
        r"\bgoing through the motions\b",
        r"\bnot (really )?(eating|sleeping)\b|\b(no appetite|cant sleep|cant eat)\b",
    ),
    (
        r"\bgiv(ing|en|es|e) (all )?(his|her|my|their) (\w+ )?(tools|things|stuff|belongings|possessions|records|books)( \w+)? away\b",
        r"\b(not|wont|never) (\w+ ){0,3}be around\b",
    ),
    # Five-fold over one hundred and fourteen sets: given up and cannot see it getting better; not
    # taking her insulin because "what's the point".
    (
        r"\b(cant|cannot|can not) see (it|things|anything|life) (ever )?(getting|going to get) (any )?better\b",
        r"\bgiven up\b|\bcant be (arsed|bothered)\b",
    ),
    (
        r"\b(not taking|stopped taking|wont take|refus(es|ing) to take) (her|his|their) (insulin|meds|medication|medicine|tablets|pills)\b",
        r"\b(whats the point|no point|(doesnt|dont) care|given up|cant be bothered)\b",
    ),
    # Sets 117 to 120 before they were trained on, told after a thank-you: thought about ending it;
    # goodbyes said and someone scared for her.
    (
        r"\b(thought|thinking|thinks|think) (about|of) (ending it|ending things|ending my life|not waking up|not being here)\b"
        r"(?! (at|early|earlier|there|by|after|before|with|on)\b)",
        None,
    ),
    (
        r"\b(said|saying|posted|sent) (her|his|my|their) goodbyes\b",
        r"\b((scared|frightened|terrified) for (her|him)|worried (for|about) (her|him)|(not|isnt|wont) (answering|replying|picking up)|"
        r"no reply|phones? (is )?(off|dead)|cant (reach|get hold of) (her|him))\b",
    ),
    # Sets 121 to 124 before they were trained on, one of them a line in a trustee's board email: the
    # tablets ready and done with everything; a plan to end it, told to the bot (never a plan to end an
    # event "with a raffle" or "at 4", nor what a committee or "we" plan); a picture of her wrists or
    # arms captioned "the only thing that helps".
    (
        r"\b(got|have|has|had|getting) (the |my |her |his |all (the |my |her |his )?|enough )?(tablets|pills|meds|paracetamol|"
        r"sleeping pills) (ready|lined up|counted out|saved|sorted)\b",
        _GIVING_UP + r"|\bdone with (everything|it all|life|all of it)\b(?! (for|at|until|till|by)\b)|"
        r"\bsorry (to )?(everyone|everybody|you all)\b",
    ),
    (
        r"\b(ive|i have|i|im|i am|shes|she has|she is|she|hes|he has|he is|he)( got| made| have| has| had)? (a plan|planning|"
        r"planned|plans) (to|on) end(ing)? (it|it all|things|my life|her life|his life)\b"
        r"(?! (there|here|with|on a|at|early|nicely|for now|by)\b)",
        None,
    ),
    (
        r"\b(photos?|pictures?|pics?|selfies?|videos?|images?|snaps?)( \w+)? of (her|his|their|my) (wrists?|arms?|thighs?|legs?)\b"
        r"(?![^.]{0,60}\b(tattoo\w*|bracelets?|bangles?|watch|henna|nails|cast|wristbands?)\b)",
        # Never a scratch or an operation's scars: cutting, not cuts.
        r"\b(only thing that helps|cutting|fresh cuts|bleeding|razors?|blades?|self ?harm\w*)\b|\bcaption(ed)?( \w+)? (done|enough|bye)\b",
    ),
    # Sets 133 to 136 before they were trained on: "did something stupid with tablets" (never with
    # the pill organiser); "done with life" with her dog given away or her visits missed (never life
    # admin).
    (
        r"\bdid something (stupid|silly|daft|dumb)( \w+)? with (some |her |his |my |the |their )?(tablets|pills|paracetamol|meds|"
        r"medication|painkillers)\b(?! (organi[sz]er|box|bottle|packet|cupboard|order|delivery|dispenser))",
        None,
    ),
    (
        r"\b(done|finished) with life\b(?! (admin|laundry|stuff|chores))",
        r"\b(given|giving|gave|gives)( away)? (her|his|my|their|the) (cat|dog|pets?|things|stuff|belongings|possessions)\b|"
        r"\b(hasnt|has not|not|didnt|havent|hadnt) (come|turned up|been answering|answered|replied|been seen)\b|\bgoodbye\b",
    ),
    # Five-fold over one hundred and thirty-four sets: everything or life found pointless, and not sure
    # she can keep going "or anything really" (never a form or an intranet found pointless).
    (
        r"\b((finding|find|found|feeling|feel|feels) (everything|life)|(everything|life) (feels|seems|is))( \w+){0,2} "
        r"(pointless|hopeless|meaningless)\b",
        r"\b(not sure|dont know if|dont think|cant see how|unsure( if)?) i (can|could)( \w+)? (keep|carry on|go on)\b|"
        r"\bor anything really\b",
    ),
    # Sets 137 to 140 before they were trained on: she would rather be dead than go through another
    # winter, or live like this (never than wear those leggings).
    (r"\brather be dead than (go(ing)? through|liv(e|ing)|carry(ing)? on|keep(ing)? going)\b", None),
    # Sets 141 to 144 before they were trained on: "said my goodbyes, look after my babies" (never
    # asking someone to look after the babies on Friday).
    (
        r"\blook after my (babies|baby|kids|children|boys|girls|little ones)\b",
        r"\bsaid (my |her )?goodbyes\b(?! to\b)|\bim done\b(?! (in|for|with|at|by)\b)|\blast message\b|\bforgive me\b|\bcant do (this|it) any ?more\b",
    ),
    # Five-fold over one hundred and forty-two sets: "tired of being here. like, here here" (never
    # tired of being here at the office till seven).
    (
        r"\b(tired|sick) of being here\b",
        r"\bhere here\b|\bhere at all\b|\bnot (the charity|the job|work|this job)\b|\balive\b|\bany ?more\b|\b(i mean|like) here\b",
    ),
    # Sets 145 to 148 before they were trained on: "done with everything" posted beside a picture of
    # pills, and nobody can reach her (never done with everything on the to-do list).
    (
        r"\bdone with everything\b(?! (on|for|at|by|now|so far)\b)",
        rf"\b(pills|tablets|meds|paracetamol)\b|{_UNREACHABLE}",
    ),
    # Five-fold over one hundred and forty-six sets: she stood on the bridge for an hour last night
    # (never a family on the bridge watching the fireworks).
    (
        r"\b(she|he|i|mum|dad|mam)( \w+)? (stood|standing|sat|sitting) on (the|a) (bridge|cliff|ledge|edge|roof|railway)\b"
        r"(?!.{0,60}\b(watch\w*|boats?|fireworks|view|photos?|ducks|sunset|trains? go)\b)",
        r"\bfor (an hour|ages|hours|a long time|a while)\b|\b(last|sunday|saturday|friday) night\b|\bthinking\b|\bjump\w*",
    ),
    # Sets 149 to 152 before they were trained on: "going to the woods and not coming back" (never
    # till it's dark); "this is my last post, sorry to everyone" (never my last post as the page's
    # admin); goodbye posts, not like her (never goodbye posts for the leavers).
    (
        r"\b(off|going|gone|heading|walking|walk) (in)?to the (woods|sea|river|forest|cliffs?|bridge|beach|lake) and (not|never|wont|"
        r"will not|isnt|is not) (be )?coming back\b(?! (till|until|before|for)\b)",
        None,
    ),
    (
        r"\bthis is my (last|final) (post|message|tweet|story)\b(?! (as|before|for|of|on|from|here|in)\b)",
        rf"\bsorry\b|{_UNREACHABLE}|\bgoodbye\b|\blove you all\b|\bforgive\b",
    ),
    (
        r"\b(goodbye|farewell)( type| style|y| sounding)? (posts?|messages?|tweets?|notes?|stuff)\b",
        rf"\bnot like (her|him|them)\b|\bdark\b|{_UNREACHABLE}",
    ),
    # Five-fold over one hundred and fifty sets: a teenager's "won't be here much longer anyway" (never
    # not here much longer today).
    (
        r"\b(wont|will not|not going to|not gonna) be (here|around) (for )?(much|very much) longer\b(?! (today|tonight|this|at|as)\b)",
        r"\b(teen\w*|\d+ ?(yo|year old)|girl|boy|kid|child|daughter|son|crying|(nobody|no one) (would |will )?(care|miss))\b",
    ),
    # Five-fold over one hundred and fifty-four sets: "got the rope sorted" (never for a tug of war),
    # dark thoughts (the 26 development messages that name them are all concerns), scared of what
    # she might do.
    (
        r"\bgot the (rope|noose) (sorted|ready)\b(?! for (the |a )?(tug|sports|climbing|swing|washing|boat|game|tent|camping|den|tyre|dog))|"
        r"\b(having|had|have|getting|get|gets)( \w+){0,2} dark thoughts\b|\bdark thoughts (about|since|lately|again)\b|"
        r"\b(scared|frightened|afraid|terrified) (of )?what (i|she|he) (might|could|will|would|am going to|is going to) do( to "
        r"(myself|herself|himself))?\b(?! (for|with|about|next|at|on|in|when|if)\b)",
        None,
    ),
    # Sets 157 to 160 before they were trained on: "nothing left to live for" (the 8 development
    # messages in those words are all concerns, caught by the classifiers alone until now), and a
    # mum who needs to "go away for a bit" and asks the volunteer to take the kids permanently.
    (
        r"\b(nothing|no reason) (left )?to live for\b|"
        # Posting about not wanting to wake up tomorrow (five-fold over one hundred and fifty-eight
        # sets; never teenagers not wanting to wake up for school).
        r"\b(not wanting|doesnt want|does not want|dont want|do not want) to wake up( tomorrow| again| ever| anymore| any more)\b",
        None,
    ),
    (
        r"\b(take|have|keep|look after|raise) (the|her|my|his|their) (kids|children|babies|baby|little ones?|boys|girls)\b( \w+){0,3} "
        r"(permanently|for good|forever)\b",
        r"\b(go|going|gone|get) away\b|\b(cant|cannot) (cope|do (this|it))\b|\bnot (be )?(here|around)\b|\bdisappear\b",
    ),
    # Sets 161 to 164 before they were trained on: having thought how she would do it, beside feeling
    # low (never a plan for the raffle).
    (
        r"\b(thought|thinking|think|planned|planning|plans|worked out) (about )?how (shed|hed|id|she would|he would|i would|to) do it\b",
        r"\b(low|down|depressed|dark|struggling|not coping|end it|ending it|cant go on|tired of|suicid\w*)\b",
    ),
    # Sets 165 to 168 before they were trained on: "rather be dead than go into a home" and she has
    # "sorted it" (never "I'd rather die than do karaoke, sorted it so Jo does"); "I've had enough,
    # I'm going to the cliffs" and no answer since (never the bridge club, having had enough of the
    # telly).
    (
        r"\b(rather|sooner) (be dead|die|not be here|not wake up)\b",
        r"\b((sorted|taken care of) it|made (her|his|my) plans?|got (a|her|his|my) plan|tablets|pills|said (her|his|my) goodbyes|nobody "
        r"(has )?(answered|replied)|not answer\w*|no reply)\b(?! (so|out|for|with|now that))",
    ),
    (
        r"\b(going to|gonna|off to|heading to|walking to|driving to|on my way to) (the )?(cliffs?|bridge|cliff edge|railway|train tracks|"
        r"tracks|river|woods|pier)\b(?! (club|game|party|night|walk|trip|quiz|tournament|cafe|pub))",
        r"\b(had enough\b(?! of)|cant (go on|cope|do this|take (it|any more))|goodbye|sorry for everything|not answer\w*|no reply|phones? "
        r"(is )?off|done with (it|everything|life))\b",
    ),
    # Five-fold over one hundred and sixty-six sets: thoughts of walking into the sea; a girl posting that
    # she is done and won't be here tomorrow (never away on leave tomorrow).
    (
        r"\b(think|thinks|thinking|thought|thoughts|tempted|urge)\b.{0,30}\bwalk(ing)? into the (sea|river|water|canal|lake)\b",
        None,
    ),
    (
        r"\b(wont|will not|not going to) be (here|around) (tomorrow|much longer|by (the )?(morning|tomorrow|monday))\b",
        r"\b(im|shes|hes|i am|she is|he is) done\b|\bgoodbye\b|\bsorry (everyone|all|kids|for everything)\b|\blove you\b|\bhad enough\b(?! of)",
    ),
    # "i wish i wasnt here anymore", commented by a teenager (sets 173 to 176 before they were
    # trained on; never wishing to be on a beach instead). "Nobody would even notice" is the
    # goodbye sign in ``warning_signs``.
    (r"\bwish (i|id) (wasnt|was not|werent) (here|around|alive) any ?more\b", None),
    # A mother who says the baby deserves a better mum and has "worked out how" (five-fold over one
    # hundred and seventy-four sets; never a better pram).
    (
        r"\b(baby|kids|children|he|she)( \w+)? (deserves|deserve|would be better off with) (a )?(better|another|different) "
        r"(mum|mother|dad|parent)\b",
        None,
    ),
    # A father posting that he will "do away with" himself and the children (sets 177 to 180 before
    # they were trained on; never doing away with the old rota).
    (r"\bdo away with (my|him|her|them|your)sel(f|ves)\b", None),
    # Sets 193 to 196 before they were trained on: "I can't face tomorrow or any day after" and no
    # answer (never tomorrow's meeting); a husband gone missing who left a note; "won't be a problem
    # for anyone much longer" (never a leak the plumber is coming for).
    (
        r"\b(cant|cannot|can not) face (tomorrow|another day|any (more )?days?|anything)( or any (day|days) after| any ?more)?\b",
        r"\b(any day after|not answering|no answer|phone( is|s)? off|goodbye|look after (the|my)|sorry for everything|worried sick)\b",
    ),
    (
        r"\b(gone|went|is|has been) missing\b.{0,60}\bleft a (note|letter)\b|\bleft a (note|letter)\b.{0,60}\b(gone|went|is|"
        r"has been) missing\b",
        r"\b(he|she|husband|wife|partner|dad|mum|son|daughter|volunteer|colleague)s?\b",
    ),
    (
        r"\b(wont|will not|not going to) be (a problem|a burden|trouble|in anyones way) (for|to) (anyone|anybody|any of you|you all|"
        r"you|them|the kids)( much)? (longer|for long|any ?more)\b",
        r"\b(posted|posts|post|message|messaged|said|says|wrote|writes|texted|text|ended|status|told)\b",
    ),
    # Sets 201 to 204 before they were trained on: a mother who will "take the baby and jump" or (sets
    # 221 to 224) take the tablets and the children with her, or is only still here for her children.
    (
        r"\btake (the|my|her|them|our) (baby|babies|kids|children|little ones?|boys|girls)( with me| with her)? (and|n|&) jump\b"
        r"(?! (the|over|in|into|on) (waves|puddles|trampoline|queue|bouncy castle))|\b(take|taking) (all )?(the|my|her) (pills|tablets)\b"
        r"( and| n| &) take (the|my|her) (baby|babies|kids|children|little ones?|boys|girls) with (me|her)\b(?! to)",
        None,
    ),
    (
        r"\b(im|i am|she is|shes) only (still )?here (for|because of) (my|her|the) (kids|children|baby|boys|girls|son|daughter|"
        r"little ones)\b",
        None,
    ),
    # Sets 205 to 208 before they were trained on: "I've made my plans", with thanks for everything
    # (never plans for Christmas, with thanks for the hamper).
    (
        r"\b(ive|i have|shes|she has|hes|he has|weve|we have) (made|sorted|got) (my|her|his|our|all (my|her|his)) (plans|"
        r"arrangements)\b(?! (for|to|with|about)\b)",
        r"\b(thank you|thanks|thankyou|ta) for (everything|all (you|youve|you have) done)\b|\bgoodbye\b|\bsay (bye|goodbye)\b",
    ),
    # Five-fold over two hundred and six sets: someone who "might as well be six foot under", not
    # sleeping or eating (never the old printer).
    (
        r"\b(she|shes|he|hes|i|im|mum|dad)\b( \w+){0,8} might as well be (six foot under|dead|in the ground|pushing up daisies|gone)\b",
        r"\b(not|ent|aint|isnt|cant|cannot|no|stopped) (sleep|eat)\w*|\bfor all the (use|good) (she|he|i) (is|am|does|do)\b",
    ),
    # Sets 209 to 212 before they were trained on: no point in anything since a death (never in the
    # new rota app, nor in anything we post); "a lot of tablets" taken after a row; a dad who stopped
    # coming and said "look after yourselves", not like him (never one moving away).
    (
        r"\b(cant|can not|cannot|dont|do not) (see|find) (the|any) point (in|of) (much|anything|it all|going on|carrying on|living|"
        r"life|getting up)\b(?! (we|you|they|he|she|on|about|at|to|that|this|the|our|with|posted|written|said)\b)",
        None,
    ),
    (
        r"\b(taken|took|swallowed|had) (a lot of|loads of|a load of|lots of|too many|a handful of|a bottle of|a packet of|a box of|"
        r"all (her|his|my|the)) (tablets|pills|paracetamol|painkillers|meds|medication|sleeping pills)\b(?! (to|back|in|into)\b)",
        r"\b(row|argument|crying|tears|in a state|upset|walked out|left (her|him)|what do i do|help)\b",
    ),
    (
        r"\b(look after yourselves|look after yourself|you(ve| have) (all )?been good to me|take care of each other)\b",
        r"\b(not like (him|her|them)|(stopped|stop) coming|worried|out of character)\b",
    ),
    # Sets 213 to 216 before they were trained on: someone very low who says she has "a plan" (never
    # a plan for the games); "I won't be here for his first birthday" (never away in Spain).
    (
        r"\b(said|says|told me|mentioned|admitted)( that)? (she|he|they|shes|hes|theyve)( has| have)?( got)? a plan\b(?! (for|to|of|b)\b)",
        r"\b(low|depress\w*|suicid\w*|end it|struggling|dark|hopeless|stillbirth|miscarriage|grief|griev\w*|lost the baby)\b",
    ),
    (
        r"\b(i|she|he) (wont|will not|shant) be (here|around) (for|to see) (his|her|their|the babys|my) (first )?(birthday|christmas|"
        r"first)\b",
        r"^(?!.*\b(holiday|away|abroad|spain|france|visiting|working|shift|trip|wedding|festival)\b)",
    ),
)
GIVING_UP_SIGNS = compile_signs(_SIGNS)
