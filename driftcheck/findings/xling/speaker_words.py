"""Who speaks, read from one sentence: the words that name the source of each statement,
where each language puts them.

A reporting phrase that takes its source as a complement (the profile's `source_markers`:
according to, laut, selon, según, по данным) has the source after it. A reporting verb has
it as its subject: before the verb ("the agency said", "la agencia dijo", "в мэрии
сообщили"), or after it where the verb comes first, as after a quote or at the end of the
sentence ("said the minister", "sagte der Minister", "a déclaré le ministre", "заявил
министр"). The speaker is read within the reporting word's clause, SPEAKER_WORDS at most, and
no further than the speaker: past a time before it ("a annoncé jeudi la direction"), a name
read whole ("les analystes du Selmora Energy Institute"), a subject by its acronym's
brackets or its commas, and after a verb only words that name someone ("a déclaré Viktor
Brandt à la presse", not "said the investigation was"), an apposition only where it does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, subject_heads
from driftcheck.findings.xling.units import Span


@dataclass(frozen=True, slots=True)
class Speaker:
    """The words that name the source of one statement, and where they are."""

    words: tuple[facts.Word, ...]

    @property
    def span(self) -> Span:
        return (self.words[0].start, self.words[-1].end)


SPEAKER_WORDS = 5
"""Words of a reporting word's clause, next to it, that may name who speaks."""


def speakers(text: str, profile: Profile) -> list[Speaker]:
    """The speaker of each reporting word or phrase of the text (see the module docstring);
    a pronoun ("she said"), a clause with nothing but function words or a reporting phrase
    that is a hedge of the language (an unnamed report: "Berichten zufolge") names nobody."""
    cues, markers, _ = _cues(text, profile)
    every = facts.words(text)
    found: list[Speaker] = []
    held: list[Speaker] = []  # the subjects of reports not made
    for start, end in cues:
        clause_start, clause_end = facts.clause_of(text, (start, end))
        before = _before(text, every, (clause_start, start), profile)
        if before is None:
            continue
        after = _after_words(
            [w for w in every if end <= w.start and w.end <= clause_end],
            profile,
            marker=any(s <= start < e for s, e in markers),
        )
        if any(e <= start and not text[e:start].strip() for _, e in markers):
            continue  # "según informó la dirección": the verb of the phrase's speaker
        last = (
            len(after) <= SPEAKER_WORDS
            and text[clause_end : clause_end + 1] in ".!?"
            and _names_someone(after, profile, parts=True)
        )
        prepositional = any(s <= start < e for s, e in markers)
        if before and not prepositional and not _content(before, profile) and not last:
            continue  # "he said the council would vote": a pronoun names nobody, and what
            # follows is what is reported ("Das teilte der Netzbetreiber mit": the speaker
            # after the verb, at the clause's end)
        if before and profile.negation_re.fullmatch(before[-1].text):
            continue  # "не сообщил о неисправности ведомству": a report not made quotes no one
        # "Das Unternehmen bestätigte die Zahl nicht und wird nach Einschätzung der
        # Analysten...": a report not made, where the negation closes the verb's clause; its
        # subject counts only where no other report names a speaker ("bestritt die Zahlen
        # nicht, erklärte aber": the subject of both)
        denied = not prepositional and _negated_after(after, profile)
        whole = []  # a subject bounded by its acronym's brackets or its commas, read whole
        if not prepositional and not _content(before, profile):
            whole = _bracketed(text, every, start)
            if not whole and not last:
                whole = _apposition(text, every, clause_start, profile)
        read = _read_whole(text, whole, profile)
        if read:
            chosen = read  # "Le directeur général de CSR, Oskar Lindqvist, a assuré"
        elif not prepositional and (whole or _content(before, profile)):
            chosen = subject_heads.tail(whole or before, profile, SPEAKER_WORDS)
        else:
            chosen = _after(
                text,
                every,
                (after, clause_end),
                profile,
                prepositional=prepositional,
                opens=prepositional and _opens_sentence(text, start),
            )
            if not prepositional and any(
                profile.negation_re.fullmatch(w.text) for w in chosen if w in after
            ):
                continue  # "nannte aber keinen Termin", "n'a donné aucune date": what is
                # not given, no one who gives it
        chosen = [w for w in chosen if not _cue(w, profile)]
        if _content(chosen, profile) and not any(
            set(s.words) & set(chosen) for s in (*found, *held)
        ):
            (held if denied else found).append(Speaker(tuple(chosen)))  # "según informó la
            # dirección": one speaker
    return found or held


def _after_words(after: list[facts.Word], profile: Profile, *, marker: bool) -> list[facts.Word]:
    """The words after a reporting word in its clause that may name its speaker: past the
    verb of a reporting phrase (`marker`: "según informó el viernes la Autoridad") and a
    time ("a annoncé jeudi la direction"); none before what is reported ("a dit que les
    services...", "sagte, dass")."""
    if after and marker and _cue(after[0], profile):
        after = after[1:]
    after = _past_time(after, profile)
    if after and profile.hearsay_after and profile.hearsay_after_re.fullmatch(after[0].text):
        return []
    return after


def _negated_after(after: Sequence[facts.Word], profile: Profile) -> bool:
    """True where a negation may close the clause of the verb it negates (German) and the
    words after a reporting verb end with one, before a conjunction opens a second verb's
    clause: "bestätigte die Zahl nicht und wird" reports nothing."""
    if not profile.negation_closes:
        return False
    for n, w in enumerate(after):
        if profile.conjunctions and profile.conjunctions_re.fullmatch(w.text):
            after = after[:n]
            break
    return bool(after) and profile.negation_re.fullmatch(after[-1].text) is not None


def _before(
    text: str, every: Sequence[facts.Word], stretch: Span, profile: Profile
) -> list[facts.Word] | None:
    """The words of a reporting verb's clause before it (`stretch`: the clause's start and
    the verb's), or the subject it shares with a verb before "and" (see _coordinated);
    None where the verb reports nothing: a reflexive verb ("que se declaró insolvente":
    declared itself), or a second verb whose shared subject names nobody ("It denied that
    the network had been attacked and said": not the words before "and", what it denied)."""
    clause_start, start = stretch
    before = [w for w in every if clause_start <= w.start and w.end <= start]
    if before and profile.reflexive and profile.reflexive_re.fullmatch(before[-1].text):
        return None
    if _coordinated(before, profile):
        return _sentence_subject(text, every, start, profile) or None
    return before


def _coordinated(before: Sequence[facts.Word], profile: Profile) -> bool:
    """True when the word right before a reporting verb is a conjunction (and, und, et, y,
    и): the verb is the second of two that share one subject, named before the first."""
    return (
        bool(before)
        and bool(profile.conjunctions)
        and profile.conjunctions_re.fullmatch(before[-1].text) is not None
    )


def _sentence_subject(
    text: str, every: Sequence[facts.Word], start: int, profile: Profile
) -> list[facts.Word]:
    """The words that open the sentence of `start` and name someone (see _leading): the
    subject that a coordinated verb shares ("Telvane bestritt ... und erklärte"); none
    where the sentence opens with a pronoun or with anything else."""
    opening = len(re.split(r"[.!?\n](?=\s)", text[:start])[-1])
    sentence = start - opening
    return _leading([w for w in every if sentence <= w.start and w.end <= start], profile)


def _cues(text: str, profile: Profile) -> tuple[list[Span], list[Span], list[Span]]:
    """The reporting words and phrases of a text in order, and which of them are phrases
    whose source follows (markers) and verbs that give a statement to a source; a hedge
    ("Berichten zufolge", "según informaciones") is no one's word, and a reporting word
    inside a quote is the quoted speaker's ("a company that tells us")."""
    cues = [m.span() for m in profile.attribution_re.finditer(text)]
    markers = (
        [m.span() for m in profile.source_markers_re.finditer(text)]
        if profile.source_markers
        else []
    )
    cues += [span for span in markers if not any(s <= span[0] < e for s, e in cues)]
    verbs = (
        [m.span() for m in profile.speaker_verbs_re.finditer(text)] if profile.speaker_verbs else []
    )
    cues += [span for span in verbs if not any(s <= span[0] < e for s, e in cues)]
    hearsay = [m.span() for m in profile.hedge_re.finditer(text)] if profile.hedge else []
    quoted = facts.quotes(text, profile)
    kept = [
        (start, end)
        for start, end in cues
        if not any(s <= start and end <= e for s, e in hearsay)
        and not any(s <= start < e for s, e in quoted)
    ]
    return sorted(kept), markers, verbs


def _after(
    text: str,
    every: Sequence[facts.Word],
    clause: tuple[list[facts.Word], int],
    profile: Profile,
    *,
    prepositional: bool,
    opens: bool = False,
) -> list[facts.Word]:
    """The speaker after a reporting phrase, or after a verb that comes first: the words
    after it in its clause (`clause`: those words and where the clause ends). After a phrase
    that opens its sentence (`opens`) the clause after its comma is the statement ("По
    словам министра, решение суда будет обжаловано"), unless a second comma closes it and
    it has a name: an apposition or a participle's phrase ("По данным модели, опубликованной
    AHO в 2024 году, ...")."""
    after, clause_end = clause
    if not prepositional and len(after) > SPEAKER_WORDS:
        # in a longer clause, the words that name someone right after the verb ("a déclaré
        # Viktor Brandt à la presse devant le tribunal"); "said the merged company would
        # control..." names nobody
        return _leading(after, profile)
    if not prepositional and not _names_someone(after, profile, parts=True):
        return []  # the rest of a short clause that names nobody: "but said the inquiry was"
    if prepositional:
        after = _noun_phrase(_past_evidence(after, profile), profile)
    chosen = _whole_name(after, profile)
    if len(after) <= SPEAKER_WORDS and text[clause_end : clause_end + 1] == ",":
        # and the apposition after it: "said Dr Hannah Mercer, Corvane's director"
        following = facts.clause_of(text, (clause_end + 1, clause_end + 2))
        more = [w for w in every if following[0] <= w.start and w.end <= following[1]]
        closed = text[following[1] : following[1] + 1] == "," and bool(names(more, profile))
        if (
            len(more) <= SPEAKER_WORDS
            and _names_someone(more, profile)
            and (closed or not opens)
            and not _verb_first(more, profile)
        ):
            chosen += more
    return chosen


def _verb_first(words: Sequence[facts.Word], profile: Profile) -> bool:
    """True when a clause opens with a verb, not a noun phrase: a word in lower case that is
    no function word and names no one, not followed by a noun it would describe (a name, a
    role or a source: "ehemaliger Minister", "former head of"). After a comma it is a
    second statement whose subject is left out ("sagte der Minister, nannte aber keine
    Summe", "said Holt, adding that"), no apposition."""
    if not words or words[0].capitalised or words[0].text.lower() in profile.stopwords:
        return False
    if _names_someone(words[:1], profile, parts=True):
        return False
    return not (len(words) > 1 and _names_someone(words[1:2], profile, parts=True))


def _opens_sentence(text: str, start: int) -> bool:
    """True when nothing but punctuation comes before `start` in its sentence."""
    return not any(c.isalpha() for c in re.split(r"[.!?\n]", text[:start])[-1])


def _apposition(
    text: str, every: Sequence[facts.Word], clause_start: int, profile: Profile
) -> list[facts.Word]:
    """The clauses before a comma that opens the verb's clause, where they are a subject and
    its apposition between commas ("Nadia Kessler, the town's lawyer, said"); nothing after
    a quote, a dash or a stop, where the verb comes first ("», a déclaré le ministre"), nor
    after a clause the word of what is said opens (see _complement: "..., что суды не
    смогли найти переводчиков, сообщила Служба судов"): what is reported, no subject."""
    if text[:clause_start].rstrip()[-1:] != ",":
        return []
    previous = facts.clause_of(text, (clause_start - 2, clause_start - 1))
    if text[: previous[0]].rstrip()[-1:] != ",":
        return []  # one clause before the verb's: what is reported ("Prices rose, she said")
    opening = [w for w in every if previous[0] <= w.start < clause_start][:1]
    if opening and _complement(opening[0], profile):
        return []
    while previous[0] > 1 and text[: previous[0]].rstrip()[-1:] == ",":
        previous = (facts.clause_of(text, (previous[0] - 2, previous[0] - 1))[0], previous[1])
        if len([w for w in every if previous[0] <= w.start < clause_start]) > 2 * SPEAKER_WORDS:
            break
    return [w for w in every if previous[0] <= w.start and w.end <= clause_start]


def _complement(word: facts.Word, profile: Profile) -> bool:
    """True for the word that opens what is said (Profile.complement: что, dass), where it
    is no word that opens a relative clause too (que, that: "La Autoridad, que regula")."""
    return bool(
        profile.complement
        and profile.complement_re.fullmatch(word.text)
        and not (profile.relative and profile.relative_re.fullmatch(word.text))
    )


def _read_whole(text: str, whole: list[facts.Word], profile: Profile) -> list[facts.Word]:
    """A subject read whole (see _apposition): all of it where no clause is longer than
    SPEAKER_WORDS, else a noun phrase and its apposition at its end; nothing where neither."""
    if whole and _short_clauses(text, whole):
        return whole
    if not whole:
        return []
    return _noun_and_apposition(text, whole, profile) or _before_relative(text, whole, profile)


def _before_relative(text: str, words: Sequence[facts.Word], profile: Profile) -> list[facts.Word]:
    """The noun phrase before a relative clause that ends a subject, where it names someone
    ("La Autoridad de Derechos del Consumidor, que supervisa el fondo, afirmó": the
    authority; the relative clause says what it does); nothing otherwise."""
    parts = list(_COMMA.finditer(text, words[0].start, words[-1].end))
    if not parts or not profile.relative:
        return []
    last = [w for w in words if w.start >= parts[-1].end()]
    noun = [w for w in words if w.end <= parts[-1].start()]
    if (
        last
        and profile.relative_re.fullmatch(last[0].text)
        and len(noun) <= 2 * SPEAKER_WORDS
        and _names_someone(noun, profile, parts=True)
    ):
        return noun
    return []


def _noun_and_apposition(
    text: str, words: Sequence[facts.Word], profile: Profile
) -> list[facts.Word]:
    """The last two clauses of the words before a verb, where they are a noun phrase and its
    apposition between commas, one speaker: the apposition SPEAKER_WORDS at most and naming
    someone, the noun phrase at most twice as long and naming someone ("El ingeniero jefe de
    la agencia, el doctor Piet Varnholm, dijo"; "After a week of storms along the coast, the
    mayor, Ana Ruiz, said": the mayor); nothing otherwise."""
    parts = list(_COMMA.finditer(text, words[0].start, words[-1].end))
    cut = parts[-2].end() if len(parts) >= 2 else words[0].start
    tail = [w for w in words if w.start >= cut]
    apposition = [w for w in tail if w.start >= parts[-1].end()] if parts else []
    noun = [w for w in tail if w.end <= parts[-1].start()] if parts else []
    if (
        apposition
        and noun
        and len(apposition) <= SPEAKER_WORDS
        and len(noun) <= 2 * SPEAKER_WORDS
        and _names_someone(apposition, profile)
        and _names_someone(noun, profile, parts=True)
    ):
        return tail
    return []


def _short_clauses(text: str, words: Sequence[facts.Word]) -> bool:
    """True when no clause of the words is longer than SPEAKER_WORDS: a subject and its
    apposition ("Le directeur général de CSR, Oskar Lindqvist"), read whole, not a subject
    and a relative clause, read as far as SPEAKER_WORDS."""
    parts = _COMMA.split(text[words[0].start : words[-1].end])
    return all(len(facts.words(part)) <= SPEAKER_WORDS for part in parts)


_COMMA = re.compile(r"[,;]\s")
"""A comma between clauses, not one inside a figure (14,000)."""


def _bracketed(text: str, every: Sequence[facts.Word], start: int) -> list[facts.Word]:
    """A subject whose acronym in brackets stands right before the verb: "The Velden Port
    Authority (VPA) said" names the port authority."""
    head = text[:start].rstrip()
    if not head.endswith(")") or "(" not in head:
        return []
    opening = head.rindex("(")
    subject = facts.clause_of(text, (max(opening - 2, 0), max(opening - 1, 1)))
    return [w for w in every if subject[0] <= w.start and w.end <= len(head)]


def _leading(after: Sequence[facts.Word], profile: Profile) -> list[facts.Word]:
    """The words at the start of `after` that name a speaker (names, titles, sources and
    the function words between them), where they name someone; a part of a body ("la
    direction des finances de la ville") is read only in a short clause, whole."""
    run: list[facts.Word] = []
    for w in after[:SPEAKER_WORDS]:
        if (
            w.text.lower() not in profile.stopwords
            and not _names_someone([w], profile)
            and not facts.abbreviated_title(w.text)  # "a déclaré M. Ostrum lors d'une..."
        ):
            break
        run.append(w)
    if len(run) == SPEAKER_WORDS:
        run = _whole_name(after, profile)  # "un portavoz del Wild Hollows Trust"
    while run and run[-1].text.lower() in profile.stopwords:
        run.pop()
    return run if _names_someone(run, profile) else []


def _past_time(after: Sequence[facts.Word], profile: Profile) -> list[facts.Word]:
    """The words after a verb that comes first, less a time it opens with: in "a annoncé
    jeudi la direction de l'hôpital", "сообщило в четверг руководство больницы" the
    speaker is the hospital's management."""
    at = 0
    for n, w in enumerate(after[:SPEAKER_WORDS]):
        if facts.dates(w.text, profile):
            at = n + 1
        elif w.text.lower() not in profile.stopwords:
            break
    return list(after[at:])


def _whole_name(after: Sequence[facts.Word], profile: Profile) -> list[facts.Word]:
    """The first SPEAKER_WORDS words, and the rest of a name the last of them starts ("les
    analystes du Selmora Energy Institute"), its capitalised kind word included: the head
    of a body's name ("the Stage and Theatre Workers' Union" is a union), across the words
    that link a name's words (the profile's `name_links`: "la Autoridad de Derechos del
    Consumidor"); where every noun has a capital (German), a run of capitalised words is
    no name."""
    chosen = list(after[:SPEAKER_WORDS])
    if profile.capitalised_nouns:
        return chosen
    for w in after[SPEAKER_WORDS : SPEAKER_WORDS + 3]:
        kind = w.capitalised and _names_someone([w], profile, parts=True)
        named = bool(chosen) and bool(names(chosen[-1:], profile))
        # a body's kind word may go on with a place or a field: "the International Road
        # Hauliers' Union of Lestania" (see `joined`: a name must follow the link)
        headed = bool(chosen) and chosen[-1].capitalised and _names_someone(chosen[-1:], profile)
        if (named or headed) and profile.name_links and profile.name_links_re.fullmatch(w.text):
            chosen.append(w)  # a function word inside a name: "la Autoridad de Derechos del
            continue  # Consumidor"
        joined = (
            len(chosen) > 1
            and bool(profile.name_links)
            and profile.name_links_re.fullmatch(chosen[-1].text) is not None
            and chosen[-2].capitalised
            and _names_someone(chosen[-2:-1], profile, parts=True)
        )
        if not ((named or joined) and (names([w], profile) or kind)):
            break
        chosen.append(w)
        if not names([w], profile):
            break  # the kind word ends the name
    while chosen and len(chosen) > SPEAKER_WORDS and chosen[-1].text.lower() in profile.stopwords:
        chosen.pop()
    return chosen


def _cue(word: facts.Word, profile: Profile) -> bool:
    """True for a reporting word: a verb of the profile's attribution or speaker_verbs."""
    return bool(
        profile.attribution_re.fullmatch(word.text)
        or (profile.speaker_verbs and profile.speaker_verbs_re.fullmatch(word.text))
    )


def _noun_phrase(words: list[facts.Word], profile: Profile) -> list[facts.Word]:
    """The words up to the end of the noun phrase a reporting phrase takes, where every noun
    has a capital (German): a word in lower case that is no function word, after a noun,
    is the verb of the main clause ("Nach Einschätzung des Rats dürfte die Zahl": the
    council, not "die Zahl"); adjectives come before their noun ("der ulvarischen
    Regierung")."""
    if not profile.capitalised_nouns:
        return words
    for n, w in enumerate(words[1:], start=1):
        if (
            words[n - 1].capitalised
            and not w.capitalised
            and w.text.lower() not in profile.stopwords
        ):
            return words[:n]
    return words


def _past_evidence(words: list[facts.Word], profile: Profile) -> list[facts.Word]:
    """The words after the last noun of evidence among the first SPEAKER_WORDS, where a
    source follows it: after "according to early estimates by the agency" the source is
    the agency ("según las cifras del FMI", "nach einer Schätzung des Ministeriums"); with
    nothing after it ("the bank's own figures") the words as they are."""
    if not profile.evidence:
        return words
    at = [n for n, w in enumerate(words[:SPEAKER_WORDS]) if profile.evidence_re.fullmatch(w.text)]
    if at and _content(words[at[-1] + 1 :], profile):
        return _past_agent(words[at[-1] + 1 :], profile)
    return words


def _past_agent(words: list[facts.Word], profile: Profile) -> list[facts.Word]:
    """The words after the agent of a participle that opens them, where one names someone:
    in "figures released on Friday by the National Institute of Statistics" the source is
    the institute ("publiés vendredi par la fédération", "publicado por el ministerio")."""
    if not profile.agent:
        return words
    for n, w in enumerate(words[:SPEAKER_WORDS]):
        if profile.agent_re.fullmatch(w.text) and _names_someone(words[n + 1 :], profile):
            return words[n + 1 :]
    return words


def names_someone(words: Sequence[facts.Word], profile: Profile) -> bool:
    """True when the words hold a name, a role, a source or a part of a body that speaks for
    it: a speaker, not a reporting verb read as one ("a souligné")."""
    return _names_someone(words, profile, parts=True)


def _names_someone(words: Sequence[facts.Word], profile: Profile, *, parts: bool = False) -> bool:
    """True when the words hold a name, a role or a source (with `parts`, or a part of a
    body that speaks for it: "a annoncé la direction"): a speaker, not a clause ("said the
    company", "dijo el ministro", not "said it would appeal")."""
    text = " ".join(w.text for w in words)
    return bool(
        names(words, profile)
        or facts.roles(text, profile)
        or facts.sources(text, profile)
        or (parts and facts.speaker_sources(text, profile))
    )


def _content(words: Sequence[facts.Word], profile: Profile) -> bool:
    """True when the words hold one that is no function word."""
    return any(w.text.lower() not in profile.stopwords and not _cue(w, profile) for w in words)


def names(words: Iterable[facts.Word], profile: Profile) -> list[facts.Word]:
    """The capitalised words that are no function, role or source word: names."""
    skip = profile.stopwords | set(profile.roles) | set(profile.sources)
    return [
        w
        for w in words
        if w.capitalised
        and len(w.text) >= 3
        and w.text.lower() not in skip
        and not kind_word(w.text, profile)
        and not facts.dates(w.text, profile)
    ]


INFLECTION = 3
"""Letters at most of a case ending after a role or source stem (министерств-ом)."""


def kind_word(word: str, profile: Profile) -> bool:
    """True for a role or source word inflected from the profile's stem, in a language that
    capitalises only the first word of an institution's name: "Министерство культуры",
    "Полиция города" open a name with a common noun ("Судаков" is no "суд")."""
    if not profile.stems or profile.capitalised_nouns:
        return False
    lowered = word.lower()
    return any(
        " " not in key and lowered.startswith(key) and len(lowered) - len(key) <= INFLECTION
        for key in (*profile.roles, *profile.sources)
    )
