"""Actor nodes and their types on news (issue 11, classes 10 and 13), on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp.names import descriptor_class
from kg.nlp.people import party_name, unlike_person_name
from kg.types import Entity


def _types(ex, label: str) -> list[str]:
    return [e.type for e in ex.entities if e.label == label]


@pytest.mark.parametrize(
    ("text", "label", "cls"),
    [
        # a creed names a party, not a people
        (
            "Neither the Socialists nor the Greens would comment on the budget plans.",
            "Socialists",
            "Organization",
        ),
        (
            "Neither the Socialists nor the Greens would comment on the budget plans.",
            "Greens",
            "Organization",
        ),
        # … and so does a creed in one of its eras
        ("New Labour has lost the people's trust, Ann Lowe said.", "New Labour", "Organization"),
        # a seat only a party gives makes a party; a reporter does not
        ("Plaid MP Ann Jones said the plan was wrong.", "Plaid", "Organization"),
        ("He spoke to a Catholic reporter from the paper.", "Catholic", "Group"),
        # common words only, the first no given name, and nothing in the text says it is a person
        (
            (
                "Voters turned out early. Fans queued all night to see Broken Compass. "
                "Broken Compass sold out every show, promoters said."
            ),
            "Broken Compass",
            "Concept",
        ),
        (
            "Critics loved it. Viewers tuned in to Silent Orchard on Sunday. Silent Orchard drew six million viewers.",
            "Silent Orchard",
            "Concept",
        ),
        # ... but a pronoun that takes it up says it is one
        (
            "Talks resumed. Broken Compass met officials in Paris. He said the talks went well.",
            "Broken Compass",
            "Person",
        ),
        # "he" after another person named in between ("Mr Hume") takes that person up, not the paper
        (
            (
                "Leeds's Morning Herald quoted Mr Hume telling party activists at a meeting in Hull that he would "
                'resign. "It is over," he said. It was a shock.'
            ),
            "Morning Herald",
            "Concept",
        ),
        # a club's last word and a band member's role before a person say it is no person
        (
            (
                "The only other amateur side left are Kelso United, who held Dunmore to a draw on Sunday. Fans "
                "were delighted. The replay is on Tuesday."
            ),
            "Kelso United",
            "Organization",
        ),
        (
            "Anton Becker frontman Tom Reeve has called for more help for musicians. He spoke in London. Fans agreed.",
            "Anton Becker",
            "Organization",
        ),
        # a name after "a" is a thing of that name: an award, a car, a painting
        (
            "Kim Ashby, who won a Harvey Rose for her comedy series in 1999, is nominated again.",
            "Harvey Rose",
            "Concept",
        ),
        # ... but a name that modifies a noun after "a" is still its bearer's ("a Brenner bid")
        (
            (
                "Shares rose after an offer from Malcolm Brenner. Mr Brenner owns a football club. Investors "
                "said they would support a Brenner bid."
            ),
            "Malcolm Brenner",
            "Person",
        ),
        # a title "of" a place is the name of its holder, not a person called "of Asturias"
        (
            "Senior staff at the two bodies earning money for the King and Prince of Asturias are to be questioned.",
            "Prince of Asturias",
            "Person",
        ),
        # a spaced dash ends a name; the possessor of a shareholder is a firm
        (
            "Investor Karl Brenner - Hertha Berlin's biggest shareholder - said he wanted a greater say.",
            "Karl Brenner",
            "Person",
        ),
        (
            "Investor Karl Brenner - Hertha Berlin's biggest shareholder - said he wanted a greater say.",
            "Hertha Berlin",
            "Organization",
        ),
        # a party by its creed even as a two-word name, which ends before an honorific ("Lib Dem Sir X")
        (
            (
                "The move was criticised by both Tory and Lib Dem leaders on Monday. Officials now say he did "
                "not resign. Lib Dem Sir Alan Kirk, who chairs the committee, said the post was vacant."
            ),
            "Lib Dem",
            "Organization",
        ),
        # an economist's employer is a firm
        (
            '"The economy is in two tiers again," said Hallam Yoshida economist Lena Komileva.',
            "Hallam Yoshida",
            "Organization",
        ),
        # the "of" object of an ownership noun is a firm
        (
            "A spokesman for Halvorsen, owner of Nordic Benz, said it would halt production. Nordic Benz cut 300 jobs.",
            "Nordic Benz",
            "Organization",
        ),
        # a plural descriptor before a list types every item of it
        ("Exports were led by carmakers Volvo, Saab and Skoda, the figures showed.", "Skoda", "Organization"),
        # ... which a compound noun before a common noun is not
        (
            "It is estimated that drugs companies are losing millions each year. Prices rose.",
            "drugs companies",
            "Group",
        ),
        # a possessive inside a name ends it: the owner is the name, not "X's Spring Forum"
        (
            "Mr Hale told Grey Pride's Spring Forum in Leeds that pensions would rise.",
            "Grey Pride",
            "Organization",
        ),
        # names a plural kind noun is exemplified by are of that kind ("such as", "including", "include")
        (
            "Critics praised several novels, including Harold Pemberton, in the review.",
            "Harold Pemberton",
            "Concept",
        ),
        ("Her hits include Walking Tall, Dirrty and Beautiful.", "Dirrty", "Concept"),
        # a name before a prize noun names the prize
        (
            "The award went to Blue Harbour, which won the Silver Swan prize at Cannes.",
            "Silver Swan",
            "Concept",
        ),
        (
            "Backing came from major studios, such as Orbis Pictures, Disney and Buena Vista.",
            "Disney",
            "Organization",
        ),
        ("The star of Rain Man and Tootsie said the film culture was poor.", "Tootsie", "Concept"),
        # a city's name opening a "person's" name before a common word, or a city of many words closing
        # it, makes a club; one word of a city closing a name is a surname
        (
            "Newcastle will be at home to either Tottenham or Nottingham Forest.",
            "Nottingham Forest",
            "Organization",
        ),
        (
            "Hashemian will not travel for the match against Maccabi Tel Aviv.",
            "Maccabi Tel Aviv",
            "Organization",
        ),
        ("Whitney Houston sang and Kobe Bryant scored.", "Kobe Bryant", "Person"),
        ("The film was directed by Hayao Miyazaki, critics said.", "Hayao Miyazaki", "Person"),
        # the "State" of a post is no part of the name after it
        ("US Undersecretary of State John Bolton is meeting officials.", "John Bolton", "Person"),
        # a city the news model and the gazetteer agree on stays a place when CoNLL04 reads a person
        ("It won permission to fly to Rome, Singapore and Kuala Lumpur.", "Kuala Lumpur", "Location"),
        # what a name is said to be: a work ("the last song was X"; "among the films were X, Y and Z")
        ("The final tune of his last album was Redemption Song.", "Redemption Song", "Concept"),
        ("The best song of the year was Madonna's.", "Madonna", "Person"),  # hers, not her
        (
            "Among the overlooked films were Dirty Harry, The Searchers and King Kong.",
            "Dirty Harry",
            "Concept",
        ),
        ("Among the overlooked films were Dirty Harry, The Searchers and King Kong.", "King Kong", "Concept"),
        # a division of a country after a name is the place's
        ("Labour held the seat in Kings Norton and Perry Green ward.", "Perry Green", "Location"),
        # a recurring event whose year it is; a fellowship's name; a work described by what it is about
        ("The film is tipped to win the top prize at this year's Oscars.", "Oscars", "Concept"),
        ("He must attend Narcotics Anonymous and pay a fine.", "Narcotics Anonymous", "Organization"),
        (
            "Sally Grindley's Spilled Water, about a girl sold as a servant, was top in the vote.",
            "Spilled Water",
            "Concept",
        ),
        ("John Smith, about 40, was arrested.", "John Smith", "Person"),
        ("Sunderland sporting director Ann Lowe has denied the claim.", "Sunderland", "Organization"),
        # a show before an actor is the show, though the model read a place; a real place stays one
        ("Model Kate Lee and Holby City actor Jeremy Ash have both left the house.", "Holby City", "Concept"),
        ("New York actor Tim Roth has left the show.", "New York", "Location"),
        # many analysts, one name: their firm, though its name be two words joined by a slash
        (
            "Over 54 million people use broadband, according to market analysts Nielsen/NetRatings.",
            "Nielsen/NetRatings",
            "Organization",
        ),
        ("The market grew, according to industry analysts Screen Digest.", "Screen Digest", "Organization"),
        ("It bought 67% of Acme's US affiliate Eon Labs last year.", "Eon Labs", "Organization"),
        # a tower is a building, though its first word be a given name
        (
            "The records fill the floors of Victoria Tower, which overlooks the river.",
            "Victoria Tower",
            "Location",
        ),
        (
            "The chip, developed by Texas Instruments, could drive down costs.",
            "Texas Instruments",
            "Organization",
        ),
        # what an apposition calls a name outranks its last word; a story is set somewhere
        ("Small Island, Levy's fourth novel, won the prize on Tuesday.", "Small Island", "Concept"),
        ("Brokeback Mountain is set in Wyoming in the 1960s.", "Brokeback Mountain", "Concept"),
        # "one of the songs … was X"
        (
            "One of his first songs was Wolverton Mountain.",
            "Wolverton Mountain",
            "Concept",
        ),
        # names a fixture sets against each other are sides
        (
            "Sheff Utd v Charlton, Newcastle v Chelsea and Leeds Utd v Everton are the ties.",
            "Sheff Utd",
            "Organization",
        ),
        (
            "Sheff Utd v Charlton, Newcastle v Chelsea and Leeds Utd v Everton are the ties.",
            "Everton",
            "Organization",
        ),
        # examples of titles are works
        (
            "There are also versions of titles, such as Colin McRae Rally, that you find on PCs.",
            "Colin McRae Rally",
            "Concept",
        ),
        # a double-barrelled surname the news model cut at its hyphen, the trained one read as two names
        (
            '"It works well," said Professor Nadia Magnenat-Thalman of the research group.',
            "Nadia Magnenat-Thalman",
            "Person",
        ),
        # drawing up proposals is no match drawn: the states stay states
        ("Britain and France have drawn up proposals to fund vaccines.", "France", "Country"),
        # a name the models ended on a particle ("Walter van") goes on to its surname
        ("Acme's production chief Walter van der Vijver resigned.", "Walter van der Vijver", "Person"),
        # a performer's prize for a person named in full makes no employer (an analyst "for" a firm works there)
        (
            (
                "The film took five prizes including best supporting actress for Kate Brennan. Brennan also "
                "paid tribute to the film's director."
            ),
            "Kate Brennan",
            "Person",
        ),
        # "website" ends the object of "told"; the name opens the next clause
        (
            (
                "In July the killer, James Hollis, pleaded guilty to murder. Her uncle told the BBC News website "
                "Hollis did not deserve any credit for his plea."
            ),
            "James Hollis",
            "Person",
        ),
        # a name met only as where a deed is done is the place; a description says otherwise
        (
            (
                "The sides meet at Murrayfield in the Six Nations game on Sunday. Scotland coach Matt Williams "
                "named his team. Williams said they were ready."
            ),
            "Murrayfield",
            "Location",
        ),
        (
            "He spent most of his career at consumer goods giant Acme. Tom Hale said so. He was right.",
            "Acme",
            "Organization",
        ),
        # a building's noun after a name
        (
            (
                "The awards were watched by 6,000 people at the Tor Di Valle arena in Rome. Tom Hale said it was "
                "great. Everyone agreed."
            ),
            "Tor Di Valle",
            "Location",
        ),
        # a name cased as no person's is no person, whatever the text calls it
        (
            (
                "His previous adviser, JPMorgan, quit last year when the board voted. Leonardo DiCaprio and Paul "
                "McCartney attended. Analysts said the firm would recover."
            ),
            "JPMorgan",
            "Organization",
        ),
        (
            (
                "His previous adviser, JPMorgan, quit last year when the board voted. Leonardo DiCaprio and Paul "
                "McCartney attended. Analysts said the firm would recover."
            ),
            "Leonardo DiCaprio",
            "Person",
        ),
        # a product or a work by the noun beside it or what it does, whatever the models read
        ("But the broadcaster's new tool Zorbin could end arguments in minutes.", "Zorbin", "Concept"),
        ("Globex is bringing a hybrid SUV - the Kestrel - to market a year early.", "Kestrel", "Concept"),
        (
            "The Quiet Harbour will screen in the Panorama section of the festival.",
            "Quiet Harbour",
            "Concept",
        ),
        ("Users need to text the word ZIPPO to 85130.", "ZIPPO", "Concept"),
        # a singer listed with others, one with a title and two names
        (
            (
                "Ann Lowe and Tom Hale will join A-list singers Marla, Sir Tom Vance, Nelly and Usher plus actors "
                "Kevin Spacey."
            ),
            "Marla",
            "Person",
        ),
        # a plural that opens the sentence still says what its examples are
        ("Companies such as Blinkz, Copernix and Enfosh all do the same job.", "Copernix", "Organization"),
        # a court a game is played on is no court of law
        (
            "Tom Hale lost at the Victoria Park tennis court. Ann Lowe told a court she was innocent.",
            "court",
            "GovernmentOrganization",
        ),
        # an airline by its first word ("Air Marshal X" is an officer)
        (
            "Tom Hale set up Air Deccan in 2003, and Air Deccan will buy 15 new planes.",
            "Air Deccan",
            "Organization",
        ),
        # a body named for its members' trade is theirs, none of a state
        ("The Council of Mortgage Lenders said loans fell.", "Council of Mortgage Lenders", "Organization"),
        ("The Council of Ministers agreed the plan.", "Council of Ministers", "GovernmentOrganization"),
        # a country's squad; a body's name goes on to its country
        ("The continued improvement of its sprinters also boosted Team GB.", "Team GB", "Organization"),
        (
            "The Recording Industry Association of America filed lawsuits in New York.",
            "Recording Industry Association of America",
            "Organization",
        ),
        # a town's mayor, whatever club shares its name
        (
            "Middlesbrough mayor Ray Mallon has been drafted in to boost the campaign.",
            "Middlesbrough",
            "Location",
        ),
        # a championship's name, and a place whose suffix the other model left out
        ("England claimed the Grand Slam at Lansdowne Road.", "Grand Slam", "Concept"),
        ("England claimed the Grand Slam at Lansdowne Road.", "Lansdowne Road", "Location"),
        # a first name a city shares opens a person's name
        ("Vladimir Sable met the minister on Sunday.", "Vladimir Sable", "Person"),
        # a plural verb after a list says nothing of its last name
        ("Britons Kathy Butler and Hayley Marsh were out of contention early on.", "Hayley Marsh", "Person"),
        # the parents of someone own nothing
        (
            "The game was blamed by the parents of 14-year-old Tom Dorrit, who was stabbed in May.",
            "Tom Dorrit",
            "Person",
        ),
        # a demanded subjunctive has no number
        ("The unions are demanding that Tom Dorrit spell out which jobs will go.", "Tom Dorrit", "Person"),
        # an apposition past "of" and a name is that name's
        (
            '"Society has to change," said Tom Dorrit of the Sable Council, a Brussels-based citizen action group.',
            "Tom Dorrit",
            "Person",
        ),
        # "it" after a speaker of a body is the body's
        (
            "Tom Dorrit of the CMF said it believed advance refusals should be only advisory.",
            "Tom Dorrit",
            "Person",
        ),
        # a maker of works is a person
        (
            "Documentary maker Tom Dorrit was given behind-the-scenes access to Mr Sable for his film portrait.",
            "Tom Dorrit",
            "Person",
        ),
        # the Commons is a chamber of state
        (
            "Dozens of rebels could oppose the plan during a Commons debate on Monday.",
            "Commons",
            "GovernmentOrganization",
        ),
        (
            "Ms Sable will set out her case when the bill is debated in the Commons on Monday.",
            "Commons",
            "GovernmentOrganization",
        ),
        # a country losing a thing plays no match, nor one taken forward; a position before a name is one
        (
            "Mr Sable told MPs the UK was losing its power of veto over who was allowed to come to Britain.",
            "United Kingdom",
            "Country",
        ),
        ("Labour is taking Britain forward.", "United Kingdom", "Country"),
        ("Wales forward Tom Dorrit scored twice against Ireland.", "Wales", "Organization"),
        ("Wales forward Tom Dorrit scored twice against Ireland.", "Ireland", "Organization"),
        # a biography is a work; so is what takes a sum at the box office
        (
            "The Navigator, a film biography of Tom Dorrit, was at number six with $7.5m.",
            "Navigator",
            "Concept",
        ),
        (
            (
                "The biggest box office hitter among this year's nominees is The Navigator, which has taken $90m"
                " (£48m) in the US."
            ),
            "Navigator",
            "Concept",
        ),
        ("The Navigator, starring Tom Dorrit, took $30.2m in its debut weekend.", "Navigator", "Concept"),
        # a compass word's bank is a river's, no bank
        ("Ten people were killed in the West Bank on Tuesday.", "West Bank", "Location"),
        # an army, a navy or an air force named is armed forces
        ("The Kalvian Air Force dropped a bomb on the caves.", "Kalvian Air Force", "MilitaryOrganization"),
        # a government named by its nation's adjective and "Executive" stays a body (a guard for the post rule)
        (
            "The Scottish Executive has seconded 11 staff to the aid agencies.",
            "Scottish Executive",
            "Organization",
        ),
        # a highway or a complex named is a place
        (
            "Drivers should avoid the Kinsale Highway between Dapto and Albion Park.",
            "Kinsale Highway",
            "Location",
        ),
        (
            "A car was stolen from the Marsov Sporting Complex on Sunday.",
            "Marsov Sporting Complex",
            "Location",
        ),
        # a name given to a weapon is a thing
        ("The army dropped a bomb called the Daisy Fork into the mountains.", "Daisy Fork", "Concept"),
        # so many people of a country, the count capitalised at the start
        ("Three Britons were arrested in Spain on Monday.", "Three Britons", "Group"),
        # an election named is an occasion, no body
        ("The campaign group will target nine seats at the General Election.", "General Election", "Concept"),
    ],
)
def test_a_name_is_typed_by_its_form_and_the_text_around_it(read, text, label, cls):
    ex = read(text)
    assert _types(ex, label) == [cls], [(e.label, e.type) for e in ex.entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Former Scotland international Ewan Dalgetty fears a civil war at the union.", "Ewan Dalgetty"),
        # "full-back" split by the tokenizer, "back" read as an adverb
        (
            "The fly-half failed after France full-back Pepito Elgarde, scragged by Lewsey, threw the ball.",
            "Pepito Elgarde",
        ),
    ],
)
def test_a_players_position_or_cap_the_tagger_misreads_describes_a_person(nlp, text, name):
    doc = nlp(text)
    start = text.index(name)
    assert descriptor_class(doc.char_span(start, start + len(name))) == "Person"


def test_a_plural_opening_the_sentence_is_no_part_of_the_name_after_it(read):
    ex = read("Compatriots Mulugeta Wondimu and Tom Hale will race against Ann Lowe in February.")
    assert "Mulugeta Wondimu" in [e.label for e in ex.entities], [e.label for e in ex.entities]


def test_one_word_joins_the_body_whose_name_ends_of_it(read):
    ex = read(
        "Shares rose. The Lords threw out the bill on Tuesday. Peers said the House of Lords had acted within "
        "its rights. The Lords will vote again."
    )
    lords = [e for e in ex.entities if "Lords" in e.label]
    assert [(e.label, e.type) for e in lords] == [("House of Lords", "GovernmentOrganization")]
    assert lords[0].aliases == ("Lords",)


def test_nominal_mentions_of_a_body_are_one_node(read):
    ex = read(
        "An independent tribunal was set up in May. Lawyers for the club spoke at the tribunal. "
        "The three-judge tribunal ruled on Friday."
    )
    tribunals = [e for e in ex.entities if "tribunal" in e.label]
    # named by the words the article introduces it with: a bare "tribunal" would be any tribunal
    assert [(e.label, e.type) for e in tribunals] == [("independent tribunal", "GovernmentOrganization")]
    assert len(tribunals[0].mentions) == 3


def test_a_bare_body_noun_takes_up_the_named_body_and_contrasts_keep_bodies_apart(read):
    ex = read(
        "The Home Affairs Select Committee criticised the plan. The committee said ministers had ignored it."
    )
    assert [e.label for e in ex.entities if "ommittee" in e.label] == ["Home Affairs Select Committee"]
    ex = read("A lower court convicted him but the supreme court freed him.")
    assert len([e for e in ex.entities if "court" in e.label]) == 2, [e.label for e in ex.entities]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # brought in by "a": a new body, not the one Commission the article names
        (
            (
                "A public commission will sit in Leeds into the failure of Acme Corp. The commission held a first "
                "hearing in May. Papers came from the Fair Trade Commission. Judge Tom Hale heads the commission."
            ),
            {"public commission", "Fair Trade Commission"},
        ),
        # brought in, then named: news opens with the kind and names it after
        (
            "A public commission has fined Acme Corp. The Fair Trade Commission said the firm broke the rules.",
            {"Fair Trade Commission"},
        ),
        # "is a commission" says what the named one is
        (
            "The Fair Trade Commission is an independent commission. The commission fined Acme Corp in May.",
            {"Fair Trade Commission"},
        ),
    ],
)
def test_a_body_brought_in_by_a_is_no_named_one(read, text, bodies):
    ex = read(text)
    assert {e.label for e in ex.entities if "ommission" in e.label} == bodies, [e.label for e in ex.entities]


@pytest.mark.parametrize(
    ("words", "unlike"),
    [
        (("P&O", "Cruises"), True),  # an ampersand
        (("BBC", "Sport"), True),  # an acronym before a common word
        (("Iron", "Lantern"), True),  # common words, the first no given name
        (("Jack", "Straw"), False),  # common words after a given name
        (("Tennessee", "Williams"), False),  # ... or before a common surname
        (("Saddam", "Hussein"), False),  # nouns WordNet knows as a famous name, no adjective or verb
        (("Magic", "Roundabout"), True),
        (("Kelly", "Holmes"), False),
        (("KT", "Tunstall"), False),  # initials, not an acronym
    ],
)
def test_forms_no_person_name_has(words, unlike):
    assert unlike_person_name(words) is unlike


def test_party_names_by_creed():
    assert party_name("Lib Dems") and party_name("Republicans") and party_name("Communists")
    assert not party_name("Serbs") and not party_name("green")  # a people; a lowercase colour


def test_a_person_name_ends_at_a_lowercase_word_no_name_has(read):
    ex = read(
        'Bristol\'s Daily Courier quoted Mr Hume saying that he would stand down. "It is over," he said. '
        "Nobody was surprised."
    )
    assert [e.label for e in ex.entities if e.type == "Person"] == ["Hume"], [
        (e.label, e.type) for e in ex.entities
    ]
    ex = read("Ludwig van Beethoven wrote nine symphonies. He was born in Bonn. Critics adore him.")
    assert "Ludwig van Beethoven" in [e.label for e in ex.entities if e.type == "Person"]


def test_a_hyphenated_name_keeps_its_hyphen(read):
    ex = read("Talks broke down. Director Anna-Maria Kowalski-Brandt said she would fight. She was calm.")
    assert "Anna-Maria Kowalski-Brandt" in [e.label for e in ex.entities if e.type == "Person"], [
        (e.label, e.type) for e in ex.entities
    ]


def test_a_people_plural_is_a_group_whatever_its_tag(read):
    ex = read("The plan is wrong, the MPs said. Judges must act, MPs said.")  # the first "MPs" is tagged NNP
    nodes = {(n.id, n.type) for r in ex.relations for n in (r.subject, r.object) if isinstance(n, Entity)}
    assert {n for n in nodes if "mps" in n[0]} == {("group/mps", "Group")}, nodes


def test_a_surname_with_its_apostrophe_one_letter_early_is_still_its_person(read):
    ex = read(
        "Dennis Kibbers was jailed on Monday. Mr Kibber's lawyers said he would appeal. He denies fraud."
    )
    assert [e.label for e in ex.entities if e.type == "Person"] == ["Dennis Kibbers"]


def test_someone_from_a_city_is_no_name(read):
    ex = read(
        "But the 25-year-old Dubliner underlined his intention to stay at the club. He signed in May. Fans cheered."
    )
    assert "Dubliner" not in [e.label for e in ex.entities], [(e.label, e.type) for e in ex.entities]


def test_a_partys_other_names_are_one_node(read):
    ex = read(
        "Tory leader Ann Hale said the plan would fail. Neither the Conservatives nor the Greens would comment. "
        "The Tories will vote against it."
    )
    parties = [(e.type, sorted({e.label, *e.aliases})) for e in ex.entities if e.type == "Organization"]
    assert ("Organization", ["Conservatives", "Tories", "Tory"]) in parties, parties


def test_an_adjective_that_sets_a_group_apart_stays_in_its_label(read):
    ex = read(
        "Older voters backed the plan, but many critics said it would fail. Voters in cities opposed it."
    )
    groups = sorted(e.label for e in ex.entities if e.type == "Group")
    assert groups == ["Older voters", "Voters", "critics"], groups  # "many" counts critics, sets none apart


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a capitalised pronoun, preposition, article or question word makes a title, no one's name
        (
            "Destiny's Child also slipped one place to four with Lose My Breath, followed by Girls Aloud.",
            "My",
        ),
        ("The programmes on Rolf On Art drew praise from viewers.", "On"),
        # ... also where the recogniser left the possessive out ("[My] Beautiful Launderette")
        ("The festival praised his early roles in My Beautiful Launderette and other films.", "Beautiful"),
        # so does a verb's -ing form opening it
        ("It was followed at the box office by Finding Nemo and Shrek.", "Finding"),
    ],
)
def test_a_name_with_a_closed_class_word_is_no_person(read, text, word):
    ex = read(text)
    people = [e.label for e in ex.entities if e.type == "Person"]
    assert not any(word in label.split() for label in people), people


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Stevie Wonder recorded part of Songs In The Key Of Life in New York.", "Songs In The Key Of Life"),
        ("The band released Rags To Riches To Rags last year.", "Rags To Riches To Rags"),
        ("Fans bought Do They Know It's Christmas in record numbers.", "Do They Know It's Christmas"),
    ],
)
def test_a_run_of_capitalised_words_with_a_capitalised_closed_class_word_is_one_work(read, text, title):
    ex = read(text)
    assert (title, "Concept") in {(e.label, e.type) for e in ex.entities}, [
        (e.label, e.type) for e in ex.entities
    ]


def test_a_capitalised_article_that_opens_a_name_makes_no_title(read):
    ex = read("Tony Blair told The Times on Monday that the economy was strong.")
    assert ("Times", "Organization") in {(e.label, e.type) for e in ex.entities}, [
        (e.label, e.type) for e in ex.entities
    ]


def test_a_slash_between_names_makes_two_people(read):
    ex = read("Others helped raise the stakes during the Bush/Kerry contest.")
    assert sorted(e.label for e in ex.entities if e.type == "Person") == ["Bush", "Kerry"]


def test_a_ministers_portfolio_is_no_body_a_body_of_the_state_is(read):
    ex = read("Education Secretary Jane Smith said schools would get more money.")
    assert "Education" not in {e.label for e in ex.entities}, [(e.label, e.type) for e in ex.entities]
    # a field in two capitalised words is all of the post
    ex = read("International Development Secretary Jane Smith said aid would rise.")
    assert "International Development" not in {e.label for e in ex.entities}, [
        (e.label, e.type) for e in ex.entities
    ]
    assert ("International Development Secretary",) == tuple(
        r.object.value for r in ex.relations if r.predicate == "holdsRole"
    ), [(r.predicate, r.object) for r in ex.relations]
    ex = read("Treasury Secretary John Snow said the dollar was strong.")
    assert ("Treasury", "GovernmentOrganization") in {(e.label, e.type) for e in ex.entities}


@pytest.mark.parametrize(
    ("text", "family"),
    [
        (
            "The musical tells the story of the von Trapp family, who fled Austria in 1938.",
            "von Trapp family",
        ),
        (
            "He made the apology to members of the Conlon and Maguire families in his room.",
            "Conlon and Maguire families",
        ),
    ],
)
def test_a_name_that_only_names_a_family_is_no_person(read, text, family):
    labels = {(e.label, e.type) for e in read(text).entities}
    assert (family, "Group") in labels, labels
    assert [lab for lab, _ in labels if lab in family] == [family], labels  # no node of the name alone


def test_a_playing_position_opening_a_sentence_is_no_part_of_the_name(read):
    ex = read('Centre Parker has only a "slim chance" of being involved against the Scots.')
    assert [e.label for e in ex.entities if e.type == "Person"] == ["Parker"], [
        (e.label, e.type) for e in ex.entities
    ]


@pytest.mark.parametrize(
    ("text", "two", "one"),
    [
        (
            "The Telegraph has no plans although both The Independent and The Guardian have seen circulation rise.",
            {"Independent", "Guardian"},
            None,
        ),
        # the models read two bodies as one: the first heads the span, the second is its conjunct
        (
            "The film was paid for by the Film Council and Channel 4.",
            {"Film Council", "Channel 4"},
            None,
        ),
        # "and" joins words of one name: the name's head follows it, or it joins the head's modifiers
        (
            "The Securities and Exchange Commission fined Acme Corp.",
            set(),
            "Securities and Exchange Commission",
        ),
        ("The Department of Trade and Industry fined Acme Corp.", set(), "Department of Trade and Industry"),
        (
            "The Serious Organised Crime and Police Bill proposes extra powers to search suspects.",
            set(),
            "Serious Organised Crime and Police Bill",
        ),
        ("Tom Hale toured with the British and Irish Lions in 1997.", set(), "British and Irish Lions"),
    ],
)
def test_two_names_joined_by_and_are_two_names(read, text, two, one):
    ex = read(text)
    labels = {e.label for e in ex.entities} | {
        n.label for r in ex.relations for n in (r.subject, r.object) if isinstance(n, Entity)
    }
    assert two <= labels, labels
    assert one is None or one in labels, labels


def test_the_surname_of_a_person_named_in_full_is_no_employer(read):
    ex = read(
        "Top TV hit Big Town has triumphed at the Comedy Awards. Matt Brennan and David Okafor also jointly "
        "won best TV comedy actor. After receiving his award for best TV comedy actor with Okafor, Brennan said: "
        '"It is a great honour."'
    )
    assert ("David Okafor", "Person") in {(e.label, e.type) for e in ex.entities}, [
        (e.label, e.type) for e in ex.entities
    ]
