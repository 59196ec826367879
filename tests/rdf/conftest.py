"""Hand-made extractions shaped like the extractor's output on the sample article.

The RDF layer is tested on these so that it does not depend on the NLP stage; `sample_extraction`
mirrors data/articles/colombia-us-intelligence-2025-11-12.txt: a hedged casualty count, strikes, an
order with a nested suspension, a sanction, roles, an open-class verb, a negated and a modal fact.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.types import Article, Entity, Event, Extraction, Literal, Provenance, Relation

DOC = "colombia-us"

S_KILLED = (
    "At least 75 people have been killed by the US military in strikes in international waters since August."
)
S_TARGETED = "The strikes began in the southern Caribbean but have shifted to the eastern Pacific."
S_ORDER = "Colombian President Gustavo Petro on Tuesday ordered his nation's security forces to stop sharing intelligence."
S_MUST = "Colombia's military must immediately end communications with US security agencies."
S_LIKEN = "critics have likened the strikes to extrajudicial executions."
S_SANCTION = "In October, the Trump administration placed financial sanctions on Petro and his family."
S_BESSENT = "Treasury Secretary Scott Bessent said that Petro has allowed drug cartels to flourish."
S_WH = "The White House did not immediately respond to a request for comment."


def ent(id: str, label: str, type: str, *aliases: str, code: str | None = None) -> Entity:
    """An entity with no mention offsets (the RDF layer does not use them)."""
    return Entity(id=id, label=label, type=type, aliases=aliases, country_code=code)


def prov(sentence: str, start: int, doc: str = DOC, confidence: float = 0.9) -> Provenance:
    """Provenance for `sentence` starting at `start`."""
    return Provenance(
        doc=doc, sentence=sentence, start=start, end=start + len(sentence), confidence=confidence
    )


PETRO = ent("person/gustavo-petro", "Gustavo Petro", "Person", "Petro", "President Gustavo Petro")
COLOMBIA = ent("country/CO", "Colombia", "Country", "Colombian", "his nation", code="CO")
US = ent("country/US", "United States", "Country", "US", "U.S.", "the United States", code="US")
US_MILITARY = ent("militaryorganization/us-military", "US military", "MilitaryOrganization", code="US")
FORCES = ent(
    "militaryorganization/colombian-security-forces", "Colombian security forces", "MilitaryOrganization"
)
TRUMP_ADMIN = ent(
    "governmentorganization/trump-administration", "Trump administration", "GovernmentOrganization"
)
TREASURY = ent("governmentorganization/treasury", "Treasury", "GovernmentOrganization")
BESSENT = ent("person/scott-bessent", "Scott Bessent", "Person", "Bessent")
WHITE_HOUSE = ent("governmentorganization/white-house", "White House", "GovernmentOrganization")
CRITICS = ent("group/critics", "critics", "Group")
PEOPLE = ent("concept/people", "people", "Concept")
BOATS = ent("concept/boats", "boats", "Concept")
INTEL = ent("concept/intelligence-sharing", "intelligence sharing", "Concept")
COMMS = ent("concept/communications", "communications", "Concept")
EXECUTIONS = ent("concept/extrajudicial-executions", "extrajudicial executions", "Concept")
CARIBBEAN = ent("location/caribbean", "Caribbean", "Location", "southern Caribbean")
PACIFIC = ent("location/eastern-pacific", "eastern Pacific", "Location")


def event_id(n: int, doc: str = DOC) -> str:
    return f"event/{doc}/{n}"


def sample_extraction(doc: str = DOC, article_date: dt.date = dt.date(2025, 11, 12)) -> Extraction:
    """An extraction of the sample article (ids depend on `doc` only for events and facts)."""
    p_killed, p_target = prov(S_KILLED, 0, doc), prov(S_TARGETED, 120, doc)
    p_order, p_must = prov(S_ORDER, 220, doc), prov(S_MUST, 340, doc)
    p_liken, p_sanction = prov(S_LIKEN, 420, doc), prov(S_SANCTION, 480, doc)
    p_bessent, p_wh = prov(S_BESSENT, 560, doc, 0.7), prov(S_WH, 660, doc)
    killing = Event(
        id=event_id(1, doc),
        type="Killing",
        label="killed",
        trigger="killed",
        provenance=p_killed,
        roles=(
            ("agent", US_MILITARY),
            ("patient", PEOPLE),
            ("quantity", Literal("75", "integer")),
            ("time", Literal("2025-08-01", "date")),
        ),
        date=dt.date(2025, 8, 1),
        date_text="since August",
        quantity_qualifier="at least",
        attribution="figures supplied by the Trump administration",
    )
    strikes = Event(
        id=event_id(2, doc),
        type="Attack",
        label="strikes",
        trigger="strikes",
        provenance=p_target,
        roles=(("agent", US_MILITARY), ("target", BOATS), ("place", CARIBBEAN), ("place", PACIFIC)),
    )
    stop = Event(
        id=event_id(4, doc),
        type="Suspension",
        label="stop sharing intelligence",
        trigger="stop",
        provenance=p_order,
        roles=(("agent", FORCES), ("patient", INTEL), ("recipient", US)),
    )
    stop_node = Entity(id=stop.id, label=stop.label, type="Suspension")
    order = Event(
        id=event_id(3, doc),
        type="Order",
        label="ordered",
        trigger="ordered",
        provenance=p_order,
        roles=(
            ("agent", PETRO),
            ("patient", FORCES),
            ("content", stop_node),
            ("time", Literal("2025-11-11", "date")),
        ),
        date=dt.date(2025, 11, 11),
        date_text="on Tuesday",
    )
    must_end = Event(
        id=event_id(5, doc),
        type="Suspension",
        label="end communications",
        trigger="end",
        provenance=p_must,
        roles=(("agent", FORCES), ("patient", COMMS)),
        modality="must",
    )
    sanction = Event(
        id=event_id(6, doc),
        type="Sanction",
        label="financial sanctions",
        trigger="sanctions",
        provenance=p_sanction,
        roles=(("agent", TRUMP_ADMIN), ("target", PETRO)),
        date=dt.date(2025, 10, 1),
        date_text="In October",
    )
    respond = Event(
        id=event_id(7, doc),
        type="Statement",
        label="respond",
        trigger="respond",
        provenance=p_wh,
        roles=(("agent", WHITE_HOUSE),),
        negated=True,
    )
    events = (killing, strikes, order, stop, must_end, sanction, respond)
    relations = (
        Relation(
            US_MILITARY,
            "killed",
            "killed",
            PEOPLE,
            p_killed,
            event=killing.id,
            attribution=killing.attribution,
            date=killing.date,
        ),
        Relation(US_MILITARY, "attacked", "attacked", BOATS, p_target, event=strikes.id),
        Relation(PETRO, "ordered", "ordered", FORCES, p_order, event=order.id, date=order.date),
        Relation(PETRO, "ordered", "ordered", stop_node, p_order, event=order.id, date=order.date),
        Relation(PETRO, "holdsRole", "holds role", Literal("President"), p_order),
        Relation(PETRO, "leaderOf", "leader of", COLOMBIA, p_order),
        Relation(FORCES, "suspended", "ended", COMMS, p_must, event=must_end.id, modality="must"),
        Relation(CRITICS, "liken", "likened", EXECUTIONS, p_liken),
        Relation(
            TRUMP_ADMIN, "sanctioned", "sanctioned", PETRO, p_sanction, event=sanction.id, date=sanction.date
        ),
        Relation(TRUMP_ADMIN, "basedIn", "based in", US, p_sanction),
        Relation(BESSENT, "holdsRole", "holds role", Literal("Secretary"), p_bessent),
        Relation(BESSENT, "worksFor", "works for", TREASURY, p_bessent),
        Relation(BESSENT, "accused", "accused", PETRO, p_bessent, attribution="Scott Bessent"),
        Relation(
            WHITE_HOUSE,
            "respond-to",
            "responded to",
            Entity("concept/request-for-comment", "request for comment", "Concept"),
            p_wh,
            event=respond.id,
            negated=True,
        ),
    )
    entities = (
        PETRO,
        COLOMBIA,
        US,
        US_MILITARY,
        FORCES,
        TRUMP_ADMIN,
        TREASURY,
        BESSENT,
        WHITE_HOUSE,
        CRITICS,
        PEOPLE,
        BOATS,
        INTEL,
        COMMS,
        EXECUTIONS,
        CARIBBEAN,
        PACIFIC,
    )
    article = Article(
        id=doc,
        text="…",
        title="Colombia to suspend intelligence cooperation with US",
        date=article_date,
        source=f"data/articles/{doc}.txt",
    )
    return Extraction(article=article, entities=entities, events=events, relations=relations)


HOSTILE_LABEL = 'Pëtr "the <b>Great</b>" \\ Ωμέγα\n#1 > <'


def hostile_extraction() -> Extraction:
    """Ids, labels and doc id full of characters that break naive Turtle/N-Triples writers."""
    doc = 'doc with spaces/"quotes" <tags> 東京 #frag ?q ..'
    p = Provenance(doc=doc, sentence='He said "no" \\ <script>\n\tend', start=0, end=30, confidence=1.0)
    a = Entity(
        id='person/pëtr "the great" <b> 東京 %20 # ? ..',
        label=HOSTILE_LABEL,
        type="Person",
        aliases=("Пётр", "P\"t'r"),
    )
    b = Entity(id="organization/../../etc", label="<Org>", type="Organization")
    ev = Event(
        id=f"event/{doc}/1",
        type="Statement",
        label='said "no"',
        trigger="said",
        provenance=p,
        roles=(
            ("agent", a),
            ("content", Literal('"no" \\ <x>', "string")),
            ("quantity", Literal("not-a-number", "integer")),
        ),
    )
    rels = (
        Relation(a, "said", "said", Literal('"no"\n<x>', "string"), p, event=ev.id),
        Relation(a, 'verb with "quotes" & <angle>/slash', 'verb "q"', b, p),
    )
    article = Article(
        id=doc, text="", title='Title "quoted" <x>\n', date=dt.date(2025, 1, 2), source="<stdin>"
    )
    return Extraction(article=article, entities=(a, b), events=(ev,), relations=rels)


def joined_in_order(rows) -> list[tuple]:
    """Rows with each " | "-joined cell's parts sorted: SPARQL leaves GROUP_CONCAT's order open, and
    Oxigraph plans a page (which starts from its few rows) otherwise than the whole listing."""
    return [tuple(" | ".join(sorted(v.split(" | "))) if v else v for v in row) for row in rows]


@pytest.fixture
def extraction() -> Extraction:
    """The sample article's extraction."""
    return sample_extraction()


@pytest.fixture
def store(tmp_path):
    """A fresh on-disk store holding the sample article."""
    from kg.rdf.store import open_store

    s = open_store(tmp_path / "store")
    s.add_extraction(sample_extraction())
    yield s
    s.close()
