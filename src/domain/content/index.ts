export * from './textSchema';
export * from './problems';
export * from './parse';
export * from './validateText';
export * from './validateLocales';
export * from './validateLexicon';
