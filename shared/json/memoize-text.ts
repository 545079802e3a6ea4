/**
 * Remembers a pure function of a string for inputs that recur, such as the keys and member names a
 * source repeats in every record. The inputs come from the input data, so only the first `limit`
 * distinct ones are kept: a stream of unique names costs a computation each, never memory.
 */
export function memoizeText(compute: (text: string) => string, limit = 4096): (text: string) => string {
  const results = new Map<string, string>()
  return (text) => {
    let result = results.get(text)
    if (result === undefined) {
      result = compute(text)
      if (results.size < limit) results.set(text, result)
    }
    return result
  }
}
