// How a query is read before it is searched (src/search/query.ts): what the person turned from,
// whether they say it failed, and which words only ask.
import { describe, expect, it } from 'vitest';
import { readQuery, tellerWords } from '../src/search/query.js';

describe('what the person turned from', () => {
  it.each([
    ["don't want surgery for my neck, other options?", ['surgery']],
    ["I'd rather not take pills", ['pills']],
    ['dont want to rely on tablets forever for my neck', ['tablets']],
    ["i'd rather not depend on painkillers", ['painkillers']],
    ['instead of ice can I use heat straight away', ['ice']],
    ["i'd rather avoid painkillers for my stiff neck", ['painkillers']],
    ['without medication', ['medication']],
    ['the ice isnt working', ['ice']],
    ["resting hasn't made my neck any better", ['resting']],
    ['I do not like taking medicine', ['medicine']],
    ['what can I do that does not involve tablets', ['tablets']],
    ["I'm not keen on taking pills", ['pills']],
    ["I'm not after drugs, I just want to know why it happened", ['drugs']],
    ['im not looking for painkillers, what else is there', ['painkillers']],
    ['muscle relaxants have not worked for my neck', ['muscle', 'relaxants']],
    ["the stretches haven't helped", ['stretches']],
    ['paracetamol is doing nothing for my neck spasm', ['paracetamol']],
    ['the tablets did nothing', ['tablets']],
    ['ice made my neck feel worse, should I stop', ['ice']],
    ['muscle relaxants made me too sleepy, is there an alternative', ['muscle', 'relaxants']],
    ['ibuprofen upsets my stomach, what else can I use', ['ibuprofen']],
    ["stretching hasn't fixed it", ['stretching']],
    ['ice and heat both useless', ['ice', 'heat']],
    ['no more pills for me', ['pills']],
    ['sick of popping ibuprofen every four hours', ['ibuprofen']],
    ["can't stand the heat pad, it makes my skin itchy", ['heat', 'pad']],
    ['gave up on the stretches', ['stretches']],
    ["I'm allergic to aspirin, what else can I take", ['aspirin']],
    ["pregnant so can't take ibuprofen", ['ibuprofen']],
    ["heating pad burnt me last time so I'm wary of it", []],
    ['tried the cyclobenzaprine, no joy', ['cyclobenzaprine']],
    ['paracetamol and ibuprofen together, still no joy after ten days', ['paracetamol', 'ibuprofen']],
    ['no physio on the NHS for months, how do I stop my neck seizing up again', []],
    ['sore neck for eight days now despite heat and rest', ['heat', 'rest']],
    ['spasm has settled and I want to get back to the gym without it happening again', []],
    ['tried physio, injections and muscle relaxers and nothing worked, is surgery the next step', ['physio', 'injections', 'muscle', 'relaxers']],
    ['tried ice, heat and still sore', ['ice', 'heat']],
    ['tried ice, neck still stiff', ['ice']],
    ['tried heat, my neck and shoulders still ache', ['heat']],
    ['tried ibuprofen, it and nothing else helped', ['ibuprofen']],
    ["neck spasm getting worse not better even though I'm resting and using heat", ['resting', 'heat']],
    ['even though i am icing it, it hurts', ['icing']],
    ['though i have been stretching every day', ['stretching']],
    ['even though it is late can I take ibuprofen', []],
    ['even though I went to the doctor', []],
    ["even though I'm feeling better", []],
    ['i thought i was resting enough', []],
    // A pronoun alone before the words that say it failed means what the clause before named.
    ['i tried heat and ice, they do nothing, what now', ['heat', 'ice']],
    ['had a massage yesterday, it did nothing for the knot in my neck', ['massage', 'yesterday']],
    // Who gave it is not what failed: the thing, up to where it came from.
    ['muscle relaxants from the gp, they made no difference', ['muscle', 'relaxants']],
    ["I'm 29, healthy, don't do sports", []],
    // "everything right" names nothing: the list runs on into the clauses after; the times told of
    // its items ("the first two days") and what comes after "after" are no items.
    ["I've done everything right for my neck, ice the first two days, then heat, gentle stretches, and it keeps getting worse", ['ice', 'heat', 'gentle', 'stretches']],
    // Turning from something in other words: not allowed, told not to, not a fan, no option, only
    // for a while, barely, not cutting it, no dent.
    ["I'm not allowed NSAIDs because of my kidneys", ['nsaids']],
    ['my GP told me not to take ibuprofen any more', ['ibuprofen']],
    ['not a big fan of pills', ['pills']],
    ['trying to steer clear of codeine', ['codeine']],
    // "stay away from", "no to": only asking for something else (review41).
    ['I want to stay away from opioids, what else is there', ['opioids']],
    ['say no to painkillers, anything else', ['painkillers']],
    ['should I stay away from alcohol with tramadol', []],
    ['stay away from heat in the first two days', []],
    ['no to bed rest', []],
    // Someone else's "no", or "yes or no", turns from nothing: it asks about the thing.
    ['my doctor said no to a neck brace, what else', []],
    ['yes or no to surgery, what else is there', []],
    ["I'd prefer not to take tablets", ['tablets']],
    ["heat isn't an option at work", ['heat']],
    ['surgery is out of the question for me', ['surgery']],
    ['the massage only helps for an hour', ['massage']],
    ['paracetamol barely touched it', ['paracetamol']],
    ["stretches aren't cutting it", ['stretches']],
    ["tylenol hasn't made a dent", ['tylenol']],
    ["I'm not allowed to drive", []],
    ["can't face another injection", ['injection']],
    ['skip the pills, what can I do at home tonight', ['pills']],
    ['naproxen is too strong for my stomach', ['naproxen']],
    // "so no" after a reason turns from the thing; not "so no wonder", nor a sign's absence.
    ['had an ulcer so no nurofen', ['nurofen']],
    ['high blood pressure so no ibuprofen, what else', ['ibuprofen']],
    ['stomach ulcer history so no anti-inflammatories', ['anti', 'inflammatories']],
    ['checked his temperature so no fever but his neck is stiff', []],
    ['slept on it funny so no wonder it hurts', []],
    ['tried ice after the gym, still sore', ['ice']],
    ['not just painkillers, fix the cause', ['painkillers']],
    // "tried X, Y … what else": what was tried is behind the person, though it helped; "took a
    // header … something else" tells a story.
    ['tried the ice the first day, then heat, some rest, and it has calmed down. what else?', ['ice', 'heat', 'rest']],
    ['took a header badly, is it something else', []],
    ['i want more than just painkillers for this neck spasm', ['painkillers']],
    ["can't get a physio appointment for weeks, other options", ['physio', 'appointment']],
    ["can't afford private physio", ['private', 'physio']],
    ["i'd rather fix the cause than keep popping pills", ['pills']],
    ["i'd rather do something active than just rest", ['rest']],
    // A later question naming what was tried again asks about it; one that turns from it does not.
    ['physio massage made it worse, is massage even meant to help spasms', ['physio']],
    ['deep heat not doing anything, how many days of heat does a spasm need', ['deep']],
    ['ibuprofen is not working, should I take something other than ibuprofen', ['ibuprofen']],
    ['spasms never went away with physio or pills', ['physio', 'pills']],
    ["it didn't ease with heat", ['heat']],
    ['no joy with stretching so far, should I try massage instead', ['stretching']],
    // "not X, Y": X turned from, when Y follows at once.
    ['not ice, heat - how long each go', ['ice']],
    ['not sure, what should i do', []],
    ["not really, it's still stiff", []],
    ['no relief from the heat pad, what now', ['heat', 'pad']],
    // What "it" would be done with is what is turned from, not the doing.
    ["i don't want to just mask it with tablets", ['tablets']],
    ['rather not cover it up with painkillers', ['painkillers']],
    // A clause that tells how the trouble goes names nothing tried.
    ["it's getting worse fast, nothing touches it", []],
    ['tried ice and heat. nothing', ['ice', 'heat']],
    // ... and with "and nothing" for the comma; a list told over commas after "tried" is named whole.
    ['tried physio, injections and muscle relaxers, nothing worked, is surgery the next step', ['physio', 'injections', 'muscle', 'relaxers']],
    ['tried ibuprofen and heat regularly and nothing touched it', ['ibuprofen', 'heat', 'regularly']],
    // A new "the" after the name starts who did something with it (one that says when does not: "the
    // ice the first day", above).
    ['id rather not take the tramadol the gp offered because im on sertraline', ['tramadol']],
    // A list of what was tried ends with its sentence: what comes after "but" is a new one.
    ["I've been using ice and ibuprofen but today my arm feels weak and clumsy, is that normal still", ['ice', 'ibuprofen']],
    // "Still" asking whether to go on says nothing failed.
    ["I've been using ice and ibuprofen but my arm feels weak. Is ice still the right thing?", []],
    ['been taking ibuprofen, can i still take it with a beer', []],
    // Asking whether to see someone all the same says nothing failed.
    ['took the kids ice skating and slipped, should I still get it looked at', []],
    ['been using ice on it, do I still need to see a GP', []],
    // "had this …" is the trouble: what was tried comes after it.
    ["I've had this stiff neck since sunday and I've been taking naproxen but it's not getting any better", ['naproxen']],
    ['been using the heat pad, is it still ok to use at night', []],
    ['been using the heat pad and my neck is still stiff', ['heat', 'pad']],
    // "Everything" for a span of time, then the list: the list is what was tried.
    ['tried everything for 10 days heat ibuprofen stretches still sore neck time to see a doc', ['heat', 'ibuprofen', 'stretches']],
    ['done everything for a few days heat and rest but still stiff', ['heat', 'rest']],
    // "Better than just taking X": X is what the person does now.
    ['Would cyclobenzaprine work better than just taking Advil for a neck spasm?', ['advil']],
    // What makes it hurt more made it worse (MADE_IT_HURT); what makes it feel better did not.
    ['heat makes my neck throb, should I go back to ice', ['heat']],
    ['the massage made it hurt more, what else', ['massage']],
    ['the ice makes it ache even more', ['ice']],
    ['heat makes it feel better but only for an hour', []],
    // A clause of only "not" and a thing, before the rest, turns from it; not when the rest names
    // the same thing (which one), nor "not sure", "not working".
    ['not a muscle relaxant, just something for the pain', ['muscle', 'relaxant']],
    ['not the collar, what else helps at night', ['collar']],
    ['not a dog collar, a neck collar for my own stiff neck', []],
    ['not sure, what helps a stiff neck', []],
    // "touched", "shifted": as "touching", "shifting".
    ['naproxen hasn\'t touched it and it\'s been 10 days', ['naproxen']],
    ['the heat pad hasn\'t shifted it', ['heat', 'pad']],
  ])('%j turns from %j', (query, tried) => {
    expect([...readQuery(query).tried].sort()).toEqual([...tried].sort());
  });

  it.each([
    ["resting hasn't made my neck any better", true],
    ['stretches are making my neck worse', true],
    ['ibuprofen not strong enough', true],
    ["tablets aren't touching the pain", true],
    ['the heat pad has not helped', true],
    ['heat makes me feel better', false],
    ['how long should I use heat', false],
    ['the heat pad makes no difference', true],
    ['nothing to do with my neck', false],
    ['sore for a week despite the heat pad', true],
    ['the stretches are pointless', true],
  ])('%j says something failed: %s', (query, failed) => {
    expect(readQuery(query).failed).toBe(failed);
  });

  it('keeps the word for what was lacking as a word to search ("strong" of "not strong enough")', () => {
    const read = readQuery('ibuprofen not strong enough');
    expect(read.askWords.has('strong')).toBe(false);
    expect(read.askWords.has('enough')).toBe(true);
  });

  it.each([
    ['is there a better pillow for a neck spasm', 'pillow'],
    ['what is the best painkiller for a stiff neck', 'painkiller'],
    ['would massage help', 'massage'],
    ['without a heating pad how can I warm up my stiff neck', 'warm'],
    ['how do I stretch my neck safely', 'stretch'],
    ["6 months of physio and injections and it's still spasming, is surgery next", 'surgery'],
    ['will I end up needing an operation', 'operation'],
    ['is there an operation for it or is she just stuck with it', 'operation'],
    ['does surgery actually fix the spasms', 'surgery'],
    ['the cortisone shot wore off, is fusion the next thing', 'fusion'],
    ['physio and meds failed for a year, is surgery on the table', 'surgery'],
    ['would a heat pack do the job tonight instead', 'pack'],
    ['hot yoga yesterday and my neck is spasming, ice it or not', 'ice'],
    ['would a massage do the same job', 'massage'],
    ['is a muscle relaxant better than ordinary painkillers', 'relaxant'],
    ['is heat any better than ice after three days', 'heat'],
    ['would an operation ever be an option', 'operation'],
    ['my normal pillow makes it worse, what kind should i get instead', 'pillow'],
    ['no heating pad in the house, would a hot water bottle do', 'bottle'],
    ['would a bag of peas do?', 'peas'],
    ['no microwave at work for my wheat bag, would an ice pack do instead', 'ice'],
    ['is surgery ever done for neck spasm or is it always pills n physio', 'surgery'],
    ['are injections ever used for a neck spasm', 'injections'],
    ['no improvment from hot showers, is a massage worth trying for my neck', 'massage'],
    ['iced it for two days, how long should I keep the heat on', 'heat'],
    ['how many days do you use a wheat bag for', 'wheat'],
    ['frozen peas since tuesday, when do i swap to a hot water bottle', 'bottle'],
    ['when should I switch over to heat', 'heat'],
    ['iced my neck for two days after straining it, switched to heat, how often now', 'heat'],
    ['frozen peas are done, changed over to the wheat bag, how long each time', 'wheat'],
    ['how long should heat be used for', 'heat'],
    ['is cold better for a fresh neck strain', 'cold'],
    ['is the pain better with ice', 'ice'],
    ['tried sleeping sitting up, still stiff, what pillow should I use', 'pillow'],
    ['can I do without the neck brace during the day', 'brace'],
    // tired of a thing still done, asking when to stop: that thing's time is asked, it is not turned from
    ['tired of icing every hour, when can i stop', 'icing'],
    ['sick of wearing this collar, when can i stop', 'collar'],
    ['fed up of the heat pad, how long do i have to keep using it', 'pad'],
  ])('%j asks about %j', (query, word) => {
    expect(readQuery(query).focus.has(word)).toBe(true);
    expect(readQuery(query).tried.has(word), 'not turned from').toBe(false);
  });

  it.each([
    ['what can I take for the pain', ['medicine']],
    ['anything I can take to get through the shift', ['medicine']],
    ['what can I take', ['medicine']],
    ['my wife has a stiff neck, what can she take', ['medicine']],
    ['can I take ibuprofen', []],
    ['how long should I take a break from work', []],
    ['what do doctors give instead', ['medicine', 'prescribe']],
    ["tramadol's off the table, what else could my GP offer", ['medicine', 'prescribe']],
    ['sore neck for eight days now', ['weeks']],
    ['neck spasm started three days ago', []],
    ['third day of neck spasm, still using ice packs', ['thereafter']],
    ['second day of icing it', []],
    ['hurting for 14 days now', ['weeks']],
  ])('%j means without saying it: %j', (query, implied) => {
    expect(readQuery(query).implied).toEqual(implied);
  });

  it('"does ultrasound at the physio help": the thing asked about, not where it is given', () => {
    expect([...readQuery('does ultrasound at the physio help').focus]).toEqual(['ultrasound']);
    expect([...readQuery('would heat on my neck help').focus]).toEqual(['heat']);
  });

  // "what … helps" asks what may help: "helps" is no thing asked about, and the sentence saying what
  // may help or bring relief answers.
  it.each([['what kind of pillow helps with neck spasms'], ['which of these helps most, heat or ice'], ['what helps a stiff neck'], ['anything physical that helps a neck spasm']])('%j asks what may help; "helps" only asks', (query) => {
    const read = readQuery(query);
    expect(read.intents.map((i) => i.name)).toContain('help');
    expect(read.askWords.has('helps')).toBe(true);
  });

  it.each([['how long do I leave it on'], ['when can I go back to lifting']])('%j asks about no thing (a pronoun; going back to what one did)', (query) => {
    expect([...readQuery(query).focus]).toEqual([]);
  });

  it('"should I be worried" asks how serious it is: no focus on "worried"', () => {
    expect(readQuery('my arm is numb, should I be worried').focus.has('worried')).toBe(false);
    expect(readQuery('should I stay in bed').focus.has('stay')).toBe(true);
  });

  it('"what helps" asks for a treatment and names none', () => {
    const read = readQuery('my neck is stiff, what helps');
    expect(read.treatment).toBe(true);
    expect(read.askWords.has('helps')).toBe(true);
  });

  it.each([['how do I cope with a neck spasm at work'], ['without painkillers how do i get through work'], ['how should I manage it']])('%j asks for a treatment', (query) => {
    expect(readQuery(query).treatment).toBe(true);
  });

  it('the words that turn away only ask ("avoid", "instead")', () => {
    expect(readQuery('avoid painkillers').askWords.has('avoid')).toBe(true);
    expect(readQuery('instead of ice').askWords.has('instead')).toBe(true);
  });
});

describe('what kind of answer is asked for', () => {
  it.each([
    ['what would a physiotherapist actually do', 'contents'],
    ['what sort of treatments would they do there', 'contents'],
    ['should I be using ice or heat on it first', 'time'],
    ['which first, ice or heat', 'time'],
    ['how long should I rest', 'duration'],
    ['what kind of medicine would they be injecting', 'contents'],
    ['massage gun does nothing for my neck knots, what do physios use instead', 'contents'],
    ['stretching hurts too much right now, should I hold off', 'time'],
    ['been taking tramadol for my neck and I feel really sick', 'safety'],
    ['who shouldnt take muscle relaxants', 'who'],
    ['constant headaches since the doctor put me on muscle relaxants', 'safety'],
    ['is it the flexeril making me so tired all the time', 'safety'],
    ['first appointment is next thursday, what actually happens in a session', 'contents'],
    ["who can't have a neck manipulation", 'who'],
    ['at what point do I give up and ring the GP', 'time'],
    ['can I use the heat pad 3 times a day', 'frequency'],
    ['no more lying down all day, how much rest is actually good', 'duration'],
    ["what's causing my neck to keep locking up", 'cause'],
    ['the chiro did nothing, would a physio do anything different', 'contents'],
    ['is depo-medrone the same as depo-medrol', 'identity'],
    ['is paracetamol the same thing as acetaminophen', 'identity'],
    ['does norco have tylenol in it', 'ingredients'],
    ['whats in anadin extra', 'ingredients'],
    ['beechams powders, is there paracetamol in them', 'ingredients'],
  ])('%j asks for %s', (query, intent) => {
    expect(readQuery(query).intents.map((i) => i.name)).toContain(intent);
  });

  // What failed asks for what comes next, unless the person asks how long of another thing they name.
  it.each([
    ['ice is doing nothing now, how long should heat be used for', false],
    ['ice is doing nothing now, how long should I keep the heat on', false],
    ['ice is doing nothing now, how long should I use it', true],
    ['ice is doing nothing now', true],
  ])('%j asks what comes next: %j', (query, next) => {
    expect(readQuery(query).intents.some((i) => i.name === 'next')).toBe(next);
  });

  it.each([
    ['taking ibuprofen 3 times a day since saturday, still sore'],
    ["I've been using ice four times a day"],
    ['my neck is stiff, taking ibuprofen 3 times a day, should I see a GP'],
  ])('%j tells what was done: it asks nothing of how often', (query) => {
    expect(readQuery(query).intents.map((i) => i.name)).not.toContain('frequency');
  });

  // Review 1204f finding 6: a question that names how often asks it.
  it.each([
    ['should I be taking ibuprofen 3 times a day or more'],
    ['is it safe to keep using the heat pad 4 times a day'],
    ['is using the heat pack 3 times a day enough'],
    ['am I taking too much ibuprofen 4 times a day'],
  ])('%j asks how often', (query) => {
    expect(readQuery(query).intents.map((i) => i.name)).toContain('frequency');
  });

  it.each([
    ['how can I get rid of a neck spasm'],
    ['how do I deal with a stiff neck'],
    ['my hand feels weak, should I just wait and see'],
  ])('%j puts no weight on a verb that only says something is to be done', (query) => {
    expect([...readQuery(query).focus]).toEqual([]);
  });

  it.each([['my physio appointment is next week'], ['booked in for next thursday']])('"next" before a day or a week is no "what next": %j', (query) => {
    expect(readQuery(query).intents.map((i) => i.name)).not.toContain('next');
  });

  it('"first" alone, in a story, asks for no time: "first time this has happened"', () => {
    expect(readQuery('first time this has happened to my neck').intents.map((i) => i.name)).not.toContain('time');
  });
});

// "rather than skip my wine", "instead of giving up my beer": not giving it up, so not turned from.
it.each([['rather than skip my wine with dinner, can i have a glass on cyclobenzaprine'], ['instead of giving up my beer, can i take ibuprofen'],
  // Wary of it, asking of it: not turning from it.
  ['i have asthma so i dont want to take nurofen without checking first, is it ok for asthmatics']])('%j turns from nothing', (query) => {
  expect([...readQuery(query).tried]).toEqual([]);
});

describe('asking whether to go on with what was tried asks about it', () => {
  it.each([
    ["heat isn't helping after two days, should I keep going with it", ['heat']],
    ["the stretches aren't helping, should I carry on", ['stretches']],
    ['ibuprofen not working. should i continue it', ['ibuprofen']],
  ])('%j asks about %j, turns from nothing', (query, focus) => {
    const read = readQuery(query);
    expect([...read.tried]).toEqual([]);
    expect(read.failed).toBe(false);
    expect([...read.focus]).toEqual(focus);
  });

  it.each([
    ["ibuprofen isn't helping, i'll stick with it", ['ibuprofen']],
    ["ice didn't help, should I carry on with heat", ['ice']],
    ["paracetamol isn't helping. my neck keeps going into spasm, should i keep going to work", ['paracetamol']],
  ])('%j still turns from %j (says, or asks about another thing)', (query, tried) => {
    expect([...readQuery(query).tried]).toEqual(tried);
  });
});

describe('a side effect turns the person away only when they ask for something else', () => {
  it.each([
    ['muscle relaxants make me drowsy, is that normal', []],
    ['does ibuprofen upset my stomach', []],
    ['muscle relaxants make me drowsy, what else is there', ['muscle', 'relaxants']],
    ['rather not go on muscle relaxers, would a massage do the same job', ['muscle', 'relaxers']],
    ['cyclobenzaprine made me drowsy, is there a different muscle relaxant', ['cyclobenzaprine']],
    ['would a different pillow help', []],
    ['what type of heat is best instead of ice', ['ice']],
    ['i dont want to take any pills, what else helps', ['pills']],
    ['cant have nurofen, what else', ['nurofen']],
    ["who shouldn't take muscle relaxants", []],
    ['who shouldnt take muscle relaxants', []],
    ['muscle relaxers leave me groggy, is there an injection instead', ['muscle', 'relaxers']],
    ['codeine knocks me out, what else is there', ['codeine']],
    ['codeine knocks me out, is that normal', []],
    ['the muscle relaxer gave me a rash, are there other medicines for the spasm', ['muscle', 'relaxer']],
    ['codeine bunged me up, what else is there', ['codeine']],
    ['turning my head gets me dizzy, what else can I try', []],
    ['the pain knocks me out, what else can I try', []],
  ])('%j turns from %j', (query, tried) => {
    expect([...readQuery(query).tried].sort()).toEqual([...tried].sort());
  });
});

describe('what the person says they do not have', () => {
  it.each([
    ['stiff neck, no numbness or tingling', ['numbness', 'tingling']],
    ['no fever though', ['fever']],
    ['no more pills for me', []],
    ["no injury, didn't fall or anything, why does my neck keep spasming", ['injury', 'fall']],
    ['i never fell, it just started', ['fell']],
    ['did not fall off anything', ['fall']],
    ["wasn't in a crash or anything", ['crash']],
    ["haven't had an accident", ['accident']],
    ['never fell asleep on the sofa before', []],
    ["the fall didn't hurt at first", []],
    ['landed on my shoulder, neck is sore but i can move everything fine', ['move']],
    ['no ambulance, walked away fine', ['ambulance', 'walked']],
    ['he could still walk normally after the tackle', ['walk']],
    ["i can't move my arm", []],
    ['i can barely walk', []],
    ["didn't think much of it. fell yesterday", []],
    ["i didn't, fall on ice was the start", []],
    ['i fell and never recovered', []],
    // "X or no X" weighs having it against not: no absence.
    ['neck brace or no brace? physio cant see me for 2 weeks', []],
    ['heat or no heat at night', []],
    ['no brace, no collar, just rest?', ['brace', 'collar']],
    // Review15 findings 11 and 17: no feeling or strength is the sign; a denied blow, fever or both
    // items of "a fall or a crash".
    ['no feeling in my left hand', []],
    ['no strength in my arm', []],
    ["I didn't hit my head or anything", ['hit']],
    ["I don't have a fever or a headache", ['fever', 'headache']],
    ['not had a fall or a crash', ['fall', 'crash']],
    ["I don't have a heat pad", []],
    ["I didn't have a fever until this morning", []],
    ["I was hit by a car but didn't hit my head", []],
    // A state of a sign denied (review27 a13), not "sick of it".
    ['my neck is stiff but i havent been sick', ['sick']],
    ['stiff neck, not been sick or dizzy', ['sick', 'dizzy']],
    ['not sick of it yet', []],
  ])('%j: absent %j', (query, absent) => {
    expect([...readQuery(query).absent].sort()).toEqual([...absent].sort());
  });

  it('"alternatives?" only asks', () => {
    expect(readQuery('heating pad burnt me, alternatives?').askWords.has('alternatives')).toBe(true);
  });

  it.each([
    ['stiff for a fortnight now', ['weeks']],
    ['on and off for a month', ['weeks']],
    ['no physio on the NHS for months', []],
    ['my neck seizes up every few weeks', ['recurrence']],
    ['what else could my GP offer', ['medicine', 'prescribe']],
    ['what do doctors give for a neck spasm', ['medicine', 'prescribe']],
    ['what can I take for it', ['medicine']],
    ['Tylenol is not touching it, is there something stronger a doctor can give', ['prescribe']],
    ['could a doctor give me something stronger', ['prescribe']],
    ['can a doctor give me an injection for a neck spasm', []],
    ['should I still get it looked at', ['doctor']],
    ['do i need to get checked or just take advil', ['doctor']],
    ['I looked at my phone all day', []],
    ['a spasm every other month', ['recurrence']],
    ['ibuprofen every four hours', []],
    ["my nan is 84, can she have muscle relaxants", ['elderly']],
    ["I'm 72 and on cyclobenzaprine", ['elderly']],
    ["is ibuprofen safe for my 80-year-old dad", ['elderly']],
    ["my dad's 80 and on muscle relaxants", ['elderly']],
    ["my nan's 91, is heat ok for her", ['elderly']],
    ['my son is 16 and has a stiff neck', []],
    ['neck pain for 90 minutes', []],
    // A strain of the last day or two starts the care plan: ice.
    ['tweaked my neck at the gym yesterday', ['ice']],
    ['slept on it wrong last night and now it is stiff', ['ice']],
    ['just pulled my neck reaching for a box', ['ice']],
    ['hurt my neck at the gym doing shrugs yesterday', ['ice']],
    ['woke up with a stiff neck, what do i put on it', ['ice']],
    ['woke up with a crick in my neck, what causes that', []],
    // Past the first two days with heat or ice named: the plan's move from ice to heat.
    ['day 3 of a stiff neck and still icing it', ['thereafter']],
    ['is heat better than ice after four days', ['thereafter']],
    ['ice and heat both useless after five days', []],
    ['day 3, how long should i leave the heat pad on', []],
    ['iced it for two days already, what do i do now', ['thereafter']],
    ['is heat ok, it started two days ago', []],
    // Some relief: where physical therapy comes in; not when it has not eased.
    ['the pain has eased off a bit now, what next', ['relief']],
    ['spasm has settled, want to get back to the gym', ['relief']],
    // ... told as the worst being over, or the pain dying down.
    ['the worst is over, what now', ['relief']],
    ["now i'm past the worst, how do i stop it coming back", ['relief', 'recurrence']],
    ['the spasm has died down, what exercises', ['relief']],
    ["the pain's calmed, can i get moving again", ['relief']],
    ["it hasn't eased after a week of ibuprofen", []],
    ['not getting better at all', []],
    ['the worst headache of my life and a stiff neck', []],
    ['the pain has not gone down at all', []],
    // Pain gone down an arm spreads: a warning sign, no relief.
    ['the pain has gone down my arm', []],
    ['the pain has gone down into my shoulder and arm, what should i do', []],
    ['the pain has gone down a lot, what now', ['relief']],
    // ... only of the trouble itself, and the worst over only where nothing after it is the worst
    // (review45: each of these had been read as relief).
    ['the storm died down', []],
    ["I've gone down with flu and my neck is stiff", []],
    ['my eyesight has gone down suddenly with a stiff neck', []],
    ['the baby calmed after feeding', []],
    ["I'm past the worst headache I've ever had", []],
    ['the worst is over but this was the worst headache of my life', []],
    ["I don't think I'm past the worst", []],
    ['past the worst of the storm', []],
    ["the spasm's calmed, what exercises now", ['relief']],
    ['pulled my neck yesterday, is heat ok', []],
    // Asking which of heat and cold, just after a strain, asks where the plan starts.
    ['frozen peas or hot water bottle?? neck just locked up on me yesterday lifting the shopping', ['ice']],
    // Asking whether to keep up an activity.
    ['can I go to work with a neck spasm', ['activity']],
    ['should i still go to the gym with a stiff neck', ['activity']],
    // ... or whether to stop it for a while.
    ['office worker with a neck spasm, do i go in tomorrow or take a day off', ['activity']],
    ['neck in spasm, should I call in sick', ['activity']],
    ['stiff neck, is it worth taking a few days off', ['activity']],
    ['neck went at work and my manager sent me home', ['activity']],
    ['the spasm set me back, my back is off', []],

    ['pulled my neck last week lifting', []],
    ['fell off my bike yesterday and my neck hurts', []],
    ['pulled my neck yesterday, ibuprofen did nothing', []],
    // Asking how to stop it coming back asks about preventing it.
    ['how do i stop it happening again', ['recurrence']],
    ['i want something that stops spasms coming back', ['recurrence']],
    ['ice made my neck feel worse, should I stop', []],
    ['what actually helps long term', ['recurrence']],
    ['how do i get rid of it for good', ['recurrence']],
    // ... and how to stop spasms that keep coming; not how to stop one thing once.
    ['neck spasms every afternoon at my desk, how do i stop them', ['recurrence']],
    ['my neck keeps locking up, how can I prevent it', ['recurrence']],
    ['how do i stop the heat pad burning me', []],
  ])('%j means without saying it: %j', (query, implied) => {
    expect(readQuery(query).implied).toEqual(implied);
  });

  it.each([
    ['pulled something in my neck at the gym doing shoulder press yesterday, its locked solid', ['pulled', 'gym']],
    ['just pulled my neck lifting boxes this morning, day one', ['pulled', 'lifting']],
  ])('%j: a fresh strain\'s words of how it happened are all only the story: %j ask', (query, words) => {
    const read = readQuery(query);
    for (const w of words) expect(read.askWords.has(w), w).toBe(true);
  });

  it.each(['fell asleep on the sofa and woke up with a crick', 'keep falling asleep in my chair', 'dropped off asleep with my head on the desk'])('%j: falling asleep is no fall ("fell" only asks)', (query) => {
    const read = readQuery(query);
    expect([...read.askWords].some((w) => ['fell', 'falling', 'dropped'].includes(w))).toBe(true);
  });

  it.each([
    ['I woke up and cant turn my head to the left', true],
    ['woke up with a stiff neck this morning', true],
    ['the pain woke me up in the night', false],
    ['woke up at 3am again with the pain', false],
  ])('%j: waking up once tells when it began, not pain that wakes ("woke" only asks: %s)', (query, asks) => {
    expect(readQuery(query).askWords.has('woke')).toBe(asks);
  });

  it.each([
    ['my laptop keeps crashing', true],
    ['the app keeps crashing on my phone', true],
    ['crashed my car and my neck hurts', false],
  ])('%j: crashing again and again is no road accident ("crashing" only asks: %s)', (query, asks) => {
    const read = readQuery(query);
    expect(read.askWords.has('crashing') || read.askWords.has('crashes')).toBe(asks);
  });

  it('"fell off a ladder" is a fall: "fell" is not an asking word', () => {
    expect(readQuery('fell off a ladder and my neck hurts').askWords.has('fell')).toBe(false);
  });

  it.each([
    ['had whiplash from a crash a year ago and the spasms never stopped', ['crash', 'whiplash'], true],
    ['an old injury from rugby, neck spasms for years', ['injury'], true],
    ['crash yesterday and my neck is stiff', ['crash'], false],
    ['got tackled at rugby, the doctor checked her and said it is just muscle', ['tackled'], true],
    ['went to A&E after the crash, nothing broken', ['crash'], true],
    ['after a car crash last week the hospital gave me a soft collar', ['crash'], true],
    ['fell down the stairs, A&E sent me home with painkillers', ['fell'], true],
    ['fell down the stairs, should I go to A&E', ['fell'], false],
  ])('%j: an injury long past, or checked by a doctor already, is the story, its words only ask: %j %s', (query, words, past) => {
    const read = readQuery(query);
    for (const w of words) expect(read.askWords.has(w), w).toBe(past);
  });

  it('"two weeks ago" says when it began: "weeks" only asks', () => {
    expect(readQuery('had a bad neck spasm two weeks ago, mostly gone now').askWords.has('weeks')).toBe(true);
  });

  it('"every few weeks" says how often it comes back: "weeks" is no span of time it has lasted', () => {
    expect(readQuery('my neck seizes up every few weeks').askWords.has('weeks')).toBe(true);
  });
});

// Cases a review of the fourth session's readings found (each once read as the comment beside it says).
it('"do not want to" turns from what follows, as "don\'t want to" does', () => {
  expect([...readQuery('I do not want to take painkillers').tried]).toEqual(['painkillers']);
});

describe('a list told after "nothing" or "none of" is what failed', () => {
  it.each([
    ['Nothing, not physio, pills or injections, has made a lasting difference', ['physio', 'pills', 'injections']],
    ['none of the painkillers, heat or stretches have helped', ['painkillers', 'heat', 'stretches']],
    ['nothing at all, not physio or pills, has helped', ['physio', 'pills']],
    ['stiff neck for weeks, nothing, not even the physio, has made a difference', ['physio']],
  ])('%j: %j', (query, words) => {
    const read = readQuery(query);
    expect([...read.tried].sort()).toEqual([...words].sort());
    expect(read.failed).toBe(true);
  });

  // Review 1204f finding 3: the list ran over sentences and verbs to what HAS helped.
  it.each([
    ['none of my friends have had this but the heat pad has helped, how long should I keep using it'],
    ['none of my friends have had this. the heat pad has helped, how long should I keep using it'],
    ['none of my family are doctors, ibuprofen has helped a bit, should I keep taking it'],
  ])('%j lists nothing that failed', (query) => {
    const read = readQuery(query);
    expect([...read.tried]).toEqual([]);
    expect(read.failed).toBe(false);
  });

  it.each([
    ['tried ice and heat, nothing', ['heat', 'ice'], true],
    ['tried physio, nothing at all', ['physio'], true],
    // The clause before it tells the trouble, not what was tried: everything tried has failed.
    ['herniated disc in my neck, constant spasms, nothing else has worked', [], true],
    ['old spine injury, neck spasms for years, nothing has worked', [], true],
    ['neck spasm from a curved spine, nothing else has worked', [], true],
    // "nothing" + what the person does not have is no "nothing helped".
    ['fell off my bike, nothing broken, neck stiff', [], false],
    ['Had a car accident last Tuesday, nothing serious, no ambulance. Do I need to get it looked at?', [], false],
    ['never had anything like it before. nothing even close', [], false],
  ])('%j: a clause of "nothing" after what was tried turns from %j (failed: %s)', (query, words, failed) => {
    const read = readQuery(query);
    expect([...read.tried].sort()).toEqual(words);
    expect(read.failed).toBe(failed);
  });

  it('"never … nothing even close. the ice has helped": the ice is not what failed', () => {
    expect(readQuery('never had anything like it before. nothing even close. the ice has helped a little, how long do I keep icing').tried.has('ice')).toBe(false);
  });

  it.each([
    ['nothing, not even the physio, has made a difference', ['nothing', 'not', 'even']],
    ['nothing at all, not physio or pills, has helped', ['nothing', 'at', 'all', 'not']],
  ])('%j: the whole opening only asks: %j (the closing verb, "has helped", meets the warning sign that painkillers have not helped)', (query, words) => {
    const read = readQuery(query);
    for (const w of words) expect(read.askWords.has(w), w).toBe(true);
    expect(read.askWords.has('physio')).toBe(false);
    expect(read.askWords.has('helped') || read.askWords.has('made'), 'the closing verb').toBe(false);
  });
});

describe('what did too little, used with another thing, is not turned from', () => {
  it.each([
    ['tiger balm on its own isnt enough, can i put the heat pad over it'],
    ['tiger balm did nothing so i want to put the heat pad over the top of it'],
    ['i tried the biofreeze and then put my heating pad over it'],
    ['paracetamol wore off, can I take a Lemsip on top'],
  ])('%j: asked about together, nothing tried', (query) => {
    const read = readQuery(query);
    expect(read.together).toBe(true);
    expect([...read.tried]).toEqual([]);
  });
  it('a heat pad put over the neck, with nothing tried, is no pair', () => {
    expect(readQuery('can i put a heat pad over it').tried.size).toBe(0);
  });
});

describe('a step the person has finished is behind them', () => {
  it.each([
    ['day four of a neck spasm, cold packs done, how long do I use heat', ['cold', 'packs']],
    ['the ice is finished, what now', ['ice']],
    ['done with the ice, what next', ['ice']],
    ['moved on from ice packs to heat', ['ice', 'packs']],
    ['stopped icing after 48 hours like the athletic trainer said, now what?', ['icing']],
  ])('%j: finished with %j, which is what failed is, moved on from', (query, words) => {
    const read = readQuery(query);
    expect([...read.tried].sort()).toEqual([...words].sort());
    expect(read.failed).toBe(true);
  });

  // A swap names what is given up, but nothing failed: the new pillow is still a pillow.
  it.each([['swapped my pillow for a memory foam one, still stiff'], ['swapping the ice for heat'], ['swap it for heat']])('%j: a swap turns from nothing', (query) => {
    const read = readQuery(query);
    expect([...read.tried]).toEqual([]);
    expect(read.failed).toBe(false);
  });

  it('"done" inside a clause ("I have done physio") is no finished step', () => {
    expect(readQuery("i've done stretches every day").tried.size).toBe(0);
  });

  // Review 1204f findings 1 and 2: a passive, a thing had done, a question; "past the" and
  // "switched from" of another thing; the clause that goes on after "and my".
  it.each([
    ['stiff neck, what exercises should be done?'],
    ['how is a spinal fusion done?'],
    ['how is neck manipulation done?'],
    ['had an MRI done, what next'],
    ['got my neck x-rayed and the scan is done, what now'],
    ['walked past the gym and my neck seized up'],
    ["I think I'm past the worst of it now, neck still a bit stiff, should I start stretching?"],
    ['switched from the night shift and my neck is stiff, what helps'],
    ["I'm done with work for the day and my neck is killing me, what should I do"],
    ['done with the ice for today, can I put heat on it tonight'],
    // "stopped" a step as a verb only: not what stopped, nor a medicine stopped (turned from).
    ['the spasms stopped hurting after a day, should i keep stretching'],
    ['my neck stopped spasming last night, can i go back to the gym'],
  ])('%j has finished no step', (query) => {
    const read = readQuery(query);
    expect([...read.tried]).toEqual([]);
    expect(read.failed).toBe(false);
  });

  it.each([
    ['my course of painkillers is finished, what now', ['course', 'painkillers']],
    ['done with the heat pad and my neck still aches, what next', ['heat', 'pad']],
  ])('%j: finished with %j, and no more', (query, words) => {
    expect([...readQuery(query).tried].sort()).toEqual([...words].sort());
  });

  // Review 1204f finding 2b: the step they are on now is asked about, and how long or how often
  // asks that of it (no "what next").
  it.each([
    ['done with the ice and on to heat now, how long for', 'duration'],
    ['switched from ice to heat, how long do I keep the heat on', 'duration'],
    ['moved on from ice to a heat pack, how often should I use it', 'frequency'],
    ['day four of a neck spasm, cold packs done, how long do I use heat', 'duration'],
  ])('%j asks for %s of the step after, not what next', (query, intent) => {
    const read = readQuery(query);
    const names = read.intents.map((i) => i.name);
    expect(names).toContain(intent);
    expect(names).not.toContain('next');
    expect(read.failed).toBe(true);
  });

  it.each([
    ['done with the ice and on to heat now, how long for', ['heat']],
    ['switched from ice to heat yesterday', ['heat']],
    ['moved on from ice packs to a heat pack', ['heat']],
    ['done with the ice, what next', []],
    // Swapped or replaced: the thing taken up is the step asked about.
    ['swapping the ice for heat, how many times a day is right', ['heat']],
    ['moving on from ice to heat, how often', ['heat']],
    ['replaced the ice packs with a hot water bottle', ['hot']],
    ['swapped my pillow for a memory foam one', ['memory']],
  ])('%j names the next step: %j', (query, words) => {
    expect([...readQuery(query).focus]).toEqual(words);
  });

  it('what failed asks for the next step, unless the person asks what something else involves', () => {
    expect(readQuery("ibuprofen didn't work, what else").intents.map((i) => i.name)).toContain('next');
    expect(readQuery('massage made it worse, what else does a physio do').intents.map((i) => i.name)).toEqual(['contents']);
  });

  it.each([['done with the ice, what next'], ['the ice is finished, what now'], ['moved on from ice packs to heat']])('%j, with no how long or how often, asks what next', (query) => {
    expect(readQuery(query).intents.map((i) => i.name)).toContain('next');
  });
});

describe('"when" of an emergency asks which signs, not a time', () => {
  it.each([['when is a crick in the neck an emergency'], ['when do I call an ambulance for neck pain'], ['when should my dad go to A&E with his neck']])('%j asks no time', (query) => {
    expect(readQuery(query).intents.map((i) => i.name)).not.toContain('time');
  });

  it('"when can I go back to the gym" still asks a time', () => {
    expect(readQuery('when can I go back to the gym').intents.map((i) => i.name)).toContain('time');
  });
});

describe('what a treatment does is no sign of the person\'s', () => {
  it.each([['the cold pack numbs it but the spasm comes back'], ['ice numbs the pain for a bit']])('%j: "numbs" only tells the story', (query) => {
    expect(readQuery(query).askWords.has('numbs')).toBe(true);
  });

  it('"my arm numbs up" still says the person\'s arm goes numb', () => {
    expect(readQuery('my arm numbs up when I turn my head').askWords.has('numbs')).toBe(false);
  });
});

describe('a doctor already seen is part of the story', () => {
  it.each([
    ['GP gave me cyclobenzaprine for my neck and I feel sick, is that normal', 'gp'],
    ['the doctor said it is just a muscle spasm', 'doctor'],
    ['my consultant mentioned an injection', 'consultant'],
    ['the doctors prescribed naproxen', 'doctors'],
    ['took my mum to the doctor for her neck and they mentioned a collar', 'doctor'],
    ['went to the GP last week, still sore', 'gp'],
    ['saw the doctor on monday', 'doctor'],
    ['my GP has referred me to physio for my neck', 'gp'],
    ['the doctor sent me home with a collar', 'doctor'],
    ['my GP signed me off work for a week', 'gp'],
  ])('%j: %j only tells the story', (query, word) => {
    expect(readQuery(query).askWords.has(word)).toBe(true);
  });

  it.each([
    ['should I see a doctor'],
    ['when do I need the GP'],
    ['could a doctor give me something stronger'],
    ['should I go to the doctor'],
    // Review 1204f finding 4: a doctor not seen, and a doctor asked about after one seen.
    ["I haven't seen a doctor yet, neck spasm for 10 days, should I see a doctor?"],
    ['havent seen a doctor, is it serious'],
    ['never been to the GP about my neck, do I need to go'],
    ['not been to the doctor yet, stiff neck for 3 weeks, do I need a doctor'],
    ['saw the GP on monday, should I go back to the GP'],
  ])('%j asks about seeing one: the doctor counts', (query) => {
    expect([...readQuery(query).askWords].filter((w) => w === 'doctor' || w === 'gp')).toEqual([]);
  });
});

describe('the readings say only what their comments say', () => {
  it.each([
    ['is heat much better than ice', []],
    ['is ice a lot better than heat', []],
    ['day 2 of icing it', []],
    ['day two and icing it', []],
    ['icing it, day 3000 of this and day 4 now', ['thereafter']],
    // Review 1204f finding 5: a day's place in digits counts; a rhythm ("every third day") does not.
    ['3rd day of neck spasm, still using ice packs', ['thereafter']],
    ['on the 4th day now and still icing', ['thereafter']],
    ['2nd day of icing it', []],
    ['my neck spasm comes back every third day, I use ice on it, how can I stop it returning', []],
    ['every second day I use heat', []],
  ])('%j means without saying it: %j', (query, implied) => {
    expect(readQuery(query).implied.filter((w) => w === 'relief' || w === 'thereafter')).toEqual(implied);
  });

  it.each(['would it be any different if i used heat', 'i had another one last night, ice helps'])('%j asks for no alternatives', (query) => {
    expect(readQuery(query).alternatives).toBe(false);
  });

  it('"what kinds should I get" asks about the same thing as "what kind"', () => {
    expect(readQuery('my pillow makes it worse, what kinds should i get').focus.has('pillow')).toBe(true);
  });

  it('a thing tried in an earlier sentence stays turned from beside "what kind should I get"', () => {
    expect(readQuery('tried ibuprofen, no help. my pillow makes it worse, what kind should i get').tried.has('ibuprofen')).toBe(true);
  });

  it('the item before a list join is the words since the join before it, not the story before that', () => {
    expect([...readQuery('went to the gym yesterday and warm baths and a hot water bottle did zilch').tried].sort()).toEqual(['baths', 'bottle', 'hot', 'warm', 'water']);
  });

  it('"3rd day" says when: it is no word to find', () => {
    expect(readQuery('3rd day of neck spasm, still using ice packs').askWords.has('3rd')).toBe(true);
  });

  it('"fell asleep" does not hide a fall the query tells too', () => {
    expect(readQuery('fell down the stairs then fell asleep').askWords.has('fell')).toBe(false);
  });
});

describe('what was tried, then word that it has not helped', () => {
  it.each([
    ['tried nurofen and a hot water bottle, still cant turn my head after 10 days', ['nurofen', 'hot', 'water', 'bottle'], true],
    ["I've done everything, ice then heat, ibuprofen, rested it. It's not really any better", ['ice', 'heat', 'ibuprofen', 'rested'], true],
    ['took advil, not much better', ['advil'], true],
    ['the cortisone shot wore off after six weeks', ['cortisone', 'shot'], true],
    ['the ice packs have done their bit', ['ice', 'packs'], true],
    ['nothing I do seems to help, I have tried tablets and heat and stretching', ['tablets', 'heat', 'stretching'], true],
    ['tried everything, ice heat pills physio, its been months', ['ice', 'heat', 'pills', 'physio'], true],
    ['Two years of physio, injections and every pill going. The surgeon mentioned fusion', ['physio', 'injections'], true],
    ['my neck muscles still spasm after months of physio', ['physio'], true],
    ['after two weeks of physio my neck is much better', [], false],
    ['how many weeks of physical therapy will I need', [], false],
    ['warm baths and a hot water bottle did zilch', ['warm', 'baths', 'hot', 'water', 'bottle'], true],
    ['the ice on my neck is useless', ['ice', 'neck'], true],
    ['tried to sleep on my back, still stiff', [], false],
    ['took ibuprofen and it feels much better now', [], false],
    ['I still have some ibuprofen I took last year, is it ok', [], false],
  ])('%j turns from %j (failed: %s)', (query, tried, failed) => {
    const read = readQuery(query);
    expect([...read.tried].sort()).toEqual([...tried].sort());
    expect(read.failed).toBe(failed);
  });

  it.each([
    ['tried heat and paracetamol for ten days, still stiff, when do I see someone', true],
    ['tried heat and paracetamol, still stiff', false],
    ['ibuprofen for a week, no better', true],
  ])('%j: self-care that has not helped for a week or more is "persistent": %s', (query, persistent) => {
    expect(readQuery(query).implied.includes('persistent')).toBe(persistent);
  });
});

describe('"made me" asks about a side effect only when nothing else is asked for', () => {
  it.each([
    ['the flexeril made me so groggy, is that normal', true],
    ['muscle relaxants made me too sleepy, is there an alternative', false],
    ['GP gave me cyclobenzaprine and I feel exhausted all day', true],
    ['I took the tablets last night and this morning I feel sick', true],
    ['I feel sick and my neck is stiff', false],
    ['took a couple of ibuprofen and I feel sick', true],
    ['the doctor gave me a muscle relaxant and I feel sick', true],
    // Review 1204f finding 7: a fall, a massage, a rest are no medicine.
    ['took a tumble down the stairs yesterday, neck hurts and I feel dizzy and sick', false],
    ['took a knock at rugby and feel sick', false],
    ['my husband gave me a neck massage and I feel dizzy now', false],
    ['took it easy yesterday and I feel a bit better', false],
  ])('%j asks about safety: %s', (query, safety) => {
    expect(readQuery(query).intents.map((i) => i.name).includes('safety')).toBe(safety);
  });
});

describe('waking up with it is when it is there, not pain that wakes', () => {
  it.each([
    ['neck keeps spasming every morning when I wake up', true],
    ['waking up stiff every day this week', true],
    ['the pain wakes me up at night', false],
    ['waking up in the night with neck pain', false],
    // Review13 finding 4: an hour, every night, a reason, the pain itself: the pain wakes them.
    ['waking up at 3am with neck pain, would heat help?', false],
    ['when I wake up at 3am in agony with my neck', false],
    ['I keep waking up every night because of the neck pain', false],
    ['I wake up with pain in my neck every night', false],
  ])('%j: "wake" only tells when: %s', (query, told) => {
    const read = readQuery(query);
    expect(['wake', 'waking', 'wakes'].some((w) => read.askWords.has(w))).toBe(told);
  });
});

describe('when it began is told, not asked', () => {
  it.each([
    ['can\'t sleep because of my neck. It started 3 days ago.', 'started', true],
    ['my neck spasm began yesterday, heat or ice', 'began', true],
    // What it started to do is the story's turn: the relief physical therapy waits for.
    ['the pain started to ease yesterday, can I stretch now', 'started', false],
    // With no time, "started" may say what began: left as it is.
    ['the spasms started after I changed pillows', 'started', false],
  ])('%j: %j weighs nothing: %s', (query, word, told) => {
    expect(readQuery(query).askWords.has(word)).toBe(told);
  });
});

describe('what the teller says of themselves (tellerWords): only their words, only there', () => {
  const told = (query: string) => [...tellerWords(` ${query} `)].sort();
  it.each([
    // Review13 finding 7: a baby's months and a pregnancy's weeks are no adult's age.
    ['my baby aged 18 months has a stiff neck', '18'],
    ['i m 30 weeks pregnant and my neck is stiff', '30'],
    // Finding 8: "no medication helps" says what failed, not that the teller takes none.
    ['no medication helps my neck spasm', 'medication'],
    ['no meds help my neck spasm what else can i do', 'meds'],
    // Finding 5: a few bad weeks of it is how long it has lasted (a warning sign's "a week").
    ['neck pain for a bad few weeks and not getting better', 'weeks'],
    ['neck pain for a bad week and not getting better', 'week'],
    // Finding 1: a word the query says outside the teller's words weighs what it weighs.
    ['i ve never had this before the pain never lets up would a heat pack help', 'never'],
    ['i feel scared i feel ill and my neck is stiff can i take ibuprofen', 'feel'],
    // Finding 6: "today" and "coming" tell no event of the week.
    ['i have a lump today on my neck', 'today'],
    ['i have a rash coming up on my neck', 'coming'],
    // A return to activity asked about.
    ['when can i get back to normal activities', 'back'],
    // A diagnosis the query also asks about is asked.
    ['my gp says it s just a muscle spasm what helps a muscle spasm', 'spasm'],
  ])('%j: %j is not the teller\'s alone', (query, word) => {
    expect(told(query)).not.toContain(word);
  });

  it.each([
    ['i m 45 and my neck is stiff', ['45']],
    ['no other medication, stiff neck', ['medication', 'other']],
    ['it s been a rough week and my neck is stiff', ['rough', 'week']],
    ['i ve never had this before would heat help', ['before', 'never']],
    ['i have a job interview tomorrow and a stiff neck', ['tomorrow']],
    ['got a wedding on saturday and my neck is stiff', ['saturday']],
    ['hot flannel on my neck my gp says it s just a muscle spasm', ['gp', 'muscle', 'says', 'spasm']],
    ['rather not have surgery what else just want to get back to normal', ['back', 'normal']],
  ])('%j: the teller\'s words %j weigh nothing', (query, words) => {
    for (const w of words) expect(told(query), `"${w}" is not read as the teller's`).toContain(w);
  });
});
