/**
 * /me/schedule: every rotation of the visitor, those awaiting confirmation first, each with
 * Confirm and Decline. Two requests whatever the number of rotations: GET /v1/me (names) and
 * GET /v1/me/rotations.
 */
import { Alert, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLookup, inScheduleOrder } from './lookup';
import { VisitorPage } from './Page';
import { useMe, useMyRotations } from './queries';
import { RotationCard } from './RotationCard';

const ANSWERABLE = ['ACCEPTED', 'ACTIVE'];

export default function MySchedule() {
  const { t } = useTranslation('visitor');
  const me = useMe();
  const rotations = useMyRotations();
  const lookup = useLookup(me.data);
  const placements = new Map(me.data?.placements.map((p) => [p.placementId, p]));
  const list = inScheduleOrder(rotations.data ?? []);
  const awaiting = list.filter((r) => r.status === 'SCHEDULED');
  const others = list.filter((r) => r.status !== 'SCHEDULED');
  const reload = () => {
    void me.refetch();
    void rotations.refetch();
  };
  const card = (rotation: (typeof list)[number]) => (
    <RotationCard
      key={rotation.rotationId}
      rotation={rotation}
      lookup={lookup}
      canAnswer={ANSWERABLE.includes(placements.get(rotation.placementId)?.status ?? '')}
      linkToDetails
      onReload={reload}
    />
  );
  return (
    <VisitorPage
      title={t('schedule.title')}
      intro={t('schedule.intro')}
      loading={me.isPending || rotations.isPending}
      error={me.error ?? rotations.error}
      onReload={reload}
    >
      {list.length === 0 ? (
        <Empty description={t('schedule.none')} />
      ) : (
        <>
          <Alert
            type={awaiting.length ? 'warning' : 'success'}
            showIcon
            title={awaiting.length ? t('schedule.awaiting', { count: awaiting.length }) : t('schedule.allDone')}
            role="status"
          />
          {awaiting.length > 0 && (
            <Flex vertical gap={12} component="section">
              {awaiting.map(card)}
            </Flex>
          )}
          {others.length > 0 && (
            <Flex vertical gap={12} component="section" aria-labelledby="other-rotations">
              {awaiting.length > 0 && (
                <Typography.Title level={2} id="other-rotations" style={{ fontSize: 18, margin: '8px 0 0' }}>
                  {t('schedule.other')}
                </Typography.Title>
              )}
              {others.map(card)}
            </Flex>
          )}
        </>
      )}
    </VisitorPage>
  );
}
