// English function words that carry no topic: dropped from queries so that a question and a
// keyword find the same thing. Linguistic, not medical: the topic's words live in data/. The
// contractions come as typed with and without the apostrophe ("doesn't" is "doesn", "t"; "doesnt"),
// and the function words of texting ("u" for you, "n" for and, "cos" for because; "lol", "idk",
// "tbh", which typo correction read as other words, "lol" as "loo", the bladder sign's word, and
// "wich", read as "with", review26). (More of them, "wat", "hw", "wen", "shud", took dist/cli.cjs
// from 61,028 to 61,043 bytes and `search ibuprofen` from 556.9 to 560.2 M instructions, exact.sh;
// the cause was not found, and they were left out.) "Since" stays a
// word: the reading of a query (query.ts) ends a list of what was tried at it, and as a stop word
// it let "pins and needles in both hands … since yesterday and stretching makes it worse" list the
// hands among what was tried. "Because" is a stop word: as a word it met "Because the neck must
// hold your head up" ("not sleeping because of the neck pain" showed the pillows); the reason it
// gives for turning from a treatment is read by scope.ts (reasonWords).

/** The negative contractions as typed without the apostrophe ("doesnt" for "doesn't"). */
export const UNAPOSTROPHED_NOT = ['isnt', 'arent', 'wasnt', 'werent', 'doesnt', 'dont', 'didnt', 'hasnt', 'havent', 'hadnt', 'wont', 'wouldnt', 'shouldnt', 'couldnt', 'cant'];

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about after again all also am an and any are as at be been before being best better but by
   can could did do does doing done during each every for from get gets getting good got had has
   have having he her here him his how i if in into is it its just mainly me might more most mostly much must my
   myself need needs no not of off on once only or other our out over please really s she should
   so some such t tell than that the their them then there these they thing things this those to
   take taking till til too try until up us use used using very vs want was way ways we were what when where which while who
   whom whose why will with without would you your yours
   isn aren wasn weren doesn don didn hasn haven hadn won wouldn shouldn couldn ll ve re d m
   im ive id youre youve thats whats
   because though although whether unless even yet ever anyway maybe perhaps
   shes hes theyre theres heres wheres whos hows itll youll theyll weve theyve youd
   u ur n r pls plz cos coz cuz
   lol lmao idk tbh ngl imo btw omg wich`.split(/\s+/).filter(Boolean).concat(UNAPOSTROPHED_NOT),
);
