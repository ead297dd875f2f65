"""English: the words the cross-language rules read (stop words, months and weekdays shared
with the English rules through findings.lexicon)."""

from __future__ import annotations

from driftcheck.findings.lexicon import STOPWORDS
from driftcheck.findings.profiles import Profile

_NOT_SUPERLATIVE = (
    "interest|protest|forest|rest|arrest|test|request|contest|guest|chest|nest|quest|harvest"
    "|inquest|conquest|unrest|manifest|behest|crest|vest|zest|pest|jest|west|midwest|northwest"
    "|southwest|priest|suggest|digest|honest|dishonest|modest|earnest|latest|invest|attest"
)
"""Words in -est that are no superlative (nouns, verbs, "honest"), and "latest", which dates
a thing rather than ranking it ("the latest figures" = "les derniers chiffres")."""

_A_SPAN = (
    r"(?<!\bin )(?<!\bfor )(?<!\bwithin )(?<!\bover )(?<!\bthan )(?<!\bjust )"
    r"{}(?! (?:ago|later|earlier|before|after|on|of|and)\b)"
)
"""One span of time as a rate ("180,000 euros a week"), not as a length ("within a week",
"a week later")."""

PROFILE = Profile(
    code="en",
    negation=(
        r"not|no|never|cannot|none|neither|nor|nobody|nothing|nowhere|no one|\w+n['’]t"
        r"|den(?:y|ies|ied|ying)|fail(?:s|ed)? to|unlikely|(?:declin|refus)(?:e|es|ed|ing) to"
        r"|unknown|unclear|(?:has|have|had|is|are|was|were) yet to"
        r"|unless|unhurt|unharmed|uninjured"  # a negation folded into a word: "not hurt"
        r"|too (?:early|soon) to"  # cannot yet: "too early to say" = "lasse sich noch nicht sagen"
        r"|(?:leaves?|left|leaving) (?:it )?open (?:whether|when|how|if|who|what)"  # not said
        r"|stop(?:s|ped|ping)? short of"  # did not go as far as: "versprach jedoch nicht"
        r"|without \w+ing"  # a negated action: "left without paying" (sans payer, ohne zu zahlen)
        r"|for (?:lack|want) of"  # cannot: "faute de pouvoir", "por falta de", "mangels"
        # to reject a claim is to deny it ("rejected claims that" = "denied that")
        r"|reject(?:s|ed|ing)? (?:the |that |this |these |those |such )?(?:claims?|accusations?"
        r"|allegations?|suggestions?|assertions?|account|version|reports?|charges?)"
    ),
    not_negation=(
        r"\bnot (?:only|just|least)\b|\bno\.\s?\d|\bor not\b"
        # a source's anonymity, one noun in other languages ("sous couvert d'anonymat"):
        # "who asked not to be named" negates nothing the story reports
        r"|\bnot to be (?:named|identified)\b"
        r"|\b(?:not|n['’]t) (?:want|wish) to be (?:named|identified)\b"
        # a chance not missed is seized (litotes): "never misses an opportunity", "hunters
        # who miss no chance" = "не упускающими ни одной возможности"
        r"|\b(?:not|never|n['’]t) (?:\w+ )?miss(?:es|ed|ing)? (?:\w+ ){0,2}(?:chance|opportunit)\w*"
        r"|\bmiss(?:es|ed|ing)? no (?:\w+ )?(?:chance|opportunit)\w*"
        r"|\b(?:no|not) (?:more|fewer|less) than\b|\bnothing (?:more|else) than\b"  # bounds
        r"|\bno later than\b"  # a deadline: spätestens, au plus tard, a más tardar, не позднее
        # a bound with its verb between: "could not carry more than 400" = "at most 400"
        r"|\b(?:not|n['’]t|cannot) (?:\w+ ){1,3}(?:more|fewer|less) than(?=\s[^,;]{0,15}\d)"
        # a noun named by an absence, one word in other languages: "a motion of no
        # confidence" (Misstrauensvotum, вотум недоверия), "the point of no return"
        r"|\bof no (?!one\b|longer\b)\w+"
        # a stop negated is going on (litotes): "will not stop searching" = "seguiremos
        # buscando", "never stops asking" = "keeps asking"; so is a stop with no object, as
        # "nicht aufhören", "не перестанем" are: "will not stop until" = "goes on until"
        r"|\b(?:not|never|n['’]t) (?:\w+ )?(?:stop|ceas|quit)\w*"
        r"(?: (?:\w+ing|to|until|till|unless)\b|(?=\s*(?:[,.;:!?\"”]|$)))"
        # a negation of a whole is a part (undercounted = "nicht vollständig erfasst")
        r"|\bnot (?:fully|entirely|completely|wholly)\b"
        # a negated fraction is a bound, as "nicht einmal die Hälfte", "pas même la moitié",
        # "ni la mitad" are: "may not cover even half" = less than half
        r"|\b(?:not|n['’]t) (?:\w+ ){0,2}even (?:half|a third|a quarter|a fifth|a tenth|\d)"
    ),
    hedge=(
        r"not (?:entirely |quite |completely )?sure|unsure"  # the doubt of "not sure I could"
        r"|alleged(?:ly)?|reportedly|purportedly|supposedly|apparently|(?-i:may|might)"
        r"|(?<!nobody )(?<!no one )(?<!none )"  # "nobody could say": ability
        r"(?<!than we )(?<!than they )(?<!than I )(?<!than he )(?<!than she )(?<!than it )"
        r"(?<!than you )"  # "faster than we could clear it": ability, the measure of a comparison
        r"could(?! not)(?![ ]*(?:[,.;:!?\"”]|$))"  # "everything we could": no verb follows
        r"(?! no longer\b)(?! never\b)"  # a negated ability: "could no longer afford"
        r"(?! only\b)(?! \w+ only\b)"  # "could fill only two": the limit of an ability
        r"|(?:un)?likely|probably|possibly|appear(?:s|ed)? to|seem(?:s|ed)? to"
        r"|(?:im)?probable"  # the adjective, as the other profiles list it: "the probable cause"
        r"|according to (?:some |unconfirmed |media )?reports|(?:is|are) said to|believed to"
        r"|suspected|on suspicion"
        # the passive, what others expect; the active verb after its subject or joined to
        # another verb is the subject's own plan, as "expects to" is ("said it expected to
        # file" = "prévoyait de déposer"; "had run out or expected to do so" = "или закончится")
        r"|(?<!\bit )(?<!\bhe )(?<!\bshe )(?<!\bwe )(?<!\bthey )(?<!\bI )(?<!\band )(?<!\bor )"
        r"(?:expected|forecast|projected|predicted) to"
        r"|(?:is|are|was|were) thought to"
        # a date or an outcome expected, not stated: "a decision is expected by mid-July"
        r"|(?:is|are|was|were) (?:now |still |also )?expected"
        r"(?= (?:by|on|in|before|within|early|later|next|this|at)\b)"
    ),
    soft_hedge=(
        # not "would not" (a refusal: "he would not comment"), but "would not have", the
        # conditional of what did not happen ("would not have stood a chance": no habría)
        r"would(?! not)|would(?= not have\b)|should|could|can|cannot|expect(?:s|ed)?"
        r"|estimated|about|around|roughly|some"
        r"|(?<!\bno )plans? to|looks?(?! (?:at|for|after|into)\b)"  # "look for" is to seek
        # the noun and the adjectives of the class, as the other profiles list them
        # (Schätzung, estimation, estimaciones, оценка; möglich, possible, posible, возможный;
        # geplant, prevista): "according to police estimates", "a possible source"
        r"|estimates?|possible|planned"
        # the verb of "suspected", as the other profiles list it (soupçonner, sospechar):
        # "we suspect contaminated water" = "nous soupçonnons"
        r"|suspect(?:s|ing)?"
        # the participle, not the noun ("saw the forecast"): "is forecast at 3.2 percent"
        # (devrait, прогнозируется), "the projected deficit"
        r"|(?:is|are|was|were|be|been) forecast|projected|predicted"
        # the noun of an unconfirmed report: its content is what French and Spanish write in
        # the conditional ("reports that the system had failed" = "según las cuales habría
        # fallado", "selon lesquelles il aurait")
        # ("no reports of violence" reports nothing)
        r"|(?<!\bno )(?:reports?|rumou?rs?|allegations?) (?:that|of)"
    ),
    # the words of each kind that hedges, whether they hedge here or not (see
    # Profile.hedge_kinds): "plans a second round" is no hedge, yet "prevé" renders it
    # a thing stated as certain: a "would" beside it hedges nothing (Profile.certainty)
    certainty=(
        r"certainly|surely|definitely|undoubtedly|inevitably|without (?:a |any )?doubt"
        r"|for certain|(?:is|are|was|were) (?:certain|bound) to"
    ),
    hedge_kinds={
        "can": r"can(?:not)?|could|(?-i:may|might)|able to|possibl[ey]|possibility",
        "expect": (
            # the verb, not the noun after a determiner ("the plan was likely to face")
            r"expect(?:s|ed|ing|ations?)?|forecast\w*|projected|projections?"
            r"|(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\bthis )(?<!\btheir )plan(?:s|ned)?"
            # "planning" the verb, not the noun before a noun ("planning documents")
            r"|planning(?= (?:to|for|on|a|an|the|its|their|his|her)\b)"
            r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))planning"
            r"|predict(?:s|ed|ions?)?|scheduled"
        ),
        "estimate": r"estimat\w*",
        "risk": r"risk\w*|danger\w*|fear\w*|threat\w*|jeopard\w*",
        "likely": r"(?:un)?likely|(?:im)?probabl[ey]|probability",
        "would": r"would",  # the mood: "which would make evacuation mandatory"
    },
    complement=r"that",  # "expected that ... and that ...": a hedge for each
    # a hedge of hearsay (Profile.evidential): only hearsay renders it
    evidential=(
        r"reportedly|allegedly|purportedly|supposedly|reputedly|rumou?red"
        r"|according to (?:some |unconfirmed |media |press |local )?reports"
        r"|(?:is|are|was|were) (?:said|reported|rumou?red) to"
    ),
    negation_continued=r"nor",
    relative=r"which|who|whom|whose",  # "The bank, which could not pay, ..."
    indirect_question=(
        r"(?:say|said|says|saying|know|knew|known|ask|asked|tell|told|explain|explained"
        r"|disclose|disclosed|reveal|revealed|unclear|clear|decide|decided|determine)"
        r" (?:what|whether|how|why|when|where|who|which|if)"
        r"|whether"  # opens a question whatever verb asks it: "tested whether the jobs could"
    ),
    condition=r"if",
    purpose=r"so that|in order that",
    permission=r"(?:free|allowed|permitted|entitled) to",
    approximators=r"about|around|roughly|some",
    speech_future=r"would(?! not)",  # "he said the repair would cost": reported speech
    attribution=(
        # a reporting verb in the passive names whom it was told ("Operators were told",
        # "officials had been warned"), where "was quoted" names who spoke
        r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )"
        r"(?:said|says|say|told|tells|added|stated|announced|explained|insisted|warned|argued"
        r"|noted|claimed|confirm(?:s|ed)?|reported|acknowledged|admitted(?! to)"
        r"|(?<!so-)called(?! for| off| on| an? ))"  # "called the plan a gift" (nannte), not
        # "called a strike"
        r"|according to|in a statement|quoted|citing|cited by"
    ),
    speaker_sources={
        # a public body's office or service, a body's management: a source as a speaker
        "office": "office", "service": "service", "services": "service",
        "department": "department", "municipality": "municipality", "town hall": "municipality",
        "city hall": "municipality", "city officials": "municipality",
        "town officials": "municipality", "municipal officials": "municipality",
        "management": "management", "managers": "management",
        "executives": "management", "consortium": "consortium",
        # a company by its trade, the word a story introduces it with ("carmaker Aurion")
        "carmaker": "firm", "maker": "firm", "manufacturer": "firm", "producer": "firm",
        "firm": "firm", "start-up": "firm", "exchange": "firm", "hospital": "hospital",
        # people, not a body: a group of them speaks for itself
        "lawyers": "people", "legal experts": "people", "experts": "people",
        "residents": "people", "locals": "people", "hoteliers": "people",
        "economists": "people", "business groups": "people", "campaigners": "people",
        "scientists": "people", "researchers": "people", "farmers": "people",
        # the prosecution, a level of the state of its own (not a ministry, not an agency)
        "prosecutor's office": "prosecution", "prosecutors": "prosecution",
        "prosecutor": "prosecution", "prosecution": "prosecution",
        # the audit office, a level of the state of its own; a body of members
        "audit": "audit", "auditor": "audit", "auditors": "audit",
        "association": "association", "federation": "association",
        "cooperative": "association", "co-operative": "association",  # a body of members
        "institute": "institute", "university": "institute", "observatory": "institute",
        # papers, not anyone: "according to documents seen by Wire"
        "documents": "document", "document": "document", "records": "document",
        "papers": "document", "filings": "document",
    },
    source_markers=r"according to|in the words of|citing|quoting|cited by|quoted by|as reported by",
    speaker_verbs=(
        r"(?<!an )(?<!the )estimat(?:e|es|ed)(?! at\b)(?! to\b)|calculated|reckon(?:s|ed)"
        r"|concluded|den(?:y|ies|ied)|recounted|lamented|complained|commented"
        # a demand is its subject's statement: "the party called for an inquiry"
        r"|called for|urged|demanded|requested|appealed for|asked for"
    ),
    indefinite=r"an?",
    agent=r"by",
    evidence=(
        r"estimates?|figures|data|surveys?|stud(?:y|ies)|reports?|calculations?|count|models?"
        r"|polls?|analysis"
    ),
    roles={
        # titles before a name ("Captain Ana Ruiz"): a role, translated, not a name
        "captain": "captain", "commissioner": "commissioner", "inspector": "inspector",
        # the head of a body, no general ("directrice générale", "Generaldirektorin")
        "general director": "chief executive", "general manager": "chief executive",
        "general": "general", "professor": "professor", "senator": "senator",
        "chancellor": "chancellor", "sergeant": "sergeant", "ambassador": "ambassador",
        "admiral": "admiral", "superintendent": "superintendent", "lieutenant": "lieutenant",
        "commander": "commander", "secretary": "secretary",
        "spokesman": "spokesman", "spokeswoman": "spokesman", "spokesperson": "spokesman",
        "president": "president", "chief executive": "chief executive", "ceo": "chief executive",
        "minister": "minister", "governor": "governor", "mayor": "mayor", "director": "director",
        "colonel": "colonel",
        # the head of an agency, as directeur général, генеральный директор say
        "director general": "chief executive", "director-general": "chief executive",
        "auditor general": "authority",  # the head of the audit office speaks for it
        "judge": "judge", "prosecutor": "prosecutor", "leader": "leader", "chief": "chief",
        "analyst": "analyst", "engineer": "engineer", "lawyer": "lawyer", "manager": "manager",
        "representative": "representative", "chairman": "president",
        "chairwoman": "president", "chair": "president", "head": "chief",
    },
    sources={
        "police": "police", "museum": "museum", "company": "company", "union": "union",
        "unions": "union",
        "companies": "company",
        "ministry": "ministry", "government": "government", "agency": "agency",
        "regulator": "regulator", "court": "court", "tribunal": "court", "airline": "airline",
        "audit": "authority",  # the Audit Office: Rechnungshof, Cour des comptes, Auditoría
        "bank": "bank",
        "authority": "authority", "prosecutors": "prosecutor", "investigators": "investigators",
        "engineers": "engineer", "people familiar": "insiders",
        "person familiar": "insiders", "sources": "insiders",
        "witnesses": "witnesses", "officials": "officials", "alliance": "organisation",
        "coalition": "organisation", "movement": "organisation", "front": "organisation",
        "bloc": "organisation", "federation": "organisation", "association": "organisation",
        "council": "organisation", "commission": "organisation", "analysts": "analyst",
        "chamber": "organisation",  # Chamber of Commerce = Handelskammer, Cámara de Comercio
        "insurer": "insurer", "insurers": "insurer", "newspaper": "media", "media": "media",
        "employers": "employers", "opposition": "opposition", "operator": "company",
        "falls": "place", "river": "place", "lake": "place",
        "mount": "place", "bay": "place", "island": "place", "valley": "place",
        "street": "place", "square": "place", "hospital": "place", "school": "place",
        "church": "place", "cathedral": "place", "station": "place", "bridge": "place",
    },
    number_words={
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
        "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    },
    number_like={
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12, "twentieth": 20,
        "hundredth": 100, "couple": 2,
        "noon": 12, "midday": 12,  # twelve o'clock: "um 12 Uhr", "a las 12", "в 12 часов"
        "midnight": 24,  # "um 0 Uhr", "à 0 h", "в 00:00" too: see xling.rules._midnight
    },
    count_nouns={"decade": 10, "dozen": 12},
    approximate={"dozens": 10, "tens": 10, "hundreds": 100, "thousands": 1000},
    number_joiner="and",
    and_a_half=r"and a half",
    share_of=r"in|out of",
    share_one=r"one",
    rates=(
        (r"per hour|hourly|every hour|each hour|" + _A_SPAN.format("an hour"), "hour"),
        (r"per day|daily|every day|each day|" + _A_SPAN.format("a day"), "day"),
        (r"per week|weekly|every week|each week|" + _A_SPAN.format("a week"), "week"),
        (r"per month|monthly|every month|each month|" + _A_SPAN.format("a month"), "month"),
        (
            r"per year|per annum|annual|annually|yearly|every year|each year|"
            + _A_SPAN.format("a year"),
            "year",
        ),
    ),
    durations=(
        (r"days?", "day", 1), (r"weeks?", "day", 7), (r"fortnights?", "day", 14),
        (r"months?", "month", 1), (r"years?", "month", 12),
        (r"half an hour|half-hours?", "minute", 30),
        (r"quarter of an hour|quarter-hours?", "minute", 15),
        (r"hours?", "minute", 60), (r"minutes?", "minute", 1),
    ),
    days=r"days?|a?round[- ]the[- ]clock",
    week_runs=(
        (r"weekdays?|working days?|workdays?|business days?", 0, 4),
        (r"weekends?", 5, 6),
    ),
    fractions={"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
               "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10},
    one_and_a_half=r"one and a half",
    half_of=r"half an?|half of an?",
    scales={"thousand": 3, "million": 6, "mn": 6, "billion": 9, "bn": 9, "trillion": 12},
    units={
        "per cent": "%", "percent": "%", "%": "%", "basis point": "bp", "basis points": "bp",
        "metres": "m", "metre": "m", "kilometres": "km", "tonnes": "t", "hours": "h",
    },
    currencies={
        "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP",
        "pounds": "GBP", "tenge": "KZT", "rouble": "RUB", "roubles": "RUB",
    },
    quotes=(("“", "”"), ('"', '"'), ("‘", "’")),
    stopwords=STOPWORDS,
    capitalised_dates=True,
    time_limit=r"until|till|unless",  # a condition bounds as a time does
    # a condition bounds a negation as a time does: "will not resume unless prices rise" =
    # "erst wieder aufnehmen, wenn", "solo si", "лишь если"
    time_bound=r"until|till|before|prior to|unless",
    without=r"without",
    only_then=r"only",
    contrast=r"instead of|rather than|in place of|not (?:\w+ )?\w+,? but",
    # "un-" before a word: "unsafe" = "pas sûr", "unsure whether" = "sin saber si"; not
    # "under", "uni(on|t|que)", "until", "uncle", "unanimous", nor what the negations count
    folded_negation=(
        r"un(?!der|i|til|less|cle|animous|clear|known|likely|hurt|harmed)[a-z]{3,}"
        r"|out of danger"  # "вне опасности": not at risk
    ),
    # the affirmative a negation word leaves when it is taken out (see Profile.affirmatives)
    affirmatives={
        "cannot": "can",
        "nobody": "somebody",
        "no one": "someone",
        "nothing": "something",
        "none": "some",
        "nowhere": "somewhere",
        **{
            f"{verb}n{mark}t": verb
            for verb in (
                *("do", "does", "did", "is", "are", "was", "were", "has", "have", "had"),
                *("could", "would", "should", "must"),
            )
            for mark in "'’"
        },
        **{f"{no}{mark}t": yes for no, yes in (("can", "can"), ("won", "will")) for mark in "'’"},
    },
    polarity={
        # deny / admit; refuse / agree; reject / accept; rule out (its opposite: consider)
        "assent": (
            r"den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|disput(?:e|es|ed|ing)"
            r"|rul(?:e|es|ed|ing)(?: \w+)? out|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing) to"
            r"|exclud(?:e|es|ed)(?! from)"  # rule out: "excluir", "exclure", "исключить"
            r"|disagree(?:s|d|ing)?"  # not agree: "не согласна", "n'est pas d'accord"
            r"|(?<!as )oppos(?:e|es|ed|ing)",  # against: "es ablehnen", "s'y opposent"
            r"admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|conced(?:e|es|ed|ing)"
            r"|confirm(?:s|ed|ing)?|accept(?:s|ed|ing)?|agree(?:s|d|ing)?|consider(?:s|ing)?"
            r"|(?:is|are|was|were|be|been) (?:willing|ready|prepared) to",
        ),
        "success": (  # stranded: unable to leave ("не смогли улететь", "bloqués")
            r"fail(?:s|ed|ing)?|unable to|stranded|stranding",
            r"succeed(?:s|ed|ing)?|manag(?:e|es|ed|ing) to|able to|in a position to",
        ),
        "permission": (
            r"ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|forb(?:id|ids|ade|idden)"
            r"|prevent(?:s|ed|ing)?",  # "will not let it" = "verhindern", "empêcher"
            r"allow(?:s|ed|ing)?|permitted|permitting|authori[sz](?:e|es|ed|ing)"
            r"|(?:(?<=not )|(?<=n't )|(?<=n’t ))let",  # "let" after a "not" only
        ),
        "guilt": (r"innocent|innocence", r"guilty|guilt"),
        # never / always, and the words of a thing done again and again: "had never taken
        # risks" is the opposite of "не раз шёл на риск" (more than once)
        "always": (
            r"never",
            r"always|repeatedly|more than once|time and again|again and again",
        ),
        "anyone": (
            r"nobody|no one|none|no(?! longer| more| less| fewer| later| sooner| doubt)"
            r"|(?:not|n['’]t|cannot)(?: \w+){0,3} any(?:one|body|thing)?",
            r"everyone|everybody|several|some of|a number of",
        ),
        "already": (  # "not planned for now" = "пока не планируется", "todavía no"
            r"(?:not|n['’]t|never)(?: \w+){0,3} yet|yet to"
            r"|(?:not|n['’]t)(?: \w+){0,3} (?:for now|for the moment|for the time being)",
            r"already",
        ),
        # lack / enough: "we are 40 seafarers short" = "нам не хватает 40 моряков"
        "enough": (
            r"short(?!-)(?: of)?|shortages?|shortfalls?|lack(?:s|ed|ing)?|insufficient(?:ly)?",
            r"enough|sufficient(?:ly)?",
        ),
        # overwhelmed / cope: "would have been stretched" = "не справились бы"
        "cope": (r"overwhelmed|(?:over)?stretched|overloaded", r"cop(?:e|es|ed|ing)"),
        # lose / keep; move / stay: "will not lose their jobs" = "сохранят работу"
        "keep": (  # to give up a demand: "would not drop its demand" = "an ihr festhalten"
            r"los(?:e|es|ing)|abandon(?:s|ed|ing)?|g(?:i|a)ve up|giving up"
            r"|drop(?:s|ped|ping)?(?= (?:its|their|his|her|the|our|any) (?:\w+ )?(?:demand|plan"
            r"|claim|bid|case|call|proposal|challenge|charge)s?\b)",
            r"keep(?:s|ing)?|kept|retain(?:s|ed|ing)?",
        ),
        "stay": (  # "did not leave port" = "blieben im Hafen"; a place left, not a job
            r"mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)"
            r"|leav(?:e|es|ing)(?= (?:port|harbou?r|home|the (?:port|harbou?r|country|city"
            r"|town|area|region|building|site|island|village))\b)",
            r"stay(?:s|ed|ing)?|remain(?:s|ed|ing)? in place",
        ),
        # miss / notice: "the warning signs were missed" = "их не заметили"
        "notice": (
            r"missed|overlook(?:s|ed|ing)?|(?:went|gone|go|goes) unnoticed",
            r"notic(?:e|es|ed|ing)|spott(?:ed|ing)",
        ),
        # give way / hold: "its ice dam could give way" = "плотина может не выдержать"
        "hold": (
            r"gives? way|gave way|giving way|collaps(?:e|es|ed|ing)",
            r"withstand(?:s|ing)?|withstood|hold(?:s|ing)? firm|held firm",
        ),
        # fall / rise: "waiting times had fallen" is the opposite of "had not fallen" (the
        # senses of "fall" and "drop" that are not a change of level are left out)
        "rise": (
            r"f(?:all|alls|alling|allen|ell)(?! (?:ill|asleep|short|silent|apart|through|behind"
            r"|victim|foul|into|under|within|outside|on|back)\b)"
            r"|drop(?:s|ped|ping)?(?= (?:by|to|from|slightly|sharply|below|\d))"
            r"|declin(?:e|es|ed|ing)(?! to)|decreas(?:e|es|ed|ing)|shr(?:ink|inks|ank|unk)",
            r"r(?:ise|ises|ising|isen)|(?-i:rose)|increas(?:e|es|ed|ing)"
            r"|gr(?:ow|ows|owing|own|ew)(?! up)|climb(?:s|ed|ing)?",
        ),
        # out of action / work: "an attack knocked out its card payments" = "не работали
        # карточные платежи" (the verbs, not the noun "work")
        "work": (
            r"knock(?:s|ed|ing)? (?:\w+ )?out|disabl(?:e|es|ed|ing)|crippl(?:e|es|ed|ing)"
            r"|paraly[sz](?:e|es|ed|ing)|(?:broke|breaks?|breaking|broken) down|outages?"
            r"|out of (?:action|service|order)",
            # after a "not" the verb ("did not work"), not the noun ("returned to work")
            r"(?:work|function)(?:ed|ing)|(?:(?<=not )|(?<=n't )|(?<=n’t ))"
            r"(?:work|function)",
        ),
    },
    softeners=(
        r"tr(?:y|ies|ied|ying)|hop(?:e|es|ed|ing)|(?:would|'d) rather|prefer\w*|partly"
        r"|partially|in part"
        r"|somewhat|rarely|seldom|less often|not really|primarily|mainly|slightly|a little"
        # other English words for the same (a translator renders them with the words above):
        # seek to = intentar, expect that = esperar que, not quite = не совсем, above all =
        # прежде всего, a bit = un poco
        r"|attempt\w*|seek\w*|sought|striv\w+|strove|endeavou?r\w*|expect\w*|hopeful\w*"
        r"|mostly|largely|chiefly|predominantly|above all|first of all|first and foremost"
        r"|a bit|not quite|not entirely|not exactly|not very|not too|less frequently|hardly ever"
        # regret, not condemnation ("unacceptable" -> "regrettable"); a choice only weighed
        # ("will not hesitate to" -> "could consider")
        r"|regrettabl\w*|unfortunate(?:ly)?|consider(?:s|ed|ing)?|contemplat\w*|weigh(?:s|ed|ing)?"
        # understatement: "irresponsible" -> "not the best idea", "not ideal"
        r"|not (?:an? |the )?(?:ideal|perfect|best)|not necessarily"
        # reluctance for a refusal, difficulty for an impossibility, a belief for a certainty:
        # "will never sign" -> "would only reluctantly sign", "out of reach" -> "hard to reach",
        # "we have no doubt" -> "we think", "nobody asked" -> "not much asked"
        r"|reluctant\w*|unwilling\w*|hardly|barely|scarcely|with difficulty|hard to|difficult to"
        r"|think|thinks|thought|believe\w*|feel that|not much|not many"
        # "enough" grades what the original says outright ("not once" -> "not enough")
        r"|enough|sufficient\w*"
        # a degree short of the whole ("the same" -> "practically the same"; before a figure
        # it approximates the figure, see xling.quote_words); a statement made provisional
        # ("the checks will stay" -> "for now")
        r"|(?:almost|nearly|practically|virtually|more or less)"
        r"|for now|for the (?:time being|moment|present)|until further notice|temporar\w+"
        r"|provisional\w*|right now|at (?:the moment|present)"
        # ... and the speaker's other words for "as things are now", which a translator
        # renders with those ("at this stage we have no evidence" -> "por ahora no tenemos
        # pruebas"); not "so far", which is also a distance ("so far from home")
        r"|at this (?:stage|point)|as things stand|as yet|thus far"
        # a frequency short of always, an effort bounded by what can be done: "the trains
        # are late" -> "sometimes late", "we will keep them open" -> "as far as possible"
        r"|sometimes|at times|occasionally|from time to time"
        r"|as far as possible|as much as possible|(?:where|wherever|if|when) possible"
    ),
    intensifiers=(
        r"at all|for ever|forever|complete(?:ly)?|entirely|totally|fully|absolute(?:ly)?"
        r"|utterly|wholly|whatsoever|altogether|in full|permanent(?:ly)?|for good"
        r"|inevitabl\w*|unavoidabl\w*"  # what cannot be ruled out becomes certain
        # the idioms of "inevitable" (неминуемой аварией for "a crash waiting to happen")
        r"|waiting to happen|bound to happen|(?:only|just) a matter of time"
        # the idioms of "completely" (auf ganzer Linie, sur toute la ligne, по всем фронтам)
        r"|across the board|on all fronts|in every respect|all along the line"
        # ... and of "far too much" ("völlig unverhältnismäßig", totalement disproportionnée)
        r"|out of all proportion|beyond all measure|once and for all"
    ),
    # "perfectly valid", "exactly the same", "should never have" (see Profile.full_degrees)
    full_degrees=r"perfectly|(?<!not )exactly|(?<!not )precisely|never",
    extremes=(
        # the top of a scale of blame, anger or damage; on the original's side the list is
        # wide (a translator renders "irresponsible" and "cheated" with the words of the
        # other lists), so a strengthening is counted only where the original has no such word
        r"catastroph\w*|disast\w*|outrag\w*|furious\w*|fury|anger\w*|angry|angri\w*"
        r"|devastat\w*|scandal\w*|disgrace\w*|shame\w*|crimes?|criminal\w*|collaps\w*"
        r"|reckless\w*|irresponsib\w*|imprudent\w*|blackmail\w*|betray\w*|deceiv\w*|deceit\w*"
        r"|cheat\w*|fool(?:ed|s|ing)?|mislead\w*|misled|lied|lying to|liars?|chao\w*|ruin\w*"
        # the noun "lie" after a determiner, as the other profiles list it (mensonge, mentira,
        # ложь, Lüge), not the verb of place ("the problem lies in")
        r"|(?:the|a|their|his|her|its|our|your|these|those|such|of|more) lies?\b"
        r"|nightmar\w*|appalling\w*|horrif\w*|horribl\w*|terribl\w*|awful\w*|dreadful\w*"
        r"|atrocious\w*|fiasco|shambles|debacle|intolerabl\w*|unbearabl\w*|insult\w*"
        r"|humiliat\w*|sabotag\w*"
        # without mercy: the top of a scale of blame (ruthless, беспощадный)
        r"|ruthless\w*|merciless\w*|pitiless\w*"
    ),
    mild=(
        r"disappoint\w*|setbacks?|hast(?:y|ily)|rush(?:ed)?|undesirabl\w*|inconvenien\w*"
        r"|concern\w*|worr\w*|unhappy|uneasy|frustrat\w*|annoy\w*|irritat\w*|unfortunate"
    ),
    obligations=(
        r"must|must not|mustn't|may not|have to|has to|had to|cannot|can't|can not|shall"
        r"|will not|won't|(?:is|are) not allowed|need to|needs to"
    ),
    advice=r"should|shouldn't|ought to|would be better|had better",
    # a refusal is a wish too: "it will not listen" = "zuhören will es nicht"
    wishes=(
        r"want\w*|wish\w*|would like|'d like|keen to|would rather|'d rather|prefer\w*"
        r"|will not|won't|refus\w*"
    ),
    uniques=(
        # the superlative by its grammar: "the most" or "the least" before a word (not "the
        # most likely", a hedge), "best", "worst", any word in -est after "the" or a
        # possessive but the nouns and adjectives of that ending, and names (Budapest)
        r"(?<!one of )(?<!among )"  # "one of the busiest" is one of several (`one_of`)
        r"(?:the|our|their|its|his|her|my|your) (?:very |single )?(?:only|sole|best|worst"
        r"|(?:most|least) (?!of\b|likely\b)\w+"
        rf"|(?!(?:{_NOT_SUPERLATIVE})\b)(?-i:[a-z]\w*est))|the single|unique\w*"
    ),
    conjunctions=r"and|but",
    name_links=r"of|and|for",
    articles=r"the",
    # a possessive is no part of a name key (see xling.spelling.name_key); a place's
    # people, adjective or plural: Marovians, Korean, Togolese, Ferries, Kaltria
    place_endings=(
        "s", "es", "ia", "a", "ian", "ians", "an", "ans", "ean", "eans", "ese", "ish", "i", "is",
        "er", "ers", "ite", "ites", "ic",
    ),
    # a word's plural, participle or gerund (Informed Consent = informierte Zustimmung)
    word_endings=("s", "es", "ed", "d", "ing"),
    body_words=frozenset(
        {"list", "forum", "trust", "campaign", "initiative", "platform", "academy", "charity"}
    ),
    wholes=r"all|whole|entire\w*|every\w*|nobody|no one|none|nothing|a single|each",
    parts=r"some|a few|few|part of|little|several|certain",
    # the adjective after a determiner ("our only concern"), not the adverb ("only two"),
    # which a translator may render by word order
    sole=(
        r"(?:the|our|their|its|his|her|my|your) (?:very |one and )?(?:only|sole)"
        r"|solely|exclusively"
    ),
    one_of=r"one of|among the",
)  # fmt: skip
