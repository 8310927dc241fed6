/**
 * `fn` remembering its last results, for pure string functions that answering calls on the same
 * graph words for every question. Emptied whole when `max` results are held, so memory stays bounded
 * and no bookkeeping is paid on each call.
 */
export function memoized(fn: (text: string) => string, max = 20_000): (text: string) => string {
  const results = new Map<string, string>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined) {
      if (results.size >= max) results.clear();
      result = fn(text);
      results.set(text, result);
    }
    return result;
  };
}
