/** Exchange programmes (one direction, one window). */
import type * as z from 'zod';
import { keys } from '../table';
import { ruleViolation, type Violation } from '../errors';
import type { Programme, ProgrammeInput, ProgrammePatch } from '../schemas';
import { within } from '../domain/dates';
import { items, newId, repository, write } from '../repository';
import { assertVersion, auditRecord, existing, nowIso, runWrite, type WriteContext } from './write';

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
    const violations: Violation[] = [];
    if (next.startDate > next.endDate) {
      violations.push({
        code: 'INVALID_WINDOW',
        message: `The window would end (${next.endDate}) before it starts (${next.startDate})`,
      });
    }
    if (next.startDate !== current.startDate || next.endDate !== current.endDate) {
      // Rule 1 from the other side: a narrower window may not leave a placement outside it.
      for (const placement of await repository.allPlacementsOfProgramme(programmeId)) {
        if (['DECLINED', 'WITHDRAWN', 'CANCELLED'].includes(placement.status)) continue;
        if (!within(placement, next)) {
          violations.push({
            code: 'PLACEMENT_OUTSIDE_WINDOW',
            message: `Placement ${placement.placementId} (${placement.startDate} to ${placement.endDate}) would fall outside the new window`,
            details: { placementId: placement.placementId, startDate: placement.startDate, endDate: placement.endDate },
          });
        }
      }
    }
    if (violations.length) throw ruleViolation(violations);
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
