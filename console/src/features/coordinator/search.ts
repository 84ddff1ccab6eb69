/** Finding a person by any of their names as typed: case, width, spaces and hyphens do not matter (as the API's q). */
const searchable = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-‐.·・,']/g, '');

export function matchesName(query: string, person: { names: Partial<Record<string, string>>; email?: string }) {
  const wanted = searchable(query);
  if (!wanted) return true;
  return [...Object.values(person.names), person.email].some((text) => text && searchable(text).includes(wanted));
}
