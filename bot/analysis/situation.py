"""Turn what the other person did, as the participant put it, into a neutral situation.

"You never help with the kids" blames; "When I don't get help with the kids" describes. The
I-statement needs the second: the same event, with the rule (always/never), the insults and the
guesses about motives taken out, so the other person can hear what happened without having to
defend who they are. We reuse the participant's own words wherever the grammar allows it, and
give up (returning ``None``) rather than produce something clumsy or still blaming.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from bot.analysis import lexicon
from bot.analysis.syntax import (
    is_conditional,
    is_other_person,
    is_question,
    is_wh_question,
    join_words,
    own_clause,
    phrase_spans,
    predicate_of,
    subject_of,
)

#: Ways of getting in touch: "you never call" becomes "I don't hear from you".
CONTACT_VERBS = frozenset({"call", "text", "ring", "phone", "message", "reply", "answer", "write",
                           "email", "visit", "contact"})
NOBODY = frozenset({"nobody", "noone"})
#: Negative forms of auxiliaries, for "you're never home" -> "you're not home".
NEGATIVE_AUX = {
    "are": "aren't", "'re": "'re not", "were": "weren't", "have": "haven't", "'ve": "haven't",
    "will": "won't", "'ll": "won't", "can": "can't", "could": "couldn't", "would": "wouldn't",
    "'d": "wouldn't", "do": "don't", "did": "didn't", "should": "shouldn't", "am": "'m not",
}
#: Third-person forms turned to second person when "he never..." is said back as "you...".
SECOND_PERSON = {
    "is": "are", "'s": "'re", "was": "were", "has": "have", "does": "do", "doesn't": "don't",
    "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
}
#: Common irregular pasts the small model tags as present ("you forgot my birthday").
IRREGULAR_PAST = {
    "forgot": "forget", "left": "leave", "broke": "break", "said": "say", "told": "tell",
    "went": "go", "came": "come", "took": "take", "made": "make", "gave": "give", "got": "get",
    "threw": "throw", "ate": "eat", "spent": "spend", "lost": "lose", "forgave": "forgive",
    "wrote": "write", "drove": "drive", "bought": "buy", "brought": "bring", "kept": "keep",
    "sent": "send", "spoke": "speak", "hung": "hang", "hit": "hit", "stole": "steal",
    "ran": "run", "sat": "sit", "stood": "stand", "slept": "sleep", "chose": "choose",
}
POSSESSIVE_OF = {"he": "his", "she": "her", "they": "their"}
REFLEXIVE_OF = {"he": "himself", "she": "herself", "they": "themselves"}
#: Verbs that describe an inner state, a need or an appearance rather than something done.
NOT_BEHAVIOUR = lexicon.MENTAL_STATE_VERBS | lexicon.HOSTILE_MENTAL_VERBS | {
    "make", "know", "seem", "look", "sound", "need", "got", "change", "understand", "realise",
    "realize", "mean", "deserve", "expect", "get",
}
#: First-person verbs whose complement is a wish, an ask or an opinion, not an event.
FRAMING_VERBS = frozenset({"need", "want", "like", "wish", "appreciate", "hope", "ask", "expect",
                           "prefer", "think", "know", "guess", "wonder", "suppose", "believe",
                           "imagine", "love", "would", "mean"})
#: Clauses kept inside a situation: "a word I say", "you said my cooking was boring".
RELATIVE_AND_REPORTED = frozenset({"relcl", "ccomp"})
#: Phrases that make a clause unusable: the attack or sarcasm is the whole point of it.
BLOCKING_PHRASES = lexicon.ATTACK_PHRASES + lexicon.SARCASM_STRONG
SWEARING = frozenset({"fucking", "bloody", "damn", "freaking", "frickin", "effing", "goddamn",
                      "fuckin", "sodding", "shitty", "crap", "hell"})
DROP_PHRASES: tuple[str, ...] = lexicon.ABSOLUTE_PHRASES + (
    "for once", "for a change", "yet again", "in your life", "or anything", "at all",
    "ever again", "half the time", "most of the time", "like always",
)


@dataclass(frozen=True)
class Situation:
    """A neutral description of what happened, ready for "When ..." or "... that ..."."""

    text: str
    past: bool
    wished_action: str
    """What they would like instead, as an action: "help me with the kids" for "you never help
    me with the kids", "try not to be late" for "you're always late"."""


def find_situation(doc: Doc) -> Situation | None:
    """The first thing the other person did, said neutrally; ``None`` if nothing is safe to
    reuse."""
    dropped = {t.i for span in phrase_spans(doc, DROP_PHRASES) for t in span}
    blocked = {t.i for span in phrase_spans(doc, BLOCKING_PHRASES) for t in span}
    own = _their_own_when_clause(doc, dropped, blocked)
    if own is not None:
        return own
    for token in doc:
        if token.pos_ not in {"VERB", "AUX"} or predicate_of(token) != token:
            continue
        subject = subject_of(token)
        if subject is None or subject.head != token:
            continue
        if not (is_other_person(subject) or subject.lower_ in NOBODY or _no_one(subject)):
            continue
        if not _reports_behaviour(token):
            continue
        situation = _describe(token, subject, dropped, blocked)
        if situation is not None:
            return situation
    return None


def _their_own_when_clause(doc: Doc, dropped: set[int], blocked: set[int]) -> Situation | None:
    """"I feel hurt when you cancel plans": they already named the situation; keep it."""
    for token in doc:
        if token.dep_ != "advcl" or not any(c.lower_ in {"when", "whenever"}
                                            for c in token.children):
            continue
        subject = subject_of(token)
        if is_other_person(subject) and _names_a_feeling(token.head) and _reports_behaviour(
            token, allow_when=True
        ):
            return _describe(token, subject, dropped, blocked)
    return None


def _names_a_feeling(verb: Token) -> bool:
    """"I feel hurt", "it hurts me", "I get so anxious": the clause the when-clause hangs on."""
    words = {t.lower_ for t in own_clause(verb)} | {verb.lemma_.lower()}
    return bool(words & (set(lexicon.FEELING_WORDS) | set(lexicon.FEELING_VERBS)
                         | {"hate", "feel", "felt"}))


def _reports_behaviour(verb: Token, allow_when: bool = False) -> bool:
    """A statement of what they do or did, not an ask, a wish, a guess or a hypothetical."""
    if is_question(verb) and not is_wh_question(verb) or is_conditional(verb):
        return False
    if verb.lemma_.lower() in NOT_BEHAVIOUR:
        return False
    if any(c.tag_ == "MD" and c.lower_ not in {"will", "'ll", "wo"} for c in verb.children):
        return False  # "you could...", "you should..." are asks or advice
    for ancestor in verb.ancestors:
        if ancestor.pos_ not in {"VERB", "AUX"}:
            continue
        subject = subject_of(ancestor)
        if is_conditional(ancestor):
            return False
        if subject is not None and subject.lower_ == "i" and ancestor.lemma_.lower() in (
            FRAMING_VERBS
        ):
            return False  # "I'd like you to...", "I appreciate you helping..."
        if subject is None and ancestor.dep_ == "ROOT" and ancestor.tag_ == "VB" and not (
            allow_when
        ):
            return False  # inside an order: "Please call me when you're late"
    return True


def _no_one(subject: Token) -> bool:
    return subject.lower_ == "one" and subject.i > 0 and subject.nbor(-1).lower_ == "no"


def _describe(verb: Token, subject: Token, dropped: set[int],
              blocked: set[int]) -> Situation | None:
    clause = own_clause(verb, keep=RELATIVE_AND_REPORTED)
    if any(_is_insult(t) or t.i in blocked for t in clause):
        return None
    if verb.lemma_.lower() == "keep":  # "you keep interrupting me" -> "you interrupt me"
        inner = next((c for c in verb.children if c.tag_ == "VBG"), None)
        if inner is None:
            return None
        clause = [t for t in clause if t.i >= inner.i or t == subject]
        verb = inner
    lemma = IRREGULAR_PAST.get(verb.lower_, verb.lemma_).lower()
    nobody = subject.lower_ in NOBODY or _no_one(subject)
    negated = nobody or any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
    past = verb.tag_ == "VBD" or verb.lower_ in IRREGULAR_PAST or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" and c.i < verb.i for c in verb.children
    )
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i
           and c.lower_ != "to"]
    if not negated and aux and aux[0].lower_ in {"do", "does"}:
        aux = aux[1:]  # "why do you always take her side" -> "you take her side"
    copula = verb.pos_ == "AUX" and verb.lemma_ == "be"
    if copula:
        aux = [*aux, verb]  # "you're never home": the copula behaves like an auxiliary
    rest = [t for t in clause
            if t.i > verb.i and t.i not in dropped and not _drop(t, subject)]
    words_after = _render_words(rest, subject)
    if _needs_object(lemma, words_after):
        return None
    base = f"{'be' if copula else lemma} {words_after}"
    if negated:
        text, wished = _negative(verb, subject, aux, words_after, past), base
    else:
        text, wished = _positive(verb, subject, aux, words_after), f"try not to {base}"
    text = " ".join(text.split())
    when = _when_clause(verb)
    if when and not past:  # "you interrupt me when I talk" -> "I talk and you interrupt me"
        text = f"{when} and {text}"
        wished = f"{wished} when {when}"
    if len(text.split()) < 2:
        return None
    return Situation(text=text, past=past, wished_action=" ".join(wished.split()))


def _negative(verb: Token, subject: Token, aux: list[Token], rest: str, past: bool) -> str:
    lemma = verb.lemma_.lower()
    if lemma == "help":
        without_me = rest.removeprefix("me ").removeprefix("us ").removeprefix("out ")
        without_me = "" if rest in {"me", "us", "out"} else without_me
        return f"I {'didn' if past else 'don'}'t get help {without_me}"
    if lemma in CONTACT_VERBS:
        after = " ".join(w for w in rest.split() if w not in {"me", "us", "back"})
        return f"I {'didn' if past else 'don'}'t hear from you {after}"
    if aux and aux[0].lemma_ != "do":
        first = _second_person_aux(aux[0], subject).lower()
        negative = NEGATIVE_AUX.get(first, f"{first} not")
        joined = "you" + negative if negative.startswith("'") else f"you {negative}"
        middle = " ".join(_second_person_aux(a, subject) for a in aux[1:])
        verb_word = "" if verb.pos_ == "AUX" and verb in aux else verb.text
        return f"{joined} {middle} {verb_word} {rest}"
    return f"you {'didn' if past else 'don'}'t {verb.lemma_} {rest}"


def _positive(verb: Token, subject: Token, aux: list[Token], rest: str) -> str:
    words = ["you"]
    for item in aux:
        word = _second_person_aux(item, subject)
        words.append(word)
    if verb.pos_ != "AUX" or verb not in aux:
        plain = verb.tag_ == "VBZ" or verb.tag_ == "VBG" and not aux
        words.append(verb.lemma_ if plain else verb.text)
    text = join_words(words)
    return f"{text} {rest}"


def _when_clause(verb: Token) -> str | None:
    """The speaker's own "when I talk" attached to the other person's action."""
    for child in verb.children:
        if child.dep_ != "advcl":
            continue
        opener = next((c for c in child.children if c.lower_ in {"when", "whenever"}), None)
        subject = subject_of(child)
        if opener is None or subject is None or subject.lower_ not in {"i", "we"}:
            continue
        words = [t for t in child.subtree if t != opener and not t.is_punct
                 and t.lower_ not in lexicon.INTENSIFIERS and not _is_insult(t)]
        text = join_words([("I" if t.lower_ == "i" else t.text) for t in words])
        if words and words[0] == subject:
            return text
    return None


def _second_person_aux(token: Token, subject: Token) -> str:
    if subject.lower_ == "you":
        return token.text
    if token.lower_ == "'s":
        return "'re" if token.lemma_ == "be" else "'ve"
    return SECOND_PERSON.get(token.lower_, token.text)


def _drop(token: Token, subject: Token) -> bool:
    word = token.lower_
    return (
        token == subject
        or token.is_punct
        or word in lexicon.INTENSIFIERS
        or word in SWEARING
        or word in {"not", "n't"} and token.dep_ == "neg"
        or token.dep_ in {"cc", "intj", "mark"} and token.head == subject.head
        or token.dep_ == "advmod" and word in {"when", "whenever"}
        or _is_insult(token)
    )


def _is_insult(token: Token) -> bool:
    return token.lower_ in lexicon.INSULT_NOUNS or (
        token.lower_ in lexicon.INSULT_ADJECTIVES and token.pos_ == "ADJ"
    )


def _needs_object(lemma: str, rest: str) -> bool:
    """"When you do, ..." says nothing: a transitive verb without its object is not reusable."""
    return lemma in {"do", "make", "take", "get", "give", "put", "bring", "have", "say", "tell",
                     "be"} and not rest


def _render_words(tokens: list[Token], subject: Token) -> str:
    words = []
    third = subject.lower_ in POSSESSIVE_OF
    for token in tokens:
        word = token.text
        if third and token.lower_ == POSSESSIVE_OF[subject.lower_] and token.tag_ == "PRP$":
            word = "your"
        elif third and token.lower_ == REFLEXIVE_OF[subject.lower_]:
            word = "yourself"
        elif token.lower_ == "i":
            word = "I"
        words.append(word)
    return join_words(words)
