// The corpus as TypeScript types. src/corpus/schema.ts checks data against the same shape at run time,
// and a compile-time assertion there keeps the two in step.

export interface Source {
  id?: string;
  title: string;
  author?: string;
  publisher?: string;
  url?: string;
  /** The date (YYYY-MM-DD) the page was read to check the facts that cite it. */
  read?: string;
  /** How a citation in the text names it: "NHS: Neck pain". */
  short?: string;
}

export interface VocabularyGroup {
  /** What the terms mean, shown as the reason for a match ("heat therapy, after the first two days"). */
  means: string;
  /** A phrase of the section body whose sentence explains these terms. */
  cites?: string;
  /** Ids of the sources that say what `means` says, where it adds to the article. */
  sources?: string[];
  /** A warning sign: a story (eight words or more) that names one of these terms whole, rarer than
   *  "headache", puts the section higher, before the self-care the story asks about; higher still
   *  when `means` opens with a word in capitals ("EMERGENCY, call 999 …"), an emergency. */
  urgent?: boolean;
  /** A sign of two things told together ("a rash" is meningitis's beside a stiff neck, not alone):
   *  a term counts only when the query says it word for word, not as what a treatment did ("a rash
   *  from the heat pad"), and says one of these too. */
  alongside?: string[];
  /** Other things that count said anywhere in the query, not only of the neck (a crash told with an
   *  arm that will not move: "collided with another player and now i cant move my arm"; a pounding
   *  headache with a fever), if told of now, of the same person and not denied; with `alongside` as
   *  well (an injury's group), not of another cause either ("my arms are weak after the gym"). The
   *  group's terms count beside one of either list. */
  alongsideAnywhere?: string[];
  /** How long ago a sign may be told and still be one. By default a sign told as months or years ago
   *  ("sick last month", "years since a bad fall") is a story's past, no sign now; "years": only a
   *  time of years ends it (an injury months ago still wants a doctor); "always": never (a history of
   *  cancer is a sign however long ago); "new": a sign only when new, so neither told long ago nor
   *  as long-standing ("incontinent for years", "since having kids"). */
  past?: 'years' | 'always' | 'new';
  terms: string[];
}

export interface DrugMember {
  /** The generic name; for a combination product, the combination ("hydrocodone with acetaminophen"). */
  generic: string;
  /** Every active ingredient of a combination product, each by its generic name. */
  ingredients?: string[];
  brands?: string[];
  /** Other names of the same drug (paracetamol for acetaminophen). */
  aka?: string[];
  /** A note on one of the names above: where a brand is sold, that it is discontinued, what an
   *  abbreviation stands for, how a form is taken. */
  notes?: Record<string, string>;
  /** How it can be had, by dose, form and country: "over the counter; higher doses by prescription (US)". */
  availability?: string;
  /** Ids of the sources this member's facts were checked against. */
  sources?: string[];
}

export interface SourcedNote {
  text: string;
  sources: string[];
}

export interface DrugClass {
  class: string;
  /** How one member is described: "a nonsteroidal anti-inflammatory drug (NSAID)". */
  label: string;
  cites?: string;
  /** Other names people give the class ("muscle relaxer" for muscle relaxants): searched as its name. */
  aka?: string[];
  prescription?: boolean;
  sources?: string[];
  /** Safety notes for the whole class, each with its sources. */
  notes?: SourcedNote[];
  members: DrugMember[];
}

export interface PlanAction {
  text: string;
  /** True when the text is the article's own words. */
  quote?: boolean;
}

export interface PlanPhase {
  id: string;
  title: string;
  /** First day (the start date is day 1); null when the article gives only a condition (see startNote). */
  fromDay: number | null;
  /** Last day; null when the article gives no end. */
  toDay: number | null;
  startNote?: string;
  /** Where the article's end of a phase is a range or a condition, what it says. */
  endNote?: string;
  section: string;
  actions: PlanAction[];
  /** How long one application lasts and how often, for `spasm-info timer`. */
  session?: PlanSession;
}

/** A timed application (ice, heat): its length and rhythm, as the article sets them. */
export interface PlanSession {
  /** The name `spasm-info timer` advertises for it ("ice"). */
  name: string;
  /** Other names people use ("ice pack", "hot water bottle"); the phase's id and title count too. */
  aliases?: string[];
  /** What to take off at the end: "the ice or cold pack". */
  item: string;
  /** The article's length of one application, and the most the timer allows. */
  minutes: number;
  /** The article's words for the length: "for 20 minutes at a time". */
  length: string;
  /** The article's words for how often: "every hour while awake". */
  rhythm: string;
  /** Minutes from the start of one application to the next, where the article gives it (every hour: 60). */
  everyMinutes?: number;
  /** When the article advises it: "during the first two days after an injury". */
  when: string;
  /** The article's warning against leaving it on longer, where it gives one. */
  caution?: string;
  /** The article's sentences that set all this, verbatim. */
  quotes: string[];
}

export interface Plan {
  /** The day after which the article's timeline is over. */
  horizon: number;
  beyond: string;
  /** From this day on, the plan says that symptoms lasting this long are a reason to see a doctor. */
  seeDoctor?: { fromDay: number; text: string; sources: string[] };
  /** The emergency signs, said at the top of every plan. */
  emergency?: SourcedNote;
  phases: PlanPhase[];
}

export interface Section {
  id: string;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  /** "article" for the article's own words, "supplementary" for what spasm-info adds. */
  origin?: 'article' | 'supplementary';
  aliases?: string[];
  sourceIds?: string[];
  vocabulary?: VocabularyGroup[];
  drugs?: DrugClass[];
}

/** What the corpus is about, for search: the parts of the body its advice is for. */
export interface Scope {
  /** Why the scope is what it is, for the people who edit the data. */
  about?: string;
  /** Parts of the body, one word or a few each ("neck", "shoulder blade"). A query that names only
   *  other parts of the body ("a cramp in my calf") is off-topic, even when it says cramp or muscle. */
  body: string[];
  /** Names in which a word of `body` means another thing: a garment's or an instrument's neck
   *  ("polo neck", "guitar neck"), an idiom ("neck and neck"), the cervix ("cervical screening"). A
   *  query that says the part only inside these is not about it. A name of two words ending on the
   *  part ("guitar neck") is met as "neck of the guitar", "neck on my guitar" and "guitar's neck" too.
   *  Names in which a word of the treatments means another thing ("rest days", "dry ice", "flea
   *  collar") make that word match nothing, in a query that names no part of `body`; such a name is
   *  met as written, words in lower or upper case with one space between them ("rest-days" or
   *  "rest  days" is never met). */
  otherSenses?: string[];
}

export interface Corpus {
  title?: string;
  source?: Source;
  disclaimer?: string;
  sources?: Source[];
  scope?: Scope;
  sections: Section[];
  plan?: Plan;
}
