/** The stopword lists of the `stopword` package, which ships no types of its own. */
declare module 'stopword' {
  export const eng: string[];
  export const vie: string[];
}
