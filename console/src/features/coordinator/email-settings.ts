/**
 * A coordinator's email settings: the language the system's emails to them are written in. One
 * request to read (which also lets the API record the language their sign-in carries), one to
 * change, with the version read as If-Match. Coordinators also keep the contact lists they are
 * answerable for (a hospital's, a programme office's) and each list's language.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../app/App';
import { ifMatch, type ResponseOf, unwrap } from '../../app/api';
import type { Language } from '../../app/i18n';
import { programmeKeys } from './queries';

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

/** A contact list as the card edits it: a hospital's or a programme office's. */
export type ContactListKind = 'institution' | 'programme';
export interface ContactList {
  names: Partial<Record<Language, string>>;
  contactEmails: string[];
  contactLanguage?: Language;
  version: number;
}
export type ContactListChanges = { contactEmails?: string[]; contactLanguage?: Language | null };

const listOf = (saved: ContactList): ContactList => ({
  names: saved.names,
  contactEmails: saved.contactEmails,
  contactLanguage: saved.contactLanguage,
  version: saved.version,
});

/**
 * A contact list and its language changed, with the version it was read at as If-Match: a
 * hospital's by its own coordinators or the programme office, a programme's by the office.
 * Answers the list as saved.
 */
export function useChangeContactList(kind: ContactListKind, id: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { list: ContactList; changes: ContactListChanges }): Promise<ContactList> => {
      const header = { 'If-Match': ifMatch(input.list.version) };
      const saved =
        kind === 'institution'
          ? await unwrap(
              api.PATCH('/v1/institutions/{institutionId}', {
                params: { path: { institutionId: id }, header },
                body: input.changes,
              }),
            )
          : await unwrap(
              api.PATCH('/v1/programmes/{programmeId}', {
                params: { path: { programmeId: id }, header },
                body: input.changes,
              }),
            );
      // Never a dry run here: the answer is the list as saved.
      return 'dryRun' in saved ? input.list : listOf(saved);
    },
    onSuccess: () =>
      Promise.all(
        kind === 'institution'
          ? [
              client.invalidateQueries({ queryKey: ['institution', id], exact: true }),
              client.invalidateQueries({ queryKey: ['institutions'] }),
            ]
          : [
              client.invalidateQueries({ queryKey: programmeKeys.one(id), exact: true }),
              client.invalidateQueries({ queryKey: programmeKeys.all }),
            ],
      ),
  });
}
