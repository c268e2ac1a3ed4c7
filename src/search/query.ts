// How a query is read before it is searched: its clauses, which words the person has tried and is
// turning away from ("X isn't working", "instead of X", "without X"), and what kind of answer it
// asks for ("how long" wants a duration, "how often" a frequency, "when" a time or a condition).
// English function words only: the topic's words live in data/.

import { STOP_WORDS, UNAPOSTROPHED_NOT } from './stop-words.js';
import { fold, wordPattern } from '../util/text.js';
import { canMatch, compileToMachineCode, matchAllNative, matchNative, native, testIfCan, testNative } from './machine-code.js';

/** What kind of sentence answers a query, and the words that show a sentence is of that kind. */
export interface Intent {
  name: string;
  /** Matched against the query's folded text. */
  ask: RegExp;
  /** Matched against a candidate sentence's folded text. */
  answer: RegExp;
  /** A sentence that says it precisely (a number of days, not "then"): it answers best. */
  precise?: RegExp;
}

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|ten|a few|several|a)';
const UNIT = '(?:minutes?|hours?|days?|weeks?|months?)';

/** "what helps", "which of them helps most", "what kind of pillow helps": asking what may help. */
const WHAT_HELPS = /\b(?:what|which|anything|something) (?:\w+ ){0,4}helps\b/;
/** How soon the relief asked for should come ("how to get rid of a stiff neck fast", "quick fix",
 *  "fastest way to loosen it"): the speed is asked, not told of the pain, as "getting worse fast" is
 *  (a warning sign's words: "Pain that gets worse quickly"). */
const SPEED_ASKED = /\b(?:fix|rid of|loosen|ease|relieve|sort|shift|cure|heal|gone|recover|free|unlock|settle|better)\b(?: \w+){0,3}? (fast|faster|quick|quicker|quickly|asap)\b|\b(fast|faster|quick|quicker|quickest|fastest|speedy|speediest) (?:fix|relief|remedy|cure|way|recovery)\b/g;

/** People whose medicine a person might be offered (the intent 'theirs'). */
const RELATIVES = 'mum|mom|mam|mammy|mother|dad|da|father|wife|husband|hubby|partner|mate|friend|pal|buddy|brother|bro|sister|sis|nan|nana|gran|granny|grandma|grandad|grandpa|flatmate|housemate|roommate|colleague|coworker|neighbour|neighbor|boyfriend|girlfriend|son|daughter|auntie|aunt|uncle|cousin|boss|other half|missus|fiance|fiancee';

/** Someone else's medicine said outright: "someone else's", "borrow", "gave me some of hers", "my
 *  wife has some", "can i have one of hers", "my mum has tramadol, can i have one" (review29), "can i
 *  use my husbands" (its end: "use my husbands car to get there" is no medicine of his), "wants to give
 *  me his leftover tramadol", "her spare co-codamol" (review40). */
const THEIRS_PLAIN = new RegExp(String.raw`\b(?:someone|somebody|anyone|anybody) else(?: s|s)?\b|\bother people s\b|\bborrow(?:ed|ing|s)?\b|\b(?:gave|give|given|giving|offered|offering|offer|lent|lend|passed|handed) (?:me |us )?(?:some|one|a couple|a few|two|2|a|a box|a packet|a strip)(?: of)? (?:his|her|their|them)\b|\b(?:his|her|their) (?:leftover|left over|spare|old) (?:[a-z-]+ )?(?:tablets|pills|prescription|meds|medicine|medication|[a-z]+(?:ol|ine|en|am|ide|one|ate))\b|\b(?:${RELATIVES}) (?:has|had|have|got|gets|keeps) (?:some|a few|a box of|a packet of|loads of|a load of|spare|leftover|left over)\b|\b(?:one|some|a couple|a few|any|two|2) of (?:his|hers|theirs)\b|\b(?:${RELATIVES}) (?:has|takes|is on|uses|got) (?:[a-z-]+ ){1,3}(?:can|could|may|should) (?:i|we) (?:have|take|try|use|borrow)\b|\b(?:have|take|use|try|borrow|nick|pinch) (?:some of |one of |a couple of |a few of )?(?:my|our) (?:${RELATIVES})(?: s|s)(?: (?:ones?|tablets|pills|instead|too|as well|then))? *$`);
/** A person's thing, the apostrophe kept or not ("my dad's tramadol", "mates tramadol"): someone
 *  else's medicine only when the thing is a medicine the query names (snippet.ts; not "my daughter's
 *  netball team"). The thing's word is the first group. */
const POSSESSED = new RegExp(String.raw`\b(?:${RELATIVES})(?: s|s) (?:old |spare |leftover |left over |prescription |prescribed )?([a-z][a-z-]*)`);

const POSSESSED_ALL = new RegExp(POSSESSED.source, 'g');
const RELATIVE_WORDS = new Set(RELATIVES.split('|'));

/** Whether a folded, padded text asks about someone else's medicine (the intent 'theirs'; its own
 *  pattern matches nothing). Its patterns run only on a text with a word they need: compiled for
 *  every query, they cost some millions of instructions. */
function theirsAsked(text: string): boolean {
  const relative = text.split(' ').some((w) => RELATIVE_WORDS.has(w) || (w.endsWith('s') && RELATIVE_WORDS.has(w.slice(0, -1))));
  if (relative && mayMatch(POSSESSED, text) && POSSESSED.test(text)) return true;
  const plain = relative || THEIRS_PLAIN_NEEDS.some((w) => text.includes(w));
  return plain && mayMatch(THEIRS_PLAIN, text) && THEIRS_PLAIN.test(text);
}
/** A note saying a medicine is only for the person it was prescribed for. */
const FOR_ITS_PATIENT = /\bprescribed for (?:someone|the person|its patient)|\bsomeone else|\bpass it on\b/;
const THEIRS_PLAIN_NEEDS = [' else', ' other people', ' borrow', ' lent ', ' lend', ' his ', ' her ', ' their ', ' them ', ' hers ', ' theirs '];

/** Asking to take more of a medicine than the dose: "can i take more", "an extra tramadol", "double
 *  up", "up the dose", "2 instead of 1" (the intent 'amount' asks it too: a limit answers). Each
 *  pattern with a word every match of it holds: it is compiled only for a text that has the word
 *  (one pattern of them all cost every query some millions of instructions to compile). */
const MORE_OF_IT: readonly (readonly [string, RegExp])[] = [
  [' more', /\b(?:take|taking|have|use|pop|give (?:him|her|them)) (?:a bit |a little |any |some )?more\b(?! (?:often|than|time|days?|weeks?|rest|heat|ice|exercise|exercises|stretch|stretches|stretching|physio|sleep|care|breaks?|naps?|walks?|notice)\b)/],
  [' extra', /\b(?:an|one) extra\b(?! (?:pillow|hour|day|week|night|blanket|minutes?|hours?|days?|weeks?|session)\b)/],
  [' double', /\bdouble (?:up|dose|the dose|dosing)\b/],
  [' dos', /\b(?:up|upped|upping|increase|increased|increasing|raise|raised|raising|bump up|bumped up) (?:the |my |his |her )?(?:dose|dosage)\b/],
  [' instead of', /\b(?:two|2|three|3) (?:[a-z]+ )?instead of (?:one|1|two|2)\b/],
  [' take a', /\btake (?:another|a second) (?:one|tablet|pill|capsule|dose)\b/],
];
/** Words before asking for more that say it is not wanted: "don't want to double up". */
const NOT_MORE = new Set(['t', 'not', 'never', 'avoid', 'avoiding', 'without']);
const MORE_SKIP = new Set(['want', 'to', 'wanna', 'trying', 'going']);

/** What of a folded, padded text asks for more of a medicine (MORE_OF_IT), if anything. */
function moreAsked(text: string): string | undefined {
  for (const [need, pattern] of MORE_OF_IT) {
    if (!text.includes(need)) continue;
    const m = pattern.exec(text);
    if (!m) continue;
    const before = text.slice(0, m.index).trim().split(' ');
    let k = before.length - 1;
    while (k >= 0 && MORE_SKIP.has(before[k])) k--;
    if (k >= 0 && NOT_MORE.has(before[k])) continue;
    return m[0];
  }
  return undefined;
}
/** Whether a folded, padded text asks for more of a medicine. */
export function asksMore(text: string): boolean {
  return moreAsked(text) !== undefined;
}
/** Whether a folded, padded text asks whether an amount is too much (the intent 'amount'). */
function asksIfTooMuch(text: string): boolean {
  return TOO_MUCH_NEEDS.some((w) => text.includes(w)) && TOO_MUCH.test(text);
}
const TOO_MUCH_NEEDS = [' too much', ' too many', ' the most ', ' at once', ' is that ok', ' is that okay', ' is that safe', ' is that alright', ' over the limit', ' over the max'];
const TOO_MUCH = /\b(?:too (?:much|many)|over the (?:limit|max|maximum))\b|\bthe most (?:\w+ ){0,2}(?:i|you|we) (?:can|could|should) (?:take|have)\b|\b(?:take|have|taking|took|taken) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:\w+ )?at once\b|\b(?:took|taken|had|have taken|ve taken|ve had|been taking) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty) (?:\w+ ){1,6}?(?:is that|is this) (?:ok|okay|safe|alright|all right)\b/;
/** Too much of a medicine taken, told in other words than "by accident": "i think i took too much
 *  paracetamol", "took a whole packet of panadol", "overdosed on tylenol", "took 10 paracetamol
 *  today" (more tablets than the 8 a day the NHS names), or asked of ("what happens if I take too
 *  much paracetamol"); not "had too much to drink" (review39: the
 *  daily limit or a children's dose had answered). A plain test first: as part of the 'mistake'
 *  intent's own pattern, its words (" had", " too", digits) compiled it for nearly every query,
 *  20 M instructions a search. */
function tookTooMuch(text: string): boolean {
  return TOOK_TOO_MUCH_NEEDS.some((w) => text.includes(w)) && (TOOK_TOO_MUCH.test(text) || MEDICINE_DRUNK.test(text));
}
/** A medicine as what was drunk or swallowed whole: "drank half a bottle of calpol", "swallowed the
 *  medicine" (search.ts reads its drinking word as no alcohol then). */
export const MEDICINE_DRUNK = /\b(?:drank|drunk|swallowed|guzzled|downed) (?:some |half |all |most |a lot |loads )?(?:of )?(?:a |the |my |his |her |their |our |your )?(?:whole )?(?:bottle of |bottles of |bottle of the )?(?:calpol|medicine|paracetamol|ibuprofen|nurofen|calprofen)\b/;
const TOOK_TOO_MUCH_NEEDS = [' too much', ' too many', 'overdos', ' od d ', ' calpol', ' medicine', ' whole pa', ' whole bo', ' whole st', ' double dosing', ' doubled up on', ' paracetamol', ' panadol', ' tylenol', ' co codamol', ' cocodamol', ' tablets', ' pills', ' got into', ' more than the', ' drank', ' drunk', ' guzzled', ' downed', ' swallowed'];
const TOOK_TOO_MUCH = /\b(?:double dosing|doubled up on|overdos(?:e|ed|ing)|(?:took|taken|had|swallowed|if (?:i|you|u|someone|somebody|he|she|they|we) (?:accidentally |accidently |by mistake )?(?:take|takes|took|have|has)) (?:way |far )?too (?:much|many)(?! (?:to drink|drink|alcohol|wine|beer|booze|sun|coffee|caffeine)\b)|(?:took|taken|had|swallowed|ate) (?:a |the )?whole (?:packet|pack|box|bottle|strip)|\bod d (?:on|with)\b|swallowed (?:some|a few|a lot|lots|loads|a load|all|half|one|two|three|several) of (?:my|his|her|their|the|your|our|mum s|dad s|nan s) |got into (?:my|the|his|her|their|our|your) (?:tablets|pills|medicine|medicines|paracetamol|calpol|ibuprofen|nurofen|advil|motrin|painkillers)\b|(?:took|taken|had|swallowed|ate|eaten|gave|given|drank|drunk)\b(?: \w+){0,6}? (?:way |far |much )?more than the (?:dose|recommended dose|max dose|maximum dose|maximum)\b|(?:took|taken|had|swallowed) (?:about |around |like |over |nearly |almost |maybe |at least )?(?:9|[1-9]\d|[1-9]\d\d|nine|ten|eleven|twelve|fifteen|sixteen|twenty|thirty|forty|fifty)(?! ?(?:mg|ml|g|mgs)\b) (?:\w+ ){0,2}?(?:paracetamol|paracetamols|panadol|panadols|tylenol|tylenols|co codamol|cocodamol|tablets|pills|caps|capsules)\b(?! (?:\w+ ){0,2}(?:week|weeks|weekend|month|months|fortnight)\b)(?! (?:over|in|across) (?:\w+ ){0,2}days\b))\b/;

/** Double vision told: "double vision", "seeing double", "see double". */
const DOUBLE_SIGN = /\bdouble vision\b|\bsee(?:ing)? double\b/;
/** The words of MORE_OF_IT that only ask. */
const MORE_WORDS = new Set(['take', 'have', 'use', 'pop', 'more', 'extra', 'double', 'up', 'upped', 'upping', 'dose', 'dosage', 'dosing', 'increase', 'increased', 'increasing', 'raise', 'raised', 'raising', 'bump', 'bumped', 'instead', 'another', 'second', 'two', 'three', 'one', '1', '2', '3']);

export const INTENTS: Intent[] = [
  { name: 'duration', ask: /\bhow (?:long|many (?:days|hours|minutes|weeks)|much longer)(?: (?:max|maximum|tops|at most))?\b|\bfor how long\b|\bhow much(?= (?:rest|bed rest|time off|time)\b)|\b(?:can|should|could|is it ok to|is it safe to) (?:i |we )?(?:just |still )?(?:keep going|carry on|keep taking (?:it|them)|continue (?:taking|with) (?:it|them)|stay on (?:it|them))(?: (?:for )?(?:a bit |a little |any )?longer)? $/, answer: new RegExp(`\\b${NUMBER} (?:to \\d+ )?${UNIT}\\b|\\b(?:a day or two|short-term|brief)\\b`), precise: new RegExp(`\\b(?:for|after) ${NUMBER} (?:to \\d+ )?${UNIT}\\b|\\b(?:at most|up to|no more than|not more than) ${NUMBER} (?:(?:to|or) \\w+ )?${UNIT}\\b|\\b${NUMBER} ${UNIT} at a time\\b|\\ba day or two\\b`) },
  { name: 'frequency', ask: /\bhow (?:often|many times|frequently)\b|\btimes a day\b|\bper day\b/, answer: /\bevery \w+|\btimes per\b|\bseveral times\b|\bat a time\b/, precise: /\bevery (?:hour|day|\d+)|\btimes per\b/ },
  { name: 'time', ask: /\bwhen\b|\bhow soon\b|\bat what (?:point|stage)\b|\bstart\b|\bswitch\b|\bchange (?:to|over)\b|\bor \w+(?: \w+){0,3} first\b|\bwhich (?:one )?first\b/, answer: /\b(?:after|during|first|until|thereafter|once|before|then|if|while|in severe cases)\b/, precise: new RegExp(`\\b(?:after|during|first|until|within|for) (?:the )?(?:first )?${NUMBER} ${UNIT}|\\bafter you\\b|\\bfor a day or two\\b`) },
  { name: 'next', ask: /\bwhat next\b|\bwhat now\b|\bnext\b(?! (?:week|weekend|month|year|day|time|morning|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|appointment|session|season))|\bswitch\b|\bchange (?:to|over)\b|\bmove on\b/, answer: /\b(?:thereafter|then|after you)\b/ },
  { name: 'cause', ask: /\bwhy\b|\bcauses?\b|\bcausing\b|\bwhat (?:made|makes)\b|\breasons?\b/, answer: /\b(?:reasons|occur|result from|cause)\b/ },
  { name: 'contents', ask: /\binvolve|\binclude|\bentail|\bwhat (?:actually |really |exactly )?happens\b(?! (?:if|when|after) )|\bwhat (?:is|are|does|would|will|might|do)\b.*\b(?:do|does|involve|mean)\b|\bwhat (?:sort|kind|type)s? of\b/, answer: /\b(?:include|including|such as|involves)\b/, precise: /\b(?:include|including|such as|involves)\b/ },
  { name: 'safety', ask: /\bsafe\b|\bsafely\b|\bdangerous\b|\brisks?\b|\bharm(?:s|ful)?\b|\bwatch out\b|\bok\b|\bokay\b/, answer: /\b(?:side effects|avoid|especially|taking care)\b/ },
  { name: 'who', ask: /\bwho (?:should|shouldn ?t|can|can ?t|cannot|must|mustn ?t|is|are|gets?)\b|\bwhich people\b/, answer: /\b(?:patients|people|individuals|adults|elderly|children)\b/ },
  // "how much paracetamol a day", "max dose of ibuprofen", "how many can I take": the amount a drug's
  // limit gives in milligrams (trial22 finding 4: its note's "4,000 mg … in 24 hours" was cut off).
  { name: 'amount', ask: /\bhow (?:much|many)\b(?! (?:longer|more|days?|hours?|minutes?|weeks?|months?|times?|time|rest|bed rest|sleep|heat|ice|weight|does|do|is|are|will|would)\b)|\bmax(?:imum)?\b|(?<!\blow )\bdos(?:e|es|age|ages)\b|\b(?:take|have) (?:some |any |a bit |a little )?(?:more|extra)\b(?! (?:time|rest|breaks?|care|exercise|days?|walks?|naps?|notice|of a|than|strength|pain|pains|stiffness|side|trouble|problems?|aches?|spasms?)\b)/, answer: /\b\d[\d,]* ?mg\b/, precise: /\b\d[\d,]* ?mg\b[^.;]*\b(?:in|a|per|each) (?:24 hours|day)\b/ },
  // "can I get naprosyn without a prescription", "will the chemist sell me co-codamol", "is
  // diclofenac prescription only": how a medicine is sold, which its facts say ("over the counter",
  // "by prescription", "in pharmacies"). Its words stay the query's (not in ASKING): they name what
  // the article says too ("may prescribe", "Over-the-counter analgesics").
  { name: 'supply', ask: /\b(?:refills?|repeat (?:prescriptions?|scripts?)|without (?:a |any )?(?:prescription|script|scrip)|prescription only|(?:need|needs|require|requires) (?:a |an )?(?:prescription|script)|(?:buy|get|sell|sold|pick up) (?:\w+ ){0,4}?(?:over the counter|otc|(?:at|from|in) (?:the |a |any )?(?:chemist|chemists|pharmacy|pharmacies|pharmacist|supermarket|boots|drugstore|walgreens|cvs))|(?:chemist|chemists|pharmacy|pharmacist|supermarket|boots) (?:\w+ ){0,2}?(?:sell|sells|stock|stocks))\b|\b(?:is|are) (?!there )(?:\w+ ){1,4}?(?:available )?(?:over the counter|otc|prescription only|on prescription)(?: or (?:not|prescription(?: only)?|otc|over the counter))?(?: (?:in|here in|over here in) (?:the )?\w+| anywhere| here| or do (?:i|you) need (?:a |an )?\w+)? ?$/, answer: /\b(?:over the counter|by prescription|without (?:a |one)|in pharmacies|from pharmacies|only with a doctor|prescription only|sold|pharmacies)\b/, precise: /\b(?:over the counter|by prescription|without a prescription|in pharmacies|from pharmacies|only with a doctor|prescription only)\b/ },
  // "is depo-medrone the same as depo-medrol", "is paracetamol the same thing as acetaminophen": what
  // a medicine is, which its names' facts say ("Depo-Medrone: … the UK name of Depo-Medrol").
  { name: 'identity', ask: /\bthe same (?:thing|stuff|drug|medicine|medication|tablets?|pills?|as)\b|\bsame thing\b|\ba different (?:drug|medicine|thing)\b/, answer: /\b(?:the same (?:medicine|drug|thing)|(?:its|the) (?:\w+ )?name|another name|generic|a brand of)\b/ },
  // "what's in anadin extra", "does norco have tylenol in it", "is there paracetamol in them": what a
  // medicine holds (not "my neck has had a spasm in it", review26), which its facts and notes say ("… aspirin, paracetamol and caffeine", "Each of
  // these also contains acetaminophen").
  { name: 'ingredients', ask: /\bwhat(?:s| s| is| are) in (?:it|them|this|that|\w+(?: \w+)?)\s*$|\bwhat(?: exactly| actually| really)?(?:s| s| is| are) in (?:it|them)\b|\bingredients?\b|\b(?:have|has|got) (?!(?:\w+ ){0,2}(?:spasms?|pain|numbness|swelling|pins|tingling|stiffness|aches?|weakness|cramps?|knots?)\b)(?:\w+ ){1,3}in (?:it|them)\b|\bis there (?!(?:\w+ ){0,2}(?:spasms?|pain|numbness|swelling|pins|tingling|stiffness|aches?|weakness|cramps?|knots?)\b)(?:\w+ ){1,3}in (?:it|them|this|that|these|those)\b|\bwhat (?:does|do) (?:\w+ ){1,3}contain\b|\bdifferent in (?:it|them)\b|\bwhat it contains\b/, answer: /\b\d+(?:\.\d+)? ?(?:mg|%)|\bcontains?\b|\bholds?\b|\bthis mix\b|\balso in\b/ },
  // "can i have some of my dad's tramadol", "mate offered me one of his valium", "can i borrow my mum's
  // muscle relaxants": a medicine that is someone else's, which the prescription medicines' notes
  // answer ("only for the person it was prescribed for, so never take someone else's"). It weighs
  // only with a drug named (snippet.ts): "my mate's advice" names none.
  // (Its own pattern matches nothing: INTENT_RULES.theirs reads it, theirsAsked.)
  { name: 'theirs', ask: /(?!)/, answer: FOR_ITS_PATIENT, precise: FOR_ITS_PATIENT },
  // "took lemsip and paracetamol by accident", "accidentally took two doses": what to do after too
  // much by mistake, which a drug's note on taking too much by accident says (review29: the note on
  // counting every product had answered, as for taking two together on purpose).
  { name: 'mistake', ask: /\b(?:by (?:accident|mistake)|accidentally|accidently|mistakenly|double dosed|doubled up by)\b/, answer: /\bby accident\b/, precise: /\bby accident\b/ },
  { name: 'help', ask: new RegExp(String.raw`\bwould .* help\b|\bdoes .* help\b|\bcan .* help\b|\bwill .* help\b|\bis .* good\b|\bbetter\b|${WHAT_HELPS.source}`), answer: /\bmay (?:help|relieve|provide)\b|\brelief\b/ },
];

/** What the intents' own rules read of a query: its folded text, its clauses, and whether it asks
 *  for other options. */
interface AskedText {
  text: string;
  clauses: string[][];
  alternatives: boolean;
}

/** Beyond an intent's `ask` pattern: another way a query asks for it (`also`), a match of the
 *  pattern that asks nothing (`unless`), and the text the pattern is tried on (`askedOf`). */
interface IntentRule {
  also?: (q: AskedText) => boolean;
  unless?: (q: AskedText) => boolean;
  askedOf?: (q: AskedText) => string;
}

/** "how long" asked of how soon a medicine works, how long it stays in the body or between doses. */
const NOT_A_TREATMENT_TIME = /\bhow long (?:\w+ ){0,4}(?:take to (?:work|kick in|start working)|to kick in|kick in|stay in (?:your |my |the )?(?:system|body|blood)|wear off|last in)|\bhow long (?:should i |do i |must i |to )?(?:wait|leave|go) between\b/;
const INTENT_RULES: Partial<Record<string, IntentRule>> = {
  // "how long does it take to work", "how long does it stay in your system", "how long between doses":
  // how soon, how long in the body, how far apart, none of which the corpus gives; not how long to
  // keep it up (review23: "how long does soma stay in your system" had shown "up to two or three weeks").
  duration: { unless: ({ text }) => NOT_A_TREATMENT_TIME.test(text) },
  // An amount asked with a time ("how many hours between paracetamol doses", "how often can I take a
  // dose") asks the time; "per day" is the amount's own ("max paracetamol per day").
  // Asking for more of it asks the amount ("can i take an extra tramadol", "double up"), not beside
  // another ("can i take more tylenol as well": taking both); so does asking whether an amount taken
  // or meant is too much ("is 800mg ibuprofen too much", "i took 10 paracetamol today is that ok",
  // "can i take 3 ibuprofen at once", "the most tylenol i can take": review27 b1, b2, b15; they had
  // shown the article's "may relieve" or "Adults can take paracetamol and ibuprofen at the same time").
  amount: { unless: ({ text }) => !asksMore(text) && (HOW_OFTEN.test(text) || INTENTS.find((i) => i.name === 'duration')!.ask.test(text)), also: ({ text }) => (asksMore(text) && !TOGETHER_SAID.test(text)) || (asksIfTooMuch(text) && !text.includes(' both ')) },
  // Someone else's medicine (theirsAsked).
  theirs: { also: ({ text }) => theirsAsked(text) },
  // Too much taken, told in other words than "by accident" (tookTooMuch).
  mistake: { also: ({ text }) => tookTooMuch(text) },
  // "times a day" asks only when not told of what someone is doing ("taking ibuprofen 3 times a day").
  frequency: { unless: ({ text, clauses }) => !HOW_OFTEN.test(text) && toldHowOften(text, clauses) },
  // "should I hold off"; "when" asks for a time as a question ("when should I", a query that starts
  // with it), not in "it hurts when I move".
  // "when is it an emergency", "when to ring 999": which signs, not a time (the emergency's list).
  time: {
    unless: ({ text }) => EMERGENCY_NEEDS.some((w) => text.includes(w)) && EMERGENCY_WHEN.test(text),
    also: ({ text }) => WAIT_ASKS.some((w) => text.includes(w)),
    askedOf: ({ text }) => (text.startsWith(' when ') || WHEN_ASKS.some((w) => text.includes(w)) || !text.includes(' when ') ? text : text.split(' when ').join(' ')),
  },
  // "… Please help, it's driving me mad": a plea for help asks nothing of what helps (its "help"
  // met "would they … help" across the sentences).
  help: { askedOf: ({ text }) => (PLEA_NEEDS.some((w) => text.includes(w)) && PLEA.test(text) ? text.replace(PLEA_ALL, ' ') : text) },
  // "what else would a physio try", "what do physios use".
  // Not "what do I do", "what would you do": asking what to do, not what something involves.
  contents: {
    also: ({ text }) => (text.includes(' physio') || text.includes('therapist')) && native(WHAT_THEY_DO).test(text),
    unless: ({ text }) => WHAT_DO_I_DO.test(text) && !CONTENTS_WORDS.test(text),
  },
  // "after taking", "makes me", "made me" (unless something else is asked for), "been taking
  // tramadol and I feel sick".
  safety: { also: ({ text, alternatives }) => SIDE_EFFECT_ASKS.some((w) => text.includes(w)) || (!alternatives && SIDE_EFFECT_MADE.some((w) => text.includes(w))) || (text.includes(' feel') && TAKING_FEELS.test(text)) },
};

/** "what do I do", "what should we do now", "what would you do": asking what to do. */
const WHAT_DO_I_DO = /\bwhat (?:do|does|would|will|might|should|can|could|shall) (?:i|we|you) (?:\w+ )?do\b/;
/** Words that ask what something involves, whatever else the query asks. */
const CONTENTS_WORDS = /\binvolve|\binclude|\bentail|\bmean\b|\bhappens\b|\b(?:sort|kind|type)s? of\b/;
/** "when … an emergency", "when to ring 999", "when should I go to A&E": asking which signs make
 *  an emergency. */
const EMERGENCY_WHEN = /\bwhen\b(?: \w+){0,6} (?:an? )?(?:emergency|a e|a and e|999|911|112|ambulance)\b/;
const EMERGENCY_NEEDS = [' emergency', ' a e ', ' a and e', ' 999', ' 911', ' 112', ' ambulance'];
/** Intents whose words only ask ("how long", "when", "switch") and are not searched for. */
const ASKING = new Set(['duration', 'frequency', 'time', 'next', 'amount']);

/** "cold packs done", "the ice is finished", "done with the ice", "moved on from ice", "stopped icing
 *  after 48 hours": a step the
 *  person has finished, not one that failed; they are past it. ("past the" is not among them: "walked
 *  past the gym", "past the worst of it".) */
const DONE_WORDS = ['done', 'finished', 'over with'];
const DONE_WITH = ['done with', 'finished with', 'moved on from', 'moving on from', 'switched from', 'switching from', 'changed from', 'changing from', 'stopped'];
/** "swapping the ice for heat", "swapped my ice packs for a hot water bottle", "replaced the ice with
 *  heat": the second thing is the step the person asks about (finishedSteps). */
const SWAP_VERBS = ['swap', 'swapping', 'swapped', 'swop', 'swopping', 'swopped', 'trade', 'trading', 'traded', 'exchange', 'exchanging', 'exchanged'];
const REPLACE_VERBS = ['replace', 'replacing', 'replaced'];
const SWAPPED_FOR = new RegExp(`\\b(?:(?:${SWAP_VERBS.join('|')})(?: out)? ((?:\\w+ ){1,4}?)for|(?:${REPLACE_VERBS.join('|')}) ((?:\\w+ ){1,4}?)with) ((?:\\w+ ){1,4})`, 'g');
/** "stopped" is followed by the step as a verb ("stopped icing", "stopped resting it"), not by a
 *  medicine ("stopped the cyclobenzaprine", which turns from it: BEFORE_TRIED_MORE), nor by what
 *  stopped ("it stopped working", "the spasms stopped hurting"), nor "taking" or "using" (also
 *  BEFORE_TRIED_MORE's). */
const STOPPED_NOT = new Set(['working', 'helping', 'hurting', 'aching', 'spasming', 'feeling', 'being', 'breathing', 'moving', 'turning', 'sleeping', 'eating', 'taking', 'using', 'doing', 'going', 'getting', 'having', 'making', 'talking', 'looking', 'thinking', 'trying']);
const DONE_AFTER = new RegExp(`\\s+(?:(?:is|are|s) )?(?:${DONE_WORDS.join('|')})\\s*$`);
const DONE_BEFORE = new RegExp(`\\b(?:${DONE_WITH.join('|')})\\s+`, 'g');
/** Before DONE_AFTER, a passive or a thing had done by someone ("what exercises should be done",
 *  "had an MRI done", "got the scan done"): no step the person has finished. */
const DONE_BY_OTHERS = new Set(['be', 'been', 'being', 'get', 'gets', 'got', 'getting', 'have', 'has', 'had', 'having']);
/** A clause that opens with these asks ("how is a spinal fusion done", "is the ice done"). */
const QUESTION_OPENS = new Set(['how', 'what', 'which', 'when', 'where', 'why', 'who', 'should', 'can', 'could', 'will', 'would', 'must', 'shall', 'is', 'are', 'does', 'do', 'did']);
/** "ice to heat", "and on to heat now": the step named as the next one, after a finished one. */
const NEXT_STEP = /^(?:and )?(?:now )?(?:on )?(?:to|onto) ((?:\w+ ){1,4})/;
/** Words after a list join that start a clause of its own instead of an item ("switched from the
 *  night shift and my neck is stiff"). */
const CLAUSE_AFTER_JOIN = new Set(['my', 'i', 'it', 'its', 'me', 'his', 'her', 'their', 'our', 'your', 'we', 'she', 'he', 'they', 'now']);

/** "done with work for the day", "done with the ice for today": done for a while, not finished. */
const FOR_NOW = /^for (?:the day|today|tonight|the night|now|the moment|the week|the weekend)\b/;
/** Words that say when, after the next step's name ("switched from ice to heat yesterday"). */
const WHEN_WORDS = new Set(['yesterday', 'today', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'last', 'this', 'week', 'weekend']);

/** Words one of which DONE_AFTER or DONE_BEFORE needs (a plain test: mayMatch would let their
 *  "is" and "s" run them for nearly every query). */
const DONE_NEEDS = [...DONE_WORDS, ...DONE_WITH, ...SWAP_VERBS, ...REPLACE_VERBS].map((w) => ` ${w}`);

/** "nothing, not X, Y or Z, has made a difference", "none of X or Y have helped": the list between
 *  (group 2), its opening (1) and closing (3) words. The list is of things, in one sentence: no
 *  sentence's end ("|", see sentenceText) and no verb of its own ("none of my family are doctors,
 *  ibuprofen has helped" lists nothing). */
const NOTHING_OF = /\b(nothing (?:at all )?(?:not even |not |including |even )|none of (?:the |my )?)((?:(?!(?:has|have|s|ve|had|is|are|was|were|\|) )\w+ ){1,10}?)((?:has|have|s|ve|had|is|are) (?:made|helped|worked|done|touched|shifted|fixed|cured|sorted|eased))\b/;

/** "taking ibuprofen 3 times a day": how often told of what someone does, which asks nothing (in a
 *  clause that opens with no question: see toldHowOften). */
const DOING_OFTEN = /\b(?:taking|taken|took|using|used|doing|done|had|having|been|applying|applied|popping)(?: \w+){0,4} \w+ (?:times a day|per day)\b/;
const HOW_OFTEN = /\bhow (?:often|many times|frequently)\b/;

/** "what else", "anything else", "other options": the person wants the alternatives. */
const ALTERNATIVE = /\b(?:else|alternatives?|other (?:options|ways|things|treatments|ideas|medicines|medications|painkillers|tablets|pills|drugs|remedies)|instead|(?:is there|are there) (?:a |any )?different|a different (?:one|kind|type|sort|brand)|another (?:kind|type|sort|brand|option))\b/;
const ALTERNATIVES_ALL = new RegExp(ALTERNATIVE.source, 'g');

/** "what should I be doing for it", "what can I do", "how do I ease it": asking for what to do. */
const TREATMENT = /\bwhat (?:should|can|could|do|must|shall) (?:i|we) (?:be )?(?:do|doing|try)\b|\bwhat to (?:do|try)\b|\bwhat (?:helps|will help|would help|can help)\b|\bhow (?:do|can|should|will|would) (?:i|we) (?:treat|ease|fix|get rid of|sort|cope|manage|deal with|get through|handle|live with)\b/;

/** After "can't get": breath, which the body cannot get, not a thing turned from. It had
 *  been, and the warning sign lost (review43). Tested here, after a match, not as a lookahead in
 *  BEFORE_TRIED: the lookahead made every search's start 19.7 M instructions dearer (`search
 *  ibuprofen` 570.9 -> 590.6 M, exact), V8 compiling the larger pattern. Other things the body
 *  cannot do ("can't get comfortable", "can't get out of bed") were measured read alike: a main
 *  story lost its pillow and one more off-topic query was answered. */
const BREATH_GOT = /^(?:(?:my|a|any|enough|some|proper|his|her|their|your) )?breath\b/;

/** Words after these, in the same clause, name what the person has tried or wants to avoid. A plain
 *  "no" does not: "no physio on the NHS for months" wants what physio would do. Nor does "can't
 *  get" of breath (readQuery, BREATH_GOT; not of air: "can't get enough air", air turned from, still
 *  finds the warning signs' summary, and found nothing once air was counted; review45). */
const BEFORE_TRIED = /\b(?:no more|ran out of|run out of|without|(?:instead of|other than|rather than)(?! (?:skip|skipping|give up|giving up|stop|stopping|miss|missing|cut out|cutting out|quit|quitting|go without|going without|forgo|forgoing|lose|losing|drop|dropping)\b)|apart from|besides|anything but|(?:not|more than|better than|than) just(?: (?:taking|using))?|rather not(?: (?:take|use|have|do|go on|be on|start|try|rely on|depend on))?|(?:don t|do not) want(?: to)?(?: (?:take|use|have|do|wear|be on|go on|start|try|keep taking|keep using|(?:keep |be )?(?:relying|rely|depending|depend) on|be (?:reliant|dependent) on))?|(?:don t|do not) like(?: (?:taking|using|to take|to use))?|not keen on(?: (?:taking|using))?|(?:i m|im|i am) not (?:after|looking for|interested in)(?: (?:taking|using))?|hate (?:taking|using|the feeling of)|(?:doesn t|does not|don t|do not) involve|not involving|avoid|(?:sick|tired) of(?: (?:taking|using|popping))?|fed up (?:with|of)(?: (?:taking|using|popping))?|can t stand(?! (?:the |any )?(?:bright )?(?:light|lights|sunlight|daylight)\b)(?: (?:taking|using))?|(?:gave|given|giving) up on|ditched|allergic to|wary of|(?:can t|cannot|can not|shouldn t|not allowed to) (?:take|have|use|get|afford))\s+/g;
/** Most words of a clause "no X" that turns from X (readQuery). */
const NO_THING_WORDS = 4;
/** What "no" opens a clause with that is no thing turned from ("so no wonder", "no idea", "no joy"). */
const NOT_TURNED_FROM = new Set(['wonder', 'idea', 'clue', 'need', 'way', 'longer', 'matter', 'doubt', 'point', 'chance', 'change', 'difference', 'improvement', 'better', 'worse', 'one', 'sign', 'signs', 'injury', 'fall', 'accident', 'problem', 'problems', 'issue', 'issues', 'relief', 'sleep', 'help', 'luck', 'joy', 'more', 'real', 'history', 'other', 'obvious', 'reason', 'known', 'previous', 'recent']);
/** Last words of a clause that names a condition the person has, a reason to turn from a medicine
 *  named in the next clause ("kidney problems, no nsaids"). */
const REASON_ENDS = new Set(['problem', 'problems', 'issue', 'issues', 'trouble', 'condition', 'disease', 'failure', 'ulcer', 'ulcers', 'asthma', 'pregnant', 'breastfeeding', 'allergy', 'allergies']);
/** Rarer ways of turning from a thing, a pattern of their own so that it is compiled only for a query
 *  that may say one (BEFORE_TRIED_MORE_NEEDS): "not allowed NSAIDs", "told me not to take ibuprofen",
 *  "not a fan of pills", "steer clear of codeine", "prefer not to take tablets", "had to stop the
 *  naproxen", "stopped taking my tramadol" (with "the", "my" … after it: not "the pain stopped";
 *  not "came off", a fall from a bike, nor a bare "stopped the exercises because they hurt", which
 *  asks about stopping). */
const BEFORE_TRIED_MORE = /\b(?:(?:(?:told|said|advised) (?:me |him |her |us )?not to|(?:not|never) (?:supposed|meant) to|mustn t|must not|prefer not to) (?:take|have|use|get)|not allowed(?! to\b)|not (?:a (?:big |huge )?fan of|big on)|steer(?:ing)? clear of|(?:don t|do not) (?:really )?fancy(?: (?:taking|using|having|doing))?|(?:can t|cannot|couldn t) face(?: (?:another|more|any more|taking|having|the))?|(?<!\bto |\bi |\bcan |\bshould |\brather than |\binstead of )(?:skip|skipping)(?: the)?|(?:(?:had|have|told|was told|been told) to stop(?: (?:taking|using))?|stopped (?:taking|using))(?= (?:the|my|his|her|all|those|these) ))\s+/g;
/** "stay away from X", "keep away from X", "(say) no to X": turning from X only when the query asks
 *  for something else ("I want to stay away from opioids, what's the best over the counter option",
 *  "no to opioids, what can I use") and the clause is no question of whether to ("should I stay away
 *  from alcohol with tramadol" asks about alcohol with it, and the notes on it answer: review41), nor
 *  someone else's "no" ("doctor said no to a neck brace"). Alone they say too little: "stay away from
 *  heat in the first two days", "no to bed rest", "keep away from children" (review41). */
const AVOIDING = /\b(?:(?:stay|staying|keep|keeping) away from|(?<!\byes or |\bor |\bsaid |\bsays |\btold )(?:say )?no to)\s+/g;
const OTHER_ASKED = /\b(?:what|which|anything|something|instead|else|other|alternatives?|options?)\b/;
/** A question tag that asks to have a belief checked: "…, right?", "is that correct". */
const CHECK_TAG = / (?:right|correct|is that right|is that true|yeah|no)\s*$/;
const ASKS_WHETHER = /^ (?:should|shall|do|does|must|can|could|would|is|are|will) /;
const BEFORE_TRIED_MORE_NEEDS = [' allowed ', ' not to ', ' supposed to ', ' meant to ', ' mustn t ', ' must not ', ' fan of ', ' big on ', ' clear of ', ' fancy ', ' face ', ' skip', ' stop'];
/** Where or from whom a thing asked about is given ("ultrasound at the physio"), after it. */
const WHERE_GIVEN = / (?:at|from|by|in|on|under|over) /;
/** "would massage help", "could an operation help", "does a pillow work": the words between. */
const ASKED_ABOUT = /\b(?:would|could|does|do|can|will|might)\s+((?:\w+\s+){1,4}?)(?:(?:from|off) (?:the |a |my |your )?(?:gp|doctor|doc|pharmacist|chemist|physio|dentist)\s+)?(?:help|work|be better|be good|fix|cure|do the job|do the trick|do the same(?: job| thing)?|be enough|do(?= $| instead | for now | as well | the same | for it | for this | for that ))\b/g;

/** "is surgery next", "will I need an operation", "end up needing surgery", "is there an operation
 *  for it", "is surgery ever done for it", "is a massage worth trying": the thing asked about
 *  (the question is whether it comes to that). */
const ASKED_IF = /\b(?:is|are) (?:a |an |the )?(\w+) (?:next|the next (?:step|thing|option)|the answer|an option|an? (?:good |better |decent )?alternative|on the table|on the cards)\b|\b(?:need|needs|needing|end up (?:needing|having|with)|have to have) (?:a |an |the |some )?(\w+)|\bis there (?:a |an |any )(\w+) for\b|\b(?:would|could|will|might|should) (?:a |an |the )?(\w+) (?:ever |really |actually |even )?be (?:an option|the answer|needed|necessary|worth it|on the cards|on the table)\b|\b(?:is|are) (?:a |an |the )?(\w+) ever (?:done|used|needed|given|offered|recommended|advised|prescribed|suggested|an option)\b|\b(?:is|are) (?:a |an |the |some )?(\w+) worth (?:trying|a try|a go|doing|it|paying for)\b/g;
/** "can I do without …", "could we manage without …" opening a clause: what comes after is asked
 *  about (not "what can I do without pills", which turns from them). */
const DO_WITHOUT = /^ (?:so |and |but )?(?:can|could|should|would) (?:i|we|you|he|she) (?:just )?(?:do|go|manage|cope|get by|be ok|be okay|be fine) $/;
/** Tired of a thing the person is still doing, asking when they may stop or whether they must go
 *  on ("sick of icing every hour, when can i stop", "fed up with the collar, do I really have to
 *  keep wearing it"): the thing is what is asked about, for how long, not what they turn from. */
const WEARY = /^(?:sick|tired|fed up) /;
/** Asking whether to go on with something, named by a pronoun ("should I keep wearing it"). */
const KEEP_IT = /\b(?:should|shall|do|must) (?:i|we|he|she) (?:still |just |even )?(?:keep|carry on|continue|go on|persevere|stick)(?: (?:with|wearing|using|taking|doing|applying|putting))? (?:it|them|with it|with them|on with it)\b/;
const STOP_ASKED = /\b(?:when (?:can|do|should|could|may) (?:i|we|you|he|she) (?:finally |just )?(?:stop|quit|give up|pack in|ditch|switch|change)|(?:can|could|should|may) (?:i|we) (?:just )?(?:stop|quit|ditch)|how (?:much )?long(?:er)? (?:do|must|should|will) (?:i|we|you|he|she) (?:have to |need to |be )?(?:keep|carry on|continue|go on|doing|using|wearing)|(?:do|must) (?:i|we|you|he|she) (?:really |still |actually )?(?:have|need) to(?: keep)?)\b/;
/** "what pillow should I use", "which kind of collar should I get": the thing asked about. */
const WHAT_X_SHOULD = /\b(?:what|which) (?:kind of |sort of |type of |shape of |size of )?(\w+) (?:should|do|can|would|could) (?:i|we|you) (?:use|get|buy|try|wear|sleep on|go for)\b/;

/** What ASKED_IF needs. */
const ASKED_IF_NEEDS = [' next ', ' need', ' end up ', ' have to have ', ' is there ', ' option', ' answer ', ' table', ' cards', ' necessary', ' worth ', ' ever ', ' alternative '];
/** What someone advised the person to use ("the physio told me to use heat but didn't say how",
 *  "my GP suggested trying a heat pad", "someone suggested physio"): that is what is asked about; who
 *  advised it is the story. */
const TOLD_TO = /\b(?:told|advised|suggested|recommended)(?: (?:me|us|him|her|them))?(?: to)? (?:use|using|try|trying|take|taking|do|doing|wear|wearing|apply|applying|get|getting|put on|start|starting|see|seeing) (?:a |an |some |the |more |regular )?(\w+)(?: (\w+))?|\b(?:suggested|recommended|suggests|recommends) (?:a |an |some |the )?(\w+)(?: (\w+))?/g;
const TOLD_TO_NEEDS = [' told ', ' advised ', ' suggested ', ' recommended ', ' suggests ', ' recommends '];
/** "is cold better", "are contour pillows any good": the thing asked about. */
const ASKED_BETTER = /\b(?:is|are) (?:a |an |the |some )?(\w+) (?:any |much |a lot |far )?(?:better|good|the best|best)\b(?: with (?:a |an |the |some )?(\w+))?/g;
const ASKED_BETTER_NEEDS = [' better ', ' good ', ' best '];
const NOT_ASKED_BETTER = new Set(['pain', 'neck', 'spasm', 'spasms', 'stiffness', 'one', 'mine', 'everything', 'anything', 'something']);

/** "is there a better pillow", "what is the best painkiller", "any good stretches": the thing asked
 *  for, the last word or two after the praise word. */
const ASKED_FOR = /\b(?:is there|are there|what is|what are|what s|which is|which are|any) (?:a |an |any |the )?(?:better|good|best|decent|special|right|proper) ((?:\w+ ){0,1}\w+)/g;

/** What ASKED_FOR needs (its own words are as common as "is" and "what": see ASKED_TO_DO_NEEDS). */
const ASKED_FOR_NEEDS = [' better ', ' good ', ' best ', ' decent ', ' special ', ' right ', ' proper '];

/** "what can I take", "something I could take", "anything to take": then a word that is no object. */
const TAKE = /\b(?:what|anything|something)(?: (?:can|could|should|shall|do|does|else|i|we|he|she|they|you|to|safe))* take(?: (?:for|to|with|if|when|while|now|that|so|as|and|but|at)\b| ?$)|\bwhat (?:else )?(?:do|does|will|would|can|could|might) (?:the |a |my )?(?:doctors?|gps?|they|pharmacists?|chemists?) (?:usually |normally |actually |really |even )?(?:give|prescribe|offer|recommend)\b/;
/** Having a temperature: a fever. Told in a list beside a headache too (trial19: "a headache and a
 *  temperature and my neck is stiff", "stiff neck, headache, temperature"). */
const HAS_TEMPERATURE = / (?:have|has|had|got|ve|s|running|run|runs|with|developed|getting|and a|headache and|headache) (?:a |an )?(?:bit of a |slight |high |mild |raised |little )?(?:temp|temperature)\b(?! (?:dial|dials|setting|settings|control|controls|gauge|limit|limits|sensor|display|button|knob|range|probe|reading|check|switch|cut ?out)\b)(?! (?:is |was |s |has been |been )?(?:normal|fine|ok|okay|down|gone|back to normal)\b)/;
const TAKE_NEEDS = [' take ', ' give ', ' prescribe ', ' offer ', ' recommend '];
/** Who gives it, in TAKE's match: a doctor or GP prescribes. */
const PRESCRIBER = /\b(?:doctors?|gps?)\b/;
/** "something stronger a doctor can give", "could my GP prescribe": a prescriber's giving, asked of. */
const PRESCRIBER_GIVES = /\b(?:doctors?|gps?|docs?) (?:can|could|would|will|might) (?:give|prescribe|offer)\b|\b(?:can|could|would|will|might) (?:a |the |my )?(?:doctor|gp|doc) (?:give|prescribe|offer)\b/;
/** Words after "give me" that name no particular thing: asking what a prescriber would give. */
const GIVEN_VAGUE = new Set(['something', 'anything', 'stronger', 'more', 'else', 'other', 'better', 'for', 'to', 'if', 'when']);
/** "the GP gave me", "my doctor prescribed", "the doctor said", "went to the GP", "took my mum to
 *  the doctor", "saw the GP": a doctor already seen. */
const SEEN_DOCTOR = /\b(doctors?|gps?|docs?|consultant) (?:has |had |already |just )?(?:gave|given|prescribed|put (?:me|him|her) on|said|told|mentioned|recommended|suggested|reckons|thinks|referred|sent|advised|diagnosed|examined|checked|signed (?:me|him|her) off)\b|\b(?:went|been|gone|took(?: \w+){1,2}|taken(?: \w+){1,2}) to (?:the |my |a |our |her |his )?(doctors?|gp|docs?)\b|\b(?:saw|seen) (?:the |my |a |our |her |his )?(doctors?|gp|consultant)\b/g;

/** A negation in the two words just before a match: "haven't seen", "never been", "not yet been" (an
 *  apostrophe splits a word: "haven t"). */
const NEGATED_JUST_BEFORE = /\b(?:not|never|no|t|yet to)(?: \w+)? $/;

/** Words one of which SEEN_DOCTOR and PRESCRIBER_GIVES need: a doctor named (" doc" is the start of
 *  " doctor" and " docs" too). A plain test: their other words ("has", "can", "the") are in most
 *  queries, so mayMatch would run them nearly always. */
const DOCTOR_NEEDS = [' doc', ' gp', ' consultant'];

/** "should I stay in bed", "can I take ibuprofen for it": a yes-or-no question about doing
 *  something, the words after it (not "when should I …", which asks for a time). */
const ASKED_TO_DO = /\b(?:should|can|could|shall) (?:i|we) (?:just |still |really )?((?:\w+ ){1,3})/g;
/** "how can I warm it up", "how do I stretch it": the way to do something, the verb after it. */
const HOW_TO = /\bhow (?:can|do|should|could|would) (?:i|we) (?:best )?(\w+)/;
/** Verbs that say only that something is to be done about it ("how can I get rid of it", "how do I
 *  deal with it"): the words after them say what. */
const GENERAL_VERBS = new Set(['get', 'make', 'stop', 'deal', 'cope', 'manage', 'handle', 'live', 'know', 'tell', 'help', 'go', 'be', 'do', 'find', 'fix', 'sort', 'treat', 'ease', 'relieve', 'cure', 'heal']);
const HOW_TO_NEEDS = [' how can ', ' how do ', ' how should ', ' how could ', ' how would '];

/** "rather X than (keep popping) Y": Y is turned from ("rather than" itself is BEFORE_TRIED's). */
const RATHER_X_THAN = /\brather (?:\w+ ){1,6}?than (?:keep |just |to )?(?:taking |popping |using |having |wearing )?/g;
/** "never went away with", "didn't ease with", "no better with", "no joy with", "no relief from": then
 *  what failed. */
const NOT_GONE_WITH = /\b(?:(?:never|didn t|did not|hasn t|has not|haven t|have not|won t|wouldn t|not) (?:went|go|gone|eased|ease|settled|settle|shifted|shift|improved|improve|cleared|clear|budged|budge|got better|get better)(?: away| up| off)?|no better) with |\bno (?:joy|luck|success|relief|improvement|change|difference) (?:with|from) /g;
/** Words by which a question turns from what it names, or asks for something else. */
const NOT_ASKED_AGAIN = new Set(['not', 't', 'no', 'never', 'without', 'instead', 'rather', 'other', 'else', 'than', 'besides', 'except', 'stop', 'avoid']);
/** "switched to heat", "moved on to a hot water bottle", "changed over to the wheat bag": a move,
 *  told, to the next step. */
const SWITCHED_TO = / (?:switched|swapped|changed|moved)(?: back| over| across| on)? to (?:a |an |the |my |some |using )?/;
const SWITCHED_NEEDS = ['switched', 'swapped', 'changed', 'moved'];
/** Words of what hurts or a warning sign, never a thing tried or turned from: "no relief from the
 *  numbness", "not fever, stiff neck and headache" (review26: either had lost the sign's sentence),
 *  "my neck has had a spasm in it". */
const SYMPTOM_WORDS = new Set(['pain', 'numbness', 'tingling', 'pins', 'weakness', 'stiffness', 'headache', 'headaches', 'spasm', 'spasms', 'ache', 'aches', 'aching', 'dizziness', 'swelling', 'symptoms', 'neck', 'soreness', 'agony', 'discomfort', 'fever', 'temperature', 'rash', 'vomiting', 'nausea', 'confusion', 'numb', 'weak', 'tingly', 'dizzy', 'stiff', 'sore']);
/** Words of a warning sign, told beside a question of self-care. */
const SIGN_WORDS = new Set(['numb', 'numbness', 'tingling', 'tingly', 'pins', 'weakness', 'fever', 'temperature', 'dizzy', 'dizziness', 'vomiting', 'confusion', 'confused', 'bladder', 'bowels', 'rash', 'fainting', 'fainted']);
/** Going on with something, before its name (ASKED_TO_DO): "keep getting", "carry on taking". */
const KEEP_AT = /^(?:keep|keeps|carry on|continue|go on)(?: on)?(?: (?:getting|taking|using|having|doing|with|wearing|applying))? /;
/** "go back to", "switch over to": a move to the thing named next. */
const GO_TO = /^(?:go|going|switch|swap|change|move|get) (?:back |over |on |across )?(?:to|on) /;
/** What ASKED_TO_DO needs (a plain test: the pattern's own words, " i" among them, would let it
 *  run, and be compiled, for nearly every query). */
const ASKED_TO_DO_NEEDS = [' should i ', ' can i ', ' could i ', ' shall i ', ' should we ', ' can we ', ' could we ', ' shall we '];
/** Idioms for doing nothing about it, after "should I": no thing asked about. */
const WAIT_AND_SEE = /^(?:wait and see|wait it out|ride it out|leave it|sit tight|sit it out)\b/;
/** A question word before it asks for something else: a time, a way, a duration. */
const WH = [' when ', ' what ', ' how ', ' where ', ' why ', ' which ', ' who '];
/** "when" asks for a time as a question ("when should I …", a query that starts with it), not in
 *  "it hurts when I move". Plain tests, for the reason above. */
const WHEN_ASKS = ['should', 'can', 'could', 'do', 'does', 'did', 'is', 'are', 'will', 'would', 'must', 'to', 'shall'].map((w) => ` when ${w} `);
/** "what else would a physio try", "what do physios use": asking what a treatment holds. Its own
 *  pattern, run only for a query naming a physio or therapist (its words "what", "do" are in most). */
const WHAT_THEY_DO = /\bwhat (?:else )?(?:would|do|does|could|might|can|will) (?:a |the |my )?(?:physios?|physiotherapists?|therapists?) (?:\w+ )?(?:try|use|do|offer)\b|\b(?:would|could|can|will|might|do|does) (?:a |the |my )?(?:physios?|physiotherapists?|therapists?) (?:do|try|offer) (?:anything|something) (?:different|else)\b/;
/** "should I hold off", "should I wait": asking for a time. Plain tests: in the time pattern, their
 *  words ("should", "i") would make it run, and be compiled, for most queries (see mayMatch). */
const WAIT_ASKS = [' hold off ', ' should i wait ', ' wait until ', ' wait till '];
/** "trip" as a journey: after a word that says which ("a", "business", "road", "long", "school") or
 *  before where to ("a trip to", "trip away"). */
const JOURNEY = /\b(?:a|an|the|my|our|his|her|their|this|that|last|next|business|road|car|long|day|work|school|coach|bus|train|boat|ski|skiing|camping|fishing|shopping|field|round|family|weekend|holiday)\s+trips?\b|\btrips?\s+(?:to|abroad|away|home|back|out)\b/;
/** A clause of only a choice: " ice or heat this morning ", " heat or cold first ". */
const CHOICE_CLAUSE = /^ (?:(?:so|and|but|then|now|should i (?:use|go for|try|do)|is it|do i (?:use|go for|try)|use) )?(?:a |an |the )?(\w+) or (?:a |an |the )?(\w+)(?: (?:first|now|then|today|tonight|this morning|this evening|tomorrow|for it|for this|for my neck|on it|best|better))? $/;
/** "is heat better than ice", "are muscle relaxants stronger than painkillers": X against Y. */
const BETTER_THAN = /\b(?:is|are|would|will) (?:a |an |the |some )?((?:\w+ ){1,3}?)(?:any |much |a lot |far )?(?:better|safer|stronger|more effective|gentler) than\b/g;
/** "ice it or not", "stretch it or leave it": asking whether to do one thing. */
const OR_NOT = /\b(\w+) (?:it|them) or (?:not|leave it)\b/g;
/** Contractions people type without the apostrophe, and the word before it ("dont" → "don t"). */
const UNAPOSTROPHED = new Map(UNAPOSTROPHED_NOT.map((w) => [w, w.slice(0, -1)]));
/** Waking up with it, said of the mornings: "when I wake up", "waking up stiff", "wake up with it";
 *  not someone who will not wake up (review20: "my baby won't wake up and her neck is stiff" lost
 *  its meningitis sign, "wake" read as when the pain is there). */
const WAKE_UP = /\b(?:(?:when|after|as soon as|once|whenever|until) (?:i|we|you|he|she) (?:wake|wakes)(?: up)?|waking up|(?<!\b(?:won t|wont|will not|can t|cant|cannot|can not|not|doesn t|didn t|hard to|difficult to|struggling to) )wake up (?:with|stiff|and|in the morning))\b(?!(?: up)? (?:in the night|at night|during the night|every|again|at \d|in agony|in pain|(?:with )?(?:the |bad |terrible )?pain|from|because))/;
/** Words that tell waking as the night's, the pain's: "several times a night", "the early hours". */
const NIGHT_WAKING = [' a night', ' the night', ' at night', ' every night', ' early hours', ' in the night', ' severe ', ' sharp ', ' agony '];
/** Waking up once, as a story begins ("woke up with a stiff neck"). */
const WOKE_UP = /\bwoke up\b(?! (?:in the night|at night|during the night|every|again|at \d|in pain|from|because))/;
/** Stopping work or the gym for a while: "take a day off", "call in sick", "stay off work", "my
 *  boss sent me home". */
const TIME_OFF = /\b(?:take|taking|have|having|need|needing) (?:a |the |some |few |a few |a couple of )?(?:day|days|time|week) off\b|\bcall(?:ing)? in sick\b|\bstay(?:ing)? off (?:work|school|the gym)\b|\bsigned off\b|\b(?:boss|manager|supervisor|coach) (?:sent|has sent|sends) (?:me|him|her|them) home\b/;
/** What TIME_OFF needs. */
const TIME_OFF_NEEDS = [' off ', ' sick ', ' home '];
/** Asking whether to keep up an activity: "can I go to work", "should I still go to the gym". */
const GO_ON_WITH = /\b(?:can|could|should|shall|do) (?:i|we|you) (?:still |just |even )?(?:go|go back|keep going) to (?:work|school|college|uni|the gym|the office|training)\b/;
/** Crashing again and again ("keeps crashing"), which is no crash of a car or a bike. */
/** Losing one's temper ("flew off the handle"): no fall and no handle, only how the person felt. */
const OFF_THE_HANDLE = /\b(?:flew|fly|flies|flying|flown) off the handle\b/;
const KEEPS_CRASHING = /\b(?:keeps|keep|kept|keeping|always|constantly) (crashing|crashes)\b/;
/** Falling asleep, which is no fall. */
const ASLEEP = /\b(fell|fall|falling|falls|dropped|dropping|drop|nodded|nodding) (?:off )?asleep\b/g;
/** Falls and crashes of speech, no injury ("fell in love with yoga", "fell behind at work", "crashed
 *  on the sofa all weekend", "the stock market crash", "a crash course"): an emergency's common word
 *  leads the results since session 16, so its other senses must not. */
const NO_FALL = /\b(fell|fall|falling|falls) (?:in love|behind|apart|through|out with|short|ill|silent|pregnant|for (?:it|him|her|them|that|this))\b|\b(crashed|crashing|crash) (?:out )?(?:on|in|at) (?:the |my |a |his |her |their |our )?(?:sofa|couch|settee|bed|floor|spare room|mate s|friend s)\b|\b(?:stock market|market|computer|laptop|system|sugar) (crash|crashed)\b|\b(crash) (?:course|diet|test|tests|pad|mat)\b/g;
const NO_FALL_NEEDS = [' fell ', ' fall', ' crash'];
/** "been taking tramadol and I feel sick": a medicine, then how the person feels. What is taken or
 *  given is no "a"/"an" thing ("took a tumble", "gave me a massage", "took it easy"), unless it is a
 *  number of them ("took a couple of ibuprofen") or a doctor gave it ("the GP gave me a muscle
 *  relaxant"). */
const TAKING_FEELS = /\b(?:(?:been|started|i m|am|since) (?:on|taking)|took(?! (?:a|an|it easy|time|ages)\b(?! (?:couple|few|dose|course)\b))|(?:gave|given) (?:me|him|her)(?! (?:a|an)\b(?! (?:couple|few|dose|course|prescription)\b))|(?:doctors?|gps?|docs?|consultant|pharmacist|they) (?:has |have |had |just )?(?:gave|given) (?:me|him|her)|prescribed (?:me|him|her))\b.*\b(?:feel|feeling|felt)\b/;
/** "after taking", "since I started", "makes me", "since the doctor put me on": asking about side
 *  effects (the safety intent). */
const SIDE_EFFECT_ASKS = [' after taking ', ' since taking ', ' after starting ', ' since starting ', ' since i started ', ' makes me ', ' make me ', ' makes him ', ' makes her ', ' make you ', ' makes you ', ' make u ', ' makes u ', ' make ya ', ' make people ', ' makes people ', ' put me on ', ' put him on ', ' put her on '];
/** "made me", "making me": about a side effect unless the person asks for something else ("made
 *  me too sleepy, is there an alternative" wants the alternative). */
const SIDE_EFFECT_MADE = [' made me ', ' making me ', ' made him ', ' made her '];

/** Words that end the name of what was turned from: a preposition, a question or a new subject. */
const OBJECT_ENDS = new Set(['for', 'on', 'in', 'at', 'to', 'from', 'with', 'every', 'forever', 'indefinitely', 'because', 'as', 'since', 'after', 'before', 'ago', 'when', 'while', 'if', 'can', 'could', 'should', 'would', 'will', 'shall', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'i', 'we', 'you', 'it', 'what', 'how', 'which', 'that', 'but']);

/** "X makes it throb", "X is making my neck hurt more": X made the trouble worse (AFTER_WORSE). */
const MADE_IT_HURT = /\s+(?:makes|made|is making|are making|was making|keeps making) (?:it|them|my neck|my neck muscles|my shoulders|the pain|the spasm|the spasms) (?:\w+ )?(?:throb|throbs|throbbing|hurt|hurts|hurting|ache|aches|aching|sting|stings|burn|burns|pound|pounds|seize up|tighten up|spasm|spasms)(?: more| even more| worse| again)?\b/g;
const MADE_IT_HURT_NEEDS = [' makes ', ' made ', ' making '];
/** The words of AFTER_WORSE's own (not "my neck" in "making my neck worse"). */
const FAIL_WORDS = new Set(['hasn', 't', 'has', 'not', 'haven', 'have', 'didn', 'did', 'isn', 'is', 'aren', 'are', 'made', 'making', 'makes', 'got', 'gotten', 'getting', 'any', 'better', 'worse', 'been', 's']);

/** Words after these, in the same clause, name what was tried and has not worked: "sore for
 *  eight days despite heat and rest". */
/** "even though I'm resting and using heat" too: what the person is doing, said in "-ing" (not
 *  "even though it is late", "even though I'm feeling better"). */
const DESPITE = /\b(?:despite|in spite of|regardless of|even with|even after|(?:even )?though (?:i m|im|i am|i ve been|ive been|i have been|i was|i ve|i have)(?= (?!(?:feeling|getting|going|being|working|sleeping|trying|doing)\b)\w+ing\b))\s+/g;
/** What DESPITE needs (its words "in", "of", "with" are in most queries: see ASKED_TO_DO_NEEDS). */
const DESPITE_NEEDS = [' despite ', ' spite of ', ' regardless of ', ' even with ', ' even after ', 'though i'];

/** Words that say something failed ("tried the cyclobenzaprine, no joy", "still no luck"): what
 *  the clause names before them, or the clause before it, is what was tried. */
const NO_LUCK = new Set(['no joy', 'no luck', 'no use', 'no good', 'no help', 'no difference', 'no change', 'no better', 'nothing', 'useless', 'no dice']);
/** After "nothing", words that say what the person does not have, not that something failed:
 *  "nothing serious", "nothing broken", "nothing even close", "nothing like it". */
const NOTHING_SAID_OF = new Set(['serious', 'broken', 'major', 'bad', 'wrong', 'severe', 'dangerous', 'obvious', 'unusual', 'abnormal', 'fractured', 'torn', 'worrying', 'sinister', 'even', 'like', 'showed', 'shows', 'came', 'found', 'on', 'to', 'much', 'new']);

/** Words that say something was tried, not what: "tried the cyclobenzaprine, no joy". */
/** "made no difference": the verb of a NO_LUCK phrase. */
const MADE = new Set(['made', 'makes', 'make', 'making']);
/** Words that stand for what was just named: "they do nothing". */
const BACK_PRONOUNS = new Set(['it', 'they', 'them', 'both', 'neither', 'these', 'those', 'either', 'all', 'each', 'that', 'this']);
const TRIED_WORDS = new Set(['tried', 'trying', 'try', 'still', 'together', 'used', 'using', 'taken', 'taking', 'done', 'doing']);

/** Words before these, in the same clause, name what has not worked. */
const AFTER_TRIED = /\s+(?:(?:is|are|s|was|were|both|all|have been|has been|seem|seems) )*(?:useless|pointless|a waste of time|no good|no use|off the table|wore off|wears off|has worn off|(?:have |has |ve |s )?done (?:its|their) (?:bit|job)|(?:way |far |much )?too (?:expensive|dear|pricey|weak|strong|harsh))\b|\s+(?:(?:is|are|s|was|were|has been|have been) doing (?:nothing|zilch|squat)|(?:does|did|do) (?:nothing|zilch|squat|sod all|bugger all)|(?:has|have|s|ve) done (?:nothing|zilch|squat)|(?:makes|made|make|making) no (?:difference|odds))\b|\s+(?:isn t|isnt|is not|aren t|arent|are not|not|doesn t|doesnt|does not|don t|dont|do not|didn t|didnt|did not|won t|wont|hasn t|hasnt|haven t|havent|no longer|has stopped|have stopped|stopped)\s+(?:working|work|worked|helping|help|helped|doing|do|done|effective|(?:\w+ )?enough|any good|touching|touch|touched|easing|shifting|shifted|fixed|fix|fixing|sorted|cured|relieved|relieving)\b/g;
/** Words one of which every match of AFTER_TRIED holds (its three kinds: "useless", "no good", "done
 *  its job", "too strong", "wore off"; "doing nothing" (its "not"), "made no difference"; "not",
 *  "isn t", "isnt", "no longer", "stopped" before "working" and the like): mayMatch let it run for
 *  nearly any clause (its "is", "s", "all"), and its compilation (914 characters) was the dearest of
 *  the searches' patterns. */
const AFTER_TRIED_NEEDS = 'less|waste of|no good|no use|off|done|too|zilch|squat|sod all|bugger all|no diff|no odds|not|n t|nt|no longer|stop'.split('|');
/** The same, said as no better or worse: "resting hasn't made it any better", "stretches are
 *  making my neck worse". */
const AFTER_WORSE = /\s+(?:(?:hasn t|has not|haven t|have not|didn t|did not|isn t|is not|aren t|are not) (?:made|making|got|gotten|getting) (?:\w+ ){0,2}(?:any )?better|(?:is|are|s|has been|have been) (?:making|made) (?:\w+ ){0,2}worse|(?:made|makes|(?:seem|seems|seemed) to make) (?:\w+ ){0,3}worse)\b/g;

/** Rarer ways of saying a thing failed, compiled only for a query that may say one
 *  (AFTER_TRIED_MORE_NEEDS): "heat isn't an option", "surgery is out of the question", "the massage
 *  only helps for an hour", "paracetamol barely touched it", "stretches aren't cutting it", "tylenol
 *  hasn't made a dent". */
const AFTER_TRIED_MORE = /\s+(?:(?:isn t|isnt|is not|aren t|arent|are not|s not|re not|not|no longer) (?:an? )?(?:option|possibility)|(?:is|are|s|re) (?:out of the question|a no go))\b|\s+(?:only|just) (?:helps|helped|works|worked|eases|eased|dulls|dulled|takes the edge off|took the edge off)(?: it)?(?: for)? (?:a bit|a while|a little while|a short while|an hour|a few hours|a couple of hours|an hour or two|so long|temporarily|minutes|a few minutes|(?:about |around |roughly |maybe )?(?:\d+|ten|twenty|thirty|forty|an|a|one|two|three|four|five|half an) (?:min|mins|minutes|hour|hours|hr|hrs))\b|\s+(?:barely|hardly) (?:helps|help|helped|touch|touches|touched|works|worked|does anything|did anything|does much|did much|(?:takes|took) the edge off|scratches the surface|scratched the surface|(?:makes|made) a difference)\b|\s+(?:isn t|is not|aren t|are not|s not|re not) cutting it\b|\s+(?:hasn t|has not|haven t|have not|didn t|did not|doesn t|does not|don t|do not) (?:made|make) (?:a|any|much of a) (?:dent|difference)\b/g;
const AFTER_TRIED_MORE_NEEDS = [' option ', ' possibility ', ' question ', ' no go ', ' only ', ' just help', ' just work', ' just eas', ' just dull', ' just take', ' just took', ' barely ', ' hardly ', ' cutting it ', ' dent ', ' difference '];

/** Words before a side effect that say it is no medicine's: the body, the pain, a movement. */
const NOT_DISLIKED = new Set(['head', 'neck', 'pain', 'spasm', 'spasms', 'it', 'this', 'up', 'down', 'round', 'around', 'over', 'stand', 'look', 'turn', 'move', 'bend', 'lift']);

/** What AFTER_DISLIKED needs (its own words "me", "is", "my" are in most queries). */
const AFTER_DISLIKED_NEEDS = [' made me ', ' makes me ', ' make me ', ' making me ', ' stomach ', ' tummy ', ' gut ', ' belly ', ' with me ', ' leave me ', ' leaves me ', ' left me ', ' leaving me ', ' get me ', ' gets me ', ' got me ', ' getting me ', ' knock', ' me out ', ' gave me ', ' gives me ', ' give me ', ' giving me ', ' bung'];
/** A side effect that turned the person away: "muscle relaxants made me too sleepy", "ibuprofen
 *  upsets my stomach". Only with a request for something else (ALTERNATIVE) is it a turning away:
 *  "muscle relaxants make me drowsy, is that normal" asks about the side effect. */
const AFTER_DISLIKED = /\s+(?:made|makes|make|making|is making|are making|was making|leave|leaves|left|leaving|get|gets|got|getting) me (?:(?:feel|feeling|too|so|really|very|a bit|quite|far too|completely|totally) )*(?:sleepy|drowsy|sick|awful|dizzy|ill|groggy|woozy|rough|terrible|horrible|nauseous|queasy|foggy|tired|spaced out|out of it|zonked|wiped out|like a zombie|constipated|jittery)\b|\s+(?:knock|knocks|knocked|knocking) me (?:out|sideways|flat|for six)\b|\s+(?:gave|gives|give|giving|is giving|are giving|has given|have given|keeps giving) me (?:a |an |the |really bad |bad |terrible |awful )?(?:rash|hives|headache|headaches|heartburn|indigestion|stomach ache|tummy ache|the runs|nightmares|palpitations|(?:sore|bad|upset|dodgy|funny|painful|burning|churning) (?:stomach|tummy|gut|belly)|(?:stomach|tummy) (?:pain|pains|cramps|trouble|problems|issues)|gut ache|belly ache|bellyache|reflux|acid reflux|diarrh(?:o)?ea|constipation|a dry mouth|dry mouth|blurred vision|nausea)\b|\s+(?:makes|made|make|making) my (?:stomach|tummy|gut|belly) (?:hurt|hurts|ache|aches|sore|bad|upset|bleed|churn|turn)\b|\s+(?:bunged|bungs|bunging) me up\b|\s+(?:upsets|upset|upsetting|irritates|irritated|hurts|hurt) my (?:stomach|tummy|gut)\b|\s+(?:disagrees|disagreed|doesn t agree|does not agree|didn t agree|did not agree) with me\b/g;

export interface ReadQuery {
  /** Folded words the person turned away from ("ice" in "the ice isn't working"). */
  tried: Set<string>;
  /** Whether a "not working" form was used: a sentence saying that X may fail answers it. */
  failed: boolean;
  /** Whether the person asks for other options. */
  alternatives: boolean;
  /** Whether the person asks what to do about it ("what should I be doing for it"): the care
   *  plan's steps, in order, answer when the query names no treatment itself. */
  treatment: boolean;
  intents: Intent[];
  /** The thing asked about in "would X help", "does X work", "should I X": it decides the section. */
  focus: Set<string>;
  /** Words after "no" ("no numbness", "no fever or headache"): what the person does not have, or
   *  cannot get ("no physio on the NHS"); search decides which (a section's name is the latter). */
  absent: Set<string>;
  /** Words the query means without saying them: "what can I take" asks for a medicine. */
  implied: string[];
  /** Whether the query asks about taking things together ("together", "at the same time", "with",
   *  "one of each"): with two drugs named, a note naming both answers it. */
  together: boolean;
  /** Whether it says so in words of TOGETHER_SAID ("both", "as well", "too"), not only by "with". */
  togetherSaid: boolean;
  /** Whether the query asks how grave it is ("is it serious", "could it be something serious", "be
   *  dangerous"), not calls something told serious ("a serious car accident", "serious pain"). */
  asksGravity: boolean;
  /** Whether the query asks "which" (of several things): "which one do I use first". */
  asksWhich: boolean;
  /** Whether the query opens as a question answered yes or no ("do I need an ambulance", "should i
   *  call 911"). */
  asksYesNo: boolean;
  /** Words that only say what kind of answer is wanted ("long" in "how long", "switch", "working"
   *  in "isn't working"): they choose the sentence, not the section. */
  askWords: Set<string>;
  /** Asked whether one may take someone else's medicine only by naming it as a person's ("my dad's
   *  tramadol"): the words named so, one of which must be a medicine the query names. Undefined when
   *  said outright ("someone else's", "borrow") or not asked. */
  theirsOf?: string[];
  /** Asked what something holds, the words of what is asked about as held ("Nurofen has codeine in
   *  it", "is there caffeine as well as codeine"): no medicine of its own asked about. */
  heldWords?: string[];
  /** The words of a side effect told of something ("naproxen gives me stomach cramps", "ibuprofen
   *  makes my tummy hurt"; AFTER_DISLIKED), asked for another thing or not. */
  sideEffectWords: Set<string>;
  /** The thing asked whether it is safe to do ("is it safe to drive after a muscle relaxant": drive),
   *  not a general verb ("safe to take"). */
  safeTo: Set<string>;
  /** Asked which of two things comes first ("hot water bottle or frozen peas first?"). */
  asksFirst: boolean;
}

/** After "instead of", asking for both: "or can I do both at once", "or both together". */
const BOTH_AFTER_INSTEAD = / instead of .* or (?:\w+ ){0,4}both\b/;

/** Which of two comes first: "ice or heat first", "which one first", "what do I use first". */
const ASKS_FIRST = /\bor \w+(?: \w+){0,3} first\b|\bwhich (?:one |do i use |should i use |should i do |do i do )?first\b|\bwhat (?:do i |should i )?(?:use |try |do )?first\b/;

/** "is it safe to drive", "ok to work on naproxen", "alright for me to go on driving". */
const SAFE_TO = / (?:safe|safer|ok|okay|alright|fine|dangerous|wise) (?:for (?:me|you|him|her|them|us|someone) )?to (?:still |keep |carry on |go on |be )?(\w+)/g;
/** Verbs after "safe to" that say no activity of their own ("safe to take", "ok to use"). */
const SAFE_TO_GENERAL = new Set(['take', 'taking', 'use', 'using', 'have', 'having', 'be', 'go', 'do', 'get', 'try', 'give', 'put', 'mix', 'combine', 'continue', 'keep', 'start', 'stop', 'leave', 'apply', 'buy', 'ask', 'see', 'wait', 'just', 'a', 'an', 'the', 'it', 'them', 'this', 'that']);

const CONTENT_LIMIT = 3;

/** The last CONTENT_LIMIT content words of `words`, and the one item before them when they are the
 *  end of a list ("warm baths and a hot water bottle did zilch": both things, not only the bottle);
 *  that item is the words since the join or object end before it. */
function listBefore(words: string[]): string[] {
  const content = contentWords(words);
  const last = content.slice(-CONTENT_LIMIT);
  if (last.length < CONTENT_LIMIT || content.length === last.length) return last;
  // Where the last words start, and what stands just before them (a determiner is skipped).
  let at = words.length;
  for (let found = 0; at > 0 && found < last.length; ) if (words[--at] === last[last.length - 1 - found]) found++;
  let k = at - 1;
  while (k >= 0 && DETERMINER_WORDS.has(words[k])) k--;
  if (k < 0 || !LIST_JOINS.has(words[k])) return last;
  // The item before the join: back to the join or object end before it ("went to the gym yesterday
  // and warm baths and a hot water bottle": "warm baths", not "yesterday").
  let from = k - 1;
  while (from >= 0 && !LIST_JOINS.has(words[from]) && !OBJECT_ENDS.has(words[from])) from--;
  return [...contentWords(words.slice(from + 1, k)).slice(-CONTENT_LIMIT), ...last];
}
/** What a clause named, for a pronoun in the next one to mean: its thing, up to where it says when
 *  or for what ("been taking ibuprofen since yesterday morning and it barely takes the edge off":
 *  ibuprofen, not "since yesterday morning"). */
function thingBefore(words: string[]): string[] {
  const first = words.findIndex((w) => contentWords([w]).length > 0);
  const end = first < 0 ? -1 : words.findIndex((_, j) => j > first && endsObject(words, j));
  return listBefore(end < 0 ? words : words.slice(0, end));
}
/** Words that join the items of a list. */
const LIST_JOINS = new Set(['and', 'or', 'plus', 'nor']);
/** Words before a noun that are no part of its name. */
const DETERMINER_WORDS = new Set(['a', 'an', 'the', 'my', 'some', 'any', 'his', 'her', 'their', 'our', 'your']);

/** The words a pattern spells out ("how", "long", "many" in /\bhow (?:long|many)\b/), each with a
 *  space before it when it starts a word there: every match of the pattern holds one of them (a
 *  letter made optional, "causes?", is left off), so a text holding none cannot match. */
function spelled(pattern: RegExp): string[] {
  const out: string[] = [];
  const source = pattern.source;
  // The word being read is source[from, i), sliced once where it ends (built a letter at a time, its
  // strings were a third of what reading a long query allocated).
  let from = -1;
  let start = true;
  let atStart = true;
  for (let i = 0; i <= source.length; i++) {
    const c = source[i];
    if (c !== undefined && c >= 'a' && c <= 'z') {
      if (from < 0) {
        from = i;
        start = atStart;
      }
      continue;
    }
    if (from >= 0) {
      const to = c === '?' || c === '*' || c === '{' ? i - 1 : i;
      if (to > from) out.push(start ? ` ${source.slice(from, to)}` : source.slice(from, to));
      from = -1;
    }
    if (c === '\\') {
      const escaped = source[++i];
      atStart = escaped === 'b' || escaped === 's';
    } else atStart = c === ' ' || c === '|' || c === '(' || c === ':' || c === '+' || (c === '?' && atStart);
  }
  return out;
}

const spelledCache = new Map<RegExp, string[]>();

/** Whether a pattern can match a text (a padded, space-separated list of words): only then is it
 *  run. Measured: each of these patterns costs 1–3 million instructions the first time it runs (V8
 *  compiles it), and readQuery ran about fifteen of them for every query, 13 to 20 million
 *  instructions, 3–4% of `node -e 0`. */
function mayMatch(pattern: RegExp, text: string): boolean {
  let list = spelledCache.get(pattern);
  if (!list) spelledCache.set(pattern, (list = spelled(pattern)));
  if (!list.some((w) => text.includes(w)) || !canMatch(pattern, text)) return false;
  compileToMachineCode(pattern); // speed only (machine-code.ts); the matches are the same
  return true;
}

function* matchesOf(pattern: RegExp, text: string): Generator<RegExpMatchArray> {
  if (mayMatch(pattern, text)) yield* text.matchAll(pattern);
}

const globalCache = new Map<RegExp, RegExp>();

/** Reads the shape of a query: what was tried, what is asked for. */
export function readQuery(query: string): ReadQuery {
  const tried = new Set<string>();
  const focus = new Set<string>();
  /** Words of the "isn't working" phrases themselves. */
  const said = new Set<string>();
  let failed = false;
  /** Words of the thing whose time the person asks ("heat" in "how long should heat be used for"). */
  const timed = new Set<string>();
  /** Words before a side effect, and the side effect's own words (AFTER_DISLIKED). */
  const disliked: { before: string[]; own: string[] }[] = [];
  const { clauses, sentenceStarts, afterSo } = clausesOf(query);
  const text = ` ${clauses.flat().join(' ')} `;
  // "Nothing, not physio, pills or injections, has made a lasting difference"; "X, no joy".
  const listed = nothingOfList(text, clauses, sentenceStarts);
  for (const { named, own } of [...(listed ? [listed] : []), ...noLuckLists(clauses, sentenceStarts, listed !== undefined)]) {
    failed = true;
    for (const w of own) said.add(w);
    for (const w of named) tried.add(w);
  }
  // "tried nurofen and a hot water bottle, still can't turn my head": what was tried, then words
  // saying it has not helped.
  // "two years of physio, injections and every pill going", "after months of physio": a long
  // course of something, told by someone still asking, has not done the job (unless it has eased).
  for (const reading of [triedThenStill, longCourse]) {
    if (failed) break;
    const found = reading(clauses, sentenceStarts);
    failed = found.length > 0;
    for (const w of found) tried.add(w);
  }
  const lastClause = clauses.findLastIndex((list) => list.length > 0);
  clauses.forEach((list, k) => {
    if (list.length === 0) return;
    const clause = ` ${list.join(' ')} `;
    const turnedFrom = [...matchesOf(BEFORE_TRIED, clause)];
    if (BEFORE_TRIED_MORE_NEEDS.some((w) => clause.includes(w))) turnedFrom.push(...clause.matchAll(native(BEFORE_TRIED_MORE)));
    if ((clause.includes(' away from ') || clause.includes(' no to ')) && OTHER_ASKED.test(text) && !ASKS_WHETHER.test(clause)) turnedFrom.push(...clause.matchAll(AVOIDING));
    // A short clause of "so no" and a thing, after the reason told before it, turns from the thing
    // ("had an ulcer so no nurofen", "high blood pressure so no ibuprofen"). Not a bare "no" ("no
    // physio on the NHS for months" wants what physio would do; "nothing serious, no ambulance"
    // tells what happened), nor a sign's absence ("so no fever").
    // So does one after a comma, after a clause that ends by naming a condition the person has
    // ("kidney problems, no anti inflammatories", "stomach ulcer, no nurofen").
    const reasonBefore = k > 0 && (afterSo[k] ? clauses[k - 1].length > 0 : REASON_ENDS.has(clauses[k - 1][clauses[k - 1].length - 1]));
    if (reasonBefore && list[0] === 'no' && list.length <= NO_THING_WORDS && !NOT_TURNED_FROM.has(list[1]) && !SYMPTOM_WORDS.has(list[1])) {
      for (const w of objectOf(list.slice(1))) tried.add(w);
    }
    for (const m of turnedFrom) {
      // "who shouldn't take X", "people who can't have X": asking who, about X itself.
      if (clause.slice(0, m.index!).endsWith(' who ')) continue;
      // "can't get my breath": breath is no thing turned from, as a medicine one cannot get is.
      if (m[0].endsWith('get ') && BREATH_GOT.test(clause.slice(m.index! + m[0].length))) continue;
      // "shouldn't take ibuprofen when pregnant?", "i shouldn't drink on tramadol, right": asking
      // whether, about the thing itself, where nothing else is asked for (review48: the NSAIDs'
      // "may relieve the pain" had answered, as the alternatives to ibuprofen).
      // Only where it is the question itself, the last clause or one followed by a tag alone: "I
      // shouldn't take ibuprofen, can I have paracetamol?" turns from it (review49).
      const asked = clauses.slice(k + 1).every((rest) => rest.length === 0 || CHECK_TAG.test(` ${rest.join(' ')}`));
      if (m[0].startsWith('shouldn t') && asked && !OTHER_ASKED.test(text) && (query.trimEnd().endsWith('?') || CHECK_TAG.test(text))) {
        for (const w of objectAfter(clause, m)) focus.add(w);
        continue;
      }
      // "can I do without the neck brace", "could I manage without it": asking about the thing itself.
      if (DO_WITHOUT.test(clause.slice(0, m.index!))) {
        for (const w of objectAfter(clause, m)) focus.add(w);
        continue;
      }
      if (WEARY.test(m[0].trim()) && STOP_ASKED.test(text)) {
        for (const w of objectAfter(clause, m)) focus.add(w);
        continue;
      }
      for (const w of objectAfter(clause, m)) tried.add(w);
      for (const w of m[0].trim().split(' ')) said.add(w);
    }
    // "not a muscle relaxant, just something for the pain", "not the collar, something else": a
    // clause of only "not" and a thing, before the rest of the query, turns from that thing.
    // Not when the rest names the same thing: "not a dog collar, a neck collar" says which one.
    // So does "not ice, heat": a bare word, when the next clause names the other thing at once (not
    // "not sure, what should I do", "not really, it still hurts", "not working, …"), and not a
    // symptom: "not fever, stiff neck and headache in my baby" still asks about meningitis.
    const bare = list.length === 2 && !/(?:ing|ly|ed)$/.test(list[1]) && !SYMPTOM_WORDS.has(list[1]) && clauses[k + 1]?.length > 0 && !QUESTION_OPENS.has(clauses[k + 1][0]) && !CLAUSE_STARTS.has(clauses[k + 1][0]);
    if (list[0] === 'not' && k + 1 < clauses.length && list.length <= NOT_X_WORDS && (NOT_X_NEXT.has(list[1]) || bare)) {
      const named = contentWords(list.slice(bare && !NOT_X_NEXT.has(list[1]) ? 1 : 2));
      if (!clauses.slice(k + 1).some((rest) => rest.includes(named[named.length - 1]))) {
        for (const w of named) tried.add(w);
        said.add('not');
      }
    }
    // "spasms never went away with physio or pills", "no better with the injections": what it did
    // not go with has failed.
    if (clause.includes(' with ') || clause.includes(' from ')) for (const m of clause.matchAll(native(NOT_GONE_WITH))) {
      const words = objectAfter(clause, m);
      if (words.length === 0) continue;
      // "no relief from the pain/numbness": what hurts, not what was tried.
      if (/^ ?no /.test(m[0]) && SYMPTOM_WORDS.has(words[0])) continue;
      failed = true;
      for (const w of words) tried.add(w);
      for (const w of m[0].trim().split(' ')) said.add(w);
    }
    // "rather fix the cause than keep popping pills": what comes after "than" is turned from.
    if (clause.includes(' rather ') && clause.includes(' than ')) for (const m of clause.matchAll(native(RATHER_X_THAN))) {
      for (const w of objectAfter(clause, m)) tried.add(w);
      said.add('rather');
      said.add('than');
    }
    if (DESPITE_NEEDS.some((w) => clause.includes(w))) for (const m of clause.matchAll(DESPITE)) {
      const words = objectAfter(clause, m);
      if (words.length === 0) continue;
      failed = true;
      for (const w of words) tried.add(w);
      for (const w of m[0].trim().split(' ')) said.add(w);
    }
    for (const m of matchesOf(ASKED_ABOUT, clause)) {
      // "does ultrasound at the physio help", "would a heat pad on my neck help": the thing before
      // where or from whom it is given.
      // (Split only where it can: compiled for it, WHERE_GIVEN cost 0.13 M instructions.)
      const spaced = ` ${m[1]}`;
      const asked = canMatch(WHERE_GIVEN, spaced) ? spaced.split(WHERE_GIVEN)[0] : spaced;
      for (const w of contentWords(asked.trim().split(' ')).slice(-2)) focus.add(w);
    }
    if (TOLD_TO_NEEDS.some((w) => clause.includes(w))) for (const m of clause.matchAll(native(TOLD_TO))) {
      const [first, second] = m[1] === undefined ? [m[3], m[4]] : [m[1], m[2]];
      const object = OBJECT_ENDS.has(first) ? [] : second === undefined || OBJECT_ENDS.has(second) ? [first] : [first, second];
      for (const w of contentWords(object)) focus.add(w);
    }
    if (ASKED_IF_NEEDS.some((w) => clause.includes(w))) for (const m of clause.matchAll(native(ASKED_IF))) {
      for (const w of contentWords([m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]])) focus.add(w);
    }
    if (ASKED_BETTER_NEEDS.some((w) => clause.includes(w))) for (const m of clause.matchAll(native(ASKED_BETTER))) {
      // "is the pain better with ice": the trouble is no thing asked about.
      for (const w of contentWords([m[1], m[2] ?? ''])) if (!NOT_ASKED_BETTER.has(w)) focus.add(w);
    }
    if (ASKED_FOR_NEEDS.some((w) => clause.includes(w))) for (const m of clause.matchAll(ASKED_FOR)) {
      for (const w of contentWords(m[1].trim().split(' ')).slice(0, 2)) focus.add(w);
    }
    if (ASKED_TO_DO_NEEDS.some((w) => clause.includes(w))) {
      for (const m of matchAllNative(ASKED_TO_DO, clause)) {
        const before = clause.slice(0, m.index! + 1);
        // "should I be worried" asks how serious it is, not about doing something.
        if (m[1].startsWith('be ')) continue;
        // "should I just wait and see", "ride it out": doing nothing names nothing to do.
        if (testNative(WAIT_AND_SEE, m[1])) continue;
        // "should I go back to ice", "switch to heat": the thing gone to, not "back".
        // "can i keep getting refills", "should i carry on taking it": the thing kept at, not "keep".
        // (Each replaced only where it can match: compiled for a short text, each cost 0.6 to 1.2 M
        // instructions of a question that asks what to do and has neither.)
        const gone = canMatch(GO_TO, m[1]) ? m[1].replace(GO_TO, '') : m[1];
        const asked = canMatch(KEEP_AT, gone) ? gone.replace(KEEP_AT, '') : gone;
        if (!WH.some((w) => before.includes(w))) for (const w of contentWords(asked.trim().split(' ')).slice(0, 2)) focus.add(w);
      }
    }
    // "iced it for two days, switched to heat, how often now": the step the person has moved on to
    // is what the question is about, not the one of the story before it.
    if (clause.includes(' to ') && SWITCHED_NEEDS.some((w) => clause.includes(w))) {
      const m = native(SWITCHED_TO).exec(clause);
      if (m && /\b(?:how (?:long|often|many|much)|when|each time|each go)\b/.test(text) && !/\b(?:worse|worsening|doctor|gp|see someone|a e)\b/.test(text)) for (const w of objectAfter(clause, m).slice(0, 2)) focus.add(w);
    }
    // "how long should I keep the heat on", "when do I swap to a hot water bottle": the thing whose
    // time is asked, in a story of what came before (the ice of the first days).
    if (clause.includes(' how ') || clause.includes(' when ')) {
      const m = clause.match(native(HOW_LONG_OF)) ?? clause.match(native(HOW_LONG_IS)) ?? clause.match(WHEN_TO_SWITCH);
      if (m) for (const w of contentWords(m[1].trim().split(' ')).slice(0, 3)) {
        focus.add(w);
        if (!m[0].startsWith(' when')) timed.add(w);
      }
    }
    // "is a muscle relaxant better than ordinary painkillers": the first is asked about.
    if (clause.includes(' than ')) for (const m of clause.matchAll(BETTER_THAN)) {
      for (const w of contentWords(m[1].trim().split(' ')).slice(-2)) focus.add(w);
    }
    // "…, ice or heat this morning?": a last clause of only a choice between two things asks about
    // them, after the story before it ("neck locked after sleeping awkwardly": the cause's words);
    // the last of its sentence, when another follows ("… ice or heat? It's on the left side.").
    // ... only when what follows is a short aside, not more of the trouble ("… heat or ice? Been like
    // this for two weeks and not getting better.", "… ice or heat? My arm is numb too.").
    if (k > 0 && (k === lastClause || (sentenceStarts[k + 1] === true && asideAfter(clauses.slice(k + 1)))) && clause.includes(' or ') && CHOICE_CLAUSE.test(clause)) {
      const m = CHOICE_CLAUSE.exec(clause)!;
      for (const w of contentWords([m[1], m[2]])) focus.add(w);
    }
    // "ice it or not", "heat it or leave it": the thing to do or not.
    if (clause.includes(' or not ') || clause.includes(' or leave it ')) for (const m of clause.matchAll(OR_NOT)) {
      for (const w of contentWords([m[1]])) focus.add(w);
    }
    if (clause.includes(' should ') || clause.includes(' can ') || clause.includes(' do ')) {
      const m = matchNative(WHAT_X_SHOULD, clause);
      if (m) for (const w of contentWords([m[1]])) focus.add(w);
    }
    if (HOW_TO_NEEDS.some((w) => clause.includes(w))) {
      const m = clause.match(HOW_TO);
      if (m && !GENERAL_VERBS.has(m[1])) for (const w of contentWords([m[1]])) focus.add(w);
    }
    if (AFTER_DISLIKED_NEEDS.some((w) => clause.includes(w))) for (const m of clause.matchAll(native(AFTER_DISLIKED))) {
      const before = contentWords(clause.slice(0, m.index!).trim().split(' ')).slice(-CONTENT_LIMIT);
      // A movement or the pain that brings on dizziness ("turning my head gets me dizzy") is the
      // warning sign told, no medicine's side effect (review16 finding 3).
      if (before.some((w) => NOT_DISLIKED.has(w) || w.endsWith('ing'))) continue;
      disliked.push({ before, own: m[0].trim().split(' ') });
    }
    const worse = clause.includes(' better ') || clause.includes(' worse ') ? [...matchesOf(AFTER_WORSE, clause)] : [];
    if (MADE_IT_HURT_NEEDS.some((w) => clause.includes(w))) worse.push(...matchesOf(MADE_IT_HURT, clause));
    if (AFTER_TRIED_MORE_NEEDS.some((w) => clause.includes(w))) worse.push(...clause.matchAll(native(AFTER_TRIED_MORE)));
    for (const m of [...(AFTER_TRIED_NEEDS.some((w) => clause.includes(w)) ? matchesOf(AFTER_TRIED, clause) : []), ...worse]) {
      failed = true;
      // Not the word that says what was lacking: "strong" in "not strong enough" meets "stronger".
      const phrase = m[0].trim().split(' ');
      const own = m[0].endsWith('better') || m[0].endsWith('worse') ? phrase.filter((w) => FAIL_WORDS.has(w)) : m[0].endsWith('enough') ? phrase.filter((w, k) => k !== phrase.length - 2 || FAIL_WORDS.has(w)) : phrase;
      for (const w of own) said.add(w);
      const before = clause.slice(0, m.index!).trim().split(' ');
      // "tried heat and ice, they do nothing": a pronoun alone before it means what the clause
      // before named.
      // "… and it does nothing", "… but they barely help": the thing named before the join.
      const n = before.length;
      const joined = n > 2 && BACK_PRONOUNS.has(before[n - 1]) && (LIST_JOINS.has(before[n - 2]) || before[n - 2] === 'but');
      const named = joined ? thingBefore(before.slice(0, -2)) : listBefore(before);
      const back = named.length === 0 && k > 0 && before.length > 0 && before.every((w) => BACK_PRONOUNS.has(w));
      for (const w of back ? thingBefore(clauses[k - 1].filter((w) => !TRIED_WORDS.has(w))) : named) tried.add(w);
    }
  });
  // "day four, cold packs done, how long do I use heat": the step finished is behind the person.
  let finished = false;
  if (DONE_NEEDS.some((w) => text.includes(w))) {
    for (const list of clauses) {
      const { steps, next } = finishedSteps(list);
      // Finished with, it is behind them as what failed is: what comes after it is asked for, and
      // the next step they name ("ice to heat") is what they ask about.
      for (const w of steps) tried.add(w);
      for (const w of next) focus.add(w);
      if (steps.length > 0) finished = failed = true;
    }
  }
  const test = (pattern: RegExp) => mayMatch(pattern, text) && pattern.test(text);
  // "my pillow makes it worse, what kind should I get instead": another one of the same thing, which
  // is then what is asked about, not turned from.
  if (tried.size > 0 && (text.includes(' kind') || text.includes(' type') || text.includes(' sort')) && SAME_KIND.test(text)) {
    // Only what was tried in the clause that asks, or the one before it ("my pillow makes it worse,
    // what kind should I get"), not "ibuprofen" of an earlier sentence.
    const k = clauses.findIndex((c) => SAME_KIND.test(` ${c.join(' ')} `));
    const near = new Set(k < 0 ? [] : [...(clauses[k - 1] ?? []), ...clauses[k]]);
    const same = [...tried].filter((w) => near.has(w));
    if (same.length === tried.size) {
      for (const w of same) focus.add(w);
      tried.clear();
      failed = false;
    }
  }
  // "heat isn't helping, should I keep going with it", "should I stick with it": asking whether to go
  // on with what was tried, which is then what is asked about, not turned from.
  let goesOn: 'duration' | 'frequency' | undefined;
  // (Not after "X instead of Y": "it" is X, the thing used, not Y: "a wheat bag instead of a heating
  // pad, how long do I leave it on".)
  // (Nor beside a warning sign told: "heat pad not working, how long should it stay on, my hand is
  // numb" is about the numbness first, review26.)
  if (tried.size > 0 && CONTINUE_NEEDS.some((w) => text.includes(w)) && !USED_INSTEAD.some((w) => text.includes(w)) && !clauses.some((c) => c.some((w) => SIGN_WORDS.has(w)))) {
    const k = clauses.findIndex((c) => CONTINUE.test(` ${c.join(' ')} `));
    const near = new Set(k < 0 ? [] : [...(clauses[k - 1] ?? []), ...clauses[k]]);
    const same = [...tried].filter((w) => near.has(w));
    if (k >= 0 && same.length === tried.size) {
      const m = ` ${clauses[k].join(' ')} `.match(CONTINUE)!;
      const asking = (m[1] ?? m[2] ?? m[3]).split(' ');
      // Putting it on again or taking more asks how often; going on with it, for how long ("should I keep going":
      // "… for 3 to 4 days").
      goesOn = / again| back on|reapply| more| another/.test(m[0]) ? 'frequency' : GO_ON.has(asking[0]) || m[2] !== undefined || m[3] !== undefined ? 'duration' : undefined;
      for (const w of asking) {
        focus.delete(w);
        said.add(w);
      }
      for (const w of same) focus.add(w);
      tried.clear();
      failed = false;
    }
  }
  // "don't want to take nurofen without checking first": wary, not turning from it; asking of it.
  if (tried.size > 0 && text.includes(' without ') && WITHOUT_CHECKING.test(text)) {
    const m = text.match(WITHOUT_CHECKING)!;
    const wary = (m[1] ?? '').trim().split(' ').filter(Boolean);
    for (const w of [...wary, ...m[2].split(' ')]) if (tried.delete(w) && wary.includes(w) && !STOP_WORDS.has(w)) focus.add(w);
    if (tried.size === 0) failed = false;
  }
  // "physio massage made it worse, is massage even meant to help": a later question that names what
  // was tried again, and says no "not", "else" or "instead", asks about it.
  if (tried.size > 0) {
    const question = clauses.find((c, k) => k > 0 && QUESTION_OPENS.has(c[0]) && !c.some((w) => NOT_ASKED_AGAIN.has(w)));
    const again = question ? [...tried].filter((w) => question.includes(w)) : [];
    if (again.length > 0) {
      for (const w of again) {
        tried.delete(w);
        focus.add(w);
      }
      if (tried.size === 0) failed = false;
    }
  }
  const alternatives = test(ALTERNATIVE);
  if (alternatives) for (const { before, own } of disliked) {
    for (const w of before) tried.add(w);
    for (const w of own) said.add(w);
  }
  // "tried the ice the first day, then heat, some rest … what else": what was tried, though it
  // helped, is behind the person who asks for something else.
  if (alternatives && tried.size === 0) for (const w of triedList(clauses, sentenceStarts)) tried.add(w);
  const asked: AskedText = { text, clauses, alternatives };
  const intents = INTENTS.filter((intent) => {
    const rule = INTENT_RULES[intent.name];
    if (rule?.also?.(asked)) return true;
    const on = rule?.askedOf?.(asked) ?? text;
    return mayMatch(intent.ask, on) && intent.ask.test(on) && !rule?.unless?.(asked);
  });
  // Turning away from what failed asks for what comes after it; but after a finished step, "how
  // long" or "how often" asks that of the step they are on ("done with the ice and on to heat now,
  // how long for"), as past the first two days does (see 'thereafter' below).
  if (goesOn && !intents.some((i) => i.name === 'duration' || i.name === 'frequency')) intents.push(INTENTS.find((i) => i.name === goesOn)!);
  const asksPrecisely = intents.some((i) => i.name === 'duration' || i.name === 'frequency');
  // ... unless the person asks what something else involves ("stretching made it worse, what else
  // does a physio do"): the list of it answers, not the step after.
  // ... and so does "how long" of a thing they name that they have not turned from ("ice is doing
  // nothing now, how long should heat be used for": the time of heat, not what comes after ice).
  const timesOther = [...timed].some((w) => !tried.has(w));
  if (failed && !((finished || timesOther) && asksPrecisely) && !intents.some((i) => i.name === 'next' || i.name === 'contents')) intents.push(INTENTS.find((i) => i.name === 'next')!);
  const askWords = new Set<string>(said);
  // "what else", "alternatives?": words that only ask for the other options.
  if (alternatives) for (const m of text.matchAll(ALTERNATIVES_ALL)) for (const w of m[0].split(' ')) askWords.add(w);
  for (const w of WAIT_ASKS) if (text.includes(w)) for (const part of w.trim().split(' ')) askWords.add(part);
  // "fell asleep on the sofa": sleep, not a fall (a warning sign's word).
  // Only when the query has that word nowhere else: "fell down the stairs then fell asleep" fell.
  for (const m of matchAllNative(ASLEEP, text)) if (text.split(` ${m[1]} `).length === 2) askWords.add(m[1]);
  // "a business trip", "a long car trip", "a trip to the coast": a journey, not a fall ("tripped").
  // Only when the query says the word once: "tripped on the trip home" tripped.
  for (const w of ['trip', 'trips']) if (text.includes(` ${w} `) && text.split(` ${w} `).length === 2 && JOURNEY.test(text)) askWords.add(w);
  if (NO_FALL_NEEDS.some((w) => text.includes(w))) for (const m of text.matchAll(native(NO_FALL))) {
    const w = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (text.split(` ${w} `).length === 2) askWords.add(w);
  }
  // "my laptop keeps crashing": something that crashes again and again is no road accident.
  if (text.includes(' crash') && KEEPS_CRASHING.test(text)) askWords.add(KEEPS_CRASHING.exec(text)![1]);
  if (text.includes(' handle') && OFF_THE_HANDLE.test(text)) for (const w of ['flew', 'fly', 'flies', 'flying', 'flown', 'handle']) askWords.add(w);
  // "woke up with it", "I woke up and can't turn my head": when it began, not pain that wakes the
  // person (a warning sign's word); "woke up in the night", "woke me up" are that sign.
  if (text.includes(' woke up ') && WOKE_UP.test(text) && text.split(' woke ').length === 2) askWords.add('woke');
  // ... and "every morning when I wake up", "waking up stiff": when it is there, not pain that wakes.
  // Not when waking is told of the night ("waking up several times a night", "in the early hours").
  if (text.includes(' wak') && WAKE_UP.test(text) && !text.includes(' wakes me') && !text.includes(' waking me') && !text.includes(' woken') && !NIGHT_WAKING.some((w) => text.includes(w))) {
    for (const w of ['wake', 'waking', 'wakes']) if (text.includes(` ${w} `)) askWords.add(w);
  }
  // "what kind of pillow helps": "helps" only asks (the sentence saying what may help answers).
  if (text.includes(' helps ') && WHAT_HELPS.test(text)) askWords.add('helps');
  if (/\b(?:fast|quick|speedy|speediest|asap)/.test(text)) for (const m of text.matchAll(SPEED_ASKED)) askWords.add(m[1] ?? m[2]);
  for (const intent of intents) {
    if (!ASKING.has(intent.name)) continue;
    let all = globalCache.get(intent.ask);
    if (!all) globalCache.set(intent.ask, (all = new RegExp(intent.ask, 'g')));
    for (const m of text.matchAll(all)) for (const w of m[0].split(' ')) if (w) askWords.add(w);
    // "can i double up": the words asking for more only ask ("double" is no double vision).
    // (Not the medicine's name in "2 tramadol instead of 1".)
    // Not "double" when the query tells of double vision ("double vision, can i double up on
    // naproxen": the sign's word would weigh as asking, review27).
    if (intent.name === 'amount') for (const w of moreAsked(text)?.split(' ') ?? []) if (MORE_WORDS.has(w) && !(w === 'double' && DOUBLE_SIGN.test(text))) askWords.add(w);
  }
  // "what helps", "how do I ease it": the words that ask for a treatment name none.
  // Every match of TREATMENT holds "what " or "how ": without them it is not run (its compilation,
  // 0.4 ms, was the dearest of `search ibuprofen`'s patterns).
  const treatment = (text.includes('what ') || text.includes('how ')) && test(TREATMENT);
  // The first such phrase, by the pattern already compiled for the test (a global copy of it
  // would be compiled again: 1-3 M instructions).
  if (treatment) for (const w of text.match(TREATMENT)![0].split(' ')) if (w) askWords.add(w);
  // "what can I take (for the pain)", "anything I can take": "take" with no object of its own, in a
  // question about being unwell, means a medicine (English usage, not the corpus's words).
  const take = TAKE_NEEDS.some((w) => text.includes(w)) && canMatch(TAKE, text) ? (compileToMachineCode(TAKE), TAKE.exec(text)) : null;
  const implied = take ? ['medicine'] : [];
  // "what do doctors give", "what else could my GP offer": what a prescriber gives is a prescription.
  // Not when the query names what it would be ("could a doctor give me an injection").
  const gives = DOCTOR_NEEDS.some((w) => text.includes(w)) ? PRESCRIBER_GIVES.exec(text) : null;
  const given = gives ? text.slice(gives.index + gives[0].length).trim().split(' ').find((w) => !PRONOUNS.has(w) && w !== 'us' && !DETERMINER_WORDS.has(w)) : undefined;
  const givesNamed = given !== undefined && !GIVEN_VAGUE.has(given) && contentWords([given]).length > 0;
  if ((take && testIfCan(PRESCRIBER, take[0])) || (gives && !givesNamed)) implied.push('prescribe');
  // Pregnant or breastfeeding, said of the one in pain: the choice it changes is the medicine's.
  // Only told beside the neck's trouble and nothing else, asked generally if at all: "pregnant, is a
  // heat pad ok" asks of heat, "pregnant so ibuprofen is out" turns from the medicine, and "pregnant
  // and neck pain after a fall" tells a warning sign (review34: the medicine's note had replaced it).
  if (!take && tried.size === 0 && PREGNANT_NEEDS.some((w) => text.includes(w)) && PREGNANT.test(text) && NECK_TROUBLE.test(text) && contentWords(text.split(' ')).every((w) => STATE_AND_TROUBLE().has(w) || /^\d+$/.test(w))) implied.push('medicine');
  for (const w of implied) focus.add(w);
  // "for eight days", "ten days now": a week or more of it, said in days, is what "weeks" means.
  if (!text.includes(' weeks ') && ((text.includes(' day') && lastedAWeek(text)) || LONGER.some((w) => text.includes(w)))) implied.push('weeks');
  // "should I get it looked at", "do I need to get checked", "when do I see someone": asking whether
  // to see a doctor, in other words.
  if (SEE_DOCTOR_NEEDS.some((w) => text.includes(w)) && SEE_DOCTOR.test(text) && !text.includes(' doctor') && !text.includes(' gp ')) implied.push('doctor');
  // "day 3 and still icing it", "is heat better than ice after 3 days": past the first two days,
  // where the plan moves from ice to heat ("Thereafter, you may use a heating pad"); unless the
  // question is how long or how often, which the sentence of the step itself answers.
  // Heat that was tried and failed is past that step already.
  // Two days of ice ("iced it for two days already") have done the first step too.
  const days = testNative(THERMAL, text) ? daysIn(text) : 0;
  // "3rd day" says when, as "day 3" does: a number, no word to find ("no match for '3rd'").
  if (hasDigit(text) && text.includes(' day')) for (const m of text.matchAll(ORDINAL_DAY)) askWords.add(m[1]);
  if ((days >= 3 || (days === 2 && testIfCan(COLD, text))) && !intents.some((i) => i.name === 'duration' || i.name === 'frequency') && ![...tried].some((w) => HEAT.test(w))) implied.push('thereafter');
  // "pulled my neck lifting boxes this morning", "tweaked it at the gym yesterday": a strain of the
  // last day or two, where the care plan starts (ice for the first two days after an injury),
  // unless the person has tried something already or names what they want; asking which of heat
  // and cold ("frozen peas or hot water bottle?? … yesterday") is asking where the plan starts.
  // The words that tell how it happened are then the story, all of them ("pulled … at the gym"),
  // unless the person asks why.
  if (tried.size === 0 && FRESH_NEEDS.some((w) => text.includes(w)) && native(FRESH).test(text) && (!testNative(THERMAL, text) || (COLD.test(text) && HEAT_ANY.test(text))) && !ASKS_WHY.test(text)) {
    if (STRAIN.test(text)) {
      implied.push('ice');
      for (const m of text.matchAll(STRAIN_ALL)) for (const w of m[0].split(' ')) askWords.add(w);
    }
  }
  // "the pain has eased off a bit", "spasm's settled now": after some relief, where physical
  // therapy comes in; not when it has not eased ("hasn't eased after a week" is a warning sign).
  if (EASED_NEEDS.some((w) => text.includes(w))) {
    // The worst being over, only where the query says "worst" once: "the worst is over but this was
    // the worst headache of my life" tells a warning sign (review45: it lost its flag).
    const worstOnce = text.indexOf(' worst ') >= 0 && text.indexOf(' worst ') === text.lastIndexOf(' worst ');
    const matches = [...text.matchAll(EASED), ...text.matchAll(EASED_OF), ...(worstOnce ? text.matchAll(WORST_OVER) : [])];
    for (const m of matches) {
      const worst = m[0].includes('worst');
      const before = text.slice(Math.max(0, m.index! - (worst ? WORST_NEGATION_REACH : NEGATION_REACH)), m.index!);
      // "is heat much better than ice" compares; it says nothing eased.
      // Nor is pain gone "down my arm": it spreads (a warning sign), it has not eased.
      if (!NEGATED_BEFORE.test(before) && !(worst && before.includes(' don t ')) && !text.startsWith(' than ', m.index! + m[0].length) && !(m[0].endsWith(' down') && SPREADS_DOWN.test(text.slice(m.index! + m[0].length)))) {
        // The words that say it eased are told by "relief", the corpus's word for it (of EASED_OF's,
        // the verb's only: "the pain has gone down but I have chest pain" keeps its pain).
        for (const w of (m[1] ?? m[0]).split(' ')) askWords.add(w);
        implied.push('relief');
        break;
      }
    }
  }
  // "a crash a year ago", "an old injury": an injury long past is the story, not the warning sign
  // of a new one (which is for the days after it).
  // So is one a doctor has checked already ("the doctor checked her", "all clear", "nothing broken").
  // So is one the hospital has seen to ("A&E gave me a soft collar", "the hospital sent me home with").
  const past = PAST_NEEDS.some((w) => text.includes(w)) && PAST.test(text);
  const seenCare = CARE_NEEDS.some((w) => text.includes(w)) ? SEEN_CARE.exec(text) : null;
  if (past || (CHECKED_NEEDS.some((w) => text.includes(w)) && CHECKED.test(text)) || seenCare) {
    for (const w of text.split(' ')) if (INJURY_WORDS.has(w)) askWords.add(w);
  }
  // ... and the care itself, which has been (the care's name: "urgent care gave me a collar, how
  // long do i wear it" asks of the collar, not whom to turn to; writer63).
  // Only care that gave a thing: what it said ("the walk-in centre said rest it, but a week on it
  // hasn't budged") may be why to go back.
  // (Not a verdict given: "urgent care gave me the all clear after the crash" tells a check.)
  if (seenCare && GAVE_THING.test(seenCare[0]) && !VERDICT_GIVEN.test(text.slice(seenCare.index + seenCare[0].length))) for (const w of seenCare[1].split(' ')) askWords.add(w);
  // ... and so is an illness long past ("my dad had a stroke years ago", "I had meningitis as a
  // child", "a heart attack last year"): the signs of a new one are what the warning signs tell.
  if (past || (text.includes(' as a ') && AS_A_CHILD.test(text))) {
    for (const w of text.split(' ')) if (PAST_ILLNESS_WORDS.has(w)) askWords.add(w);
  }
  // "I have a temperature", "she's got a temp", "running a slight temperature": a fever, in British
  // speech (trial17 finding 2). Not "what temperature", "the temperature of the wheat bag".
  // Beside the neck or its spasm only: "paracetamol dose for a 6 year old with a temperature" is a
  // child's fever, which the corpus does not cover.
  // Not denied ("I haven't got a temperature", "not got a temp") nor said to be normal ("headache,
  // temperature is normal"): review39 found both raising meningitis's emergency.
  if (text.includes(' temp') && (text.includes('neck') || text.includes('spasm'))) {
    // ("haven't got a temperature now" had one: review41.)
    const m = HAS_TEMPERATURE.exec(text);
    if (m && (!NEGATED_JUST_BEFORE.test(text.slice(0, m.index + 1)) || /^ (?:now|anymore|any more)\b/.test(text.slice(m.index + m[0].length)))) implied.push('fever');
  }
  // "I'm 72", "my nan is 84", "my 80 year old dad": an age that makes a person elderly.
  const digits = hasDigit(text);
  if (digits && OLD_AGE.test(text)) implied.push('elderly');
  // "slipped on the ice", "slipped down the stairs", "slipped over": a fall, which the warning
  // signs name ("fell"); not a "slipped disc". (Said here, not as the signs' own terms: a term
  // "slipped on the ice" would make "ice" a word of the warning signs for every query.)
  if (text.includes(' slipped ') && SLIPPED.test(text) && !text.includes(' fell ')) implied.push('fell');
  // "operate machinery", "use heavy machinery": the notes' "use machines", no operation (review25:
  // "can i operate machinery on tramadol" led with surgery).
  if (text.includes(' machinery ')) {
    implied.push('machines');
    for (const w of ['machinery', 'operate', 'operating', 'heavy']) if (text.includes(` ${w} `)) askWords.add(w);
  }
  // "a glass of wine with naproxen": a drink, not the meningitis sign's glass pressed on a rash
  // (review24 finding 2: it led with that sign).
  if (text.includes(' glass') && GLASS_OF_DRINK.test(text)) for (const w of ['glass', 'glasses']) if (text.includes(` ${w} `)) askWords.add(w);
  // What the teller says of themselves beside the question (tellerWords): the story's, not the
  // question's: its words weigh nothing.
  for (const w of tellerWords(text, digits)) askWords.add(w);
  // Self-care tried for a week or more without help is what the warning signs' "has not eased
  // after a week" is about.
  if (failed && (implied.includes('weeks') || text.includes(' week ') || text.includes(' weeks '))) implied.push('persistent');
  // "two weeks ago": when it began, not how long it has lasted ("still" says that, if it has).
  // "it started 3 days ago", "began yesterday": when it began, told (not "started to ease", the
  // relief physical therapy waits for).
  if ((text.includes(' started ') || text.includes(' began ')) && ONSET_WHEN.some((w) => text.includes(w))) {
    for (const m of text.matchAll(ONSET)) askWords.add(m[1]);
  }
  if (text.includes(' ago ')) {
    for (const m of text.matchAll(AGO)) {
      askWords.add(m[2]);
      if (m[1] && hasDigit(m[1])) askWords.add(m[1]);
    }
  }
  // "the cold pack numbs it": what a treatment does, no numbness of the person's (a warning sign).
  if (text.includes(' numbs ') && NUMBS_IT.test(text)) askWords.add('numbs');
  // "every few weeks", "every month": a spasm that comes back, not one that has lasted weeks.
  if (text.includes(' every ')) {
    const m = RECURS.exec(text);
    if (m) {
      askWords.add(m[1]);
      implied.push('recurrence');
    }
  }
  // "can I go to work with a neck spasm", "should I still go to the gym": asking whether to keep up
  // an activity, which the rest section answers (reducing activity for a day or two).
  if (text.includes(' go') && GO_ON_WITH.test(text)) {
    for (const w of GO_ON_WITH.exec(text)![0].trim().split(' ')) askWords.add(w);
    implied.push('activity');
  } else if (TIME_OFF_NEEDS.some((w) => text.includes(w)) && TIME_OFF.test(text)) {
    // ... or whether to stop it for a while: "take a day off", "call in sick", "stay off work".
    for (const w of TIME_OFF.exec(text)![0].trim().split(' ')) askWords.add(w);
    implied.push('activity');
  }
  // "how do I stop it happening again", "stops spasms coming back": asking how to prevent it coming
  // back; "stop" then only asks.
  if (text.includes(' stop')) for (const m of text.matchAll(native(STOP_RECURRING))) {
    askWords.add(m[1]);
    implied.push('recurrence');
  }
  // "neck spasms every afternoon, how do I stop them": spasms that keep coming, asked how to stop,
  // ask the same.
  if (!implied.includes('recurrence') && (text.includes(' stop') || text.includes(' prevent')) && KEEPS_COMING.some((w) => text.includes(w)) && STOP_THEM.test(text)) {
    askWords.add(STOP_THEM.exec(text)![1]);
    implied.push('recurrence');
  }
  // "what helps long term", "get rid of it for good": the same, without "stop".
  if (!implied.includes('recurrence') && LONG_TERM_NEEDS.some((w) => text.includes(w)) && LONG_TERM.test(text)) {
    for (const w of LONG_TERM.exec(text)![0].split(' ')) askWords.add(w);
    implied.push('recurrence');
  }
  // "the GP gave me naproxen", "my doctor prescribed cyclobenzaprine", "the consultant mentioned an
  // injection": the doctor is part of the story, already seen, not a question of whether to see one.
  // Not one the person has not seen ("haven't seen a doctor yet", "never been to the GP"), and the
  // word still counts where the query asks about seeing one too ("saw the GP on monday, should I go
  // back to the GP"): it only asks when every time it is said, it is said of a doctor seen.
  if (DOCTOR_NEEDS.some((w) => text.includes(w))) {
    const seen = new Map<string, number>();
    for (const m of text.matchAll(native(SEEN_DOCTOR))) {
      if (NEGATED_JUST_BEFORE.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
      const w = m[1] ?? m[2] ?? m[3];
      seen.set(w, (seen.get(w) ?? 0) + 1);
    }
    if (seen.size > 0) {
      const all = text.trim().split(' ');
      for (const [w, n] of seen) if (all.filter((x) => x === w).length === n) askWords.add(w);
    }
  }
  // "no numbness", "no tingling or anything", "no fever though": what the person does not have.
  const absent = new Set<string>();
  if (text.includes(' no ')) {
    for (const m of text.matchAll(ABSENT)) {
      // "brace or no brace", "heat or no heat": a choice between having it and not, no absence.
      // Nor is what the teller says of themselves ("no health issues": the health of "health care
      // provider" is not turned from), a word that already weighs nothing.
      for (const w of [m[1], m[2]]) if (w && !NOT_ABSENT.has(w) && !askWords.has(w) && !text.slice(0, m.index!).endsWith(` ${w} or `)) absent.add(w);
    }
  }
  // A sign denied or gone in other words (review55: each had raised an emergency or a warning):
  // "denies fever" (a clinician's note), "fever free", "bladder fine", "i can swallow fine", "no loss
  // of bladder control", "the fever went away", "after covid the fever cleared". Of a sign's word only:
  // "pain free" and "sugar free" are no sign's.
  if (SIGN_GONE_NEEDS.some((w) => text.includes(w))) {
    // (Not one gone and back: "my fever was gone but now its back".)
    for (const m of text.matchAll(SIGN_GONE)) {
      if (m[6] && BACK_AGAIN.test(text.slice(m.index! + m[0].length).split(' ').slice(0, 9).join(' '))) continue;
      // (Nor a word the query says again: "his fever has gone but now I have a fever".)
      // ("went" alone only of a fever: "the rash went purple", "the tingling went down to my hand".)
      const wentAlone = m[6] !== undefined && / went$/.test(m[0]);
      for (const w of m.slice(1)) if (w && SIGN_GONE_WORDS.has(w) && (!m[4] || FINE_SIGNS.has(w)) && (!wentAlone || FEVER_GONE.has(w)) && text.split(` ${w} `).length === 2) absent.add(w);
    }
  }
  // A clinician's list after "denies" ("denies numbness, tingling, bladder or bowel changes": review56).
  if (text.includes('denie')) {
    for (const m of text.matchAll(DENIES_LIST)) for (const w of m[1].split(' ')) if (SIGN_GONE_WORDS.has(w) && text.split(` ${w} `).length === 2) absent.add(w);
  }
  // "neither numb arms nor weak legs", "neither numb nor weak": both (review55).
  if (text.includes(' neither ') && text.includes(' nor ')) {
    for (const m of text.matchAll(NEITHER_NOR)) for (const w of m.slice(1)) if (w && !NOT_ABSENT.has(w) && !askWords.has(w)) absent.add(w);
  }
  // "didn't fall or anything", "never fell", "wasn't in a crash", "nearly fell": an injury that did not happen.
  // Within a clause, so a negation never reaches into the next one.
  if (NEVER_NEEDS.some((w) => text.includes(w))) {
    for (const list of clauses) {
      const clause = ` ${list.join(' ')} `;
      for (const m of [...clause.matchAll(native(NEVER_HAPPENED)), ...clause.matchAll(native(NEVER_HAD)), ...clause.matchAll(native(NEVER_BEEN))]) {
        // A word the query says again is not denied everywhere: "hit by a car but didn't hit my head".
        const denied = m.slice(1).filter((w): w is string => w !== undefined && text.split(` ${w} `).length === 2);
        for (const w of denied) absent.add(w);
        // The words that say it did not happen only say so ("never" is no "never lets up").
        for (const w of m[0].trim().split(' ')) if (!m.slice(1).includes(w)) askWords.add(w);
      }
    }
  }
  // "can move everything fine", "walked away fine": a sign the person says they do not have.
  // (A plain test first: compiling DOING_FINE cost a question that has none of these 9 M instructions.)
  if (FINE_NEEDS.some((w) => text.includes(w))) {
    for (const list of clauses) {
      for (const m of ` ${list.join(' ')} `.matchAll(native(DOING_FINE))) absent.add(m[1] ?? m[2] ?? m[3]);
    }
  }
  const together = testIfCan(TOGETHER, text) || testIfCan(TAKE_BOTH, text) || ((text.includes(' and ') || text.includes(' plus ') || text.includes(' n ')) && fewWords(text, PAIR_ONLY_WORDS) && PAIR_ONLY.test(text));
  const togetherSaid = together && testIfCan(TOGETHER_SAID, text);
  // "can I add ibuprofen" only asks to take it with the other: "add" chooses no sentence by its
  // letters ("their sedation adds up", of an opioid and a muscle relaxant: review42).
  if (together) for (const w of ADD_WORDS) if (text.includes(` ${w} `)) askWords.add(w);
  // "paracetamol wore off, can I take a Lemsip on top": what wore off is to be taken with the other,
  // not turned from; the question is about the two together (a medicine's note on both answers).
  if (together && tried.size > 0 && ON_TOP.test(text)) {
    tried.clear();
    if (failed) {
      failed = false;
      const next = intents.findIndex((i) => i.name === 'next');
      if (next >= 0 && !intents[next].ask.test(text)) intents.splice(next, 1);
    }
  }
  // "X instead of Y, or can I do both at once?": asked of the two together, Y is no more turned from
  // than X (writer69: the rubs' note on a heating pad had lost to the painkillers' sentence).
  if (together && !failed && tried.size > 0 && text.includes(' instead of ') && BOTH_AFTER_INSTEAD.test(text)) tried.clear();
  // "the collar isn't helping, should I keep wearing it": whether to go on with what failed is asked
  // of it, not what comes after it (review40: the collar had counted for nothing, and "all day" found
  // the rest's "day off"). Not with another thing offered beside it ("keep icing or switch to heat").
  if (failed && tried.size > 0 && !alternatives && !text.includes(' or ') && KEEP_IT.test(text)) {
    for (const w of tried) focus.add(w);
    tried.clear();
  }
  const theirsOf = intents.some((i) => i.name === 'theirs') && !THEIRS_PLAIN.test(text) ? [...text.matchAll(POSSESSED_ALL)].map((m) => m[1]) : undefined;
  const heldWords = intents.some((i) => i.name === 'ingredients') ? [...text.matchAll(HELD)].flatMap((m) => (m[1] ?? m[2]).trim().split(' ')) : undefined;
  const sideEffectWords = new Set(disliked.flatMap((d) => d.own));
  // A trouble of the stomach asked whether the tablets cause it ("… now stomach pains, is it the
  // tablets?"): a side effect told, as "ibuprofen gives me stomach pain" is (review48: it found
  // nothing, the stomach's pain read as another trouble).
  if (BELLY_WORDS.some((w) => text.includes(w)) && CAUSED_BY_TABLETS.test(text)) {
    for (const w of text.trim().split(' ')) if (BELLY_TROUBLE.has(w)) sideEffectWords.add(w);
  }
  const asksFirst = text.includes(' first ') && ASKS_FIRST.test(text);
  const safeTo = new Set<string>();
  if (intents.some((i) => i.name === 'safety')) for (const m of text.matchAll(SAFE_TO)) if (!SAFE_TO_GENERAL.has(m[1]) && !STOP_WORDS.has(m[1])) safeTo.add(m[1]);
  return { tried, failed, alternatives, treatment, intents, askWords, focus, implied, absent, together, togetherSaid, sideEffectWords, safeTo, asksFirst, asksGravity: (text.includes(' serious') || text.includes(' dangerous')) && GRAVITY_ASKED.test(text), asksWhich: text.includes(' which '), asksYesNo: YES_NO.test(text), theirsOf, heldWords };
}

/** The stomach's words, and a question whether the medicine causes what is told (sideEffectWords). */
const BELLY_WORDS = [' stomach', ' tummy', ' gut ', ' belly'];
const BELLY_TROUBLE = new Set(['stomach', 'tummy', 'gut', 'belly', 'pain', 'pains', 'ache', 'aches', 'achy', 'cramps', 'cramping', 'upset', 'burning', 'sore', 'hurts', 'hurting']);
const CAUSED_BY_TABLETS = /\b(?:is (?:it|that|this)|could (?:it|that|this) be|might (?:it|that|this) be|are (?:they|these|those)|is the) (?:from |because of |due to |caused by |down to )?(?:the |my |these |those |them )?(?:tablets|pills|medicine|medicines|medication|meds|painkillers|ibuprofen|naproxen|aspirin|nurofen|advil|aleve)\b/;

/** What is asked about as held by something (readQuery's heldWords): "has codeine in it", "is there
 *  caffeine as well as codeine", "does it contain codeine". */
const HELD = /\b(?:have|has|got|is there|are there|contain|contains|with) ((?:\w+ ){1,3}?)in (?:it|them|this|that|these|those)\b|\bis there ((?:\w+ ){1,2}(?:as well as|and|or) \w+)/g;

/** How grave it is, asked (readQuery's asksGravity): "be serious", "something serious", or the word
 *  ending the question ("is a stiff neck serious", "serious or will it pass"). */
const GRAVITY_ASKED = /\b(?:be|is|it s|its|is it|something|anything|that|this|more|how|so|too|really|very|seriously) (?:serious|dangerous)\b(?! (?:accident|crash|fall|injury|pain|blow|collision|car|bike|smash))|\b(?:serious|dangerous)(?= $| or | at all )/;

/** A clause "not a muscle relaxant": at most this many words, its second one of NOT_X_NEXT ("not
 *  sure", "not working", "not really" say something else). */
const NOT_X_WORDS = 5;
const NOT_X_NEXT = new Set(['a', 'an', 'the', 'any', 'more', 'another']);
/** "how long should I keep the heat on", "how many days do you use a wheat bag for": what is kept
 *  up (a pronoun names nothing: "how long do I leave it on"). */
const HOW_LONG_OF = / how (?:long|often|many (?:days|hours|minutes|times)) (?:should|do|can|could|must|shall|am|are|is) (?:i|we|you) (?:supposed to |meant to |be )?(?:keep|use|leave|wear|apply|put|using|wearing|keeping) (?:the |a |an |my |this |that )?((?:[a-z]+ ){0,2}[a-z]+)/;
/** "how long should heat be used for", "how often can the pad be applied": HOW_LONG_OF, said passively. */
const HOW_LONG_IS = / how (?:long|often|many (?:days|hours|minutes|times)) (?:should|do|can|could|must|shall|is|are|does) (?:the |a |an |my |this |that )?((?:[a-z]+ ){0,1}[a-z]+) (?:be )?(?:used|applied|kept on|left on|worn|done|taken|put on)\b/;
/** "when do I swap to a hot water bottle", "when should I switch over to heat": what comes next. */
const WHEN_TO_SWITCH = / when (?:do|should|can|could|shall|must) (?:i|we) (?:swap|switch|change|move)(?: over| back)? to (?:a |an |the |my |using )?((?:[a-z]+ ){0,2}[a-z]+)/;
/** A glass of a drink (readQuery): "a glass of wine", "two glasses of red". */
const GLASS_OF_DRINK = / glass(?:es)? of (?:(?:red|white|rose|sparkling|the) )?(?:wine|beer|champagne|prosecco|whisk(?:e)?y|vodka|gin|rum|brandy|sherry|port|cider|lager|bubbly|fizz|red|white|water|milk|juice)\b/;
/** A slip that is a fall (readQuery): "slipped on the ice", "slipped and hurt my neck". */
const SLIPPED = / slipped (?:on|over|down|in|and|off|while|when|getting|coming|going)\b/;
/** Taking two things together, in a folded query with a space at each end (readQuery). */
/** Asking to take one thing on top of another ("can I take a Lemsip on top", "can I add aleve", "can I
 *  take Aleve with it": review48). */
const ON_TOP = /\b(?:(?:can|could|should|shall|do|ok to|okay to|safe to|want to) (?:i |we |you )?(?:(?:take|use|have|add|put|pop|stick|wrap|lay) (?:\w+ ){0,4}?(?:on top|over the top|over it|as well|alongside|at the same time|together|too|with (?:it|them|that|those|this))\b|add\b)|\b(?:put|used|added|stuck|wrapped|laid|placed|popped) (?:\w+ ){0,4}?(?:on top|ontop|over the top|over it)\b)/;
/** "can I take X and Y": two things asked about at once (trial19: "can i take co-codamol and
 *  paracetamol" was answered by "A health care provider may prescribe stronger NSAIDS …", not by the
 *  note on taking two products that contain paracetamol). Read as together only where two drugs are
 *  named (snippet.ts, twoDrugs). */
const TAKE_BOTH = / (?:can|could|should|do|ok to|okay to|safe to) (?:i |we |you |he |she |they )?(?:take|have|use|give|mix) (?:[\w-]+ ){1,3}?and /;
/** A query of two things and nothing more but what they are for ("anadin extra and paracetamol",
 *  "aleve plus advil for a bad neck"): asked about together, as "can I take X and Y" is (review28 D3).
 *  Read as together only where two drugs are named (snippet.ts, twoDrugs). */
/** More words than this, a query is no pair alone (PAIR_ONLY has at most 12): the pattern is not compiled. */
const PAIR_ONLY_WORDS = 12;
/** Whether a folded text (a space at each end) has at most `most` words, counted without splitting it. */
function fewWords(text: string, most: number): boolean {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32 && ++spaces > most + 1) return false;
  return true;
}
const PAIR_ONLY = /^ (?:[\w-]+ ){1,3}(?:and|plus|n) (?:[\w-]+ ){1,3}(?:(?:for|on) (?:[\w-]+ ){0,4})?$/;
const TOGETHER = / (?:together|togther|at the same time|(?:on |in )?the same day|same day|both|one of each|combine|combined|combining|mix|mixing|alongside|as well as|on top of|on top|ontop|over the top|over it|with|add|adding|also|already|as well|too|still take|still have|still use) /;
/** Taking two things together said in so many words, not by "with" alone ("woke up with a crick …
 *  paracetamol or Advil", "should I stick with tylenol"). */
/** Words that ask to take one thing with another ("can I add aleve"). */
const ADD_WORDS = ['add', 'adding'];
const TOGETHER_SAID = / (?:together|togther|at the same time|(?:on |in )?the same day|same day|both|one of each|combine|combined|combining|mix|mixing|alongside|as well|on top|also|too|in between|add|adding) /;

/** Words after "and" that end a list of what was tried: "… and nothing has helped". */
const NOTHING_AFTER_AND = new Set(['nothing', 'none']);

/** The words of a folded query in clauses, which end at punctuation and at "but" and "so" (an
 *  apostrophe splits a word: "isn t"), and whether each clause starts a new sentence (after ". ? !",
 *  "but" or "so"), not only after a comma: a list ("nothing, not physio, pills or injections, has
 *  …") runs over commas only. */
function clausesOf(query: string): { clauses: string[][]; sentenceStarts: boolean[]; afterSo: boolean[] } {
  const clauses: string[][] = [[]];
  const sentenceStarts: boolean[] = [false];
  /** Whether each clause opens with "so": what follows from the clause before. */
  const afterSo: boolean[] = [false];
  const all = tokens(fold(query));
  all.forEach((token, i) => {
    const last = clauses[clauses.length - 1];
    // "anything but X" turns away from X within its clause; any other "but" starts a new one.
    if (PUNCTUATION.includes(token) || (token === 'but' && last[last.length - 1] !== 'anything') || token === 'so') {
      clauses.push([]);
      sentenceStarts.push(!COMMA_LIKE.includes(token));
      afterSo.push(token === 'so');
    }
    // "tried X and Y for a week and nothing touched it": "and nothing" ends the list of what was
    // tried, as a comma does (review26: read only with the comma). Only after a word of trying: "my
    // neck keeps waking me up every night and nothing touches it" names nothing tried.
    else if (token === 'and' && NOTHING_AFTER_AND.has(all[i + 1]) && last.some((w) => TRIED_WORDS.has(w))) {
      clauses.push([]);
      sentenceStarts.push(false);
      afterSo.push(false);
    }
    // A contraction typed without its apostrophe ("dont", "cant") is read as with it ("don t").
    else if (UNAPOSTROPHED.has(token)) last.push(UNAPOSTROPHED.get(token)!, 't');
    else last.push(token);
  });
  return { clauses, sentenceStarts, afterSo };
}

/** What a reading found had failed: the words naming it, and the reading's own words, which only
 *  say it failed ("no joy", "nothing, not even … has made"). */
interface Failure {
  named: string[];
  own: string[];
}

/** "Nothing, not physio, pills or injections, has made a lasting difference", "none of the
 *  painkillers, heat or stretches have helped": the list told after "nothing" is what failed. Read
 *  within a sentence: "none of my friends have had this. the heat pad has helped" says nothing failed. */
function nothingOfList(text: string, clauses: string[][], sentenceStarts: boolean[]): Failure | undefined {
  if (!text.includes(' nothing ') && !text.includes(' none of ')) return undefined;
  const listed = NOTHING_OF.exec(sentenceText(clauses, sentenceStarts));
  if (!listed) return undefined;
  // The opening words ("nothing at all, not even") only say it failed; the closing verb ("has
  // helped") stays a word of the query: it meets "painkillers … have not helped", the warning sign.
  return { named: contentWords(listed[2].split(' ')).slice(0, TRIED_LIMIT), own: listed[1].split(' ').filter((w) => w) };
}

/** A clause that tells the trouble rather than what was tried: what it does, where it came from. */
const TROUBLE_TOLD = / from (?:a|an|my|the) |\b(?:spasms?|spasming|stiff|locked|seized|seizes)\b/;

/** "X, no joy", "X together, still no joy after ten days", "tried X. nothing": X is what was
 *  tried. A "nothing" that opens a list nothingOfList read (`listedNothing`) has said what failed
 *  already. */
function noLuckLists(clauses: string[][], sentenceStarts: boolean[], listedNothing: boolean): Failure[] {
  const out: Failure[] = [];
  clauses.forEach((list, k) => {
    const at = list.findIndex((w, j) => NO_LUCK.has(`${w} ${list[j + 1]}`) || (j === 0 && NO_LUCK.has(w) && !(w === 'nothing' && (listedNothing || NOTHING_SAID_OF.has(list[1])))));
    if (at < 0) return;
    const own = NO_LUCK.has(`${list[at]} ${list[at + 1]}`) ? 2 : 1;
    // "they made no difference": the verb is part of saying it failed.
    const verb = at > 0 && MADE.has(list[at - 1]) ? 1 : 0;
    const before = contentWords(list.slice(0, at - verb).filter((w) => !TRIED_WORDS.has(w)));
    // The clause before names what failed, unless it tells how the trouble goes ("it's getting
    // worse fast, nothing touches it").
    // ... or tells what the trouble is, how long it has lasted or where it came from ("neck spasms
    // for years, nothing has worked", "from a curved spine, nothing else has worked").
    const told = (words: string[]) => words.some((w) => w === 'worse' || w === 'better') || TROUBLE_TOLD.test(` ${words.join(' ')} `);
    // A list told over commas after "tried" ("tried physio, injections and muscle relaxers, nothing
    // worked") is named whole, from its "tried" on, within its sentence.
    let from = k - 1;
    for (let j = k - 1; j > 0 && !sentenceStarts[j] && !told(clauses[j - 1]); j--) if (TRIED_WORDS.has(clauses[j - 1][0])) { from = j - 1; break; }
    const named = before.length > 0 ? before : k > 0 && !told(clauses[k - 1]) ? contentWords(clauses.slice(from, k).flat().filter((w) => !TRIED_WORDS.has(w))) : [];
    // Told after the trouble, it still says everything tried has failed.
    if (named.length > 0 || (before.length === 0 && k > 0 && told(clauses[k - 1]))) out.push({ named: named.slice(from < k - 1 && before.length === 0 ? -TRIED_LIMIT : -CONTENT_LIMIT), own: list.slice(at, at + own) });
  });
  return out;
}

/** Whether clauses told after a question are a short aside ("It's on the left side."): at most
 *  ASIDE_WORDS words, each of ASIDE, which says only where it is. A sentence naming anything else
 *  ("I have a fever.", "My arm is numb.") is more of the trouble (review16 finding 4). */
function asideAfter(rest: string[][]): boolean {
  const all = rest.flat();
  return all.length <= ASIDE_WORDS && all.every((w) => ASIDE.has(w));
}
const ASIDE_WORDS = 8;
const ASIDE = new Set(['it', 'its', 's', 'is', 'on', 'the', 'my', 'of', 'at', 'mostly', 'mainly', 'just', 'only', 'more', 'left', 'right', 'side', 'sides', 'both', 'back', 'front', 'top', 'base', 'bottom', 'middle', 'one', 'neck']);

/** The content words a match (BEFORE_TRIED, DESPITE) is followed by: what was turned from. It ends
 *  where the sentence goes on ("instead of ice | can I use heat", "rather avoid painkillers | for my
 *  stiff neck"); a pronoun names nothing ("without it happening again" says what is wanted). */
function objectAfter(clause: string, m: RegExpMatchArray): string[] {
  return objectOf(wordsAfter(clause, m));
}

/** The words after a match, up to AFTER_CHARS of them: a thing's name is a few words, and a clause
 *  of many matches ("done with done with …") is then read in time linear in its length. */
function wordsAfter(clause: string, m: RegExpMatchArray): string[] {
  const from = m.index! + m[0].length;
  return clause.slice(from, from + AFTER_CHARS).trim().split(' ');
}
const AFTER_CHARS = 160;

/** The content words that open `after`, up to where the sentence goes on (see objectAfter). */
function objectOf(after: string[]): string[] {
  if (PRONOUNS.has(after[0])) return [];
  // "just mask it with tablets", "cover it up with painkillers": what it would be done with.
  const it = after.findIndex((w, k) => k > 0 && k <= 3 && PRONOUNS.has(w));
  if (it > 0) {
    const by = after.findIndex((w, k) => k > it && k <= it + 2 && (w === 'with' || w === 'using'));
    if (by > 0) return objectOf(after.slice(by + 1));
  }
  const end = objectEnd(after);
  return contentWords(end < 0 ? after : after.slice(0, end)).slice(0, CONTENT_LIMIT);
}

/** Where the name of a thing that opens `words` ends: the first word after it that ends an object. */
function objectEnd(words: string[]): number {
  return words.findIndex((_, k) => k > 0 && endsObject(words, k));
}

/** Whether words[k] ends the name of a thing: a preposition, a question or a new subject, or a list
 *  join that starts a clause of its own ("the heat pad and my neck still aches"). */
function endsObject(words: string[], k: number): boolean {
  return OBJECT_ENDS.has(words[k]) || (LIST_JOINS.has(words[k]) && CLAUSE_AFTER_JOIN.has(words[k + 1]))
    // "the tramadol the gp offered": a new "the" after a name starts who did something with it.
    // Not a time told of it: "tried the ice the first day", "heat the whole week".
    || (NEW_SUBJECT.has(words[k]) && k >= 2 && !OF_JOINS.has(words[k - 1]) && !NEW_SUBJECT.has(words[k - 1]) && !WHEN_AFTER_THE.has(words[k + 1]));
}
/** Words after "the" that say when, not who: "the first day", "the other night". */
const WHEN_AFTER_THE = new Set(['first', 'second', 'third', 'next', 'other', 'last', 'same', 'whole', 'entire', 'day', 'days', 'night', 'nights', 'morning', 'mornings', 'evening', 'evenings', 'afternoon', 'week', 'weekend', 'month', 'year', 'time', 'past', 'following', 'previous']);
/** Words that open a new noun phrase after a name (endsObject). */
const NEW_SUBJECT = new Set(['the', 'my', 'his', 'her', 'their', 'our', 'your']);
/** Words after which a "the" continues the name: "a bag of the frozen peas", "heat and the ice". */
const OF_JOINS = new Set(['of', 'and', 'or', 'plus', 'nor', 'off', 'up', 'down', 'over', 'out', 'into', 'onto', 'under', 'by', 'than', 'like', 'all', 'both']);

/** Whether the query tells how often something is done ("taking ibuprofen 3 times a day since
 *  saturday"), in a clause that asks nothing: "should I be taking ibuprofen 3 times a day", "is it
 *  safe to keep using the heat pad 4 times a day" ask how often. */
function toldHowOften(text: string, clauses: string[][]): boolean {
  const m = DOING_OFTEN.exec(text);
  if (!m) return false;
  // The clause the match starts in: `text` is the clauses' words, one space apart, padded.
  let at = text.slice(0, m.index).split(' ').length - 2;
  const clause = clauses.find((list) => (at -= list.length) < 0) ?? [];
  return !QUESTION_OPENS.has(clause[0]) && clause[0] !== 'am';
}

/** The steps a clause says the person has finished ("cold packs done", "done with the ice",
 *  "moved on from ice packs to heat"), and the next step it names ("heat"). */
function finishedSteps(list: string[]): { steps: string[]; next: string[] } {
  const clause = ` ${list.join(' ')} `;
  const steps = stepBeforeDone(list, clause);
  const next: string[] = [];
  for (const m of clause.matchAll(DONE_BEFORE)) {
    const { object, rest } = stepAfterDoneWith(clause, m);
    const named = NEXT_STEP.exec(`${rest} `);
    // "switched from" a step says where to ("switched from ice to heat"); without it, it tells of
    // something else ("switched from the night shift").
    if (object.length === 0 || (/^ ?(?:switch|chang)/.test(m[0]) && !named) || FOR_NOW.test(rest) || (m[0].startsWith('stopped') && (STOPPED_NOT.has(object[0]) || !object[0].endsWith('ing')))) continue;
    steps.push(...object);
    if (named) next.push(...objectOf(named[1].trim().split(' ')).filter((w) => !WHEN_WORDS.has(w)).slice(0, 1));
  }
  if (SWAP_VERBS.some((w) => clause.includes(` ${w} `)) || REPLACE_VERBS.some((w) => clause.includes(` ${w} `))) {
    for (const m of clause.matchAll(SWAPPED_FOR)) {
      const object = objectOf((m[1] ?? m[2]).trim().split(' '));
      const to = objectOf(m[3].trim().split(' ')).filter((w) => !WHEN_WORDS.has(w)).slice(0, 1);
      // Both named: "swap shifts for a week" or "swap it for heat" tell of no step finished. The
      // thing given up is not counted as failed: "swapped my pillow for a memory foam one" is
      // still about pillows.
      if (object.length === 0 || to.length === 0) continue;
      next.push(...to);
    }
  }
  return { steps, next };
}

/** "cold packs done", "the ice is finished": the step before the word; none in a passive or a
 *  question ("what exercises should be done", "had an MRI done", "how is a fusion done"). */
function stepBeforeDone(list: string[], clause: string): string[] {
  const m = DONE_AFTER.exec(clause);
  if (!m || QUESTION_OPENS.has(list[0])) return [];
  const before = clause.slice(0, m.index).trim().split(' ');
  if (before.some((w) => DONE_BY_OTHERS.has(w))) return [];
  return listBefore(before);
}

/** "done with the ice", "switched from the night shift and my neck …": what the person is done with,
 *  which ends where the clause goes on about something else ("and my neck"), and the words after it. */
function stepAfterDoneWith(clause: string, m: RegExpMatchArray): { object: string[]; rest: string } {
  const after = wordsAfter(clause, m);
  const end = objectEnd(after);
  return { object: objectOf(after), rest: end < 0 ? '' : after.slice(end).join(' ') };
}

/** Verbs that say something was tried, said before what it was: "tried", "took", "been using",
 *  "had" (physio, an injection; "had a spasm" names only the condition, which search never counts
 *  as turned from). */
const TRIED_VERBS = new Set(['tried', 'took', 'taken', 'used', 'done', 'had']);
/** "everything", "all sorts": a list of what was tried follows. */
const EVERYTHING = new Set(['everything', 'all', 'loads', 'lots', 'right', 'possible', 'imaginable', 'going', 'usual', 'suggested', 'recommended', 'else']);
/** Said before what was tried too: "nothing I do seems to help, I have tried …". */
const NOTHING_HELPS = /\bnothing (?:\w+ ){0,4}(?:helps?|works?|helped|worked)\b/;
/** Words, after what was tried, that say it has not helped: "still", "no better", "not much better",
 *  and NOTHING_HELPS. */
const STILL = new RegExp(`\\b(?:still|no better|not (?:\\w+ )?(?:any |much )?better|not (?:improved|improving|helped|eased))\\b|${NOTHING_HELPS.source}`);
/** "Still" asking whether to go on with something ("is ice still the right thing", "can I still
 *  take it", "still ok to use heat") or to see someone all the same ("should I still get it looked
 *  at", "do I still need to see a GP"), which says nothing failed (STILL). */
const STILL_GOING_ON = /\bstill (?:ok|okay|fine|safe|good|alright|all right|right|the (?:right|best|way)|a good|worth|best|use|using|keep|carry|continue|apply|applying|take|taking|do|doing|wear|wearing|go|going|be (?:using|taking|doing)|get|getting|see|need|needs|have to|call|ring|phone|bother)\b/g;
/** The most words of what was tried taken from one list ("ice then heat, ibuprofen, rested it"). */
const TRIED_LIMIT = 6;
/** Words of a time told of an item of a list ("the first two days", "for a few hours"). */
const LIST_TIMES = new Set(['first', 'then', 'one', 'two', 'three', 'four', 'five', 'few', 'couple', 'day', 'days', 'hour', 'hours', 'minutes', 'weeks', 'times', 'every', 'each']);

/** The words of what was tried, when the query goes on to say it has not helped; none otherwise.
 *  "tried X and Y, still …", "took advil, not much better", "I've done everything, ice then heat,
 *  ibuprofen. It's not really any better". */
function triedThenStill(clauses: string[][], starts: boolean[]): string[] {
  return triedList(clauses, starts, true);
}

/** The words of the first list of things tried ("tried X, Y and Z"); with `failing`, only when the
 *  query goes on to say it has not helped (triedThenStill). */
function triedList(clauses: string[][], starts: boolean[], failing = false): string[] {
  for (let k = 0; k < clauses.length; k++) {
    const list = clauses[k];
    // Without a word that it failed, only "tried" itself says so ("took a header" tells a story).
    // "had this neck spasm for a week", "had these pains since friday": the trouble, nothing tried.
    const at = list.findIndex((w, j) => (failing ? TRIED_VERBS.has(w) && !(w === 'had' && (list[j + 1] === 'this' || list[j + 1] === 'these')) : w === 'tried') || (failing && w === 'been' && (list[j + 1] === 'using' || list[j + 1] === 'taking')));
    if (at < 0) continue;
    const from = list[at] === 'been' ? at + 2 : at + 1;
    const items = listFrom(clauses, starts, k, from, EVERYTHING);
    if (!items) continue; // "tried to sleep": no thing named
    if (!failing) return items.named;
    // Said after what was tried ("tried X, still …"), or before it ("nothing helps, I've tried X").
    const rest = [list.slice(from).join(' '), ...clauses.slice(items.next).map((c) => c.join(' '))].join(' ');
    const before = clauses.slice(0, k).map((c) => c.join(' ')).join(' ');
    // "tried everything, ice, heat, pills": having tried everything, and asking still, says it too.
    if (items.named.length > 0 && (testIfCan(STILL, canMatch(STILL_GOING_ON, rest) ? rest.replace(STILL_GOING_ON, ' ') : rest) || testIfCan(NOTHING_HELPS, before) || EVERYTHING.has(list[from]))) return items.named;
    return [];
  }
  return [];
}

/** The words of what was kept up for weeks or more ("months of physio, injections and pills"),
 *  when nothing in the query says it eased or helped; none otherwise. */
function longCourse(clauses: string[][], starts: boolean[]): string[] {
  const text = ` ${clauses.map((c) => c.join(' ')).join(' ')} `;
  if (!text.includes(' of ') || HELPED.test(text)) return [];
  for (let k = 0; k < clauses.length; k++) {
    const list = clauses[k];
    const at = list.findIndex((w, j) => w === 'of' && j > 0 && SPANS.has(list[j - 1]) && (j < 2 || !NOT_A_COURSE.has(list[j - 2])));
    if (at < 0) continue;
    const items = listFrom(clauses, starts, k, at + 1, new Set());
    if (items && items.named.length > 0) return items.named;
  }
  return [];
}

/** The content words of a list of things that starts at clauses[k][from], up to TRIED_LIMIT of
 *  them, and the index of the first clause after it; undefined when the list names nothing at once
 *  ("tried to sleep"). It ends at a word that ends an object ("for", "on", "still") and may run on
 *  into the clauses after ("done everything, ice, heat"), but not into a clause of its own ("it's
 *  been months", "I can't sleep"), one saying it did not help, or a new sentence (`starts`, from
 *  clausesOf: "using ice and ibuprofen but today my arm feels weak" names no arm tried). `skip`
 *  words are no items. */
function listFrom(clauses: string[][], starts: boolean[], k: number, from: number, skip: Set<string>): { named: string[]; next: number } | undefined {
  // "ice the first two days, then heat": the times said of the items are no items.
  const item = (w: string) => !skip.has(w) && !TRIED_WORDS.has(w) && !WHEN_WORDS.has(w) && !LIST_TIMES.has(w) && !/^\d/.test(w);
  let object = clauses[k].slice(from);
  let end = object.findIndex((w, j) => endsObject(object, j) || w === 'still');
  if (end === 0) return undefined;
  // "tried everything for 10 days heat ibuprofen stretches": the list comes after the time.
  if (end > 0 && skip.has(object[0]) && object[end] === 'for') {
    const time = timeAfterFor(object, end);
    if (time > 0) {
      object = object.slice(end + time);
      end = object.findIndex((w, j) => endsObject(object, j) || w === 'still');
      if (end === 0) return undefined;
    }
  }
  if (end > 0) object = object.slice(0, end);
  const named = contentWords(object.filter(item));
  let next = k + 1;
  // "done everything right for my neck, ice, heat, …": a clause that names only "everything" runs on too.
  const runsOn = end < 0 || (named.length === 0 && skip.has(clauses[k][from]));
  for (; runsOn && next < clauses.length && named.length < TRIED_LIMIT; next++) {
    const words = clauses[next];
    if (words.length === 0 || starts[next] || CLAUSE_STARTS.has(words[0])) break;
    const clause = words.join(' ');
    const still = canMatch(STILL, clause) ? STILL.exec(clause) : null;
    if (still) {
      // "tried physio, injections and muscle relaxers and nothing worked": the list's last items,
      // joined to what says they failed; the clause stays the list's next (it says they failed).
      const cut = words.join(' ').slice(0, still.index).trim().split(' ');
      if (cut.length > 1 && LIST_JOINS.has(cut[cut.length - 1]) && !cut.some((w) => CLAUSE_STARTS.has(w))) named.push(...contentWords(cut.filter(item)));
      break;
    }
    const stop = words.findIndex((w, j) => endsObject(words, j) || w === 'still');
    named.push(...contentWords((stop < 0 ? words : words.slice(0, stop)).filter(item)));
    if (stop >= 0) {
      next++;
      break;
    }
  }
  return { named: named.slice(0, TRIED_LIMIT), next };
}
/** How many words after `words[at]` ("for") tell a span of time ("10 days", "a week", "a few
 *  weeks", "two whole days"), or 0. */
function timeAfterFor(words: string[], at: number): number {
  let j = at + 1;
  if (words[j] === 'a' || words[j] === 'the') j++;
  if (words[j] === 'few' || words[j] === 'couple' || words[j] === 'good') j++;
  if (words[j] === 'of') j++;
  if (/^\d+$/.test(words[j] ?? '') || COUNT_WORDS.has(words[j])) j++;
  if (words[j] === 'whole' || words[j] === 'full') j++;
  if (!SPANS.has(words[j]) && words[j] !== 'days' && words[j] !== 'day') return 0;
  return j - at + 1;
}
const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several']);
/** Spans of time a course of treatment is kept up for. */
const SPANS = new Set(['weeks', 'months', 'years', 'week', 'month', 'year', 'fortnight']);
/** "a couple of weeks of": fine; "the first week of", "how many weeks of": a time, or a question, not a course. */
const NOT_A_COURSE = new Set(['first', 'last', 'next', 'this', 'same', 'end', 'many']);
/** Words that say the course helped. */
const HELPED = /\b(?:helped|helps|better|eased|easing|settled|fixed|sorted|cured|worked|gone|went away)\b/;

/** Words that start a clause of its own, not an item of a list. */
const CLAUSE_STARTS = new Set(['i', 'it', 'its', 'im', 'ive', 'id', 'my', 'she', 'he', 'they', 'we', 'you', 'there', 'this', 'that']);

/** "it", "this": no name of a thing the person tried. */
const PRONOUNS = new Set(['it', 'this', 'that', 'them', 'these', 'those', 'me', 'you', 'him', 'her']);

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** "the third day": day 3. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** The number a word says ("3", "three", "a few"; 0 if none), and whether it counts the place of
 *  one in order ("third", "3rd"). */
function numberOf(word: string): { n: number; ordinal: boolean } {
  if (/^\d+$/.test(word)) return { n: Number(word), ordinal: false };
  if (/^\d+(?:st|nd|rd|th)$/.test(word)) return { n: Number(word.slice(0, -2)), ordinal: true };
  const ordinal = ORDINALS.indexOf(word) + 1;
  if (ordinal > 0) return { n: ordinal, ordinal: true };
  return { n: word === 'a few' || word === 'few' ? 3 : word === 'a couple of' ? 2 : NUMBER_WORDS.indexOf(word) + 1, ordinal: false };
}
const DAYS = /\b(\d+|[a-z]+) days?\b/g;

/** "started" or "began" told of when, not followed by what it started to do ("started to ease"). */
const ONSET = /\b(started|began)\b(?! to\b| taking\b| using\b| doing\b)/g;
/** The words of when that ONSET needs beside it. */
const ONSET_WHEN = [' ago ', ' yesterday', ' last ', ' this morning', ' on mon', ' on tue', ' on wed', ' on thu', ' on fri', ' on sat', ' on sun', ' since ', ' today', ' overnight'];
/** "two weeks ago", "a month ago", "3 days ago": the time word of when something began (days too
 *  since 2026-12-05: "It started 3 days ago." after a question moved the first result of 126 of the
 *  1,877 main queries answered right, 107 without the days; no main or held-out figure moved). */
const AGO = /\b(?:(\d+) )?(days?|weeks?|months?|years?) ago\b/g;
/** "numbs it", "numbs the pain": something numbing the place, said as what it does. */
const NUMBS_IT = / numbs (?:it|the|my|that|this|everything|things) /;

/** Words of the last day or two: when an injury is fresh. */
const FRESH = /\b(?:yesterday|this (?:morning|afternoon|evening)|last night|today|tonight|day (?:one|1|two|2)|first day|an hour ago|(?:just|only just) (?:pulled|tweaked|strained|cricked|hurt|done|jarred|twisted)|wo(?:ke|ken) up with)\b/;
/** Asking what caused it. */
const ASKS_WHY = /\b(?:why|causes?|caused|causing|reasons?)\b/;
/** What FRESH needs. */
const FRESH_NEEDS = ['yesterday', 'morning', 'afternoon', 'evening', 'night', 'today', 'tonight', 'day ', 'ago', 'just ', 'woke', 'woken'];
/** A strain, not a blow: pulling, lifting, twisting, sleeping wrong. */
const STRAIN = /\b(?:pulled|pulling|tweaked|strained|straining|cricked|hurt|lifting|lifted|carrying|slept|sleeping|woke up|twisted|twisting|reaching|wrenched|jarred|overdid|gym)\b/;
const STRAIN_ALL = new RegExp(STRAIN.source, 'g');

/** The pain or spasm easing: some relief. */
const EASED = /\b(?:eased|easing|eases|settled|settling|settles|calmed down|calming down|subsided|subsiding|improving|improved|getting better|a lot better|much better|bit better|loads better|on the mend)\b/g;
/** The trouble itself said to have gone, died or calmed down ("the pain has died down", "spasm's
 *  calmed"): not another thing ("the storm died down", "gone down with flu", "my eyesight has gone
 *  down", "the baby calmed": review45 found each read as relief when any subject was). */
const EASED_OF = /\b(?:pain|pains|spasms?|ache|aching|stiffness|soreness|swelling|cramps?|tightness|knot|it|neck)(?: (?:has|had|s|is|have)(?: now)?)? ((?:gone|died|dying) down|calmed|calms down)\b/g;
/** The worst of it over ("the worst is over", "i'm past the worst"), not of a thing named after it
 *  ("past the worst headache i've ever had", "past the worst of the storm"). */
const WORST_OVER = /\bthe worst (?:of it )?(?:is|s|has)(?: now)? (?:over|passed|gone)\b|\b(?:past|over) the worst(?: of it)?(?= (?:(?:now|and|but|so|i|what|how|can|should|is|it|thankfully|hopefully|already|though|yet)\b|$))/g;
/** After EASED's "gone down": where the pain went, not how much of it is left ("gone down my arm",
 *  "gone down into my shoulder"). */
const SPREADS_DOWN = /^ (?:my|the|his|her|their|your|into|to|through|both|one|each|left|right|arms?|legs?|hands?|back|shoulders?|spine)\b/;
/** What EASED needs. */
const EASED_NEEDS = ['eas', 'settl', 'calm', 'subsid', 'improv', 'better', 'mend', 'worst', ' down'];
/** Words before a match within which a negation undoes it: 12 characters ("hasn't eased"), and for
 *  the worst being over 30, with "don't" ("i don't think i'm past the worst": review45). */
const NEGATION_REACH = 12;
const WORST_NEGATION_REACH = 30;
/** A negation in the few words just before (a window of 12 characters): "hasn't eased", "not
 *  getting better", "never settled". */
const NEGATED_BEFORE = /\b(?:not|n t|never|no|nothing|isn|hasn|haven|didn|doesn|won|not really)\b[^,.;]*$/;
/** An injury long past: "a year ago", "last year", "for years", "an old injury". */
const PAST = /\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|few|couple of|several) (?:years?|months?) ago|last year|years ago|for years|old (?:\w+ )?(?:injury|fracture)|(?:back )?in (?:january|february|march|april|june|july|august|september|october|november|december))\b/;
/** What PAST needs. */
const PAST_NEEDS = [' ago', 'year', 'old ', ' in '];
/** An injury a doctor has looked at already. */
const CHECKED = /\b(?:checked (?:her|him|me|it|them|us)(?: out| over)?|(?:was |were |got the )?all clear|nothing (?:is |was )?broken|(?:just|only) (?:muscular|muscle|a strain|soft tissue|a sprain)|(?:x ray|xray|scan|scans) (?:was |were |came back )?(?:fine|clear|normal|ok))\b/;
/** What CHECKED needs. */
const CHECKED_NEEDS = ['checked', 'clear', 'broken', 'muscl', 'strain', 'soft tissue', 'sprain', 'ray', 'scan'];
/** Words that name an injury or how it happened. */
/** Emergency care that has seen the person and done something: "A&E gave me a collar", "the hospital
 *  sent me home", "urgent care said it was whiplash". */
const SEEN_CARE = /\b(a e|a and e|hospital|er|urgent care|walk in centre|minor injuries|paramedics?|ambulance crew) (?:has |had |just |already )?(?:gave|given|sent|said|told|checked|discharged|put|fitted|strapped)\b/;
/** SEEN_CARE's verbs of a thing given or put on. */
const GAVE_THING = / (?:gave|given|put|fitted|strapped)$/;
/** A check's verdict after "gave me": "the all clear", "a clean bill of health". */
const VERDICT_GIVEN = /^ (?:me |us |him |her )?(?:the |an |a )?(?:all clear|clean bill|ok|okay|green light)\b/;
const CARE_NEEDS = [' a e ', ' a and e ', 'hospital', ' er ', 'urgent care', 'walk in', 'minor injuries', 'paramedic', 'ambulance crew'];
/** The names of illnesses a warning sign names that may be told as long past. */
const PAST_ILLNESS_WORDS = new Set(['stroke', 'strokes', 'meningitis', 'heart', 'attack', 'tia']);
/** "as a child", "as a kid", "as a teenager": long past. */
const AS_A_CHILD = /\bas a (?:child|kid|baby|toddler|teenager|teen|boy|girl)\b/;
const INJURY_WORDS = new Set(['crash', 'crashed', 'accident', 'fall', 'fell', 'fallen', 'injury', 'injured', 'whiplash', 'collision', 'tackle', 'tackled', 'knock', 'fracture', 'fractured', 'broke', 'broken', 'trauma']);

/** Asking whether to go on with something: "should I keep going with it", "do I stick with it",
 *  "should I carry on", "can I take it during the day" (its own words in the group; not "I'll stick
 *  with it", which asks nothing); or how long to leave it on ("heating pad not working, does it
 *  matter how long i leave it on": the second group), or how long it stays on ("heat pad not
 *  working, how long should it stay on": the third). */
const CONTINUE = /\b(?:should|shall|can|could|do|would) (?:i|we) (?:just |still )?((?:keep going|keep at|keep on|keep using|keep doing|carry on|stick|continue|persevere|persist|put|use|try|do|apply|reapply|take|wear|(?:take|have) (?:some )?(?:more|another(?: one| dose)?))(?: with| at| using| doing)?)(?: (?:it|them|this|that)\b(?: (?:back on|on again|again|straight back on))?| $)|\bhow long (?:(?:do|should|can|could|to) )?(?:i |we )?((?:leave|keep|wear|use|have)) (?:it|them) on\b|\bhow long (?:is|are|should|can|does|do) (?:it|they) (?:meant to |supposed to |allowed to )?((?:be|stay)) on\b/;
/** "stop it happening again", "stops spasms coming back", "stop them from returning". */
const STOP_RECURRING = /\b(stop|stops|stopping) (?:it|them|this|these|the spasms?|spasms?|the pain) (?:from )?(?:happening|coming back|returning|recurring|keep happening)\b/g;
/** "how do I stop them", "how can I prevent it": asking how to stop what keeps coming (KEEPS_COMING). */
const STOP_THEM = /\bhow (?:do|can|could|should|would) (?:i|we|you) (stop|prevent) (?:them|it|these|this|that|the spasms?)\b/;
/** Words that say the trouble keeps coming: "every afternoon", "keeps spasming", "always". */
const KEEPS_COMING = [' every ', ' keep ', ' keeps ', ' always ', ' again ', ' regularly ', ' often '];
/** "long term", "for good", "once and for all": a fix that lasts. */
const LONG_TERM = /\b(?:long term|longer term|for good|once and for all)\b/;
/** What LONG_TERM needs. */
const LONG_TERM_NEEDS = [' term ', ' for good ', ' for all '];
/** CONTINUE's verbs that ask whether to go on, not to start again. */
const GO_ON = new Set(['keep', 'carry', 'stick', 'continue', 'persevere', 'persist']);
/** "don't want to take X without checking first", "not without asking": wary of X, not turning from
 *  it (group 1: X; group 2: the rest after "without"). */
const WITHOUT_CHECKING = /\b(?:(?:don t|do not|dont) want to (?:take|use|try|have|start) ((?:\w+ ){1,3}?))?without ((?:checking|asking|knowing|talking to|speaking to|advice|being sure)(?: \w+)?)\b/;
/** Words that put the thing used before the thing turned from ("X instead of Y"). */
const USED_INSTEAD = [' instead of ', ' rather than ', ' in place of '];
/** What CONTINUE needs. */
const CONTINUE_NEEDS = ['keep ', 'carry on', 'stick', 'continu', 'persever', 'persist', ' back on', ' again', 'reapply', ' apply it', ' more', ' another', ' take it', ' take them', ' wear it', ' leave it on', ' leave them on', ' keep it on', ' have it on', ' be on', ' stay on'];
/** Asking which kind of a thing to get: "what kind should I get", "which type is best" (not "what
 *  kind of heat", which names the thing it asks about). */
const SAME_KIND = /\b(?:what|which) (?:kind|type|sort)s?\b(?! of\b)/;
/** Words of cold, and of heat. */
const COLD_WORDS = ['ice', 'iced', 'icing', 'cold', 'frozen'];
const HEAT_WORDS = ['heat', 'heating', 'heated', 'hot', 'warm', 'warmth'];
const COLD = new RegExp(`\\b(?:${COLD_WORDS.join('|')})\\b`);
const HEAT = new RegExp(`^(?:${HEAT_WORDS.join('|')})$`);
/** "day 3", "day four": the day of it. */
const DAY_OF = /\bday (\d+|[a-z]+)\b/g;
/** "3 days", "a few days", "four days in": how many days. */
const DAYS_OF = /\b(\d+(?:st|nd|rd|th)?|[a-z]+|a few|a couple of) days?\b/g;
/** "3rd day", "the 4th day": a day's place, in digits. */
const ORDINAL_DAY = /\b(\d+(?:st|nd|rd|th)) days?\b/g;
/** Words before an ordinal day that make it a rhythm, not the day it has reached ("every third day"). */
const NOT_THE_DAY = new Set(['every', 'each', 'a', 'an', 'other', 'alternate']);

/** How many days the query says it has lasted, the most it names (0 if none): "day 3", "four days". */
function daysIn(text: string): number {
  let most = 0;
  if (!text.includes('day')) return 0;
  for (const pattern of [DAY_OF, DAYS_OF]) {
    for (const m of text.matchAll(native(pattern))) {
      // "the third day", "3rd day" is day 3, as "day 3" is; "every third day" is how often.
      const { n, ordinal } = numberOf(m[1]);
      if (ordinal && NOT_THE_DAY.has(text.slice(Math.max(0, m.index! - 12), m.index!).trim().split(' ').pop()!)) continue;
      // "day 2" is the second day, still one of the first two: it counts from day 3.
      if (n < 1000 && ((pattern === DAYS_OF && !ordinal) || n >= 3)) most = Math.max(most, n);
    }
  }
  return most;
}

/** Heat or cold named already: the person asks about it (the plan's first step is no news). */
/** A word for heat anywhere in a text (HEAT is a whole word). */
const HEAT_ANY = new RegExp(`\\b(?:${HEAT_WORDS.join('|')})\\b`);
const THERMAL = new RegExp(`\\b(?:${[...COLD_WORDS, ...HEAT_WORDS].join('|')})\\b`);

/** Asking whether to see a doctor without saying "doctor". */
const SEE_DOCTOR = /\bget (?:it |this |myself |him |her |them )?(?:checked|checked out|looked at|seen to|seen)\b|\bsee (?:someone|somebody|a professional)\b|\bhave it (?:checked|looked at)\b/;
/** What SEE_DOCTOR needs. */
const SEE_DOCTOR_NEEDS = [' checked', ' looked at', ' seen', ' someone', ' somebody', ' professional'];

/** An age of 65 or more, said of someone ("i m 72", "is 84", "aged 70", "81 yr old"; the text is
 *  folded to words, so "I'm" is "i m" and "80-year-old" is "80 year old"; typed without the
 *  apostrophe, "im 70"). 65 is where the NHS and
 *  most health services start counting people as older. Or over 60, said of a person ("I am over
 *  65", "people over 60", "my mum is over 70"; not "it's over 90 degrees", "there are over 70
 *  reviews": review63): the NSAIDs' note asks those 60 or over to ask first. */
const OLD_AGE = /\b(?:i m|im|i am|is|aged|age|turned|he s|she s|(?:dad|mum|mom|mam|nan|nana|gran|granny|grandad|grandma|grandpa|grandmother|grandfather|father|mother|husband|wife|partner) s) (?:6[5-9]|[7-9]\d|1[01]\d)\b|\b(?:6[5-9]|[7-9]\d|1[01]\d) (?:years?|yrs?|yo)\b|\b(?:i m|im|i am|i|people|anyone|someone|he s|she s|he is|she is|(?:dad|mum|mom|mam|nan|nana|gran|granny|grandad|grandma|grandpa|grandmother|grandfather|father|mother|husband|wife|partner) (?:s|is)) (?:over|past|older than|above) (?:6\d|[7-9]\d)\b(?! (?:mg|minutes?|mins?|seconds?|hours?|hrs?|days?|weeks?|percent|degrees?|kg|kilos?|pounds?|lbs?|times?|tablets?|pills?)\b)/;

/** A plea for help: "please help", "help me please", "help needed", "any help". */
const PLEA = /\b(?:(?:please|pls|plz) help(?: me)?|help (?:me )?(?:please|pls|plz)|help needed|any help)\b/;
const PLEA_ALL = new RegExp(PLEA.source, 'g');
/** What PLEA needs (not " help " alone: "can heat help" ran it for nothing, 0.6 M instructions). */
const PLEA_NEEDS = ['s help ', 'z help ', 'help me p', 'help p', 'help needed', 'any help'];
/** The words of what the teller says of themselves beside the question, in a folded text padded
 *  with spaces: an age ("I'm 45", "Male, 52", "34F"), being otherwise well, where they live ("I live
 *  in the UK": the corpus's "999 (UK)" is no answer to it), how they feel, who told them what,
 *  something new to them ("never had this before": not pain that "never lets up"), the time of an
 *  event of their week ("a job interview tomorrow"; the event itself, a noun the corpus lacks, is
 *  weighed in search.ts), a plea for help. readQuery weighs them as nothing; a sentence of only
 *  these and common words is dropped before the query is read (query-text.ts, withoutGreeting). */
export function tellerWords(text: string, digits = hasDigit(text)): Set<string> {
  /** How often each word occurs inside what the teller says of themselves. */
  const told = new Map<string, number>();
  const tell = (w: string) => { if (w) told.set(w, (told.get(w) ?? 0) + 1); };
  for (const [needs, pattern] of TELLER) {
    if (needs === DIGIT ? !digits : !needs.some((w) => text.includes(w))) continue;
    if (!canMatch(pattern, text)) continue; // its compilation spared (machine-code.ts, testIfCan)
    // Compiled straight to machine code when it can match: by bytecode first, "my GP says its just a
    // spasm, im in my 40s and otherwise healthy, what can i do" took 638.1 M instructions, now 619.1
    // ("im 45 male and really worried, …" 620.8 -> 606.5; `search ibuprofen` unchanged).
    for (const m of text.matchAll(native(pattern))) for (const w of m[0].trim().split(' ')) tell(w);
  }
  if ((text.includes(' never ') || text.includes(' first time ')) && NEW_TO_THEM.test(text)) {
    for (const m of text.matchAll(NEW_TO_THEM_ALL)) for (const w of m[0].trim().split(' ')) if (NEW_TO_THEM_WORDS.has(w)) tell(w);
  }
  if (EVENT_NEEDS.some((w) => text.includes(w))) for (const m of text.matchAll(EVENT_TIME)) for (const w of m[1].split(' ')) tell(w);
  // Only a word the query says nowhere else: "never" of "I've never had this before" weighs
  // nothing, but not when the pain "never lets up" too, nor "feel" when they also "feel ill" (a
  // warning sign), for the weight is the word's, wherever it stands.
  const out = new Set<string>();
  for (const [w, n] of told) if (occurrences(text, w) <= n) out.add(w);
  return out;
}

/** How many times a word stands in a text padded with spaces ("never never": twice). */
function occurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(` ${word} `); at >= 0; at = text.indexOf(` ${word} `, at + word.length + 1)) n++;
  return n;
}

/** Something new to the teller: "never had this before", "the first time I've had it". */
const NEW_TO_THEM = /\bnever (?:had|felt|experienced|suffered)\b(?: \w+){0,4}? before\b|\bfirst time (?:i ve|i have|ive|it s|its|this has|i m|im|i)\b/;
const NEW_TO_THEM_ALL = new RegExp(NEW_TO_THEM.source, 'g');
/** The words of NEW_TO_THEM that only tell it (not the neck or the spasm said between them). */
const NEW_TO_THEM_WORDS = new Set(['never', 'had', 'felt', 'experienced', 'suffered', 'before', 'first', 'time', 'anything', 'like', 'this', 'it', 'one', 'that']);
/** When an event of the teller's week is, said right after it ("an interview tomorrow", "a wedding
 *  on Saturday", "a meeting next week"): the one list for the time's words here (EVENT_TIME, which
 *  weighs them as nothing) and for the event itself in scope.ts (saidAsJob). Not "today" nor
 *  "coming": "I have a lump today", "a rash coming up" tell a symptom, not an event. */
export const EVENT_WHEN = new Set(['tomorrow', 'tonight', 'later', 'soon']);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** What "next" or "this" before it makes an event's time. */
export const EVENT_SPAN = new Set(['week', 'weekend', 'month', 'morning', 'afternoon', 'evening', ...WEEKDAYS]);
/** The time of an event the teller has: "have a job interview tomorrow", "got a wedding on saturday". */
const EVENT_TIME = new RegExp(`\\b(?:have|got|ve) (?:a|an|my|our|the) (?:\\w+ )?\\w+ (${[...EVENT_WHEN].join('|')}|on (?:${[...WEEKDAYS].join('|')})|(?:next|this) (?:${[...EVENT_SPAN].join('|')}))\\b`, 'g');
/** What EVENT_TIME needs. */
const EVENT_NEEDS = [...[...EVENT_WHEN].map((w) => ` ${w}`), ' on mon', ' on tue', ' on wed', ' on thu', ' on fri', ' on sat', ' on sun', ' next ', ' this '];
/** TELLER's mark for a pattern that needs a digit. */
const DIGIT: string[] = [];
/** What the teller says of themselves (readQuery), each pattern with what it needs in the text. */
const TELLER: [string[], RegExp][] = [
  // An adult's age, 16 to 64 (a child's or an older person's changes the answer): "i m 45", "aged
  // 45", "45 years old", "45 yo"; with their sex: "male 52", "52 female", "34f", "I'm 27, male".
  [DIGIT, /\b(?:(?:i m|i am|m|am|aged|age|male|female|man|woman|guy|bloke|lady) (?:1[6-9]|[2-5]\d|6[0-4])(?! (?:months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|pregnant)\b)(?: (?:male|female|man|woman|guy|bloke|lady))?|(?:1[6-9]|[2-5]\d|6[0-4]) (?:years? old|year old|yrs? old|yo|y o|male|female)|(?:1[6-9]|[2-5]\d|6[0-4])[mf])\b/g],
  // An age by its decade: "in my 40s", "in her forties" (not 60s or more: older people's advice differs).
  [['0s ', 'ties '], /\b(?:in|into) (?:my|his|her|their) (?:early |mid |late )?(?:20s|30s|40s|50s|twenties|thirties|forties|fifties)\b/g],
  // Otherwise well: "otherwise healthy", "fit and well", "no other health problems", "no other
  // symptoms", "not on any other medication", "no allergies".
  [[' otherwise ', ' generally ', ' fit and ', ' no other ', ' on any ', ' taking any ', ' no regular ', ' no medica', ' no meds', ' no allerg', ' no known ', ' no previous ', ' no past ', ' no health ', ' good health '], /\b(?:(?:otherwise|generally) (?:fit and |quite |very |pretty )?(?:healthy|well|fit|fine)|fit and (?:healthy|well|active)|in good health|no other (?:health |medical )?(?:problems|issues|conditions|symptoms)|(?:not|never) (?:on|taking) any (?:other )?(?:medication|medications|medicine|medicines|meds|tablets|pills)|no (?:other |regular )(?:medication|medications|meds)|no (?:known )?(?:allergies|medical history)|no (?:previous |past )?(?:medical|health) (?:history|problems|issues))\b/g],
  // Their family: "I have two kids", "mum of three" (not a child with the trouble).
  [[' kids', ' children', ' boys', ' girls', ' sons', ' daughters', ' mum of', ' mom of', ' dad of'], /\b(?:(?:i|we) (?:have|ve got|have got)|(?:mum|mom|dad|mother|father|parent) of) (?:a |two |three |four |five |\d |young |little |small |teenage |grown up )*(?:kids|children|boys|girls|sons|daughters|three|two|four|five)\b/g],
  // A hard week: "it's been a rough week" (a week of it is a warning sign's "after a week").
  [[' week', ' day', ' month'], /\b(?:been|had|having|what|such) (?:a|the|such a) (?:rough|hard|tough|busy|stressful|crazy|hectic|difficult|long|bad|horrible|awful|mad) (?:week|day|month)\b/g],
  // Where they live: "i live in the uk", "here in the us", "i m from the uk", "uk based".
  [[' uk ', ' us ', ' usa ', ' states '], /\b(?:(?:live|living|based|m|am|are|re|here|from) (?:in |over in |over here in )?(?:the )?(?:uk|us|usa|states)|(?:uk|us|usa) based)\b/g],
  // How they feel about it, said not asked ("I'm really worried", not "should I be worried"), and
  // who told them what ("my GP says it's just a spasm", "the doctor said it's nothing serious"),
  // with the diagnosis of the neck's trouble they were given (the condition, context anyway):
  // the advice they were given is the story; the doctor named is no warning sign's "see a doctor"
  // (a physio who said something still names physiotherapy: "physio said it's from stress").
  // (Not "stressed": stress is a cause the overview names itself.)
  [[' worried', ' scared', ' anxious', ' concerned', ' frightened', ' panick', ' nervous'], /\b(?:i m|i am|im|getting|feeling|i feel|i was|bit|little) (?:really |so |very |quite |a bit |a little |bit |pretty |super |getting |slightly )?(?:worried|scared|anxious|concerned|frightened|panicking|panicked|nervous)\b/g],
  [[' says', ' said', ' thinks', ' thought', ' reckons', ' told me', ' confirmed'], /\b(?:gp|doctor|doc|dr|pharmacist|nurse|consultant) (?:says|said|thinks|thought|reckons|reckoned|told me|has told me|has said|confirmed)\b(?: (?:that )?(?:it s|its|it is|it was|it s only|it s just) (?:just |only |probably |likely |most likely )?(?:a |an )?(?:muscle spasm|neck spasm|spasm|muscle strain|strain|pulled muscle|crick|stiff neck)\b)?/g],
  [[' nothing '], /\bnothing (?:serious|sinister|to worry about|major)\b/g],
  // A plea for help, not a question of what helps: "please help", "help me please", "any help".
  [PLEA_NEEDS, PLEA_ALL],
  // A wish to be well again: "just want to get back to normal", "to feel like myself again" (not
  // "back to normal activities": a return asked about).
  // A wish, not a question of when: "how long until I get back to normal" asks the time it takes.
  [[' normal', ' myself', ' old self', ' usual self'], /\b(?:want|wanna|wanting|hoping|hope|love|like|longing|desperate|keen|eager|need|trying) (?:\w+ ){0,2}?(?:(?:get|be|feel|go|getting) back to (?:normal|myself|my old self|my usual self)|feel like myself again)\b(?! (?:activit|routine|exercise|work|sport|training|running|the gym))/g],
  // Their habits, denied: "I don't smoke or drink", "non smoker", "teetotal".
  [[' smoke', ' drink', ' smoker', ' teetotal'], /\b(?:(?:don t|do not|dont|never|doesn t|does not) (?:smoke|drink)(?: (?:alcohol|much))?(?: (?:or|and|nor) (?:smoke|drink)(?: alcohol)?)?|non smoker|(?:a )?teetotal(?:ler)?)\b/g],
  // Where they work: "I work from home" (the laptop or desk they work at is what the causes name).
  [[' from home '], /\b(?:work|works|working|wfh) from home\b/g],
  // What it does to their temper: "it's driving me mad", "doing my head in", "I'm at my wits end",
  // "I'm desperate at this point".
  [[' driving me', ' doing my head', ' wits end', ' wit s end', ' tether', ' desperate', ' fed up'], /\b(?:driving me (?:mad|crazy|insane|nuts|bonkers|up the wall|round the bend|round the twist)|doing my head in|(?:i m |i am |im )?(?:at|nearing) (?:my|the) (?:wits|wit s) end|(?:at )?the end of my tether|(?:i m |i am |im |getting |feeling )(?:so |really |pretty |quite |a bit )?(?:desperate|fed up)(?: (?:now|at this point|here|with it))?)\b/g],
  // What they have read: "I've read loads online but I'm confused", "googled it and I'm none the wiser".
  [[' read ', ' googled', ' online', ' internet', ' looked it up '], /\b(?:(?:i ve|i have|ive) )?(?:read|googled|looked)(?: (?:it|loads|lots|a lot|so much|everything|up|around))*(?: (?:online|on google|on the internet|on here))?(?: (?:(?:but|and) )?(?:i m|i am|im) (?:(?:so|more|just|really|even more) )?(?:confused|none the wiser|not sure|still not sure|lost))\b/g],
];

/** Whether a text has a digit: OLD_AGE is compiled and run only then (a loop, not a pattern). */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** "every few weeks", "every other month", "every 3 weeks": how often it comes back. */
const RECURS = /\bevery (?:(?:few|couple of|other|\d+|[a-z]+) )?(weeks?|months?|years?)\b/;

/** Longer spans that mean weeks: "for a fortnight", "for a month" ("for months" may be a wait: "no
 *  physio on the NHS for months"). */
const LONGER = [' fortnight ', ' a month ', ' a year '];

/** "no numbness", "no fever or headache": a symptom the person says they do not have. */
const ABSENT = /\bno (\w+)(?: (?:or|and|nor) (?!no\b)(\w+))?/g;
/** A sign denied or gone, in words other than "no" before it: see readQuery. */
const SIGN_GONE = /\bdenie[sd] (?:any )?(\w+)(?: (?:or|and|nor) (\w+))?|\b(\w+) free\b|\b(\w+) (?:is |are |feels |seems )?(?:fine|ok|okay|normal)\b|\bno (?:loss|change|problems?|trouble|difficulty) (?:of |with |in )?(?:my )?(\w+)|\b(\w+) (?:has |had |have |is |was )?(?:went(?! (?:up|higher|to|into|through|on|down|off|in|out|away)\b)|gone away|went away|gone|cleared|cleared up|settled|resolved|disappeared|broke|broken)\b|\b(\w+) none\b/g;
const SIGN_GONE_NEEDS = [' none', ' went', 'denie', ' free', ' fine', ' ok', ' normal', ' loss of', ' change in', ' problem', ' trouble', ' difficulty', ' gone', ' went away', ' cleared', ' settled', ' resolved', ' disappeared', ' broke'];
/** The signs that "fine" or "normal" after them deny: a body's working ("bladder fine", "breathing is
 *  fine", "temp is normal"), not "an excedrin tension headache ok?". */
const FINE_SIGNS = new Set(['bladder', 'bowels', 'bowel', 'swallow', 'swallowing', 'breathing', 'breath', 'speech', 'temperature', 'temp']);
const DENIES_LIST = /\bdenie[sd] ((?:\w+ ){0,7}\w+)/g;
/** The signs a plain "went" says are gone ("since the fever went"). */
const FEVER_GONE = new Set(['fever', 'fevers', 'temperature', 'temp']);
/** A sign come back after it was gone. */
const BACK_AGAIN = /\b(?:back|again|returned|come back|came back|coming back|hasn t|hasnt|hadn t|hadnt|isn t|isnt|not)\b/;
/** The signs SIGN_GONE reads. */
const SIGN_GONE_WORDS = new Set(['trauma', 'injury', 'weakness', 'fever', 'fevers', 'temperature', 'temp', 'headache', 'headaches', 'rash', 'vomiting', 'bladder', 'bowels', 'bowel', 'swallow', 'swallowing', 'breathing', 'breath', 'speech', 'numbness', 'tingling', 'dizziness', 'chest']);
const NEITHER_NOR = /\bneither (\w+)(?: (\w+))? nor (\w+)(?: (\w+))?/g;
/** "didn't fall", "never fell", "wasn't in a crash", "haven't had an accident": an injury that did
 *  not happen (not "never fell asleep", which is sleep). */
const NEVER_HAPPENED = /\b(?:nearly|almost|didn t|did not|never|haven t|have not|hasn t|has not|wasn t|was not|weren t|were not|not|(?:don t|do not) think (?:i ve|i have|i|it s|it is|it was))(?: (?:ever|even|actually|really))?(?: (?:been in|in|had|have|from|after|due to) (?:a|an|any))? (fall|fell|fallen|crash|crashed|accident|collision|whiplash|injury|injured|hit|banged|bumped|knocked)\b(?! asleep\b)(?:(?: my head)? (?:or|nor) (?:a |an |any )?(fall|fell|fallen|crash|crashed|accident|collision|whiplash|injury|injured|hit|banged|bumped|knocked)\b)?/g;
/** "don't have a fever or a headache", "not had any numbness": a symptom denied (not "didn't have a
 *  fever until this morning", "not had a headache this bad": one that came later, or worse). */
const NEVER_HAD = /\b(?:(?:don t|do not|doesn t|does not|didn t|did not) (?:have|get)|haven t got|have not got|hasn t got|haven t had|have not had|hasn t had|not had|not got)(?: (?:a|an|any))? (fever|temperature|headache|rash|numbness|tingling)\b(?! (?:until|till|before|like this|like that|this bad|that bad|as bad|since|ever))(?: (?:or|nor|and) (?:a |an |any )?(fever|temperature|headache|rash|numbness|tingling)\b(?! (?:until|till|before|like this|this bad|since)))?/g;
/** "haven't been sick", "not been dizzy or confused": a state of a sign denied (review27: "my neck is
 *  stiff but i havent been sick" raised the meningitis EMERGENCY). */
const NEVER_BEEN = /\b(?:haven t|have not|hasn t|has not|hadn t|had not|not|never|wasn t|was not|isn t|is not|aren t|are not)(?: (?:ever|even|actually|really|once))? (?:been |felt |feeling |being )?(sick|vomiting|drowsy|confused|dizzy|feverish)\b(?! (?:of|and tired|to death|until|till|before|earlier|this morning|yesterday|last night|at first|then|but now|but i am now|but now i am)\b)(?: (?:or|nor) (?:been |felt )?(sick|vomiting|drowsy|confused|dizzy|feverish)\b)?/g;
/** "can move everything fine", "could still walk", "walked away fine", "walking normally": the
 *  person can do what a warning sign says they cannot. */
const DOING_FINE = /\b(?:can|could) (?:still )?(move|walk|feel|use|turn)(?: (?:everything|all|both|my (?:arms|legs|hands|fingers|feet)|them|it))? (?:fine|ok|okay|normally|alright|all right|no problem)\b|\b(?:can|could) (?:still )?(move|walk|feel|use) (?:everything|all of|both|my arms|my legs|my hands|my fingers)\b|\b(walked|walking|moving|moved|walk) (?:away |off |around |about )?(?:fine|ok|okay|normally|alright|unhurt|no problem)\b/g;
/** What DOING_FINE needs. */
const FINE_NEEDS = [' fine ', ' ok ', ' okay ', ' normally ', ' alright ', ' all right ', ' unhurt ', ' no problem ', ' everything ', ' all of ', ' both ', ' my arms ', ' my legs ', ' my hands ', ' my fingers '];
/** What NEVER_HAPPENED and NEVER_HAD need. */
const NEVER_NEEDS = [' not ', ' t ', ' never ', ' nearly ', ' almost '];
/** Words after "no" that are no symptom: "no more", "no longer", "no joy" say other things. */
const NOT_ABSENT = new Set(['more', 'longer', 'one', 'way', 'idea', 'matter', 'point', 'time', 'other', 'need', 'feeling', 'sensation', 'strength', 'grip', 'power', 'control']);

/** Whether the query says something has lasted seven days or more, in days ("for ten days"). */
function lastedAWeek(text: string): boolean {
  for (const m of text.matchAll(DAYS)) {
    const { n, ordinal } = numberOf(m[1]);
    if (!ordinal && n >= 7 && n < 1000) return true;
  }
  return false;
}

/** What ends a clause. None of these is a letter or a digit, so none is ever inside a word. */
const PUNCTUATION = ',.;:!?()';
/** Punctuation that ends a clause within a sentence (a list's items run over it). */
const COMMA_LIKE = ',;:()';

/** The clauses' words as one padded text, with " | " where a sentence ends (see NOTHING_OF). */
function sentenceText(clauses: string[][], sentenceStarts: boolean[]): string {
  let out = ' ';
  clauses.forEach((list, k) => {
    if (sentenceStarts[k]) out += '| ';
    if (list.length > 0) out += `${list.join(' ')} `;
  });
  return out;
}

/** The words of a folded text, and the punctuation between them, in order. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  const punctuation = (end: number) => {
    for (let i = from; i < end; i++) if (PUNCTUATION.includes(text[i])) out.push(text[i]);
  };
  for (const m of text.matchAll(wordPattern(text))) {
    punctuation(m.index!);
    out.push(m[0]);
    from = m.index! + m[0].length;
  }
  punctuation(text.length);
  return out;
}

const VAGUE = new Set(['anything', 'something', 'nothing', 'any', 'more', 'much', 'what', 'now', 'next', 'else', 'really', 'actually', 'ever', 'even', 'still', 'yet', 'want', 'like', 'go', 'help', 'advice', 'one']);

function contentWords(list: string[]): string[] {
  return list.filter((w) => w && !STOP_WORDS.has(w) && !VAGUE.has(w) && w.length > 1);
}

/** Being pregnant or breastfeeding, said of oneself ("I'm 30 weeks pregnant", "breastfeeding and my
 *  neck is so sore"): the search then reads a medicine as asked, whose notes say what it changes. */
const PREGNANT_NEEDS = ['pregnan', 'breastfe', 'breast fe', 'nursing'];
/** The neck's trouble. */
const NECK_TROUBLE = /\b(?:neck|necks|spasm|spasms|spasming|crick|cricked)\b/;
/** The only words besides stop words such a query may hold: the state, the neck's trouble, how bad
 *  it is, a pregnancy's weeks, and a general ask ("any advice", "what helps"). */
let stateAndTrouble: ReadonlySet<string> | undefined;
const STATE_AND_TROUBLE = (): ReadonlySet<string> => (stateAndTrouble ??= new Set(('pregnant pregnancy breastfeeding breastfeed breastfed breast feeding nursing mum mom mother weeks week months month ' +
  'neck necks spasm spasms spasming crick cricked stiff sore tight tense knotted knot pain painful ache aches aching achy hurts hurting hurt agony killing ' +
  'really very so bad awful terrible quite bit little advice help helps tips ideas safe ok okay options').split(' ')));
const PREGNANT = /\b(?:pregnant|pregnancy|breastfeeding|breast feeding|breastfeed|breastfed|nursing (?:mum|mom|mother))\b/;
/** A question answered yes or no, by its first word (the text folded and padded). */
const YES_NO = /^ (?:do|does|did|should|shall|would|could|can|is|are|will|must|need) /;
