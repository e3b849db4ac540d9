// Reading a word's letters by char code. The analyzer's strings come in many representations
// (flat, sliced, joined, internalized, one or two bytes a letter), more than V8 specializes a
// method call for: `word.charCodeAt(index)` at a site that saw them all looks the method up anew
// on every call. Calling String.prototype.charCodeAt itself skips that lookup (named in full at
// the call, not kept in a variable, which a bundler may turn into one the optimizer cannot trust).

/** `word.charCodeAt(index)`, for an index within `word` (past its ends this is slow: NaN). */
export const codeAt = (word: string, index: number): number =>
  String.prototype.charCodeAt.call(word, index);

/** Whether `word`, of length `length`, ends with `ending` (compared by char code). */
export function endsWith(word: string, length: number, ending: string): boolean {
  const start = length - ending.length;
  if (start < 0) return false;
  for (let index = 0; index < ending.length; index++)
    if (codeAt(word, start + index) !== ending.charCodeAt(index)) return false;
  return true;
}
