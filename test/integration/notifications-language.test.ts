/**
 * Each reader gets an email they can read at a glance, driven end to end (API → stream →
 * notifier → local SES): a coordinator in the language they chose, else their sign-in's (the ID
 * token's `locale`), else their contact list's; the subject short enough for a phone's inbox
 * list; greeted as the list they are on. And a change of a rotation's activity or supervisor
 * alone tells the visitor exactly that, in their language, old → new in words.
 */
import { startHarness, type Harness, type SentEmail } from '../support/harness';
import { addRotation, addStaff, buildWorld, expectStatus, transition, type World } from '../support/fixtures';
import { acceptedPlacement, emailsTo as inboxOf, ifMatch, pollTable } from './notifications-support';
import type { StreamPoller } from '../../local/stream-poller';
import { handler as notifier } from '../../functions/notifier/handler';

let h: Harness;
let w: World;
let poller: StreamPoller;

beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h);
  poller = pollTable(h, {
    handler: notifier,
  });
});
afterAll(async () => {
  await poller.stop();
  await h.close();
});

const emailsTo = (address: string) => inboxOf(h, address);
const about = (emails: SentEmail[], placementId: string) =>
  emails.filter((e) => (e.body.text ?? '').includes(`/placements/${placementId}`));
const characters = (text: string) => [...text].length;
const names = (en: string) => ({ en, 'zh-Hant': `${en}（繁）`, 'zh-Hans': `${en}（简）` });
const HAN = /\p{Script=Han}/u;

const settings = (token: string) => h.request('GET', '/v1/me/email-settings', { token });
const chooseLanguage = (token: string, language: string | null, etag: string) =>
  h.request('PATCH', '/v1/me/email-settings', { token, body: { language }, headers: { 'if-match': etag } });

describe('a coordinator’s email settings', () => {
  it('start empty; reading them records the sign-in’s language; a choice wins over it; null goes back to it', async () => {
    const email = 'settings.pc@example.org';
    const plain = await h.token({ role: 'programme-coordinator', sub: 'settings-pc', email });
    const signedIn = await h.token({ role: 'programme-coordinator', sub: 'settings-pc', email, locale: 'zh_TW' });

    const empty = await settings(plain);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ email, version: 0 });
    expect(empty.headers.get('etag')).toBe('"0"');

    // The console reads them on a coordinator's first screen: the sign-in's language is kept, once.
    const recorded = await settings(signedIn);
    expect(recorded.body).toMatchObject({ email, signInLanguage: 'zh-Hant', version: 1 });
    expect((await settings(signedIn)).body.version).toBe(1);
    expect((await settings(plain)).body).toMatchObject({ signInLanguage: 'zh-Hant', version: 1 });

    const noIfMatch = await h.request('PATCH', '/v1/me/email-settings', { token: plain, body: { language: 'en' } });
    expect(noIfMatch.status).toBe(428);
    const stale = await chooseLanguage(plain, 'en', '"0"');
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'VERSION_MISMATCH', currentVersion: 1 });
    for (const body of [{ language: 'fr' }, { language: 'en', email: 'someone@example.org' }, {}]) {
      const refused = await h.request('PATCH', '/v1/me/email-settings', {
        token: plain,
        body,
        headers: ifMatch(1),
      });
      expect({ body, status: refused.status }).toEqual({ body, status: 400 });
    }

    const chosen = await chooseLanguage(plain, 'en', '"1"');
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({ email, language: 'en', signInLanguage: 'zh-Hant', version: 2 });
    expect(chosen.headers.get('etag')).toBe('"2"');
    // A sign-in in another language records it, and does not undo the choice.
    const later = await settings(
      await h.token({ role: 'programme-coordinator', sub: 'settings-pc', email, locale: 'zh-CN' }),
    );
    expect(later.body).toMatchObject({ language: 'en', signInLanguage: 'zh-Hans', version: 3 });

    const back = await chooseLanguage(plain, null, '"3"');
    expect(back.body).toEqual({ email, signInLanguage: 'zh-Hans', version: 4, updatedAt: expect.any(String) });
  });

  it('are a coordinator’s own, under the address their sign-in carries, whatever its case', async () => {
    const upper = await h.token({ role: 'admin', sub: 'admin-x', email: 'Admin.Settings@Example.org' });
    const lower = await h.token({ role: 'admin', sub: 'admin-y', email: 'admin.settings@example.org' });
    await expectStatus(chooseLanguage(upper, 'zh-Hans', '"0"'), 200);
    expect((await settings(lower)).body).toMatchObject({ email: 'admin.settings@example.org', language: 'zh-Hans' });
    // Another coordinator's are theirs: nobody else's reach them.
    const other = await h.token({
      role: 'hospital-coordinator',
      institutionId: w.hostId,
      email: 'qmh.other@example.org',
    });
    expect((await settings(other)).body).toEqual({ email: 'qmh.other@example.org', version: 0 });
    // A visitor's language is on their staff record (PATCH /v1/staff/{id}), not here.
    const staff = await addStaff(w, { language: 'en' });
    const visitor = await h.token({ role: 'staff', staffId: staff.staffId });
    expect((await settings(visitor)).status).toBe(403);
  });
});

describe('coordinators read their emails in their own language', () => {
  it('chosen, from the sign-in, or their list’s: one language each, a short subject, greeted as their list', async () => {
    // A host with two contacts and a list language, a programme whose office chose its own.
    const post = (path: string, body: unknown) => expectStatus(h.request('POST', path, { token: w.admin, body }), 201);
    const host = await post('/v1/institutions', {
      region: 'HK',
      names: names('Kwong Wah Hospital'),
      cluster: 'KW',
      contactEmails: ['kwh-coord@example.org', 'kwh-office@example.org'],
      contactLanguage: 'en',
    });
    const medicine = await post(`/v1/institutions/${host.institutionId}/departments`, {
      names: names('Medicine'),
      specialty: 'MEDICINE',
      capacity: 5,
    });
    const programme = await post('/v1/programmes', {
      names: names('Greater Bay Area Nurses 2027'),
      direction: 'GD_TO_HK',
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      status: 'OPEN',
      contactEmails: ['gba-office@example.org'],
      contactLanguage: 'en',
    });
    expect(host.contactLanguage).toBe('en');
    expect(programme.contactLanguage).toBe('en');

    // The programme office chose Simplified Chinese; the host's coordinator signs in in Hong Kong Chinese.
    const office = await h.token({ role: 'programme-coordinator', sub: 'gba-office', email: 'gba-office@example.org' });
    await expectStatus(chooseLanguage(office, 'zh-Hans', '"0"'), 200);
    const kwh = await h.token({
      role: 'hospital-coordinator',
      institutionId: host.institutionId,
      email: 'KWH-Coord@example.org',
      locale: 'zh-HK',
    });
    expect((await settings(kwh)).body).toMatchObject({ signInLanguage: 'zh-Hant' });

    const staff = await addStaff(w, { language: 'en' });
    const placement = await expectStatus(
      h.request('POST', `/v1/programmes/${programme.programmeId}/placements`, {
        token: w.coordinator,
        body: {
          staffId: staff.staffId,
          hostInstitutionId: host.institutionId,
          startDate: '2027-02-01',
          endDate: '2027-11-30',
        },
      }),
      201,
    );
    await expectStatus(transition(w, placement.placementId, 'offer'), 200);
    const token = await h.token({ role: 'staff', staffId: staff.staffId });
    await expectStatus(transition(w, placement.placementId, 'accept', token), 200);
    const rotation = await addRotation(w, placement.placementId, {
      departmentId: medicine.departmentId,
      startDate: '2027-04-05',
      endDate: '2027-04-30',
    });
    await expectStatus(
      h.request('POST', `/v1/rotations/${rotation.rotationId}/decline`, {
        token,
        body: { reason: 'Sitting the licensing exam that week' },
        headers: ifMatch(1),
      }),
      200,
    );
    await poller.drain();

    const only = async (address: string) => {
      const emails = about(await emailsTo(address), placement.placementId);
      expect(emails).toHaveLength(1);
      return emails[0]!;
    };
    // Chosen: Simplified Chinese only, over the programme's English.
    const toOffice = await only('gba-office@example.org');
    expect(toOffice.subject).toMatch(/^访问医生\d+ 已婉拒轮转：Medicine（简）$/);
    expect(characters(toOffice.subject)).toBeLessThanOrEqual(30);
    expect(toOffice.body.text!.startsWith('项目办公室各位同事：\n')).toBe(true);
    expect(toOffice.body.text).toContain('原因：Sitting the licensing exam that week');
    expect(toOffice.body.text).not.toMatch(/Dear|各位統籌|輪轉/);
    expect(toOffice.body.html).toContain('<html lang="zh-Hans">');
    expect(toOffice.from).toBe(
      `=?UTF-8?B?${Buffer.from('医管局人才交流').toString('base64')}?= <exchange@talent-exchange.example.org>`,
    );
    // From the sign-in: Traditional Chinese, over the hospital's English.
    const toCoordinator = await only('kwh-coord@example.org');
    expect(toCoordinator.subject).toMatch(/^访问医生\d+ 婉拒了輪轉：Medicine（繁）$/);
    expect(characters(toCoordinator.subject)).toBeLessThanOrEqual(30);
    expect(toCoordinator.body.text!.startsWith('Kwong Wah Hospital（繁）各位交流統籌同事：\n')).toBe(true);
    expect(toCoordinator.body.text).not.toMatch(/Dear|轮转/);
    // The shared mailbox chose nothing: the hospital's list language, English.
    const toMailbox = await only('kwh-office@example.org');
    expect(toMailbox.subject).toMatch(/^Dr Visitor \d+ declined: Medicine$/);
    expect(toMailbox.body.text!.startsWith('Dear exchange coordinators at Kwong Wah Hospital,\n')).toBe(true);
    expect(toMailbox.body.text).not.toMatch(HAN);

    const list = await expectStatus(
      h.request('GET', `/v1/placements/${placement.placementId}/notifications`, { token: w.coordinator }),
      200,
    );
    const languageOf = (recipient: string) =>
      list.items.find(
        (n: { recipient: string; template: string }) => n.recipient === recipient && n.template === 'rotationDeclined',
      )?.language;
    expect(['gba-office@example.org', 'kwh-coord@example.org', 'kwh-office@example.org'].map(languageOf)).toEqual([
      'zh-Hans',
      'zh-Hant',
      'en',
    ]);

    /** The visitor confirms one more rotation in Medicine; the latest email about it to `address`. */
    const nextConfirmation = async (startDate: string, endDate: string, address: string) => {
      const rotation = await addRotation(w, placement.placementId, {
        departmentId: medicine.departmentId,
        startDate,
        endDate,
      });
      await expectStatus(
        h.request('POST', `/v1/rotations/${rotation.rotationId}/confirm`, { token, headers: ifMatch(1) }),
        200,
      );
      await poller.drain();
      return about(await emailsTo(address), placement.placementId).at(-1)!;
    };

    // The office goes back to no choice of its own: the programme's English again.
    const current = await settings(office);
    await expectStatus(chooseLanguage(office, null, current.headers.get('etag')!), 200);
    const confirmed = await nextConfirmation('2027-05-03', '2027-05-28', 'gba-office@example.org');
    expect(confirmed.subject).toMatch(/^Dr Visitor \d+ confirmed: Medicine$/);
    expect(confirmed.body.text!.startsWith('Dear programme office colleagues,\n')).toBe(true);

    // The hospital's coordinator switches its list to Simplified Chinese (not its names: the
    // programme office's): the shared mailbox's next email follows.
    const hospital = `/v1/institutions/${host.institutionId}`;
    const renamed = await h.request('PATCH', hospital, {
      token: kwh,
      body: { names: names('KWH') },
      headers: ifMatch(1),
    });
    expect([renamed.status, renamed.body]).toEqual([403, expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect(
      await expectStatus(
        h.request('PATCH', hospital, { token: kwh, body: { contactLanguage: 'zh-Hans' }, headers: ifMatch(1) }),
        200,
      ),
    ).toMatchObject({ contactLanguage: 'zh-Hans', names: names('Kwong Wah Hospital'), version: 2 });
    const toMailboxNow = await nextConfirmation('2027-06-07', '2027-06-25', 'kwh-office@example.org');
    expect(toMailboxNow.subject).toMatch(/Medicine（简）$/);
    expect(toMailboxNow.body.html).toContain('<html lang="zh-Hans">');
    expect(toMailboxNow.body.text).not.toMatch(/Dear/);

    // The list's language can be taken away again (null): then the shared mailbox gets all three.
    const cleared = await expectStatus(
      h.request('PATCH', hospital, { token: kwh, body: { contactLanguage: null }, headers: ifMatch(2) }),
      200,
    );
    expect(cleared).toMatchObject({ version: 3, contactEmails: ['kwh-coord@example.org', 'kwh-office@example.org'] });
    expect(cleared).not.toHaveProperty('contactLanguage');
    expect(
      await expectStatus(h.request('GET', `/v1/programmes/${programme.programmeId}`, { token: w.admin }), 200),
    ).toHaveProperty('contactLanguage', 'en');
    const inAllThree = await nextConfirmation('2027-07-05', '2027-07-23', 'kwh-office@example.org');
    expect(inAllThree.body.text).toMatch(/Dear/);
    expect(inAllThree.body.text).toMatch(/各位/);
  });
});

describe('a change of activity or supervisor alone', () => {
  it('tells the visitor exactly that, in their language, previously and now; the rotation stays confirmed, nobody else is told', async () => {
    const { staff, placementId, token } = await acceptedPlacement(w, 'zh-Hant');
    const rotation = await addRotation(w, placementId, {
      startDate: '2027-06-07',
      endDate: '2027-07-02',
      supervisor: { name: 'Dr Chan Tai Man' },
    });
    await expectStatus(
      h.request('POST', `/v1/rotations/${rotation.rotationId}/confirm`, { token, headers: ifMatch(1) }),
      200,
    );
    const patch = (body: object, version: number) =>
      expectStatus(
        h.request('PATCH', `/v1/rotations/${rotation.rotationId}`, {
          token: w.coordinator,
          body,
          headers: ifMatch(version),
        }),
        200,
      );
    expect((await patch({ activity: 'OBSERVATION' }, 2)).status).toBe('CONFIRMED');
    expect((await patch({ supervisor: { name: 'Dr Lee Ka Wai', email: 'lee.kw@example.org' } }, 3)).status).toBe(
      'CONFIRMED',
    );
    await poller.drain();

    const mine = await emailsTo(staff.email);
    expect(mine.map((e) => e.subject)).toEqual([
      '交流安排邀請：Queen Mary Hospital（繁）',
      '新輪轉安排：Medicine（繁），6月7日起',
      '輪轉類別已更改：Medicine（繁）',
      '輪轉督導人員已更改：Medicine（繁）',
    ]);
    const [activity, supervisor] = mine.slice(2).map((e) => e.body.text!);
    expect(activity).toContain(
      '閣下於Queen Mary Hospital（繁）Medicine（繁）的輪轉類別已更改：現為「觀摩」，原為「臨床工作」；日期及部門不變。',
    );
    expect(activity).toContain('類別：原為 臨床工作；現為 觀摩');
    expect(activity).toContain('日期：2027年6月7日（星期一）至2027年7月2日（星期五）');
    expect(activity).toContain('閣下早前的確認仍然有效，無須再作任何行動。');
    expect(activity).not.toMatch(/重新確認|改往|日期已更改/);
    expect(supervisor).toContain('督導人員已更改：現為Dr Lee Ka Wai，原為Dr Chan Tai Man；日期及部門不變。');
    expect(supervisor).toContain('督導人員：原為 Dr Chan Tai Man；現為 Dr Lee Ka Wai（lee.kw@example.org）');
    expect(supervisor).toContain(`/rotations/${rotation.rotationId}`);
    expect(mine[3]!.body.html).toContain(
      '<span>原為：<s>Dr Chan Tai Man</s></span><br><strong>現為：Dr Lee Ka Wai（lee.kw@example.org）</strong>',
    );

    // The coordinators heard of the confirmation only: they made these changes themselves.
    for (const coordinator of ['programme-office@example.org', 'qmh-coord@example.org'])
      expect(about(await emailsTo(coordinator), placementId).map((e) => e.subject)).toEqual([
        expect.stringMatching(/ confirmed: Medicine$/),
      ]);
  });

  it('both at once are one email; not yet confirmed, it asks for the confirmation still owed, by its deadline', async () => {
    const { staff, placementId } = await acceptedPlacement(w, 'en');
    const rotation = await addRotation(w, placementId, { startDate: '2027-08-02', endDate: '2027-08-27' });
    await expectStatus(
      h.request('PATCH', `/v1/rotations/${rotation.rotationId}`, {
        token: w.coordinator,
        body: { activity: 'TRAINING', supervisor: { name: 'Dr Lee Ka Wai' } },
        headers: ifMatch(1),
      }),
      200,
    );
    await poller.drain();

    const changed = (await emailsTo(staff.email)).at(-1)!;
    expect(changed.subject).toBe('New details for your Medicine rotation');
    expect(changed.body.text).toContain(
      'The activity and supervisor of your rotation in Medicine at Queen Mary Hospital have changed: it is now Training, supervised by Dr Lee Ka Wai. Its dates and department are unchanged.',
    );
    expect(changed.body.text).toContain('Activity: Previously Clinical work; Now Training');
    expect(changed.body.text).toContain('Supervisor: Previously none; Now Dr Lee Ka Wai');
    expect(changed.body.text).toContain(
      'Next step: please confirm or decline it in the console by Monday, 26 July 2027.',
    );
    expect(changed.body.text).not.toMatch(/moved|new arrangement/);
  });

  it('is nobody’s news for a rotation the visitor declined', async () => {
    const { staff, placementId, token } = await acceptedPlacement(w, 'en');
    const rotation = await addRotation(w, placementId, { startDate: '2027-09-06', endDate: '2027-09-17' });
    await expectStatus(
      h.request('POST', `/v1/rotations/${rotation.rotationId}/decline`, {
        token,
        body: { reason: 'On leave' },
        headers: ifMatch(1),
      }),
      200,
    );
    await expectStatus(
      h.request('PATCH', `/v1/rotations/${rotation.rotationId}`, {
        token: w.coordinator,
        body: { supervisor: { name: 'Dr Lee Ka Wai' } },
        headers: ifMatch(2),
      }),
      200,
    );
    await poller.drain();
    expect((await emailsTo(staff.email)).map((e) => e.subject)).toEqual([
      'Placement offered: Queen Mary Hospital',
      'New rotation: Medicine, from 6 Sep',
    ]);
  });
});
