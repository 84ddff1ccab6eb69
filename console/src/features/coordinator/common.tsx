/**
 * What the coordinators' screens share: the page frame, the programme's tabs, state tags in
 * colours that are never the only cue, names of institutions, and broken rules in words.
 */
import { Alert, Tag, Typography } from 'antd';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useDates } from '../../app/dates';
import { describeError, type ProblemViolation, toApiError } from '../../app/errors';
import { useNames } from '../../app/names';
import { PageFrame } from '../../app/PageFrame';
import { type Department, type Institution, type PlacementStatus, type Rotation, useDepartments } from './queries';
import './load-strings';

/** The frame of a coordinator's screen: the shared page frame, at the full width tables need. */
export const CoordinatorPage = PageFrame;

/**
 * A table wider than a phone scrolls sideways inside this, not the page, and says so while it
 * does: otherwise its cut-off columns look like all there is. (antd's own scroll.x adds an
 * aria-hidden measuring row that axe reports; this needs none.)
 */
export function Wide(props: { minWidth: number; label: string; children: ReactNode }) {
  const { t } = useTranslation('coordinator');
  const region = useRef<HTMLElement>(null);
  const [narrower, setNarrower] = useState(false);
  useEffect(() => {
    const element = region.current;
    if (!element) return;
    const measure = () => setNarrower(element.clientWidth < props.minWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [props.minWidth]);
  return (
    <>
      {narrower && (
        <Typography.Text type="secondary" className="coord-x-hint">
          <span aria-hidden="true">↔ </span>
          {t('wide.scroll')}
        </Typography.Text>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus so the keyboard can scroll it */}
      <section ref={region} className="coord-x" aria-label={props.label} tabIndex={0}>
        <div style={{ minWidth: props.minWidth }}>{props.children}</div>
      </section>
    </>
  );
}

/** Text in the colour of its meaning, dark enough on white (antd's success/warning/danger are not). */
const TEXT_TONE = { success: '#135200', warning: '#7a4a00', danger: '#a8071a' } as const;
export function ToneText(props: { tone: keyof typeof TEXT_TONE; role?: string; children: ReactNode }) {
  return (
    <Typography.Text role={props.role} style={{ color: TEXT_TONE[props.tone] }}>
      {props.children}
    </Typography.Text>
  );
}

/** The programme's screens, as links (each is its own page and URL). */
export function ProgrammeTabs(props: { programmeId: string }) {
  const { t } = useTranslation('coordinator');
  const base = `/programmes/${props.programmeId}`;
  const tabs = [
    { to: base, label: t('tabs.overview'), end: true },
    { to: `${base}/placements`, label: t('tabs.visitors') },
    { to: `${base}/schedule`, label: t('tabs.schedule') },
    { to: `${base}/imports`, label: t('tabs.imports') },
  ];
  return (
    <nav aria-label={t('tabs.label')} className="coord-tabs">
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end={tab.end}>
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}

export const PLACEMENT_PIPELINE: PlacementStatus[] = ['NOMINATED', 'OFFERED', 'ACCEPTED', 'ACTIVE', 'COMPLETED'];
export const PLACEMENT_ENDED: PlacementStatus[] = ['DECLINED', 'WITHDRAWN', 'CANCELLED'];

/** Tag colours with text dark enough on their background (WCAG AA), the word always there too. */
export const TONES = {
  neutral: { color: '#333333', background: '#f0f0f0', borderColor: '#bfbfbf' },
  gold: { color: '#5c3800', background: '#fff4d6', borderColor: '#d48806' },
  blue: { color: '#0b3d75', background: '#e6f0fb', borderColor: '#69a1e0' },
  green: { color: '#0f5223', background: '#e8f6ec', borderColor: '#7cc08f' },
  cyan: { color: '#0b4a52', background: '#e2f5f7', borderColor: '#6cc2cc' },
  red: { color: '#7a1410', background: '#fdecea', borderColor: '#e08a84' },
  purple: { color: '#3d1f75', background: '#efe8fb', borderColor: '#a990dd' },
} as const;
export type Tone = keyof typeof TONES;

export function ToneTag(props: { tone: Tone; children: ReactNode }) {
  return <Tag style={TONES[props.tone]}>{props.children}</Tag>;
}

const PLACEMENT_COLOUR: Record<PlacementStatus, Tone> = {
  NOMINATED: 'neutral',
  OFFERED: 'gold',
  ACCEPTED: 'blue',
  ACTIVE: 'green',
  COMPLETED: 'cyan',
  DECLINED: 'red',
  WITHDRAWN: 'neutral',
  CANCELLED: 'neutral',
};

/** Rotation states: the board's bars and the tags share these (text always says the state too). */
export const ROTATION_COLOURS: Record<Rotation['status'], { background: string; border: string; text: string }> = {
  SCHEDULED: { background: '#fff4d6', border: '#ad6800', text: '#5c3800' },
  CONFIRMED: { background: '#d9f2e3', border: '#237a45', text: '#0f3d22' },
  DECLINED: { background: '#fde2e1', border: '#b42318', text: '#6b1410' },
  CANCELLED: { background: '#eeeeee', border: '#757575', text: '#333333' },
  COMPLETED: { background: '#e0ecf7', border: '#2f5f8a', text: '#153250' },
};

export function PlacementTag(props: { status: PlacementStatus }) {
  const { t } = useTranslation('coordinator');
  return <ToneTag tone={PLACEMENT_COLOUR[props.status]}>{t(`placementStatus.${props.status}`)}</ToneTag>;
}

export function RotationTag(props: { status: Rotation['status'] }) {
  const { t } = useTranslation('coordinator');
  const c = ROTATION_COLOURS[props.status];
  return (
    <Tag style={{ background: c.background, borderColor: c.border, color: c.text }}>
      {t(`rotationStatus.${props.status}`)}
    </Tag>
  );
}

/** Names of institutions and departments by id, in the reader's language. */
export function useLookup(institutions: Institution[] | undefined, departments: Department[] | undefined = []) {
  const name = useNames();
  const institutionById = new Map((institutions ?? []).map((i) => [i.institutionId, i]));
  const departmentById = new Map(departments.map((d) => [d.departmentId, d]));
  return {
    name,
    institution: (id: string) => institutionById.get(id),
    institutionName: (id: string) => name(institutionById.get(id)?.names) || id,
    department: (id: string) => departmentById.get(id),
    departmentName: (id: string) => name(departmentById.get(id)?.names) || id,
  };
}
export type Lookup = ReturnType<typeof useLookup>;

/** A host's departments, and the lookup that names them (the lookup given may not know them yet). */
export function useHostDepartments(lookup: Lookup, hostInstitutionId: string) {
  const departments = useDepartments(hostInstitutionId);
  const name = lookup.name;
  const withDepartments = useMemo(
    () => ({
      ...lookup,
      departmentName: (id: string) =>
        name(departments.data?.find((d) => d.departmentId === id)?.names) || lookup.departmentName(id),
    }),
    [lookup, departments.data, name],
  );
  return { departments, lookup: withDepartments };
}

/** What was just saved, said once, until dismissed. */
export function SavedNotice(props: { message: string | undefined; onDismiss: () => void }) {
  const { t } = useTranslation('coordinator');
  if (!props.message) return null;
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      title={props.message}
      closable={{ 'aria-label': t('schedule.dismiss') }}
      onClose={props.onDismiss}
    />
  );
}

type DayRange = { from: string; to: string };

/**
 * A broken rule in words, naming what it is about: which rotation it overlaps, which days are
 * full, which days no credential covers. Codes without details fall back to the shared wording.
 */
export function useViolationWords(
  lookup: Lookup,
  rotations: Pick<Rotation, 'rotationId' | 'departmentId' | 'startDate' | 'endDate'>[] = [],
) {
  const { t } = useTranslation('coordinator');
  const common = useTranslation().t;
  const dates = useDates();
  const days = (ranges: unknown) => {
    const list = Array.isArray(ranges) ? (ranges as DayRange[]) : [];
    const shown = list
      .slice(0, 4)
      .map((r) => (r.from === r.to ? dates.date(r.from) : dates.range(r.from, r.to)))
      .join(t('violation.separator'));
    return list.length > 4 ? t('violation.andMore', { list: shown, count: list.length - 4 }) : shown;
  };
  return (v: ProblemViolation): string => {
    const d = (v.details ?? {}) as Record<string, unknown>;
    switch (v.code) {
      case 'ROTATION_OVERLAP': {
        const other = rotations.find((r) => r.rotationId === d.conflictingRotationId);
        return other
          ? t('violation.overlapWith', {
              department: lookup.departmentName(other.departmentId),
              period: dates.range(other.startDate, other.endDate),
              days: days(d.days),
            })
          : t('violation.overlap', { days: days(d.days) });
      }
      case 'CAPACITY_EXCEEDED':
        return t('violation.capacity', {
          department: lookup.departmentName(String(d.departmentId ?? '')),
          count: Number(d.capacity ?? 0),
          days: days(d.days),
        });
      // Named with its region and days when the details came with it (a 409); else in general words (a list's flag).
      case 'CREDENTIAL_NOT_VALID':
        if (d.region && d.uncovered)
          return t('violation.credential', { region: common(`region.${String(d.region)}`), days: days(d.uncovered) });
        break;
      case 'ENTRY_PERMIT_NOT_COVERING':
        if (d.region && d.uncovered)
          return t('violation.permit', { region: common(`region.${String(d.region)}`), days: days(d.uncovered) });
        break;
      case 'OUTSIDE_PLACEMENT_PERIOD':
        return t('violation.outsidePlacement', {
          period: dates.range(String(d.placementStart), String(d.placementEnd)),
        });
      case 'DEPARTMENT_NOT_AT_HOST':
        return t('violation.notAtHost', { department: lookup.departmentName(String(d.departmentId ?? '')) });
      case 'ROTATION_TOO_LONG':
        return t('violation.tooLong', { count: Number(d.maxDays ?? 366) });
      default:
        break;
    }
    return (
      common(`errors.violations.${v.code}`, { defaultValue: '' }) || common('errors.violations.other', { code: v.code })
    );
  };
}

/** The violations of a refused write (409), or undefined for any other failure. */
export function violationsOf(error: unknown): ProblemViolation[] | undefined {
  const apiError = toApiError(error);
  return apiError.status === 409 && apiError.problem.violations?.length ? apiError.problem.violations : undefined;
}

export { describeError };
