// What spasm-info adds to the article, checked as content: every added fact names a source that is
// listed with its address and the date it was read; the safety points hold on every screen that
// shows them (show, search, plan) and at narrow and normal widths.
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../src/corpus/corpus.js';
import { formatPlan } from '../src/plan/format-plan.js';
import { formatSearch } from '../src/render/format-search.js';
import { attribution, sectionMarkdown } from '../src/render/section-markdown.js';
import { planFor } from '../src/plan/plan.js';
import { planJsonRecord } from '../src/corpus/records.js';
import { renderSection } from '../src/render/render-markdown.js';
import { buildIndex, search } from '../src/search/search.js';
import { plainTheme } from '../src/render/theme.js';
import { createTheme } from '../src/render/theme-color.js';
import { citedSourceIds } from '../src/corpus/validate.js';
import { displayWidth, markdownToPlain, words } from '../src/util/text.js';
import { onTerminal } from './helpers/cli.js';
import { stripSgr } from './helpers/pty.js';

const corpus = loadBundledCorpus();
const sources = corpus.sources!;
const section = (id: string) => corpus.sections.find((s) => s.id === id)!;
const drugs = section('medications').drugs!;
const members = drugs.flatMap((d) => d.members);
const index = buildIndex(corpus);
const top = (query: string) => search(index, query).hits[0];

/** The citations at the end of a list item of a supplementary section: "*(NHS: Neck pain; …)*". */
const bodyCitations = (body: string) =>
  body.split('\n').filter((l) => l.startsWith('- ')).map((l) => /\*\(([^)]*)\)\*$/.exec(l)?.[1].split('; ') ?? []);
const shortToId = new Map(sources.map((s) => [s.short, s.id]));

/** Where an added fact may come from, by kind of publisher. A domain written with a leading dot
 *  takes its subdomains too (every NHS trust is under nhs.uk); any other matches itself or www.
 *  only, so a look-alike subdomain (endocet.drugs.com) is not the reference it borrows from. A
 *  page copied onto another site, a blog, a shop, an encyclopedia anyone edits or a summary of
 *  another page is never a source: find the publisher's own page with the search tool instead. */
const REPUTABLE: Record<string, string[]> = {
  'UK health services: the NHS, its boards and trusts, nidirect': ['.nhs.uk', 'nhsfife.org', '.nhs.scot', '.nhs.wales', 'nidirect.gov.uk'],
  // (and its old site as the UK National Archives keep it: the MHRA's press releases before GOV.UK)
  'UK medicines regulator: the MHRA, on its own site and on GOV.UK': ['mhra.gov.uk', 'gov.uk', 'webarchive.nationalarchives.gov.uk'],
  'US government: NIH (MedlinePlus, DailyMed, LiverTox) and the FDA': ['medlineplus.gov', '.nih.gov', '.fda.gov'],
  'UK guidance and product leaflets: NICE (and its CKS), the EMC': ['.nice.org.uk', 'medicines.org.uk'],
  'Irish product leaflets and pharmacy regulator: medicines.ie, the Pharmaceutical Society of Ireland': ['medicines.ie', 'thepsi.ie'],
  'Ireland\'s public health service: the HSE (its own pages, www2.hse.ie among them)': ['.hse.ie'],
  'clinics, hospitals and doctors\' own patient pages': ['mayoclinic.org', 'patient.info', 'familydoctor.org', 'health.harvard.edu', 'roswellpark.org', 'thompsonhealth.com'],
  'medical societies and patient charities, children\'s medicines information for parents': ['rheumatology.org.au', 'mstrust.org.uk', 'medicinesforchildren.org.uk'],
  'Australian medicines information: NPS MedicineWise (the makers\' consumer medicine information)': ['nps.org.au'],
  'drug makers\' own pages': ['pfizer.co.uk', 'pfizermedicalinformation.com', 'aspirin.at', '.bmscustomerconnect.com', 'voltarol.co.uk'],
  // Drugs.com, Medscape, MedicineNet and Independent Pharmacist were dropped on 2026-12-04: every fact
  // they backed is now cited to a label, a health service or NIH LiverTox. Two stay for want of a
  // stronger stored page: DrugCentral (the Kenalog label's text) and Pharmacy Magazine (Naprosyn Pain Relief).
  'drug references and the pharmacy press': ['drugcentral.org', 'pharmacymagazine.co.uk'],
};
const reputable = (host: string) =>
  Object.values(REPUTABLE).flat().some((d) => (d.startsWith('.') ? host === d.slice(1) || host.endsWith(d) : host === d || host === `www.${d}`));

describe('sourcing: every added fact names a source, every source is listed and used', () => {
  it.each(sources.map((s) => [s.id, s]))('source %s has an address, the date it was read and a short name', (_, s) => {
    expect(s.url).toMatch(/^https?:\/\//);
    // The day the page was read: a real calendar date, not in the future.
    expect(s.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${s.read}T00:00:00Z`).toISOString().slice(0, 10), 'a real calendar date').toBe(s.read);
    expect(Date.parse(`${s.read}T00:00:00Z`)).toBeLessThanOrEqual(Date.now());
    expect(s.short, 'the name citations use').toBeTruthy();
  });

  it.each(sources.map((s) => [s.id, s]))('source %s is the page of a reputable publisher, not a copy of one', (_, s) => {
    const url = new URL(s.url!);
    expect(reputable(url.hostname), `${s.id}: ${s.url} is not from a reputable publisher's domain (REPUTABLE in test/content.test.ts)`).toBe(true);
    // A translated copy (mayoclinic.org/zh-hans/…) is not the page that was read and cited.
    expect(url.pathname, `${s.id}: ${s.url} is a page in another language`).not.toMatch(/^\/[a-z]{2}(?:-[a-z]{2,4})?\//i);
    expect(`${s.title} ${s.publisher}`, `${s.id} says it is a copy or a republication of another page`).not.toMatch(/\bcop(?:y|ies)\b|republish|summary of/i);
  });

  // trial20 finding 25: a web-analytics tag (WT.mc_id=organic_split, utm_*) is not part of a page's
  // address. Legacy NHS addresses (beta.nhs.uk, /Conditions/…/Pages/*.aspx, http) stay where no stored
  // copy of the page at its current address could be read (content20's report lists them).
  it('no source address carries a tracking parameter', () => {
    expect(sources.filter((s) => /[?&](?:WT\.mc_id|utm_[a-z]+|fbclid|gclid)=/i.test(s.url ?? '')).map((s) => s.id)).toEqual([]);
  });

  it('the allow-list rejects the look-alikes and copies that were once cited', () => {
    for (const host of ['castlegate-pharmacy.com', 'theswissbay.ch', 'gill.readingroo.ms', 'www.reference.com', 'medications.com', 'medx.it.com',
      'forhers.su', 'kids.britannica.com', 'medilib.ir', 'studylib.net', 'oxycontin.com', 'thehealthboard.com', 'endocet.drugs.com', 'en.wikipedia.org',
      'rxwiki.com', 'pdrhealth.com', 'nhs.uk.example.com', 'hse.ie.example.com']) expect(reputable(host), host).toBe(false);
    for (const host of ['www.nhs.uk', 'mpft.nhs.uk', 'dailymed.nlm.nih.gov', 'api.fda.gov', 'cks.nice.org.uk', 'patient.info', 'www2.hse.ie']) expect(reputable(host), host).toBe(true);
  });

  it('the allow-list no longer takes the drug references replaced on 2026-12-04', () => {
    for (const host of ['www.drugs.com', 'reference.medscape.com', 'www.medicinenet.com', 'www.independentpharmacist.co.uk']) expect(reputable(host), host).toBe(false);
  });

  it.each(members.map((m) => [m.generic, m]))('drug %s names the sources it was checked against', (_, m) => {
    expect(m.sources?.length).toBeGreaterThan(0);
  });

  it.each(drugs.flatMap((d) => (d.notes ?? []).map((n) => [d.class, n] as const)))('the note on %s names its sources', (_, n) => {
    expect(n.sources.length).toBeGreaterThan(0);
  });

  it.each(corpus.sections.flatMap((s) => (s.vocabulary ?? []).map((g) => [s.id, g.means, s, g] as const)))(
    '%s vocabulary "%s" is backed by the article or by a source',
    (_, __, s, g) => {
      if (s.origin === 'supplementary') expect(g.sources?.length, 'an added section cites a source for each group').toBeGreaterThan(0);
      else expect(Boolean(g.sources?.length) || Boolean(g.cites && markdownToPlain(s.body).includes(g.cites))).toBe(true);
    },
  );

  it('every point of an added section cites sources by their short names, all listed', () => {
    for (const s of corpus.sections.filter((x) => x.origin === 'supplementary')) {
      for (const cited of bodyCitations(s.body)) {
        expect(cited.length).toBeGreaterThan(0);
        for (const name of cited) expect(shortToId.get(name), `'${name}' is not a listed source`).toBeTruthy();
      }
    }
  });

  it('every listed source is used by some fact', () => {
    const used = new Set([
      ...corpus.sections.flatMap(citedSourceIds),
      ...corpus.sections.flatMap((s) => bodyCitations(s.body).flat().map((n) => shortToId.get(n)!)),
      ...(corpus.plan?.seeDoctor?.sources ?? []),
      ...(corpus.plan?.emergency?.sources ?? []),
    ]);
    expect(sources.map((s) => s.id).filter((id) => !used.has(id!))).toEqual([]);
  });
});

describe('drugs: combinations, doubling acetaminophen, abbreviations', () => {
  const combinations = members.filter((m) => m.ingredients);
  const md = sectionMarkdown(corpus, section('medications'));

  it('models the combination products as combinations', () => {
    expect(combinations.map((m) => m.generic)).toEqual([
      'aspirin with acetaminophen and caffeine', 'aspirin with caffeine', 'menthol with methyl salicylate', 'camphor with menthol',
      'hydrocodone with acetaminophen', 'oxycodone with acetaminophen', 'codeine with acetaminophen', 'co-codamol', 'codeine with an NSAID', 'co-codamol with caffeine',
      'paracetamol with caffeine and phenylephrine', 'paracetamol with guaifenesin and phenylephrine', 'paracetamol with pseudoephedrine',
      'paracetamol with diphenhydramine and pseudoephedrine', 'paracetamol with promethazine and dextromethorphan',
      'acetaminophen with dextromethorphan and doxylamine', 'acetaminophen with dextromethorphan and phenylephrine',
    ]);
    expect(members.map((m) => m.generic)).not.toContain('hydrocodone');
  });

  it.each(combinations.flatMap((m) => [m.generic, ...(m.brands ?? [])].map((name) => [name, m] as const)))(
    '%s shows all its ingredients, in the table and in search',
    (name, m) => {
      const row = md.split('\n').find((l) => l.includes(`| ${m.generic}`))!;
      for (const ingredient of m.ingredients!) expect(row, `table row of ${m.generic}`).toContain(ingredient);
      const reason = search(index, name).hits[0].snippet.reason!;
      for (const ingredient of m.ingredients!) expect(reason, `search reason for ${name}`).toContain(ingredient);
    },
  );

  /** What a reader sees in each column of a drawn table (its cells' lines joined, group by group),
   *  or the whole text when the table was drawn as a list. */
  const readable = (out: string) => {
    const lines = out.split('\n');
    if (!lines.some((l) => l.startsWith('│'))) return [out.replace(/\s+/g, ' ')];
    const groups: string[][][] = [];
    for (const line of lines) {
      if (/^[┌├└]/.test(line)) groups.push([]);
      else if (line.startsWith('│') && groups.length) groups[groups.length - 1].push(line.split('│').slice(1, -1).map((c) => c.trim()));
    }
    return groups.flatMap((g) => (g[0] ?? []).map((_, col) => g.map((cells) => cells[col]).filter(Boolean).join(' ')));
  };

  it.each([[40], [80], [120]])('at %i columns, each combination is shown with its ingredients', (width) => {
    const shown = readable(renderSection(corpus, section('medications'), { theme: plainTheme, width }));
    for (const m of combinations) {
      const expected = m.ingredients!.every((i) => m.generic.includes(i)) ? m.generic : `${m.generic}: ${m.ingredients!.join(' + ')}`;
      expect(shown.some((text) => text.includes(expected)), `${expected} at ${width} columns`).toBe(true);
    }
  });

  it('a class holding acetaminophen warns against doubling it, with sources', () => {
    const holds = drugs.filter((d) => d.members.some((m) => m.generic === 'acetaminophen' || m.ingredients?.some((i) => /acetaminophen|paracetamol/.test(i))));
    expect(holds.length).toBe(5);
    for (const d of holds) expect(d.notes?.some((n) => /liver/.test(n.text) && n.sources.length > 0), d.class).toBe(true);
  });

  const coldAndFlu = drugs.find((d) => d.class.startsWith('paracetamol combinations'))!;
  it.each([...coldAndFlu.members.flatMap((m) => m.brands ?? []), 'Day Nurse', 'Night Nurse'])('the acetaminophen note counts %s among the cold and flu remedies that hold it', (brand) => {
    const note = drugs.find((d) => d.class === 'acetaminophen (paracetamol)')!.notes![0].text;
    expect(note).toMatch(new RegExp(`cold and flu remedies below \\([^)]*\\b${brand}\\b`));
  });

  it('spells out APAP wherever it is shown', () => {
    expect(md.match(/APAP(?! \(an abbreviation for acetaminophen)/g)).toBeNull();
    expect(top('APAP').snippet.reason).toMatch(/^APAP \(an abbreviation for acetaminophen on medicine labels/);
  });

  it.each([
    ['OxyContin', /extended-release.*around-the-clock/],
    ['Voltaren', /gel.*not for the neck/],
    ['Ecotrin', /enteric-coated.*not for quick pain relief/],
    ['Kenalog', /injected.*not for epidural use/],
    ['Depo-Medrone', /UK name of Depo-Medrol/],
    ['Nurofen', /sold in the UK, where plain Nurofen is ibuprofen alone, 200 mg.*other Nurofen products may hold other medicines/],
    ['Robaxin', /FDA's drug listing has it as an injection.*tablets are sold as generics in the US, and in the UK as 750 mg tablets given on prescription/],
    ['Flexeril', /tablets; the same medicine is sold as generic cyclobenzaprine/],
    ['Voltarol', /the UK name; UK pharmacies sell diclofenac gels, patches and plasters without a prescription/],
    ['Nurofen Plus', /12\.8 mg codeine with 200 mg ibuprofen.*pharmacist's supervision, for at most 3 days/],
    ['Excedrin', /Excedrin Extra Strength is this mix; other Excedrin products differ/],
    ['Anadin Extra', /aspirin, paracetamol and caffeine, for people aged 16 and over/],
    ['Calpol', /paracetamol as a liquid for children/],
    ['Panadeine Forte', /Australia: paracetamol with codeine, only with a doctor's prescription/],
    ['Soma', /up to two or three weeks.*controlled drug/],
    ['Solpadeine', /Ireland: Solpadeine Capsules are 8 mg codeine, 500 mg paracetamol and 30 mg caffeine/],
    ['Tiger Balm', /camphor with 11% menthol; other Tiger Balm products differ/],
    ['Biofreeze', /10% menthol cream/],
    ['Salonpas', /methyl salicylate, which its label counts as an NSAID/],
    ['Icy Hot', /10% menthol with 30% methyl salicylate.*allergy to aspirin or salicylates.*other Icy Hot products differ/],
    ['Lemsip', /Lemsip Max Daytime Cold & Flu Relief capsules are this mix.*some other Lemsip products differ/],
    ['Beechams', /Beechams All-In-One tablets are this mix.*not every Beechams product has paracetamol/],
    ['Beechams Powders', /600 mg aspirin with 50 mg caffeine.*no paracetamol/],
    ['paracetamol with pseudoephedrine', /sold as Haleon Day Nurse tablets, 500 mg paracetamol with 30 mg pseudoephedrine/],
    ['paracetamol with promethazine and dextromethorphan', /sold as Night Nurse.*one dose just before bed.*makes you drowsy/],
    ['Benylin', /Benylin Four Flu tablets are this mix.*some Benylin products have no paracetamol/],
    ['NyQuil', /650 mg acetaminophen.*other NyQuil products may differ/],
    ['DayQuil', /325 mg acetaminophen.*other DayQuil products may differ/],
    ['Theraflu', /Theraflu Daytime Severe Cold & Cough.*other Theraflu products may differ/],
  ])('%s carries its note, in the table and in search', (brand, note) => {
    expect(md).toMatch(new RegExp(`${brand} \\([^|]*${note.source}`));
    expect(top(brand).snippet.reason).toMatch(note);
  });

  it('the rub-on pain relievers say they are not the article\'s ice or heat therapy, and not to use them with a heating pad', () => {
    const rubs = drugs.find((d) => d.class === 'rub-on pain relievers')!;
    expect(rubs.label).toMatch(/not the article's ice or heat therapy/);
    expect(rubs.notes?.some((n) => /not to use them with a heating pad/.test(n.text) && n.sources.length > 0)).toBe(true);
    for (const brand of ['Tiger Balm', 'Biofreeze', 'Salonpas']) expect(top(brand).snippet.reason, brand).toMatch(/not the article's ice or heat therapy/);
  });

  // Audit of 2026-12-06 (content19): Biofreeze's label says not to bandage it tightly; both Tiger Balm
  // labels say not to bandage or cover it with a wrap at all (the note had said "tightly" of both).
  it('the rub-on note gives each label\'s own words on bandaging, citing both Tiger Balm labels', () => {
    const note = drugs.find((d) => d.class === 'rub-on pain relievers')!.notes![0];
    expect(note.text).toMatch(/the Biofreeze label also says not to bandage it tightly, and the Tiger Balm labels not to bandage or cover them with a wrap at all\./);
    expect(note.sources).toEqual(expect.arrayContaining(['dailymed-biofreeze', 'dailymed-tiger-balm-arthritis', 'dailymed-tiger-balm-spray']));
  });

  // trial22 finding 1: the warnings on every NSAID pack (US Drug Facts: stomach bleeding more likely
  // at 60 or over, after an ulcer or bleeding, on a blood thinner; ask a
  // doctor with asthma, high blood pressure, heart, kidney or liver disease; NHS: Naproxen; Mayo Clinic:
  // ibuprofen, naproxen and aspirin interact with warfarin), in one note on the NSAIDs.
  it('the NSAIDs carry a cautions note: ulcer or bleeding, blood thinners, asthma, heart, blood pressure, kidneys, liver, age', () => {
    const note = drugs.find((d) => d.class === 'NSAIDs')!.notes!.find((n) => /bleeding in the stomach/.test(n.text))!;
    for (const caution of [/stomach ulcer/, /blood thinner \(an anticoagulant such as warfarin\)/, /asthma/, /heart disease, raised blood pressure, or kidney or liver disease/, /60 or over/]) {
      expect(note.text).toMatch(caution);
    }
    expect(note.sources).toEqual(expect.arrayContaining(['dailymed-ibuprofen-otc', 'dailymed-aleve-capsules', 'nhs-naproxen', 'mayo-warfarin']));
  });

  // trial22 finding 5: muscle relaxants and opioids make people drowsy (NHS: baclofen; Patient.info:
  // diazepam; FDA: Soma, motor vehicle accidents; DailyMed: tramadol Medication Guides), and tramadol
  // with an SSRI such as sertraline can cause serotonin syndrome (PubMed case reports).
  it.each([
    ['muscle relaxants', /drowsy or dizzy\. Do not drive or use machines until you know how one affects you, and do not drink alcohol/],
    ['opioids (narcotic painkillers)', /sleepy, dizzy or lightheaded: do not drive or use machines until you know how one affects you\. Do not drink alcohol/],
  ])('the %s say not to drive until you know how they affect you, nor to drink alcohol', (cls, text) => {
    const note = drugs.find((d) => d.class === cls)!.notes!.find((n) => text.test(n.text));
    expect(note?.sources.length).toBeGreaterThan(0);
  });

  it('tramadol warns of serotonin syndrome with an SSRI such as sertraline, and search shows it', () => {
    expect(top('I take sertraline, can I have tramadol for my neck').snippet.text).toMatch(/tramadol: taken with an antidepressant such as sertraline or citalopram \(an SSRI\), it can cause serotonin syndrome/);
    expect(members.find((m) => m.generic === 'tramadol')!.sources).toEqual(expect.arrayContaining(['pubmed-tramadol-sertraline', 'pubmed-tramadol-ssri']));
  });

  // content25 audit: neither PubMed case report the tramadol note cites says serotonin syndrome is
  // rare (one calls it potentially life-threatening; both list confusion, agitation, sweating, tremor,
  // a fast heart), so the note no longer says "rare": it says serious.
  it('tramadol\'s note calls serotonin syndrome serious, not rare, as its cited pages do', () => {
    const note = members.find((m) => m.generic === 'tramadol')!.notes!.tramadol;
    expect(note).toMatch(/serotonin syndrome, a serious reaction \(confusion, agitation, shaking, sweating, a racing heart\)/);
    expect(note).not.toMatch(/\brare\b/);
  });

  // trial22 finding 10: the article's sentence on a collar stays as it is; the gloss beside it says
  // what NHS trusts advise for a sprained neck or whiplash (Leeds: soft collars are not recommended;
  // NHS Borders: not for more than a couple of days), so it does not read as a reason to wear one.
  it('the collar gloss adds the NHS advice against a soft collar, with its sources', () => {
    const hit = top('should I wear a neck collar for whiplash');
    expect(hit.snippet.text.startsWith('In severe cases you may need to temporarily use a cervical collar to support your neck while you are upright.')).toBe(true);
    expect(hit.snippet.reason).toMatch(/NHS trusts advise against a soft collar, or against wearing one for more than a couple of days/);
    const group = section('rest').vocabulary!.find((g) => g.cites === 'cervical collar')!;
    expect(group.sources).toEqual(['leedsth-neck-sprain', 'nhsborders-whiplash']);
  });

  it('Bayer is found as the maker of aspirin, not as a product', () => {
    expect(top('Bayer').snippet.reason).toMatch(/^Bayer — the company that introduced aspirin/);
    expect(members.flatMap((m) => m.brands ?? [])).not.toContain('Bayer');
  });

  it.each([['Naprosyn Pain Relief', /UK: sold in pharmacies/], ['Aleve', /over the counter in the US/], ['Naprosyn', /by prescription/]])(
    '%s says where and how it is sold',
    (brand, note) => expect(top(brand).snippet.reason).toMatch(note),
  );

  // Audited on 2026-12-05 against the stored pages: each brand's note is backed by the page named
  // here, which its member cites. A brand no cited page names is dropped (Cataflam, listed under
  // diclofenac since the first corpus, was named by none of diclofenac's five sources).
  it.each([
    ['Ecotrin', 'dailymed-aspirin-ec'], // an enteric-coated aspirin label: its delayed action gives no fast relief
    ['Nurofen Plus', 'emc-nurofen-plus'], // 12.8 mg codeine with 200 mg ibuprofen, over 12, 3 days
    ['Solpadeine', 'medicinesie-solpadeine'], // 8 mg codeine, 500 mg paracetamol, 30 mg caffeine, 12 and over
    ['Panadeine Extra', 'nps-panadeine-extra'], // Schedule 4, at most 3 days at a time
    ['Valium', 'nhs-diazepam'], // the brand is no longer sold in the UK
    ['Beechams', 'emc-beechams-all-in-one'], // 250 mg paracetamol, 100 mg guaifenesin, 5 mg phenylephrine, 12 and over
    ['Lemsip', 'emc-lemsip-max-daytime'], // 500 mg paracetamol, 25 mg caffeine, 6.1 mg phenylephrine, 16 and over
    ['Biofreeze', 'dailymed-biofreeze'], // 10% menthol cream
    ['Parafon Forte', 'livertox-muscle-relaxants'], // LiverTox's table names it for chlorzoxazone
    ['Calpol', 'mhra-childrens-paracetamol'], // the MHRA's list of UK liquid paracetamol brands for children
    ['Disprin', 'nhs-aspirin'], // the NHS names it among aspirin's brands
    ['Nurofen', 'emc-nurofen'],
    ['Icy Hot', 'dailymed-icy-hot'], // stick 10% menthol + 30% methyl salicylate, balm 7.6% + 29%; aspirin/salicylate allergy alert; rare serious burns // Nurofen 200 mg Tablets: ibuprofen 200 mg, not for children under 12 (SmPC, Reckitt Benckiser UK)
  ])('%s is backed by the page that states its note (%s)', (brand, sourceId) => {
    const m = members.find((x) => x.brands?.includes(brand))!;
    expect(m.sources, `${brand}'s member`).toContain(sourceId);
    expect(sources.some((s) => s.id === sourceId)).toBe(true);
  });

  it('diclofenac lists only the brands its cited pages name', () => {
    expect(members.find((m) => m.generic === 'diclofenac')!.brands).toEqual(['Voltaren', 'Voltarol']);
  });

  // Audit of 2026-12-06 (content19): each member's name, class and brands, as checked against the
  // pages its member cites. A renamed drug, a brand added or dropped, or a member moved to another
  // class fails here first: re-read its sources, then change its row with it.
  it.each([
    ['acetaminophen', 'acetaminophen (paracetamol)', ['Tylenol', 'Panadol', 'Calpol']],
    ['ibuprofen', 'NSAIDs', ['Advil', 'Motrin', 'Nurofen']],
    ['naproxen', 'NSAIDs', ['Aleve', 'Naprosyn', 'Naprosyn Pain Relief']],
    ['aspirin', 'NSAIDs', ['Ecotrin', 'Disprin']],
    ['aspirin with acetaminophen and caffeine', 'aspirin combinations (combination painkillers)', ['Excedrin', 'Anadin Extra']],
    ['aspirin with caffeine', 'aspirin combinations (combination painkillers)', ['Anadin Original', 'Beechams Powders']],
    ['menthol', 'rub-on pain relievers', ['Biofreeze']],
    ['menthol with methyl salicylate', 'rub-on pain relievers', ['Salonpas', 'Icy Hot']],
    ['camphor with menthol', 'rub-on pain relievers', ['Tiger Balm']],
    ['diclofenac', 'prescription NSAIDs', ['Voltaren', 'Voltarol']],
    ['meloxicam', 'prescription NSAIDs', ['Mobic']],
    ['celecoxib', 'prescription NSAIDs', ['Celebrex']],
    ['oxycodone', 'opioids (narcotic painkillers)', ['OxyContin']],
    ['tramadol', 'opioids (narcotic painkillers)', ['Ultram']],
    ['hydrocodone with acetaminophen', 'opioid with acetaminophen (combination painkillers)', ['Norco', 'Vicodin']],
    ['oxycodone with acetaminophen', 'opioid with acetaminophen (combination painkillers)', ['Percocet']],
    ['codeine with acetaminophen', 'opioid with acetaminophen (combination painkillers)', ['Tylenol with Codeine', 'Panadeine Forte', 'Panadeine Extra']],
    ['co-codamol', 'codeine combinations from pharmacies', []],
    ['codeine with an NSAID', 'codeine combinations from pharmacies', ['Nurofen Plus']],
    ['co-codamol with caffeine', 'codeine combinations from pharmacies', ['Solpadeine']],
    ['paracetamol with caffeine and phenylephrine', 'paracetamol combinations (acetaminophen)', ['Lemsip']],
    ['paracetamol with guaifenesin and phenylephrine', 'paracetamol combinations (acetaminophen)', ['Beechams']],
    ['paracetamol with pseudoephedrine', 'paracetamol combinations (acetaminophen)', []],
    ['paracetamol with diphenhydramine and pseudoephedrine', 'paracetamol combinations (acetaminophen)', ['Benylin']],
    ['paracetamol with promethazine and dextromethorphan', 'paracetamol combinations (acetaminophen)', []],
    ['acetaminophen with dextromethorphan and doxylamine', 'paracetamol combinations (acetaminophen)', ['NyQuil']],
    ['acetaminophen with dextromethorphan and phenylephrine', 'paracetamol combinations (acetaminophen)', ['DayQuil', 'Theraflu']],
    ['cyclobenzaprine', 'muscle relaxants', ['Flexeril', 'Amrix']],
    ['methocarbamol', 'muscle relaxants', ['Robaxin']],
    ['metaxalone', 'muscle relaxants', ['Skelaxin']],
    ['carisoprodol', 'muscle relaxants', ['Soma']],
    ['orphenadrine', 'muscle relaxants', ['Norflex']],
    ['chlorzoxazone', 'muscle relaxants', ['Parafon Forte']],
    ['tizanidine', 'muscle relaxants', ['Zanaflex']],
    ['baclofen', 'muscle relaxants', []],
    ['diazepam', 'muscle relaxants', ['Valium']],
    ['methylprednisolone', 'corticosteroids', ['Depo-Medrol', 'Depo-Medrone', 'Medrol']],
    ['triamcinolone', 'corticosteroids', ['Kenalog']],
    ['prednisone', 'corticosteroids', []],
  ])('%s is listed under %s with the brands %j', (generic, cls, brands) => {
    const d = drugs.find((x) => x.members.some((m) => m.generic === generic));
    expect(d?.class, generic).toBe(cls);
    expect(d!.members.find((m) => m.generic === generic)!.brands ?? []).toEqual(brands);
  });

  // 40 since codeine itself joined the opioids (2026-12-07, from two EMC leaflets of codeine
  // phosphate tablets): it had been only a word of the vocabulary, so no note on opioids answered
  // "codeine and diazepam together" or "can I drive after taking codeine".
  it('lists exactly the members the audit checked', () => {
    expect(members.length).toBe(40);
  });

  // Added by content19, each with the page it was read on: two NSAIDs are not taken together (NHS:
  // "Do not take more than one type of NSAID at a time"), and every paracetamol product counts
  // towards one daily limit (NHS Fife: no more than 8 paracetamol-containing tablets in 24 hours,
  // each co-codamol holding one 500 mg tablet's paracetamol).
  it('naproxen says it is not taken with another NSAID, and cites the page that says so', () => {
    const m = members.find((x) => x.generic === 'naproxen')!;
    const text = /take only one NSAID at a time, so not naproxen with ibuprofen, aspirin or diclofenac/;
    expect(m.notes?.naproxen).toMatch(text);
    expect(m.sources).toContain('nhs-ibuprofen-interactions');
    expect(md).toMatch(new RegExp(`naproxen \\([^|]*${text.source}`));
  });

  it('the prescription NSAIDs say to take only one NSAID at a time, ibuprofen not with naproxen, aspirin or diclofenac, citing the NHS page', () => {
    const note = drugs.find((d) => d.class === 'prescription NSAIDs')!.notes!.find((n) => /^Take only one NSAID at a time/.test(n.text))!;
    expect(note.text).toMatch(/^Take only one NSAID at a time: do not take ibuprofen with naproxen, aspirin or diclofenac, for example, as two together make side effects more likely\. Diclofenac, meloxicam and celecoxib are NSAIDs/);
    expect(note.text).toMatch(/low-dose aspirin for your heart, ask a pharmacist or doctor before taking ibuprofen/);
    expect(note.sources).toContain('nhs-ibuprofen-interactions');
    expect(sources.some((x) => x.id === 'nhs-ibuprofen-interactions')).toBe(true);
  });

  it.each([
    ['can i take ibuprofen and naproxen together'],
    ['can i take naproxen with ibuprofen'],
  ])('search %j shows that two NSAIDs are not taken together', (query) => {
    const hit = top(query);
    expect(hit.id).toBe('medications');
    expect(`${hit.snippet.text} ${hit.snippet.reason ?? ''}`).toMatch(/Take only one NSAID at a time: do not take ibuprofen with naproxen|take only one NSAID at a time, so not naproxen with ibuprofen/);
  });

  it('the paracetamol note says every product counts towards one daily limit, with NHS Fife as its source', () => {
    const note = drugs.find((d) => d.class === 'acetaminophen (paracetamol)')!.notes![0];
    expect(note.text).toMatch(/They all count towards the same daily limit: for adults, 4,000 mg of paracetamol in 24 hours from all of them in all, that is eight 500 mg tablets \(each co-codamol tablet holds as much paracetamol as one 500 mg paracetamol tablet\)/);
    expect(note.sources).toContain('nhs-fife-paracetamol');
    expect(note.text).toMatch(/\bco-codamol\) and the cold and flu remedies below/);
  });

  it('says per member how it can be had, not one word per class', () => {
    expect(new Set(members.map((m) => m.availability)).size).toBeGreaterThan(6);
    for (const m of members) expect(m.availability, m.generic).toBeTruthy();
  });

  // trial20 finding 5: the search why-line adds ", by prescription" for a class marked `prescription`,
  // so a member that can also be had without one (co-codamol 8/500 from UK pharmacies; diclofenac
  // gels) read "by prescription" beside its own note saying otherwise. Such a member sits in a class
  // that is not marked, and its why-line says what its own availability says.
  const withoutPrescription = members.filter((m) => /without|from (?:UK )?pharmacies|over the counter/.test(m.availability ?? ''));
  it.each(withoutPrescription.flatMap((m) => [m.generic, ...(m.brands ?? [])].map((name) => [name, m.generic] as const)))(
    '%s (%s) can be had without a prescription, and its class does not say "by prescription"',
    (name, generic) => {
      const d = drugs.find((x) => x.members.some((m) => m.generic === generic))!;
      expect(d.prescription, d.class).not.toBe(true);
      expect(top(name).snippet.reason ?? '', name).not.toMatch(/, by prescription\b/);
    },
  );

  it.each([
    // trial22 finding 8: only the lowest strength (8/500) is sold without a prescription (NHS Limelight,
    // NHS formulary); the note says so, and so agrees with the class sold under a pharmacist's supervision.
    ['co-codamol', /the UK name; it comes in three strengths, and only the lowest, 8 mg codeine with 500 mg paracetamol, is sold without a prescription, in pharmacies; the stronger ones, such as 30 mg codeine with 500 mg paracetamol, need one\) — a combination painkiller with codeine, an opioid, sold without a prescription under a pharmacist's supervision/],
    ['Voltarol', /UK pharmacies sell diclofenac gels, patches and plasters without a prescription.*— a brand of diclofenac, an NSAID a doctor may prescribe/],
    ['diclofenac', /by prescription as tablets and capsules; some of its gels are sold without one: see Voltaren and Voltarol/],
  ])('search %s gives a why-line that agrees with itself about prescriptions', (name, reason) => {
    expect(top(name).snippet.reason).toMatch(reason);
  });

  // trial20 finding 2: pregnancy and breastfeeding, from the NHS pages read on 2026-12-06 (content20):
  // paracetamol is the preferred painkiller in pregnancy and can be taken while breastfeeding; NSAIDs
  // are not used in pregnancy unless a doctor advises it (the MHRA's advice, on the NHS page), ibuprofen
  // above all in the first 13 weeks and from week 28; check before ibuprofen while breastfeeding;
  // codeine and aspirin for pain are among the medicines not recommended while breastfeeding.
  it.each([
    ['acetaminophen (paracetamol)', /^Pregnant or breastfeeding: paracetamol is the painkiller the NHS usually recommends first for mild or moderate pain in pregnancy, and it can be taken while breastfeeding/, ['nhs-ibuprofen-pregnancy', 'nhs-pregnancy-medicines', 'nhs-breastfeeding-medication']],
    ['NSAIDs', /^Pregnant: ibuprofen and the other NSAIDs \(naproxen, aspirin, diclofenac\) are not usually advised in pregnancy unless a doctor says so, above all early and late in pregnancy, when ibuprofen may harm the baby\. Breastfeeding: check with a GP or midwife before taking ibuprofen, and aspirin for pain relief is not recommended\.$/, ['nhs-ibuprofen-pregnancy', 'nhs-breastfeeding-medication', 'nhs111wales-breastfeeding-medicines']],
    ['codeine combinations from pharmacies', /^Codeine, which all of these hold, is one of the medicines the NHS does not recommend while breastfeeding\. In pregnancy, or if you are trying to get pregnant or breastfeeding, tell your doctor before taking co-codamol\.$/, ['nhs111wales-breastfeeding-medicines', 'limelight-cocodamol']],
  ])('the %s say what to do in pregnancy and while breastfeeding, citing the NHS pages', (cls, text, cited) => {
    const note = drugs.find((d) => d.class === cls)!.notes!.find((n) => text.test(n.text));
    expect(note, cls).toBeTruthy();
    expect(note!.sources).toEqual(expect.arrayContaining(cited));
    for (const id of cited) expect(sources.some((s) => s.id === id), id).toBe(true);
  });

  it.each([
    ['can I take ibuprofen while pregnant', /not usually advised in pregnancy unless a doctor says so/],
    ['ibuprofen breastfeeding', /Breastfeeding: check with a GP or midwife before taking ibuprofen/],
    ['paracetamol while breastfeeding', /paracetamol is the painkiller the NHS usually recommends first/],
    ['co-codamol while breastfeeding', /tell your doctor before taking co-codamol/],
  ])('search %j shows the note on pregnancy or breastfeeding', (query, text) => {
    const hit = top(query);
    expect(hit.id).toBe('medications');
    expect(hit.snippet.text).toMatch(text);
  });

  // trial20 finding 16: "can I take paracetamol and ibuprofen together" had no answer. NHS Direct
  // Wales's ibuprofen page (read 2026-12-06): adults can take paracetamol at the same time if
  // necessary, not recommended for children; adults no more than 1,200 mg of ibuprofen in 24 hours.
  it('the NSAIDs note says adults may take paracetamol and ibuprofen together, each within its limit, citing NHS Direct Wales', () => {
    const note = drugs.find((d) => d.class === 'NSAIDs')!.notes!.find((n) => /^Adults can take paracetamol and ibuprofen/.test(n.text))!;
    expect(note.text).toMatch(/^Adults can take paracetamol and ibuprofen at the same time if they need to, keeping each within its own daily limit\. For adults taking ibuprofen bought without a prescription the limit is 1,200 mg in 24 hours, and for paracetamol 4,000 mg\.$/);
    // content22: the Nurofen 200 mg SmPC (read 2026-12-06: no more than six tablets in 24 hours) backs the 1,200 mg.
    expect(note.sources).toEqual(['nhsdirectwales-ibuprofen', 'nhs-fife-paracetamol', 'emc-nurofen']);
  });

  it.each([['can I take paracetamol and ibuprofen together'], ['is it ok to take ibuprofen and paracetamol at the same time']])(
    'search %j shows that adults can take both', (query) => {
      const hit = top(query);
      expect(hit.id).toBe('medications');
      expect(hit.snippet.text).toMatch(/Adults can take paracetamol and ibuprofen at the same time if they need to/);
    },
  );

  it('co-codamol and Solpadeine are said to hold paracetamol, not to be taken with another product that does, citing NHS Fife', () => {
    const note = drugs.find((d) => d.class === 'codeine combinations from pharmacies')!.notes!.find((n) => /^Solpadeine also contains paracetamol/.test(n.text))!;
    expect(note.text).toMatch(/and so does co-codamol\. Do not take another product that contains it at the same time unless a doctor or pharmacist says you can/);
    expect(note.sources).toContain('nhs-fife-paracetamol');
  });

  // content24: people ask about a drink on the medicines listed ("codeine and alcohol", "is it ok to
  // drink on ibuprofen"). Each class whose stored pages speak of alcohol says what they say, read
  // 2026-12-06: for paracetamol (content25, the NHS 111 Wales page content24 cited is not stored) the
  // Drug Facts of Tylenol Extra Strength and NyQuil (severe liver damage with 3 or more drinks every
  // day) and an EMC paracetamol leaflet (ask first if dependent on alcohol); the Drug Facts of ibuprofen, Aleve and Ecotrin and of diclofenac 1% gel
  // (stomach bleeding more likely with 3 or more drinks a day); NHS Limelight (co-codamol: commonly
  // sleepy; tell a doctor first if you drink more than 14 units a week). No stored NHS page says more
  // of NSAIDs or codeine with alcohol (their common questions are past the stored part of the pages).
  // The US labels' liver warning (3 or more drinks a day) is in NyQuil's own note: said in the
  // paracetamol class's note, its 'liver' took 'is paracetamol bad for my liver' from the note on
  // doubling up (search.test). The limit is said without 'week', which took 'is it safe to take
  // co-codamol for a week' from the daily limit (learned.test).
  const alcoholNotes: [string, RegExp, string[]][] = [
    ['acetaminophen (paracetamol)', /^Alcohol: US labels of acetaminophen \(Tylenol\) warn of severe liver damage in someone who has 3 or more alcoholic drinks a day while taking it\. A UK paracetamol leaflet says to talk to a doctor or pharmacist before taking paracetamol if you are dependent on alcohol\.$/, ['dailymed-tylenol-extra-strength', 'dailymed-nyquil', 'emc-boots-paracetamol']],
    ['NSAIDs', /^Alcohol: US labels for ibuprofen, naproxen \(Aleve\) and aspirin warn that each can cause severe bleeding in the stomach, and that the chance is greater for someone who has 3 or more alcoholic drinks a day while taking it\.$/, ['dailymed-ibuprofen-otc', 'dailymed-ibuprofen-200', 'dailymed-aleve-capsules', 'dailymed-ecotrin-medtech', 'dailymed-aspirin-ec']],
    ['prescription NSAIDs', /^Alcohol: the US label of a diclofenac medicine rubbed on the skin warns that it can cause severe bleeding in the stomach, a small chance that is greater for someone who has 3 or more alcoholic drinks a day while using it\.$/, ['dailymed-voltaren-gel']],
    ['codeine combinations from pharmacies', /^Alcohol: the NHS says co-codamol commonly makes people sleepy, and that anyone who regularly drinks more than 14 units of alcohol in seven days should tell a doctor before starting it\.$/, ['limelight-cocodamol']],
  ];
  it.each(alcoholNotes)('the %s say what their pages say of alcohol, citing them', (cls, text, cited) => {
    const note = drugs.find((d) => d.class === cls)!.notes!.find((n) => text.test(n.text));
    expect(note, cls).toBeTruthy();
    expect(note!.sources).toEqual(cited);
    for (const id of cited) expect(sources.find((s) => s.id === id)?.read, id).toBe('2026-12-06');
  });

  // content25 audit: the NHS 111 Wales page content24 cited for paracetamol and alcohol is not among
  // the stored pages (review24 could not find it either; ten searches by its title, address and words
  // found only news copies of NHS text). The note now says what pages read on 2026-12-06 say: the US
  // Drug Facts of Tylenol Extra Strength and NyQuil (severe liver damage with 3 or more alcoholic drinks
  // every day) and a UK paracetamol leaflet on the EMC (talk to a doctor or pharmacist first if you are
  // dependent on alcohol). Its 14-units sentence went with the page: no stored page of an accepted
  // publisher gives that limit for paracetamol (NHS Limelight gives it for co-codamol).
  it('the paracetamol note on alcohol says what the re-read labels and leaflet say, and no longer cites the NHS 111 Wales page', () => {
    expect(sources.some((s) => s.id === 'nhs111wales-paracetamol')).toBe(false);
    const note = drugs.find((d) => d.class === 'acetaminophen (paracetamol)')!.notes!.find((n) => /^Alcohol:/.test(n.text))!;
    expect(note.text).not.toMatch(/the NHS says|14 units/);
    // The labels' own warning, whole: severe liver damage (review25 finding 9: "severe harm" said less),
    // with "a day" for the labels' "every day" ("every day" read as a frequency took "paracetamol four
    // times a day plus lemsip, too much?" from the daily limit: review25 finding 1). No words of the
    // NHS 111 Wales page ("may not be safe"), which no cited page says.
    expect(note.text).toMatch(/severe liver damage in someone who has 3 or more alcoholic drinks a day/);
    expect(note.text).not.toMatch(/every day|may not be safe/);
    expect(note.text).toMatch(/dependent on alcohol/);
    expect(sources.find((s) => s.id === 'emc-boots-paracetamol')?.url).toMatch(/^https:\/\/www\.medicines\.org\.uk\/emc\/product\/14044\/pil$/);
    expect(sources.find((s) => s.id === 'dailymed-tylenol-extra-strength')?.url).toMatch(/setid=59773893-09a8-47a2-943a-e9ea9da4458a$/);
  });

  // content25 audit: the NSAIDs' alcohol note also cites labels re-read on 2026-12-06 for ibuprofen (a
  // 200 mg Drug Facts label) and aspirin (the enteric-coated 81 mg label the table already cites): both
  // give the stomach bleeding warning with 3 or more alcoholic drinks every day.
  it('the NSAIDs\' alcohol note cites an ibuprofen and an aspirin label that were re-read', () => {
    const note = drugs.find((d) => d.class === 'NSAIDs')!.notes!.find((n) => /^Alcohol:/.test(n.text))!;
    expect(note.sources).toEqual(expect.arrayContaining(['dailymed-ibuprofen-200', 'dailymed-aspirin-ec', 'dailymed-aleve-capsules']));
  });

  // A search shows one sentence of a note, under its class's name: each sentence of these notes says
  // alcohol and names its medicine, so that it reads alone.
  it.each(alcoholNotes)('each sentence of the %s note on alcohol reads alone', (cls, text) => {
    const note = drugs.find((d) => d.class === cls)!.notes!.find((n) => text.test(n.text))!;
    for (const sentence of note.text.split(/(?<=\.) (?=[A-Z])/)) {
      expect(sentence, cls).toMatch(/alcohol/i);
      expect(sentence, cls).toMatch(/paracetamol|acetaminophen|ibuprofen|naproxen|aspirin|diclofenac|co-codamol/);
    }
  });

  // The opioids' note said an opioid with alcohol causes severe drowsiness and dangerously slow
  // breathing; the tramadol Medication Guides it cites add coma and death, and say not to take
  // medicines that contain alcohol either (content24).
  it('the opioids\' note gives the Medication Guides\' whole warning on alcohol', () => {
    const note = drugs.find((d) => d.class === 'opioids (narcotic painkillers)')!.notes![0];
    expect(note.text).toMatch(/Do not drink alcohol, or take medicines that contain it, while you take one; an opioid taken with alcohol, other opioids or sedatives such as benzodiazepines can cause severe drowsiness and dangerously slow breathing, even coma and death\.$/);
    expect(note.sources).toEqual(['dailymed-tramadol-medguide', 'dailymed-tramadol-medguide-nucare']);
  });

  // The Night Nurse SmPC (EMC, read 2026-12-06) lists 2.88 g of ethanol 96% among the excipients of a
  // 20 ml dose (content25's audit).
  it('Night Nurse says its liquid holds alcohol, as its SmPC lists it', () => {
    const member = members.find((m) => m.generic === 'paracetamol with promethazine and dextromethorphan')!;
    expect(member.notes![member.generic]).toMatch(/holds 1,000 mg paracetamol, and alcohol too \(2\.88 g of ethanol\)/);
    expect(member.sources).toContain('emc-night-nurse');
  });

  // content27: a prescription medicine is only for the person it was prescribed for ("mate offered me
  // one of his valium for my neck" met only "sometimes prescribed for muscle spasms"). NHS Wales (Betsi
  // Cadwaladr UHB, *Medication advice*: do not share your medicines or take anyone else's; sharing them
  // with family and friends can be very dangerous) and NHS South West London (*Help with medicines*:
  // medicines are prescribed for you, it is not safe to share them or take someone else's), read
  // 2026-12-06, back the notes of diazepam and baclofen, whose queries are answered by their own note.
  // (A note on the whole muscle-relaxant class, any wording, moved the main set's "stopped the
  // cyclobenzaprine …, what other muscle relaxers are there" off the article's sentence, so there is none.)
  it.each(['diazepam', 'baclofen'])('%s says it is only for the person it was prescribed for, citing NHS pages', (generic) => {
    const m = members.find((x) => x.generic === generic)!;
    expect(m.notes![generic]).toMatch(/; not one the article names; only for the person it was prescribed for, so never take someone else's$/);
    expect(m.sources).toEqual(expect.arrayContaining(['bcuhb-medication-advice', 'swlondon-icb-medicines']));
    for (const id of ['bcuhb-medication-advice', 'swlondon-icb-medicines']) expect(sources.find((s) => s.id === id)?.read, id).toBe('2026-12-06');
  });

  // content27: tramadol is for the person it was prescribed for (the EMC leaflet of tramadol 50 mg
  // capsules: do not pass it on, it may harm others even if their signs of illness are the same), and
  // no more than prescribed (the tramadol Medication Guide: do not take more than your prescribed dose,
  // call your healthcare provider if the dose does not control your pain; NHS: not normally more than
  // 400 mg a day). Prescription co-codamol likewise (EMC leaflet of co-codamol 30 mg/500 mg), and no
  // raised or double dose (NHS Limelight). "tramadol isn't working, can I take more" had only the
  // serotonin-syndrome note.
  const prescribedNotes: [string, RegExp, string[]][] = [
    ['opioids (narcotic painkillers)', /^Tramadol is only for the person it was prescribed for: its UK leaflet says not to pass it on, as it may harm someone else even if their symptoms are the same, so never take tramadol prescribed for someone else\. Take no more tramadol than was prescribed \(the NHS says adults should not usually take more than 400 mg in 24 hours\), and if your dose is not enough, go back to whoever prescribed it rather than taking more\.$/, ['emc-tramadol-capsules', 'dailymed-tramadol-medguide', 'nhs-tramadol']],
    ['codeine combinations from pharmacies', /^Higher-strength co-codamol, such as 30 mg codeine with 500 mg paracetamol, is prescription-only and for the person it was prescribed for: its leaflet says not to pass it on, as it may harm others even if their symptoms are the same\. Taking too much co-codamol can be harmful: the NHS says not to raise the dose or take a double dose\.$/, ['emc-cocodamol-30-500', 'limelight-cocodamol']],
  ];
  it.each(prescribedNotes)('the %s say whom the medicine is for and not to take more, citing the pages that say so', (cls, text, cited) => {
    const note = drugs.find((d) => d.class === cls)!.notes!.find((n) => text.test(n.text));
    expect(note, cls).toBeTruthy();
    expect(note!.sources).toEqual(cited);
    for (const id of cited) expect(sources.find((s) => s.id === id)?.read, id).toBe('2026-12-06');
    // Each sentence is shown alone under the class's name: each names its medicine.
    for (const sentence of note!.text.split(/(?<=\.) (?=[A-Z])/)) expect(sentence).toMatch(/tramadol|co-codamol/);
  });

  it.each([
    ['mate offered me one of his valium for my neck', /^diazepam: .*only for the person it was prescribed for, so never take someone else's$/],
    ['how much tramadol can i take in a day', /Take no more tramadol than was prescribed/],
  ])('search %j shows that the medicine is only for its patient, or not to take more', (query, text) => {
    const hit = top(query);
    expect(hit?.id).toBe('medications');
    expect(hit!.snippet.text).toMatch(text);
  });

  // content28: medicines for children other than aspirin. Parents asking "can i give my 10 year old
  // nurofen" or "calpol dose for a 3 year old" met the aspirin note (a wrong drug) or an adult's daily
  // limit. Ibuprofen (NSAIDs' notes): children's liquids such as Nurofen for Children, the dose for the
  // child's age from the pack or leaflet, at most 3 doses in 24 hours, at least 6 hours apart (content30;
  // Sheffield Children's NHS FT),
  // most children from 3 months and 5 kg, some kinds only for older ones (NHS, Who can and cannot take
  // ibuprofen for children: some from 7, tablets from 12), ask a pharmacist or doctor if unsure.
  // Paracetamol (its class's notes): a lower dose than adults', by age and sometimes weight (NHS, How
  // and when to give paracetamol for children), infant syrup under 6, six-plus syrup and tablets from 6
  // (NHS; Limelight: tablets from 6), at most 4 doses in 24 hours 4 hours apart, no other paracetamol
  // (NHS, About paracetamol for children), not under 2 months unless prescribed (Limelight, Sheffield).
  // All read 2026-12-06.
  const childrenNotes: [string, RegExp, string, string[]][] = [
    ['NSAIDs', /^How much ibuprofen children should have depends on their age: ibuprofen for children comes as children's liquids, such as Nurofen for Children, and in other forms for older children, with the dose for each age on the pack or leaflet\. Children should have no more than 3 doses of ibuprofen in 24 hours, and at most one dose every six hours\. The NHS says most babies and children from 3 months who weigh at least 5kg can have ibuprofen, but not every kind is for every age, so check the pack\. Ask a pharmacist or doctor before children have ibuprofen if you are not sure\.$/, 'ibuprofen', ['nhs-ibuprofen-children-who', 'nhs-ibuprofen-children', 'sheffield-childrens-painkillers']],
    ['acetaminophen (paracetamol)', /^Children's doses of paracetamol are lower than adults', set by their age and sometimes weight: paracetamol for children, such as Calpol, has a dose for each age on the pack or leaflet, from infant syrup for children under 6 years old to a six-plus syrup and tablets for those aged 6 and over\. Children should have no more than 4 doses of paracetamol in 24 hours, at most one every 4 hours, and no other medicine containing paracetamol at the same time; babies under 2 months should have paracetamol only if a doctor prescribes it\. Ask a pharmacist or doctor if you are not sure how much paracetamol children should have\.$/, 'paracetamol', ['nhs-paracetamol-children-dose', 'nhs-paracetamol-children', 'limelight-paracetamol-children', 'sheffield-childrens-painkillers']],
  ];
  it.each(childrenNotes)('the %s say how to give the medicine to children, citing the NHS pages that say so', (cls, text, drug, cited) => {
    const note = drugs.find((d) => d.class === cls)!.notes!.find((n) => text.test(n.text));
    expect(note, cls).toBeTruthy();
    expect(note!.sources).toEqual(cited);
    for (const id of cited) {
      expect(sources.find((s) => s.id === id)?.read, id).toBe('2026-12-06');
      expect(new URL(sources.find((s) => s.id === id)!.url!).hostname, id).toMatch(/(^|\.)nhs\.uk$/);
    }
    // Each sentence is shown alone under the class's name: each names its medicine and children.
    for (const sentence of note!.text.split(/(?<=\.) (?=[A-Z])/)) {
      expect(sentence).toMatch(new RegExp(drug, 'i'));
      expect(sentence).toMatch(/\bchildren\b/i);
    }
  });

  // Codeine (its combinations' class's notes): not under 12, for the risk of severe breathing problems;
  // older children only when paracetamol or ibuprofen alone has not relieved the pain (the MHRA's press
  // release of 2013); the NHS's co-codamol page for children: so from 12 to 15, the
  // adults' page from 16 (About co-codamol for children and Key facts). Both read 2026-12-07.
  it('the codeine combinations say who among children may have codeine, citing the MHRA\'s advice and the NHS page for children', () => {
    const note = drugs.find((d) => d.class === 'codeine combinations from pharmacies')!.notes!.find((n) => /^Children: /.test(n.text));
    expect(note?.text).toBe('Children: co-codamol, like each of these, is not for children under 12, for the risk of severe breathing problems; from 12 to 15 it is only for pain that everyday painkillers alone have not eased, and from 16 the advice for adults applies.');
    expect(note!.sources).toEqual(['nhs-cocodamol-children', 'mhra-codeine-children']);
    const source = sources.find((s) => s.id === 'nhs-cocodamol-children');
    expect(source?.url).toBe('https://www.nhs.uk/medicines/co-codamol-for-children/');
    expect(source?.read).toBe('2026-12-07');
    // The MHRA's advice of 2013 on codeine for children, its own press release in the National Archives.
    expect(sources.find((s) => s.id === 'mhra-codeine-children')?.publisher).toMatch(/^MHRA/);
  });

  it.each([
    ['can my teenager take co-codamol', /co-codamol, like each of these, is not for children under 12/],
    ['can i give my 10 year old co-codamol', /co-codamol, like each of these, is not for children under 12/],
    ['can i give my 10 year old nurofen', /ibuprofen for children comes as children's liquids, such as Nurofen for Children/],
    ['can my 13 year old have ibuprofen', /How much ibuprofen children should have depends on their age/],
    ['Asking for my 4 yo, can he have ibuprofen for a stiff neck', /before children have ibuprofen/],
    ['can i give my 5 year old disprin', /^NSAIDs: Aspirin \(Ecotrin, Disprin\) and medicines that contain it are not for children under 16/],
    ['can i give my kid adult paracetamol', /Children's doses of paracetamol are lower than/],
    ['calpol dose for a 3 year old', /paracetamol for children, such as Calpol, has a dose for each age/],
    ['can kids have calpol for a stiff neck', /paracetamol for children, such as Calpol, has a dose for each age/],
    ['can my baby have paracetamol', /babies under 2 months should have paracetamol only if a doctor prescribes it/],
  ])('search %j shows the children\'s note of the medicine asked about', (query, text) => {
    const hit = top(query);
    expect(hit?.id).toBe('medications');
    expect(hit!.snippet.text).toMatch(text);
  });

  it.each([
    // (A child's dose asked with "how much" shows the children's note: an amount asked for someone under
    // 16 is no adult's limit, search.test.)
    ['how much ibuprofen can i take', /For adults taking ibuprofen bought without a prescription the limit is 1,200 mg in 24 hours/],
    ['max dose of paracetamol', /for adults, 4,000 mg of paracetamol in 24 hours/],
    ['can my child take aspirin', /^NSAIDs: Aspirin \(Ecotrin, Disprin\) and medicines that contain it are not for children under 16/],
    ['is aspirin ok for a 12 year old', /^NSAIDs: Aspirin \(Ecotrin, Disprin\) and medicines that contain it are not for children under 16/],
  ])('search %j still shows the adult limit, or aspirin\'s own note, not a children\'s note of another medicine', (query, text) => {
    const hit = top(query);
    expect(hit?.id).toBe('medications');
    expect(hit!.snippet.text).toMatch(text);
  });

  // content30 (pages read 2026-12-06): the cautions a pharmacist gives for the questions people ask.
  // Paracetamol by accident (North Tees and Hartlepool NHS FT, Paracetamol safety for adults: call 111
  // for more than 8 tablets in 24 hours or more than 2 extra, even feeling well; liver and kidneys);
  // diclofenac by mouth and the heart (MHRA Drug Safety Update, June 2013: contraindicated in heart
  // failure, ischaemic heart disease, peripheral arterial and cerebrovascular disease; not the gels);
  // two codeine products, or codeine with another opioid (the tramadol Medication Guides: opioids
  // with other opioids); a muscle relaxant with an opioid (the Soma label: additive sedation with
  // opioids; FDA: cyclobenzaprine with tramadol, serotonin syndrome); someone else's OxyContin (its
  // Medication Guide); a rub-on with heat (Mentholatum Deep Heating Rub's label: no heating pad or
  // other heat, not right after a shower or bath). Their words keep them from other questions: no
  // milligrams in the overdose note ("max dose of tylenol" is the 4,000 mg limit's), no "together" or
  // "taken with" in the opioid-with-muscle-relaxant note, kept among the opioids' notes (two opioids
  // are the opioids' first note's; among the muscle relaxants' notes it took their side effects'
  // questions), no "doctor" or "ask" there (questions of a doctor's prescribing), no gel in
  // diclofenac's ("voltaren gel on neck").
  const content30Notes: [string, RegExp, RegExp, string[]][] = [
    ['acetaminophen (paracetamol)', /^Too much paracetamol by accident \(an overdose\): an NHS leaflet says to call NHS 111 right away if an adult has taken more than 8 paracetamol tablets in 24 hours, or more than 2 extra\. Too much paracetamol can seriously damage the liver, so get help at once even if you feel well\.$/, /paracetamol/, ['nth-paracetamol-safety']],
    ['prescription NSAIDs', /^Diclofenac and the heart: the UK medicines regulator says diclofenac tablets, capsules, suppositories and injections are not for people with heart failure, heart disease, /, /diclofenac/i, ['mhra-diclofenac']],
    ['codeine combinations from pharmacies', /^Codeine, in each of these, is an opioid: take one of these at a time, never two, and none alongside another opioid painkiller unless a doctor says so, as opioids combined can cause severe drowsiness and dangerously slow breathing\.$/, /codeine/i, ['emc-nurofen-plus', 'limelight-cocodamol', 'medicinesie-solpadeine', 'dailymed-tramadol-medguide', 'dailymed-tramadol-medguide-nucare']],
    ['opioids (narcotic painkillers)', /^An opioid and a muscle relaxant each make you drowsy, and the Soma \(carisoprodol\) label warns that their sedation adds up: check with a pharmacist before using an opioid alongside a muscle relaxant\.$/, /opioid/, ['dailymed-soma']],
    ['opioids (narcotic painkillers)', /^OxyContin \(oxycodone\) is only for the person it was prescribed for: its medication guide says no one else should ever take yours, as they could die from it, and that selling it or passing it on is against the law\.$/, /OxyContin/, ['dailymed-oxycontin']],
    ['rub-on pain relievers', /^Heat on top of a rub-on: the label of Mentholatum Deep Heating Rub \(US\), 8% menthol with 30% methyl salicylate, says not to use the rub with a heating pad or any other heat, a hot water bottle among them, nor straight after a shower or bath\.$/, /rub/, ['dailymed-deep-heating-rub']],
  ];
  it.each(content30Notes)('the %s carry a caution of content30, citing the page that says it', (cls, text, names, cited) => {
    const note = drugs.find((d) => d.class === cls)!.notes!.find((n) => text.test(n.text));
    expect(note, cls).toBeTruthy();
    expect(note!.sources).toEqual(cited);
    // Each sentence is shown alone under the class's name: each names its medicine.
    for (const sentence of note!.text.split(/(?<=\.) (?=[A-Z])/)) expect(sentence).toMatch(names);
  });

  it('cyclobenzaprine says what its labeling warns of it with tramadol', () => {
    const m = members.find((x) => x.generic === 'cyclobenzaprine')!;
    expect(m.notes!.cyclobenzaprine).toMatch(/^its FDA labeling says that, taken with tramadol, it has caused serotonin syndrome/);
    expect(m.sources).toEqual(expect.arrayContaining(['fda-flexeril-labeling', 'fda-amrix-labeling']));
  });

  it.each([
    ['i took 12 paracetamol today by accident', /call NHS 111 right away if an adult has taken more than 8 paracetamol tablets/],
    // Two products taken together by mistake: what to do after too much, not the note on counting
    // every product (review29; the 'mistake' intent).
    ['took lemsip and paracetamol by accident', /call NHS 111 right away if an adult has taken more than 8 paracetamol tablets/],
    ['i accidentally took lemsip and paracetamol together', /call NHS 111 right away if an adult has taken more than 8 paracetamol tablets/],
    // ... but where no note says what to do after too much, the note on taking two that hold the
    // same medicine (review32: it had shown tramadol's "only for the person it was prescribed for").
    // (Since codeine is a drug of its own, the note on two codeine products answers "both have
    // codeine" first: take one at a time, never two, as opioids combined slow breathing.)
    ['mistakenly took nurofen plus and solpadeine, both have codeine', /Do not take another product that contains it at the same time|Codeine, in each of these, is an opioid: take one of these at a time, never two/],
    ['can i take diclofenac with heart failure', /diclofenac tablets, capsules, suppositories and injections are not for people with heart failure/],
    ['muscle relaxant with tramadol', /the Soma \(carisoprodol\) label warns that their sedation adds up/],
    ['cyclobenzaprine and tramadol', /taken with tramadol, it has caused serotonin syndrome/],
    ['how often can i give my child ibuprofen', /no more than 3 doses of ibuprofen in 24 hours, and at most one dose every six hours/],
    ['how many times a day can i give calpol', /no more than 4 doses of paracetamol in 24 hours, at most one every 4 hours/],
    ['can i use a heat pad with tiger balm', /not to use them with a heating pad/],
  ])('search %j shows the caution', (query, text) => {
    const hit = top(query);
    expect(hit?.id).toBe('medications');
    // The caution is the sentence shown, or the fact on the drug named (the snippet's reason).
    expect(`${hit!.snippet.reason ?? ''}\n${hit!.snippet.text}`).toMatch(text);
  });

  // content29: a child's question on paracetamol with ibuprofen met the adults' note ("Adults can take
  // paracetamol and ibuprofen at the same time…"). Medicines for Children, Fever: what medicines are
  // safe? (read 2026-12-06): do not give paracetamol and ibuprofen together unless the child's doctor,
  // pharmacist or nurse says to. No stored NHS page showed this advice: the NHS children's pages are
  // stored only from their beginning, before their section on other painkillers.
  it('the NSAIDs say a child has paracetamol and ibuprofen at the same time only if the child\'s doctor, pharmacist or nurse says so, citing Medicines for Children', () => {
    const note = drugs.find((d) => d.class === 'NSAIDs')!.notes!.find((n) => /^A child should have paracetamol and ibuprofen at the same time only if/.test(n.text))!;
    expect(note.text).toBe("A child should have paracetamol and ibuprofen at the same time only if the child's doctor, pharmacist or nurse says so; this is UK advice on children's medicines.");
    expect(note.sources).toEqual(['medicinesforchildren-fever']);
    const src = sources.find((s) => s.id === 'medicinesforchildren-fever')!;
    expect(src.read).toBe('2026-12-06');
    expect(new URL(src.url!).hostname).toBe('www.medicinesforchildren.org.uk');
  });

  it.each([
    ['can my 8 year old have paracetamol and ibuprofen together', /^NSAIDs: A child should have paracetamol and ibuprofen at the same time only if the child's doctor/],
    ['can i give my kid calpol and nurofen at the same time', /^NSAIDs: A child should have paracetamol and ibuprofen at the same time only if the child's doctor/],
    ['can children have ibuprofen and paracetamol together', /^NSAIDs: A child should have paracetamol and ibuprofen at the same time only if the child's doctor/],
    // An adult's question keeps the adults' note.
    ['can i take paracetamol and ibuprofen together', /^NSAIDs: Adults can take paracetamol and ibuprofen at the same time/],
    ['paracetamol and ibuprofen at the same time', /^NSAIDs: Adults can take paracetamol and ibuprofen at the same time/],
  ])('search %j shows the note on paracetamol with ibuprofen for whoever it is asked of', (query, text) => {
    const hit = top(query);
    expect(hit?.id).toBe('medications');
    expect(hit!.snippet.text).toMatch(text);
  });

  // content29: muscle relaxants are for their patient alone (NHS Wales BCUHB, Medication advice: do not
  // share your medicines or take anyone else's, sharing with family and friends can be very dangerous;
  // NHS South West London, Help with medicines: medicines are prescribed for you, not safe to share them
  // or take someone else's; both read again 2026-12-06). The sentence is the class note's second: a note
  // of its own, or any wording that names muscle relaxants, moved the main set's answers on which muscle
  // relaxants there are (content27 found the same).
  it('the muscle relaxants\' note says they are only for the person they were prescribed for, and "can i borrow my mums muscle relaxants" shows it', () => {
    const note = drugs.find((d) => d.class === 'muscle relaxants')!.notes![0];
    expect(note.text).toMatch(/^Muscle relaxants can make you drowsy or dizzy\..* They are prescription medicines, each only for the person it was prescribed for: never take or borrow someone else's, not even a family member's, as sharing medicines can be dangerous\.$/);
    expect(note.sources).toEqual(expect.arrayContaining(['bcuhb-medication-advice', 'swlondon-icb-medicines']));
    const hit = top('can i borrow my mums muscle relaxants');
    expect(hit?.id).toBe('medications');
    expect(hit!.snippet.text).toMatch(/only for the person it was prescribed for: never take or borrow someone else's/);
  });

  // content29: Valium with an opioid. The tramadol Medication Guide (NuCare, DailyMed; read 2026-12-06):
  // tramadol with other opioid medicines, benzodiazepines, alcohol or other central nervous system
  // depressants can cause severe drowsiness, decreased awareness, breathing problems, coma and death.
  // "oxycodone and valium" met only the article's muscle relaxants; Valium's own note now says it.
  // Since session 28 two names and nothing more are asked about together, as "can i take oxycodone and
  // valium" is: the opioids' note on taking one with sedatives such as benzodiazepines (diazepam's
  // facts call it one) answers, from the same Medication Guide.
  it('Valium\'s note warns against an opioid painkiller with it, and "oxycodone and valium" shows that warning', () => {
    const diazepam = members.find((m) => m.generic === 'diazepam')!;
    expect(diazepam.notes!.Valium).toBe('brand no longer sold in the UK; with an opioid painkiller it can cause severe drowsiness and breathing problems, even coma and death');
    expect(diazepam.sources).toContain('dailymed-tramadol-medguide-nucare');
    const shown = formatSearch(search(index, 'oxycodone and valium'), { theme: plainTheme, width: 200, tty: false });
    expect(shown.replace(/\s+/g, ' ')).toMatch(/Valium \(brand no longer sold in the UK; with an opioid painkiller it can cause severe drowsiness and breathing problems, even coma and death\)|an opioid taken with alcohol, other opioids or sedatives such as benzodiazepines can cause severe drowsiness and dangerously slow breathing, even coma and death/);
  });

  it('NyQuil says its label tells you to avoid alcohol, and warns of liver damage with 3 or more drinks a day', () => {
    expect(members.find((m) => m.brands?.includes('NyQuil'))!.notes!.NyQuil).toMatch(/marked drowsiness, says to avoid alcoholic drinks, as alcohol can add to that drowsiness, and warns of severe liver damage with 3 or more alcoholic drinks a day; other NyQuil products may differ/);
  });

  it.each([
    // Codeine on its own is an opioid: the opioids' note on alcohol (co-codamol keeps its own).
    ['codeine and alcohol', /an opioid taken with alcohol, other opioids or sedatives/],
    ['can i drink alcohol with co-codamol', /co-codamol commonly makes people sleepy/],
    ['can I drink alcohol while taking paracetamol', /labels of acetaminophen \(Tylenol\) warn of severe liver damage|dependent on alcohol/],
    ['drinking alcohol with tylenol', /labels of acetaminophen \(Tylenol\) warn of severe liver damage|dependent on alcohol/],
    ['is it ok to drink on ibuprofen', /3 or more alcoholic drinks a day/],
    ['can i drink alcohol on naproxen', /3 or more alcoholic drinks a day/],
    ['diclofenac and alcohol', /diclofenac medicine rubbed on the skin/],
    ['tramadol and alcohol', /dangerously slow breathing, even coma and death/],
  ])('search %j shows what the medicine\'s pages say of alcohol', (query, text) => {
    const hit = top(query);
    expect(hit?.id).toBe('medications');
    expect(hit!.snippet.text).toMatch(text);
  });
});

describe('red flags: the emergency tier first, in every place that shows it', () => {
  const headings = section('red-flags').body.split('\n').filter((l) => l.startsWith('## '));

  // Audit of 2026-12-05 (content18): the pages behind these points were re-read; the Royal Free's
  // cauda equina leaflet is not in the store. Audit of 2026-12-06 (content22): no stored page names one
  // week; UCLH's NHS page (stored at its address) says see a GP if it does not improve "after a few days
  // or weeks", which a week falls within, MPFT's "within a couple of weeks", the HSE's "after a few
  // weeks"; NHS Lanarkshire's gives no such advice, so it is no longer cited. The 111 Wales address is the stored copy whose list
  // says "Call 999 if… loss of bladder or bowel control" (its copy at …/cervicalspondylosis/ is older
  // and says "See a GP"); MPFT lists the saddle signs too.
  it.each([
    ['the pain has not eased after a week', ['NHS UCLH: Neck pain', 'NHS MPFT: Neck pain', 'HSE: Neck pain']],
    ['regular painkillers such as paracetamol or ibuprofen have not helped', ['HSE: Neck pain']],
    ['you are worried about it', ['HSE: Neck pain']],
    ['Trouble controlling your bladder or bowels', ['NHS 111 Wales: Cervical spondylosis', 'NHS Somerset: Cauda equina syndrome']],
    // trial22 finding 20 (content23): the Royal Free leaflet is stored (royalfree.nhs.uk, read 2026-12-06):
    // numbness between the inner thighs or genitals or around the bottom, increasing difficulty passing or
    // stopping urine → A&E at once; it was listed by the section but cited by no point.
    ['Numbness or pins and needles on the inner thighs', ['NHS Torbay and South Devon: Cauda equina syndrome', 'NHS Somerset: Cauda equina syndrome', 'NHS Royal Free: Cauda equina syndrome', 'NHS MPFT: Neck pain']],
    ['A change in your balance or walking', ['NHS MPFT: Neck pain', 'NHS 111 Wales: Cervical spondylosis']],
  ])('the point "%s" cites the pages it was checked against', (point, cited) => {
    const line = section('red-flags').body.split('\n').find((l) => l.startsWith(`- **${point}`))!;
    expect(line, point).toBeTruthy();
    expect(bodyCitations(line)[0]).toEqual(cited);
  });

  // Audit of 2026-12-06 (content19): the NHS meningitis page lists vomiting, confusion, being very
  // sleepy or difficult to wake, a dislike of bright lights and a rash that does not fade under a
  // glass among its signs, in any order; the point names them, with the page. The stroke point's
  // "call even if you are not sure" is an NHS GP practice's FAST page's (NWAS, SWAST and BCUHB do
  // not say it).
  it.each([
    ['A fever and a headache with a stiff neck', /A stiff neck with vomiting, confusion, being very sleepy or hard to wake, a dislike of bright lights, fits \(seizures\), or spots or a rash that does not fade when a glass is pressed firmly against it can be meningitis too\./, 'NHS: Meningitis symptoms'],
    ['Signs of a stroke, coming on suddenly', /Call even if you are not sure\./, 'NHS Barton Family Practice: Stroke, act FAST'],
    // content22: fits are on the NHS page's list too; MPFT and NICE CKS name past neck surgery; 111 Wales
    // says call 999 for a sudden lack of co-ordination, "for example with tasks like buttoning a shirt".
    ['Weight loss you cannot explain', /a weakened immune system, or of an operation on your neck\./, 'NICE CKS: Neck pain'],
    ['A change in your balance or walking', /or with sudden new trouble walking or doing up buttons, act at once/, 'NHS 111 Wales: Cervical spondylosis'],
  ])('the point "%s" says %s and cites the page that says it', (point, text, cited) => {
    const line = section('red-flags').body.split('\n').find((l) => l.startsWith(`- **${point}`))!;
    expect(line, point).toMatch(text);
    expect(bodyCitations(line)[0]).toContain(cited);
    expect(section('red-flags').sourceIds).toContain(shortToId.get(cited));
  });

  it.each([["stiff neck and a rash that won't fade"], ['stiff neck, rash wont fade with the glass test']])(
    'search %j shows the meningitis sentence that names the rash, as an emergency', (query) => {
      const hit = top(query);
      expect(hit.id).toBe('red-flags');
      expect(hit.snippet.text).toMatch(/rash that does not fade when a glass is pressed firmly against it can be meningitis too/);
      expect(hit.snippet.reason).toMatch(/EMERGENCY, call 999 or 911 now/);
    },
  );

  it('the plan\'s see-a-doctor day and emergency line cite pages that were re-read', () => {
    expect(corpus.plan!.seeDoctor!.sources).toEqual(['nhs-neck-pain', 'mpft-neck-pain', 'hse-neck-pain']);
    // The stored 111 Wales copy that says "Call 999 if" (content22): not the older one at …/ that says "See a GP".
    expect(sources.find((x) => x.id === 'nhs111wales-cervical-spondylosis')!.url).toBe('http://111.wales.nhs.uk/Encyclopaedia/c/article/cervicalspondylosis');
    expect(corpus.plan!.emergency!.sources).toContain('somersetft-cauda-equina');
    expect(corpus.plan!.emergency!.sources).not.toContain('royalfree-cauda-equina');
  });

  // trial22 finding 3: one rule for neck pain after an accident, in the section and in the plan: an
  // emergency after a serious accident, with severe pain, or with a weak arm or leg or trouble walking
  // (Mayo Clinic; NICE CKS: violent trauma; nidirect: an emergency department straight after a road
  // accident if injured); a GP soon after a minor one without those (nidirect: Whiplash; NHS MPFT).
  it('says one rule for an injury: an emergency when serious, severe or with a weak limb; a GP soon when minor', () => {
    const body = section('red-flags').body;
    const emergency = body.slice(0, body.indexOf('## Get medical help promptly'));
    const prompt = body.slice(body.indexOf('## Get medical help promptly'), body.indexOf('## See a doctor or GP if'));
    expect(emergency).toMatch(/\*\*Neck pain after a fall, a crash, a dive or a blow, when the accident was a serious one or the pain is severe, or with an arm or leg that is weak or will not move, or trouble walking\*\*/);
    expect(emergency).not.toMatch(/above all/);
    // (The emergency's signs are not named again in the minor injury's sentence: said there with "no",
    // its words "weak", "arm", "leg" and "severe" chose it for a fall with a weak leg, which is an
    // emergency.)
    expect(prompt).toMatch(/\*\*Any injury to the neck, even one that seems minor\*\*, such as from a car accident or a fall, without the signs above\./);
    // (At 40 columns the line must leave room for the day's step on a 24-line screen: the finer rule is in show red-flags.)
    expect(corpus.plan!.emergency!.text).toMatch(/neck pain after a serious fall, crash or blow; severe neck pain with a weak arm or leg or trouble walking;/);
  });

  // trial22 finding 20: every source the section lists is cited by one of its points (the Royal Free
  // page backs the cauda equina point), and the injury point rests on a page about neck injuries, not
  // only on an ambulance trust's sun-safety page (whose title now says what it is).
  it('cites every source it lists in some point, and the injury point names a page about neck injuries', () => {
    const cited = new Set(bodyCitations(section('red-flags').body).flat().map((n) => shortToId.get(n)));
    expect(section('red-flags').sourceIds!.filter((id) => !cited.has(id))).toEqual([]);
    expect(section('red-flags').body).toMatch(/trouble walking\*\*: the neck or spine may be injured\. \*\([^)]*nidirect: Whiplash/);
    expect(sources.find((s) => s.id === 'secamb-999')!.title).toMatch(/^Stay safe and cool in the sun/);
  });

  it('has three tiers, emergency first', () => {
    expect(headings.map((h) => h.split(':')[0])).toEqual(['## EMERGENCY', '## Get medical help promptly', '## See a doctor or GP if']);
  });

  it('the middle tier says where to turn when a GP cannot be seen soon (NHS 111)', () => {
    expect(headings[1]).toBe('## Get medical help promptly: see a doctor or GP soon, or in the UK call NHS 111 if you cannot');
  });

  it.each([[40], [80]])('show red-flags at %i columns prints the emergency tier first', async (width) => {
    const out = stripSgr(await onTerminal(['show', 'red-flags'], width));
    const at = (text: string) => out.replace(/\s+/g, ' ').indexOf(text);
    expect(at('EMERGENCY: call 999')).toBeGreaterThan(0);
    expect(at('EMERGENCY: call 999')).toBeLessThan(at('Get medical help promptly'));
    expect(at('Get medical help promptly')).toBeLessThan(at('See a doctor or GP if'));
  });

  it('styles the emergency heading apart from the other headings', () => {
    const out = renderSection(corpus, section('red-flags'), { theme: createTheme(true), width: 80 });
    const styleOf = (text: string) => /((?:\u001B\[[0-9;]*m)+)[^\u001B]*$/.exec(out.slice(0, out.indexOf(text)))![1];
    expect(styleOf('EMERGENCY')).not.toBe(styleOf('Get medical help promptly'));
  });

  it.each([
    ['chest pain', true],
    ["can't move my arm", true],
    ['broken neck', true],
    ['stiff neck and a fever', true],
    ['stiff neck with a fever and a headache', true],
    ['difficulty breathing', true],
    ["can't swallow", false],
    ['trouble swallowing', false],
    ["fell and can't feel my fingers", false],
    ['pinched nerve', false],
    ['fracture', true],
    ['A&E', false],
    ['GP', false],
    ['should i see a doc about my neck', false],
    ['feeling poorly', false],
    // Australian "crook": feeling crook is feeling ill (a crook neck is a sore one).
    ['feeling crook and my neck is stiff', false],
    ['sprain', false],
  ])('search "%s" finds the warning signs first (emergency: %s)', (query, emergency) => {
    const hit = top(query);
    expect(hit.id).toBe('red-flags');
    if (emergency) expect(hit.snippet.reason).toMatch(/EMERGENCY, call 999 or 911 now/);
  });

  // Audit of 2026-12-04h: sudden slurred speech or a drooping face is a stroke (NWAS, SWAST: call 999),
  // not the "change in speech" to see a GP about; the other signs the NHS MPFT page lists are found too.
  it.each([
    ['slurred speech', true, /stroke/],
    ['face drooping', true, /stroke/],
    ['severe neck pain and weak legs', true, /weak arm or leg, or trouble walking/],
    ["can't feel my legs", false, /in a leg or in the face/],
    ['double vision', false, /double vision/],
    ['unexplained weight loss', false, /weight loss/],
    // Audit of 2026-12-04i: new bladder or bowel trouble and numbness around the genitals or buttocks
    // are A&E or 999 now (NHS 111 Wales, Royal Free, Torbay and South Devon), not a GP soon.
    ['saddle numbness', true, /inner thighs/],
    ['lost control of my bladder and my neck hurts', true, /bladder or bowels/],
    ["neck spasm all week and twice I couldn't get to the loo in time", true, /bladder or bowels/],
    ['neck spasms for weeks, and since yesterday I keep having to rush to the loo', true, /bladder or bowels/],
    ['neck spasm and i have gone all wobbly on my feet', false, /balance or walking/],
    // Session of 2026-12-04 (ninth): a headache that came on suddenly and is extremely painful is a
    // 999 or A&E call (NHS: Headaches; NHS Limelight Health Hub: Headaches), with no other sign.
    ['worst headache of my life and my neck is stiff', true, /came on suddenly and is extremely painful/],
    ['thunderclap headache', true, /came on suddenly/],
    ['she has the worst headache of her life, it came on all at once', true, /came on suddenly/],
  ])('search "%s" finds the warning sign it is (emergency: %s)', (query, emergency, reason) => {
    const hit = top(query);
    expect(hit.id).toBe('red-flags');
    expect(hit.snippet.reason).toMatch(reason);
    if (emergency) expect(hit.snippet.reason).toMatch(/EMERGENCY, call 999 or 911 now/);
    else expect(hit.snippet.reason).not.toMatch(/EMERGENCY/);
  });

  it.each([
    ['a stroke', /\*\*Signs of a stroke, coming on suddenly\*\*/],
    ['weakness without an injury', /\*\*Severe neck pain with weakness in an arm or a leg, or trouble walking, with or without an injury\.\*\*/],
    ['new trouble controlling the bladder or bowels', /\*\*Trouble controlling your bladder or bowels, when that is new for you/],
    ['numbness around the genitals or buttocks', /\*\*Numbness or pins and needles on the inner thighs or genitals, or around the buttocks or back passage/],
    ['a sudden headache, the worst ever', /\*\*A sudden headache, the worst you have ever had\.\*\* \*\(NHS: Headaches; NHS Limelight Health Hub: Headaches\)\*/],
  ])('the emergency tier names %s', (_, line) => {
    const body = section('red-flags').body;
    const emergency = body.slice(0, body.indexOf('## Get medical help promptly'));
    expect(emergency).toMatch(line);
  });

  // Audit of 2026-12-04i: sudden double vision, dizziness, nausea or a faint stay a reason to see a GP
  // soon (NHS MPFT; NHS 111 Wales: see a GP after a faint), but not when a stroke sign comes with them
  // (NHS Wales BCUHB: sudden trouble seeing, dizziness with other signs) or a faint lasts (111 Wales).
  it('the sudden double vision or fainting point says when it is an emergency, and the stroke point names trouble seeing', () => {
    const body = section('red-flags').body;
    const emergency = body.slice(0, body.indexOf('## Get medical help promptly'));
    expect(emergency).toMatch(/Signs of a stroke, coming on suddenly.*Sudden trouble seeing, or dizziness alongside any of these, can be a stroke too/);
    expect(body.slice(body.indexOf('## Get medical help promptly'))).toMatch(/\*\*Double vision, dizziness, nausea or fainting all of a sudden\*\*; with a sign of a stroke as well, or if someone who faints does not come round quickly, act at once/);
    // New trouble walking, coming on suddenly, is a 999 call (NHS 111 Wales: Cervical spondylosis).
    expect(body.slice(body.indexOf('## Get medical help promptly'))).toMatch(/\*\*A change in your balance or walking\*\*; with new trouble controlling your bladder or bowels as well, or with sudden new trouble walking or doing up buttons, act at once/);
    // Sudden trouble swallowing or speaking can be a stroke (NWAS, Symptoms of a stroke).
    expect(body.slice(body.indexOf('## Get medical help promptly'))).toMatch(/\*\*Difficulty swallowing, or a change in your speech\.\*\* Sudden, either may be the stroke above/);
    // Sudden numbness or weakness of the face or a leg can be a stroke (BCUHB): the point says so.
    expect(body.slice(body.indexOf('## Get medical help promptly'))).toMatch(/\*\*New numbness, tingling or weakness in a leg or in the face\*\*; sudden, it may be the stroke above/);
  });

  it('the plan\'s emergency line names a stroke, weakness without an injury and new bladder or bowel trouble', () => {
    expect(corpus.plan!.emergency!.text).toMatch(/severe neck pain with a weak arm or leg/);
    expect(corpus.plan!.emergency!.text).toMatch(/stroke/);
    expect(corpus.plan!.emergency!.text).toMatch(/bladder or bowel control/);
    expect(corpus.plan!.emergency!.text).toMatch(/a sudden, very severe headache/);
  });

  it('search styles an emergency reason apart from other reasons', () => {
    const theme = createTheme(true);
    const emergency = formatSearch(search(index, 'chest pain'), { theme, width: 80, tty: true });
    const other = formatSearch(search(index, 'feeling poorly'), { theme, width: 80, tty: true });
    const alertStyle = theme.error('x').split('x')[0];
    expect(emergency).toContain(`${alertStyle} — EMERGENCY`);
    expect(other).not.toContain(alertStyle);
  });

  // Audit of 2026-12-04i: headaches come with ordinary neck pain (NHS UHCW and UHMB list them among
  // its common symptoms); "headache" alone, or with a stiff neck, is no longer a name of the
  // meningitis emergency, which needs the fever too (NHS: Meningitis symptoms; Mayo Clinic).
  it.each(['headache', 'stiff neck headache', 'neck pain and a headache'])('"%s" is not named an emergency', (query) => {
    expect(top(query).snippet.reason ?? '').not.toMatch(/EMERGENCY/);
  });

  it('a stiff neck alone is the common condition, not a warning sign', () => {
    expect(top('stiff neck').id).toBe('overview');
  });

  it.each(['broken neck', 'fracture', 'pinched nerve'])('"%s" no longer leads to surgery', (query) => {
    expect(search(index, query).hits.map((h) => h.id)).not.toContain('surgery');
  });

  it.each(['epidural'])('"%s" is not mapped to a treatment it is not', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });

  // Chiropractic is not physical therapy, but its main treatment is the spinal manipulation the
  // article lists: found there, with a reason that says what it is, never that it is physical therapy.
  it('"chiropractor" finds neck manipulation, said to be chiropractic, not a physical therapy treatment', () => {
    const [hit] = search(index, 'chiropractor').hits;
    expect(hit.id).toBe('physical-therapy');
    expect(hit.snippet.reason).toMatch(/^chiropractor — chiropractic: treatment mainly by spinal manipulation/);
    expect(hit.snippet.reason).not.toMatch(/physical therap/i);
    expect(hit.snippet.text).toContain('neck manipulation');
  });

  // Osteopathy (NHS 111 Wales: Osteopathy) treats by manipulation, stretching and massage, for neck
  // pain that follows no injury: found at the article's list of those, with a reason that says what
  // it is and when it is used, never that it is physical therapy.
  it.each(['osteopath', 'booked in with an osteo for my stiff neck, what will they do', 'is osteopathy any use for a neck spasm'])('%j finds manipulation and massage, said to be osteopathy, not a physical therapy treatment', (query) => {
    const [hit] = search(index, query).hits;
    expect(hit?.id).toBe('physical-therapy');
    expect(hit.snippet.reason).toMatch(/^osteo\w* — osteopathy: hands-on treatment by manipulation, stretching and massage .* not for neck pain after one such as whiplash$/);
    expect(hit.snippet.reason).not.toMatch(/physical therap/i);
    expect(hit.snippet.text).toContain('massage and neck manipulation');
  });
  // "osteo arthritis" is osteoarthritis typed in two, no osteopath (review41).
  it('"osteo arthritis neck spasm" is not said to be osteopathy', () => {
    expect(search(index, 'osteo arthritis neck spasm').hits[0]?.snippet.reason ?? '').not.toMatch(/osteopathy/);
  });
});

describe('plan: the emergency signs every day, a doctor from day 8', () => {
  const day = (n: number) => planFor(corpus.plan!, { year: 2026, month: 11, day: 1 }, { year: 2026, month: 11, day: n });

  it.each([[1, false], [7, false], [8, true], [14, true]])('on day %i the pointer to a doctor is %s', (n, shown) => {
    const record = day(n);
    expect(record.day).toBe(n);
    expect(Boolean(record.seeDoctor)).toBe(shown);
    const text = formatPlan(record, { theme: plainTheme, width: 80 }).replace(/\s+/g, ' ');
    expect(text.includes('more than a week of self-care are a reason to see a doctor')).toBe(shown);
    expect(text.indexOf('EMERGENCY: call 999')).toBeGreaterThan(0);
    if (shown) expect(text.indexOf('EMERGENCY')).toBeLessThan(text.indexOf('more than a week'));
  });

  it.each([[7, false], [8, true]])('plan --json on day %i carries the emergency signs, and the pointer to a doctor: %s', (n, shown) => {
    const json = planJsonRecord(day(n));
    expect(json.emergency).toMatch(/^EMERGENCY: call 999/);
    expect(Boolean(json.seeDoctor)).toBe(shown);
  });

  it.each([[8], [15]])('on day %i at 40 columns the command it names is never split', (n) => {
    const text = formatPlan(day(n), { theme: plainTheme, width: 40 });
    expect(text).toMatch(/spasm-info show red-flags\)/);
    expect(text).not.toMatch(/spasm-info show\n/);
  });

  it('past day 14 the timeline is over, and says so instead', () => {
    const record = day(15);
    expect(record.beyond).toMatch(/see a clinician/);
    expect(record.seeDoctor).toBeUndefined();
  });

  it('keeps the article\'s limit on the collar in the rest summary', () => {
    expect(section('rest').summary).toMatch(/collar only briefly, in severe cases/);
    expect(section('rest').body).toContain('In severe cases you may need to temporarily use');
  });
});

describe('layout of show medications and show red-flags', () => {
  const rawWords = (id: string) => new Set(words([sectionMarkdown(corpus, section(id)), attribution(corpus, section(id)), corpus.disclaimer].join(' ')));
  // An address (URL) wider than the window is broken to fit, inside a word when a part of it is
  // wider than the line ('northstaffordshirejointformulary.nhs.uk'): its pieces are not cut words.
  const addresses = (id: string) => (sectionMarkdown(corpus, section(id)) + ' ' + attribution(corpus, section(id))).match(/\bhttps?:\/\/\S+/g)?.join(' ') ?? '';

  it.each([
    ['medications', 40], ['medications', 80], ['red-flags', 40], ['red-flags', 80],
  ] as const)('show %s at %i columns fits the window and cuts no word', async (id, width) => {
    const out = stripSgr(await onTerminal(['show', id, '--no-pager'], width));
    const lines = out.split('\n');
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(width);
    const known = rawWords(id);
    const urls = addresses(id).toLowerCase();
    const cut = words(out).filter((w) => !known.has(w) && !urls.includes(w.toLowerCase()));
    expect(cut, 'words that appear in no source text were cut in two').toEqual([]);
  });

  it('at 60 columns it is a list: each class once, its members under it, no rules', async () => {
    const out = stripSgr(await onTerminal(['show', 'medications', '--no-pager'], 60));
    for (const d of drugs) expect(out.split('\n').filter((l) => l === d.class).length, d.class).toBe(1);
    expect(out).not.toMatch(/[─│]/);
  });

  it('at 100 columns it is a table with a rule between classes only', async () => {
    const out = stripSgr(await onTerminal(['show', 'medications', '--no-pager'], 100));
    const rules = out.split('\n').filter((l) => l.startsWith('├'));
    expect(rules.length).toBe(drugs.length);
  });
});
