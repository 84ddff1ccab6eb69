/** Visiting staff, their credentials, "me" for the visitor signed in, and a coordinator's email settings. */
import { AppError } from '../../shared/errors';
import { createApiHandler, requirePrincipal } from '../../shared/http/api-handler';
import { staffContracts } from '../../shared/contract';
import { resource, writeContext, written } from '../../shared/http/results';
import { staffListScope } from '../../shared/auth/policy';
import { repository } from '../../shared/repository';
import { calendarFeedUrl, revokeCalendarFeed } from '../../shared/calendar/feed-link';
import * as staff from '../../shared/services/staff';
import * as emailSettings from '../../shared/services/email-settings';

const myStaffId = (request: Parameters<typeof requirePrincipal>[0]) => {
  const staffId = requirePrincipal(request).staffId;
  if (!staffId) throw new AppError('FORBIDDEN', 'Your account is not linked to a staff record');
  return staffId;
};

export const handler = createApiHandler('staff', staffContracts, {
  listStaff: async (request) => ({
    body: await repository.listStaff({
      ...request.query,
      homeInstitutionId: staffListScope(requirePrincipal(request), request.query.homeInstitutionId),
    }),
  }),
  createStaff: async (request) => written(await staff.createStaff(writeContext(request), request.body)),
  getStaff: async (request) => resource(await staff.getStaff(requirePrincipal(request), request.params.staffId)),
  updateStaff: async (request) =>
    written(await staff.updateStaff(writeContext(request), request.params.staffId, request.body)),
  addCredential: async (request) =>
    written(await staff.addCredential(writeContext(request), request.params.staffId, request.body)),
  getMe: async (request) => {
    const staffId = myStaffId(request);
    const [overview, feed] = await Promise.all([
      staff.myOverview(requirePrincipal(request), staffId),
      calendarFeedUrl(staffId),
    ]);
    return { body: { ...overview, calendarFeedUrl: feed } };
  },
  listMyRotations: async (request) => ({
    body: await staff.myRotations(myStaffId(request), request.query),
  }),
  // The old link stops working at once; calendars subscribed to it must subscribe to the new one.
  revokeMyCalendarFeed: async (request) => ({
    body: { calendarFeedUrl: await revokeCalendarFeed(myStaffId(request)) },
  }),
  getMyEmailSettings: async (request) => resource(await emailSettings.myEmailSettings(requirePrincipal(request))),
  updateMyEmailSettings: async (request) =>
    written(await emailSettings.updateMyEmailSettings(writeContext(request), request.body)),
});
