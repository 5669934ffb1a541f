import { scoreDocument } from '../../index';
import { tokenize } from '../../lexicon/tokens';
import { defaultRubric } from '../../rubric';
import { findHedges } from './hedges';
import hedgeLexicon from '../../../rubric/hedging/hedges.json';
import hedgeSenses from '../../../rubric/hedging/hedge-senses.json';

const hedges = (s: string) => {
  const tokens = tokenize(s);
  return findHedges(tokens, defaultRubric().lexiconSet.matchAll(tokens).hedges);
};
const hedged = (s: string) => hedges(s).length > 0;

describe('hedge detection', () => {
  it.each([
    'The IMU has allegedly reconstituted itself.',
    'The commander was reportedly killed.',
    'It is believed that the group is still active.',
    'The group might be closer to reality.',
    'The likelihood of attacks seems low.',
    'The scope of the overlap is difficult to confirm.',
    'Little is known about the organisation.',
    'He is suspected of being involved in the attack.',
    'Verifying these names is impossible.',
    'A recording circulating online purports to show the raid on the outpost.',
    'The purported founder of the cell lives in Osh.',
  ])('finds a hedge in: %s', (s) => expect(hedged(s)).toBe(true));

  it.each([
    'In May 2009 a small group attacked a border post.',
    'The commander openly claimed responsibility for the attack.',
    'The force detained several suspected insurgents.',
    'The security force found a rocket-propelled grenade launcher.',
    'After questioning, the force detained three men.',
  ])('finds no hedge in: %s', (s) => expect(hedged(s)).toBe(false));
});

describe('hedge senses: exact forms where stems over-match', () => {
  it.each([
    ['The convoy possibly carried weapons.', true],
    ['The possibility of talks was discussed at length.', false],
    ['The envoy apparently left the capital overnight.', true],
    ['There was no apparent reason for the delay.', false],
    ['The governor believed the rumour.', true],
    ['Local believers gathered at the shrine.', false],
  ])('%s → %s', (s, expected) => expect(hedged(s)).toBe(expected));
});

describe('hedge senses: modals', () => {
  it.each([
    ['The cell may have moved across the river.', true],
    ['The attackers could be linked to the northern network.', true],
    ['The ambush could not have been planned locally.', true],
    ['Officials met Theresa May in London.', false],
    ['The talks resumed on 4 May after a pause.', false],
    ['The villagers opened the gate so the fighters could escape.', false],
    ['They built a second bridge so that supplies could cross in winter.', false],
    ['The patrol could not reach the village before dark.', false],
    ['The engineers worked as fast as they could.', false],
    ['The region felt the full weight of its military might.', false],
  ])('%s → %s', (s, expected) => expect(hedged(s)).toBe(expected));
});

describe('hedge senses: "may" with a generic subject is "can", not doubt', () => {
  it.each([
    ['Players may trade cards before the final round.', false],
    ['A visitor may enter the museum free on Sundays.', false],
    ['Any member may call a vote on the budget.', false],
    ['In dry years leaves may turn yellow early.', false],
    ['The commander may have fled across the border.', true],
    ['Militants may have crossed the river overnight.', true],
    ['The group may be regrouping in the northern districts.', true],
    ['They may launch a spring offensive.', true],
    ['It may take years to rebuild the bridge.', true],
    ['Smugglers may well be using the old route.', true],
  ])('%s → %s', (s, expected) => expect(hedged(s)).toBe(expected));
});

describe('hedge senses: "suggest" proposing an action is not doubt', () => {
  it.each([
    ['The envoy suggested delaying the talks until spring.', false],
    ['A second checkpoint has been suggested as a remedy.', false],
    ['The chronicle suggests that the fort fell in winter.', true],
    ['The pattern of the attacks suggests a single cell.', true],
  ])('%s → %s', (s, expected) => expect(hedged(s)).toBe(expected));
});

describe('hedge senses: "may" after a description in the timeless present says what can happen to a kind', () => {
  it.each([
    // encyclopaedia-like: a kind and what it sometimes does or what is permitted
    ['In winter, bark may crack in a hard frost.', false],
    ['In severe cases surgery may be needed.', false],
    ['Goalkeepers may handle the ball inside the area.', false],
    ['A suffix which may attach to either stem is listed below.', false],
    ['Such dishes also may include dried apricots.', true],
    // a definite description is a particular referent in reporting: doubt about a fact, not a kind
    ['The militants may attack the base before the elections.', true],
    ['These attacks may signal a new strategy.', true],
    ['The bark may crack in a hard frost.', true],
    // a name, a name-led phrase, a pronoun or 'there' is a particular: doubt about a fact
    ['Kabul may reopen the crossing next week.', true],
    ['The Taliban may attack the district centre.', true],
    ['There may be more fighters in the valley than reported.', true],
    ['This may explain the delay in the convoy.', true],
    // a past event in the sentence, the perfect or the progressive keep the epistemic reading after a description
    ['The death toll may rise, officials said.', true],
    ['The convoy, which was ambushed in 2009, may carry the same markings.', true],
    ['The bridge may have collapsed under the weight.', true],
    ['The cell may be planning a second attack.', true],
    ['Foreign fighters may be hiding in the northern districts.', true],
    // inside a that-clause of fearing or saying, 'may' is the holder's estimate whatever the subject
    ['Elders fear that the younger generation, short of work, may find a cause in militancy.', true],
    ['Analysts warn that militants may regroup across the border.', true],
  ])('%s → %s', (s, expected) => expect(hedged(s)).toBe(expected));
});

describe('hedge senses: "may" with a dynamic passive says what can be done', () => {
  it.each([
    // what can be done with a kind: = 'can'
    ['Old ferries may also be used by herders in spring.', false],
    ['A committee may be convened by any two of its members.', false],
    ['Permits may be obtained at the district office.', false],
    ['Shrines may not be photographed without a permit.', false],
    // a particular subject keeps the doubt, as with an active verb
    ['The old road may be used by smugglers next spring.', true],
    ['It may be reached on foot from the upper village.', true],
    // statal and opinion passives, harm passives, the perfect and a past event keep the doubt
    ['The cell may be linked to the network in the north.', true],
    ['The hostages may be held in a cave near the border.', true],
    ['The pass may be regarded as the safer route.', true],
    ['The crossing may be seen as a concession.', true],
    ['The convoy may be attacked on the highway.', true],
    ['The depot may have been looted overnight.', true],
    ['The road may be reopened next week, the governor said.', true],
  ])('%s → %s', (s, expected) => expect(hedged(s)).toBe(expected));
});

describe('hedge senses: verbs with a non-epistemic sense', () => {
  it.each([
    ['The spokesman claimed that the convoy was attacked.', true],
    ['The ministry claims the camp was closed years ago.', true],
    ['The blast claimed the lives of four guards.', false],
    ['The party claimed victory in the northern districts.', false],
    ['Farmers filed a claim for the lost harvest.', false],
    ['The cleric appears to have fled abroad.', true],
    ['It appears that the road was mined.', true],
    ['The minister appeared on television on Sunday.', false],
    // rubric 2.3.23: linking "appear" before a predicative adjective is "seem"
    ["The cell's capacity to strike abroad appears limited.", true],
    ['The movement appeared increasingly isolated after the split.', true],
    ['The garrison appears strong enough to hold the pass.', true],
    ['The commander appeared briefly on local television.', false],
    ['A new recruitment video appeared online on Friday.', false],
    ['The imam appeared several times before the court.', false],
    ['The officers tried to appear calm in front of the crowd.', false],
    ['The raid was staged to make the cell appear dangerous.', false],
    // rubric 2.3.23: "could" of ability in a clause of prior time
    ['Border guards stopped the truck before its driver could turn back.', false],
    ['The patrol waited until the sappers could clear the road.', false],
    ['The cell could strike again before the elections.', true],
    ['Guards sealed the gate before the leader of the cell could slip out.', false],
    // rubric 2.3.23: estimates and accounts that vary or differ, their noun's complement between
    ['Estimates of the size of the smuggling network vary widely.', true],
    ['The accounts of the two border services differed on every point.', true],
    ['Prices of flour vary from one bazaar to the next.', false],
    ['Assessments of the cell’s strength differ sharply.', true],
    ['It is far from certain that the cell still exists.', true],
    ['The envoy was not certain the road would reopen.', true],
    ['The number of lorries varied with the season.', false],
    ['The general assumed command of the eastern corps.', false],
    ['Analysts assume that the group will split.', true],
    ['It is possible that the envoy was misquoted.', true],
    ['Aid must reach the valley as soon as possible.', false],
    ['Winter travel over the pass is only possible on foot.', false],
  ])('%s → %s', (s, expected) => expect(hedged(s)).toBe(expected));
});

describe('hedge senses: the noun claim and active believe', () => {
  it.each([
    ['The council rejected these claims at its spring session.', false],
    ["The farmer's claim was settled out of court.", false],
    ['The ruling weakened his claim.', false],
    ['The claim that the dam leaked was never tested.', true],
    ['Her claim to have crossed the desert alone drew attention.', true],
    ['The ferry operator claims the engine failed twice.', true],
    ['The herders staked twelve claims along the creek.', false],
    ['The court heard several claims from the tenants.', false],
    ['Theoretical claims should be put to a test.', false],
    ['Such claims are common before an election.', false],
    ['The road, which he claims would cut the journey by half, was never built.', true],
    ['Several claims that the dam leaked were never tested.', true],
    ['Marsh believes the valley was settled twice.', false],
    ['She believes that the archive burned in the war.', false],
    ['Most villagers believe in the old festival calendar.', false],
    ['We believe the bridge was built before the flood.', true],
    ['Some historians believe the fort was never finished.', true],
  ])('%s → %s', (s, expected) => expect(hedged(s)).toBe(expected));
});

describe('hedge senses: the raising passive "is known to" before a verb (rubric 2.3.17)', () => {
  it.each([
    ['The cell is known to move weapons across the river.', true],
    ['The brothers were known to have trained abroad.', true],
    ['The driver was known to the police.', false],
    ['The men are known to local elders.', false],
  ])('%s → %s', (s, expected) => expect(hedged(s)).toBe(expected));
});

describe('hedge senses: the verb suspect, not the noun', () => {
  it.each([
    ['Investigators suspect the fire was started deliberately.', true],
    ['We suspect that the count was padded.', true],
    ['Officers suspect some of the cash went abroad.', true],
    ['Rahimov suspects that the tender was rigged.', false],
    ['The suspect was released after questioning.', false],
    ['Police detained two suspects near the market.', false],
    ['Officers questioned suspects the same evening.', false],
    ['Suspects in the robbery were held overnight.', false],
  ])('%s → %s', (s, expected) => expect(hedged(s)).toBe(expected));
});

describe('hedge senses: question, doubt, whether', () => {
  it.each([
    ['Opposition activists question the existence of the cell.', true],
    ['Whether the truce will hold is an open question.', true],
    ['The district in question lies near the border.', false],
    ['There is no doubt that the bridge was destroyed.', false],
    ['Observers doubt that the cell still exists.', true],
    // A negative subject denies the doubt (near-consensus); "a few" is the positive quantifier.
    ['Few doubt that the cell still exists.', false],
    ['No one doubts that the cell still exists.', false],
    ['Nobody doubts that the cell still exists.', false],
    ['A few doubts remain about the size of the cell.', true],
    // An adjective of evidential strength between the negative determiner and its noun (rubric 2.3.15).
    ['The ministry has offered no credible evidence that the cell exists.', true],
    ['There is little independent proof of the raid.', true],
    ['Investigators found hard evidence of the plot in the flat.', false],
    ['Aid will be delivered regardless of whether the road reopens.', false],
  ])('%s → %s', (s, expected) => expect(hedged(s)).toBe(expected));
});

describe('hedge senses: obstructed verification and unresolved uncertainty', () => {
  it.each([
    ['Reporters could not independently verify the casualty figures.', true],
    // Accounts left in conflict: the passive of "reconcile" in a negated frame (rubric 2.3.15).
    ['The two death tolls could not be reconciled.', true],
    // Withheld detail: a verb of disclosure before a wh-word, negated or refused (rubric 2.3.15).
    ['The commander did not say how many fighters had crossed.', true],
    ['The agency declined to specify where the report came from.', true],
    ['The commander said how many fighters had crossed.', false],
    // A verb coordinated by "or" shares the negation before it (rubric 2.3.22).
    ['The ministry did not name the cell or say how its members were traced.', true],
    ['The ministry named the cell and said how its members were traced.', false],
    ['The agency reported, without citing sources, that the pass had fallen.', true],
    ['The envoy gave no source for the figure of 3,000 fighters.', true],
    // The construction's finite form, negated or refused (rubric 2.3.15).
    ['The ministry did not provide any details of the arrests.', true],
    ['The police declined to release evidence of the plot.', true],
    ['The ministry provided details of the arrests.', false],
    ['The rival clans never reconciled after the feud.', false],
    ['The account has yet to be confirmed by the ministry.', true],
    ['A second attack cannot be ruled out.', true],
    ['Police declined to confirm the names of the suspects.', true],
    ['Initial reports indicate that six guards were wounded.', true],
    ['Whether the ceasefire holds remains to be seen.', true],
    ['It is too early to say who planned the raid.', true],
    ['Some 300 families are estimated to have left the valley.', true],
    ['It is unclear who fired first.', true],
    ['The ministry confirmed that the road had reopened.', false],
    ['Casualty counts from the valley are seldom corroborated by outside monitors.', true],
    ['The recording of the commander has not been authenticated.', true],
    ['The clip of the convoy could not be geolocated.', true],
    ['Volunteers geolocated the clip to a bridge near Khorog.', false],
    ['The toll cannot be independently checked while the valley is closed.', true],
    ['Guards checked every lorry at the crossing.', false],
    ['Few of the ministry’s arrest figures are corroborated by court data.', false],
    ['The patrol was unable to cross the swollen river.', false],
    ['It was impossible to drive through the snow.', false],
    ['The origin of the rockets could not be established.', true],
    ['The smuggling charge has never been proven.', true],
    ['The checkpoint was established in 2012.', false],
    ['There is no way of telling how many people fled.', true],
    ['No one knows who paid the gunmen.', true],
    ['The death toll remains disputed.', true],
    ['Patrols crossed the disputed strip at night.', false],
    ['The convoy, if the reports are correct, carried fuel.', true],
    ['In all likelihood the mortar was fired from the orchard.', true],
    ['The courier was, in all probability, paid in cash.', true],
    ['If confirmed, it would be the largest seizure this year.', true],
  ])('%s → %s', (s, expected) => expect(hedged(s)).toBe(expected));
});

describe('hedge senses: passives of opinion', () => {
  it.each([
    ['The commander is widely considered the most experienced in the north.', true],
    ['The pass is generally regarded as the safest route.', true],
    ['The engineer is said to have designed the bridge.', true],
    ['The proposal was considered at the council meeting.', false],
    ['The request was considered by the committee.', false],
  ])('%s → %s', (s, expected) => expect(hedged(s)).toBe(expected));
});

describe('the absence-of-support construction', () => {
  it.each([
    'The ministry announced the arrests without giving any details.',
    'The governor blamed the group without providing evidence.',
    'The channel repeated the claim without citing proof.',
    'The committee named the cell’s leader without presenting any evidence.',
    'Police announced six arrests without releasing details.',
    // The negative determiner the construction's other nouns take already ("no evidence", "no proof"), rubric 2.3.13.
    'The security service said it had foiled a plot but offered no details.',
    'The spokesman gave no detail on where the men were held.',
    // With an adjective of addition, and the quantifiers of too little (rubric 2.3.14).
    'The border service said six men were held but gave no further details.',
    'The ministry repeated the charge without any further detail.',
    'Officials have released scant details about the raid.',
    // Provisional information, as "initial reports" (rubric 2.3.14).
    'According to preliminary data, the detained men belonged to a banned group.',
    'Initial estimates put the number of displaced families at two hundred.',
    // Verification in progress (rubric 2.3.14).
    'The circumstances of the shooting are being established.',
    'Information on casualties is being clarified.',
  ])('hedges "%s"', (s) => {
    expect(hedged(s)).toBe(true);
  });
  it('needs the absence, not the evidence itself', () => {
    expect(hedged('The ministry gave details of the arrests and provided evidence.')).toBe(false);
    expect(hedged('The ministry gave further details of the arrests on Tuesday.')).toBe(false);
    expect(hedged('After being confirmed as governor, he toured the border posts.')).toBe(false);
    expect(hedged('The ministry clarified that the post had been closed.')).toBe(false);
  });
});

describe('lexically negative predicates of support (rubric 2.3.14)', () => {
  it.each([
    'The ministry’s figures on foreign recruits lack any independent corroboration.',
    'The danger is hard to weigh given the lack of any checkable detail.',
    'Proof for the alleged training camps is still lacking.',
    'The story of a secret alliance is not backed by evidence.',
    'The commander’s account is unsupported by documents or footage.',
    'Claims of a new front are not borne out by the evidence on the ground.',
    'Prosecutors admitted there was insufficient evidence to hold the men.',
  ])('hedges "%s"', (s) => {
    expect(hedged(s)).toBe(true);
  });
  it.each([
    'The border guards lack night-vision equipment.',
    'Villagers complained about the lack of schools and clinics.',
    'The movement is not supported by Pakistan, the envoy said.',
    'Several returnees lacked identity documents at the crossing.',
  ])('needs a missing support noun, so does not hedge "%s"', (s) => {
    expect(hedged(s)).toBe(false);
  });
  it('keeps "lack" as negative wording when it is no hedge, and drops it when it is', () => {
    const negativity = (s: string) =>
      scoreDocument(s)
        .assertions[0].signals.filter((g) => g.id === 'negativity')
        .map((g) => g.reason);
    expect(negativity('The district’s lack of clinics is a disgrace.').join(' ')).toMatch(/lack/);
    expect(negativity('The ministry’s account suffers from a lack of evidence.').join(' ')).not.toMatch(/lack/);
  });
  it('does not count as evidence cited what a claim is said to lack', () => {
    const evidence = (s: string) => scoreDocument(s).assertions[0].signals.some((g) => g.id === 'evidence-cited');
    expect(evidence('The report of a training camp is not backed by any footage.')).toBe(false);
    expect(evidence('The report of a training camp is backed by satellite imagery.')).toBe(true);
  });
});

describe('knowledge left open', () => {
  const hedged = (s: string): boolean => scoreDocument(s).assertions[0].hedged;
  it('hedges a predicative "unknown" and conflicting or varying accounts', () => {
    expect(hedged('The number of fighters in the valley is unknown.')).toBe(true);
    expect(hedged('There were conflicting reports about the toll.')).toBe(true);
    expect(hedged('Estimates vary widely on the group’s strength.')).toBe(true);
  });
  it('hedges the wire formulas with an adverb inside: not immediately clear, not yet known', () => {
    expect(hedged('It was not immediately clear who fired the first shot.')).toBe(true);
    expect(hedged('The cause of the fire was not immediately known.')).toBe(true);
    expect(hedged('The size of the cell is not yet known.')).toBe(true);
    expect(hedged('The road was immediately cleared and is not yet reopened.')).toBe(false);
  });
  it('does not hedge an attributive "unknown"', () => {
    expect(hedged('An unknown gunman opened fire on the checkpoint.')).toBe(false);
  });
});

describe('scant support and existential indications (rubric 2.3.7)', () => {
  it.each([
    'There is little evidence that the canal was ever finished.',
    'The court found scant evidence of a plot.',
    'There are indications that the herders have moved north.',
  ])('hedged: %s', (s) => expect(hedged(s)).toBe(true));
  it.each(['The herders had little water left.', 'The indications on the map were wrong.'])('not hedged: %s', (s) =>
    expect(hedged(s)).toBe(false),
  );
});

describe('verification words', () => {
  it('are each an exact entry of the hedge lexicon, so the sense rule and the lexicon name the same words', () => {
    const exact = new Set(hedgeLexicon.terms.filter((t) => t.startsWith('=')).map((t) => t.slice(1)));
    const missing = hedgeSenses.classes.verificationWords.words.filter((w) => !exact.has(w));
    expect(missing).toEqual([]);
  });
});

describe('support frames', () => {
  it('are each a term of the hedge lexicon, so the sense rule and the lexicon name the same words', () => {
    const terms = new Set(hedgeLexicon.terms.map((t) => t.replace(/^=/, '')));
    const frames = [...hedgeSenses.classes.supportLacks.words, ...hedgeSenses.classes.supportVerbFrames.words];
    expect(frames.filter((w) => !terms.has(w))).toEqual([]);
  });
});
