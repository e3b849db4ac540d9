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

/** The parts of a backup, as a damaged record's place names them. */
export type BackupSection = keyof typeof BackupDataSchema.entries;

/**
 * Where a damaged backup first fails, in the learner's terms: which part, which record in it
 * (counted from 1) and the record's own name when it has one (a word's root, a list's name…).
 * No section: the file's envelope itself.
 */
export interface DamagedPlace {
  readonly section?: BackupSection;
  readonly number?: number;
  readonly name?: string;
}

export type BackupProblem =
  | { readonly kind: 'not-json' }
  /** Not JSON, but it starts as a Tulay backup does: cut short or damaged in copying. */
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'foreign' }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'invalid'; readonly where: DamagedPlace; readonly message: string };

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
        where: damagedPlace(value, issue?.path?.map((item) => item.key) ?? []),
        message: issue?.message ?? 'invalid',
      },
    };
  }
  return { ok: true, backup: parsed.output };
}

const isSection = (key: unknown): key is BackupSection =>
  typeof key === 'string' && Object.hasOwn(BackupDataSchema.entries, key);

/** The first string among `fields` of `record`, followed down nested objects (`text.titleTl`). */
function nameOf(record: unknown, fields: readonly string[]): string | undefined {
  for (const field of fields) {
    let value: unknown = record;
    for (const key of field.split('.')) {
      value =
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined;
    }
    if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 60);
  }
  return undefined;
}

const NAME_FIELDS: Record<BackupSection, readonly string[]> = {
  words: ['root', 'id'],
  lists: ['name'],
  known: ['root', 'id'],
  settings: [],
  reviewLog: ['wordId'],
  texts: ['text.titleTl', 'text.title', 'titleTl', 'title'],
  glosses: ['form'],
};

/** Turns a validation path (`data.words.3.sense`) into the damaged record's place. */
function damagedPlace(value: unknown, path: readonly unknown[]): DamagedPlace {
  const [top, section, index] = path;
  if (top !== 'data' || !isSection(section)) return {};
  if (typeof index !== 'number') return { section };
  const data = (value as { data: Record<string, unknown> }).data;
  const records = data[section];
  const record = Array.isArray(records) ? (records as unknown[])[index] : undefined;
  const name = nameOf(record, NAME_FIELDS[section]);
  return { section, number: index + 1, ...(name === undefined ? {} : { name }) };
}

/** Whether the text begins as a Tulay backup does (what a cut-short export still shows). */
function looksLikeBackup(text: string): boolean {
  const start = text.slice(0, 300);
  return /^\s*\{/.test(start) && start.includes(`"${BACKUP_FORMAT}"`);
}

export function parseBackupText(text: string): ParsedBackup {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: looksLikeBackup(text) ? 'incomplete' : 'not-json' } };
  }
  return parseBackup(value);
}
