/**
 * The analyst's token, kept in this browser's localStorage and shared by the dashboard and the analyst
 * IDE (same origin). It is sent as `Authorization: Bearer <token>` to the gateway only: nothing else is
 * ever contacted.
 */
const storageKey = 'antiscam.token';

export function readToken(): string {
  try {
    return localStorage.getItem(storageKey)?.trim() ?? '';
  } catch {
    return ''; // storage disabled: the page still works without a token
  }
}

export function saveToken(token: string): void {
  const value = token.trim().replace(/^Bearer\s+/i, '');
  try {
    if (value) localStorage.setItem(storageKey, value);
    else localStorage.removeItem(storageKey);
  } catch {
    // storage disabled: the token lasts for this page only
  }
}

/** The headers a request needs: the bearer token when one is set. */
export function authHeaders(token = readToken()): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}
