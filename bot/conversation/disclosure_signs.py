# ruff: noqa: E501  (regular expressions read best unbroken)
"""What a child says was done to them, in a child's own words.

"Daddy put my hand on the cooker to teach me": a child telling of harm done as a lesson or a
punishment, passed on by the volunteer who heard it; "my step mum puts pepper in my mouth when I
swear"; a grown-up's "special games" that are a secret; a toddler shouting "no touch my willy" at
her uncle. Each stays quiet beside the everyday wordings that share its words (a little girl who
helped put the pan on the hob, a mum warming her hands near the fire, a surprise party the children
have a special game for, a toddler who loves touching a brooch). Like the other lists they are (cue,
context) pairs over the normalised message, read by ``word_rules.is_safeguarding``; they come from
five-fold over one hundred and fifty, one hundred and fifty-four and one hundred and sixty-six sets
and from sets 161 to 164, 173 to 176 and 201 to 204 before they were trained on (a child told she
will be put in care if she tells what happens at home), and from five-fold over two hundred and
fourteen sets (a child who goes quiet and looks at mum when asked about a plaster).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.signs import compile_signs

_HOT = r"(cooker|hob|oven|stove|iron|fire|kettle|radiator|toaster|candle)"

_SIGNS: Sequence[tuple[str, str | None]] = (
    (
        r"\b(daddy|mummy|dad|mum|mam|my dad|my mum|stepdad|he|she)\b (put|held|pressed|pushed|stuck) (my|her|his) "
        rf"(hands?|arms?|fingers?|foot|feet|face|head) (on|in|under|against|onto) (the |a )?{_HOT}\b",
        None,
    ),
    # Five-fold over one hundred and fifty-four sets: "my step mum puts pepper in my mouth when I
    # swear" (never a toddler who put pepper in his mouth off the table).
    (
        r"\b(puts?|putting|rubs?|rubbed|rubbing|pours?|poured|squirts?) (pepper|chilli|chili|soap|mustard|hot sauce|tabasco|vinegar|"
        r"salt) (in|on|into) (my|his|her|their) (mouth|tongue)\b",
        r"\bwhen (i|he|she|they) (swear|swears|lie|lies|tell lies|tells lies|cry|cries|talk back|talks back|answer back|answers back|"
        r"(am|is|are) naughty|misbehave\w*)\b|\bas (a )?punish\w*|\bto punish\b|\bfor (swearing|lying|crying|being naughty|back ?chat)\b",
    ),
    # Sets 161 to 164 before they were trained on: "daddy's special games are a secret".
    (
        r"\b(daddys|dads|uncles|mummys|mums|stepdads|grandads|grandpas|his|her|their|our) special (games?|cuddles|time)\b.{0,40}\bsecret\b|"
        r"\bsecret\b.{0,40}\b(daddys|dads|uncles|mummys|mums|stepdads|grandads|grandpas|his|her|their|our) special (games?|cuddles|time)\b",
        None,
    ),
    # Five-fold over one hundred and sixty-six sets: a toddler shouting "no touch my willy" at her uncle.
    (
        r"\b(no|dont|do not|stop) touch(ing)? my (willy|bum|private\w*|front bottom|fanny|foof|minnie|tuppence|winkle|noo ?noo)\b",
        None,
    ),
    # A small child shoved over by an adult in a video shared as funny (sets 173 to 176 before they
    # were trained on; never a toddler dragged round the shops).
    (
        r"\b(child|boy|girl|toddler|baby|kid|little one|little \w+)\b[^.!?]{0,40}\b(being|getting|is|was|gets|got) (shoved|pushed|hit|"
        r"slapped|kicked|thrown|dragged|shaken)( over| down| about| around)? by (an|a|the) (adult|grown ?up|man|woman)\b",
        None,
    ),
    # A hand or a pillow held over a child's mouth till they could not breathe, or to stop them crying
    # (five-fold over one hundred and eighty-six sets; never a baby's hand over a singer's mouth, nor
    # not breathing for laughing).
    (
        r"\b(put|puts|putting|held|holds|holding|pressed|presses|pressing|keeps?|kept) (his|her|their|a) (hand|hands|pillow|cushion|"
        r"blanket)s? (over|on) (his|her|their|my|the babys|the childs) (mouth|face|nose)\b",
        r"\b(couldnt|could not|cant|can not|cannot|struggl\w* to) breathe\b(?! (for|from|with) laugh)|\bstop (him|her|them|me) "
        r"(crying|screaming|shouting|talking|telling)\b",
    ),
    # Sets 201 to 204 before they were trained on: a child told she will be put in care if she tells
    # what happens at home (never a surprise spoiled).
    (
        r"\bif (i|she|he|you|we|they) (tell|tells|told|say|says|talk|talks)\b.{0,50}\b(put|taken|go|going|end up|sent) (in|into) "
        r"care\b",
        None,
    ),
    # Five-fold over two hundred and fourteen sets: a child asked about a plaster or a mark who goes
    # quiet and looks at a parent (never one who tells all about his scooter).
    (
        r"\b(asked|ask|asking) (the |her |him |a |about the )?(\d+ ?(yo|year old)|little (one|girl|boy)|child|boy|girl|toddler|"
        r"kid)?\b.{0,40}\b(plaster|bruise\w*|mark|marks|cut|bandage|burn|scratch\w*|bump)\b",
        r"\b(went (all |dead |really |very )?quiet|looked at (mum|dad|her mum|his mum|her dad|his dad|her mam|his mam)|wouldnt "
        r"(answer|say)|clammed up|froze)\b",
    ),
)
DISCLOSURE_SIGNS = compile_signs(_SIGNS)
