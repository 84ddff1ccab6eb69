/** What the notification tests share: a visitor with an accepted placement, and their inbox. */
import type { Harness } from '../support/harness';
import { startStreamPoller, type StreamPollerOptions } from '../../local/stream-poller';
import { addPlacement, addStaff, expectStatus, transition, type World } from '../support/fixtures';

export async function acceptedPlacement(w: World, language?: string) {
  const staff = await addStaff(w, { language });
  const placement = await addPlacement(w, staff.staffId);
  await expectStatus(transition(w, placement.placementId, 'offer'), 200);
  const token = await w.h.token({ role: 'staff', staffId: staff.staffId });
  await expectStatus(transition(w, placement.placementId, 'accept', token), 200);
  return { staff, placementId: placement.placementId, token };
}

/** Move a placement along with a reason typed, as the console sends it. */
export async function transitionWithReason(
  w: World,
  placementId: string,
  action: string,
  reason: string,
  token = w.coordinator,
) {
  const current = await w.h.request('GET', `/v1/placements/${placementId}`, { token: w.admin });
  return expectStatus(
    w.h.request('POST', `/v1/placements/${placementId}/transitions`, {
      token,
      body: { action, reason },
      headers: { 'if-match': current.headers.get('etag')! },
    }),
    200,
  );
}

/** Emails the local SES holds for one address (addresses compared as mail servers do, ignoring case). */
export const emailsTo = async (h: Harness, address: string) =>
  (await h.sentEmails()).filter((e) => e.destination.to.some((to) => to.toLowerCase() === address.toLowerCase()));

export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

/** The local stand-in for the notifier's event source mapping, on this harness's table, polling briskly. */
export const pollTable = (h: Harness, options: Omit<StreamPollerOptions, 'dynamoEndpoint' | 'tableName'>) =>
  startStreamPoller({
    dynamoEndpoint: process.env.DYNAMODB_ENDPOINT!,
    tableName: h.tableName,
    intervalMs: 50,
    ...options,
  });
