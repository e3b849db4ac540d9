// The backup file: a versioned envelope around everything the learner made. Parsed whole before
// anything is written; a foreign, newer or damaged file is a value, not an exception.
import * as v from 'valibot';
import { UserTextRecordSchema, type UserTextRecord } from '../content/userText';
import { OwnGlossSchema, type OwnGloss } from '../lexicon/ownGloss';
import { ReviewLogEntrySchema, type ReviewLogEntry } from '../review/reviewLog';
import { ReviewSettingsSchema, type ReviewSettings } from '../review/settings';
import {
  KnownWordSchema,
  SavedWordSchema,
  WordListSchema,
  type KnownWord,
  type SavedWord,
  type WordList,
} from './savedWord';

export const BACKUP_FORMAT = 'tulay-backup';
export const BACKUP_VERSION = 1;

export const BackupDataSchema = v.strictObject({
  words: v.array(SavedWordSchema),
  lists: v.array(WordListSchema),
  known: v.array(KnownWordSchema),
  settings: v.nullable(ReviewSettingsSchema),
  reviewLog: v.array(ReviewLogEntrySchema),
  texts: v.array(UserTextRecordSchema),
  glosses: v.array(OwnGlossSchema),
});

export interface BackupData {
  readonly words: readonly SavedWord[];
  readonly lists: readonly WordList[];
  readonly known: readonly KnownWord[];
  readonly settings: ReviewSettings | null;
  readonly reviewLog: readonly ReviewLogEntry[];
  readonly texts: readonly UserTextRecord[];
  readonly glosses: readonly OwnGloss[];
}

export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  readonly exportedAt: string;
  readonly data: BackupData;
}

const EnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.number(),
});

const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  data: BackupDataSchema,
});

export type BackupProblem =
  | { readonly kind: 'not-json' }
  | { readonly kind: 'foreign' }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'invalid'; readonly where: string; readonly message: string };

export type ParsedBackup =
  | { readonly ok: true; readonly backup: Backup }
  | { readonly ok: false; readonly problem: BackupProblem };

export function makeBackup(data: BackupData, now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), data };
}

/** Checks a whole backup: envelope first (to tell a foreign file from a damaged one), then data. */
export function parseBackup(value: unknown): ParsedBackup {
  const envelope = v.safeParse(EnvelopeSchema, value);
  if (!envelope.success) return { ok: false, problem: { kind: 'foreign' } };
  const version = envelope.output.version;
  if (version > BACKUP_VERSION) return { ok: false, problem: { kind: 'newer', version } };
  const parsed = v.safeParse(BackupSchema, value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return {
      ok: false,
      problem: {
        kind: 'invalid',
        where: (issue && v.getDotPath(issue)) || 'file',
        message: issue?.message ?? 'invalid',
      },
    };
  }
  return { ok: true, backup: parsed.output };
}

export function parseBackupText(text: string): ParsedBackup {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  return parseBackup(value);
}
