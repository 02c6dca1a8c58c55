import { useSyncExternalStore } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import { selectBridge, type BridgeChoice } from '../transport/select-bridge';

/**
 * The statement open in the window, kept in the address as `#statement=<batchId>`: a reload
 * keeps it open, Back closes it, and a link can open it. The App does not need to know: the
 * statement's own components follow the address.
 */
const pattern = /(?:^#|&)statement=([0-9a-f-]{36})(?=&|$)/;

export function statementInAddress(hash: string = window.location.hash): string | null {
  return pattern.exec(hash)?.[1] ?? null;
}

const listeners = new Set<() => void>();
let routes = 0;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** The batch whose statement the address opens, or null. */
export function useStatementAddress(): string | null {
  return useSyncExternalStore(subscribe, () => statementInAddress());
}

/** Opens a batch's statement: a new entry in the history, so Back closes it again. */
export function openStatement(batchId: string): void {
  window.location.hash = `statement=${batchId}`;
}

/** Closes the statement, leaving the address as it was before it opened. */
export function closeStatement(): void {
  if (statementInAddress() === null) return;
  const rest = window.location.hash.replace(pattern, '').replace(/^#&?/, '');
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${rest ? `#${rest}` : ''}`);
  notify();
}

/**
 * Whether a StatementRoute is drawn somewhere in the window: it then shows every statement
 * the address opens, and a StatementButton leaves the showing to it.
 */
export function useRouteMounted(): boolean {
  return useSyncExternalStore(subscribe, () => routes > 0);
}

export function routeMounted(): () => void {
  routes += 1;
  notify();
  return () => {
    routes -= 1;
    notify();
  };
}

let windowBridge: BridgeChoice | null = null;

/**
 * The bridge the statement reads through: the one given, else the window's own (the preload
 * in Electron, the browser host's with this tab's key), chosen once the way App chooses it.
 */
export function statementBridge(given: PaybatchBridge | null | undefined): BridgeChoice {
  if (given) return { bridge: given, transport: window.paybatch ? 'ipc' : 'http' };
  windowBridge ??= selectBridge();
  return windowBridge;
}
