const storageKey = 'paybatch.token';

/**
 * The browser host prints `http://127.0.0.1:N/#token=...`. We take the token from the fragment,
 * keep it for this tab only (sessionStorage survives a reload, not a new tab) and wipe it from
 * the address bar so it is not copied around with the URL.
 */
export function takeLaunchToken(location: Location, history: History, storage: Storage): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(storageKey, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem(storageKey);
}
