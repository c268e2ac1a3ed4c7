// The corpus as TypeScript types. src/schema.ts checks data against the same shape at run time,
// and a compile-time assertion there keeps the two in step.

export interface Source {
  id?: string;
  title: string;
  author?: string;
  publisher?: string;
  url?: string;
}

export interface VocabularyGroup {
  /** What the terms mean, shown as the reason for a match ("heat therapy, after the first two days"). */
  means: string;
  /** A phrase of the section body whose sentence explains these terms. */
  cites?: string;
  terms: string[];
}

export interface DrugMember {
  generic: string;
  brands?: string[];
  /** Other names of the same drug (paracetamol for acetaminophen). */
  aka?: string[];
}

export interface DrugClass {
  class: string;
  /** How one member is described: "a nonsteroidal anti-inflammatory drug (NSAID)". */
  label: string;
  cites?: string;
  prescription?: boolean;
  sources?: string[];
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
}

export interface Plan {
  /** The day after which the article's timeline is over. */
  horizon: number;
  beyond: string;
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

export interface Corpus {
  title?: string;
  source?: Source;
  disclaimer?: string;
  sources?: Source[];
  sections: Section[];
  plan?: Plan;
}
