// Whether this process has searched before. What a search works out that does not depend on the
// query (whether a name says "not", what a pattern needs of a text) is kept for later searches
// only from a process's second search on: the test suite and the evaluation search thousands of
// times in one process, the CLI once, and a single search would only pay for keeping it (young
// objects: `search ibuprofen` is about 16 KB short of a young-generation collection).

let searches = 0;

/** Called as each search starts. */
export function searchStarts(): void {
  searches++;
}

/** Whether an earlier search ran in this process. */
export function warm(): boolean {
  return searches > 1;
}
