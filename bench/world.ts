/**
 * The data every section works on, built through the API with the integration tests' own
 * fixtures (test/support), and the in-process way to call a handler: an API Gateway v2 event
 * straight into functions/{group}/handler.ts, as Lambda would, without HTTP.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { TokenSubject } from '../local/jwt';
import {
  addPlacement,
  addRotation,
  addStaff,
  buildWorld,
  expectStatus,
  transition,
  type World,
} from '../test/support/fixtures';
import type { Harness } from '../test/support/harness';
import { queryAll } from '../shared/repository/dynamo';
import { resetConfig } from '../shared/config';
import { keys, sortKeys, type AuditSubject } from '../shared/table';
import type { FunctionGroup } from '../shared/routes';
import { apiEvent, groupOf, lambdaContext, type ApiCall } from './events';
import { BASELINE } from './bundles';
import type { ColdStartCase } from './cold-start';

/** The subjects of the fixtures' tokens (test/support/fixtures.ts buildWorld). */
const ADMIN: TokenSubject = { role: 'admin', sub: 'admin-1' };
const COORDINATOR: TokenSubject = { role: 'programme-coordinator', sub: 'pc-1' };
export const staffSubject = (staffId: string): TokenSubject => ({ role: 'staff', staffId, sub: `staff-${staffId}` });

/** Claims exactly as the authorizer hands them on: a token from the local signer, verified by it. */
export async function claimsOf(h: Harness, subject: TokenSubject): Promise<Record<string, string>> {
  const claims = await h.signer.verify(await h.signer.sign(subject));
  if (!claims) throw new Error(`The local signer refused its own token for ${subject.role}`);
  return claims;
}

export interface Sample {
  w: World;
  /** Claims of the fixtures' admin and programme coordinator. */
  admin: Record<string, string>;
  coordinator: Record<string, string>;
  staffId: string;
  placementId: string;
  rotationId: string;
  departmentId: string;
  calendarToken: string;
}

/** One visitor with an accepted placement and a scheduled rotation: what the read routes read. */
export async function buildSample(h: Harness): Promise<Sample> {
  const w = await buildWorld(h, { capacity: 500 });
  const staff = await addStaff(w);
  const placement = await addPlacement(w, staff.staffId);
  await expectStatus(transition(w, placement.placementId, 'offer'), 200);
  await expectStatus(transition(w, placement.placementId, 'accept'), 200);
  const rotation = await addRotation(w, placement.placementId);
  const me = await expectStatus(h.request('GET', '/v1/me', { token: await h.token(staffSubject(staff.staffId)) }), 200);
  const calendarToken = new URL(me.calendarFeedUrl).searchParams.get('token') ?? '';
  return {
    w,
    admin: await claimsOf(h, ADMIN),
    coordinator: await claimsOf(h, COORDINATOR),
    staffId: staff.staffId,
    placementId: placement.placementId,
    rotationId: rotation.rotationId,
    departmentId: w.departments.medicine,
    calendarToken,
  };
}

/** Point every handler (and the HTTP server's) at another table of the same DynamoDB Local. */
export function useTable(tableName: string): void {
  if (process.env.TABLE_NAME === tableName) return;
  process.env.TABLE_NAME = tableName;
  resetConfig();
}

// ---------- in-process invocation ----------

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
const handlers = new Map<FunctionGroup, Handler>();

export async function handlerOf(group: FunctionGroup): Promise<Handler> {
  let handler = handlers.get(group);
  if (!handler) {
    handler = ((await import(`../functions/${group}/handler`)) as { handler: Handler }).handler;
    handlers.set(group, handler);
  }
  return handler;
}

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Record<string, string>;
}

export async function invoke<T = any>(call: ApiCall): Promise<Answer<T>> {
  const group = groupOf(call);
  const handler = await handlerOf(group);
  const result = await handler(apiEvent(call), lambdaContext(`bench-${group}`));
  const headers = (result.headers ?? {}) as Record<string, string>;
  const body = result.body && /json/.test(headers['content-type'] ?? '') ? JSON.parse(result.body) : result.body;
  return { status: result.statusCode ?? 200, body, headers };
}

/** Fail loudly when a call does not answer as the scenario expects (a benchmark of errors measures nothing). */
export function expectAnswer<T>(answer: Answer<T>, status: number, what: string): T {
  if (answer.status !== status)
    throw new Error(`${what}: expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body).slice(0, 500)}`);
  return answer.body;
}

// ---------- one representative event per function (cold start) ----------

/** A DynamoDB stream record inserting a copy of `audit` under a new id: a change the notifier has not seen. */
function streamInsert(audit: Record<string, unknown>, n: number) {
  const auditId = `aud_bench${Date.now().toString(36)}${n}`;
  const image: Record<string, unknown> = {
    ...audit,
    auditId,
    SK: keys.audit(audit as unknown as AuditSubject, String(audit.at), auditId).SK,
  };
  return {
    Records: [
      {
        eventID: `bench-${n}`,
        eventName: 'INSERT',
        eventSource: 'aws:dynamodb',
        awsRegion: 'ap-east-1',
        dynamodb: {
          Keys: marshall({ PK: image.PK, SK: image.SK }),
          NewImage: marshall(image, { removeUndefinedValues: true }),
          SequenceNumber: String(n),
          StreamViewType: 'NEW_AND_OLD_IMAGES',
        },
      },
    ],
  };
}

export async function coldStartCases(s: Sample): Promise<ColdStartCase[]> {
  const audits = await queryAll({ partition: keys.placement(s.placementId).PK, sortPrefix: sortKeys.audit });
  const scheduled = audits.find((a) => a.action === 'rotation.scheduled');
  if (!scheduled) throw new Error('The sample rotation has no rotation.scheduled audit record');
  let n = 0;
  const api = (fn: string, call: ApiCall): ColdStartCase => ({
    function: fn,
    description: call.route,
    event: () => apiEvent(call),
  });
  return [
    { function: BASELINE, description: 'GetItem (the rotation)', event: () => ({ key: keys.rotation(s.rotationId) }) },
    api('batch', {
      route: 'GET /v1/programmes/{programmeId}/imports',
      params: { programmeId: s.w.programmeId },
      claims: s.admin,
    }),
    api('calendar', {
      route: 'GET /v1/staff/{staffId}/calendar.ics',
      params: { staffId: s.staffId },
      query: { token: s.calendarToken },
    }),
    api('institutions', {
      route: 'GET /v1/departments/{departmentId}',
      params: { departmentId: s.departmentId },
      claims: s.admin,
    }),
    {
      function: 'notifier',
      description: 'stream INSERT rotation.scheduled → 1 email',
      event: () => streamInsert(scheduled, ++n),
    },
    api('placements', {
      route: 'GET /v1/placements/{placementId}',
      params: { placementId: s.placementId },
      claims: s.admin,
    }),
    api('programmes', {
      route: 'GET /v1/programmes/{programmeId}',
      params: { programmeId: s.w.programmeId },
      claims: s.admin,
    }),
    {
      function: 'lifecycle',
      description: 'daily run, nothing due (1 Query)',
      event: () => ({ time: '2020-01-01T16:05:00Z' }),
    },
    {
      function: 'reminders',
      description: 'daily run, nothing due (6 Queries)',
      event: () => ({ time: '2020-01-01T01:00:00Z' }),
    },
    {
      function: 'redrive',
      description: 'minute run, no failed email due (1 Query)',
      event: () => ({ time: '2020-01-01T01:00:00Z' }),
    },
    api('rotations', {
      route: 'GET /v1/rotations/{rotationId}',
      params: { rotationId: s.rotationId },
      claims: s.admin,
    }),
    api('staff', { route: 'GET /v1/staff/{staffId}', params: { staffId: s.staffId }, claims: s.admin }),
    api('system', { route: 'GET /health' }),
  ];
}
