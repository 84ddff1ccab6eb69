/**
 * The demo data `npm start` loads: the Hospital Authority's seven clusters with real public
 * hospitals of each, Guangdong partner hospitals, departments with capacities, one programme per
 * direction, visiting staff with their registrations and permits, and placements and rotations
 * in various states. Hospitals, clusters and their names (en / zh-Hant / zh-Hans) are real; the
 * people, capacities, e-mail addresses and registration numbers are made up.
 *
 * Everything here is plain input to the API (the shapes of shared/schemas.ts) plus a `key` to
 * refer to it before the server has assigned ids; local/load-demo-data.ts posts it through the
 * real handlers so every rule of the API applies to it.
 */
import type { z } from 'zod';
import type {
  CredentialInput,
  DepartmentInput,
  InstitutionInput,
  LocalizedName,
  PlacementAction,
  PlacementInput,
  ProgrammeInput,
  RotationInput,
  StaffInput,
} from '../shared/schemas';

type Input<T extends z.core.$ZodType> = z.input<T>;

export interface DemoDepartment extends Input<typeof DepartmentInput> {
  key: string;
}
export type DemoInstitution = Input<typeof InstitutionInput> & { key: string; departments: DemoDepartment[] };
export type DemoProgramme = Input<typeof ProgrammeInput> & { key: string };
export type DemoStaff = Omit<Input<typeof StaffInput>, 'homeInstitutionId'> & {
  key: string;
  home: string;
  credentials: Input<typeof CredentialInput>[];
};
/** A rotation, and whether the visitor confirms it (otherwise it stays SCHEDULED). */
export type DemoRotation = Omit<Input<typeof RotationInput>, 'departmentId'> & {
  department: string;
  confirm?: boolean;
};
export type DemoPlacement = Omit<Input<typeof PlacementInput>, 'staffId' | 'hostInstitutionId'> & {
  key: string;
  programme: string;
  staff: string;
  host: string;
  /** Transitions after nomination, in order: 'offer' by the programme office, 'accept' by the visitor. */
  actions: PlacementAction[];
  rotations: DemoRotation[];
};

// ---------- departments: names in three languages ----------

const departmentTypes = {
  MED: { en: 'Medicine', 'zh-Hant': '內科', 'zh-Hans': '内科', specialty: 'Internal Medicine' },
  SURG: { en: 'Surgery', 'zh-Hant': '外科', 'zh-Hans': '外科', specialty: 'General Surgery' },
  PAED: {
    en: 'Paediatrics and Adolescent Medicine',
    'zh-Hant': '兒童及青少年科',
    'zh-Hans': '儿童及青少年科',
    specialty: 'Paediatrics',
  },
  PSURG: { en: 'Paediatric Surgery', 'zh-Hant': '小兒外科', 'zh-Hans': '小儿外科', specialty: 'Paediatric Surgery' },
  CTS: {
    en: 'Cardiothoracic Surgery',
    'zh-Hant': '心胸外科',
    'zh-Hans': '心胸外科',
    specialty: 'Cardiothoracic Surgery',
  },
  AED: { en: 'Accident and Emergency', 'zh-Hant': '急症科', 'zh-Hans': '急症科', specialty: 'Emergency Medicine' },
  ICU: { en: 'Intensive Care Unit', 'zh-Hant': '深切治療部', 'zh-Hans': '深切治疗部', specialty: 'Intensive Care' },
  OT: {
    en: 'Orthopaedics and Traumatology',
    'zh-Hant': '矯形及創傷外科',
    'zh-Hans': '矫形及创伤外科',
    specialty: 'Orthopaedics',
  },
  OG: {
    en: 'Obstetrics and Gynaecology',
    'zh-Hant': '婦產科',
    'zh-Hans': '妇产科',
    specialty: 'Obstetrics and Gynaecology',
  },
  NEURO: { en: 'Neurology', 'zh-Hant': '神經科', 'zh-Hans': '神经科', specialty: 'Neurology' },
  ICWM: {
    en: 'Integrated Chinese-Western Medicine',
    'zh-Hant': '中西醫協作',
    'zh-Hans': '中西医协作',
    specialty: 'Chinese Medicine',
  },
  GERN: {
    en: 'Geriatric Nursing Unit',
    'zh-Hant': '老人科護理單位',
    'zh-Hans': '老人科护理单位',
    specialty: 'Geriatric Nursing',
  },
  // Guangdong hospitals name their departments the mainland way.
  GD_CARD: { en: 'Cardiology', 'zh-Hant': '心血管內科', 'zh-Hans': '心血管内科', specialty: 'Cardiology' },
  GD_CVS: {
    en: 'Cardiovascular Surgery',
    'zh-Hant': '心血管外科',
    'zh-Hans': '心血管外科',
    specialty: 'Cardiothoracic Surgery',
  },
  GD_PAED: { en: 'Paediatrics', 'zh-Hant': '兒科', 'zh-Hans': '儿科', specialty: 'Paediatrics' },
  GD_NEURO: { en: 'Neurology', 'zh-Hant': '神經內科', 'zh-Hans': '神经内科', specialty: 'Neurology' },
  GD_STROKE: { en: 'Stroke Centre', 'zh-Hant': '卒中中心', 'zh-Hans': '卒中中心', specialty: 'Stroke Care' },
  GD_ED: { en: 'Emergency Medicine', 'zh-Hant': '急診科', 'zh-Hans': '急诊科', specialty: 'Emergency Medicine' },
  GD_CCM: {
    en: 'Critical Care Medicine',
    'zh-Hant': '重症醫學科',
    'zh-Hans': '重症医学科',
    specialty: 'Intensive Care',
  },
  GD_PCCM: {
    en: 'Pulmonary and Critical Care Medicine',
    'zh-Hant': '呼吸與危重症醫學科',
    'zh-Hans': '呼吸与危重症医学科',
    specialty: 'Respiratory Medicine',
  },
  GD_TCM: {
    en: 'Chinese Internal Medicine',
    'zh-Hant': '中醫內科',
    'zh-Hans': '中医内科',
    specialty: 'Chinese Medicine',
  },
  GD_NURS: { en: 'Nursing Department', 'zh-Hant': '護理部', 'zh-Hans': '护理部', specialty: 'Nursing' },
} as const;
type DepartmentType = keyof typeof departmentTypes;

/** `[type, capacity]` pairs become departments keyed `{hospital}-{type}`. */
const departments = (hospital: string, list: [DepartmentType, number][]): DemoDepartment[] =>
  list.map(([type, capacity]) => {
    const { specialty, ...names } = departmentTypes[type];
    return { key: `${hospital}-${type}`, names, specialty, capacity };
  });

const name = (en: string, zhHant: string, zhHans: string): LocalizedName => ({
  en,
  'zh-Hant': zhHant,
  'zh-Hans': zhHans,
});

const haHospital = (
  key: string,
  cluster: 'HKE' | 'HKW' | 'KC' | 'KE' | 'KW' | 'NTE' | 'NTW',
  names: LocalizedName,
  list: [DepartmentType, number][],
): DemoInstitution => ({
  key,
  region: 'HK',
  cluster,
  names,
  contactEmails: [`exchange.${key.toLowerCase()}@ha.example.org`],
  // The Hospital Authority writes its business in English; a coordinator may choose otherwise.
  contactLanguage: 'en',
  departments: departments(key, list),
});

const gdHospital = (
  key: string,
  city: string,
  names: LocalizedName,
  list: [DepartmentType, number][],
): DemoInstitution => ({
  key,
  region: 'GD',
  city,
  names,
  contactEmails: [`exchange.${key.toLowerCase()}@gd-hospital.example.cn`],
  contactLanguage: 'zh-Hans',
  departments: departments(key, list),
});

// ---------- institutions ----------

export const institutions: DemoInstitution[] = [
  // Hong Kong East
  haHospital(
    'PYNEH',
    'HKE',
    name('Pamela Youde Nethersole Eastern Hospital', '東區尤德夫人那打素醫院', '东区尤德夫人那打素医院'),
    [
      ['MED', 4],
      ['SURG', 3],
      ['AED', 3],
      ['ICU', 2],
      ['NEURO', 2],
      ['ICWM', 2],
    ],
  ),
  haHospital('RH', 'HKE', name('Ruttonjee Hospital', '律敦治醫院', '律敦治医院'), [
    ['MED', 2],
    ['GERN', 2],
  ]),
  haHospital('TWEH', 'HKE', name('Tung Wah Eastern Hospital', '東華東院', '东华东院'), [
    ['MED', 2],
    ['GERN', 2],
  ]),
  // Hong Kong West
  haHospital('QMH', 'HKW', name('Queen Mary Hospital', '瑪麗醫院', '玛丽医院'), [
    ['MED', 4],
    ['SURG', 3],
    ['CTS', 2],
    ['PAED', 2],
    ['ICU', 2],
  ]),
  haHospital('GH', 'HKW', name('Grantham Hospital', '葛量洪醫院', '葛量洪医院'), [
    ['CTS', 2],
    ['MED', 2],
  ]),
  haHospital('TWH', 'HKW', name('Tung Wah Hospital', '東華醫院', '东华医院'), [
    ['MED', 2],
    ['ICWM', 2],
  ]),
  // Kowloon Central
  haHospital('QEH', 'KC', name('Queen Elizabeth Hospital', '伊利沙伯醫院', '伊利沙伯医院'), [
    ['MED', 4],
    ['SURG', 3],
    ['CTS', 2],
    ['AED', 3],
    ['ICU', 2],
    ['OT', 2],
  ]),
  haHospital('KWH', 'KC', name('Kwong Wah Hospital', '廣華醫院', '广华医院'), [
    ['MED', 3],
    ['ICWM', 3],
    ['OG', 2],
  ]),
  haHospital('HKCH', 'KC', name("Hong Kong Children's Hospital", '香港兒童醫院', '香港儿童医院'), [
    ['PAED', 4],
    ['PSURG', 2],
  ]),
  haHospital('KH', 'KC', name('Kowloon Hospital', '九龍醫院', '九龙医院'), [
    ['GERN', 2],
    ['MED', 2],
  ]),
  // Kowloon East
  haHospital('UCH', 'KE', name('United Christian Hospital', '基督教聯合醫院', '基督教联合医院'), [
    ['MED', 3],
    ['SURG', 2],
    ['AED', 2],
    ['PAED', 2],
  ]),
  haHospital('TKOH', 'KE', name('Tseung Kwan O Hospital', '將軍澳醫院', '将军澳医院'), [
    ['MED', 2],
    ['AED', 2],
  ]),
  haHospital('HHH', 'KE', name('Haven of Hope Hospital', '靈實醫院', '灵实医院'), [['GERN', 2]]),
  // Kowloon West
  haHospital('PMH', 'KW', name('Princess Margaret Hospital', '瑪嘉烈醫院', '玛嘉烈医院'), [
    ['MED', 4],
    ['AED', 3],
    ['ICU', 2],
    ['PAED', 2],
  ]),
  haHospital('CMC', 'KW', name('Caritas Medical Centre', '明愛醫院', '明爱医院'), [
    ['MED', 3],
    ['PAED', 2],
  ]),
  haHospital('YCH', 'KW', name('Yan Chai Hospital', '仁濟醫院', '仁济医院'), [
    ['MED', 2],
    ['SURG', 2],
  ]),
  haHospital('NLTH', 'KW', name('North Lantau Hospital', '北大嶼山醫院', '北大屿山医院'), [
    ['MED', 2],
    ['AED', 2],
  ]),
  // New Territories East
  haHospital('PWH', 'NTE', name('Prince of Wales Hospital', '威爾斯親王醫院', '威尔斯亲王医院'), [
    ['MED', 4],
    ['SURG', 3],
    ['CTS', 2],
    ['ICU', 2],
    ['PAED', 2],
    ['ICWM', 2],
  ]),
  haHospital(
    'AHNH',
    'NTE',
    name('Alice Ho Miu Ling Nethersole Hospital', '雅麗氏何妙齡那打素醫院', '雅丽氏何妙龄那打素医院'),
    [
      ['MED', 2],
      ['NEURO', 2],
    ],
  ),
  haHospital('NDH', 'NTE', name('North District Hospital', '北區醫院', '北区医院'), [
    ['MED', 2],
    ['AED', 2],
  ]),
  // New Territories West
  haHospital('TMH', 'NTW', name('Tuen Mun Hospital', '屯門醫院', '屯门医院'), [
    ['MED', 4],
    ['SURG', 3],
    ['AED', 3],
    ['ICU', 2],
    ['NEURO', 2],
  ]),
  haHospital('POH', 'NTW', name('Pok Oi Hospital', '博愛醫院', '博爱医院'), [
    ['MED', 2],
    ['ICWM', 2],
  ]),
  haHospital('TSWH', 'NTW', name('Tin Shui Wai Hospital', '天水圍醫院', '天水围医院'), [
    ['MED', 2],
    ['AED', 2],
  ]),

  // Guangdong partner hospitals
  gdHospital(
    'HKUSZH',
    'Shenzhen',
    name('The University of Hong Kong-Shenzhen Hospital', '香港大學深圳醫院', '香港大学深圳医院'),
    [
      ['GD_STROKE', 2],
      ['GD_NEURO', 2],
      ['GD_PAED', 2],
      ['GD_NURS', 3],
    ],
  ),
  gdHospital('GDPH', 'Guangzhou', name("Guangdong Provincial People's Hospital", '廣東省人民醫院', '广东省人民医院'), [
    ['GD_CARD', 3],
    ['GD_CVS', 2],
    ['GD_ED', 2],
    ['GD_NURS', 3],
  ]),
  gdHospital(
    'NFH',
    'Guangzhou',
    name('Nanfang Hospital, Southern Medical University', '南方醫科大學南方醫院', '南方医科大学南方医院'),
    [
      ['GD_ED', 2],
      ['GD_CCM', 2],
      ['GD_NURS', 3],
    ],
  ),
  gdHospital(
    'SYSU1',
    'Guangzhou',
    name('The First Affiliated Hospital, Sun Yat-sen University', '中山大學附屬第一醫院', '中山大学附属第一医院'),
    [
      ['GD_PCCM', 2],
      ['GD_NEURO', 2],
      ['GD_CVS', 2],
    ],
  ),
  gdHospital('SZPH', 'Shenzhen', name("Shenzhen People's Hospital", '深圳市人民醫院', '深圳市人民医院'), [
    ['GD_CCM', 2],
    ['GD_STROKE', 2],
    ['GD_NURS', 2],
  ]),
  gdHospital(
    'GDHCM',
    'Guangzhou',
    name('Guangdong Provincial Hospital of Chinese Medicine', '廣東省中醫院', '广东省中医院'),
    [
      ['GD_TCM', 3],
      ['GD_STROKE', 2],
    ],
  ),
  gdHospital(
    'GWCMC',
    'Guangzhou',
    name("Guangzhou Women and Children's Medical Center", '廣州市婦女兒童醫療中心', '广州市妇女儿童医疗中心'),
    [
      ['PSURG', 2],
      ['GD_PAED', 3],
    ],
  ),
];

// ---------- programmes ----------

export const programmes: DemoProgramme[] = [
  {
    key: 'GBA2027',
    names: name(
      'Greater Bay Area Healthcare Talents Visiting Programme 2027',
      '大灣區醫療人才交流計劃 2027',
      '大湾区医疗人才交流计划 2027',
    ),
    direction: 'GD_TO_HK',
    // Nurses stay about 10.5 months; doctors' placements sit inside the same window.
    startDate: '2027-02-15',
    endDate: '2027-12-31',
    status: 'OPEN',
    contactEmails: ['gba.talents@ha.example.org'],
    contactLanguage: 'en',
  },
  {
    key: 'NORTH2027',
    names: name(
      'Hospital Authority Staff Exchange to Guangdong 2027',
      '醫管局人員赴粵交流計劃 2027',
      '医管局人员赴粤交流计划 2027',
    ),
    direction: 'HK_TO_GD',
    startDate: '2027-05-03',
    endDate: '2027-08-27',
    status: 'OPEN',
    contactEmails: ['exchange@gd-health.example.cn'],
    contactLanguage: 'zh-Hans',
  },
];

// ---------- visiting staff ----------

/** Credentials of a Guangdong visitor for the 2027 batch: a Hong Kong registration and an entry permit. */
const hkStay = (
  type: 'MCHK_LIMITED_REGISTRATION' | 'NCHK_TEMPORARY_REGISTRATION' | 'CMCHK_REGISTRATION',
  number: string,
  permit: string,
) => [
  { type, number, region: 'HK' as const, validFrom: '2027-02-01', validTo: '2028-01-31' },
  {
    type: 'ENTRY_PERMIT' as const,
    number: permit,
    region: 'HK' as const,
    validFrom: '2027-02-01',
    validTo: '2028-01-31',
  },
];
const mainlandLicence = (number: string) => ({
  type: 'MAINLAND_PRACTISING_LICENCE' as const,
  number,
  region: 'GD' as const,
  validFrom: '2016-07-01',
  validTo: '2031-06-30',
});
/** A Hong Kong resident's Home Return Permit, which is what lets them into the mainland. */
const homeReturnPermit = (number: string) => ({
  type: 'ENTRY_PERMIT' as const,
  number,
  region: 'GD' as const,
  validFrom: '2022-03-01',
  validTo: '2032-02-28',
});

export const staff: DemoStaff[] = [
  {
    key: 'CHEN',
    names: { en: 'CHEN Zhiqiang', 'zh-Hant': '陳志強', 'zh-Hans': '陈志强' },
    email: 'chen.zhiqiang@gdph.example.cn',
    preferredLanguage: 'zh-Hans',
    discipline: 'DOCTOR',
    specialty: 'Cardiology',
    home: 'GDPH',
    phone: '+86 20 8382 0000',
    credentials: [
      mainlandLicence('110440100000231'),
      ...hkStay('MCHK_LIMITED_REGISTRATION', 'LR-27-0012', 'EP-C40172611'),
    ],
  },
  {
    key: 'LIN',
    names: { en: 'LIN Xiaomei', 'zh-Hant': '林曉梅', 'zh-Hans': '林晓梅' },
    email: 'lin.xiaomei@nfh.example.cn',
    preferredLanguage: 'zh-Hans',
    discipline: 'NURSE',
    specialty: 'Emergency Nursing',
    home: 'NFH',
    credentials: [...hkStay('NCHK_TEMPORARY_REGISTRATION', 'TR-27-0431', 'EP-C40172834')],
  },
  {
    key: 'HUANG',
    names: { en: 'HUANG Yating', 'zh-Hant': '黃雅婷', 'zh-Hans': '黄雅婷' },
    email: 'huang.yating@szph.example.cn',
    preferredLanguage: 'zh-Hans',
    discipline: 'NURSE',
    specialty: 'Critical Care Nursing',
    home: 'SZPH',
    credentials: [...hkStay('NCHK_TEMPORARY_REGISTRATION', 'TR-27-0432', 'EP-C40172901')],
  },
  {
    key: 'LIANG',
    names: { en: 'LIANG Jianhua', 'zh-Hant': '梁建華', 'zh-Hans': '梁建华' },
    email: 'liang.jianhua@gdhcm.example.cn',
    preferredLanguage: 'zh-Hans',
    discipline: 'CHINESE_MEDICINE',
    specialty: 'Chinese Internal Medicine',
    home: 'GDHCM',
    credentials: [mainlandLicence('110440100000874'), ...hkStay('CMCHK_REGISTRATION', 'LCM-27-0007', 'EP-C40173015')],
  },
  {
    key: 'ZHOU',
    // No preferred language recorded: emails to her carry all three languages.
    names: { en: 'ZHOU Haiyan', 'zh-Hant': '周海燕', 'zh-Hans': '周海燕' },
    email: 'zhou.haiyan@sysu1.example.cn',
    discipline: 'DOCTOR',
    specialty: 'Respiratory Medicine',
    home: 'SYSU1',
    credentials: [
      mainlandLicence('110440100000512'),
      ...hkStay('MCHK_LIMITED_REGISTRATION', 'LR-27-0019', 'EP-C40173122'),
    ],
  },
  {
    key: 'WU',
    names: { en: 'WU Jiahui', 'zh-Hant': '吳嘉慧', 'zh-Hans': '吴嘉慧' },
    email: 'wu.jiahui@hkuszh.example.cn',
    preferredLanguage: 'en',
    discipline: 'NURSE',
    specialty: 'Paediatric Nursing',
    home: 'HKUSZH',
    credentials: [...hkStay('NCHK_TEMPORARY_REGISTRATION', 'TR-27-0450', 'EP-C40173240')],
  },
  {
    key: 'WONG',
    names: { en: 'WONG Ka-ming', 'zh-Hant': '黃家明', 'zh-Hans': '黄家明' },
    email: 'wong.ka-ming@ha.example.org',
    preferredLanguage: 'zh-Hant',
    discipline: 'DOCTOR',
    specialty: 'Paediatric Surgery',
    home: 'HKCH',
    phone: '+852 3513 0000',
    credentials: [
      {
        type: 'MCHK_FULL_REGISTRATION',
        number: 'M11873',
        region: 'HK',
        validFrom: '2012-07-01',
        validTo: '2030-12-31',
      },
      {
        type: 'MAINLAND_SHORT_TERM_PRACTICE_PERMIT',
        number: 'GD-STP-2027-0102',
        region: 'GD',
        validFrom: '2027-04-01',
        validTo: '2028-03-31',
      },
      homeReturnPermit('H60213987'),
    ],
  },
  {
    key: 'CHEUNG',
    names: { en: 'CHEUNG Wai-lun', 'zh-Hant': '張偉倫', 'zh-Hans': '张伟伦' },
    email: 'cheung.wai-lun@ha.example.org',
    preferredLanguage: 'en',
    discipline: 'DOCTOR',
    specialty: 'Cardiothoracic Surgery',
    home: 'QMH',
    credentials: [
      {
        type: 'MCHK_FULL_REGISTRATION',
        number: 'M09214',
        region: 'HK',
        validFrom: '2008-07-01',
        validTo: '2030-12-31',
      },
      {
        type: 'MAINLAND_SHORT_TERM_PRACTICE_PERMIT',
        number: 'GD-STP-2027-0117',
        region: 'GD',
        validFrom: '2027-05-01',
        validTo: '2028-04-30',
      },
      homeReturnPermit('H60377412'),
    ],
  },
  {
    key: 'LEE',
    names: { en: 'LEE Mei-ling', 'zh-Hant': '李美玲', 'zh-Hans': '李美玲' },
    email: 'lee.mei-ling@ha.example.org',
    preferredLanguage: 'zh-Hant',
    discipline: 'NURSE',
    specialty: 'Stroke Nursing',
    home: 'PYNEH',
    // No mainland permit to practise: she goes north to observe.
    credentials: [
      { type: 'NCHK_REGISTRATION', number: 'RN-204518', region: 'HK', validFrom: '2010-09-01', validTo: '2030-12-31' },
      homeReturnPermit('H61120563'),
    ],
  },
];

// ---------- placements and rotations ----------

const offered: PlacementAction[] = ['offer'];
const accepted: PlacementAction[] = ['offer', 'accept'];

export const placements: DemoPlacement[] = [
  {
    key: 'CHEN@QEH',
    programme: 'GBA2027',
    staff: 'CHEN',
    host: 'QEH',
    startDate: '2027-03-01',
    endDate: '2027-12-31',
    notes: 'Cardiology; cardiac catheterisation and heart failure clinics.',
    actions: accepted,
    rotations: [
      {
        department: 'QEH-MED',
        startDate: '2027-03-01',
        endDate: '2027-06-30',
        activity: 'CLINICAL',
        supervisor: { name: 'Dr LAU Chi-keung' },
        confirm: true,
      },
      {
        department: 'QEH-CTS',
        startDate: '2027-07-01',
        endDate: '2027-08-31',
        activity: 'OBSERVATION',
        supervisor: { name: 'Dr NG Siu-fai' },
      },
      { department: 'QEH-ICU', startDate: '2027-09-01', endDate: '2027-12-31', activity: 'CLINICAL' },
    ],
  },
  {
    key: 'LIN@PMH',
    programme: 'GBA2027',
    staff: 'LIN',
    host: 'PMH',
    startDate: '2027-02-15',
    endDate: '2027-12-31',
    actions: accepted,
    rotations: [
      {
        department: 'PMH-AED',
        startDate: '2027-02-15',
        endDate: '2027-07-31',
        activity: 'CLINICAL',
        supervisor: { name: 'NC CHAN Wing-yee' },
        confirm: true,
      },
      { department: 'PMH-ICU', startDate: '2027-08-01', endDate: '2027-12-31', activity: 'CLINICAL' },
    ],
  },
  {
    key: 'HUANG@PWH',
    programme: 'GBA2027',
    staff: 'HUANG',
    host: 'PWH',
    startDate: '2027-02-15',
    endDate: '2027-12-31',
    actions: offered,
    rotations: [],
  },
  {
    key: 'LIANG@KWH',
    programme: 'GBA2027',
    staff: 'LIANG',
    host: 'KWH',
    startDate: '2027-04-01',
    endDate: '2027-12-31',
    actions: [],
    rotations: [],
  },
  {
    key: 'ZHOU@TMH',
    programme: 'GBA2027',
    staff: 'ZHOU',
    host: 'TMH',
    startDate: '2027-03-01',
    endDate: '2027-12-31',
    actions: accepted,
    rotations: [{ department: 'TMH-MED', startDate: '2027-03-01', endDate: '2027-08-31', activity: 'CLINICAL' }],
  },
  {
    key: 'WU@QMH',
    programme: 'GBA2027',
    staff: 'WU',
    host: 'QMH',
    startDate: '2027-02-15',
    endDate: '2027-12-31',
    actions: accepted,
    rotations: [{ department: 'QMH-PAED', startDate: '2027-02-15', endDate: '2027-06-30', activity: 'CLINICAL' }],
  },
  {
    key: 'WONG@GWCMC',
    programme: 'NORTH2027',
    staff: 'WONG',
    host: 'GWCMC',
    startDate: '2027-05-03',
    endDate: '2027-07-30',
    notes: 'Paediatric minimally invasive surgery.',
    actions: accepted,
    rotations: [
      {
        department: 'GWCMC-PSURG',
        startDate: '2027-05-03',
        endDate: '2027-07-30',
        activity: 'CLINICAL',
        supervisor: { name: '夏教授' },
        confirm: true,
      },
    ],
  },
  {
    key: 'CHEUNG@GDPH',
    programme: 'NORTH2027',
    staff: 'CHEUNG',
    host: 'GDPH',
    startDate: '2027-06-01',
    endDate: '2027-08-27',
    actions: offered,
    rotations: [],
  },
  {
    key: 'LEE@HKUSZH',
    programme: 'NORTH2027',
    staff: 'LEE',
    host: 'HKUSZH',
    startDate: '2027-06-01',
    endDate: '2027-07-31',
    actions: accepted,
    rotations: [
      { department: 'HKUSZH-GD_STROKE', startDate: '2027-06-01', endDate: '2027-07-31', activity: 'OBSERVATION' },
    ],
  },
];

// ---------- the demo users (one per role; tokens are minted by `npm start`) ----------

export interface DemoUserSpec {
  label: string;
  role: 'admin' | 'programme-coordinator' | 'hospital-coordinator' | 'staff';
  name: string;
  sub: string;
  email: string;
  /** hospital-coordinator: the key of its institution. */
  institution?: string;
  /** staff: the key of its staff record. */
  staff?: string;
  /** The locale their sign-in carries (Cognito's `locale` attribute): the language of their emails until they choose one. */
  locale?: string;
}

export const users: DemoUserSpec[] = [
  {
    label: 'admin',
    role: 'admin',
    name: 'HA Head Office system administrator',
    sub: 'demo-admin',
    email: 'admin@ha.example.org',
    locale: 'en-HK',
  },
  {
    label: 'programme coordinator',
    role: 'programme-coordinator',
    name: 'GBA programme office, HA Head Office',
    sub: 'demo-programme-office',
    email: 'gba.talents@ha.example.org',
    locale: 'en-HK',
  },
  {
    label: 'hospital coordinator (HK)',
    role: 'hospital-coordinator',
    name: 'Exchange coordinator, Queen Elizabeth Hospital',
    sub: 'demo-coordinator-qeh',
    email: 'exchange.qeh@ha.example.org',
    institution: 'QEH',
    locale: 'zh-HK',
  },
  {
    label: 'hospital coordinator (GD)',
    role: 'hospital-coordinator',
    name: "Exchange coordinator, Guangdong Provincial People's Hospital",
    sub: 'demo-coordinator-gdph',
    email: 'exchange.gdph@gd-hospital.example.cn',
    institution: 'GDPH',
    locale: 'zh-CN',
  },
  {
    label: 'staff (GD doctor in HK)',
    role: 'staff',
    name: 'CHEN Zhiqiang 陈志强, cardiologist at QEH',
    sub: 'demo-staff-chen',
    email: 'chen.zhiqiang@gdph.example.cn',
    staff: 'CHEN',
  },
  {
    label: 'staff (HK doctor in GD)',
    role: 'staff',
    name: 'WONG Ka-ming 黃家明, paediatric surgeon at GWCMC',
    sub: 'demo-staff-wong',
    email: 'wong.ka-ming@ha.example.org',
    staff: 'WONG',
  },
];
