/**
 * /programmes/:programmeId/placements: the programme's visitors and their placements, filtered
 * (state, host, discipline, specialty, attention, names in any script; the query string carries
 * the filters, so the overview’s figures link here), with offer, withdraw or cancel on a selection,
 * each row's result reported on the row. One request for the list whatever its length.
 */
import { Alert, Button, Flex, Input, Modal, Progress, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePrincipal } from '../../app/auth';
import { useDates } from '../../app/dates';
import { ApiError, describeError, type ProblemViolation } from '../../app/errors';
import { useNames } from '../../app/names';
import { CoordinatorPage, PlacementTag, ProgrammeTabs, ToneTag, ToneText, useLookup, Wide } from './common';
import {
  type AttentionFlag,
  type Discipline,
  type BulkAction,
  type BulkItemResult,
  type PlacementStatus,
  useBulkTransition,
  useInstitutions,
  useProgramme,
  useVisitors,
  type VisitorFilters,
  type VisitorRow,
} from './queries';
import './coordinator.css';

const STATUSES: PlacementStatus[] = [
  'NOMINATED',
  'OFFERED',
  'ACCEPTED',
  'ACTIVE',
  'COMPLETED',
  'DECLINED',
  'WITHDRAWN',
  'CANCELLED',
];
const DISCIPLINES: Discipline[] = ['DOCTOR', 'NURSE', 'CHINESE_MEDICINE', 'ALLIED_HEALTH', 'PHARMACIST'];
const FLAGS: AttentionFlag[] = ['awaitingConfirmation', 'declinedRotation', 'startingSoon', 'permitWarning'];
/** Which placements each action applies to (the API refuses the rest; we say so before asking). */
const ACTION_FROM: Record<BulkAction, PlacementStatus[]> = {
  offer: ['NOMINATED'],
  withdraw: ['NOMINATED', 'OFFERED', 'ACCEPTED', 'ACTIVE'],
  cancel: ['NOMINATED', 'OFFERED', 'ACCEPTED', 'ACTIVE'],
};
const ACTIONS: BulkAction[] = ['offer', 'withdraw', 'cancel'];

type RowResult = { ok: true; action: BulkAction } | { ok: false; message: string };

function filtersFrom(params: URLSearchParams): VisitorFilters {
  const pick = <T extends string>(name: string, allowed: readonly T[]) => {
    const value = params.get(name);
    return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
  };
  const text = (name: string) => params.get(name)?.trim() || undefined;
  return {
    status: pick('status', STATUSES),
    discipline: pick('discipline', DISCIPLINES),
    flag: pick('flag', FLAGS),
    hostInstitutionId: text('hostInstitutionId'),
    specialty: text('specialty'),
    q: text('q'),
  };
}

export default function VisitorsPage() {
  const { programmeId = '' } = useParams();
  const { t } = useTranslation('coordinator');
  const common = useTranslation().t;
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const programme = useProgramme(programmeId);
  const visitors = useVisitors(programmeId, filters);
  const institutions = useInstitutions();
  const lookup = useLookup(institutions.data);
  const name = useNames();
  const dates = useDates();
  const principal = usePrincipal();
  const mayAct = principal.isProgrammeOffice;

  // What is typed in the search box is kept as typed; the list follows a moment later.
  const [search, setSearch] = useState(filters.q ?? '');
  const [specialty, setSpecialty] = useState(filters.specialty ?? '');
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = new URLSearchParams(params);
      for (const [key, value] of [
        ['q', search.trim()],
        ['specialty', specialty.trim()],
      ] as const) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      if (next.toString() !== params.toString()) setParams(next, { replace: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [search, specialty, params, setParams]);

  const setFilter = (key: keyof VisitorFilters, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const [selected, setSelected] = useState<string[]>([]);
  const [results, setResults] = useState<Record<string, RowResult>>({});
  const [asking, setAsking] = useState<BulkAction | undefined>();
  const [reason, setReason] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const bulk = useBulkTransition(programmeId);
  const running = bulk.isPending ? bulk.variables?.action : undefined;
  const rows = visitors.data?.items ?? [];
  const byId = new Map(rows.map((r) => [r.placement.placementId, r]));

  const rowResult = (result: BulkItemResult, action: BulkAction): RowResult => {
    if (result.ok) return { ok: true, action };
    if (result.code === 'VERSION_MISMATCH') return { ok: false, message: t('visitors.changedSince') };
    if (result.code === 'INVALID_TRANSITION' && result.currentStatus)
      return {
        ok: false,
        message: t('visitors.notFrom', { status: t(`placementStatus.${result.currentStatus as PlacementStatus}`) }),
      };
    const problem = { status: result.status, violations: result.violations as ProblemViolation[] | undefined };
    const d = describeError(new ApiError(result.status, { ...problem, code: result.code }), common);
    return { ok: false, message: [d.message, ...d.details].join(' ') };
  };

  async function act(action: BulkAction) {
    const chosen = selected.map((id) => byId.get(id)).filter((r): r is VisitorRow => Boolean(r));
    const next: Record<string, RowResult> = {};
    // Placements the action cannot apply to are told so at once, without asking the API.
    const eligible = chosen.filter((row) => {
      if (ACTION_FROM[action].includes(row.placement.status)) return true;
      next[row.placement.placementId] = {
        ok: false,
        message: t('visitors.notFrom', { status: t(`placementStatus.${row.placement.status}`) }),
      };
      return false;
    });
    setAsking(undefined);
    setResults(next);
    setProgress({ done: 0, total: eligible.length });
    try {
      if (eligible.length)
        await bulk.mutateAsync({
          action,
          reason: reason.trim() || undefined,
          placements: eligible.map((row) => row.placement),
          onProgress: (batch) => {
            for (const result of batch) next[result.placementId] = rowResult(result, action);
            setResults({ ...next });
            setProgress((p) => p && { ...p, done: p.done + batch.length });
          },
        });
      setSelected([]);
      setReason('');
    } catch (error) {
      // The request itself was refused (signed out, network): the selection is kept to try again.
      const d = describeError(error, common);
      for (const row of eligible)
        next[row.placement.placementId] ??= { ok: false, message: [d.message, ...d.details].join(' ') };
      setResults({ ...next });
    } finally {
      setProgress(undefined);
    }
  }

  const done = Object.values(results);
  const columns: ColumnsType<VisitorRow> = [
    {
      title: t('visitors.column.visitor'),
      key: 'visitor',
      width: 190,
      render: (_, row) => (
        <Flex vertical>
          <Link to={`/placements/${row.placement.placementId}`}>{name(row.visitor.names)}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[row.visitor.names.en, row.visitor.names['zh-Hant'], row.visitor.names['zh-Hans']]
              .filter((n) => n && n !== name(row.visitor.names))
              .join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('visitors.column.discipline'),
      key: 'discipline',
      render: (_, row) => (
        <Flex vertical>
          <span>{common(`discipline.${row.visitor.discipline}`)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.visitor.specialty}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('visitors.column.host'),
      key: 'host',
      render: (_, row) => lookup.institutionName(row.placement.hostInstitutionId),
    },
    {
      title: t('visitors.column.period'),
      key: 'period',
      render: (_, row) => dates.range(row.placement.startDate, row.placement.endDate),
    },
    {
      title: t('visitors.column.status'),
      key: 'status',
      render: (_, row) => <PlacementTag status={row.placement.status} />,
    },
    {
      title: t('visitors.column.rotations'),
      key: 'rotations',
      width: 150,
      render: (_, row) =>
        t('visitors.rotationCounts', {
          confirmed: row.rotationCounts.CONFIRMED,
          scheduled: row.rotationCounts.SCHEDULED,
          declined: row.rotationCounts.DECLINED,
        }),
    },
    {
      title: t('visitors.column.attention'),
      key: 'attention',
      render: (_, row) => (
        <Space size={[4, 4]} wrap>
          {row.flags.map((flag) => (
            <ToneTag key={flag} tone={flag === 'declinedRotation' || flag === 'permitWarning' ? 'red' : 'gold'}>
              {t(`flags.${flag}`)}
            </ToneTag>
          ))}
        </Space>
      ),
    },
  ];
  if (done.length)
    columns.push({
      title: t('visitors.column.result'),
      key: 'result',
      render: (_, row) => {
        const result = results[row.placement.placementId];
        if (!result) return null;
        return result.ok ? (
          <ToneText tone="success">{t(`visitors.result.${result.action}`)}</ToneText>
        ) : (
          <ToneText tone="danger">{result.message}</ToneText>
        );
      },
    });

  const succeeded = done.filter((r) => r.ok).length;
  return (
    <CoordinatorPage
      title={t('visitors.title')}
      subtitle={programme.data ? name(programme.data.names) : undefined}
      tabs={<ProgrammeTabs programmeId={programmeId} />}
      error={visitors.error}
      onReload={() => void visitors.refetch()}
    >
      <form aria-label={t('visitors.filters')} onSubmit={(e) => e.preventDefault()}>
        <Flex wrap gap={8}>
          <Input.Search
            aria-label={t('visitors.search')}
            placeholder={t('visitors.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            allowClear
            style={{ width: 260, maxWidth: '100%' }}
          />
          <Select
            aria-label={t('visitors.filter.status')}
            placeholder={t('visitors.filter.status')}
            value={filters.status}
            allowClear
            onChange={(v) => setFilter('status', v)}
            options={STATUSES.map((s) => ({ value: s, label: t(`placementStatus.${s}`) }))}
            style={{ width: 160 }}
          />
          <Select
            aria-label={t('visitors.filter.host')}
            placeholder={t('visitors.filter.host')}
            value={filters.hostInstitutionId}
            allowClear
            showSearch
            optionFilterProp="label"
            onChange={(v) => setFilter('hostInstitutionId', v)}
            options={(institutions.data ?? []).map((i) => ({ value: i.institutionId, label: name(i.names) }))}
            style={{ width: 220, maxWidth: '100%' }}
          />
          <Select
            aria-label={t('visitors.filter.discipline')}
            placeholder={t('visitors.filter.discipline')}
            value={filters.discipline}
            allowClear
            onChange={(v) => setFilter('discipline', v)}
            options={DISCIPLINES.map((d) => ({ value: d, label: common(`discipline.${d}`) }))}
            style={{ width: 200, maxWidth: '100%' }}
          />
          <Input
            aria-label={t('visitors.filter.specialty')}
            placeholder={t('visitors.filter.specialty')}
            value={specialty}
            onChange={(e) => setSpecialty(e.target.value)}
            allowClear
            style={{ width: 160 }}
          />
          <Select
            aria-label={t('visitors.filter.flag')}
            placeholder={t('visitors.filter.flag')}
            value={filters.flag}
            allowClear
            onChange={(v) => setFilter('flag', v)}
            options={FLAGS.map((f) => ({ value: f, label: t(`flags.${f}`) }))}
            style={{ width: 200, maxWidth: '100%' }}
          />
        </Flex>
      </form>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Text role="status">
          {visitors.data ? t('visitors.total', { count: visitors.data.total }) : ''}
        </Typography.Text>
        {mayAct && (
          <Space wrap>
            <Typography.Text>{t('visitors.selected', { count: selected.length })}</Typography.Text>
            {ACTIONS.map((action) => (
              <Button
                key={action}
                type={action === 'offer' ? 'primary' : 'default'}
                danger={action !== 'offer'}
                disabled={!selected.length || Boolean(running)}
                loading={running === action}
                onClick={() => setAsking(action)}
              >
                {t(`visitors.action.${action}`)}
              </Button>
            ))}
          </Space>
        )}
      </Flex>
      {progress && progress.total > 0 && (
        <div role="status" aria-live="polite">
          <Typography.Text>{t('visitors.progress', progress)}</Typography.Text>
          <Progress percent={Math.round((100 * progress.done) / progress.total)} showInfo={false} />
        </div>
      )}
      {asking && (
        <Modal
          open
          title={t(`visitors.confirm.${asking}`, { count: selected.length })}
          okText={t(`visitors.action.${asking}`)}
          okButtonProps={{ danger: asking !== 'offer' }}
          cancelText={common('actions.cancel')}
          onOk={() => void act(asking)}
          onCancel={() => setAsking(undefined)}
        >
          <Typography.Paragraph>{t(`visitors.confirmBody.${asking}`)}</Typography.Paragraph>
          {asking !== 'offer' && (
            <>
              <label htmlFor="bulk-reason" style={{ display: 'block' }}>
                {t('visitors.reason')}
              </label>
              <Input.TextArea
                id="bulk-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                maxLength={1000}
                autoSize={{ minRows: 2, maxRows: 5 }}
              />
            </>
          )}
        </Modal>
      )}
      {done.length > 0 && !running && (
        <Alert
          role="status"
          showIcon
          type={succeeded === done.length ? 'success' : 'warning'}
          title={t('visitors.summary', { ok: succeeded, failed: done.length - succeeded })}
          closable={{ 'aria-label': common('actions.close') }}
          onClose={() => setResults({})}
        />
      )}
      <Wide minWidth={960} label={t('visitors.title')}>
        <Table<VisitorRow>
          rowKey={(row) => row.placement.placementId}
          columns={columns}
          dataSource={rows}
          loading={visitors.isFetching && !visitors.isPending}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          size="middle"
          locale={{ emptyText: visitors.isPending ? common('app.loading') : t('visitors.none') }}
          rowSelection={
            mayAct
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys as string[]),
                  getCheckboxProps: (row) => ({
                    'aria-label': t('visitors.select', { name: name(row.visitor.names) }),
                  }),
                }
              : undefined
          }
        />
      </Wide>
    </CoordinatorPage>
  );
}
