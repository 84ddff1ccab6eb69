/**
 * /programmes: the programmes, each with its overview, visitors and schedule a click away, and
 * (a coordinator's first screen) the language their emails reach them in.
 */
import { Card, Empty, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePrincipal } from '../../app/auth';
import { useDates } from '../../app/dates';
import { useNames } from '../../app/names';
import { CoordinatorPage, ToneTag } from './common';
import { EmailLanguageNote } from './EmailLanguageNote';
import { useInstitutions, useProgrammes } from './queries';
import './coordinator.css';

export default function ProgrammesPage() {
  const { t } = useTranslation('coordinator');
  const programmes = useProgrammes();
  const institutions = useInstitutions();
  const principal = usePrincipal();
  const dates = useDates();
  const name = useNames();
  const own = principal.institutionId
    ? institutions.data?.find((i) => i.institutionId === principal.institutionId)
    : undefined;
  const list = [...(programmes.data ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <CoordinatorPage
      title={t('programmes.title')}
      subtitle={own ? t('programmes.confined', { institution: name(own.names) }) : t('programmes.intro')}
      loading={programmes.isPending}
      error={programmes.error}
      onReload={() => void programmes.refetch()}
    >
      {list.length === 0 ? (
        <Empty description={t('programmes.none')} />
      ) : (
        <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((p) => (
            <li key={p.programmeId}>
              <Card size="small">
                <Flex wrap justify="space-between" gap={8} align="baseline">
                  <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
                    <Link to={`/programmes/${p.programmeId}`}>{name(p.names)}</Link>
                  </Typography.Title>
                  <Space wrap size={4}>
                    <ToneTag tone="neutral">{t(`direction.${p.direction}`)}</ToneTag>
                    <ToneTag tone={p.status === 'OPEN' ? 'green' : 'neutral'}>
                      {t(`programmeStatus.${p.status}`)}
                    </ToneTag>
                  </Space>
                </Flex>
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>
                  {dates.range(p.startDate, p.endDate)}
                </Typography.Paragraph>
                <Space wrap size={16}>
                  <Link to={`/programmes/${p.programmeId}`}>{t('tabs.overview')}</Link>
                  <Link to={`/programmes/${p.programmeId}/placements`}>{t('tabs.visitors')}</Link>
                  <Link to={`/programmes/${p.programmeId}/schedule`}>{t('tabs.schedule')}</Link>
                </Space>
              </Card>
            </li>
          ))}
        </Flex>
      )}
      <EmailLanguageNote />
    </CoordinatorPage>
  );
}
