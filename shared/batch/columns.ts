/**
 * The columns of a nominations spreadsheet: each field, whether it is mandatory, and its header
 * in English, Traditional and Simplified Chinese (plus the other names people give it). Columns
 * are matched by header, never by position: extra columns are ignored, any order is fine. The
 * template is written from the same table, so what it offers is what the import reads. Pure.
 */
import type { Language } from '../schemas';

/** How many credentials one row may carry (credential 1…N columns). */
export const CREDENTIALS_PER_ROW = 3;

export const CREDENTIAL_PARTS = ['Type', 'Number', 'Region', 'ValidFrom', 'ValidTo'] as const;
export type CredentialPart = (typeof CREDENTIAL_PARTS)[number];

export type FieldKey =
  | 'nameEn'
  | 'nameHant'
  | 'nameHans'
  | 'email'
  | 'phone'
  | 'discipline'
  | 'specialty'
  | 'homeInstitution'
  | 'preferredLanguage'
  | 'hostInstitution'
  | 'startDate'
  | 'endDate'
  | 'notes'
  | `credential${number}${CredentialPart}`;

export interface ColumnDefinition {
  key: FieldKey;
  /** Mandatory on every row. The three name columns are "at least one of" (see NAME_FIELDS). */
  required: boolean;
  /** The template's header in each language (also matched). */
  labels: Record<Language, string>;
  /** Other headers people use for it. */
  aliases: readonly string[];
  /** A coded column: the template offers a drop-down of these. */
  codes?: readonly string[];
  /** A date column. */
  date?: boolean;
}

export const NAME_FIELDS: readonly FieldKey[] = ['nameEn', 'nameHant', 'nameHans'];

const col = (
  key: FieldKey,
  required: boolean,
  en: string,
  hant: string,
  hans: string,
  aliases: readonly string[] = [],
  extra: Partial<Pick<ColumnDefinition, 'codes' | 'date'>> = {},
): ColumnDefinition => ({ key, required, labels: { en, 'zh-Hant': hant, 'zh-Hans': hans }, aliases, ...extra });

const CREDENTIAL_LABELS: Record<CredentialPart, [string, string, string]> = {
  Type: ['type', '類別', '类别'],
  Number: ['number', '編號', '编号'],
  Region: ['region', '地區', '地区'],
  ValidFrom: ['valid from', '生效日期', '生效日期'],
  ValidTo: ['valid to', '屆滿日期', '届满日期'],
};

export function columnDefinitions(codes: {
  disciplines: readonly string[];
  languages: readonly string[];
  credentialTypes: readonly string[];
  regions: readonly string[];
}): ColumnDefinition[] {
  const credentials: ColumnDefinition[] = [];
  for (let n = 1; n <= CREDENTIALS_PER_ROW; n++) {
    for (const part of CREDENTIAL_PARTS) {
      const [en, hant, hans] = CREDENTIAL_LABELS[part];
      credentials.push(
        col(
          `credential${n}${part}`,
          false,
          `Credential ${n} ${en}`,
          `證書${n}${hant}`,
          `证书${n}${hans}`,
          [`資歷${n}${hant}`, `资历${n}${hans}`, `Licence ${n} ${en}`, `License ${n} ${en}`],
          {
            ...(part === 'Type' ? { codes: codes.credentialTypes } : {}),
            ...(part === 'Region' ? { codes: codes.regions } : {}),
            ...(part === 'ValidFrom' || part === 'ValidTo' ? { date: true } : {}),
          },
        ),
      );
    }
  }
  return [
    col('nameEn', false, 'Name (English)', '英文姓名', '英文姓名', ['English name', 'Name', 'Name in English']),
    col('nameHant', false, 'Name (Traditional Chinese)', '中文姓名（繁體）', '中文姓名（繁体）', [
      '繁體姓名',
      '繁体姓名',
      '姓名（繁體）',
      '姓名（繁体）',
      'Chinese name (Traditional)',
    ]),
    col('nameHans', false, 'Name (Simplified Chinese)', '中文姓名（簡體）', '中文姓名（简体）', [
      '简体姓名',
      '簡體姓名',
      '姓名（简体）',
      '姓名（簡體）',
      'Chinese name (Simplified)',
    ]),
    col('email', true, 'Email', '電郵', '电子邮箱', [
      'E-mail',
      'Email address',
      '電郵地址',
      '電子郵件',
      '电子邮件',
      '邮箱',
      '電子郵箱',
    ]),
    col('phone', false, 'Phone', '電話', '电话', ['Mobile', 'Telephone', '手機', '手机', '聯絡電話', '联系电话']),
    col('discipline', true, 'Discipline', '職系', '职系', ['專業類別', '专业类别', '類別', '类别'], {
      codes: codes.disciplines,
    }),
    col('specialty', true, 'Specialty', '專科', '专科', ['Speciality', '專業', '专业']),
    col('homeInstitution', true, 'Home institution', '所屬機構', '所属机构', [
      'Home institution ID',
      '原單位',
      '原单位',
      '派出單位',
      '派出单位',
      '派出機構',
      '派出机构',
    ]),
    col('preferredLanguage', false, 'Preferred language', '偏好語言', '偏好语言', ['Language', '語言', '语言'], {
      codes: codes.languages,
    }),
    col('hostInstitution', true, 'Host institution', '接收機構', '接收机构', [
      'Host institution ID',
      'Host hospital',
      '接收醫院',
      '接收医院',
      '接待機構',
      '接待机构',
    ]),
    col('startDate', true, 'Start date', '開始日期', '开始日期', ['Start', '開始', '开始'], { date: true }),
    col('endDate', true, 'End date', '結束日期', '结束日期', ['End', '結束', '结束'], { date: true }),
    col('notes', false, 'Notes', '備註', '备注', ['Remarks', '附註', '附注']),
    ...credentials,
  ];
}

/**
 * A header as compared: no BOM, no mandatory mark, no spaces or punctuation, full-width forms
 * folded to ASCII, case-insensitive. "﻿Start Date *" and "start_date" and "Ｓｔａｒｔ　date" match.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s*_\-.:：()（）[\]【】]/g, '');
}

export interface HeaderMapping {
  /** Column index in the file → field. */
  fields: Map<number, FieldKey>;
  /** Mandatory fields no header matched. */
  missing: FieldKey[];
  /** Headers matched to nothing (ignored). */
  ignored: string[];
  /** A field two columns claim (the first wins; the rest are ignored and reported). */
  duplicates: string[];
}

export function mapHeaders(headers: readonly string[], definitions: readonly ColumnDefinition[]): HeaderMapping {
  const byName = new Map<string, FieldKey>();
  for (const d of definitions)
    for (const name of [...Object.values(d.labels), ...d.aliases, d.key]) byName.set(normaliseHeader(name), d.key);
  const fields = new Map<number, FieldKey>();
  const taken = new Set<FieldKey>();
  const ignored: string[] = [];
  const duplicates: string[] = [];
  headers.forEach((header, index) => {
    const key = byName.get(normaliseHeader(header));
    if (!key) {
      if (header.trim()) ignored.push(header);
      return;
    }
    if (taken.has(key)) {
      duplicates.push(header);
      return;
    }
    taken.add(key);
    fields.set(index, key);
  });
  const missing = definitions.filter((d) => d.required && !taken.has(d.key)).map((d) => d.key);
  if (!NAME_FIELDS.some((k) => taken.has(k))) missing.unshift('nameEn');
  return { fields, missing, ignored, duplicates };
}
