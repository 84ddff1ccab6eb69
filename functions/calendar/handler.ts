/**
 * GET and HEAD /v1/staff/{staffId}/calendar.ics?token=… — the one route authorized by its link
 * rather than a JWT (calendar apps cannot send one); shared/calendar/feed.ts checks the token.
 * Calendar apps poll, so a conditional GET that finds nothing new is a 304 without a body.
 */
import { createApiHandler, type ApiRequest, type ApiResult } from '../../shared/http/api-handler';
import { calendarContracts } from '../../shared/contract';
import { calendarFeed, notModified } from '../../shared/calendar/feed';
import { REFRESH_INTERVAL_SECONDS } from '../../shared/calendar/ics';

async function feed(
  request: ApiRequest<undefined, { token?: string }, { staffId: string }>,
  head: boolean,
): Promise<ApiResult<string>> {
  const found = await calendarFeed(request.params.staffId, request.query.token);
  const headers: Record<string, string> = {
    etag: found.etag,
    'last-modified': found.lastModified,
    // Private: the URL is a credential, so no shared cache may keep the response. The same
    // interval as the feed's REFRESH-INTERVAL, then ask again (cheaply, with the validators).
    'cache-control': `private, max-age=${REFRESH_INTERVAL_SECONDS}, must-revalidate`,
  };
  if (notModified(found, request.headers)) return { status: 304, headers };
  Object.assign(headers, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': 'inline; filename="rotations.ics"',
  });
  if (head) return { headers: { ...headers, 'content-length': String(Buffer.byteLength(found.body, 'utf8')) } };
  return { body: found.body, headers };
}

export const handler = createApiHandler('calendar', calendarContracts, {
  getCalendarFeed: (request) => feed(request, false),
  headCalendarFeed: (request) => feed(request, true),
});
