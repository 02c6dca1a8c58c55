import type { Environment } from '../../../shared/credentials/credential-fields.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import type { Db } from '../store/database.js';
import type { ChangeConfirmer, ChangeRequest, DestinationChange } from './change-request.js';

/**
 * Every confirmed change of address, verification key or limit, and how it was confirmed.
 * Values are addresses (which may carry no credentials), fingerprints and numbers: never a
 * secret. The latest confirmed address per provider and environment is also what makes a
 * stored address one Paybatch will send to.
 */
export function createChangeLog(db: Db) {
  const insert = db.prepare(
    'INSERT INTO destination_change (provider, environment, kind, field, old_value, new_value, confirmed_via, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const latestAddress = db.prepare<[string, string], { new_value: string }>(
    "SELECT new_value FROM destination_change WHERE provider = ? AND environment = ? AND kind = 'address' ORDER BY id DESC LIMIT 1",
  );
  return {
    record(request: ChangeRequest, via: ChangeConfirmer['via']): void {
      const at = new Date().toISOString();
      db.transaction(() => {
        for (const change of request.changes) {
          const [field, from, to] = columns(change);
          insert.run(request.provider, request.environment, change.kind, field, from, to, via, at);
        }
      })();
    },
    lastConfirmedAddress(provider: ProviderId, environment: Environment): string | null {
      return latestAddress.get(provider, environment)?.new_value ?? null;
    },
  };
}

export type ChangeLog = ReturnType<typeof createChangeLog>;

function columns(change: DestinationChange): [string, string | null, string] {
  switch (change.kind) {
    case 'address':
      return ['baseUrl', change.from, change.to];
    case 'verification_key':
      return ['platformPublicKey', change.from, change.to];
    case 'limit':
      return [change.field, String(change.from), String(change.to)];
  }
}
