// Cutting what a message echoes of the user's input.

/** The first `end` UTF-16 units of `text`, then '…'; one fewer where `end` falls inside a surrogate
 *  pair: cut there, half an emoji was printed as U+FFFD, or as "\ud83d" in a JSON-quoted echo. */
export const cutEcho = (text: string, end: number) => text.slice(0, text.charCodeAt(end) >> 10 === 55 ? end - 1 : end) + '…';
