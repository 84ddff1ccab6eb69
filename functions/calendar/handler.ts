/**
 * GET /v1/staff/{staffId}/calendar.ics?token=… — the one route authorized by its link rather
 * than a JWT (calendar apps cannot send one); shared/calendar/feed.ts checks the token.
 */
import { createApiHandler, type ApiRequest } from '../../shared/http/api-handler';
import { calendarContracts } from '../../shared/contract';
import { calendarFeed } from '../../shared/calendar/feed';

export const handler = createApiHandler('calendar', calendarContracts, {
  getCalendarFeed: async (request: ApiRequest<undefined, { token?: string }>) => ({
    body: await calendarFeed(request.params.staffId ?? '', request.query.token),
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="rotations.ics"',
      // Private: the URL is a credential, so no shared cache may keep the response.
      'cache-control': 'private, max-age=300',
    },
  }),
});
