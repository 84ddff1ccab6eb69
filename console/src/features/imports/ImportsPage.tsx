/**
 * /programmes/:programmeId/imports — import nominations from a spreadsheet (choose, check, fix,
 * import with progress), the imports made before with their rejected rows, and the exports.
 * Every problem is worded here from its stable code, in the reader's language.
 */
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Progress,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload as AntUpload,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../app/App';
import { ErrorNotice } from '../../app/ErrorNotice';
import { toApiError } from '../../app/errors';
import { useNames } from '../../app/names';
import { formatDateTime } from '../../app/dates';
import { currentLanguage } from '../../app/i18n';
import {
  type Encoding,
  type ImportRecord,
  type ImportReport,
  type ImportRow,
  saveDownload,
  type ImportRequest,
  useCommit,
  useDryRun,
  usePrepareFile,
  useHostInstitutions,
  useImports,
  useProgramme,
} from './queries';
import './load-strings';

// Solid tags in dark tones: white text on them passes WCAG AA contrast (antd's light presets do not).
const OK = '#236b2e';
const BAD = '#a8071a';
const NEUTRAL = '#595959';
const OUTCOME_COLOUR: Record<string, string> = {
  NEW: OK,
  PERSON_EXISTS: OK,
  ALREADY_NOMINATED: NEUTRAL,
  INVALID: BAD,
  CREATED: OK,
  NOMINATED: OK,
  REJECTED: BAD,
  PENDING: NEUTRAL,
};

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 / GBK',
  big5: 'Big5',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

type Problem = ImportRow['problems'][number];

/** One problem of a row in words: a row code of the import, or a rule of the API. */
function useProblemText() {
  const { t } = useTranslation();
  return (p: Problem) => {
    const params = { column: p.column ?? '', value: String(p.details?.value ?? '') };
    const own = t(`imports:problems.${p.code}`, { ...params, defaultValue: '' });
    if (own) return own;
    const rule =
      t(`errors.violations.${p.code}`, { defaultValue: '' }) || t('errors.violations.other', { code: p.code });
    return p.column ? t('imports:problems.inColumn', { column: p.column, text: rule }) : rule;
  };
}

export default function ImportsPage() {
  const { programmeId = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const names = useNames();
  const problemText = useProblemText();
  const programme = useProgramme(programmeId);
  const imports = useImports(programmeId);

  const [file, setFile] = useState<File>();
  const [encoding, setEncoding] = useState<Encoding | 'auto'>('auto');
  const [dateOrder, setDateOrder] = useState<'DMY' | 'MDY'>('DMY');
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [progress, setProgress] = useState<ImportRecord>();
  const [uploading, setUploading] = useState(false);
  const files = usePrepareFile(programmeId);
  const dryRun = useDryRun(programmeId, files);
  const commit = useCommit(programmeId, files, setProgress);
  const title = t('imports:title');

  useEffect(() => {
    document.title = programme.data ? `${title} — ${names(programme.data.names)}` : title;
  }, [title, programme.data, names]);

  // A large file is posted to storage first; say so while it goes.
  const request = (chosen: File, override?: Encoding): ImportRequest => ({
    file: chosen,
    ...(override ? { encoding: override } : encoding === 'auto' ? {} : { encoding }),
    dateOrder,
    onUploading: () => setUploading(true),
  });
  const settled = { onSettled: () => setUploading(false) };
  const check = (override?: Encoding) => {
    if (!file) return;
    if (override) setEncoding(override);
    commit.reset();
    setProgress(undefined);
    dryRun.mutate(request(file, override), settled);
  };
  const report: ImportReport | undefined = dryRun.data;
  const ready = report ? report.counts.new + report.counts.personExists : 0;

  // A refused file: the problem in words, and for missing columns which ones (and what each encoding reads).
  const refusal = dryRun.error ? toApiError(dryRun.error) : undefined;
  const refusalCell = (refusal?.problem as { cell?: string } | undefined)?.cell;
  const refusalText = refusalCell
    ? t('imports:files.FORMULAS_NOT_ALLOWED', { cell: refusalCell })
    : refusal?.code
      ? t(`errors.codes.${refusal.code}`, { defaultValue: '' })
      : '';
  const refusalEncoding = (refusal?.problem as { encoding?: ImportReport['encoding'] } | undefined)?.encoding;
  const missing = (refusal?.problem as { missing?: { field: string; labels?: Record<string, string> }[] } | undefined)
    ?.missing;

  const download = (path: Promise<{ data?: Blob; error?: unknown; response: Response }>, name: string) =>
    void saveDownload(path, name);

  const hostRegion = programme.data ? (programme.data.direction === 'GD_TO_HK' ? 'HK' : 'GD') : undefined;
  const hosts = useHostInstitutions(hostRegion);
  const [occupancyHost, setOccupancyHost] = useState<string>();
  const [month, setMonth] = useState<Dayjs | null>(null);

  const rows = useMemo(
    () => (report?.rows ?? []).filter((r) => !onlyProblems || r.problems.some((p) => p.severity !== 'warning')),
    [report, onlyProblems],
  );

  const encodingChoices = report?.encoding ?? refusalEncoding;

  // A table wider than a phone scrolls inside its card: that region must be reachable from the keyboard.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const region of root.current?.querySelectorAll<HTMLElement>('.ant-table-content') ?? []) {
      if (region.scrollWidth > region.clientWidth) region.tabIndex = 0;
      else region.removeAttribute('tabindex');
    }
  });

  return (
    <Flex ref={root} vertical gap={16} style={{ maxWidth: 1100, marginInline: 'auto' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 4 }}>
          {title}
        </Typography.Title>
        {programme.data && (
          <Typography.Text strong>
            <Link to={`/programmes/${programmeId}`}>{names(programme.data.names)}</Link>
          </Typography.Text>
        )}
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('imports:intro')}
        </Typography.Paragraph>
      </div>
      {programme.error ? <ErrorNotice error={programme.error} /> : null}

      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {t('imports:upload.heading')}
          </Typography.Title>
        }
      >
        <Flex vertical gap={12}>
          <AntUpload.Dragger
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            beforeUpload={(chosen) => {
              setFile(chosen);
              dryRun.reset();
              commit.reset();
              setProgress(undefined);
              setEncoding('auto');
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{t('imports:upload.drop')}</p>
            <p className="ant-upload-hint">{t('imports:upload.hint')}</p>
          </AntUpload.Dragger>
          {file && (
            <Typography.Text data-testid="chosen-file">
              {t('imports:upload.chosen', { name: file.name, size: `${Math.ceil(file.size / 1024)} KB` })}
            </Typography.Text>
          )}
          <Flex wrap gap={16} align="end">
            <div>
              <Typography.Text id="import-encoding-label">{t('imports:upload.encoding')}</Typography.Text>
              <br />
              <Select
                aria-labelledby="import-encoding-label"
                style={{ minWidth: 220 }}
                value={encoding}
                onChange={setEncoding}
                options={[
                  { value: 'auto', label: t('imports:upload.encodingAuto') },
                  { value: 'utf-8', label: 'UTF-8' },
                  { value: 'gb18030', label: 'GB18030 / GBK' },
                  { value: 'big5', label: 'Big5' },
                ]}
              />
            </div>
            <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
              <legend style={{ fontSize: 14, marginBottom: 4 }}>{t('imports:upload.dateOrder')}</legend>
              <Radio.Group value={dateOrder} onChange={(e) => setDateOrder(e.target.value)}>
                <Radio value="DMY">{t('imports:upload.dmy')}</Radio>
                <Radio value="MDY">{t('imports:upload.mdy')}</Radio>
              </Radio.Group>
            </fieldset>
          </Flex>
          <Space wrap>
            <Button type="primary" disabled={!file} loading={dryRun.isPending} onClick={() => void check()}>
              {dryRun.isPending
                ? t(uploading ? 'imports:upload.uploading' : 'imports:upload.checking')
                : t('imports:upload.check')}
            </Button>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              onClick={() =>
                download(
                  api.GET('/v1/programmes/{programmeId}/imports/template.xlsx', {
                    params: { path: { programmeId }, query: { lang: currentLanguage() } },
                    parseAs: 'blob',
                  }),
                  'nominations-template.xlsx',
                )
              }
            >
              {t('imports:upload.template')}
            </Button>
          </Space>
        </Flex>
      </Card>

      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={refusalText || undefined}
          description={
            missing?.length ? (
              t('imports:report.missingColumns', {
                columns: missing.map((m) => m.labels?.[currentLanguage()] ?? m.field).join(', '),
              })
            ) : refusalText ? undefined : (
              <ErrorNotice error={dryRun.error} />
            )
          }
        />
      )}

      {encodingChoices && encodingChoices.candidates.length > 1 && (
        <Card
          size="small"
          title={t('imports:report.encodingUsed', {
            encoding: ENCODING_NAMES[encodingChoices.used] ?? encodingChoices.used,
          })}
        >
          <Typography.Paragraph>{t('imports:report.encodingQuestion')}</Typography.Paragraph>
          <Flex vertical gap={8}>
            {encodingChoices.candidates.map((c) => (
              <Flex key={c.encoding} wrap gap={12} align="center">
                <Button
                  size="small"
                  type={c.encoding === encodingChoices.used ? 'primary' : 'default'}
                  aria-pressed={c.encoding === encodingChoices.used}
                  onClick={() => void check(c.encoding as Encoding)}
                >
                  {t('imports:report.useEncoding', { encoding: ENCODING_NAMES[c.encoding] ?? c.encoding })}
                </Button>
                <Typography.Text lang="zh">{c.names.slice(0, 3).join(' · ')}</Typography.Text>
              </Flex>
            ))}
          </Flex>
        </Card>
      )}

      {report && (
        <Card
          title={
            <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
              {t('imports:report.heading')}
            </Typography.Title>
          }
        >
          <Flex vertical gap={12}>
            <Typography.Paragraph strong data-testid="report-summary" style={{ marginBottom: 0 }}>
              {t('imports:report.summary', {
                rows: report.counts.rows,
                ready,
                already: report.counts.alreadyNominated,
                invalid: report.counts.invalid,
              })}
            </Typography.Paragraph>
            {report.columns.ignored.length > 0 && (
              <Typography.Text type="secondary">
                {t('imports:report.columnsIgnored', { columns: report.columns.ignored.join(', ') })}
              </Typography.Text>
            )}
            <Checkbox checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)}>
              {t('imports:report.onlyProblems')}
            </Checkbox>
            <RowsTable rows={rows} problemText={problemText} />
          </Flex>
        </Card>
      )}

      {report && (
        <Card
          title={
            <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
              {t('imports:commit.heading')}
            </Typography.Title>
          }
        >
          <Flex vertical gap={12}>
            {ready === 0 && !progress ? (
              <Typography.Text>{t('imports:commit.nothing')}</Typography.Text>
            ) : (
              <Button
                type="primary"
                style={{ alignSelf: 'flex-start' }}
                disabled={commit.isPending || progress?.status === 'COMPLETED'}
                loading={commit.isPending}
                onClick={() =>
                  file && commit.mutate(request(file, report.encoding?.used as Encoding | undefined), settled)
                }
              >
                {t('imports:commit.button', { count: ready })}
              </Button>
            )}
            {progress && (
              <div aria-live="polite">
                <Progress
                  percent={progress.total ? Math.round((100 * progress.processed) / progress.total) : 0}
                  status={progress.status === 'COMPLETED' ? 'success' : 'active'}
                  aria-label={t('imports:commit.progress', { done: progress.processed, total: progress.total })}
                />
                <Typography.Text data-testid="commit-status">
                  {progress.status === 'COMPLETED'
                    ? t('imports:commit.done', {
                        created: progress.counts.created,
                        nominated: progress.counts.nominated,
                        already: progress.counts.alreadyNominated,
                        rejected: progress.counts.rejected,
                      })
                    : t('imports:commit.progress', { done: progress.processed, total: progress.total })}
                </Typography.Text>
              </div>
            )}
            {commit.error ? <ErrorNotice error={commit.error} /> : null}
            {progress?.status === 'COMPLETED' && (
              <Space wrap>
                {progress.counts.rejected > 0 && (
                  <Button
                    icon={<DownloadOutlined aria-hidden />}
                    onClick={() => download(rejected(api, progress.importId, 'xlsx'), 'rejected.xlsx')}
                  >
                    {t('imports:commit.rejected')}
                  </Button>
                )}
                <Link to={`/programmes/${programmeId}/placements`}>{t('imports:commit.placements')}</Link>
              </Space>
            )}
          </Flex>
        </Card>
      )}

      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {t('imports:history.heading')}
          </Typography.Title>
        }
      >
        {imports.error ? <ErrorNotice error={imports.error} onReload={() => void imports.refetch()} /> : null}
        <Table<ImportRecord>
          rowKey="importId"
          size="small"
          loading={imports.isLoading}
          dataSource={imports.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{
            emptyText: <Typography.Text style={{ color: NEUTRAL }}>{t('imports:history.empty')}</Typography.Text>,
          }}
          columns={[
            { title: t('imports:history.file'), dataIndex: 'fileName' },
            { title: t('imports:history.when'), render: (_, r) => formatDateTime(r.createdAt, currentLanguage()) },
            {
              title: t('imports:history.who'),
              render: (_, r) => t(`roles.${r.createdBy.role}`, { defaultValue: r.createdBy.role }),
            },
            {
              title: t('imports:history.counts'),
              render: (_, r) =>
                r.status === 'COMPLETED'
                  ? t('imports:history.countsText', {
                      created: r.counts.created,
                      nominated: r.counts.nominated,
                      already: r.counts.alreadyNominated,
                      rejected: r.counts.rejected,
                    })
                  : t('imports:history.running', { processed: r.processed, total: r.total }),
            },
            {
              title: '',
              render: (_, r) =>
                r.counts.rejected > 0 ? (
                  <Space>
                    <Button
                      size="small"
                      type="link"
                      onClick={() => download(rejected(api, r.importId, 'xlsx'), 'rejected.xlsx')}
                    >
                      {t('imports:history.rejectedXlsx')}
                    </Button>
                    <Button
                      size="small"
                      type="link"
                      onClick={() => download(rejected(api, r.importId, 'csv'), 'rejected.csv')}
                    >
                      {t('imports:history.rejectedCsv')}
                    </Button>
                  </Space>
                ) : null,
            },
          ]}
        />
      </Card>

      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {t('imports:exports.heading')}
          </Typography.Title>
        }
      >
        <Flex vertical gap={16}>
          <div>
            <Typography.Paragraph style={{ marginBottom: 8 }}>{t('imports:exports.roster')}</Typography.Paragraph>
            <Space wrap>
              {(
                [
                  ['/v1/programmes/{programmeId}/roster.xlsx', `roster-${programmeId}.xlsx`, 'rosterXlsx'],
                  ['/v1/programmes/{programmeId}/roster.csv', `roster-${programmeId}.csv`, 'rosterCsv'],
                  ['/v1/programmes/{programmeId}/report.xlsx', `report-${programmeId}.xlsx`, 'report'],
                ] as const
              ).map(([route, fileName, label]) => (
                <Button
                  key={route}
                  icon={<DownloadOutlined aria-hidden />}
                  onClick={() =>
                    download(
                      api.GET(route, {
                        params: { path: { programmeId }, query: { lang: currentLanguage() } },
                        parseAs: 'blob',
                      }),
                      fileName,
                    )
                  }
                >
                  {t(`imports:exports.${label}`)}
                </Button>
              ))}
            </Space>
          </div>
          <div>
            <Typography.Paragraph style={{ marginBottom: 8 }}>{t('imports:exports.occupancy')}</Typography.Paragraph>
            <Flex wrap gap={8}>
              <Select
                aria-label={t('imports:exports.institution')}
                placeholder={t('imports:exports.institution')}
                style={{ minWidth: 260 }}
                value={occupancyHost}
                onChange={setOccupancyHost}
                showSearch
                optionFilterProp="label"
                options={(hosts.data ?? []).map((i) => ({ value: i.institutionId, label: names(i.names) }))}
              />
              <DatePicker
                picker="month"
                aria-label={t('imports:exports.month')}
                placeholder={t('imports:exports.month')}
                value={month}
                onChange={setMonth}
              />
              <Button
                icon={<DownloadOutlined aria-hidden />}
                disabled={!occupancyHost || !month}
                onClick={() =>
                  occupancyHost &&
                  month &&
                  download(
                    api.GET('/v1/institutions/{institutionId}/occupancy.xlsx', {
                      params: {
                        path: { institutionId: occupancyHost },
                        query: { month: month.format('YYYY-MM'), lang: currentLanguage() },
                      },
                      parseAs: 'blob',
                    }),
                    `occupancy-${occupancyHost}-${month.format('YYYY-MM')}.xlsx`,
                  )
                }
              >
                {t('imports:exports.occupancyXlsx')}
              </Button>
            </Flex>
          </div>
        </Flex>
      </Card>
    </Flex>
  );
}

function RowsTable(props: { rows: ImportRow[]; problemText: (p: Problem) => string }) {
  const { t } = useTranslation();
  return (
    <Table<ImportRow>
      rowKey="row"
      size="small"
      dataSource={props.rows}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      // On a phone the table scrolls inside its card rather than squeezing the reasons to a word a line.
      scroll={{ x: 720 }}
      columns={[
        { title: t('imports:report.row'), dataIndex: 'row', width: 64 },
        {
          title: t('imports:report.person'),
          render: (_, r) => (
            <>
              <div>{r.name}</div>
              <Typography.Text type="secondary">{r.email}</Typography.Text>
            </>
          ),
        },
        {
          title: t('imports:report.result'),
          render: (_, r) => <Tag color={OUTCOME_COLOUR[r.outcome]}>{t(`imports:outcome.${r.outcome}`)}</Tag>,
        },
        {
          title: t('imports:report.problems'),
          render: (_, r) =>
            r.problems.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {r.problems.map((p) => (
                  <li
                    key={`${p.code}-${p.field ?? ''}-${p.message}`}
                    style={p.severity === 'warning' ? { color: '#595959' } : undefined}
                  >
                    {props.problemText(p)}
                  </li>
                ))}
              </ul>
            ) : (
              <Typography.Text type="secondary">{t('imports:report.none')}</Typography.Text>
            ),
        },
      ]}
    />
  );
}

const rejected = (api: ReturnType<typeof useApi>, importId: string, format: 'xlsx' | 'csv') =>
  format === 'xlsx'
    ? api.GET('/v1/imports/{importId}/rejected.xlsx', { params: { path: { importId } }, parseAs: 'blob' })
    : api.GET('/v1/imports/{importId}/rejected.csv', { params: { path: { importId } }, parseAs: 'blob' });
