"""News error classes (issue 11), one test per class, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc, Span

from kg.nlp.amounts import parse_amount
from kg.nlp.clauses import _subject_of_clause_after
from kg.nlp.context import _few
from kg.nlp.dates import date_phrase, resolve_date
from kg.nlp.entities import _countrys_person, _indefinite, _person_shaped, _shown
from kg.nlp.places import city_demonym
from kg.nlp.relcheck import known_place
from kg.types import Entity, Extraction, Literal


def _obj(rel) -> str:
    return rel.object.label if isinstance(rel.object, Entity) else (rel.object.text or rel.object.value)


def facts(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.predicate_label, _obj(r)) for r in ex.relations}


def nodes(ex: Extraction) -> set[tuple[str, str]]:
    """(label, class) of every entity a fact of `ex` has at either end."""
    return {(n.label, n.type) for r in ex.relations for n in (r.subject, r.object) if isinstance(n, Entity)}


def held_roles(ex: Extraction) -> set[tuple[str, str, str | None]]:
    """(holder, role, modality) of every "holds role" fact of `ex`."""
    return {(r.subject.label, _obj(r), r.modality) for r in ex.relations if r.predicate_label == "holds role"}


def hedged(ex: Extraction, predicate: str) -> set[tuple[str, str | None]]:
    """(predicate, modality) of every fact of `ex` with that predicate label."""
    return {(r.predicate_label, r.modality) for r in ex.relations if r.predicate_label == predicate}


def actors(ex: Extraction) -> set[tuple[str, str]]:
    """(label, class) of every entity of `ex`, in a fact or not."""
    return {(e.label, e.type) for e in ex.entities}


# ---- 1. money and quantities ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("$4m", "4000000", "USD"),
        ("£300m", "300000000", "GBP"),
        ("12.5%", "12.5", "%"),
        ("1.2 trillion yuan", "1200000000000", "CNY"),
        ("86.7bn Swiss francs", "86700000000", "CHF"),
        ("€1,250", "1250", "EUR"),
        ("300bn yen", "300000000000", "JPY"),
        # currencies ISO 4217 names, and plurals in -es
        ("30bn baht", "30000000000", "THB"),
        ("4m zlotys", "4000000", "PLN"),
        ("5bn rupees", "5000000000", "INR"),
        ("3bn roubles", "3000000000", "RUB"),
        # hundredths of a currency
        ("22 euro cents", "0.22", "EUR"),
        ("3 US cents", "0.03", "USD"),
        ("10 pence", "0.1", "GBP"),
        ("50p", "0.5", "GBP"),
        # wire style
        ("4.5 mln dlrs", "4500000", "USD"),
        ("1.2 bln dlrs", "1200000000", "USD"),
        ("20 pct", "20", "%"),
    ],
)
def test_amounts_are_typed_values(text, value, unit):
    lit = parse_amount(text)
    assert lit is not None and (lit.value, lit.unit, lit.datatype, lit.text) == (value, unit, "decimal", text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Next generation games could cost $10-25m to make.",
            ("next generation games", "cost", "between $10-25m"),
        ),
        ("Acme Corp's sales rose 5-7% last year.", ("Acme Corp sales", "rose", "between 5-7%")),
    ],
)
def test_a_range_claims_neither_bound(read, text, fact):
    got = facts(read(text))
    assert fact in got, sorted(got)
    assert not any(o in ("$10", "7%") for _, _, o in got), sorted(got)
    got = facts(read("Next generation games could cost between $10-25m to make."))
    assert not any(o == "$10" for _, _, o in got), sorted(got)


def test_a_time_zone_is_no_part_of_a_name(read):
    got = facts(read("By 1300 GMT Carnival shares were at £32.26."))
    assert ("Carnival shares", "were at", "£32.26") in got, sorted(got)


def test_the_countrys_figure_is_the_country_named_before(read):
    got = facts(
        read(
            "Argentina has recovered from its crisis. The country's economy is set to grow about 8% this year."
        )
    )
    assert ("Argentina economy", "grow", "about 8%") in got, sorted(got)


def test_a_shorter_description_takes_up_the_fuller_one_named_before(read):
    got = facts(
        read(
            "Ministers published the draft animal welfare bill on Monday. The draft bill seeks to modernise and "
            "improve animal welfare legislation."
        )
    )
    assert ("draft animal welfare bill", "improve", "animal welfare legislation") in got, sorted(got)
    # a word of its own the earlier one lacks tells another one
    got = facts(read("Tom Hale won the third-set tiebreak. Ann Lowe lost the first-set tiebreak."))
    assert ("Ann Lowe", "lost", "first-set tiebreak") in got, sorted(got)


def test_a_clerics_style_is_no_part_of_his_name(read):
    ex = read("The state would be less tolerant, Rt Rev Hale-Berton argued.")
    assert [(e.label, e.type) for e in ex.entities] == [("Hale-Berton", "Person")], ex.entities


def test_a_number_word_written_in_a_name_stays_in_the_label(read):
    got = facts(read("England must rescue their Six Nations campaign against Wales."))
    assert ("England", "rescue", "Six Nations campaign") in got, sorted(got)


def test_the_day_something_happens_is_no_part_of_a_name(read):
    ex = read("Ms Lowe will set out her position when the Bill is debated in the Commons on Monday.")
    assert not [e for e in ex.entities if "Monday" in e.label], [e.label for e in ex.entities]


def test_a_firms_arm_in_a_place_is_no_body_the_place_names(read):
    got = facts(read("Acme Corp decided to sell the Leeds unit. The Arsenal club said it was delighted."))
    assert ("Acme Corp", "sell", "Leeds unit") in got, sorted(got)
    assert ("Arsenal", "said", "it was delighted") in got, sorted(got)


def test_a_place_opening_a_papers_name_is_part_of_it(read):
    got = facts(
        read('"The deal is off," the China Daily newspaper said. A London newspaper said it was off.')
    )
    assert ("China Daily", "said", "The deal is off") in got, sorted(got)
    assert ("London newspaper", "said", "it was off") in got, sorted(got)


def test_someones_side_is_where_they_stand_no_team(read):
    ex = read("The dog was replaced by a puppy after a decade by Mr Hale's side. Mr Lowe's side beat Leeds.")
    assert ("Hale side", "Organization") not in nodes(ex), sorted(nodes(ex))
    assert ("Lowe side", "beat", "Leeds") in facts(ex), sorted(facts(ex))


def test_a_rank_with_its_numeral_stays_in_the_label(read):
    got = facts(read("Acme Corp rose to the number two spot on Sunday."))
    assert ("Acme Corp", "rose to", "number two spot") in got, sorted(got)


def test_a_building_or_a_site_is_a_place(read):
    ex = read("WMC Resources owns the Olympic Dam mine. Tom Hale will return to the New George V stadium.")
    assert {("Olympic Dam mine", "Location"), ("New George V stadium", "Location")} <= nodes(ex), sorted(
        nodes(ex)
    )


@pytest.mark.parametrize(
    "text", ["10,000 mark", "5 sum", "50 Cent", "2P"]
)  # "passed the 10,000 mark", a rapper
def test_words_that_name_a_currency_only_in_iso_4217_are_no_amount(text):
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "amount"),
    [
        (
            "Northwind's net revenue rose to $935.8m in the quarter.",
            "Northwind net revenue",
            "rose to",
            "$935.8m",
        ),
        (
            "Last year Nestle's revenue dipped 1.4% to 86.7bn Swiss francs.",
            "Nestle revenue",
            "dipped to",
            "86.7bn Swiss francs",
        ),
        ("The new film took $19.5m in three days.", "new film", "took", "$19.5m"),
        ("Barclays was fined £5m by the regulator.", "Barclays", "was fined", "£5m"),
        ("CBS was fined a record $550,000 by federal regulators.", "CBS", "was fined", "$550,000"),
    ],
)
def test_amounts_attach_to_their_event_and_never_become_nodes(read, text, subject, predicate, amount):
    ex = read(text)
    assert (subject, predicate, amount) in facts(ex), sorted(facts(ex))
    rel = next(r for r in ex.relations if _obj(r) == amount)
    assert isinstance(rel.object, Literal) and rel.object.datatype == "decimal" and rel.object.unit
    event = next(e for e in ex.events if e.id == rel.event)
    assert rel.object in event.fillers("quantity")
    labels = (
        {e.label.lower() for e in ex.entities}
        | {r.subject.label.lower() for r in ex.relations}
        | {_obj(r).lower() for r in ex.relations if isinstance(r.object, Entity)}
    )
    assert not labels & {"m", "bn", "5m", "$", "£"}, labels


# ---- 11. attribution: what someone said is their statement, in their words -------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content_start"),
    [
        ("Single parents are often disadvantaged by the courts, MPs have said.", "MPs", "Single parents are"),
        (
            "'I think the market has moved ahead of the firm,' said analyst Maria Olsen.",
            "Maria Olsen",
            "I think the market",
        ),
        (
            "Mr Dunmore said: 'This vote will set the future of the city for decades.'",
            "Dunmore",
            "This vote will",
        ),
    ],
)
def test_statements_carry_the_reported_clause(read, text, speaker, content_start):
    ex = read(text)
    said = [r for r in ex.relations if r.predicate == "said" and r.subject.label == speaker]
    assert any(_obj(r).startswith(content_start) for r in said), sorted(facts(ex))


def test_a_second_saying_joined_to_what_was_said_is_the_speakers(read):
    # "but predicted" is the speaker's, in the tense of "said", no part of the reported clause
    got = facts(
        read("Tom Hale said some people were in a state of denial but predicted a better mood would come.")
    )
    assert ("Tom Hale", "said", "some people were in a state of denial") in got, sorted(got)
    assert ("Tom Hale", "predicted", "a better mood would come") in got, sorted(got)


def test_what_a_verb_of_saying_makes_is_a_statement(read):
    ex = read("Tom Hale admitted the plan had failed. Ann Lowe stressed that the deal was fair.")
    assert [e.type for e in ex.events] == ["Statement", "Statement"], [(e.type, e.label) for e in ex.events]


def test_a_nationality_with_man_takes_up_the_person_of_that_country(read):
    ex = read(
        'Republic of Ireland striker Tom Hale scored twice. "It was not the best display," said the Irishman.'
    )
    assert ("Tom Hale", "said", "It was not the best display") in facts(ex), sorted(facts(ex))


def test_what_happens_every_time_something_else_does_is_conditional(read):
    ex = read(
        "Ann Lowe gets $30,000 every time she breaks the world record. Tom Hale earns a bonus whenever Leeds win."
    )
    assert {r.modality for r in ex.relations if r.predicate in ("get", "earn", "break")} == {"conditional"}, (
        sorted((r.predicate, r.modality) for r in ex.relations)
    )


def test_what_the_speaker_left_unsaid_is_no_part_of_what_was_said(read):
    got = facts(read("Acme said sales had exceeded expectations, without giving detailed figures."))
    assert ("Acme", "said", "sales had exceeded expectations") in got, sorted(got)


def test_a_clause_cut_to_its_modal_is_nothing_said(read):
    got = facts(
        read("The net has not changed as much as people thought it would. Tom Hale said the firm would.")
    )
    assert not [f for f in got if f[1] in ("said", "thought")], sorted(got)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the parser hangs the second clause's subject on the first and splits what was said in two
        (
            (
                "The FDA said a valve in the braking system could crack during normal driving and fragments "
                "could injure people if the hood was open."
            ),
            (
                "a valve in the braking system could crack during normal driving and fragments could injure "
                "people if the hood was open"
            ),
        ),
        (
            "Lord Smith said he was certain MPs would get another chance to vote against the plans.",
            "he was certain MPs would get another chance to vote against the plans",
        ),
    ],
)
def test_what_was_said_split_in_two_by_the_parser_is_said_whole(read, text, said):
    got = facts(read(text))
    assert [f[2] for f in got if f[1] == "said"] == [said], sorted(got)


def test_whom_one_told_is_no_subject_of_what_was_said(read):
    # "the BBC Leeds" read by the parser as one phrase: the BBC is whom he told, Leeds what he spoke of
    got = facts(read("Tom Berg told the BBC Leeds were unlikely to win the league this year."))
    assert [f for f in got if f[1] == "said"] == [
        ("Tom Berg", "said", "Leeds were unlikely to win the league this year")
    ], sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "The new laptop was described by Tim Cook as the most important Mac in a decade.",
        "The novel has been attacked by some Catholic bishops as blasphemy.",
        "The Greek pair were cleared of doping offences by the Greek Athletics Federation.",
        "Tom Hale was stripped of his title by the Leeds Boxing Federation.",
    ],
)
def test_what_a_passive_calls_its_subject_is_not_the_doers(read, text):
    # the "as" phrase tells what the laptop or the novel is, not what the describer or attacker is; the
    # "of" phrase what the pair were cleared of or Hale stripped of
    got = facts(read(text))
    assert not [f for f in got if f[1].endswith((" as", " of"))], sorted(got)


def test_what_is_denied_is_read_in_its_own_words(read):
    got = facts(
        read("Labour election chief Alan Milburn denied the party was trying to hide the prime minister.")
    )
    assert ("Alan Milburn", "denied", "the party was trying to hide the prime minister") in got, sorted(got)


def test_a_sentence_adverbial_is_no_participant(read):
    got = facts(read("In a break with the past, Labour will not hold a daily news conference."))
    assert ("Labour", "hold", "daily news conference") in got and not [f for f in got if f[2] == "break"]


def test_who_is_quoted_as_saying_something_says_it(read):
    ex = read("The Interfax news agency quoted Mr Khodorkovsky as saying the company had been destroyed.")
    assert {r.subject.label for r in ex.relations if r.predicate == "said"} == {"Khodorkovsky"}, sorted(
        facts(ex)
    )


def test_a_clause_warned_against_is_no_statement(read):
    got = facts(read("But Kapranos warned against musicians being too closely linked with MPs."))
    assert [f for f in got if f[:2] == ("Kapranos", "warned against")], sorted(got)
    assert not [f for f in got if f[:2] == ("Kapranos", "said")], sorted(got)


# ---- 3. roles with their organisation or country ---------------------------------------------------


def test_secretary_of_state_is_one_title(read):
    ex = read("This week Colin Powell, US Secretary of State, was visiting Jerusalem.")
    assert not [r for r in ex.relations if _obj(r) == "State"], sorted(facts(ex))


def test_a_part_played_is_no_real_title(read):
    ex = read("Her breakthrough came in 1990, playing seductive con artist Mona Lane in The Grift.")
    assert not [r for r in ex.relations if r.predicate == "holdsRole"], sorted(facts(ex))


def test_a_body_of_a_uk_nation_is_not_said_to_be_part_of_the_uk(read):
    ex = read("Members of the Welsh Assembly and the British government met on Monday.")
    parts = {(r.subject.label, _obj(r)) for r in ex.relations if r.predicate == "partOf"}
    assert parts == {("British government", "United Kingdom")}, sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "person", "predicate", "org"),
    [
        ("French President Amelie Durand visited Rome.", "Amelie Durand", "leaderOf", "France"),
        (
            "Spain's finance minister Pablo Ortega said growth would slow.",
            "Pablo Ortega",
            "worksFor",
            "Spain",
        ),
        (
            "The deal was announced by Northwind boss Karl Jensen on Monday.",
            "Karl Jensen",
            "leaderOf",
            "Northwind",
        ),
        (
            "Paul Hanley, a currency strategist with Barclays, expects a rise.",
            "Paul Hanley",
            "worksFor",
            "Barclays",
        ),
        (  # the firm after a speaker named with a job is the speaker's, not where it was said
            '"We expect the deficit to widen," said economist Anne Marlot at Dexia.',
            "Anne Marlot",
            "worksFor",
            "Dexia",
        ),
        ("Ruth Kaplan, head of the tax office, resigned.", "Ruth Kaplan", "leaderOf", "tax office"),
        # a governor of a bank leads it; a mayor of a party is its member ("Labour mayor X")
        (
            "The Bank of Acme raised rates. Its governor, Karl Jensen, said prices rose.",
            "Karl Jensen",
            "leaderOf",
            "Bank of Acme",
        ),
        ("Labour mayor Karl Jensen spoke.", "Karl Jensen", "memberOf", "Labour"),
        # a knighthood between the post and the name is no post
        ("Labour MP Sir Tom Hale said the bill was wrong.", "Tom Hale", "memberOf", "Labour"),
        (  # the post before the name, the name set off after it
            "Northwind Corp cut 500 jobs. Its chief executive, Karl Jensen, said demand was weak.",
            "Karl Jensen",
            "leaderOf",
            "Northwind Corp",
        ),
        (
            "Northwind Corp sold 10 million phones. The firm's chief executive, Karl Jensen, said sales rose.",
            "Karl Jensen",
            "leaderOf",
            "Northwind Corp",
        ),
        (
            "The spokesman for Northwind, Karl Jensen, said sales fell.",
            "Karl Jensen",
            "worksFor",
            "Northwind",
        ),
        ("Ortega's lawyer Maria Blanco said the case was weak.", "Maria Blanco", "lawyer-of", "Ortega"),
        (  # a firm's arm in a region, which the models cut into a person and a continent
            '"It is a growth opportunity for Diageo," said Diageo North America president Ivan Menezes.',
            "Ivan Menezes",
            "leaderOf",
            "Diageo North America",
        ),
    ],
)
def test_roles_link_to_the_organisation_the_text_names(read, text, person, predicate, org):
    ex = read(text)
    assert any(
        r.subject.label == person and r.predicate == predicate and _obj(r) == org for r in ex.relations
    ), sorted(facts(ex))


def test_a_title_keeps_the_brief_it_is_of_and_is_named_by_its_own_noun(read):
    got = facts(
        read(
            "Brian Cole, head of information systems at Cranfield University, said it was good. Dave Camp, "
            "veteran of 101 international caps, said it was bad."
        )
    )
    assert ("Brian Cole", "holds role", "head of information systems") in got, sorted(got)
    assert not [f for f in got if f[0] == "Dave Camp" and f[1] == "holds role"], sorted(got)


def test_an_adjective_before_a_preposition_the_verb_takes_is_part_of_the_predicate(read):
    got = facts(read("Ann Lowe has tested positive for a banned drug, according to the authorities."))
    assert ("Ann Lowe", "tested positive for", "banned drug") in got, sorted(got)


def test_a_text_named_by_an_event_noun_is_no_event(read):
    # "Directive", "Agreement" closing a name are the text's, no order or cooperation
    ex = read("The Commission must re-submit the Digitally Implemented Rights Directive.")
    assert not ex.events, ex.events
    assert ("Digitally Implemented Rights Directive", "Concept") in nodes(ex), sorted(nodes(ex))


def test_a_sports_chief_with_a_demonym_is_of_that_country_not_its_leader(read):
    got = facts(read("Russian tennis chief Ivan Petrenko said the player had tested positive."))
    assert ("Ivan Petrenko", "citizen of", "Russia") in got, sorted(got)
    assert not [f for f in got if f[0] == "Ivan Petrenko" and f[2] == "Russia" and f[1] != "citizen of"], (
        sorted(got)
    )


def test_a_former_champion_is_still_of_their_country(read):
    ex = read("Britain's former European champion Tom Hale ran in Glasgow on Sunday.")
    ties = [(r.predicate_label, _obj(r), r.modality) for r in ex.relations if r.predicate == "citizenOf"]
    assert ties == [("citizen of", "United Kingdom", None)], sorted(facts(ex))


def test_a_lower_case_word_in_a_title_is_no_demonym(read):
    # "pole vault champion": a sport's word, no Pole
    got = facts(read("Olympic pole vault champion Anna Berg set a world record in Donetsk."))
    assert ("Anna Berg", "holds role", "Olympic pole vault champion") in got, sorted(got)
    assert not [f for f in got if f[1] == "citizen of" or "vault champion" in f[2] and "pole" not in f[2]], (
        sorted(got)
    )


def test_a_post_not_yet_held_is_future_and_a_distance_no_part_of_it(read):
    ex = read(
        "Tom Hale, a prospective Labour MP, said it was good. Britain's 800m and 1500m champion Ann Lowe ran."
    )
    roles = {(r.subject.label, _obj(r), r.modality) for r in ex.relations if r.predicate == "holdsRole"}
    assert ("Tom Hale", "MP", "future") in roles and ("Ann Lowe", "champion", None) in roles, roles


def test_a_seat_after_a_party_or_a_place_is_a_post_not_a_bodys_name(read):
    # the models read "Conservative MP" and "the Mid-Bedfordshire MP" as bodies' names
    got = facts(
        read("Meanwhile, senior Conservative MP Sir Tom Hale warned that the moves could be controversial.")
    )
    assert ("Tom Hale", "MP of", "Conservative") in got, sorted(got)
    ex = read("Tory MP Tom Hale faces a fight. The Mid-Bedfordshire MP had denied a claim that he was paid.")
    assert not [e.label for e in ex.entities if e.label.endswith("MP")], [e.label for e in ex.entities]


def test_a_royal_title_joined_by_and_is_two_people_not_one_post(read):
    ex = read(
        "The Queen and Prince Edward will attend the service. Chairman and chief executive Tom Hale spoke."
    )
    roles = {(r.subject.label, _obj(r)) for r in ex.relations if r.predicate == "holdsRole"}
    assert not [o for _, o in roles if "Queen" in o], roles
    assert ("Tom Hale", "Chairman and chief executive") in roles, roles


def test_lord_opening_a_posts_name_is_part_of_it(read):
    ex = read("Lord Chancellor Lord Ames said the plans were sound. Lord Mayor Ken Hale opened the bridge.")
    roles = {(r.subject.label, _obj(r)) for r in ex.relations if r.predicate == "holdsRole"}
    assert {("Ames", "Lord Chancellor"), ("Ken Hale", "Lord Mayor")} <= roles, roles


def test_a_hyphened_founders_title_is_one_fact(read):
    ex = read('"There is a need to move on," said Kate Rittler, co-founder of Acme Corp.')
    assert [r.predicate for r in ex.relations if r.predicate_label == "co-founder of"] == ["co-founder-of"], (
        sorted(facts(ex))
    )


def test_a_name_opening_the_field_of_a_post_is_not_where_it_is_held(read):
    got = facts(read("Ruth Kaplan, head of UK equities at Acme Corp, said shares were cheap."))
    assert not [f for f in got if f[0] == "Ruth Kaplan" and f[2] == "United Kingdom"], sorted(got)


def test_a_leaders_title_with_a_nationality_is_read_once(read):
    ex = read("Israeli Prime Minister Tom Hale has agreed to meet the Palestinian leader.")
    held = {
        (r.predicate, getattr(r.object, "label", "")) for r in ex.relations if r.subject.label == "Tom Hale"
    }
    assert ("leaderOf", "Israel") in held and ("worksFor", "Israel") not in held, held


@pytest.mark.parametrize(
    ("text", "wrong", "kept"),
    [
        (
            "Channel Tunnel operator Eurotunnel has seen sales fall.",
            ("Eurotunnel", "basedIn", "Channel Tunnel"),
            None,
        ),
        (
            "New York band Scissor Sisters won the award.",
            None,
            ("Scissor Sisters", "basedIn", "New York"),
        ),
        (
            "But many of the viruses written by criminals roll lots of technical tricks together.",
            ("criminals", "said", "viruses"),
            ("criminals", "write", "viruses"),
        ),
        (
            "Sir Alex Ferguson was left ruing Manchester United's failure after his side's 1-1 draw with Fulham.",
            ("Alex Ferguson", "leave-after", "draw"),
            None,
        ),
    ],
)
def test_what_a_firm_runs_what_is_written_and_being_left_doing(read, text, wrong, kept):
    got = {(r.subject.label, r.predicate, _obj(r)) for r in read(text).relations}
    assert wrong not in got and (kept is None or kept in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Montgomery County District Attorney Bruce Castor Jr said the case was closed.",
            ("District Attorney", None),
        ),
        # "general" after a role noun is part of the post, where the parser hangs it and its "of" on the noun
        (
            "Emma Pike, director general of the British Computer Society, said the law was good.",
            ("director general", None),
        ),
        # a former director of a body no longer holds the post (a director of films would still be one)
        ("Tom Hale, a former director of Acme Corp, said it was good.", ("director", "former")),
        # a post in apposition to the subject of a future "be" is held now
        ("Acme's new chief executive, Tom Hale, will also be there.", ("chief executive", None)),
        # a calling outlasts its "former" only where it was held ("former Friends actor X" still acts)
        ("Former virus writer Tom Hale said the code was simple.", ("virus writer", "former")),
    ],
)
def test_a_post_is_one_title_with_its_time(read, text, want):
    ex = read(text)
    roles = {(_obj(r), r.modality) for r in ex.relations if r.predicate == "holdsRole"}
    assert roles == {want}, roles


@pytest.mark.parametrize(
    ("text", "led"),
    [
        # a people's adjective before a post is where the holder is from, or the state it names
        ("Kurdish leader Jalal Hale met the prime minister in London.", set()),
        ("Paraguayan leader Francisco Lopez died in 1870.", {"Paraguay"}),
        # a party's name is what its leader leads
        ("Tory leader Michael Howard met the prime minister in London.", {"Tory"}),
    ],
)
def test_a_peoples_adjective_before_a_post_is_no_body_led(read, text, led):
    ex = read(text)
    got = {_obj(r) for r in ex.relations if r.predicate == "leaderOf"}
    assert got == led, sorted(facts(ex))


def test_a_seat_before_a_name_is_held_for_its_place_a_member_of_none(read):
    ex = read("East Midlands MEP Tom Hale has launched a new party. Leeds MP Ann Lowe said it was a mistake.")
    assert not [r for r in ex.relations if r.predicate == "memberOf"], sorted(facts(ex))
    assert {_obj(r) for r in ex.relations if r.predicate == "holdsRole"} == {"MEP", "MP"}, sorted(facts(ex))


def test_a_party_joined_to_a_plural_noun_shares_it(read):
    ex = read("Tory and Lib Dem leaders referred to the resignation of Doug Smith.")
    doers = {r.subject.label for r in ex.relations if r.predicate_label == "referred to"}
    assert doers == {"Tory leaders", "Lib Dem leaders"}, sorted(facts(ex))


def test_a_name_the_parser_reads_as_a_modal_hedges_nothing(read):
    ex = read("Will Carling said the side was strong enough to win.")
    said = [r for r in ex.relations if r.predicate == "said"]
    assert [(r.subject.label, r.modality) for r in said] == [("Will Carling", None)], sorted(facts(ex))


def test_role_keeps_its_modifiers_and_leaves_context_alone(classified):
    ex = classified("Mr Hale praised his shadow chancellor Tom Reed. The prime minister smiled.")
    assert ("Tom Reed", "holds role", "shadow chancellor") in facts(ex)
    assert not [
        r
        for r in ex.relations
        if r.subject.label == "Tom Reed" and r.predicate in ("worksFor", "leaderOf", "memberOf")
    ], "no organisation is named, so none is guessed"


# ---- 10/13. entity types from all the evidence ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "fragment"),
    [
        # a day name the model took for a date opens a paper's name
        (
            "The book, by Sunday Telegraph journalist Peter Lomas and serialised in the paper, was a hit.",
            "Sunday Telegraph",
            "Telegraph",
        ),
        # a hyphened word opens the name of a body the trained model cut in two, and an "and" between
        # two names it tells apart joins nothing
        (
            (
                "Acme Pictures Entertainment and Globex Studios have staked their allegiance with the Blu-ray "
                "Disc Association, whose members also include technology companies Initech and Hooli."
            ),
            "Blu-ray Disc Association",
            "Disc Association",
        ),
        (
            (
                "Acme Pictures Entertainment and Globex Studios have staked their allegiance with the Blu-ray "
                "Disc Association, whose members also include technology companies Initech and Hooli."
            ),
            "Acme Pictures Entertainment",
            "Pictures Entertainment and Globex Studios",
        ),
        # a name after a saint opens with the saint
        (
            "Pupils from St Egwin's Middle School in Evesham sang for the Queen.",
            "St Egwin's Middle School",
            "Middle School",
        ),
        # a letter ends a league's name; it is no outlet of a place
        ("Adriano has scored 14 goals in 20 Serie A appearances this season.", None, "A"),
    ],
)
def test_names_the_model_cuts_are_whole(read, text, name, fragment):
    labels = {label for label, _ in nodes(read(text))}
    assert fragment not in labels and (name is None or name in labels), labels


_OPENING = "The market was quiet on Monday. Prices barely moved. "


@pytest.mark.parametrize(
    ("text", "label", "cls"),
    [
        ("New York band Velvet Harbour won an award on Friday.", "Velvet Harbour", "Organization"),
        ("Paul Hanley, a currency strategist with Barclays, expects a rise.", "Barclays", "Organization"),
        ("Analysts said the shares would fall.", "Analysts", "Group"),
        ("Whig leader Tom Hale attacked the plan.", "Whig", "Organization"),
        (
            "Shares in Northwind rose. Northwind said profits rose. Northwind hired staff.",
            "Northwind",
            "Organization",
        ),
        # the words that take a name up: "its", "their", a plural verb right after it
        ("Corvane said its sales fell in March.", "Corvane", "Organization"),
        ("Harwick extended their lead at the top of the table.", "Harwick", "Organization"),
        ("Glass Lanterns were the big winners at the awards.", "Glass Lanterns", "Organization"),
        # a plural name is a band's or a club's, unless a given name opens it ("Sean Bones"), not a town's
        ("Preston Harriers won the team title.", "Preston Harriers", "Organization"),
        # a plural nationality the model read as a person's name is people, no one, whatever "their" says
        (
            "A survey by a magazine has revealed that many Britons are unhappy with their service.",
            "Britons",
            "Group",
        ),
        # what a firm owns and that never speaks is its product; a subsidiary says things
        ("Microsoft's Xbox sold well in December.", "Xbox", "Concept"),
        ("The FDA's Office of Drug Safety raised concerns.", "Office of Drug Safety", "Organization"),
        ("Nasa's Ames Research Center built the machine.", "Ames Research Center", "Organization"),
        # a market's analyst with one name no person bears alone is a firm
        ("Teenagers spent £775 a year, said market analyst Datavane.", "Datavane", "Organization"),
        # a club's opening word before its city
        (
            "Tom Hale, sporting director of Atletico Madrid, said the deal was off.",
            "Atletico Madrid",
            "Organization",
        ),
        # a name listed with firms is no place the gazetteers do not know
        (
            "Sony, Microsoft and Nintendo are all expected to release new machines.",
            "Nintendo",
            "Organization",
        ),
        # a firm's name alone after its product's is the firm, no first name of the product
        (
            "Microsoft Word is used by millions. Microsoft said it would provide a tool.",
            "Microsoft",
            "Organization",
        ),
        # a plural noun before one name describes a team or a firm; a seat after a name is no part of it
        ("External auditors Arthur Hollis had approved the accounts.", "Arthur Hollis", "Organization"),
        (
            "In the Commons, Whig frontbencher Andrew Tolley MP demanded a statement.",
            "Andrew Tolley",
            "Person",
        ),
        ("In the Commons, Whig frontbencher Andrew Tolley MP demanded a statement.", "Whig", "Organization"),
        ("Mirela Dabanu of Ethiopia will defend the title she won last year.", "Mirela Dabanu", "Person"),
        ("The Lib Dems called for a statement on Monday.", "Lib Dems", "Organization"),  # "the" + name
        (
            "Glasgow's Velvet Kites earned ninth place for their home-town show.",
            "Velvet Kites",
            "Organization",
        ),
        # a country that agrees in plural is its national side; "people" are a group of people
        (
            _OPENING + "Ireland were the better side and drew level in the second half.",
            "Ireland",
            "Organization",
        ),
        (_OPENING + "Ireland said its economy grew.", "Ireland", "Country"),
        ("Many people are using the service.", "people", "Group"),
        # a role firms hold as often as people does not make a person: "X, owner of Y"
        (
            _OPENING + "Paris-based Velmar, owner of Liffe in London, said it was interested in bidding. "
            "Velmar chief Jean Theron will meet the board.",
            "Velmar",
            "Organization",
        ),
        # occasions and products are not actors
        (
            "Gates spoke at the Consumer Electronics Show in Las Vegas.",
            "Consumer Electronics Show",
            "Concept",
        ),
        ("He said Xbox 2 would sell well.", "Xbox 2", "Concept"),
        # common nouns keep the class their noun gives, whatever verb or pronoun follows
        ("Analysts have suggested the firm needs to cut costs.", "Analysts", "Group"),
        ("The government has suspended its plan to cut staff.", "government", "GovernmentOrganization"),
        # a firm named after its country, whatever the recognisers read in it
        ("Telekom Austria is now considering setting up other schemes.", "Telekom Austria", "Organization"),
        ("Air France cut 500 jobs.", "Air France", "Organization"),
        # an ampersand joins one firm's name, whatever the trained recogniser reads in its parts
        (
            "Tate & Lyle, which was an original member of the FT-30 index in 1935, operates 41 factories.",
            "Tate & Lyle",
            "Organization",
        ),
        # a country's player, someone's father's son: people
        ("Tom Hale will face France's Cyril Saulnier in the first round.", "Cyril Saulnier", "Person"),
        ("Juninho wants to stay. Juninho's father was in the country to see his son.", "Juninho", "Person"),
        # a country's trophy and a firm's partner stay what they are
        ("Spain's Davis Cup team won the final.", "Davis Cup", "Concept"),
        ("Acme Corp's partner Globex Inc said profits rose.", "Acme Corp", "Organization"),
        # a named plan or agenda is a concept
        (
            "Their targets became known as the Lisbon Agenda. The Lisbon Agenda set out to raise spending.",
            "Lisbon Agenda",
            "Concept",
        ),
        ("The Marshall Plan helped Europe rebuild.", "Marshall Plan", "Concept"),
        # a body that sums up its survey after what it says is no person for speaking there
        (
            (
                "Parties cannot take older voters for granted, says Age Action. A survey for the charity "
                "found most pensioners vote."
            ),
            "Age Action",
            "Organization",
        ),
        # a firm's name before a common word names its product
        (
            "Yahoo will update Yahoo Messenger next week. Yahoo Messenger has 20 million users.",
            "Yahoo Messenger",
            "Concept",
        ),
        # the owner of an example is no example
        (
            "It gives information for jukeboxes such as Apple's iTunes. Several carmakers work with Apple.",
            "Apple",
            "Organization",
        ),
        # a body's name the recognizer cut at "of" is one organisation; a "House" is a chamber only as one
        (
            "Acme's statement comes a day after House of Fraser and Woolworths disappointed investors.",
            "House of Fraser",
            "Organization",
        ),
        ("The House of Lords rejected the bill on Tuesday.", "House of Lords", "GovernmentOrganization"),
        ("Random House published the book on Tuesday.", "Random House", "Organization"),
        # a calling that opens a sentence is no part of a name the NER read as a body
        ("Rapper 50 Cent has ended his public feud with Acme Records.", "50 Cent", "Person"),
        ("Star Christina Hale said the show would go on.", "Christina Hale", "Person"),
        # counties and streets are places; a given name before a street's word makes a person called Lane
        ("Jane Hale moved to County Durham in 1990.", "County Durham", "Location"),
        ("The show opens at the Theatre Royal, Drury Lane, in May.", "Drury Lane", "Location"),
        ("The tailor moved to Savile Row last year.", "Savile Row", "Location"),
        ("Nathan Lane starred in the musical.", "Nathan Lane", "Person"),
        # a champion or a medallist in the singular is one person, whatever the model read ("champions X" a side)
        ("But world 5000m champion Dibaba made a telling strike in the final 20 metres.", "Dibaba", "Person"),
        (
            "But world indoor silver medallist Dibaba made a telling strike in the final 20 metres.",
            "Dibaba",
            "Person",
        ),
        ("Wimbledon finalist Dulko lost in the first round.", "Dulko", "Person"),
        # what one has a role or a part in is a work, whatever the model read ("a role in Iraq" stays a place)
        ("Tom Hale had a small role in Cold Mountain.", "Cold Mountain", "Concept"),
        ("Jane Hale was the first to take a major part in Les Sylphides.", "Les Sylphides", "Concept"),
        # a relative "who" with a singular verb describes a person ("Chelsea, who are top" is a side)
        ("Lagat, who is the world champion, settled for silver in Athens.", "Lagat", "Person"),
        # "she" carrying on in a clause of time after the name: a person
        (
            (
                "But Deacon claimed her first title, edging Fraser into second. Fraser became the fastest "
                "British woman this season when she qualified for the final."
            ),
            "Fraser",
            "Person",
        ),
        # "its" in what a subject is said to be owns the kind, not the subject
        (
            "If James Brown was the godfather of soul, then Ray Charles was one of its founding fathers.",
            "Ray Charles",
            "Person",
        ),
        # "their" after a collective noun is the collective's ("the team ... their defeats")
        (
            "Jason Robinson has led the team during their opening three defeats in the Six Nations.",
            "Jason Robinson",
            "Person",
        ),
        # a body's name goes on to what it is "for", which the model cut off ("Parliament for X" is a seat)
        (
            "The UN's Economic Commission for Latin America and the Caribbean said exports grew.",
            "Economic Commission for Latin America and the Caribbean",
            "GovernmentOrganization",
        ),
        # "Olympian", like "Dutchman", is no part of a name, whatever the trained model read
        (
            "Scotland's Chris Baillie was vying for top spot with Olympian Andy Turner.",
            "Andy Turner",
            "Person",
        ),
    ],
)
def test_entity_class_from_descriptors_and_all_mentions(read, text, label, cls):
    ex = read(text)
    ents = [e for e in ex.entities if e.label == label]
    assert len(ents) == 1 and ents[0].type == cls, [(e.label, e.type) for e in ex.entities]


@pytest.mark.parametrize(
    ("text", "label", "cls"),
    [
        # in an article, a one-word name is a person only where the text says so
        (_OPENING + "Brisco said any offer was likely to be in cash.", "Brisco", None),
        (_OPENING + "Ferrano had been in poor form, but he won in three sets.", "Ferrano", "Person"),
        (_OPENING + "Ferrano agreed. He said the result was fair.", "Ferrano", "Person"),
        (_OPENING + '"We have walked into a storm," said Calloway.', "Calloway", "Person"),
        (_OPENING + "Mr Ferrano said the result was fair.", "Ferrano", "Person"),
        # a one-line snippet may name a person introduced elsewhere: both models agreeing is enough there
        ("Ferrano said the result was fair.", "Ferrano", "Person"),
        # a title opens it, or the name modifies a noun: still people
        (_OPENING + "The Rev Jesse Calloway spoke at the rally.", "Jesse Calloway", "Person"),
        (_OPENING + "The late John Ferrano was praised by all.", "John Ferrano", "Person"),
        # a city both models call a person, with no evidence for one, is the city (GeoNames)
        (_OPENING + "Glasgow's Velvet Kites earned ninth place.", "Glasgow", "Location"),
    ],
)
def test_one_word_names_are_people_only_on_evidence(read, text, label, cls):
    ex = read(text)
    types = [e.type for e in ex.entities if e.label == label]
    assert (types == [cls]) if cls else "Person" not in types, [(e.label, e.type) for e in ex.entities]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Jon Pike said its plan had failed.", "Jon Pike"),  # a full name: "its" takes up something else
        ("Mr Pike said its plan had failed.", "Pike"),  # so does an honoured one
        ("Ann Lowe and Jon Pike were the big winners.", "Ann Lowe"),  # a list agrees in plural
        ("Blair said the Whigs would cut their taxes.", "Blair"),  # "their" is the Whigs'
        (  # "it" is the sport, named before it in what was said
            "Jon Pike argued that although there is more money in the sport, it had not reaped rewards.",
            "Jon Pike",
        ),
        # "it" is the party the leader's role is in; a surname that reads as a plural; a hyphened role noun;
        # a given name and a surname listed with a person
        ("Labour party leader Jon Pike said it had received a big boost from the campaign.", "Jon Pike"),
        ('"We do not want to fall into debt," Fans United\'s Sean Bones told the BBC.', "Sean Bones"),
        ("Film-maker George Lucas has said the film is dark.", "George Lucas"),
        (
            "The final was tense. Veteran presenter Bruce Forsyth and Tess Daly will host the programme.",
            "Tess Daly",
        ),
        # a first name and a surname no list knows, whatever the models read ("Flavia Marenco" a firm,
        # "Luciano Ortegui" a building)
        ("Third seed Flavia Marenco beat Jana Hlavkova in Sydney.", "Flavia Marenco"),
        ("Luciano Ortegui kicked the conversion for Italy.", "Luciano Ortegui"),
        (  # a full name the text gives a person is no side in a match, whatever the rival's town reads
            (
                "Top seed Pablo Toledo went out of the Open in Auckland with a surprise loss to Olivier "
                "Rochus of Belgium. Toledo lost the semi-final 6-4 6-4 to Rochus, who goes on to face Jan "
                "Hernych."
            ),
            "Olivier Rochus",
        ),
    ],
)
def test_people_stay_people_when_pronouns_point_elsewhere(read, text, label):
    ex = read(text)
    assert [e.type for e in ex.entities if e.label == label] == ["Person"], [
        (e.label, e.type) for e in ex.entities
    ]


def test_a_place_is_only_in_a_place_the_gazetteers_know(read):
    got = facts(read("Tom Hale grew up in Ceausescu's Romania. Ann Lowe swam in Zambia's Kafue River."))
    assert ("Romania", "located in", "Ceausescu") not in got, sorted(got)
    assert ("Kafue River", "located in", "Zambia") in got, sorted(got)


def test_being_available_in_a_place_is_not_being_there(read):
    got = facts(read("The Acme Roadster will be available in the UK in 2006."))
    assert not [f for f in got if f[0] == "Acme Roadster" and f[1] in ("based in", "located in")], sorted(got)
    assert ("Acme Corp", "based in", "Leeds") in facts(read("Acme Corp is in Leeds.")), sorted(got)


def test_a_place_opening_the_next_clause_is_no_apposition(read):
    got = facts(read("Everton visit Plymouth, Leeds travel to Burnley and Fulham host Watford."))
    assert ("Plymouth", "located in", "Leeds") not in got, sorted(got)
    assert ("Camden", "located in", "London") in facts(read("Ann Lowe moved to Camden, London in 1990.")), got


def test_a_firms_figures_name_the_firm_after_at_or_in(read):
    got = facts(read("Quarterly profits at media giant Globex jumped 76%. Shares in Acme Corp rose 3%."))
    want = {("Globex quarterly profits", "jumped", "76%"), ("Acme Corp shares", "rose", "3%")}
    assert want <= got, sorted(got)
    got = facts(read("Earnings at Barclays Capital investment bank rose 25% to £1.04bn."))
    assert ("Barclays Capital earnings", "rose", "25%") in got, sorted(got)  # the name before its description
    got = facts(read("Acme Corp cut 500 jobs. Shares in the company rose 3%."))
    assert ("Acme Corp shares", "rose", "3%") in got, sorted(got)  # the firm a description takes up
    got = facts(read("Sales in China rose 4%."))  # a place's sales are no one's: where, no owner
    assert ("sales in China", "rose", "4%") in got, sorted(got)


def test_a_firm_with_its_nationality_and_none_to_take_up_is_no_node(read):
    got = facts(
        read("Globex and Initech are in talks with Russia. The Indian firm is expected to hold talks soon.")
    )
    assert not [f for f in got if "firm" in f[0].lower()], sorted(got)


def test_the_firms_named_before_are_no_node_of_firms(read):
    ex = read(
        "Acme Corp, Globex and Initech are working on a common system. The firms said they hope to end "
        "the confusion. Firms are cutting jobs. The three firms claim the system will be fast. Both "
        "companies believe consoles will sell."
    )
    # firms at large are a node; "the firms", "the three firms", "both companies" and their "they" are none
    got = facts(ex)
    assert [(s.lower(), p) for s, p, _ in got if s.lower() in ("firms", "companies")] == [
        ("firms", "cutting")
    ], sorted(got)


def test_a_list_of_subjects_opens_with_the_name_the_parser_hung_on_the_verb(read):
    got = facts(read("Sony, IBM and Toshiba unveiled the Cell chip on Monday."))
    assert {s for s, p, _ in got if p == "unveiled"} == {"Sony", "IBM", "Toshiba"}, sorted(got)


def test_a_speakers_it_or_they_is_not_a_name_the_reporter_gives_around_the_quotation(read):
    ex = read(
        "Chunnelco is still struggling with debts. But the Daily Post's business editor, Tom Hale, said the "
        'banks could yet step in. "At the moment it cannot even service the interest on its debt," he said.'
    )
    assert not any(r.subject.label == "Daily Post" for r in ex.relations), sorted(facts(ex))


def test_a_name_of_something_of_a_place_is_one_name(read):
    # "the Gulf of Mexico" is one place, however the trained recogniser cuts it ...
    ex = read("Acme Oil has big fields in the Gulf of Mexico. Banks in the City of London raised bonuses.")
    places = {e.label for e in ex.entities if e.type == "Location"}
    assert {"Gulf of Mexico", "City of London"} <= places, [(e.label, e.type) for e in ex.entities]
    assert not any(r.predicate == "kg:locatedIn" for r in ex.relations), sorted(facts(ex))
    # ... and "the Bank" after "the Bank of Wessex" is that bank
    ex = read("The Bank of Wessex kept rates on hold. The Bank said growth was strong.")
    assert [e.label for e in ex.entities] == ["Bank of Wessex"], [(e.label, e.type) for e in ex.entities]


def test_a_royal_known_by_a_given_name_is_not_the_person_of_that_first_name(read):
    ex = read(
        "Party leader Charles Kennedy said the plan was good. Prince Charles and Camilla Parker Bowles hosted "
        "a dinner at Windsor Castle."
    )
    kennedy = next(e for e in ex.entities if e.label == "Charles Kennedy")
    hosts = {r.subject.label for r in ex.relations if r.predicate.startswith("host")}
    assert "Charles" not in kennedy.aliases and "Charles Kennedy" not in hosts, sorted(facts(ex))
    # … nor is the given name alone, where the article has the royal by it
    ex = read(
        "Prince Charles will marry in April. Party leader Charles Kennedy welcomed the news. Charles said he "
        "was delighted."
    )
    assert {r.subject.label for r in ex.relations if r.predicate == "said"} == {"Charles"}, sorted(facts(ex))
    # a royal named in full is the royal of that given name later
    ex = read("Prince Saud al-Malik said prices were fair. Prince Saud added that output would rise.")
    assert [(e.label, e.aliases) for e in ex.entities if e.type == "Person"] == [("Saud al-Malik", ("Saud",))]


def test_a_surname_read_as_a_nationality_is_the_person_named_before(read):
    ex = read(
        "Critics expect a close battle between Eastwood and Martin Scorsese. Scorsese has never won the best "
        "director prize, despite four nominations."
    )
    people = {e.label: e for e in ex.entities if e.type == "Person"}
    assert "Scorsese" in people["Martin Scorsese"].aliases, [(e.label, e.type) for e in ex.entities]
    assert not [e for e in ex.entities if e.type == "Group" and e.label == "Scorsese"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The Lord Chancellor Lord Falkirk said the judge was great.", "Chancellor Lord"),
        ("World cross country champion Benita Arlo will head the field.", "World"),
        ("But Green MSP Mark Dallow said the vote mattered.", "But Green"),
        ('Said Wales assistant coach Scott Jonson: "We are positive."', "Said Wales"),
        ("Cinematographer John Mathers was nominated for an award.", "Cinematographer John Mathers"),
        ("Prop Phil Dickery missed the autumn Tests.", "Prop Phil Dickery"),
        ("Centre Phil Vickers missed the autumn Tests.", "Centre Phil Vickers"),
        ("The claims were denied by his QC on Monday.", "QC"),
        ("Sergeant Keith Dowd said the men were safe.", "Sergeant Keith Dowd"),
        ("The game was tight. Then McAllister kicked a penalty to level it.", "Then McAllister"),
    ],
)
def test_titles_and_contests_are_not_names_or_employers(classified, text, wrong):
    ex = classified(text)
    assert wrong not in {e.label for e in ex.entities}, [(e.label, e.type) for e in ex.entities]
    assert not [r for r in ex.relations if r.predicate == "worksFor" and _obj(r) == wrong]


def test_definite_role_noun_is_its_holder_or_nobody(read):
    ex = read("Prime Minister Anna Lind visited Oslo. The prime minister said the talks went well.")
    assert ("Anna Lind", "said", "the talks went well") in facts(ex), sorted(facts(ex))
    assert "prime minister" not in {r.subject.label.lower() for r in ex.relations}


# ---- 2. dates in undated articles ------------------------------------------------------------------


def test_undated_article_gives_the_same_output_on_any_day(read):
    """Nothing resolves against the day the command runs: a relative date stays text, a date that
    names its year resolves to itself."""
    ex = read("Rebels attacked the village on Sunday. The army struck the town in September 2004.", date=None)
    attack = next(e for e in ex.events if e.trigger == "attacked")
    assert attack.date is None and attack.date_text == "on Sunday"
    assert all(r.date is None for r in ex.relations if r.event == attack.id)
    strike = next(e for e in ex.events if e.trigger == "struck")
    assert (strike.date, strike.date_precision) == (dt.date(2004, 9, 1), "month")
    dated = read("Rebels attacked the village on Sunday.", date=dt.date(2025, 11, 12))
    assert next(e for e in dated.events if e.trigger == "attacked").date == dt.date(2025, 11, 9)


def test_a_year_alone_and_a_time_of_day_take_nothing_from_today(nlp):
    # a year with no month is that year, not today's month of it
    assert resolve_date("the first half of 2004", None) == (dt.date(2004, 1, 1), "year")
    # "at 1300 GMT" is a time of day, whatever the tagger calls it
    doc = nlp("At 1300 GMT, the euro was up 0.9%.")
    doc.ents = [Span(doc, 1, 2, label="DATE")]
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert date_phrase(verb, None) is None


# ---- 6. the trained relation classifier on news ----------------------------------------------------

_ATTENDEES = (
    "The talks were attended by Foreign Minister Anne Dupont, IMF chief John Smith and World Bank officials."
)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Ms Jones, from Leeds, was detained after a rally she addressed in York.",
            ("Jones", "livesIn", "York"),
        ),
        (_ATTENDEES, ("Anne Dupont", "worksFor", "World Bank")),
        (_ATTENDEES, ("John Smith", "worksFor", "World Bank")),
        ("Mr Blair praised his shadow chancellor Oliver Letwin.", ("Blair", "killed", "Oliver Letwin")),
        (
            "Talks also centred on how the US, Europe and Japan can act to boost growth.",
            ("United States", "locatedIn", "Europe"),
        ),
        # a phrase that opens the clause says where it happened, not where anyone lives or is based
        (
            "At the Consumer Electronics Show in Las Vegas Microsoft boss Bill Gates said sales would rise.",
            ("Bill Gates", "livesIn", "Las Vegas"),
        ),
        (
            "At the Consumer Electronics Show in Las Vegas Microsoft boss Bill Gates said sales would rise.",
            ("Microsoft", "basedIn", "Las Vegas"),
        ),
        ("The litigation could come from Yukos, Yugansk's former owner.", ("Yukos", "locatedIn", "Yugansk")),
        ("He said people must help, whether in Asia or in Africa.", ("Asia", "locatedIn", "Africa")),
        (
            "The latest action was filed in the US District Court in California.",
            ("United States", "locatedIn", "California"),
        ),
        (
            '"We are still very disappointed with our last game against Wales in Rome and we are determined."',
            ("Wales", "basedIn", "Rome"),
        ),
        (
            "The group also includes Bath flanker Andy Beattie and Leicester hooker George Chuter.",
            ("George Chuter", "livesIn", "Leicester"),
        ),
        (
            "But the demolition job in Paris has coach Bernard Laporte bemoaning a lack of talent.",
            ("Bernard Laporte", "worksFor", "Paris"),
        ),
        (
            "Mr McConnell went on to promise that Scotland would play its part in the effort.",
            ("McConnell", "promise", "Scotland"),
        ),
        (
            "Harinordoquy was dropped for the match with Ireland in Dublin.",
            ("Ireland", "locatedIn", "Dublin"),
        ),
        (  # a month is no place, whatever the trained recogniser reads
            "Her time was inside the mark for the European Indoor Championships in Madrid in March.",
            ("Madrid", "locatedIn", "March"),
        ),
    ],
)
def test_classifier_false_positives_on_news(classified, text, wrong):
    ex = classified(text)
    got = {(r.subject.label, r.predicate, _obj(r)) for r in ex.relations}
    assert wrong not in got, sorted(got)


def test_classifier_employer_is_not_a_misparsed_apposition(classified):
    ex = classified(
        "When asked if Velmar would be seeking compensation from Druse, the carmaker's chief executive "
        'Helmut Panner said: "we will first solve the problem".'
    )
    assert not [r for r in ex.relations if r.predicate == "worksFor"], sorted(facts(ex))


def test_a_line_up_relates_no_name_to_the_next(classified):
    """A sentence that only lists names (a team sheet) says nothing about where anyone lives or is."""
    ex = classified(
        "Scotland named their side on Monday. Morton, Moffat, MacRae, Hore, Berthinussen, Warnock, Moore, "
        "Thomson, Ford, Douglas, Blair, Stewart, Gray, Brown, McEntee. Sheahan, Horan, O'Callaghan, Miller, "
        "G Easterby, Humphreys, Dempsey."
    )
    assert not [r for r in ex.relations if r.provenance.sentence.count(",") >= 3], sorted(facts(ex))


def test_classifier_still_reads_what_the_text_says(classified):
    ex = classified("Ms Jones, from Leeds, was detained after a rally.")
    assert ("Jones", "livesIn", "Leeds") in {(r.subject.label, r.predicate, _obj(r)) for r in ex.relations}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            (
                "Offices include Denver in the US, Lyon in France and Braga in Portugal, with local staff "
                "replacing UK diplomats in another 11."
            ),
            {
                ("United States", "located in", "Lyon"),
                ("Portugal", "located in", "United Kingdom"),
                ("United States", "located in", "France"),
            },
        ),
        (
            "It opened missions in Mosul in Iraq, Herat in Afghanistan and Hanoi in Vietnam.",
            {
                ("Mosul", "located in", "Herat"),
                ("Mosul", "located in", "Afghanistan"),
                ("Iraq", "located in", "Herat"),
            },
        ),
    ],
)
def test_places_in_a_list_of_places_are_each_in_their_own(classified, text, wrong):
    got = facts(classified(text))
    assert not got & wrong, sorted(got)
    assert any(p == "located in" for _, p, _ in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Volvo reported record profits on Monday.", ("Volvo", "reported", "record profits")),
        ("Agassi claimed the first set.", ("Agassi", "claimed", "first set")),
        (  # an object before a purpose clause: the object is what was announced
            "Ministers have announced more than 20 initiatives to tackle nuisance behaviour.",
            ("Ministers", "announced", "initiatives"),
        ),
    ],
)
def test_a_speech_verb_with_a_thing_for_object_keeps_its_own_sense(read, text, fact):
    ex = read(text)
    assert fact in facts(ex)
    assert not [e for e in ex.events if e.type == "Statement"], [(e.type, e.label) for e in ex.events]


def test_a_pledge_is_not_yet_done(read):
    ex = read("Lufthansa has pledged to buy 20 new jets.")
    buy = next(r for r in ex.relations if r.predicate_label.startswith("buy"))
    assert buy.modality == "planned"


def test_no_fact_between_two_things_without_an_actor(read):
    ex = read("The presence of ultraviolet light causes the ink to glow. Shell said the ink was safe.")
    assert not [
        r
        for r in ex.relations
        if r.subject.type == "Concept" and getattr(r.object, "type", "") in ("Concept", "Proposition")
    ], sorted(facts(ex))
    assert any(r.subject.label == "Shell" for r in ex.relations), sorted(facts(ex))


def test_a_thing_does_nothing_to_an_actor_but_amounts_and_deaths_stay(read):
    ex = read(
        "A slipped pass played Tom Hale in. The feeding frenzy followed as firms cut prices. "
        "Acme's revenue dipped 1.4% in 2004. The report criticised the government. The bombs killed five people. "
        "Budget details were printed in a London newspaper."
    )
    got = facts(ex)
    assert not any(s in ("slipped pass", "feeding frenzy") for s, _, _ in got), sorted(got)
    for fact in [
        ("Acme revenue", "dipped", "1.4%"),
        ("bombs", "killed", "five people"),
        ("budget details", "printed in", "London newspaper"),  # a passive's subject is no doer
    ]:
        assert fact in got, sorted(got)
    assert not any(s == "report" for s, _, _ in got), sorted(got)  # a report no one is named for: no doer


def test_a_listed_thing_is_no_doer(read):
    ex = read(
        "A combination of bad weather and rising costs has hit sales at Nestle. "
        "Acme Corp said it had built a new chip."
    )
    got = facts(ex)
    assert not any(s in ("bad weather", "rising costs") for s, _, _ in got), sorted(got)
    assert any(s == "Acme Corp" and p == "said" for s, p, _ in got), sorted(got)


# ---- 12. repeated text ------------------------------------------------------------------------------


def test_a_repeated_paragraph_states_its_facts_once(read):
    para = "Rebels attacked the village of Dara on Monday."
    ex = read(f"{para}\n\nOfficials gave no details.\n\n{para}")
    keys = [(r.subject.id, r.predicate, _obj(r)) for r in ex.relations]
    assert keys and len(keys) == len(set(keys)), keys


def test_items_of_a_list_of_names_are_not_based_in_each_other(classified):
    ex = classified("Current sponsors include Barclays, Vodafone, O2, First Direct and Renault.")
    assert not [r for r in ex.relations if r.predicate in ("basedIn", "locatedIn")], sorted(facts(ex))


def test_where_a_meeting_of_an_organisation_is_held_is_not_where_it_is_based(classified):
    ex = classified(
        "Mr Hale told the World Trade Organisation summit in Chile that he remained committed to trade."
    )
    assert not [r for r in ex.relations if r.predicate == "basedIn"], sorted(facts(ex))


def test_a_place_someone_leaves_is_not_their_home(classified):
    ex = classified(
        "The club wanted Tom Hale, who left Fratton Park for rivals Southampton earlier in December."
    )
    assert not [r for r in ex.relations if r.predicate == "livesIn"], sorted(facts(ex))


def test_a_city_lies_in_no_country_without_a_city_of_that_name(classified):
    ex = classified("Mr Hale, 29, from north London, was originally detained in Zambia.")
    assert not [r for r in ex.relations if r.predicate == "locatedIn"], sorted(facts(ex))


def test_a_country_that_only_qualifies_a_noun_locates_nothing(classified):
    ex = classified("US versions of other British shows have proved less successful across the Atlantic.")
    assert not [r for r in ex.relations if r.predicate == "locatedIn"], sorted(facts(ex))
    assert ("Acme Corp", "based in", "United States") in facts(
        classified("The US company Acme Corp hired staff.")
    )


def test_where_a_firm_did_something_or_a_country_named_apart_is_not_its_base(classified):
    ex = classified(
        "Japan's Acme Corp has won a copyright case in Beijing, further evidence that China is taking a "
        "tougher line on piracy."
    )
    bases = {r.object.label for r in ex.relations if r.predicate == "basedIn"}
    assert "China" not in bases and "Beijing" not in bases, sorted(facts(ex))


def test_a_total_of_a_count_is_an_amount_not_a_thing(read):
    ex = read("The court jailed Tom Hale for a total of 35 years.")
    assert not [r for r in ex.relations if _obj(r) == "total"], sorted(facts(ex))


def test_what_a_firm_owns_is_not_where_it_is(classified):
    ex = classified("He said Sony's Clie PEG UX50 media player broke the design rules yet again.")
    assert not [r for r in ex.relations if r.predicate == "basedIn"], sorted(facts(ex))


def test_a_country_owning_another_noun_is_no_home(classified):
    ex = classified(
        "French president Jacques Hale has called the UK's rebate from the European Union unjustified."
    )
    assert not [r for r in ex.relations if _obj(r) == "United Kingdom"], sorted(facts(ex))


def test_a_date_after_a_possessive_is_not_owned(read):
    ex = read("Fans boycotted Acme Corp's 12 March concert at the university.")
    assert not [r for r in ex.relations if r.predicate == "own"], sorted(facts(ex))


def test_a_nationality_qualifying_people_is_no_country_located_there(classified):
    ex = classified("Greater prosperity of Mexican expatriates in the US is behind the increase.")
    assert not [r for r in ex.relations if r.predicate == "locatedIn"], sorted(facts(ex))


# ---- 7. idioms and empty verbs ---------------------------------------------------------------------


def test_an_opening_scene_of_common_nouns_is_no_participant(read):
    ex = read("In other nominations, Anna Berg triumphed as the best supporting actress.")
    assert not [r for r in ex.relations if "nominations" in _obj(r)], sorted(facts(ex))
    ex = read("In Leeds, police arrested two men.")
    assert ("police", "arrested in", "Leeds") in facts(ex), sorted(facts(ex))


def test_the_one_set_aside_is_not_chosen(read):
    ex = read(
        "Tom Berg named his team. He picked Anna Nyanga instead of Grand Slam winner Imanol Harinordoquy, "
        "who is back in the squad."
    )
    assert [r for r in ex.relations if _obj(r) == "Anna Nyanga"], sorted(facts(ex))
    assert not [r for r in ex.relations if _obj(r) == "Imanol Harinordoquy"], sorted(facts(ex))


def test_a_name_before_an_object_is_no_object_of_its_own(read):
    ex = read("Tom Hale and Anna Berg have won the awards, boosting their Oscars hopes this month.")
    assert not [r for r in ex.relations if _obj(r) == "Oscars"], sorted(facts(ex))


def test_a_forecast_and_an_unnamed_source_keep_their_hedge(read):
    ex = read("Acme Corp's revenue is forecast to grow by 4.2% in 2005.")
    grew = [r for r in ex.relations if r.predicate.startswith("grow")]
    assert grew and all(r.modality == "reported" for r in grew), sorted(facts(ex))
    ex = read("Some commuters have broken the windows of the trains, according to the local press.")
    broken = [r for r in ex.relations if r.predicate == "break"]
    assert broken and all(r.attribution == "local press" for r in broken), sorted(facts(ex))


def test_when_something_was_said_is_not_what_was_said(read):
    ex = read(
        '"I accepted the invitation for practical reasons," Tom Hale said when his peerage was announced.'
    )
    said = {_obj(r) for r in ex.relations if r.predicate == "said"}
    assert said == {"I accepted the invitation for practical reasons"}, sorted(facts(ex))


def test_whom_a_sentence_opens_for_is_no_participant(read):
    ex = read("For the Greens, Tom Hale said the new target was too low.")
    assert not [r for r in ex.relations if _obj(r) == "Greens"], sorted(facts(ex))


def test_calling_something_by_a_description_calls_no_one(read):
    ex = read('Tom Hale called the new target "hugely unambitious".')
    assert not [r for r in ex.relations if r.predicate_label == "called"], sorted(facts(ex))
    ex = read('Meg Hale called 2004 an "outstanding success".')
    assert ("Meg Hale", "called", "outstanding success") in facts(ex), sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("Maria falls in love with the captain.", "love"),
        ("The meeting took place in a hotel.", "place"),
        ("The team spent a week in the mountains.", "week"),
        ("The deal is paving the way for a merger.", "way"),
        ('She said: "In practice, that will mean a cut for other services."', "practice"),
        ("The firm holds a patent for its shopping service, for example.", "example"),
        ("Tom Hale has to start playing again in order to be considered for selection.", "order"),
        ("Because of the way that Hale and Moss performed, we did not need to change things.", "way"),
        ("Fans will be issued with photo ID cards in an attempt to beat touts.", "attempt"),
        ("England have lost four in a row under their new coach.", "row"),
        ("Carlos Ghosn takes charge at Renault next month.", "charge"),
        ("Tom Hale paid the price for a poor first touch.", "price"),
        ("Leeds were playing second fiddle to Wigan.", "second fiddle"),
        ("Tom Hale regained his feet in the box.", "feet"),
        ("The deal raised eyebrows in the City.", "eyebrows"),
        ("Italy ruled the roost in the 1990s.", "roost"),
        ("Ministers have dragged their heels over the plan.", "heels"),
        ("Acme had pinned its hopes on the launch of its phones.", "hopes"),
        ("Tom Hale will now turn his attention to the cup final.", "attention"),
        # a bare noun after a preposition that names a state: "into question", "in charge", "without charge"
        ("The plans were called into question by the Acme Corp board.", "question"),
        ("Tom Hale said he would not stay in charge if he lost the vote.", "charge"),
        ("Police arrested Tom Hale. He was later released without charge.", "charge"),
        ("Acme Corp has turned its back on its workers.", "back on workers"),
        ("Tom Hale wants to cover all his bases before the final.", "bases"),
        (
            (
                "Neither Acme Corp nor Globex Inc were interested in letting him join them and take over their "
                "board speaks volumes."
            ),
            "volumes",
        ),
    ],
)
def test_idioms_give_no_participant(read, text, junk):
    ex = read(text)
    assert junk not in {_obj(r) for r in ex.relations} | {r.subject.label for r in ex.relations}, sorted(
        facts(ex)
    )


def test_a_bare_definite_object_is_no_participant_its_subject_and_its_owner_are(read):
    # "the decision" takes up what was said before: as a node of its own it says nothing
    ex = read("Berlin welcomed the decision on Monday. The minister rejected this offer.")
    assert {_obj(r) for r in ex.relations}.isdisjoint({"decision", "offer"}), sorted(facts(ex))
    # an affair told before, too; named, it stays ("the case of Alex Buhecha")
    ex = read("Boeing apologised for the affair. Acme Corp worked on the case of Alex Buhecha for two years.")
    assert {_obj(r) for r in ex.relations} == {"case of Alex Buhecha"}, sorted(facts(ex))
    # so do a work, a product or an occasion named before, and where or when gives no content
    ex = read(
        "Tom Hale announced the decision in Delhi on Thursday. Ann Lowe starred in the film. Acme will "
        "unveil the chip at a show. She arrived at the ceremony in a green dress."
    )
    objects = {_obj(r) for r in ex.relations}
    assert objects.isdisjoint({"decision", "film", "chip", "ceremony"}), sorted(facts(ex))
    # in the plural too
    ex = read("The Liberal Democrats oppose the plans. Tom Hale backed the proposals.")
    assert {_obj(r) for r in ex.relations}.isdisjoint({"plans", "proposals"}), sorted(facts(ex))
    # a modifier gives it content, an owner makes it someone's, a subject is what the clause is about
    ex = read("Berlin welcomed the tax decision. Nestle raised its dividend. The greenback rose to $1.35.")
    assert {"tax decision", "dividend", "$1.35"} <= {_obj(r) for r in ex.relations}, sorted(facts(ex))
    # ... and one named before in full is the one it takes up
    ex = read("Officials studied the Kyoto climate deal for a week. Russia finally signed the deal.")
    assert ("Russia", "signed", "Kyoto climate deal") in facts(ex), sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "The Labour Party said in a statement that it had sold the building to Barclays.",
            ("Labour Party", "sold to", "Barclays"),
            ("Labour Party", "said in", "statement"),
        ),
        (
            "Ms Vale was convicted of fraud at a hearing in the spring.",
            ("Vale", "convicted of", "fraud"),
            ("Vale", "convicted at", "hearing"),
        ),
        (
            "Brazil recovered from the recession during the spring.",
            ("Brazil", "recovered from", "recession"),
            ("Brazil", "recovered during", "spring"),
        ),
    ],
)
def test_scene_setting_phrases_are_not_participants(read, text, kept, dropped):
    got = facts(read(text))
    assert kept in got and dropped not in got, sorted(got)


def test_selected_prepositions_are_those_far_above_their_base_rate():
    from collections import Counter

    from kg.nlp.valency import table

    verbs = Counter({"accuse": 10, "say": 100, "sell": 10})
    pairs = Counter({("accuse", "of"): 8, ("say", "in"): 20, ("sell", "in"): 2, ("sell", "to"): 6})
    assert table(verbs, pairs) == {"accuse": ["of"], "sell": ["to"]}


def test_light_verb_with_event_noun_is_kept(read):
    ex = read("The minister of Ruritania, Jan Novak, made a speech in Paris on Monday.")
    assert any(e.type == "Statement" and e.trigger == "speech" for e in ex.events), ex.events


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("Falling demand and a strong euro have hit exports.", False),
        ("Profits were hit by the rise in oil prices.", False),
        ("Rebels hit the town of Goma with rockets.", True),
        ("Israeli jets struck Gaza on Monday.", True),
        ("Fiat said it had been hit by a strike by workers at a supplier.", False),
        ("Pilots went on strike over pay.", False),
        ("Last winter the rail unions carried out strikes across the north.", False),
        ("The air force carried out strikes across the north.", True),
        ("A missile hit the building on Sunday.", True),
        # attacked in words: for a reason, over an issue, as something
        ("Tom Hale will attack the Greens for wanting to close schools.", False),
        ("Tom Hale attacked the Greens over their handling of the war.", False),
        ("Rebels attacked the base over the weekend.", True),
        ("Tom Hale hit the post in the second half.", False),
        # … and a plan, a law or a policy, by anyone
        ("Airlines have attacked the new legislation.", False),
        ("Ministers attacked Green Party plans for a new tax rate.", False),
        ("Militants attacked the police station in the capital.", True),
    ],
)
def test_hit_and_strike_are_attacks_only_between_actors_or_places(read, text, attack):
    ex = read(text)
    assert any(e.type == "Attack" for e in ex.events) is attack, [(e.type, e.label) for e in ex.events]


def test_sentence_adverbs_are_no_participants(read):
    ex = read("On the contrary, farmers and miners can work together.")
    assert not [r for r in ex.relations if "contrary" in _obj(r)], sorted(facts(ex))


# ---- 11. attribution and hedges: hearers, unresolved speakers, modality of complements -----------


def test_the_one_told_is_a_recipient_not_what_was_said(read):
    ex = read("Ellen Simonetti told the Daily Planet that she was sacked.")
    assert ("Ellen Simonetti", "told", "Daily Planet") in facts(ex), sorted(facts(ex))
    assert not [r for r in ex.relations if r.predicate == "said" and _obj(r) == "Daily Planet"]


def test_an_unresolved_speaker_leaves_what_was_said_out(read):
    # blind audits found three in four facts said by an unresolved "he" wrong: said, but by whom?
    ex = read("Fans will buy the game at midnight, he said.")
    assert not [r for r in ex.relations if r.predicate == "buy"], sorted(facts(ex))
    ex = read("Tom Hale runs the shop. Fans will buy the game at midnight, he said.")
    bought = [r for r in ex.relations if r.predicate == "buy"]
    assert bought and all(r.attribution == "Tom Hale" for r in bought), sorted(facts(ex))


def test_modal_governor_scopes_over_its_infinitive(read):
    ex = read("The utility will help users remove spyware.")
    removed = [r for r in ex.relations if r.predicate == "remove"]
    assert removed and all(r.modality == "future" for r in removed)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Instead of cutting taxes, the Dutch government raised spending.", "cut"),
        ("Acme Corp sold the shares without telling investors.", "tell"),
        ("Rather than sell the plant, Acme Corp closed it.", "sell"),
        ("Acme Corp closed the plant instead of selling it to Globex.", "sell-to"),
    ],
)
def test_what_was_not_done_is_negated(read, text, predicate):
    ex = read(text)
    rels = [r for r in ex.relations if r.predicate == predicate]
    assert rels and all(r.negated for r in rels), sorted(facts(ex))


def test_telling_someone_a_fact_is_no_demand(read):
    ex = read("Acme Corp told investors it was cutting jobs.")
    cut = [r for r in ex.relations if r.predicate == "cut"]
    assert cut and not any(r.modality for r in cut), sorted(facts(ex))
    ex = read("Acme Corp warned users to update their software.")
    assert {r.modality for r in ex.relations if r.predicate == "update"} == {"demanded"}, sorted(facts(ex))


def test_an_object_that_is_the_subject_of_a_clause_after_it_is_not_what_was_found(read):
    ex = read("A new survey has found fewer children over the age of ten are attending ballet classes.")
    assert not [r for r in ex.relations if r.predicate == "find"], sorted(facts(ex))


def test_a_condition_covers_the_verbs_joined_to_its_own(read):
    ex = read("The key is if Gerrard comes out and says that he is happy.")
    said = [r for r in ex.relations if r.predicate == "said"]
    assert said and all(r.modality == "conditional" for r in said), sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "predicate", "modality", "negated"),
    [
        # a condition with its auxiliary first and no "if"
        (
            "Should Acme Corp settle the dispute with Globex, we will lift the ban.",
            "settle",
            "conditional",
            False,
        ),
        # what someone almost did, they did not
        ("Tom Hale almost headed Leeds in front before the break.", "head", "failed", True),
        # a condition after a preposition: "a plan for if …"
        ("Tom Hale set out a tax plan for if the Greens win the next election.", "win", "conditional", False),
        # what a law stops someone doing, in the parser's clause without "from"
        ("Federal laws stop net firms handing over copies of messages.", "hand-over", None, True),
        # a challenge to do something is a demand
        ("Mr Hale challenged the Treasury to open up its books.", "open-up", "demanded", False),
        # what a win brought about is done
        ("Moya beat Tom Hale to end the challenge of the US.", "end", None, False),
        # what something could force someone to do may happen
        ("The injury could force Tom Hale to miss the entire tournament.", "miss", "possibility", False),
    ],
)
def test_conditions_preventions_challenges_and_results(read, text, predicate, modality, negated):
    ex = read(text)
    rels = [r for r in ex.relations if r.predicate == predicate]
    assert rels and all((r.modality, r.negated) == (modality, negated) for r in rels), sorted(
        (r.predicate, r.modality, r.negated) for r in ex.relations
    )


def test_what_someone_was_wrongly_convicted_of_is_denied_and_not_their_claim(read):
    ex = read(
        "One of the so-called Leeds Four, Tom Hale - who was wrongly convicted of planting the bombs - said "
        "the families were delighted."
    )
    planted = [r for r in ex.relations if r.predicate == "plant"]
    assert planted and all((r.modality, r.attribution) == ("denied", None) for r in planted), sorted(
        (r.predicate, r.modality, r.attribution) for r in ex.relations
    )


def test_treading_the_boards_and_a_new_chapter_are_idioms(read):
    ex = read("Stars such as Lily Langtry have trodden its boards, and Saints hope to write another chapter.")
    assert not [r for r in ex.relations if _obj(r) in ("boards", "chapter")], sorted(facts(ex))
    ex = read("Kelly Holmes hit the front with 200m to go.")
    assert not [r for r in ex.relations if _obj(r) == "front"], sorted(facts(ex))


def test_hitting_upon_an_idea_is_no_attack(read):
    ex = read("Tom Hale hit upon the idea of translating colours into sounds. Rebels hit the town.")
    assert [e.trigger for e in ex.events if e.type == "Attack"] == ["hit"], [
        (e.type, e.label) for e in ex.events
    ]
    assert ("Rebels", "attacked", "town") in facts(ex), sorted(facts(ex))


def test_what_stood_against_a_deed_is_no_participant(read):
    ex = read("Despite some rave reviews from critics, Tom Hale won the award.")
    assert not [r for r in ex.relations if "reviews" in _obj(r)], sorted(facts(ex))


def test_hope_is_a_wish(read):
    ex = read("Acme Corp hopes to open a factory in Leeds.")
    opened = [r for r in ex.relations if r.predicate == "open"]
    assert opened and all(r.modality == "desire" for r in opened), sorted(facts(ex))


def test_a_name_followed_by_its_own_verb_is_not_what_was_revealed(nlp):
    # the small parser's reading of a sentence seen in news: the name as object, "are" as the clause
    words = ["Parry", "revealed", "Leeds", "are", "in", "talks", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 1, 3, 4, 1],
        deps=["nsubj", "ROOT", "dobj", "ccomp", "prep", "pobj", "punct"],
        tags=["NNP", "VBD", "NNP", "VBP", "IN", "NNS", "."],
    )
    assert _subject_of_clause_after(doc[1], doc[2])
    doc[3].tag_ = "VBG"  # "revealed Leeds, signing …": no finite clause, Leeds stays the object
    assert not _subject_of_clause_after(doc[1], doc[2])


def test_the_means_shares_the_modality_of_what_it_serves(read):
    ex = read("Users would swap files by exchanging data over the network.")
    assert {r.modality for r in ex.relations if r.predicate == "exchange"} == {"conditional"}, sorted(
        facts(ex)
    )


def test_a_noun_tagged_verb_with_subject_and_object_is_read_as_a_verb(read):
    got = facts(read("Acme Corp cut costs by closing two plants."))
    assert ("Acme Corp", "cut", "costs") in got, sorted(got)


def test_a_raised_subject_does_what_its_infinitive_says(read):
    ex = read(
        "Globex previously offered £1.3bn, while Acme Corp is rumoured to have facilities in place to fund "
        "a £1.4bn cash bid."
    )
    funders = {r.subject.label for r in ex.relations if r.predicate == "fund"}
    assert funders == {"Acme Corp"}, sorted(facts(ex))


def test_an_owner_split_off_its_noun_is_not_the_object(read):
    ex = read("Launching the Department for Transport's plan, Lord Hale said it was overdue.")
    assert not [r for r in ex.relations if r.predicate == "launch"], sorted(facts(ex))


def test_an_expected_doer_is_no_patient_and_does_what_is_expected(read):
    ex = read("Mr Hale also expected many PC makers to release copycat devices.")
    assert not [r for r in ex.relations if r.predicate == "expect"], sorted(facts(ex))
    ex = read("Despite this, traders expect Acme Corp to buy Japan Tobacco.")
    assert {r.subject.label for r in ex.relations if r.predicate == "buy"} == {"Acme Corp"}, sorted(facts(ex))


def test_an_idiom_keeps_its_noun_with_its_preposition(read):
    got = facts(read("Mr Hale, who called time on his career earlier this year, said it."))
    assert [f for f in got if f[:2] == ("Hale", "called time on")], sorted(got)
    assert not [f for f in got if f[1] == "called on"], sorted(got)
    got = facts(
        read(
            "Tom Hale has thrown his support behind a new scheme. Ann Lowe threw her weight behind Tom Hale."
        )
    )
    assert {
        ("Tom Hale", "thrown support behind", "new scheme"),
        ("Ann Lowe", "threw weight behind", "Tom Hale"),
    } <= got


def test_an_idiom_noun_or_a_plan_does_not_do_what_its_infinitive_says(read):
    ex = read("Critics say the new phone will go a long way to help Acme Corp win customers.")
    assert not [r for r in ex.relations if "way" in r.subject.label], sorted(facts(ex))


def test_used_to_is_no_longer_so(read):
    ex = read("Mr Hale, who used to work for Acme Corp, knew the risks.")
    assert {r.modality for r in ex.relations if r.subject.label == "Hale" and "Acme" in _obj(r)} == {"former"}
    ex = read("Acme Corp used text messages to tell customers.")
    assert not [r for r in ex.relations if r.modality == "former"], sorted(facts(ex))


def test_for_someone_to_do_something_makes_them_the_doer(read):
    ex = read("The talks began despite a demand for Acme Corp to sell the plant.")
    assert {r.subject.label for r in ex.relations if r.predicate == "sell"} == {"Acme Corp"}, sorted(
        facts(ex)
    )


def test_striking_a_deal_is_no_attack(read):
    ex = read("Acme Corp is also trying to strike a similar deal with Globex.")
    assert not [e for e in ex.events if e.type == "Attack"], [(e.type, e.label) for e in ex.events]
    ex = read("The army struck the rebels' camps.")
    assert [e for e in ex.events if e.type == "Attack"], [(e.type, e.label) for e in ex.events]


def test_a_scale_glued_to_a_number_is_not_part_of_a_group_label(read):
    got = facts(read("Some 4.5m workers backed the pay deal."))
    assert ("workers", "backed", "pay deal") in got, sorted(got)


def test_the_beaten_side_does_not_win(read):
    ex = read("The British quartet shocked the Americans to win relay gold in Athens.")
    assert not [
        r for r in ex.relations if r.predicate.startswith("win") and r.subject.label == "United States"
    ]


def test_a_light_verbs_object_misread_as_a_clause_says_nothing(read):
    ex = read(
        "Jim Hale hopes to impress when he makes his Tri Nations debut for Wales against France on Sunday."
    )
    assert not [r for r in ex.relations if "Nations" in r.subject.label], sorted(facts(ex))


def test_a_nationality_with_an_age_is_a_person_not_the_country(read):
    ex = read('Speaking to reporters, the 24-year-old Swiss added: "There will not be as many people."')
    assert not [r for r in ex.relations if r.subject.label == "Switzerland"], sorted(facts(ex))


def test_an_idiom_object_with_its_preposition(read):
    got = facts(read("Mr Hale, who cast doubt on the injury claims, spoke on Monday."))
    assert [f for f in got if f[:2] == ("Hale", "cast doubt on")], sorted(got)


def test_what_is_set_aside_with_rather_than_is_not_stated(read):
    got = facts(
        read("Traditionally, Acme Corp is known as a design-led firm rather than as a mass-market maker.")
    )
    assert ("Acme Corp", "known as", "design-led firm") in got and not [f for f in got if "maker" in f[2]]


def test_the_accused_did_the_deed_and_it_is_alleged(read):
    ex = read("Senator Tom Hale accused ministers of turning Britain into a dumpsite.")
    turning = [r for r in ex.relations if r.predicate == "turn"]
    assert turning and {(r.subject.label, r.modality) for r in turning} == {("ministers", "alleged")}


def test_what_a_thing_is_used_to_do_after_a_comma_is_its_purpose_not_a_past_habit(read):
    # a participle after a comma, however the parser reads it
    ex = read(
        "The suit comes weeks before the Acme Corp conference in Boston, used to showcase new products."
    )
    got = [r.modality for r in ex.relations if r.predicate_label == "showcase"]
    assert got == ["purpose"], sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "predicate", "doer"),
    [
        ("Alex Ferguson talked Ryan Giggs into extending his career.", "extending", "Ryan Giggs"),
        ("Police charged John Smith with murdering his neighbour.", "killed", "John Smith"),
        (
            "Supporters credit Nursultan Nazarbayev with promoting accord.",
            "promoting",
            "Nursultan Nazarbayev",
        ),
    ],
)
def test_the_one_talked_into_or_charged_with_a_deed_does_it(read, text, predicate, doer):
    ex = read(text)
    assert {r.subject.label for r in ex.relations if r.predicate_label == predicate} == {doer}, sorted(
        facts(ex)
    )


def test_what_someone_was_stopped_from_doing_is_negated(read):
    ex = read("The court stopped Acme Corp from buying Globex.")
    buys = [r for r in ex.relations if r.predicate == "buy"]
    assert buys and all(r.negated and r.subject.label == "Acme Corp" for r in buys), sorted(facts(ex))


def test_a_fronted_with_phrase_names_no_participant(read):
    ex = read("But with more people on broadband, telcos are looking for new ways to make money.")
    assert not [r for r in ex.relations if r.predicate_label.endswith(" with")], sorted(facts(ex))


def test_set_to_is_expected(read):
    ex = read("Asia is set to drive global media growth to 2008.")
    assert {r.modality for r in ex.relations if r.predicate == "drive"} == {"expected"}, sorted(facts(ex))


def test_on_course_to_is_expected(read):
    ex = read("Tom Hale said he was on course to meet the golden rule of borrowing.")
    assert {r.modality for r in ex.relations if r.predicate == "meet"} == {"expected"}, [
        (r.predicate, r.modality) for r in ex.relations
    ]


def test_a_negation_does_not_reach_an_absolute_with_clause(read):
    ex = read(
        "Tom Hale did not play in the win despite recovering from injury, with boss Piet Berg claiming it had "
        "been a difficult time."
    )
    said = [r for r in ex.relations if r.predicate == "said"]
    assert said and not any(r.modality for r in said), sorted(facts(ex))


def test_likening_is_no_accusation(read):
    ex = read("Mr Hale has likened the aid package to the Marshall Plan.")
    assert not [r for r in ex.relations if r.predicate_label == "accused"], sorted(facts(ex))
    assert not [e for e in ex.events if e.type == "Accusation"]


def test_what_someone_stops_doing_has_ended(read):
    ex = read("Acme Corp said it would stop selling VHS machines in favour of DVD recorders.")
    sold = [r for r in ex.relations if r.predicate.startswith("sell")]
    assert sold and {r.modality for r in sold} == {"ended"}, sorted(facts(ex))
    assert not [r for r in sold if "DVD" in _obj(r)], sorted(facts(ex))


def test_an_if_clause_that_is_asked_about_is_uncertain(read):
    ex = read(
        "Acme Corp has yet to reveal its prices or if it will charge a subscription fee for the service."
    )
    charges = [r for r in ex.relations if r.predicate.startswith("charge")]
    assert all(r.modality == "uncertain" for r in charges), sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Acme Corp has yet to reveal its prices.", "reveal"),
        ("Leeds are yet to concede a goal in their Cup run.", "concede"),
    ],
)
def test_what_is_yet_to_be_done_is_not_done(read, text, verb):
    ex = read(text)
    rels = [r for r in ex.relations if r.predicate == verb]
    assert rels and all(r.negated and not r.modality for r in rels), sorted(facts(ex))


def test_a_reply_is_attributed_like_a_statement(read):
    ex = read(
        'But a government official responded: "Even so, the UK pays more than France contributes to the budget."'
    )
    rels = [r for r in ex.relations if r.predicate.startswith("contribute")]
    assert rels and all(r.attribution for r in rels), sorted(facts(ex))


def test_the_amount_of_someone_elses_thing_is_not_the_subjects(read):
    ex = read("President Anna Berg has called the UK's £3bn rebate unjustified.")
    assert not [r for r in ex.relations if isinstance(r.object, Literal) and r.object.unit], sorted(facts(ex))


def test_a_phrasal_verb_in_its_own_sense_keeps_its_particle(read):
    got = facts(read("Mr Hale has pledged to write off the debt owed to Britain."))
    assert [f for f in got if f[1] == "write off"], sorted(got)


def test_what_someone_declines_to_do_is_refused(read):
    ex = read("White House spokesman Scott Hale declined to elaborate on the policy.")
    rels = [r for r in ex.relations if r.predicate.startswith("elaborate")]
    assert rels and {r.modality for r in rels} == {"refused"}, sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Barcelona have to face the likes of Real Madrid each season.",
            ("Barcelona", "face", "Real Madrid"),
        ),
        (
            "During November the UK exported £16.9bn worth of goods.",
            ("United Kingdom", "exported", "£16.9bn"),
        ),
        ("During November the UK exported £16.9bn worth of goods.", ("United Kingdom", "exported", "goods")),
    ],
)
def test_the_likes_of_and_the_worth_of_name_what_they_frame(read, text, fact):
    got = facts(read(text))
    assert fact in got and not [f for f in got if f[2] in ("likes", "worth of goods")], sorted(got)


def test_a_phrase_summing_up_the_deed_after_a_comma_is_no_object(read):
    got = facts(
        read("Argentina defaulted on its debt three years ago, the biggest default in modern history.")
    )
    assert ("Argentina", "defaulted on", "debt") in got and not [f for f in got if f[1] == "defaulted"], got
    got = facts(read("Acme Corp bought, for a small sum, the Leeds plant."))
    assert ("Acme Corp", "bought", "Leeds plant") in got, sorted(got)


def test_a_thing_beside_a_direct_object_goes_with_the_object(read):
    got = facts(read("Jose Mourinho lost his best striker to a serious injury."))
    assert not [f for f in got if f[1] == "lost to"], sorted(got)
    got = facts(read("Gordon Brown doubled the threshold in the Budget."))
    assert ("Gordon Brown", "doubled", "threshold") in got and not [f for f in got if f[1] == "doubled in"]
    got = facts(read("Tony Blair distanced himself from the posters."))
    assert ("Tony Blair", "distanced from", "posters") in got, sorted(got)


# ---- 8. relative clauses and participles: the right agent ------------------------------------------


def test_who_needs_a_person_and_which_a_thing(read):
    ex = read(
        "Researchers built a virtual person, which can react to behaviour. "
        "Shops sell downloads to fans who travel to the record shop."
    )
    assert ("fans", "travel to", "record shop") in facts(ex), sorted(facts(ex))
    assert not [
        r for r in ex.relations if r.subject.label == "downloads" and r.predicate_label.startswith("travel")
    ]
    assert not [
        r for r in ex.relations if r.subject.label == "virtual person" and r.predicate_label == "react to"
    ]


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        # a name used to do something does nothing: the user does it, named or not
        ("Tom Hale and Ann Berg have been used to try to con people into opening files.", set()),
        ("Tom Hale was used by Acme Corp to lobby the Senate.", {"Acme Corp"}),
        ("Tom Hale was forced to sell Globex.", {"Tom Hale"}),
        # what something led, prompted or drove someone to do, they do, however the parser hangs it
        ("Acme Corp makes tea. The dispute has led Acme Corp to consider selling Globex.", {"Acme Corp"}),
    ],
)
def test_the_doer_of_what_someone_was_used_for_is_the_user(read, text, doers):
    ex = read(text)
    assert {
        r.subject.label for r in ex.relations if r.predicate in ("con", "open", "lobby", "sell")
    } == doers, sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a participle of consequence after a reported clause is the reported event's, not the speaker's
        ("Tom Hale said that 92 flights were delayed by an hour, affecting 17,000 passengers.", "affecting"),
        # a deed in what a described piece of work involves has no one named to do it
        (
            (
                "Acme Corp launched the service. Tom Hale said it was taking the roll-out to other areas "
                "slowly because of the work involved in setting up the scheme, getting backers from local "
                "government and educating people how to make programmes."
            ),
            "educating",
        ),
    ],
)
def test_the_speaker_does_not_do_what_the_reported_clause_leaves_undone(read, text, predicate):
    ex = read(text)
    assert not [r for r in ex.relations if r.predicate_label == predicate], sorted(facts(ex))


def test_a_described_name_is_who_is_set_to_do_it(read):
    ex = read("And Leeds' 18-year-old centre Mathew Tait is set to stand in alongside team-mate Jamie Noon.")
    assert {r.subject.label for r in ex.relations if r.predicate.startswith("stand")} == {"Mathew Tait"}, (
        sorted(facts(ex))
    )


def test_a_speaker_that_reports_about_itself_as_it_is_no_person(read):
    ex = read("Peugeot said it had been hit by a shortage of parts.")
    assert {e.label: e.type for e in ex.entities}.get("Peugeot") == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        'Tom Hale expressed his relief. Hale said: "It\'s expected of us to get through."',
        '"It\'s expected of the club to win," Wayne Rooney said.',
    ],
)
def test_it_in_a_speakers_own_words_is_not_the_speaker(read, text):
    ex = read(text)
    assert {e.type for e in ex.entities if e.label in ("Tom Hale", "Wayne Rooney")} == {"Person"}


def test_a_named_work_or_product_is_no_actor(read):
    ex = read("Nintendo's GameCube Advance is the top gadget for 2005. It beats the iPod.")
    assert ("Nintendo", "owns", "GameCube Advance") in facts(ex)
    assert {e.label: e.type for e in ex.entities}.get("GameCube Advance") == "Concept"
    assert not [r for r in ex.relations if r.predicate_label == "beats"], sorted(facts(ex))


def test_the_briton_is_a_person_of_that_nationality_never_an_organisation(read):
    ex = read("Kenyan Susan Chepkemei will run. The Kenyan beat her rival.")
    assert not [e for e in ex.entities if e.label in ("Kenyan", "Kenya")], [
        (e.label, e.type) for e in ex.entities
    ]
    assert any(r.subject.label == "Susan Chepkemei" and r.predicate_label == "beat" for r in ex.relations)


def test_a_surname_joins_its_full_name_and_a_name_after_a_nationality_is_a_person(read):
    ex = read(
        "Canadian Milos Raonic reached the final in Adelaide. Raonic will meet Rafael Nadal on Sunday. "
        "Raonic said he was pleased."
    )
    types = {e.label: e.type for e in ex.entities}
    assert types.get("Milos Raonic") == "Person", types
    assert "Raonic" not in types, types


def test_a_name_a_bodys_noun_opens_is_no_surname_of_its_namesake(read):
    # the band is named after a person who bears its name as a surname: two nodes, whatever the models read
    ex = read(
        "Rock band Marlowe built up a loyal following in 2004. The band's name was inspired by Julia "
        "Marlowe, a Victorian actress. Marlowe moved into a farmhouse in Devon to record their debut album."
    )
    types = {e.label: e.type for e in ex.entities}
    assert types.get("Marlowe") == "Organization" and types.get("Julia Marlowe") == "Person", types
    assert any(r.subject.label == "Marlowe" and r.predicate_label == "moved into" for r in ex.relations)


def test_a_firms_name_in_the_plural_is_its_wares(read):
    ex = read(
        "Ford makes Volvo cars in Sweden. Volvo lost money last year. Ford is building Volvos in China. "
        "The Conservative party said the Conservatives would cut taxes."
    )
    types = {e.label: e.type for e in ex.entities}
    assert types.get("Volvos") == "Concept" and types.get("Volvo") == "Organization", types
    assert types.get("Conservatives") != "Concept", types  # a party's members


def test_a_name_opening_with_a_possessive_is_a_title_not_a_person(read):
    ex = read("Her final role was in a revival of My Fair Lady at the Old Vic.")
    assert not [e for e in ex.entities if e.type == "Person"], [(e.label, e.type) for e in ex.entities]


@pytest.mark.parametrize(
    "text, cls",
    [
        # a town listed with clubs named as clubs is a side; listed with towns, a town
        ("The last 16 includes AC Milan, Bayer Leverkusen, Juventus and Marseille.", "Organization"),
        ("Tom Hale visited Madrid, Paris and Marseille in May.", "Location"),
    ],
)
def test_a_name_listed_with_clubs_is_a_side(read, text, cls):
    types = {e.label: e.type for e in read(text).entities}
    assert types.get("Marseille") == cls, types


def test_a_towns_name_listed_with_places_is_the_town(read):
    types = {e.label: e.type for e in read("Tom Hale visited Madrid, Paris and Lyon in May.").entities}
    assert types.get("Lyon") == "Location", types


def test_countries_that_beat_each_other_are_national_teams(read):
    ex = read("France beat Ireland 19-12 in Dublin on Saturday.")
    types = {e.label: e.type for e in ex.entities}
    assert types.get("France") == types.get("Ireland") == "Organization", types
    # … and so do those that shock each other, however they did it
    types = {e.label: e.type for e in read("Argentina shocked Ireland with a late try in Dublin.").entities}
    assert types.get("Argentina") == types.get("Ireland") == "Organization", types


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("The studio won a slice of the profits from the films.", "slice"),
        ("She became a star in her own right.", "right"),
        ("Sales of cars rose in terms of volume.", "terms"),
        # the rest of what was said before is no thing of its own
        ("Acme Corp will own 30% of the mine, with Globex owning the rest.", "rest"),
        # "such X" takes up what was said before; alone it names nothing
        ("Tom Hale revels in such occasions.", "occasions"),
    ],
)
def test_idioms_and_partitives_are_no_participants(read, text, junk):
    got = facts(read(text))
    assert not [f for f in got if junk in f[2]], sorted(got)


def test_a_hyphenated_word_ending_in_a_role_noun_is_no_role(read):
    got = facts(read("Leicester tight-head Julian White suffered a neck injury."))
    assert not [f for f in got if f[1] in ("holds role", "head of")], sorted(got)


def test_an_ex_title_is_a_former_post(classified):
    ex = classified("Tory ex-minister Douglas Hale said he opposed the plans.")
    posts = [
        r
        for r in ex.relations
        if r.subject.label == "Douglas Hale" and r.predicate in ("holdsRole", "worksFor")
    ]
    assert len(posts) == 2 and all(r.modality == "former" for r in posts), sorted(facts(ex))


def test_the_field_of_a_role_is_no_employer_when_the_employer_is_named(read):
    got = facts(read("Anna Berg, director of research at Acme Corp, resigned."))
    # the field is part of the title: "director of research", held at Acme Corp
    assert ("Anna Berg", "director of research at", "Acme Corp") in got, sorted(got)
    assert not any(o == "research" for _, _, o in got), sorted(got)
    assert ("Ruth Kaplan", "head of", "tax office") in facts(
        read("Ruth Kaplan, head of the tax office, resigned.")
    )


def test_an_indefinite_role_noun_is_not_the_holder_named_before(read):
    ex = read(
        'The plan was criticised by Tim Hale, the Tory spokesman. "The bill will take a decade," a spokesman said.'
    )
    assert not [r for r in ex.relations if r.predicate == "said"], sorted(facts(ex))


def test_an_organisation_name_opening_with_the_has_no_dateline(read):
    ex = read("The US Department of Justice charged two men.")
    assert not [e for e in ex.entities if e.label == "The"], [e.label for e in ex.entities]


def test_a_name_after_a_comma_places_a_place_only_when_it_is_aknown_place(classified):
    assert ("Kirkuk", "located in", "Iraq") in facts(classified("The blast hit Kirkuk, Iraq on Monday."))
    got = facts(classified("He was born in Springfield, Illinois, and moved to Leeds."))
    assert ("Springfield", "located in", "Illinois") in got, sorted(got)
    known = {
        label: known_place(Entity(f"location/{label}", label, kind))
        for label, kind in [
            ("Maloney", "Location"),
            ("Leeds", "Location"),
            ("Wales", "Location"),
            ("Ohio", "Location"),
            ("Peru", "Country"),
            ("Asia", "Location"),
        ]
    }
    assert known == {"Maloney": False, "Leeds": True, "Wales": True, "Ohio": True, "Peru": True, "Asia": True}


def test_a_portfolio_word_opening_a_sentence_is_no_organisation(read):
    got = facts(read("Home affairs spokesman Tom Hale told reporters it was wrong."))
    assert ("Tom Hale", "holds role", "Home affairs spokesman") in got, sorted(got)
    assert not [f for f in got if f[2] == "Home"], sorted(got)


def test_the_chancellor_is_not_the_shadow_chancellor(read):
    ex = read(
        'Tory shadow chancellor Tom Hale said: "The battle that civil servants report between the chancellor '
        'and the prime minister is bad."'
    )
    assert not [r for r in ex.relations if r.predicate != "said" and "Tom Hale" in _obj(r)], sorted(facts(ex))


def test_a_number_hyphenated_to_a_noun_stays_in_the_label(read):
    assert ("Tom Hale", "returns to", "22-man squad") in facts(read("Tom Hale returns to the 22-man squad."))


def test_both_x_and_title_y_gives_y_only_the_second_title(read):
    got = facts(read("Both the prime minister and Chancellor Tom Hale have called for urgent action."))
    assert ("Tom Hale", "holds role", "Chancellor") in got, sorted(got)


@pytest.mark.parametrize(
    "noun",
    ["teenagers", "adults", "broadcasters", "operators", "voters", "observers", "foreigners", "extremists"],
)
def test_plural_nouns_for_people_are_groups(read, noun):
    ex = read(f"The minister was talking to {noun} in Leeds.")
    assert {e.type for e in ex.entities if e.label == noun} == {"Group"}, [
        (e.label, e.type) for e in ex.entities
    ]


def test_a_noun_described_with_who_is_no_concept(read):
    ex = read(
        "Leeds brought in centre Tom Hale. The centre, who is in line for a first Tri Nations start against "
        "Wales, will have to wait 48 hours."
    )
    assert not [r for r in ex.relations if r.subject.label == "centre"], sorted(facts(ex))


@pytest.mark.parametrize(
    "text",
    [
        "England beat Wales 11-9 at the Millennium Stadium.",
        "Scotland were beaten 40-13 by Ireland in Dublin.",
    ],
)
def test_home_nations_in_a_match_are_national_sides(read, text):
    ex = read(text)
    sides = {e.label: e.type for e in ex.entities if e.label in ("England", "Wales", "Scotland", "Ireland")}
    assert sides and set(sides.values()) == {"Organization"}, sides


# ---- 13. person nodes: clean labels, no organisations or words ------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Striker Thierry Vance scored twice against the champions on Saturday.", "Thierry Vance"),
        ("Dutchman Arnoud Okken won the race in Madrid.", "Arnoud Okken"),
        ("Former Scots Guardsman Allan Hendry will challenge Mr Ingram.", "Allan Hendry"),
        ("Treasurer Peter Costa said the budget was in surplus.", "Peter Costa"),
        ("Crown Prince Frederik of Denmark married Mary Donaldson.", "Frederik"),
    ],
)
def test_titles_and_demonyms_are_stripped_from_names(read, text, person):
    people = {e.label for e in read(text).entities if e.type == "Person"}
    assert person in people, people


@pytest.mark.parametrize(
    ("word", "demonym"),
    [("Corkman", True), ("Dubliner", True), ("Londoner", True), ("Chairman", False), ("Walker", False)],
)
def test_a_word_for_someone_from_a_city_is_a_demonym(word, demonym):
    assert city_demonym(word) is demonym


def test_a_name_before_a_chief_is_an_organisation_and_a_title_is_no_name(read):
    ex = read("Zentrix chief Jean-Paul Morel held talks. Mr Ruiz, a former CEO at Banco Norte, resigned.")
    types = {e.label: e.type for e in ex.entities}
    assert types.get("Zentrix") == "Organization" and "CEO" not in types, types
    assert ("Jean Paul Morel", "chief of", "Zentrix") in facts(ex) or (
        "Jean-Paul Morel",
        "chief of",
        "Zentrix",
    ) in facts(ex), sorted(facts(ex))


def test_attitude_adjective_reports_like_speech(read):
    ex = read("The Green Party is concerned thousands of residents may not be able to vote.")
    assert any(
        r.subject.label == "Green Party"
        and r.predicate_label == "concerned"
        and _obj(r).startswith("thousands of residents")
        for r in ex.relations
    ), sorted(facts(ex))


def test_apposition_names_the_referent(read):
    ex = read("WorldCom's former financial chief, Scott Sullivan, has said that the firm hid its losses.")
    assert any(r.subject.label == "Scott Sullivan" and r.predicate == "said" for r in ex.relations), sorted(
        facts(ex)
    )


def test_participle_clause_takes_the_main_subject(read):
    ex = read("The army ended the truce with the militia, shelling their camps.")
    assert ("army", "attacked", "camps") in {(r.subject.label, r.predicate, _obj(r)) for r in ex.relations}


def test_a_party_beside_a_place_office_is_membership_and_the_place_is_the_office(read):
    got = facts(read("Chicago's Democratic mayor Rahm Emanuel unveiled the budget."))
    assert ("Rahm Emanuel", "mayor of", "Chicago") in got
    assert ("Rahm Emanuel", "member of", "Democratic") in got
    assert ("Rahm Emanuel", "mayor of", "Democratic") not in got


def test_a_person_of_a_country_is_its_citizen(classified):
    assert ("Kenenisa Bekele", "citizen of", "Ethiopia") in facts(
        classified("Kenenisa Bekele of Ethiopia won the race.")
    )


def test_a_ministers_portfolio_is_part_of_the_title_and_no_employer(read):
    got = facts(read("Tom Hale, Minister for Trade and Industry, resigned on Monday."))
    assert ("Tom Hale", "holds role", "Minister for Trade and Industry") in got, sorted(got)
    assert not [f for f in got if f[2] == "Trade and Industry"], sorted(got)
    got = facts(read("Jane Hale, Minister for the Cabinet Office, resigned on Monday."))
    assert ("Jane Hale", "Minister of", "Cabinet Office") in got, sorted(got)
    got = facts(read("The issue was raised by Trade and Industry Secretary Ann Lowe on Sunday."))
    assert ("Ann Lowe", "holds role", "Trade and Industry Secretary") in got, sorted(got)
    assert not [f for f in got if f[2] == "Trade and Industry"], sorted(got)


def test_a_role_link_is_labelled_with_the_whole_title(read):
    got = facts(read("Spanish Prime Minister Jose Zapatero voiced concerns."))
    assert ("Jose Zapatero", "Prime Minister of", "Spain") in got or (
        "Jose Zapatero",
        "prime minister of",
        "Spain",
    ) in got
    assert not [f for f in got if f[1].lower() == "minister of"], sorted(got)


def test_the_subjects_own_thing_needs_no_owner_in_its_label(read):
    got = facts(read("Unilever is to raise its dividend by 11%."))
    assert ("Unilever", "raise", "dividend") in got, sorted(got)
    # … also where the subject is a pronoun taken up
    got = facts(read("Tom Hale won the Golden Bear award. He dedicated his prize to his late father."))
    assert ("Tom Hale", "dedicated", "prize") in got, sorted(got)


def test_whose_members_and_whose_brands_include(read):
    got = facts(read("Ford, whose brands include Volvo, Jaguar and Mazda, cut jobs."))
    assert {("Ford", "owns", "Volvo"), ("Ford", "owns", "Mazda")} <= got, sorted(got)


# ---- affiliations read off possessives and appositions ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Microsoft's Xbox sold well in December.", ("Microsoft", "owns", "Xbox")),
        ("Coldplay's Chris Martin sang two songs.", ("Chris Martin", "member of", "Coldplay")),
        (
            "Perrier, the French mineral water owned by Nestle, has been hit by strikes.",
            ("Nestle", "owned", "Perrier"),
        ),
    ],
)
def test_affiliations_from_possessives_and_appositions(read, text, fact):
    ex = read(text)
    assert fact in facts(ex), sorted(facts(ex))


# ---- merging mentions: acronyms, first names, singular and plural group words ---------------------


@pytest.mark.parametrize(
    ("text", "label", "cls"),
    [
        ("General Motors cut jobs. GM said sales fell.", "General Motors", "Organization"),
        ("Nordvik Ltd cut 300 jobs. Nordvik said sales fell.", "Nordvik Ltd", "Organization"),
        ("Susan Kiprop won in Boston. Susan said the race was hard.", "Susan Kiprop", "Person"),
        ("Mr Hale, writing in the Sentinel newspaper, outlined his plan.", "Sentinel", "Organization"),
        ("The Maguire Seven were cleared by the Court of Appeal.", "Maguire Seven", "Group"),
    ],
)
def test_mentions_merge_into_one_typed_node(read, text, label, cls):
    ex = read(text)
    ends = {
        (n.id, n.label, n.type) for r in ex.relations for n in (r.subject, r.object) if isinstance(n, Entity)
    }
    named = {(i, t) for i, lab, t in ends if label.split()[0] in lab.split()}
    assert len(named) == 1 and next(iter(named))[1] == cls, sorted(ends)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Ministers published the Gambling Bill. Critics say the bill will liberalise the rules.",
            "Gambling Bill",
        ),
        (  # two bills: "the bill" takes up neither
            (
                "Ministers published the Gambling Bill and the Licensing Bill. Critics say the bill will "
                "liberalise the rules."
            ),
            None,
        ),
    ],
)
def test_a_bare_the_x_takes_up_the_one_name_ending_in_x(read, text, doer):
    got = facts(read(text))
    assert {s for s, p, _ in got if p == "liberalise"} == ({doer} if doer else set()), sorted(got)


@pytest.mark.parametrize(
    ("text", "cls", "expected"),
    [
        ("Yukos has been hit with more than $27bn in taxes and fines.", "Attack", False),
        ("Rebels hit the convoy with rockets.", "Attack", True),
        ("Sara Cox will host the lunchtime show from April.", "Meeting", False),
        ("Leeds will host the summit in May.", "Meeting", True),
        ("The ministry will withdraw the regulations.", "Movement", False),
        ("Tom Hale sent his header wide.", "Movement", False),
        ("Britain deployed troops to Iraq.", "Movement", True),
        ("Spain withdrew from Iraq.", "Movement", True),
        ("The Tories are not asking the critical questions.", "Demand", False),
        ("Acme Corp asked Globex Inc to pay.", "Demand", True),
        ("Acme Corp asked for help.", "Demand", True),
    ],
)
def test_a_bill_is_no_blow_a_show_no_meeting_a_rule_withdrawn_no_move_a_question_no_demand(
    read, text, cls, expected
):
    ex = read(text)
    assert any(ev.type == cls for ev in ex.events) is expected, [(ev.type, ev.label) for ev in ex.events]


def test_a_firm_is_not_its_arm_in_a_region(read):
    got = facts(read("Sony Europe boss Chris Deering said sales rose. Sony said it would cut prices."))
    assert ("Chris Deering", "boss of", "Sony Europe") in got, sorted(got)
    assert {s for s, p, _ in got if p == "said"} == {"Chris Deering", "Sony"}, sorted(got)


def test_a_state_body_keeps_whose_it_is_and_a_charge_is_no_part_of_the_accused(read):
    got = facts(read("Mr Yushchenko's administration has accused its predecessor of corruption."))
    assert ("Yushchenko's administration", "accused", "predecessor") in got, sorted(got)


def test_a_described_body_keeps_the_name_that_says_whose_it_is(read):
    got = facts(read("The 8,000 residents of Engerwitzdorf run a net-based TV station."))
    assert {s for s, p, _ in got if p == "run"} == {"residents of Engerwitzdorf"}, sorted(got)
    got = facts(read("Listeners of Virgin Radio, which compiled the list, voted for Keane."))
    assert {s for s, p, _ in got if p == "voted for"} == {"Listeners of Virgin Radio"}, sorted(got)
    got = facts(read("Officials of the company said profits rose."))
    assert {s for s, p, _ in got if p == "said"} == {"Officials"}, sorted(got)
    got = facts(read("The leaders of the four delegations signed the deal in Bonn."))
    assert {s for s, p, _ in got if p == "signed in"} == {"leaders of the four delegations"}, sorted(got)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Nigerian government will pump money into farms. The government said it was needed.",
            "Nigerian government",
        ),
        (
            "The State Audit Agency ordered the works to stop. The agency said they broke the law.",
            "State Audit Agency",
        ),
        # two governments, or someone's government: no one to take up
        (
            "The British government and the Turkish government met. The government said it was needed.",
            None,
        ),
        ("The Nigerian government cut taxes. Mr Hale said his government would raise them.", None),
        # armed forces and police alike; police need no article
        ("The Iraqi military fired on the jets. The military said they had left.", "Iraqi military"),
        (
            "The fire is being looked into by Illawarra police. Police said it was lit on purpose.",
            "Illawarra police",
        ),
        # a kind of police is no one force: "Police" stays as the text has it
        ("Riot police moved into the square. Police said it was needed.", "Police"),
    ],
)
def test_the_government_takes_up_the_one_government_described(read, text, speaker):
    ex = read(text)
    said = {r.subject.label for r in ex.relations if r.predicate_label == "said"} - {"Hale"}
    assert said == ({speaker} if speaker else set()), sorted(facts(ex))
    if speaker is None:
        raised = {r.subject.label for r in ex.relations if r.predicate_label == "raise"}
        assert "Nigerian government" not in raised, sorted(facts(ex))


def test_a_counted_body_of_people_keeps_its_count(read):
    ex = read(
        "Officials found more than 7,000 people had entered the UK. In June 856,600 people were waiting for "
        "treatment. The two firms said they would merge. Nearly 20% more UK top 250 firms produced reports."
    )
    got = facts(ex)
    assert ("more than 7,000 people", "entered", "United Kingdom") in got, sorted(got)
    assert ("856,600 people", "waiting for", "treatment") in got, sorted(got)
    assert not any(s == "people" for s, _, _ in got), sorted(got)
    assert not any("two firms" in s for s, _, _ in got), sorted(got)  # taken up, not counted
    assert not any(s.startswith("250") for s, _, _ in got), sorted(got)  # ranked, not counted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mr Howard, whose parents fled the Nazi threat, spoke.", None),
        ("Martin Ward said members did not like the funds.", None),
        ("The singer said his friends had left the band.", None),
        ("Members of the Halle Orchestra criticised the new pay deal.", "Members of the Halle Orchestra"),
        ("Doctors said children were missing school.", "children"),
    ],
)
def test_someones_relatives_the_label_does_not_name_are_no_node(read, text, kept):
    ex = read(text)
    relatives = {"parents", "members", "friends", "Members of the Halle Orchestra", "children"}
    found = {label for label, _ in nodes(ex)} & relatives
    assert found == ({kept} if kept else set()), sorted(facts(ex))


def test_a_persons_time_in_office_is_no_part_of_the_name(read):
    ex = read(
        "President Bush is to send his budget proposals to Congress. Mr Cheney admitted that the budget was "
        "the toughest of the Bush Presidency. The wars wiped out the surplus inherited by President Bush."
    )
    assert {e.label for e in ex.entities if e.type == "Person"} == {"Bush", "Cheney"}, sorted(facts(ex))


def test_an_amount_is_no_entity_even_when_the_trained_recogniser_reads_one(read):
    ex = read(
        "The shortfall is projected to rise to $427bn in 2005. Transport schemes will be scaled back as a "
        "first step towards reducing the deficit to $230bn by 2009. Security would get an extra $2bn."
    )
    assert not [e.label for e in ex.entities if "$" in e.label]


def test_an_amount_the_news_model_reads_into_a_name_is_no_part_of_it(read):
    ex = read("On Tuesday the courts awarded Varig 2bn reais after ruling in favour of its claim.")
    assert "Varig" in {e.label for e in ex.entities}, sorted(nodes(ex))
    assert not [e.label for e in ex.entities if "2bn" in e.label], sorted(nodes(ex))


def test_a_day_the_trained_recogniser_reads_into_a_place_is_no_part_of_it(read):
    ex = read("Police arrested a man in Leeds on Sunday. The team played in Illinois last March.")
    places = {e.label for e in ex.entities if e.type in ("Location", "Place")}
    assert {"Leeds", "Illinois"} <= places, places
    assert not [e.label for e in ex.entities if "Sunday" in e.label or "March" in e.label]


def test_names_a_plural_title_opens_are_people(read):
    ex = read(
        "Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said the practice was unlawful. "
        "Presidents Bush and Putin met in Moscow."
    )
    people = {e.label for e in ex.entities if e.type == "Person"}
    assert {"Bingham", "Steyn", "Hope", "Carswell", "Bush", "Putin"} <= people, sorted(nodes(ex))
    ex = read("Harrington, a professor of political science at Queens College of the City University, died.")
    assert not {e.label for e in ex.entities} & {"College", "College of the City University"}, sorted(
        nodes(ex)
    )


def test_an_actor_acts_in_a_work_and_stays_an_actor(read):
    ex = read(
        "Joey, starring former Friends actor Matt LeBlanc, was best new comedy. Hollywood actor Tom Hanks "
        "said the film was good. Former Tory leader William Hague spoke."
    )
    classes = {(e.label, e.type) for e in ex.entities}
    assert ("Friends", "Concept") in classes and ("Hollywood", "Location") in classes, sorted(classes)
    roles = held_roles(ex)
    assert ("Matt LeBlanc", "actor", None) in roles, sorted(roles)  # left the show, still an actor
    assert ("William Hague", "leader", "former") in roles, sorted(roles)


def test_former_before_a_party_and_a_title_covers_a_peers_post(read):
    # the peerage between the post and the name does not move where "former" is looked for
    ex = read("Former Labour prime minister Lord Hale has died at his home in Kent.")
    posts = {
        (r.predicate_label, _obj(r), r.modality) for r in ex.relations if r.subject.label.endswith("Hale")
    }
    assert ("holds role", "prime minister", "former") in posts, sorted(posts)


def test_a_brief_inside_a_named_body_is_no_employer(read):
    ex = read('"Workers will lose," Andrew Pendleton, Oxfam\'s head of Trade Policy, said.')
    heads = {_obj(r) for r in ex.relations if r.predicate_label == "head of"}
    assert "Trade Policy" not in heads and "Oxfam" in heads, sorted(facts(ex))
    # … and so is a region a demonym names
    ex = read("Acme Corp chief European economist Tom Hale said rates would rise.")
    assert ("European", "Organization") not in nodes(ex), sorted(nodes(ex))
    # a field in lowercase is a brief, named body or not
    ex = read("Tom Hale, head of equities trading at brokers TOV, said shares fell.")
    assert not [r for r in ex.relations if _obj(r) == "equities"], sorted(facts(ex))


def test_a_body_is_never_named_by_half_a_bracket(read):
    ex = read(
        "Mr Yushchenko went to Brussels to meet US President George W Bush and other North Atlantic Treaty "
        "Organisation (Nato) leaders."
    )
    assert not [label for label, _ in nodes(ex) if "(" in label or ")" in label], sorted(nodes(ex))


def test_a_body_of_people_keeps_whose_it_is(read):
    ex = read("China's banks act as cash offices for the state.")
    assert ("China's banks", "Group") in nodes(ex), sorted(nodes(ex))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Police turned protestors away near the base.", "protestors"),
        ("The Financial Services Authority fined 45 banks.", "45 banks"),
        ("Demonstrators blocked the road.", "Demonstrators"),
    ],
)
def test_plural_bodies_of_people_and_firms_are_groups(read, text, label):
    assert (label, "Group") in nodes(read(text))


def test_a_speech_verb_set_off_by_commas_attributes_its_clause(read):
    ex = read(
        "Acme Corp lost money. Total production costs were £1.30 per tonne, Acme Corp said, but prices fell. "
        "Profits, the firm added, fell 3%."
    )
    said = {(r.subject.label, _obj(r)): r.attribution for r in ex.relations}
    assert said[("total production costs", "£1.30")] == "Acme Corp", said
    assert said[("Acme Corp profits", "3%")] == "Acme Corp", said


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a rival with a first name is a person, a firm's rival a firm
        (
            (
                "Tim Henman fought back to defeat British rival Greg Rusedski at the Dubai Championships on "
                "Tuesday. Boeing rival Airbus won the order."
            ),
            {("Greg Rusedski", "Person"), ("Airbus", "Organization")},
        ),
        # a deed that is "his" or "her" own (a firm's is "its")
        (
            (
                "Vertigo by rock giants U2 won three trophies. Mayer also won best male pop vocal performance. "
                "Britney Spears picked up her first ever Grammy for her song Toxic, which was named best dance "
                "recording. Acme Corp raised its prices."
            ),
            {("Britney Spears", "Person"), ("Acme Corp", "Organization")},
        ),
        # … whatever the models read of the surname alone, which then joins the full name; a side loses
        # matches, no side loses "her" games
        (
            (
                "Ethiopia's Tirunesh Dibaba won the race in Edinburgh. Later, Dibaba lost both her races in "
                "Boston. Zvonareva won the first set. Later, Zvonareva lost both her games in Los Angeles."
            ),
            {("Tirunesh Dibaba", "Person"), ("Zvonareva", "Person")},
        ),
        # a role outranks a surname that looks like a place or a press
        (
            (
                '"We think we do," said Mike Lake, a Yukos spokesman. "Fuel efficiency catches the eye," Jim '
                "Press, vice president of Toyota's North American arm, said. Workers left Oxford University Press."
            ),
            {("Mike Lake", "Person"), ("Jim Press", "Person"), ("Oxford University Press", "Organization")},
        ),
        # a nationality the recogniser read into a name is cut off (not from a firm's name)
        (
            (
                "American Taylor Dent caused a shock with a victory over second seed David Nalbandian. "
                "American Home Products cut 300 jobs. People can donate money to the American Red Cross."
            ),
            {
                ("Taylor Dent", "Person"),
                ("American Home Products", "Organization"),
                ("American Red Cross", "Organization"),
            },
        ),
        # a producer of goods is a firm, of the arts a person
        (
            "He cited the sale of Ukrainian steel producer Krivorizhstal as a worry.",
            {("Krivorizhstal", "Organization")},
        ),
        ("Film producer David Puttnam said the deal was good.", {("David Puttnam", "Person")}),
        ("Record producer Mark Ronson said the album was done.", {("Mark Ronson", "Person")}),
        # a machine named after its kind is a thing, a sports meeting named "Games" or "Sevens" an occasion
        (
            (
                "Hitachi has unveiled its first humanoid robot, called Emiew. Kostas Kenteris withdrew from the "
                "Athens Games. England beat Fiji in the Dubai Sevens."
            ),
            {("Emiew", "Concept"), ("Athens Games", "Concept"), ("Dubai Sevens", "Concept")},
        ),
        # a theatre, an arena or a hotel is a building
        (
            "The Kodak Theatre holds 3,300 people. Tom Hale stayed at the Roosevelt Hotel in New York.",
            {("Kodak Theatre", "Location"), ("Roosevelt Hotel", "Location")},
        ),
        # someone with a post of his own is no firm a spokesman is "for"
        (
            '"We support it," said Claude Veron-Reville, a spokesman for EU trade commissioner Peter Mandelson.',
            {("Peter Mandelson", "Person")},
        ),
        # "Lake", "Mount" open the names of places
        (
            "Lake Victoria is large. Tourists flock to Lake Victoria. Climbers scaled Mount Kenya.",
            {("Lake Victoria", "Location"), ("Mount Kenya", "Location")},
        ),
        # a city's name and a compass word: a seat or a district, whatever the models read
        ("Tom Hale has represented Derby South since 1992.", {("Derby South", "Location")}),
        # what is unveiled or released is a product or a work, no body
        ("Aston Martin will unveil the V8 Vantage at the motor show.", {("V8 Vantage", "Concept")}),
    ],
)
def test_a_name_gets_its_class_from_what_the_text_says_of_it(read, text, want):
    ex = read(text)
    classes = {(e.label, e.type) for e in ex.entities}
    assert want <= classes, sorted(classes)
    # no firm or place is anyone's citizen ("Ukrainian steel producer X" had made X a Ukrainian)
    citizens = {r.subject.label for r in ex.relations if r.predicate_label == "citizen of"}
    assert not citizens & {name for name, cls in want if cls != "Person"}, sorted(citizens)


# ---- 9. missed events: adjectival complements, honorific names ------------------------------------


def test_adjectival_complement_joins_the_predicate(read):
    ex = read("Mr Varga has pleaded not guilty to charges of fraud.")
    assert ("Varga", "pleaded not guilty to", "charges") in facts(ex), sorted(facts(ex))
    rel = next(r for r in ex.relations if r.predicate_label == "pleaded not guilty to")
    assert rel.predicate == "plead-not-guilty-to" and rel.subject.type == "Person"
    # … also after a passive verb: the one found guilty is its subject
    got = facts(read("Tom Hale was found guilty of fraud. Ann Lowe was found not guilty of murder."))
    assert {("Tom Hale", "found guilty of", "fraud"), ("Ann Lowe", "found not guilty of", "murder")} <= got, (
        got
    )
    got = facts(read("Jane Smith has called for all athletes found guilty on drugs charges to be jailed."))
    assert not [f for f in got if "guilty" in f[1]], sorted(got)  # the athletes, whom no node names


def test_what_a_deed_left_its_object_joins_the_predicate(read):
    got = facts(read("Acme Corp has left its databases open."))
    assert ("Acme Corp", "left open", "databases") in got, sorted(got)


def test_classifier_reads_no_job_across_clauses(classified):
    ex = classified("Attorney General Bill Lockyer said Wal-Mart had agreed to pay the fine.")
    assert ("Bill Lockyer", "worksFor", "Wal-Mart") not in {
        (r.subject.label, r.predicate, _obj(r)) for r in ex.relations
    }


@pytest.mark.parametrize(
    ("text", "fact", "absent"),
    [
        (
            "The discovery of his car led police to believe he had fled.",
            ("police", "believe"),
            ("discovery", "believe"),
        ),
        (
            "Rona Vale was the band's guitarist. Vale featured in the first line-up.",
            ("Rona Vale", "featured in"),
            ("Vale", "featured in"),
        ),
    ],
)
def test_the_right_agent(read, text, fact, absent):
    got = {(r.subject.label, r.predicate_label) for r in read(text).relations}
    assert fact in got and absent not in got, sorted(got)


def test_quoted_titles_are_works_not_people(read):
    ex = read('The band released "Flicker" and "Lifeblood" in 2004.')
    assert not [e for e in ex.entities if e.type == "Person"], ex.entities


@pytest.mark.parametrize(
    ("text", "predicate", "modality"),
    [
        ("Britain is to fund the Red Cross.", "fund", "planned"),
        ("We want voters to tell Karen Whitefield about the plan.", "tell", "desire"),
        ("The bank does not expect Fiat to exercise the warrants.", "exercise", "uncertain"),
        (
            "Mr Ortega has called for US President Lena Varga to be charged with war crimes over the strikes.",
            "charge-with",
            "demanded",
        ),
        ("Marta Lind has to overcome a strong challenge from Ana Bell.", "overcome", "obligation"),
        ("Mr Ortega invited foreign firms to bid for the contracts.", "bid-for", "demanded"),
        ("The firm advised customers to avoid raw eggs.", "avoid", "demanded"),
        ("Judges are deciding whether to award the prize.", "award", "uncertain"),
        ("Police arrived at the house to arrest the suspects.", "arrest", "purpose"),
        ("Will the new rules cost consumers millions?", "cost", "question"),
        # the question of a quotation is not the narrative's around it
        (
            'Pointing to national insurance, Tom Hale added: "Is it not clear which tax it would be?"',
            "point-to",
            None,
        ),
        ("Lord Coe admitted he would never dream of running a marathon.", "run", "uncertain"),
        # what one did not hear or know of was so all the same, unless one did not know whether
        ("Ann Lowe could not even hear Tom Hale shouting instructions at her.", "shout", None),
        ("Tom Hale did not know whether Acme Corp had sold the plant.", "sell", "uncertain"),
        # "let us" urges, it allows nothing
        ('"Let us never forget that Acme Corp sold the plant," Tom Hale said.', "sell", None),
        ("The council will let Acme Corp sell the plant.", "sell", "possibility"),
        ("Kostas Kenteris has denied claims that he faked a motorbike crash.", "fake", "denied"),
        ("Microsoft has warned PC users to update their systems.", "update", "demanded"),
        # a modal stays on what a speaker said
        ('Tom Hale runs a shop. "Phone firms should block these numbers," he added.', "block", "obligation"),
        # a choice that may be made is open, no plan
        ("England coach Tom Hale could choose to recall Sam Vane.", "recall", "possibility"),
        ("Acme Corp may decide to sell its Leeds plant.", "sell", "possibility"),
        ("Acme Corp plans to sell its Leeds plant.", "sell", "planned"),
        # a post someone is named to is still to come
        ("Ann Lowe nominated Tom Hale to head the World Bank.", "head", "planned"),
        ("Acme Corp hired Tom Hale to run its Paris office.", "run", "planned"),
    ],
)
def test_plans_wishes_and_denied_expectations_are_not_facts(read, text, predicate, modality):
    rels = [r for r in read(text).relations if r.predicate == predicate]
    assert rels and all(r.modality == modality for r in rels), [(r.predicate, r.modality) for r in rels]


def test_a_noun_keeps_the_of_phrase_that_completes_it(read):
    got = facts(read("Tom Hale pondered the fate of mankind. Mr Lund ordered a rewrite of the rules."))
    assert {("Tom Hale", "pondered", "fate of mankind"), ("Lund", "ordered", "rewrite of rules")} <= got, got


def test_a_club_before_a_player_is_an_organisation(classified):
    ex = classified(
        "Chelsea defender Celestine Babayaro joined the squad. Liverpool substitute Florent Pongolle scored."
    )
    types = {e.label: e.type for e in ex.entities}
    assert types.get("Chelsea") == "Organization" and types.get("Liverpool") == "Organization", types
    assert ("Florent Pongolle", "livesIn", "Liverpool") not in {
        (r.subject.label, r.predicate, _obj(r)) for r in ex.relations
    }


def test_a_playing_position_is_a_post(read):
    got = facts(read("Leicester hooker Tom Hale was banned. Australia batsman Ann Lowe scored 100."))
    assert {("Tom Hale", "holds role", "hooker"), ("Ann Lowe", "holds role", "batsman")} <= got, sorted(got)


def test_a_share_of_a_firm_is_a_stake_in_it(read):
    got = facts(read("Tom Hale owns 29% of Acme United. Acme Corp cut 10% of its workforce."))
    assert {("Tom Hale", "owns stake in", "Acme United"), ("Tom Hale", "owns", "29%")} <= got, sorted(got)
    assert not [f for f in got if "stake" in f[1] and f[0] == "Acme Corp"], sorted(got)


def test_a_team_named_after_its_town_is_an_organisation(read):
    ex = read("Tom Hale owns the Seattle Hawks.")
    assert ("Seattle Hawks", "Organization") in nodes(ex), sorted(nodes(ex))


def test_a_city_named_club_is_an_organisation(read):
    ex = read("Acme United signed Tom Hale from Lincoln City for £21m. Ann Lowe flew to Mexico City.")
    types = {e.label: e.type for e in ex.entities}
    assert types.get("Lincoln City") == "Organization" and types.get("Mexico City") == "Location", types


def test_a_country_opening_an_organisation_name_is_not_the_country(read):
    ex = read("John Woodward, head of the UK Film Council, praised the film.")
    assert "UK Film Council" in {e.label for e in ex.entities if e.type != "Country"}, ex.entities


def test_a_country_inside_a_person_name_is_not_the_country(read):
    ex = read("The former manager of the singer, Saul Israel Holiff, has died aged 79.")
    assert "Israel" not in {e.label for e in ex.entities} and not [
        e for e in ex.entities if e.type == "Country"
    ]


# ---- 5. pronouns across sentences -----------------------------------------------------------------


def test_they_is_no_unnamed_singular_body(read):
    got = facts(
        read(
            "I agree that the agency should help to fund music, but a responsibility is held by record "
            "companies! They generally opt for the tried and tested and tend not to break any moulds."
        )
    )
    # "they" are the record companies or no one; never the agency, nor any node made of it
    assert not [f for f in got if f[1] in ("tend", "break") and f[0] != "record companies"], sorted(got)


def test_agreeing_that_something_should_be_is_no_plan(read):
    ex = read("I agree that the Dutch government should help to fund music.")
    assert {r.modality for r in ex.relations if r.predicate_label == "fund"} == {"obligation"}, sorted(
        facts(ex)
    )


def test_it_is_the_previous_sentences_subject(read):
    ex = read(
        "Acme Corp was accused by the Financial Services Authority of misleading savers. "
        "It agreed to pay a $5m fine."
    )
    payers = {r.subject.label for r in ex.relations if r.predicate == "pay"}
    assert payers == {"Acme Corp"}, sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr Hale met Mrs Ward in Leeds. She said the deal was done.", "Ward"),
        ("Anna Berg met Peter Holt in Leeds. He said the deal was done.", "Peter Holt"),
    ],
)
def test_he_and_she_take_up_a_person_of_their_gender(read, text, speaker):
    ex = read(text)
    said = {r.subject.label for r in ex.relations if r.predicate == "said"}
    assert said == {speaker}, sorted(facts(ex))


def test_the_first_names_are_gender_guessers_own():
    # kg.nlp.gender reads gender-guesser's table its own, faster way: it must read the same table
    import gender_guesser.detector

    from kg.nlp.gender import _detector

    assert _detector().names == gender_guesser.detector.Detector(case_sensitive=False).names


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a name in passing (a modifier of another noun) is not what "it" takes up
        (
            (
                "Federal Reserve chairman Alan Greenspan's speech sent the dollar higher after it had "
                "tumbled on weak jobs data."
            ),
            "tumble-on",
        ),
        (
            "The Asian Music Awards were launched by the BBC in 2002. It appears the show will move to London.",
            "appear",
        ),
    ],
)
def test_it_takes_up_only_a_prominent_actor(read, text, predicate):
    ex = read(text)
    assert not [r for r in ex.relations if r.predicate == predicate], sorted(facts(ex))


def test_a_spokesmans_firm_is_what_it_takes_up(read):
    ex = read(
        "A spokesman for DaimlerChrysler said it will halt production. It is to close the factory in Bremen."
    )
    assert ("DaimlerChrysler", "close", "factory") in facts(ex), sorted(facts(ex))


def test_he_takes_up_the_subject_of_an_earlier_clause_first(read):
    ex = read(
        "Mr Hale promised a fair campaign. Senator Paul Ward derided the plan on Monday, and later he said "
        "the party had broken its promises."
    )
    said = {r.subject.label for r in ex.relations if r.predicate == "said"}
    assert said == {"Paul Ward"}, sorted(facts(ex))


def test_a_reflexive_is_its_own_clauses_subject_or_no_one(read):
    ex = read("Acme Corp sued the hackers on Monday. The gang defended itself in court.")
    assert not [r for r in ex.relations if r.predicate == "defend"], sorted(facts(ex))


def test_it_after_a_thing_subject_in_its_own_sentence_is_that_thing(read):
    ex = read(
        "The European Council approved the directive on Monday. But that will not guarantee that the "
        "directive will become law - instead it will probably mean further delays."
    )
    assert not [r for r in ex.relations if r.predicate == "mean"], sorted(facts(ex))
    ex = read("Acme Corp reported profits on Monday. The results showed it had cut costs.")
    assert ("Acme Corp", "cut", "costs") in facts(ex), sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Engineers at Siemens have solved a fundamental problem.", "Engineers at Siemens"),
        (
            "Six members of the committee met fishermen in Peterhead on Monday.",
            "Six members of the committee",
        ),
        ("Opponents of the plan said it would raise prices.", "Opponents of the plan"),
    ],
)
def test_people_keep_the_short_phrase_that_says_which_ones(read, text, doer):
    # "engineers", "members", "opponents" alone name no one; the phrase after them says whose or where
    ex = read(text)
    assert {r.subject.label for r in ex.relations} == {doer}, sorted(facts(ex))


def test_a_pronoun_in_a_quotation_is_not_its_speaker(read):
    ex = read(
        'Mr Hale added: "There are several good players, but for me Tom Berg is the right man for this job.'
        '\n\n"And he consistently shows great energy."'
    )
    assert {r.subject.label for r in ex.relations if r.predicate == "show"} == {"Tom Berg"}, sorted(facts(ex))


def test_a_he_in_a_speakers_own_words_is_someone_else(read):
    # in their own words a speaker is "I": the quotation's "he" is someone the sentence does not name
    ex = read(
        "Scotland's head coach Frank Hadden said: \"He is a natural leader, holds the respect of the dressing "
        'room and is a fine player."'
    )
    assert not [r for r in ex.relations if r.predicate == "hold"], sorted(facts(ex))
    # what another says inside the quotation is that one's: "he" is whom that speaker speaks of
    ex = read(
        '"At the meeting Tom Berg told us that he had signed the new contract with Leeds," Dan Weller said.'
    )
    assert ("Tom Berg", "signed", "new contract") in facts(ex), sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "predicate", "doer"),
    [
        # a pronoun goes on about whom the pronoun before it took up, not the last name in passing
        (
            (
                "Anna Berg won the first set. She will then play Maria Holt in the doubles. "
                '"I might play singles," she added.'
            ),
            "said",
            "Anna Berg",
        ),
        # a name only inside what someone said is not whom the text goes on about
        (
            (
                'Tom Hale resigned on Monday. In a letter he wrote: "Peter Ward should lead the party." '
                "He then left for Spain."
            ),
            "leave-for",
            "Tom Hale",
        ),
        # a first name English-speaking countries read as either sex rules no one out ("Jamie" is mostly a
        # man's in Britain, a woman's in the US)
        (
            (
                "Matt Dawson is out with a calf injury. Jamie Hale is another player on the sidelines after "
                "he limped off in the first half with a dead leg."
            ),
            "limp-off-with",
            "Jamie Hale",
        ),
        # a speaker's title takes the speaker up for the "he said" that follows ...
        (
            (
                "Migrants will have to pass a test, Home Secretary Tom Clarke has said. But Tory Liam Foy said "
                "his party offered a clear choice. The home secretary said he wanted everyone to be "
                'fingerprinted. Speaking on BBC One, he said "migrants are of great value".'
            ),
            "speak-on",
            "Tom Clarke",
        ),
        # ... also when the one it names came forward doing something else
        (
            (
                'Actor Tom Hale has been given a star in Hollywood. "I asked my mom if I could act," Hale said. '
                "His star is the 2,277th. The actor also spoke of how he left school. "
                '"Hollywood was calling," he said, "so I got in my car."'
            ),
            "said",
            "Tom Hale",
        ),
    ],
)
def test_a_pronoun_takes_up_whom_the_text_goes_on_about(read, text, predicate, doer):
    ex = read(text)
    assert {r.subject.label for r in ex.relations if r.predicate == predicate} == {doer}, sorted(facts(ex))


def test_a_person_known_by_age_is_the_one_the_story_is_about(read):
    # "the 21-year-old" is the person the article has named most: "he" goes on about him, not about the man
    # met in passing
    ex = read(
        "Tom Hale has broken a bone in his foot. The 21-year-old missed three months after a challenge with "
        'Roma\'s Piet Moller. And he added: "It felt different then."'
    )
    assert {r.subject.label for r in ex.relations if r.predicate == "said"} == {"Tom Hale"}, sorted(facts(ex))


def test_a_person_known_by_age_two_paragraphs_on_is_not_the_story_s_first_person(read):
    # a round-up: "the 28-year-old" two paragraphs on is not the man the story opened with
    got = facts(
        read(
            "Tom Hale won the 60m in Leipzig. Hale clocked 6.56 seconds. Hale said he was delighted.\n\n"
            "The hurdles were won by Ann Lowe of France.\n\nIn Paris, the 200m went to form. "
            "The 28-year-old said the track was slow."
        )
    )
    assert not [f for f in got if f[0] == "Tom Hale" and f[2] == "the track was slow"], sorted(got)


def test_a_pronoun_is_not_the_object_of_its_own_clause_without_a_subject(read):
    # "while saying he admired Mr Ward's leadership, he …": he did the saying, so he is not Mr Ward
    ex = read(
        "The party met on Monday. While saying he admired Mr Ward's leadership, he criticised the policy."
    )
    assert not [r for r in ex.relations if r.subject.label == "Ward"], sorted(facts(ex))


def test_he_goes_on_about_the_speaker_not_whom_the_speaker_talked_about(read):
    ex = read(
        "The BBC's home affairs correspondent, Daniel Hale, said it appeared Mr Berg was putting more emphasis "
        "on deportation than his predecessor. But he said reaching an understanding could be difficult."
    )
    speakers = {r.subject.label for r in ex.relations if r.predicate == "said"}
    assert speakers == {"Daniel Hale"}, sorted(facts(ex))


def test_he_goes_on_about_the_speaker_not_whom_the_speaker_reported(read):
    ex = read(
        "Mr Gibbons said Mr Kemp noted that the firm would run short of cash. He says the directors were told."
    )
    told = {r.subject.label for r in ex.relations if r.predicate == "said" and "directors" in str(r.object)}
    assert told == {"Gibbons"}, sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A partner for accountancy firm Ernst and Young, John Gibbons, says Acme Corp will close the plant.",
         "John Gibbons"),
        ("A spokesman for Acme Corp, Tom Hale, said the firm would close the plant.", "Tom Hale"),
    ],
)  # fmt: skip
def test_a_name_after_a_post_at_a_body_is_the_post_holders(read, text, speaker):
    ex = read(text)
    assert {r.subject.label for r in ex.relations if r.predicate == "said"} == {speaker}, sorted(facts(ex))
    works = {
        (r.subject.label, r.object.label) for r in ex.relations if r.predicate in ("worksFor", "memberOf")
    }
    assert {(speaker, body) for body in ("Ernst and Young", "Acme Corp")} & works, sorted(facts(ex))


def test_he_after_an_unnamed_speaker_is_no_one_named_before(read):
    ex = read(
        'A spokesman for Tom Hale said: "Peter Ward should not be criticised." He said Mr Ward had chosen to '
        "leave the party."
    )
    speakers = {r.subject.label for r in ex.relations if r.predicate == "said"} | {
        r.attribution for r in ex.relations
    }
    assert not speakers & {"Tom Hale", "Peter Ward", "Ward"}, sorted(facts(ex))


def test_he_after_a_capitalised_title_is_its_holder(read):
    got = facts(
        read(
            "Planning Minister Tom Vido spoke on Monday. Economy Minister Jan Berg said prices would rise. The "
            "Planning Minister did not rule out a cut. Yet he added that he did not like to do futurology."
        )
    )
    assert ("Tom Vido", "said", "he did not like to do futurology") in got, sorted(got)
    # a capitalised word after a country is no name the models missed
    got = facts(
        read(
            "Boro forward Bram Zandt said he did not expect such an easy match. The Holland international said "
            'Boro are confident. "We have a good feeling," he added.'
        )
    )
    assert ("Bram Zandt", "said", "We have a good feeling") in got, sorted(got)


def test_he_after_an_unnamed_spokesman_is_no_one_known_by_that_title(read):
    # "a spokesman" is someone else than the spokesman the text named before
    ex = read(
        "Dan Berg, spokesman for Acme, said the risk was small. Banks were worried, he added. A spokesman "
        'for the Payments Association said the risk was minimal. "There is no concern," he said.'
    )
    assert not [
        r for r in ex.relations if r.subject.label == "Dan Berg" and _obj(r) == "There is no concern"
    ], sorted(facts(ex))


def test_he_after_a_two_word_name_the_models_missed_is_no_speaker_named_before(read):
    ex = read(
        "The chancellor, Tom Hale, has said the cuts will fund more teachers. Piers Frelove is a senior "
        'officer on the picket line in Cardiff. He said: "Most people have decided not to come in."'
    )
    assert not [r for r in ex.relations if r.subject.label == "Tom Hale" and _obj(r).startswith("Most")], (
        sorted(facts(ex))
    )


def test_he_after_a_subject_the_model_missed_is_no_one_named_before(read):
    ex = read(
        "Tom Hale beat Piet Berg in Doha. Lopezz showed glimpses of resolve in the second set when he held "
        "his first service game."
    )
    # "he" is Lopezz, whom the clause of time makes a person, or no one: never the one named before
    assert {r.subject.label for r in ex.relations if r.predicate == "hold"} <= {"Lopezz"}, sorted(facts(ex))


def test_it_after_a_sentence_about_a_thing_takes_up_no_actor(read):
    ex = read(
        "Acme Corp won the contract. This time the alleged rift is over who should take the credit for the "
        "government's aid initiatives. It dominated the prime minister's monthly news conference."
    )
    assert not [r for r in ex.relations if r.predicate == "dominate"], sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        (
            (
                "Fosters, the Australian brewer, has bought a stake in Southcorp. Both firms asked the stock "
                "market to suspend trading."
            ),
            {"Fosters", "Southcorp"},
        ),
        (
            (
                "Globex Corp agreed to buy Initech Inc for $16bn. The two companies asked the stock market to "
                "suspend trading."
            ),
            {"Globex Corp", "Initech Inc"},
        ),
        # three named: "both" takes up no two of them, and "firms" alone names none of them
        (
            "Acme Corp, Globex Corp and Initech Inc met. Both firms asked the stock market to suspend trading.",
            set(),
        ),
    ],
)
def test_both_firms_are_the_two_named_before(read, text, doers):
    ex = read(text)
    assert {r.subject.label for r in ex.relations if r.predicate == "ask"} == doers, sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        (
            (
                "Tom Hale won gold in the 200m, while Anna Berg won silver in the 100m. They withdrew from the "
                "Athens Games last August."
            ),
            {"Tom Hale", "Anna Berg"},
        ),
        (
            "Acme Corp and Globex Corp said they withdrew from the Athens Games last August.",
            {"Acme Corp", "Globex Corp"},
        ),
        # a group among the subjects is whom "they" takes up, not the one person beside it
        (
            "Tom Hale and the athletes met the coach. They withdrew from the Athens Games last August.",
            {"athletes"},
        ),
    ],
)
def test_they_takes_up_the_people_the_text_was_about(read, text, doers):
    ex = read(text)
    assert {r.subject.label for r in ex.relations if r.predicate == "withdraw-from"} == doers, sorted(
        facts(ex)
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the report speaks for its author, as "the World Bank report said" does
        ("The World Bank report was published on Monday. The report said poverty had fallen.", "World Bank"),
        # one named thing of several is no antecedent: "the game" is not "the other Group B game"
        ("Acme won the other Group B game. The game said nothing about the final.", None),
    ],
)
def test_the_x_takes_up_the_x_named_before(read, text, label):
    said = {r.subject.label for r in read(text).relations if r.predicate == "said"}
    assert (label in said) if label else not any("Group B" in s for s in said), said


def test_it_with_no_salient_antecedent_gives_nothing(read):
    ex = read("Acme Corp and Globex Inc met the Financial Services Authority. It agreed to pay a $5m fine.")
    assert not [r for r in ex.relations if r.predicate == "pay"], sorted(facts(ex))


def test_a_reported_clause_of_punctuation_only_does_not_break_extraction(read):
    # the parser reads the hyphen of "co-operate" as the reported clause
    ex = read(
        "Calisto Tanzi said he would co-operate fully with prosecutors investigating the background to "
        "one of Europe's largest financial scandals."
    )
    assert any(r.subject.label == "Calisto Tanzi" for r in ex.relations)


def test_a_definite_description_takes_up_the_company_named_before(read):
    ex = read(
        "Volvo reported record profits on Monday. The Swedish carmaker said it would hire 500 engineers."
    )
    hire = next(r for r in ex.relations if r.predicate_label == "hire")
    assert (hire.subject.label, hire.attribution) == ("Volvo", "Volvo")
    assert not [r for r in ex.relations if "carmaker" in r.subject.label], sorted(facts(ex))


def test_the_carrier_takes_up_the_airline_named_before(read):
    ex = read(
        "Budget airline Ryanair reported a drop in profits. The carrier said fuel costs had risen by 30%."
    )
    said = {r.subject.label for r in ex.relations if r.predicate == "said"}
    assert said == {"Ryanair"}, sorted(facts(ex))


def test_a_firms_family_is_a_line_of_products_and_a_named_family_people(read):
    ex = read(
        "Apple expanded its iPod family with a new model. The Glazer family made a bid for Leeds United."
    )
    got = {(e.label, e.type) for e in ex.entities}
    assert ("iPod family", "Concept") in nodes(ex) and ("Glazer family", "Group") in got, (
        sorted(got),
        nodes(ex),
    )


def test_the_place_come_or_finished_in_is_part_of_the_predicate(read):
    got = facts(
        read(
            "The Aviator came third with $7.6m. Ocean's Twelve took sixth place with $5.4m. Susan Chepkemei "
            "finished second to Paula Radcliffe."
        )
    )
    assert {"came third with", "took sixth place with", "finished second to"} <= {f[1] for f in got}, sorted(
        got
    )
    assert not {"came with", "took place with", "finished to"} & {f[1] for f in got}, sorted(got)


def test_what_a_speaker_adds_is_no_part_of_what_was_said_before(read):
    got = facts(read("Tom Hale said the plan would fail, saying it was too costly."))
    assert {f[2] for f in got if f[1] == "said"} == {"the plan would fail", "it was too costly"}, sorted(got)


def test_a_city_and_its_country_is_a_place_whatever_the_model_read(read):
    ex = read(
        "Those who died were Peter Monkhouse, 50, of Leeds; and Robert James Alcorn, 37, of Auckland, New Zealand."
    )
    assert ("Auckland", "Location") in {(e.label, e.type) for e in ex.entities}, ex.entities
    assert ("Auckland", "located in", "New Zealand") in facts(ex), sorted(facts(ex))


def test_whose_offer_was_rejected_is_no_source_of_the_rejecting(read):
    got = facts(
        read(
            "MCI accepted a $6.75bn (£3.6bn) buyout from telecoms giant Verizon on Monday, rejecting a higher "
            "offer from Qwest. Qwest said it would table a new offer."
        )
    )
    assert not [f for f in got if f[1] == "rejecting from"], sorted(got)


def test_one_on_whose_behalf_someone_acts_is_the_participant(read):
    got = facts(read("Lin Hughes, speaking on behalf of Tom Hale, said the case was closed."))
    assert ("Lin Hughes", "speaking on behalf of", "Tom Hale") in got, sorted(got)
    assert not [f for f in got if f[2].startswith("behalf")], sorted(got)


def test_bodies_named_for_two_countries_are_two(read):
    ex = read(
        "The Bank of Mexico said remittances grew 24% last year. Bank of America said it would cut its fees. "
        "Air France and Air India signed a deal."
    )
    labels = {e.label for e in ex.entities}
    assert {"Bank of Mexico", "Bank of America", "Air France", "Air India"} <= labels, sorted(labels)
    # … and one named without its country is the one of the article named with it
    ex = read(
        "The Reserve Bank of Australia raised rates. The Reserve Bank said it had acted to curb inflation."
    )
    assert {r.subject.label for r in ex.relations} == {"Reserve Bank of Australia"}, sorted(facts(ex))


def test_a_company_takes_up_the_firm_introduced_by_name(read):
    got = facts(
        read(
            "The firm, Acme Corp, said that it hoped to sell 5 million shares. Its shares are scheduled to start "
            "trading on the Leeds Stock Exchange on 10 February. Shares in the Leeds Stock Exchange rose. If "
            "the final price is at the top of the range, the company could be valued at as much as 200m euros."
        )
    )
    assert [f[0] for f in got if f[1] == "was valued at"] == ["Acme Corp"], sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp posted a loss. The Swedish firm, the largest maker of cookers, said it would shut a plant.",
        "Shares in Acme Corp fell 15%. The property firm, which dominates the market, said it would shut a plant.",
    ],
)
def test_a_description_with_an_aside_takes_up_the_company_named_before(read, text):
    got = facts(read(text))
    assert ("Acme Corp", "said", "it would shut a plant") in got, sorted(got)
    # … where "the firm that X" says which firm is meant
    got = facts(read("Acme Corp posted a loss. The firm that makes cookers said it would shut a plant."))
    assert ("Acme Corp", "said", "it would shut a plant") not in got, sorted(got)


def test_a_description_takes_up_the_firm_its_sentence_named_before(read):
    got = facts(
        read(
            "Microsoft released new software. Google shares jumped 7% after the search giant beat forecasts."
        )
    )
    assert ("Google", "beat", "forecasts") in got, sorted(got)
    # … also when it reports a thing, which closes no quotation
    got = facts(read("Shares in Acme Corp rose 2% after the oil giant reported record profits."))
    assert ("Acme Corp", "reported", "record profits") in got, sorted(got)
    got = facts(read('Tom Hale "made the decisions," he told the court.'))
    assert ("Tom Hale", "told", "court") not in got, sorted(got)


def test_a_film_maker_is_no_firm_to_take_up(read):
    got = facts(read("Acme Corp surveyed critics. Critics think the veteran film-maker will lose the prize."))
    assert not [f for f in got if f[0] == "Acme Corp" and f[1] == "lose"], sorted(got)


def test_a_person_known_by_age_or_nationality_is_the_one_just_named(read):
    got = facts(read("Tom Hale beat Sam Vane in the final. The 18-year-old said he was delighted."))
    assert ("Tom Hale", "said", "he was delighted") in got, sorted(got)
    got = facts(read("Tom Hale won the race. The Briton said the course was hard."))
    assert ("Tom Hale", "said", "the course was hard") in got, sorted(got)
    # … not one of another nationality the text gives
    got = facts(read("Spaniard Tom Hale lost to Swiss Sam Vane. The Swiss said the court was slow."))
    assert ("Sam Vane", "said", "the court was slow") in got, sorted(got)
    # … or by an honour won
    got = facts(read("Tom Hale won the 60m title. The world champion said the track was fast."))
    assert ("Tom Hale", "said", "the track was fast") in got, sorted(got)
    got = facts(
        read("Ann Lowe finished second. The Commonwealth silver medallist believes her form is good.")
    )
    assert ("Ann Lowe", "believes", "her form is good") in got, sorted(got)
    # … not the one who says it of someone
    got = facts(
        read("The minister made a claim. Tom Hale claims the US Open champion tested positive for a drug.")
    )
    assert not [f for f in got if f[0] == "Tom Hale" and f[1] == "tested positive for"], sorted(got)
    # … whose sex the clause allows
    got = facts(read("Tom Hale beat Jim Roe. The 18-year-old said she was happy."))
    assert not [f for f in got if f[2] == "she was happy"], sorted(got)
    got = facts(
        read(
            "Tom Hale is free on bail. The 64-year-old has denied the killing, saying her death was accidental."
        )
    )
    assert ("Tom Hale", "said", "her death was accidental") in got, sorted(got)


def test_a_description_with_its_country_takes_up_the_company_named_before(read):
    ex = read("Boeing has won an order from an Indian airline. The US company said it had agreed a sale.")
    said = next(r for r in ex.relations if r.predicate_label == "said")
    assert said.subject.label == "Boeing", sorted(facts(ex))


def test_a_description_with_a_country_takes_up_the_one_whose_name_places_it_there(read):
    got = facts(read("Globex Corp is buying Bank of Ireland. The Irish bank said it would cut 500 jobs."))
    assert ("Bank of Ireland", "said", "it would cut 500 jobs") in got, sorted(got)
    # … a word for people of two words too
    got = facts(
        read("Globex Corp is buying Bank of Korea. The South Korean bank said it would cut 500 jobs.")
    )
    assert ("Bank of Korea", "said", "it would cut 500 jobs") in got, sorted(got)


@pytest.mark.parametrize("place", ["Florida", "South Yorkshire", "Manchester"])
def test_a_description_with_its_home_place_takes_up_the_company_named_before(read, place):
    ex = read(f"Acme Corp makes valves in several states. The {place} company said it would cut 200 jobs.")
    said = next(r for r in ex.relations if r.predicate_label == "said")
    assert said.subject.label == "Acme Corp", sorted(facts(ex))
    assert not [e for e in ex.entities if e.label == place and e.type == "Organization"]


def test_a_place_before_a_club_still_names_the_club(read):
    ex = read("Tom Hale joined Acme United in May. He left the Lincoln club last year.")
    left = next(r for r in ex.relations if r.predicate_label == "left")
    assert left.object.label == "Lincoln", sorted(facts(ex))


def test_who_is_called_on_to_do_something_is_not_what_is_called_for(read):
    got = facts(read("Critics called for Tom Hale to go to Paris. Labour called for a ban on smoking."))
    assert ("Critics", "called for", "Tom Hale") not in got and ("Labour", "called for", "ban") in got, (
        sorted(got)
    )
    got = facts(read("Tom Hale called for a radical reform of the pact to allow more spending."))
    assert ("Tom Hale", "called for", "radical reform of pact") in got, sorted(got)


def test_a_clause_before_told_with_a_common_noun_hearer_is_what_was_said(read):
    got = facts(read("The new phone will go on sale in May, Tom Hale told the conference."))
    assert ("Tom Hale", "said", "The new phone will go on sale in May") in got, sorted(got)


def test_he_added_after_an_unnamed_speaker_is_no_one_named_before(read):
    got = facts(
        read(
            "Acme chief executive Tom Hale said the service would launch in May. A Globex spokesman said the "
            'firm had no plans to follow. "Video on demand has the added advantage of choice," he added.'
        )
    )
    assert ("Tom Hale", "said", "Video on demand has the added advantage of choice") not in got, sorted(got)
    got = facts(read('Tom Hale, the chief executive, said sales rose. "We are delighted," he added.'))
    assert ("Tom Hale", "said", "We are delighted") in got, sorted(got)
    got = facts(
        read(
            "Acme chief executive Tom Hale said the plan was unfair. The Home Office spokesman said the plan "
            'was fair. "It will save money," he added.'
        )
    )
    assert ("Tom Hale", "said", "It will save money") not in got, sorted(got)


def test_a_possessive_after_and_is_of_the_one_named_before_it(read):
    got = facts(read("Russia set out to destroy Acme Corp and its former owner Tom Hale."))
    assert ("Tom Hale", "owner of", "Acme Corp") in got, sorted(got)
    assert not [f for f in got if f[1] == "owner of" and f[2] == "Russia"], sorted(got)


def test_his_party_or_side_is_the_body_his_title_names(read):
    got = facts(
        read(
            "Liberal Democrat leader Tom Vane said his party would scrap tuition fees. "
            "Wales coach Tom Price said his side would beat France. Tom Hale said his side would beat Spain."
        )
    )
    assert ("Liberal Democrat", "scrap", "tuition fees") in got, sorted(got)
    assert ("Wales", "beat", "France") in got, sorted(got)
    # no title, no body: "Tom Hale side" names nothing
    assert not [f for f in got if "side" in f[0] or "party" in f[0]], sorted(got)


def test_the_company_of_a_possessive_role_is_the_one_named_before(read):
    ex = read(
        "Unilever opened a factory in Lagos. The company's finance director Anna Berg said demand was strong."
    )
    assert ("Anna Berg", "finance director of", "Unilever") in facts(ex)


def test_a_description_takes_up_the_company_the_article_is_about(read):
    ex = read(
        "Fiat recalled 2,000 cars on Monday. Fiat blamed its supplier Magna. Fiat said the problem was fixed. "
        "Asked about Magna, the carmaker's chairman Luca Rossi said nothing."
    )
    assert ("Luca Rossi", "chairman of", "Fiat") in facts(ex)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "However, one of the so-called Leeds Four, Tom Hale, said the families were delighted.",
            ("Tom Hale", "member of", "Leeds Four"),
        ),
        ("Tom Hale, one of the Beatles, said the tour was over.", ("Tom Hale", "member of", "Beatles")),
        (
            (
                "However, one of the so-called Leeds Four, Tom Hale - who was wrongly convicted of planting the "
                "bombs - said the families were delighted with the apology."
            ),
            ("Tom Hale", "member of", "Leeds Four"),
        ),
        ("Tom Hale, one of the best players in Europe, said the tour was over.", None),
    ],
)
def test_one_of_a_named_group_is_its_member(read, text, fact):
    got = {f for f in facts(read(text)) if f[1] == "member of"}
    assert got == ({fact} if fact else set()), sorted(got)


def test_persons_and_companies_related_by_a_described_noun(read):
    assert ("John Prescott", "ally of", "Gordon Brown") in facts(
        read("John Prescott, a close ally of Gordon Brown, spoke on Monday.")
    )


def test_a_clause_mate_is_not_what_a_description_takes_up(read):
    ex = read("The European Union imposed sanctions on the state bank in March.")
    assert ("European Union", "sanctioned", "state bank") in facts(ex)
    assert not [r for r in ex.relations if r.subject.label == r.object.label], sorted(facts(ex))


def test_it_opening_a_sentence_that_follows_or_marks_is_the_news_not_the_actor(read):
    ex = read(
        "Acme Corp has unveiled a new scheme to let drivers test its cars. It follows a similar initiative "
        "in 2003. It marks a change of strategy. Initech Ltd cut its prices in May. It followed its rival "
        "Globex Inc, which cut prices in April."
    )
    got = facts(ex)
    assert not [f for f in got if f[1] in ("follows", "marks")], sorted(got)
    assert ("Initech Ltd", "followed", "Globex Inc") in got, sorted(got)  # in the past, it may be the firm


def test_a_possessive_after_a_number_is_no_part_of_a_name(read):
    ex = read("Tom Hale told BBC Radio 4's The World at One programme that the plan was fair.")
    assert not [e.label for e in ex.entities if e.label.endswith("'s")], [e.label for e in ex.entities]


def test_a_count_of_goals_or_points_stays_in_the_label(read):
    got = facts(read("Tom Hale made 110 appearances for Leeds, scoring 18 goals. Ann Lowe added 13 points."))
    assert {("Tom Hale", "scoring", "18 goals"), ("Ann Lowe", "added", "13 points")} <= got, sorted(got)
    got = facts(read("The players in the elite squad can only play 32 matches for club and country."))
    assert ("players", "play", "32 matches") in got, sorted(got)  # counted by the unit's lemma


def test_a_nations_people_the_recogniser_missed_are_a_group(read):
    got = {
        (r.subject.label, r.subject.type) for r in read("In 2003, Britons spent £1,152m on games.").relations
    }
    assert got == {("Britons", "Group")}, got


def test_he_goes_on_about_whom_the_subjects_his_took_up(read):
    ex = read(
        "Tom Hale recorded many hits in the 1960s. His version of Jim Lowe's ballad topped the charts in "
        "the US. In 1972, he released an album of protest songs."
    )
    released = {r.subject.label for r in ex.relations if r.predicate_label == "released"}
    assert released == {"Tom Hale"}, sorted(facts(ex))


def test_a_size_in_a_currency_stays_whole_in_the_label(read):
    got = facts(read("Acme Corp won multi-million pound contracts to supply the army."))
    assert ("Acme Corp", "won", "multi-million pound contracts") in got, sorted(got)


def test_hyphenated_compounds_stay_whole_in_labels(read):
    got = facts(read("Tony Blair signed a three-year contract."))
    assert ("Tony Blair", "signed", "three-year contract") in got, sorted(got)


def test_a_long_hyphened_modifier_stays_whole_in_labels(read):
    got = facts(read("Argentina has extended a food-for-oil deal. Police began a shoot-to-kill policy."))
    assert ("Argentina", "extended", "food-for-oil deal") in got, sorted(got)
    assert ("Police", "began", "shoot-to-kill policy") in got, sorted(got)


def test_a_relative_clause_states_its_own_fact(read):
    ex = read(
        "A release date has yet to be set for the charity recording, which was organised by Sharon Osbourne."
    )
    rels = [r for r in ex.relations if r.predicate == "organise"]
    assert rels and not any(r.modality for r in rels), [(r.predicate, r.modality) for r in rels]


def test_a_verb_chained_on_without_a_conjunction_inherits_no_subject(read):
    ex = read(
        "Sir Elton teamed up with Phil Collins to record a version of Eric Clapton's 1991 hit Tears In Heaven."
    )
    assert not [r for r in ex.relations if r.subject.label == "Elton" and r.predicate == "attacked"], sorted(
        facts(ex)
    )


def test_a_noun_after_the_conjunction_is_the_next_verbs_subject(read):
    got = facts(read("Microsoft cut prices and rivals followed suit."))
    assert ("Microsoft", "cut", "prices") in got, sorted(got)
    assert not {("Microsoft", "cut", "rivals"), ("Microsoft", "followed", "suit")} & got, sorted(got)


def test_a_countrys_possessive_makes_a_citizen(classified):
    got = facts(classified("Britain's Kelly Holmes won the race in Norwich."))
    assert ("Kelly Holmes", "citizen of", "United Kingdom") in got, sorted(got)
    assert ("Kelly Holmes", "lives in", "United Kingdom") not in got, sorted(got)


def test_directing_a_film_is_no_order(read):
    ex = read("Stephen Daldry directed the successful film version of the novel.")
    assert not [r for r in ex.relations if r.predicate == "ordered"], sorted(facts(ex))


def test_a_participle_after_a_stranded_preposition_has_no_subject(read):
    ex = read(
        "Shares in Solidere, the company founded by assassinated former prime minister Rafik Hariri, fell."
    )
    assert not [r for r in ex.relations if r.predicate == "killed"], sorted(facts(ex))


def test_a_span_of_time_does_nothing(read):
    got = facts(read("Serena Williams took just 56 minutes to defeat Sania Mirza."))
    assert ("Serena Williams", "defeat", "Sania Mirza") in got, sorted(got)
    assert not [f for f in got if f[0] == "minutes"], sorted(got)


def test_an_amount_is_no_of_phrase_of_a_label(read):
    got = facts(read("The directors agreed to leave their loans of £4.5m in the company."))
    assert not [f for f in got if f[2].endswith(" of m")], sorted(got)


def test_a_former_employer_is_past(read):
    ex = read("The board will be joined by former Microsoft finance director Yvonne Todd.")
    ties = [r for r in ex.relations if r.subject.label == "Yvonne Todd" and _obj(r) == "Microsoft"]
    assert ties and all(r.modality == "former" for r in ties), [(r.predicate, r.modality) for r in ties]


def test_labels_keep_letters_with_digits(read):
    got = facts(read("Virgin Radio offers 3G broadcasts on the MP3 player."))
    assert ("Virgin Radio", "offers", "3G broadcasts") in got, sorted(got)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The show has seen sales of its merchandise hit the $50m mark.", "attacked"),
        ("Some networks, such as Orange, charge up to £1 for every megabyte of data.", "accused"),
    ],
)
def test_a_verb_in_its_everyday_sense_carries_its_amount(read, text, wrong):
    ex = read(text)
    assert not [r for r in ex.relations if r.predicate_label == wrong], sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "fact", "absent"),
    [
        (
            "Agassi split from Australian coach Darren Cahill last month.",
            ("Darren Cahill", "citizen of", "Australia"),
            ("Darren Cahill", "coach of", "Australia"),
        ),
        (
            "French President Jacques Chirac met the Spanish striker Raul.",
            ("Jacques Chirac", "President of", "France"),
            ("Raul", "striker of", "Spain"),
        ),
        (  # a firm's chairman is no state's
            "Dutch co-chairman Antony Burgmans said the results were good.",
            ("Antony Burgmans", "citizen of", "Netherlands"),
            ("Antony Burgmans", "co-chairman of", "Netherlands"),
        ),
    ],
)
def test_a_nationality_before_a_job_is_citizenship_but_before_an_office_the_state(read, text, fact, absent):
    got = facts(read(text))
    assert fact in got and absent not in got, sorted(got)


def test_a_noun_that_qualifies_an_amount_is_no_node(read):
    ex = read("CBS was fined a record $550,000 by federal regulators.")
    assert "record" not in {r.subject.label for r in ex.relations} | {_obj(r) for r in ex.relations}, sorted(
        facts(ex)
    )


def test_a_trailing_participle_belongs_to_the_one_who_speaks(read):
    ex = read(
        "Lord Falconer denied fathers' activists had forced the changes, telling the BBC there is a "
        "recognition that something is wrong."
    )
    told = [r for r in ex.relations if r.predicate_label == "told"]
    assert [(r.subject.label, r.modality) for r in told] == [("Falconer", None)], sorted(facts(ex))


def test_what_is_used_to_do_something_does_not_do_it(read):
    ex = read("Restaurants are using text messages to tell customers about special offers.")
    assert "text messages" not in {r.subject.label for r in ex.relations}, sorted(facts(ex))


def test_kinship_is_a_tie_between_people_not_a_role(read):
    ex = read("Mutu is represented by Alessandro Moggi, son of club manager Luciano Moggi.")
    got = facts(ex)
    assert ("Alessandro Moggi", "son of", "Luciano Moggi") in got, sorted(got)
    assert not [r for r in ex.relations if r.predicate == "holdsRole" and _obj(r) == "son"], sorted(got)
    ex = read("Otis Kerry, son of rock star Brian Kerry, was arrested.")
    assert not [r for r in ex.relations if r.predicate == "holdsRole" and "son" in _obj(r)], sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The register shows former Tory leader William Hague earning up to £820,000.", "William Hague"),
        ("Kenteris blamed his former coach Christos Tzekos for failing to inform him.", "Christos Tzekos"),
    ],
)
def test_a_former_title_is_stated_as_past(read, text, person):
    ex = read(text)
    roles = [r for r in ex.relations if r.subject.label == person and r.predicate == "holdsRole"]
    assert roles and all(r.modality == "former" for r in roles), [(_obj(r), r.modality) for r in roles]


def test_a_title_word_at_the_start_of_a_sentence_is_no_organisation(read):
    ex = read("Shadow chancellor Oliver Letwin said the timing was convenient.")
    got = facts(ex)
    assert ("Oliver Letwin", "holds role", "Shadow chancellor") in got, sorted(got)
    assert not [r for r in ex.relations if _obj(r) == "Shadow"], sorted(got)


# ---- 4. a common noun with a country modifier is not the country -----------------------------------


def test_a_french_bank_is_not_france(read):
    ex = read("A French bank said it would repay the loans.")
    assert not [r for r in ex.relations if r.subject.type == "Country"], sorted(facts(ex))
    assert any(r.subject.label == "French bank" and r.predicate == "said" for r in ex.relations)
    # a described firm is one, unnamed
    assert ("French bank", "Organization") in nodes(ex)


@pytest.mark.parametrize(
    ("text", "label", "cls"),
    [
        # a described regulator is one, unnamed; several firms are a group
        (
            "Donations should be capped, the elections watchdog has said.",
            "elections watchdog",
            "GovernmentOrganization",
        ),
        ("International banks said the loans were safe.", "International banks", "Group"),
        # the opposition's cabinet is no body of the state; a technology called X is a thing
        ("But Tom Hale joined the shadow cabinet in 1980.", "shadow cabinet", "Organization"),
        ("Acme Corp has been working on a technology called Visual Radio.", "Visual Radio", "Concept"),
        # a maker of films is no firm but someone, a network of computers no broadcaster
        ("A veteran film-maker said the prize was deserved.", "veteran film-maker", "Person"),
        # … but "the film-maker" takes up someone named before, and is no new person
        (
            "Tom Hale won. The veteran film-maker said the prize was deserved.",
            "veteran film-maker",
            "Concept",
        ),
        # a part or a party of people is a group of them
        (
            "A third of the broadband users interviewed were fed up with their providers.",
            "third of broadband users",
            "Group",
        ),
        ("The trio of athletes reached the qualifying mark.", "trio of athletes", "Group"),
    ],
)
def test_a_described_firm_is_an_organisation(read, text, label, cls):
    assert (label, cls) in nodes(read(text))


@pytest.mark.parametrize(
    ("text", "label", "cls"),
    [
        (
            "DaimlerChrysler agreed a package with partner Mitsubishi Motors on Monday.",
            "Mitsubishi Motors",
            "Organization",
        ),
        (
            "CENTR, the Council of European National Top Level Domain Registries, agrees.",
            "CENTR",
            "Organization",
        ),
        (
            "Lawyers defending former WorldCom chief Bernie Ebbers called a witness.",
            "Bernie Ebbers",
            "Person",
        ),
    ],
)
def test_name_form_outranks_a_role_noun_and_a_role_noun_outranks_a_plural(read, text, label, cls):
    types = {e.label: e.type for e in read(text).entities}
    assert types.get(label) == cls, types


def test_a_name_the_model_misses_once_is_still_its_node(read):
    ex = read(
        "Last month, Paramount, Universal and Warner Brothers said they were opting for the format. "
        "Universal is to start producing films on the format in 2005."
    )
    universal = {
        (n.id, n.type)
        for r in ex.relations
        for n in (r.subject, r.object)
        if isinstance(n, Entity) and n.label == "Universal"
    }
    assert len(universal) == 1, universal


@pytest.mark.parametrize(
    ("text", "person", "not_a_person"),
    [
        (
            "Singers Jennifer Lopez and husband Marc Anthony are to perform a duet.",
            "Jennifer Lopez",
            "Singers Jennifer Lopez",
        ),
        (
            "Lady Hale, sitting with Lords Bingham and Steyn, said the appeal failed.",
            "Bingham",
            "Lords Bingham",
        ),
        (
            "He handed over his stake in Group Menatep - which controls Yukos - to Leonid Nevzlin.",
            "Leonid Nevzlin",
            "Yukos to",
        ),
    ],
)
def test_plural_titles_and_function_words_leave_names(read, text, person, not_a_person):
    labels = {e.label for e in read(text).entities}
    assert person in labels and not_a_person not in labels, labels


# ---- 11. what a statement says ----------------------------------------------------------------------


def test_statement_content_without_participants_is_a_proposition(read):
    """What someone said stays what they said even when it names no one: a proposition, not a concept."""
    ex = read('Mr Hale spoke on Monday. Mr Hale said: "Last week was misrepresented."')
    said = [r for r in ex.relations if r.predicate == "said"]
    assert [(r.subject.label, r.object.label, r.object.type) for r in said] == [
        ("Hale", "Last week was misrepresented", "Proposition")
    ], said


def test_a_country_before_a_playing_position_is_its_national_side(read):
    ex = read("Zimbabwe goalkeeper Tom Hale was sent off in Harare.")
    assert {(e.label, e.type) for e in ex.entities if e.label == "Zimbabwe"} == {("Zimbabwe", "Organization")}
    assert ("Tom Hale", "goalkeeper of", "Zimbabwe") in facts(ex)


@pytest.mark.parametrize(
    ("text", "kept", "gone_class"),
    [
        # meeting a target or a rule is no meeting
        ("Tom Hale said he had met his golden rule with a surplus.", ("Tom Hale", "met"), "Meeting"),
        ("Tom Hale said Acme Corp had met many of the demands.", ("Tom Hale", "said"), "Meeting"),
        # a question asked is no demand; a thing that helps is no one cooperating
        ("Tom Hale said the party asked people if they were happy.", ("Tom Hale", "said"), "Demand"),
        ("Tom Hale said the new treaty would help Britain.", ("Tom Hale", "said"), "Cooperation"),
        # a target met in a relative clause is no meeting
        ("Tom Hale must trim the deficit, a target he says he has now met.", ("Tom Hale", "said"), "Meeting"),
        # calling something something is a description, not a demand
        ("Tom Hale called 2004 an outstanding success.", ("Tom Hale", "called"), "Demand"),
        # hitting back is a retort; footage is shot with a camera
        ("Labour hit back at Michael Howard on Monday.", ("Labour", "hit back at"), "Attack"),
        ("Principal footage was shot in Morocco last year.", ("principal footage", "shot in"), "Killing"),
        # warrants are executed, drugs seized and markets captured without killing or arresting anyone
        (
            "Seventy search warrants were executed in the US last week.",
            ("seventy search warrants", "executed in"),
            "Killing",
        ),
        ("Police seized drugs worth £1m in Leeds.", ("Police", "seized"), "Arrest"),
        ("Firefox wants to capture 10% of the market by the end of 2005.", ("Firefox", "capture"), "Arrest"),
    ],
)
def test_a_verb_in_another_sense_leaves_its_usual_event_class(read, text, kept, gone_class):
    ex = read(text)
    assert kept in {(r.subject.label, r.predicate_label) for r in ex.relations}, sorted(facts(ex))
    assert gone_class not in {ev.type for ev in ex.events}


def test_not_to_mention_mentions_nothing(read):
    got = facts(read("There were delays at Leeds, not to mention angry bosses."))
    assert not any(p.startswith("mention") for _, p, _ in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "label", "cls"),
    [
        ("Tom Hale told Agence France Presse that the deal was off.", "Agence France Presse", "Organization"),
        ("Jeweller Zale felt little Christmas cheer.", "Zale", "Organization"),
        ("Lycos Europe said it was catching spammers.", "Lycos Europe", "Organization"),
    ],
)
def test_names_of_agencies_and_firms_introduced_by_their_trade(read, text, label, cls):
    ex = read(text)
    assert (label, cls) in {(e.label, e.type) for e in ex.entities}, [(e.label, e.type) for e in ex.entities]


def test_a_faith_is_no_actor_and_a_region_no_firm(read):
    ex = read("The film accused Islam of promoting violence. Sales in Latin America rose, Tom Hale said.")
    types = {e.label: e.type for e in ex.entities}
    assert types.get("Islam") == "Concept" and types.get("Latin America") == "Location", types


def test_they_takes_up_the_one_group_or_body_named_before(read):
    got = facts(read("The MPs met in Leeds on Monday. They said the law should be changed."))
    assert ("MPs", "said", "the law should be changed") in got, sorted(got)
    # plural things can be what "they" means: then it stays unresolved
    got = facts(read("Shares in Acme fell on Monday, analysts said. They had risen sharply in 2004."))
    assert not any(p.startswith("risen") for _, p, _ in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "fact", "not_fact"),
    [
        ("UK actress Tess Hale won the award.", ("Tess Hale", "citizen of", "United Kingdom"), "actress of"),
        ("Amelie star Tess Hale will play the lead.", None, "star of"),
    ],
)
def test_a_calling_is_held_at_no_employer(read, text, fact, not_fact):
    got = facts(read(text))
    assert fact is None or fact in got, sorted(got)
    assert not any(p == not_fact for _, p, _ in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "label", "cls"),
    [
        ("France Telecom said it would fund the deal.", "France Telecom", "Organization"),
        ("Labour MPs called for her removal.", "Labour MPs", "Group"),
    ],
)
def test_names_the_trained_model_reads_as_people(read, text, label, cls):
    ex = read(text)
    assert (label, cls) in {(e.label, e.type) for e in ex.entities}, [(e.label, e.type) for e in ex.entities]


def test_sharing_is_no_cooperation(read):
    ex = read("People will share music playlists on the new service.")
    assert not [e for e in ex.events if e.type == "Cooperation"], [(e.type, e.label) for e in ex.events]


def test_what_like_compares_with_is_not_the_subject(read):
    got = facts(read("Like Acme Corp, Globex Ltd has cut its prices."))
    assert ("Globex Ltd", "cut", "prices") in got and not [f for f in got if f[0] == "Acme Corp"], sorted(got)


def test_a_language_is_no_place(read):
    ex = read("Tom Hale said the film was shot in Hindi. Ann Lowe flew to Tonga on Monday.")
    assert ("Hindi", "Location") not in nodes(ex) and ("Tonga", "Country") in nodes(ex), sorted(nodes(ex))


def test_who_receives_what_is_sent_is_no_patient(read):
    got = facts(read("Tom Hale sent Ann Lowe his congratulations. Tom Hale told Jane Lowe the news."))
    assert {("Tom Hale", "sent to", "Ann Lowe"), ("Tom Hale", "told", "Jane Lowe")} <= got, sorted(got)
    assert ("Tom Hale", "sent", "Ann Lowe") not in got, sorted(got)
    # … but the one fined is, and the time it was fined is no noun of the amount
    got = facts(read("Ofcom fined Acme Corp $5m last autumn."))
    assert {("Ofcom", "fined", "Acme Corp"), ("Ofcom", "fined", "$5m")} == got, sorted(got)
    # … also when the parser hangs the one fined on the amount
    for text, fined in (
        ("The European Commission fined Intel 1bn euros.", {"Intel", "1bn euros"}),
        ("Regulators fined Citigroup £14m.", {"Citigroup", "£14m"}),
    ):
        got = facts(read(text))
        assert {f[2] for f in got if f[1] == "fined"} == fined, sorted(got)


def test_supporting_a_policy_is_no_cooperation(read):
    ex = read("Labour will support higher taxes. Acme Corp helped Ann Lowe in 2004.")
    assert [e.label for e in ex.events if e.type == "Cooperation"] == ["Acme Corp helped Ann Lowe"], [
        (e.type, e.label) for e in ex.events
    ]


def test_what_is_said_is_a_proposition_unless_it_is_an_event_of_a_kind(read):
    ex = read(
        "Tom Hale said January's figures were decent numbers. Tom Hale said Acme would cut jobs. "
        "Tom Hale said the army killed five protesters."
    )
    types = {r.object.label: r.object.type for r in ex.relations if r.predicate == "said"}
    assert types == {
        "January's figures were decent numbers": "Proposition",
        "Acme would cut jobs": "Proposition",
        "the army killed five protesters": "Killing",
    }, types
    # what the proposition says still stands, as the speaker's
    assert ("Acme", "cut", "jobs") in facts(ex)


def test_a_time_of_day_is_no_participant(read):
    got = facts(read("The prime minister walked into a shop at 0900 GMT, accompanied by aides."))
    assert not any("GMT" in o or "GMT" in s for s, _, o in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Gordon Brown will deliver his ninth Budget on Wednesday.", "Budget"),
        ("The Patriot Act was renewed by Congress.", "Patriot Act"),
    ],
)
def test_a_text_or_a_law_is_a_concept(read, text, label):
    got = nodes(read(text))
    assert (label, "Concept") in got and (label, "Organization") not in got, sorted(got)


@pytest.mark.parametrize(
    ("text", "label", "cls"),
    [
        ("Tom Hale won the Evening Standard Award.", "Evening Standard Award", "Concept"),
        (
            "Tom Hale cited the European Convention on Human Rights.",
            "European Convention on Human Rights",
            "Concept",
        ),
        ("Tom Hale studied at the University of Leeds.", "University of Leeds", "Organization"),
    ],
)
def test_a_name_with_of_or_on_is_named_by_the_word_before_it(read, text, label, cls):
    got = {(e.label, e.type) for e in read(text).entities}
    assert (label, cls) in got, sorted(got)


def test_a_nationality_far_before_a_name_is_not_its_own(read):
    got = facts(read("The Australian star faces competition from Tom Hale and Ian Moss."))
    assert not any(p == "citizen of" for _, p, _ in got), sorted(got)
    assert ("Tom Hale", "citizen of", "Australia") in facts(read("Australian Tom Hale won the race."))


def test_a_name_won_is_a_prize_unless_a_place(read):
    got = nodes(read("Tom Hale has already won a Golden Globe and a Bafta.")) | nodes(
        read("George Bush won Ohio in 2004.")
    )
    assert {("Golden Globe", "Concept"), ("Bafta", "Concept"), ("Ohio", "Location")} <= got, sorted(got)
    # a person's full name after a verb that also takes prizes is the person
    got = nodes(read("Jo Lee defended Tom Hale on Sunday."))
    assert ("Tom Hale", "Person") in got, sorted(got)


@pytest.mark.parametrize("name", ["Downing Street", "Downing St", "Kremlin"])
def test_a_seat_of_power_that_speaks_is_its_office(read, name):
    ex = read(f"{name} said a similar offer might be made.")
    assert {(e.label, e.type) for e in ex.entities} == {(name, "GovernmentOrganization")}, ex.entities


def _hedges(ex: Extraction, subject: str) -> set[tuple[str | None, str | None]]:
    return {(r.attribution, r.modality) for r in ex.relations if r.subject.label == subject}


def test_words_in_quotation_marks_are_the_speakers(read):
    # a quotation opening the paragraph after a speaker's goes on from that speaker
    ex = read(
        'Tom Hale of the charity said the plan was flawed.\n\n"Acme Corp is closing three factories in Leeds."'
    )
    assert _hedges(ex, "Acme Corp") == {("Tom Hale", None)}, [
        (r, r.attribution, r.modality) for r in ex.relations
    ]
    # … and one that no speaker comes before or after is no one's the text names: no fact
    ex = read('Tom Hale left early.\n\n"Acme Corp is closing three factories in Leeds."')
    assert _hedges(ex, "Acme Corp") == set(), [(r, r.attribution, r.modality) for r in ex.relations]
    ex = read('"Acme Corp is closing three factories in Leeds," said Tom Hale, the charity\'s director.')
    assert _hedges(ex, "Acme Corp") == {("Tom Hale", None)}, [
        (r, r.attribution, r.modality) for r in ex.relations
    ]


def test_as_long_as_makes_a_condition(read):
    ex = read("As long as Acme Corp continues to close factories, the town will suffer.")
    assert {m for _, m in _hedges(ex, "Acme Corp")} == {"conditional"}, sorted(facts(ex))


def test_a_title_before_the_next_name_is_not_an_apposition(read):
    got = facts(read("Without flanker Tom Hale, coach Ian Moss has had few injuries to worry about."))
    assert ("Ian Moss", "holds role", "coach") in got and ("Tom Hale", "holds role", "coach") not in got, (
        sorted(got)
    )


@pytest.mark.parametrize(
    ("text", "suspended"),
    [
        ("Colombia suspended intelligence sharing with the US.", True),
        ("Wales might end their losing run against Italy.", False),
        ("Tess Hale will end her career in June.", False),
    ],
)
def test_only_relations_aid_and_dealings_are_suspended(read, text, suspended):
    ex = read(text)
    assert ("Suspension" in {ev.type for ev in ex.events}) == suspended, sorted(facts(ex))


def test_a_nation_is_not_located_in_a_city(read):
    got = facts(read("Wood believes Wales might end their losing run against England in Cardiff."))
    assert not any(p == "located in" for _, p, _ in got), sorted(got)


def test_a_share_of_people_is_no_speaker_nor_a_survey_by_no_one(read):
    got = facts(
        read(
            "Almost a quarter said they would buy a phone. A survey said cameras were the most popular gift."
        )
    )
    assert not any(s in ("quarter", "survey") for s, _, _ in got), sorted(got)


def test_a_region_named_after_a_country_is_not_part_of_it(read):
    got = facts(read("The report covers the Scottish Parliament and the Northern Ireland Assembly."))
    assert ("Northern Ireland Assembly", "part of", "Ireland") not in got, sorted(got)


def test_a_body_is_part_of_the_country_its_nearest_demonym_names(read):
    # a Greek Cypriot is a Cypriot of Greek descent: the government is Cyprus's
    got = facts(read("The Greek Cypriot government rejected the reunification plan on Monday."))
    assert ("Greek Cypriot government", "part of", "Cyprus") in got, sorted(got)
    assert not [f for f in got if f[2] == "Greece"], sorted(got)
    # the forces of two countries are part of neither
    got = facts(read("British and American troops entered the city on Friday."))
    assert not [f for f in got if f[1] == "part of"], sorted(got)
    # … and those of no such country: the label keeps what says so
    got = facts(read("Non-US coalition forces are expected to join the operation."))
    assert not [f for f in got if f[1] == "part of"], sorted(got)
    assert any(s == "Non-US coalition forces" for s, _, _ in got), sorted(got)


def test_best_actress_is_a_prize_not_a_role(read):
    got = facts(read("Kate Winslet also lost to best actress Hilary Swank."))
    assert not any(p == "holds role" for _, p, _ in got), sorted(got)
    got = facts(read("Tom Vane won best actor for his role in Ray. Ann Lowe was nominated for best actress."))
    assert {("Tom Vane", "won", "best actor"), ("Ann Lowe", "nominated for", "best actress")} <= got, sorted(
        got
    )


def test_a_common_word_opening_a_sentence_is_no_place(read):
    ex = read('"Broadband is moving the perception of the internet," said Tom Hale. Apple said sales rose.')
    types = {e.label: e.type for e in ex.entities}
    assert "Broadband" not in types and types.get("Apple") == "Organization", types


def test_a_headline_noun_read_as_a_verb_gives_nothing(read):
    got = facts(read("Brazil buy boosts Inbev profits\n\nBelgian brewer Inbev said profits rose."))
    assert not any(o == "boosts" for _, _, o in got), sorted(got)
    assert ("Rebels", "seize", "towns") in facts(
        read("Rebels seize towns in Congo\n\nThe rebels seized towns.")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mike Hobday, from the League Against Cruel Sports, said the evidence was passed to police.",
            {("Mike Hobday", "works for", "League Against Cruel Sports")},
        ),
        (
            "One of the so-called Guildford Four, Gerry Conlon, said the families were delighted.",
            {("Gerry Conlon", "said", "the families were delighted")},
        ),
    ],
)
def test_speakers_the_parser_leaves_without_a_subject(read, text, expected):
    got = facts(read(text))
    assert expected <= got and not any(p == "said from" for _, p, _ in got), sorted(got)


def test_a_name_after_an_honorific_stays_a_person_whatever_it_follows(read):
    ex = read(
        "Prof Joni Lovenduski said women were under-represented. Prof Lovenduski added that it would change."
    )
    assert {(e.label, e.type) for e in ex.entities} >= {("Joni Lovenduski", "Person")}, ex.entities


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Athletics Kenya said it had suspended her.", "Athletics Kenya"),
        ("Cricket Australia said the tour would go ahead.", "Cricket Australia"),
    ],
)
def test_a_national_body_named_after_its_sport_and_country(read, text, label):
    ex = read(text)
    assert (label, "Organization") in {(e.label, e.type) for e in ex.entities}, ex.entities


def test_a_compass_word_before_a_country_names_a_region(read):
    ex = read("Northern Ireland beat Wales in Belfast.")
    assert "Northern Ireland" in {e.label for e in ex.entities}, ex.entities
    assert "Ireland" not in {e.label for e in ex.entities}, ex.entities


def test_a_news_agency_is_a_firm_and_a_list_is_a_thing(read):
    ex = read("Tom Hale told the Reuters news agency that Sony would sell more consoles.")
    assert ("Reuters news agency", "Organization") in nodes(ex), sorted(nodes(ex))
    assert not read("The list also acknowledges key influences and trends.").relations


def test_a_list_after_including_is_no_argument(read):
    got = facts(read("More than 40 stars sang at the concert, including Tom Hale and Ian Moss."))
    assert not any("including" in p for _, p, _ in got), sorted(got)


def test_telling_someone_what_will_happen_demands_nothing(read):
    ex = read("Tom Hale told the Reuters news agency that Sony would sell more consoles.")
    modalities = {r.modality for r in ex.relations if r.subject.label == "Sony"}
    assert modalities and "demanded" not in modalities, [(r, r.modality) for r in ex.relations]


def test_a_name_someone_records_or_presents_is_a_work(read):
    ex = read(
        "Critics have declared Fahrenheit 9/11 a milestone. Tess Hale presented Motormouth in the 1980s."
    )
    assert ("Motormouth", "Concept") in nodes(ex), sorted(nodes(ex))


def test_an_actor_noun_keeps_its_class_whatever_precedes_it(read):
    ex = read(
        "The government must act on the ruling, Tess Hale said. The Law Lords acknowledged the role of the "
        "government. The government did not accept the judgement."
    )
    assert {e.type for e in ex.entities if e.label.lower() == "government"} == {"GovernmentOrganization"}


def test_an_offer_to_do_something_is_a_plan(read):
    ex = read("BAA Ltd is also offering to buy noise-hit properties near Heathrow.")
    assert {r.modality for r in ex.relations if r.predicate_label.startswith("buy")} == {"planned"}, [
        (r, r.modality) for r in ex.relations
    ]


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("Gordon Brown targeted handouts at key voter groups.", False),
        ("Rebels targeted the convoy near Kabul.", True),
    ],
)
def test_targeting_a_thing_is_an_attack_only_by_armed_groups(read, text, attack):
    assert ("Attack" in {ev.type for ev in read(text).events}) == attack


def test_international_bodies_and_the_public(read):
    ex = read("Opec agreed to cut output. The Dutch government wanted to trick the public.")
    assert {("Opec", "Organization"), ("public", "Group")} <= nodes(ex), sorted(nodes(ex))


def test_which_way_an_amount_went_stays_with_its_verb(read):
    got = facts(read("US oil prices closed up $1.26 at $50.88 a barrel."))
    assert ("US oil prices", "closed up", "$1.26") in got, sorted(got)


def test_a_calling_glued_to_a_name_is_stripped(read):
    ex = read("Rapper Eminem was denied a fourth number one by Elvis Presley.")
    assert "Eminem" in {e.label for e in ex.entities} and "Rapper Eminem" not in {
        e.label for e in ex.entities
    }


def test_head_of_a_department_at_a_body_works_for_the_body(read):
    ex = read("Tess Hale, head of research at Acme Corp, said costs would rise.")
    got = {(r.subject.label, r.predicate, _obj(r)) for r in ex.relations}
    assert ("Tess Hale", "worksFor", "Acme Corp") in got, got
    assert ("Tess Hale", "leaderOf", "Acme Corp") not in got, got


def test_a_surname_after_an_honorific_is_no_people_or_place(read):
    got = facts(read("Oliver Irish, an analyst, spoke. Mr Irish said the iPod mini would sell well."))
    assert ("Oliver Irish", "said", "the iPod mini would sell well") in got, sorted(got)


def test_a_founder_founded_and_leads_nothing(read):
    ex = read("Microsoft founder Bill Gates said the software would ship in June.")
    got = {(r.subject.label, r.predicate, _obj(r)) for r in ex.relations}
    assert ("Bill Gates", "founder-of", "Microsoft") in got and (
        "Bill Gates",
        "leaderOf",
        "Microsoft",
    ) not in got


def test_what_someone_is_reported_to_do_is_hearsay(read):
    ex = read("Real Madrid are reported to be preparing a summer bid for Steven Gerrard.")
    assert {r.modality for r in ex.relations if r.subject.label == "Real Madrid"} == {"reported"}, [
        (r, r.modality) for r in ex.relations
    ]


def test_it_costs_so_much_to_do_something_is_no_one(read):
    ex = read(
        "The Digital Screen Network will improve access to films. It can cost up to £1,500 to make a print."
    )
    assert not any(r.predicate_label.startswith("cost") for r in ex.relations), sorted(facts(ex))


def test_what_a_denied_report_says_is_denied(read):
    ex = read(
        "Mary Hale has denied reports that she has pulled out of the Australian Open because of injury."
    )
    assert {r.modality for r in ex.relations if r.predicate_label.startswith("pulled")} == {"denied"}, [
        (r, r.modality) for r in ex.relations
    ]


@pytest.mark.parametrize(
    ("text", "accusation"),
    [
        ("Acme Corp blamed the fall in profits on the weather.", False),
        ("Acme Corp blamed the government.", True),
    ],
)
def test_blaming_a_thing_accuses_no_one(read, text, accusation):
    assert ("Accusation" in {ev.type for ev in read(text).events}) == accusation


@pytest.mark.parametrize(
    "text, fact",
    [
        # criticising a thing faults it; it accuses no one
        ("Some fans were criticising Acme Corp's tactics.", ("fans", "criticising", "Acme Corp tactics")),
        ("Tom Hale criticised Ann Lowe.", ("Tom Hale", "accused", "Ann Lowe")),
    ],
)
def test_criticising_a_thing_accuses_no_one(read, text, fact):
    assert fact in facts(read(text)), sorted(facts(read(text)))


def test_an_attack_made_while_saying_something_is_in_words(read):
    ex = read("Tom Hale has attacked the bankers, saying they ruined the town.")
    assert {ev.type for ev in ex.events} & {"Attack"} == set(), [(ev.type, ev.label) for ev in ex.events]
    assert ("Tom Hale", "accused", "bankers") in facts(ex), sorted(facts(ex))


def test_ending_up_doing_something_is_doing_it(read):
    ex = read("Mitsubishi Motors could end up building cars for Nissan.")
    assert "ended" not in {r.modality for r in ex.relations}, [(r, r.modality) for r in ex.relations]


def test_a_running_quotation_is_the_last_named_speakers(read):
    ex = read(
        '"The money is there," Tom Hale told the paper. "We will spend it in June. '
        'Acme Corp is closing three factories in Leeds."'
    )
    assert _hedges(ex, "Acme Corp") == {("Tom Hale", None)}, [
        (r, r.attribution, r.modality) for r in ex.relations
    ]


def test_a_reopened_quotation_stays_quoted(read):
    # writers reopen a running quotation without closing it: the last sentence is still quoted
    ex = read(
        '"The plan is flawed. "Tess Moss is fighting it. While Acme Corp is closing three factories," he said.'
    )
    # quoted, and by no one the text lets us name: no fact of the writer's
    assert _hedges(ex, "Acme Corp") == set(), [(r, r.attribution, r.modality) for r in ex.relations]
    ex = read(
        'Tom Hale spoke on Monday. "The plan is flawed. "Tess Moss is fighting it. While Acme Corp is closing '
        'three factories," Mr Hale said.'
    )
    assert _hedges(ex, "Acme Corp") == {("Tom Hale", None)}, [
        (r, r.attribution, r.modality) for r in ex.relations
    ]


def test_a_closing_speech_verb_attributes_the_whole_sentence(read):
    # the parser hangs "he said" on "ruling"; everything before it is what Hale said
    ex = read(
        "Tom Hale criticised the firm. Acme Corp was already using unpaid staff at its Leeds plant, "
        "ignoring a recent High Court ruling that this contravenes basic employment law, Mr Hale said."
    )
    assert _hedges(ex, "Acme Corp") == {("Tom Hale", None)}, [
        (r, r.attribution, r.modality) for r in ex.relations
    ]


def test_a_participle_before_the_speech_verb_is_not_the_speakers_deed(read):
    got = facts(
        read(
            "Acme Corp was already closing factories in Leeds, ignoring a recent court ruling, Mr Hale said."
        )
    )
    assert not any(s == "Hale" and p == "ignoring" for s, p, _ in got), sorted(got)
    assert ("Acme Corp", "ignoring", "recent court ruling") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "The regiment, the Kings Own Scottish Borderers, will merge with the Royal Scots.",
        "The Chemical Brothers released the album Push The Button in January.",
    ],
)
def test_a_capitalised_word_inside_a_name_is_no_verb(read, text):
    got = facts(read(text))
    assert not any(p.lower() in ("own", "push") for _, p, _ in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "subject", "modality"),
    [
        ("The new law obliges all firms with US listings to make declarations.", "firms", "obligation"),
        ("Tom Hale has recommended replacing the exams with a diploma.", "Tom Hale", "demanded"),
        ("Tom Hale called for scrapping the tax.", "Tom Hale", "demanded"),
    ],
)
def test_what_one_is_obliged_or_urged_to_do_is_not_done(read, text, subject, modality):
    ex = read(text)
    assert {m for _, m in _hedges(ex, subject)} == {modality}, [(r, r.modality) for r in ex.relations]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # what one was forced to do was done; what one will be forced to do is not yet
        ("Tom Hale was forced to miss the final in Leeds.", None),
        ("Acme Corp will be forced to sell its stake in Globex.", "obligation"),
    ],
)
def test_what_one_was_forced_to_do_happened(read, text, modality):
    ex = read(text)
    assert {r.modality for r in ex.relations if r.predicate.startswith(("miss", "sell"))} == {modality}, [
        (r, r.modality) for r in ex.relations
    ]


def test_a_people_employs_no_one(read):
    got = facts(read("European Commissioner Tom Hale said the deal was good."))
    assert not [f for f in got if f[2] == "European"], sorted(got)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Acme staff were weighing up the merits of delaying the merger.", "merits of delaying merger"),
        ("Tom Hale said the police felt the need to detain them.", "need to detain"),
    ],
)
def test_a_noun_keeps_the_deed_that_completes_it(read, text, thing):
    got = facts(read(text))
    assert any(o == thing for _, _, o in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Tess Hale is asking a Los Angeles court to award her damages.", "Los Angeles court"),
        ("PC-owning consumers had purchased an iPod.", "PC-owning consumers"),
        ('Tom Hale said it was "rather good" ministers held strong views.', "ministers"),
    ],
)
def test_a_described_actor_keeps_its_whole_modifier_and_no_quotation_mark(read, text, label):
    got = facts(read(text))
    assert any(s == label for s, _, _ in got), sorted(got)


def test_a_possessive_is_its_described_subjects_not_the_last_man_named(read):
    got = facts(
        read(
            "Prime Minister Tom Hale met Chancellor Ian Moss on Monday. Mr Moss is in Leeds this week. "
            "The prime minister is expected to repeat his insistence that the party is united."
        )
    )
    assert ("Tom Hale", "repeat", "insistence that the party is united") in got, sorted(got)
    assert not any("Ian Moss insistence" in o for _, _, o in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Acme sold the plant, which analysts said was losing money.", "the plant was losing money"),
        (
            'Tom Hale disowned the posters showing Ian Moss, which critics claimed were "offensive".',
            "the posters were offensive",
        ),
    ],
)
def test_what_is_said_in_a_relative_clause_is_of_its_noun(read, text, said):
    got = facts(read(text))
    assert any(p == "said" and o == said for _, p, o in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        # "Ireland were": national sides play here, so France facing Ireland is the French side
        (
            "Ireland were well beaten last week. Ireland now face France in Dublin. France won in Rome.",
            "Organization",
        ),
        ("France faces a budget crisis. France visited Germany on Monday.", "Country"),
    ],
)
def test_a_country_in_a_match_is_its_side_where_sides_play(read, text, cls):
    got = nodes(read(text))
    assert ("France", cls) in got, sorted(got)


def test_a_country_that_loses_an_amount_plays_no_match(read):
    got = nodes(read("Thailand may lose 30bn baht in earnings from tourism. Wales beat France on Saturday."))
    assert ("Thailand", "Country") in got, sorted(got)


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        ("Acme will not travel to Leeds for Bayern Munich's Champions League match.", False),
        ("Munster's Heineken Cup quarter-final has been moved to Leeds.", False),
        ("Tom Hale spoke on BBC Radio 4's Woman's Hour.", False),
        ("US gamers will be able to buy Sony's PlayStation Portable from March.", True),
        ("Tom Hale spoke on BBC Radio Scotland's Sunday Live programme.", True),
        # a body's body is its part or its partner as often as its own
        ("The Bank of England's Monetary Policy Committee raised rates.", False),
        # … and its name for an event is its coverage of it
        ("During the Games, viewers watched the BBC's Olympics on digital television.", False),
        # people a firm's possessive names act for it; it owns none of them
        (
            (
                "Russian oil firm Petrolux said the sale was illegal. Petrolux' US lawyers will attempt to "
                "have the assets frozen."
            ),
            False,
        ),
    ],
)
def test_a_possessive_before_a_longer_phrase_owns_no_name_inside_it(read, text, owned):
    got = facts(read(text))
    assert any(p == "owns" for _, p, _ in got) == owned, sorted(got)


def test_what_is_said_to_be_or_could_be_is_a_proposition(read):
    ex = read(
        "Tom Hale said he was ashamed to be a member of the party. "
        "Tom Hale argued that local councils could look harder at the figures. "
        "Tom Hale said the rebels could attack the town. Tom Hale said the rebels attacked the town."
    )
    types = {r.object.label: r.object.type for r in ex.relations if r.predicate in ("said", "argue")}
    assert types == {
        "he was ashamed to be a member of the party": "Proposition",
        "local councils could look harder at the figures": "Proposition",
        "the rebels could attack the town": "Proposition",
        "the rebels attacked the town": "Attack",
    }, types


@pytest.mark.parametrize(
    "text", ["Indians will rent the units from next year.", "Thousands of Iraqis fled the city."]
)
def test_a_plural_demonym_acting_is_a_group_of_people_not_the_state(read, text):
    got = nodes(read(text))
    assert any(cls == "Group" and label.endswith("s") for label, cls in got), sorted(got)
    assert not any(cls == "Country" for _, cls in got), sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp did not cut jobs, nor did it close the plant in Leeds.",
        "Neither Acme Corp nor Tom Hale closed the plant in Leeds.",
    ],
)
def test_nor_and_neither_deny(read, text):
    ex = read(text)
    closing = [r for r in ex.relations if r.predicate_label.startswith("close")]
    assert closing and all(r.negated for r in closing), [(r, r.negated) for r in ex.relations]
    assert not any(r.subject.label.startswith("Neither") for r in ex.relations), ex.relations


def test_the_first_part_of_a_split_hyphenated_word_is_no_node(read):
    got = facts(read("Paul Brizzel reached the semi-finals of the 60m hurdles."))
    assert ("Paul Brizzel", "reached", "semi-finals") in got and not any(o == "semi" for _, _, o in got), (
        sorted(got)
    )


def test_the_speaker_of_a_quotation_is_not_a_name_inside_it(read):
    got = facts(
        read(
            'Tom Hale spoke to reporters on Monday. "Ian Moss made the decisions," he told the court in Leeds.'
        )
    )
    assert ("Tom Hale", "told", "court") in got and not any(
        s == "Ian Moss" and p == "told" for s, p, _ in got
    ), sorted(got)


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        (
            "Blackburn Rovers beat Leeds United on Saturday. The home side dominated possession throughout.",
            {"Blackburn Rovers"},
        ),
        ("Blackburn Rovers lost to Leeds United. The other side dominated possession throughout.", set()),
    ],
)
def test_the_side_takes_up_the_team_named_before_but_not_the_other_side(read, text, teams):
    got = facts(read(text))
    dominated = {s for s, p, _ in got if p.startswith("dominated")}
    assert dominated & {"Blackburn Rovers", "Leeds United"} == teams, sorted(got)


@pytest.mark.parametrize(
    ("text", "holder", "modality"),
    [
        ("Tom Hale is confident that Acme Corp will close the plant in Leeds.", "Tom Hale", "expected"),
        ("Residents fear that Acme Corp will close the plant in Leeds.", "Residents", "feared"),
        ("Residents are worried that Acme Corp will close the plant in Leeds.", "Residents", "feared"),
    ],
)
def test_what_is_feared_or_expected_is_its_holders(read, text, holder, modality):
    ex = read(text)
    assert _hedges(ex, "Acme Corp") == {(holder, modality)}, [
        (r, r.attribution, r.modality) for r in ex.relations
    ]


def test_what_an_attitude_holds_is_a_proposition_as_what_is_said(read):
    ex = read("But Acme Corp is worried that the technique will give spammers the ability to spam.")
    held = [
        r.object for r in ex.relations if r.subject.label == "Acme Corp" and r.predicate_label == "worried"
    ]
    assert held and all(o.type == "Proposition" for o in held), sorted(facts(ex))
    statements = [ev for ev in ex.events if ev.type == "Statement"]
    assert any(role == "content" for ev in statements for role, _ in ev.roles), ex.events


def test_a_numeral_names_its_noun_and_a_work_descriptor_is_no_part_of_the_name(read):
    got = facts(read("The album Tourist fell to number six."))
    assert ("Tourist", "fell to", "number six") in got, sorted(got)


def test_a_work_descriptor_parsed_beside_its_name_is_no_second_node(read):
    got = facts(read("The film Alexander was panned by critics."))
    assert {o for _, p, o in got if p == "panned"} == {"Alexander"}, sorted(got)


def test_the_speaker_closing_a_sentence_is_not_the_one_spoken_of(read):
    got = facts(
        read(
            'Tom Hale denied the claims. Mr Ian Moss "made accounting decisions," he told the federal court.'
        )
    )
    assert ("Tom Hale", "told", "federal court") in got and not any(s == "Ian Moss" for s, _, _ in got), (
        sorted(got)
    )
    got = facts(read("When Tom Hale arrived in Leeds, he said he was happy."))
    assert ("Tom Hale", "said", "he was happy") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "So far this year Labour have compared me to Fagin and to Shylock.",
        "The committee blamed the department for a lack of leadership.",
        "Joss Whedon described Wonder Woman as the most iconic female heroine.",
    ],
)
def test_what_an_object_is_compared_blamed_or_described_as_is_not_the_subjects(read, text):
    got = facts(read(text))
    assert not any(p.endswith((" to", " for", " as")) for _, p, _ in got), sorted(got)


def test_an_adverb_opening_the_sentence_is_no_part_of_a_name(read):
    got = facts(read("Eventually Asimo could find gainful employment in homes."))
    assert any(s == "Asimo" for s, _, _ in got) and not any(s.startswith("Eventually") for s, _, _ in got), (
        sorted(got)
    )


@pytest.mark.parametrize(
    ("text", "arrest"),
    [
        ("Ana Ivanovic captured her first WTA title in Canberra.", False),
        ("Police captured the gunman in Leeds.", True),
    ],
)
def test_capturing_a_title_holds_no_one(read, text, arrest):
    assert ("Arrest" in {ev.type for ev in read(text).events}) == arrest


def test_a_future_post_is_not_yet_held_and_a_season_employs_no_one(read):
    ex = read("Kevin Bond is poised to join Harry Redknapp, who will be Saints' third boss of the season.")
    roles = {
        (r.predicate_label, _obj(r), r.modality) for r in ex.relations if r.subject.label == "Harry Redknapp"
    }
    assert roles == {("holds role", "third boss", "future"), ("third boss of", "Saints", "future")}, roles
    assert {r.modality for r in ex.relations if r.subject.label == "Kevin Bond"} == {"expected"}


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Newcastle boss Graeme Souness has defended his decision.", "Organization"),
        ("Tom Hale lives in Newcastle.", "Location"),
    ],
)
def test_a_towns_boss_runs_its_club(read, text, cls):
    assert ("Newcastle", cls) in nodes(read(text))


@pytest.mark.parametrize(
    ("text", "node"),
    [
        ("Green Day bagged the prize for best album at the ceremony.", ("Green Day", "Organization")),
        ("Paris hosted the summit on Monday.", ("Paris", "Location")),
    ],
)
def test_a_place_no_gazetteer_knows_that_acts_is_an_organisation(read, text, node):
    assert node in nodes(read(text))


@pytest.mark.parametrize(("owner", "speaker"), [("Labour", "Labour"), ("Acme Corp", None)])
def test_the_party_takes_up_the_party_named_before_and_no_firm(read, owner, speaker):
    got = facts(
        read(
            f"{owner} unveiled its plans on Monday. The party said the rises would be the lowest in a decade."
        )
    )
    assert {s for s, p, _ in got if p == "said"} == ({speaker} if speaker else set()), sorted(got)


def test_what_is_done_before_a_planned_deed_is_planned_too(read):
    ex = read("Gordon Brown will visit Kenya before chairing a meeting in London.")
    assert {r.modality for r in ex.relations if r.predicate_label == "chairing"} == {"future"}, ex.relations


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Tom Hale, the LTA's performance director, said the plan was flawed.", "worksFor"),
        ("Acme Corp's marketing director Tom Hale resigned.", "worksFor"),
        ("Tom Hale, chief executive of Acme Corp, resigned.", "leaderOf"),
    ],
)
def test_a_departments_director_works_for_the_body_its_chief_leads_it(read, text, predicate):
    ex = read(text)
    assert {r.predicate for r in ex.relations if r.predicate in ("worksFor", "leaderOf")} == {predicate}, (
        ex.relations
    )


def test_a_date_is_no_doer(read):
    got = facts(
        read(
            "Acme Corp stopped sales of the drug on 30 September, a move which caused its earnings to slide."
        )
    )
    assert not any("September" in s for s, _, _ in got), sorted(got)


def test_a_referees_title_is_no_part_of_the_name(read):
    got = nodes(
        read("Referee Howard Webb played a good advantage to allow Steve Stone to send Gary O'Neil away.")
    )
    assert ("Howard Webb", "Person") in got and not any(label.startswith("Referee") for label, _ in got), (
        sorted(got)
    )


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("British voters face being removed from the electoral rolls.", "possibility"),
        ("Tom Hale risked losing the confidence of the players.", "possibility"),
        ("Hopefully workers will support his campaign.", "desire"),
    ],
)
def test_what_one_faces_risks_or_hopes_for_is_not_asserted(read, text, modality):
    assert {r.modality for r in read(text).relations} == {modality}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Tom Hale reportedly met Anna Keaveney at a London hotel.", "reported"),
        ("Tom Hale allegedly paid Anna Keaveney £300.", "alleged"),
        ("Acme Corp was looking to buy the plant.", "planned"),
    ],
)
def test_what_is_reported_alleged_or_sought_is_not_asserted(read, text, modality):
    assert {r.modality for r in read(text).relations if r.predicate != "type"} == {modality}


@pytest.mark.parametrize(
    "text",
    [
        "No Acme Corp team will ever fall into that trap.",
        "Acme Corp have yet to confirm or deny the meeting.",
        "There are no plans for Tom Hale to hold a news conference.",
        "But the chiefs say there are no plans for Mr Hale to hold a news conference.",
        "Police said there was no evidence that Tom Hale stole the car.",
    ],
)
def test_a_deed_that_no_one_did_or_that_has_yet_to_happen_is_negated(read, text):
    rels = [r for r in read(text).relations if r.predicate not in ("type", "said")]
    assert rels and all(r.negated for r in rels), rels


@pytest.mark.parametrize(
    ("text", "node"),
    [
        ("Anna Keaveney appeared in Brookside for five years.", ("Brookside", "Concept")),
        (
            "Tom Hale appeared in Leeds Crown Court on Monday.",
            ("Leeds Crown Court", "GovernmentOrganization"),
        ),
    ],
)
def test_what_one_stars_in_is_a_work_but_a_court_is_a_court(read, text, node):
    assert node in nodes(read(text))


@pytest.mark.parametrize(
    ("text", "node"),
    [
        (
            "The Food and Drug Administration said it would act.",
            ("Food and Drug Administration", "GovernmentOrganization"),
        ),
        (
            "The European Medicines Agency said doctors should be cautious.",
            ("European Medicines Agency", "GovernmentOrganization"),
        ),
    ],
)
def test_an_administration_or_agency_of_a_state_is_a_government_body(read, text, node):
    assert node in nodes(read(text))


def test_a_speech_verb_with_an_object_reports_no_clause_before_it(read):
    got = facts(
        read(
            "Kelly Reid (4:31.34) was seventh in the women's 1500m while Gary Murray was 11th in the men's 3000m. "
            "Meanwhile, Stephen Cairns and Jill Shannon claimed the individual titles at the Championship in Coleraine."
        )
    )
    assert ("Jill Shannon", "claimed", "individual titles") in got and not any(
        p == "said" for _, p, _ in got
    ), sorted(got)


def test_joining_forces_is_an_idiom_not_an_army(read):
    got = facts(read("Vodafone has joined forces with Microsoft to sell phones."))
    assert not any(o == "forces" for _, _, o in got), sorted(got)


def test_a_change_keeps_what_changed_and_a_set_aside_object_is_no_patient(read):
    assert ("Cairn Energy", "reported", "rise in net profit") in facts(
        read("Cairn Energy reported a 52% rise in net profit.")
    )
    got = facts(read("Ned Temko blamed cock-up, not conspiracy, for the delay."))
    assert not any(o == "conspiracy" for _, _, o in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "town", "cls"),
    [
        (
            "Charlton manager Tom Hale paid tribute to striker Ian Moss after beating Norwich.",
            "Norwich",
            "Organization",
        ),
        ("Ipswich lost to Leeds on Saturday, and Tom Hale was sacked.", "Ipswich", "Organization"),
        ("Ipswich lost to Leeds on Saturday, and Tom Hale was sacked.", "Leeds", "Organization"),
        ("Storms battered Norwich and Leeds on Friday.", "Leeds", "Location"),
    ],
)
def test_a_town_that_is_beaten_or_loses_is_its_club(read, text, town, cls):
    got = {(e.label, e.type) for e in read(text).entities}
    assert (town, cls) in got, sorted(got)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Tom Hale appeared in Brookside and My Family.", ("Tom Hale", "appeared in", "My Family")),
        ("Tom Hale starred in His Dark Materials.", ("Tom Hale", "starred in", "His Dark Materials")),
        ("Tom Hale and his family left Leeds.", None),
    ],
)
def test_a_title_may_open_with_a_capitalised_possessive(read, text, fact):
    got = facts(read(text))
    assert fact is None or fact in got, sorted(got)
    assert not any(o in ("Family", "Dark Materials", "his family") for _, _, o in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "fact", "negated"),
    [
        (
            "Tom Hale has issued no instructions to the police.",
            ("Tom Hale", "issued", "instructions"),
            True,
        ),
        (
            "Tom Hale has issued new instructions to the police.",
            ("Tom Hale", "issued", "new instructions"),
            False,
        ),
    ],
)
def test_an_object_with_no_denies_the_deed(read, text, fact, negated):
    got = {(r.subject.label, r.predicate_label, _obj(r)): r.negated for r in read(text).relations}
    assert fact in got and got[fact] == negated, got


@pytest.mark.parametrize(
    ("text", "subject", "modality"),
    [
        ("The new law is designed to protect Acme Corp.", "new law", "purpose"),
        ("Tom Hale denied he planned to join Acme Corp.", "Tom Hale", "denied"),
        ("There are concerns that Acme Corp will close the plant.", "Acme Corp", "feared"),
        ("There were claims that Acme Corp had bribed Tom Hale.", "Acme Corp", "alleged"),
        ("Acme Corp will close the plant.", "Acme Corp", "future"),
    ],
)
def test_a_purpose_a_denial_and_a_nouns_that_clause_are_hedges(read, text, subject, modality):
    ex = read(text)
    got = {r.modality for r in ex.relations if r.subject.label == subject and r.predicate_label != "denied"}
    assert got == {modality}, [(r, r.modality) for r in ex.relations]


def test_a_language_is_no_country_and_a_profession_no_post_of_one(read):
    got = facts(read("Tom Hale said in French that the talks had failed."))
    assert not any(o == "France" for _, _, o in got), sorted(got)
    got = facts(read("US lawyer Tom Hale said the talks had failed. Ian Moss's lawyer Ann Bell was there."))
    assert ("Tom Hale", "citizen of", "United States") in got and ("Ann Bell", "lawyer of", "Ian Moss") in got
    assert not any(p == "lawyer of" and o == "United States" for _, p, o in got), sorted(got)


def test_fall_victim_is_an_idiom_and_an_amount_keeps_its_hedge(read):
    got = facts(read("Consumers have fallen victim to spyware. Acme's sales grew by more than 25% in May."))
    assert not any(o == "victim" for _, _, o in got), sorted(got)
    assert any(o == "more than 25%" for _, _, o in got), sorted(got)
    got = facts(read("The jobless rate went up to 5.5% in May."))
    assert any(o == "5.5%" for _, _, o in got), sorted(got)  # where it went, no "at most"
    got = facts(read("Unemployment remains close to 30%. Prices rose by just under 6% last year."))
    assert {"about 30%", "nearly 6%"} <= {o for _, _, o in got}, sorted(got)


def test_a_party_name_the_model_began_late_and_a_trade_agency(read):
    got = facts(read("Liberal Democrat leader Charles Kennedy said the tax was unfair."))
    assert ("Charles Kennedy", "leader of", "Liberal Democrat") in got, sorted(got)
    got = {e.type for e in read("Acme said its media buying agency had placed the adverts.").entities}
    assert got == {"Organization"}, got  # no public body


def test_an_amount_on_the_subject_of_a_passive_keeps_the_voice(read):
    got = facts(read("CNPC had been offered 20% of Yugansk. The top films grossed around $91m."))
    assert ("CNPC", "was offered", "20%") in got, sorted(got)
    assert not any(p == "offered" for _, p, _ in got), sorted(got)
    assert any(p == "grossed" for _, p, _ in got), sorted(got)  # active: no voice added


@pytest.mark.parametrize(
    ("text", "seller"),
    [
        (
            "Acme Corp makes toys in Leeds. Reuters reported that its sales rose. The company may sell a stake.",
            "Acme Corp",
        ),
        (
            "Acme Corp makes toys in Leeds. Globex Corp reported that sales rose. The company may sell a stake.",
            None,
        ),
        # … also when it "said" so, or someone "told" it
        (
            "Acme Corp makes toys in Leeds. Sales rose, said the Daily Herald. The firm may sell a stake.",
            "Acme Corp",
        ),
        (
            "Tom Hale told the Daily Herald that Acme Corp's sales rose. The company may sell a stake.",
            "Acme Corp",
        ),
    ],
)
def test_a_news_agency_named_as_the_source_is_not_the_company(read, text, seller):
    sellers = {s for s, p, o in facts(read(text)) if p == "sell"}
    assert "Reuters" not in sellers and (seller is None or seller in sellers), sellers


@pytest.mark.parametrize(
    ("text", "node"),
    [
        ("More than 700 million Chinese listen to radio stations.", ("Chinese", "Group")),
        ("Tom Hale's family comedy The Pacifier fell to the number two spot.", ("Pacifier", "Concept")),
    ],
)
def test_a_counted_demonym_is_people_and_a_described_title_a_work(read, text, node):
    got = nodes(read(text))
    assert node in got, sorted(got)


@pytest.mark.parametrize(
    ("text", "fact", "negated"),
    [
        (
            "The number of users not taking and sending pictures is growing.",
            ("users", "sending", "pictures"),
            True,
        ),
        ("Tom Hale did not win the race and lost his title.", ("Tom Hale", "lost", "title"), False),
    ],
)
def test_a_denial_spans_a_joined_verb_of_the_same_form(read, text, fact, negated):
    got = {(r.subject.label, r.predicate_label, _obj(r)): r.negated for r in read(text).relations}
    assert fact in got and got[fact] == negated, got


def test_a_name_that_he_carries_on_from_is_a_person_whatever_the_model_tagged(read):
    # the small model tags this "Juninho" an organisation; "he" takes up no firm
    text = "Leeds want to sign Juninho. Juninho joined Celtic in the summer, but he has lost his place."
    got = {(e.label, e.type) for e in read(text).entities}
    assert ("Juninho", "Person") in got, sorted(got)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Walter Smith, a canny manager, knows the value of team spirit.", "manager"),
        ("Tom Hale, the financial director of Acme Corp, resigned.", "financial director"),
    ],
)
def test_a_role_keeps_the_adjectives_of_its_kind_not_the_writers_praise(read, text, role):
    roles = {o for _, p, o in facts(read(text)) if p == "holds role"}
    assert roles == {role}, roles


def test_the_paper_takes_up_a_newspaper_and_a_range_keeps_both_bounds(read):
    text = (
        "The BBC reported the story. The Mirror printed the dossier. The paper said the document was found."
    )
    speakers = {s for s, p, _ in facts(read(text)) if p == "said"}
    assert speakers == {"Mirror"}, speakers
    got = facts(read("The jobs pay between $60,000 and $150,000 a year."))
    assert any(o == "between $60,000 and $150,000" for _, _, o in got), sorted(got)


def test_a_region_before_a_title_is_a_brief_not_an_employer(read):
    got = facts(read("Britain's Europe Director Tom Hale said the talks had failed."))
    assert not any(o == "Europe" for _, _, o in got), sorted(got)
    got = facts(read("Lycos Europe director Tom Hale said the talks had failed."))
    assert ("Tom Hale", "director of", "Lycos Europe") in got, sorted(got)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("They have got their iPod, their MP3 player, and their Xbox.", False),
        ("Tom Hale, the DVD player maker's boss, said sales fell.", True),
        ("Tom Hale, an NBA player, was injured.", True),
    ],
)
def test_a_machine_that_plays_is_no_player(read, text, held):
    got = facts(read(text))
    assert any(p == "holds role" for _, p, _ in got) == held, sorted(got)


def test_a_magistrates_title_is_no_part_of_the_name(read):
    got = facts(read("Magistrate Lee Gilmore said the case was closed."))
    assert ("Lee Gilmore", "said", "the case was closed") in got, sorted(got)


def test_a_recorder_is_a_machine_not_a_title(read):
    ex = read(
        "Cable firm Acme Corp is to offer a personal video recorder (PVR) in a set-top box. "
        "PVRs record TV programmes to a hard drive, and they replace video recorders."
    )
    assert not any(
        e.type in ("Person", "Group")
        for e in ex.entities
        if "recorder" in e.label.lower() or "PVR" in e.label
    ), [(e.label, e.type) for e in ex.entities]


def test_a_percentage_ends_what_was_said(read):
    got = facts(
        read("Analysts say that Acme Corp has lost market share, down from half of users to less than 40%.")
    )
    said = {o for _, p, o in got if p == "said"}
    assert any(o.endswith("less than 40%") for o in said), said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Tom Hale took the drug," said a statement from the Court of Arbitration for Sport.',
            "Court of Arbitration for Sport",
        ),
        ("A study by the Bank of England says house prices will fall.", "Bank of England"),
        ("A US report said almost 1.5 million posts disappeared.", "US report"),
        ("Reports say that Acme Corp has lost 10% of its market share.", None),
        ("A statement said that Acme Corp would appeal against the ruling.", None),
        ("A survey said cameras were the most popular gift.", None),
    ],
)
def test_a_text_speaks_for_its_author_and_bare_reports_for_no_one(read, text, speaker):
    ex = read(text)
    speakers = {s for s, p, _ in facts(ex) if p == "said"}
    assert speakers == ({speaker} if speaker else set()), speakers
    if speaker is None:  # what no one in particular says stays reported
        assert all(r.attribution or r.modality for r in ex.relations if r.predicate_label != "said")


def test_a_hyphened_number_stays_with_its_noun(read):
    got = facts(read("Sprinter Jane Roe has received an eight-year ban for doping offences."))
    assert ("Jane Roe", "received", "eight-year ban") in got, sorted(got)


def test_a_name_does_not_run_into_an_unclosed_bracket(read):
    got = {
        e.label
        for e in read("The Inter-American Development Bank (IADB) said exports reached $445bn.").entities
    }
    assert "Inter-American Development Bank" in got and not any("(" in label for label in got), got


def test_a_verb_joined_after_a_time_keeps_its_subject(read):
    ex = read(
        "Pricked into action, the OFHEO turned its attention to Acme Corp and in September this year "
        "said that Acme Corp had tweaked its books."
    )
    said = {(s, o) for s, p, o in facts(ex) if p == "said"}
    assert ("OFHEO", "Acme Corp had tweaked its books") in said, said
    assert {r.attribution for r in ex.relations if r.predicate_label == "tweaked"} == {"OFHEO"}


@pytest.mark.parametrize(
    ("text", "fact", "predicate"),
    [
        ("Tory chairman Liam Fox accused Labour of lying.", ("Liam Fox", "Tory"), "memberOf"),
        ("Acme Corp chairman John Smith said profits rose.", ("John Smith", "Acme Corp"), "leaderOf"),
    ],
)
def test_a_party_chairman_runs_its_office_not_the_party(read, text, fact, predicate):
    got = {(r.subject.label, _obj(r)): r.predicate for r in read(text).relations}
    assert got.get(fact) == predicate, got


def test_a_participle_before_a_noun_is_no_verb(read):
    got = facts(
        read(
            'The TUC has called on the government to appoint "roving" safety reps and to increase '
            "spending on inspections."
        )
    )
    assert not any(p == "roving" for _, p, _ in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "fact", "modality"),
    [
        ("Jane Roe used these substances to enhance her performance.", ("Jane Roe", "enhance"), "purpose"),
        (
            "Tom Hale is the finance minister. A new law makes him cut the deficit.",
            ("Tom Hale", "cut"),
            "obligation",
        ),
        ("The scandal made Tom Hale resign from Acme Corp.", ("Tom Hale", "resign from"), None),
        ("Jane Roe used to work for Acme Corp.", ("Jane Roe", "works for"), "former"),
        # what is scheduled or confirmed to be done is a plan
        ("Tom Hale is scheduled to meet Ann Lowe in Paris.", ("Tom Hale", "meet"), "planned"),
        # ... and so is a simple present with a time ahead
        ("Tom Hale flies to Paris tomorrow.", ("Tom Hale", "flies to"), "planned"),
        ("Every Friday, Tom Hale flies to Paris.", ("Tom Hale", "flies to"), None),  # a habit
        # what one chose to do, one did; what one will choose to do is a plan
        ("Tom Hale chose to sell Globex Corp.", ("Tom Hale", "sell"), None),
        ("Tom Hale will choose to sell Globex Corp.", ("Tom Hale", "sell"), "planned"),
    ],
)
def test_what_a_means_is_for_and_what_a_law_makes_one_do_are_not_done(read, text, fact, modality):
    got = {(r.subject.label, r.predicate_label): r.modality for r in read(text).relations}
    assert fact in got and got[fact] == modality, got


def test_every_country_in_a_list_a_side_loses_to_is_a_side(read):
    got = nodes(
        read("Moore says England have lost against Wales, France and Ireland in this year's tournament.")
    )
    assert {("France", "Organization"), ("Ireland", "Organization")} <= got, sorted(got)
    assert ("France", "Country") in nodes(
        read("Tom Hale, the foreign minister, visited Wales, France and Ireland.")
    )


def test_a_name_with_an_acronym_in_it_is_no_expansion_of_the_acronym(read):
    got = facts(read("BT is launching BT Together, a new plan for customers. BT is offering free calls."))
    assert ("BT", "offering", "free calls") in got, sorted(got)
    got = facts(read("General Motors sold more cars. GM said profits rose 5%."))
    assert ("General Motors", "said", "profits rose 5%") in got, sorted(got)


def test_a_plural_noun_given_by_named_examples_is_those_actors(read):
    got = facts(read("When operators such as BT and Telewest offered cheap broadband, prices fell."))
    assert {("BT", "offered", "cheap broadband"), ("Telewest", "offered", "cheap broadband")} <= got, sorted(
        got
    )
    assert not any(s == "operators" for s, _, _ in got), sorted(got)


def test_a_description_in_a_reported_clause_is_not_its_reporter(read):
    got = facts(
        read(
            "Fosters Group made a bid for Southcorp. In a separate statement, Southcorp confirmed the brewer "
            "had asked for talks."
        )
    )
    assert ("Fosters Group", "asked for", "talks") in got, sorted(got)
    assert ("Southcorp", "asked for", "talks") not in got, sorted(got)


def test_an_object_that_is_the_subject_of_what_was_said_opens_it(read):
    text = "Tom Hale said taxation as a share of the economy would go up under all three of the main parties."
    said = {o for s, p, o in facts(read(text)) if p == "said"}
    assert said == {"taxation as a share of the economy would go up under all three of the main parties"}, (
        said
    )


def test_a_compound_of_a_compound_stays_in_the_name(read):
    got = facts(read("Gemma Jackson was shortlisted for the art direction prize."))
    assert ("Gemma Jackson", "shortlisted for", "art direction prize") in got, sorted(got)


@pytest.mark.parametrize(
    ("text", "fact", "modality"),
    [
        (
            "Acme Corp put up a page that lets visitors donate money to the Red Cross.",
            ("visitors", "donate"),
            "possibility",
        ),
        (
            "Acme Corp offers services which make it easy for users to set up blogs.",
            ("users", "set up"),
            "possibility",
        ),
        ("It is important that retailers do not sell violent games.", ("retailers", "sell"), "obligation"),
        ("It is clear that Acme Corp sold the plant.", ("Acme Corp", "sold"), None),
        ("It is unclear if Acme Corp sold the plant.", ("Acme Corp", "sold"), "uncertain"),
    ],
)
def test_what_is_let_made_easy_or_ought_to_be_is_not_done(read, text, fact, modality):
    got = {(r.subject.label, r.predicate_label): r.modality for r in read(text).relations}
    assert fact in got and got[fact] == modality, got


def test_a_finite_clause_after_a_vow_has_no_patient(read):
    got = facts(read("Tom Hale vowed the nine men would remain in prison."))
    assert not any(o == "men" for _, _, o in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Meanwhile, Bob Malcolm and Rangers have been informed by letter as to the outcome of the hearing.",
            "letter",
        ),
        (
            (
                "The legal action accuses Mr Spector of battery, alleging he grabbed Lana Clarkson before "
                "shooting her to death."
            ),
            "death",
        ),
        ('"I have nothing to add," said Rangers manager Alex McLeish of Novo\'s punishment.', "Novo"),
        ("Lord Smith of Leeds said the ban was wrong.", "Leeds"),
        (
            "An umbrella organisation called the Disasters Emergency Committee has been set up.",
            "Disasters Emergency Committee",
        ),
    ],
)
def test_means_results_possessives_peers_and_names_are_no_participants(read, text, absent):
    got = facts(read(text))
    assert not any(absent in (s, o) for s, _, o in got), sorted(got)


def test_a_head_of_a_field_has_the_field_in_the_title(read):
    got = facts(read("Lisa Power, head of policy at the Terrence Higgins Trust, said the plan was wrong."))
    assert ("Lisa Power", "holds role", "head of policy") in got, sorted(got)
    assert ("Lisa Power", "head of policy at", "Terrence Higgins Trust") in got, sorted(got)


def test_a_counted_share_speaks_for_the_people_counted(read):
    ex = read("Almost 70% of those asked in a poll said that net firms must protect their customers.")
    assert {r.attribution for r in ex.relations if r.predicate_label == "protect"} == {
        "those asked in a poll"
    }


def test_a_list_keeps_what_it_lists_and_a_name_given_types_its_bearer(read):
    got = facts(read("The list of the top 10 data disasters was compiled by recovery company Ontrack."))
    assert ("Ontrack", "compiled", "list of top data disasters") in got, sorted(got)
    assert ("Keane", "Organization") in nodes(read("A band called Keane won the award."))
    assert ("aid agencies", "Organization") in nodes(
        read("The web is helping aid agencies gather resources.")
    )


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "The Dutch government is holding a further meeting on Friday with retail representatives.",
            "planned",
        ),
        ("Tom Hale is meeting retail representatives next week.", "planned"),
        ("Tom Hale is meeting retail representatives today.", None),
    ],
)
def test_a_present_progressive_with_a_time_ahead_is_a_plan(read, text, modality):
    got = {r.modality for r in read(text).relations if r.predicate_label.startswith(("holding", "meeting"))}
    assert got == {modality}, got


@pytest.mark.parametrize(
    ("text", "verb", "modality", "date"),
    [
        # a simple present with a day of the calendar is a fixture, on the day after the article
        ("Acme Rovers face Globex United in Leeds on 27 November.", "face", "planned", dt.date(2025, 11, 27)),
        ("Tom Hale will meet Ann Lowe on Friday.", "meet", "future", dt.date(2025, 11, 14)),
        ("Tom Hale plays Ann Lowe in the next round.", "plays", "planned", None),
        ("Acme Rovers travel to Leeds in a fortnight.", "travel to", "planned", None),
        ("Tom Hale met Ann Lowe on 27 October.", "met", None, dt.date(2025, 10, 27)),
        ("Tom Hale met Ann Lowe on Friday.", "met", None, dt.date(2025, 11, 7)),
    ],
)
def test_a_fixture_is_planned_and_dated_ahead(read, text, verb, modality, date):
    got = {(r.modality, r.date) for r in read(text).relations if r.predicate_label == verb}
    assert got == {(modality, date)}, got


@pytest.mark.parametrize(
    ("text", "work"),
    [
        # a title after the kind of work it names, which the recogniser missed or cut
        (
            (
                "Animated movie Robots has opened at the top of the box office chart, taking $20m on its first "
                "weekend. Featuring the voices of Tom Hale and Ann Lowe, Robots follows an inventor who moves to "
                "a big city."
            ),
            "Robots",
        ),
        ("Their debut album Hopes and Fears won the award in London.", "Hopes and Fears"),
        ("Ann Lowe presented the music programme Top of the Pops.", "Top of the Pops"),
    ],
)
def test_a_title_after_its_kind_of_work_is_one_work(read, text, work):
    got = nodes(read(text))
    assert (work, "Concept") in got, sorted(got)
    assert not {label for label, _ in got} & set(work.split()) - {work}, sorted(got)


def test_a_title_word_a_contest_stage_and_a_harms_place_are_no_actors(read):
    # a title's word before the name is no verb
    got = facts(read('"This is typical," said Tory shadow local government secretary Ann Lowe.'))
    assert not any(p == "shadow" for _, p, _ in got), sorted(got)
    # a group of a contest is a stage of it, no body
    got = nodes(
        read("Acme Rovers will play Globex United in the final, after Acme Rovers qualified from Group C.")
    )
    assert not any(label.startswith("Group C") and cls != "Concept" for label, cls in got), sorted(got)
    # what a harm did is the harm's, not its place's
    got = facts(
        read("Prices jumped after a fire at Acme Oil's refinery in Texas, which shut down petrol production.")
    )
    assert not any(s == "Texas" for s, _, _ in got), sorted(got)


def test_a_post_at_what_a_body_owns_or_runs_somewhere_is_no_post_at_the_body(read):
    # the post is at the body's lab, and its holder works for the body
    got = facts(read('"We did it," said Tom Hale, director of Acme Corp\'s photonics lab.'))
    assert ("Tom Hale", "works for", "Acme Corp") in got, sorted(got)
    assert ("Tom Hale", "director of", "Acme Corp") not in got, sorted(got)
    # "Acme Corp in Europe" is where the post is, not where Acme Corp is based (a town is, though)
    got = facts(
        read(
            '"We can only guess," said Tom Hale, studio general manager for video game giant Acme Corp in Europe.'
        )
    )
    assert ("Acme Corp", "based in", "Europe") not in got, sorted(got)
    got = facts(read('"It is a worry," said Ann Lowe, a strategist at Globex Capital in Leeds.'))
    assert ("Globex Capital", "based in", "Leeds") in got, sorted(got)
    # a post held no more is read with its time, never as a plain one
    got = facts(read("Ann Lowe, the former head of Acme Corp's private client business, has left."))
    assert not any(s == "Ann Lowe" and o == "Acme Corp" for s, _, o in got), sorted(got)


def test_a_plural_noun_right_before_names_is_those_names(read):
    got = facts(read("US car firms General Motors and Ford have been forced to cut production."))
    assert {("General Motors", "cut", "production"), ("Ford", "cut", "production")} <= got, sorted(got)
    assert not any(s == "US car firms" for s, _, _ in got), sorted(got)
    got = facts(
        read("Tom Hale also singled out stand-in flankers Ted Rees and John Hart for special praise.")
    )
    want = {("Tom Hale", "singled out", "Ted Rees"), ("Tom Hale", "singled out", "John Hart")}
    assert want <= got, sorted(got)


def test_a_past_marker_after_a_comma_opens_the_post(read):
    got = held_roles(read("Earlier, ex-Conservative chancellor Tom Hale welcomed the rules."))
    assert got == {("Tom Hale", "chancellor", "former")}, got


def test_whom_a_quotation_names_is_not_its_speaker(read):
    ex = read(
        "Tom Hale has joined Globex. Acme chairman Jim Press said he was disappointed. According to Press, "
        "Hale vowed he would not join their rivals when he left Acme. \"I said to Tom 'I hope you don't go "
        "to Globex', and he told me 'absolutely not',\" he said."
    )
    got = {
        r.subject.label for r in ex.relations if r.predicate_label == "said" and _obj(r).startswith("I said")
    }
    assert got == {"Jim Press"}, got


def test_a_description_opening_its_sentence_takes_up_the_subject_before(read):
    ex = read(
        "Acme Corp sales fell 5% in January. Acme Corp blamed the weather, and Acme Corp cut output. Even the "
        "smaller Globex Motors snapped up more business. In 2003, the firm launched a plan to triple US sales."
    )
    got = {r.subject.label for r in ex.relations if r.predicate_label == "launched"}
    assert got == {"Globex Motors"}, got


def test_a_republic_is_its_state(read):
    got = nodes(
        read("Rebels attacked the Democratic Republic of Congo. Tom Hale visited the Republic of Georgia.")
    )
    assert {("DR Congo", "Country"), ("Georgia", "Country")} <= got, sorted(got)
    assert not any(label == "Republic" for label, _ in got), sorted(got)


def test_a_title_set_off_by_its_author_is_a_work(read):
    ex = read(
        "Tom Hale attacked Jim Press. Brown's Britain, by Ann Lowe, says there is mutual animosity between the "
        "two men. It claims Mr Hale said he would stand down."
    )
    speakers = {r.subject.label for r in ex.relations if r.predicate_label in ("said", "says", "claims")}
    assert "United Kingdom" not in speakers, speakers
    got = nodes(read("Soldier, by Ann Lowe and Tom Hale, debuted at number four."))
    assert ("Soldier", "Concept") in got, sorted(got)


def test_a_town_before_a_job_is_where_it_is_done_not_an_employer(read):
    got = facts(read('On pay, London teacher Ann Lowe said: "Where are you going to put everyone?"'))
    assert not any(s == "Ann Lowe" and o == "London" for s, _, o in got), sorted(got)
    got = facts(read("Middlesbrough mayor Tom Hale said the town was safe."))
    assert ("Tom Hale", "mayor of", "Middlesbrough") in got, sorted(got)


def test_a_full_name_the_news_model_reads_as_a_person_is_no_unknown_place(read):
    ex = read(
        "Celtic's Henri Camara and Nacho Novo of Rangers have both been suspended. Novo will miss the "
        "meetings with Dundee United."
    )
    assert ("Nacho Novo", "Person") in nodes(ex), sorted(nodes(ex))
    assert not any(n.label.endswith("Novo") and n.type != "Person" for n in ex.entities), sorted(nodes(ex))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Tory co-chairman Liam Fox spoke.", ("Liam Fox", "memberOf", "co-chairman of", "Tory")),
        (
            "Acme Corp vice-president Tom Hale resigned.",
            ("Tom Hale", "worksFor", "vice-president of", "Acme Corp"),
        ),
        (
            "Labour deputy leader John Prescott spoke.",
            ("John Prescott", "worksFor", "deputy leader of", "Labour"),
        ),
    ],
)
def test_a_prefixed_title_is_one_post_and_a_deputy_leads_no_one(read, text, fact):
    got = {(r.subject.label, r.predicate, r.predicate_label, _obj(r)) for r in read(text).relations}
    assert fact in got, sorted(got)
    assert not any(p == "leaderOf" for _, p, _, _ in got), sorted(got)


def test_what_someone_is_accused_of_is_the_accusers_claim(read):
    ex = read("Liam Fox accused Tony Blair of telling lies about his opponents' policies.")
    told = [r for r in ex.relations if r.subject.label == "Tony Blair" and r.predicate_label == "told"]
    assert told and all(r.modality == "alleged" and r.attribution == "Liam Fox" for r in told), told


def test_a_descriptor_parsed_as_a_second_subject_gives_way_to_the_name(read):
    got = facts(read("But media watchdog Ofcom has said the broadcaster will not be privatised."))
    assert {s for s, p, _ in got if p == "said"} == {"Ofcom"}, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's economic leaders have been banging the drum for the new rules.",
        "The youngsters strutted their stuff on the big stage.",
    ],
)
def test_idioms_of_display_have_no_object(read, text):
    got = facts(read(text))
    assert not any(o in ("drum", "stuff") for _, _, o in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Acme Corp sells phones. A small firm in Leeds also makes phones. The firm said sales rose.",
            set(),
        ),
        ("Acme Corp sells phones. The firm said sales rose.", {"Acme Corp"}),
        (
            "The Parents Television Council has attacked the show. The watchdog said it was too violent.",
            {"Parents Television Council"},
        ),
    ],
)
def test_a_description_takes_up_the_one_named_or_unnamed_before(read, text, speakers):
    got = {s for s, p, _ in facts(read(text)) if p == "said"}
    assert got == speakers, got


def test_a_place_before_a_descriptor_is_where_the_named_organisation_is_from(read):
    got = facts(read("New York band Scissor Sisters won the award."))
    assert ("Scissor Sisters", "based in", "New York") in got, sorted(got)


def test_who_stars_in_a_described_title(read):
    got = facts(read("Million Dollar Baby, a boxing drama starring Hilary Swank, won the Oscar."))
    assert ("Hilary Swank", "stars in", "Million Dollar Baby") in got, sorted(got)
    assert not any(p == "stars in" for _, p, _ in facts(read("He sold posters featuring Tony Blair.")))


def test_a_playing_position_hyphened_on_a_job_word_is_no_post(read):
    got = facts(read("Leicester tight-head Julian White was injured."))
    assert not any(p.startswith(("head", "tight-head")) for _, p, _ in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "fact", "modality"),
    [
        (
            (
                "Paul McCartney sang. Three years ago, he was invited to perform at the first Super Bowl "
                "after the September 11 attacks and performed his specially-written song Freedom."
            ),
            ("Paul McCartney", "performed"),
            None,
        ),
        (
            "Germaine Greer has criticised the show's bullying of housemates after quitting the reality TV show.",
            ("Germaine Greer", "quitting"),
            None,
        ),
        (
            "The Ofcom report suggests doubling the spending limit for candidates.",
            ("Ofcom", "doubling"),
            "demanded",
        ),
        (  # "reform" parsed as joined to "needed": every verb of the list is needed
            "The survey said India needed to ease limits on investment, reform labour laws and cut duties.",
            ("India", "reform"),
            "obligation",
        ),
        (
            "The survey said India needed to ease limits on investment, reform labour laws and cut duties.",
            ("India", "cut"),
            "obligation",
        ),
    ],
)
def test_a_finite_verb_a_time_and_a_proposal_are_read_as_such(read, text, fact, modality):
    got = {(r.subject.label, r.predicate_label): r.modality for r in read(text).relations}
    assert fact in got and got[fact] == modality, got


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Tom Hale confirmed in midweek that he would join Acme Corp.", "future"),
        ("Tom Hale said he would join Acme Corp if the price fell.", "conditional"),
        ("Tom Hale would join Acme Corp.", "conditional"),
    ],
)
def test_would_in_reported_speech_is_will_moved_back(read, text, modality):
    got = {r.modality for r in read(text).relations if r.predicate_label == "join"}
    assert got == {modality}, got


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The sale has bought time for Gazprom to raise the money needed for the purchase.", "raise"),
        ("Photographers were entitled to earn a living.", "earn"),
        # how likely it is leaves it in the balance, whatever the tense
        ("Analysts say it is highly unlikely the Reserve Bank will raise rates.", "raise"),
        ("It is possible that Acme Corp sold the plant.", "sold"),
    ],
)
def test_a_chance_or_a_right_to_do_something_is_not_doing_it(read, text, predicate):
    got = {r.modality for r in read(text).relations if r.predicate_label == predicate}
    assert got == {"possibility"}, got


@pytest.mark.parametrize(
    ("text", "predicate", "modality", "negated"),
    [
        ("Acme Corp did not plan to pursue the airport authority.", "pursue", "planned", True),
        ("Acme Corp does not want to sell the unit.", "sell", "desire", True),
        ("Analysts do not expect Acme Corp to cut prices.", "cut", "uncertain", False),
        ("Acme Corp no longer sells cigarettes.", "sells", "ended", False),
        ("Thousands of job seekers have given up looking for work.", "looking for", "ended", False),
    ],
)
def test_a_plan_denied_and_a_deed_no_longer_done(read, text, predicate, modality, negated):
    got = {(r.modality, r.negated) for r in read(text).relations if r.predicate_label == predicate}
    assert got == {(modality, negated)}, got


@pytest.mark.parametrize(
    ("text", "fact", "modality"),
    [
        ("Top seed Andy Roddick rallied to beat Thomas Enqvist.", ("Andy Roddick", "beat"), None),
        ("Kelly Holmes went on to win the gold medal.", ("Kelly Holmes", "win"), None),
        ("Olivier Rochus goes on to face Jan Hernych in the final.", ("Olivier Rochus", "face"), "planned"),
        ("Acme Corp cut prices to win customers.", ("Acme Corp", "win"), "purpose"),
        ("Ann Lowe came from a set down to beat Jo Pike.", ("Ann Lowe", "beat"), None),
        ("Tom Hale came from London to meet Ann Lowe.", ("Tom Hale", "meet"), "purpose"),
        # a rival named after a past deed: the result ("ran 3:56 to beat X", "hit a century to beat Y")
        ("Bernard Lagat ran three minutes 56 seconds to beat Nate Brannen.", ("Bernard Lagat", "beat"), None),
        ("Ronnie O'Sullivan hit a century to beat Ken Doherty.", ("Ronnie O'Sullivan", "beat"), None),
        # a goal after a run or a reaction in a match report: scored
        (
            "Jim Roe reacted first to smash the ball past the despairing Ann Lowe.",
            ("Jim Roe", "smash"),
            None,
        ),
        ("Acme Corp cut prices to drive sales.", ("Acme Corp", "drive"), "purpose"),  # no ball struck
        # leaving a post to take up the next: done, by the one who left
        ("Tom Hale quit the BBC to join ITV.", ("Tom Hale", "join"), None),
        ("Tom Hale left Acme Corp in 1997 to set up Globex Inc.", ("Tom Hale", "set up"), None),
        # a measured performance ends in what it won or matched ("clocked 6.56 seconds to equal the record")
        ("Tom Hale clocked 6.56 seconds to equal the meeting record.", ("Tom Hale", "equal"), None),
        # a race won by its distance, a record matched after a best
        ("Tom Hale shook off an upset stomach to win the 800m in Leipzig.", ("Tom Hale", "win"), None),
        ("Tom Hale slashed his personal best to equal the Spanish record.", ("Tom Hale", "equal"), None),
    ],
)
def test_what_followed_is_done_and_what_was_meant_is_a_purpose(read, text, fact, modality):
    got = {(r.subject.label, r.predicate_label): r.modality for r in read(text).relations}
    assert fact in got and got[fact] == modality, got


def test_a_title_run_into_a_name_is_no_verb_and_no_employer(read):
    got = facts(read("Defending champion and top seed Andy Roddick rallied to beat Thomas Enqvist."))
    assert not [f for f in got if f[1] == "defending"], sorted(got)
    got = facts(read("Jane Hale was hoping to run against defending champion Ann Lowe."))
    assert not [f for f in got if f[1] == "defending"], sorted(got)
    got = facts(read("Leeds boss Tom Hale has praised striker Ann Lowe for her return to form."))
    assert ("Tom Hale", "praised", "Ann Lowe") in got, sorted(got)
    got = facts(read("Party leader Michael Howard said the new role would replace police authorities."))
    assert not [f for f in got if f[0] == "Michael Howard" and f[1] == "leader of"], sorted(got)


def test_an_infinitive_after_a_noun_predicate_describes_the_noun_and_is_done(read):
    got = {
        (r.subject.label, r.predicate_label): r.modality
        for r in read(
            "Paul Cavanagh was one of 1,466 aspiring novelists to enter the first contest."
        ).relations
    }
    assert got.get(("Paul Cavanagh", "enter"), "missing") is None, got
    got = {
        (r.subject.label, r.predicate_label): r.modality
        for r in read("Britain is to fund the Red Cross.").relations
    }
    assert got.get(("United Kingdom", "fund")) == "planned", got


def test_someone_elses_coach_is_not_the_coach_named_before(read):
    got = facts(
        read(
            "Wales coach Mike Ruddock praised the team. Ruddock's assessment was backed up by Yapp's coach at "
            "the Blues, former Wales and Lions prop Dai Young."
        )
    )
    assert not any(p == "backed up" and s == "Mike Ruddock" for s, p, _ in got), sorted(got)


def test_a_bare_description_with_nothing_to_take_up_is_no_node(read):
    got = facts(read("The company welcomed the feedback."))
    assert not any(s == "company" for s, _, _ in got), sorted(got)
    assert ("Acme Corp", "welcomed", "feedback") in facts(
        read("Acme Corp sells phones. The company welcomed the feedback.")
    )


@pytest.mark.parametrize(
    ("text", "node"),
    [
        ("The England side matched their opponents for skill.", ("England side", "Organization")),
        ("Sandy Oatley has resigned from Southcorp's board.", ("Southcorp board", "Organization")),
        ("The British visual effects team lost the Oscar.", ("British visual effects team", "Organization")),
    ],
)
def test_a_described_body_of_people_is_an_organisation_with_its_names_cased(read, text, node):
    got = nodes(read(text))
    assert node in got, sorted(got)


def test_an_amount_that_describes_a_noun_is_the_nouns(read):
    got = facts(read("The SEC reached a $140m deal with Bank of America."))
    assert ("SEC", "reached deal", "$140m") in got and ("SEC", "reached", "$140m") not in got, sorted(got)
    # after a preposition too: the settlement is worth the amount, no one met it
    got = facts(read("The tobacco firms said they had met many of the demands in a $206bn settlement."))
    assert not [f for f in got if f[2] == "$206bn"], sorted(got)
    got = facts(read("Acme Corp signed up to a $1.1bn rescue package."))
    assert not [f for f in got if f[2].endswith("$1.1bn")], sorted(got)
    got = facts(read("Global sales broke through the $4 trillion mark."))
    assert ("global sales", "broke through", "$4 trillion") in got, sorted(got)


def test_a_built_structure_is_a_place(read):
    got = nodes(read("The Three Gorges Dam has drawn criticism from environmental groups."))
    assert ("Three Gorges Dam", "Location") in got, sorted(got)


def test_an_amount_after_a_preposition_measures_the_verbs_object(read):
    got = facts(read("Acme Corp cut its workforce by 10%."))
    assert ("Acme Corp", "cut workforce by", "10%") in got, sorted(got)


def test_a_run_on_more_than_is_no_part_of_a_name_and_analysts_name_their_firm(read):
    ex = read(
        "Consumers bought phones in 2004, according to analysts Gartner More than 167 million handsets were "
        "sold globally between July and September 2004."
    )
    got = {(e.label, e.type) for e in ex.entities}
    assert ("Gartner", "Organization") in got and not any("More" in label for label, _ in got), sorted(got)
    people = {(e.label, e.type) for e in read("Fellow ministers Blair and Brown agreed.").entities}
    assert ("Blair", "Person") in people, sorted(people)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Microsoft has not ruled out charging people who want to keep the toolkit up to date.", False),
        ("Police charged two men with murder.", True),
        ("Police have charged Tom Hale.", True),
    ],
)
def test_charging_people_a_price_is_no_accusation(read, text, accused):
    got = facts(read(text))
    assert any(p == "accused" for _, p, _ in got) == accused, sorted(got)


@pytest.mark.parametrize(
    ("text", "value", "unit"), [("0.27 percentage points", "0.27", "pp"), ("25 basis points", "25", "bp")]
)
def test_a_change_in_points_is_an_amount(text, value, unit):
    amount = parse_amount(text)
    assert amount is not None and (amount.value, amount.unit) == (value, unit)


def test_a_rate_raised_by_points_keeps_the_amount(read):
    got = facts(read("China raised rates by 0.27 percentage points to 5.8% in October 2004."))
    assert ("China", "raised rates by", "0.27 percentage points") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "The unit paid off the debts of Acme Corp.",
        "The body will oversee the projects of Acme Corp.",
        "The banker pleaded guilty to fraud.",
    ],
)
def test_a_bare_common_noun_is_no_doer(read, text):
    assert not [r for r in read(text).relations if r.predicate != "type"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # "the Government", as Australian and British papers write it, names no more than "the government"
        ("The Government promised to cut the tax on fuel.", "Government"),
        ("The Parliament voted to cut the tax on fuel.", "Parliament"),
        ("His forces attacked the town on Monday, Mr Sharon said.", "forces"),
        ("Mr Tan said troops had closed the new airport.", "troops"),
    ],
)
def test_a_body_every_country_has_left_unnamed_is_no_doer(read, text, body):
    ex = read(text)
    assert body not in {r.subject.label for r in ex.relations}, sorted(facts(ex))


@pytest.mark.parametrize(
    "text",
    [
        "The Bureau of Meteorology's Claire Richards says the rain has done little to ease the fires.",
        "The Department of Health's Claire Richards said the rain had done little to ease the fires.",
    ],
)
def test_a_person_after_a_bodys_possessive_is_the_one_who_speaks(read, text):
    ex = read(text)
    said = {r.subject.label for r in ex.relations if r.predicate_label == "said"}
    assert said == {"Claire Richards"}, sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "label", "cls"),
    [
        # a described child or teenager is someone, as "a man" alone is no one of the graph
        ("Tom Hale stabbed a Gold Coast teenager on Friday.", "Gold Coast teenager", "Person"),
        ("Tom Hale subjected the terrified child to an ordeal.", "terrified child", "Person"),
        ("Tom Hale stabbed a man on Friday.", "man", "Concept"),
        ("In 1984 Tom Hale played a doomed teenager in a horror film.", "doomed teenager", "Concept"),
        # a described noun the dictionary reads as a kind of person is someone; several of them a group
        ("An Iraqi doctor said he was barred from the ceremony.", "Iraqi doctor", "Person"),
        ("Tom Hale stabbed a night security guard on Friday.", "night security guard", "Person"),
        ("Tom Hale thanked three local firefighters on Monday.", "local firefighters", "Group"),
        # a noun and the noun before it are read as the one word they are
        ("A veteran film-maker said the prize was deserved.", "veteran film-maker", "Person"),
        # … but "the film-maker" takes up someone named before, and is no new person
        (
            "Tom Hale won. The veteran film-maker said the prize was deserved.",
            "veteran film-maker",
            "Concept",
        ),
        # a word that names a body beside a name as often stays what it was; so do machines and parts
        ("Acme Corp bought a German printer maker.", "German printer maker", "Concept"),
        ("Americans own more MP3 players than ever.", "more MP3 players", "Concept"),
        ("He is blackmailed by crooked cops played by Tom Hale.", "crooked cops", "Concept"),
    ],
)
def test_a_described_kind_of_person_is_someone(read, text, label, cls):
    ex = read(text)
    assert {c for n, c in nodes(ex) if n == label} == {cls}, sorted(nodes(ex))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a common noun the dictionary reads as a place is a place, and its fact is kept
        (
            "Seven people died on Yorkshire roads over the weekend.",
            ("Seven people", "died on", "Yorkshire roads"),
        ),
        ("Crowds raced through the apartment buildings.", ("Crowds", "raced through", "apartment buildings")),
        # a listed place is where its list's first item is
        (
            "Crowds raced through the markets and the apartment buildings.",
            ("Crowds", "raced through", "apartment buildings"),
        ),
        (
            "Police searched across the Scottish highlands for the gunmen.",
            ("Police", "searched across", "Scottish highlands"),
        ),
    ],
)
def test_a_common_noun_for_a_place_is_a_place(read, text, fact):
    ex = read(text)
    assert fact in facts(ex), sorted(facts(ex))
    assert (fact[2], "Location") in nodes(ex), sorted(nodes(ex))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a plural or a compound the dictionary lists apart is what it says, not its last word's kind
        ("Acme Corp is recalling 200,000 vehicles on safety grounds.", "safety grounds"),
        ("Jane Hale competed in the pole vault on Sunday.", "pole vault"),
        ("The band's members met in their early teens.", "early teens"),
        # a description after "be" says who the subject is, no one new
        ("Tom Hale proved to be an unlikely match-winner to earn Acme a win.", "unlikely match-winner"),
    ],
)
def test_a_word_listed_apart_or_a_description_of_the_subject_takes_no_kind(read, text, label):
    ex = read(text)
    assert {c for n, c in nodes(ex) if n == label} <= {"Concept"}, sorted(nodes(ex))


def test_a_described_kind_of_person_speaks_but_does_no_deeds(read):
    ex = read("A leading expert on the economy says the tax plan smacks of desperation.")
    assert ("leading expert", "Person") in {(r.subject.label, r.subject.type) for r in ex.relations}, sorted(
        facts(ex)
    )
    # the deeds of people described and not named were wrong as often as right on the replay
    ex = read("On Monday local firefighters rescued three children.")
    assert not [r for r in ex.relations if r.subject.label == "local firefighters"], sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a fact, a problem or a step labelled by its shell noun alone says nothing of what it shells
        ("Acme Corp faces a problem with its printers.", "problem"),
        ("Tom Hale explained his reasons in a letter.", "reasons"),
        ("Acme Corp welcomed the move by the regulator.", "move"),
    ],
)
def test_a_fact_or_a_step_by_its_shell_noun_alone_is_no_node(read, text, word):
    ex = read(text)
    assert word not in {r.object.label for r in ex.relations if isinstance(r.object, Entity)}, sorted(
        facts(ex)
    )


def test_a_shell_noun_with_what_it_shells_is_kept(read):
    ex = read("Tom Hale answered questions from reporters.")
    assert ("Tom Hale", "answered", "questions from reporters") in facts(ex), sorted(facts(ex))


def test_a_word_for_a_place_that_is_no_where_stays_a_thing(read):
    ex = read("The rebels showed a united front. China is filling the top spots in the table.")
    assert {c for n, c in nodes(ex) if n in ("united front", "top spots in table")} == {"Concept"}, sorted(
        nodes(ex)
    )


def test_a_person_is_no_member_of_a_country(read):
    ex = read("South African captain Shaun Pollock expects a much better performance from his side.")
    assert not [r for r in ex.relations if r.predicate == "memberOf" and r.object.type == "Country"], sorted(
        facts(ex)
    )
    assert ("Shaun Pollock", "holds role", "captain") in facts(ex), sorted(facts(ex))


def test_police_unnamed_still_act(read):
    got = facts(read("Police arrested two men in Sydney on Friday."))
    assert ("Police", "arrested", "two men") in got, sorted(got)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("In March, inflation dipped to 1.4%.", "inflation"),  # an amount: what moved, by how much
        ("The blast killed six people in Baghdad.", "blast"),
        ("The Kyoto report criticised Acme Corp.", "Kyoto report"),
        # a harm's relative clause that the parser hung on the harm's place
        ("New rules followed a fire at one cafe that killed 25 people.", "fire"),
    ],
)
def test_a_bare_noun_keeps_its_amounts_and_deaths_and_a_described_one_acts(read, text, subject):
    assert subject in {r.subject.label for r in read(text).relations if r.predicate != "type"}


def test_it_after_a_firms_spokesman_is_the_firm(read):
    ex = read(
        "Trading was suspended in shares of Acme Corp. The company, China's third-largest milk producer, "
        "is to hold an emergency meeting. An Acme Corp spokesman said it may now move to oust its chairman, "
        "Tom Hale."
    )
    assert {r.subject.label for r in ex.relations if r.predicate == "oust"} == {"Acme Corp"}, sorted(
        facts(ex)
    )


def test_what_a_speaker_did_after_saying_something_is_no_part_of_what_was_said(read):
    got = facts(read("Tom Hale said Acme Corp would set out its plans and attacked the Tory plans."))
    assert ("Tom Hale", "attacked", "Tory plans") in got, sorted(got)
    assert ("Tom Hale", "said", "Acme Corp would set out its plans") in got, sorted(got)


@pytest.mark.parametrize(
    ("text", "predicate", "modality"),
    [
        (
            "If migrants turn up in Leeds asking for help, they will be turned away.",
            "asking for",
            "conditional",
        ),
        ("If the court lets Acme Corp sell the phones, Globex will lose its market.", "sell", "conditional"),
        ("If the court lets Acme Corp sell the phones, Globex will lose its market.", "lose", "conditional"),
        ("If Acme Corp wins, Globex will lose its market, Tom Hale said.", "lose", "conditional"),
        ("Acme Corp will buy Globex Inc if the price falls.", "buy", "conditional"),
        ("Even if the deal fails, Acme Corp will buy Globex Inc.", "buy", "future"),
        ("Pete Doherty appeared to kick Tom Hale.", "kick", "uncertain"),
        ("Tom Hale seemed to snub Acme Corp.", "snub", "uncertain"),
        # "until" a past event is a time, not a condition
        ("Tom Hale was little known until he started to buy shares in Acme Corp in 2003.", "buy", None),
        ("Acme Corp will not sell the plant until the price rises.", "sell", "future"),
        # a finite verb joined to one under a modal is done
        ("Tom Hale should have joined Acme Corp but signed for Globex Inc.", "signed for", None),
        ("Tom Hale should have joined Acme Corp but signed for Globex Inc.", "joined", "obligation"),
        ("Acme Corp could buy Globex Inc and sell its plant.", "sell", "possibility"),
        # a fact weighed is no possibility; a deed weighed is
        ("The returns are good when you consider that some games cost £5.", "cost", None),
        ("Acme Corp is considering selling its plant.", "selling", "possibility"),
        # the means of an offer is done, of a plan planned
        ("Acme Corp offers ringtones by charging a premium rate.", "charging", None),
        ("Acme Corp plans to raise money by selling its plant.", "selling", "planned"),
        ("Acme Corp is going to close its Leeds plant.", "close", "future"),
        # what a wanted or needed thing would do is wished for, not done
        ("Voters want a Labour government that cuts taxes.", "cuts", "desire"),
        ("Voters want the Labour government that cut taxes back.", "cut", None),
        # what a past deed ended in is done: "overturned a majority to win the seat"
        ("Tom Hale overturned a 5,000 majority to win the seat.", "win", None),
        ("Tom Hale went to Leeds to seek funds.", "seek", "purpose"),
        ("The tie required a replay match, which Acme Corp won.", "won", None),
        (
            "Lots of shoppers are going to be doing late shopping as many workers finished work on Friday.",
            "finished",
            None,
        ),
    ],
)
def test_conditions_appearances_and_what_is_done_beside_a_hedge(read, text, predicate, modality):
    got = {r.modality for r in read(text).relations if r.predicate_label == predicate}
    assert got == {modality}, sorted(facts(read(text)))


def test_according_to_covers_its_clause_and_what_the_clause_governs(read):
    ex = read("Police raided a site that, according to reports, let 10,000 users share pirated films.")
    assert {r.attribution for r in ex.relations if r.predicate_label == "share"} == {"reports"}


def test_a_surname_the_recognisers_missed_is_the_person_named_in_full_before(read):
    ex = read(
        "Glenn Hoddle will be unveiled as the new Wolves manager. Hoddle has been linked with a return to "
        "Southampton. He worked alongside Wolves caretaker boss Stuart Gray. Hoddle began his managerial "
        "career with Swindon. Since then he has applied for the post of France manager."
    )
    got = facts(ex)
    assert ("Glenn Hoddle", "worked alongside", "Stuart Gray") in got, sorted(
        got
    )  # "He": Hoddle, the subject
    assert any(s == "Glenn Hoddle" and p == "applied for" and o.startswith("post") for s, p, o in got), (
        sorted(got)
    )
    assert not any("Stuart Gray" in o for s, p, o in got if p == "began"), sorted(got)  # "his": Hoddle's


def test_a_description_takes_up_the_one_it_introduced_however_often_others_are_named(read):
    ex = read(
        "Acme Corp sells ringtones. Globex Inc, the UK's premium rate services watchdog, said it was "
        "looking at the sector. Acme Corp said sales rose. Acme Corp is now the biggest seller. "
        "The watchdog fined Initech Ltd last October."
    )
    assert {r.subject.label for r in ex.relations if r.predicate_label == "fined"} == {"Globex Inc"}, sorted(
        facts(ex)
    )


def test_a_member_of_a_body_sits_on_it_and_holds_no_post_called_member(read):
    ex = read("Tom Hale, a member of the Finance Committee, said the advice should be published.")
    got = {(r.predicate, _obj(r)) for r in ex.relations if r.subject.label == "Tom Hale"}
    assert ("memberOf", "Finance Committee") in got, got
    assert not {p for p, _ in got} & {"holdsRole", "worksFor"}, got


@pytest.mark.parametrize(
    "dateline",
    [
        "LEEDS, March 2 - ",
        "LEEDS, Yorks., March 2 - ",
        "LEEDS (Reuters) - ",
        "LEEDS (AP) — ",
        "Leeds (CNN) — ",
    ],
)
def test_a_wire_dateline_is_no_body_and_says_nothing(read, dateline):
    first = f"{dateline}Acme Corp said it had bought Tom Hale's firm."
    ex = read(f"{first} It said the deal would close soon.")
    assert {r.subject.label for r in ex.relations if r.predicate_label == "said"} == {"Acme Corp"}, sorted(
        facts(ex)
    )
    assert not [e for e in ex.entities if e.label.lower() == "leeds"], actors(ex)
    # the facts keep the article's own sentences, dateline and all
    assert {r.provenance.sentence for r in ex.relations} == {first, "It said the deal would close soon."}


def test_a_wire_mark_around_a_name_or_a_ticker_is_no_part_of_it(read):
    ex = read("Acme Corp <ACME.L> said it sold the rights to <Hale Holdings Inc> of Leeds for 2 mln dlrs.")
    assert ("Acme Corp", "sold to", "Hale Holdings Inc") in facts(ex), sorted(facts(ex))
    assert {("Acme Corp", "Organization"), ("Hale Holdings Inc", "Organization")} <= actors(ex), actors(ex)


def test_a_spaced_hyphen_is_a_dash_around_an_aside(read):
    text = "Rob Partridge - Tom Hale's former head of press at Island Records - remembers the man."
    ex = read(text)
    got = facts(ex)
    assert ("Rob Partridge", "head of press at", "Island Records") in got, sorted(got)
    assert not any(s == "Tom Hale" and p == "head of press at" for s, p, _ in got), sorted(got)
    assert {r.provenance.sentence for r in ex.relations} == {text}  # the article's own characters


def test_what_was_said_keeps_the_articles_hyphens(read):
    ex = read("Tom Hale said the plan - a bold one - would work.")
    assert "the plan - a bold one - would work" in {_obj(r) for r in ex.relations if r.predicate == "said"}


@pytest.mark.parametrize(
    "text",
    ["The Globex trade union said the plan was wrong.", "The Globex newspaper said the plan was wrong."],
)
def test_a_name_before_a_kind_of_organisation_is_the_organisation(read, text):
    assert {r.subject.label for r in read(text).relations if r.predicate == "said"} == {"Globex"}


def test_a_shadow_portfolio_is_part_of_the_post_not_a_body(read):
    ex = read("Shadow Home Secretary David Davis said the plans were wrong.")
    assert not [label for label, _ in nodes(ex) if label == "Shadow Home"], sorted(facts(ex))


def test_a_score_after_a_name_is_no_part_of_it(read):
    got = facts(read("Argentina's Tom Hale beat fourth seed Jiri Novak 7-5 6-1 at the Mexican Open."))
    assert ("Tom Hale", "beat", "Jiri Novak") in got, sorted(got)


def test_the_report_speaks_for_the_one_author_of_a_report_named_before(read):
    one = read(
        "A report by the Institute for Fiscal Studies said taxes would rise. Ministers disagreed. "
        "The report also warned that debt would grow."
    )
    assert {r.subject.label for r in one.relations if r.predicate == "said"} == {
        "Institute for Fiscal Studies"
    }, sorted(facts(one))
    two = read(
        "A report by the IFS said taxes would rise. A report by Oxfam said aid fell. "
        "The report also warned that debt would grow."
    )
    speakers = {_obj(r): r.subject.label for r in two.relations if r.predicate == "said"}
    assert speakers.get("debt would grow") not in ("IFS", "Oxfam"), (
        speakers
    )  # which one, the text does not say


def test_what_a_newsroom_understands_is_its_report(read):
    ex = read("Tom Hale is discussing a loan move to Celtic, BBC Sport understands.")
    assert {(r.attribution, r.modality) for r in ex.relations if r.predicate_label == "discussing"} == {
        ("BBC Sport", "reported")
    }, sorted(facts(ex))


def test_a_speaker_after_the_verb_speaks_whatever_the_parser_made_a_subject_before_it(read):
    ex = read(
        "The danger to TV was highest in nations where cable was spreading, in particular the UK, Italy and "
        "Spain, said the report."
    )
    speakers = {r.subject.label for r in ex.relations if r.predicate == "said"} | {
        r.attribution for r in ex.relations
    }
    assert not speakers & {"United Kingdom", "Italy", "Spain"}, sorted(facts(ex))


def test_a_perfect_joined_to_what_was_said_is_the_speakers_own_deed(read):
    ex = read("Acme Corp has said it wants to cut costs and has set up a review of its plants.")
    said = [_obj(r) for r in ex.relations if r.predicate == "said"]
    assert said and not any("review" in s or s.endswith("and") for s in said), said
    assert {(r.modality, r.attribution) for r in ex.relations if r.predicate_label == "set up"} == {
        (None, None)
    }, sorted(facts(ex))


@pytest.mark.parametrize(
    "text",
    [
        "A Home Office spokesman said the plan would cut crime.",
        "A spokeswoman for the Home Office said the plan would cut crime.",
    ],
)
def test_a_body_speaks_through_its_unnamed_spokesman(read, text):
    assert {r.subject.label for r in read(text).relations if r.predicate == "said"} == {"Home Office"}


def test_a_named_spokesman_speaks_himself(read):
    ex = read("Home Office spokesman Tom Hale said the plan would cut crime.")
    assert {r.subject.label for r in ex.relations if r.predicate == "said"} == {"Tom Hale"}


def test_the_plans_take_up_the_plans_whose_content_was_given_before(read):
    ex = read("The Tories unveiled plans to cap immigration on Monday. The Lib Dems oppose the plans.")
    assert ("Lib Dems", "oppose", "plans to cap immigration") in facts(ex), sorted(facts(ex))
    two = read(
        "The Tories unveiled plans to cap immigration. Labour set out plans to cut taxes. "
        "The Lib Dems oppose the plans."
    )
    assert not any(s == "Lib Dems" and o.startswith("plans to") for s, _, o in facts(two)), sorted(facts(two))


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # a body every country or league has, left unnamed, is no one in particular across an archive
        ("The government is considering scrapping the retirement age.", None),
        ("The court jailed Tom Hale for fraud.", None),
        # a panel, a jury or an administration the text does not name, with an amount too
        ("The panel cleared Tom Hale of any wrongdoing.", None),
        ("The administration is seeking $80bn for the war.", None),
        # named, or taken up from its name, it does
        ("The Venezuelan government will build a new refinery.", "Venezuelan government"),
        ("Acme Corp cut 50 jobs. The company also closed its Leeds plant.", "Acme Corp"),
    ],
)
def test_an_unnamed_body_everyone_has_is_no_doer(read, text, doer):
    ex = read(text)
    doers = {
        r.subject.label for r in ex.relations if r.predicate not in ("said",) and r.predicate_label != "is a"
    }
    doers -= {"Venezuela"}
    assert doers == ({doer} if doer else set()), sorted(facts(ex))


def test_titles_joined_before_a_name_are_no_second_speaker(read):
    ex = read(
        "Veteran Labour MP and former Cabinet minister Tom Hale has said he will stand down at the election."
    )
    assert {r.subject.label for r in ex.relations if r.predicate == "said"} == {"Tom Hale"}, sorted(facts(ex))


def test_what_was_said_in_three_words_with_no_clause_of_its_own_is_a_fragment(read):
    ex = read("Rangers manager Tom Hale accepts he is going to be criticised after the defeat.")
    assert not [r for r in ex.relations if getattr(r.object, "type", "") == "Proposition"], sorted(facts(ex))
    short = read("The Food and Drug Administration said it would act.")
    assert "it would act" in {_obj(r) for r in short.relations}, sorted(facts(short))


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            (
                "Tom Hale said he had made no deals with Piet Berg, while Mr Berg says he will not let "
                "rumours distract him."
            ),
            ("Tom Hale", "he had made no deals with Piet Berg"),
            ("Piet Berg", "he will not let rumours distract him"),
        ),
        (
            (
                "The Tories said the two leaders were acting like quarrelling children and the Green Party "
                "claim the row is harmful."
            ),
            ("Tories", "the two leaders were acting like quarrelling children"),
            ("Green Party", "the row is harmful"),
        ),
    ],
)
def test_a_statement_joined_to_what_was_said_is_its_own_speakers(read, text, first, second):
    ex = read(text)
    said = {(r.subject.label, _obj(r)): r.attribution for r in ex.relations if r.predicate == "said"}
    assert first in said and second in said and said[second] is None, said


def test_a_new_portfolio_is_part_of_the_post_and_a_country_stays_one(read):
    ex = read("New Home Secretary Tom Hale said the plans would work.")
    assert not [label for label, _ in nodes(ex) if label == "New Home"], sorted(facts(ex))
    scot = read("Scotland Secretary Tom Hale said the plans would work.")
    assert any(s == "Tom Hale" and o == "Scotland" for s, _, o in facts(scot)), sorted(facts(scot))


def test_a_reason_clause_with_a_verb_of_saying_stays_part_of_what_was_said(read):
    ex = read("The Acme report said the finding was ironic since half of all users say they would quit.")
    said = {_obj(r) for r in ex.relations if r.predicate == "said" and r.subject.label != "half of users"}
    assert any("since half of all users say" in s for s in said), said


def test_he_or_she_going_on_after_what_was_said_is_the_speakers_own_deed(read):
    ex = read(
        "Culture Secretary Jane Roe said a delay would be disastrous and she accused the Tories of opportunism."
    )
    assert {_obj(r) for r in ex.relations if r.predicate == "said"} == {"a delay would be disastrous"}, (
        sorted(facts(ex))
    )


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Chrysler avoided the fate of Ford and GM.", ("Chrysler", "avoided", "fate of Ford and GM")),
        (
            "Tom Hale praised the work of new manager Rafael Benitez.",
            ("Tom Hale", "praised", "work of Rafael Benitez"),
        ),
    ],
)
def test_a_name_completes_a_bare_noun_it_is_of(read, text, fact):
    assert fact in facts(read(text)), sorted(facts(read(text)))


def test_the_host_of_a_meeting_holds_it(read):
    ex = read("Tom Hale held a private meeting with union leaders last week.")
    assert ("private meeting", "Meeting") in nodes(ex), sorted(nodes(ex))


def test_a_named_mention_of_an_event_is_labelled_as_named(read):
    ex = read(
        "Tory delegates are gathering for their last conference before the election. Labour has failed, "
        "Liam Fox told the Brighton conference."
    )
    assert ("Liam Fox", "told", "Brighton conference") in facts(ex), sorted(facts(ex))


def test_an_event_is_labelled_by_its_kind_not_by_when_it_was(read):
    ex = read("Tom Hale addressed the recent IAEA annual meeting in Vienna.")
    labels = {label for label, cls in nodes(ex) if cls in ("Meeting", "Concept")}
    assert "IAEA annual meeting" in labels, sorted(nodes(ex))


def test_in_the_world_is_the_scope_of_a_ranking_not_a_place(read):
    ex = read("Acme is ranked 13th in the world by a United Nations body.")
    assert not any(o == "world" for _, _, o in facts(ex)), sorted(facts(ex))


def test_what_followed_a_reported_clause_is_the_writers_and_no_doers(read):
    ex = read(
        "Phytopharm said Yamanouchi Pharmaceutical was likely to end a licensing agreement, prompting "
        "analysts to raise questions over its cash."
    )
    said = {o for s, p, o in facts(ex) if p == "said"}
    assert said == {"Yamanouchi Pharmaceutical was likely to end a licensing agreement"}, sorted(facts(ex))
    assert not any(p == "prompting" for _, p, _ in facts(ex)), sorted(facts(ex))


def test_the_writers_aside_on_a_reported_clause_is_not_what_was_said(read):
    ex = read("Critics said there is a £2bn gap in the budget, a claim denied by the minister.")
    said = {o for s, p, o in facts(ex) if p == "said"}
    assert said == {"there is a £2bn gap in the budget"}, sorted(facts(ex))


def test_a_given_name_and_a_surname_the_recognisers_missed_name_a_person(read):
    ex = read("Tom Hale has recalled the experienced Cristian Stoica at centre.")
    assert ("Cristian Stoica", "Person") in nodes(ex), sorted(nodes(ex))


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # "it" in a clause of time takes up the thing its host clause is about, no band
        (
            "The Bravery topped the poll. Their debut single caused a huge buzz when it was released in the UK.",
            None,
        ),
        # … but a firm that owns the thing is what "it" takes up
        ("Acme Corp cut 300 jobs. Acme's share price fell after it closed a plant.", "Acme Corp"),
    ],
)
def test_it_in_a_clause_of_time_takes_up_the_thing_its_host_is_about(read, text, doer):
    doers = {s for s, p, _ in facts(read(text)) if p in ("released in", "closed")}
    assert doers == ({doer} if doer else set()), sorted(facts(read(text)))


@pytest.mark.parametrize(
    ("text", "node"),
    [
        # who attends, speaks at or tells a meeting is one of those meeting: an occurrence, no bare concept
        ("Tom Hale attended a summit in Brussels.", ("summit", "Meeting")),
        (
            "Tom Hale was speaking at the club's annual general meeting.",
            ("annual general meeting", "Meeting"),
        ),
        ("Tom Hale told a news conference that the plan was right.", ("news conference", "Meeting")),
        # a firm's operations are its business, no attack
        ("Acme Corp cannot finance its operations without borrowing.", ("operations", "Concept")),
    ],
)
def test_a_meeting_someone_is_at_is_an_occurrence(read, text, node):
    assert node in nodes(read(text)), sorted(nodes(read(text)))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a portfolio before "minister" or "Secretary" is part of the post, no employer
        (
            "Economics minister Heizo Takenaka said growth would slow.",
            ("Heizo Takenaka", "Economics minister"),
        ),
        ("Defence Secretary Geoff Hoon said the troops would return.", ("Geoff Hoon", "Defence Secretary")),
        ("Trade Secretary Patricia Hewitt said exports rose.", ("Patricia Hewitt", "Trade Secretary")),
    ],
)
def test_a_portfolio_is_part_of_the_post(read, text, role):
    got = facts(read(text))
    assert (*role[:1], "holds role", role[1]) in got, sorted(got)
    assert not any(p.endswith(" of") and s == role[0] for s, p, _ in got), sorted(got)


def test_a_building_is_named_again_by_its_first_word(read):
    ex = read("The musical moved to the Palace Theatre in London last year. The Palace opened in 1891.")
    assert [(e.label, e.type) for e in ex.entities if "Palace" in e.label] == [("Palace Theatre", "Location")]


def test_a_tag_questions_modal_is_no_predicate(read):
    ex = read(
        "As Tory spokesman Oliver Letwin said - any chancellor would use his pre-election budget to offer "
        "some vote winning sweeteners, wouldn't he."
    )
    assert not any(p in ("would", "will", "could") for _, p, _ in facts(ex)), sorted(facts(ex))
    # a modal that ends what was said is part of it
    ex = read('"Tom Hale won\'t be intimidated tomorrow, none of us will," said Adam Jones.')
    assert ("Adam Jones", "said", "Tom Hale won't be intimidated tomorrow, none of us will") in facts(ex)


def test_a_meeting_held_is_no_meeting_a_verb_told_before(read):
    ex = read(
        "The five unions meeting Tom Hale want the plan withdrawn. Tom Hale held a private meeting with "
        "union leaders last week."
    )
    assert ("Tom Hale", "held", "private meeting") in facts(ex), sorted(facts(ex))


def test_the_one_pleaded_with_does_what_is_asked(read):
    got = facts(read("Coach Tom Hale has pleaded with Adam Jones to turn down any offers from Acme Corp."))
    assert ("Adam Jones", "turn down", "offers") in got, sorted(got)
    assert not any(s == "Tom Hale" and p.startswith("turn") for s, p, _ in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "node"),
    [
        # a chamber called by its own name is a body of the state
        ("Tom Hale told the Commons that the plan was right.", ("Commons", "GovernmentOrganization")),
        # a nationality's people the models missed
        ("All three Britons detained by Ruritania will be released.", ("Britons", "Group")),
        # a substance named after its kind is a thing
        ("Tom Hale tested positive for the steroid XQZ.", ("XQZ", "Concept")),
        # a capitalised "All" inside a sentence opens the name
        ("Tom Hale met All England Club chairman Adam Jones.", ("All England Club", "Organization")),
        # a city that is a given name too, read as a city by the news model and the gazetteer
        ("Sydney will host the charity concert in June.", ("Sydney", "Location")),
        # the firm of an analyst who speaks
        (
            "Aviation analyst Tom Hale of Hargreaves Lansdown says fuel costs will rise.",
            ("Hargreaves Lansdown", "Organization"),
        ),
        # a hyphened given name and a surname the models read as a firm's name
        ("Tom Hale, watched by Sven-Goran Eriksson, came off injured.", ("Sven-Goran Eriksson", "Person")),
        # the first of a list of names after a plural noun is one of those people, no firm
        (
            "World Cup winners Tom Hale, Adam Jones and Bill Smith had been thought to be in the running.",
            ("Tom Hale", "Person"),
        ),
        # a description before a firm's name is none of it
        ("London-based Acme Group said it would appeal.", ("Acme Group", "Organization")),
        # a city the gazetteer knows by its whole name
        ("Unemployment is measured in Recife, Belo Horizonte and Salvador.", ("Belo Horizonte", "Location")),
        # clubs by a word that opens only clubs' names
        ("Spectators watched the game between the hosts and Real Betis.", ("Real Betis", "Organization")),
        (
            "Spectators watched the game between the hosts and Spartak Ruritania.",
            ("Spartak Ruritania", "Organization"),
        ),
        # a name a city opens: a seat or a site, or a team
        ("Tom Hale said Bolton Marsh had been a great success.", ("Bolton Marsh", "Location")),
        ("Tom Hale said Leeds Badgers had been a great success.", ("Leeds Badgers", "Organization")),
    ],
)
def test_bodies_peoples_things_and_places_by_their_kind(read, text, node):
    ex = read(text)
    assert node in {(e.label, e.type) for e in ex.entities}, ex.entities


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # two nouns the parser made both subjects: the first modifies the second
        (
            "Acme Corp's European business saw volume sales fall 2.5% last year.",
            ("volume sales", "fall", "2.5%"),
        ),
        # a superlative participle is part of the prize's name, as is "of the year"
        (
            "Some critics awarded Tom Hale the best supporting actor prize.",
            ("critics", "awarded", "best supporting actor prize"),
        ),
        (
            "Some critics awarded Acme Corp its best album of the year accolade.",
            ("critics", "awarded", "best album of the year accolade"),
        ),
        # an event someone's is labelled as theirs, as a thing someone's is
        (
            "Responding to Ms Jones' criticisms, Mr Hale said the plan was right.",
            ("Hale", "responding to", "Jones criticisms"),
        ),
        # what a gap lies between, what reasons and plans are for, are part of them
        (
            "The gap between exports and imports widened to $60bn in November.",
            ("gap between exports and imports", "widened to", "$60bn"),
        ),
        (
            "Tom Hale explained his reasons for quitting the party.",
            ("Tom Hale", "explained", "reasons for quitting party"),
        ),
        # "the market" takes up the one market named before with a noun of its kind
        (
            "Sony wants a share of the mobile gaming market. Nintendo has dominated the market for years.",
            ("Nintendo", "dominated", "mobile gaming market"),
        ),
        # a body's name of nouns before it, though the parser hangs one on another
        (
            "The environment select committee said the bill would weaken protections.",
            ("environment select committee", "said", "the bill would weaken protections"),
        ),
    ],
)
def test_a_noun_phrase_is_read_whole(read, text, fact):
    assert fact in facts(read(text)), sorted(facts(read(text)))


def test_hosting_a_contest_is_no_meeting(read):
    ex = read("Tom Hale will host a charity match in June.")
    assert not [e for e in ex.events if e.type == "Meeting"], ex.events
    ex = read("Tom Hale will host Adam Jones at his home in June.")
    assert [e.type for e in ex.events] == ["Meeting"], ex.events


def test_a_firm_is_no_surname_of_the_person_who_bears_its_name(read):
    ex = read(
        "Boeing, the US aircraft maker, reported higher profits on Thursday. Boeing's defence unit made a "
        'loss. "We had a good year," said chairman William Boeing. But Boeing declined to give guidance.'
    )
    assert {(e.label, e.type) for e in ex.entities if "Boeing" in e.label} == {
        ("Boeing", "Organization"),
        ("William Boeing", "Person"),
    }, ex.entities
    assert ("Boeing", "reported", "higher profits") in facts(ex), sorted(facts(ex))


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale is playing an increasing role in the firm's activities.",
        "Acme Corp hopes to stamp its mark on the show.",
        "Acme Corp means business this season.",
    ],
)
def test_idioms_name_no_thing(read, text):
    got = facts(read(text))
    assert not any(o in ("role", "mark", "business") for _, _, o in got), sorted(got)


def test_no_part_in_a_deed_denies_it(read):
    ex = read("Tom Hale played no part in drafting the answer.")
    assert [(r.predicate_label, r.negated) for r in ex.relations] == [("drafting", True)], ex.relations


def test_a_firm_s_name_after_a_is_a_thing_of_that_name(read):
    ex = read(
        "Headline\n\nTwo actors have refused an Oscar. Tom Hale drives a Ferrari. Acme Corp hired a Goldman "
        "Sachs banker."
    )
    assert ("Oscar", "Concept") in nodes(ex) and ("Ferrari", "Concept") in nodes(ex), sorted(nodes(ex))


def test_a_name_joined_to_another_before_a_noun_is_no_thing_after_a(nlp):
    # "an FBI and CIA conspiracy" as the small parser may leave it: "FBI" hangs off "of", not the noun
    words = ["victim", "of", "an", "FBI", "and", "CIA", "conspiracy"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[0, 0, 3, 1, 3, 6, 3],
        deps=["ROOT", "prep", "det", "pobj", "cc", "compound", "conj"],
        tags=["NN", "IN", "DT", "NNP", "CC", "NNP", "NN"],
    )
    assert not _indefinite(doc[3:4])
    assert _indefinite(
        Doc(nlp.vocab, words=["won", "an", "Oscar"], heads=[0, 2, 0], deps=["ROOT", "det", "dobj"])[2:3]
    )


def test_an_indefinite_noun_brings_in_an_event_of_its_own(read):
    ex = read(
        "Adam Jones's eight-year ban was upheld by the court on Monday. Tom Hale is also facing a "
        "lifetime ban after being charged by the league."
    )
    assert ("Tom Hale", "facing", "lifetime ban") in facts(ex), sorted(facts(ex))


def test_between_completes_a_noun_only_with_both_sides(read):
    got = facts(read("Tom Hale accepted the difficult balance between the nation's security and rights."))
    assert not any("between" in o for _, _, o in got), sorted(got)


def test_a_body_named_inside_a_bodys_name_is_no_node_of_its_own(read):
    ex = read("The Commons home affairs committee said the bill would weaken protections.")
    assert [e.label for e in ex.entities] == ["Commons home affairs committee"], ex.entities


def test_a_pronoun_in_a_clause_of_time_takes_up_its_hosts_subject(read):
    told = "Tom Hale told reporters that {} had warmed to the club when he signed the contract."
    got = facts(read(told.format("Adam Jones")))
    assert ("Adam Jones", "signed", "contract") in got, sorted(got)
    # a host subject the text does not name leaves "he" to no one, not to the teller
    got = facts(read(told.format("the striker")))
    assert not any(p == "signed" for _, p, _ in got), sorted(got)


def test_a_past_marker_opening_a_post_makes_it_former(read):
    ex = read("Former No 10 media chief Tom Hale sent the e-mail by mistake.")
    assert [(r.predicate_label, r.modality) for r in ex.relations if r.predicate_label == "holds role"] == [
        ("holds role", "former")
    ], ex.relations


def test_a_participle_after_a_reported_noun_is_no_reported_clause(read):
    got = facts(
        read(
            "Boeing, the US plane maker, reported higher fourth quarter and full-year profits on Thursday "
            "boosted by a buoyant period for its defence unit."
        )
    )
    assert not any(p == "said" for _, p, _ in got), sorted(got)


def test_never_going_to_denies_the_future_deed(read):
    ex = read("The best women are never going to beat the best men.")
    assert [(r.predicate_label, r.modality, r.negated) for r in ex.relations] == [("beat", "future", True)]


def test_the_country_is_the_one_named_before_or_none(read):
    ex = read("Tom Hale grew up in France. Acme Corp had toured the country in 1969.")
    assert ("Acme Corp", "toured", "France") in facts(ex), sorted(facts(ex))
    got = facts(read("Acme Corp headed to Ruritania to meet a country in its golden age."))
    assert not any(o == "country" for _, _, o in got), sorted(got)


def test_a_hyphened_modifier_is_read_whole(read):
    got = facts(
        read(
            "The European Commission launched an in-depth investigation into the deal. "
            "Acme Corp is celebrating bumper sales of its sci-fi shooter. "
            "Jane Hale won the live-action short film category."
        )
    )
    objects = {o for _, _, o in got}
    assert {"in-depth investigation", "bumper sales of sci-fi shooter"} <= objects, sorted(got)
    assert "live-action short film category" in objects, sorted(got)


def test_a_name_before_an_event_noun_is_read_whole(read):
    got = facts(
        read(
            "Acme Corp is facing a Securities and Exchange Commission investigation. "
            "New York is still recovering from the World Trade Centre attacks."
        )
    )
    objects = {o for _, _, o in got}
    assert "Securities and Exchange Commission investigation" in objects, sorted(got)
    assert "World Trade Centre attacks" in objects, sorted(got)


def test_a_participle_before_a_noun_stays_unless_it_hedges(read):
    got = facts(
        read(
            "Jim Hale suffered a collapsed lung. Tom Jones is recovering from a trapped neck nerve. "
            "Acme Corp rejected a proposed merger. Globex Inc bought a little known shell company."
        )
    )
    assert {
        ("Jim Hale", "suffered", "collapsed lung"),
        ("Tom Jones", "recovering from", "trapped neck nerve"),
    } <= got
    assert ("Acme Corp", "rejected", "merger") in got, sorted(got)
    assert ("Globex Inc", "bought", "shell company") in got, sorted(got)


def test_a_name_the_parser_split_from_its_head_noun_stands_for_it(read):
    got = facts(read("Sarah Mukasa told the BBC's Focus on Africa programme that the ban was wrong."))
    assert ("Sarah Mukasa", "told", "Focus on Africa") in got, sorted(got)
    assert not any(o == "programme" for _, _, o in got), sorted(got)


def test_the_capitalised_words_of_a_post_are_no_employer(read):
    got = facts(read("BBC Political Correspondent James Hardy said the vote was close."))
    assert ("James Hardy", "correspondent of", "BBC") in got, sorted(got)
    assert not any(o == "Political" for _, _, o in got), sorted(got)
    # a firm named once before its spokesman is still the firm
    assert ("Apple", "said", "the iPod was selling well") in facts(
        read("An Apple spokesman said the iPod was selling well.")
    )


def test_a_quoted_source_goes_on_speaking_though_the_quotes_name_others(read):
    ex = read(
        "The results may have been hurt by the launch, says Tom Hale, an analyst at Globex. "
        '"Voters tend to go for safe films. They want scale," he said. '
        "While he said the panel was not snubbing Jim Brown's film, he thought it was late. "
        '"It is more a misjudgement than a snub," he said.'
    )
    speakers = {r.subject.label for r in ex.relations if r.predicate_label == "said"}
    assert speakers == {"Tom Hale"}, ex.relations
    # a person who acts in between is the one who speaks next
    ex = read(
        "The plan was late, says Tom Hale. Jim Brown rejected the plan on Monday. "
        '"It is a misjudgement," he said.'
    )
    assert ("Jim Brown", "said", "It is a misjudgement") in facts(ex), sorted(facts(ex))
    # "according to X" is X speaking; a post's subject speaks by the name beside it
    ex = read(
        "The pipeline was delayed, said Prime Minister Tom Hale. According to Jim Brown, head of Acme "
        "Corp, work will begin in 2005. He added that the firm had raised the money. The Lord Chief Justice, "
        'Lord Woolf, said the judge was pioneering. "He was a great judge," he said.'
    )
    got = {(s, o) for s, p, o in facts(ex) if p == "said"}
    assert ("Jim Brown", "the firm had raised the money") in got, sorted(got)
    assert ("Woolf", "He was a great judge") in got, sorted(got)
    # a speaker in a clause of time is named in passing: the main clause's speaker goes on
    ex = read(
        "Tom Hale said the plan was good. But Mr Brown said he had backed the plans when Mr Jones argued "
        'for them in Cabinet. "ID cards are a means to a secure society," he said.'
    )
    assert ("Brown", "said", "ID cards are a means to a secure society") in facts(ex), sorted(facts(ex))


def test_a_bill_is_a_law_whatever_the_models_read(read):
    ex = read(
        "The Finance Bill was rushed through Parliament. Critics savaged the Prevention of Terrorism Bill. "
        "Bill Gates said Microsoft would fix the flaw."
    )
    got = {(e.label, e.type) for e in ex.entities}
    assert {("Finance Bill", "Concept"), ("Prevention of Terrorism Bill", "Concept")} <= got, got
    assert ("Bill Gates", "Person") in got and not any(label == "Bill" for label, _ in got), got


def test_a_country_before_a_calling_gives_a_nationality_and_a_participle_no_employer(read):
    got = facts(read("US literary critic Harold Bloom said the book was poor."))
    assert ("Harold Bloom", "citizen of", "United States") in got, sorted(got)
    assert not any(p.endswith(" of") and p != "citizen of" for _, p, _ in got), sorted(got)
    got = facts(read("Prosecuting attorney Carol Lam said the case was strong."))
    assert ("Carol Lam", "holds role", "attorney") in got and not any(
        o == "Prosecuting" for _, _, o in got
    ), sorted(got)


def test_all_opens_the_name_of_a_post_holders_team(read):
    got = facts(read("All Blacks captain Tama Umaga backed his side."))
    assert ("Tama Umaga", "captain of", "All Blacks") in got, sorted(got)


def test_a_described_body_keeps_its_kind_and_is_an_organisation(read):
    got = nodes(read("Malaysia's central bank will relax restrictions on the ringgit."))
    assert ("Malaysia central bank", "Organization") in got, sorted(got)
    got = nodes(read("Bernie Banton, who leads the asbestos victims association, welcomed the deal."))
    assert ("asbestos victims association", "Organization") in got, sorted(got)


def test_a_body_right_before_a_subjectless_warning_is_what_it_is_about(read):
    got = facts(
        read("Tom Hale has warned the Welsh and Scottish Dragons will be his toughest opponents yet.")
    )
    assert ("Tom Hale", "said", "the Welsh and Scottish Dragons will be his toughest opponents yet") in got, (
        sorted(got)
    )
    assert not any(p == "told" for _, p, _ in got), sorted(got)


def test_where_a_change_ends_is_done_not_a_purpose(read):
    ex = read("Acme Corp profits rose 15% from a year ago to reach £546m.")
    reach = [r for r in ex.relations if r.predicate_label == "reach"]
    assert reach and all(r.modality is None for r in reach), ex.relations


def test_an_abstract_noun_and_a_title_with_of_are_no_people(read):
    ex = read(
        "Mark Mardell said Britishness had long been a theme of the chancellor. "
        "Harry Potter and the Prisoner of Azkaban was named best film."
    )
    people = {e.label for e in ex.entities if e.type == "Person"}
    assert people == {"Mark Mardell"}, ex.entities
    assert ("Harry Potter and the Prisoner of Azkaban", "Concept") in {(e.label, e.type) for e in ex.entities}


def test_a_ban_on_goods_is_a_sanction_on_a_state(read):
    got = facts(read("The European Union imposed an arms ban on China in 1989."))
    assert ("European Union", "sanctioned", "China") in got, sorted(got)
    ex = read("Fifa imposed a lifetime ban on the player.")
    assert [e.type for e in ex.events if "ban" in e.label] == ["Suspension"], ex.events


def test_a_kin_word_gives_a_gender_and_a_named_body_is_no_missed_person(read):
    got = facts(
        read(
            "Tom Hale has died. Hale's daughter Jill said her father would be missed. "
            '"He was greatly loved by the public," she said.'
        )
    )
    assert ("public", "loved", "Tom Hale") in got, sorted(got)
    got = facts(
        read(
            "Tom Hale made his first TV appearance in 1937. A year after BBC Television began, he was seen "
            "playing the emperor in the first televised pantomime, Dick Whittington. He married Ann Berg."
        )
    )
    assert ("Tom Hale", "married", "Ann Berg") in got, sorted(got)


def test_a_shell_noun_keeps_what_completes_it(read):
    got = facts(
        read(
            "Jane Hale has passed up the chance to go for the marathon grand slam. "
            "Tom Hale said he was left with the impression that the plan had failed."
        )
    )
    assert ("Jane Hale", "passed up", "chance to go for marathon grand slam") in got, sorted(got)
    assert ("Tom Hale", "left with", "impression that the plan had failed") in got, sorted(got)


def test_a_plural_shell_noun_keeps_its_content_clause(read):
    """ "denied suggestions" says nothing; what was suggested is what was denied. A content clause has its
    own subject: the one given money is that subject, not the reports."""
    got = facts(
        read(
            "Tom Hale denied suggestions that the Daily Globe is up for sale. Jane Roe denied reports that "
            "Max Berg had been given £3m."
        )
    )
    assert ("Tom Hale", "denied", "suggestions that the Daily Globe is up for sale") in got, sorted(got)
    assert ("Jane Roe", "denied", "reports that Max Berg had been given £3m") in got, sorted(got)
    assert ("Max Berg", "was given", "£3m") in got, sorted(got)
    assert not any(s.startswith("reports") for s, _, _ in got), sorted(got)


def test_what_is_claimed_or_proposed_named_by_its_shell_noun_alone_is_no_object(read):
    """ "denied allegations" leaves out what was alleged; a short content clause completes the noun, and a
    deed or a document is a thing of its own."""
    got = facts(
        read(
            "Tom Hale denied allegations. Jane Roe repeated her view on Friday. The allegations, which Max "
            "Berg has denied, are being investigated. Acme Corp reached an agreement. Analysts raised concerns."
        )
    )
    assert {o for _, _, o in got}.isdisjoint({"allegations", "view"}), sorted(got)
    assert ("Acme Corp", "reached", "agreement") in got, sorted(got)
    assert ("Analysts", "raised", "concerns") in got, sorted(got)
    got = facts(read("Tom Hale denied claims that Acme had misled investors."))
    assert ("Tom Hale", "denied", "claims that Acme had misled investors") in got, sorted(got)


def test_people_alone_is_no_doer(read):
    got = facts(
        read(
            "People downloaded pirated songs. Fans downloaded pirated albums. Some 200 people signed a "
            "petition. Local people said the plan had failed."
        )
    )
    assert not any(s == "People" for s, _, _ in got), sorted(got)
    assert ("Fans", "downloaded", "pirated albums") in got, sorted(got)
    assert ("Some 200 people", "signed", "petition") in got, sorted(got)
    assert ("Local people", "said", "the plan had failed") in got, sorted(got)


def test_a_place_no_gazetteer_knows_is_no_end_of_a_fact_that_places_nothing(read):
    # the models' "places" here are a character and a tournament; "flew to" says a place is meant
    got = facts(
        read(
            "Anna Berg plays Hermione in the new film. Tom Hale criticised Wimbledon for its prize money. "
            "Tom Hale flew to Phuket on Monday."
        )
    )
    assert not [f for f in got if f[2] in ("Hermione", "Wimbledon")], sorted(got)
    assert ("Tom Hale", "flew to", "Phuket") in got, sorted(got)


def test_people_or_things_at_large_are_nothing_done(read):
    got = facts(
        read(
            "Acme Corp sued people who leaked its plans. Tom Hale hopes to turn things around. Acme Corp sued "
            "three bloggers. Jan Berg, editor of Stuff, said the phone was good."
        )
    )
    assert not any(o in ("people", "things") for _, _, o in got), sorted(got)
    assert ("Acme Corp", "sued", "three bloggers") in got, sorted(got)
    assert ("Jan Berg", "editor of", "Stuff") in got, sorted(got)


def test_a_noun_told_by_a_relative_clause_is_no_object_without_it(read):
    """ "launched a website that sells tickets": which website the clause says, the label would not, nor in
    the clause's own fact ("the ballad, which was written by X")."""
    got = facts(
        read(
            "Tom Hale launched a website that sells tickets. Jane Roe hosted the awards, which were shown on "
            "television. The ballad, which was written by Max Berg, topped the chart. The charity ballad, "
            "which was written by Ann Lee, topped the chart."
        )
    )
    assert not any(o in ("website", "awards", "ballad") for _, _, o in got), sorted(got)
    assert ("Ann Lee", "written", "charity ballad") in got, sorted(got)


def test_a_thing_of_one_noun_told_by_its_own_clause_is_no_subject(read):
    """ "the unit, which produced 60%", "a deal valued at $4bn": the fact is the clause's, and its subject
    says not which unit or deal."""
    got = facts(
        read(
            "Acme Air held its annual meeting on Monday. Its chief executive spoke for an hour. Acme Air has "
            "placed an order for 70 new planes, in a deal valued at $4bn. Shoppers queued to get the gadget, "
            "which costs $250. Acme Oil sold Globex Energy, the unit which produced 60% of its output."
        )
    )
    assert not any(s in ("deal", "gadget", "unit") for s, _, _ in got), sorted(got)
    # a named subject of the clause is kept
    assert ("Globex Energy", "produced", "60%") in got, sorted(got)


def test_a_group_of_one_noun_told_by_a_relative_clause_is_no_doer_but_of_its_own_clause(read):
    got = facts(
        read(
            "Headline\n\nPlayers who have played for the youth side can win full senior honours. Optimists who "
            "believe in the web predict a bright future. Shops sell downloads to fans who travel to the record shop."
        )
    )
    assert not any(s in ("Players", "Optimists") for s, _, _ in got), sorted(got)
    assert ("fans", "travel to", "record shop") in got, sorted(got)


def test_an_of_phrase_completes_a_bare_noun_or_one_a_verb_of_blame_governs(read):
    got = facts(
        read(
            "Traders blamed the strength of the pound for the fall. Acme Corp is regaining control of Globex "
            "Airways. Tom Hale accused his rival of fraud."
        )
    )
    assert ("Traders", "blamed", "strength of pound") in got, sorted(got)
    assert ("Acme Corp", "regaining", "control of Globex Airways") in got, sorted(got)
    assert not any(o.startswith("rival of") for _, _, o in got), sorted(got)


def test_a_completing_phrase_keeps_the_modifiers_of_its_modifiers(read):
    """ "against open source software": "open" hangs off "source", not "software"; a deed's object keeps
    what kind it is ("to cut the basic income tax rate")."""
    got = facts(
        read(
            "Acme Corp is trying to shore up its defences against open source software. Jane Roe "
            "backed plans to cut the basic income tax rate."
        )
    )
    assert ("Acme Corp", "shore up", "defences against open source software") in got, sorted(got)
    assert ("Jane Roe", "backed", "plans to cut basic income tax rate") in got, sorted(got)


def test_a_distance_before_a_title_is_the_events_no_part_of_the_post(read):
    ex = read("Ann Lowe, the Olympic 800 metres champion, will race in Leeds.")
    roles = {(r.subject.label, r.object.value) for r in ex.relations if r.predicate == "holdsRole"}
    assert roles == {("Ann Lowe", "champion")}, roles


@pytest.mark.parametrize(
    ("sentence", "person", "role", "style"),
    [
        (
            "Party spiritual leader Sheikh Omar Hadi said the protests would go on.",
            "Omar Hadi",
            "spiritual leader",
            "sheikh",
        ),
        (
            "Royal commissioner Justice Tom Hale called for evidence.",
            "Tom Hale",
            "Royal commissioner",
            "justice",
        ),
    ],
)
def test_a_style_of_address_after_a_post_is_no_part_of_it(read, sentence, person, role, style):
    ex = read(sentence)
    roles = {(r.subject.label, r.object.value) for r in ex.relations if r.predicate == "holdsRole"}
    assert roles == {(person, role)}, roles
    # nor of the post held at a body
    assert not any(style in r.predicate_label.lower() for r in ex.relations), ex.relations


def test_a_portfolio_the_models_cut_before_its_last_word_is_the_posts(read):
    ex = read("The warning, from Fair Trading Minister Peter Lane, follows reports from Leeds.")
    roles = {(r.subject.label, r.object.value) for r in ex.relations if r.predicate == "holdsRole"}
    assert roles == {("Peter Lane", "Fair Trading Minister")}, roles
    assert not any(n == "Fair" for n, _ in nodes(ex)), sorted(nodes(ex))


def test_the_per_of_per_cent_is_no_preposition(read):
    got = facts(read("Acme's half-year profit sank 25 per cent to $300 million."))
    assert ("Acme half-year profit", "sank", "25 per cent") in got, sorted(got)
    assert not any(p.endswith(" per") for _, p, _ in got), sorted(got)


def test_individuals_are_people(read):
    ex = read("Police arrested three individuals on Monday.")
    assert ("three individuals", "Group") in nodes(ex), sorted(nodes(ex))
    # … but, as "people", alone they name no one
    got = facts(read("Individuals leaked details about the new products."))
    assert not any(s.lower() == "individuals" for s, _, _ in got), sorted(got)


def test_what_a_report_or_a_claim_holds_is_not_asserted_without_its_that(read):
    """ "reports Jane Roe was considering a treaty" is what was reported, and "claims Acme had misled
    investors", which the parser reads as a clause of its own, what was claimed and denied."""
    ex = read(
        "Tom Hale played down reports Jane Roe was considering a new treaty. Max Berg denied claims Acme Corp "
        "had misled investors."
    )
    modality = {(r.subject.label, r.predicate_label): r.modality for r in ex.relations}
    assert modality.get(("Jane Roe", "considering")) == "reported", modality
    assert modality.get(("Acme Corp", "misled")) == "denied", modality


def test_a_name_ends_before_a_measure_read_into_it(read):
    ex = read("Jane Hale won the vault with 4.87m, with Britain's Nick Buckfield 51cm adrift in third.")
    assert "Nick Buckfield" in {e.label for e in ex.entities if e.type == "Person"}, ex.entities


@pytest.mark.parametrize(
    "text, person, not_a_person",
    [
        # a peer's or a prophet's title is no part of the name
        ("Labour peer Baroness Kennedy said voters were angry.", "Kennedy", "Baroness Kennedy"),
        ("He follows the teachings of the Prophet Muhammad, Jane Hale said.", "Muhammad", "Prophet Muhammad"),
        # … and so is a cleric's
        ("The revolt was led by Ayatollah Ali Hamadi in 1979.", "Ali Hamadi", "Ayatollah Ali Hamadi"),
        # … unless the peer is named after a nation
        (
            "Home Office minister Baroness Scotland said the sentence would stay.",
            "Baroness Scotland",
            "Scotland",
        ),
    ],
)
def test_peerage_prophet_and_cleric_titles_are_no_part_of_a_name(read, text, person, not_a_person):
    people = {e.label for e in read(text).entities if e.type == "Person"}
    assert person in people and not_a_person not in people, people


@pytest.mark.parametrize(
    "text, name",
    [
        ("Dr Jane Hale will speak at the Science Museum's Dana Centre in London on Thursday.", "Dana Centre"),
        ("Tom Hale scored twice as Neath RFC beat Swansea on Saturday.", "Neath RFC"),
    ],
)
def test_institutions_last_words_name_no_person(read, text, name):
    ex = read(text)
    assert not {e.label for e in ex.entities if e.type == "Person"} & {name, name.split()[0]}, ex.entities


@pytest.mark.parametrize(
    "text, fact",
    [
        # the phrase right after a noun says which one it is
        ("Acme Corp holds a stake in Tube Lines.", ("Acme Corp", "holds", "stake in Tube Lines")),
        # … a name that goes on past "of" whole, and a noun that says how much of what with its "of"
        (
            "Employers voiced concern over the number of school-leavers.",
            ("Employers", "voiced", "concern over number of school-leavers"),
        ),
        (
            "Acme Corp bought a stake in Credit Bank of Iraq.",
            ("Acme Corp", "bought", "stake in Credit Bank of Iraq"),
        ),
        (
            "Acme Corp predicted a resurgence in online advertising.",
            ("Acme Corp", "predicted", "resurgence in online advertising"),
        ),
        (
            "Jane Hale tried to hide the hole in Acme's finances.",
            ("Jane Hale", "hide", "hole in Acme finances"),
        ),
        # what it is about, what it is as
        (
            "The SEC asked for information about the trades.",
            ("SEC", "asked for", "information about trades"),
        ),
        (
            "Jane Hale built up a reputation as a tough negotiator.",
            ("Jane Hale", "built up", "reputation as tough negotiator"),
        ),
        # … but a place, a time or an amount after it is the clause's, and an owner is not said twice
        ("Acme Corp sold shares in London on Monday.", ("Acme Corp", "sold", "shares")),
        ("She watched Jane Hale reprise the role on stage.", ("Jane Hale", "reprise", "role")),
        ("Shares in Acme Corp rose 5% on Monday.", ("Acme Corp shares", "rose", "5%")),
        # … nor whom the deed is for
        (
            "Acme Corp will market its new solution to operator customers.",
            ("Acme Corp", "market", "new solution"),
        ),
        # an owner's name ending in the thing's first word says it once
        (
            "Tom Hale told BBC Radio Five Live's Sportsweek programme that he would stay.",
            ("Tom Hale", "told", "BBC Radio Five Live's Sportsweek programme"),
        ),
        # a measure's number says which one
        (
            "A typical family would share a 512 kilobit service.",
            ("typical family", "share", "512 kilobit service"),
        ),
        # what one is to be keeps all its words
        (
            "The European Union set the target of being the most efficient economy in the world.",
            ("European Union", "set", "target of being most efficient economy"),
        ),
        # a deed's object keeps its whole name
        (
            "Turkey has fulfilled its ambition of joining the European Union.",
            ("Turkey", "fulfilled", "ambition of joining European Union"),
        ),
        # a noun written before a participle without its hyphen is part of the modifier
        (
            "A young woman suffered life threatening injuries in the crash.",
            ("young woman", "suffered", "life threatening injuries in crash"),
        ),
        # a count of months, however written, says how long
        (
            "Nurses are fighting a 12 to 18 month pay freeze.",
            ("Nurses", "fighting", "12 to 18 month pay freeze"),
        ),
        ("Nurses are fighting an 18 month pay freeze.", ("Nurses", "fighting", "18 month pay freeze")),
        (
            "Adults will get £6 an hour, while 16 to 18 year olds will get £4.",
            ("16 to 18 year olds", "get", "£4"),
        ),
        (
            "Tom Hale ended his 18-month partnership with Max Berg.",
            ("Tom Hale", "ended", "18-month partnership"),
        ),
        # a listed item's hyphened modifier is said once
        (
            "Tom Hale examined claims of fraud, bribery and anti-competitive behaviour.",
            ("Tom Hale", "examined", "claims of fraud, bribery and anti-competitive behaviour"),
        ),
        # a kind of body opening a sentence keeps its first word
        (
            "Fraud squad detectives asked the Police Ombudsman to investigate.",
            ("Fraud squad detectives", "asked", "Police Ombudsman"),
        ),
    ],
)
def test_a_nouns_phrase_says_which_one_it_is(read, text, fact):
    got = facts(read(text))
    assert fact in got, sorted(got)


@pytest.mark.parametrize(
    "text, fact",
    [
        # a word and a hyphen before a verb heading its clause make one verb
        ("Tom Hale fast-tracked a visa for the nanny.", ("Tom Hale", "fast-tracked", "visa")),
        ("The merger was rubber-stamped by Acme Corp on Monday.", ("Acme Corp", "rubber-stamped", "merger")),
        ("When Tom Hale off-loaded to Jane Hale, she scored.", ("Tom Hale", "off-loaded to", "Jane Hale")),
        # … not a word that describes ("well-known") nor a piece of a longer compound ("ready-to-wear")
        ("Jane Hale, a well-known singer, visited the school.", ("Jane Hale", "visited", "school")),
        (
            "Acme Corp bought the designer's ready-to-wear labels.",
            ("Acme Corp", "bought", "ready-to-wear labels"),
        ),
    ],
)
def test_a_verb_cut_at_its_hyphen_is_one_verb(read, text, fact):
    got = facts(read(text))
    assert fact in got, sorted(got)


def test_a_copulas_complement_is_part_of_what_it_says(read):
    got = facts(read("Official figures showed on Friday that unemployment was unchanged at 9.9% last month."))
    assert any(o.startswith("unemployment was unchanged") for _, p, o in got if p == "showed"), sorted(got)
    # an amount's bound is part of what was shown
    got = facts(read("The Labour Party received more than £5m in donations last year, new figures show."))
    assert ("new figures", "show", "Labour Party received more than £5m") in got, sorted(got)


@pytest.mark.parametrize(
    "text, negated",
    [
        ("Very few consumers click on the banners of Acme Corp.", True),
        ("Few investors feel optimistic about Acme Corp.", True),
        ("A few consumers click on the banners of Acme Corp.", False),
    ],
)
def test_few_doers_all_but_deny_the_deed(read, text, negated):
    rels = [r for r in read(text).relations if r.subject.label in ("consumers", "investors")]
    assert rels and all(bool(r.negated) is negated for r in rels), rels


def test_an_idioms_adjective_stays_in_the_predicate(read):
    got = facts(read("The authorities turned a blind eye to Acme Corp for years."))
    assert ("authorities", "turned blind eye to", "Acme Corp") in got, sorted(got)


@pytest.mark.parametrize(
    "text, span, name",
    [
        # the trained recognizer read the descriptor into the name: the name starts after it
        (
            "Tom Hale will play alongside fellow Bristol band Silver Harbour.",
            "Bristol band Silver Harbour",
            "Silver Harbour",
        ),
        ("Acme Corp spokesman Tom Hale said prices would rise.", "Acme Corp spokesman Tom Hale", "Tom Hale"),
        # a lowercase word inside a name that is no kind of body or post stays
        ("The Tower of London opened on Monday.", "Tower of London", "Tower of London"),
    ],
)
def test_a_trained_name_starts_after_what_describes_it(nlp, text, span, name):
    from kg.nlp.mentions import _after_descriptor

    doc = nlp(text)
    start = doc.text.index(span)
    first = doc.char_span(start, start + len(span))
    assert doc[_after_descriptor(doc, first.start, first.end) : first.end].text == name


@pytest.mark.parametrize(
    "text, amount",
    [
        # "up to" after what a verb moved says where it went; before a sum it bounds it
        ("The news pushed the dollar up to $1.33 on Wednesday.", "$1.33"),
        ("Acme Corp will pay up to $5m in damages.", "at most $5m"),
    ],
)
def test_up_to_after_a_moved_object_is_no_bound(read, text, amount):
    got = facts(read(text))
    assert amount in {o for _, _, o in got}, sorted(got)


@pytest.mark.parametrize(
    "text, work",
    [
        ("Tom Hale will return in a one-off edition of Harbour Lights on Christmas Day.", "Harbour Lights"),
        ("Jane Hale attended the premiere of Harbour Lights in London.", "Harbour Lights"),
        ("Jane Hale wrote the soundtrack of Harbour Lights.", "Harbour Lights"),
        # … and what only a work does
        ("The low-budget Tandava depicts the travails of a family in Leeds.", "Tandava"),
        # … and what a prize is won for
        ("Jane Hale won for Harbour Lights at the ceremony.", "Harbour Lights"),
    ],
)
def test_what_only_a_work_has_makes_a_work(read, text, work):
    ex = read(text)
    assert work not in {e.label for e in ex.entities if e.type in ("Person", "Organization")}, ex.entities


@pytest.mark.parametrize(
    "text, label, person",
    [
        ("Everyone wanted to see the eight-player Mario Kart DS, for example.", "Mario Kart DS", False),
        ("Richard III was king of England.", "Richard III", True),
    ],
)
def test_a_name_ending_in_a_models_code_is_a_product(read, text, label, person):
    people = {e.label for e in read(text).entities if e.type == "Person"}
    assert (label in people) is person, people


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'Festival director Jane den Hale said: "The festival reflects what happens around us."',
            "Jane den Hale",
        ),
        ("The painter Tom van Hale died in Leeds on Monday.", "Tom van Hale"),
    ],
)
def test_a_surnames_particle_is_inside_the_name(read, text, name):
    people = {e.label for e in read(text).entities if e.type == "Person"}
    assert name in people, people


def test_a_work_before_its_makers_calling_is_no_person(read):
    ex = read("Harbour Lights author Jane Hale will receive a special award.")
    assert ("Harbour Lights", "Concept") in nodes(ex), sorted(nodes(ex))
    assert ("Jane Hale", "author of", "Harbour Lights") in facts(ex), sorted(facts(ex))


def test_a_demonym_before_a_name_is_no_part_of_it(read):
    people = {
        e.label
        for e in read("Arsenal face fellow Londoners West Ham on Sunday.").entities
        if e.type == "Person"
    }
    assert not any(p.startswith("Londoners") for p in people), people


def test_a_scorer_is_a_post_not_part_of_a_name(read):
    people = {
        e.label
        for e in read("Goalscorer Hale was later sent off by the referee.").entities
        if e.type == "Person"
    }
    assert "Goalscorer Hale" not in people, people


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the outcome a side was led to is part of the deed: he did not kick France
        (
            "Yachvili booted France to victory with five penalties.",
            ("Yachvili", "booted to victory", "France"),
        ),
        (
            "Alex Ferguson led Manchester United to victory over Chelsea.",
            ("Alex Ferguson", "led to victory", "Manchester United"),
        ),
    ],
)
def test_the_outcome_a_side_is_led_to_joins_the_predicate(read, text, fact):
    assert fact in facts(read(text)), facts(read(text))


def test_an_idiom_names_no_participant(read):
    ex = read("Robert Jackson jumped ship to Labour last month.")
    assert not any(o == "ship" for _, _, o in facts(ex)), facts(ex)


@pytest.mark.parametrize(
    ("text", "fact", "stated"),
    [
        # a speaker "from" a name no gazetteer knows speaks for a firm more often than from a home
        ('"It is true," said Ann Lowe from Hotseat.', ("Ann Lowe", "lives in", "Hotseat"), False),
        ('"It is true," said Ann Lowe from Leeds.', ("Ann Lowe", "lives in", "Leeds"), True),
        # settling for a medal somewhere is no settling there
        (
            "Ann Lowe had to settle for bronze in Greece behind Jo Lee.",
            ("Ann Lowe", "lives in", "Greece"),
            False,
        ),
        ("Ann Lowe settled in Leeds in 1990.", ("Ann Lowe", "lives in", "Leeds"), True),
    ],
)
def test_where_someone_is_from_or_settled(read, text, fact, stated):
    got = facts(read(text))
    if stated:
        assert fact in got, got
    else:
        assert not any((s, o) == (fact[0], fact[2]) for s, _, o in got), got


def test_a_that_clause_read_as_a_noun_denies_no_one(read):
    got = facts(read("Frank Arnesen has denied that coach Jacques Santini resigned because of a clash."))
    assert not any(o == "Jacques Santini" for _, _, o in got), got


@pytest.mark.parametrize(
    "text",
    [
        # a firm's rank in a place takes up the firm named before, as "the firm" does
        "AstraZeneca saw its profits fall 9% last year, but Europe's biggest drugmaker says a recovery is on the way.",
        "AstraZeneca saw its profits fall 9% last year. The drugmaker says a recovery is on the way.",
    ],
)
def test_a_description_of_a_firm_takes_up_the_firm(read, text):
    got = facts(read(text))
    assert ("AstraZeneca", "said", "a recovery is on the way") in got, got


def test_fame_is_no_role_and_the_way_a_ball_went_is_no_post(read):
    got = facts(read("The memory of soul legend Ray Charles dominated the night. Pop star Jo Lee sang."))
    assert ("Ray Charles", "holds role", "legend") not in got, got
    assert ("Jo Lee", "holds role", "star") in got, got  # a calling is one
    got = facts(read("Ivan Helguera headed past keeper Antonio Doblas to seal victory."))
    assert ("Antonio Doblas", "holds role", "keeper") in got, got
    assert not any(o == "Antonio Doblas" for s, _, o in got if s == "Ivan Helguera"), got


def test_a_hyphened_object_stays_whole_in_a_clause_label(read):
    got = facts(read("Eriksson has still not decided whether to call up any further back-up."))
    assert ("Eriksson", "decided", "whether to call up any further back-up") in got, got


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # before, after, during, since and until say when, against another event: no participant
        ("Labour hit back at the Tory proposals even before their publication.", "publication"),
        ("Alex Ferguson left the ground after the draw with Chelsea.", "draw"),
        # a counted distance is no thing
        ("Steve McManaman wasted the best chance when he shot wide from three yards.", "yards"),
        ("Tom Hale stepped down to the 200m to finish third in 21.72 secs.", "secs"),
        ("Acme Corp produces about 793,000 barrels of oil a day.", "barrels of oil"),
    ],
)
def test_when_and_how_far_are_no_participants(read, text, gone):
    got = facts(read(text))
    assert not any(o == gone for _, _, o in got), got


def test_before_whom_someone_appears_is_a_participant(read):
    got = facts(read("Greek sprinters Ann Lowe and Jo Lee have appeared before an independent tribunal."))
    assert any(f[1:] == ("appeared before", "independent tribunal") for f in got), got


def test_a_thing_announced_in_the_passive_is_no_statement(read):
    got = facts(
        read("The awards were announced by actors Selma Blair and Dennis Quaid in Los Angeles on Tuesday.")
    )
    assert ("Selma Blair", "announced", "awards") in got, got
    assert not any(p == "said" for _, p, _ in got), got


def test_what_one_would_not_comment_on_is_refused_not_conditional(read):
    ex = read("The Office for National Statistics would not comment on the definition of recession.")
    got = {(r.predicate_label, r.modality, r.negated) for r in ex.relations}
    assert ("comment on", None, True) in got, got


def test_letters_after_a_name_are_the_persons_not_a_speaker_of_their_own(read):
    ex = read("The chairman of the Bar Council, Guy Mansfield QC has warned there is a real risk of riots.")
    assert ("Guy Mansfield", "said", "there is a real risk of riots") in facts(ex), facts(ex)
    assert "QC" not in {e.label for e in ex.entities}


def test_what_one_did_rather_than_pay_was_not_paid(read):
    ex = read("Edward Addison had already fled abroad rather than pay the £5,000 damages ordered by a court.")
    got = {(r.predicate_label, r.negated) for r in ex.relations if r.subject.label == "Edward Addison"}
    assert ("pay", True) in got, got
    # "let alone doing it": it is not done either
    ex = read(
        "Japan still has problems getting a viable banking system, let alone shifting its car business."
    )
    got = {(r.predicate_label, r.negated) for r in ex.relations if r.subject.label == "Japan"}
    assert ("shifting", True) in got, got


def test_what_one_might_try_is_possible_not_attempted(read):
    ex = read(
        "Terrorists might try to target the UK in the run-up to the election, the police chief has said."
    )
    got = {(r.predicate_label, r.modality) for r in ex.relations if r.subject.label == "Terrorists"}
    assert ("targeted", "possibility") in got, got
    # "it could be that X": may be so
    ex = read("It could be that Tom Hale is switched to left-back.")
    assert {r.modality for r in ex.relations if r.subject.label == "Tom Hale"} == {"possibility"}, sorted(
        facts(ex)
    )


def test_brushing_a_side_aside_keeps_its_particle(read):
    got = facts(read("Celtic brushed aside Aberdeen to secure their place in the semi-final."))
    assert any(s == "Celtic" and p == "brushed aside" for s, p, _ in got), got


def test_a_time_with_its_unit_is_no_name(read):
    ex = read("Allan Scott won his heat in 7.64secs but ran 0.04secs slower in the final.")
    assert not any("secs" in e.label for e in ex.entities), [(e.label, e.type) for e in ex.entities]


def test_seizing_or_executing_someone_is_still_an_arrest_or_a_killing(read):
    ex = read("Police seized the gunman in Leeds. Iran executed a man for spying.")
    assert {"Arrest", "Killing"} <= {ev.type for ev in ex.events}, [ev.type for ev in ex.events]


def test_a_hyphened_name_keeps_its_first_part(read):
    ex = read("Spider-Man and its sequel made $1.6bn at box offices worldwide.")
    assert "Man" not in {e.label for e in ex.entities}, [(e.label, e.type) for e in ex.entities]


def test_the_playing_position_opening_a_sentence_takes_up_the_player_named_before(read):
    got = facts(
        read(
            "Scotland's crisis has worsened with news that Scott Gray will miss out on the opening matches. "
            "The Borders flanker has a knee injury and joins Donnie Macfadyen on the sidelines."
        )
    )
    assert ("Scott Gray", "joins", "Donnie Macfadyen") in got, got
    got = facts(read("Ann Lowe opened the school. The number of pupils rose by 5%."))
    assert ("number of pupils", "rose by", "5%") in got, got  # "the number" is no player


def test_in_an_article_a_bare_definite_object_names_nothing(read):
    article = (
        "Acme Corp held its annual meeting on Monday. Acme Corp won the title. Globex Inc raised its "
        "dividend. Initech Ltd rejected the pension scheme. Tom Hale applied for the post of France manager."
    )
    got = {(s, p, o) for s, p, o in facts(read(article))}
    assert not any(o == "title" for _, _, o in got), sorted(got)
    # an owner, a modifier or a complement says which
    assert {("Globex Inc", "raised", "dividend"), ("Initech Ltd", "rejected", "pension scheme")} <= got, (
        sorted(got)
    )
    assert any(s == "Tom Hale" and p == "applied for" and o.startswith("post") for s, p, o in got), sorted(
        got
    )
    # a snippet's reader has its context elsewhere
    assert ("Acme Corp", "won", "title") in facts(read("Acme Corp won the title.")), sorted(
        facts(read("Acme Corp won the title."))
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruritania has raised the limit for foreign investment in its banks.",
        "Initech Ltd rejected the proposed merger.",
        "The Acme board rejected the charges against its chairman.",
        "Initech Ltd rejected the 2005 budget.",
    ],
)
def test_in_an_article_a_definite_noun_whose_label_left_its_modifier_out_names_nothing(read, sentence):
    got = facts(read(f"Acme Corp held its annual meeting on Monday. Tom Hale spoke for an hour. {sentence}"))
    assert not any(o in ("limit", "merger", "charges", "budget") for _, _, o in got), sorted(got)


def test_in_an_article_a_bare_definite_thing_that_moved_by_an_amount_names_nothing(read):
    article = (
        "Acme Corp cut its rates on Monday. The currency strengthened 4% after the move. "
        "The dollar fell 2% against the euro. Sales in Leeds rose by 5%."
    )
    got = facts(read(article))
    assert not any(s == "currency" for s, _, _ in got), sorted(got)
    # a currency is one thing; a noun with a modifier says which
    assert {("dollar", "fell", "2%"), ("sales in Leeds", "rose by", "5%")} <= got, sorted(got)
    # … nor does any one such thing, however determined
    article = (
        "Online sales rose sharply this Christmas. On average each shopper will spend £220. "
        "A gamer could buy a starter disc for 10 euros. The dollar fell 2% against the euro."
    )
    got = facts(read(article))
    assert not any(s in ("shopper", "gamer") for s, _, _ in got), sorted(got)
    assert ("dollar", "fell", "2%") in got, sorted(got)


def test_from_one_amount_to_another_parsed_as_two_after_from(read):
    got = facts(
        read("Interest rates stand at 17%. Inflation has fallen from 9% to 7% while exports are booming.")
    )
    assert {(p, o) for _, p, o in got if o in ("9%", "7%")} == {("fallen from", "9%"), ("fallen to", "7%")}, (
        got
    )


def test_a_holder_concerned_or_convinced_that_holds_what_follows(read):
    ex = read(
        "The Leeds Trade Forum is concerned that the plan will let rivals cut prices. Acme Corp is convinced "
        "that Globex will cut prices."
    )
    got = {(r.subject.label, r.predicate_label): (r.attribution, r.modality) for r in ex.relations}
    assert got.get(("rivals", "cut")) == ("Leeds Trade Forum", "possibility"), got
    assert got.get(("Globex", "cut")) == ("Acme Corp", "expected"), got


def test_a_lower_case_honorific_before_a_post_is_no_employer(read):
    ex = read("Former lord chancellor Lord Roe said the plan was flawed.")
    assert not [e for e in ex.entities if e.label.lower() == "lord"], ex.entities
    assert not [f for f in facts(ex) if f[2] == "lord"], sorted(facts(ex))


def test_an_ex_glued_to_the_employer_makes_the_post_former(read):
    ex = read("Jailed ex-Acme boss Tom Hale has appealed against his sentence.")
    got = {(r.predicate_label, getattr(r.object, "label", None), r.modality) for r in ex.relations}
    assert ("boss of", "Acme", "former") in got, sorted(got)
    assert not [e.label for e in ex.entities if e.label.startswith("-")], ex.entities


def test_a_paragraph_break_is_no_part_of_a_party_name(read):
    ex = read("Tom Hale said the plan would fail.\n\nTory leader Jim Roe accused the minister of squabbling.")
    assert ("Jim Roe", "leader of", "Tory") in facts(ex), sorted(facts(ex))
    assert not [e.label for e in ex.entities if "\n" in e.label], ex.entities


def test_what_those_keen_or_eager_to_do_want_is_not_done(read):
    ex = read(
        "The new service is really important for operators keen to squeeze more cash out of their customers."
    )
    assert {r.modality for r in ex.relations if r.predicate == "squeeze"} == {"desire"}, sorted(facts(ex))


def test_what_one_opposes_or_resists_doing_is_not_done(read):
    ex = read("Globex Corp resisted selling its stake. Acme Corp objected to paying the fine.")
    got = {r.predicate: r.modality for r in ex.relations if r.predicate in ("sell", "pay")}
    assert got == {"sell": "opposed", "pay": "opposed"}, sorted(facts(ex))


def test_what_one_would_like_or_prefer_to_see_done_is_wanted(read):
    ex = read("Acme Corp would like to see Globex Corp cut its prices.")
    assert [r.modality for r in ex.relations if r.predicate == "cut"] == ["desire"], sorted(facts(ex))
    ex = read("Acme Corp would prefer to see Globex Corp return the money to its shareholders.")
    assert {r.modality for r in ex.relations if r.predicate.startswith("return")} == {"desire"}, sorted(
        facts(ex)
    )


def test_striving_to_is_an_attempt_and_fighting_back_to_win_a_win(read):
    ex = read("Acme Corp is striving to win new orders.")
    assert {r.modality for r in ex.relations if r.predicate == "win"} == {"attempt"}, sorted(facts(ex))
    ex = read("Leeds fought back to beat Hull at home.")
    assert {r.modality for r in ex.relations if r.predicate == "beat"} == {None}, sorted(facts(ex))
    # … and so is a struggle going on, or a move made, to do something
    ex = read("Acme Corp is battling to cut costs. Globex Corp moved to reassure its investors.")
    got = {r.predicate: r.modality for r in ex.relations if r.predicate in ("cut", "reassure")}
    assert got == {"cut": "attempt", "reassure": "attempt"}, sorted(facts(ex))
    # an adverb before the verb is the sentence's, not a manner of the striving
    ex = read("On Monday, however, Globex Corp moved to steady the markets.")
    assert {r.modality for r in ex.relations if r.predicate == "steady"} == {"attempt"}, sorted(facts(ex))


def test_by_one_amount_to_another_parsed_as_one_after_by(read):
    got = facts(
        read("Acme Corp sales rose by more than 3.2% to £24.8bn. Owners must slash prices by up to 8%.")
    )
    assert ("Acme Corp sales", "rose to", "£24.8bn") in got, sorted(got)
    assert not any(o == "£24.8bn" and p == "rose by" for _, p, o in got), sorted(got)
    assert ("Owners", "slash prices by", "at most 8%") in got, sorted(got)


def test_a_figure_of_a_described_firm_is_the_firm_s(read):
    got = facts(read("Acme Corp had a good year. Its revenue exceeded $86m. The firm's profits rose 5%."))
    expected = {("Acme Corp revenue", "exceeded", "$86m"), ("Acme Corp profits", "rose", "5%")}
    assert expected <= got, sorted(got)
    # "the party's" may be another party's than the one named most
    got = facts(read("Labour won the vote. Tom Hale said he was disillusioned with the party's leadership."))
    assert not [f for f in got if f[2] == "Labour leadership"], sorted(got)


def test_what_one_recommends_be_done_to_someone_is_demanded_not_done(read):
    ex = read("The jurors recommended that Jane Roe be fined $7,500.")
    got = [r.modality for r in ex.relations if r.subject.label == "Jane Roe"]
    assert got and set(got) == {"demanded"}, sorted(facts(ex))


def test_a_view_set_against_a_reported_clause_is_not_part_of_it(read):
    ex = read(
        "Economists predicted rates would drop later in the year, although others feel the Bank may act."
    )
    said = {_obj(r) for r in ex.relations if r.predicate_label == "predicted"}
    assert said == {"rates would drop later in the year"}, sorted(facts(ex))


def test_a_result_denied_is_negated_and_what_was_so_is_not(read):
    ex = read(
        "David Nalbandian had never come back from two sets down to win a match, and there was no "
        "indication he would do so as Lleyton Hewitt dominated the first two sets."
    )
    got = {(r.subject.label, r.predicate_label): r.negated for r in ex.relations}
    assert got.get(("David Nalbandian", "win")) is True, got
    assert got.get(("Lleyton Hewitt", "dominated")) is False, got


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Tom Hale is not working", True),
        ("Tom Hale went to Leeds", False),
        # reported, the striving is an attempt denied
        ("Jo Lee said Tom Hale is not working", True),
    ],
)
def test_an_aim_of_a_denied_deed_is_denied(read, text, negated):
    ex = read(f"{text} to dismantle the gangs.")
    got = [r.negated for r in ex.relations if r.predicate_label == "dismantle"]
    assert got == [negated], sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Tom Hale has fallen out of favour with Ann Lowe.",
            ("Tom Hale", "fallen out of favour with", "Ann Lowe"),
        ),
        ("Ann Lowe fell in love with Tom Hale.", ("Ann Lowe", "fell in love with", "Tom Hale")),
    ],
)
def test_a_phrase_of_state_goes_with_the_preposition_that_completes_it(read, text, fact):
    got = facts(read(text))
    assert fact in got, sorted(got)


def test_what_an_object_is_called_as_is_no_deed_of_the_subject(read):
    ex = read("Microsoft has netted seven major telcos as customers.")
    assert ("Microsoft", "netted", "major telcos") in facts(ex), sorted(facts(ex))
    assert not [r for r in ex.relations if r.predicate_label.endswith(" as")], sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Tom Hale signed a three-and-a-half year contract extension.",
            "three-and-a-half year contract extension",
        ),
        ("Acme Corp agreed a 10 year deal with Globex.", "10 year deal"),
    ],
)
def test_the_count_of_a_unit_that_modifies_a_noun_stays_in_its_label(read, text, label):
    ex = read(text)
    assert label in {_obj(r) for r in ex.relations}, sorted(facts(ex))


def test_a_deed_that_completes_a_noun_keeps_what_it_does(read):
    ex = read("The Tories will vote against plans to allow Tom Hale to place suspects under house arrest.")
    assert "plans to allow Tom Hale to place suspects under house arrest" in {
        _obj(r) for r in ex.relations
    }, sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Lib Dem local government spokesman Tom Hale said the tax was unfair.",
            "local government spokesman",
        ),
        (
            "Shadow local government secretary Tom Hale said the tax was unfair.",
            "Shadow local government secretary",
        ),
    ],
)
def test_the_field_of_a_party_spokesman_is_no_body_he_works_for(read, text, role):
    ex = read(text)
    assert not [e for e in ex.entities if e.label.lower() == "local government"], sorted(facts(ex))
    assert ("Tom Hale", "holds role", role) in facts(ex), sorted(facts(ex))


def test_an_attempt_denied_is_negated(read):
    ex = read("Duran Duran were not trying to update their sound.")
    got = [(r.modality, r.negated) for r in ex.relations if r.predicate_label == "update"]
    assert got == [("attempt", True)], sorted(facts(ex))


def test_a_deed_with_its_object_is_no_thing_that_acts(read):
    ex = read("Misusing someone's identity to claim new credit cards comprised 16.5% of cases.")
    assert not any(r.subject.label == "misusing" for r in ex.relations), sorted(facts(ex))


def test_a_kind_told_by_a_clause_is_no_part_of_the_label(read):
    ex = read("Experts forecast more devastating weather of the type which caused havoc last year.")
    assert ("Experts", "forecast", "devastating weather") in facts(ex), sorted(facts(ex))


def test_a_brief_of_two_fields_is_all_of_the_title(read):
    ex = read("Rick Krim, vice president of music and talent at the channel, said the show was a hit.")
    roles = {r.object.value for r in ex.relations if r.predicate == "holdsRole"}
    assert roles == {"vice president of music and talent"}, sorted(facts(ex))


def test_a_noun_that_names_nothing_without_what_it_is_for_keeps_it(read):
    ex = read("Tom Hale warned of the potential for miscarriages of justice.")
    assert ("Tom Hale", "warned of", "potential for miscarriages") in facts(ex), sorted(facts(ex))


def test_where_a_measured_subject_is_is_part_of_its_label(read):
    got = facts(read("House prices in Wales were up by 23% over the year. Shares in Acme rose 4%."))
    assert ("House prices in Wales", "were up by", "23%") in got, sorted(got)
    assert not any(s.endswith("in Acme") for s, _, _ in got), sorted(got)  # a holding, no place


def test_a_hedge_before_an_article_and_an_amount_hedges_the_amount(read):
    ex = read("Acme Corp bought nearly a 10% stake in Globex Inc.")
    assert ("Acme Corp", "bought stake", "nearly 10%") in facts(ex), sorted(facts(ex))


def test_a_firms_figure_named_with_no_owner_is_the_firm_the_article_is_about(read):
    ex = read(
        "Acme Corp has posted a rise in profits. Acme Corp said it had won big contracts. "
        "Sales rose 9% to $13bn. Operating profit was $950m. Shares fell 5%."
    )
    subjects = {r.subject.label for r in ex.relations if isinstance(r.object, Literal)}
    assert {"Acme Corp sales", "Acme Corp operating profit", "Acme Corp shares"} <= subjects, sorted(
        facts(ex)
    )
    # two firms as prominent: whose sales is not told, and "sales" alone names nothing
    ex = read("Acme Corp and Globex Inc posted results. Acme Corp and Globex Inc cut jobs. Sales rose 9%.")
    assert "sales" not in {r.subject.label.lower() for r in ex.relations}, sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Tom Hale, chief operating officer of Acme Corp, said sales were strong.",
            "chief operating officer",
        ),
        ("Managing director Tom Hale resigned from Acme Corp.", "Managing director"),
        # a day or an adverb before the post is none of its words
        ("On Tuesday Foreign Secretary Tom Hale flew to Iraq.", "Foreign Secretary"),
    ],
)
def test_the_words_of_a_post_before_its_noun_stay_in_it(read, text, role):
    ex = read(text)
    assert ("Tom Hale", "holds role", role) in facts(ex), sorted(facts(ex))


def test_the_noun_of_a_verb_idiom_is_no_participant(read):
    ex = read("Fraudsters have changed tack.")
    assert not [o for _, _, o in facts(ex) if o == "tack"], sorted(facts(ex))


def test_as_much_as_an_amount_is_its_upper_bound(read):
    ex = read("Analysts say a fair valuation of Acme Corp could be as much as $3bn.")
    got = {(r.object.text or r.object.value) for r in ex.relations if isinstance(r.object, Literal)}
    assert got == {"at most $3bn"}, sorted(facts(ex))


def test_a_firm_named_with_the_country_of_its_arm_after_a_post_is_one_firm(read):
    ex = read("Jane Roe, chief executive of Initech UK, said home life was changing.")
    assert ("Jane Roe", "chief executive of", "Initech UK") in facts(ex), sorted(facts(ex))
    assert not [o for _, _, o in facts(ex) if o == "United Kingdom"], sorted(facts(ex))


def test_a_phrase_set_off_by_commas_after_the_subject_is_no_part_of_the_deed(read):
    ex = read("But Ann Lowe, in England for a charity match, also backed New Zealand to win the series.")
    assert not [p for _, p, _ in facts(ex) if p.endswith(" in")], sorted(facts(ex))


def test_in_an_article_a_definite_noun_with_a_word_that_tells_no_kind_names_nothing(read):
    ex = read(
        "Initech unveiled a copy-protection system on Monday. The new technology will be welcomed by film "
        "studios. Acme Corp backed the new tax plan."
    )
    objects = {o for _, _, o in facts(ex)}
    assert "new technology" not in objects and "new tax plan" in objects, sorted(facts(ex))


def test_large_numbers_of_people_are_those_people(read):
    ex = read("Large numbers of backbench MPs said voters were uninterested in the row.")
    assert {s for s, p, _ in facts(ex) if p == "said"} == {"backbench MPs"}, sorted(facts(ex))
    ex = read("The number of Asians in the city has risen by 300%.")
    assert [r.subject.label for r in ex.relations] == ["number of Asians"], sorted(facts(ex))


def test_the_noun_of_a_plea_or_a_siege_is_no_participant(read):
    ex = read("Jane Roe pleaded no contest to a charge of assault. The army laid siege to Fallujah.")
    assert not [r for r in ex.relations if _obj(r).startswith("contest")], sorted(facts(ex))
    assert ("army", "laid siege to", "Fallujah") in facts(ex), sorted(facts(ex))


def test_a_body_named_with_for_before_a_post_is_one_body(read):
    ex = read(
        "Commission for Racial Equality chairman Tom Hale said applications were down. "
        "Jane Roe, head of marketing at Transport for London, said the posters were useful."
    )
    got = facts(ex)
    assert ("Tom Hale", "chairman of", "Commission for Racial Equality") in got, sorted(got)
    assert ("Jane Roe", "head of marketing at", "Transport for London") in got, sorted(got)


def test_an_unnamed_trader_is_no_node(read):
    ex = read('"The market is very nervous," one Bombay trader said this week.')
    assert not [s for s, p, _ in facts(ex) if p == "said"], sorted(facts(ex))


def test_a_sceptical_holders_clause_is_uncertain(read):
    ex = read("Traders were sceptical that Acme Corp had bought Initech.")
    assert [(r.predicate_label, r.modality) for r in ex.relations if r.subject.label == "Acme Corp"] == [
        ("bought", "uncertain")
    ], sorted(facts(ex))


def test_what_someone_is_sued_to_do_is_demanded(read):
    ex = read("Tom Hale sued Initech to return 136m euros.")
    assert [(r.predicate_label, r.modality) for r in ex.relations if r.subject.label == "Initech"] == [
        ("return", "demanded")
    ], sorted(facts(ex))


def test_may_have_done_before_but_grants_the_deed(read):
    ex = read("France may have beaten Scotland but they were tedious throughout.")
    assert [(r.predicate_label, r.modality) for r in ex.relations if r.predicate_label == "beaten"] == [
        ("beaten", None)
    ], sorted(facts(ex))


def test_a_side_before_a_playing_position_stands_for_the_player(read):
    ex = read('Tom Hale will lead the side on Saturday. "We are ready for this," said the Sale full-back.')
    assert {s for s, p, _ in facts(ex) if p == "said"} == {"Tom Hale"}, sorted(facts(ex))


def test_an_infinitive_or_a_participle_right_after_a_noun_says_which(read):
    ex = read(
        "Tom Hale called for measures to combat ageism. The Tories have tabled a motion opposing the tax."
    )
    objects = {o for _, _, o in facts(ex)}
    assert {"measures to combat ageism", "motion opposing tax"} <= objects, sorted(facts(ex))


def test_the_state_a_deed_brings_its_object_into_is_part_of_the_verb(read):
    ex = read("The Tories will hold ministers to account. Tom Hale brought his office into disrepute.")
    preds = {p for _, p, _ in facts(ex)}
    assert {"hold to account", "brought into disrepute"} <= preds, sorted(facts(ex))


def test_a_group_or_an_exchange_named_by_where_or_what_it_is_is_a_body(read):
    ex = read("A pressure group said the levy was wrong. The London exchange turned down the bid approach.")
    assert {("pressure group", "Organization"), ("London exchange", "Organization")} <= nodes(ex), sorted(
        nodes(ex)
    )
    ex = read("The study group met in Rome.")
    assert ("study group", "Organization") not in nodes(ex), sorted(nodes(ex))


def test_a_description_with_a_people_word_takes_up_no_body_of_another_country(read):
    ex = read(
        "Initech has made a bid for the London Stock Exchange. The German group raised its offer to £1.3bn."
    )
    assert not [s for s, p, _ in facts(ex) if s == "London Stock Exchange" and p.startswith("raised")], (
        sorted(facts(ex))
    )


def test_a_kind_of_place_of_a_name_is_the_place_named(read):
    ex = read("Tom Hale was studying in the Norwegian town of Lillehammer. Troops entered the city of Basra.")
    objects = {o for _, _, o in facts(ex)}
    assert {"Lillehammer", "Basra"} <= objects, sorted(facts(ex))


def test_a_web_address_before_a_noun_says_which(read):
    ex = read("Tom Hale set up the napster.no website in 2001.")
    assert ("Tom Hale", "set up", "napster.no website") in facts(ex), sorted(facts(ex))


def test_leaving_the_door_open_names_no_door(read):
    ex = read("Initech agreed to leave the door open for talks.")
    assert not [o for _, _, o in facts(ex) if o == "door"], sorted(facts(ex))


def test_a_belief_ends_where_a_but_clause_of_the_writer_begins(read):
    ex = read(
        "Tom Hale thought he had scored in the left corner but play was recalled for a forward pass. "
        "Jane Roe said prices would rise but wages would not."
    )
    got = facts(ex)
    assert ("Tom Hale", "thought", "he had scored in the left corner") in got, sorted(got)
    assert ("Jane Roe", "said", "prices would rise") in got, sorted(got)


def test_at_a_loss_to_do_is_failing_to(read):
    ex = read("Tom Hale was at a loss to explain the popularity of the show.")
    assert [(r.predicate_label, r.modality) for r in ex.relations] == [("explain", "failed")], sorted(
        facts(ex)
    )


def test_abbreviated_police_ranks_are_titles_not_names(read):
    ex = read("Det Insp Jane Roe arrested two men in Leeds.")
    assert ("Jane Roe", "arrested", "two men") in facts(ex), sorted(facts(ex))


def test_a_pronoun_in_a_clause_of_time_under_who_takes_up_the_one_who(read):
    ex = read(
        "Tom Hale, along with fellow flanker Bob Jones - who is unlikely to play for a month while he "
        "recovers from a foot injury - was ruled out."
    )
    assert {s for s, p, _ in facts(ex) if p == "recovers from"} == {"Bob Jones"}, sorted(facts(ex))


def test_a_score_is_no_part_of_a_name_whatever_model_read_it(read):
    ex = read("Tom Hale survived an early scare to beat Russia's Elena Bovina 1-6 6-1 6-4.")
    labels = {n for n, _ in nodes(ex)}
    assert "Elena Bovina" in labels and not any("6-4" in n for n in labels), sorted(facts(ex))


def test_a_nationality_before_a_known_surname_is_no_part_of_the_name(read):
    ex = read("Top seed Lindsay Davenport won easily. American Davenport will face Conchita Martinez next.")
    assert {s for s, p, _ in facts(ex) if p == "face"} == {"Lindsay Davenport"}, sorted(facts(ex))


def test_a_hyphened_count_before_a_post_stays_in_it(read):
    ex = read("Four-time champion Monica Seles lost in the first round.")
    roles = {o for _, p, o in facts(ex) if p == "holds role"}
    assert roles == {"Four-time champion"}, sorted(facts(ex))
    ex = read("The 20-year-old striker Tom Hale scored twice.")  # an age, no part of the post
    assert {o for _, p, o in facts(ex) if p == "holds role"} == {"striker"}, sorted(facts(ex))
    ex = read("Non-executive director Jane Roe quit the board.")
    assert {o for _, p, o in facts(ex) if p == "holds role"} == {"Non-executive director"}, sorted(facts(ex))


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("Jane Roe has attacked US tabloid magazines.", False),
        ("Tom Hale attacked the government's failure to control immigration.", False),
        ("Tom Hale attacked Jane Roe outside a bar.", True),
        ("Drogba struck a fierce shot at goal.", False),
        ("The site lets people shoot 10 rounds at paper targets.", False),
        ("Viacom paid $3.5m to end investigations into its shows.", False),
    ],
)
def test_attacks_in_words_balls_struck_rounds_shot_and_things_ended_are_no_violence(read, text, attack):
    ex = read(text)
    classes = {ev.type for ev in ex.events}
    assert (bool(classes & {"Attack", "Killing", "Suspension"})) is attack, (classes, sorted(facts(ex)))


def test_what_has_not_happened_since_a_date_has_no_date(read):
    ex = read("Jane Roe has not played in the Australian Open since 2001.", date=dt.date(2005, 1, 10))
    assert [(r.predicate_label, r.negated, r.date) for r in ex.relations] == [("played in", True, None)]
    # … nor what has gone on since then: the date opens a span of time
    ex = read("Jane Roe has given more than £10m to the party since 1999.", date=dt.date(2005, 1, 10))
    assert ex.relations and {r.date for r in ex.relations} == {None}, [
        (r.predicate_label, r.date) for r in ex.relations
    ]


def test_a_participle_tying_a_noun_to_a_name_says_which(read):
    ex = read("Alan Greenspan opened an exhibition dedicated to Adam Smith.")
    assert ("Alan Greenspan", "opened", "exhibition dedicated to Adam Smith") in facts(ex), sorted(facts(ex))


def test_the_olympics_are_an_occasion_no_body(read):
    ex = read("Jane Roe wants to compete in the Olympics again.")
    assert ("Olympics", "Concept") in nodes(ex), sorted(nodes(ex))


def test_an_acronym_the_models_left_out_opens_the_name(read):
    ex = read("The OTC Bulletin Board lists equities of small firms.")
    assert ("OTC Bulletin Board", "Organization") in nodes(ex), sorted(nodes(ex))


def test_thanks_to_is_a_cause_no_thing(read):
    ex = read("Santos equalised thanks to Thokozani Xaba.")
    assert not [o for _, _, o in facts(ex) if o == "thanks"], sorted(facts(ex))


def test_a_council_of_a_faith_is_no_body_of_a_state(read):
    ex = read("The Hindu Council said it was angry about the programme.")
    assert ("Hindu Council", "Organization") in nodes(ex), sorted(nodes(ex))


def test_a_post_of_what_a_country_owns_is_no_post_of_the_country(read):
    ex = read("Tom Hale, chairman of Spain's bank Santander, greeted the waiting reporters.")
    assert not [o for s, p, o in facts(ex) if p.startswith("chairman") and o == "Spain"], sorted(facts(ex))


def test_what_is_called_to_be_lifted_is_not_what_is_called_for(read):
    ex = read("France called for the 15 year embargo to be lifted.")
    assert not [o for _, p, o in facts(ex) if p == "called for"], sorted(facts(ex))


def test_what_an_accused_thing_is_called_as_is_the_things(read):
    ex = read("IATA attacked the package as a bad piece of legislation.")
    assert not [p for _, p, _ in facts(ex) if p.endswith(" as")], sorted(facts(ex))


def test_someone_known_by_age_is_a_person(read):
    ex = read("A 22-year-old gamer has spent $26,500 on an island that exists only in a game.")
    assert ("22-year-old gamer", "Person") in nodes(ex), sorted(nodes(ex))
    ex = read("Tom Hale attacked the 20-year-old law.")
    assert ("20-year-old law", "Person") not in nodes(ex), sorted(nodes(ex))


def test_people_opening_a_sentence_before_a_post_are_no_body(read):
    ex = read("Referees chief Tom Hale said the decision was right.")
    assert ("Referees", "Organization") not in nodes(ex), sorted(nodes(ex))


def test_a_post_of_what_a_firm_owns_is_still_at_the_firm(read):
    ex = read("Yusuf Mehdi, vice president of Microsoft's MSN division, said searches were rising.")
    assert [o for s, p, o in facts(ex) if s == "Yusuf Mehdi" and o == "Microsoft"], sorted(facts(ex))


def test_they_after_the_two_firms_are_the_two_firms(read):
    ex = read(
        "Initech and Globex have agreed to work together. The two firms signed a deal, and say they "
        "expect to seal a final agreement by spring."
    )
    assert {s for s, p, _ in facts(ex) if p == "seal"} == {"Initech", "Globex"}, sorted(facts(ex))


def test_a_capitalised_name_with_of_is_read_whole(read):
    ex = read("Initech and Globex signed a Memorandum of Understanding on Monday.")
    assert "Memorandum of Understanding" in {o for _, _, o in facts(ex)}, sorted(facts(ex))
    ex = read("Kevin Spacey played in The Life of David Gale.")
    assert "Life of David Gale" in {o for _, _, o in facts(ex)}, sorted(facts(ex))


def test_plans_and_calls_keep_what_they_are_for(read):
    ex = read("Kanye West announced plans for a solo album. Unions renewed calls for reform.")
    objects = {o for _, _, o in facts(ex)}
    assert {"plans for solo album", "calls for reform"} <= objects, sorted(facts(ex))


def test_with_a_name_and_how_it_fared_is_no_partner(read):
    ex = read("Nippon Steel lost 2.5% to 270 yen, with closest rival JFE Holdings down 3.4%.")
    assert not [p for _, p, _ in facts(ex) if p.endswith(" with")], sorted(facts(ex))
    ex = read("Tom Hale met with Jack Roe following the match.")
    assert ("Tom Hale", "met with", "Jack Roe") in facts(ex), sorted(facts(ex))
    # "with X as Y", "with X among Y": what X was, no partner
    ex = read("Acme Corp sold its stake last year, with Tom Hale as chairman.")
    assert not [p for _, p, _ in facts(ex) if p.endswith(" with")], sorted(facts(ex))
    # "with X doing": a clause of its own, no partner, and no plan of the verb before it
    ex = read(
        "Shares of tobacco firms closed higher, with Altria rising 5% and Globex Corp showing gains of 4%."
    )
    assert not [p for _, p, _ in facts(ex) if p.endswith(" with")], sorted(facts(ex))
    assert {r.modality for r in ex.relations if r.predicate_label == "rising"} == {None}, sorted(facts(ex))


def test_following_after_a_noun_is_a_preposition(read):
    got = facts(read("Expert judges will choose a shortlist of ten following the closing date on 4 March."))
    assert not [f for f in got if f[1] == "following"], sorted(got)
    got = facts(read("Jane Doe has been following Tom Hale for years."))
    assert ("Jane Doe", "following", "Tom Hale") in got, sorted(got)


def test_the_first_half_of_a_hyphened_noun_is_no_verb(read):
    got = facts(read("France scrum-half Tom Hale praised his team."))
    assert not [f for f in got if f[1] == "scrum"], sorted(got)


def test_a_body_s_name_keeps_the_words_the_trained_model_began_after(read):
    got = nodes(read("A spokeswoman for Civil Liberties Watch said it was a basic principle."))
    assert ("Civil Liberties Watch", "Organization") in got, sorted(got)


def test_an_acronym_keeps_its_capitals_in_a_label(read):
    ex = read("Real Madrid met the Spanish FA on Monday.")
    assert "Spanish FA" in {o for _, _, o in facts(ex)}, sorted(facts(ex))


def test_a_launch_party_is_an_occasion_no_party(read):
    ex = read("Nokia is planning a launch party in Singapore.")
    assert ("launch party", "Concept") in nodes(ex), sorted(nodes(ex))


def test_in_favour_of_after_an_object_is_instead_of_and_without_one_backs(read):
    ex = read("MPs voted in favour of the Prevention of Terrorism Bill.")
    assert ("MPs", "voted in favour of", "Prevention of Terrorism Bill") in facts(ex), sorted(facts(ex))
    ex = read("Tom Hale was dumped in favour of Jack Roe.")
    assert not [p for _, p, _ in facts(ex) if "favour" in p], sorted(facts(ex))


def test_a_reporting_clause_after_a_comma_is_no_part_of_what_it_reports(read):
    ex = read(
        "He understood that the best prospect of peace lies in democracy, Mr Blair told the Guardian newspaper."
    )
    told = [r for r in ex.relations if r.predicate_label == "told"]
    assert told and all(r.modality is None and r.attribution is None for r in told), sorted(facts(ex))


def test_an_amount_paid_per_unit_of_time_is_a_rate(read):
    ex = read("Tom Hale received £57 a week in benefits.")
    got = {(r.object.text or r.object.value) for r in ex.relations if isinstance(r.object, Literal)}
    assert got == {"£57 a week"}, sorted(facts(ex))
    ex = read("Oil rose to $50 a barrel on Monday.")
    got = {(r.object.text or r.object.value) for r in ex.relations if isinstance(r.object, Literal)}
    assert got == {"$50 a barrel"}, sorted(facts(ex))
    ex = read("Acme Corp made a profit of £5m a year ago.")
    got = {(r.object.text or r.object.value) for r in ex.relations if isinstance(r.object, Literal)}
    assert got == {"£5m"}, sorted(facts(ex))


def test_between_them_is_together_no_one_of_them(read):
    ex = read("Labour and the Conservatives had spent £10m between them on the election.")
    assert not [p for _, p, _ in facts(ex) if p.endswith("between")], sorted(facts(ex))
    assert not [o for _, _, o in facts(ex) if o == "£10m"], sorted(facts(ex))  # neither spent it all


def test_someone_named_only_by_whose_they_are_is_no_node(read):
    ex = read("Reid Weingarten tried to distance himself from his client.")
    assert not [o for _, _, o in facts(ex) if o == "client"], sorted(facts(ex))


def test_the_day_of_a_saying_is_no_part_of_what_was_said(read):
    ex = read("Universal said on Wednesday it had bought the 50% stake.")
    assert ("Universal", "said", "it had bought the 50% stake") in facts(ex), sorted(facts(ex))
    ex = read(
        "Jane Roe has stood down. She says her remark last week was misrepresented."
    )  # a time further in
    assert ("Jane Roe", "said", "her remark last week was misrepresented") in facts(ex), sorted(facts(ex))
    ex = read("Louis Schweitzer said 2004 had been a great year for the firm.")  # a date that is the subject
    assert ("Louis Schweitzer", "said", "2004 had been a great year for the firm") in facts(ex), sorted(
        facts(ex)
    )


def test_billions_of_pounds_is_a_sum_not_given_no_thing(read):
    ex = read(
        "Employers have spent billions of pounds on pensions. Labour spent millions of pounds on adverts."
    )
    assert not [o for _, _, o in facts(ex) if o in ("billions", "pounds")], sorted(facts(ex))


def test_a_name_beside_the_noun_of_an_of_phrase_says_which(read):
    ex = read("Quentin Tarantino will direct the season finale of television series CSI.")
    assert "season finale of television series CSI" in {o for _, _, o in facts(ex)}, sorted(facts(ex))


def test_a_name_with_digits_before_an_event_noun_stays_in_its_label(read):
    ex = read("India's finance minister Jane Roe will attend the G7 meeting in London.")
    assert "G7 meeting" in {o for _, _, o in facts(ex)}, sorted(facts(ex))


def test_what_a_thing_is_called_is_no_second_object(read):
    ex = read("Dan Lane calls it an early proof of concept. Critics called the plan a disaster.")
    assert not [o for _, _, o in facts(ex) if o in ("early proof of concept", "disaster")], sorted(facts(ex))


def test_asked_opening_a_sentence_is_said_of_the_one_asked(read):
    ex = read("Asked the reason for the sale, Chris Evans said he needed the money.")
    assert not [p for _, p, _ in facts(ex) if p == "asked"], sorted(facts(ex))


def test_a_rival_keeps_what_it_rivals(read):
    ex = read("Airbus is producing a rival to Boeing's 777.")
    assert ("Airbus", "producing", "rival to Boeing's 777") in facts(ex), sorted(facts(ex))


def test_a_move_keeps_where_to_and_an_order_what_for(read):
    got = facts(
        read("Tom Hale turned down a move to Leeds. Acme Corp has placed an order for 20 Boeing planes.")
    )
    assert ("Tom Hale", "turned down", "move to Leeds") in got, sorted(got)
    assert ("Acme Corp", "placed", "order for Boeing planes") in got, sorted(got)


def test_a_modifiers_own_modifier_stays_in_an_events_label(read):
    got = facts(read("Fox TV is broadcasting public service announcements."))
    assert ("Fox TV", "broadcasting", "public service announcements") in got, sorted(got)


def test_a_storm_is_no_person(read):
    ex = read(
        "Mr Rampersad had been thinking about such a system since Hurricane Ivan ravaged the Caribbean."
    )
    assert not [e for e in ex.entities if e.type == "Person" and "Ivan" in e.label], [
        (e.label, e.type) for e in ex.entities
    ]


def test_whoever_is_warned_in_the_passive_says_nothing(read):
    got = facts(read("Users are being warned about a Windows virus. Drivers have been warned of delays."))
    assert not any(s in ("Users", "Drivers") for s, _, _ in got), sorted(got)
    got = facts(read("Fans were warned about fake tickets by police."))
    assert ("police", "warned about", "fake tickets") in got, sorted(got)


def test_a_firms_bare_name_is_not_its_service_named_before(read):
    got = facts(
        read(
            "Yahoo News gathers stories from 4,500 sources. Yahoo told reporters it was looking into the "
            "problem."
        )
    )
    assert ("Yahoo", "told", "reporters") in got, sorted(got)
    assert not any(s == "Yahoo News" and p == "told" for s, p, _ in got), sorted(got)


def test_a_place_cut_from_a_firms_name_given_whole_elsewhere_is_the_firm(read):
    got = facts(
        read(
            "China's national airline is to make its overseas stock market debut with a dual listing in London "
            "and Hong Kong, the exchange has said.\n\nAir China plans to raise $1bn (£514m) from the flotation. "
            "Share trading will begin on 15 December. Analysts said Air China was a strong company."
        )
    )
    assert any(s == "Air China" and p == "raise" for s, p, _ in got), sorted(got)
    assert not any(s == "China" and p == "raise" for s, p, _ in got), sorted(got)


def test_a_given_name_and_a_surname_the_article_honours_is_a_person(read):
    got = nodes(read("Vincent Cable says debt will worsen this year. Mr Cable told the BBC he was worried."))
    assert ("Vincent Cable", "Person") in got and not any(n == "Cable" for n, _ in got), sorted(got)


def test_a_measure_that_does_not_say_of_what_is_no_node(read):
    got = facts(
        read(
            "The minimum for each purchase is £100. The proportion of jobless remained at 6.3%. "
            "The cost of living rose 3%. Shares in Acme fell 4%."
        )
    )
    assert not any(s in ("minimum", "proportion") for s, _, _ in got), sorted(got)
    assert {("cost of living", "rose", "3%"), ("Acme shares", "fell", "4%")} <= got, sorted(got)


def test_a_name_before_the_noun_of_an_of_phrase_stays_in_the_label(read):
    got = facts(read("Sales of Xbox games rose 37.9% during the year."))
    assert ("sales of Xbox games", "rose", "37.9%") in got, sorted(got)


def test_a_place_named_by_its_kind_is_a_place_and_no_agent_of_what_was_done_by_it(read):
    ex = read("A skeleton found by the River Severn is not Edwards, tests reveal.")
    assert ("River Severn", "Location") in {(e.label, e.type) for e in ex.entities}
    assert not any(s == "River Severn" for s, _, _ in facts(ex)), sorted(facts(ex))
    assert ("London", "hosted", "Games") in facts(read("The Games will be hosted by London."))


def test_what_a_forecast_says_is_the_forecasters(read):
    ex = read("The Japanese government has forecast that economic growth will slow to 1.6% next year.")
    got = {(r.subject.label, r.predicate_label, _obj(r)): r.attribution for r in ex.relations}
    assert any(s == "economic growth" and a for (s, _, _), a in got.items()), got


def test_a_deed_put_off_is_not_done(read):
    ex = read("Shoppers put off buying Christmas presents until December.")
    got = {(r.subject.label, r.predicate_label, _obj(r)): r.modality for r in ex.relations}
    assert got.get(("Shoppers", "buying", "Christmas presents")) == "planned", got


def test_music_players_are_machines_and_a_version_makes_a_product(read):
    assert not any(
        t == "Group"
        for _, t in nodes(read("Tiny digital music players come in an array of colours, reflecting demand."))
    )
    assert ("Endorphin v2.0", "Concept") in nodes(
        read("Leeds-based Natural Motion launched Endorphin v2.0, which lets artists direct a virtual actor.")
    )


def test_a_contest_before_a_champion_is_part_of_the_title(read):
    got = facts(read("Olympic champion Kelly Holmes won again. World champion Ann Lowe lost."))
    assert {
        ("Kelly Holmes", "holds role", "Olympic champion"),
        ("Ann Lowe", "holds role", "World champion"),
    } <= got


def test_what_someone_the_text_does_not_name_says_is_no_fact(read):
    unsourced = read(
        'The club had a difficult season. "Chelsea have gained more experience in Europe and were very close '
        'to reaching the final," he said.'
    )
    assert not any(r.subject.label == "Chelsea" for r in unsourced.relations), sorted(facts(unsourced))
    sourced = read('"Chelsea have gained more experience in Europe," Tom Hale said.')
    got = {(r.subject.label, r.predicate_label, _obj(r)): r.attribution for r in sourced.relations}
    assert got.get(("Chelsea", "gained", "more experience")) == "Tom Hale", got


def test_the_end_of_a_hyphened_name_is_no_acronym_and_a_state_an_affiliate_is_in_is_a_place(read):
    ex = read(
        "The WRAZ-TV Fox affiliate in North Carolina was the only one of 182 stations to refuse the show. "
        '"The special was vetted," said a Fox spokesman.'
    )
    got = {(e.label, e.type) for e in ex.entities}
    assert {("Fox", "Organization"), ("North Carolina", "Location")} <= got, sorted(got)
    assert not any("TV Fox" in label for label, _ in got), sorted(got)


def test_a_body_or_a_group_named_by_its_trade_is_an_organisation(read):
    assert ("trade body", "Organization") in nodes(read("The trade body said figures would rise."))
    assert ("royalty payments group", "Organization") in nodes(
        read("A royalty payments group said the poll was fair.")
    )
    assert not any(t == "Organization" for _, t in nodes(read("His body was found in a river by walkers.")))


def test_a_post_the_models_read_as_a_body_is_its_holder_or_no_one(read):
    got = nodes(read("The First Minister is encouraging young people to vote."))
    assert not any(label == "First Minister" for label, _ in got), sorted(got)


def test_a_hyphened_word_is_named_once(read):
    got = facts(read("Bellamy claimed that Souness lied about the background to the bust-up."))
    assert ("Souness", "lied about", "background to bust-up") in got, sorted(got)


def test_hyphened_team_mates_are_people(read):
    assert ("team-mates", "Group") in nodes(read("Tom Hale thanked his team-mates."))


def test_a_regime_of_rules_is_no_state_body(read):
    got = nodes(
        read(
            "The Gambling Bill imposes a restrictive regime on casinos. The Iraqi regime said inspectors could return."
        )
    )
    assert ("restrictive regime", "Concept") in got and ("Iraqi regime", "GovernmentOrganization") in got, (
        sorted(got)
    )


def test_orders_placed_or_won_are_purchases_no_commands(read):
    got = nodes(read("Customers have placed pre-orders for the console."))
    assert ("pre-orders", "Concept") in got and not any(t == "Order" for _, t in got), sorted(got)


def test_as_little_as_is_kept_as_written(read):
    got = facts(read("The price of inkjet printers has come down to as little as £34."))
    assert any(o == "as little as £34" for _, _, o in got), sorted(got)


def test_a_makers_name_and_a_number_is_a_model(read):
    got = nodes(
        read(
            "Journalists blessed the Tandy 100 as the first notebook. Airlines ordered the Boeing 747 in 1970."
        )
    )
    assert {("Tandy 100", "Concept"), ("Boeing 747", "Concept")} <= got, sorted(got)
    assert ("Channel 4", "Organization") in nodes(read("Channel 4 said the show would return."))


def test_an_object_pronoun_is_never_its_own_clauses_subject(read):
    got = facts(
        read(
            "The three councillors were arrested. Witnesses saw them carrying several bags from their office."
        )
    )
    assert not any(s == "Witnesses" and p == "carrying" for s, p, _ in got), sorted(got)
    got = facts(read("The Tories said voters would punish them."))
    assert ("voters", "punish", "Tories") in got, sorted(got)


def test_a_currency_symbol_opens_no_words_tail(read):
    got = facts(
        read("Three years ago Radcliffe smashed the women's world record in two hours 18 minutes 15 seconds.")
    )
    assert not any("rs 18" in o for _, _, o in got), sorted(got)
    assert parse_amount("Rs 500m") is not None


def test_a_share_that_speaks_is_named_as_written(read):
    ex = read("Some 82% said Mr Blunkett had set a good example.")
    assert {r.attribution for r in ex.relations if r.predicate_label == "set"} == {"Some 82%"}, [
        (r.predicate_label, r.attribution) for r in ex.relations
    ]


def test_a_congress_ends_a_bodys_name(read):
    ex = read("The Trades Union Congress (TUC) is calling on the government to stem job losses.")
    assert ("Trades Union Congress", "Organization") in {(e.label, e.type) for e in ex.entities}


def test_the_likes_of_a_name_is_the_name_and_a_two_word_name_is_read_whole(read):
    got = facts(read("But Texas Instruments faces stiff competition from the likes of Intel."))
    assert any(o == "stiff competition from Intel" for _, _, o in got), sorted(got)
    got = facts(
        read("Campaigners unveiled a huge poster featuring Black Watch soldiers fighting the war in Iraq.")
    )
    assert any(o == "huge poster featuring Black Watch soldiers" for _, _, o in got), sorted(got)


def test_a_name_ends_before_a_quotation_and_an_initial_alone_is_no_one(read):
    got = nodes(
        read('You share the same sense of humour as your star presenter Mr P. "Never known such a fuss".')
    )
    assert not any(t == "Person" for _, t in got), sorted(got)


def test_what_someone_thinks_named_as_a_thing_is_no_statement(read):
    got = facts(read("Gordon Brown has outlined what he thinks should be the key themes of the campaign."))
    assert not any(p in ("thinks", "said") for _, p, _ in got), sorted(got)
    assert ("Tom Hale", "said", "the plan would work") in facts(read("Tom Hale said the plan would work."))


def test_where_a_firms_figure_is_made_says_which(read):
    got = facts(read("Sales at clothing stores jumped 1.8% in January."))
    assert any(s == "sales at clothing stores" for s, _, _ in got), sorted(got)


def test_a_bare_deal_valued_at_an_amount_is_no_node(read):
    assert not facts(read("The deal was valued at $6.75bn."))
    got = facts(read("Verizon agreed a $6.75bn deal to buy MCI. The deal was valued at $6.75bn."))
    assert ("deal to buy MCI", "was valued at", "$6.75bn") in got, sorted(got)


def test_an_estimated_amount_keeps_its_hedge_and_a_unit_is_no_name(read):
    got = facts(read("Criminals are netting an estimated £1.3bn a year."))
    assert any(o.startswith("an estimated £1.3bn") for _, _, o in got), sorted(got)
    got = nodes(read("The Xiluodu Dam will produce 12,600 MW of electricity."))
    assert not any(label == "MW" for label, _ in got), sorted(got)


def test_ethnic_minorities_are_people(read):
    assert ("Ethnic minorities", "Group") in nodes(read("Ethnic minorities make up 8% of the population."))


def test_what_someone_expects_is_their_expectation(read):
    ex = read("Toshiba expects sales of HD-DVDs to reach 300bn yen.")
    got = {(r.subject.label, r.predicate_label): (r.modality, r.attribution) for r in ex.relations}
    assert got.get(("sales of HD-DVDs", "reach")) == ("expected", "Toshiba"), got


def test_time_will_tell_says_nothing(read):
    assert not facts(read("Time will shortly tell if it is a possibility or not."))


def test_a_possessive_in_an_accused_deed_is_the_accused(read):
    got = facts(read("Tom Hale accused Lord Butler of basing his comments on the first eight months."))
    assert ("Butler", "basing", "comments") in got, sorted(got)


def test_a_bare_firm_figure_with_an_amount_is_no_node(read):
    assert not facts(read("In the last quarter, revenues jumped 20% to $5bn."))
    # a kind of figure says which: the economy's ("retail sales", "industrial output")
    assert ("retail sales", "rose", "0.6%") in facts(read("In March, retail sales rose 0.6%."))
    got = facts(read("In the last quarter, Acme's revenues jumped 20% to $5bn."))
    assert ("Acme revenues", "jumped", "20%") in got, sorted(got)


def test_an_honorific_alone_names_no_place(read):
    got = nodes(read("A judgement from Mr Justice Harris is expected early in June."))
    assert not any(label in ("Mrs", "Mr") for label, _ in got), sorted(got)


def test_what_a_study_finds_is_its_finding(read):
    ex = read("Researchers found that many teenagers skipped breakfast.")
    got = {(r.subject.label, r.predicate_label, _obj(r)): (r.modality, r.attribution) for r in ex.relations}
    assert got.get(("teenagers", "skipped", "breakfast")) == ("reported", "Researchers"), got


def test_what_a_for_clause_governs_is_not_done(read):
    ex = read("Retailers are keen for shoppers to use new services, like renting films online.")
    got = {(r.subject.label, r.predicate_label, _obj(r)): r.modality for r in ex.relations}
    assert got and all(m is not None for m in got.values()), got


def test_a_band_of_people_is_a_group_of_them(read):
    got = nodes(read("A small band of protesters waved banners outside the embassy."))
    assert ("small band of protesters", "Group") in got, sorted(got)


def test_a_possessive_in_a_relative_clause_is_whom_the_clause_is_about(read):
    got = facts(read("Hewitt beat fifth seed Tomas Berdych, who injured his wrist in the opening set."))
    assert ("Tomas Berdych", "injured", "wrist") in got, sorted(got)
    got = facts(read("Tom Hale, who is running his own campaign, said he was not convinced."))
    assert ("Tom Hale", "running", "campaign") in got, sorted(got)


def test_a_club_of_its_supporters_is_not_the_club(read):
    got = facts(
        read(
            "Arsenal's board is considering the bid. A spokesman for the supporters club said: \"I can't see any difference.\""
        )
    )
    assert not any(s == "Arsenal" and p == "said" for s, p, _ in got), sorted(got)


def test_a_deadline_dates_what_is_said_not_the_saying(read):
    ex = read("By 2010, Ofgem predicts that most homes will have smart meters.", date=dt.date(2004, 5, 1))
    got = {(r.subject.label, r.predicate_label): r.date for r in ex.relations}
    assert ("Ofgem", "predicts") in got and got[("Ofgem", "predicts")] is None, got


def test_what_is_vowed_is_read_in_its_own_words(read):
    got = facts(read("Acme Corp has vowed to use every legal means at its disposal to fight the takeover."))
    assert ("Acme Corp", "vowed", "use every legal means at its disposal to fight the takeover") in got, (
        sorted(got)
    )


def test_what_is_said_is_never_a_thing(read):
    got = facts(
        read(
            "Judge Tom Hale said the question of whether the drivers were employees or not did not apply "
            "because the rules protect contractors."
        )
    )
    assert not any(p == "said" and o == "question" for _, p, o in got), sorted(got)


def test_what_a_court_hears_is_testimony(read):
    ex = read("Detectives found the stolen paintings in a lock-up garage, the court heard.")
    got = {(r.subject.label, r.predicate_label): r.attribution for r in ex.relations}
    assert got.get(("Detectives", "found")) == "court", got


def test_a_participle_that_says_which_ones_stays_in_a_groups_name(read):
    got = facts(read("The airlines facing the steepest losses cut more flights."))
    assert ("airlines facing the steepest losses", "cut", "more flights") in got, sorted(got)


def test_a_deed_of_a_kind_the_copula_denies_is_denied(read):
    ex = read("It was not a penalty Tom Hale would have struck with confidence from that range.")
    got = {(r.subject.label, r.predicate_label): r.negated for r in ex.relations}
    assert got.get(("Tom Hale", "struck with")) is True, got


def test_a_demand_someone_tells_of_is_a_claim(read):
    ex = read("Tom Hale said the union would ask members to back the strike.")
    said = next(r for r in ex.relations if r.predicate_label == "said")
    assert said.object.type == "Proposition", said.object


def test_a_plural_noun_before_names_is_the_named(read):
    got = facts(read("Technology firms Globex and Initech revealed that most machines had spyware."))
    assert {s for s, p, _ in got if p == "revealed"} == {"Globex", "Initech"}, sorted(got)
    got = facts(read("Leading cable operators Globex Plus and Initech have submitted bids for the rights."))
    assert {s for s, p, _ in got if p == "submitted"} == {"Globex Plus", "Initech"}, sorted(got)


def test_a_possessive_inside_a_title_is_part_of_it(read):
    got = nodes(read("Tom Hale is starring in Alice In The Queen's Garden at the Old Vic."))
    assert ("Alice In The Queen's Garden", "Concept") in got, sorted(got)


def test_a_work_written_is_no_statement(read):
    got = facts(read("The charity ballad, which was written for her by Tom Hale, topped the chart."))
    assert ("Tom Hale", "written", "charity ballad") in got and not any(p == "said" for _, p, _ in got), (
        sorted(got)
    )
    got = facts(read("Tom Hale wrote that the plan had failed."))
    assert ("Tom Hale", "said", "the plan had failed") in got, sorted(got)


def test_what_the_parser_hung_on_a_verb_of_saying_opens_what_was_said(read):
    got = facts(
        read(
            "Aides close to Mr Hale said around six other members of the council were also planning to quit."
        )
    )
    assert ("Aides", "said", "six other members of the council were also planning to quit") in got, sorted(
        got
    )
    got = facts(read("Tom Hale said being picked for the national team meant a lot to him."))
    assert ("Tom Hale", "said", "being picked for the national team meant a lot to him") in got, sorted(got)


def test_what_someone_is_reported_by_a_source_to_have_done_is_the_sources_report(read):
    ex = read("Norway's Fjordtek is reported by Bloomberg to have won a contract to build the new bridge.")
    got = {(r.subject.label, r.predicate_label): (r.subject.type, r.attribution) for r in ex.relations}
    assert got.get(("Fjordtek", "won")) == ("Organization", "Bloomberg"), got
    assert ("Bloomberg", "reported") not in got, got


def test_a_saying_told_twice_has_the_quotation_for_content(read):
    got = facts(
        read('Tom Hale said: "The minister will no doubt tell us how well the railways are doing," he said.')
    )
    assert (
        "Tom Hale",
        "said",
        "The minister will no doubt tell us how well the railways are doing",
    ) in got, sorted(got)
    assert not any(o.endswith("he said") for _, _, o in got), sorted(got)
    got = facts(
        read(
            'Kirsty Walters, for the Greens, added: "If the policy goes on, changing the minister will serve no purpose," she said.'
        )
    )
    assert (
        "Kirsty Walters",
        "said",
        "If the policy goes on, changing the minister will serve no purpose",
    ) in got, sorted(got)
    got = facts(read('Tom Hale said: "I do not think the railways will be fooled."'))
    assert ("Tom Hale", "said", "I do not think the railways will be fooled") in got, sorted(got)
    got = facts(
        read(
            'Tom Hale said: "They should at the outset have said quite clearly to the council that this was wrong and '
            'that the board wanted no part of it."'
        )
    )
    assert any(s == "Tom Hale" and o.startswith("They should at the outset") for s, _, o in got), sorted(got)
    got = facts(read('"They should have said clearly to the council that this was wrong," Tom Hale said.'))
    assert ("Tom Hale", "said", "They should have said clearly to the council that this was wrong") in got, (
        sorted(got)
    )


def test_a_capitalised_figure_opening_a_sentence_is_no_name(read):
    got = facts(read("Revenues rose 4.1% to 12.3bn euros, while net profit came in at 900m euros."))
    assert not any(s == "Revenues" for s, _, _ in got), sorted(got)
    assert any(s == "Sale" for s, _, _ in facts(read("Sale beat Leeds.")))  # "Sale" alone may be the club


def test_a_quotation_before_its_speaker_ends_at_its_closing_mark(read):
    got = facts(
        read(
            '"Our results were strong, meeting all of our full-year targets and greatly improving our margins," '
            "chairman and chief executive Tom Hale said."
        )
    )
    assert any(p == "said" and o.endswith("improving our margins") for _, p, o in got), sorted(got)
    # a quotation of its first words only, which the clause goes on after
    got = facts(read('"Smart wallets" will help shoppers keep track of their spending, said Globex Corp.'))
    assert any(p == "said" and o.endswith("keep track of their spending") for _, p, o in got), sorted(got)


def test_a_quotation_inside_a_quotation_or_after_the_last_sentences_does_not_close_it(read):
    got = facts(
        read("\"Shoppers are getting used to the idea of an 'open all hours' high street,\" says Tom Hale.")
    )
    assert (
        "Tom Hale",
        "said",
        "Shoppers are getting used to the idea of an open all hours high street",
    ) in got, sorted(got)
    got = facts(
        read(
            'The report was out. "It is over." India\'s booming economy and a "remarkable recovery" in Brazil '
            "would help trade, the IMF said."
        )
    )
    assert (
        "IMF",
        "said",
        "India's booming economy and a remarkable recovery in Brazil would help trade",
    ) in got, sorted(got)


def test_a_thing_or_a_firm_the_text_does_not_name_does_nothing_but_groups_and_police_do(read):
    got = facts(
        read("The english-language news site filtered the results. The computer giant sued three men.")
    )
    assert not any(s in ("english-language news site", "computer giant") for s, _, _ in got), sorted(got)
    got = facts(read("In Leeds, police arrested two men. Aid agencies gathered resources."))
    assert ("police", "arrested in", "Leeds") in got, sorted(got)
    assert ("Aid agencies", "gathered", "resources") in got, sorted(got)
    # an amount, what a report says and a currency stay
    got = facts(read("The dollar hit a record low against the euro. Retail sales rose 0.6%."))
    assert ("retail sales", "rose", "0.6%") in got, sorted(got)


def test_the_men_or_those_studios_taken_up_are_no_doers_of_their_own(read):
    got = facts(
        read(
            '"My men deserved victory," said Tom Hale. Those studios produce films. The boys beat the Aussies.'
        )
    )
    assert not any(s in ("men", "studios", "boys") for s, _, _ in got), sorted(got)
    # … nor is "they" that takes them up
    got = facts(read('"I know the boys can do it - they have defeated the Aussies," said Tom Hale.'))
    assert not any(s == "boys" for s, _, _ in got), sorted(got)
    # as what is done, the kind is what the text says; people of a kind with no "the" are who they are
    got = facts(read("Tom Hale criticised the bankers. Two men were arrested in Leeds."))
    assert ("Tom Hale", "accused", "bankers") in got, sorted(got)
    assert ("Two men", "arrested in", "Leeds") in got, sorted(got)


def test_whoever_has_a_spokesman_or_a_director_general_is_a_body(read):
    got = nodes(
        read(
            '"The law will unravel," said Gordon Lishman, director general of Age Concern England. '
            "A Hotseat spokesman said the chair would go on sale in April."
        )
    )
    assert ("Age Concern England", "Organization") in got, sorted(got)
    assert ("Hotseat", "Organization") in got, sorted(got)
    # a person parsed into the "of" of his post stays a person
    ex = read("Sale Sharks director of rugby Philippe Saint-Andre said the clubs would suffer.")
    got = actors(ex)
    assert ("Philippe Saint-Andre", "Person") in got, sorted(got)


def test_a_name_the_models_took_for_a_place_that_acts_unseen_is_a_body(read):
    ex = read(
        "The gadget will cost about $799.      Hotseat is targeting keen gamers with its chair. "
        '"We found that kids love it," said Jay LeBoff from Hotseat.'
    )
    assert ("Hotseat", "Organization") in nodes(ex), sorted(nodes(ex))


def test_a_name_that_speaks_as_i_is_a_person(read):
    ex = read(
        "Ahmed 'Mido' Hossam has apologised. "
        'Mido said: "There is not much I have to say today, I came to rejoin the national team." '
        'Acme said: "We are pleased."'
    )
    got = actors(ex)
    assert ("Mido", "Person") in got, sorted(got)
    assert ("Acme", "Person") not in got, sorted(got)


def test_a_members_or_a_causes_body_is_no_state_body(read):
    ex = read(
        "The Police Federation said it opposed the plan. The Refugee Council said the proposals were wrong. "
        "Leeds City Council said it would act."
    )
    got = actors(ex)
    assert {("Police Federation", "Organization"), ("Refugee Council", "Organization")} <= got, sorted(got)
    assert ("Leeds City Council", "GovernmentOrganization") in got, sorted(got)


def test_a_childs_other_parent_is_no_employer_and_who_says_he_is_a_person(read):
    ex = read("She won custody of Frances Bean, her daughter with former Nirvana frontman Kurt Cobain.")
    got = actors(ex)
    assert ("Kurt Cobain", "Person") in got, sorted(got)
    ex = read(
        "Rio Ferdinand has said he is unsure of Malcolm Glazer's motives. "
        '"No one knows what this guy will bring," said Ferdinand.'
    )
    got = actors(ex)
    assert ("Rio Ferdinand", "Person") in got and ("Ferdinand", "Person") not in got, sorted(got)


def test_a_name_whose_first_word_is_a_firm_alone_is_the_firm(read):
    ex = read(
        "Deutsche Boerse told Reuters such a move would have to wait. "
        "Investors want Deutsche to return cash. Deutsche's chairman Rolf Breuer said nothing."
    )
    got = actors(ex)
    assert ("Deutsche Boerse", "Organization") in got, sorted(got)
    assert ("Deutsche Boerse", "Person") not in got, sorted(got)


def test_idioms_of_platforms_circles_and_masses_are_no_things(read):
    got = facts(
        read(
            "Alan Milburn shared a platform with Gordon Brown. Hunters will run circles around this law. "
            "Fans turned up en masse at the ground. Liverpool are missing a trick."
        )
    )
    assert not any(o in ("platform", "circles", "masse", "trick") for _, _, o in got), sorted(got)
    # the idiom is the predicate: the one it was shared with stays
    assert ("Alan Milburn", "shared platform with", "Gordon Brown") in got, sorted(got)


def test_a_duo_of_two_names_is_two_people_and_a_duo_of_one_name_a_band(read):
    ex = read(
        "Ethiopian duo Gebre Gebremariam and Dejene Berhanu made late efforts to overtake him. "
        "Pop duo Erasure played a set."
    )
    got = actors(ex)
    assert {("Gebre Gebremariam", "Person"), ("Dejene Berhanu", "Person")} <= got, sorted(got)
    assert ("Erasure", "Organization") in got, sorted(got)


def test_a_report_figure_is_the_articles_firms_or_no_ones(read):
    got = facts(
        read(
            "Acme Corp reported strong results on Monday. Acme Corp said demand was high. "
            "Third-quarter sales rose 34% to 20.9bn rupees. Net income was 4.3bn rupees."
        )
    )
    assert ("Acme Corp third-quarter sales", "rose", "34%") in got, sorted(got)
    assert ("Acme Corp net income", "was", "4.3bn rupees") in got, sorted(got)
    # with no one firm to own it, whose it is the label does not say; a market's figure stays
    got = facts(read("Net income was 4.3bn rupees. Retail sales rose 0.6%."))
    assert not any(s == "net income" for s, _, _ in got), sorted(got)
    assert ("retail sales", "rose", "0.6%") in got, sorted(got)


def test_his_family_is_the_family_of_the_one_he_takes_up(read):
    got = facts(
        read("Country musician Jerry Scoggins has died in Los Angeles at the age of 93, his family said.")
    )
    assert any(s == "Jerry Scoggins family" and p == "said" for s, p, _ in got), sorted(got)
    assert not any(s == "family" for s, _, _ in got), sorted(got)


def test_a_commissioners_portfolio_is_part_of_the_post(read):
    got = facts(read("Trade Commissioner Peter Mandelson said talks would go on."))
    assert ("Peter Mandelson", "holds role", "Trade Commissioner") in got, sorted(got)
    assert not any(o == "Trade" for _, _, o in got), sorted(got)


def test_a_calling_before_a_persons_name_is_no_firm(read):
    ex = read(
        "Broadcaster Chris Evans has begun selling his possessions from a stall in London. "
        "The normally gregarious Evans cut a lonely figure. The broadcaster Sky said it would sell."
    )
    got = actors(ex)
    assert ("Chris Evans", "Person") in got, sorted(got)
    assert ("Sky", "Organization") in got, sorted(got)


def test_what_the_speaker_did_not_say_after_but_is_no_part_of_what_was_said(read):
    got = facts(
        read(
            "Acme Corp said the new technology will work in nearly all players, but it did not specify how "
            "many machines could be affected. Frank Field said the prime minister should sack Mr Brown, "
            "but did not believe Mr Blair was strong enough to do so. Highland Gold said it regretted any "
            "limit on privatisation while BP, a big investor, declined to comment."
        )
    )
    said = {o for _, p, o in got if p == "said"}
    assert "the new technology will work in nearly all players" in said, sorted(got)
    assert "the prime minister should sack Mr Brown" in said, sorted(got)
    assert "it regretted any limit on privatisation" in said, sorted(got)
    # what it goes on to give is still said, unless it is what was not given
    got = facts(
        read(
            'Steve Lewis said: "Not only is it for a good cause but it gives these players a chance." '
            "Acme Corp said sales rose, but it did not give figures."
        )
    )
    said = {o for _, p, o in got if p == "said"}
    assert {"Not only is it for a good cause but it gives these players a chance", "sales rose"} <= said, (
        sorted(got)
    )


def test_a_one_word_figure_cut_from_the_phrase_that_says_which_gives_no_amount(read):
    got = facts(
        read(
            "Forecasts for Japanese growth were scaled back to 4.0% this year. "
            "Handsets with GPRS capability will rise to 75%. Imports rose by 16.3% to a record."
        )
    )
    assert not any(s in ("forecasts", "handsets") for s, _, _ in got), sorted(got)
    assert ("imports", "rose by", "16.3%") in got, sorted(got)


def test_mrs_before_a_surname_is_not_the_man_of_that_name(read):
    got = facts(
        read(
            "Michael Howard's wife, Sandra, is to play a leading role. Mrs Howard has also appeared "
            "alongside her husband on TV. In an interview she said she often criticised her husband. "
            "Mr Howard said he was proud."
        )
    )
    assert ("Michael Howard", "said", "he was proud") in got, sorted(got)
    assert not any(s == "Michael Howard" and "criticised" in o for s, _, o in got), sorted(got)


def test_the_name_right_after_told_is_whom_it_was_told_not_what(read):
    got = facts(
        read(
            "Tony Blair spoke on Sunday. He told The Observer government life was a constant barrage of "
            "attack. Mr Blair told the BBC prices were too high. Mr Blair told Reuters the firm was doing well."
        )
    )
    said = {o for s, p, o in got if s == "Tony Blair" and p == "said"}
    assert {
        "government life was a constant barrage of attack",
        "prices were too high",
        "the firm was doing well",
    } <= said, sorted(got)


def test_a_hyphened_figure_is_the_articles_firms_too(read):
    got = facts(
        read(
            "Acme Corp reported strong results on Monday. Acme Corp said demand was high. "
            "Underlying pre-tax profits rose 1% to £933m in 2004."
        )
    )
    assert ("Acme Corp pre-tax profits", "rose", "1%") in got, sorted(got)
    assert not any(s == "pre-tax profits" for s, _, _ in got), sorted(got)


def test_both_all_five_and_the_duo_take_up_people_named_before(read):
    got = facts(
        read(
            "Camara and Novo were sent off on Saturday. Both players will miss this weekend's games. "
            "Kenteris and Thanou withdrew. The high-profile duo were cleared of doping offences by the "
            "Greek Athletics Federation. All five men are accused of breaches of safety laws."
        )
    )
    ends = {s for s, _, _ in got} | {o for _, _, o in got}
    assert not ends & {"players", "high-profile duo", "men"}, sorted(got)
    # a plural no "both" or count takes up stays what it says
    got = facts(read("Young players will miss their exams."))
    assert any(s == "Young players" or s == "young players" for s, _, _ in got), sorted(got)


def test_not_until_puts_the_deed_off_and_does_not_deny_it(read):
    ex = read(
        "The match was a re-run of last week's final, where Roger Federer triumphed, but not until Ivan "
        "Ljubicic had stretched him for five sets. Manchester United did not beat Chelsea until May."
    )
    got = {(r.subject.label, r.predicate_label, _obj(r)): r.negated for r in ex.relations}
    assert got.get(("Ivan Ljubicic", "stretched", "Roger Federer")) is False, got
    assert got.get(("Manchester United", "beat", "Chelsea")) is False, got
    ex = read("Manchester United did not beat Chelsea.")
    assert all(r.negated for r in ex.relations if r.predicate_label == "beat"), ex.relations


def test_local_government_is_no_government_the_government_takes_up(read):
    got = facts(
        read(
            "The government is seeking to amend the Children Bill. The ADSS said it agreed with the "
            "government's plans. Tony Hunter said ADSS looks forward to working with local government."
        )
    )
    assert not any(s == "local government" for s, _, _ in got), sorted(got)
    assert not any("local government plans" in o for _, _, o in got), sorted(got)


def test_the_fields_a_ministers_post_lists_are_no_body(read):
    ex = read(
        "Fostering Network executive director Robert Tapsfield criticised the system. Minister for "
        "Children, Young People and Families Margaret Hodge spoke. The charity recommends a weekly payment."
    )
    assert not any(e.label == "Young People" for e in ex.entities), sorted(actors(ex))
    assert ("Fostering Network", "recommends", "weekly payment") in facts(ex), sorted(facts(ex))
    got = facts(
        read("Minister for Children, Young People and Families Margaret Hodge said the plans were fair.")
    )
    assert {s for s, p, _ in got if p == "said"} == {"Margaret Hodge"}, sorted(got)


def test_only_to_tells_what_came_of_it_not_what_it_was_for(read):
    ex = read(
        "Bill Berry joined REM in 1980. He made a full recovery, only to leave the band two years later."
    )
    left = [r for r in ex.relations if r.predicate_label == "leave"]
    assert left and all(r.modality != "purpose" for r in left), ex.relations
    # where a price ended the day is where it went, no aim
    ex = read("Shares in Acme Corp sank 14.87% to close at $10.48 on the news.")
    closed = [r for r in ex.relations if r.predicate_label == "close at"]
    assert closed and all(r.modality is None for r in closed), ex.relations


def test_what_is_avoided_or_refrained_from_is_not_done(read):
    ex = read(
        "Liberal Democrat leader Charles Kennedy avoided suggesting anyone was playing politics with the "
        "issue. Tony Blair refrained from criticising Gordon Brown."
    )
    done = {(r.subject.label, r.predicate_label): r.negated for r in ex.relations}
    assert done.get(("Charles Kennedy", "suggesting")) is True, done
    assert all(neg for (s, p), neg in done.items() if s == "Tony Blair"), done


def test_what_something_was_branded_is_no_one_it_was_done_to(read):
    got = facts(
        read(
            "The Lib Dems branded it a sticking plaster. The Lib Dems branded the Budget a sticking plaster."
        )
    )
    assert not any(o == "sticking plaster" for _, _, o in got), sorted(got)
    assert ("Lib Dems", "branded", "Budget") in got, sorted(got)


def test_the_people_told_glued_to_what_they_were_told_are_the_hearers(read):
    got = facts(
        read("Gordon Brown spoke on Wednesday. Mr Brown told MPs child benefit would rise to £63 a week.")
    )
    assert ("Gordon Brown", "said", "child benefit would rise to £63 a week") in got, sorted(got)
    assert not any("mps" in o.lower() for _, _, o in got), sorted(got)


def test_what_one_deserved_or_was_supposed_to_do_is_not_done(read):
    ex = read(
        "Joss Stone deserved to win an award for her talents. Gordon Brown was supposed to lead the UK delegation."
    )
    hedges = {(r.subject.label, r.predicate_label): r.modality for r in ex.relations}
    assert hedges.get(("Joss Stone", "win")) == "obligation", hedges
    assert hedges.get(("Gordon Brown", "lead")) == "planned", hedges


def test_a_doer_the_parser_hung_on_the_occasion_of_a_passive_is_its_agent(read):
    got = facts(read("Gordon Brown was joined at the launch by John Prescott and Alan Milburn."))
    assert {("John Prescott", "joined", "Gordon Brown"), ("Alan Milburn", "joined", "Gordon Brown")} <= got, (
        sorted(got)
    )
    assert not any(s == "Gordon Brown" for s, _, _ in got), sorted(got)


def test_what_is_regarded_as_something_is_a_view_no_deed(read):
    got = facts(read("Chris Weitz regarded the film adaptation as the most important work of his life."))
    assert not any(p.startswith("regarded") for _, p, _ in got), sorted(got)


def test_a_deed_of_violence_is_labelled_by_whom_it_was_done_to(read):
    ex = read("MPs backed the invasion of Iraq. Tony Blair condemned the killing of civilians.")
    got = facts(ex)
    assert ("MPs", "backed", "invasion of Iraq") in got, sorted(got)
    assert ("Tony Blair", "condemned", "killing of civilians") in got, sorted(got)
    invasion = next(e for e in ex.events if e.label == "invasion of Iraq")
    assert [n.label for n in invasion.fillers("target")] == ["Iraq"], invasion.roles
    # how big says no one's
    got = facts(read("Net service firms must push attacks of this size back to their source."))
    assert not any("of size" in o for _, _, o in got), sorted(got)


def test_what_one_did_not_say_whether_stays_a_question(read):
    got = facts(
        read(
            "Ed Balls refused to say whether Mr Brown would remain as chancellor. Tony Blair did not say "
            "whether taxes would rise. Tony Blair said that prices would fall."
        )
    )
    said = {o for _, p, o in got if p == "said"}
    assert {
        "whether Mr Brown would remain as chancellor",
        "whether taxes would rise",
        "prices would fall",
    } <= said, sorted(got)


def test_a_surname_the_tagger_read_as_a_plural_after_a_first_name_is_a_persons(read):
    ex = read("Ed Balls refused to comment. The Lib Dems said they would vote against the bill.")
    got = actors(ex)
    assert ("Ed Balls", "Person") in got, sorted(got)
    assert ("Lib Dems", "Organization") in got, sorted(got)
    # a first name of either gender ("Sam" is mostly a man's) is a first name too
    ex = read("American Beauty's Sam Mendes will receive a lifetime achievement award.")
    assert ("Sam Mendes", "Person") in actors(ex), sorted(actors(ex))


def test_a_firms_arm_named_with_its_country_is_not_the_firm(read):
    ex = read(
        "Yukos USA filed for bankruptcy in Houston. Yukos sued Deutsche Bank on Monday. Yukos said its "
        "shareholders had been ignored. Mikhail Khodorkovsky founded Yukos."
    )
    got = facts(ex)
    assert ("Mikhail Khodorkovsky", "founded", "Yukos") in got, sorted(got)
    assert not any(s == "Yukos USA" and p == "sued" for s, p, _ in got), sorted(got)
    # a name without the country "of" it is the one with it
    got = facts(read("The Reserve Bank of Australia raised rates. The Reserve Bank said inflation was high."))
    assert ("Reserve Bank of Australia", "said", "inflation was high") in got, sorted(got)


def test_a_surname_with_a_capital_inside_is_a_persons_name_shape(read):
    got = nodes(
        read("Calum MacRae surrendered possession before centre Steinmetz sent a chip into the zone.")
    )
    assert ("Calum MacRae", "Person") in got, sorted(got)


def test_whom_a_prize_was_won_over_or_taken_from_is_no_part_of_it(read):
    got = facts(
        read(
            "Matt Lucas won best TV comedy actor over Office creator Ricky Gervais. Scissor Sisters frontwoman "
            "Ana Matronic collected the best international album prize from singer Siouxsie Sioux."
        )
    )
    assert ("Matt Lucas", "won", "best TV comedy actor") in got, sorted(got)
    assert ("Ana Matronic", "collected", "best international album prize") in got, sorted(got)


def test_what_one_finds_abhorrent_is_an_opinion_no_finding(read):
    got = facts(
        read(
            "The British National Party (BNP) held a rally. Michael Howard spoke. He said he found BNP's "
            'policies "abhorrent". Tony Blair found the missing letters in a drawer.'
        )
    )
    assert not any(p == "found" and "policies" in o for _, p, o in got), sorted(got)


def test_the_group_takes_up_the_firm_a_compound_introduced(read):
    ex = read(
        "Revenues at media group Reuters slipped 11% during 2004, mainly due to the weak dollar, the group said."
    )
    slipped = [r for r in ex.relations if r.predicate_label == "slipped"]
    assert slipped and all(r.attribution == "Reuters" for r in slipped), ex.relations


def test_a_bare_institution_noun_takes_up_no_named_one(read):
    got = facts(
        read(
            "Michael Howard went to Llanelli Grammar School. Ray Reardon left school at 14 to work as a miner."
        )
    )
    assert not any(s == "Ray Reardon" and o == "Llanelli Grammar School" for s, _, o in got), sorted(got)


def test_those_named_among_them_are_no_objects_of_the_verb(read):
    got = facts(
        read("More than a dozen celebrities are scheduled to attend, among them Will Smith and Kevin Spacey.")
    )
    assert not any(o in ("Will Smith", "Kevin Spacey") for _, _, o in got), sorted(got)


def test_what_one_is_discouraged_from_is_not_denied(read):
    ex = read("Disruptions to flight schedules could discourage customers from flying with US Airways.")
    flying = [r for r in ex.relations if r.predicate_label.startswith("flying")]
    assert flying and not any(r.negated for r in flying), ex.relations


def test_a_fraction_of_people_is_labelled_with_whom_it_is_a_share_of(read):
    got = facts(read("A poll suggests two-thirds of Britons support the couple's decision to marry."))
    assert any(s == "two-thirds of Britons" and p == "support" for s, p, _ in got), sorted(got)


def test_a_newcomer_opening_a_sentence_is_no_part_of_the_name(read):
    got = facts(read("Newcomer Ciara beat Elvis Presley to the top spot."))
    assert ("Ciara", "beat", "Elvis Presley") in got, sorted(got)


def test_a_capitalised_name_keeps_its_case_and_loses_entire(read):
    got = facts(read("Will Greenwood will be sidelined for the entire Six Nations."))
    assert ("Will Greenwood", "sidelined for", "Six Nations") in got, sorted(got)
    got = facts(read("Tony Blair talked about the New Labour manifesto on Sunday."))
    assert ("Tony Blair", "talked about", "New Labour manifesto") in got, sorted(got)


def test_the_court_a_challenge_is_heard_in_is_no_part_of_what_is_challenged(read):
    got = facts(read("Campaigners are challenging government plans in the High Court."))
    assert ("Campaigners", "challenging", "government plans") in got, sorted(got)


def test_a_title_that_wins_a_best_work_prize_is_a_work(read):
    ex = read("But Cold Harbour won best TV comedy drama, over Blue Lanterns and Night Riders.")
    assert ("Cold Harbour", "Concept") in nodes(ex), sorted(nodes(ex))
    assert ("Cold Harbour", "won", "best TV comedy drama") in facts(ex), sorted(facts(ex))
    ex = read("Garden State went on to win best film at the Baftas.")
    assert ("Garden State", "Concept") in actors(ex), sorted(actors(ex))
    ex = read("Jamie Foxx won best actor.")
    assert ("Jamie Foxx", "Person") in nodes(ex), sorted(nodes(ex))


def test_what_takes_money_at_the_box_office_is_a_work(read):
    ex = read("The Incredibles took $300m (£160m) outside the US.")
    assert ("Incredibles", "Concept") in nodes(ex), sorted(nodes(ex))


def test_a_territory_iso_lists_under_another_state_is_a_place(read):
    ex = read("HSBC, which is based in Hong Kong, said profits rose. Taiwan protested to China.")
    assert ("Hong Kong", "Location") in actors(ex), sorted(actors(ex))
    assert ("Taiwan", "Country") in actors(ex), sorted(actors(ex))


def test_a_surname_opening_a_sentence_tagged_a_common_noun_is_the_person_named_before(read):
    ex = read(
        "AC Milan defender Jaap Stam says United made a mistake. The game will bring together Wayne Rooney "
        "and Stam. Stam says Rooney's stardom is in stark contrast to his own start. \"We can't all be "
        'Wayne Rooneys - at his age I was training to be an electrician," he said.'
    )
    said = {s for s, p, _ in facts(ex) if p == "said"}
    assert said == {"Jaap Stam"}, sorted(facts(ex))


def test_people_stopped_are_held_back_not_suspended(read):
    ex = read("Police stopped the protesters at the border. The United States stopped aid to Colombia.")
    got = facts(ex)
    assert ("Police", "stopped", "protesters") in got, sorted(got)
    assert ("United States", "suspended", "aid") in got, sorted(got)


def test_a_one_word_thing_whose_owner_no_name_gives_is_no_node(read):
    got = facts(read("The High Court in Mumbai postponed the film's launch until 3 February."))
    assert not any(o == "launch" for _, _, o in got), sorted(got)
    got = facts(read("Tony Blair postponed the launch of the manifesto until Monday."))
    assert ("Tony Blair", "postponed", "launch of manifesto") in got, sorted(got)


def test_the_rest_of_a_title_after_of_is_no_place_a_body_is_based_in(read):
    got = facts(
        read(
            "Other winners included The Motorcycle Diaries which took best foreign film and best music, while "
            "Eternal Sunshine of the Spotless Mind won best original screenplay."
        )
    )
    assert not any(p == "based in" for _, p, _ in got), sorted(got)
    got = facts(read("The deal was signed by Fiat of Italy."))
    assert ("Fiat", "based in", "Italy") in got, sorted(got)


def test_a_name_cut_in_two_is_no_body_and_its_place(read):
    got = facts(read("Dani Barnes came fourth in the 1500m and she was the highest finisher for Team GB."))
    assert not any(p == "based in" for _, p, _ in got), sorted(got)


def test_a_country_scored_against_where_sides_play_is_its_side(read):
    ex = read("Zambia were held to a draw. Kalusha Bwalya scored against Mauritius in the second half.")
    assert ("Mauritius", "Organization") in actors(ex), sorted(actors(ex))
    ex = read("The UN imposed sanctions against Iran.")
    assert ("Iran", "Country") in actors(ex), sorted(actors(ex))


def test_not_to_mention_and_hit_singles_are_no_deeds(read):
    got = facts(
        read("Most hip-hop fans, not to mention fans in Spain, rarely hear the group's tracks on the radio.")
    )
    assert not any(p == "mention" for _, p, _ in got), sorted(got)
    got = facts(read("Elvis Presley had 12 UK hit singles in the 1960s."))
    assert not any(p in ("attacked", "hit") for _, p, _ in got), sorted(got)


def test_an_unclosed_quotation_ends_before_the_sentence_that_opens_the_next(read):
    ex = read(
        "Labour co-ordinator Alan Milburn said: \"Michael Howard's speech confirms what we have always said. "
        'In reference to the family, Mr Milburn said: "Michael Howard is perfectly entitled to pose with his '
        'family today."'
    )
    said = [r for r in ex.relations if r.predicate_label == "said" and "entitled" in _obj(r)]
    assert said and all(r.attribution is None for r in said), ex.relations


def test_a_role_word_that_is_a_verb_on_an_owned_object_is_no_post(read):
    got = facts(read("John Terry rose to head Frank Lampard's corner into the net."))
    assert not any(p == "holds role" for _, p, _ in got), sorted(got)
    got = facts(read("His former wife introduced him to actor Nicolas Cage."))
    assert ("Nicolas Cage", "holds role", "actor") in got, sorted(got)


def test_a_collective_demonym_is_no_one_person(read):
    got = facts(
        read(
            "France coach Bernard Laporte was unhappy. The French turned in a stuttering performance against "
            "Scotland."
        )
    )
    assert not any(s == "Bernard Laporte" and p == "turned in" for s, p, _ in got), sorted(got)


def test_a_country_whose_second_verb_agrees_in_plural_is_its_side(read):
    ex = read(
        "Ireland began strongly and were never led. Aware of the threat, Ireland pressed hard and played "
        "some impressive rugby."
    )
    assert ("Ireland", "Organization") in actors(ex), sorted(actors(ex))
    ex = read(
        "They have had Labour on the back foot, with Tony Blair hastily adding a promise, and have scored."
    )
    assert ("Tony Blair", "Person") in actors(ex), sorted(actors(ex))


def test_what_campaigners_or_firms_target_is_no_attack(read):
    for text in (
        "Anti-smoking campaigners have targeted public smoking.",
        "Hotseat is targeting keen gamers with its gaming chair.",
    ):
        ex = read(text)
        assert not any(ev.type == "Attack" for ev in ex.events), ex.events
    ex = read("Rebels targeted the convoy near Basra.")
    assert any(ev.type == "Attack" for ev in ex.events), ex.events


def test_a_nationality_noun_subject_is_the_person_of_that_nationality_named_just_before(read):
    got = facts(
        read(
            "Rafael Nadal beats Andy Roddick of the USA in Seville. Roddick has gone off the boil. He fails to get "
            "down for a low volley. The American blasts an ace to save one."
        )
    )
    assert ("Andy Roddick", "blasts", "ace") in got, sorted(got)
    assert not any(s == "United States" for s, _, _ in got), sorted(got)
    got = facts(read("Rafael Nadal beat Andy Roddick of the USA. The American said he was tired."))
    assert ("Andy Roddick", "said", "he was tired") in got, sorted(got)
    got = facts(read("Spain's Rafael Nadal beat Andy Roddick. The American said he was tired."))
    assert not any(s == "Rafael Nadal" and p == "said" for s, p, _ in got), sorted(got)


def test_a_named_person_after_a_post_speaks_when_the_parser_made_the_body_the_subject(read):
    for text, who in (
        (
            "Commission for racial equality chief Trevor Phillips argued on Sunday the time had come.",
            "Trevor Phillips",
        ),
        (
            "The Institute for Fiscal Studies director Robert Chote warned that taxes would rise.",
            "Robert Chote",
        ),
    ):
        said = [r for r in read(text).relations if r.predicate_label in ("said", "argued")]
        assert said and all(r.subject.label == who for r in said), said


def test_whom_a_for_clause_calls_on_to_act_is_no_object_of_the_call(read):
    got = facts(
        read(
            "Nicola Sturgeon wrote to Mr McConnell on Tuesday accusing him of an error of judgement and calling "
            "for him to apologise for his comment."
        )
    )
    assert ("McConnell", "apologise for", "comment") in got, sorted(got)
    assert not any(p == "calling for" and o == "McConnell" for _, p, o in got), sorted(got)


def test_what_one_claims_to_do_is_alleged(read):
    ex = read("Net users are told to avoid a scam website that claims to collect cash for tsunami victims.")
    collect = [r for r in ex.relations if r.predicate_label.startswith("collect")]
    assert collect and all(r.modality == "alleged" for r in collect), ex.relations
    ex = read("Alan Smith claimed the title in Paris.")
    assert [r.modality for r in ex.relations if r.predicate_label == "claimed"] == [None], ex.relations


def test_a_firm_named_with_a_peoples_adjective_is_its_bracketed_name_not_the_country(read):
    got = facts(
        read(
            "The UK's biggest brewer, Scottish and Newcastle (S&N), is to buy 37.5% of India's United Breweries."
        )
    )
    assert any(s == "S&N" and p.startswith("buy") for s, p, _ in got), sorted(got)
    assert not any(s == "United Kingdom" for s, _, _ in got), sorted(got)


def test_a_courtesy_title_inside_a_bodys_name_opens_a_persons(read):
    ex = read('In a speech to the Foreign Policy Centre Mr Straw said of the Tory leader: "He is clever."')
    said = [r for r in ex.relations if r.predicate_label == "said"]
    assert said and all((r.subject.label, r.subject.type) == ("Straw", "Person") for r in said), said


def test_a_source_named_by_an_acronym_no_recogniser_read_is_the_source(read):
    ex = read(
        "According to the FT, in its latest meeting the London Stock Exchange will adopt a charm offensive."
    )
    adopt = [r for r in ex.relations if r.predicate_label == "adopt"]
    assert adopt and all(r.attribution == "FT" for r in adopt), ex.relations


def test_it_takes_up_no_country_that_owns_a_superlative_description(read):
    got = facts(
        read(
            "Germany's largest online service provider, T-Online, is tipped to reveal software which would see "
            "it competing with its parent company Deutsche Telekom."
        )
    )
    assert not any(s == "Germany" for s, _, _ in got), sorted(got)


def test_a_bodys_remit_listed_with_commas_stays_in_its_name(read):
    ex = read(
        "A spokesman for the Department for Culture, Media and Sport said there were no plans to sell it."
    )
    said = [r for r in ex.relations if r.predicate_label == "said"]
    assert [r.subject.label for r in said] == ["Department for Culture, Media and Sport"], said
    ex = read("The Institute for Public Policy Research, Fabian Society and Demos said they backed the plan.")
    assert ex.relations and all("Fabian" not in r.subject.label for r in ex.relations), ex.relations


def test_hold_to_account_read_as_an_infinitive_keeps_its_idiom(read):
    for text in (
        "The Conservatives insisted they would hold ministers to account over the scheme.",
        "Mr Blair said he was urging voters to hold him to account.",
    ):
        preds = {p for _, p, _ in facts(read(text))}
        assert "hold to account" in preds and "hold" not in preds, preds


def test_the_number_of_people_is_a_count_that_scaling_verbs_change(read):
    got = facts(read("Marsh met criticism by lessening the number of company executives on the board."))
    assert any(o == "number of company executives" for _, p, o in got if p == "lessening"), sorted(got)
    got = facts(
        read("The Liberal Democrats would cut the number of MPs and the number of Whitehall departments.")
    )
    assert {"number of MPs", "number of Whitehall departments"} <= {o for _, p, o in got if p == "cut"}, (
        sorted(got)
    )
    rose = [
        r for r in read("The number of visitors rose by 30%.").relations if r.predicate_label == "rose by"
    ]
    assert [(r.subject.label, r.subject.type) for r in rose] == [("number of visitors", "Concept")], rose


def test_a_city_and_a_people_before_a_post_name_a_club(read):
    got = facts(read("London Irish coach Gary Gold felt the result exposed his side's lack of consistency."))
    assert ("Gary Gold", "coach of", "London Irish") in got, sorted(got)
    assert not any(p == "citizen of" for _, p, _ in got), sorted(got)


def test_a_two_word_name_whose_deed_is_his_own_is_a_persons(read):
    ex = read(
        "Phillips Idowu lit up the field events, not only with his hair, but also with his leap of 17.30m."
    )
    assert ("Phillips Idowu", "Person") in actors(ex), sorted(actors(ex))


def test_a_need_denied_is_no_deed(read):
    ex = read("Terrorists do not need to attack the UK to win.")
    attacks = [r for r in ex.relations if r.object.label == "United Kingdom"]
    assert attacks and all(r.modality == "obligation" and r.negated for r in attacks), ex.relations


def test_a_toe_dipped_into_a_market_is_no_thing(read):
    got = facts(read("The BBC has dipped its toe into the digital radio market."))
    assert not any(o == "toe" for _, _, o in got), sorted(got)


def test_a_two_word_people_and_a_glued_number_stay_in_labels(read):
    got = facts(read("Latin American artists are finding new audiences in Europe."))
    assert any(s == "Latin American artists" for s, _, _ in got), sorted(got)
    got = facts(read("Darren Campbell won 4x100m relay gold in Athens."))
    assert ("Darren Campbell", "won", "4x100m relay gold") in got, sorted(got)
    got = facts(read("Maurice Greene wants to wipe out the pain of losing his 100m title."))
    assert any(o == "pain of losing 100m title" for _, _, o in got), sorted(got)


def test_when_something_was_said_is_no_part_of_what_was_said(read):
    ex = read("Conservative leader David McLetchie said earlier it was beyond belief that this had happened.")
    said = [_obj(r) for r in ex.relations if r.predicate_label == "said"]
    assert said == ["it was beyond belief that this had happened"], said


def test_whom_a_scorer_put_into_the_lead_is_no_object_of_the_shot(read):
    got = facts(read("Craig Bryson had a goal chopped off before Stan Varga headed Celtic into the lead."))
    assert ("Stan Varga", "headed into lead", "Celtic") in got and (
        "Stan Varga",
        "headed",
        "Celtic",
    ) not in got, sorted(got)


def test_his_own_deed_tells_a_mans_gender_where_his_name_does_not(read):
    got = facts(
        read(
            "Phillips Idowu lit up the field events, not only with his hair, but also with his leap. He is a huge "
            "talent. Across the board I thought Kelly Sotherton continued to show she is developing. She picked "
            "up three personal bests in the long jump."
        )
    )
    assert any(s == "Kelly Sotherton" and p == "picked up" for s, p, _ in got), sorted(got)
    assert not any(s == "Phillips Idowu" and p == "picked up" for s, p, _ in got), sorted(got)


def test_what_was_said_ends_on_no_preposition_left_without_its_object(read):
    ex = read(
        "Gerrard said he would consider leaving, with Real Madrid also believed to be monitoring his situation."
    )
    assert "he would consider leaving" in [_obj(r) for r in ex.relations if r.predicate_label == "said"], (
        ex.relations
    )
    ex = read("Esther Rantzen said he was so lovely and a delight to work with.")
    said = [_obj(r) for r in ex.relations if r.predicate_label == "said"]
    assert said == ["he was so lovely and a delight to work with"], said


def test_a_common_plural_opening_a_sentence_is_no_name(read):
    ex = read("Slowdowns in the US and China could hit electronics exports.")
    assert "Slowdowns" not in {e.label for e in ex.entities}, sorted(actors(ex))
    got = facts(read("Gunners boss Arsene Wenger said he was happy."))
    assert ("Arsene Wenger", "boss of", "Gunners") in got, sorted(got)


def test_a_name_past_a_relative_clause_is_no_apposition_of_the_noun(read):
    got = facts(
        read(
            "The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and Star Wars: The "
            'Phantom Menace, said: "The Lyric is too important to the cultural and social life of Northern '
            'Ireland for this building to crumble and fall apart."'
        )
    )
    assert not any("Phantom Menace" in s for s, _, _ in got), sorted(got)


def test_two_bodies_share_the_people_noun_after_them(read):
    got = facts(
        read("It will include the Audience Award, chosen by Radio 3 and BBC World Service listeners.")
    )
    assert {"Radio 3 listeners", "BBC World Service listeners"} <= {s for s, _, _ in got}, sorted(got)
    assert not any(s == "Radio 3" for s, _, _ in got), sorted(got)


def test_a_city_before_a_bodys_noun_is_no_name_of_the_body(read):
    got = facts(
        read("Portishead have announced an album. The Bristol band will play a charity show next month.")
    )
    assert not any(s == "Bristol" for s, _, _ in got), sorted(got)
    got = facts(read("The man who was stabbed, Jimmy James Johnson, suffered a collapsed lung."))
    assert ("Jimmy James Johnson", "suffered", "collapsed lung") in got, sorted(got)


def test_a_named_hearer_before_the_subject_of_what_was_told_is_no_part_of_it(read):
    ex = read("Labour MP David Lammy told BBC News Labour MPs were united.")
    said = [_obj(r) for r in ex.relations if r.predicate_label == "said"]
    assert said == ["Labour MPs were united"], said
    got = facts(
        read("Trevor Manuel told the BBC's Talking Point programme what was needed was one approach.")
    )
    assert ("Trevor Manuel", "told", "BBC Talking Point programme") in got, sorted(got)


def test_the_bill_takes_up_the_one_bill_named_before(read):
    got = facts(
        read(
            "MPs debated the Prevention of Terrorism Bill on Monday. The Bill now faces opposition from peers."
        )
    )
    assert any(s == "Prevention of Terrorism Bill" and p == "faces" for s, p, _ in got), sorted(got)
    assert not any(s == "Bill" for s, _, _ in got), sorted(got)


def test_a_speech_set_off_by_commas_covers_the_clauses_of_its_sentence(read):
    ex = read(
        "Tom Hale runs a fund. In fact, he said, if shares are bought by workers, the fund should pay less tax."
    )
    bought = [r for r in ex.relations if r.predicate_label == "bought"]
    assert bought and all(r.attribution == "Tom Hale" for r in bought), sorted(facts(ex))
    ex = read(
        "Ann Reed is a TV analyst. Big changes are afoot this year, she predicted, as firms such as Acme offer films."
    )
    offered = [r for r in ex.relations if r.predicate_label == "offer"]
    assert offered and all(r.attribution == "Ann Reed" for r in offered), sorted(facts(ex))
    # what the speaker did while saying it is no part of what was said
    ex = read("Tom Hale is a lawyer. The deal, he said as he left the court, was a bargain for Acme.")
    left = [r for r in ex.relations if r.predicate_label == "left"]
    assert left and all(r.attribution is None for r in left), sorted(facts(ex))


def test_according_to_a_source_covers_the_relative_clauses_of_what_it_says(read):
    ex = read("According to Acme the e-mails were sent via computers owned by the Leeds City Hospital.")
    owned = [r for r in ex.relations if r.predicate_label == "owned"]
    assert owned and all(r.attribution == "Acme" for r in owned), sorted(facts(ex))
    # the source's own description is not what the source says
    ex = read("Prices rose 5%, according to figures released by the Electoral Commission on Monday.")
    released = [r for r in ex.relations if r.predicate_label == "released"]
    assert released and all(r.attribution is None for r in released), sorted(facts(ex))


def test_above_or_below_after_a_preposition_hedges_the_amount(read):
    got = facts(
        read("On Monday the euro traded at above $1.30. The share of Acme users has dropped to below 90%.")
    )
    assert ("euro", "traded at", "more than $1.30") in got, sorted(got)
    assert any(o == "less than 90%" for _, _, o in got), sorted(got)
    # the verb's own preposition is no hedge
    got = facts(read("Oil prices rose above $50 a barrel."))
    assert ("oil prices", "rose above", "$50 a barrel") in got, sorted(got)


def test_a_bodys_unit_or_division_is_a_body(read):
    ex = read(
        "Acme Corp said profits rose. Acme Corp's auto unit made a loss of $470m in the fourth quarter."
    )
    assert ("Acme Corp auto unit", "Organization") in nodes(ex), sorted(nodes(ex))
    ex = read("Tom Hale broke his arm in the match.")
    assert ("arm", "Concept") in nodes(ex), sorted(nodes(ex))


def test_a_front_runner_holds_no_post(read):
    got = facts(read("Jo Smith sprinted past front runner Ann Lowe in the final 100m."))
    assert ("Jo Smith", "sprinted past", "Ann Lowe") in got, sorted(got)
    assert not any(p == "holds role" for _, p, _ in got), sorted(got)


def test_a_particle_is_the_verbs_only_next_to_it_or_its_object(read):
    got = facts(read("Tom Hale suffered a broken toe in the build up to the World Cup."))
    assert ("Tom Hale", "suffered", "broken toe") in got, sorted(got)
    got = facts(read("Acme Corp has made progress in turning its business around."))
    assert any(p == "turning around" for _, p, _ in got), sorted(got)
    got = facts(
        read("The ONS revised the annual rate of growth down from the 5.9% estimated in May to 3.2%.")
    )
    assert any(p.startswith("revised down") for _, p, _ in got), sorted(got)


def test_with_a_name_among_others_is_no_partner_of_the_deed(read):
    got = facts(read("Tom Hale set up Acme Records in 1991 with Ann Lowe and Jo Smith among his proteges."))
    assert ("Tom Hale", "set up", "Acme Records") in got, sorted(got)
    assert not any(p == "set up with" for _, p, _ in got), sorted(got)


def test_a_word_that_is_no_verb_before_a_name_titles_it(read):
    got = facts(
        read(
            "Tom Hale sprinted along the touchline to help physio Ann Lowe and coach Jo Smith shepherd the angry player away."
        )
    )
    assert not any(p == "physio" for _, p, _ in got), sorted(got)
    got = facts(read("Tom Hale will direct and co-write Acme Nights for Channel 4."))
    assert any(p == "co-write" for _, p, _ in got), sorted(got)


def test_a_description_in_quotation_marks_is_what_calling_says(read):
    got = facts(read('Tom Hale called the new targets "reasonably impressive".'))
    assert not any(p == "called" for _, p, _ in got), sorted(got)


def test_known_by_people_as_a_name_is_no_knowing(read):
    got = facts(read("Tom Hale - known by his fellow players as Dracula - won the title six times."))
    assert not any(p == "known" for _, p, _ in got), sorted(got)
    assert ("Tom Hale", "won", "title") in got, sorted(got)


def test_a_singular_noun_with_its_own_article_is_no_part_of_a_plural_after_it(read):
    got = facts(read("As a result murderers who face a long tariff could get five years knocked off."))
    assert not any("result" in s for s, _, _ in got), sorted(got)


def test_a_verb_of_beginning_says_nothing_of_its_own(read):
    got = facts(read("Critics have started to wonder whether Tom Hale can captain the side from full-back."))
    assert not any(p == "started" for _, p, _ in got), sorted(got)
    got = facts(read("Tom Hale continues to insist that he is innocent."))
    assert ("Tom Hale", "said", "he is innocent") in got, sorted(got)


def test_a_title_and_an_unread_given_name_make_a_surname_read_as_a_body_a_person(read):
    ex = read("Poverty must end, Cardinal Cormac Murphy-O'Connor has said.")
    assert ("Cormac Murphy-O'Connor", "Person") in nodes(ex), sorted(nodes(ex))


def test_a_name_after_a_persons_title_read_as_a_place_is_a_person(read):
    # a made-up name the model reads as a place here
    ex = read('South African President Thabo Khumalo, speaking at the opening ceremony, said: "We go on."')
    assert ("Thabo Khumalo", "Person") in nodes(ex), sorted(nodes(ex))
    # a place's name after a title stays a place
    ex = read("Prime Minister Tony Blair visited Washington on Monday.")
    assert ("Washington", "Location") in nodes(ex), sorted(nodes(ex))


def test_a_second_verb_of_saying_after_a_do_is_the_speakers_own(read):
    got = facts(read("Acme Corp and Globex Inc say the sums do not add up and claim it would cut services."))
    assert ("Acme Corp", "said", "the sums do not add up") in got, sorted(got)
    assert ("Acme Corp", "said", "it would cut services") in got, sorted(got)


def test_what_one_is_punished_for_was_done_whatever_befalls_the_doer(read):
    ex = read(
        "Tom Hale and Ann Lowe are expected to find out on Friday if they will be banned for missing drugs tests."
    )
    missed = [r for r in ex.relations if r.predicate_label == "missing"]
    assert missed and all(r.modality is None for r in missed), sorted(facts(ex))


def test_a_question_after_a_comma_and_a_conjunction_is_the_last_clauses(read):
    ex = read('Tom Hale added: "Acme Corp could have beaten Globex Inc, but do you see them whingeing?"')
    beaten = [r for r in ex.relations if r.predicate_label == "beaten"]
    assert beaten and all(r.modality != "question" for r in beaten), sorted(facts(ex))
    ex = read("Will Acme Corp buy Globex Inc, and who will pay?")
    bought = [r for r in ex.relations if r.predicate_label == "buy"]
    assert bought and all(r.modality == "question" for r in bought), sorted(facts(ex))


def test_the_subject_of_a_clause_after_as_is_no_object_of_as(read):
    got = facts(
        read("Ann Lowe won nine points and powered through the decider as a tired Jo Smith looked beaten.")
    )
    assert not any(p == "powered as" for _, p, _ in got), sorted(got)


def test_a_film_named_after_its_kind_is_shot_not_killed(read):
    ex = read(
        "Actor Tom Hale has died aged 87. Hale's body was discovered by his grandson and paramedics at a hotel "
        "in Miami Beach, where the actor had been shooting the film Retirement."
    )
    assert not any(r.predicate_label == "killed" for r in ex.relations), sorted(facts(ex))


def test_with_people_and_a_participle_after_a_comma_is_no_partner_of_the_deed(read):
    got = facts(read("Acme Corp stirred anger in many quarters, with fans concerned that prices will rise."))
    assert not any(p.endswith(" with") for _, p, _ in got), sorted(got)


def test_what_was_tried_is_told_by_the_tried_deed_alone(read):
    got = facts(read("Acme Corp is trying to make itself a leader in natural gas."))
    assert not any(p == "trying" for _, p, _ in got), sorted(got)
    ex = read("Acme Corp tried to buy Globex Inc.")
    assert [(r.predicate_label, r.modality) for r in ex.relations] == [("buy", "attempt")], sorted(facts(ex))


def test_could_only_tells_what_was_managed(read):
    ex = read("Tom Hale could only finish second to Jo Smith.")
    done = [r for r in ex.relations if r.object.label == "Jo Smith"]
    assert done and all(r.modality is None for r in done), sorted(facts(ex))
    ex = read("Ann Lowe said Tom Hale could only beat Jo Smith by changing his style.")
    beat = [r for r in ex.relations if r.predicate_label == "beat"]
    assert beat and all(r.modality == "possibility" for r in beat), sorted(facts(ex))


def test_what_one_failed_to_do_or_almost_did_is_denied(read):
    ex = read("Tom Hale failed to win an award despite five nominations.")
    won = [r for r in ex.relations if r.predicate_label == "win"]
    assert won and all((r.modality, r.negated) == ("failed", True) for r in won), sorted(facts(ex))


def test_a_condition_with_should_first_read_as_a_relative_clause_is_a_condition(read):
    ex = read(
        "Tom Hale is the coach. Ann Lowe and Jo Smith would be options should Hale decide to call up a replacement."
    )
    called = [r for r in ex.relations if r.predicate_label == "call up"]
    assert called and all(r.modality == "conditional" for r in called), sorted(facts(ex))


def test_adding_ones_voice_and_casting_an_eye_are_idioms(read):
    got = facts(read("Tom Hale added his voice to those warning that aid pledges must be delivered."))
    assert not any(p == "added" for _, p, _ in got), sorted(got)
    got = facts(read("The Acme Corp board may be casting a serious eye over Mr Hale's latest proposals."))
    assert not any(p == "casting" for _, p, _ in got), sorted(got)


def test_a_participle_of_saying_after_the_deed_is_no_source_of_it(read):
    ex = read(
        "Tom Hale is to step down. Mr Hale served on the Leeds City Council before being elected to Parliament "
        'in 1987, declaring "today Leeds North, tomorrow Soweto".'
    )
    served = [r for r in ex.relations if r.predicate_label == "served on"]
    assert served and all(r.attribution is None for r in served), sorted(facts(ex))


def test_a_participle_in_ing_right_after_had_is_an_adjective(read):
    got = facts(read("Ann Lowe had winning performances in the heptathlon and the long jump."))
    assert not any(p == "winning" for _, p, _ in got), sorted(got)
    got = facts(read("Tom Hale has been selling phones in China."))
    assert ("Tom Hale", "selling", "phones") in got, sorted(got)


def test_combining_forces_is_an_idiom(read):
    got = facts(read("The central banks of Acme and Globex may combine forces to support the dollar."))
    assert not any(p == "combine" for _, p, _ in got), sorted(got)


def test_whose_the_thing_of_an_of_phrase_is_stays_in_the_label(read):
    got = facts(read("Tom Hale called for radical reform of the EU's stability pact."))
    assert ("Tom Hale", "called for", "radical reform of EU stability pact") in got, sorted(got)


def test_a_prize_category_before_a_name_is_no_post(read):
    got = facts(read("Best musical actress Ann Lowe thanked the cast."))
    assert not any(p == "holds role" for _, p, _ in got), sorted(got)
    got = facts(read("He spoke most recently regarding Prince Charles's marriage plans."))
    assert ("Charles", "holds role", "Prince") in got, sorted(got)


def test_as_a_young_man_tells_when_not_whom(read):
    got = facts(read("Tom Hale moved to London as a young man."))
    assert ("Tom Hale", "moved to", "London") in got, sorted(got)
    assert not any(p == "moved as" for _, p, _ in got), sorted(got)


def test_a_name_between_a_subject_and_their_takes_the_pronoun_up(read):
    got = actors(read("Mark Stevens quit as Celtic boss last week after their exit from the cup."))
    assert ("Mark Stevens", "Person") in got and ("Celtic", "Organization") in got, sorted(got)


def test_a_persons_full_name_after_for_is_no_employer(read):
    got = actors(
        read("A spokesman for Michael Grant said Mr Jackson's views were very different from the party's.")
    )
    assert ("Michael Grant", "Person") in got, sorted(got)
    got = actors(read("The deputy minister for sport Ann Lowe accused the clubs of greed."))
    assert ("Ann Lowe", "Person") in got, sorted(got)
    got = actors(
        read(
            "The play has five nominations, including best director for Hale. Tom Hale said he was delighted."
        )
    )
    assert ("Tom Hale", "Person") in got, sorted(got)
    got = actors(read("Jim Bell, an analyst with Barclays, said prices would fall."))
    assert ("Barclays", "Organization") in got, sorted(got)


def test_a_hyphened_calling_before_a_list_of_names_makes_them_people(read):
    got = actors(
        read("Seasoned film-makers Tom Hale, Peter Lowe and Jim Bellamy challenge them for the award.")
    )
    assert {("Tom Hale", "Person"), ("Peter Lowe", "Person"), ("Jim Bellamy", "Person")} <= got, sorted(got)


def test_a_name_before_a_post_after_as_is_the_body_of_the_post(read):
    got = actors(read("Mark Stevens quit as Rapid boss last week."))
    assert ("Rapid", "Organization") in got, sorted(got)


def test_a_given_name_the_tagger_reads_as_a_plural_is_no_body(read):
    got = actors(
        read('Ian Gray was picked. "Tom and Ian have been rewarded for their form," said the coach.')
    )
    assert ("Ian Gray", "Person") in got, sorted(got)


def test_them_takes_up_no_subject_of_its_own_verb(read):
    got = facts(
        read(
            "Tom Hale and Jim Bell are nominated. Roger Dane, Mike Lowe and Pavel Grant challenge them for the award."
        )
    )
    assert ("Roger Dane", "challenge", "Tom Hale") in got, sorted(got)
    assert not any(
        s in ("Roger Dane", "Mike Lowe") and o in ("Mike Lowe", "Roger Dane") for s, _, o in got
    ), sorted(got)


def test_one_members_vote_for_a_deed_is_no_deed(read):
    ex = read("One member of the committee, Paul Tucker, voted to raise rates to 5%.")
    raised = [r for r in ex.relations if r.predicate_label == "raise"]
    assert raised and all(r.modality == "desire" for r in raised), sorted(facts(ex))
    ex = read("Investors voted in October to approve the transfer.")
    approved = [r for r in ex.relations if r.predicate_label == "approve"]
    assert approved and all(r.modality != "desire" for r in approved), sorted(facts(ex))


def test_an_invitation_to_do_something_is_no_deed(read):
    ex = read("The minister issued an invitation for global firms to outsource jobs to the nation.")
    outsourced = [r for r in ex.relations if r.predicate_label == "outsource"]
    assert outsourced and all(r.modality == "demanded" for r in outsourced), sorted(facts(ex))


def test_a_state_a_deed_keeps_its_object_in_is_part_of_the_predicate(read):
    got = facts(read("The Bank of England left interest rates on hold."))
    assert ("Bank of England", "left on hold", "interest rates") in got, sorted(got)
    assert ("Bank of England", "left", "interest rates") not in got, sorted(got)


def test_finding_someone_harder_to_beat_finds_no_one(read):
    got = facts(read("Rangers found Celtic harder to break down."))
    assert not any(p == "found" for _, p, _ in got), sorted(got)
    got = facts(read("Police found the stolen car in Leeds."))
    assert any(p == "found" and o == "stolen car" for _, p, o in got), sorted(got)


def test_a_source_before_a_comma_employs_no_one_titled_after_it(read):
    got = facts(
        read("According to the Daily Post, chief operating officer Tom Hale said that Acme is buying firms.")
    )
    assert ("Tom Hale", "holds role", "chief operating officer") in got, sorted(got)
    assert not any(o == "Daily Post" and s == "Tom Hale" for s, _, o in got), sorted(got)
    got = facts(
        read("For the Conservatives, shadow education secretary Tim Collins said the plan was flawed.")
    )
    assert ("Tim Collins", "secretary of", "Conservatives") in got, sorted(got)


def test_what_a_passive_subject_is_named_is_no_second_thing_named(read):
    got = facts(
        read("The comedy Sideways was named the best film of the year by the Boston Critics Association.")
    )
    assert ("Boston Critics Association", "named", "Sideways") in got, sorted(got)
    assert not any(p == "named" and o == "best film" for _, p, o in got), sorted(got)


def test_a_partys_one_word_name_the_recogniser_missed_is_the_party(read):
    got = nodes(read("The Tories accuse Labour of raising taxes 66 times since coming to power in 1997."))
    assert ("Labour", "Organization") in got, sorted(got)
    got = actors(read("Economy and Labour Minister Wolfgang Clement said growth would slow."))
    assert ("Labour", "Organization") not in got, sorted(got)


def test_a_firms_name_opened_by_a_place_word_stays_whole(read):
    got = facts(read("The losses will be huge, said Kurt Karl, economist at Swiss Re in New York."))
    assert ("Kurt Karl", "economist of", "Swiss Re") in got, sorted(got)
    assert not any(o == "Switzerland" for _, _, o in got), sorted(got)


def test_a_participle_before_a_trailing_speech_verb_is_what_was_said(read):
    ex = read(
        "Bad weather may have artificially depressed sales in January, thus flattering the February numbers, "
        "traders said."
    )
    got = {(r.subject.label, r.predicate_label) for r in ex.relations}
    assert ("traders", "said") in got and ("traders", "flattering") not in got, sorted(facts(ex))


def test_a_courtesy_title_goes_before_a_surname_not_a_given_name(read):
    ex = read(
        "Sacked MP Howard Tate said he was sorry. Mr Tate quit on Monday. "
        "At a news conference, Mr Howard insisted he had played by the rules."
    )
    got = facts(ex)
    assert ("Howard Tate", "said", "he was sorry") in got, sorted(got)
    assert not any(s == "Howard Tate" and o.startswith("he had played") for s, _, o in got), sorted(got)
    # where the full name opens with the surname, the title goes before it
    got = facts(read("Wang Jianzhou runs China Mobile. Mr Wang said profits rose."))
    assert ("Wang Jianzhou", "said", "profits rose") in got, sorted(got)


def test_what_is_named_the_best_film_is_a_work(read):
    ex = read("The Aviator has been named best film at the Golden Globe Awards.")
    assert ("Aviator", "Concept") in actors(ex), sorted(actors(ex))
    assert ("Aviator", "Organization") not in actors(ex), sorted(actors(ex))


def test_they_after_a_clause_acting_on_people_takes_those_people_up(read):
    ex = read(
        "Critics say the patents will harm firms. This could hurt small software developers because they "
        "do not have the legal might of larger companies if they had to fight legal action in court."
    )
    fought = [r for r in ex.relations if r.predicate_label == "fight"]
    assert fought and all(r.subject.label == "small software developers" for r in fought), sorted(facts(ex))
    # a plural subject of the host clause may be "they" as well: no one is taken up for sure there
    ex = read("The unions met on Monday. Ministers told the unions they would not raise pay.")
    assert not any(r.subject.label == "unions" for r in ex.relations if r.predicate_label == "raise"), sorted(
        facts(ex)
    )


def test_an_if_clause_of_asking_is_a_question_not_a_condition(read):
    ex = read("In July the pollster Mori asked 801 adults if they supported the ban.")
    asked = [r for r in ex.relations if r.predicate_label == "asked"]
    assert asked and all(r.modality is None for r in asked), sorted(facts(ex))
    backed = [r for r in ex.relations if r.predicate_label == "supported"]
    assert backed and all(r.modality == "uncertain" for r in backed), sorted(facts(ex))
    ex = read("If Acme broke the rules, inspectors will fine the firm.")
    assert all(r.modality == "conditional" for r in ex.relations if r.predicate_label == "broke"), sorted(
        facts(ex)
    )


def test_no_sentence_opens_inside_a_quotation_but_after_a_full_stop(read):
    ex = read(
        "They all insisted it was not going to be a rerun of 1997. "
        '"We thought in 1997 we were going to dent that huge majority but it just did not happen," '
        "said Tom Hale, of the local party."
    )
    said = {_obj(r) for r in ex.relations if r.predicate_label == "said"}
    assert said == {
        "We thought in 1997 we were going to dent that huge majority but it just did not happen"
    }, said
    # … and a quotation that opens after a full stop opens a sentence: the one before is not what was said
    ex = read(
        'Fiji has annual exports of $660m. "It will not be surprising if the cost exceeds that," said Tom Hale.'
    )
    said = {_obj(r) for r in ex.relations if r.predicate_label == "said"}
    assert said == {"It will not be surprising if the cost exceeds that"}, said


def test_no_sentence_opens_at_a_word_in_small_letters(nlp):
    doc = nlp("Acme warned that new rules would be brought in. unless firms cut their prices.")
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]
    doc = nlp("Acme warned that new rules would be brought in. Firms cut their prices.")
    assert len(list(doc.sents)) == 2, [s.text for s in doc.sents]


def test_the_company_takes_up_no_union_or_other_body_that_is_no_firm(read):
    ex = read(
        "The National Union of Journalists has criticised the Daily Post Group over job cuts. "
        "Union official Tom Hale said the company had ignored the consultation period."
    )
    ignored = {r.subject.label for r in ex.relations if r.predicate_label == "ignored"}
    assert ignored == {"Daily Post Group"}, sorted(facts(ex))


def test_a_past_post_is_former_whatever_stands_between(read):
    got = held_roles(read("Tom Hale said ex-chatshow host Mr Jim Lowe would do better."))
    assert ("Jim Lowe", "host", "former") in got, got
    # "lord" written small opens a post, no style of the holder's
    got = held_roles(read("The call came from former Tory lord chancellor Lord Mackay."))
    assert ("Mackay", "lord chancellor", "former") in got, got


def test_a_bodys_name_cut_after_of_goes_on_over_its_capitalised_words(read):
    ex = read(
        "House prices dipped slightly in November, the Office of the Deputy Prime Minister (ODPM) has said."
    )
    assert any(r.subject.label == "Office of the Deputy Prime Minister" for r in ex.relations), sorted(
        facts(ex)
    )
    assert not any(r.subject.label == "Office" for r in ex.relations), sorted(facts(ex))


def test_a_compass_word_and_a_regions_noun_make_a_place_that_acts_as_no_body(read):
    ex = read("The East Midlands had the highest annual rate of more than 15%, the ministry said.")
    assert ("East Midlands", "Location") in actors(ex), sorted(actors(ex))


def test_what_the_speaker_went_on_to_do_is_no_part_of_what_was_said(read):
    got = facts(
        read(
            "Mayor Ken Smith said the plan was unfair and refused to apologise. "
            "Local residents say the road is dangerous and are asking for a crossing. "
            "Ken Smith said the tax seemed to have been fair and called on MPs to back it."
        )
    )
    said = {o for _, p, o in got if p == "said"}
    assert {"the plan was unfair", "the road is dangerous", "the tax seemed to have been fair"} <= said, said
    assert ("Local residents", "asking for", "crossing") in got, sorted(got)
    # the clause's own subject goes on where the verb agrees with it, or does what it can do
    got = facts(read("Ken Smith said the firm broke the rules and refused to pay the fines."))
    assert ("Ken Smith", "said", "the firm broke the rules and refused to pay the fines") in got, sorted(got)


def test_what_a_name_is_said_to_be_outranks_the_form_of_the_name(read):
    ex = read(
        "Baghdad Blogger is among a number of films about Iraq shown at the festival. "
        "The Woodsman is one of the films shown in Leeds. Globex Bank is a drama about a bank."
    )
    got = actors(ex)
    assert {("Baghdad Blogger", "Concept"), ("Woodsman", "Concept"), ("Globex Bank", "Concept")} <= got, (
        sorted(got)
    )


def test_a_name_one_tells_that_is_no_persons_is_a_news_outlets(read):
    ex = read(
        'Tom Hale told the FT that the deal was done. Ann Lowe told Five Live: "We were poor." '
        "Tom Hale told BBC Two's Newsnight that the deal was done."
    )
    told = {(r.object.label, r.object.type) for r in ex.relations if r.predicate_label == "told"}
    assert told == {("FT", "Organization"), ("Five Live", "Organization"), ("Newsnight", "Concept")}, told


def test_a_name_beside_a_described_speaker_is_what_its_it_takes_up(read):
    got = facts(
        read(
            "Supporters' group Investors United - which has proved adept in rallying opposition to Mr Tom "
            "Hale's campaign - said it would fight any takeover."
        )
    )
    assert ("Investors United", "fight", "takeover") in got, sorted(got)


def test_an_actor_beside_a_direct_object_is_the_objects_unless_the_verb_takes_the_preposition(read):
    got = facts(
        read(
            "Acme Corp will spend $1bn on technology from Globex Corp. "
            "Tom Hale could reconsider his future at Globex Corp."
        )
    )
    assert not any(p in ("spend from", "reconsider at") for _, p, _ in got), sorted(got)
    got = facts(
        read("Acme Corp bought the stake from Globex Corp last year. Tom Hale wrote the song with Ann Lowe.")
    )
    assert {("Acme Corp", "bought from", "Globex Corp"), ("Tom Hale", "wrote with", "Ann Lowe")} <= got, (
        sorted(got)
    )


def test_the_one_accused_is_no_source_of_the_accusation(read):
    ex = read("Former Acme boss Tom Hale is on trial, accused of overseeing a huge fraud.")
    got = {
        (r.predicate_label, r.modality, r.attribution)
        for r in ex.relations
        if r.predicate_label == "overseeing"
    }
    assert got == {("overseeing", "alleged", None)}, got
    ex = read("Ann Lowe has accused Tom Hale of overseeing a huge fraud.")
    got = {
        (r.predicate_label, r.modality, r.attribution)
        for r in ex.relations
        if r.predicate_label == "overseeing"
    }
    assert got == {("overseeing", "alleged", "Ann Lowe")}, got


def test_an_unnamed_someone_described_by_a_word_for_a_doer_is_a_person(read):
    ex = read(
        "A US woman is suing Acme Corp over its printer cartridges. Acme Corp bought a German printer maker."
    )
    got = {(r.subject.label, r.subject.type) for r in ex.relations if r.predicate_label == "suing"}
    assert got == {("US woman", "Person")}, sorted(facts(ex))
    bought = {(r.object.label, r.object.type) for r in ex.relations if r.predicate_label == "bought"}
    assert bought == {("German printer maker", "Concept")}, bought


def test_the_company_takes_up_the_name_beside_the_subject_before_and_no_international_body(read):
    ex = read(
        "The EU has threatened action over aid to Globex Corp. The EU said the aid broke trade rules. "
        "The EU wants talks. Separately, the world's largest delivery company, Acme Corp, said it had "
        "ordered ten jets. The US company said it needed to expand its fleet."
    )
    got = {(r.subject.label, r.attribution) for r in ex.relations if r.predicate_label == "expand"}
    assert got == {("Acme Corp", "Acme Corp")}, sorted(
        (r.subject.label, r.predicate_label, r.attribution) for r in ex.relations
    )


def test_an_amount_on_a_joined_object_is_read_as_on_the_first(read):
    got = facts(read("Britain suffered high unemployment and 15% interest rates."))
    assert ("United Kingdom", "suffered rates", "15%") in got, sorted(got)
    # one amount said twice is no second amount
    got = facts(read("Ethnic minorities make up 8% of the population but only 2% of MPs."))
    assert not any(o == "2%" for _, _, o in got), sorted(got)


def test_a_joined_verb_with_a_tense_of_its_own_shares_no_modal(read):
    ex = read("Acme Corp will open a plant in Leeds and has hired staff.")
    got = {r.predicate_label: r.modality for r in ex.relations if r.predicate_label in ("open", "hired")}
    assert got == {"open": "future", "hired": None}, got
    ex = read(
        "Globex Corp will support Acme Corp this year - but Acme Corp was not nominated for the top award."
    )
    got = {(r.predicate_label, r.modality) for r in ex.relations if r.predicate_label.startswith("nominated")}
    assert got and all(m is None for _, m in got), got


def test_a_countrys_number_one_is_a_rank_and_leaves_the_country_a_state(read):
    ex = read(
        "Japan is the world's oldest nation. What matters to him is to be Japan's number one. "
        "Japan can either drive radical reforms or run the risk of a recession."
    )
    got = {(r.subject.label, r.subject.type) for r in ex.relations if r.predicate_label == "drive"}
    assert got == {("Japan", "Country")}, sorted((r.subject.label, r.subject.type) for r in ex.relations)
    # a shirt number still makes the national side
    ex = read("Ireland's number eight Anthony Foley was injured. Ireland beat Scotland on Saturday.")
    assert ("Ireland", "Organization") in nodes(ex), sorted(nodes(ex))


def test_a_name_after_a_persons_age_is_a_person(read):
    ex = read(
        "In his twenties he ran a clothing business. And the 101-year-old Kingsley Parkway has eaten "
        "raw fish pretty much every day throughout his life."
    )
    got = {(r.subject.label, r.subject.type) for r in ex.relations if r.predicate_label == "eaten"}
    assert got == {("Kingsley Parkway", "Person")}, got
    # the name qualifying the noun after the age is not the one aged
    ex = read("The 24-year-old Acme Rovers skipper will miss the game.")
    assert ("Acme Rovers", "Person") not in actors(ex), sorted(actors(ex))


def test_a_comparisons_elided_verb_says_nothing_of_where_someone_is(read):
    ex = read("The EU will allow programs to be patented in Europe just as they are in the US.")
    assert not any(r.predicate_label == "based in" for r in ex.relations), sorted(facts(ex))


def test_what_a_story_tells_is_reported_not_stated(read):
    ex = read("The Daily Post carried a story that Acme Corp had sacked 300 workers.")
    got = hedged(ex, "sacked")
    assert got == {("sacked", "reported")}, sorted(facts(ex))


def test_a_government_only_supposed_is_not_the_government(read):
    ex = read(
        "Ann Lowe said a Green government would ban cars from city centres. "
        "The government says the roads are safe."
    )
    assert not any(
        r.subject.label == "Green government" and r.predicate_label == "said" for r in ex.relations
    ), sorted(facts(ex))


def test_a_claim_dismissed_without_that_is_denied(read):
    ex = read("Tom Hale dismissed the claim he had reneged on a promise to step down.")
    got = hedged(ex, "reneged on")
    assert got == {("reneged on", "denied")}, sorted(facts(ex))
    # a relative clause missing its object is no content: "the claim he made in May"
    ex = read("Tom Hale withdrew the claim he made in May about the budget.")
    assert all(r.modality != "denied" for r in ex.relations), sorted(facts(ex))


def test_serving_in_a_place_is_no_employer(read):
    got = facts(
        read("Tom Hale served in Northern Ireland from 1981 to 1987. Ann Lowe served in the Royal Navy.")
    )
    assert ("Tom Hale", "works for", "Northern Ireland") not in got, sorted(got)
    assert ("Ann Lowe", "works for", "Royal Navy") in got, sorted(got)


def test_what_things_are_reported_to_have_been_is_reported(read):
    ex = read("Among the offers reported to have been discussed by Tom Hale with Ann Lowe was a merger.")
    got = hedged(ex, "discussed with")
    assert got == {("discussed with", "reported")}, sorted(facts(ex))


def test_the_name_before_a_participle_after_with_does_it(read):
    # the parser reads "Keely" as an adverb of "tipping"; the side did not tip the header
    ex = read(
        "Acme Rovers had plenty of time on the ball but Globex Town comfortably mopped up the pressure - with "
        "Keely tipping a late header over the bar - to take their lead into half-time."
    )
    assert not any(
        r.predicate_label == "tipping" and r.subject.label == "Globex Town" for r in ex.relations
    ), sorted(facts(ex))
    got = facts(read("Acme Corp cut 300 jobs, with Tom Hale blaming weak demand."))
    assert ("Tom Hale", "blaming", "weak demand") in got, sorted(got)


def test_a_country_one_competes_for_is_its_national_side(read):
    ex = read("Sprinter Tom Hale competed for Great Britain at the 2002 Games.")
    got = {(r.object.label, r.object.type) for r in ex.relations if r.predicate_label == "competed for"}
    assert got == {("United Kingdom", "Organization")}, got
    ex = read("Tom Hale works for Britain's biggest bank.")
    assert ("United Kingdom", "Organization") not in nodes(ex), sorted(nodes(ex))


def test_an_unnamed_member_of_a_party_is_a_person(read):
    ex = read("A Labour peer has withdrawn proposals to reform the upper house.")
    got = {(r.subject.label, r.subject.type) for r in ex.relations if r.predicate_label == "withdrawn"}
    assert got == {("Labour peer", "Person")}, sorted(facts(ex))


def test_a_post_one_holds_is_a_job_and_one_writes_on_a_site_a_statement(read):
    ex = read("Tom Hale resigned from his post at Acme Corp on Monday.")
    assert not any(
        isinstance(n, Entity) and n.type == "Statement" for r in ex.relations for n in (r.object,)
    ), sorted(nodes(ex))
    ex = read("Tom Hale deleted a post on his blog.")
    assert any(e.type == "Statement" for e in ex.events), [e.type for e in ex.events]


def test_a_plural_present_with_a_date_is_planned_whatever_its_tag(read):
    ex = read(
        "Ann Lowe, Tom Hale, Joe Bloggs and Sam Smith, who formed the band at school, begin a world tour on 28 March."
    )
    got = {(r.subject.label, r.modality) for r in ex.relations if r.predicate_label == "begin"}
    assert got and all(m == "planned" for _, m in got), got


def test_talks_held_are_a_meeting(read):
    ex = read("Tom Hale held talks with Ann Lowe in Paris on Monday.")
    got = {(r.object.label, r.object.type) for r in ex.relations if r.predicate_label == "held"}
    assert got == {("talks", "Meeting")}, sorted((r.predicate_label, _obj(r)) for r in ex.relations)


def test_a_win_after_withstanding_a_comeback_is_done_not_meant(read):
    ex = read("Acme Rovers withstood a pulsating comeback from Globex Town to win the cup encounter.")
    assert hedged(ex, "win") == {("win", None)}, sorted(facts(ex))


def test_a_name_where_an_occasion_is_held_is_a_place(read):
    ex = read("Joining the ceremony at Chicago's Palmer House were Tom Hale and Ann Lowe.")
    assert ("Palmer House", "Location") in nodes(ex), sorted(nodes(ex))
    # an analyst at a firm works for it
    assert ("Globex", "Organization") in nodes(read("Tom Hale is an analyst at Globex."))


def test_failing_to_do_under_a_condition_is_not_doing_it(read):
    ex = read("Acme Rovers will go top if Globex Town fail to beat Initech United on Saturday.")
    got = {(r.subject.label, r.modality, r.negated) for r in ex.relations if r.predicate_label == "beat"}
    assert got == {("Globex Town", "conditional", True)}, sorted(facts(ex))


def test_a_court_with_no_kind_before_it_is_a_hall_not_a_body_of_the_state(read):
    ex = read("The band played the 25th award ceremony at London's Wexley Court.")
    assert ("Wexley Court", "Location") in nodes(ex), sorted(nodes(ex))
    ex = read("Tom Hale appeared at Wexley Crown Court on Monday and was jailed for two years.")
    assert ("Wexley Crown Court", "GovernmentOrganization") in actors(ex), sorted(actors(ex))
    ex = read("Tom Hale has won three titles on clay courts this year.")
    assert not any(t == "GovernmentOrganization" for _, t in actors(ex)), sorted(actors(ex))


def test_one_of_names_joined_by_or_is_uncertain(read):
    ex = read("Tom Hale will play France's Jean Dupont or Spain's Pablo Ruiz in the next round.")
    assert hedged(ex, "play") == {("play", "uncertain")}, sorted(facts(ex))
    ex = read("Two or three gunmen attacked the guard post on Monday.")
    assert ("attacked", None) in hedged(ex, "attacked"), sorted(facts(ex))


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale left an impression at Acme Rovers, but not for reasons he would have wanted.",
        "Acme Rovers paid well above the odds for Tom Hale.",
        "Tom Hale raised his game in the final set.",
        "Acme Rovers threw off the shackles against Globex Town.",
        "Tom Hale returned to action for Acme Rovers on Friday.",
    ],
)
def test_idioms_of_impressions_odds_games_and_shackles_name_nothing(read, text):
    ex = read(text)
    labels = {_obj(r) for r in ex.relations}
    assert not labels & {"impression", "odds", "game", "shackles", "action"}, sorted(facts(ex))


def test_it_that_one_helps_is_not_the_helper(read):
    ex = read(
        "The Ruritanian government will give the struggling steel industry 70m euros to help it fight cheap imports."
    )
    assert not any(
        r.predicate_label == "fight" and r.subject.type == "GovernmentOrganization" for r in ex.relations
    ), sorted(facts(ex))


def test_a_firm_a_chief_is_of_is_an_organisation_whatever_the_model_read(read):
    ex = read("Tom Hale, chief of Zentrovia, told reporters that sales rose.")
    assert ("Zentrovia", "Organization") in nodes(ex), sorted(nodes(ex))
    ex = read("Ann Lowe, the boss of Kelvar, resigned on Monday.")
    assert ("Kelvar", "Organization") in nodes(ex), sorted(nodes(ex))


def test_a_president_named_by_his_peoples_word_leads_its_country(read):
    ex = read("Turkmen President Tom Hale said the price of gas would rise.")
    got = {(r.object.label, r.object.type) for r in ex.relations if r.predicate_label == "President of"}
    assert got == {("Turkmenistan", "Country")}, sorted(facts(ex))


def test_a_stop_still_to_come_is_not_done_from_then_on(read):
    ex = read("Last year, Acme Corp said it was going to stop selling video recorders.")
    got = {(r.modality, r.negated) for r in ex.relations if r.predicate_label == "selling"}
    assert got == {("future", True)}, sorted(facts(ex))


def test_a_participle_with_while_shares_its_hosts_modality(read):
    ex = read("The box means viewers can record two channels simultaneously while watching a third channel.")
    assert hedged(ex, "watching") == {("watching", "ability")}, sorted(facts(ex))


def test_two_dates_joined_give_a_fact_of_both_neither(read):
    ex = read(
        "Acme Rovers have a good record there, having won their first two games at the ground, in 1999 and 2001."
    )
    got = {r.date for r in ex.relations if r.predicate_label == "won"}
    assert got == {None}, got


def test_a_speech_used_to_say_something_says_it(read):
    ex = read("Tom Hale used a speech in Leeds to say his party was facing up to painful realities.")
    assert hedged(ex, "said") == {("said", None)}, sorted(facts(ex))


def test_finishing_runners_up_is_a_place_no_one(read):
    ex = read("Acme Rovers have finished runners-up three times since 2000.")
    assert not any(_obj(r) == "runners" for r in ex.relations), sorted(facts(ex))


def test_a_surname_with_an_apostrophe_alone_is_the_person_named_in_full(read):
    ex = read(
        "Acme coach Sean O'Hagan was unhappy. O'Hagan also rejected the referee's view of the game. "
        '"I think we lost one lineout and they lost four," he said.'
    )
    got = {r.subject.label for r in ex.relations if r.predicate_label == "said"}
    assert got == {"Sean O'Hagan"}, sorted(facts(ex))


def test_must_before_a_progressive_or_a_perfect_is_a_guess(read):
    ex = read("Acme Rovers must be paying their players a fortune by now.")
    assert hedged(ex, "paying") == {("paying", "uncertain")}, sorted(facts(ex))
    ex = read("Acme Corp must pay the fine by Friday, the court ruled.")
    assert hedged(ex, "pay") == {("pay", "obligation")}, sorted(facts(ex))


def test_a_disease_named_by_its_letters_is_no_organisation(read):
    ex = read("Some 185,000 people were tested for TB in Ruritania last year.")
    assert ("TB", "Concept") in nodes(ex), sorted(nodes(ex))


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Tom Hale broke his serve three times in the next two sets to set up a decider.", "set up"),
        ("Ann Lowe won 5-7 6-0 6-2 to earn a second round meeting with Jo Hale.", "earn"),
    ],
)
def test_what_a_break_or_a_win_leads_to_is_done_not_meant(read, text, predicate):
    assert hedged(read(text), predicate) == {(predicate, None)}


def test_an_attempt_one_should_or_should_not_make_is_advice(read):
    ex = read("The Ruritanian government should not try to copy the US economy, the report said.")
    got = {(r.modality, r.negated) for r in ex.relations if r.predicate_label == "copy"}
    assert got == {("obligation", True)}, sorted(facts(ex))


def test_a_salary_commanded_is_earned_and_a_tally_no_post(read):
    ex = read("Tom Hale also commanded a salary of £30,000 for sitting on the Acme Corp board.")
    assert not any(r.predicate_label.startswith("ordered") for r in ex.relations), sorted(facts(ex))
    ex = read("Hale, who is Acme Rovers' leading scorer this season, denied reports of a row with the coach.")
    assert not any(r.predicate_label == "holds role" for r in ex.relations), sorted(facts(ex))


def test_a_compound_preposition_of_a_scene_names_no_participant(read):
    ex = read("Ann Lowe, playing in her first final, began nervously in front of a raucous home crowd.")
    assert not any("front" in r.predicate_label or _obj(r).startswith("front") for r in ex.relations), sorted(
        facts(ex)
    )


def test_a_stake_in_a_firm_the_model_reads_as_a_place_says_which_stake(read):
    ex = read("Tom Hale and Ann Lowe, who own a 29% stake in Manchester United, will reject any offer.")
    assert any(_obj(r) == "stake in Manchester United" for r in ex.relations), sorted(facts(ex))


def test_what_another_person_did_to_someone_is_no_post_they_hold(read):
    ex = read("Tom Hale next meets Jo Lowe, the player he beat in the semi-finals last year.")
    assert not any(r.predicate_label == "holds role" for r in ex.relations), sorted(facts(ex))


def test_a_writers_note_after_a_dash_is_no_part_of_what_was_said(read):
    ex = read("Mr Hale said he had not left the Acme group - a move he announced shortly after the meeting.")
    got = {_obj(r) for r in ex.relations if r.predicate_label == "said"}
    assert got == {"he had not left the Acme group"}, sorted(facts(ex))


def test_an_illness_is_no_organisation_and_ruling_out_keeps_its_out(read):
    ex = read("Bronchitis has ruled Ann Lowe out of the Ruritanian Open.")
    assert not any(n[1] == "Organization" for n in nodes(ex)), sorted(nodes(ex))
    ex = read("Acme Rovers knocked Initech United out of the FA Cup on Saturday.")
    assert any(r.predicate_label == "knocked out" for r in ex.relations), sorted(facts(ex))


def test_cutting_edge_without_its_hyphen_is_no_deed(read):
    ex = read("Acme Corp is a big chip-maker, providing cutting edge technology to large businesses.")
    assert not any(r.predicate_label.startswith("cutting") for r in ex.relations), sorted(facts(ex))


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale must guide his side past a club 36 places below them.",
        "Tom Hale praised his team after the win.",
    ],
)
def test_ones_own_side_names_no_team(read, text):
    ex = read(text)
    assert not any(_obj(r) in ("side", "team") for r in ex.relations), sorted(facts(ex))


def test_to_a_body_described_by_its_trade_is_no_deed(read):
    ex = read(
        "Acme Corp did not comment, referring the issue instead to trade body Initech, of which it is a member."
    )
    assert not any(r.predicate_label == "trade" for r in ex.relations), sorted(facts(ex))


def test_a_list_completing_a_noun_keeps_all_its_items(read):
    ex = read(
        "The Ruritanian Party is counting on fear, ratcheting up talk of threats, crime and insecurity."
    )
    got = {_obj(r) for r in ex.relations if r.predicate_label == "ratcheting up"}
    assert got == {"talk of threats, crime and insecurity"}, sorted(facts(ex))


def test_a_body_no_one_in_particular_belongs_to_no_country(read):
    ex = read("Ruritanian officials do not have to abide by any US court decisions, the judge said.")
    assert not any(r.subject.label == "US court" for r in ex.relations), sorted(facts(ex))
    ex = read("The US military said on Monday it would withdraw from the town.")
    assert any(r.predicate_label == "part of" for r in ex.relations), sorted(facts(ex))


def test_what_one_does_when_urged_to_think_is_not_urged(read):
    ex = read(
        "Gadget lovers are being urged to think about the environment when disposing of old Acme phones."
    )
    assert hedged(ex, "disposing of") == {("disposing of", None)}, sorted(facts(ex))


def test_a_deed_done_by_accident_was_no_aim(read):
    ex = read("Tom Hale used his phone to accidentally send a rude message to Ann Lowe.")
    assert hedged(ex, "send") == {("send", None)}, sorted(facts(ex))


def test_what_one_calls_to_be_shelved_is_not_called_for(read):
    ex = read(
        "The Ruritanian Party has called for 24-hour drinking to be shelved until the problems are solved."
    )
    assert not any(r.predicate_label == "called for" for r in ex.relations), sorted(facts(ex))


def test_a_son_in_law_is_no_son(read):
    ex = read("The firm was created by Tom Hale, son-in-law of former President Jo Lowe.")
    got = {r.predicate_label for r in ex.relations if r.subject.label == "Tom Hale"}
    assert "son-in-law of" in got and "son of" not in got, sorted(facts(ex))


def test_a_counts_bound_is_part_of_it(read):
    ex = read("Acme Corp will be releasing up to 20 mobile games this year.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "releasing"} == {"up to 20 mobile games"}


def test_a_name_with_its_own_possessive_is_read_whole(read):
    ex = read("Acme Corp won the Queen's Award medal last year.")
    assert any(_obj(r) == "Queen's Award medal" for r in ex.relations), sorted(facts(ex))


def test_whether_or_not_asks_and_denies_nothing(read):
    ex = read("Critics question whether or not Ruritania has met the economic criteria.")
    assert {r.negated for r in ex.relations if r.predicate_label == "met"} == {False}, sorted(facts(ex))


def test_a_department_store_chain_is_no_body_of_a_state(read):
    ex = read("Acme Department Stores agreed to buy Initech for $11bn.")
    assert ("Acme Department Stores", "Organization") in nodes(ex), sorted(nodes(ex))


def test_the_verb_to_star_is_no_title(read):
    ex = read("The film, which was to star Tom Hale, was shelved.")
    assert not any(r.predicate_label == "holds role" for r in ex.relations), sorted(facts(ex))


def test_a_song_named_after_a_place_is_no_place_sung(read):
    ex = read("Ann Lowe will sing America the Beautiful at the Super Bowl.")
    assert not any(r.predicate_label == "sing" for r in ex.relations), sorted(facts(ex))


def test_a_superlatives_rank_is_part_of_the_description(read):
    ex = read("The world's second biggest insurer said property claims reached $42bn.")
    assert {r.subject.label for r in ex.relations if r.predicate_label == "said"} == {
        "second biggest insurer"
    }


def test_others_rejecting_such_claims_is_no_part_of_what_critics_say(read):
    ex = read("Critics say the Acme group is secretive and elitist but its members reject such claims.")
    got = {_obj(r) for r in ex.relations if r.predicate_label == "said"}
    assert got == {"the Acme group is secretive and elitist"}, sorted(facts(ex))


def test_which_way_one_drove_prices_is_the_deed(read):
    ex = read("Tom Hale then drove share prices lower by spreading false rumours.")
    assert any(r.predicate_label == "drove lower" for r in ex.relations), sorted(facts(ex))


def test_the_court_takes_up_the_court_of_a_name_with_of(read):
    ex = read(
        "The European Court of Justice will hear the Acme case next week. "
        "The Court is expected to reach a verdict in June."
    )
    assert {r.subject.label for r in ex.relations if r.predicate_label == "reach"} == {
        "European Court of Justice"
    }


def test_a_street_before_a_firms_description_is_no_firm(read):
    ex = read("Acme Stores had a good Christmas. The High Street retailer said it expected profits of £420m.")
    assert not any(r.subject.label == "High Street" for r in ex.relations), sorted(facts(ex))


def test_a_price_for_each_share_is_no_sum_paid_once(read):
    ex = read("Initech will pay $30 for each Acme share.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "pay"} == {"$30 for each Acme share"}


def test_a_prize_category_won_is_no_band(read):
    ex = read("The Hales won best band at the music awards.")
    assert ("best band", "Concept") in nodes(ex), sorted(nodes(ex))


def test_a_work_the_news_model_names_is_no_titled_person(read):
    ex = read("Kingdom Hearts held its own at three, while Star Wars Battlefront rose to two.")
    assert not any(r.predicate_label == "holds role" for r in ex.relations), sorted(facts(ex))


def test_a_name_by_someone_named_is_a_work(read):
    ex = read("Critics praised Glass Hearts by singer Ann Lowe.")
    assert ("Glass Hearts", "Concept") in nodes(ex), sorted(nodes(ex))


@pytest.mark.parametrize("contest", ["US Open", "French Open"])
def test_a_champions_contest_is_named_whole_and_no_nationality(read, contest):
    ex = read(f"Tom Hale will now face {contest} champion Ann Lowe in the final.")
    roles = {_obj(r) for r in ex.relations if r.predicate_label == "holds role"}
    assert roles == {f"{contest} champion"}, sorted(facts(ex))
    assert not any(r.predicate_label == "citizen of" for r in ex.relations), sorted(facts(ex))


def test_someone_named_in_passing_in_a_subordinate_clause_is_no_speaker(read):
    ex = read(
        "Tom Hale said he would do everything he could to meet concerns about the bill. But changes to the "
        "bill must not overturn the law set when a court ruled that doctors could withdraw feeding from "
        'coma patient Dan Lowe. "It is important we do not end up in a mess," he said.'
    )
    said = {r.subject.label for r in ex.relations if r.predicate_label == "said" and "mess" in _obj(r)}
    assert said == {"Tom Hale"}, sorted(facts(ex))


def test_a_count_of_acres_keeps_its_number(read):
    ex = read("Rebels seized 40 acres.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "seized"} == {"40 acres"}


def test_a_family_beside_its_head_is_that_family(read):
    ex = read("Mr Hale and his family hold a stake of 28.1% in the club.")
    assert "Hale family" in {r.subject.label for r in ex.relations}, sorted(facts(ex))


def test_called_into_action_names_no_participant(read):
    ex = read("The goalkeeper Tom Hale was called into action for the first time after ten minutes.")
    assert not any(r.predicate_label.startswith("called") for r in ex.relations), sorted(facts(ex))


def test_a_list_of_works_is_no_one_work(read):
    ex = read(
        "The Incredible Hulk, The Mighty Thor, Iron Man and the rest all grappled with problems like bigotry."
    )
    assert not any("," in n for n, _ in nodes(ex)), sorted(nodes(ex))


def test_the_subject_of_a_clause_with_no_that_is_no_object(read):
    ex = read(
        "Author Tom Hale wrote to the paper. He also forgets basic Civil Liberties were suspended during the war."
    )
    assert not any(_obj(r) == "Civil Liberties" for r in ex.relations), sorted(facts(ex))


def test_what_one_says_others_have_is_no_one_told(read):
    ex = read("Voters will lose the cheap energy which Tom Hale constantly tells us we have.")
    assert not any(r.predicate_label == "told" for r in ex.relations), sorted(facts(ex))
    assert {_obj(r) for r in ex.relations if r.predicate_label == "said"} == {"the cheap energy we have"}


@pytest.mark.parametrize("when", ["Easter", "March"])
def test_by_a_feast_or_a_month_is_when_not_who(read, when):
    ex = read(f"The ministers urged Acme Corp to draw up plans to be presented to Parliament by {when}.")
    assert not any(r.subject.label == when for r in ex.relations), sorted(facts(ex))


def test_a_passive_infinitive_keeps_its_to(read):
    ex = read("Acme Corp drew up plans to be presented to Parliament.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "drew up"} == {"plans to be presented"}


def test_a_quoted_no_says_which_vote(read):
    ex = read('The Greens will campaign for a "no" vote in the referendum.')
    assert any(_obj(r).startswith("no vote") for r in ex.relations), sorted(facts(ex))


def test_a_model_number_is_no_one_with_a_role(read):
    ex = read("An even smaller model, the ZX300, goes on sale in May and will store about 256MB of music.")
    assert not any(r.predicate_label == "holds role" for r in ex.relations), sorted(facts(ex))


def test_a_prize_after_its_category_is_no_actress(read):
    ex = read("Ann Lowe picked up her second best actress Oscar for playing a nurse.")
    assert ("Oscar", "Concept") in nodes(ex), sorted(nodes(ex))


def test_the_prospect_of_a_deed_is_no_deed_done(read):
    ex = read("Shares rose on the prospect of Acme Corp launching a major acquisition.")
    assert {r.modality for r in ex.relations if r.predicate_label == "launching"} == {"possibility"}


def test_set_to_after_with_is_expected(read):
    ex = read("The referendum could take place in 2006, with the Greens set to campaign for a yes vote.")
    assert {r.modality for r in ex.relations if r.predicate_label == "campaign for"} == {"expected"}


def test_what_one_promised_would_not_happen_is_no_object(read):
    ex = read("Acme Corp promised no jobs would be lost as a result of the new machines.")
    assert not any(r.predicate_label == "promised" and _obj(r) == "jobs" for r in ex.relations), sorted(
        facts(ex)
    )


def test_a_round_keeps_its_number_word(read):
    ex = read("Ann Lowe was knocked out in round one by Tom Hale.")
    assert "round one" in {_obj(r) for r in ex.relations}, sorted(facts(ex))


def test_a_deed_in_ing_after_begin_is_the_deed(read):
    ex = read("Studios have begun lobbying voters, with adverts in every newspaper.")
    assert {(r.predicate_label, _obj(r)) for r in ex.relations} >= {("lobbying", "voters")}, sorted(facts(ex))


def test_a_side_of_fifteen_is_a_team(read):
    ex = read("New Zealand defeated a Wales XV 25-10 in Cardiff.")
    assert ("Wales XV", "Organization") in nodes(ex), sorted(nodes(ex))


def test_the_winner_of_a_prize_category_is_a_person(read):
    ex = read("Kate Winslet also lost to best actress Ann Lowe at the ceremony.")
    assert ("Ann Lowe", "Person") in nodes(ex), sorted(nodes(ex))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Ann Lowe is to star in a film about a nurse. The Oscar winner said there was a desire to make it.",
            "Ann Lowe",
        ),
        (
            (
                'Tom Hale retired in 2001. "The biggest factor is speed," the world 200m and 400m record holder '
                "told reporters."
            ),
            "Tom Hale",
        ),
    ],
)
def test_a_winner_or_record_holder_is_the_one_just_named(read, text, who):
    ex = read(text)
    assert {r.subject.label for r in ex.relations if r.predicate_label == "said"} == {who}


def test_a_bands_name_read_as_a_participle_is_the_band(read):
    ex = read("Chart-topping pop band Wrecked have confirmed that they plan to take a break.")
    assert {r.subject.label for r in ex.relations if r.predicate_label == "confirmed"} == {"Wrecked"}


def test_a_count_of_times_is_no_number_of_the_race(read):
    ex = read("Ann Lowe has won the London Marathon wheelchair race six times.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "won"} == {
        "London Marathon wheelchair race"
    }


def test_following_suit_names_no_suit(read):
    ex = read("Acme Corp cut its prices and other companies are expected to follow suit.")
    assert not any(_obj(r) == "suit" for r in ex.relations), sorted(facts(ex))


def test_a_firms_unit_sold_is_no_firm_sold(read):
    ex = read("By selling the Yukos unit to Baikal, Russia is able to avoid legal problems, analysts said.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "selling"} == {"Yukos unit"}, sorted(
        facts(ex)
    )
    assert ("Yukos unit", "Organization") in nodes(ex)


def test_the_winner_of_a_match_to_come_is_no_one_named(read):
    ex = read(
        "Tom Hale beat Dan Lowe. The winner of that match will face either Ann Lowe or Kim Hale in the final."
    )
    assert not any(r.predicate_label == "face" and r.subject.label == "Tom Hale" for r in ex.relations)


def test_a_sum_in_euros_after_of_keeps_its_number(read):
    ex = read("Acme Corp is struggling with debts of more than 6bn euros.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "struggling with"} == {
        "debts of more than 6bn euros"
    }


def test_what_one_was_paid_is_no_one_paid(read):
    ex = read("Tom Hale was paid a bonus of £44,914 last year.")
    assert {r.subject.label for r in ex.relations if r.predicate_label == "was paid bonus"} == {"Tom Hale"}


def test_stepping_up_a_gear_names_no_gear(read):
    ex = read("Chelsea stepped up a gear in the second half.")
    assert not any(_obj(r) == "gear" for r in ex.relations), sorted(facts(ex))


def test_a_units_own_name_after_its_owner_is_the_unit(read):
    ex = read("News Corp's News International unit, which publishes The Sun, announced new investments.")
    assert "News International" in {r.subject.label for r in ex.relations}, sorted(facts(ex))


def test_what_a_blame_is_put_on_is_no_part_of_what_is_blamed(read):
    ex = read("Acme Corp blamed poor results on sluggish decision making.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "blamed"} == {"poor results"}, sorted(
        facts(ex)
    )


def test_a_town_someone_joins_is_its_club(read):
    ex = read("Teenage star Tom Hale is poised to join Sunderland after turning down a move to Stoke City.")
    assert ("Sunderland", "Organization") in nodes(ex), sorted(nodes(ex))


def test_a_chance_to_catch_up_keeps_its_particle(read):
    ex = read("Acme Cable is offering customers the chance to catch up with programmes they have missed.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "offering"} == {
        "chance to catch up with programmes"
    }, sorted(facts(ex))


def test_an_international_agency_is_no_body_of_a_state(read):
    ex = read("The International Atomic Energy Agency said its technology was outdated.")
    assert ("International Atomic Energy Agency", "Organization") in nodes(ex), sorted(nodes(ex))


def test_not_many_go_by_without_it_is_done(read):
    ex = read("Not many meets go by without Ann Lowe breaking a world record.")
    assert {r.negated for r in ex.relations if r.predicate_label == "breaking"} == {False}, sorted(facts(ex))


def test_a_singing_troupe_is_a_body(read):
    ex = read("The von Trapp family formed a singing troupe.")
    assert ("singing troupe", "Organization") in nodes(ex), sorted(nodes(ex))


def test_msps_are_people(read):
    ex = read("Tom Hale told MSPs the plan would go ahead.")
    assert ("MSPs", "Group") in nodes(ex), sorted(nodes(ex))


def test_a_player_known_by_age_is_the_one_just_named(read):
    ex = read(
        "Tom Hale injured his bicep in January. The 25-year-old fly-half will start against Scotland at "
        "Murrayfield."
    )
    assert {r.subject.label for r in ex.relations if r.predicate_label.startswith("start")} == {"Tom Hale"}


def test_the_film_takes_up_the_film_named_before(read):
    ex = read("The film The Aviator won five Oscars. Martin Scorsese directed the film.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "directed"} == {"Aviator"}, sorted(
        facts(ex)
    )


def test_a_trade_representative_keeps_the_trade(read):
    ex = read("US Trade Representative Robert Zoellick said the talks had failed.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "holds role"} == {"Trade Representative"}


def test_joined_modifiers_both_say_which(read):
    ex = read("Fraudsters are now focusing on internet and phone payments.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "focusing on"} == {
        "internet and phone payments"
    }


def test_a_number_word_of_a_name_after_of_is_kept(read):
    ex = read("Tom Hale missed the vast majority of last year's Six Nations.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "missed"} == {
        "vast majority of Six Nations"
    }


def test_a_date_beside_the_subject_is_no_subject(read):
    ex = read("Earnings for the year to 31 December rose 20% to £3.2bn ($6.1bn).")
    assert not any(r.subject.label == "31 December" for r in ex.relations), sorted(facts(ex))


def test_an_employer_before_a_job_in_apposition_is_the_employers(read):
    ex = read('Ann Lee, Sky News 24 political correspondent, added: "There is a real worry here."')
    assert held_roles(ex) == {("Ann Lee", "political correspondent", None)}
    assert ("Ann Lee", "Person") in nodes(ex), sorted(nodes(ex))


def test_an_mp_for_a_seat_is_no_member_of_it(read):
    ex = read('Party spokesman Tom Hale, MP for Hexford, added: "It is a mess."')
    assert not any(r.predicate_label == "MP of" for r in ex.relations), sorted(facts(ex))


def test_a_closing_verb_of_saying_read_as_a_noun_attributes_the_sentence(read):
    ex = read(
        "Tom Hale promised Ann Lee he would step down before the summer, a new book about the chancellor "
        "claims."
    )
    promised = [r for r in ex.relations if r.predicate_label == "promised"]
    assert promised and all(r.attribution for r in promised), sorted(facts(ex))


def test_a_books_title_is_no_place(read):
    ex = read("The book, Lee's France, said Tom Hale felt he had lost the voters' trust.")
    assert not any(r.subject.type in ("Country", "Location") for r in ex.relations), sorted(facts(ex))


def test_thats_is_no_relative_clause(read):
    ex = read(
        "Ten pence does not sound like a great deal but every year if you operate one truck that's an increase "
        "of about £600."
    )
    assert not any(r.subject.label == "truck" for r in ex.relations), sorted(facts(ex))


def test_a_date_after_since_dates_what_came_first(read):
    ex = read(
        "The 30-year-old rapper Tom Hale has enjoyed seven US top 10 albums since bursting onto the music scene "
        "with hit songs like Who's My Friend? and Rum and Coke in 1994."
    )
    assert {r.date for r in ex.relations if r.predicate_label == "enjoyed"} == {None}


def test_a_second_object_past_a_phrase_is_no_object(read):
    ex = read("Tom Hale paid tribute to the beautiful legacy of blues legend Ann Lee.")
    assert not any(_obj(r) == "Ann Lee" and r.predicate_label == "paid" for r in ex.relations), sorted(
        facts(ex)
    )


def test_a_named_study_is_a_text(read):
    ex = read("The Global Retail Study was based on 5,000 telephone interviews with shoppers.")
    assert ("Global Retail Study", "Concept") in nodes(ex), sorted(nodes(ex))


def test_a_first_name_alone_takes_up_the_one_person_of_that_name(read):
    ex = read(
        "Sonia Keane's farewell apart, there was little to cheer. It later transpired that Sonia had been "
        "suffering from a stomach bug in the 48 hours before the final."
    )
    assert {(r.subject.label, r.subject.type) for r in ex.relations if "suffering" in r.predicate_label} == {
        ("Sonia Keane", "Person")
    }


def test_little_in_a_name_denies_nothing(nlp):
    def little(tags: list[str]) -> bool:
        words = ["Little", "Venice", "faces", "competition"]
        doc = Doc(
            nlp.vocab, words=words, heads=[1, 2, 2, 2], deps=["amod", "nsubj", "ROOT", "dobj"], tags=tags
        )
        return _few(doc[0])

    assert not little(["JJ", "NNP", "VBZ", "NN"])  # a name
    assert little(["JJ", "NN", "VBZ", "NN"])  # "little progress faces …": all but none


def test_what_a_merger_would_create_is_no_firm_named_before(read):
    ex = read(
        "Acme has held talks with Bolt Bank. A tie-up between Acme and Bolt Bank would create the world's "
        "fourth biggest bank, valued at $90bn."
    )
    assert not any(
        r.subject.label in ("Acme", "Bolt Bank") and "valued" in r.predicate_label for r in ex.relations
    )


def test_several_states_are_a_group(read):
    ex = read("Tom Hale has called on rich nations to fund the plan.")
    assert ("rich nations", "Group") in nodes(ex), sorted(nodes(ex))


def test_a_town_a_player_is_set_to_join_is_its_club(read):
    ex = read("Leeds keeper Tom Hale is set to join Bolton on a month's loan.")
    assert ("Bolton", "Organization") in nodes(ex), sorted(nodes(ex))


def test_up_to_a_sum_is_no_particle(read):
    ex = read("Firms will face fines up to a maximum of £1,000.")
    assert {r.predicate_label for r in ex.relations} == {"face"}, sorted(facts(ex))
    ex = read("Forty record labels turned up to one gig in Glasgow.")  # a count of things is no sum
    assert "turned up" in {r.predicate_label for r in ex.relations}, sorted(facts(ex))


def test_what_one_said_while_seeming_is_said(read):
    ex = read(
        'Lee, 71, appeared not to have enjoyed her stay in the house saying: "I\'m worn out, I need a rest."'
    )
    assert hedged(ex, "said") == {("said", None)}


def test_a_surname_that_names_a_country_stays_in_the_name(read):
    ex = read("Soap head writer Tony Jordan and music mogul Ann Lee are involved in the project.")
    assert {r.subject.label for r in ex.relations} == {"Tony Jordan"}, sorted(facts(ex))


def test_calling_a_truce_demands_nothing(read):
    ex = read("The Football Association has called a truce in its row with the clubs.")
    assert not any(e.type == "Demand" for e in ex.events), [(e.type, e.label) for e in ex.events]


def test_raising_output_to_meet_demand_is_a_purpose(read):
    ex = read("Oil producers have increased output to record highs to meet rising demand.")
    assert hedged(ex, "meet") == {("meet", "purpose")}


def test_a_string_of_people_is_the_people(read):
    ex = read("The Liberal Democrats hope to unseat a string of senior ministers at the election.")
    assert not any(_obj(r).startswith("string") for r in ex.relations), sorted(facts(ex))


def test_a_story_set_in_a_city_is_a_work(read):
    ex = read("The Mary Tudor Code is set in London and has sold around one million copies in France.")
    assert ("Mary Tudor Code", "Concept") in nodes(ex), sorted(nodes(ex))


def test_a_hit_before_a_title_is_a_success(read):
    ex = read("The best-selling video of last year was the Pixar hit Cars 2, which took an estimated $300m.")
    assert not any(r.predicate_label in ("hit", "attacked") for r in ex.relations), sorted(facts(ex))


def test_followed_by_in_a_list_is_an_order(read):
    ex = read("The closing list gave Ann Lee odds of 6-9, followed by Oscar nominee Tom Hale at 5-2.")
    assert not any(r.predicate_label == "followed" for r in ex.relations), sorted(facts(ex))


def test_a_bare_work_no_name_says_is_no_node(read):
    ex = read("The movie took $30m in its first weekend, and critics praised its soundtrack.")
    assert not any(r.subject.label == "movie" for r in ex.relations), sorted(facts(ex))


def test_a_bare_verb_after_a_modal_clause_goes_on_what_was_said(read):
    ex = read("Analysts say that other nations may follow suit and now ditch the euro.")
    assert {(r.subject.label, r.modality) for r in ex.relations if r.predicate_label == "ditch"} == {
        ("other nations", "possibility")
    }


def test_what_economists_reckon_is_theirs(read):
    ex = read("Economists reckon that banks will cut rates.")
    assert {r.attribution for r in ex.relations if r.predicate_label == "cut"} == {"Economists"}


def test_a_recommended_present_is_a_demand(read):
    ex = read("The report recommends that poor countries reduce their own tariffs.")
    assert hedged(ex, "reduce") == {("reduce", "demanded")}


def test_home_is_no_node(read):
    ex = read("Tom Hale died at home in Leeds.")
    assert not any(_obj(r) == "home" for r in ex.relations), sorted(facts(ex))


def test_pulling_in_horns_names_nothing(read):
    ex = read("Shoppers have pulled in their horns this year, the survey found.")
    assert not any(_obj(r) == "horns" for r in ex.relations), sorted(facts(ex))


def test_nationals_are_people(read):
    ex = read("Spain has sent planes to evacuate its nationals.")
    assert ("nationals", "Group") in nodes(ex), sorted(nodes(ex))


def test_a_plan_the_parser_read_as_a_noun_is_planned(read):
    ex = read("Labour wants a new law. The Lib Dems plan to oppose the Bill in the Lords on Thursday.")
    assert hedged(ex, "oppose") == {("oppose", "planned")}


def test_finding_oneself_doing_is_no_finding(read):
    ex = read("England find themselves striving to avoid a third successive defeat.")
    assert not any(r.predicate_label == "find" for r in ex.relations), sorted(facts(ex))


def test_what_a_cast_or_a_series_is_of_is_a_work(read):
    ex = read("Julia Davis works on Night Watch. The cast of Night Watch reunited in May.")
    assert {e.type for e in ex.entities if e.label == "Night Watch"} == {"Concept"}


def test_not_thinking_one_intended_holds_one_did_not(read):
    ex = read("Ann Lee spoke on Sunday. She did not think Tom Hale intended to centre the debate on tax.")
    assert {(r.attribution, r.negated) for r in ex.relations if r.predicate_label == "centre"} == {
        ("Ann Lee", True)
    }


def test_not_on_a_consistent_basis_denies_how_often(read):
    ex = read("The report said member states still do not report fraud to the agency on a consistent basis.")
    assert [r.negated for r in ex.relations if r.predicate_label == "report"] == [False], sorted(facts(ex))


def test_a_requirement_keeps_what_it_is_for(read):
    ex = read("Ministers set a deadline for reform and scrapped the requirement for unanimous agreement.")
    assert {_obj(r) for r in ex.relations if r.predicate_label in ("set", "scrapped")} == {
        "deadline for reform",
        "requirement for unanimous agreement",
    }, sorted(facts(ex))


def test_a_version_of_a_named_work_keeps_the_name(read):
    ex = read("CBS will start showing the US version of The Bill in May.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "showing"} == {"US version of The Bill"}, (
        sorted(facts(ex))
    )


def test_a_count_in_words_is_no_body(read):
    ex = read("Millions watched the final episode of the quiz show.")
    assert not any(n[0] == "Millions" for n in nodes(ex)), sorted(nodes(ex))


def test_someone_from_a_town_takes_up_the_person_just_named(read):
    ex = read("Tom Hale failed a drugs test. The Corkman quickly held his hands up in admission.")
    assert {r.subject.label for r in ex.relations if "held" in r.predicate_label} == {"Tom Hale"}, sorted(
        facts(ex)
    )


def test_a_body_named_with_and_is_one_body(read):
    ex = read("Tom Hale is head coach of the British and Irish Lions.")
    assert ("British and Irish Lions", "Organization") in nodes(ex), sorted(nodes(ex))
    for text in (
        "The anti-war vote could be split between the Liberal Democrats and Respect.",
        "Their albums of the day include Who's Next by The Who and U2's Joshua Tree.",
    ):
        ex = read(text)
        assert not any(" and " in n[0] and n[1] != "Proposition" for n in nodes(ex)), sorted(nodes(ex))


def test_a_work_with_only_a_clause_on_it_names_none(read):
    for text in (
        "The film, directed by Tom Hale, opens in May.",
        "Ann Lee starred in the movie, which took $31m.",
    ):
        ex = read(text)
        assert not any(n[0] in ("film", "movie") for n in nodes(ex)), sorted(facts(ex))


def test_a_name_before_a_singer_is_a_band(read):
    ex = read("Former Kestrel Wade singer Tom Hale will also take part.")
    assert ("Kestrel Wade", "Organization") in nodes(ex), sorted(nodes(ex))
    ex = read("And on 26 November singer Tom Dorrit quit as a contestant after a row.")  # a date is no band
    assert not any(r.predicate_label == "singer of" for r in ex.relations), sorted(facts(ex))


def test_a_famous_first_name_in_the_dictionary_still_shapes_a_person(nlp):
    # WordNet lists "Adrian" (a pope) among its nouns; "Grant" is a verb as well
    assert _person_shaped(nlp("Adrian Marsov")[0:2])
    assert not _person_shaped(nlp("Grant Marsov")[0:2])


def test_he_after_his_goes_on_about_the_his_not_a_name_after_a_copula(read):
    ex = read(
        "Tom Dorrit joined the agency in 1975 as an idealistic 20-year-old. One of his fellow pupils at the"
        " school was Viktor Marsov. At headquarters in Moscow, he was posted to the secret 16th directorate."
    )
    assert not any(r.subject.label == "Viktor Marsov" for r in ex.relations), sorted(facts(ex))


def test_when_the_speaker_said_it_is_no_part_of_what_was_said(read):
    ex = read("Tom Dorrit said he wants to change the face of British politics as he launched his new party.")
    assert {_obj(r) for r in ex.relations if r.predicate_label == "said"} == {
        "he wants to change the face of British politics"
    }, sorted(facts(ex))
    ex = read("Ann Lee says she has left as she wanted more time.")  # a reason, in the present of saying
    assert {_obj(r) for r in ex.relations if r.predicate_label == "said"} == {
        "she has left as she wanted more time"
    }


def test_a_countrys_name_read_as_a_place_is_a_person_with_a_first_name_no_list_knows(nlp):
    doc = nlp("Ethiopia's Tirunesh Marsov set a new world record.")
    doc.ents = [Span(doc, 2, 4, label="FAC")]  # as the small model may read a foreign name
    assert _countrys_person(doc[2:4])
    doc = nlp("Germany's Deutsche Telekom said profits rose.")
    doc.ents = [Span(doc, 2, 4, label="ORG")]
    assert not _countrys_person(doc[2:4])


def test_what_is_translated_is_a_work(nlp):
    doc = nlp("The Sable Code has been translated into 42 languages.")
    assert _shown(doc[1:3])
    assert not _shown(nlp("Tom Dorrit translated the novel into French.")[0:2])


def test_he_takes_up_whose_thing_the_subject_is(read):
    ex = read(
        "Kenya's Kiri Marsov set a new world record in winning the 5,000m in Boston. But compatriot Lemi"
        " Odhiambo's record hopes were dashed when he miscounted his laps in the 3,000m."
    )
    assert {r.subject.label for r in ex.relations if r.predicate_label == "miscounted"} == {"Lemi Odhiambo"}


def test_a_bare_noun_before_the_preposition_is_part_of_the_deed(read):
    ex = read("Two gunmen opened fire on the villagers.")
    assert ("Two gunmen", "opened fire on", "villagers") in facts(ex), sorted(facts(ex))
    ex = read("Ann Lee is looking forward to the Paris meeting.")
    assert {r.predicate_label for r in ex.relations if r.subject.label == "Ann Lee"} == {"looking forward to"}


def test_a_person_named_by_their_field_is_no_thing(read):
    ex = read("A leading Leeds microbiologist says resistance to the drugs will grow.")
    assert not any(n.type == "Concept" and "microbiologist" in n.label for n in nodes(ex)), sorted(nodes(ex))


def test_a_question_is_no_claim(read):
    ex = read("The Kalvian authorities have not said who they believe was behind the killings.")
    assert not any(r.predicate_label == "said" for r in ex.relations), sorted(facts(ex))
    ex = read("Tom Dorrit explained what went wrong in the final.")  # a question with its word is told
    assert any(r.predicate_label == "explained" for r in ex.relations), sorted(facts(ex))


def test_a_name_with_television_told_something_is_a_broadcaster(read):
    ex = read("Tom Dorrit told KTV television that the talks had failed.")
    assert ("KTV television", "Organization") in nodes(ex), sorted(nodes(ex))


def test_people_kept_are_no_prize(read):
    ex = read("Tom Dorrit retained the most combative hardline ministers in a cabinet shuffle.")
    assert ("combative hardline ministers", "Group") in nodes(ex), sorted(nodes(ex))


def test_people_of_a_country_are_no_country(read):
    ex = read("Police arrested two teenage Israelis near the border.")
    assert ("Israelis", "Group") in nodes(ex) and not any(cls == "Country" for _, cls in nodes(ex)), sorted(
        nodes(ex)
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # one of a people, unnamed: someone the article does not name, whatever the tagger made of the word
        ("Israeli troops killed an Israeli in Gaza on Monday.", "Israel"),
        ("Israeli troops killed another Palestinian in Gaza on Monday.", "Palestin"),
    ],
)
def test_one_of_a_people_unnamed_is_no_one_of_the_graph(read, text, word):
    ex = read(text)
    assert not [f for f in facts(ex) if f[1] == "killed" and f[2].startswith(word)], sorted(facts(ex))


def test_the_people_of_a_side_stay_its_side(read):
    got = facts(read("In their last meeting, the Irish beat Italy in the 1994 World Cup Finals."))
    assert ("Ireland", "beat", "Italy") in got, sorted(got)


def test_a_denied_deed_told_is_a_claim(read):
    ex = read("Tom Dorrit said the rebels did not kill the leader.")
    said = [r for r in ex.relations if r.predicate_label == "said"]
    assert said and all(isinstance(r.object, Entity) and r.object.type == "Proposition" for r in said)


def test_a_title_between_two_names_is_the_second_ones(read):
    ex = read(
        "The plan came from Home Secretary Tom Dorrit, the Foreign Secretary, Ann Lee, and the defence"
        " minister, Ian Hale."
    )
    assert ("Tom Dorrit", "Foreign Secretary", None) not in held_roles(ex), sorted(held_roles(ex))


def test_he_in_what_a_subordinate_speaker_says_is_that_speaker(read):
    ex = read(
        "Army spokesman Tom Dorrit said the leader was not targeted. The strikes came as Foreign Minister Ian"
        " Hale said he did not believe the army would act against the leader."
    )
    assert {r.subject.label for r in ex.relations if r.predicate_label == "believe"} == {"Ian Hale"}, sorted(
        facts(ex)
    )


def test_a_title_with_the_words_of_its_kind_is_no_body(read):
    ex = read("Tom Dorrit was the Anglican Archbishop of Leeds.")
    assert not any(cls == "Organization" for _, cls in nodes(ex)), sorted(nodes(ex))
    assert ("Tom Dorrit", "archbishop of", "Leeds") in facts(ex), sorted(facts(ex))


def test_a_deed_believed_or_thought_of_someone_is_reported_however_tagged(read):
    ex = read(
        "The minister gave details of two Kalvian men believed to have trained with a militant group in Norway."
    )
    assert hedged(ex, "trained with") == {("trained with", "reported")}, sorted(facts(ex))
    ex = read("A 30-year-old man thought to have entered Norway in May has served with the Kalvian army.")
    assert hedged(ex, "entered") == {("entered", "reported")}, sorted(facts(ex))


def test_what_a_harm_did_after_a_comma_is_the_harms_not_its_places(read):
    ex = read(
        "The decision followed an ambush on a bus carrying tourists in the Kalvia Valley, that killed 12 people."
    )
    killers = {r.subject.label for r in ex.relations if r.predicate_label == "killed"}
    assert killers and all("ambush" in k for k in killers), sorted(facts(ex))
