/** Institutions, departments, capacity and occupancy. */
import { createApiHandler, requirePrincipal } from '../../shared/http/api-handler';
import { institutionsContracts } from '../../shared/contract';
import { resource, writeContext, written } from '../../shared/http/results';
import { repository } from '../../shared/repository';
import * as institutions from '../../shared/services/institutions';
import { institutionOccupancy } from '../../shared/services/programme-views';

export const handler = createApiHandler('institutions', institutionsContracts, {
  listInstitutions: async ({ query }) => ({ body: await repository.listInstitutions(query) }),
  createInstitution: async (request) =>
    written(await institutions.createInstitution(writeContext(request), request.body)),
  getInstitution: async ({ params }) => resource(await institutions.getInstitution(params.institutionId)),
  updateInstitution: async (request) =>
    written(await institutions.updateInstitution(writeContext(request), request.params.institutionId, request.body)),
  listDepartments: async ({ params, query }) => {
    const institution = await institutions.getInstitution(params.institutionId);
    return { body: await repository.listDepartments(institution.institutionId, query) };
  },
  createDepartment: async (request) =>
    written(await institutions.createDepartment(writeContext(request), request.params.institutionId, request.body)),
  getDepartment: async ({ params }) => resource(await institutions.getDepartment(params.departmentId)),
  updateDepartment: async (request) =>
    written(await institutions.updateDepartment(writeContext(request), request.params.departmentId, request.body)),
  getDepartmentOccupancy: async (request) => ({
    body: await institutions.departmentOccupancy(
      requirePrincipal(request),
      request.params.departmentId,
      request.query.from,
      request.query.to,
    ),
  }),
  getInstitutionOccupancy: async (request) => ({
    body: await institutionOccupancy(
      requirePrincipal(request),
      request.params.institutionId,
      request.query.from,
      request.query.to,
    ),
  }),
});
