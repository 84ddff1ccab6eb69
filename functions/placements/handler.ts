/** Placements: nomination, lifecycle, audit trail and the emails sent about them. */
import { createApiHandler, requirePrincipal } from '../../shared/http/api-handler';
import { placementsContracts } from '../../shared/contract';
import { resource, writeContext, written } from '../../shared/http/results';
import { authorizePlacementRecords, confinedInstitution, placementView } from '../../shared/auth/policy';
import { repository } from '../../shared/repository';
import { listPlacementNotifications, requestRedrive } from '../../shared/repository/notifications';
import { getProgramme } from '../../shared/services/programmes';
import * as placements from '../../shared/services/placements';
import * as programmeViews from '../../shared/services/programme-views';

export const handler = createApiHandler('placements', placementsContracts, {
  listPlacements: async (request) => {
    const programme = await getProgramme(request.params.programmeId);
    const institutionId = confinedInstitution(requirePrincipal(request));
    return { body: await repository.listPlacements(programme.programmeId, { ...request.query, institutionId }) };
  },
  createPlacement: async (request) =>
    written(await placements.createPlacement(writeContext(request), request.params.programmeId, request.body)),
  getPlacement: async (request) => {
    const principal = requirePrincipal(request);
    return resource(placementView(principal, await placements.getPlacement(principal, request.params.placementId)));
  },
  updatePlacement: async (request) =>
    written(await placements.updatePlacement(writeContext(request), request.params.placementId, request.body)),
  transitionPlacement: async (request) => {
    const outcome = await placements.transitionPlacement(
      writeContext(request),
      request.params.placementId,
      request.body,
    );
    return written({ ...outcome, entity: placementView(requirePrincipal(request), outcome.entity) });
  },
  // The records are read alongside the placement (one round) and returned only if the caller may see them.
  getPlacementHistory: async (request) => {
    const id = request.params.placementId;
    const [placement, history] = await Promise.all([
      placements.getPlacement(requirePrincipal(request), id),
      repository.listHistory(id, request.query),
    ]);
    authorizePlacementRecords(requirePrincipal(request), placement);
    return { body: history };
  },
  listPlacementNotifications: async (request) => {
    const id = request.params.placementId;
    const [placement, sent] = await Promise.all([
      placements.getPlacement(requirePrincipal(request), id),
      listPlacementNotifications(id, request.query.limit, request.query.cursor),
    ]);
    authorizePlacementRecords(requirePrincipal(request), placement);
    return { body: sent };
  },
  // Failed emails are due again at once; the re-drive job (every minute) sends them, in order.
  redrivePlacementNotifications: async (request) => {
    const principal = requirePrincipal(request);
    const id = request.params.placementId;
    authorizePlacementRecords(principal, await placements.getPlacement(principal, id));
    return { status: 202, body: { items: await requestRedrive(id, principal.sub) } };
  },
  listProgrammeVisitors: async (request) => ({
    body: await programmeViews.programmeVisitors(requirePrincipal(request), request.params.programmeId, request.query),
  }),
  getProgrammeOverview: async (request) => ({
    body: await programmeViews.programmeOverview(requirePrincipal(request), request.params.programmeId),
  }),
  getProgrammeSchedule: async (request) => ({
    body: await programmeViews.programmeSchedule(requirePrincipal(request), request.params.programmeId, request.query),
  }),
});
