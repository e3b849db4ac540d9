// Times importing a 10,000-word backup (with a 50,000-entry review log) into an empty profile and
// into a profile that already has the same words with other sentences (every word merged), over
// fake-indexeddb. Run: BENCH_WORDS=10000 npx tsx test/bench/importTiming.ts (apart from
// `npm run bench`: fake-indexeddb's writes grow far faster than a browser's, so the figures show a
// trend, not what a learner waits).
import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { makeBackup } from '../../src/domain/vocab/backupFormat';
import { applyImport, prepareImport } from '../../src/storage/backup';
import { createLibraryRepository } from '../../src/storage/libraryRepository';
import { createVocabularyRepository } from '../../src/storage/vocabularyRepository';
import { seedData } from './vocabulary';

const now = new Date('2026-03-02T09:00:00');
const { words, log } = seedData(now);
const backup = JSON.stringify(
  makeBackup(
    { words, lists: [], known: [], settings: null, reviewLog: log, texts: [], glosses: [] },
    now,
  ),
);
let profiles = 0;

async function time(label: string, existing: typeof words): Promise<void> {
  profiles += 1;
  const repositories = {
    vocabulary: createVocabularyRepository(createStore(`timing-vocabulary-${profiles}`, 'records')),
    library: createLibraryRepository(createStore(`timing-library-${profiles}`, 'records')),
  };
  await repositories.vocabulary.putWords(existing);
  const started = performance.now();
  const prepared = await prepareImport(new Blob([backup]), repositories);
  const planned = performance.now();
  if (!prepared.ok) throw new Error(prepared.problem.kind);
  await applyImport(prepared.plan, repositories);
  const done = performance.now();
  const count = (await repositories.vocabulary.load()).words.length;
  console.log(
    `${label}: prepare ${Math.round(planned - started)} ms, apply ${Math.round(done - planned)} ms, ` +
      `total ${Math.round(done - started)} ms (${count} words stored)`,
  );
}

console.log(
  `${words.length} words, ${log.length} log entries, ${(backup.length / 1e6).toFixed(1)} MB`,
);
await time('into an empty profile', []);
await time(
  'into a profile with every word (all merged)',
  words.map((word) => ({
    ...word,
    contexts: word.contexts.map((meeting) => ({
      ...meeting,
      sentenceId: `${meeting.sentenceId}x`,
    })),
  })),
);
process.exit(0); // fake-indexeddb keeps timers alive
