// The answering suite's floors for contrasts and long stories (test/helpers/answering.ts): the rest
// of the suite, and the kinds of the other file, are in test/answers.test.ts.
import { describe } from 'vitest';
import { answeringFloors, KINDS_OF_FILE } from './helpers/answering.js';

describe('answering suite (test/answers.json): contrasts and long stories', () => {
  answeringFloors(KINDS_OF_FILE['answers-long'], false);
});
