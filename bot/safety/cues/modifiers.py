"""Evidence that colours other evidence: times, means at hand, distress, bereavement."""

from __future__ import annotations

from bot.safety.cues.base import (
    FIRST,
    GONE_IF_PAST,
    NEG,
    OTHER,
    Cue,
    M,
    cue,
)

MODIFIERS: tuple[Cue, ...] = (
    cue(M.TIMEFRAME, r"\b(?P<v>@TIMEFRAME)\b"),
    cue(
        M.MEANS_AT_HAND,
        r"\b(?:i|i've|i) (?:\w+ )?(?:have|'ve got|have got|got|bought|ordered|saved|collected|"
        r"found|keep|kept|stole|took|am holding|'m holding|am sitting here with|'m sitting here "
        r"with|have been saving|'ve been saving|hid|hidden) (?:a |the |some |enough |my |all my |"
        r"all the |plenty of |a bottle of |a box of |a stash of |a bunch of |\d+ |loads of |"
        r"lots of |an )(?:\w+ )?(?P<v>@LETHAL_MEANS)\b(?! (?:prescription|refill|appointment|left|"
        r"remaining|a day|per day|each|twice|for (?:my|the) (?:back|pain|headache)))",
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
        r"(?:staring|stare|stared|looking|looked) (?:down )?at (?:the|my|a|all the|all my) "
        r"(?:\w+ )?(?:pills|tablets|meds|knife|blade|razor|rope|noose|gun|pistol|bottle of "
        r"pills)(?: again| for hours| all night)?|"
        r"(?:knife|blade|razor|gun|pills) (?:is |are )?(?:ready|right here|in front of me|"
        r"next to me|in my hand|beside me|on the (?:table|bed|desk)))\b",
        not_in=r"\b(?:hunting|range|cleaning kit|photo|view|sunset|sunrise|picnic|climbing "
        r"(?:wall|gym)|bouldering)\b",
    ),
    cue(
        M.METHOD,
        r"\b(?:with|by|using|via|through|take|taking|swallow(?:ing)?|use|jump(?:ing)? "
        r"(?:off|from|in front of)|hang(?:ing)? from|from) (?:a |an |the |my |some |all (?:my|the|"
        r"of my) |enough )?(?:\w+ )?(?P<v>@LETHAL_MEANS|@HIGH_PLACES|hanging|jumping|overdos(?:e|"
        r"ing)|"
        r"an od|drowning|carbon monoxide|a train|a bus|traffic)\b",
    ),
    cue(
        M.RECENT,
        r"\b(?P<v>just now|just (?:took|taken|swallowed|overdosed|od'd|did it|done it|tried|"
        r"cut|attempted|downed|drank|necked)|an? (?:hour|few minutes|couple of hours|few hours|"
        r"minute) ago|\d+ (?:minutes?|mins?|hours?|hrs?) ago|minutes ago|tonight|right now|"
        r"earlier today|this (?:morning|evening|afternoon)|today)\b",
    ),
)

# Signs of severe distress about oneself. One alone is ordinary sadness; several together in
# one message are worth a clinician's look (see assessment.SEVERE_DISTRESS_MIN).
_ME = r"(?:i'm|i am|i feel|feel|feeling|i've been|i've felt|i get|i got|i become|been|i was|im|i)"
# Being alone, in any words, is one sign however it is said: "I feel so lonely, I don't have
# anyone" is the loneliness IPT works on (interpersonal deficits), not two signs of a crisis.
# With another kind of distress (self-hatred, hopelessness, not coping) it still counts.
ISOLATION: tuple[Cue, ...] = (
    cue(M.SELF_DISTRESS, _ME + r" (?:\w+ ){0,3}?(?P<v>lonely|so alone|completely alone|all alone|"
        r"isolated)\b(?! (?:in|at|for|to|without|about|on|by)\b)",
        NEG, OTHER),
    cue(M.SELF_DISTRESS, r"\b(?P<v>(?:no one|nobody|noone|no-one) (?:\w+ )?(?:cares|loves me|"
        r"likes me|understands|wants me|talks to me|notices)|i have no (?:one|friends)|"
        r"i (?:don't|do not) have (?:anyone|any friends|a single friend)|have nobody)\b"),
)
SELF_DISTRESS: tuple[Cue, ...] = (
    cue(M.SELF_DISTRESS, _ME + r" (?:\w+ ){0,2}?(?P<v>depressed|suicidal)\b", NEG, OTHER, FIRST),
    cue(M.SELF_DISTRESS, r"\b(?P<v>my depression|my anxiety and depression|severe depression|"
        r"depression (?:is|has been|got|gets) (?:so |really )?(?:bad|worse)|depressive episode)\b",
        FIRST),
    cue(M.SELF_DISTRESS, _ME + r" (?:\w+ ){0,2}?(?P<v>worthless|useless|pathetic|disgusting|"
        r"unlovable|broken|garbage|trash|unwanted|unloved|(?:such )?an? (?:\w+ )?(?:failure|loser|"
        r"disappointment|waste of (?:space|oxygen|air|life)|burden|mess|fuck ?up|screw ?up|"
        r"nobody|let ?down))\b(?! at\b)",
        NEG, OTHER),
    cue(M.SELF_DISTRESS, r"\b(?P<v>hate myself|hate who i am|hate everything about (?:myself|me)|"
        r"self[ -]?hatred|self[ -]?loathing|loathe myself|disgusted (?:with|by) myself|"
        r"ashamed of myself|can't stand myself|can't stand who i am|despise myself)\b", NEG),
    cue(M.SELF_DISTRESS, _ME + r" (?:\w+ ){0,3}?(?P<v>empty|numb|hollow|"
        r"miserable|in despair|"
        r"hopeless|helpless|completely lost|so lost)\b(?! (?:in|at|for|to|without|about|on|by)\b)",
        NEG, OTHER),
    *ISOLATION,
    cue(M.SELF_DISTRESS, r"\b(?P<v>cry(?:ing)? (?:myself to sleep|every (?:day|night)|all "
        r"(?:day|night|the time)|for hours)|(?:can't|cannot) stop crying|breaking down|"
        r"falling apart|mental breakdown|(?:had|having) a breakdown)\b", FIRST),
    cue(M.SELF_DISTRESS, r"\b(?:i|i'm|i am) (?:\w+ )?(?P<v>(?:can't|cannot|can not) cope|"
        r"not coping|struggling (?:so much|to cope|to stay|mentally|with (?:my )?(?:depression|"
        r"life|everything|living))|suffering so much|in so much pain)\b", NEG),
    cue(M.SELF_DISTRESS, r"\b(?P<v>(?:lost|have no|no) (?:all )?(?:motivation|will|energy|"
        r"interest) (?:to do|for|in) (?:anything|everything|life)|(?:can't|cannot) get out of bed|"
        r"nothing (?:makes me happy|matters|brings me joy|helps)(?: anymore)?|"
        r"(?:haven't|have not|never) been happy (?:in|for) (?:years|months|a long time))\b",
        FIRST),
    cue(M.SELF_DISTRESS, r"\b(?P<v>dead inside|(?:extreme|severe|crippling|deep|major|bad|"
        r"horrible|awful) depression|my life is (?:\w+ )?(?:worthless|pointless|"
        r"meaningless|a mess|hell|ruined|wasted|over|a joke|a waste|falling apart|shit|garbage))\b",
        FIRST),
    cue(M.SELF_DISTRESS, _ME + r" (?:\w+ ){0,2}?in (?:a |such a )?(?:really |very |so |"
        r"super |pretty )?(?P<v>(?:bad|horrible|awful|scary|low) (?:place|headspace|"
        r"head space|spot))\b", NEG, OTHER,
        requires=("place", "headspace", "head space", "spot")),
    cue(M.SELF_DISTRESS, r"\b(?P<v>panic attacks?|intrusive thoughts|flashbacks|"
        r"(?:self[ -]?destructive))\b", FIRST),
    # A psychiatric admission or hold, or fearing one if they tell: recent crises that people
    # often hide, and the period after discharge carries raised risk.
    cue(M.SELF_DISTRESS, r"\b(?:i|i've|i'm|i was|me|my) (?:\w+ ){0,6}?(?P<v>sectioned|"
        r"5150(?:'?d|ed)?|baker acted|involuntar\w+ (?:hold|commit\w+|admi\w+)|"
        r"(?:72|24|48)[- ]hours? hold|psych(?:iatric)? (?:ward|hospital|unit|hold|admission|"
        r"inpatient|er)|mental (?:hospital|health (?:unit|ward))|inpatient (?:unit|stay|"
        r"treatment|psych\w*)|put on (?:a )?(?:hold|suicide watch))\b", NEG, OTHER, FIRST,
        GONE_IF_PAST,
        requires=("section", "5150", "baker", "involuntar", "hold", "psych", "mental",
                  "inpatient", "suicide watch")),
    cue(M.SELF_DISTRESS, r"\b(?:if i (?:tell|told|say|said)|(?:last time|when|after|every time) "
        r"i (?:told|tell|said|opened up to)|(?:i )?told (?:my|the) (?:psych\w*|therapist|doctor|"
        r"gp|counsel+or|nurse|care team|crisis team)) (?:\w+ ){0,6}?(?P<v>(?:they(?:'ll|'d| will|"
        r" would| might)|i(?:'ll|'d| will| would| might)?) (?:\w+ ){0,2}?(?:lock me up|section me|"
        r"hospitali[sz]e me|commit me|put me (?:in|away)|get (?:sectioned|committed|locked up|"
        r"hospitali[sz]ed)|be (?:sectioned|committed|locked up|hospitali[sz]ed)|end(?:ed)? up "
        r"(?:back )?in (?:the |a )?(?:hospital|psych ward|ward|inpatient|unit)|(?:was|got) "
        r"(?:sectioned|committed|hospitali[sz]ed|admitted)))\b",
        requires=("tell", "told", "said", "say", "opened up")),
    # Turning on oneself: "the stupidest person alive", "I can't do anything right".
    cue(M.SELF_DISTRESS, r"\b(?:i'm|i am|i must be|i feel like|must be|i'm literally|"
        r"i'm probably|i've always been) (?:the )?(?P<v>(?:stupidest|dumbest|worst|ugliest|"
        r"most (?:useless|worthless|pathetic|disgusting|hated|unlovable)|biggest (?:failure|"
        r"loser|idiot|disappointment)) (?:\w+ ){0,2}?(?:alive|on (?:this |the )?(?:earth|planet)|"
        r"in (?:the|this) world|in existence))\b",
        NEG, OTHER, requires=("alive", "earth", "planet", "world", "existence")),
    cue(M.SELF_DISTRESS, r"\b(?P<v>(?:can't|cannot|can never|never) (?:seem to )?do anything "
        r"(?:right|properly)|(?:can't|cannot) (?:seem to )?do (?:anything|even the (?:most )?"
        r"(?:basic|simple|simplest|easiest)\w* (?:things|tasks))(?=\s*(?:[.!?,;]|$|\n|anymore|"
        r"right)))", FIRST,
        requires=("do anything", "do even")),
    cue(M.SELF_DISTRESS, r"\b(?P<v>(?:what's|what is) wrong with me|why (?:am i|was i) "
        r"(?:even )?(?:born|like this|so (?:\w+ )?(?:worthless|useless|pathetic|broken|stupid))|"
        r"i ruin everything|i fuck (?:everything|it all) up|everyone (?:hates|leaves) me|"
        r"i hate my life|i'm tired of everything|i'm exhausted)\b"),
)

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
        r"is gone|'s gone|left us|lost (?:his|her|their) (?:battle|fight|life)|completed "
        r"(?:suicide )?(?=\d+ (?:days?|weeks?|months?|years?) ago|last|yesterday|this|in \w+))",
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
