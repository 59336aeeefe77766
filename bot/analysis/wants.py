"""Turn what the participant wanted into an action the other person could say yes to.

The role-dispute flow asks "what did you want?" and gets answers like "him to help with bedtime",
"an apology" or "to be listened to". A request names an action ("Could you help with bedtime?"),
so we find the action in their answer and keep their words for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from bot.analysis import lexicon
from bot.analysis.asking import action_tokens, render_action
from bot.analysis.parsing import parse
from bot.analysis.syntax import join_words

#: Object pronouns that stand for the other person in "I wanted him to...".
OTHER_AS_OBJECT = {"him": "his", "her": "her", "them": "their", "you": "your", "he": "his",
                   "she": "her", "they": "their"}
#: The subject pronoun that goes with each object pronoun, for the rest of the sentence.
PRONOUN_OF = {"him": "he", "her": "she", "them": "they", "he": "he", "she": "she",
              "they": "they"}
#: Nouns people want that read better as a verb.
NOUN_ACTIONS = {"apology": "say sorry", "sorry": "say sorry", "hug": "give me a hug",
                "call": "give me a call", "break": "give me a break", "space": "give me some space"}
SELF_WANT_VERBS = frozenset({"be", "feel", "get"})
#: "To be heard": wants about how the participant is treated, asked for as "help me feel heard".
TREATED_AS = ("heard", "listened to", "seen", "understood", "appreciated", "valued", "respected",
              "supported", "included", "loved", "noticed", "believed", "taken seriously",
              "thanked", "cared for", "wanted", "trusted", "missed")
JOINT_SUBJECTS = frozenset({"us", "we"})
#: Words that carry blame or heat but no content ("help *for once*", "*just* listen").
HEATED_FILLERS = frozenset({"just", "even", "again", "ever", "actually", "literally", "constantly",
                            "always", "never", "forever", "fucking", "bloody", "damn", "freaking",
                            "once", "still", "seriously"})
STRIP_START = ("i wanted ", "i want ", "i'd like ", "i would like ", "i needed ", "i need ",
               "i wished ", "i wish ", "i was hoping ", "i hoped ", "just ", "for ")


@dataclass(frozen=True)
class WantedAction:
    """An action in base form ("help with bedtime") and whether it is joint ("talk it through"
    together)."""

    action: str
    together: bool = False


def action_from_want(want: str | None) -> WantedAction | None:
    """The action in ``want`` (what the participant said they wanted), or ``None``."""
    text = (want or "").strip().rstrip(".!?").strip()
    lowered = text.lower()
    for prefix in STRIP_START:
        if lowered.startswith(prefix):
            text, lowered = text[len(prefix):], lowered[len(prefix):]
    if not text or len(text) > 300:
        return None
    treated = lowered.removeprefix("to ").removeprefix("be ").removeprefix("feel ").strip()
    if treated in TREATED_AS:
        return WantedAction(f"help me feel {treated}")
    doc = parse(text)
    for token in doc:
        subject = _direct_subject(token)
        if token.pos_ not in {"VERB", "AUX"} or subject is None:
            continue
        if subject.lower_ in OTHER_AS_OBJECT:
            return _clean(WantedAction(_render(token, subject)))
        if subject.lower_ in JOINT_SUBJECTS:
            return _clean(WantedAction(_render(token, subject), together=True))
    words = [t for t in doc if not t.is_punct]
    if not words:
        return None
    first = words[0] if words[0].lower_ != "to" or len(words) == 1 else words[1]
    if first.pos_ in {"VERB", "AUX"} and first.tag_ in {"VB", "VBP"}:
        action = render_action(action_tokens(first), first)
        if first.lemma_ in SELF_WANT_VERBS:  # "to get some rest": not an ask of them
            return None
        together = first.lemma_ in {"talk", "sit", "sort", "work", "spend", "plan", "figure",
                                    "find", "agree", "discuss", "go", "have"}
        return _clean(WantedAction(action, together))
    return _clean(_from_noun(doc.text, [t.lower_ for t in words]))


def _from_noun(text: str, words: list[str]) -> WantedAction | None:
    """"an apology", "more time together", "some help with the kids"."""
    if "together" in words:
        return WantedAction(f"spend {text}", together=True)
    for noun, action in NOUN_ACTIONS.items():
        if noun in words:
            return WantedAction(action)
    if "help" in words:
        after = text[text.lower().index("help") + len("help"):].strip()
        return WantedAction(f"help me {after}".strip())
    if len(words) <= 6:
        return WantedAction(f"give me {text}")
    return None


def _render(verb: Token, subject: Token) -> str:
    """The action of "him to put his phone away", said to him: "put your phone away"."""
    possessive = OTHER_AS_OBJECT.get(subject.lower_)
    pronoun = PRONOUN_OF.get(subject.lower_)
    words = []
    for token in action_tokens(verb):
        word = token.text
        if possessive and token.lower_ == possessive and token.tag_ == "PRP$":
            word = "your"
        elif token.lower_ in {"himself", "herself", "themselves"}:
            word = "yourself"
        elif pronoun and token.lower_ == pronoun and token.dep_ in {"nsubj", "nsubjpass"}:
            word = "you"  # "him to call me when he lands" -> "call me when you land"
        elif pronoun and token.tag_ == "VBZ" and any(
            c.lower_ == pronoun and c.dep_ == "nsubj" for c in token.children
        ):
            word = {"is": "are", "has": "have", "does": "do", "'s": "'re"}.get(token.lower_,
                                                                             token.lemma_)
        elif token == verb:
            word = verb.lemma_
        elif token.dep_ == "neg" and token.head == verb:
            word = "not"
        elif token.lower_ == "i":
            word = "I"
        words.append(word)
    text = join_words(words)
    return f"try not to {text[4:]}" if text.startswith("not ") else text


def _clean(wanted: WantedAction | None) -> WantedAction | None:
    """Drop blaming words a want can carry ("him to help for once")."""
    if wanted is None:
        return None
    words = [w for w in wanted.action.split()
             if w.lower() not in HEATED_FILLERS and w.lower() not in
             lexicon.INSULT_ADJECTIVES | lexicon.INSULT_NOUNS]
    action = " ".join(words).removesuffix(" for").removesuffix(" for a change").strip()
    return WantedAction(action, wanted.together) if action else None


def _direct_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
