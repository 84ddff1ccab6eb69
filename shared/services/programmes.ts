/** Exchange programmes (one direction, one window). */
import type * as z from 'zod';
import type { Programme, ProgrammeInput, ProgrammePatch } from '../schemas';
import { checkProgrammeWindow } from '../domain/rules';
import { newId, publicProgramme, repository, write, type ProgrammeRecord } from '../repository';
import {
  assertVersion,
  auditRecord,
  existing,
  nowIso,
  patched,
  runWrite,
  refuseBrokenRules,
  type WriteContext,
} from './write';

export const getProgramme = (id: string) => existing('Programme', id, repository.getProgramme);

export async function createProgramme(ctx: WriteContext, input: z.output<typeof ProgrammeInput>) {
  return runWrite(ctx, async () => {
    const at = nowIso();
    const programme: Programme = { programmeId: newId('prog'), ...input, createdAt: at, updatedAt: at, version: 1 };
    const record: ProgrammeRecord = { ...programme, placementSpans: {}, placementsVersion: 0 };
    const audit = auditRecord(ctx.principal, at, {
      action: 'programme.created',
      entityType: 'programme',
      entityId: programme.programmeId,
      before: null,
      after: programme,
    });
    return {
      entity: programme,
      version: 1,
      created: true,
      writes: [write.create('programme', record), write.audit(audit)],
    };
  });
}

export async function updateProgramme(ctx: WriteContext, programmeId: string, patch: z.output<typeof ProgrammePatch>) {
  return runWrite(ctx, async () => {
    const record = await existing('Programme', programmeId, repository.getProgrammeRecord);
    const current = publicProgramme(record);
    assertVersion(ctx, current, `Programme ${programmeId}`);
    const at = nowIso();
    const next: Programme = { ...patched(current, patch), updatedAt: at, version: current.version + 1 };
    // Checked against the placements the programme holds (a consistent read), and the write
    // asserts none was added or moved since: PLACEMENT_OUTSIDE_WINDOW holds under concurrency.
    const goingAhead = Object.entries(record.placementSpans).map(([placementId, span]) => ({ placementId, ...span }));
    refuseBrokenRules(checkProgrammeWindow(next, goingAhead));
    const audit = auditRecord(ctx.principal, at, {
      action: 'programme.updated',
      entityType: 'programme',
      entityId: programmeId,
      before: current,
      after: next,
    });
    return {
      entity: next,
      version: next.version,
      writes: [write.replaceProgramme({ ...patched(record, patch), ...next }, record), write.audit(audit)],
    };
  });
}
