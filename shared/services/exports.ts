/**
 * Exports: the programme roster (one row per rotation), a host hospital's department occupancy
 * for a month, and the programme report for the programme office's returns. Each reads whole
 * lists page by page (placements and rotations of the programme through their indexes) and the
 * people, departments and institutions they name in batches of 100, so the number of DynamoDB
 * calls grows with pages, never one per visitor. Hospital coordinators get only what their
 * institution hosts or sends.
 */
import type { Principal } from '../auth/principal';
import { authorizeInstitutionOccupancy, canSeePlacement, confinedInstitution } from '../auth/policy';
import type * as z from 'zod/mini';
import type {
  Department,
  Institution,
  Language,
  Placement,
  ProgrammeReport as ProgrammeReportSchema,
  Rotation,
  Staff,
} from '../schemas';
import { keys } from '../table';
import { eachDay, monthsOf, overlaps } from '../domain/dates';
import { AppError } from '../errors';
import type { OutSheet } from '../batch/files';
import { allInstitutions, readEntities } from '../repository/imports';
import { exportReads } from '../repository/exports';
import { getProgramme } from './programmes';

type Words = Record<Language, string>;
const w = (en: string, hant: string, hans: string): Words => ({ en, 'zh-Hant': hant, 'zh-Hans': hans });

const ROSTER_HEADERS: Words[] = [
  w('Name (English)', '英文姓名', '英文姓名'),
  w('Name (Traditional Chinese)', '中文姓名（繁體）', '中文姓名（繁体）'),
  w('Name (Simplified Chinese)', '中文姓名（簡體）', '中文姓名（简体）'),
  w('Email', '電郵', '电子邮箱'),
  w('Discipline', '職系', '职系'),
  w('Specialty', '專科', '专科'),
  w('Home institution', '所屬機構', '所属机构'),
  w('Host institution', '接收機構', '接收机构'),
  w('Host cluster or city', '聯網或城市', '联网或城市'),
  w('Department', '部門', '部门'),
  w('Rotation start', '輪換開始', '轮换开始'),
  w('Rotation end', '輪換結束', '轮换结束'),
  w('Activity', '活動', '活动'),
  w('Placement start', '派駐開始', '派驻开始'),
  w('Placement end', '派駐結束', '派驻结束'),
  w('Placement state', '派駐狀態', '派驻状态'),
  w('Rotation state', '輪換狀態', '轮换状态'),
  w('Confirmation', '確認', '确认'),
  w('Decline reason', '婉拒原因', '婉拒原因'),
  w('Placement ID', '派駐編號', '派驻编号'),
  w('Rotation ID', '輪換編號', '轮换编号'),
];

const CONFIRMATION: Record<Rotation['status'], Words> = {
  SCHEDULED: w('Awaiting confirmation', '待確認', '待确认'),
  CONFIRMED: w('Confirmed', '已確認', '已确认'),
  DECLINED: w('Declined', '已婉拒', '已婉拒'),
  CANCELLED: w('Cancelled', '已取消', '已取消'),
  COMPLETED: w('Completed', '已完成', '已完成'),
};

interface ProgrammeWorld {
  placements: Placement[];
  rotations: Rotation[];
  staff: Map<string, Staff>;
  institutions: Map<string, Institution>;
  departments: Map<string, Department>;
}

/** Everything a programme export shows, confined to what the caller may see. */
async function programmeWorld(principal: Principal, programmeId: string): Promise<ProgrammeWorld> {
  const programme = await getProgramme(programmeId);
  const institutionId = confinedInstitution(principal);
  const [placementsAll, rotationsAll, institutionList] = await Promise.all([
    exportReads.placementsOfProgramme(programme.programmeId),
    exportReads.rotationsOfProgramme(programme.programmeId),
    allInstitutions(),
  ]);
  const visible = (p: Pick<Placement, 'hostInstitutionId' | 'homeInstitutionId' | 'staffId'>) =>
    institutionId === undefined || canSeePlacement(principal, p);
  const placements = placementsAll.filter(visible);
  const rotations = rotationsAll.filter(visible);
  const staffIds = [...new Set(placements.map((p) => p.staffId))];
  const departmentIds = [...new Set(rotations.map((r) => r.departmentId))];
  const [staff, departments] = await Promise.all([
    readEntities<Staff>(staffIds.map((id) => keys.staff(id))),
    readEntities<Department>(departmentIds.map((id) => keys.department(id))),
  ]);
  return {
    placements,
    rotations,
    staff: new Map(staff.map((s) => [s.staffId, s])),
    institutions: new Map(institutionList.map((i) => [i.institutionId, i])),
    departments: new Map(departments.map((d) => [d.departmentId, d])),
  };
}

const clusterOf = (i: Institution | undefined) => i?.cluster ?? i?.city ?? '';

export async function rosterSheet(principal: Principal, programmeId: string, language: Language): Promise<OutSheet> {
  const world = await programmeWorld(principal, programmeId);
  const rotationsOf = new Map<string, Rotation[]>();
  for (const r of world.rotations) rotationsOf.set(r.placementId, [...(rotationsOf.get(r.placementId) ?? []), r]);
  const name = (i: Institution | undefined) => i?.names[language] ?? '';
  const rows: (string | null)[][] = [];
  const sorted = [...world.placements].sort((a, b) => {
    const sa = world.staff.get(a.staffId)?.names;
    const sb = world.staff.get(b.staffId)?.names;
    return (
      (sa?.en ?? sa?.['zh-Hans'] ?? '').localeCompare(sb?.en ?? sb?.['zh-Hans'] ?? '') ||
      a.startDate.localeCompare(b.startDate)
    );
  });
  for (const placement of sorted) {
    const person = world.staff.get(placement.staffId);
    const host = world.institutions.get(placement.hostInstitutionId);
    const base = [
      person?.names.en ?? '',
      person?.names['zh-Hant'] ?? '',
      person?.names['zh-Hans'] ?? '',
      person?.email ?? '',
      person?.discipline ?? '',
      person?.specialty ?? '',
      name(world.institutions.get(placement.homeInstitutionId)),
      name(host),
      clusterOf(host),
    ];
    const rotations = (rotationsOf.get(placement.placementId) ?? []).sort((a, b) =>
      a.startDate.localeCompare(b.startDate),
    );
    if (rotations.length === 0)
      rows.push([
        ...base,
        '',
        '',
        '',
        '',
        placement.startDate,
        placement.endDate,
        placement.status,
        '',
        '',
        '',
        placement.placementId,
        '',
      ]);
    for (const r of rotations)
      rows.push([
        ...base,
        world.departments.get(r.departmentId)?.names[language] ?? r.departmentId,
        r.startDate,
        r.endDate,
        r.activity,
        placement.startDate,
        placement.endDate,
        placement.status,
        r.status,
        CONFIRMATION[r.status][language],
        r.declineReason ?? '',
        placement.placementId,
        r.rotationId,
      ]);
  }
  return {
    name: language === 'en' ? 'Roster' : '名冊',
    headers: ROSTER_HEADERS.map((h) => h[language]),
    rows,
    widths: [22, 14, 14, 28, 16, 18, 30, 30, 10, 24, 12, 12, 12, 12, 12, 12, 12, 20, 30, 28, 28],
  };
}

// ---------- occupancy ----------

export async function occupancySheet(
  principal: Principal,
  institutionId: string,
  month: string,
  language: Language,
): Promise<OutSheet> {
  authorizeInstitutionOccupancy(principal, institutionId);
  const [institution] = await readEntities<Institution>([keys.institution(institutionId)]);
  if (!institution)
    throw new AppError('NOT_FOUND', `Institution ${institutionId} was not found`, {
      resource: 'Institution',
      id: institutionId,
    });
  const departments = await exportReads.departmentsOf(institutionId);
  const books = await exportReads.dayBooks(
    departments.map((d) => d.departmentId),
    month,
  );
  const days = [...eachDay(`${month}-01`, lastDayOf(month))];
  const headers = [
    w('Department', '部門', '部门')[language],
    w('Specialty', '專科', '专科')[language],
    w('Capacity', '容量', '容量')[language],
    w('Peak', '最高', '最高')[language],
    ...days.map((d) => d.slice(8)),
  ];
  const rows = departments.map((d) => {
    const booked = days.map((day) => books.get(d.departmentId)?.get(day)?.length ?? 0);
    return [d.names[language], d.specialty, d.capacity, Math.max(0, ...booked), ...booked];
  });
  return { name: `${month}`, headers, rows, widths: [30, 18, 9, 7, ...days.map(() => 4)] };
}

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

// ---------- the programme report ----------

const ENDED: readonly Placement['status'][] = ['DECLINED', 'WITHDRAWN', 'CANCELLED'];

export type ProgrammeReport = z.infer<typeof ProgrammeReportSchema>;

export async function programmeReport(principal: Principal, programmeId: string): Promise<ProgrammeReport> {
  const programme = await getProgramme(programmeId);
  const world = await programmeWorld(principal, programmeId);
  const months = monthsOf(programme.startDate, programme.endDate);
  const cells = new Map<string, number>();
  for (const p of world.placements) {
    if (ENDED.includes(p.status)) continue;
    const discipline = world.staff.get(p.staffId)?.discipline ?? 'UNKNOWN';
    const cluster = clusterOf(world.institutions.get(p.hostInstitutionId)) || 'UNKNOWN';
    for (const month of months) {
      if (!overlaps(p, { startDate: `${month}-01`, endDate: lastDayOf(month) })) continue;
      const key = `${discipline}|${cluster}|${month}`;
      cells.set(key, (cells.get(key) ?? 0) + 1);
    }
  }
  const tally = <T extends string>(values: T[]) =>
    values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
  return {
    programmeId,
    months,
    visitors: [...cells]
      .map(([key, visitors]) => {
        const [discipline, cluster, month] = key.split('|') as [string, string, string];
        return { discipline, cluster, month, visitors };
      })
      .sort(
        (a, b) =>
          a.month.localeCompare(b.month) ||
          a.discipline.localeCompare(b.discipline) ||
          a.cluster.localeCompare(b.cluster),
      ),
    placementsByStatus: tally(world.placements.map((p) => p.status)),
    rotationsByStatus: tally(world.rotations.map((r) => r.status)),
    declines: world.rotations
      .filter((r) => r.status === 'DECLINED')
      .map((r) => {
        const names = world.staff.get(r.staffId)?.names;
        return {
          rotationId: r.rotationId,
          placementId: r.placementId,
          staffName: names?.en ?? names?.['zh-Hant'] ?? names?.['zh-Hans'] ?? r.staffId,
          department: world.departments.get(r.departmentId)?.names.en ?? r.departmentId,
          startDate: r.startDate,
          endDate: r.endDate,
          reason: r.declineReason ?? '',
        };
      }),
  };
}

export function reportSheets(report: ProgrammeReport, language: Language): OutSheet[] {
  const combos = [...new Set(report.visitors.map((v) => `${v.discipline}|${v.cluster}`))].sort();
  const count = (combo: string, month: string) =>
    report.visitors.find((v) => `${v.discipline}|${v.cluster}` === combo && v.month === month)?.visitors ?? 0;
  return [
    {
      name: w('Visitors', '訪問人員', '访问人员')[language],
      headers: [
        w('Discipline', '職系', '职系')[language],
        w('Host cluster or city', '聯網或城市', '联网或城市')[language],
        ...report.months,
      ],
      rows: combos.map((combo) => [...combo.split('|'), ...report.months.map((m) => count(combo, m))]),
      widths: [18, 14, ...report.months.map(() => 9)],
    },
    {
      name: w('States', '狀態', '状态')[language],
      headers: [
        w('What', '項目', '项目')[language],
        w('State', '狀態', '状态')[language],
        w('Count', '數目', '数目')[language],
      ],
      rows: [
        ...Object.entries(report.placementsByStatus).map(([s, n]) => [w('Placements', '派駐', '派驻')[language], s, n]),
        ...Object.entries(report.rotationsByStatus).map(([s, n]) => [w('Rotations', '輪換', '轮换')[language], s, n]),
      ],
      widths: [14, 14, 8],
    },
    {
      name: w('Declines', '婉拒', '婉拒')[language],
      headers: [
        w('Visitor', '訪問人員', '访问人员')[language],
        w('Department', '部門', '部门')[language],
        w('Start', '開始', '开始')[language],
        w('End', '結束', '结束')[language],
        w('Reason', '原因', '原因')[language],
      ],
      rows: report.declines.map((d) => [d.staffName, d.department, d.startDate, d.endDate, d.reason]),
      widths: [24, 24, 12, 12, 50],
    },
  ];
}
