"""The phrasings that count as evidence, and the grammar checks each one needs.

A cue is a regular expression over normalised text (cheap enough to run over a whole post)
plus the checks the parser must pass before it counts: not negated ("I would never hurt
myself"), about the speaker rather than someone else ("my friend wants to die"), not a
distant and resolved past, not fiction or a game. Patterns describe meaning classes (a
desire verb followed by a death predicate), so unseen wording is still caught.

``@NAME`` in a pattern is replaced by the word list of that name in ``lexicon.py``. The named
group ``v`` marks the word the grammar checks should look at; without it, the whole match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, auto

from bot.safety import lexicon
from bot.safety.levels import RiskLevel
from bot.safety.signals import Signal


class Check(Enum):
    """A grammar check a match must pass (see ``grammar.py``)."""

    NEGATION = auto()  # drop when negated ("I'm not suicidal")
    OTHER_SUBJECT = auto()  # drop when the subject is someone else ("she wants to die")
    PERSON_SUBJECT = auto()  # keep only when the subject is another person ("he hits me")
    PAST = auto()  # demote when long ago or resolved ("years ago, I'm fine now")
    FIRST_PERSON = auto()  # keep only when the sentence is about the speaker at all
    NOT_FICTION = auto()  # drop in games, fiction and jokes ("kill him in Fortnite")


class Modifier(Enum):
    """Evidence that changes how other evidence is read, but is not a risk on its own."""

    TIMEFRAME = "plan or timeframe"
    MEANS_AT_HAND = "means at hand"
    METHOD = "method mentioned"
    SERIOUS = "says they mean it"
    RECENT = "just happened"
    DISTRESS = "distress"
    BEREAVEMENT = "bereavement"


@dataclass(frozen=True)
class Cue:
    kind: Signal | Modifier
    pattern: re.Pattern[str]
    checks: frozenset[Check]
    level: RiskLevel | None  # overrides the signal's own level for weaker phrasings
    not_before: re.Pattern[str] | None  # searched in the sentence text before the match
    not_after: re.Pattern[str] | None  # matched at the start of the sentence text after it
    not_in: re.Pattern[str] | None  # searched in the whole sentence


_MACRO = re.compile(r"@([A-Z_]+)")
_FLAGS = re.IGNORECASE


def _expand(pattern: str) -> str:
    return _MACRO.sub(lambda m: getattr(lexicon, m.group(1)), pattern)


def _compile(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(_expand(pattern), _FLAGS) if pattern else None


def cue(
    kind: Signal | Modifier,
    pattern: str,
    *checks: Check,
    level: RiskLevel | None = None,
    not_before: str | None = None,
    not_after: str | None = None,
    not_in: str | None = None,
) -> Cue:
    compiled = _compile(pattern)
    assert compiled is not None
    return Cue(
        kind,
        compiled,
        frozenset(checks),
        level,
        _compile(not_before),
        _compile(not_after),
        _compile(not_in),
    )


NEG, OTHER, PERSON, PAST, FIRST, FICTION = (
    Check.NEGATION,
    Check.OTHER_SUBJECT,
    Check.PERSON_SUBJECT,
    Check.PAST,
    Check.FIRST_PERSON,
    Check.NOT_FICTION,
)
S = Signal
M = Modifier
CONCERN = RiskLevel.CONCERN
NONE = RiskLevel.NONE

# Shared exclusions -------------------------------------------------------------------------
_END = r"(?=\s*(?:[.!?,;:)\"']|$|\n|and\b|but\b|so\b|because\b|lol\b|anymore\b|now\b|already\b))"
_KILL_SELF_IDIOM = (
    r"\s*(?:laughing|with laughter|trying\b|working\b|at (?:work|the gym|training)|"
    r"to (?:get|make|finish|meet|please|keep|pass|prove|impress)\b|in the (?:foot|feet)\b|"
    r"out to dry|up\b|over (?:this|that|it|nothing|work)|for (?:this|that) (?:job|exam|class))"
)
_RATHER_THAN = r"\b(?:rather|sooner)\s+(?:\w+\s+)?$"
_RELATIONSHIP = (
    r"\b(?:relationship|marriage|engagement|affair|dating|break(?:ing)? up|divorce|friendship|"
    r"contract|lease|subscription|call|conversation|meeting|argument|fight|chat|text|"
    r"email|session|things with|job|course|degree|streak)\b"
)
_ACCIDENT = (
    r"\b(?:accident(?:ally|al)?|by mistake|slipped|tripped|fell|falling|cooking|chopping|"
    r"shaving|oven|stove|kettle|iron|pan|knife slipped|gym|football|soccer|rugby|running|"
    r"lifting|skiing|hiking|climbing|playing|sports?|at work|on the job|while)\b"
)
_ABOUT_OTHERS = (
    r"\b(?:article|study|studies|research|documentary|podcast|news|report|statistics|"
    r"stats|rates?|data|essay|lecture|class|course|training|awareness|prevention|policy|"
    r"law|legal|assisted|euthanasia|bombers?|bombings?|squad|mission|doors?|vest)\b"
)

# --- suicidal thinking -------------------------------------------------------------------
IDEATION: tuple[Cue, ...] = (
    # "kill myself", "hang myself", "unalive myself" (after normalisation), "top myself".
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>kill(?:s|ed|ing)?|hang(?:s|ed|ing)?|hung|shoot(?:s|ing)?|shot|"
        r"drown(?:s|ed|ing)?|poison(?:s|ed|ing)?|suffocat(?:e|es|ed|ing)|gas(?:sed|sing)?|"
        r"electrocut(?:e|es|ed|ing)|murder(?:s|ed|ing)?|asphyxiat(?:e|ed|ing)|"
        r"strangl(?:e|ed|ing)|stab(?:s|bed|bing)?|slit|slitting|suicide|suiciding) @SELF\b",
        NEG, OTHER, PAST,
        not_after=_KILL_SELF_IDIOM + r"|\s*in (?!the (?:river|sea|lake|bath|ocean|canal|water))",
        not_before=_RATHER_THAN,
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:to|will|'ll|just|should|might|could|gonna|going to|i|and|finally|wanna|"
        r"want to|gonna|shall|must) (?P<v>off|top|end|neck|rope|delete|do) @SELF\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:up\b|a favou?r|some good|justice|proud)",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>end(?:s|ed|ing)?|take|takes|taking|took|taken|finish(?:ing|ed)?) "
        r"(?:my|my own) (?:own )?(?:life|existence)\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:back|in (?:my|a|another|the|new)|into|seriously|forward|to the next|"
        r"more|one day|day by day|for granted|over|off (?:hold|pause)|in hand|apart)",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>end(?:s|ed|ing)?|finish(?:ing|ed)?) (?:it all|everything|my suffering|"
        r"my misery|my existence|this existence|it once and for all|my pain forever|"
        r"this life|it for good)\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:with|between|for (?:good )?with)",
        not_in=r"\bend everything (?:on|with) a\b",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:want(?:ed|ing)? to|going to|gonna|ready to|decided to|plan(?:ning)? to|"
        r"need to|thinking (?:about|of)|thought (?:about|of)|think about|considering|"
        r"contemplating|about to|just|should|might|will|'ll|wish i could) "
        r"(?:just |finally |really |probably |seriously )?(?P<v>end(?:ing)? it|end(?:ing)? things)"
        r"(?=\s*(?:[.!?,;:)\"']|$|\n|and\b|but\b|so\b|because\b|lol\b|anymore\b|now\b|"
        r"already\b|tonight\b|today\b|tomorrow\b|soon\b|with (?:a|an|my|the|some|pills|"
        r"seppuku|seppekku|\w+ing)\b))",
        NEG, OTHER, PAST,
        not_in=_RELATIONSHIP,
        not_after=r"\s*with (?:him|her|them|my (?:\w+ )?(?:@PERSON)|the (?:guy|girl|relationship))",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>commit(?:s|ted|ting)?|do(?:ing)?) (?:a )?suicide\b",
        NEG, OTHER, PAST,
        not_before=r"\b(?:social|political|career|financial|professional)\s*$|\bto\s*$",
        not_after=r"\s*(?:rates?|statistics|by cop)",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:think|thinking|thought|thoughts|considering|consider|considered|"
        r"contemplat(?:e|ing|ed)|fantasi[sz](?:e|ing|ed)|dream(?:ing|t|ed)?|obsess(?:ing|ed)?|"
        r"ruminating|planning|researching|romanticis(?:e|ing)|romanticiz(?:e|ing)|"
        r"flirted with|flirting with|toying with|toy with|obsessed with) "
        r"(?:about |of |on |with )?(?:\w+ )?(?P<v>suicide|killing myself|ending (?:it all|my life|"
        r"my own life|things|it)|taking my (?:own )?life|hanging myself|overdosing|"
        r"jumping (?:off|from|in front))\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:ending (?:it|things) with|assisted suicide|"
        r"(?:his|her|their|a friend's|my friend's) suicide)\b",
        not_after=r"\s*(?:with|between)\b",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>jump(?:ing|ed)?|throw(?:ing)? myself|threw myself|step(?:ping)?|"
        r"walk(?:ing)?|lie|lying|lay) (?:off|from|in front of|under|into|onto|on) "
        r"(?:a |the |my |some |an )?(?:\w+ )?(?:@HIGH_PLACES|train|bus|truck|lorry|car|traffic|tube|"
        r"subway|highway|motorway|freeway)\b",
        NEG, OTHER, PAST, FIRST, FICTION,
        not_in=r"\b(?:bungee|dive|diving|swim|swimming|paddle|kayak|pool|parachut\w*|"
        r"skydiv\w*|cliff jumping|tombstoning|holiday|vacation|bus stop|train station)\b",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>slit(?:ting)?|slash(?:ing)?|cut(?:ting)?|open(?:ing)? up) (?:my|both my) "
        r"(?:wrists?|throat|veins|neck)\b",
        NEG, OTHER, PAST,
        not_in=_ACCIDENT,
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>blow(?:ing)?|blew|shoot(?:ing)?|shot|put(?:ting)? a bullet|"
        r"put(?:ting)? a gun|stick(?:ing)? a gun) (?:\w+ )?(?:through |in |into |to |off |out )?"
        r"my (?:own )?(?:brains?|head|skull|temple|mouth)(?: (?:out|off|in))?\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:headache|hair|in my head (?:about|over|thinking))\b",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>drink(?:ing)?|drank|swallow(?:ing|ed)?) (?:some |the |a bottle of |a cup of )?"
        r"(?:bleach|antifreeze|poison|rat poison|weedkiller|cyanide|drain cleaner)\b",
        NEG, OTHER, PAST, FIRST,
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:i|i'm|i am|i'll|i will|i've|i want to|want to|going to|gonna|thinking (?:about|of)) "
        r"(?:\w+ )?(?P<v>overdos(?:e|ing)|od(?:ing)?)(?: on \w+)?(?:\s+(?:tonight|today|soon|"
        r"and|again)|" + _END + r")",
        NEG, OTHER, PAST,
        not_in=r"\b(?:accidental(?:ly)?|narcan|naloxone|fentanyl test|harm reduction|"
        r"can (?:you|i|one|someone) overdose)\b",
    ),
    # "I'm suicidal", "feeling suicidal", "I've had suicidal thoughts".
    cue(
        S.SUICIDE_TALK,
        r"\b(?:i'm|i am|am|feel|feeling|felt|feels|been|be|being|get|getting|got|become|"
        r"became|go|went|so|very|really|extremely|actively|passively|pretty|kinda|kind of|"
        r"super|quite|incredibly|chronically|severely|seriously|highly|increasingly|more|"
        r"still|too|always|often|constantly|slightly|mildly|bit|little|was|were|i've been|"
        r"fucking|become|feeling so) (?P<v>suicidal)\b(?! (?:people|person|friends?|patients?|"
        r"clients?|teens?|kids?|students?|users?|individuals?|ones?|men|women))",
        NEG, OTHER, PAST,
        level=RiskLevel.HIGH,
    ),
    cue(
        S.SUICIDE_TALK,
        r"\b(?:my|have|having|had|get|getting|got|with|experiencing|experienced|"
        r"struggling with|struggle with|battling|fighting|deal with|dealing with|been having|"
        r"these|the|constant|intrusive|daily|more) "
        r"(?:\w+ )?(?P<v>suicidal (?:thoughts?|ideations?|feelings?|urges?|tendencies|thinking|"
        r"impulses?|episodes?|crisis|moods?|ideas)|thoughts? (?:of|about) (?:suicide|killing myself|"
        r"ending (?:it|my life|it all)|taking my (?:own )?life|dying|death))\b",
        NEG, OTHER, PAST, FIRST,
        level=RiskLevel.HIGH,
    ),
    # Any other first-person talk of suicide: enough for a clinician to look.
    cue(
        S.SUICIDE_TALK,
        r"\b(?P<v>suicid(?:e|al|ality)|suicide attempts?|kill myself|killing myself)\b",
        NEG, OTHER, PAST, FIRST,
        not_before=r"\b(?:political|career|social|financial|professional|electoral|"
        r"commercial|economic|brand|ritual|assisted|his|her|their|a|lost (?:\w+ ){0,3}to|"
        r"(?:friend|brother|sister|mum|mom|dad|father|mother|son|daughter|cousin|uncle|aunt|"
        r"husband|wife|partner)'s)\s*$",
        not_in=_ABOUT_OTHERS,
    ),
    # Wanting to be dead: "want to die", "wish I could just die", "ready to die".
    cue(
        S.PASSIVE_IDEATION,
        r"\b@WANT to @ADV(?P<v>die|be dead|not be alive|not be here anymore|stop existing|"
        r"cease to exist|not exist|stop living|not wake up|never wake up|be gone forever|"
        r"go to sleep forever|sleep forever|sleep and never wake up|not live anymore|"
        r"leave this (?:world|earth|planet|life)|be in heaven|rest forever|fade away|"
        r"disappear forever|be done with life|unexist)\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:of (?:embarrassment|shame|laughter|laughing|cringe|boredom|"
        r"happiness|jealousy|envy|cuteness|old age)|laughing|from (?:embarrassment|laughing)|"
        r"old\b|happy\b|happily\b|surrounded|at (?:a|an) (?:old|ripe)|when i'm old|"
        r"a (?:virgin|hero|legend)|in (?:my )?old age|for (?:my|a) (?:country|cause))",
        not_before=r"\bcross my heart and\s+$|\bdon't\s+(?:\w+\s+)?$(?=.*\banymore)",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>wish(?:ed|ing)?|pray(?:ed|ing)?|hop(?:e|ed|ing)) (?:that )?i "
        r"(?:was|were|'d be|would be|could be|could have been|had been) "
        r"(?:\w+ )?(?:dead|never born|not alive|gone|in heaven|in a coma)\b",
        OTHER, PAST,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>wish(?:ed|ing)?|pray(?:ed|ing)?|hop(?:e|ed|ing)) (?:that )?(?:i )?"
        r"(?:(?:had|'d) never been born|wasn't born|was never born|never existed|"
        r"didn't exist|did not exist|could (?:just )?(?:stop existing|cease to exist|"
        r"not exist|die|just die|disappear forever|vanish forever|not wake up|sleep forever|"
        r"fall asleep forever|close my eyes forever)|would (?:just )?(?:die|not wake up|"
        r"never wake up|stop existing)|wouldn't wake up|won't wake up|don't wake up|"
        r"never wake up|didn't wake up|never woke up|die in my sleep|die|don't exist|"
        r"could sleep (?:and|&) (?:never|not) wake up)\b",
        OTHER,
        not_in=r"\b(?:hope (?:i|to) (?:don't|never) die|before i die|die (?:old|happy))\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>wish(?:ed|ing)?|pray(?:ed|ing)?|hop(?:e|ed|ing)|want(?:ed)?) (?:that )?"
        r"(?:something|someone|somebody|a car|a bus|a truck|a lorry|a train|god|cancer|"
        r"a disease|an accident|a bullet|the world|a plane|lightning|death|nature|the universe|"
        r"life) (?:would |will |to |could )?(?:just )?(?:kill|take|hit|run (?:me )?over|"
        r"end|crush|strike) (?:me|my life)\b",
        NEG,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>wish(?:ed|ing)?|pray(?:ed|ing)?|hop(?:e|ed|ing)) (?:that )?i "
        r"(?:would|could|will|'d|might) (?:just )?(?:get|be|die|end up) (?:\w+ ){0,2}?"
        r"(?:hit by|run over|killed|cancer|a terminal|in an accident|into an accident|"
        r"a fatal|shot|murdered|sick and die|struck)\b",
        OTHER,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>would|'d|i'd|i would) (?:much )?(?:rather|prefer to|sooner) "
        r"(?:just )?(?:be dead|die|not exist|not be alive|not be here)\b"
        r"(?! than (?!(?:live|living|go on|going on|keep living|carry on|carrying on|"
        r"continue|be alive|being alive|wake up|face|exist)))",
        NEG, OTHER,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>better off dead|better off not existing|better off gone|"
        r"better off (?:if|when) i(?:'m| am| was| were|'d)? (?:\w+ )?(?:dead|gone|died|"
        r"not here|not around|never born|disappeared))\b",
        NEG, OTHER,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:everyone|everybody|people|they|the world|world|my family|my \w+|you all|y'all|"
        r"you guys|it|things|you|all of you|he|she|we|life) (?:would|will|'d|'ll|would all|"
        r"will all|are all|is|are|would really|would honestly) (?:all |just |so |definitely |"
        r"probably |honestly |really )?(?:be )?(?P<v>better (?:off )?without me|"
        r"happier without me|better if i (?:was|were|wasn't|weren't|'m|am) (?:\w+ )?"
        r"(?:dead|gone|here|around|never born))\b",
        NEG,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:no one|nobody|noone|no-one|not a single (?:person|soul)|no one at all|"
        r"would anyone|would anybody|who) (?:would|will|'d|'ll|even) (?:even |really |actually )?"
        r"(?P<v>care|notice|miss me|give a (?:shit|fuck|damn)|be sad|cry|come looking for me|"
        r"come to my funeral|find me)\b(?:[^.!?]{0,25}?\b(?:if|when) i (?:died|was dead|"
        r"were dead|was gone|were gone|disappeared|killed myself|wasn't here|weren't here|"
        r"wasn't around|left|die|am dead|'m dead|'m gone|am gone|did it))?",
        level=CONCERN,
        not_in=r"\b(?:at the party|if i (?:left early|didn't go|skipped))\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:no one|nobody|noone|no-one|who|not a single (?:person|soul)|would anyone) "
        r"(?:\w+ ){0,3}?(?:would|will|'d|'ll) (?:\w+ ){0,2}?(?:care|notice|miss me|"
        r"give a (?:shit|fuck|damn)|be sad|come looking for me)\b[^.!?]{0,25}?"
        r"\b(?P<v>if i (?:died|was dead|were dead|was gone|were gone|disappeared|killed myself|"
        r"die|did it|wasn't here|weren't here|wasn't around))\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>if i (?:died|was dead|were dead|was gone|were gone|disappeared|killed myself|"
        r"die|did it))(?: (?:tomorrow|today|tonight|right now|now))?,? "
        r"(?:no one|nobody|noone|no-one|would anyone|it wouldn't|it would not|"
        r"(?:it )?(?:would make|makes) (?:no|zero)|nothing would|the world would)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:wouldn't|would not|won't|will not|doesn't|would make (?:no|zero)|makes? (?:no|zero)|"
        r"would make (?:no|zero)) (?:\w+ ){0,3}?(?:difference|matter|change anything) "
        r"(?:to anyone |to anybody |to the world )?(?P<v>if i (?:died|was dead|were dead|"
        r"was gone|were gone|disappeared|wasn't here|weren't here|killed myself|was alive|"
        r"lived or died|live or die))\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:sleep|fall asleep|go to sleep|close my eyes|go to bed|lie down|drift off) "
        r"(?:\w+ )?(?:and|&) (?:just )?(?P<v>(?:never|not|don't|won't) (?:\w+ )?"
        r"(?:wake up|wake|open them|open my eyes)(?: again)?)\b",
        NEG,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:don't|do not|didn't|no longer|not|never) (?:\w+ )?"
        r"(?P<v>want|wanna|wish|feel like|care|have the (?:will|desire|strength)) "
        r"(?:to )?@ADV(?:live|be alive|exist|wake up|stay alive|keep living|keep on living|"
        r"survive|be in this world|be on this earth|be a part of this world|be part of this world|"
        r"continue living|go on living|be living|breathe)\b",
        OTHER, PAST,
        not_after=r"\s*(?:like this|like that|in (?:this|a|that|fear|the|my)|with (?:him|her|"
        r"them|my|a|people|roommates|housemates|flatmates)|here|there|under|at home|near|"
        r"nearby|close|far|abroad|alone(?! anymore)|on my own|forever(?!\s*(?:[.!?]|$))|"
        r"through (?:this|that|another|it)(?! anymore)|to (?:be|see|\d+))",
        not_before=r"\bwhy (?:do|would) (?:\w+ )?$",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:don't|do not|no longer) (?:\w+ )?(?P<v>want|wanna) (?:to )?@ADV(?:be here|"
        r"be around|go on|keep going|carry on|continue|do this|do life|try)"
        r"(?=\s*(?:anymore|any more|any longer|another day|at all|in this world|on this earth))",
        OTHER, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|no longer) (?:\w+ )?(?P<v>want|wanna) (?:to )?(?:\w+ )?"
        r"(?:live|exist|go on|carry on|keep living|keep going) like this\b",
        OTHER, PAST,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:don't|do not|couldn't|could not|doesn't|no longer) (?:really )?"
        r"(?:care|give a (?:shit|fuck|damn)|mind) (?:about )?(?P<v>(?:if|whether|when) i "
        r"(?:live or die|die|died|wake up|make it|survive|get hit|get killed|am dead|"
        r"'m dead|was dead|live|don't wake up|never wake up)|dying|living or dying|"
        r"whether i live|(?:about )?my (?:own )?life(?: anymore)?)\b",
        OTHER, PAST,
        not_after=r"\s*(?:choices|decisions|story|savings)",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>tired|sick|exhausted|weary|done|finished|over|fed up) (?:and tired )?"
        r"(?:of|with) (?:living|being alive|life|existing|existence|being here|breathing|"
        r"waking up|this life|my life|life itself|being a live|staying alive|this world|"
        r"this existence|it all|everything)\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:in (?:this|the|my|a)|here|at|with|as an?|like (?:this|that)|"
        r"paycheck|pay ?check|from|for)",
        not_in=r"\b(?:city|country|town|london|job|work|rent|flat|house)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:no|not (?:a|any|one)|don't have (?:a|any)|do not have (?:a|any)|can't find (?:a|any)|"
        r"cannot find (?:a|any)|nothing|lost (?:my|the|all|any)|without (?:a|any)|losing (?:my|the)|"
        r"zero|no real|isn't (?:a|any)|is there (?:a|any)|there's no|there is no|what's the|"
        r"what is the|what's even the|what is even the|give me (?:a|one)) "
        r"(?:single |good |real |more |other |valid )?"
        r"(?P<v>reason|point|will|purpose|desire|motivation|reasons|meaning|incentive|urge) "
        r"(?:to|for|in|of) (?:me )?(?:\w+ )?(?:live|living|life|go on|going on|keep going|"
        r"stay|staying|stay alive|staying alive|be alive|being alive|carry on|carrying on|"
        r"continue|continuing|exist|existing|be here|being here|wake up|waking up|my life|"
        r"keep living|this life|survive|surviving)\b",
        OTHER, PAST,
        not_after=r"\s*(?:in (?:this|the|that) (?:city|country|town|area|house|flat|place)|"
        r"with (?:him|her|them|my|roommates)|here\b|there\b|at home|near|abroad|in london|"
        r"in \w+ (?:city|town|county))",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:nothing|no one|nobody|no-one|noone) (?:left )?(?P<v>to live for|worth living for|"
        r"keeping me (?:here|alive|going)|to stay alive for|to stay for|left for me here|"
        r"tying me here|holding me here)\b",
        OTHER, PAST,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:life|living|my life|existence|it|being alive) (?:is|isn't|is not|'s not|feels|"
        r"seems|doesn't feel|does not feel|doesn't seem|ain't|just isn't) (?:\w+ )?"
        r"(?P<v>(?:not )?worth (?:living|it anymore|it any ?more|continuing|the pain|the effort|"
        r"the struggle|fighting for|staying for))\b",
        PAST,
        not_in=r"\bjob\b|\bdegree\b|\bcar\b|\bhouse\b|\bmoney\b|\bdebt\b|\bloan\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:what's|what is|whats|where's|what even is) (?:even )?the (?:fucking |fuckin |damn |bloody )?"
        r"(?P<v>point|purpose|use|meaning) (?:of|in|to) (?:my )?(?:even )?(?:living|life|"
        r"being alive|staying alive|going on|existing|carrying on|waking up|my existence|"
        r"existence|keep living|continuing to live|trying to live|it all anymore)\b",
        NEG, PAST,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\bwhy (?:am i|should i|do i|would i|must i|the fuck am i|tf am i|the hell am i|"
        r"bother|keep|would anyone want me to|do i even|even) (?:still |even |keep |bother |"
        r"continue |even bother )?(?P<v>alive|living|stay alive|keep living|be alive|exist|"
        r"existing|bother living|keep on living|staying alive|continue living|continue to live)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:can't|cannot|can not) wait (?:to|until i|till i|for the day i) "
        r"(?P<v>die|be dead|stop existing|am dead|'m dead|leave this world)\b",
        OTHER,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>(?:don't|do not) (?:deserve|deserving|have the right) to (?:live|be alive|"
        r"exist|be here|breathe)|(?:deserve|deserves|deserved) to (?:die|be dead|rot|not exist))\b",
        OTHER, PAST,
        not_in=r"\b(?:rapists?|murderers?|pedophiles?|paedophiles?|terrorists?|he|she|they|"
        r"criminals?|people like)\b(?!.*\bi\b)",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:should|should've|should have|ought to|was meant to|was supposed to) "
        r"(?:just )?(?:\w+ )?(?P<v>died|die|be dead|been dead|killed myself|never been born|"
        r"not exist|not have been born|not be here|not be alive)\b",
        OTHER, NEG,
        not_in=r"\b(?:could have|would have|i thought|nearly|almost) died\b|\bshould die "
        r"(?:of|from|laughing)\b|\b(?:plants?|batter(?:y|ies)|phone|laptop|car|dog|cat)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>death|dying|being dead|not existing|not being alive|eternal sleep|"
        r"suicide|killing myself|ending it) (?:is|would be|seems|sounds|feels|looks) "
        r"(?:like )?(?:so |more |much |really |the )?(?:the only|my only|only|a|the best|better|"
        r"preferable|peaceful|a relief|an escape|a release|the answer|the solution|a mercy|"
        r"appealing|welcome|nice|inviting|easier|tempting|attractive|comforting|the way out|"
        r"my way out|my best|the right|my|the easy|the easiest|the logical|the only logical|"
        r"a good|good|the last) ?(?:\w+ )?(?:option|way|escape|choice|solution|answer|relief|"
        r"release|peace|out|move|exit|thing|decision|idea|route|mercy|appealing|tempting|"
        r"inviting|welcome|comforting|nice|better|easier|peaceful|preferable|attractive)?\b",
        NEG, PAST, FIRST,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:long|longing|yearn|yearning|wish|wishing|pray|praying|hope|hoping|ready|"
        r"beg|begging|crave|craving|welcome) (?:for )?(?P<v>death|the sweet release|"
        r"eternal sleep|an end to (?:it all|my life|everything)|it all to end|my life to end|"
        r"the end of my life|my own death|to be taken)\b",
        NEG, OTHER,
        not_in=r"\bdeath (?:of|penalty|sentence|star|metal)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:want|wish|need|pray|hope|wanting|wished|wishing) (?:for )?(?P<v>my life|"
        r"my existence|life|this life|it all|everything) (?:to |would |could |will )?"
        r"(?:just |finally |already )?(?:end|be over|stop)\b",
        NEG, OTHER,
        level=None,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:just|please|someone|somebody|god|lord|anyone|anybody|can someone|"
        r"could someone|pls|plz) (?:please |pls |plz |just |fucking )*(?P<v>kill me|end me|"
        r"shoot me|take me|put me out of my misery)\b(?! (?:up|out to|to the|home|with you|"
        r"to (?:a|the|my)|there|back|along|away))",
        level=CONCERN,
        not_in=r"\blol|lmao|haha|😂|🤣\b|\b(?:meeting|monday|exam|homework|traffic|"
        r"queue|hangover|dentist|commute)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>kill me|end me)\s+(?:now|already|please|pls|plz)\b",
        level=CONCERN,
        not_in=r"\blol|lmao|haha|😂|🤣\b|\b(?:meeting|monday|exam|homework|traffic|"
        r"queue|hangover|dentist|commute)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:i|i'm|i am|i've|i feel|feel) (?:\w+ )?(?:ready|prepared|waiting|wanting) "
        r"(?:to |for )?(?P<v>(?:let go of|leave) (?:this|my) (?:life|world|earth)|"
        r"(?:my|the) (?:death|end|life to end))\b",
        NEG, OTHER, PAST,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:want|wish|wanted|need|i'd like) to (?:just )?(?P<v>disappear|vanish|not be here|"
        r"stop being|evaporate|not be around|go away forever|cease|be forgotten|"
        r"be erased|not have been born|fade into nothing|rot|un-?exist)\b",
        NEG, OTHER, PAST,
        level=CONCERN,
        not_after=r"\s*(?:for (?:a|the) (?:bit|while|day|week|weekend|few|couple)|"
        r"(?:on|to|into) (?:a|the|my) (?:holiday|vacation|trip|island|beach|room|cabin|"
        r"mountains?|woods|countryside)|from (?:social media|the internet|facebook|instagram|"
        r"work|school|this party)|off the grid|for (?:a|one) (?:day|night|week))",
    ),
)

# --- hopelessness, entrapment, burden --------------------------------------------------------
_WEAK_END = (
    r"(?=\s*(?:anymore|any more|any longer|much longer|like this|for much longer|another day|"
    r"with (?:life|living|this life|anything|everything|it all|the pain)|without|"
    r"[.!?,;]|$|and\b|but\b|i\b|i'm\b|it's\b|lol\b|please\b|help\b|alone\b))"
)

HOPELESSNESS: tuple[Cue, ...] = (
    cue(
        S.HOPELESSNESS,
        r"\b(?:can't|cannot|can not|can no longer|unable to|don't think i can|do not think i can|"
        r"not able to|couldn't|could not|won't be able to|don't know how (?:much longer )?i can|"
        r"no longer able to|how (?:much longer|long) (?:can|will) i|i can't|i cant) "
        r"(?:\w+ )?(?P<v>go on|carry on|keep going|keep doing this|keep on|do this|do it|"
        r"take it|take this|take (?:much|any) more|take the pain|handle (?:it|this|life|"
        r"anything|the pain|everything|my life)|cope|bear (?:it|this|the pain|life|living|"
        r"another day)|stand (?:it|this|being alive|life|myself|the pain|living|being me|"
        r"this life|my life)|live (?:like this|with (?:myself|this|the pain|it))|survive|"
        r"face (?:another day|tomorrow|life|the future|anything|the world|living)|"
        r"deal with (?:it|this|life|anything|everything|the pain|my life)|function|"
        r"hold on|continue|last|fight (?:it|this|anymore|any longer)|keep fighting|keep trying|"
        r"be here|live with myself|exist|handle being alive|stay|keep living|put up with "
        r"(?:it|this|life))" + _WEAK_END,
        NEG, OTHER, PAST,
        not_after=r"\s*(?:on (?:a|the|holiday|vacation|with|about|to)|with (?:this|that|the) "
        r"(?:job|course|class|project|plan|deal|contract|loan|mortgage)|without (?:coffee|"
        r"sleep|my (?:phone|glasses|car)))",
        not_in=r"\b(?:the show must|the show can't|game|match|wifi|internet|laptop|phone|car|"
        r"engine|battery|printer|computer|software|app|website|server|program)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:no|there's no|there is no|can't see (?:a|any)|cannot see (?:a|any)|"
        r"don't see (?:a|any)|do not see (?:a|any)|without (?:a|any)|lost (?:all )?|"
        r"there isn't (?:a|any)|not (?:a|any)|zero|have no|i have no|i've lost all|"
        r"is there (?:a|any)) "
        r"(?P<v>way out|way forward|light at the end|hope(?: left| anymore| at all| for me)?|"
        r"future(?: for me)?|end in sight|escape|point anymore|point in (?:anything|trying|it all|"
        r"going on|continuing)|exit|other option|other way out|hope for the future|"
        r"way to fix (?:this|it|me|my life))" + _WEAK_END,
        FIRST, OTHER, PAST,
        not_in=r"\b(?:country|government|nhs|economy|party|election|team|club|league|"
        r"company|business|industry|planet|humanity|society|politics|brexit|labour|tories|"
        r"conservatives|council|school|students?|kids|deal|case|lawsuit)\b",
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
        r"all hope|hope|on me|trying to live|on the world|the fight|fighting)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:smoking|drinking|sugar|meat|coffee|alcohol|caffeine|gluten|booze|"
        r"vaping|carbs|dairy|social media|gambling)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:want to|wanna|ready to|going to|about to|so close to|i'm|i am|i) "
        r"(?:just )?(?P<v>give up|giving up)(?=\s*(?:[.!?,;]|$|on (?:life|everything|myself|"
        r"living|it all)|completely|for good|forever|now))",
        NEG, OTHER, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:at|reached|reaching|hit|hitting|am at|i'm at|near|close to|past) (?:\w+ )?"
        r"(?P<v>the end of my rope|the end of my tether|the end of the line|the end of the road|"
        r"my breaking point|breaking point|rock bottom|my limit|my lowest point|the edge)\b",
        NEG, PAST, FIRST,
        not_in=r"\b(?:budget|bank|account|credit|card|overdraft|car|engine|tyres?|phone|"
        r"battery|patience with (?:the|this|my) (?:company|council|landlord|builder))\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|im|i feel like|feel like|i've become|i have become|being) (?:just |only |such |"
        r"nothing but |a huge |a big |an )?(?P<v>(?:a )?burden|a waste of (?:space|oxygen|air|life)|"
        r"holding (?:everyone|them|people|you all) back|ruining (?:everyone's|their|your) li(?:fe|ves)|"
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
        r"\b(?:nothing|it|things|life|my life) (?:will|is going to|'ll|is ever going to|are ever going to|"
        r"won't|will never|is never going to|are never going to|never) (?:ever )?"
        r"(?P<v>(?:get|be) better|improve|change)" + _WEAK_END,
        FIRST, PAST,
        not_in=r"\b(?:country|government|nhs|economy|party|election|team|club|league|company|"
        r"business|industry|politics|brexit|council|system|market|prices|housing|weather|"
        r"landlord|school|teacher|students?)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i|i'm|i am) (?:won't|will not|don't think i'll|don't think i will|"
        r"don't think i'm going to|am not going to|'m not going to|not going to|never going to|"
        r"doubt i'll|doubt i will) (?P<v>make it|last|survive|be here|be around|see) "
        r"(?:through|to|until|past|another|much longer|the (?:night|week|year|end)|"
        r"my (?:\d+\w*|next) birthday|christmas|the new year|next (?:year|week|month))\b",
        OTHER,
        not_in=r"\b(?:deadline|on time|party|meeting|class|lecture|gym|flight|train|bus|"
        r"appointment|interview|shift|wedding|match|game|concert|gig|event)\b",
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
        r"\bwhy (?:am i|should i|do i|would i|the fuck am i|tf am i) (?:still |even )?"
        r"(?P<v>here|going on|keep going|keep trying|bother|even bother|carry on|continue|trying)"
        r"(?=\s*(?:[.!?,]|$|anymore|at all))",
        NEG,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|i've|i have|i really|i seriously) (?:so |just |really )?"
        r"(?P<v>done(?: with (?:it all|everything|trying|this|life|people|fighting))?|"
        r"finished|over it all|out of fight|out of strength|running out of (?:reasons|hope|"
        r"strength|time)|losing (?:the will|hope|the fight|my mind))" + _END,
        NEG, PAST,
        not_in=r"\b(?:work|job|homework|project|dinner|eating|cooking|shopping|cleaning|"
        r"exam|essay|assignment|laundry|packing|painting|episode|book|game|season|shift|"
        r"degree|course|mortgage|loan|contract|application|paperwork)\b",
        level=CONCERN,
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
        r"\b(?:i|i'm|i am|i've|me|myself|my) [^.!?]{0,40}?\b(?P<v>suicide watch|crisis line|"
        r"crisis team|crisis number|samaritans|suicide hotline|suicide helpline|"
        r"suicide prevention line|988|lifeline)\b",
    ),
    cue(
        S.WANTS_IT_TO_STOP,
        r"\b(?:want|wish|need|pray|hope|wanting|wished|wishing|make|just want|"
        r"please make) (?:for )?(?P<v>it all|everything|it|this|all of this|all of it|"
        r"the pain|this pain|my pain|the suffering|the world|all this|the thoughts|"
        r"these thoughts|the voices|everything in my head|the hurt|the feeling|this feeling|"
        r"my brain|my mind|the noise in my head|the darkness) (?:to |would |could |will )?"
        r"(?:just |all |finally |already |fucking )?(?:stop|end|be over|go away|cease|"
        r"shut up|stop hurting)\b(?! (?:raining|snowing|ringing|beeping|barking|crying|"
        r"making|being|happening|so|for)\b)",
        NEG, OTHER,
        not_in=r"\b(?:rain|snow|noise (?:outside|next door)|neighbou?rs?|dog|baby|alarm|"
        r"phone|meeting|class|lecture|war|strike|pandemic|lockdown|drilling|construction|"
        r"music|party)\b",
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
)

# --- intent, plans, preparation ---------------------------------------------------------------
_KILL_SELF = (
    r"(?:kill(?:ing)? myself|end(?:ing)? (?:my (?:own )?life|it all|everything|my suffering)|"
    r"tak(?:e|ing) my (?:own )?life|commit(?:ting)? suicide|hang(?:ing)? myself|"
    r"shoot(?:ing)? myself|overdos(?:e|ing)|od(?:ing)?|jump(?:ing)? (?:off|from|in front of)|"
    r"slit(?:ting)? my (?:wrists?|throat)|drown(?:ing)? myself|off(?:ing)? myself|"
    r"top(?:ping)? myself|do(?:ing)? myself in|die|suicide)"
)

INTENT: tuple[Cue, ...] = (
    cue(
        S.INTENT,
        r"\b(?:i|i'm|i am|i've|i have|im|and|so|just|finally|definitely|really|probably|"
        r"gonna|going) (?:\w+ )?(?P<v>@INTEND) (?:\w+ )?(?:\w+ )?" + _KILL_SELF + r"\b",
        NEG, OTHER, PAST,
        not_after=_KILL_SELF_IDIOM + r"|\s*(?:of|from|laughing|if (?:i|you) (?:have to|eat|hear|"
        r"see|listen|watch|sit))",
        not_before=_RATHER_THAN,
        not_in=r"\bgoing to die (?:of|from|laughing|when|if)\b|\b(?:will|'ll) die "
        r"(?:of|from|laughing|when|if|without)\b|\bgoing to die\b(?!.*\b(?:tonight|today|"
        r"tomorrow|soon)\b)|\bwill die\b(?!.*\b(?:tonight|today|tomorrow|soon)\b)",
    ),
    cue(
        S.VAGUE_INTENT,
        r"\b(?:i|i'm|i am|i'll|i will|i've|gonna|going to|will|'ll|ready to|about to|finally|"
        r"plan to|planning to|decided to|going through|go through|determined to|"
        r"need to|have to) (?:\w+ )?(?P<v>do it|doing it|go through with it|going through with it|"
        r"act on it|acting on it|do this|end it|ending it|follow through|go ahead with it|"
        r"make my move|pull the trigger|let go|say goodbye|be gone|finish it|finish this)"
        r"(?=\s*(?:[.!?,;]|$|now|tonight|today|tomorrow|soon|this|on|in|at|when|after|"
        r"before|once|for real|for good|finally|i\b|and\b))",
        NEG, OTHER, PAST,
        not_in=_RELATIONSHIP + r"|\b(?:homework|exercise|assignment|task|chores?|laundry|"
        r"dishes|workout|talk to|tell (?:him|her|them)|ask (?:him|her|them)|presentation|"
        r"speech|test|exam|interview|call|text|email|surgery)\b",
    ),
    cue(
        S.VAGUE_INTENT,
        r"(?:^|[.!?]\s*)(?P<v>this is it|it's time|it is time|tonight's the night|tonight is the night|"
        r"today's the day|today is the day|my time has come|the time has come|i'm ready|"
        r"i am ready|i'm set|i'm out|no turning back|my mind is made up)\s*(?:[.!?]|$)",
    ),
    cue(
        S.PLAN,
        r"\b(?:i've|i have|i|i've got|i got|i made|i've made|i'm making|made|have|got|"
        r"come up with|found|settled on|decided on|picked|chosen|know|figured out|worked out|"
        r"researched|planned|planning|writing) (?:\w+ )?(?:\w+ )?(?P<v>plan|plans|method|"
        r"methods|way|ways|date|day) (?:to|for|on|of) (?:how (?:to|i'll|i will|i'm going to) )?"
        r"(?:\w+ )?" + _KILL_SELF + r"\b",
        NEG, OTHER, PAST,
    ),
    cue(
        S.PLAN,
        r"\b(?:my|a|the|have a|made a|got a|final|detailed|concrete|specific) (?P<v>suicide plan|"
        r"suicide method|suicide date|suicide pact|plan to die|death date|exit date|"
        r"plan to kill myself|plan to end (?:it|my life|it all)|suicide kit|exit bag)s?\b",
        NEG, PAST, FIRST,
    ),
    cue(
        S.PLAN,
        r"\b(?:i've|i have|i|i've already|already|i'm|i am) (?:already |finally |now )?"
        r"(?P<v>decided|know|figured out|worked out|planned|chosen|picked|settled on|set|"
        r"sorted out) (?:exactly |precisely |already )?(?:how|when|where|the date|a date|"
        r"the day|the time|the place|the method|the spot)(?:,? (?:and|&) (?:how|when|where))*"
        r"(?=\s*(?:[.!?,;]|$|i'm going to (?:do it|end it|go|die|kill myself)|i'll (?:do it|"
        r"end it|go|die|kill myself)|i will (?:do it|end it|go|die|kill myself)|to (?:do it|end it|"
        r"go|die|kill myself)|it will happen|it'll happen))",
        NEG, OTHER,
        not_in=r"\b(?:tell|telling|say|saying|ask|asking|talk|talking|propose|quit|leave "
        r"(?:him|her|my job)|move|moving|wedding|holiday|trip|party|birthday party|presentation|"
        r"interview|exam|train|bus|flight|meeting)\b",
    ),
    cue(
        S.PLAN,
        r"\b(?:how|ways|way|methods?|best way|easiest way|quickest way|fastest way|"
        r"painless way|least painful way|surest way|most effective way|places?|spots?) "
        r"(?:to|of|for|i (?:can|could|should|would|will|might)|do i|can i|could i|should i|"
        r"would i) (?:\w+ )?(?P<v>kill(?:ing)? myself|end(?:ing)? my (?:own )?life|"
        r"commit(?:ting)? suicide|hang(?:ing)? myself|tak(?:e|ing) my (?:own )?life|"
        r"end(?:ing)? it all|off(?:ing)? myself|od(?:ing)? myself|overdose myself|"
        r"suicide)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:stop myself from|prevent|not to|avoid|how not)\b",
    ),
    cue(
        S.PLAN,
        r"\b(?P<v>(?:held|hold|holding|pressed|press|pressing|put|putting|pointed|pointing|had|"
        r"placed|placing) (?:a|the|my) (?:\w+ )?(?:knife|blade|gun|pistol|rifle|glock|razor|"
        r"barrel|shotgun|revolver) (?:to|against|in|into|on|at) my (?:own )?(?:throat|neck|wrists?|"
        r"head|mouth|temple|chest|heart|chin|skin))\b",
        NEG, OTHER, PAST,
    ),
    cue(
        S.PLAN,
        r"\b(?P<v>(?:tied|tying|tie|made|making|make|bought|buy|buying|got|have|has|set up|"
        r"setting up|hung|hanging up|put up|prepared|preparing|ready|practis(?:e|ed|ing)|"
        r"practic(?:e|ed|ing)|test(?:ed|ing)?) (?:a |the |my |up a |up the )?noose|"
        r"noose (?:is )?(?:ready|tied|set up|hanging|around my neck|round my neck))\b",
        NEG, OTHER, PAST, FIRST,
        not_in=r"\b(?:halloween|decoration|knot tying class|scouts?|sailing)\b",
    ),
    cue(
        S.VAGUE_PLAN,
        r"\b(?:i've|i have|i|i've got|i got|i made|i've made|i now have|have|got) "
        r"(?:a |my |the )?(?:\w+ )?(?P<v>plan|plans|decision|choice)"
        r"(?=\s*(?:[.!?,;]|$|now|ready|in place|sorted|and|for (?:tonight|tomorrow|this weekend)))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:b|business|meal|diet|workout|training|lesson|study|savings|phone|data|"
        r"pension|payment|repayment|treatment|care|safety|crisis|action|escape|birth|wedding|"
        r"holiday|travel|weekend|lunch|dinner|party|project|budget|insurance|mobile|tariff|"
        r"contract|phone|exercise)\b",
    ),
    cue(
        S.VAGUE_PLAN,
        r"(?:^|[.!?]\s*)(?:i've|i have) (?P<v>made (?:my|a|the|up my) (?:decision|choice|mind)|"
        r"decided)\s*(?:[.!?]|$)",
    ),
)

PREPARATION: tuple[Cue, ...] = (
    cue(
        S.PREPARATION,
        r"\b(?:this is|this'll be|this will be|it's|here's|these are|consider this|"
        r"probably my|this might be|this may be|this could be|this is probably) "
        r"(?:my|the|the very) (?:last|final) (?P<v>message|post|text|words|goodbye|note|"
        r"letter|entry|day alive|night alive|time (?:i|you'll|you will|anyone)|reddit post|"
        r"cry for help|chance|attempt|hours?)\b",
        NEG, PAST,
        not_after=r"\s*(?:at|of|in|before|on (?:this|the) (?:sub|forum|topic|account)|here|"
        r"about|for (?:a|the|this) (?:while|bit|week|month|year|day|night|evening|weekend)|"
        r"until|till|til|today about|for now|on this (?:account|topic|subject))",
    ),
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:goodbye|bye|farewell|goodnight|good night|so long) (?:forever|for good|"
        r"world|cruel world|for the last time|for ever|for eternity|to this world|to everyone "
        r"forever|life|everyone forever)|(?:this is|it's time (?:to|for)|time to say|saying|say) "
        r"(?:my )?(?:final |last )?goodbye(?:s)?(?: (?:to (?:this world|everyone|you all|life|"
        r"the world)|forever))?)(?=\s*(?:[.!?,;:]|$|i\b|my\b|to\b|x+\b|<3|❤|💔))",
        NEG,
        not_in=r"\b(?:hello world|party|wedding|flight|trip|holiday|vacation|move|moving|job|"
        r"colleagues|coworkers|school|class|students|graduat\w*|leaving (?:the|this) "
        r"(?:company|team|job|sub|group|forum|city|country)|funeral|coffin|grave|"
        r"(?:my|our) (?:dog|cat|pet)|"
        r"to (?:him|her) (?:at|before|in))\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:by the time|when|once|if) (?:you|anyone|someone|they|somebody|people|you all|"
        r"you guys|my (?:\w+)) (?:read|reads|see|sees|find|finds|get|gets|hear|hears) "
        r"(?:this|my (?:message|note|letter|post)|these words)),? (?:i'll|i will|i'm|i am|"
        r"i would|i'd|i won't|i may|i might|it'll|it will|i'll already|i've|i have|i'll have|"
        r"it's)\b",
        NEG,
    ),
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:find|finds|found|discover|discovers|will find|'ll find) (?:my (?:dead )?body|"
        r"me dead|my corpse|me hanging|my remains)|(?:someone|somebody|they|people|my \w+) "
        r"(?:finds|find|will find|'ll find|doesn't find|don't find) me (?:dead|hanging|in time|"
        r"before|too late|tomorrow|in the morning))\b",
        NEG, FIRST,
        not_in=r"\b(?:if i (?:ever )?(?:die|collapse|fall)|in case (?:i|of))\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?:i|i've|i have|i just|i already|i'm|i am|have|already|just|and) (?:\w+ )?"
        r"(?P<v>wrote|written|writing|write|left|leaving|leave|typed|typing|finished|"
        r"drafted|drafting|prepared|preparing|recorded|recording|penned) (?:a |my |the |some |"
        r"all my |all the |a few |short )?(?:\w+ )?(?:suicide|goodbye|farewell|final|last) "
        r"(?:notes?|letters?|messages?|videos?|posts?|texts?|emails?|words)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:therapist|therapy|counsell?or|exercise|homework|session|suggested|"
        r"grief|for (?:my|our) (?:late|dead)|to (?:my|our) (?:late|dead|deceased)|to (?:him|her) "
        r"(?:after|since) (?:he|she) (?:died|passed)|retir\w+|leaving do|colleague|coworker|"
        r"job|work|team|class|school|students?|teacher)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:suicide|goodbye) (?:notes?|letters?))\b",
        NEG, PAST, FIRST,
        not_in=r"\b(?:his|her|their|therapist|therapy|exercise|homework|session|suggested|"
        r"grief|late|dead|deceased|found (?:his|her|their)|retir\w+|job|work|team|class|"
        r"colleague|coworker)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?:i'm|i am|i've been|i have been|been|i|i've|i have|started|already|just) "
        r"(?:\w+ )?(?P<v>giv(?:e|ing)|gave|given) (?:away|out) (?:all |most |some )?(?:of )?"
        r"(?:my|of my) (?:\w+ )?(?:things|stuff|belongings|possessions|pets?|cats?|dogs?|money|"
        r"savings|collection|valuables|prized|jewell?ery|everything|games|art|guitars?|"
        r"belonging|worldly)\b",
        NEG, OTHER,
        not_after=r"\s*(?:\w+ )?(?:to (?:charity|a charity|the charity|goodwill|oxfam|the "
        r"(?:food ?bank|shelter|church|school))|because (?:i'm|we're) moving|before (?:the|my|our) "
        r"move|since (?:i'm|we're) moving)",
        not_in=r"\b(?:moving|move house|declutter\w*|konmari|minimalis\w+|downsiz\w+|"
        r"spring clean\w*|old clothes|kids' clothes|baby clothes|outgrown)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:sorted|sorting|sort|getting|got|get|put|putting|have put|arranged|"
        r"arranging|finalis(?:ed|ing)|finaliz(?:ed|ing)) (?:all )?(?:my |of my )?affairs "
        r"(?:in order|sorted|settled))\b",
        NEG, OTHER,
        not_in=r"\b(?:surgery|operation|deployment|trip|travel|holiday|baby|moving|emigrat\w*|"
        r"estate planning|solicitor|lawyer|will and|retire\w*|pension)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?:please |can someone |could someone |someone please |make sure |promise to |"
        r"someone |)(?P<v>(?:look after|take care of|feed|rehome|re-home|find a (?:good |new |"
        r"nice |loving )?home for|adopt|love) my (?:cat|cats|dog|dogs|pets?|kids|children|"
        r"babies|baby|fish|bird|rabbit|hamster|boy|girl|son|daughter)) "
        r"(?:for me )?(?:when|after|once|if) i(?:'m| am)? (?:gone|dead|not here|no longer here|"
        r"not around|die|pass)\b",
    ),
    cue(
        S.PREPARATION,
        r"\bmake sure (?:they|my \w+|he|she|the \w+) (?P<v>(?:get|gets|find|finds|have|has|go to|"
        r"goes to) a (?:good|nice|new|loving|safe|forever) home)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:see|c) (?:ya|you|y'all|you all) (?:on the other side|in (?:the|another|my|"
        r"our) (?:next )?life|in heaven|in hell|in the afterlife|never|in the next world))\b",
        not_in=r"\b(?:game|match|server|respawn|lol|haha|lmao)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?:don't|do not|please don't|please do not|no one|nobody|dont) (?:try to |come |"
        r"bother |try and |even try to )?(?P<v>(?:find|save|rescue|stop|look for) me)"
        r"(?=\s*(?:[.!?,;]|$|this time|anymore|now|i\b|it's|please))",
        not_in=r"\b(?:game|hide and seek|lol|haha|party|surprise)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?:you|they|everyone|everybody|nobody|no one|my \w+|you all|y'all) "
        r"(?:won't|will not|don't|do not|wont|will never|won't ever|no longer) (?:have to|need to|"
        r"ever have to|ever need to) (?P<v>(?:deal with|worry about|put up with|see|hear from|"
        r"look after|take care of|think about|bother with|suffer) me)"
        r"(?=\s*(?:anymore|any more|much longer|for much longer|again|ever again|soon|after "
        r"(?:tonight|today)|[.!?]|$))",
    ),
    cue(
        S.PREPARATION,
        r"\b(?:i|i'll|i will|i'm going to|soon i'll|soon i will|finally i'll|i won't) (?:\w+ )?"
        r"(?P<v>be at peace|be free|be gone forever|be out of (?:your|everyone's|their) "
        r"(?:hair|way|lives|life)|no longer be a (?:burden|problem)|not be a (?:burden|problem)|"
        r"stop being a (?:burden|problem)|be a (?:burden|problem) (?:anymore|much longer)|"
        r"be with (?:god|jesus|the angels))"
        r"(?=\s*(?:[.!?,;]|$|soon|tonight|tomorrow|forever|at last|finally|anymore|any more|"
        r"much longer|for (?:good|ever)|when|after|then))",
        NEG,
        not_in=r"\b(?:holiday|vacation|retire\w*|weekend|exam|exams|finished|graduat\w*|"
        r"move out|moving out|divorce|debt|loan|paid off|mortgage)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?:i|i'll|i will|i'm|i am) (?:\w+ )?(?P<v>(?:won't|will not|wont|not going to|"
        r"am not going to|'m not going to) (?:be (?:alive|here much longer|around much longer|"
        r"here for (?:much )?longer|around for (?:much )?longer|here (?:by|after|for) "
        r"(?:tomorrow|morning|christmas|new year|my birthday|the weekend)|alive (?:by|for|"
        r"after|to see))|live to see|wake up (?:tomorrow|in the morning)|see (?:the )?"
        r"(?:morning|sunrise|tomorrow|another day|next (?:week|year|month)|christmas|"
        r"my (?:next )?birthday)))\b",
        OTHER,
        not_in=r"\b(?:shift|office|work|school|class|meeting|party|home|flat|town|country|"
        r"online|available|in the office|on call|at (?:the|my)|back|dinner|festival|event|"
        r"wedding|till|until)\b",
    ),
    # Things that read as goodbyes only when the conversation is already dark.
    cue(
        S.FAREWELL,
        r"\b(?P<v>tell (?:my |them |everyone |her |him |all |the )?(?:\w+ )?(?:that )?i "
        r"(?:love|loved|always loved|am sorry|'m sorry|was sorry|'m so sorry|am so sorry)"
        r"(?: (?:her|him|them|you|everyone|all|each other))?)(?=\s*(?:[.!?,;]|$|and|for|"
        r"goodbye|bye|forever|x+))",
        NEG,
        not_in=r"\b(?:birthday|card|wedding|when you see|next time|party|call|visit|"
        r"christmas|anniversary|on the phone)\b",
    ),
    cue(
        S.FAREWELL,
        r"(?:^|[.!?]\s*|\b(?:so|well|anyway|ok|okay)\s+)(?P<v>(?:goodbye|bye|farewell|so long) "
        r"(?:everyone|all|guys|everybody|y'all|all of you|friends|my friends|world|internet|"
        r"reddit|folks|people))\b",
        NEG,
        not_in=r"\b(?:party|wedding|flight|trip|holiday|vacation|move|moving|job|colleagues|"
        r"coworkers|school|class|students|graduat\w*|weekend|tomorrow|next week|later|soon|"
        r"see you|talk soon|offline|break|signing off|logging off|hello)\b",
    ),
    cue(
        S.FAREWELL,
        r"(?:^|[.!?]\s*|\b(?:and|so)\s+)(?P<v>(?:i'm|i am) (?:so )?sorry for everything|"
        r"(?:please )?forgive me(?: for (?:everything|what i'm about to do|this|what i did))?|"
        r"(?:thank you|thanks|ty) for everything|i love you all|love you all|"
        r"i'll miss you(?: all| guys| everyone)?|i will miss you(?: all| guys| everyone)?|"
        r"it's not your fault|it is not your fault|it's no one's fault|it's nobody's fault|"
        r"this isn't your fault|please don't be sad|don't be sad|don't cry for me|"
        r"remember me|take care of yourselves|take care everyone|i'm sorry mum|i'm sorry mom|"
        r"i'm sorry dad|i'm sorry everyone)(?=\s*(?:[.!?,;]|$|x+\b|<3|❤|💔|goodbye|bye))",
    ),
    cue(
        S.FAREWELL,
        r"\b(?:i|i'll|i will|i'm|i am) (?:\w+ )?(?P<v>(?:won't|will not|wont|not going to) "
        r"be (?:here|around) (?:tomorrow|much longer|anymore|for long|next week|for much longer))\b",
        OTHER,
        not_in=r"\b(?:shift|office|work|school|class|meeting|party|home|flat|town|country|"
        r"online|available|on call|at (?:the|my)|back|dinner|holiday|vacation|trip|away|"
        r"travelling|traveling|busy|leave|off)\b",
    ),
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:wrote|writing|updated|updating|made|making|drew up|drawing up|finished) "
        r"(?:my|a) will)\b",
        level=NONE,
        not_in=r"\b(?:solicitor|lawyer|estate|pension|mortgage|inheritance|probate|"
        r"trust|couple|married|husband and i|wife and i)\b",
    ),
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:giv(?:e|ing)|gave|given) (?:away|out) (?:my|of my|all my) "
        r"(?:\w+ )?(?:clothes|books|plants|furniture))\b",
        level=NONE,
        not_in=r"\b(?:moving|charity|declutter\w*|minimalis\w+|downsiz\w+|old|outgrown)\b",
    ),
)

# --- behaviour: attempts and self-harm -----------------------------------------------------
_PILL_COUNT = (
    r"(?:all|every(?:thing)?|a (?:whole )?(?:bottle|box|packet|pack|handful|bunch|load|"
    r"strip|sheet|blister)|\d{2,}(?! ?(?:mg|ml|mcg|g|milligrams?|micrograms?|iu|units?|%))|"
    r"twenty|thirty|forty|fifty|sixty|a hundred|too many|loads of|lots of|a lot of|"
    r"a handful of|a bunch of|the rest of|handfuls of|a shit ton of|way too many|tons of|"
    r"a fistful of|dozens of|a ton of|double|triple|extra)"
)

BEHAVIOUR: tuple[Cue, ...] = (
    cue(
        S.ATTEMPT,
        r"\b(?P<v>attempt(?:s|ed|ing)?|tri(?:ed|es)|try|trying|fail(?:ed)? at|failed) "
        r"(?:to )?(?:\w+ )?(?:suicide|kill myself|end my (?:own )?life|take my (?:own )?life|"
        r"commit suicide|hang myself|overdose|od|suicide by|drown myself|jump off|"
        r"end it all|off myself|slit my wrists?|unalive myself|die|hang)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:die (?:of|from|laughing)|tried to die my hair|try (?:to )?die "
        r"(?:in|at)|trying to die (?:my|her|his))\b|\bhow (?:not )?to\b",
    ),
    cue(
        S.ATTEMPT,
        r"\b(?:i|i've|i have|i had|and) (?:\w+ )?(?P<v>attempted|made an attempt|made attempts|"
        r"made (?:two|three|several|a few|multiple) attempts)(?=\s*(?:[.!?,;]|$|when|at|in|"
        r"years|months|weeks|before|twice|once|again|last|a few|\d|but|and|as))",
        NEG, OTHER, PAST,
    ),
    cue(
        S.ATTEMPT,
        r"\b(?:my|a|another|the|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last|"
        r"latest|recent|previous|failed|one|two|three|multiple|several|many|survived (?:a|my)|"
        r"after (?:my|a)|since (?:my|a)) (?:\w+ )?(?P<v>suicide attempts?|attempts? "
        r"(?:on my (?:own )?life|to (?:kill myself|end my life|take my (?:own )?life)))\b",
        NEG, PAST, FIRST,
        not_in=r"\b(?:his|her|their|(?:friend|brother|sister|mum|mom|dad|son|daughter)'s)\s+"
        r"(?:\w+ )?suicide attempts?\b",
    ),
    cue(
        S.ATTEMPT,
        r"\b(?:i|i've|i have|i just|just|already|i already) (?:\w+ )?(?P<v>took|taken|swallowed|"
        r"downed|had|necked|ate|popped|chugged) " + _PILL_COUNT + r" (?:of )?(?:my |the |those |"
        r"these |his |her |mum's |mom's |dad's )?(?:\w+ )?@PILLS\b",
        NEG, OTHER, PAST,
    ),
    cue(
        S.ATTEMPT,
        r"\b(?:i|i've|i have|i just|just|i already) (?:\w+ )?(?P<v>overdosed|od'd|oded|od-ed|"
        r"took an overdose|taken an overdose|had an overdose|took an od)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:accidental(?:ly)?|by accident|narcan|naloxone)\b",
    ),
    # "cut myself", "burning my arms", "self-harming again".
    cue(
        S.SELF_HARM,
        r"\b(?P<v>cut(?:s|ting)?|burn(?:s|ed|t|ing)?|hurt(?:s|ing)?|harm(?:s|ed|ing)?|"
        r"scratch(?:es|ed|ing)?|hit(?:s|ting)?|punch(?:es|ed|ing)?|bang(?:s|ed|ing)?|bite|"
        r"biting|bit|bruis(?:e|ed|ing)|carv(?:e|ed|ing)|mutilat(?:e|ed|ing)|injur(?:e|ed|ing)|"
        r"slap(?:s|ped|ping)?|beat(?:s|ing)?|scald(?:s|ed|ing)?|sliced?|slicing|pierc(?:e|ed|ing)|"
        r"stab(?:s|bed|bing)?) @SELF\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:up\b|laughing|playing|at (?:the gym|football|work|training|rugby)|"
        r"lifting|running|skiing|falling|on (?:the|a|my) (?:oven|stove|pan|iron|kettle|door|"
        r"table|corner|edge|bed|glass|paper|car|bike)|with (?:the|a) (?:oven|stove|pan|iron|"
        r"kettle|hot water|knife while|paper)|(?:while|when|by) (?:cooking|shaving|chopping|"
        r"running|playing|lifting|working|falling|accident)|shaving|cooking|chopping|by accident|"
        r"accidentally|for (?:nothing|no reason)|over (?:it|this|that|nothing)|too much about|"
        r"trying|working|financially|by (?:staying|not|keeping|being|trying|going|working|"
        r"eating|drinking))",
        not_before=r"\b(?:could|i could (?:just )?|wanted to)\s+(?=(?:kick|slap|hit)\b)$|"
        r"\b(?:could (?:just )?|gonna |going to )(?=(?:kick|slap)\b)$",
        not_in=r"\b(?:accident(?:ally|al)?|by mistake|slipped|tripped|fell (?:over|down|off)|"
        r"shaving|cooking|chopping)\b",
    ),
    cue(
        S.SELF_HARM,
        r"\b(?P<v>cut(?:s|ting)?|burn(?:s|ed|t|ing)?|carv(?:e|ed|ing)|slash(?:ed|ing)?|"
        r"slic(?:e|ed|ing)|scratch(?:ed|ing)? (?:at )?|stab(?:bed|bing)?|scald(?:ed|ing)?) "
        r"(?:up |open |into )?(?:my (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|stomach|body|"
        r"hips?|forearms?|chest|belly|tummy|ankles?|calves|shoulders?|breasts?))\b",
        NEG, OTHER, PAST,
        not_in=_ACCIDENT + r"|\b(?:tattoo|surgery|operation|sunburn|sunburnt|sun|shaving|"
        r"wax(?:ing)?|eczema|itch(?:y|ing)?|rash|mosquito|bites?|hair)\b",
    ),
    cue(
        S.SELF_HARM,
        r"\b(?P<v>self[ -]?harm(?:ing|ed|s)?|self[ -]?injur(?:y|ing|ed|e|ious)|"
        r"self[ -]?mutilat(?:ion|ing|e|ed)|self[ -]?inflicted|self[ -]?destructive "
        r"(?:behaviou?rs?|urges?)|non[ -]?suicidal self[ -]?injury|nssi)\b",
        NEG, OTHER, PAST, FIRST,
        not_in=_ABOUT_OTHERS + r"|\b(?:my (?:friend|sister|brother|son|daughter|student|"
        r"client|patient|partner|girlfriend|boyfriend|child|kid)|(?:she|he|they) "
        r"(?:is|was|has been|have been|'s been)|(?:his|her|their) self[ -]?harm)\b",
    ),
    cue(
        S.SELF_HARM,
        r"\b(?:relaps(?:e|ed|ing)|urges?|urge|tempted|craving|want|wanted|need|needing|itching) "
        r"(?:on |into |with |back into |to )?(?:\w+ )?(?P<v>sh|cutting|cut|self[ -]?harm(?:ing)?|"
        r"burning|hurt myself|harm myself|burn myself|cut myself|cut again)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:cut (?:back|down|out|off|the|my hair|ties|carbs|sugar|costs|class|school|"
        r"corners|it out|him off|her off|them off|people off)|hair ?cut|cutting (?:back|down|"
        r"out|off|carbs|costs|edge|board|ties|class|school|corners))\b",
    ),
    cue(
        S.SELF_HARM,
        r"\b(?P<v>sh|cutting|self[ -]?harm(?:ing)?|burning myself) (?:again|urges?|relapse|"
        r"scars?|wounds?|cuts?|is back|started again|has gotten worse|got worse|"
        r"every (?:day|night))\b",
        NEG, PAST,
        not_in=r"\bcutting (?:back|down|out|off|again on|costs|carbs)\b",
    ),
    cue(
        S.SELF_HARM,
        r"\b(?:i|i've|i have|been|i've been|started|start|keep|kept|still|i'm|i am|began|"
        r"back to|go back to|went back to|can't stop|cannot stop|couldn't stop|"
        r"want to stop|trying to stop|try to stop) (?:\w+ )?(?P<v>cutting|burning myself|"
        r"self[ -]?harming|hurting myself|harming myself|scratching myself|hitting myself|"
        r"punching myself|starving myself|picking my skin|pulling my hair out)"
        r"(?=\s*(?:[.!?,;]|$|again|and|but|every|when|to|on|because|since|for|at|so|"
        r"myself|my|lately|recently|more))",
        NEG, OTHER, PAST,
        not_in=r"\bcutting (?:back|down|out|off|it|costs|carbs|class|corners|ties|hair|"
        r"the|my hair|wood|paper|vegetables|grass|onions)\b",
    ),
    cue(
        S.SELF_HARM,
        r"\b(?:(?:^|[.!?,]\s*|\b(?:so|and|then|just|finally)\s+)i|i've|i have|i just|i had to|"
        r"i ended up|i did) (?P<v>cut|cut again|self[ -]?harmed|cut deep(?:er)?)(?=\s*(?:[.!?,;]|$|"
        r"again|tonight|today|last night|this (?:morning|evening)|deep|deeper|twice|"
        r"[\U0001F300-\U0001FAFF]))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:hair|line|class|queue|ties|him off|her off|them off|back|down|costs|"
        r"budget|grass|lawn|wood|tree|bread|cake|onion)\b",
    ),
    cue(
        S.SELF_HARM,
        r"\b(?P<v>(?:fresh|new|deep|open|bleeding|infected) (?:cuts|wounds|burns|gashes) "
        r"on my (?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?))\b",
        NEG, PAST,
    ),
    cue(
        S.SELF_HARM,
        r"\b(?P<v>starv(?:e|ing|ed) myself|not eating (?:on purpose|to punish)|"
        r"punish(?:ing)? myself by (?:not eating|starving|cutting|hurting))\b",
        NEG, OTHER, PAST,
        level=CONCERN,
    ),
    cue(
        S.PAST_RISK,
        r"\b(?P<v>(?:my |old |the )?(?:self[ -]?harm|sh|cutting|suicide attempt|old) scars?|"
        r"(?:since|after) (?:i|i've|i have|i last|the last time i) (?:\w+ )?"
        r"(?:cut|self[ -]?harmed|hurt myself|attempted|tried to kill myself)|"
        r"(?:stopped|quit|gave up|managed to stop) (?:cutting|self[ -]?harming|hurting myself)|"
        r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many) "
        r"(?:days?|weeks?|months?|years?) (?:clean|free|sober) (?:from|of) "
        r"(?:self[ -]?harm|sh|cutting))\b",
        NEG, FIRST,
    ),
    cue(
        S.URGED_BY_OTHERS,
        r"\b(?:told|tells|telling|tell|said|says|want|wants|wanted|urged|urging|encouraged|"
        r"keep telling|kept telling) me (?:that i should |i should |to )?(?P<v>kill myself|"
        r"die|go die|kill yourself|end it|end my life|drop dead|hang myself|off myself)\b",
        PAST, FIRST,
        not_in=r"\b(?:told me (?:not|never) to|tell me (?:not|never) to)\b",
    ),
    cue(
        S.URGED_BY_OTHERS,
        r"(?:^|[.!?]\s*|\b(?:you|u|just|should|go|pls|please|fucking)\s+)(?P<v>kill yourself)\b",
        level=CONCERN,
        not_in=r"\b(?:want to kill yourself|wanting to kill yourself|if you|when you|"
        r"make you want to|tempted to|thought about|thinking about|would you ever|"
        r"don't|never)\b",
    ),
    cue(
        S.SUICIDE_TALK,
        r"\b(?:want to|wanting to|wanted to|thought about|thinking about|think about|"
        r"make you want to|tempted to) (?P<v>kill yourself|end your (?:own )?life|"
        r"take your (?:own )?life)\b",
        NEG, PAST,
        not_in=r"\b(?:he|she|they|my friend|someone|anyone)\b",
    ),
)

# --- questions about means -------------------------------------------------------------------
MEANS: tuple[Cue, ...] = (
    cue(
        S.MEANS_QUESTION,
        r"\b(?P<v>(?:tallest|highest|biggest|largest|deepest|closest|nearest|busiest|steepest|"
        r"tall(?:est)?|high(?:est)?) (?:\w+ )?@HIGH_PLACES)\b",
        not_in=r"\b(?:visit|visiting|tour|tourist|view|views|photo|photos|picture|pictures|"
        r"selfie|architecture|engineer\w*|built|building (?:permit|regs|regulations|control)|"
        r"world's|in the world|history|fact|quiz|trivia|record)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\bhow (?P<v>high|tall|far (?:down|up)|deep|far) (?:is|are|was|does|do|would|will|up|"
        r"down|off) (?:\w+ ){0,4}?(?:@HIGH_PLACES|fall|drop|jump|the water|the river|the lake)\b",
        not_in=r"\b(?:visit|tour|view|photo|picture|architecture|engineer\w*|kids?|swim\w*|"
        r"dive|diving|paddle|kayak|fish\w*|boat\w*|pool|bungee|parachut\w*|skydiv\w*)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\bhow (?:high|far|long) (?:do you|does one|would i|would you|would someone|"
        r"does someone|do i|would it take to|does it take to|does a person|would a person|"
        r"do people) (?:have to |need to )?(?P<v>fall|jump|drop)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\bhow (?:many|much) (?:\w+ ){0,3}?(?P<v>@PILLS)(?: \w+){0,4}? (?:can|could|should|would|"
        r"does|do|is|are|will|to|before|until|would it take|does it take|is too|is safe|"
        r"is dangerous)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\b(?:max(?:imum)?|toxic|safe|highest|dangerous|most) (?P<v>dose|dosage|amount) "
        r"(?:of |for )(?:\w+ )?(?:@PILLS)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\b(?:where|how) (?:can|could|do|would|to|should|might) (?:i |you |one |someone |a person )?"
        r"(?P<v>buy|get|find|obtain|order|purchase|get hold of|get my hands on|acquire|source|"
        r"steal) (?:a |an |some |the |enough |more |lots of )?(?:\w+ )?(?:@LETHAL_MEANS)\b"
        r"(?! (?:safe|holster|license|licence|permit|range|course|class|lesson|case|lock|cabinet))",
        not_in=r"\b(?:prescription|pharmacy|chemist|gp|doctor|refill|repeat|insurance|"
        r"cheaper|cheap|coupon|generic|nhs|cost|price|afford)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\bhow (?:deep|cold|fast|strong) (?:is|are) the (?P<v>river|lake|sea|water|canal|"
        r"reservoir|current|tide)\b",
        not_in=r"\b(?:swim\w*|dive|diving|paddle|kayak|fish\w*|boat\w*|sail\w*|surf\w*)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\bwhat (?:happens|would happen|will happen) (?:to (?:you|me|someone) )?(?:if|when) "
        r"(?:i|you|someone|a person) (?P<v>take|took|swallow|swallowed|drink|drank|overdose|"
        r"jump|jumped|mix|mixed) (?:\w+ ){0,3}?(?:@PILLS|bleach|antifreeze|off|from|too many|"
        r"all)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\b(?:can|could|will|would) (?:you|i|one|someone|a person) (?P<v>overdose|od|die) "
        r"(?:on|from|of) (?:\w+ ){0,2}?(?:@PILLS)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\b(?:when|what time|how often) (?:does|do|is|are) (?:the )?(?:next |last )?"
        r"(?P<v>trains?|express|freight trains?) (?:\w+ ){0,3}?(?:pass|come through|go through|"
        r"run through|go past|come past)\b",
    ),
    cue(
        S.LETHALITY_QUESTION,
        r"\b(?P<v>(?:lethal|fatal|deadly|killing|overdose|od|fatal overdose) (?:dose|amount|"
        r"quantity|level|doses|amounts))\b",
        not_in=r"\b(?:dog|dogs|cat|cats|pet|pets|horse|child|toddler|baby|kids?|vet|chocolate|"
        r"grapes?|xylitol|caffeine|radiation|naloxone|narcan)\b",
    ),
    cue(
        S.LETHALITY_QUESTION,
        r"\b(?:enough|how many|how much|what amount)\b[^.!?]{0,40}?\b(?:to|would|will|could|can) "
        r"(?:\w+ )?(?P<v>kill (?:me|you|someone|a person|myself|a human|an adult)|be (?:fatal|lethal|"
        r"deadly)|stop (?:my|your|a|someone's) heart|make me die|end it|end my life|od|overdose)\b",
        not_in=r"\b(?:dog|dogs|cat|cats|pet|pets|horse|vet|chocolate|grapes?|xylitol|"
        r"radiation|game|enemy|boss|zombie|mob)\b",
    ),
    cue(
        S.LETHALITY_QUESTION,
        r"\b(?:painless|quick|quickest|easiest|easy|fastest|best|surest|peaceful|"
        r"least painful|most effective|reliable|clean|simple|fast|certain|foolproof|"
        r"most painless|most peaceful|quiet|good|effective|successful) "
        r"(?P<v>(?:way|ways|method|methods|means|place|places|spot|spots) (?:to|of|for) "
        r"(?:die|dying|go|end (?:it|it all|things|my life|your life|one's life)|kill (?:myself|"
        r"yourself|oneself)|commit suicide|suicide|overdose|od|unalive))\b",
        not_in=r"\b(?:game|character|plant|weeds?|bugs?|mice|rats?|pests?|lobster|fish|"
        r"chicken|bees?|wasps?|spiders?|flies|mosquito\w*|ants?|moths?)\b",
    ),
    cue(
        S.LETHALITY_QUESTION,
        r"\bhow long (?:does it|would it|will it|can you|does one|can a person|do you|"
        r"would i|does a person|until you|till you) (?:take (?:to |for (?:you |someone |a person )"
        r"(?:to )?)?)?(?P<v>die|drown|bleed out|bleed to death|suffocate|freeze to death|"
        r"go unconscious|pass out from|lose consciousness|hang|asphyxiate|choke)\b",
        not_in=r"\b(?:plant|plants|fish|battery|phone|cells?|hair|tree|grass|bacteria|"
        r"virus|germs|lobster|crab|dog|cat|pet|goldfish|hamster)\b",
    ),
    cue(
        S.LETHALITY_QUESTION,
        r"\bhow (?:to|do (?:you|i)|can (?:you|i)|would (?:you|i)) (?P<v>tie a noose|make a noose|"
        r"tie a hangman'?s? (?:knot|noose)|hang (?:yourself|myself|someone)|make an exit bag|"
        r"slit (?:your|my) wrists?|bleed out|overdose|od)\b",
    ),
    cue(
        S.LETHALITY_QUESTION,
        r"\b(?:does|would|will|is|do) (?:\w+ ){0,2}?(?P<v>hanging|drowning|jumping|overdosing|"
        r"bleeding out|slitting|an overdose|suffocation|carbon monoxide|a gunshot|being shot|"
        r"getting shot|suspension hanging|od'?ing|shooting yourself|cutting your wrists?) "
        r"(?:\w+ )?(?:hurt|painful|quick|painless|instant|work|feel like|take long|fatal|lethal|"
        r"deadly|kill)\b",
        not_in=r"\b(?:game|film|movie|character|history|historical|execution|medieval)\b",
    ),
    cue(
        S.LETHALITY_QUESTION,
        r"\b(?:can|could|would|will|does|do|is) (?:\w+ ){0,4}?(?:@PILLS|bleach|antifreeze) "
        r"(?:\w+ ){0,4}?(?P<v>kill (?:me|you|someone|a person)|be (?:fatal|lethal|deadly)|"
        r"make (?:me|you|someone) die)\b",
        not_in=r"\b(?:dog|dogs|cat|cats|pet|pets|horse|vet|kids?|child|children|toddler)\b",
    ),
)

# --- other people: harming them, being harmed by them, joining the dead ------------------------
_HARM_VERB = (
    r"(?:kill(?:ing)?|murder(?:ing)?|hurt(?:ing)?|stab(?:bing)?|shoot(?:ing)?|"
    r"strangl(?:e|ing)|chok(?:e|ing)|beat(?:ing)?(?= (?:\S+ ){1,3}?(?:up|to death|senseless|"
    r"black and blue|half to death|to a pulp|the shit|the crap))|punch(?:ing)?|attack(?:ing)?|"
    r"harm(?:ing)?|poison(?:ing)?|run(?:ning)? over|smash(?:ing)?(?= (?:\S+ ){0,2}?(?:face|"
    r"head|skull))|bash(?:ing)?|slit(?:ting)?|burn(?:ing)?|strangle|suffocat(?:e|ing)|"
    r"drown(?:ing)?|torture|torturing|maim|cripple|break(?:ing)?(?= (?:\S+ ){0,2}?(?:neck|legs|"
    r"face|jaw|nose|arms|bones)))"
)
_HARM_NOT_AFTER = (
    r"\s*(?:feelings|chances|reputation|career|pride|business|ego|image|score|record|case|"
    r"with kindness|in (?:a |the )?(?:game|match|race|debate|argument|chess|fortnite|"
    r"call of duty|minecraft)|at (?:chess|checkers|cards|poker|pool|darts|tennis|golf|"
    r"fifa|this game|the game|mario kart)|(?:\w+ )?(?:off|out) (?:of )?(?:the|my|this) "
    r"(?:team|list|group|will)|lol|haha|lmao|xd|if (?:she|he|they|you) (?:finds? out|"
    r"eats?|drinks?|takes?|touches|uses|borrows|breaks|forgets|is late)|for (?:eating|"
    r"drinking|taking|using|borrowing|breaking|forgetting|being late|losing|spoiling|not))"
)
_SPEAKER_INTENT = (
    r"\b(?:i|i'm|i am|i'll|i will|i've|i have|we|we're|we'll) (?:\w+ ){0,3}?"
)

OTHERS: tuple[Cue, ...] = (
    cue(
        S.HARM_OTHERS,
        _SPEAKER_INTENT + r"(?P<v>going to|gonna|will|'ll|plan(?:ning)? to|plan on|planning on|"
        r"about to|intend to|have to|need to|decided to|ready to|must|shall|promise to|"
        r"swear to god i'll|swear i'll|seriously going to|actually going to) "
        r"(?:\w+ )?" + _HARM_VERB + r" (?:@VICTIM)",
        NEG, PAST, FICTION,
        not_after=_HARM_NOT_AFTER,
        not_in=r"\b(?:if (?:someone|anyone|somebody|they|he|she|a (?:burglar|intruder|person|"
        r"man|guy)) (?:breaks?|broke|came|comes|attacks?|tries|tried|threatens?)|self[ -]?"
        r"defen[cs]e|intruder|burglar|home invader|home invasion|kill (?:\w+ )?time|"
        r"hurt (?:his|her|their) feelings)\b",
    ),
    cue(
        S.HOSTILE_WISH,
        _SPEAKER_INTENT + r"(?P<v>want to|wanna|wanted to|thinking (?:about|of)|thought about|"
        r"fantasi[sz]e about|fantasi[sz]ing about|dream(?:ing)? (?:about|of)|could|would|'d|"
        r"might|should|tempted to|feel like|felt like|wish i could|have urges to|get urges to|"
        r"have thoughts (?:of|about)|keep thinking about) (?:\w+ )?" + _HARM_VERB + r" (?:@VICTIM)",
        NEG, PAST, FICTION,
        not_after=_HARM_NOT_AFTER,
        not_in=r"\b(?:if (?:someone|anyone|somebody|they|he|she|a (?:burglar|intruder|person|"
        r"man|guy)) (?:breaks?|broke|came|comes|attacks?|tries|tried|threatens?)|self[ -]?"
        r"defen[cs]e|intruder|burglar|home invader|home invasion|kill (?:\w+ )?time|"
        r"(?:don't|never|wouldn't) want to hurt|hurt (?:his|her|their) feelings|afraid of hurting|"
        r"scared of hurting|worried about hurting|without hurting)\b",
    ),
    cue(
        S.HARM_OTHERS,
        r"\b(?:i|i'm|i am|i'll|i will|going to|gonna|want to|wanna|thinking (?:about|of)|"
        r"plan(?:ning)? to) (?:\w+ )?(?P<v>shoot(?:ing)? up|bomb(?:ing)?|blow(?:ing)? up|"
        r"burn(?:ing)? down|shoot(?:ing)? everyone (?:at|in)|kill(?:ing)? everyone (?:at|in)|"
        r"attack(?:ing)?) (?:the |my |a |this |that |our )?(?:\w+ )?(?:school|office|workplace|"
        r"work|mall|church|mosque|synagogue|class|classroom|college|uni|university|campus|"
        r"house|building|station|gym|party|concert|hospital|factory)\b",
        NEG, PAST, FICTION,
        not_in=r"\b(?:game|minecraft|fortnite|party with|the dance floor|presentation|exam|"
        r"interview|balloons?|tyres?|tires?|airbed|mattress|photos? up)\b",
    ),
    cue(
        S.HARM_OTHERS,
        r"\b(?:i|i've|i have|i just|and i) (?:\w+ )?(?P<v>hit|punched|slapped|choked|strangled|"
        r"beat up|kicked|shoved|pushed|smacked|threw (?:\w+ )?at|stabbed|attacked|burned|"
        r"hurt) (?:my )?(?:wife|husband|partner|girlfriend|boyfriend|gf|bf|kids?|son|daughter|"
        r"child|children|baby|toddler|mum|mom|mother|dad|father|little (?:brother|sister)|"
        r"him|her)\b(?! (?:back|feelings|chances|with (?:a|the) (?:ball|car|door)|in (?:self|"
        r"defen)))",
        NEG, PAST, FICTION,
        level=CONCERN,
        not_in=r"\b(?:accident(?:ally|al)?|by mistake|self[ -]?defen[cs]e|ball|game|"
        r"snowball|pillow|play fight|tickl\w+|feelings|emotionally|hurt (?:him|her) by|"
        r"hurt (?:him|her) when i (?:said|told|left|broke)|lied|cheated|ghosted)\b",
    ),
    cue(
        M.SERIOUS,
        r"\b(?P<v>i mean it|i'm (?:not joking|serious|dead serious|deadly serious|not kidding)|"
        r"i am (?:not joking|serious|not kidding)|not (?:even )?(?:joking|kidding)|for real|"
        r"i swear(?: to god)?|seriously|i've thought about how|i have thought about how|"
        r"know where (?:he|she|they) lives?|this isn't a joke|this is not a joke|no joke|"
        r"i've planned|i have planned|i've got a (?:knife|gun|weapon)|i have a (?:knife|gun|"
        r"weapon))\b",
    ),
    # Abuse: another person hurting the speaker (or their children).
    cue(
        S.ABUSE,
        r"\b(?:@ABUSER|he|she|they|\w+) (?:\w+ ){0,2}?(?P<v>hit(?:s|ting)?|beat(?:s|ing|en)?|"
        r"punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|chok(?:e|es|ed|ing)|"
        r"strangl(?:e|es|ed|ing)|shov(?:e|es|ed|ing)|smack(?:s|ed|ing)?|bit|bites|"
        r"burn(?:s|ed|t)|abus(?:e|es|ed|ing)|rap(?:e|es|ed|ing)|molest(?:s|ed|ing)?|"
        r"sexually (?:abus(?:e|es|ed|ing)|assault(?:s|ed|ing)?)|assault(?:s|ed|ing)?|"
        r"batter(?:s|ed|ing)?|whip(?:s|ped|ping)?|spit(?:s)? on|spat on|drag(?:s|ged|ging)?|"
        r"throttl(?:e|es|ed|ing)|pin(?:s|ned) (?:me|us) down|beat(?:s|ing)? up) "
        r"(?P<o>me|us|my (?:kids|son|daughter|children|child|baby|mum|mom|mother|sister|"
        r"brother|little \w+|younger \w+))\b",
        NEG, PERSON, PAST, FICTION,
        not_after=r"\s*(?:up\b(?! (?:and|badly|really|so|bad|every|again|when|if|because|"
        r"for))|hard\b|like a (?:ton|truck|brick|train)|at (?:chess|checkers|cards|poker|pool|"
        r"darts|tennis|golf|\w+ball|games?|fifa|mario|everything|sports?|running|the race)|"
        r"in (?:a|the) (?:game|race|match|argument|debate|election|final)|to (?:it|the punch|"
        r"the finish)|with (?:the|this|that) (?:news|realisation|realization|fact|truth)|"
        r"(?:that|how|when i realised|all at once|all of a sudden)\b|where it hurts|"
        r"(?:the|a|with) (?:idea|thought|feeling))",
        not_in=r"\b(?:it hit me|reality hit|realisation hit|realization hit|hit me up|"
        r"beats me|it beats|the news|the thought|the feeling|(?:song|lyric|line|quote|"
        r"scene|film|book) (?:hit|hits|hurt)|hurts? me (?:to (?:see|hear|know|say|think|watch))|"
        r"hurt (?:my )?feelings|hurt me emotionally|hurts me (?:when|that) (?:he|she|they) "
        r"(?:ignores?|says?|doesn't|don't|forgets?|leaves?|talks?|lies?|cheats?))\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?:@ABUSER|he|she|they|\w+) (?:\w+ ){0,2}?(?P<v>hurts?|hurting|hurt|forc(?:e|es|ed|ing)) "
        r"(?:me|us)(?: (?:physically|sexually|badly|again|when|if|every|all the time|"
        r"and|to have sex|into sex|on me)|\s*(?:[.!?]|$))",
        NEG, PERSON, PAST, FICTION,
        not_in=r"\b(?:it hurts|that hurts|this hurts|hurts? (?:my )?feelings|emotionally|"
        r"hurt me (?:by|with (?:his|her|their) words)|(?:song|lyric|line|quote|scene|film|"
        r"book|words?|comment|comments|remark|silence|ignor\w+) (?:hurt|hurts)|forced me to "
        r"(?:work|go|study|come|move|sell|pay|quit|leave|stay|take)|forced (?:me|us) out)\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?P<v>(?:threatened|threatens|threatening|threaten|said|says|told me|swore|swears|"
        r"keeps? saying|kept saying|would|will|'ll|is going to|'s going to|is gonna|'s gonna|"
        r"tried to|tries to|trying to|wants to|attempted to) (?:that )?(?:he|she|they|he'd|"
        r"she'd|he'll|she'll|they'll|they'd|he would|she would|he will|she will|he is going to|"
        r"she is going to|he's going to|she's going to|to)?\s*(?:\w+ )?(?:kill|hurt|hit|beat|stab|"
        r"shoot|strangle|choke|burn|rape|kidnap|take the kids from|beat up|murder|break) "
        r"(?:me|us|my (?:kids|son|daughter|children|child|baby|mum|mom)))\b",
        NEG, PERSON, PAST, FICTION,
        not_after=r"\s*(?:when (?:he|she|they|i) (?:finds? out|sees?|hears?|learns?|notices?|"
        r"realises?|realizes?|knows?|gets? (?:the|my|home and sees))|if (?:he|she|they) "
        r"(?:finds? out|sees?|hears?|knew|knows|notices?|learns?)|for (?:this|that|breaking|"
        r"losing|forgetting|being late|not|eating|spending|telling)|lol|haha|lmao|with "
        r"(?:kindness|love|laughter))",
        not_in=r"\b(?:sue|evict|fire|report|call the police|call the cops|dump|leave me|"
        r"divorce|kill me with (?:kindness|love)|kill me lol|haha|lol|lmao|"
        r"my (?:mum|mom|mother|dad|father|parents|boss|teacher|wife|husband) (?:is going to|will|"
        r"'ll|'s going to|is gonna|'s gonna|would) kill me(?! (?:if i (?:leave|tell|go)|"
        r"with|in my sleep)))\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?:i'm|i am|i feel|feel|feeling|i get|i'm so|i am so|i'm really|always|i'm too|"
        r"i'm always|i've been) (?:so |really |too |very |always |terribly )?(?:scared|afraid|"
        r"frightened|terrified|fearful|petrified) (?P<v>(?:to (?:go|be|come|get) (?:back )?home|"
        r"of (?:going|coming|getting) (?:back )?home|to be (?:alone )?(?:with|around|near) "
        r"(?:him|her|them|my \w+)|(?:that )?(?:he|she|they)(?:'ll| will| might| is going to|"
        r"'s going to| would|'d) (?:\w+ )?(?:hurt|kill|hit|beat|rape|attack|find) me|"
        r"for my (?:life|safety|kids'? safety|children's safety)))\b",
        NEG, OTHER,
    ),
    cue(
        S.ABUSE,
        r"\b(?:i'm|i am|i feel|feel|feeling|i get|i'm so|i'm really|i've always been|i've been) "
        r"(?:so |really |too |very |always |absolutely )?(?:scared|afraid|frightened|terrified|"
        r"petrified) of (?P<v>(?:him|her|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|"
        r"dad|father|stepdad|stepfather|mum|mom|mother|stepmom|stepmum|stepmother|ex|brother|"
        r"uncle|parents|fiance|fiancee|son)))\b(?!'s| \w+ing| (?:reaction|response|opinion|"
        r"judg\w*|disappoint\w*|anger is|feelings|thoughts|side|family|friends?|words|"
        r"rejection|approval|answer|decision|health|illness|death|dying|condition|diagnosis|"
        r"cancer|leaving|finding|knowing|seeing)\b)",
        NEG, OTHER, PAST,
        not_in=r"\b(?:losing|lose|leaving|leave|disappointing|disappoint|upsetting|hurting|"
        r"telling|tell|asking|ask|worried about|for (?:him|her)|dying|dead|died|ill|sick|"
        r"cancer|hospital|diagnosis|dementia|spider|dog|horror)\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?P<v>(?:not|don't feel|do not feel|never feel|doesn't feel|does not feel|isn't|"
        r"is not|no longer feel|never felt|am not|i'm not|don't|do not) (?:\w+ )?safe (?:at home|"
        r"in my (?:own )?(?:home|house|room|flat|apartment|bed)|with (?:him|her|them|my \w+)|"
        r"around (?:him|her|them|my \w+)|(?:to )?go(?:ing)? (?:back )?home|there|living with|"
        r"to go back))\b",
        PAST,
        not_in=r"\b(?:neighbou?rhood|area|city|street|streets|wifi|password|online|website|"
        r"data|food|water|drive|driving|roads?|bridge|building (?:is|isn't)|structurally|"
        r"covid|virus|mask|vaccin\w*)\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?P<v>(?:my )?(?:home|house|flat|apartment|place) (?:isn't|is not|doesn't feel|"
        r"does not feel|never feels|is no longer) safe)\b",
        PAST, FIRST,
        not_in=r"\b(?:structurally|damp|mould|mold|gas|electrics|wiring|fire|roof|"
        r"burglar\w*|break[ -]?ins?|neighbou?rhood|area)\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?:i'm|i am|i've been|i have been|i was|i got|i get|being|been|i keep getting|"
        r"i've|i) (?:\w+ )?(?P<v>abused|raped|molested|sexually assaulted|assaulted|strangled|"
        r"choked|battered|groomed|trafficked|beaten up|beaten|hit|punched|kicked|slapped|"
        r"threatened|stalked|hurt|attacked)(?: (?:again|by (?:him|her|them|my \w+)|at home|"
        r"every|daily|regularly|when|if|and|as a (?:kid|child)|for years|last night|"
        r"yesterday|repeatedly)|\s*(?:[.!?,]|$))",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:by (?:a|an|the) (?:car|bus|ball|truck|van|bike|cyclist|wave|"
        r"lorry|train|taxi|drunk driver|bee|wasp|virus|flu|storm|tree|branch|door|bug)|"
        r"with (?:a|the) (?:ball|bill|fine|virus|flu|cold)|hard by|the hardest)",
        not_in=r"\b(?:ball|car|bus|truck|lorry|van|bike|cyclist|traffic|wave|hit (?:a|the) "
        r"(?:wall|jackpot|gym|road|target|button|ground|books|sack|hay|deadline|milestone|limit)|"
        r"hit (?:my|rock) (?:head|knee|limit|bottom|goal|target)|"
        r"emotionally|feelings|game|match|attacked by (?:a|the) (?:dog|bee|wasp|bird|seagull|"
        r"swan|cat|goose)|panic|anxiety|migraine|asthma|heart)\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?:my|i'm in an?|i am in an?|i live (?:in|with) an?|i'm stuck in an?|"
        r"i'm living with an?|stuck (?:in|with) an?|trapped (?:in|with) an?|i have an?|"
        r"living with my|live with my) (?:\w+ )?(?P<v>(?:abusive|violent|physically abusive|"
        r"sexually abusive|controlling and abusive|emotionally abusive) (?:\w+ )?(?:relationship|"
        r"partner|husband|wife|boyfriend|girlfriend|household|home|marriage|dad|father|mum|"
        r"mom|mother|parents|family|ex|stepdad|stepfather|stepmom|stepmother|brother|"
        r"sister|bf|gf|fiance|fiancee|situation))\b",
        NEG, PAST,
    ),
    cue(
        S.ABUSE,
        r"\b(?:@ABUSER|he|she|they) (?:is|are|'s|'re|gets|get|becomes|can be|has been|have been|"
        r"'s been) (?:\w+ )?(?P<v>(?:physically |sexually )?(?:abusive|violent))"
        r"(?: (?:to|towards|with) (?:me|us|my \w+)|\s*(?:[.!?,]|$| when| and| again| every))",
        NEG, PERSON, PAST, FIRST,
        not_in=r"\b(?:video ?games?|films?|movies?|shows?|music|lyrics|protest|crowd|"
        r"neighbourhood|neighborhood|area|city|country|crime|news|dog|cat|storm|weather)\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?P<v>(?:victim|survivor) of (?:domestic (?:violence|abuse)|abuse|rape|sexual "
        r"(?:assault|abuse)|child (?:abuse|sexual abuse))|domestic (?:violence|abuse) "
        r"(?:at home|from (?:him|her|my \w+)|in my)|(?:experiencing|suffering|going through|"
        r"living with|living in) (?:domestic )?(?:violence|abuse))\b",
        NEG, PAST, FIRST,
        not_in=r"\b(?:work (?:with|in|for)|volunteer\w*|charity|services|shelter staff|"
        r"training|course|my (?:client|patient|student)s?|policy|funding)\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?:@ABUSER|he|she|they) (?:\w+ )?(?P<v>(?:won't|doesn't|does not|will not|never) let "
        r"(?:me|us) (?:leave|go out|out of the house|see my (?:friends|family|mum|mom|parents)|"
        r"have (?:my own )?(?:money|a phone|my phone|any money|the car keys)|talk to anyone)|"
        r"lock(?:s|ed)? (?:me|us) (?:in|out|up)|took my phone (?:away )?so|controls? "
        r"(?:all )?(?:my|our) (?:money|finances|phone|every move))\b",
        NEG, PERSON, PAST,
        level=CONCERN,
        not_in=r"\b(?:landlord|bank|work|school|lock(?:ed|s)? (?:me|us) out of (?:my|the|our) "
        r"(?:account|computer|phone)|by accident|accidentally)\b",
    ),
    # Grief: wishing to join someone who has died.
    cue(
        S.REUNION,
        r"\b(?:@WANT|going|ready|longing|waiting|i'll|i will|soon i'll|i'm going) (?:to )?(?:\w+ )?"
        r"(?P<v>(?:be with|join|see|hold|hug|meet|go to|follow|be reunited with|reunite with) "
        r"(?:him|her|them|you|my (?:late |dead |deceased |lost |darling |beloved |sweet )?"
        r"@LOVED))(?: again)? (?:in heaven|up there|on the other side|in the afterlife|"
        r"in the next life|in the sky|wherever (?:he|she|they)(?:'s| is|'re| are| went)|"
        r"where (?:he|she|they)(?:'s| is|'re| are|'ve gone| went)|in death|beyond the grave|"
        r"in the ground|in paradise|with god|with the angels|among the stars)\b",
        NEG, OTHER,
    ),
    cue(
        S.REUNION,
        r"\b(?:@WANT|going|ready|longing|waiting|can't wait|i'll|soon i'll|i'm going|i will) "
        r"(?:to )?(?:just )?(?P<v>join my (?:late |dead |deceased |lost |darling |beloved )?"
        r"@LOVED)(?: (?:again|soon|now|already|forever))?(?=\s*(?:[.!?,;]|$|and\b|so\b|"
        r"because|i\b|x+\b|❤|💔|<3))",
        NEG, OTHER,
    ),
    cue(
        S.REUNION_AMBIGUOUS,
        r"\b(?:@WANT|going|ready|longing|waiting|can't wait|i'll|soon i'll|i'm going|i will|"
        r"i'm coming|coming|i just want|all i want is) (?:to )?(?:just )?(?P<v>(?:be with|join|"
        r"see|hold|hug|go to|follow|be reunited with|reunite with|be next to|lie next to) "
        r"(?:him|her|them|you|my (?:\w+ )?@LOVED))(?: (?:again|soon|now|once more|forever|"
        r"one more time)|(?=\s*(?:[.!?,;]|$|and\b|so\b|i\b|x+\b|❤|💔|<3)))",
        NEG, OTHER,
        not_in=r"\b(?:this weekend|next week|at christmas|for dinner|for lunch|on holiday|"
        r"at the airport|in (?:spain|france|london|the us|america|australia|canada)|"
        r"visit|visiting|flight|move in|moving in|date|get back together|back together|"
        r"make up|apolog\w+|text|call|ring)\b",
    ),
    cue(
        S.REUNION,
        r"\b(?P<v>(?:i'll|i will|i'm going to|i am going to|i'm coming to|i am coming to|"
        r"i'm coming|coming) (?:be with|see|join|hold) (?:you|him|her|them) (?:soon|shortly|"
        r"tonight|again soon|very soon)),? (?:mum|mom|dad|mummy|mommy|daddy|my love|"
        r"my darling|my angel|babe|baby|sweetheart|gran|nan|grandma|grandad|my boy|my girl)\b",
        NEG,
    ),
)

# --- modifiers ---------------------------------------------------------------------------
MODIFIERS: tuple[Cue, ...] = (
    cue(M.TIMEFRAME, r"\b(?P<v>@TIMEFRAME)\b"),
    cue(
        M.MEANS_AT_HAND,
        r"\b(?:i|i've|i have|i've got|i got|i own|have got|i bought|i've bought|i just bought|"
        r"i ordered|i've saved|i saved|i've collected|i collected|i have enough|i found|"
        r"i've found|i keep|there's|there is|sitting here with|holding|in my hand|next to me|"
        r"in front of me|in my (?:pocket|bag|drawer|car))\b[^.!?]{0,20}?\b(?:a |the |some |enough |"
        r"my |all my |all the |plenty of |a bottle of |a box of |a stash of |a bunch of |\d+ |"
        r"loads of |lots of |a |an )?(?:\w+ )?(?P<v>@LETHAL_MEANS)\b",
        not_in=r"\b(?:prescribed|prescription|doctor|gp|psychiatrist|pharmacy|repeat|refill|"
        r"shooting range|range day|hunting|license|licence|permit|collection|safe|holster|"
        r"cleaning kit|for (?:my )?(?:back|pain|headache|migraine|period|cramps|anxiety|"
        r"sleep|allergies|allergy))\b",
    ),
    cue(
        M.MEANS_AT_HAND,
        r"\b(?P<v>(?:stockpil(?:e|ed|ing)|hoard(?:ed|ing)?|sav(?:ed|ing) up|stash(?:ed|ing)?|"
        r"saving|gathering|gathered|accumulat(?:ed|ing)|collect(?:ed|ing)|been saving) "
        r"(?:\w+ ){0,3}?@PILLS)\b",
    ),
    cue(
        M.MEANS_AT_HAND,
        r"\b(?P<v>(?:loaded|cleaned|cocked|load|loading|cleaning) (?:my|the|a) (?:\w+ )?"
        r"(?:gun|rifle|pistol|glock|shotgun|revolver)|(?:standing|sitting|sat|stood|i'm|i am|"
        r"perched|climbing|climbed) (?:\w+ )?(?:on|at|near|by|over|onto) (?:the |a |this )?"
        r"(?:edge|ledge|bridge|roof|rooftop|tracks|cliff|railing|balcony|platform edge|"
        r"train tracks|top of (?:the|a) (?:building|car park|bridge|cliff))|"
        r"(?:rope|noose|belt|cord) (?:is |around |round )?(?:ready|tied|set up|hanging|my neck)|"
        r"car (?:is )?running in the garage|engine running in the garage|"
        r"(?:knife|blade|razor|gun|pills) (?:is |are )?(?:ready|right here|in front of me|"
        r"next to me|in my hand|beside me|on the (?:table|bed|desk)))\b",
        not_in=r"\b(?:hunting|range|cleaning kit|photo|view|sunset|sunrise|picnic|climbing "
        r"(?:wall|gym)|bouldering)\b",
    ),
    cue(
        M.METHOD,
        r"\b(?:with|by|using|via|through|take|taking|swallow(?:ing)?|use|jump(?:ing)? "
        r"(?:off|from|in front of)|hang(?:ing)? from|from) (?:a |an |the |my |some |all (?:my|the|"
        r"of my) |enough )?(?:\w+ )?(?P<v>@LETHAL_MEANS|@HIGH_PLACES|hanging|jumping|overdos(?:e|ing)|"
        r"an od|drowning|carbon monoxide|a train|a bus|traffic)\b",
    ),
    cue(
        M.RECENT,
        r"\b(?P<v>just now|just|an? (?:hour|few minutes|couple of hours|few hours|minute) ago|"
        r"\d+ (?:minutes?|mins?|hours?|hrs?) ago|minutes ago|tonight|right now|earlier today|"
        r"this (?:morning|evening|afternoon)|today|earlier)\b",
    ),
)

# --- context-only evidence: distress and bereavement ------------------------------------------
CONTEXT: tuple[Cue, ...] = (
    cue(
        M.DISTRESS,
        r"\b(?P<v>depressed|depression|hopeless|worthless|useless|miserable|desperate|"
        r"despair|devastated|heartbroken|broken|empty|numb|lonely|alone|isolated|"
        r"overwhelmed|exhausted|suffering|struggling|falling apart|breaking down|"
        r"breakdown|panic attacks?|can't cope|cannot cope|can't take|can't go on|can't do this|"
        r"lost my job|lost my house|lost everything|got fired|been fired|was fired|laid off|"
        r"made redundant|evicted|homeless|bankrupt|in debt|broke up|dumped me|left me|"
        r"cheated on me|divorc\w+|hate myself|hate my life|self[ -]?hatred|failure|failed|"
        r"ruined|messed up|fucked up|screwed up|trapped|no way out|give up|gave up|"
        r"giving up|no hope|no point|pointless|nothing matters|no one cares|nobody cares|"
        r"no friends|nobody loves me|no one loves me|crying|cried|sobbing|in pain|"
        r"hurting|dark place|rock bottom|scared|terrified|ashamed|disgusted with myself|"
        r"disgusting|pathetic|burden|grief|grieving|mourning|traumati[sz]ed|trauma|abused|"
        r"bullied|rejected|abandoned|unloved|unwanted|a mess|at the end|tired of|"
        r"sick of|fed up|done with|miss (?:him|her|them) so much|so sad|really sad|"
        r"(?:feel|feeling|felt|so|really|very|pretty) (?:low|down|rubbish|awful|hopeless|"
        r"terrible|bad|shit|crap|lost|broken)|"
        r"very sad|feel sad|feeling sad|feel awful|feel terrible|feel horrible|"
        r"feel like shit|feel like crap|feel like garbage|feel nothing|kill myself|die|dead|"
        r"suicid\w+|self[ -]?harm\w*|cutting|overdose|hurt myself)\b",
        FIRST,
    ),
    cue(
        M.BEREAVEMENT,
        r"\b(?:he|she|they|my (?:\w+ )?@LOVED|(?:his|her|their) (?:\w+ )?@LOVED|mum|mom|dad|"
        r"nan|gran|grandma|grandad|grandpa|husband|wife|son|daughter|partner|baby|brother|"
        r"sister|friend) (?:\w+ )?(?P<v>died|passed away|passed on|passed|was killed|got killed|"
        r"killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life|"
        r"committed suicide|is dead|'s dead|are dead|has died|have died|didn't make it|"
        r"is gone|'s gone|left us|lost (?:his|her|their) (?:battle|fight|life))\b",
        not_in=r"\b(?:battery|phone|laptop|car|engine|plant|plants|fish|goldfish|"
        r"conversation|chat|group|party|vibe|joke|meme|trend|hype|streak|signal|wifi|"
        r"left us (?:on read|a (?:review|message|note|tip))|passed (?:the|his|her|their|my|"
        r"an?) (?:\w+ )?(?:test|exam|exams|course|driving|bar|ball|salt|message|word|"
        r"time|buck|away the time|out|over|on the|by|through|it on))\b",
    ),
    cue(
        M.BEREAVEMENT,
        r"\b(?P<v>funeral|grave|graveside|cemetery|buried|widow(?:ed|er)?|miscarriage|"
        r"miscarried|stillbirth|stillborn|bereave(?:d|ment)|late (?:husband|wife|partner|mum|mom|"
        r"mother|dad|father|son|daughter|brother|sister|grandmother|grandfather|nan|gran|"
        r"grandad|grandma|grandpa|friend|fiance|fiancee|boyfriend|girlfriend)|lost (?:my|our) "
        r"(?:\w+ )?@LOVED(?! (?:'s )?(?:job|keys|phone|number|money|wallet|card|temper))|"
        r"(?:since|after|when) (?:he|she|they|my \w+) (?:died|passed)|(?:his|her|their) death|"
        r"rest in peace|memorial|ashes|cremat(?:ed|ion)|passed away|in heaven|anniversary of "
        r"(?:his|her|their|my \w+'s) death|(?:his|her|their) (?:suicide|passing)|"
        r"(?:died|lost) (?:\w+ ){0,3}to (?:suicide|cancer|covid|an overdose))\b",
    ),
)

ALL: tuple[Cue, ...] = (
    IDEATION + HOPELESSNESS + INTENT + PREPARATION + BEHAVIOUR + MEANS + OTHERS + MODIFIERS
    + CONTEXT
)
