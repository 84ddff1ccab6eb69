/**
 * /programmes/:programmeId: the programme at a glance. The pipeline of placements by state and
 * what needs attention (rotations awaiting confirmation, declined rotations with the visitor's
 * reason, starts in the next 30 days, entry-permit warnings); every figure links to the list
 * behind it. Three requests whatever the number of visitors.
 */
import { Card, Col, Empty, Flex, List, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDates } from '../../app/dates';
import { useNames } from '../../app/names';
import {
  CoordinatorPage,
  PLACEMENT_ENDED,
  PLACEMENT_PIPELINE,
  PlacementTag,
  ProgrammeTabs,
  RotationTag,
  useLookup,
  useViolationWords,
  ToneText,
} from './common';
import { type OverviewEntry, useInstitutions, useOverview, useProgramme } from './queries';
import './coordinator.css';

const SHOWN = 8;

export default function OverviewPage() {
  const { programmeId = '' } = useParams();
  const { t } = useTranslation('coordinator');
  const programme = useProgramme(programmeId);
  const overview = useOverview(programmeId);
  const institutions = useInstitutions();
  const name = useNames();
  const dates = useDates();
  const lookup = useLookup(institutions.data);
  const words = useViolationWords(lookup);
  const base = `/programmes/${programmeId}/placements`;
  const o = overview.data;
  const counts = new Map(o?.pipeline.map((p) => [p.status, p.count]));

  const entryLine = (e: OverviewEntry, kind: 'rotation' | 'placement' | 'permit') => (
    <List.Item key={`${e.placementId}-${e.rotationId ?? ''}`} style={{ gap: 12, alignItems: 'flex-start' }}>
      <Flex vertical gap={2} style={{ minWidth: 0 }}>
        <Link to={e.rotationId ? `/placements/${e.placementId}#${e.rotationId}` : `/placements/${e.placementId}`}>
          {name(e.visitor)}
        </Link>
        <Typography.Text type="secondary">
          {kind === 'rotation' && e.department ? `${name(e.department)} · ` : ''}
          {kind !== 'rotation' ? `${lookup.institutionName(e.hostInstitutionId)} · ` : ''}
          {dates.range(e.startDate, e.endDate)}
        </Typography.Text>
        {e.reason && <Typography.Text>{t('overview.reason', { reason: e.reason })}</Typography.Text>}
        {kind === 'permit' &&
          e.warnings?.map((w) => (
            <ToneText key={w.code} tone="warning">
              {words({ code: w.code })}
            </ToneText>
          ))}
      </Flex>
      {kind === 'rotation' && e.status !== 'SCHEDULED' && e.status !== 'DECLINED' ? null : kind === 'rotation' ? (
        <RotationTag status={e.status as 'SCHEDULED'} />
      ) : (
        <PlacementTag status={e.status as 'NOMINATED'} />
      )}
    </List.Item>
  );

  const figure = (
    key: 'awaitingConfirmation' | 'declinedRotations' | 'startingSoon' | 'permitWarnings',
    flag: string,
    kind: 'rotation' | 'placement' | 'permit',
  ) => {
    const f = o?.[key];
    const id = `figure-${key}`;
    return (
      <Col xs={24} lg={12} key={key}>
        <Card
          size="small"
          title={
            <h2 id={id} style={{ fontSize: 16, margin: 0 }}>
              {t(`overview.${key}.title`)}
            </h2>
          }
          extra={
            <Link to={`${base}?flag=${flag}`} aria-describedby={id}>
              {t('overview.count', { count: f?.count ?? 0 })}
            </Link>
          }
        >
          {f && f.count > 0 ? (
            <>
              <List size="small" dataSource={f.items.slice(0, SHOWN)} renderItem={(e) => entryLine(e, kind)} />
              {f.count > SHOWN && <Link to={`${base}?flag=${flag}`}>{t('overview.showAll', { count: f.count })}</Link>}
            </>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`overview.${key}.empty`)} />
          )}
        </Card>
      </Col>
    );
  };

  return (
    <CoordinatorPage
      title={programme.data ? name(programme.data.names) : t('overview.title')}
      subtitle={
        programme.data
          ? `${dates.range(programme.data.startDate, programme.data.endDate)} · ${t(`direction.${programme.data.direction}`)}`
          : undefined
      }
      tabs={<ProgrammeTabs programmeId={programmeId} />}
      loading={overview.isPending}
      error={programme.error ?? overview.error}
      onReload={() => void overview.refetch()}
    >
      {o && (
        <Flex vertical gap={16}>
          <Card
            size="small"
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('overview.pipeline', { count: o.visitors })}</h2>}
          >
            <ol className="coord-pipeline">
              {PLACEMENT_PIPELINE.map((status, i) => (
                <li key={status}>
                  <Link to={`${base}?status=${status}`}>
                    <span className="coord-pipeline-count">{counts.get(status) ?? 0}</span>
                    <span>
                      {i > 0 && <span aria-hidden="true">→ </span>}
                      {t(`placementStatus.${status}`)}
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('overview.ended')}{' '}
              {PLACEMENT_ENDED.map((status, i) => (
                <span key={status}>
                  {i > 0 && ' · '}
                  <Link to={`${base}?status=${status}`}>
                    {t(`placementStatus.${status}`)} {counts.get(status) ?? 0}
                  </Link>
                </span>
              ))}
            </Typography.Paragraph>
          </Card>
          <Row gutter={[16, 16]}>
            {figure('awaitingConfirmation', 'awaitingConfirmation', 'rotation')}
            {figure('declinedRotations', 'declinedRotation', 'rotation')}
            {figure('startingSoon', 'startingSoon', 'placement')}
            {figure('permitWarnings', 'permitWarning', 'permit')}
          </Row>
        </Flex>
      )}
    </CoordinatorPage>
  );
}
