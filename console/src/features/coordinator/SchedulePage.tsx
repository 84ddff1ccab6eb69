/**
 * /programmes/:programmeId/schedule: the schedule board. Visitors down, months across, each
 * rotation a bar coloured (and labelled) by its state, today marked. A bar opens the rotation
 * to move or stretch it; "Add rotation" on a row plans a new one; both are checked by a dry run
 * before saving (RotationEditor). One request for the whole board.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Space, Typography } from 'antd';
import { type CSSProperties, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { daysInclusive, todayInHongKong, useDates } from '../../app/dates';
import { LOCALE_OF } from '../../app/i18n';
import { useNames } from '../../app/names';
import { matchesName } from './search';
import { CoordinatorPage, ProgrammeTabs, ROTATION_COLOURS, SavedNotice, useLookup } from './common';
import { type EditorTarget, RotationEditor } from './RotationEditor';
import { type Rotation, type ScheduleRow, useInstitutions, useProgramme, useSchedule } from './queries';
import './coordinator.css';

const DAY_WIDTH = 4;

/** The first day of each month from start to end (YYYY-MM-DD). */
function monthsBetween(start: string, end: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const last = end.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(`${key}-01`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export default function SchedulePage() {
  const { programmeId = '' } = useParams();
  const { t } = useTranslation('coordinator');
  const programme = useProgramme(programmeId);
  const schedule = useSchedule(programmeId);
  const institutions = useInstitutions();
  const lookup = useLookup(institutions.data, schedule.data?.departments);
  const name = useNames();
  const dates = useDates();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<{ placementId: string; rotationId?: string }>();
  const [saved, setSaved] = useState<string>();
  const today = todayInHongKong();

  const rows = schedule.data?.items ?? [];
  const window = programme.data ? { start: programme.data.startDate, end: programme.data.endDate } : undefined;
  const shown = useMemo(() => rows.filter((row) => !filter.trim() || matchesName(filter, row.visitor)), [rows, filter]);

  // The editor follows the board's latest data: after a reload it edits the rotation's new version.
  const target: EditorTarget | undefined = useMemo(() => {
    if (!editing) return undefined;
    const row = rows.find((r) => r.placement.placementId === editing.placementId);
    if (!row) return undefined;
    const rotation = editing.rotationId ? row.rotations.find((r) => r.rotationId === editing.rotationId) : undefined;
    return {
      placement: row.placement,
      visitor: row.visitor,
      rotation,
      siblings: row.rotations.filter((r) => r.rotationId !== editing.rotationId),
    };
  }, [editing, rows]);

  const legend = (['SCHEDULED', 'CONFIRMED', 'DECLINED', 'COMPLETED'] as const).map((status) => (
    <span key={status} className="coord-bar-legend" style={legendStyle(status)} data-status={status}>
      {t(`rotationStatus.${status}`)}
    </span>
  ));

  return (
    <CoordinatorPage
      title={t('schedule.title')}
      subtitle={programme.data ? name(programme.data.names) : undefined}
      tabs={<ProgrammeTabs programmeId={programmeId} />}
      loading={schedule.isPending || programme.isPending}
      error={schedule.error ?? programme.error}
      onReload={() => void schedule.refetch()}
    >
      <Flex wrap gap={12} align="center" justify="space-between">
        <Input.Search
          aria-label={t('schedule.filter')}
          placeholder={t('schedule.filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          allowClear
          style={{ width: 260, maxWidth: '100%' }}
        />
        <Space wrap size={[8, 4]} aria-label={t('schedule.legend')} role="group">
          {legend}
          <span className="coord-today-legend">{t('schedule.today', { date: dates.shortDate(today) })}</span>
        </Space>
      </Flex>
      <SavedNotice message={saved} onDismiss={() => setSaved(undefined)} />
      {window && shown.length > 0 ? (
        <Board
          rows={shown}
          window={window}
          today={today}
          lookup={lookup}
          onOpen={(placementId, rotationId) => {
            setSaved(undefined);
            setEditing({ placementId, rotationId });
          }}
        />
      ) : (
        <Empty description={rows.length ? t('schedule.noMatch') : t('schedule.none')} />
      )}
      <RotationEditor
        target={target}
        lookup={lookup}
        onClose={() => setEditing(undefined)}
        onReload={() => void schedule.refetch()}
        onSaved={(message) => {
          setEditing(undefined);
          setSaved(message);
        }}
      />
    </CoordinatorPage>
  );
}

function legendStyle(status: Rotation['status']): CSSProperties {
  const c = ROTATION_COLOURS[status];
  return {
    background: c.background,
    border: `1px ${status === 'SCHEDULED' ? 'dashed' : 'solid'} ${c.border}`,
    color: c.text,
    borderRadius: 4,
    padding: '1px 6px',
    fontSize: 12,
  };
}

function Board(props: {
  rows: ScheduleRow[];
  window: { start: string; end: string };
  today: string;
  lookup: ReturnType<typeof useLookup>;
  onOpen: (placementId: string, rotationId?: string) => void;
}) {
  const { t, i18n } = useTranslation('coordinator');
  const dates = useDates();
  const name = useNames();
  const { start, end } = props.window;
  const totalDays = daysInclusive(start, end);
  const width = totalDays * DAY_WIDTH;
  const x = (date: string) => (daysInclusive(start, date) - 1) * DAY_WIDTH;
  const months = monthsBetween(start, end);
  const monthLabel = new Intl.DateTimeFormat(LOCALE_OF[i18n.language as 'en'] ?? 'en-HK', {
    month: 'short',
    year: 'numeric',
    timeZone: 'Asia/Hong_Kong',
  });
  const clamp = (date: string) => (date < start ? start : date > end ? end : date);
  const nameWidth = 'clamp(128px, 30vw, 220px)';
  const showToday = props.today >= start && props.today <= end;

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus so the keyboard can scroll it
    <section className="coord-scroll" aria-label={t('schedule.board')} tabIndex={0}>
      <div className="coord-board" style={{ width: `calc(${nameWidth} + ${width}px)` }}>
        <div className="coord-board-row" style={{ minHeight: 28, borderTop: 'none' }} aria-hidden="true">
          <div className="coord-board-name" style={{ width: nameWidth, fontWeight: 600 }}>
            {t('schedule.visitor')}
          </div>
          <div className="coord-board-track" style={{ width }}>
            {months.map((m, i) =>
              // A month with too little of it on the board (the window starts late in it) gets no label.
              daysInclusive(clamp(m), clamp(months[i + 1] ?? end)) < 18 ? null : (
                <span
                  key={m}
                  style={{
                    position: 'absolute',
                    left: Math.max(0, x(clamp(m))) + 4,
                    top: 5,
                    fontSize: 12,
                    color: '#595959',
                  }}
                >
                  {monthLabel.format(new Date(`${m}T00:00:00+08:00`))}
                </span>
              ),
            )}
          </div>
        </div>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('schedule.rows')}>
          {props.rows.map((row) => (
            <li key={row.placement.placementId} className="coord-board-row">
              <div className="coord-board-name" style={{ width: nameWidth }}>
                <Flex justify="space-between" align="center" gap={4}>
                  <Link to={`/placements/${row.placement.placementId}`} style={{ minWidth: 0 }}>
                    {name(row.visitor.names)}
                  </Link>
                  <Button
                    size="small"
                    type="text"
                    icon={<PlusOutlined />}
                    aria-label={t('schedule.add', { name: name(row.visitor.names) })}
                    title={t('schedule.add', { name: name(row.visitor.names) })}
                    onClick={() => props.onOpen(row.placement.placementId)}
                  />
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                  {props.lookup.institutionName(row.placement.hostInstitutionId)}
                </Typography.Text>
              </div>
              <div className="coord-board-track" style={{ width }}>
                {months.map((m) => (
                  <span key={m} className="coord-month" style={{ left: x(clamp(m)) }} />
                ))}
                <span
                  aria-hidden="true"
                  style={{
                    position: 'absolute',
                    top: 2,
                    bottom: 2,
                    left: x(clamp(row.placement.startDate)),
                    width: Math.max(
                      DAY_WIDTH,
                      daysInclusive(clamp(row.placement.startDate), clamp(row.placement.endDate)) * DAY_WIDTH,
                    ),
                    background: '#f4f9f9',
                    borderRadius: 4,
                  }}
                />
                {showToday && <span className="coord-today" style={{ left: x(props.today) }} />}
                {row.rotations.map((r) => {
                  const c = ROTATION_COLOURS[r.status];
                  const from = clamp(r.startDate);
                  const label = t('schedule.bar', {
                    department: props.lookup.departmentName(r.departmentId),
                    period: dates.range(r.startDate, r.endDate),
                    status: t(`rotationStatus.${r.status}`),
                  });
                  return (
                    <button
                      key={r.rotationId}
                      type="button"
                      className="coord-bar"
                      data-status={r.status}
                      data-rotation={r.rotationId}
                      aria-label={label}
                      title={label}
                      onClick={() => props.onOpen(row.placement.placementId, r.rotationId)}
                      style={{
                        left: x(from),
                        width: Math.max(DAY_WIDTH * 3, daysInclusive(from, clamp(r.endDate)) * DAY_WIDTH - 1),
                        background: c.background,
                        borderColor: c.border,
                        color: c.text,
                      }}
                    >
                      {props.lookup.departmentName(r.departmentId)}
                      <br />
                      <span style={{ fontSize: 10 }}>{t(`rotationShort.${r.status}`)}</span>
                    </button>
                  );
                })}
              </div>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
