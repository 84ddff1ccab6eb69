/** Rotations: scheduling and rescheduling by coordinators, confirm / decline by the visitor. */
import { createApiHandler, requirePrincipal } from '../../shared/http/api-handler';
import { rotationsContracts } from '../../shared/contract';
import { resource, writeContext, written } from '../../shared/http/results';
import { repository } from '../../shared/repository';
import { getPlacement } from '../../shared/services/placements';
import * as rotations from '../../shared/services/rotations';
import { scheduleRotationPlan } from '../../shared/services/rotation-plans';

export const handler = createApiHandler('rotations', rotationsContracts, {
  listRotations: async (request) => {
    const placement = await getPlacement(requirePrincipal(request), request.params.placementId);
    return { body: await repository.listRotationsOfPlacement(placement.placementId, request.query) };
  },
  createRotation: async (request) =>
    written(await rotations.createRotation(writeContext(request), request.params.placementId, request.body)),
  scheduleRotationPlan: async (request) => {
    const outcome = await scheduleRotationPlan(writeContext(request), request.params.placementId, request.body);
    // Several resources, so no ETag: each rotation carries its own version.
    if (outcome.dryRun)
      return {
        status: 200,
        body: { dryRun: true as const, valid: true as const, warnings: outcome.warnings, result: outcome.entity },
      };
    return { status: 201, body: outcome.entity };
  },
  getRotation: async (request) =>
    resource(await rotations.getRotation(requirePrincipal(request), request.params.rotationId)),
  updateRotation: async (request) =>
    written(await rotations.updateRotation(writeContext(request), request.params.rotationId, request.body)),
  cancelRotation: async (request) =>
    written(await rotations.cancelRotation(writeContext(request), request.params.rotationId)),
  confirmRotation: async (request) =>
    written(await rotations.confirmRotation(writeContext(request), request.params.rotationId)),
  declineRotation: async (request) =>
    written(await rotations.declineRotation(writeContext(request), request.params.rotationId, request.body)),
});
