/**
 * /me and /placements/:placementId for a visitor: the placement (host hospital, programme,
 * period), what it needs of them and whether their credentials cover it, the entry-permit
 * warning, whom to contact, and — for an offer — accept or decline with what happens next.
 * Past placements stay readable below. One request: GET /v1/me.
 */
import { CheckCircleFilled, ExclamationCircleFilled, MailOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Collapse,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Result,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { daysInclusive, useDates } from '../../app/dates';
import { ErrorNotice } from '../../app/ErrorNotice';
import { DateRange } from '../../app/DateRange';
import { useNames } from '../../app/names';
import { StatusTag, type Tone } from '../../app/StatusTag';
import { type Lookup, uncovered, useLookup } from './lookup';
import { VisitorPage } from './Page';
import { type Me, type Placement, useMe, usePlacementAnswer } from './queries';

const CURRENT: readonly Placement['status'][] = ['NOMINATED', 'OFFERED', 'ACCEPTED', 'ACTIVE'];

const PLACEMENT_TONE: Record<Placement['status'], Tone> = {
  NOMINATED: 'neutral',
  OFFERED: 'waiting',
  ACCEPTED: 'good',
  ACTIVE: 'good',
  COMPLETED: 'info',
  DECLINED: 'bad',
  WITHDRAWN: 'neutral',
  CANCELLED: 'neutral',
};

function PlacementFacts(props: { placement: Placement; lookup: Lookup; showHost?: boolean }) {
  const { t } = useTranslation('visitor');
  const name = useNames();
  const { placement, lookup } = props;
  const days = daysInclusive(placement.startDate, placement.endDate);
  return (
    <Descriptions
      colon={false}
      column={1}
      size="small"
      styles={{ label: { width: 104, whiteSpace: 'normal' } }}
      items={[
        ...(props.showHost
          ? [
              {
                key: 'host',
                label: t('placement.host'),
                children: name(lookup.institution(placement.hostInstitutionId)?.names),
              },
            ]
          : []),
        {
          key: 'programme',
          label: t('placement.programme'),
          children: name(lookup.programme(placement.programmeId)?.names),
        },
        {
          key: 'period',
          label: t('placement.period'),
          children: <DateRange from={placement.startDate} to={placement.endDate} />,
        },
        { key: 'length', label: t('placement.length'), children: t('common:dates.days', { count: days }) },
        {
          key: 'status',
          label: t('placement.status'),
          children: (
            <StatusTag tone={PLACEMENT_TONE[placement.status]}>
              {t(`common:placementStatus.${placement.status}`)}
            </StatusTag>
          ),
        },
      ]}
    />
  );
}

function Coverage(props: { me: Me; placement: Placement; lookup: Lookup }) {
  const { t } = useTranslation('visitor');
  const dates = useDates();
  const { me, placement, lookup } = props;
  const region = lookup.institution(placement.hostInstitutionId)?.region;
  if (!region) return null;
  const regionName = t(`common:region.${region}`);
  const inRegion = me.staff.credentials.filter((c) => c.region === region);
  const needs = [
    {
      key: 'practice',
      label: t('placement.needPractice', { region: regionName }),
      gaps: uncovered(
        placement.startDate,
        placement.endDate,
        inRegion.filter((c) => c.type !== 'ENTRY_PERMIT'),
      ),
    },
    {
      key: 'permit',
      label: t('placement.needPermit', { region: regionName }),
      gaps: uncovered(
        placement.startDate,
        placement.endDate,
        inRegion.filter((c) => c.type === 'ENTRY_PERMIT'),
      ),
    },
  ];
  const whole = (gaps: { from: string; to: string }[]) =>
    gaps.length === 1 && gaps[0]!.from === placement.startDate && gaps[0]!.to === placement.endDate;
  return (
    <section aria-labelledby={`needs-${placement.placementId}`}>
      <Typography.Title level={3} id={`needs-${placement.placementId}`} style={{ fontSize: 16 }}>
        {t('placement.needsTitle')}
      </Typography.Title>
      <List
        size="small"
        dataSource={needs}
        renderItem={(need) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Flex gap={8} align="flex-start">
              {need.gaps.length === 0 ? (
                <CheckCircleFilled style={{ color: '#237804', marginTop: 4 }} aria-hidden />
              ) : (
                <ExclamationCircleFilled style={{ color: '#ad4e00', marginTop: 4 }} aria-hidden />
              )}
              <div>
                <div>{need.label}</div>
                <Typography.Text strong style={{ color: need.gaps.length ? '#ad4e00' : '#237804' }}>
                  {need.gaps.length === 0
                    ? t('placement.covered')
                    : whole(need.gaps)
                      ? t('placement.notCovered')
                      : t('placement.partlyCovered', {
                          gaps: need.gaps.map((g) => dates.range(g.from, g.to)).join('; '),
                        })}
                </Typography.Text>
              </div>
            </Flex>
          </List.Item>
        )}
      />
      <Typography.Title level={4} style={{ fontSize: 15, marginTop: 12 }}>
        {t('placement.yourCredentials')}
      </Typography.Title>
      {me.staff.credentials.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('placement.noCredentials')}</Typography.Paragraph>
      ) : (
        <ul style={{ paddingInlineStart: 20, margin: 0 }}>
          {me.staff.credentials.map((c) => (
            <li key={c.credentialId} style={{ marginBottom: 4 }}>
              <div>{t(`common:credential.${c.type}`)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {c.number} ·{' '}
                {t('placement.validRange', {
                  region: t(`common:region.${c.region}`),
                  range: dates.range(c.validFrom, c.validTo),
                })}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Contacts(props: { placement: Placement; lookup: Lookup }) {
  const { t } = useTranslation('visitor');
  const name = useNames();
  const host = props.lookup.institution(props.placement.hostInstitutionId);
  const programme = props.lookup.programme(props.placement.programmeId);
  const groups = [
    { key: 'host', label: t('placement.hostContact', { host: name(host?.names) }), emails: host?.contactEmails ?? [] },
    { key: 'programme', label: t('placement.programmeContact'), emails: programme?.contactEmails ?? [] },
  ].filter((g) => g.emails.length > 0);
  return (
    <section aria-labelledby={`contacts-${props.placement.placementId}`}>
      <Typography.Title level={3} id={`contacts-${props.placement.placementId}`} style={{ fontSize: 16 }}>
        {t('placement.contactTitle')}
      </Typography.Title>
      {groups.length === 0 && <Typography.Paragraph type="secondary">{t('placement.noContact')}</Typography.Paragraph>}
      {groups.map((g) => (
        <div key={g.key} style={{ marginBottom: 8 }}>
          <div>{g.label}</div>
          {g.emails.map((email) => (
            <div key={email} style={{ wordBreak: 'break-all' }}>
              <MailOutlined aria-hidden /> <a href={`mailto:${email}`}>{email}</a>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}

function Offer(props: { placement: Placement; onReload: () => void; onAnswered: () => void }) {
  const { t } = useTranslation('visitor');
  const answer = usePlacementAnswer();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const id = props.placement.placementId;
  return (
    <Card
      size="small"
      style={{ borderColor: '#d4a106', borderWidth: 2, background: '#fffbe6' }}
      data-testid="placement-offer"
    >
      <Typography.Title level={3} style={{ fontSize: 17, marginTop: 0 }}>
        {t('placement.offerTitle')}
      </Typography.Title>
      <Typography.Paragraph>{t('placement.offerBody')}</Typography.Paragraph>
      {!declining ? (
        <Flex gap={8} wrap="wrap">
          <Button
            type="primary"
            size="large"
            loading={answer.isPending}
            onClick={() =>
              answer.mutate({ placement: props.placement, action: 'accept' }, { onSuccess: props.onAnswered })
            }
            style={{ flex: '1 1 180px' }}
          >
            {t('placement.accept')}
          </Button>
          <Button size="large" danger onClick={() => setDeclining(true)} style={{ flex: '1 1 120px' }}>
            {t('placement.decline')}
          </Button>
        </Flex>
      ) : (
        <Form
          layout="vertical"
          onFinish={() => {
            if (!reason.trim()) return setReasonError(true);
            answer.mutate(
              { placement: props.placement, action: 'decline', reason: reason.trim() },
              { onSuccess: props.onAnswered },
            );
          }}
        >
          <Typography.Title level={4} style={{ fontSize: 15 }}>
            {t('placement.declineTitle')}
          </Typography.Title>
          <Form.Item
            label={t('placement.declineReason')}
            extra={t('placement.declineHint')}
            htmlFor={`placement-reason-${id}`}
            validateStatus={reasonError ? 'error' : undefined}
            help={reasonError ? t('placement.reasonRequired') : undefined}
          >
            <Input.TextArea
              id={`placement-reason-${id}`}
              value={reason}
              maxLength={1000}
              autoSize={{ minRows: 3 }}
              autoFocus
              onChange={(e) => {
                setReason(e.target.value);
                setReasonError(false);
              }}
            />
          </Form.Item>
          <Space wrap>
            <Button type="primary" danger htmlType="submit" loading={answer.isPending}>
              {t('placement.declineSend')}
            </Button>
            <Button onClick={() => setDeclining(false)}>{t('common:actions.cancel')}</Button>
          </Space>
        </Form>
      )}
      {answer.error && (
        <div style={{ marginTop: 12 }}>
          <ErrorNotice error={answer.error} onReload={props.onReload} />
        </div>
      )}
    </Card>
  );
}

/** After answering: what happens next, in words. */
function Answered(props: { placement: Placement }) {
  const { t } = useTranslation('visitor');
  const navigate = useNavigate();
  const accepted = props.placement.status === 'ACCEPTED';
  return (
    <Result
      status={accepted ? 'success' : 'info'}
      style={{ padding: '16px 0' }}
      title={
        <h2 style={{ fontSize: 18, margin: 0 }}>
          {accepted ? t('placement.acceptedTitle') : t('placement.declinedTitle')}
        </h2>
      }
      subTitle={accepted ? t('placement.acceptedNext') : t('placement.declinedNext')}
      extra={
        accepted ? (
          <Button type="primary" size="large" onClick={() => navigate('/me/schedule')}>
            {t('placement.goToSchedule')}
          </Button>
        ) : undefined
      }
    />
  );
}

function PlacementCard(props: {
  me: Me;
  placement: Placement;
  lookup: Lookup;
  justAnswered: boolean;
  onAnswered: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('visitor');
  const name = useNames();
  const { placement, lookup } = props;
  const permitWarning = placement.warnings?.some((w) => w.code === 'ENTRY_PERMIT_NOT_COVERING');
  return (
    <Card
      data-testid="placement-card"
      title={
        <span style={{ whiteSpace: 'normal', display: 'block', paddingBlock: 8 }}>
          {name(lookup.institution(placement.hostInstitutionId)?.names)}
        </span>
      }
    >
      <Flex vertical gap={16}>
        {props.justAnswered && <Answered placement={placement} />}
        {placement.status === 'OFFERED' && (
          <Offer placement={placement} onReload={props.onReload} onAnswered={props.onAnswered} />
        )}
        <PlacementFacts placement={placement} lookup={lookup} />
        {permitWarning && <Alert type="warning" showIcon title={t('placement.permitWarning')} />}
        {(placement.status === 'ACCEPTED' || placement.status === 'ACTIVE') && !props.justAnswered && (
          <Link to="/me/schedule">{t('placement.rotationsCta')}</Link>
        )}
        <Coverage me={props.me} placement={placement} lookup={lookup} />
        <Contacts placement={placement} lookup={lookup} />
      </Flex>
    </Card>
  );
}

export default function MyPlacement() {
  const { t } = useTranslation('visitor');
  const { placementId } = useParams();
  const me = useMe();
  const lookup = useLookup(me.data);
  // Placements answered on this page: they stay in view with what happens next.
  const [answered, setAnswered] = useState<string[]>([]);
  const name = useNames();
  const data = me.data;
  const focused = placementId ? data?.placements.filter((p) => p.placementId === placementId) : undefined;
  const isCurrent = (p: Placement) => CURRENT.includes(p.status) || answered.includes(p.placementId);
  const current = focused ?? data?.placements.filter(isCurrent) ?? [];
  const past = focused ? [] : (data?.placements.filter((p) => !isCurrent(p)) ?? []);

  return (
    <VisitorPage
      title={t('placement.title')}
      intro={data ? t('placement.hello', { name: name(data.staff.names) }) : undefined}
      loading={me.isPending}
      error={me.error}
      onReload={() => void me.refetch()}
    >
      {data && placementId && focused?.length === 0 && <Empty description={t('schedule.notFound')} />}
      {data && !placementId && current.length === 0 && <Empty description={t('placement.none')} />}
      {data &&
        current.map((p) => (
          <PlacementCard
            key={p.placementId}
            me={data}
            placement={p}
            lookup={lookup}
            justAnswered={answered.includes(p.placementId)}
            onAnswered={() => setAnswered((ids) => [...ids, p.placementId])}
            onReload={() => void me.refetch()}
          />
        ))}
      {data && !placementId && (
        <section aria-labelledby="past-placements">
          <Typography.Title level={2} id="past-placements" style={{ fontSize: 18 }}>
            {t('placement.past')}
          </Typography.Title>
          {past.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('placement.pastNone')}</Typography.Paragraph>
          ) : (
            <Collapse
              items={past.map((p) => ({
                key: p.placementId,
                label: (
                  <span>
                    {name(lookup.institution(p.hostInstitutionId)?.names)} · {t(`common:placementStatus.${p.status}`)}
                  </span>
                ),
                children: <PlacementFacts placement={p} lookup={lookup} showHost />,
              }))}
            />
          )}
        </section>
      )}
    </VisitorPage>
  );
}
