"""Quotes and speakers: the shapes news quotes take, on real sentences from the seeds and PolNeAR."""

import pandas as pd
import pytest
import spacy
from spacy.tokens import Doc

from analysis.extract.entities import doc_entities
from analysis.extract.quote_marks import find_quotes
from analysis.extract.quotes import doc_quotes
from analysis.extract.speakers import _inverted_subject, _person_right_before, _role
from analysis.ingest.corpus import load_corpus
from analysis.nlp.model import load_model
from analysis.run.annotate import annotate

from .paths import NIKKEI, SEEDS, SPUN


@pytest.fixture(scope="module")
def nlp():
    return load_model()


@pytest.fixture(scope="module")
def seed_quotes(seeds_annotations) -> pd.DataFrame:
    return seeds_annotations.quotes


def covering(quotes: pd.DataFrame, doc_id: str, snippet: str, text: str) -> pd.DataFrame:
    """The quote rows whose span covers ``snippet`` in the document's text."""
    start = text.index(snippet)
    q = quotes[quotes.doc_id == doc_id]
    return q[(q.start_char <= start) & (q.end_char >= start + len(snippet))]


def _quotes_of(folder, cache_dir, text: str) -> pd.DataFrame:
    """The quotes table of a one-document corpus holding ``text``."""
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return annotate(folder, cache_dir=cache_dir).quotes


@pytest.fixture(scope="module")
def texts():
    return {d.doc_id: d.text for d in load_corpus(SEEDS)}


@pytest.mark.parametrize("doc_id, snippet, kind, speaker", [
    # direct, attribution after the quote; the nested single quotes belong to it
    (NIKKEI, "'Multipolar world' is code", "direct", "Leif-Eric Easley"),
    # a partial quote inside reported speech is the reporter's subject's, not the next source's,
    # and part of that one statement (kind direct: it holds quoted words)
    (NIKKEI, "to the level of an alliance", "direct", "Kim Jong Un"),
    (NIKKEI, "the two sides had signed", "direct", "Kim Jong Un"),
    # a split quote: the second half has no cue of its own
    (NIKKEI, "That won't be easy", "direct", "Chun In-bum"),
    # a description resolved to the organisation just named
    (NIKKEI, "Passing through charmingly lit streets", "direct", "Korean Central News Agency"),
    # trailing ", KCNA said." after reported speech
    (NIKKEI, "the two traveled together to a state guest house", "indirect", "Korean Central News Agency"),
    (NIKKEI, "in desperation, to develop", "direct", "Antony Blinken"),  # not "Putin's visit shows"
    # the spun copy: "advised" (told), "mentioned" (said), "famous" (noted) with "He"
    (SPUN, "images from the go to appeared", "direct", "Robert Dover"),
    (SPUN, "breakthrough doc", "direct", "Vladimir Putin"),
    (SPUN, "financial and safety ties fell aside", "indirect", "Ramon Pacheco Pardo"),
    # a whole paragraph in quotation marks continuing the quote before it
    (SPUN, "The embrace of the North Korean dictator", "direct", "Eugene Rumer"),
    (SPUN, "China needs to maintain its choices open", "direct", "Yun Solar"),
])
def test_seed_quote_shapes(seed_quotes, texts, doc_id, snippet, kind, speaker):
    rows = covering(seed_quotes, doc_id, snippet, texts[doc_id])
    rows = rows[rows.kind == kind]
    assert len(rows), f"no {kind} quote covers {snippet!r}"
    assert speaker in set(rows.speaker_entity), rows[["speaker", "speaker_entity", "cue"]].to_dict("records")


def test_split_quote_gives_two_rows_one_speaker(seed_quotes, texts):
    text = texts[NIKKEI]
    first = covering(seed_quotes, NIKKEI, "They are attempting to establish", text)
    second = covering(seed_quotes, NIKKEI, "That won't be easy", text)
    assert len(first) == len(second) == 1
    assert first.index[0] != second.index[0]
    assert first.speaker_entity.iloc[0] == second.speaker_entity.iloc[0] == "Chun In-bum"


def test_headings_and_scare_quotes_get_no_speaker(seed_quotes, texts):
    # "'Axis of impunity'" is a section heading; "strategic partnership" in the title is a title
    assert covering(seed_quotes, SPUN, "Axis of impunity", texts[SPUN]).empty
    headline = texts[NIKKEI].index("North Korea and Russia sign 'strategic partnership' during summit\n")
    assert seed_quotes[(seed_quotes.doc_id == NIKKEI) & (seed_quotes.start_char <= headline)
                       & (seed_quotes.end_char > headline)].empty


def test_generic_sources_are_flagged(seed_quotes, texts):
    rows = covering(seed_quotes, NIKKEI, "Moscow is providing technical assistance", texts[NIKKEI])
    assert list(rows.speaker_entity) == ["analysts"] and rows.generic.all()
    named = seed_quotes[seed_quotes.speaker_entity == "Leif-Eric Easley"]
    assert len(named) and not named.generic.any()


def test_offsets_index_the_original_text(seed_quotes, texts):
    for q in seed_quotes.itertuples():
        assert texts[q.doc_id][q.start_char:q.end_char] == q.text
        if q.speaker_start_char >= 0:
            assert texts[q.doc_id][q.speaker_start_char:q.speaker_end_char] == q.speaker
    assert seed_quotes.sentiment.between(-1, 1).all()
    assert seed_quotes.groupby("doc_id").quote_id.apply(lambda s: s.is_unique).all()


# Real sentences from PolNeAR train (US political news, 2016).
def test_nyt_style_two_apostrophe_quotes(nlp):
    text = ("He talks about how his forces must be ready ''to fight tonight.'' One of his recent reads, "
            "''This Kind of War,'' by T.R. Fehrenbach, about the Korean War, drove that point home.\n\n"
            "''He says the United States was not ready,'' Admiral Harris said. ''It is really a powerful book.''")
    rows = doc_quotes(nlp(text))
    said = [r for r in rows if r["kind"] == "direct" and r["speaker"] == "Harris"]
    assert [r["text"] for r in said] == ["''He says the United States was not ready,''",
                                         "''It is really a powerful book.''"]
    assert not any("This Kind of War" in r["text"] for r in rows)  # a book title is no statement


def test_told_that_with_partial_quote(nlp):
    text = ("Republican pollster Daron Shaw told Fox that he credits the change to a large defection among "
            "“blue-collar, white Democrats” from the Clinton camp.")
    rows = doc_quotes(nlp(text))
    # one statement, holding the partial quote, not the quote counted again on its own
    assert [(r["speaker"], r["cue"], r["kind"], r["quote_inside"]) for r in rows] == [
        ("Daron Shaw", "tell", "direct", True)]
    assert rows[0]["text"].startswith("that he credits the change") and "“blue-collar" in rows[0]["text"]


def test_a_statement_opening_with_a_quote_is_counted_once(nlp):
    # Horne 2017: the parse began the reported statement at "We", inside the opening mark
    text = ("Clinton added, \"We were seven (percentage) points up\" in the polls and slated to win before "
            "Comey's announcement.")
    rows = doc_quotes(nlp(text))
    assert [(r["speaker"], r["kind"], r["quote_inside"], r["text"]) for r in rows] == [
        ("Clinton", "direct", True, text[15:-1])]


def test_a_statement_running_over_its_own_speaker_leaves_the_quote_alone(nlp):
    # PolNeAR train (Washington Post): not '“Too much hate,” she said, blaming ...' as one statement
    rows = doc_quotes(nlp("“Too much hate,” she said, blaming some of it on presidential candidate Donald Trump."))
    assert [(r["text"], r["speaker"]) for r in rows if r["cue_type"] == "speech"][0] == ("“Too much hate,”", "she")
    assert not any("she said" in r["text"] for r in rows)
    # Wikinews 2020: nor one whose comma follows the closing mark
    rows = doc_quotes(nlp("On Saturday, Caloundra defeated Maroochydore in round 3 of the season.\n\n\n\"I am [pretty "
                          "happy with that]\", Caloundra coach Geoff Ingram said.  \"We made a lot of ground.\""))
    assert [r["text"] for r in rows] == ['"I am [pretty happy with that]"', '"We made a lot of ground."']
    # USA Today: a quote ending in a comma goes on with its attribution, not with more statement
    rows = doc_quotes(nlp("Trump said: \"There will always be exceptions,\" the Times reported."))
    assert [r["text"] for r in rows if r["speaker"] == "Trump"] == ['"There will always be exceptions,"']


@pytest.mark.parametrize("text, speaker, cue", [
    # Horne 2017: the parse read "Tweeted Trump" as one noun, and the quote went to the last speaker
    ("Clinton also said that Trump called him after the election.\n\nTweeted Trump: \"Bill Clinton stated that I "
     "called him after the election. Wrong, he called me.\"", "Trump", "tweet"),
    # Wikinews 2019 (the quote had no speaker) and Breitbart (read as a "Name:" label, the cue cut from it)
    ("Scientists cautioned against optimism.\n\nRemarked Center for Biological Diversity scientist Tierra Curry, "
     "\"This reprieve from bad news on monarchs is a thank-you from the butterflies.\"", "Tierra Curry", "remark"),
    ("Stone spoke to the crowd. Continued Stone: “Nobody is going to stop us from winning this.”", "Stone",
     "continue"),
    # not a speaker with an apposition (the quote stays the description's), nor "according to", nor a verb
    # asking for words
    ("The council met on Monday. Said the mayor, a Democrat, \"We will not raise taxes this year.\"", "the mayor",
     "say"),
    ("According to Putin, “Turkey used to violate Syrian airspace all the time.”", "Putin", "according to"),
    ("He turned to the senators. Tell Congress, \"what did you see there?\"", "", ""),
])
def test_a_sentence_opening_on_its_verb_of_saying(nlp, text, speaker, cue):
    rows = [r for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert [(r["speaker"], r["cue"]) for r in rows][-1:] == ([(speaker, cue)] if cue else [])


def test_a_participle_telling_its_hearer_right_before_the_quote_is_its_cue(nlp):
    # Horne 2017: the wire's "Reuters reports" after the quote had outranked Barrow's own words
    rows = doc_quotes(nlp("President-elect Barrow responded, telling reporters, \"The outgoing president has no "
                          "constitutional authority to reject the result of the election,\" Reuters reports."))
    assert [(r["speaker"], r["cue"]) for r in rows if r["kind"] == "direct"] == [("Barrow", "tell")]
    # a participle with no hearer leaves the quote to the verb it hangs on (PolNeAR train: a tweet)
    rows = doc_quotes(nlp("Clinton tweeted congratulations to Sanders, adding \"to all the voters and volunteers who "
                          "poured your hearts into this campaign: Forward!\""))
    assert [(r["speaker"], r["cue"]) for r in rows if r["kind"] == "direct"] == [("Clinton", "tweet")]


def test_according_to(nlp):
    rows = doc_quotes(nlp("Clinton beats Trump by 46 percent to 42 percent, according to the poll. "
                          "Twelve percent are undecided."))
    assert [(r["text"], r["speaker"], r["cue"]) for r in rows] == [
        ("Clinton beats Trump by 46 percent to 42 percent", "the poll", "according to")]


def test_parenthetical_attribution(nlp):
    rows = doc_quotes(nlp("Acts of protest, Mr. Obama said, are acts of patriotism."))
    assert len(rows) == 1 and rows[0]["speaker"] == "Obama" and rows[0]["text"].startswith("Acts of protest")


def test_an_as_clause_set_into_a_clause_reports_the_whole_clause(nlp):
    # Wikinews 2019: the parse hung the clause's own complement on "noted"; the content was "that is"
    rows = doc_quotes(nlp("The district council is the only level of Hong Kong government that is, as news sources "
                          "noted, completely democratic, and the councilors make up a tenth of the body. "
                          "Prices are high this year, as Smith noted, citing the drought in the west."))
    assert [(r["speaker"], r["text"]) for r in rows] == [
        ("news sources", "that is, as news sources noted, completely democratic"),
        # the cue's own clause after its comma stays its own
        ("Smith", "Prices are high this year"), ("Smith", "the drought in the west")]


def test_quote_introduced_by_a_colon_in_the_paragraph_before(nlp):
    text = "Trump said:\n\n“Who would have believed that when we started this journey we would be here?”"
    [row] = doc_quotes(nlp(text))
    assert row["kind"] == "direct" and row["speaker"] == "Trump"


def test_quote_opened_in_one_paragraph_and_closed_in_the_next():
    text = "“The first paragraph goes on\n\n“and the second one ends it,” she said.\n\nAfter."
    quotes = find_quotes(text)
    assert [(text[q.start:q.end], q.closed, q.continues) for q in quotes] == [
        ("“The first paragraph goes on", False, True), ("“and the second one ends it,”", True, False)]


def test_unbalanced_marks_never_swallow_the_article(nlp):
    # An opening mark never closed: the quote ends with its paragraph; later quotes are still found.
    text = ("Supporters chanted “lock her up as the candidate spoke for an hour about trade, jobs and the "
            "border.\n\n“We will win,” Trump said.\n\n“And we will win again,” Pence said.")
    quotes = find_quotes(text)
    assert text[quotes[0].start:quotes[0].end].endswith("border.") and not quotes[0].closed
    rows = doc_quotes(nlp(text))
    assert [(r["text"], r["speaker"]) for r in rows if r["kind"] == "direct"][-2:] == [
        ("“We will win,”", "Trump"), ("“And we will win again,”", "Pence")]
    # a stray closing mark alone opens nothing
    assert find_quotes("He left.” Then nothing else happened here.") == []


def test_a_corpus_with_odd_quote_marks_is_annotated(tmp_path, cache_dir):
    (tmp_path / "odd.txt").write_text("Headline\n\nShe said “this never closes.\n\nNext “paragraph” here. "
                                      "“A real quote with enough words,” Smith said.\n", encoding="utf-8")
    ann = annotate(tmp_path, cache_dir=cache_dir)
    assert list(ann.documents.status) == ["ok"]
    assert "Smith" in set(ann.quotes.speaker)


def test_relative_pronoun_speaker_stands_for_its_antecedent(seed_quotes, texts):
    rows = covering(seed_quotes, SPUN, "impartial within the Ukraine struggle", texts[SPUN])
    assert [(r.speaker, r.speaker_entity) for r in rows.itertuples()] == [("which", "China")]


def test_inverted_attribution_the_parser_misreads(nlp):
    text = ("“Republicans are so frustrated right before the presidential conventions,\" said Oversight ranking "
            "Democrat Elijah Cummings (D-Md.). \"They are spending their final days here in Washington.\"")
    rows = doc_quotes(nlp(text))
    # (the party before the name NER missed is no part of the speaker's name)
    assert [r["speaker"] for r in rows if r["kind"] == "direct"] == ["Elijah Cummings"] * 2


def test_pronouns_take_a_person_of_their_gender(nlp):
    text = ("Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa. "
            "Donald Trump said the officer may have choked.\n\n“This is just unbearable,” she said.")
    [row] = [r for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    ents = {e.start_char: e.text for e in nlp(text).ents}
    assert row["speaker"] == "she" and ents[row["speaker_ref"]] == "Hillary Clinton"


# Real passages (PolNeAR train, wild corpora): whom a "he"/"she" source stands for, or no one.
@pytest.mark.parametrize("text, pronoun, meant", [
    # the subject of the clause the pronoun's clause belongs to, not the speaker just before
    ("Mr. Ryan is creating a personality and policy alternative to run alongside the presidential effort. ''He is "
     "running a parallel policy campaign,'' said Senator Tim Scott, Republican of South Carolina.\n\nMr. Ryan is "
     "shaping an agenda that he plans to roll out right before the convention.", "he plans", "Ryan"),
    ("Sims say he was “kind of riding the fence” until Haley said she was backing the Florida senator.\n\nRubio is "
     "trying to rebound after a disappointing fifth-place finish in New Hampshire — and he’s hoping the popular "
     "governor’s endorsement will be a big boost.", "he’s hoping", "Rubio"),
    # that subject is a description: no one, not the woman named two paragraphs up
    ("Hillary Clinton said on Friday that she would campaign in the state.\n\nRubio is looking for a strong "
     "performance in South Carolina after a disappointing fifth-place finish in New Hampshire.\n\n4:15 p.m.\n\n"
     "John Kasich is assuring voters he’s tough enough to be president after a woman in Worcester, Massachusetts, "
     "told him she worries he’s “too nice” to fend off his GOP rivals.", "she worries", None),
    # the last main subject (Rubio) and a subject in the pronoun's own sentence (Trump) disagree
    ("In perhaps the most ominous sign of where things were headed, Florida Sen. Marco Rubio (R), a co-sponsor of "
     "the bill in that chamber, reversed himself and opposed it as he positioned himself for his presidential run.\n"
     "The rejection of the party’s received wisdom was complete when Trump in his announcement speech called "
     "undocumented immigrants from Mexico “rapists” (although he allowed that some might be good people) and "
     "promised to build a wall along the southern border.", "he allowed", None),
    # a paragraph that only goes on quoting does not count: its speaker is still the topic
    ("\"This is a cruel and heartless decision by a cruel and heartless president,\" Perez said. \"By targeting those "
     "who were driven from their homes by environmental catastrophe and violence in El Salvador, Donald Trump is "
     "tearing more working families apart.\n\n\"America is great when we respond to humanitarian crises by helping "
     "those in need, not banishing them from our borders.\"\n\nHe reiterated his comments on Twitter.",
     "He reiterated", "Perez"),
    # a surname the NER did not tag is still the person named in full before
    ("Rob Calabrese, a radio DJ, launched the website as a joke.\n\nCalabrese told the National Post he’s already "
     "received hundreds of emails from Americans interested in moving to the island.\n\n“I’m in disbelief,” he "
     "said.", "he said", "Rob Calabrese"),
    # "Morales", which the tagger reads as a plural noun, is still David Morales (The Grayzone, a saved page)
    ("As the co-founder of a small security consulting firm called UC Global, David Morales spent years slogging "
     "through the minor leagues of the private mercenary world.\n\nIn its coverage of the alleged relationship "
     "between the CIA, UC Global, and Adelson's Sands, the New York Times claimed it was \"unclear whether it was the "
     "Americans who were behind bugging the embassy.\" Though he outlined work for an \"American client\" in company "
     "emails, Morales insisted before a Spanish judge that the spying he conducted in the embassy was performed "
     "entirely on behalf of Ecuador's SENAIN security services. He has even claimed to CNN Español that he was "
     "merely seeking to motivate his employees.", "He has even claimed", "Morales"),
    # a surname NER tagged a body is the person named in full before (PolNeAR train, Washington Post)
    ("CHARLESTON, S.C. - Democratic front-runner Hillary Clinton aggressively prosecuted Sen. Bernie Sanders on "
     "issues from gun control to health care at a presidential debate Sunday.\n\nThe debate revealed a stark "
     "contrast between a status quo vision of pragmatism and the lofty aspirations of the most leftward wing of the "
     "party.\n\nWhile Clinton pledged to work with both parties in Washington, Sanders insisted that progressive "
     "change will come only with a dramatic shake-up in the political system. \"Nothing real will happen unless we "
     "have a political revolution,\" he said.", "he said", "Bernie Sanders"),
    # "Juli" is a woman in American usage (gender-guesser's worldwide guess says a man)
    ("The woman made infamous for flipping off president Donald Trump’s motorcade says she was fired from her job. "
     "Juli Briskman said the marketing company bosses called her in and gave her the boot.\n\nBriskman was cycling "
     "in Virginia last month when she offered the gesture. “He was passing by and my blood just started to boil,” "
     "she told the Huffington Post.", "she told", "Briskman"),
    # a one-word "person" that is no subject, with nothing making it a man's or a woman's name, is
    # no "she" (FakeNewsCorpus: the tagger made "Bread" a person); a subject named by surname
    # alone is a "he" (PolNeAR train, Breitbart)
    ("In ancient Rome, the poet Juvenal describing the political power scene of the day said, “Panem et "
     "Circenses”, Bread and Circuses”. Meaning, if you keep the masses fed and entertained, they are less likely "
     "to kill or even notice their invisible handlers.\n\nSo it all boils down to the elite and the demonic force "
     "that is behind them.\n\nShe spoke of the Madonnas who groom the younger women to eventually take their "
     "place. She said that all these women are mind controlled and abused.", "She said", None),
    ("Obama also addressed Trump’s general concerns last Thursday, stating state and local authorities – and not "
     "the federal government – are in charge of the election process.\n\n“We do take seriously our "
     "responsibilities to monitor and preserve the integrity of the vote process,” he added.", "he added", "Obama"),
    # a person named in the clause the pronoun's adverbial clause hangs on may be meant as well as the
    # one quoted before: no one (Horne 2017 had it as Louis Clark's deciding)
    ("Louis Clark, director of the Government Accountability Project, said he was happy that the process set up "
     "by Obama’s directive was finally being used. “It was so slow because the intelligence agencies are "
     "extremely hostile to whistleblowing,” he said.\n\nThe fate of Obama’s directive is uncertain. It will be up "
     "to Donald Trump, after he becomes president, to decide whether to continue it.", "he becomes", None),
    # but not where a pronoun of its gender before it in the sentence carries the topic on (PolNeAR train)
    ("Tom Ebeling said so. Betsy Ebeling shook her head. “Tom’s much better about it than I am.”\n\nOver the "
     "years, she said, email has helped her stay in close touch with Clinton – although at the mention of email "
     "she laughed and admitted “emails have been wonderful, although that can be a curse also.”", "she laughed",
     "Betsy Ebeling"),
    # a person an opening "For ...," gives the view of is who the pronoun after it is (Wikinews 2020 had
    # it as Eastman's, the last main subject; PolNeAR train as the spokeswoman quoted before)
    ("Conservative activist Andy Martin has filed suit. Eastman does not make a judgment on Harris, arguing that "
     "she needs to answer questions.  He holds that she meets the requirement.\n\nFor Martin, it does not make "
     "much of a difference.  While he believes Harris does not qualify, he says court decisions have left the "
     "clause unenforceable.", "he believes", "Andy Martin"),
    ("The first two volunteers inside the door are Eva Miller and Gloria Major, African American women who "
     "remember the civil rights era.\n\n\"We've had offices on the ground in South Carolina since last April,\" "
     "said Stephanie Formas, Clinton's in-state communications director.\n\nFor Major, a retiree and one of the "
     "volunteers at the Clinton phone bank, making calls two nights a week is an opportunity to make a "
     "difference.\n\n\"Bernie has a passionate, motivational speech that draws young people,\" she said, taking "
     "a respite from her call sheet.", "she said", "Gloria Major"),
    # a "she" that is the subject of a clause holding a name is someone else, whom a "she" after may mean
    # (Wikinews 2020 had it as Rajamma's)
    ("When I came back to the bus stop in Mysore, Rajamma was there. I never saw Rajamma after that. There I was "
     "introduced to an aunty, she was also working in the bus stop. I was scared that she would do the same thing "
     "what Rajamma did. So I did not pay a lot of attention to her. Neither was I listening to anything she said "
     "and did nothing she was asking me to do.", "she was asking", None),
    # (not one in a clause of its own before the name: that one may be the name's)
    ("When she arrived in Iowa on Monday, Hillary Clinton spoke to voters at a school. “We will win,” she said.",
     "she said", "Hillary Clinton"),
    # but where another person who fits is a subject there, either may be meant (PolNeAR train had it as
    # Williamson's)
    ("Liberal writers are reveling in the poverty-shaming of Kevin D. Williamson. For Jonathan Chait, "
     "Williamson is exposing the perverse moral logic of hardline libertarianism. “The marketplace hasn’t failed "
     "the white working class,” he mocks.", "he mocks", None),
    # a person brought in as another's, the subject just before, may be who "he" is (Horne 2017 had the
    # father's lawsuit as his son's); not one of the other gender
    ("Anwar al-Awlaki was killed in 2011. In early 2010 the U.S. government said his actions made him a "
     "justifiable target. His father objected to the fact that his son had been made death penalty eligible. "
     "Aided by the ACLU he went to court alleging that the actions of the government violated the due process "
     "clause.", "he went", None),
    ("Anwar al-Awlaki was killed in 2011. In early 2010 the U.S. government said his actions made him a "
     "justifiable target. His sister objected to the fact that her brother had been made death penalty eligible. "
     "Aided by the ACLU he went to court alleging that the actions of the government violated the due process "
     "clause.", "he went", "Anwar al-Awlaki"),
    # (the writer's own is a description of one named: FakeNewsCorpus)
    ("Don’t we realize President Obama could have prevented all of this? Our president should have lost his right "
     "to govern for not responding to this threat. He called people on the other side of the aisle “racist” on "
     "Monday.", "He called", "Obama"),
    # the one who tells, by a name NER did not tag, is who "he" in what is told is (Horne 2017 had it as
    # the scholar's quoted before); a body that tells does not stand for him
    ("Constitutional scholar Paul Horner told ABC News that it is unlikely the law will be challenged in court."
     "\n\nFappy The Anti-Masturbation Dolphin, a mascot for a Christian organization that travels around the "
     "country, told ABC News he believes in what Utah is doing.", "he believes", None),
    ("Donald Trump spoke in Ohio on Monday.\n\nThe White House told reporters he believes the bill will fail.",
     "he believes", "Donald Trump"),
])
def test_person_pronoun_sources(nlp, text, pronoun, meant):
    doc = nlp(text)
    at = text.index(pronoun)
    [ref] = {r["speaker_ref"] for r in doc_quotes(doc) if r["speaker_start_char"] <= at < r["speaker_end_char"]}
    assert ({e.start_char: e.text for e in doc.ents}[ref] if ref >= 0 else None) == meant


def test_a_role_of_a_body_is_the_person_named_after_the_body(nlp):
    # a saved Washington Post page (readability's test pages): the parse hangs the name on the body
    text = ("The leader of Ennahda, Rachid Ghannouchi, condemned Wednesday’s attack, saying in a statement that it "
            "“will not break our people’s will and will not undermine our revolution and our democracy.”")
    [row] = [r for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert row["speaker"] == "Rachid Ghannouchi"


def test_a_role_of_a_thing_is_the_person_named_after_the_thing(nlp):
    # AP wire copy (superdesk's fixtures): the parse hangs the manager's name on the dealership
    said = "said the booming farm economy has helped the town and the dealership prosper."
    [row] = doc_quotes(nlp(f"The manager of the equipment dealership, Kaleb Rodgers, {said}"))
    assert (row["speaker"], row["speaker_ref"]) == ("Kaleb Rodgers", 41)
    # and "he" after it is he, though another man was the paragraph before's ("his wife")
    text = ("His farm has just become profitable, allowing Robert Malsam and his wife to build a house.\n\n"
            f"The manager of the equipment dealership, Kaleb Rodgers, {said} The business sold a dozen "
            "combines last year, he said.")
    assert [r["speaker_ref"] for r in doc_quotes(nlp(text))][-1] == text.index("Kaleb")
    # a word for a person may be the one named: the description stays open
    [row] = doc_quotes(nlp(f"The owner of the equipment dealer, Kaleb Rodgers, {said}"))
    assert row["speaker"] == "The owner" and row["speaker_ref"] == -1


def test_who_was_questioned_is_not_what_was_said(nlp):
    # Wikinews 2020; a question put to a person reports nothing, a decision questioned does
    rows = doc_quotes(nlp("The car was recalled after a similar fire in Cork, Ireland in August last year. Police "
                          "said they questioned the car's owner. The senator questioned the decision to close the "
                          "base."))
    assert [(r["cue"], r["text"]) for r in rows if r["cue"] == "question"] == [
        ("question", "the decision to close the base")]


def test_attribution_the_parser_split_into_a_sentence_of_its_own(nlp):
    text = ("The Republican nominee caused howls of outrage Wednesday, with a reference to thousands of Clinton "
            "emails held on a private server that were deleted.\n\n“Russia, if you’re listening, I hope you’re "
            "able to find the 30,000 emails that are missing.” Trump said.\n\nClinton says the mails were personal.")
    assert [(r["speaker"], r["cue"]) for r in doc_quotes(nlp(text)) if r["kind"] == "direct"] == [("Trump", "say")]
    text = ("His campaign sent out a fundraising email stressing the impact his bid has had on the front-runner's "
            "policy positions. \"Our political revolution has already forced a former U.S. senator and secretary "
            "of state to change her positions,\" read the email. \"And with every vote and every victory, we grow "
            "stronger.\"")
    assert {r["speaker"] for r in doc_quotes(nlp(text)) if r["kind"] == "direct"} == {"the email"}


def test_cue_just_before_a_quote_the_parser_split_off(nlp):
    text = ("Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, “Some people get a "
            "little carried away, have you noticed that?”")
    [row] = [r for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert (row["speaker"], row["cue"]) == ("Clinton", "tell")


# Real sentences from PolNeAR dev: shapes train lacks.
def test_sign_off_after_a_quote(nlp):
    text = ("“During the debate Trump said Hispanics live in hell. He is ignorant of our culture.”― Pamela "
            "Padilla\xa0\n“The Donald has woken communities of color from our slumber!” ―\xa0Julie A. Diaz "
            "Martinez\n“No double minority wants a man like him. To quote Bob Marley ‘Some people are so poor "
            "all they have is money.” And that’s all he has “the root of all evil’.” ―\xa0Christina Lastra.\n")
    rows = [(r["text"][:12], r["speaker"]) for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert rows == [("“During the ", "Pamela Padilla"), ("“The Donald ", "Julie A. Diaz Martinez"),
                    ("“No double m", "Christina Lastra"), ("“the root of", "Christina Lastra")]


def test_going_as_far_as_to_say_is_saying(nlp):
    # Wikinews 2019: the parse hung "to say" on "far", and the quote had no speaker
    rows = doc_quotes(nlp('One of the children said, "Sometimes I still have nightmares." One of them even went as '
                          'far to say, "Although it may not have been the best way of raising us, I am glad that they '
                          'did."'))
    assert [r["speaker"] for r in rows] == ["One of the children", "One of them"]
    # what is too soon to say, or done enough to see, is not said (PolNeAR train)
    rows = doc_quotes(nlp("It is too soon to say whether her policies will prove successful, but so far, kudos are in "
                          "order. Rex Early said he hasn't explored the delegate process enough to see how it will "
                          "unfold."))
    assert [(r["speaker"], r["cue"]) for r in rows] == [("Rex Early", "say")]


def test_people_set_off_before_a_set_off_cue_are_its_source(nlp):
    # New York Times (PolNeAR train): the parse made "The source" the subject of "say"
    rows = doc_quotes(nlp("The source of the attraction to Mr. Trump, union members and leaders say, is manifold."))
    assert [(r["speaker"], r["text"][:10]) for r in rows] == [("union members", "The source")]
    # a cue's own subject stays its source
    assert [r["speaker"] for r in doc_quotes(nlp("The plan, officials said, is working well."))] == ["officials"]


def test_a_participle_of_saying_before_a_quote_is_its_cue_on_a_verb_that_reports_nothing(nlp):
    # PolNeAR train: the quote had the cue "take" (speech); it is what Trump wrote
    rows = doc_quotes(nlp('Donald Trump took to Twitter on Thursday night, writing "Another horrific attack, this '
                          'time in Nice, France. Many dead and injured."'))
    assert [(r["speaker"], r["cue"], r["cue_type"]) for r in rows] == [("Donald Trump", "write", "writing")]
    # on a verb that reports, the quote stays that verb's: "adding" after a tweet is the tweet's
    rows = doc_quotes(nlp('Clinton tweeted about the debate on Thursday night, adding "Another horrific attack, this '
                          'time in Nice, France. Many dead and injured."'))
    assert [(r["speaker"], r["cue"]) for r in rows if r["kind"] == "direct"] == [("Clinton", "tweet")]
    # and so does a verb's clause it reports (Wikinews 2020: the quote had gone to "they")
    rows = doc_quotes(nlp('In a statement issued on Monday, the Royal Canadian Mounted Police (RCMP) confirmed they '
                          'seized the substance, stating "In B.C., this has been considered a public health emergency '
                          'since April 2016."'))
    assert [r["speaker"] for r in rows if r["kind"] == "direct"] == ["Royal Canadian Mounted Police"]


def test_a_sign_off_after_an_invisible_joiner(nlp):
    # Wikinews 2020: a zero-width joiner between the dash and the name had left the pull quote open
    text = ("((WN))  Has this number been improving in the past years?\n\n\n\"More number of women getting into "
            "technical fields has been a big change.\"\xa0\xa0\u2014 \u200dAparna Garg, Mysore Divisional Railway "
            "Manager\n\n\n((WN))  Why?")
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["kind"] == "direct"] == ["Aparna Garg"]


def test_a_digest_s_sign_offs_are_its_writers(nlp):
    # a news digest signs each item, quote or not, with its writer's name
    text = ("Avoiding moving violations and at-fault accidents are the most effective ways to lower costs, Walker "
            "said. \"Can I take a defensive driving class? What kind of car do I drive?\" Walker said. \"That will "
            "also offer you discounts on what you pay.\" — Joana Suleiman\n\nFOOD SAFETY\n\nThe FDA's food safety "
            "law will result in more information for the tool to use, the GAO reported. — Joana Suleiman\n")
    rows = [(r["text"][:12], r["speaker"]) for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert rows == [("\"Can I take ", "Walker"), ("\"That will a", "Walker")]


def test_a_party_member_named_in_apposition_is_that_person(nlp):
    # Wikinews 2019: NER tags "Republican" a group; the person in apposition speaks
    text = ("Since then, a Republican, Mark Amodei, has publicly voiced support for the impeachment inquiry, telling "
            "the Nevada Independent: \"I'm a big fan of oversight, so let's let the committees get to work and see "
            "where it goes.\"\n\nLooming large over the climate push is the American presidential election. The "
            "Democratic candidates, Hillary Clinton and Senator Bernie Sanders, have promised to build on Mr. Obama's "
            "legacy and to pursue strong climate policies. But the two leading Republicans, Donald J. Trump and "
            "Senator Ted Cruz, have questioned the science of climate change and criticized the Paris agreement.")
    # (not one of two: PolNeAR train, NYT)
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["cue"] in ("tell", "criticize")] == \
        ["Mark Amodei", "the two leading Republicans"]


def test_a_party_member_named_by_surname_alone_in_apposition(nlp):
    # Horne 2017: NER leaves the lone "Rubio" untagged; the article names Marco Rubio elsewhere
    said = ("Sen. Marco Rubio of Florida has said he has concerns about the nominee.\n\n"
            "Only one Republican on the Foreign Relations Committee — Rubio — has publicly criticized Tillerson "
            "over his Kremlin ties.")
    assert [r["speaker"] for r in doc_quotes(nlp(said)) if r["cue"] == "criticize"] == ["Rubio"]
    # a capitalised word the article names no one by stays unread
    assert [r["speaker"] for r in doc_quotes(nlp(said.split("\n\n")[1])) if r["cue"] == "criticize"] == \
        ["Only one Republican"]


def test_a_title_ner_tagged_a_body_is_a_description(nlp):
    # Horne 2017: "the Premier", tagged ORG, had been a body named "Premier"
    text = ("The test was designed to measure how effectively they use all three to understand the Wynne "
            "government’s fiscal record. Luckily, the Premier said, they “did not.”")
    [row] = [r for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert (row["speaker"], row["speaker_ref"]) == ("the Premier", -1)


def test_a_pull_quote_line_is_not_the_last_speaker_going_on(nlp):
    # newspaper4k (The Grayzone): a quoted subheading between paragraphs had been the spokesman's
    text = ('A spokesman for the company issued a denial of the report, dismissing it as "an idea for a movie '
            'script." Not long after, another deal between the two firms seemed to be in the works.\n\n'
            '"I sense that this person offered him a job with the intelligence services"\n\n'
            'A 2016 security fair in Las Vegas provided the occasion for the company to hire him.')
    rows = [r for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert [r["speaker"] for r in rows] == ["A spokesman", ""]
    # a sentence the speaker goes on with ends in its stop
    ended = text.replace('services"', 'services."')
    assert [r["speaker"] for r in doc_quotes(nlp(ended)) if r["kind"] == "direct"] == ["A spokesman"] * 2
    # nor is a paragraph of a quote that runs on unclosed into the next (FakeNewsCorpus)
    run_on = ("For four years Brian worried about his sleep pattern.\n\nBrian said: “I always thought anxiety meant "
              "that you did not have your life together.\n\n“Regardless, the more people I meet, the more I realise "
              "that everyone experiences anxiety in some way, shape or form\n\n“There are some serious cases of "
              "anxiety, and it would be probable that you feel it.”\n\nHe now runs a clinic.")
    assert [r["speaker"] for r in doc_quotes(nlp(run_on)) if r["kind"] == "direct"] == ["Brian"] * 3


def test_a_party_member_is_a_description_not_the_party(nlp):
    # PolNeAR train: NER tags "Republican" a group, which had been the speaker; a party's member is
    # not resolved by the article's titles either ("the Wisconsin Republican" had become Donald Trump)
    text = ("Republican Donald Trump won the primary on Tuesday. House Speaker Paul Ryan said he was not ready to "
            "back him. “I'm not there right now,” the Wisconsin Republican said. “I hope to, though,” a New "
            "Hampshire Republican said.")
    rows = [r for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert [(r["speaker"], r["speaker_ref"], r["generic"]) for r in rows] == [
        ("the Wisconsin Republican", -1, False), ("a New Hampshire Republican", -1, True)]


def test_a_relative_clause_of_the_object_is_not_what_was_said(nlp):
    # mailing list: the parse hung "that directly access ..." on "write" as its clause
    rows = doc_quotes(nlp("I write functions in C that directly access the numeric data. I don't use the ufunc api."))
    assert not any(r["text"].startswith("that") for r in rows)
    # a hearer before the clause is no object it could qualify
    [row] = doc_quotes(nlp("He told reporters that was wrong."))
    assert row["text"] == "that was wrong"
    # nor is a "that" the parse took for a subject beside the clause's own (PolNeAR train, NYT)
    rows = doc_quotes(nlp("In October, Mr. Paulson told investors that concerns about specialty pharmaceuticals like "
                          "Valeant were ''overblown,'' and he added more."))
    assert [r["text"][:13] for r in rows if r["cue"] == "tell"] == ["that concerns"]


@pytest.mark.parametrize("text, speaker", [
    # Wikinews 2019: the parse joined the forecasters to New Orleans and their verb to the warning's
    ("Although its winds are only predicted to reach about 75 miles per hour (120 kph), the National Weather "
     "Service has issued a flash flood warning covering an area from Gulfport, Mississippi, to New Orleans and "
     "other forecasters predicted a storm surge of three to six feet.", "other forecasters"),
    ("Police questioned the driver and witnesses said the car had been speeding.", "witnesses"),
    # a verb joined after "and" keeps the first one's subject
    ("Trump met with Pence and Ryan and said the talks went well.", "Trump"),
])
def test_people_right_before_a_joined_verb_are_its_subject(nlp, text, speaker):
    [row] = [r for r in doc_quotes(nlp(text)) if r["cue"] in ("predict", "say")]
    assert row["speaker"] == speaker


def test_a_topic_of_unknown_gender_gives_way_to_no_one_when_a_person_of_the_pronouns_gender_is_subject_since(nlp):
    # PolNeAR train (Washington Post): "She" had been Barack Obama, the paragraph's topic, whose
    # gender the article never gives; Clinton, a woman, is the subject of a clause since
    text = ("For Democratic front-runner Hillary Rodham Clinton, the attack was an opportunity to showcase her "
            "résumé.\n\n\"What we have not yet been able to do is to completely decapitate their command and "
            "control structures,\" Obama said.\n\nThe United States began a bombing campaign against the group "
            "last year. Obama has also approved a small number of special operations forces to help rebel fighters "
            "in Syria.\n\nThe actions followed years of a mostly hands-off U.S. approach to the Syrian conflict, "
            "which began in 2011 when Clinton was still Obama's first-term secretary of state. She has spoken at "
            "length about her difference of opinion with Obama over whether to arm Syrian rebels.")
    [row] = [r for r in doc_quotes(nlp(text)) if r["speaker"] == "She"]
    assert row["speaker_ref"] == -1
    # not a person the topic's own statement is about, even deep in it, nor the subject of a
    # clause with no tense ("hold Governor Rick Snyder accountable")
    for text, topic in [
        ("Chris Cox runs the lobbying arm of the NRA. Cox says Obama is trying to distract from his lack of a "
         "strategy. He says Americans don't need more lectures.", "Chris Cox"),
        ("On CNN, Corey Lewandowski said that the two jobs Donald Trump had created were “just the beginning.” "
         "“Everyone he knows is angry,” he said.", "Corey Lewandowski"),
        ("In a statement on Saturday, Bernie Sanders did go further in trying to hold Governor Rick Snyder "
         "accountable. “There are no excuses,” he said.", "Bernie Sanders"),
    ]:
        [row] = [r for r in doc_quotes(nlp(text)) if r["speaker"].lower() == "he"]
        assert text[row["speaker_ref"]:].startswith(topic)


def test_a_part_of_a_text_is_the_text_not_a_speaker(nlp):
    # Wikinews 2019 and 2020: "Part" had been the speaker, as a generic source
    [row] = doc_quotes(nlp("The judge ruled on Friday. Part of the judge's statement reads \"the average woman "
                           "could conceivably be better prepared.\""))
    assert (row["speaker"], row["generic"]) == ("the judge's statement", False)
    [row] = doc_quotes(nlp("Part of Trump's tweet included the statement, \"when the looting starts, the shooting "
                           "starts.\""))
    assert row["speaker"] == "Trump"
    # a part of a group is not the group: some of its members, as a generic source
    [row] = doc_quotes(nlp("Part of the crowd said that the speech was too long."))
    assert (row["speaker"], row["generic"]) == ("Part", True)


def test_a_who_clause_after_a_noun_is_that_nouns_not_the_cues(nlp):
    # Wikinews 2019: "hit" had reported CNN's relative clause, with "hurricanes" its speaker
    text = ("Bermuda was rarely hit by hurricanes according to CNN who reported that over the last century, only "
            "21 hurricanes reached within 100 miles of the islands.")
    rows = doc_quotes(nlp(text))
    assert rows and not any(r["cue"] == "hit" or r["speaker"] == "hurricanes" for r in rows)
    # a question after the object of the cue's own preposition is what the cue reports (PolNeAR train)
    rows = doc_quotes(nlp("Asked on Fox News who leads the party in his view, he said Ryan."))
    assert [r["text"] for r in rows if r["cue"] == "ask"] == ["who leads the party in his view"]


def test_who_after_a_person_of_a_name_is_left_open(nlp):
    # Horne 2017: "who" had been John Lennon; the clause may be the widow's or his
    text = ("The artist and widow of John Lennon, who is in Los Angeles to present a collection of cups, said she "
            "had met Clinton. The campaign of Hillary Clinton, who said she would win, spent more. Christopher M. "
            "Shelton, the president of the Communications Workers of America, which endorsed Mr. Sanders, spoke.")
    rows = {r["text"]: r["speaker_ref"] for r in doc_quotes(nlp(text)) if r["speaker"] in ("who", "which")}
    # (a body or a thing of a name is not a person the clause could be, nor is "which" a person's: PolNeAR train)
    assert rows == {"a collection of cups": -1, "she would win": text.index("Hillary Clinton"),
                    "Mr. Sanders": text.index("Communications Workers")}


def test_an_adjective_the_parse_made_the_subject_opens_the_source(nlp):
    # Horne 2017: "Current" had been the speaker, and its entity
    said = ("Current and former national security officials say frequent, in-person briefings with the president "
            "are an essential part of the job.")
    [row] = doc_quotes(nlp(said))
    assert (row["speaker"], row["generic"]) == ("Current and former national security officials", True)
    # also where it opens a paragraph and is tagged a proper noun that names nothing
    before = ("And the transition period is a critical time for the incoming president to get up to speed on "
              "intelligence issues — and for the intelligence community to get to know the president-elect.\n \n")
    assert [(r["speaker"], r["generic"]) for r in doc_quotes(nlp(before + said))] == [
        ("Current and former national security officials", True)]
    # a name coordinated with others still speaks for itself
    assert [r["speaker"] for r in doc_quotes(nlp("Boeing and former officials say the plane is safe."))] == ["Boeing"]
    # and one the article names elsewhere, though NER missed it here (the readability pages: ACLU)
    known = ("Mark Zuckerberg founded Facebook at Harvard University in 2004.\n\nFacebook and other tech companies "
             "often deflect accusations against excessive data collection by arguing that they harvest and use data "
             "with the consent of the users involved.")
    assert [r["speaker"] for r in doc_quotes(nlp(known))] == ["Facebook"]


def test_source_the_parser_hid_in_the_quote(nlp):
    # The parser hangs "said" on the quoted verb, whose subject ("We") is inside the quote,
    # or reads the speaker as an apposition of a word inside the quote.
    text = ("“I will just make this promise to you: We will achieve justice in this case,” Tulsa police Chief "
            "Chuck Jordan said Monday.\n\n“He's absolutely right. There's a severe disconnect between this White "
            "House and frankly the president and our military,” Flynn, a top Trump surrogate, said Thursday "
            "morning on Fox News’s “Fox and Friends.”")
    rows = [r["speaker"] for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert rows[:2] == ["Chuck Jordan", "Flynn"]


def test_name_in_apposition_to_a_description(nlp):
    text = ("The issue has taken on new urgency after this week's presidential debate, when the Democratic "
            "candidate Hillary Clinton boldly suggested that Donald Trump ''doesn't want the American people to "
            "know that he's paid nothing in federal taxes.''")
    [row] = [r for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert row["speaker"] == "Hillary Clinton"


@pytest.mark.parametrize("cue,speaker,expected", [
    ("say", "Obama", "speech"), ("tweet", "Trump", "writing"), ("believe", "officials", "belief"),
    ("plan", "the company", "intention"), ("show", "the footage", "finding"), ("show", "a new poll", "finding"),
    ("", "", "speech"), (":", "PENCE", "speech"),
])
def test_cue_types(cue, speaker, expected):
    from analysis.extract.cue_words import cue_type

    assert cue_type(cue, speaker) == expected


def test_a_relative_pronoun_is_shown_as_the_source_it_stands_for(tmp_path, cache_dir):
    """PolNeAR marks "who" as the source; the table keeps that span, and names the sources it
    stands for instead of "who" (137 rows of PolNeAR train had "who" or "that" as speakers)."""
    quotes = _quotes_of(tmp_path, cache_dir,
        "The plan drew fire from some national security law experts, who said “the bill would gut oversight "
        "of the agency for a decade.”\n")
    row = quotes.iloc[0]
    assert (row.speaker, row.speaker_entity, bool(row.generic)) == ("who", "some national security law experts", True)
    assert not quotes.speaker_entity.str.lower().isin(["who", "that", "which", "he", "she", "it", "they"]).any()


def test_labels_before_a_colon_are_statements_only_when_someone_speaks(tmp_path, cache_dir):
    quotes = _quotes_of(tmp_path, cache_dir,
        "Senators debate the budget\n\nPhoto: Senators leave the chamber after the vote on Tuesday.\n\n"
        "Q: What happens to the budget if the vote fails next week?\n\n"
        "JAKE TAPPER: Senator, will you vote for the bill on Tuesday?\n\n"
        # FakeNewsCorpus: labels the model tagged a body
        "ATTN: Phone Security 101 for CopBlockers\n\nBIN NOTE: Most people who use social media have figured out "
        "that the feeds are filtered.\n\nPhoto Credit: jiazi via Compfight cc\n\n"
        # Wikinews 2020: a photo's credit under a candidate's name, "Image" glued to the name
        "Gloria La RivaImage: Pax Ahimsa Gethen.\n\nGloria La Riva: We will fight for the workers of this "
        "country.\n")
    assert quotes.speaker.tolist() == ["JAKE TAPPER", "Gloria La Riva"]


def test_an_interview_answer_labelled_in_double_brackets_is_its_speakers_one_statement(tmp_path, cache_dir):
    # Wikinews 2020's interview transcripts
    quotes = _quotes_of(tmp_path, cache_dir,
        "Astronomers at ESO found a black hole in the system HR 6819.\n\n((WN)) What were the challenges the team "
        "faced to discover this black hole?\n\n((Thomas Rivinius)) Well, as I said before, it is basically to make "
        "sure that you have excluded all other options. Science is really about excluding the alternatives.\n")
    answer = quotes[quotes.text.str.startswith("Well, as I said")]
    assert answer.speaker_entity.tolist() == ["Thomas Rivinius"]
    assert not (quotes.speaker == "I").any()
    assert not (quotes.speaker == "WN").any()  # the interviewer's label, Wikinews's "Q:"


def test_a_quote_inside_a_sentence_naming_someone_new_is_not_the_last_speakers(nlp):
    # PolNeAR train (Washington Post); the owner of a post speaks, the owner of an effusion need not
    text = ("Aides say the former Florida governor plans to \"actively support\" Cruz. From Bush's Facebook post: "
            "\"For the sake of our party and country, we must move to overcome the divisiveness and vulgarity Donald "
            "Trump has brought into the political arena.\"")
    [row] = [r for r in doc_quotes(nlp(text)) if r["text"].startswith('"For the sake')]
    assert row["speaker"] == "Bush"


def test_a_scare_quote_that_is_the_writers_verb_is_no_ones_statement(nlp):
    # a saved ACLU blog post (readability's test pages)
    text = ("But while I've never \"opted in\" to Facebook or any of the other big social networks, Facebook still "
            "has a detailed profile that can be used to target me.")
    assert doc_quotes(nlp(text)) == []


@pytest.mark.parametrize("aside", ["", " (That is, Obama had emails from Clinton.)"])
def test_quoted_words_in_the_writers_question_are_no_ones_in_it(nlp, aside):
    # FakeNewsCorpus: Mills's emailed words, echoed in the writer's question, had been Obama's, as
    # the subject of the quoted verb or as the name just before the words went on
    text = ("Shortly afterwards, an agitated Mills emailed Podesta: “We need to clean this up – he has emails from "
            f"her – they do not say state.gov.”{aside}\n\nSo how did Obama and his helpers “clean this up”?\n\n"
            "Obama had his email communications with Clinton sealed.")
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["an agitated Mills"]
    # a question inside the quotes is no question of the writer's
    text = "Sanders has “no plans to quit” and “Why would he?”"
    assert [r["text"] for r in doc_quotes(nlp(text)) if r["speaker"] == "Sanders"][0] == "“no plans to quit”"


@pytest.mark.parametrize("text,cue,speaker", [
    # a mailing list: the email says it, not the one who got it
    ("I just got an email from @home yesterday, saying that all customers should back up their web pages.", "say",
     "an email"),
    # (and a letter from a named body is that body's words)
    ("She received a letter from the IRS last week saying she owed $500.", "say", "IRS"),
    # one who got something that is no text says it herself
    ("She got a standing ovation, saying she was grateful.", "say", "She"),
    # FakeNewsCorpus: the parse hung "told" on "describes"; the kids are told, by no one named
    ("In his classic book, Emotional Intelligence, Daniel Goleman describes an experiment in which four-year old "
     "kids are left in a room alone and told they can have two marshmallows if they wait for the experimenter to "
     "return from an errand.", "tell", ""),
    # one who was asked and told someone is the teller
    ("Trump was asked about the wall and told reporters he would build it.", "tell", "Trump"),
    # Wikinews 2019: after a passive about a thing, what was described says nothing; who described it does
    ("Election implications regarding the UK's efforts on leaving the European Union (EU) were described by "
     "Johnson as a \"historic mandate\", saying he intends to leave the EU by the end of January.", "say", "Johnson"),
    # a person undergoing it may be the one who speaks
    ("Trump was interrupted by a protester on Tuesday, saying he would build the wall anyway.", "say", "Trump"),
    # nor after a clause of the agent's own (PolNeAR train, Breitbart)
    ("Clinton’s attacks were echoed by her campaign and Democrats across the country, who highlighted comments "
     "Trump made in 2006 saying he “sort of hopes” the housing bubble would burst because “people like me could "
     "make a lot of money.”", "say", "Trump"),
])
def test_who_a_participle_or_a_telling_the_parse_hung_elsewhere_is_said_by(nlp, text, cue, speaker):
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["cue"] == cue] == [speaker]


def test_a_label_is_on_the_line_it_opens(nlp):
    # Horne 2017 (a video caption repeated under a "Play VIDEO" button)
    text = ("“I guess they have a few poor millionaires on it, but mostly it’s billionaires,” said Sen. Bernie "
            "Sanders.\r\n\r\nSanders: \"It looks like we have a cabinet of billionaires\"\r\nPlay VIDEO\r\nSanders: "
            "\"It looks like we have a cabinet of billionaires\"\r\nCritics like Sanders say Trump’s choices fly in "
            "the face of his populist campaign message.")
    rows = [r for r in doc_quotes(nlp(text)) if "cabinet of billionaires" in r["text"]]
    assert [r["speaker"] for r in rows] == ["Sanders", "Sanders"]


@pytest.mark.parametrize("text, snippet, speakers", [
    # Huffington Post, Horne 2017: a headline's phrase before the colon is no one's name; the
    # name at its end is who it is about ("CNN President On Trump" had been Donald Trump)
    ("CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’\n\nCNN President Jeff Zucker isn’t "
     "kowtowing to Republican presidential candidate Donald Trump, who has threatened not to show up to the next "
     "debate.", "We Do Not Pay", []),
    ("Sen. Reid To Trump: Rescind Bannon Appointment 1:42\nRelated: Trump's Pick of Steve Bannon Has the Alt-Right "
     "Celebrating\nSenate Minority Leader Harry Reid called on Donald Trump to rescind the appointment.",
     "Rescind Bannon", []),
    # FakeNewsCorpus: NER tags "Note" a person and the film's title a body
    ("This article was originally published by Michael Snyder at his Economic Collapse Blog.\n\nEditor’s Note: It "
     "was always just a matter of time, since the whole European fiasco was merely patched over.\n",
     "a matter of time", []),
    ("Never Hike Alone: A Friday the 13th Fan Film USA | 2017 | 54 min\n\nA fan tribute to Friday the 13th, Never "
     "Hike Alone follows an adventure blogger.\n", "Fan Film", []),
], ids=["a phrase on someone", "a phrase to someone", "a label's owner", "a title"])
def test_a_label_is_a_name(nlp, text, snippet, speakers):
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if snippet in r["text"] and r["cue"] == ":"] == speakers


def test_a_programs_message_in_a_mailing_list_post_is_no_statement(nlp):
    # the SciPy list archive: NER tags "TypeError" as a body, which made it a speaker
    text = ("I tried the new function in Visual-2001-09-24 with two arguments.\n\nTraceback (most recent call last):\n"
            "  File \"<stdin>\", line 1, in ?\nTypeError: random() takes exactly 1 argument (2 given)\n   \n\nNils\n")
    assert not [r for r in doc_quotes(nlp(text)) if "Error" in r["speaker"]]


def test_a_quote_on_its_own_line_is_signed_on_the_next(tmp_path, cache_dir):
    quotes = _quotes_of(tmp_path, cache_dir,
        "Quotable\n\n\"The whole idea of a 'Crooked Hillary' is something that we hear about all the time, "
        "and it needs to stop.\"\n\n-Michelle Marks, Philadelphia.\n\n\"It is a long speech with nothing in it "
        "for the people of this city.\"\n\nThe crowd left early.\n")
    assert quotes.speaker.tolist()[0] == "Michelle Marks"
    assert "The crowd" not in quotes.speaker.tolist()  # a sentence on the next line signs nothing


@pytest.mark.parametrize("sentence,speaker", [
    ("“The candidates left just don’t understand the military,” said Army Capt. Christian Pardo, a veteran.",
     "Christian Pardo"),  # the parse makes "Capt" the subject: the name at the title's end is the speaker
    ("“Now we're seeing a new process,” said study co-author Ted Scambos of CU Boulder.", "Ted Scambos"),
    ("“We will not stay silent about this,” the wife of Bill Clinton said on Monday.", "the wife"),
    ("“It is over for the party,” a prominent committee member who supports Donald Trump said.",
     "a prominent committee member"),  # a name inside a relative clause is not the speaker
])
def test_a_name_ending_a_title_is_the_speaker_and_no_other(tmp_path, cache_dir, sentence, speaker):
    quotes = _quotes_of(tmp_path, cache_dir, sentence + "\n")
    assert quotes[quotes.kind == "direct"].speaker.tolist() == [speaker]


def test_an_interview_question_to_you_is_no_statement(tmp_path, cache_dir):
    quotes = _quotes_of(tmp_path, cache_dir,
        "((WN)) Can you describe the kind of planet that would likely have such an atmosphere?\n\n"
        "((Sara Seager)) Planets are born with hydrogen in their atmospheres, she said, and most of them lose it.\n")
    assert "you" not in quotes.speaker.str.lower().tolist()


def test_the_title_describes_the_person_named_after_it_across_a_place(tmp_path, cache_dir):
    quotes = _quotes_of(tmp_path, cache_dir,
        "On Sunday in Argentina's National Congress, President of Argentina Alberto Fernández announced he is to "
        "send a bill to the congress in the next ten days.  The president had previously called it \"a matter of "
        "public health\".\n\nLondon's Muslim mayor rebuffs Trump\n\nThe mayor said \"we will not be divided by this "
        "kind of politics at all\".\n")
    named = dict(zip(quotes.speaker.str.lower(), quotes.speaker_entity))
    assert named["the president"] == "Alberto Fernández"
    assert named["the mayor"] != "Donald Trump"  # a headline's "mayor rebuffs Trump" is no title


def test_quoted_mail_headers_and_quantifiers_are_not_speakers(tmp_path, cache_dir):
    quotes = _quotes_of(tmp_path, cache_dir,
        "Herbert> ----- Original Message -----\nHerbert> To: <numpy-discussion at lists.sourceforge.net>\n"
        "Herbert> Sent: Tuesday, September 25, 2001 9:12 AM\n\n"
        "Three codes are listed in the invitation. Each of them indicates that the meeting will move to the "
        "hotel on Friday.\n")
    assert not quotes.speaker.str.contains(">").any()
    assert not quotes.speaker_entity.isin(["Each", "Each of them"]).any()


@pytest.mark.parametrize("sentence, speaker, cue, cue_type, content", [
    ("He also spoke about the proposed border wall.", "He", "speak", "speech", "the proposed border wall"),
    # NYT: a forecast is a belief it reports
    ("Mr. Putin forecast that the slumping economy would soon rebound.", "Putin", "forecast", "belief",
     "that the slumping economy would soon rebound"),
    # (an estimate is evidence: what it projects is a finding)
    ("A 2014 estimate by Congress's Joint Committee on Taxation projected that inversions will cost the United States "
     "$33.6 billion over the next decade.", "A 2014 estimate", "project", "finding",
     "that inversions will cost the United States $33.6 billion over the next decade"),
    ("Senator Tom Carper had endorsed Hillary Clinton.", "Tom Carper", "endorse", "speech", "Hillary Clinton"),
    ("Sanders is expected to win after Clinton's narrow win in Iowa.",
     "", "expect", "intention", "Sanders is expected to win after Clinton's narrow win in Iowa"),
    ("As for Donald Trump’s attacks on Bill Clinton’s scandals, he laughed.",
     "Donald Trump", "attack", "speech", "Bill Clinton’s scandals"),
    ("Clinton made the case that Trump is unfit to lead.", "Clinton", "case", "speech", "that Trump is unfit to lead"),
    ("Politicians are calling on Emanuel to remake the police department.",
     "Politicians", "call", "speech", "Emanuel to remake the police department"),
    ("The senator was hoping to avoid any misstep in New Hampshire.",
     "The senator", "hope", "intention", "to avoid any misstep in New Hampshire"),
    # what is offered is said only when it is something said (FakeNewsCorpus, the readability pages: a
    # product page's "offers" had filled the speakers' table)
    ("Obama offered his own condolences to the families.", "Obama", "offer", "speech", "his own condolences"),
    ("The company offers flexible work hours to new mothers.", "The company", "offer", "intention",
     "flexible work hours"),
    ("McConnell offered that Mr. Trump would sign laws passed by the Senate.", "McConnell", "offer", "speech",
     "that Mr. Trump would sign laws passed by the Senate"),
    # supporting or opposing a thing is a stance, not something said (Wikinews, FakeNewsCorpus: "231 Democrats
    # supporting the resolution" had been statements in the sentiment notebook) ...
    ("Pelosi opposed impeachment proceedings for months.", "Pelosi", "oppose", "belief", "impeachment proceedings"),
    ("He supports an open immigration policy.", "He", "support", "belief", "an open immigration policy"),
    # so is a plan, an advocacy or a finding out, which a topic verb's thing is (Wikinews, Horne: "The technology
    # arm focus The firm has two arms", "federal agencies promote programs", "Sources identify locations")
    ("Democrats focused on potential conflicts of interest.", "Democrats", "focus", "intention",
     "potential conflicts of interest"),
    ("He promoted civil rights legislation.", "He", "promote", "intention", "civil rights legislation"),
    ("Sources identified the locations.", "Sources", "identify", "finding", "the locations"),
    ("He promoted the plan as “a win for families.”", "He", "promote", "speech", "“a win for families.”"),
    # ... a clause or quoted words are said
    ("The senator supported the claim that the vote was rigged.", "The senator", "support", "speech",
     "that the vote was rigged"),
    ("The senator opposed the bill as “a blatant power grab.”", "The senator", "oppose", "speech",
     "“a blatant power grab.”"),
])
def test_attributions_beyond_said(nlp, sentence, speaker, cue, cue_type, content):
    """What PolNeAR calls attributions that are not "said": topics, judgements, views with no
    source, owned nouns, and "hoping" (lemmatised "hop" by the model)."""
    rows = [(r["speaker"], r["cue"], r["cue_type"], r["text"]) for r in doc_quotes(nlp(sentence))]
    assert (speaker, cue, cue_type, content) in rows


@pytest.mark.parametrize("sentence", [
    "China, which says it is neutral, has not condemned Moscow for its invasion.",
    "Both have found themselves constricted by ever-tighter sanctions.",
])
def test_negated_and_reflexive_cues_report_nothing(nlp, sentence):
    rows = doc_quotes(nlp(sentence))
    assert not any(r["cue"] in ("condemn", "find") for r in rows)


def test_an_idiom_of_saying_reports_nothing_with_no_source(nlp):
    # FakeNewsCorpus: a startup blog's "That being said" was a view no one holds, whose content
    # ran from the idiom to the end of the sentence (the parse hung "denying" on "said")
    text = ("I think 2016 is going to be an incredible year for startups, major milestones will be hit, teams will be "
            "built, and investments will happen. That being said, there's no denying that the landscape will change "
            "this year, the question is – how will you react to this change?")
    rows = doc_quotes(nlp(text))
    assert rows and not any("being said" in r["text"] for r in rows)
    # a view with no one holding it stays one, with or without an infinitive (PolNeAR train)
    for view in ("Sanders is expected to win in Iowa.", "Thursday's memo from the panel seemed aimed at "
                 "bolstering the validity of the investigation."):
        assert [r["text"] for r in doc_quotes(nlp(view))] == [view[:-1]]


def test_a_cues_own_modifier_is_not_what_it_reports(nlp):
    rows = doc_quotes(nlp("While serving in the House, Sanders voted for the bill."))
    assert [(r["speaker"], r["cue"], r["text"]) for r in rows] == [("Sanders", "vote", "the bill")]


@pytest.mark.parametrize("text, speaker", [
    ("“The reality is, if Mrs. Clinton loses Iowa, that could create new problems for her here,“ said Jim Clyburn, "
     "a Democratic congressman.", "Jim Clyburn"),
    ("Ryan said,“Look, anti-Semitic images, they’ve got no place in a presidential campaign.”", "Ryan"),
])
def test_quote_marks_typed_wrong(nlp, text, speaker):
    [row] = [r for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert row["speaker"] == speaker and "said" not in row["text"]


def test_a_speaker_named_since_the_last_quote_takes_the_next(nlp):
    text = ("“We can't be the party of opportunity if we decide a racist can represent us,” said Perry, a manager.\n\n"
            "Joseph Hunter, a black conservative blogger in Chicago, said he will not vote for Trump. Also, Trump "
            "isn't a conservative, he said. “He's a liberal!”")
    doc = nlp(text)
    [row] = [r for r in doc_quotes(doc) if r["text"] == "“He's a liberal!”"]
    assert row["speaker"] == "he" and text[row["speaker_ref"]:].startswith("Joseph Hunter")


def test_a_headline_name_tagged_as_a_noun_still_speaks(nlp):
    text = ("Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment.’\n\n"
            "Monday at Liberty University, Donald Trump said the establishment fears him.")
    rows = [(r["speaker"], r["cue"]) for r in doc_quotes(nlp(text)) if r["start_char"] < 10]
    assert rows == [("Trump", ":")]


@pytest.mark.parametrize("text", [
    'Fiorina told "Fox and Friends," that she would win.',
    "He said on “Fox News Sunday” that the deal was bad.",
    "Selenis Leyva, a star of “Orange is the New Black,” described the scene.",
])
def test_quoted_titles_are_not_statements(nlp, text):
    rows = doc_quotes(nlp(text))
    assert [r["kind"] for r in rows] == ["indirect"]


@pytest.mark.parametrize("text", [
    # Washington Post, NYT: a book's title with its subtitle is no statement of whoever is near it
    '"It has happened," she said, as recalled by Walter Hewlett in Peter Burrows\'s book "Backfire: Carly '
    'Fiorina\'s High-Stakes Battle for the Soul of Hewlett-Packard."',
    "According to E. J. Fleming's ''The Fixers: Eddie Mannix, Howard Strickling and the MGM Publicity Machine'' he "
    "kept stars in line.",
])
def test_a_long_title_with_a_subtitle_is_not_a_statement(nlp, text):
    assert not [r for r in doc_quotes(nlp(text)) if r["kind"] == "direct" and ":" in r["text"]]


@pytest.mark.parametrize("text", [
    # PolNeAR train (Washington Post): the ad's name had been Trump's words
    '"The tragic attacks in Paris proves once again that America needs to get tough on radical Islamic terrorism," '
    'Trump says in the spot titled "Dangerous," warning against allowing in the refugees coming from Syria.',
    'The senator, nicknamed "the Hammer," said the bill was dead.',
])
def test_a_name_a_participle_gives_is_not_a_statement(nlp, text):
    quoted = {"Dangerous", "the Hammer"}
    assert not [r for r in doc_quotes(nlp(text)) if r["text"].strip('",') in quoted]


@pytest.mark.parametrize("text, snippet", [
    # guards: a participle with an agent gives someone's words (whose, the cue rules decide); a verb
    # the parse took for a participle has a subject or a second object (PolNeAR train)
    ('Trump defended the deal, called "the worst deal ever" by Senator Elizabeth Warren.', "worst"),
    ("Trump was uttering charges that Rush Limbaugh, for one, called ''liberal Democrat lingo.''", "lingo"),
    ("That proposal prompted Britain's Parliament to call a debate in January on whether to ban Trump; one "
     'lawmaker called Trump "the orange prince of American self-publicity."', "orange prince"),
])
def test_a_name_given_by_someone_stays_a_statement(nlp, text, snippet):
    assert [r["kind"] for r in doc_quotes(nlp(text)) if snippet in r["text"]] == ["direct"]


def test_a_chant_is_a_statement(nlp):
    rows = doc_quotes(nlp("The crowd chanted “USA! USA!” as he spoke."))
    assert [r["text"] for r in rows if r["kind"] == "direct"] == ["“USA! USA!”"]


@pytest.mark.parametrize("sentence, speaker, content", [
    ("Outside groups supporting New Jersey Gov. Chris Christie have spent heavily.",
     "Outside groups", "New Jersey Gov. Chris Christie"),
    ("Donald Trump issued a statement saying that the judge was biased against him.",
     "Donald Trump", "that the judge was biased against him"),
    # PolNeAR train: a resolution is a text its approver issues
    ("The St. Paul City Council on Wednesday approved a resolution condemning Republican presidential candidate "
     "Donald Trump's call for a ban on Muslims.", "St. Paul City Council",
     "Republican presidential candidate Donald Trump's call for a ban on Muslims"),
])
def test_a_participle_after_a_noun_reports_the_nouns_view(nlp, sentence, speaker, content):
    rows = [(r["speaker"], r["text"]) for r in doc_quotes(nlp(sentence))]
    assert (speaker, content) in rows


def test_a_poll_opening_its_clause_is_its_source(nlp):
    rows = doc_quotes(nlp("In a CNN national poll, Hillary Clinton held a 24-point lead over Barack Obama among "
                          "black voters. In Iowa, Trump leads by five points."))
    assert [(r["speaker"], r["cue"], r["cue_type"], r["text"]) for r in rows] == [
        ("a CNN national poll", "in", "finding",
         "Hillary Clinton held a 24-point lead over Barack Obama among black voters")]


def test_a_nickname_inside_a_name_is_no_statement(nlp):
    rows = doc_quotes(nlp("Of course, this is Kang “TheShy” Seung-lok’s Aatrox we’re talking about."))
    assert not [r for r in rows if r["kind"] == "direct"]


def test_a_poll_share_is_a_generic_source(nlp):
    rows = doc_quotes(nlp("Among Democrats, 56 percent would vote for Clinton."))
    assert [(r["speaker"], r["cue"], r["text"], r["generic"]) for r in rows] == [
        ("56 percent", "vote", "Clinton", True)]


@pytest.mark.parametrize("text, speaker, generic", [
    # FakeNewsCorpus, PolNeAR train: a party's or a people's members are a plural source, as written
    ("During Christmas, the Christians express gratitude to God, greet one another with joy and exchange gifts.",
     "the Christians", True),
    ("Most Republicans said the plan was dead.", "Most Republicans", True),
    ("An American said the bill would fail.", "An American", True),
    # not a newspaper NER took for a people, nor a party's name of more words
    ("The Tennessean reported that the bill would fail.", "Tennessean", False),
    ("In Germany, the Social Democrats said they would not join the coalition.", "Social Democrats", False),
])
def test_a_party_or_a_people_is_a_plural_source(nlp, text, speaker, generic):
    (row,) = doc_quotes(nlp(text))
    assert (row["speaker"], row["generic"]) == (speaker, generic)


def test_a_name_ner_missed_is_not_a_generic_source(nlp):
    # Wikinews 2019: NER tagged "Hage Geingob" a body and missed "Geingob"; FakeNewsCorpus: "Electors said"
    rows = doc_quotes(nlp("The current president of Namibia, Hage Geingob, expressed his sadness at Iyambo's "
                          "death. Geingob tweeted, \"I announce with sadness the passing of my comrade.\""))
    assert [(r["speaker"], r["generic"]) for r in rows if r["kind"] == "direct"] == [("Geingob", False)]
    # (a capital opening a sentence makes the tagger read plurals as proper nouns)
    rows = doc_quotes(nlp("They observed “cracked walls,” which “indicate clear concerns with sanitation and "
                          "safety.”  Inspectors also found “exposed wiring. Electrical deficiencies pose serious "
                          "hazards.”"))
    assert [(r["speaker"], r["generic"]) for r in rows if "wiring" in r["text"]] == [("Inspectors", True)]
    rows = doc_quotes(nlp("SPECULATORS claimed the silver market was rigged."))
    assert [(r["speaker"], r["generic"]) for r in rows] == [("SPECULATORS", True)]
    # (PolNeAR train: a word capitalised only where it opens a sentence is no name)
    rows = doc_quotes(nlp("The committee met on Friday. Staff said the panel has the full, unredacted email and "
                          "will address it in its final report."))
    assert [(r["speaker"], r["generic"]) for r in rows] == [("Staff", True)]


@pytest.mark.parametrize("text, speaker, generic", [
    # Wikinews 2019, FakeNewsCorpus: a word too rare in English to be a common one is a name, even
    # where it opens the only sentence it is in
    ("In a situational report, the tremor damaged 143 buildings. Rappler reported three malls in Davao City were "
     "damaged following aftershocks.", "Rappler", False),
    ("A chart pattern can signal a reversal. StockCharts explains that the pattern “forms after a downtrend.”",
     "StockCharts", False),
    # guards: a common word, a plural, a noun of an act with its object
    ("The committee met on Friday. Staff said the panel has the full email.", "Staff", True),
    ("The hearing ended. Perusal of the internal emails reveals that the director knew about the leaks.",
     "Perusal", True),
    ("The tremor damaged 143 buildings. Epidemiologists said the outbreak would spread.", "Epidemiologists", True),
    # Wikinews 2019: a name the tagger read as a plural, set off by a description of one thing
    ("The Centre for Aviation's database lists Saha as belonging to the Air Force. Airfleets, a database detailing "
     "the aircraft operated by commercial carriers, states the aircraft uses the A300.", "Airfleets", False),
    # guards: a people's members, whatever describes them; a plural the description is of
    ("Democrats, a majority in the House, said the bill would pass.", "Democrats", True),
    ("The plane came down on Monday. Investigators, the team that examined the wreck, said the pilot erred.",
     "Investigators", True),
    # (PolNeAR train: a misspelt plural)
    ("The crowd gathered at the center. Atendees used markers to write notes to the superstar boxer on a paper "
     "banner.", "Atendees", True),
])
def test_a_rare_or_described_name_is_one_source(nlp, text, speaker, generic):
    rows = [r for r in doc_quotes(nlp(text)) if r["speaker"] == speaker]
    assert rows and all(r["generic"] == generic for r in rows)


def test_a_count_or_share_is_shown_with_what_it_is_of(nlp):
    # FakeNewsCorpus and PolNeAR train: a number alone names nobody
    text = ("A serious breach of trust is evident, therefore, when 47 of 73 Inspectors General pen a letter to "
            "Congress describing “serious limitations on access to records.”\n\nAsked about trust in September, "
            "75 percent of Republicans said \"most people in politics\" can't be trusted.\n\n"
            "\"It was a mistake,\" one of his aides said.\n\nSome of the protesters who marched through the city "
            "on Sunday said they were \"not going away.\"\n\n\"We are white separatists,\" said one of the Klansmen "
            "who spoke along the muddy lane.\n")
    # (up to the noun, without the clause on it: Horne 2017)
    assert [(r["speaker"], r["generic"]) for r in doc_quotes(nlp(text)) if r["kind"] == "direct"] == [
        ("47 of 73 Inspectors General", True), ("75 percent of Republicans", True), ("one of his aides", True),
        ("Some of the protesters", True), ("one of the Klansmen", True)]


@pytest.mark.parametrize("sentence, expected", [
    ("Sanders was endorsed by Senator Elizabeth Warren on Monday.", [("Elizabeth Warren", "endorse", "Sanders")]),
    ("Trump was told that the plan would fail.", []),  # who heard it is not who said it
    # nor when the telling is coordinated with a passive (FakeNewsCorpus); an active one still reports
    ("Trump has been taken into a room and told the military industrial complex calls the shots.", []),
    ("He was arrested on Monday and told reporters that he was innocent.", [("He", "tell", "that he was innocent")]),
])
def test_a_passive_cue_has_its_agent_as_source_or_none(nlp, sentence, expected):
    assert [(r["speaker"], r["cue"], r["text"]) for r in doc_quotes(nlp(sentence))] == expected


def test_a_headline_names_its_speaker_before_a_present_tense_cue(nlp):
    text = "Carson says cut regulations, national debt to reduce poverty.\n\nBen Carson spoke on Monday."
    rows = [(r["speaker"], r["cue"], r["text"]) for r in doc_quotes(nlp(text)) if r["end_char"] < text.index("\n")]
    assert rows == [("Carson", "say", "cut regulations, national debt to reduce poverty")]


def _direct(nlp, text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["text"]) for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]


def _referred(nlp, text: str, keep) -> list[str]:
    """The first word of the name each kept statement's speaker stands for ("" for none)."""
    return [text[r["speaker_ref"]:].split()[0] if r["speaker_ref"] >= 0 else "" for r in doc_quotes(nlp(text))
            if keep(r)]


def test_a_name_and_a_misread_cue_after_a_quote(nlp):
    # The tagger reads "notes" as a noun and "Will" as an auxiliary: neither has a subject.
    text = ("Kellyanne Conway and George Will spoke.\n\n"
            "\"Look at the statement Mr. Trump put out after the Dallas shootings,\" Conway notes. "
            "\"It was very different in tone and content from what people are accustomed to.\"\n\n"
            "\"The eruption of war in the capital of a NATO ally is a reminder of what is at stake,\" Will wrote.")
    assert [s for s, _ in _direct(nlp, text)] == ["Conway", "Conway", "Will"]


@pytest.mark.parametrize("text, speaker", [
    # a Breitbart live blog and a USA Today report: the sentence's "said" is someone else's
    ("Some in the crowd booed, and when Rubio thanked Miami and said it was great to be home, a man yelled "
     "“Stay there!”", "a man"),
    ("\"Apparently there's a young man who's having some problems,\" Cruz said as the heckler yelled: \"You suck!\"",
     "the heckler"),
])
def test_the_cue_right_before_a_quote_is_its_own(nlp, text, speaker):
    assert _direct(nlp, text)[-1][0] == speaker


def test_the_cue_right_after_a_quote_is_its_own(nlp):
    # A USA Today report: the parser hangs "she said" under the later "said Kunin"; the first
    # quote is hers as written, a quote inside a clause keeps the clause's cue.
    text = ("\"His normal demeanor is grumpy,\" she said, but despite the increasingly fractious tone, "
            "\"I think he will do it,\" said Kunin, who has been critical of Sanders.")
    assert [s for s, _ in _direct(nlp, text)] == ["she", "Kunin"]
    clause = ("When Trump later said he would \"protect our LGBTQ citizens,\" the crowd applauded loudly.")
    assert [s for s, _ in _direct(nlp, clause)] == ["Trump"]
    # a Politico report: after "!" a capitalised subject opens a new sentence, the reply to the quote
    reply = ("In June 2009, Axelrod emailed her condolences, telling her, “you are an all-star player and we need "
             "you for the long run!” She replied to him that it was an \"honor to serve the President w you.\"")
    assert _direct(nlp, reply)[0][0] == "Axelrod"


@pytest.mark.parametrize("text, speaker", [
    # Politico and NYT reports: with no comma to close it, the "apposition" is the subject
    ("Clinton, a top aide said, “is very confident, very confident in the contrast” between her and Trump.",
     "a top aide"),
    ("On Oct. 23, during a campaign appearance at the resort, now called Trump National Doral, the candidate "
     "boasted of his skills in whittling $25 million off the asking price, calling it “a great deal.”",
     "the candidate"),
])
def test_a_description_set_before_the_cue_without_a_comma_is_the_subject(nlp, text, speaker):
    assert _direct(nlp, text)[0][0] == speaker


def test_a_relative_clause_after_a_quote_tells_what_it_names_not_who_said_it(nlp):
    # NYT and Washington Post reports: the cue of a relative clause after the quote is no source
    text = ("Justice Kennedy also joined the court's liberals in a 5-to-3 decision on Monday striking down parts of "
            "a Texas abortion law and strengthening the ''undue burden'' standard that the court announced in 1992.")
    assert [s for s, _ in _direct(nlp, text)] == []
    text = ("Walter Hewlett sniped that Fiorina, a first-time chief executive, was \"learning on the job,\" while "
            "Fiorina and other HP leaders penned a series of \"Dear Walter\" letters that called him an \"academic "
            "and musician,\" inexperienced and out of touch.")
    assert _direct(nlp, text)[0] == ("Walter Hewlett", '"learning on the job,"')


@pytest.mark.parametrize("text, speaker", [
    # Wikinews and Horne 2017 reports: a name for something is what its namer says of it
    ("Trump labeled the report as \"fake news\" and said he would release his tax returns once he was no longer "
     "under audit.", "Trump"),
    ("During the presidential campaign, Trump referred to climate change as a “hoax” perpetrated by the Chinese, a "
     "comment he later described as a joke.", "Trump"),
    ("Critics dubbed the plan \"Obamacare lite.\"", "Critics"),
])
def test_a_phrase_a_naming_verb_governs_is_its_subject_s(nlp, text, speaker):
    assert [s for s, t in _direct(nlp, text) if "“" in t or '"' in t][:1] == [speaker]


def test_a_naming_verb_without_a_quote_or_as_reports_nothing(nlp):
    assert doc_quotes(nlp("The company branded its new phone and labeled the boxes.")) == []


@pytest.mark.parametrize("text", [
    # Washington Post reports: a quoted phrase that is no statement, and a cue later in the sentence
    # that does not govern it
    "State Rep. Rio Tilton is \"99.9\" percent certain he's going to vote for Marco Rubio.",
    "On Thursday, the nominee brought the “usuals” with her in what some are criticizing as just another photo op.",
])
def test_a_phrase_is_not_given_to_a_cue_of_another_clause_after_it(nlp, text):
    assert _direct(nlp, text) == []


def test_a_description_and_a_misread_cue_after_a_quote(nlp):
    # The tagger reads "asked" as a modifier of "old" and "states" as a plural noun (a Huffington
    # Post and a Politico report); the quote after a speaker's first one is theirs too.
    text = ("Peter Serafinowicz posted the clip to YouTube on Thursday.\n\n"
            "“What if Donald Trump had elocution lessons?” the 43-year-old asked in the video’s description.\n\n"
            "“They know Hillary’s the only one strong enough to stop Wall Street abuses,” a voice-over in the ad "
            "states. “She’ll stand up to the gun lobby and take on the NRA.”")
    assert [s for s, _ in _direct(nlp, text)] == ["the 43-year-old", "a voice-over in the ad",
                                                  "a voice-over in the ad"]


@pytest.mark.parametrize("text, speakers", [
    ("Nguyen spoke at the rally.\n\nShe went on: \"It is like if your house is leaking and you call anybody "
     "except the plumber.\"", ["She"]),
    ("Article 33 affirms: \"No Contracting State shall expel or return a refugee in any manner whatsoever.\"",
     ["Article"]),
    # a name labelling a quote mid-line, and after a headline's dash
    ("Jeb Bush and Hillary Clinton reject the term.\n\nClinton: \"Our goal is not to deter or contain ISIS, "
     "but to defeat it.\" Bush: \"The mission is to destroy ISIS -- not to contain it.\"", ["Clinton", "Bush"]),
    ("VOTERS CARE ABOUT INSPIRATION - Frank Newport: \"We found that the strengths most correlated with "
     "the vote were inspiring and visionary.\"", ["Frank Newport"]),
    # the verb the colon hangs on has a thing for subject; the clause above it has a person
    ("She has since apologized for what happened: \"Yes, I should have used two email addresses. Not doing so "
     "was a mistake.\"", ["She"]),
    # a study's words (Wikinews 2019; the quote before is a scientist's, and this one is not his)
    ("Fallows remarked, \"In 18 years at Seal Island, we had never seen sevengill sharks in our surveys.\"\n\n"
     "The study itself outlined the correlation between the absence of white sharks and the presence of "
     "sevengills: \"Sevengill sharks were only detected during the periods of white shark absence.\"",
     ["Fallows", "The study"]),
    # a name that is someone spoken to is not a label
    ("He turned to Clinton: \"You have been wrong on every single issue in this campaign, every one.\"", ["He"]),
])
def test_a_colon_after_a_clause_or_a_name_introduces_its_quote(nlp, text, speakers):
    assert [s for s, _ in _direct(nlp, text)] == speakers


@pytest.mark.parametrize("text, speaker, cue", [
    ("Or, as Tom Ridge, a former secretary of homeland security, put it: \"The barbarians are no longer at "
     "the gate. They are inside.\"", "Tom Ridge", "put it"),
    ("\"Jeb wants to be a tough guy tonight,\" Trump shot back at the debate.", "Trump", "shoot back"),
])
def test_cues_of_two_words(nlp, text, speaker, cue):
    assert [(r["speaker"], r["cue"]) for r in doc_quotes(nlp(text))] == [(speaker, cue)]


def test_made_it_clear_reports_the_clause_clear_takes(nlp):
    rows = doc_quotes(nlp("She made it clear that she has serious concerns about the provisions. Obama made clear "
                          "Monday that he would veto the bill."))
    assert [(r["speaker"], r["cue"], r["text"]) for r in rows] == [
        ("She", "make clear", "that she has serious concerns about the provisions"),
        ("Obama", "make clear", "that he would veto the bill")]


def test_a_quote_in_a_clause_of_its_own_is_not_the_cue_above_it(nlp):
    rows = doc_quotes(nlp("Mr. Khan, who had addressed the Democratic National Convention on Thursday, said on "
                          "NBC's \"Meet the Press\" on Sunday that Mr. Trump had shown disrespect to his wife, and he "
                          "accused Mr. Trump of running a campaign \"of hatred, of derision, of dividing us.\""))
    assert [(r["speaker"], r["cue"]) for r in rows if "hatred" in r["text"]] == [("he", "accuse")]


def test_quoted_words_make_a_reported_statement_direct(nlp):
    rows = doc_quotes(nlp("At Bear Stearns, Ms. Sherry said she and her female peers jokingly referred to "
                          "themselves as \"The Glass Ceiling Club.\""))
    assert [(r["speaker"], r["kind"], bool(r["quote_inside"])) for r in rows] == [("Sherry", "direct", True)]


def test_a_quote_the_parse_cut_from_its_statement_is_still_inside_it(nlp):
    rows = doc_quotes(nlp("He says he respects Clinton and calls her \"an extremely intelligent woman.\""))
    assert [(r["speaker"], r["kind"], r["text"]) for r in rows] == [
        ("He", "direct", "he respects Clinton and calls her \"an extremely intelligent woman.\"")]


@pytest.mark.parametrize("sentence, speaker, content", [
    ("As Purple PAC's Crane said, the two standard-bearers for libertarianism have become some of the least "
     "ideological candidates in America.", "Crane",
     "the two standard-bearers for libertarianism have become some of the least ideological candidates in America"),
    # a long apposition the parser made a clause of its own
    ("Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and other rabbis were "
     "alarmed about Trump's behavior.", "Jeffrey Salkin",
     "he and other rabbis were alarmed about Trump's behavior"),
    ("Last year, German police reported 906 attacks against asylum seeker homes.", "German police",
     "906 attacks against asylum seeker homes"),
])
def test_reported_speech_in_less_common_shapes(nlp, sentence, speaker, content):
    assert [(r["speaker"], r["text"]) for r in doc_quotes(nlp(sentence))] == [(speaker, content)]


@pytest.mark.parametrize("text, speaker", [
    ("Valastro praised Christie's leadership in the aftermath of Hurricane Sandy.\n\n"
     "\"We need someone who is going to cut through the noise and bring people together.\"", "Valastro"),
    ("Immediately after the attacks, Trump issued a statement, \"Last night, our nation was attacked by a "
     "radical Islamic terrorist.\"", "Trump"),
])
def test_a_quote_after_the_act_it_reports(nlp, text, speaker):
    assert [s for s, _ in _direct(nlp, text)] == [speaker]


def test_the_complement_a_cue_reports_is_the_quoted_one_not_a_misparsed_clause_after(nlp):
    rows = doc_quotes(nlp("The settlement “mustn’t come as a shock,” wrote Eugene Rumer, a senior fellow on the "
                          "Carnegie Endowment, in a commentary after North Korea launched further particulars of the "
                          "settlement."))
    assert [(r["speaker"], r["text"]) for r in rows] == [
        ("Eugene Rumer", "The settlement “mustn’t come as a shock,”")]


def test_a_possessive_owner_stands_for_the_person_it_refers_to(nlp):
    text = ("Mayor Bill de Blasio spoke on the radio. De Blasio also repeated his claim that profit-making was "
            "the motivation for some technology companies.")
    rows = [r for r in doc_quotes(nlp(text)) if r["cue"] == "claim"]
    assert [(r["speaker"], text[r["speaker_ref"]:].startswith("De Blasio")) for r in rows] == [("his", True)]


def test_the_it_of_a_finding_stands_for_no_body(nlp):
    rows = doc_quotes(nlp("The American Medical Association endorsed the platform at the convention, and it shows "
                          "how much the party has changed."))
    assert [(r["speaker"], r["speaker_ref"]) for r in rows if r["cue"] == "show"] == [("it", -1)]


def test_it_stands_for_no_body_named_sentences_before(nlp):
    rows = doc_quotes(nlp("Google released a new phone in 2015. The phone sold well in the spring. Does the candidate "
                          "have the stamina to campaign for months? It's easy to criticize the length of American "
                          "campaigns."))
    # an extraposed "it" is no source at all, and never the phone maker two sentences back
    assert [(r["speaker"], r["speaker_ref"]) for r in rows if r["cue"] == "criticize"] == []


def test_it_after_an_unnamed_text_that_speaks_stands_for_the_text_not_a_body_before(nlp):
    # Wikinews 2020: "It" had been the film "Black Panther" (tagged a body) two sentences back
    text = ("Boseman rose to fame for his role in the film Black Panther. Boseman died at home according to a "
            "statement posted to his account. It also stated he was in stage IV of his cancer.")
    [row] = [r for r in doc_quotes(nlp(text)) if r["cue"] == "state"]
    assert (row["speaker"], row["speaker_ref"]) == ("It", -1)
    # a text that is only an object, or that the body itself gave, leaves the body the "it"
    # (FakeNewsCorpus: "the Newsweek article acknowledges as much. It acknowledges that")
    for text in ("Amnesty International issued a statement on Monday. It said the talks would go on.",
                 "Something is wrong at Amnesty International. The Amnesty International report admits as much. "
                 "It also said the envoy would stay.",
                 "According to a statement from Amnesty International on Monday, talks will resume. It also said "
                 "the envoy would stay."):
        [row] = [r for r in doc_quotes(nlp(text)) if r["cue"] == "say"]
        assert text[row["speaker_ref"]:].startswith("Amnesty International")


def test_a_quote_has_its_own_cue_though_its_opening_mark_hangs_on_the_sentence_before(nlp):
    text = ("Secretary of State John Kerry said the Iranians released by the United States were in some cases close "
            "to completing their sentences, while the fugitives were beyond American reach. ''What we gave up, we "
            "believe, were people who were about to get out anyway and people that we couldn't get our hands on,'' "
            "he told Fox News.")
    rows = [r for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert [(r["speaker"], r["cue"]) for r in rows] == [("he", "tell")]


def test_a_sentence_whose_cue_opens_another_quote_does_not_attribute_the_one_before(nlp):
    text = ("''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack that "
            "happened today is the work of terrorists.''")
    assert [s for s, _ in _direct(nlp, text)] == ["Alawee", "Alawee", "Zahed"]


def test_a_quote_in_a_clause_without_a_cue_is_its_subjects(nlp):
    text = ("''And so it's pushing back on Trump,'' he said.\n\nThe venture capitalist Marc Andreessen said on "
            "Twitter that he was supporting Mrs. Clinton. Meg Whitman, a former candidate for governor in "
            "California, labeled Mr. Trump ''unfit to be president.''")
    assert [s for s, _ in _direct(nlp, text)] == ["he", "Meg Whitman"]


def test_a_name_after_a_quote_and_before_a_long_apposition_is_the_speaker(nlp):
    text = ("“It is not the position that everything is hunky-dory,” Gene Sperling, a top outside Clinton adviser, "
            "said at a recent POLITICO event on the economy in Iowa.")
    assert [s for s, _ in _direct(nlp, text)] == ["Gene Sperling"]


@pytest.mark.parametrize("text, speaker", [
    # a person named by a role ("A friend", "One early supporter") is a source
    ("A friend referred to him as “the most beautiful soul I’ve ever met in my whole life” in a Facebook post.",
     "A friend"),
    # after a quote, a name that owns the source is not the source
    ("\"It's about time that we had a woman running this country,\" exhorted Clinton's introducer, actress Jamie "
     "Lee Curtis.", "Jamie Lee Curtis"),
])
def test_sources_named_by_a_role(nlp, text, speaker):
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["kind"] == "direct"] == [speaker]


def test_what_someone_said_of_the_noun_before_the_quote_is_not_the_quote_s(nlp):
    # New York Times (PolNeAR train): ''well fed'' is O'Reilly's, not Michelle Obama's
    text = ("Then, there was Bill O'Reilly's aside that the slaves who built the White House, whom Michelle Obama "
            "referred to in her prime-time address, were ''well fed'' and adequately housed.")
    assert "Michelle Obama" not in {r["speaker"] for r in doc_quotes(nlp(text))}
    # guards: a quote right after the clause is its own; a clause whose pronoun is its subject speaks
    rows = doc_quotes(nlp("Senator Marco Rubio is airing a new TV ad in the state, in which he declares, ''The purpose "
                          "of our life is to cooperate with God's plan.''"))
    assert [r["speaker"] for r in rows if r["kind"] == "direct"] == ["he"]
    rows = doc_quotes(nlp("The mayor, who spoke to reporters on Tuesday, was “very happy with the turnout in every "
                          "single ward.”"))
    assert [r["speaker"] for r in rows if r["kind"] == "direct"] == ["who"]
    # nor does a clause with no relative pronoun, whose verb may govern the quote (Washington Post)
    rows = doc_quotes(nlp("The move, Carr explained, was the result of nearly three years of preparation — an "
                          "investment he concludes has constituted a “head-start on Clinton and the DNC.”"))
    assert [r["speaker"] for r in rows if r["text"].startswith("“head")] == ["he"]


def test_a_cue_in_an_adverbial_clause_is_not_the_quote_s(nlp):
    text = ("When Trump announced his candidacy in June 2015, he infamously referred to Mexican immigrants as "
            "“criminals” and “rapists” while calling to erect a border wall.")
    assert {s for s, _ in _direct(nlp, text)} == {"he"}
    # but a quote the adverbial clause's own cue reports is that cue's (PolNeAR train)
    rows = doc_quotes(nlp("Clinton celebrated in Florida with supporters, declaring it “another super Tuesday for our "
                          "campaign” and said it was another step closer to winning the White House."))
    assert [(r["speaker"], r["cue"]) for r in rows if r["kind"] == "direct"] == [("Clinton", "declare")]


def test_a_quote_inside_a_clause_is_not_the_next_sentence_s(nlp):
    text = ("Politifact examined the charge and rated both aspects of it “True.” The news service pointed to the "
            "State Department's own review board.")
    assert [s for s, _ in _direct(nlp, text)] == ["Politifact"]


def test_a_cue_verb_with_a_particle_that_reports_nothing_is_no_cue(nlp):
    rows = doc_quotes(nlp("The Coast Guard called off its search late on Tuesday. Trump called Clinton a liar."))
    assert [(r["speaker"], r["cue"]) for r in rows] == [("Trump", "call")]


def test_a_topic_verb_with_a_particle_has_a_hearer_after_to_not_a_topic(nlp):
    # wild web sample: "One of the things we've been pointing out to [our customers]"
    rows = doc_quotes(nlp("One of the things we've been pointing out to our customers is the risk. "
                          "The senator pointed to the polls. Her aides spoke out about the war."))
    assert [(r["speaker"], r["text"]) for r in rows] == [("The senator", "the polls"), ("Her aides", "the war")]


def test_what_a_person_does_in_a_text_or_interview_is_the_person_s(nlp):
    rows = doc_quotes(nlp("In an interview with NPR, Obama looked back on his eight years in office with some regret. "
                          "In a CNN poll, Clinton held a lead of five points."))
    assert [(r["speaker"], r["text"][:20]) for r in rows] == [("Obama", "looked back on his e"),
                                                              ("a CNN poll", "Clinton held a lead ")]


def test_the_subject_a_quote_describes_does_not_say_it(nlp):
    rows = doc_quotes(nlp("To Sharp, Trump is the “kind-hearted and caring” man who saved her family’s farm back in "
                          "1986."))
    assert "Trump" not in [r["speaker"] for r in rows]


def test_the_one_told_is_not_the_source(nlp):
    text = ("Violations also include pressuring a third party to conspire in a cover-up. Each felony violation is "
            "subject to five years in prison.”\n\n“The agents involved are under a lot of pressure and are busting "
            "a–,” an intelligence source, who was not authorized to speak on the record, told Fox News.")
    assert "Fox News" not in [r["speaker"] for r in doc_quotes(nlp(text))]


def test_a_cue_in_a_clause_after_in_an_interview_keeps_its_source(nlp):
    rows = doc_quotes(nlp("In an interview with TMZ Sports, Walker said, “I’ve had a lot of people cancel speech "
                          "engagements with me because of my relationship with Donald.”"))
    assert {r["speaker"] for r in rows} == {"Walker"}


def test_sources_after_a_quote_that_the_parse_misses(nlp):
    text = ("''That was a good speech you gave last night, Mr. President,'' Representative Steve Cohen, Democrat of "
            "Tennessee, told Mr. Obama as he stopped to have his picture taken with him.\n\n"
            "\"It's not politically correct to say anything against migrants. We don't have freedom of opinion "
            "anymore. #Cologne,\" tweeted a German user from Hanover going by the handle Pulvermann.\n\n"
            "That did not set well with the editors of The Advocate, who aimed their Friday editorial at Clinton.\n\n"
            "“If she wants to be the next president, Hillary Clinton should act like one, and come to Louisiana,” "
            "the editorial read.\n\n"
            "But Bill Skelly, a longtime RNC data operative, vouched for both of them.\n\n"
            "“Having access to the RNC file and two people who understand it is valuable,” said Skelly, explaining "
            "he worked more closely with Chrabaszcz, who was responsible for cleaning up state voter-roll data.\n")
    rows = doc_quotes(nlp(text))
    # a title before the name; a person's role after the cue; "read" tagged a noun; "Skelly" an adverb
    assert [r["speaker"] for r in rows if r["kind"] == "direct"] == \
        ["Steve Cohen", "a German user", "the editorial", "Skelly"]
    assert not [r for r in rows if r["text"].startswith(r["speaker"])]  # the source is not what it said


def test_a_quote_in_what_an_owned_noun_reports_is_the_owner_s(nlp):
    text = ("He was challenged over his statement on Wednesday that \"Islam hates us,\" but he kept his temper in "
            "check and responded with a minimum of defensiveness.\n\nEven as Clinton was criticizing Trump, however, "
            "she came under fire from Republicans over her assertion during the debate that \"we now finally are "
            "where we need to be\" in coming up with a strategy.\n\nHe took issue with Obama's assertion last week "
            "that late Republican President Ronald Reagan \"would roll over in his grave\" because of Putin's "
            "popularity in the GOP.\n")
    # the last clause hangs on "took": its subject stands between "that" and the quote
    assert [(s, r["cue"]) for r in doc_quotes(nlp(text)) if r["kind"] == "direct" for s in [r["speaker"]]] == \
        [("his", "statement"), ("her", "assertion"), ("Obama", "assertion")]


def test_an_owned_noun_reports_a_quote_after_that_and_a_comma(nlp):
    # PolNeAR train (Politico): the parse hangs the quote on "give", so only the words before it tell
    text = ("Another holdout — the United Mine Workers — is unlikely to give Clinton the nod after her March "
            "comment that, \"We're going to put a lot of coal companies and coal miners out of business.\" The "
            "union will likely sit out the election altogether.")
    assert [(r["speaker"], r["cue"]) for r in doc_quotes(nlp(text))] == [("her", "comment")]


def test_the_same_pronoun_as_the_last_source_is_the_same_person(nlp):
    text = ("Then there’s Axelrod.\n\n“Kind of bewildering as to why @Hillary Clinton folks are so explicitly, if "
            "anonymously, laying out her debate strategy a week out. #Justdoit,” he wrote last October after The New "
            "York Times published a story about the campaign’s efforts to make Clinton more relatable.\n\n"
            "“Too forced?” He tweeted when Clinton ended a Democratic debate last December.\n")
    rows = [r for r in doc_quotes(nlp(text)) if r["text"].startswith("“Too forced")]
    assert [(r["speaker"], text[r["speaker_ref"]:].startswith("Axelrod")) for r in rows] == [("He", True)]

@pytest.mark.parametrize("text, speakers", [
    # a roundup's "TOPIC - Author:" labels the quote, whatever cue the topic holds
    ("Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: Keep on contacting voters as late "
     "as possible.”\n\nThe demographic interplay has been important for Republican contests - Philip Bump: “Two weeks "
     "ago, his strongest territory had been the South.”\n", ["Carl Bialik", "Philip Bump"]),
    # the parser makes an opening preposition or date the subject; the person within it speaks
    ("Of Carson, Levine, who has given money to Marco Rubio, said, “He’s flat-out scary. I think he’s a wonderful "
     "man.”", ["Levine"]),
    ("Elizabeth Warren: Donald Trump Is a ‘Proven Failure’ in Business.\n\nSaturday at the Massachusetts Democratic "
     "state’s party convention Sen. Elizabeth Warren (D-MA) said presumptive Republican presidential nominee Donald "
     "Trump was a “proven failure” in business.", ["Elizabeth Warren"]),
    # a description after a name inside a prepositional phrase is the subject
    ("In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential "
     "candidate stated that Trump’s “divisive” and “mean-spirited” comments do not “fit with what I thought I knew "
     "about him.”\n", ["the Democratic presidential candidate"]),
    # behind the description a name is in apposition to; past a parenthesis; not a subjectless clause
    ("The attack came on Sunday.\n\n\"Is President Obama going to finally mention the words radical Islamic "
     "terrorism? If he doesn't he should immediately resign in disgrace!\" the presumptive GOP presidential nominee, "
     "Donald Trump, tweeted Sunday after a lone-wolf attack on a gay nightclub.\n\nWhile discussing a controversial "
     "tweet from Donald Trump featuring an image of Hillary Clinton, Speaker of the House Rep. Paul Ryan (R-WI) said "
     "“anti-Semitic images, they’ve got no place in a presidential campaign.”\n", ["Donald Trump", "Paul Ryan"]),
    # "in the words of X"
    ("Hours before Mr. Obama was to speak, word emerged that he was preparing his exit and that Mrs. Clinton was, in "
     "the words of a senior adviser, “the torchbearer” of his legacy.\n\nThe court acted, in the words of Justice "
     "Antonin Scalia, “as a legislature, not as a court of law.”\n", ["a senior adviser", "Antonin Scalia"]),
    ("The plan was, in Trump's words, \"a total disaster for the country and for our workers.\"", ["Trump"]),
    # an "as" clause the quote's verb governs, over a participle nearer the quote (an NYT report)
    ("As the LinkedIn chief executive, Jeff Weiner, put it in his memo to employees explaining the deal, "
     "''Imagine a world where we're no longer looking up at tech titans such as Apple.''", ["Jeff Weiner"]),
    # a cue noun's owner, when the quote is what the noun's copula says (a Huffington Post report)
    ("Rubio was asked by moderator Gerard Baker whether it would risk “adding another expensive entitlement "
     "program.”\n\nThe Florida senator’s answer was that “the most important institution in society is the "
     "family,” so government should help families.", ["Gerard Baker", "The Florida senator"]),
    # a reporting verb from the lexicon the tagger reads right (a USA Today column)
    ("Editorial pages warned that the sky was falling. \"Gun owners should leave their weapons at home,\" opined "
     "Cleveland's Plain Dealer.", ["Plain Dealer"]),
    # the one a verb like "prompt" moves to speak, not what moved them
    ("At one point, Cruz coached Trump to \"breathe, breathe, breathe.\" That prompted Rubio to make a joke about "
     "yoga and call Trump \"very flexible,\" a nod to the front-runner.", ["Cruz", "Rubio"]),
    # a name owning the noun after a cue is no inverted source when no quote closes before the cue
    ("Stuart Stevens, who served as Mitt Romney's chief strategist during the 2012 campaign, called Trump's "
     "statements and actions on Sunday \"childish.\"", ["Stuart Stevens"]),
    # Washington Post: "he was getting to talk up Trump" is deep in a relative clause; the quote
    # after that sentence goes on with LeVell, who declared the one before
    ("\"And I'm not being paid!\" LeVell declared, a point he likes to make after a recent appearance on an urban "
     "radio station during which callers asked how much money he was getting to talk up Trump. \"I make my own "
     "money. I have a five-star-rated business.\"", ["LeVell", "LeVell"]),
    # Horne 2017 (USA Today): "hit ... in" has no speaker; the cue right after the quote names him
    ("Still, it was the fastest pace in two years. And annual wage growth hit a seven-year high in October and has "
     "climbed steadily since early 2015 in “a further signal that inflation is firming,” Barclays economist Michael "
     "Gapen wrote in a note to clients.", ["Michael Gapen"]),
    # Politico: "his remarks were priceless “propaganda”" is De Blasio's word for Trump's remarks
    ("De Blasio, speaking on WOR710, called Trump a “blowhard,” and said his anti-Muslim remarks were priceless "
     "“propaganda” for the Islamic State.", ["De Blasio", "De Blasio"]),
    # Politico: the quote is Trump's claim in the "as" clause, not the prosecutor's
    ("But even as Trump claimed on Tuesday that “General Petraeus got in trouble for far less,” one of the former "
     "prosecutors for David Petraeus said the two cases were quite different.", ["Trump"]),
    # Washington Post: the quote is what the "although" clause's tweet says, not the sentence's
    # "said", whatever verb the closing mark hangs on
    ("Netanyahu said late Wednesday that he would go ahead with the Trump meeting, although he tweeted that he "
     "\"rejects Donald Trump's latest comments about Muslims.\"", ["he"]),
    # Politico: and a cue inside the clause of time still comes first ("Sanders refers to it as")
    ("When Maddow pointed out that Sanders refers to it as \"Medicare for all,\" Clinton seized upon the "
     "reference.", ["Maddow", "Sanders"]),
    # New York Times: whom one introduces "as" something is named in his words ...
    ("Jeb Bush and his brother offered a look ahead to why the younger brother, whom George W. Bush introduced to "
     "cheers as ''my big little brother,'' is the right choice for the country.", ["George W. Bush"]),
    # ... but introducing a bill says nothing (Breitbart)
    ("Senator Smith introduced a bill that would punish \"extreme carelessness\" with classified information.", []),
    # Wikinews 2019: a warning is a text that reads
    ("Gusts were forecast to reach 60 mph. \"Storm Lorenzo will produce significant swell and sizeable storm surges. "
     "This will lead to wave overtopping\", read the warning.", ["the warning"]),
    # Western Journal: "Will urged" is George Will, not a modal with no subject
    ("Columnist George Will wrote a column on Monday. Will urged Republicans to abandon \"all outsider candidates, "
     "Donald Trump in particular, whatever they say.\"", ["Will"]),
    # Politico: "Early described" is the party chairman Paul Early, whose surname the tagger read as an adverb
    ("Party chairman Paul Early met the delegates. Informed of the district’s anti-Trump lean, Early described it "
     "as “news to me.”", ["Early"]),
    # Horne: "as we know it" is a belief's clause, and the fear above it still frames the quote
    ("Some scientists openly fear that Sarah Palin could be the end of the science establishment as we know it and "
     "would relegate the Office of Science and Technology \"to the dark ages\".", ["Some scientists"]),
    # HuffPost: a reason is part of what is said, so the quote stays in Brockovich's statement
    ("Erin Brockovich, the legendary environmental activist and lawyer, endorsed Sanders’ approach Saturday, saying "
     "she hadn’t yet called for the governor’s resignation because she believed “we need to focus all of our energy "
     "on helping the people of Flint.”", ["Erin Brockovich"]),
    # FakeNewsCorpus: a clause whose subject is no one ("the meeting") leaves the quote Trump's
    ("On Monday, Trump met with Japanese Prime Minister Shinzo Abe to discuss the sale of U.S. military equipment the "
     "president said will help bolster international protection agains North Korean aggression. Abe, Trump said after "
     "the meeting has agreed “to purchase massive amounts of military equipment” that could be used to shoot down long "
     "range missiles fired in the region.", ["Trump"]),
], ids=["dashed label", "preposition as subject", "date as subject", "description in a phrase",
        "apposition and parenthesis", "in the words of", "in X's words", "as X put it", "owner's answer was",
        "opined", "prompted to speak", "owned noun after the cue", "main clause's cue before", "cue right after a "
        "clause about a thing", "what a statement is called", "as-clause claim", "although-clause tweet",
        "cue inside a when-clause", "introduced as", "introduced a bill", "a warning read", "Will urged",
        "Early described", "as-clause belief", "reason clause", "no one's clause"])
def test_sources_the_parse_hides(nlp, text, speakers):
    assert [s for s, _ in _direct(nlp, text)] == speakers


def test_what_a_reported_copula_lacks_is_not_the_speaker(nlp):
    # A saved Reuters page: the parse made the ministers the subject of "told", leaving "are" with
    # no complement; the ministers said nothing
    text = ("The G40 figures are cabinet ministers Jonathan Moyo and Saviour Kasukuwere, who fled to the compound "
            "after their homes were attacked by troops in Tuesday night's coup, the source, who said he had spoken to "
            "people inside the compound, told Reuters.")
    assert not [r for r in doc_quotes(nlp(text)) if "Moyo" in r["speaker"]]
    # a copula with its complement is a finished clause: the name after it speaks
    text = "The figures are final, Jonathan Moyo told Reuters."
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["Jonathan Moyo"]


def test_a_place_ending_a_persons_body_is_not_the_speaker(nlp):
    # Wikinews 2019: the parse made the campus the subject of "disagreed"
    text = ("The researchers plan to gather information on more freshwater resources.\n\nJo Anne Val Tilburg of the "
            "University of California, Los Angeles disagreed with these findings: \"The existence of fresh water "
            "seeps near coastal ahu is well-known and was certainly important at European contact.\"")
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["kind"] == "direct"] == ["Jo Anne Val Tilburg"]
    # a place that speaks in a person's sentence, not after a body's name, is the place
    assert [r["speaker"] for r in doc_quotes(nlp("Trump, Washington said, is wrong."))] == ["Washington"]


def test_a_source_phrase_keeps_a_hard_wrapped_line_but_not_a_time_stamp_line(nlp):
    # dpa wire copy wraps lines inside sentences; a live blog puts the time on a line of its own
    text = ("Switzerland is joining a growing number of countries\r\nthat will refrain from buying, the\r\n"
            "government said on Monday.\r\n\r\n6:45\r\nThe official said it was \"concerning\" that he had chosen "
            "to attack.\n")
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["the\r\ngovernment", "The official"]


def test_a_he_is_not_the_son_whose_surname_his_father_shares(nlp):
    # An AP page (newspaper4k's test pages): NER reads the father's full name as a work of art, so
    # "Omar Mateen" was the one full name a bare "Mateen" matched, and the father's words his son's
    text = ("KABUL, Afghanistan (AP) -- The father of the Orlando nightclub gunman came to the U.S. from Afghanistan "
            "more than 30 years ago, even once describing himself as its \"revolutionary president.\" Seddique Mir "
            "Mateen maintained a high profile on social media in the U.S. Mateen met with reporters Monday at his "
            "home in Port St. Lucie, Florida, and called the massacre by his son, Omar Mateen, \"the act of a "
            "terrorist.\" In a Facebook video posted after the killings, Mateen said: \"I don't know what caused "
            "him to shoot last night.\" \"But he (Omar) has killed those people, and I am so saddened,\" he added.")
    doc = nlp(text)
    [row] = [r for r in doc_quotes(doc) if r["speaker"] == "he"]
    assert not text[row["speaker_ref"]:].startswith("Omar")


def test_hit_reports_only_with_what_it_is_for(nlp):
    # a blog in the fake-news corpus: the weather is no one's statement
    rows = doc_quotes(nlp("It is supposed to hit 60 degrees here today! Hopefully this dismal winter is on its way."))
    assert [r for r in rows if r["cue"] == "hit"] == []


@pytest.mark.parametrize("text", [
    "Alas, there are only so many hours in the day and it is impossible to predict every catastrophe that comes "
    "our way.",
    "It is hard to say whether the plan will work.",
])
def test_an_extraposed_it_is_no_source(nlp, text):
    assert doc_quotes(nlp(text)) == []


def test_a_quote_told_under_an_extraposed_it_is_no_ones_named(nlp):
    # NYT: the "it" of "It seems unfair to tell" stands for the telling, and no one else tells it
    rows = doc_quotes(nlp("Jimmy Carter went on television in 1977, telling Americans that ''we need to shift to "
                          "plentiful coal.'' It seems unfair to simply tell the communities that worked on this "
                          "shift: ''We're sorry, but it didn't work out.''"))
    row = next(r for r in rows if r["kind"] == "direct" and r["text"].startswith("''We're"))
    assert (row["cue"], row["speaker"], row["speaker_ref"]) == ("tell", "", -1)


def test_an_extraposed_it_gives_way_to_whom_the_sentence_names_with_for(nlp):
    # HuffPost
    rows = doc_quotes(nlp("It's been extremely common for news accounts to portray Donald Trump's candidacy as a "
                          "“working-class” rebellion against Republican elites."))
    assert [r["speaker"] for r in rows if r["cue"] == "portray"] == ["news accounts"]


def test_the_it_of_a_raising_adjective_is_someone(nlp):
    # NYT: "It is likely ... to talk" is the document's talk, not an extraposed "it"
    rows = doc_quotes(nlp("A new government strategy document is being prepared. It is likely both to bolster "
                          "Germany's role on the world stage and to talk explicitly of military contributions."))
    assert [r["speaker"] for r in rows if r["cue"] == "talk"] == ["It"]


@pytest.mark.parametrize("text", [
    "And when she saw Mr. Trump talking about Carrier on the news, all she could do was shout ''Yessss!'' at the TV.",
    "And when she saw Mr. Trump on the news, all she wanted was to shout ''Yessss!'' at the TV.",
])
def test_a_pseudo_cleft_is_its_clauses_subjects(nlp, text):
    # NYT: "all" is what she could do, not who shouts
    rows = doc_quotes(nlp(text))
    assert [r["speaker"] for r in rows if r["cue"] == "shout"] == ["she"]


def test_a_pronoun_after_a_description_is_who_the_article_titles_so(nlp):
    # PolNeAR train (Breitbart): "He" is the former ambassador, Bolton, not Trump, the last name
    text = (
        'John Bolton: ‘Hillary’s Campaign Slogan Might as Well Be Vote for Hillary Clinton – Not Indicted, '
        'Yet!’\n\nIn discussing the various scandals swirling around Democrat presidential nominee Hillary '
        'Clinton, former UN Ambassador John Bolton told Breitbart News Daily SiriusXM host Matt Boyle, '
        '“Hillary’s campaign slogan might as well be Vote for Hillary Clinton – Not Indicted, '
        'Yet!”\n\nBolton also discussed the lengths to which most must go to perform government service at '
        'the level Hillary Clinton did, but those rules seemingly did not apply to her. He said:\n\n"In all '
        'the administrations I’ve served in, when you go into the government in a senior position, it’s '
        'like going into a monastery. You have to cut off ties, not only business ties from the public '
        'sector, but resign from boards of charitable organizations. It’s really a very draconian step you '
        'have to take. It’s why a lot of people don’t want to go into government. But everybody does it, '
        'unless your name is Hillary Clinton."\n\nThe former ambassador also discussed the vast differences '
        'between the anticipated foreign policy approaches of Clinton versus GOP nominee Donald Trump. He '
        'stated that\xa0there were plenty of conservatives willing to serve in a Trump administration, even '
        'if it were the so called Never Trumpers who\xa0were generating headlines. For his part, he said he '
        'would be honored to serve should the opportunity present itself.')
    doc = nlp(text)
    names = {e.start_char: e.text for e in doc.ents}
    assert {(r["speaker"], names.get(r["speaker_ref"])) for r in doc_quotes(doc) if r["cue"] in ("state", "say")} \
        == {("He", "Bolton"), ("He", "John Bolton"), ("he", "John Bolton")}


def test_an_intensifier_the_parse_made_a_subject_gives_way_to_its_name(nlp):
    # Wikinews 2019: "itself" is the filing's, and Ford writes
    rows = doc_quotes(nlp("In the filing itself Ford also made this point, writing \"In addition, we have notified "
                          "a number of other state and federal agencies.\""))
    assert [r["speaker"] for r in rows if r["kind"] == "direct"] == ["Ford"]


def test_an_aside_in_parentheses_frames_no_quote_after_it(nlp):
    # PolNeAR train (HuffPost): the women who want abortions do not say what follows
    rows = doc_quotes(nlp("Richards also spoke about the case before the Supreme Court. (The laws require that "
                          "doctors at clinics have admitting privileges. The legislation also mandates three separate "
                          "appointments for women who want to obtain medication abortions.)\n\n“Roe v. Wade is the "
                          "law of the land, is a constitutional right.”"))
    assert [r["speaker"] for r in rows if r["kind"] == "direct"] == [""]


@pytest.mark.parametrize("text, cue, meant", [
    # PolNeAR train (Breitbart): no one is titled senator, and Rubio is who the paragraph is about
    ("Marco Rubio lamented the state of politics in the United States Tuesday as he ended his bid for the White "
     "House.\n\nThe Florida senator sought to calm his supporters, and took a heckler in stride. He said that he "
     "would offer “a prayer” for the eventual Republican nominee.", "say", "Marco Rubio"),
    # FakeNewsCorpus: "The author ..., Jon was" names him; "he" is Jon, not the author named before
    ("Patrick Wood, author of Trilaterals Over Washington, points out there are only 87 members.\n\nContributed by "
     "Jon Rappoport of No More Fake News.\n\nThe author of an explosive collection, THE MATRIX REVEALED, Jon was a "
     "candidate for a US Congressional seat in the 29th District of California. Nominated for a Pulitzer Prize, he "
     "has worked as an investigative reporter for 30 years, writing articles on politics, medicine, and health for "
     "CBS Healthwatch.", "write", "Jon"),
])
def test_a_pronoun_after_a_description_no_title_gives_another_stays_the_topic(nlp, text, cue, meant):
    doc = nlp(text)
    names = {e.start_char: e.text for e in doc.ents}
    assert [names.get(r["speaker_ref"]) for r in doc_quotes(doc) if r["cue"] == cue] == [meant]


def test_a_reporting_verb_coordinated_into_what_is_reported_keeps_the_reporter(nlp):
    # Wikinews: the parser hangs "ruled" on "contained", whose subject is the book
    rows = doc_quotes(nlp("A judge agreed the book may have contained classified materials but ruled that \"the "
                          "damage is done\" with advanced copies made available to the media."))
    assert [r["speaker"] for r in rows if r["cue"] == "rule"] == ["A judge"]


@pytest.mark.parametrize("text", ["KABUL — says the Taliban will “never” negotiate.",
                                  "LONDON — warned of “grave consequences” on Monday."])
def test_a_dateline_the_parse_made_a_subject_is_no_speaker(nlp, text):
    assert doc_quotes(nlp(text)) == []


@pytest.mark.parametrize("text, speaker, meant", [
    # the name an owner's word hangs on is not the one who speaks (PolNeAR train shapes)
    ("Hillary Clinton spoke in Iowa. Clinton's lawyers said the emails were not classified.", "Clinton's lawyers",
     None),
    ("Opposition appears to win landslide in Burma.\n\nRANGOON, Burma - Aung San Suu Kyi's political allies on "
     "Monday predicted an overwhelming victory in Burma's elections.", "Aung San Suu Kyi's political allies", None),
    # a campaign speaks for its candidate, as a spokesman does
    ("Hillary Clinton spoke in Iowa. Clinton's campaign said the ad was false.", "Clinton's campaign", "Clinton's"),
    ("Joe Biden spoke in Delaware. The Biden campaign said the debate was off.", "The Biden campaign",
     "Biden campaign"),
    ("Hillary Clinton spoke in Ohio. The Clinton camp said the ruling was unjustified.", "The Clinton camp",
     "Clinton camp"),
    # aides are no one's voice, and the name modifying them is not who speaks (Wikinews)
    ("Hillary Clinton spoke in Iowa. Clinton aides said the race was close.", "Clinton aides", None),
])
def test_an_owner_is_not_the_speaker_unless_the_voice_is_theirs(nlp, text, speaker, meant):
    [row] = [r for r in doc_quotes(nlp(text)) if r["kind"] == "indirect" and r["cue"] in ("predict", "say")]
    assert row["speaker"] == speaker
    assert (text[row["speaker_ref"]:].startswith(meant) if meant else row["speaker_ref"] == -1)


@pytest.mark.parametrize("text, speaker", [
    # Politico: "tweeted" hangs on the name as a participle, the name is the sentence's root
    ("The race is close.\n\n“Clinton needs a strategy for targeting Johnson voters,” Nate Silver, the polling guru "
     "who founded fivethirtyeight.com tweeted on Wednesday.", "Nate Silver"),
    # NYT: the parser ends a sentence at "757"; "but it was a ''great luxury''" is still what he added
    ("In the interview on Saturday, Mr. Trump said he did not own the five aircraft to burnish his brand. He added "
     "that he could get by without owning a Boeing 757 but it was a ''great luxury to have.''", "He"),
    # HuffPost: "Forbes’" with the apostrophe parsed as punctuation
    ("The summit was held last month in Jerusalem because, in Forbes’ words, “they are the most entrepreneurial "
     "places on the planet with more startups per capita than Silicon Valley.”", "Forbes"),
    # Washington Post: the cover is the tabloid's, the one the sentence prompted to make it
    ("Friday, he told the New York Daily News that Clinton's aides were \"dragging their feet.\" This prompted the "
     "tabloid to do a cover saying \"Don't be a Bum, Hil!\"", "the tabloid"),
    # Breitbart and HuffPost shapes (PolNeAR train): the lead-in line ends in a colon and the quote is
    # the next paragraph, or the lead-in's "is" was read as a possessive
    ("Stone was speaking on the radio.\n\nStated Stone:\n\n“I think that the stakes are so high, and all "
     "computers can be rigged to have a predetermined outcome.”", "Stated Stone"),
    ("This is the mantra of meritocracy.\n\nHere’s Clinton in December 1992: “Our new direction must rest on an "
     "understanding of the new realities of global competition.”", "Clinton"),
    # Washington Post shapes: what a text says is said by who put it out or held it up
    ("In selling the courses, Trump released a marketing video that said, \"We are going to have professors that "
     "are absolutely terrific.\"", "Trump"),
    ("At a rally in Concord, 14-year-old Aubrey Pelletier hoisted a sign that read \"15%!\"", "Aubrey Pelletier"),
    # NYT: the same where the parse hangs the clause on the text as a participle would be
    ("But Mr. Sanders showed no sign of backing down, releasing a statement that, while condemning violence, "
     "accused the Democratic leadership in Nevada of using ''its power to prevent a fair and transparent process "
     "from taking place.''", "Sanders"),
    # West Journal: the parse makes "Beck" a verb and hangs "called" on Bannon
    ("Much of Beck’s ire was also directed at Bannon, who Beck on Wednesday called “a horrible, despicable human "
     "being.”", "Beck"),
    # Politico: "stating" hangs on the recipients of the email, not on its sender
    ("Her campaign quickly blasted out an email to supporters stating, “Speaker Paul Ryan Joins Growing List of "
     "Conservatives Rebuking Trump.”", "Her campaign"),
    # Breitbart (AP): the parse gives "went" two subjects; the nearer is the speaker
    ("Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
     "Trump"),
    # Breitbart (AP): "shouting" hangs on the clause about the incident; the protesters shout
    ("The first incident came during a speech, when Sanders protesters interrupted her speech, shouting “she wins, "
     "we lose!”", "Sanders protesters"),
    # Politico: the parse is right here, the guy who walks in is the one saying it
    ("“Is it two? Three?” Clinton asks as a maintenance guy walks in front of her, saying he’s “here to fix the "
     "seven holes in your wall.”", "a maintenance guy"),
    # NYT: the name hung on the place before it, its description two nouns joined by "and"
    ("At Boca West, where it costs new members $70,000 to sign up, Jay DiPietro, the club's 78-year-old president "
     "and general manager, suggested that the troubles besetting some of his competitors could be blamed on poor "
     "management and on their focus on ''the business of selling houses.''", "Jay DiPietro"),
    # Washington Post: a clause with a subject of its own, but the sentence closes on its speaker
    ("China's expanding influence has provoked mixed feelings in many Asian states, and it has used \"velvet "
     "gloves\" in its dealings with Central Asia, said Nargis Kassenova, an international relations expert.",
     "Nargis Kassenova"),
    # Politico: the "that" clause of "his comment" hung on the verb; the comment's owner speaks
    ("As the debate progressed and Trump stood by his comment Monday that \"Islam hates us,\" refusing to "
     "acknowledge that not all Muslims hate the U.S., Rubio again tried to rebuke the front-runner.", "his"),
    # Breitbart: "state" read as a noun after "to" is still the verb that reports the quote
    ("That record prompted Dave Leip’s Atlas of U.S. Presidential Elections, which examines bellwether states and "
     "counties, to state, “Vigo County, Indiana is the most prominent bellwether of presidential elections.”",
     "Dave Leip"),
])
def test_shapes_the_parser_misreads_keep_their_speaker(nlp, text, speaker):
    assert _direct(nlp, text)[-1][0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # West Journal: a passive "as" clause with no subject names its speaker after "by"
    ("From her inability to secure the lives of those under her charge in Benghazi, to being “extreme careless” in "
     "the handling of classified information – as described by FBI Director James Comey – many believe Clinton has "
     "already proven herself incapable on matters of national security.", "James Comey"),
    ("As reported by Western Journalism, the former secretary of state was made aware of her responsibilities.",
     "Western Journalism"),
])
def test_a_passive_clause_without_a_subject_is_its_agents(nlp, text, speaker):
    assert doc_quotes(nlp(text))[0]["speaker"] == speaker


@pytest.mark.parametrize("text, not_speaker", [
    # a noun's modifier is no one's statement (HuffPost), nor a relative clause (Wikinews)
    ("However, the question here is: Does the FSA and other rebel groups backed by Ankara have no choice but to do its "
     "bidding and agree its “provisional” role?", "Ankara"),
    ("The government of American Samoa issued a statement agreeing the issue should be decided by Congress and not by "
     "judges: \"imposition of citizenship by judicial fiat would fail to recognize American Samoa's sovereignty.\"",
     "Congress"),
])
def test_a_passive_modifier_gives_its_agent_no_words(nlp, text, not_speaker):
    assert not_speaker not in [r["speaker"] for r in doc_quotes(nlp(text))]


def test_a_name_joined_to_the_noun_before_a_participle_is_not_its_subject(nlp):
    # Politico: "foundation" is no description of the State Department, so the department does
    # not believe anything (the name before a cue is taken only across an apposition)
    text = ("But many of the people interviewed for this article, including top campaign officials, privately worry "
            "about the sane questions, the ones about her email server and the inside dealings between the State "
            "Department and her family’s charitable foundation, believing that they pose the greatest danger.")
    assert not [r for r in doc_quotes(nlp(text)) if "State Department" in r["speaker"]]


def test_a_relative_clauses_own_speech_verb_reports_the_quote(nlp):
    # West Journal: "who said" is the quote's cue, not the outer "said"; the pronoun stands for Beck
    text = ("“Donald Trump is a dictator in the making,” said Beck, who said there were “too many disturbing "
            "things for me to dismiss on Donald Trump.”")
    rows = [r for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert rows[-1]["speaker"] == "who" and text[rows[-1]["speaker_ref"]:].startswith("Beck")


@pytest.mark.parametrize("text, meant", [
    # USA Today and Breitbart shapes: the last governor or senator named is from another state
    ("New Jersey Gov. Chris Christie and former Florida Gov. Jeb Bush spoke in Manchester. The New Jersey governor "
     "said the race was close.", "Chris Christie"),
    ("Sen. Marco Rubio, R-Fla., spoke first. Then Sen. Bernie Sanders spoke. The Florida senator said the race was "
     "close.", "Marco Rubio"),
    # the next sentence's place is not the title's
    ("Ohio Gov. John Kasich spoke after former Florida Gov. Jeb Bush. The Ohio governor said the race was close.",
     "John Kasich"),
])
def test_a_description_with_a_place_is_someone_from_that_place(nlp, text, meant):
    [row] = [r for r in doc_quotes(nlp(text)) if r["cue"] == "say"]
    assert text[row["speaker_ref"]:].startswith(meant)


@pytest.mark.parametrize("text, meant", [
    # NYT, USA Today, Politico shapes: a rank, a nationality or a name in the description must fit
    ("Vice President Joseph R. Biden Jr. introduced President Obama in Scranton. The vice president said the race "
     "was close.", "Joseph R. Biden Jr."),
    ("President Barack Obama met the leaders of Europe. The French president said the talks were useful.", None),
    ("Breitbart News reported the story. The Heritage Foundation website said the statement was historic.", None),
    # (the Carson campaign is Carson's voice, not the Campaign Legal Center)
    ("The Campaign Legal Center filed a complaint against Ben Carson. The Carson campaign said the complaint was "
     "baseless.", "Carson campaign"),
    # Politico shape: a rank in the name's title that the description lacks ("the former president")
    ("Vice President Joe Biden spoke in Scranton.\n\nThe former president said the race was close.", None),
    # Wikinews shape: a portfolio the description names must be the title's
    ("Civil Aviation Minister Hardeep Singh Puri visited the crash site.\n\nAmong the dead are both the pilot and "
     "co-pilot. The local health minister said the injured were in hospital.", None),
    ("Health Minister Harsh Vardhan visited the hospital.\n\nThe health minister said the injured were in "
     "hospital.", "Harsh Vardhan"),
    # Horne 2017: a title the tokenizer splits at its hyphen is the whole title, no other
    ("President-elect Donald Trump met with aides on Monday. The president-elect said the plan was good.",
     "Donald Trump"),
    ("President Barack Obama met with aides on Monday. The president-elect said the plan was good.", None),
    # (a body's name in the title is no portfolio: Horne 2017)
    ("The AFL-CIO endorsed Ellison, despite protests from IAFF President Harold Schaitberger and others.\n\nIn a "
     "statement, the union president said Perez was a tireless advocate.", "Harold Schaitberger"),
])
def test_a_description_names_only_one_it_fits(nlp, text, meant):
    [row] = [r for r in doc_quotes(nlp(text)) if r["cue"] == "say"]
    assert text[row["speaker_ref"]:].startswith(meant) if meant else row["speaker_ref"] == -1


@pytest.mark.parametrize("text, meant", [
    # Washington Post shape: the paragraph is about Rubio, whom the article never called a senator;
    # the last senator named (Cruz) is a guess
    ("Sen. Ted Cruz spoke on Monday.\n\nRubio stopped by his headquarters in Manchester. Walking into the office, "
     "the senator said his campaign was closing strong.", None),
    # the same paragraph naming the senator again after the other subject keeps him
    ("Sen. Ted Cruz spoke on Monday.\n\nRubio stopped by his headquarters. Reporters asked Cruz about it, and the "
     "senator said his campaign was closing strong.", "Ted Cruz"),
    # and a description with a place is evidence enough
    ("Sen. Bernie Sanders spoke on Monday.\n\nClinton had 90% of the delegates. The Vermont senator said his "
     "campaign would go on.", "Bernie Sanders"),
])
def test_a_description_of_the_paragraphs_unroled_subject_stays_unresolved(nlp, text, meant):
    [row] = [r for r in doc_quotes(nlp(text)) if r["cue"] == "say"]
    assert text[row["speaker_ref"]:].startswith(meant) if meant else row["speaker_ref"] == -1


@pytest.mark.parametrize("text, meant", [
    # Seattle Times (a saved page): the paragraph is about Whole Foods, whose spokeswoman is its
    # subject; the company named before is a guess
    ("“I was shocked to see that level,” said Tyler Besecker, president of Mercer Island-based Dana F. Besecker "
     "Company, the largest buyer of Pacific halibut.\n\nA Whole Foods spokeswoman declined to comment on pricing. "
     "The company also said it was lowering prices across the store.", None),
    # the body named by its acronym since is the same body (Wikinews)
    ("The National Telecommunications Commission (NTC) issued a cease and desist order to the network.\n\nThe "
     "network tried to renew its franchise, but the bills have been stuck in Congress. Though the NTC is allowed to "
     "provide the network a provisional license, the commission said it would not.", "National Telecommunications"),
    # but not a capitalised word inside a quote that NER took for a body (PolNeAR train)
    ("Sen. Ted Cruz got a favorable decision from the Illinois Board of Elections.\n\n“The Candidate is a natural "
     "born citizen by virtue of being born in Canada to his mother,” the board said.", "Illinois Board of Elections"),
    # a person who speaks inside the quote still counts (NYT): "the former president" is George W.
    # Bush, whom the article names "President Bush" and the entity table takes for Jeb
    ("Mr. Trump's pointed critique of President Bush's performance on terrorism has startled some of the "
     "conservative world's leaders.\n\nBut Mr. Trump's words may have affected the former president, who spent much "
     "of his speech defending his administration.\n\n''On the way to Air Force One, from that school, Condi called me "
     "and said a plane has hit the Pentagon,'' the former president said.", None),
])
def test_a_body_description_in_a_paragraph_about_another_body_stays_unresolved(nlp, text, meant):
    [row] = [r for r in doc_quotes(nlp(text)) if r["speaker"].lower().startswith("the ")]
    assert text[row["speaker_ref"]:].startswith(meant) if meant else row["speaker_ref"] == -1


def test_an_owner_description_continues_no_subjects_topic(nlp):
    # Politico: "the president's request" is no new subject, so Sanders, the paragraph's subject,
    # does not block it from being President Obama's
    text = ("President Barack Obama released his plan on Tuesday.\n\nSanders said he was “encouraged” by the plan, a "
            "modest boost for Obama since 2009, when Sanders joined 89 other senators to reject the president’s "
            "request to close the prison.")
    [row] = [r for r in doc_quotes(nlp(text)) if r["cue"] == "request"]
    assert text[row["speaker_ref"]:].startswith("Barack Obama")


def test_what_a_naming_verb_calls_something_is_its_subjects_words(nlp):
    # Washington Post: "seek" governs the sentence, but the quoted name is Gilbert's
    text = "Cleveland sought the convention in the hopes of shedding what Gilbert called \"a perception problem.\""
    assert [s for s, _ in _direct(nlp, text)] == ["Gilbert"]
    # under a speech cue the outermost speaker keeps it, as "Obama said that a majority believe 'X'" does
    reported = "The senator said Friday that Trump had called her \"a total disaster\" in a speech."
    assert [s for s, _ in _direct(nlp, reported)] == ["The senator"]


def test_a_person_acting_right_after_a_quote_is_not_the_last_speaker(nlp):
    # Breitbart: no cue after the quote, but Trump, not Kelly, goes on
    text = ("Asked if he was ever bullied, Donald Trump said no.\n\nKelly responded pointedly, with a smile: “Can "
            "happen when you’re 45.” She is 45.\n\n“You know, it happens, right?” Trump went on, as if he didn’t "
            "hear her. “But you gotta get over it. Fight back, do whatever you have to do.”")
    assert [s for s, _ in _direct(nlp, text)] == ["Kelly", "Trump", "Trump"]


@pytest.mark.parametrize("text", [
    # NYT style: "Ms." is parsed into the name; she is no "he", whatever her first name says
    "Kashiya Nwanguma joined the union in 2010. ''There is deep anxiety among our members,'' Ms. Nwanguma said. "
    "''They feel the pressure every single day,'' he said.",
    # and a bare surname has the gender the article's honorific gave it paragraphs before
    "Ms. Nwanguma joined the union in 2010.\n\nThe union grew fast.\n\nNwanguma spoke in Ohio on Monday. ''They "
    "feel the pressure every single day,'' he said.",
])
def test_an_honorific_in_the_article_gives_a_surname_its_gender(nlp, text):
    [row] = [r for r in doc_quotes(nlp(text)) if r["speaker"] == "he"]
    assert row["speaker_ref"] == -1


def test_the_quotative_be_like_is_its_subjects_even_the_narrators(nlp):
    # a Wikinews interview answer: "And I'm like, “...”" is the interviewee's, not the woman's before
    text = ("I had women who came up to me and she's like, \"Look, if you have any questions about Islam, I'm happy "
            "to answer, but I don't like your post\".  And I'm like, \"I am ex-Muslim.  I studied Islam for a long "
            "time.  What makes you think that I have questions?\"")
    assert [s for s, _ in _direct(nlp, text)] == ["she", "I"]


@pytest.mark.parametrize("text, cue, speaker", [
    # Politico: the parse hangs "explaining" on what Bennett denied, whose subject is a thing
    ("Reached by POLITICO, Bennett denied the notion that a campaign shakeup is coming, explaining that he was "
     "unaware of Carson’s interview because he was “taking a day off.”", "explain", "Bennett"),
    # Washington Post: "arguing" is coordinated into what "saying" reports, two conjuncts deep
    ("Rubio pushed back on those claims Thursday, saying that the bill had the correct security components but was "
     "waylaid by voter mistrust - and arguing that he and Cruz shared \"almost all the same views on immigration.\"",
     "argue", "Rubio"),
    # but a clause of time is not reported content: the man who walks in says it (Politico)
    ("“Who can remember how many states i’ve lost in a row? Is it two? Three?” Clinton asks as a maintenance guy "
     "walks in front of her, saying he’s “here to fix the seven holes in your wall.”", "say", "a maintenance guy"),
    # nor a clause whose subject may be people, whatever the lexicon knows of them (Wikinews)
    ("And that's why ex-Muslims, when they come out, and they decide to criticise the [Islamic] scripture: each side "
     "will attack them saying, \"Oh, but we're not homophopic, my sister is gay\", \"So I reject this verse\".", "say",
     "each side"),
])
def test_a_participle_hung_on_reported_content_is_the_reporters(nlp, text, cue, speaker):
    assert {r["speaker"] for r in doc_quotes(nlp(text)) if r["cue"] == cue} == {speaker}


def test_a_pronoun_is_not_the_name_its_parenthetical_interrupts(nlp):
    # NYT: "Ms. Warren, she said, ..." reports on Warren; "she" is Clinton or no one, never Warren
    text = ("''Donald Trump says he'll make America great again,'' Ms. Warren said. ''I ask, for who exactly?''\n\n"
            "It was a potent one-two punch by the two most prominent women in the Democratic Party, as Mrs. Clinton "
            "echoed the criticism, saying Mr. Trump ''reminds us every day that he's not in it for the American "
            "people'' and Ms. Warren, she said, ''exposes him for what he is.''")
    [row] = [r for r in doc_quotes(nlp(text)) if r["speaker"] == "she"]
    assert not text[max(row["speaker_ref"], 0):].startswith("Warren")


def test_words_read_with_a_source_and_without_are_one_statement(nlp):
    # Breitbart live blog: "he's been known to be" is also read as a sourceless "is known"
    text = ("Kasich is trumpeting a positive-only message on the campaign trail, refusing to attack his rivals. But he "
            "says that doesn’t mean he can’t take on the Russians and the Chinese.\n\nHe tells the crowd: “I don’t "
            "want you to have the wrong impression: It’s possible to be kind and at the same time very tough.”\n\n"
            "Kasich says he’d sit Putin down and tell him “no more nonsense” and tells the crowd he was the “first "
            "one” to say the Islamic State group needs to be destroyed.\n\nAnd, Kasich tells the crowd, he’s been "
            "known to be “brusk” and “tough” in his home state of Ohio.")
    rows = [r for r in doc_quotes(nlp(text)) if "brusk" in r["text"]]
    assert [r["speaker"] for r in rows] == ["Kasich"]


def test_a_title_and_a_surname_tagged_a_body_leave_the_surname_to_its_person(nlp):
    # Breitbart: the headline's "Impeach AG Lynch" (ORG) is no other person named Lynch, so "She"
    # stands for Loretta Lynch, not for a surname that might be someone else's
    text = ("McCain Challenger Kelli Ward: Impeach AG Lynch Over Bathroom Bill.\n\nArizona Senate candidate Kelli Ward "
            "called for the impeachment of Attorney General Loretta Lynch.\n\nLynch announced on Monday the DOJ "
            "lawsuit against the state of North Carolina. “We are seeking a court order declaring HB2’s restroom "
            "restriction impermissibly discriminatory.” She further announced that the DOJ was retaining the right.")
    refs = {r["speaker_ref"] for r in doc_quotes(nlp(text)) if r["speaker"] == "She"}
    assert refs == {text.index("Loretta Lynch")}



def test_a_person_ner_calls_a_body_is_still_who_she_is(nlp):
    # Washington Post: "Carly Fiorina" is tagged ORG throughout; her first name and the "she"
    # after "Fiorina" say she is a person, so "she told" is hers
    text = ("Fiorina pushed ahead - and paid a price.\n\nThe University of Pennsylvania campus auditorium was "
            "half-empty when GOP presidential candidate Carly Fiorina strode onstage, smiling and waving with the same "
            "corner-office charisma she had showcased in hundreds of speeches around the world.\n\nInstead, Fiorina "
            "opened by talking about her charitable work overseas and what she learned by giving microloans to poor "
            "women in India.\n\n\"There are two looks that people get,\" she told her audience, a mix of college "
            "students and business professionals in Philadelphia.")
    [row] = [r for r in doc_quotes(nlp(text)) if r["speaker"] == "she"]
    assert text[row["speaker_ref"]:].startswith("Carly Fiorina")




@pytest.mark.parametrize("text, cue, speaker", [
    # NYT: the parser hangs the colonel on the date and gives "said" no subject; the description
    # before the cue ends in a place
    ("''This is not a combat mission,'' one senior administration official said.\n\nBut in a conference call with "
     "reporters on Dec. 2, Col. Steven H. Warren, a military spokesman in Baghdad, said, ''I mean, a raid is a "
     "combat operation. There is no way around that.''", "say", "Steven H. Warren"),
    # but a cue with its subject after it keeps that subject (Breitbart)
    ("However, pro-life members of the Democrat Party are denouncing the platform.\n\n“This platform’s language "
     "just says (to abortion opponents) you are no longer welcome,” said Kristen Day, executive director of "
     "Democrats for Life, reports USA Today.", "report", "USA Today"),
])
def test_the_name_before_a_description_that_ends_in_a_phrase(nlp, text, cue, speaker):
    [row] = [r for r in doc_quotes(nlp(text)) if r["cue"] == cue and r["start_char"] > text.index("\n\n") - 1]
    assert row["speaker"] == speaker


def test_a_closing_mark_glued_to_the_next_word_still_closes_the_quote(nlp):
    # HuffPost: no space after the closing mark ("paranoia,”Clinton said")
    text = ("But he wanted to know, “How surprised are you that we woke up after Nevada?”\n\n“I think it’s been most "
            "surprising to me to see somebody traffic in a lot of the prejudice and paranoia,”Clinton said. “Some of "
            "the comments he has made are really beyond the pale.”")
    assert [s for s, _ in _direct(nlp, text)] == ["he", "Clinton", "Clinton"]


def test_a_closing_mark_typed_to_open_a_quote_opens_it(nlp):
    # Western Journal: readers' comments, each after an invisible left-to-right embedding and
    # opened with the closing curl; Horne 2017: "Erdogan said, ”The coalition ...”"
    text = ("Palin’s post resonated with Facebook viewers.\n\n\u202a”Isis declares death on a lot of people and will "
            "burn in hell for it!!! Thanks Sarah!!!” wrote Pete Hidalgo.\n\n\u202a”This is why ISIS has to be "
            "destroyed. They are evil,” said John Krystek.\n\nErdogan said, ”The coalition forces are unfortunately "
            "not keeping their promises.”")
    rows = _direct(nlp, text)
    assert [s for s, _ in rows] == ["Pete Hidalgo", "John Krystek", "Erdogan"]
    assert all(q.startswith("”") and q.endswith("”") for _, q in rows)
    # a closing mark between a space and a space, or after a word, still opens nothing
    assert find_quotes("He left ” then. He left” Then nothing else happened here.") == []


def test_a_question_in_title_case_answered_by_its_speaker_is_a_line(nlp):
    # Politico: a two-word question repeated back, whose words read like a title; not a title a
    # thing asks, nor one closed on a comma (what Trump wrote is the book)
    text = ('"Well, yes. I\'m going to look at a lot of different people," Clinton said. "Grizzly Adams?" Maddow '
            'repeated.\n\n"What, Me Worry?" is the title of the book. "Who Killed Kennedy?" the film asks.\n\n'
            '"The Art of the Deal," Trump wrote in 1987.')
    assert _direct(nlp, text) == [("Clinton", '"Well, yes. I\'m going to look at a lot of different people,"'),
                                  ("Maddow", '"Grizzly Adams?"')]


@pytest.mark.parametrize("text", [
    # HuffPost, Politico: the parse hung a show's title after the cue on it as a second clause
    "“Being a dad, that's my job,”\xa0Weiner said in May on the podcast “Here's the Thing.”\nIn recent years, "
    "Weiner opened a consulting firm.",
    '"Let\'s go back six months and look at Bernie Sanders," Sanders said in an interview with CNN\'s Gloria '
    'Borger aired Monday on "New Day." "No money in the campaign, no volunteers."'])
def test_a_cue_after_its_quote_reports_no_clause_after_it(nlp, text):
    rows = doc_quotes(nlp(text))
    assert all(r["text"].startswith(("“", '"')) for r in rows) and len(rows) >= 1


def test_a_cue_after_another_verbs_quote_still_reports_its_clause(nlp):
    # (the quote before the cue is the crowd's, under "chanted"; "said" reports its own clause)
    text = ("After the crowd chanted “Lock her up,” Trump said that he would appoint a special prosecutor. “I am tired "
            "of this,” she said, and said that she would go home early.")
    assert [(r["speaker"], r["text"]) for r in doc_quotes(nlp(text)) if r["kind"] == "indirect"] == [
        ("Trump", "that he would appoint a special prosecutor"), ("she", "that she would go home early")]


@pytest.mark.parametrize("text, statement", [
    # PolNeAR train: the parse hung a quote elsewhere in the sentence on the cue; after a colon
    # the clause is the speaker's explanation
    ('Walking into the office to chants of "Marco! Marco!," the senator said his campaign here was "closing '
     'really strong."', 'his campaign here was "closing really strong."'),
    ('"This is the lie that Ted\'s campaign is built on," Rubio said: That Cruz is more conservative than everyone '
     'else.', "That Cruz is more conservative than everyone else"),
    ('"I never said that. I never said that," Trump said, after CNBC\'s Becky Quick said the billionaire front-runner '
     'had referred to Sen. Marco Rubio as the "personal senator" of Mark Zuckerberg.',
     'the billionaire front-runner had referred to Sen. Marco Rubio as the "personal senator" of Mark Zuckerberg')])
def test_a_clause_after_a_cue_whose_quote_is_not_right_before_it_is_reported(nlp, text, statement):
    assert statement in [r["text"] for r in doc_quotes(nlp(text))]


def test_a_cry_after_a_quote_is_its_cue(nlp):
    # PolNeAR train: the crowd's answer to Clinton's question had been lost for want of a cue;
    # crying with no words, or crying foul, reports nothing, nor does a clause beside "was crying"
    # (Wikinews 2020): a cry reports quoted words only
    text = ('"So what do Americans do? Do we moan about how bad things are?"\n\n"Nooooo!" the crowd cried out, '
            'booing.\n\nShe cried when she heard the news. He cried foul over the ruling. The baby cried for hours. '
            "There is a girl from our community near my house, she was crying.")
    assert [(r["speaker"], r["text"], r["cue"]) for r in doc_quotes(nlp(text)) if r["speaker"]] == [
        ("the crowd", '"Nooooo!"', "cry")]


@pytest.mark.parametrize("text, speaker", [
    # FakeNewsCorpus: the quote is the remarks' owner's, whatever the FBI did to them
    ("Fearing this just might look a bit choreographed, the FBI promptly amended Comey’s planned remarks to include "
     "this assertion (which he in fact made on July 5): “I have not coordinated or reviewed this statement in any way "
     "with the Department of Justice.”", "Comey"),
    ("The FBI promptly amended Comey’s planned remarks: “I have not coordinated or reviewed this statement in any way "
     "with the Department of Justice.”", "Comey"),
    # Wikinews 2019: the owner named with "from", of a statement or a text
    ("The palace issued the following statement from the king: “Even though she relinquished her title according "
     "to royal laws she still retains her status.”", "the king"),
    ("She received a letter from the IRS last week: “Your return is under review and you will be contacted by an "
     "agent.”", "IRS"),
    # not words with no owner, nor words a verb of speech acts on (Washington Post, a web page)
    ("The FBI released a statement on Friday: “We have not coordinated this with anyone at the department.”", "FBI"),
    ("She wrote a letter to the IRS last week: “My return is correct and I will not pay a cent more than I owe.”",
     "She"),
    ("The leader of Ennahda, Rachid Ghannouchi, condemned Wednesday’s attack, saying in a statement that it “will "
     "not break our people’s will and will not undermine our revolution.”", "Rachid Ghannouchi"),
    ("The White House released a statement about Putin on Friday: “The president spoke with him for an hour "
     "about the war.”", "White House"),
    ("He mocked Clinton’s remarks as “a disgrace to the office and to everyone who ever held it.”", "He"),
    ("Trump criticized Clinton’s remarks on Friday: “She should be ashamed of herself for saying such things about "
     "our veterans.”", "Trump")])
def test_words_a_verb_acts_on_are_their_owners(nlp, text, speaker):
    rows = [r for r in doc_quotes(nlp(text)) if "“" in r["text"]]
    assert rows and all(r["speaker"] == speaker for r in rows)


def test_a_clause_under_the_verb_a_cue_modifies_keeps_the_cues_speaker(nlp):
    # NYT: the quote is what he suggested, not what she "gave" (the owned-words exception above is
    # for a verb's object only)
    text = ("Last month, he waded into politics on a Kansas City radio station when he suggested that Hillary Clinton "
            "''should be buried under a jail somewhere'' if she gave ''classified information on hundreds if not "
            "thousands of emails on a public server, after what she's done.''")
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["he", "he"]


@pytest.mark.parametrize("text, speaker", [
    # Wikinews 2019: the parse hung "read" on "decision"; PolNeAR train: it took "read" for a noun
    ('The summary of the decision read in part: "This Court has already concluded that the advice was unlawful, void '
     'and of no effect."', "The summary"),
    ('The family\'s statement on the death read: "He was a loving father and a devoted husband who will be missed by '
     'all."', "The family"),
    ('The statement read in part: "This Court has already concluded that the advice was unlawful."', "The statement"),
    # a book that reads like something is no text that reads the quote, and a verb the parse kept
    # is the reader's
    ('Her first book on the subject read like a thriller: "It was a dark and stormy night in the old town."', ""),
    ('The crowd cheered as Smith read: "We hold these truths to be self-evident, that all men are created equal."',
     "Smith")])
def test_a_text_whose_reading_verb_the_parse_lost_is_the_source(nlp, text, speaker):
    rows = [r for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert [r["speaker"] for r in rows] == [speaker]


def test_the_readers_as_you_can_tell_reports_nothing(nlp):
    # FakeNewsCorpus: "as you can tell" is the writer's aside, no one's statement
    text = "That’s right. This beast is called the viper shark. And as you can tell by its name, it is ferocious."
    assert doc_quotes(nlp(text)) == []


def test_a_plural_subject_above_he_is_not_who_he_is(nlp):
    # NYT: "Top advisers said he had rejected ..." is Obama's rejecting; the advisers are no "he"
    text = ("Mr. Obama, whose approval ratings have risen above 50 percent, was loath to be seen as taking a victory "
            "lap. Top advisers said he had rejected the idea of a valedictory address.")
    [row] = [r for r in doc_quotes(nlp(text)) if r["cue"] == "reject"]
    assert text[row["speaker_ref"]:].startswith("Obama")


_AMAR = ("Many Republicans fear Mrs. Clinton would choose a liberal.\n\nAs Akhil Amar, professor of constitutional law "
         "at Yale and author of ''America's Unwritten Constitution,'' put it, ''Senate Republicans should remember "
         "that a compromise candidate today may be far better for them than the justice they may get stuck with.''")


@pytest.mark.parametrize("text, snippet, speaker", [
    # Breitbart: the clause's subject is "The timing"; Shaw, its object, speaks
    ("Asked if Sanders is “realistic enough to serve effectively as president,” 72 percent of Democrats said yes.\n\n"
     "The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “Historically, lesser-known "
     "candidates beating establishment candidates in early contests have seen the biggest bounce.”", "Historically",
     "Daron Shaw"),
    # NYT: "As" parsed as a preposition; the name after "put it," is the quote's, not its speaker
    (_AMAR, "Senate Republicans", "Akhil Amar"),
], ids=["a colon after a clause about a thing", "as read as a preposition"])
def test_who_a_quote_is_given_to_when_the_clause_names_a_thing(nlp, text, snippet, speaker):
    assert [s for s, t in _direct(nlp, text) if snippet in t] == [speaker]


def test_a_name_after_a_cue_is_never_inside_the_quote_that_follows(nlp):
    put = next(t for t in nlp(_AMAR) if t.text == "put")
    assert _inverted_subject(put) is None


def test_a_cue_in_an_as_clause_before_a_quote_reports_the_quote(nlp):
    # NYT: "jeered" (its lemma fixed in data/lemma_fixes.csv) introduces the quote after it; the
    # clause the "as" is set into is not what the friends said
    text = ("Once, when they spotted a Soviet trawler in international waters off the coast of Montauk, Freddy "
            "circled it as his friends jeered, ''Do svidaniya!'' - Russian for ''goodbye.''")
    assert [(r["speaker"], r["kind"]) for r in doc_quotes(nlp(text))] == [("his friends", "direct")]


@pytest.mark.parametrize("text, cue, speakers", [
    # Politico: "source" is a person noun (data/source_nouns.csv), so the statement has its speaker
    ("Hillary Clinton’s campaign is planning to reprint a withering Washington Post editorial.\n\nThe plan, an "
     "inside source said, is to have volunteers pass out reprints of the editorial.", "say", ["an inside source"]),
    # PolNeAR train (Washington Post, NYT): "staffer" and "partner" are person nouns too
    ("The next month, a former Republican committee staffer announced plans to sue the panel, claiming he was fired "
     "in part because he would not focus his investigative work on Clinton.", "announce",
     ["a former Republican committee staffer"]),
    ("That company is owned by its funds, which are owned by the shareholders.\n\nThe solution, the partner told "
     "them, was simple.", "tell", ["the partner"]),
    # USA Today: "That said, ..." reports nothing; the statement after it is the survey's
    ("Asian Americans are a bit less upbeat, at 26%.\n\nThat said, Millennials say they believe success will "
     "require a lifetime of effort on their parts.", "say", ["Millennials"]),
    # FakeNewsCorpus (CNN): the parse gives "told" two subjects, Hayden and Erin Burnett, the hearer
    ("Former CIA Director Michael Hayden said Thursday \"we all collectively should be a little bit frightened\" by "
     "the remarks.\n\n\"We all collectively should be a bit embarrassed,\" Hayden, who also directed the NSA, told "
     "Erin Burnett in an interview on CNN.", "tell", ["Hayden"]),
    # NYT: "many of them conservative Catholics" says what the critics are; the critics argue
    ("Francis also made a 2014 stop in Bethlehem.\n\nHis critics in the United States, many of them conservative "
     "Catholics, argue that Francis is a ''political pope'' pursuing a leftist agenda.", "argue", ["His critics"]),
    # Wikinews 2019: the parse made "her reasoning" the subject of "saying"; the governor says it
    ("Governor Kay Ivey signed the bill on Wednesday. The governor tweeted her reasoning saying, \"Today, I signed "
     "into law the Alabama Human Life Protection Act.\"", "say", ["The governor"]),
], ids=["an unnamed source", "a staffer", "a partner", "that said", "the hearer of told", "a group in apposition",
        "a thing read as a participle's subject"])
def test_who_a_cue_names(nlp, text, cue, speakers):
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["cue"] == cue] == speakers


@pytest.mark.parametrize("text, snippet, speaker", [
    # NYT: the laugh line is Trump's, not the worker's quoted in the paragraph before; no cue says
    # so, and it stays a statement with its speaker open
    ("''If Trump will kick Carrier's ass, then I'll vote for him,'' Mark Weddle said.\n\nThat is pretty much what "
     "Mr. Trump has threatened to do. At rally after rally, to rapturous crowds, he vows to impose a 35 percent tax "
     "on Carrier products from Mexico. Then, the laugh line: ''I want to do this myself, but it is so unpresidential "
     "to call up Carrier.''", "unpresidential", ""),
    # Washington Post: the parse hangs the quote's verb on "said" by a conjunction; the quote
    # follows "he gave the Texan a back-handed compliment:"
    ("Harry M. Reid (D-Nev.) blasted Rubio and defended Cruz in a recent interview with The Post. Reid said both "
     "Rubio and Cruz are \"non-entities in the Senate,\" but he gave the Texan a back-handed compliment: \"You never "
     "have to guess where he is. He's not winning personality contests here. Cruz is just who he is.\"",
     "guess where", "he"),
], ids=["a paragraph about someone else", "a colon after a clause coordinated after the cue"])
def test_who_a_quote_after_another_clause_is_given_to(nlp, text, snippet, speaker):
    assert [s for s, t in _direct(nlp, text) if snippet in t] == [speaker]


@pytest.mark.parametrize("text, snippet, speaker", [
    # Breitbart: "when Boyle asked" is a clause of its own, not the inverted subject of "said"
    ("Billionaire Donald Trump praised Breitbart News’ Washington Political Editor Matthew Boyle at a press "
     "conference in Hanahan, South Carolina on Monday.\n\n“Very good reporter, very good reporter this guy,” Trump, "
     "the 2016 GOP presidential frontrunner nationally and current polling leader in South Carolina by a wide "
     "margin after winning the New Hampshire primaries, said when Boyle asked him a question.",
     "Very good reporter", "Trump"),
    # Breitbart: a place and a role before the name, a quoted name in the description after it
    ("Not everyone was claiming success.\n\n“We’ve had more successful conventions than this one,” Texas delegate "
     "Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti fluttered "
     "down around him amid the sound of popping balloons underfoot.", "successful conventions", "Bill Eastland"),
    # Politico: "She noted a planned Cruz rally" says something else; the quote goes on from "she said"
    ("Cruz spokeswoman Catherine Frazier said the 99-county pledge was not constraining.\n\n“I completely disagree "
     "with the assertion that there is any disadvantage,” she said. “We feel good about the areas we’re going to "
     "and the amount of time we’re able to spend in all areas of the state.” She noted a planned Cruz rally on "
     "Saturday in Sioux City with King in his district, one of several weekend rallies in more densely populated "
     "areas.", "We feel good", "she"),
    # NYT: the sentence after the quote opens with its cue and the source is that cue's object
    ("The response was fast and fierce. ''Whoever opens the borders and supports uncontrolled immigration, giving "
     "terrorists free run, has no place pretending here!'' wrote a man calling himself Paul Paul.",
     "Whoever opens", "a man"),
], ids=["a clause after the cue", "a description with a quote", "a next sentence with its own words",
        "an inverted source"])
def test_the_speaker_of_a_quote_before_its_cue(nlp, text, snippet, speaker):
    assert [s for s, t in _direct(nlp, text) if snippet in t] == [speaker]


def test_a_quote_before_its_source_is_one_statement_not_two(nlp):
    # Breitbart: the parse hangs the source and its description on the quoted clause; that is no
    # second, reported statement holding the speaker's own name
    text = ("Not everyone was claiming success.\n\n“We’ve had more successful conventions than this one,” Texas "
            "delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as "
            "confetti fluttered down around him amid the sound of popping balloons underfoot.")
    rows = [r for r in doc_quotes(nlp(text)) if r["cue"] == "say"]
    assert [(r["kind"], r["text"]) for r in rows] == [
        ("direct", "“We’ve had more successful conventions than this one,”")]


def test_a_second_relative_clause_stands_for_the_same_person(nlp):
    # Washington Post: "who worked the crowd" is a second "who" clause of the academic's
    text = ("The senator was rallying for a 70-year-old academic named Eric Kingson, who is running for Congress and "
            "who worked the crowd, praising \"Bernie's genuineness and indisputable integrity\" as he promised to "
            "defend and expand Social Security.")
    rows = [(r["speaker"], r["speaker_stands_for"]) for r in doc_quotes(nlp(text)) if "genuineness" in r["text"]]
    assert rows == [("who", "a 70-year-old academic")]


def test_the_verb_a_cue_completes_gives_its_subject(nlp):
    # HuffPost: "a reporter can be heard asking" follows the question; not the colon line's "support"
    text = ("But while he may not have made the initial suggestion, Trump did support the idea of such a database on "
            "Thursday, and NBC News has proof:\n\n“Should there be a database system that tracks the Muslims here in "
            "this country?” a reporter can be heard asking Trump after an event in Iowa.")
    assert [s for s, t in _direct(nlp, text) if "database system" in t] == ["a reporter"]


def test_a_question_word_is_no_source(nlp):
    # HuffPost: "what was wrong" ends the clause before the colon; the clause above is Jeb Bush's
    text = ("Former Republican presidential candidate Jeb Bush broke down exactly what was wrong with the image and "
            "message to the Dutch newspaper NRC Handelsblad: “What Trump did was so insensitive. First, not all "
            "Hispanics are Mexican. Secondly, not all Hispanics eat tacos.”")
    assert [s for s, t in _direct(nlp, text)] == ["Jeb Bush"]


def test_a_title_with_a_phrase_of_its_own_still_ends_in_its_persons_name(nlp):
    # Breitbart: the parse makes "President" the subject and hangs the name on it
    text = ("The program is the first live, conservative radio enterprise to air seven days a week. Sirius XM Vice "
            "President for news and talk Dave Gorab called the show “the conservative news show of record.”")
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["cue"] == "call"] == ["Dave Gorab"]


@pytest.mark.parametrize("text, speaker", [
    # Wikinews: the tweet's author is named; "a tweet" is how the words came, not who wrote them
    ("Mahan has been the subject of United States sanctions since 2011.  \"The airline transports weapons and "
     "fighters across the Middle East, supporting the Iranian regime's destructive ambitions around the region,\" "
     "according to a tweet on Monday by US Secretary of State Mike Pompeo.", "Mike Pompeo"),
    # HuffPost: who obtained the email did not write it
    ("The biggest prize in labor endorsements won’t be doled out next week as many people expected, according to "
     "an email from the president of the AFL-CIO labor federation obtained by The Huffington Post.", "an email"),
    # PolNeAR train: a court filing is a text too
    ("\u201cThe evidence is insufficient to support a criminal prosecution,\u201d according to a court document "
     "filed by state attorney Dave Aronberg.", "Dave Aronberg"),
    # PolNeAR train: a text "from" someone is theirs, as one "by" them ...
    ("Solar power will be cheaper than coal by 2030, according to a recent report from Bloomberg New Energy "
     "Finance.", "Bloomberg New Energy Finance"),
    ("The film was shown at the festival, according to a post from Arianna Huffington on Facebook.",
     "Arianna Huffington"),
    # ... but not one got from them
    ("The campaign spent $2 million in May, according to an email obtained from WikiLeaks.", "an email"),
], ids=["a tweet by", "obtained by", "a document filed by", "a report from", "a post from", "obtained from"])
def test_according_to_a_text_by_someone_is_its_authors(nlp, text, speaker):
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["cue"] == "according to"] == [speaker]


def test_a_word_in_a_script_the_model_does_not_read_is_no_speaker(nlp):
    # Wikinews 2020: an interview gives each Hindi answer after its translation; the parse of the
    # Hindi named "करता" ("does") as who demands
    text = ("And with that thought, I chose this. ((hi))Hindi language: \u200dचुना नहीं।  मुझे लगा, हर एक आता है — "
            "मुफ़त में ले के जाए — मुफ़त में अपने शौक़ मिटा के जाता है।  कोई भी आता है, demand करता है — \"यह चाहिए, वो "
            "चाहिए\" — सब मुफ़त में demand करता है।  तो सोचा: \"क्यों इस को हम लोग मुफ़त में हर बार [करें], हम भी तो "
            "इंसान है।\"")
    rows = doc_quotes(nlp(text))
    assert rows and all(r["speaker"] in ("", "I") for r in rows)


def test_a_description_of_an_outlet_fits_only_an_outlet_of_its_medium(nlp):
    # FakeNewsCorpus: "the federal agency" (the CDC, named just before in full) had been The
    # Journal of Infectious Diseases, the last outlet named; "the newspaper" is still the paper
    # named before it
    text = ("A recently published study in The Journal of Infectious Diseases discovered a link between cloudy "
            "water and infections.\n\nA report by the Centers for Disease Control and Prevention revealed that cases "
            "nearly quadrupled. Moreover, the federal agency noted that the rate of cases increased fourfold.\n\n"
            "The Washington Post reported the figures first. The newspaper said the agency had been slow.")
    rows = {r["cue"]: r for r in doc_quotes(nlp(text))}
    assert rows["note"]["speaker_ref"] == -1
    assert text[rows["say"]["speaker_ref"]:].startswith("Washington Post")


def test_it_after_a_body_brought_in_unnamed_is_not_the_last_body_named(nlp):
    # Horne 2017: "what it called transcripts" had been the Times of Israel's words, not the
    # Egyptian newspaper's; a body named does stand for "it" ("the station ... said it")
    text = ("On Tuesday, the Times of Israel reported that an Egyptian newspaper published what it called "
            "transcripts of meetings between US officials and Palestinian officials.\n\n"
            "The BBC aired the interview on Monday, and it said the minister had resigned.")
    rows = {r["cue"]: r for r in doc_quotes(nlp(text))}
    assert (rows["call"]["speaker"], rows["call"]["speaker_ref"]) == ("it", -1)
    assert text[rows["say"]["speaker_ref"]:].startswith("BBC")


def test_words_by_someone_that_say_are_their_authors(nlp):
    # FakeNewsCorpus: "the revealing comments" had been the speaker of what Gingrich's comments say;
    # a body NER did not name stays the text
    text = ("We go over the advisors Trump mentioned as well as the revealing comments by Newt Gingrich saying that "
            "Donald Trump has not been through initiation rituals yet.\n\nA statement by the company said that it "
            "would close the plant.")
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["cue"] == "say"] == ["Newt Gingrich", "A statement"]


def test_an_interview_label_of_initials_is_the_one_person_with_them(tmp_path, cache_dir):
    # Wikinews: "NG:" labels Natasha Gownaris's answers (NER calls "NG" a body)
    text = ("Wikinews caught up with postdoctoral researcher and study co-author Natasha Gownaris to learn more.\n\n\n"
            "((WN))  How did you approach putting together such a large-scale study?\n\n\nNG: This study started in "
            "1982, long before my joining the lab in March of 2016. Dr. Dee Boersma began this study as a response to "
            "a Japanese company's interest in harvesting penguins for their skin, meat, and oil.\n")
    rows = _quotes_of(tmp_path, cache_dir, text)
    assert set(rows[rows.speaker == "NG"].speaker_entity) == {"Natasha Gownaris"}


def test_a_surname_the_tagger_made_plural_is_still_its_person(nlp):
    # Breitbart: "Sanders" is tagged a plural proper noun near the end; the article names Bernie
    # Sanders, so it is his surname, not a group (as "Britons" or "the Clintons" would be)
    text = (
            'Poll: Bernie Sanders Burns Hillary Clinton With First-Ever National Lead.\n\nFor the first time, a '
            'poll shows upstart Sen. Bernie Sanders (I-VT) leading establishment favorite Hillary Clinton '
            'nationally.\n\nA\xa0Fox News poll, conducted jointly with\xa0Anderson Robbins Research (D) and\xa0Shaw & '
            'Company Research (R),\xa0shows Sanders with 47 percent versus Clinton, who has 44 percent.\n\nSanders is '
            'up from 37 percent in January and Clinton is down\xa0from 49 percent.\n\nThe Fox News results arrive '
            'just one day after a CNN/ORC poll\xa0showed\xa0a mere one-point difference between Clinton and Sanders in '
            'the upcoming Nevada caucus.\n\nRepublican pollster Daron Shaw told Fox that he credits the change to '
            'a large defection among “blue-collar, white Democrats” from the Clinton camp. In contrast, Clinton '
            'has maintained support\xa0among black voters and those with a college degree, Fox found.\n\nClinton’s '
            'low rating on trust is is damaging. Asked whether Clinton “has the integrity to serve effectively '
            'as president,”\xa075 percent of\xa0Democrats said yes, but 55 percent of all voters say she does not. '
            'That result includes 64 percent of independent voters.\n\nSanders has consistently pushed his promise '
            'of “free college” and forcing Wall Street bail out America’s ailing middle class as a way to appeal '
            'to his mostly millennial-aged voter base.')
    rows = [(r["speaker"], r["speaker_ref"]) for r in doc_quotes(nlp(text)) if "free college" in r["text"]]
    assert rows == [("his", text.index("Sanders has"))]


def test_the_articles_own_pronouns_give_a_name_its_gender(nlp):
    # HuffPost: "Bernie" is a man's name in the US and a woman's elsewhere, so the name leaves
    # Sanders's gender open; "Sanders is uncomfortable ..., he also largely ignored" settles it, and
    # "she" is Clinton, not Sanders
    text = (
            'The Democratic Primary Is A Fight Over Wall Street And Obama’s Legacy.\n\nWASHINGTON — If you want '
            'to understand the real meaning of Thursday night’s debate between Democratic presidential '
            'candidates Hillary Clinton and Bernie Sanders — or the increasingly ugly feud between their '
            'supporters — you have to go back to President Barack Obama’s election in 2008.\n\n“I think there '
            'are millions of Americans who are deeply disappointed in the president, who believe that, with '
            'regard to Social Security and a number of other issues, he said one thing as a candidate and is '
            'doing something very much else as a president,” Sanders said in 2011.\n\nAt the time, Sanders '
            'didn’t come out and say Obama should be replaced — only that the prospect of another candidate '
            'could hold his feet to the fire.\n\nAt first, that’s how many political experts viewed Sanders’ '
            'challenge to Clinton. When she publicly opposed Obama’s Trans-Pacific Partnership trade pact — '
            'one of the biggest foreign policy goals of his administration — it was a clear victory for the '
            'liberal wing of the party. Corporate executives love TPP; labor unions do not.\n\nAnd because '
            'Sanders is uncomfortable on foreign policy, he also largely ignored a very well-documented dark '
            'side to the Obama years that many early Obama enthusiasts have since criticized.\xa0Former Attorney '
            'General Eric Holder publicly argued for the extrajudicial assassination of American citizens. A '
            'few weeks after Obama announced that the war in Afghanistan would not end on his watch, U.S. '
            'forces bombed a Doctors Without Borders hospital in Kunduz. Obama has a kill list.')
    refs = [text[r["speaker_ref"]:].split(".")[0] for r in doc_quotes(nlp(text)) if r["speaker"] == "she"]
    assert refs == ["Clinton"]


def test_an_owner_before_the_pronoun_keeps_the_last_main_subject_from_deciding_alone(nlp):
    # Washington Post: "he called her" follows "Trump's ire"; Toomey, the last main-clause subject
    # the pronoun fits, is not who called Ayotte weak, so it stays open rather than wrong
    text = (
            'A shaky balancing act for Kelly Ayotte.\n\nAyotte, in fact, is staying as far away from the '
            'campaign of Donald Trump as she possibly can, despite being in the type of fiercely competitive '
            'race that would normally call for embracing whatever attention and help she could get from the '
            'top of the ticket.\n\nDown-ballot blues?\n\nAyotte is one of six Republican incumbents running in '
            'states President Obama won in 2012. Though she is running ahead of Trump in New Hampshire polls, '
            'Republican strategists concede that a Trump loss of significant proportions could pull incumbents '
            'such as Ayotte down with him and hand the Senate majority to Democrats. Among the most vulnerable '
            "GOP senators, Pennsylvania's Patrick J. Toomey has not endorsed Trump and Illinois's Mark Kirk "
            'withdrew his early support.\n\nAyotte has tangled with Trump once directly, saying she was '
            '"appalled" that he  would "disparage" the parents of Capt. Humayun Khan, the Muslim soldier who '
            "died facing a suicide bomber in Iraq in 2004. For that she drew Trump's ire - he called her "
            '"weak" and said she had "zero support" in New Hampshire.')
    assert [r["speaker_ref"] for r in doc_quotes(nlp(text)) if r["text"] == '"weak"'] == [-1]


@pytest.mark.parametrize("text, snippet, speaker", [
    # Politico: the parse hangs "Lewandowski added" under "Comey cannot say"; the name right
    # after the closing mark is who speaks, also in the participle after it
    ("“I think it’s the job of the FBI to do the research,” Lewandowski said.\n\nComey cannot say that “from his "
     "perspective,” Lewandowski added, saying it should be “up to the prosecutor to move forward or not.”",
     "up to the prosecutor", "Lewandowski"),
    # Breitbart: the parse glues "Beck" to "joked" as a compound and hangs it under "shouted"
    ("Holding open a book, Beck said, “I just want to ask you if you can recognize this person.”\n\nWhen someone in "
     "the audience shouted, “Cruz,” Beck joked, again using an exaggerated Southern accent, “Amen, brother! Come on "
     "up and get baptized!”", "Amen", "Beck"),
    # NYT: "said Michael Kofman, an expert ..." is set off by commas; the parse makes the
    # interpretation its subject
    ("The back and forth of the conflict continues.\n\nAny ''cleareyed'' interpretation of Mr. Kerry's actions, said "
     "Michael Kofman, an expert on Russia at the Woodrow Wilson Center in Washington, would read this as a public "
     "admission that the United States is bowing out of continuing the proxy war against the Syrian Army, seeing a "
     "negotiated agreement as ''the best means of saving what little is left of the moderate opposition.''",
     "cleareyed", "Michael Kofman"),
    # NYT: who declares is the one a win led to it, not the win
    ("Donald J. Trump wrested back control of the Republican presidential race with a commanding victory in the New "
     "York primary, while Hillary Clinton dealt a severe blow to Senator Bernie Sanders with an unexpectedly strong "
     "win that led her to declare that the Democratic nomination was ''in sight.''", "in sight", "her"),
    # Politico: the parse hangs "a voice over" on the quote's verb and gives "says" no subject;
    # the quote is not the statement's before it
    ("\"Trump says different things to different audiences,\" Katie Packer, who is chairman of Our Principles Pac "
     "said in a statement provided to POLITICO.\n\n“Donald Trump is skipping the last debate before the Iowa "
     "caucuses. Why? Trump can’t handle tough questions, like why he’d let millions of illegal immigrants stay in "
     "America and even supports a pathway to citizenship,” a voice over says as a photo of an empty podium is shown.",
     "skipping the last debate", "a voice"),
    # guards: the name after the closing mark does not take a quote a cue below it gives someone
    # else (Politico, twice) or one it does not report (Washington Post)
    ("“Who can remember how many states i’ve lost in a row? Is it two? Three?” Clinton asks as a maintenance guy "
     "walks in front of her, saying he’s “here to fix the seven holes in your wall.”", "seven holes",
     "a maintenance guy"),
    ("Grayson said Randolph “would have no chance to win,” the source recalled, adding that Grayson said of his "
     "fiancée: “I’m going to marry her. She’s going to have the Grayson name. And she’s going to win.”",
     "marry her", "Grayson"),
    ("Thousands of delegates rose to their feet and cheered.\n\nWhen Trump later referred to the recent massacre at "
     "a gay nightclub in Orlando and said he would \"protect our LGBTQ citizens,\" the crowd applauded loudly.",
     "LGBTQ", "Trump"),
    # NYT: a second "that" clause is the first one's speaker's, and a name the parse made one
    # with a place ("in Nevada, Senator Harry Reid") is not inside that place's phrase
    ("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he spoke with Mr. Sanders "
     "on Tuesday and that the Vermont senator faced a ''test of leadership'' over his supporters' actions.",
     "test of leadership", "Harry Reid"),
    # USA Today: a quoted clause coordinated with a cue is not what the cue reports
    ("North Korea also topped the agenda when Obama met in the afternoon with Chinese President Xi Jinping.\n\n"
     "Rhodes noted that U.S. officials have long been talking with Chinese, Japanese, and South Korean officials "
     "about the threat posed by North Korea, and \"we're in discussions about the deployment of additional missile "
     "defense\" in the area.", "in discussions", "Rhodes"),
    # guard (Washington Post): a quoted word whose clause has its subject outside the quote
    ("He mocked his rivals, talked over them as they answered questions and even assured the crowd that he doesn't "
     "have small hands - as Rubio has said - and he can \"guarantee\" there is no problem.", "guarantee", "He"),
], ids=["a name after a closing mark", "a name glued to its verb", "a name set off by commas",
        "the one a cause leads to speak", "a phrase hung on the quote", "guard: a cue below with its own subject",
        "guard: a cue below naming someone else", "guard: a cue above reporting nothing",
        "a second that-clause", "a quoted clause beside the cue", "guard: a quoted word of a clause beside"])
def test_who_speaks_where_the_parse_puts_the_speaker_elsewhere(nlp, text, snippet, speaker):
    assert [s for s, t in _direct(nlp, text) if snippet in t] == [speaker]


@pytest.mark.parametrize("text, snippet, speaker", [
    # Washington Post, Western Journalism, Politico: what a sign, a shirt or a crowd says, or what
    # someone calls someone, in title case, is a statement and not a title
    ("Outside the convention center in Washington, about 200 protesters congregated in three clusters, holding "
     "anti-Trump signs and chanting \"Dump Trump.\"", "Dump Trump", "about 200 protesters"),
    ("According to The Federalist, the men were wearing shirts that read “Settle for Hillary.”\n\nThey were also "
     "immediately noticed on social media.", "Settle for Hillary", "that"),
    ("Sam Jacobs, Time’s Assistant Managing Editor, explained to CBS why Merkel was selected above all the "
     "others.\n\nJacobs called Merkel “The Chancellor of the Free World.” Jacobs credited Merkel with holding the "
     "continent together.", "Chancellor of the Free World", "Jacobs"),
    # guards: a name given and a book's title stay titles
    ("“Anybody but Trump,” was another. One message read “anybodybuttrump.us,” a website linked to a group called "
     "the “We The People Foundation.”", "We The People", None),
    ("But Fiorina tossed \"cold water on the idea immediately,\" she wrote in her memoir, \"Tough Choices.\" She "
     "was adamant.", "Tough Choices", None),
    # Wikinews, FakeNewsCorpus: a name given in a participle or the passive (the parse makes the
    # first a verb of its own)
    ("The University of Cambridge had been hosting a program about criminal rehabilitation at Fishmongers' Hall "
     "called \"Learning Together\". According to a Twitter post by Amy Cook, the program had been running for "
     "years.", "Learning Together", None),
    ("A lot of intriguing connections there and the special report that I’m writing on this, it’s called “What, Me "
     "Worry?” which we’d love to make available to any of your listeners.", "Me Worry", None),
], ids=["a chant", "a shirt", "a name called", "guard: a name given", "guard: a book", "guard: a participle",
        "guard: the passive"])
def test_words_in_title_case_a_cue_reports_are_a_statement(nlp, text, snippet, speaker):
    # (a statement holding the quote, "According to The Federalist, ...", may come with it)
    found = [s for s, t in _direct(nlp, text) if snippet in t]
    assert speaker in found if speaker else found == []


@pytest.mark.parametrize("text, cue, name", [
    # Politico, Breitbart: "he" opens a clause that is itself reported ("said that while ..., he
    # was"), not a "..., he said" after its words; the one who says it is who "he" is
    ("Another delegate on the Cruz slate, Jim Poolman, said he was only “leaning Cruz.”\n\nAnd a third, Daniel "
     "Traynor, said that while he was adamantly opposed to Trump, he was currently only supporting Cruz because he "
     "had the best chance.", "support", "Daniel Traynor"),
    ("“Carolina’s going to win that one,” Gov. Kasich replied. “I hate to say it.”\n\nJeb Bush pointed out that "
     "since Peyton Manning was supporting him in his presidential campaign, he would support the Denver Broncos.",
     "support", "Jeb Bush"),
], ids=["said that while", "pointed out that since"])
def test_a_pronoun_in_a_reported_clause_after_a_comma_is_no_tag(nlp, text, cue, name):
    rows = [r for r in doc_quotes(nlp(text)) if r["cue"] == cue and r["speaker"] == "he"]
    assert [text[r["speaker_ref"]:r["speaker_ref"] + len(name)] for r in rows] == [name]


def test_a_surname_tagged_a_plural_noun_is_someone_else_before_a_pronoun(nlp):
    # FakeNewsCorpus: "Hicks", tagged a plural noun, stands between Trump and "she"; that "she"
    # gives Trump no gender, so "He had written" cannot go past him to Kellyanne Conway (the article's
    # "He had called Trump's cellphone" is no statement: a call on the telephone names nothing)
    text = ("Howard Kurtz is the media critic for FOX News. He is fair in his assessment of the media which has gone "
            "over the edge in its coverage of Trump.\n\nThe Hollywood reporter has excerpted part of Kurtz’s new "
            "book on the subject:\n\nHow “Trump Trauma” Is Crippling the News Media (Guest Column)\n\n"
            "On Jan. 8, 2017, days before Donald Trump was to assume the crushing burdens of the presidency, he faced "
            "a very different kind of problem: Meryl Streep.\n\nThe iconic actress slammed him in her speech "
            "accepting the Cecil B. DeMille lifetime achievement award at the Golden Globes, attacking him for, among "
            "other things, having allegedly mocked a disabled New York Times reporter during the campaign. The next "
            "morning, Hope Hicks, the president’s loyal young assistant who was almost always by Trump’s side, pulled "
            "out her phone to play footage of Kellyanne Conway on the CNN and Fox morning shows.\n\nKellyanne said "
            "that charge had been repeatedly refuted and added that if Streep were so concerned about the rights of "
            "the disabled, she should have spoken out about a disabled boy who had been badly beaten by young thugs "
            "shouting anti-Trump epithets in a video that had been posted on Facebook. Trump loved that answer and "
            "started venting about his media coverage.\n\nHicks retreated to a nearby desk, where she spoke to Times "
            "reporter Patrick Healy. He had written during the Globes that the president-elect wasn’t surprised by "
            "criticisms from “liberal movie people.”")
    refs = [text[r["speaker_ref"]:].split()[0] if r["speaker_ref"] >= 0 else "" for r in doc_quotes(nlp(text))
            if r["speaker"] == "He"]
    assert refs and "Kellyanne" not in refs


def test_a_pronoun_after_a_person_named_by_age_is_no_one_else(nlp):
    # FakeNewsCorpus: the evangelist had just quoted the apostle Paul; "he did say" is the
    # 83-year-old's, whom the sentence names by age only, not the apostle's
    text = ("Luis Palau spoke in the video on Thursday.\n\nHe also shared 2 Timothy 4 where the apostle Paul says, "
            "\"the time for my departure is here.\"\n\nThe 83-year-old began to cry as he thought about leaving his "
            "family but he did say he still intends to complete the mission trips.")
    rows = {r["text"]: r for r in doc_quotes(nlp(text))}
    said = rows["he still intends to complete the mission trips"]
    assert said["speaker"] == "he" and said["speaker_ref"] == -1
    assert rows['"the time for my departure is here."']["speaker"] == "Paul"


def test_according_to_names_a_source_a_pronoun_may_stand_for(nlp):
    # Wikinews: "he" after "... according to Kidston." is Kidston or the coach quoted before;
    # no longer the coach alone (it was Matt Myers, wrongly)
    text = (
            "Caloundra defeated Wynnum 45 points to 24 in their Round 4 Sunshine Coast Rugby Union match at "
            "Wynnum's Grenada Street ground on Saturday.\n\n\n\"It's a better performance than what we put on last "
            "week\", Wynnum coach Matt Myers said. \"We're a forty or fifty minute team at the moment, not an "
            "eighty minute team. [Just need to] stay in the fight and take [games] a bit deeper.\" Caloundra "
            "opened the game with two tries before Wynnum hit back with a couple of tries of their own. \"We were "
            "able to turn the momentum around after their first two\", Myers said. \"They had it all over us in "
            "the first fifteen or so and we turned the momentum around.\"\n\n\nCaloundra half back Jarrod Kidston "
            "enjoyed the win. \"Yeah it was a good start from us, probably the best start from us in a while\", "
            "Kidston said. \"Then we just made a couple of mistakes and let them back in the game. They're a good "
            "outfit so they put points on pretty quick.\"\n\n\nThe visitors would run away with the result in the "
            "end. \"We got back on even and managed to go try for try for a couple\", Myers said. \"[We] let them "
            "[have the] momentum [and they were] over the top, they got a roll on\".\n\n\nFitness was a big factor "
            "in that according to Kidston. \"We've been working hard on our fitness so it was pretty good to get "
            "the points at the back end\", he said.")
    rows = [r for r in doc_quotes(nlp(text)) if "working hard on our fitness" in r["text"]]
    assert [(r["speaker"], r["speaker_ref"]) for r in rows] == [("he", -1)]


def test_according_to_two_sentences_back_names_no_one_for_a_pronoun(nlp):
    # Horne 2017: "she" is Pam Bondi, not the spokeswoman an "according to" named two sentences
    # before; with no topic to agree on, it stays open
    text = ("But Trump cannot shutter the foundation just yet since it's under investigation by the New York attorney "
            "general, according to the office's spokeswoman Amy Spitalnick. Attorney General Eric Schneiderman "
            "ordered the foundation to stop raising money in New York in October, saying it wasn't registered by "
            "law to be able to do so in the state.\n\nAnd last year Trump had to pay a $2,500 fine to the IRS when "
            "he used $25,000 of the foundation's money to donate to a group supporting Florida Attorney General Pam "
            "Bondi. At the time, she was weighing whether or not to pursue an investigation into Trump University; "
            "ultimately, she decided not to, and the foundation's donation was discovered.")
    refs = [text[r["speaker_ref"]:].split(".")[0] for r in doc_quotes(nlp(text))
            if r["speaker"] == "she" and r["speaker_ref"] >= 0]
    assert "Amy Spitalnick" not in refs

def test_a_subheading_is_no_part_of_the_next_lines_statement(nlp):
    # Horne 2017: the subheading ran into the judge's sentence and made Huma Abedin decide
    text = ("He made it clear he was only seeking the warrant for the emails related to Secretary Clinton.\n\nHuma "
            "Abedin challenges the FBI\nIn deciding whether to unseal the warrant, the judge noted that Clinton “has "
            "little remaining privacy interest in the release of her documents.”")
    rows = [r for r in doc_quotes(nlp(text)) if r["text"] == "whether to unseal the warrant"]
    assert [r["speaker"] for r in rows] == ["the judge"]


@pytest.mark.parametrize("text, cue, name", [
    # NYT: the person after a phrase the pronoun opens is who it is
    ("Supporters in the crowd of about 2,600 waved ''Girl Power'' signs.\n\nWhile an all-female ticket is unlikely, "
     "James Hamilton, the Washington lawyer leading Mrs. Clinton's vice-presidential search, has begun vetting Ms. "
     "Warren and other candidates. Ever since she endorsed Mrs. Clinton this month, Ms. Warren has been a powerful "
     "surrogate, attacking Mr. Trump.", "endorse", "Warren"),
    # The Week (htmldate's test pages): a description after it is no one the article names, not
    # the campaign manager named before
    ("Marianne Williamson reportedly no longer has a campaign staff.\n\nThe author and 2020 Democratic presidential "
     "candidate has laid off her entire campaign staff nationally, as of Tuesday having \"no staffers on board,\" "
     "WMUR reports. Among those no longer employed by Williamson are Patricia Ewing, her national campaign manager. "
     "The Hill is also reporting on the layoffs, citing sources close to the campaign.\n\nAfter making her mark in "
     "the early Democratic presidential debates by railing against plans, describing the \"dark psychic force of "
     "the collectivized hatred that this president is bringing up in this country,\" promising to \"harness love\" "
     "to defeat President Trump, and declaring she'd call the prime minister of New Zealand as president to say "
     "\"girlfriend, you are so on,\" the spiritual guru has failed to qualify for the events in recent months.",
     "call", ""),
], ids=["a name after", "a description after"])
def test_a_pronoun_in_a_phrase_before_its_subject_is_that_subject(nlp, text, cue, name):
    refs = {text[r["speaker_ref"]:].split(" ")[0].split(",")[0] if r["speaker_ref"] >= 0 else ""
            for r in doc_quotes(nlp(text)) if r["cue"] == cue and r["speaker"] == "she"}
    assert refs == {name}


def test_a_surname_before_a_generation_is_the_full_names(nlp):
    # FakeNewsCorpus: "Sabato" is Antonio Sabato Jr.'s surname, not a stranger, so "he" is not
    # Stedman Graham, quoted before him
    text = ("Antonio Sabato Jr. says Hollywood's liberal elite desperately wants Oprah Winfrey to run for president in "
            "2020.\n\nAfter her address, which brought thunderous applause, Winfrey said she has no plans to throw "
            "her hat in the ring. But her longtime partner Stedman Graham told The Los Angeles Times: \"It's up to the "
            "people. She would absolutely do it.\"\n\nSabato — a former Calvin Klein model who has appeared in TV "
            "shows like \"General Hospital\" and \"Melrose Place,\" and has now entered politics by facing off "
            "Democratic Rep. Julia Brownley for California's 26th District – said he liked Winfrey's address, but it "
            "could have gone further.\n\n\"I think the speech was OK. It was good for what it was going after,\" he "
            "told Khan.")
    rows = [r for r in doc_quotes(nlp(text)) if r["text"].startswith('"I think the speech')]
    assert [text[r["speaker_ref"]:].split(" Jr.")[0] for r in rows] == ["Antonio Sabato"]


def test_a_sentence_about_another_person_ends_a_quotes_continuation(nlp):
    # Wikinews: Grivik, the subject of a sentence between them, stands between the business's
    # words and the maker's; the later quote is left open, not given to "at least one business"
    text = ("The \"Dealer's Den\" hall was expanded this year, with even more retailers and artists. While many "
            "offered \"furry\" versions of traditional products, at least one business focused on \"pushing the "
            "boundaries of fursuit technology.\" Along with 3D printing a bone-shaped name tag when Wikinews "
            "visited, Grivik was demonstrating miniature computer screens that could be used as \"eyes\" for a "
            "fursuit. The electronic displays projected an animation of eyes looking around, blinking "
            "occasionally. The maker has also developed \"a way to install a camera inside suit heads, to improve "
            "fursuiter visibility.\"")
    assert [s for s, t in _direct(nlp, text) if "install a camera" in t] == [""]


@pytest.mark.parametrize("text, speaker", [
    # Wikinews, FakeNewsCorpus: the parse runs the country into the name ("France Emmanuel Macron")
    # under the title; the title alone had been the speaker
    ("President of Ukraine Volodymyr Zelenskyy said, \"We expect from Iran assurances of their readiness for a full "
     "and open investigation.\"", "Volodymyr Zelenskyy"),
    ("On February 22, President of France Emmanuel Macron said: “French culture does not exist. There is a culture in "
     "France and it is diverse.”", "Emmanuel Macron"),
    # guard (USA Today): supporters of a person are not the person
    ("There are partisan differences on the bathroom issue. Supporters of Republican Donald Trump for president say "
     "by 55%-41% that transgenders should use the bathroom of the gender they were born.", "Supporters"),
], ids=["Ukraine", "France", "guard: supporters of"])
def test_a_title_of_a_place_run_into_a_name_is_that_person(nlp, text, speaker):
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["cue"] == "say"] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # Huffington Post: an experts' roundup signs each quote on its last line, inside the marks
    ("The two organizations’ work is part of a broader effort by the progressive wing of the Democratic Party.\n\n"
     "\"It’s now more important than ever that the country and President Obama hear specifically from Secretary "
     "Clinton that a vote on the job-killing TPP during a lame duck session of Congress must not happen.\nCharles "
     "Chamberlain, Democracy for America.\"\n\nClinton’s most significant remarks, however, were on trade.",
     "Charles Chamberlain"),
    # guard: a name opening the next line of a paragraph that goes on is no signature
    ("\"It’s now more important than ever that the country hears from Secretary Clinton that a vote on the TPP must "
     "not happen.\nCharles Chamberlain, who leads Democracy for America, has said so for a year and will go on.",
     ""),
], ids=["signed", "guard: a line that goes on"])
def test_a_quote_signed_on_its_last_line(nlp, text, speaker):
    assert [s for s, t in _direct(nlp, text) if "more important than ever" in t] == [speaker]


def test_you_know_is_no_cue(nlp):
    # Politico: the nested straight quotes leave ", you know, well," outside the marks; a filler
    # is not a speaker, the quote goes on from "Sanders asked"
    text = ("\"Do I think that that gun dealer should be sued for selling me a legal product that he misused?\" "
            "Sanders asked rhetorically, shaking his head no. \"But I do believe that gun manufacturers and gun "
            "dealers should be able to be sued when they should know that guns are going into the hands of wrong "
            "people. So if somebody walks in and says, \"I'd like 10,000 rounds of ammunition,\" you know, well, "
            "you might be suspicious about that.\"")
    assert [s for s, t in _direct(nlp, text) if t.startswith('"But I do believe')] == ["Sanders"]


@pytest.mark.parametrize("text, content", [
    # Wikinews: "according to prosecutors" set after the verb reports its own clause, not the one
    # "but" adds with a subject of its own
    ("Trump has admitted to ordering the payments, according to prosecutors, but the U.S. Justice Department "
     "maintains a policy of not charging the sitting president with crimes.",
     "Trump has admitted to ordering the payments"),
    # guard (Huffington Post): set before the clause, it reports all of it
    ("According to ProPublica, Clinton praised her wonderful donors in the audience, and she thanked them for "
     "their support.", "Clinton praised her wonderful donors in the audience, and she thanked them for their support"),
], ids=["after the verb", "guard: before the clause"])
def test_what_according_to_reports(nlp, text, content):
    assert [r["text"] for r in doc_quotes(nlp(text)) if r["cue"] == "according to"] == [content]


def test_a_title_two_people_hold_names_no_one_unless_one_is_at_hand(nlp):
    # Washington Post: Obama and "World Bank President Jim Yong Kim" are both presidents named in
    # the paragraph before; "The president also said" was Kim's, it is now left open
    text = (
            "On an unseasonably mild December day in Washington, President Obama had reason to bask in the sun.\n\n"
            "\"This agreement represents the best chance we've had to save the one planet we've got,\" Obama said "
            "Saturday at the White House after spending the early afternoon playing golf with World Bank President "
            "Jim Yong Kim. \"Together we've shown what's possible when the world stands as one.\"\n\nObama said "
            "the accord would send a powerful signal, channel investment into low-carbon projects and spur job "
            "creation in those areas.\n\nThe president also said that he imagined walking with his grandchildren "
            "watching a \"quiet sunset\" and knowing that \"our work here and now gave future generations cleaner "
            "air and cleaner water and a more sustainable planet.")
    rows = [r for r in doc_quotes(nlp(text)) if r["speaker"] == "The president"]
    assert rows and all(r["speaker_ref"] < 0 for r in rows)


def test_a_relative_pronoun_after_a_description_in_apposition_is_the_name(nlp):
    # USA Today: "who" is the pollster's, and the pollster is KellyAnne Conway, not "a pollster"
    text = ("\"There are a lot of undercover Trump voters, and a lot of them are female,\" said KellyAnne Conway, a "
            "pollster and strategist who supported Texas Sen. Ted Cruz.")
    rows = [r for r in doc_quotes(nlp(text)) if r["cue"] == "support"]
    names = [text[r["speaker_ref"]:].split(",")[0] if r["speaker_ref"] >= 0 else "" for r in rows]
    assert names == ["KellyAnne Conway"]


def test_a_vice_president_is_no_second_president(nlp):
    # Wikinews: "former US Vice President Joe Biden" holds another title; "The president" is Trump
    text = ("The United States Commission on Presidential Debates announced on Friday the second presidential debate "
            "between US President Donald Trump and former US Vice President Joe Biden has been cancelled.\n\n\n"
            "President Trump tested positive for SARS-CoV-2 within just days after traveling to Cleveland, Ohio to "
            "participate in the first presidential debate against Democratic rival Joe Biden. Prior to the "
            "cancellation announcement, there was discussion the second debate could be held virtually in light of "
            "President Trump's recent COVID-19 diagnosis. The president called the notion a \"waste of time\".")
    rows = [r for r in doc_quotes(nlp(text)) if r["speaker"] == "The president"]
    assert [text[r["speaker_ref"]:r["speaker_ref"] + 5] if r["speaker_ref"] >= 0 else "" for r in rows] == ["Trump"]


def test_a_pronoun_mid_sentence_is_not_the_subject_a_caption_runs_on_to(nlp):
    # Horne 2017: "when she admitted" follows its subject, Yoko Ono; the parse runs the sentence on
    # into the caption line after it, whose "Hillary Clinton" is no later subject of hers
    text = ("Los Angeles | Yoko Ono shocked reporters yesterday when she responded to a question concerning the "
            "presidential run of Hillary Clinton and the possibility that she could become the first woman "
            "President of the United States in American history.\n\nThe artist and widow of John Lennon, who is in "
            "Los Angeles to present a collection of cups and saucers she is exhibiting at the Museum of Modern "
            "Art, totally took reporters by surprise by admitting she had not only met the former First Lady at "
            "various times during a series of protests against the Vietnam War in New York in the 1970s but also "
            "knew her “intimately”.\n\nThe celebrity admitted laughingly to having “a fling” with her at the time "
            "and acknowledged her election “would be a great advancement for LGBT and Women rights in America” she "
            "added.\n\nYoko Ono shocked reporters when she admitted to \"having a fling\" with the former "
            "Secretary of State after they met during a protest against the Vietnam War in New York in the early "
            "1970s\nHillary Clinton has been hit by a series of allegations of")
    rows = [r for r in doc_quotes(nlp(text)) if r["text"] == '"having a fling"']
    assert rows and all(not text[r["speaker_ref"]:].startswith("Hillary") for r in rows)


def test_a_plural_subject_after_the_phrase_is_not_who_he_is(nlp):
    # FakeNewsCorpus: "some international relations experts" follow the phrase "he" is in; they
    # cannot be "he", who is Duterte
    text = ("It is also evident that the Vietnamese leadership is not overtly leaning toward Beijing as President "
            "Duterte has done.\n\nFollowing Duterte’s China visit last October, during which he publicly promised to "
            "shift his country’s allegiance from Washington to Beijing, some international relations experts argued "
            "that Vietnam might follow suit.")
    rows = [r for r in doc_quotes(nlp(text)) if r["cue"] == "promise"]
    assert [text[r["speaker_ref"]:r["speaker_ref"] + 7] if r["speaker_ref"] >= 0 else "" for r in rows] == ["Duterte"]


def test_a_quote_in_a_second_that_clause_is_part_of_the_statement(nlp):
    # Breitbart: the scare quotes in "and that Clinton faced a “slam-dunk” indictment" are Gorka's
    # reported words, not Clinton's statements
    text = ("Gorka said it was “absolutely clear” that Clinton’s illicit, insecure email server was vulnerable to "
            "foreign intelligence agencies, and that Clinton faced a “slam-dunk” indictment on at least twenty "
            "“felony charges” if the Justice Department did its job.")
    rows = _direct(nlp, text)
    assert len(rows) == 1 and rows[0][0] == "Gorka" and "slam-dunk" in rows[0][1]


@pytest.mark.parametrize("text, title", [
    # Breitbart, HuffPost: a show owned by its network, a medium or a day is no statement
    ("Wednesday on Fox New Channel’s “Hannity,” Newt Gingrich said if Donald Trump picked him it would be a "
     "“two-pirate ticket.”", "Hannity"),
    ("“I was sitting in a house in Florida, with a bad earpiece,” Trump told NBC’s “Today” on Monday.", "Today"),
    ("Washington, star of television’s “Scandal,” thanked Obama for “taking these steps to make us ALL safer.”",
     "Scandal"),
    ("During an interview broadcast on Wednesday’s “MSNBC Live,” Marcel Lazăr Lehel, the hacker known as "
     "“Guccifer,” stated that he had access to the server.", "MSNBC Live"),
])
def test_a_title_a_network_owns_is_no_statement(nlp, text, title):
    quotes = [t for _, t in _direct(nlp, text)]
    assert quotes and not any(title in t for t in quotes)


def test_a_persons_word_named_in_passing_is_no_one_elses_statement(nlp):
    # NYT: "Oops" is Perry's, not a statement of the critics who compare something to it
    text = ("And critics in both parties quickly compared Mr. Rubio's repetitiousness to the gravest debate lapses "
            "of modern presidential campaign history, from Rick Perry's ''Oops'' in 2012 all the way back to Dan "
            "Quayle's stepping into Lloyd Bentsen's ''You're no Jack Kennedy'' buzz saw in 1988.")
    assert not any(t == "''Oops''" for _, t in _direct(nlp, text))


def test_a_pronoun_after_a_quoted_clause_is_the_reporters(nlp):
    # Breitbart: the parse hangs "and that he fears" on the quoted clause, whose "we" is no one's
    # in the writer's sentence; Cruz, who argues, is "he" (not Trump, the subject of the "if")
    text = ("Republican presidential candidate Texas Senator Ted Cruz argued that if fellow candidate Donald Trump "
            "is president “we will see liberals on the court, and we will see our rights taken away” and that he "
            "fears the same is true if fellow candidate Florida Senator Marco Rubio is elected on Wednesday’s "
            "“Sean Hannity Show.”")
    refs = [text[r["speaker_ref"]:].startswith("Ted Cruz") for r in doc_quotes(nlp(text)) if r["speaker"] == "he"]
    assert refs == [True]


_IYAMBO = ("Nickey Iyambo, former vice-president of Namibia, died on Sunday, early in the morning. He was 82 years "
           "old.\n\n")


def test_a_vice_president_in_apposition_is_no_president(nlp):
    # Wikinews: "the president" is not the former vice-president who died
    text = _IYAMBO + "The president expressed his sadness at Iyambo's death."
    assert [(r["speaker"], r["speaker_ref"]) for r in doc_quotes(nlp(text))] == [("The president", -1)]


def test_a_name_in_apposition_to_a_titles_country_is_the_person(nlp):
    # Wikinews: the tagger takes "Hage Geingob" for an organisation, the parse hangs it on Namibia
    text = _IYAMBO + "The current president of Namibia, Hage Geingob, expressed his sadness at Iyambo's death."
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["Hage Geingob"]


def test_an_as_clause_of_a_verb_that_needs_its_preposition_reports_nothing(nlp):
    # Wikinews: "hit" reports a view only as "hit X for Y"; the storm says nothing
    text = ("Today, as Hurricane Lorenzo hit the Azores, Met Éireann, the national meteorological service for "
            "Ireland, issued weather alerts as the storm approached from the west.")
    assert doc_quotes(nlp(text)) == []


def test_a_participle_with_its_own_subject_is_its_subjects(nlp):
    # Wikinews: "with X calling ... and Y calling “...”" are X's and Y's words, not the main subject's
    text = ("Republican Representatives attacked the impeachment inquiry, with Steve Scalise of Louisiana calling the "
            "investigation into Trump \"Soviet-style\" and Ross Spano of Florida calling the process \"a blatant and "
            "obvious coup to unseat a sitting president of the United States\".")
    assert [s for s, _ in _direct(nlp, text)] == ["Steve Scalise", "Ross Spano"]


@pytest.mark.parametrize("text, snippet, speaker", [
    # The Borowitz Report (Horne 2017 satire): what the aides call the meeting is theirs
    ("WASHINGTON (The Borowitz Report)—In an Oval Office meeting that White House aides described as “friendly but "
     "strained,” President Obama politely asked President-elect Donald Trump to wait until he is officially sworn "
     "in.", "friendly but strained", "White House aides"),
    # Washington Post: what the judge called a clip is the judge's
    ("And, in a clip that U.S. District Judge Michael W. Mosman called \"distasteful,\" Santilli expresses a desire "
     "to \"try, convict and shoot Hillary Clinton.\"", "distasteful", "Michael W. Mosman"),
    # guards: a clause inside the subject, with no relative word, is no clause of the quote's (USA
    # Today); a relative clause inside a reported statement is that statement's (Politico)
    ("Sen. Marco Rubio, R-Fla., appearing on Fox News right after the speech, said Obama failed to address public "
     "concerns. Nothing the president said \"will assuage people's fears,\" Rubio said.", "assuage", "Rubio"),
    ("With a vote for Trump ruled out, Cross said he is left with only two options: Vote for Clinton, whom he called "
     "“the most divisive political figure in the past 25 years,” or vote for a third-party candidate.",
     "most divisive", "Cross"),
], ids=["a meeting aides described", "a clip a judge called", "guard: a clause in the subject",
        "guard: inside a reported statement"])
def test_a_relative_clause_with_its_own_subject_gives_it_the_words(nlp, text, snippet, speaker):
    assert [s for s, t in _direct(nlp, text) if snippet in t] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # Washington Post, Fake News Corpus: a daughter speaks for herself, not for her father
    ("Donald Trump's eldest daughter, 34, has built her personal brand around this cause, writing a book called "
     "\"Women Who Work\" and leading the family-friendly policy charge on her father's presidential campaign.",
     "Donald Trump's eldest daughter"),
    ("Washington's own adopted daughter declared of Washington that you might as well question his patriotism as "
     "to question his Christianity.", "Washington's own adopted daughter"),
])
def test_a_relative_is_not_whom_she_is_related_to(nlp, text, speaker):
    rows = [r for r in doc_quotes(nlp(text)) if r["speaker"] == speaker]
    assert rows and all(r["speaker_ref"] == -1 for r in rows)


def test_calling_it_quits_is_no_statement(nlp):
    # Fake News Corpus (Politico copy)
    text = "A super PAC committed to ending Chris Christie's presidential campaign is calling it quits."
    assert doc_quotes(nlp(text)) == []


def test_what_speaks_volumes_says_nothing(nlp):
    # PolNeAR train: "that fact speaks volumes about ..." had made "fact" a speaker
    rows = doc_quotes(nlp('Sanders said the numbers matter. That fact speaks volumes about which candidate is '
                          '"prepared to take on the establishment."'))
    assert [(r["speaker"], r["cue"]) for r in rows] == [("Sanders", "say")]


def test_an_actor_portraying_a_role_says_nothing(nlp):
    # Wikinews: "portray" reports a view only as "portray X as Y"
    text = "Boseman portrayed Black Panther, also known as King T'Challa, in four Marvel films."
    assert doc_quotes(nlp(text)) == []


@pytest.mark.parametrize("text, speaker, content", [
    # HuffPost, NYT: the "as" the parse hung on the object still makes the view
    ("He portrayed undocumented immigrants as criminals with victims.", "He", "as criminals"),
    ("And yet, across most of Europe, voters want to limit immigration. Majorities in many European countries see "
     "immigrants as an economic burden and as people who refuse to assimilate.", "Majorities", "as an economic burden"),
])
def test_a_view_with_its_preposition_on_the_object(nlp, text, speaker, content):
    assert any(r["speaker"] == speaker and content in r["text"] for r in doc_quotes(nlp(text)))


@pytest.mark.parametrize("text, cue", [
    # Wikinews, Breitbart: what one is asked or urged to do is not done; the asking is the statement
    ("Biden denied, though Trump said it is on tape. Biden asked Trump to post the video on his website.", "post"),
    ("Former Secretary of State Madeleine Albright recently urged women to vote for Hillary Clinton.", "vote"),
])
def test_an_act_asked_of_another_is_no_statement(nlp, text, cue):
    cues = [r["cue"] for r in doc_quotes(nlp(text))]
    assert cue not in cues and ("ask" in cues or "urge" in cues)


@pytest.mark.parametrize("text, speaker", [
    # Breitbart: a line ending in a colon about a thing introduces an example, not its words
    ("Refugees Obama will accept ranges from 100,000 to 250,000.\n\nThe rationale these proven liars at the Washington "
     "Post use to smear these Republican threats against Hillary Clinton’s ascendency to the presidency, is a "
     "cultish blind faith in Obama’s word:\n\n\"As we have explained before, the only thing close to a 200,000 "
     "figure is an announcement in September by Secretary of State John Kerry.\"", ""),
    ("Wait, it gets better:\n\n\"By law, the president every fiscal year sets the maximum number of refugees the "
     "United States can accept in a year.\"", ""),
    # guard: a text's line keeps it
    ("Sanders sent a letter to the committee. The letter was blunt:\n\n\"We will take this fight all the way to the "
     "convention floor.\"", "The letter"),
])
def test_a_colon_line_about_a_thing_names_no_speaker(nlp, text, speaker):
    assert [s for s, _ in _direct(nlp, text)] == [speaker]


def test_a_speaker_phrase_stays_in_its_paragraph(nlp):
    # Mailing list (bigbang): the reply quoted above is masked with spaces; the phrase of "you"
    # does not reach back over it
    lines = ["Perry Greenfield wrote:", "", "> An early beta version is available on sourceforge as the",
             "> package Numarray (http://sourceforge.net/projects/numpy/)", ">",
             "> Information on the goals, changes in user interface, open issues,"]
    masked = "\n".join(" " * len(line) for line in lines)
    text = masked + "\n\nyou ask a few questions on the information website, here are some of my \nanswers for " \
        "things i \"care\" about.\n"
    spans = [text[r["speaker_start_char"]:r["speaker_end_char"]] for r in doc_quotes(nlp(text))]
    assert spans and all("\n" not in s for s in spans)


def test_a_quote_the_parse_hung_on_the_sentence_before_keeps_the_cue_after_it(nlp):
    # NYT: the opening mark hangs on "wanted"; "she said" after the quote is its cue
    text = ("In a good year, Isabelle earns $3 million. Ms. Sherry said she considered how that would play to readers, "
            "but she wanted to be realistic. ''I hate the term 'Manhattan poor,' '' she said, but added that after "
            "taxes, ''They weren't living large.''")
    rows = [r for r in doc_quotes(nlp(text)) if "Manhattan" in r["text"]]
    assert [(r["cue"], text[r["speaker_start_char"]:].startswith("she said")) for r in rows] == [("say", True)]


def test_he_before_the_verb_is_its_subject_not_the_name_after_it(nlp):
    # Horne 2017 (AP): the parse makes "Michelle Obama", the answer, a second subject of "said"
    text = ("Asked what he would most like to happen in 2017, Paladino responded that he hoped Obama catches mad cow "
            "disease. \n\nAsked who he would like to see “go away,” he said Michelle Obama. \n\n")
    rows = [r for r in doc_quotes(nlp(text)) if "go away" in r["text"]]
    assert rows and all(r["speaker"] != "Michelle Obama" for r in rows)


def test_a_new_paragraph_about_a_person_the_tagger_missed_there_is_not_the_last_speakers(nlp):
    # Horne 2017 (satire): "Cruz" opening the paragraph is untagged there, tagged elsewhere
    text = ("“It is absolutely disgusting that in this day in age, a creepy weirdo like Ted Cruz was almost elected "
            "as the GOP nomination for President,” Bradley said. “With all the real problems in this country, Cruz is "
            "focused on making pleasuring yourself a crime.” Bradley continued, “Also, I just want to say a big thank "
            "you to everyone that has supported our cause. Please, donate what you can, every bit helps.”\r\n\r\n"
            "Cruz, however, remains undeterred by his detractors. “When you play with your Devil stick or ring the "
            "Devil’s doorbell you make the angels in heaven weep, and they are weeping for this country.”")
    text = text.replace("\r", " ")  # as the reader gives it to the model
    assert [s for s, t in _direct(nlp, text) if "Devil stick" in t] == [""]


@pytest.mark.parametrize("text, snippet", [
    # FakeNewsCorpus: "the rabbi" is parsed as the object of "At"; "said" right before the quote has no subject
    ("The custodian, watching from the corner, couldn’t restrain himself, either. He joined the other two on his "
     "knees, calling out, “I’m nobody! I’m nobody!” At which point the rabbi, nudging the cantor with his elbow, "
     "pointed at the custodian and said, “Look who thinks he’s nobody!”", "Look who"),
    # PolNeAR train (Breitbart): who asked is not who answered before
    ("Sidney Blumenthal said that he has “no idea” if he would have told Hillary Clinton not to use a personal "
     "server.\n\nBlumenthal was asked, “If you had known she had a personal server, would you have told her it’s "
     "not a good idea?”", "If you had"),
])
def test_a_cue_right_before_a_quote_whose_subject_is_lost_is_not_the_last_speakers(nlp, text, snippet):
    assert [s for s, t in _direct(nlp, text) if snippet in t] == [""]


def test_a_participle_right_before_a_quote_borrows_its_speaker(nlp):
    # PolNeAR train (Breitbart): "Adding," goes on with Maher, who "stated" before it
    text = ("Later in the show, Maher stated of the email scandal that the report “wasn’t good.” Adding, “Now, like "
            "with all Clinton scandals, what they actually do is never that bad.”")
    assert [s for s, t in _direct(nlp, text) if "Now, like" in t] == ["Maher"]


@pytest.mark.parametrize("text, snippet, speaker", [
    # Horne 2017 (NBC): "he" had gone to the "McCain" of a video caption three paragraphs up
    ("Play McCain Weighs in on Expected Secretary of State Pick Facebook Twitter Google Plus Embed\n"
     " McCain Weighs in on Expected Secretary of State Pick 0:36\n"
     "Concern over Tillerson comes just one day after Senate Majority Leader Mitch McConnell said he backs a Senate "
     "investigation into the Russian hacking. Trump has called a CIA intelligence report \"ridiculous.\"\n\n"
     "While McConnell said that oversight of Russia must not become a partisan issue, he added that Republicans "
     "have always been critical of Russia.", "Republicans have always", "McConnell"),
    # PolNeAR train (Politico): not Goodlatte, the last main subject, nor Clinton, whom Comey spoke of
    ("Chaffetz is also asking Comey to turn over the FBI’s full investigative file on the issue, which would "
     "presumably allow lawmakers to compare what she told the FBI with what she told to Congress.\n\nAlso Monday, "
     "Goodlatte and Benghazi Committee Chairman Trey Gowdy (R-S.C) sent a letter to Comey, signed by 200 House "
     "Republicans, seeking more answers about his decisions not to recommend that Clinton be prosecuted.\n\n"
     "While Comey said there was clear evidence that Clinton was “extremely careless” and mishandled classified "
     "information, he said there’s no precedent for prosecuting a case like Clinton's without evidence of her intent "
     "to violate the law.", "no precedent", "Comey"),
])
def test_a_pronoun_after_a_clause_of_saying_set_before_it_is_that_clauses_subject(nlp, text, snippet, speaker):
    assert _referred(nlp, text, lambda r: snippet in r["text"]) == [speaker]


def test_a_pronoun_after_a_condition_set_before_it_is_not_the_conditions_subject(nlp):
    # PolNeAR train (HuffPost): "he" is Bennett, whom the paragraph is about, not Trump
    text = ("Jim Bennett is a Republican from Iowa.\n\nBennett does not feel the same way about Sanders. If Trump "
            "doesn’t become the Republican nominee, he said he would settle for one of the reality TV star’s rivals.")
    refs = [r["speaker_ref"] for r in doc_quotes(nlp(text)) if "settle" in r["text"]]
    assert refs and all(not text[ref:].startswith("Trump") for ref in refs)


@pytest.mark.parametrize("text, speaker", [
    # Horne 2017 (fake): the parse makes "contributor" the subject and the name its conjunct
    ("“This should be a major wake up call,” said Fox News contributor and Republican strategist Barry King.",
     "Barry King"),
    # PolNeAR train (HuffPost)
    ("GOP presidential contender and former neurosurgeon Ben Carson responded on Sunday to accusations that he "
     "exaggerated details of his life story.", "Ben Carson"),
])
def test_a_name_after_titles_with_adjectives_is_the_speaker(nlp, text, speaker):
    assert [r["speaker"] for r in doc_quotes(nlp(text))][:1] == [speaker]


def test_a_quote_closing_an_inner_quote_on_a_comma_keeps_its_cue_after_it(nlp):
    # newspaper4k (The Grayzone): the comma sits inside the inner quote's closing mark
    text = ("\"On one occasion,\" they testified, \"I heard a conversation.\"\n\n"
            "Suspicion turned to rage when the former UC Global partner recognized the full extent of Morales' "
            "subterfuge. \"I started [lashing out] at him "
            "openly in violent discussions in which I reiterated to him that a company like ours is based on 'creating "
            "trust' and that he can't 'give out information to the opposing side,'\" the ex-associate recalled. At the "
            "end of several such arguments, he said Morales tore open his shirt.")
    assert [s for s, t in _direct(nlp, text) if "lashing" in t] == ["the ex-associate"]


@pytest.mark.parametrize("text, snippet, speaker", [
    # PolNeAR train (Politico): "She" is not Rubio, whom she speaks of
    ("Rep. Patrick Murphy is running for the Senate.\n\n"
     "“Who is the real con man here?” said Murphy, using a term Rubio has used to describe Donald Trump.\n\n"
     "He was joined on the call by IIyse Hogue, president of the abortion rights group NARAL. She said Rubio “has "
     "failed to do anything beyond furthering his own political aspirations.”", "has failed", "IIyse"),
    # the same PolNeAR article (HuffPost) as the guard: a name deeper in what he said may be him
    ("Carson noted that Saturday would have been former President Ronald Reagan’s 105th birthday and quoted Reagan’s "
     "“eleventh commandment.”\nBut if Carson implied that he would not criticize Cruz, he did not exactly follow "
     "Reagan’s dictum in his next comment.\nHe said that the Cruz campaign’s announcement, which some have argued was "
     "intended to get Carson supporters to caucus for Cruz, was an “insult” to the volunteers.", "insult", "Carson"),
])
def test_the_subject_of_what_a_pronoun_reports_is_someone_else(nlp, text, snippet, speaker):
    assert _referred(nlp, text, lambda r: snippet in r["text"]) == [speaker]


@pytest.mark.parametrize("text", [
    # Superdesk wire (golf)
    "Scott lines up this week as a short price favourite while countryman John Senden defends the title he won "
    "spectacularly last year.",
    "Senden, who claimed his second career win a year ago, almost eight years after the first, is quietly confident.",
    # the same email's abstract: the object a name ("his Valspar Championship")
    "Headline: Senden defends but Scott favourite\n\nAbstract: John Senden defends his Valspar Championship this week "
    "but countryman Adam Scott is getting the headlines.",
    # PolNeAR train (HuffPost)
    "In May, billionaire Paul Singer fundamentally changed the race. The vulture fund manager wrote a $500,000 check.",
])
def test_a_cue_verb_with_an_object_that_reports_nothing_is_no_statement(nlp, text):
    assert not [r for r in doc_quotes(nlp(text)) if r["cue"] in ("defend", "claim", "write")]


@pytest.mark.parametrize("text", [
    # Wikinews 2020: an agency that calls an election declares a winner; it says nothing of Biden
    "At around 11:25am US east coast time (1625 UTC), the Associated Press (AP) called the election for Biden, as "
    "did NBC News.",
    # PolNeAR train: one calls a meeting, a company, candidates on the telephone, attention to a thing
    "Even before Tuesday's primary results are in, a group of conservative leaders is calling a meeting to discuss "
    "options for blocking Donald Trump's path to the Republican nomination.",
    "Peter Morency said he was frustrated when he called the company only to be told to wait for three hours.",
    "Obama called both candidates Tuesday night and was scheduled to meet with Sanders at the White House.",
    "Chairman Reince Priebus is even calling major fundraisers himself, asking them to host events.",
])
def test_a_call_that_gives_no_name_reports_nothing(nlp, text):
    assert not [r for r in doc_quotes(nlp(text)) if r["cue"] == "call"]


@pytest.mark.parametrize("text, content", [
    # PolNeAR train: the name given, however the parse hung it
    ("Felicia Sanders called her fallen son her hero before explaining why she forgave Roof.", "her hero"),
    ("Still, he called Clinton's public squabble with the intelligence community unusual.", "unusual"),
    ("Some Republican presidents have advanced national security by practicing containment while calling it "
     "something else.", "something else"),
    ("Ban demurred on Donald Trump, who has called the notion of man-made global warming a hoax.", "a hoax"),
    ("Contrast that with Trump, who has called the 12-nation TPP pact \"insanity,\" and Sanders.", "insanity"),
    # guards: calling out is blaming, and so is what one is called out for; "called for" asks
    ("Christie unleashed withering attacks against Rubio in Saturday's debate, and the New Jersey governor tripped "
     "up Rubio by calling him out in real-time for his reliance on rehearsed talking points.", "his reliance"),
    ("Bernie Sanders called for a ban on fracking.", "a ban on fracking"),
    ("Donald Trump often calls out companies and their products on Twitter.", "companies"),
    # guard: another verb of demanding keeps what it demands after its object
    ("The reporters pushed Trump for specifics on his policy proposals.", "specifics"),
])
def test_a_call_that_gives_a_name_reports_it(nlp, text, content):
    assert any(content in r["text"] for r in doc_quotes(nlp(text)) if r["cue"] in ("call", "push"))


def test_the_end_of_a_hyphenated_object_is_no_fixed_word(nlp):
    # PolNeAR train (Washington Post): "a mash-up" is no "show up"
    text = ("Kasich's team thinks he is the establishment candidate with momentum. Bush's team thinks his debate "
            "performance and polls showing a mash-up for second will help.")
    assert [r["text"] for r in doc_quotes(nlp(text)) if r["cue"] == "show"] == ["a mash-up for second"]


@pytest.mark.parametrize("text, snippet, speaker", [
    # Horne 2017 (satire): NER calls "Harland Dorrinson" a body, and the parse hangs "called" on
    # "strategist"; "he" had been Putin, the subject of the paragraph before
    ("Putin, whose English is rudimentary at best, kept his remarks brief at the Tampa rally, but echoed Melania "
     "Trump’s recent call for an end to bullying.\n\nA Republican strategist, Harland Dorrinson, called the Trump "
     "campaign’s use of Putin in crucial battleground states “very, very smart.”\n\n“At this point, you really "
     "couldn’t ask for a more effective surrogate,” he said.", "At this point", "Harland"),
    # PolNeAR train (NYT): "Eswar Prasad", tagged a body, in apposition to "a professor"
    ("Eswar Prasad, a professor of international economics at Cornell University, said financial integration had "
     "clearly amplified the Fed's role in the global economy.\n\n''Many people have taken an ostrich 'head in the "
     "sand' approach,'' he said.", "ostrich", "Eswar"),
])
def test_a_name_ner_calls_a_body_beside_a_word_for_a_person_is_a_person(nlp, text, snippet, speaker):
    assert _referred(nlp, text, lambda r: snippet in r["text"]) == [speaker]


def test_a_pronoun_in_a_relative_clause_on_someone_elses_words_is_left_open(nlp):
    # Horne 2017 (Washington Times): "he" is Obama, whose interview it was, not Trump, the sentence's
    # subject; either can be "he" in such a clause ("Trump attacked Obama's plan, which he said would fail"),
    # so neither is chosen
    text = ("On Wednesday morning, Mr. Trump said he was doing his best to disregard the statements from Mr. Obama. "
            "Mr. Trump was presumably still responding to Mr. Obama's comments in a podcast interview released "
            "Monday, in which he said he would have been able to \"mobilize\" Americans against Mr. Trump.\n\n"
            "Mr. Ryan is shaping an agenda that he plans to \"unveil soon,\" aides said.\n\n"
            "Mrs. Clinton's Iraq war vote, which she has repeatedly said was \"a mistake,\" remains a liability.")
    # (Ryan's plan holds the aides' quoted words, so it is no direct quote of his own)
    assert _referred(nlp, text, lambda r: '"' in r["text"] and r["speaker"] in ("he", "she")) == \
        ["", "Ryan", "Clinton's"]  # (no other person: the owner)


def test_a_participle_read_as_a_past_tense_is_its_by_phrase_s(nlp):
    # newspaper4k (The Grayzone): the parse made Bini the subject of "branded"; he is who was branded.
    # A perfect with a "by" phrase is its subject's.
    text = ("That same day, Ola Bini - the Swedish computer programmer branded as a \"hacker\" by Morales and placed "
            "under apparent US surveillance - was arrested in Ecuador.\n\nSanders has derided the deal as a "
            "\"giveaway\" by Goldman Sachs.")
    assert [s for s, t in _direct(nlp, text)] == ["Morales", "Sanders"]


def test_a_speech_cue_ending_the_sentence_after_its_quote_introduces_the_next(nlp):
    # PolNeAR train (Politico): the husband cuts in; his words had been Ebeling's. A second cue that
    # reports something of its own does not ("..., Ebeling said, and her husband said that it was true")
    text = ("“Tell her I promised you a picture,” Ebeling said, and her husband cut in. “Don’t forget Betsy’s "
            "husband Tom -- I’ve been friends with her since high school. We were all the same grade.”\n\n"
            "“Tell her I promised you a picture,” Ebeling said, and her husband said that it was true. “Don’t "
            "forget Betsy’s husband Tom -- I’ve been friends with her since high school.”")
    assert [s for s, t in _direct(nlp, text) if t.startswith("“Don’t")] == ["her husband", "Ebeling"]


def test_wire_copy_wrapped_at_seventy_characters(nlp):
    # dpa wire copy (superdesk fixtures): a single line break only wraps a line, so the name after
    # a quote's comma on the next line is its speaker, and the quote after a blank line goes on
    # with the speaker before it
    text = ("Germany national team coach Joachim Loew also said he was saddened to\nhear the news of Mueller's "
            "illness.\n\n\"Gerd Mueller was the greatest striker we ever had in Germany. He has\nan incredible goal "
            "ratio which speaks for itself,\" Loew said in Dublin at a\nnews conference ahead of his team's Euro "
            "2016 qualifying match\nagainst Ireland.\n\n\"This news has had a major impact on me but now is the "
            "time for his\nprivacy to be observed and it is best to make as little comment as\npossible.\"\n\n"
            "Chiefs tight end Travis Kelce was too elusive on many plays and\nfinished with 10 catches for 127 "
            "yards and a touchdown.\n\n\"I feel like I may need a couple of beverages to relax tonight,\"\nMcVay "
            "said.\n")
    assert [s for s, t in _direct(nlp, text)] == ["Loew", "Loew", "McVay"]


def test_speaking_of_opening_a_sentence_is_a_change_of_topic(nlp):
    # readability test pages (Engadget) and FakeNewsCorpus: "speaking of X" had been a statement of
    # the main clause's subject; after a speaker it reports what he spoke of (PolNeAR train)
    text = ("And speaking of Dolby technology, Microsoft is also highlighting Atmos support on the One X, just like "
            "it did with the One S.\n\nOh, speaking of abusing children, the school board met again on Monday.\n\n"
            "\"These guys know how to use words,\" said Sherman, speaking of politicians, \"and leave themselves a "
            "little wiggle room in case things go wrong.\"")
    assert [(r["speaker"], r["text"]) for r in doc_quotes(nlp(text)) if r["cue"] == "speak"] == \
        [("Sherman", "politicians")]


def test_as_opposed_to_is_a_preposition(nlp):
    # FakeNewsCorpus, Horne 2017: "as opposed to" had reported what came before it, as the words
    # of the sentence's subject ("police", "Donald Trump"); one who opposes still does
    text = ("Police spend 7 times as many hours training to fire a weapon as opposed to learning to de-escalate a "
            "situation.\n\nDonald Trump is responding in a very presidential way, giving the American people the "
            "truth as opposed to the Democrats' lies.\n\nSenator Smith opposed the plan.")
    assert [(r["speaker"], r["cue"], r["text"]) for r in doc_quotes(nlp(text)) if r["cue"] == "oppose"] == \
        [("Smith", "oppose", "the plan")]


def test_a_name_qualifying_a_word_before_the_speaker_is_not_the_speaker(nlp):
    # Horne 2017 (Borowitz Report), PolNeAR train: "Clinton-campaign sources" had been Hillary Clinton
    # and "A senior Obama administration official" Barack Obama; a campaign's spokesman speaks for her
    text = ("Hillary Clinton has replaced her campaign slogan.\n\nAccording to Clinton-campaign sources, the new "
            "slogan is designed to appeal to suburban women.\n\nA senior Obama administration official said on "
            "Friday that the White House supported the effort.\n\nA Clinton campaign spokesman said the slogan "
            "was tested in Ohio.")
    rows = doc_quotes(nlp(text))
    assert [(r["speaker"], r["speaker_ref"] >= 0) for r in rows if r["cue"] != "support"] == [
        ("Clinton-campaign sources", False), ("A senior Obama administration official", False),
        ("A Clinton campaign spokesman", True)]


def test_who_was_asked_is_not_who_asks(nlp):
    # Horne 2017 (Reuters), PolNeAR train: a question put to someone had been given to the one
    # asked; no one named asks it (one named after "by" does)
    text = ("Asked whether state officials properly investigated Kang before hiring him, a spokesman for the "
            "comptroller's office said only that background checks are routine.\n\nLynch told Congress, when "
            "asked last month about the emails, that the decision would be made by career prosecutors.\n\n"
            "Asked by reporters whether the plan was dead, the senator said it was alive.\n\nWorried the nation "
            "might miss its 2020 target, the German government has promised to cut emissions.\n\nTrump had planned "
            "to give remarks at St. Anselm's College focused on scandals linked to Hillary Clinton.")
    rows = doc_quotes(nlp(text))
    assert [(r["cue"], r["speaker"]) for r in rows if r["cue"] not in ("promise", "plan")] == [
        ("ask", ""), ("say", "a spokesman"), ("tell", "Lynch"), ("ask", "reporters"), ("say", "the senator"),
        ("worry", "the German government"), ("focus", "Trump")]  # (who worries holds the view; his remarks focus)


def test_who_is_quoted_as_saying_is_the_speaker(nlp):
    # Wikinews 2020: words Politico quoted a former FEMA official as saying had been Politico's;
    # they are his as Politico reports them (an inner source, like "X said Trump told him ...")
    text = ('Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "FEMA has an important '
            'role in coordinating the larger response to the crisis" and "[i]f there\'s an emergency, FEMA needs to '
            'be involved."\n\nThe New York Times quoted one of Carson\'s advisers as saying the retired neurosurgeon '
            'is having trouble understanding foreign policy.')
    rows = doc_quotes(nlp(text))
    assert [r["speaker"] for r in rows] == ["Tim Manning", "Tim Manning", "one of Carson's advisers"]


def test_who_was_named_is_not_who_names(nlp):
    # readability's Telegraph page: the nickname others gave Grace Mugabe was hers, then (through
    # "she") her predecessor's; one named after "by" still names
    text = ("There is little public affection for 52-year-old Grace, a former government typist who started having "
            "an affair with Mr Mugabe as his first wife, Sally, was dying.\n\nDubbed \"DisGrace\" or \"Gucci "
            "Grace\" on account of her reputed love of shopping, she enjoyed a meteoric rise.\n\nDescribed by "
            "friends as \"a fighter,\" she ran again.")
    rows = doc_quotes(nlp(text))
    assert [(r["cue"], r["speaker"]) for r in rows] == [("dub", ""), ("describe", "friends")]


def test_a_view_reckoned_after_its_quote_is_the_reckoners(nlp):
    # FakeNewsCorpus (a bullion market report): the desk's forecast had been given to a bank's
    # outlook three paragraphs before
    text = ("“Gold could finally break out of its range,” says a new commodities outlook from Barclays.\n\n"
            "Shorter term, “Gold should see support at the recent low of $1315,” reckons Swiss refining and finance "
            "group MKS Pamp’s Asian trading desk.")
    rows = [r for r in doc_quotes(nlp(text)) if r["text"].startswith("“Gold should")]
    assert [(r["speaker"], r["cue"]) for r in rows] == [
        ("Swiss refining and finance group MKS Pamp’s Asian trading desk", "reckon")]


def test_an_opposing_party_is_not_the_party_named(nlp):
    # Wikinews 2019: "the opposing military political party" had been the Thai Raksa Chart Party,
    # the one whose candidacy it challenged; "the party" still is the one named
    text = ("On Saturday, Thailand's Thai Raksa Chart Party withdrew its candidate. The constitutionality of the "
            "Princess's candidacy had also been challenged by the opposing military political party. The party "
            "said it regretted the decision.")
    rows = doc_quotes(nlp(text))
    assert [(r["speaker"], r["speaker_ref"] >= 0) for r in rows] == [
        ("the opposing military political party", False), ("The party", True)]


def test_a_hunch_reports_no_one(nlp):
    # Horne 2017 (fake): "Something" had been the speaker of the writer's own sentence; Wikinews
    # 2020: a "which" standing for "anything" had highlighted the railways' steps
    text = ("In the batch of leaked emails, 17,000 of them were about Syria alone.\n\nSomething tells me this isn’t "
            "the type of “experience” that the Clinton team was going for when they were squaring off against "
            "Trump. The senator told reporters that the emails were old.\n\nThen, basically, anything which comes "
            "in the public purview to highlight the steps taken by Indian Railways for the empowerment of women.")
    assert [(r["speaker"], r["cue"]) for r in doc_quotes(nlp(text))] == [("The senator", "tell")]


def test_a_statement_the_parse_hung_across_a_semicolon_is_its_own_subjects(nlp):
    # Horne 2017 (USA Today): the first clause had also been a statement of the "18%" after it
    text = ("About a third of those surveyed say Obama ultimately will be seen as a \"good\" president; 18% say "
            "he'll be a \"great\" one.")
    rows = doc_quotes(nlp(text))
    assert [r["speaker"] for r in rows if "Obama" in r["text"]] == ["About a third of those"]
    # Wikinews 2019: the scare quote had been Miller's
    text = ("The equipment was turned off. Smith called the disappearance an \"interesting\" case; Miller said \"It is "
            "a little hard to definitively say what's going on\".")
    assert [(s, t[:8]) for s, t in _direct(nlp, text)] == [("Smith", "the disa"), ("Miller", "\"It is a")]


def test_words_quoted_in_a_question_put_to_someone_are_the_questions(nlp):
    # Horne 2017 (Real): "go away" had been Carl Paladino's, who was asked the question
    text = ("Asked what he would most like to happen in 2017, Paladino responded that he hoped for peace.\n\n"
            "Asked who he would like to see “go away,” he said Michelle Obama.")
    rows = doc_quotes(nlp(text))
    assert [(r["speaker"], r["cue"], r["text"]) for r in rows if r["cue"] == "ask"] == [
        ("", "ask", "what he would most like to happen in 2017"), ("", "ask", "who he would like to see “go away,”")]
    # PolNeAR train (Washington Post): the answer after the question's colon stays the answerer's
    text = ("Any decision would involve Attorney General Loretta E. Lynch, who told Congress when asked last month "
            "about the email inquiry: \"That matter is being handled by career independent law enforcement agents.\"")
    assert [(s, t[:12]) for s, t in _direct(nlp, text)] == [("who", "\"That matter")]


def test_a_transcript_label_that_describes_its_speaker_before_naming_them(nlp):
    # PolNeAR train (Washington Post fact check): an exchange quoted as 'Name (party-state):"..."',
    # the quote opened right after the colon; a phrase of place ending in a name is no such label
    text = ("Clinton's claim is her camp's calculation.\n\nRep. Trey Gowdy (R-S.C.):\"I have not heard anyone other "
            "than you ever cite that figure. Who told you that?\"\n\nFormer secretary of state Hillary Rodham "
            "Clinton:\"We learned that from the State Department and their analysis of the e-mails.\"\n\nOutside the "
            "packed rally with Hillary Clinton: \"We love her so much, she is the best candidate.\"")
    assert [(s, t[:12]) for s, t in _direct(nlp, text)][:2] == [
        ("Rep. Trey Gowdy", "\"I have not "), ("Former secretary of state Hillary Rodham Clinton", "\"We learned ")]
    assert [s for s, _ in _direct(nlp, text)][2] == ""


def test_a_description_that_says_which_one_it_is_is_not_the_last_name_with_its_noun(nlp):
    # FakeNewsCorpus: "the House committee investigating the Benghazi jihadist attack" had been the
    # House Intelligence Committee, named before; without the participle, or with one set off by a
    # comma (PolNeAR train), it still is
    text = ("James Comey testified at a House Intelligence Committee hearing.\n\nAt the time, the House committee "
            "investigating the Benghazi jihadist attack was pressing for production of Clinton's emails. The "
            "committee said it would wait.\n\nThe committee, still stinging over the leak, agreed to release the "
            "report.")
    assert [(r["speaker"], r["speaker_ref"] >= 0) for r in doc_quotes(nlp(text))] == [
        ("the House committee", False), ("The committee", True), ("The committee", True)]


def test_a_colon_inside_brackets_opens_no_label(nlp):
    # FakeNewsCorpus (a stock market blog): "Boku (AIM:" had been a speaker, "AIM" its name
    text = ("Small caps on AIM had a good week, and the AIM index rose.\n\nTrading update\n\nBoku (AIM: BOKU), the "
            "world's leading independent direct carrier billing company, is pleased to provide the following "
            "unaudited trading update for the year.")
    assert doc_quotes(nlp(text)) == []


def test_she_after_a_surname_ner_called_a_place_is_the_person_named_in_full(nlp):
    # Horne 2017 (fake): NER tags "Nadia Murad" a body and the bare "Murad" a place; "She" had
    # been left open
    text = ("A woman who knows the brutality of ISIS testified before Congress.\n\n“The USA must act. We must "
            "terminate DAESH and all such terror,” former ISIS sex slave Nadia Murad said through a translator.\n\n\n"
            "Murad, who escaped captivity in 2014, also spoke out on the Pulse nightclub massacre in Orlando that "
            "killed 49 Americans. She said she wasn’t surprised.")
    assert _referred(nlp, text, lambda r: r["speaker"] == "She") == ["Nadia"]


def test_a_cue_after_the_nyts_closing_marks_is_the_quotes(nlp):
    # PolNeAR train (NYT): the closing '' (here after an inner quote's ') hid the comma from the
    # cue after it, so the quote took the sentence before's "described"
    text = ("In an interview last week, Mr. Hoenlein described the Jewish leaders' meeting with Mr. Obama.  ''I said, "
            "'The lesson of history is there shouldn't be daylight between the two countries,''' he recalled.\n\n"
            "When he devoted his candidacy to the ''forgotten middle class,'' Mrs. Clinton hits many of the same "
            "notes.")
    # (a phrase after "the" in a clause of its own subject is not what the name and verb after it say)
    assert [(r["speaker"], r["cue"]) for r in doc_quotes(nlp(text)) if r["kind"] == "direct"] == [("he", "recall")]


def test_a_straight_quote_glued_to_a_colon_opens_only_after_a_label():
    # mailing lists: a French mail client's header blob ('À\xa0:"3GPP_TSG..."') had made quotes, and
    # a label of them; a transcript's 'Clinton:"We learned ..."' opens one
    blob = ('gilles.teniou@orange.comDe\xa0:"3GPP_TSG_SA_WG4_VIDEO@LIST.ETSI.ORG" <3GPP@LIST.ETSI.ORG> on behalf of '
            '"Leung, Nikolai"')
    assert [blob[q.start:q.end] for q in find_quotes(blob)] == ['"Leung, Nikolai"']
    text = 'Former secretary of state Hillary Rodham Clinton:"We learned that from the State Department."'
    assert [text[q.start:q.end] for q in find_quotes(text)] == ['"We learned that from the State Department."']


def test_a_passive_that_borrows_its_subject_is_not_that_subjects_words(nlp):
    # Wikinews 2019: "Zimbabwe ... was called the “breadbasket”" had been Zimbabwe's word; the
    # parenthetical "according to CNN" is its source
    text = ("A few years into his tenure, Zimbabwe had a strong economy and rising literacy rates and, according to "
            "CNN, was called the \"breadbasket\" of southern Africa.")
    assert [s for s, t in _direct(nlp, text)] == ["CNN"]


@pytest.mark.parametrize("text, speakers", [
    # Horne 2017 (Real): "Trump's efforts" had been the source of the phrase it was mocked with
    ("But what's clear is that Trump's efforts to “drain the swamp” have increasingly been derided and scoffed at "
     "as he has named a Goldman Sachs executive to head the Treasury Department.", []),
    ("The plan was criticized and mocked by Democrats as “a giveaway to the rich.”", ["Democrats"]),
    # (Horne 2017 (fake): by its own agent, not the first verb's, who is no speaker)
    ("Made from sweetened tea that has been fermented by a symbiotic colony of bacteria and yeast (a SCOBY, or also "
     "known as the \"mother\" because of its ability to reproduce), kombucha has been around for 2000 years.", []),
    # guards: a past tense after a passive is the subject's own act
    ("Trump was booed and called the crowd “losers.”", ["Trump"]),
    ("She had been asked about the plan and said it was “a mistake.”", ["She"]),
])
def test_a_verb_coordinated_with_a_passive_is_passive_too(nlp, text, speakers):
    assert [s for s, _ in _direct(nlp, text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # Wikinews 2019: the charity's name and its spokeswoman's words had been the archbishop's,
    # quoted the sentence before; the parse hangs her name on the phrase before it
    ("Speaking about the movie, the topmost senior Polish archbishop Wojciech Polak said, \"I am deeply "
     "disturbed by what I saw in Tomasz Sekielski's film.\"  Calling it as \"just another apology\", Anna "
     "Franowska of \"Have no fear\", an abuse victim support charity, told Reuters \"it almost appears as if "
     "the statement was prepared before the church officials saw the movie\".",
     ["Wojciech Polak", ""]),
    # Wikinews 2020: the parse reads "Allergy and Infectious Disease's director" as a coordination,
    # which made the institute the speaker instead of its director
    ("The United States' National Institute of Allergy and Infectious Disease's director, Dr. Anthony Fauci, "
     "said of the outbreak, \"[b]ottom line, it's going to get worse.\"",
     ["Anthony Fauci"]),
    # Horne 2017 (fake): the subheading's scare quote had been the elector's words, quoted before it;
    # a short paragraph with its end punctuation still goes on with him
    ("He said he’s been getting death threats.\n\n“Somebody threatened to put a bullet in the back of my "
     "mouth,” Banerian, 22, told The Post on Wednesday.\n\nThen, “I will not change my vote no matter what "
     "they say.”\n\nLeftists are “kidnapping” electoral voters and holding them for ransom\n\nWhat you may "
     "not know is that these threats are common.",
     ["Banerian", "Banerian"]),
    # Horne 2017 (Real): the parse hangs "saying" on the reports' clause, which had made Rex
    # Tillerson say Rand Paul's words
    ("Paul also addressed reports that ExxonMobile CEO Rex Tillerson has emerged as a likely pick for "
     "secretary of state, saying that he is \"going to reserve judgment on Tillerson.\"",
     ["Paul"]),
    # Horne 2017 (satire): "said Kansas City, MO resident Angie Hartnett" had been Kansas City's
    ("Obama made a speech.\n\n“I was really impressed with Obama when he was first running because he seemed "
     "like the only candidate who had the temperament,” said Kansas City, MO resident Angie Hartnett, 42.",
     ["Angie Hartnett"]),
], ids=["speaker the parse lost", "officer of a body with and", "word quoted in a subheading",
        "participle after a noun's that clause", "person in apposition to a place"])
def test_direct_quote_speakers_the_parse_hides(nlp, text, speakers):
    """Speakers the parse puts out of reach of the plain rules, each from a wild hand check."""
    assert [s for s, _ in _direct(nlp, text)] == speakers


def test_a_name_with_letters_after_it_speaks(nlp):
    # Wikinews 2019: the parse makes "QC" the subject; the judge and the prosecutor speak
    rows = doc_quotes(nlp("Judge Durham Hall QC said they \"appear not to have shown any respect for the minimum "
                          "standards of decent behaviour.\" Prosecutor Kama Melly QC said the victims were \"ripe and "
                          "vulnerable to manipulation\"."))
    assert [r["speaker"] for r in rows] == ["Durham Hall", "Kama Melly"]


def test_a_pronoun_after_a_person_brought_in_unnamed_is_that_person(nlp):
    # FakeNewsCorpus: "She" is the woman the sentence before brings in, not "Dalarna", her
    # province, which the tagger calls a person; a representative's "He added" is his, not his
    # employer's (PolNeAR train had it as Mr. Pinchuk's)
    woman = nlp("In May 2017, a 70-year-old Swedish woman from Dalarna was prosecuted for inciting hatred. She did "
                "not like that Muslim teenagers “set fire to cars, urinated and defecated on the streets”.")
    assert any(t.text == "Dalarna" and t.ent_type_ == "PERSON" for t in woman)  # what misled the resolver
    row = next(r for r in doc_quotes(woman) if r["text"].startswith("“set fire"))
    assert row["speaker"] == "She" and row["speaker_ref"] == -1
    rep = doc_quotes(nlp("A representative for Mr. Pinchuk said the investigation had nothing to do with the "
                         "State Department. He added that at least 100 other people had attended the dinner party."))
    assert [r["speaker_ref"] for r in rep if r["speaker"] == "He"] == [-1]
    # not when the sentence speaks to someone named: the one asked answers
    asked = doc_quotes(nlp("A reporter asked Sanders how he’s feeling on caucus day. He replied: “The bigger the "
                           "turnout, the better I feel.”"))
    assert [r["speaker_ref"] for r in asked if r["speaker"] == "He"] == [17]
    # Wikinews 2019: "one of" a group is such a person too; not the judge quoted before her
    victim = doc_quotes(nlp("Judge Durham Hall QC said they \"appear not to have shown any respect for the minimum "
                            "standards of decent behaviour.\"\n\nOne of the victims decided to allow her name to be "
                            "made public. She said she did this to show victims \"there is nothing to be ashamed "
                            "of\"."))
    assert [r["speaker_ref"] for r in victim if r["speaker"] == "She"] == [-1, -1]
    # but one of a group the sentence names is the named one
    named = doc_quotes(nlp("One of the men who joined the campaign early was Karl Rove. He said the plan was sound."))
    assert [r["speaker_ref"] for r in named if r["speaker"] == "He"] == [49]


@pytest.mark.parametrize("text,cue,speaker", [
    # PolNeAR train: the parse hangs the participle on what the speech verb reports
    ('Sanders has said repeatedly that the Clinton campaign and its allies are unfairly maligning his record on '
     'guns, pointing to his "D-minus" rating from the National Rifle Association.', "point", "Sanders"),
    ("Khalif said some of Clinton's rhetoric on the campaign trail has been patronizing, noting her comments to a "
     "black radio show host in April.", "note", "Khalif"),
    ('The book accuses Bob of treating the contractors like "Wal-Mart security guards." He said that is a '
     '"distortion," describing the security team as highly accomplished.', "describe", "He"),
    # under a refusal too: what the refuser would not say is no one's statement (PolNeAR train)
    ("Sen. Chuck Schumer of New York, the presumptive Democratic leader next year, wouldn't say Tuesday how the "
     "party would prioritize gun control, saying only that “for two decades it's been an important issue” for the "
     "party.", "say", "Chuck Schumer"),
    # not a participle the clause's own subject does: set off by no comma, or going on from a
    # statement the clause makes
    ("Forbes said Hurun sometimes included an entire family's fortune when identifying a billionaire.",
     "identify", "Hurun"),
    ("Aides said Obama will make a familiar case for what has been achieved during his two terms, highlighting "
     "America's recovery from the Great Recession.", "highlight", "Obama"),
    # nor what words the clause is about do (FakeNewsCorpus)
    ("Strang fully acknowledges that some of Trump's comments were tactless and crude, often attacking his "
     "detractors with salty schoolyard taunts.", "attack", "some of Trump's comments"),
])
def test_a_participle_of_saying_after_a_reported_clause_is_the_reporters(nlp, text, cue, speaker):
    rows = [r for r in doc_quotes(nlp(text)) if r["cue"] == cue]
    assert [r["speaker"] for r in rows] == [speaker]


def test_a_participle_after_a_clause_of_time_is_the_speech_verbs(nlp):
    # PolNeAR train: the parse hangs "remarking" on "won", the clause saying when Hannity spoke;
    # "Hannity", tagged a common noun, is the surname of the host the article named
    text = ("Fox News host Sean Hannity indicated Tuesday night that any bad blood from the bruising Republican "
            "primary has largely abated.\n\n\"I think we need him back in the Senate,\" Hannity said during a panel on "
            "his show after the first-term senator easily won his Senate primary, remarking that while there are "
            "\"still some conservatives angry over comprehensive immigration reform,\" Rubio already \"paid a very "
            "heavy political price.\"")
    rows = {r["text"][:12]: r["speaker"] for r in doc_quotes(nlp(text))}
    assert rows['"still some '] == rows['"paid a very'] == "Hannity"


def test_a_subject_after_a_clause_the_parse_swallowed_is_the_speaker(nlp):
    # PolNeAR train: the parse made "a group of rabbis called for a boycott ..., and the ...
    # organization the Anti-Defamation League" one subject of "denounced" and "said"
    text = ("In the days before Trump's scheduled appearance at AIPAC, a group of rabbis called for a boycott of his "
            "speech, and the prominent Jewish civil rights organization the Anti-Defamation League strongly denounced "
            "Trump's rhetoric and said it would \"redirect\" all of his past donations to the league.")
    rows = {r["cue"]: r["speaker"] for r in doc_quotes(nlp(text))}
    assert rows["say"] == rows["denounce"] == "Anti-Defamation League"
    assert rows["call"] == "a group of rabbis"  # the rabbis' own call stays theirs


def test_the_subject_after_an_aside_set_off_by_dashes(nlp):
    # PolNeAR train: the parse made the aside's name the subject and the Republican its apposition
    text = ("In the letter - addressed to the U.S. attorney for the District of Columbia, Channing D. Phillips - the "
            "Utah Republican asks for an investigation to determine whether \"Secretary Clinton or her employees "
            "violated statutes that prohibit destruction of records.\"")
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["the Utah Republican"]
    # a description set off by dashes after the name is no aside of the sentence's
    named = doc_quotes(nlp("Hillary Clinton - the Democratic nominee - said “we will win this fight together.”"))
    assert [r["speaker"] for r in named] == ["Hillary Clinton"]


def test_quoted_words_in_a_plan_under_anothers_statement_are_the_statements(nlp):
    # PolNeAR train: the quoted words are the spokeswoman's; the plan is Krzanich's, in her words
    text = ("Brian Krzanich, the chief executive of Intel, was planning to hold a fund-raiser for Mr. Trump on "
            "Thursday night at his Atherton, Calif., house that included ''a full exchange of views,'' an Intel "
            "spokeswoman said on Tuesday.")
    rows = {r["cue"]: r for r in doc_quotes(nlp(text))}
    assert rows["say"]["kind"] == "direct" and rows["say"]["speaker"] == "an Intel spokeswoman"
    assert rows["plan"]["kind"] == "indirect" and rows["plan"]["speaker"] == "Brian Krzanich"
    # words another speaker is reported to have said stay that speaker's
    told = {r["cue"]: r for r in doc_quotes(nlp("Obama said Trump told him he was “doing a great job” at the "
                                                 "meeting."))}
    assert told["tell"]["kind"] == "direct" and told["tell"]["speaker"] == "Trump"


def test_a_cue_after_a_description_of_the_name_after_a_quote(nlp):
    # PolNeAR train (Politico): the parse hung "tweeted" on the quote's "for"; the quote had no speaker
    text = ("Much of the support has leaked into third-party candidates.\n\n“Clinton needs a strategy for targeting "
            "[Libertarian candidate Gary] Johnson & [Green Party hopeful Jill] Stein voters,” Nate Silver, the polling "
            "guru who founded fivethirtyeight.com tweeted on Wednesday.")
    assert [(r["speaker"], r["cue"]) for r in doc_quotes(nlp(text))] == [("Nate Silver", "tweet")]


def test_a_title_and_name_after_a_bodys_name_is_the_speaker(nlp):
    # Wikinews 2019: the parse cut "African Export–Import Bank president Okey Oramah" at the dash
    # and made the bank the subject, the president its apposition
    text = ("While many transactions in Africa occur using U.S. dollars or euros, the AU announced an electronic "
            "pan-African payment system.\nAfrican Export–Import Bank president Okey Oramah said the use of third-party "
            "currencies \"costs Africa between $5 and $7 billion,\" further saying, \"Beyond that, it also reduces "
            "trade because Africa has a scarcity of foreign exchange.\"")
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["cue"] == "say"] == ["Okey Oramah", "Okey Oramah"]


def test_an_interviews_quotes_under_topic_lines_and_a_copulas_noun_are_not_who_they_name(nlp):
    # Horne 2017 (a list of a doctor's quotes from an interview): the topic before the colon and
    # the one the quoted noun describes are not who speaks
    text = ("“If something happens to him, then it happens to him,” Harold Bornstein says.\n\n"
            "A few other quotes from the interview:\n\n"
            "About the lack of disclosure about Trump's health and his being the oldest president: “Ronald "
            "Reagan had pre-senile dementia. I mean, seriously, did they share that one with you?”\n"
            "Trump isn't “an old man the way my grandfather was an old man.”")
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["Harold Bornstein", "", ""]
    # an adjective its subject is quoted as is the subject's word
    text = "The group is “confident that Clinton will continue to be a champion for the biofuels industry.”"
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["The group"]


def test_his_after_the_one_blamed_is_open(nlp):
    # PolNeAR train (a Washington Post report): Rubio's support, not Cruz's; so Trump's attacks in
    # "Obama took a veiled shot at Trump for his attacks" (Wikinews 2020). Two men fit: left open
    text = ("Ted Cruz took a direct swing at Marco Rubio on Thursday.\n\nCruz blasted Rubio for his support of a "
            "failed immigration reform bill. Cruz was praised by donors for his support of the border wall.")
    doc = nlp(text)
    refs = {r["text"]: r["speaker_ref"] for r in doc_quotes(doc) if r["cue"] == "support"}
    # (the one praised, no object, is the subject: Cruz)
    assert refs == {"a failed immigration reform bill": -1, "the border wall": text.index("Cruz was")}


def test_a_title_and_name_after_a_places_name_is_the_speaker(nlp):
    # Wikinews 2019: the parse made the state the object of "according to" and the senator its subject
    text = ("According to Connecticut Senator Richard Blumenthal, the involved airplane is one of eighteen B-17s "
            "still in the United States. Blumenthal said the NTSB would begin an investigation.")
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["Richard Blumenthal", "Blumenthal"]


def test_who_speaks_after_an_opening_according_to_is_the_speaker_not_the_source_it_names(nlp):
    # Wikinews 2020: the parse made the news agency the subject and the prosecutor its apposition
    text = ("According to semi-official news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said "
            "the 36 must face \"murder and terrorism charges\", adding Iran will pursue the prosecution of Trump.")
    assert {r["speaker"] for r in doc_quotes(nlp(text))} == {"Ali Alghasi Mehr"}


@pytest.mark.parametrize("text, cue, name", [
    # newspaper4k (The Grayzone): "he" had been Mike Pompeo, the last paragraph's subject; the one
    # a question is put to answers it
    ("Morales's company spied on Assange for David Morales's clients.\n\nHaving been promoted from CIA director "
     "to secretary of state, Mike Pompeo has reportedly laid the groundwork to run for US senate in Kansas.\n\n"
     "Former employees of Morales revealed a rumor that Adelson's bodyguard, Zohar Lahav, had been fired. When "
     "Morales was asked during an appearance before the Spanish court this February if the rumor was true, he "
     "confirmed it, stating that Lahav was terminated because of the \"mess\" that he helped create.", "state",
     "Morales"),
    # PolNeAR train (Politico): "he" had been Obama, the main subject before "Then there's Axelrod."; the
    # person an existential sentence brings in is the topic
    ("Former Obama operatives have been generally supportive of her bid. Obama's former campaign manager David "
     "Plouffe has been serving as an outside adviser to the campaign. Former Obama speechwriter Jon Favreau "
     "published a column in The Daily Beast. Obama himself has even made comments supportive of Clinton's "
     "bid.\n\nThen there's Axelrod.\n\n“Kind of bewildering as to why Clinton folks are so explicitly laying "
     "out her debate strategy a week out,” he wrote last October.", "write", "Axelrod."),
])
def test_the_person_a_pronoun_stands_for(nlp, text, cue, name):
    assert _referred(nlp, text, lambda r: r["cue"] == cue) == [name]


def test_a_name_with_an_age_after_it_is_a_person_whatever_ner_called_it(nlp):
    # Horne 2017 (The Onion): the tagger called "D.T. Fillion" a work of art, so "he" had gone back
    # to the last name it called a person, Taylor Bryant, who spoke two paragraphs before
    text = ("“OK, it did spice things up,” said Seattle resident Taylor Bryant, 38.\n\n“I draw the line at "
            "scarring,” Bryant added.\n\nLike many voters, D.T. Fillion, 56, of Clemson, S.C., said he wishes "
            "the election campaign had never taken place.\n\n“If what happened in 2016 could stay in 2016, "
            "that’d be great,” he said.")
    doc = nlp(text)
    assert next(e.label_ for e in doc.ents if e.text == "D.T. Fillion") != "PERSON"  # what misled the resolver
    he = next(r for r in doc_quotes(doc) if r["speaker"] == "he")
    assert he["speaker_ref"] == text.index("D.T. Fillion")
    assert {r["text"]: r["label"] for r in doc_entities(doc)}["D.T. Fillion"] == "PERSON"
    # a bare surname with an age is the full name before it (PolNeAR train), not a person of its own
    text = ("Baltimore-area businessman Chandhok Jasdip Singh is a member of LeVell's coalition and the head of Sikh"
            " Americans for Trump. His friend Sajid Tarar started Muslim Americans for Trump. They say that Trump's "
            "comments on immigrants and Muslims have been distorted to make him appear xenophobic; Trump just wants "
            "to keep the country safe, a goal they share.\n\nSingh, 47, voted for the Republican nominees in 2008 and"
            " 2012. He said he chose to come to the United States from India 30 years ago to study for a business "
            "degree because he thought it was the greatest country in the world. But he fears it has lost its swagger"
            " on the world stage. \"Make America Great Again\" resonated with him so much so that he wears a turban "
            "bearing those words.\n\nLast month, Singh and Tarar went to a Trump rally in Cleveland. It was two days "
            "after a rally in Chicago had been canceled and violent clashes with protesters had dominated the news. "
            "Singh said he was alarmed by the images and wanted to see for himself what it was like at a Trump "
            "rally.\n\n\"I was a little nervous,\" he admitted.")
    nervous = next(r for r in doc_quotes(nlp(text)) if "nervous" in r["text"])
    assert nervous["speaker_ref"] == text.index("Jasdip Singh")
    # a place that ends a phrase about someone is no person, nor a place before a figure
    doc = nlp("Bishop Dinualdo Gutierrez of the Marbel diocese in the Philippines, 79, died on Sunday. "
              "In South Carolina, 367,000 people voted.")
    labels = {r["text"]: r["label"] for r in doc_entities(doc)}
    assert labels["Philippines"] == labels["South Carolina"] == "GPE"


def test_a_post_in_a_body_the_sentence_acts_on_may_be_its_he(nlp):
    # wild mailing lists (numpy-discussion): "he agreed" is the head's agreeing, not Paul's
    text = ("Nonetheless, Paul\nand I proposed to the NASA Astrophysics Data Analysis Program to hire\nsome people to "
            "write it, but we were turned down.  We proposed the\nidea to the head of the High Energy Astrophysics "
            "group at NASA\nGoddard, and he agreed -- as long as what we were really doing was\nwriting software for "
            "his group's special needs.")
    assert [r["speaker_ref"] for r in doc_quotes(nlp(text)) if r["speaker"] == "he"] == [-1]
    # not a post the one named takes: what he became is no one else
    text = "Gary Emineth became the head of the state party in 2010 and said he supports Cruz."
    assert [r["speaker_ref"] for r in doc_quotes(nlp(text)) if r["speaker"] == "he"] == [0]


def test_a_speaker_the_tokenizer_split_at_its_hyphen_is_written_whole(nlp):
    # newspaper4k (The Grayzone): "co-owner", split in two and parsed as two subjects, had been "owner"
    text = "When a co-owner of UC Global asked what Morales meant, he responded that he had turned to the dark side."
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["cue"] == "ask"] == ["a co-owner"]
    # not a letter before a pronoun (FakeNewsCorpus: an interview's "A-I see it as ...")
    assert [r["speaker"] for r in doc_quotes(nlp("Q-How do you read it?\n\nA-I see it as a golden light."))] == ["I"]
    # and its first word still sets it apart (PolNeAR train, Politico): "the ex-wife" is not "his new wife, Dena"
    text = ("Instead, he was phoning Wednesday on behalf of his new wife, Dena Minning Grayson. She married him during "
            "the election season.\n\nFor starters, the ex-wife of Alan Grayson who filed multiple domestic violence "
            "reports against him blames Dena Grayson for committing adultery with the congressman before the divorce.")
    assert [(r["speaker"], r["speaker_ref"]) for r in doc_quotes(nlp(text)) if r["cue"] == "blame"] == \
        [("the ex-wife", -1)]


def test_an_honorific_and_a_surname_ner_missed_is_a_name_not_a_description(nlp):
    # Wikinews 2020: "Dr Gazzola" had been an indefinite, generic source standing for no one
    text = ("Wikinews caught up with Dr Christian Keysers and Dr Valeria Gazzola, two of the authors who contributed "
            "to the paper.\n\nHowever, this was not the case when the rats were given three pellets by the shock "
            "lever.  Most of the actor rats did not switch when they received three pellets pressing the lever, "
            "which also delivered an electric shock.  Dr Gazzola called it a \"tipping point\" and said it was a "
            "\"cost-benefit\" function.")
    rows = [r for r in doc_quotes(nlp(text)) if r["speaker"] == "Dr Gazzola"]
    assert rows and all(r["speaker_ref"] == text.index("Valeria Gazzola") and not r["generic"] for r in rows)


def test_a_surname_whose_full_name_is_more_than_a_persons_is_no_one_named(nlp):
    # AP (a saved page): NER called the father's name a work of art and his "Mateen" a number;
    # "Seddique Mir Mateen" is no first name and surname, so "Mateen met" stays open
    text = ("KABUL, Afghanistan (AP) -- The father of the Orlando nightclub gunman came to the U.S. from Afghanistan "
            "more than 30 years ago and has made a series of rambling political videos about his former homeland, "
            "even once describing himself as its \"revolutionary president.\" Seddique Mir Mateen maintained a high "
            "profile on social media in the U.S., but is a mystery to Afghan authorities. Mateen met with reporters "
            "Monday at his home in Port St. Lucie, Florida, and called the massacre by his son, Omar Mateen, \"the "
            "act of a terrorist.\"")
    rows = [r for r in doc_quotes(nlp(text)) if r["cue"] == "call"]
    assert rows and all(r["speaker"] == "Mateen" and r["speaker_ref"] == -1 and not r["generic"] for r in rows)


def test_a_quote_before_a_cue_that_reports_a_clause_of_its_own_after_it(nlp):
    # PolNeAR train: the parse hung O'Malley's quote on the Democrats' "said" as a second clause
    text = ("And although former Maryland governor Martin O'Malley lamented her tendency to commit gaffes - \"does "
            "she have to keep giving them so much ammunition?\" - Democrats in Iowa who watched the Saturday debate "
            "said they were unfazed by the 9/11 flap.")
    rows = [(r["kind"], r["speaker"], r["text"]) for r in doc_quotes(nlp(text))]
    assert rows == [("direct", "Martin O'Malley", "\"does she have to keep giving them so much ammunition?\""),
                    ("indirect", "Democrats", "they were unfazed by the 9/11 flap")]
    # a quoted word that is no clause the cue reports keeps the cue, whatever clause follows it
    kofman = ("Any ''cleareyed'' interpretation of Mr. Kerry's actions, said Michael Kofman, an expert on Russia at "
              "the Woodrow Wilson Center in Washington, would read this as a public admission of defeat.")
    assert [r["speaker"] for r in doc_quotes(nlp(kofman)) if r["kind"] == "direct"] == ["Michael Kofman"]
    # nor does a quote the cue does not report as a clause lose the cue
    blasio = ("De Blasio, speaking on WOR710, called Trump a “blowhard,” and said his anti-Muslim remarks were "
              "priceless “propaganda” for terrorist groups like Islamic State.")
    assert [r["speaker"] for r in doc_quotes(nlp(blasio))] == ["De Blasio", "De Blasio"]
    # a clause that opens after a word of its own is no second complement of the cue (Wikinews)
    zara = ("Having the left explore \"how we can further help to create a better world\": I feel like in the end "
            "we want a better world.")
    assert [r["speaker"] for r in doc_quotes(nlp(zara)) if r["kind"] == "direct"] == ["I"]


def test_the_clause_right_after_a_cue_is_what_it_reports_not_a_quoted_aside_before(nlp):
    # PolNeAR train: the parse hung the opening participle on "remarked" as a clause too
    text = ("Sitting down with MSNBC's \"The Rachel Maddow Show\" on Thursday, during which she also touched on the "
            "idea of a female running mate, Clinton remarked that she was \"a little surprised\" to be debating "
            "health care in her race against Sanders.")
    rows = [(r["speaker"], r["text"]) for r in doc_quotes(nlp(text)) if r["cue"] == "remark"]
    assert rows == [("Clinton", "that she was \"a little surprised\" to be debating health care in her race "
                                "against Sanders")]
    # a clause of time the parse took for a complement is not what was said (Horne 2017)
    suprun = ("“Frankly, at this point, I'm wondering if Putin helped Trump win the Republican primary,\" Chris "
              "Suprun, a Texas elector who's been an outspoken critic, said before the voting began.")
    assert [(r["kind"], r["speaker"]) for r in doc_quotes(nlp(suprun))] == [("direct", "Chris Suprun")]


def test_the_subject_in_the_clause_as_opens_is_who_put_it_so(nlp):
    # PolNeAR train: the parse made the president a second subject of "put"
    text = ("President Viktor F. Yanukovych, who owed his election to, as an American diplomat put it, an ''extreme "
            "makeover'' that Mr. Manafort oversaw, bolted the country in the face of violent street protests.")
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["kind"] == "direct"] == ["an American diplomat"]


def test_a_title_before_a_first_name_makes_a_person_of_a_name_ner_called_a_thing(nlp):
    # newspaper4k's CNN page: NER tagged "Patrol Chief James Hall" a work of art; his "he" was open
    text = ("\"Tomorrow before the event, we'll make a determination -- the police department, the incident commander "
            "-- whether the balloons will fly or not,\" Patrol Chief James Hall with the New York Police Department "
            "said Wednesday.\n\n\"It looks good. It looks very good,\" he said about the possibility of balloons in "
            "the air.")
    assert [text[r["speaker_ref"]:].split(" with")[0] for r in doc_quotes(nlp(text))] == ["Patrol Chief James Hall"] * 2


def test_a_slogan_in_two_parts_a_cue_reports_is_a_statement(nlp):
    # PolNeAR train: the parse hung the slogan's second part on "saying" as a clause of its own,
    # and the words in title case were taken for a title
    text = ("Lori Bernstein held up a sign saying \"Jews Against Trump - Because We've Seen This Before.\" The "
            "57-year-old scientist says she does not like him.")
    rows = [(r["kind"], r["speaker"], r["text"]) for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert rows == [("direct", "Lori Bernstein", "\"Jews Against Trump - Because We've Seen This Before.\"")]


def test_a_cry_of_a_person_hung_on_an_abstraction_is_the_persons(nlp):
    # FakeNewsCorpus (Horne 2017): the parse hung "shouting" on "the murder", and the quotes had
    # gone to the writer the sentence is "according to"
    text = ("According to Gersh Kuntzman, the murder of Karlov at the hands of a Turkish police officer shouting, "
            "\"Allahu akbar,\" was not terrorism, but instead a noble act.")
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["kind"] == "direct"] == ["a Turkish police officer"]
    # PolNeAR train: a share of voters saying something is the voters' view
    text = ("The proportion of GOP primary voters saying they want a ban on non-citizen Muslims entering the United "
            "States is as high as three-quarters in Mississippi.")
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["cue"] == "say"] == ["GOP primary voters"]
    # PolNeAR train: a participle the parse hung on a verb's object is the verb's subject's
    text = ("Yet it was unclear whether Sanders was ready to follow that script. The Vermont senator emailed "
            "supporters saying: \"The struggle continues\" and vowing to compete in the season's final primary.")
    rows = [r for r in doc_quotes(nlp(text)) if r["kind"] == "direct"]
    assert [r["speaker"] for r in rows] == ["The Vermont senator"]


@pytest.mark.parametrize("noun, holder", [("officer", "officer"), ("car", None)])
def test_only_a_person_right_before_a_misplaced_cry_is_its_speaker(noun, holder):
    # the parse of "the murder at the hands of an officer shouting", given by hand: a thing there
    # ("of a car shouting") is no one who shouts
    words = ["the", "murder", "at", "the", "hands", "of", "a", noun, "shouting"]
    heads = [1, 1, 1, 4, 2, 4, 7, 5, 1]
    deps = ["det", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj", "acl"]
    lemmas = ["the", "murder", "at", "the", "hand", "of", "a", noun, "shout"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    found = _person_right_before(doc[8])
    assert (found.text if found is not None else None) == holder


@pytest.mark.parametrize("text, speakers", [
    # PolNeAR train: the report says it, not the candidate who disputes it
    ("Presumptive Republican nominee Donald Trump is discrediting an earlier report from Bloomberg saying Trump's "
     "campaign invited Mike Tyson to appear at the GOP National Convention.", []),
    # FakeNewsCorpus: nor the writer who found the documents
    ("While going through the files on this subject, I found many documents which report precisely just the "
     "opposite of what is claimed.", []),
    # PolNeAR train, Wikinews 2020: planting an article or bringing a lawsuit is issuing it
    ("In the 1980s, the KGB planted newspaper articles alleging that the U.S. had invented HIV during a biological "
     "weapons research project.", ["KGB"]),
    ("In addition, he initiated several lawsuits challenging certain states' mail-in voting procedures.", ["he"]),
], ids=["discredit", "find", "plant", "initiate"])
def test_a_text_is_its_subjects_only_where_the_verb_issues_it(nlp, text, speakers):
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == speakers


def test_what_evidence_reveals_stays_where_its_author_is_the_source(nlp):
    # FakeNewsCorpus (Horne 2017): documents "released by" someone are theirs; the finding had been lost
    text = ("New documents scheduled to be released this week by Julian Assange, founder of WikiLeaks, could reveal "
            "damaging information about NASA's Apollo program, believe experts.")
    assert [(r["speaker"], r["text"]) for r in doc_quotes(nlp(text)) if r["cue"] == "reveal"] == \
        [("Julian Assange", "damaging information about NASA's Apollo program")]


def test_a_subject_after_but_is_no_joint_source(nlp):
    # Wikinews 2020: the parse made the company and the newspaper one subject of "reports"
    text = ("At the time, the company invested in e-commerce and started home deliveries, but Gazeta Prawna reports "
            "only 0.5% of Polish grocery turnover comes from this segment.")
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["Gazeta Prawna"]


@pytest.mark.parametrize("text, rows", [
    # PolNeAR train: the poll reports what a share of its respondents said
    ("In a September Washington Post-ABC News poll, 75 percent of Republicans said \"most people in politics\" "
     "can't be trusted.", [("a September Washington Post-ABC News poll", "finding")]),
    ("In a CNN-ORC poll, Six in 10 Republicans said the delegates \"should vote for the candidate.\"",
     [("a CNN-ORC poll", "finding")]),
    # one statement: the "according to" reports the whole clause
    ("According to a Washington Post-ABC News survey, 51 percent of respondents said they would vote for Clinton, "
     "versus 39 percent for Trump.", [("a Washington Post-ABC News survey", "finding")]),
    # a counted group is no share: the men speak, not the video
    ("In a video, two men said they were \"happy\" with the result.", [("two men", "speech")]),
    ("In a video, over 20 men said they were \"happy\" with the result.", [("over 20 men", "speech")]),
], ids=["percent", "six-in-10", "according", "counted", "over-counted"])
def test_a_share_of_respondents_speaks_through_its_poll(nlp, text, rows):
    found = [(r["speaker"], r["cue_type"]) for r in doc_quotes(nlp(text)) if r["cue"] in ("say", "according to")]
    assert found == rows


@pytest.mark.parametrize("text, author", [
    # PolNeAR train: a study's or a survey's named author is whose finding it is
    ("A study by the liberal watchdog group Media Matters found the network favored him.", "Media Matters"),
    ("A survey conducted by independent analyst Elena Sadovskaya found that most people were happy.",
     "Elena Sadovskaya"),
    ("It is about $12 an hour, according to calculations by Amy Glasmeier of the Massachusetts Institute of "
     "Technology.", "Amy Glasmeier"),
    # PolNeAR train: the verb of issuing it may come after other words, or hang on its part
    ("Trump's views have taken their toll, according to a poll of 400 registered Latino voters released on Friday "
     "by Latino Decisions, a public opinion research firm.", "Latino Decisions"),
    ("Voters want experience, according to early results of the exit poll conducted by Edison Research for the "
     "Associated Press.", "Edison Research"),
    # not who obtained it, nor an author the article does not name
    ("A video obtained by The Huffington Post shows the senator shouting at the guards.", None),
    ("A survey by the organization in March found Mrs. Clinton with a lead.", None),
], ids=["by", "conducted-by", "calculations", "released-by", "results-of", "obtained-by", "unnamed"])
def test_evidence_is_its_named_authors(nlp, text, author):
    doc = nlp(text)
    [row] = [r for r in doc_quotes(doc) if r["cue_type"] == "finding"]
    ref = row["speaker_ref"]
    assert (next(e.text for e in doc.ents if e.start_char == ref) if ref >= 0 else None) == author


def _speaker_names(doc) -> list[tuple[str, str | None]]:
    """Each statement's speaker as written, and the name its entity reference points at."""
    return [(r["speaker"], next((e.text for e in doc.ents if e.start_char == r["speaker_ref"]), None))
            for r in doc_quotes(doc)]


@pytest.mark.parametrize("text, wanted", [
    # FakeNewsCorpus (Horne 2017): the clause of time right before "she" names her; the parse had
    # hung that clause on the source the sentence is "according to"
    ("Overcrowding is a problem in federal prisons as well. According to The Crime Report, when the U.S. Attorney "
     "for Atlanta, Sally Quillian Yates, was testifying before the U.S. Sentencing Commission in Washington in late "
     "May 2010, she said that federal facilities are currently operating at 34 percent above capacity.",
     ("she", "Sally Quillian Yates")),
    # PolNeAR train: a clause of saying, though the window before "..., he referred" leaves it out
    ("He said \"The Hispanics\" and swears Latinos love him.\n\nWhen Trump announced his candidacy in June 2015, "
     "he infamously referred to Mexican immigrants as \"criminals\" and \"rapists\" while calling to erect a border "
     "wall.", ("he", "Trump")),
    # PolNeAR train: a condition is not the pronoun's topic ...
    ("Bennett does not feel the same way about Sanders. If Trump doesn't become the Republican nominee, he said he "
     "would settle for one of the reality TV star's rivals.", ("he", "Bennett")),
    # ... nor is a clause that names two people
    ("When Sanders criticized Trump on Monday, he responded that the senator was a communist.", ("he", None)),
], ids=["when", "when-saying", "if", "two-people"])
def test_a_clause_of_time_before_a_pronoun_names_it(nlp, text, wanted):
    assert wanted in _speaker_names(nlp(text))


@pytest.mark.parametrize("noun, role", [("Attorney", "Attorney"), ("plan", "Atlanta")])
def test_a_name_the_parse_hung_on_a_titles_place_is_the_titled_one(noun, role):
    # the parse of "the U.S. Attorney for Atlanta, Sally Yates, said", given by hand: the name
    # stands in the title's place; after a thing's place ("the plan for Atlanta") it stays where it hangs
    words = ["the", noun, "for", "Atlanta", ",", "Sally", "Yates", ",", "said"]
    heads = [1, 8, 1, 2, 3, 6, 3, 1, 8]
    deps = ["det", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT"]
    lemmas = ["the", noun.lower(), "for", "Atlanta", ",", "Sally", "Yates", ",", "say"]
    ents = ["O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    assert _role(doc[6]).text == role


@pytest.mark.parametrize("label, speaker", [
    # FakeNewsCorpus (Horne 2017): a list of promises, each a heading with a colon
    ("Imprison Hillary Clinton", None),
    ("Former Vice President Joe Biden", "Former Vice President Joe Biden"),
    # PolNeAR train: a headline's "OK Gov Fallin:"
    ("OK Gov Mary Fallin", "OK Gov Mary Fallin"),
], ids=["heading", "described", "state"])
def test_a_labels_words_before_a_name_must_describe_the_person(nlp, label, speaker):
    text = (f"{label}: Although he has walked back this promise in recent weeks, Americans are ready for this "
            "argument to reenter the national dialogue.")
    found = [r["speaker"] for r in doc_quotes(nlp(text)) if r["cue"] == ":"]
    assert found == ([speaker] if speaker else [])


@pytest.mark.parametrize("after, speaker", [
    # web page (The Grayzone): the guards' lawsuit, not the last speaker going on
    ("Two of the voters later sued him for trying to \"buy the election with promises he cannot keep.\"", ""),
    # a thing, or the speaker named again, may carry the speaker's own words on
    ("The proposal would \"help millions of families across the state and beyond.\"", "the senator"),
    ("The senator has \"never lost a fight in this state, not once.\"", "the senator"),
], ids=["other-people", "thing", "same-speaker"])
def test_a_quote_in_a_sentence_about_other_people_is_not_the_last_speakers(nlp, after, speaker):
    text = "\"We will win this state,\" the senator said on Monday. " + after
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["the senator", speaker]


def test_a_name_after_an_according_to_source_is_that_sources_not_the_subjects(nlp):
    # web page (The Grayzone): the parse made the lawyer's name the subject and the barrister its
    # apposition; the barrister demanded, not the lawyer
    text = ("After the hearing began, according to Assange's lawyer, Martinez, a female British barrister arrived and "
            "demanded permission to observe.")
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["Assange's lawyer"]


@pytest.mark.parametrize("text, speakers", [
    # Wikinews 2019: the message blames, not the site it was posted on
    ("US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks.",
     ["Mike Pompeo", "Mike Pompeo"]),
    # a message only found or judged there stays no one's
    ("The senator discredited a message on the website blaming Iran for the attacks.", []),
], ids=["posted", "discredited"])
def test_a_text_where_it_appears_is_the_text_not_the_place(nlp, text, speakers):
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == speakers


def test_someone_named_in_apposition_to_the_one_prompted_is_who_speaks(nlp):
    # Horne 2017: the parse made "roommate" the object and the name its apposition; the tweet had
    # been given to Cruz, the subject of the sentence
    text = ("Cruz eventually lost this battle, but the story re-surfaced this year and gained widespread media "
            "attention, prompting Cruz's former college roommate Craig Mazin to tweet that Cruz's stance against "
            "stimulating one's own genitals was \"A new belief of his\".")
    [row] = doc_quotes(nlp(text))
    assert (row["speaker"], row["cue"]) == ("Craig Mazin", "tweet")
    # a thing prompted, with no one named beside it, says nothing
    rows = doc_quotes(nlp("The ruling prompted a change in the rules to say that lawyers must register."))
    assert not any(r["speaker"] == "a change" for r in rows)


def test_a_quote_after_a_sentence_about_someone_else_is_not_the_last_speakers(nlp):
    # Horne 2017: the roommate who came forward speaks next, named only in apposition to "one"
    text = ("Cruz's former college roommate, Craig Mazin, tweeted that the stance was \"A new belief of his\", "
            "implying much. Another one of Cruz's former college roommates, Matt Daemon, has recently come forward "
            "to corroborate Mazin's story.\n\n\"All Ted Cruz did was take care of little Ted Cruz back then, which "
            "is fine I guess, but he was always real creepy about doing it.\"")
    rows = doc_quotes(nlp(text))
    assert [r["speaker"] for r in rows] == ["Craig Mazin", ""]
    # the hearer in the last quote's own sentence is no one new (FakeNewsCorpus)
    text = ("\"We all collectively should be a bit embarrassed,\" Hayden, who also directed the NSA, told Erin "
            "Burnett in an interview on CNN.\n\n\"We all collectively should be a bit ashamed, and I think we "
            "should be frightened.\"")
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["Hayden", "Hayden"]
    # nor is a name in apposition to the speaker himself (PolNeAR train)
    text = ("\"It is literally possible to only tax people above $250,000,\" said William Gale, the Arjay and "
            "Frances Miller Chair in Federal Economic Policy at the Brookings Institution. \"But it may not be "
            "politically feasible.\"")
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["William Gale", "William Gale"]


def test_a_subject_saying_something_in_a_participle_is_a_source_for_the_pronoun_after(nlp):
    # FakeNewsCorpus: "he" had been left open between Cardin, the last to say something in a main
    # clause, and Tillerson, the last main subject, who says something "by noting"
    text = ("That was a rebuke of Secretary of State Rex Tillerson. \"We are on the precipice of another forever "
            "war,\" Sen. Ben Cardin said.\n\nTrump has traced the legal authority for the operations back to the "
            "legislation of 2001. Tillerson tied the new Syria policy to that legal basis by noting the potential "
            "for ISIS to rehabilitate itself.\n\n\"ISIS presently has one foot in the grave,\" he said.")
    [row] = [r for r in doc_quotes(nlp(text)) if r["speaker"] == "he"]
    assert text[row["speaker_ref"]:].startswith("Tillerson tied")
    # a participle that says nothing leaves the pronoun between the two
    text = ("\"He is the leader of the movement,\" said Ken Cuccinelli, head of the Senate Conservatives Fund.\n\n"
            "Trump won the primary there, giving him a big shot of momentum.\n\n\"We will see how it works,\" he said.")
    [row] = [r for r in doc_quotes(nlp(text)) if r["speaker"] == "he"]
    assert row["speaker_ref"] == -1


def test_a_sign_off_may_name_two_writers_and_their_work(nlp):
    # FakeNewsCorpus: epigraphs signed "– Strauss & Howe – The Fourth Turning" had no speaker
    text = ("I will now ponder what could happen during the remainder of this Fourth Turning.\n\n“History offers no "
            "guarantees. Obviously, things could go horribly wrong.” – Strauss & Howe – The Fourth Turning\n\n"
            "“Voice or no voice, the people can always be brought to the bidding of the leaders.” — Hermann Goering, "
            "German military commander\n")
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["kind"] == "direct"] == ["Strauss & Howe",
                                                                                      "Hermann Goering"]


def test_a_text_that_its_subject_undergoes_says_what_its_participle_reports(nlp):
    # FakeNewsCorpus: "I was arrested on a felony warrant ... alleging 22 counts" had been the
    # writer's allegation; the parse hung the participle on "arrested"
    rows = doc_quotes(nlp("He was arrested on a warrant issued in Texas alleging that he had stolen the car."))
    assert [r["speaker"] for r in rows] == ["a warrant"]
    rows = doc_quotes(nlp("The company was sued in a lawsuit filed Monday alleging that it misled investors."))
    assert [r["speaker"] for r in rows] == ["a lawsuit"]
    # one's own text is one's own ("responded in a statement ... saying"), and one quoted in a text
    # says it
    rows = doc_quotes(nlp("The company responded in a statement released Friday saying that it would appeal."))
    assert [r["speaker"] for r in rows] == ["The company"]
    rows = doc_quotes(nlp("She was quoted in a statement released Friday saying that she would resign."))
    assert [r["speaker"] for r in rows] == ["She"]


def test_a_year_the_parse_made_a_subject_is_no_speaker(nlp):
    # Wikinews 2019: "2018" had been the speaker of "identified him only as “Mr. A”"
    text = ("Jong was arrested in March, 2018, but South Korea's National Police Agency when announcing the arrest "
            "in May, 2018 identified him only as \"Mr. A\" as the international investigation continued.")
    assert not any(r["speaker"] == "2018" for r in doc_quotes(nlp(text)))
    # a number of people still speaks
    [row] = doc_quotes(nlp("Two of the witnesses said that the car was speeding."))
    assert row["speaker"] == "Two of the witnesses"


@pytest.mark.parametrize("text", [
    # FakeNewsCorpus, Horne 2017, Wikinews 2020 interviews: "’s" had been the speaker
    "So let’s assume (for argument’s sake, at least) that either the texts will be recovered or not.",
    "Let's say I bought it on a DVD and I would give that DVD to someone else.",
    "So lets just hope Paul Horner writes another story soon.",
    "Let us know if you have any comment.",
    "SR: Let’s talk about how this evolution takes place.",
])
def test_let_us_is_an_exhortation_not_a_statement(nlp, text):
    assert not any(r["speaker"].lower() in ("'s", "’s", "us", "so lets", "lets") for r in doc_quotes(nlp(text)))


def test_us_whom_someone_lets_speak_still_says_it(nlp):
    [row] = doc_quotes(nlp("They let us say that we were right."))
    assert (row["speaker"], row["cue"]) == ("us", "say")


def test_a_heading_is_no_subject_of_the_list_under_it(nlp):
    # Horne 2017 (satire): "Policies" had been the generic speaker of a platform's list items
    text = ("Policies\n– Make all speeches beside life-size cardboard cutouts of Kellie Leitch and Brad Trost to "
            "emphasize that she’s not as bad by comparison\n– Avoid questions in French by asking “Où est la salle "
            "de bains?”\n\nChances of winning")
    assert not any(r["speaker"] == "Policies" for r in doc_quotes(nlp(text)))
    # a subject that opens a line and goes on on it is one
    [row] = doc_quotes(nlp("Policies\nAnalysts said that the policies would fail."))
    assert row["speaker"] == "Analysts"


def test_a_questions_what_is_no_speaker(nlp):
    # FakeNewsCorpus: "What" had been the speaker of the propaganda's call
    rows = doc_quotes(nlp("What is behind the renewed propaganda calling for an all out invasion of Syria?"))
    assert not any(r["speaker"].lower() == "what" for r in rows)
    # (PolNeAR train: nor what happened, which points out nothing)
    rows = doc_quotes(nlp("But state Rep. Gilda Cobb-Hunter recalled what happened in 2008 to point out that "
                          "Clinton's double-digit lead in South Carolina could erode."))
    assert not any(r["speaker"].lower() == "what" for r in rows)


@pytest.mark.parametrize("text", [
    # FakeNewsCorpus and Horne 2017: "the fact" had been the speaker of its own "that" clause
    "This is supported by the fact that whilst Trong was holding talks with Chinese leaders in Beijing, in Hanoi "
    "Nguyen Xuan Phuc received John Kerry.",
    "This conclusion was backed by the fact that, although the re-imagined rocket rose, it exploded in midflight.",
])
def test_a_fact_is_no_source_of_its_own_clause(nlp, text):
    assert doc_quotes(nlp(text)) == []


def test_a_text_still_says_its_own_clause(nlp):
    [row] = doc_quotes(nlp("The decision was backed by a report that unemployment had fallen sharply."))
    assert (row["speaker"], row["text"]) == ("a report", "that unemployment had fallen sharply")


def test_a_pronoun_is_not_the_person_it_is_joined_with(nlp):
    # FakeNewsCorpus: "both he and Pence have said" had given the words to Mike Pence alone
    text = ("Mike Pence has signed many bills.\n\nThere is not much daylight between Trump and Pence on the issue. "
            "Although Ivanka got Trump to say nice things, he and Pence have said that the group should stop "
            "providing abortions.")
    [row] = [r for r in doc_quotes(nlp(text)) if r["speaker"] == "he and Pence" or r["speaker"] == "he"]
    assert not text[row["speaker_ref"]:].startswith("Mike Pence")
    # the person joined by name is the only one left out: not Michelle Obama for "she and her
    # husband, President Barack Obama" (Horne 2017), nor the topic joined to someone else
    text = ("Michelle Obama opened up about the campaign in an interview with Oprah Winfrey.\n\nThe first lady said "
            "it was important that she and her husband, President Barack Obama, support President-elect Donald "
            "Trump, even though she said some political leaders did not support her husband.")
    refs = {text[r["speaker_ref"]:r["speaker_ref"] + 14] for r in doc_quotes(nlp(text)) if r["speaker"] == "she"}
    assert refs == {"Michelle Obama"}
    text = "Mike Pence spoke in Ohio on Monday. He and Trump have said that the group should stop providing abortions."
    [row] = [r for r in doc_quotes(nlp(text)) if r["speaker"].startswith("He")]
    assert text[row["speaker_ref"]:].startswith("Mike Pence")


def test_a_common_noun_ner_took_for_a_name_is_no_label(nlp):
    # FakeNewsCorpus: a headline's "Breakthrough:" (tagged a body) had been the headline's speaker
    text = ("Breakthrough: Siberian Volcanoes Triggered Earth’s Great Permian Mass Extinction\n\nKnown as the “Great "
            "Dying,” hardly any species survived the Great Permian Mass Extinction.")
    assert not any(r["speaker"] == "Breakthrough" for r in doc_quotes(nlp(text)))
    # a name opening a headline still speaks
    rows = doc_quotes(nlp("Trump: Clinton Should Be in Jail for Her Emails\n\nDonald Trump said on Friday that "
                          "Clinton should be in jail."))
    assert rows[0]["speaker"] == "Trump"


def test_a_person_noun_ner_tagged_a_body_gives_way_to_the_name_beside_it(nlp):
    # Wikinews 2019: "A Republican Assemblywoman" (tagged a body) had been the speaker
    text = ("es.\" Among women serving in state legislatures nationwide, about 70 percent belong to the Democratic "
            "party.\n\n\nA Republican Assemblywoman, Jill Tolles, also commented on party disparity among female "
            "candidates: \"Before I ran for office I did look at the makeup and think, 'There's just not as many "
            "females in the Republican Party, and how do we change that?'\"\n\n\nColorado also has a female majority "
            "in its lower house.")
    [row] = [r for r in doc_quotes(nlp(text)) if r["text"].startswith("\"Before")]
    assert row["speaker"] == "Jill Tolles"
    # a body whose name ends in a word for a person is still the body's name, not a description
    # (PolNeAR: "The Daily Caller reported")
    rows = doc_quotes(nlp("The Daily Caller reported that the Cosby Show creator “gave between $1,001 and $5,000” "
                          "to the Clintons."))
    assert rows[0]["speaker"] == "Daily Caller"


def test_a_speaker_phrase_stops_at_a_label_and_its_aside(nlp):
    # FakeNewsCorpus: a timeline entry's date label and its bracketed aside had opened the speaker
    text = ("This has massive implications for Deutsche Bank. June 6/7: (A Saturday/Sunday, and immediately following "
            "Greece’s missed payment to the IMF) Deutsche Bank’s two CEO’s announce their surprise departure from the "
            "company.")
    [row] = doc_quotes(nlp(text))
    assert row["speaker"].startswith("Deutsche Bank")
    # a bracket inside the phrase stays (PolNeAR)
    text = ("His office put out a statement saying the U.S. “does not have the capacity to properly vet every "
            "incoming refugee, and terrorist organizations can take advantage of the major shortfalls in the refugee "
            "process.”\nHe and House Judiciary Committee Chairman Bob Goodlatte (R-Va.) both condemned the Central "
            "American Minors program in statements because certain undocumented immigrants with temporary protected "
            "status are eligible.")
    [row] = [r for r in doc_quotes(nlp(text)) if r["text"] == "the Central American Minors program"]
    assert row["speaker"].startswith("He and House Judiciary Committee Chairman Bob Goodlatte (R-Va.)")


def test_words_quoted_in_a_clause_with_a_subject_of_its_own_are_not_the_verb_aboves(nlp):
    # FakeNewsCorpus: the court had been the speaker of the “no” the defendant did not understand
    text = ("In October 2016, the Gothenburg District Court sentenced a migrant Abdul to 10 months of youth care "
            "(only!) for raping of a 14-year-old girl, but the Supreme Court of Western Sweden abrogated Abdul because "
            "he suffered from ADHD syndrome and didn’t understand “no”. In July 2017, a court sentenced a migrant.")
    assert not [r for r in doc_quotes(nlp(text)) if r["text"] == "“no”"]
    # nor is a poll's wording in a relative clause the subject's of the clause above (PolNeAR)
    text = ("Other major cleavages, according to the poll, include ideology (Sanders leads by 29 points among “very "
            "liberal” voters, while Clinton leads by 21 points among those who are “somewhat liberal), education "
            "(college graduates back Clinton by 19 points, while those without a degree support Sanders by 7 points).")
    assert "Clinton" not in {r["speaker"] for r in doc_quotes(nlp(text))}
    # a quote the verb itself takes is still its subject's words
    rows = doc_quotes(nlp("He voiced a wish for a \"strong, prosperous and vibrant Mexico,\" and he pronounced Peña "
                          "Nieto \"a friend.\""))
    assert [(r["speaker"], r["cue"]) for r in rows if r["text"] == '"a friend."'] == [("he", "pronounced")]


def test_quoted_words_inside_the_writers_sentence_in_a_new_paragraph_are_not_the_last_speakers(nlp):
    # FakeNewsCorpus: Obama's slogan had gone to "a slanderous hack like Harry Reid", quoted a paragraph before
    text = ("When American men and women are in harm’s way, allowing a slanderous hack like Harry Reid to declare the "
            "war “lost” even before the ultimately successful surge was completed, was an unconscionable and "
            "unnecessary surrender.\n\nIt is pretty clear that eight years of the Obama administration’s effort to "
            "“fundamentally transform the United States of America” into a socialist utopian paradise, with a Third "
            "World underpinning that millions of illegals represent, has enraged millions of Americans.")
    [row] = [r for r in doc_quotes(nlp(text)) if r["text"].startswith("“fundamentally")] or [None]
    assert row is None or row["speaker"] == ""
    # the last speaker going on still speaks: in a new paragraph, a quote that opens its sentence;
    # in the same paragraph, words inside the writer's sentence
    # (a quote with a cue of its own after it is that cue's: "tweeted another" is another supporter
    # still, no longer the one before, as this test had it until round 44)
    text = ("\"Yet another state we would've won if everyone could vote,\" another supporter wrote on Reddit.\n\n"
            "\"Better watch out for illegal conduct by Grimes since she said electing Clinton is more important than "
            "doing her job,\" tweeted another.\n\nThe evidence for the last claim was a video clip.")
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["another supporter", "another"]
    text = "“We will win this,” Smith said on Monday. The campaign is “on track and fully funded” for the fall."
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["Smith", "Smith"]
    # Horne 2017: a few quoted words ending the writer's sentence are the writer's too (they had
    # been Corey Lewandowski's, whose firm's self-description was quoted a paragraph before) ...
    text = ("One was the news that Corey Lewandowski had just opened a “full service government relations and "
            "consulting firm” half a block from the White House.\n\nThe other was that the president-elect is "
            "apparently over “drain the swamp.”")
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if "swamp" in r["text"]] in ([], [""])
    # ... but a whole clause there is still the last speaker going on
    text = "“We will win this,” Smith said on Monday.\n\nThe goal now is “to take every single county in the state.”"
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["Smith", "Smith"]


def test_a_surname_ner_took_for_a_place_before_a_cue_without_subject_speaks(nlp):
    # Horne 2017: "Paladino, 70, claimed" hung on "the AP" and tagged a place had left the quote open
    text = ("Carl Paladino, a Buffalo businessman, apologized on Friday.\n\nIn an emailed statement to the AP, "
            "Paladino, 70, claimed his comments had “nothing to do with race” but instead reflected his opinion of "
            "the president’s performance in office.")
    rows = doc_quotes(nlp(text))
    assert [r["speaker"] for r in rows if "nothing to do" in r["text"]] == ["Paladino"]
    # a first name addressed is no speaker, though the article names him (FakeNewsCorpus podcast)
    text = ("Listen to the Podcast Audio: Click Here\n\nMike Gleason: It is my privilege now to welcome in Greg "
            "Weldon, CEO and President of Weldon Financial. Greg has over three decades of market research and "
            "trading experience, specializing in metals and commodity markets and even authored a book in 2006 "
            "titled Gold Trading Bootcamp, where he accurately predicted the implosion of the U.S. credit market "
            "and\n\nMike Gleason: Well Greg, thank you so much for joining us again. We enjoyed it very much.")
    assert "Greg" not in {r["speaker"] for r in doc_quotes(nlp(text))}


def test_adding_to_something_is_no_cue(nlp):
    # FakeNewsCorpus: a quoted report went to "the United States government" of the next sentence's "Adding to"
    text = ("The horrors that took place at Abu Ghraib, the American-run prison in Iraq, continue to shock those with "
            "any decency. Photographs leaked to the media depicted “US military personnel humiliating, hurting and "
            "abusing Iraqi prisoners in a myriad of perverse ways. While American servicemen and women smiled and gave "
            "thumbs up, naked men were threatened by dogs, or were hooded, forced into sexual positions, placed "
            "standing with wires attached to their bodies, or left bleeding on prison floors.” Adding to the descent "
            "into moral depravity, the United States government legalized the use of torture, including "
            "waterboarding, in violation of international law.")
    assert "the United States government" not in {r["speaker"] for r in doc_quotes(nlp(text))}
    # "adding" with what is added is still one (PolNeAR)
    rows = doc_quotes(nlp("“We will win,” Smith said, adding that the campaign was on track."))
    assert [(r["speaker"], r["cue"]) for r in rows if r["kind"] == "indirect"] == [("Smith", "add")]
    rows = doc_quotes(nlp("He added to reporters that the campaign was on track."))
    assert [(r["speaker"], r["cue"]) for r in rows] == [("He", "add")]


def test_a_surname_opening_a_sentence_is_the_person_named_in_full_though_tagged_a_noun(nlp):
    # Horne 2017: "Dobbs points out that ...", "Dobbs" tagged a noun, had been a generic "Dobbs"
    text = ("Lou Dobbs focuses on the prominent role the month of March has played in the Clinton email scandal. \n \n"
            "Dobbs goes on to tell his audience that Clinton had just days earlier conspired with Obama to hold back "
            "emails despite being subpoenaed by Congress. In that instance Podesta cities executive privilege. Dobbs "
            "points out that March was also when the firm managing her server, Platte River Networks, deleted her "
            "email archive using Bleachbit, despite that subpoena.")
    rows = [r for r in doc_quotes(nlp(text)) if r["speaker"] == "Dobbs"]
    assert len(rows) == 2 and all(text[r["speaker_ref"]:].startswith("Lou Dobbs") for r in rows)
    # a common noun opening a sentence is no surname without a person named in full
    rows = doc_quotes(nlp("Thames Valley Police is investigating. Police said the man was arrested on Monday."))
    assert [(r["speaker"], r["generic"]) for r in rows] == [("Police", True)]


def test_a_question_put_to_the_passive_subject_is_the_askers(nlp):
    # Horne 2017: the interviewer's question had gone to Obama, whose answer came next
    text = ("In an interview Obama was asked, “Mr. ‘president,’ when did you first learn that Hillary Clinton used an "
            "email system outside the US government for official business while she was Secretary of State?” Obama "
            "responded with a blatant lie, saying, “The same time everybody else learned it through news reports.”")
    rows = doc_quotes(nlp(text))
    assert [(r["speaker"], r["cue"]) for r in rows if r["text"].startswith("“Mr.")] == [("", "ask")]
    assert [r["speaker"] for r in rows if r["text"].startswith("“The same")] == ["Obama"]
    # who asks, when named; an outer source still outranks the passive (PolNeAR)
    rows = doc_quotes(nlp("Clinton was asked by Jake Tapper, “Will you release the transcripts?”"))
    assert [r["speaker"] for r in rows] == ["Jake Tapper"]
    text = ("According to the recently court-released Trump University playbook, his salespersons were told, \"You "
            "don't sell products, benefits or solutions. You sell feelings.\"")
    assert {r["speaker"] for r in doc_quotes(nlp(text))} == {"the recently court-released Trump University playbook"}
    # one who asks in the active voice asks
    rows = doc_quotes(nlp("Obama asked, “When did you first learn about the email system?”"))
    assert [r["speaker"] for r in rows] == ["Obama"]


def test_a_physical_attack_reports_nothing(nlp):
    # Wikinews 2019: "Khan reportedly started attacking [people]" and "its attack on Japanese cargo ships" had been
    # statements of their attackers
    text = ("Khan reportedly started attacking people there, and one of them died inside of the hall. Iran denied "
            "its attack on Japanese cargo ships in the Gulf of Oman.")
    rows = doc_quotes(nlp(text))
    assert not [r for r in rows if r["cue"] == "attack"]
    # attacking a person or a record is still saying something against it (PolNeAR)
    rows = doc_quotes(nlp("Christie attacked Rubio for not answering the question. Trump stepped up his attacks on "
                          "immigrants."))
    assert [(r["speaker"], r["text"]) for r in rows if r["cue"] == "attack"] == [
        ("Christie", "Rubio for not answering the question"), ("his", "immigrants")]


def test_who_after_a_source_the_parse_lost_its_clause_for_stands_for_that_source(nlp):
    # Wikinews 2019: "according to police, who said ..." and "according to CNN who reported ..." were parsed as
    # clauses of the sentence's verb; "who" stood for no one, and "according to" reported the relative clause
    text = ("The shooting began at 10:39 a.m. local time (1639 UTC), according to police, who said officers arrived "
            "at the Walmart six minutes later.")
    rows = doc_quotes(nlp(text))
    [who] = [r for r in rows if r["speaker"] == "who"]
    assert who["generic"] and who["speaker_stands_for"] == "police"
    text = ("Bermuda was rarely hit by hurricanes according to CNN who reported that over the past decade only a few "
            "storms made landfall.")
    rows = doc_quotes(nlp(text))
    assert [r["text"] for r in rows if r["cue"] == "according to"] == ["Bermuda was rarely hit by hurricanes"]
    [who] = [r for r in rows if r["speaker"] == "who"]
    assert text[who["speaker_ref"]:].startswith("CNN")
    # a "who" that asks is no relative pronoun
    rows = doc_quotes(nlp("Reporters asked who said that the talks had failed."))
    assert all(r["speaker_ref"] < 0 for r in rows if r["speaker"] == "who")


def test_a_quantifier_beside_a_subject_is_not_the_source(nlp):
    # FakeNewsCorpus: "actions that all demand steady supplies" had "all" demanding them; the relative clause the
    # parse read as a modifier is the actions', which demand nothing anyone said
    text = ("Adrenaline affects heart rate and muscle contraction— actions that all demand steady supplies of "
            "magnesium for smooth function.")
    assert doc_quotes(nlp(text)) == []
    rows = doc_quotes(nlp("The leaders, who both said they would come, left."))
    assert [(r["speaker"], r["speaker_stands_for"]) for r in rows] == [("who", "The leaders")]
    # a quantifier that is the only subject still speaks
    rows = doc_quotes(nlp("Both said they would come back on Monday."))
    assert [r["speaker"] for r in rows] == ["Both"]


def test_as_saying_hung_on_a_later_verb_is_the_quoted_persons(nlp):
    # Wikinews 2019: the parse hung "as saying" on the relative clause after it, and the BBC said it
    text = ("The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as saying the "
            "suspects were linked to the Jamaah Ansharut Daulah network, which itself was related to the Islamic "
            "State.")
    rows = [r for r in doc_quotes(nlp(text)) if r["cue"] == "say"]
    assert [(r["speaker"], r["text"]) for r in rows] == [
        ("Budi Gunawan", "the suspects were linked to the Jamaah Ansharut Daulah network")]


def test_what_is_determined_is_a_finding(nlp):
    # the web pages: "the FBI agent determined they were “forfeitable ...”" had no source
    text = ('Anthony Gonzalez Miranda was allegedly arrested with these objects "on his person," and the FBI agent '
            'determined they were "forfeitable as proceeds of a drug trafficking offense."')
    rows = [r for r in doc_quotes(nlp(text)) if r["text"].startswith('"forfeitable')]
    assert [(r["speaker"], r["cue_type"]) for r in rows] == [("the FBI agent", "finding")]
    # being determined to do something is an intention of no one's report; a quote in the subject of one who
    # determines (decides) something is not what was found (PolNeAR train)
    assert doc_quotes(nlp("She is determined to win the nomination.")) == []
    # nor is what someone will decide, a clause without "that" (FakeNewsCorpus, Horne 2017); nor a quote in the
    # sentence that the verb does not govern (the same web page)
    assert doc_quotes(nlp("The Supreme Court will determine whether the law is valid.")) == []
    text = ('Anthony Gonzalez Miranda, "also known as \'SALAMI,\'" was allegedly arrested with these objects, and the '
            'FBI agent determined that they were forfeitable.')
    assert [r["text"] for r in doc_quotes(nlp(text))] == ["that they were forfeitable"]
    text = ('But those voters, who officially register as "undeclared," can determine degrees of separation between '
            'winners and losers.')
    assert doc_quotes(nlp(text)) == []
    # under a verb of speech a quote in the subject's relative clause is still the subject's (PolNeAR train)
    text = ("Beck, who has in the past described Trump as “a pathological narcissistic sociopath” and “a narcissistic "
            "psychopath” whose presidency “will lead to civil war or worst,” clearly intended the Indiana audience to "
            "“recognize” Trump in that passage.")
    rows = [r for r in doc_quotes(nlp(text)) if r["text"] == "“a pathological narcissistic sociopath”"]
    assert [r["speaker"] for r in rows] == ["Beck"]


def test_a_clause_run_into_the_subject_of_a_verb_with_its_own_object_is_not_its_content(nlp):
    # Horne 2017: "One Bernie Supporter named Juanita Mae" was what "Ish Poloskey" wrote
    text = ("One Bernie Supporter named Juanita Mae Ish Poloskey wrote the following on Facebook:\n\n"
            "“SUPER! WE NEED BERNIES VOTERS TO COME TO TRUMP!”")
    rows = doc_quotes(nlp(text))
    assert [r["text"] for r in rows] == ["“SUPER! WE NEED BERNIES VOTERS TO COME TO TRUMP!”"]
    # nor is what a comparison's subject realizes (PolNeAR train)
    text = ("Thursday's referendum was a reminder that voter anger is deeper and broader than many elite politicians "
            "and veteran pollsters realize.")
    assert doc_quotes(nlp(text)) == []
    # a fronted clause without its comma is still the statement (PolNeAR train)
    rows = doc_quotes(nlp("Cruz is not only right on the issues, he is also the most able candidate Viguerie argues."))
    assert [(r["speaker"], r["text"]) for r in rows] == [
        ("Viguerie", "Cruz is not only right on the issues, he is also")]


def test_a_passive_of_a_verb_of_calling_for_needs_its_for(nlp):
    # FakeNewsCorpus: "the USA hemp industry was pushed to the side by ... insiders" was what the insiders pushed for
    text = ("But the USA hemp industry was pushed to the side by government connected industry insiders whose "
            "monopolies were threatened.")
    assert doc_quotes(nlp(text)) == []
    # who is asked or pressed is not what is said (PolNeAR train)
    text = ("The dominant Republican in the nominating race was pressed by ABC's host, George Stephanopoulos, about "
            "his seeming to draw a moral equivalence.")
    assert not [r for r in doc_quotes(nlp(text)) if r["text"].startswith("The dominant")]
    rows = doc_quotes(nlp("A recount was pushed for by Jill Stein."))
    assert [(r["speaker"], r["text"]) for r in rows] == [("Jill Stein", "A recount")]


def test_a_quote_opening_a_line_begins_the_statement_before_its_cue(nlp):
    # Horne 2017: a video's caption on the line before the quote had been part of Marge Baker's statement
    text = ("Nor did Sessions make mention of his failed nomination to be a federal judge from 20 years ago.\n\n"
            " 1986: NBC Reports On Jeff Sessions' Confirmation Hearing 3:55\n\"Sessions' questionnaire is grossly "
            "incomplete — we've found hundreds of relevant missing documents in just a few days,\" said Marge Baker, "
            "executive vice president of People for the American Way.")
    rows = doc_quotes(nlp(text))
    assert [(r["speaker"], r["text"][:10]) for r in rows] == [("Marge Baker", "\"Sessions'")]
    # in wire copy wrapped at 70 characters a line breaks anywhere in a statement
    text = ("The bill that the House passed on Tuesday in what members called\n\"a party-line vote\" will fail in the "
            "Senate, Smith said.\n\nThe vote came after a long debate in the chamber on Monday.\n\nMembers of both "
            "parties spoke for hours about it.\n")
    assert [r["text"][:8] for r in doc_quotes(nlp(text)) if r["speaker"] == "Smith"] == ["The bill"]


def test_a_quote_set_beside_its_source_as_its_name_is_not_what_the_source_says(nlp):
    # FakeNewsCorpus: the term is what is spoken of, no speaker (a quote in the subject's relative
    # clause is still the subject's: see the Beck case above)
    text = ('The planned use of a black bloc is significant in this case. The term "black bloc" refers to a tactic, '
            'not a particular group or organization.')
    assert doc_quotes(nlp(text)) == []


def test_said_before_a_noun_is_a_determiner_not_a_cue(nlp):
    # FakeNewsCorpus (a car review): "toward said fork" reports nothing
    text = ('From there, we went to a "fork in the road" event where we went like a bat out of hell toward said fork '
            '- laid out again with cones - the instructor waiting till the last minute to tell us if we should take '
            'the left or right fork.')
    assert [r["cue"] for r in doc_quotes(nlp(text))] == ["tell"]
    # a "said" after a preposition that ends a relative clause has its subject: a cue
    assert [r["speaker"] for r in doc_quotes(nlp("The people he spoke with said prices rose."))] == ["The people"]


def test_someone_telling_a_hearer_in_a_with_phrase_is_the_quotes_speaker(nlp):
    # a saved page (htmldate's test set): the quote was the campaign manager's warning, running on
    # over the official's words
    text = ("Trump was reportedly warned by his campaign manager that his proposed flavored vaping ban could hurt him "
            "in the 2020 election, with one senior administration official telling The Washington Post, \"He didn't "
            "know much about the issue and was just doing it for Melania and Ivanka.\"")
    rows = doc_quotes(nlp(text))
    assert [(r["kind"], r["text"][-13:], r["speaker"]) for r in rows] == [
        ("indirect", "2020 election", "his campaign manager"),
        ("direct", " and Ivanka.\"", "one senior administration official")]
    # a "with" phrase in which no one speaks stays in what is reported
    [row] = doc_quotes(nlp("Azar said the ban would hurt the industry, with sales already falling sharply."))
    assert row["text"] == "the ban would hurt the industry, with sales already falling sharply"


def test_an_opening_preposition_read_as_a_name_is_no_source(nlp):
    # Wikinews 2019: "Amongst" was tagged a place and made the subject of "reported"
    text = ("During the summit, Pope Francis spoke.  Amongst reported incidents of sexual abuse and cover-ups "
            "perpetrated by church authorities, recently Cardinal George Pell, a senior Catholic figure at the Holy "
            "See, was convicted.")
    doc = nlp(text)
    assert doc_quotes(doc) == [] and "Amongst" not in {e.text for e in doc.ents}


def test_a_statement_the_parse_began_inside_a_quote_takes_the_mark_or_goes(nlp):
    # PolNeAR train: the "according to" statement began one character into the quote, holding its
    # closing mark but not its opening one
    text = ("“They don’t care about politics,” Obama said of the families of gun violence victims, according to "
            "a White House pool report.")
    outer = next(r for r in doc_quotes(nlp(text)) if r["cue"] == "according to")
    assert (outer["start_char"], outer["kind"], outer["quote_inside"]) == (0, "direct", True)
    # an outer source's statement begun at the quote's last sentence holds the whole quote
    text = ("“But he’s not sympathetic to them. He hates them. He’s trying to kill them,” Hewitt said, according to "
            "a transcript of the show.")
    outer = next(r for r in doc_quotes(nlp(text)) if r["cue"] == "according to")
    assert outer["text"].startswith("“But he’s")
    # a speech cue's clause begun at the quote's last sentence is that sentence misread: the quote
    # is already its speaker's row (PolNeAR train)
    text = ("Clinton's campaign on Monday dressed down Sanders.\n\n\"This is essentially the same attack he made last "
            "week. Last week, he used the word 'unqualified.' This week he's using the word 'judgment.' It's "
            "fundamentally the same attack,\" Clinton press secretary Brian Fallon said, in the segment following "
            "Weaver's on Monday.")
    assert [(r["kind"], r["text"][:5]) for r in doc_quotes(nlp(text)) if r["speaker"] == "Brian Fallon"] == [
        ("direct", "\"This")]


def test_an_opening_adverb_read_as_a_name_is_no_source(nlp):
    # Wikinews 2020 (an interview): "Majorly" was tagged a person and became the thinker
    text = ("((WN))  What are the important things you have learnt during your time as a sex worker?\n\n((Jaya))  "
            "Majorly, thinking that life will stay the way it is, or the way it is planned it not true.")
    doc = nlp(text)
    assert "Majorly" not in {e.text for e in doc.ents} and all(r["speaker"] != "Majorly" for r in doc_quotes(doc))
    # a name with the ending opening a sentence stays a name
    doc = nlp("Kelly Ayotte won. Kelly, 52, said the race was close.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Kelly Ayotte", "Kelly"]
    assert "Connolly" in {e.text for e in nlp("Connolly, 52, said the hospital was full.").ents}


def test_a_bare_aside_is_not_what_the_clause_around_it_reports(nlp):
    # AP wire copy (superdesk fixtures): "threatened" had "she said" as what it reported
    text = ("Police summoned Chen for hours-long meetings where, she said, they threatened to evict her, deny her "
            "children schooling and have her fired from her job as a university professor.")
    rows = doc_quotes(nlp(text))
    assert [r["text"] for r in rows if r["cue"] == "threaten"] == ["to evict her"]
    assert next(r for r in rows if r["cue"] == "say")["speaker"] == "she"
    # nor a word to the reader (FakeNewsCorpus: "each room" had focused on "You see")
    text = ("This one is a bit different from the rest and is always busy. You see, each room focuses on a "
            "completely different form of death leaving everyone to guess what is coming next.")
    assert [r["text"] for r in doc_quotes(nlp(text))] == []


def test_a_pronoun_joined_with_a_name_is_a_joint_source_not_the_name(nlp):
    # Horne 2017: "Obama said she and Melania Trump talked about the kids and said she told ..." had
    # the second "said" as Melania Trump's, the pronoun read as a title before her name
    text = "Michelle Obama spoke on Monday. She and Melania Trump said the visit was pleasant."
    [row] = doc_quotes(nlp(text))
    assert (row["speaker"], row["generic"]) == ("She and Melania Trump", True)
    # names joined are one source as before; a title before a name is still the name's
    [row] = doc_quotes(nlp("Jeb Bush and Chris Christie said the deal was bad."))
    assert (row["speaker"], row["generic"]) == ("Jeb Bush and Chris Christie", True)
    [row] = doc_quotes(nlp("The vote was close, said former Pennsylvania Gov. Ed Rendell."))
    assert row["speaker"] == "Ed Rendell"


def test_a_persons_name_and_a_dash_before_a_quote_on_its_line_is_its_speaker(nlp):
    # FakeNewsCorpus: a list of quotes, each line a name, a dash and the quote, had no speakers
    text = ("Hemp was so important during colonial times that farmers were required to cultivate it.\n\n"
            "Thomas Jefferson – “Hemp is of first necessity to the wealth and protection of the country.”\n\n"
            "Hemp for Nutrition")
    [row] = doc_quotes(nlp(text))
    assert (row["speaker"], row["kind"], row["text"][:5]) == ("Thomas Jefferson", "direct", "“Hemp")
    # a place before the dash is a dateline, not a speaker; a quote's own attribution stays
    text = "WASHINGTON – “We will not back down on this one.”\n\nThe senators met on Monday."
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == [""]
    text = "Chuck Schumer – “We will not back down on this,” the senator told reporters on Monday."
    assert [r["speaker"] for r in doc_quotes(nlp(text))] == ["the senator"]


def test_a_cue_opening_the_next_sentence_is_the_quotes_though_a_later_one_introduces_another(nlp):
    # PolNeAR train: "“Too forced?” He tweeted ..., remarking, “...”" had gone to the paragraph before's "he wrote"
    text = ("Then there’s Axelrod.\n\n“Kind of bewildering as to why @Hillary Clinton folks are so explicitly laying "
            "out her debate strategy a week out. #Justdoit,” he wrote last October after The New York Times "
            "published a story about the campaign’s efforts to make Clinton more relatable.\n\n“Too forced?” He "
            "tweeted when Clinton ended a Democratic debate last December with a reference to the blockbuster "
            "\"Star Wars\" sequel hitting the theaters, remarking, “Thank you, and may The Force be with you.”")
    rows = {r["text"]: r for r in doc_quotes(nlp(text))}
    assert rows["“Too forced?”"]["speaker_start_char"] == text.index("He tweeted")
    # a cue that opens the sentence and introduces a quote of its own is that quote's
    text = "“We will win this state,” Sanders said.\n\n“Are you sure?” She said: “We have the votes.”"
    rows = {r["text"]: r for r in doc_quotes(nlp(text))}
    assert rows["“Are you sure?”"]["speaker"] != "She"


def test_one_after_a_cue_after_a_quote_is_its_source(nlp):
    # PolNeAR train (UPI): '“America is great! Trump is disgusting,” read one.' had gone to CNN's report before
    text = ("CNN reported at least six skywriting planes filled the skies with anti-Trump messages.\n\n"
            "“America is great! Trump is disgusting,” read one. “Anybody but Trump,” was another.")
    row = next(r for r in doc_quotes(nlp(text)) if r["text"].startswith("“America"))
    assert (row["speaker"], row["cue"]) == ("one", "read")


def test_a_name_before_a_whose_clause_read_as_its_own_clause_is_the_cues_source(nlp):
    # PolNeAR train: the parse made "Slinker ... uses big data" the cue's complement, and the quote
    # went to "Mr. Trump", the subject of what Slinker said, read as an inverted source
    text = ("Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said Mr. Trump "
            "was a candidate very much in the spirit of Silicon Valley: ''He's a start-up kind of guy. He has a lot of "
            "ideas and pivots away from them if they don't work, just like the valley does.''")
    assert {r["speaker"] for r in doc_quotes(nlp(text))} == {"Slinker"}
    # a name with a clause of its own before the cue stays what the cue reports
    [row] = doc_quotes(nlp("Mr. Slinker uses big data to help brands find suppliers, said Mr. Trump."))
    assert (row["speaker"], row["text"][:11]) == ("Trump", "Mr. Slinker")


def test_a_teller_ner_labels_a_work_of_art_keeps_the_pronoun_open(nlp):
    # Horne 2017, the whole article: NER called the mascot's name a work of art, and "he" had been
    # the scholar's quoted before
    text = ("Constitutional scholar Paul Horner told ABC News that it is unlikely the law will be challenged in court."
            "\n\nFappy The Anti-Masturbation Dolphin, a mascot for a Christian organization that travels around the "
            "country, told ABC News he believes in what Utah is doing.")
    doc = nlp(text)
    start = text.index("Fappy")
    name = doc.char_span(start, text.index(",", start), label="WORK_OF_ART")
    doc.ents = [e for e in doc.ents if e.end <= name.start or e.start >= name.end] + [name]
    at = text.index("he believes")
    [ref] = {r["speaker_ref"] for r in doc_quotes(doc) if r["speaker_start_char"] <= at < r["speaker_end_char"]}
    assert ref == -1
    # a body NER tagged stays no one the pronoun stands for
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if e.end <= name.start or e.start >= name.end] + [
        doc.char_span(start, text.index(",", start), label="ORG")]
    [ref] = {r["speaker_ref"] for r in doc_quotes(doc) if r["speaker_start_char"] <= at < r["speaker_end_char"]}
    assert ref == text.index("Paul Horner")


def test_the_subject_of_what_a_sentence_reports_before_its_cue_is_its_topic(nlp):
    # FakeNewsCorpus: "He called ..." after "Perez ripped ..., The Hill reported" was left open,
    # the one named as the sentence's main subject being the paper
    text = ("Democratic National Committee Chairman Tom Perez ripped President Donald Trump's move to end the "
            "protected status for immigrants from El Salvador, The Hill reported.\n\n"
            "He called Trump's decision \"cruel and heartless.\"")
    row = next(r for r in doc_quotes(nlp(text)) if r["cue"] == "call")
    assert row["speaker_ref"] == text.index("Tom Perez")
    # not a clause inside the sentence, before its cue's own subject (PolNeAR train: "he" had been Obama)
    text = ("In a particularly pernicious twist, Jeb Bush and Ted Cruz both floated the notion Sunday of admitting "
            "Christian refugees from Syria but not Muslims.\n\nThe religious test for refugees originated in the "
            "mouth of Donald Trump, who proclaimed in July that Christians fleeing Syria \"cannot come into this "
            "country.\" Trump, later alleging - again falsely - that President Obama wanted to admit 250,000 "
            "Syrians, said he would deport refugees, who he speculates are \"mostly men.\" (On Monday he said he "
            "would \"strongly consider\" closing mosques.)")
    rows = [r for r in doc_quotes(nlp(text)) if r["text"].startswith(("who he", "he would \"strongly"))]
    assert len(rows) == 2 and all(r["speaker_ref"] != text.index("Obama") for r in rows)


def test_a_labelled_line_that_speaks_of_the_labelled_person_is_not_theirs(nlp):
    # Wikinews 2020 (an interview): an answer under a co-author's name, about him, had been his
    text = ("((WN))  Who else worked on the paper with you?\n\n((Naomi Martisius))  Teresa Steele and Marie Soressi "
            "are my advisors.\n\nFrido Welker: I think it says right at the top of the paper that he contributed "
            "equally to this research as I did.  So Frido is the ZooMS expert on this paper: so I'm not.")
    assert all(r["speaker"] != "Frido Welker" for r in doc_quotes(nlp(text)))
    # one who names themself on their own line keeps it
    text = ("((WN))  Who are you?\n\nRich Bowen: I'm Rich Bowen and I'm the Community Manager for the CentOS "
            "project.")
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["cue"] == ":"] == ["Rich Bowen"]
    # and a heading whose paragraph names the person, with the writer's "my", is still the person's (PolNeAR train)
    text = ("Here are the ideas.\n\nBernie Sanders: Make credit fair On his campaign website, Senator Bernie Sanders "
            "calls for credit score reform. His campaign did not respond to my requests for comment.")
    assert [r["speaker"] for r in doc_quotes(nlp(text)) if r["cue"] == ":"] == ["Bernie Sanders"]


def test_a_quote_relayed_according_to_another_is_the_speakers_and_the_relayers_report(nlp):
    # PolNeAR train: the quote was Sanders's only; the attribution PolNeAR gives is CNN's
    text = ("Sanders sent a mass text message to his supporters.\n\n“I ask you as a personal courtesy to me not to "
            "engage in any kind of protest on the floor,” Sanders said, according to CNN.")
    rows = {r["speaker"]: r for r in doc_quotes(nlp(text))}
    assert (rows["Sanders"]["text"][-7:], rows["Sanders"]["cue_type"]) == ("floor,”", "speech")
    relayed = rows["CNN"]
    assert relayed["text"].startswith("“I ask") and relayed["text"].endswith("Sanders said")
    assert (relayed["kind"], relayed["quote_inside"], relayed["cue_type"]) == ("direct", True, "finding")
    # "according to" over a statement with no quote stays what it was: the statement itself
    [row] = doc_quotes(nlp("The deal is dead, according to CNN."))
    assert (row["speaker"], row["text"], row["cue_type"]) == ("CNN", "The deal is dead", "speech")


def test_a_quote_inside_a_who_clause_of_its_speaker_is_one_statement(nlp):
    # PolNeAR train: the quote was a second row, of the name, beside the "who" clause that holds it
    text = ('"People are angry," said Chicago Alderman Jason C. Ervin, who thinks Emanuel and his staff "need to be '
            'more collaborative."')
    rows = doc_quotes(nlp(text))
    assert [(r["text"][:7], r["kind"], r["quote_inside"]) for r in rows] == [
        ('"People', "direct", False), ("Emanuel", "direct", True)]
    # a quote with a cue of its own inside another statement of the same person stays its own row
    text = ("Betsy Ebeling shook her head.\n\nOver the years, she said, email has helped her stay in close touch with "
            "Clinton – although at the mention of email she laughed and admitted “emails have been wonderful, "
            "although that can be a curse also.”")
    assert "admit" in {r["cue"] for r in doc_quotes(nlp(text))}


def test_a_quote_that_ends_its_line_with_a_name_in_brackets_is_that_persons(nlp):
    # FakeNewsCorpus: the citation's quote had gone to "All geniuses", the last source before it
    text = ("All geniuses of humanity were saying “yes” to a few things, and “no” to everything else.\n\n"
            "“I don’t know the key to success, but the key to failure is trying to please everybody” (Bill Cosby)1"
            "\n\nThe contemplation of our finite nature pushes human beings to accomplish extraordinary things.")
    row = next(r for r in doc_quotes(nlp(text)) if r["text"].startswith("“I don’t"))
    assert (row["speaker"], row["speaker_ref"]) == ("Bill Cosby", text.index("Bill Cosby"))
    # a name in brackets inside the sentence is no citation
    [row] = doc_quotes(nlp("Smith called the plan “a disaster” (Donald Trump) and left the room."))
    assert row["speaker"] == "Smith"


@pytest.mark.parametrize("text, speaker", [
    # Wikinews 2020 and a saved page: "A number" and "a raft" had been the whole source
    ('A number of Senators condemned the act, calling it a "grave abuse of governmental power".',
     "A number of Senators"),
    ('The first step, according to a raft of articles, was outreach to Adelson to "gauge interest" in the bid.',
     "a raft of articles"),
    ('Dozens of lawmakers said the bill was "dead".', "Dozens of lawmakers"),
    # a body's word stays the body when nothing counts it
    ('The group said the bill was "dead".', "The group")])
def test_a_number_of_people_is_shown_with_whom_it_counts(nlp, text, speaker):
    assert {r["speaker"] for r in doc_quotes(nlp(text))} == {speaker}
