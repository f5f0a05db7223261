# ruff: noqa: E501  (regular expressions read best unbroken)
"""A request for sign-off, told apart from a question about how sign-off works.

"I've written the press release, who signs it off?" asks for the form; "does a post about the MP's
visit need the CEO's approval?" asks about the rules (§2.3). Regular expressions over the normalised
message (see ``word_rules.normalise``); they lived in ``situations`` until it grew too long.
"""

from __future__ import annotations

import re

from bot.conversation.prefilter import AnyOf
from bot.conversation.situations import GRATEFUL_IF, POLITELY, any_of

_SIGN_OFF_PLEASE = r"\b(sign[- ]?off|approval) (please|pls|plz)\b"
# Searched in every message that reaches the actions: 93 µs a message as one alternation, 24 µs
# searched only where a wording could match (``prefilter.AnyOf``), for the same readings.
APPROVAL = AnyOf(
    r"(?<!do )(?<!does )(?<!will )\b((i|we) (need|want|would like|have to get|must get|need to get|want to get|"
    r"am after|m after|wanna get|gotta get)|(id|wed) like)\b.{0,40}\b(approv\w*|sign[- ]?off|signed off|ok(ay)?ed|green light|"
    r"go[- ]ahead|the ceo to (look|check|see|ok|okay|approve|sign))",
    # "Okay", "u", "sum1", "the chair" and "the ok" (left one set out over 58 sets: 36 development messages, all requests).
    # Never a check that someone who has gone is off the accounts: "can you check he's off
    # everything" (sets 173 to 176).
    r"\b(can|could|would|will) (you|the ceo|someone|somebody|the board|the trustees)\b.{0,20}\b(approve|sign[- ]?off|check(?! (that |if "
    r"|whether )?(shes|hes|theyre|she is|he is|they are|\w+s)( been)?( taken)? (off|removed)\b)|ok|okay|okd)\b",
    r"\b(can|could|would|will) (u|sum1|some1|the chair)\b.{0,20}\b(approve|ok|okay|okd)\b",
    # "Could you ask the CEO to look at this reply" (five-fold over one hundred and ninety sets),
    # never what the CEO would look for in a reply.
    r"\b(can|could|would|will) (you|u|someone|somebody) (ask|get) (the )?(ceo|board|chair|trustees)( to)? (look at|look over|"
    r"check|see|approve|ok|okay|sign off)( \w+)? (reply|response|post|statement|draft|wording|announcement|message)\b",
    # "Grateful if the Board could approve…" (leaving one set out over sixty-six sets: all 2 approvals).
    r"\b(the board|the ceo|the chair|someone|somebody|trustees) (could|would) (please )?(approve|sign (it |this |that )?off|"
    r"ok|okay|look at|check)\b",
    r"\b(get|have|got|getting) (the|an|a) (ok|okay|nod|green light|go[- ]ahead)\b|\bget (this|it|that) (okd|okayed)\b",
    # Leave asked for ("get the day off… who approves holidays?") is no post to sign off.
    r"\b(get|getting|send|sending|submit|submitting|put|putting|run|running|pass|passing) (this|it|my|our|a|the|an)\b"
    r"(?! ((\w+ )?(day|days|time|week|weeks|morning|afternoon) off|holiday|leave)\b).{0,60}"
    r"\b(approv\w*|sign[- ]?off|signed off|past the ceo|by the ceo|to the ceo|to the board|in front of the (ceo|chair|board)|"
    # Run past someone named before it goes up (sets 101 to 104).
    r"(past|by) \w+ before (it|we|i) (goes|go|post|publish|send|share))",
    r"^(need|needs|needing|want|wanting|requesting|request|after) (an? |some )?((urgent|crisis|quick|board|ceo) )?(approval|"
    r"sign[- ]?off|the ok)\b|"
    r"\brequest(ing)? (an? )?(approval|sign[- ]?off)\b|\bfor (approval|sign[- ]?off)\b|\bplease approve\b",
    # "Approval request: …", "attached for Board approval" (never the turnaround for it), "the Board
    # needs to sign it off" (sets 217 to 220).
    r"^approval request\b|\b(attached|ready|sent|submitted|here|going|gone|up) for (the )?(board|ceo|chair|trustees?)s? (approval|"
    r"sign[- ]?off)\b|"
    r"\b(the )?(board|ceo|chair|trustees) (needs?|has|have) to sign (it|this|that) off\b|"
    # "She can't approve her own, so it needs the Board please" (sets 221 to 224).
    r"\b(it|this|that) needs (the )?(board|ceo|chair|trustees)( to (approve|sign( it)? off|see it))?( please| pls| plz)\b",
    # "Board approval needed for a statement…" (sets 81 to 84: 58 development messages, all requests).
    r"\b(approval|sign[- ]?off) (is )?(needed|required|wanted)\b",
    _SIGN_OFF_PLEASE,
    # "Need this ok'd by 3", "can you say yes or tweak it?", "is the chair about to approve the post?",
    # "how do I get the CEO to ok our reply?" (sets 85 to 88 before training).
    r"(?<!do we )(?<!do i )(?<!would we )(?<!will we )\bneed (this|it|that) (okd|okayed|approved|signed off)\b",
    r"\b(can|could|would) (you|u)\b.{0,10}\b(say yes|give (it|this|that) (the )?(ok|okay|nod|thumbs up|green light))\b",
    # Someone higher up asked to "say yea or nay" on a piece; "can it be approved now please" (sets 153
    # to 156; the 62 development messages in those words are all requests).
    r"\bsay (yea|yay|yes) or nay\b|(?<!how )\b(can|could) (it|this|that) be (approved|signed off|okd|okayed)\b",
    # "Can the gaffer give it the once-over", "can the board see this first" (sets 157 to 160; of the 49
    # development messages in those words, 47 are requests, one a concern and one a routine post).
    r"\b(can|could) (the|our) (boss|gaffer|board|ceo|chair|trustees)( \w+)? (have a look|see (it|this|that)|look (at|over)|check|"
    r"give it|cast)\b",
    r"\bis (the )?(ceo|chair|board|\w+) (around|about|free|available|in|there) to (approve|ok|okay|sign|look at|check)\b",
    r"\bget (the )?(ceo|chair|board|trustees?) to (ok|okay|approve|sign off|look at|check) (our|my|this|the) (\w+ )?(reply|response|"
    r"statement|post|press release|announcement|draft|video)\b|"
    # Sets 121 to 124: "please get Board approval for the announcement", "how do I get the Board to
    # sign it off" (a piece in hand; "sign things off" asks how it works).
    r"(?<!how do i )(?<!how do we )(?<!how can i )(?<!how can we )(?<!how would i )\b(get|getting|seek|seeking|obtain) (the )?"
    r"(board|boards|ceo|ceos|chair|chairs|trustee|trustees) (approval|sign[- ]?off|ok|okay) (for|on) (the|our|my|this|it)\b|"
    r"\bget (the )?(ceo|chair|board|trustees?) to sign (it|this|that) off\b",
    # "Just need a thumbs up from the top on this post" (sets 93 to 96).
    r"\b(need|want|get|after)( \w+)? (a |the )?(thumbs up|nod|ok|okay|yes|green light) from (the top|the ceo|the chair|the board|"
    r"upstairs|above)\b",
    # Sets 97 to 100: the CEO asked to "put her name to" a reply, "hoping for the nod", "can you confirm
    # it's good to go?", "happy for it to go if you are".
    r"\bput (her|his|their) name to (our|the|this|my) (\w+ )?(reply|response|statement|post|announcement|press release|letter)\b",
    r"\b(hoping|hope|waiting|looking) for (the|an?|your|her|his) (quick )?(ok|okay|nod|go[- ]ahead|green light|thumbs up|yes)\b",
    r"\b(confirm|say|tell me|let me know)( if| whether| that)? (its|it is|this is|thats|were) (good|ok|okay|fine|alright) to go\b",
    r"\bhappy for (it|this|that) to go( out| up| live)? if (you are|youre|the ceo is|the chair is|the board is)\b",
    # Sets 101 to 104: "would it be possible for someone to look over and approve", "grateful if the
    # attached could be approved", "would someone mind giving the nod".
    r"\b(would|could) it be possible (for (you|someone|somebody|the ceo|the chair|the board) )?to\b.{0,30}"
    r"\b(approve|sign (it |this |that )?off|ok|okay)\b",
    rf"{GRATEFUL_IF}.{{0,80}}\b(could|can|would|might) be (approved|signed off|okd|okayed)\b",
    r"\b(would|could|can|will) (you|someone|somebody|the ceo|the chair|the board|anyone)( \w+)? (mind )?(giving|give) "
    r"(it |this |that )?the (nod|ok|okay|go[- ]ahead|green light|thumbs up)\b",
    # Sets 105 to 108: "is this ok to go out Monday?", "can this go up tonight?", "is this wording alright".
    r"\b(is|can|could) (this|that|the (\w+ )?(post|reply|statement|announcement|wording|draft|update|response))( \w+)?"
    r"( ok| okay| alright| fine| good)?( to)? go (out|live|up)\b|\bis (this|the) wording (ok|okay|alright|fine|good|right)\b",
    # Sets 109 to 112: "can I get sign-off for the thank-you post", "needs the CEO's ok before it goes out".
    r"(?<!how )\b(can|could|may) (i|we) (please )?(get|have) (sign[- ]?off|approval|the (ok|okay|nod|go[- ]ahead)) (for|on)\b",
    r"(?<!what )(?<!which )\bneeds (the )?\w+s (ok|okay|approval|sign[- ]?off|say[- ]?so|go[- ]ahead) before (it|this|they|anything) (goes|can go|gets)\b",
)
# A draft pasted in to be posted ("Draft reply to the paper: '…'", "Here's my draft answer to the
# journalist"), not "draft me a post" and not a meeting's draft minutes (sets 105 to 108).
_PASTED = (
    r"^(heres |here is |this is )?(my |our |the )?(first |final |latest )?drafts?( (reply|answer|response|statement|post|"
    r"release|announcement|letter|wording))?( (to|for|of)\b| ?[:—–-])"
)
PASTED_DRAFT = re.compile(_PASTED)
# The bot asked to write a post, a caption or a reply ("draft me a facebook post about the fun day",
# "write a tweet about our coffee morning"): it quotes the policy and writes nothing, so it is not
# covered (every such development message is labelled so), unless sign-off is named too (then the
# router offers the sign-off form, however far on it is named: set 116). An order to
# write a post and put it up is ``situations.BYPASS``'s, whatever it names.
ASKED_TO_WRITE = re.compile(
    rf"{POLITELY}(write|draft|compose) (me |us )?"
    r"(a|an|some|the|our)\b(?!.{0,80}\b(approv\w*|sign[- ]?off|signed off)\b)( \w+){0,3} (post|posts|caption|tweet|reply|status|"
    r"update|bio|blurb|message|email|letter|poem)\b"
)

# A question about how sign-off works ("does a post about the MP's visit need the CEO's approval?",
# "who actually has to sign that off?", "what counts as high-profile?") is answered from §2.3, even
# when it names a post the person has in mind, unless it also asks for the form ("…please send it
# to them", "can I submit it now?"). Read from the misses of twenty development sets leaving one
# set out, where 21 questions went to the form and 14 to the leaver checklist ("once the family has
# left", "a comment someone left"). With these and the ``leavers.LEAVER`` and
# ``WENT_OUT_UNAPPROVED`` wordings, 9 and 7: reports, leavers and sign-offs 93.4% -> 93.7%, top-1 91.3% -> 91.5%, nothing
# else moving. On sets 19 and 20 before they were trained on (not read when these were written):
# 85.0% -> 86.2% and 96.1% (unchanged) of actions right.
SIGN_OFF_QUESTION = any_of(
    r"\b(does|do|would|should)\b.{0,80}\b(need|needs|require|requires|have to|has to)\b.{0,25}"
    r"\b(approv\w*|sign[- ]?off|signed off|the ok)\b",
    r"\bwho (actually |else |exactly )?(has|have|needs?|should|must|is meant|is supposed|would) (to )?"
    r"(approve|sign|ok|okay|give)\b",
    r"\bwho (do|would|should) (i|we) (need|have|get) (to get )?(sign[- ]?off|approval)",
    r"\bwhat counts as\b.{0,40}(high[- ]?profile|announcement|sign|approv)",
    r"\bwhats the (rule|procedure|process|threshold|deal)\b.{0,25}\b(approv\w*|sign[- ]?off)",
    # Sets 22 to 24, leaving one set out: how it works, who does it, what needs it, how long it takes.
    r"\bhow (does|do) (the |this )?(ceo |board |boards |ceos )?(approv\w*|sign[- ]?off)( \w+)? work",
    r"\b(sign[- ]?off|approval)\b.{0,20}\bhow (does|do) (it|that) (actually )?work",
    r"\bwhats the (approval|sign[- ]?off) (process|procedure|rule)",
    r"\bwhats the (process|procedure) for (getting|doing)\b.{0,40}\b(approv\w*|signed off|okayed)",
    r"\bwhat (kind|sort|type)s? of (\w+ )?(needs?|requires?)\b.{0,40}\b(approv\w*|sign[- ]?off|say[- ]?so)",
    r"\bwhat (needs|requires)\b.{0,20}\b(approv\w*|sign[- ]?off|say[- ]?so)",
    r"\bhow many people (need to|have to|must) (approve|sign)",
    r"\bwho (signs|approves|oks|okays)( off| off on)?\b.{0,30}\b(posts?|press|statements?|announcements?|releases?|"
    r"content|stories|story|videos?|it|this|that|stuff|things|something|anything|before)\b",
    r"\bis there a form for (approv|sign)",
    r"\bhow (long|quickly)\b.{0,40}\b(approv\w*|sign[- ]?off|signed off)",
    r"\bclarify\b.{0,80}\b(approv\w*|sign[- ]?off)",
    r"\bhow do (i|we) (go about )?(getting|get) (sign[- ]?off|approval)\b",
    r"\bhow (do|can|would) (i|we) (go about )?(get|getting) (the )?(ceo|chair|board|trustees?) to (approve|ok|okay|sign)( off)? "
    r"(a|an|any|posts?|things|stuff|something|anything)\b",
    r"\bwhich (posts|things|announcements|content|statements|stuff) (are|is|need|needs|should|have to)\b.{0,40}"
    r"\b(approv\w*|sign[- ]?off)",
    # Asked ahead of time ("just for future reference: how would I get a press release approved?";
    # sets 77 to 80 before training; over every development message these match 4, all answers).
    r"\b(for future reference|not for now|in (the )?future|next time|one day|when the time comes)\b.{0,60}"
    r"\b(approv\w*|sign[- ]?off|signed off)|\b(approv\w*|signed off|sign[- ]?off)\b.{0,60}\b(for future reference|"
    r"in (the )?future|next time|when the time comes)\b|\bhow would (i|we) (go about )?(get|getting)\b.{0,60}\b(approv\w*|signed off)",
)

# "I've written the press release, who signs it off?" asks for the sign-off itself (sets 57 to 60 before
# training: of the development questions about sign-off it matches 14, all labelled approval), and so
# does "here's our statement" (sets 65 to 68: 29 development messages, 28 of them approvals) and
# "the post's written" (leaving one set out over sixty-six sets: 3, all approvals).
DRAFT_READY = re.compile(
    r"\b(ready|drafted|below|attached)\b|\bheres (a|our|the|my) (\w+ )?(post|statement|draft|release|announcement|wording|reply|response|holding line)\b|"
    r"\b(weve|we have|ive|i have) (got )?(a|the|our|my) (\w+ ){0,2}(statement|draft|release|announcement|wording|holding (line|statement))\b|\bwritten (it|a|an|the|our|my|up|out)\b|\b(is|s|are|been) written\b|"
    r"\b(post|statement|draft|release|announcement|wording|reply|response)s? (all )?written\b|\bsending (it )?(over|you)\b|"
    r"\bdrafts?\b.{0,60}\b(is |s )?(done|finished|below|attached|here)\b|"
    # "Draft for FB: …" (and any draft pasted in), "wording's agreed", "here it is", "it's written" (sets
    # 85 to 88 before training).
    rf"{_PASTED}|\b(wording|wordings|words|text|copy|post|statement)( is|s)? (done|agreed|finished|sorted|final|finalised)\b|"
    r"\bhere it is\b|\bits written\b|\b(is|s|its|are|all) good to go\b|"
    # "Here's what I've written", "how do we get approval for this? It's the post…" (sets 133 to 136),
    # never "do I need approval for this?".
    r"\bheres what (ive|i have|weve|we have) (written|drafted|put together)\b|"
    # "Draft post announcing…", or the piece named first: "Announcement of our new patron, with photo…"
    # (sets 201 to 204 before they were trained on).
    r"\bdraft (post|statement|release|announcement|tweet|reply|caption|video|letter)\b|^(the |our |a |an )?(announcement|statement|"
    r"press release) (of|about|announcing|on)\b|"
    r"\b(get|getting) (approval|sign[- ]?off|signed off) for this\b(?! (sort|kind|type))|"
    # "Before I hit send…", "I've put together a short reply" (sets 101 to 104 before training).
    r"\bbefore (i|we) (hit|press|click) (send|post|publish|go)\b|\b(weve|we have|ive|i have) (put together|pulled together|"
    r"drafted|prepared|knocked up|mocked up) (a|the|our|my) (\w+ ){0,2}(statement|draft|release|announcement|wording|reply|"
    r"response|post|messages|lines|talking points)\b"
)
# A deadline pressing on the post in hand ("how do I get the CEO to ok our reply? deadline's 5").
_PRESSED = re.compile(
    r"\b(deadline\w*|asap|time is (really |very )?tight|by (\d+|today|tonight|tomorrow|lunch ?time|the end of (the )?day)|"
    r"(need|needs|want|wants|have to get|got to get) (it|this) (out|up|posted|live) (today|tonight|asap|this (morning|afternoon)))\b"
)
# "The CEO has to see it first", "needs Board sign-off": said beside a draft in hand, a request.
_NEEDS_SIGN_OFF = re.compile(
    r"\bneeds? (the )?(ceo|ceos|board|boards|chair|chairs|trustee|trustees) ?(sign[- ]?off|approval|ok|okay)\b|"
    r"\b(ceo|board|chair|trustees)s? (has|have|needs?|must|wants?) to (see|ok|okay|approve|sign|check|look at)\b|"
    # "Can it go up?", "could the chair confirm she's happy with them?" (sets 133 to 136).
    r"\bcan (it|this|they|these) (go|be posted|be put) (up|out|live)\b|\b(could|can|would) the (ceo|chair|board) "
    r"(confirm|check|look at|see|ok|okay|approve|sign)\b|"
    # "Just waiting on approval", "is the CEO ok with it?", a draft ending "Approve?" or "for the ok?" (137 to 140).
    r"\b(waiting|wait) (on|for) (the )?(\w+s )?(approval|sign[- ]?off)\b|\bis (the )?(ceo|chair|board|trustees) (ok|okay|happy|"
    r"alright|fine) with (it|this|that)\b|\b(approve|sign (it |this )?off|for (the|an?) (ok|okay))\s*\?+\s*$"
)
# Who signs it, asked beside a wish to get on with it now: "who signs this off and can we start
# now?", "who must approve, and how I ask him now?" (sets 173 to 176; 9 development messages after a
# question about sign-off, all requests).
_ASKED_NOW = re.compile(
    r"\b(can|could|shall) (we|i|you|someone) (start|get (it|this|that|things) (done|going|moving|approved|signed off)|send (it|this|"
    r"that)( over| off| to (them|him|her))?|kick (it|that|this) off|do (it|that|this))( now| today| tonight| straight away| asap| this "
    r"morning| this afternoon)?\b|\bhow (do|can|should) i (send|ask) (it|this|him|her|them)( now)?\b|\bcan we (do|get) (it|this|that) "
    r"(today|now)\b"
)
# Asked for in so many words ("please send it to them", "can I submit it now?", "sign-off pls").
_ASKED_FOR = any_of(
    r"\b(please|pls|plz|can you|could you|can i|could i)\b.{0,20}\b(send|submit|approve|start|pass|forward)\b",
    _SIGN_OFF_PLEASE,
)

# "Not asking for sign-off on anything yet, just logging it" (sets 181 to 184).
_NOT_ASKING = re.compile(r"\bnot (asking|looking) for (any )?(sign[- ]?off|approval)\b")

# A question that opens as a request does ("can someone…", "could the chair…", "who can ok this…"),
# rather than asking how things work ("does a big announcement need…", "what needs sign-off").
REQUEST = re.compile(r"(can|could|would|will|who can|who could|please|pls|plz)\b")


def _in_hand(text: str) -> bool:
    """A draft ready or a deadline pressing: the post is in hand."""
    return bool(DRAFT_READY.search(text) or _PRESSED.search(text))


def _nothing_asked_for(text: str, in_hand: bool, asked_now: bool) -> bool:
    """No draft in hand and no request in so many words: a question about sign-off asks the rules.
    ``asked_now`` is whether ``_ASKED_NOW`` matched, which ``wants_sign_off`` has already searched."""
    return not in_hand and not asked_now and not _ASKED_FOR.search(text)


def asks_about_sign_off(text: str) -> bool:
    """A question about how sign-off works rather than a request for it (``text`` normalised)."""
    return bool(SIGN_OFF_QUESTION.search(text)) and _nothing_asked_for(
        text, _in_hand(text), bool(_ASKED_NOW.search(text))
    )


def wants_sign_off(text: str) -> bool:
    """A request for sign-off, not a question about how it works (``text`` normalised). Each
    pattern is searched once: this runs on every message that reaches the actions."""
    if _NOT_ASKING.search(text):
        return False
    question = bool(SIGN_OFF_QUESTION.search(text))
    in_hand = _in_hand(text)
    asked_for_a_draft = in_hand and (question or bool(_NEEDS_SIGN_OFF.search(text)))
    asked_now = question and bool(_ASKED_NOW.search(text))
    wanted = asked_for_a_draft or bool(APPROVAL.search(text)) or asked_now
    return wanted and not (question and _nothing_asked_for(text, in_hand, asked_now))
