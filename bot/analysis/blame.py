"""Find the ways a message can put the other person on trial.

Three patterns from the IPT communication-analysis literature: turning one event into a rule
("you never help"), telling the other person what is inside them ("you don't care"), and judging
the person instead of naming the need ("you're so selfish"). Each one tends to make the listener
defend themselves rather than hear the hurt behind it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from bot.analysis import lexicon
from bot.analysis.patterns import Evidence, Pattern
from bot.analysis.syntax import (
    addressed_in_order,
    ancestors_and_self,
    has_not,
    is_conditional,
    is_negated,
    is_other_person,
    is_question,
    is_wh_question,
    own_clause,
    phrase_spans,
    predicate_of,
    subject_of,
    text_of,
)

PERSON_NOUNS = frozenset(
    {
        "person", "man", "woman", "mother", "father", "mum", "mom", "dad", "parent", "husband",
        "wife", "partner", "boyfriend", "girlfriend", "friend", "brother", "sister", "son",
        "daughter", "boss", "manager", "colleague", "flatmate", "roommate", "human", "being",
        "guy", "girl", "boy", "kid", "human being", "people",
    }
)
#: Insult nouns that are ordinary words elsewhere ("what a mess", "our child").
AMBIGUOUS_INSULTS = frozenset(
    {"mess", "joke", "child", "baby", "failure", "disappointment", "nightmare", "pig", "cow",
     "pest", "fool"}
)
EXPERIENCER_OBJECTS = frozenset({"me", "us", "myself"})


# --- always / never ------------------------------------------------------------------------------


def find_generalisations(doc: Doc) -> list[Evidence]:
    """Absolutes anywhere, and always/never rules about the other person in particular."""
    idiom_tokens = {t.i for span in phrase_spans(doc, lexicon.ABSOLUTE_IDIOMS) for t in span}
    found: list[Evidence] = []
    for span in _absolute_spans(doc):
        if any(t.i in idiom_tokens for t in span):
            continue
        predicate = predicate_of(span.root)
        words = span.text.lower()
        if _is_appreciative(predicate, words):
            continue
        if is_question(predicate) and not is_wh_question(predicate) and (
            words not in lexicon.FREQUENCY_ABSOLUTES
        ):
            continue  # "Is everything ok?" asks; it does not generalise
        found.append(Evidence(Pattern.ABSOLUTE, span.text))
        subject = subject_of(predicate)
        if words in lexicon.FREQUENCY_ABSOLUTES | {"ever"} and is_other_person(subject):
            near = 0 <= span.start - subject.i <= 3  # "you never", "you're always"
            shown = text_of(doc[subject.i : span.end]) if near else span.text
            found.append(Evidence(Pattern.ALWAYS_NEVER_BLAME, shown))
    found.extend(_keeps_doing(doc))
    return found


def _absolute_spans(doc: Doc) -> list[Span]:
    spans = phrase_spans(doc, lexicon.ABSOLUTE_PHRASES)
    covered = {t.i for span in spans for t in span}
    for token in doc:
        if token.i in covered:
            continue
        if token.lower_ in lexicon.ABSOLUTE_WORDS or _is_never_ever(token):
            spans.append(doc[token.i : token.i + 1])
    return sorted(_longest_first(spans), key=lambda s: s.start)


def _is_never_ever(token: Token) -> bool:
    """"You don't ever listen", "why can't you ever...": "ever" doing the work of "never"."""
    if token.lower_ != "ever" or token.i > 0 and token.nbor(-1).lower_ == "never":
        return False
    predicate = predicate_of(token)
    return is_negated(predicate) or is_wh_question(predicate)


def _longest_first(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: s.end - s.start, reverse=True):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return kept


def _is_appreciative(predicate: Token, absolute: str) -> bool:
    """"You always make me laugh" and "you never judge me" praise; they do not blame."""
    tokens = own_clause(predicate)
    for child in predicate.children:
        if child.dep_ in {"ccomp", "xcomp"} and (subject_of(child) is None or (
            subject_of(child).lower_ in EXPERIENCER_OBJECTS
        )):
            tokens += own_clause(child)
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    text = " ".join(t.lower_ for t in tokens)
    if absolute in {"never", "not once", "not even once"}:
        return bool(lemmas & lexicon.NEGATIVE_BEHAVIOURS) or any(
            p in text for p in ("let me down", "let us down", "give up on")
        )
    if has_not(predicate) or absolute in {"nothing", "nobody", "no one", "noone"}:
        return False
    return bool(lemmas & lexicon.APPRECIATIVE_WORDS)


def _keeps_doing(doc: Doc) -> list[Evidence]:
    """"You keep interrupting me" is a generalisation without an absolute word."""
    found = []
    for token in doc:
        if token.lemma_.lower() == "keep" and any(
            c.tag_ == "VBG" and c.dep_ in {"xcomp", "ccomp"} for c in token.children
        ):
            subject = subject_of(token)
            if is_other_person(subject) and not is_question(token):
                found.append(Evidence(Pattern.ALWAYS_NEVER_BLAME, f"{subject.text} {token.text}"))
    return found


# --- mind-reading --------------------------------------------------------------------------------


def find_mind_reading(doc: Doc) -> list[Evidence]:
    """Statements about the other person's feelings or intentions, said as facts."""
    found: list[Evidence] = []
    for token in doc:
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        subject = subject_of(token)
        if not is_other_person(subject) or not _is_asserted(token):
            continue
        if _reads_mind(token):
            words = text_of(token.doc[subject.i : token.i + 1])
            found.append(Evidence(Pattern.MIND_READING, words))
    for span in phrase_spans(doc, lexicon.MIND_READING_PHRASES):
        predicate = predicate_of(span.root)
        if is_other_person(subject_of(predicate)) and _is_asserted(predicate):
            found.append(Evidence(Pattern.MIND_READING, span.text))
    return found


def _is_asserted(predicate: Token) -> bool:
    """Not a question, not "if you want", not owned as a worry, not someone's reported words."""
    if is_question(predicate) or is_conditional(predicate):
        return False
    for ancestor in list(ancestors_and_self(predicate))[1:]:
        if ancestor.lemma_.lower() in lexicon.HEDGES or is_conditional(ancestor):
            return False
        if ancestor.pos_ in {"VERB", "AUX"} and is_question(ancestor):
            return False  # "could you tell me what you want?"
    return True


def _reads_mind(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in lexicon.HOSTILE_MENTAL_VERBS:
        return not is_negated(verb)
    if lemma in lexicon.MENTAL_STATE_VERBS:
        if is_negated(verb):
            return True
        if any(c.lower_ == "only" for c in verb.children) or any(
            t.lower_ in {"yourself", "himself", "herself", "themselves"} for t in verb.subtree
        ):
            return True  # "you only care about yourself", "you only ever think about yourself"
        complements = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "dobj"}
                       and c.lower_ not in {"what", "which", "whatever"}]
        if any(c.lower_ in {"what", "whatever"} for c in verb.children):
            return False  # "what you want" names a thing; it does not claim to know it
        if lemma == "want":
            return bool(complements)
        if lemma == "think":
            return any(c.dep_ == "ccomp" for c in complements)
        return any(c.dep_ in {"ccomp", "xcomp"} for c in complements)
    if lemma == "try":
        return any(
            c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.ATTRIBUTED_INTENT_VERBS
            and verb.tag_ in {"VBG", "VBZ", "VBP"}
            for c in verb.children
        )
    # "you'd rather be with your friends"
    return any(c.lower_ == "rather" for c in verb.children) and any(
        c.lemma_ == "would" for c in verb.children
    )


# --- attacks on the person -----------------------------------------------------------------------


def find_attacks(doc: Doc) -> list[Evidence]:
    """Name-calling and verdicts on who the other person is."""
    phrases = phrase_spans(doc, lexicon.ATTACK_PHRASES)
    found = [Evidence(Pattern.ATTACK_ON_PERSON, span.text) for span in phrases]
    covered = {t.i for span in phrases for t in span}
    multiword = phrase_spans(doc, tuple(n for n in lexicon.INSULT_NOUNS if " " in n))
    for span in multiword:
        if _names_the_other(span.root, span.start):
            found.append(Evidence(Pattern.ATTACK_ON_PERSON, span.text))
            covered.update(t.i for t in span)
    for token in doc:
        if token.i in covered:
            continue
        word = token.lower_
        is_verb = token.pos_ in {"VERB", "AUX"}  # "you mean a lot to me" is not "you're mean"
        insult_adjective = word in lexicon.INSULT_ADJECTIVES and not is_verb
        insult_noun = word in lexicon.INSULT_NOUNS or token.lemma_.lower() in lexicon.INSULT_NOUNS
        if (insult_adjective and _judges_the_other(token)) or (
            insult_noun and not insult_adjective and _names_the_other(token, token.i)
        ):
            found.append(Evidence(Pattern.ATTACK_ON_PERSON, _with_subject(token)))
    return found


def _judges_the_other(adjective: Token) -> bool:
    """"you're so selfish", "you're a selfish person", "are you stupid", "you lazy cow"."""
    if _after_vocative_you(adjective):
        return True
    if adjective.dep_ == "amod":
        noun = adjective.head
        if noun.lower_ not in PERSON_NOUNS | lexicon.INSULT_NOUNS:
            return False
        if _after_vocative_you(noun):
            return True
        adjective = noun
    elif adjective.dep_ not in {"acomp", "attr", "oprd", "conj", "xcomp", "ccomp", "advmod",
                                "ROOT", "dobj"}:
        return False
    predicate = predicate_of(adjective)
    if has_not(predicate):
        return False
    return is_other_person(subject_of(predicate)) or addressed_in_order(predicate)


def _names_the_other(noun: Token, start: int) -> bool:
    """An insult noun said to or about the other person, not "what a mess" about a room."""
    if _after_vocative_you(noun, start):
        return True
    predicate = predicate_of(noun)
    if any(c.lower_ == "me" and c.dep_ == "dobj" for c in predicate.children):
        return False  # "you treat me like a child": the word is about the speaker
    if noun.dep_ in {"attr", "pobj", "acomp", "dobj", "conj", "ROOT", "npadvmod", "appos"} and (
        is_other_person(subject_of(predicate)) and not has_not(predicate)
    ):
        return noun.dep_ != "dobj" or predicate.lemma_ in {"be", "act", "behave", "call"}
    if noun.lower_ in AMBIGUOUS_INSULTS:
        return False
    before = [t.lower_ for t in noun.doc[max(0, start - 3) : start]]
    if before[-2:] in (["such", "a"], ["such", "an"], ["what", "a"], ["what", "an"]):
        return True
    words = [t for t in noun.sent if not t.is_punct]
    return len(words) <= 3  # "Idiot." / "absolute loser"


def _after_vocative_you(token: Token, start: int | None = None) -> bool:
    """"you idiot", "you lazy cow", "you absolute moron": "you" then only modifiers."""
    start = token.i if start is None else start
    doc = token.doc
    for i in range(start - 1, max(-1, start - 4), -1):
        word = doc[i]
        if word.lower_ == "you":
            return i + 1 == start or all(
                doc[j].pos_ in {"ADJ", "ADV"} or doc[j].lower_ in lexicon.INSULT_ADJECTIVES
                or doc[j].lower_ in lexicon.INTENSIFIERS
                for j in range(i + 1, start)
            )
        if word.pos_ not in {"ADJ", "ADV"} and word.lower_ not in lexicon.INTENSIFIERS:
            return False
    return False


def _with_subject(token: Token) -> str:
    predicate = predicate_of(token)
    subject = subject_of(predicate)
    if is_other_person(subject) and subject.i < token.i and token.i - subject.i <= 6:
        return text_of(token.doc[subject.i : token.i + 1])
    return token.text
