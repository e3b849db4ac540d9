// Built by scripts/lexiconBundle.ts from content/lexicon/*.json; validated when loaded.
declare module 'virtual:lexicon-core' {
  const data: unknown;
  export default data;
}
declare module 'virtual:lexicon-details' {
  const data: unknown;
  export default data;
}
declare module 'virtual:lexicon-extra' {
  const data: unknown;
  export default data;
}
