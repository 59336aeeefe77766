"""Find sarcasm markers: praise or thanks that mean the opposite.

Sarcasm says the hurt sideways, so the other person answers the tone instead of the need. Some
phrases are sarcastic wherever they appear ("thanks for nothing"); others only next to a
complaint ("oh great" is sarcastic in "oh great, you forgot again" but not in "oh great, you
got the job"). We only flag the second kind when a complaint is in the same sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from bot.analysis import lexicon
from bot.analysis.patterns import Evidence, Pattern
from bot.analysis.syntax import phrase_spans, sentence_words

#: Bare praise words are only sarcastic as an opener ("Great, late again").
OPENER_ONLY = frozenset({"great", "lovely", "brilliant", "fantastic", "genius", "wow", "typical",
                         "finally"})
LEAD_INS = frozenset({"oh", "well", "just", "wow", "how", "so", "yeah", "yes", "ah", "gee"})
#: Whole sentences that are a sarcastic verdict ("Typical.", "Figures.").
VERDICTS = frozenset({"typical", "figures", "that figures", "classic", "typical you"})


def find_sarcasm(doc: Doc) -> list[Evidence]:
    """Sarcasm markers in ``doc``, each with the words that showed it."""
    found = [Evidence(Pattern.SARCASM, s.text) for s in phrase_spans(doc, lexicon.SARCASM_STRONG)]
    for emoji in lexicon.SARCASM_EMOJI:
        if emoji in doc.text:
            found.append(Evidence(Pattern.SARCASM, emoji))
    for sent in doc.sents:
        if " ".join(sentence_words(sent)) in VERDICTS:
            found.append(Evidence(Pattern.SARCASM, sent.text.strip()))
    covered = {t.i for span in phrase_spans(doc, lexicon.SARCASM_STRONG) for t in span}
    weak = sorted(phrase_spans(doc, lexicon.SARCASM_WEAK), key=lambda s: s.start - s.end)
    for span in weak:  # longest first, so "oh great" is reported once, not also as "great"
        if any(t.i in covered for t in span):
            continue
        if span.text.lower() in OPENER_ONLY and not _opens_sentence(span):
            continue
        if _has_complaint(span):
            end = span.end + 1 if span.end < len(doc) and doc[span.end].is_alpha else span.end
            found.append(Evidence(Pattern.SARCASM, doc[span.start : end].text))
            covered.update(t.i for t in span)
    return _unique(found)


def _opens_sentence(span: Span) -> bool:
    before = [t for t in span.sent if t.i < span.start and not t.is_punct]
    return all(t.lower_ in LEAD_INS for t in before)


def _has_complaint(span: Span) -> bool:
    others = [t for t in span.sent if t.i < span.start or t.i >= span.end]
    return any(
        t.lower_ in lexicon.COMPLAINT_CUES or t.lemma_.lower() in lexicon.COMPLAINT_CUES
        for t in others
    )


def _unique(found: list[Evidence]) -> list[Evidence]:
    seen: set[str] = set()
    kept = []
    for evidence in found:
        if evidence.words.lower() not in seen:
            seen.add(evidence.words.lower())
            kept.append(evidence)
    return kept
