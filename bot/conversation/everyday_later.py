# ruff: noqa: E501  (regular expressions read best unbroken)
"""Everyday life in a harm's words, from sets 205 on: the later wordings that ``everyday`` reads
past before the safeguarding rules read a message, kept here so each module stays readable.

Each comes from ordinary messages in the development sets that the rules alarmed on, with a test
beside it that keeps the concern in the same words.
"""

from __future__ import annotations

LATER_WORDINGS = (
    # Sets 205 to 208: "end it all" if a song is heard once more; a nan neglecting her allotment; a
    # new hearing aid and everyone shouting; a black eye from sparring; battered with cushions; an
    # injured animal in a picture; who updates the safeguarding policy; a leaver locked out of the
    # page.
    r"\bif (she|i|he|they|mum|dad) (hears?|has to (hear|sing|watch)|sees?)( \w+){1,5} (one more|1 more|again)( time)?( \w+){0,3} "
    r"(ill|shell|hell|theyll|i will|she will|he will) end it all\b|"
    r"\bneglect\w* (her|his|my|their|the) (\w+ )?(allotment|garden|plants|houseplants|veg patch|greenhouse|hobbies|diet|blog|"
    r"page|posts|emails|inbox|knitting)\b|"
    r"\bhearing aids?\b.{0,60}\bshouting at (him|her|them|me|us)\b|"
    r"\bblack eye (from|at|after) (sparring|boxing|kickboxing|football|rugby|netball|hockey|cricket|the trampoline)\b|"
    r"\bbattered (me|us|him|her|each other|everyone) with (cushions|pillows|balloons|foam|snowballs|kisses|questions|hugs)\b|"
    r"\binjured (animal|dog|cat|bird|fox|deer|hedgehog|horse|pet|puppy|kitten|swan|seal)s?\b|"
    r"\bwho (updates|reviews|writes|wrote|owns|maintains|signs off|looks after) (the |our )?safeguarding policy\b|"
    r"\bstill (gets?|got|getting|logs?|logging) into (the|our) (\w+ )?(page|account|insta\w*|facebook|group|sharepoint|canva)\b.{0,60}\block (her|him|"
    r"them) out\b|"
    # Sets 209 to 212: a partnership with a domestic abuse service; the dog blamed for scribbles; a
    # cushion jail for naughty dragons; a grown-up's fall; insurance if a child gets hurt; whether
    # a volunteer must know how local reporting works; a bike, a black eye and the GP; the rule on
    # volunteers messaging young people.
    r"\b(partnership|partnering|partner|working) with (the |a |our )?([\w-]+ ){0,2}domestic abuse (team|unit|service|charity)\b|"
    r"\b(drew|scribbled|painted|crayoned|coloured|wrote)\b.{0,60}\btold me the dog did it\b|"
    r"\b(jail|prison|dungeon) for (naughty )?(dragons|monsters|teddies|dinosaurs|pirates|grown ?ups|mummy|daddy)\b( and locked me "
    r"in( it)?)?|"
    r"\b(my )?(dad|mum|nan|grandad|grandma|granny|father|mother) had a fall\b.{0,60}\b(shaken up|bruised)\b|"
    r"\binsurance\b.{0,40}\bif a (child|kid|baby|toddler) (gets|is) (hurt|injured)\b|"
    r"\b(is it|its) (my|our|a volunteers) job( as a volunteer)? to know how (the )?(local )?safeguarding (reporting|procedure|"
    r"process)\b|"
    r"\bmy (little one|son|daughter|boy|girl|lad|toddler) (came|fell) off (his|her) (scooter|bike)\b.{0,20}\bblack eye\b|"
    r"\b(is there a rule|rules?|policy|guidance) (about|on) volunteers messaging (teenagers|young people|children|kids)( online)?\b|"
    # Sets 213 to 216: a sari or a gazebo that fell down; a mum who wants ideas instead of smacking;
    # a mum hurt by a remark who wants a manager; a baby who grabbed the raffle tickets; a trope about
    # who controls the money; a legacy gift; a man sending abuse since the baby bank post.
    r"\bit fell (down|over)( twice| again| (two|three|\d) times)?\b|"
    r"\b(everyone|everybody|people|they all) smacks?( their (kids|children))?( back home| there)? but (she|he|they|mum|dad) "
    r"(doesnt|dont|does not|do not|wont|would not|wouldnt) want to\b|"
    r"\bhurt and (wants|would like|has asked for|is asking for|asked for) (a manager|to (complain|speak|talk)|an apology|a "
    r"(different|new) volunteer|someone senior)\b|"
    r"\b(baby|toddler|little one)s? grabbed (my|the|our|her|his) (raffle )?(tickets?|lanyard|badge|phone|pen|glasses|keys|"
    r"necklace|earrings?|biscuit|cake|sandwich|spoon|cup|toy|hair|scarf|clipboard)\b|"
    r"\bwho (really )?controls? (the|all the) (money|banks|media)\b|"
    r"\blegacy gift from\b|"
    r"\b(the |our )?baby bank (post|appeal|page|collection|donations?|drive)\b"
)
