/** Exchange programmes. */
import { createApiHandler } from '../../shared/http/api-handler';
import { programmesContracts } from '../../shared/contract';
import { resource, writeContext, written } from '../../shared/http/results';
import { repository } from '../../shared/repository';
import * as programmes from '../../shared/services/programmes';

export const handler = createApiHandler('programmes', programmesContracts, {
  listProgrammes: async ({ query }) => ({ body: await repository.listProgrammes(query) }),
  createProgramme: async (request) => written(await programmes.createProgramme(writeContext(request), request.body)),
  getProgramme: async ({ params }) => resource(await programmes.getProgramme(params.programmeId)),
  updateProgramme: async (request) =>
    written(await programmes.updateProgramme(writeContext(request), request.params.programmeId, request.body)),
});
