/**
 * Name-like fields refuse control characters (a CR/LF in a name would otherwise reach an email
 * header or a calendar line); fields meant to hold several lines keep their line breaks.
 */
import {
  CredentialInput,
  DepartmentInput,
  InstitutionInput,
  PlacementInput,
  PlacementTransition,
  RotationDecline,
  RotationInput,
  StaffInput,
} from '../../shared/schemas';

const names = (en: string) => ({ en, 'zh-Hant': '內科', 'zh-Hans': '内科' });
const CONTROLS = ['\r\n', '\n', '\r', '\u0000', '\u000b', '\u001b', '\u007f', '\u0085', '\u009b', '\u2028'];

describe('name-like fields', () => {
  it.each(CONTROLS.map((c) => [JSON.stringify(c), c]))('refuse %s inside a name', (_label, control) => {
    const bad = `Medicine${control}Bcc: x@evil.example`;
    expect(DepartmentInput.safeParse({ names: names(bad), specialty: 'Medicine', capacity: 2 }).success).toBe(false);
    expect(DepartmentInput.safeParse({ names: names('Medicine'), specialty: bad, capacity: 2 }).success).toBe(false);
    expect(
      InstitutionInput.safeParse({ region: 'GD', names: names('Hospital'), city: `Guang${control}zhou` }).success,
    ).toBe(false);
    const staff = {
      names: { en: bad },
      email: 'a@example.org',
      discipline: 'NURSE',
      specialty: 'ICU',
      homeInstitutionId: 'inst_1',
    };
    expect(StaffInput.safeParse(staff).success).toBe(false);
    expect(
      CredentialInput.safeParse({
        type: 'ENTRY_PERMIT',
        number: `X1${control}2`,
        region: 'HK',
        validFrom: '2027-01-01',
        validTo: '2027-12-31',
      }).success,
    ).toBe(false);
    expect(
      RotationInput.safeParse({
        departmentId: 'dept_1',
        startDate: '2027-03-01',
        endDate: '2027-03-31',
        activity: 'CLINICAL',
        supervisor: { name: bad },
      }).success,
    ).toBe(false);
  });

  it('still accept ordinary names in every script, trimmed', () => {
    const parsed = DepartmentInput.parse({
      names: names('  Medicine & Geriatrics '),
      specialty: 'Medicine',
      capacity: 2,
    });
    expect(parsed.names.en).toBe('Medicine & Geriatrics');
    expect(
      StaffInput.safeParse({
        names: { en: "CHAN Tai-man O'Neil", 'zh-Hant': '陳大文', 'zh-Hans': '陈大文' },
        email: 'a@example.org',
        discipline: 'NURSE',
        specialty: 'ICU',
        homeInstitutionId: 'inst_1',
      }).success,
    ).toBe(true);
  });
});

describe('multi-line fields', () => {
  it('keep line breaks and tabs in reasons and notes, and refuse other control characters', () => {
    expect(RotationDecline.parse({ reason: 'Family matters.\r\nCan start in May.\tThanks' }).reason).toContain('\r\n');
    expect(PlacementTransition.safeParse({ action: 'decline', reason: 'First line\nsecond line' }).success).toBe(true);
    const placement = { staffId: 's', hostInstitutionId: 'i', startDate: '2027-01-01', endDate: '2027-06-30' };
    expect(PlacementInput.safeParse({ ...placement, notes: 'Line one\nline two' }).success).toBe(true);
    for (const control of ['\u0000', '\u001b', '\u0085', '\u000b']) {
      expect(RotationDecline.safeParse({ reason: `No${control}reason` }).success).toBe(false);
      expect(PlacementInput.safeParse({ ...placement, notes: `Note${control}s` }).success).toBe(false);
    }
  });
});
