"""Hopelessness, entrapment and feeling a burden: warning signs short of ideation."""

from __future__ import annotations

from bot.safety.cues.base import (
    CONCERN,
    END_OF_THOUGHT,
    FIRST,
    GONE_IF_PAST,
    NEG,
    NONE,
    NOT_THING,
    OTHER,
    PAST,
    RELATIONSHIP,
    Cue,
    S,
    cue,
)

_WEAK_END = (
    r"(?=\s*(?:anymore|any more|any longer|much longer|like this|for much longer|another day|"
    r"with (?:life|living|this life|anything|everything|it all|the pain)|without|"
    r"[.!?,;]|$|and\b|but\b|i\b|i'm\b|it's\b|lol\b|please\b|help\b|alone\b))"
)

_CANNOT = (
    r"\b(?:can't|cannot|can not|can no longer|unable to|don't think i can|do not think i can|"
    r"not able to|couldn't|could not|won't be able to|don't know how (?:much longer )?i can|"
    r"no longer able to|how (?:much longer|long) (?:can|will) i|i can't|i cant) (?:\w+ )?"
)
_LONGER = (
    r"(?=\s*(?:anymore|any more|any longer|much longer|like this|for much longer|another day|"
    r"one more day|with (?:life|living|this life|it all|the pain)))"
)

# --- perceived burdensomeness ----------------------------------------------------------------
# Whose lives the speaker's absence would ease: people and life itself, not a team or a party.
_RELIEVED = (
    r"(?:everyone|everybody|people|they|the world|this world|world|my family|the family|"
    r"my \w+|you all|y'all|you guys|all of you|you|he|she|we|life|lives|things|everything|it|"
    r"(?:everyone's|everybody's|their|his|her|my \w+'s|people's) li(?:fe|ves)|"
    r"(?:everyone|everybody|the people|people) (?:in my life|around me|i love|close to me|"
    r"who know me|who love me)|(?:my )?@LOVED(?: and (?:my )?@LOVED)?)"
)
# Relief said as a verb: "would breathe easier", "would have a better life", "would do better".
_RELIEF = (
    r"(?:breathe|sleep|live|do|cope|manage|get on|function|rest) (?:so much |much |a lot |far )?"
    r"(?:easier|better|happier|more freely|more easily)|have (?:a |so much |a much |much )?"
    r"(?:better|easier|happier|nicer|calmer|freer) li(?:fe|ves)|thrive|flourish|be free"
)
_WOULD = (
    r"(?:would|will|'d|'ll|could|might|is|are|'s|'re|(?:is|are|'s|'re) going to)"
    r"(?: all| just| so| definitely| probably| honestly| really| genuinely| literally| actually|"
    r" finally| surely| clearly| obviously)*"
)
# Away for a while, from a place or doing something: "without me there", "without me nagging",
# "if I wasn't here next week", "when I'm gone to uni".
_ONLY_A_WHILE = (
    r"\s*(?:(?!being\b|existing\b|living\b|breathing\b)\w+ing\b|there\b|as\b|"
    r"for (?:the|a|an|one|two|a few|a couple|\w+ (?:days?|weeks?|months?|hours?))\b|"
    r"on (?!this earth\b|earth\b|this planet\b)\w+|"
    r"at (?:the|this|my|our|their|a|an|work|home|school)\b|"
    r"in (?:the|this|that|my|our|their|a) (?!world\b|picture\b)|"
    r"(?:the|a|an|my|his|her|their|your|our|this|that) \w+|"
    r"to (?!worry\b|look\b|take\b|deal\b|care\b|think\b|feed\b|pay\b)\w+|"
    r"(?:from|near|with) (?:the|a|an|my|his|her|their|your|our|this|that)\b|"
    r"(?:today|tonight|tomorrow|this (?:week|weekend|year|time)|next (?:week|month|year))\b|"
    r"(?:when|while|until|till) (?:they|he|she|we|i)\b)"
)
# Groups and occasions someone steps back from without meaning their life.
_NOT_A_LIFE = (
    r"\b(?:team|project|band|squad|group|company|office|shift|meeting|party|trip|holiday|"
    r"wedding|game|match|class|course|job|business|club|committee|board|line-?up|roster|"
    r"cast|choir|game|server|chat|discord|thread|sub|subreddit|relationship|marriage|"
    r"break(?:ing)? up|broke up|divorce|custody|lol|haha)\b"
)
_REMOVE_MYSELF = (
    r"(?:remov(?:e|ed|ing)|tak(?:e|en|ing)|took|get(?:ting)?|got) myself (?:out of|from|off) "
    r"(?:the (?:equation|picture)|everyone's li(?:fe|ves)|everybody's li(?:fe|ves)|"
    r"their li(?:fe|ves)|his life|her life|your li(?:fe|ves)|people's li(?:fe|ves)|"
    r"(?:the|this) (?:world|earth|planet)|existence)"
)

BURDEN: tuple[Cue, ...] = (
    # "The world would be a better place without me", "everyone's lives would be easier if I
    # wasn't here": others better off with the speaker gone is passive ideation.
    cue(
        S.PASSIVE_IDEATION,
        r"\b" + _RELIEVED + r"(?: (?:at|in) (?:home|my life|the house|my house|this house))?"
        r"(?: |(?='))" + _WOULD + r" (?:be |b |have been |feel |get )?"
        r"(?:so |much |a lot |far |way |infinitely |a whole lot ){0,2}"
        r"(?P<v>(?:@BETTER_OFF|" + _RELIEF + r")(?: (?:for|to|on) "
        r"(?:everyone|everybody|them|all|all of them|us all|my \w+|him|her|the \w+))?"
        r"(?: in the long run)?,? @WITHOUT_ME)",
        NEG, PAST,
        not_after=_ONLY_A_WHILE,
        not_in=_NOT_A_LIFE,
        requires=("without me", "w/o me", "w/out me", "with me ", "if i ", "when i", "once i",
                  "after i"),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"(?:^|[.!?,;]\s*|\b(?:and|but|honestly|really|just|so)\s+)(?P<v>(?:without me|"
        r"w/o me|w/out me|with me gone|with me dead|with me out of the (?:picture|way))"
        r"(?: around| here| in (?:their|his|her|your) li(?:fe|ves))?),? " + _RELIEVED
        + r"(?: |(?='))" + _WOULD + r" (?:be |feel |get )?(?:so |much |a lot |far |way ){0,2}"
        r"(?:@BETTER_OFF|" + _RELIEF + r")\b",
        NEG, PAST,
        not_in=_NOT_A_LIFE,
        requires=("without me", "w/o me", "w/out me", "with me "),
    ),
    # "Better than okay, if I just wasn't around anymore": relief at the speaker gone for good.
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:@BETTER_OFF|okay|ok|fine|better than (?:okay|ok|fine))[,]? (?P<v>(?:if|once|when) "
        r"i (?:just |simply )?(?:wasn't|weren't|was not|were not|'m not|am not) (?:\w+ )?"
        r"(?:around|here|alive|in (?:the picture|their lives)) (?:anymore|any more|any longer))",
        NEG, PAST,
        not_in=_NOT_A_LIFE,
        requires=("anymore", "any more", "any longer"),
    ),
    # Taking oneself out of others' lives for good.
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>" + _REMOVE_MYSELF + r")(?=,?\s*(?:\.\s*)?(?:permanently|for good|forever|"
        r"for ever|once and for all))|\b(?P<v2>(?:remov(?:e|ed|ing)|tak(?:e|en|ing)|took) "
        r"myself (?:out of|from|off) (?:(?:this|the) (?:world|earth|planet)|existence))"
        r"(?=\s*(?:[.!?,;]|$|\n|and\b|for\b|permanently\b|forever\b|i\b))",
        NEG, PAST,
        requires=("myself",),
    ),
    # "Taking myself out of the equation would fix it", "it would be kinder if I removed
    # myself from everyone's life": burden, and removal as the remedy.
    cue(
        S.HOPELESSNESS,
        r"\b(?:kinder|better|easier|best|fairer|simpler|a relief|a favou?r|a gift|the right "
        r"thing|the kindest thing|the best thing)(?: (?:for|to) (?:\w+ ){0,2}?\w+)? "
        r"(?:if i|to|by|is to|would be to|(?:is|was) (?:just )?to) "
        r"(?:just |simply |finally |quietly )?"
        r"(?P<v>" + _REMOVE_MYSELF + r")|\b(?P<v2>" + _REMOVE_MYSELF + r") (?:would|will|"
        r"could|might) (?:\w+ )?(?:fix|solve|help|make (?:everything|things|it|life|their "
        r"li(?:fe|ves)|everyone's li(?:fe|ves))|be (?:kinder|better|best|easier|fairer|simpler|"
        r"a relief|the kindest|for the best))|\bif i (?:just |simply |finally )?(?P<v3>"
        + _REMOVE_MYSELF + r"),? (?:[\w']+ ){0,3}?(?:would|will|'d|'ll|could) (?:\w+ )?(?:be )?"
        r"(?:@BETTER_OFF|fix|solve|sort)\b",
        NEG, PAST,
        not_in=_NOT_A_LIFE,
        requires=("myself",),
    ),
    # "I'm worth more dead than alive", "more use to them dead".
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:i'm|i am|i'd be|i would be|i'll be|i will be|i was|me|i) (?:\w+ ){0,2}?"
        r"(?P<v>worth more (?:to (?:\w+ ){1,2})?dead|(?:more|of more) (?:use|useful|valuable|"
        r"help) (?:to (?:\w+ ){1,2})?dead|worth (?:nothing|less|so little) (?:to (?:\w+ ){1,2})?"
        r"alive)\b",
        NEG, OTHER, PAST,
        requires=("dead", "alive"),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>(?:my )?(?:life insurance|insurance payout|death benefit|life cover) "
        r"(?:would|will|is|could) (?:\w+ )?(?:be worth|do|help|mean) more (?:\w+ ){0,3}?than "
        r"(?:i|me|i am|i ever|i'm|my life|i could))\b",
        NEG, PAST,
        requires=("insurance", "death benefit", "life cover"),
    ),
    # "If I died, at least they would stop spending on me": the speaker's death as a saving.
    cue(
        S.PASSIVE_IDEATION,
        r"\bif i (?:just )?(?:die|died|was dead|were dead|was gone|were gone|wasn't here|"
        r"weren't here|wasn't around|disappeared|killed myself),? (?:then )?(?P<v>(?:at least "
        r"(?:they|everyone|everybody|my (?:\w+ )?\w+|he|she|we)(?:'d| would| could| will|'ll|"
        r" wouldn't| won't| can)|(?:they|everyone|everybody|my (?:\w+ )?\w+|he|she)(?:'d| would|"
        r" could) (?:finally |at least )?(?:stop (?:spending|paying|worrying|having to)|not "
        r"have to|no longer (?:have|need) to|be (?:free|relieved|better off|happier)|(?:be able "
        r"to|get to) (?:finally )?(?:afford|live|breathe|move on)|finally)))",
        PAST,
        not_in=r"\b(?:(?:my|a|the) will|wills|executor|estate|probate|beneficiar\w*|"
        r"inherit\w*|401k|ira|pension|policy|lawyer|solicitor|legally|custody|guardian\w*)\b",
        requires=("if i",),
    ),
    # "A weight around everyone's neck", "dead weight to my family".
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel like|feel like|i've become|i have become|being|like|just|i) "
        r"(?:just |only |such |nothing but |always )?(?:a |an |the )?(?:\w+ )?"
        r"(?P<v>(?:weight|millstone|albatross|anchor|ball and chain|dead weight|noose) "
        r"(?:around|round|on|hanging (?:around|round|on)|tied to) (?:everyone's|everybody's|"
        r"their|his|her|my (?:\w+ )?\w+(?:'s|s')|people's|your|the family's) (?:necks?|shoulders?|"
        r"backs?|li(?:fe|ves)|ankles?))",
        NEG, PAST,
        requires=("around", "round", " on ", "tied to"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel like|feel like|i've become|i have become|being) (?:just |only |"
        r"such |nothing but )?(?:a |an )?(?P<v>dead weight)(?: (?:to|for|on) (?:everyone|"
        r"everybody|them|my (?:\w+ )?family|my \w+|the family|people|the people i love))?"
        r"(?=\s*(?:[.!?,;]|$|\n|and\b|now\b|i\b|anyway\b))",
        NEG, PAST,
        not_in=r"\b(?:team|project|work|group|class|office|shift|company|gym|band|squad|"
        r"business|uni|course|assignment|job)\b",
        requires=("dead weight",),
    ),
    # "Stealing oxygen from people who deserve it": not deserving the room one takes up.
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel like|feel like|i've been|i) (?:just |only |basically )?"
        r"(?P<v>(?:stealing|wasting|taking up|using up) (?:\w+ )?(?:oxygen|air|space)"
        r"(?: (?:from|that|which) (?:\w+ ){0,4}?(?:deserves?|could use|needs?|should have) "
        r"(?:it|more)?)?)(?=\s*(?:[.!?,;]|$|\n|and\b|i\b|on this\b|here\b))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:meeting|call|lecture|class|office|desk|car|gym|fridge|cupboard|room|"
        r"house|flat|storage|drive|disk|cloud|garage|parking|seat|tank|tyres?|balloon)\b",
        requires=("oxygen", "air", "space"),
    ),
    # "The problem everyone has to manage", "tired of being everyone's problem".
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|being|i feel like|feel like|i've become|i have become|i) (?:just |only |"
        r"always |still |now )?(?P<v>(?:a|the|everyone's|everybody's|their|the family's) (?:\w+ )?"
        r"(?:problem|burden|responsibility|chore|obligation|full[- ]time job|project|charity "
        r"case|worry|headache|liability|patient) (?:that |who )?(?:everyone|everybody|people|"
        r"they|my (?:\w+ )?family|the family|my \w+|he|she) (?:has|have|had|keep|keeps|kept|"
        r"needs?|is forced|are forced|gets? stuck|got stuck|is stuck|are stuck) (?:to |with )?"
        r"(?:manage|deal with|handle|look after|take care of|worry about|carry|fix|put up with|"
        r"babysit|tiptoe around|clean up after|check on|watch|pick up after|sort out|me\b))",
        NEG, PAST,
        not_in=r"\b(?:client|customer|case ?load|ticket|bug|project manager|patients)\b",
        requires=("problem", "burden", "responsib", "chore", "obligation", "job", "project",
                  "charity case", "worry", "headache", "liabilit", "patient"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:tired of|sick of|exhausted from|done|stop|stopped|to stop|i'm|i am|always|"
        r"just) (?:just |only |always )?(?P<v>being (?:everyone's|everybody's|anyone's|"
        r"somebody's|someone's|my family's|the family's) (?:problem|burden|responsibility|"
        r"headache|worry)|(?:everyone's|everybody's) (?:problem|burden))\b",
        NEG, PAST,
        requires=("everyone's", "everybody's", "anyone's", "somebody's", "someone's",
                  "family's"),
    ),
    # "I've taken everything from my family", "I cost them everything".
    cue(
        S.HOPELESSNESS,
        r"\bi(?:'ve| have| am|'m)? (?:\w+ )?(?P<v>(?:taken|taking|took|cost|costing|drained|"
        r"draining|ruined|ruining) (?:everything|so much|too much) (?:from )?(?:my (?:\w+ )?"
        r"(?:family|parents|mum|mom|dad|husband|wife|partner|kids|children|sister|brother)|"
        r"them|everyone|everybody|the people i love)|(?:cost|costing) (?:my (?:\w+ )?(?:family|"
        r"parents|mum|mom|dad|husband|wife|partner|kids)|them|everyone) (?:everything|too "
        r"much|more than i'm worth|so much and (?:give|gave) nothing back))\b",
        NEG, PAST,
        not_in=r"\b(?:company|team|business|client|employer|boss|insurance|landlord|car|"
        r"wedding|divorce|lawyer|court|game|match|points)\b",
        requires=("everything", "too much", "so much", "worth"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:no one|nobody|noone|no-one|they|everyone|my (?:\w+ )?(?:family|parents|mum|mom|"
        r"dad|husband|wife|partner|kids)) (?:would|'d|will|'ll) (?:ever )?(?:have to|need to|"
        r"ever have to) (?P<v>(?:worry about|deal with|look after|take care of|put up with|pay "
        r"for|clean up after|tiptoe around|check on) me) (?:anymore|any more|any longer|ever "
        r"again|again)\b",
        NEG,
        not_in=r"\b(?:if i (?:got|get|find|found|move|moved|pass|passed|graduate)|job|flat|"
        r"house|licen[cs]e|car|degree|visa|loan)\b",
        requires=("me any", "me again", "me ever"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:tired|sick|exhausted|done) (?:of|with) (?P<v>being (?:a|the|such a) (?:problem|"
        r"burden|nuisance|inconvenience|bother|drain|weight|worry) (?:for|to|on) (?:everyone|"
        r"everybody|my (?:\w+ )?family|them|people|the people i love|my (?:\w+ )?(?:parents|"
        r"mum|mom|dad|husband|wife|partner|kids|friends)))\b",
        NEG, PAST,
        requires=("tired", "sick", "exhausted", "done"),
    ),
    # "They'd grieve for a while but then they'd finally get to breathe": the speaker's death
    # imagined as a relief to the people left behind.
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>(?:grieve|mourn|be sad|sad|be upset|upset|cry|be devastated|devastated|"
        r"be heartbroken|heartbroken|miss me)(?: for)? (?:a (?:while|bit|little(?: while)?|"
        r"few (?:days|weeks|months)|short time|year or two)|at first)[,;.]? (?:[\w']+ ){0,4}?"
        r"(?:then|eventually|after that|but|and|in the end)[,]? (?:[\w']+ ){0,3}?"
        r"(?:get (?:their|his|her|your|our) li(?:fe|ves) back|(?:finally )?(?:get to |be able "
        r"to |could |can |would )?breathe(?: again)?|(?:be|feel) (?:so much |much |a lot )?"
        r"(?:relieved|freer|lighter|better off)|be free(?: of me)?))",
        not_in=r"\b(?:break up|broke up|breaking up|leave (?:him|her)|left (?:him|her)|"
        r"dump\w*|divorce|move (?:away|out)|moving|relationship|dating|ended things|"
        r"abroad|uni|college|job)\b",
        requires=("while", "bit", "little", "few", "short time", "at first", "year or two"),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>(?:grieve|mourn)(?: me)?(?: for)? (?:a (?:while|bit|little(?: while)?|"
        r"few (?:days|weeks|months)|short time)|at first)[,;.]? (?:[\w']+ ){0,4}?(?:then|"
        r"eventually|after that|but|and|in the end)[,]? (?:[\w']+ ){0,3}?(?:move on|get over it|"
        r"forget (?:me|about me)|be (?:fine|okay|ok|better|happier)))",
        requires=("grieve", "mourn"),
    ),
    # "He deserves a wife who isn't a full time job".
    cue(
        S.HOPELESSNESS,
        r"\b(?:deserves?|deserved) (?:(?:so much |much |way )?better than (?:me,? )?)?"
        r"(?:a |an |someone |somebody )?(?:\w+ )?(?:wife|husband|"
        r"partner|mum|mom|mother|dad|father|daughter|son|girlfriend|boyfriend|friend|sister|"
        r"brother|family|parent|someone|somebody) (?:who|that) (?P<v>(?:isn't|is not|wasn't|"
        r"doesn't|does not|won't|will not) (?:a |an |always |constantly )?(?:\w+ )?(?:full[- ]time "
        r"job|burden|mess|wreck|problem|patient|project|charity case|sick|ill|broken|depressed|"
        r"disabled|needy|crying|in bed|falling apart|need (?:looking after|constant care|so much|"
        r"caring for)|drag (?:him|her|them) down)|(?:can't|cannot|can never) (?:even )?(?:get "
        r"out of bed|work|function|cope|look after (?:himself|herself|themselves|myself)|"
        r"be there for (?:him|her|them)))",
        PAST,
        requires=("deserve",),
    ),
    # "Everyone's life got smaller because of me", "I make everyone's life harder".
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>(?:everyone's|everybody's|their|my family's|my (?:\w+ )?\w+'s|his|her) "
        r"li(?:fe|ves) (?:got|gets|get|is|are|has been|have been|became|has become|have become|"
        r"was|were) (?:\w+ )?(?:smaller|harder|worse|ruined|miserable|hell|difficult|more "
        r"difficult|a misery|on hold) because of me)\b|\bi (?:\w+ )?(?P<v2>(?:make|ruin|keep "
        r"ruining|am ruining|'m ruining|drag down) (?:everyone's|everybody's|their|my family's|"
        r"the lives of) (?:li(?:fe|ves)|everyone)(?: (?:worse|harder|miserable|hell|difficult))?)"
        r"(?=\s*(?:[.!?,;]|$|\n|and\b|just\b|by\b|i\b|because\b))",
        NEG, PAST,
        requires=("because of me", "life", "lives"),
    ),
)

# --- death as the way out ----------------------------------------------------------------------
_EXIT_NOUN = (
    r"(?:(?:real |other |remaining |last )?(?:way out|way|option|escape|exit|solution|answer|"
    r"choice|cure|relief|door|path|road|route|hope)(?: left| remaining)?|"
    r"thing i (?:haven't|have not|'ve not|never) tried(?: yet)?|"
    r"thing (?:that |which )?(?:would|will|could|can|might)(?: \w+){1,4}?|"
    r"(?:thing|option|choice|card) (?:left|remaining)(?: to (?:try|do|play))?|"
    r"thing left (?:on the list|to try)|way (?:this|it) (?:ends|can end|will end))"
)
_DEATH_TALK_ABOUT_OTHERS = (
    r"\b(?:certain|certainty|guaranteed|inevitable|taxes|for (?:him|her|them)|his only|"
    r"her only|their only|assisted|euthanasia|vet|dog|"
    r"cat|pet|horse|character|game|film|movie|book|patient|prognosis|hospice|palliative|"
    r"penalty|sentence|plant|cell|cells|tumou?r|virus|batter(?:y|ies))\b"
)
_END = r"(?=\s*(?:[.!?,;:]|$|\n|and\b|but\b|honestly\b|now\b|tbh\b|i\b|or\b|at this point\b))"

DEATH_AS_THE_WAY_OUT: tuple[Cue, ...] = (
    # "The only way out is death", "the only thing I haven't tried is dying".
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>(?:the|my) only " + _EXIT_NOUN + r"(?: \w+){0,5}? (?:is|would be|seems|"
        r"seems to be|feels like|looks like|is looking like|'s|will be|left is|i can see is|"
        r"i see is|i have is|i've got is) (?:\w+ )?@DEATH_EXIT)" + _END,
        NEG, PAST,
        not_in=_DEATH_TALK_ABOUT_OTHERS,
        requires=("only",),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:no|there's no|there is no|isn't any|there isn't any|without any|no other|"
        r"out of|ran out of|run out of|running out of|tried everything|i've tried everything|"
        r"nothing left) (?:(?:way out|escape|exit|options?|choices?|solutions?|way forward|"
        r"other way|ideas|things to try|treatments)(?: left)?(?: for me)?,? )?"
        r"(?P<v>(?:except|but|other than|apart from|besides|save|bar) (?:for )?@DEATH_EXIT)"
        + _END,
        PAST,
        not_in=_DEATH_TALK_ABOUT_OTHERS,
        requires=("except", "but", "other than", "apart from", "besides", "save", "bar"),
    ),
    # "No way out except one", "I've run out of options except one": the one left unnamed.
    cue(
        S.HOPELESSNESS,
        r"\b(?:no|there's no|there is no|isn't any|there isn't any|no other|out of|ran out of|"
        r"run out of|running out of|tried everything|i've tried everything) (?:(?:way out|"
        r"escape|exit|options?|choices?|solutions?|ways? out|other way|ideas|things to try|"
        r"treatments)(?: left)?(?: for me)?,? )?(?P<v>(?:except|but|other than|apart from|"
        r"besides|save|bar) (?:for )?(?:one|the one|that one|the obvious one|the final one|"
        r"the permanent one|the last one|one thing|the one thing))"
        r"(?=\s*(?:[.!?]|$|\n|and\b|honestly\b|now\b|left\b|tbh\b))",
        not_in=r"\b(?:appeal|court|lawyer|solicitor|bankrupt\w*|sell\w*|building|floor|room|"
        r"door|stairs?|staircase|road|exit sign|fire)\b",
        requires=("except", "but", "other than", "apart from", "besides", "save", "bar"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:the )?only (?:way out|exit|escape)(?: left| now| for me| from here)* (?:is|'s) "
        r"(?P<v>down(?:wards?)?(?: further| deeper)?|all the way down)"
        r"(?=\s*(?:[.!?,;]|$|\n|and\b|i\b|like\b))",
        not_in=r"\b(?:market|stocks?|prices?|shares|economy|rates|crypto|bitcoin|league|table|"
        r"season|mine|cave|ladder|stairs|lift|elevator|hill|mountain|slope)\b",
        requires=("only",),
    ),
    # "The only way out I can think of is permanent": a way out that cannot be undone.
    cue(
        S.HOPELESSNESS,
        r"\b(?:the|my) only " + _EXIT_NOUN + r"(?: \w+){0,5}? (?:is|would be|seems|seems to be|"
        r"feels like|looks like|'s|will be) (?P<v>(?:a |the )?(?:permanent|final|irreversible|"
        r"(?:permanent|final|obvious|last|dark) one|one (?:i|you) (?:keep thinking about|can't "
        r"undo|cannot undo|don't come back from)))" + _END,
        not_in=_DEATH_TALK_ABOUT_OTHERS + r"|\b(?:leak|roof|fix|repair|hair|tattoo|marker|ink|"
        r"job|contract|visa|residency|filling|tooth|implant|glue|solution for)\b",
        requires=("only",),
    ),
    # "The only way I'll get out of this is in a box": leaving dead, said without the word.
    cue(
        S.HOPELESSNESS,
        r"\b(?:the )?only way (?:i'll|i will|i'm going to|i can|i could|i'm ever going to) "
        r"(?:ever )?(?P<v>(?:get|be|break|escape|leave)(?: \w+){0,4}? (?:is|'s) (?:in a (?:box|"
        r"coffin|body bag|casket)|feet first|in a wooden box|dead|by dying|when i die))"
        r"(?=\s*(?:[.!?,;]|$|\n|and\b|i\b|honestly\b|lol\b))",
        not_in=r"\b(?:job|company|work|office|house|home|flat|retire\w*|union|club|team|"
        r"band|town|village|marriage|lol|haha|joke)\b",
        requires=("only way",),
    ),
    # "There's only one way out of this and it's not pretty", "only one option left".
    cue(
        S.HOPELESSNESS,
        r"\b(?:there's|there is|i have|i've got|i see|i can see|leaves|left with) (?:only one|"
        r"just one|one) (?P<v>(?:way out|option|choice|exit|door|solution|way this ends)"
        r"(?: left| remaining)?(?: of (?:this|here|it))?)(?=\s*(?:[.!?]|$|\n|now\b|for me\b|"
        r"honestly\b))|\b(?:options?|choices?|ways? out|doors?)\b[^.!?]{0,60}?\b(?:there's|"
        r"there is|i have|i've got|with) (?P<v2>(?:only|just) one(?: left)?)(?=\s*(?:[.!?]|$|"
        r"\n|now\b|honestly\b))",
        FIRST,
        not_in=r"\b(?:appeal|court|lawyer|solicitor|bankrupt\w*|sell\w*|buy\w*|mortgage|"
        r"loan|debt|remortgage|landlord|council|building|floor|room|stairs?|road|fire|"
        r"car park|exam|resit|course|job|company|contract|visa|election|government|party|"
        r"vote|war|team|game|match|level|boss fight|puzzle)\b",
        requires=("one",),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:only one|just one) (?P<v>way out(?: of (?:this|here|it))?) (?:and (?:it's|it is) "
        r"not (?:pretty|nice|good|what you think)|and (?:we|you|i) (?:all )?know (?:what|which) "
        r"(?:it is|one))\b",
        not_in=r"\b(?:election|government|party|vote|war|team|game|match|level|court|"
        r"lawsuit|bankrupt\w*|debt|mortgage)\b",
        requires=("one way out",),
    ),
    # "The door nobody comes back through": death said as a one-way exit.
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>(?:door|place|road|trip|journey|way out|exit|one) (?:that |which )?"
        r"(?:nobody|no one|no-one|noone|you|people|anyone) (?:ever )?(?:comes? back|came back|"
        r"returns?|returned|walks? back|don't come back|never come back|doesn't come back) "
        r"(?:through|from|out of))(?!\s*(?:the same|unchanged|whole|alive|in one piece))",
        not_in=r"\b(?:film|movie|book|game|series|show|war|combat|space|mission|everest|"
        r"expedition|documentary|episode|novel|story|fiction|character|prison|army|cult)\b",
        requires=("back",),
    ),
    # "I don't see how this ends any other way", "this only ends one way".
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|can't|cannot|couldn't) see (?:how|any way|a way) (?P<v>(?:this|it|"
        r"things|my life|all this|any of this) (?:ends?|can end|could end|will end|is going to "
        r"end|would end|ending) (?:any other way|differently|(?:in )?any (?:other )?way but "
        r"one|well))(?=\s*(?:[.!?,;]|$|\n|honestly\b|tbh\b|now\b|and\b|i\b))|\b(?P<v2>(?:this|"
        r"it|my life|my story) (?:only|can only|will only|is only going to) (?:ends?|end) "
        r"(?:one way|in one way))(?=\s*(?:[.!?,;]|$|\n|honestly\b|and\b|for me\b))",
        FIRST,
        not_in=r"\b(?:government|election|war|country|party|politic\w*|market|economy|"
        r"show|series|season|book|film|movie|game|case|trial|court|lawsuit|company|team|"
        r"relationship|marriage|divorce|custody|landlord|job)\b",
        requires=("end",),
    ),
    # "I'll pay it until I die, unless I die sooner. Which is looking like the better deal."
    cue(
        S.PASSIVE_IDEATION,
        r"\bi(?:'d| would| will|'ll| could| might)? (?:just |rather |probably )?(?:die|died|"
        r"was dead|were dead|be dead|am dead)(?: \w+){0,2}?[.!?,;]*\s*(?P<v>(?:which|and that|"
        r"that|it) (?:\w+ ){0,2}?(?:is|seems|'s|sounds|looks|feels|is looking|is starting to "
        r"look|is sounding|is feeling) (?:\w+ ){0,4}?like (?:the|a) (?:better|best|easier|"
        r"preferable|kinder|cheaper|more appealing|good|nicer) (?:deal|option|choice|way out|"
        r"alternative|bet|outcome|solution|plan|idea))",
        NEG,
        requires=("like",),
    ),
    # "I just want it over with": about an exam as often as a life, so it counts only with
    # distress (assessment.py); "I want my life over with" is a wish to be dead.
    cue(
        S.WANTS_IT_TO_STOP,
        r"\b(?:want|wish|need|wanna) (?:for )?(?P<v>(?:it|this|everything|it all|all of it|"
        r"all of this|all this) (?:all )?(?:to be )?over with)(?: already)?"
        r"(?=\s*(?:[.!?,;]|$|\n|now\b|honestly\b|please\b))",
        NEG, OTHER,
        level=NONE,
        not_in=r"\b(?:exam|exams|test|interview|surgery|operation|procedure|appointment|"
        r"dentist|meeting|wedding|trial|hearing|court|move|moving|renovation|presentation|"
        r"flight|injection|jab|scan|results|birth|labou?r|pregnancy|chores?)\b",
        requires=("over with",),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:want|wish|need|wanna) (?:for )?(?P<v>(?:my life|life|this life|my existence|"
        r"existing|living) (?:to be |was |were |would be |to get )?over with)\b",
        NEG, OTHER, PAST,
        requires=("over with",),
    ),
)

# --- no future ---------------------------------------------------------------------------------
NO_FUTURE: tuple[Cue, ...] = (
    # "Nothing ahead of me", "nothing to look forward to".
    cue(
        S.HOPELESSNESS,
        r"(?:^|[.!?,;]\s*|\b(?:i|i've|i have|i've got|i got|there's|there is|and|just|"
        r"honestly|so|can|could|i can|i could)\s+)(?:see |have |got |left )?(?P<v>(?:absolutely "
        r"|literally )?nothing (?:left )?(?:ahead(?: of me| for me)?|to look forward to))"
        r"(?=\s*(?:[.!?,;]|$|\n|anymore\b|any more\b|at all\b|in (?:my )?life\b|and\b|i\b|"
        r"but (?:more |the same )?(?:pain|misery|darkness|suffering|emptiness|loneliness|"
        r"struggle|the same)\b))",
        PAST,
        requires=("ahead", "look forward"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\blook(?:ing)? forward to\b[^.!?]{0,80}?\b(?:couldn't|could not|can't|cannot) "
        r"(?P<v>think of (?:a single|one|any|anything)(?: one| thing)?)"
        r"(?=\s*(?:[.!?,;]|$|\n|and\b|not\b|i\b))",
        PAST,
        not_in=r"\b(?:work|job|holiday|trip|weekend|menu|restaurant|christmas|birthday|gift|"
        r"present)\b",
        requires=("forward to",),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:can't|cannot|couldn't|could not) think of (?P<v>(?:a single|one|any) (?:thing|one)"
        r" (?:i'm|i am|i'd be|to be|to|that i'm|i) (?:\w+ )?look(?:ing)? forward to|anything "
        r"(?:i'm |i am |to )?look(?:ing)? forward to)(?! (?:at|in|about) (?:work|the|this))",
        PAST,
        requires=("forward to",),
    ),
    # "I've stopped caring about the future".
    cue(
        S.HOPELESSNESS,
        r"\b(?:stopped|stop|stopping|quit|no longer|don't|do not|can't be bothered|cannot be "
        r"bothered) (?:even )?(?P<v>(?:caring|care|planning|making plans) (?:about|for) "
        r"(?:the|my|a) future)(?! (?:of|for (?:the|my|our) (?:company|kids|children|team|"
        r"business|country|party|club)))",
        PAST,
        not_in=r"\b(?:worry|worrying|anxiety|anxious|mindful\w*|present moment|meditat\w*|"
        r"the (?:country|party|planet|company)|politics)\b",
        requires=("future",),
    ),
    # "This time next year I won't be here", "by spring I'll be gone".
    cue(
        S.HOPELESSNESS,
        r"\b(?:this time next (?:year|month|week)|by (?:the )?(?:spring|summer|autumn|fall|"
        r"winter|christmas|next year|new year|the new year|the end of (?:the|this) (?:year|month)|"
        r"my (?:next )?birthday)|next (?:year|christmas|summer|spring)|in a (?:year|few months)|"
        r"a year from now),? (?P<v>i(?: won't be (?:here|around|alive)|'ll be gone| will be gone|"
        r"'ll be dead| will be dead| won't exist| will not be (?:here|around|alive)))"
        r"(?=\s*(?:[.!?,;]|$|\n|and\b|anyway\b|honestly\b|i\b|one way or))",
        OTHER,
        not_in=r"\b(?:mov(?:e|ed|ing)|relocat\w*|emigrat\w*|abroad|visa|job|contract|lease|"
        r"flat|house|uni|college|school|course|degree|graduat\w*|deploy\w*|posted|army|navy|"
        r"travel\w*|gap year|australia|canada|america|london|back home|retire\w*|promoted|"
        r"company|team|office|this town|this city|this country)\b",
    ),
    # "I've always known I wouldn't make it to 30", "I won't live to see 40".
    cue(
        S.HOPELESSNESS,
        r"\b(?:know|knew|known|sure|certain|convinced|thought|felt|feel|feeling|believe|"
        r"believed|think|doubt|suspect)(?: for (?:years|ages|a long time|a while|as long as i "
        r"can remember))?(?: now)?(?: that)? (?P<v>i(?: won't| wouldn't| will not| would not|"
        r" am not going to| wasn't going to|'m not going to|'ll never| would never| will never|"
        r" was never going to|'d never| will) (?:ever )?(?:make it|live|last|get|be (?:here|around|"
        r"alive)|live to see|see) (?:(?:to|past|until|till|beyond|into) )?(?:\d\d|thirty|forty|"
        r"fifty|sixty|twenty|old age|my (?:\d\d\w*|twenties|thirties|forties|fifties|next "
        r"birthday|\w+ birthday)|old|older|next (?:year|christmas|summer)|the end of (?:the|this) "
        r"year|another (?:year|birthday|christmas)))"
        r"(?=\s*(?:[.!?,;]|$|\n|and\b|but\b|anyway\b|honestly\b|i\b|so\b|either\b|at this "
        r"rate\b))",
        PAST,
        not_in=r"\b(?:retire\w*|pension|job|career|company|promotion|mortgage|debt|loan|"
        r"degree|marathon|race|team|league|level|game|rank|at this rate|lol|haha)\b",
    ),
    # "Don't think I'll be around for my birthday".
    cue(
        S.HOPELESSNESS,
        r"(?:^|[.!?,;]\s*|\b(?:i|and|but|honestly|just|probably|really)\s+)(?:don't|do not|"
        r"doubt|not sure) (?:think )?(?P<v>i(?:'ll| will) (?:still )?(?:be (?:here|around|alive) "
        r"(?:for|by|at|to see|on)|make it (?:to|past|until|till)|live (?:to see|to|past|until|"
        r"till)) (?:my (?:next |\d+\w* )?birthday|christmas|the new year|new "
        r"year|next (?:year|summer|christmas|spring|winter|autumn|birthday)|the (?:summer|winter|"
        r"spring|autumn|end of the year)|(?:\d\d|thirty|forty|fifty)))",
        OTHER,
        not_in=r"\b(?:travel\w*|trip|holiday|vacation|away|abroad|visiting|working|work|shift|"
        r"in-laws|flying|deploy\w*|army|navy|posted|moving|move|uni|college|course|conference|"
        r"hospital|busy|home)\b",
        requires=("think", "doubt", "not sure"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|can't|cannot|couldn't) (?:\w+ )?(?:see|imagine|picture) (?:any|a) "
        r"(?P<v>future (?:where|in which|with) (?:i'm|i am|i|me) (?:\w+ )?(?:in it|there|alive|"
        r"here|around|exist|still))",
        PAST,
        requires=("future",),
    ),
    # "I can't imagine ever being happy again", "I don't think I'll ever get better".
    cue(
        S.HOPELESSNESS,
        r"\b(?:can't|cannot|can not|couldn't|don't|do not) (?:even )?(?:imagine|see|picture|"
        r"think) (?:myself |me |i'll |i will )?(?P<v>(?:ever )?(?:being|feeling|be|feel|get|"
        r"getting) (?:happy|okay|ok|better|normal|good|well|like myself|alright|all right)"
        r"(?: (?:ever )?again)?)(?=\s*(?:[.!?,;]|$|\n|and\b|but\b|i\b|honestly\b|"
        r"anymore\b))",
        PAST,
        not_in=r"\b(?:at|with|in|about|after (?:the|this|my) (?:injury|surgery|operation)|"
        r"injury|knee|back|ankle|shoulder|wrist|hip|broken|fracture|covid|flu|cold|"
        r"infection|chess|guitar|maths?|football|game|language|spanish|french|job|work|"
        r"school|exam|grades?|relationship|him|her|them)\b",
        requires=("again", "ever", "better", "happy", "okay", "normal"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>(?:a|the) future (?:that |which )?i (?:won't|will not|'m not going to|am not "
        r"going to|probably won't|don't expect to|won't even) (?:be (?:in|part of|around for|"
        r"here for|alive for|alive to see)|live to see|see))\b",
        PAST,
        requires=("future",),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|never|no longer|didn't|did not) (?:really |honestly )?(?P<v>"
        r"(?:expect|expected|plan|planned|intend|intended) (?:to|on) (?:see|seeing|reach|"
        r"reaching|make it to|making it to|live (?:to|past|until|till)|living (?:to|past|"
        r"until|till)|be alive (?:at|by|for|in)|being alive (?:at|by|for|in)|get to|getting "
        r"to) (?:\d\d|thirty|forty|fifty|sixty|old age|my (?:\d\d\w*|next|\w+) birthday|"
        r"my (?:twenties|thirties|forties|fifties)|next (?:year|christmas|summer)|christmas|"
        r"another (?:year|birthday|christmas)|(?:\w+ )?years? from now|(?:in )?(?:\d+|five|"
        r"ten|a few) years))(?=\s*(?:[.!?,;]|$|\n|and\b|but\b|i\b|honestly\b|anyway\b))",
        PAST,
        not_in=r"\b(?:degrees?|mph|mpg|percent|%|quid|grand|pounds|dollars|points|subs|"
        r"followers|views|sales|profit|interest rates?|prices?|retire\w*|pension|job|career|"
        r"company|promotion|salary|visa|uni|lol|haha)\b",
        requires=("expect", "plan", "intend"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|no longer) (?:really )?(?:plan|intend|expect) (?:to be|on being) "
        r"(?P<v>alive (?:in|by|at|for|next|when))\b",
        PAST,
        requires=("alive",),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:sav(?:e|ed|ing)|plan(?:ned|ning)?|pay(?:ing)? into|paid into|contribut\w+ to) "
        r"(?:for |into )?(?:my |a |the )?(?:retirement|pension|the future|old age|later life)"
        r"[^.!?]{0,40}?\b(?:because|since|as|cause|'cause) (?P<v>i (?:won't|will not|wont|'m not "
        r"going to|am not going to|don't think i'll|doubt i'll|probably won't) (?:ever )?"
        r"(?:need|be (?:around|here|alive) for|make it to|live to (?:see|use|need)|get to "
        r"(?:use|see|enjoy)) (?:it|them|that|any of it|one)?)(?=\s*(?:[.!?,;]|$|\n|anyway\b|"
        r"honestly\b|and\b|i\b))",
        NEG,
        not_in=r"\b(?:state pension|defined benefit|inherit\w*|rich|wealthy|millionaire|"
        r"lottery|house|property|rental|business|sell|selling|sold|crypto|bitcoin)\b",
        requires=("because", "since", "as ", "cause"),
    ),
    # "I'm done waiting for it to lift", "tired of hoping".
    cue(
        S.HOPELESSNESS,
        r"\b(?:done|tired of|sick of|finished|through) (?P<v>waiting for (?:it|things|life|my "
        r"life|the depression|this|anything|the pain|the fog|the darkness|me|myself|my head|my "
        r"brain|my mind) to (?:lift|get better|improve|change|end|pass|go away|clear|ease|stop|"
        r"feel better|be okay|be ok|be better))(?=\s*(?:[.!?,;]|$|\n|and\b|i\b|so\b|anymore\b))",
        NEG, PAST,
        not_in=r"\b(?:work|job|boss|landlord|council|him|her|them|he|she|they|market|prices|"
        r"weather|house|company|relationship|marriage)\b",
        requires=("waiting for",),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|so|just|really) (?:so |just |really )?(?:tired|sick|done) (?:of|with) "
        r"(?P<v>hoping(?: (?:for|that) (?:things|it|life) (?:will|would|'ll) (?:get better|"
        r"change|improve))?)(?=\s*(?:[.!?,;]|$|\n|and\b|i\b|anymore\b))",
        NEG, PAST,
        requires=("hoping",),
    ),
)

# --- indirect farewells ------------------------------------------------------------------------
INDIRECT_FAREWELLS: tuple[Cue, ...] = (
    # "Won't be needing a winter coat this year": giving up on the things of the future.
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:won't|will not|wont|am not going to|'m not going to|not going to|don't think "
        r"i'll|doubt i'll) (?:be )?need(?:ing)? (?:a |my |the |any |this |that |these |those |"
        r"another |new )?(?:\w+ )?(?:coat|jacket|passport|glasses|appointment|check-?up|course|"
        r"pension|retirement|winter clothes|clothes|shoes|boots|calendar|planner|diary|licen[cs]e|"
        r"subscription|membership|prescription|meds|medication|repeat prescription|renewal|"
        r"things|stuff|belongings)(?: (?:this|next) (?:year|winter|summer|christmas|spring|"
        r"autumn|month|time)| anymore| any more| any longer| where i'm going| after (?:this|"
        r"tonight|today|this (?:year|month|week|winter|summer|christmas))| (?:when|after|once) "
        r"i'm gone)+)(?=\s*(?:[.!?,;]|$|\n|i\b|and\b|"
        r"anyway\b|honestly\b|tbh\b))",
        NEG, OTHER,
        not_in=r"\b(?:because|since|as i'm|as we're|cause|'cause|now that|so i|moving|move|"
        r"relocat\w*|warm|mild|heat|spain|australia|florida|new job|retir\w*|bought|got a new|"
        r"sold|selling|lost weight|laser|surgery|contacts|upgrade\w*|citizenship|graduat\w*|"
        r"passed|finished|cancel+ed (?:my|the) (?:trip|holiday)|holiday|trip|travel\w*|"
        r"working from home|wfh|lol|haha)\b",
        requires=("need",),
    ),
    cue(
        S.FAREWELL,
        r"\b(?:won't|will not|wont|not going to|don't think i'll|don't think i will) (?:\w+ )?"
        r"(?P<v>need(?:ing)? (?:any of )?(?:it|this|that|them|these|those|my stuff|my things|"
        r"any of it|any of this|any of that|any of them|anything)(?: (?:anymore|any more|any "
        r"longer|where i'm going|soon|after (?:this|tonight|today)|(?:when|after|once) i'm "
        r"gone))*)(?=\s*(?:[.!?]|$|\n))",
        OTHER,
        level=NONE,
        not_in=r"\b(?:moving|move|new (?:house|flat|place|job)|declutter\w*|sell\w*|sold|"
        r"upgrade\w*|replace\w*|bought|refund|return)\b",
        requires=("need",),
    ),
    cue(
        S.FAREWELL,
        r"\b(?:won't|will not|wont|not going to) (?:\w+ )?(?P<v>need(?:ing)? (?:\w+ ){0,4}?"
        r"(?:where i'm going|(?:when|after|once) i'm gone|after i'm dead))\b",
        OTHER,
        requires=("i'm going", "i'm gone", "i'm dead"),
    ),
    # "I've made my peace with it": resignation. On its own it is acceptance of anything;
    # it darkens the farewell-like lines around it (it counts as distress).
    cue(
        S.HOPELESSNESS,
        r"\b(?:i've|i have|i|i'm|finally|i've finally|have) (?:\w+ )?(?P<v>(?:made (?:my )?"
        r"peace|(?:at|feel at|feeling at|so at|finally at|completely at) peace) "
        r"with (?:it|it all|everything|this|that|dying|death|my decision|what's coming|what "
        r"comes next|the end|my fate|how things are|leaving|going))"
        r"(?=\s*(?:[.!?,;]|$|\n|and\b|now\b|i\b|finally\b))",
        NEG, OTHER,
        level=NONE,
        not_in=r"\b(?:job|career|quit\w*|divorce|breakup|break-up|ex|move|moving|school|uni|"
        r"retir\w*|diagnos\w+|condition|weight|body|hair|age|ageing|aging|bald\w*)\b",
        requires=("peace",),
    ),
    cue(
        S.FAREWELL,
        r"\b(?:i've|i have|i|i'm|finally|i've finally|have) (?:\w+ )?(?P<v>(?:made (?:my )?"
        r"peace|(?:at|feel at|feeling at|so at|finally at|completely at) peace) "
        r"with (?:my decision|what i'm (?:going|about) to do|what i have to do|leaving this "
        r"world|going away for good|not being here))"
        r"(?=\s*(?:[.!?,;]|$|\n|now\b|and\b|i\b|finally\b|at last\b))",
        NEG, OTHER,
        not_in=r"\b(?:job|career|quit\w*|divorce|breakup|move|moving|school|uni|retir\w*)\b",
        requires=("peace",),
    ),
    # Goodbyes to a community: "thank you all for everything", "take care of yourselves
    # everyone", "I didn't want to disappear without saying thank you".
    cue(
        S.FAREWELL,
        r"(?:^|[.!?]\s*|\b(?:and|so|just|anyway)\s+)(?P<v>(?:thank you|thanks) (?:all|everyone|"
        r"guys|everybody|all of you|y'all|so much|all so much|again) (?:so much )?for "
        r"everything|(?:thank you|thanks) (?:so much )?for everything,? (?:guys|everyone|all|"
        r"everybody|y'all|all of you|friends|my friends)|"
        r"(?:take care of|look after) yourselves,? (?:everyone|everybody|all|guys|"
        r"all of you|y'all|friends|my friends)|(?:please )?(?:take care of|look after) "
        r"yourselves)(?=\s*(?:[.!?,;]|$|\n|x+\b|<3|goodbye|bye))",
        not_in=r"\b(?:retir\w*|leaving (?:the|this) (?:job|company|school|team)|new job|"
        r"last day|move|moving|colleagues|students|class|term|holiday|christmas|new year|"
        r"weekend|see you|stay safe|covid|virus|lockdown|heat|weather|storm|advice|help|"
        r"replies|responses|input|reading|upvote\w*)\b",
        requires=("thank", "yourselves"),
    ),
    cue(
        S.FAREWELL,
        r"\b(?:didn't|did not|don't|do not|couldn't|could not|wouldn't|won't) (?:want to |"
        r"wanna )?(?:just |simply |quietly )?(?P<v>(?:disappear|vanish|slip away) "
        r"(?:\w+ )?without (?:saying |a )?"
        r"(?:goodbye|thank you|thanks|a word|a proper goodbye|saying anything))\b",
        not_in=r"\b(?:party|pub|dinner|wedding|house|job|company|team|class|school|work|"
        r"office|server|group|chat|discord|app|platform|twitter|facebook|instagram|sub|"
        r"subreddit|forum|account|moving|move|trip|holiday|flight|airport)\b",
        requires=("without",),
    ),
    cue(
        S.FAREWELL,
        r"\b(?:wanted|want|wanna|just wanted|i wanted) to say (?P<v>(?:thank you|thanks) (?:to )?"
        r"(?:this sub|this subreddit|this community|this forum|this group|everyone here|all of "
        r"you|you all|the people (?:in|on|of|here)(?: this (?:sub|forum|community|group))?))",
        level=NONE,
        not_in=r"\b(?:advice|help|helping|replies|responses|input|answers|tips|suggestions|"
        r"recommendations|upvote\w*)\b",
        requires=("say th",),
    ),
    # "I wanted to thank everyone here before I go": a thank-you timed by a departure.
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:thank|say (?:goodbye|bye|thanks|thank you) to|tell) (?:everyone|everybody|"
        r"you all|you guys|all of you|this sub|this community|my family|my friends|the people "
        r"i love)(?: here)? before i (?:go|leave|disappear|die|'m gone|am gone|do it))"
        r"(?=\s*(?:[.!?,;]|$|\n|and\b|i\b))",
        level=NONE,
        not_in=r"\b(?:holiday|trip|vacation|move|moving|job|leaving do|party|flight|"
        r"graduat\w*|retir\w*|deploy\w*|abroad|travel\w*|offline|break)\b",
        requires=("before i",),
    ),
    cue(
        S.FAREWELL,
        r"\b(?:thank|say (?:goodbye|bye|thanks|thank you) to|tell) (?:everyone|everybody|"
        r"you all|you guys|all of you|my family|my friends|the people i love)(?: here)? "
        r"(?P<v>before i (?:die|'m gone|am gone|do it|disappear for good))\b",
        requires=("before i",),
    ),
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:quietly|secretly|silently) (?:saying|said|say) (?:my )?goodbyes?)"
        r"(?! (?:to (?:my|the|our) (?:old )?(?:house|flat|home|job|school|office|town|city|"
        r"class|students|colleagues)))",
        not_in=r"\b(?:mov(?:e|ed|ing)|relocat\w*|emigrat\w*|abroad|job|retir\w*|party|"
        r"leaving do|graduat\w*|holiday|trip)\b",
        requires=("goodbye",),
    ),
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:cancel(?:l?ed|l?ing|s)?|stopped|quit|let go of|didn't renew|not renewing|"
        r"won't renew|won't be renewing) (?:all )?(?:of )?(?:my |the )?(?:\w+ )?(?:appointments?|"
        r"plans|prescriptions?|therapy|check-?ups?|passport|treatment|scans?|surgery|"
        r"operation|referral))[^.!?]{0,40}?(?:(?:no point|what's the point|why bother|doesn't "
        r"matter now|it doesn't matter anymore)(?=\s*(?:[.!?,;]|$|\n|anymore\b|anyway\b|"
        r"now\b|really\b))|won't (?:need|be needing|be using|be around|be here)|not going to "
        r"need)",
        OTHER,
        not_in=r"\b(?:mov(?:e|ed|ing)|relocat\w*|abroad|money|afford|cost|price|expensive|"
        r"cheaper|budget|broke|switch\w*|better deal|new job|covid|strike|weather|ill|sick|"
        r"flu|cold)\b",
        requires=("point", "bother", "won't", "not going to", "matter"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:stopped|stop|no point|don't|do not|no longer|can't see the point (?:of|in)) "
        r"(?P<v>(?:making|make|planning|plan) (?:any )?(?:plans|anything|ahead) (?:past|beyond|"
        r"for after|after) (?:this|next|the end of (?:this|the)) (?:week|month|year|christmas|"
        r"summer|winter|spring|autumn))\b",
        PAST,
        not_in=r"\b(?:baby|due date|pregnan\w*|exam|exams|results|move|moving|surgery|"
        r"operation|wedding|busy|rota|shift|schedule)\b",
        requires=("plan",),
    ),
    # "I think this is my last winter".
    cue(
        S.FAREWELL,
        r"\b(?:this|it|next year|next one) (?:is|will be|'ll be|might be|may be|could be|is going "
        r"to be|'s going to be|is probably|will probably be|is likely) (?P<v>my (?:very )?last "
        r"(?:winter|summer|spring|autumn|fall|christmas|birthday|new year|new year's|easter|"
        r"thanksgiving|halloween|diwali|eid|hanukkah))(?=\s*(?:[.!?,;]|$|\n|alive|on earth|and\b|"
        r"i\b|honestly\b))",
        NEG,
        not_in=r"\b(?:as a|single|at (?:this|the|my)|in (?:this|the|my|\w+)|before|of (?:school|"
        r"uni|college)|student|teacher|job|house|flat|lease|contract|retir\w*|working|living "
        r"here|visa)\b",
        requires=("last",),
    ),
    # Goodbyes the others are not told about.
    cue(
        S.FAREWELL,
        r"\b(?:they|he|she|nobody|no one|none of them|my \w+|(?:do|does|did|if) (?:they|he|she))"
        r" (?:don't|doesn't|won't|do not|does not|will not|can't|cannot)? ?(?:know|realise|"
        r"realize|suspect) (?:that )?(?P<v>(?:it's|it is|it'll be|it will be|this is|this was) "
        r"(?:a|my|our|the) (?:goodbye|last (?:time|conversation|visit|hug|coffee|walk|dinner|"
        r"call)))(?!\s*(?:in|at|before|of) (?:this|the|my|our) (?:house|flat|job|school|"
        r"office|town|city|country))",
        NEG,
        not_in=r"\b(?:moving|move|job|leaving do|retir\w*|abroad|emigrat\w*|posted|deploy\w*)\b",
        requires=("goodbye", "last"),
    ),
    # Calm after deciding, and letting go: warning signs only in a dark message or
    # conversation (the assessment raises them with distress).
    cue(
        S.VAGUE_PLAN,
        r"\b(?:calm|calmer|at peace|peaceful|relieved|lighter|so much lighter|better|so much "
        r"better|happier) (?:about (?:it|everything) )?(?:ever )?(?P<v>(?:since|now that) i "
        r"(?:decided|'ve decided|have decided|made (?:my|the|up my) (?:decision|mind)|'ve made "
        r"(?:my|the|up my) (?:decision|mind)|chose|picked a date|set a date|made a plan|know "
        r"how (?:it|this|everything|my story) (?:ends|will end|is going to end)))"
        r"(?=\s*(?:[.!?,;]|$|\n|which\b|and\b|i\b))",
        NEG,
        level=NONE,
        requires=("since i", "now that i"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|it's|it is|i feel|feel|i think i'm) (?:finally |now )?(?P<v>(?:allowed|"
        r"okay|ok|time|permitted) (?:for me )?to (?:let go|stop fighting|stop trying|give up|stop "
        r"hanging on|stop holding on))(?: now)?(?=\s*(?:[.!?,;]|$|\n|and\b|i\b))",
        NEG, OTHER,
        level=NONE,
        requires=("let go", "stop", "give up"),
    ),
)


HOPELESSNESS: tuple[Cue, ...] = (
    # "I can't go on", "I can't keep going": about life itself, wherever the sentence ends.
    cue(
        S.HOPELESSNESS,
        _CANNOT + r"(?P<v>go on|carry on|keep going|keep on going|go on living|keep on living|"
        r"keep living|live like this|live with myself|live this way|bear (?:living|being alive|"
        r"life|this life|another day)|stand (?:being alive|living|being me|this life|my life)|"
        r"face (?:another day|tomorrow|life|living)|handle being alive|survive (?:another day|"
        r"this|much longer)|take it anymore|take this anymore|take any more|take much more|"
        r"do this anymore|do it anymore|do this any ?more|keep doing this)(?: on)?" + _WEAK_END,
        NEG, OTHER, PAST, NOT_THING,
        not_after=r"\s*(?:on (?:a|the|holiday|vacation|with|about|to)|with (?:this|that|the) "
        r"(?:job|course|class|project|plan|deal|contract|loan|mortgage))",
        not_in=r"\b(?:the show must|the show can't|game|match|wifi|internet|laptop|phone|car|"
        r"engine|battery|printer|computer|software|app|website|server|program)\b",
    ),
    # "I can't cope", "I can't do this": everyday on their own, hopeless with "anymore".
    cue(
        S.HOPELESSNESS,
        _CANNOT + r"(?P<v>do this|do it|take it|take this|take the pain|handle (?:it|this|life|"
        r"anything|the pain|everything|my life)|cope|bear (?:it|this|the pain)|stand (?:it|this|"
        r"life|myself|the pain)|deal with (?:it|this|life|anything|everything|the pain|my life)|"
        r"function|hold on|continue|last|fight (?:it|this)|keep fighting|keep trying|be here|"
        r"exist|stay|put up with (?:it|this|life)|live)" + _LONGER,
        NEG, OTHER, PAST, NOT_THING,
        not_in=r"\b(?:job|work|boss|school|class|course|degree|landlord|neighbou?rs?|commute|"
        r"wifi|internet|laptop|phone|car|engine|printer|computer|app)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i|i'm|i am|i just|just) (?:\w+ )?(?:can't|cannot|can not) (?P<v>go on|"
        r"carry on|take (?:it|this|any more) anymore|do life)(?=\s*(?:[.!?]|$))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:job|work|boss|school|class|course|degree|landlord|neighbou?rs?|commute|"
        r"wifi|internet|laptop|phone|car|engine|printer|computer|app|exam|homework|test|"
        r"essay|driv\w+|maths?|math|spelling|presentation|interview|speech|call|phone call)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:no|there's no|there is no|can't see (?:a|any)|cannot see (?:a|any)|"
        r"don't see (?:a|any)|do not see (?:a|any)|without (?:a|any)|lost (?:all )?|"
        r"there isn't (?:a|any)|not (?:a|any)|zero|have no|i have no|i've lost all|"
        r"is there (?:a|any)) "
        r"(?P<v>way out|way forward|light at the end(?: of the tunnel)?|"
        r"hope(?: left| anymore| at all| for me)?|"
        r"future(?: for (?:me|myself))?|escape|point anymore|point in (?:anything|trying|it all|"
        r"going on|continuing)|exit|other option|other way out|hope for the future|"
        r"way to fix (?:this|it|me|my life))(?: (?:of|from) (?:this|it|here|my life|this life|"
        r"the pain|everything))?(?: for me)?" + _WEAK_END,
        FIRST, OTHER, PAST,
        not_in=r"\b(?:country|government|nhs|economy|party|election|team|club|league|"
        r"company|business|industry|planet|humanity|society|politics|brexit|labour|tories|"
        r"conservatives|council|school|students?|kids|deal|case|lawsuit|debts?|loans?|bills|"
        r"payments|mortgage|overdraft|credit|role|career|promotion|job|salary|pay rise|"
        r"unemploy\w*|renovation|building work|repairs|project|course|degree)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|feel|feeling|felt|i've been|i've felt|been feeling|everything is|"
        r"everything feels|it's all|life is|life feels|my life is|my life feels|i'm just|"
        r"i'm so|i am so|i'm completely|i'm totally|i'm utterly|i'm really) "
        r"(?:so |completely |utterly |totally |just |really |such |very |fucking |pretty )?"
        r"(?P<v>hopeless|trapped|a burden|beyond help|beyond saving|dead inside|doomed|"
        r"defeated|unfixable|beyond repair|done with everything|at the end|out of options|"
        r"out of hope|out of reasons|pointless|meaningless|not meant to be alive|"
        r"not meant for this world|not meant to exist)\b",
        NEG, PAST,
        not_after=r"\s*(?:in (?:traffic|a (?:meeting|queue|lift|elevator)|the (?:lift|elevator|"
        r"queue|car|house))|at (?:work|home)|when|case|romantic|for (?:the|a) (?:day|night|"
        r"weekend)|of (?:the|this) (?:day|week|month|year|book|film|road|line))",
        not_in=r"\b(?:hopeless romantic|hopeless at|hopeless with|hopelessly)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>giv(?:e|ing)|gave|given) up (?:on )?(?:life|living|everything|myself|"
        r"all hope|hope|on me|trying to live|on the world|the fight|fighting|"
        r"(?:ever )?(?:getting|feeling|being) (?:better|happy|normal|okay|ok|well|loved)|"
        r"ever (?:recovering|finding happiness)|my (?:self[- ]?)?worth|(?:any |my )?hopes? of|"
        r"the future|my future)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:smoking|drinking|sugar|meat|coffee|alcohol|caffeine|gluten|booze|"
        r"vaping|carbs|dairy|social media|gambling)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:want to|wanna|ready to|going to|about to|so close to|i'm|i am) "
        r"(?:just )?(?P<v>give up|giving up)(?=\s*(?:[.!?,;]|$|on (?:life|everything|myself|"
        r"living|it all)|completely|for good|forever|now))",
        NEG, OTHER, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"(?:^|[.!?,]\s*|\b(?:so|just|and|honestly|ok|okay|fine)\s+)i(?:'ve| have)? (?:just )?"
        r"(?P<v>give up|given up)(?=\s*(?:[.!?,;]|$|now|i\b))",
        NEG, OTHER, PAST,
        level=NONE,
        requires=("give up", "given up"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:at|reached|reaching|hit|hitting|am at|i'm at|near|close to|past) (?:\w+ )?"
        r"(?P<v>the end of my rope|the end of my tether|the end of the line|the end of the road|"
        r"my breaking point|breaking point|rock bottom|my limit|my lowest point|the edge)\b",
        NEG, PAST, FIRST,
        not_in=r"\b(?:budget|bank|account|credit|card|overdraft|car|engine|tyres?|phone|"
        r"battery|patience with (?:the|this|my) (?:company|council|landlord|builder)|"
        # A couple or a relationship at breaking point is a conflict, not a person's end.
        r"we|we're|we've|we are|us|our (?:relationship|marriage|friendship)|"
        r"(?:and|&) i (?:are|have|were|'re|'ve))\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|im|i feel like|feel like|i've become|i have become|being) (?:just |only |"
        r"such |"
        r"nothing but |a huge |a big |an )?(?P<v>(?:a )?burden|a waste of (?:space|oxygen|air|"
        r"life)|"
        r"holding (?:everyone|them|people|you all) back|ruining (?:everyone's|their|your) li(?:fe|"
        r"ves)|"
        r"a drain on (?:everyone|my family|them))\b",
        NEG, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>hate|hating|hated|despise|loathe|can't stand) (?:my (?:entire |whole |fucking |"
        r"stupid )?life|living|being alive|existing|my existence|life itself|this life|"
        r"waking up|being me|myself so much)\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:in|at|with|on|when|as (?:a|an))\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:nothing (?:will|is going to|'ll|is ever going to|ever) (?:ever )?|"
        r"(?:it|things|life|my life) (?:won't|will never|is never going to|are never going to|"
        r"never|isn't going to|aren't going to|doesn't|don't) (?:ever )?)"
        r"(?P<v>(?:get|gets|be|is) better|improve|improves|change)" + _WEAK_END,
        FIRST, PAST,
        not_in=r"\b(?:country|government|nhs|economy|party|election|team|club|league|company|"
        r"business|industry|politics|brexit|council|system|market|prices|housing|weather|"
        r"landlord|school|teacher|students?)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i|i'm|i am) (?:won't|will not|don't think i'll|don't think i will|"
        r"don't think i'm going to|am not going to|'m not going to|not going to|never going to|"
        r"doubt i'll|doubt i will) (?:(?P<v>make it|last|survive|see) (?:through|to|until|past|"
        r"another|much longer|the (?:night|week|year|end)|my (?:\d+\w*|next) birthday|christmas|"
        r"the new year|next (?:year|week|month))|be (?:here|around|alive) (?:much longer|"
        r"for (?:much )?long(?:er)?|next (?:year|week|month)|by (?:then|christmas|the end)|"
        r"to see (?:my|the|another|next|how|what|it|them|him|her|you|us|any|this)))\b",
        OTHER,
        # Getting somewhere, or to the end of the money: "won't make it to work today".
        not_after=r"\s*(?:work|school|uni|college|class|church|practice|training|rehearsal|"
        r"dinner|lunch|breakfast|court|payday|pay day|in time|on time|the (?:office|shop|store|"
        r"bank|station|airport|post office|vet|doctor's|party|top|final|finish|end of (?:the|"
        r"this) (?:month|film|movie|show|book|game|episode|season|race|course|term|shift|"
        r"meeting|day)))\b",
        not_in=r"\b(?:deadline|on time|party|meeting|class|lecture|gym|flight|train|bus|"
        r"appointment|interview|shift|wedding|match|game|concert|gig|event|condition|illness|"
        r"disease|genetic|hereditary|diagnos\w+|cancer|prognosis|terminal|money|paycheck|"
        r"payday|rent|bills|budget|overdraft|wages|salary|pension|retire\w*|at this rate|lol|"
        r"haha|lmao|holiday|vacation|trip|away|abroad|travel\w*|moving|leave|office|results)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|i've been|so|really|just|completely) (?:so |really |just |"
        r"completely |fucking )?(?P<v>tired|exhausted|sick|done|worn out|drained) "
        r"(?:and \w+ )?(?:of|with) (?:everything|it all|fighting|struggling|being me|"
        r"being myself|the pain|this pain|suffering|feeling like this|all of it|all of this|"
        r"pretending|trying to (?:stay|keep|be) (?:alive|going|ok|okay)|trying anymore|"
        r"this fight|the fight|battling|carrying on|holding on|people|the world|this world)\b",
        NEG, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>(?:the )?only (?:thing|reason|one|person|people|things)) (?:\w+ )?"
        r"(?:keeping|that keeps|that's keeping|stopping|that stops|that's stopping|holding) "
        r"me (?:alive|here|going|from (?:killing|ending|doing|going through))\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>(?:the )?only reason i'm (?:still )?(?:alive|here|living))\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|no longer) (?:even |really |honestly )?know why "
        r"(?P<v>i(?:'m| am) (?:still |even )?(?:here|alive)|(?:i )?(?:still |even )?"
        r"(?:keep going|keep living|keep on living|carry on|go on|stay alive|exist))"
        r"(?=\s*(?:[.!?,;]|$|\n|anymore|any more|at all|honestly|i\b))",
        OTHER, PAST,
        requires=("know why",),
    ),
    cue(
        S.HOPELESSNESS,
        r"\bwhy (?:am i|should i|do i|would i|the fuck am i|tf am i) (?:still |even )?"
        r"(?P<v>here|going on|keep going|keep trying|bother|even bother|carry on|continue|trying)"
        r"(?=\s*(?:[.!?,]|$|anymore|at all))",
        NEG,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|i really am|i'm seriously) (?:so |just |really )?"
        r"(?P<v>done with (?:it all|everything|trying|life|fighting)|over it all|"
        r"out of fight|out of strength|running out of (?:reasons(?: to (?:stay|live|keep going|"
        r"go on|be here|carry on|hold on|stay alive))?|hope|strength|time)|"
        r"losing (?:the will|hope|the fight|my mind))" + END_OF_THOUGHT,
        NEG, PAST,
        not_in=r"\b(?:work|job|homework|project|dinner|eating|cooking|shopping|cleaning|"
        r"exam|essay|assignment|laundry|packing|painting|episode|book|game|season|shift|"
        r"degree|course|mortgage|loan|contract|application|paperwork)\b",
        level=CONCERN,
    ),
    # "What's the point of anything anymore": about life itself, said with or without "I".
    cue(
        S.HOPELESSNESS,
        r"\b(?:what(?:'s| is)|whats|what even is) (?:even )?the (?:fucking |fuckin |bloody |"
        r"damn )?(?P<v>point) (?:(?:of|in) (?:anything|it all|everything|any of (?:this|it)|"
        r"even trying|even being here|getting up)(?: (?:anymore|any more|at all))?|"
        r"(?:anymore|any more))(?=\s*(?:[.!?,;]|$|\n|honestly\b|seriously\b|really\b|"
        r"lol\b|i\b|(?:if|when) (?:i|i'm|i've|i'll|nothing|everything)\b))",
        not_in=r"\b(?:meeting|email|app|feature|button|rule|law|policy|bill|tax|taxes|budget|"
        r"referendum|vote|voting|election|government|parliament|party|tories|labour|council|"
        r"brexit|economy|game|episode|film|movie|book|article|post|thread|sub|subreddit|"
        r"question|class|lesson|homework|exam|degree|course|team|season)\b",
        requires=("point",),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:what(?:'s| is)|whats) (?:even )?the (?:fucking |bloody |damn )?(?P<v>point)"
        r"(?:\s+(?:anymore|any more|of (?:anything|it all|everything|trying|any of this|"
        r"any of it|me|this life)|in (?:anything|trying|any of this|it all))|\s*(?:[.!?]|$))",
        FIRST,
        not_in=r"\b(?:meeting|email|app|feature|button|rule|law|policy|bill|tax|budget|"
        r"referendum|vote|election|game|episode|film|movie|book|article|post|thread|sub|"
        r"subreddit|question)\b",
    ),
    cue(
        S.HOPELESSNESS,
        # "My daughter rang the crisis line" is someone close in crisis (others.py), not the
        # speaker: "my" anchors only when no person follows it.
        r"\b(?:i|i'm|i am|i've|me|myself|my(?! (?:\w+ )?@PERSON\b)) [^.!?]{0,40}?\b"
        r"(?P<v>suicide watch|crisis line|crisis team|crisis number|samaritans|suicide hotline|"
        r"suicide helpline|suicide prevention line|988|lifeline)\b",
        # Volunteering, training or working there, or getting help for someone else, is not
        # the speaker's own crisis.
        not_in=r"\b(?:volunteer\w*|train(?:ing|ed|ee|ees)?|donat\w+|fundrais\w*|charity|"
        r"sponsor\w*|career|job|jobs|shift|colleagues?|work(?:ed|ing|s)? (?:at|for|on|with)|"
        r"employ\w*|hiring|apply|applied|application|interview|refer(?:red|ral)? (?:him|her|"
        r"them)|(?:his|her|their) (?:gp|doctor|psychiatrist|nurse|care coordinator|crisis)|"
        r"for (?:my (?!own\b)|him|her|them)|on behalf|(?:get|got|take|took|call|called|ring|"
        r"rang|phone|phoned) (?:him|her|them|my \w+) (?:to|on|through|into|onto)|"
        r"number for (?:my|a|someone)|someone (?:who|else)|a friend)\b",
        requires=(
            "suicide watch", "crisis", "samaritans", "suicide hotline", "suicide helpline",
            "suicide prevention", "988", "lifeline",
        ),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|i was|i've always felt|as if i was|as if i were|like i was|"
        r"like i wasn't|like i'm|feel like i|i was just|i just wasn't|i'm just|i'm clearly) "
        r"(?:\w+ )?(?P<v>(?:never |not |just not )?meant to (?:be here|be alive|exist|be born|"
        r"live|be (?:a )?part of (?:this|life|the world))|beyond (?:anyone's |any |all )?"
        r"(?:help|hope|saving|repair))\b",
        PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:can't|cannot|can not|couldn't) (?:bear|take|stand|handle|face|survive|do) "
        r"(?P<v>(?:\w+ )?(?:\d+|another|one more|any more|many more|much more|more) "
        r"(?:years?|months?|weeks?|days?|nights?)(?: of (?:this|it|life|living))?)"
        r"(?=\s*(?:[.!?,;]|$|of|like|and|i\b))",
        NEG, PAST,
        not_in=r"\b(?:job|school|course|degree|contract|lease|commute|landlord|boss|"
        r"winter|lockdown)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:can't|cannot|can not|couldn't) take (?P<v>(?:this|it|any of this|life|my life|"
        r"this life|the pain|this pain|the loneliness)(?: \w+){0,2}) (?:anymore|any more|"
        r"any longer)\b",
        NEG, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|not) (?:even )?(?:know|sure) (?:if|whether|how (?:much )?long(?:er)?) "
        r"(?P<v>i(?:'ll| will| can| have)? (?:\w+ )?(?:a future|any future|be alive|live|"
        r"hold on|keep going|survive|stay alive|go on|carry on))\b(?! (?:with|without|in|at)\b)",
        PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"(?:^|[.!?]\s*|\b(?:i|and|just|really|honestly)\s+)(?P<v>(?:just )?"
        r"(?:don't|do not) (?:even )?care (?:anymore|any more|about anything(?: anymore)?|"
        r"about (?:myself|my life|living|life) (?:anymore|any more)))(?=\s*(?:[.!?,;]|$))",
        PAST,
        requires=("care",),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|feel|feeling|i've felt|always felt|i've been) (?:so |just |"
        r"completely |totally |fucking |kinda |pretty )?(?:\w+ )?(?P<v>dead inside)\b",
        NEG, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|just|feeling|i feel|i'm so|so) (?:\w+ )?(?P<v>(?:ready|prepared) to "
        r"(?:let go|give up|go|stop fighting|be done))(?=\s*(?:[.!?,;]|$|now|tonight|today|"
        r"forever|of (?:life|everything|this world)|and\b))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:holiday|trip|vacation|party|school|work|interview|exam|move|"
        r"grudge|anger|resentment|past|relationship|him|her|them|my ex)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:wish|wished|wishing) (?:that )?(?:my (?:mum|mom|mother|parents|dad|father)|"
        r"mum|mom|they) (?:had )?(?P<v>never (?:had|had me|gave birth to me|met)|(?:had )?"
        r"aborted me|had an abortion|didn't have me|hadn't had me)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:don't|do not) want to die,? but i (?:know|feel|think) (?:that )?i "
        r"(?P<v>(?:have to|need to|must|should|will have to))\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:lost|losing|lose|can't see|cannot see|don't see|can't find) (?:the |all |any )?"
        r"(?P<v>(?:point|meaning|purpose|sense) (?:of|in|to) (?:my )?(?:life|living|existence|"
        r"being alive|going on))\b",
        NEG, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:it's|it is|it's just|it's so|it is so|so|life is|living is) (?:so |just |really )?"
        r"(?P<v>(?:painful|exhausting|unbearable|torture|agony|hell|too hard|too much)) "
        r"(?:just )?(?:existing|to exist|being alive|to be alive|to live|living|to keep living|"
        r"waking up|to wake up)\b",
        PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:can't|cannot|can not|don't|do not|hardly|barely|never|couldn't) (?:really |even )?"
        r"(?:see|imagine|picture) myself (?P<v>(?:making it|living|being alive|being here|"
        r"getting|surviving|lasting) (?:past|to|beyond|through|until|till|that (?:age|long)|"
        r"another|much longer|(?:\d+|thirty|forty|fifty))|(?:getting|growing) old(?:er)?"
        r"(?=\s*(?:[.!?,;]|$|\n|at all|and\b|i\b))|having a future(?! (?:in|at|with)\b))\b",
        PAST,
        not_in=r"\b(?:job|career|company|marriage|relationship|town|city|country|school|"
        r"course|degree|house|flat|team)\b",
    ),
    # "I've suffered enough", "I've had enough of life": worn down by living itself.
    cue(
        S.HOPELESSNESS,
        r"\b(?:i've|i have|i|you've|you have) (?P<v>(?:suffered|been through) (?:long )?enough|"
        r"had (?:more than )?enough of (?:it all|life|living|everything|this life|my life|"
        r"all of (?:it|this)|being alive|existing|the pain|this pain|feeling like this|myself|"
        r"this world|the world|people|(?:the|this) feeling|these feelings|feeling this way)|"
        r"had enough(?=\s*(?:[.!?]|$|\n)))(?=\s*(?:[.!?,;]|$|\n|of|and|now|i\b))",
        NEG, PAST,
        not_in=r"\b(?:thanks|thank you|food|coffee|sleep|water|drink|dinner|lunch|time|money|"
        r"points|players?|team|season)\b",
        requires=("enough",),
    ),
    # "I've had enough of this", "I've had enough, I'm leaving him" are as often anger at
    # someone as despair: they count only after distress in the conversation or the message.
    cue(
        S.HOPELESSNESS,
        r"\b(?:i've|i have|i) (?:just |really |honestly |completely )?(?P<v>had enough)"
        r"(?: of (?:this|it))?(?=\s*(?:[,;]|$|\n|now\b|i\b)| of (?:this|it)\s*(?:[.!?]|$))",
        NEG, PAST,
        level=NONE,
        not_in=r"\b(?:thanks|thank you|food|coffee|sleep|water|drink|dinner|lunch|time|money|"
        r"points|players?|team|season)\b",
        requires=("enough",),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i|i'm|i am|i just|just) (?:\w+ )?(?:can't|cannot|can not) (?P<v>cope|"
        r"take (?:it|this)|do (?:this|it))(?=\s*(?:[.!?]|$))",
        NEG, OTHER, PAST,
        level=NONE,
        not_in=r"\b(?:job|work|boss|school|class|course|degree|landlord|neighbou?rs?|commute|"
        r"wifi|internet|laptop|phone|car|engine|printer|computer|app|exam|homework|test|"
        r"essay|driv\w+|maths?|math|spelling|presentation|interview|speech|call|phone call)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>(?:everything|my life|life|it) (?:is|'s) (?:all )?over(?: for me)?|"
        r"it's all over for me|my life is ruined(?: forever)?|my life is finished|"
        r"my life (?:was|is|'s) over before it (?:even |really )?(?:started|began))"
        r"(?=\s*(?:[.!?,;]|$|now|and|i\b))",
        NEG, PAST,
        not_in=r"\b(?:game|match|season|party|holiday|vacation|exam|exams|semester|term|"
        r"summer|winter|week|weekend|lockdown|show|film|movie|series|episode|contract|deal|"
        r"job|interview|meeting|wedding|surgery|operation|trial|storm|war)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"(?:^|[.!?,]\s*|\b(?:so|just|and|honestly|ok|okay)\s+)(?:i'm|i am) (?:so |just |"
        r"really |completely )?(?P<v>done|finished)(?=\s*(?:[.!?]|$|i\b|now\b|with this\b))",
        NEG, PAST,
        level=NONE,
        not_in=r"\b(?:work|job|homework|project|dinner|eating|cooking|shopping|cleaning|"
        r"exam|essay|assignment|laundry|packing|painting|episode|book|game|season|shift|"
        r"exercise|worksheet|task|chores?|talking|here|for (?:today|tonight|now))\b",
        requires=("done", "finished"),
    ),
    cue(
        S.WANTS_IT_TO_STOP,
        r"\b(?:want|wish|need|pray|hope|wanting|wished|wishing|make|just want|"
        r"please make) (?:for )?(?P<v>it all|everything|it|this|all of this|all of it|"
        r"the pain|this pain|my pain|the suffering|the world|all this|the thoughts|"
        r"these thoughts|the voices|everything in my head|the hurt|the feeling|this feeling|"
        r"my brain|my mind|the noise in my head|the darkness)(?: \([^)]{0,30}\))? "
        r"(?:to |would |could |will )?"
        r"(?:just |all |finally |already |fucking )?(?:stop|end|be over|go away|cease|"
        r"shut up|stop hurting)\b(?! (?:raining|snowing|ringing|beeping|barking|crying|"
        r"making|being|happening|so|for)\b)",
        NEG, OTHER,
        not_in=r"\b(?:rain|snow|noise (?:outside|next door)|neighbou?rs?|dog|baby|alarm|"
        r"phone|meeting|class|lecture|war|strike|pandemic|lockdown|drilling|construction|"
        r"music|party)\b",
    ),
    # Perceived burdensomeness, lasting: "I don't want to be a burden anymore".
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|no longer|never) (?:\w+ )?(?:want|wanna) (?:to )?(?P<v>be (?:a |such "
        r"a )?burden (?:anymore|any more|any longer|on anyone anymore|to anyone anymore|"
        r"to anyone ever again))\b|\b(?:tired|sick|exhausted) of (?P<v2>being (?:a |such a )?"
        r"burden)\b",
        OTHER, PAST,
        requires=("burden",),
    ),
    # "No point in anything anymore", said with or without "I".
    cue(
        S.HOPELESSNESS,
        r"\b(?:there's |there is |is there |see |there's just |there is just )?(?:no|any) "
        r"(?P<v>point) (?:in|to|of) (?:anything|it all|any of (?:this|it)|trying|even trying|"
        r"going on|carrying on)(?: (?:anymore|any more|at all))?(?=\s*(?:[.!?,;]|$|\n|"
        r"honestly\b|lol\b|i\b))",
        not_in=r"\b(?:meeting|email|app|feature|rule|law|policy|bill|tax|taxes|budget|vote|"
        r"voting|election|government|parliament|party|council|economy|game|episode|film|book|"
        r"class|lesson|homework|exam|appeal|complaint|case|court|claim|refund|insurance|"
        r"negotiat\w*|argu\w*|if (?:you|they|he|she|we)\b)\b",
        requires=("point",),
    ),
    # "I don't know how much longer I can do this": a limit on how long they can last.
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|no idea|not sure) (?:know )?how (?:much )?long(?:er)? i (?:can|will "
        r"be able to|'ll be able to) (?P<v>(?:keep )?(?:do(?:ing)? this|take (?:this|it)|keep "
        r"going|hold on|cope|last|go on|carry on|survive|keep this up|live like this))"
        r"(?=\s*(?:[.!?,;]|$|\n|for\b|anymore\b|honestly\b|and\b|i\b))",
        OTHER, PAST,
        not_in=r"\b(?:job|work|boss|shift|commute|course|degree|school|class|diet|"
        r"long[- ]distance|flat|house|landlord|neighbou?rs?|noise|renovation|wifi|phone|"
        r"laptop|car)\b",
        requires=("long",),
    ),
    # "I'm in a dark place": how people tell a clinician it is bad without saying how bad.
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|feel|feeling|i've been|been|i was|i get|i got|i'm back|back) "
        r"(?:\w+ ){0,2}?in (?:a |such a |the )?(?:really |very |so |super |pretty |fucking )?"
        r"(?P<v>(?:dark|darkest|black) (?:place|headspace|head space|hole))\b",
        NEG, OTHER, GONE_IF_PAST,
        not_in=r"\b(?:room|cellar|basement|cave|tunnel|forest|woods|cinema|club|theatre|"
        r"theater|power cut|blackout|lights? (?:off|out))\b",
        requires=("dark", "black"),
    ),
    # Beyond help: "I'm a lost cause", "nobody can help me", "I don't want to be saved".
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel like|feel like|i've become|i'm just|i'm such) (?:just |such |"
        r"a complete |a total )?(?P<v>a lost cause|a hopeless case|past saving|too far gone|"
        r"too broken to (?:fix|save|help))(?=\s*(?:[.!?,;]|$|\n|and\b|now\b|i\b|anyway\b|"
        r"so\b|honestly\b))",
        NEG, PAST,
        requires=("lost cause", "hopeless case", "past saving", "too far gone", "too broken"),
    ),
    cue(
        S.HOPELESSNESS,
        r"(?:^|[.!?,;]\s*|\b(?:and|but|just|honestly|because)\s+)(?P<v>(?:no one|nobody|no-one|"
        r"noone|nothing) (?:can|could|will|is going to|is ever going to) (?:ever )?(?:help|save|"
        r"fix) me(?: anymore| now)?|i (?:don't|do not) want to be (?:saved|helped|fixed|rescued))"
        r"(?=\s*(?:[.!?,;]|$|\n|anymore|and\b|i\b|so\b|now\b))",
        PAST,
        requires=("help me", "save me", "fix me", "saved", "helped", "fixed", "rescued"),
    ),
    # Life itself as the pain: "living is torture", "my life has no meaning".
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>(?:my life|my existence|living|existing|being alive|being me|life) "
        r"(?:is|has become|feels like|feels|has been|is just|is pure|is such) (?:\w+ )?"
        r"(?:torture|agony|unbearable|hell on earth|a living hell|a nightmare i can't wake "
        r"from|a prison|a punishment|meaningless|pointless|worthless|empty and pointless))\b",
        NEG, PAST, FIRST,
        not_in=r"\b(?:commute|job|work|boss|landlord|neighbou?rs?|builders?|heat|heatwave|"
        r"weather|traffic|dentist|diet|braces|hangover|flu|cold|holiday|queue|exam|exams|"
        r"revision|game|match|season|without (?:coffee|wifi|internet|a car|my phone)|lol)\b",
        requires=(
            "tortur", "agony", "unbearable", "hell", "nightmare", "prison", "punishment",
            "meaningless", "pointless", "worthless",
        ),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>(?:my )?life (?:has|holds) (?:no|zero) (?:meaning|purpose|point|value)|"
        r"my life (?:doesn't|does not|won't ever|will never) (?:have (?:any )?meaning|matter))\b",
        NEG, PAST, FIRST,
        not_in=r"\b(?:philosoph\w*|nihilis\w*|existentialis\w*|absurdis\w*|camus|sartre|"
        r"nietzsche|religion|god exists|atheis\w*|universe is|essay|class|book|debate)\b",
        requires=("life",),
    ),
    # Worn out by the struggle itself: "I'm done fighting", "no strength left to keep going".
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|just) (?:\w+ )?(?P<v>done fighting|done trying|through fighting|"
        r"losing (?:the|this) (?:battle|fight|war) (?:with|against) (?:myself|my (?:own )?mind|"
        r"depression|my depression|my demons|life))(?=\s*(?:[.!?,;]|$|\n|anymore|and\b|"
        r"i\b|now\b|for\b|it\b|this\b))",
        NEG, PAST,
        not_in=r"\b(?:with (?:him|her|them|my (?:ex|landlord|boss|mum|mom|dad|sister|"
        r"brother|husband|wife|partner))|for (?:him|her|them|this job|custody)|custody|court|"
        r"lawsuit|claim|appeal|insurance|council|landlord|diet|weight|game|match|exam|"
        r"the (?:council|bank|school))\b",
        requires=("done fighting", "done trying", "through fighting", "losing"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|no longer|haven't got|have no|no|not got|running out of|ran out of|"
        r"out of) (?:\w+ )?(?:the )?(?P<v>(?:strength|energy|will|fight|fight left) (?:left )?"
        r"(?:in me )?(?:to (?:keep going|go on|carry on|keep fighting|fight (?:this|it|anymore)|"
        r"keep living|stay alive|live|survive|keep trying|hold on)|(?:left )?to keep going))\b",
        PAST, FIRST,
        not_in=r"\b(?:gym|workout|run|running|marathon|race|hike|game|match|shift|job|"
        r"work|office|essay|exam|revision|cleaning|argue|arguing|argument)\b",
        requires=("strength", "energy", "will", "fight"),
    ),
    # "I just want to go", "I just want out" (nowhere in particular, out of nothing named):
    # said after talk of suicide they are a wish to die; otherwise they are about leaving.
    cue(
        S.VEILED_EXIT,
        r"(?:^|[.!?,;]\s*|\b(?:so|and|honestly|really|please|know)\s+)i (?:just|really|"
        r"honestly|only) (?:want|wanna|wanted) (?P<v>to go)(?=\s*(?:[.!?]|$|\n|now\b|"
        r"please\b))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:stay|staying|leave|leaving|home|back|bed|sleep|party|pub|there|trip|"
        r"holiday|with (?:him|her|them|you))\b",
        requires=("to go",),
    ),
    cue(
        S.VEILED_EXIT,
        r"\b(?:i|i just|just|i really|all i) (?:want|wanted|need) (?P<v>out)"
        r"(?=\s*(?:[.!?]|$|\n|now\b|so bad\b))",
        NEG, OTHER, PAST,
        not_in=RELATIONSHIP + r"|\b(?:lease|contract|deal|group chat|group|club|team|game|"
        r"league|plan|bet|scheme|course|house|flat|town|city|country|car|room|meeting|"
        r"kitchen|cage)\b",
        requires=("want out", "wanted out", "need out"),
    ),
    cue(
        S.WANTS_IT_TO_STOP,
        r"\b(?:want|wish|just want|need) (?P<v>(?:it|this|everything) (?:all )?(?:to be )?over)"
        r"(?! with)\b",
        NEG, OTHER,
        not_in=r"\b(?:exam|exams|test|week|day|semester|term|meeting|interview|surgery|"
        r"procedure|wedding|trial|case|hearing|process|divorce|move|renovation|lockdown|"
        r"winter|pregnancy)\b",
    ),
) + BURDEN + DEATH_AS_THE_WAY_OUT + NO_FUTURE + INDIRECT_FAREWELLS
