/**
 * Placements: nomination, changes of period, and the offer / accept / … lifecycle. A placement
 * that ends early (declined, withdrawn, cancelled) cancels its live rotations in the same
 * transaction, so no department keeps a slot for someone who is not coming.
 */
import { z } from 'zod';
import { keys } from '../table';
import { AppError, notFound, validation } from '../errors';
import type { Principal } from '../auth/principal';
import { authorizePlacementRead, authorizePlacementTransition } from '../auth/policy';
import type { AuditAction, Institution, Placement, PlacementInput, PlacementPatch, PlacementTransition, Programme, Rotation, Staff } from '../schemas';
import { checkPlacement } from '../domain/rules';
import { isLive, placementTransition } from '../domain/lifecycle';
import { dayBookChanges, items, newId, publicPlacement, readFacts, repository, write, type PlacementRecord, type TransactItem } from '../repository';
import { assertVersion, auditRecord, existing, nowIso, runWrite, verdict, type WriteContext } from './write';

export const loadPlacement = (id: string) => existing('Placement', id, repository.getPlacementRecord);

export async function getPlacement(principal: Principal, id: string): Promise<Placement> {
  const placement = publicPlacement(await loadPlacement(id));
  authorizePlacementRead(principal, placement);
  return placement;
}

/** Programme, person, host and home institution: what rules 1, 5 and 6 look at. */
async function placementFacts(programmeId: string, staffId: string, hostInstitutionId: string) {
  const { entities } = await readFacts({ programme: keys.programme(programmeId), staff: keys.staff(staffId), host: keys.institution(hostInstitutionId) });
  const programme = entities.programme as Programme | undefined;
  if (!programme) throw notFound('Programme', programmeId);
  const staff = entities.staff as Staff | undefined;
  const host = entities.host as Institution | undefined;
  const missing = [
    ...(staff ? [] : [{ path: 'staffId', message: `staff ${staffId} does not exist` }]),
    ...(host ? [] : [{ path: 'hostInstitutionId', message: `institution ${hostInstitutionId} does not exist` }]),
  ];
  if (missing.length) throw validation(missing.map((m) => m.message).join('; '), missing);
  const home = await repository.getInstitution(staff!.homeInstitutionId);
  if (!home) throw new AppError('INTERNAL', `Home institution ${staff!.homeInstitutionId} of ${staffId} is missing`);
  return { programme, staff: staff!, host: host!, home };
}

const summary = (violations: { code: string; message: string }[]) => violations.map(({ code, message }) => ({ code, message }));

export async function createPlacement(ctx: WriteContext, programmeId: string, input: z.output<typeof PlacementInput>) {
  return runWrite(ctx, async () => {
    const facts = await placementFacts(programmeId, input.staffId, input.hostInstitutionId);
    const warnings = verdict(checkPlacement({ placement: input, ...facts }));
    const at = nowIso();
    const placement: PlacementRecord = {
      placementId: newId('plc'),
      programmeId,
      staffId: input.staffId,
      hostInstitutionId: input.hostInstitutionId,
      homeInstitutionId: facts.staff.homeInstitutionId,
      startDate: input.startDate,
      endDate: input.endDate,
      status: 'NOMINATED',
      ...(input.notes ? { notes: input.notes } : {}),
      ...(warnings.length ? { warnings: summary(warnings) } : {}),
      rotationSpans: {},
      scheduleVersion: 0,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const audit = auditRecord(ctx.principal, at, {
      action: 'placement.nominated',
      entityType: 'placement',
      entityId: placement.placementId,
      placementId: placement.placementId,
      before: null,
      after: publicPlacement(placement),
    });
    return {
      entity: publicPlacement(placement),
      version: 1,
      created: true,
      warnings,
      writes: [
        write.create(items.placement(placement)),
        write.unchanged(keys.programme(programmeId), facts.programme.version),
        write.audit(keys.placement(placement.placementId).PK, audit),
      ],
    };
  });
}

const CLOSED: readonly Placement['status'][] = ['DECLINED', 'COMPLETED', 'WITHDRAWN', 'CANCELLED'];

export async function updatePlacement(ctx: WriteContext, placementId: string, patch: z.output<typeof PlacementPatch>) {
  return runWrite(ctx, async () => {
    const current = await loadPlacement(placementId);
    authorizePlacementRead(ctx.principal, current);
    assertVersion(ctx, current, `Placement ${placementId}`);
    if (CLOSED.includes(current.status)) throw new AppError('INVALID_TRANSITION', `Placement ${placementId} is ${current.status} and can no longer change`);
    const next: PlacementRecord = { ...current, ...patch, updatedAt: nowIso(), version: current.version + 1 };
    if (next.startDate > next.endDate) throw validation('endDate must not be before startDate', [{ path: 'endDate', message: 'before startDate' }]);
    let warnings = current.warnings ?? [];
    if (next.startDate !== current.startDate || next.endDate !== current.endDate) {
      const facts = await placementFacts(current.programmeId, current.staffId, current.hostInstitutionId);
      const rotations = Object.entries(current.rotationSpans).map(([rotationId, span]) => ({ rotationId, ...span }));
      warnings = summary(verdict(checkPlacement({ placement: next, ...facts, rotations })));
    }
    if (warnings.length) next.warnings = warnings;
    else delete next.warnings;
    const audit = auditRecord(ctx.principal, next.updatedAt, {
      action: 'placement.updated',
      entityType: 'placement',
      entityId: placementId,
      placementId,
      before: publicPlacement(current),
      after: publicPlacement(next),
    });
    return { entity: publicPlacement(next), version: next.version, writes: [write.replacePlacement(next, current), write.audit(keys.placement(placementId).PK, audit)] };
  });
}

const AUDIT_ACTION: Record<z.output<typeof PlacementTransition>['action'], AuditAction> = {
  offer: 'placement.offered',
  accept: 'placement.accepted',
  decline: 'placement.declined',
  activate: 'placement.activated',
  complete: 'placement.completed',
  withdraw: 'placement.withdrawn',
  cancel: 'placement.cancelled',
};

export async function transitionPlacement(ctx: WriteContext, placementId: string, body: z.output<typeof PlacementTransition>) {
  return runWrite(ctx, async () => {
    const current = await loadPlacement(placementId);
    const { onBehalfOf } = authorizePlacementTransition(ctx.principal, current, body.action);
    assertVersion(ctx, current, `Placement ${placementId}`);
    const move = placementTransition(current.status, body.action);
    if (!move.ok) {
      throw new AppError('INVALID_TRANSITION', `A placement that is ${current.status} cannot be ${AUDIT_ACTION[body.action].split('.')[1]}; only one that is ${move.allowedFrom.join(' or ')}`, {
        currentStatus: current.status,
        action: body.action,
        allowedFrom: move.allowedFrom,
      });
    }
    const at = nowIso();
    const endsEarly = ['DECLINED', 'WITHDRAWN', 'CANCELLED'].includes(move.to);
    const next: PlacementRecord = {
      ...current,
      status: move.to,
      updatedAt: at,
      version: current.version + 1,
      ...(endsEarly ? { rotationSpans: {}, scheduleVersion: current.scheduleVersion + 1 } : {}),
    };
    const reason = body.reason;
    const writes: TransactItem[] = [write.replacePlacement(next, current)];
    if (endsEarly) writes.push(...(await cancelLiveRotations(ctx.principal, current, at, `placement ${move.to.toLowerCase()}`)));
    const audit = auditRecord(ctx.principal, at, {
      action: AUDIT_ACTION[body.action],
      entityType: 'placement',
      entityId: placementId,
      placementId,
      before: publicPlacement(current),
      after: publicPlacement(next),
      onBehalfOf,
      ...(reason ? { reason } : {}),
    });
    writes.push(write.audit(keys.placement(placementId).PK, audit));
    return { entity: publicPlacement(next), version: next.version, writes };
  });
}

/** Cancel every rotation still holding days, releasing its days in department and personal day books. */
async function cancelLiveRotations(principal: Principal, placement: PlacementRecord, at: string, reason: string): Promise<TransactItem[]> {
  const ids = Object.keys(placement.rotationSpans);
  if (ids.length === 0) return [];
  const { entities } = await readFacts(Object.fromEntries(ids.map((id) => [id, keys.rotation(id)])));
  const writes: TransactItem[] = [];
  for (const id of ids) {
    const rotation = entities[id] as Rotation | undefined;
    if (!rotation || !isLive(rotation.status) || rotation.status === 'COMPLETED') continue;
    const next: Rotation = { ...rotation, status: 'CANCELLED', updatedAt: at, version: rotation.version + 1 };
    writes.push(
      write.replace(items.rotation(next), rotation.version),
      ...dayBookChanges('department', rotation.departmentId, id, rotation, undefined, 0),
      ...dayBookChanges('staff', rotation.staffId, id, rotation, undefined, 0),
      write.audit(
        keys.placement(placement.placementId).PK,
        auditRecord(principal, at, { action: 'rotation.cancelled', entityType: 'rotation', entityId: id, placementId: placement.placementId, before: rotation, after: next, reason }),
      ),
    );
  }
  if (writes.length > 90) {
    throw new AppError('CONFLICT', `Placement ${placement.placementId} has too many live rotations to cancel at once; cancel some rotations first`);
  }
  return writes;
}
