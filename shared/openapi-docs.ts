/**
 * The OpenAPI document's prose and examples, per operation of the route table. Only the system
 * function (which serves GET /openapi.json) imports this file, so it costs no API function
 * anything at cold start or in its bundle.
 *
 * ADDING A ROUTE? Give its operationId an entry here:
 *   myOperation: {
 *     description: 'What it does, for whom, what to watch for (Markdown).',
 *     request: { …a body the contract accepts… },         // operations with a body
 *     response: { …what the API answers on success… },
 *     errors: ['INVALID_TRANSITION'],                     // codes only its service throws
 *   },
 * Statuses, headers and the problem codes the shared pipeline implies (400, 401, 403, 404, 412,
 * 413, 415, 422, 428, 429, 500…) are derived from the route and its contract (shared/openapi.ts);
 * list in `errors` only what the service adds. test/contract/openapi.test.ts fails when an
 * operation has no entry, when an example does not match its schema, and when the document
 * does not lint clean; every response the integration tests receive is checked against it.
 */
import type { ErrorCode } from './errors';
import { MAX_PLAN_ROTATIONS } from './schemas';

export interface OperationDocs {
  /** What the operation does and for whom (Markdown); the route's summary is its title. */
  description: string;
  /** Problem codes this operation's service answers with beyond those the pipeline implies. */
  errors?: ErrorCode[];
  /** An example request body. */
  request?: unknown;
  /** An example success response body (the text itself for a non-JSON response). */
  response?: unknown;
  /** An example dry-run response body (writes that take ?dryRun=true). */
  dryRunResponse?: unknown;
  /** The success response's description, when "OK" or "Created" says too little. */
  responseDescription?: string;
  /** Example values of path parameters. */
  pathExample?: Record<string, string>;
  /** Descriptions of query parameters beyond limit, cursor and dryRun. */
  query?: Record<string, string>;
  /** Headers of the success response beyond ETag, Location and Idempotent-Replayed (which the contract implies). */
  headers?: Record<string, HeaderDocs>;
  /** Statuses only the handler knows (e.g. 304 of a conditional GET), with their headers. */
  responses?: Record<string, { description: string; headers?: Record<string, HeaderDocs> }>;
}

export interface HeaderDocs {
  description: string;
  /** Always sent with the response. */
  required?: boolean;
  /** A JSON Schema for the value; a string by default. */
  schema?: Record<string, unknown>;
  example?: string;
}

/** One line per function group (the document's tags). */
export const tagDocs: Record<string, string> = {
  system: 'Liveness and this document; no token needed',
  institutions: 'Host and home institutions, their departments, capacities and occupancy',
  programmes: 'Exchange programmes: direction and window',
  staff: 'Visiting staff, their credentials, the signed-in visitor (me), and a coordinator’s email settings',
  calendar: 'The iCalendar feed of a visitor’s rotations (signed link)',
  placements: 'Placements of visiting staff at host institutions, their lifecycle and history',
  rotations: 'Rotations through departments, confirmed or declined by the visitor',
  batch: 'Spreadsheet imports of nominations, bulk transitions, and exports (roster, occupancy, programme report)',
};

// ---------- example records, shared by the operations' examples ----------

const at = '2026-11-02T01:30:00.000Z';
const later = '2026-11-20T06:45:12.000Z';
const meta = (version: number) => ({ createdAt: at, updatedAt: version > 1 ? later : at, version });
const ids = {
  host: 'inst_QMHk2v9Tn4XeYbR1aLpW',
  home: 'inst_GDPPH7cVb2NqZr5sKm8e',
  medicine: 'dept_Med3xQ9wLp2VbN7rTz4K',
  surgery: 'dept_Sur8kF2mJh5GdS1aQw6E',
  programme: 'prog_HTVP2027a1B2c3D4e5F6',
  staff: 'staff_Li9Na3Wq7Er2Ty5Ui8Op',
  placement: 'plc_Pl4Ce7Mn2Bv9Cx1Za3Sd',
  rotation: 'rot_Ro5Ta8Ti1On4Qw7Er2Ty',
  credential: 'cred_Mchk6Lr3Tp9Yx2Wq5Zs',
  audit: 'aud_Au7Dt1Rc4Xz8Vb2Nm5Lk',
  import: 'imp_Im9Po2Rt5Ya8Sd1Fg4Hj',
};

const localized = (en: string, hant: string, hans: string) => ({ en, 'zh-Hant': hant, 'zh-Hans': hans });

const institutionInput = {
  region: 'HK',
  names: localized('Queen Mary Hospital', '瑪麗醫院', '玛丽医院'),
  cluster: 'HKW',
  contactEmails: ['qmh-exchange@ha.example'],
  contactLanguage: 'en',
};
const institution = { institutionId: ids.host, ...institutionInput, ...meta(1) };

const departmentInput = {
  names: localized('Cardiology', '心臟科', '心脏科'),
  specialty: 'Cardiology',
  capacity: 4,
};
const department = { departmentId: ids.medicine, institutionId: ids.host, ...departmentInput, ...meta(1) };

const programmeInput = {
  names: localized('Healthcare Talents Visiting Programme 2027', '2027年醫療人才交流計劃', '2027年医疗人才交流计划'),
  direction: 'GD_TO_HK',
  startDate: '2027-01-04',
  endDate: '2027-12-31',
  status: 'OPEN',
  contactEmails: ['programme-office@ha.example'],
  contactLanguage: 'en',
};
const programme = { programmeId: ids.programme, ...programmeInput, ...meta(1) };

const credentialInput = {
  type: 'MCHK_LIMITED_REGISTRATION',
  number: 'LR-2027-0412',
  region: 'HK',
  validFrom: '2027-01-01',
  validTo: '2027-12-31',
};
const staffInput = {
  names: { en: 'LI Na', 'zh-Hans': '李娜' },
  email: 'li.na@gd-hospital.example',
  preferredLanguage: 'zh-Hans',
  discipline: 'DOCTOR',
  specialty: 'Cardiology',
  homeInstitutionId: ids.home,
};
const staff = {
  staffId: ids.staff,
  ...staffInput,
  homeRegion: 'GD',
  credentials: [{ credentialId: ids.credential, ...credentialInput }],
  ...meta(2),
};

const placementInput = {
  staffId: ids.staff,
  hostInstitutionId: ids.host,
  startDate: '2027-02-01',
  endDate: '2027-11-30',
  notes: 'Interested in interventional cardiology',
};
const placement = {
  placementId: ids.placement,
  programmeId: ids.programme,
  homeInstitutionId: ids.home,
  ...placementInput,
  status: 'ACCEPTED',
  ...meta(3),
};

const rotationInput = {
  departmentId: ids.medicine,
  startDate: '2027-03-01',
  endDate: '2027-05-31',
  activity: 'CLINICAL',
  supervisor: { name: 'Dr CHAN Tai Man', email: 'chan.tm@ha.example' },
};
const rotation = {
  rotationId: ids.rotation,
  placementId: ids.placement,
  programmeId: ids.programme,
  staffId: ids.staff,
  hostInstitutionId: ids.host,
  homeInstitutionId: ids.home,
  ...rotationInput,
  status: 'SCHEDULED',
  sequence: 0,
  ...meta(1),
};
const { supervisor: _supervisor, ...unsupervised } = rotation;
const secondRotation = {
  ...unsupervised,
  rotationId: 'rot_Se2Co4Nd6Ro8Ta1Ti3On',
  departmentId: ids.surgery,
  startDate: '2027-06-01',
  endDate: '2027-08-31',
  activity: 'OBSERVATION',
};
const rotationPlan = {
  placementId: ids.placement,
  items: [rotation, secondRotation].map((r, index) => ({
    index,
    rotationId: r.rotationId,
    ok: true,
    rotation: r,
    warnings: [],
  })),
};
const rotationLater = (status: string, version: number, extra: object = {}) => ({
  ...rotation,
  status,
  ...extra,
  ...meta(version),
});

const visitorSummary = {
  staffId: ids.staff,
  names: staffInput.names,
  discipline: 'DOCTOR',
  specialty: 'Cardiology',
  homeInstitutionId: ids.home,
  email: staffInput.email,
};

const importRecord = {
  importId: 'imp_Im9Po2Rt5Ya8Sd1Fg4Hj',
  programmeId: ids.programme,
  fileName: 'nominations-2027.csv',
  format: 'csv',
  encoding: 'gb18030',
  dateOrder: 'DMY',
  status: 'COMPLETED',
  createdBy: { sub: 'demo-pc', role: 'programme-coordinator' },
  createdAt: at,
  updatedAt: later,
  completedAt: later,
  version: 3,
  headers: ['英文姓名', '中文姓名（简体）', '电子邮箱'],
  total: 2,
  processed: 2,
  chunksDone: 1,
  chunks: 1,
  counts: { created: 1, nominated: 0, alreadyNominated: 0, rejected: 1 },
};
const importRows = [
  {
    row: 2,
    outcome: 'CREATED',
    name: 'LI Na 李娜',
    email: 'li.na@gd.example',
    staffId: ids.staff,
    placementId: ids.placement,
    problems: [],
  },
  {
    row: 3,
    outcome: 'REJECTED',
    name: 'ZHOU Wei 周伟',
    email: 'zhou.wei@gd.example',
    problems: [
      {
        field: 'startDate',
        column: '开始日期',
        code: 'NO_SUCH_DAY',
        message: 'Start date "2027-02-30" is not a date',
        details: { value: '2027-02-30' },
      },
    ],
  },
];
const importReport = {
  dryRun: true,
  valid: false,
  fileName: 'nominations-2027.csv',
  format: 'csv',
  encoding: {
    used: 'gb18030',
    basis: 'detected',
    candidates: [
      { encoding: 'gb18030', confidence: 92, names: ['LI Na / 李娜', 'ZHOU Wei / 周伟'] },
      { encoding: 'big5', confidence: 0, names: ['LI Na / 燴鞍', 'ZHOU Wei / 笚帤'] },
    ],
  },
  dateOrder: 'DMY',
  columns: { matched: [{ column: '电子邮箱', field: 'email' }], ignored: ['批次'], duplicates: [] },
  counts: { rows: 2, new: 1, personExists: 0, alreadyNominated: 0, invalid: 1 },
  rows: [
    { row: 2, outcome: 'NEW', name: 'LI Na 李娜', email: 'li.na@gd.example', problems: [] },
    { ...importRows[1], outcome: 'INVALID' },
  ],
};

const page = (item: object) => ({ items: [item], nextCursor: 'eyJQSyI6IlJPVCMxIn0' });
const dryRun = (result: object) => ({ dryRun: true, valid: true, warnings: [], result });

const CHANGE = 'Send the `ETag` of your last read as `If-Match`.';

const CALENDAR_HEADERS: Record<string, HeaderDocs> = {
  ETag: {
    description: 'Validator of the feed: send it as `If-None-Match` to get a 304 while nothing changed',
    required: true,
  },
  'Last-Modified': {
    description: 'When the feed last changed (an HTTP date), for `If-Modified-Since`',
    required: true,
    example: 'Mon, 02 Nov 2026 01:30:00 GMT',
  },
  'Cache-Control': { description: 'Private (the link is a credential) and the feed’s refresh interval' },
};

export const operationDocs: Record<string, OperationDocs> = {
  getHealth: {
    description: 'Answers 200 while the function runs; needs no token. For monitors and load balancers.',
    response: { status: 'ok', time: at },
  },
  getReadiness: {
    description:
      'Answers 200 when the table answers within 2.5 s, and 503 `SERVICE_UNAVAILABLE` (with `Retry-After`) when it does not; needs no token. For deployment checks and alarms.',
    response: { status: 'ready', time: at, checks: { table: 'ok' } },
  },
  getOpenApi: {
    description:
      'This document. Generate a client from it (`npm run client` does for TypeScript) or import it into Postman, Insomnia or Bruno.',
    response: { openapi: '3.1.0', info: { title: 'Talent Exchange Coordinator API', version: '1.0.0' } },
  },

  listInstitutions: {
    description: 'Host and home institutions, HK and GD, optionally of one region. Every signed-in role may list them.',
    query: { region: 'Only institutions of this region' },
    response: page(institution),
  },
  createInstitution: {
    description:
      'Registers a hospital. An HK institution names its HA cluster and no city; a GD institution names its city and no cluster. Its `contactEmails` hear of its visitors’ confirmations and declines, in `contactLanguage` unless a coordinator chose a language of their own (`PATCH /v1/me/email-settings`).',
    request: institutionInput,
    response: institution,
  },
  getInstitution: {
    description: 'One institution with its names in English, Traditional and Simplified Chinese.',
    pathExample: { institutionId: ids.host },
    response: institution,
  },
  updateInstitution: {
    description: `Changes an institution's names (the programme office only), or its \`contactEmails\` and the language emails to them are written in (\`contactLanguage\`, for contacts who chose none), which its own hospital coordinators may change too; \`contactLanguage: null\` takes the list's language away (all three languages). The next email follows. ${CHANGE}`,
    pathExample: { institutionId: ids.host },
    request: { contactLanguage: 'zh-Hant' },
    response: { ...institution, contactLanguage: 'zh-Hant', ...meta(2) },
    dryRunResponse: dryRun({ ...institution, contactLanguage: 'zh-Hant', ...meta(2) }),
  },
  listDepartments: {
    description: 'The departments of an institution with their capacities.',
    pathExample: { institutionId: ids.host },
    response: page(department),
  },
  createDepartment: {
    description:
      'Adds a department. `capacity` is how many visitors it can host on any one day (rule 4). A hospital coordinator adds departments of its own institution only.',
    pathExample: { institutionId: ids.host },
    request: departmentInput,
    response: department,
  },
  getDepartment: {
    description: 'One department.',
    pathExample: { departmentId: ids.medicine },
    response: department,
  },
  updateDepartment: {
    description: `Changes names, specialty or capacity. Lowering the capacity below what is already booked on some day is a 409 \`CAPACITY_EXCEEDED\` naming the days. ${CHANGE}`,
    pathExample: { departmentId: ids.medicine },
    request: { capacity: 6 },
    response: { ...department, capacity: 6, ...meta(2) },
    dryRunResponse: dryRun({ ...department, capacity: 6, ...meta(2) }),
  },
  getInstitutionOccupancy: {
    description:
      "The capacity heat map of a host: every department's booked places per day against its capacity, over at most 92 days, and who holds them.",
    pathExample: { institutionId: ids.host },
    query: { from: 'First day (YYYY-MM-DD)', to: 'Last day (YYYY-MM-DD), at most 92 days after from' },
    response: {
      institutionId: ids.host,
      from: '2027-03-01',
      to: '2027-03-01',
      departments: [{ department, days: [{ date: '2027-03-01', booked: 1, rotationIds: [ids.rotation] }] }],
      rotations: [
        {
          rotationId: ids.rotation,
          placementId: ids.placement,
          programmeId: ids.programme,
          staffId: ids.staff,
          visitor: staffInput.names,
          departmentId: ids.medicine,
          startDate: '2027-03-01',
          endDate: '2027-05-31',
          status: 'SCHEDULED',
          activity: 'CLINICAL',
        },
      ],
    },
  },
  getDepartmentOccupancy: {
    description:
      'For each day from `from` to `to` (at most about a year): live rotations booked, free places and which rotations. Read from the same day books that enforce capacity.',
    pathExample: { departmentId: ids.medicine },
    query: { from: 'First day (YYYY-MM-DD)', to: 'Last day (YYYY-MM-DD), not before from' },
    response: {
      departmentId: ids.medicine,
      capacity: 4,
      days: [{ date: '2027-03-01', booked: 1, free: 3, rotationIds: [ids.rotation] }],
    },
  },

  listProgrammes: {
    description: 'The exchange programmes, both directions.',
    response: page(programme),
  },
  createProgramme: {
    description:
      'Creates a programme: its direction (GD_TO_HK or HK_TO_GD) decides where visitors come from and go to (rule 6); its window bounds every placement (rule 1).',
    request: programmeInput,
    response: programme,
  },
  getProgramme: {
    description: 'One programme.',
    pathExample: { programmeId: ids.programme },
    response: programme,
  },
  updateProgramme: {
    description: `Changes names, window, status, contacts (\`contactEmails\`) or the language emails to them are written in (\`contactLanguage\`, for contacts who chose none; \`null\`: all three languages). Narrowing the window past a placement is a 409 naming it. ${CHANGE}`,
    pathExample: { programmeId: ids.programme },
    request: { status: 'CLOSED' },
    response: { ...programme, status: 'CLOSED', ...meta(2) },
    dryRunResponse: dryRun({ ...programme, status: 'CLOSED', ...meta(2) }),
  },

  listStaff: {
    description:
      'Visiting staff. A hospital coordinator sees the people its institution sends (asking for another home institution is a 403).',
    query: { homeInstitutionId: 'Only staff of this home institution' },
    response: page(staff),
  },
  createStaff: {
    description: 'Registers a visiting professional. Their home institution decides their home region (rule 6).',
    request: staffInput,
    response: { ...staff, credentials: [], ...meta(1) },
  },
  getStaff: {
    description: 'One staff member with their credentials. Visitors may read only their own record.',
    pathExample: { staffId: ids.staff },
    response: staff,
  },
  updateStaff: {
    description: `Coordinators may change any field; a visitor may change only their own \`email\`, \`phone\` and \`preferredLanguage\` (other fields are a 403). ${CHANGE}`,
    pathExample: { staffId: ids.staff },
    request: { preferredLanguage: 'zh-Hant', phone: '+852 2255 3838' },
    response: { ...staff, preferredLanguage: 'zh-Hant', phone: '+852 2255 3838', ...meta(3) },
  },
  addCredential: {
    description:
      'Records a registration, licence or permit. A CLINICAL rotation needs one valid in the host region for each of its days (rule 5); an entry permit should cover the placement (a warning).',
    pathExample: { staffId: ids.staff },
    request: credentialInput,
    response: staff,
  },
  getMe: {
    description:
      'The signed-in visitor: their profile, placements (newest first), the programmes, institutions and host departments those refer to (so one request names everything on a visitor’s page), and the link to subscribe to their rotations in a calendar app.',
    response: {
      staff,
      placements: [placement],
      programmes: [programme],
      institutions: [institution],
      departments: [department],
      calendarFeedUrl: `https://api.talent-exchange.example.org/v1/staff/${ids.staff}/calendar.ics?token=Xk3v9Tn4XeYbR1aLpWq7`,
    },
  },
  listMyRotations: {
    description: "The signed-in visitor's rotations, across placements, by start date.",
    response: page(rotation),
  },
  revokeMyCalendarFeed: {
    description:
      'Stops the current calendar link at once (e.g. shared by mistake) and answers a new one; calendars must subscribe again.',
    response: {
      calendarFeedUrl: `https://api.talent-exchange.example.org/v1/staff/${ids.staff}/calendar.ics?token=Pq8w2Er5Ty1Ui4Op7As0`,
    },
  },
  getMyEmailSettings: {
    description:
      'The signed-in coordinator’s email settings, kept under the address their sign-in carries: the language they chose for their emails (`language`) and the one their sign-in carries (`signInLanguage`, from the ID token’s `locale`, recorded here when it changes). Emails to that address are written in the chosen language, else the sign-in’s, else the language of the contact list it is on (`contactLanguage` of the programme or hospital), else in all three. `version` 0: nothing stored yet (its `ETag` is `"0"`).',
    response: {
      email: 'qmh-exchange@ha.example',
      signInLanguage: 'zh-Hant',
      version: 1,
      updatedAt: at,
    },
  },
  updateMyEmailSettings: {
    description: `Chooses the language of the coordinator’s emails; \`null\` goes back to the sign-in’s (else the contact list’s). ${CHANGE}`,
    request: { language: 'en' },
    response: {
      email: 'qmh-exchange@ha.example',
      language: 'en',
      signInLanguage: 'zh-Hant',
      version: 2,
      updatedAt: later,
    },
  },
  getCalendarFeed: {
    headers: CALENDAR_HEADERS,
    responses: {
      '304': {
        description: 'Not modified: the feed is what `If-None-Match` or `If-Modified-Since` names; no body',
        headers: CALENDAR_HEADERS,
      },
    },
    description:
      'The visitor’s rotations as an iCalendar (RFC 5545) feed, in Hong Kong time, with `SEQUENCE` bumped on every change so calendar apps update the event.',
    pathExample: { staffId: ids.staff },
    query: { token: 'The signature part of the link (from GET /v1/me)' },
    response:
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Talent Exchange//EN\r\nBEGIN:VEVENT\r\nUID:rot_Ro5Ta8Ti1On4Qw7Er2Ty@talent-exchange\r\nSEQUENCE:0\r\nDTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270601\r\nSUMMARY:Cardiology — Queen Mary Hospital\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
  },
  headCalendarFeed: {
    description:
      'The headers `GET` would answer (`ETag`, `Last-Modified`, `Content-Length`), without the body: calendar apps ask it to learn whether the feed changed.',
    pathExample: { staffId: ids.staff },
    query: { token: 'The signature part of the link (from GET /v1/me)' },
    headers: { ...CALENDAR_HEADERS, 'Content-Length': { description: 'Size of the feed GET would answer' } },
    responses: {
      '304': {
        description: 'Not modified: the feed is what `If-None-Match` or `If-Modified-Since` names',
        headers: CALENDAR_HEADERS,
      },
    },
  },

  listProgrammeVisitors: {
    description:
      "The visitors list of the console: a programme's placements with the person, rotation counts and what needs attention, filtered by state, host, discipline, specialty, attention flag or a name in any script (`q`). One page holds a whole intake (up to 400 rows), so the screen costs one request. A hospital coordinator sees the placements its institution hosts or sends.",
    pathExample: { programmeId: ids.programme },
    query: {
      status: 'Only placements in this state',
      hostInstitutionId: 'Only placements at this host',
      discipline: 'Only visitors of this discipline',
      specialty: 'Only visitors of this specialty',
      q: 'A name in any script, or an email, or part of one',
      flag: 'Only placements that need this attention',
    },
    response: {
      items: [
        {
          placement,
          visitor: visitorSummary,
          rotationCounts: { SCHEDULED: 1, CONFIRMED: 2, DECLINED: 0, CANCELLED: 0, COMPLETED: 0 },
          flags: ['awaitingConfirmation'],
        },
      ],
      total: 1,
    },
  },
  getProgrammeOverview: {
    description:
      'A programme at a glance for its coordinators: placements per state, and each figure that needs attention (rotations awaiting confirmation, declined rotations with their reasons, starts in the next 30 days, entry-permit warnings) as a count with up to 50 entries behind it.',
    pathExample: { programmeId: ids.programme },
    response: {
      programmeId: ids.programme,
      today: '2027-02-15',
      visitors: 1,
      pipeline: [{ status: 'ACCEPTED', count: 1 }],
      awaitingConfirmation: {
        count: 1,
        items: [
          {
            placementId: ids.placement,
            staffId: ids.staff,
            visitor: staffInput.names,
            hostInstitutionId: ids.host,
            startDate: '2027-03-01',
            endDate: '2027-05-31',
            status: 'SCHEDULED',
            rotationId: ids.rotation,
            departmentId: ids.medicine,
            department: departmentInput.names,
          },
        ],
      },
      declinedRotations: { count: 0, items: [] },
      startingSoon: { count: 0, items: [] },
      permitWarnings: { count: 0, items: [] },
    },
  },
  getProgrammeSchedule: {
    description:
      "The schedule board: each visitor's placement with its rotations, and every department those rotations use, in one request for a whole intake.",
    pathExample: { programmeId: ids.programme },
    response: {
      programmeId: ids.programme,
      items: [
        {
          placement,
          visitor: visitorSummary,
          rotations: [rotation],
        },
      ],
      departments: [department],
    },
  },

  listPlacements: {
    description:
      "A programme's placements, optionally of one status. A hospital coordinator sees those its institution hosts or sends.",
    pathExample: { programmeId: ids.programme },
    query: { status: 'Only placements in this state' },
    response: page(placement),
  },
  createPlacement: {
    description:
      'Nominates a staff member for a placement at a host institution (status NOMINATED). Checked against rules 1 (inside the programme window), 5 (entry permit, a warning) and 6 (direction); `?dryRun=true` answers the verdict only.',
    pathExample: { programmeId: ids.programme },
    request: placementInput,
    response: { ...placement, status: 'NOMINATED', ...meta(1) },
    dryRunResponse: dryRun({ ...placement, status: 'NOMINATED', ...meta(1) }),
  },
  getPlacement: {
    description: "One placement. Visitors see their own, without the coordinators' notes.",
    pathExample: { placementId: ids.placement },
    response: placement,
  },
  updatePlacement: {
    description: `Changes the period or the notes. A period that no longer holds its rotations is a 409 naming them. ${CHANGE}`,
    pathExample: { placementId: ids.placement },
    errors: ['INVALID_TRANSITION'],
    request: { endDate: '2027-12-15' },
    response: { ...placement, endDate: '2027-12-15', ...meta(4) },
    dryRunResponse: dryRun({ ...placement, endDate: '2027-12-15', ...meta(4) }),
  },
  transitionPlacement: {
    description: `Moves a placement through its lifecycle: a coordinator \`offer\`s, the visitor \`accept\`s or \`decline\`s (a coordinator may record it on their behalf; the audit says so), then \`activate\`, \`complete\`; \`withdraw\` or \`cancel\` before completion. Any other move is a 409 \`INVALID_TRANSITION\`. ${CHANGE}`,
    pathExample: { placementId: ids.placement },
    errors: ['INVALID_TRANSITION'],
    request: { action: 'accept' },
    response: placement,
    dryRunResponse: dryRun(placement),
  },
  getPlacementHistory: {
    description: 'The audit trail of a placement and its rotations, newest first: who changed what, before and after.',
    pathExample: { placementId: ids.placement },
    response: page({
      auditId: ids.audit,
      placementId: ids.placement,
      at: later,
      actor: { sub: 'pc-office-1', role: 'programme-coordinator' },
      action: 'placement.offered',
      entityType: 'placement',
      entityId: ids.placement,
      before: { status: 'NOMINATED' },
      after: { status: 'OFFERED' },
    }),
  },
  listPlacementNotifications: {
    description: 'Every email decided about this placement, with its delivery status and attempts.',
    pathExample: { placementId: ids.placement },
    response: page({
      notificationId: `${ids.audit}#li.na@gd-hospital.example`,
      placementId: ids.placement,
      auditId: ids.audit,
      recipient: 'li.na@gd-hospital.example',
      template: 'placement.offered',
      language: 'zh-Hans',
      subject: '交流岗位邀请：玛丽医院',
      sentAt: later,
      status: 'SENT',
      attempts: 1,
      createdAt: later,
      updatedAt: later,
    }),
  },

  redrivePlacementNotifications: {
    description:
      'A coordinator asks for the emails about this placement that failed (SES down, or given up after their last retry) to be tried again now. They are due at once; the re-drive job, which runs every minute, sends them in the order of the changes they report. Emails sent, suppressed or being sent are left alone: nothing is sent twice. Answers the notifications re-driven (none when nothing failed).',
    pathExample: { placementId: ids.placement },
    responseDescription: 'Accepted: the failed emails are due again',
    response: {
      items: [
        {
          notificationId: `${ids.audit}#li.na@gd-hospital.example`,
          placementId: ids.placement,
          auditId: ids.audit,
          recipient: 'li.na@gd-hospital.example',
          template: 'rotationChanged',
          language: 'zh-Hans',
          subject: '轮转调整：心脏科',
          status: 'FAILED',
          attempts: 3,
          lastError: 'ServiceUnavailable: connect ECONNREFUSED',
          nextAttemptAt: later,
          changeAt: later,
          history: [
            { at: later, result: 'FAILED', detail: 'ServiceUnavailable: connect ECONNREFUSED' },
            { at: later, result: 'REDRIVE_REQUESTED', detail: 'by pc-office-1' },
          ],
          createdAt: later,
          updatedAt: later,
        },
      ],
    },
  },

  listRotations: {
    description: "A placement's rotations by start date.",
    pathExample: { placementId: ids.placement },
    response: page(rotation),
  },
  createRotation: {
    description:
      'Schedules a rotation (status SCHEDULED) in a department of the host institution. Checked against every rule at once — inside the placement, department at the host, no overlap for the person, department capacity on every day, credentials for CLINICAL work — and a 409 lists each broken one. `?dryRun=true` answers the verdict only.',
    pathExample: { placementId: ids.placement },
    request: rotationInput,
    response: rotation,
    dryRunResponse: dryRun(rotation),
  },
  scheduleRotationPlan: {
    description: `Schedules several rotations of one placement at once (a rotation plan): all of them, or none. Each is checked against every rule a single rotation is (\`POST /v1/placements/{placementId}/rotations\`), with the plan's other rotations counted as already booked: two of them on the same days are a \`ROTATION_OVERLAP\`, and together they may not fill a department past its capacity on any day (\`CAPACITY_EXCEEDED\`). When any rotation breaks a rule, nothing is written and the 409 \`RULE_VIOLATION\` carries \`items\`: each rotation's verdict in the order sent (\`ok\`, its \`violations\`), besides \`violations\`, every broken rule. \`?dryRun=true\` answers the same verdict and writes nothing.

The plan is one transaction, with the same conditions as a single rotation's, so a rotation booked by someone else at the same moment cannot make it break a rule: it is checked again on fresh reads. The visitor gets **one** email listing the plan's rotations (once the placement is offered), not one per rotation.

**Limits:** at most ${MAX_PLAN_ROTATIONS} rotations; and since one transaction writes at most 100 records (a rotation takes up to 6 within one calendar month, 2 more for each further month it spans), a plan of long rotations may fit fewer. Either is a 413 \`TOO_MANY_ROTATIONS\` whose \`maxRotations\` says how many of these rotations fit in one plan.`,
    pathExample: { placementId: ids.placement },
    errors: ['TOO_MANY_ROTATIONS'],
    request: {
      rotations: [
        rotationInput,
        { departmentId: ids.surgery, startDate: '2027-06-01', endDate: '2027-08-31', activity: 'OBSERVATION' },
      ],
    },
    response: rotationPlan,
    dryRunResponse: dryRun(rotationPlan),
  },
  getRotation: {
    description: 'One rotation. Its `ETag` is what a change needs as `If-Match`.',
    pathExample: { rotationId: ids.rotation },
    response: rotation,
  },
  updateRotation: {
    description: `Reschedules or changes a rotation. New dates or a new department put a CONFIRMED rotation back to SCHEDULED (to be confirmed again) and bump its \`sequence\`; the visitor gets an email with old → new. ${CHANGE}`,
    pathExample: { rotationId: ids.rotation },
    errors: ['INVALID_TRANSITION'],
    request: { startDate: '2027-03-08', endDate: '2027-06-06' },
    response: rotationLater('SCHEDULED', 2, { startDate: '2027-03-08', endDate: '2027-06-06', sequence: 1 }),
    dryRunResponse: dryRun(
      rotationLater('SCHEDULED', 2, { startDate: '2027-03-08', endDate: '2027-06-06', sequence: 1 }),
    ),
  },
  cancelRotation: {
    description: `Cancels a rotation (status CANCELLED; the record stays) and frees its days. ${CHANGE}`,
    pathExample: { rotationId: ids.rotation },
    errors: ['INVALID_TRANSITION'],
    response: rotationLater('CANCELLED', 2),
    dryRunResponse: dryRun(rotationLater('CANCELLED', 2)),
  },
  confirmRotation: {
    description: `The visitor confirms a SCHEDULED rotation (a coordinator may on their behalf; the audit says so). ${CHANGE}`,
    pathExample: { rotationId: ids.rotation },
    errors: ['INVALID_TRANSITION'],
    response: rotationLater('CONFIRMED', 2),
  },
  declineRotation: {
    description: `The visitor declines a rotation with a reason; the coordinators get an email with it. ${CHANGE}`,
    pathExample: { rotationId: ids.rotation },
    errors: ['INVALID_TRANSITION'],
    request: { reason: 'Family emergency in March; could it start in April?' },
    response: rotationLater('DECLINED', 2, { declineReason: 'Family emergency in March; could it start in April?' }),
  },

  // ---------- batch work ----------
  listImports: {
    description:
      "A programme's spreadsheet imports, newest first: who uploaded which file when, its status and counts.",
    pathExample: { programmeId: ids.programme },
    response: page(importRecord),
  },
  createImport: {
    description: `Imports nominations (person, up to three credentials, placement) from a CSV or XLSX file sent base64 in JSON (\`contentEncoding: "gzip"\` when the client compressed it first). Columns are matched by header in English, Traditional or Simplified Chinese; extra columns are ignored. CSV encodings UTF-8 (with or without BOM), GB18030/GBK and Big5 are detected (\`encoding\` overrides); dates may be ISO, Excel serials, 2027/3/1 or 2027年3月1日, and a date written with the year last is read day first (\`dateOrder: "MDY"\` to change).

**Dry run first** (\`?dryRun=true\`): the report per row — each problem with its column and a stable code (the API's rule codes for broken rules) — and, for a CSV, what each candidate encoding reads; nothing is written. **Commit** (no dryRun): the file's rows are stored with the import (201), then written by \`POST /v1/imports/{importId}/process\`, a chunk per call, each row in one transaction through the same rules as the single-item routes. A person is matched by email and a nomination by programme + person, so uploading a file again creates no duplicate.

**Limits**: 5 MB and 500 rows per file; the request body at most 6,000,000 bytes (Lambda takes 6 MB per request). Send a larger file gzip-compressed, or — an XLSX over about 4.4 MB, which is compressed already — post it to storage first (\`POST /v1/programmes/{programmeId}/imports/uploads\`) and send \`{ fileName, uploadId }\` instead of \`content\`. A formula cell, a macro workbook, a zip bomb or a damaged file is refused whole.`,
    pathExample: { programmeId: ids.programme },
    errors: [
      'FILE_TOO_LARGE',
      'TOO_MANY_ROWS',
      'FILE_MALFORMED',
      'FILE_TYPE_NOT_SUPPORTED',
      'MACROS_NOT_ALLOWED',
      'FORMULAS_NOT_ALLOWED',
      'COLUMNS_MISSING',
      'FILE_EMPTY',
    ],
    request: {
      fileName: 'nominations-2027.csv',
      content: 'RW1haWwsTmFtZSAoRW5nbGlzaCkK',
      encoding: 'gb18030',
    },
    response: importRecord,
    dryRunResponse: importReport,
  },
  createImportUploadForm: {
    description:
      'A presigned form to post a file too large to travel inside a request (over about 4.4 MB once base64-encoded) straight to storage. Post `fields` and then the file (as `file`) as multipart/form-data to `url` before `expiresAt`; storage itself refuses a file over `maxBytes`. Then dry-run and commit the import with `{ fileName, uploadId }` in place of `content`. The stored copy is removed once the import is committed, and after a day in any case.',
    pathExample: { programmeId: ids.programme },
    errors: ['FILE_TOO_LARGE', 'FILE_TYPE_NOT_SUPPORTED', 'MACROS_NOT_ALLOWED'],
    request: { fileName: 'nominations-2027.xlsx', size: 4_800_000 },
    response: {
      uploadId: 'upl_8fK2mQ0rX1aB4cD7eF9gH2',
      url: 'https://talent-exchange-uploads.s3.ap-east-1.amazonaws.com/',
      fields: {
        key: `imports/${ids.programme}/upl_8fK2mQ0rX1aB4cD7eF9gH2`,
        Policy: 'eyJleHBpcmF0aW9uIjoi…',
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Credential': 'ASIA…/20270301/ap-east-1/s3/aws4_request',
        'X-Amz-Date': '20270301T020000Z',
        'X-Amz-Signature': '5d3c…',
      },
      expiresAt: '2027-03-01T02:15:00.000Z',
      maxBytes: 5_242_880,
    },
  },
  getImportTemplate: {
    description:
      'The nominations template: the columns the import reads (headers in `lang`, mandatory ones marked *), drop-down lists for coded columns and institutions, and instructions in English, Traditional and Simplified Chinese.',
    pathExample: { programmeId: ids.programme },
    query: { lang: 'Language of the headers and lists: en (default), zh-Hant or zh-Hans' },
    response: '(XLSX workbook)',
  },
  getImport: {
    description:
      'An import with the outcome of each row (PENDING until processed) and what was wrong with the rows not written.',
    pathExample: { importId: ids.import },
    response: { ...importRecord, rows: importRows },
  },
  processImport: {
    description:
      'Writes the next chunk of rows of an import (each row its own transaction) and answers its progress; call until `status` is COMPLETED. A completed import is answered as it is.',
    pathExample: { importId: ids.import },
    response: importRecord,
  },
  getRejectedRowsXlsx: {
    description:
      'The rows not imported, as uploaded, with an error column: fix them and upload the file again (the error column is ignored, rows already imported are recognised).',
    pathExample: { importId: ids.import },
    response: '(XLSX workbook)',
  },
  getRejectedRowsCsv: {
    description: 'The rows not imported, as uploaded, with an error column, as CSV in UTF-8 with a BOM.',
    pathExample: { importId: ids.import },
    response: 'Email,Name (English),Errors / 錯誤 / 错误,Row in the original file\r\n',
  },
  bulkTransitionPlacements: {
    description:
      'Offers, withdraws or cancels many placements of the programme in one request. Each item is the single-item transition — same permissions, same rules, its own transaction — checked against the `version` given for it (its If-Match). Each item is reported with its status and problem code; one refused item does not stop the others. A placement of another programme is reported as 404 `NOT_FOUND` and left alone. With `?dryRun=true` nothing is written and each item says whether it would succeed.',
    pathExample: { programmeId: ids.programme },
    request: { action: 'offer', items: [{ placementId: ids.placement, version: 1 }] },
    response: {
      results: [
        {
          placementId: ids.placement,
          ok: true,
          status: 200,
          placement: { ...placement, status: 'OFFERED', ...meta(2) },
        },
      ],
      succeeded: 1,
      failed: 0,
    },
  },
  exportRosterXlsx: {
    description:
      "The programme roster: one row per rotation (a placement without rotations has one row), with the visitor's names in three scripts, discipline, home and host institution, department, dates, activity, placement and rotation state and confirmation. Hospital coordinators get only what their institution hosts or sends. Cells that a spreadsheet would run as a formula are written with a leading apostrophe.",
    pathExample: { programmeId: ids.programme },
    query: { lang: 'Language of the headers, institution and department names: en (default), zh-Hant or zh-Hans' },
    response: '(XLSX workbook)',
  },
  exportRosterCsv: {
    description: 'The programme roster as CSV in UTF-8 with a BOM (so Excel shows Chinese), formula-injection safe.',
    pathExample: { programmeId: ids.programme },
    query: { lang: 'Language of the headers, institution and department names: en (default), zh-Hant or zh-Hans' },
    response: 'Name (English),Name (Traditional Chinese),Name (Simplified Chinese)\r\n',
  },
  getProgrammeReport: {
    description:
      "Visitors by discipline × host cluster (or city) × month, placements and rotations by state, and declined rotations with their reasons: the programme office's returns and the overview's charts. Confined for hospital coordinators.",
    pathExample: { programmeId: ids.programme },
    response: {
      programmeId: ids.programme,
      months: ['2027-03'],
      visitors: [{ discipline: 'NURSE', cluster: 'KC', month: '2027-03', visitors: 12 }],
      placementsByStatus: { ACCEPTED: 12 },
      rotationsByStatus: { CONFIRMED: 20, DECLINED: 1 },
      declines: [
        {
          rotationId: ids.rotation,
          placementId: ids.placement,
          staffName: 'LI Na',
          department: 'Medicine',
          startDate: '2027-03-01',
          endDate: '2027-05-31',
          reason: 'Family emergency in March',
        },
      ],
    },
  },
  exportProgrammeReportXlsx: {
    description:
      'The programme report as XLSX: visitors by discipline × host cluster × month, states, declines with reasons.',
    pathExample: { programmeId: ids.programme },
    query: { lang: 'Language of the headers: en (default), zh-Hant or zh-Hans' },
    response: '(XLSX workbook)',
  },
  exportOccupancyXlsx: {
    description:
      "A host hospital's departments for a month: capacity, the busiest day, and how many visitors each day holds. For the programme office and that hospital's coordinators.",
    pathExample: { institutionId: ids.host },
    query: {
      month: 'The month, YYYY-MM',
      lang: 'Language of the headers and department names: en (default), zh-Hant or zh-Hans',
    },
    response: '(XLSX workbook)',
  },
};
