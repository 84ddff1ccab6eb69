/**
 * /placements/:placementId (coordinators): the visitor, the placement, the visitor's credentials
 * against the placement with the days they leave uncovered highlighted, the rotations, the
 * history (who did what and when, before → after, "on behalf of") and every email sent with its
 * status. /rotations/:rotationId opens this page at that rotation.
 */
import { Alert, Button, Card, Descriptions, Empty, Flex, List, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { usePrincipal } from '../../app/auth';
import { useDates } from '../../app/dates';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/router';
import {
  CoordinatorPage,
  PlacementTag,
  RotationTag,
  SavedNotice,
  type Tone,
  ToneTag,
  useLookup,
  useViolationWords,
  ToneText,
  Wide,
} from './common';
import { type DayRange, span, uncoveredRanges } from './coverage';
import {
  type AuditRecord,
  type Notification,
  type Rotation,
  type Staff,
  useDepartments,
  useHistory,
  useInstitutions,
  useNotifications,
  usePlacement,
  usePlacementRotations,
  useProgramme,
  useRotation,
  useStaff,
} from './queries';
import { RotationPlanDrawer } from './RotationPlanDrawer';
import './coordinator.css';

const NOTIFICATION_TONE: Record<string, Tone> = {
  SENT: 'green',
  FAILED: 'red',
  SUPPRESSED: 'gold',
  PENDING: 'neutral',
};
/** What the history shows of a change: the fields a coordinator reads, in this order. */
const SHOWN_FIELDS = [
  'status',
  'departmentId',
  'startDate',
  'endDate',
  'activity',
  'capacity',
  'notes',
  'declineReason',
];

export function RotationRedirect() {
  const { rotationId = '' } = useParams();
  const rotation = useRotation(rotationId);
  if (rotation.error) return <ErrorNotice error={rotation.error} />;
  if (!rotation.data) return <Loading />;
  return <Navigate to={`/placements/${rotation.data.placementId}#${rotation.data.rotationId}`} replace />;
}

export default function PlacementPage() {
  const { placementId = '' } = useParams();
  const { t } = useTranslation('coordinator');
  const placement = usePlacement(placementId);
  const p = placement.data;
  const staff = useStaff(p?.staffId);
  const programme = useProgramme(p?.programmeId ?? '');
  const rotations = usePlacementRotations(placementId);
  const history = useHistory(placementId);
  const notifications = useNotifications(placementId);
  const institutions = useInstitutions();
  const departments = useDepartments(p?.hostInstitutionId);
  const lookup = useLookup(institutions.data, departments.data);
  const dates = useDates();
  const location = useLocation();
  const focused = location.hash.slice(1);
  const principal = usePrincipal();
  const [planning, setPlanning] = useState(false);
  const [saved, setSaved] = useState<string>();
  // Who schedules (the API decides; this only hides a button that would be refused): the
  // programme office, or the host hospital's coordinators, while the placement is still live.
  const mayPlan =
    p !== undefined &&
    ['NOMINATED', 'OFFERED', 'ACCEPTED', 'ACTIVE'].includes(p.status) &&
    (principal.isProgrammeOffice ||
      (principal.roles.includes('hospital-coordinator') && principal.institutionId === p.hostInstitutionId));

  useEffect(() => {
    if (!focused || !rotations.data) return;
    document.getElementById(`rotation-${focused}`)?.scrollIntoView({ block: 'center' });
  }, [focused, rotations.data]);

  const visitorName = staff.data ? lookup.name(staff.data.names) : '';
  const host = p ? lookup.institution(p.hostInstitutionId) : undefined;
  return (
    <CoordinatorPage
      title={visitorName || t('placement.title')}
      subtitle={
        p ? (
          <Space wrap size={8}>
            <PlacementTag status={p.status} />
            <span>{lookup.institutionName(p.hostInstitutionId)}</span>
            <span>{dates.range(p.startDate, p.endDate)}</span>
            {programme.data && <Link to={`/programmes/${p.programmeId}`}>{lookup.name(programme.data.names)}</Link>}
          </Space>
        ) : undefined
      }
      loading={placement.isPending}
      error={placement.error}
      onReload={() => void placement.refetch()}
    >
      {p && (
        <Flex vertical gap={16}>
          {p.warnings?.length ? (
            <Alert
              type="warning"
              showIcon
              title={t('placement.warnings')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {p.warnings.map((w) => (
                    <li key={w.code}>{t(`placement.warning.${w.code}`, { defaultValue: w.message })}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          <VisitorCard staff={staff.data} lookup={lookup} error={staff.error} />
          {staff.data && host && (
            <CredentialsCard
              staff={staff.data}
              period={p}
              region={host.region}
              clinical={(rotations.data ?? []).filter(
                (r) => r.activity === 'CLINICAL' && (r.status === 'SCHEDULED' || r.status === 'CONFIRMED'),
              )}
              lookup={lookup}
            />
          )}
          <Card
            size="small"
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('placement.rotations')}</h2>}
            extra={
              <Space wrap size={12}>
                {mayPlan && (
                  <Button size="small" onClick={() => setPlanning(true)} disabled={!rotations.data}>
                    {t('plan.open')}
                  </Button>
                )}
                <Link to={`/programmes/${p.programmeId}/schedule`}>{t('placement.openSchedule')}</Link>
              </Space>
            }
          >
            <SavedNotice message={saved} onDismiss={() => setSaved(undefined)} />
            {rotations.error && <ErrorNotice error={rotations.error} />}
            <List
              dataSource={rotations.data ?? []}
              locale={{ emptyText: t('placement.noRotations') }}
              renderItem={(r: Rotation) => (
                <List.Item
                  id={`rotation-${r.rotationId}`}
                  style={focused === r.rotationId ? { background: '#fffbe6', outline: '2px solid #faad14' } : undefined}
                >
                  <Flex vertical gap={2}>
                    <Typography.Text strong>{lookup.departmentName(r.departmentId)}</Typography.Text>
                    <Typography.Text type="secondary">
                      {dates.range(r.startDate, r.endDate)} · {t(`activityName.${r.activity}`)}
                      {r.supervisor ? ` · ${t('placement.supervisor', { name: r.supervisor.name })}` : ''}
                    </Typography.Text>
                    {r.declineReason && (
                      <Typography.Text>{t('overview.reason', { reason: r.declineReason })}</Typography.Text>
                    )}
                  </Flex>
                  <RotationTag status={r.status} />
                </List.Item>
              )}
            />
          </Card>
          {planning && rotations.data && (
            <RotationPlanDrawer
              placement={p}
              visitorName={visitorName}
              rotations={rotations.data}
              lookup={lookup}
              onClose={() => setPlanning(false)}
              onSaved={(message) => {
                setPlanning(false);
                setSaved(message);
              }}
            />
          )}
          <HistoryCard records={history.data} error={history.error} lookup={lookup} staff={staff.data} />
          <NotificationsCard notifications={notifications.data} error={notifications.error} />
        </Flex>
      )}
    </CoordinatorPage>
  );
}

function VisitorCard(props: { staff: Staff | undefined; lookup: ReturnType<typeof useLookup>; error: unknown }) {
  const { t } = useTranslation('coordinator');
  const common = useTranslation().t;
  const s = props.staff;
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('placement.visitor')}</h2>}>
      {props.error ? <ErrorNotice error={props.error} /> : null}
      {s && (
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('placement.names')}>
            {[s.names.en, s.names['zh-Hant'], s.names['zh-Hans']].filter(Boolean).join(' · ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('placement.discipline')}>
            {common(`discipline.${s.discipline}`)} · {s.specialty}
          </Descriptions.Item>
          <Descriptions.Item label={t('placement.email')}>{s.email}</Descriptions.Item>
          {s.phone && <Descriptions.Item label={t('placement.phone')}>{s.phone}</Descriptions.Item>}
          <Descriptions.Item label={t('placement.home')}>
            {props.lookup.institutionName(s.homeInstitutionId)}
          </Descriptions.Item>
          {s.preferredLanguage && (
            <Descriptions.Item label={t('placement.language')}>
              {t(`language.${s.preferredLanguage}`)}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
    </Card>
  );
}

function CoverageBar(props: { period: { startDate: string; endDate: string }; gaps: DayRange[]; label: string }) {
  return (
    <div
      role="img"
      aria-label={props.label}
      style={{ position: 'relative', height: 14, background: '#52c41a', borderRadius: 3, overflow: 'hidden' }}
    >
      {props.gaps.map((g) => {
        const s = span(props.period, g.from, g.to);
        return (
          <span
            key={g.from}
            style={{
              position: 'absolute',
              top: 0,
              bottom: 0,
              left: `${s.left}%`,
              width: `${Math.max(s.width, 0.6)}%`,
              background: 'repeating-linear-gradient(45deg, #cf1322 0 4px, #ff7875 4px 8px)',
            }}
          />
        );
      })}
    </div>
  );
}

function CredentialsCard(props: {
  staff: Staff;
  period: { startDate: string; endDate: string };
  region: 'HK' | 'GD';
  clinical: Rotation[];
  lookup: ReturnType<typeof useLookup>;
}) {
  const { t } = useTranslation('coordinator');
  const common = useTranslation().t;
  const dates = useDates();
  const words = useViolationWords(props.lookup);
  const inRegion = props.staff.credentials.filter((c) => c.region === props.region);
  const practice = inRegion.filter((c) => c.type !== 'ENTRY_PERMIT');
  const permits = inRegion.filter((c) => c.type === 'ENTRY_PERMIT');
  const practiceGaps = uncoveredRanges(props.period, practice);
  const permitGaps = uncoveredRanges(props.period, permits);
  const clinicalGaps = props.clinical.flatMap((r) =>
    uncoveredRanges(r, practice).length ? [{ rotation: r, gaps: uncoveredRanges(r, practice) }] : [],
  );
  const region = common(`region.${props.region}`);
  const line = (title: string, gaps: DayRange[], severity: 'error' | 'warning') => (
    <Flex vertical gap={4}>
      <Typography.Text strong>{title}</Typography.Text>
      <CoverageBar
        period={props.period}
        gaps={gaps}
        label={gaps.length ? t('placement.gapsLabel', { count: gaps.length }) : t('placement.covered')}
      />
      {gaps.length === 0 ? (
        <ToneText tone="success">{t('placement.covered')}</ToneText>
      ) : (
        <ToneText tone={severity === 'error' ? 'danger' : 'warning'}>
          {t('placement.notCovered', {
            days: gaps
              .map((g) => (g.from === g.to ? dates.date(g.from) : dates.range(g.from, g.to)))
              .join(t('violation.separator')),
          })}
        </ToneText>
      )}
    </Flex>
  );
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('placement.credentials')}</h2>}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t('placement.credentialsIntro', {
            region,
            period: dates.range(props.period.startDate, props.period.endDate),
          })}
        </Typography.Text>
        {line(t('placement.practiceLine', { region }), practiceGaps, 'warning')}
        {line(t('placement.permitLine', { region }), permitGaps, 'warning')}
        {clinicalGaps.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('placement.clinicalGaps')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {clinicalGaps.map(({ rotation, gaps }) => (
                  <li key={rotation.rotationId}>
                    {props.lookup.departmentName(rotation.departmentId)} (
                    {dates.range(rotation.startDate, rotation.endDate)}):{' '}
                    {words({ code: 'CREDENTIAL_NOT_VALID', details: { region: props.region, uncovered: gaps } })}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <Wide minWidth={560} label={t('placement.credentials')}>
          <Table
            size="small"
            rowKey="credentialId"
            pagination={false}
            dataSource={props.staff.credentials}
            locale={{ emptyText: t('placement.noCredentials') }}
            columns={[
              { title: t('placement.credentialType'), key: 'type', render: (_, c) => common(`credential.${c.type}`) },
              { title: t('placement.number'), dataIndex: 'number' },
              { title: t('placement.region'), key: 'region', render: (_, c) => common(`region.${c.region}`) },
              { title: t('placement.valid'), key: 'valid', render: (_, c) => dates.range(c.validFrom, c.validTo) },
              {
                title: t('placement.againstPlacement'),
                key: 'against',
                render: (_, c) => {
                  if (c.region !== props.region) return <ToneTag tone="neutral">{t('placement.otherRegion')}</ToneTag>;
                  const gaps = uncoveredRanges(props.period, [c]);
                  return gaps.length === 0 ? (
                    <ToneTag tone="green">{t('placement.coversAll')}</ToneTag>
                  ) : (
                    <ToneTag tone="gold">{t('placement.coversPart')}</ToneTag>
                  );
                },
              },
            ]}
          />
        </Wide>
      </Flex>
    </Card>
  );
}

function HistoryCard(props: {
  records: AuditRecord[] | undefined;
  error: unknown;
  lookup: ReturnType<typeof useLookup>;
  staff: Staff | undefined;
}) {
  const { t } = useTranslation('coordinator');
  const dates = useDates();
  const show = (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return '—';
    if (field === 'status') return t(`anyStatus.${String(value)}`, { defaultValue: String(value) });
    if (field === 'departmentId') return props.lookup.departmentName(String(value));
    if (field === 'startDate' || field === 'endDate') return dates.date(String(value));
    if (field === 'activity') return t(`activityName.${String(value)}`, { defaultValue: String(value) });
    return String(value);
  };
  const who = (record: AuditRecord) =>
    record.actor.role === 'staff'
      ? t('history.visitor')
      : t('history.by', {
          who: record.actor.sub,
          role: t(`role.${record.actor.role}`, { defaultValue: record.actor.role }),
        });
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('placement.history')}</h2>}>
      {props.error ? <ErrorNotice error={props.error} /> : null}
      {!props.records ? null : props.records.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.none')} />
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="history">
          {props.records.map((record) => {
            const before = (record.before ?? {}) as Record<string, unknown>;
            const after = (record.after ?? {}) as Record<string, unknown>;
            const changes = SHOWN_FIELDS.filter(
              (f) => record.before && record.after && JSON.stringify(before[f]) !== JSON.stringify(after[f]),
            );
            return (
              <li key={record.auditId} style={{ borderTop: '1px solid #f0f0f0', padding: '8px 0' }}>
                <Flex wrap gap={8} align="baseline">
                  <Typography.Text strong>
                    {t(`audit.${record.action}`, { defaultValue: record.action })}
                  </Typography.Text>
                  <Typography.Text type="secondary">{dates.dateTime(record.at)}</Typography.Text>
                  <Typography.Text type="secondary">{who(record)}</Typography.Text>
                  {record.actor.onBehalfOf && (
                    <ToneTag tone="purple">
                      {t('history.onBehalfOf', {
                        name:
                          props.staff && props.staff.staffId === record.actor.onBehalfOf
                            ? props.lookup.name(props.staff.names)
                            : record.actor.onBehalfOf,
                      })}
                    </ToneTag>
                  )}
                </Flex>
                {changes.length > 0 && (
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                    {changes.map((field) => (
                      <li key={field}>
                        {t(`field.${field}`)}: <del>{show(field, before[field])}</del> <span aria-hidden="true">→</span>
                        <span className="sr-only">{t('history.to')}</span> <ins>{show(field, after[field])}</ins>
                      </li>
                    ))}
                  </ul>
                )}
                {!record.before && record.after && (
                  <Typography.Text type="secondary">
                    {['departmentId', 'startDate', 'endDate']
                      .filter((f) => after[f] !== undefined)
                      .map((f) => `${t(`field.${f}`)}: ${show(f, after[f])}`)
                      .join(' · ')}
                  </Typography.Text>
                )}
                {record.reason && (
                  <div>
                    <Typography.Text>{t('overview.reason', { reason: record.reason })}</Typography.Text>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}

function NotificationsCard(props: { notifications: Notification[] | undefined; error: unknown }) {
  const { t } = useTranslation('coordinator');
  const dates = useDates();
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('placement.notifications')}</h2>}>
      {props.error ? <ErrorNotice error={props.error} /> : null}
      <Wide minWidth={720} label={t('placement.notifications')}>
        <Table<Notification>
          size="small"
          rowKey="notificationId"
          pagination={false}
          dataSource={[...(props.notifications ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt))}
          locale={{ emptyText: t('notifications.none') }}
          data-testid="notifications"
          columns={[
            { title: t('notifications.when'), key: 'when', render: (_, n) => dates.dateTime(n.sentAt ?? n.createdAt) },
            { title: t('notifications.recipient'), dataIndex: 'recipient' },
            {
              title: t('notifications.about'),
              key: 'about',
              render: (_, n) => n.subject ?? t(`template.${n.template}`, { defaultValue: n.template }),
            },
            {
              title: t('notifications.language'),
              key: 'language',
              render: (_, n) =>
                n.language.includes(',')
                  ? t('language.multi')
                  : t(`language.${n.language}`, { defaultValue: n.language }),
            },
            {
              title: t('notifications.status'),
              key: 'status',
              render: (_, n) => (
                <Space direction="vertical" size={0}>
                  <ToneTag tone={NOTIFICATION_TONE[n.status] ?? 'neutral'}>
                    {t(`notificationStatus.${n.status}`)}
                  </ToneTag>
                  {n.attempts > 1 && (
                    <Typography.Text type="secondary">
                      {t('notifications.attempts', { count: n.attempts })}
                    </Typography.Text>
                  )}
                  {n.lastError && n.status !== 'SENT' && <ToneText tone="danger">{n.lastError}</ToneText>}
                </Space>
              ),
            },
          ]}
        />
      </Wide>
    </Card>
  );
}
