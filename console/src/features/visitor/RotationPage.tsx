/**
 * /rotations/:rotationId for a visitor (where rotation emails link): the rotation, what changed,
 * Confirm or Decline. Two requests: GET /v1/me (names, placement state) and the rotation.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { toApiError } from '../../app/errors';
import { useLookup } from './lookup';
import { VisitorPage } from './Page';
import { useMe, useRotation } from './queries';
import { RotationCard } from './RotationCard';

export default function RotationPage() {
  const { t } = useTranslation('visitor');
  const { rotationId = '' } = useParams();
  const me = useMe();
  const rotation = useRotation(rotationId);
  const lookup = useLookup(me.data);
  const placement = me.data?.placements.find((p) => p.placementId === rotation.data?.placementId);
  const missing = rotation.error && [403, 404].includes(toApiError(rotation.error).status);
  const reload = () => {
    void me.refetch();
    void rotation.refetch();
  };
  return (
    <VisitorPage
      title={t('schedule.title')}
      loading={me.isPending || rotation.isPending}
      error={missing ? undefined : (me.error ?? rotation.error)}
      onReload={reload}
    >
      <Link to="/me/schedule">
        <ArrowLeftOutlined aria-hidden /> {t('schedule.back')}
      </Link>
      {missing && <Empty description={t('schedule.notFound')} />}
      {rotation.data && (
        <RotationCard
          rotation={rotation.data}
          lookup={lookup}
          canAnswer={placement?.status === 'ACCEPTED' || placement?.status === 'ACTIVE'}
          onReload={reload}
        />
      )}
    </VisitorPage>
  );
}
