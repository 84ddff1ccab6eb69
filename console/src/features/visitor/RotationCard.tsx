/**
 * One rotation as a visitor sees it: where, when, what, with whom, its state, what changed
 * (old → new) and — while it awaits them — Confirm (one tap) and Decline (with a reason).
 * What is typed in the reason stays when sending fails.
 */
import { CheckOutlined, SwapRightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, message as antMessage, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../app/ErrorNotice';
import { DateRange } from '../../app/DateRange';
import { useNames } from '../../app/names';
import { StatusTag, type Tone } from '../../app/StatusTag';
import type { Lookup } from './lookup';
import { type Rotation, useConfirmRotation, useDeclineRotation } from './queries';

const STATUS_TONE: Record<Rotation['status'], Tone> = {
  SCHEDULED: 'waiting',
  CONFIRMED: 'good',
  DECLINED: 'bad',
  CANCELLED: 'neutral',
  COMPLETED: 'info',
};

export function RotationStatusTag(props: { status: Rotation['status'] }) {
  const { t } = useTranslation();
  return <StatusTag tone={STATUS_TONE[props.status]}>{t(`rotationStatus.${props.status}`)}</StatusTag>;
}

export function RotationCard(props: {
  rotation: Rotation;
  lookup: Lookup;
  /** The placement is accepted or under way: confirming is possible. */
  canAnswer: boolean;
  /** Show a link to the rotation's own page. */
  linkToDetails?: boolean;
  onReload?: () => void;
}) {
  const { rotation, lookup } = props;
  const { t } = useTranslation('visitor');
  const name = useNames();
  // The card's own message holder: the app has no antd <App> around every screen.
  const [message, messageHolder] = antMessage.useMessage();
  const confirm = useConfirmRotation();
  const decline = useDeclineRotation();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);

  const department = lookup.department(rotation.departmentId);
  const host = lookup.institution(rotation.hostInstitutionId);
  const previous = rotation.previous;
  const changedDepartment = previous && previous.departmentId !== rotation.departmentId;
  const changedDates = previous && (previous.startDate !== rotation.startDate || previous.endDate !== rotation.endDate);
  const awaiting = rotation.status === 'SCHEDULED';
  const departmentName = name(department?.names) || t('schedule.unknownDepartment');
  const headingId = `rotation-${rotation.rotationId}`;

  const sendDecline = () => {
    if (!reason.trim()) {
      setReasonError(true);
      return;
    }
    decline.mutate(
      { rotation, reason: reason.trim() },
      {
        onSuccess: () => {
          setDeclining(false);
          void message.success(t('schedule.declined'));
        },
      },
    );
  };

  return (
    <Card
      size="small"
      aria-labelledby={headingId}
      data-testid="rotation-card"
      data-rotation-id={rotation.rotationId}
      style={awaiting ? { borderColor: '#d4a106', borderWidth: 2 } : undefined}
      title={
        <Flex gap={8} wrap="wrap" align="center" style={{ paddingBlock: 8 }}>
          <Typography.Title level={3} id={headingId} style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>
            {departmentName}
          </Typography.Title>
          <RotationStatusTag status={rotation.status} />
        </Flex>
      }
      extra={
        props.linkToDetails ? (
          <Link to={`/rotations/${encodeURIComponent(rotation.rotationId)}`} aria-describedby={headingId}>
            {t('schedule.details')}
          </Link>
        ) : undefined
      }
    >
      {previous && awaiting && (changedDepartment || changedDates) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('schedule.changedTitle')}
          description={
            <div data-testid="rotation-change">
              {[
                changedDepartment && {
                  key: 'department',
                  label: t('schedule.department'),
                  was: name(lookup.department(previous.departmentId)?.names),
                  now: departmentName,
                },
                changedDates && {
                  key: 'dates',
                  label: t('schedule.dates'),
                  was: <DateRange from={previous.startDate} to={previous.endDate} />,
                  now: <DateRange from={rotation.startDate} to={rotation.endDate} />,
                },
              ]
                .filter((c) => c !== false && c !== undefined)
                .map((c) => (
                  <div key={c.key} style={{ marginTop: 4 }}>
                    <div style={{ fontWeight: 500 }}>{c.label}</div>
                    <div>
                      {t('schedule.was')}
                      <s style={{ marginInlineStart: 4 }}>{c.was}</s>
                    </div>
                    <div>
                      <SwapRightOutlined aria-hidden /> {t('schedule.now')}
                      <strong style={{ marginInlineStart: 4 }}>{c.now}</strong>
                    </div>
                  </div>
                ))}
            </div>
          }
        />
      )}
      <Descriptions
        colon={false}
        column={1}
        size="small"
        styles={{ label: { width: 96, whiteSpace: 'normal' } }}
        items={[
          { key: 'hospital', label: t('schedule.hospital'), children: name(host?.names) },
          {
            key: 'dates',
            label: t('schedule.dates'),
            children: (
              <span>
                <DateRange from={rotation.startDate} to={rotation.endDate} />
              </span>
            ),
          },
          { key: 'activity', label: t('schedule.activity'), children: t(`common:activity.${rotation.activity}`) },
          ...(rotation.supervisor
            ? [
                {
                  key: 'supervisor',
                  label: t('schedule.supervisor'),
                  children: (
                    <span style={{ wordBreak: 'break-word' }}>
                      {rotation.supervisor.name}
                      {rotation.supervisor.email && (
                        <>
                          {' · '}
                          <a href={`mailto:${rotation.supervisor.email}`}>{rotation.supervisor.email}</a>
                        </>
                      )}
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      {rotation.status === 'DECLINED' && rotation.declineReason && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('schedule.declinedReason', { reason: rotation.declineReason })}
        </Typography.Paragraph>
      )}
      {awaiting && !props.canAnswer && (
        <Alert
          type="info"
          style={{ marginTop: 12 }}
          title={t('schedule.acceptFirst')}
          action={<Link to="/me">{t('schedule.acceptLink')}</Link>}
        />
      )}
      {awaiting && props.canAnswer && !declining && (
        <Flex gap={8} style={{ marginTop: 12 }} wrap="wrap">
          <Button
            type="primary"
            size="large"
            icon={<CheckOutlined />}
            loading={confirm.isPending}
            onClick={() => confirm.mutate(rotation, { onSuccess: () => void message.success(t('schedule.confirmed')) })}
            style={{ flex: '1 1 140px' }}
            aria-describedby={headingId}
          >
            {t('schedule.confirm')}
          </Button>
          <Button
            size="large"
            danger
            onClick={() => setDeclining(true)}
            style={{ flex: '1 1 120px' }}
            aria-describedby={headingId}
          >
            {t('schedule.decline')}
          </Button>
        </Flex>
      )}
      {awaiting && props.canAnswer && declining && (
        <Form layout="vertical" style={{ marginTop: 12 }} onFinish={sendDecline}>
          <Typography.Title level={4} style={{ fontSize: 15 }}>
            {t('schedule.declineTitle')}
          </Typography.Title>
          <Form.Item
            label={t('schedule.declineReason')}
            extra={t('schedule.declineHint')}
            validateStatus={reasonError ? 'error' : undefined}
            help={reasonError ? t('schedule.reasonRequired') : undefined}
            htmlFor={`reason-${rotation.rotationId}`}
          >
            <Input.TextArea
              id={`reason-${rotation.rotationId}`}
              value={reason}
              maxLength={1000}
              autoSize={{ minRows: 3 }}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonError(false);
              }}
              autoFocus
            />
          </Form.Item>
          <Space wrap>
            <Button type="primary" danger htmlType="submit" loading={decline.isPending}>
              {t('schedule.declineSend')}
            </Button>
            <Button onClick={() => setDeclining(false)}>{t('common:actions.cancel')}</Button>
          </Space>
        </Form>
      )}
      {(confirm.error || decline.error) && (
        <div style={{ marginTop: 12 }}>
          <ErrorNotice error={confirm.error ?? decline.error} onReload={props.onReload} />
        </div>
      )}
      {messageHolder}
    </Card>
  );
}
