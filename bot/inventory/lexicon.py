"""Word lists behind the person extractor: relationships, first names and words that only look
like names.

They are plain tables so that a clinician or a reviewer can read, in one place, which words the
bot treats as a person and how it will say them back. Everything here is lower case.

Keys of the relationship table are written without spaces or hyphens ("coworker", "motherinlaw")
because people type the same word in three ways ("co-worker", "co worker", "coworker"); the
extractor joins neighbouring tokens the same way before it looks them up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Group = Literal["family", "partner", "friend", "work", "other"]


@dataclass(frozen=True)
class Relation:
    """How one typed word maps to a relationship.

    ``say`` is the word the bot uses to refer back. It is None when the participant's own word
    is the best choice (their "mum" stays "mum"; the bot should not correct it to "mother").
    Text-speak and typos carry the full word, because "your bf" reads oddly from a helper.
    """

    relationship: str
    group: Group
    say: str | None = None
    plural: bool = False


def _entries() -> dict[str, Relation]:
    table: dict[str, Relation] = {}

    def add(group: Group, relationship: str, *words: str, plural_of: bool = True) -> None:
        for word in words:
            say = None
            if "=" in word:
                word, say = word.split("=", 1)
            key = word.replace(" ", "").replace("-", "")
            table[key] = Relation(relationship, group, say)
            if plural_of and say is None and len(key) >= 3:
                table[_plural(key)] = Relation(_plural(relationship), group, None, plural=True)

    # Family. The participant's own word is kept ("mum", "mam", "nan"); the canonical noun is
    # what the inventory is matched on.
    add("family", "mother", "mother", "mum", "mom", "mam", "mammy", "mummy", "mommy", "mama",
        "mamma", "momma", "ma", "mumma", plural_of=False)
    add("family", "father", "father", "dad", "daddy", "papa", "da", plural_of=False)
    add("family", "parent", "parent", "folks=parents")
    add("family", "sister", "sister", "sis=sister", "sista=sister")
    add("family", "brother", "brother", "bro=brother", "bruv=brother")
    add("family", "sibling", "sibling")
    add("family", "twin", "twin")
    add("family", "son", "son")
    add("family", "daughter", "daughter")
    add("family", "child", "child", "kid")
    add("family", "grandmother", "grandmother", "grandma", "grandmum", "grandmom", "granny",
        "gran", "nan", "nana", "nanna", "nannie")
    add("family", "grandfather", "grandfather", "grandpa", "grandad", "granddad", "grandda",
        "gramps", "grampa", "grandpop")
    add("family", "grandparent", "grandparent")
    add("family", "grandson", "grandson")
    add("family", "granddaughter", "granddaughter")
    add("family", "grandchild", "grandchild", "grandkid")
    add("family", "aunt", "aunt", "auntie", "aunty")
    add("family", "uncle", "uncle")
    add("family", "cousin", "cousin")
    add("family", "niece", "niece")
    add("family", "nephew", "nephew")
    add("family", "stepmother", "stepmother", "stepmum", "stepmom", "stepmam")
    add("family", "stepfather", "stepfather", "stepdad")
    add("family", "stepsister", "stepsister")
    add("family", "stepbrother", "stepbrother")
    add("family", "stepson", "stepson")
    add("family", "stepdaughter", "stepdaughter")
    add("family", "stepchild", "stepchild", "stepkid")
    add("family", "half-sister", "half sister")
    add("family", "half-brother", "half brother")
    add("family", "godmother", "godmother")
    add("family", "godfather", "godfather")
    add("family", "mother-in-law", "mother in law", "mil=mother-in-law", plural_of=False)
    add("family", "father-in-law", "father in law", "fil=father-in-law", plural_of=False)
    add("family", "sister-in-law", "sister in law", "sil=sister-in-law", plural_of=False)
    add("family", "brother-in-law", "brother in law", "bil=brother-in-law", plural_of=False)
    add("family", "son-in-law", "son in law", plural_of=False)
    add("family", "daughter-in-law", "daughter in law", plural_of=False)

    # Partners, current and former.
    add("partner", "husband", "husband", "hubby", "hubbie", "hubs=husband", "husbnd=husband")
    add("partner", "wife", "wife", "wifey", "missus", "missis", "wfie=wife")
    add("partner", "partner", "partner", "other half", "significant other", "spouse",
        "partener=partner", "parnter=partner")
    add("partner", "boyfriend", "boyfriend", "bf=boyfriend", "boyf=boyfriend",
        "boyfreind=boyfriend")
    add("partner", "girlfriend", "girlfriend", "gf=girlfriend", "girlf=girlfriend",
        "girlfreind=girlfriend")
    add("partner", "fiance", "fiance", "fiancé", "fiancee", "fiancée")
    add("partner", "ex", "ex")

    # Friends.
    add("friend", "friend", "friend", "freind=friend", "frend=friend", "firend=friend",
        "mate", "pal", "buddy", "bestie", "bff=best friend", "bestfriend=best friend",
        "bestfreind=best friend")

    # Work and study.
    add("work", "boss", "boss", "manager", "line manager", "supervisor", "team leader",
        "team lead", "employer", "manger=manager")
    add("work", "colleague", "colleague", "coworker", "workmate", "collegue=colleague",
        "colleage=colleague", "coleague=colleague")
    add("work", "teacher", "teacher", "tutor", "lecturer", "professor", "headteacher")
    add("other", "classmate", "classmate")

    # People one lives near or with.
    add("other", "flatmate", "flatmate", "roommate", "housemate", "roomie=roommate")
    add("other", "neighbour", "neighbour", "neighbor")
    add("other", "landlord", "landlord", "landlady")

    # Former partners typed as one word: "my exhusband", "my exbf".
    for word, say in (("husband", "husband"), ("wife", "wife"), ("partner", "partner"),
                      ("boyfriend", "boyfriend"), ("girlfriend", "girlfriend"),
                      ("bf", "boyfriend"), ("gf", "girlfriend"), ("fiance", "fiance"),
                      ("fiancee", "fiancee"), ("hubby", "hubby")):
        table["ex" + word] = Relation("ex", "partner", "ex-" + say)

    # Irregular and common plurals.
    table["children"] = Relation("children", "family", plural=True)
    table["kids"] = Relation("children", "family", plural=True)
    table["grandchildren"] = Relation("grandchildren", "family", plural=True)
    table["grandkids"] = Relation("grandchildren", "family", plural=True)
    table["inlaws"] = Relation("in-laws", "family", plural=True)
    table["parents"] = Relation("parents", "family", plural=True)
    table["mates"] = Relation("friends", "friend", plural=True)
    table["exes"] = Relation("exes", "partner", plural=True)
    return table


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "sh", "ch")):
        return word + "es"
    return word + "s"


RELATIONS: dict[str, Relation] = _entries()

#: The longest relationship written as separate tokens ("significant other" is 2, "mother in
#: law" 3, and the hyphens of "mother-in-law" add two more).
MAX_RELATION_TOKENS = 5

#: Words a participant uses on their own, like a name: "Mum said no", "me mam", "I miss you dad",
#: "me and hubby".
BARE_KINSHIP: frozenset[str] = frozenset({
    "mum", "mom", "mam", "mammy", "mummy", "mommy", "mama", "mamma", "momma", "dad", "daddy",
    "nan", "nana", "nanna", "gran", "granny", "grandma", "grandpa", "grandad", "granddad",
    "hubby", "hubs",
})

#: Modifiers that change who is meant, so the bot says them back: "your older brother".
KEPT_MODIFIERS: frozenset[str] = frozenset({
    "older", "younger", "big", "little", "baby", "eldest", "oldest", "youngest", "middle",
    "twin", "best", "late", "new", "former", "old", "other", "first", "second", "current",
    "closest", "close", "favourite", "favorite", "work", "school", "uni", "university", "college",
    "childhood", "online", "step", "half",
})

#: Nouns that may stand between "my" and the relationship without being the person: "my work
#: friend", "my school teacher", "my family friend".
NOUN_MODIFIERS: frozenset[str] = frozenset({
    "work", "school", "uni", "university", "college", "childhood", "online", "family", "gym",
    "office", "year", "years", "month", "months", "baby", "twin", "step", "half", "ex",
})

#: Partners whose parents and siblings are in-laws ("my husband's mother" is a mother-in-law).
MARRIED: frozenset[str] = frozenset({"husband", "wife", "partner", "spouse"})

#: "X's Y" that has one name: the participant's own relative, not "X's Y" in general.
CHAINS: dict[tuple[str, str], str] = {
    **{(p, "mother"): "mother-in-law" for p in MARRIED},
    **{(p, "father"): "father-in-law" for p in MARRIED},
    **{(p, "sister"): "sister-in-law" for p in MARRIED},
    **{(p, "brother"): "brother-in-law" for p in MARRIED},
    **{(p, "parents"): "in-laws" for p in MARRIED},
    **{(p, "family"): "in-laws" for p in MARRIED},
    ("sister", "husband"): "brother-in-law",
    ("brother", "husband"): "brother-in-law",
    ("sister", "wife"): "sister-in-law",
    ("brother", "wife"): "sister-in-law",
    ("mother", "mother"): "grandmother",
    ("father", "mother"): "grandmother",
    ("mother", "father"): "grandfather",
    ("father", "father"): "grandfather",
    ("mother", "sister"): "aunt",
    ("father", "sister"): "aunt",
    ("mother", "brother"): "uncle",
    ("father", "brother"): "uncle",
    ("sister", "son"): "nephew",
    ("brother", "son"): "nephew",
    ("sister", "daughter"): "niece",
    ("brother", "daughter"): "niece",
    ("aunt", "son"): "cousin",
    ("aunt", "daughter"): "cousin",
    ("uncle", "son"): "cousin",
    ("uncle", "daughter"): "cousin",
    ("son", "son"): "grandson",
    ("daughter", "son"): "grandson",
    ("son", "daughter"): "granddaughter",
    ("daughter", "daughter"): "granddaughter",
}

#: The generic word each specific relationship belongs to, so an inventory row entered as
#: "partner" is found when the participant writes "my husband" (and the other way round).
BROADER: dict[str, str] = {
    "husband": "partner", "wife": "partner", "boyfriend": "partner", "girlfriend": "partner",
    "fiance": "partner", "spouse": "partner",
    "sister": "sibling", "brother": "sibling", "twin": "sibling",
    "half-sister": "sibling", "half-brother": "sibling",
    "stepsister": "sibling", "stepbrother": "sibling",
    "mother": "parent", "father": "parent", "stepmother": "parent", "stepfather": "parent",
    "son": "child", "daughter": "child", "stepson": "child", "stepdaughter": "child",
    "stepchild": "child",
    "grandmother": "grandparent", "grandfather": "grandparent",
    "grandson": "grandchild", "granddaughter": "grandchild",
    "mother-in-law": "in-laws", "father-in-law": "in-laws",
}

#: Names of the bot itself and of voice assistants: never a person in the participant's life.
NOT_PEOPLE: frozenset[str] = frozenset({
    # the bot and assistants
    "ipt", "companion", "rasa", "bot", "chatbot", "siri", "alexa", "cortana", "chatgpt", "gpt",
    "claude", "gemini", "bard", "copilot",
    # exclamations and religion
    "god", "gods", "lord", "jesus", "christ", "allah", "heaven", "hell", "omg", "lol", "lmao",
    "oh", "ok", "okay", "hi", "hello", "hey", "thanks", "thank", "please", "sorry", "yes", "no",
    "yeah", "nah", "wow", "ugh", "damn", "dear", "bless", "christmas", "xmas", "easter",
    "ramadan", "eid", "diwali", "hanukkah", "halloween", "thanksgiving", "new", "year",
    # months and days (a month that is also a name is only a name after a clear cue)
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "today", "tonight", "tomorrow", "yesterday", "weekend",
    # brands, apps and services people mention in the same breath as people
    "google", "apple", "amazon", "facebook", "instagram", "insta", "whatsapp", "tiktok",
    "snapchat", "twitter", "reddit", "youtube", "netflix", "spotify", "zoom", "teams", "skype",
    "discord", "telegram", "messenger", "iphone", "android", "samsung", "xbox", "playstation",
    "nintendo", "uber", "tesco", "asda", "aldi", "lidl", "sainsburys", "walmart", "target",
    "starbucks", "mcdonalds", "ikea", "nhs", "covid", "corona", "tinder", "hinge", "bumble",
    "linkedin", "gmail", "outlook", "microsoft", "windows", "excel", "coke", "pepsi",
    # professionals: the care team is not part of the interpersonal inventory
    "dr", "doctor", "doc", "prof", "professor", "nurse", "therapist", "counsellor", "counselor",
    "psychiatrist", "psychologist", "gp",
    # pronouns and other words spaCy sometimes tags as a person when capitalised
    "i", "me", "my", "mine", "myself", "you", "your", "he", "him", "his", "she", "her", "they",
    "them", "we", "us", "it", "someone", "somebody", "everyone", "everybody", "anyone",
    "nobody", "people", "guys", "man", "dude", "mate", "bro", "sis", "babe", "baby", "love",
    "honey", "hun", "darling", "sweetie", "family", "anxiety", "depression", "ptsd",
    "adhd", "ocd", "autism", "cbt", "phq", "uni", "school", "work", "home", "sir", "madam",
    "mr", "mrs", "ms", "miss", "mx", "idk", "tbh", "imo", "btw", "omfg", "wtf", "fml", "smh",
    "ffs", "tbf", "ngl", "irl", "asap", "lmk", "hmm", "haha", "hahaha", "xx", "xxx", "therapy",
    "english", "brexit",
})

#: Titles that make the following name a professional: "Dr Patel" is not extracted.
PROFESSIONAL_TITLES: frozenset[str] = frozenset({"dr", "doctor", "prof", "professor", "nurse"})

#: Titles that belong to the name the bot says back: "Mrs Jones next door".
COURTESY_TITLES: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "mx"})

#: Words before a month or a day that make it a date: "in May", "since June", "last April".
DATE_WORDS: frozenset[str] = frozenset({
    "in", "on", "since", "until", "till", "til", "by", "before", "after", "during", "last",
    "next", "this", "of", "early", "mid", "late", "end", "start", "from", "through", "every",
    "each", "around", "in-between", "between",
})

#: First names typed in lower case are recognised only from this list ("i told tom"). Names that
#: are also everyday words ("will", "may", "grace", "mark") are left out: in lower case they are
#: far more often the word.
_FIRST_NAMES = """
aaron abbie abby abdul abdullah abi abigail adam adele adrian ahmed aidan aiden aisha alan alana
albert alex alexander alexandra alexis alfie ali alice alicia alison alistair allan
alyssa amanda amelia amir amira amit amy ana anastasia andrea andrew andy angela angelina anita
ann anna anne annie anthony antonio archie arjun arthur ashley ava barbara barry becca becky
bella ben benjamin beth bethany betty bianca billy bobby bradley brandon brenda brendan brian
bridget brittany brooke bryan caitlin callum calum cameron carl carla carlos caroline carlos
casey catherine cathy charlie charlotte chelsea cheryl chloe chris christian christina
christine christopher ciara claire clara colin connor conor craig daniel daniela danielle
danny darren dave david debbie deborah declan denise dennis derek diana diane dominic donna
dylan edward eilidh elaine eleanor elena eli elias elijah elizabeth ella ellen ellie elliot
elliott emily emma eric erica erin ethan eva evan evelyn fatima fiona finn francesca freddie
freya gabriel gary gavin george georgia gemma gerald gillian graham greg gregory hamza hannah
harriet harry harvey hassan hayley heidi helen henry holly hugo ian imogen isaac isabel
isabella isabelle isla jack jacob jade jake james jamie jane janet jasmine jason jay jayden
jeff jen jenna jennifer jenny jeremy jess jessica jim jimmy joanna joanne joe joel john johnny
jon jonathan jordan jose joseph josh joshua judith julia julie justin karen kate katherine
kathryn katie katy kayla keith kelly kenneth kevin khalid kieran kim kirsty kyle laura lauren
leah lee leo leon liam lily linda lisa liz lizzie logan lois louis louise lucas lucy luke
lydia maddie madison maisie malcolm manon marcus margaret maria mariam marie marion martha
martin mary matt matthew maya megan melanie melissa mia michael michaela michelle mike milly
mohammed mohammad molly muhammad nadia naomi natalie natasha nathan neil niamh nicholas nicola
nicole niall nina noah oliver olivia omar oscar owen paige pamela patrick paul paula peter
philip phoebe pippa priya rachel rahul raj rajesh ravi rebecca rhys richard ricky robert
robyn rory ross ruth ryan sadie sally sam samantha samuel sana sandra sara sarah sean shannon
sharon shaun sheila simon sinead sofia sophia sophie stacey stephanie stephen steve steven
stuart susan suzanne tanya tara teresa theo thomas tim timothy toby tom tommy tony tracy
trevor tyler vanessa vicky victoria vincent wayne wendy william yasmin yusuf zach zachary zara
zoe zain zainab
"""
FIRST_NAMES: frozenset[str] = frozenset(_FIRST_NAMES.split())

#: Names that are everyday words as well: accepted only when written with a capital letter in a
#: place where a person fits ("I told Will", "with June").
_AMBIGUOUS_NAMES = """
will may june april august summer autumn dawn grace hope joy faith rose ruby amber jade holly
ivy lily daisy iris violet olive poppy hazel heather robin penny sandy sunny mark bill jack
frank grant art ray dean drew chase hunter carter mason cole wade reed lance miles max guy
rich sue pat bob rob nick don eve harmony destiny crystal pearl gene jean sky river rain
"""
AMBIGUOUS_NAMES: frozenset[str] = frozenset(_AMBIGUOUS_NAMES.split()) - FIRST_NAMES
