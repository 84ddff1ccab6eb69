/**
 * The nominations template: a sheet with the columns the import reads (headers in the reader's
 * language, mandatory ones marked *), drop-down lists for the coded columns (from a hidden
 * Lists sheet), dates formatted as dates, and an instructions sheet in the three languages.
 */
import type ExcelJS from 'exceljs';
import { excel } from './excel';
import type { Institution, Language } from '../schemas';
import { MAX_FILE_BYTES, MAX_ROWS } from './sheet';
import { COLUMNS } from './rows';

const INSTRUCTIONS: Record<Language, string[]> = {
  en: [
    'How to fill in this template',
    'One row per person nominated. Columns marked * are mandatory; a name in at least one script is required.',
    'Columns are matched by their header, in English, Traditional or Simplified Chinese: you may reorder them or add columns of your own (they are ignored).',
    'Coded columns (discipline, language, credential type, region) offer drop-down lists. Institutions may be given by name (any language) or by ID.',
    'Dates: 2027-03-01, 2027/3/1, 2027年3月1日 or an Excel date. A date written day first with the year last (01/03/2027) is read as day/month/year.',
    'Up to three credentials per row (type, number, region, valid from, valid to); leave a credential blank if there is none.',
    `Limits: at most ${MAX_ROWS} rows and ${MAX_FILE_BYTES / 1024 / 1024} MB per file. Formulas and macros are refused: paste values. CSV files may be UTF-8, GB18030/GBK or Big5.`,
    'Upload the file to check it first (dry run): every problem is listed by row and column, and nothing is written. Uploading the same file again never creates a duplicate.',
  ],
  'zh-Hant': [
    '如何填寫本範本',
    '每位獲提名人員一行。標有 * 的欄位必須填寫；姓名最少以一種文字填寫。',
    '欄位按標題（英文、繁體或簡體中文）配對：可調動次序或加入其他欄位（會被略過）。',
    '代碼欄位（職系、語言、證書類別、地區）設有下拉選單。機構可填寫名稱（任何語言）或編號。',
    '日期：2027-03-01、2027/3/1、2027年3月1日或 Excel 日期。以日在前、年在後寫法（01/03/2027）一律讀作日/月/年。',
    '每行最多三項證書（類別、編號、地區、生效日期、屆滿日期）；沒有則留空。',
    `限制：每個檔案最多 ${MAX_ROWS} 行及 ${MAX_FILE_BYTES / 1024 / 1024} MB。不接受公式及巨集：請貼上數值。CSV 檔可用 UTF-8、GB18030/GBK 或 Big5 編碼。`,
    '先上載檢查（試行）：按行及欄列出所有問題，不會寫入任何資料。再次上載同一檔案不會重複建立紀錄。',
  ],
  'zh-Hans': [
    '如何填写本模板',
    '每位获提名人员一行。标有 * 的栏位必须填写；姓名最少以一种文字填写。',
    '栏位按标题（英文、繁体或简体中文）匹配：可调整次序或加入其他栏位（会被忽略）。',
    '代码栏位（职系、语言、证书类别、地区）设有下拉列表。机构可填写名称（任何语言）或编号。',
    '日期：2027-03-01、2027/3/1、2027年3月1日或 Excel 日期。以日在前、年在后写法（01/03/2027）一律读作日/月/年。',
    '每行最多三项证书（类别、编号、地区、生效日期、届满日期）；没有则留空。',
    `限制：每个文件最多 ${MAX_ROWS} 行及 ${MAX_FILE_BYTES / 1024 / 1024} MB。不接受公式及宏：请粘贴数值。CSV 文件可用 UTF-8、GB18030/GBK 或 Big5 编码。`,
    '先上传检查（试运行）：按行及栏列出所有问题，不会写入任何数据。再次上传同一文件不会重复创建记录。',
  ],
};

const columnLetter = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

export async function nominationTemplate(
  language: Language,
  institutions: { home: Institution[]; host: Institution[] },
): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = 'Talent Exchange Coordinator';
  const sheet = workbook.addWorksheet(language === 'en' ? 'Nominations' : language === 'zh-Hant' ? '提名' : '提名');
  const instructions = workbook.addWorksheet('Instructions');
  const lists = workbook.addWorksheet('Lists', { state: 'hidden' });

  const listColumns: { key: string; values: string[] }[] = [];
  for (const c of COLUMNS) if (c.codes) listColumns.push({ key: c.key, values: [...c.codes] });
  listColumns.push({ key: 'homeInstitution', values: institutions.home.map((i) => i.names[language]) });
  listColumns.push({ key: 'hostInstitution', values: institutions.host.map((i) => i.names[language]) });
  const listRange = new Map<string, string>();
  listColumns.forEach((list, i) => {
    const letter = columnLetter(i + 1);
    lists.getCell(`${letter}1`).value = list.key;
    list.values.forEach((v, r) => {
      lists.getCell(`${letter}${r + 2}`).value = v;
    });
    if (list.values.length) listRange.set(list.key, `Lists!$${letter}$2:$${letter}$${list.values.length + 1}`);
  });

  sheet.addRow(COLUMNS.map((c) => `${c.labels[language]}${c.required ? ' *' : ''}`));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(14, c.labels[language].length + 4);
    if (c.date) column.numFmt = 'yyyy-mm-dd';
    const range = listRange.get(c.key);
    if (!range) return;
    const letter = columnLetter(i + 1);
    for (let row = 2; row <= MAX_ROWS + 1; row++)
      sheet.getCell(`${letter}${row}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: !c.key.endsWith('Institution'),
      };
  });

  instructions.getColumn(1).width = 140;
  for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const) {
    const [title, ...lines] = INSTRUCTIONS[lang];
    instructions.addRow([title]).font = { bold: true, size: 13 };
    for (const line of lines) instructions.addRow([line]).alignment = { wrapText: true };
    instructions.addRow([]);
  }
  const legend = instructions.addRow(['Columns / 欄位 / 栏位']);
  legend.font = { bold: true };
  for (const c of COLUMNS)
    instructions.addRow([
      `${c.required ? '* ' : ''}${c.labels.en} — ${c.labels['zh-Hant']} — ${c.labels['zh-Hans']}${c.codes ? `: ${c.codes.join(', ')}` : ''}`,
    ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
