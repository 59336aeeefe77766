"""Word lists the communication analysis matches against.

The syntax (who does what to whom) comes from spaCy; whether a word is a feeling, an insult or an
absolute is a judgement the model cannot make, so it lives here, in one place, where a clinician
can read and extend it without touching the logic. All entries are lower case.
"""

from __future__ import annotations

# --- Who is being talked about -------------------------------------------------------------------

#: Subjects that point at the other person. Third person is included because in communication
#: analysis people often report what they said ("I told him he never listens").
OTHER_PERSON_SUBJECTS: frozenset[str] = frozenset({"you", "u", "he", "she", "they", "ya", "ye"})
FIRST_PERSON_SUBJECTS: frozenset[str] = frozenset({"i"})
FIRST_PERSON_OBJECTS: frozenset[str] = frozenset({"me", "myself", "us"})
#: "It hurts", "that was upsetting": the experiencer is implied to be the speaker.
IMPERSONAL_SUBJECTS: frozenset[str] = frozenset({"it", "that", "this", "which", "everything"})

# --- Absolutes and generalisations ---------------------------------------------------------------

#: Single words that turn one event into a rule about a person.
ABSOLUTE_WORDS: frozenset[str] = frozenset(
    {
        "always", "never", "constantly", "forever", "nothing", "everything", "everyone",
        "everybody", "nobody", "noone", "24/7",
    }
)
#: Multi-word absolutes, matched on lower-case tokens.
ABSOLUTE_PHRASES: tuple[str, ...] = (
    "all the time", "every time", "every single time", "every single day", "no one",
    "as usual", "like always", "not once", "not even once", "each and every time", "ever again",
    "day in day out",
)
#: The subset that describes how often someone does something (used for always/never blame).
FREQUENCY_ABSOLUTES: frozenset[str] = frozenset(
    {
        "always", "never", "constantly", "forever", "all the time", "every time",
        "every single time", "every single day", "as usual", "like always", "not once",
        "not even once", "each and every time", "24/7", "day in day out",
    }
)
#: Absolutes inside these phrases are idioms, not generalisations.
ABSOLUTE_IDIOMS: tuple[str, ...] = (
    "never mind", "nevermind", "thanks for everything", "thank you for everything",
    "nothing else", "it's nothing", "it is nothing", "is everything ok", "is everything okay",
    "is everything alright", "everything ok", "everything okay", "never been happier",
    "better than nothing", "for nothing", "more than anything", "more than everything",
)
#: Verbs or words that make an absolute appreciative ("you always make me laugh").
APPRECIATIVE_WORDS: frozenset[str] = frozenset(
    {
        "thank", "thanks", "appreciate", "love", "enjoy", "laugh", "smile", "happy", "proud",
        "support", "help", "helpful", "cheer", "encourage", "comfort", "kind", "there",
        "remember", "know", "understand", "believe", "good", "great", "wonderful", "amazing",
        "safe", "welcome",
    }
)
#: Words that make "never" appreciative ("you never judge me"). "Let me down" and "give up on
#: me" are matched as phrases, since "you never let me finish" is a complaint.
NEGATIVE_BEHAVIOURS: frozenset[str] = frozenset(
    {
        "judge", "complain", "criticise", "criticize", "fail", "hurt", "forget", "yell",
        "shout", "blame", "lie", "quit", "doubt", "mock",
    }
)

# --- Mind-reading --------------------------------------------------------------------------------

#: Verbs of inner states: a statement that the other person has or lacks one is mind-reading.
MENTAL_STATE_VERBS: frozenset[str] = frozenset(
    {
        "care", "love", "like", "want", "think", "hate", "respect", "value", "appreciate",
        "enjoy", "prefer", "wish", "feel", "intend", "believe", "trust",
    }
)
#: Inner states that are hostile on their own ("you hate me"): flagged even without a complement.
HOSTILE_MENTAL_VERBS: frozenset[str] = frozenset({"hate", "despise", "resent", "loathe"})
#: Intentions attributed to the other person ("you're trying to control me").
ATTRIBUTED_INTENT_VERBS: frozenset[str] = frozenset(
    {
        "hurt", "control", "upset", "punish", "annoy", "provoke", "humiliate", "embarrass",
        "manipulate", "guilt", "make", "wind", "trap", "ruin", "get", "pick", "start",
    }
)
MIND_READING_PHRASES: tuple[str, ...] = (
    "on purpose", "deliberately", "intentionally", "give a damn", "give a shit", "give a toss",
    "give a crap", "couldn't care less", "could not care less", "could care less",
)
#: Verbs above a "you don't care" that own it as a perception ("I worry that...") or report
#: someone's words ("he said he doesn't want to"); neither is mind-reading.
HEDGES: frozenset[str] = frozenset(
    {"worry", "wonder", "fear", "afraid", "scared", "seem", "guess", "wondering", "worried",
     "unsure", "sure", "hope", "imagine", "suppose", "ask", "say", "tell", "mention", "promise",
     "text", "write", "explain"}
)

# --- Feelings ------------------------------------------------------------------------------------

#: Feeling words as people type them, mapped to the form that fits after "I feel".
FEELING_WORDS: dict[str, str] = {
    # hurt and sadness
    "hurt": "hurt", "hurting": "hurt", "hurtful": "hurt", "sad": "sad", "sadness": "sad",
    "upset": "upset", "upsetting": "upset", "lonely": "lonely", "loneliness": "lonely",
    "alone": "alone", "isolated": "isolated", "down": "down", "low": "low", "unhappy": "unhappy",
    "miserable": "miserable", "depressed": "low", "heartbroken": "heartbroken",
    "devastated": "devastated", "crushed": "crushed", "gutted": "gutted",
    "disappointed": "disappointed", "disappointing": "disappointed",
    "disappointment": "disappointed", "rejected": "rejected", "ignored": "ignored",
    "unimportant": "unimportant", "invisible": "invisible", "unheard": "unheard",
    "unappreciated": "unappreciated", "unloved": "unloved", "unwanted": "unwanted",
    "neglected": "neglected", "dismissed": "dismissed", "betrayed": "betrayed",
    "abandoned": "abandoned", "excluded": "left out", "unsupported": "unsupported",
    "disrespected": "disrespected", "grief": "sad", "pain": "hurt", "helpless": "helpless",
    "hopeless": "hopeless", "worthless": "worthless", "useless": "useless", "stupid": "stupid",
    "small": "small", "silly": "silly", "foolish": "foolish", "inadequate": "inadequate",
    # anger
    "angry": "angry", "anger": "angry", "mad": "angry", "furious": "furious", "livid": "furious",
    "annoyed": "annoyed", "annoying": "annoyed", "irritated": "irritated",
    "frustrated": "frustrated", "frustrating": "frustrated", "frustration": "frustrated",
    "resentful": "resentful", "resentment": "resentful", "bitter": "bitter", "cross": "cross",
    "exasperated": "exasperated",
    "pissed": "angry", "jealous": "jealous", "jealousy": "jealous", "envious": "envious",
    # fear and stress
    "anxious": "anxious", "anxiety": "anxious", "worried": "worried", "worry": "worried",
    "scared": "scared", "afraid": "afraid", "frightened": "frightened", "fear": "afraid",
    "terrified": "terrified", "nervous": "nervous", "stressed": "stressed", "stress": "stressed",
    "stressful": "stressed", "overwhelmed": "overwhelmed", "overwhelming": "overwhelmed",
    "panicky": "panicky", "panicked": "panicky", "panic": "panicky", "tense": "tense",
    "insecure": "insecure", "unsafe": "unsafe", "uneasy": "uneasy", "confused": "confused",
    "confusing": "confused", "guilty": "guilty", "guilt": "guilty", "ashamed": "ashamed",
    "shame": "ashamed", "embarrassed": "embarrassed", "embarrassing": "embarrassed",
    "embarrassment": "embarrassed",
    "humiliated": "humiliated", "humiliating": "humiliated", "trapped": "trapped",
    # tiredness
    "tired": "tired", "exhausted": "exhausted", "exhausting": "exhausted", "drained": "drained",
    "draining": "drained",
    # pleasant feelings (people also credit each other)
    "happy": "happy", "glad": "glad", "relieved": "relieved", "grateful": "grateful",
    "thankful": "thankful", "proud": "proud", "loved": "loved", "appreciated": "appreciated",
    "hopeful": "hopeful", "calm": "calm", "excited": "excited", "supported": "supported",
    "valued": "valued", "respected": "respected", "content": "content", "pleased": "pleased",
    "touched": "touched", "close": "close", "connected": "connected", "heard": "heard",
    "cared": "cared for", "wanted": "wanted", "safe": "safe",
}
#: Multi-word feelings (matched before single words).
FEELING_PHRASES: dict[str, str] = {
    "left out": "left out", "taken for granted": "taken for granted", "fed up": "fed up",
    "let down": "let down", "on edge": "on edge", "worn out": "worn out",
    "burnt out": "burnt out", "burned out": "burnt out", "cared for": "cared for",
    "on my own": "on my own", "sick of": "fed up", "sick and tired": "fed up",
    "pissed off": "angry", "stressed out": "stressed", "freaked out": "scared",
    "left alone": "alone", "let me down": "let down", "had enough": "fed up",
    "brushed off": "brushed off",
}
#: Feeling verbs: "it hurts", "you upset me", "I worry".
FEELING_VERBS: dict[str, str] = {
    "hurt": "hurt", "upset": "upset", "scare": "scared", "frighten": "frightened",
    "worry": "worried", "annoy": "annoyed", "frustrate": "frustrated", "sadden": "sad",
    "embarrass": "embarrassed", "humiliate": "humiliated", "overwhelm": "overwhelmed",
    "stress": "stressed", "disappoint": "disappointed", "anger": "angry",
    "terrify": "terrified", "exhaust": "exhausted", "confuse": "confused", "irritate": "irritated",
    "drain": "drained", "panic": "panicky", "fear": "afraid", "bother": "bothered",
}
#: A negated pleasant feeling is still a feeling ("I don't feel loved" names feeling unloved).
NEGATED_FEELINGS: dict[str, str] = {
    "loved": "unloved", "appreciated": "unappreciated", "heard": "unheard", "wanted": "unwanted",
    "supported": "unsupported", "respected": "disrespected", "important": "unimportant",
    "safe": "unsafe", "happy": "unhappy", "valued": "unvalued", "cared for": "uncared for",
    "close": "distant", "connected": "disconnected",
}
#: Words that are feelings only when the speaker says them about themselves ("I feel stupid");
#: said about the other person they are insults.
SELF_APPRAISALS: frozenset[str] = frozenset(
    {"hopeless", "worthless", "useless", "stupid", "small", "silly", "foolish", "inadequate",
     "jealous"}
)

# --- Attacks on the person -----------------------------------------------------------------------

INSULT_ADJECTIVES: frozenset[str] = frozenset(
    {
        "selfish", "lazy", "useless", "pathetic", "stupid", "dumb", "idiotic", "ridiculous",
        "crazy", "insane", "psycho", "mental", "hopeless", "worthless", "disgusting", "horrible",
        "awful", "terrible", "nasty", "cruel", "heartless", "fake", "spoiled", "spoilt",
        "childish", "immature", "inconsiderate", "thoughtless", "rude", "arrogant",
        "controlling", "manipulative", "toxic", "narcissistic", "impossible", "unbearable",
        "annoying", "irritating", "clueless", "incompetent", "lame", "spineless", "ungrateful",
        "greedy", "mean", "jealous", "pathological", "unreasonable", "hysterical", "dramatic",
        "paranoid", "evil", "vile", "worst", "weird", "obsessed", "needy", "clingy",
        "bossy", "petty", "uncaring", "stingy", "boring", "fat", "ugly", "dense", "thick",
        "pig-headed", "stubborn", "two-faced", "sneaky", "hypocritical", "insufferable",
        "unbelievable",
    }
)
INSULT_NOUNS: frozenset[str] = frozenset(
    {
        "idiot", "moron", "jerk", "loser", "liar", "bitch", "bastard", "asshole", "arsehole",
        "dick", "prick", "twat", "cow", "pig", "slob", "psycho", "narcissist", "baby", "joke",
        "failure", "coward", "hypocrite", "snob", "brat", "creep", "freak", "nightmare",
        "disgrace", "monster", "clown", "muppet", "numpty", "tosser", "wanker", "dickhead",
        "dumbass", "fool", "disappointment", "waste", "mess", "child", "cunt", "douche",
        "douchebag", "scumbag", "pest", "sociopath", "control freak", "drama queen",
        "piece of work", "piece of shit", "waste of space", "lunatic", "imbecile", "cretin",
    }
)
#: Fixed phrases that attack the person rather than name a need.
ATTACK_PHRASES: tuple[str, ...] = (
    "what is wrong with you", "what's wrong with you", "what the hell is wrong with you",
    "what the fuck is wrong with you", "grow up", "get a life", "screw you", "fuck you",
    "f you", "f*** you", "go to hell", "you make me sick", "you disgust me",
    "just like your father",
    "just like your mother", "just like your dad", "just like your mum", "just like your mom",
    "you're a joke", "you are a joke", "get lost", "piss off", "sod off", "drop dead",
    "no wonder nobody likes you", "no wonder no one likes you",
)
#: Words that only intensify; removed when their words are reused in a rephrasing.
INTENSIFIERS: frozenset[str] = frozenset(
    {
        "just", "even", "again", "ever", "so", "really", "literally", "obviously", "clearly",
        "seriously", "honestly", "totally", "completely", "fucking", "bloody", "damn", "freaking",
        "frickin", "effing", "goddamn", "once", "still", "actually", "simply",
        "constantly", "always", "never", "forever", "anymore", "already",
    }
)

# --- Demands and requests ------------------------------------------------------------------------

#: Verbs that open a sentence as a discourse marker, not an order ("Look, I...", "Listen, ...").
DISCOURSE_VERBS: frozenset[str] = frozenset(
    {"look", "listen", "see", "say", "mind", "thank", "thanks", "excuse", "guess", "imagine",
     "sorry", "come", "hey", "please", "wait", "hang", "trust", "believe", "know", "mean"}
)
#: Openers that make an imperative or a need sound urgent and non-negotiable.
URGENCY_WORDS: frozenset[str] = frozenset({"now", "immediately", "asap", "instantly", "today"})
#: Obligations put on the other person ("you need to", "you have to").
OBLIGATION_VERBS: frozenset[str] = frozenset({"need", "have", "must", "gotta", "got", "better"})
#: First-person verbs that turn "I ... you to X" into an owned request.
REQUEST_VERBS: frozenset[str] = frozenset(
    {"like", "love", "want", "need", "appreciate", "hope", "wonder", "ask", "prefer", "wish"}
)
#: Asks about an attitude: only specific when tied to a time ("be home by seven").
ATTITUDE_ACTIONS: frozenset[str] = frozenset(
    {
        "be", "change", "try", "care", "understand", "improve", "respect", "love", "appreciate",
        "behave", "act", "treat", "grow", "calm", "relax", "chill", "consider", "think",
        "notice", "support", "value", "accept", "trust", "open",
    }
)
#: Asks about an action too general to act on without an object or a time ("help more").
VAGUE_ACTIONS: frozenset[str] = frozenset(
    {
        "do", "help", "listen", "stop", "make", "start", "show", "sort", "fix", "get", "pay",
        "put", "give", "take", "step", "pull", "work", "deal", "handle", "talk",
    }
)
#: Complements that leave a request vague ("help more", "be nicer").
VAGUE_COMPLEMENTS: frozenset[str] = frozenset(
    {
        "more", "better", "less", "nicer", "kinder", "properly", "differently", "right", "harder",
        "effort", "a bit", "sometimes", "something", "things", "stuff", "it", "that", "this",
        "there", "up", "me", "us", "around", "out", "once", "change", "way", "attention",
        "weight", "act", "together", "mind", "bit", "lot", "much", "often", "nice", "kind",
        "reasonable", "fair", "normal", "present", "involved", "supportive", "considerate",
    }
)
#: Words that tie a request to a time or an occasion, which makes it specific.
TIME_WORDS: frozenset[str] = frozenset(
    {
        "tonight", "tomorrow", "today", "weekend", "weekends", "morning", "mornings", "evening",
        "evenings", "night", "nights", "week", "weekday", "weekdays", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays",
        "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "before", "after", "by",
        "until", "when", "whenever", "if", "next", "every", "each", "twice", "times",
        "o'clock", "pm", "am", "minutes", "hour", "hours", "dinner", "lunch", "breakfast",
        "bedtime", "later", "first", "month",
    }
)

# --- Sarcasm -------------------------------------------------------------------------------------

#: Phrases that are sarcastic whatever surrounds them.
SARCASM_STRONG: tuple[str, ...] = (
    "thanks for nothing", "thank you for nothing", "thanks a lot for nothing",
    "thanks so much for nothing", "thank you so much for nothing", "yeah right", "yea right",
    "ya right",
    "would it kill you", "will it kill you", "must be nice", "big surprise", "what a surprise",
    "real mature", "very mature", "slow clap", "nice of you to finally", "nice of you to show up",
    "for once in your life", "for a change", "oh sure", "sure you did", "sure you will",
    "sure you are", "do you even", "did you even", "as if you", "how nice of you",
    "how kind of you", "how thoughtful of you", "how generous of you", "how very",
    "well done you", "gold star", "medal", "wow just wow", "oh please", "spare me",
    "like you care", "like you'd care", "like you would care", "who knew", "shocker", "shocking",
    "of course you did", "of course you would", "of course you do", "of course you didn't",
    "of course you don't", "of course you won't", "of course you are", "nice try",
    "good one", "/s", "typical you", "so typical",
)
#: Phrases that are sarcastic when the message also has a complaint in it.
SARCASM_WEAK: tuple[str, ...] = (
    "oh great", "oh wonderful", "oh perfect", "oh brilliant", "oh lovely", "oh fantastic",
    "just great", "just perfect", "just brilliant", "just wonderful", "great job", "good job",
    "well done", "thanks a lot", "thanks so much", "thank you so much", "congratulations",
    "congrats", "bravo", "wow", "nice one", "lovely", "brilliant", "fantastic", "genius",
    "thanks for", "thank you for", "how lovely", "so helpful", "very helpful", "really helpful",
    "appreciate it", "finally", "typical", "great",
)
SARCASM_EMOJI: tuple[str, ...] = ("🙄", "🙃", "👏", "😒")
#: A complaint next to praise is what makes the praise sarcastic.
COMPLAINT_CUES: frozenset[str] = frozenset(
    {
        "forget", "forgot", "forgotten", "ignore", "ignored", "late", "cancel", "cancelled",
        "canceled", "break", "broke", "ruin", "ruined", "mess", "lie", "lied", "yell", "yelled",
        "shout", "again", "another", "nothing", "never", "always", "usual", "once", "finally",
        "left", "leave", "miss", "missed", "useless", "nobody", "without",
        "instead", "whatever", "actually", "sure", "even", "embarrass", "embarrassed", "laughed",
    }
)

# --- Vagueness -----------------------------------------------------------------------------------

#: Whole messages that give the other person nothing to respond to.
VAGUE_MESSAGES: frozenset[str] = frozenset(
    {
        "whatever", "fine", "ok", "okay", "k", "kk", "sure", "yeah", "yep", "yes", "no", "nope",
        "nothing", "forget it", "never mind", "nevermind", "leave it", "it doesn't matter",
        "doesn't matter", "it does not matter", "i don't care", "dont care", "don't care",
        "do what you want", "do whatever you want", "i'm fine", "im fine", "i am fine",
        "it's fine", "its fine", "it is fine", "fine whatever", "whatever fine", "idk",
        "i don't know", "meh", "typical", "same", "right", "yeah right", "if you say so",
        "you'll see", "we'll see", "think about it", "you figure it out", "figure it out",
        "you know", "hm", "hmm", "ugh", "sigh", "...", "forget about it", "as you like",
        "suit yourself", "go ahead", "have it your way", "no worries", "all good",
        "it's nothing", "its nothing", "nothing's wrong", "nothing is wrong", "i'm ok",
        "i'm okay", "not now", "later", "talk later", "we'll talk later", "sure whatever",
        "ok whatever", "okay whatever", "fine then", "ok then", "okay then", "so", "well",
    }
)
#: Phrases that point at something without saying what it is.
VAGUE_PHRASES: tuple[str, ...] = (
    "you know what you did", "you know what you've done", "you know what you have done",
    "you know why", "you know exactly why", "you know exactly what", "you should know",
    "you ought to know", "you figure it out", "figure it out yourself", "you work it out",
    "as if you don't know", "as if you didnt know", "as if you didn't know", "don't play dumb",
    "you know what this is about", "you know what i mean", "you know what i'm talking about",
    "it doesn't matter", "forget it", "never mind", "whatever",
)
