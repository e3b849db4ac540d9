export * from './entry';
export * from './lexicon';
export * from './lookup';
export * from './normalize';
export * from './phrases';
export * from './ownGloss';
export * from './split';
export * from './packedCore';
