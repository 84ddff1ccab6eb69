/**
 * Create or change one rotation: department, dates (with move and stretch by a week), activity.
 * Every plan is sent as a dry run first, and every broken rule is shown in words; Save is one
 * click once the plan is clean. Changing a confirmed rotation's dates or department sends it
 * back to the visitor, and the editor says so before saving. Nothing typed is lost on an error.
 */
import { Alert, Button, DatePicker, Drawer, Flex, Form, Grid, Select, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../app/dates';
import { ErrorNotice } from '../../app/ErrorNotice';
import { type Lookup, RotationTag, useHostDepartments, useViolationWords, violationsOf } from './common';
import {
  type Activity,
  type Placement,
  type Rotation,
  type RotationPlan,
  type VisitorRow,
  useCheckRotation,
  useSaveRotation,
} from './queries';

const ACTIVITIES: Activity[] = ['CLINICAL', 'OBSERVATION', 'TRAINING'];
const FORMAT = 'YYYY-MM-DD';
const shift = (date: string, days: number) => dayjs(date).add(days, 'day').format(FORMAT);

export interface EditorTarget {
  placement: Placement;
  visitor: VisitorRow['visitor'];
  /** The rotation to change; absent for a new one. */
  rotation?: Rotation;
  /** Other rotations of the same visitor (to name an overlap). */
  siblings: Rotation[];
}

const planKey = (p: Partial<RotationPlan>) => JSON.stringify([p.departmentId, p.startDate, p.endDate, p.activity]);

function initialPlan(target: EditorTarget): Partial<RotationPlan> {
  if (target.rotation) {
    const { departmentId, startDate, endDate, activity } = target.rotation;
    return { departmentId, startDate, endDate, activity };
  }
  const start = target.placement.startDate;
  const end = shift(start, 27) < target.placement.endDate ? shift(start, 27) : target.placement.endDate;
  return { startDate: start, endDate: end, activity: 'CLINICAL' };
}

export function RotationEditor(props: {
  target: EditorTarget | undefined;
  lookup: Lookup;
  onClose: () => void;
  onSaved: (message: string) => void;
  /** Read the schedule again (a stale rotation): the plan typed here is kept. */
  onReload: () => void;
}) {
  const target = props.target;
  return target ? (
    <EditorDrawer {...props} target={target} key={target.rotation?.rotationId ?? target.placement.placementId} />
  ) : null;
}

function EditorDrawer(props: {
  target: EditorTarget;
  lookup: Lookup;
  onClose: () => void;
  onSaved: (message: string) => void;
  onReload: () => void;
}) {
  const { target } = props;
  const { t } = useTranslation('coordinator');
  const common = useTranslation().t;
  const dates = useDates();
  const screens = Grid.useBreakpoint();
  const { departments, lookup } = useHostDepartments(props.lookup, target.placement.hostInstitutionId);
  const check = useCheckRotation();
  const save = useSaveRotation();
  const [plan, setPlan] = useState<Partial<RotationPlan>>(() => initialPlan(target));
  const [checkedKey, setCheckedKey] = useState<string>();
  const name = props.lookup.name;
  const words = useViolationWords(lookup, target.siblings);

  const complete = (p: Partial<RotationPlan>): p is RotationPlan =>
    Boolean(p.departmentId && p.startDate && p.endDate && p.activity && p.startDate <= p.endDate);
  const unchanged = target.rotation !== undefined && planKey(plan) === planKey(initialPlan(target));
  // A reloaded rotation (new version) is checked again even if the plan is the same.
  const key = `${planKey(plan)}@${target.rotation?.version ?? 0}`;

  // A dry run of every complete plan, a moment after the last change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the plan's key (and the rotation's version) say when to ask again; the rest is read as it is then
  useEffect(() => {
    if (!complete(plan) || unchanged) return;
    const timer = setTimeout(() => {
      check.mutate(
        { placementId: target.placement.placementId, rotation: target.rotation, plan },
        { onSettled: () => setCheckedKey(key) },
      );
    }, 350);
    return () => clearTimeout(timer);
  }, [key, unchanged]);

  const current = checkedKey === key && !check.isPending;
  const violations = current && check.error ? violationsOf(check.error) : undefined;
  const clean = current && check.isSuccess;
  const movesConfirmed =
    target.rotation?.status === 'CONFIRMED' &&
    (plan.departmentId !== target.rotation.departmentId ||
      plan.startDate !== target.rotation.startDate ||
      plan.endDate !== target.rotation.endDate);

  const set = (changes: Partial<RotationPlan>) => {
    save.reset();
    setPlan((p) => ({ ...p, ...changes }));
  };
  const move = (days: number) =>
    plan.startDate &&
    plan.endDate &&
    set({ startDate: shift(plan.startDate, days), endDate: shift(plan.endDate, days) });
  const stretch = (days: number) => plan.endDate && set({ endDate: shift(plan.endDate, days) });

  const onSave = () => {
    if (!complete(plan)) return;
    save.mutate(
      {
        programmeId: target.placement.programmeId,
        placementId: target.placement.placementId,
        rotation: target.rotation,
        plan,
      },
      {
        onSuccess: () =>
          props.onSaved(
            movesConfirmed ? t('editor.savedReconfirm', { name: name(target.visitor.names) }) : t('editor.saved'),
          ),
      },
    );
  };

  const toDay = (value: string | undefined) => (value ? dayjs(value) : null);
  const fromDay = (value: Dayjs | null) => (value ? value.format(FORMAT) : undefined);
  const outsidePlacement = (d: Dayjs) =>
    d.format(FORMAT) < target.placement.startDate || d.format(FORMAT) > target.placement.endDate;

  return (
    <Drawer
      open
      onClose={props.onClose}
      size={screens.md ? 480 : '100%'}
      title={target.rotation ? t('editor.changeTitle') : t('editor.newTitle')}
      closable={{ 'aria-label': common('actions.close') }}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={props.onClose}>{common('actions.cancel')}</Button>
          <Button type="primary" disabled={!clean || unchanged} loading={save.isPending} onClick={onSave}>
            {t('editor.save')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <div>
          <Typography.Text strong>{name(target.visitor.names)}</Typography.Text>
          <br />
          <Typography.Text type="secondary">
            {t('editor.placement', {
              host: props.lookup.institutionName(target.placement.hostInstitutionId),
              period: dates.range(target.placement.startDate, target.placement.endDate),
            })}
          </Typography.Text>
          {target.rotation && (
            <div style={{ marginTop: 4 }}>
              <RotationTag status={target.rotation.status} />
            </div>
          )}
        </div>
        <Form layout="vertical" requiredMark={false} onFinish={onSave}>
          <Form.Item label={t('editor.department')} htmlFor="rotation-department" required>
            <Select
              id="rotation-department"
              value={plan.departmentId}
              placeholder={t('editor.chooseDepartment')}
              loading={departments.isPending}
              showSearch
              optionFilterProp="label"
              onChange={(departmentId: string) => set({ departmentId })}
              options={(departments.data ?? []).map((d) => ({
                value: d.departmentId,
                label: `${name(d.names)} (${t('editor.capacity', { count: d.capacity })})`,
              }))}
            />
          </Form.Item>
          <Flex gap={8} wrap>
            <Form.Item label={t('editor.start')} htmlFor="rotation-start" style={{ flex: '1 1 160px' }}>
              <DatePicker
                id="rotation-start"
                value={toDay(plan.startDate)}
                format={FORMAT}
                allowClear={false}
                disabledDate={outsidePlacement}
                onChange={(d) => set({ startDate: fromDay(d) })}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item label={t('editor.end')} htmlFor="rotation-end" style={{ flex: '1 1 160px' }}>
              <DatePicker
                id="rotation-end"
                value={toDay(plan.endDate)}
                format={FORMAT}
                allowClear={false}
                disabledDate={outsidePlacement}
                onChange={(d) => set({ endDate: fromDay(d) })}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Flex>
          {plan.startDate && plan.endDate && (
            <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
              {dates.range(plan.startDate, plan.endDate)}
            </Typography.Paragraph>
          )}
          <Space wrap size={[8, 8]} style={{ marginBottom: 16 }} role="group" aria-label={t('editor.adjust')}>
            <Button size="small" onClick={() => move(-7)}>
              {t('editor.earlier')}
            </Button>
            <Button size="small" onClick={() => move(7)}>
              {t('editor.later')}
            </Button>
            <Button size="small" onClick={() => stretch(-7)}>
              {t('editor.shorter')}
            </Button>
            <Button size="small" onClick={() => stretch(7)}>
              {t('editor.longer')}
            </Button>
          </Space>
          <Form.Item label={t('editor.activity')} htmlFor="rotation-activity">
            <Select
              id="rotation-activity"
              value={plan.activity}
              onChange={(activity: Activity) => set({ activity })}
              options={ACTIVITIES.map((a) => ({ value: a, label: common(`activity.${a}`) }))}
            />
          </Form.Item>
        </Form>
        {movesConfirmed && (
          <Alert type="info" showIcon title={t('editor.reconfirm', { name: name(target.visitor.names) })} />
        )}
        <div aria-live="polite">
          {!complete(plan) ? (
            <Typography.Text type="secondary">{t('editor.incomplete')}</Typography.Text>
          ) : unchanged ? (
            <Typography.Text type="secondary">{t('editor.unchanged')}</Typography.Text>
          ) : !current ? (
            <Space>
              <Spin size="small" />
              <Typography.Text>{t('editor.checking')}</Typography.Text>
            </Space>
          ) : violations ? (
            <Alert
              type="error"
              showIcon
              title={t('editor.broken', { count: violations.filter((v) => v.severity !== 'warning').length })}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="violations">
                  {violations.map((v) => (
                    <li key={`${v.code}-${JSON.stringify(v.details ?? {})}`}>{words(v)}</li>
                  ))}
                </ul>
              }
            />
          ) : clean ? (
            <Alert
              type="success"
              showIcon
              title={t('editor.clean')}
              description={
                check.data.warnings.length ? (
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {check.data.warnings.map((w) => (
                      <li key={w.code}>{words(w)}</li>
                    ))}
                  </ul>
                ) : undefined
              }
            />
          ) : (
            check.error && <ErrorNotice error={check.error} onReload={props.onReload} />
          )}
        </div>
        {save.error && <ErrorNotice error={save.error} onReload={props.onReload} />}
      </Flex>
    </Drawer>
  );
}
