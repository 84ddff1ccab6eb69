/**
 * Plan several rotations of one placement at once: a row per rotation (department, dates,
 * activity), each new row starting the day after the one before. The whole plan is sent as a
 * dry run a moment after every change, and each row shows the rules it breaks in words, its
 * clashes with the plan's other rows included. The plan is saved in one request, all or none.
 */
import { Alert, Button, Card, DatePicker, Drawer, Flex, Form, Grid, Select, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../app/errors';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useDates } from '../../app/dates';
import { type Lookup, ToneText, useHostDepartments, useViolationWords } from './common';
import {
  type Activity,
  type Placement,
  type Rotation,
  type RotationPlan,
  type RotationPlanItem,
  useScheduleRotationPlan,
} from './queries';

const ACTIVITIES: Activity[] = ['CLINICAL', 'OBSERVATION', 'TRAINING'];
const FORMAT = 'YYYY-MM-DD';
/** The API's limit of rotations in one plan. */
const MAX_ROTATIONS = 16;
const shift = (date: string, days: number) => dayjs(date).add(days, 'day').format(FORMAT);
const earlier = (a: string, b: string) => (a < b ? a : b);

interface Row extends Partial<RotationPlan> {
  /** Stable across edits and removals, for React and the fields' ids. */
  key: number;
}

/** A new row: four weeks from the day after `after` (or the placement's start), within the placement. */
function rowAfter(placement: Placement, after: string | undefined, key: number, activity: Activity): Row {
  const start = after && after >= placement.startDate ? shift(after, 1) : placement.startDate;
  if (start > placement.endDate) return { key, activity };
  return { key, startDate: start, endDate: earlier(shift(start, 27), placement.endDate), activity };
}

const complete = (row: Row): row is Row & RotationPlan =>
  Boolean(row.departmentId && row.startDate && row.endDate && row.activity && row.startDate <= row.endDate);
const planOf = (rows: Row[]): RotationPlan[] =>
  rows.map(({ departmentId, startDate, endDate, activity }) => ({
    departmentId: departmentId ?? '',
    startDate: startDate ?? '',
    endDate: endDate ?? '',
    activity: activity ?? 'CLINICAL',
  }));

/** Each row's verdict from a refused plan (409 with `items`), by the row's place in the plan. */
function verdictsOf(error: unknown): RotationPlanItem[] | undefined {
  const apiError = toApiError(error);
  const items = (apiError.problem as { items?: RotationPlanItem[] }).items;
  return apiError.status === 409 && Array.isArray(items) ? items : undefined;
}

export function RotationPlanDrawer(props: {
  placement: Placement;
  visitorName: string;
  /** The visitor's rotations already scheduled (to start after them and to name an overlap). */
  rotations: Rotation[];
  lookup: Lookup;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { placement } = props;
  const { t } = useTranslation('coordinator');
  const common = useTranslation().t;
  const dates = useDates();
  const screens = Grid.useBreakpoint();
  const { departments, lookup } = useHostDepartments(props.lookup, placement.hostInstitutionId);
  const check = useScheduleRotationPlan();
  const save = useScheduleRotationPlan();
  const nextKey = useRef(1);
  const [rows, setRows] = useState<Row[]>(() => {
    const live = props.rotations.filter((r) => r.status === 'SCHEDULED' || r.status === 'CONFIRMED');
    const lastEnd = live
      .map((r) => r.endDate)
      .sort()
      .at(-1);
    return [rowAfter(placement, lastEnd, 0, 'CLINICAL')];
  });
  const [checkedKey, setCheckedKey] = useState<string>();

  const name = props.lookup.name;

  const ready = rows.every(complete);
  const key = JSON.stringify(planOf(rows));
  // A dry run of the whole plan, a moment after the last change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the plan's key says when to ask again; the rest is read as it is then
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => {
      check.mutate({ placement, rotations: planOf(rows), dryRun: true }, { onSettled: () => setCheckedKey(key) });
    }, 350);
    return () => clearTimeout(timer);
  }, [key, ready]);

  const current = ready && checkedKey === key && !check.isPending;
  const verdicts = current ? (check.isSuccess ? check.data.items : verdictsOf(check.error)) : undefined;
  const refused = verdicts?.filter((v) => !v.ok).length ?? 0;
  const clean = current && check.isSuccess;
  // The plan's own rows, under the ids the dry run judged them by, so an overlap between two rows is named.
  const planned = (verdicts ?? []).flatMap((v) => {
    const row = rows[v.index];
    return row && complete(row) ? [{ ...row, rotationId: v.rotationId }] : [];
  });
  const words = useViolationWords(lookup, [...props.rotations, ...planned]);

  const edit = (index: number, changes: Partial<Row>) => {
    save.reset();
    setRows((all) => all.map((row, i) => (i === index ? { ...row, ...changes } : row)));
  };
  const add = () => {
    save.reset();
    setRows((all) => {
      const last = all.at(-1);
      return [...all, rowAfter(placement, last?.endDate, nextKey.current++, last?.activity ?? 'CLINICAL')];
    });
  };
  const remove = (index: number) => {
    save.reset();
    setRows((all) => all.filter((_, i) => i !== index));
  };

  const onSave = () => {
    if (!clean) return;
    save.mutate(
      { placement, rotations: planOf(rows), dryRun: false },
      {
        onSuccess: (result) =>
          props.onSaved(
            `${t('plan.saved', { count: result.items.length })} ${
              placement.status === 'NOMINATED' ? t('plan.savedLater') : t('plan.savedEmail')
            }`,
          ),
      },
    );
  };

  const toDay = (value: string | undefined) => (value ? dayjs(value) : null);
  const fromDay = (value: Dayjs | null) => (value ? value.format(FORMAT) : undefined);
  const outsidePlacement = (d: Dayjs) => d.format(FORMAT) < placement.startDate || d.format(FORMAT) > placement.endDate;

  return (
    <Drawer
      open
      onClose={props.onClose}
      size={screens.md ? 640 : '100%'}
      title={t('plan.title', { name: props.visitorName })}
      closable={{ 'aria-label': common('actions.close') }}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={props.onClose}>{common('actions.cancel')}</Button>
          <Button type="primary" disabled={!clean} loading={save.isPending} onClick={onSave}>
            {t('plan.save', { count: rows.length })}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('editor.placement', {
            host: props.lookup.institutionName(placement.hostInstitutionId),
            period: dates.range(placement.startDate, placement.endDate),
          })}
          <br />
          {t('plan.intro')}
        </Typography.Paragraph>
        {rows.map((row, index) => {
          const n = index + 1;
          const id = (field: string) => `plan-${row.key}-${field}`;
          const verdict = verdicts?.find((v) => v.index === index);
          return (
            <Card
              key={row.key}
              size="small"
              title={<h3 style={{ fontSize: 14, margin: 0 }}>{t('plan.row', { n })}</h3>}
              extra={
                rows.length > 1 && (
                  <Button size="small" type="text" danger onClick={() => remove(index)}>
                    {t('plan.remove', { n })}
                  </Button>
                )
              }
              data-testid={`plan-row-${n}`}
            >
              <Form layout="vertical" requiredMark={false} component="div">
                <Form.Item label={t('editor.department')} htmlFor={id('department')} required>
                  <Select
                    id={id('department')}
                    value={row.departmentId}
                    placeholder={t('editor.chooseDepartment')}
                    loading={departments.isPending}
                    showSearch
                    optionFilterProp="label"
                    onChange={(departmentId: string) => edit(index, { departmentId })}
                    options={(departments.data ?? []).map((d) => ({
                      value: d.departmentId,
                      label: `${name(d.names)} (${t('editor.capacity', { count: d.capacity })})`,
                    }))}
                  />
                </Form.Item>
                <Flex gap={8} wrap>
                  <Form.Item label={t('editor.start')} htmlFor={id('start')} style={{ flex: '1 1 140px' }}>
                    <DatePicker
                      id={id('start')}
                      value={toDay(row.startDate)}
                      format={FORMAT}
                      allowClear={false}
                      disabledDate={outsidePlacement}
                      onChange={(d) => edit(index, { startDate: fromDay(d) })}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                  <Form.Item label={t('editor.end')} htmlFor={id('end')} style={{ flex: '1 1 140px' }}>
                    <DatePicker
                      id={id('end')}
                      value={toDay(row.endDate)}
                      format={FORMAT}
                      allowClear={false}
                      disabledDate={outsidePlacement}
                      onChange={(d) => edit(index, { endDate: fromDay(d) })}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                  <Form.Item label={t('editor.activity')} htmlFor={id('activity')} style={{ flex: '1 1 140px' }}>
                    <Select
                      id={id('activity')}
                      value={row.activity}
                      onChange={(activity: Activity) => edit(index, { activity })}
                      options={ACTIVITIES.map((a) => ({ value: a, label: common(`activity.${a}`) }))}
                    />
                  </Form.Item>
                </Flex>
              </Form>
              {row.startDate && row.endDate && (
                <Typography.Text type="secondary">{dates.range(row.startDate, row.endDate)}</Typography.Text>
              )}
              {verdict && (
                <div data-testid={`plan-row-${n}-verdict`} style={{ marginTop: 8 }}>
                  {verdict.ok ? (
                    <ToneText tone="success">{t('plan.rowClean')}</ToneText>
                  ) : (
                    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="violations">
                      {(verdict.violations ?? []).map((v) => (
                        <li key={`${v.code}-${JSON.stringify(v.details ?? {})}`}>
                          <ToneText tone="danger">{words(v)}</ToneText>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
            </Card>
          );
        })}
        <Space wrap>
          <Button onClick={add} disabled={rows.length >= MAX_ROTATIONS}>
            {t('plan.add')}
          </Button>
          {rows.length >= MAX_ROTATIONS && (
            <Typography.Text type="secondary">{t('plan.max', { count: MAX_ROTATIONS })}</Typography.Text>
          )}
        </Space>
        <div aria-live="polite">
          {!ready ? (
            <Typography.Text type="secondary">{t('plan.incomplete')}</Typography.Text>
          ) : !current ? (
            <Space>
              <Spin size="small" />
              <Typography.Text>{t('plan.checking')}</Typography.Text>
            </Space>
          ) : refused > 0 ? (
            <Alert
              type="error"
              showIcon
              title={
                rows.length === 1 ? t('plan.brokenOnly') : t('plan.broken', { count: refused, total: rows.length })
              }
            />
          ) : clean ? (
            <Alert type="success" showIcon title={t('plan.clean', { count: rows.length })} />
          ) : (
            check.error && <ErrorNotice error={check.error} />
          )}
        </div>
        {/* Refused on saving (someone booked the same days meanwhile): the plan typed stays, checked again. */}
        {save.error && <ErrorNotice error={save.error} />}
      </Flex>
    </Drawer>
  );
}
