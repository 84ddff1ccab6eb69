/**
 * /institutions/:institutionId/capacity: a host's departments × days (or weeks) as a heat map of
 * booked against capacity; a cell opens who is there. The host's coordinators (and the programme
 * office) edit departments and their capacity here. Two requests whatever the number of visitors.
 */
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Segmented,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { usePrincipal } from '../../app/auth';
import { hongKongDay, TIME_ZONE, todayInHongKong, useDates } from '../../app/dates';
import { LOCALE_OF } from '../../app/i18n';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useNames } from '../../app/names';
import { CoordinatorPage, RotationTag, Wide, ToneText } from './common';
import {
  type Department,
  type HostOccupancy,
  useCreateDepartment,
  useHostOccupancy,
  useInstitution,
  useInstitutions,
  useUpdateDepartment,
} from './queries';
import './coordinator.css';

type View = 'days' | 'weeks';
const SPAN: Record<View, number> = { days: 28, weeks: 91 };
const FORMAT = 'YYYY-MM-DD';

/** The Monday of the week a date falls in. */
const mondayOf = (date: string) => {
  const d = dayjs(date);
  return d.subtract((d.day() + 6) % 7, 'day').format(FORMAT);
};

/** Booked against capacity as a colour (and the cell's text always says the numbers too). */
function heat(booked: number, capacity: number): { background: string; color: string } {
  if (booked === 0) return { background: '#f5f5f5', color: '#595959' };
  if (capacity === 0 || booked > capacity) return { background: '#a8071a', color: '#fff' };
  const ratio = booked / capacity;
  if (ratio >= 1) return { background: '#d4380d', color: '#fff' };
  if (ratio >= 0.75) return { background: '#fa8c16', color: '#1f1f1f' };
  if (ratio >= 0.5) return { background: '#ffc069', color: '#1f1f1f' };
  return { background: '#ffe7ba', color: '#1f1f1f' };
}

interface Cell {
  departmentId: string;
  from: string;
  to: string;
  booked: number;
  rotationIds: string[];
}

function cellsOf(row: HostOccupancy['departments'][number], view: View): Cell[] {
  if (view === 'days')
    return row.days.map((d) => ({
      departmentId: row.department.departmentId,
      from: d.date,
      to: d.date,
      booked: d.booked,
      rotationIds: d.rotationIds,
    }));
  const weeks: Cell[] = [];
  for (let i = 0; i < row.days.length; i += 7) {
    const days = row.days.slice(i, i + 7);
    weeks.push({
      departmentId: row.department.departmentId,
      from: days[0]!.date,
      to: days[days.length - 1]!.date,
      // A week is as full as its fullest day.
      booked: Math.max(...days.map((d) => d.booked)),
      rotationIds: [...new Set(days.flatMap((d) => d.rotationIds))],
    });
  }
  return weeks;
}

export function CapacityHome() {
  const principal = usePrincipal();
  const [params] = useSearchParams();
  const search = params.toString();
  if (principal.institutionId)
    return <Navigate to={`/institutions/${principal.institutionId}/capacity${search ? `?${search}` : ''}`} replace />;
  return <CapacityScreen institutionId={undefined} />;
}

export default function CapacityPage() {
  const { institutionId = '' } = useParams();
  return <CapacityScreen institutionId={institutionId} key={institutionId} />;
}

function CapacityScreen(props: { institutionId: string | undefined }) {
  const { t } = useTranslation('coordinator');
  const common = useTranslation().t;
  const name = useNames();
  const dates = useDates();
  const navigate = useNavigate();
  const principal = usePrincipal();
  const institutions = useInstitutions();
  // ?from=YYYY-MM-DD opens the map at that week (links from elsewhere, and the tests).
  const [params] = useSearchParams();
  const asked = params.get('from');
  const [view, setView] = useState<View>('days');
  const [from, setFrom] = useState(() =>
    mondayOf(asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) && dayjs(asked).isValid() ? asked : todayInHongKong()),
  );
  const to = dayjs(from)
    .add(SPAN[view] - 1, 'day')
    .format(FORMAT);
  const [picked, setPicked] = useState<Cell>();

  const institutionId = props.institutionId;
  const mayEdit =
    principal.isProgrammeOffice ||
    (principal.roles.includes('hospital-coordinator') && principal.institutionId === institutionId);
  const mayPick = !principal.institutionId;

  const picker = mayPick ? (
    <Select
      aria-label={t('capacity.institution')}
      placeholder={t('capacity.chooseInstitution')}
      value={institutionId}
      showSearch
      optionFilterProp="label"
      onChange={(id: string) => navigate(`/institutions/${id}/capacity`)}
      options={(institutions.data ?? []).map((i) => ({ value: i.institutionId, label: name(i.names) }))}
      style={{ width: 280, maxWidth: '100%' }}
    />
  ) : undefined;

  if (!institutionId)
    return (
      <CoordinatorPage title={t('capacity.title')} subtitle={t('capacity.pick')}>
        {picker}
      </CoordinatorPage>
    );
  return (
    <Heatmap
      institutionId={institutionId}
      picker={picker}
      view={view}
      setView={(v) => {
        setView(v);
        setPicked(undefined);
      }}
      from={from}
      to={to}
      move={(weeks) => {
        setFrom(
          dayjs(from)
            .add(weeks * 7, 'day')
            .format(FORMAT),
        );
        setPicked(undefined);
      }}
      picked={picked}
      pick={setPicked}
      mayEdit={mayEdit}
      t={t}
      common={common}
      name={name}
      dates={dates}
    />
  );
}

function Heatmap(props: {
  institutionId: string;
  picker: React.ReactNode;
  view: View;
  setView: (v: View) => void;
  from: string;
  to: string;
  move: (weeks: number) => void;
  picked: Cell | undefined;
  pick: (cell: Cell | undefined) => void;
  mayEdit: boolean;
  t: ReturnType<typeof useTranslation>['t'];
  common: ReturnType<typeof useTranslation>['t'];
  name: ReturnType<typeof useNames>;
  dates: ReturnType<typeof useDates>;
}) {
  const { t, common, name, dates, view } = props;
  const institution = useInstitution(props.institutionId);
  const occupancy = useHostOccupancy(props.institutionId, props.from, props.to);
  const data = occupancy.data;
  const rotations = new Map(data?.rotations.map((r) => [r.rotationId, r]));
  const columns = data?.departments[0] ? cellsOf(data.departments[0], view) : [];
  const pickedDepartment = data?.departments.find((d) => d.department.departmentId === props.picked?.departmentId);
  const locale = LOCALE_OF[dates.language];
  const monthDay = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: TIME_ZONE });
  const dayOnly = new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: TIME_ZONE });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'narrow', timeZone: TIME_ZONE });
  const columnLabel = (c: Cell) =>
    view === 'days' ? dates.shortDate(c.from) : t('capacity.weekOf', { date: dates.shortDate(c.from) });

  return (
    <CoordinatorPage
      title={
        institution.data ? t('capacity.titleOf', { institution: name(institution.data.names) }) : t('capacity.title')
      }
      subtitle={t('capacity.intro')}
      extra={props.picker}
      error={occupancy.error ?? institution.error}
      onReload={() => void occupancy.refetch()}
    >
      <Flex wrap gap={8} align="center" justify="space-between">
        <Space wrap>
          <Button onClick={() => props.move(view === 'days' ? -4 : -13)}>{t('capacity.earlier')}</Button>
          <Typography.Text strong>{dates.range(props.from, props.to)}</Typography.Text>
          <Button onClick={() => props.move(view === 'days' ? 4 : 13)}>{t('capacity.later')}</Button>
        </Space>
        <Segmented<View>
          aria-label={t('capacity.view')}
          value={view}
          onChange={props.setView}
          options={[
            { value: 'days', label: t('capacity.byDay') },
            { value: 'weeks', label: t('capacity.byWeek') },
          ]}
        />
      </Flex>
      <Space wrap size={[12, 4]} aria-label={t('capacity.legend')} role="group">
        {(
          [
            [0, 4, 'capacity.legendFree'],
            [1, 4, 'capacity.legendSome'],
            [3, 4, 'capacity.legendNearly'],
            [4, 4, 'capacity.legendFull'],
            [5, 4, 'capacity.legendOver'],
          ] as const
        ).map(([booked, capacity, label]) => (
          <Space key={label} size={4}>
            <span
              aria-hidden="true"
              style={{
                display: 'inline-block',
                width: 14,
                height: 14,
                borderRadius: 3,
                border: '1px solid #bfbfbf',
                ...heat(booked, capacity),
              }}
            />
            <Typography.Text style={{ fontSize: 12 }}>{t(label)}</Typography.Text>
          </Space>
        ))}
      </Space>
      {!data ? null : data.departments.length === 0 ? (
        <Empty description={t('capacity.noDepartments')} />
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus so the keyboard can scroll it
        <section className="coord-scroll" aria-label={t('capacity.map')} tabIndex={0}>
          <table className="coord-heat">
            <caption className="sr-only">
              {t('capacity.caption', { period: dates.range(props.from, props.to) })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="coord-heat-name">
                  {t('capacity.department')}
                </th>
                {columns.map((c) => (
                  <th key={c.from} scope="col" style={{ fontWeight: 400, fontSize: 11, textAlign: 'center' }}>
                    {view === 'days' ? (
                      <>
                        <span aria-hidden="true">
                          {c.from.endsWith('-01') || c === columns[0]
                            ? monthDay.format(hongKongDay(c.from))
                            : dayOnly.format(hongKongDay(c.from))}
                          <br />
                          {weekday.format(hongKongDay(c.from))}
                        </span>
                        <span className="sr-only">{dates.date(c.from)}</span>
                      </>
                    ) : (
                      columnLabel(c)
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.departments.map((row) => (
                <tr key={row.department.departmentId}>
                  <th scope="row" className="coord-heat-name">
                    {name(row.department.names)}
                    <br />
                    <span style={{ fontWeight: 400, color: '#595959' }}>
                      {t('capacity.capacityOf', { count: row.department.capacity })}
                    </span>
                  </th>
                  {cellsOf(row, view).map((cell) => {
                    const colours = heat(cell.booked, row.department.capacity);
                    const pressed = props.picked?.departmentId === cell.departmentId && props.picked.from === cell.from;
                    return (
                      <td key={cell.from}>
                        <button
                          type="button"
                          aria-pressed={pressed}
                          aria-label={t('capacity.cell', {
                            department: name(row.department.names),
                            when: columnLabel(cell),
                            booked: cell.booked,
                            capacity: row.department.capacity,
                          })}
                          style={colours}
                          onClick={() => props.pick(pressed ? undefined : cell)}
                        >
                          {cell.booked}/{row.department.capacity}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {props.picked && pickedDepartment && (
        <Card
          size="small"
          title={
            <h2 style={{ fontSize: 16, margin: 0 }} aria-live="polite">
              {t('capacity.whoTitle', {
                department: name(pickedDepartment.department.names),
                when:
                  props.picked.from === props.picked.to
                    ? dates.date(props.picked.from)
                    : dates.range(props.picked.from, props.picked.to),
              })}
            </h2>
          }
        >
          {props.picked.rotationIds.length === 0 ? (
            <Typography.Text type="secondary">{t('capacity.nobody')}</Typography.Text>
          ) : (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {props.picked.rotationIds.map((id) => {
                const r = rotations.get(id);
                if (!r) return null;
                return (
                  <li key={id} style={{ marginBottom: 4 }}>
                    <Link to={`/placements/${r.placementId}#${r.rotationId}`}>{name(r.visitor)}</Link>{' '}
                    <Typography.Text type="secondary">
                      {dates.range(r.startDate, r.endDate)} · {common(`activity.${r.activity}`)}
                    </Typography.Text>{' '}
                    <RotationTag status={r.status} />
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
      )}
      {props.mayEdit && data && (
        <Departments institutionId={props.institutionId} departments={data.departments.map((d) => d.department)} />
      )}
    </CoordinatorPage>
  );
}

function Departments(props: { institutionId: string; departments: Department[] }) {
  const { t } = useTranslation('coordinator');
  const common = useTranslation().t;
  const name = useNames();
  const update = useUpdateDepartment();
  const create = useCreateDepartment();
  // What is typed stays until it is saved, also when saving fails.
  const [capacities, setCapacities] = useState<Record<string, number | null>>({});
  const [savedId, setSavedId] = useState<string>();
  const [form] = Form.useForm();
  const failedId = update.isError ? update.variables?.department.departmentId : undefined;

  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('capacity.departments')}</h2>}>
      <Wide minWidth={520} label={t('capacity.departments')}>
        <Table<Department>
          rowKey="departmentId"
          size="small"
          pagination={false}
          dataSource={props.departments}
          columns={[
            { title: t('capacity.department'), key: 'name', render: (_, d) => name(d.names) },
            { title: t('capacity.specialty'), dataIndex: 'specialty' },
            {
              title: t('capacity.capacity'),
              key: 'capacity',
              render: (_, d) => {
                const value = capacities[d.departmentId] ?? d.capacity;
                const changed = value !== d.capacity;
                return (
                  <Flex vertical gap={4}>
                    <Space>
                      <InputNumber
                        aria-label={t('capacity.capacityFor', { department: name(d.names) })}
                        min={0}
                        max={500}
                        precision={0}
                        value={value}
                        onChange={(v) => setCapacities((c) => ({ ...c, [d.departmentId]: v }))}
                        style={{ width: 88 }}
                      />
                      <Button
                        disabled={!changed || value === null}
                        loading={update.isPending && update.variables?.department.departmentId === d.departmentId}
                        onClick={() =>
                          update.mutate(
                            { department: d, changes: { capacity: Number(value) } },
                            {
                              onSuccess: () => {
                                setSavedId(d.departmentId);
                                setCapacities((c) => {
                                  const { [d.departmentId]: _, ...rest } = c;
                                  return rest;
                                });
                              },
                            },
                          )
                        }
                      >
                        {common('actions.save')}
                      </Button>
                    </Space>
                    {savedId === d.departmentId && !changed && (
                      <ToneText tone="success" role="status">
                        {t('capacity.saved')}
                      </ToneText>
                    )}
                    {failedId === d.departmentId && (
                      <ErrorNotice error={update.error} onReload={() => update.reset()} />
                    )}
                  </Flex>
                );
              },
            },
          ]}
        />
      </Wide>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
        {t('capacity.add')}
      </Typography.Title>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values: { en: string; hant: string; hans: string; specialty: string; capacity: number }) =>
          create.mutate(
            {
              institutionId: props.institutionId,
              department: {
                names: { en: values.en, 'zh-Hant': values.hant, 'zh-Hans': values.hans },
                specialty: values.specialty,
                capacity: values.capacity,
              },
            },
            { onSuccess: () => form.resetFields() },
          )
        }
      >
        <Flex wrap gap={8}>
          {(
            [
              ['en', 'capacity.nameEn'],
              ['hant', 'capacity.nameHant'],
              ['hans', 'capacity.nameHans'],
              ['specialty', 'capacity.specialty'],
            ] as const
          ).map(([field, label]) => (
            <Form.Item
              key={field}
              name={field}
              label={t(label)}
              rules={[{ required: true, whitespace: true, message: t('capacity.required') }]}
              style={{ flex: '1 1 180px' }}
            >
              <Input maxLength={field === 'specialty' ? 100 : 200} />
            </Form.Item>
          ))}
          <Form.Item
            name="capacity"
            label={t('capacity.capacity')}
            rules={[{ required: true, message: t('capacity.required') }]}
            style={{ flex: '0 0 120px' }}
          >
            <InputNumber min={0} max={500} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        {create.error && <ErrorNotice error={create.error} />}
        {create.isSuccess && (
          <Alert type="success" showIcon role="status" title={t('capacity.added')} style={{ marginBottom: 8 }} />
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('capacity.addButton')}
        </Button>
      </Form>
    </Card>
  );
}
