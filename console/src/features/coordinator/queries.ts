/**
 * What the coordinators' screens read and write. Each screen costs a fixed number of requests
 * whatever the number of visitors: the programme views (overview, visitors, schedule) and a
 * host's occupancy are one request each for a whole intake (see the API's view endpoints), and
 * the reference lists (programmes, institutions, a host's departments) are one page of 100.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../app/App';
import { idempotencyKey, ifMatch, type ResponseOf, type Schemas, unwrap } from '../../app/api';

export type Programme = ResponseOf<'getProgramme'>;
export type Institution = ResponseOf<'getInstitution'>;
export type Department = ResponseOf<'getDepartment'>;
export type Placement = ResponseOf<'getPlacement'>;
export type Rotation = ResponseOf<'getRotation'>;
export type Staff = ResponseOf<'getStaff'>;
export type Overview = ResponseOf<'getProgrammeOverview'>;
export type OverviewEntry = Overview['awaitingConfirmation']['items'][number];
export type VisitorsPage = ResponseOf<'listProgrammeVisitors'>;
export type VisitorRow = VisitorsPage['items'][number];
export type Schedule = ResponseOf<'getProgrammeSchedule'>;
export type ScheduleRow = Schedule['items'][number];
export type HostOccupancy = ResponseOf<'getInstitutionOccupancy'>;
export type AuditRecord = ResponseOf<'getPlacementHistory'>['items'][number];
export type Notification = ResponseOf<'listPlacementNotifications'>['items'][number];
export type PlacementStatus = Placement['status'];
export type AttentionFlag = NonNullable<VisitorRow['flags'][number]>;
export type Discipline = Staff['discipline'];
export type Activity = Rotation['activity'];

export interface VisitorFilters {
  status?: PlacementStatus;
  hostInstitutionId?: string;
  discipline?: Discipline;
  specialty?: string;
  q?: string;
  flag?: AttentionFlag;
}

export const programmeKeys = {
  all: ['programmes'] as const,
  one: (id: string) => ['programme', id] as const,
  overview: (id: string) => ['programme', id, 'overview'] as const,
  visitors: (id: string, filters: VisitorFilters) => ['programme', id, 'visitors', filters] as const,
  schedule: (id: string) => ['programme', id, 'schedule'] as const,
};

export function useProgrammes() {
  const api = useApi();
  return useQuery({
    queryKey: programmeKeys.all,
    queryFn: async () => (await unwrap(api.GET('/v1/programmes', { params: { query: { limit: 100 } } }))).items,
  });
}

export function useProgramme(programmeId: string) {
  const api = useApi();
  return useQuery({
    queryKey: programmeKeys.one(programmeId),
    queryFn: () => unwrap(api.GET('/v1/programmes/{programmeId}', { params: { path: { programmeId } } })),
  });
}

/** Every institution (tens): names of hosts and homes on every screen, from one request. */
export function useInstitutions() {
  const api = useApi();
  return useQuery({
    queryKey: ['institutions'],
    queryFn: async () => (await unwrap(api.GET('/v1/institutions', { params: { query: { limit: 100 } } }))).items,
    staleTime: 5 * 60_000,
  });
}

export function useInstitution(institutionId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['institution', institutionId],
    queryFn: () => unwrap(api.GET('/v1/institutions/{institutionId}', { params: { path: { institutionId } } })),
  });
}

export function useDepartments(institutionId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['institution', institutionId, 'departments'],
    enabled: Boolean(institutionId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/v1/institutions/{institutionId}/departments', {
            params: { path: { institutionId: institutionId! }, query: { limit: 100 } },
          }),
        )
      ).items,
  });
}

export function useOverview(programmeId: string) {
  const api = useApi();
  return useQuery({
    queryKey: programmeKeys.overview(programmeId),
    queryFn: () => unwrap(api.GET('/v1/programmes/{programmeId}/overview', { params: { path: { programmeId } } })),
  });
}

export function useVisitors(programmeId: string, filters: VisitorFilters) {
  const api = useApi();
  return useQuery({
    queryKey: programmeKeys.visitors(programmeId, filters),
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/v1/programmes/{programmeId}/visitors', {
          params: { path: { programmeId }, query: { ...filters } },
        }),
      ),
  });
}

export function useSchedule(programmeId: string) {
  const api = useApi();
  return useQuery({
    queryKey: programmeKeys.schedule(programmeId),
    queryFn: () => unwrap(api.GET('/v1/programmes/{programmeId}/schedule', { params: { path: { programmeId } } })),
  });
}

export function useHostOccupancy(institutionId: string, from: string, to: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['institution', institutionId, 'occupancy', from, to],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/v1/institutions/{institutionId}/occupancy', {
          params: { path: { institutionId }, query: { from, to } },
        }),
      ),
  });
}

// ---------- one placement ----------

export function usePlacement(placementId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['placement', placementId],
    queryFn: () => unwrap(api.GET('/v1/placements/{placementId}', { params: { path: { placementId } } })),
  });
}

export function useStaff(staffId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['staff', staffId],
    enabled: Boolean(staffId),
    queryFn: () => unwrap(api.GET('/v1/staff/{staffId}', { params: { path: { staffId: staffId! } } })),
  });
}

export function usePlacementRotations(placementId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['placement', placementId, 'rotations'],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/v1/placements/{placementId}/rotations', {
            params: { path: { placementId }, query: { limit: 100 } },
          }),
        )
      ).items,
  });
}

export function useHistory(placementId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['placement', placementId, 'history'],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/v1/placements/{placementId}/history', {
            params: { path: { placementId }, query: { limit: 100 } },
          }),
        )
      ).items,
  });
}

export function useNotifications(placementId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['placement', placementId, 'notifications'],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/v1/placements/{placementId}/notifications', {
            params: { path: { placementId }, query: { limit: 100 } },
          }),
        )
      ).items,
  });
}

export function useRotation(rotationId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['rotation', rotationId],
    queryFn: () => unwrap(api.GET('/v1/rotations/{rotationId}', { params: { path: { rotationId } } })),
  });
}

// ---------- writes ----------

/** After a write, everything a programme's screens show may have changed: read it again. */
function useRefreshAfterWrite() {
  const client = useQueryClient();
  return (programmeId?: string, placementId?: string) => {
    if (programmeId) void client.invalidateQueries({ queryKey: ['programme', programmeId] });
    if (placementId) void client.invalidateQueries({ queryKey: ['placement', placementId] });
    void client.invalidateQueries({ queryKey: ['institution'] });
  };
}

export type BulkAction = Schemas['BulkTransition']['action'];
export type BulkItemResult = Schemas['BulkTransitionResult']['results'][number];
/** The API takes at most this many placements per request. */
const BULK_LIMIT = 100;

/**
 * Offer, withdraw or cancel a selection of placements: one request per hundred, each placement
 * with the version the coordinator saw (a placement changed since is refused, not overwritten),
 * each one's result reported. `onProgress` hears each batch's results as they come.
 */
export function useBulkTransition(programmeId: string) {
  const api = useApi();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (input: {
      action: BulkAction;
      reason?: string;
      placements: Placement[];
      onProgress?: (results: BulkItemResult[]) => void;
    }) => {
      const all: BulkItemResult[] = [];
      for (let i = 0; i < input.placements.length; i += BULK_LIMIT) {
        const chunk = input.placements.slice(i, i + BULK_LIMIT);
        const answer = await unwrap(
          api.POST('/v1/programmes/{programmeId}/placements/transitions', {
            params: { path: { programmeId }, header: { 'Idempotency-Key': idempotencyKey() } },
            body: {
              action: input.action,
              ...(input.reason ? { reason: input.reason } : {}),
              items: chunk.map((p) => ({ placementId: p.placementId, version: p.version })),
            },
          }),
        );
        all.push(...answer.results);
        input.onProgress?.(answer.results);
      }
      return all;
    },
    onSettled: () => refresh(programmeId),
  });
}

export interface RotationPlan {
  departmentId: string;
  startDate: string;
  endDate: string;
  activity: Activity;
  supervisor?: { name: string; email?: string };
}

/** The verdict of a dry run: clean (with warnings) or the violations it found. */
export type DryRunVerdict = { ok: true; warnings: { code: string; message?: string }[] };

export function useCheckRotation() {
  const api = useApi();
  return useMutation({
    mutationFn: async (input: { placementId: string; rotation?: Rotation; plan: RotationPlan }) => {
      const result = input.rotation
        ? await unwrap(
            api.PATCH('/v1/rotations/{rotationId}', {
              params: {
                path: { rotationId: input.rotation.rotationId },
                query: { dryRun: 'true' },
                header: { 'If-Match': ifMatch(input.rotation.version) },
              },
              body: changesOf(input.rotation, input.plan),
            }),
          )
        : await unwrap(
            api.POST('/v1/placements/{placementId}/rotations', {
              params: { path: { placementId: input.placementId }, query: { dryRun: 'true' } },
              body: input.plan,
            }),
          );
      const warnings = (result as { warnings?: { code: string; message?: string }[] }).warnings ?? [];
      return { ok: true, warnings } satisfies DryRunVerdict;
    },
  });
}

/** Only what changed: a PATCH with nothing to change is refused, and an unchanged field is noise in the audit. */
export function changesOf(rotation: Rotation, plan: RotationPlan): Partial<RotationPlan> {
  const changes: Partial<RotationPlan> = {};
  if (plan.departmentId !== rotation.departmentId) changes.departmentId = plan.departmentId;
  if (plan.startDate !== rotation.startDate) changes.startDate = plan.startDate;
  if (plan.endDate !== rotation.endDate) changes.endDate = plan.endDate;
  if (plan.activity !== rotation.activity) changes.activity = plan.activity;
  return changes;
}

export function useSaveRotation() {
  const api = useApi();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: (input: { programmeId: string; placementId: string; rotation?: Rotation; plan: RotationPlan }) =>
      input.rotation
        ? unwrap(
            api.PATCH('/v1/rotations/{rotationId}', {
              params: {
                path: { rotationId: input.rotation.rotationId },
                header: { 'If-Match': ifMatch(input.rotation.version) },
              },
              body: changesOf(input.rotation, input.plan),
            }),
          )
        : unwrap(
            api.POST('/v1/placements/{placementId}/rotations', {
              params: { path: { placementId: input.placementId }, header: { 'Idempotency-Key': idempotencyKey() } },
              body: input.plan,
            }),
          ),
    onSuccess: (_data, input) => refresh(input.programmeId, input.placementId),
  });
}

export function useUpdateDepartment() {
  const api = useApi();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: (input: { department: Department; changes: { capacity?: number; names?: Department['names'] } }) =>
      unwrap(
        api.PATCH('/v1/departments/{departmentId}', {
          params: {
            path: { departmentId: input.department.departmentId },
            header: { 'If-Match': ifMatch(input.department.version) },
          },
          body: input.changes,
        }),
      ),
    onSuccess: () => refresh(),
  });
}

export function useCreateDepartment() {
  const api = useApi();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: (input: {
      institutionId: string;
      department: { names: Department['names']; specialty: string; capacity: number };
    }) =>
      unwrap(
        api.POST('/v1/institutions/{institutionId}/departments', {
          params: { path: { institutionId: input.institutionId }, header: { 'Idempotency-Key': idempotencyKey() } },
          body: input.department,
        }),
      ),
    onSuccess: () => refresh(),
  });
}

export type RotationPlanItem = Schemas['RotationPlanItem'];

/**
 * Several rotations of one placement, all or none: `dryRun` asks for the verdict only. A plan
 * that breaks rules is refused (409) with each rotation's verdict in the problem's `items`.
 */
export function useScheduleRotationPlan() {
  const api = useApi();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (input: { placement: Placement; rotations: RotationPlan[]; dryRun: boolean }) => {
      const answer = await unwrap(
        api.POST('/v1/placements/{placementId}/rotation-plan', {
          params: {
            path: { placementId: input.placement.placementId },
            ...(input.dryRun
              ? { query: { dryRun: 'true' as const } }
              : { header: { 'Idempotency-Key': idempotencyKey() } }),
          },
          body: { rotations: input.rotations },
        }),
      );
      return 'result' in answer ? answer.result : answer;
    },
    onSettled: (_data, _error, input) => {
      if (!input.dryRun) refresh(input.placement.programmeId, input.placement.placementId);
    },
  });
}
