/**
 * One spreadsheet row read into a nomination (person, credentials, placement) or into what is
 * wrong with it, column by column, with stable codes the console words in the reader's
 * language. Field checks are the API's own zod schemas (StaffInput, CredentialInput), so a row
 * is refused for exactly what the single-item API would refuse. Pure: institutions are looked
 * up in a list the caller read once for the whole file.
 */
import {
  CREDENTIAL_TYPES,
  CredentialInput,
  DISCIPLINES,
  type Institution,
  LANGUAGES,
  type Language,
  StaffInput,
} from '../schemas';
import { lengthInDays } from '../domain/dates';
import {
  columnDefinitions,
  CREDENTIALS_PER_ROW,
  type FieldKey,
  type HeaderMapping,
  NAME_FIELDS,
  normaliseHeader,
} from './columns';
import { type DateOrder, readDate } from './dates';
import { type Cell, cellText, type SheetRow } from './sheet';

export const REGIONS = ['HK', 'GD'] as const;

export const COLUMNS = columnDefinitions({
  disciplines: DISCIPLINES,
  languages: LANGUAGES,
  credentialTypes: CREDENTIAL_TYPES,
  regions: REGIONS,
});

/** What is wrong with a row: the stable codes a reader sees worded in their language. */
export const ROW_PROBLEM_CODES = [
  'REQUIRED',
  'NAME_REQUIRED',
  'INVALID_EMAIL',
  'INVALID_PHONE',
  'INVALID_DATE',
  'NO_SUCH_DAY',
  'END_BEFORE_START',
  'UNKNOWN_DISCIPLINE',
  'UNKNOWN_LANGUAGE',
  'UNKNOWN_INSTITUTION',
  'AMBIGUOUS_INSTITUTION',
  'UNKNOWN_CREDENTIAL_TYPE',
  'UNKNOWN_REGION',
  'INCOMPLETE_CREDENTIAL',
  'TOO_LONG',
  'INVALID_VALUE',
  'DUPLICATE_IN_FILE',
] as const;
export type RowProblemCode = (typeof ROW_PROBLEM_CODES)[number];

export interface RowProblem {
  /** A field of the spreadsheet (columns.ts), or absent for a rule about the whole row. */
  field?: FieldKey;
  /** The header of that column as the file spells it. */
  column?: string;
  /** A row code above, or a rule code of the API (OUTSIDE_PROGRAMME_WINDOW, DIRECTION_MISMATCH, …). */
  code: string;
  message: string;
  /** The value as found, and what else helps to fix it. */
  details?: Record<string, unknown>;
  severity?: 'error' | 'warning';
}

export interface NominationCandidate {
  person: {
    names: { en?: string; 'zh-Hant'?: string; 'zh-Hans'?: string };
    email: string;
    phone?: string;
    discipline: (typeof DISCIPLINES)[number];
    specialty: string;
    homeInstitutionId: string;
    preferredLanguage?: Language;
  };
  credentials: {
    type: (typeof CREDENTIAL_TYPES)[number];
    number: string;
    region: 'HK' | 'GD';
    validFrom: string;
    validTo: string;
  }[];
  placement: { hostInstitutionId: string; startDate: string; endDate: string; notes?: string };
}

/** Who a row names, as typed: how a report points at a row it could not read. */
export interface RowNames {
  name?: string;
  email?: string;
}

/** A person's names as one line of a report: English, then a Chinese script. */
export const reportName = (names: NominationCandidate['person']['names']): string =>
  [names.en, names['zh-Hant'] ?? names['zh-Hans']].filter(Boolean).join(' ');

export interface ReadRow {
  row: number;
  named: RowNames;
  candidate?: NominationCandidate;
  problems: RowProblem[];
}

const key = (text: string) => normaliseHeader(text);

const DISCIPLINE_WORDS: Record<string, (typeof DISCIPLINES)[number]> = Object.fromEntries(
  (
    [
      ['DOCTOR', ['doctor', 'physician', '醫生', '医生', '醫師', '医师']],
      ['NURSE', ['nurse', '護士', '护士', '護理', '护理']],
      ['CHINESE_MEDICINE', ['chinese medicine', 'chinese medicine practitioner', '中醫', '中医', '中醫師', '中医师']],
      ['ALLIED_HEALTH', ['allied health', '專職醫療', '专职医疗', '醫療輔助', '医疗辅助']],
      ['PHARMACIST', ['pharmacist', '藥劑師', '药剂师', '藥師', '药师']],
    ] as const
  ).flatMap(([code, words]) => [[key(code), code], ...words.map((w) => [key(w), code])]),
);

const LANGUAGE_WORDS: Record<string, Language> = Object.fromEntries(
  (
    [
      ['en', ['english', '英文', '英語', '英语']],
      ['zh-Hant', ['繁體中文', '繁体中文', '繁體', '繁体', 'traditional chinese', 'zh-hk', 'zh-tw']],
      ['zh-Hans', ['简体中文', '簡體中文', '简体', '簡體', 'simplified chinese', 'zh-cn']],
    ] as const
  ).flatMap(([code, words]) => [[key(code), code], ...words.map((w) => [key(w), code])]),
);

const REGION_WORDS: Record<string, 'HK' | 'GD'> = Object.fromEntries(
  (
    [
      ['HK', ['hong kong', '香港']],
      ['GD', ['guangdong', '廣東', '广东', 'mainland', '內地', '内地']],
    ] as const
  ).flatMap(([code, words]) => [[key(code), code], ...words.map((w) => [key(w), code])]),
);

const CREDENTIAL_WORDS: Record<string, (typeof CREDENTIAL_TYPES)[number]> = Object.fromEntries(
  CREDENTIAL_TYPES.map((t) => [key(t), t]),
);

/** Institutions found by id or by any of their three names (case, spaces and punctuation ignored). */
export class InstitutionDirectory {
  private readonly byId = new Map<string, Institution>();
  private readonly byName = new Map<string, Institution[]>();

  constructor(institutions: readonly Institution[]) {
    for (const institution of institutions) {
      this.byId.set(institution.institutionId, institution);
      for (const name of new Set(Object.values(institution.names).map(key))) {
        this.byName.set(name, [...(this.byName.get(name) ?? []), institution]);
      }
    }
  }

  find(text: string): { found: Institution } | { problem: 'UNKNOWN_INSTITUTION' | 'AMBIGUOUS_INSTITUTION' } {
    const byId = this.byId.get(text.trim());
    if (byId) return { found: byId };
    const named = this.byName.get(key(text)) ?? [];
    const [only] = named;
    if (only && named.length === 1) return { found: only };
    return { problem: named.length > 1 ? 'AMBIGUOUS_INSTITUTION' : 'UNKNOWN_INSTITUTION' };
  }

  get(id: string) {
    return this.byId.get(id);
  }
}

/** Read every row; duplicates of an email within the file are refused after the first. */
export function readRows(
  rows: readonly SheetRow[],
  headers: readonly string[],
  mapping: HeaderMapping,
  directory: InstitutionDirectory,
  options: { dateOrder: DateOrder; date1904: boolean },
): ReadRow[] {
  const firstRowOfEmail = new Map<string, number>();
  return rows.map((sheetRow) => {
    const read = readRow(sheetRow, headers, mapping, directory, options);
    const email = read.candidate?.person.email;
    if (email) {
      const first = firstRowOfEmail.get(email);
      if (first !== undefined) {
        read.problems.push({
          field: 'email',
          column: columnOf(headers, mapping, 'email'),
          code: 'DUPLICATE_IN_FILE',
          message: `Row ${first} already nominates ${email}`,
          details: { value: email, firstRow: first },
        });
        delete read.candidate;
      } else firstRowOfEmail.set(email, sheetRow.row);
    }
    return read;
  });
}

function columnOf(headers: readonly string[], mapping: HeaderMapping, field: FieldKey): string | undefined {
  for (const [index, f] of mapping.fields) if (f === field) return headers[index];
  return undefined;
}

export function readRow(
  sheetRow: SheetRow,
  headers: readonly string[],
  mapping: HeaderMapping,
  directory: InstitutionDirectory,
  options: { dateOrder: DateOrder; date1904: boolean },
): ReadRow {
  const values = new Map<FieldKey, Cell>();
  for (const [index, field] of mapping.fields) values.set(field, sheetRow.cells[index] ?? null);
  const problems: RowProblem[] = [];
  const text = (field: FieldKey) => cellText(values.get(field) ?? null).trim();
  const problem = (field: FieldKey | undefined, code: RowProblemCode, message: string, value?: unknown) =>
    problems.push({
      ...(field ? { field, column: columnOf(headers, mapping, field) } : {}),
      code,
      message,
      ...(value !== undefined && value !== '' ? { details: { value: cellText(value as Cell) } } : {}),
    });
  const required = (field: FieldKey, what: string) => {
    const value = text(field);
    if (!value) problem(field, 'REQUIRED', `${what} is required`);
    return value;
  };

  const coded = <T extends string>(
    field: FieldKey,
    words: Record<string, T>,
    code: RowProblemCode,
    what: string,
  ): T | undefined => {
    const value = text(field);
    if (!value) return undefined;
    const found = words[key(value)];
    if (!found) problem(field, code, `${what} "${value}" is not one of the codes`, value);
    return found;
  };

  const date = (field: FieldKey, what: string, mandatory: boolean): string | undefined => {
    const raw = values.get(field) ?? null;
    if (cellText(raw).trim() === '') {
      if (mandatory) problem(field, 'REQUIRED', `${what} is required`);
      return undefined;
    }
    const reading = readDate(typeof raw === 'string' ? raw.trim() : raw, options.dateOrder, options.date1904);
    if (reading.ok) return reading.date;
    problem(
      field,
      reading.reason === 'NO_SUCH_DAY' ? 'NO_SUCH_DAY' : 'INVALID_DATE',
      `${what} "${cellText(raw)}" is not a date`,
      raw,
    );
    return undefined;
  };

  const institution = (field: FieldKey, what: string) => {
    const value = required(field, what);
    if (!value) return undefined;
    const found = directory.find(value);
    if ('found' in found) return found.found;
    problem(
      field,
      found.problem,
      `${what} "${value}" ${found.problem === 'UNKNOWN_INSTITUTION' ? 'is not known' : 'names more than one institution'}`,
      value,
    );
    return undefined;
  };

  // ---- the person
  const names = {
    ...(text('nameEn') ? { en: text('nameEn') } : {}),
    ...(text('nameHant') ? { 'zh-Hant': text('nameHant') } : {}),
    ...(text('nameHans') ? { 'zh-Hans': text('nameHans') } : {}),
  };
  if (Object.keys(names).length === 0)
    problems.push({
      field: 'nameEn',
      column: columnOf(headers, mapping, NAME_FIELDS.find((f) => columnOf(headers, mapping, f)) ?? 'nameEn'),
      code: 'NAME_REQUIRED',
      message: 'A name in at least one script is required',
    });
  const email = required('email', 'Email').toLowerCase();
  const named: RowNames = {
    ...(Object.keys(names).length ? { name: reportName(names) } : {}),
    ...(text('email') ? { email: text('email') } : {}),
  };
  const discipline = text('discipline')
    ? coded('discipline', DISCIPLINE_WORDS, 'UNKNOWN_DISCIPLINE', 'Discipline')
    : (required('discipline', 'Discipline'), undefined);
  const specialty = required('specialty', 'Specialty');
  const home = institution('homeInstitution', 'Home institution');
  const preferredLanguage = coded('preferredLanguage', LANGUAGE_WORDS, 'UNKNOWN_LANGUAGE', 'Preferred language');
  const phone = text('phone') || undefined;

  const person = {
    names,
    email,
    ...(phone ? { phone } : {}),
    discipline: discipline ?? 'DOCTOR',
    specialty: specialty || '-',
    homeInstitutionId: home?.institutionId ?? 'unknown',
    ...(preferredLanguage ? { preferredLanguage } : {}),
  };
  // The API's own check of a person (length limits, email and phone formats).
  const checked = StaffInput.safeParse(person);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [top, sub] = issue.path as string[];
      if (top === 'email' && email)
        problem('email', 'INVALID_EMAIL', `Email "${email}" is not an email address`, email);
      else if (top === 'phone') problem('phone', 'INVALID_PHONE', `Phone "${phone}" is not a phone number`, phone);
      else if (top === 'names' && sub)
        problem(sub === 'en' ? 'nameEn' : sub === 'zh-Hant' ? 'nameHant' : 'nameHans', 'TOO_LONG', issue.message);
      else if (top === 'specialty' && specialty) problem('specialty', 'TOO_LONG', issue.message, specialty);
    }
  }

  // ---- credentials (any number of the credential N groups)
  const credentials: NominationCandidate['credentials'] = [];
  for (let n = 1; n <= CREDENTIALS_PER_ROW; n++) {
    const f = (part: string) => `credential${n}${part}` as FieldKey;
    const parts = ['Type', 'Number', 'Region', 'ValidFrom', 'ValidTo'].map((p) => text(f(p)));
    if (parts.every((p) => !p)) continue;
    const before = problems.length;
    for (const [i, part] of ['Type', 'Number', 'Region', 'ValidFrom', 'ValidTo'].entries())
      if (!parts[i])
        problem(f(part), 'INCOMPLETE_CREDENTIAL', `Credential ${n} needs a type, number, region and validity`);
    const type = coded(f('Type'), CREDENTIAL_WORDS, 'UNKNOWN_CREDENTIAL_TYPE', `Credential ${n} type`);
    const region = coded(f('Region'), REGION_WORDS, 'UNKNOWN_REGION', `Credential ${n} region`);
    const validFrom = parts[3] ? date(f('ValidFrom'), `Credential ${n} valid from`, false) : undefined;
    const validTo = parts[4] ? date(f('ValidTo'), `Credential ${n} valid to`, false) : undefined;
    if (problems.length > before || !type || !region || !validFrom || !validTo) continue;
    const credential = { type, number: parts[1] ?? '', region, validFrom, validTo };
    const result = CredentialInput.safeParse(credential);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const [top] = issue.path as string[];
        if (top === 'validTo') problem(f('ValidTo'), 'END_BEFORE_START', `Credential ${n} ends before it starts`);
        else problem(f('Number'), 'TOO_LONG', issue.message, parts[1]);
      }
      continue;
    }
    credentials.push(credential);
  }

  // ---- the placement
  const host = institution('hostInstitution', 'Host institution');
  const startDate = date('startDate', 'Start date', true);
  const endDate = date('endDate', 'End date', true);
  if (startDate && endDate && endDate < startDate)
    problem('endDate', 'END_BEFORE_START', `The placement ends (${endDate}) before it starts (${startDate})`);
  else if (startDate && endDate && lengthInDays(startDate, endDate) > 3 * 366)
    problem('endDate', 'INVALID_VALUE', 'A placement lasts at most three years');
  const notes = text('notes');
  if (notes.length > 2000) problem('notes', 'TOO_LONG', 'Notes hold at most 2000 characters');

  if (problems.some((p) => p.severity !== 'warning') || !host || !startDate || !endDate)
    return { row: sheetRow.row, named, problems };
  return {
    row: sheetRow.row,
    named,
    problems,
    candidate: {
      person: checked.success ? (checked.data as NominationCandidate['person']) : person,
      credentials,
      placement: {
        hostInstitutionId: host.institutionId,
        startDate,
        endDate,
        ...(notes ? { notes } : {}),
      },
    },
  };
}
