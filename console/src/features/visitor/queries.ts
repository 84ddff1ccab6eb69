/**
 * What the visitor's screens read and write. Every screen loads with at most two requests:
 * GET /v1/me (the person, their placements and everything those refer to) and, for rotations,
 * GET /v1/me/rotations (one page of up to 100: a placement has a handful).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from '../../app/App';
import { idempotencyKey, ifMatch, type Schemas, unwrap } from '../../app/api';
import { changeLanguage, currentLanguage, hasChosenLanguage } from '../../app/i18n';

export type Me = Schemas['Me'];
export type Rotation = Schemas['Rotation'];
export type Placement = Schemas['Placement'];
export type Staff = Schemas['Staff'];
export type Institution = Schemas['Institution'];
export type Department = Schemas['Department'];
export type Programme = Schemas['Programme'];

export const meKey = ['me'] as const;
export const myRotationsKey = ['me', 'rotations'] as const;

export function useMe() {
  const api = useApi();
  const me = useQuery({ queryKey: meKey, queryFn: () => unwrap(api.GET('/v1/me')) });
  // A visitor arriving from an email sees the language of their profile, unless they picked one here.
  const preferred = me.data?.staff.preferredLanguage;
  useEffect(() => {
    if (preferred && !hasChosenLanguage() && currentLanguage() !== preferred) changeLanguage(preferred, 'profile');
  }, [preferred]);
  return me;
}

export function useMyRotations() {
  const api = useApi();
  return useQuery({
    queryKey: myRotationsKey,
    queryFn: async () => (await unwrap(api.GET('/v1/me/rotations', { params: { query: { limit: 100 } } }))).items,
  });
}

/** Replaces one rotation in the cached list after a write, so the screen updates without a reload. */
function useRotationWritten() {
  const client = useQueryClient();
  return (rotation: Rotation) => {
    client.setQueryData<Rotation[]>(myRotationsKey, (list) =>
      list?.map((r) => (r.rotationId === rotation.rotationId ? rotation : r)),
    );
    client.setQueryData<Rotation>(['rotation', rotation.rotationId], rotation);
  };
}

export function useConfirmRotation() {
  const api = useApi();
  const written = useRotationWritten();
  return useMutation({
    mutationFn: (rotation: Rotation) =>
      unwrap(
        api.POST('/v1/rotations/{rotationId}/confirm', {
          params: {
            path: { rotationId: rotation.rotationId },
            header: { 'If-Match': ifMatch(rotation.version), 'Idempotency-Key': idempotencyKey() },
          },
        }),
      ),
    onSuccess: written,
  });
}

export function useDeclineRotation() {
  const api = useApi();
  const written = useRotationWritten();
  return useMutation({
    mutationFn: (input: { rotation: Rotation; reason: string }) =>
      unwrap(
        api.POST('/v1/rotations/{rotationId}/decline', {
          params: {
            path: { rotationId: input.rotation.rotationId },
            header: { 'If-Match': ifMatch(input.rotation.version), 'Idempotency-Key': idempotencyKey() },
          },
          body: { reason: input.reason },
        }),
      ),
    onSuccess: written,
  });
}

export function useRotation(rotationId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['rotation', rotationId],
    queryFn: () => unwrap(api.GET('/v1/rotations/{rotationId}', { params: { path: { rotationId } } })),
  });
}

export function usePlacementAnswer() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { placement: Placement; action: 'accept' | 'decline'; reason?: string }) =>
      unwrap(
        api.POST('/v1/placements/{placementId}/transitions', {
          params: {
            path: { placementId: input.placement.placementId },
            header: { 'If-Match': ifMatch(input.placement.version), 'Idempotency-Key': idempotencyKey() },
          },
          body: { action: input.action, ...(input.reason ? { reason: input.reason } : {}) },
        }),
        // Not a dry run, so the answer is the placement (not a verdict).
      ) as Promise<Placement>,
    onSuccess: (placement) => {
      client.setQueryData<Me>(meKey, (me) =>
        me
          ? { ...me, placements: me.placements.map((p) => (p.placementId === placement.placementId ? placement : p)) }
          : me,
      );
    },
  });
}

export function useRevokeFeed() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/v1/me/calendar-feed/revoke')),
    onSuccess: ({ calendarFeedUrl }) => client.setQueryData<Me>(meKey, (me) => (me ? { ...me, calendarFeedUrl } : me)),
  });
}

export function useUpdateProfile() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      staff: Staff;
      changes: { email?: string; phone?: string; preferredLanguage?: Staff['preferredLanguage'] };
    }) =>
      unwrap(
        api.PATCH('/v1/staff/{staffId}', {
          params: { path: { staffId: input.staff.staffId }, header: { 'If-Match': ifMatch(input.staff.version) } },
          body: input.changes,
        }),
      ),
    onSuccess: (staff) => client.setQueryData<Me>(meKey, (me) => (me ? { ...me, staff } : me)),
  });
}
