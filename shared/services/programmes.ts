/** Exchange programmes (one direction, one window). */
import type * as z from 'zod';
import type { Programme, ProgrammeInput, ProgrammePatch } from '../schemas';
import { checkProgrammeWindow } from '../domain/rules';
import { PLACEMENT_ENDED_EARLY } from '../domain/lifecycle';
import { items, newId, repository, write } from '../repository';
import { assertVersion, auditRecord, existing, nowIso, runWrite, refuseBrokenRules, type WriteContext } from './write';

export const getProgramme = (id: string) => existing('Programme', id, repository.getProgramme);

export async function createProgramme(ctx: WriteContext, input: z.output<typeof ProgrammeInput>) {
  return runWrite(ctx, async () => {
    const at = nowIso();
    const programme: Programme = { programmeId: newId('prog'), ...input, createdAt: at, updatedAt: at, version: 1 };
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
      writes: [write.create('programme', programme), write.audit(audit)],
    };
  });
}

export async function updateProgramme(ctx: WriteContext, programmeId: string, patch: z.output<typeof ProgrammePatch>) {
  return runWrite(ctx, async () => {
    const current = await getProgramme(programmeId);
    assertVersion(ctx, current, `Programme ${programmeId}`);
    const at = nowIso();
    const next: Programme = { ...current, ...patch, updatedAt: at, version: current.version + 1 };
    const windowChanged = next.startDate !== current.startDate || next.endDate !== current.endDate;
    const goingAhead = windowChanged
      ? (await repository.allPlacementsOfProgramme(programmeId)).filter(
          (p) => !PLACEMENT_ENDED_EARLY.includes(p.status),
        )
      : [];
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
      writes: [write.replace('programme', next, current.version), write.audit(audit)],
    };
  });
}
