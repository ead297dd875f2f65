"""German: the words the cross-language rules read."""

from __future__ import annotations

from driftcheck.findings.lexicon import word_list
from driftcheck.findings.profiles import Profile

_CLAUSE_END = r"(?=\s*(?:[,.;:!?\"“”„»«)–—]|und\b|oder\b|aber\b|sowie\b|$))"
_PARTICLE_END = r"(?:[,.;:!?]| (?:und|oder|aber|sowie)\b)"
"""What follows a separable verb's particle at its clause's end: a stop, or a coordinated
clause ("gab ... bekannt und zog damit Kritik auf sich")."""


def _separable(verb: str, particle: str, near: int = 5) -> str:
    """A separable verb and its particle: at most `near` words apart, or further (up to 12:
    objects, a time, a place) where the particle closes the clause, as German puts it
    ("wies die Vorwürfe in einer Nachricht an Wire zurück und ...")."""
    return (
        rf"(?:{verb}) (?:\w+ ){{0,{near}}}{particle}\b"
        rf"|(?:{verb}) (?:\w+ ){{{near + 1},12}}{particle}{_CLAUSE_END}"
    )


_LEHN = r"lehn\w+"  # every form of "ablehnen" (refuse, reject)


PROFILE = Profile(
    code="de",
    negation=(
        r"nicht|nie|niemals|kein|keine|keinen|keinem|keiner|keines|nichts|niemand|niemanden"
        r"|nein"  # "sie haben Nein gesagt" (said no); cited: negated_clauses._cited
        r"|weder|bestr(?:eitet|itt|itten|eiten)|dementier\w*|unbekannt|unklar"
        r"|unwahrscheinlich|lehnt\w*|abgelehnt|verweiger\w*|weiger(?:t|te|ten|n)\b"
        r"|keineswegs|keinesfalls|nirgends|nirgendwo|keinerlei|vernein\w*|abgestritten"
        # every form of a separable verb of refusal: "mehrere Fakultäten lehnen dies ab",
        # "weil sie es ablehnen" (refuse to)
        rf"|{_separable('lehnen', 'ab', 6)}|ablehn\w*"
        rf"|{_separable('stritt|streitet|stritten|streiten', 'ab')}"  # denied
        r"|(?:dürften?|wird|werden|werde|würden?|könnten?) (?:\w+ ){0,5}kaum\b"  # unlikely
        r"|(?:ließ|lässt|ließen|lassen) (?:\w+ ){0,3}offen\b|offen ?gelassen"  # left open: not said
        r"|es sei denn|zurückgewiesen"
        rf"|{_separable('wies|weist|wiesen|weisen', 'zurück')}"
        r"|unverletzt|unversehrt"  # a negation folded into a word: not hurt
        r"|ohne (?:\w+ ){0,4}zu \w+|ohne (?:\w+ ){0,4}\w+zu\w+"  # a negated action: without doing
        r"|mangels"  # for lack of
        r"|(?:zu|noch zu) früh\b"  # too early to: cannot yet
    ),
    not_negation=(
        r"\bnicht nur\b|\berst\b|\bnicht weniger als\b"
        # a source's anonymity (see en): "der nicht namentlich genannt werden wollte"
        r"|\bnicht (?:namentlich )?(?:genannt|zitiert) (?:zu )?werden\b"
        # a chance not missed is seized (litotes): "verpasst keine Gelegenheit", "lässt keine
        # Chance ungenutzt"
        r"|\b(?:verpass|versäum)\w* (?:\w+ ){0,2}(?:keine|nie eine) (?:\w+ )?(?:Gelegenheit|Chance)"
        r"|\bkeine (?:\w+ )?(?:Gelegenheit|Chance) (?:\w+ )?ungenutzt"
        r"|\bwie (?:nie|niemand|keine?r?)\b"  # a comparison: "so jung wie niemand mehr seit 1985"
        r"|\bwie seit\b[^,;]{0,40}\b(?:nicht|nie|kein\w*(?: \w+)?) mehr\b"  # "so niedrig wie
        # seit 1987 nicht mehr", "so stark wie seit sechs Jahren an keinem Tag mehr": the most
        r"|\boder nicht\b"  # whether or not
        r"|\bnicht einmal (?:die |ein |eine )?(?:hälfte|drittel|viertel|\d)"  # less than half
        r"|\bnicht mehr als\b|\bnichts (?:weiter|anderes|mehr) als\b"  # a bound: at most
        # a stop negated is going on (litotes): "hören nicht auf zu suchen" = keep searching
        r"|\b(?:hör|hört|hörte|hören|hörten|höre) (?:\w+ ){0,3}?(?:nicht|nie) auf\b"
        r"|\b(?:nicht|nie) auf(?:hören|zuhören|gehört)\b"
        # "solange wir es nicht wissen" = "until we do", as French "tant que ... ne pas"
        r"|\bsolange\b[^,;]*\b(?:nicht|kein\w*)\b"
        # a negation of a whole is a part: "nicht vollständig erfasst" = undercounted
        r"|\bnicht (?:vollständig|völlig|komplett|gänzlich|ganz)\b"
        r"|\bnicht (?:zuletzt|selten|un(?:erheblich|wesentlich|bedeutend|gewöhnlich|üblich"
        r"|wichtig|umstritten|begründet|problematisch|gefährlich)\w*)\b"  # litotes
    ),
    hedge=(
        # not sure (a person's doubt; "nicht sicher", "unsicher" alone are also "not safe")
        r"(?:bin|war|sind|waren) (?:ich |wir |er |sie )?(?:mir |uns |sich )?(?:noch )?nicht"
        r" (?:ganz |so )?sicher"  # also after the verb, its subject: "war ich mir nicht sicher"
        r"|nicht (?:ganz |so )?sicher, ob"
        r"|berichten zufolge|angeblich\w*|mutmaßlich\w*|offenbar|vermutlich\w*|wahrscheinlich\w*"
        r"|möglicherweise|vielleicht|voraussichtlich\w*|dürft\w+|könnt\w+"
        r"|scheint|scheinen|scheine|schien|schienen|wohl|unwahrscheinlich|verdacht\w*"
        r"|anscheinend|womöglich|eventuell|(?:gilt|gelten|galt|galten) als|vermutet\w*"
        r"|nach (?:unbestätigten |einigen )?berichten|medienberichten zufolge"
        # unlikely, as the negation list reads it: "der Sturm werde die Preise kaum treiben"
        r"|(?:dürften?|wird|werden|werde|würden?|könnten?) (?:\w+ ){0,5}kaum\b"
    ),
    soft_hedge=(
        r"würde\w*|werde|soll\w*|dürft\w+|könne\w*|kann|können|erwart\w+|voraussichtlich\w*"
        r"|kannst|konnt\w+"  # the rest of "können": "konnten zurückkehren" (could return)
        r"|gerechnet|rechn\w+ (?:\S+ ){0,3}?(?:da)?mit|zu rechnen"  # "es wird mit ... gerechnet",
        # "rechnet damit", "ist ... zu rechnen": expected
        r"|veranschlagt\w*"  # the participle, as English lists "estimated"
        r"|möglich(?:e|en|er|es|em)?\b"  # "einem möglichen Motiv": the motive they might have
        r"|schätz\w+|geschätzt\w*|rund|etwa|ungefähr|droh\w+"  # "drohen": could face
        r"|plan\w+|geplant\w*"  # the verb in any form, its participle "geplant" too
        r"|will|wollen"  # intent: "will ... veröffentlichen" (plans to publish), not "wollte"
        r"|befürcht\w*"  # a fear renders a possibility: "Befürchtungen, der Damm könnte brechen"
        r"|risik\w*|gefahr"  # so does a risk: "das Risiko eines Dammbruchs" (the dam could burst)
        # and a warning of a thing, "warnen vor": "vor Temperaturen von bis zu 36 Grad
        # gewarnt" (warned that temperatures could reach 36), where the verb renders the
        # "warned" and its "vor" the possibility; "warnte, dass" is no warning of a thing,
        # and its clause says what it warns of with a modal or without
        r"|(?<=warnt )vor\b|(?<=warnte )vor\b|(?<=warnen )vor\b|(?<=warnten )vor\b"
        r"|vor (?!\d)(?:\S+ ){1,8}?gewarnt"
        r"|darf|dürfen?|durften?"  # the "may" of permission: "the court may ask" = "darf",
        # in reported speech "dürfe" (Konjunktiv I: "die Kirche dürfe weiterhin läuten")
        # the modal passive: "sich nicht verhindern lassen" = "cannot be prevented"
        r"|(?:lässt|lassen|ließ|ließen) sich|sich (?:\S+ ){1,8}?\S+n (?:lässt|lassen|ließe?n?)\b"
    ),
    # the words of each kind that hedges, whether they hedge here or not (Profile.hedge_kinds)
    # a thing stated as certain: a "would" beside it hedges nothing (Profile.certainty)
    certainty=(
        r"sicherlich|zweifellos|zweifelsohne|garantiert|unweigerlich|mit Sicherheit"
        r"|ganz sicher|auf jeden Fall|ohne (?:jeden )?Zweifel"
    ),
    hedge_kinds={
        "can": r"k[öo]nn\w*|kann|kannst|konnt\w*|möglich\w*",
        "expect": (
            r"erwart\w*|plan\w*|geplant\w*|vorgesehen\w*|prognos\w*|voraussichtlich\w*|will|wollen"
            r"|gerechnet|zu rechnen"
        ),
        "estimate": r"schätz\w*|geschätzt\w*|veranschlagt\w*",
        "risk": r"risik\w*|gefahr\w*|gefährd\w*|befürcht\w*|droh\w*|bedroh\w*|angst|ängst\w*",
        "likely": r"wahrscheinlich\w*|unwahrscheinlich\w*|vermutlich\w*|dürft\w+",
        "would": r"würde\w*",  # the mood (Konjunktiv II)
    },
    complement=r"dass",  # "erwartet, dass ... und dass ...": a hedge for each
    # a hedge of hearsay (Profile.evidential): "soll" is the modal of hearsay
    evidential=(
        r"\w*berichten zufolge|angeblich\w*|mutmaßlich\w*|offenbar|anscheinend|vermeintlich\w*"
        r"|nach (?:\S+ ){0,3}?(?:berichten|informationen)|(?:informationen|quellen) zufolge"
        r"|wie (?:es )?(?:verlautete|hieß|heißt)|hie(?:ß|ss) es|heißt es|verlautet\w*"
        r"|soll(?:en|te|ten)?|gerücht\w*"
    ),
    attribution=(
        r"sagt\w*|gesagt|erklärt\w*|teilt\w* mit|mitgeteilt|mitteilt\w*|betont\w*|warnt\w*"
        r"|sprach(?:en)?|bestätigt\w*|nach (?:eigenen )?angaben|angaben zufolge|laut|zufolge"
        r"|kündigt\w* an|räumt\w* ein"
        r"|fügt\w* hinzu|berichtet\w*|nannte|bezeichnete|meinte|argumentiert\w*|kritisiert\w*"
        r"|unter berufung auf|zitiert\w*|versichert\w*|unterstrich\w*|behauptet\w*|hie(?:ß|ss) es"
        r"|heißt es|(?<=, )so(?= (?:der|die|das|ein|eine) )"  # "..., so der Sprecher."
        # "Das geht aus Unterlagen hervor": the source a statement emerges from
        r"|g(?:eh|ing)\w* aus (?:\S+ ){1,6}?hervor|hervorg(?:eh|ing)\w*"
    ),
    speaker_sources={
        # a public body's office or service, a body's management: a source as a speaker
        "dienst": "service", "abteilung": "department", "gemeinde": "municipality",
        "stadtverwaltung": "municipality", "rathaus": "municipality",
        "geschäftsführung": "management", "konzernleitung": "firm",  # a company's own
        "unternehmensleitung": "firm", "konsortium": "consortium",
        "hersteller": "firm", "autobauer": "firm", "börse": "firm", "leitung": "management",
        "krankenhaus": "hospital", "klinik": "hospital",
        "anwält": "people", "anwalt": "people", "jurist": "people", "expert": "people",
        "anwohner": "people", "einwohner": "people", "bewohner": "people",
        "hotelier": "people", "ökonom": "people", "wissenschaftler": "people",
        "forscher": "people", "landwirt": "people",
        "staatsanwalt": "prosecution", "anklage": "prosecution",
        "rechnungshof": "audit", "rechnungsprüf": "audit",
        "verband": "association", "verbände": "association", "föderation": "association",
        "genossenschaft": "association",  # a body of members: a cooperative
        "institut": "institute", "universität": "institute", "observatorium": "institute",
        "dokument": "document", "unterlagen": "document",
    },
    source_markers=(
        r"laut|nach (?:eigenen )?angaben|unter berufung auf|(?<=, )so(?= (?:der|die|das|ein|eine) )"
        r"|nach (?:ansicht|einschätzung|schätzung\w*|berechnungen|darstellung"
        r"|informationen|auffassung)"
        # with an article and an adjective between: "nach einer späteren Schätzung"
        r"|nach (?:\w+ ){1,2}(?:schätzung\w*|berechnung\w*|angaben)"
    ),
    speaker_verbs=(
        r"schätz(?:t|te|ten|en)|berechnet\w*|errechnet\w*|bestr(?:eitet|eiten|itt|itten)"
        r"|dementiert\w*|erzählt\w*|beklagt\w*|kommentiert\w*"
        # a demand: "die Partei forderte eine Untersuchung"
        r"|forder(?:t|te|ten)\b|verlang(?:t|te|ten)\b"
        # a separable verb with its speaker inside, its particle closing the clause (a
        # stop, or a second verb's clause: "Das gab der Betreiber am Montag bekannt und zog")
        rf"|(?:teilt\w*(?=(?: [^\s,.;:!?]+){{1,8}} mit{_PARTICLE_END})"
        rf"|(?:gab|gibt|geben|gaben)(?=(?: [^\s,.;:!?]+){{1,8}} (?:bekannt|an){_PARTICLE_END})"
        rf"|kündigt\w*(?=(?: [^\s,.;:!?]+){{1,8}} an{_PARTICLE_END})"
        rf"|räumt\w*(?=(?: [^\s,.;:!?]+){{1,8}} ein{_PARTICLE_END})"
        rf"|fügt\w*(?=(?: [^\s,.;:!?]+){{1,8}} hinzu{_PARTICLE_END}))"
    ),
    indefinite=r"eine?|einer|einem|einen|eines",
    agent=r"von|vom|durch",
    reported_speech=(
        r"sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|gebe|liege|stehe|gehe|komme"
        r"|bleibe|wisse|plane|brauche|fehle"
    ),
    evidence=(
        r"schätzung\w*|zahlen|daten|berechnung\w*|studie|bericht\w*|umfrage|erhebung|modell\w*"
        r"|analyse"
    ),
    roles={
        "kapitän": "captain", "hauptmann": "captain", "kommissar": "commissioner",
        "kommissarin": "commissioner", "inspektor": "inspector", "general": "general",
        "professor": "professor", "professorin": "professor", "senator": "senator",
        "senatorin": "senator", "kanzler": "chancellor", "kanzlerin": "chancellor",
        "feldwebel": "sergeant", "botschafter": "ambassador", "botschafterin": "ambassador",
        "admiral": "admiral", "leutnant": "lieutenant", "kommandant": "commander",
        "kommandeur": "commander", "sekretär": "secretary", "staatssekretär": "secretary",
        "sprecher": "spokesman", "sprecherin": "spokesman", "präsident": "president",
        "präsidentin": "president", "chef": "chief", "chefin": "chief", "vorstandschef":
        "chief executive", "geschäftsführer": "chief executive", "minister": "minister",
        "ministerin": "minister", "ministerpräsident": "minister", "gouverneur": "governor",
        "notenbankchef": "governor",
        "bürgermeister": "mayor", "bürgermeisterin": "mayor", "direktor": "director",
        "oberst": "colonel",
        "direktorin": "director", "richter": "judge", "richterin": "judge", "staatsanwalt":
        "prosecutor", "staatsanwältin": "prosecutor", "anklage": "prosecutor", "vorsitzend":
        "leader", "anführer": "leader", "analyst": "analyst", "ingenieur": "engineer",
        "anwalt": "lawyer", "anwältin": "lawyer", "vertreter": "representative",
        "vertreterin": "representative", "leiter": "chief", "leiterin": "chief",
    },
    sources={
        "polizei": "police", "museum": "museum", "unternehmen": "company", "konzern": "company",
        "firma": "company", "gewerkschaft": "union", "ministerium": "ministry",
        "regierung": "government", "behörde": "authority", "agentur": "agency",
        "aufsicht": "regulator", "rechnungshof": "authority",
        "gericht": "court", "fluggesellschaft": "airline",
        "bank": "bank", "ermittler": "investigators", "staatsanwaltschaft": "prosecutor",
        "ingenieur": "engineer", "insider": "insiders", "kreise": "insiders", "zeugen": "witnesses",
        # "mit der Sache vertraute Personen": people familiar with the matter
        "vertraute personen": "insiders",
        "augenzeugen": "witnesses",
        "verband": "organisation", "kommission": "organisation",
        "versicherer": "insurer", "zeitung": "media", "medien": "media",
        "arbeitgeber": "employers", "opposition": "opposition", "betreiber": "company",
        "analysten": "analyst",  # as "analysts", "analystes", "analistas", "аналитик"
    },
    number_words={
        "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
        "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20,
        "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
        "achtzig": 80, "neunzig": 90, "hundert": 100,
        "sechzehn": 16, "siebzehn": 17, "dreizehn": 13, "vierzehn": 14, "achtzehn": 18,
        "neunzehn": 19,
    },
    number_like={
        "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
        "mittag": 12,  # twelve o'clock
        "mitternacht": 24,  # "24 Uhr", "0 Uhr"
    },
    count_nouns={"jahrzehnt": 10, "dutzend": 12},
    approximate={"dutzende": 10, "dutzenden": 10, "hunderte": 100, "hunderten": 100,
                 "tausende": 1000, "tausenden": 1000},
    number_endings=frozenset({"", "er", "s"}),  # zweier; "achten" is a verb, "achte" eighth
    ordinal_endings=frozenset({"te", "ten", "ter", "tes", "tem", "ste", "sten", "ster", "stes",
                               "stem", "e", "en", "es", "em"}),  # dritt-en, acht-e
    compound_joint=r"\w[^\Waeiouäöü]\w{3,}",  # zehn|jährig, drei|tägig
    number_joiner="und",
    and_a_half=r"einhalb",  # zweieinhalb
    share_of=r"von",
    share_one=r"eine?[rnms]?",
    rates=(
        (r"pro Stunde|je Stunde|stündlich\w*", "hour"),
        (r"pro Tag|je Tag|täglich\w*", "day"),
        (r"pro Woche|je Woche|wöchentlich\w*", "week"),
        (
            r"pro Monat|je Monat|monatlich\w*|im Monat(?! \d)(?! (?:der|des|vor|nach|"
            r"zuvor|davor|danach)\b)",
            "month",
        ),
        (
            r"pro Jahr|je Jahr|jährlich\w*|im Jahr(?! \d)(?! (?:der|des|vor|nach|"
            r"zuvor|davor|danach)\b)",
            "year",
        ),
    ),
    durations=(
        (r"tag|tage|tagen|tages", "day", 1), (r"wochen?", "day", 7),
        (r"monat|monate|monaten|monats", "month", 1), (r"jahr|jahre|jahren|jahres", "month", 12),
        (r"halbe[nr]? stunde|halbstündig\w*", "minute", 30),
        (r"viertelstunde\w*|viertelstündig\w*", "minute", 15),
        (r"stunden?", "minute", 60), (r"minuten?", "minute", 1),
    ),
    days=r"tag|tage|tagen|tages|rund um die Uhr",
    week_runs=(
        (r"werktags|wochentags|werktäglich\w*|werktag\w*|wochentag\w*|unter der woche", 0, 4),
        (r"wochenende\w*", 5, 6),
    ),
    fractions={"hälfte": 2, "drittel": 3, "viertel": 4, "fünftel": 5, "zehntel": 10},
    afternoon=r"(?:Uhr )?(?:abends|nachmittags|am (?:Abend|Nachmittag))",
    one_and_a_half=r"anderthalb|eineinhalb",
    half_of=r"halben?|halber|halbe",
    scales={"tausend": 3, "million": 6, "millionen": 6, "mio": 6, "milliarde": 9,
            "milliarden": 9, "mrd": 9, "billion": 12, "billionen": 12, "tsd": 3},
    units={"prozent": "%", "%": "%", "basispunkt": "bp", "meter": "m", "kilometer": "km",
           "tonnen": "t", "stunden": "h"},
    currencies={"euro": "EUR", "dollar": "USD", "pfund": "GBP", "tenge": "KZT", "rubel": "RUB"},
    quotes=(("„", "“"), ("»", "«"), ("“", "”"), ('"', '"'), ("‚", "‘")),
    stopwords=frozenset(word_list(
        """der die das den dem des ein eine einen einem einer eines und oder aber doch sondern
        in im ins an am auf aus bei mit nach seit von vom zu zum zur für gegen ohne um über unter
        vor hinter neben zwischen durch als wie wenn weil dass ob es er sie wir ihr ich du man
        sein seine ihre ihren ihrem ihrer unser dies diese dieser dieses diesen jene jener auch
        noch schon nur nicht kein keine so da dort hier nun jetzt bereits laut nach zudem damit
        dabei deshalb darum trotz während wegen alle viele einige mehr meisten bis"""
    )),
    negation_continued=r"auch (?:\w+ )?nicht",  # nor: "..., auch ich nicht"
    # an adjective or adverb with "un-" folded in ("nur ungern" = not willingly, "unehrlich"),
    # written small as no noun is (Unternehmen, Unfall), and not "und", "unter", "uns(er)"
    negative_prefix=(
        r"(?-i:un(?!ter|ten|ser|s\b|d\b|gefähr|bedingt|abhängig|mittelbar|eingeschränkt)"
        r"[a-zäöüß]{3,})"
    ),
    # a relative pronoun: "Eine Bank, die keine Zahlungen abwickeln kann, ist ..."
    relative=r"der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?",
    condition=r"wenn|falls",
    purpose=r"damit",
    indirect_question=r"ob",  # whether: a hedge after it is in a question
    approximators=r"rund|etwa|ungefähr|circa|ca",
    capitalised_dates=True,
    capitalised_nouns=True,
    negation_closes=True,
    stems=True,
    hearsay=r"soll(?:en)? (?:\S+ ){0,10}?\S+(?:t|en) (?:haben|sein)",
    hearsay_after=r"dass|ob|wenn|falls",
    reported_future=r"werde",
    reported_mood=r"würde\w*",  # after "sagte, ...": the "werde" of reported speech
    time_limit=r"bis|erst|es sei denn",  # a condition bounds as a time does
    time_bound=r"bis|vor|bevor|ehe",
    without=r"ohne",
    only_then=r"erst|frühestens|nur(?= (?:\S+ ){0,3}(?:wenn|falls)\b)",
    contrast=r"statt|anstatt|anstelle|und nicht|aber nicht|nicht (?:\w+ )?\w+,? sondern",
    # the affirmative a negation word leaves when it is taken out (see Profile.affirmatives);
    # "keine" is feminine or plural, so it is left out, as "nie" is
    affirmatives={"niemand": "jemand", "niemanden": "jemanden", "nichts": "etwas", "kein": "ein"},
    polarity={
        # deny / admit; refuse / agree; reject / accept; rule out (its opposite: consider)
        "assent": (
            r"bestr(?:eitet|itt|itten|eiten)|dementiert\w*|zurückgewiesen|abgelehnt|abgestritten"
            rf"|{_separable('wies|weist|wiesen|weisen', 'zurück')}|{_separable(_LEHN, 'ab')}"
            r"|verweigert\w*|weiger(?:t|te|ten|n)|ausgeschlossen"
            rf"|{_separable('stritt|streitet|stritten|streiten', 'ab')}"
            r"|(?:schlie(?:ß|ss)(?:t|en|e)?|schloss(?:en)?) (?:\w+ ){0,4}aus(?=\s*(?:[,.;:]|$))"
            r"|uneinig\w*|ablehn\w*",  # "31 Prozent es ablehnen": opposed it
            r"(?:räum\w*) (?:\w+ ){0,5}ein|eingeräumt|gestand\w*|gesteh\w*|eingestanden"
            r"|bestätigt\w*|akzeptiert\w*|zugestimmt|stimmt\w* (?:\w+ ){0,5}zu|bereit|erwäg\w*"
            r"|in Betracht|einverstanden",
        ),
        "success": (
            r"scheiter\w*|gescheitert|versäum\w*",
            r"gelang\w*|gelungen|gelingt|geschafft|in der Lage",
        ),
        "permission": (
            r"verbiet\w*|verbot\w*|untersag\w*|verhinder\w*",
            r"erlaub\w*|genehmig\w*|gestatt\w*|zugelassen",
        ),
        "guilt": (r"unschuldig\w*|unschuld", r"schuldig\w*"),
        "always": (
            r"nie|niemals",
            r"stets|(?<!noch )(?<!für )(?<!wie )immer(?! noch| mehr| wieder| weniger| häufiger)"
            r"|immer wieder|mehrfach|mehrmals|wiederholt",  # again and again: never's opposite
        ),
        "anyone": (r"niemand\w*|kein(?:e|er|es|en|em|erlei)?", r"mehrere\w*|einige\w*|jeder"),
        "already": (r"noch (?:nicht|kein\w*|nie)", r"bereits|schon"),
        # lose / keep; move / stay
        # lack / enough: "we are 40 seafarers short" = "uns fehlen 40 Seeleute"
        "enough": (
            r"fehl(?:t|en|te|ten)|mangel\w*|entbehr\w*",
            r"genug|genügend|ausreichend\w*",
        ),
        # overwhelmed / cope: "would have been stretched" = "не справились бы"
        "cope": (
            r"überfordert\w*|überlastet\w*",
            r"bewältig\w*|zurecht(?:kommen|kommt|kamen|käme|kämen)",
        ),
        "keep": (  # to hold on to: "an der Forderung festhalten" = "not drop the demand"
            r"verlier\w*|verlor\w*",
            r"behalt\w*|behält|behielt\w*|bewahr\w*|festhalt\w*|festhält|festgehalten",
        ),
        "stay": (
            r"verleg\w*|umzieh\w*|umgezogen|verlass\w*|verließ\w*",
            r"bleib\w*|blieb\w*|geblieben",
        ),
        # miss / notice: "the warning signs were missed" = "man hat sie nicht bemerkt"
        "notice": (r"übersehen|übersah\w*|unbemerkt", r"bemerk(?:t|te|ten|en)\b"),
        # give way / hold
        "hold": (
            r"nachgeben|nachgegeben|gibt nach|gab nach|einstürz\w+|eingestürzt",
            r"standhalten|standgehalten|hält stand|hielt stand|halten stand|hielten stand",
        ),
        # fall / rise: "seien zurückgegangen" is the opposite of "nicht gesunken"
        "rise": (
            r"sink(?:t|en)|sank(?:en)?|gesunken|zurückgegangen|zurückgehen|verringert(?:e|en)?"
            r"|Rückgang|Rückgänge|rückläufig\w*",
            r"steig(?:t|en)|stieg(?:en)?|gestiegen|wächst|wuchs(?:en)?|gewachsen|zugenommen"
            r"|erhöht(?:e|en)?|Anstieg|Zuwachs",
        ),
        # out of action / work: "fielen Kartenzahlungen aus" = "card payments did not work"
        "work": (
            r"ausgefallen|ausfall(?:s|es)?|ausfälle|lahmgelegt|lahmzulegen|außer Betrieb",
            r"funktionier\w*",
        ),
    },
    softeners=(
        # the verbs and adverbs, not the nouns and adjectives of their stem: "ein Versuch" (an
        # attempt), "hoffnungslos", "seltene Erden", "der bevorzugte Bieter"; a capital
        # "Hoff-" may be a surname (Hoffmann): only "Hoffnung" and "Hoffentlich" are words
        r"(?-i:versuch)\w*|(?-i:hoff(?!nungslos)\w*|Hoffnung(?!slos)\w*|Hoffentlich)"
        r"|bevorzug(?!t(?:e|er|es|em|en)\b)\w*|teilweise|zum Teil|selten(?:er)?"
        r"|nicht wirklich|primär|vorrangig|hauptsächlich|ein wenig|ein bisschen|geringfügig"
        r"|in erster Linie|überwiegend|größtenteils|bedauerlich\w*|erwäg\w*|in Betracht"
        r"|nicht ganz|nicht unbedingt|nicht gerade|nicht sehr|nicht allzu|nicht besonders"
        r"|nicht (?:ideal|perfekt|optimal)|nicht (?:die|der|das) beste\w*"
        # reluctance, difficulty, a belief (see en); lower-case verbs, not "der Glaube"
        r"|ungern|widerwillig\w*|zögerlich\w*|kaum|mit Mühe|schwer zu"
        r"|(?-i:glaub(?:e|en|t)|denk(?:e|en|t))|nicht viel\w*"
        r"|genug|ausreichend\w*|hinreichend\w*"
        # short of the whole; provisional (see en)
        r"|(?:fast|beinahe|nahezu|so gut wie|quasi|mehr oder weniger)"
        r"|vorerst|vorläufig\w*|vorübergehend\w*|bis auf (?-i:[Ww])eiteres|fürs Erste|einstweilen"
        r"|derzeit|zurzeit|momentan|gegenwärtig"  # at present, at this stage (see en)
        # a frequency short of always, an effort bounded by what can be done: "the trains
        # are late" -> "sometimes late", "we will keep them open" -> "as far as possible"
        r"|manchmal|mitunter|gelegentlich|hin und wieder"
        r"|(?:so ?weit|so gut|wenn|wo) (?:wie )?möglich|nach Möglichkeit"
    ),
    intensifiers=(
        # "überhaupt" strengthens a negation ("überhaupt nicht", at all); alone it is "in the
        # first place" or "if at all"
        r"überhaupt(?= (?:nicht|nichts|nie|niemand\w*|kein\w*)\b)"
        r"|für immer|völlig|vollständig|vollkommen|komplett|gänzlich|absolut"
        r"|unvermeidlich\w*|unausweichlich\w*|zwangsläufig\w*"
        r"|auf ganzer Linie|an allen Fronten|in jeder Hinsicht"  # completely, across the board
    ),
    # "perfekt gültig", "genau dasselbe", "hätte nie" (see Profile.full_degrees)
    full_degrees=r"perfekt\w*|(?<!nicht )genau|(?<!nicht )exakt|nie|niemals",
    extremes=(
        # not "betrügen" nor "täuschen": "Betrug" is also plain fraud, "sich täuschen" a mistake
        r"katastroph\w*|desast\w*|empör\w*|entrüst\w*|wütend\w*|wut|zorn\w*|verheerend\w*"
        r"|skandal\w*|schand\w*|schäm\w*|verbrech\w*|kriminell\w*|zusammenbruch\w*|kollaps\w*"
        # the verb of the noun "Zusammenbruch", also split ("bricht das Netz zusammen")
        r"|zusammenbrech\w*|zusammengebrochen"
        r"|(?:bricht|brechen|brach|brachen) (?:\w+ ){0,6}zusammen"
        r"|rücksichtslos\w*|leichtsinnig\w*|verantwortungslos\w*|erpress\w*|verrat\w*|verrät\w*"
        r"|belog\w*|gelogen|(?-i:Lüge\w*|lüg(?:e|en|t|st))|lügner\w*"  # the noun as well
        r"|chao\w*|ruin\w*|albtraum\w*|alptraum\w*|entsetzlich\w*"
        r"|schrecklich\w*|furchtbar\w*|fiasko\w*|debakel\w*|unerträglich\w*|beleidig\w*"
        r"|demütig\w*|sabot\w*"
        # without mercy: the top of a scale of blame (ruthless, беспощадный)
        r"|gnadenlos\w*|erbarmungslos\w*|skrupellos\w*"
    ),
    mild=(
        r"enttäusch\w*|rückschl[aä]g\w*|überstürzt\w*|übereilt\w*|hastig\w*|voreilig\w*"
        r"|unerwünscht\w*|unglücklich\w*|besorg\w*|beunruhig\w*|frustrier\w*|ärgerlich\w*"
        r"|verärger\w*|bedauerlich\w*"
    ),
    obligations=(
        r"muss|musst|müssen|müsst|darf nicht|dürfen nicht|nicht dürfen|kann nicht|können nicht"
        r"|nicht können|ist nicht erlaubt|verboten"
    ),
    advice=r"sollte|solltest|sollten|solltet|müsste|müssten",
    wishes=r"woll(?:en|te|ten|t)|will|willst|möcht\w*|wünsch\w*|gerne?|lieber",
    uniques=(
        # the superlative by its grammar: an adjective in -st- after an article, a
        # possessive or "am" ("der härteste", "am größten", "im denkbar schlechtesten"), not
        # the ordinals ("der erste", "das letzte", "die nächste") nor "fest"; a noun made of
        # one ("der Ärmsten", "an die Reichsten"), but the nouns in -sten and their
        # compounds (Kosten, Reisekosten, Westen, Gästen, Wartelisten, Fristen, Aktivisten,
        # Vermissten)
        r"einzig\w*|meist\w*"
        # the equative of "never": "so niedrig wie seit 1992 nicht mehr", "wie nie zuvor"
        r"|so \w+ wie (?:nie|noch nie|seit|lange nicht)\b"
        r"|(?:der|die|das|den|dem|des|am|im|zum|zur|aufs|unser\w*|ihr\w*|sein\w*|denkbar)"
        r" (?:denkbar )?(?:\w+ )?"
        r"(?-i:(?!(?:erst|letzt|nächst|fest|selbst)\w*\b)[a-zäöüß]\w*[sß]t(?:e|en|er|es|em))"
        r"|(?:der|den|die) (?-i:(?!\w*(?:[kK]ost|[pP]ost|[wW]est|[oO]st|[kK]ast|[kK]üst|[iI]st"
        r"|sst|[gG]äst|[fF]est|[eE]xpert|[lL]ast|[rR]ast)en\b)"
        r"[A-ZÄÖÜ]\w*[sß]ten)"
    ),
    conjunctions=r"und|aber",
    articles=r"der|die|das|den|dem|des",
    name_endings=("s", "es"),  # a genitive: Abenows, Marowiens
    # a place's people and adjective, inflected (Marowier, marowischen), a place in -ia
    # (Marowien), a plural
    place_endings=(
        "er", "ern", "ers", "ier", "iern", "iers", "isch", "ische", "ischen", "ischer",
        "isches", "ischem", "en", "n", "e",
    ),
    # the auxiliaries, modals and pronoun forms the stop words leave out: not content words
    # when a quote's length is weighed (see xling.quote_length)
    function_words=frozenset(word_list(
        """ist sind war waren bin bist seid sei seien wäre wären wird werden wirst wurde wurden
        worden hat haben habe hast hatte hatten gewesen sich mich mir dich dir uns euch ihm ihn
        ihnen mein meine meinen meinem meiner kann können konnte konnten könnte könnten muss
        müssen musste mussten soll sollen sollte sollten will wollen wollte würde würden darf
        dürfen"""
    )),
    wholes=(
        r"alle\w*|ganz\w*|gesamt\w*|jede\w*|niemand\w*|nichts|kein\w* einzig\w*"
    ),
    # "wenig" and "wenige", not the comparative "weniger als" (less than)
    parts=r"einige\w*|manche\w*|ein Teil|wenig|wenige|wenigen|ein paar",
    sole=r"einzig\w*|allein\w*|nur|ausschließlich\w*",
    one_of=r"(?:einer|eine|eines|einem|einen) (?:der|von|unserer|ihrer|seiner)",
)  # fmt: skip
