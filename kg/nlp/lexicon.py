"""Word classes the dependency patterns rely on: general English, not any one article's words.

Each table maps a lemma to what it means for the graph: an event class of the ontology (with the
CAMEO root code kept in the ontology), a role title, an actor noun. Keys are lowercase lemmas.
"""

from __future__ import annotations

# fmt: off
# (word tables read best packed by line; the formatter would give every word a line of its own)

# verb lemma → (event class, closed ontology predicate or None for a verb-derived one)
EVENT_VERBS: dict[str, tuple[str, str | None]] = {
    **{v: ("Killing", "killed") for v in ("kill", "murder", "assassinate", "execute", "slay", "shoot")},
    **{v: ("Attack", "attacked") for v in ("attack", "strike", "bomb", "shell", "raid", "hit", "ambush", "invade")},
    **{v: ("Attack", "targeted") for v in ("target",)},
    **{v: ("Sanction", "sanctioned") for v in ("sanction", "blacklist", "embargo")},
    **{v: ("Order", "ordered") for v in ("order", "instruct", "command")},  # not "directed the film"
    # ("end" is no suspension: "to end the agreement", "ended his hopes", "end their campaign")
    **{v: ("Suspension", "suspended") for v in ("suspend", "halt", "stop", "cease", "freeze")},
    **{v: ("Statement", "said") for v in ("say", "write", "state", "announce", "declare", "tell", "post",
                                           "claim", "add", "report", "insist", "warn", "note")},
    # other verbs of saying keep their own word, but what they make is a statement all the same
    **{v: ("Statement", None) for v in ("explain", "admit", "suggest", "stress", "argue", "predict", "confirm",
                                         "concede", "acknowledge", "emphasise", "emphasize", "maintain", "assert")},
    **{v: ("Accusation", "accused") for v in ("accuse", "blame", "charge", "allege", "condemn", "criticize",
                                               "criticise", "denounce")},
    **{v: ("Meeting", None) for v in ("meet", "visit", "host")},
    **{v: ("Demand", None) for v in ("demand", "urge", "call", "request", "ask", "appeal")},
    **{v: ("Investigation", None) for v in ("investigate", "probe", "prosecute", "indict", "try")},
    **{v: ("Cooperation", None) for v in ("cooperate", "help", "support", "assist", "ally")},
    **{v: ("Arrest", None) for v in ("arrest", "detain", "capture", "seize", "jail", "imprison")},
    **{v: ("Movement", None) for v in ("shift", "move", "deploy", "send", "withdraw")},
}

# predicates the ontology declares (kg: namespace); every other predicate is verb-derived (rel: namespace)
CLOSED_PREDICATES = {closed for _, closed in EVENT_VERBS.values() if closed} | {
    "holdsRole", "leaderOf", "worksFor", "partOf", "citizenOf", "livesIn", "locatedIn", "basedIn", "memberOf",
    "arrested", "investigated", "affected", "occurredIn", "bornIn"}

# nouns that name an event, with their event class
EVENT_NOUNS: dict[str, str] = {
    **{n: "Attack" for n in ("strike", "airstrike", "attack", "bombing", "raid", "assault", "offensive",
                             "invasion", "shelling", "ambush")},  # "its operations" are a firm's business
    **{n: "Killing" for n in ("killing", "murder", "assassination", "execution", "massacre", "death")},
    **{n: "Sanction" for n in ("sanction", "embargo", "blacklisting")},
    **{n: "Order" for n in ("order", "decree", "directive")},
    **{n: "Suspension" for n in ("suspension", "halt", "freeze", "cessation", "ban")},
    **{n: "Statement" for n in ("statement", "announcement", "remark", "declaration", "speech", "post")},
    **{n: "Accusation" for n in ("accusation", "allegation", "charge", "criticism", "condemnation")},
    **{n: "Meeting" for n in ("meeting", "summit", "talks", "visit", "conference")},
    **{n: "Investigation" for n in ("investigation", "probe", "inquiry", "trial", "prosecution")},
    **{n: "Cooperation" for n in ("cooperation", "co-operation", "partnership", "alliance", "agreement")},
    **{n: "Arrest" for n in ("arrest", "detention", "capture")},
}

# verbs whose subject performs the event named by their object ("X imposed sanctions on Y")
LIGHT_VERBS = {"place", "impose", "launch", "carry", "conduct", "levy", "slap", "issue", "stage", "mount",
               "order", "announce", "make", "take", "give", "begin", "continue", "escalate", "expand",
               "hold", "host", "convene", "chair"}  # "held a meeting", "chaired the talks": the host meets

#: titles a royal is known by with a given name alone ("Prince Charles"), each one person's
ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "emperor", "empress", "pope", "duke", "duchess"})

# verbs with object control: "X ordered Y to do Z" → Y does Z
OBJECT_CONTROL = {"order", "tell", "ask", "urge", "force", "allow", "instruct", "direct", "persuade", "challenge",
                  "lead", "prompt", "cause", "drive", "inspire", "spur", "convince", "pressure", "enable",
                  "permit", "encourage", "require", "invite", "call", "authorize", "authorise", "oblige", "compel"}

# verbs whose prepositional object does what their to-infinitive says: "X called on Y to do Z", "appealed to Y
# to do Z", "pleaded with Y to do Z" → Y does Z
PREPOSITIONAL_CONTROL = {"call", "appeal", "prevail", "rely", "count", "depend", "press", "lean", "wait", "plead"}

# verbs whose subject, not object, does what their to-infinitive says ("X promised Y to leave")
SUBJECT_CONTROL = {"promise", "vow", "threaten", "offer", "pledge", "swear",
                   "use", "employ", "exploit", "spend"}  # "using text messages to tell customers"

# leaving a post: its object is left, and its subject does what the to-infinitive says ("left the BBC in
# 2001 to join ITV", "quit Bullfrog to set up Lionhead")
LEAVING_VERBS = frozenset({"leave", "quit", "resign", "depart"})

# verbs whose object is only the subject of their to-infinitive, not a patient ("expected makers to
# release devices": nothing is done to the makers)
EXCEPTIONAL_CASE = {"expect", "want", "believe", "consider", "need", "like", "prefer", "wish", "hate", "intend",
                    "mean", "understand", "know", "find", "think", "suppose", "assume", "estimate", "reckon",
                    "predict", "forecast", "judge", "deem", "hope"}

# what is won in a contest: "overturned a majority to win the seat" (won, not meant to be)
CONTEST_NOUNS = {"seat", "title", "race", "match", "game", "tie", "final", "set", "gold", "medal", "cup", "crown",
                 "election", "championship", "tournament", "trophy", "prize", "award", "contest", "victory",
                 "point", "place", "spot"}

# what one does by beating someone: "shocked the Americans to win gold" (the winner is the subject)
VICTORY_VERBS = {"win", "take", "claim", "clinch", "seal", "secure", "reach", "book", "earn", "lift", "retain",
                 "regain", "grab", "snatch", "capture", "set", "finish", "progress", "advance", "qualify"}

# buildings and streets that stand for the offices in them ("Downing Street said", "the Kremlin denied")
SEATS_OF_POWER = {"downing street", "downing st", "number 10", "no 10", "number ten", "whitehall", "kremlin",
                  "elysee", "elysee palace", "white house", "pentagon", "holyrood", "blue house", "quai d'orsay",
                  "zhongnanhai", "foggy bottom", "capitol hill"}

# what can be suspended, halted or ended in the sense of the ontology's Suspension (relations, aid,
# cooperation, dealings): "ended their losing run", "ended his career" are not suspensions
SUSPENDABLE = {"talks", "relations", "ties", "aid", "cooperation", "co-operation", "sharing", "trade", "trading",
               "production", "exports", "imports", "operations", "services", "service", "deliveries", "flights",
               "payments", "negotiations", "sales", "work", "funding", "support", "contract", "contracts", "deal",
               "membership", "broadcasts", "broadcast", "programme", "program", "investigation", "strike",
               "strikes", "ceasefire", "truce", "sanctions", "embargo", "licence", "license", "ban", "supplies",
               "shipments", "assistance", "contacts", "communications", "dialogue", "agreement", "partnership",
               "alliance", "accounts", "assets", "loans", "lending", "subsidies", "activities", "mission",
               "operation", "campaign", "project", "plans", "construction", "shares", "dividend",
               "dividends", "visits", "access", "transfers", "transfer", "ferries", "trains", "blockade",
               "siege", "occupation", "offensive", "curfew", "fighting", "hostilities", "boycott", "moratorium",
               "bombing", "raids", "attacks", "patrols", "exercises", "testing", "programmes"}

# verbs whose object, when a name, is a work: "recorded Georgia On My Mind", "directed Alfie"
# verbs whose "in" names a work one is cast in: "appeared in Brookside", "starred in Friends"
STARRING_VERBS = {"star", "appear", "act", "feature", "co-star", "cast"}
WORK_VERBS = {"record", "release", "direct", "write", "pen", "publish", "compose", "sing", "present", "film",
              "screen", "broadcast", "air", "premiere", "perform", "remake", "adapt", "read", "download"}
#: verbs that move what they act on: "pushed the dollar up to $1.33", "drove prices up to …"
AMOUNT_MOVERS = frozenset({"push", "drive", "send", "take", "bring", "lift", "force", "pull", "put"})
# verbs whose first of two objects receives the second: "sent Mr Bush his congratulations", "lent Russia
# $6bn" (not "fined CBS $550,000", "cost them the game": the first is who pays or loses)
GIVING_VERBS = frozenset({"give", "send", "offer", "lend", "loan", "pay", "hand", "grant", "sell", "award", "owe",
                          "bring", "promise", "supply", "feed", "allocate", "allot", "email", "mail", "post",
                          "pass", "show", "teach", "refund", "donate", "deliver", "serve", "leave"})
# callings whose holder is named by a work before them, and only by a work: "Harry Potter author JK Rowling"
WORK_MAKERS = frozenset({"author", "writer", "creator", "novelist", "composer", "screenwriter"})
# what only a work does to its object: "L'Esquive depicts the travails of …", "the film stars Jamie Foxx"
WORK_DEEDS = {"depict", "chronicle", "gross", "star", "feature"}

# titles of those who founded a body, which they need not lead: "Band Aid founder Bob Geldof"
FOUNDERS = {"founder", "co-founder", "cofounder", "creator"}

# verbs whose object, when a name, is a prize or a title won ("won a Golden Globe", "scooped the Bafta")
PRIZE_VERBS = {"win", "earn", "receive", "scoop", "collect", "land", "bag", "pocket", "retain", "defend", "present"}

# verbs that charge someone with a deed: what they are accused of is alleged, not stated
ACCUSATION_VERBS = {"accuse", "allege", "blame", "suspect", "charge", "indict", "fault", "criticise", "criticize",
                    "condemn", "attack", "slam", "lambast", "rebuke", "convict"}  # a court's finding is its own

# reporting verbs: their clausal complement is attributed, not asserted
SPEECH_VERBS = {"say", "write", "tell", "state", "announce", "declare", "claim", "add", "report", "insist",
                "warn", "note", "allege", "argue", "believe", "think", "suggest", "post", "tweet", "accuse",
                "respond", "reply", "explain", "admit", "confirm", "concede", "stress", "maintain", "acknowledge",
                "predict", "estimate", "reveal", "comment", "recall", "indicate", "emphasise", "emphasize",
                "hint", "conclude", "contend", "assert", "testify", "complain", "boast", "joke", "retort", "reckon"}

# texts that "say" things for someone: "a CAS statement said" speaks for CAS, "a survey said" for itself
DOCUMENT_SPEAKERS = {"statement", "report", "study", "survey", "data", "figure", "research", "poll", "document",
                     "letter", "release", "analysis", "review", "paper", "note", "memo", "filing"}
# … of them, those that only carry their issuer's words: with no issuer named, no one speaks
DOCUMENT_VEHICLES = {"statement", "letter", "release", "note", "memo"}

# speech verbs whose object is the one spoken to ("told the BBC", "assured investors")
HEARER_VERBS = {"tell", "inform", "assure", "brief", "remind", "notify", "promise", "warn", "advise"}

# nouns that a verb or preposition takes in an idiom, not as a participant: "fell in love", "took
# place", "paving the way", "made headway", "took part", "in charge", "on track"
IDIOM_NOUNS = {"love", "place", "stuff", "way", "headway", "part", "account", "care", "advantage", "note", "notice",
               "sight", "touch", "track", "hand", "heart", "mind", "stock", "shape", "line", "step", "turn",
               "effect", "use", "sense", "fun", "issue", "aim", "stand", "lead", "toll", "root", "hold",
               "time", "moment", "while", "day", "week", "month", "year", "night", "hour", "minute"}

# preposition + noun idioms that work as sentence adverbs ("in practice", "for example"): never participants
PREP_IDIOMS = {("in", "practice"), ("for", "example"), ("for", "instance"), ("in", "fact"), ("in", "order"),
               ("in", "particular"), ("in", "addition"), ("in", "general"), ("of", "course"), ("in", "short"),
               ("in", "contrast"), ("by", "contrast"), ("in", "comparison"), ("in", "total"), ("on", "average"),
               ("in", "full"), ("in", "case"), ("in", "effect"), ("in", "turn"), ("in", "theory"),
               ("in", "principle"), ("in", "return"), ("on", "balance"), ("at", "least"), ("at", "most"),
               ("in", "future"), ("in", "right"), ("among", "things"), ("in", "terms"), ("on", "hand"),
               ("in", "meantime"), ("in", "end"), ("at", "moment"), ("for", "now"), ("in", "past"), ("en", "masse"),
               ("at", "time"), ("in", "respect"), ("in", "light"), ("in", "spite"), ("at", "expense"),
               ("on", "basis"), ("in", "words"), ("by", "far"), ("in", "all"), ("in", "attempt"),
               ("in", "effort"), ("in", "bid"), ("in", "response"), ("in", "line"), ("as", "result"),
               ("in", "wake"), ("in", "run"), ("in", "process"), ("at", "end"), ("at", "start"), ("in", "row"),
               ("on", "contrary"), ("to", "contrary"), ("in", "sum"), ("in", "brief"), ("at", "heart"),
               ("on", "whole"), ("in", "aftermath"), ("in", "event"), ("for", "part"), ("in", "view"),
               ("in", "favour"), ("in", "favor"), ("to", "death"), ("in", "break"), ("in", "departure"),
               ("in", "echo"), ("in", "blow"), ("in", "boost"), ("in", "move"), ("in", "sign"),
               ("above", "odds"),  # "paid well above the odds for X": too much, no participant
               ("to", "action"),  # "returned to action", "a call to action": playing again, acting
               ("into", "action"), ("in", "action"),  # "was called into action", "saw him in action"
               # "called into question", "stay in charge", "held without charge": a state, no participant
               ("into", "question"), ("in", "question"), ("in", "charge"), ("without", "charge"), ("on", "move"),
               ("into", "account"), ("in", "touch"), ("in", "place"), ("in", "doubt"), ("at", "risk"),
               ("at", "stake"), ("in", "danger"), ("on", "hold"), ("to", "task"), ("at", "bay"), ("in", "check"),
               ("in", "force"), ("in", "vain"), ("under", "way"),
               # "ranked 13th in the world", "fans around the world": a ranking's or a spread's scope
               ("in", "world"), ("around", "world"), ("across", "world"), ("throughout", "world")}

# adjectives of attitude: "X is concerned (that) …" reports X's view of a clause as speech does
ATTITUDE_ADJECTIVES = {"concerned", "worried", "confident", "sure", "certain", "optimistic", "pessimistic",
                       "hopeful", "convinced", "afraid", "adamant", "aware", "fearful", "determined", "keen",
                       "anxious", "satisfied", "happy", "unhappy", "disappointed", "angry", "furious", "delighted",
                       "sceptical", "skeptical", "doubtful", "unsure", "unconvinced"}

# "according to X", "figures supplied by X": attribution markers
ATTRIBUTION_HEADS = {"accord"}

# titles before or around names; leadership titles make a person the leader of the country/org
TITLES = {
    "president", "vice", "prime", "minister", "secretary", "chancellor", "king", "queen", "prince",
    "princess", "governor", "senator", "sen", "representative", "rep", "mayor", "general", "gen",
    "colonel", "col", "admiral", "commander", "chief", "director", "ambassador", "judge", "justice",
    "chairman", "chairwoman", "chair", "ceo", "spokesman", "spokeswoman", "spokesperson", "leader",
    "pope", "sheikh", "emir", "sultan", "dr", "mr", "mrs", "ms", "miss", "sir", "lord", "lady", "officer",
    "attorney", "deputy", "foreign", "defense", "defence", "interior", "finance", "treasury", "head",
    "founder", "executive", "manager", "coach", "captain", "editor", "premier", "lt", "sgt", "st",
    "rev", "revd", "reverend", "dame", "archbishop", "bishop", "cardinal", "rabbi", "imam", "warden",
    "commissioner",
    "sergeant", "corporal", "lieutenant", "brigadier", "cpl", "crown", "prof",
    # police and military ranks, abbreviated: "Chief Supt X", "Det Insp Y", "Maj Z"
    "superintendent", "supt", "inspector", "insp", "det", "detective", "constable", "maj", "brig",
    "baroness", "baron", "viscount", "viscountess", "prophet", "ayatollah", "mullah",
    # the style before a cleric's or a privy counsellor's title: "the Rt Rev X", "the Rt Hon Y"
    "rt", "hon",
}
#: courtesy titles, which go before a surname ("Mr Howard" is no Howard Flight); not "Sir" or "Lord"
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr"})
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "rev", "revd", "reverend", "prof",
              # peers', prophets' and clerics' titles: "Baroness Kennedy said" is Kennedy
              "baroness", "baron", "viscount", "viscountess", "prophet", "ayatollah", "mullah", "rt", "hon"}
LEADER_TITLES = {"president", "prime minister", "king", "queen", "chancellor", "premier", "emir", "sultan",
                 "leader", "head", "chairman", "chairwoman", "chair", "ceo", "governor", "mayor", "founder"}

# head nouns that make a noun phrase an actor; value = ontology class
ACTOR_NOUNS = {
    **{n: "GovernmentOrganization" for n in ("administration", "government", "ministry", "department",
                                             "treasury", "cabinet", "congress", "parliament", "senate",
                                             "agency", "agencies", "police", "court", "regime", "embassy",
                                             # chambers called by their own names: "told the Commons"
                                             "commons", "bundestag", "duma", "knesset", "dail")},
    **{n: "MilitaryOrganization" for n in ("military", "army", "navy", "forces", "troops", "coastguard",
                                           "marines", "militia", "pentagon")},
    **{n: "Group" for n in ("critics", "rebels", "protesters", "officials", "authorities", "activists",
                            "lawmakers", "residents", "citizens", "traffickers", "cartels", "cartel",
                            "insurgents", "militants", "gang", "gangs", "family", "voters", "workers")},
}

# plural nouns for kinds of people (beyond ACTOR_NOUNS and the plurals of ROLE_NOUNS): as a clause
# argument they name a group actor ("analysts said", "unions opposed")
PEOPLE_PLURALS = {
    "minorities",  # "ethnic minorities make up 8%"
    "analysts", "people", "parents", "children", "families", "unions", "campaigners", "investors", "consumers",
    "customers", "shoppers", "fans", "listeners", "viewers", "readers", "users", "students", "teachers",
    "doctors", "nurses", "patients", "experts", "economists", "scientists", "researchers", "employees",
    "staff", "prosecutors", "lawyers", "judges", "ministers", "mps", "politicians", "diplomats", "leaders",
    "farmers", "pensioners", "taxpayers", "motorists", "passengers", "journalists", "reporters",
    "shareholders", "creditors", "bosses", "executives", "directors", "managers", "players", "athletes",
    "supporters", "opponents", "campaign groups", "groups", "organisations", "organizations", "companies",
    "firms", "airlines", "studios", "retailers", "manufacturers", "villagers", "immigrants",
    "refugees", "survivors", "witnesses", "victims", "suspects", "defendants", "detectives", "investigators",
    # more plural nouns for people (a collective with no name is a Group, not a thing)
    "individuals", "persons", "adults", "teenagers", "youngsters", "pupils", "women", "men", "girls", "boys",
    "kids", "voters",
    "citizens", "workers", "tourists", "visitors", "travellers", "commuters", "drivers", "gamers", "bloggers",
    "hackers", "critics", "activists", "protesters", "officials", "owners", "buyers", "sellers", "borrowers",
    "savers", "landlords", "tenants", "homeowners", "employers", "traders", "dealers", "brokers", "bankers",
    "insurers", "lenders", "operators", "broadcasters", "carriers", "exporters", "importers", "producers",
    "publishers", "developers", "artists", "musicians", "actors", "volunteers", "inmates", "prisoners",
    "offenders", "criminals", "candidates", "delegates", "negotiators", "regulators", "lawmakers",
    "senators", "councillors", "backbenchers", "meps", "msps", "smokers", "residents", "members", "subscribers",
    "supermarkets",
    # agent nouns in -er/-or/-ee/-ant, which name things as often as people ("servers", "fees",
    # "plants"), so they are listed rather than read off their ending
    "winners", "losers", "makers", "nominees", "officers", "organisers", "organizers", "writers", "runners",
    "detainees", "spammers", "scammers", "fraudsters", "conmen", "clients", "servants", "competitors",
    "partners", "peers", "observers", "sprinters", "authors", "celebrities", "lovers", "seekers",
    "jobseekers", "contenders", "performers", "holders", "respondents", "surfers", "suppliers",
    "bookmakers", "migrants", "singers", "photographers", "speakers", "pioneers", "contestants", "carers",
    "commentators", "auditors", "administrators", "jurors", "dancers", "presenters", "enemies",
    "seafarers", "brothers", "sisters", "fathers", "mothers", "daughters", "sons", "backers", "vendors",
    "contributors", "referees", "programmers", "coders", "foreigners", "advisers", "advisors",
    "distributors", "hunters", "householders", "murderers", "killers", "attackers", "moderators",
    "advertisers", "carmakers", "consultants", "spectators", "designers", "donors", "engineers",
    "watchers", "applicants", "participants", "finalists", "recipients", "promoters", "inspectors",
    "constituents", "contractors", "subcontractors", "punters", "callers", "bondholders", "earners",
    "truants", "learners", "payers", "defenders", "drinkers", "bidders", "accountants", "suitors",
    "policyholders", "stakeholders", "sufferers", "entrants", "sponsors", "deputies", "newcomers",
    "intruders", "rappers", "songwriters", "commissioners", "editors", "canvassers", "chancellors",
    "assistants", "downloaders", "exhibitors", "controllers", "presidents", "founders", "handlers",
    "predecessors", "successors", "ancestors", "gangsters", "ladies", "entertainers", "composers",
    "headliners", "trainers", "trainees", "perpetrators", "combatants", "protagonists", "mayors",
    "selectors", "inventors", "creators", "builders", "brewers", "forecasters", "minors", "ambassadors",
    "lodgers", "censors", "newscasters", "retirees", "evacuees", "hostages", "captives",
    "kidnappers", "gunmen", "bombers", "rioters", "looters", "smugglers", "lobbyists",
    "fighters", "troops", "peacekeepers", "mourners", "worshippers", "pilgrims", "hardliners",
    "moderates", "liberals", "conservatives", "loyalists", "separatists", "nationalists", "allies",
    "rivals", "friends", "colleagues", "relatives", "neighbours", "neighbors", "strangers", "couples",
    "crowds", "audiences", "attendees", "guests", "landowners",
    "entrepreneurs", "billionaires", "millionaires", "stars", "superstars", "idols",
    "veterans", "rookies", "novices", "amateurs", "professionals", "champions", "medallists",
    "medalists", "victors", "challengers", "qualifiers", "teammates", "coaches",
    "chiefs", "insiders", "outsiders", "sources", "soldiers", "civilians", "crew", "public", "electorate",
    "protestors", "demonstrators", "marchers", "strikers", "banks", "clubs", "charities", "councils",
    "universities", "automakers", "chipmakers", "drugmakers", "miners", "nationals", "expatriates",
    "compatriots",
}

#: kinds of people that are someone's: "members" (of what?), "his parents", "the club's team-mates"; bare,
#: or with an owner their label leaves out, they name no one
RELATIVE_PLURALS = frozenset({"members", "parents", "relatives", "colleagues", "friends", "teammates",
                              "team-mates", "brothers", "sisters", "sons", "daughters", "fathers", "mothers",
                              "wives", "husbands", "children", "families", "predecessors", "successors"})
#: of those, the ones a plain plural also says of people at large ("children are at risk")
GENERIC_RELATIVES = frozenset({"children", "families", "parents", "friends"})

# endings that make a plural noun a kind of people whatever the word: "extremists", "civilians",
# "fishermen"; the exceptions are the few common words that only look like it
PEOPLE_ENDINGS = ("ists", "ians", "men")
NOT_PEOPLE = {"lists", "playlists", "shortlists", "blacklists", "wishlists", "checklists", "wrists", "twists",
              "exists", "insists", "consists", "persists", "resists", "assists", "specimens", "regimens",
              "abdomens", "omens", "stamens", "semen", "amens", "acumen", "mists", "fists", "gists"}


def people_plural(word: str) -> bool:
    """Whether a lower-case plural noun names a kind of people ("analysts", "observers", "conmen",
    "team-mates" as "teammates")."""
    if "-" in word and word.replace("-", "") in PEOPLE_PLURALS:
        return True
    return word in PEOPLE_PLURALS or (word.endswith(PEOPLE_ENDINGS) and len(word) > 5 and word not in NOT_PEOPLE)


def agent_noun(word: str) -> bool:
    """Whether a lower-case singular noun names a person by the field they work in, by its ending
    ("microbiologist", "statistician", "photographer"): the singulars of `people_plural`'s endings but
    "-men"."""
    return word.endswith(("ist", "ician", "grapher")) and len(word) > 5 and word + "s" not in NOT_PEOPLE


#: what a machine plays or records: "MP3 player", "DVD players", "media player"
MEDIA_FORMATS = frozenset({"media", "music", "video", "record", "cassette", "tape", "disc", "disk", "cd", "dvd",
                           "mp3", "audio", "blu-ray"})


def media_device(word: str) -> bool:
    """Whether a word before "player(s)" makes a machine of it ("MP3 player", "music players"; not "NBA
    player")."""
    return any(ch.isdigit() for ch in word) or word.lower() in MEDIA_FORMATS


# time zones: "at 0900 GMT" is a time of day, no participant
TIME_ZONES = {"gmt", "bst", "utc", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et",
              "pt", "jst", "ist", "aest", "hkt", "sgt", "msk"}

# international organisations the small model often takes for places ("Opec", "Nato")
INTERNATIONAL_BODIES = {"opec", "nato", "un", "united nations", "wto", "imf", "oecd", "asean", "apec", "who",
                        "unesco", "unicef", "iaea", "interpol", "nafta", "mercosur", "african union", "arab league",
                        "world bank", "eu", "european union", "g8", "g7", "g20", "commonwealth", "unhcr", "fifa",
                        "uefa", "ioc", "icc", "wada", "iaaf"}

# faiths, named by a name the model often takes for a group or an organisation
RELIGIONS = {"islam", "christianity", "judaism", "hinduism", "buddhism", "sikhism", "catholicism",
             "protestantism", "shinto", "taoism", "jainism"}
#: diseases named by a name or letters the model often takes for an organisation ("tested for TB")
DISEASES = frozenset({"tb", "hiv", "aids", "hiv/aids", "sars", "bse", "mrsa", "cjd", "vcjd", "ebola", "malaria",
                      "polio", "cholera", "measles", "tuberculosis", "avian flu", "bird flu", "h5n1",
                      "bronchitis", "pneumonia", "influenza", "hepatitis", "meningitis", "typhoid", "asthma",
                      "dengue", "leprosy", "smallpox", "anthrax", "tetanus", "glandular fever", "mumps"})
#: the continents, as places are named
CONTINENTS = frozenset({"Africa", "Asia", "Europe", "North America", "South America", "Oceania", "Antarctica"})
# last words of a firm's regional arm ("Lycos Europe", "Sony Asia"): no person's name ends so
REGION_ENDINGS = {"europe", "asia", "africa", "america", "americas", "pacific", "international",
                  "worldwide", "global", "emea"}
# a firm's outlets and services named by the firm and a common noun ("Google News", "Sky Sports", "Virgin
# Radio"): something of the firm, which the firm's bare name ("Google said") is not
SERVICE_ARMS = frozenset({"news", "radio", "tv", "television", "music", "records", "pictures", "films",
                          "studios", "games", "books", "video", "maps", "online", "store", "search", "sport",
                          "sports", "magazine", "channel", "player", "messenger", "mail", "broadcast",
                          "world", "one", "two", "three", "four"})

# common words that end like agent nouns ("-er", "-or", "-ian") and name things: "a quarter said" names
# no one who could speak
NOT_AGENTS = {"number", "quarter", "matter", "paper", "water", "letter", "order", "power", "computer", "server",
              "border", "sector", "factor", "error", "floor", "door", "center", "meter", "chapter", "winter",
              "summer", "river", "tower", "disaster", "register", "layer", "cancer", "finger", "corner",
              "motor", "mirror", "labour", "labor", "colour", "color", "favour", "favor", "honour",
              "behaviour", "flavour", "rumour", "humour", "tumour", "harbour", "poster", "printer",
              "container", "shelter", "weather", "other", "offer", "answer", "cover", "filter",
              "manner", "dinner", "banner", "trailer", "thriller", "blockbuster", "meteor", "indicator", "half",
              "processor", "median", "scenario", "calendar", "radar", "dollar", "third", "majority", "minority",
              "list", "playlist", "shortlist", "checklist", "wishlist", "blacklist"}

# things that speak for their authors: "the report said", "a survey found"
SOURCE_NOUNS = {"report", "reports", "study", "studies", "survey", "surveys", "statement", "statements", "poll",
                "polls", "research", "figures", "data", "document", "documents", "letter", "review", "analysis",
                "paper", "audit", "inquiry", "findings", "evidence", "rumours", "rumors", "website", "memo",
                "ruling", "verdict", "judgement", "judgment", "law", "bill", "rules", "guidelines"}

# number words that end the names of groups of people known together ("the Guildford Four")
GROUP_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}

# third-person pronouns and relatives that must be resolved or dropped, never emitted as nodes
PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
            "them", "their", "theirs", "themselves", "which", "that", "who", "whom", "whose", "what", "this",
            "these", "those", "we", "us", "our", "i", "me", "my", "you", "your", "one", "there", "here",
            "some", "all", "both", "each", "another", "other", "others", "anyone", "someone", "something"}
PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them"}

#: periods of time: "third boss of the season" is at no employer, "this year's Oscars" an event that recurs
PERIOD_NOUNS = frozenset(
    {"season", "year", "month", "week", "weekend", "decade", "century", "era", "day", "night", "term"}
)

#: outcomes a side or a player is led to ("booted France to victory", "guided Chelsea to the title"): part of
#: what was done, not where the object went
OUTCOME_NOUNS = {"victory", "win", "defeat", "title", "glory", "triumph", "success", "promotion", "relegation"}
# the state a deed brings its object into, part of the verb: "hold ministers to account", "brought his
# office into disrepute", "called the result into question"
STATE_NOUNS = {"account", "disrepute", "justice", "task", "question", "doubt", "ridicule", "contempt"}
# states a deed keeps its object in, after "on" or "in": "left rates on hold", "kept inflation in check"
HELD_STATES = {"hold", "check", "place", "limbo", "abeyance", "custody", "reserve", "store", "force"}

# verb + object idioms whose noun names no participant: "takes charge at Renault" accuses no one
# what is "struck" or "hit" without violence: agreements and levels ("struck a deal", "hit a record high")
STRUCK_NOT_HIT = {"deal", "agreement", "pact", "accord", "compromise", "bargain", "partnership", "alliance",
                  "balance", "chord", "note", "pose", "record", "high", "low", "mark", "target", "level", "peak",
                  "jackpot", "form", "headlines", "gold", "trouble", "snag", "wall", "button", "ground",
                  # "hit the front" (took the lead), "hit the post", "hit the shelves", "hit the road"
                  "front", "post", "woodwork", "crossbar", "bar", "shelves", "road", "screens", "airwaves",
                  # "struck a fierce shot", "hit a volley": a ball played
                  "shot", "effort", "ball", "volley", "drive", "free-kick", "kick", "penalty", "strike", "six", "four"}
VERB_IDIOMS = {("follow", "suit"), ("step", "gear"), ("move", "gear"), ("join", "force"), ("fall", "victim"), ("fall", "prey"), ("take", "charge"), ("take", "control"), ("take", "office"), ("take", "shape"),
               ("take", "effect"), ("take", "heart"), ("take", "issue"), ("take", "notice"), ("make", "sense"),
               ("make", "way"), ("make", "use"), ("make", "history"), ("bid", "farewell"), ("pay", "tribute"), ("pull", "horn"),
               ("pay", "attention"), ("keep", "pace"), ("lose", "sight"), ("lose", "touch"), ("cast", "doubt"),
               ("pour", "water"), ("shed", "light"), ("throw", "light"), ("take", "aim"), ("lay", "claim"),
               ("play", "fiddle"), ("stand", "ground"), ("hold", "ground"), ("gain", "ground"), ("lose", "ground"),
               ("pay", "price"), ("hold", "breath"), ("keep", "eye"), ("turn", "eye"), ("bear", "fruit"),
               ("raise", "eyebrow"), ("ring", "bell"), ("make", "headline"), ("grab", "headline"),
               ("take", "stage"), ("steal", "show"), ("set", "scene"), ("set", "stage"), ("change", "hand"),
               ("give", "way"), ("have", "say"), ("get", "word"), ("break", "ice"), ("find", "foot"),
               ("regain", "foot"), ("keep", "head"), ("lose", "heart"), ("take", "advantage"), ("take", "stock"),
               ("catch", "eye"), ("take", "note"), ("make", "point"), ("miss", "point"), ("draw", "line"),
               ("toe", "line"), ("dip", "toe"), ("call", "shot"), ("call", "time"), ("foot", "bill"), ("hit", "ground"),
               ("draw", "attention"), ("pay", "heed"), ("lend", "weight"), ("lend", "support"),
               ("throw", "support"), ("throw", "weight"), ("put", "weight"),
               ("bang", "drum"), ("beat", "drum"), ("strut", "stuff"), ("blow", "trumpet"), ("throw", "towel"),
               ("bite", "bullet"), ("turn", "corner"), ("rock", "boat"), ("move", "goalpost"), ("tighten", "belt"),
               ("hold", "fort"), ("raise", "bar"), ("jump", "ship"), ("shoot", "fox"), ("test", "water"), ("jump", "gun"), ("pull", "plug"),
               ("tread", "board"), ("write", "chapter"), ("turn", "page"), ("hit", "front"), ("hit", "road"),
               ("rule", "roost"), ("drag", "heel"), ("pin", "hope"), ("add", "voice"), ("lend", "voice"),
               ("leave", "door"), ("cast", "eye"), ("combine", "force"),
               ("turn", "attention"), ("switch", "attention"), ("focus", "attention"), ("return", "attention"),
               ("save", "face"),
               ("lose", "face"), ("take", "toll"), ("leave", "mark"), ("make", "mark"), ("hold", "nerve"),
               ("stamp", "mark"), ("mean", "business"), ("play", "role"), ("play", "part"), ("change", "tack"),
               ("change", "course"), ("change", "gear"), ("change", "mind"), ("lay", "siege"), ("plead", "contest"),
               ("leave", "door"), ("open", "door"), ("close", "door"), ("shut", "door"),
               # "shared a platform with the chancellor", "run circles around this law", "stop the rot"
               ("share", "platform"), ("run", "circle"), ("run", "ring"), ("stop", "rot"), ("miss", "trick"),
               ("break", "ground"), ("trailblaze", "ground"),
               # "turned its back on", "cover all his bases", "speaks volumes",
               # "fired both barrels at", "threw his hat into the ring", "upped the ante", "burnt his bridges"
               ("turn", "back"), ("cover", "base"), ("cover", "basis"), ("speak", "volume"), ("fire", "barrel"),
               ("throw", "hat"), ("up", "ante"), ("raise", "ante"), ("burn", "bridge"), ("bury", "hatchet"),
               ("cross", "sword"), ("bite", "dust"), ("face", "music"), ("hold", "card"), ("call", "tune"),
               ("keep", "lid"), ("hit", "nail"), ("tip", "scale"), ("tip", "balance"), ("pave", "way"),
               # "left a lasting impression", "made an impression on the selectors"
               ("leave", "impression"), ("make", "impression"),
               # "raised his game", "threw off the shackles"
               ("raise", "game"), ("lift", "game"), ("up", "game"), ("throw", "shackle"), ("shake", "shackle")}
# verbs whose to-infinitive is not (yet) a fact, and what they make of it: "wants X to tell",
# "plans to sell", "is closing in on signing"
INTENT_VERBS = {"want": "desire", "wish": "desire", "hope": "desire", "plan": "planned", "intend": "planned",
                "aim": "planned", "seek": "planned", "prepare": "planned", "expect": "expected", "try": "attempt",
                "attempt": "attempt", "need": "obligation", "consider": "possibility", "threaten": "threat",
                "propose": "planned", "close": "planned", "agree": "planned", "refuse": "refused", "decline": "refused",
                "bid": "attempt", "offer": "planned", "volunteer": "planned", "scramble": "attempt",
                "push": "attempt", "struggle": "attempt", "strive": "attempt", "endeavour": "attempt",
                # not "fight" or "battle": "fought back to beat England" tells a win (their progressive is an attempt, `kg.nlp.context`)
                "endeavor": "attempt", "fail": "failed", "ready": "planned", "poised": "planned",
                "keen": "desire", "eager": "desire", "anxious": "desire", "determined": "planned",
                "poise": "expected", "face": "possibility", "risk": "possibility",
                "pledge": "planned", "promise": "planned", "vow": "planned", "undertake": "planned",
                "decide": "planned", "choose": "planned", "look": "planned", "allow": "possibility", "let": "possibility", "permit": "possibility",
                "enable": "possibility", "entitle": "possibility", "recommend": "demanded", "design": "purpose",
                "appear": "uncertain", "seem": "uncertain",
                # "deserved to win an award": it was not won; "was supposed to lead", "pencilled in to play"
                "deserve": "obligation", "suppose": "planned", "pencil": "planned",
                # "is opposed to ending the ban", "objected to paying": not done, and not wanted
                "oppose": "opposed", "object": "opposed", "resist": "opposed",
                # "nominated X to head the bank", "hired Y to run the office": the post is to come
                **{v: "planned" for v in ("nominate", "appoint", "hire", "recruit", "elect", "select", "tap",
                                          "draft", "commission")},
                **{v: "obligation" for v in ("oblige", "force", "require", "compel")},
                **{v: "demanded" for v in ("call", "demand", "urge", "ask", "request", "appeal", "press", "invite", "challenge",
                                           "advise", "encourage", "persuade", "order", "instruct", "tell", "warn", "plead",
                                           "beg", "implore", "sue", "lobby", "petition")}}
# adverbs that pass a deed on without stating it: "Cole reportedly met Kenyon"
HEARSAY_ADVERBS = {"reportedly": "reported", "supposedly": "reported", "allegedly": "alleged", "purportedly": "alleged"}
# verbs that deny what they govern: "denies faking a crash", "dismissed claims that the plans would …"
DENIAL_VERBS = {"deny", "dismiss", "reject", "refute", "rebut", "disown"}
# words that open a sports club's name before its city: "Atletico Madrid", "Sporting Lisbon", "Dynamo Kiev"
CLUB_OPENERS = {"atletico", "athletic", "real", "sporting", "dynamo", "dinamo", "inter", "racing", "olympique",
                "borussia", "deportivo", "hapoel", "maccabi", "spartak", "lokomotiv", "cska", "partizan",
                "fc", "ac", "as", "sc", "sv", "rc", "cd", "ud", "vfb", "vfl", "bayer", "hertha", "standard", "bayern",
                "werder", "eintracht", "fortuna", "feyenoord", "galatasaray", "fenerbahce", "besiktas"}
#: sports, whose national bodies a title with a demonym heads ("Russian tennis chief X" heads Russian tennis,
#: not Russia)
SPORTS = {"tennis", "football", "soccer", "rugby", "cricket", "athletics", "golf", "boxing", "cycling",
          "swimming", "hockey", "basketball", "baseball", "skiing", "rowing", "sailing", "snooker", "darts",
          "chess", "gymnastics", "motorsport", "racing", "olympic"}


def sports_post(words: list[str], post: str) -> bool:
    """Whether a title names a post in a sport ("tennis chief", "football boss"), which with a demonym is a
    nationality, not a post of the state ("Russian tennis chief X"; a "sports minister" is one)."""
    return post not in PORTFOLIO_POSTS and any(w.lower() in SPORTS for w in words)


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# playing positions: "Leicester hooker X", "Sale wing X" name the player's club, not where they live
POSITION_NOUNS = {"striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "wing", "forward",
                  "full-back", "fullback", "centre-back", "hooker", "flanker", "prop", "lock", "fly-half",
                  "scrum-half", "centre", "number", "back-row", "captain", "skipper", "playmaker", "stopper",
                  "pitcher", "quarterback", "batsman", "bowler", "spinner", "all-rounder", "opener", "wicketkeeper"}

#: posts at a town's club, whatever the town's node is: "Newcastle boss X", "Glasgow flanker Y"
_CLUB_POSTS = POSITION_NOUNS | {"coach", "boss", "manager"}


def post_of_place(post: str) -> bool:
    """Whether a post before a name is held at the place the name before it gives: a place's office
    ("Middlesbrough mayor X") or its club's ("Newcastle boss X"); a "London teacher" works in London, for no
    "London"."""
    return post.lower().rstrip(".") in STATE_ROLES | _CLUB_POSTS

# modal verbs and what they make of the fact
MODALS = {"must": "obligation", "should": "obligation", "ought": "obligation",
          "may": "possibility", "might": "possibility", "could": "possibility", "can": "ability",
          "will": "future", "would": "conditional", "shall": "future", "wo": "future", "'ll": "future"}
# subordinators that make a clause a condition, not a fact ("until the US ceases its attacks")
CONDITIONAL_MARKS = {"until", "unless", "if", "till", "once"}
# quantity nouns whose "of" object is the real argument ("what kind of information" → information)
PARTITIVES = {"kind", "type", "sort", "combination", "mix", "mixture", "variety", "slice", "portion",
              "fraction", "bulk", "remainder", "rest", "form", "number", "numbers", "lot", "lots", "part", "piece", "range", "series",
              "dozens", "hundreds", "thousands", "millions", "scores", "likes", "worth", "whole",
              "string", "raft", "spate", "slew", "batch", "flurry", "array", "litany", "succession"}
# verbs that change how much of something there is: "lessening the number of executives" changes a number
SCALING_VERBS = frozenset({"reduce", "lessen", "cut", "increase", "raise", "double", "halve", "treble", "triple",
                           "boost", "lower", "limit", "cap", "slash", "trim", "curb", "expand", "shrink"})
# nouns for the people of a country ("citizens of Venezuela")
CITIZEN_NOUNS = {"citizens", "citizen", "nationals", "national", "residents", "people", "civilians"}

# predicates that make the clause they govern uncertain ("it wasn't clear what …")
# verbs that relate their object to what their preposition names ("compared him to Fagin", "blamed the
# department for the delays", "described her as a heroine"): the subject is neither
RELATING_VERBS = {"compare", "liken", "equate", "link", "tie", "connect", "contrast", "confuse", "mistake",
                  "attribute", "blame", "describe", "regard", "portray", "depict", "hail", "praise", "criticise",
                  "criticize", "thank", "credit", "accuse", "condemn", "punish", "fine"}
UNCERTAIN = {"clear", "unclear", "known", "unknown", "certain", "uncertain", "confirmed", "sure"}
# fears, hopes and convictions: what they govern is their holder's, and only feared, hoped or expected
ATTITUDES = {**{w: "feared" for w in ("fear", "worry", "concerned", "worried", "afraid", "fearful", "anxious")},
             "hopeful": "desire", **{w: "expected" for w in ("confident", "optimistic", "convinced")},
             **{w: "uncertain" for w in ("sceptical", "skeptical", "doubtful", "unsure", "unconvinced")},
             "understand": "reported",  # "X is discussing a move, BBC Sport understands"
             "find": "reported",  # "the survey found that musicians were …": its finding
             "forecast": "expected"}  # "the government has forecast that growth will slow": its forecast
# nouns whose "that" clause is only feared, hoped, alleged or guessed: "concerns that teachers are
# hampered", "claims that he faked a crash", "speculation that Acme will bid"
NOUN_ATTITUDES = {**{w: "feared" for w in ("concern", "fear", "worry", "anxiety")}, "hope": "desire",
                  **{w: "alleged" for w in ("claim", "allegation", "accusation", "suggestion", "charge",
                                            "assertion")},
                  **{w: "uncertain" for w in ("speculation", "rumour", "rumor", "suspicion", "doubt", "theory")},
                  "expectation": "expected", "report": "reported", "story": "reported"}
# verbs whose passive with a to-infinitive passes hearsay on: "X is reported to be preparing a bid"
HEARSAY_VERBS = {"report", "say", "think", "believe", "understand", "rumour", "rumor", "allege", "claim",
                 "suppose", "consider", "estimate", "know", "forecast", "predict", "project", "tip"}

# compass and region adjectives that do not change which place is meant
COMPASS = {"northern", "southern", "eastern", "western", "north", "south", "east", "west", "central",
           "northeastern", "northwestern", "southeastern", "southwestern"}

# quantity hedges kept with casualty counts
QUALIFIERS = {("at", "least"): "at least", ("at", "most"): "at most", ("more", "than"): "more than",
              ("less", "than"): "less than", ("fewer", "than"): "fewer than", ("about",): "about",
              ("around",): "about", ("nearly",): "nearly", ("almost",): "nearly", ("some",): "about",
              ("approximately",): "about", ("over",): "more than", ("up", "to"): "at most",
              ("roughly",): "about", ("close", "to"): "about", ("just", "under"): "nearly",
              ("just", "below"): "nearly", ("under",): "less than", ("just", "over"): "more than",
              ("well", "over"): "more than", ("as", "much", "as"): "at most", ("as", "many", "as"): "at most",
              # "as little as £34" stresses how low: kept as written, no "at least" a reader takes for a floor
              ("as", "little", "as"): "as little as", ("as", "few", "as"): "as few as",
              ("estimated",): "an estimated",  # "netting an estimated £1.3bn": someone's estimate
              # after a preposition only ("at above $1.30", "to below 5%"): "rose above $50" is the verb's
              ("above",): "more than", ("below",): "less than", ("just", "above"): "more than"}

#: people by their age: "as a young man", "as a child" say when; "a Gold Coast teenager" is someone
PEOPLE_BY_AGE = frozenset(
    {"man", "woman", "boy", "girl", "child", "teenager", "youngster", "baby", "toddler", "adult", "schoolboy",
     "schoolgirl", "youth", "adolescent"}
)  # fmt: skip
# nouns for human victims: a count of these is a casualty figure
PEOPLE_NOUNS = {"people", "person", "persons", "civilians", "civilian", "soldiers", "soldier", "children",
                "men", "women", "migrants", "fishermen", "passengers", "crew", "victims", "members",
                "militants", "fighters", "officers", "troops", "residents", "protesters", "workers"}

# nouns for a job or position held in an organisation (beyond TITLES): "ITAR-TASS correspondent X",
# "X, a spokeswoman for Y" make X work for the organisation
JOB_NOUNS = TITLES - HONORIFICS - {"st", "vice", "prime", "foreign", "defense", "defence", "interior",
                                   "finance", "treasury", "executive"} | {
    "correspondent", "reporter", "journalist", "official", "analyst", "economist", "lawyer", "aide",
    "adviser", "advisor", "member", "employee", "agent", "engineer", "scientist", "professor",
    "researcher", "commentator", "writer", "columnist", "anchor", "producer", "owner", "partner",
    "delegate", "envoy", "negotiator", "worker", "staffer", "teacher", "physician",
    "strategist", "vice-president", "vice-chairman", "administrator", "superintendent", "commissioner",
    "president", "secretary-general", "co-founder", "trustee", "historian", "surgeon", "pilot",
}

# role heads beyond JOB_NOUNS that name a position, a membership or a tie to another person:
# "Virgin Radio DJ X", "Green MSP X", "Kenteris' lawyer X", "Gazprom boss X", "Coldplay singer X"
ROLE_NOUNS = JOB_NOUNS | {
    "boss", "dj", "presenter", "host", "msp", "mp", "mep", "frontbencher", "backbencher", "mla", "am", "senator", "congressman",
    "congresswoman", "councillor", "referee", "umpire", "linesman", "speaker", "whip", "striker", "midfielder",
    "defender", "goalkeeper", "goalscorer", "scorer", "marksman",
    "keeper", "winger", "forward", "player", "captain", "champion", "runner", "athlete", "sprinter", "singer",
    "frontman", "guitarist", "drummer", "bassist", "vocalist", "actor", "actress", "star", "designer",
    "architect", "critic", "counsel", "solicitor", "barrister", "prosecutor", "investigator", "detective",
    "inspector", "constable", "superintendent", "chancellor", "minister", "secretary", "father", "mother",
    "son", "daughter", "wife", "husband", "brother", "sister", "widow", "uncle", "aunt", "cousin",
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chief", "head", "director",
    "executive", "officer", "founder", "president", "ceo", "cfo", "coo", "cto", "manager", "coach",
    "treasurer", "skipper", "rookie", "newcomer", "veteran", "legend", "great", "hopeful",
    "editor", "governor", "mayor", "leader", "premier", "ambassador", "general", "commander",
    "rapper", "comedian", "poet", "novelist", "author", "writer", "artist", "model", "chef", "producer",
    "composer", "songwriter", "pianist", "violinist", "conductor", "film-maker", "filmmaker", "playwright",
    # playing positions no common word shares: "England flanker X", "Australia batsman Y"
    "flanker", "hooker", "fly-half", "scrum-half", "full-back", "fullback", "centre-back", "playmaker",
    "quarterback", "pitcher", "batsman", "bowler", "all-rounder", "wicketkeeper",
}
# offices held for a state: "French President X" leads France, while "Australian coach X" is only Australian
STATE_ROLES = LEADER_TITLES | {
    "minister", "secretary", "ambassador", "official", "officer", "spokesman", "spokeswoman", "diplomat",
    "envoy", "general", "admiral", "commander", "senator", "mp", "mep", "governor", "mayor", "judge",
    "prosecutor", "regulator", "negotiator", "representative", "attorney", "chief",
}  # fmt: skip
#: the state roles a nationality before them makes the nation's: "French President X" leads France, a "Dutch
#: chairman" or a "Swiss founder" chairs or founds a firm and is Dutch or Swiss
NATION_ROLES = STATE_ROLES - {"chairman", "chairwoman", "chair", "ceo", "founder"}
# words that qualify a title and belong to it, whatever their case ("Shadow chancellor", "Deputy leader")
ROLE_MODIFIERS = {"shadow", "deputy", "acting", "interim", "vice", "assistant", "junior", "senior", "joint", "district",
                  "home",  # "Home affairs spokesman X" opens a sentence: no organisation "Home"
                  # "chief operating officer", "managing director", "founding member": the post's own words
                  "operating", "managing", "presiding", "commanding", "founding"}
# words that put a title in the past: "former Tory leader X" no longer leads the party
PAST_MARKERS = {"former", "ex", "ex-", "then", "onetime", "erstwhile", "outgoing", "late"}
#: role nouns that firms hold as often as people: "Euronext, owner of Liffe", "X, a partner in the deal"
SHARED_ROLES = {"owner", "partner", "member", "leader", "host", "shareholder", "investor", "sponsor", "backer",
                "buyer", "seller", "bidder", "creator", "champion", "winner", "hopeful", "rival"}
#: role nouns that name only a tie to whom they are held at ("a member of the committee"): no post of their own
TIE_ROLES = {"member", "shareholder", "investor", "backer", "sponsor", "partner"}
#: role nouns for a distinction or a fame rather than a post: the name before them is a contest or a
#: field, not an employer ("World champion X", "Hollywood star X", "Olympic hopeful X")
DISTINCTIONS = {"champion", "star", "legend", "great", "hopeful", "veteran", "rookie", "newcomer", "athlete", "runner",
                "sprinter", "winner", "medallist", "finalist", "favourite"}
#: letters after a name for a seat or a rank ("Andrew Tyrie MP", "Michael Mansfield QC"): not part of it
POSTNOMINALS = {"mp", "msp", "mep", "mla", "am", "qc", "kc", "obe", "mbe", "cbe"}
#: nouns for a person of a nation, glued onto names as titles are ("Dutchman Arnoud Okken")
NATIONALITY_NOUNS = {"briton", "dutchman", "dutchwoman", "frenchman", "frenchwoman", "englishman", "englishwoman",
                     "irishman", "irishwoman", "scotsman", "scotswoman", "welshman", "welshwoman", "scot", "scots",
                     "kiwi", "aussie", "yankee", "compatriot", "countryman", "countrywoman", "olympian",
                     "paralympian"}
#: posts held for a seat, which a place before them may name: "Sheffield MP X", "East Midlands MEP Y"
SEAT_POSTS = {"mp", "msp", "mep", "mla", "am", "senator", "congressman", "congresswoman", "councillor"}
#: role heads that make the holder a member (not an employee) of the organisation
MEMBER_ROLES = {"member", "mp", "msp", "mep", "mla", "am", "senator", "congressman", "congresswoman",
                "councillor", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward",
                "substitute", "signing",
                "player", "captain", "singer", "frontman", "guitarist", "drummer", "bassist", "vocalist"}
#: roles only an organisation has: "Euronext chief X" makes Euronext an organisation ("Kennedy aide X" does not)
ORG_HEAD_ROLES = {"chief", "boss", "chairman", "chairwoman", "ceo", "spokesman", "spokeswoman", "spokesperson",
                  "director", "executive", "president", "head", "founder", "manager", "coach", "dj", "presenter",
                  "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward", "substitute",
                  "captain", "skipper", "player", "signing"}
#: leaders beyond LEADER_TITLES
#: callings no one is employed in by what names them: "UK actress X" is British, "Amelie star X" was
#: in a film, "Grammy-winning singer X" won an award
CALLINGS = {"actor", "actress", "star", "singer", "songwriter", "artist", "writer", "author", "novelist",
            "poet", "comedian", "comic", "model", "rapper", "musician", "athlete", "sprinter", "runner",
            "champion", "legend", "great", "hopeful", "veteran", "rookie", "designer", "architect",
            "director", "film-maker", "filmmaker", "playwright", "composer", "entrepreneur", "tycoon",
            # professions: "US lawyer X" is American, no lawyer of the state
            "lawyer", "solicitor", "barrister", "economist", "analyst", "consultant", "banker", "investor",
            "doctor", "surgeon", "scientist", "researcher", "academic", "historian", "journalist",
            "photographer", "chef", "businessman", "businesswoman", "billionaire", "millionaire", "trader",
            "expert", "campaigner", "activist", "blogger", "student", "pensioner", "critic", "commentator",
            "broadcaster", "presenter", "painter", "sculptor", "philanthropist", "teenager",
            # a royal is of a country by birth: "Saudi prince X"
            "prince", "princess"}
#: offices held over a place; beside a party they say the holder's party ("Labour mayor X")
PLACE_OFFICES = {"mayor", "governor", "deputy mayor", "lord mayor"}
LEADER_ROLES = LEADER_TITLES | {"boss", "chief", "chief executive", "president", "director", "general secretary"}
#: nouns that only frame an amount: "fined a record $550,000", "pay the maximum £1.53m"
AMOUNT_HEADS = {"record", "maximum", "minimum", "total", "sum", "figure", "peak", "high", "low", "average",
                "worth"}
#: two or three taken together: a band's number of performers ("pop duo Erasure"), or people named before
#: ("the high-profile duo were cleared")
PAIR_NOUNS = frozenset({"duo", "pair", "trio"})
#: what is won: "the Golden Lion award", "the best album prize"
PRIZE_NOUNS = frozenset({"award", "awards", "prize", "trophy", "medal", "cup"})
#: kinds of work a "best …" prize goes to: "won best film", "best TV comedy drama"
#: parts and makings of a work, which are of a work and name nothing without it: "the first episode of X",
#: "X's second series" ("Schrader's version of the film" is the director's)
WORK_PARTS = frozenset(
    {"episode", "series", "season", "sequel", "prequel", "remake", "adaptation", "instalment", "installment",
     "cast", "soundtrack", "screenplay", "chapter", "spin-off", "spinoff", "trailer"}
)  # fmt: skip
WORK_KINDS = frozenset({"film", "movie", "picture", "drama", "comedy", "documentary", "animation", "sitcom",
                        "series", "programme", "show", "soap", "musical", "play", "album", "single", "song",
                        "video", "novel", "book"})
#: a party's chairman runs its office, not the party ("Tory chairman X")
CHAIRS = frozenset({"chairman", "chairwoman", "chair"})
#: verbs that give a name: "a band called Keane", "a robot named Emiew"
NAMING_VERBS = frozenset({"call", "name", "dub", "title", "nickname"})
#: verbs whose "that" clause in the present is what they demand: "recommends that countries reduce tariffs",
#: "demanding that Mr X spell out": a subjunctive, of any number
DEMANDING_VERBS = frozenset({"recommend", "urge", "demand", "propose", "request"})
#: words hyphened before a title that keep it a post: "co-chairman", "vice-president" ("ex-" puts it in the past)
ROLE_PREFIXES = frozenset({"co", "vice", "ex", "deputy", "joint", "acting", "under", "sub"})
# what makes a director the one at the top: "managing director", "director general"; any other word before
# "director" names a department's ("performance director", "marketing director"), who works for the body
TOP_QUALIFIERS = {"managing", "general", "executive", "chief", "acting", "interim", "founding", "joint"}


def leads(title: list[str]) -> bool:
    """Whether a title (its lower-case words) leads the body it is held at: "chief executive",
    "president", "director"; not a department's director ("marketing director")."""
    if " ".join(title) in LEADER_ROLES:
        return True
    if any(w.split("-")[0] in ("vice", "deputy", "assistant", "sub", "under") for w in title):
        return False  # "vice-president", "deputy leader": second to the one who leads
    return title[-1] in LEADER_ROLES and not (
        title[-1] == "director" and len(title) > 1 and title[-2] not in TOP_QUALIFIERS
    )


# common nouns that, beside a name, say it names an organisation: "New York band X", "X, the carmaker"
ORG_DESCRIPTORS = {
    "company", "firm", "group", "band", "carmaker", "automaker", "bank", "club", "team", "side", "magazine",
    "newspaper", "paper", "tabloid", "daily", "weekly", "studio", "house", "maker", "manufacturer", "retailer", "airline",
    "carrier", "giant", "rival", "network", "channel", "station", "broadcaster", "publisher", "label",
    "insurer", "lender", "operator", "developer", "brand", "chain", "supermarket", "party", "union",
    "association", "federation", "body", "organisation", "organization", "charity", "committee", "council",
    "exchange", "fund", "watchdog", "regulator", "university", "college", "hospital", "website", "site",
    "conglomerate", "corporation", "agency", "supplier", "subsidiary", "unit", "venture", "outfit",
    "startup", "start-up", "franchise", "orchestra", "ensemble", "duo", "trio", "quartet", "airport",
}

# described nouns that relate a person to another: "X, a close ally of Y" → X ally of Y
PERSONAL_RELATIONS = {
    "ally", "friend", "rival", "adviser", "advisor", "aide", "wife", "husband", "son", "daughter", "father",
    "mother", "brother", "sister", "widow", "widower", "partner", "girlfriend", "boyfriend", "fiancee",
    "fiance", "cousin", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "protege", "mentor",
    "successor", "predecessor", "colleague", "confidant", "biographer",
}
# relation nouns that name a tie to a person, not a post held: "X, son of Y" is no role "son"
KINSHIP = PERSONAL_RELATIONS - {"adviser", "advisor", "aide", "biographer", "successor", "predecessor"}
# nouns that make an organisation the owner, or the owned: "X, the parent company of Y", "X, a subsidiary
# of Y", "X, whose brands include Y"
OWNER_NOUNS = {"owner", "parent", "proprietor"}
OWNED_NOUNS = {"subsidiary", "unit", "division", "arm", "offshoot", "brand", "label", "title", "imprint", "holding",
               "business"}

# what strikes in an attack when no actor is named: "a missile hit the building", "jets struck Gaza"
WEAPON_NOUNS = {"missile", "rocket", "bomb", "shell", "mortar", "jet", "warplane", "plane", "aircraft", "drone",
                "helicopter", "artillery", "airstrike", "grenade", "bullet", "gunfire", "tank",
                "warship", "torpedo", "explosive", "device", "car", "truck", "gunman", "militant", "soldier"}

# words that make a "strike" a stoppage of work: "a rail strike", "a general strike"
LABOUR_MODIFIERS = {"rail", "tube", "postal", "general", "hunger", "national", "teachers", "workers", "staff",
                    "union", "wildcat", "transport", "bus", "airline", "pilots", "miners", "dock", "fuel",
                    "one-day", "day", "24-hour", "48-hour", "indefinite", "planned", "threatened", "pay"}

# what "X, whose N include A" makes of A besides something X owns (OWNED_NOUNS): a member of X
MEMBER_NOUNS = {"member", "affiliate", "partner", "signatory"}

# verbs of a match between sides: two countries that do this are national teams
CONTEST_VERBS = {"beat", "defeat", "thrash", "trounce", "draw", "lose", "edge", "outplay", "whitewash", "rout",
                 "overpower", "outclass", "hammer", "down", "play", "overcome",
                 "stun", "shock", "crush", "humble", "upset", "eliminate", "knock"}
# contest verbs that mean nothing but winning or losing a match: a town that does it is its club
WIN_LOSE_VERBS = {"beat", "defeat", "thrash", "trounce", "draw", "lose", "outplay", "whitewash", "rout",
                  "outclass", "eliminate"}
# what a side does in a match or a season ("Ireland face France", "Wales won the Grand Slam")
MATCH_VERBS = CONTEST_VERBS | {"win", "face", "host", "visit", "meet", "score", "lead", "trail", "tour", "field",
                               "concede", "clinch", "retain", "suffer", "dominate", "finish", "travel"}
# nouns of a side's people after a country's name ("the Ireland side", "England fans"); not "team" or
# "boss", which firms have too ("the UK team", "Acme's UK boss")
TEAM_NOUNS = {"side", "squad", "fans", "supporters", "selectors", "pack"}

# nouns that, after "the", take up a company or band named before ("the carmaker said")
# news agencies, and the last words of news organisations' names: named as the source of a report,
# they are not what "the company" takes up later
NEWS_AGENCIES = {"reuters", "afp", "agence france presse", "agence france-presse", "ap", "associated press",
                 "bloomberg", "dow jones", "dow jones newswires", "itar-tass", "tass", "xinhua", "interfax",
                 "kyodo", "press association", "pa", "ria novosti", "ansa", "efe", "yonhap", "dpa", "upi"}
MEDIA_ENDINGS = {"news", "press", "times", "post", "herald", "journal", "telegraph", "guardian", "gazette",
                 "tribune", "observer", "mail", "express", "independent", "newswires", "wire", "agency"}
# the last words of newspapers' names: what "the paper" can take up
NEWSPAPER_ENDINGS = MEDIA_ENDINGS - {"news", "press", "newswires", "wire", "agency"} | {
    "mirror", "sun", "star", "standard", "record", "echo", "chronicle", "today", "scotsman", "world", "sport",
    "argus", "courier", "despatch", "dispatch", "inquirer", "monde", "figaro", "zeitung", "spiegel", "paper"}
ORG_ANAPHORS = {
    "company", "firm", "carmaker", "automaker", "bank", "band", "maker", "manufacturer", "retailer",
    "airline", "broadcaster", "publisher", "insurer", "lender", "operator", "chain", "supermarket",
    "conglomerate", "corporation", "studio", "brewer", "label", "giant", "group", "club", "outfit",
    "paper", "newspaper", "magazine", "side", "team", "squad", "party",
    "network", "charity", "organisation", "organization", "watchdog", "regulator",
    "drugmaker", "chipmaker", "housebuilder", "distiller", "bookmaker", "carrier", "troupe", "orchestra",
    "choir",
}
# … of them, those that may take up a body of a state too ("the watchdog said")
STATE_ANAPHORS = {"watchdog", "regulator"}

# common nouns that, beside a name, say it names a work or a product, not an actor: "the film X"
THING_DESCRIPTORS = {
    "gadget", "phone", "handset", "console", "device", "camera", "game", "film", "movie", "album", "single",
    "song", "show", "programme", "program", "series", "sitcom", "drama", "soap", "comedy", "thriller",
    "musical", "novel", "book", "character", "drug", "software", "browser", "format", "laptop", "tablet",
    "jukebox", "gizmo", "opera", "play", "documentary", "cartoon", "ballet", "painting", "vaccine",
    "technology", "app", "platform", "standard",
    # machines and models: "its first humanoid robot, called Emiew", "the Cadillac XLR coupe" ("stole the car"
    # is a participant, no product taken up)
    "robot", "humanoid", "coupe", "sedan", "hatchback", "suv", "chip", "processor", "handheld", "tool",
    # substances, programs and kinds of work: "tested positive for the steroid THG", "the Sober worm", "the
    # theatre farce Being Julia"
    "steroid", "stimulant", "substance", "virus", "worm", "farce", "satire", "romcom", "adaptation", "pantomime", "panto",
    # words as words: "text the word GOODPUB to 85130", "the slogan Just Do It"
    "word", "keyword", "slogan",
}
#: weapons, whose names are things ("a bomb called the Daisy Cutter"), though "the bomb" is a participant
WEAPONS = frozenset({"bomb", "missile", "rocket", "warhead"})

# last words of organisation names: "Acme Corp", "Greater Manchester Police", "Delhi High Court"
ORG_SUFFIXES = {
    "corp", "corporation", "inc", "ltd", "plc", "llc", "co", "ag", "sa", "gmbh", "nv", "bv", "spa", "motors",
    "airlines", "airways", "bank", "police", "court", "ministry", "department", "party", "federation",
    "association", "commission", "council", "committee", "authority", "agency", "institute", "university",
    "school", "hospital", "trust", "foundation", "society", "league", "union", "group", "holdings",
    "industries", "systems", "technologies", "communications", "entertainment", "pictures", "records",
    "studios", "magazine", "times", "post", "news", "tribunal", "parliament", "assembly", "office", "service",
    "club", "anonymous", "instruments",
}
#: first words of place names: "Lake Victoria", "River Severn", "Mount Kenya", "County Durham"
PLACE_OPENERS = frozenset({"lake", "river", "mount", "mt", "cape", "loch", "lough", "isle", "county"})
# last words of place names: "Wall Street", "Hyde Park", "River Severn" starts with its kind instead
PLACE_SUFFIXES = {"street", "road", "avenue", "square", "bridge", "park", "lake", "island", "islands",
                  "mountains", "valley", "county", "province", "district", "bay", "coast", "airport", "stadium",
                  "st", "rd", "dam", "canal", "cathedral", "tower", "highway", "motorway", "freeway", "complex", "mall"}
#: last words of buildings' names ("the Kodak Theatre holds 3,300 people"), which their first word alone names
#: again ("the Palace Theatre … the Palace")
BUILDING_SUFFIXES = {"theatre", "theater", "arena", "hotel"}
PLACE_SUFFIXES |= BUILDING_SUFFIXES


def named_by_kind(label: str) -> bool:
    """Whether a place's name says what kind of place it is by its first or last word ("Wall Street",
    "Hyde Park", "River Severn", "Lake Geneva")."""
    words = label.lower().split()
    return bool(words) and (words[-1] in PLACE_SUFFIXES or len(words) > 1 and words[0] in PLACE_OPENERS)


#: common nouns for a division of a country that, after a name, say the name is the place's: "the Stepney Green
#: ward", "the Sedgefield constituency"
DIVISION_NOUNS = {"ward", "constituency", "borough", "parish", "suburb", "district", "county", "province",
                  "region", "village"}
#: posts a portfolio opens: "Economics minister X", "Defence Secretary Y"
PORTFOLIO_POSTS = {"minister", "secretary", "commissioner", "representative"}

#: the first words of places named "X of Y" by the place they are of ("Gulf of Mexico", "City of London",
#: "Isle of Man"), which the model reads as two names
PLACE_OF_HEADS = {"gulf", "bay", "sea", "strait", "straits", "isle", "island", "islands", "cape", "lake", "city",
                  "mount", "coast", "port", "bight"}

#: last words of the names of events, contests and prizes ("Consumer Electronics Show", "Carling Cup",
#: "Brit Awards"): the name is of an occasion, not of an actor
EVENT_SUFFIXES = {"show", "festival", "awards", "cup", "championship", "championships", "olympics", "open",
                  "summit", "expo", "fair", "tournament", "marathon", "trophy", "prize", "prix", "classic",
                  "conference", "award", "medal", "games", "indoors", "sevens", "slam", "election", "elections",
                  "referendum"}  # "Athens Games", "Grand Slam"
# last words of the names of texts, laws and plans: "the Budget", "the Patriot Act", "the Lisbon Agenda"
DOCUMENT_SUFFIXES = {"budget", "act", "bill", "treaty", "accord", "directive", "protocol", "charter",
                     "manifesto", "constitution", "report", "green paper", "white paper", "agreement",
                     "convention", "agenda", "plan", "strategy", "policy", "doctrine", "study"}

# nouns for someone who killed someone: "X, the assassin of Y", "Y's killer X"
KILLER_NOUNS = {"assassin", "killer", "murderer", "gunman", "slayer", "executioner", "shooter"}

# verb (lemma, preposition) → closed predicate, for static relations read off a clause
STATIC_VERBS: dict[tuple[str, str], str] = {
    ("bear", "in"): "bornIn", ("live", "in"): "livesIn", ("reside", "in"): "livesIn",
    ("grow", "in"): "livesIn", ("raise", "in"): "livesIn", ("settle", "in"): "livesIn",
    ("be", "from"): "livesIn", ("come", "from"): "livesIn", ("hail", "from"): "livesIn",
    ("be", "in"): "locatedIn", ("base", "in"): "basedIn", ("headquarter", "in"): "basedIn", ("locate", "in"): "locatedIn",
    ("work", "for"): "worksFor", ("work", "at"): "worksFor", ("serve", "in"): "worksFor",
}

# verbs that say little by themselves: a clause headed by one yields a relation only when a static
# pattern (copula + title, "be in" for places) gives it meaning
WEAK_VERBS = {"be", "have", "make", "take", "get", "do", "go", "come", "give", "put", "keep", "see",
              "become", "seem", "remain", "include", "use", "want", "need", "let"}
# fmt: on

# ---- actor typing (issue 11, classes 10 and 13) ----------------------------------------------------
# fmt: off
#: creeds that, capitalised, name a political party rather than a people: "the Conservatives", "the
#: Greens", "Socialists", "Lib Dems" (a party has leaders and members: an organisation, not a group)
PARTY_CREEDS = {"conservative", "liberal", "democrat", "dem", "republican", "socialist", "communist", "labour",
                "labor", "green", "nationalist", "unionist", "tory", "whig", "libertarian", "progressive",
                "federalist", "centrist", "populist", "loyalist", "social democrat", "christian democrat",
                "liberal democrat", "lib dem", "free democrat", "democratic", "social democratic",
                "christian democratic", "liberal democratic"}
#: adjectives that count or rank the members of a group without making it another one: "many critics",
#: "other officials" are the critics and officials of the article ("older voters" are not all voters)
QUANTIFIERS = {"many", "several", "some", "few", "other", "more", "most", "numerous", "various", "certain", "such",
               "all", "both", "fewer", "countless", "additional", "further", "same"}
#: other names of one party's creed: "the Tories" are "the Conservatives", "the GOP" the Republicans
PARTY_SYNONYMS = {"tory": "conservative", "gop": "republican", "lib dem": "liberal democrat",
                  "liberal democratic": "liberal democrat"}
#: lowercase words inside people's names ("Ludwig van Beethoven", "Osama bin Laden"): any other lowercase
#: word ("and", "quoted") ends a name
NAME_PARTICLES = {"de", "da", "di", "del", "della", "dos", "das", "do", "van", "von", "der", "den", "ter", "ten",
                  "du", "la", "le", "bin", "ibn", "al", "el", "y", "e", "ben", "abu", "bint", "zu", "af", "av"}
#: shell nouns (Schmid 2000): nouns whose content is a proposition, a decision or a message the text
#: gives elsewhere ("welcomed the decision", "vote against this measure"); bare, they say nothing
SHELL_NOUNS = {"decision", "idea", "offer", "proposal", "plan", "move", "measure", "request", "demand",
               "claim", "allegation", "suggestion", "problem", "issue", "question", "matter", "news",
               "message", "statement", "announcement", "comment", "remark", "quote", "report", "ruling",
               "verdict", "finding", "conclusion", "view", "position", "stance", "argument", "point",
               "step", "approach", "change", "situation", "fact", "notion", "possibility", "prospect",
               "legislation", "agreement", "deal", "warning", "threat", "promise", "criticism",
               "complaint", "response", "reaction", "result", "outcome", "information", "advice",
               # an affair told before: "passed the case to the prosecutor", "apologised for the affair"
               "case", "affair", "scandal", "saga", "episode"}
#: closed-class words that no name holds but titles of works do, capitalised ("Lose My Breath", "Carry
#: On Loving", "Knights Of The Old Republic", "What Happens Tomorrow"): pronouns, prepositions, articles,
#: auxiliaries, question words, "and", "not" ("Will", "May" and single letters are names or initials)
TITLE_WORDS = {"my", "your", "our", "his", "her", "their", "its", "we", "you", "me", "us", "they",
               "of", "off", "on", "in", "at", "to", "for", "with", "from", "into", "over", "about", "without",
               "the", "an", "is", "are", "was", "were", "shall", "do", "does", "did", "can", "what", "who",
               "where", "when", "why", "how", "and", "not"}
#: of those, the ones East Asian names open with ("In", "On", "To")
NAME_OPENERS = {"in", "on", "to", "do"}
#: seats and posts only a party gives: "X MP", "X whip" make X a party whatever its creed
PARTY_ROLES = {"mp", "msp", "mep", "mla", "am", "frontbencher", "backbencher", "whip", "councillor", "candidate"}
#: nouns whose "of" object is an organisation: "parent company of X", "a subsidiary of X", "owner of X"
OWNERSHIP_NOUNS = {"owner", "parent", "proprietor", "subsidiary", "unit", "division", "offshoot", "imprint",
                   "shareholder", "stake", "shares", "takeover", "merger", "affiliate"}
#: organisation nouns that stand for one body of an article, however premodified ("an independent
#: tribunal" … "the tribunal"): a later bare mention takes up the one named before
BODY_NOUNS = {"tribunal", "court", "committee", "commission", "panel", "jury", "council"}
#: kinds of things news names ("the Mental Capacity Bill", "the Edinburgh Festival"), which a bare "the
#: bill", "the festival" takes up
NAMED_KINDS = {"bill", "act", "fund", "festival", "summit", "treaty", "accord", "agreement", "programme",
               "program", "scheme", "project", "campaign", "conference", "tournament", "championship",
               "championships", "cup", "award", "prize", "index", "school", "hospital", "university",
               "college", "museum", "gallery", "theatre", "stadium", "airport", "commission", "inquiry", "court"}
#: a state's bodies that "the X" takes up when the article describes one ("the Nigerian government")
STATE_BODIES = {"government", "administration", "ministry", "agency", "regime"}
#: a state's forces, which "the X" takes up the same way ("the Iraqi military … the military said")
ARMED_BODIES = {"military", "army", "navy"}
#: bodies named by a bare noun with no article, as news names the force of the story ("Police said")
BARE_BODIES = {"police"}
#: modifiers that set two bodies of one kind apart: "the lower court" is not "the supreme court"
BODY_CONTRASTS = {"lower", "higher", "high", "supreme", "appeal", "appeals", "other", "another", "second", "new",
                  "former", "previous", "rival", "district", "federal", "state", "local", "crown", "magistrates",
                  "county", "family", "criminal", "civil", "military", "international", "national"}
# bodies that act ("the tribunal ruled", "a panel found"), beside those of ACTOR_NOUNS above
ACTOR_NOUNS.update({**{n: "GovernmentOrganization" for n in ("tribunal", "commission", "jury")},
                    **{n: "Organization" for n in ("committee", "panel", "council")}})
# fmt: on
# clubs' last words after a town's ("Hinckley United", "Bristol Rovers"; "Morgan City" is a town)
CLUB_ENDINGS = frozenset(
    {"united", "utd", "rovers", "athletic", "wanderers", "albion", "rangers", "hotspur", "fc", "afc"}
)
# clubs' last words and band members' roles ("X frontman Y" makes X a band): no one's surname
ORG_SUFFIXES |= CLUB_ENDINGS
ORG_HEAD_ROLES |= {
    "singer",  # "Boyzone singer X", "Led Zeppelin singer Y": a band's ("soul singer X" names no one)
    "frontman",
    "frontwoman",
    "guitarist",
    "drummer",
    "bassist",
    "vocalist",
    "keyboardist",
    "economist",
    "analyst",
    "strategist",
    "correspondent",
    "editor",
}  # "Acme economist X"
ROLE_NOUNS |= {
    "sheriff",
    "marshal",
    "constable",
    "commissioner",
    "coroner",
    "magistrate",
    "trader",
    "diplomat",
}  # "Jefferson County Sheriff X"; "a currency trader said": someone the text does not name
ORG_SUFFIXES |= {
    "yard",
    "incorporated",
    "limited",
    "press",
    "presse",
    # "the British Retail Consortium", "the Science Museum", "Neath RFC", "Nasa's Ames Research Center"
    "consortium",
    "centre",
    "center",
    "coalition",
    "alliance",
    "museum",
    "gallery",
    "college",
    "academy",
    "orchestra",
    "fund",
    "bureau",
    "harriers",
    "fc",
    "afc",
    "rfc",
    "ac",
}  # "Scotland Yard", "Paws Incorporated", "Acme Limited"
# "the authorities", "local authorities": the government bodies of a place, not a group of people
ACTOR_NOUNS.update({"authorities": "GovernmentOrganization", "authority": "GovernmentOrganization"})
#: legal forms that end a firm's name: "Acme Corp. of Leeds" is the firm and its seat
LEGAL_FORMS = {
    "corp",
    "corporation",
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "plc",
    "llc",
    "co",
    "ag",
    "sa",
    "gmbh",
    "nv",
    "bv",
    "spa",
    "lp",
    "llp",
}
#: a firm's figures, which name their firm after "at" or "in": "profits at Acme", "shares in Acme" (lemmas)
FIRM_FIGURES = frozenset(
    {
        "profit",
        "sale",
        "revenue",
        "earning",
        "turnover",
        "loss",
        "income",
        "share",
        "output",
        "margin",
        "dividend",
    }
)
#: what only an organisation has: "X's chief executive", "X's headquarters", "X's workforce"
ORG_OWNED = {
    "executive",
    "ceo",
    "chairman",
    "chairwoman",
    "board",
    "headquarters",
    "workforce",
    "subsidiary",
    "shareholder",
    "employee",
    "staff",
    "branch",
    "factory",
    "plant",
    "profit",
    "turnover",
    "revenue",
}
# works by the nouns that describe them: "the classic X", "the sequel X", "the hit X"
THING_DESCRIPTORS |= {
    "classic",
    "blockbuster",
    "bestseller",
    "sequel",
    "prequel",
    "remake",
    "biopic",
    "ballad",
    "track",
    "hit",
    "epic",
    "anthem",
    "tune",
    "sculpture",
    "poem",
    "sitcom",
    "opera",
    "operetta",
    "biography",  # "X, a film biography of Y": a work about someone
    "autobiography",
    "memoir",
}
ORG_DESCRIPTORS |= {
    "affiliate",
    "offshoot",
    "jeweller",
    "jeweler",
    "bookseller",
    "grocer",
    "stores",
    "bookmaker",
    "bookie",
    "housebuilder",
    "builder",
    "miner",
    "brewer",
    "distiller",
    "chipmaker",
    "drugmaker",
    "insurer",
    "carrier",
}
#: "the role of X", "X, played by Y": X is a character, not a person
CHARACTER_NOUNS = {"role", "part", "character"}
PORTRAY_VERBS = {"play", "portray", "voice"}

#: units of measure: a count of one before a noun measures it ("a 512 kilobit service", "a 3 megapixel
#: camera")
MEASURE_UNITS = frozenset(
    {
        *(f"{p}{u}" for p in ("", "kilo", "mega", "giga", "tera") for u in ("bit", "byte", "watt", "hertz")),
        "megapixel",
        "volt",
        "litre",
        "liter",
        "inch",
        "metre",
        "meter",
        "kilometre",
        "kilometer",
        "mile",
        "tonne",
        "ton",
        "horsepower",
        # their symbols: "12,600 MW of electricity", "a 3 GHz chip", "60 GB"
        *(f"{p}{u}" for p in ("", "k", "m", "g", "t") for u in ("w", "wh", "hz", "b")),
        "mph",
        "kph",
        "km",
        "bpd",
    }
)
