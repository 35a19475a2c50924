"""Canonical entity names on real seed text (and the rules behind them on single sentences)."""

import pandas as pd
import pytest
import spacy
from spacy.tokens import Doc, Span

from analysis.extract.entities import acronym_of, doc_entities, name_words
from analysis.nlp.components import _extend, _joined_to_a_person, _opening_verb_before_name, _titled_person
from analysis.nlp.model import load_model
from analysis.tables.canonical import AliasError, canonicalise, read_aliases

from .paths import NIKKEI, SEEDS, SPUN


def entity_of(ents, doc_id, text):
    hit = ents[(ents.doc_id == doc_id) & (ents.text.str.replace(r"['’]s$", "", regex=True) == text)]
    assert not hit.empty, f"no mention {text!r} in {doc_id}"
    return set(hit.entity)


@pytest.mark.parametrize("doc_id,short,full", [
    (NIKKEI, "Easley", "Leif-Eric Easley"),     # surname
    (NIKKEI, "Kim", "Kim Jong Un"),             # family name first
    (NIKKEI, "Chun", "Chun In-bum"),            # hyphenated given name kept whole
    (SPUN, "Lin", "Lin Jian"),
    (SPUN, "Pacheco Pardo", "Ramon Pacheco Pardo"),  # multi-word surname, tagged ORG by the model
    (NIKKEI, "KCNA", "Korean Central News Agency"),  # acronym
    (SPUN, "Dover", "Robert Dover"),            # tagged GPE by the model
])
def test_short_forms_resolve_to_the_full_name(seed_entities, doc_id, short, full):
    assert entity_of(seed_entities, doc_id, short) == {full}


def test_namesakes_stay_apart(seed_entities):
    kim = {"Kim Jong Un"}
    assert entity_of(seed_entities, NIKKEI, "Kim Jong Un") == kim
    assert entity_of(seed_entities, NIKKEI, "Kim Yo Jong") == {"Kim Yo Jong"}
    assert entity_of(seed_entities, SPUN, "Kim Jong Il") == {"Kim Jong Il"}
    square = seed_entities[seed_entities.text == "Kim Il Sung Sq."]
    assert list(square.label) == ["FAC"] and list(square.entity) == ["Kim Il Sung Sq."]


def test_mislabelled_mentions_take_the_entity_label(seed_entities):
    blinken = seed_entities[(seed_entities.doc_id == NIKKEI) & (seed_entities.text == "Blinken")]
    assert list(blinken.ner_label) == ["GPE"] and list(blinken.label) == ["PERSON"]


def test_aliases_merge_across_documents(seed_entities):
    assert entity_of(seed_entities, NIKKEI, "U.S.") == entity_of(seed_entities, SPUN, "US") == {"United States"}
    assert entity_of(seed_entities, SPUN, "USA") == {"United States"}
    assert entity_of(seed_entities, SPUN, "DPRK") == {"North Korea"}
    assert entity_of(seed_entities, SPUN, "UN") == entity_of(seed_entities, NIKKEI, "United Nations") \
        == {"United Nations"}
    # one canonical name across documents, whatever the document
    assert entity_of(seed_entities, SPUN, "Easley") == entity_of(seed_entities, NIKKEI, "Easley")


def test_offsets_index_the_original_text(seed_entities):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for row in seed_entities.itertuples():
        assert texts[row.doc_id][row.start_char:row.end_char] == row.text


def test_wrapper_yields_no_entities(seed_entities):
    text = (SEEDS / f"{NIKKEI}.txt").read_text(encoding="utf-8")
    footer = text.index("This archive was generated")
    nikkei = seed_entities[seed_entities.doc_id == NIKKEI]
    assert nikkei.end_char.max() < footer
    assert not set(nikkei.text) & {"Pipermail", "MHonArc"}


def test_no_leading_the_or_possessive(seed_entities):
    assert not seed_entities.text.str.match(r"(?i)the\s").any()
    assert not seed_entities.text.str.contains(r"['’]s$").any()


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def canon(nlp, *texts, aliases=None):
    rows = [{"doc_id": str(i), **r} for i, t in enumerate(texts) for r in doc_entities(nlp(t))]
    return canonicalise(pd.DataFrame(rows), aliases)


def test_relatives_are_not_merged(nlp):
    # the short form goes to the person the article names most ("Donald Trump" twice)
    ents = canon(nlp, "Donald Trump held a rally in Ohio. Melania Trump spoke first. Later Donald Trump spoke "
                      "for an hour, and Trump said the crowd was huge. Trump added that he would win.",
                 "Bill Clinton campaigned in Ohio. Hillary Clinton spoke in Iowa. Clinton said she would win. "
                 "Hillary Clinton added that Clinton voters were ready.")
    assert set(ents[ents.text == "Melania Trump"].entity) == {"Melania Trump"}
    assert set(ents[ents.text == "Trump"].entity) == {"Donald Trump"}
    assert set(ents[ents.text == "Bill Clinton"].entity) == {"Bill Clinton"}
    assert set(ents[ents.text == "Clinton"].entity) == {"Hillary Clinton"}


@pytest.mark.parametrize("text, short, kept_apart", [
    # PolNeAR train shapes: NER cut the first name it did not know off a name whose surname
    # another person of the article has; that other first name keeps the two apart
    ("Ghazala Khan stood beside her husband at the convention. In the interview, Khizr Khan, 66, said the campaign "
     "had ignored them. Trump complained Khizr Khan unfairly attacked him.", "Khan", True),
    ("Tracy Martin spoke at the rally. George Zimmerman used the firearm to kill 17-year-old Trayvon Martin in "
     "Florida.", "Martin", True),
    # not a middle name, a title, a misspelt first name or a headline's capitalised word
    ("Barack Obama spoke on Monday. The lawsuit was filed against the Department of Justice on behalf of B. Hussein "
     "Obama to render a verdict.", "Obama", False),
    ("FBI Director James Comey testified on Tuesday. Clinton said that Director Comey had said her answers were "
     "truthful.", "Comey", False),
    ("A company called Sansun USA, owned by Adbulhadi Yildirim, sold the guns. Abdulhadi Yildirim declined to "
     "comment.", "Yildirim", False),
    ("Marine Le Pen Backs Trump And Denounces Hillary Clinton\n\nPARIS - Marine Le Pen said Donald Trump would win. "
     "Trump thanked her.", "Trump", False),
    ("Media Growls In Response To Kaine's Claim Clinton ‘Talks To the Press Everywhere She Goes.’\n\nWhether they "
     "know it or not, Democratic presidential candidate Hillary Clinton is very accessible to the media, Democratic "
     "vice presidential candidate Tim Kaine insisted Thursday.", "Clinton", False),
    ("Antonin Scalia died in February. The deciding vote could well be cast by Justice Scalia's replacement.",
     "Scalia", False),
    # nor a word the article writes in lower case, nor a name that modifies a noun
    ("Donald Trump spoke in Chicago. Protesters called him a fascist, and one wore a shirt that read ''Fascist "
     "Trump,'' and a hat.", "Trump", False),
    ("Donald Trump won Indiana. Here are three reasons the Stop Trump movement failed.", "Trump", False),
])
def test_another_first_name_is_another_person(nlp, text, short, kept_apart):
    ents = canon(nlp, text)
    bare = ents[ents.text == short]
    assert len(bare) and (set(bare.entity) == {short}) == kept_apart


def test_the_younger_of_a_family_is_not_the_one_named(nlp):
    # Horne 2017 (AP): Carl Paladino's son speaks as "The younger Paladino"; in this article and
    # across the corpus (a second article on Carl Paladino) he stays apart
    ents = canon(nlp, "Carl Paladino said he intended his email to go to a couple of friends.\n\nPaladino’s comments "
                      "even drew a rebuke from his own son William, who runs the family’s development firm. The "
                      "younger Paladino called the statements “disrespectful and absolutely unnecessary.”",
                 "Carl Paladino is a member of the Buffalo school board. Paladino said he would not resign.")
    bare = ents[ents.text.str.startswith("Paladino")].sort_values(["doc_id", "start_char"])
    assert list(zip(bare.doc_id, bare.entity)) == [("0", "Carl Paladino"), ("0", "Paladino"), ("1", "Carl Paladino")]
    # and the corpus's surname merge leaves him apart whatever label NER gave him
    rows = pd.DataFrame(ents.drop(columns=["entity", "merged_by", "refers_to"]))
    rows.loc[rows.resolution.str.startswith("own name"), ["label", "ner_label"]] = "PERSON"
    again = canonicalise(rows, {})
    assert set(again[again.resolution.str.startswith("own name")].entity) == {"Paladino"}


def test_missed_and_headline_mentions_are_found(nlp):
    ents = canon(nlp, "Black Lawmakers Rip Donald Trump Over His Remarks\n\n"
                      "Donald Trump spoke on Monday. Lawmakers said the anti-Trump mood grew.")
    trump = ents[ents.entity == "Donald Trump"]
    assert list(trump.text) == ["Donald Trump", "Donald Trump", "Trump"]  # headline, body, "anti-Trump"
    assert list(trump.start_char) == [20, 51, 105]
    assert not ents.text.str.contains("Rip|His").any()


def test_an_acronyms_alias_is_for_a_form_in_capitals(nlp):
    # FakeNewsCorpus: the footers "About Us:" and "Contact Us:", tagged a place, had been the United
    # States through the alias "US"
    ents = canon(nlp, "About Us:\n\nReportsnReports.com provides market research.\n\nContact Us:\n\nHeadquarters",
                 "The US and the U.S.A. signed it. US officials said America would win.",
                 "Sanders called for the DNC chair to resign.\n\nThe DNC Has Been Rigged From The Start\n\nThe party "
                 "denied it.")
    assert "United States" not in set(ents[ents.text == "Us"].entity)
    assert set(ents[ents.text.isin(["US", "U.S.A.", "America"])].entity) == {"United States"}
    assert set(ents[ents.text.str.contains("DNC")].entity) == {"Democratic National Committee"}


def test_an_acronym_read_by_its_initials_alone_is_the_aliass_name(nlp):
    # Horne 2017 (satire): "EU" had been "Eastern Ukraine", named later in the article; a name
    # sharing words with the alias table's stays the article's ("DNC" during the convention)
    ents = canon(nlp, "At EU headquarters in Brussels, ministers are shouting loudly. Our fleet will strike Russian "
                      "missile batteries on the border with Eastern Ukraine.",
                 "Delegates arrived at the Democratic National Convention in Philadelphia on Monday. The DNC opened "
                 "with a prayer, and the DNC closed with a speech.")
    named = ents.groupby("text").entity.agg(set)
    assert named[["EU", "Eastern Ukraine", "DNC"]].tolist() == [
        {"European Union"}, {"Eastern Ukraine"}, {"Democratic National Convention"}]


def test_an_acronym_keeps_its_capitals_against_one_readers_spelling(nlp):
    # PolNeAR train: one reader's comment wrote "Isis"; the 128 "ISIS" of the corpus had become
    # "Isis". A dateline's capitals still give way to the name as written in the text.
    ents = canon(nlp, *[f"ISIS claimed the attack in city {n}. Officials said ISIS was behind it." for n in range(3)],
                 "The fight against Isis goes on, a reader wrote.",
                 "SEOUL (Reuters) - North Korea fired a missile. Officials in Seoul said it fell into the sea.")
    assert set(ents[ents.text.str.lower() == "isis"].entity) == {"ISIS"}
    assert set(ents[ents.text.str.lower() == "seoul"].entity) == {"Seoul"}


def test_user_alias_file(nlp, tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("alias,canonical\nPyongyang,North Korea\n", encoding="utf-8")
    ents = canon(nlp, "Pyongyang and Seoul talked.", aliases=read_aliases(path))
    assert set(ents[ents.text == "Pyongyang"].entity) == {"North Korea"}
    assert set(ents[ents.text == "Seoul"].entity) == {"Seoul"}
    (tmp_path / "bad.csv").write_text("from,to\na,b\n", encoding="utf-8")
    with pytest.raises(AliasError, match="needs columns alias,canonical"):
        read_aliases(tmp_path / "bad.csv")


def test_name_helpers():
    assert name_words("the Kim Jong-un's") == ("kim", "jong", "un")
    assert name_words("Donald J. Trump") == ("donald", "trump")
    assert acronym_of("KCNA", "Korean Central News Agency")
    assert acronym_of("DPRK", "Democratic People's Republic of Korea")
    assert not acronym_of("UN", "Kim Jong Un")


def test_names_broken_across_lines(nlp):
    # a line break inside a name is a whitespace token; the phrase patterns must survive it
    rows = doc_entities(nlp("Donald\n Trump spoke. Trump\n\nsaid more. Donald\n Trump left."))
    assert [(r["text"], r["local_name"]) for r in rows] == [("Donald\n Trump", "Donald Trump"),
                                                            ("Trump", "Donald Trump"),
                                                            ("Donald\n Trump", "Donald Trump")]


def test_a_headline_name_on_a_crlf_line_ends_at_the_name(tmp_path, cache_dir):
    """Names the article knows, found again on a title-case line of a Windows (CRLF) file, end at
    the name: the line's "\\r\\n" and a "?" are not part of it (Horne 2017's files)."""
    from analysis.run.annotate import annotate

    (tmp_path / "a.txt").write_bytes(
        b"But What Happened Hillary?\r\n\r\nHillary Clinton spoke in Ohio on Monday. Hillary said the race was "
        b"close.\r\n\r\nSecretary Of Labor\r\nThe Department of Labor said little.\r\n")
    entities = annotate(tmp_path, cache_dir=cache_dir).entities
    assert (entities.text == entities.text.str.strip(" \t\r\n?:,)")).all(), entities.text.tolist()


def test_a_name_is_not_joined_across_the_lines_of_a_caption_list(nlp):
    # Horne 2017 (Real 162): photo captions cut at a fixed width, one per line
    text = ("Obama and Jimmy Kimmel talk during the taping of \"Jimmy\t\r\nObama meets with retired NASA astronaut "
            "Scott Kelly\t\r\nThe Obamas wait to greet Italian Prime Minister Matteo\t\r\nObama and Italian Prime "
            "Minister Matteo Renzi leave\t\r\nObama shakes hands with Benjamin Banneker Academic\t\r\nObama speaks at "
            "the White House Frontiers Conference\t\r\n")
    ents = canon(nlp, text)
    assert not ents.text.str.contains("\n").any(), ents.text.tolist()
    assert "Matteo Obama" not in set(ents.entity)


def test_a_full_name_with_a_first_name_the_table_lacks_is_kept(nlp):
    # Wikinews 2020: "Kanye" is no first name gender-guesser knows; the name is not "West" (LOC)
    ents = canon(nlp, "That same day, rapper Kanye West made a surprise announcement on Twitter that he, himself, "
                      "was running for president. In an interview with Forbes, West outlined his campaign. West "
                      "backed away from his previous support for President Trump.")
    assert set(ents[ents.text == "Kanye West"].entity) == {"Kanye West"}
    assert set(ents[ents.entity == "Kanye West"].label) == {"PERSON"}


def test_a_bare_surname_is_not_given_to_the_son_whose_father_the_article_is_about(nlp):
    # An AP article saved as a web page (newspaper4k's test pages): NER calls the father's name a
    # work of art after a quote, and its bare "Mateen" went to the son, the one person named in full
    text = ("KABUL, Afghanistan (AP) -- The father of the Orlando nightclub gunman came to the U.S. from Afghanistan "
            "more than 30 years ago and has made a series of rambling political videos about his former homeland, "
            "even once describing himself as its \"revolutionary president.\" Seddique Mir Mateen maintained a high "
            "profile on social media in the U.S.\n\nMateen met with reporters Monday at his home in Port St. Lucie, "
            "Florida, and called the massacre by his son, Omar Mateen, \"the act of a terrorist.\" The elder Mateen "
            "also said that if he had known what the 29-year-old was planning, he would have arrested him himself."
            "\n\nIn a video dated May 23, 2015, Mateen declared himself a candidate for the Afghan presidency. "
            "\"Due to a lack of planning, and resultant economic crisis, I, Seddique Mateen, am declaring myself as a "
            "candidate for the presidency in order to rescue Afghanistan.\" A photo was posted of of a bright green "
            "T-shirt depicting him in a black jacket and red tie - the colors of the Afghan flag - and the words: "
            "\"Seddique Mateen: the real leader of the Afghan people.\"")
    ents = canon(nlp, text)
    assert "Omar Mateen" not in set(ents[ents.text == "Mateen"].entity)


def test_a_first_name_in_a_quoted_title_or_a_name_in_capitals_still_names_a_person(nlp):
    # A Washington Post report: NER tags "Carly Fiorina" an organisation; her super PAC "CARLY for
    # America" (tagged a place) and the documentary "Citizen Carly" had made "Carly" a word of other
    # names, so her name was cut and every bare "Fiorina" went to her husband, the one full name left.
    text = ("Fiorina pushed ahead - and paid a price.\n\nThe University of Pennsylvania campus auditorium was "
            "half-empty when GOP presidential candidate Carly Fiorina strode onstage, smiling and waving with the "
            "same corner-office charisma she had showcased in hundreds of speeches around the world.\n\nInstead, "
            "Fiorina opened by talking about her charitable work overseas. One night in the corporate jet, she vented "
            "to her husband, Frank Fiorina, that it would be \"incredibly ugly.\"\n\nThat same month, the super PAC "
            "supporting Fiorina's candidacy, CARLY for America, premiered an hour-long documentary, \"Citizen Carly,\" "
            "in which Fiorina sits, hands clasped in a paisley-print chair, to explain how well the merger worked.")
    ents = canon(nlp, text)
    assert set(ents[ents.text == "Fiorina"].entity) == {"Carly Fiorina"}


@pytest.mark.parametrize("text", [
    # the spokesman's "He" after a quotation that names her (a Washington Post report)
    "Hillary Clinton faces an inquiry into her email server. Clinton is the favorite to win the nomination. "
    "In a statement, Brian Fallon, a spokesman for the campaign, said: \"As we have said, Secretary Clinton has "
    "been cooperating with the inquiry.\" He also said the campaign is pleased. Kendall once represented "
    "President Bill Clinton.",
    # a "he" inside her quotation speaks of someone else (a Politico report)
    "Hillary Clinton and Bernie Sanders clashed at the debate. Bill Clinton campaigned in Ohio. Clinton argued "
    "again that \"if everyone had voted as he voted, we would not have rescued the auto industry.\"",
    # another subject between: NER calls "Rendell" a body (a Washington Post report)
    "Hillary Clinton leads Bernie Sanders. Bill Clinton campaigned in Ohio. Clinton won the superdelegates in "
    "2008, Rendell added. But he is still upset by the suggestion.",
])
def test_a_pronoun_after_someone_else_says_nothing_of_a_surname(nlp, text):
    ents = canon(nlp, text)
    assert set(ents[ents.text == "Clinton"].entity) == {"Hillary Clinton"}


@pytest.mark.parametrize("text, surname, meant", [
    # Wikinews: "he" is the lawyer arguing about Kamala Harris, not her father named once
    ("Kamala Harris accepted the vice presidential nomination. Her father, Donald J. Harris, is an economist, and her "
     "sister Maya Harris is a lawyer.\n\nFor Martin, it does not make much of a difference. While he believes Harris "
     "does not qualify as a natural born citizen, he says court decisions have left the clause unenforceable.",
     "Harris", "Kamala Harris"),
    # ... but the "she" after a clause about the name is the name's
    ("Bill Clinton campaigned in Ohio. Hillary Clinton spoke in Iowa.\n\nWhen Clinton arrived in Des Moines, she "
     "said the race was close.", "Clinton", "Hillary Clinton"),
])
def test_the_subject_of_a_verb_whose_complement_holds_the_name_is_someone_else(nlp, text, surname, meant):
    ents = canon(nlp, text)
    assert set(ents[ents.text == surname].entity) == {meant}


def test_a_first_name_after_an_article_is_no_family_name(nlp):
    # a saved web page (readability's test pages): "the Bill" is the law, not Bill Shorten
    ents = canon(nlp, "Opposition Leader Bill Shorten said in a letter that the concerns should be addressed in "
                      "this Bill. The Bill would require providers to store data. Amending the Bill could help.",
                 "Kim Jong Un met Putin. Kim said the talks went well.")
    assert "Bill Shorten" not in set(ents[ents.text == "Bill"].entity)
    assert set(ents[ents.text == "Kim"].entity) == {"Kim Jong Un"}


def test_a_double_first_name_is_one_name_a_bare_surname_joins(nlp):
    # Superdesk wire (Reuters): "Karl-Heinz" is two first names, not two names joined like
    # "Clinton-Sanders"; his bare surname, tagged a body by NER, is his
    text = ("Bayern Munich chairman Karl-Heinz Rummenigge called Mueller \"one of the all-time greats\" of the game."
            "\n\n\"After he ended his playing career, he brought his experience as a coach of youngsters to the club, "
            "helping define the likes of world champions Philipp Lahm, Bastian Schweinsteiger and Thomas Müller, and "
            "we are also grateful to him for this,\" Rummenigge said.")
    ents = canon(nlp, text)
    assert set(ents[ents.text == "Rummenigge"].entity) == {"Karl-Heinz Rummenigge"}


def test_the_first_of_a_double_first_name_is_no_family_name(nlp):
    # FakeNewsCorpus: "a migrant Abdul" is someone else than Abdul-Hakim Belhaj; a given name
    # joined to a second one is never written first as a family name ("Kim" for Kim Jong Un)
    ents = canon(nlp, "In October 2016, the Gothenburg District Court sentenced a migrant Abdul to 10 months of youth "
                      "care (only!) for raping of a 14-year-old girl, but the Supreme Court of Western Sweden "
                      "abrogated Abdul because he suffered from ADHD syndrome and didn’t understand “no”. In December "
                      "2013, the British High Court concluded that Abdul-Hakim Belhaj, the ex-leader of an Islamist "
                      "group that fought the Gaddafi regime, had a “well-founded claim” against the former head of "
                      "counter-terrorism at MI6, Mark Allen.")
    assert "Abdul-Hakim Belhaj" not in set(ents[ents.text == "Abdul"].entity)


@pytest.mark.parametrize("text, name", [
    # readability's test page (AP): NER stops before the hyphen of a two-syllable Korean given name
    ("Lee Jae-myung, leader of the liberal opposition Democratic Party and Yoon’s rival in the 2022 presidential "
     "election, described the president’s address as “very disappointing.”", "Lee Jae-myung"),
])
def test_a_romanised_korean_given_name_is_whole(nlp, text, name):
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize("text, word", [
    # guards: an English word glued on with a hyphen is not part of the name
    ("He ran a Donald Trump-style campaign in Ohio.", "Donald Trump-style"),
    ("The Moon-backed plan stalled in Seoul.", "Moon-backed"),
])
def test_a_word_glued_on_is_no_given_name(nlp, text, word):
    assert word not in {e.text for e in nlp(text).ents}


def test_a_windows_line_end_does_not_change_what_a_name_is(tmp_path, cache_dir):
    """dpa wire copy (Superdesk's fixtures) in a CRLF file: after "\\r\\n\\n" the tagger had read the
    UN official as a body, so her surname and "she" named no one."""
    from analysis.run.annotate import annotate

    (tmp_path / "a.txt").write_bytes(
        b"The pact has been opposed by the Swiss People's Party, the country's largest\r\npolitical movement, as "
        b"well as liberal and centre-right\r\nparliamentarians.\r\n\nMaria Fernanda Espinosa, the head of the United "
        b"Nation's 193-member\r\nGeneral Assembly, said she understands some countries are \"not ready\"\r\nto "
        b"commit to the compact.\r\n\n\"Every day we have proof that we need a shared framework on migration,\" "
        b"Espinosa told reporters in New\r\nYork.\r\n")
    ann = annotate(tmp_path, cache_dir=cache_dir)
    named = ann.entities[ann.entities.text.str.contains("Espinosa")]
    assert set(named.entity) == {"Maria Fernanda Espinosa"} and set(named.label) == {"PERSON"} and len(named) == 2
    said = ann.quotes[ann.quotes.text.str.contains("not ready|framework")]
    assert len(said) == 2 and set(said.speaker_entity) == {"Maria Fernanda Espinosa"}


def test_a_typographic_apostrophe_does_not_change_what_a_name_is(tmp_path, cache_dir):
    """Horne 2017 satire with curly apostrophes: the model had tagged "O’Leary" an adjective, so
    "Kevin" was a person of his own and the quote had no speaker, and "D’Souza" a body."""
    from analysis.run.annotate import annotate

    (tmp_path / "a.txt").write_text(
        "Kevin O’Leary arrived in Moscow this morning to meet Vladimir Putin.\n\n"
        "“Whatever you want, whatever you need,” said O’Leary as he kissed Putin’s feet.\n\n"
        "The conservative filmmaker Dinesh D’Souza said he would not vote for him.\n\n"
        "O’Leary didn’t visit Moscow in 2016.\n", encoding="utf-8")
    ann = annotate(tmp_path, cache_dir=cache_dir)
    people = ann.entities[ann.entities.label == "PERSON"]
    assert set(people.entity) == {"Kevin O'Leary", "Vladimir Putin", "Dinesh D'Souza"}
    assert set(people.text) >= {"Kevin O’Leary", "O’Leary", "Dinesh D’Souza"}  # as written
    assert list(ann.quotes.speaker_entity) == ["Kevin O'Leary", "Dinesh D'Souza"]
    assert ann.quotes.speaker.iloc[0] == "O’Leary"
    # the timeline shows the sentence as written too
    assert ann.timexes[ann.timexes.text == "2016"].sentence.tolist() == ["O’Leary didn’t visit Moscow in 2016."]


def test_a_no_break_space_is_a_space(tmp_path, cache_dir):
    """HuffPost copy (PolNeAR) ends a line on a no-break space; the tokenizer made it a word of its
    own, and the parse lost the statement after it."""
    from analysis.run.annotate import annotate

    (tmp_path / "a.txt").write_text(
        "Donald Trump said Barack Obama founded ISIS. But inevitably the bit turns to Trump.\xa0\n"
        "Trump did post on Twitter Friday that his claims were “sarcasm” but, boy, that sure took a long time.\n",
        encoding="utf-8")
    ann = annotate(tmp_path, cache_dir=cache_dir)
    post = ann.quotes[ann.quotes.text.str.contains("sarcasm")]
    assert list(post.speaker_entity) == ["Donald Trump"]


def test_headline_words_tagged_a_person_are_no_one(nlp):
    # FakeNewsCorpus (an Indian news site): "the Vice-President" had been "Attends Christmas Eve Celebration"
    headline = "Vice President Attends Christmas Eve Celebration, Says Preserve Our Culture"
    ents = canon(nlp, headline + "\n\nThe Vice-President of India, Mr. M. Venkaiah Naidu, attended a Christmas "
                                 "celebration event on Dec 12.")
    assert not ents[ents.label == "PERSON"].text.str.contains("Attends").any()
    # a name that opens with a first name stays, though the article uses its words in lower case
    ents = canon(nlp, "Greta Thunberg Scolds Leaders At Summit\n\nThe activist scolds world leaders every year.")
    assert ents[ents.label == "PERSON"].text.str.startswith("Greta Thunberg").any()


def test_a_wife_tagged_a_body_is_not_her_husband(nlp):
    # Wikinews 2019: NER tags "Maya Rockeymoore Cummings" a body, which ends in her husband's
    # surname; she had been cut to "Cummings" and counted as Elijah Cummings. A quoted headline
    # with a first name opening it stays what NER made it.
    text = (
        "Early yesterday morning, United States Representative Elijah Cummings died while in hospice care. "
        "Cummings, the Democratic chairman of the House Oversight and Reform Committee, was 68.\n\n\nElijah "
        "Eugene Cummings, first elected to Congress in 1996, was born in Baltimore, Maryland, in 1951. His "
        "parents, Robert Cummings Sr. and Ruth Elma Cummings, were sharecroppers. In grade school, Cummings "
        "expressed intent to become a lawyer. After receiving a bachelor's degree in political science from "
        "Howard University, he attended law school at the University of Maryland. Cummings passed the state "
        "bar exam in 1976, and went on to start his own law practice.\n\n\nIn 1982 Cummings successfully ran to "
        "be a state delegate, joining the Maryland General Assembly in 1983. He remained there for fourteen "
        "years, eventually serving as the speaker pro tem of the chamber. Cummings was the first African "
        "American to hold that office.\n\n\nWhen Representative Kweisi Mfume of Maryland's seventh "
        "Congressional District announced his resignation in 1995, Cummings joined the race to replace him, "
        "winning the election. He went on to serve in the House of Representatives for twenty three years. "
        "He was among the Representatives who voted against the Iraq War in 2002, and in 2003 and 2004 "
        "served as the chair of the Congressional Black Caucus. He was also a member of the United States "
        "House Select Committee on Benghazi.\n\n\nFollowing Democratic victories in the 2018 midterm elections, "
        "Cummings became the chair of the House Oversight and Reform Committee. In that role, Cummings "
        "oversaw the committee's impeachment inquiry into President Trump, alongside the House Foreign "
        "Affairs and Intelligence committees.\n\n\nThe Baltimore Sun reported Cummings had been sick and was "
        "missing from Capitol Hill; his last roll call vote was on September 11. At 2:45 a.m. local time "
        "(0645 UTC), his office said, he died at Gilchrist Hospice Care. In a statement, Maya Rockeymoore "
        "Cummings, his wife and the current chairwoman of the Maryland Democratic Party, said Cummings "
        "\"worked until his last breath\".")
    ents = canon(nlp, text, "The pope served up red meat for headline writers (''Francesco Excommunicates Trump,'' "
                            "declared La Stampa), but Donald Trump shrugged it off.")
    assert ents[ents.text == "Maya Rockeymoore Cummings"].entity.tolist() == ["Maya Rockeymoore Cummings"]
    assert set(ents[ents.text == "Cummings"].entity) == {"Elijah Eugene Cummings"}
    assert "Francesco Excommunicates Trump" not in set(ents.entity)


def test_a_title_alone_after_the_is_no_name(nlp):
    # Horne 2017 (satire): NER tags "the Premier" a body, which had been counted as one named "Premier"
    ents = canon(nlp, "The test was designed to understand the Wynne government’s fiscal record. Luckily, the "
                      "Premier said, they “did not.”")
    assert ents.text.tolist() == ["Wynne"]
    # a title opening a name stays part of it
    ents = canon(nlp, "Premier Kathleen Wynne said the test was fair.")
    assert ents.entity.tolist() == ["Kathleen Wynne"]


def test_a_section_label_is_no_name(nlp):
    # FakeNewsCorpus: "Sec. 107" and "SEC. 2." in legal texts had been counted as the Securities and
    # Exchange Commission
    ents = canon(nlp, "It is used under the “fair use doctrine” in Sec. 107 of U.S. Code Title 17. The bill "
                      "reads: “SEC. 2. AUTHORIZATION OF THE OFFICE.”")
    assert not {"Sec", "SEC"} & set(ents.text)
    # the commission itself, also before a sentence's full stop, is still named
    ents = canon(nlp, "Garza lied, according to the SEC. The SEC fined him.")
    assert ents.text.tolist().count("SEC") == 2


def test_an_acronym_stands_alone_only_written_as_one(nlp):
    # PolNeAR train: "By Us for Us" had been the United States and "Chalmette, La." Los Angeles
    # through acronyms other articles introduced; a long one written as a word still is one
    ents = canon(nlp, "The United States (US) sent help to Los Angeles (LA) on Monday. The Federal Emergency "
                      "Management Agency (FEMA) said it would stay.",
                 "In June, the group collaborated with By Us for Us, a project advocating solidarity.",
                 "Edward Nelson, an instrument technician in Chalmette, La., wrote on the page.",
                 "Fema will stay, officials in LA said.")
    merged = ents[(ents.merged_by == "acronym") & (ents.doc_id != "0")]
    assert set(zip(merged.text, merged.entity)) == {("LA", "Los Angeles"),
                                                   ("Fema", "Federal Emergency Management Agency")}


def test_a_persons_name_before_a_comma_is_not_part_of_a_body(nlp):
    # Wikinews 2020: a pull quote's sign-off, tagged one work of art; she was the speaker, and
    # the railway her entity. A firm whose name opens with a one-word name stays whole.
    text = ("Aparna Garg leads the division. \"More women are getting into technical fields.\" — Aparna Garg, Mysore "
            "Divisional Railway Manager.\n\nMorgan told reporters he was fine. The firm Morgan, Lewis & Bockius "
            "declined to comment.")
    names = [e.text for e in nlp(text).ents]
    assert names.count("Aparna Garg") == 2 and "Mysore Divisional Railway" in names
    assert "Morgan, Lewis & Bockius" in names


def test_a_states_short_form_spells_only_that_state(nlp):
    # Horne 2017: "NY Attorney General" beside "the New Year" is not the New Year; "NY" beside New
    # York still is New York
    rows = doc_entities(nlp("NY Attorney General Eric Schneiderman sued the foundation. Clinton wished her "
                            "supporters health and happiness for the New Year and the work ahead."))
    assert not any(r["text"] == "NY" and r["local_name"] == "New Year" for r in rows)
    rows = doc_entities(nlp("New York officials met on Monday. NY Attorney General Eric Schneiderman sued the "
                            "foundation."))
    assert [r["local_name"] for r in rows if r["text"] == "NY"] == ["New York"]
    # a saved Grayzone page: Washington, not the court the article names
    rows = doc_entities(nlp("A judge of the District Court in Alexandria heard the case. When in DC, Morales sent "
                            "emails from a hotel four blocks from the White House."))
    assert not any(r["text"] == "DC" and r["local_name"] == "District Court" for r in rows)


def test_a_title_and_a_name_inside_a_body_are_a_person(nlp):
    # a saved Record (Middletown, NY) page: the whole span was one body, and "“...,” Day said" was
    # "Day", the day; Wikinews 2020: "the Presidential Spokesperson Harry Roque", a body too
    ents = canon(nlp, "Rockland County Executive Ed Day said he will declare a state of emergency on Monday. "
                      "“We are ready,” Day said. Officials in Rockland County agreed.",
                 "The President accepted, according to a statement by the Presidential Spokesperson Harry Roque.")
    people = set(zip(ents.text, ents.entity, ents.label))
    assert {("Ed Day", "Ed Day", "PERSON"), ("Day", "Ed Day", "PERSON"), ("Harry Roque", "Harry Roque", "PERSON")} \
        <= people
    # what stands before the title keeps the label NER gives it alone
    assert set(ents.label[ents.text == "Rockland County"]) == {"GPE"}


@pytest.mark.parametrize("name", ["President Lincoln Memorial", "Chief Justice Roberts", "Mayor Ed Day Foundation",
                                  "Executive Office Building", "King James Bible", "Mother Emanuel Church"])
def test_a_body_named_after_a_title_or_a_person_stays_whole(name):
    # PolNeAR train: the King James Bible and Charleston's Mother Emanuel Church are named after
    # a person with a title, not an office holder
    doc = spacy.blank("en")(name)
    assert _titled_person(Span(doc, 0, len(doc), label="ORG")) is None


def test_letters_after_a_name_are_not_the_name(nlp):
    # Wikinews 2019: "QC" had been a person of its own, and the speaker of a prosecutor's words;
    # a judge's "Hall" before it is no hall
    text = ("Judge Durham Hall QC said they \"appear not to have shown any respect for the minimum standards of "
            "decent behaviour.\" Prosecutor Kama Melly QC said the victims were \"ripe and vulnerable to "
            "manipulation\".")
    ents = canon(nlp, text)
    assert set(zip(ents.text, ents.label)) == {("Durham Hall", "PERSON"), ("Kama Melly", "PERSON")}


def test_a_rare_word_a_name_is_a_compound_of_ends_the_name(nlp):
    # a saved NBC News page (readability's test pages): "Yoon Suk" without "Yeol", and "Yoon",
    # his surname, another person
    ents = canon(nlp, "SEOUL, South Korea — A plan to impeach South Korean President Yoon Suk Yeol over his "
                      "short-lived declaration of martial law has failed after members of his governing party left "
                      "parliament on Saturday. Yoon said he was sorry.")
    assert set(ents.entity[ents.label == "PERSON"]) == {"Yoon Suk Yeol"}


# (PolNeAR train: a headline's "Clinton Pollster" is no name)
# (Wikinews 2019: "Wanda Vázquez Garced", whom the text then calls "Vázquez", had lost her surname's mentions)
@pytest.mark.parametrize("words, alone, end", [
    (["Yoon", "Suk", "Yeol"], {"Yoon"}, 3), (["Barack", "Obama", "Administration"], set(), 2),
    (["Hillary", "Clinton", "Pollster"], set(), 2), (["Wanda", "Vázquez", "Garced"], {"Vázquez"}, 2)])
def test_only_a_rare_word_after_a_name_is_taken_into_it(words, alone, end):
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2], deps=["compound", "compound", "ROOT"],
              ents=["B-PERSON", "I-PERSON", "O"])
    assert _extend(doc, 0, 2, "PERSON", frozenset(alone)) == (0, end)


def test_a_first_name_and_surname_joined_to_a_persons_name_are_a_person(nlp):
    # Wikinews 2019: "Antoine Quirin" was a body, his "Quirin" a place, and "he claimed" after
    # "Quirin denied ..." the other officer's
    text = ("Emily Spanton met officers Antoine Quirin and Nicolas Redouane, 40 and 49, at an Irish pub. "
            "She said she was gang raped by Quirin, Redouane, and a third officer.")
    ents = canon(nlp, text)
    assert set(ents.entity[ents.text == "Quirin"]) == {"Antoine Quirin"}
    assert set(ents.label[ents.entity == "Antoine Quirin"]) == {"PERSON"}


@pytest.mark.parametrize("words, often, person", [
    (["Morgan", "Stanley", "and"], frozenset(), True), (["Morgan", "Stanley", "or"], frozenset(), True),
    # a bank the text names more than once is no person
    (["Morgan", "Stanley", "and"], frozenset({"Morgan Stanley"}), False),
    # nor one after a determiner, nor one joined across a semicolon (PolNeAR train: "of The
    # Washington Post and Neela Banerjee", "holdings include Warner Music; Ronnie Cameron")
    (["The", "Washington", "and"], frozenset(), False), (["Morgan", "Stanley", ";"], frozenset(), False)])
def test_a_body_beside_a_person_stays_a_body(words, often, person):
    doc = Doc(spacy.blank("en").vocab, words=[*words, "Jamie", "Dimon"],
              heads=[1, 1, 1, 4, 1], deps=["compound", "ROOT", "cc", "compound", "conj"],
              ents=["B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON"])
    assert _joined_to_a_person(doc.ents[0], often) is person


@pytest.mark.parametrize("first, tag, cut", [
    ("Follow", "VB", True), ("Certainly", "RB", True),
    # a word of the name, tagged a proper noun ("Little Richard"), or a first name ("Will Paul ...")
    ("Little", "NNP", False), ("Will", "VB", False)])
def test_a_verb_opening_a_persons_span_is_no_part_of_the_name(first, tag, cut):
    doc = Doc(spacy.blank("en").vocab, words=[first, "Jeff", "Poor", "on", "Twitter"],
              tags=[tag, "NNP", "NNP", "IN", "NNP"], sent_starts=[True, False, False, False, False],
              ents=["B-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    assert _opening_verb_before_name(doc.ents[0]) is cut


def test_a_sentence_opening_verb_is_cut_from_a_persons_name(nlp):
    # PolNeAR train's sign-offs "Follow Jeff Poor on Twitter", and Wikinews 2019's "Lead Paul Sun-Hyung Lee
    # talked about ..." read alone (in its article the tagger calls "Lead" a proper noun, and it stays)
    doc = nlp("Lead Paul Sun-Hyung Lee talked about how the series has been underestimated. Follow Jeff Poor on "
              "Twitter.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Paul Sun-Hyung Lee", "Jeff Poor"]
