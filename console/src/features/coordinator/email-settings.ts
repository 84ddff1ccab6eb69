/**
 * A coordinator's email settings: the language the system's emails to them are written in. One
 * request to read (which also lets the API record the language their sign-in carries), one to
 * change, with the version read as If-Match. A hospital coordinator also keeps its hospital's
 * contact list and that list's language.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../app/App';
import { ifMatch, type ResponseOf, unwrap } from '../../app/api';
import type { Language } from '../../app/i18n';
import type { Institution } from './queries';

export type EmailSettings = ResponseOf<'getMyEmailSettings'>;

const key = ['me', 'email-settings'] as const;

export function useEmailSettings() {
  const api = useApi();
  return useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/v1/me/email-settings')),
    staleTime: 5 * 60_000,
  });
}

/** The language emails are written in now: the one chosen, else the sign-in's (undefined: the contact list's). */
export const emailLanguageOf = (settings: EmailSettings): Language | undefined =>
  settings.language ?? settings.signInLanguage;

export function useChooseEmailLanguage() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { settings: EmailSettings; language: Language | null }) =>
      unwrap(
        api.PATCH('/v1/me/email-settings', {
          params: { header: { 'If-Match': ifMatch(input.settings.version) } },
          body: { language: input.language },
        }),
      ),
    onSuccess: (saved) => client.setQueryData(key, saved),
  });
}

/** A hospital's contact list and its language, changed by its own coordinators. */
export function useChangeHospitalContacts() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      institution: Institution;
      changes: { contactEmails?: string[]; contactLanguage?: Language };
    }) =>
      unwrap(
        api.PATCH('/v1/institutions/{institutionId}', {
          params: {
            path: { institutionId: input.institution.institutionId },
            header: { 'If-Match': ifMatch(input.institution.version) },
          },
          body: input.changes,
        }),
      ),
    onSuccess: (_saved, input) =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['institution', input.institution.institutionId], exact: true }),
        client.invalidateQueries({ queryKey: ['institutions'] }),
      ]),
  });
}
